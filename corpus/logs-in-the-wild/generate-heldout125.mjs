// Writes corpus/logs-in-the-wild/heldout125/: a hundred-and-twenty-fifth held-out part, in formats no other part uses
// (Errbot's log, a Simple Machines Forum error log exported as CSV, a win-acme log, an Eggdrop channel log, an Agent DVR
// log, a Cutelyst app's debug output, Squidex's JSON log, a Sopel IRC bot's log, the Nextcloud desktop client's log, a
// PowerShell transcript of Posh-ACME renewals, a Hubot log, Podio comments read from its API as JSON lines, an
// OpenMQTTGateway serial console, a Limnoria bot's log), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout125.mjs     rewrites heldout125/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Staithes Shanty Festival of Staithes (North Yorkshire), with its volunteers' chat bot, forum,
// box-office server, IRC channel and harbour webcams (English, five logs); Karaj Kybynlar Üju, a Karaim bakery and
// guesthouse of Trakai (Lithuania) with the community's language circle (Trakai Karaim in its Latin orthography where the
// apps show text, without diacritics in routes, parameter, cookie and key names, five logs); the Хучнидин хали устIарар
// carpet weavers' cooperative of Khuchni (Tabasaran district, Dagestan), with an order bot, a Podio workspace, a dye room
// gateway and an IRC channel (Tabasaran in Cyrillic, romanized in routes and names, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'PowerShell/7.5.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** North Yorkshire in November (GMT, UTC+0), Lithuania after the end of summer time (EET, UTC+2), Dagestan (MSK, UTC+3). */
const GMT = 0;
const EET = 120;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_KR = Date.UTC(2027, 10, 29, 0, 0, 0);
const DAY_TB = Date.UTC(2027, 11, 13, 0, 0, 0);

