// Writes corpus/logs-in-the-wild/heldout120/: a hundred-and-twentieth held-out part, in formats no other part uses (a
// Raspberry Pi's journal with PrusaLink and a notifier script, Playnite's log, Adyen standard webhook notifications kept as
// JSON lines, a ThinkJS app's log4js file, SMPlayer's log, RStudio Server's rserver.log, a Photoview server's output,
// Heap Connect pageviews exported as CSV, `opam install -vv` output, a Recurly webhook receiver's Ruby Logger file, a
// SoftEther VPN hub's packet log, a Tinode chat server's log, Wufoo form entries read from its API as JSON lines, and a
// Shotwell debug log), with credentials planted in the places issue #14 lists and look-alikes that are no credential,
// and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout120.mjs     rewrites heldout120/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Gull Harbor Public Library of Newport (Oregon), with a makerspace's print farm, a game lab, a
// room booking site and a media kiosk (English, five logs); the ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏗᏕᎶᏆᏍᏗ (Tsalagi Gawonihisdi Didelogwasdi,
// a Cherokee language immersion school) of Tahlequah (Oklahoma) with its basket weavers' co-op, a research server, a
// photo archive, a learning site, a transliteration tool and the co-op's subscriptions (Cherokee in the syllabary where
// the apps show text, romanized in routes, parameter, cookie and key names, five logs); a Karen women's weaving
// co-operative and community clinic of Mae Sot (Tak, Thailand), with a VPN to the clinic, a chat server, an appointment
// form and the co-op's photo publishing (S'gaw Karen in its Myanmar-based script where the apps show text, informal
// romanization in names, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Faraday v2.14.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Oregon in December (PST, UTC-8), Oklahoma in December (CST, UTC-6), Thailand (ICT, UTC+7 all year). */
const PST = -480;
const CST = -360;
const ICT = 420;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_CH = Date.UTC(2027, 11, 15, 0, 0, 0);
const DAY_KA = Date.UTC(2027, 11, 20, 0, 0, 0);

