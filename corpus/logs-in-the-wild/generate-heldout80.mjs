// Writes corpus/logs-in-the-wild/heldout80/: an eightieth held-out part, in formats no other part uses (a Promtail 3.2
// `-dry-run -inspect` console, Miniflux 2.2 through `journalctl -o short-iso`, a Cloudlog 2.6 CodeIgniter 3 log, Network
// UPS Tools 2.8 with an upssched-cmd script through the journal, a Kestra 0.19 server log, a Crater 6 `laravel.log`,
// `docker compose logs` of KoboToolbox's kpi with uWSGI and its Celery worker, a Kalkun 0.8 CodeIgniter 3 log, `docker
// logs -t` of Huginn (Rails web and delayed_job under foreman), a Firefly III 6 daily log, a Spree 4.10 `production.log`,
// Mailtrain 2 through `journalctl -o short-iso`, SvxLink 24 with an event script's curl output, a Jeedom 4.4 scenario
// log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout80.mjs     rewrites heldout80/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Seaforth Cane & Power, a Mackay (Queensland) group with a cane growers' sugar mill, the mill's
// amateur radio club and a solar-and-battery microgrid on Curlew Island (English, five logs); Kopra Yunion blong Sanma,
// a Luganville (Espiritu Santo, Vanuatu) copra and coconut cooperative whose members also run an inter-island cargo and
// passenger ship, a dive resort and a nakamal (kava bar) (Bislama messages where the app shows them, routes, parameter,
// header and key names in Bislama, five logs); Kooperatîfa Selikvanên Amedê, a Diyarbakır (Amed) basket weavers'
// cooperative with an online shop, a newsletter, the village solar microgrid of its weavers and an amateur radio club
// (Kurmanji in Latin script where the app shows it, routes and names in Kurmanji without diacritics where a URL holds
// them, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 19, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Mackay (AEST, UTC+10, no daylight saving in Queensland), Luganville (VUT, UTC+11), Diyarbakır (TRT, UTC+3). */
const AEST = 600;
const VUT = 660;
const TRT = 180;
const lan = (rng, prefix = '10.60') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const offText = (off, colon = true) => `+${pad(Math.floor(off / 60))}${colon ? ':' : ''}${pad(off % 60)}`;
/** `yyyy-mm-ddTHH:MM:SS+hhmm`, as `journalctl -o short-iso` writes it. */
const shortIso = (t, off) => `${local(t, off).slice(0, 19)}${offText(off, false)}`;
const ymdHms = (t, off) => local(t, off).slice(0, 19).replace('T', ' ');

// =====================================================================================================================
// Seaforth Cane & Power (English; Mackay: AEST, UTC+10)
// =====================================================================================================================

const SF = 'seaforth-cane.example';

// ---------------------------------------------------------------------------------------------------------------------
// promtail-dryrun.txt: the console of `promtail -config.file=/etc/promtail/mill.yaml -dry-run -inspect
// -print-config-stderr` on the mill's log gateway while a pipeline is tested: the configuration printed to stderr (with
// secrets as `<secret>`), go-kit logfmt lines (`level=… ts=… caller=… msg=…`), `[inspect: <stage> stage]:` lines, and
// each entry Promtail would have pushed as `<RFC 3339 nanoseconds with offset>\t{labels}\t<line>`.
// https://grafana.com/docs/loki/latest/send-data/promtail/troubleshooting/ (from memory, not fetched).