/** Python logging's and log4j's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset`. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** `+03:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;

// =====================================================================================================================
// Staithes Shanty Festival (English; Staithes, North Yorkshire: GMT, UTC+0 in November)
// =====================================================================================================================

const ST = 'staithesshanty.example';

// ---------------------------------------------------------------------------------------------------------------------
// errbot.log: Errbot 6.2, the volunteers' Slack bot ("Bosun"), running as a systemd service with its log file at DEBUG:
// Errbot's `%(asctime)s %(levelname)-8s %(name)-25s %(message)s` in local time (GMT), its built-in web server's
// werkzeug lines, urllib3's connection lines, the festival's own plugins (`errbot.plugins.Rota`, `…Tickets`).
// From memory (not fetched): the format string, the `Processing command` lines and werkzeug's request line.

function errbotLog(rng) {
  const render = (e) => e.eb.map(([lvl, lg, msg], i) => `${commaMs(e.t + i * 4, GMT)} ${lvl.padEnd(8)} ${lg.padEnd(25)} ${msg}`);
  const SHEET = rng.b64url(44);
  const NICKS = ['@maggie.h', '@tom.verrill', '@bosun-rota', '@j.theakston', '@hilda.f', '@dan.cole'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        eb: [
          ['DEBUG', 'errbot.core', `*** frm = ${rng.pick(NICKS)}`],
          [
            'INFO',
            'errbot.core',
            `Processing command "${rng.pick(['rota', 'tides', 'sales', 'stage'])}" with parameters "${rng.pick(['today', 'sat', '', 'lifeboat'])}" from #volunteers`,
          ],
        ],
      }),
      () => ({
        eb: [
          [
            'DEBUG',
            'slack_sdk.socket_mode.builtin.client',
            `on_message invoked: (message: {"envelope_id": "${rng.uuid()}", "type": "events_api", "accepts_response_payload": false, "retry_attempt": 0, "retry_reason": ""})`,
          ],
        ],
      }),
      () => ({ eb: [['DEBUG', 'errbot.plugins.Rota', `Rota sheet fetched: ${rng.int(40, 90)} shifts, ${rng.int(0, 6)} unfilled`]] }),
      () => ({
        eb: [
          [
            'DEBUG',
            'urllib3.connectionpool',
            `https://sheets.googleapis.com:443 "GET /v4/spreadsheets/${SHEET}/values/Rota!A1:H120 HTTP/1.1" 200 None`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        eb: [
          ['INFO', 'errbot.bootstrap', 'Found Storage plugin: Shelf.'],
          ['DEBUG', 'errbot.storage', 'Opening storage core'],
          ['INFO', 'errbot.bootstrap', 'Found Backend plugin: SlackV3'],
          ['INFO', 'errbot.plugin_manager', 'Activating Rota with min_err_version = 6.2.0 and max_version = 6.2.0'],
          ['INFO', 'errbot.plugin_manager', 'Activating Tickets with min_err_version = 6.2.0 and max_version = 6.2.0'],
          ['INFO', 'errbot.core_plugins.webserver', 'Starting web server on 127.0.0.1:3141'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'framework-dump',
      'errbot-plugin-config-repr-smtp-password',
      'error',
      "The Tickets plugin logs its configuration at activation, a Python dict's repr, and the box office mailbox's `SMTP_PASSWORD` is in it.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            eb: [
              [
                'DEBUG',
                'errbot.plugins.Tickets',
                `Configuration: {'SALES_API': 'https://boxoffice.${ST}/api/v2', 'REPORT_CHANNEL': '#boxoffice', 'SMTP_HOST': 'smtp.${ST}', 'SMTP_USER': 'boxoffice@${ST}', 'SMTP_PASSWORD': '${pw}', 'LOW_STOCK': 25}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'errbot-slack-event-ids',
      'none',
      "A Slack event's `event_id` (`Ev…`) and `team` id in Errbot's debug line: identifiers of a message and a workspace, no credential.",
      ({ rng }) => {
        const ev = `Ev0${upperNum(rng, 9)}`;
        return {
          value: ev,
          event: {
            eb: [
              [
                'DEBUG',
                'errbot.backends.slackv3',
                `Event type: message, event_id: ${ev}, team: T0${upperNum(rng, 8)}, channel: C0${upperNum(rng, 8)}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'errbot-urllib3-sales-api-key',
      'error',
      `${WHY.apiKey('api_key')} The Tickets plugin asks the box office for today's sales with the key in the query, and urllib3's debug line writes the request.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            eb: [
              [
                'DEBUG',
                'urllib3.connectionpool',
                `https://boxoffice.${ST}:443 "GET /api/v2/sales/summary?event=shanty-2027&api_key=${key} HTTP/1.1" 200 1187`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'oauth-code',
      'errbot-werkzeug-slack-oauth-callback',
      'warning',
      `${WHY.code} Reinstalling the bot in the workspace returns Slack's code to Errbot's web server; werkzeug writes the request line.`,
      ({ rng }) => {
        const code = `${digits(rng, 13)}.${digits(rng, 13)}.${rng.hex(64)}`;
        const state = rng.b64url(30);
        return {
          value: code,
          event: {
            eb: [
              [
                'INFO',
                'werkzeug',
                `127.0.0.1 - - [15/Nov/2027 ${'{T}'}] "GET /slack/oauth_redirect?code=${code}&state=${state} HTTP/1.1" 302 -`,
              ],
              ['INFO', 'errbot.plugins.Rota', `oauth.v2.access failed: invalid_code (team T0${upperNum(rng, 8)})`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'errbot-oauthlib-token-updater-repr',
      'error',
      `${WHY.refresh} The Rota plugin reads the volunteers' sheet with a Google account; requests-oauthlib refreshes the token and the plugin's updater logs the new token dict, \`refresh_token\` in it.`,
      ({ rng }) => {
        const rt = `1//0${rng.pick(['3', '4', '9'])}${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            eb: [
              [
                'DEBUG',
                'errbot.plugins.Rota',
                `Token updated: {'access_token': 'ya29.${rng.b64url(150)}', 'expires_in': 3599, 'scope': ['https://www.googleapis.com/auth/spreadsheets'], 'token_type': 'Bearer', 'refresh_token': '${rt}', 'expires_at': ${Math.floor(DAY_EN / 1000) + rng.int(36000, 40000)}.${digits(rng, 6)}}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'errbot-sha256-of-programme-pdf',
      'none',
      'The SHA-256 of the programme PDF the bot posts to the channel (64 hex digits): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { eb: [['INFO', 'errbot.plugins.Tickets', `Uploaded programme-2027.pdf (sha256 ${h}) to #general`]] } };
      },
    ),
    plant(
      'webhook',
      'errbot-urllib3-max-retries-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24>`) the Tickets plugin posts low-stock alerts to; the post times out and requests' exception message quotes the URL's path",
      ),
      ({ rng }) => {
        const path = `T0${upperNum(rng, 8)}/B0${upperNum(rng, 9)}/${rng.alnum(24)}`;
        return {
          value: path.split('/')[2],
          needle: path,
          event: {
            eb: [
              [
                'ERROR',
                'errbot.plugins.Tickets',
                `Low-stock alert failed: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: /services/${path} (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f${rng.hex(10)}>, 'Connection to hooks.slack.com timed out. (connect timeout=5)'))`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  const out = buildLog(rng, {
    start: DAY_EN + 8 * HOUR,
    site: { host: 'errbot' },
    filler,
    render: (e) => render(e).map((l) => l.replace('{T}', iso(e.t).slice(11, 19))),
    steps,
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// smf_log_errors.csv: the forum's (Simple Machines Forum 2.1) error log, the `smf_log_errors` table exported by
// phpMyAdmin as CSV with the column names in the first row: `id_error`, `log_time` (Unix time), `id_member`, `ip`, `url`
// (the query string SMF keeps, `?action=…;…`), `message` (HTML-escaped), `session` (the session check value `$sc`),
// `error_type`, `file`, `line`, `backtrace`.
// From memory (not fetched): the columns and that `session` holds the form check value, not the session id.

function smfLog(rng) {
  const q = (v) => `"${String(v).replace(/"/g, '""')}"`;
  let id = 1840;
  const render = (e) => [
    [++id, Math.floor(e.t / 1000), e.mem ?? 0, e.ip, e.url, e.msg, e.sc ?? rng.hex(32), e.type ?? 'general', e.file ?? '', e.line ?? 0, '']
      .map(q)
      .join(','),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        url: `?topic=${rng.int(300, 900)}.${rng.pick([0, 15, 30])}`,
        msg: 'The topic or board you are looking for appears to be either missing or off limits to you.',
        type: 'user',
      }),
      () => ({
        url: `?action=post;board=${rng.int(1, 9)}.0`,
        msg: 'Your session timed out while posting. Please try to re-submit your message.',
        type: 'user',
        mem: rng.int(2, 400),
      }),
      () => ({
        url: `?action=profile;u=${rng.int(2, 400)}`,
        msg: '8: Undefined array key &quot;avatar_original&quot;',
        type: 'undefined_vars',
        file: '/var/www/forum/Themes/shanty/Profile.template.php',
        line: rng.int(100, 900),
      }),
      () => ({ url: '?action=login2', msg: 'Password incorrect', type: 'user' }),
    ])();
  const steps = [
    10,
    plant(
      'session-id',
      'smf-url-phpsessid-printpage',
      'error',
      WHY.session(
        'SMF writes the session into its links (`?PHPSESSID=<26>;…`) for a guest whose browser refused the cookie; the error log keeps the query, and the PHP session id in it',
      ),
      ({ rng }) => {
        const sid = lowerNum(rng, 26);
        return {
          value: sid,
          event: {
            url: `?PHPSESSID=${sid};action=printpage;topic=${rng.int(300, 900)}.0`,
            msg: 'The topic or board you are looking for appears to be either missing or off limits to you.',
            type: 'user',
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'smf-url-discord-login-code',
      'warning',
      `${WHY.code} A Discord sign-in modification returns to \`?action=discordlogin;code=…;state=…\` (SMF's semicolons), the exchange fails and the error keeps the query.`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: {
            url: `?action=discordlogin;code=${code};state=${rng.hex(32)}`,
            msg: 'Discord login: invalid_grant (Invalid &quot;redirect_uri&quot; in request.)',
            type: 'critical',
            file: '/var/www/forum/Sources/DiscordLogin.php',
            line: 212,
            mem: 0,
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'smf-logout-session-check-value',
      'none',
      "SMF's logout link carries the session check (`;<var>=<32 hex>`), the form token that the `session` column also holds: a CSRF value, no credential.",
      ({ rng }) => {
        const sc = rng.hex(32);
        return {
          value: sc,
          event: {
            url: `?action=logout;${rng.alnum(7).toLowerCase()}=${sc}`,
            msg: 'Unable to verify referring url. Please go back and try again.',
            type: 'user',
            sc,
            mem: rng.int(2, 400),
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'smf-php-warning-file-get-contents-tides-key',
      'error',
      `${WHY.apiKey('api_key')} The tide-table block on the portal fetches the tide times with \`file_get_contents()\`, and PHP's warning quotes the URL.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            url: '?action=portal',
            msg: `2: file_get_contents(https://api.tidetimes.example/v2/tides?station=0065&amp;days=3&amp;api_key=${key}): Failed to open stream: HTTP request failed! HTTP/1.1 429 Too Many Requests`,
            type: 'general',
            file: '/var/www/forum/Sources/PortalTides.php',
            line: 48,
          },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'smf-attachment-error-share-link',
      'error',
      WHY.pathSecret(
        "A member's post links the shared photo album (`/s/<15>` of the festival's Nextcloud) and the link-preview mod's error quotes it",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            url: `?action=post2;start=0;board=4`,
            msg: `Link preview failed for https://cloud.${ST}/s/${tok}: cURL error 28: Operation timed out after 5001 milliseconds`,
            type: 'general',
            file: '/var/www/forum/Sources/LinkPreview.php',
            line: 133,
            mem: rng.int(2, 400),
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'smf-attachment-file-hash-missing',
      'none',
      'SMF stores an attachment as `<id>_<sha1>`; the error names the missing file by that SHA-1 (40 hex): a file name, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            url: `?action=dlattach;attach=${rng.int(800, 1200)};type=preview`,
            msg: `Attachment file not found: /var/www/forum/attachments/${rng.int(800, 1200)}_${h}`,
            type: 'general',
            file: '/var/www/forum/Sources/ShowAttachments.php',
            line: 141,
          },
        };
      },
    ),
    plant(
      'encoded',
      'smf-redirect-percent-encoded-basket-token',
      'error',
      "The shop's return after paying is passed to the forum's login as a percent-encoded `redirect=`; decoded, it carries the basket's `basket_token`, which opens the buyer's order and tickets.",
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            url: `?action=login;redirect=https%3A%2F%2Fboxoffice.${ST}%2Fbasket%2Fdone%3Fbasket_token%3D${tok}`,
            msg: 'Unable to verify referring url. Please go back and try again.',
            type: 'user',
          },
        };
      },
    ),
    6,
  ];
  const header = [
    ['id_error', 'log_time', 'id_member', 'ip', 'url', 'message', 'session', 'error_type', 'file', 'line', 'backtrace'].map(q).join(','),
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'smf' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-20271115.txt: win-acme 2.2 on the box-office Windows server, a scheduled renewal run at verbose level: Serilog's
// file layout `yyyy-MM-dd HH:mm:ss.fff zzz [LVL] message` (local time, GMT, with its offset), the renewal's steps, the
// installation script's start line and output, a failed notification with .NET's `HttpRequestMessage.ToString()`.
// From memory (not fetched): the Serilog template win-acme uses and its messages' wording.

function winAcmeLog(rng) {
  const render = (e) =>
    e.wa.flatMap(([lvl, msg], i) => {
      const [first, ...rest] = msg.split('\n');
      return [`${dotMs(e.t + i * 7, GMT)} ${zone(GMT)} [${lvl}] ${first}`, ...rest];
    });
  const HOSTS = [`boxoffice.${ST}`, `www.${ST}`, `forum.${ST}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ wa: [['VRB', `Send GET request to https://acme-v02.api.letsencrypt.org/acme/authz-v3/${digits(rng, 12)}`]] }),
      () => ({ wa: [['DBG', `[${rng.pick(HOSTS)}] Authorization result: valid`]] }),
      () => ({ wa: [['VRB', `Checking IIS binding *:443:${rng.pick(HOSTS)} (SNI)`]] }),
      () => ({ wa: [['DBG', `Cloudflare: found zone ${ST} (id ${rng.hex(32)})`]] }),
    ])();
  const steps = [
    {
      raw: {
        wa: [
          ['INF', 'A simple Windows ACMEv2 client (WACS)'],
          ['INF', 'Software version 2.2.9.1701 (release, trimmed, standalone, 64-bit)'],
          ['INF', 'Connecting to https://acme-v02.api.letsencrypt.org/...'],
          ['INF', 'Scheduled task looks healthy'],
          ['INF', 'Please report issues at https://github.com/win-acme/win-acme'],
          ['VRB', 'Test for international support: 語言 язык لغة'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'winacme-verbose-arguments-cloudflare-token',
      'error',
      "At verbose level win-acme writes the arguments the renewal was created with; the Cloudflare DNS validation's API token (`--cloudflareapitoken`) was passed on the command line and is written as given.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            wa: [
              [
                'VRB',
                `Arguments: --source iis --siteid 2 --host ${HOSTS.join(',')} --validation cloudflare --cloudflareapitoken ${tok} --installation iis,script --script .\\Scripts\\notify-box-office.ps1 --accepttos --emailaddress tech@${ST}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'winacme-certificate-thumbprint',
      'none',
      "The new certificate's thumbprint (SHA-1 of the certificate, 40 hex digits) as win-acme stores it: a public fingerprint, no credential.",
      ({ rng }) => {
        const th = rng.hex(40).toUpperCase();
        return {
          value: th,
          event: {
            wa: [
              ['INF', `Store with CertificateStore...`],
              ['INF', `Installing certificate in the certificate store`],
              ['INF', `Adding certificate CN=boxoffice.${ST} @ 2027/11/15 in store WebHosting (thumbprint ${th})`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'winacme-script-parameters-teams-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/…/IncomingWebhook/…`) handed to the installation script as a parameter; win-acme writes the script's command line",
      ),
      ({ rng }) => {
        const path = `${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}/V2${rng.b64url(45)}`;
        return {
          value: path.split('/')[2],
          needle: path,
          event: {
            wa: [
              [
                'INF',
                `Script .\\Scripts\\notify-box-office.ps1 starting with parameters -Thumbprint {CertThumbprint} -Webhook https://staithesshanty.webhook.office.com/webhookb2/${path}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'winacme-script-output-httprequestmessage-bearer',
      'error',
      "The script's call to the box office fails, and it prints the .NET `HttpRequestMessage` (its `ToString()`), headers included: `Authorization: Bearer …`, the box office's service token; win-acme copies the script's output into its log.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            wa: [
              [
                'WRN',
                `Script error: Method: POST, RequestUri: 'https://boxoffice.${ST}/api/v2/admin/certificate', Version: 1.1, Content: System.Net.Http.StringContent, Headers:\n{\n  Authorization: Bearer ${tok}\n  Content-Type: application/json; charset=utf-8\n}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'path-secret',
      'winacme-script-output-pfx-upload-link',
      'error',
      WHY.pathSecret(
        "The script then uploads the PFX for the ticket scanners' proxy to a share's upload link (`/upload/<token>`), and its output names the link",
      ),
      ({ rng }) => {
        const tok = rng.alnum(22);
        return {
          value: tok,
          event: { wa: [['INF', `Script output: PFX uploaded to https://share.${ST}/upload/${tok} (${rng.int(4000, 6000)} bytes)`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'winacme-script-output-heartbeat-api-key',
      'error',
      `${WHY.apiKey('api_key')} The script's last step pings the festival's status page, and its error message quotes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            wa: [
              [
                'INF',
                `Script output: WARNING: GET https://status.${ST}/api/heartbeat/acme?api_key=${key} returned 503 (Service Unavailable)`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'winacme-acme-order-url',
      'none',
      "The ACME order's URL at Let's Encrypt (`/acme/order/<account>/<order>`, two numbers): an identifier of the order, useless without the account's key; no credential.",
      ({ rng }) => {
        const order = `${digits(rng, 10)}/${digits(rng, 12)}`;
        return {
          value: order,
          event: { wa: [['VRB', `Order https://acme-v02.api.letsencrypt.org/acme/order/${order} is ready, finalizing`]] },
        };
      },
    ),
    2,
    {
      raw: {
        wa: [
          ['INF', 'Script finished'],
          ['INF', 'Renewal for [IIS] boxoffice succeeded'],
          ['INF', 'Next renewal due after 2028/1/9'],
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR + 12 * MIN, site: { host: 'win-acme' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// #staithes-shanty.log: the festival's IRC channel (Libera.Chat) as the Eggdrop 1.10 bot logs it (`logfile jpk
// #staithes-shanty …`): a day's header `[00:00:00] --- Mon Nov 15 2027`, then `[HH:MM:SS] <nick> text`, joins and parts.
// Local time (GMT), no zone. From memory (not fetched): the join/part wording.

function eggdropLog(rng) {
  const CH = '#staithes-shanty';
  const NICKS = ['maggie_h', 'tomv', 'hilda', 'dancole', 'jtheakston', 'ropeyrob', 'lifeboatliz'];
  const render = (e) =>
    e.ir.map(
      ([nick, text]) =>
        `[${iso(e.t).slice(11, 19)}] ${nick === '*join' ? `${text} joined ${CH}.` : nick === '*part' ? `${text} left ${CH}.` : `<${nick}> ${text}`}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        ir: [
          [
            rng.pick(NICKS),
            rng.pick([
              'anyone on the harbour stage at 3?',
              'the Fishermen’s Friends tribute lot are running late',
              'sound check done on the Cod & Lobster stage',
              'need two more stewards for the lifeboat station',
              'tide’s in at 14:20 so no parking on the slipway',
            ]),
          ],
        ],
      }),
      () => ({
        ir: [
          [
            '*join',
            `${rng.pick(['Guest', 'kiwi-', 'shantyfan', 'whitby_'])}${rng.int(10, 99)} (~${rng.pick(['irc', 'kiwi', 'web'])}@${publicIp(rng)})`,
          ],
        ],
      }),
      () => ({ ir: [[rng.pick(NICKS), rng.pick(['ta', 'on it', 'lol', 'brill, cheers', 'aye'])]] }),
    ])();
  const steps = [
    { raw: { ir: [] }, after: 0 },
    6,
    plant(
      'path-secret',
      'eggdrop-chat-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        'A steward pastes the shared folder of rehearsal recordings (`/s/<15>`, a Nextcloud public share without password) into the channel, which the bot logs',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: { ir: [['maggie_h', `rehearsal recordings are up: https://cloud.${ST}/s/${tok} (don’t share outside the crew pls)`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'eggdrop-chat-youtube-video-id',
      'none',
      "A YouTube video link (`watch?v=<11>`): the public id of last year's stream, no credential.",
      ({ rng }) => {
        const v = rng.b64url(11);
        return {
          value: v,
          event: { ir: [['tomv', `last year’s finale if anyone wants it for the socials https://www.youtube.com/watch?v=${v}`]] },
        };
      },
    ),
    plant(
      'implicit-fragment',
      'eggdrop-chat-pasted-access-token-fragment',
      'error',
      "A volunteer pastes the address the ticket scanner's sign-in left in the browser, implicit grant and all: `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ir: [
              [
                'lifeboatliz',
                `scanner login just goes to a blank page at https://scan.${ST}/signin#access_token=${at}&token_type=Bearer&expires_in=7200 is that right?`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'eggdrop-chat-jsessionid-path-parameter',
      'error',
      WHY.session("The old seating plan's link, copied from the Java ticketing system with its path parameter `;jsessionid=<32 hex>`"),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            ir: [['jtheakston', `seating for the church concert: https://seats.${ST}/plan/seats.jsp;jsessionid=${sid}?show=st-mary-sat`]],
          },
        };
      },
    ),
    6,
    plant(
      'webhook',
      'eggdrop-chat-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that files lost-property reports, pasted so others can test it',
      ),
      ({ rng }) => {
        const path = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
        return {
          value: path,
          event: { ir: [['ropeyrob', `lost property form posts to https://hooks.zapier.com/hooks/catch/${path}/ if you want to try it`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'eggdrop-chat-ticket-order-reference',
      'none',
      'A ticket order reference (`STH-27-<6>`) quoted to look up a booking: an identifier the box office asks the buyer for, no credential.',
      ({ rng }) => {
        const ref = `STH-27-${upperNum(rng, 6)}`;
        return { value: ref, event: { ir: [['hilda', `can someone check order ${ref}? says paid but no e-tickets`]] } };
      },
    ),
    plant(
      'api-key-name',
      'eggdrop-chat-tcl-error-tides-apikey',
      'error',
      `${WHY.apiKey('apikey')} A volunteer pastes the error of the tide script on the bot's partyline, the URL with its key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ir: [
              [
                'dancole',
                `!tide is broken: Tcl error [pub:tide]: http::geturl https://api.tidetimes.example/v1/staithes?apikey=${key}&format=json: 401`,
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  const header = [`[00:00:00] --- ${DAYS[new Date(DAY_EN).getUTCDay()]} ${MONTHS[10]} 15 2027`];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'eggdrop' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// agent-dvr-log.txt: Agent DVR 6 (iSpy) on the harbour-office PC with the harbour webcams: `yyyy-MM-dd HH:mm:ss.fff
// <level>: <message>` in local time (GMT), object names in quotes.
// From memory (not fetched; not checked against a real Agent DVR log): the layout and the messages.

function agentDvrLog(rng) {
  const render = (e) => e.ad.map(([lvl, msg], i) => `${dotMs(e.t + i * 11, GMT)} ${lvl}: ${msg}`);
  const CAMS = ['Harbour', 'Slipway', 'Cod & Lobster stage', 'Cowbar'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ad: [['Info', `"${rng.pick(CAMS)}": motion detected (zone 1, ${rng.int(2, 40)}%)`]] }),
      () => ({ ad: [['Info', `"${rng.pick(CAMS)}": recording stopped (${rng.int(10, 90)}s)`]] }),
      () => ({
        ad: [
          [
            'Debug',
            `"${rng.pick(CAMS)}": FFmpeg: frame=${rng.int(1000, 90000)} fps=15 q=-0.0 size=N/A time=00:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.00 bitrate=N/A speed=1x`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        ad: [
          ['Info', 'Agent DVR v6.6.2.0 (64 bit) starting'],
          ['Info', 'Server: listening on http://0.0.0.0:8090'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'agentdvr-object-settings-rtsp-password',
      'error',
      "At start Agent DVR writes the settings of each camera it opens; the harbour camera's source is an RTSP address with the camera's administrator password in its user part.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            ad: [
              [
                'Debug',
                `"Harbour": opening source {sourceType: FFMPEG, videoSourceString: rtsp://admin:${pw}@192.168.40.11:554/Streaming/Channels/101, transport: TCP, analyzeDuration: 2000}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'agentdvr-snapshot-url-auth-base64',
      'error',
      "The slipway camera's JPEG snapshot URL passes its login as `auth=`, base64 of `user:password` (the camera accepts it in the query), and Agent DVR's error quotes the URL.",
      ({ rng }) => {
        const b = b64Of(`admin:${rng.alnum(12)}`);
        return {
          value: b,
          event: {
            ad: [
              [
                'Error',
                `"Slipway": snapshot failed: http://192.168.40.12/ISAPI/Streaming/channels/101/picture?auth=${b} (The operation has timed out.)`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'agentdvr-onvif-password-digest',
      'none',
      'An ONVIF WS-Security UsernameToken as Agent DVR logs it at debug: `PasswordDigest` is SHA-1 over a fresh nonce and time, good for that one message; no credential.',
      ({ rng, t }) => {
        const d = rng.bytes(20).toString('base64');
        return {
          value: d,
          event: {
            ad: [
              [
                'Debug',
                `"Cowbar": ONVIF GetProfiles: UsernameToken admin, PasswordDigest ${d}, Nonce ${rng.bytes(16).toString('base64')}, Created ${iso(t - 1000).slice(0, 19)}Z`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'agentdvr-clip-share-link-token',
      'error',
      WHY.pathSecret(
        "The harbour-office PC shares a motion clip with the lifeboat crew through the festival's file server, a link with its token in the path (`/clip/<token>/…mp4`, no login); Agent DVR writes the link its upload action got back",
      ),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          event: {
            ad: [['Info', `"Harbour": action "Upload" done, share link https://files.${ST}/clip/${tok}/harbour-${rng.int(100, 999)}.mp4`]],
          },
        };
      },
    ),
    6,
    plant(
      'webhook',
      'agentdvr-action-call-url-home-assistant',
      'error',
      WHY.webhook(
        "The motion action calls Home Assistant's webhook (`/api/webhook/<id>`, the id is the secret) to switch the harbour floodlight; Agent DVR writes the call and, when it fails, the URL again",
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: {
            ad: [
              ['Info', `"Slipway": action "Call URL": POST http://192.168.40.5:8123/api/webhook/${id}`],
              [
                'Error',
                `"Slipway": action "Call URL" failed: http://192.168.40.5:8123/api/webhook/${id} (No connection could be made because the target machine actively refused it.)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'agentdvr-device-id',
      'none',
      "The installation's device id as Agent DVR writes it when it registers for remote access (a GUID): an identifier, no credential.",
      ({ rng }) => {
        const g = rng.uuid();
        return { value: g, event: { ad: [['Info', `Remote access: device ${g} registered, waiting for pairing`]] } };
      },
    ),
    plant(
      'header-dump',
      'agentdvr-http-source-request-headers-basic',
      'error',
      'The Cowbar camera is an MJPEG source over HTTP with Basic authentication; on a 401 Agent DVR writes the request headers it sent, `Authorization: Basic …` (base64 of `user:password`) among them.',
      ({ rng }) => {
        const b = b64Of(`viewer:${rng.alnum(12)}`);
        return {
          value: b,
          event: {
            ad: [
              [
                'Warning',
                `"Cowbar": 401 Unauthorized from http://192.168.40.13/mjpg/video.mjpg; request headers: Host: 192.168.40.13 | User-Agent: AgentDVR | Authorization: Basic ${b} | Connection: keep-alive`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'agent' }, filler, render, steps });
}

// =====================================================================================================================
// Karaj Kybynlar Üju (Trakai Karaim; Trakai, Lithuania: EET, UTC+2 in late November)
// =====================================================================================================================

const KR = 'kybynlar.example';

// ---------------------------------------------------------------------------------------------------------------------
// cutelyst-jerler.log: the guesthouse's booking app ("Jerler", "places"), a Cutelyst 4 (Qt/C++) application under
// cutelystd with debug output: Qt's message pattern `%{pid}:%{threadid} %{category}[%{type}] %{message}`, Cutelyst's
// Catalyst-like request report (`"GET" request for "…" from "…"`, `Query Parameters are:`, `Body Parameters are:` and a
// `Headers are:` table, `Path is`, `Request took:` with the actions' table), the app's own lines. No time on the lines.
// From memory (not fetched): the message pattern cutelystd sets and the tables' layout, copied from Catalyst's.

function cutelystLog(rng) {
  const PID = `${rng.int(1200, 3900)}:${rng.int(1200, 3900)}`;
  const table = (head, rows) => {
    const w1 = Math.max(35, ...rows.map(([a]) => a.length));
    const w2 = Math.max(36, ...rows.map(([, b]) => b.length));
    const rule = (l, r) => `${l}${'-'.repeat(w1 + 2)}+${'-'.repeat(w2 + 2)}${r}`;
    return [
      rule('.', '.'),
      `| ${head[0].padEnd(w1)} | ${head[1].padEnd(w2)} |`,
      rule('+', '+'),
      ...rows.map(([a, b]) => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} |`),
      rule("'", "'"),
      '',
    ];
  };
  const render = (e) => {
    const c = e.cy;
    const out = [`${PID} cutelyst.request[debug] "${c.m ?? 'GET'}" request for "${c.path}" from "${e.ip}"`];
    if (c.q) out.push(`${PID} cutelyst.request[debug] Query Parameters are:`, ...table(['Parameter', 'Value'], c.q));
    if (c.b) out.push(`${PID} cutelyst.request[debug] Body Parameters are:`, ...table(['Parameter', 'Value'], c.b));
    if (c.h) out.push(`${PID} cutelyst.request[debug] Headers are:`, ...table(['Header', 'Value'], c.h));
    out.push(`${PID} cutelyst.request[debug] Path is "${c.path}"`);
    for (const line of c.app ?? []) out.push(`${PID} jerler.${line[0]}[${line[1]}] ${line[2]}`);
    const took = rng.int(800, 30000) / 1e6;
    out.push(
      `${PID} cutelyst.stats[debug] Request took: ${took.toFixed(6)}s (${(1 / took).toFixed(3)}/s)`,
      ...table(
        ['Action', 'Time'],
        [
          [`/${c.action ?? c.path}`, `${(took * 0.6).toFixed(6)}s`],
          ['/end', `${(took * 0.2).toFixed(6)}s`],
        ],
      ),
    );
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cy: { path: 'jerler', action: 'jerler/index' } }),
      () => ({
        cy: {
          path: 'kybynlar',
          action: 'kybynlar/index',
          app: [['menu', 'debug', `Kybynlar: ${rng.int(3, 9)} türlü, ${rng.int(20, 120)} bar`]],
        },
      }),
      () => ({
        cy: {
          path: 'jerler/tizim',
          action: 'jerler/tizim',
          q: [
            ['kiun', `2027-12-${pad(rng.int(1, 28))}`],
            ['kisi', String(rng.int(1, 4))],
          ],
        },
      }),
    ])();
  const steps = [
    { raw: { cy: { path: '/', action: 'index' } }, after: 0 },
    plant(
      'framework-dump',
      'cutelyst-body-parameters-jasyryn-soz',
      'error',
      'The staff sign-in posts the password as `jasyryn_soz` (jašyryn söz, "secret word", password), and Cutelyst\'s debug report prints the body parameters in its table.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            cy: {
              m: 'POST',
              path: 'kir',
              action: 'auth/kir',
              b: [
                ['csrfprotectiontoken', rng.b64url(43)],
                ['at', 'sara.lobanos'],
                ['jasyryn_soz', pw],
              ],
              app: [['auth', 'info', 'Kirdi: sara.lobanos']],
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cutelyst-csrf-protection-token',
      'none',
      "Cutelyst's CSRF protection field (`csrfprotectiontoken`) in a booking form's body parameters: a per-form token, no credential.",
      ({ rng }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            cy: {
              m: 'POST',
              path: 'jerler/bron',
              action: 'jerler/bron',
              b: [
                ['csrfprotectiontoken', c],
                ['jer', '3'],
                ['kiun', '2027-12-18'],
                ['kisi', '2'],
              ],
              app: [['bron', 'info', 'Bron: jer 3, 2 kisi']],
            },
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'cutelyst-query-parameters-google-code',
      'warning',
      `${WHY.code} Google's sign-in for guests returns to \`jerler/google\`; the query table has the \`code\` row and, two rows down, its \`state\`.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          event: {
            cy: {
              path: 'jerler/google',
              action: 'auth/google',
              q: [
                ['code', code],
                ['scope', 'email openid https://www.googleapis.com/auth/userinfo.email'],
                ['state', rng.b64url(32)],
                ['authuser', '0'],
                ['prompt', 'none'],
              ],
            },
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'cutelyst-query-parameters-achkych-api',
      'error',
      `${WHY.apiKey('achkych_api')} \`achkych_api\` is "API key" (ačkyč, "key"): the channel manager pulls the guesthouse's free places with it, and the query table prints it.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            cy: {
              path: 'api/jerler/bos',
              action: 'api/jerler/bos',
              q: [
                ['achkych_api', key],
                ['kiundan', '2027-12-01'],
                ['kiunge', '2027-12-31'],
              ],
            },
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'cutelyst-headers-authorization-bearer',
      'error',
      "The kitchen tablet's app calls the orders API with a Bearer token, and Cutelyst's report prints the headers table, `Authorization` row included.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            cy: {
              path: 'api/kybynlar/zakazlar',
              action: 'api/kybynlar/zakazlar',
              h: [
                ['Host', `jerler.${KR}`],
                ['User-Agent', 'okhttp/5.3.2'],
                ['Authorization', `Bearer ${tok}`],
                ['Accept', 'application/json'],
              ],
            },
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'cutelyst-query-bilet-kienesa-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket for the kenesa tour (`bilet`, "ticket"), scanned at the door by the guide\'s phone and accepted; the query table prints it. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.bilet = t;
        return {
          value: b,
          event: {
            ip: '198.51.100.77',
            cy: {
              path: 'kienesa/bilet',
              action: 'kienesa/bilet',
              q: [
                ['bilet', b],
                ['kapu', '1'],
              ],
              app: [['bilet', 'info', 'Bilet kabul: kapu 1']],
            },
          },
        };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'cutelyst-query-bilet-kienesa-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another phone on another address scanned the same ticket and the app accepted it again.`,
          },
        ],
        event: {
          ip: '203.0.113.190',
          cy: {
            path: 'kienesa/bilet',
            action: 'kienesa/bilet',
            q: [
              ['bilet', refs.get('bilet').value],
              ['kapu', '2'],
            ],
            app: [['bilet', 'info', 'Bilet kabul: kapu 2']],
          },
        },
      }),
      { replayOf: 'bilet', after: 141 },
    ),
    4,
    plant(
      'session-id',
      'cutelyst-headers-cookie-kybyn-sesija',
      'error',
      WHY.session('The staff session cookie `kybyn_sesija` (sesija, "session") in the `Cookie` row of Cutelyst\'s headers table'),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            cy: {
              path: 'admin/bronlar',
              action: 'admin/bronlar',
              h: [
                ['Host', `jerler.${KR}`],
                ['User-Agent', BROWSERS[0]],
                ['Cookie', `kybyn_sesija=${sid}; til=kdr`],
                ['Accept-Language', 'lt,ru;q=0.8'],
              ],
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cutelyst-headers-if-none-match-etag',
      'none',
      'An `If-None-Match` entity tag (a hash of the menu page) in the headers table: a cache validator, no credential.',
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            cy: {
              path: 'kybynlar',
              action: 'kybynlar/index',
              h: [
                ['Host', `jerler.${KR}`],
                ['If-None-Match', `"${etag}"`],
                ['Accept', 'text/html'],
              ],
            },
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KR + 8 * HOUR, site: { host: 'cutelyst' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// squidex.log: the community's website content in Squidex 7 (self-hosted), its JSON log one entry a line as Squidex
// writes it to the console: `logLevel`, `message`, the event's fields, `timestamp` (UTC), `app`, `category`; ASP.NET
// Core's `Request starting …` / `Request finished …` pair with the full URL, OpenIddict's lines, the rule runner's
// webhook calls with their request dump.
// From memory (not fetched): Squidex's field names; ASP.NET Core's two hosting messages are from memory too.

function squidexLog(rng) {
  const SQ = `cms.${KR}`;
  const sess = rng.uuid();
  const entry = (t, lvl, message, cat, extra = {}) =>
    JSON.stringify({
      logLevel: lvl,
      message,
      ...extra,
      timestamp: `${iso(t).slice(0, 19)}Z`,
      app: { name: 'Squidex', version: '7.18.0.0', sessionId: sess },
      category: cat,
    });
  const render = (e) => e.sx.map(([lvl, msg, cat, extra], i) => entry(e.t + i * 9, lvl, msg, cat, extra));
  const hostReq = (t, method, url, status) => [
    [
      'Information',
      `Request starting HTTP/1.1 ${method} ${url} - - -`,
      'Microsoft.AspNetCore.Hosting.Diagnostics',
      { eventId: { id: 1, name: 'RequestStarting' } },
    ],
    [
      'Information',
      `Request finished HTTP/1.1 ${method} ${url} - ${status} - application/json ${(rng.int(200, 9000) / 100).toFixed(4)}ms`,
      'Microsoft.AspNetCore.Hosting.Diagnostics',
      { eventId: { id: 2, name: 'RequestFinished' } },
    ],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        sx: [
          [
            'Information',
            'HTTP request executed.',
            'Squidex.Web.Pipeline.RequestLogPerformanceMiddleware',
            {
              web: {
                requestId: rng.hex(16),
                requestPath: `/api/content/kybynlar/${rng.pick(['menu', 'bitikler', 'kiunler', 'suratlar'])}`,
                requestMethod: 'GET',
              },
              filters: { costs: 1 },
              elapsedRequestMs: rng.int(3, 140),
            },
          ],
        ],
      }),
      () => ({
        sx: [
          [
            'Information',
            'Rule run completed.',
            'Squidex.Domain.Apps.Entities.Rules.RuleDequeuerWorker',
            { ruleId: rng.uuid(), eventName: 'ContentUpdated', status: 'Success', elapsedMs: rng.int(40, 900) },
          ],
        ],
      }),
      () => ({
        sx: [['Debug', `Asset ${rng.uuid()} thumbnail created (640x480).`, 'Squidex.Assets.ImageSharp.ImageSharpThumbnailGenerator', {}]],
      }),
    ])();
  const steps = [
    {
      raw: { sx: [['Information', 'Application started.', 'Squidex.Config.Startup.LogConfigurationHost', { environment: 'Production' }]] },
      after: 0,
    },
    4,
    plant(
      'embed-jwt',
      'squidex-request-starting-asset-access-token-jwt',
      'warning',
      "The guesthouse's page shows a protected photo through an asset URL with a five-minute JWT in `access_token`; ASP.NET Core writes the URL when the request starts and again when it finishes. The JWT has no jti and was live when logged (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(5, 60),
          claims: { sub: `client:kybynlar:web`, app: 'kybynlar', asset: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: { sx: hostReq(t, 'GET', `https://${SQ}/api/assets/kybynlar/jer-3.jpg?width=640&access_token=${token}`, 200) },
        };
      },
    ),
    6,
    plant(
      'id-token',
      'squidex-request-starting-endsession-id-token-hint',
      'error',
      "Signing out of the editor sends the ID token back as `id_token_hint` on OpenIddict's end-session endpoint (OpenID Connect RP-initiated logout), and ASP.NET Core writes the URL when the request starts and when it finishes: an ID token of the community's Keycloak, valid an hour, live when logged (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(600, 2400),
          claims: { iss: `https://id.${KR}/realms/karaj`, aud: 'squidex', sub: rng.uuid(), preferred_username: 'ruta.firkovic' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            sx: hostReq(
              t,
              'GET',
              `https://${SQ}/identity-server/connect/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${SQ}%2Fapp%2F`,
              302,
            ),
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'squidex-openiddict-redacted-refresh-token',
      'none',
      'OpenIddict writes the token request it extracted with the sensitive parameters replaced by `[redacted]`: a placeholder, no credential.',
      ({ rng }) => {
        const cid = `kybynlar:${rng.pick(['web', 'sajt'])}`;
        return {
          value: '"refresh_token": "[redacted]"',
          needle: '\\"refresh_token\\": \\"[redacted]\\"',
          event: {
            sx: [
              [
                'Information',
                `The token request was successfully extracted: {\n  "client_id": "${cid}",\n  "grant_type": "refresh_token",\n  "refresh_token": "[redacted]"\n}.`,
                'OpenIddict.Server.OpenIddictServerDispatcher',
                {},
              ],
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'squidex-request-starting-token-query-refresh-token',
      'error',
      `${WHY.refresh} The website's server renews its editor session with the parameters in the query of its POST instead of the body, and ASP.NET Core writes the URL in its \`Request starting\` and \`Request finished\` lines.`,
      ({ rng, t }) => {
        const rt = rng.b64url(43);
        return {
          value: rt,
          event: {
            sx: hostReq(
              t,
              'POST',
              `https://${SQ}/identity-server/connect/token?grant_type=refresh_token&client_id=kybynlar%3Asajt&refresh_token=${rt}`,
              400,
            ),
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'squidex-rule-webhook-revalidate-jasyryn',
      'error',
      `${WHY.apiKey('jasyryn')} \`jasyryn\` (jašyryn, "secret") is the website's revalidation secret, and Squidex's rule runner writes the webhook's URL in its request dump.`,
      ({ rng }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: {
            sx: [
              [
                'Warning',
                `Rule action failed. Request: POST https://www.${KR}/api/revalidate?jasyryn=${s} HTTP/1.1\nContent-Type: application/json\n\nResponse: 504 Gateway Timeout`,
                'Squidex.Domain.Apps.Entities.Rules.RuleService',
                { ruleId: rng.uuid(), actionName: 'Webhook' },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'squidex-rule-webhook-body-link-access-token-fragment',
      'error',
      "An editor pasted into an event's `link` field the address a Facebook sign-in left in her browser, `#access_token=…` in it; the rule's webhook body, dumped by the rule runner, carries the content's fields.",
      ({ rng }) => {
        const at = `EAA${rng.alnum(180)}`;
        return {
          value: at,
          event: {
            sx: [
              [
                'Warning',
                `Rule action failed. Request: POST https://www.${KR}/api/kiunler HTTP/1.1\nContent-Type: application/json\n\n{"type":"ContentUpdated","data":{"at":{"kdr":"Kybyn kiuniu"},"link":{"iv":"https://www.${KR}/kir/facebook#access_token=${at}&data_access_expiration_time=1803456000&expires_in=5184000"}}}\n\nResponse: 500 Internal Server Error`,
                'Squidex.Domain.Apps.Entities.Rules.RuleService',
                { ruleId: rng.uuid(), actionName: 'Webhook' },
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'squidex-asset-file-hash',
      'none',
      "An asset's `fileHash` (base64 of a SHA-256 of the file) as Squidex writes it on upload: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.bytes(32).toString('base64');
        return {
          value: h,
          event: {
            sx: [
              [
                'Information',
                'Asset uploaded.',
                'Squidex.Domain.Apps.Entities.Assets.AssetCommandMiddleware',
                { assetId: rng.uuid(), fileName: 'kybynlar-2027.jpg', fileHash: h, fileSize: rng.int(200000, 900000) },
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KR + 7 * HOUR, site: { host: 'squidex' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sopel.log: Sopel 8, the bot of the Karaim language circle's channel (#karaj-tili on Libera.Chat), at DEBUG: Sopel's
// `[%(asctime)s] %(name)-20s %(levelname)-8s - %(message)s` in local time (EET) without zone, the `url` plugin's title
// fetches with urllib3's lines, the circle's own plugin (`sopel.externals.soz`, the word of the day from the community's
// dictionary API, and a bridge to its Mattermost).
// From memory (not fetched): the format string and the url plugin's messages.

function sopelLog(rng) {
  const render = (e) => e.sp.map(([lg, lvl, msg], i) => `[${commaMs(e.t + i * 5, EET)}] ${lg.padEnd(20)} ${lvl.padEnd(8)} - ${msg}`);
  const WORDS = ['kybyn', 'suv', 'kiuń', 'bitik', 'üj', 'jer', 'söz', 'ata', 'ana', 'kiečia'];
  const filler = (rng) =>
    rng.pick([
      () => ({ sp: [['sopel.externals.soz', 'INFO', `Kiuńniń sioziu: ${rng.pick(WORDS)}`]] }),
      () => ({
        sp: [
          [
            'sopel.bot',
            'DEBUG',
            `Command matched: .${rng.pick(['soz', 'tilmač', 'seen', 'tell'])} by ${rng.pick(['ruta_f', 'mykolas', 'lobanos', 'tamara_k'])} in #karaj-tili`,
          ],
        ],
      }),
      () => ({ sp: [['sopel.irc', 'DEBUG', `PING :${rng.pick(['tantalum', 'copper', 'zirconium'])}.libera.chat`]] }),
    ])();
  const fetch = (url, extra = []) => {
    const u = new URL(url);
    return [
      ['sopel.builtins.url', 'DEBUG', `Processing URL: ${url}`],
      ['urllib3.connectionpool', 'DEBUG', `Starting new HTTPS connection (1): ${u.host}:443`],
      ['urllib3.connectionpool', 'DEBUG', `https://${u.host}:443 "GET ${u.pathname}${u.search} HTTP/1.1" 200 None`],
      ...extra,
    ];
  };
  const steps = [
    {
      raw: {
        sp: [
          ['sopel.bot', 'INFO', 'Loaded 38 plugins, 0 failed.'],
          ['sopel.irc', 'INFO', 'Connecting to irc.libera.chat:6697...'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'path-secret',
      'sopel-url-plugin-ulush-link',
      'error',
      WHY.pathSecret(
        'The `url` plugin fetches the title of a link pasted in the channel, a share of the community archive\'s scanned prayer book (`/ulush/<token>`, ülüš, "share"); Sopel writes the URL it processes',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          needle: `/ulush/${tok}`,
          event: {
            sp: [
              ...fetch(`https://bitikler.${KR}/ulush/${tok}`).slice(0, 2),
              ['sopel.builtins.url', 'DEBUG', 'Title: "Zemiroth — 1902" (bitikler)'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'sopel-url-plugin-youtube-si',
      'none',
      "YouTube's share parameter `si=` (a share-tracking id) and a video id, on a song link the `url` plugin fetches: identifiers, no credential.",
      ({ rng }) => {
        const si = rng.b64url(16);
        return {
          value: si,
          event: { sp: [['sopel.builtins.url', 'DEBUG', `Processing URL: https://youtu.be/${rng.b64url(11)}?si=${si}`]] },
        };
      },
    ),
    plant(
      'embed-jwt',
      'sopel-url-plugin-embed-jwt-30d',
      'error',
      "A member pastes the embed of the circle's recorded lesson (`/embed/<JWT>`), and the `url` plugin fetches it: the JWT is the access to the recording",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400 * 3),
          jti: true,
          claims: { sub: 'dars-14', aud: 'video', scope: 'view' },
        });
        return {
          value: token,
          jwt: facts,
          needle: `/embed/${token}`,
          event: { sp: fetch(`https://video.${KR}/embed/${token}`).slice(0, 1) },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'sopel-mattermost-bridge-httperror',
      'error',
      WHY.webhook(
        "The bridge plugin relays the channel to the community's Mattermost through an incoming webhook (`/hooks/<26>`); requests' `HTTPError` message quotes the URL",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: {
            sp: [
              [
                'sopel.externals.kopriu',
                'ERROR',
                `Relay failed: 500 Server Error: Internal Server Error for url: https://chat.${KR}/hooks/${id}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'sopel-soz-plugin-achkych-urllib3',
      'error',
      `${WHY.apiKey('achkych')} \`achkych\` (ačkyč, "key") is the dictionary API's key; urllib3 writes the word-of-the-day request.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sp: [
              ['urllib3.connectionpool', 'DEBUG', `https://sozluk.${KR}:443 "GET /api/kiun-sozu?til=kdr&achkych=${key} HTTP/1.1" 200 412`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'sopel-url-plugin-tracking-base64-target',
      'error',
      "A newsletter link pasted in the channel goes through the mailer's click tracker, whose `u=` is base64url of the target; decoded, the target is the circle's members' page with its `achkych=` key.",
      ({ rng }) => {
        const target = `https://www.${KR}/azalar?achkych=${rng.alnum(28)}`;
        const b = b64urlOf(target);
        return {
          value: b,
          event: { sp: [['sopel.builtins.url', 'DEBUG', `Processing URL: https://click.${KR}/c?u=${b}&m=${rng.int(100, 999)}`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'sopel-git-commit-title',
      'none',
      "A commit's SHA-1 in a link to the dictionary's repository, titled by the url plugin: a commit id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { sp: [['sopel.builtins.url', 'DEBUG', `Processing URL: https://git.${KR}/karaj/sozluk/commit/${sha}`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KR + 17 * HOUR, site: { host: 'sopel' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nextcloud-desktop.log: the Nextcloud desktop client 3.16 of the community archive's PC, its log file (`--logfile`,
// debug on): `yyyy-MM-dd HH:mm:ss:zzz [ <level> <category> ]:\t<message>` in local time (EET) without zone, the
// access manager's request lines with `X-Request-ID`, the login wizard's web view and Login Flow v2, the sync engine.
// From memory (not fetched): the layout and the access manager's line are as the client writes them; the web view's,
// flow2 and cookie-jar lines are in its style.

function nextcloudLog(rng) {
  const NC = `bitikler.${KR}`;
  const render = (e) =>
    e.nc.map(([lvl, cat, msg], i) => `${ymdHmsAt(e.t + i * 13, EET)}:${local(e.t + i * 13, EET).slice(20, 23)} [ ${lvl} ${cat} ]:\t${msg}`);
  const DIRS = ['Bitikler/1902', 'Suratlar/Trakai', 'Jazmalar', 'Zemiroth'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        nc: [
          [
            'info',
            'nextcloud.sync.accessmanager',
            `2 "PROPFIND" "https://${NC}/remote.php/dav/files/archyv/${rng.pick(DIRS)}" has X-Request-ID "${rng.uuid()}"`,
          ],
        ],
      }),
      () => ({
        nc: [
          [
            'info',
            'nextcloud.sync.engine',
            `#### Discovery end #################################################### ${rng.int(100, 900)} ms`,
          ],
        ],
      }),
      () => ({
        nc: [
          [
            'info',
            'nextcloud.sync.propagator',
            `Completed propagation of "${rng.pick(DIRS)}/${rng.int(1, 400)}.jpg" by OCC::PropagateUploadFileNG(0x${rng.hex(12)}) with status OCC::SyncFileItem::Success`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        nc: [
          [
            'info',
            'nextcloud.gui.application',
            '"################## Nextcloud locale:[lt_LT] ui_lang:[] version:[3.16.2daily (build 20271120)] os:[Microsoft Windows 11 (10.0)]"',
          ],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'nextcloud-webview-url-changed-keycloak-code',
      'warning',
      `${WHY.code} The archive's server signs in through the community's Keycloak (user_oidc); the wizard's web view writes each address it loads, the return with \`state\`, \`session_state\` and Keycloak's \`code\`.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            nc: [
              [
                'info',
                'nextcloud.gui.wizard.webview',
                `Url changed: QUrl("https://${NC}/apps/user_oidc/code?state=${rng.alnum(32)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${KR}%2Frealms%2Fkaraj&code=${code}")`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'nextcloud-flow2-poll-app-password',
      'error',
      `${WHY.apiKey('appPassword')} Login Flow v2 ends with the server's answer to the poll, and the client writes it at debug: the app password it will sign in with from then on.`,
      ({ rng }) => {
        const ap = rng.alnum(72);
        return {
          value: ap,
          event: {
            nc: [
              [
                'debug',
                'nextcloud.gui.wizard.flow2auth',
                `Poll result: {"server":"https://${NC}","loginName":"archyv","appPassword":"${ap}"}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'nextcloud-accessmanager-x-request-id',
      'none',
      "The `X-Request-ID` the client sends with each request (a UUID), in the access manager's line: a correlation id, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            nc: [
              [
                'info',
                'nextcloud.sync.accessmanager',
                `2 "GET" "https://${NC}/ocs/v2.php/cloud/user?format=json" has X-Request-ID "${id}"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'nextcloud-cookiejar-instance-session',
      'error',
      WHY.session("The server's session cookie (`oc<instance id>=<26>`) the client keeps and writes when the cookie jar is saved"),
      ({ rng }) => {
        const sid = lowerNum(rng, 26);
        return {
          value: sid,
          event: {
            nc: [
              [
                'debug',
                'nextcloud.sync.cookiejar',
                `Saving cookie: "oc${lowerNum(rng, 10)}=${sid}; secure; HttpOnly; domain=${NC}; path=/"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'nextcloud-sharemodel-public-link-created',
      'error',
      WHY.pathSecret(
        "A public link to the scanned letters folder, made from the client's share dialog (`/s/<15>`, no password, no expiry date set), written by the share model",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            nc: [
              ['info', 'nextcloud.gui.sharing.sharemodel', `Public link share created: QUrl("https://${NC}/s/${tok}") for "Jazmalar/1938"`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'nextcloud-propagator-sha1-checksum',
      'none',
      'The SHA-1 checksum the client computed for an upload (`SHA1:<40 hex>`): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { nc: [['info', 'nextcloud.sync.checksums', `Computed checksum "SHA1:${h}" for "Bitikler/1902/0147.tif"`]] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KR + 10 * HOUR, site: { host: 'nextcloud' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PowerShell_transcript.KYBYN-SRV.20271129.txt: a Windows PowerShell 5.1 transcript (`Start-Transcript`) of an admin
// session on the bakery's server: the transcript's header block, each command after its prompt, its output as the
// console shows it (tables, lists), `VERBOSE:` lines; Posh-ACME 4 renewing the website's certificate, a Google Drive
// backup check, a cookie session against the shop.
// From memory (not fetched): the header block's fields; Posh-ACME's parameter names (`-PluginArgs`, `CFTokenInsecure`).

function transcriptLog(rng) {
  const PS = 'PS C:\\Users\\administratorius>';
  const render = (e) => e.ps;
  const filler = (rng) =>
    rng.pick([
      () => ({
        ps: [
          `${PS} Get-Service W3SVC`,
          '',
          'Status   Name               DisplayName',
          '------   ----               -----------',
          'Running  W3SVC              World Wide Web Publishing Service',
          '',
        ],
      }),
      () => ({
        ps: [
          `${PS} Test-NetConnection www.${KR} -Port 443 | Select-Object TcpTestSucceeded`,
          '',
          'TcpTestSucceeded',
          '----------------',
          `${rng.pick(['True', 'True', 'False'])}`,
          '',
        ],
      }),
      () => ({
        ps: [
          `${PS} Get-PAOrder | Select-Object MainDomain,status,expires`,
          '',
          'MainDomain      status expires',
          '----------      ------ -------',
          `${KR}  ${rng.pick(['valid', 'ready'])}  2027-12-0${rng.int(1, 6)}T10:${pad(rng.int(0, 59))}:00Z`,
          '',
        ],
      }),
    ])();
  const header = [
    '**********************',
    'Windows PowerShell transcript start',
    'Start time: 20271129091402',
    'Username: KYBYN\\administratorius',
    'RunAs User: KYBYN\\administratorius',
    'Configuration Name: ',
    'Machine: KYBYN-SRV (Microsoft Windows NT 10.0.20348.0)',
    'Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    'Process ID: 5120',
    'PSVersion: 5.1.20348.2849',
    'PSEdition: Desktop',
    'PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.20348.2849',
    'BuildVersion: 10.0.20348.2849',
    'CLRVersion: 4.0.30319.42000',
    'WSManStackVersion: 3.0',
    'PSRemotingProtocolVersion: 2.3',
    'SerializationVersion: 1.1.0.1',
    '**********************',
    'Transcript started, output file is C:\\Users\\administratorius\\Documents\\PowerShell_transcript.KYBYN-SRV.Yd3Qx1+v.20271129091402.txt',
  ];
  const steps = [
    2,
    plant(
      'api-key-name',
      'transcript-new-pacertificate-cftokeninsecure',
      'error',
      `${WHY.apiKey('CFTokenInsecure')} Posh-ACME's Cloudflare plugin takes the API token as a plain string under \`CFTokenInsecure\`, typed on the command line the transcript records.`,
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            ps: [
              `${PS} New-PACertificate '${KR}','www.${KR}' -Plugin Cloudflare -PluginArgs @{CFTokenInsecure='${tok}'} -AcceptTOS -Contact 'admin@${KR}' -Install -Verbose`,
              'VERBOSE: Using ACME Server https://acme-v02.api.letsencrypt.org/directory',
              `VERBOSE: Using account ${digits(rng, 10)}`,
              'VERBOSE: Publishing DNS challenges via Cloudflare plugin',
              'VERBOSE: Sleeping for 120 seconds while DNS change(s) propagate',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'transcript-get-pacertificate-thumbprint',
      'none',
      "Posh-ACME's certificate object as `Format-List` prints it, with its `Thumbprint` (SHA-1 of the certificate): a public fingerprint, no credential.",
      ({ rng }) => {
        const th = rng.hex(40).toUpperCase();
        return {
          value: th,
          event: {
            ps: [
              '',
              'Subject       : CN=' + KR,
              'NotBefore     : 29/11/2027 09:16:10',
              'NotAfter      : 27/02/2028 09:16:09',
              `KeyLength     : 2048`,
              `Thumbprint    : ${th}`,
              `AllSANs       : {${KR}, www.${KR}}`,
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'transcript-env-drive-format-table-jasyryn-soz',
      'error',
      "`Get-ChildItem Env:` lists the process's environment, and with it the shop database's password in `KYBYN_DB_JASYRYN_SOZ` (jašyryn söz, password), set for the backup job.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            ps: [
              `${PS} Get-ChildItem Env: | Where-Object Name -like 'KYBYN*'`,
              '',
              'Name                           Value',
              '----                           -----',
              'KYBYN_BACKUP_DIR               D:\\Backup',
              'KYBYN_DB_HOST                  localhost',
              `KYBYN_DB_JASYRYN_SOZ           ${pw}`,
              'KYBYN_DB_USER                  kybyn_shop',
              '',
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'transcript-invoke-restmethod-google-refresh-body',
      'error',
      `${WHY.refresh} The administrator checks the Drive backup by renewing its access token by hand; the command line, body and all, stays in the transcript.`,
      ({ rng }) => {
        const rt = `1//0${rng.pick(['3', '4', '9'])}${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            ps: [
              `${PS} $t = Invoke-RestMethod https://oauth2.googleapis.com/token -Method Post -Body @{client_id='${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com'; client_secret='GOCSPX-${rng.b64url(28)}'; refresh_token='${rt}'; grant_type='refresh_token'}`,
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'transcript-hashtable-authorization-bearer',
      'error',
      "The headers hashtable for the shop's API, printed by typing its name: PowerShell shows a hashtable as a Name/Value table, the `Authorization` row with the shop's API token.",
      ({ rng }) => {
        const at = rng.alnum(40);
        return {
          value: at,
          event: {
            ps: [
              `${PS} $h = @{ Authorization = "Bearer $env:KYBYN_SHOP_API" }`,
              `${PS} $h`,
              '',
              'Name                           Value',
              '----                           -----',
              `Authorization                  Bearer ${at}`,
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'transcript-getcookies-kybyn-sesija',
      'error',
      WHY.session(
        'The shop\'s session cookie `kybyn_sesija` (sesija, "session"), printed from the web session\'s cookie container as a list',
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            ps: [
              `${PS} Invoke-WebRequest https://www.${KR}/kir -Method Post -Body @{at='admin'; jasyryn_soz=$env:KYBYN_SHOP_SOZ} -SessionVariable s -UseBasicParsing | Out-Null`,
              `${PS} $s.Cookies.GetCookies('https://www.${KR}')`,
              '',
              'Comment    :',
              'CommentUri :',
              'HttpOnly   : True',
              'Discard    : False',
              `Domain     : www.${KR}`,
              'Expired    : False',
              'Expires    : 01/01/0001 00:00:00',
              'Name       : kybyn_sesija',
              'Path       : /',
              'Port       :',
              'Secure     : True',
              `TimeStamp  : 29/11/2027 ${pad(rng.int(9, 11))}:${pad(rng.int(10, 59))}:${pad(rng.int(10, 59))}`,
              `Value      : ${sid}`,
              'Version    : 0',
              '',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'transcript-get-filehash-backup',
      'none',
      "`Get-FileHash` of the night's database dump (SHA-256): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64).toUpperCase();
        return {
          value: h,
          event: { ps: [`${PS} Get-FileHash D:\\Backup\\kybyn-20271129.sql.gz | Select-Object Hash`, '', 'Hash', '----', h, ''] },
        };
      },
    ),
    {
      raw: {
        ps: [
          `${PS} Stop-Transcript`,
          '**********************',
          'Windows PowerShell transcript end',
          'End time: 20271129094521',
          '**********************',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_KR + 7 * HOUR + 14 * MIN, site: { host: 'ps' }, filler, render, steps, header });
}

// =====================================================================================================================
// The carpet weavers' cooperative of Khuchni (Tabasaran; Khuchni, Dagestan: MSK, UTC+3 all year)
// =====================================================================================================================

const TB = 'khuchni-hali.example';

// ---------------------------------------------------------------------------------------------------------------------
// hubot.log: the cooperative's order bot, Hubot 3 with a Telegram adapter and the cooperative's scripts (orders, Google
// sign-in for the order page, Yandex Disk for photos, a Metabase report, tour tickets), stdout under systemd written to
// a file: Hubot's `log` module, `[<Date.toString()>] <LEVEL> <message>`, the local time with its offset and zone name;
// util.inspect output over several lines.
// From memory (not fetched): the `log` module's layout and Node's Date string.

function hubotLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + MSK * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${local(t, MSK).slice(11, 19)} GMT+0300 (Moscow Standard Time)`;
  };
  const render = (e) => e.hb.map(([lvl, msg], i) => `[${stamp(e.t + i * 3)}] ${lvl} ${msg}`);
  const USERS = ['@zarema_kh', '@murad_tab', '@aminat.rugs', '@sabina_kh', '@ruslan_k'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        hb: [
          [
            'INFO',
            `сифариш №${rng.int(300, 480)}: хали ${rng.int(1, 3)}×${rng.int(2, 4)} м, ${rng.pick(['гьазур', 'кьабул'])} (${rng.pick(USERS)})`,
          ],
        ],
      }),
      () => ({ hb: [['DEBUG', `Received message ${rng.int(4000, 9000)} from ${rng.pick(USERS)} in chat -100${digits(rng, 10)}`]] }),
      () => ({ hb: [['DEBUG', `telegram: getUpdates offset=${digits(rng, 9)} (${rng.int(0, 3)} updates)`]] }),
    ])();
  const gsi = (rng, t, lifetime, age) =>
    jwt(rng, t, {
      lifetime,
      age,
      alg: 'HS256',
      claims: {
        iss: 'https://accounts.google.com',
        azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
        aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
        sub: digits(rng, 21),
        email_verified: true,
        nbf: Math.floor(t / 1000) - age - 5,
      },
    });
  const steps = [
    {
      raw: {
        hb: [
          ['INFO', 'Hubot 3.5.0 — adapter telegram'],
          ['INFO', 'Loading scripts from /opt/hali-bot/scripts'],
          ['INFO', 'Telegram Bot: @khuchni_hali_bot'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'id-token',
      'hubot-inspect-gsi-credential-live',
      'error',
      "Google's sign-in button posts its `credential` (an ID token) and `g_csrf_token` to the bot's route for the order page, and the script logs the body with util.inspect; an hour's ID token, live when logged (the line's time has its offset)",
      ({ rng, t }) => {
        const { token, facts } = gsi(rng, t, 3600, rng.int(5, 40));
        return {
          value: token,
          jwt: facts,
          event: { hb: [['DEBUG', `POST /hubot/google body: { credential: '${token}', g_csrf_token: '${rng.hex(16)}' }`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'hubot-masked-yandex-token',
      'none',
      'The Yandex Disk script names the token it uses masked after its prefix (`y0_****<4>`): a redaction remnant, no credential.',
      ({ rng }) => {
        const m = `y0_****${rng.alnum(4)}`;
        return { value: m, event: { hb: [['INFO', `Yandex Disk: token ${m}, хали суратар: ${rng.int(200, 900)}`]] } };
      },
    ),
    plant(
      'implicit-fragment',
      'hubot-telegram-message-yandex-access-token-fragment',
      'error',
      "A weaver sends the bot the address the Yandex sign-in left in her browser, implicit grant (`#access_token=y0_…`) and all, and the script logs the message's text.",
      ({ rng }) => {
        const at = `y0_${rng.b64url(55)}`;
        return {
          value: at,
          event: {
            hb: [
              [
                'DEBUG',
                `Message text from @aminat.rugs: "https://www.${TB}/yandex#access_token=${at}&token_type=bearer&expires_in=31536000&cid=${lowerNum(rng, 20)}"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'hubot-yandex-token-refreshed-json',
      'error',
      `${WHY.refresh} The Yandex Disk script renews its token and logs Yandex's whole answer, \`refresh_token\` in it.`,
      ({ rng }) => {
        const rt = `1:${rng.b64url(16)}:${rng.b64url(22)}:${rng.b64url(43)}`;
        return {
          value: rt,
          event: {
            hb: [
              [
                'DEBUG',
                `Yandex token refreshed: {"access_token":"y0_${rng.b64url(55)}","expires_in":31536000,"refresh_token":"${rt}","token_type":"bearer"}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'hubot-inspect-request-headers-authorization',
      'error',
      "An order from the shop's app fails in the bot's route, and the error handler prints the request's headers with util.inspect, one a line: `authorization: 'Bearer …'` with the app's API token.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            hb: [
              ['ERROR', "Unhandled error on POST /hubot/sifarish: TypeError: Cannot read properties of undefined (reading 'rang')"],
              [
                'DEBUG',
                `request headers: {\n  host: 'bot.${TB}',\n  'user-agent': 'okhttp/5.3.2',\n  authorization: 'Bearer ${tok}',\n  'content-type': 'application/json; charset=utf-8',\n  'content-length': '${rng.int(150, 400)}'\n}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'hubot-bilet-workshop-tour-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket for the weaving workshop tour (`bilet`, билет), checked through the bot's route by the guide's phone and accepted (`кьабул`). The ticket is",
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.hbilet = t;
        return { value: b, event: { hb: [['INFO', `GET /hubot/bilet?bilet=${b} from 203.0.113.41: билет кьабул (1)`]] } };
      },
      { ref: 'hbilet' },
    ),
    2,
    plant(
      'replay',
      'hubot-bilet-workshop-tour-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('hbilet').value,
            why: `${WHY.replay('bilet', gap('hbilet', t))} Another address checked the same tour ticket and the bot accepted it again.`,
          },
        ],
        event: { hb: [['INFO', `GET /hubot/bilet?bilet=${refs.get('hbilet').value} from 198.51.100.233: билет кьабул (2)`]] },
      }),
      { replayOf: 'hbilet', after: 212 },
    ),
    4,
    plant(
      'encoded',
      'hubot-telegram-start-base64url-achar',
      'error',
      'The shop\'s "track your order" button opens the bot with a deep link whose `start` payload is base64url of `sifarish:<n>:achar:<key>` (achar, "key"); the bot logs `/start` with its payload, and the key inside opens the order.',
      ({ rng }) => {
        const p = b64urlOf(`sifarish:${rng.int(300, 480)}:achar:${rng.alnum(20)}`);
        return { value: p, event: { hb: [['INFO', `/start ${p} from @sabina_kh`]] } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'hubot-metabase-embed-expired',
      'note',
      'The weekly report script fetches a Metabase dashboard through a signed embed URL (`/embed/dashboard/<JWT>`) it had built an hour earlier, and logs the 401; the ten-minute JWT had expired before the line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: 600 + rng.int(3000, 4000),
          claims: { resource: { dashboard: 3 }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: { hb: [['WARN', `hisabat: GET https://metabase.${TB}/embed/dashboard/${token}#bordered=true&titled=true -> 401`]] },
        };
      },
    ),
    plant(
      'negative',
      'hubot-telegram-file-unique-id',
      'none',
      "A photo's `file_unique_id` in Telegram's update (`AQAD…`): the file's stable identifier, which no API call accepts to download it; no credential.",
      ({ rng }) => {
        const f = `AQAD${rng.b64url(12)}`;
        return { value: f, event: { hb: [['DEBUG', `photo from @zarema_kh: file_unique_id=${f}, 1280x960, хали сурат`]] } };
      },
    ),
    2,
    plant(
      'id-token',
      'hubot-gsi-credential-expired',
      'note',
      "The same sign-in route rejects a `credential` posted from a page left open: Google's library says the token was used too late, and the script logs the body; an hour's ID token that had expired about two hours before the line",
      ({ rng, t }) => {
        const { token, facts } = gsi(rng, t, 3600, 3600 + rng.int(6800, 7600));
        return {
          value: token,
          jwt: facts,
          event: {
            hb: [['WARN', `Google credential rejected (Token used too late): { credential: '${token}', g_csrf_token: '${rng.hex(16)}' }`]],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_TB + 7 * HOUR, site: { host: 'hubot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// podio-comments.jsonl: the cooperative's Podio workspace (orders app "Сифаришар"), the items' comments read from
// Podio's API (`GET /comment/item/{id}/`) one a line, with their fields: `comment_id`, `value`, `rich_value`, `ref`,
// `space_id`, `created_on` (UTC, Podio's `YYYY-MM-DD HH:MM:SS`), `created_by`, `created_via`, `embed` (the link
// Podio resolved from the text), `files`, `like_count`, `is_liked`.
// From memory (not fetched): the comment object's fields.

function podioLog(rng) {
  const PEOPLE = [
    [4120551, 'Зарема Кахриманова'],
    [4120552, 'Мурад Гьасанов'],
    [4120553, 'Аминат Рамазанова'],
    [4120554, 'Сабина Керимова'],
  ];
  let cid = 88120044;
  const render = (e) => {
    const who = e.who ?? PEOPLE[cid % 4];
    const urls = e.pd.match(/https?:\/\/\S+/);
    const embed = urls
      ? { embed_id: 9000000 + (cid % 100000), original_url: urls[0], resolved_url: urls[0], type: 'link', title: null, description: null }
      : null;
    cid += 1 + (cid % 3);
    return [
      JSON.stringify({
        comment_id: cid,
        value: e.pd,
        rich_value: e.pd,
        external_id: null,
        ref: { type: 'item', id: e.item ?? 2210400 + (cid % 90) },
        space_id: 7781203,
        created_on: ymdHmsAt(e.t, 0),
        created_by: { type: 'user', id: who[0], name: who[1] },
        created_via: { id: 1, name: 'Podio', url: 'http://podio.com', display: false },
        embed,
        files: [],
        like_count: 0,
        is_liked: false,
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ pd: `Сифариш №${rng.int(300, 480)}: хали ${rng.int(1, 3)}×${rng.int(2, 4)} м гьазур. Баркаллагь!` }),
      () => ({ pd: `Рангар: ${rng.pick(['гъирмиз', 'шид-рангар', 'лацу', 'учIру'])}, ${rng.int(2, 9)} кг` }),
      () => ({ pd: rng.pick(['Салам! Хали Дербентдиз гъушну.', 'Баркаллагь!', 'Гьазур.']) }),
    ])();
  const steps = [
    4,
    plant(
      'implicit-fragment',
      'podio-comment-vk-blank-access-token',
      'error',
      "A member pastes VK's implicit-grant return (`oauth.vk.com/blank.html#access_token=vk1.a.…`) into a comment while setting up posting to the cooperative's VK group; Podio keeps it in `value` and in the resolved `embed`.",
      ({ rng }) => {
        const at = `vk1.a.${rng.b64url(200)}`;
        return {
          value: at,
          event: {
            pd: `Салам, VK-дин ачар: https://oauth.vk.com/blank.html#access_token=${at}&expires_in=86400&user_id=${digits(rng, 9)}`,
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'podio-comment-russian-post-tracking',
      'none',
      'A Russian Post tracking number (14 digits) for a carpet sent to a buyer: a public tracking id, no credential.',
      ({ rng }) => {
        const n = `3680${digits(rng, 10)}`;
        return { value: n, event: { pd: `Хали почтайиз: трек ${n}` } };
      },
    ),
    plant(
      'path-secret',
      'podio-comment-yandex-disk-public-link',
      'error',
      "A Yandex Disk public link (`disk.yandex.ru/d/<token>`) to the folder of finished carpets' photos, pasted for the shop: whoever has the link opens the folder until the link is removed.",
      ({ rng }) => {
        const tok = rng.b64url(14);
        return { value: tok, event: { pd: `Хали суратар: https://disk.yandex.ru/d/${tok}` } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'podio-comment-metabase-embed-no-exp',
      'error',
      "A Metabase embed of a saved question (`/embed/question/<JWT>`) pasted to share the month's sales; the JWT has no `exp`, so the link never expires",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { resource: { question: 17 }, params: {} } });
        return {
          value: token,
          jwt: facts,
          event: { pd: `Сифаришар, ноябрь: https://metabase.${TB}/embed/question/${token}#bordered=true` },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'podio-comment-copy-as-curl-seans-cookie',
      'error',
      WHY.session(
        'A developer pastes a failing call copied from the browser ("Copy as cURL"), with the shop\'s admin session cookie `seans` (сеанс, "session")',
      ),
      ({ rng }) => {
        const sid = rng.hex(48);
        return {
          value: sid,
          event: {
            pd: `Ихь кIваз: curl 'https://www.${TB}/admin/api/sifarish/412' -H 'Accept: application/json' -H 'Cookie: seans=${sid}; til=tab' --compressed`,
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'podio-comment-id-token-fragment',
      'error',
      "The address the shop's sign-in returned to, `#id_token=…` in its fragment, pasted into a comment to report a blank page; an hour's ID token, live at the comment's `created_on` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 900),
          claims: { iss: `https://id.${TB}`, aud: 'hali-shop', sub: rng.uuid(), nonce: rng.b64url(22) },
        });
        return {
          value: token,
          jwt: facts,
          event: { pd: `Сайт ачух жедарза: https://www.${TB}/kirar#id_token=${token}&state=${rng.b64url(22)}` },
        };
      },
    ),
    plant(
      'negative',
      'podio-comment-item-link-ids',
      'none',
      "A link to another Podio item (`/apps/<app>/items/<n>`): the workspace's own ids, shown only to its members; no credential.",
      ({ rng }) => {
        const n = `${rng.int(400, 480)}`;
        const url = `https://podio.com/khuchnihali/sifarishar/apps/sifarishar/items/${n}`;
        return { value: url, event: { pd: `Гьам сифариш: ${url}` } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_TB + 5 * HOUR, site: { host: 'podio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openmqttgateway-serial.log: OpenMQTTGateway 1.8 on an ESP32 (LilyGo LoRa32) in the dye room, its serial console read
// with `pio device monitor` into a file: OMG's level letter and colon (`N:` notice, `T:` trace, `E:` error), its
// `[ <module> ]` tags, the JSON it publishes or receives. No time on the lines.
// From memory (not fetched): the level letters and the module tags.

function omgLog(rng) {
  const render = (e) => e.om;
  const MACS = ['A4:C1:38:5E:21:0B', 'A4:C1:38:9D:44:7A', 'E7:2F:11:90:3C:D4'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        om: [
          `N: [ BTtoMQTT ] {"id":"${rng.pick(MACS)}","name":"LYWSD03MMC","rssi":-${rng.int(50, 95)},"tempc":${rng.int(180, 290) / 10},"hum":${rng.int(40, 85)},"batt":${rng.int(50, 100)}}`,
        ],
      }),
      () => ({
        om: [
          `T: [ OMG->MQTT ] topic: home/OMG_lilygo_rtl_433_ESP/LORAtoMQTT msg: {"rssi":-${rng.int(60, 110)},"snr":${rng.int(-50, 95) / 10},"packetSize":${rng.int(8, 40)},"message":"kazan-${rng.int(1, 4)} ${rng.int(400, 700) / 10}"}`,
        ],
      }),
      () => ({
        om: [
          `N: [ SYStoMQTT ] {"uptime":${Math.floor((t - DAY_TB - 6 * HOUR) / 1000) + 31},"version":"v1.8.0","freemem":${rng.int(90000, 140000)},"rssi":-${rng.int(50, 80)},"SSID":"Hali-Rangar","BSSID":"${MACS[2]}"}`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        om: [
          'N: ************* WELCOME TO OpenMQTTGateway **************',
          'N: OpenMQTTGateway Version: v1.8.0',
          'N: Connected to WiFi',
          'N: OpenMQTTGateway IP: 192.168.8.40',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'omg-broker-certificate-fingerprint',
      'none',
      "The SHA-256 fingerprint of the MQTT broker's TLS certificate, which the gateway pins and prints when it connects: a public certificate's fingerprint, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64);
        return { value: fp, event: { om: [`N: Broker certificate fingerprint: ${fp}`, 'N: Connected to broker'] } };
      },
    ),
    6,
    plant(
      'api-key-name',
      'omg-mqtt-to-sys-config-mqtt-pass',
      'error',
      'A new broker login is sent to the gateway on its `commands/MQTTtoSYS/config` topic, and OMG echoes the command it received: the broker password under `mqtt_pass`, long-lived (until someone changes it).',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            om: [
              `N: [ MQTTtoSYS ] {"mqtt_user":"rangar","mqtt_pass":"${pw}","mqtt_server":"mqtt.${TB}","mqtt_port":"8883","mqtt_secure":true,"save":true}`,
              'N: [ MQTTtoSYS ] Saving config and restarting',
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'omg-ble-servicedata-hex',
      'none',
      "A BLE thermometer's advertisement as OMG publishes it, its `servicedata` in hex (temperature, humidity, battery): sensor data, no credential.",
      ({ rng }) => {
        const sd = rng.hex(30);
        return {
          value: sd,
          event: {
            om: [
              `N: [ BTtoMQTT ] {"id":"${MACS[1]}","mac_type":0,"adv_type":0,"name":"ATC_9D447A","rssi":-71,"servicedata":"${sd}","servicedatauuid":"0x181a"}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'omg-lora-message-base64-json-achar',
      'error',
      "The dye vats' LoRa node sends its readings as base64 of a JSON object that includes the key it posts to the cooperative's server with (`achar`, ачар, \"key\"); OMG publishes the packet's `message` as received.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ q: 'shid-3', achar: rng.alnum(24), t: rng.int(550, 680) / 10 }));
        return {
          value: b,
          event: {
            om: [
              `N: [ LORAtoMQTT ] {"rssi":-${rng.int(70, 100)},"snr":${rng.int(10, 90) / 10},"pferror":-${rng.int(1000, 4000)},"packetSize":${Buffer.from(b, 'base64').length},"message":"${b}"}`,
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_TB + 6 * HOUR, site: { host: 'omg' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// limnoria.log: the cooperative's IRC bot (#khuchni-hali on Libera.Chat), Limnoria 2025, `logs/messages.log`:
// `<LEVEL> <yyyy-mm-ddThh:mm:ss> <message>` in local time (MSK) without zone, the RSS and Web plugins and the
// cooperative's own plugin (PodioLenta, new orders from Podio).
// From memory (not fetched): the layout, the RSS and Web plugins' messages.

function limnoriaLog(rng) {
  const render = (e) => e.lm.map(([lvl, msg], i) => `${lvl} ${local(e.t + i * 2000, MSK).slice(0, 19)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        lm: [
          [
            'INFO',
            `Incoming message from ${rng.pick(['zarema', 'murad_t', 'aminat', 'ruslan'])}!~${rng.pick(['u', 'z', 'm'])}@${publicIp(rng)}: .${rng.pick(['sifarish', 'rang', 'seen'])}`,
          ],
        ],
      }),
      () => ({ lm: [['INFO', 'Server irc.libera.chat has sent PING, replying with PONG']] }),
      () => ({ lm: [['DEBUG', `PodioLenta: ${rng.int(0, 3)} new comments on Сифаришар`]] }),
    ])();
  const steps = [
    {
      raw: {
        lm: [
          ['INFO', 'Limnoria 2025.07.18 starting.'],
          ['INFO', 'Connecting to irc.libera.chat:6697.'],
          ['INFO', 'Joining #khuchni-hali.'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'refresh-token',
      'limnoria-podio-token-response-repr',
      'error',
      `${WHY.refresh} The PodioLenta plugin renews its Podio token and logs Podio's answer as a Python dict, \`refresh_token\` in it.`,
      ({ rng }) => {
        const rt = rng.hex(32);
        return {
          value: rt,
          event: {
            lm: [
              [
                'DEBUG',
                `PodioLenta: token response {'access_token': '${rng.hex(32)}', 'token_type': 'bearer', 'expires_in': 28800, 'refresh_token': '${rt}', 'scope': 'global:all', 'ref': {'type': 'user', 'id': ${rng.int(4000000, 4999999)}}}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'limnoria-rss-private-feed-path',
      'error',
      WHY.pathSecret(
        "The shop's private feed of new orders (`/lenta/<32 hex>/sifarishar.rss`), whose path is its only protection; the RSS plugin writes each fetch",
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: { lm: [['INFO', `RSS: fetching feed sifarishar from https://www.${TB}/lenta/${tok}/sifarishar.rss`]] },
        };
      },
    ),
    plant(
      'negative',
      'limnoria-rss-etag',
      'none',
      "The feed's `ETag` (a hash of its contents) in the RSS plugin's not-modified line: a cache validator, no credential.",
      ({ rng }) => {
        const e = rng.hex(40);
        return { value: e, event: { lm: [['DEBUG', `RSS: feed sifarishar not modified (ETag "${e}")`]] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'limnoria-web-error-achar',
      'error',
      `${WHY.apiKey('achar')} \`achar\` (ачар, "key") is the dye stock API's key; the Web plugin's error quotes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { lm: [['WARNING', `Web: could not fetch https://api.${TB}/v1/rangar?achar=${key}: HTTP Error 403: Forbidden`]] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'limnoria-web-title-tracking-base64-sir',
      'error',
      'A link pasted in the channel goes through the newsletter\'s click tracker, its path base64url of the target; decoded, the target is the order page with its `sir` (сир, "secret"), which opens the buyer\'s order.',
      ({ rng }) => {
        const b = b64urlOf(`https://www.${TB}/sifarish/${rng.int(300, 480)}?sir=${rng.alnum(24)}`);
        return { value: b, event: { lm: [['INFO', `Web: title for https://click.${TB}/r/${b}: "Хали — сифариш"`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'limnoria-rss-item-guid',
      'none',
      "An RSS item's `guid` (a SHA-1 of the order's item) the RSS plugin announces: an identifier, no credential.",
      ({ rng }) => {
        const g = rng.hex(40);
        return { value: g, event: { lm: [['INFO', `RSS: announcing new item ${g} to #khuchni-hali`]] } };
      },
    ),
    4,
    plant(
      'replay',
      'limnoria-recept-one-time-download-bilet',
      'note',
      WHY.ticketFirst(
        'The `.recept` command fetches the dye recipe through a one-time download link (`bilet`, билет, "ticket"); the bot writes the fetch. The ticket is',
      ),
      ({ rng }) => {
        const b = rng.b64url(32);
        return {
          value: b,
          event: {
            lm: [['INFO', `PodioLenta: fetched https://files.${TB}/download?bilet=${b} (recept-gyrmyz.pdf, ${rng.int(80, 400)} kB)`]],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_TB + 15 * HOUR, site: { host: 'limnoria' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout125');
writePart(join(here, 'heldout125'), {
  'errbot.log': errbotLog(rng),
  'smf_log_errors.csv': smfLog(rng),
  'log-20271115.txt': winAcmeLog(rng),
  '#staithes-shanty.log': eggdropLog(rng),
  'agent-dvr-log.txt': agentDvrLog(rng),
  'cutelyst-jerler.log': cutelystLog(rng),
  'squidex.log': squidexLog(rng),
  'sopel.log': sopelLog(rng),
  'nextcloud-desktop.log': nextcloudLog(rng),
  'PowerShell_transcript.KYBYN-SRV.20271129.txt': transcriptLog(rng),
  'hubot.log': hubotLog(rng),
  'podio-comments.jsonl': podioLog(rng),
  'openmqttgateway-serial.log': omgLog(rng),
  'limnoria.log': limnoriaLog(rng),
});
