// Writes corpus/logs-in-the-wild/heldout102/: a hundred-and-second held-out part, in formats no other part uses (a
// Robot Framework 7 console run, sqlmap 1.8's console output, Vegeta results encoded as JSON, a `buildah bud` build, a
// NeoMutt debug file, nopCommerce's system log read out as JSON lines, an NW.js app's Chromium log, an October CMS
// `system.log`, `rsnapshot.log`, a ZNC channel log, Kayako case posts read from its API, ffuf 2 console runs, a Spring
// Boot log of a Vaadin app, an Asuswrt-Merlin syslog), with credentials planted in places real apps leak them and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout102.mjs     rewrites heldout102/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Community Cinema of Hebden Bridge (West Yorkshire), with its booking site, box
// office app, film-data feed and a programme manager's mailbox (English, five logs); the Kaa-Khem herders' cooperative
// (Каа-Хем малчыннарының кооперативи) near Kyzyl, with a wool and felt shop, a milk-collection desktop app, a website,
// a backup server and an IRC channel (Tuvan in Cyrillic where the apps show text, romanized in routes, parameter,
// cookie and key names, five logs); the Komrat Baa Kooperativi, a wine growers' cooperative of Komrat (Gagauzia) with a
// support mailbox, a grape-intake app, a pentest of its site and an office router (Gagauz in its Latin alphabet, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, jwt, logBuilder, plant, publicIp, Random, requestMaker, BROWSERS, WHY, writePart } from './build-log.mjs';
import {
  DAYS,
  digits,
  HOUR,
  hms,
  iso,
  local,
  lowerNum,
  MIN,
  MONTHS,
  pad,
  replayClock,
  upperNum,
  ymdHmsAt,
} from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Go-http-client/2.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Hebden Bridge in December (GMT, UTC+0), Kyzyl (Krasnoyarsk time, UTC+7 all year), Komrat in January (EET, UTC+2). */
const GMT = 0;
const KRAT = 420;
const EET = 120;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_TY = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_GA = Date.UTC(2028, 0, 10, 0, 0, 0);

/** `+07:00`, `+02:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** A planted value rendered into some lines. */
const put = (value, out, more = {}) => ({ value, ...more, event: { out } });
/** An entry's lines; ordinary entries whose text needs the entry's time (`at`) get it. */
const render = (e) => (e.at ? e.at(e.t) : e.out);
/** A Nextcloud share token: 15 letters and digits. */
const ncShare = (rng) => rng.alnum(15);
/** Google's authorization code (`4/0A…`) and refresh token (`1//0…`). */
const googleCode = (rng) => `4/0A${rng.b64url(70)}`;
const googleRefresh = (rng) => `1//0${rng.b64url(99)}`;
/** A random password as a person picks one through a password manager. */
const password = (rng, n) => rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', n);

// =====================================================================================================================
// Calder Valley Community Cinema (English; Hebden Bridge: GMT, UTC+0 in December)
// =====================================================================================================================

const CV = 'caldercinema.example';

// ---------------------------------------------------------------------------------------------------------------------
// robot-acceptance-1482.txt: the booking site's acceptance tests, `robot --outputdir results tests/` in CI, as its
// console writes them (no time on the lines): suites and tests between `=`/`-` rules 78 wide, a test's name padded to 70
// then `| PASS |` or `| FAIL |`, a failure's message under it, `Log To Console` output on its own line, then the suite's
// statistics and the `Output:`/`Log:`/`Report:` paths. SeleniumLibrary's `Location should have been … but was …` and
// `Location should have contained … but it was …`, and requests' `401 Client Error: Unauthorized for url: …` wording.
// From memory (not fetched): the console layout, the libraries' messages.