function promtailDryRun(rng) {
  const ns = (t) => `${local(t, AEST).slice(0, 23)}${digits(rng, 6)}${offText(AEST)}`;
  const logfmt = (t, lvl, caller, msg) => `level=${lvl} ts=${iso(t).slice(0, 23)}${digits(rng, 6)}Z caller=${caller} msg=${msg}`;
  const render = (e) =>
    e.pt.map((x) => (typeof x === 'string' ? x : x[0] === 'log' ? logfmt(e.t, x[1], x[2], x[3]) : `${ns(e.t)}\t${x[1]}\t${x[2]}`));
  const WB = '{filename="/var/log/weighbridge/wb.log", host="mill-gw-01", job="weighbridge"}';
  const NG = '{filename="/var/log/nginx/growers.access.log", host="mill-gw-01", job="growers-portal"}';
  const RAIL = '{filename="/var/log/canerail/dispatch.log", host="mill-gw-01", job="canerail"}';
  const acc = (e, req, status, ref = '-') => `${e.ip} - - [${clf(e.t, AEST)}] "${req} HTTP/1.1" ${status} ${e.bytes} "${ref}" "${e.ua}"`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        pt: [
          [
            'e',
            WB,
            `${ymdHms(DAY0, AEST).slice(0, 10)} docket=${rng.int(40000, 49999)} rake=${rng.int(100, 999)} gross_t=${rng.int(40, 70)}.${rng.int(10, 99)} tare_t=${rng.int(15, 25)}.${rng.int(10, 99)} ccs=${rng.int(12, 16)}.${rng.int(1, 9)} status=WEIGHED`,
          ],
        ],
      }),
      () => ({
        pt: [
          [
            'e',
            RAIL,
            `INFO loco L${rng.int(10, 39)} departed siding ${rng.pick(['Kuttabul', 'Hampden', 'Mirani', 'Marian'])} with ${rng.int(60, 140)} bins`,
          ],
        ],
      }),
      () => ({ pt: ['[inspect: regex stage]: ', `{stages.Entry}.Extracted["level"]:`, `\t+: ${rng.pick(['INFO', 'WARN', 'DEBUG'])}`] }),
      () => ({
        pt: [
          [
            'log',
            'debug',
            'filetarget.go:213',
            `"watching new directory" directory=/var/log/${rng.pick(['weighbridge', 'canerail', 'nginx'])}`,
          ],
        ],
      }),
    ])();
  const steps = [
    plant(
      'negative',
      'promtail-print-config-basic-auth-secret',
      'none',
      "`-print-config-stderr` prints the client's `basic_auth.password` as `<secret>`: Promtail's own masking of a secret-typed field, no credential.",
      () => ({
        value: '<secret>',
        event: {
          pt: [
            'clients:',
            '- url: https://loki.seaforth-cane.example/loki/api/v1/push',
            '  tenant_id: mill',
            '  basic_auth:',
            '    username: mill-gw',
            '    password: <secret>',
            '  batchwait: 1s',
            '  batchsize: 1048576',
            'positions:',
            '  filename: /tmp/positions-dryrun.yaml',
          ],
        },
      }),
      { after: 0 },
    ),
    {
      raw: {
        pt: [
          ['log', 'info', 'promtail.go:263', '"Reloading configuration file" md5sum=5c4d1e97a2f0b3c866d1f2e0a7b9c314'],
          ['log', 'info', 'server.go:351', '"server listening on addresses" http=[::]:9080 grpc=[::]:42613'],
          ['log', 'info', 'main.go:174', '"Starting Promtail" version="(version=3.2.1, branch=HEAD, revision=e5ab9e30)"'],
        ],
      },
    },
    4,
    plant(
      'api-key-name',
      'promtail-dryrun-nginx-line-grower-key',
      'error',
      `${WHY.apiKey('grower_key')} The growers' portal takes it in the query; the dry run prints the access-log line it would push to Loki.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: { pt: [['e', NG, null]] },
          post: (e) => acc(e, `GET /api/v2/deliveries?season=2027&grower_key=${key}`, 200),
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'promtail-dryrun-json-line-refresh-token',
      'error',
      `${WHY.refresh} The weighbridge app logs the lab service's token response at debug, and the dry run prints the JSON line as it would ship it.`,
      ({ rng }) => {
        const rt = `wbr_${rng.b64url(48)}`;
        return {
          value: rt,
          event: {
            pt: [
              [
                'e',
                WB,
                `{"level":"debug","svc":"wb-lab-sync","msg":"token renewed","resp":{"token_type":"Bearer","expires_in":1800,"refresh_token":"${rt}","scope":"samples:write"}}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'promtail-dryrun-nginx-line-embed-no-exp',
      'error',
      "A cane-payments chart embedded in the growers' newsletter through `/embed/payments/<JWT>`, a token without `exp`; the access-log line is printed by the dry run after its timestamp with offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://portal.${SF}`, chart: 'cane-payments-2027', grower_group: 'north' },
        });
        return {
          value: token,
          jwt: facts,
          event: { pt: [['e', NG, null]] },
          post: (e) => acc(e, `GET /embed/payments/${token}`, 200, `https://news.${SF}/october`),
        };
      },
    ),
    4,
    plant(
      'negative',
      'promtail-dryrun-docket-sha256',
      'none',
      'The weighbridge signs each docket with a SHA-256 digest of its fields (`docket_sha256=`): a hash for tamper evidence, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { pt: [['e', WB, `docket=${rng.int(40000, 49999)} printed docket_sha256=${h}`]] } };
      },
    ),
    4,
    plant(
      'session-id',
      'promtail-dryrun-canerail-session-token-query',
      'error',
      WHY.session(
        "The cane-rail dispatch board keeps its login in the URL (`sessionToken=`), and the dispatch app logs the board's request",
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: { pt: [['e', RAIL, `WARN slow board refresh 2.8s GET /dispatch/board?sessionToken=${sid}&depot=mirani`]] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'promtail-dryrun-ctx-base64url-json-api-key',
      'error',
      "The weighbridge app logs the redirect it sends a kiosk to: `ctx=` is base64url JSON whose `api_key` is the kiosk's key to the weighbridge API.",
      ({ rng }) => {
        const ctx = b64urlOf(JSON.stringify({ kiosk: 'wb-kiosk-2', api_key: rng.alnum(32), back: '/tickets/today' }));
        return { value: ctx, event: { pt: [['e', WB, `INFO kiosk session expired, redirect /login?ctx=${ctx}`]] } };
      },
    ),
    3,
  ];
  return buildLogPost(rng, { start: DAY0 - AEST * MIN + 6 * HOUR, site: { host: 'mill-gw-01' }, filler, render, steps });
}

/** buildLog, with `post(event)` letting a step write a line that needs the request's own fields (its address, its bytes). */
function buildLogPost(rng, spec) {
  const steps = spec.steps.map((step) => {
    if (typeof step === 'number' || step.raw) return step;
    return {
      ...step,
      make: (ctx) => {
        const made = step.make(ctx);
        if (!made.post) return made;
        return { ...made, event: { ...made.event, post: made.post } };
      },
    };
  });
  const render = (e, r) => spec.render(e.post ? { ...e, pt: fill(e.pt, e.post(e)), L: fill(e.L, e.post(e)) } : e, r);
  return buildLog(rng, { ...spec, steps, render });
}
const fill = (list, text) =>
  list ? list.map((x) => (Array.isArray(x) && x[2] === null ? [x[0], x[1], text] : x === null ? text : x)) : list;

// ---------------------------------------------------------------------------------------------------------------------
// miniflux.journal: `journalctl -u miniflux -o short-iso` of Miniflux 2.2 with `LOG_LEVEL=debug` and `LOG_FORMAT=text`
// (log/slog's text handler: `time=… level=… msg=… key=value`), the mill's feed reader for cane prices, weather and
// growers' notices, with OpenID Connect login.
// https://miniflux.app/docs/configuration.html (from memory, not fetched); the messages from memory.

function minifluxLog(rng) {
  const render = (e) =>
    e.L.map(
      (x) =>
        `${shortIso(e.t, AEST)} news-01 miniflux[${e.pid ?? 733}]: time=${local(e.t, AEST).slice(0, 23)}${offText(AEST)} level=${x[0]} msg=${x[1]}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [['DEBUG', `"Feed refreshed" feed_id=${rng.int(1, 40)} user_id=1 new_entries=${rng.int(0, 6)} duration=${rng.int(80, 2400)}ms`]],
      }),
      () => ({ L: [['INFO', `"Processing batch of feeds" batch_size=${rng.int(5, 40)} user_id=1`]] }),
      () => ({
        L: [
          [
            'DEBUG',
            `"Incoming request" method=GET uri=/unread?offset=${rng.int(0, 5) * 100} client_ip=${lan(rng)} status_code=200 execution_time=${rng.int(3, 90)}ms`,
          ],
        ],
      }),
      () => ({ L: [['WARN', `"Feed not modified" feed_id=${rng.int(1, 40)} status_code=304`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'miniflux-entry-hash-sha256',
      'none',
      'Miniflux keys each entry by a SHA-256 of its link or guid (`entry_hash=`): a content hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { L: [['DEBUG', `"Entry is new" feed_id=7 entry_hash=${h} entry_url=https://www.bom.gov.au/qld/forecasts/mackay.shtml`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'miniflux-feed-url-auth-token',
      'error',
      `${WHY.apiKey('auth_token')} The cane-price feed of the marketing company is subscribed with the key in its URL, and the fetch error writes the feed URL.`,
      ({ rng }) => {
        const key = rng.hex(36);
        return {
          value: key,
          event: {
            L: [
              [
                'WARN',
                `"Unable to fetch feed" feed_id=12 feed_url="https://prices.canemarket.example/rss/ccs-weekly?auth_token=${key}" error="http: server gave HTTP response 503"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'miniflux-incoming-request-oidc-callback-code',
      'warning',
      `${WHY.code} Miniflux's request log at debug writes the OpenID Connect callback's URI with its query.`,
      ({ rng }) => {
        const code = `${rng.b64url(8)}.${rng.b64url(40)}`;
        return {
          value: code,
          event: {
            L: [
              [
                'DEBUG',
                `"Incoming request" method=GET uri="/oauth2/oidc/callback?state=${rng.hex(32)}&code=${code}" client_ip=${lan(rng)} status_code=302 execution_time=${rng.int(40, 200)}ms`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'miniflux-oidc-verify-error-raw-id-token',
      'error',
      "Miniflux's OIDC integration fails to verify the ID token (wrong issuer after the SSO move) and the debug message writes the raw token; the line's time carries its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          kid: rng.hex(8),
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://sso.${SF}/realms/mill`, aud: 'miniflux', sub: rng.uuid(), email: 'ops@seaforth-cane.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              [
                'WARN',
                `"[OIDC] Unable to verify ID token" error="oidc: id token issued by a different provider, expected \\"https://login.${SF}\\" got \\"https://sso.${SF}/realms/mill\\"" raw_id_token=${token}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'miniflux-feed-url-google-calendar-private-ics',
      'error',
      WHY.pathSecret(
        'A Google Calendar "secret address in iCal format" (`…/private-<32 hex>/basic.ics`) of the crushing-season roster, subscribed as a feed',
      ),
      ({ rng }) => {
        const p = rng.hex(32);
        return {
          value: p,
          event: {
            L: [
              [
                'WARN',
                `"Unable to parse feed" feed_id=19 feed_url="https://calendar.google.com/calendar/ical/${rng.lowerNum(26)}%40group.calendar.google.com/private-${p}/basic.ics" error="encoding/xml: invalid format"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'miniflux-etag-header',
      'none',
      "A feed's ETag (`etag_header=`), sent back as If-None-Match: a cache validator, no credential.",
      ({ rng }) => {
        const etag = rng.hex(28);
        return {
          value: etag,
          event: {
            L: [
              ['DEBUG', `"Feed not modified" feed_id=3 etag_header="W/\\"${etag}\\"" last_modified_header="Mon, 18 Oct 2027 22:00:00 GMT"`],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 - AEST * MIN + 7 * HOUR, site: { host: 'news-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-2027-10-19.php: application/logs/ of Cloudlog 2.6 (CodeIgniter 3, `log_threshold` 2 then 4 while debugging), the
// radio club's logbook: the `<?php defined('BASEPATH') …` first line, `LEVEL - yyyy-mm-dd HH:MM:SS --> message` (local
// time, no zone), PHP warnings as `Severity: Warning --> …`, print_r() dumps over several lines.
// https://codeigniter.com/userguide3/general/errors.html (from memory, not fetched); Cloudlog's messages from memory.

function cloudlogLog(rng) {
  const render = (e) => e.L.map((x) => (typeof x === 'string' ? x : `${x[0]} - ${ymdHms(e.t, AEST)} --> ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          ['INFO', 'Config Class Initialized'],
          ['INFO', 'Hooks Class Initialized'],
          ['DEBUG', `Session: "ci_session" cookie validated for /index.php/${rng.pick(['logbook', 'dashboard', 'qso', 'awards/dxcc'])}`],
        ],
      }),
      () => ({
        L: [
          ['DEBUG', `QSO added: VK4${upperNum(rng, 3)} ${rng.pick(['20m FT8', '40m SSB', '2m FM', '15m CW'])} station_id=${rng.int(1, 4)}`],
        ],
      }),
      () => ({
        L: [
          ['INFO', 'Final output sent to browser'],
          ['DEBUG', `Total execution time: 0.${rng.int(1000, 9999)}`],
        ],
      }),
    ])();
  const steps = [
    { raw: { L: ["<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>", ''] } },
    3,
    plant(
      'api-key-name',
      'cloudlog-qrz-logbook-upper-key',
      'error',
      `${WHY.apiKey('KEY')} QRZ's logbook API takes the station's key as \`KEY=\` in the query; Cloudlog's upload error writes the whole request URL.`,
      ({ rng }) => {
        const key = `${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
        return {
          value: key,
          event: {
            L: [
              [
                'ERROR',
                `QRZ upload failed for station_id=1: https://logbook.qrz.com/api?KEY=${key}&ACTION=INSERT&ADIF=%3Ccall%3A6%3EVK4${upperNum(rng, 3)}%3Cband%3A3%3E20m%3Ceor%3E returned RESULT=FAIL&REASON=wrong+station_callsign`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'cloudlog-hamqth-xml-id-session',
      'error',
      WHY.session(
        "HamQTH's XML service takes its session id as `id=` (the name says id, the value is the session the club's account logged in with, valid an hour); the callsign lookup's warning writes the URL",
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            L: [
              [
                'ERROR',
                `Severity: Warning --> simplexml_load_file(https://www.hamqth.com/xml.php?id=${sid}&callsign=YB9${upperNum(rng, 3)}&prg=Cloudlog): Failed to open stream: HTTP request failed! HTTP/1.1 502 Bad Gateway /var/www/cloudlog/application/libraries/Hamqth.php 61`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cloudlog-qrz-logid',
      'none',
      "QRZ's answer names the inserted record (`LOGID=`): a logbook record id, no credential.",
      ({ rng }) => {
        const id = digits(rng, 10);
        return { value: id, event: { L: [['DEBUG', `QRZ upload OK: RESULT=OK&LOGID=${id}&COUNT=1`]] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'cloudlog-print-r-station-profile-eqsl-password',
      'error',
      "A debugging `log_message('debug', print_r($station, true))` dumps the station profile over several lines; its `eqsl_password` is the club's eQSL login, written in clear on its own line.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            L: [
              ['DEBUG', 'station profile Array'],
              '(',
              '    [station_id] => 1',
              '    [station_profile_name] => Club shack',
              '    [station_callsign] => VK4SFC',
              '    [station_gridsquare] => QG48',
              '    [qrzapikey] => ',
              `    [eqsl_password] => ${pw}`,
              '    [eqslqthnickname] => Home',
              ')',
              '',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'cloudlog-eqsl-adif-percent-encoded-eqsl-pswd',
      'error',
      "eQSL's ImportADIF takes the login inside the ADIF record: the warning writes the URL with the record percent-encoded, so the password sits behind `%3CEQSL_PSWD%3A<n>%3E`.",
      ({ rng }) => {
        const pw = rng.alnum(13);
        return {
          value: pw,
          event: {
            L: [
              [
                'ERROR',
                `Severity: Warning --> file_get_contents(https://www.eqsl.cc/qslcard/ImportADIF.cfm?ADIFData=Cloudlog%20upload%0A%3CADIF_VER%3A5%3E3.1.4%3CEQSL_USER%3A6%3EVK4SFC%3CEQSL_PSWD%3A13%3E${pw}%3CEOH%3E%3CCALL%3A5%3EZL2${upperNum(rng, 2)}%3CEOR%3E): Failed to open stream: Connection timed out /var/www/cloudlog/application/controllers/Eqsl.php 218`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'cloudlog-reset-password-mail-debug',
      'error',
      WHY.pathSecret('A Cloudlog password reset link (`/index.php/user/reset_password/<hash>`) in the mail the debug log writes out'),
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            L: [
              [
                'DEBUG',
                `Email to vk4${upperNum(rng, 3).toLowerCase()}@members.example: "Reset your Cloudlog password: https://log.seaforth-arc.example/index.php/user/reset_password/${h}"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cloudlog-lotw-upload-id',
      'none',
      "LoTW's upload receipt (`Upload ID`) as the job logs it: an id of the upload, no credential.",
      ({ rng }) => {
        const id = rng.hex(24);
        return { value: id, event: { L: [['INFO', `LoTW: tqsl upload accepted, Upload ID ${id}, 14 QSOs`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - AEST * MIN + 8 * HOUR, site: { host: 'cloudlog' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nut.journal: `journalctl -o short-iso -t upsd -t upsmon -t upssched -t upssched-cmd -t usbhid-ups` on the Curlew
// Island microgrid's controller: Network UPS Tools 2.8's daemons and an upssched CMDSCRIPT that logs through `logger`,
// curl's `-v` lines included (one a journal entry).
// https://networkupstools.org/docs/user-manual.chunked/ and upssched(8) (from memory, not fetched).

function nutJournal(rng) {
  const render = (e) => e.L.map(([tag, pid, msg]) => `${shortIso(e.t, AEST)} curlew-gw ${tag}[${pid}]: ${msg}`);
  const CMD = () => ['upssched-cmd', 4100 + rng.int(0, 800)];
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'upsmon',
            1184,
            `UPS bank1@localhost: battery.charge=${rng.int(40, 100)} input.voltage=${rng.int(228, 246)}.${rng.int(0, 9)} load=${rng.int(8, 60)}%`,
          ],
        ],
      }),
      () => ({ L: [['upsd', 1177, `User upsmon@127.0.0.1 logged into UPS [bank${rng.int(1, 2)}]`]] }),
      () => ({
        L: [
          ['upssched', 2200 + rng.int(0, 900), `Timer daemon running`],
          ['upssched', 2200 + rng.int(0, 900), `Executing command: ${rng.pick(['pv-report', 'soc-check'])}`],
        ],
      }),
      () => ({ L: [['usbhid-ups', 1170, `libusb1: Could not read interrupt, retrying (${rng.int(1, 3)})`]] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'nut-driver-battery-serial',
      'none',
      "The driver's banner names the battery inverter's serial number: a device id, no credential.",
      ({ rng }) => {
        const s = upperNum(rng, 14);
        return {
          value: s,
          event: { L: [['usbhid-ups', 1170, `Using subdriver: APC HID 0.100, vendorid=051d, productid=0003, serial=${s}`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'nut-curl-verbose-x-pvoutput-apikey-header',
      'error',
      `${WHY.apiKey('X-Pvoutput-Apikey')} The script's \`curl -v\` lines go to the journal one a line, the request header with PVOutput's API key among them.`,
      ({ rng }) => {
        const key = rng.hex(40);
        const c = CMD();
        return {
          value: key,
          event: {
            L: [
              [c[0], c[1], '> POST /service/r2/addstatus.jsp HTTP/1.1'],
              [c[0], c[1], '> Host: pvoutput.org'],
              [c[0], c[1], `> X-Pvoutput-Apikey: ${key}`],
              [c[0], c[1], `> X-Pvoutput-SystemId: ${rng.int(1000000, 9999999)}`],
              [c[0], c[1], '< HTTP/1.1 200 OK'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'nut-upssched-grafana-oncall-formatted-webhook',
      'error',
      WHY.webhook(
        'A Grafana OnCall formatted-webhook integration (`/integrations/v1/formatted_webhook/<token>/`) the on-battery alert posts to; the script logs the URL when curl fails',
      ),
      ({ rng }) => {
        const tok = rng.alnum(25);
        const c = CMD();
        return {
          value: tok,
          event: {
            L: [
              ['upsmon', 1184, 'UPS bank1@localhost on battery'],
              ['upssched', 2301, 'Executing command: onbatt-alert'],
              [
                c[0],
                c[1],
                `curl: (6) Could not resolve host: oncall.${SF}; alert not sent to https://oncall.${SF}/integrations/v1/formatted_webhook/${tok}/`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'nut-script-logger-token-json',
      'error',
      `${WHY.refresh} The script renews its token for the battery vendor's cloud and logs the answer through \`logger\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        const c = CMD();
        return {
          value: rt,
          event: {
            L: [
              [c[0], c[1], `token: {"access_token":"${rng.b64url(16)}…","expires_in":3600,"refresh_token":"${rt}","token_type":"bearer"}`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'nut-pvoutput-getstatus-sid',
      'none',
      "PVOutput's `sid=` is the system id of the island's array, a public number: the name says sid, the value names no session.",
      ({ rng }) => {
        const sid = String(rng.int(10000000, 99999999));
        const c = CMD();
        return {
          value: sid,
          event: { L: [[c[0], c[1], `GET https://pvoutput.org/service/r2/getstatus.jsp?sid=${sid}&h=1&limit=1 -> 200`]] },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'nut-script-embed-expired',
      'note',
      "The on-battery message carries the island's power dashboard as an embed link (`/embed/grid/<JWT>`) that had expired two days before the line (a stale link from the script's config), written at a time with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: 86400 * 3,
          jti: true,
          claims: { iss: `https://grid.${SF}`, view: 'curlew-soc', role: 'viewer' },
        });
        const c = CMD();
        return {
          value: token,
          jwt: facts,
          event: { L: [[c[0], c[1], `sent: "Curlew on battery, SOC 71%. Dashboard https://grid.${SF}/embed/grid/${token}"`]] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - AEST * MIN + 9 * HOUR, site: { host: 'curlew-gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kestra-server.log: a Kestra 0.19 standalone server's logback file with the pattern set to an ISO time with offset:
// `yyyy-MM-ddTHH:mm:ss.SSS+10:00 <LEVEL, 5 wide> <thread> <logger> <message>`, task logs as `[namespace: …] [flow: …]
// [task: …] [execution: …] [taskrun: …] <message>`, outputs rendered as JSON by Jackson's or Gson's writer.
// https://kestra.io/docs/configuration (from memory, not fetched).

function kestraLog(rng) {
  const render = (e) =>
    e.L.map(([lvl, thread, logger, msg]) => `${local(e.t, AEST).slice(0, 23)}${offText(AEST)} ${lvl.padEnd(5)} ${thread} ${logger} ${msg}`);
  const exe = () => rng.b64url(22).replace(/[-_]/g, 'x');
  const task = (flow, tk) => [
    'INFO',
    `worker_${rng.int(1, 4)}`,
    `flow.${flow}`,
    `[namespace: mill.ops] [flow: ${flow}] [task: ${tk}] [execution: ${exe()}] [taskrun: ${exe()}]`,
  ];
  const T = (flow, tk, msg, lvl = 'INFO') => {
    const x = task(flow, tk);
    x[0] = lvl;
    x[3] = `${x[3]} ${msg}`;
    return x;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'INFO',
            'scheduler',
            'io.kestra.jdbc.runner.JdbcScheduler',
            `Schedule execution for flow 'mill.ops.${rng.pick(['weighbridge-sync', 'lab-results', 'rail-plan'])}' at ${local(DAY0, AEST).slice(0, 10)}T${pad(rng.int(0, 23))}:00+10:00`,
          ],
        ],
      }),
      () => ({
        L: [
          T(
            rng.pick(['weighbridge-sync', 'lab-results']),
            'load',
            `Inserted ${rng.int(10, 900)} rows into cane_deliveries in ${rng.int(20, 900)}ms`,
          ),
        ],
      }),
      () => ({
        L: [
          [
            'DEBUG',
            'executor_1',
            'io.kestra.core.runners.ExecutorService',
            `Execution ${exe()} state changed to ${rng.pick(['RUNNING', 'SUCCESS'])}`,
          ],
        ],
      }),
    ])();
  const steps = [
    5,
    plant(
      'framework-dump',
      'kestra-execution-created-inputs-java-map',
      'error',
      "A flow is started by hand with the lab database's password as a plain STRING input (not a SECRET input); the executor logs the inputs as a Java map.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            L: [
              [
                'INFO',
                'webserver_1',
                'io.kestra.webserver.controllers.api.ExecutionController',
                `Execution created for flow mill.ops.lab-results with inputs {season=2027, lab_db_user=lab_etl, lab_db_password=${pw}, dry_run=false}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'kestra-http-request-uri-api-secret',
      'error',
      `${WHY.apiKey('api_secret')} The cane lab's results API takes it in the query; the HTTP Request task writes the URI it failed on.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            L: [
              T(
                'lab-results',
                'fetch',
                `Failed request GET https://lab.canetest.example/v1/ccs/results?day=2027-10-18&api_secret=${key} with status 401`,
                'ERROR',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'kestra-secret-function-masked',
      'none',
      "Kestra masks the values of `{{ secret('…') }}` in task logs as `******`: a mask, no credential.",
      () => ({
        value: 'password=******',
        event: { L: [T('weighbridge-sync', 'load', 'JDBC url jdbc:postgresql://db.mill.lan:5432/mill?user=kestra&password=******')] },
      }),
    ),
    5,
    plant(
      'encoded',
      'kestra-outputs-gson-u003d-token',
      'error',
      "A task's outputs are written by a Gson writer that escapes `=` and `&` as `\\u003d` and `\\u0026`: the rail planner's export URL carries its `token` behind `token\\u003d`.",
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            L: [
              T(
                'rail-plan',
                'export',
                `Outputs: {"uri":"https://plan.railsched.example/export?format\\u003dcsv\\u0026token\\u003d${tok}","rows":${rng.int(100, 900)}}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'kestra-jenkins-build-by-token',
      'error',
      WHY.webhook(
        'A Jenkins Build Authorization Token Root trigger (`/buildByToken/buildWithParameters?job=…&token=…`) the flow calls after the lab load; the failure writes the URL',
      ),
      ({ rng }) => {
        const tok = rng.alnum(30);
        return {
          value: tok,
          event: {
            L: [
              T(
                'lab-results',
                'trigger-ci',
                `Failed request POST https://ci.${SF}/buildByToken/buildWithParameters?job=lab-report&token=${tok}&cause=kestra with status 503`,
                'WARN',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'kestra-http-request-outputs-body-refresh-token',
      'error',
      `${WHY.refresh} The HTTP Request task's outputs are logged, the token endpoint's body with them.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            L: [
              T(
                'weighbridge-sync',
                'auth',
                `Outputs: {"code":200,"body":"{\\"access_token\\":\\"${rng.b64url(20)}…\\",\\"refresh_token\\":\\"${rt}\\",\\"expires_in\\":900}"}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'kestra-logout-id-token-hint-expired',
      'note',
      "A clean-up task ends the service account's SSO session with an `id_token_hint` kept from the previous day's run; the token expired an hour before the line, written with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          kid: rng.hex(8),
          lifetime: 3600,
          age: 7200,
          claims: { iss: `https://sso.${SF}/realms/mill`, aud: 'kestra', sub: 'svc-kestra' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              T(
                'rail-plan',
                'sso-logout',
                `Failed request GET https://sso.${SF}/realms/mill/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fkestra.${SF}%2F with status 400`,
                'WARN',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'kestra-traceparent',
      'none',
      "A W3C `traceparent` on the webserver's request line: trace and span ids, no credential.",
      ({ rng }) => {
        const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
        return {
          value: tp,
          event: {
            L: [
              [
                'DEBUG',
                'webserver_1',
                'io.kestra.webserver.filter.LogFilter',
                `POST /api/v1/executions/mill.ops/lab-results 200 traceparent=${tp}`,
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 - AEST * MIN + 10 * HOUR, site: { host: 'kestra' }, filler, render, steps });
}

// =====================================================================================================================
// Kopra Yunion blong Sanma (Bislama; Luganville: VUT, UTC+11)
// =====================================================================================================================

const KY = 'kopra-sanma.example';

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: storage/logs/laravel.log of Crater 6 (Laravel 10), the cooperative's invoicing: Monolog's line
// `[yyyy-mm-dd HH:MM:SS] production.LEVEL: message {context} []` in the app's time zone (Pacific/Efate, no offset
// written), exceptions with their context on one line.
// https://laravel.com/docs/10.x/logging (from memory, not fetched); Crater's messages and routes from memory.

function craterLog(rng) {
  const render = (e) => e.L.map(([lvl, msg]) => `[${ymdHms(e.t, VUT)}] production.${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'INFO',
            `Invoes INV-${pad(rng.int(1, 999), 6)} i sevem finis {"company":1,"customer":${rng.int(1, 80)},"total":${rng.int(2000, 90000)}}`,
          ],
        ],
      }),
      () => ({
        L: [
          [
            'INFO',
            `Pemen i kam: ${rng.int(5000, 400000)} VUV {"payment":"PAY-${pad(rng.int(1, 999), 6)}","mode":"${rng.pick(['Bank', 'Kaes', 'M-Vatu'])}"}`,
          ],
        ],
      }),
      () => ({ L: [['DEBUG', `Recurring invoice job ran {"due":${rng.int(0, 5)},"created":${rng.int(0, 5)}}`]] }),
    ])();
  const steps = [
    5,
    plant(
      'api-key-name',
      'crater-http-client-ki',
      'error',
      `${WHY.apiKey('ki')} (Bislama for "key"). The buyers' price API takes it in the query; the app's warning writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              [
                'WARNING',
                `Praes blong kopra i no kam: HTTP 401 from https://maket.kopra-baea.example/api/praes?gred=FMS&ki=${key} {"company":1}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'crater-xero-callback-invalid-state-url',
      'warning',
      `${WHY.code} The Xero connection fails on its state check and the exception's context keeps the callback URL with its query.`,
      ({ rng }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: {
            L: [
              [
                'ERROR',
                `Konek long Xero i no wok: Invalid state {"userId":3,"url":"https://invoes.${KY}/xero/callback?code=${code}&scope=openid%20profile%20accounting.transactions&state=${rng.hex(20)}","exception":"[object] (App\\\\Exceptions\\\\XeroStateException(code: 0): Invalid state at /var/www/crater/app/Http/Controllers/XeroController.php:58)"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'crater-csrf-token-mismatch',
      'none',
      "A TokenMismatchException's context with the form's `_token`: Laravel's CSRF token, bound to a session and useless alone, no credential.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            L: [
              [
                'ERROR',
                `CSRF token mismatch. {"url":"https://invoes.${KY}/login","_token":"${tok}","exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException(code: 0): CSRF token mismatch.)"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'crater-guzzle-xero-token-request-body',
      'error',
      `${WHY.refresh} The Xero client's failure logs the token request's form body, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            L: [
              [
                'ERROR',
                `Client error: \`POST https://identity.xero.com/connect/token\` resulted in a \`400 Bad Request\` response: {"error":"invalid_grant"} {"userId":3,"body":"grant_type=refresh_token&refresh_token=${rt}"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'crater-invoice-pdf-unique-hash-mail-log',
      'error',
      WHY.pathSecret(
        'A Crater customer invoice link (`/invoices/pdf/<unique_hash>`) in the mail the log driver writes (the invoice, names and amounts to whoever has the link)',
      ),
      ({ rng }) => {
        const h = rng.alnum(40);
        return {
          value: h,
          event: {
            L: [
              [
                'INFO',
                `Imel i go long kastoma: "Invoes blong yu i redi, lukluk long https://invoes.${KY}/invoices/pdf/${h} Tangkyu tumas." {"to":"wantok.traders@example.com"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'crater-context-cookies-crater-session',
      'error',
      WHY.session(
        "A custom exception context dumps the request's cookies, `crater_session` (Laravel's encrypted session cookie) among them",
      ),
      ({ rng }) => {
        const v = b64Of(
          JSON.stringify({ iv: rng.bytes(16).toString('base64'), value: rng.bytes(96).toString('base64'), mac: rng.hex(64), tag: '' }),
        );
        return {
          value: v,
          event: { L: [['ERROR', `Sesen i no save faenem kampani {"cookies":{"crater_session":"${v}"},"url":"/api/v1/dashboard"}`]] },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'crater-context-request-input-password',
      'error',
      "The exception handler adds `request()->all()` to the context: the customer portal login's `password` in clear (Laravel's `dontFlash` keeps it out of the session, not out of this log).",
      ({ rng }) => {
        const pw = rng.alnum(15);
        return {
          value: pw,
          event: {
            L: [
              [
                'ERROR',
                `Kastoma i no save login {"request":{"email":"memba42@example.com","password":"${pw}","remember":true},"exception":"[object] (Illuminate\\\\Validation\\\\ValidationException(code: 0): The provided credentials are incorrect.)"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'crater-queue-job-uuid', 'none', "A queued job's uuid: an id of the job, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { L: [['DEBUG', `Job i finis {"job":"Crater\\\\Jobs\\\\GeneratePaymentPdfJob","uuid":"${u}"}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 - VUT * MIN + 8 * HOUR, site: { host: 'crater' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kpi.log: `docker compose logs --no-color kpi worker` of a KoboToolbox install (kobo-docker) where the cooperative's
// buying stations submit copra weights: `kpi-1     | <line>` and `worker-1  | <line>`; kpi's Python logging at DEBUG
// (`LEVEL yyyy-mm-dd HH:MM:SS,mmm logger message`), uWSGI's request lines (`[pid: …|app: 0|req: …] <ip> () {…} [<ctime>]
// <METHOD> <uri> => generated …`), Celery's `[yyyy-mm-dd HH:MM:SS,mmm: LEVEL/Process] …`. Local time, no zone.
// https://uwsgi-docs.readthedocs.io/en/latest/LogFormat.html and https://github.com/kobotoolbox/kobo-docker (from memory,
// not fetched).

function kpiLog(rng) {
  const ctime = (t) => {
    const d = new Date(t + VUT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const py = (t) => `${ymdHms(t, VUT)},${iso(t).slice(20, 23)}`;
  const render = (e) =>
    e.L.map((x) => {
      if (x[0] === 'uw')
        return `kpi-1     | [pid: ${e.pid ?? 31}|app: 0|req: ${rng.int(100, 9999)}/${rng.int(100, 9999)}] ${e.ip} () {${rng.int(40, 70)} vars in ${rng.int(900, 3000)} bytes} [${ctime(e.t)}] ${x[1]} ${x[2]} => generated ${rng.int(100, 90000)} bytes in ${rng.int(4, 900)} msecs (HTTP/1.1 ${x[3]}) ${rng.int(5, 9)} headers in ${rng.int(200, 500)} bytes (1 switches on core 0)`;
      if (x[0] === 'wk') return `worker-1  | [${py(e.t)}: ${x[1]}/ForkPoolWorker-${rng.int(1, 4)}] ${x[2]}`;
      return `kpi-1     | ${x[1]} ${py(e.t)} ${x[2]} ${x[3]}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['uw', 'GET', `/api/v2/assets/?q=asset_type%3Asurvey&limit=${rng.pick([10, 25, 100])}`, '200 OK']] }),
      () => ({ L: [['uw', 'POST', '/api/v2/assets/a8kWnKd7QfR3xTmZ2pLvYe/data/bulk/', '200 OK']] }),
      () => ({
        L: [['wk', 'INFO', `Task kpi.tasks.sync_media_files[${rng.uuid()}] succeeded in ${rng.int(1, 9)}.${rng.int(100, 999)}s: None`]],
      }),
      () => ({
        L: [
          [
            'py',
            'DEBUG',
            'django.db.backends',
            `(0.00${rng.int(1, 9)}) SELECT "kpi_asset"."id" FROM "kpi_asset" WHERE "kpi_asset"."uid" = %s LIMIT 21; args=('aKw${rng.alnum(19)}',)`,
          ],
        ],
      }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'kpi-uwsgi-asset-uid-deployment',
      'none',
      "A form's asset uid (`a` + 21 base62 characters) in a deployment URL: the id of the form, public to anyone who gets its Enketo link, no credential.",
      ({ rng }) => {
        const uid = `a${rng.alnum(21)}`;
        return { value: uid, event: { L: [['uw', 'PATCH', `/api/v2/assets/${uid}/deployment/`, '200 OK']] } };
      },
    ),
    5,
    plant(
      'header-dump',
      'kpi-debug-requests-headers-dict-drf-token',
      'error',
      "kpi's backend logs the headers of its call to the KoboCAT API as a Python dict at DEBUG, `Authorization: Token <40 hex>` (a DRF token of the sync user, valid until revoked).",
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            L: [
              [
                'py',
                'DEBUG',
                'kpi.deployment_backends.kobocat_backend',
                `POST https://kc.${KY}/api/v1/forms headers={'Authorization': 'Token ${tok}', 'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'kpi-rest-service-webhook-site',
      'error',
      WHY.webhook(
        'A Webhook.site inbox (`https://webhook.site/<uuid>`) left as a REST Service endpoint after testing: whoever has the URL reads every submission posted to it',
      ),
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            L: [
              [
                'wk',
                'WARNING',
                `kobo.apps.hook.tasks.service_definition_task: Hook "Kopra sit" i no wok (HTTP 429) for https://webhook.site/${u} submission_id=${rng.int(100000, 999999)}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'kpi-wan-taem-tiket-first-use',
      'note',
      WHY.ticketFirst(
        "A single-use ticket (`wan_taem_tiket`, Bislama for \"one-time ticket\") a buying station's tablet downloads the day's price sheet with; the front's request is in uWSGI's line with the station's address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.tiket = t;
        return {
          value: tk,
          event: { ip: '198.51.100.61', L: [['uw', 'GET', `/praes/sit.csv?stesen=Port-Olry&wan_taem_tiket=${tk}`, '200 OK']] },
        };
      },
      { ref: 'tiket' },
    ),
    1,
    plant(
      'replay',
      'kpi-wan-taem-tiket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('wan_taem_tiket', gap('tiket', t))} Another address (not the station's) downloaded the sheet with the same ticket and got 200: the view did not spend it.`,
          },
        ],
        event: {
          ip: '203.0.113.219',
          L: [['uw', 'GET', `/praes/sit.csv?stesen=Port-Olry&wan_taem_tiket=${refs.get('tiket').value}`, '200 OK']],
        },
      }),
      { replayOf: 'tiket', after: 117 },
    ),
    5,
    plant(
      'encoded',
      'kpi-debug-quote-plus-json-api-ki',
      'error',
      "The buying stations' sync posts a form body whose `payload` is JSON passed through `quote_plus` (`%7B%22api_ki%22%3A+%22…`): the station's API key (`api_ki`) behind one layer of percent-encoding.",
      ({ rng }) => {
        const k = rng.alnum(34);
        return {
          value: k,
          event: {
            L: [
              [
                'py',
                'DEBUG',
                'kpi.views.stesen',
                `raw body: stesen=Big-Bay&payload=%7B%22api_ki%22%3A+%22${k}%22%2C+%22kg%22%3A+${rng.int(200, 900)}%7D`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'kpi-celery-task-args-repr-password',
      'error',
      "Celery's failure line writes the task's positional arguments as a Python tuple: the export account's password is the second one.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            L: [
              [
                'wk',
                'ERROR',
                `Task kpi.tasks.export_to_sheet[${rng.uuid()}] raised unexpected: ConnectionError('Max retries exceeded') args=('kopra-ekspot', '${pw}', 'Praes 2027') kwargs={}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'kpi-allauth-password-reset-key-mail',
      'error',
      WHY.pathSecret('A password reset link (`/accounts/password/reset/key/<uidb36>-<key>/`) in the mail the console backend prints'),
      ({ rng }) => {
        const key = `${rng.lowerNum(2)}-${rng.lowerNum(6)}-${rng.hex(32)}`;
        return {
          value: key,
          event: {
            L: [
              [
                'py',
                'INFO',
                'django.core.mail',
                `to=sekretari@${KY} subject="Jenisim pasword blong yu" body="Klikim link ia blong jenisim pasword: https://kf.${KY}/accounts/password/reset/key/${key}/"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'kpi-enketo-offline-form-id',
      'none',
      "Enketo's survey id in a form's web link (`/x/<id>`): the public address of the form, no credential.",
      ({ rng }) => {
        const id = rng.alnum(8);
        return {
          value: id,
          event: { L: [['py', 'INFO', 'kpi.deployment_backends', `Enketo links ready offline_url=https://ee.${KY}/x/${id} preview=true`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - VUT * MIN + 9 * HOUR, site: { host: 'kpi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-2027-10-20.php: application/logs/ of Kalkun 0.8 (CodeIgniter 3 on Gammu SMSD) at the shipping office, where
// passengers and shippers text the ship: the same CodeIgniter 3 layout as Cloudlog's (`LEVEL - … --> …`, local time),
// PHP warnings, print_r() of an outgoing API request's header array, the office's plugin's messages in Bislama.
// https://github.com/kalkun-sms/Kalkun (from memory, not fetched).

function kalkunLog(rng) {
  const render = (e) => e.L.map((x) => (typeof x === 'string' ? x : `${x[0]} - ${ymdHms(e.t, VUT)} --> ${x[1]}`));
  const phone = () => `+678${rng.int(5, 7)}${digits(rng, 6)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'DEBUG',
            `Inbox: niu mesej from ${phone()} "${rng.pick(['Sip i kamaot wanem taem?', 'Mi wantem sendem 12 bag kopra', 'Tangkyu', 'Hamas tiket i go Ambae?'])}"`,
          ],
        ],
      }),
      () => ({ L: [['INFO', `Outbox: mesej i go long ${phone()} status=SendingOKNoReport`]] }),
      () => ({
        L: [
          ['INFO', 'Config Class Initialized'],
          ['INFO', 'Database Driver Class Initialized'],
          ['INFO', 'Final output sent to browser'],
        ],
      }),
    ])();
  const steps = [
    { raw: { L: ["<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>", ''] } },
    3,
    plant(
      'path-secret',
      'kalkun-outbox-eticket-link',
      'error',
      WHY.pathSecret(
        "A passenger's e-ticket link (`/tiket/<token>`, the boarding pass and the passenger's name and island) in an outgoing SMS the plugin logs",
      ),
      ({ rng }) => {
        const tk = rng.b64url(26);
        return {
          value: tk,
          event: {
            L: [
              [
                'DEBUG',
                `Outbox: mesej i go long ${phone()} "Tiket blong yu long MV Sanma Kwin, Luganville - Lolowai 21/10: https://sip.${KY}/tiket/${tk}"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'kalkun-udh-concatenation',
      'none',
      "A long SMS's UDH (`050003<ref>0201`): the concatenation header of a multipart message, no credential.",
      ({ rng }) => {
        const udh = `050003${rng.hex(2).toUpperCase()}0201`;
        return { value: udh, event: { L: [['DEBUG', `Inbox: multipart part 1/2 UDH=${udh} from ${phone()}`]] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'kalkun-inbox-forwarded-link-access-token-fragment',
      'error',
      "A shipper texts back the link the payment page left in the browser: an implicit-grant redirect with `#access_token=` in its fragment, logged with the incoming SMS (a bearer access token of the shipper's mobile-money account, valid an hour).",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              [
                'DEBUG',
                `Inbox: niu mesej from ${phone()} "Pemen i no soemap. Link: https://pei.${KY}/kopra/pem/finis#access_token=${at}&token_type=Bearer&expires_in=3600"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'kalkun-print-r-curl-header-array-bearer',
      'error',
      "The plugin logs the header array it hands to curl with print_r() before calling the SMS aggregator: `[1] => Authorization: Bearer <opaque>`, the aggregator's long-lived account token, on its own line.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            L: [
              ['DEBUG', 'Aggregator request headers Array'],
              '(',
              '    [0] => Content-Type: application/json',
              `    [1] => Authorization: Bearer ${tok}`,
              '    [2] => Accept: application/json',
              ')',
              '',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'kalkun-php-warning-session-file-ci-session',
      'error',
      WHY.session(
        "CodeIgniter 3's files driver names each session's file `ci_session<id>`; PHP's warning about a full disk writes the file's path, the id of an operator's live session in it",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(40);
        return {
          value: sid,
          event: {
            L: [
              [
                'ERROR',
                `Severity: Warning --> file_put_contents(/var/lib/php/sessions/ci_session${sid}): Failed to open stream: No space left on device /var/www/kalkun/system/libraries/Session/drivers/Session_files_driver.php 263`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'kalkun-wan-taem-kod-boarding-once',
      'note',
      WHY.ticketFirst(
        'A one-time boarding code (`wan_taem_kod`) the gangway tablet redeems; the plugin logs it with the tablet. The code is',
      ),
      ({ rng }) => {
        const code = upperNum(rng, 10);
        return {
          value: code,
          event: { L: [['INFO', `Boding: wan_taem_kod=${code} i oke (fas taem) gangway=TAB-2 pasenja=${rng.int(1000, 9999)}`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'kalkun-csrf-hash',
      'none',
      "CodeIgniter's CSRF hash of the compose form: bound to the operator's session, no credential on its own.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { L: [['DEBUG', `Security: CSRF hash ${h} verified for /index.php/messages/compose`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - VUT * MIN + 24 * HOUR + 7 * HOUR, site: { host: 'kalkun' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// huginn.log: `docker logs -t huginn` of Huginn's single-process image (foreman running `web` and `jobs`): Docker's
// RFC 3339 nanosecond UTC time, foreman's `HH:MM:SS web.1  | ` prefix (the container's local time), Rails' logger
// (`I, [yyyy-mm-ddTHH:MM:SS.ffffff #pid]  INFO -- : …` with `Started …`, `Processing by …`, `  Parameters: …`,
// `Redirected to …`, `Completed …`) and delayed_job's `[Worker(host:… pid:…)] …` lines.
// https://github.com/huginn/huginn/tree/master/docker/single-process (from memory, not fetched).

function huginnLog(rng) {
  const dockerTs = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) =>
    e.L.map(([proc, msg], i) => {
      const at = e.t + i;
      const lt = local(at, VUT);
      const ruby = proc === 'web.1' ? `I, [${lt.slice(0, 23)}${digits(rng, 3)} #${e.pid ?? 41}]  INFO -- : ` : '';
      return `${dockerTs(at)} ${lt.slice(11, 19)} ${proc.padEnd(6)} | ${ruby}${msg.replace('@AT', `at ${ymdHms(e.t, VUT)} +1100`)}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'jobs.1',
            `[Worker(host:huginn pid:58)] Job AgentCheckJob [${rng.uuid()}] from DelayedJob(default) with arguments: [${rng.int(1, 30)}] (id=${rng.int(10000, 99999)}) (queue=default) COMPLETED after 0.${rng.int(1000, 9999)}`,
          ],
        ],
      }),
      () => ({
        L: [
          ['web.1', `Started GET "/agents/${rng.int(1, 30)}/events" for ${lan(rng)} @AT`],
          [
            'web.1',
            `Completed 200 OK in ${rng.int(20, 400)}ms (Views: ${rng.int(10, 300)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(1, 40)}.${rng.int(0, 9)}ms)`,
          ],
        ],
      }),
      () => ({
        L: [
          [
            'jobs.1',
            `[Worker(host:huginn pid:58)] Job AgentPropagateJob [${rng.uuid()}] from DelayedJob(propagation) with arguments: [] (id=${rng.int(10000, 99999)}) RUNNING`,
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'huginn-delayed-job-id',
      'none',
      'An ActiveJob id of a delayed_job run: an id of the job, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            L: [
              [
                'jobs.1',
                `[Worker(host:huginn pid:58)] Job AgentRunScheduleJob [${id}] from DelayedJob(default) with arguments: ["every_1h"] (id=${rng.int(10000, 99999)}) RUNNING`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'huginn-omniauth-google-callback-started-and-parameters',
      'warning',
      `${WHY.code} Huginn's Google service (for the dive bookings sheet) is connected through OmniAuth; Rails writes the callback's query in \`Started\` and again in \`Parameters\`.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(71)}`;
        const st = rng.hex(48);
        return {
          value: code,
          event: {
            L: [
              [
                'web.1',
                `Started GET "/auth/google_oauth2/callback?state=${st}&code=${code}&scope=email+profile+https://www.googleapis.com/auth/spreadsheets" for 192.0.2.77 @AT`,
              ],
              ['web.1', 'Processing by OmniauthCallbacksController#google_oauth2 as HTML'],
              [
                'web.1',
                `  Parameters: {"state"=>"${st}", "code"=>"${code}", "scope"=>"email profile https://www.googleapis.com/auth/spreadsheets"}`,
              ],
              ['web.1', 'Redirected to https://huginn.daeva.kopra-sanma.example/services'],
              ['web.1', 'Completed 302 Found in 611ms (ActiveRecord: 7.9ms)'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'huginn-post-agent-jenkins-generic-webhook-trigger',
      'error',
      WHY.webhook(
        "A Jenkins Generic Webhook Trigger (`/generic-webhook-trigger/invoke?token=<token>`) a PostAgent calls to rebuild the resort's tide-and-dive page; the job's error writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            L: [
              [
                'jobs.1',
                `[Worker(host:huginn pid:58)] Job AgentReceiveJob (id=${rng.int(10000, 99999)}) FAILED with Faraday::ConnectionFailed: Failed to open TCP connection to ci.daeva.${KY}:443 (POST https://ci.daeva.${KY}/generic-webhook-trigger/invoke?token=${tok})`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'huginn-redirected-to-logout-id-token-hint',
      'error',
      "Signing out of Huginn redirects to the resort's SSO with the user's `id_token_hint`; Rails writes the `Redirected to` URL, under Docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          kid: rng.hex(8),
          lifetime: 3600,
          age: rng.int(300, 2400),
          jti: true,
          claims: { iss: `https://login.daeva.${KY}`, aud: 'huginn', sub: rng.uuid(), name: 'Daeva Bos' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              ['web.1', `Started DELETE "/users/sign_out" for 192.0.2.77 @AT`],
              [
                'web.1',
                `Redirected to https://login.daeva.${KY}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fhuginn.daeva.${KY}%2F`,
              ],
              ['web.1', 'Completed 303 See Other in 14ms'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'huginn-website-agent-nested-param-brackets-percent-encoded',
      'error',
      "A WebsiteAgent posts the resort's bookings form with nested names percent-encoded by Rack (`buking%5Bapi_ki%5D=`): the booking engine's API key (`api_ki`) under a name whose brackets are encoded.",
      ({ rng }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: {
            L: [
              [
                'jobs.1',
                `[Worker(host:huginn pid:58)] WebsiteAgent#14 "Daeva buking" POST https://buking.daeva.${KY}/api/sekem body: buking%5Bdei%5D=2027-10-20&buking%5Bapi_ki%5D=${k}&buking%5Bsaet%5D=million-dollar-point -> 500`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'huginn-authenticity-token-parameters',
      'none',
      "Rails' `authenticity_token` in `Parameters` (Huginn filters only `password`): the CSRF token of the form, no credential.",
      ({ rng }) => {
        const at = rng.b64url(86);
        return {
          value: at,
          event: {
            L: [
              ['web.1', `Started POST "/agents/14/run" for 192.0.2.77 @AT`],
              ['web.1', `  Parameters: {"authenticity_token"=>"${at}", "id"=>"14"}`],
              ['web.1', 'Completed 302 Found in 33ms'],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - VUT * MIN + 9 * HOUR, site: { host: 'huginn' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ff3-fpm-fcgi-2027-10-19.log: storage/logs/ of Firefly III 6 (Laravel 11, daily channel named after the SAPI) at
// APP_LOG_LEVEL=debug, the nakamal's books: Monolog's `[yyyy-mm-ddTHH:MM:SS.uuuuuu+11:00] production.LEVEL: message
// {context} []`.
// https://docs.firefly-iii.org/how-to/firefly-iii/advanced/logs/ (from memory, not fetched).

function fireflyLog(rng) {
  const render = (e) =>
    e.L.map(([lvl, msg]) => `[${local(e.t, VUT).slice(0, 23)}${digits(rng, 3)}${offText(VUT)}] production.${lvl}: ${msg} []`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          ['DEBUG', `Now in TransactionJournalFactory::create() {"type":"withdrawal","amount":"${rng.int(500, 40000)}","currency":"VUV"}`],
        ],
      }),
      () => ({ L: [['INFO', `Rule "Kava rut" fired on journal #${rng.int(1000, 9999)}`]] }),
      () => ({ L: [['DEBUG', `Cache miss for budget limits of ${local(DAY0, VUT).slice(0, 7)}`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'firefly-passport-client-id',
      'none',
      "A Passport client's id (a uuid) in the authorization request: names the OAuth client, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            L: [['DEBUG', `Authorization request for client_id=${id} scope= redirect_uri=https://kava-app.nakamal.example/callback`]],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'firefly-passport-implicit-redirect-location',
      'error',
      "The nakamal's till app is an implicit-grant client of Firefly III's Passport server; the debug line writes the redirect it answers with, `#access_token=` in the fragment (a Passport access token, a JWT valid a year), at a time with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          lifetime: 31536000,
          age: 1,
          jti: true,
          claims: { aud: rng.uuid(), sub: '1', scopes: [] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              [
                'DEBUG',
                `Redirecting to https://kava-app.nakamal.example/callback#access_token=${token}&token_type=Bearer&expires_in=31536000`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'firefly-exchange-rate-secret-key',
      'error',
      `${WHY.apiKey('secret_key')} The exchange-rate download for VUV, AUD and NZD takes it in the query; the failure writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            L: [
              [
                'ERROR',
                `Could not download exchange rates: cURL error 28: Operation timed out after 10001 milliseconds for https://rates.pacificfx.example/v2/latest?base=VUV&symbols=AUD,NZD,USD&secret_key=${key}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'firefly-oauth-token-request-all',
      'error',
      `${WHY.refresh} A debugging line dumps \`request()->all()\` on \`/oauth/token\`, the grant's \`refresh_token\` with it.`,
      ({ rng }) => {
        const rt = rng.hex(256);
        return {
          value: rt,
          event: { L: [['DEBUG', `POST /oauth/token {"grant_type":"refresh_token","client_id":"3","refresh_token":"${rt}","scope":""}`]] },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'firefly-api-middleware-authorization-bearer-passport-jwt',
      'error',
      'An API middleware logs the request headers of a data importer call, `authorization: Bearer <JWT>` (a Personal Access Token, valid a year), at a time with its offset',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          lifetime: 31536000,
          age: 86400 * 40,
          jti: true,
          claims: { aud: '2', sub: '1', scopes: [] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              [
                'DEBUG',
                `API request headers {"host":["books.nakamal.example"],"accept":["application/vnd.api+json"],"authorization":["Bearer ${token}"],"user-agent":["FireflyIII Data Importer / 1.5.6"]}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'firefly-x-trace-id', 'none', "Firefly III's `X-Trace-Id` on a request: a trace id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['DEBUG', `Trace ${id} GET /api/v1/accounts?type=asset took 64ms`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 - VUT * MIN + 17 * HOUR, site: { host: 'firefly' }, filler, render, steps });
}

// =====================================================================================================================
// Kooperatîfa Selikvanên Amedê (Kurmanji, Latin script; Diyarbakır: TRT, UTC+3)
// =====================================================================================================================

const SK = 'selikvan.example';

// ---------------------------------------------------------------------------------------------------------------------
// production.log: log/production.log of the cooperative's Spree 4.10 shop (Rails 7.1, `config.log_tags = [:request_id]`):
// `[<request id>] Started GET "…" for <ip> at yyyy-mm-dd HH:MM:SS +0300`, `Processing by …`, `  Parameters: {…}`,
// `Completed …`. The shop replaced `filter_parameters` with `[:passw, :code, :sifre_confirmation]` (Rails matches parts
// of names, and filters the `Started` line's query with the same list), so the Kurmanji field names pass in clear.
// https://guides.rubyonrails.org/configuring.html#config-filter-parameters (from memory, not fetched).

function spreeLog(rng) {
  const render = (e) => e.L.map((x) => `[${e.rid}] ${x.replace('@AT', `at ${ymdHms(e.t, TRT)} +0300`)}`);
  const started = (m, p, ip) => `Started ${m} "${p}" for ${ip} @AT`;
  const filler = (rng) => {
    const ip = lan(rng, '10.33');
    return rng.pick([
      () => ({
        rid: rng.uuid(),
        L: [
          started('GET', `/products/selik-${rng.pick(['genim', 'dari', 'qamis'])}-${rng.int(1, 40)}`, ip),
          'Processing by Spree::ProductsController#show as HTML',
          `Completed 200 OK in ${rng.int(30, 400)}ms (Views: ${rng.int(20, 300)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(2, 40)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(10000, 90000)})`,
        ],
      }),
      () => ({
        rid: rng.uuid(),
        L: [
          started('GET', `/t/categories/${rng.pick(['selik', 'tevn', 'hesir'])}`, ip),
          'Processing by Spree::TaxonsController#show as HTML',
          `Completed 200 OK in ${rng.int(30, 400)}ms`,
        ],
      }),
    ])();
  };
  const steps = [
    3,
    plant(
      'negative',
      'spree-asset-digest',
      'none',
      "A Sprockets asset digest in the stylesheet's name (`spree/frontend/all-<64 hex>.css`): a cache buster, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            rid: rng.uuid(),
            L: [started('GET', `/assets/spree/frontend/all-${h}.css`, lan(rng, '10.33')), 'Completed 200 OK in 2ms'],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'spree-api-v1-token-started-and-parameters',
      'error',
      `${WHY.apiKey('kilita_api')} (Kurmanji for "API key"). The warehouse sync sends a user's API key under the shop's own name, which the shop's \`filter_parameters\` list does not hold; Rails writes it in \`Started\` and again in \`Parameters\`.`,
      ({ rng }) => {
        const k = rng.hex(48);
        return {
          value: k,
          event: {
            rid: rng.uuid(),
            L: [
              started('GET', `/api/v1/stock_locations/1/stock_items?per_page=100&kilita_api=${k}`, '203.0.113.40'),
              'Processing by Spree::Api::V1::StockItemsController#index as JSON',
              `  Parameters: {"per_page"=>"100", "kilita_api"=>"${k}", "stock_location_id"=>"1"}`,
              'Completed 200 OK in 88ms (Views: 61.0ms | ActiveRecord: 12.4ms)',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'spree-parameters-kurmanji-sifre-unfiltered',
      'error',
      "Rails filters parameters by parts of their names (`passw` matches `password`), and the weavers' sign-up form names the password `sifre` (Kurmanji); the shop's list holds `sifre_confirmation`, which `sifre` does not contain: `Parameters` writes it in clear.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            rid: rng.uuid(),
            L: [
              started('POST', '/endam/tomar', lan(rng, '10.33')),
              'Processing by Spree::EndamController#create as HTML',
              `  Parameters: {"endam"=>{"email"=>"hunermend${rng.int(10, 99)}@example.com", "sifre"=>"${pw}", "gund"=>"Hezro"}, "commit"=>"Tomar bike"}`,
              'Redirected to https://dikan.selikvan.example/endam',
              'Completed 302 Found in 241ms',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'spree-bilet-first-use',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket (`bilet`, Kurmanji for "ticket") for a weaving pattern PDF a customer bought; Rails writes the request with the customer\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(30);
        firstUse.bilet = t;
        return {
          value: b,
          event: {
            rid: rng.uuid(),
            L: [
              started('GET', `/daxistin/nexs-selik-genim.pdf?bilet=${b}`, '198.51.100.23'),
              'Processing by Spree::DaxistinController#show as PDF',
              'Sent file /var/www/dikan/storage/nexs/selik-genim.pdf (0.4ms)',
              'Completed 200 OK in 12ms',
            ],
          },
        };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'spree-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address downloaded the pattern with the same ticket and got the file again: the controller did not spend it.`,
          },
        ],
        event: {
          rid: rng.uuid(),
          L: [
            started('GET', `/daxistin/nexs-selik-genim.pdf?bilet=${refs.get('bilet').value}`, '203.0.113.188'),
            'Processing by Spree::DaxistinController#show as PDF',
            'Sent file /var/www/dikan/storage/nexs/selik-genim.pdf (0.3ms)',
            'Completed 200 OK in 9ms',
          ],
        },
      }),
      { replayOf: 'bilet', after: 52 },
    ),
    3,
    plant(
      'id-token',
      'spree-parameters-apple-form-post-id-token',
      'error',
      "Sign in with Apple answers with `response_mode=form_post`; Rails writes the POST's `Parameters`, `id_token` included (Rails' default list would mask it through `token`, the shop's own list does not; `code` is filtered), at a time with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'RS256',
          kid: rng.alnum(10),
          lifetime: 600,
          age: rng.int(2, 20),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: 'example.selikvan.dikan',
            sub: `000${digits(rng, 3)}.${rng.hex(32)}.${digits(rng, 4)}`,
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            rid: rng.uuid(),
            L: [
              started('POST', '/users/auth/apple/callback', '192.0.2.140'),
              'Processing by Spree::OmniauthCallbacksController#apple as HTML',
              `  Parameters: {"state"=>"${rng.hex(48)}", "code"=>"[FILTERED]", "id_token"=>"${token}"}`,
              'Redirected to https://dikan.selikvan.example/account',
              'Completed 302 Found in 190ms',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'spree-digital-download-secret-path',
      'error',
      WHY.pathSecret("A digital-download link of a bought pattern (`/dijital/<secret>`, spree_digital's per-order secret)"),
      ({ rng }) => {
        const s = rng.hex(30);
        return {
          value: s,
          event: {
            rid: rng.uuid(),
            L: [
              started('GET', `/dijital/${s}`, '198.51.100.77'),
              'Processing by Spree::DigitalsController#show as HTML',
              'Completed 200 OK in 7ms',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'spree-order-number',
      'none',
      "A Spree order number (`R` and nine digits) in the order page's path: the customer reads it on the receipt, and the page asks for the login or the order's guest token, no credential.",
      ({ rng }) => {
        const n = `R${digits(rng, 9)}`;
        return {
          value: n,
          event: {
            rid: rng.uuid(),
            L: [
              started('GET', `/orders/${n}`, lan(rng, '10.33')),
              'Processing by Spree::OrdersController#show as HTML',
              'Completed 200 OK in 58ms',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'spree-embed-catalogue-jwt-1h-jti',
      'error',
      'A catalogue widget for the partner shops is served from `/embed/katalog/<JWT>` (1 h, jti); Rails writes the request at a time with its offset',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          jti: true,
          claims: { iss: `https://dikan.${SK}`, partner: 'mardin-hunerdest', view: 'katalog' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            rid: rng.uuid(),
            L: [
              started('GET', `/embed/katalog/${token}`, '203.0.113.91'),
              'Processing by Spree::EmbedController#katalog as HTML',
              'Completed 200 OK in 41ms',
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - TRT * MIN + 10 * HOUR, site: { host: 'dikan' }, filler: (r) => filler(r), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailtrain.journal: `journalctl -u mailtrain -o short-iso` of Mailtrain 2 (npmlog: `<level> <prefix> <message>`, no
// time of its own), the cooperative's newsletter, with Nodemailer's debug output and its own Kurmanji messages.
// https://github.com/Mailtrain-org/mailtrain (from memory, not fetched).

function mailtrainLog(rng) {
  const render = (e) => e.L.map(([lvl, prefix, msg]) => `${shortIso(e.t, TRT)} nuce-01 node[${e.pid ?? 902}]: ${lvl} ${prefix} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'info',
            'Senders',
            `Sent ${rng.int(1, 40)} messages for campaign ${rng.int(1, 30)} (nûçeya ${rng.pick(['Cotmehê', 'pêşangehê', 'selikên nû'])})`,
          ],
        ],
      }),
      () => ({ L: [['verb', 'HTTP', `GET /lists/${rng.int(1, 6)} 200 ${rng.int(5, 300)}ms`]] }),
      () => ({ L: [['verb', 'Feed', `Checked RSS feed for campaign ${rng.int(1, 30)}: ${rng.int(0, 3)} new entries`]] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'mailtrain-nodemailer-auth-secret-mask',
      'none',
      "Nodemailer's SMTP debug replaces the credentials of `AUTH PLAIN` by `/* secret */`: its own mask, no credential.",
      () => ({
        value: 'AUTH PLAIN /* secret */',
        event: {
          L: [
            ['verb', 'Mail', '[smtp] C: EHLO nuce-01'],
            ['verb', 'Mail', '[smtp] C: AUTH PLAIN /* secret */'],
            ['verb', 'Mail', '[smtp] S: 235 2.7.0 Authentication successful'],
          ],
        },
      }),
    ),
    5,
    plant(
      'path-secret',
      'mailtrain-manage-subscription-link',
      'error',
      WHY.pathSecret(
        "A subscriber's manage link (`/subscription/<list cid>/manage/<subscription cid>`): it changes the subscriber's address and data without a login",
      ),
      ({ rng }) => {
        const cid = rng.b64url(12).replace(/[-_]/g, 'Q');
        return {
          value: cid,
          event: {
            L: [
              [
                'verb',
                'Mail',
                `Rendered footer for ${rng.int(100, 999)}@example.com: Abonetiya xwe biguherîne: https://nuce.${SK}/subscription/rJd3kx9Lz/manage/${cid}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'mailtrain-api-access-token-query',
      'error',
      `${WHY.apiKey('access_token')} Mailtrain's own API takes the user's API token (40 hex) as \`access_token\` in the query; the shop's subscribe call is logged with it.`,
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: { L: [['warn', 'API', `POST /api/subscribe/rJd3kx9Lz?access_token=${tok} 400: E-name ne derbasdar e`]] },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'mailtrain-express-session-connect-sid-cookie',
      'error',
      WHY.session("Express's session cookie (`connect.sid=s%3A<id>.<signature>`), logged with a request's headers at `verb`"),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: {
            L: [
              [
                'verb',
                'HTTP',
                `POST /campaigns/edit/7 headers: {"host":"nuce.${SK}","cookie":"connect.sid=s%3A${sid}.${rng.b64url(43)}; lang=ku"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'mailtrain-node-inspect-options-headers-basic',
      'error',
      "The SMS reminder hook's failure prints the request options with util.inspect over several lines; `authorization: 'Basic <base64 user:password>'` of the SMS provider's account is on a line of its own.",
      ({ rng }) => {
        const basic = b64Of(`selikvan:${rng.alnum(18)}`);
        return {
          value: basic,
          event: {
            L: [
              ['ERR!', 'Hook', 'RequestError: connect ETIMEDOUT 192.0.2.9:443'],
              ['ERR!', 'Hook', '  options: {'],
              ['ERR!', 'Hook', "    url: 'https://sms.gateway.example/v1/send',"],
              ['ERR!', 'Hook', "    method: 'POST',"],
              ['ERR!', 'Hook', `    headers: { 'content-type': 'application/json', authorization: 'Basic ${basic}' },`],
              ['ERR!', 'Hook', '    timeout: 10000'],
              ['ERR!', 'Hook', '  }'],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'mailtrain-account-reset-link',
      'error',
      WHY.pathSecret('A Mailtrain password reset link (`/account/reset/<username>/<token>`) in the mail written at `verb`'),
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            L: [
              [
                'verb',
                'Mail',
                `Message to rêveber@${SK}: "Ji bo şîfreya nû li vê girêdanê bitikîne: https://nuce.${SK}/account/reset/reveber/${tok}"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant('negative', 'mailtrain-message-id', 'none', "A sent message's Message-ID: an id of the mail, no credential.", ({ rng }) => {
      const mid = `${rng.uuid()}@nuce.${SK}`;
      return { value: mid, event: { L: [['verb', 'Mail', `[smtp] S: 250 2.0.0 Ok: queued as ${upperNum(rng, 10)} <${mid}>`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 - TRT * MIN + 11 * HOUR, site: { host: 'nuce-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// svxlink.log: /var/log/svxlink of the club's SvxLink 24.02 repeater with `TIMESTAMP_FORMAT="%Y-%m-%d %H:%M:%S %z"` set
// in svxlink.conf: `<time>: <message>`, the logics' and modules' messages, and an event handler (TCL) that runs curl and
// writes each line of its stderr to the log with `puts`.
// https://www.svxlink.org/doc/man/man5/svxlink.conf.5.html (from memory, not fetched).

function svxlinkLog(rng) {
  const render = (e) => e.L.map((x) => `${ymdHms(e.t, TRT)} +0300: ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`RepeaterLogic: The squelch is ${rng.pick(['OPEN', 'CLOSED'])} (${rng.int(10, 40)}.${rng.int(0, 9)})`] }),
      () => ({
        L: [
          'RepeaterLogic: Activating module EchoLink...',
          `EchoLink: Incoming EchoLink connection from TA${rng.int(1, 9)}${upperNum(rng, 3)} (${rng.pick(['Ahmet', 'Rojda', 'Berzan'])}) at ${lan(rng, '10.44')}`,
        ],
      }),
      () => ({ L: [`Tx1: Turning the transmitter ${rng.pick(['ON', 'OFF'])}`] }),
      () => ({ L: [`ReflectorLogic: Talker start on TG #${rng.pick([2861, 286, 91])}: TA${rng.int(1, 9)}${upperNum(rng, 3)}`] }),
    ])();
  const curl = (lines) => lines.map((l) => `rojname.tcl: curl: ${l}`);
  const steps = [
    3,
    plant(
      'negative',
      'svxlink-curl-x-request-id',
      'none',
      "An `X-Request-Id` in a response's headers: a request id, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { L: curl(['< HTTP/1.1 200 OK', `< X-Request-Id: ${id}`]) } };
      },
    ),
    3,
    plant(
      'header-dump',
      'svxlink-curl-verbose-dapnet-basic',
      'error',
      "The event handler pages the club through DAPNET with `curl -v`; its lines go to the log one by one, the request's `Authorization: Basic <base64 callsign:password>` among them.",
      ({ rng }) => {
        const basic = b64Of(`ta8sk:${rng.alnum(20)}`);
        return {
          value: basic,
          event: {
            L: [
              'rojname.tcl: Peyama çağrî ji DAPNET re tê şandin',
              ...curl([
                '> POST /calls HTTP/1.1',
                '> Host: hampager.de:8080',
                `> Authorization: Basic ${basic}`,
                '> Content-Type: application/json',
                '< HTTP/1.1 201 Created',
              ]),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'svxlink-aprs-fi-apikey',
      'error',
      `${WHY.apiKey('apikey')} aprs.fi's API takes it in the query; the handler logs the position lookup it runs when a station keys up.`,
      ({ rng }) => {
        const k = `${digits(rng, 6)}.${rng.alnum(16)}`;
        return {
          value: k,
          event: { L: [`rojname.tcl: cih tê pirsîn https://api.aprs.fi/api/get?name=TA8SK-9&what=loc&apikey=${k}&format=json`] },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'svxlink-status-embed-120s-no-jti',
      'warning',
      "The handler announces the repeater's live status widget with its embed link (`/embed/rewş/<JWT>`, percent-encoded path segment `rew%C5%9F`), a token valid 120 s without jti, at a time with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 30),
          claims: { iss: `https://klub.${SK}`, rpt: 'TA8SK-R', view: 'rewş' },
        });
        return { value: token, jwt: facts, event: { L: [`rojname.tcl: girêdana rewşê: https://klub.${SK}/embed/rew%C5%9F/${token}`] } };
      },
    ),
    3,
    plant(
      'webhook',
      'svxlink-alerta-webhook-api-key',
      'error',
      WHY.webhook(
        "An Alerta webhook endpoint (`/api/webhooks/<type>?api-key=<key>`) the handler posts the repeater's alarms to; curl's failure line writes the URL",
      ),
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: {
            L: curl([
              `(7) Failed to connect to alerta.${SK} port 443 after 3012 ms: Couldn't connect to server (https://alerta.${SK}/api/webhooks/prometheus?api-key=${k})`,
            ]),
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'svxlink-curl-verbose-location-access-token-fragment',
      'error',
      "The handler logs in to the club's remote-control web app with `curl -v`, and the answer's `Location` carries `#access_token=` in its fragment (an implicit-grant access token, valid 8 h).",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            L: curl([
              '< HTTP/1.1 302 Found',
              `< Location: https://rc.klub.${SK}/panel/#access_token=${at}&token_type=bearer&expires_in=28800&state=${rng.hex(8)}`,
            ]),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'svxlink-recording-sha1',
      'none',
      'The handler names a QSO recording by the SHA-1 of its audio: a content hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { L: [`rojname.tcl: tomar hat tomarkirin /var/spool/svxlink/qso_recorder/qso_${h}.wav`] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - TRT * MIN + 18 * HOUR, site: { host: 'svx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// scenario12.log: log/scenarioLog/scenario12.log of Jeedom 4.4 (core in English) on the village microgrid's controller:
// `[yyyy-mm-dd HH:MM:SS][SCENARIO] <message>` (local time, no zone), the scenario's start, its `Executing command …
// with option(s) : {…}` lines, and its `log` actions in Kurmanji.
// https://doc.jeedom.com/en_US/core/4.4/scenario (from memory, not fetched).

function jeedomLog(rng) {
  const render = (e) => e.L.map((x) => `[${ymdHms(e.t, TRT)}][SCENARIO] ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          'Start : Scenario execute automatically on schedule.',
          `- Log : Bataryaya tora tavê: %${rng.int(30, 100)}`,
          `Launching in background : ${rng.int(0, 1) ? 'yes' : 'no'}`,
        ],
      }),
      () => ({ L: [`- Executing command [Tora tavê][Invertor][Hêz] : ${rng.int(100, 5000)} W`] }),
      () => ({ L: [`- Evaluation of condition : [${rng.int(10, 90)} > 20] = True`] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'jeedom-fritz-ain',
      'none',
      "A FRITZ!DECT actor's AIN (`ain=`): the id of a smart plug, no credential.",
      ({ rng }) => {
        const ain = `${digits(rng, 5)} ${digits(rng, 7)}`;
        return { value: ain, event: { L: [`- Log : priz hat dîtin ain=${ain} (pompeya avê)`] } };
      },
    ),
    5,
    plant(
      'session-id',
      'jeedom-fritz-box-sid-query',
      'error',
      WHY.session(
        "A FRITZ!Box session id (`sid=<16 hex>`), which the AHA-HTTP interface takes in the query; the scenario's HTTP command writes the URL",
      ),
      ({ rng }) => {
        const sid = rng.hex(16);
        return {
          value: sid,
          event: {
            L: [
              `- Executing command [Tora tavê][Pompe][Vemirandin] with option(s) : {"url":"http://192.168.178.1/webservices/homeautoswitch.lua?ain=087610123456&switchcmd=setswitchoff&sid=${sid}"}`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'jeedom-http-mifte',
      'error',
      `${WHY.apiKey('mifte')} (Kurmanji for "key"). The cooperative's meter API takes it in the query; the scenario's error writes the URL.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: { L: [`- Log : Xeletî: jimarvan nehat xwendin https://pivan.${SK}/api/v1/xwendin?gund=hezro&mifte=${k}`] },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'jeedom-command-option-oauth-callback-code',
      'warning',
      `${WHY.code} The inverter vendor's cloud is linked through a scenario that opens the OAuth callback; Jeedom writes the command's options, the callback URL with \`code\` and \`state\` among them.`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: {
            L: [
              `- Executing command [Tora tavê][Ewr][Girêdan] with option(s) : {"url":"https://jeedom.gund.${SK}/plugins/solarcloud/core/php/callback.php?state=${rng.hex(16)}&code=${code}"}`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'jeedom-auth-base64-percent-encoded',
      'error',
      "The scenario calls the battery monitor with `auth=` built by `rawurlencode(base64_encode('user:password'))`: base64 of the login with its padding as `%3D`.",
      ({ rng }) => {
        const b = b64Of(`admin:${rng.alnum(16)}`).replace(/=/g, '%3D');
        return {
          value: b,
          event: {
            L: [`- Executing command [Tora tavê][BMS][Rewş] with option(s) : {"url":"http://10.44.0.20/api/status?format=json&auth=${b}"}`],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'jeedom-log-redirect-access-token-fragment',
      'error',
      "The scenario's `log` action writes the address the vendor's login ended on, `#access_token=` in its fragment (the vendor cloud's access token, valid a day).",
      ({ rng }) => {
        const at = rng.alnum(48);
        return {
          value: at,
          event: {
            L: [
              `- Log : têketin qediya: https://jeedom.gund.${SK}/plugins/solarcloud/desktop/auth.html#access_token=${at}&expires_in=86400&token_type=Bearer`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'jeedom-plugin-update-sha1',
      'none',
      "The plugin update's SHA-1: a hash of the package, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { L: [`- Log : pêvek hat nûkirin solarcloud sha1=${h}`] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 - TRT * MIN + 12 * HOUR, site: { host: 'jeedom' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout80');
writePart(join(here, 'heldout80'), {
  'promtail-dryrun.txt': promtailDryRun(rng),
  'miniflux.journal': minifluxLog(rng),
  'log-2027-10-19.php': cloudlogLog(rng),
  'nut.journal': nutJournal(rng),
  'kestra-server.log': kestraLog(rng),
  'laravel.log': craterLog(rng),
  'kpi.log': kpiLog(rng),
  'log-2027-10-20.php': kalkunLog(rng),
  'huginn.log': huginnLog(rng),
  'ff3-fpm-fcgi-2027-10-19.log': fireflyLog(rng),
  'production.log': spreeLog(rng),
  'mailtrain.journal': mailtrainLog(rng),
  'svxlink.log': svxlinkLog(rng),
  'scenario12.log': jeedomLog(rng),
});
