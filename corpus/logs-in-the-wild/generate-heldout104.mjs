// Writes corpus/logs-in-the-wild/heldout104/: a hundred-and-fourth held-out part, in formats no other part uses (a Siege
// 4.1 console with `-g` header dumps and `-v` transaction lines, a Mongrel2 access log in tnetstrings, a PRTG Network
// Monitor web server log, Maestro's console output of mobile UI flows, a Rhasspy 2.5 voice assistant's debug log, a
// Hammerspoon console, Schemathesis' CLI report, Anubis' JSON log, a Ratpack service's request log through logback, Zoho
// Desk threads read from its API as JSON lines, Dredd's CLI output with inline errors, xcodebuild's output of an XCUITest
// run, a moOde audio player's moode.log, SafeLine WAF attack records exported as JSON lines), with credentials planted
// in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how
// each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout104.mjs     rewrites heldout104/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Lyttelton Harbour Ferry Society of Lyttelton (Canterbury, New Zealand), a volunteer-run
// harbour ferry with a booking site, a crew app and a voice assistant in the ticket office (English, five logs); the
// Vieljärven kangahankudojat, a weavers' artel of Vieljärvi (Vedlozero, Republic of Karelia) with a shop, a pattern
// archive and an API for its resellers (Livvi Karelian, five logs); the «Мекшть» artel of beekeepers of Kemlya
// (Republic of Mordovia) with a honey shop, an iOS app, a radio corner in its shop and a WAF in front of its site
// (Erzya in Cyrillic, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  b64Of,
  b64urlOf,
  BROWSERS,
  clf,
  jwt,
  logBuilder,
  plant,
  publicIp,
  Random,
  requestMaker,
  sec,
  WHY,
  writePart,
} from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Siege/4.1.6'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** New Zealand in December (NZDT, UTC+13), Karelia and Mordovia (MSK, UTC+3 all year). */
const NZDT = 780;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 12, 20, 0, 0); // 09:00 NZDT on 13 December
const DAY_KRL = Date.UTC(2027, 11, 15, 6, 0, 0); // 09:00 MSK
const DAY_MYV = Date.UTC(2027, 11, 17, 6, 0, 0); // 09:00 MSK

/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** `+03:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;

/** Every log's event is its lines (`L`), built with the event's time by its step. */
const render = (e) => e.L;
const P = (category, kind, expect, why, fn, options = {}) =>
  plant(
    category,
    kind,
    expect,
    why,
    (ctx) => {
      const r = fn(ctx);
      return { ...r, event: { L: r.L } };
    },
    options,
  );
const N = (kind, why, fn, options) => P('negative', kind, 'none', why, fn, options);
const raw = (L, after = 0) => ({ raw: { L }, after });
const run = (rng, start, filler, steps, header = []) => buildLog(rng, { start, site: { host: 'h104' }, filler, render, steps, header });
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// =====================================================================================================================
// Lyttelton Harbour Ferry Society (English; Lyttelton, New Zealand: NZDT, UTC+13 in December)
// =====================================================================================================================

const LF = 'harbourferry.example';

// ---------------------------------------------------------------------------------------------------------------------
// siege-booking-20271213.txt: the volunteer who runs the booking site load-tests it before the summer timetable with
// Siege 4.1 and keeps the console: `siege -g <url>` (one GET, the request's header block and the response's headers),
// then `siege -v -c 12 -t 2M -f urls.txt` (the banner, one `HTTP/1.1 <status> <secs> secs: <bytes> bytes ==> <METHOD>
// <path>` line a transaction, the summary). No time on the lines.
// From memory (not fetched): the `-g` blocks, the transaction line's padding and the summary's wording.