function robotLog(rng) {
  const row = (name, status) => `${name.padEnd(70)}| ${status} |`;
  const RULE = '='.repeat(78);
  const DASH = '-'.repeat(78);
  const TESTS = [
    'Guest Sees This Week Listings',
    'Guest Filters By Subtitled Screenings',
    'Seat Map Shows Wheelchair Spaces',
    'Member Discount Applies At Checkout',
    'Gift Card Balance Is Shown',
    'Relaxed Screening Badge Is Visible',
    'Film Page Shows Certificate And Runtime',
    'Newsletter Sign Up Validates Email',
    'Accessible Screening Filter Works',
    'Basket Expires After Fifteen Minutes',
    'Concession Price Needs Proof Checkbox',
    'Trailer Opens In Dialog',
    'Members Page Lists Upcoming Previews',
  ];
  // Each test runs once: the filler takes the next name not yet written.
  const filler = (rng) => ({ out: [row(TESTS.splice(rng.int(0, TESTS.length - 1), 1)[0], 'PASS'), DASH] });
  const fail = (name, message) => [row(name, 'FAIL'), message, DASH];
  const steps = [
    {
      raw: {
        out: ["[ WARN ] Keyword 'SeleniumLibrary.Press Key' is deprecated. Use 'Press Keys' instead.", RULE, 'Tests', RULE],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'robot-log-to-console-site-dict-db-password',
      'error',
      "The suite setup prints the `&{SITE}` variable with `Log To Console`, and Robot writes the dictionary as Python's repr, the staging database's `'db_password': '…'` in it.",
      ({ rng }) => {
        const pw = password(rng, 20);
        return put(pw, [
          `{'base_url': 'https://staging.${CV}', 'browser': 'headlesschrome', 'db_host': 'db.staging.${CV}', 'db_user': 'cinema_test', 'db_password': '${pw}', 'timeout': '15s'}`,
        ]);
      },
    ),
    { raw: { out: [`Tests.Booking :: Ticket booking on staging.${CV}`, RULE] } },
    3,
    plant(
      'negative',
      'robot-stripe-paymentintent-id',
      'none',
      "The checkout test logs the Stripe PaymentIntent it created (`pi_` and 24 characters): an object id, which opens nothing without the account's secret key or the intent's client secret.",
      ({ rng }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return put(pi, [
          `PaymentIntent ${pi} confirmed, 2 seats for 'Paris, Texas' (40th anniversary)`,
          row('Guest Can Buy Two Tickets', 'PASS'),
          DASH,
        ]);
      },
    ),
    2,
    plant(
      'oauth-code',
      'robot-location-should-contain-allauth-callback-code',
      'warning',
      `${WHY.code} SeleniumLibrary's failure quotes the browser's address, django-allauth's Google callback with its \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = encodeURIComponent(googleCode(rng));
        return put(
          code,
          fail(
            'Member Signs In With Google',
            `Location should have contained 'https://staging.${CV}/account/' but it was 'https://staging.${CV}/accounts/google/login/callback/?state=${rng.alnum(12)}&code=${code}&scope=email%20profile%20openid%20https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none'.`,
          ),
        );
      },
    ),
    1,
    plant(
      'replay',
      'robot-log-to-console-seat-map-ticket-once',
      'note',
      WHY.ticketFirst(
        'The kiosk test opens the live seat map over a WebSocket with a `ticket` the site issues for one connection, and logs the address; the ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return put(tk, [`Opening wss://seats.staging.${CV}/live?screen=1&ticket=${tk}`, row('Kiosk Opens Live Seat Map', 'PASS'), DASH]);
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'robot-location-should-be-boxoffice-fragment',
      'error',
      "The box office app's sign-in test fails, and SeleniumLibrary's message quotes the address the identity provider returned to, `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return put(
          at,
          fail(
            'Box Office Opens After Sign In',
            `Location should have been 'https://boxoffice.staging.${CV}/' but was 'https://boxoffice.staging.${CV}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}'.`,
          ),
        );
      },
    ),
    {
      raw: {
        out: [
          `Tests.Booking :: Ticket booking on staging.${CV}`.padEnd(70) + '| FAIL |',
          '9 tests, 7 passed, 2 failed',
          RULE,
          'Tests.Feeds :: Film data feeds',
          RULE,
        ],
      },
    },
    2,
    plant(
      'api-key-name',
      'robot-requests-httperror-api-key',
      'error',
      `${WHY.apiKey('api_key')} RequestsLibrary's failure is requests' \`HTTPError\`, which quotes the whole URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return put(
          key,
          fail(
            'Films Feed Lists This Week',
            `HTTPError: 401 Client Error: Unauthorized for url: https://api.staging.${CV}/v1/films?week=2027-W50&api_key=${key}`,
          ),
        );
      },
    ),
    1,
    plant(
      'negative',
      'robot-log-to-console-stripe-publishable-key',
      'none',
      "The feed test prints the Stripe publishable key (`pk_live_…`) the site's pages embed: public by design.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return put(pk, [`Checkout page uses ${pk}`, row('Checkout Page Loads Stripe', 'PASS'), DASH]);
      },
    ),
    {
      raw: {
        out: [
          `${'Tests.Feeds :: Film data feeds'.padEnd(70)}| FAIL |`,
          '4 tests, 3 passed, 1 failed',
          RULE,
          `${'Tests'.padEnd(70)}| FAIL |`,
          '13 tests, 10 passed, 3 failed',
          RULE,
        ],
      },
    },
    plant(
      'path-secret',
      'robot-teardown-nextcloud-share-report',
      'error',
      WHY.pathSecret(
        'The suite teardown uploads the screenshots and prints the Nextcloud public share link (`/s/<15 characters>`) it created for the volunteers; the share has no password',
      ),
      ({ rng }) => {
        const s = ncShare(rng);
        return put(s, [`Screenshots: https://cloud.${CV}/s/${s}`]);
      },
    ),
    {
      raw: {
        out: [
          'Output:  /builds/cinema/booking/results/output.xml',
          'Log:     /builds/cinema/booking/results/log.html',
          'Report:  /builds/cinema/booking/results/report.html',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sqlmap-booking-2027-12-13.log: the console of the cinema's agreed pentest with sqlmap 1.8, kept with `tee`: the
// banner, `[*] starting @ …`, `[hh:mm:ss] [LEVEL] message` in local time (GMT) without date or zone, the bulk-file mode's
// `[n/N] URL:` blocks with their question, a `-v 4` run's `[TRAFFIC OUT] HTTP request [#1]:` with the request's lines,
// and `--dump`'s tables. From memory (not fetched): the messages, the table layout.

function sqlmapLog(rng) {
  let n = 0;
  const ts = (t) => `[${hms(t, GMT)}]`;
  const FILL = [
    "[INFO] testing 'AND boolean-based blind - WHERE or HAVING clause'",
    "[INFO] testing 'MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)'",
    "[INFO] testing 'PostgreSQL AND error-based - WHERE or HAVING clause'",
    "[INFO] testing 'Generic inline queries'",
    "[INFO] testing 'PostgreSQL > 8.1 stacked queries (comment)'",
    "[INFO] testing 'PostgreSQL > 8.1 AND time-based blind'",
    "[INFO] testing 'Generic UNION query (NULL) - 1 to 10 columns'",
    "[INFO] checking if the injection point on GET parameter 'id' is a false positive",
    "[WARNING] GET parameter 'week' does not seem to be injectable",
    '[INFO] testing if the target URL content is stable',
  ];
  const filler = (rng, t) => ({ out: [`${ts(t)} ${rng.pick(FILL)}`] });
  const target = (url) => {
    n += 1;
    return [`[${n}/3] URL:`, `GET ${url}`, 'do you want to test this URL? [Y/n/q]', '> Y'];
  };
  const steps = [
    {
      raw: {
        out: [
          '        ___',
          '       __H__',
          ' ___ ___[(]_____ ___ ___  {1.8.12#stable}',
          "|_ -| . [']     | .'| . |",
          '|___|_  [,]_|_|_|__,|  _|',
          '      |_|V...       |_|   https://sqlmap.org',
          '',
          "[!] legal disclaimer: Usage of sqlmap for attacking targets without prior mutual consent is illegal. It is the end user's responsibility to obey all applicable local, state and federal laws. Developers assume no liability and are not responsible for any misuse or damage caused by this program",
          '',
          '[*] starting @ 10:02:11 /2027-12-13/',
          '',
          "[10:02:11] [INFO] parsing multiple targets list from 'targets.txt'",
          '[10:02:11] [INFO] found a total of 3 targets',
        ],
      },
      after: 0,
    },
    {
      raw: {
        get out() {
          return target(`https://staging.${CV}/films/?week=2027-W50&id=12`);
        },
      },
    },
    2,
    plant(
      'session-id',
      'sqlmap-server-wants-to-set-cookie-sessionid',
      'error',
      WHY.session(
        "sqlmap's question quotes the cookies the staging site set on its first answer, Django's `sessionid` (32 characters) among them, signed in through the tester's account",
      ),
      ({ rng, t }) => {
        const sid = lowerNum(rng, 32);
        return put(sid, [
          `${ts(t)} [INFO] you have not declared cookie(s), while server wants to set its own ('sessionid=${sid};csrftoken=${rng.alnum(32)}'). Do you want to use those [Y/n] Y`,
        ]);
      },
    ),
    4,
    plant(
      'api-key-name',
      'sqlmap-bulk-target-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} A target of the bulk file is the film feed with the tester's key in the query; sqlmap prints each target's request line before asking.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return put(key, target(`https://api.staging.${CV}/v1/films?id=12&api_key=${key}`));
      },
    ),
    3,
    plant(
      'encoded',
      'sqlmap-bulk-target-percent-encoded-voucher-key',
      'error',
      "A gift-card redemption target whose `next` parameter is a percent-encoded URL; decoded, it is the card's page with its `voucher_key`, which spends the card's balance.",
      ({ rng }) => {
        const key = rng.alnum(24);
        return put(
          key,
          target(`https://staging.${CV}/gift/redeem?id=3&next=https%3A%2F%2Fstaging.${CV}%2Fgift%2Fcard%3Fvoucher_key%3D${key}`),
        );
      },
    ),
    3,
    {
      raw: {
        at: (t) => [
          `${ts(t)} [INFO] GET parameter \'id\' is \'PostgreSQL AND boolean-based blind - WHERE or HAVING clause\' injectable`,
          'sqlmap identified the following injection point(s) with a total of 61 HTTP(s) requests:',
          '---',
          'Parameter: id (GET)',
          '    Type: boolean-based blind',
          '    Title: AND boolean-based blind - WHERE or HAVING clause',
          `    Payload: id=3 AND ${rng.int(1000, 9999)}=${rng.int(1000, 9999)}&next=%2F`,
          '---',
          `${ts(t)} [INFO] the back-end DBMS is PostgreSQL`,
          'back-end DBMS: PostgreSQL',
        ],
      },
    },
    plant(
      'negative',
      'sqlmap-dump-auth-user-django-password-hash',
      'none',
      "`--dump` of the `auth_user` table: Django's `pbkdf2_sha256$<iterations>$<salt>$<hash>` is a password hash, no credential by itself.",
      ({ rng }) => {
        const h = `pbkdf2_sha256$870000$${rng.alnum(22)}$${rng.b64url(43).replace(/[-_]/g, 'A')}=`;
        return put(h, [
          'Database: public',
          'Table: auth_user',
          '[1 entry]',
          '+----+----------------+-----------------------------------------------------------------------------------------------+',
          '| id | username       | password                                                                                      |',
          '+----+----------------+-----------------------------------------------------------------------------------------------+',
          `| 7  | pentest-member | ${h.padEnd(93)} |`,
          '+----+----------------+-----------------------------------------------------------------------------------------------+',
        ]);
      },
    ),
    1,
    plant(
      'refresh-token',
      'sqlmap-dump-oauth2-provider-refreshtoken',
      'error',
      `${WHY.refresh} \`--dump\` of django-oauth-toolkit's \`oauth2_provider_refreshtoken\` table prints the box office app's refresh token in clear.`,
      ({ rng }) => {
        const rt = rng.alnum(30);
        return put(rt, [
          'Database: public',
          'Table: oauth2_provider_refreshtoken',
          '[1 entry]',
          '+----+--------------------------------+-----------------+----------------+---------+----------------------------+---------+',
          '| id | token                          | access_token_id | application_id | user_id | created                    | revoked |',
          '+----+--------------------------------+-----------------+----------------+---------+----------------------------+---------+',
          `| 41 | ${rt} | 388             | 2              | 7       | 2027-12-12 19:40:02.118+00 | NULL    |`,
          '+----+--------------------------------+-----------------+----------------+---------+----------------------------+---------+',
        ]);
      },
    ),
    1,
    plant(
      'negative',
      'sqlmap-dump-films-tmdb-poster-path',
      'none',
      "`--dump` of the `films` table: TMDB's `poster_path` is the public file name of a poster image (27 characters), no credential.",
      ({ rng }) => {
        const p = `/${rng.alnum(27)}.jpg`;
        return put(p, [
          'Database: public',
          'Table: films_film',
          '[1 entry]',
          '+----+---------+-------------+----------------------------------+',
          '| id | tmdb_id | title       | poster_path                      |',
          '+----+---------+-------------+----------------------------------+',
          `| 12 | 655     | Paris Texas | ${p} |`,
          '+----+---------+-------------+----------------------------------+',
        ]);
      },
    ),
    {
      raw: {
        at: (t) => [
          `${ts(t)} [INFO] fetched data logged to text files under '/home/pentest/.local/share/sqlmap/output/staging.${CV}'`,
          '',
          `[*] ending @ ${hms(t, GMT)} /2027-12-13/`,
        ],
      },
    },
    { raw: { at: (t) => ['', `[*] starting @ ${hms(t, GMT)} /2027-12-13/`, ''] }, after: 900 },
    plant(
      'header-dump',
      'sqlmap-traffic-out-authorization-basic',
      'error',
      "A second run at `-v 4` against the staff reports with `--auth-type=Basic --auth-cred=…`: sqlmap prints its first request, the `Authorization: Basic` header (base64 of the staff account's name and password) in it, before the 401 stops it.",
      ({ rng, t }) => {
        const b = b64Of(`boxoffice:${password(rng, 16)}`);
        return put(b, [
          `${ts(t)} [INFO] testing connection to the target URL`,
          `${ts(t)} [TRAFFIC OUT] HTTP request [#1]:`,
          'GET /staff/reports/?id=1 HTTP/1.1',
          `Host: staging.${CV}`,
          `Authorization: Basic ${b}`,
          'Cache-control: no-cache',
          'User-agent: sqlmap/1.8.12#stable (https://sqlmap.org)',
          'Accept: */*',
          'Accept-encoding: gzip,deflate',
          'Connection: close',
          '',
          `${ts(t + 300)} [CRITICAL] not authorized, try to provide right HTTP authentication type and valid credentials (401). If this is intended, try to rerun by providing a valid value for option '--ignore-code'`,
          '',
          `[*] ending @ ${hms(t + 300, GMT)} /2027-12-13/`,
        ]);
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR + 2 * MIN + 11000, site: { host: 'sqlmap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vegeta-booking-soak.jsonl: a soak test of the booking API, `vegeta attack -lazy -targets=targets.http | vegeta encode
// --to json`, one result a line: `attack`, `seq`, `code`, `timestamp` (RFC 3339 with nanoseconds, the machine's zone:
// GMT, written `Z`), `latency` (ns), `bytes_out`, `bytes_in`, `error`, `body` (base64), `method`, `url`, `headers` (the
// response's, as lists). The targets were generated from real bookings, one URL each. From memory (not fetched).

function vegetaLog(rng) {
  let seq = 0;
  const dateHeader = (t) => {
    const d = new Date(t);
    return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(t)} GMT`;
  };
  const result = (rng, t, { url, code = 200, body = '', headers = {}, method = 'GET' }) => {
    const r = {
      attack: 'booking-soak',
      seq: seq++,
      code,
      timestamp: `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`,
      latency: rng.int(4000000, 180000000),
      bytes_out: 0,
      bytes_in: Buffer.from(body, 'base64').length,
      error: code >= 400 ? `${code} ${code === 404 ? 'Not Found' : 'Unauthorized'}` : '',
      body,
      method,
      url,
      headers: { 'Content-Type': ['application/json'], Date: [dateHeader(t)], Server: ['nginx'], ...headers },
    };
    return JSON.stringify(r);
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          result(rng, t, {
            url: `https://api.${CV}/v1/screenings/${rng.int(3000, 3999)}/seats`,
            body: b64Of(JSON.stringify({ screening: rng.int(3000, 3999), left: rng.int(0, 96) })),
          }),
        ],
      }),
      () => ({
        out: [
          result(rng, t, {
            url: `https://api.${CV}/v1/films?week=2027-W${rng.int(50, 52)}`,
            body: b64Of(JSON.stringify({ films: rng.int(6, 14) })),
          }),
        ],
      }),
      () => ({
        out: [
          result(rng, t, {
            url: `https://api.${CV}/v1/screenings/${rng.int(3000, 3999)}`,
            code: 404,
            body: b64Of('{"error":"not_found"}'),
          }),
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'vegeta-response-etag',
      'none',
      'A response\'s weak `ETag` (`W/"<hex>"`), a version tag of the listing: no credential.',
      ({ rng, t }) => {
        const e = rng.hex(40);
        return put(e, [
          result(rng, t, { url: `https://api.${CV}/v1/films?week=2027-W51`, body: b64Of('{"films":9}'), headers: { Etag: [`W/"${e}"`] } }),
        ]);
      },
    ),
    3,
    plant(
      'path-secret',
      'vegeta-url-eticket-pdf-token',
      'error',
      WHY.pathSecret(
        "A target is a booking's e-ticket download, `/t/<token>/ticket.pdf`, whose path token is all the door staff's scanner needs",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return put(tok, [
          result(rng, t, { url: `https://${CV}/t/${tok}/ticket.pdf`, body: '', headers: { 'Content-Type': ['application/pdf'] } }),
        ]);
      },
    ),
    3,
    plant(
      'id-token',
      'vegeta-url-me-id-token',
      'error',
      "A target of the member API passes the member's `id_token` in the query (an hour's lifetime), live at the result's `timestamp` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          claims: { iss: `https://id.${CV}`, aud: 'boxoffice', sub: rng.uuid(), email_verified: true },
        });
        return put(token, [result(rng, t, { url: `https://api.${CV}/v1/me?id_token=${token}`, body: b64Of('{"member":true}') })], {
          jwt: facts,
        });
      },
    ),
    3,
    plant(
      'encoded',
      'vegeta-body-base64-wallet-pass-auth-token',
      'error',
      "Vegeta keeps each response's body in base64; decoded, a booking's answer holds the Apple Wallet pass URL with its `auth_token`, which fetches and updates the pass.",
      ({ rng, t }) => {
        const body = b64Of(
          JSON.stringify({
            booking: rng.int(50000, 59999),
            seats: ['F7', 'F8'],
            pass_url: `https://${CV}/wallet/v1/passes/pass.example.caldercinema/${digits(rng, 10)}?auth_token=${rng.alnum(32)}`,
          }),
        );
        return put(body, [result(rng, t, { url: `https://api.${CV}/v1/bookings/${rng.int(50000, 59999)}`, body })]);
      },
    ),
    3,
    plant(
      'embed-jwt',
      'vegeta-url-embed-seatmap-short-jwt',
      'warning',
      'The seat-map widget embedded by the partner venues takes a JWT in its path (`/embed/seatmap/<JWT>`): five minutes, no `jti`, live at the UTC `timestamp`; reusable by anyone until it expires',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(5, 120),
          claims: { iss: CV, screening: rng.int(3000, 3999), venue: 'trades-club' },
        });
        return put(
          token,
          [
            result(rng, t, {
              url: `https://${CV}/embed/seatmap/${token}`,
              body: '',
              headers: { 'Content-Type': ['text/html; charset=utf-8'] },
            }),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
    plant(
      'negative',
      'vegeta-response-x-request-id',
      'none',
      "A response's `X-Request-Id` (a UUID the proxy sets per request): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return put(id, [
          result(rng, t, {
            url: `https://api.${CV}/v1/screenings/${rng.int(3000, 3999)}/seats`,
            body: b64Of('{"left":0}'),
            headers: { 'X-Request-Id': [id] },
          }),
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'vegeta-url-partner-key',
      'error',
      `${WHY.apiKey('partner_key')} A partner venue's listing target with the venue's key in the query.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return put(key, [
          result(rng, t, { url: `https://api.${CV}/v1/partner/listings?venue=trades-club&partner_key=${key}`, body: b64Of('{"films":4}') }),
        ]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'vegeta' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// buildah-web-2.4.0.log: `buildah bud --layers -t caldercinema/web:2.4.0 --build-arg GITLAB_TOKEN .` of the booking site
// on the cinema's build box (Buildah 1.38), stdout and stderr together: `STEP n/14: <instruction as written>`, a RUN's
// output, the pull's and the commit's `Getting image source signatures`, `Copying blob sha256:…`, `Writing manifest to
// image destination`, `COMMIT`, `--> <short id>`, `Successfully tagged …` and the image id; no time. A RUN prints its
// command as written (`$GITLAB_TOKEN` unexpanded); what the command then prints (curl's `-v` header lines, `cat .env`)
// carries the values. From memory (not fetched): Buildah's step and commit lines; npm's and Vite's output.

function buildahLog(rng) {
  let phase = 'pull';
  const filler = (rng) => {
    if (phase === 'npm')
      return {
        out: [
          rng.pick([
            `npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.`,
            `npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported`,
            `npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported`,
          ]),
        ],
      };
    if (phase === 'vite')
      return {
        out: [
          `dist/assets/${rng.pick(['index', 'seatmap', 'checkout', 'film'])}-${rng.b64url(8)}.js   ${rng.int(2, 180)}.${rng.int(10, 99)} kB │ gzip: ${rng.int(1, 60)}.${rng.int(10, 99)} kB`,
        ],
      };
    return { out: [`Copying blob sha256:${rng.hex(64)}`] };
  };
  const steps = [
    {
      raw: {
        out: [
          'STEP 1/14: FROM docker.io/library/node:22-alpine AS build',
          'Trying to pull docker.io/library/node:22-alpine...',
          'Getting image source signatures',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'buildah-pull-copying-blob-digest',
      'none',
      "A layer's digest as Buildah pulls the base image (`Copying blob sha256:<64 hex>`): a content hash, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return put(d, [`Copying blob sha256:${d}`]);
      },
      { after: 1 },
    ),
    2,
    {
      raw: {
        get out() {
          phase = 'npm';
          return [
            `Copying config sha256:${rng.hex(64)}`,
            'Writing manifest to image destination',
            'STEP 2/14: WORKDIR /app',
            'STEP 3/14: ARG GITLAB_TOKEN',
            'STEP 4/14: COPY package.json package-lock.json ./',
            'STEP 5/14: RUN npm ci --no-audit --no-fund',
          ];
        },
      },
    },
    3,
    { raw: { out: ['', 'added 418 packages in 23s'] } },
    plant(
      'header-dump',
      'buildah-run-curl-verbose-gitlab-private-token',
      'error',
      "The private seat-plan package is fetched from GitLab's package registry with `curl -v`; the step is written with `$GITLAB_TOKEN`, but curl's `-v` output prints the header it sent, `> PRIVATE-TOKEN: glpat-…`, a personal access token.",
      ({ rng }) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return put(tok, [
          'STEP 6/14: RUN curl -v -fsS -H "PRIVATE-TOKEN: $GITLAB_TOKEN" -o /tmp/seat-plan.tgz https://gitlab.com/api/v4/projects/48213077/packages/generic/seat-plan/1.4.0/seat-plan.tgz',
          '* Host gitlab.com:443 was resolved.',
          '* Connected to gitlab.com (172.65.251.78) port 443',
          '* using HTTP/2',
          '> GET /api/v4/projects/48213077/packages/generic/seat-plan/1.4.0/seat-plan.tgz HTTP/2',
          '> Host: gitlab.com',
          '> User-Agent: curl/8.11.1',
          '> Accept: */*',
          `> PRIVATE-TOKEN: ${tok}`,
          '> ',
          '< HTTP/2 200 ',
          '< content-type: application/octet-stream',
          '* Connection #0 to host gitlab.com left intact',
        ]);
      },
    ),
    plant(
      'api-key-name',
      'buildah-run-curl-tmdb-api-key',
      'error',
      `${WHY.apiKey('api_key')} The Containerfile fetches TMDB's configuration with the cinema's v3 key (32 hex digits) written into the RUN line, which Buildah echoes.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return put(key, [`STEP 7/14: RUN curl -fsSL "https://api.themoviedb.org/3/configuration?api_key=${key}" -o src/tmdb-config.json`]);
      },
    ),
    plant(
      'path-secret',
      'buildah-add-nextcloud-public-dav-fonts',
      'error',
      WHY.pathSecret(
        '`ADD` fetches the licensed fonts from a Nextcloud public share through its WebDAV path (`/public.php/dav/files/<share token>/…`); the step line is the share',
      ),
      ({ rng }) => {
        const s = ncShare(rng);
        return put(s, [`STEP 8/14: ADD https://cloud.${CV}/public.php/dav/files/${s}/fonts.tar.gz /app/public/fonts/`]);
      },
    ),
    {
      raw: {
        get out() {
          phase = 'vite';
          return ['STEP 9/14: COPY . .'];
        },
      },
    },
    plant(
      'framework-dump',
      'buildah-run-cat-env-database-url',
      'error',
      "A debugging `cat .env` left before the build prints the file copied into the image, `DATABASE_URL` with the production database's password in it.",
      ({ rng }) => {
        const pw = password(rng, 22);
        return put(pw, [
          'STEP 10/14: RUN cat .env && npm run build',
          'NODE_ENV=production',
          `PUBLIC_SITE_URL=https://${CV}`,
          `DATABASE_URL=postgres://cinema_web:${pw}@db.internal.${CV}:5432/cinema`,
          'SMTP_HOST=smtp.internal',
          '',
          '> caldercinema-web@2.4.0 build',
          '> vite build',
          '',
          'vite v6.0.7 building for production...',
          'transforming...',
          '✓ 412 modules transformed.',
          'rendering chunks...',
          'computing gzip size...',
        ]);
      },
    ),
    3,
    {
      raw: {
        get out() {
          phase = 'commit';
          return [
            '✓ built in 6.82s',
            'STEP 11/14: FROM docker.io/library/node:22-alpine',
            'STEP 12/14: WORKDIR /app',
            'STEP 13/14: COPY --from=build /app/dist ./dist',
          ];
        },
      },
    },
    plant(
      'webhook',
      'buildah-run-slack-incoming-webhook',
      'error',
      WHY.webhook(
        "The last RUN tells the volunteers' Slack channel the image is built through an incoming webhook (`hooks.slack.com/services/T…/B…/<24>`) written into the Containerfile",
      ),
      ({ rng }) => {
        const tail = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        return put(tail, [
          `STEP 14/14: RUN curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"caldercinema/web 2.4.0 built"}' https://hooks.slack.com/services/${tail} && echo`,
          'ok',
        ]);
      },
    ),
    { raw: { out: ['COMMIT caldercinema/web:2.4.0', 'Getting image source signatures'] } },
    2,
    plant(
      'negative',
      'buildah-commit-image-id',
      'none',
      'The id Buildah prints for the committed image (64 hex digits, the SHA-256 of its configuration): no credential.',
      ({ rng }) => {
        const id = rng.hex(64);
        return put(id, [
          `Copying config sha256:${rng.hex(64)}`,
          'Writing manifest to image destination',
          `--> ${id.slice(0, 12)}`,
          'Successfully tagged localhost/caldercinema/web:2.4.0',
          id,
        ]);
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 16 * HOUR, site: { host: 'buildah' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// neomutt-debug0.log: the programme manager's `~/.neomuttdebug0`, NeoMutt started with `-d 5` to chase an IMAP problem:
// a first line with the date and version, then `[hh:mm:ss]<level> function() message` in local time (GMT), the IMAP
// commands it sends (`> a0001 …`; at level 5 with their credentials) and the lines it reads (`< * …`), and, at that
// level, the literals it reads (the headers and bodies of the messages opened) written raw, without prefix.
// From memory (not fetched): the prefix, the function names, the literal dump.

function neomuttLog(rng) {
  let tag = 1;
  const ln = (t, lvl, fn, msg) => `[${hms(t, GMT)}]<${lvl}> ${fn}() ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: [ln(t, 2, 'imap_cmd_step', 'IMAP queue drained')] }),
      () => ({
        out: [
          ln(t, 2, 'mutt_socket_write_d', `> a${pad(++tag, 4)} NOOP`),
          ln(t, 2, 'mutt_socket_readln_d', `< a${pad(tag, 4)} OK NOOP completed (0.001 + 0.000 secs).`),
        ],
      }),
      () => ({
        out: [
          ln(t, 3, 'mutt_socket_readln_d', `< * ${rng.int(800, 900)} EXISTS`),
          ln(t, 2, 'imap_read_headers', 'Fetching message headers...'),
        ],
      }),
    ])();
  const open = (t, uid, size) => [
    ln(t, 2, 'mutt_socket_write_d', `> a${pad(++tag, 4)} UID FETCH ${uid} BODY.PEEK[]`),
    ln(t, 2, 'mutt_socket_readln_d', `< * ${uid - 40400} FETCH (UID ${uid} BODY[] {${size}}`),
    ln(t, 2, 'imap_read_literal', `reading ${size} bytes`),
  ];
  const mail = (t, uid, from, subject, body) => [
    ...open(t, uid, 900 + body.join('').length),
    `From: ${from}`,
    `To: programme@${CV}`,
    `Subject: ${subject}`,
    `Date: ${DAYS[new Date(t).getUTCDay()]}, ${new Date(t).getUTCDate()} Dec 2027 ${hms(t - rng.int(3600, 86400) * 1000)} +0000`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    ...body,
    '',
  ];
  const steps = [
    {
      raw: {
        at: (t) => [
          `[${ymdHmsAt(t, GMT)}] NeoMutt 20241212 debugging at level 5`,
          ln(t, 1, 'mutt_socket_open', `Connecting to imap.${CV}:993...`),
          ln(
            t,
            2,
            'mutt_socket_readln_d',
            '< * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER] Dovecot ready.',
          ),
        ],
      },
      after: 0,
    },
    plant(
      'encoded',
      'neomutt-authenticate-xoauth2-sasl-base64',
      'error',
      "At debug level 5 NeoMutt writes the IMAP authentication it sends; XOAUTH2's initial response is base64 of `user=…\\x01auth=Bearer <access token>\\x01\\x01`, the mailbox's Google access token inside.",
      ({ rng, t }) => {
        const b = b64Of(`user=programme@${CV}\x01auth=Bearer ya29.a0${rng.b64url(150)}\x01\x01`);
        return put(b, [
          ln(t, 5, 'mutt_socket_write_d', `> a0001 AUTHENTICATE XOAUTH2 ${b}`),
          ln(t, 2, 'mutt_socket_readln_d', '< a0001 OK Logged in'),
        ]);
      },
    ),
    2,
    plant(
      'path-secret',
      'neomutt-literal-screener-watch-link',
      'error',
      WHY.pathSecret(
        "A distributor's mail, opened and dumped as a literal, holds the private screener link for the programme team (`/watch/<token>`), which plays the film without a login",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return put(
          tok,
          mail(t, 41233, 'Screenings Desk <screenings@northernlight-films.example>', 'Screener: The Quiet Harbour (2027)', [
            'Hello Calder Valley team,',
            '',
            'Your screener for The Quiet Harbour is ready until 20 December:',
            `https://screeners.northernlight-films.example/watch/${tok}`,
            '',
            'Please do not forward this link.',
          ]),
        );
      },
    ),
    plant(
      'negative',
      'neomutt-literal-dcp-sha1',
      'none',
      "The same distributor lists the DCP's checksum (SHA-1, 40 hex digits) to check the download against: a hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return put(
          h,
          mail(t, 41234, 'Screenings Desk <screenings@northernlight-films.example>', 'DCP: The Quiet Harbour FTR-1 2K', [
            'The DCP will be sent by hard drive on Tuesday.',
            `ASSETMAP checksum (SHA-1): ${h}`,
            'KDM to follow for screen 1.',
          ]),
        );
      },
    ),
    2,
    plant(
      'refresh-token',
      'neomutt-literal-mailed-oauth-token-json',
      'error',
      `${WHY.refresh} A volunteer mails the box office app's saved Google credentials (\`"refresh_token": "1//0…"\`) to the programme manager, and the opened message is dumped.`,
      ({ rng, t }) => {
        const rt = googleRefresh(rng);
        return put(
          rt,
          mail(t, 41240, 'Dan Whitaker <dan.w@' + CV + '>', 'the token file for the box office laptop', [
            'Here is token.json from my laptop so you can set up the other one:',
            '',
            '{',
            `  "client_id": "${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com",`,
            `  "refresh_token": "${rt}",`,
            '  "token_uri": "https://oauth2.googleapis.com/token"',
            '}',
            '',
            'Dan',
          ]),
        );
      },
    ),
    2,
    plant(
      'api-key-name',
      'neomutt-literal-ticketing-calendar-apikey',
      'error',
      `${WHY.apiKey('apikey')} The ticketing vendor's welcome mail gives the calendar feed URL with the account's key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return put(
          key,
          mail(t, 41247, 'Boxly Ticketing <support@boxly-ticketing.example>', 'Your calendar feed', [
            'Your events calendar can be subscribed to at:',
            `https://api.boxly-ticketing.example/v2/events.ics?venue=caldervalley&apikey=${key}`,
            '',
            'Best wishes, Boxly Support',
          ]),
        );
      },
    ),
    2,
    plant(
      'webhook',
      'neomutt-literal-zapier-catch-hook',
      'error',
      WHY.webhook(
        "Zapier's confirmation mail, dumped when opened, names the Catch Hook URL (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that adds bookings to the volunteers' rota",
      ),
      ({ rng, t }) => {
        const tail = `${digits(rng, 8)}/${lowerNum(rng, 6)}`;
        return put(
          tail,
          mail(t, 41251, 'Zapier <no-reply@zapier.com>', 'Your Zap is on: New booking to rota sheet', [
            'Your webhook URL:',
            `https://hooks.zapier.com/hooks/catch/${tail}/`,
            '',
            'Send a POST request to this URL to trigger your Zap.',
          ]),
        );
      },
    ),
    2,
    plant(
      'negative',
      'neomutt-message-id',
      'none',
      "A message's `Message-ID` as Gmail writes it (`<CA…@mail.gmail.com>`), read in a header fetch: an identifier, no credential.",
      ({ rng, t }) => {
        const id = `CA+${rng.b64url(40).replace(/[-_]/g, 'x')}`;
        return put(id, [
          ln(t, 2, 'mutt_socket_readln_d', `< * 861 FETCH (UID 41260 FLAGS () BODY[HEADER.FIELDS (MESSAGE-ID)] {${id.length + 32}}`),
          `Message-ID: <${id}@mail.gmail.com>`,
          '',
        ]);
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR + 40 * MIN, site: { host: 'neomutt' }, filler, render, steps });
}

