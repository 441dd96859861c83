// Writes corpus/logs-in-the-wild/heldout126/: a hundred-and-twenty-sixth held-out part, in formats no other part uses
// (Munki's ManagedSoftwareUpdate.log, Squirrel.Windows' SquirrelSetup.log, feroxbuster's console output, dnf's
// dnf.librepo.log, a Quassel core's log with `--debug-irc`, Profanity's profanity.log at DEBUG with libstrophe's
// stanzas, aerc's debug log, a Nikto scan's console output, pacman's pacman.log, Bombardier load tests in a traced
// shell script's output, a Poezio MUC log, dirsearch's console output, a Tigase XMPP server's tigase.log and Halloy's
// halloy.log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout126.mjs     rewrites heldout126/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Saltmarsh Bay Sailing Club of Whitstable (Kent), with its Macs managed by Munki, a race
// timing app updated by Squirrel, a web scan of its site, a Fedora server and an IRC core for its volunteers (English,
// five logs); the hazelnut growers' cooperative of Suvagil (Zaqatala district, Azerbaijan), which works in Tsakhur
// (c'äxna miz), with an XMPP client, a mail client, a web scan, an Arch Linux server and load tests of its order site
// (Tsakhur in the Latin orthography used in Azerbaijan, five logs); the Pontic cultural club (Ποντιακόν Εστία) of
// Argyroupoli (Imathia), with its members' chat room, a scan of its site, its XMPP server and an IRC client (Pontic Greek
// in the Greek script, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'bombardier/1.2.6'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Kent in December (GMT, UTC+0), Azerbaijan (AZT, UTC+4 all year), Greece in December (EET, UTC+2). */
const GMT = 0;
const AZT = 240;
const EET = 120;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_TS = Date.UTC(2027, 11, 15, 0, 0, 0);
const DAY_PO = Date.UTC(2027, 11, 17, 0, 0, 0);

/** `+0400`. */
const zoneCompact = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
/** Microseconds of a line, from its milliseconds and three random digits. */
const micros = (t, rng) => `${local(t, 0).slice(20, 23)}${digits(rng, 3)}`;
/** A Nextcloud share token: 15 characters of letters and digits. */
const ncShare = (rng) => rng.alnum(15);
/** Draws from `list` without repeating (shuffled once with the part's rng): a scanner reports each path once. */
const drawer = (rng, list) => {
  const left = [...list];
  for (let i = left.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [left[i], left[j]] = [left[j], left[i]];
  }
  return () => left.shift();
};
/** A PHP session id with `session.sid_bits_per_character = 5`: 26 characters of 0-9a-v. */
const phpSid = (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26);

// =====================================================================================================================
// Saltmarsh Bay Sailing Club (English; Whitstable, Kent: GMT, UTC+0 in December)
// =====================================================================================================================

const SB = 'saltmarshbay-sc.example';

// ---------------------------------------------------------------------------------------------------------------------
// ManagedSoftwareUpdate.log: Munki 6 on a club laptop (SB-MAC-07), two runs. Munki's own stamp `%b %d %Y %H:%M:%S %z`
// (`Dec 13 2027 09:00:04 +0000`), its check lines (`### Beginning managed software check ###`, `Getting manifest …`,
// `* Processing manifest item …`, `Downloading … from …`), the preflight and postflight scripts' output written as
// `preflight: …` / `postflight: …`. From memory (not fetched): the stamp and the check lines are as remembered from
// Munki logs; the prefix of the scripts' lines may differ.

function munkiLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + GMT * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${local(t, GMT).slice(11, 19)} ${zoneCompact(GMT)}`;
  };
  const render = (e) => e.l.map((m) => `${stamp(e.t)} ${m}`);
  const REPO = `https://munki.${SB}/repo`;
  const ITEMS = [
    ['Firefox', '146.0'],
    ['GoogleChrome', '143.0.7499.110'],
    ['LibreOffice', '25.8.3'],
    ['VLC', '3.0.22'],
    ['Zoom', '6.6.11'],
    ['OpenCPN', '5.12.4'],
  ];
  const filler = (rng) => {
    const [n, v] = rng.pick(ITEMS);
    return rng.pick([
      () => ({
        l: [
          `* Processing manifest item ${n} for install`,
          `    Looking for detail for: ${n}, version latest...`,
          `    Considering ${rng.int(1, 5)} items with name ${n} from catalog production`,
          `    ${n}, version ${v} is already installed`,
        ],
      }),
      () => ({
        l: [
          `    Considering item ${n}, version ${v} from catalog production`,
          `    ${n} version ${v} is the most recent version of ${n} in the catalog.`,
        ],
      }),
      () => ({ l: [`Getting catalog production from ${REPO}/catalogs/production...`] }),
      () => ({ l: [`    Checking ${n} for updates...`, `    No need to update ${n}`] }),
    ])();
  };
  const run = (kind) => ({
    raw: { l: [`### Starting managedsoftwareupdate run: ${kind} ###`, 'Munki version: 6.6.3.4782', 'Performing preflight tasks...'] },
  });
  const steps = [
    { ...run('auto'), after: 0 },
    plant(
      'framework-dump',
      'munki-preflight-python-dict-smb-password',
      'error',
      "The club's preflight script mounts the NAS share that holds the race results and prints the settings it read, a Python dict whose repr Munki writes with the script's other output: the share's `password` with them.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            l: [
              `preflight: loaded {'server': 'nas.${SB}', 'share': 'results', 'user': 'munki-sb', 'password': '${pw}', 'mountpoint': '/Volumes/results'}`,
              'preflight: mounted //munki-sb@nas/results',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'munki-preflight-additional-http-headers-basic',
      'error',
      "The preflight script prints the `AdditionalHttpHeaders` it sets for the repository (a Python list of header strings): an `Authorization: Basic` header with the repository's user and password in base64.",
      ({ rng }) => {
        const basic = b64Of(`munki:${rng.alnum(24)}`);
        return {
          value: basic,
          event: {
            l: [`preflight: AdditionalHttpHeaders = ['Authorization: Basic ${basic}', 'X-Munki-Client: SB-MAC-07']`, 'preflight: done'],
          },
        };
      },
      { after: 1 },
    ),
    { raw: { l: ['### Beginning managed software check ###', 'Getting manifest SB-MAC-07...', 'Getting manifest site_default...'] } },
    9,
    plant(
      'negative',
      'munki-developer-id-team-identifier',
      'none',
      "The package's signature names its Apple Developer Team ID (10 capitals and digits), public in every signed package: no credential.",
      ({ rng }) => {
        const team = upperNum(rng, 10);
        return {
          value: team,
          event: {
            l: [
              '    Verifying package integrity...',
              `    Package is signed by Developer ID Installer: Whitstable Race Timing Ltd (${team})`,
            ],
          },
        };
      },
    ),
    plant(
      'path-secret',
      'munki-download-licensed-link-path-token',
      'error',
      WHY.pathSecret(
        "The race timing software's vendor gives each licensed club a download link with a token in its path (`/dl/<token>/…dmg`), pasted into the pkginfo's `installer_item_location`; Munki writes it when it downloads and again when the download fails",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        const url = `https://downloads.racetimer.example/dl/${tok}/RaceTimer-4.2.1.dmg`;
        return {
          value: tok,
          event: {
            l: [
              '* Processing manifest item RaceTimer for install',
              '    Need to install RaceTimer',
              `Downloading RaceTimer-4.2.1.dmg from ${url}`,
              `    Download error for RaceTimer-4.2.1.dmg: HTTP result 410 from ${url}`,
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'munki-installer-item-hash',
      'none',
      "The pkginfo's `installer_item_hash`, a SHA-256 of the downloaded disk image (64 hex): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { l: [`    Installer item hash for LibreOffice_25.8.3_MacOS_aarch64.dmg matches: ${h}`] } };
      },
    ),
    { raw: { l: ['### End managed software check ###', 'Performing postflight tasks...'] } },
    plant(
      'api-key-name',
      'munki-postflight-inventory-report-key',
      'error',
      `${WHY.apiKey('report_key')} The postflight script sends the machine's inventory to the club's inventory app and prints the URL it posts to, key in the query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: { l: [`postflight: POST https://inventory.${SB}/api/v1/report?machine=SB-MAC-07&report_key=${key} -> 202`] },
        };
      },
      { after: 2 },
    ),
    plant(
      'refresh-token',
      'munki-postflight-python-dict-refresh-grant',
      'error',
      `${WHY.refresh} The postflight script's call to the club's booking system got a 401, and the script prints the renewal form it posts next as a Python dict, the \`refresh_token\` with it.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            l: [
              'postflight: bookings API said 401, renewing',
              `postflight: POST https://bookings.${SB}/oauth/token {'grant_type': 'refresh_token', 'refresh_token': '${rt}', 'client_id': 'munki-postflight'}`,
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'munki-postflight-requests-error-slack-webhook',
      'error',
      WHY.webhook(
        "The postflight script tells the volunteers' Slack channel what was installed through an incoming webhook; requests' `raise_for_status()` message, printed by the script, quotes the webhook's whole URL",
      ),
      ({ rng }) => {
        const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        return {
          value: path,
          event: { l: [`postflight: slack notify failed: 404 Client Error: Not Found for url: https://hooks.slack.com/services/${path}`] },
        };
      },
    ),
    { raw: { l: ['### Ending managedsoftwareupdate run ###'] } },
    { ...run('checkonly'), after: 3 * 3600 },
    { raw: { l: ['preflight: mounted //munki-sb@nas/results', 'preflight: done', '### Beginning managed software check ###'] } },
    9,
    { raw: { l: ['### End managed software check ###', '### Ending managedsoftwareupdate run ###'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'munki' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// SquirrelSetup.log: Squirrel.Windows' Update.exe log of the club's race-timing app (RaceDesk, an Electron app) on the
// clubhouse PC: `yyyy-MM-dd HH:mm:ss> <Class>: <message>` in local time, the update checks (`Downloading RELEASES file
// from …`), `--processStart` with `--process-start-args` when a deep link opens the app, downloads of delta packages.
// From memory (not fetched): the `> Class:` layout is as remembered from SquirrelSetup.log files quoted in issues.

function squirrelLog(rng) {
  const render = (e) => e.l.map((m) => `${ymdHmsAt(e.t, GMT)}> ${m}`);
  const FEED = `https://updates.racedesk.example/update/win32`;
  let ver = '3.8.1';
  const filler = (rng) =>
    rng.pick([
      () => ({
        l: [
          'Program: Starting Squirrel Updater: --checkForUpdate ' + FEED,
          `CheckForUpdateImpl: Reading RELEASES file from C:\\Users\\Clubhouse\\AppData\\Local\\RaceDesk\\packages`,
          'CheckForUpdateImpl: No updates, remote and local are the same',
        ],
      }),
      () => ({ l: [`ApplyReleasesImpl: Found ${rng.int(1, 3)} shortcuts for RaceDesk.exe`] }),
      () => ({
        l: [
          `Program: Starting Squirrel Updater: --processStart RaceDesk.exe`,
          `ApplyReleasesImpl: Squirrel Enabled Apps: [C:\\Users\\Clubhouse\\AppData\\Local\\RaceDesk\\app-${ver}\\RaceDesk.exe]`,
        ],
      }),
    ])();
  const steps = [
    { raw: { l: [`Program: Starting Squirrel Updater: --checkForUpdate ${FEED}`] }, after: 0 },
    5,
    plant(
      'api-key-name',
      'squirrel-releases-url-licence-key',
      'error',
      `${WHY.apiKey('licence_key')} The app's update feed is private: the app hands Update.exe a feed URL with the club's licence key in its query, and Squirrel writes the RELEASES address it downloads.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            l: [
              `CheckForUpdateImpl: Downloading RELEASES file from ${FEED}/RELEASES?licence_key=${key}&id=RaceDesk&localVersion=3.8.1&arch=amd64`,
              'CheckForUpdateImpl: Remote version 3.9.0 differs from local 3.8.1',
            ],
          },
        };
      },
    ),
    plant(
      'path-secret',
      'squirrel-delta-package-signed-path-token',
      'error',
      WHY.pathSecret(
        "The feed's RELEASES file points at packages under a per-licence path (`/pkg/<token>/…nupkg`), and Squirrel writes each package's address as it downloads it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(40);
        ver = '3.9.0';
        return {
          value: tok,
          event: {
            l: [
              `UpdateManager: Downloading update RaceDesk-3.9.0-delta.nupkg from https://updates.racedesk.example/pkg/${tok}/RaceDesk-3.9.0-delta.nupkg`,
              'ApplyReleasesImpl: Writing files to app directory: C:\\Users\\Clubhouse\\AppData\\Local\\RaceDesk\\app-3.9.0',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'squirrel-releases-sha1',
      'none',
      "The RELEASES entry's SHA-1 of the package (40 capital hex digits), which Squirrel checks after the download: a checksum, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40).toUpperCase();
        return { value: sha, event: { l: [`UpdateManager: Verifying checksum ${sha} for RaceDesk-3.9.0-delta.nupkg`] } };
      },
    ),
    7,
    plant(
      'implicit-fragment',
      'squirrel-process-start-args-deep-link-fragment',
      'error',
      "The race-results sign-in returns to the app through its `racedesk://` scheme with the access token in the fragment; Windows starts the app through Squirrel's stub, and Update.exe writes the `--process-start-args` it passes on, the address included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            l: [
              `Program: Starting Squirrel Updater: --processStart RaceDesk.exe --process-start-args "racedesk://signin/return#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}"`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'squirrel-process-start-args-percent-encoded-return',
      'error',
      'A results link opened from an email reaches the app through Squirrel as a deep link whose `next=` parameter is a percent-encoded results address holding `token=`; percent-encoding only escapes the value.',
      ({ rng }) => {
        const tok = rng.alnum(32);
        const inner = `https://results.${SB}/series/winter-2027?token=${tok}`;
        const enc = encodeURIComponent(inner);
        return {
          value: tok,
          event: {
            l: [`Program: Starting Squirrel Updater: --processStart RaceDesk.exe --process-start-args "racedesk://open?next=${enc}"`],
          },
        };
      },
    ),
    plant(
      'negative',
      'squirrel-squirrel-aware-app-guid',
      'none',
      "The app's `--squirrel-firstrun` line names the Windows toast notification activator CLSID the app registers: a public GUID, no credential.",
      ({ rng }) => {
        const g = rng.uuid().toUpperCase();
        return { value: g, event: { l: [`ApplyReleasesImpl: Registering toast activator {${g}} for RaceDesk.exe`] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'squirrel' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// feroxbuster-www.txt: feroxbuster 2.11's console output (`--extract-links`, two headers given with `-H`) of a scan of
// the club's own site before its renewal: the ASCII banner, the configuration table (` 🎯  Target Url │ …`, one
// ` 🤯  Header │ …` line per header), then one line per response: `<status> <method> <lines>l <words>w <chars>c <url>`
// (`=> <location>` for redirects). From memory (not fetched): the banner's rows and widths may differ.

function feroxLog(rng) {
  const W = `https://www.${SB}`;
  const render = (e) => e.l;
  const row = (label, value) => ` ${label.padEnd(26)}│ ${value}`;
  const hit = (rng, status, url, to) =>
    `${String(status).padEnd(9)}GET ${String(rng.int(1, 400)).padStart(9)}l ${String(rng.int(2, 2000)).padStart(8)}w ${String(rng.int(100, 90000)).padStart(8)}c ${url}${to ? ` => ${to}` : ''}`;
  const next = drawer(rng, [
    [301, '/results'],
    [301, '/calendar'],
    [301, '/membership'],
    [301, '/training'],
    [200, '/contact/'],
    [301, '/news'],
    [200, '/wp-includes/js/jquery/jquery.min.js'],
    [301, '/wp-content/uploads/2027'],
    [301, '/junior-sailing'],
    [301, '/boats-for-sale'],
    [200, '/feed/'],
    [301, '/tides'],
    [403, '/wp-content/plugins/'],
    [403, '/wp-content/themes/'],
    [403, '/wp-content/upgrade/'],
    [200, '/wp-login.php'],
    [200, '/xmlrpc.php'],
    [301, '/wp-admin'],
    [200, '/results/2027/'],
    [200, '/robots.txt'],
    [301, '/gallery'],
    [200, '/wp-json/'],
    [200, '/calendar/feed.ics'],
  ]);
  const filler = (rng) => {
    const [status, p] = next();
    return { l: [hit(rng, status, `${W}${p}`, status === 301 ? `${W}${p}/` : '')] };
  };
  const steps = [
    {
      raw: {
        l: [
          '',
          ' ___  ___  __   __     __      __         __   ___',
          '|__  |__  |__) |__) | /  `    /  \\ \\_/ | |  \\ |__',
          '|    |___ |  \\ |  \\ | \\__,    \\__/ / \\ | |__/ |___',
          'by Ben "epi" Risher 🤓                 ver: 2.11.0',
          '───────────────────────────┬──────────────────────',
          row(' 🎯  Target Url', W),
          row(' 🚀  Threads', '50'),
          row(' 📖  Wordlist', '/usr/share/seclists/Discovery/Web-Content/raft-medium-directories.txt'),
          row(' 👌  Status Codes', 'All Status Codes!'),
          row(' 💥  Timeout (secs)', '7'),
          row(' 🦡  User-Agent', 'feroxbuster/2.11.0'),
        ],
      },
      after: 0,
    },
    plant(
      'header-dump',
      'ferox-banner-header-authorization-bearer',
      'error',
      "The scan runs signed in as the webmaster, with `-H 'Authorization: Bearer …'`, and feroxbuster's banner prints each header it sends, the bearer token whole.",
      ({ rng }) => {
        const bt = rng.b64url(40);
        return { value: bt, event: { l: [row(' 🤯  Header', `Authorization: Bearer ${bt}`)] } };
      },
      { after: 0 },
    ),
    plant(
      'session-id',
      'ferox-banner-header-cookie-wordpress-logged-in',
      'error',
      WHY.session(
        "A `-H 'Cookie: …'` copied from the browser gives the scan the webmaster's WordPress login cookie (`wordpress_logged_in_<hash>=user|expiry|token|hmac`), and the banner prints it",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(43);
        const v = `webmaster%7C${Math.floor(t / 1000) + 14 * 86400}%7C${tok}%7C${rng.hex(64)}`;
        return { value: tok, event: { l: [row(' 🤯  Header', `Cookie: wordpress_logged_in_${rng.hex(32)}=${v}`)] } };
      },
      { after: 0 },
    ),
    {
      raw: {
        l: [
          row(' 🔎  Extract Links', 'true'),
          row(' 🏁  HTTP methods', '[GET]'),
          row(' 🔃  Recursion Depth', '4'),
          '───────────────────────────┴──────────────────────',
          ' 🏁  Press [ENTER] to use the Scan Management Menu™',
          '──────────────────────────────────────────────────',
          '404      GET        9l       31w      276c Auto-filtering found 404-like response and created new filter; toggle off with --dont-filter',
        ],
      },
      after: 1,
    },
    4,
    plant(
      'negative',
      'ferox-autoptimize-css-md5',
      'none',
      "Autoptimize's cached stylesheet is named by the MD5 of its content (`autoptimize_<32 hex>.css`): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { l: [hit(rng, 200, `${W}/wp-content/cache/autoptimize/css/autoptimize_${h}.css`)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'ferox-extracted-private-minutes-link',
      'error',
      WHY.pathSecret(
        'A members-only page links the AGM minutes through a private link with a token in its path (`/private/<32 hex>/…pdf`); feroxbuster extracts the link and requests it, and writes its URL',
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return { value: tok, event: { l: [hit(rng, 200, `${W}/private/${tok}/agm-minutes-2027.pdf`)] } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'ferox-extracted-embed-jwt-no-exp',
      'error',
      "The results page embeds the live race tracker through `/embed/<JWT>`, a token without `exp` minted once by the tracker's admin page; feroxbuster extracts the link and writes its URL",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(5 * 86400, 40 * 86400),
          claims: { iss: `https://track.${SB}`, resource: { race: 'winter-series-r6' }, view: 'public-map' },
        });
        return { value: token, jwt: facts, event: { l: [hit(rng, 200, `${W}/embed/${token}`)] } };
      },
    ),
    3,
    plant(
      'negative',
      'ferox-extracted-wp-logout-nonce',
      'none',
      "WordPress's logout link carries `_wpnonce`, a 10-hex CSRF nonce tied to the session and the action: it opens nothing by itself.",
      ({ rng }) => {
        const n = rng.hex(10);
        return {
          value: n,
          event: { l: [hit(rng, 302, `${W}/wp-login.php?action=logout&_wpnonce=${n}`, `${W}/wp-login.php?loggedout=true`)] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'ferox' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dnf.librepo.log: dnf 4 (Fedora 41) on the club's server, librepo's log of one `dnf upgrade`: `<ISO 8601 with +0000>
// INFO <message>`, `Librepo version: …`, `Downloading: <url>` for metalinks, repomd.xml and metadata files,
// `Error during transfer: …` and curl's errors. From memory (not fetched): the messages are as remembered.

function dnfLog(rng) {
  const stamp = (t) => `${local(t, GMT).slice(0, 19)}${zoneCompact(GMT)}`;
  const render = (e) => e.l.map((m) => `${stamp(e.t)} ${m.startsWith('DEBUG ') ? m : `INFO ${m}`}`);
  const F = 'https://dl.fedoraproject.org/pub/fedora/linux/updates/41/Everything/x86_64';
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [`Downloading: ${F}/repodata/repomd.xml`] }),
      () => ({ l: ['Downloading: https://mirrors.fedoraproject.org/metalink?repo=updates-released-f41&arch=x86_64&countme=1'] }),
      () => ({
        l: [
          `Downloading: ${F}/Packages/${rng.pick(['k/kernel-6.17.9-200.fc41.x86_64.rpm', 'o/openssl-libs-3.2.6-1.fc41.x86_64.rpm', 'p/python3-3.13.9-1.fc41.x86_64.rpm', 'c/curl-8.9.1-5.fc41.x86_64.rpm'])}`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          'Librepo version: 1.18.1 with CURL_GLOBAL_ACK_EINTR support (libcurl/8.9.1 OpenSSL/3.2.6 zlib/1.3.1.zlib-ng brotli/1.1.0 libidn2/2.3.7 libpsl/0.21.5 libssh/0.10.6/openssl/zlib nghttp2/1.62.1 OpenLDAP/2.6.8)',
        ],
      },
      after: 0,
    },
    5,
    plant(
      'path-secret',
      'dnf-librepo-vendor-repo-path-token',
      'error',
      WHY.pathSecret(
        "The race timing server's vendor gives each customer an RPM repository under a token in its path (`/<token>/el9/…`); librepo writes the repomd.xml address when it downloads it and again when the transfer fails",
      ),
      ({ rng }) => {
        const tok = rng.hex(40);
        const url = `https://rpm.racetimer.example/${tok}/el9/x86_64/repodata/repomd.xml`;
        return {
          value: tok,
          event: { l: [`Downloading: ${url}`, `Error during transfer: Status code: 403 for ${url} (IP: 203.0.113.${rng.int(2, 250)})`] },
        };
      },
    ),
    7,
    plant(
      'negative',
      'dnf-librepo-repodata-sha256-file-name',
      'none',
      'A repository metadata file named by the SHA-256 of its content (`<64 hex>-primary.xml.zst`, as createrepo_c writes it): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { l: [`Downloading: ${F}/repodata/${h}-primary.xml.zst`] } };
      },
    ),
    plant(
      'api-key-name',
      'dnf-librepo-baseurl-subscription-key',
      'error',
      `${WHY.apiKey('subscription_key')} The repository of the club's backup software is set up with the key in its baseurl's query, and librepo writes every address it downloads.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { l: [`Downloading: https://repo.backupkit.example/rpm/stable/x86_64/repodata/repomd.xml?subscription_key=${key}`] },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'dnf-librepo-query-auth-base64-user-password',
      'error',
      "A mirror of the club's own packages takes `auth=` with base64 of `user:password` in its query (the repo file was written that way to avoid a netrc), and librepo writes the address; decoded, the value is the account's password.",
      ({ rng }) => {
        const b = b64Of(`dnf-sbsc:${rng.alnum(18)}`);
        return { value: b, event: { l: [`Downloading: https://pkgs.${SB}/sbsc/41/x86_64/repodata/repomd.xml?auth=${b}`] } };
      },
    ),
    5,
    plant(
      'negative',
      'dnf-librepo-curl-pinned-public-key',
      'none',
      "curl's pinned-public-key error quotes the pin, `sha256//` and base64 of the SHA-256 of a server's public key: a hash of public data, no credential.",
      ({ rng }) => {
        const pin = rng.bytes(32).toString('base64');
        return {
          value: pin,
          event: {
            l: [
              `Error during transfer: Curl error (90): SSL public key does not match pinned public key for https://pkgs.${SB}/sbsc/41/x86_64/repodata/repomd.xml [sha256//${pin}]`,
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR, site: { host: 'dnf' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// quasselcore.log: the volunteers' Quassel core 0.14 run with `--loglevel Debug --debug-irc`: `yyyy-MM-dd HH:mm:ss
// [Level] <message>` in local time (GMT), the core's `Client … initialized and authenticated successfully as …` lines,
// the raw IRC lines it receives (`IRC net 1 <<  <raw line>`), Qt's debug print of a network's settings. From memory (not
// fetched): the raw-line prefix of `--debug-irc` and the settings print are the likeliest to differ.

function quasselLog(rng) {
  const render = (e) => e.l.map(([lvl, m]) => `${ymdHmsAt(e.t, GMT)} [${lvl.padEnd(5)}] ${m}`);
  const CH = '#sbsc-volunteers';
  const NICKS = ['rachel_w', 'tomh', 'dinghy_dave', 'marcia', 'PBO_Jen'];
  const from = (rng, nick = rng.pick(NICKS)) =>
    `:${nick}!~${nick.toLowerCase()}@${rng.pick(['user/', 'gateway/web/']) + nick.toLowerCase()}`;
  const say = (rng, t, text, nick) => ['Debug', `IRC net 1 <<  @time=${iso(t)} ${from(rng, nick)} PRIVMSG ${CH} :${text}`];
  const CHAT = [
    'anyone got the key to the rescue boat shed?',
    'wind is 22 knots gusting 30, racing postponed',
    'results for race 5 are up',
    'who is on safety boat duty Sunday?',
    'the tide is at 11:40, launch by 10:30',
    'lost a buoyancy aid on the slipway, blue, size M',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [say(rng, t, rng.pick(CHAT))] }),
      (nick = rng.pick(NICKS)) => ({
        l: [
          [
            'Info',
            `Client 198.51.100.${rng.int(2, 250)} initialized and authenticated successfully as "${nick}" (UserId: ${NICKS.indexOf(nick) + 2}).`,
          ],
        ],
      }),
      () => ({
        l: [
          ['Debug', `IRC net 1 <<  PING :tungsten.libera.chat`],
          ['Debug', 'IRC net 1 >>  PONG :tungsten.libera.chat'],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          ['Info', 'Quassel Core version 0.14.0'],
          ['Info', 'Database is up-to-date.'],
          ['Info', 'Listening for GUI clients on IPv4 0.0.0.0 port 4242 using protocol version 10'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'quassel-qdebug-qvariantmap-sasl-password',
      'error',
      'At Debug the core prints the settings of the network it connects, Qt\'s `QMap(("key", QVariant(QString, "…"))…)` print of a QVariantMap, and with them the SASL password of the club\'s bot account.',
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            l: [
              [
                'Debug',
                `CoreNetwork::connectToIrc QMap(("networkName", QVariant(QString, "Libera.Chat"))("useSasl", QVariant(bool, true))("saslAccount", QVariant(QString, "sbsc-bot"))("saslPassword", QVariant(QString, "${pw}"))("useAutoReconnect", QVariant(bool, true)))`,
              ],
              ['Info', 'Network "Libera.Chat" - Connecting to irc.libera.chat:6697'],
            ],
          },
        };
      },
      { after: 2 },
    ),
    7,
    plant(
      'negative',
      'quassel-ircv3-msgid-tag',
      'none',
      "IRCv3's `msgid` tag, the server's id of one message (as Libera writes it), in a raw line's tags: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.lowerNum(26);
        return {
          value: id,
          event: {
            l: [
              [
                'Debug',
                `IRC net 1 <<  @msgid=${id};time=${iso(t)} ${from(rng, 'marcia')} PRIVMSG ${CH} :race officer rota for January is on the board`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'quassel-irc-pasted-signin-id-token',
      'error',
      'A volunteer pastes the race-entry portal\'s sign-in address that failed for them ("stuck on this page"), and the core writes the raw line: its `id_token` (1 h, live at the line\'s time, GMT)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://id.${SB}`, aud: 'race-entry', sub: rng.uuid(), email: 'tom.h@mailbox.example', nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { l: [say(rng, t, `stuck on this page: https://entry.${SB}/signin-oidc?id_token=${token}&state=${rng.hex(16)}`, 'tomh')] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'quassel-irc-pasted-weatherlink-api-key',
      'error',
      `${WHY.apiKey('api-key')} A volunteer shares the weather station's WeatherLink v2 address so others can check the wind, with the club's \`api-key\` in its query.`,
      ({ rng, t }) => {
        const key = rng.lowerNum(32);
        return {
          value: key,
          event: {
            l: [
              say(
                rng,
                t,
                `live wind from the clubhouse station: https://api.weatherlink.com/v2/current/${rng.int(100000, 999999)}?api-key=${key}&t=${Math.floor(t / 1000)}`,
                'dinghy_dave',
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'implicit-fragment',
      'quassel-irc-pasted-address-access-token-fragment',
      'error',
      "The membership site's sign-in drops a volunteer on an address with `#access_token=…` in its fragment, and they paste the address into the channel to ask why the page is blank.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            l: [
              say(
                rng,
                t,
                `page is blank after login, address is https://members.${SB}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
                'PBO_Jen',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'quassel-irc-pasted-curl-cookie-php-session',
      'error',
      WHY.session(
        'The webmaster pastes a "Copy as cURL" of the booking page to show an error, with the site\'s PHP session cookie (`PHPSESSID`, 26 characters)',
      ),
      ({ rng, t }) => {
        const sid = phpSid(rng);
        return {
          value: sid,
          event: {
            l: [
              say(rng, t, `curl 'https://bookings.${SB}/slots.php?week=51' -H 'Cookie: PHPSESSID=${sid}' gives a 500, anyone?`, 'rachel_w'),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'quassel-irc-pasted-embed-jwt-expired',
      'note',
      "A volunteer pastes yesterday's race tracker embed (`/embed/<JWT>`) to ask why it no longer loads; its token had expired a day before the line's time (GMT)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 6 * 3600,
          age: 6 * 3600 + 86400 + rng.int(60, 1800),
          jti: true,
          claims: { iss: `https://track.${SB}`, resource: { race: 'winter-series-r5' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { l: [say(rng, t, `why does https://track.${SB}/embed/${token} say expired?`, 'marcia')] },
        };
      },
    ),
    plant(
      'negative',
      'quassel-irc-pasted-youtube-id',
      'none',
      "A YouTube video's id (11 characters) in a link to the race film: public, no credential.",
      ({ rng, t }) => {
        const v = rng.b64url(11);
        return { value: v, event: { l: [say(rng, t, `drone film of Sunday's start: https://www.youtube.com/watch?v=${v}`, 'tomh')] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'quassel' }, filler, render, steps });
}

// =====================================================================================================================
// The hazelnut growers' cooperative of Suvagil (Tsakhur; Zaqatala district, Azerbaijan: AZT, UTC+4 all year)
// =====================================================================================================================

const SF = 'suvagil-findiq.example';

// ---------------------------------------------------------------------------------------------------------------------
// profanity.log: Profanity 0.14's main log at DEBUG on the order desk's laptop: `dd/mm/yyyy HH:MM:SS: <area>:
// <message>` in local time (AZT, no zone), Profanity's own lines under `prof`, libstrophe's under `xmpp` (`conn: SENT:
// <stanza>` / `conn: RECV: <stanza>`), a Python plugin's lines. The layout is from Profanity's `src/log.c` (`log_msg`:
// `"%s: %s: %s\n"` with `%d/%m/%Y %H:%M:%S`, read through the search tool); the libstrophe lines from memory.

function profanityLog(rng) {
  const stamp = (t) => {
    const d = local(t, AZT);
    return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
  };
  const render = (e) => e.l.map(([area, m]) => `${stamp(e.t)}: ${area}: ${m}`);
  const ME = `sifaris@${SF}`;
  const PEERS = [`zaur@${SF}`, `leyla@${SF}`, `anbar@${SF}`, `rasim@${SF}`];
  const recv = (rng, from, body) => [
    'xmpp',
    `conn: RECV: <message type="chat" to="${ME}/prof" from="${from}/gajim" id="${rng.uuid()}"><body>${body}</body><active xmlns="http://jabber.org/protocol/chatstates"/></message>`,
  ];
  const TEXTS = [
    'Salam! Anbarda 40 kisə findıq hazırdır.',
    'Sifariş #1187 göndərildi.',
    'Sabah 09:00-da yığıncaq.',
    'Qiymət cədvəli yeniləndi.',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [recv(rng, rng.pick(PEERS), rng.pick(TEXTS))] }),
      () => ({
        l: [
          ['xmpp', `conn: SENT: <iq id="${rng.uuid()}" type="get"><ping xmlns="urn:xmpp:ping"/></iq>`],
          ['xmpp', `conn: RECV: <iq type="result" id="${rng.uuid()}" from="${SF}"/>`],
        ],
      }),
      () => ({ l: [['prof', `Chat state: ${rng.pick(['composing', 'paused', 'active'])} from ${rng.pick(PEERS)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          ['prof', 'Starting Profanity (0.14.0)...'],
          ['prof', 'Initialising chat logs'],
          ['prof', `Connecting as ${ME}`],
        ],
      },
      after: 0,
    },
    plant(
      'encoded',
      'profanity-libstrophe-sasl-plain-base64',
      'error',
      'The server offers only PLAIN over TLS, and libstrophe\'s debug output, which Profanity writes at DEBUG, shows the `<auth mechanism="PLAIN">` element: base64 of `\\0user\\0password`, the account\'s password once decoded.',
      ({ rng }) => {
        const b = b64Of(`\u0000sifaris\u0000${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            l: [
              ['xmpp', `conn: SENT: <auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${b}</auth>`],
              ['xmpp', 'conn: RECV: <success xmlns="urn:ietf:params:xml:ns:xmpp-sasl"/>'],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'profanity-caps-ver-hash',
      'none',
      "XEP-0115's `ver`, base64 of the SHA-1 of a client's feature list, in a presence's `<c/>`: a hash of public data, no credential.",
      ({ rng }) => {
        const ver = rng.bytes(20).toString('base64');
        return {
          value: ver,
          event: {
            l: [
              [
                'xmpp',
                `conn: RECV: <presence from="zaur@${SF}/gajim"><c xmlns="http://jabber.org/protocol/caps" hash="sha-1" node="https://gajim.org" ver="${ver}"/></presence>`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'header-dump',
      'profanity-http-upload-slot-authorization-header',
      'error',
      'XEP-0363 lets the upload service hand the client headers to send with its PUT; the slot the server returns carries `<header name="Authorization">Basic …</header>`, and the stanza is written whole.',
      ({ rng }) => {
        const basic = b64Of(`upload:${rng.alnum(24)}`);
        return {
          value: basic,
          event: {
            l: [
              [
                'xmpp',
                `conn: RECV: <iq type="result" id="${rng.uuid()}" from="upload.${SF}"><slot xmlns="urn:xmpp:http:upload:0"><put url="https://upload.${SF}/${rng.hex(16)}/qiymet-cedveli.pdf"><header name="Authorization">Basic ${basic}</header></put><get url="https://upload.${SF}/${rng.hex(16)}/qiymet-cedveli.pdf"/></slot></iq>`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'profanity-recv-pasted-callback-code',
      'warning',
      `${WHY.code} A member pastes the order site's sign-in return address into a chat ("it sends me back here"), and the received stanza is written whole.`,
      ({ rng, t }) => {
        const code = rng.alnum(32);
        return {
          value: code,
          event: {
            l: [recv(rng, PEERS[1], `Bu ünvana qayıdır: https://sifaris.${SF}/auth/callback?code=${code}&amp;state=${rng.hex(24)}`)],
          },
        };
      },
    ),
    7,
    plant(
      'id-token',
      'profanity-recv-pasted-id-token-expired',
      'note',
      "A member pastes the old sign-in address they had bookmarked; its `id_token` had expired about two hours before the line's time (AZT, written without zone)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${SF}`, aud: 'sifaris', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return { value: token, jwt: facts, event: { l: [recv(rng, PEERS[3], `https://sifaris.${SF}/signin-oidc?id_token=${token}`)] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'profanity-recv-pasted-price-api-acar',
      'error',
      `${WHY.apiKey('acar')} The warehouse shares the price feed's address with the cooperative's key (\`acar\`, "key") in its query, and the stanza is written whole.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, event: { l: [recv(rng, PEERS[2], `Qiymət: https://api.${SF}/v1/qiymet?mal=findiq&amp;acar=${key}`)] } };
      },
    ),
    plant(
      'negative',
      'profanity-omemo-own-fingerprint',
      'none',
      "Profanity writes its own OMEMO identity key's fingerprint (64 hex) at start of an encrypted session: the fingerprint of a public key, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64);
        return { value: fp, event: { l: [['prof', `OMEMO: own fingerprint ${fp}`]] } };
      },
    ),
    5,
    plant(
      'webhook',
      'profanity-plugin-zapier-catch-hook',
      'error',
      WHY.webhook(
        "The order desk's Profanity plugin forwards new orders to a Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) and writes the address it posted to",
      ),
      ({ rng }) => {
        const path = `${digits(rng, 8)}/${rng.lowerNum(7)}`;
        return {
          value: path,
          event: { l: [['prof', `plugin sifaris.py: posted order 1188 to https://hooks.zapier.com/hooks/catch/${path}/ (200)`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_TS + 6 * HOUR, site: { host: 'profanity' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aerc-debug.log: aerc 0.20 run with `-l debug -L aerc-debug.log` on the secretary's laptop: `<LEVEL> <yyyy/mm/dd
// HH:MM:SS.micro> <file.go>:<line>: <message>` in local time (AZT), `[<account>]` prefixes, the account's source and
// outgoing settings printed with Go's `%+v`, `open:` commands. From memory (not fetched): the layout is Go's log package
// with date, microseconds and short file name as remembered; the messages are in the app's style.

function aercLog(rng) {
  const render = (e) =>
    e.l.map(([lvl, file, m]) => {
      const d = local(e.t, AZT);
      return `${lvl.padEnd(5)} ${d.slice(0, 10).replace(/-/g, '/')} ${d.slice(11, 19)}.${micros(e.t, rng)} ${file}: ${m}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({
        l: [
          [
            'DEBUG',
            `imap/worker.go:${rng.int(200, 400)}`,
            `[yigincaq] <- (${rng.uuid().slice(0, 8)}) FetchMessageHeaders ${rng.int(1, 9)} uids`,
          ],
        ],
      }),
      () => ({ l: [['DEBUG', `imap/idle.go:${rng.int(60, 120)}`, '[yigincaq] idle: waiting for updates']] }),
      () => ({ l: [['INFO', `app/account.go:${rng.int(300, 500)}`, `[yigincaq] new messages: ${rng.int(1, 4)}`]] }),
    ])();
  const steps = [
    { raw: { l: [['INFO', 'main.go:243', 'Starting up version 0.20.1 +notmuch-5.6.0 (go1.24.4 amd64 linux 2025-06-22)']] }, after: 0 },
    plant(
      'refresh-token',
      'aerc-source-oauthbearer-userinfo-refresh-token',
      'error',
      `${WHY.refresh} aerc's \`imaps+oauthbearer://\` source keeps the Google refresh token ("1//0…") as the password of its URL, and the account's startup line at DEBUG prints the source whole.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            l: [
              [
                'DEBUG',
                'app/account.go:121',
                `[yigincaq] source: imaps+oauthbearer://yigincaq%40${SF}:${rt}@imap.gmail.com?client_id=${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com&token_endpoint=https://oauth2.googleapis.com/token`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'framework-dump',
      'aerc-outgoing-go-percent-plus-v-password',
      'error',
      "The outgoing settings printed with Go's `%+v` (`&{Scheme:smtps Host:… User:… Password:… …}`) hold the SMTP password of the cooperative's relay.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            l: [
              [
                'DEBUG',
                'app/account.go:128',
                `[yigincaq] outgoing: &{Scheme:smtps Host:smtp.${SF}:465 User:yigincaq Password:${pw} Auth:plain StartTLS:false}`,
              ],
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'aerc-pgp-signer-fingerprint',
      'none',
      "The signer's OpenPGP key fingerprint (40 hex) of a verified message: public key data, no credential.",
      ({ rng }) => {
        const fp = rng.hex(40).toUpperCase();
        return { value: fp, event: { l: [['DEBUG', 'lib/crypto/gpg/gpg.go:88', `signature good: signer ${fp} (Zaur Həsənov)`]] } };
      },
    ),
    plant(
      'implicit-fragment',
      'aerc-open-link-access-token-fragment',
      'error',
      "The secretary opens a link from a message (`:open-link`); the logistics portal's invitation link carries `#access_token=…`, and aerc writes the command it runs.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            l: [
              [
                'DEBUG',
                'commands/msg/open.go:72',
                `open: running xdg-open "https://portal.yukdasima.example/davet#access_token=${at}&token_type=Bearer&expires_in=86400"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'aerc-open-link-embed-jwt-30d',
      'error',
      "A price dashboard sent by the exporters' association is embedded through `/embed/<JWT>`; aerc writes the `xdg-open` it runs when the link is opened, token included",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { iss: 'https://bazar.findiq-ixrac.example', resource: { dashboard: 42 }, params: { region: 'zaqatala' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [['DEBUG', 'commands/msg/open.go:72', `open: running xdg-open "https://bazar.findiq-ixrac.example/embed/${token}"`]],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'aerc-address-book-cmd-api-acar',
      'error',
      `${WHY.apiKey('api_acar')} The address completion command (\`address-book-cmd\`) asks the cooperative's member list through curl, and aerc writes the command it runs with the key (\`api_acar\`) in the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            l: [['DEBUG', 'app/compose.go:402', `running address-book-cmd: curl -s "https://uzv.${SF}/api/kontakt?q=Ley&api_acar=${key}"`]],
          },
        };
      },
    ),
    plant(
      'negative',
      'aerc-message-id',
      'none',
      "A message's `Message-Id`, which names one email: an identifier, no credential.",
      ({ rng }) => {
        const mid = `${rng.lowerNum(24)}@mail.gmail.com`;
        return {
          value: mid,
          event: { l: [['DEBUG', 'imap/fetch.go:154', `[yigincaq] fetched uid ${rng.int(2000, 4000)} Message-Id <${mid}>`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_TS + 8 * HOUR, site: { host: 'aerc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nikto-sifaris.txt: a Nikto 2.5 scan of the order site, its console output saved with `tee`: the header between rules
// (`- Nikto v2.5.0`, `+ Target IP:`, `+ Target Hostname:`, `+ Target Port:`, `+ SSL Info:`, `+ Start Time:`), then one
// `+ <path>: <finding>` per item, the closing counts. From memory (not fetched): the finding messages are as remembered.

function niktoLog(rng) {
  const H = `sifaris.${SF}`;
  const render = (e) => e.l;
  const FIND = [
    '+ /: The anti-clickjacking X-Frame-Options header is not present. See: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options',
    '+ /: The X-Content-Type-Options header is not set. This could allow the user agent to render the content of the site in a different fashion to the MIME type. See: https://www.netsparker.com/web-vulnerability-scanner/vulnerabilities/missing-content-type-header/',
    '+ /icons/README: Apache default file found. See: https://www.vntweb.co.uk/apache-restricting-access-to-iconsreadme/',
    '+ /images/: Directory indexing found.',
    '+ /backup/: This might be interesting.',
    '+ /phpmyadmin/: phpMyAdmin directory found.',
    '+ /server-status: This reveals Apache information. Comment out appropriate line in the Apache conf file or restrict access to allowed sources. See: OSVDB-561',
    '+ OPTIONS: Allowed HTTP Methods: GET, POST, OPTIONS, HEAD .',
  ];
  let i = 0;
  const filler = () => ({ l: [FIND[i++ % FIND.length]] });
  const rule = '-'.repeat(75);
  const steps = [
    {
      raw: {
        l: [
          '- Nikto v2.5.0',
          rule,
          '+ Target IP:          203.0.113.87',
          `+ Target Hostname:    ${H}`,
          '+ Target Port:        443',
          rule,
          `+ SSL Info:        Subject:  /CN=${H}`,
          '                   Ciphers:  TLS_AES_256_GCM_SHA384',
          "                   Issuer:   /C=US/O=Let's Encrypt/CN=R11",
          `+ Start Time:         ${ymdHmsAt(DAY_TS + 11 * HOUR, AZT)} (GMT4)`,
          rule,
          '+ Server: Apache/2.4.62 (Debian)',
        ],
      },
      after: 0,
    },
    plant(
      'session-id',
      'nikto-root-redirect-jsessionid',
      'error',
      WHY.session(
        "The order site's Tomcat back office rewrites URLs with the session when the client keeps no cookie, and Nikto writes where the root page redirects: `;jsessionid=<32 hex>` in the path",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return { value: sid, event: { l: [`+ Root page / redirects to: https://${H}/idare/;jsessionid=${sid}`] } };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'nikto-etag-inode-leak',
      'none',
      "Nikto's classic ETag finding quotes the inode, size and mtime Apache builds the ETag from (hex numbers): file metadata, no credential.",
      ({ rng }) => {
        const inode = rng.hex(5);
        const mt = rng.hex(13);
        return {
          value: mt,
          event: {
            l: [
              `+ /: Server may leak inodes via ETags, header found with file /, inode: ${inode}, size: ${rng.hex(4)}, mtime: ${mt}. See: http://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2003-1418`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'nikto-uncommon-header-debug-url-acar',
      'error',
      `${WHY.apiKey('acar')} A debugging header left on the site (\`x-debug-upstream\`) names the price API it called, key (\`acar\`) included, and Nikto quotes every uncommon header with its contents.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: { l: [`+ /: Uncommon header 'x-debug-upstream' found, with contents: https://api.${SF}/v1/qiymet?acar=${key}.`] },
        };
      },
    ),
    plant(
      'negative',
      'nikto-uncommon-header-request-id',
      'none',
      'The `x-request-id` the site adds to each response (a UUID), quoted by Nikto as an uncommon header: a correlation id, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { l: [`+ /: Uncommon header 'x-request-id' found, with contents: ${id}.`] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'nikto-robots-entry-share-path-token',
      'error',
      WHY.pathSecret(
        'The site\'s robots.txt disallows a shared price-list folder by its secret address (`/paylash/<token>/`, paylaş, "share"), and Nikto reports each robots.txt entry that answers, address included',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            l: [
              `+ /robots.txt: Entry '/paylash/${tok}/' is returned a non-forbidden or redirect HTTP code (200). See: https://portswigger.net/kb/issues/00600600_robots-txt-file`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'nikto-redirect-percent-encoded-sirr',
      'error',
      'The old sign-in page redirects to the new one with the original address percent-encoded in `next=`, and that address holds the export link\'s secret (`sirr%3D…`, sirr, "secret"); percent-encoding only escapes the value.',
      ({ rng }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: {
            l: [
              `+ /giris.php: Redirects (302) to https://${H}/login?next=%2Fhesabat%2Fixrac%3Fsirr%3D${s}%26il%3D2027 , Login page found.`,
            ],
          },
        };
      },
    ),
    2,
    {
      raw: {
        l: [
          `+ 8102 requests: 0 error(s) and 14 item(s) reported on remote host`,
          `+ End Time:           ${ymdHmsAt(DAY_TS + 11 * HOUR + 412000, AZT)} (GMT4) (412 seconds)`,
          rule,
          '+ 1 host(s) tested',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_TS + 11 * HOUR, site: { host: 'nikto' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pacman.log: pacman 7 on the cooperative's Arch Linux server: `[<ISO 8601 with +0400>] [PACMAN|ALPM|ALPM-SCRIPTLET]
// <message>`: `Running 'pacman …'`, `synchronizing package lists`, `upgraded … (… -> …)`, hooks' `running '…'...`, install
// scripts' and hooks' output as `[ALPM-SCRIPTLET]` lines. From memory (not fetched): the layout is as remembered from
// pacman.log; whether a hook's output is written as `[ALPM-SCRIPTLET]` may differ.

function pacmanLog(rng) {
  const stamp = (t) => `${local(t, AZT).slice(0, 19)}${zoneCompact(AZT)}`;
  const render = (e) => e.l.map(([src, m]) => `[${stamp(e.t)}] [${src}] ${m}`);
  const PKGS = [
    ['linux', '6.17.8.arch1-1', '6.17.9.arch1-1'],
    ['openssl', '3.5.4-1', '3.5.5-1'],
    ['postgresql', '17.6-2', '17.7-1'],
    ['nginx', '1.28.0-3', '1.28.1-1'],
    ['systemd', '258.2-1', '258.3-1'],
    ['python', '3.13.9-1', '3.13.10-1'],
  ];
  const filler = (rng) => {
    const [n, a, b] = rng.pick(PKGS);
    return rng.pick([
      () => ({ l: [['ALPM', `upgraded ${n} (${a} -> ${b})`]] }),
      () => ({
        l: [
          [
            'ALPM',
            `running '${rng.pick(['20-systemd-sysusers.hook', '30-systemd-daemon-reload-system.hook', '60-mkinitcpio-remove.hook', '90-mkinitcpio-install.hook'])}'...`,
          ],
        ],
      }),
    ])();
  };
  const steps = [
    {
      raw: {
        l: [
          ['PACMAN', "Running 'pacman -Syu'"],
          ['PACMAN', 'synchronizing package lists'],
          ['PACMAN', 'starting full system upgrade'],
          ['ALPM', 'transaction started'],
        ],
      },
      after: 0,
    },
    7,
    plant(
      'negative',
      'pacman-keyring-disabling-revoked-key',
      'none',
      "archlinux-keyring's install script lists the revoked keys it disables by their fingerprints (40 hex): public key data, no credential.",
      ({ rng }) => {
        const fp = rng.hex(40).toUpperCase();
        return {
          value: fp,
          event: {
            l: [
              ['ALPM-SCRIPTLET', '==> Disabling revoked keys in keyring...'],
              ['ALPM-SCRIPTLET', `  -> Disabling key ${fp}...`],
            ],
          },
        };
      },
    ),
    5,
    { raw: { l: [['ALPM', 'transaction completed']] } },
    plant(
      'webhook',
      'pacman-hook-traced-curl-rocketchat-webhook',
      'error',
      WHY.webhook(
        'A local hook (`99-xeber.hook`, xəbər, "news") tells the cooperative\'s chat which packages changed through a Rocket.Chat incoming webhook (`/hooks/<id>/<token>`); its script runs under `set -x`, and pacman writes its output',
      ),
      ({ rng }) => {
        const path = `${rng.alnum(17)}/${rng.alnum(48)}`;
        return {
          value: path,
          event: {
            l: [
              ['ALPM', "running '99-xeber.hook'..."],
              [
                'ALPM-SCRIPTLET',
                `+ curl -fsS -H 'Content-Type: application/json' -d '{"text":"server: 14 paket yeniləndi"}' https://chat.${SF}/hooks/${path}`,
              ],
              ['ALPM-SCRIPTLET', '{"success":true}'],
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'pacman-running-dash-u-url-api-acar',
      'error',
      `${WHY.apiKey('api_acar')} The order app's package is installed from the developer's server with \`pacman -U <url>\`, and pacman writes the command line, key (\`api_acar\`) in the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            l: [
              ['PACMAN', `Running 'pacman -U https://paket.${SF}/sifaris-app-2.4.0-1-x86_64.pkg.tar.zst?api_acar=${key}'`],
              ['ALPM', 'transaction started'],
              ['ALPM', 'upgraded sifaris-app (2.3.2-1 -> 2.4.0-1)'],
            ],
          },
        };
      },
      { after: 2 * 3600 },
    ),
    plant(
      'refresh-token',
      'pacman-scriptlet-rclone-token-json',
      'error',
      `${WHY.refresh} The order app's upgrade script moves the backup's rclone remote to a new file and prints the migrated \`token\` JSON, \`refresh_token\` beside the access token.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            l: [
              ['ALPM-SCRIPTLET', '==> ehtiyat: rclone config köçürülür'],
              [
                'ALPM-SCRIPTLET',
                `token = {"access_token":"ya29.${rng.b64url(150)}","token_type":"Bearer","refresh_token":"${rt}","expiry":"${local(t + 3000 * 1000, AZT).slice(0, 19)}+04:00"}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'pacman-scriptlet-placeholder-sirr',
      'none',
      'The install script reminds the admin to set the app\'s secret and shows the shipped value, a placeholder (`DEYISIN_...`, "change it"): no credential.',
      ({ rng }) => {
        const ph = `DEYISIN_${upperNum(rng, 6)}`;
        return { value: ph, event: { l: [['ALPM-SCRIPTLET', `==> /etc/sifaris/env: SIFARIS_SIRR hələ ${ph}-dir, dəyişin!`]] } };
      },
    ),
    5,
    { raw: { l: [['ALPM', 'transaction completed']] } },
  ];
  return buildLog(rng, { start: DAY_TS + 5 * HOUR, site: { host: 'pacman' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// yuk-testi-20271215.log: the order site's load test, a shell script run with `bash -x` and its output saved with
// `tee`: `+ <command>` trace lines, Bombardier 1.2's output for each run (`Bombarding <url> for <d> using <n>
// connection(s)`, the progress bar, `Done!`, the `Statistics` table, `HTTP codes:`, `Throughput:`), curl's answers. No
// time on the lines. From memory (not fetched): Bombardier's table as remembered; the script is the cooperative's.

function bombardierLog(rng) {
  const B = `https://sifaris.${SF}`;
  const render = (e) => e.l;
  const stats = (rng) => {
    const rps = (rng.int(900, 3000) + rng.int(0, 99) / 100).toFixed(2);
    return [
      `[${'='.repeat(74)}] 30s`,
      'Done!',
      'Statistics        Avg      Stdev        Max',
      `  Reqs/sec    ${rps.padStart(9)}    ${(rng.int(100, 500) + rng.int(0, 99) / 100).toFixed(2).padStart(7)}    ${(Number(rps) * 1.6).toFixed(2)}`,
      `  Latency       ${rng.int(20, 90)}.${pad(rng.int(0, 99))}ms     ${rng.int(5, 30)}.${pad(rng.int(0, 99))}ms   ${rng.int(150, 900)}.${pad(rng.int(0, 99))}ms`,
      '  HTTP codes:',
      `    1xx - 0, 2xx - ${rng.int(20000, 90000)}, 3xx - 0, 4xx - 0, 5xx - ${rng.int(0, 40)}`,
      '    others - 0',
      `  Throughput:     ${rng.int(2, 9)}.${pad(rng.int(0, 99))}MB/s`,
    ];
  };
  const run = (rng, url, extra = '') => [
    `+ bombardier -c 64 -d 30s -l ${extra}'${url}'`,
    `Bombarding ${url} for 30s using 64 connection(s)`,
    ...stats(rng),
  ];
  const PAGES = ['/', '/mehsullar', '/qiymetler', '/haqqimizda', '/elaqe'];
  const filler = (rng) =>
    rng.pick([
      () => ({ l: run(rng, `${B}${rng.pick(PAGES)}`) }),
      () => ({ l: ['+ sleep 20'] }),
      () => {
        const p = rng.pick(PAGES);
        return { l: [`+ echo '--- ${p} ---'`, `--- ${p} ---`] };
      },
    ])();
  const steps = [
    { raw: { l: ['+ set -e', `+ HOST=${B}`, '+ bombardier --version', 'bombardier version v1.2.6 linux/amd64'] }, after: 0 },
    plant(
      'refresh-token',
      'bombardier-traced-curl-refresh-grant',
      'error',
      `${WHY.refresh} The script gets a fresh access token for the test by posting the test account's refresh token with curl, and \`bash -x\` writes the command with its \`-d refresh_token=…\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            l: [
              `++ curl -s -d grant_type=refresh_token -d refresh_token=${rt} -d client_id=yuk-testi https://id.${SF}/oauth/token`,
              '++ jq -r .access_token',
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'bombardier-traced-header-authorization-bearer',
      'error',
      "The access token is expanded into Bombardier's `-H 'Authorization: Bearer …'`, and the trace line shows the command as run, token whole.",
      ({ rng }) => {
        const at = rng.b64url(48);
        return { value: at, event: { l: run(rng, `${B}/api/v1/sifarisler`, `-H 'Authorization: Bearer ${at}' `) } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'bombardier-url-api-acar-trace-and-banner',
      'error',
      `${WHY.apiKey('api_acar')} The price API is load-tested with its key (\`api_acar\`) in the URL: the trace writes the command and Bombardier its \`Bombarding …\` line, two writers of one run.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { l: run(rng, `${B}/api/v1/qiymet?mal=findiq&api_acar=${key}`) } };
      },
    ),
    5,
    plant(
      'session-id',
      'bombardier-traced-header-cookie-sessiya',
      'error',
      WHY.session(
        "The cart pages need a signed-in member, so the script passes a session cookie copied from a browser (`sessiya`, 64 hex) with `-H 'Cookie: …'`, and the trace writes it",
      ),
      ({ rng }) => {
        const sid = rng.hex(64);
        return { value: sid, event: { l: run(rng, `${B}/sebet`, `-H 'Cookie: sessiya=${sid}' `) } };
      },
    ),
    plant(
      'negative',
      'bombardier-masked-key-echo',
      'none',
      'The script echoes the key it uses masked to its last four characters (`****…3f9a`): a mask, no credential.',
      ({ rng }) => {
        const m = `${'*'.repeat(36)}${rng.hex(4)}`;
        return { value: m, event: { l: ['+ mask_key api_acar', `api_acar=${m}`] } };
      },
    ),
    5,
    plant(
      'replay',
      'bombardier-traced-curl-report-bilet-once',
      'note',
      WHY.ticketFirst(
        'The script downloads the test report through a one-time link (`bilet`, "ticket") the report server issued for it, and the trace writes the command. The ticket is',
      ),
      ({ rng }) => {
        const b = rng.b64url(22);
        return { value: b, event: { l: [`+ curl -sfo hesabat.html 'https://hesabat.${SF}/yukle?bilet=${b}'`] } };
      },
    ),
    plant(
      'negative',
      'bombardier-sha256sum-report',
      'none',
      '`sha256sum` of the saved report (64 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { l: ['+ sha256sum hesabat.html', `${h}  hesabat.html`] } };
      },
    ),
    plant(
      'webhook',
      'bombardier-traced-curl-mattermost-webhook',
      'error',
      WHY.webhook(
        "The script posts its summary to the cooperative's Mattermost through an incoming webhook (`/hooks/<26>`), and the trace writes the command",
      ),
      ({ rng }) => {
        const id = rng.lowerNum(26);
        return {
          value: id,
          event: {
            l: [
              `+ curl -s -H 'Content-Type: application/json' -d '{"text":"Yük testi bitdi: 5 səhifə, 0 xəta"}' https://mm.${SF}/hooks/${id}`,
              'ok',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_TS + 22 * HOUR, site: { host: 'bombardier' }, filler, render, steps });
}

// =====================================================================================================================
// Ποντιακόν Εστία Αργυρούπολης, a Pontic cultural club (Pontic Greek; Argyroupoli, Imathia: EET, UTC+2 in December)
// =====================================================================================================================

const PE = 'argyroupoli-estia.example';

// ---------------------------------------------------------------------------------------------------------------------
// xoron@muc.argyroupoli-estia.example: Poezio 0.14's log of the members' chat room (χορόν, "dance"), as Poezio keeps
// it in `~/.local/share/poezio/logs/`: `MR <yyyymmddTHH:MM:SSZ> <NNN> <nick>  <message>` for messages and `MI …` for
// room events, the time in UTC, `NNN` the count of the message's further lines (each indented by one space). From
// memory (not fetched).

function poezioLog(rng) {
  const render = (e) =>
    e.l.flatMap(([kind, nick, text]) => {
      const [first, ...rest] = text.split('\n');
      const stamp = `${iso(e.t).slice(0, 10).replace(/-/g, '')}T${iso(e.t).slice(11, 19)}Z`;
      const head = kind === 'MR' ? `MR ${stamp} ${pad(rest.length, 3)} <${nick}>  ${first}` : `MI ${stamp} ${pad(rest.length, 3)} ${first}`;
      return [head, ...rest.map((r) => ` ${r}`)];
    });
  const NICKS = ['Σάββας', 'Ελπινίκη', 'Γιωρίκας', 'Παρθένα', 'Χαράλαμπον'];
  const TEXTS = [
    'Καλημέραν σας!',
    'Ντο ποίτε; Ατώρα έρθα σην Εστίαν.',
    'Το Σάββαν έχομε πρόβαν σο χορόν, σεράνιτσα και τίκ.',
    "Ο κεμεντζές τ' Αργυρίου εχάλασεν, ποίος έχ' άλλον;",
    "Ευχαριστώ σε, πουλόπο μ'.",
    'Τα παιδία σο χορευτικόν έρθανε όλια.',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [['MR', rng.pick(NICKS), rng.pick(TEXTS)]] }),
      () => ({ l: [['MI', '', `${rng.pick(NICKS)} ${rng.pick(['has joined the room', 'has left the room'])}`]] }),
    ])();
  const steps = [
    { raw: { l: [['MI', '', 'Σάββας has joined the room']] }, after: 0 },
    5,
    plant(
      'oauth-code',
      'poezio-pasted-callback-code-state',
      'warning',
      `${WHY.code} A member pastes the address the club's photo site returned her to after signing in ("'κι ανοίγ'", "it won't open"), and Poezio logs the message as written.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            l: [['MR', 'Παρθένα', `'Κι ανοίγ', εδώ με φέρ': https://fotografies.${PE}/auth/callback?code=${code}&state=${rng.hex(32)}`]],
          },
        };
      },
    ),
    7,
    plant(
      'id-token',
      'poezio-pasted-multiline-id-token',
      'error',
      "A member pastes, in a message of two lines, the sign-in address of the members' portal with its `id_token` (1 h, live at the line's UTC time); Poezio writes the second line indented",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          claims: { iss: `https://id.${PE}`, aud: 'melia', sub: rng.uuid(), name: 'Γιωρίκας', nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [
              [
                'MR',
                'Γιωρίκας',
                `Ατό μ' εγράφ' "σφάλμα", ντο να ποίσω;\nhttps://melia.${PE}/signin-oidc?id_token=${token}&state=${rng.hex(16)}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'poezio-pasted-donation-iban',
      'none',
      "The club's bank account (an IBAN) posted for donations to the dance group's trip: published for anyone to pay into, no credential.",
      ({ rng }) => {
        const iban = `GR${digits(rng, 2)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 3)}`;
        return { value: iban, event: { l: [['MR', 'Σάββας', `Για το ταξίδιν σην Τραπεζούνταν: ${iban} (Ποντιακόν Εστία)`]] } };
      },
    ),
    plant(
      'path-secret',
      'poezio-pasted-immich-share-key',
      'error',
      WHY.pathSecret(
        'The photos of the festival are shared through an Immich shared link (`/share/<key>`, the key 67 characters of base64url), pasted into the room',
      ),
      ({ rng }) => {
        const key = rng.b64url(67);
        return {
          value: key,
          event: { l: [['MR', 'Ελπινίκη', `Τα φωτογραφίας ασ\' σο πανηγύρ\': https://fotografies.${PE}/share/${key}`]] },
        };
      },
    ),
    7,
    plant(
      'embed-jwt',
      'poezio-pasted-embed-jwt-120s',
      'warning',
      "A member pastes the live-stream player of the rehearsal (`/embed/<JWT>`), a token of 120 s without a jti, still live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { iss: `https://zonta.${PE}`, resource: { stream: 'prova-xorou' } },
        });
        return { value: token, jwt: facts, event: { l: [['MR', 'Χαράλαμπον', `Ζωντανά η πρόβα: https://zonta.${PE}/embed/${token}`]] } };
      },
    ),
    plant(
      'negative',
      'poezio-pasted-video-sha256',
      'none',
      'The SHA-256 a member posts so others can check the rehearsal video they downloaded (64 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { l: [['MR', 'Χαράλαμπον', `sha256 τη βίντεο: ${h}`]] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_PO + 7 * HOUR, site: { host: 'poezio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dirsearch-estia.txt: dirsearch 0.4.3's console output of a scan of the club's site, saved with `tee`: the banner,
// `Extensions: … | HTTP method: GET | Threads: 25 | Wordlist size: …`, `Target: …`, `[HH:MM:SS] Starting: `, one line
// per hit (`[HH:MM:SS] <status> - <size> - <path>` with `  ->  <location>` for redirects), `Task Completed`; the time is
// the scanner's local time (EET). From memory (not fetched).

function dirsearchLog(rng) {
  const W = `https://www.${PE}`;
  const render = (e) => e.l.map((m) => (m.startsWith('@') ? `[${local(e.t, EET).slice(11, 19)}] ${m.slice(1)}` : m));
  const size = (rng) => {
    const n = rng.int(0, 90000);
    return (n > 1024 ? `${Math.round(n / 102.4) / 10}KB` : `${n}B`).padStart(6);
  };
  const hit = (rng, status, path, to) =>
    `@${status} - ${status >= 300 && status < 400 ? `${rng.int(0, 400)}B`.padStart(6) : size(rng)} - ${path}${to ? `  ->  ${to}` : ''}`;
  const next = drawer(rng, [
    [301, '/admin'],
    [301, '/js'],
    [301, '/css'],
    [301, '/uploads'],
    [301, '/vendor'],
    [301, '/kemenetzes'],
    [301, '/xoros'],
    [301, '/ekdilosis'],
    [403, '/.htaccess'],
    [403, '/.htpasswd'],
    [403, '/server-status'],
    [200, '/composer.json'],
    [200, '/robots.txt'],
    [200, '/index.php'],
    [200, '/favicon.ico'],
    [200, '/sitemap.xml'],
  ]);
  const filler = (rng) => {
    const [status, p] = next();
    return { l: [hit(rng, status, p, status === 301 ? `${W}${p}/` : '')] };
  };
  const steps = [
    {
      raw: {
        l: [
          '',
          '  _|. _ _  _  _  _ _|_    v0.4.3',
          ' (_||| _) (/_(_|| (_| )',
          '',
          'Extensions: php, html, js | HTTP method: GET | Threads: 25 | Wordlist size: 11460',
          '',
          'Output: /home/savvas/reports/https_www.argyroupoli-estia.example/_27-12-17_10-02-11.txt',
          '',
          `Target: ${W}/`,
          '',
          '@Starting: ',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'session-id',
      'dirsearch-redirect-trans-sid-phpsessid',
      'error',
      WHY.session(
        "The old PHP members' area still has `session.use_trans_sid` on: its redirect for a client without cookies carries `PHPSESSID=<26 characters>` in the Location, and dirsearch writes the location",
      ),
      ({ rng }) => {
        const sid = phpSid(rng);
        return { value: sid, event: { l: [hit(rng, 302, '/melia', `${W}/melia/index.php?PHPSESSID=${sid}`)] } };
      },
    ),
    2,
    plant(
      'oauth-code',
      'dirsearch-redirect-cached-callback-code',
      'warning',
      `${WHY.code} A misconfigured page cache keeps serving the redirect of one member's sign-in, so \`/syndesi\` (σύνδεση, "sign-in") answers with the callback's address, code and state, and dirsearch writes it.`,
      ({ rng }) => {
        const code = rng.alnum(40);
        return { value: code, event: { l: [hit(rng, 302, '/syndesi', `${W}/syndesi/epistrofi?code=${code}&state=${rng.b64url(22)}`)] } };
      },
    ),
    plant(
      'negative',
      'dirsearch-redirect-logo-content-hash',
      'none',
      "The logo's address redirects to its copy on the media server, named by the SHA-1 of the file (40 hex): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { l: [hit(rng, 301, '/logo', `https://media.${PE}/img/${h}.png`)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'dirsearch-redirect-photo-share-path',
      'error',
      WHY.pathSecret(
        '`/fotografies` redirects to the club\'s current album, shared by a link with a token in its path (`/moirasma/<token>/`, μοίρασμα, "sharing"), and dirsearch writes the redirect\'s target',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { l: [hit(rng, 302, '/fotografies', `https://fotografies.${PE}/moirasma/${tok}/`)] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'dirsearch-redirect-api-kleidin',
      'error',
      `${WHY.apiKey('kleidin')} The site's \`/api\` redirects to the events API with the site's own key (\`kleidin\`, κλειδίν, "key") appended by the rewrite rule, and dirsearch writes the location.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: { l: [hit(rng, 301, '/api', `${W}/api/v2/ekdilosis?kleidin=${key}`)] } };
      },
    ),
    2,
    plant(
      'encoded',
      'dirsearch-redirect-base64-return-mystikon',
      'error',
      'The members\' sign-in redirects with the page to return to as base64 in `epistrofi=` ("return"), and that page is the accounts export with its `mystikon` (μυστικόν, "secret") in the query; base64 only encodes the value.',
      ({ rng }) => {
        const s = rng.alnum(32);
        const b = b64urlOf(`${W}/melia/exagogi.php?mystikon=${s}&etos=2027`);
        return { value: b, event: { l: [hit(rng, 302, '/exagogi', `${W}/syndesi?epistrofi=${b}`)] } };
      },
    ),
    plant(
      'negative',
      'dirsearch-redirect-logout-csrf',
      'none',
      'The logout redirect carries `_csrf`, a per-session anti-forgery token: it opens nothing by itself.',
      ({ rng }) => {
        const c = rng.b64url(36);
        return { value: c, event: { l: [hit(rng, 302, '/exodos', `${W}/syndesi?_csrf=${c}`)] } };
      },
    ),
    2,
    { raw: { l: ['', 'Task Completed'] } },
  ];
  return buildLog(rng, { start: DAY_PO + 8 * HOUR, site: { host: 'dirsearch' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tigase.log.0: the club's Tigase XMPP Server 8.4 at FINEST for a few components: java.util.logging through Tigase's
// formatter, `yyyy-MM-dd HH:mm:ss.SSS [<thread>]  <Class>.<method>()  <LEVEL>: <message>` in local time (EET, no zone),
// packets printed by `Packet.toString()` (`from=…, to=…, DATA=<stanza>, SIZE=…, XMLNS=…, PRIORITY=…, PERMISSION=…,
// TYPE=…`), Java maps by `toString()`, the HTTP API's request lines, an exception's message. From memory (not fetched):
// the formatter's padding and the HTTP lines are the likeliest to differ.

function tigaseLog(rng) {
  const render = (e) =>
    e.l.map(
      ([thread, where, lvl, m]) =>
        `${ymdHmsAt(e.t, EET)}.${iso(e.t).slice(20, 23)} [${thread}]${' '.repeat(Math.max(1, 18 - thread.length))}${where.padEnd(42)} ${lvl}: ${m}`,
    );
  const X = `xmpp.${PE}`;
  const c2s = (rng, ip) => `c2s@${X}/192.168.20.5_5222_${ip}_${rng.int(30000, 65000)}`;
  const pkt = (rng, ip, data, type = 'chat') => [
    'in_2-sess-man',
    'SessionManager.processPacket()',
    'FINEST',
    `Processing packet: from=${c2s(rng, ip)}, to=sess-man@${X}, DATA=${data}, SIZE=${data.length}, XMLNS=jabber:client, PRIORITY=NORMAL, PERMISSION=AUTH, TYPE=${type}`,
  ];
  const http = (ip, req, status, ms) => [
    'http-server-pool-3',
    'HttpServer$Handler.handle()',
    'FINEST',
    `${ip} ${req} -> ${status} (${ms} ms)`,
  ];
  const NICKS = ['savvas', 'elpiniki', 'giorikas', 'parthena'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        l: [
          pkt(
            rng,
            `198.51.100.${rng.int(2, 250)}`,
            `<presence from="${rng.pick(NICKS)}@${PE}/poezio"><show>away</show></presence>`,
            'null',
          ),
        ],
      }),
      () => ({ l: [['stats-pool-1', 'StatisticsCollector.everySecond()', 'FINE', `c2s/Open connections: ${rng.int(8, 40)}`]] }),
      () => ({
        l: [pkt(rng, `203.0.113.${rng.int(2, 250)}`, `<iq type="get" id="${rng.uuid()}"><ping xmlns="urn:xmpp:ping"/></iq>`, 'get')],
      }),
    ])();
  const TICKET_WHY = 'A single-use ticket (`chartin`, χαρτίν, "ticket, paper") the club\'s web page asks for';
  const steps = [
    {
      raw: {
        l: [
          ['main', 'Kernel.startBean()', 'CONFIG', 'Starting bean sess-man'],
          ['main', 'Kernel.startBean()', 'CONFIG', 'Starting bean http'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'tigase-config-map-tostring-jdbc-password',
      'error',
      'At startup the configuration is printed as Java maps (`{dataSource={default={uri=jdbc:postgresql://…?user=…&password=…}}}`), and the JDBC URI holds the database password.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            l: [
              [
                'main',
                'ConfigHolder.loadConfiguration()',
                'CONFIG',
                `Loaded configuration: {dataSource={default={uri=jdbc:postgresql://db.${PE}/tigase?user=tigase&password=${pw}&useSSL=true}}, 'sess-man'={commands={}}, http={port=8080}, 'virtual-hosts'=[${PE}]}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    5,
    plant(
      'negative',
      'tigase-scram-server-first-challenge',
      'none',
      "The server's first SCRAM-SHA-256 message (base64 of `r=<nonce>,s=<salt>,i=4096`), a per-login nonce and the account's public salt: nothing in it signs in.",
      ({ rng }) => {
        const ch = b64Of(`r=${rng.b64url(24)}${rng.b64url(24)},s=${rng.bytes(16).toString('base64')},i=4096`);
        return {
          value: ch,
          event: {
            l: [
              [
                'in_1-c2s',
                'SaslAuth2.process()',
                'FINEST',
                `Sending: <challenge xmlns="urn:ietf:params:xml:ns:xmpp-sasl">${ch}</challenge>`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'tigase-http-api-rest-api-key',
      'error',
      `${WHY.apiKey('api-key')} The club's website reads the server's statistics through Tigase's HTTP API, which takes its key in the query (\`api-key=\`), and the HTTP server's request line writes it.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: { l: [http('192.168.20.9', `GET /rest/stats/${PE}?api-key=${key}`, 200, rng.int(3, 40))] } };
      },
    ),
    plant(
      'header-dump',
      'tigase-http-api-request-headers-map-basic',
      'error',
      "An admin script calls the HTTP API with Basic authentication, and at FINEST the handler prints the request's headers as a Java map (`{Authorization=[Basic …], …}`).",
      ({ rng }) => {
        const basic = b64Of(`admin@${PE}:${rng.alnum(20)}`);
        return {
          value: basic,
          event: {
            l: [
              [
                'http-server-pool-2',
                'RestHandler.handle()',
                'FINEST',
                `request headers: {Authorization=[Basic ${basic}], Host=[${X}:8080], User-Agent=[curl/8.19.0], Accept=[*/*]}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'tigase-packet-tostring-pasted-id-token',
      'error',
      "A member sends the portal's sign-in address to the admin in a chat, and Tigase's `Packet.toString()` at FINEST writes the stanza with its `id_token` (1 h, live; EET without zone on the line)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          claims: { iss: `https://id.${PE}`, aud: 'melia', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [
              pkt(
                rng,
                `198.51.100.${rng.int(2, 250)}`,
                `<message type="chat" to="savvas@${PE}" id="${rng.uuid()}"><body>Σάββα, ατό 'κι δουλεύ': https://melia.${PE}/signin-oidc?id_token=${token}</body></message>`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'replay',
      'tigase-http-websocket-chartin-first',
      'note',
      WHY.ticketFirst(
        `${TICKET_WHY} to open the web chat's WebSocket (\`/websocket?chartin=…\`); the request line shows it switched (101) for the office PC. The ticket is`,
      ),
      ({ rng, t }) => {
        const c = rng.b64url(32);
        firstUse.chartinWs = t;
        return { value: c, event: { l: [http('198.51.100.44', `GET /websocket?chartin=${c}`, 101, rng.int(2, 9))] } };
      },
      { ref: 'chartinWs' },
    ),
    5,
    plant(
      'replay',
      'tigase-http-websocket-chartin-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('chartinWs').value,
            why: `${WHY.replay('chartin', gap('chartinWs', t))} Another address opened the WebSocket with the ticket the office PC had used, and the server switched protocols again (101).`,
          },
        ],
        event: { l: [http('203.0.113.201', `GET /websocket?chartin=${refs.get('chartinWs').value}`, 101, rng.int(2, 9))] },
      }),
      { replayOf: 'chartinWs', after: 118 },
    ),
    5,
    plant(
      'refresh-token',
      'tigase-oauth-repo-refresh-map',
      'error',
      `${WHY.refresh} Tigase signs members in against the club's identity server, and at FINE its auth repository prints the renewal request as a Java map, the \`refresh_token\` with it.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            l: [
              [
                'in_0-c2s',
                'OAuthAuthRepository.refresh()',
                'FINE',
                `token refresh request: {grant_type=refresh_token, refresh_token=${rt}, client_id=tigase-${PE}}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'tigase-http-files-chartin-first',
      'note',
      WHY.ticketFirst(
        `${TICKET_WHY} to download the rehearsal video (\`/files/…mp4?chartin=…\`), served once (200) to a member's phone. The ticket is`,
      ),
      ({ rng, t }) => {
        const c = rng.b64url(32);
        firstUse.chartinFile = t;
        return {
          value: c,
          event: { l: [http('198.51.100.71', `GET /files/prova-xorou-2027-12.mp4?chartin=${c}`, 200, rng.int(900, 4000))] },
        };
      },
      { ref: 'chartinFile' },
    ),
    3,
    plant(
      'replay',
      'tigase-http-files-chartin-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('chartinFile').value,
            why: `${WHY.replay('chartin', gap('chartinFile', t))} The same video ticket was presented again from another address and served again (200).`,
          },
        ],
        event: {
          l: [http('192.0.2.145', `GET /files/prova-xorou-2027-12.mp4?chartin=${refs.get('chartinFile').value}`, 200, rng.int(900, 4000))],
        },
      }),
      { replayOf: 'chartinFile', after: 241 },
    ),
    plant(
      'negative',
      'tigase-packet-stanza-id',
      'none',
      "XEP-0359's `stanza-id` the server gives a message it archives (a UUID): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            l: [
              pkt(
                rng,
                `198.51.100.${rng.int(2, 250)}`,
                `<message type="groupchat" to="xoron@muc.${PE}"><body>Καλησπέραν!</body><stanza-id xmlns="urn:xmpp:sid:0" by="xoron@muc.${PE}" id="${id}"/></message>`,
                'groupchat',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'tigase-java-ioexception-discord-webhook',
      'error',
      WHY.webhook(
        "The club's event bot announces rehearsals through a Discord webhook (`/api/webhooks/<id>/<token>`); when Discord throttles it, `HttpURLConnection`'s `IOException` message quotes the whole URL and Tigase logs it",
      ),
      ({ rng }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            l: [
              [
                'scheduler',
                'EventBot.announce()',
                'WARNING',
                `announce failed: java.io.IOException: Server returned HTTP response code: 429 for URL: https://discord.com/api/webhooks/${id}/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_PO + 17 * HOUR, site: { host: 'tigase' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// halloy.log: Halloy 2025.x, the IRC client of the club's secretary, with `file_level = "debug"`: `HH:MM:SS.mmm:LEVEL
// -- <message>` in local time (EET), messages of the app's modules with Rust `{:?}` values (irc messages, `url::Url`,
// the server's settings). The prefix is from Halloy's `src/logger.rs` (fern's `"{}:{} -- {}"` with `%H:%M:%S%.3f`, read
// through the search tool); the messages and the printed structs are from memory.

function halloyLog(rng) {
  const render = (e) => e.l.map(([lvl, m]) => `${local(e.t, EET).slice(11, 23)}:${lvl} -- ${m}`);
  const CH = '#pontiaka';
  const msg = (rng, t, nick, text) =>
    `[libera] received: Message { tags: Some([Tag("time", Some("${iso(t)}"))]), source: Some(User(User { nickname: "${nick}", username: Some("~${nick.toLowerCase()}"), hostname: Some("user/${nick.toLowerCase()}") })), command: PRIVMSG("${CH}", "${text}") }`;
  const NICKS = ['Savvas', 'Elpiniki', 'Giorikas', 'Parthena'];
  const TEXTS = ['Καλησπέραν!', "Ατώρα φεύγω, αύριον πάλ'.", 'Η πρόβα σο χορόν εις τας εννέα.', "Ντο λέτε, πάμε σο πανηγύρ';"];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [['DEBUG', msg(rng, t, rng.pick(NICKS), rng.pick(TEXTS))]] }),
      () => ({ l: [['DEBUG', '[libera] received: Message { tags: None, source: None, command: PING("tungsten.libera.chat", None) }']] }),
      () => ({ l: [['INFO', `[libera] ${CH}: ${rng.int(12, 30)} users`]] }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          ['INFO', 'halloy 2025.9 has started'],
          ['INFO', 'config loaded from /home/savvas/.config/halloy/config.toml'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'halloy-server-config-rust-debug-nick-password',
      'error',
      "At debug the client prints the server's settings with Rust's `{:?}` (`Server { nickname: …, nick_password: Some(\"…\"), … }`), the NickServ password of the club's account in them.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            l: [
              [
                'DEBUG',
                `[libera] connecting with Server { nickname: "EstiaPE", server: "irc.libera.chat", port: Some(6697), use_tls: true, nick_password: Some("${pw}"), nick_identify_syntax: Some(NickPassword), channels: ["${CH}"] }`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'halloy-tls-certificate-fingerprint',
      'none',
      "The SHA-256 fingerprint of the server's TLS certificate, written at connection: a hash of a public certificate, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64).toUpperCase().match(/../g).join(':');
        return { value: fp, event: { l: [['INFO', `[libera] TLS handshake with irc.libera.chat:6697, peer certificate sha256 ${fp}`]] } };
      },
    ),
    plant(
      'encoded',
      'halloy-sent-authenticate-base64',
      'error',
      "SASL PLAIN over IRC sends `AUTHENTICATE <base64 of \\0user\\0password>`, and the client's debug line prints the message it sends with `{:?}`: the account's password once decoded.",
      ({ rng }) => {
        const b = b64Of(`EstiaPE\u0000EstiaPE\u0000${rng.alnum(18)}`);
        return {
          value: b,
          event: { l: [['DEBUG', `[libera] sent: Message { tags: None, source: None, command: AUTHENTICATE("${b}") }`]] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'halloy-msgid-tag',
      'none',
      "IRCv3's `msgid` tag in a received message's tags: the server's id of that message, no credential.",
      ({ rng, t }) => {
        const id = rng.lowerNum(26);
        return {
          value: id,
          event: {
            l: [
              [
                'DEBUG',
                `[libera] received: Message { tags: Some([Tag("msgid", Some("${id}")), Tag("time", Some("${iso(t)}"))]), source: Some(User(User { nickname: "Elpiniki", username: Some("~elpiniki"), hostname: Some("user/elpiniki") })), command: PRIVMSG("${CH}", "Καλημέραν!") }`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'halloy-received-pasted-callback-code',
      'warning',
      `${WHY.code} A member pastes the address the club's site sent her back to after signing in, and the received message is printed with \`{:?}\`.`,
      ({ rng, t }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            l: [
              ['DEBUG', msg(rng, t, 'Parthena', `Εδώ κόλλεσεν: https://melia.${PE}/auth/epistrofi?code=${code}&state=${rng.b64url(22)}`)],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'halloy-received-nextcloud-share',
      'error',
      WHY.pathSecret(
        'A Nextcloud share of the costume measurements (`/s/<15 characters>`), pasted into the channel and printed in the received message',
      ),
      ({ rng, t }) => {
        const s = ncShare(rng);
        return { value: s, event: { l: [['DEBUG', msg(rng, t, 'Elpiniki', `Τα μέτρα τη φορεσιάς: https://nefos.${PE}/s/${s}`)]] } };
      },
    ),
    7,
    plant(
      'implicit-fragment',
      'halloy-preview-url-debug-fragment',
      'error',
      'The client fetches a preview of a pasted link and prints the `url::Url` it fetches with `{:?}`; the link was an address with `access_token=…` in its `fragment`.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            l: [
              [
                'DEBUG',
                `preview: fetching Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("melia.${PE}")), port: None, path: "/", query: None, fragment: Some("access_token=${at}&token_type=Bearer&expires_in=3600") }`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'halloy-received-pasted-fetch-cookie',
      'error',
      WHY.session(
        "The webmaster pastes a browser's \"Copy as fetch\" of the members' page, with the site's session cookie (`sesion`, 48 hex) in its headers, and the received message is printed whole",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(48);
        return {
          value: sid,
          event: {
            l: [
              [
                'DEBUG',
                msg(rng, t, 'Giorikas', `fetch(\\"https://melia.${PE}/lista\\", {\\"headers\\": {\\"cookie\\": \\"sesion=${sid}\\"}})`),
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_PO + 20 * HOUR, site: { host: 'halloy' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout126');
writePart(join(here, 'heldout126'), {
  'ManagedSoftwareUpdate.log': munkiLog(rng),
  'SquirrelSetup.log': squirrelLog(rng),
  'feroxbuster-www.txt': feroxLog(rng),
  'dnf.librepo.log': dnfLog(rng),
  'quasselcore.log': quasselLog(rng),
  'profanity.log': profanityLog(rng),
  'aerc-debug.log': aercLog(rng),
  'nikto-sifaris.txt': niktoLog(rng),
  'pacman.log': pacmanLog(rng),
  'yuk-testi-20271215.log': bombardierLog(rng),
  'xoron@muc.argyroupoli-estia.example': poezioLog(rng),
  'dirsearch-estia.txt': dirsearchLog(rng),
  'tigase.log.0': tigaseLog(rng),
  'halloy.log': halloyLog(rng),
});