function siegeLog(rng) {
  const PAGES = ['/', '/timetable', '/timetable?route=diamond-harbour', '/fares', '/book', '/assets/site.css', '/news/summer-timetable'];
  const tx = (rng, path, status = 200, method = 'GET') =>
    `HTTP/1.1 ${status}   ${(rng.int(2, 190) / 100).toFixed(2).padStart(5)} secs: ${String(rng.int(300, 24000)).padStart(7)} bytes ==> ${method.padEnd(4)} ${path}`;
  const filler = (rng) => ({ L: [tx(rng, rng.pick(PAGES))] });
  const getBlock = (path, reqExtra, resExtra) => [
    `$ siege -g "https://book.${LF}${path}"`,
    `GET ${path} HTTP/1.1`,
    `Host: book.${LF}`,
    'Accept: */*',
    'Accept-Encoding: gzip, deflate',
    'User-Agent: Mozilla/5.0 (pc-x86_64-linux-gnu) Siege/4.1.6',
    ...reqExtra,
    'Connection: close',
    '',
    'HTTP/1.1 200 OK',
    'Server: nginx',
    'Content-Type: text/html; charset=utf-8',
    ...resExtra,
    '',
  ];
  const steps = [
    N(
      'siege-g-response-etag',
      "The response's `ETag` (a hash of the page's bytes, 32 hex digits in quotes) in the header block `siege -g` prints: a cache validator, no credential.",
      ({ rng }) => {
        const etag = rng.hex(32);
        return { value: etag, L: getBlock('/timetable', [], [`ETag: "${etag}"`, 'Cache-Control: public, max-age=300']) };
      },
      { after: 0 },
    ),
    P(
      'header-dump',
      'siege-g-request-authorization-basic',
      'error',
      "The staging booking site sits behind Basic authentication, and the volunteer passes it with `-H`; `siege -g` prints the request's headers, `Authorization: Basic <base64 of user:password>` among them.",
      ({ rng }) => {
        const b = b64Of(`ferrycrew:${rng.alnum(14)}`);
        return { value: b, L: getBlock('/crew/roster', [`Authorization: Basic ${b}`], ['Cache-Control: no-store']) };
      },
    ),
    P(
      'session-id',
      'siege-g-response-set-cookie-session',
      'error',
      WHY.session(
        "The booking site's session cookie (`lhfs_session`, 40 characters), set on the response to the signed-in staging request and printed by `siege -g` in the response's headers",
      ),
      ({ rng }) => {
        const s = rng.alnum(40);
        return {
          value: s,
          L: getBlock('/account', [], [`Set-Cookie: lhfs_session=${s}; Path=/; Secure; HttpOnly; SameSite=Lax`, 'Vary: Cookie']),
        };
      },
    ),
    raw([
      '$ siege -v -c 12 -t 2M -f urls.txt',
      '** SIEGE 4.1.6',
      '** Preparing 12 concurrent users for battle.',
      'The server is now under siege...',
    ]),
    6,
    P(
      'api-key-name',
      'siege-v-transaction-api-key',
      'error',
      `${WHY.apiKey('api_key')} One URL of urls.txt calls the sailings API the partner kiosks use, and Siege's verbose line writes the path with its query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, L: [tx(rng, `/api/v2/sailings?date=2027-12-14&api_key=${k}`)] };
      },
    ),
    5,
    N(
      'siege-v-transaction-asset-hash',
      "A fingerprinted asset (`app.<20 hex>.js`) in a transaction line: the build's content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, L: [tx(rng, `/assets/app.${h}.js`)] };
      },
    ),
    4,
    P(
      'path-secret',
      'siege-v-transaction-manifest-share-link',
      'error',
      WHY.pathSecret(
        "A share link to a sailing's passenger manifest (`/manifest/share/<token>/manifest.pdf`) pasted into urls.txt from the skipper's e-mail; Siege fetches it and writes the path",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, L: [tx(rng, `/manifest/share/${tok}/manifest.pdf`)] };
      },
    ),
    5,
    P(
      'encoded',
      'siege-v-transaction-percent-encoded-next-access-key',
      'error',
      "A sign-in page whose `next` parameter is percent-encoded (`%2F…%3Faccess_key%3D…`): decoded, it is the kiosk console's URL with its `access_key`, a long-lived key.",
      ({ rng }) => {
        const k = rng.alnum(28);
        return { value: k, L: [tx(rng, `/signin?next=%2Fkiosk%2Fconsole%3Fquay%3Dlyttelton%26access_key%3D${k}`, 302)] };
      },
    ),
    6,
    raw([
      '',
      'Lifting the server siege...',
      'Transactions:\t\t        2714 hits',
      'Availability:\t\t       99.93 %',
      'Elapsed time:\t\t      119.62 secs',
      'Data transferred:\t       21.48 MB',
      'Response time:\t\t        0.52 secs',
      'Transaction rate:\t       22.69 trans/sec',
      'Throughput:\t\t        0.18 MB/sec',
      'Concurrency:\t\t       11.84',
      'Successful transactions:        2712',
      'Failed transactions:\t           2',
      'Longest transaction:\t        3.91',
      'Shortest transaction:\t        0.02',
    ]),
  ];
  return run(rng, DAY_EN, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// mongrel2-access.log: the society's site runs behind Mongrel2 1.13, whose access log holds one tnetstring a request: a
// list of host, remote address, remote port, UNIX time, method, path with its query, protocol, status and size
// (`<len>:<items>]`, strings `<len>:<text>,`, numbers `<len>:<digits>#`).
// From memory (not fetched): the list's fields and their order; whether Mongrel2 writes the query with the path is the
// helper's assumption.

const tns = (v) => {
  if (typeof v === 'number') return `${String(v).length}:${v}#`;
  if (Array.isArray(v)) {
    const body = v.map(tns).join('');
    return `${Buffer.byteLength(body)}:${body}]`;
  }
  return `${Buffer.byteLength(v)}:${v},`;
};

function mongrel2Log(rng) {
  const PAGES = ['/', '/timetable', '/fares', '/book', '/book/step2', '/static/site.css', '/static/ferry.svg', '/news', '/contact'];
  const line = (e, path, status = 200, method = 'GET', ip = e.ip) =>
    tns([LF, ip, e.port, sec(e.t), method, path, 'HTTP/1.1', status, e.bytes]);
  const req = (rng, t) => ({ ip: publicIp(rng), port: rng.int(1024, 65535), t, bytes: rng.int(300, 22000) });
  const filler = (rng, t) => ({ L: [line(req(rng, t), rng.pick(PAGES))] });
  const steps = [
    4,
    N(
      'mongrel2-static-version-hash',
      'A stylesheet with a cache-busting `v=` (eight hex digits of its content hash): no credential.',
      ({ rng, t }) => {
        const v = rng.hex(8);
        return { value: `v=${v}`, L: [line(req(rng, t), `/static/site.css?v=${v}`)] };
      },
    ),
    3,
    P(
      'oauth-code',
      'mongrel2-oidc-callback-code',
      'warning',
      `${WHY.code} The crew sign-in returns from the identity provider to \`/auth/callback?code=…&state=…\`, and the access log keeps the path with its query.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return { value: code, L: [line(req(rng, t), `/auth/callback?code=${code}&state=${rng.hex(24)}`, 302)] };
      },
    ),
    4,
    P(
      'id-token',
      'mongrel2-logout-id-token-hint-expired',
      'note',
      "An OpenID Connect logout (`/auth/logout?id_token_hint=<ID token>&post_logout_redirect_uri=…`) sends the ID token in the query; the line's UNIX time is three hours past the token's `exp`, so it was already expired when logged",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(600, 1800),
          claims: { iss: `https://id.${LF}`, aud: 'crew-app', sub: rng.uuid(), name: 'Deckhand roster' },
        });
        return {
          value: token,
          jwt: facts,
          L: [line(req(rng, t), `/auth/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${LF}%2F`, 302)],
        };
      },
    ),
    3,
    P(
      'replay',
      'mongrel2-ws-ticket-first',
      'note',
      WHY.ticketFirst(
        "A WebSocket ticket for the live vessel map (`/ws/vessels?ticket=…`), minted for the ticket office's screen and upgraded (101); the ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.ticket = t;
        return { value: tk, L: [line(req(rng, t), `/ws/vessels?ticket=${tk}`, 101)] };
      },
      { ref: 'ticket' },
    ),
    3,
    P(
      'replay',
      'mongrel2-ws-ticket-again',
      'replay',
      '',
      ({ rng, t, refs }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another address opened the vessel map with the same ticket and was upgraded again (101).`,
          },
        ],
        L: [line({ ...req(rng, t), ip: '198.51.100.77' }, `/ws/vessels?ticket=${refs.get('ticket').value}`, 101)],
      }),
      { replayOf: 'ticket', after: 138 },
    ),
    3,
    P(
      'webhook',
      'mongrel2-inbound-sms-webhook-path',
      'error',
      WHY.webhook(
        'The SMS provider posts replies from passengers to a secret path (`/hooks/sms/<32 characters>`), which the access log writes as it writes every path',
      ),
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return { value: s, L: [line(req(rng, t), `/hooks/sms/${s}`, 204, 'POST')] };
      },
    ),
    3,
    N(
      'mongrel2-timetable-page-token',
      "A timetable API's cursor (`page_token=`, base64url of an offset and a sort key): paging state, no credential.",
      ({ rng, t }) => {
        const pt = b64urlOf(`{"o":${rng.int(20, 200)},"k":"depart","r":"${rng.hex(6)}"}`);
        return { value: pt, L: [line(req(rng, t), `/api/timetable?page_token=${pt}`)] };
      },
    ),
    3,
  ];
  return run(rng, DAY_EN + 1 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// prtg-webserver-20271213.log: PRTG Network Monitor's web server log on the society's monitoring PC (the wharf's Wi-Fi,
// the booking site, the ticket office's router), one request a line: `<date> <time> <client> "<user>" <METHOD>
// <path?query> <status> <bytes> "<referer>" "<user agent>"`, local time without zone.
// From memory (not fetched): the file's place (`Logs\webserver\prtg<yyyymmdd>.log`) and the line's layout.

function prtgLog(rng) {
  const PAGES = [
    '/welcome.htm',
    '/sensors.htm?filter_status=5',
    '/device.htm?id=2041&tabid=1',
    '/alarms.htm',
    '/api/table.json?content=sensors&columns=objid,sensor,status,lastvalue&count=500',
    '/api/getstatus.htm?id=0',
  ];
  const line = (t, ip, user, path, status = 200, referer = '-', ua = BROWSERS[0]) =>
    `${ymdHmsAt(t, NZDT)} ${ip} "${user}" GET ${path} ${status} ${rng.int(200, 40000)} "${referer}" "${ua}"`;
  const filler = (rng, t) => ({ L: [line(t, `192.168.20.${rng.int(10, 60)}`, 'ops', rng.pick(PAGES))] });
  const steps = [
    3,
    P(
      'api-key-name',
      'prtg-api-table-apitoken',
      'error',
      `${WHY.apiKey('apitoken')} The wharf's information screen polls PRTG's API with an API key in the query (PRTG's \`apitoken=\`), and the web server writes it.`,
      ({ rng, t }) => {
        const k = rng.chars(B32, 56);
        return {
          value: k,
          L: [
            line(
              t,
              '192.168.20.40',
              'wharfscreen',
              `/api/table.json?content=sensors&filter_tags=@tag(wharf)&columns=sensor,status,lastvalue&apitoken=${k}`,
              200,
              '-',
              'python-requests/2.32.5',
            ),
          ],
        };
      },
    ),
    3,
    N(
      'prtg-referer-ga-client-id',
      "A Google Analytics client id (`_ga=GA1.1.<number>.<time>`) on the referer from the society's site: it counts visitors, no credential.",
      ({ rng, t }) => {
        const ga = `GA1.1.${digits(rng, 10)}.${sec(t) - rng.int(90000, 900000)}`;
        return { value: ga, L: [line(t, '192.168.20.12', 'ops', '/sensor.htm?id=2158&tabid=1', 200, `https://${LF}/status?_ga=${ga}`)] };
      },
    ),
    3,
    P(
      'path-secret',
      'prtg-public-map-mapid',
      'error',
      "A public map of PRTG (`/public/mapshow.htm?id=…&mapid=<GUID>`) shown without sign-in on the ticket office's screen: whoever has the map's GUID sees the wharf network's devices and state, until the map is made private again.",
      ({ rng, t }) => {
        const g = rng.uuid().toUpperCase();
        return { value: g, L: [line(t, '192.168.20.31', '-', `/public/mapshow.htm?id=2190&mapid=${g}`, 200, '-', BROWSERS[4])] };
      },
    ),
    3,
    P(
      'encoded',
      'prtg-login-loginurl-percent-encoded-apitoken',
      'error',
      "PRTG's login page sends a request it turned away back as `loginurl=`, percent-encoded; decoded, it is an API call with an `apitoken`, a long-lived key.",
      ({ rng, t }) => {
        const k = rng.chars(B32, 56);
        return {
          value: k,
          L: [
            line(
              t,
              '192.168.20.44',
              '-',
              `/public/login.htm?loginurl=%2Fapi%2Fgetobjectproperty.htm%3Fid%3D2041%26name%3Dhost%26apitoken%3D${k}&errorurl=%2Ferror.htm`,
              302,
            ),
          ],
        };
      },
    ),
    3,
    N(
      'prtg-history-avg-sdate',
      "A historic data export's request, with its period and a random `_=` cache-buster in milliseconds: no credential.",
      ({ rng, t }) => {
        const cb = String(t + rng.int(1000, 9000));
        return {
          value: cb,
          L: [
            line(
              t,
              '192.168.20.12',
              'ops',
              `/historicdata_html.htm?id=2158&sdate=2027-12-06-00-00-00&edate=2027-12-13-00-00-00&avg=3600&_=${cb}`,
            ),
          ],
        };
      },
    ),
    3,
  ];
  return run(rng, DAY_EN + 2 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// maestro-crew-app.txt: the console of `maestro test --debug-output` over the crew app's flows on an Android emulator,
// Maestro 1.39: `Running on emulator-5554`, a box per flow (` ║  > Flow: <name>`), one line per command with its status
// (`✅`, `❌`), the commands as Maestro describes them (`Launch app "…"`, `Open link …`, `Tap on "…"`, `Input text …`,
// `Assert that "…" is visible`), and the debug lines Maestro writes (`Env: {…}`, a Kotlin map's toString).
// From memory (not fetched): the box drawing and the command wording; the `Env:` line is the helper's.

function maestroLog(rng) {
  const APP = 'nz.example.harbourferry.crew';
  const box = (msg, ok = true) => ` ║    ${ok ? '✅' : '❌'}   ${msg}`;
  const TAPS = [
    'Tap on "Today"',
    'Tap on "Roster"',
    'Scroll',
    'Tap on "Diamond Harbour"',
    'Assert that "Sailings" is visible',
    'Tap on id: "nav_manifest"',
    'Back',
  ];
  const filler = (rng) => ({ L: [box(rng.pick(TAPS))] });
  const flow = (name) => [' ║', ` ║  > Flow: ${name}`, ' ║'];
  const steps = [
    raw(['Running on emulator-5554', '']),
    P(
      'framework-dump',
      'maestro-debug-env-map-password',
      'error',
      "The flows get the test skipper's account from `-e` variables, and Maestro's debug output prints the flow's environment as a Kotlin map (`Env: {KEY=value, …}`), the password in it.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          L: [`[DEBUG] Env: {CREW_USER=skipper.test@${LF}, CREW_PASSWORD=${pw}, API_BASE=https://api.${LF}, MAESTRO_FILENAME=sign_in}`],
        };
      },
    ),
    raw([...flow('sign_in'), box(`Launch app "${APP}" with clear state`)]),
    2,
    P(
      'oauth-code',
      'maestro-open-link-custom-scheme-code',
      'warning',
      `${WHY.code} The flow plays the identity provider's return to the app (\`lhfscrew://oauth/callback?code=…&state=…\`) with \`openLink\`, and Maestro writes the link as it opens it.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return { value: code, L: [box(`Open link lhfscrew://oauth/callback?code=${code}&state=${rng.b64url(16)}`)] };
      },
    ),
    2,
    N(
      'maestro-assert-booking-reference',
      "A booking reference in an assertion (`FRY-` and six characters): it names a booking, and the app asks for the passenger's surname with it; no credential.",
      ({ rng }) => {
        const ref = `FRY-${upperNum(rng, 6)}`;
        return { value: ref, L: [box(`Assert that "Booking ${ref}" is visible`)] };
      },
    ),
    raw([...flow('share_manifest')]),
    2,
    P(
      'path-secret',
      'maestro-open-link-manifest-share',
      'error',
      WHY.pathSecret('A manifest share link (`https://book…/manifest/share/<token>`) opened in the app by a flow copied from a real one'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, L: [box(`Open link https://book.${LF}/manifest/share/${tok}`)] };
      },
    ),
    2,
    N(
      'maestro-open-link-sailing-uuid',
      'A deep link to one sailing (`lhfscrew://sailing/<uuid>`): a record id, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, L: [box(`Open link lhfscrew://sailing/${id}`)] };
      },
    ),
    raw([...flow('web_sign_in')]),
    2,
    P(
      'implicit-fragment',
      'maestro-assert-fail-webview-url-fragment',
      'error',
      "A failed assertion on the web view's address bar quotes its text: the identity provider's implicit-flow return with `#access_token=…` in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          L: [
            box(`Assert that "https://book.${LF}/crew/home" is visible`, false),
            ` ║         Element not found: Text matching regex: https://book.${LF}/crew/home (found: "https://book.${LF}/crew/#access_token=${at}&token_type=Bearer&expires_in=3600")`,
          ],
        };
      },
    ),
    raw([' ║', '', '1/3 Flow Failed']),
  ];
  return run(rng, DAY_EN + 3 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// rhasspy-debug.log: Rhasspy 2.5 (the voice assistant on a Raspberry Pi in the ticket office: "when is the next ferry
// to Diamond Harbour?") started with `--debug`, its stdout kept by Docker: `[<LEVEL>:<yyyy-mm-dd hh:mm:ss,SSS>]
// <logger>: <message>` in local time without zone, Python reprs of the Hermes messages and of the profile.
// From memory (not fetched): the prefix, the logger names and the messages.

function rhasspyLog(rng) {
  const at = (t, lvl, lg, msg) => `[${lvl}:${commaMs(t, NZDT)}] ${lg}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          at(
            t,
            'DEBUG',
            'rhasspyserver_hermes',
            `-> HotwordDetected(model_id='porcupine', model_version='', model_type='personal', current_sensitivity=0.5, site_id='office', session_id=None, send_audio_captured=None, lang=None)`,
          ),
        ],
      }),
      () => ({
        L: [
          at(
            t,
            'DEBUG',
            'rhasspyserver_hermes',
            `<- AsrTextCaptured(text='when is the next ferry to ${rng.pick(['diamond harbour', 'quail island', 'church bay'])}', likelihood=1, seconds=${(rng.int(80, 300) / 100).toFixed(2)}, site_id='office')`,
          ),
        ],
      }),
      () => ({ L: [at(t, 'INFO', 'rhasspyserver_hermes', `Publishing ${rng.int(120, 900)} bytes(s) to hermes/tts/say`)] }),
    ])();
  const steps = [
    P(
      'framework-dump',
      'rhasspy-profile-repr-home-assistant-token',
      'error',
      'At start-up with `--debug` Rhasspy writes the loaded profile as a Python dict; its `home_assistant` section holds the long-lived access token Home Assistant issued for the office, a JWT living ten years',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3650 * 86400, age: rng.int(30, 200) * 86400, claims: { iss: rng.hex(32) } });
        return {
          value: token,
          jwt: facts,
          L: [
            at(
              t,
              'DEBUG',
              'rhasspyserver_hermes.__main__',
              `Profile: {'language': 'en', 'home_assistant': {'access_token': '${token}', 'url': 'http://homeassistant.local:8123'}, 'intent': {'system': 'fsticuffs'}, 'handle': {'system': 'hass'}, 'speech_to_text': {'system': 'kaldi'}, 'wake': {'system': 'porcupine'}}`,
            ),
          ],
        };
      },
      { after: 0 },
    ),
    3,
    N(
      'rhasspy-hermes-session-id-uuid',
      "The dialogue session of the Hermes protocol (`session_id='<uuid>'`), which names one voice exchange inside the Pi: no credential.",
      ({ rng, t }) => {
        const sid = rng.uuid();
        return {
          value: sid,
          L: [
            at(
              t,
              'DEBUG',
              'rhasspyserver_hermes',
              `<- NluIntent(input='next ferry diamond harbour', intent=Intent(intent_name='NextFerry', confidence_score=1.0), site_id='office', id=None, slots=[], session_id='${sid}', custom_data=None)`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'rhasspy-handler-get-apikey',
      'error',
      `${WHY.apiKey('apikey')} The intent handler asks the marine forecast service before it answers, and Rhasspy writes the GET it makes.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          L: [
            at(t, 'DEBUG', 'rhasspyserver_hermes', `GET https://api.marineweather.example/v1/forecast?lat=-43.61&lon=172.72&apikey=${k}`),
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'rhasspy-remote-handler-headers-basic',
      'error',
      "Intents go to a Node-RED flow through Rhasspy's remote HTTP handler, and the debug line writes the request's headers as a dict, `Authorization: Basic <base64 of user:password>` among them.",
      ({ rng, t }) => {
        const b = b64Of(`rhasspy:${rng.alnum(18)}`);
        return {
          value: b,
          L: [
            at(
              t,
              'DEBUG',
              'rhasspyserver_hermes',
              `POST http://nodered.local:1880/rhasspy/intent headers={'Content-Type': 'application/json', 'Authorization': 'Basic ${b}'}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'rhasspy-hass-webhook-url',
      'error',
      WHY.webhook(
        "Home Assistant's webhook trigger (`/api/webhook/<webhook_id>`) the assistant posts to when a passenger asks for the wharf's lights; the id is the secret",
      ),
      ({ rng, t }) => {
        const id = `${rng.pick(['wharf', 'lights'])}-${rng.alnum(24)}`;
        return {
          value: id,
          L: [
            at(
              t,
              'DEBUG',
              'rhasspyhomeassistant_hermes',
              `POST http://homeassistant.local:8123/api/webhook/${id} {"intent": "WharfLights", "state": "on"}`,
            ),
          ],
        };
      },
    ),
    2,
    N(
      'rhasspy-kaldi-model-sha256',
      "The SHA-256 of the Kaldi model's graph, which Rhasspy writes when it checks whether to retrain: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, L: [at(t, 'DEBUG', 'rhasspyasr_kaldi_hermes', `Graph hash ${h} unchanged, skipping training`)] };
      },
    ),
    2,
    P(
      'refresh-token',
      'rhasspy-command-stderr-token-dict',
      'error',
      `${WHY.refresh} The roster intent runs a small command program that renews its calendar tokens; Rhasspy writes the program's stderr at DEBUG, and the program printed the token response as a dict.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(98)}`;
        return {
          value: rt,
          L: [
            at(
              t,
              'DEBUG',
              'rhasspyserver_hermes',
              `roster.py stderr: tokens renewed {'access_token': 'ya29.${rng.b64url(120)}', 'expires_in': 3599, 'refresh_token': '${rt}', 'scope': 'https://www.googleapis.com/auth/calendar.readonly', 'token_type': 'Bearer'}`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return run(rng, DAY_EN + 4 * HOUR, filler, steps);
}

// =====================================================================================================================
// Vieljärven kangahankudojat (Livvi Karelian; Vieljärvi, Republic of Karelia: MSK, UTC+3)
// =====================================================================================================================

const VK = 'kangahat.example';

// ---------------------------------------------------------------------------------------------------------------------
// hammerspoon-console.txt: the Hammerspoon console of the artel's bookkeeper's Mac, saved from the Console window:
// `<yyyy-mm-dd hh:mm:ss>: <text>` in local time, `-- Loading extension: …`, prints of her init.lua (hs.inspect of
// tables, hs.http results) and `*** ERROR:` lines with a Lua traceback.
// From memory (not fetched): the prefix and the extension lines.

function hammerspoonLog(rng) {
  const at = (t, msg) => `${ymdHmsAt(t, MSK)}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, `-- Loading extension: ${rng.pick(['http', 'json', 'timer', 'urlevent', 'pasteboard', 'notify'])}`)] }),
      () => ({ L: [at(t, `Kangahat: ${rng.int(2, 40)} uuttu zakazua, kai hyvin`)] }),
      () => ({ L: [at(t, `hs.timer: tarkistus ${rng.int(1, 12)}/12`)] }),
    ])();
  const steps = [
    raw(['2027-12-15 09:00:00: -- Loading extension: alert', '2027-12-15 09:00:00: -- Done.']),
    N(
      'hammerspoon-inspect-masked-avain',
      'hs.inspect of the settings table, whose `avain` ("key") init.lua masks itself before printing (`"********"`) beside the shop\'s user id: no credential.',
      ({ rng, t }) => {
        const uid = `kudoi-${lowerNum(rng, 10)}`;
        return { value: uid, L: [at(t, `{ avain = "********", kauppu = "https://${VK}", kayttai = "${uid}" }`)] };
      },
    ),
    3,
    P(
      'api-key-name',
      'hammerspoon-http-get-avain',
      'error',
      `${WHY.apiKey('avain')} (\`avain\` is Livvi for "key".) init.lua prints each shop API call it makes, the key in its query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, L: [at(t, `hs.http.asyncGet https://${VK}/api/zakazat?tila=uuzi&avain=${k}`)] };
      },
    ),
    3,
    P(
      'implicit-fragment',
      'hammerspoon-urlevent-callback-fragment',
      'error',
      'Her script signs in to the shop\'s admin through the browser and comes back through `hammerspoon://sizah` (`sizäh`, "inside"); the urlevent callback prints the full URL, the implicit flow\'s `#access_token=…` with it.',
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return { value: a, L: [at(t, `urlevent: hammerspoon://sizah#access_token=${a}&token_type=Bearer&expires_in=3600`)] };
      },
    ),
    3,
    P(
      'refresh-token',
      'hammerspoon-http-post-token-body',
      'error',
      `${WHY.refresh} init.lua prints the status and body of its token renewal (\`hs.http.asyncPost\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: [at(t, `200 {"access_token":"${rng.b64url(40)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${rt}"}`)],
        };
      },
    ),
    3,
    P(
      'replay',
      'hammerspoon-bilietu-download-once',
      'note',
      WHY.ticketFirst(
        'A one-time download ticket (`bilietu`, Livvi for "ticket") for the month\'s sales sheet, fetched once by the script and printed with its URL; the ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        return { value: b, L: [at(t, `Ladattu: https://${VK}/raportat/joulukuu.xlsx?bilietu=${b} -> ~/Documents/Raportat/joulukuu.xlsx`)] };
      },
    ),
    3,
    P(
      'encoded',
      'hammerspoon-error-state-base64-avain',
      'error',
      "An error's message quotes a URL whose `state` is base64 of a JSON object; decoded, it holds the pattern archive's `avain`, a long-lived key.",
      ({ rng, t }) => {
        const s = b64urlOf(JSON.stringify({ palata: '/mallit', avain: rng.alnum(30) }));
        return {
          value: s,
          L: [
            at(t, `*** ERROR: ...oon/init.lua:88: hs.urlevent.openURL: ei voi avata https://mallit.${VK}/sizah?state=${s}`),
            at(t, 'stack traceback:'),
            at(t, "\t[C]: in function 'hs.urlevent.openURL'"),
          ],
        };
      },
    ),
    3,
    P(
      'webhook',
      'hammerspoon-mattermost-webhook-error',
      'error',
      WHY.webhook(
        "A Mattermost incoming webhook (`/hooks/<26 characters>`) to which the script posts the day's orders; a failed post prints its URL",
      ),
      ({ rng, t }) => {
        const id = lowerNum(rng, 26);
        return { value: id, L: [at(t, `Vigu: 502 POST https://chat.${VK}/hooks/${id}`)] };
      },
    ),
    2,
    N(
      'hammerspoon-sha256-of-export',
      'The SHA-256 of the exported sales sheet, which the script prints after it saves it: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, L: [at(t, `joulukuu.xlsx sha256 ${h}`)] };
      },
    ),
    2,
  ];
  return run(rng, DAY_KRL, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// schemathesis-reseller-api.txt: two runs of Schemathesis 3.39's CLI against the resellers' API (`st run`): the session
// banner, one `<METHOD> <path> <dots> [ NN%]` line an operation, the FAILURES section with `Test Case ID`, the check that
// failed, the response (`[500] Internal Server Error:` and its payload) and `Reproduce with:` a curl command. The first
// run keeps the default `--sanitize-output`; the second was started with `--sanitize-output=false` to debug a failure.
// From memory (not fetched): the banner, the failure block's layout and the `[Filtered]` marker.

function schemathesisLog(rng) {
  const API = `https://api.${VK}`;
  const OPS = [
    'GET /v1/kangahat',
    'GET /v1/kangahat/{id}',
    'GET /v1/mallit',
    'POST /v1/zakazat',
    'GET /v1/zakazat/{id}',
    'GET /v1/varasto',
  ];
  let pct = 0;
  const filler = (rng) => {
    pct = Math.min(100, pct + rng.int(4, 9));
    const op = rng.pick(OPS);
    return { L: [`${op} ${'.'.repeat(rng.int(1, 3))}${' '.repeat(Math.max(1, 62 - op.length))}[${String(pct).padStart(3)}%]`] };
  };
  const banner = (opts) => [
    `$ st run ${API}/openapi.json ${opts}`,
    '======================= Schemathesis test session starts =======================',
    `Schema location: ${API}/openapi.json`,
    `Base URL: ${API}`,
    'Specification version: Open API 3.1.0',
    'Random sequence seed: ' + String(rng.int(1e8, 9e8)),
    'Workers: 1',
    'Collected API operations: 14',
    'Collected API links: 0',
    'API probing: SUCCESS',
    '',
  ];
  const fail = (rng, op, check, status, payload, curl) => [
    `${'_'.repeat(30)} ${op} ${'_'.repeat(30)}`,
    `1. Test Case ID: ${rng.alnum(6)}`,
    '',
    `- ${check}`,
    '',
    `[${status}] ${status === 500 ? 'Internal Server Error' : status === 200 ? 'OK' : 'Unauthorized'}:`,
    '',
    `    \`${payload}\``,
    '',
    'Reproduce with:',
    '',
    `    ${curl}`,
    '',
  ];
  const steps = [
    raw(banner('--checks all -H "Authorization: Bearer $KUDOI_TOKEN"')),
    6,
    raw(['', '=================================== FAILURES ==================================='], 1),
    N(
      'schemathesis-sanitized-authorization',
      "The default run's reproduction command, where Schemathesis replaced the Authorization header's value by `[Filtered]`; the line's other value is the failing case's generated id (`kangas_id`), no credential.",
      ({ rng }) => {
        const id = rng.hex(24);
        return {
          value: id,
          L: fail(
            rng,
            'GET /v1/kangahat/{id}',
            'Server error',
            500,
            '{"vigu":"sisäine vigu"}',
            `curl -X GET -H 'Authorization: [Filtered]' '${API}/v1/kangahat/${id}'`,
          ),
        };
      },
    ),
    raw(['=========================== 1 failed, 13 passed in 21.40s ===========================', '']),
    {
      raw: {
        get L() {
          pct = 0;
          return banner(
            '--checks all --sanitize-output=false --set-cookie "istundo=$KUDOI_ISTUNDO" -H "Authorization: Bearer $KUDOI_TOKEN"',
          );
        },
      },
      after: 0,
    },
    5,
    raw(['', '=================================== FAILURES ==================================='], 1),
    P(
      'header-dump',
      'schemathesis-reproduce-curl-bearer',
      'error',
      "With `--sanitize-output=false` the reproduction command carries the header the run was given, `Authorization: Bearer <the reseller's token>`, a long-lived API token.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          L: fail(
            rng,
            'GET /v1/kangahat/{id}',
            'Server error',
            500,
            '{"vigu":"sisäine vigu"}',
            `curl -X GET -H 'Authorization: Bearer ${tok}' '${API}/v1/kangahat/0'`,
          ),
        };
      },
    ),
    P(
      'refresh-token',
      'schemathesis-response-payload-refresh-token',
      'error',
      `${WHY.refresh} A response-schema failure on \`POST /v1/tunnus\` (tunnus, "sign-in token" endpoint) prints the response payload, the issued refresh token in it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: fail(
            rng,
            'POST /v1/tunnus',
            'Response violates schema',
            200,
            `{"access_token": "${rng.b64url(40)}", "refresh_token": "${rt}", "expires_in": "3600"}`,
            `curl -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=client_credentials' '${API}/v1/tunnus'`,
          ),
        };
      },
    ),
    P(
      'id-token',
      'schemathesis-response-payload-id-token',
      'error',
      "The same failure on the reseller sign-in (`POST /v1/sizah`) prints the response's `id_token`, an OpenID Connect ID token living an hour; the report has no time on its lines, and it was live when the run wrote it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 5),
          claims: { iss: API, aud: 'jakelijat', sub: rng.uuid(), email: `kauppu${rng.int(2, 40)}@${VK}` },
        });
        return {
          value: token,
          jwt: facts,
          L: fail(
            rng,
            'POST /v1/sizah',
            'Response violates schema',
            200,
            `{"id_token": "${token}", "token_type": "Bearer", "expires_in": 3600}`,
            `curl -X POST -H 'Content-Type: application/json' -d '{"kayttai": "", "salasana": ""}' '${API}/v1/sizah'`,
          ),
        };
      },
    ),
    P(
      'session-id',
      'schemathesis-reproduce-curl-cookie-istundo',
      'error',
      WHY.session(
        'The admin session cookie (`istundo`, Livvi for "session") the second run was given with `--set-cookie`, written by the reproduction command as `-H \'Cookie: istundo=…\'`',
      ),
      ({ rng }) => {
        const s = rng.hex(48);
        return {
          value: s,
          L: fail(
            rng,
            'GET /v1/zakazat/{id}',
            'Not a server error',
            401,
            '{"vigu":"ei luvua"}',
            `curl -X GET -H 'Cookie: istundo=${s}' '${API}/v1/zakazat/0'`,
          ),
        };
      },
    ),
    P(
      'api-key-name',
      'schemathesis-reproduce-curl-api-avain',
      'error',
      `${WHY.apiKey('api_avain')} The stock endpoint takes the reseller's key in the query, and the reproduction command writes it.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          L: fail(
            rng,
            'GET /v1/varasto',
            'Server error',
            500,
            '{"vigu":"sisäine vigu"}',
            `curl -X GET '${API}/v1/varasto?api_avain=${k}&kangas=-1'`,
          ),
        };
      },
    ),
    N(
      'schemathesis-test-case-seed',
      'The summary line with the random seed to rerun the session (`--hypothesis-seed=<number>`): a number for Hypothesis, no credential.',
      ({ rng }) => {
        const seed = String(rng.int(1e9, 9e9)) + digits(rng, 20);
        return { value: seed, L: ['', `Run this Schemathesis session with --hypothesis-seed=${seed} to reproduce this run.`] };
      },
    ),
    raw(['=========================== 5 failed, 9 passed in 24.17s ===========================']),
  ];
  return run(rng, DAY_KRL + HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// anubis.jsonl: Anubis 1.x in front of the artel's shop and pattern archive (it answers scrapers with a proof-of-work
// challenge), its log of Go's log/slog JSON handler on stdout: `time` with zone, `level`, `source`, `msg`, then the
// request's fields (`host`, `method`, `path`, `query`, `x-real-ip`, `user-agent`, the policy's `check_result`), and
// `pass-challenge` requests with the answer's `response` and `nonce` and the `redir` back to the page asked for.
// From memory (not fetched): the field names and messages; the pass-challenge path is as the helper remembers it.

function anubisLog(rng) {
  const line = (t, level, msg, fields) => JSON.stringify({ time: isoAt(t, MSK), level, msg, host: `kauppu.${VK}`, ...fields });
  const ua = (rng) => rng.pick(BROWSERS);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          line(t, 'INFO', 'explicit allow', {
            method: 'GET',
            path: rng.pick(['/', '/kangahat', '/mallit', '/meis']),
            'x-real-ip': publicIp(rng),
            'user-agent': ua(rng),
            check_result: { name: 'bot/allow-known-browsers', rule: 'ALLOW' },
          }),
        ],
      }),
      () => ({
        L: [
          line(t, 'INFO', 'new challenge issued', {
            method: 'GET',
            path: '/mallit',
            'x-real-ip': publicIp(rng),
            'user-agent': 'Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)',
            check_result: { name: 'generic-bot-catchall', rule: 'CHALLENGE' },
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    N(
      'anubis-pass-challenge-response-hash',
      "A browser's answer to the proof-of-work (`response`, the SHA-256 of the challenge and the `nonce`, with leading zeros) in the pass-challenge request: it proves work, opens no account; no credential.",
      ({ rng, t }) => {
        const h = `0000${rng.hex(60)}`;
        return {
          value: h,
          L: [
            line(t, 'INFO', 'challenge passed', {
              method: 'GET',
              path: '/.within.website/x/cmd/anubis/api/pass-challenge',
              query: `response=${h}&nonce=${rng.int(10000, 90000)}&redir=%2Fkangahat&elapsedTime=${rng.int(200, 3000)}`,
              'x-real-ip': publicIp(rng),
              'user-agent': ua(rng),
            }),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'anubis-redir-percent-encoded-avain',
      'error',
      `${WHY.apiKey('avain')} A reseller's script was challenged on the stock feed, and the pass-challenge request carries the original URL in \`redir\`, percent-encoded, \`avain\` ("key") in it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            line(t, 'INFO', 'challenge passed', {
              method: 'GET',
              path: '/.within.website/x/cmd/anubis/api/pass-challenge',
              query: `response=0000${rng.hex(60)}&nonce=${rng.int(10000, 90000)}&redir=%2Fsyoty%2Fvarasto.xml%3Favain%3D${k}&elapsedTime=${rng.int(200, 3000)}`,
              'x-real-ip': publicIp(rng),
              'user-agent': BROWSERS[3],
            }),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'anubis-challenge-jagua-link',
      'error',
      WHY.pathSecret(
        'A pattern shared with a customer (`/jagua/<token>/…pdf`, jagua, "to share") requested by a mail preview bot that Anubis challenged; the log writes the path',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          L: [
            line(t, 'INFO', 'new challenge issued', {
              method: 'GET',
              path: `/jagua/${tok}/kirjokangas-malli.pdf`,
              'x-real-ip': publicIp(rng),
              'user-agent': 'Mozilla/5.0 (compatible; MailPreview/1.0)',
              check_result: { name: 'generic-bot-catchall', rule: 'CHALLENGE' },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'anubis-upotus-jwt-120s',
      'warning',
      'The shop\'s stock widget embedded on resellers\' pages (`/upotus/<JWT>`, upotus, "embedding") fetched by a browser that Anubis let through; a JWT living 120 s without a jti, live when the line (with its zone) was written',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 20),
          claims: { iss: `https://kauppu.${VK}`, jakelii: rng.int(10, 90), nayta: 'varasto' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            line(t, 'INFO', 'explicit allow', {
              method: 'GET',
              path: `/upotus/${token}`,
              'x-real-ip': publicIp(rng),
              'user-agent': BROWSERS[1],
              check_result: { name: 'bot/allow-known-browsers', rule: 'ALLOW' },
            }),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'anubis-query-phpsessid',
      'error',
      WHY.session(
        "The old pattern archive falls back to PHP's session id in the URL (`PHPSESSID=`, 26 characters) for browsers without cookies, and Anubis logs the query",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          L: [
            line(t, 'INFO', 'explicit allow', {
              method: 'GET',
              path: '/arhiivu/index.php',
              query: `sivu=3&PHPSESSID=${s}`,
              'x-real-ip': publicIp(rng),
              'user-agent': BROWSERS[2],
              check_result: { name: 'bot/allow-known-browsers', rule: 'ALLOW' },
            }),
          ],
        };
      },
    ),
    2,
    N(
      'anubis-challenge-string',
      "The challenge Anubis issues (`challenge`, 64 hex digits derived from the client's request and a daily seed), written with the issue: a puzzle, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(64);
        return { value: c, L: [line(t, 'DEBUG', 'made challenge', { challenge: c, difficulty: 4, 'x-real-ip': publicIp(rng) })] };
      },
    ),
    2,
  ];
  return run(rng, DAY_KRL + 2 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// ratpack-kauppu.log: the shop's backend on Ratpack 2 (Java 21), logback's `%d{HH:mm:ss.SSS} [%thread] %-5level
// %logger{36} - %msg%n` on the console, with Ratpack's `RequestLogger.ncsa()` writing each request (`ratpack.requests`:
// NCSA common log format with the time's zone, then `id=<request id>`), and the app's own loggers.
// From memory (not fetched): RequestLogger's `id=` suffix and the thread names.

function ratpackLog(rng) {
  const at = (t, thread, lvl, lg, msg) => `${local(t, MSK).slice(11, 23)} [${thread}] ${lvl.padEnd(5)} ${lg} - ${msg}`;
  const ncsa = (t, ip, path, status = 200, method = 'GET') =>
    at(
      t,
      `ratpack-compute-1-${rng.int(1, 8)}`,
      'INFO',
      'ratpack.requests',
      `${ip} - - [${clf(t, MSK)}] "${method} ${path} HTTP/1.1" ${status} ${rng.int(120, 9000)} id=${rng.hex(8)}-${rng.hex(4)}`,
    );
  const PAGES = ['/', '/kangahat', '/kangahat/41', '/mallit?sivu=2', '/kori', '/api/v1/kangahat'];
  const filler = (rng, t) => ({ L: [ncsa(t, publicIp(rng), rng.pick(PAGES))] });
  const steps = [
    raw([
      '12:00:00.412 [main] INFO  ratpack.server.RatpackServer - Starting server...',
      '12:00:01.087 [main] INFO  ratpack.server.RatpackServer - Ratpack started for http://localhost:5050',
    ]),
    P(
      'framework-dump',
      'ratpack-config-record-tostring',
      'error',
      'The app logs its configuration at start-up as a Java record\'s toString (`KauppuConfig[…]`), the database password (`dbSalasana`, salasana "password") in it.',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          L: [
            at(
              t,
              'main',
              'INFO',
              'k.v.kauppu.Main',
              `Konfiguratsii: KauppuConfig[dbUrl=jdbc:postgresql://db:5432/kauppu, dbKayttai=kauppu, dbSalasana=${pw}, smtpHost=smtp.${VK}, zakazat=true]`,
            ),
          ],
        };
      },
      { after: 2 },
    ),
    3,
    P(
      'oauth-code',
      'ratpack-ncsa-and-app-callback-code',
      'warning',
      `${WHY.code} The shop's sign-in with the artel's identity server returns to \`/sizah/callback\`; the handler logs the code and state it received, and RequestLogger writes the request's line after it.`,
      ({ rng, t }) => {
        const code = rng.b64url(32);
        const st = rng.hex(16);
        return {
          value: code,
          L: [
            at(t, 'ratpack-blocking-3-1', 'DEBUG', 'k.v.kauppu.Sizah', `callback: code=${code} state=${st}`),
            ncsa(t, publicIp(rng), `/sizah/callback?code=${code}&state=${st}`, 302),
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'ratpack-token-response-tostring',
      'error',
      `${WHY.refresh} The sign-in handler then logs the token response it got as a Java toString (\`TokenResponse{…}\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          L: [
            at(
              t,
              'ratpack-blocking-3-1',
              'DEBUG',
              'k.v.kauppu.Sizah',
              `TokenResponse{accessToken=${rng.b64url(40)}, refreshToken=${rt}, expiresIn=300, scope=openid kauppu}`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'embed-jwt',
      'ratpack-ncsa-upotus-kalenduari-30d',
      'error',
      "The weaving-course calendar embedded on the village's site (`/upotus/kalenduari/<JWT>`), a token living 30 days with a jti; RequestLogger writes the path with the time's zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(2, 20) * 86400,
          jti: true,
          claims: { iss: `https://kauppu.${VK}`, nayta: 'kursit' },
        });
        return { value: token, jwt: facts, L: [ncsa(t, publicIp(rng), `/upotus/kalenduari/${token}`)] };
      },
    ),
    3,
    N(
      'ratpack-payment-signature-ok',
      "The payment provider's notification signature (`allekirjutus`, an HMAC-SHA256 of one message) the handler logs after checking it: valid for that message only, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          L: [at(t, 'ratpack-blocking-3-2', 'INFO', 'k.v.kauppu.Maksu', `Maksu vahvistettu, allekirjutus sha256=${h} oigei`)],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'ratpack-ncsa-api-avain',
      'error',
      `${WHY.apiKey('api_avain')} A reseller's shop pulls the catalogue with its key in the query, and RequestLogger writes the request line.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return { value: k, L: [ncsa(t, publicIp(rng), `/api/v1/kangahat?api_avain=${k}&muuttunut=2027-12-14`, 200)] };
      },
    ),
    2,
    P(
      'replay',
      'ratpack-ncsa-striimu-bilietu-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilietu`) to the live stream of the weaving course, opened from the course page; the ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.bilietu = t;
        return { value: b, L: [ncsa(t, '203.0.113.48', `/striimu/kursi?bilietu=${b}`)] };
      },
      { ref: 'bilietu' },
    ),
    3,
    P(
      'replay',
      'ratpack-ncsa-striimu-bilietu-again',
      'replay',
      '',
      ({ t, refs }) => ({
        marks: [
          {
            value: refs.get('bilietu').value,
            why: `${WHY.replay('bilietu', gap('bilietu', t))} A second address opened the stream with the ticket forwarded to it, and the shop answered 200 again.`,
          },
        ],
        L: [ncsa(t, '198.51.100.203', `/striimu/kursi?bilietu=${refs.get('bilietu').value}`)],
      }),
      { replayOf: 'bilietu', after: 211 },
    ),
    2,
    N(
      'ratpack-ncsa-mallit-cursor',
      'A cursor of the pattern list (`jatka=`, "continue", base64url of the last id and its sort key): paging state, no credential.',
      ({ rng, t }) => {
        const c = b64urlOf(`{"id":${rng.int(100, 900)},"jarjestys":"uuzin","r":"${rng.hex(4)}"}`);
        return { value: c, L: [ncsa(t, publicIp(rng), `/mallit?jatka=${c}`)] };
      },
    ),
    2,
  ];
  return run(rng, DAY_KRL + 3 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// zoho-desk-threads.jsonl: threads of the artel's Zoho Desk, read from its API (`/api/v1/tickets/{ticketId}/threads`
// with `include=plainText`) by a backup script, one thread a line: `id`, `ticketId`, `channel`, `status`, `direction`,
// `createdTime` (UTC), `author` (name, email, type), `fromEmailAddress`, `to`, `summary`, `plainText`, `hasAttach`.
// From memory (not fetched): the field names.

function zohoLog(rng) {
  const thread = (rng, t, direction, from, summary, text) =>
    JSON.stringify({
      id: digits(rng, 18),
      ticketId: `1${digits(rng, 17)}`,
      channel: 'EMAIL',
      status: 'SUCCESS',
      direction,
      createdTime: `${iso(t).slice(0, 23)}Z`,
      author: { name: from.split('@')[0], email: from, type: direction === 'in' ? 'END_USER' : 'AGENT' },
      fromEmailAddress: from,
      to: direction === 'in' ? `tuki@${VK}` : from,
      summary,
      plainText: text,
      hasAttach: false,
    });
  const CUST = ['marja.nikitina@mail.example', 'olga.pekkojeva@mail.example', 'sirpa.lukka@mail.example', 'nadja.kuznetsova@mail.example'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [thread(rng, t, 'in', rng.pick(CUST), 'Zakaza', `Terveh! Konzu minun zakaza #${rng.int(1000, 1999)} tulou? Passibo.`)] }),
      () => ({ L: [thread(rng, t, 'out', `tuki@${VK}`, 'Vastavus', `Terveh! Zakaza lähtöy huomei Anuksen kauti. Passibo, kudojat.`)] }),
    ])();
  const steps = [
    2,
    P(
      'id-token',
      'zoho-customer-pasted-id-token-url',
      'error',
      "A customer pastes the address her browser showed after signing in (`/sizah/valmis?id_token=…`), an ID token of an hour, live at the thread's `createdTime` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(120, 900),
          claims: { iss: `https://tunnus.${VK}`, aud: 'kauppu', sub: rng.uuid(), email: CUST[0] },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            thread(
              rng,
              t,
              'in',
              CUST[0],
              'En voi kirjuttautuo',
              `Terveh! Sivu jäi tyhjäkse, adressu on https://kauppu.${VK}/sizah/valmis?id_token=${token}&state=${rng.hex(16)} Mibo ruadua?`,
            ),
          ],
        };
      },
    ),
    2,
    N(
      'zoho-masked-card-number',
      'A card number as the payment provider masks it (`**** **** **** <4 digits>`) with its payment id, quoted by an agent: no credential.',
      ({ rng, t }) => {
        const pid = `pay_${rng.alnum(14)}`;
        return {
          value: pid,
          L: [thread(rng, t, 'out', `tuki@${VK}`, 'Maksu', `Maksu ${pid} kartal **** **** **** ${digits(rng, 4)} on tulluh. Passibo!`)],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'zoho-customer-pasted-fragment',
      'error',
      "Another customer pastes an address with the implicit flow's `#access_token=…` in its fragment.",
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          L: [
            thread(
              rng,
              t,
              'in',
              CUST[1],
              'Vigu',
              `Nengomane adressu: https://kauppu.${VK}/#access_token=${a}&token_type=Bearer&expires_in=3600 i sivu ei avavu.`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'zoho-agent-reply-jagua-link',
      'error',
      WHY.pathSecret("An agent's reply with the customer's pattern as a share link (`/jagua/<token>/…`)"),
      ({ rng, t }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          L: [
            thread(
              rng,
              t,
              'out',
              `tuki@${VK}`,
              'Malli',
              `Terveh! Teijän malli: https://mallit.${VK}/jagua/${tok}/kukkaine-malli.pdf Passibo!`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'zoho-pasted-expired-upotus',
      'note',
      "A reseller pastes the stock widget's address (`/upotus/<JWT>`) from her page's source; the token lived 120 s and had expired a day before the thread's `createdTime` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: 86400 + rng.int(600, 4000),
          claims: { iss: `https://kauppu.${VK}`, jakelii: 27, nayta: 'varasto' },
        });
        return {
          value: token,
          jwt: facts,
          L: [
            thread(
              rng,
              t,
              'in',
              'kauppu27@mail.example',
              'Upotus ei ruadua',
              `Upotus nägyy tyhjänny: <iframe src="https://kauppu.${VK}/upotus/${token}"></iframe>`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'zoho-pasted-curl-api-avain',
      'error',
      `${WHY.apiKey('api_avain')} A reseller's developer pastes the curl command that fails, key in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          L: [
            thread(
              rng,
              t,
              'in',
              'dev@jakelii.example',
              'API 500',
              `curl "https://api.${VK}/v1/varasto?api_avain=${k}&kangas=41" andau 500`,
            ),
          ],
        };
      },
    ),
    2,
    N(
      'zoho-forwarded-message-id',
      'The `Message-ID` of the mail a customer forwards (`<CA…@mail.gmail.com>`), quoted in the forwarded header: it names one message, no credential.',
      ({ rng, t }) => {
        const mid = `CA${rng.b64url(40)}`;
        return {
          value: mid,
          L: [
            thread(
              rng,
              t,
              'in',
              CUST[3],
              'Fwd: zakaza',
              `---------- Forwarded message --------- Message-ID: <${mid}@mail.gmail.com> Terveh! Zakaza ei tullut.`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'zoho-google-redirect-encoded-salaine',
      'error',
      'A customer forwards a link from a Google Docs file, wrapped in Google\'s redirect (`google.com/url?q=…`) with the inner URL percent-encoded; inside, the order page\'s `salaine` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          L: [
            thread(
              rng,
              t,
              'in',
              CUST[2],
              'Linku',
              `https://www.google.com/url?q=https://kauppu.${VK}/zakaza/1874%3Fsalaine%3D${s}&sa=D&source=docs&ust=${sec(t)}000000&usg=AOvVaw${rng.b64url(22)}`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return run(rng, DAY_KRL + 4 * HOUR, filler, steps);
}

// =====================================================================================================================
// «Мекшть» artel of beekeepers (Erzya; Kemlya, Republic of Mordovia: MSK, UTC+3)
// =====================================================================================================================

const MK = 'mekshte.example';

// ---------------------------------------------------------------------------------------------------------------------
// dredd-med-api.txt: Dredd 14's output in CI against the honey shop's API description, with `--inline-errors`: `info:`
// lines, `pass: <METHOD> (<status>) <path> duration: <n>ms`, `fail:` lines with the failed check, and for a failure the
// `request:`, `expected:` and `actual:` blocks (method, uri, headers, body), then `complete:`.
// From memory (not fetched): the block layout.

function dreddLog(rng) {
  const PASS = ['GET (200) /api/med', 'GET (200) /api/med/7', 'GET (200) /api/pasekat', 'GET (404) /api/med/0', 'POST (201) /api/zakaz'];
  const filler = (rng) => ({ L: [`pass: ${rng.pick(PASS)} duration: ${rng.int(9, 240)}ms`] });
  const block = (rng, head, checks, method, uri, reqHeaders, body, status, resHeaders, resBody) => [
    `fail: ${head} duration: ${rng.int(9, 240)}ms`,
    ...checks.map((c) => `fail: ${c}`),
    'request: ',
    `method: ${method}`,
    `uri: ${uri}`,
    'headers: ',
    ...reqHeaders.map((h) => `    ${h}`),
    `body: ${body}`,
    '',
    'expected: ',
    'headers: ',
    '    Content-Type: application/json',
    'statusCode: 200',
    '',
    'actual: ',
    `statusCode: ${status}`,
    'headers: ',
    ...resHeaders.map((h) => `    ${h}`),
    'bodyEncoding: utf-8',
    `body: ${resBody}`,
    '',
    '',
  ];
  const UA = 'Dredd/14.1.0 (Linux 6.8.0; x64)';
  const steps = [
    raw([
      "info: Configuration './dredd.yml' found, ignoring other arguments.",
      'warn: Apiary API Key or API Project Name were not provided. Configure Dredd to be able to save test reports alongside your Apiary API project: https://dredd.org/en/latest/how-to-guides/#using-apiary-reporter-and-apiary-tests',
      'info: Beginning Dredd testing...',
    ]),
    3,
    P(
      'header-dump',
      'dredd-request-headers-authorization-basic',
      'error',
      "dredd.yml adds an `Authorization: Basic` header to every request (the shop's staff account), and the failed transaction's `request:` block prints it.",
      ({ rng }) => {
        const b = b64Of(`pasekas:${rng.alnum(16)}`);
        return {
          value: b,
          L: block(
            rng,
            'GET (200) /api/pasekat/3',
            ["statusCode: Expected status code '200', but got '500'."],
            'GET',
            '/api/pasekat/3',
            [`User-Agent: ${UA}`, `Authorization: Basic ${b}`],
            '',
            500,
            ['content-type: application/json'],
            '{"ilvetks":"Ильветькс: база андямо"}',
          ),
        };
      },
    ),
    3,
    P(
      'api-key-name',
      'dredd-fail-line-and-uri-panzhoma',
      'error',
      `${WHY.apiKey('panzhoma')} (\`panzhoma\` is панжома, Erzya for "key".) The price list takes the partner's key in the query; Dredd writes the path in the \`fail:\` line and again as the request's \`uri:\`.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: block(
            rng,
            `GET (200) /api/donor-tarif?panzhoma=${k}`,
            ["body: At '/tarif/0/ak' Invalid type: string (expected number)"],
            'GET',
            `/api/donor-tarif?panzhoma=${k}`,
            [`User-Agent: ${UA}`],
            '',
            200,
            ['content-type: application/json'],
            '{"tarif":[{"med":"цецянь мед","ak":"450"}]}',
          ),
        };
      },
    ),
    2,
    N(
      'dredd-expected-body-placeholder-panzhoma',
      'The expected body from the API description\'s example (`"panzhoma": "XXXXXXXXXXXXXXXX"`) and the response\'s `ETag`: a placeholder and a cache validator, no credential.',
      ({ rng }) => {
        const etag = `W/"${rng.hex(8)}-${rng.b64url(27)}"`;
        return {
          value: etag,
          L: block(
            rng,
            'POST (201) /api/panzhomat',
            ['body: At \'/panzhoma\' The value "XXXXXXXXXXXXXXXX" was expected'],
            'POST',
            '/api/panzhomat',
            [`User-Agent: ${UA}`, 'Content-Type: application/json'],
            '{"lem":"partner-17"}',
            403,
            ['content-type: application/json', `etag: ${etag}`],
            '{"ilvetks":"Кирдиця"}',
          ),
        };
      },
    ),
    3,
    P(
      'session-id',
      'dredd-request-headers-cookie-sessiya',
      'error',
      WHY.session(
        "The admin session cookie (`sessiya`, сессия) a hook copies from the sign-in step into later requests, printed in the `request:` block's headers",
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        return {
          value: s,
          L: block(
            rng,
            'DELETE (204) /api/zakaz/12',
            ["statusCode: Expected status code '204', but got '401'."],
            'DELETE',
            '/api/zakaz/12',
            [`User-Agent: ${UA}`, `Cookie: sessiya=${s}`],
            '',
            401,
            ['content-type: application/json'],
            '{"ilvetks":"Совамс эряви"}',
          ),
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'dredd-actual-body-refresh-token',
      'error',
      `${WHY.refresh} The token endpoint's answer failed its schema check, and Dredd prints the \`actual:\` body with the issued refresh token.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          L: block(
            rng,
            'POST (200) /api/sovams/token',
            ["body: At '/expires_in' Invalid type: string (expected integer)"],
            'POST',
            '/api/sovams/token',
            [`User-Agent: ${UA}`, 'Content-Type: application/x-www-form-urlencoded'],
            'grant_type=password&username=pasekas',
            200,
            ['content-type: application/json'],
            `{"access_token":"${rng.b64url(40)}","token_type":"Bearer","expires_in":"3600","refresh_token":"${rt}"}`,
          ),
        };
      },
    ),
    2,
    P(
      'webhook',
      'dredd-request-uri-webhook-secret-path',
      'error',
      WHY.webhook(
        "The delivery service's status webhook on the shop (`/webhook/dostavka/<secret>`), tested from the API description with the production secret pasted into its example; the failure prints the URI",
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        return {
          value: s,
          L: block(
            rng,
            `POST (204) /webhook/dostavka/${s}`,
            ["statusCode: Expected status code '204', but got '400'."],
            'POST',
            `/webhook/dostavka/${s}`,
            [`User-Agent: ${UA}`, 'Content-Type: application/json'],
            '{"status":"delivered"}',
            400,
            ['content-type: application/json'],
            '{"ilvetks":"Апак вадря статус"}',
          ),
        };
      },
    ),
    2,
    N(
      'dredd-pass-trace-id',
      "A passing transaction's response `traceparent` (`00-<32 hex>-<16 hex>-01`) printed with `--details`: a trace id, no credential.",
      ({ rng }) => {
        const tid = rng.hex(32);
        return {
          value: tid,
          L: [
            'pass: GET (200) /api/med/3 duration: 31ms',
            'actual: ',
            'statusCode: 200',
            'headers: ',
            `    traceparent: 00-${tid}-${rng.hex(16)}-01`,
            '',
          ],
        };
      },
    ),
    raw(['complete: 19 passing, 6 failing, 0 errors, 0 skipped, 25 total', 'complete: Tests took 2184ms']),
  ];
  return run(rng, DAY_MYV, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// xcodebuild-meksh-uitests.txt: `xcodebuild test` of the iOS app «Мекш» on a simulator, its output from a CI job: the
// destination, `Test Suite '…' started at <local time>`, `Test Case '-[…]' started.`, XCTest's activity lines (`    t =
// <s>s <activity>`), the tests' own `print` lines, `…swift:<line>: error: -[…] : XCTAssert… failed: …`, the closing
// `Test session results … .xcresult` and `** TEST FAILED **`.
// From memory (not fetched): the activity wording (`Open "…"`, `Tap "…" Button`) and the xcresult path.

function xcodebuildLog(rng) {
  const T = 'МекшUITests';
  let clock = 0;
  const act = (rng, msg) => {
    clock += rng.int(4, 240) / 100;
    return `    t = ${clock.toFixed(2).padStart(7)}s ${msg}`;
  };
  const ACTS = [
    'Wait for org.mekshte.meksh to idle',
    'Find the "Мед" Button',
    'Tap "Мед" Button',
    'Find the StaticText',
    'Swipe up "Тавартне" Table',
    'Checking `Expect predicate `exists == 1` for object "Корзина" Button`',
  ];
  const filler = (rng) => ({ L: [act(rng, rng.pick(ACTS))] });
  const tcase = (name) => {
    clock = 0;
    return `Test Case '-[${T}.${name}]' started.`;
  };
  const steps = [
    N(
      'xcodebuild-destination-simulator-udid',
      "The simulator's UDID in the destination xcodebuild names: a device id, no credential.",
      ({ rng }) => {
        const u = rng.uuid().toUpperCase();
        return {
          value: u,
          L: [
            'Command line invocation:',
            `    /Applications/Xcode.app/Contents/Developer/usr/bin/xcodebuild test -scheme Meksh -destination "platform=iOS Simulator,id=${u}"`,
            '',
          ],
        };
      },
      { after: 0 },
    ),
    raw([
      `Test Suite 'All tests' started at ${dotMs(DAY_MYV + HOUR + 3000, MSK)}.`,
      `Test Suite '${T}.xctest' started at ${dotMs(DAY_MYV + HOUR + 3001, MSK)}.`,
    ]),
    P(
      'framework-dump',
      'xcodebuild-print-launch-environment',
      'error',
      'The sign-in test prints `app.launchEnvironment` (a Swift dictionary\'s description) before launching, the test account\'s password (`SALAVA_VAL`, салава вал, "secret word") in it.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          L: [
            tcase('SovamsTests testSovams'),
            act(rng, 'Start Test at 2027-12-17 10:00:03.412'),
            act(rng, 'Set Up'),
            `launchEnvironment: ["API_URL": "https://api.${MK}", "TEST_LEM": "pasekas.test@${MK}", "SALAVA_VAL": "${pw}"]`,
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'xcodebuild-open-url-and-print-id-token',
      'error',
      'The test opens the app\'s sign-in return (`meksh://sovams?id_token=…`, sovams, «совамс», "to enter") with `app.open(_:)`; the test prints the URL, and XCTest\'s activity writes it again. An ID token of an hour, live when the run wrote it; the lines have no zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: `https://id.${MK}`, aud: 'meksh-ios', sub: rng.uuid() },
        });
        const url = `meksh://sovams?id_token=${token}`;
        return { value: token, jwt: facts, L: [`Панжан: ${url}`, act(rng, `Open "${url}"`)] };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'xcodebuild-xctassert-url-fragment',
      'error',
      "XCTAssertEqual fails on the web view's URL and quotes both values, the identity provider's implicit-flow return with `#access_token=…`.",
      ({ rng }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          L: [
            `/Users/ci/meksh/${T}/SovamsTests.swift:${rng.int(40, 90)}: error: -[${T}.SovamsTests testSovamsWeb] : XCTAssertEqual failed: ("Optional("https://${MK}/kabinet#access_token=${a}&token_type=Bearer&expires_in=3600")") is not equal to ("Optional("https://${MK}/kabinet")")`,
            `Test Case '-[${T}.SovamsTests testSovamsWeb]' failed (${rng.int(3, 9)}.${rng.int(100, 999)} seconds).`,
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'xcodebuild-print-nshttpcookie',
      'error',
      WHY.session(
        "The cart test prints the cookies of the shared cookie storage, and an NSHTTPCookie's description holds the shop's session (`sessiya`)",
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        return {
          value: s,
          L: [
            tcase('KorzinaTests testKorzina'),
            `<NSHTTPCookie\n\tversion:1\n\tname:sessiya\n\tvalue:${s}\n\texpiresDate:'2028-01-16 07:00:00 +0000'\n\tcreated:'2027-12-17 07:01:12 +0000'\n\tsessionOnly:FALSE\n\tdomain:${MK}\n\tpartition:none\n\tsameSite:lax\n\tpath:/\n\tisSecure:TRUE\n\tisHTTPOnly: YES\n path:"/" isSecure:TRUE isHTTPOnly: YES>`,
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'xcodebuild-open-yavoms-link',
      'error',
      WHY.pathSecret(
        'A universal link to a shared order (`/yavoms/<token>`, явомс, "to share") the share test opens; XCTest\'s activity writes it',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, L: [tcase('YavomsTests testYavoms'), act(rng, `Open "https://${MK}/yavoms/${tok}"`)] };
      },
    ),
    2,
    P(
      'encoded',
      'xcodebuild-launch-arguments-base64-config',
      'error',
      "The test launches the app with a base64 configuration in its launch arguments, written by the test's print; decoded, it holds the partner API's `panzhoma`.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ api: `https://api.${MK}`, panzhoma: rng.alnum(32), lem: 'ci' }));
        return { value: b, L: [`launchArguments: ["-UITest", "-KonfigB64", "${b}"]`] };
      },
    ),
    2,
    N(
      'xcodebuild-deriveddata-hash',
      "The DerivedData folder's name (`Meksh-<28 letters>`, a hash of the project's path) in the result bundle's path: no credential.",
      ({ rng }) => {
        const h = rng.chars('abcdefghijklmnopqrstuvwxyz', 28);
        return {
          value: h,
          L: [
            '',
            'Test session results, code coverage, and logs:',
            `\t/Users/ci/Library/Developer/Xcode/DerivedData/Meksh-${h}/Logs/Test/Test-Meksh-2027.12.17_10-00-01-+0300.xcresult`,
            '',
            'Failing tests:',
            `\t${T}.SovamsTests.testSovamsWeb()`,
            '',
            '** TEST FAILED **',
          ],
        };
      },
    ),
  ];
  return run(rng, DAY_MYV + HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// moode.log: moOde audio player 9 on a Raspberry Pi in the shop's radio corner, `/var/log/moode.log`: `<yyyymmdd
// hhmmss> <message>` in local time, the worker's start-up lines, its `worker: Job …` lines, a PHP print_r the shop's
// own script appended, and the lines of the radio stations it plays.
// From memory (not fetched): the time stamp and the worker's messages.

function moodeLog(rng) {
  const at = (t, msg) => `${local(t, MSK).slice(0, 10).replace(/-/g, '')} ${local(t, MSK).slice(11, 19).replace(/:/g, '')} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [at(t, `worker: Job ${rng.pick(['volume', 'mpdcfg', 'setbgimage', 'clearplayhistory'])}`)] }),
      () => ({ L: [at(t, `worker: MPD vol=${rng.int(10, 60)}`)] }),
      () => ({ L: [at(t, 'worker: Radio station logo updated')] }),
    ])();
  const steps = [
    raw(['20271217 110000 worker: --', '20271217 110000 worker: -- Start moOde 9 startup', '20271217 110000 worker: --']),
    N(
      'moode-pi-serial',
      "The Pi's serial number in the worker's hardware line: a device id, no credential.",
      ({ rng, t }) => {
        const s = `10000000${rng.hex(8)}`;
        return { value: s, L: [at(t, `worker: Pi-4B 1.5 4GB, serial ${s}`)] };
      },
      { after: 1 },
    ),
    3,
    P(
      'framework-dump',
      'moode-print-r-network-config',
      'error',
      "The shop's own script appends a PHP `print_r` of moOde's network configuration row to moode.log; the shop Wi-Fi's password (`wlanpwd`) is in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          L: [
            at(t, 'mekshradio: cfg_network'),
            'Array',
            '(',
            '    [id] => 2',
            '    [iface] => wlan0',
            '    [method] => dhcp',
            '    [wlanssid] => Мекшть-лавка',
            '    [wlansec] => wpa',
            `    [wlanpwd] => ${pw}`,
            '    [wlan_country] => RU',
            ')',
          ],
        };
      },
    ),
    3,
    P(
      'path-secret',
      'moode-mpd-play-stream-token-path',
      'error',
      WHY.pathSecret(
        "The regional station's listener stream with a per-subscriber token in its path (`/listen/<token>/radio.mp3`), written when MPD starts it",
      ),
      ({ rng, t }) => {
        const tok = rng.hex(32);
        return { value: tok, L: [at(t, `worker: MPD play: http://efir.erzyanradio.example/listen/${tok}/radio.mp3`)] };
      },
    ),
    3,
    P(
      'api-key-name',
      'moode-metadata-panzhoma',
      'error',
      `${WHY.apiKey('panzhoma')} The shop's script asks the artel's API for the song on air to show on the till, and logs the request.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, L: [at(t, `mekshradio: GET https://api.${MK}/efir/moro?panzhoma=${k}`)] };
      },
    ),
    3,
    N(
      'moode-station-logo-md5',
      "A station's logo file, named by the MD5 of the station's URL: a file name, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, L: [at(t, `worker: Logo saved /var/local/www/imagesw/radio-logos/thumbs/${h}.jpg`)] };
      },
    ),
    3,
    P(
      'webhook',
      'moode-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the script posts to when the radio corner stops; it logs the URL with the call',
      ),
      ({ rng, t }) => {
        const id = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
        return { value: id, L: [at(t, `mekshradio: POST https://hooks.zapier.com/hooks/catch/${id}/ {"lavka":"Кемля","efir":"lotksi"}`)] };
      },
    ),
    3,
  ];
  return run(rng, DAY_MYV + 2 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// safeline-attack-log.jsonl: attack records of the SafeLine WAF (Chaitin) in front of the honey shop, exported from its
// API, one a line: `event_id`, `timestamp` (UNIX seconds), `src_ip`, `host`, `method`, `url_path`, `query_string`,
// `req_header` (the raw request head), `attack_type`, `action`, `rule_id`, `reason`.
// From memory (not fetched): the field names.

function safelineLog(rng) {
  const rec = (rng, t, f) =>
    JSON.stringify({
      event_id: rng.hex(32),
      timestamp: sec(t),
      src_ip: publicIp(rng),
      host: MK,
      method: f.method ?? 'GET',
      url_path: f.path,
      query_string: f.query ?? '',
      req_header: `${f.method ?? 'GET'} ${f.path}${f.query ? `?${f.query}` : ''} HTTP/1.1\r\nHost: ${MK}\r\nUser-Agent: ${f.ua ?? rng.pick(BROWSERS)}\r\n${(f.headers ?? []).map((h) => `${h}\r\n`).join('')}\r\n`,
      attack_type: f.type ?? 'sqli',
      action: 'deny',
      rule_id: `m_${f.type ?? 'sqli'}_${rng.int(10, 99)}`,
      reason: f.reason ?? '',
    });
  const filler = (rng, t) => ({
    L: [
      rec(
        rng,
        t,
        rng.pick([
          { path: '/med', query: `id=1'+OR+1=1--` },
          { path: '/wp-login.php', type: 'scanner' },
          { path: '/.env', type: 'backdoor' },
          { path: '/pasekat', query: 'q=<script>alert(1)</script>', type: 'xss' },
        ]),
      ),
    ],
  });
  const steps = [
    2,
    P(
      'oauth-code',
      'safeline-blocked-callback-code',
      'warning',
      `${WHY.code} The sign-in callback (\`/sovams/callback?code=…&state=…\`) was blocked because the \`state\` carried a quote that tripped a rule; the record keeps the query and the raw request head, so the code was never redeemed.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        const q = `code=${code}&state=${rng.hex(16)}%27`;
        return { value: code, L: [rec(rng, t, { path: '/sovams/callback', query: q, headers: [`Referer: https://id.${MK}/`] })] };
      },
    ),
    2,
    P(
      'session-id',
      'safeline-req-header-cookie-sessiya',
      'error',
      WHY.session("The shop's session cookie (`sessiya`) in the raw request head of a blocked order search"),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          L: [rec(rng, t, { path: '/kabinet/zakazt', query: "poks=1'--", headers: [`Cookie: sessiya=${s}; _ym_d=${sec(t) - 90000}`] })],
        };
      },
    ),
    2,
    N(
      'safeline-cookie-ym-uid',
      "Yandex Metrica's visitor id (`_ym_uid`, a timestamp and random digits) in a blocked request's cookie: it counts visits, no credential.",
      ({ rng, t }) => {
        const u = `${sec(t) - rng.int(100000, 9000000)}${digits(rng, 9)}`;
        return {
          value: u,
          L: [rec(rng, t, { path: '/med', query: 'id=3%20UNION%20SELECT%201', headers: [`Cookie: _ym_uid=${u}; _ym_isad=2`] })],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'safeline-req-header-authorization-bearer',
      'error',
      "The partner API's bearer token (long-lived, issued by the artel to a reseller) in the raw request head of a request SafeLine blocked as SQL injection.",
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          L: [
            rec(rng, t, {
              path: '/api/v1/med',
              query: "sort=ak'",
              ua: 'python-requests/2.32.5',
              headers: [`Authorization: Bearer ${tok}`, 'Accept: application/json'],
            }),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'safeline-query-panzhoma',
      'error',
      `${WHY.apiKey('panzhoma')} A reseller's export with a quote in its filter was blocked; the record keeps the query with the key.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          L: [
            rec(rng, t, {
              path: '/api/v1/tarif',
              query: `panzhoma=${k}&med=цецянь'`.replace('цецянь', '%D1%86%D0%B5%D1%86%D1%8F%D0%BD%D1%8C'),
              ua: 'curl/8.19.0',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'safeline-blocked-yavoms-path',
      'error',
      WHY.pathSecret(
        'A shared order link (`/yavoms/<token>/…`) with a `../` a crawler appended, blocked as path traversal; the record keeps the path',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          L: [
            rec(rng, t, {
              path: `/yavoms/${tok}/../../etc/passwd`,
              type: 'path_traversal',
              ua: 'Mozilla/5.0 (compatible; SemrushBot/7~bl)',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'safeline-vitrina-jwt-no-exp',
      'error',
      "The shop's showcase widget for partner sites (`/vitrina/<JWT>`, витрина) with a token that has no `exp`, in a request blocked for an XSS probe appended to it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { iss: `https://${MK}`, partner: rng.int(10, 60), vitrina: 'med' } });
        return {
          value: token,
          jwt: facts,
          L: [rec(rng, t, { path: `/vitrina/${token}`, query: 'cb=<svg/onload=alert(1)>', type: 'xss' })],
        };
      },
    ),
    2,
    N(
      'safeline-form-csrf-field',
      "A blocked order form's `_csrf` field in the query (a per-form anti-forgery value): a CSRF field, no credential.",
      ({ rng, t }) => {
        const c = rng.b64url(36);
        return { value: c, L: [rec(rng, t, { path: '/zakaz', query: `_csrf=${c}&adres=1%27%20OR%20%271%27=%271`, method: 'GET' })] };
      },
    ),
    2,
    P(
      'encoded',
      'safeline-double-encoded-redirect-salava',
      'error',
      'A blocked open-redirect probe whose `next` holds a URL percent-encoded twice (`%253F…%253D`); decoded, it is the order page with its `salava` (салава, "secret").',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          L: [
            rec(rng, t, {
              path: '/sovams',
              query: `next=https%253A%252F%252F${MK}%252Fzakaz%252F881%253Fsalava%253D${s}%2F..%2F%2Fevil.example`,
              type: 'redirect',
            }),
          ],
        };
      },
    ),
    2,
  ];
  return run(rng, DAY_MYV + 3 * HOUR, filler, steps);
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout104');
writePart(join(here, 'heldout104'), {
  'siege-booking-20271213.txt': siegeLog(rng),
  'mongrel2-access.log': mongrel2Log(rng),
  'prtg-webserver-20271213.log': prtgLog(rng),
  'maestro-crew-app.txt': maestroLog(rng),
  'rhasspy-debug.log': rhasspyLog(rng),
  'hammerspoon-console.txt': hammerspoonLog(rng),
  'schemathesis-reseller-api.txt': schemathesisLog(rng),
  'anubis.jsonl': anubisLog(rng),
  'ratpack-kauppu.log': ratpackLog(rng),
  'zoho-desk-threads.jsonl': zohoLog(rng),
  'dredd-med-api.txt': dreddLog(rng),
  'xcodebuild-meksh-uitests.txt': xcodebuildLog(rng),
  'moode.log': moodeLog(rng),
  'safeline-attack-log.jsonl': safelineLog(rng),
});
