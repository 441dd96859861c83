// Writes corpus/logs-in-the-wild/heldout86/: an eighty-sixth held-out part, in formats no other part uses (a GnuCash 5
// `gnucash.trace`, an mpv 0.38 `--log-file` of a bus terminal's screen, a DokuWiki `data/log/error/<date>.log`, a
// Pimcore 11 `var/log/prod.log`, `docker logs -t` of Open WebUI, a FarmBot OS console log, `mpremote` output of a
// MicroPython 1.23 scale, a Flowise server log, `docker logs -t` of llama.cpp's llama-server at `-v`, a grammY bot under
// `DEBUG=grammy*`, an AtoM 2.8 `log/qubit_prod.log` (symfony 1.4's file logger), a MODX 3 `core/cache/logs/error.log`, a
// Contao 5 `var/logs/prod-<date>.log`, a ResourceSpace 10 debug log), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout86.mjs     rewrites heldout86/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: the Moho River Cacao Cooperative of Punta Gorda (Toledo District, Belize), with a chocolate shop and
// the Moho Line buses (English, five logs); Huauhtli Tlacetililiztli, an amaranth (huauhtli) growers' union of
// Tulyehualco (Xochimilco) that sells at street markets (tianquiztli) (Nahuatl, Classical-based modern orthography
// without vowel-length marks, five logs); a Limburgish group of Vallekeberg (Valkenburg aan de Geul): marl cave tours
// (mergelgroeve), a carnival society (vastelaovend), an asparagus grower (asperzje) and a mining museum (mienmuseum) (four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Belize and Mexico City (UTC-6, no daylight saving time), Limburg in January (CET, UTC+1). */
const CST = -360;
const CET = 60;
const DAY_BZ = Date.UTC(2027, 4, 18, 0, 0, 0);
const DAY_MX = Date.UTC(2027, 7, 4, 0, 0, 0);
const DAY_LI = Date.UTC(2027, 0, 16, 0, 0, 0);

// =====================================================================================================================
// Moho River Cacao Cooperative (English; Punta Gorda, Belize: CST, UTC-6 all year)
// =====================================================================================================================

const MC = 'mohocacao.example';
const ML = 'moholine.example';

// ---------------------------------------------------------------------------------------------------------------------
// gnucash.trace: the trace file of GnuCash 5.9 on the treasurer's desktop (local time of day only):
// `* HH:MM:SS  <LEVEL, 5 wide> <log domain> [<function>()] <message>`; levels ERROR, CRIT, WARN, MESSG, INFO, DEBUG.
// From memory (not fetched): the trace file's layout, the Finance::Quote and document-link messages.