// =====================================================================================================================
// Kaa-Khem herders' cooperative (Tuvan; Kyzyl: Krasnoyarsk time, UTC+7 all year)
// =====================================================================================================================

const KH = 'kaakhem.example';

// ---------------------------------------------------------------------------------------------------------------------
// nopcommerce-log.jsonl: the wool and felt shop's system log (nopCommerce 4.80, Admin > System > Log), read out of its
// `Log` table by the cooperative's export script as JSON lines: `Id`, `LogLevelId` (20 information, 30 warning, 40
// error), `ShortMessage`, `FullMessage`, `IpAddress`, `CustomerId`, `PageUrl`, `ReferrerUrl`, `CreatedOnUtc` (UTC,
// written with `Z` by the script). nopCommerce writes the page's and the referrer's whole URLs. The shop's own messages
// are in Tuvan. From memory (not fetched): the columns, the 404 message, ASP.NET Core's remote-failure message.

function nopLog(rng) {
  let id = 18400;
  const rec = (rng, t, { level = 40, short, full = '', page, ref = '', customer }) =>
    JSON.stringify({
      Id: id++,
      LogLevelId: level,
      ShortMessage: short,
      FullMessage: full,
      IpAddress: publicIp(rng),
      CustomerId: customer ?? rng.int(3000, 9000),
      PageUrl: page,
      ReferrerUrl: ref,
      CreatedOnUtc: iso(t),
    });
  const SLUGS = ['sarlyk-dugu-kidis', 'kidis-shyrdak-kyzyl', 'sarlyk-dugu-ugalyk', 'koj-dugu-saap', 'kidis-idik'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          rec(rng, t, {
            short: `Error 404. The requested page (/${rng.pick(['wp-login.php', '.env', 'xmlrpc.php', 'phpmyadmin/'])}) was not found`,
            page: `https://${KH}/${rng.pick(['wp-login.php', '.env'])}`,
          }),
        ],
      }),
      () => ({
        out: [
          rec(rng, t, {
            level: 20,
            short: `Садып алыышкын №${rng.int(1200, 1400)} хүлээп алган`,
            page: `https://${KH}/checkout/completed/${rng.int(1200, 1400)}`,
            ref: `https://${KH}/checkout/confirm`,
          }),
        ],
      }),
      () => ({
        out: [
          rec(rng, t, {
            level: 30,
            short: 'Дүк саны чедишпес: ажыглалга бар эвес',
            page: `https://${KH}/${rng.pick(SLUGS)}`,
            ref: `https://${KH}/kidis`,
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'nopcommerce-signin-google-state-invalid-code',
      'warning',
      `${WHY.code} ASP.NET Core's Google handler rejects the callback ("The oauth state was missing or invalid."), and nopCommerce logs the page's URL, code and state in it.`,
      ({ rng, t }) => {
        const code = encodeURIComponent(googleCode(rng));
        return put(code, [
          rec(rng, t, {
            short: 'An error occurred while processing your request.',
            full: 'Microsoft.AspNetCore.Authentication.AuthenticationFailureException: An error was encountered while handling the remote login.\n ---> Microsoft.AspNetCore.Authentication.AuthenticationFailureException: The oauth state was missing or invalid.',
            page: `https://${KH}/signin-google?state=CfDJ8${rng.b64url(180)}&code=${code}&scope=email%20profile%20openid%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&authuser=0&prompt=consent`,
            ref: 'https://accounts.google.com/',
          }),
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'nopcommerce-page-yclid',
      'none',
      "A visitor from a Yandex Direct ad: `yclid`, the ad click's number, in the page URL; a tracking id, no credential.",
      ({ rng, t }) => {
        const y = digits(rng, 20);
        return put(y, [
          rec(rng, t, {
            level: 30,
            short: 'Бараан тывылбаан: sarlyk-dugu-kidis-2026',
            page: `https://${KH}/sarlyk-dugu-kidis-2026?yclid=${y}&utm_source=yandex`,
            ref: 'https://yandex.ru/',
          }),
        ]);
      },
    ),
    2,
    plant(
      'path-secret',
      'nopcommerce-download-getdownload-order-item-guid',
      'error',
      WHY.pathSecret(
        'A downloadable product (a felt-making course in PDF) is fetched at `/download/getdownload/<order item GUID>`; the GUID is the whole authorisation, and the log keeps it in the page URL',
      ),
      ({ rng, t }) => {
        const g = rng.uuid();
        return put(g, [
          rec(rng, t, {
            level: 30,
            short: 'Шөлүп алыр саны доозулган (3/3)',
            page: `https://${KH}/download/getdownload/${g}/True`,
            ref: `https://${KH}/order/history`,
          }),
        ]);
      },
    ),
    2,
    plant(
      'id-token',
      'nopcommerce-referrer-id-token-expired',
      'note',
      "The referrer of a customer's page is the cooperative's sign-in callback with an `id_token` in its query, an hour's token that had expired about four hours before the record's `CreatedOnUtc`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 4 * 3600 + rng.int(0, 900),
          claims: { iss: `https://kirer.${KH}`, aud: 'sadyg', sub: rng.uuid(), name: 'Чодураа Монгуш' },
        });
        return put(
          token,
          [
            rec(rng, t, {
              level: 30,
              short: 'Кирер үезинде алдаг: токен эрткен',
              page: `https://${KH}/customer/info`,
              ref: `https://kirer.${KH}/callback?id_token=${token}&state=${rng.alnum(16)}`,
            }),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
    plant(
      'embed-jwt',
      'nopcommerce-page-embed-shop-widget-jwt',
      'error',
      "The shop's widget on the cooperative's website is framed as `/sarlyk/embed/<JWT>`, a thirty-day token with a jti, live at the record's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 5 * 86400),
          jti: true,
          claims: { iss: KH, scope: 'widget', site: `www.${KH}` },
        });
        return put(
          token,
          [
            rec(rng, t, {
              short: 'Object reference not set to an instance of an object.',
              full: 'System.NullReferenceException: Object reference not set to an instance of an object.\n   at Nop.Plugin.Widgets.Sarlyk.Controllers.EmbedController.Index(String token)',
              page: `https://${KH}/sarlyk/embed/${token}`,
              ref: `https://www.${KH}/`,
            }),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
    plant(
      'api-key-name',
      'nopcommerce-page-sadyg-export-dulguur',
      'error',
      `${WHY.apiKey('dulguur')} (\`dulguur\` is дүлгүүр, "key"). The accounting program's nightly export of orders calls the shop with its key in the query, and a failure is logged with the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return put(key, [
          rec(rng, t, {
            short: 'Экспорт алдаг: дүлгүүр шын, ынчалза-даа шимчээшкин чок',
            full: 'System.TimeoutException: The operation has timed out.',
            page: `https://${KH}/api/sadyg/export?format=csv&dulguur=${key}`,
            customer: 1,
          }),
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'nopcommerce-page-discount-code',
      'none',
      'A public discount coupon in a newsletter link (`discountcode=KIDIS…`): printed on every flyer, no credential.',
      ({ rng, t }) => {
        const c = `KIDIS${digits(rng, 4)}`;
        return put(c, [
          rec(rng, t, {
            level: 30,
            short: 'Хөдүрээшкин кодун ажыглаан',
            page: `https://${KH}/cart?discountcode=${c}`,
            ref: 'https://e.mail.ru/',
          }),
        ]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 1 * HOUR, site: { host: 'nop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sut-chyyr-chrome_debug.log: the milk-collection desktop app (сүт чыыр, "milk collecting", an NW.js 0.94 app started
// with `--enable-logging`) writes Chromium's log: `[pid:tid:MMDD/HHMMSS.uuuuuu:LEVEL:source(line)] message` in local
// time (UTC+7) without year or zone; the page's console as `INFO:CONSOLE(line)] "<text>", source: <url> (line)`, failed
// loads as `ERROR:CONSOLE(0)] "Failed to load resource: …", source: <url> (0)`. The app's messages are in Tuvan.
// From memory (not fetched): the prefix, the console lines' layout.

function nwLog(rng) {
  const EXT = rng.chars('abcdefghijklmnop', 32);
  const PID = rng.int(3000, 9000);
  const stamp = (t) => {
    const l = local(t, KRAT);
    return `${l.slice(5, 7)}${l.slice(8, 10)}/${l.slice(11, 13)}${l.slice(14, 16)}${l.slice(17, 19)}.${l.slice(20, 23)}${digits(rng, 3)}`;
  };
  const con = (t, text, line, level = 'INFO', src = `chrome-extension://${EXT}/js/sut.js`) =>
    `[${PID}:${PID}:${stamp(t)}:${level}:CONSOLE(${line})] "${text}", source: ${src} (${line})`;
  const FARMS = ['Бай-Тайга', 'Өвүр', 'Тере-Хөл', 'Мөңгүн-Тайга', 'Каа-Хем'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [con(t, `Сүт хүлээп алган: ${rng.int(8, 40)},${rng.int(0, 9)} л (${rng.pick(FARMS)}, малчын №${rng.int(10, 90)})`, 214)],
      }),
      () => ({ out: [con(t, `Кадагалаан: ${rng.int(20, 60)} бижик`, 388)] }),
      () => ({
        out: [
          `[${PID}:${PID + 21}:${stamp(t)}:ERROR:ssl_client_socket_impl.cc(877)] handshake failed; returned -1, SSL error code 1, net_error -101`,
        ],
      }),
      () => ({ out: [con(t, 'Сервер-биле харылзаа катап тургустунган', 97, 'INFO', `chrome-extension://${EXT}/js/net.js`)] }),
    ])();
  const steps = [
    {
      raw: {
        at: (t) => [
          `[${PID}:${PID}:${stamp(t)}:INFO:CONSOLE(12)] "Сүт чыыр 3.2.1 эгеледи", source: chrome-extension://${EXT}/index.html (12)`,
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'nw-console-device-id',
      'none',
      "The app prints the collection point's device id (a UUID it generated at install): an identifier, no credential.",
      ({ rng, t }) => {
        const d = rng.uuid();
        return put(d, [con(t, `Төхээрежиниң ID: ${d}`, 41)]);
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'nw-console-popup-location-access-token',
      'error',
      "The sign-in popup's script logs `location.href` when it closes, and the address is the identity provider's return with `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return put(at, [
          con(
            t,
            `Кирер көзенек хаттынган: https://kirer.${KH}/nw-callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.alnum(12)}`,
            63,
            'INFO',
            `chrome-extension://${EXT}/js/kirer.js`,
          ),
        ]);
      },
    ),
    3,
    plant(
      'header-dump',
      'nw-console-fetch-headers-bearer',
      'error',
      'A debugging `console.log` prints the headers object of every upload, the `Authorization: Bearer` value in it.',
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        return put(tok, [
          con(
            t,
            `Айтырыгның бажы: {\\"Content-Type\\":\\"application/json\\",\\"Authorization\\":\\"Bearer ${tok}\\",\\"X-Cheg\\":\\"bai-taiga\\"}`,
            152,
            'INFO',
            `chrome-extension://${EXT}/js/net.js`,
          ),
        ]);
      },
    ),
    3,
    plant(
      'refresh-token',
      'nw-console-token-response-refresh-token',
      'error',
      `${WHY.refresh} The app logs the token endpoint's answer when it renews its session ("токен чаартылган"), the refresh token in it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return put(rt, [
          con(
            t,
            `Токен чаартылган: {\\"token_type\\":\\"Bearer\\",\\"expires_in\\":3600,\\"refresh_token\\":\\"${rt}\\"}`,
            171,
            'INFO',
            `chrome-extension://${EXT}/js/net.js`,
          ),
        ]);
      },
    ),
    3,
    plant(
      'webhook',
      'nw-failed-to-load-discord-webhook',
      'error',
      WHY.webhook(
        "The app posts the day's totals to the herders' Discord channel through a webhook; a rejected post is logged by Chromium as `Failed to load resource` with the webhook's URL as its source",
      ),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return put(
          tok,
          [
            con(
              t,
              'Failed to load resource: the server responded with a status of 400 (Bad Request)',
              0,
              'ERROR',
              `https://discord.com/api/webhooks/${id}/${tok}`,
            ),
          ],
          { needle: `${id}/${tok}` },
        );
      },
    ),
    3,
    plant(
      'api-key-name',
      'nw-console-server-error-api-dulguur',
      'error',
      `${WHY.apiKey('api_dulguur')} (дүлгүүр, "key"). The app logs the server's refusal with the whole request URL.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return put(key, [
          con(
            t,
            `Сервер харыызы 403: https://api.${KH}/v1/sut/chyyr?cheg=tere-khol&api_dulguur=${key}`,
            205,
            'ERROR',
            `chrome-extension://${EXT}/js/net.js`,
          ),
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'nw-console-update-sha256',
      'none',
      'The updater logs the SHA-256 of the package it checked: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return put(h, [
          con(t, `Чаартылга шыгжаттынган: sut-chyyr-3.2.2.nw, SHA-256 ${h}`, 33, 'INFO', `chrome-extension://${EXT}/js/update.js`),
        ]);
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_TY - 1 * HOUR, site: { host: 'nw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// october-system.log: the cooperative's website on October CMS 3.7 (Laravel 10), `storage/logs/system.log`: Monolog's
// `[yyyy-mm-dd hh:mm:ss] production.LEVEL: message {context}` in local time (UTC+7) without zone, an exception's
// `[stacktrace]` with `#n file(line): call(args)` lines (PHP writes string arguments up to 15 characters whole;
// `zend.exception_ignore_args` is off on this server) and `"}` closing the entry. The site's own messages are in Tuvan.
// From memory (not fetched): October's paths and the exception lines.

function octoberLog(rng) {
  const ts = (t) => `[${ymdHmsAt(t, KRAT)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          `${ts(t)} production.INFO: Чагаа чоруткан {"to":"${rng.pick(['aldynai', 'choduraa', 'ertine', 'sailyk'])}@mail.ru","form":"chugaa"}`,
        ],
      }),
      () => ({
        out: [
          `${ts(t)} production.ERROR: Cms\\Classes\\CmsException: Арын тывылбаан: /${rng.pick(['wp-admin', 'old', 'sarlyk-2019'])} {"exception":"[object] (Cms\\\\Classes\\\\CmsException(code: 404): Арын тывылбаан at /var/www/kaakhem/modules/cms/classes/Controller.php:${rng.int(200, 400)})"}`,
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'framework-dump',
      'october-stacktrace-pdo-construct-password',
      'error',
      'A database outage logs a QueryException with its stack trace; PHP writes the arguments of `PDO->__construct`, and the 14-character password is short enough to be written whole.',
      ({ rng, t }) => {
        const pw = password(rng, 14);
        return put(pw, [
          `${ts(t)} production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from \`system_settings\` where \`item\` = cms_maintenance_settings limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from \`system_settings\` where \`item\` = cms_maintenance_settings limit 1) at /var/www/kaakhem/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)`,
          '[stacktrace]',
          `#0 /var/www/kaakhem/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=127....', 'kaakhem', '${pw}', Array)`,
          "#1 /var/www/kaakhem/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection('mysql:host=127....', 'kaakhem', Object(SensitiveParameterValue), Array)",
          '#2 {main}',
          '"} ',
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'october-context-csrf-token',
      'none',
      "The contact form's logged input holds Laravel's `_token`, the CSRF token of the visitor's form: it proves the post came from the page, no credential.",
      ({ rng, t }) => {
        const tk = rng.alnum(40);
        return put(tk, [
          `${ts(t)} production.WARNING: Форма шын эвес {"input":{"_token":"${tk}","ady":"Аржаана","chugaa":"Кидис садып алыксап тур мен"}}`,
        ]);
      },
    ),
    2,
    plant(
      'refresh-token',
      'october-info-token-renewed-context',
      'error',
      `${WHY.refresh} The plugin that fills the site's herd calendar renews its Google token and logs the answer ("токен чаартылган") as the entry's context.`,
      ({ rng, t }) => {
        const rt = googleRefresh(rng);
        return put(rt, [
          `${ts(t)} production.INFO: Токен чаартылган {"response":{"expires_in":3599,"scope":"https://www.googleapis.com/auth/calendar.readonly","token_type":"Bearer","refresh_token":"${rt}"}}`,
        ]);
      },
    ),
    2,
    plant(
      'session-id',
      'october-warning-context-october-session-cookie',
      'error',
      WHY.session(
        'A warning about a lost session ("сеанс тывылбаан") logs the request\'s cookie, `october_session`, Laravel\'s encrypted session cookie (base64 of `iv`, `value`, `mac`)',
      ),
      ({ rng, t }) => {
        const c = b64Of(
          JSON.stringify({
            iv: rng.bytes(16).toString('base64'),
            value: rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 160),
            mac: rng.hex(64),
            tag: '',
          }),
        );
        return put(c, [`${ts(t)} production.WARNING: Сеанс тывылбаан {"url":"https://www.${KH}/account","cookie":"october_session=${c}"}`]);
      },
    ),
    2,
    plant(
      'replay',
      'october-info-naadym-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to the herders\' Naadym fair stand (`bilet`, билет, "ticket"), checked at the east gate ("билет ажыглаан", "ticket used"); the ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.alnum(20);
        firstUse.bilet = t;
        return put(b, [`${ts(t)} production.INFO: Билет ажыглаан {"bilet":"${b}","eshik":"choruk-1","ip":"203.0.113.${rng.int(10, 90)}"}`]);
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'october-info-naadym-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} The west gate's scanner, another device on another address, checked the same ticket and the site accepted it again.`,
          },
        ],
        event: {
          out: [
            `${ts(t)} production.INFO: Билет ажыглаан {"bilet":"${refs.get('bilet').value}","eshik":"barys-2","ip":"198.51.100.${rng.int(100, 200)}"}`,
          ],
        },
      }),
      { replayOf: 'bilet', after: 141 },
    ),
    2,
    plant(
      'negative',
      'october-combiner-asset-hash',
      'none',
      "October's asset combiner URL (`/combine/<hash>-<timestamp>`) in a 404: the hash names a bundle of CSS files, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return put(h, [
          `${ts(t)} production.ERROR: Файл тывылбаан: /combine/${h}-1765432100 {"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): at /var/www/kaakhem/modules/system/classes/CombineAssets.php:210)"}`,
        ]);
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_TY + 2 * HOUR, site: { host: 'october' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rsnapshot.log: the backup server's `rsnapshot daily` runs (rsnapshot 1.4): `[yyyy-mm-ddThh:mm:ss] <command or event>`
// in local time (UTC+7), each command it runs (`mv`, `cp -al`, `rsync`, `backup_script` lines as rsnapshot.conf writes
// them, `cmd_postexec`), `ERROR: … returned N while processing …` and `completed, but with some errors`. A
// `backup_script` line is written when it runs and again in its error. From memory (not fetched).

function rsnapshotLog(rng) {
  const ts = (t) => `[${local(t, KRAT).slice(0, 19)}]`;
  const HOSTS = ['sadyg', 'www', 'sut'];
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const h = rng.pick(HOSTS);
        return {
          out: [
            `${ts(t)} /usr/bin/rsync -a --delete --numeric-ids --relative --delete-excluded --rsh=/usr/bin/ssh root@${h}.${KH}:/etc /srv/snapshots/daily.0/${h}/`,
          ],
        };
      },
      () => {
        const h = rng.pick(HOSTS);
        return {
          out: [
            `${ts(t)} /usr/bin/rsync -a --delete --numeric-ids --relative --delete-excluded --exclude=cache/ --rsh=/usr/bin/ssh root@${h}.${KH}:/var/www /srv/snapshots/daily.0/${h}/`,
          ],
        };
      },
    ])();
  const start = (t) => [
    `${ts(t)} /usr/bin/rsnapshot daily: started`,
    `${ts(t)} echo ${rng.int(2000, 30000)} > /var/run/rsnapshot.pid`,
    `${ts(t)} /bin/rm -rf /srv/snapshots/daily.6/`,
    `${ts(t)} mv /srv/snapshots/daily.5/ /srv/snapshots/daily.6/`,
    `${ts(t)} mv /srv/snapshots/daily.4/ /srv/snapshots/daily.5/`,
    `${ts(t)} /bin/cp -al /srv/snapshots/daily.0 /srv/snapshots/daily.1`,
  ];
  const steps = [
    { raw: { at: start }, after: 0 },
    2,
    plant(
      'framework-dump',
      'rsnapshot-backup-script-mysqldump-password',
      'error',
      "A `backup_script` line of rsnapshot.conf passes the shop database's password on the command line; rsnapshot writes the command when it runs it, and again in its error.",
      ({ rng, t }) => {
        const pw = password(rng, 18);
        const cmd = `/usr/local/bin/dump-db.sh --host=sadyg.${KH} --user=backup --password=${pw} --db=nopcommerce`;
        return put(pw, [`${ts(t)} ${cmd}`, `${ts(t + 4000)} ERROR: backup_script ${cmd} returned 2`]);
      },
    ),
    1,
    plant(
      'negative',
      'rsnapshot-backup-script-gpg-fingerprint',
      'none',
      "The archive script encrypts to the treasurer's public key, named by its fingerprint (40 hex digits): a public key, no credential.",
      ({ rng, t }) => {
        const f = rng.hex(40).toUpperCase();
        return put(f, [`${ts(t)} /usr/local/bin/archive-month.sh --encrypt-to=${f} --out=/srv/snapshots/daily.0/archive/`]);
      },
    ),
    1,
    plant(
      'api-key-name',
      'rsnapshot-backup-script-wget-api-dulguur',
      'error',
      `${WHY.apiKey('api_dulguur')} A \`backup_script\` pulls the milk-collection export with wget, the key in the URL.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return put(key, [`${ts(t)} /usr/bin/wget -q -O sut-export.csv "https://api.${KH}/v1/sut/export?hun=yesterday&api_dulguur=${key}"`]);
      },
    ),
    2,
    plant(
      'encoded',
      'rsnapshot-backup-script-lftp-percent-encoded-password',
      'error',
      "The website's files are mirrored from the hosting's FTP with lftp, the password in the URL's user part; its `@`, `#` and `/` are percent-encoded, the password is there all the same.",
      ({ rng, t }) => {
        const pw = `${password(rng, 6)}%40${password(rng, 5)}%23${password(rng, 6)}%2F`;
        return put(pw, [
          `${ts(t)} /usr/bin/lftp -c "mirror --only-newer ftp://kaakhem:${pw}@ftp.hosting.example/public_html /srv/snapshots/daily.0/www-ftp/"`,
        ]);
      },
    ),
    1,
    plant(
      'negative',
      'rsnapshot-backup-script-expected-sha256',
      'none',
      'The script that fetches the pasture map checks its download against an expected SHA-256: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return put(h, [`${ts(t)} /usr/local/bin/fetch-check.sh https://maps.${KH}/cheg-2027.geojson.gz --sha256=${h}`]);
      },
    ),
    plant(
      'webhook',
      'rsnapshot-cmd-postexec-mattermost-hook',
      'error',
      WHY.webhook(
        "`cmd_postexec` posts the result to the cooperative's Mattermost through an incoming webhook (`/hooks/<26 characters>`) written into rsnapshot.conf",
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 26);
        return put(h, [
          `${ts(t)} /usr/bin/curl -fsS -m 10 -H 'Content-Type: application/json' -d '{"text":"Архив белен: daily.0"}' https://chat.${KH}/hooks/${h}`,
        ]);
      },
      { after: 30 },
    ),
    { raw: { at: (t) => [`${ts(t)} rm -f /var/run/rsnapshot.pid`, `${ts(t)} /usr/bin/rsnapshot daily: completed, but with some errors`] } },
  ];
  return buildLog(rng, { start: DAY_TY - 3 * HOUR - 30 * MIN, site: { host: 'rsnapshot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// znc-kaakhem-2027-12-20.log: the cooperative's IRC channel as ZNC's `log` module writes it
// (`moddata/log/<network>/#kaakhem/2027-12-20.log`): `[hh:mm:ss] <nick> text`, `[hh:mm:ss] *** Joins: nick (ident@host)`,
// `*** Quits: …`, in the bouncer's local time (UTC+7) without date or zone. The members write Tuvan in Cyrillic.
// From memory (not fetched).

function zncLog(rng) {
  const ts = (t) => `[${hms(t, KRAT)}]`;
  const NICKS = ['aldynai', 'choduraa', 'ertine', 'sailyk', 'mergen'];
  const SAY = [
    'экии, кым-даа бар бе?',
    'сүт чыыр программа катап алдаг бээр-дир',
    'ам эки-дир, четтирдим!',
    'бөгүн Бай-Тайгадан 340 литр келген',
    'кидистерниң чуруктарын салдым',
    'сервер ам база ажылдап тур бе?',
    'ийе, ажылдап тур',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: [`${ts(t)} <${rng.pick(NICKS)}> ${rng.pick(SAY)}`] }),
      () => ({ out: [`${ts(t)} *** Joins: ${rng.pick(NICKS)} (~${rng.pick(NICKS)}@${rng.pick(['kyzyl', 'erzin', 'turan'])}.${KH})`] }),
    ])();
  const say = (t, nick, text) => [`${ts(t)} <${nick}> ${text}`];
  const steps = [
    2,
    plant(
      'path-secret',
      'znc-nextcloud-share-photos',
      'error',
      WHY.pathSecret(
        'A member pastes a Nextcloud public share (`/s/<15 characters>`) of the felt photos ("фотолар мында", "the photos are here")',
      ),
      ({ rng, t }) => {
        const s = ncShare(rng);
        return put(s, say(t, 'sailyk', `фотолар мында: https://bulut.${KH}/s/${s}`));
      },
    ),
    2,
    plant(
      'session-id',
      'znc-pasted-url-jsessionid',
      'error',
      WHY.session(
        "A member pastes the herd register's page address, in which the Java app rewrote its session into the path (`;jsessionid=<32 hex>`)",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return put(sid, say(t, 'choduraa', `бо арынны ажыдыңар: https://mal.${KH}/registr/sarlyk;jsessionid=${sid}?cheg=bai-taiga`));
      },
    ),
    2,
    plant(
      'negative',
      'znc-pasted-commit-sha',
      'none',
      'A member points to the commit that fixed the app (40 hex digits): a commit id, no credential.',
      ({ rng, t }) => {
        const c = rng.hex(40);
        return put(c, say(t, 'mergen', `эдилгени ${c} коммитте кылдым`));
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'znc-pasted-callback-access-token-fragment',
      'error',
      'A member who cannot sign in pastes the address the browser shows ("кирип шыдавадым", "I could not get in"), the identity provider\'s `#access_token=…` in it.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return put(
          at,
          say(t, 'ertine', `кирип шыдавадым, адрес мындыг: https://www.${KH}/kirer#access_token=${at}&token_type=Bearer&expires_in=3600`),
        );
      },
    ),
    2,
    plant(
      'api-key-name',
      'znc-pasted-api-url-dulguur',
      'error',
      `${WHY.apiKey('dulguur')} (дүлгүүр, "key"). A member hands the herd register's API address to another, key included ("бо API дүлгүүрү-дүр", "this is the API key").`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return put(key, say(t, 'mergen', `бо API дүлгүүрү-дүр: https://api.${KH}/v1/sarlyk?dulguur=${key}`));
      },
    ),
    2,
    plant(
      'embed-jwt',
      'znc-pasted-embed-jwt-no-exp',
      'error',
      "A member pastes the price board's embed address (`/embed/<JWT>`), a JWT without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 40 * 86400),
          claims: { iss: KH, board: 'sadyg-ortuk', scope: 'embed' },
        });
        return put(token, say(t, 'aldynai', `өртек самбыразы: https://www.${KH}/embed/${token}`), { jwt: facts });
      },
    ),
    2,
    plant(
      'webhook',
      'znc-pasted-power-automate-workflow-sig',
      'error',
      WHY.webhook("A member pastes the Power Automate workflow URL that posts the milk totals, its `sig` the trigger's secret"),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        return put(
          sig,
          say(
            t,
            'sailyk',
            `бо webhook: https://prod-${rng.int(10, 90)}.northeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
          ),
        );
      },
    ),
    2,
    plant(
      'negative',
      'znc-pasted-animal-record-uuid',
      'none',
      "A member points to a yak's record in the herd register by its UUID: an identifier, no credential (the page asks for a login).",
      ({ rng, t }) => {
        const u = rng.uuid();
        return put(u, say(t, 'choduraa', `бо сарлыкты көрүңер: https://mal.${KH}/registr/sarlyk/${u}`));
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_TY + 3 * HOUR, site: { host: 'znc' }, filler, render, steps });
}