/** `-08:00`, `+07:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 with milliseconds and the local offset: `2027-12-13T09:14:02.118-08:00`. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;
/** `Dec 13`, as syslog and journalctl write the day. */
const monDay = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}`;
};
const hms = (t, offset) => local(t, offset).slice(11, 19);
const hmsMs = (t, offset) => local(t, offset).slice(11, 23);
/** A standard base64 value as JavaScript's encodeURIComponent writes it in a query. */
const pct = (text) => encodeURIComponent(text);

// =====================================================================================================================
// Gull Harbor Public Library (English; Newport, Oregon: PST, UTC-8 in December)
// =====================================================================================================================

const GH = 'gullharborlibrary.example';

// ---------------------------------------------------------------------------------------------------------------------
// journal-gh-print-02.log: `journalctl -o short-iso -u prusalink -u print-notify` on the Raspberry Pi that runs
// PrusaLink 0.8 for one of the makerspace's MK4 printers, and the library's own notifier script (Python) that tells the
// makers' chat when a print ends. PrusaLink's lines are Python logging's `<logger> <LEVEL>: <message>` after the journal
// prefix `<ISO 8601 with offset> <host> <unit>[<pid>]:`; a traceback's lines are journal lines of their own.
// From memory (PrusaLink's logger names, its web server's request lines and its debug messages; journalctl's short-iso
// prefix).

function prusaLinkLog(rng) {
  const HOST = 'gh-print-02';
  const render = (e) =>
    e.pj.map(([unit, text], i) => {
      const pid = unit === 'prusalink' ? 612 : 1990;
      return `${local(e.t + i * 2, PST).slice(0, 19)}${zone(PST).replace(':', '')} ${HOST} ${unit}[${pid}]: ${text}`;
    });
  const web = (ip, req, status) => ['prusalink', `prusa.link.web.lib.core INFO: ${ip} "${req} HTTP/1.1" ${status}`];
  const filler = (rng) =>
    rng.pick([
      () => ({
        pj: [
          [
            'prusalink',
            `prusa.link.printer_adapter.telemetry_passer DEBUG: Telemetry: temp_nozzle=${rng.int(214, 216)}.${rng.int(0, 9)} temp_bed=${rng.int(59, 61)}.${rng.int(0, 9)} fan_print=${rng.int(60, 100)} speed=100`,
          ],
        ],
      }),
      () => ({ pj: [web(`192.168.40.${rng.int(20, 60)}`, 'GET /api/v1/status', 200)] }),
      () => ({ pj: [['prusalink', `prusa.link.printer_adapter.job INFO: Job id ${rng.int(410, 440)} progress ${rng.int(3, 97)}%`]] }),
      () => ({ pj: [web(`192.168.40.${rng.int(20, 60)}`, 'GET /api/v1/job', 200)] }),
    ])();
  const steps = [
    {
      raw: {
        pj: [
          ['prusalink', 'prusa.link.daemon INFO: Starting PrusaLink 0.8.1'],
          ['prusalink', 'prusa.link.printer_adapter.serial INFO: Serial port /dev/ttyAMA0 opened at 115200 baud'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'prusalink-printer-serial-number',
      'none',
      "The printer's serial number as PrusaLink reads it over serial at start (`SN` of Prusa's form): printed on the printer's label, no credential.",
      ({ rng }) => {
        const sn = `CZPX${digits(rng, 4)}X004XK${digits(rng, 5)}`;
        return {
          value: sn,
          event: { pj: [['prusalink', `prusa.link.printer_adapter.info_sender INFO: Printer type MK4, serial number ${sn}`]] },
        };
      },
      { after: 1 },
    ),
    plant(
      'framework-dump',
      'prusalink-camera-config-dict-token',
      'error',
      "PrusaLink at DEBUG prints the camera it configures as a Python dict, and the Prusa Connect camera's `token` (which uploads snapshots to Connect as that camera) is in it.",
      ({ rng }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: {
            pj: [
              [
                'prusalink',
                `prusa.link.cameras.manager DEBUG: Loaded camera config: {'name': 'Bed cam', 'driver': 'V4L2', 'path': '/dev/video0', 'resolution': '1280x720', 'trigger_scheme': 'THIRTY_SEC', 'token': '${tok}'}`,
              ],
            ],
          },
        };
      },
      { after: 2 },
    ),
    5,
    plant(
      'header-dump',
      'prusalink-connect-telemetry-headers-token',
      'error',
      "The Connect SDK's debug line prints the headers of a telemetry request as a Python dict: the printer's `Token` (its Prusa Connect credential) beside its `Fingerprint` (a hash of the serial number).",
      ({ rng }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: {
            pj: [
              [
                'prusalink',
                `prusa.connect.printer DEBUG: POST https://connect.prusa3d.com/p/telemetry headers={'Fingerprint': '${rng.hex(64)}', 'Token': '${tok}', 'Timestamp': '${rng.int(1700000000, 1900000000)}', 'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'prusalink-access-line-apikey-query',
      'error',
      `${WHY.apiKey('apikey')} An old OctoPrint-style upload script on the lab's kiosk passes PrusaLink's API key in the query (\`?apikey=\`), and PrusaLink's web server writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(16);
        return { value: key, event: { pj: [web('192.168.40.31', `POST /api/files/local?apikey=${key}&print=true`, 201)] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'prusalink-download-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A maker starts a print from a link, and PrusaLink's downloader writes the URL: a Nextcloud public share (`/s/<15 characters>/download`)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          needle: `/s/${tok}/`,
          event: {
            pj: [
              [
                'prusalink',
                `prusa.link.printer_adapter.file_printer INFO: Download started: https://cloud.${GH}/s/${tok}/download?path=%2F&files=lighthouse-keychain.bgcode`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'prusalink-digest-authorization-response',
      'none',
      "PrusaLink's web UI signs in with HTTP Digest, and a debug line prints the request's `Authorization: Digest …` header: the `response` is an MD5 over this request's nonce and URI, no password and nothing reusable.",
      ({ rng }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: {
            pj: [
              [
                'prusalink',
                `prusa.link.web.lib.auth DEBUG: Authorization: Digest username="maker", realm="Printer API", nonce="${rng.hex(16)}", uri="/api/v1/status", response="${r}"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    { raw: { pj: [['prusalink', 'prusa.link.printer_adapter.job INFO: Job id 437 finished (state FINISHED)']] } },
    plant(
      'webhook',
      'print-notify-requests-connectionerror-mattermost-hook',
      'error',
      WHY.webhook(
        "The library's notifier fails to reach the makers' Mattermost, and the `requests` exception quotes the incoming webhook's path (`/hooks/<26 characters>`)",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: {
            pj: [
              ['print-notify', 'Traceback (most recent call last):'],
              ['print-notify', '  File "/opt/print-notify/notify.py", line 41, in <module>'],
              ['print-notify', '    post(f"Job {job} finished on gh-print-02")'],
              [
                'print-notify',
                `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='chat.${GH}', port=443): Max retries exceeded with url: /hooks/${id} (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f${rng.hex(10)}>: Failed to resolve 'chat.${GH}' ([Errno -3] Temporary failure in name resolution)"))`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: 'prusalink' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// playnite.log: Playnite 10's log on a game lab PC (`%AppData%\Playnite\playnite.log`), NLog's layout
// `<yyyy-MM-dd HH:mm:ss.ffff>|<LEVEL>|<logger>:<message>` in local time without zone, from Playnite and its library
// plugins (Steam, GOG, Xbox, Amazon Games, Humble).
// From memory (the NLog layout and Playnite's logger names; the plugins' messages are in Playnite's style, not copied).

function playniteLog(rng) {
  const render = (e) =>
    e.pn.map(
      ([lvl, lg, msg], i) => `${ymdHmsAt(e.t + i * 7, PST)}.${local(e.t + i * 7, PST).slice(20, 23)}${rng.int(0, 9)}|${lvl}|${lg}:${msg}`,
    );
  const GAMES = ['Celeste', 'Stardew Valley', 'Hades', 'Tunic', 'Spiritfarer', 'Mini Metro', 'Overcooked! 2', 'A Short Hike'];
  const filler = (rng) =>
    rng.pick([
      () => ({ pn: [['INFO', 'Playnite.DesktopApp.ViewModels.DesktopAppViewModel', `Starting ${rng.pick(GAMES)}`]] }),
      () => ({ pn: [['INFO', 'Playnite.GameControllers', `Game ${rng.pick(GAMES)} stopped after ${rng.int(120, 5400)} seconds`]] }),
      () => ({ pn: [['DEBUG', 'Playnite.Database.GameDatabase', `Updated ${rng.int(1, 6)} game(s)`]] }),
      () => ({
        pn: [['WARN', 'Playnite.SDK.Plugins', `Library update of ${rng.pick(['Steam', 'GOG', 'Xbox'])} took ${rng.int(2, 30)} s`]],
      }),
    ])();
  const steps = [
    {
      raw: {
        pn: [
          ['INFO', 'Playnite.DesktopApp.App', 'Application Playnite 10.40 started'],
          ['INFO', 'Playnite.DesktopApp.App', 'Running in portable mode: False, fullscreen: False'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'playnite-steam-id64',
      'none',
      "The lab account's SteamID64 (17 digits, `7656119…`) as the Steam plugin names the library it imports: a public account number, no credential.",
      ({ rng }) => {
        const id = `7656119${digits(rng, 10)}`;
        return { value: id, event: { pn: [['INFO', 'SteamLibrary', `Importing installed and owned games of user ${id}`]] } };
      },
      { after: 2 },
    ),
    plant(
      'api-key-name',
      'playnite-steam-web-api-key-query',
      'error',
      `${WHY.apiKey('key')} The Steam plugin asks the Steam Web API for the owned games with the lab's Web API key (32 hexadecimal capitals) in the query, and writes the URL of the failed request.`,
      ({ rng }) => {
        const key = rng.hex(32).toUpperCase();
        return {
          value: key,
          event: {
            pn: [
              [
                'ERROR',
                'SteamLibrary',
                `Failed to get owned games from https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/?key=${key}&steamid=7656119${digits(rng, 10)}&include_appinfo=1&include_played_free_games=1&format=json (429 Too Many Requests)`,
              ],
            ],
          },
        };
      },
      { after: 3 },
    ),
    5,
    plant(
      'oauth-code',
      'playnite-gog-on-login-success-code',
      'warning',
      "GOG's sign-in in Playnite's web view ends at `embed.gog.com/on_login_success?origin=client&code=…`, which the GOG plugin writes before it exchanges the code: an authorization code, single-use and short-lived but exchangeable by whoever reads it first (no state here; issue #14 grades a code a warning).",
      ({ rng }) => {
        const code = rng.b64url(86);
        return {
          value: code,
          event: { pn: [['DEBUG', 'GogLibrary', `Navigated to https://embed.gog.com/on_login_success?origin=client&code=${code}`]] },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'playnite-xbox-oauth20-desktop-fragment',
      'error',
      "The Xbox plugin signs in through Microsoft's desktop flow and writes the address its web view lands on, `login.live.com/oauth20_desktop.srf#access_token=…`: an access token (`EwA…`) in the fragment.",
      ({ rng }) => {
        const at = `EwA${rng.b64url(420)}`;
        return {
          value: at,
          event: {
            pn: [
              [
                'DEBUG',
                'XboxLibrary',
                `Navigated to https://login.live.com/oauth20_desktop.srf?lc=1033#access_token=${at}&token_type=bearer&expires_in=86400&scope=service::user.auth.xboxlive.com::MBI_SSL&user_id=${rng.hex(16)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'playnite-amazon-refresh-atnr',
      'error',
      `${WHY.refresh} The Amazon Games plugin writes, at DEBUG, the refresh token (\`Atnr|…\`) it renews its session with.`,
      ({ rng }) => {
        const rt = `Atnr|${rng.b64url(300)}`;
        return { value: rt, event: { pn: [['DEBUG', 'AmazonGamesLibrary', `Renewing access token using refresh token ${rt}`]] } };
      },
    ),
    4,
    plant(
      'session-id',
      'playnite-humble-simpleauth-sess-cookie',
      'error',
      WHY.session(
        "The Humble plugin writes the cookie it checks when the library update finds no sign-in, Humble Bundle's `_simpleauth_sess` (base64 of the session, a time and its signature)",
      ),
      ({ rng, t }) => {
        const s = `"${b64urlOf(JSON.stringify({ user_id: digits(rng, 16), id: rng.alnum(22), authy_verified: false }))}|${Math.floor(t / 1000) - rng.int(3600, 90000)}|${rng.hex(40)}"`;
        return {
          value: s,
          event: { pn: [['WARN', 'HumbleLibrary', `Not logged in according to /api/v1/user/order, cookie _simpleauth_sess=${s}`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'playnite-game-database-id-guid',
      'none',
      "A game's database id in Playnite (a GUID) in a line about its metadata: a record's name, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { pn: [['INFO', 'Playnite.Metadata', `Downloaded metadata for Tunic (${id}) from IGDB`]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 23 * HOUR + 40 * MIN, site: { host: 'playnite' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// adyen-notifications.jsonl: Adyen standard webhooks (notifications) of the library's room and 3D-print payments, as
// the booking app stores each POST's body, one a line: `live`, `notificationItems` with one `NotificationRequestItem`
// (`additionalData` with `hmacSignature` and the payment's `metadata.*` as Adyen echoes them, `amount`, `eventCode`,
// `eventDate` with its offset, `merchantAccountCode`, `merchantReference`, `paymentMethod`, `pspReference`, `reason`,
// `success`).
// From memory (the notification's fields and Adyen's echo of `metadata` as `metadata.<key>` in `additionalData`).

function adyenLog(rng) {
  const render = (e) => [JSON.stringify(e.ad)];
  const note = (rng, t, { code = 'AUTHORISATION', value, ref, extra = {}, psp } = {}) => ({
    live: 'true',
    notificationItems: [
      {
        NotificationRequestItem: {
          additionalData: {
            hmacSignature: rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43) + '=',
            authCode: digits(rng, 6),
            cardSummary: digits(rng, 4),
            expiryDate: `${pad(rng.int(1, 12))}/20${rng.int(28, 32)}`,
            'metadata.room': rng.pick(['Makerspace', 'Yaquina Room', 'Study Room 2', 'Print farm']),
            ...extra,
          },
          amount: { currency: 'USD', value: value ?? rng.pick([500, 750, 1500, 2500]) },
          eventCode: code,
          eventDate: `${local(t, PST).slice(0, 19)}${zone(PST)}`,
          merchantAccountCode: 'GullHarborLibraryECOM',
          merchantReference: ref ?? `GHPL-${rng.int(20000, 29999)}`,
          paymentMethod: rng.pick(['visa', 'mc', 'amex', 'applepay']),
          pspReference: psp ?? upperNum(rng, 16),
          reason: code === 'AUTHORISATION' ? `${digits(rng, 6)}:${digits(rng, 4)}:${pad(rng.int(1, 12))}/2030` : '',
          success: 'true',
        },
      },
    ],
  });
  const filler = (rng, t) => ({ ad: note(rng, t, { code: rng.pick(['AUTHORISATION', 'CAPTURE', 'AUTHORISATION', 'REFUND']) }) });
  const steps = [
    4,
    plant(
      'negative',
      'adyen-psp-reference',
      'none',
      "A refund's `pspReference` (Adyen's 16-character reference of the payment): it names a transaction in the merchant's account, no credential.",
      ({ rng, t }) => {
        const psp = upperNum(rng, 16);
        return { value: psp, event: { ad: note(rng, t, { code: 'REFUND', value: 750, psp }) } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'adyen-metadata-confirmation-embed-jwt',
      'error',
      "The booking app puts the confirmation widget's address in the payment's metadata, and Adyen echoes it in the notification: `/embed/<JWT>` valid 30 days with a jti, live at the notification's `eventDate` (with its offset)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(5, 60),
          jti: true,
          claims: { iss: `https://rooms.${GH}`, resource: { booking: rng.int(20000, 29999) }, room: 'yaquina' },
        });
        return {
          value: token,
          jwt: facts,
          event: { ad: note(rng, t, { extra: { 'metadata.confirmation': `https://rooms.${GH}/embed/${token}` } }) },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'adyen-metadata-receipt-link',
      'error',
      WHY.pathSecret("The patron's receipt link (`/r/<token>`, no sign-in) in the payment's metadata, echoed by Adyen"),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { ad: note(rng, t, { extra: { 'metadata.receipt': `https://rooms.${GH}/r/${tok}` } }) } };
      },
    ),
    4,
    plant(
      'encoded',
      'adyen-metadata-base64-context-secret',
      'error',
      "The 3D-print checkout packs its context into one metadata field as base64 of JSON; decoded, it holds the resume link's `secret`.",
      ({ rng, t }) => {
        const ctx = b64Of(
          JSON.stringify({
            job: rng.int(400, 499),
            maker: `card-${digits(rng, 6)}`,
            resume: `https://print.${GH}/queue/resume?secret=${rng.alnum(32)}`,
          }),
        );
        return { value: ctx, event: { ad: note(rng, t, { value: 325, extra: { 'metadata.ctx': ctx, 'metadata.room': 'Print farm' } }) } };
      },
    ),
    4,
    plant(
      'webhook',
      'adyen-metadata-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the booking app passes in metadata so a Zap can post the booking to the staff calendar; Adyen echoes it',
      ),
      ({ rng, t }) => {
        const id = digits(rng, 8);
        const hook = lowerNum(rng, 7);
        return {
          value: hook,
          needle: `${id}/${hook}`,
          event: { ad: note(rng, t, { extra: { 'metadata.zap': `https://hooks.zapier.com/hooks/catch/${id}/${hook}/` } }) },
        };
      },
    ),
    4,
    plant(
      'negative',
      'adyen-hmac-signature',
      'none',
      "The notification's `hmacSignature`: Adyen's HMAC-SHA256 over this notification's fields, which the app checks; a per-message signature, no credential.",
      ({ rng, t }) => {
        const n = note(rng, t, { code: 'CAPTURE' });
        return { value: n.notificationItems[0].NotificationRequestItem.additionalData.hmacSignature, event: { ad: n } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR + 30 * MIN, site: { host: 'adyen' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rooms-app.log: the room booking site, a ThinkJS 3 app, its log4js file (think-logger's file adapter) with the layout
// `[%d{ISO8601_WITH_TZ_OFFSET}] [%p] - %m`: think's request lines `<METHOD> <url> <status> <ms>ms` and the app's own
// messages, some with Node's util.inspect of an object.
// From memory (the request line of ThinkJS' default logger and the layout; the app's messages are the library's).

function thinkjsLog(rng) {
  const render = (e) => e.tj.map(([lvl, msg], i) => `[${isoAt(e.t + i * 3, PST)}] [${lvl}] - ${msg}`);
  const req = (m, url, status, ms) => ['INFO', `${m} ${url} ${status} ${ms}ms`];
  const filler = (rng) =>
    rng.pick([
      () => ({ tj: [req('GET', `/rooms?date=2027-12-${rng.int(13, 20)}`, 200, rng.int(8, 60))] }),
      () => ({ tj: [req('GET', `/rooms/${rng.pick(['yaquina', 'study-2', 'makerspace'])}`, 200, rng.int(5, 40))] }),
      () => ({ tj: [req('POST', '/api/booking', 200, rng.int(30, 120)), ['INFO', `booking ${rng.int(20000, 29999)} confirmed`]] }),
      () => ({ tj: [req('GET', '/favicon.ico', 404, rng.int(1, 4))] }),
    ])();
  const steps = [
    {
      raw: {
        tj: [
          ['INFO', 'Server running at http://127.0.0.1:8360'],
          ['INFO', 'ThinkJS version: 3.2.15'],
          ['INFO', 'Enviroment: production'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'thinkjs-static-bundle-hash',
      'none',
      "A static bundle whose name carries its build's content hash (`app.<20 hex>.js`): a cache-busting hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, event: { tj: [req('GET', `/static/js/app.${h}.js`, 200, 2)] } };
      },
    ),
    4,
    plant(
      'oauth-code',
      'thinkjs-google-callback-code-debug-and-request',
      'warning',
      `${WHY.code} Google sign-in returns to \`/auth/google/callback\`; the controller's debug line prints the query object (util.inspect), and think's request line writes the URL again.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(69)}`;
        const state = rng.hex(24);
        return {
          value: code,
          event: {
            tj: [
              [
                'DEBUG',
                `google callback { state: '${state}', code: '${code}', scope: 'email profile openid', authuser: '0', prompt: 'none' }`,
              ],
              req(
                'GET',
                `/auth/google/callback?state=${state}&code=${code}&scope=email+profile+openid&authuser=0&prompt=none`,
                302,
                rng.int(180, 400),
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'thinkjs-apple-form-post-id-token-inspect',
      'error',
      "Sign in with Apple posts `id_token` to the callback (`response_mode=form_post`), and the controller's debug line prints the posted body with util.inspect; an ID token of 10 minutes, live at the line's time (with its offset)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(2, 20),
          alg: 'RS256',
          kid: rng.alnum(10),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: `example.${GH.split('.')[0]}.rooms`,
            sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`,
            email_verified: 'true',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            tj: [
              ['DEBUG', `apple callback { state: '${rng.hex(24)}', id_token: '${token}' }`],
              req('POST', '/auth/apple/callback', 302, rng.int(150, 300)),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'thinkjs-session-save-error-cookie',
      'error',
      WHY.session(
        "The file session store fails to write (disk full), and the app's error line names the request's session cookie, think-session's `thinkjs=<uuid>`",
      ),
      ({ rng }) => {
        const sid = rng.uuid();
        return {
          value: sid,
          event: { tj: [['ERROR', `session save failed (cookie thinkjs=${sid}): Error: ENOSPC: no space left on device, write`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'thinkjs-request-line-api-key',
      'error',
      `${WHY.apiKey('api_key')} The catalogue kiosk's "rooms free today" widget calls the site's API with its key in the query, and think's request line writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { tj: [req('GET', `/api/rooms/today?api_key=${key}&branch=newport`, 200, rng.int(10, 50))] } };
      },
    ),
    4,
    plant(
      'negative',
      'thinkjs-booking-form-csrf',
      'none',
      "The booking form as the debug line prints it, with its `_csrf` field (a CSRF token, tied to the browser's session): no credential on its own.",
      ({ rng }) => {
        const c = rng.hex(32);
        return {
          value: c,
          event: { tj: [['DEBUG', `booking form { room: 'study-2', date: '2027-12-14', slot: '15:00', _csrf: '${c}' }`]] },
        };
      },
    ),
    1,
    plant(
      'replay',
      'thinkjs-checkin-ticket-first',
      'note',
      WHY.ticketFirst(
        "A room's one-time check-in `ticket` in the QR code on the door, scanned by the booker's phone; think writes the URL and the app accepts it. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.checkin = t;
        return {
          value: tk,
          event: {
            tj: [
              req('GET', `/checkin?room=study-2&ticket=${tk}`, 302, rng.int(20, 60)),
              ['INFO', 'checkin ok room=study-2 from 203.0.113.77'],
            ],
          },
        };
      },
      { ref: 'checkin' },
    ),
    1,
    plant(
      'replay',
      'thinkjs-checkin-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('checkin').value,
            why: `${WHY.replay('ticket', gap('checkin', t))} Another phone on another address opened the same check-in URL and the app accepted it again.`,
          },
        ],
        event: {
          tj: [
            req('GET', `/checkin?room=study-2&ticket=${refs.get('checkin').value}`, 302, rng.int(20, 60)),
            ['INFO', 'checkin ok room=study-2 from 198.51.100.23'],
          ],
        },
      }),
      { replayOf: 'checkin', after: 141 },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'rooms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// smplayer-kiosk.log: SMPlayer 24's log on the media kiosk (Options > View log, saved), `[hh:mm:ss:zzz] <message>` in
// local time: `Core::openStream: name: '…'`, `Core::startMplayer: command: '…'` with mpv's whole command line, and mpv's
// output as SMPlayer relays it (`[ffmpeg] …`, `[cplayer] …`).
// From memory (SMPlayer's log lines and mpv's option names; the kiosk's presets are the library's).

function smplayerLog(rng) {
  const render = (e) => e.sm.map((m, i) => `[${hmsMs(e.t + i * 4, PST).replace('.', ':')}] ${m}`);
  const mpv = (url, extra = '') =>
    `Core::startMplayer: command: '/usr/bin/mpv --no-config --no-quiet --terminal --no-msg-color --input-ipc-server=/tmp/smplayer-mpv-${rng.hex(4)} --vo=gpu --ao=pulse --volume=60 --osd-level=0 ${extra}-- ${url}'`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        sm: [
          `[cplayer] AV: 00:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} / 01:${pad(rng.int(10, 40))}:00 (${rng.int(1, 99)}%) A-V:  0.000`,
        ],
      }),
      () => ({ sm: ['Core::changePause: paused: false', 'MPVProcess::setPause: 0'] }),
      () => ({ sm: [`[ffmpeg] https: Will reconnect at ${rng.int(100000, 900000)} in 0 second(s), error=End of file.`] }),
      () => ({ sm: [`Core::setVolume: ${rng.pick([40, 50, 60])}`] }),
    ])();
  const steps = [
    {
      raw: {
        sm: [
          'SMPlayer v. 24.5.0 (revision 10283) running on Linux',
          'Preferences::load',
          'Config file: /home/kiosk/.config/smplayer/smplayer.ini',
        ],
      },
      after: 0,
    },
    4,
    plant(
      'header-dump',
      'smplayer-mpv-http-header-fields-bearer',
      'error',
      "The kiosk's preset for the library's film streaming service adds mpv's `--http-header-fields` with the service's `Authorization: Bearer …`, and SMPlayer writes the whole command line it starts mpv with.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        const url = `https://films.${GH}/hls/${rng.int(1000, 9999)}/master.m3u8`;
        return {
          value: tok,
          event: {
            sm: [
              `Core::openStream: name: '${url}'`,
              mpv(url, `--http-header-fields="Authorization: Bearer ${tok}" `),
              '[cplayer] Playing: ' + url,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'smplayer-opensubtitles-file-hash',
      'none',
      "SMPlayer's subtitle search computes the OpenSubtitles hash of the file (16 hex digits from its size and first and last 64 KiB) and writes it: a file fingerprint, no credential.",
      ({ rng }) => {
        const h = rng.hex(16);
        return {
          value: h,
          event: {
            sm: [
              'FindSubtitlesWindow::setMovie: /media/films/the-lighthouse-keepers.mkv',
              `OSClient::search: hash: ${h}, size: ${rng.int(700000000, 1900000000)}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'smplayer-openstream-and-command-listen-key',
      'error',
      `${WHY.apiKey('listen_key')} The kiosk's internet radio favourite carries the library's subscription \`listen_key\` in the stream URL; SMPlayer writes the URL in \`Core::openStream\` and again in mpv's command line.`,
      ({ rng }) => {
        const key = rng.hex(24);
        const url = `https://prem2.radiotunes.example/newage_hi?listen_key=${key}`;
        return { value: key, event: { sm: [`Core::openStream: name: '${url}'`, mpv(url)] } };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'smplayer-open-url-access-token-fragment',
      'error',
      "A librarian pastes a player page's address into Open URL, the sign-in's `#access_token=…` still in its fragment; SMPlayer writes it in `Core::openStream` and again in mpv's command line.",
      ({ rng }) => {
        const at = rng.b64url(43);
        const url = `https://films.${GH}/watch/2291#access_token=${at}&token_type=Bearer&expires_in=7200`;
        return {
          value: at,
          event: {
            sm: [
              `Core::openStream: name: '${url}'`,
              mpv(`"${url}"`),
              '[cplayer] Failed to recognize file format.',
              'Core::processFinished: exit code: 2',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'smplayer-hls-segment-base64-auth',
      'error',
      "mpv's HLS demuxer writes each segment it opens; the streaming service signs segments with `auth=` holding base64 of JSON, and decoded it carries the viewer's `secret`.",
      ({ rng }) => {
        const a = b64Of(JSON.stringify({ v: 2, viewer: `kiosk-${rng.int(1, 4)}`, secret: rng.alnum(28) }));
        return {
          value: a,
          needle: pct(a),
          event: { sm: [`[ffmpeg/demuxer] hls: Opening 'https://cdn.films.${GH}/seg/2291/720p/00042.ts?auth=${pct(a)}' for reading`] },
        };
      },
    ),
    4,
    plant(
      'replay',
      'smplayer-one-time-stream-ticket',
      'note',
      WHY.ticketFirst(
        "A one-time `ticket` the catalogue issues for a film loan, in the stream URL the kiosk opens; SMPlayer's log has it once, in mpv's command line after a playlist expansion. The ticket is",
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: { sm: ['Playlist::load_m3u: /tmp/catalogue-loan.m3u', mpv(`https://films.${GH}/loan/8812.m3u8?ticket=${tk}`)] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'smplayer-youtube-video-id',
      'none',
      "A YouTube video id (11 characters, `v=`) of a film trailer the kiosk plays through mpv's ytdl hook: a public id, no credential.",
      ({ rng }) => {
        const v = rng.b64url(11);
        return { value: v, event: { sm: [`[ytdl_hook] ytdl:https://www.youtube.com/watch?v=${v}`] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 20 * HOUR, site: { host: 'smplayer' }, filler, render, steps });
}

// =====================================================================================================================
// ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏗᏕᎶᏆᏍᏗ, Cherokee language immersion school and basket weavers' co-op (Cherokee; Tahlequah, Oklahoma:
// CST, UTC-6 in December)
// =====================================================================================================================

const TS = 'tsalagididelogwasdi.example';

// ---------------------------------------------------------------------------------------------------------------------
// rserver.log: RStudio Server 2024.12's server log (`/var/log/rstudio/rstudio-server/rserver.log`) on the school's
// language research server: `<ISO 8601 UTC with microseconds>Z [rserver] <LEVEL> <message>`, errors with `[request-uri:
// …]`, `OCCURRED AT …` and `LOGGED FROM: …`; `server-log-level=debug` for a week, so the proxy's debug lines too.
// From memory (the layout and the error's parts; the debug messages are in RStudio's style, not copied).

function rstudioLog(rng) {
  const render = (e) => e.rs.map(([lvl, msg], i) => `${iso(e.t + i).slice(0, 23)}${digits(rng, 3)}Z [rserver] ${lvl} ${msg}`);
  const OCC =
    'OCCURRED AT void rstudio::core::http::AsyncConnectionImpl<boost::asio::ip::tcp::socket>::handleWrite(const boost::system::error_code&) src/cpp/core/include/core/http/AsyncConnectionImpl.hpp:';
  const LOGGED =
    'LOGGED FROM: void rstudio::server::session_proxy::{anonymous}::logIfNotConnectionTerminated(const rstudio::core::Error&, const rstudio::core::http::Request&) src/cpp/server/ServerSessionProxy.cpp:';
  const err = (code, text, uri) => [
    'ERROR',
    `system error ${code} (${text}) [request-uri: ${uri}]; ${OCC}${rng.int(400, 700)}; ${LOGGED}${rng.int(700, 900)}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ rs: [err(104, 'Connection reset by peer', '/events/get_events')] }),
      () => ({ rs: [['DEBUG', `Proxying request /s/${rng.hex(24)}/rpc/console_input for user tsali.g`]] }),
      () => ({ rs: [['INFO', `Launching rsession for user ${rng.pick(['tsali.g', 'ayasta.s', 'wado.k'])}`]] }),
      () => ({ rs: [err(32, 'Broken pipe', `/s/${rng.hex(24)}/file_show?path=~%2Fgawonihisdi%2Fcorpus.html`)] }),
    ])();
  const steps = [
    {
      raw: {
        rs: [
          ['INFO', 'Starting RStudio Server 2024.12.1+563'],
          ['INFO', 'Listening on 0.0.0.0:8787'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'api-key-name',
      'rserver-request-uri-port-proxy-disduisdodi',
      'error',
      `${WHY.apiKey('disduisdodi')} A Plumber API of the word corpus runs in a session behind RStudio's port proxy (\`/p/<port token>/\`), and a client passes its key as \`disduisdodi\` (ᏗᏍᏚᎢᏍᏙᏗ, "key"); the broken connection's error writes the request URI.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            rs: [err(32, 'Broken pipe', `/p/${rng.hex(8)}/gawonihisdi/tsalagi?kaneisdi=%E1%8E%A3%E1%8F%8F%E1%8F%B2&disduisdodi=${key}`)],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'rserver-csrf-token-mismatch',
      'none',
      "RStudio's `rs-csrf-token` cookie value in a warning about a form posted without it: a CSRF token, no credential on its own.",
      ({ rng }) => {
        const c = rng.uuid();
        return {
          value: c,
          event: { rs: [['WARNING', `Request to /auth-do-sign-in rejected: missing X-RS-CSRF-Token header (cookie rs-csrf-token=${c})`]] },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'rserver-request-uri-shiny-embed-jwt-120s',
      'warning',
      "A Shiny dashboard of the school's recordings, embedded in the school's site as `/p/<port token>/embed/<JWT>`, breaks a connection, and the error writes the request URI, on a line in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 20),
          claims: { iss: `https://${TS}`, resource: { dashboard: 'ditlilosdanv' }, params: { class: rng.int(1, 6) } },
        });
        return { value: token, jwt: facts, event: { rs: [err(104, 'Connection reset by peer', `/p/${rng.hex(8)}/embed/${token}`)] } };
      },
    ),
    4,
    plant(
      'session-id',
      'rserver-debug-user-id-cookie',
      'error',
      WHY.session(
        "The proxy's debug line prints the request's `user-id` cookie, RStudio's sign-in cookie (user name, expiry and HMAC, URL-encoded)",
      ),
      ({ rng, t }) => {
        const exp = new Date(t + 7 * 86400000).toUTCString();
        const c = `tsali.g%7C${encodeURIComponent(exp)}%7C${pct(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43) + '=')}`;
        return {
          value: c,
          event: { rs: [['DEBUG', `Validating sign-in for /s/${rng.hex(24)}/ from 10.4.0.${rng.int(10, 90)}: cookie user-id=${c}`]] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'rserver-auth-sign-in-appuri-percent-encoded',
      'error',
      'A teacher\'s bookmark of a proxied app, signed out, goes through `/auth-sign-in?appUri=…`, which keeps the bookmarked URI percent-encoded, its `udelidv` (ᎤᏕᎵᏛ, "secret") included; the error writes the request URI.',
      ({ rng }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          event: {
            rs: [err(32, 'Broken pipe', `/auth-sign-in?appUri=%2Fp%2F${rng.hex(8)}%2Fditlilosdanv%2F%3Fudelidv%3D${s}%26class%3D3`)],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'rserver-debug-proxy-headers-authorization',
      'error',
      "The port proxy's debug line lists the headers it forwards to the session's app, the corpus client's `Authorization: Bearer …` among them.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            rs: [
              [
                'DEBUG',
                `Forwarding headers to http://localhost:8000: Host: localhost:8000 | Accept: application/json | Authorization: Bearer ${tok} | User-Agent: python-requests/2.32.5`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'rserver-session-url-hash',
      'none',
      "An RStudio session's address (`/s/<hash>/`), which names the user's R session process behind the proxy: no credential, the sign-in cookie is.",
      ({ rng }) => {
        const h = rng.hex(24);
        return { value: h, event: { rs: [['INFO', `Session /s/${h}/ for user ayasta.s suspended after 120 minutes idle`]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_CH + 15 * HOUR, site: { host: 'rstudio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// photoview.log: the output of Photoview 2.4 (Go) on the school's photo archive, as `docker logs` keeps it: the server's
// `log` lines (`<yyyy/mm/dd hh:mm:ss> <message>`) and the HTTP server's Combined Log Format lines (gorilla/handlers) in
// local time, with the school's debugging build printing a few values with Go's `%+v`.
// From memory (Photoview's start-up messages, its share route `/share/<token>` and the access token model; the log's
// layout of the Docker image).

function photoviewLog(rng) {
  const render = (e) =>
    e.pv.map((x) =>
      typeof x === 'string'
        ? `${local(e.t, CST).slice(0, 10).replace(/-/g, '/')} ${hms(e.t, CST)} ${x}`
        : `${x.ip ?? e.ip} - - [${clf(e.t, CST)}] "${x.m ?? 'GET'} ${x.u} HTTP/1.1" ${x.s ?? 200} ${x.b ?? rng.int(300, 90000)} "${x.r ?? '-'}" "${x.ua ?? e.ua}"`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ pv: [{ u: `/api/photo/thumbnail_${rng.int(1000, 9999)}.jpg`, r: `https://photos.${TS}/album/${rng.int(10, 80)}` }] }),
      () => ({ pv: [{ m: 'POST', u: '/api/graphql', r: `https://photos.${TS}/timeline`, b: rng.int(800, 40000) }] }),
      () => ({ pv: [`Scanner: processed ${rng.int(3, 40)} photos in album "ᏔᎷᏣ ${rng.int(2019, 2027)}"`] }),
    ])();
  const steps = [
    { raw: { pv: ['Photoview UI public endpoint ready at /', 'Photoview API endpoint listening at http://0.0.0.0:80/api'] }, after: 0 },
    plant(
      'framework-dump',
      'photoview-go-mysql-config-passwd',
      'error',
      "The school's debugging build prints the parsed database configuration with Go's `%+v` (go-sql-driver's Config), `Passwd:` included.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            pv: [
              `database config: &{User:photoview Passwd:${pw} Net:tcp Addr:db:3306 DBName:photoview Params:map[] Collation:utf8mb4_general_ci Loc:UTC MaxAllowedPacket:4194304 ServerPubKey: TLSConfig: Timeout:0s ReadTimeout:0s WriteTimeout:0s AllowAllFiles:false AllowCleartextPasswords:false AllowNativePasswords:true CheckConnLiveness:true ClientFoundRows:false ColumnsWithAlias:false InterpolateParams:false MultiStatements:false ParseTime:true RejectReadOnly:false}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'photoview-mapbox-public-token',
      'none',
      "The Mapbox token Photoview's map uses, printed at start: a public token (`pk.`), made to be sent to browsers, no credential.",
      ({ rng }) => {
        const pk = `pk.${b64urlOf(JSON.stringify({ u: 'tsalagididelogwasdi', a: lowerNum(rng, 25) }))}.${rng.b64url(22)}`;
        return { value: pk, event: { pv: [`Mapbox enabled (MAPBOX_TOKEN=${pk})`] } };
      },
    ),
    5,
    plant(
      'path-secret',
      'photoview-share-link-request-line-and-app-line',
      'error',
      WHY.pathSecret(
        "A public share of the 2027 basket show album (`/share/<token>`, Photoview's share link, no sign-in); the app's line names the share it serves and the access line writes the request",
      ),
      ({ rng }) => {
        const tok = rng.alnum(8);
        return {
          value: tok,
          needle: `/share/${tok}`,
          event: {
            pv: [`share: serving album 41 "ᏔᎷᏣ ᎠᏂᏃᎮᏍᎩ 2027" for /share/${tok}`, { u: `/share/${tok}/`, r: 'https://www.facebook.com/' }],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'photoview-referer-share-link',
      'error',
      WHY.pathSecret(
        "Another share's page loads its photos, and each image request's `Referer` is the share's address (`/share/<token>/`)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(8);
        return {
          value: tok,
          needle: `/share/${tok}/`,
          event: {
            pv: [
              {
                u: `/api/photo/${rng.int(20000, 29999)}/original.jpg`,
                r: `https://photos.${TS}/share/${tok}/`,
                b: rng.int(900000, 4000000),
              },
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'photoview-access-token-struct',
      'error',
      WHY.session(
        "The debugging build prints the access token model of a signed-in request with Go's `%+v`, `Value:` being the token the web app sends as its `auth-token` (a login session of 30 days)",
      ),
      ({ rng, t }) => {
        const v = rng.alnum(24);
        return {
          value: v,
          event: {
            pv: [
              `auth: &{Model:{ID:${rng.int(100, 400)} CreatedAt:${ymdHmsAt(t - 86400000, CST)} -0600 CST UpdatedAt:${ymdHmsAt(t - 86400000, CST)} -0600 CST} UserID:3 Value:${v} Expire:${ymdHmsAt(t + 29 * 86400000, CST)} -0600 CST}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'photoview-access-line-disduisdodi',
      'error',
      `${WHY.apiKey('disduisdodi')} The hallway slideshow's script fetches the latest photos with its key in the query as \`disduisdodi\` (ᏗᏍᏚᎢᏍᏙᏗ, "key"), and the access line writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pv: [
              {
                ip: '10.4.0.61',
                u: `/api/slideshow/latest?album=ditlilosdanv&disduisdodi=${key}`,
                ua: 'python-requests/2.32.5',
                s: 401,
                b: 52,
              },
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'photoview-blurhash',
      'none',
      "The BlurHash Photoview computes for a photo's placeholder (a short base83 string): a picture's colours, no credential.",
      ({ rng }) => {
        const bh = `L${rng.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~', 27)}`;
        return { value: bh, event: { pv: [`Scanner: blurhash of IMG_${rng.int(1000, 9999)}.jpg is ${bh}`] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_CH + 16 * HOUR, site: { host: 'photoview' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// heap-pageviews.csv: the learning site's pageviews from Heap Connect (the `pageviews` table), exported from the
// warehouse as CSV with a header row: `event_id`, `user_id`, `session_id`, `time` (UTC), `library`, `platform`,
// `device_type`, `country`, `region`, `city`, `ip`, `referrer`, `landing_page`, `browser`, `domain`, `path`, `query`,
// `hash`, `title` (Heap captures a page's query and hash as they are).
// From memory (Heap Connect's pageviews columns; the export's time format as BigQuery writes timestamps).

function heapLog(rng) {
  const D = `learn.${TS}`;
  const q = (v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const render = (e) => {
    const h = { platform: rng.pick(['Windows', 'Mac OS X', 'Android', 'iOS']), ...e.hp };
    const row = [
      digits(rng, 16),
      h.user ?? digits(rng, 16),
      digits(rng, 16),
      `${iso(e.t).slice(0, 10)} ${iso(e.t).slice(11, 23)}000 UTC`,
      'web',
      h.platform,
      ['Android', 'iOS'].includes(h.platform) ? 'Mobile' : 'Desktop',
      'United States',
      'Oklahoma',
      rng.pick(['Tahlequah', 'Tulsa', 'Stilwell', 'Muskogee']),
      e.ip,
      h.ref ?? '',
      h.landing ?? `https://${D}/`,
      rng.pick(['Chrome', 'Safari', 'Firefox', 'Edge']),
      D,
      h.path,
      h.query ?? '',
      h.hash ?? '',
      h.title,
    ];
    return [row.map((v) => q(String(v))).join(',')];
  };
  const LESSONS = [
    ['/gawonihisdi/1', 'ᎦᏬᏂᎯᏍᏗ 1 — ᎣᏏᏲ'],
    ['/gawonihisdi/2', 'ᎦᏬᏂᎯᏍᏗ 2 — ᏙᎯᏧ?'],
    ['/gawonihisdi/3', 'ᎦᏬᏂᎯᏍᏗ 3 — ᎢᎦ ᎠᎴ ᏒᏃᏱ'],
    ['/dikanogisdi', 'ᏗᎧᏃᎩᏍᏗ'],
    ['/talutsa', 'ᏔᎷᏣ ᏗᏂᏲᏟ'],
  ];
  const filler = (rng) => {
    const [path, title] = rng.pick(LESSONS);
    return { hp: { path, title, ref: rng.pick(['', 'https://www.google.com/', `https://${TS}/`]) } };
  };
  const steps = [
    5,
    plant(
      'oauth-code',
      'heap-query-code-state-callback',
      'warning',
      `${WHY.code} Heap captured the page's \`query\` of the school's sign-in callback (\`/tsunilawiisdi/callback\`, tsunilawiisdi from ᏧᏂᎳᏫᎢᏍᏗ, "meeting", the session).`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: { hp: { path: '/tsunilawiisdi/callback', query: `?code=${code}&state=${rng.hex(32)}`, title: 'ᎠᏓᏅᏖᏍᎬ...' } },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'heap-hash-access-token',
      'error',
      "Heap captured the page's `hash` of the word game's sign-in return, an implicit grant: `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            hp: {
              path: '/gawonihisdi/ganohilv',
              hash: `#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
              title: 'ᎦᏃᎯᎵᏙ',
            },
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'heap-query-fbclid',
      'none',
      'A Facebook click id (`fbclid`) in the `query` of a pageview coming from a post: an ad-tracking id, no credential.',
      ({ rng }) => {
        const f = `IwAR${rng.b64url(57)}`;
        return { value: f, event: { hp: { path: '/talutsa', query: `?fbclid=${f}`, ref: 'https://l.facebook.com/', title: 'ᏔᎷᏣ ᏗᏂᏲᏟ' } } };
      },
    ),
    4,
    plant(
      'id-token',
      'heap-hash-id-token-1h',
      'error',
      "Heap captured the `hash` of the parents' portal sign-in return, `#id_token=…`: an ID token of one hour, live at the row's `time` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://id.${TS}`, aud: 'didelogwasdi-parents', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { hp: { path: '/tsunilawiisdi/parents', hash: `#id_token=${token}&state=${rng.hex(16)}`, title: 'ᎠᏂᏙᏓ ᎠᎴ ᎠᏂᏥ' } },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'heap-path-embed-jwt-7d',
      'error',
      "Heap captured the `path` of the lesson player embedded in the tribe's library pages, `/embed/<JWT>`, a token of 7 days, live at the row's `time` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 86400),
          claims: { iss: `https://${D}`, resource: { lesson: rng.int(1, 40) }, params: { gawonihisdi: 'tsalagi' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { hp: { path: `/embed/${token}`, title: 'ᎦᏬᏂᎯᏍᏗ', ref: 'https://library.cherokee.example/' } },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'heap-query-app-handoff-refresh-token',
      'error',
      `${WHY.refresh} The school's phone app hands a signed-in student over to the website with \`/handoff?refresh_token=…\`, and Heap captured the page's \`query\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            hp: { path: '/handoff', query: `?refresh_token=${rt}&next=%2Fgawonihisdi%2F3`, platform: 'Android', title: 'ᎠᏓᏅᏖᏍᎬ...' },
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'heap-referrer-admin-disduisdodi',
      'error',
      `${WHY.apiKey('disduisdodi')} A teacher follows a link from the lesson editor, whose address carries the editor's key as \`disduisdodi\` (ᏗᏍᏚᎢᏍᏙᏗ, "key"); Heap keeps it as the pageview's \`referrer\`.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            hp: { path: '/gawonihisdi/3', ref: `https://editor.${TS}/dikanogisdi?disduisdodi=${key}`, title: 'ᎦᏬᏂᎯᏍᏗ 3 — ᎢᎦ ᎠᎴ ᏒᏃᏱ' },
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'heap-query-msclkid',
      'none',
      "A Microsoft Ads click id (`msclkid`, 32 hex digits) in a pageview's `query`: an ad-tracking id, no credential.",
      ({ rng }) => {
        const m = rng.hex(32);
        return {
          value: m,
          event: {
            hp: {
              path: '/',
              query: `?msclkid=${m}&utm_source=bing&utm_medium=cpc`,
              ref: 'https://www.bing.com/',
              title: 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏗᏕᎶᏆᏍᏗ',
            },
          },
        };
      },
    ),
    4,
  ];
  const header = [
    'event_id,user_id,session_id,time,library,platform,device_type,country,region,city,ip,referrer,landing_page,browser,domain,path,query,hash,title',
  ];
  return buildLog(rng, { start: DAY_CH + 14 * HOUR, site: { host: 'heap' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// opam-install-vv.log: `opam install . --deps-only -y -vv` of the school's syllabary transliteration tool (OCaml) on a
// teacher's laptop, its output redirected to a file: the action list, `<><> Processing actions <><>…`, each command opam
// runs echoed as `+ <program> "<arg>" … (CWD=…)`, its output after `- `, `⬇ retrieved …`, `∗ installed …`, the
// `post-session-commands` the teacher set in opamrc.
// From memory (opam 2.2's verbose command lines and its status lines).

function opamLog(rng) {
  const render = (e) => e.op;
  const HOME = '/home/tsali';
  const DL = `${HOME}/.opam/download-cache`;
  const curl = (url) =>
    `+ /usr/bin/curl "--write-out" "%{http_code}\\n" "--retry" "3" "--retry-delay" "2" "--user-agent" "opam/2.2.1" "-L" "-o" "${HOME}/.opam/5.2.0/.opam-switch/sources/${rng.hex(8)}.part" "--" "${url}" (CWD=${HOME}/.opam/5.2.0/.opam-switch/build)`;
  const PKGS = ['uutf.1.0.3', 'uucp.16.0.0', 'cmdliner.1.3.0', 'yojson.2.2.2', 'fmt.0.9.0', 'ppx_deriving.6.0.3'];
  const filler = (rng) => {
    const p = rng.pick(PKGS);
    return rng.pick([
      () => ({ op: [`⬇ retrieved ${p}  (cached)`] }),
      () => ({
        op: [
          `+ ${HOME}/.opam/5.2.0/bin/dune "build" "-p" "${p.split('.')[0]}" "-j" "7" "@install" (CWD=${HOME}/.opam/5.2.0/.opam-switch/build/${p})`,
        ],
      }),
      () => ({ op: [`∗ installed ${p}`] }),
    ])();
  };
  const steps = [
    {
      raw: {
        op: [
          'The following actions will be performed:',
          '=== install 9 packages',
          '  ∗ cmdliner          1.3.0            [required by tsalagi-translit]',
          '  ∗ syllabary-tables  2.1              [required by tsalagi-translit]',
          '  ∗ uucp              16.0.0           [required by tsalagi-translit]',
          '  ∗ uutf              1.0.3            [required by tsalagi-translit]',
          '',
          '<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><>',
        ],
      },
      after: 0,
    },
    4,
    plant(
      'api-key-name',
      'opam-curl-gitlab-package-private-token',
      'error',
      `${WHY.apiKey('private_token')} A private dependency's archive comes from GitLab's generic package registry with a personal access token (\`glpat-…\`) in the URL's \`private_token\`; opam echoes the curl command it runs.`,
      ({ rng }) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return {
          value: tok,
          event: {
            op: [
              curl(
                `https://gitlab.com/api/v4/projects/${digits(rng, 8)}/packages/generic/syllabary-tables/2.1/syllabary-tables-2.1.tbz?private_token=${tok}`,
              ),
              '- 200',
              '⬇ retrieved syllabary-tables.2.1  (https://gitlab.com/api/v4/projects)',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'opam-bad-checksum-sha256',
      'none',
      "opam's checksum error quotes the expected and the computed SHA-256 of an archive: content hashes, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            op: [
              `[ERROR] Failed to get sources of uucp.16.0.0: Checksum mismatch`,
              '',
              `  Bad checksum for ${DL}/uucp-16.0.0.tbz: expected sha256=${rng.hex(64)}, got sha256=${h}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'opam-curl-adanedi-share-link',
      'error',
      WHY.pathSecret(
        'The font package\'s archive is pinned to a share link of the school\'s file server (`/adanedi/<token>/…`, adanedi from ᎠᏓᏁᏗ, "gift", the helper\'s choice for "share"); opam echoes the curl command',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { op: [curl(`https://files.${TS}/adanedi/${tok}/tsalagi-fonts-1.4.tar.gz`), '- 200'] } };
      },
    ),
    4,
    plant(
      'framework-dump',
      'opam-git-fetch-userinfo-password',
      'error',
      "The pinned transliteration rules come from the school's Git server, pinned with the teacher's user name and password in the URL; opam echoes the `git fetch` it runs, password included.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            op: [
              `+ /usr/bin/git "fetch" "-q" "https://tsali:${pw}@git.${TS}/gawonihisdi/translit-rules.git" "--update-shallow" "--depth=1" "refs/heads/main:refs/remotes/opam-ref" (CWD=${HOME}/.opam/5.2.0/.opam-switch/sources/translit-rules)`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'opam-git-commit-synchronised',
      'none',
      'The commit a git-pinned package was synchronised to (40 hex digits): a revision name, no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: { op: [`[translit-rules.dev] synchronised (git+https://git.${TS}/gawonihisdi/translit-rules.git#main) at ${c}`] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'opam-curl-base64-download-ticket-udelidv',
      'error',
      'The audio samples come from the school\'s download endpoint with `t=` holding base64 of JSON; decoded, it carries the download\'s `udelidv` (ᎤᏕᎵᏛ, "secret"). opam echoes the curl command.',
      ({ rng }) => {
        const t64 = b64urlOf(JSON.stringify({ f: 'ᏗᎧᏃᎩᏍᏗ-samples-3.zip', udelidv: rng.alnum(30), who: 'tsali' }));
        return { value: t64, event: { op: [curl(`https://files.${TS}/dl?t=${t64}`), '- 200'] } };
      },
    ),
    4,
    { raw: { op: ['Done.', '# Run eval $(opam env) to update the current shell environment'] } },
    plant(
      'webhook',
      'opam-post-session-teams-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<user>`) the teacher runs from opamrc's `post-session-commands`; opam echoes it",
      ),
      ({ rng }) => {
        const id = rng.hex(32);
        const url = `https://tsalagi.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(44)}`;
        return {
          value: id,
          needle: `IncomingWebhook/${id}/`,
          event: {
            op: [
              `+ /usr/bin/curl "-fsS" "-H" "Content-Type: application/json" "-d" "{\\"text\\":\\"ᎣᏏᏊ ᏄᎵᏍᏔᏅ: opam install (tsalagi-translit)\\"}" "${url}" (CWD=${HOME}/src/tsalagi-translit)`,
              '- 1',
            ],
          },
        };
      },
      { after: 1 },
    ),
  ];
  return buildLog(rng, { start: DAY_CH + 19 * HOUR, site: { host: 'opam' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// recurly-receiver.log: the co-op's subscription receiver (a small Ruby app on Puma) that takes Recurly's webhook
// notifications for the basket-of-the-month club, Ruby's Logger default format `<L>, [<ISO 8601 local> #<pid>] <LEVEL>
// -- <progname>: <message>`, each notification's XML body logged on one line, and its calls to Recurly's API at DEBUG.
// From memory (Recurly's v2 XML notifications: `successful_payment_notification`, `account`, `transaction` with `id`,
// `invoice_number`; Ruby Logger's layout).

function recurlyLog(rng) {
  const render = (e) =>
    e.rc.map(
      ([lvl, msg], i) => `${lvl[0]}, [${local(e.t + i, CST).slice(0, 23)}${digits(rng, 3)} #2871] ${lvl.padStart(5)} -- tlvdlv: ${msg}`,
    );
  const acct = (rng) =>
    `<account><account_code>${digits(rng, 5)}</account_code><username nil="true"></username><email>${rng.pick(['ayasta', 'wado', 'sequoyah.k', 'gvhe'])}@${TS}</email><first_name>${rng.pick(['Ayasta', 'Tsali', 'Gvhe', 'Walela'])}</first_name><last_name>${rng.pick(['Sixkiller', 'Fields', 'Hummingbird', 'Squirrel'])}</last_name><company_name nil="true"></company_name></account>`;
  const payment = (rng, id) =>
    `<?xml version="1.0" encoding="UTF-8"?><successful_payment_notification>${acct(rng)}<transaction><id>${id ?? rng.hex(32)}</id><invoice_id>${rng.hex(32)}</invoice_id><invoice_number type="integer">${rng.int(1200, 1900)}</invoice_number><subscription_id>${rng.hex(32)}</subscription_id><action>purchase</action><date type="datetime">${iso(Date.UTC(2027, 11, 15, 15, rng.int(0, 59))).slice(0, 19)}Z</date><amount_in_cents type="integer">${rng.pick([3500, 4500, 6000])}</amount_in_cents><status>success</status><message>Successful test transaction</message><reference>${rng.alnum(10)}</reference><source>subscription</source><cvv_result code="M">Match</cvv_result><avs_result code="D">Street address and postal code match.</avs_result><test type="boolean">false</test><voidable type="boolean">true</voidable><refundable type="boolean">true</refundable></transaction></successful_payment_notification>`;
  const filler = (rng) => ({
    rc: [
      ['INFO', `notification from 50.18.192.${rng.int(80, 90)}: successful_payment_notification`],
      ['DEBUG', payment(rng)],
      ['INFO', 'ᏔᎷᏣ order queued (ᎣᏏᏊ ᏄᎵᏍᏔᏅ)'],
    ],
  });
  const steps = [
    plant(
      'framework-dump',
      'recurly-receiver-boot-config-inspect',
      'error',
      "The receiver logs its settings at boot as Ruby's `Hash#inspect`, and the database URL in it carries the app's password.",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            rc: [
              [
                'INFO',
                `config: {:subdomain=>"tsalagi-talutsa", :environment=>"production", :database_url=>"postgres://tlvdlv:${pw}@127.0.0.1:5432/tlvdlv", :puma_threads=>5}`,
              ],
              ['INFO', 'Puma starting in single mode...'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    4,
    plant(
      'webhook',
      'recurly-receiver-secret-hook-path',
      'error',
      WHY.webhook(
        'The receiver\'s endpoint moved to a path with an `udelidv` (ᎤᏕᎵᏛ, "secret") segment, which is all that keeps strangers from posting fake notifications; the request line writes it',
      ),
      ({ rng }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          event: {
            rc: [
              ['INFO', `POST /recurly/udelidv/${s} from 50.18.192.${rng.int(80, 90)}: new_subscription_notification`],
              ['INFO', 'ᎢᏤ subscription: ᏔᎷᏣ of the month'],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'recurly-transaction-id',
      'none',
      "A transaction's `id` in Recurly's notification (32 hex digits): it names the payment in the co-op's Recurly site, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return { value: id, event: { rc: [['DEBUG', payment(rng, id)]] } };
      },
      { after: 1 },
    ),
    4,
    plant(
      'header-dump',
      'recurly-api-request-headers-basic',
      'error',
      "The receiver fetches the account from Recurly's API and logs the request with its headers as a Ruby hash; `Authorization: Basic` is base64 of the private API key and an empty password.",
      ({ rng }) => {
        const b = b64Of(`${rng.hex(32)}:`);
        return {
          value: b,
          event: {
            rc: [
              [
                'DEBUG',
                `Recurly API request: GET https://v3.recurly.com/accounts/code-${digits(rng, 5)} headers={"Accept"=>"application/vnd.recurly.v2021-02-25", "Authorization"=>"Basic ${b}", "User-Agent"=>"Recurly/4.58.0; ruby 3.3.6"}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'recurly-hosted-account-link',
      'error',
      WHY.pathSecret(
        "The renewal mail the receiver sends holds the member's Recurly hosted account page (`/account/<hosted_login_token>`, which opens the member's billing without a password), and the receiver logs the link",
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: { rc: [['INFO', `ᎪᏪᎵ (renewal mail) to gvhe@${TS}: https://tsalagi-talutsa.recurly.com/account/${tok}`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'recurly-faraday-error-sms-api-key',
      'error',
      `${WHY.apiKey('api_key')} The receiver texts a member through an SMS gateway; Faraday's error on a timeout quotes the request URL with the gateway's \`api_key\`.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            rc: [
              [
                'WARN',
                `Faraday::ConnectionFailed: Net::OpenTimeout (POST https://api.textgateway.example/v2/send?api_key=${key}&to=%2B1918555${digits(rng, 4)})`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'recurly-request-id-header',
      'none',
      "Recurly's `X-Request-Id` of an API answer, logged with its status: a request's trace id, no credential.",
      ({ rng }) => {
        const id = `${rng.hex(16)}-${rng.pick(['SJC', 'IAD', 'DFW'])}`;
        return {
          value: id,
          event: { rc: [['DEBUG', `Recurly API response: 200 OK (X-Request-Id: ${id}, Recurly-Version: recurly.v2021-02-25)`]] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_CH + 15 * HOUR, site: { host: 'recurly' }, filler, render, steps });
}

// =====================================================================================================================
// A Karen women's weaving co-operative and community clinic (S'gaw Karen; Mae Sot, Tak: ICT, UTC+7 all year)
// =====================================================================================================================

const KA = 'pwakanyawhta.example';
const CLINIC = 'kathaydah.lan';

// ---------------------------------------------------------------------------------------------------------------------
// pkt_20271220.log: the packet log of the clinic's Virtual Hub on a SoftEther VPN Server 4.43 (`packet_log/KATHAYDAH/`),
// which the field workers' L2TP sessions join: CSV lines `<date>,<time>,<session>,<dst MAC>,<src MAC>,<EtherType>,<size>,
// <protocol>,<src IP>,<src host>,<src port>,<dst IP>,<dst host>,<dst port>,<kind>,"<details>"` in local time, HTTP
// requests and answers summarised in the details; the clinic's old intranet apps still speak plain HTTP inside the VPN.
// From memory (the packet log's columns are approximate; the details' wording is the helper's).

function softetherLog(rng) {
  const MACS = ['5E-00-53-1A-2B-3C', '5E-00-53-44-0D-9E', '5E-00-53-7F-21-08'];
  const render = (e) =>
    e.se.map((p, i) => {
      const t = e.t + i * 9;
      return `${local(t, ICT).slice(0, 10)},${hmsMs(t, ICT)},${p.sid ?? 'SID-NAWPAW-[L2TP]-3'},${rng.pick(MACS)},${rng.pick(MACS)},0x0800,${p.size ?? rng.int(60, 1400)},${p.proto ?? 'TCPv4'},${p.src ?? '10.20.0.14'},,${p.sport ?? rng.int(49152, 65535)},${p.dst ?? '10.20.0.5'},${p.dhost ?? ''},${p.dport ?? 80},${p.kind ?? 'HTTP'},"${p.d}"`;
    });
  const get = (path, host = `emr.${CLINIC}`, extra = {}) => ({
    d: `HTTP Request: GET ${path} HTTP/1.1 (Host: ${host})`,
    dhost: host,
    ...extra,
  });
  const filler = (rng) =>
    rng.pick([
      () => ({
        se: [
          { proto: 'UDPv4', kind: 'DNS', dport: 53, dst: '10.20.0.1', d: `DNS Query: A ${rng.pick(['emr', 'lab', 'files'])}.${CLINIC}` },
        ],
      }),
      () => ({
        se: [get(`/pwahsa/${rng.int(1000, 9999)}`), { src: '10.20.0.5', dst: '10.20.0.14', sport: 80, d: 'HTTP Response: 200 OK' }],
      }),
      () => ({ se: [get(`/static/css/site.css?v=${rng.int(10, 40)}`)] }),
      () => ({ se: [{ kind: 'TCP', d: 'TCP Connect (SYN)', dport: 443, dst: `10.20.0.${rng.int(5, 9)}` }] }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'softether-ocsp-get-request',
      'none',
      "A laptop's OCSP check over plain HTTP: the GET path is the OCSP request itself, base64 of its DER (`MFEwTzBN…`, the hash of the issuer and the certificate's serial), percent-encoded; public data, no credential.",
      ({ rng }) => {
        // An OCSPRequest with one SHA-1 CertID: `30 51 30 4f 30 4d 30 4b 30 49`, the algorithm, the issuer's name and key hashes, a 16-byte serial.
        const real = Buffer.concat([
          Buffer.from('3051304f304d304b3049300906052b0e03021a05000414', 'hex'),
          rng.bytes(20),
          Buffer.from('0414', 'hex'),
          rng.bytes(20),
          Buffer.from('0210', 'hex'),
          rng.bytes(16),
        ]);
        const p = pct(real.toString('base64'));
        return {
          value: p,
          event: { se: [get(`/${p}`, 'ocsp.digicert.com', { dst: '203.0.113.200', sid: 'SID-SAWHTOO-[L2TP]-5', src: '10.20.0.37' })] },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'softether-http-jsessionid-path',
      'error',
      WHY.session(
        "The clinic's old Java records app rewrites URLs with the servlet session (`;jsessionid=<32 hex capitals>`) when a browser refuses its cookie, and the packet log writes the request line",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return { value: sid, event: { se: [get(`/pwahsa/list;jsessionid=${sid}?village=umphang`, `emr.${CLINIC}`, { dport: 8080 })] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'softether-http-sms-gateway-khuthu',
      'error',
      `${WHY.apiKey('khuthu')} The appointment reminders go through the clinic's SMS gateway box over plain HTTP, its key in the query as \`khuthu\` (ခူသူၣ်, "secret").`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            se: [
              get(`/api/send?khuthu=${key}&to=0${digits(rng, 9)}&msg=%E1%80%90%E1%81%A2%E1%80%BA`, `sms.${CLINIC}`, { dst: '10.20.0.9' }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'softether-http-lai-result-link',
      'error',
      WHY.pathSecret(
        'A lab result\'s download link (`/lai/<token>/…pdf`, lai from လံာ်, "paper, document"), fetched over plain HTTP by a field worker',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { se: [get(`/lai/${tok}/result.pdf`, `lab.${CLINIC}`, { dst: '10.20.0.6' })] } };
      },
    ),
    4,
    plant(
      'id-token',
      'softether-http-logout-id-token-hint-expired',
      'note',
      "The records app signs out through the identity server's logout endpoint with `id_token_hint=<ID token>`; that ID token had expired about two days before (the packet log's time has no zone, and the margin covers any)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: 2 * 86400 + rng.int(600, 3600),
          claims: { iss: `http://id.${CLINIC}/realms/kathaydah`, aud: 'emr', sub: rng.uuid(), typ: 'ID', sid: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            se: [
              get(
                `/realms/kathaydah/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=http%3A%2F%2Femr.${CLINIC}%2F`,
                `id.${CLINIC}`,
                { dst: '10.20.0.7', dport: 8080 },
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'softether-http-hsakati-renew-refresh-token',
      'error',
      `${WHY.refresh} The clinic's tablet app renews its session (\`hsakati\`, from ဆၢကတီၢ်, "time, period", the developers' word for a session) with the refresh token in the query, over plain HTTP.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            se: [
              get(`/api/hsakati/renew?refresh_token=${rt}`, `emr.${CLINIC}`, {
                dport: 8080,
                sid: 'SID-NAWEHKAW-[L2TP]-7',
                src: '10.20.0.41',
              }),
            ],
          },
        };
      },
    ),
    1,
    plant(
      'replay',
      'softether-ws-laiphi-first',
      'note',
      WHY.ticketFirst(
        'The queue screen\'s one-time WebSocket ticket (`laiphi`, from လံာ်ဖိ, "small paper, ticket"), sent by the waiting room\'s tablet and answered with 101. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.laiphi = t;
        return {
          value: tk,
          event: {
            se: [
              get(`/ws/queue?laiphi=${tk}`, `emr.${CLINIC}`, { dport: 8080, src: '10.20.0.22', sid: 'SID-QUEUE-[L2TP]-2' }),
              { src: '10.20.0.5', dst: '10.20.0.22', sport: 8080, d: 'HTTP Response: 101 Switching Protocols' },
            ],
          },
        };
      },
      { ref: 'laiphi' },
    ),
    1,
    plant(
      'replay',
      'softether-ws-laiphi-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('laiphi').value,
            why: `${WHY.replay('laiphi', gap('laiphi', t))} A different VPN session on another address opened the queue socket with the same ticket, and the server switched protocols again (101).`,
          },
        ],
        event: {
          se: [
            get(`/ws/queue?laiphi=${refs.get('laiphi').value}`, `emr.${CLINIC}`, {
              dport: 8080,
              src: '10.20.0.58',
              sid: 'SID-SAWHTOO-[L2TP]-9',
            }),
            { src: '10.20.0.5', dst: '10.20.0.58', sport: 8080, d: 'HTTP Response: 101 Switching Protocols' },
          ],
        },
      }),
      { replayOf: 'laiphi', after: 97 },
    ),
    4,
    plant(
      'negative',
      'softether-windows-update-file-hash',
      'none',
      "A Defender definitions download whose file name carries the package's SHA-1 (40 hex digits): a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            se: [
              get(
                `/c/msdownload/update/software/defu/2027/12/am_delta_patch_1.421.${rng.int(100, 999)}.0_${h}.exe`,
                'au.download.windowsupdate.com',
                { dst: '203.0.113.90', src: '10.20.0.37', sid: 'SID-SAWHTOO-[L2TP]-5' },
              ),
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 2 * HOUR, site: { host: 'softether' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tinode.log: the co-operative's Tinode 0.22 chat server, its stderr kept by systemd into a file: Go's `log` prefix
// `<yyyy/mm/dd hh:mm:ss>` in local time, then Tinode's messages (start-up, sessions, topics, media, push), with
// `-log_flags` set to print incoming client messages while a client bug was chased.
// From memory (Tinode's start-up lines, its large-file route `/v0/file/s/…` with `apikey`, `auth` and `secret` query
// parameters, and its `login` message with `scheme` and `secret`).

function tinodeLog(rng) {
  const render = (e) => e.tn.map((m) => `${local(e.t, ICT).slice(0, 10).replace(/-/g, '/')} ${hms(e.t, ICT)} ${m}`);
  const APIKEY = `AQEAAAABAAD_${rng.b64url(20)}`;
  const sid = (rng) => rng.b64url(11);
  const filler = (rng) =>
    rng.pick([
      () => ({ tn: [`ws: session started ${sid(rng)} 10.20.0.${rng.int(10, 90)}:${rng.int(40000, 65000)} count: ${rng.int(2, 30)}`] }),
      () => ({ tn: [`hub: topic grp${rng.b64url(11)} loaded ('ထါ ${rng.pick(['ဆ့ကၤ', 'ယဲၤ', 'ခီၣ်ဖံၣ်'])}')`] }),
      () => ({ tn: [`ws: session stopped ${sid(rng)} count: ${rng.int(2, 30)}`] }),
    ])();
  const steps = [
    {
      raw: {
        tn: ['Server v0.22.13:tinode:mysql:1.1; pid 1187; 2 process(es)', "Using config from '/etc/tinode/tinode.conf'"],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'tinode-auth-config-map-token-key',
      'error',
      "At start the co-op's build prints the authenticators' configuration as a Go map (`%v`); the token authenticator's `key`, which signs every login token, is in it.",
      ({ rng }) => {
        const k = rng.bytes(32).toString('base64');
        return {
          value: k,
          event: {
            tn: [
              `Auth config: map[basic:map[add_to_tags:true min_login_length:2 min_password_length:3] token:map[expire_in:1209600 key:${k} serial_num:1]]`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'tinode-public-api-key',
      'none',
      "Tinode's API key (`AQEAAAABAAD_…`), which every client embeds and sends (`apikey=`): it identifies the client application and is public by design, no credential.",
      () => ({ value: APIKEY, event: { tn: [`HTTP server: listening on :6060, API key ${APIKEY} accepted for web and Android clients`] } }),
      { after: 0 },
    ),
    5,
    plant(
      'encoded',
      'tinode-login-basic-secret-base64',
      'error',
      "The server prints an incoming `login` message; with the `basic` scheme its `secret` is base64 of `login:password`, a field worker's password once decoded.",
      ({ rng }) => {
        const s = b64Of(`nawpaw:${rng.alnum(12)}`);
        return {
          value: s,
          event: { tn: [`in: '{"login":{"id":"${rng.int(90000, 99999)}","scheme":"basic","secret":"${s}"}}' sid='${sid(rng)}' uid=''`] },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'tinode-large-file-auth-token-secret',
      'error',
      WHY.session(
        "A photo in a chat is fetched through Tinode's large-file route with the user's login token in the query (`auth=token&secret=…`, base64, percent-encoded), and the media handler writes the request (the token is valid two weeks)",
      ),
      ({ rng }) => {
        const tok = pct(rng.bytes(50).toString('base64'));
        return { value: tok, event: { tn: [`media: GET /v0/file/s/${rng.b64url(11)}.jpg?auth=token&secret=${tok} 200`] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'tinode-push-url-error-ki',
      'error',
      `${WHY.apiKey('ki')} The co-op's build forwards push notifications to its own push relay, key in the query as \`ki\` (the English loan "key"); Go's \`url.Error\` quotes the URL when the relay times out.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            tn: [
              `push: relay failed: Post "https://push.${KA}/v1/send?ki=${key}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'tinode-google-chat-webhook-error',
      'error',
      WHY.webhook(
        "The clinic's alert forwarder posts urgent messages to a Google Chat space's incoming webhook (`/v1/spaces/<space>/messages?key=…&token=…`, the `token` being the webhook's secret); Go's error quotes the URL",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            tn: [
              `alert: Post "https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}": dial tcp: lookup chat.googleapis.com: no such host (ပှၤဆါ ${rng.int(1, 40)})`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'tinode-topic-and-user-ids',
      'none',
      "A group topic's name and a user id as Tinode writes them (`grp…`, `usr…`, base64url of 64-bit ids): names, no credential.",
      ({ rng }) => {
        const g = `grp${rng.b64url(11)}`;
        return { value: g, event: { tn: [`hub: topic ${g} subscribed by usr${rng.b64url(11)} ('ကသံၣ်ဒၢး — ပှၤဆါ ၂၀၂၇')`] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 8 * HOUR, site: { host: 'tinode' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wufoo-entries.jsonl: the clinic's appointment request form on Wufoo, its entries read from Wufoo's REST API
// (`/api/v3/forms/<hash>/entries.json`) and kept one entry a line: `EntryId`, `Field1`… (name, phone, village, day,
// message), `DateCreated` and `DateUpdated` in the account's time zone without offset, `CreatedBy`, `UpdatedBy`. The
// patients write in S'gaw Karen and paste links from the clinic's portal into the message.
// From memory (the entries' field names of Wufoo's API v3).

function wufooLog(rng) {
  const render = (e) => [
    JSON.stringify({
      EntryId: String(e.wf.id),
      Field1: e.wf.name,
      Field2: e.wf.phone,
      Field3: e.wf.village,
      Field4: e.wf.day,
      Field5: e.wf.msg,
      DateCreated: ymdHmsAt(e.t, ICT),
      CreatedBy: 'public',
      DateUpdated: '',
      UpdatedBy: null,
    }),
  ];
  let id = 1840;
  const NAMES = ['နီၣ်ပၢ်', 'စီၤထူ', 'နီၣ်အဲကၢ', 'စီၤဘျီၤ', 'နီၣ်မူ'];
  const VILLAGES = ['Mae Sot', 'Phop Phra', 'Umphang', 'Mae Ramat', 'Tha Song Yang'];
  const MSGS = ['ယဘၣ်လဲၤထံၣ်ကသံၣ်သရၣ်', 'ယဖိ ဆါ', 'ယလိၣ်ကသံၣ်အသီ', 'တၢ်ဘျုး'];
  const wf = (rng, msg) => ({
    id: id++,
    name: rng.pick(NAMES),
    phone: `0${digits(rng, 9)}`,
    village: rng.pick(VILLAGES),
    day: `2027-12-${rng.int(21, 31)}`,
    msg: msg ?? rng.pick(MSGS),
  });
  const PORTAL = `portal.${KA}`;
  const filler = (rng) => ({ wf: wf(rng) });
  const steps = [
    4,
    plant(
      'implicit-fragment',
      'wufoo-message-pasted-access-token-fragment',
      'error',
      "A patient pastes the portal page that would not load into the form's message, the sign-in's `#access_token=…` still in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: { wf: wf(rng, `လံာ်တခါအံၤ အိးထီၣ်တသ့ဘၣ် https://${PORTAL}/hsakati#access_token=${at}&token_type=Bearer&expires_in=3600`) },
        };
      },
    ),
    4,
    plant(
      'negative',
      'wufoo-message-youtube-si-share-id',
      'none',
      "A pasted YouTube share link (`youtu.be/<id>?si=…`): the video's id and a share-tracking id, no credential.",
      ({ rng }) => {
        const si = rng.b64url(16);
        return { value: si, event: { wf: wf(rng, `ကသံၣ်သရၣ် ဒုးနဲၣ်ယၤ https://youtu.be/${rng.b64url(11)}?si=${si}`) } };
      },
    ),
    4,
    plant(
      'path-secret',
      'wufoo-message-lai-link',
      'error',
      WHY.pathSecret('A patient pastes the link to her test results (`/lai/<token>`, lai from လံာ်, "paper, document") into the message'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { wf: wf(rng, `ယလံာ် https://${PORTAL}/lai/${tok} တၢ်ဘျုး`) } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'wufoo-message-embed-jwt-no-exp',
      'error',
      "A patient pastes the clinic's embedded appointment card (`/embed/<JWT>`), a token without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://${PORTAL}`, resource: { appointment: rng.int(5000, 5999) }, pwahsa: rng.int(100, 999) },
        });
        return { value: token, jwt: facts, event: { wf: wf(rng, `ယမုၢ်နံၤ https://${PORTAL}/embed/${token}`) } };
      },
    ),
    4,
    plant(
      'id-token',
      'wufoo-message-id-token-expired',
      'note',
      "A patient pastes a sign-in address with `id_token=…` in its query; the ID token had expired about a day before the entry (Wufoo's `DateCreated` has no zone, and the margin covers any)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + rng.int(3600, 7200),
          claims: { iss: `https://id.${KA}`, aud: 'portal', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: { wf: wf(rng, `ယနုာ်လီၤ တသ့ဘၣ် https://${PORTAL}/hsakati/callback?id_token=${token}`) } };
      },
    ),
    4,
    plant(
      'refresh-token',
      'wufoo-message-deep-link-refresh-token',
      'error',
      `${WHY.refresh} A patient copies the clinic app's deep link (\`pwakanyaw://hsakati?refresh_token=…\`) out of an error screen and pastes it into the message.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { wf: wf(rng, `app အိးထီၣ်တသ့ဘၣ် pwakanyaw://hsakati?refresh_token=${rt}`) } };
      },
    ),
    4,
    plant(
      'negative',
      'wufoo-message-masked-thai-id',
      'none',
      'A patient writes her Thai ID card number masked but for its last digits (`X-XXXX-XXXXX-12-3`): a mask, no credential.',
      ({ rng }) => {
        const m = `X-XXXX-XXXXX-${digits(rng, 2)}-${digits(rng, 1)}`;
        return { value: m, event: { wf: wf(rng, `ယခးက့ၢ် ${m}`) } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 6 * HOUR, site: { host: 'wufoo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shotwell.log: Shotwell 0.32's log (`SHOTWELL_LOG=1`, `~/.cache/shotwell/shotwell.log`) on the co-op's photo laptop,
// which publishes the weavings to Google Photos, YouTube and the co-op's Piwigo gallery: `L <pid> <yyyy-mm-dd hh:mm:ss>
// [<MSG|DBG|WRN|CRT>] <file>.vala:<line>: <message>` in local time.
// From memory (the line layout; the publishing plugins' debug messages are in Shotwell's style, not copied).

function shotwellLog(rng) {
  const render = (e) => e.sw.map(([lvl, file, msg]) => `L 2431 ${ymdHmsAt(e.t, ICT)} [${lvl}] ${file}:${rng.int(40, 900)}: ${msg}`);
  const ALBUMS = ['ထါ ဆ့ကၤ ၂၀၂၇', 'ယဲၤ', 'ခီၣ်ဖံၣ်', 'တၢ်ထါ ပှၤကညီ'];
  const filler = (rng) =>
    rng.pick([
      () => ({ sw: [['DBG', 'BatchImport.vala', `Imported IMG_${rng.int(1000, 9999)}.JPG`]] }),
      () => ({ sw: [['DBG', 'PublishingUI.vala', `Uploading ${rng.int(1, 40)} of 40 to album "${rng.pick(ALBUMS)}"`]] }),
      () => ({ sw: [['DBG', 'ThumbnailCache.vala', `Thumbnail cache: ${rng.int(200, 900)} entries`]] }),
    ])();
  const steps = [
    {
      raw: {
        sw: [
          ['MSG', 'main.vala', 'Shotwell 0.32.10'],
          ['MSG', 'main.vala', 'Opening library database at /home/htoo/.local/share/shotwell/data/photo.db'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'shotwell-import-md5',
      'none',
      "Shotwell's MD5 of an imported photo, which it uses to find duplicates: a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { sw: [['DBG', 'Photo.vala', `Import IMG_${rng.int(1000, 9999)}.JPG: md5 ${h}, exposure 2027:12:19 16:02:11`]] },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'shotwell-google-custom-scheme-callback-code',
      'warning',
      `${WHY.code} Shotwell's Google sign-in returns through its own URI scheme (\`com.googleusercontent.apps.<client>:/auth-callback?code=…&state=…\`), and the authenticator writes the callback.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(69)}`;
        return {
          value: code,
          event: {
            sw: [
              [
                'DBG',
                'GoogleAuthenticator.vala',
                `Got auth callback: com.googleusercontent.apps.${digits(rng, 12)}-${lowerNum(rng, 32)}:/auth-callback?state=${rng.hex(16)}&code=${code}&scope=https://www.googleapis.com/auth/photoslibrary`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'shotwell-google-refresh-token-debug',
      'error',
      `${WHY.refresh} The Google authenticator writes, at debug, the refresh token (\`1//0…\`) it got before it stores it in the keyring.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return { value: rt, event: { sw: [['DBG', 'GoogleAuthenticator.vala', `Got refresh token ${rt}, saving it`]] } };
      },
    ),
    4,
    plant(
      'header-dump',
      'shotwell-rest-upload-headers-bearer',
      'error',
      'The REST transaction of a Google Photos upload writes its request headers, `Authorization: Bearer ya29.…` among them.',
      ({ rng }) => {
        const at = `ya29.${rng.b64url(150)}`;
        return {
          value: at,
          event: {
            sw: [
              [
                'DBG',
                'RESTSupport.vala',
                `POST https://photoslibrary.googleapis.com/v1/uploads headers: Authorization: Bearer ${at}; X-Goog-Upload-Content-Type: image/jpeg; X-Goog-Upload-Protocol: raw`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'shotwell-piwigo-login-body-percent-encoded-password',
      'error',
      'The Piwigo publisher writes the body of `pwg.session.login`; the password is in it, percent-encoded (`%21`, `%40`, `%23` for `!`, `@`, `#`).',
      ({ rng }) => {
        const pw = `${rng.alnum(6)}!${rng.alnum(5)}@${rng.alnum(4)}#`;
        return {
          value: pct(pw),
          event: {
            sw: [
              [
                'DBG',
                'PiwigoPublishing.vala',
                `POST https://gallery.${KA}/ws.php?format=json body: method=pwg.session.login&username=htoo&password=${pct(pw)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'shotwell-piwigo-pwg-token',
      'none',
      "Piwigo's `pwg_token` from `pwg.session.getStatus`, which the publisher sends with each upload: a CSRF token tied to the session, no credential on its own.",
      ({ rng }) => {
        const tk = rng.hex(32);
        return {
          value: tk,
          event: { sw: [['DBG', 'PiwigoPublishing.vala', `Session status: user htoo, pwg_token ${tk}, upload_form_chunk_size 500`]] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 10 * HOUR, site: { host: 'shotwell' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout120');
writePart(join(here, 'heldout120'), {
  'journal-gh-print-02.log': prusaLinkLog(rng),
  'playnite.log': playniteLog(rng),
  'adyen-notifications.jsonl': adyenLog(rng),
  'rooms-app.log': thinkjsLog(rng),
  'smplayer-kiosk.log': smplayerLog(rng),
  'rserver.log': rstudioLog(rng),
  'photoview.log': photoviewLog(rng),
  'heap-pageviews.csv': heapLog(rng),
  'opam-install-vv.log': opamLog(rng),
  'recurly-receiver.log': recurlyLog(rng),
  'pkt_20271220.log': softetherLog(rng),
  'tinode.log': tinodeLog(rng),
  'wufoo-entries.jsonl': wufooLog(rng),
  'shotwell.log': shotwellLog(rng),
});