function gnucashTrace(rng) {
  const render = (e) => e.gc.map(([lvl, dom, fn, msg]) => `* ${local(e.t, CST).slice(11, 19)}  ${lvl.padEnd(5)} <${dom}> [${fn}()] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        gc: [
          [
            'INFO',
            'gnc.backend.sql',
            'GncSqlBackend::sync',
            `Committed ${rng.int(1, 40)} objects to sqlite3:///home/treasurer/books/moho-coop.gnucash`,
          ],
        ],
      }),
      () => ({
        gc: [
          [
            'WARN',
            'gnc.engine',
            'xaccTransScrubCurrency',
            `Transaction "Cacao beans ${rng.pick(['Aguacate', 'San Felipe', 'Crique Jute', 'Indian Creek'])} lot ${rng.int(10, 99)}" had no currency; set to BZD`,
          ],
        ],
      }),
      () => ({ gc: [['INFO', 'gnc.gui', 'gnc_main_window_cmd_file_save', 'Saving the book']] }),
      () => ({
        gc: [
          [
            'DEBUG',
            'gnc.register.ledger',
            'gnc_ledger_display_refresh',
            `ledger refresh for Assets:Current Assets:${rng.pick(['Belize Bank', 'Petty Cash', 'Heritage Bank'])} (${rng.int(20, 400)} splits)`,
          ],
        ],
      }),
      () => ({ gc: [['MESSG', 'gnc.price-quotes', 'GncQuotesImpl::fetch', `Fetching ${rng.int(1, 4)} currency quotes`]] }),
    ])();
  const steps = [
    {
      raw: {
        gc: [
          ['MESSG', 'gnc.bin', 'main', 'GnuCash 5.9 built 2026-12-20 from 5.9'],
          ['MESSG', 'gnc.bin', 'main', 'Finance::Quote 1.62 detected'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'gnucash-account-guid',
      'none',
      "A GnuCash account's GUID (32 hex digits) in the engine's debug line: an identifier in the book, no credential.",
      ({ rng }) => {
        const g = rng.hex(32);
        return {
          value: g,
          event: { gc: [['DEBUG', 'gnc.engine', 'xaccAccountCommitEdit', `account ${g} "Income:Cacao Sales:Export" committed`]] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'gnucash-finance-quote-error-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} Finance::Quote's error message for a currency quote carries the whole request URL, key included, and GnuCash copies it into its trace file.`,
      ({ rng }) => {
        const key = upperNum(rng, 16);
        return {
          value: key,
          event: {
            gc: [
              [
                'WARN',
                'gnc.price-quotes',
                'GncQuotesImpl::report',
                `Finance::Quote returned an error for USD/BZD: 500 read timeout at https://www.alphavantage.co/query?function=CURRENCY_EXCHANGE_RATE&from_currency=USD&to_currency=BZD&apikey=${key}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'gnucash-doclink-open-share-link',
      'error',
      WHY.pathSecret(
        "A transaction's linked document is a share link to a buyer's invoice (`files.mohocacao.example/s/<token>/…`); GnuCash's document link fails to open it and writes the URI",
      ),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            gc: [
              [
                'WARN',
                'gnc.gui.doclink',
                'gnc_doclink_open_uri',
                `Could not open linked document https://files.${MC}/s/${tok}/invoice-0412-ritter.pdf: no handler for the scheme`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'gnucash-quote-helper-masked-key',
      'none',
      "The quote helper's environment as the trace shows it, the key masked (`ALPHAVANTAGE_API_KEY=********`): no credential.",
      () => ({
        value: 'ALPHAVANTAGE_API_KEY=********',
        event: {
          gc: [
            [
              'DEBUG',
              'gnc.price-quotes',
              'GncFQQuoteSource::run_cmd',
              'running perl -w /usr/bin/finance-quote-wrapper with ALPHAVANTAGE_API_KEY=********',
            ],
          ],
        },
      }),
    ),
    5,
    plant(
      'session-id',
      'gnucash-ofx-import-url-bsessionid',
      'error',
      WHY.session(
        "The bank's statement export URL, kept in the OFX import's source and written when the import fails, carries the online-banking session (`BSESSIONID=`)",
      ),
      ({ rng }) => {
        const sid = rng.hex(40).toUpperCase();
        return {
          value: sid,
          event: {
            gc: [
              [
                'ERROR',
                'gnc.import.ofx',
                'gnc_file_ofx_import',
                `libofx could not parse the statement fetched from https://ebank.beliz-bank.example/ib/export.do?fmt=ofx&acct=1&BSESSIONID=${sid}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'gnucash-doclink-redirect-nested-percent-encoded-download-token',
      'error',
      'A linked document stored as a click-tracking redirect whose `u=` holds the real URL percent-encoded, with a `download_token` inside (`%3Fdownload_token%3D…`).',
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            gc: [
              [
                'WARN',
                'gnc.gui.doclink',
                'gnc_doclink_get_unescaped_just_uri',
                `link is not a file URI: https://l.${MC}/r?u=https%3A%2F%2Fdrive.${MC}%2Fexport%2Fharvest-2027.xlsx%3Fdownload_token%3D${tok}`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BZ + 14 * HOUR, site: { host: 'desk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mpv-terminal.log: `mpv --log-file=… --fs --loop-playlist=inf` of the Punta Gorda bus terminal's departure screen,
// mpv 0.38: `[<seconds since start, 10.3>][<level letter>][<module>] <message>` (no wall-clock time); a Lua script's
// messages under the script's name.
// From memory (not fetched); the search tool showed mpv's msg.h levels (fatal, error, warn, info, status, v, debug,
// trace).

function mpvLog(rng) {
  let t0;
  const render = (e) => {
    t0 ??= e.t;
    const s = ((e.t - t0) / 1000).toFixed(3).padStart(10);
    return e.mp.map(([l, mod, msg]) => `[${s}][${l}][${mod}] ${msg}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        mp: [
          ['v', 'cplayer', `EOF code: 1`],
          ['i', 'cplayer', `Playing: /srv/screen/loop/${rng.pick(['departures', 'fares', 'safety', 'cacao-ad'])}.mp4`],
        ],
      }),
      () => ({ mp: [['v', 'vo/gpu', `Resizing to 1920x1080`]] }),
      () => ({ mp: [['i', 'cplayer', ` (+) Video --vid=1 (*) (h264 1920x1080 ${rng.pick([25, 30])}fps)`]] }),
      () => ({ mp: [['v', 'demux', `Detected file format: mov,mp4,m4a,3gp,3g2,mj2 (libavformat)`]] }),
      () => ({
        mp: [
          ['d', 'cplayer', `Run command: script-message-to, flags=64, args=[target="departures", args="refresh"]`],
          ['i', 'departures', `board refreshed: ${rng.int(4, 12)} departures (Dangriga, Belize City, San Antonio)`],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        mp: [
          ['v', 'cplayer', 'mpv 0.38.0 Copyright © 2000-2024 mpv/MPlayer/mplayer2 projects'],
          ['v', 'cplayer', ' built on Debian 13'],
        ],
      },
      after: 0,
    },
    plant(
      'api-key-name',
      'mpv-command-line-options-playlist-url-screen-key',
      'error',
      `${WHY.apiKey('screen_key')} The screen's playlist URL is given on mpv's command line; mpv logs its command line options at start-up and then \`Playing: <url>\`.`,
      ({ rng }) => {
        const key = rng.alnum(30);
        const url = `https://signage.${ML}/feeds/terminal-pg.m3u?screen=pg-1&screen_key=${key}`;
        return {
          value: key,
          event: {
            mp: [
              ['v', 'cplayer', `Command line options: '--log-file=/var/log/mpv-terminal.log' '--fs' '--loop-playlist=inf' '${url}'`],
              ['v', 'cplayer', 'Reading config file /home/screen/.config/mpv/mpv.conf'],
              ['i', 'cplayer', `Playing: ${url}`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'header-dump',
      'mpv-config-setting-option-http-header-fields-basic',
      'error',
      "mpv.conf sets `http-header-fields` for the media server, and mpv's verbose log writes each option it applies (`Setting option 'http-header-fields' = 'Authorization: Basic <base64>'`).",
      ({ rng }) => {
        const b = b64Of(`screen-pg:${rng.alnum(18)}`);
        return {
          value: b,
          event: { mp: [['v', 'cplayer', `Setting option 'http-header-fields' = 'Authorization: Basic ${b}' (flags = 4)`]] },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'mpv-watch-later-md5',
      'none',
      "mpv's watch-later file name is the MD5 of the played path: a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32).toUpperCase();
        return {
          value: h,
          event: { mp: [['v', 'cplayer', `Loading watch later config from /home/screen/.local/state/mpv/watch_later/${h}`]] },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'mpv-ffmpeg-opening-share-link',
      'error',
      WHY.pathSecret(
        "The timetable loop is pulled from a share link of the video host (`/share/<token>/…`), and libavformat's `Opening '<url>' for reading` writes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: { mp: [['v', 'ffmpeg', `https: Opening 'https://videos.${ML}/share/${tok}/timetable-loop.mp4' for reading`]] },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'mpv-lua-script-dooray-incoming-hook',
      'error',
      WHY.webhook(
        "A Dooray incoming hook (`hook.dooray.com/services/<id>/<id>/<token>`) the screen's Lua script posts to when the stream stops; the script's message writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(22);
        return {
          value: tok,
          event: {
            mp: [
              ['w', 'notify', `stream stalled, posting to https://hook.dooray.com/services/${digits(rng, 19)}/${digits(rng, 19)}/${tok}`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'mpv-ffmpeg-cache-buster',
      'none',
      'A cache buster (`?v=<8 hex>`) on an advertisement clip: no credential.',
      ({ rng }) => {
        const v = rng.hex(8);
        return {
          value: `?v=${v}`,
          event: { mp: [['e', 'ffmpeg', `https: HTTP error 404 Not Found for https://videos.${ML}/ads/cacao-promo.mp4?v=${v}`]] },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'mpv-script-opts-percent-encoded-json-token',
      'error',
      "The departures script receives its settings as percent-encoded JSON in `script-opts`, which mpv writes when it applies the option (`%7B%22token%22%3A%22…`): the timetable API's token.",
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            mp: [
              [
                'v',
                'cplayer',
                `Setting option 'script-opts' = 'departures-cfg=%7B%22api%22%3A%22https%3A%2F%2Fapi.${ML}%2Fv1%2Fdepartures%22%2C%22token%22%3A%22${tok}%22%7D' (flags = 0)`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BZ + 11 * HOUR, site: { host: 'screen' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2027-05-18.log: the members' wiki's error log, DokuWiki 2024-02-06 "Kaos" (`data/log/error/<date>.log`, local time
// without a zone): `YYYY-MM-DD HH:MM:SS<TAB><message><TAB><file>(<line>)`, details on the following lines indented by
// two spaces.
// From memory (not fetched; a search found only DokuWiki plugins).

function dokuwikiLog(rng) {
  const render = (e) =>
    e.dw.flatMap(([msg, file, details = []]) => [`${ymdHmsAt(e.t, CST)}\t${msg}\t${file}`, ...details.map((d) => `  ${d}`)]);
  const filler = (rng) =>
    rng.pick([
      () => ({
        dw: [
          [
            `E_WARNING: Undefined array key "${rng.pick(['title', 'date', 'tags'])}"`,
            `/var/www/wiki/lib/plugins/${rng.pick(['struct', 'bureaucracy', 'tag'])}/syntax.php(${rng.int(40, 400)})`,
            ['#0 /var/www/wiki/inc/parserutils.php(702): ...', '#1 {main}'],
          ],
        ],
      }),
      () => ({
        dw: [
          [
            `E_DEPRECATED: strftime(): Function strftime() is deprecated`,
            `/var/www/wiki/lib/plugins/dateselect/helper.php(${rng.int(20, 90)})`,
          ],
        ],
      }),
      () => ({
        dw: [
          [
            `Indexer: could not lock the index for ${rng.pick(['harvest:2027', 'members:list', 'fermentation:guide', 'bus:timetable'])}`,
            '/var/www/wiki/inc/Search/Indexer.php(154)',
          ],
        ],
      }),
    ])();
  const MAIL = '/var/www/wiki/inc/Mailer.class.php(718)';
  const steps = [
    2,
    plant(
      'negative',
      'dokuwiki-fetch-media-tok',
      'none',
      "DokuWiki's `tok` on a resized image URL (`lib/exe/fetch.php?w=…&tok=<6 hex>`) is a hash of the resize parameters, against resize floods: no credential.",
      ({ rng }) => {
        const tok = rng.hex(6);
        return {
          value: `tok=${tok}`,
          event: {
            dw: [
              [
                'Could not resize image',
                '/var/www/wiki/inc/media.php(2210)',
                [`url: /lib/exe/fetch.php?w=400&tok=${tok}&media=harvest:fermentation-boxes.jpg`],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'dokuwiki-mailer-error-details-resendpwd-pwauth',
      'error',
      WHY.pathSecret(
        "The password reset confirmation link (`doku.php?do=resendpwd&pwauth=<token>`) in the body of a mail that could not be sent, which the mailer's error writes among its details",
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            dw: [
              [
                'Mail could not be sent: SMTP Error: Could not connect to SMTP host.',
                MAIL,
                [
                  'to: a.coc@example.net',
                  'subject: [Moho Wiki] Password reset',
                  'body: To confirm the request please visit:',
                  `body: https://wiki.${MC}/doku.php?do=resendpwd&pwauth=${tok}`,
                ],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'dokuwiki-plugin-fetch-error-wxkey',
      'error',
      `${WHY.apiKey('wxkey')} The rainfall plugin fetches the forecast with the key in the URL and its error message writes it.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            dw: [
              [
                `rainfall: HTTP 429 from https://api.rainfall.example/v1/forecast?lat=16.1&lon=-88.8&wxkey=${key}`,
                '/var/www/wiki/lib/plugins/rainfall/helper.php(61)',
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'dokuwiki-notifier-details-mattermost-hook',
      'error',
      WHY.webhook(
        "A Mattermost incoming webhook (`/hooks/<id>`) the change notifier posts to; the plugin's exception lists the URL among its details",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: {
            dw: [
              [
                'notifier: could not post the page change',
                '/var/www/wiki/lib/plugins/notifier/action.php(88)',
                [`url: https://chat.${MC}/hooks/${id}`, 'status: 0 (Connection timed out)'],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'dokuwiki-plugin-details-cookie-dokuwiki',
      'error',
      WHY.session("DokuWiki's PHP session cookie (`DokuWiki=<id>`), which a plugin's exception lists with the request headers"),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: {
            dw: [
              [
                'struct: aggregation failed',
                '/var/www/wiki/lib/plugins/struct/meta/Search.php(512)',
                ['GET /doku.php?id=members:list', `Cookie: DokuWiki=${sid}; DWf1a9=deleted`],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'dokuwiki-sectok',
      'none',
      "DokuWiki's `sectok` (its CSRF token) in a plugin's details: no credential.",
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: { dw: [['bureaucracy: form rejected', '/var/www/wiki/lib/plugins/bureaucracy/syntax.php(240)', [`sectok=${s}`]]] },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'dokuwiki-plugin-print-r-post-password',
      'error',
      "A login plugin writes `print_r($_POST)` into its exception's details: the member's password sits on the `[p] =>` line.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            dw: [
              [
                'authcoop: login backend unavailable',
                '/var/www/wiki/lib/plugins/authcoop/auth.php(97)',
                ['Array', '(', '    [do] => login', '    [u] => treasurer', `    [p] => ${pw}`, '    [r] => 1', ')'],
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BZ + 13 * HOUR, site: { host: 'wiki' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod.log: the chocolate shop's Pimcore 11 `var/log/prod.log` (Monolog's LineFormatter, PHP's zone America/Belize):
// `[<RFC 3339, microseconds, -06:00>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`.
// From memory (not fetched): Symfony's `Matched route` context and Pimcore's channels.

function pimcoreLog(rng) {
  const stamp = (t) => `${local(t, CST).slice(0, 23)}${pad(rng.int(0, 999), 3)}-06:00`;
  const render = (e) => e.pc.map(([ch, msg, ctx]) => `[${stamp(e.t)}] ${ch}: ${msg} ${ctx ?? '[]'} []`);
  const route = (name, uri, params = {}) => [
    'request.INFO',
    `Matched route "${name}".`,
    JSON.stringify({ route: name, route_parameters: { _route: name, ...params }, request_uri: uri, method: 'GET' }).replace(/\//g, '\\/'),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        pc: [
          route(
            'shop_product',
            `https://shop.${MC}/en/p/${rng.pick(['70-dark-bar', 'cacao-nibs-250g', 'drinking-chocolate', 'cacao-tea'])}`,
          ),
        ],
      }),
      () => ({ pc: [['security.DEBUG', 'Checking for authenticator support.', '{"firewall_name":"shop","authenticators":2}']] }),
      () => ({ pc: [['pimcore.INFO', `Updated stock of ${rng.int(1, 40)} product(s) from the packing house`]] }),
      () => ({
        pc: [
          [
            'messenger.INFO',
            'Received message Pimcore\\Messenger\\VersionDeleteMessage',
            '{"class":"Pimcore\\\\Messenger\\\\VersionDeleteMessage"}',
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'pimcore-matched-route-request-uri-code',
      'warning',
      `${WHY.code} Symfony's \`Matched route\` line writes the whole \`request_uri\` of the shop's OIDC callback.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            pc: [route('app_oidc_check', `https://shop.${MC}/oidc/check?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${code}`)],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'pimcore-form-csrf-token',
      'none',
      "A Symfony form's CSRF token (`_token`) in a checkout warning's context: no credential.",
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: { pc: [['app.WARNING', 'Checkout form invalid', JSON.stringify({ errors: ['address.postcode'], _token: tok })]] },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'pimcore-app-error-context-request-headers-bearer-jwt',
      'error',
      'The packing-house sync logs a failure with the request headers in its context, Symfony-style lists (`"authorization":["Bearer <JWT>"]`), on a line with its zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          jti: true,
          claims: { iss: `https://login.${MC}`, sub: 'svc-pimcore', aud: 'packing-house' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            pc: [
              [
                'app.ERROR',
                'Packing house sync failed',
                JSON.stringify({ status: 502, request_headers: { accept: ['application/json'], authorization: [`Bearer ${token}`] } }),
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'pimcore-app-error-context-refresh-token',
      'error',
      `${WHY.refresh} The marketplace connector logs its failed token refresh with the token it sent in the context.`,
      ({ rng }) => {
        const rt = rng.b64url(52);
        return {
          value: rt,
          event: {
            pc: [
              ['app.ERROR', 'Marketplace token refresh failed', JSON.stringify({ error: 'temporarily_unavailable', refresh_token: rt })],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'pimcore-matched-route-embed-no-exp',
      'error',
      "The harvest map embedded on the shop's story page (`/embed/harvest/<JWT>`), a token without `exp`, in Symfony's `Matched route` line with its route parameter",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://maps.${MC}`, map: 'harvest-2027', villages: ['aguacate', 'san-felipe'] },
        });
        return { value: token, jwt: facts, event: { pc: [route('map_embed', `https://shop.${MC}/embed/harvest/${token}`, { token })] } };
      },
    ),
    5,
    plant(
      'negative',
      'pimcore-sentry-trace',
      'none',
      'A `sentry-trace` value (trace id, span id, sampled flag) in a context: no credential.',
      ({ rng }) => {
        const v = `${rng.hex(32)}-${rng.hex(16)}-1`;
        return {
          value: v,
          event: { pc: [['app.INFO', 'Order exported', JSON.stringify({ order: `MC-${digits(rng, 6)}`, sentry_trace: v })]] },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'pimcore-logout-redirect-id-token-hint-expired',
      'note',
      'An `id_token_hint` on the end-session URL of a logout redirect the shop refused, logged three hours after the token expired',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + 3600 + rng.int(10, 500),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://login.${MC}/realms/shop`, aud: 'pimcore-shop', sub: rng.uuid(), typ: 'ID' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            pc: [
              [
                'app.WARNING',
                'Logout redirect refused',
                JSON.stringify({
                  url: `https://login.${MC}/realms/shop/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fshop.${MC}%2F`,
                }).replace(/\//g, '\\/'),
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BZ + 15 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// open-webui.log: `docker logs -t open-webui` of Open WebUI 0.6 (the bus line's timetable assistant), GLOBAL_LOG_LEVEL
// DEBUG: `<RFC 3339, ns, Z> <YYYY-MM-DD HH:MM:SS.mmm> | <LEVEL, 8 wide> | <module>:<function>:<line> - <message> - {}`
// (loguru, the container in UTC), uvicorn's access lines through the same handler.
// From memory (not fetched).

function openWebuiLog(rng) {
  const render = (e) =>
    e.ow.map(
      ([lvl, where, msg], i) =>
        `${iso(e.t).slice(0, 23)}${pad(i * 300 + rng.int(0, 299), 6)}Z ${ymdHmsAt(e.t, 0)}.${msPart(e.t)} | ${lvl.padEnd(8)} | ${where} - ${msg} - {}`,
    );
  const ACC = 'uvicorn.protocols.http.httptools_impl:send:476';
  const acc = (ip, line, status) => ['INFO', ACC, `${ip}:0 - "${line} HTTP/1.1" ${status}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ ow: [acc(publicIp(rng), `GET /api/v1/chats/?page=${rng.int(1, 4)}`, 200)] }),
      () => ({ ow: [acc(publicIp(rng), 'GET /api/models', 200)] }),
      () => ({ ow: [['INFO', 'open_webui.routers.openai:get_all_models:389', `get_all_models() returned ${rng.int(2, 6)} models`]] }),
      () => ({ ow: [acc(publicIp(rng), `POST /api/chat/completions`, 200)] }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'open-webui-oauth-callback-debug-and-access',
      'warning',
      `${WHY.code} Open WebUI's OAuth handler logs the callback's query at DEBUG and uvicorn's access line writes the same request.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        const q = `state=${rng.b64url(30)}&code=${code}`;
        const ip = publicIp(rng);
        return {
          value: code,
          event: {
            ow: [
              ['DEBUG', 'open_webui.utils.oauth:handle_callback:318', `OAuth callback for provider oidc: ${q}`],
              acc(ip, `GET /oauth/oidc/callback?${q}`, 307),
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'open-webui-oauth-token-response-dict-id-token',
      'error',
      "The OAuth handler's DEBUG line with the token response as a Python dict, `id_token` included (the container's clock is UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          jti: true,
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { iss: `https://login.${ML}`, aud: 'open-webui', sub: rng.uuid(), email: 'dispatch@moholine.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ow: [
              [
                'DEBUG',
                'open_webui.utils.oauth:handle_callback:341',
                `Token response: {'token_type': 'Bearer', 'expires_in': 3600, 'id_token': '${token}', 'scope': 'openid email profile'}`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    5,
    plant('negative', 'open-webui-asset-hash', 'none', "A built asset's content hash in its file name: no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: `index-${h}.js`, event: { ow: [acc(publicIp(rng), `GET /_app/immutable/entry/index-${h}.js`, 200)] } };
    }),
    5,
    plant(
      'implicit-fragment',
      'open-webui-chat-payload-pasted-url-fragment',
      'error',
      'A dispatcher pastes the address the ticket app landed on into a chat (`/#access_token=…`), and the DEBUG payload of the completion request writes the message.',
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            ow: [
              [
                'DEBUG',
                'open_webui.routers.openai:generate_chat_completion:702',
                `payload: {'model': 'timetable', 'messages': [{'role': 'user', 'content': 'the ticket app shows a blank page at https://tickets.${ML}/#access_token=${at}&token_type=bearer&expires_in=3600 what do I tell the driver?'}], 'stream': True}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'open-webui-debug-outgoing-headers-bearer',
      'error',
      "The DEBUG line of the outgoing request to the fare API tool with its headers as a dict (`'Authorization': 'Bearer <token>'`): the tool's service token.",
      ({ rng }) => {
        const tok = `mhl_${rng.alnum(40)}`;
        return {
          value: tok,
          event: {
            ow: [
              [
                'DEBUG',
                'open_webui.utils.tools:execute_tool_server:611',
                `POST https://fares.${ML}/v1/quote headers={'Content-Type': 'application/json', 'Authorization': 'Bearer ${tok}'}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'open-webui-file-content-download-ticket-once',
      'note',
      WHY.ticketFirst(
        "A single-use download ticket on a timetable export (`/api/v1/files/<id>/content?download_ticket=…`), written by uvicorn's access line. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(26);
        firstUse.dl = t;
        return { value: tk, event: { ow: [acc('198.51.100.61', `GET /api/v1/files/${rng.uuid()}/content?download_ticket=${tk}`, 200)] } };
      },
      { ref: 'dl' },
    ),
    2,
    plant(
      'replay',
      'open-webui-file-content-download-ticket-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('dl').value,
            why: `${WHY.replay('download_ticket', gap('dl', t))} Another address fetched the export with the same ticket and got 200.`,
          },
        ],
        event: { ow: [acc('203.0.113.148', `GET /api/v1/files/${rng.uuid()}/content?download_ticket=${refs.get('dl').value}`, 200)] },
      }),
      { replayOf: 'dl', after: 97 },
    ),
    5,
    plant(
      'negative',
      'open-webui-chat-completion-id',
      'none',
      "A completion's id (`chatcmpl-…`) in the DEBUG line of a model's answer: an identifier, no credential.",
      ({ rng }) => {
        const id = `chatcmpl-${rng.alnum(29)}`;
        return {
          value: id,
          event: { ow: [['DEBUG', 'open_webui.routers.openai:generate_chat_completion:768', `response id=${id} finish_reason=stop`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_BZ + 16 * HOUR, site: { host: 'owui' }, filler, render, steps });
}

// =====================================================================================================================
// Huauhtli Tlacetililiztli (Nahuatl; Tulyehualco, Xochimilco: UTC-6; devices and containers in UTC)
// =====================================================================================================================

const HT = 'huauhtli.example';

// ---------------------------------------------------------------------------------------------------------------------
// farmbot.log: the console of the chinampa's FarmBot OS 15 (Elixir Logger, console format `$date $time [$level]
// $message`, `utc_log: true`), with Lua sequences' `http()` errors and the API client's debug lines.
// From memory (not fetched).

function farmbotLog(rng) {
  const render = (e) => e.fb.map(([lvl, msg]) => `${ymdHmsAt(e.t, 0)}.${msPart(e.t)} [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ fb: [['info', `Moving to (${rng.int(0, 2900)}, ${rng.int(0, 1400)}, 0)`]] }),
      () => ({ fb: [['debug', `Firmware: R82 X${rng.int(0, 2900)}.00 Y${rng.int(0, 1400)}.00 Z0.00 Q${rng.int(1, 99)}`]] }),
      () => ({ fb: [['info', `Sequence "${rng.pick(['Atl huauhtli', 'Tlaixpializtli', 'Xinachtli'])}" complete`]] }),
      () => ({ fb: [['debug', `MQTT publish bot/device_${digits(rng, 4)}/status (${rng.int(900, 4000)} bytes)`]] }),
      () => ({ fb: [['info', `Soil sensor: ${rng.int(300, 700)}`]] }),
    ])();
  const steps = [
    2,
    plant(
      'header-dump',
      'farmbot-api-client-debug-headers-tuple-list-bearer-jwt',
      'error',
      'The API client\'s debug line lists its request headers as Elixir tuples (`[{"authorization", "Bearer <JWT>"}, …]`): the device\'s FarmBot token, on a line in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 60 * 86400,
          age: rng.int(3600, 86400 * 5),
          jti: true,
          alg: 'RS256',
          claims: {
            aud: 'unknown',
            sub: Number(digits(rng, 5)),
            iss: '//my.farm.bot:443',
            mqtt: 'clever-octopus.rmq.cloudamqp.com',
            bot: `device_${digits(rng, 4)}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            fb: [
              [
                'debug',
                `HTTP GET https://my.farm.bot/api/device headers: [{"authorization", "Bearer ${token}"}, {"content-type", "application/json"}]`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'farmbot-sync-etag',
      'none',
      "A sync's ETag (hex) in the debug line: a cache validator, no credential.",
      ({ rng }) => {
        const e = rng.hex(32);
        return { value: e, event: { fb: [['debug', `Sync: points unchanged (etag "${e}")`]] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'farmbot-lua-http-error-tlatlapoloni',
      'error',
      `${WHY.apiKey('tlatlapoloni')} ("key") A Lua sequence reads soil moisture from the union's API with the key in the query; FarmBot OS writes the failed \`http()\` call with its URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { fb: [['error', `Lua: http() ahmo cualli (status 500): https://api.${HT}/v2/atl?milli=3&tlatlapoloni=${key}`]] },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'farmbot-lua-http-discord-webhook',
      'error',
      WHY.webhook(
        'A Discord webhook the watering sequence posts to; FarmBot OS writes the failed `http()` call with its URL (the token is the last segment)',
      ),
      ({ rng }) => {
        const tok = rng.b64url(68);
        return {
          value: tok,
          event: { fb: [['error', `Lua: http() failed: :nxdomain url=https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}`]] },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'farmbot-lua-env-base64-json',
      'error',
      'A sequence prints the environment value it read, base64 JSON of the weather station\'s settings with its password (`{"ichtacatlahtolli":…}`).',
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ tlatequipanoani: 'chinampa3', ichtacatlahtolli: rng.alnum(18), host: `meteo.${HT}` }));
        return { value: b, event: { fb: [['info', `Lua: env("METEO_CFG") = ${b}`]] } };
      },
    ),
    5,
    plant(
      'negative',
      'farmbot-ota-sha256',
      'none',
      'The SHA-256 of a firmware image the OTA check compares: a hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { fb: [['info', `OTA: farmbot-rpi4-15.4.8.fw sha256=${h} already installed`]] } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'farmbot-lua-http-body-refresh-token',
      'error',
      `${WHY.refresh} A Lua sequence logs the weather station's token answer it could not parse, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(50);
        return {
          value: rt,
          event: {
            fb: [['warn', `Lua: meteo: ahmo huel nicpohua {"access_token":"(ahmo)","refresh_token":"${rt}","expires_in":"3600s"}`]],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_MX + 12 * HOUR, site: { host: 'farmbot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tlatamachihualoni.log: `mpremote connect /dev/ttyACM0 run main.py` of a stall scale's Raspberry Pi Pico W under
// MicroPython 1.23, captured with `| tee`; mpremote's own lines, then the script's own log lines
// `<RFC 3339, Z> <LEVEL>:<logger>:<message>` (the RTC set from NTP, UTC).
// From memory (not fetched).

function micropythonLog(rng) {
  const render = (e) => e.mp.map((x) => (typeof x === 'string' ? x : `${iso(e.t).slice(0, 19)}Z ${x[0]}:${x[1]}:${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({
        mp: [
          [
            'INFO',
            'tlatamachihualoni',
            `huauhtli alegria ${rng.int(1, 40)} x ${rng.pick(['80 g', '120 g', '250 g'])} = ${rng.int(20, 400)} pesos`,
          ],
        ],
      }),
      () => ({
        mp: [
          [
            'DEBUG',
            'wifi',
            `rssi=${-rng.int(40, 85)} ifconfig=('192.168.4.${rng.int(2, 60)}', '255.255.255.0', '192.168.4.1', '192.168.4.1')`,
          ],
        ],
      }),
      () => ({ mp: [['INFO', 'tlatamachihualoni', `tare ok, ${rng.int(0, 9)} g`]] }),
      () => ({ mp: [['DEBUG', 'urequests', `POST https://tianquiztli.${HT}/api/tlanamaquiliztli -> 201`]] }),
    ])();
  const steps = [
    {
      raw: {
        mp: [
          'Connected to MicroPython at /dev/ttyACM0',
          'Use Ctrl-] or Ctrl-x to exit this shell',
          'MPY: soft reboot',
          ['INFO', 'main', 'Tianquiztli Tlatamachihualoni 2.3 (MicroPython v1.23.0 on 2024-06-02; Raspberry Pi Pico W with RP2040)'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'micropython-unique-id',
      'none',
      "The board's `machine.unique_id()` in hex: a hardware serial, no credential.",
      ({ rng }) => {
        const id = rng.hex(16);
        return { value: id, event: { mp: [['INFO', 'main', `unique_id=${id}`]] } };
      },
    ),
    2,
    plant(
      'replay',
      'micropython-pairing-cepa-tlahtolli-once',
      'note',
      WHY.ticketFirst(
        'A one-time pairing code (`cepa_tlahtolli`, "once word") the stall\'s scale redeems when it joins the market\'s till. The code is',
      ),
      ({ rng }) => {
        const c = upperNum(rng, 10);
        return {
          value: c,
          event: { mp: [['INFO', 'tlatlalili', `POST https://tianquiztli.${HT}/api/tlatlalili?cepa_tlahtolli=${c} -> 200 (ye cualli)`]] },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'micropython-device-flow-token-response-id-token',
      'error',
      'The scale signs in with the device authorization grant and prints the token response as a dict, `id_token` included (ES256, UTC clock)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          alg: 'ES256',
          kid: rng.hex(8),
          claims: { iss: `https://tlacaqui.${HT}`, aud: 'tlatamachihualoni', sub: `puesto-${rng.int(10, 99)}` },
        });
        return {
          value: token,
          jwt: facts,
          event: { mp: [['DEBUG', 'oauth', `token: {'token_type': 'Bearer', 'expires_in': 3600, 'id_token': '${token}'}`]] },
        };
      },
    ),
    plant(
      'refresh-token',
      'micropython-device-flow-refresh-token',
      'error',
      `${WHY.refresh} The next debug line of the device flow prints the refresh token the scale stores in flash.`,
      ({ rng }) => {
        const rt = `rt.${rng.b64url(46)}`;
        return { value: rt, event: { mp: [['DEBUG', 'oauth', `saved /oauth.json {'refresh_token': '${rt}'}`]] } };
      },
      { after: 1 },
    ),
    5,
    plant(
      'session-id',
      'micropython-urequests-headers-cookie-calaquiliztli',
      'error',
      WHY.session('The till\'s session cookie (`calaquiliztli`, "entry") in the headers dict the script prints before a sale'),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: { mp: [['DEBUG', 'urequests', `headers={'Content-Type': 'application/json', 'Cookie': 'calaquiliztli=${sid}'}`]] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'micropython-urequests-header-x-tlatlapoloni',
      'error',
      `${WHY.apiKey('X-Tlatlapoloni')} The scale sends it as a header to the price list service, and the script prints its headers when the call fails.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            mp: [['ERROR', 'urequests', `GET https://tlapatiyotl.${HT}/v1/huauhtli -> OSError(-2) headers={'X-Tlatlapoloni': '${key}'}`]],
          },
        };
      },
    ),
    5,
    plant('negative', 'micropython-sale-folio', 'none', "A sale's receipt number (`folio`): an identifier, no credential.", ({ rng }) => {
      const f = `TQ-${upperNum(rng, 12)}`;
      return { value: f, event: { mp: [['INFO', 'tlatamachihualoni', `tlanamaquiliztli folio=${f} ye cualli`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY_MX + 14 * HOUR, site: { host: 'scale' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flowise.log: `~/.flowise/logs/server.log` of Flowise 2.2 (the union's order and question chatbot), winston's line
// format `YYYY-MM-DD HH:mm:ss [LEVEL]: <message>` in local time without a zone, request lines `⬆️ <METHOD> <url>`.
// https://docs.flowiseai.com/configuration/environment-variables (read through search: LOG_PATH, LOG_LEVEL); the line
// layout from memory.

function flowiseLog(rng) {
  const render = (e) => e.fw.map(([lvl, msg]) => `${ymdHmsAt(e.t, CST)} [${lvl}]: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ fw: [['INFO', `⬆️ POST /api/v1/prediction/${rng.uuid()}`]] }),
      () => ({ fw: [['INFO', `⬆️ GET /api/v1/chatflows-streaming/${rng.uuid()}`]] }),
      () => ({
        fw: [
          [
            'INFO',
            `[server]: Chatflow ${rng.pick(['Tlanamaquiliztli', 'Tlatlaniliztli', 'Huauhtli tlapatiyotl'])} answered in ${rng.int(400, 9000)} ms`,
          ],
        ],
      }),
      () => ({ fw: [['DEBUG', `[server]: Upserted ${rng.int(2, 90)} documents to the vector store`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'flowise-memory-session-id',
      'none',
      "A chat memory's `sessionId` (a uuid that keeps one conversation's history): a conversation id, no login.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { fw: [['DEBUG', `[server]: Buffer memory loaded 6 messages for sessionId ${id}`]] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'flowise-request-line-query-tlatlapoloni',
      'error',
      `${WHY.apiKey('tlatlapoloni')} The stalls' web widget passes its key in the query of the public chatbot config, and Flowise's request line writes the URL.`,
      ({ rng }) => {
        const key = rng.b64url(40);
        return { value: key, event: { fw: [['INFO', `⬆️ GET /api/v1/public-chatbotConfig/${rng.uuid()}?tlatlapoloni=${key}`]] } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'flowise-debug-request-body-override-config-password',
      'error',
      'Flowise\'s DEBUG line dumps a prediction\'s request body; the till passes the market database password in `overrideConfig` (`"ichtacatlahtolli"`, "password").',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            fw: [
              [
                'DEBUG',
                `[server]: Request body: {"question":"¿Quezqui huauhtli omonamacac?","overrideConfig":{"tlatequipanoani":"tianquiztli","ichtacatlahtolli":"${pw}"}}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'flowise-document-loader-error-share-link',
      'error',
      WHY.pathSecret(
        'A document loader reads the price list from a share link (`/xexeloa/<token>/…`, "share"), and its error writes the URL',
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: {
            fw: [
              ['ERROR', `[server]: Error: documentStore - Ahmo huel omopouh https://amatl.${HT}/xexeloa/${tok}/tlapatiyotl-2027.pdf (404)`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'flowise-chatflow-id',
      'none',
      "A chatflow's id in a prediction request line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { fw: [['INFO', `⬆️ POST /api/v1/internal-prediction/${id}`]] } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'flowise-google-sheets-tool-invalid-grant-refresh-token',
      'error',
      `${WHY.refresh} A Google refresh token (\`1//0…\`) of the Sheets tool's credential, which the tool's error message writes.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: { fw: [['ERROR', `[server]: Google Sheets tool: invalid_grant when refreshing with refresh_token=${rt}`]] },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'flowise-debug-request-headers-connect-sid',
      'error',
      WHY.session("The admin UI's express-session cookie (`connect.sid=s%3A<id>.<signature>`) in a DEBUG dump of request headers"),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: { fw: [['DEBUG', `[server]: headers {"host":"flowise.${HT}","cookie":"connect.sid=s%3A${sid}.${rng.b64url(43)}"}`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_MX + 15 * HOUR, site: { host: 'flowise' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// llama-server.log: `docker logs -t` of llama.cpp's llama-server (b5400) at `-v`, the union's Nahuatl-Spanish
// translation helper: `<RFC 3339, ns, Z> <message>`, `srv  log_server_r: request: <METHOD> <path> <ip> <status>`, the
// verbose `request:` and `response:` JSON lines.
// From memory (not fetched).

function llamaLog(rng) {
  const render = (e) => e.ll.map((m, i) => `${iso(e.t).slice(0, 23)}${pad(i * 300 + rng.int(0, 299), 6)}Z ${m}`);
  const req = (line) => `srv  log_server_r: request: ${line}`;
  const body = (content) =>
    `srv  log_server_r: request:  {"messages":[{"role":"system","content":"Xiquixcuepa ipan caxtillan tlahtolli."},{"role":"user","content":${JSON.stringify(content)}}],"stream":false}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ll: [req(`GET /health 172.18.0.${rng.int(2, 9)} 200`)] }),
      () => ({
        ll: [
          `slot launch_slot_: id  0 | task ${rng.int(100, 9999)} | processing task`,
          `slot      release: id  0 | task ${rng.int(100, 9999)} | stop processing: n_past = ${rng.int(100, 3000)}, truncated = 0`,
        ],
      }),
      () => ({ ll: [req(`POST /v1/chat/completions 172.18.0.${rng.int(2, 9)} 200`)] }),
      () => ({ ll: [`srv  update_slots: all slots are idle`] }),
    ])();
  const steps = [
    { raw: { ll: ['main: server is listening on http://0.0.0.0:8080 - starting the main loop'] }, after: 0 },
    2,
    plant(
      'oauth-code',
      'llama-server-verbose-request-body-pasted-callback',
      'warning',
      `${WHY.code} A member pastes the login callback address into a translation request, and llama-server's verbose \`request:\` line writes the body.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            ll: [
              body(`Ahmo huel nicalaqui: https://tianquiztli.${HT}/auth/callback?code=${code}&state=${rng.b64url(24)}`),
              req('POST /v1/chat/completions 172.18.0.4 200'),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'llama-server-system-fingerprint',
      'none',
      'The `system_fingerprint` of an answer (the build and a short hash): no credential.',
      ({ rng }) => {
        const fp = `b5400-${rng.hex(8)}`;
        return {
          value: fp,
          event: {
            ll: [
              `srv  log_server_r: response: {"choices":[{"finish_reason":"stop","index":0}],"model":"gemma-3-4b","system_fingerprint":"${fp}","object":"chat.completion"}`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'llama-server-verbose-request-body-embed-120s',
      'warning',
      "A pasted link to the market's sales board embed (`/embed/tianquiztli-tlapohualli/<JWT>`), valid 120 s without a jti, in the verbose request body on a line with docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(10, 60),
          claims: { iss: `https://tlapohualli.${HT}`, board: 'tianquiztli-2027-08', resource: { dashboard: 7 } },
        });
        return {
          value: token,
          jwt: facts,
          event: { ll: [body(`Xiquixcuepa: tlapohualli https://tlapohualli.${HT}/embed/tianquiztli-tlapohualli/${token}`)] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'llama-server-request-line-query-api-tlatlapoloni',
      'error',
      `${WHY.apiKey('api_tlatlapoloni')} A monitoring probe passes it in the query of \`/v1/models\`, and llama-server's request line writes the path with its query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ll: [req(`GET /v1/models?api_tlatlapoloni=${key} 172.18.0.7 401`)] } };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'llama-server-verbose-request-body-pasted-fragment',
      'error',
      'A member pastes the address the payment page returned to (`#access_token=…`) into a translation request; the verbose `request:` line writes it.',
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            ll: [body(`Tlen quihtoa inin? https://tlaxtlahuiliztli.${HT}/ye-cualli#access_token=${at}&token_type=bearer&expires_in=1800`)],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'llama-server-completion-id',
      'none',
      "A completion's id (`chatcmpl-…`) in a verbose response: an identifier, no credential.",
      ({ rng }) => {
        const id = `chatcmpl-${rng.alnum(32)}`;
        return {
          value: id,
          event: {
            ll: [
              `srv  log_server_r: response: {"id":"${id}","object":"chat.completion","usage":{"completion_tokens":${rng.int(10, 300)}}}`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'llama-server-verbose-request-body-nested-percent-encoded-key',
      'error',
      'A pasted redirect link whose `u=` holds the real URL percent-encoded, the key inside (`%26tlatlapoloni%3D…`), in the verbose request body.',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ll: [body(`Inin tlahcuilolli: https://l.${HT}/r?u=https%3A%2F%2Fapi.${HT}%2Fv2%2Fatl%3Fmilli%3D4%26tlatlapoloni%3D${key}`)],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_MX + 17 * HOUR, site: { host: 'llama' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tianquiztli-bot.log: a grammY 1.30 bot under `DEBUG=grammy*,tianquiztli*` with stderr redirected to a file (the
// `debug` package without a TTY: `<ISO 8601, Z> <namespace> <message>`), polling with a node-fetch-based client.
// From memory (not fetched).

function grammyLog(rng) {
  const render = (e) => e.gy.map(([ns, msg]) => `${iso(e.t)} ${ns} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        gy: [
          ['grammy:bot', `Processing update ${digits(rng, 9)}`],
          ['grammy:core', 'Calling sendMessage'],
        ],
      }),
      () => ({ gy: [['grammy:core', 'Calling getUpdates']] }),
      () => ({ gy: [['tianquiztli:tlanahuatilli', `/tlapatiyotl from ${digits(rng, 10)}: huauhtli ${rng.int(20, 60)} pesos`]] }),
      () => ({ gy: [['grammy:bot', `Fetching updates, offset ${digits(rng, 9)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        gy: [
          ['grammy:bot', 'Initializing bot'],
          ['grammy:core', 'Calling getMe'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'webhook',
      'grammy-fetch-error-telegram-bot-token-url',
      'error',
      WHY.webhook(
        "The bot's Telegram token in the Bot API URL (`api.telegram.org/bot<token>/getUpdates`) of a node-fetch FetchError that grammY's debug output writes when polling fails",
      ),
      ({ rng }) => {
        const tok = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
        return {
          value: tok,
          event: {
            gy: [
              [
                'grammy:error',
                `FetchError: request to https://api.telegram.org/bot${tok}/getUpdates failed, reason: getaddrinfo EAI_AGAIN api.telegram.org`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'grammy-telegram-file-id',
      'none',
      "A Telegram `file_id` of a stall photo: usable only with the bot's own token, an identifier, no credential.",
      ({ rng }) => {
        const id = `AgACAgEAAxkBAAI${rng.b64url(60)}`;
        return { value: id, event: { gy: [['tianquiztli:tlaixcopinalli', `photo saved file_id=${id}`]] } };
      },
    ),
    5,
    plant(
      'replay',
      'grammy-deep-link-amatl-once',
      'note',
      WHY.ticketFirst(
        'A single-use stall permit (`amatl`, "paper") redeemed through the bot\'s `/start` deep link; the bot logs the permit and the user. The permit is',
      ),
      ({ rng, t }) => {
        const c = rng.b64url(20);
        firstUse.amatl = t;
        return { value: c, event: { gy: [['tianquiztli:amatl', `amatl=${c} ocalac user=${digits(rng, 10)} puesto=14 (ye cualli)`]] } };
      },
      { ref: 'amatl' },
    ),
    5,
    plant(
      'replay',
      'grammy-deep-link-amatl-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('amatl').value,
            why: `${WHY.replay('amatl', gap('amatl', t))} Another Telegram user redeemed the same single-use permit through the deep link and the bot accepted it again.`,
          },
        ],
        event: { gy: [['tianquiztli:amatl', `amatl=${refs.get('amatl').value} ocalac user=${digits(rng, 10)} puesto=14 (ye cualli)`]] },
      }),
      { replayOf: 'amatl', after: 141 },
    ),
    5,
    plant(
      'implicit-fragment',
      'grammy-update-message-text-fragment',
      'error',
      "A member forwards the address the market's payment page returned to (`#access_token=…`) to the bot, and the bot's debug line writes the message text.",
      ({ rng }) => {
        const at = rng.b64url(42);
        return {
          value: at,
          event: {
            gy: [
              [
                'tianquiztli:tlanahuatilli',
                `text from ${digits(rng, 10)}: "ahmo onechtlaxtlahuilihque https://tianquiztli.${HT}/tlaxtlahuiliztli#access_token=${at}&expires_in=3600"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'grammy-invitation-link-tlanotzaliztli',
      'error',
      WHY.pathSecret('The stall-holder invitation link (`/tlanotzaliztli/<token>`, "invitation") the bot sends, written by its debug line'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { gy: [['tianquiztli:tlanotzaliztli', `sent https://tianquiztli.${HT}/tlanotzaliztli/${tok} to ${digits(rng, 10)}`]] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'grammy-callback-query-chat-instance',
      'none',
      "A callback query's `chat_instance` (a global chat identifier Telegram sends with button presses): an identifier, no credential.",
      ({ rng }) => {
        const ci = `-${digits(rng, 19)}`;
        return {
          value: ci,
          event: {
            gy: [
              ['grammy:bot', 'Processing update ' + digits(rng, 9)],
              ['tianquiztli:tlanahuatilli', `callback_query data=tlapatiyotl:huauhtli chat_instance=${ci}`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'grammy-embed-link-1h-jti',
      'error',
      "The bot's debug line with the embed link of the stall's sales board it sends (`/embed/puesto/<JWT>`, 1 h with a jti), on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          jti: true,
          claims: { iss: `https://tlapohualli.${HT}`, resource: { dashboard: 9 }, params: { puesto: 14 } },
        });
        return {
          value: token,
          jwt: facts,
          event: { gy: [['tianquiztli:tlapohualli', `embed https://tlapohualli.${HT}/embed/puesto/${token}`]] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_MX + 13 * HOUR, site: { host: 'bot' }, filler, render, steps });
}

// =====================================================================================================================
// Vallekeberg group (Limburgish; Valkenburg aan de Geul: CET, UTC+1 in January)
// =====================================================================================================================

const VK = 'vallekeberg.example';

// ---------------------------------------------------------------------------------------------------------------------
// qubit_prod.log: the mining museum's archive, AtoM 2.8 (symfony 1.4's sfFileLogger, logging enabled for prod):
// `<Mon DD HH:MM:SS> symfony [<priority>] {<class>} <message>` (local time, no year, no zone), the routing's
// `Match route … with parameters array (…)` on one line.
// https://symfony.com/legacy/doc/gentle-introduction/1_4/en/16-Application-Management-Tools (read through search: the
// chapter on symfony's logs; the line format from memory).

function atomLog(rng) {
  const stamp = (t) => {
    const l = local(t, CET);
    return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(11, 19)}`;
  };
  const render = (e) => e.sf.map(([p, cls, msg]) => `${stamp(e.t)} symfony [${p}] {${cls}} ${msg}`);
  const arr = (o) =>
    `array (${Object.entries(o)
      .map(([k, v]) => `  '${k}' => '${v}',`)
      .join('')})`;
  const match = (name, pattern, path, params) => [
    'info',
    'sfPatternRouting',
    `Match route "${name}" (${pattern}) for ${path} with parameters ${arr(params)}`,
  ];
  const tail = (rng) => [
    ['info', 'sfFilterChain', 'Executing filter "sfRenderingFilter"'],
    ['info', 'sfWebResponse', `Send status "HTTP/1.1 200 OK"`],
    ['info', 'sfWebResponse', `Send content (${rng.int(900, 90000)} o)`],
  ];
  const filler = (rng) =>
    rng.pick([
      () => {
        const slug = rng.pick(['mienwerkers-1958', 'sjach-nuvver-4', 'koelpiele-foto', 'staatsmijn-wilhelmina']);
        return { sf: [match('slug/default', '/:slug', `/${slug}`, { module: 'informationobject', action: 'index', slug }), ...tail(rng)] };
      },
      () => ({
        sf: [
          ['info', 'sfController', `Dispatch request (module "search", action "index")`],
          ['info', 'sfWebResponse', 'Send status "HTTP/1.1 200 OK"'],
        ],
      }),
      () => ({ sf: [['info', 'QubitSearch', `Indexed ${rng.int(1, 40)} description(s)`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'atom-oai-resumption-token',
      'none',
      "An OAI-PMH `resumptionToken` in the routing's parameters: a paging cursor, no credential.",
      ({ rng }) => {
        const rt = b64urlOf(`from=2026-01-01&until=2027-01-16&cursor=${rng.int(100, 900)}&set=${rng.hex(6)}`);
        return {
          value: rt,
          event: {
            sf: [
              match('oai', '/;oai', `/;oai?verb=ListRecords&resumptionToken=${rt}`, {
                module: 'arOaiPlugin',
                action: 'index',
                verb: 'ListRecords',
                resumptionToken: rt,
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'atom-routing-parameters-array-wachwaord',
      'error',
      "The museum's kiosk signs in with a GET link, and symfony's routing line dumps the request's parameters as a PHP array, the password (`'wachwaord'`) among them.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            sf: [
              match('user/login', '/user/login', '/user/login', { module: 'user', action: 'login', naam: 'kiosk-zaal2', wachwaord: pw }),
              ['info', 'sfController', 'Dispatch request (module "user", action "login")'],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'atom-sfwebresponse-set-cookie-symfony',
      'error',
      WHY.session('AtoM\'s session cookie (`symfony=<id>`) in sfWebResponse\'s `Send header "Set-Cookie: …"` line'),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: {
            sf: [
              ['info', 'sfWebResponse', 'Send status "HTTP/1.1 302 Found"'],
              ['info', 'sfWebResponse', `Send header "Set-Cookie: symfony=${sid}; path=/; secure; HttpOnly"`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'atom-routing-share-link-deile',
      'error',
      WHY.pathSecret('A share link of a digital object (`/deile/<token>/…`, "share") matched by the routing line'),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            sf: [
              match('deile', '/deile/:sjleutelwaord/:naam', `/deile/${tok}/mienwerkers-1958.jpg`, {
                module: 'deile',
                action: 'index',
                naam: 'mienwerkers-1958.jpg',
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'atom-form-csrf-token',
      'none',
      "A symfony 1 form's `_csrf_token` in the routing's parameters: no credential.",
      ({ rng }) => {
        const c = rng.hex(32);
        return {
          value: c,
          event: {
            sf: [
              match('default', '/:module/:action/*', '/informationobject/edit', {
                module: 'informationobject',
                action: 'edit',
                _csrf_token: c,
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'atom-rest-api-exception-api-sjleutel',
      'error',
      `${WHY.apiKey('api_sjleutel')} ("API key") A visitor app calls the REST API with the key in the query, and the API's exception writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(16);
        return {
          value: key,
          event: { sf: [['err', 'QubitApiException', `Neet gevonje: /api/informationobjects/mienlamp-11?api_sjleutel=${key}`]] },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'atom-routing-next-base64-url-with-key',
      'error',
      'A `next` parameter holding a base64 URL of the image server with its key (`…?sjleutel=…`), dumped by the routing line.',
      ({ rng }) => {
        const key = rng.alnum(24);
        const b = b64Of(`https://iiif.${VK}/iiif/3/mien-4411/full/max/0/default.jpg?sjleutel=${key}`);
        return {
          value: b,
          event: { sf: [match('user/login', '/user/login', `/user/login?next=${b}`, { module: 'user', action: 'login', next: b })] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_LI + 9 * HOUR, site: { host: 'atom' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error.log: the carnival society's MODX 3 `core/cache/logs/error.log`: `[YYYY-MM-DD HH:MM:SS] (<LEVEL>[ in <def>] @
// <file>[ : <line>]) <message>` (local time, no zone), messages that may run over several lines.
// https://docs.modx.com/3.x/en/extending-modx/xpdo/class-reference/xpdo/xpdo.log (read through search: the line
// format, `(ERROR @ /index.php)` and `(ERROR in MySnippet @ /index.php)`).

function modxLog(rng) {
  const render = (e) =>
    e.mx.flatMap(([lvl, where, msg]) => {
      const [first, ...rest] = msg.split('\n');
      return [`[${ymdHmsAt(e.t, CET)}] (${lvl} ${where}) ${first}`, ...rest];
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ mx: [['ERROR', '@ /www/core/src/Revolution/modParser.php : 508', `Bad link tag \`[[~${rng.int(2, 90)}]]\` encountered`]] }),
      () => ({
        mx: [
          [
            'WARN',
            '@ /www/core/src/Revolution/modCacheManager.php : 112',
            'Could not write cache file: resource/web/resources/12.cache.php',
          ],
        ],
      }),
      () => ({
        mx: [['ERROR', `in pdoResources @ /index.php`, `Could not find the chunk "tpl.${rng.pick(['zitting', 'prinsepaar', 'optocht'])}"`]],
      }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'modx-login-forgotpassword-lp-lu',
      'error',
      WHY.pathSecret(
        "The Login extra's reset link (`?lp=<key>&lu=<base64 user>`) in the body of a mail ForgotPassword could not send, which its error writes",
      ),
      ({ rng }) => {
        const lp = rng.hex(32);
        return {
          value: lp,
          event: {
            mx: [
              [
                'ERROR',
                'in ForgotPassword @ /index.php',
                `Kós de e-mail neet verstuure nao j.janssen@example.net: https://${VK}/wachwaord-vergete.html?lp=${lp}&lu=${b64Of('jjanssen')}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'modx-mollie-payment-id',
      'none',
      "A Mollie payment id (`tr_…`) in a webhook's error: an identifier, no credential.",
      ({ rng }) => {
        const id = `tr_${rng.alnum(10)}`;
        return {
          value: id,
          event: { mx: [['ERROR', 'in kaartsjesMollieWebhook @ /index.php', `Betaling ${id} neet gevonje in de kaartsjes-tabel`]] },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'modx-formit-hook-bitrix24-inbound-webhook',
      'error',
      WHY.webhook(
        "A Bitrix24 inbound webhook (`<portal>.bitrix24.eu/rest/<user>/<token>/crm.lead.add.json`) a FormIt hook posts the membership form to; the hook's error writes the URL",
      ),
      ({ rng }) => {
        const tok = lowerNum(rng, 16);
        return {
          value: tok,
          event: {
            mx: [
              [
                'ERROR',
                'in FormIt @ /index.php',
                `[b24Lid] cURL error 28 for https://vastelaovend.bitrix24.eu/rest/${rng.int(2, 40)}/${tok}/crm.lead.add.json`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'modx-mollie-connect-refresh-failed',
      'error',
      `${WHY.refresh} The ticket shop's Mollie Connect refresh token (\`refresh_…\`) in the error of a failed refresh.`,
      ({ rng }) => {
        const rt = `refresh_${rng.alnum(32)}`;
        return {
          value: rt,
          event: {
            mx: [['ERROR', '@ /www/core/components/kaartsjes/src/Mollie.php : 141', `OAuth vernuie mislukt (invalid_grant) veur ${rt}`]],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'modx-snippet-error-sjleutel',
      'error',
      `${WHY.apiKey('sjleutel')} ("key") The ticket snippet calls the seat-plan API with the key in the query; its error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: {
            mx: [
              [
                'ERROR',
                'in kaartsjesVerkoop @ /index.php',
                `Zaalplan API gaof 403 veur https://api.kaartsjes.${VK}/v1/zittinge?evenement=gala-2027&sjleutel=${key}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'modx-snippet-print-r-post-wachwaord',
      'error',
      "A snippet logs `print_r($_POST, true)` of the members' login form, over several lines: the password sits on the `[wachwaord] =>` line.",
      ({ rng }) => {
        const pw = rng.alnum(13);
        return {
          value: pw,
          event: {
            mx: [
              [
                'ERROR',
                'in ledeLogin @ /index.php',
                `Inlogge mislukt, POST: Array\n(\n    [naam] => prins.karel\n    [wachwaord] => ${pw}\n    [service] => login\n)`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'modx-bad-link-tag', 'none', 'A `Bad link tag` warning with a resource id: no credential.', ({ rng }) => {
      const n = rng.int(1000, 9999);
      return {
        value: `[[~${n}? &schema=\`full\`]]`,
        event: {
          mx: [['ERROR', '@ /www/core/src/Revolution/modParser.php : 508', `Bad link tag \`[[~${n}? &schema=\`full\`]]\` encountered`]],
        },
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_LI + 18 * HOUR, site: { host: 'modx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod-2027-01-16.log: the asparagus farm shop's Contao 5.3 `var/logs/prod-<date>.log` (Monolog's LineFormatter, the
// zone Europe/Amsterdam): `[<RFC 3339, microseconds, +01:00>] <channel>.<LEVEL>: <message> <context> <extra>`.
// From memory (not fetched).

function contaoLog(rng) {
  const stamp = (t) => `${local(t, CET).slice(0, 23)}${pad(rng.int(0, 999), 3)}+01:00`;
  const render = (e) => e.ct.map(([ch, msg, ctx]) => `[${stamp(e.t)}] ${ch}: ${msg} ${ctx ?? '[]'} []`);
  const route = (name, uri) => [
    'request.INFO',
    `Matched route "${name}".`,
    JSON.stringify({ route: name, route_parameters: { _route: name, _scope: 'frontend' }, request_uri: uri, method: 'GET' }).replace(
      /\//g,
      '\\/',
    ),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        ct: [
          route(
            `tl_page.${rng.int(2, 40)}`,
            `https://asperzje.${VK}/${rng.pick(['veurbestèlle', 'recepte', 'boerderijwinkel', 'asperzje-stekke'])}`,
          ),
        ],
      }),
      () => ({ ct: [['contao.cron.INFO', `Executed cron job "contao.cron.purge_expired_data"`]] }),
      () => ({ ct: [['security.DEBUG', 'Checking for authenticator support.', '{"firewall_name":"contao_frontend","authenticators":1}']] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'contao-request-token',
      'none',
      "Contao's `REQUEST_TOKEN` (its CSRF token) in a form warning's context: no credential.",
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            ct: [
              [
                'contao.general.WARNING',
                'Form "veurbestèlling" rejected',
                JSON.stringify({ FORM_SUBMIT: 'auto_form_3', REQUEST_TOKEN: tok }),
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'contao-matched-route-oidc-check-code',
      'warning',
      `${WHY.code} The members' OIDC extension's check route, with the whole \`request_uri\`, in Symfony's \`Matched route\` line.`,
      ({ rng }) => {
        const code = rng.uuid() + '.' + rng.uuid() + '.' + rng.uuid();
        return {
          value: code,
          event: {
            ct: [route('oidc_check', `https://asperzje.${VK}/_oidc/check?state=${rng.hex(32)}&session_state=${rng.uuid()}&code=${code}`)],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'contao-app-error-context-id-token-rejected',
      'error',
      'The OIDC extension rejects an `id_token` (nonce mismatch) and writes it in the context, on a line with its zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 12 * 3600,
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://login.${VK}/realms/leje`, aud: 'contao', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { ct: [['app.ERROR', 'OIDC id_token geweigerd', JSON.stringify({ reason: 'nonce mismatch', id_token: token })]] },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'contao-matched-route-embed-expired-and-notice',
      'note',
      "The harvest chart embedded on a partner's site (`/embed/oogs/<JWT>`), expired two days before the request: Symfony's `Matched route` line, and the controller's notice of the same request",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + 3600 + rng.int(10, 900),
          jti: true,
          claims: { iss: `https://asperzje.${VK}`, chart: 'oogs-2026', partner: 'kookschool' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ct: [
              route('asperzje_embed', `https://asperzje.${VK}/embed/oogs/${token}`),
              ['app.NOTICE', 'Embed token verloupe', JSON.stringify({ uri: `/embed/oogs/${token}` }).replace(/\//g, '\\/')],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'contao-js-error-report-href-fragment',
      'error',
      "The shop's JavaScript error reporter posts `location.href`, and the controller logs it (`#access_token=…` of the payment provider's return).",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            ct: [
              [
                'app.WARNING',
                'JS-fout gemeld',
                JSON.stringify({
                  message: 'TypeError: cart is null',
                  href: `https://asperzje.${VK}/bestèlling-klaor#access_token=${at}&token_type=Bearer`,
                }).replace(/\//g, '\\/'),
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'contao-app-error-context-headers-basic',
      'error',
      'The supplier sync writes its request headers in the error\'s context (`"Authorization":"Basic <base64>"`): the wholesaler\'s login.',
      ({ rng }) => {
        const b = b64Of(`asperzje-vk:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            ct: [
              [
                'app.ERROR',
                'Groothandel-sync mislukt',
                JSON.stringify({ status: 401, headers: { Accept: 'application/json', Authorization: `Basic ${b}` } }),
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'contao-deferred-image-hash',
      'none',
      "A deferred image's file name with its hash (`assets/images/…/<name>-<hash>.webp`): no credential.",
      ({ rng }) => {
        const h = rng.hex(10);
        return {
          value: `witte-asperzje-${h}.webp`,
          event: { ct: [['contao.files.INFO', `Generated deferred image assets/images/${rng.hex(1)}/witte-asperzje-${h}.webp`]] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'contao-matched-route-request-uri-leverancier-sjleutel',
      'error',
      `${WHY.apiKey('leverancier_sjleutel')} ("supplier key") The wholesaler calls the stock endpoint with its key in the query; Symfony's \`Matched route\` line writes the \`request_uri\`.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: { ct: [route('asperzje_api_veurraod', `https://asperzje.${VK}/api/veurraod?soort=wit&leverancier_sjleutel=${key}`)] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_LI + 10 * HOUR, site: { host: 'contao' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// resourcespace-debug.log: the marl cave tours' photo library, ResourceSpace 10.4 with `$debug_log = true`
// (`debug_log_location`): `<YYYY-MM-DD HH:MM:SS> <pid> [<user>] <message>` (local time, no zone), `debug_function_call`
// lines with their arguments.
// From memory (not fetched).

function resourcespaceLog(rng) {
  const render = (e) => e.rs.map(([user, msg]) => `${ymdHmsAt(e.t, CET)} ${e.pid} [${user}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        rs: [
          [
            'gids-0' + rng.int(1, 6),
            `Page load: /pages/search.php?search=${rng.pick(['mergelgroeve', 'vleermoes', 'tekening', 'steinkoel'])}&order_by=relevance`,
          ],
        ],
      }),
      () => ({ rs: [['system', `create_previews: resource ${rng.int(1000, 9999)} (jpg) done in ${rng.int(100, 4000)} ms`]] }),
      () => ({ rs: [['system', `cron: ${rng.pick(['relocate_resources', 'daily_digest', 'file_integrity_check'])} finished`]] }),
    ])();
  const base = (rng, t, site) => ({ pid: rng.int(2000, 32000) });
  const steps = [
    2,
    plant(
      'path-secret',
      'resourcespace-external-access-key-and-page-load',
      'error',
      WHY.pathSecret(
        'An external share of a tour photo (`view.php?r=<ref>&k=<access key>`), written when the key is checked and again by the page-load line of the same request',
      ),
      ({ rng }) => {
        const k = rng.hex(10);
        const r = rng.int(1000, 9999);
        return {
          value: k,
          event: {
            ...base(rng),
            rs: [
              ['anonymous', `check_access_key: r=${r} k=${k} -> ok (collection 412, expires 2027-02-15)`],
              ['anonymous', `Page load: /pages/view.php?r=${r}&k=${k}`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'resourcespace-file-checksum',
      'none',
      'A file checksum ResourceSpace keeps for duplicate detection: a hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { ...base(rng), rs: [['system', `get_checksum: resource 8841 checksum ${h}`]] } };
      },
    ),
    5,
    plant(
      'session-id',
      'resourcespace-cookie-user-session-hash',
      'error',
      WHY.session("ResourceSpace's login cookie (`user=<session hash>`) in a debug line of the request's cookies"),
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { ...base(rng), rs: [['gids-02', `cookies: language=li; user=${h}; thumbs=show`]] } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'resourcespace-debug-function-call-login-password',
      'error',
      "`debug_function_call` writes a function's arguments; the tour guides' tablet signs in through `perform_login()` and its password is an argument.",
      ({ rng }) => {
        const pw = rng.alnum(15);
        return { value: pw, event: { ...base(rng), rs: [['anonymous', `debug_function_call: perform_login("gids-04", "${pw}")`]] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'resourcespace-iiif-fetch-groeve-sjleutel',
      'error',
      `${WHY.apiKey('groeve_sjleutel')} ("cave key") A plugin fetches plans from the cave survey's image server with the key in the query and logs the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ...base(rng),
            rs: [['system', `groeveplan: GET https://kaarte.${VK}/iiif/groeve-3/info.json?groeve_sjleutel=${key} -> 503`]],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'resourcespace-json-unicode-escaped-equals-key',
      'error',
      "A plugin logs its settings as `json_encode` output with `JSON_HEX_*` flags, the URL's `=` and `&` escaped (`\\u0026sjleutel\\u003d…`).",
      ({ rng }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: {
            ...base(rng),
            rs: [
              [
                'system',
                `tourbooking config: {"feed":"https:\\/\\/boekinge.${VK}\\/v2\\/rondleijinge?daag=7\\u0026sjleutel\\u003d${key}"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'resourcespace-csrf-token',
      'none',
      "ResourceSpace's `CSRFToken` in a debug line of a POST's parameters: no credential.",
      ({ rng }) => {
        const c = rng.hex(64);
        return { value: c, event: { ...base(rng), rs: [['gids-01', `POST /pages/edit.php ref=8841 CSRFToken=${c}`]] } };
      },
    ),
    5,
  ];
  return buildLog(rng, {
    start: DAY_LI + 13 * HOUR,
    site: { host: 'rs' },
    filler: (rng, t, site) => ({ ...base(rng, t, site), ...filler(rng) }),
    render,
    steps,
  });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout86');
writePart(join(here, 'heldout86'), {
  'gnucash.trace': gnucashTrace(rng),
  'mpv-terminal.log': mpvLog(rng),
  '2027-05-18.log': dokuwikiLog(rng),
  'prod.log': pimcoreLog(rng),
  'open-webui.log': openWebuiLog(rng),
  'farmbot.log': farmbotLog(rng),
  'tlatamachihualoni.log': micropythonLog(rng),
  'flowise.log': flowiseLog(rng),
  'llama-server.log': llamaLog(rng),
  'tianquiztli-bot.log': grammyLog(rng),
  'qubit_prod.log': atomLog(rng),
  'error.log': modxLog(rng),
  'prod-2027-01-16.log': contaoLog(rng),
  'resourcespace-debug.log': resourcespaceLog(rng),
});