// =====================================================================================================================
// Komrat Baa Kooperativi (Gagauz; Komrat: EET, UTC+2 in January)
// =====================================================================================================================

const KB = 'komratbaa.example';

// ---------------------------------------------------------------------------------------------------------------------
// kayako-posts.jsonl: the cooperative's support mailbox on Kayako, each case's posts read from the API
// (`/api/v1/cases/{id}/posts.json`), one post a line: `id`, `uuid`, `case_id` (added by the export), `subject`,
// `contents` (plain text), `creator`, `identity`, `source` (`MAIL`, `AGENT`, `MESSENGER`), `is_requester`,
// `created_at` (`+00:00`, UTC), `resource_type`. Customers and staff write Gagauz. From memory (not fetched).

function kayakoLog(rng) {
  let id = 70210;
  const post = (rng, t, { c, subject, contents, source = 'MAIL', requester = true }) =>
    JSON.stringify({
      id: id++,
      uuid: rng.uuid(),
      case_id: c,
      subject,
      contents,
      creator: { id: requester ? rng.int(400, 900) : rng.int(1, 9), resource_type: 'user' },
      identity: { id: rng.int(100, 999), resource_type: requester ? 'identity_email' : 'identity_agent' },
      source,
      is_requester: requester,
      created_at: `${iso(t).slice(0, 19)}+00:00`,
      resource_type: 'post',
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          post(rng, t, {
            c: rng.int(1400, 1499),
            subject: 'Şarap siparişi',
            contents: `Ii günnär! ${rng.int(2, 12)} şişä Kaberne isteerim, Kişinöva getirärsiniz mi? Saa olun.`,
          }),
        ],
      }),
      () => ({
        out: [
          post(rng, t, {
            c: rng.int(1400, 1499),
            subject: 'Re: Şarap siparişi',
            contents: 'Ii günnär! Getirecez cumaa günü. Saa olun!',
            source: 'AGENT',
            requester: false,
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'kayako-post-pasted-signin-id-token',
      'error',
      'A customer who cannot sign in ("saytta giremeerim") pastes the address the browser stopped at, the sign-in return with an `id_token` of an hour, live at the post\'s `created_at` (UTC)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 900),
          claims: { iss: `https://kimlik.${KB}`, aud: 'dukan', sub: rng.uuid(), name: 'Todur Kara' },
        });
        return put(
          token,
          [
            post(rng, t, {
              c: 1451,
              subject: 'Saytta giremeerim',
              contents: `Ii günnär! Saytta giremeerim, ekranda bu adres kaldı: https://dukan.${KB}/giris/donus?id_token=${token}&state=${rng.alnum(16)} Ne yapayım?`,
            }),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
    plant(
      'negative',
      'kayako-post-nova-poshta-ttn',
      'none',
      "A customer quotes her parcel's waybill number (14 digits): a tracking number, no credential.",
      ({ rng, t }) => {
        const n = `2045${digits(rng, 10)}`;
        return put(n, [
          post(rng, t, { c: 1452, subject: 'Posilka gelmedi', contents: `Ii günnär, posilkam gelmedi, nomeri ${n}. Saa olun, Mariya` }),
        ]);
      },
    ),
    2,
    plant(
      'oauth-code',
      'kayako-post-microsoft-callback-code',
      'warning',
      `${WHY.code} A restaurant buyer pastes the shop's Microsoft sign-in return (\`code=M.C5…\` and \`state\`) into a post.`,
      ({ rng, t }) => {
        const code = `M.C5${digits(rng, 2)}_BAY.2.U.${rng.uuid()}`;
        return put(code, [
          post(rng, t, {
            c: 1455,
            subject: 'Microsoft hesabınnan giriş',
            contents: `Microsoft hesabımnan girmää isteerim, bu sayfada kaldım: https://dukan.${KB}/giris/microsoft?code=${code}&state=${rng.alnum(20)}`,
          }),
        ]);
      },
    ),
    2,
    plant(
      'path-secret',
      'kayako-post-paylas-order-link',
      'error',
      WHY.pathSecret(
        'An agent sends a customer the shared order page (`/paylas/<token>`, paylaş, "share"), which shows the order and its address without a login',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(22);
        return put(tok, [
          post(rng, t, {
            c: 1455,
            subject: 'Re: Microsoft hesabınnan giriş',
            contents: `Ii günnär! Siparişiniz burada: https://dukan.${KB}/paylas/${tok} Saa olun!`,
            source: 'AGENT',
            requester: false,
          }),
        ]);
      },
    ),
    2,
    plant(
      'embed-jwt',
      'kayako-post-embed-tadim-expired',
      'note',
      "An agent's note pastes the tasting calendar's embed address (`/embed/tadim/<JWT>`, tadım, \"tasting\"), a day's token that had expired about a day and a half before the post's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: 86400 + 36 * 3600 + rng.int(0, 3600),
          claims: { iss: KB, widget: 'tadim', hotel: 'bugeac' },
        });
        return put(
          token,
          [
            post(rng, t, {
              c: 1457,
              subject: 'Otel için tadım kalendari',
              contents: `Otel bu adresi kullanêr: https://${KB}/embed/tadim/${token} ama ekran boş.`,
              source: 'AGENT',
              requester: false,
            }),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
    plant(
      'encoded',
      'kayako-post-click-redirect-base64url-anahtar',
      'error',
      'A customer forwards a newsletter link wrapped by the mailer\'s click tracker, whose `u` parameter is the target URL in base64url; decoded, it is the wine club page with its `anahtar` ("key").',
      ({ rng, t }) => {
        const u = b64urlOf(`https://${KB}/klub/uyelik?uye=${rng.int(300, 900)}&anahtar=${rng.alnum(28)}`);
        return put(u, [
          post(rng, t, {
            c: 1460,
            subject: 'Klub linki',
            contents: `Bu link açılmêêr: https://click.mailer.example/r/?u=${u}&c=${rng.hex(12)}`,
          }),
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'kayako-post-masked-card',
      'none',
      "A customer writes the card she paid with as her bank's SMS masks it (`4*** **** **** <4 digits>`): a mask, no credential.",
      ({ rng, t }) => {
        const m = `4*** **** **** ${digits(rng, 4)}`;
        return put(m, [
          post(rng, t, { c: 1462, subject: 'İki kerä ödedim', contents: `Kartımdan (${m}) iki kerä para alındı, baksanız? Saa olun.` }),
        ]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GA + 6 * HOUR, site: { host: 'kayako' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ffuf-dukan.log: the agreed pentest of the cooperative's shop, four ffuf 2.1 runs kept with `tee`: the banner, the
// configuration block (` :: Method`, ` :: URL`, ` :: Wordlist`, one ` :: Header` a header given with `-H` or `-b`,
// ` :: Follow redirects`, ` :: Calibration`, ` :: Timeout`, ` :: Threads`, ` :: Matcher`) between rules, then a result
// a line (`word [Status: …, Size: …, Words: …, Lines: …, Duration: …]`), or with `-v` a result as a block (`[Status: …]`,
// `| URL | …`, `| --> | <Location>`, `    * FUZZ: …`), and the progress line. No time on the lines.
// From memory (not fetched).

function ffufLog(rng) {
  const BANNER = [
    '',
    "        /'___\\  /'___\\           /'___\\       ",
    '       /\\ \\__/ /\\ \\__/  __  __  /\\ \\__/       ',
    '       \\ \\ ,__\\\\ \\ ,__\\/\\ \\/\\ \\ \\ \\ ,__\\      ',
    '        \\ \\ \\_/ \\ \\ \\_/\\ \\ \\_\\ \\ \\ \\ \\_/      ',
    '         \\ \\_\\   \\ \\_\\  \\ \\____/  \\ \\_\\       ',
    '          \\/_/    \\/_/   \\/___/    \\/_/       ',
    '',
    '       v2.1.0',
    '________________________________________________',
    '',
  ];
  const RULE = '________________________________________________';
  const WORDS = [
    'admin',
    'api',
    'assets',
    'backup',
    'baa',
    'bilet',
    'cart',
    'config',
    'dukan',
    'giris',
    'images',
    'kabul',
    'login',
    'media',
    'robots.txt',
    'sitemap.xml',
    'static',
    'tadim',
    'uploads',
  ];
  const res = (rng) =>
    `${rng.pick(WORDS).padEnd(24)}[Status: ${rng.pick([200, 301, 403, 401])}, Size: ${rng.int(0, 9000)}, Words: ${rng.int(1, 900)}, Lines: ${rng.int(1, 200)}, Duration: ${rng.int(12, 300)}ms]`;
  const filler = (rng) => ({ out: [res(rng)] });
  const conf = (url, headers, more = []) => [
    ...BANNER,
    ' :: Method           : GET',
    ` :: URL              : ${url}`,
    ' :: Wordlist         : FUZZ: /usr/share/seclists/Discovery/Web-Content/common.txt',
    ...headers.map((h) => ` :: Header           : ${h}`),
    ...more,
    ' :: Follow redirects : false',
    ' :: Calibration      : false',
    ' :: Timeout          : 10',
    ' :: Threads          : 40',
    ' :: Matcher          : Response status: 200-299,301,302,307,401,403,405,500',
    RULE,
    '',
  ];
  const progress = (n) => `:: Progress: [4734/4734] :: Job [1/1] :: ${n} req/sec :: Duration: [0:00:0${rng.int(5, 9)}] :: Errors: 0 ::`;
  const steps = [
    plant(
      'header-dump',
      'ffuf-config-header-authorization-bearer',
      'error',
      "ffuf's configuration block repeats every `-H` header, the tester's `Authorization: Bearer` for the shop's API among them.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return put(
          tok,
          conf(`https://api.${KB}/v1/FUZZ`, ['User-Agent: Mozilla/5.0 (pentest; komratbaa)', `Authorization: Bearer ${tok}`]),
        );
      },
      { after: 0 },
    ),
    4,
    { raw: { out: [progress(812)] } },
    plant(
      'api-key-name',
      'ffuf-config-url-anahtar',
      'error',
      `${WHY.apiKey('anahtar')} (anahtar, "key"). The second run's URL carries the price list's key in its query, and the configuration block writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return put(key, conf(`https://dukan.${KB}/fiyat/FUZZ?anahtar=${key}`, ['User-Agent: Mozilla/5.0 (pentest; komratbaa)']));
      },
    ),
    3,
    { raw: { out: [progress(790)] } },
    plant(
      'session-id',
      'ffuf-config-cookie-seans',
      'error',
      WHY.session(
        'The third run is authenticated with `-b`, and ffuf writes the cookie as a header line: `seans` ("session"), the shop\'s session of the tester\'s staff account',
      ),
      ({ rng }) => {
        const sid = rng.hex(48);
        const c = rng.hex(64);
        return {
          marks: [
            { value: sid },
            {
              value: c,
              category: 'negative',
              kind: 'ffuf-config-x-csrf-token-header',
              expect: 'none',
              why: "The same run sends the staff page's CSRF token as `X-Csrf-Token`: it only proves a form came from the page, no credential.",
            },
          ],
          event: {
            out: conf(`https://dukan.${KB}/yonetim/FUZZ`, [
              'User-Agent: Mozilla/5.0 (pentest; komratbaa)',
              `Cookie: seans=${sid}`,
              `X-Csrf-Token: ${c}`,
              'X-Requested-With: XMLHttpRequest',
            ]),
          },
        };
      },
    ),
    3,
    {
      raw: {
        out: [
          progress(640),
          ...BANNER,
          ' :: Method           : GET',
          ` :: URL              : https://dukan.${KB}/FUZZ`,
          ' :: Wordlist         : FUZZ: /home/pentest/kisa.txt',
          ' :: Follow redirects : false',
          ' :: Calibration      : false',
          ' :: Timeout          : 10',
          ' :: Threads          : 40',
          ' :: Matcher          : Response status: 301,302,307',
          RULE,
          '',
        ],
      },
    },
    plant(
      'implicit-fragment',
      'ffuf-verbose-redirect-location-access-token',
      'error',
      "The verbose run prints each redirect's `Location`; an old `implicit` sign-in path redirects straight to the shop with `#access_token=…` of the tester's browser session, which ffuf's cookie jar carried.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return put(at, [
          '[Status: 302, Size: 0, Words: 1, Lines: 1, Duration: 61ms]',
          `| URL | https://dukan.${KB}/oauth/implicit`,
          `| --> | https://dukan.${KB}/giris/donus#access_token=${at}&token_type=Bearer&expires_in=3600`,
          '    * FUZZ: oauth/implicit',
          '',
        ]);
      },
    ),
    plant(
      'negative',
      'ffuf-verbose-redirect-login-nonce',
      'none',
      'A redirect to the sign-in page with the OpenID `nonce` the shop generated for it: it binds one ID token to one sign-in, no credential.',
      ({ rng }) => {
        const n = rng.b64url(32);
        return put(n, [
          '[Status: 302, Size: 0, Words: 1, Lines: 1, Duration: 44ms]',
          `| URL | https://dukan.${KB}/yonetim`,
          `| --> | https://kimlik.${KB}/auth?client_id=dukan&response_type=code&redirect_uri=https%3A%2F%2Fdukan.${KB}%2Fgiris%2Fdonus&nonce=${n}`,
          '    * FUZZ: yonetim',
          '',
        ]);
      },
    ),
    plant(
      'path-secret',
      'ffuf-verbose-redirect-location-paylas',
      'error',
      WHY.pathSecret(
        "A short link found by the verbose run redirects to a shared order page (`/paylas/<token>`), printed as the result's `Location`",
      ),
      ({ rng }) => {
        const tok = rng.b64url(22);
        return put(tok, [
          '[Status: 301, Size: 0, Words: 1, Lines: 1, Duration: 38ms]',
          `| URL | https://dukan.${KB}/k7`,
          `| --> | https://dukan.${KB}/paylas/${tok}`,
          '    * FUZZ: k7',
          '',
        ]);
      },
    ),
    { raw: { out: [progress(1020)] } },
  ];
  return buildLog(rng, { start: DAY_GA + 9 * HOUR, site: { host: 'ffuf' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// uzum-kabul.log: the grape-intake app (üzüm kabulü, a Vaadin 24 app on Spring Boot 3.4 with its embedded Tomcat),
// its console written to a file by systemd: Spring Boot's default pattern, `<ISO 8601 with +02:00> <LEVEL> <pid> ---
// [uzum-kabul] [<thread, 15>] <logger, 40> : <message>`. Spring's `CommonsRequestLoggingFilter` at DEBUG writes a
// request twice, `Before request [GET /path?query]` and `After request [GET /path?query, payload=…]`; Spring
// Security's `DefaultRedirectStrategy` writes `Redirecting to …`; Tomcat's cookie parser writes the whole header of a
// request with an invalid cookie. The app's own messages are in Gagauz. From memory (not fetched): the pattern as of
// Boot 3.4, the filter's and Tomcat's messages.

function vaadinLog(rng) {
  const PID = rng.int(1000, 9000);
  const ln = (t, level, thread, logger, msg) =>
    `${local(t, EET).slice(0, 23)}${zone(EET)} ${level.padStart(5)} ${PID} --- [uzum-kabul] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
  const exec = (rng) => `nio-8080-exec-${rng.int(1, 10)}`;
  const F = 'o.s.w.f.CommonsRequestLoggingFilter';
  const APP = 'm.k.uzumkabul.KabulService';
  const SORTS = ['Rkaţiteli', 'Feteasca Albă', 'Kaberne Sovinyon', 'Merlo', 'Saperavi'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          ln(
            t,
            'INFO',
            exec(rng),
            APP,
            `Kabul edildi: ${rng.int(300, 2400)} kg ${rng.pick(SORTS)}, baa ${rng.int(1, 40)}, şekär ${rng.int(17, 24)},${rng.int(0, 9)} %`,
          ),
        ],
      }),
      () => {
        const path = `/api/kantar/son?baa=${rng.int(1, 40)}`;
        const th = exec(rng);
        return { out: [ln(t, 'DEBUG', th, F, `Before request [GET ${path}]`), ln(t + 40, 'DEBUG', th, F, `After request [GET ${path}]`)] };
      },
      () => ({ out: [ln(t, 'WARN', exec(rng), APP, `Kantardan cuvap gelmedi, ${rng.int(2, 5)}. deneme`)] }),
    ])();
  const steps = [
    {
      raw: {
        at: (t) => [
          ln(
            t,
            'INFO',
            'main',
            'm.k.uzumkabul.UzumKabulApplication',
            `Starting UzumKabulApplication v1.3.0 using Java 21.0.5 with PID ${PID} (/opt/uzum-kabul/uzum-kabul.jar started by kabul in /opt/uzum-kabul)`,
          ),
          ln(t + 20, 'INFO', 'main', 'm.k.uzumkabul.UzumKabulApplication', 'The following 1 profile is active: "prod"'),
          ln(t + 2100, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port 8080 (http)'),
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'vaadin-startup-git-commit-id',
      'none',
      'The app logs the commit it was built from (40 hex digits): a commit id, no credential.',
      ({ rng, t }) => {
        const c = rng.hex(40);
        return put(c, [ln(t, 'INFO', 'main', 'm.k.uzumkabul.UzumKabulApplication', `Sürüm 1.3.0, commit ${c}`)]);
      },
      { after: 3 },
    ),
    plant(
      'framework-dump',
      'vaadin-startup-record-tostring-kantar-parol',
      'error',
      'At start the app logs its weighbridge settings, a Java record, whose generated `toString()` writes every field, the weighbridge controller\'s `parol` ("password") included.',
      ({ rng, t }) => {
        const pw = password(rng, 16);
        return put(pw, [
          ln(
            t,
            'INFO',
            'main',
            'm.k.uzumkabul.KantarConfig',
            `Kantar ayarları: KantarAyarlari[url=http://192.168.50.30/api, kullanici=kantar, parol=${pw}, zamanAşımı=PT5S]`,
          ),
        ]);
      },
      { after: 1 },
    ),
    {
      raw: {
        at: (t) => [
          ln(t, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path '/'"),
          ln(
            t,
            'INFO',
            'main',
            'm.k.uzumkabul.UzumKabulApplication',
            'Started UzumKabulApplication in 7.412 seconds (process running for 8.03)',
          ),
        ],
      },
      after: 6,
    },
    3,
    plant(
      'oauth-code',
      'vaadin-request-logging-before-after-keycloak-code',
      'warning',
      `${WHY.code} Spring's request logging filter writes Keycloak's return to \`/login/oauth2/code/kimlik\` with its query, \`code\`, \`state\` and \`session_state\`, before and after the request.`,
      ({ rng, t }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        const q = `/login/oauth2/code/kimlik?state=${rng.b64url(43)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fkimlik.${KB}%2Frealms%2Fbaa&code=${code}`;
        const th = exec(rng);
        return put(code, [ln(t, 'DEBUG', th, F, `Before request [GET ${q}]`), ln(t + 180, 'DEBUG', th, F, `After request [GET ${q}]`)]);
      },
    ),
    3,
    plant(
      'session-id',
      'vaadin-tomcat-invalid-cookie-header-jsessionid',
      'error',
      WHY.session(
        "Tomcat's cookie parser meets a cookie with Gagauz letters in its value and writes the request's whole `Cookie` header, the app's `JSESSIONID` in it",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return put(sid, [
          ln(
            t,
            'INFO',
            exec(rng),
            'o.apache.tomcat.util.http.parser.Cookie',
            `A cookie header was received [JSESSIONID=${sid}; seçim=Feteasca Albă] that contained an invalid cookie. That cookie will be ignored.`,
          ),
          ' Note: further occurrences of this error will be logged at DEBUG level.',
        ]);
      },
    ),
    3,
    plant(
      'replay',
      'vaadin-request-logging-after-payload-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the harvest festival\'s tasting (`bilet`, "ticket"), posted by the east door\'s scanner; the filter writes the body in `After request [… payload=…]`, and the app "Bilet kullanıldı" ("ticket used"). The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.bilet_ga = t;
        const th = exec(rng);
        return put(b, [
          ln(t, 'DEBUG', th, F, 'Before request [POST /api/bilet/kullan]'),
          ln(t + 30, 'INFO', th, APP, 'Bilet kullanıldı (kapu doğu-1)'),
          ln(t + 60, 'DEBUG', th, F, `After request [POST /api/bilet/kullan, payload={"bilet":"${b}","kapu":"dogu-1"}]`),
        ]);
      },
      { ref: 'bilet_ga' },
    ),
    2,
    plant(
      'replay',
      'vaadin-request-logging-after-payload-bilet-again',
      'replay',
      '',
      ({ refs, t }) => {
        const b = refs.get('bilet_ga').value;
        const th = exec(rng);
        return {
          marks: [
            {
              value: b,
              why: `${WHY.replay('bilet', gap('bilet_ga', t))} The west door's scanner posted the same ticket and the app let it in again ("Bilet kullanıldı").`,
            },
          ],
          event: {
            out: [
              ln(t, 'DEBUG', th, F, 'Before request [POST /api/bilet/kullan]'),
              ln(t + 30, 'INFO', th, APP, 'Bilet kullanıldı (kapu batı-2)'),
              ln(t + 60, 'DEBUG', th, F, `After request [POST /api/bilet/kullan, payload={"bilet":"${b}","kapu":"bati-2"}]`),
            ],
          },
        };
      },
      { replayOf: 'bilet_ga', after: 96 },
    ),
    2,
    plant(
      'negative',
      'vaadin-request-logging-uidl-csrf-token',
      'none',
      "The filter writes a Vaadin UIDL request's body, with the `csrfToken` Vaadin checks against the UI's session: it only proves the request came from the page, no credential.",
      ({ rng, t }) => {
        const c = rng.uuid();
        const th = exec(rng);
        return put(c, [
          ln(t, 'DEBUG', th, F, 'Before request [POST /?v-r=uidl&v-uiId=0]'),
          ln(
            t + 40,
            'DEBUG',
            th,
            F,
            `After request [POST /?v-r=uidl&v-uiId=0, payload={"csrfToken":"${c}","rpc":[{"type":"event","node":${rng.int(10, 90)},"event":"click","data":{}}],"syncId":${rng.int(2, 40)},"clientId":${rng.int(2, 40)}}]`,
          ),
        ]);
      },
    ),
    2,
    plant(
      'id-token',
      'vaadin-default-redirect-strategy-logout-id-token-hint',
      'error',
      "On sign-out Spring Security sends the browser to Keycloak's end-session endpoint with the `id_token_hint`, and `DefaultRedirectStrategy` logs the URL at DEBUG; the ID token is an hour's, live at the line's time (`+02:00`)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(300, 2400),
          claims: {
            iss: `https://kimlik.${KB}/realms/baa`,
            aud: 'uzum-kabul',
            sub: rng.uuid(),
            preferred_username: 'ivan.dimoglo',
            sid: rng.uuid(),
          },
        });
        return put(
          token,
          [
            ln(
              t,
              'DEBUG',
              exec(rng),
              'o.s.s.web.DefaultRedirectStrategy',
              `Redirecting to https://kimlik.${KB}/realms/baa/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https://kabul.${KB}/`,
            ),
          ],
          { jwt: facts },
        );
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GA + 5 * HOUR, site: { host: 'vaadin' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// asuswrt-syslog.log: the office router (an RT-AX58U on Asuswrt-Merlin 3004.388), its syslog as the web UI's System Log
// downloads it: `Mon dd hh:mm:ss <tag>[pid]: message` in local time (EET) without year or zone; the firmware's own tags
// (`kernel`, `dnsmasq-dhcp`, `rc_service`, `custom_script`, `dropbear`) and those of the cooperative's scripts in
// /jffs/scripts, which write with `logger -t`, in Gagauz. From memory (not fetched).

function asusLog(rng) {
  const ts = (t) => {
    const l = local(t, EET);
    const d = new Date(t + EET * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${l.slice(11, 19)}`;
  };
  const HOSTS = ['kantar', 'muhasebe-pc', 'Galaxy-A15', 'kamera-1', 'yazici'];
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const WAN = `203.0.113.${rng.int(2, 250)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [`${ts(t)} dnsmasq-dhcp[${rng.int(900, 999)}]: DHCPACK(br0) 192.168.50.${rng.int(20, 200)} ${mac(rng)} ${rng.pick(HOSTS)}`],
      }),
      () => ({ out: [`${ts(t)} kernel: wl0: wlc_assoc_dc: AP ${mac(rng)} Channel ${rng.pick([1, 6, 11])}`] }),
      () => ({ out: [`${ts(t)} tank-izle: tank ${rng.int(1, 8)}: ${rng.int(12, 18)},${rng.int(0, 9)} °C, doluluk ${rng.int(20, 99)} %`] }),
    ])();
  const steps = [
    {
      raw: {
        at: (t) => [
          `${ts(t)} rc_service: cru ${rng.int(1000, 3000)}:notify_rc restart_ddns`,
          `${ts(t)} custom_script: Running /jffs/scripts/ddns-start (args: ${WAN})`,
        ],
      },
      after: 0,
    },
    plant(
      'api-key-name',
      'asuswrt-ddns-start-duckdns-token',
      'error',
      `${WHY.apiKey('token')} The ddns-start script logs the DuckDNS update URL it calls, the account's token (a UUID) in the query.`,
      ({ rng, t }) => {
        const tok = rng.uuid();
        return put(tok, [`${ts(t)} ddns-start: https://www.duckdns.org/update?domains=komratbaa&token=${tok}&ip=${WAN} -> OK`]);
      },
      { after: 1 },
    ),
    3,
    plant(
      'negative',
      'asuswrt-dropbear-pubkey-fingerprint',
      'none',
      'Dropbear logs the SSH key an administrator logged in with by its SHA-256 fingerprint: the fingerprint of a public key, no credential.',
      ({ rng, t }) => {
        const f = rng.b64url(43).replace(/[-_]/g, '+');
        return put(f, [
          `${ts(t)} dropbear[${rng.int(3000, 9000)}]: Pubkey auth succeeded for 'admin' with ssh-ed25519 key SHA256:${f} from 192.168.50.${rng.int(20, 200)}:${rng.int(40000, 60000)}`,
        ]);
      },
    ),
    3,
    plant(
      'encoded',
      'asuswrt-logger-camera-snapshot-auth-base64',
      'error',
      "The camera backup script logs the snapshot URL it fetches; the camera takes `auth=` as base64 of `user:password`, the camera admin's password inside.",
      ({ rng, t }) => {
        const a = b64Of(`admin:${password(rng, 12)}`);
        return put(a, [`${ts(t)} kamera-yedek: çekiliyor http://192.168.50.64/cgi-bin/snapshot.cgi?channel=1&auth=${a}`]);
      },
    ),
    3,
    plant(
      'header-dump',
      'asuswrt-logger-curl-verbose-bearer',
      'error',
      "The script that sends tank readings to the office server pipes `curl -v` into `logger`, one syslog line per line of curl's trace; the `> Authorization: Bearer` line is the server's token.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        const p = rng.int(10000, 20000);
        return put(tok, [
          `${ts(t)} tank-gönder[${p}]: > POST /api/tank/olcum HTTP/1.1`,
          `${ts(t)} tank-gönder[${p}]: > Host: ofis.${KB}`,
          `${ts(t)} tank-gönder[${p}]: > User-Agent: curl/7.68.0`,
          `${ts(t)} tank-gönder[${p}]: > Authorization: Bearer ${tok}`,
          `${ts(t)} tank-gönder[${p}]: > Content-Type: application/json`,
          `${ts(t)} tank-gönder[${p}]: < HTTP/1.1 201 Created`,
        ]);
      },
    ),
    3,
    plant(
      'session-id',
      'asuswrt-logger-curl-command-seans-cookie',
      'error',
      WHY.session(
        'The tank monitor logs the command that failed ("sorgu olmadı", "the query failed"), the press controller\'s web session (`seans`) passed with `-b`',
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32);
        return put(sid, [`${ts(t)} tank-izle: sorgu olmadı: curl -s -m 5 -b seans=${sid} http://192.168.50.20/api/tank/3`]);
      },
    ),
    3,
    plant(
      'refresh-token',
      'asuswrt-logger-dropbox-refresh-failed',
      'error',
      `${WHY.refresh} The router's backup script to Dropbox logs its token request when it fails ("yannışlık", "error"), the refresh token in the form it posted.`,
      ({ rng, t }) => {
        const rt = `${rng.alnum(11)}AAAAAAAAA${rng.b64url(43)}`;
        return put(rt, [
          `${ts(t)} dropbox-yedek: yannışlık 400: curl -s -d grant_type=refresh_token -d refresh_token=${rt} -d client_id=${lowerNum(rng, 15)} https://api.dropbox.com/oauth2/token`,
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'asuswrt-logger-wireguard-peer-public-key',
      'none',
      'A script logs the WireGuard peer that connected by its public key (base64 of 32 bytes): a public key, no credential.',
      ({ rng, t }) => {
        const k = rng.bytes(32).toString('base64');
        return put(k, [`${ts(t)} wg-izle: peer ${k} bağlandı (muhasebe-telefon)`]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GA + 4 * HOUR, site: { host: 'asus' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout102');
writePart(join(here, 'heldout102'), {
  'robot-acceptance-1482.txt': robotLog(rng),
  'sqlmap-booking-2027-12-13.log': sqlmapLog(rng),
  'vegeta-booking-soak.jsonl': vegetaLog(rng),
  'buildah-web-2.4.0.log': buildahLog(rng),
  'neomutt-debug0.log': neomuttLog(rng),
  'nopcommerce-log.jsonl': nopLog(rng),
  'sut-chyyr-chrome_debug.log': nwLog(rng),
  'october-system.log': octoberLog(rng),
  'rsnapshot.log': rsnapshotLog(rng),
  'znc-kaakhem-2027-12-20.log': zncLog(rng),
  'kayako-posts.jsonl': kayakoLog(rng),
  'ffuf-dukan.log': ffufLog(rng),
  'uzum-kabul.log': vaadinLog(rng),
  'asuswrt-syslog.log': asusLog(rng),
});
