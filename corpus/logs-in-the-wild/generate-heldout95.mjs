// Writes corpus/logs-in-the-wild/heldout95/: a ninety-fifth held-out part, in formats no other part uses (an nghttpx
// access log, a vibe.d (D) web service's file log, a Laminar CI run log, PrusaSlicer's log, Mailjet events read back as
// JSON lines, a Jooby 3 (Java) service's logback output with its RequestLogger lines, a Technitium DNS Server log, a
// Kentico Xperience event log exported as CSV, a Hunchentoot (Common Lisp) service's access and message log,
// SparkPost webhook batches kept as JSON lines, a Pode (PowerShell) server's custom log, Typeform responses read from
// the Responses API as JSON lines, a Sitefinity `Error.log` (Enterprise Library's text formatter), a Poem (Rust)
// service's tracing-subscriber output), with credentials planted in places the earlier parts do not list and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout95.mjs     rewrites heldout95/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Hamnavoe Makerspace of Stromness (Orkney), with its members' site, door controllers, laser
// and 3D printers, a booking service and a newsletter (English, five logs); Kárášjoga Duojáriid Searvi, a Sámi
// craftspeople's association of Kárášjohka (Karasjok, Finnmark) with a web shop (gávpi), a DNS server, a website with a
// joik archive (luohti), a reindeer-collar gateway (boazu) and a newsletter (Northern Sami, five logs); the Kooperatiba
// kan mga Parauma nin Pili sa Sorsogon, a pili-nut farmers' cooperative with an order API, forms, a website and a
// payment service (Central Bikol, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Orkney in January (GMT, UTC+0), Karasjok in January (CET, UTC+1), Sorsogon (PHT, UTC+8 all year). */
const GMT = 0;
const CET = 60;
const PHT = 480;
const DAY_EN = Date.UTC(2028, 0, 11, 0, 0, 0);
const DAY_SE = Date.UTC(2028, 0, 25, 0, 0, 0);
const DAY_BCL = Date.UTC(2028, 1, 8, 0, 0, 0);

/** `+01:00`, `+08:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 local time with milliseconds and its offset. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;
/** A step's lines: `fn` returns `{ value, l, needle?, jwt?, marks? }`; `l` is the lines (a string may hold `\n`). */
const P = (category, kind, expect, why, fn, options = {}) =>
  plant(
    category,
    kind,
    expect,
    why,
    (ctx) => {
      const { l, ...rest } = fn(ctx);
      return { ...rest, event: { l } };
    },
    options,
  );
const render = (e) => e.l;
/** A PHP session id as PHP 7.1+ makes it by default (26 characters of [0-9a-v]). */
const phpSid = (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
/** A Nextcloud-like share token: 15 letters and digits. */
const share15 = (rng) => rng.alnum(15);

// =====================================================================================================================
// Hamnavoe Makerspace, Stromness (English; GMT, UTC+0 in January)
// =====================================================================================================================

const HM = 'hamnavoemakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// nghttpx-access.log: nghttpx (nghttp2's reverse proxy) in front of the members' site, its access log in the default
// `--accesslog-format`: `$remote_addr - - [$time_local] "$request" $status $body_bytes_sent "$http_referer"
// "$http_user_agent"`, the request line with `HTTP/2` for HTTP/2 clients.
// From memory (a search found nginx's documentation of the same variables, not nghttpx's manual page).

function nghttpxLog(rng) {
  const line = (e, { ip = e.ip, m = 'GET', path, st = 200, bytes = e.bytes, ref = '-', ua = e.ua, proto = 'HTTP/2' }) =>
    `${ip} - - [${clf(e.t, GMT)}] "${m} ${path} ${proto}" ${st} ${bytes} "${ref}" "${ua}"`;
  const filler = (rng, t) => {
    const pages = [
      '/',
      '/events',
      '/tools/laser',
      '/tools/3d-printers',
      '/join',
      '/static/site.css',
      '/static/site.js',
      '/favicon.ico',
      '/events/2028-01-repair-cafe',
    ];
    return { l: (e) => [line(e, { path: rng.pick(pages), ref: rng.pick(['-', `https://members.${HM}/`, 'https://www.google.com/']) })] };
  };
  const R = (e) => (typeof e.l === 'function' ? e.l(e) : e.l);
  const steps = [
    4,
    P(
      'oauth-code',
      'nghttpx-request-keycloak-callback-code',
      'warning',
      `${WHY.code} The members' site signs in through the space's Keycloak, whose code (three dot-separated UUID-like parts) comes back in the query of the callback the proxy logs.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          l: (e) => [
            line(e, {
              path: `/oidc/callback?state=${rng.b64url(22)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${HM}%2Frealms%2Fmakers&code=${code}`,
              st: 302,
              bytes: 0,
              ref: `https://id.${HM}/`,
            }),
          ],
        };
      },
    ),
    3,
    P(
      'negative',
      'nghttpx-acme-http01-challenge-token',
      'none',
      "Let's Encrypt fetching an HTTP-01 challenge (`/.well-known/acme-challenge/<token>`): the token is published on purpose and proves control of the name, no credential.",
      ({ rng }) => {
        const tk = rng.b64url(43);
        return {
          value: tk,
          l: (e) => [
            line(e, {
              ip: '203.0.113.73',
              path: `/.well-known/acme-challenge/${tk}`,
              bytes: 87,
              ua: "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)",
              proto: 'HTTP/1.1',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'nghttpx-referer-password-reset-page',
      'error',
      WHY.pathSecret(
        "The password reset page (`/account/reset/<token>`) loads the site's stylesheet, and the browser sends the page's address as the Referer the proxy logs",
      ),
      ({ rng }) => {
        const tk = rng.alnum(40);
        return {
          value: tk,
          l: (e) => [line(e, { path: '/static/site.css', bytes: 18211, ref: `https://members.${HM}/account/reset/${tk}` })],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'nghttpx-request-laser-status-api-key',
      'error',
      `${WHY.apiKey('api_key')} The laser cutter's monitoring script polls the members' site with its key in the query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          l: (e) => [
            line(e, { path: `/api/v1/tools/laser/status?api_key=${key}`, bytes: 412, ua: 'python-requests/2.32.5', proto: 'HTTP/1.1' }),
          ],
        };
      },
    ),
    2,
    P(
      'replay',
      'nghttpx-request-door-ticket-first',
      'note',
      WHY.ticketFirst(
        "A one-time door ticket (`ticket=`) the booking page hands a member to open the workshop door, fetched by the member's phone. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.door = t;
        return {
          value: tk,
          l: (e) => [line(e, { ip: '198.51.100.23', path: `/door/open?door=workshop&ticket=${tk}`, bytes: 61, ua: BROWSERS[2] })],
        };
      },
      { ref: 'door' },
    ),
    1,
    P(
      'replay',
      'nghttpx-request-door-ticket-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('door').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('ticket', gap('door', t))} Another address and another browser opened the workshop door with the same ticket, and the site answered 200 again.`,
            },
          ],
          l: (e) => [line(e, { ip: '203.0.113.190', path: `/door/open?door=workshop&ticket=${tk}`, bytes: 61, ua: BROWSERS[3] })],
        };
      },
      { replayOf: 'door', after: 141 },
    ),
    3,
    P(
      'encoded',
      'nghttpx-request-login-next-percent-encoded-token',
      'error',
      "The sign-in page's `next=` carries, percent-encoded, the export link the member was sent to (`/api/v1/export?token=<…>`): decoded, a long-lived export token.",
      ({ rng }) => {
        const tk = rng.alnum(40);
        return {
          value: tk,
          l: (e) => [line(e, { path: `/login?next=%2Fapi%2Fv1%2Fmembers%2Fexport.csv%3Ftoken%3D${tk}`, st: 200, bytes: 5120 })],
        };
      },
    ),
    2,
    P(
      'negative',
      'nghttpx-request-firmware-sha256-param',
      'none',
      "A door controller fetches its firmware with the image's SHA-256 (`sha256=<64 hex>`) in the query, for the cache to key on: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          l: (e) => [line(e, { path: `/fw/door-ctl-1.4.2.bin?sha256=${h}`, bytes: 913408, ua: 'ESP32HTTPClient', proto: 'HTTP/1.1' })],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: HM }, filler, render: R, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vibe-bookings.log: the space's booking service, written in D on vibe.d 0.10, its file logger
// (`setLogFile(…, LogLevel.diagnostic)`) with the thread and fiber, UTC time and level: `[<thread>(<fiber>) <yyyy-mm-dd
// hh:mm:ss.fffffff>Z <INF|WRN|ERR|DBG|DIA>] <message>`; the messages use std.format's `%s` of D values (a struct as
// `Name(field, …)`, an associative array as `["k":"v"]`).
// From memory (not fetched): the file logger's prefix is the helper's reconstruction; D's struct and AA formatting are
// the language's.

function vibeLog(rng) {
  const fib = () => rng.alnum(4);
  const pre = (t, lvl) => `[main(${fib()}) ${iso(t).slice(0, 19).replace('T', ' ')}.${iso(t).slice(20, 23)}0000Z ${lvl}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const from = rng.int(9, 19);
        return {
          l: [
            `${pre(t, 'INF')} booking ${rng.int(800, 999)} confirmed: ${rng.pick(['laser', 'lathe', 'printer-2', 'embroidery'])} ${from}:00-${from + rng.int(1, 3)}:00`,
          ],
        };
      },
      () => ({
        l: [
          `${pre(t, 'DIA')} GET /api/slots?tool=${rng.pick(['laser', 'lathe', 'printer-2'])}&day=2028-01-${pad(rng.int(11, 31))} -> 200 (${rng.int(2, 40)} ms)`,
        ],
      }),
      () => ({ l: [`${pre(t, 'INF')} reminder mail queued for member ${rng.int(100, 480)}`] }),
    ])();
  const steps = [
    { raw: { l: [`[main(----) 2028-01-11 07:59:58.0000000Z INF] Listening for requests on http://127.0.0.1:8084/`] }, after: 0 },
    P(
      'framework-dump',
      'vibe-struct-config-tostring-db-password',
      'error',
      "At start-up the service prints its settings with `%s`, and D's default formatting of a struct lists every field: the database password among them.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          l: [
            `${pre(t, 'INF')} settings: Settings("postgres.${HM}", 5432, "bookings", "bookings_app", "${pw}", "smtp.${HM}", 587, "noreply@${HM}", 15)`,
          ],
        };
      },
      { after: 1 },
    ),
    P(
      'negative',
      'vibe-struct-smtp-settings-masked',
      'none',
      'The mail settings struct has its own `toString` that prints the SMTP password as `********`: a mask, no credential.',
      ({ t }) => ({
        value: 'smtpPassword: "********"',
        l: [
          `${pre(t, 'INF')} mail: SmtpSettings(host: "smtp.${HM}", port: 587, user: "noreply@${HM}", smtpPassword: "********", tls: true)`,
        ],
      }),
      { after: 1 },
    ),
    2,
    P(
      'negative',
      'vibe-diagnostic-etag-if-none-match',
      'none',
      'The kiosk revalidates the slot list with `If-None-Match` and the service logs the weak ETag (a hash of the response body): a cache validator, no credential.',
      ({ rng, t }) => {
        const etag = rng.hex(40);
        return { value: etag, l: [`${pre(t, 'DIA')} GET /api/slots?tool=laser&day=2028-01-14 If-None-Match: W/"${etag}" -> 304 (1 ms)`] };
      },
    ),
    2,
    P(
      'refresh-token',
      'vibe-warn-form-body-xero-refresh',
      'error',
      `${WHY.refresh} The renewal of the space's accounting connection fails, and the developer's warning quotes the form body it posted, \`refresh_token=\` included.`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          l: [
            `${pre(t, 'WRN')} accounting: token renewal failed (400 invalid_grant), sent grant_type=refresh_token&refresh_token=${rt}&client_id=${upperNum(rng, 32)}`,
          ],
        };
      },
    ),
    3,
    P(
      'id-token',
      'vibe-warn-rejected-id-token',
      'error',
      "The booking service rejects a member's ID token for its audience and prints it in the warning, a one-hour token live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(10, 90),
          claims: { iss: `https://id.${HM}/realms/makers`, aud: 'members-site', sub: rng.uuid(), preferred_username: 'isla.flett' },
        });
        return {
          value: token,
          jwt: facts,
          l: [`${pre(t, 'WRN')} OIDC: rejected id_token ${token}: audience "members-site" is not "bookings"`],
        };
      },
    ),
    3,
    P(
      'header-dump',
      'vibe-diagnostic-headers-aa-bearer',
      'error',
      "A diagnostic line prints the request's headers as a D associative array, with `Authorization: Bearer` and the kiosk's opaque access token.",
      ({ rng, t }) => {
        const at = rng.alnum(48);
        return {
          value: at,
          l: [
            `${pre(t, 'DIA')} /api/bookings headers: ["Host":"book.${HM}", "User-Agent":"HamnavoeKiosk/2.1", "Accept":"application/json", "Authorization":"Bearer ${at}", "X-Request-Id":"${rng.uuid()}"]`,
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'vibe-error-google-chat-webhook-url',
      'error',
      WHY.webhook(
        "A Google Chat space's incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<token>`) answers 429, and vibe.d's HTTPStatusException quotes the URL; its `token` is the secret",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          needle: `token=${tok}`,
          l: [
            `${pre(t, 'ERR')} notify: HTTPStatusException: POST https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok} returned 429 Too Many Requests`,
          ],
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laminar-door-firmware-142.log: run 142 of the Laminar job `door-firmware`, the raw log laminard serves at
// `/log/door-firmware/142`: the job script's stdout and stderr as they came, `set -x` tracing (`+ cmd`), PlatformIO's
// build lines, a Playwright check of the members' site, the `after` script. No time on the lines.
// From memory (not fetched): Laminar keeps a run's log as the scripts' raw output; the Playwright failure layout.

function laminarLog(rng) {
  let phase = 'build';
  const filler = (rng) => {
    if (phase === 'build') return { l: [`Compiling .pio/build/door/src/${rng.pick(['main', 'reader', 'relay', 'net', 'ota'])}.cpp.o`] };
    return {
      l: [
        `  ✓  ${rng.int(1, 20)} [chromium] › ${rng.pick(['events', 'join', 'tools'])}.spec.ts:${rng.int(3, 60)}:${rng.int(3, 9)} › ${rng.pick(['lists the events', 'shows the laser rules', 'opens the join form'])} (${rng.int(200, 2400)}ms)`,
      ],
    };
  };
  const sha = rng.hex(40);
  const steps = [
    {
      raw: {
        l: [
          `+ git fetch -q origin`,
          `+ git checkout -q ${sha}`,
          '+ pio run -e door',
          'Processing door (platform: espressif32; board: esp32dev; framework: arduino)',
        ],
      },
      after: 0,
    },
    P(
      'negative',
      'laminar-git-checkout-commit-sha',
      'none',
      'The traced `git log -1 --format=%H` prints the commit being built (40 hex): a commit id, no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, l: ['+ git log -1 --format=%H', c] };
      },
    ),
    4,
    {
      raw: {
        get l() {
          phase = 'x';
          return [
            'Linking .pio/build/door/firmware.elf',
            'Building .pio/build/door/firmware.bin',
            '========================= [SUCCESS] Took 48.12 seconds =========================',
          ];
        },
      },
    },
    P(
      'negative',
      'laminar-sha256sum-firmware',
      'none',
      '`sha256sum` of the built image (64 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, l: ['+ sha256sum .pio/build/door/firmware.bin', `${h}  .pio/build/door/firmware.bin`] };
      },
    ),
    P(
      'encoded',
      'laminar-cat-docker-config-auth-base64',
      'error',
      "A debugging `cat` of the runner's `~/.docker/config.json` prints the registry login as Docker stores it: `auth` is base64 of `user:password`.",
      ({ rng }) => {
        const auth = b64Of(`laminar:${rng.alnum(24)}`);
        return {
          value: auth,
          l: [
            '+ cat /var/lib/laminar/.docker/config.json',
            '{',
            '\t"auths": {',
            `\t\t"registry.${HM}": {`,
            `\t\t\t"auth": "${auth}"`,
            '\t\t}',
            '\t}',
            '}',
          ],
        };
      },
    ),
    P(
      'api-key-name',
      'laminar-set-x-curl-fleet-api-key',
      'error',
      `${WHY.apiKey('api_key')} The job announces the new image to the door fleet's server, and \`set -x\` prints the curl line with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          l: [
            `+ curl -fsS -X POST --data-binary @.pio/build/door/firmware.bin 'https://fleet.${HM}/api/firmware?device=door&version=1.4.2&api_key=${key}'`,
            '{"ok":true,"devices":3}',
          ],
        };
      },
    ),
    P(
      'path-secret',
      'laminar-upload-script-download-link',
      'error',
      WHY.pathSecret(
        "The upload script prints the image's private download link (`/d/<token>/…bin`) for the volunteers who flash doors by hand",
      ),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          l: ['+ ./scripts/share.sh .pio/build/door/firmware.bin', `Download link (7 days): https://dl.${HM}/d/${tk}/door-ctl-1.4.2.bin`],
        };
      },
    ),
    { raw: { l: ['+ npx playwright test --reporter=list', '', 'Running 22 tests using 2 workers', ''] } },
    5,
    P(
      'implicit-fragment',
      'laminar-playwright-tohaveurl-received-fragment',
      'error',
      "Playwright's `toHaveURL` fails on the members' site sign-in, and its message prints the received address with the identity provider's `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          l: [
            `  ✘  17 [chromium] › signin.spec.ts:12:7 › signs in with the makerspace account (5.2s)`,
            '',
            '  1) [chromium] › signin.spec.ts:12:7 › signs in with the makerspace account ──────────────────────',
            '',
            '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)',
            '',
            `    Expected string: "https://members.${HM}/dashboard"`,
            `    Received string: "https://members.${HM}/#access_token=${at}&token_type=Bearer&expires_in=300&state=${rng.b64url(16)}"`,
          ],
        };
      },
    ),
    { raw: { l: ['', '  1 failed', '  21 passed (38.4s)', 'Running after script'] } },
    P(
      'webhook',
      'laminar-after-script-mattermost-webhook',
      'error',
      WHY.webhook(
        "The `after` script tells the volunteers' Mattermost channel how the run ended through an incoming webhook (`/hooks/<26 characters>`), traced by `set -x`",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          l: [
            `+ curl -s -H 'Content-Type: application/json' -d '{"text":"door-firmware #142: failed (1 test)"}' https://chat.${HM}/hooks/${id}`,
            'ok',
          ],
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PrusaSlicer.log: PrusaSlicer 2.9's log on the print-room PC, started with `--loglevel=4` and its output kept: Boost.Log
// lines `[<yyyy-mm-dd hh:mm:ss.ffffff>] [0x<thread>] [<level>]` padded, then the message; local time without zone.
// From memory (not fetched): the prefix, the physical printer's `Repetier: Get version at:` and `Uploading file` lines,
// the downloader's `prusaslicer://open?file=` deep link, the account sign-in's custom-scheme redirect.

function prusaLog(rng) {
  const th = rng.hex(8);
  const pre = (t, lvl) => `[${ymdHmsAt(t, GMT)}.${local(t, GMT).slice(20, 23)}${digits(rng, 3)}] [0x${th}] ${`[${lvl}]`.padEnd(9)} `;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        l: [`${pre(t, 'info')}Loading model: /home/print/Models/${rng.pick(['hinge', 'cable-clip', 'spool-holder', 'drawer-knob'])}.3mf`],
      }),
      () => ({ l: [`${pre(t, 'debug')}Slicing process: layer ${rng.int(1, 400)} of ${rng.int(400, 900)} done`] }),
      () => ({ l: [`${pre(t, 'info')}Exporting G-code to /tmp/.${rng.int(1000, 9999)}.gcode`] }),
    ])();
  const steps = [
    {
      raw: { l: [`[${ymdHmsAt(DAY_EN + 10 * HOUR, GMT)}.118271] [0x${th}] [info]    PrusaSlicer-2.9.0+linux-x64-GTK3 started`] },
      after: 0,
    },
    3,
    P(
      'api-key-name',
      'prusaslicer-repetier-get-version-apikey',
      'error',
      `${WHY.apiKey('apikey')} The print room's Repetier-Server is set up as a physical printer, and PrusaSlicer logs the version check's URL, Repetier-Server's key in its query.`,
      ({ rng, t }) => {
        const key = rng.uuid();
        return { value: key, l: [`${pre(t, 'info')}Repetier: Get version at: http://repetier.${HM}:3344/printer/info?apikey=${key}`] };
      },
    ),
    2,
    P(
      'negative',
      'prusaslicer-project-object-uuid',
      'none',
      "A 3MF project's object id (a UUID PrusaSlicer writes into the model): an id, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, l: [`${pre(t, 'debug')}3MF: object "hinge" uuid ${u}, 2 volumes`] };
      },
    ),
    2,
    P(
      'oauth-code',
      'prusaslicer-account-login-custom-scheme-code',
      'warning',
      `${WHY.code} The account sign-in's return comes through PrusaSlicer's own URL scheme (\`prusaslicer://login?code=…&state=…\`), which the app logs when it intercepts it.`,
      ({ rng, t }) => {
        const code = rng.b64url(30);
        return {
          value: code,
          l: [`${pre(t, 'info')}UserAccount: intercepted redirect prusaslicer://login?code=${code}&state=${rng.b64url(22)}`],
        };
      },
    ),
    3,
    P(
      'encoded',
      'prusaslicer-downloader-deep-link-percent-encoded-token',
      'error',
      "The members' model library opens a file in PrusaSlicer through `prusaslicer://open?file=<percent-encoded URL>`, and the decoded URL carries the library's download `token`.",
      ({ rng, t }) => {
        const tk = rng.alnum(36);
        return {
          value: tk,
          l: [
            `${pre(t, 'info')}Downloader: received URL prusaslicer://open?file=https%3A%2F%2Fmodels.${HM}%2Fapi%2Ffiles%2F${rng.int(100, 999)}%2Fspool-holder.3mf%3Ftoken%3D${tk}`,
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'prusaslicer-downloader-share-link',
      'error',
      WHY.pathSecret("The downloader fetches a member's model from a share link of the space's file cloud (`/s/<15 characters>/download`)"),
      ({ rng, t }) => {
        const tk = share15(rng);
        return {
          value: tk,
          l: [`${pre(t, 'info')}Downloader: starting download of https://cloud.${HM}/s/${tk}/download?path=%2F&files=lamp-shade.3mf`],
        };
      },
    ),
    2,
    P(
      'negative',
      'prusaslicer-printhost-apikey-masked',
      'none',
      'The print host settings dialog logs the key it stores as `********`: a mask, no credential.',
      ({ t }) => ({
        value: 'printhost_apikey = ********',
        l: [`${pre(t, 'debug')}PhysicalPrinter "Print room MK4": host_type = repetier, printhost_apikey = ********`],
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: HM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailjet-events.jsonl: the newsletter's events from Mailjet's Event API (the webhook's JSON, one event a POST), kept
// one a line: `event` (sent, open, click…), `time` (Unix, UTC), `MessageID`, `Message_GUID`, `email`,
// `mj_campaign_id`, `mj_contact_id`, `customcampaign`, `CustomID`, `Payload`, and for a click `url`, `ip`, `geo`, `agent`.
// From memory (not fetched).

function mailjetLog(rng) {
  const ev = (rng, t, type, extra = {}) =>
    JSON.stringify({
      event: type,
      time: Math.floor(t / 1000),
      MessageID: Number(`${rng.int(1, 9)}${digits(rng, 16)}`),
      Message_GUID: rng.uuid(),
      email: `${rng.pick(['isla', 'magnus', 'ingrid', 'tam', 'ruth', 'erlend'])}.${rng.pick(['flett', 'rendall', 'linklater', 'drever', 'muir'])}@${rng.pick(['btinternet.com', 'gmail.com', 'orkney.example'])}`,
      mj_campaign_id: 7612441,
      mj_contact_id: rng.int(1000000, 9999999),
      customcampaign: 'mj.nl=12044',
      CustomID: '',
      Payload: '',
      ...extra,
    });
  const click = (rng, t, url) => ev(rng, t, 'click', { url, ip: publicIp(rng), geo: 'GB', agent: rng.pick(BROWSERS) });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [ev(rng, t, 'open', { ip: publicIp(rng), geo: 'GB', agent: rng.pick(BROWSERS) })] }),
      () => ({ l: [click(rng, t, `https://${HM}/events/2028-01-repair-cafe`)] }),
      () => ({ l: [ev(rng, t, 'sent', { mj_message_id: `${digits(rng, 17)}`, smtp_reply: '250 2.0.0 OK' })] }),
    ])();
  const steps = [
    3,
    P(
      'negative',
      'mailjet-click-utm-campaign-hex',
      'none',
      "A click on the newsletter's events link, tagged `utm_campaign=<10 hex>` by the mailing tool: a campaign id, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(10);
        return { value: h, l: [click(rng, t, `https://${HM}/events?utm_source=mailjet&utm_medium=email&utm_campaign=${h}`)] };
      },
    ),
    2,
    P(
      'path-secret',
      'mailjet-click-password-reset-link',
      'error',
      WHY.pathSecret('A member clicks the password reset mail, and click tracking records the link (`/account/reset/<token>`)'),
      ({ rng, t }) => {
        const tk = rng.alnum(40);
        return { value: tk, l: [click(rng, t, `https://members.${HM}/account/reset/${tk}`)] };
      },
    ),
    2,
    P(
      'session-id',
      'mailjet-click-phpsessid-trans-sid',
      'error',
      WHY.session(
        "The old shop for materials still runs PHP with `session.use_trans_sid`, so the order mail's link carries `PHPSESSID=` and click tracking records it",
      ),
      ({ rng, t }) => {
        const sid = phpSid(rng);
        return { value: sid, l: [click(rng, t, `https://shop.${HM}/basket.php?PHPSESSID=${sid}`)] };
      },
    ),
    2,
    P(
      'embed-jwt',
      'mailjet-click-calendar-embed-jwt',
      'error',
      "The newsletter links the members' calendar view (`/embed/calendar/<JWT>`), a thirty-day token with a jti",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://members.${HM}`, sub: `member:${rng.int(100, 480)}`, scope: 'calendar:read' },
        });
        return { value: token, jwt: facts, l: [click(rng, t, `https://members.${HM}/embed/calendar/${token}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'mailjet-click-ics-feed-calendar-key',
      'error',
      `${WHY.apiKey('calendar_key')} A member clicks the personal iCal feed link in the newsletter, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, l: [click(rng, t, `https://members.${HM}/feeds/bookings.ics?calendar_key=${key}`)] };
      },
    ),
    2,
    P(
      'id-token',
      'mailjet-click-logout-id-token-hint-expired',
      'note',
      'The "sign out everywhere" link of a security mail carries `id_token_hint=<JWT>`, clicked three days later: an hour\'s token, long expired when the click was recorded',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + rng.int(600, 7200),
          claims: { iss: `https://id.${HM}/realms/makers`, aud: 'members-site', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          l: [
            click(
              rng,
              t,
              `https://id.${HM}/realms/makers/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fmembers.${HM}%2F`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'mailjet-sent-message-guid',
      'none',
      "A `sent` event's `Message_GUID`, Mailjet's id of one message (a UUID): an id, no credential.",
      ({ rng, t }) => {
        const g = rng.uuid();
        return { value: g, l: [ev(rng, t, 'sent', { Message_GUID: g, smtp_reply: '250 2.0.0 OK' })] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: HM }, filler, render, steps });
}

// =====================================================================================================================
// Kárášjoga Duojáriid Searvi, Kárášjohka (Northern Sami; CET, UTC+1 in January)
// =====================================================================================================================

const KD = 'duojarat.example';
const SAMI_NAMES = ['Ánde Porsanger', 'Sára Márjá Utsi', 'Máret Ánne Sara', 'Niillas Gaup', 'Inga Eira', 'Biret Ristin Somby'];

// ---------------------------------------------------------------------------------------------------------------------
// gavpi-jooby.log: the web shop (gávpi) on Jooby 3 (Java 21, Netty), logback with the shop's pattern
// `%-5level [%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}] [%thread] %logger{0} - %msg`, and Jooby's RequestLogger writing one NCSA
// line a request (`<ip> - - [<time>] "<METHOD> <path?query> <protocol>" <status> <bytes> <ms>`). A Java record's and a
// Map's `toString()` appear where the developers log objects.
// From memory (not fetched): RequestLogger's line (NCSA with the latency in ms at the end); Jooby's start-up lines.

function joobyLog(rng) {
  const thread = () => `worker-${rng.int(1, 8)}`;
  const pre = (t, lvl, logger, w = thread()) => `${lvl.padEnd(5)} [${isoAt(t, CET)}] [${w}] ${logger} -`;
  const req = (e, { m = 'GET', path, st = 200, bytes = e.bytes, w }) =>
    `${pre(e.t, 'INFO', 'RequestLogger', w)} ${e.ip} - - [${clf(e.t, CET)}] "${m} ${path} HTTP/1.1" ${st} ${bytes} ${e.ms}`;
  const R = (e) => (typeof e.l === 'function' ? e.l(e) : e.l);
  const filler = (rng) =>
    rng.pick([
      () => ({
        l: (e) => [
          req(e, {
            path: rng.pick([
              '/',
              '/gavpi/duodji',
              '/gavpi/duodji/gakti-boalut',
              '/gavpi/duodji/tuhkat',
              '/gavpi/vuorka',
              '/assets/gavpi.css',
            ]),
          }),
        ],
      }),
      () => {
        const w = thread();
        return {
          l: (e) => [
            `${pre(e.t, 'INFO', 'DingojupmiService', w)} Diŋgojupmi ${rng.int(1040, 1190)} vurkejuvvon (${rng.int(1, 4)} dávvira, ${rng.int(300, 4200)} kr)`,
            req(e, { m: 'POST', path: '/gavpi/dingo', st: 303, bytes: 0, w }),
          ],
        };
      },
    ])();
  const steps = [
    {
      raw: {
        l: (e) => [
          `${pre(e.t, 'INFO', 'GavpiApp', 'main')} GavpiApp started with:`,
          `${pre(e.t, 'INFO', 'GavpiApp', 'main')}     PID: ${rng.int(1000, 60000)}`,
          `${pre(e.t, 'INFO', 'GavpiApp', 'main')}     netty {port: 8080, ioThreads: 8, workerThreads: 64}`,
        ],
      },
      after: 0,
    },
    3,
    P(
      'oauth-code',
      'jooby-warn-and-requestlogger-vipps-callback-code',
      'warning',
      `${WHY.code} A customer signs in with Vipps; the exchange times out, the shop's warning quotes the callback's path and query, and RequestLogger writes the same request.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        const q = `/sisa/callback?code=${code}&state=${rng.b64url(22)}&scope=openid%20name%20email`;
        const w = thread();
        return {
          value: code,
          l: (e) => [
            `${pre(e.t, 'WARN', 'VippsSisa', w)} Vipps: ii sáhttán lonuhit koda tokenin (áigemearri nogai): ${q}`,
            req(e, { path: q, st: 502, bytes: 166, w }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'jooby-csrf-token-uuid',
      'none',
      "Jooby's CSRF handler checks the order form's `csrf` value (a UUID it issues per session) and the shop logs it at debug: it only ties a form to its page, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, l: (e) => [`${pre(e.t, 'DEBUG', 'DingojupmiService')} csrf ${u} dárkkistuvvon, diŋgojupmi dohkkehuvvon`] };
      },
    ),
    2,
    P(
      'id-token',
      'jooby-warn-rejected-vipps-id-token',
      'error',
      "The shop rejects a Vipps ID token whose audience is another merchant's and writes the token into its warning (`id_token hilgojuvvon`, \"id_token rejected\"), an hour's token live at the line's `+01:00` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: 'https://api.vipps.no/access-management-1.0/access/', aud: rng.uuid(), sub: rng.uuid(), sid: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          l: (e) => [`${pre(e.t, 'WARN', 'VippsSisa')} Vipps: id_token hilgojuvvon, aud ii heive: ${token}`],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'jooby-map-tostring-bring-api-key-header',
      'error',
      "The shop logs the headers it sends to Bring's shipping API as a Java `Map`'s `toString()`, `X-Mybring-API-Key` with the shop's key among them.",
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          l: (e) => [
            `${pre(e.t, 'DEBUG', 'BringKlient')} Bring: gáibádus sáddejuvvon, headers={Accept=[application/json], X-Mybring-API-Uid=[gavpi@${KD}], X-Mybring-API-Key=[${key}], X-Bring-Client-URL=[https://${KD}/gavpi]}`,
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'jooby-bring-consignment-number',
      'none',
      "A parcel's consignment number from Bring (17 digits), which the customer also gets to follow the parcel: an id, no credential.",
      ({ rng }) => {
        const n = `7070${digits(rng, 13)}`;
        return { value: n, l: (e) => [`${pre(e.t, 'INFO', 'BringKlient')} Sáddehus ${n} ráhkaduvvon diŋgojupmái ${rng.int(1040, 1190)}`] };
      },
    ),
    2,
    P(
      'refresh-token',
      'jooby-record-tostring-refresh-token',
      'error',
      `${WHY.refresh} The shop's token record masks the access token in its \`toString()\` (\`accessToken=***\`) but not the refresh token beside it (\`ođasmahttin lihkostuvai\`, "the renewal succeeded").`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          l: (e) => [
            `${pre(e.t, 'INFO', 'RekneguvdnaKlient')} ođasmahttin lihkostuvai: TokenVástádus[tokenType=Bearer, accessToken=***, refreshToken=${rt}, expiresIn=1800]`,
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'jooby-info-new-session-id',
      'error',
      WHY.session('The shop logs each new session\'s id (`Ođđa oktavuohta`, "new session"), the value of Jooby\'s `jooby.sid` cookie'),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return { value: sid, l: (e) => [`${pre(e.t, 'INFO', 'SisaHandler')} Ođđa oktavuohta ${sid} geavaheaddjái ${rng.int(4000, 4999)}`] };
      },
    ),
    2,
    P(
      'api-key-name',
      'jooby-requestlogger-storage-coavdda',
      'error',
      `${WHY.apiKey('coavdda')} (čoavdda, "key"). The workshop's stock scale posts its readings with the key in the query, and RequestLogger writes the line.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          l: (e) => [req(e, { m: 'POST', path: `/api/vuorka/dilli?coavdda=${key}&vekta=${rng.int(100, 9000)}`, bytes: 2 })],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SE + 8 * HOUR, site: { host: KD }, filler, render: R, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// technitium-20280125.log: Technitium DNS Server 13 on the office server, its daily log file: `[<yyyy-mm-dd hh:mm:ss>
// UTC] <message>` and, for the web console's actions, `[<time> UTC] [<client ip:port>] [<user>] <message>`; exceptions
// follow on further lines (`System.Net.Http.HttpRequestException: …`, ` at …`).
// From memory (not fetched): the layout, the messages and the API's `token=` query.

function technitiumLog(rng) {
  const pre = (t) => `[${ymdHmsAt(t, 0)} UTC]`;
  const admin = (t, user = 'admin') => `${pre(t)} [${publicIp(rng)}:${rng.int(1024, 65535)}] [${user}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [`${admin(t)} User logged in.`] }),
      () => ({ l: [`${pre(t)} DNS Server cache was cleaned: ${rng.int(20, 900)} cache entries removed.`] }),
      () => ({ l: [`${pre(t)} DNS Server successfully checked for update: no update available.`] }),
      () => {
        const z = rng.pick(['duojarat.lan', 'kontor.lan']);
        return {
          l: [
            `${admin(t)} DNS Server added record to zone {${z}}: {${rng.pick(['skriviven', 'kamera', 'vuorka', 'nas'])}.${z}} A 10.20.0.${rng.int(2, 250)}`,
          ],
        };
      },
    ])();
  const steps = [
    {
      raw: {
        l: [
          `${pre(DAY_SE + 6 * HOUR)} Technitium DNS Server was started successfully.`,
          `${pre(DAY_SE + 6 * HOUR)} DNS Server was bound successfully to 10.20.0.2:53/Udp`,
          `${pre(DAY_SE + 6 * HOUR)} Web Service was bound successfully to 0.0.0.0:5380`,
        ],
      },
      after: 0,
    },
    2,
    P(
      'api-key-name',
      'technitium-block-list-download-error-coavdda',
      'error',
      `${WHY.apiKey('coavdda')} (čoavdda, "key"). The association's own block list server wants its key in the URL, and the failed download's message quotes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          l: [
            `${pre(t)} DNS Server failed to download block list and will use previously downloaded file (if available): https://listu.${KD}/blokke/kontor.txt?coavdda=${key}`,
            'System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).',
            '   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
            '   at DnsServerCore.Dns.BlockListZoneManager.DownloadListFileAsync(Uri listUrl)',
          ],
        };
      },
      { after: 40 },
    ),
    2,
    P(
      'negative',
      'technitium-forwarder-nextdns-profile-id',
      'none',
      "A DNS-over-HTTPS forwarder set to a NextDNS profile (`dns.nextdns.io/<6 hex>`): the profile's id, configured on every device, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(6);
        return {
          value: id,
          needle: `dns.nextdns.io/${id}`,
          l: [`${admin(t)} DNS Server forwarder list was updated: https://dns.nextdns.io/${id} (dns.nextdns.io)`],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'technitium-allowed-list-seafile-share-link',
      'error',
      WHY.pathSecret(
        "The allowed list is kept in a file shared from the association's Seafile (`/f/<token>/?dl=1`), and the server logs the link it downloaded",
      ),
      ({ rng, t }) => {
        const tk = rng.hex(20);
        return {
          value: tk,
          l: [`${pre(t)} DNS Server successfully downloaded allowed list (${rng.int(2, 40)} KB): https://vuorka.${KD}/f/${tk}/?dl=1`],
        };
      },
    ),
    2,
    P(
      'session-id',
      'technitium-web-service-error-token-query',
      'error',
      WHY.session(
        'A web console request fails, and the log quotes the API call with the session `token=` (64 hex) the console passes in every query',
      ),
      ({ rng, t }) => {
        const tk = rng.hex(64);
        return {
          value: tk,
          l: [
            `${admin(t)} [POST] /api/zones/records/update?token=${tk}&domain=kamera.duojarat.lan&zone=duojarat.lan&type=A`,
            "System.ArgumentException: Value does not fall within the expected range. (Parameter 'ipAddress')",
            '   at DnsServerCore.WebServiceZonesApi.UpdateRecord(HttpContext context)',
          ],
        };
      },
    ),
    2,
    P(
      'framework-dump',
      'technitium-app-config-json-beassansatni',
      'error',
      'A DNS App fails to load its configuration and the server prints the JSON it was given, with the log shipper\'s `beassansatni` (beassansátni, "password").',
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          l: [
            `${pre(t)} DNS App 'Log Exporter' failed to initialize: System.Text.Json.JsonException: 'h' is an invalid start of a value. Config: {"maxQueueSize":1000000,"file":{"path":"./dns_logs.json","enabled":false},"http":{"endpoint":"https://loggat.${KD}/api/vuostaivaldit","headers":{"X-Geavaheaddji":"dns","X-Beassansatni":"${pw}"},"enabled":true},"syslog":{"address":"h"}}`,
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'technitium-dnssec-ds-digest',
      'none',
      'The DS record the server prints after signing a zone (key tag, algorithm, digest type, SHA-256 digest): a public hash of a public key, no credential.',
      ({ rng, t }) => {
        const d = rng.hex(64).toUpperCase();
        return {
          value: d,
          l: [
            `${admin(t)} DNS Server successfully signed zone {${KD}} with DNSSEC; DS record: ${KD}. 3600 IN DS ${rng.int(1000, 65000)} 13 2 ${d}`,
          ],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SE + 6 * HOUR, site: { host: KD }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kentico-eventlog.csv: the website's event log (Kentico Xperience 13, `CMS_EventLog`) exported from the Event log
// application as CSV: `EventID,EventType,EventTime,Source,EventCode,UserName,IPAddress,EventDescription,EventUrl,
// EventMachineName,EventUserAgent,EventUrlReferrer,SiteName`; `EventType` I, W or E; `EventTime` local (CET), no zone.
// From memory (not fetched): the column names and the export; the site's own events are the developers'.

function kenticoLog(rng) {
  let id = 48211;
  const csv = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const row = (t, { type = 'I', source, code, user = 'public', desc, url, ua = rng.pick(BROWSERS), ref = '' }) =>
    [
      id++,
      type,
      `${ymdHmsAt(t, CET)}.${local(t, CET).slice(20, 23)}`,
      source,
      code,
      user,
      publicIp(rng),
      desc,
      url,
      'DUOJAR-WEB01',
      ua,
      ref,
      'Duojarat',
    ]
      .map(csv)
      .join(',');
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        l: [
          row(t, {
            type: 'W',
            source: 'PageNotFound',
            code: 'PAGENOTFOUND',
            desc: 'Page not found.',
            url: `/${rng.pick(['wp-login.php', 'luohti/ristin-elle', 'duodji/old', 'favicon.png'])}`,
          }),
        ],
      }),
      () => ({
        l: [
          row(t, {
            source: 'Membership',
            code: 'AUTHENTICATIONSUCC',
            user: rng.pick(['ande', 'saramarja', 'inga']),
            desc: 'User authenticated.',
            url: '/CMSPages/logon.aspx',
          }),
        ],
      }),
      () => {
        const n = rng.int(100, 900);
        return {
          l: [
            row(t, {
              source: 'Luohtearkiiva',
              code: 'LUOHTI',
              desc: `Luohti ${n} guldaluvvon ${rng.int(1, 40)} geardde odne`,
              url: `/luohti/${n}`,
            }),
          ],
        };
      },
    ])();
  const steps = [
    {
      raw: {
        l: [
          'EventID,EventType,EventTime,Source,EventCode,UserName,IPAddress,EventDescription,EventUrl,EventMachineName,EventUserAgent,EventUrlReferrer,SiteName',
        ],
      },
      after: 0,
    },
    3,
    P(
      'path-secret',
      'kentico-eventurl-password-renew-link',
      'error',
      WHY.pathSecret(
        'A member\'s password renewal link (`/beassansatni/odasmahte/<token>`, beassansátni ođasmahte, "renew the password") throws, and the event keeps the page\'s address in `EventUrl`',
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(40);
        return {
          value: tk,
          l: [
            row(t, {
              type: 'E',
              source: 'Exception',
              code: 'EXCEPTION',
              desc: 'Message: Object reference not set to an instance of an object.\nException type: System.NullReferenceException\nStack trace:\n   at Duojarat.Web.Controllers.BeassansatniController.Odasmahte(String token)',
              url: `/beassansatni/odasmahte/${tk}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'kentico-getattachment-guid',
      'none',
      "Kentico's attachment URL `/getattachment/<GUID>/<file>`: the attachment's id, public on the page, no credential.",
      ({ rng, t }) => {
        const g = rng.uuid();
        return {
          value: g,
          l: [
            row(t, {
              type: 'W',
              source: 'GetFile',
              code: 'GETFILE',
              desc: 'Attachment not found.',
              url: `/getattachment/${g}/gakti-mynstar.pdf`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'kentico-referrer-joik-embed-jwt',
      'error',
      "A joik player embedded on a partner museum's page (`/embed/luohti/<JWT>`) loads a missing file, and the event keeps the player's address as `EventUrlReferrer`; a thirty-day token with a jti",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 10 * 86400),
          jti: true,
          claims: { iss: `https://${KD}`, aud: 'luohti-embed', sub: 'museum:rdm', luohti: rng.int(100, 900) },
        });
        return {
          value: token,
          jwt: facts,
          l: [
            row(t, {
              type: 'W',
              source: 'PageNotFound',
              code: 'PAGENOTFOUND',
              desc: 'Page not found.',
              url: `/media/luohti/${rng.int(100, 900)}.opus`,
              ref: `https://${KD}/embed/luohti/${token}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'kentico-eventurl-base64-json-coavdda',
      'error',
      'The download page takes its parameters as base64 of JSON (`?d=`), and decoded they hold the archive\'s `coavdda` ("key") for the file.',
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const d = b64Of(JSON.stringify({ fiila: `luohti-${rng.int(100, 900)}.flac`, coavdda: key, giella: 'se' }));
        const enc = encodeURIComponent(d);
        return {
          value: enc,
          l: [
            row(t, {
              type: 'E',
              source: 'Exception',
              code: 'EXCEPTION',
              desc: 'Message: The file is being used by another process.\nException type: System.IO.IOException',
              url: `/arkiiva/viezza?d=${enc}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'kentico-description-power-automate-workflow-sig',
      'error',
      WHY.webhook(
        'The site posts new joik recordings to a Teams channel through a Power Automate workflow; the failure event quotes its URL, whose `sig` is the secret',
      ),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          needle: `sig=${sig}`,
          l: [
            row(t, {
              type: 'E',
              source: 'Luohtearkiiva',
              code: 'DIEDIHIT',
              desc: `Ii sáhttán dieđihit Teamsii (HTTP 502): https://prod-${rng.int(10, 99)}.northeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
              url: '/CMSModules/Luohti/Upload.aspx',
              user: 'saramarja',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'kentico-javascript-error-location-fragment',
      'error',
      "The site records browser errors as events (`Source` JavaScript), with `location.href`: the member area's sign-in return, `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          l: [
            row(t, {
              type: 'E',
              source: 'JavaScript',
              code: 'JSERROR',
              desc: `TypeError: Cannot read properties of null (reading 'geavaheaddji')\nat https://${KD}/lahttu/#access_token=${at}&token_type=Bearer&expires_in=3600`,
              url: '/api/jsmeattahus',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'kentico-eventurl-api-coavdda',
      'error',
      `${WHY.apiKey('api_coavdda')} The museum's catalogue fetches joik metadata with the key in the query, and the failed request's event keeps the URL.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          l: [
            row(t, {
              type: 'E',
              source: 'Exception',
              code: 'EXCEPTION',
              desc: 'Message: Input string was not in a correct format.\nException type: System.FormatException',
              url: `/api/luohti/diedut?id=abc&api_coavdda=${key}`,
              ua: 'python-requests/2.32.5',
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'kentico-getmedia-resize-hash',
      'none',
      "Kentico's resized media URL with its `hash` (a SHA-256 that keeps the resize parameters from being changed): it protects parameters, it opens nothing.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          l: [
            row(t, {
              type: 'W',
              source: 'GetMediaFile',
              code: 'GETMEDIA',
              desc: 'Media file not found.',
              url: `/getmedia/${rng.uuid()}/boazu-gidda.jpg?width=800&height=533&ext=.jpg&hash=${h}`,
            }),
          ],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SE + 9 * HOUR, site: { host: KD }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// boazu-hunchentoot.log: the reindeer-collar gateway (boazu, "reindeer"), a Common Lisp service on Hunchentoot 1.3 (SBCL)
// with both its access log and its message log sent to this one file: access lines `<ip> - [<yyyy-mm-dd hh:mm:ss>]
// "<METHOD> <path?query> HTTP/1.1" <status> <length> "<referer>" "<user agent>"`, message lines `[<yyyy-mm-dd hh:mm:ss>
// [<LEVEL>]] <message>`, local time (CET) without zone. The service's own messages print Lisp values with `~S` and `~A`
// (a structure as `#S(…)`, an alist as `((k . v) …)`), and Dexador's request failure as its condition's report.
// From memory (not fetched): Hunchentoot's two line layouts; Dexador's `An HTTP request to … has failed with a status
// code …`.

function hunchentootLog(rng) {
  const at = (t) => ymdHmsAt(t, CET);
  const acc = (e, { ip = e.ip, m = 'GET', path, st = 200, len = e.bytes, ref = '-', ua = 'BoazuKarta/1.6 (Android 14)' }) =>
    `${ip} - [${at(e.t)}] "${m} ${path} HTTP/1.1" ${st} ${len} "${ref}" "${ua}"`;
  const msg = (e, lvl, text) => `[${at(e.t)} [${lvl}]] ${text}`;
  const R = (e) => (typeof e.l === 'function' ? e.l(e) : e.l);
  const herds = ['siida-7', 'siida-12', 'siida-21'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        l: (e) => [acc(e, { m: 'POST', path: `/api/boazu/posisuvdna?siida=${rng.pick(herds)}`, len: 2, ua: 'BoazuGateway/0.9 (LoRaWAN)' })],
      }),
      () => {
        const s = rng.pick(herds);
        return {
          l: (e) => [
            msg(e, 'INFO', `Eallu ${s}: ${rng.int(120, 900)} bohcco, ${rng.int(0, 9)} eai leat johtán 24 diimmus`),
            acc(e, { path: `/api/siida/eallu?siida=${s}` }),
          ],
        };
      },
    ])();
  const steps = [
    { raw: { l: (e) => [msg(e, 'INFO', 'Boazu-gateway 0.9.4 álggahuvvon, port 4242 (Hunchentoot 1.3.1, SBCL 2.5.0)')] }, after: 0 },
    3,
    P(
      'refresh-token',
      'hunchentoot-dexador-http-request-failed-refresh-token-query',
      'error',
      `${WHY.refresh} The collar vendor's token endpoint takes the renewal in the query; it answers 401, and the service logs Dexador's condition, whose report names the whole URL.`,
      ({ rng }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          l: (e) => [
            msg(
              e,
              'ERROR',
              `Ii sáhttán ođasmahttit tokena: An HTTP request to "https://api.collarcloud.example/oauth/token?grant_type=refresh_token&refresh_token=${rt}&client_id=duojarat-boazu" has failed with a status code 401.`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'hunchentoot-access-collar-imei',
      'none',
      "A collar's IMEI (15 digits) in the query of a status request: a device id printed on the collar, no credential.",
      ({ rng }) => {
        const i = `35${digits(rng, 13)}`;
        return { value: i, l: (e) => [acc(e, { path: `/api/boazu/dilli?imei=${i}` })] };
      },
    ),
    2,
    P(
      'api-key-name',
      'hunchentoot-access-coavdda',
      'error',
      `${WHY.apiKey('coavdda')} (čoavdda, "key"). The herders' map app asks for the herd's positions with the key in the query, and the access log writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, l: (e) => [acc(e, { path: `/api/siida/posisuvnnat?siida=siida-12&coavdda=${key}` })] };
      },
    ),
    2,
    P(
      'header-dump',
      'hunchentoot-warning-alist-outgoing-headers-bearer',
      'error',
      "Sending positions to the reindeer husbandry authority's API times out, and the warning prints with `~S` the headers alist the service passed to Dexador, `Authorization: Bearer` with its opaque token in it.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          l: (e) => [
            msg(
              e,
              'WARNING',
              `Posišuvnnaid ii sáhttán sáddet (https://api.boazodoallu.example/v1/posisuvnnat), headers: (("Content-Type" . "application/json") ("Authorization" . "Bearer ${tok}") ("X-Siida" . "siida-12"))`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'replay',
      'hunchentoot-access-track-download-bileahtta-first',
      'note',
      WHY.ticketFirst(
        'A one-time ticket (`bileahtta`, "ticket") the map app gets to download a herd\'s GPX track once, in the access log\'s request line. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.bileahtta = t;
        return {
          value: tk,
          l: (e) => [acc(e, { ip: '198.51.100.77', path: `/api/luotta/viezza?siida=siida-12&bileahtta=${tk}`, len: 88412 })],
        };
      },
      { ref: 'bileahtta' },
    ),
    1,
    P(
      'replay',
      'hunchentoot-access-track-download-bileahtta-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('bileahtta').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('bileahtta', gap('bileahtta', t))} Another address and a desktop browser downloaded the track with the same ticket, and the service answered 200 again.`,
            },
          ],
          l: (e) => [
            acc(e, { ip: '203.0.113.208', path: `/api/luotta/viezza?siida=siida-12&bileahtta=${tk}`, len: 88412, ua: BROWSERS[0] }),
          ],
        };
      },
      { replayOf: 'bileahtta', after: 212 },
    ),
    2,
    P(
      'session-id',
      'hunchentoot-info-session-struct-print',
      'error',
      WHY.session(
        'The service prints the session structure it makes at sign-in with `~S` (`#S(OKTAVUOHTA …)`, oktavuohta standing for "session"), and the printed structure writes its id, the `oktavuohta` cookie\'s value',
      ),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          l: (e) => [
            msg(
              e,
              'INFO',
              `Ođđa oktavuohta: #S(OKTAVUOHTA :ID "${sid}" :GEAVAHEADDJI ${rng.int(10, 99)} :SIIDA "siida-12" :NOHKKA 3910${digits(rng, 6)})`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'hunchentoot-info-track-file-sha256',
      'none',
      "The service logs the SHA-256 of a GPX track it stored (the file's name in the archive): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, l: (e) => [msg(e, 'INFO', `Luotta vurkejuvvon: ${h}.gpx (${rng.int(200, 4000)} čuoggá)`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SE + 7 * HOUR, site: { host: KD }, filler, render: R, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sparkpost-events.jsonl: the newsletter's event webhook batches from SparkPost, one POST body a line: an array of
// `{"msys":{"<class>_event":{…}}}` with `type` (delivery, open, click…), `timestamp` (Unix, UTC), `event_id`,
// `message_id`, `transmission_id`, `campaign_id`, `rcpt_to`, `rcpt_meta`, and for a click `target_link_url`,
// `target_link_name`, `ip_address`, `user_agent`, `geo_ip`.
// From memory (not fetched).

function sparkpostLog(rng) {
  const evt = (rng, t, type, extra = {}) => ({
    msys: {
      [type === 'delivery' ? 'message_event' : 'track_event']: {
        type,
        campaign_id: 'odasat-2028-01',
        customer_id: '31337',
        event_id: digits(rng, 18),
        friendly_from: `odasat@${KD}`,
        message_id: rng.hex(20),
        rcpt_to: `${rng.pick(['ande', 'inga', 'biret', 'niillas', 'maret'])}@${rng.pick(['online.no', 'gmail.com', 'hotmail.com'])}`,
        rcpt_meta: {},
        subaccount_id: 0,
        template_id: 'odasat',
        timestamp: String(Math.floor(t / 1000)),
        transmission_id: digits(rng, 18),
        ...extra,
      },
    },
  });
  const click = (rng, t, url, name, meta = {}) =>
    evt(rng, t, 'click', {
      target_link_url: url,
      target_link_name: name,
      ip_address: publicIp(rng),
      user_agent: rng.pick(BROWSERS),
      geo_ip: { country: 'NO', city: 'Karasjok' },
      rcpt_meta: meta,
    });
  const filler = (rng, t) => ({
    l: [
      JSON.stringify([
        rng.pick([
          () => evt(rng, t, 'delivery'),
          () => evt(rng, t, 'open', { ip_address: publicIp(rng), user_agent: rng.pick(BROWSERS) }),
          () => click(rng, t, `https://${KD}/luohti/${rng.int(100, 900)}`, 'Guldal luođi'),
        ])(),
      ]),
    ],
  });
  const steps = [
    3,
    P(
      'path-secret',
      'sparkpost-click-download-link-path-token',
      'error',
      WHY.pathSecret('A member clicks the mail with the new recordings, a download link (`/viezza/<token>/…zip`, viežža, "fetch")'),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return { value: tk, l: [JSON.stringify([click(rng, t, `https://arkiiva.${KD}/viezza/${tk}/luodit-2027.zip`, 'Viežža luođiid')])] };
      },
    ),
    2,
    P(
      'negative',
      'sparkpost-delivery-message-id',
      'none',
      "A delivery event's `message_id`, SparkPost's id of one message (20 hex): an id, no credential.",
      ({ rng, t }) => {
        const e = evt(rng, t, 'delivery');
        return { value: e.msys.message_event.message_id, l: [JSON.stringify([e])] };
      },
    ),
    2,
    P(
      'encoded',
      'sparkpost-click-base64url-json-coavdda',
      'error',
      'The shop\'s "your order is ready" link carries its parameters as base64url JSON (`?d=`); decoded, they hold the order page\'s `coavdda` ("key").',
      ({ rng, t }) => {
        const d = b64urlOf(JSON.stringify({ dingojupmi: rng.int(1040, 1190), coavdda: rng.alnum(32) }));
        return { value: d, l: [JSON.stringify([click(rng, t, `https://${KD}/gavpi/dingojupmi?d=${d}`, 'Geahča diŋgojumi')])] };
      },
    ),
    2,
    P(
      'api-key-name',
      'sparkpost-click-calendar-feed-coavdda',
      'error',
      `${WHY.apiKey('coavdda')} (čoavdda, "key"). A member clicks the personal calendar feed of the association's events (\`dáhpáhusat\`), key in the query.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return { value: key, l: [JSON.stringify([click(rng, t, `https://${KD}/dahpahusat.ics?coavdda=${key}`, 'Kaleandar')])] };
      },
    ),
    2,
    P(
      'webhook',
      'sparkpost-rcpt-meta-zapier-catch-hook',
      'error',
      WHY.webhook(
        "The developers put the Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that files replies into the recipient's metadata, and every event repeats `rcpt_meta`",
      ),
      ({ rng, t }) => {
        const hook = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
        return {
          value: hook,
          l: [
            JSON.stringify([
              click(rng, t, `https://${KD}/searvi/jahkecoahkkin-2028`, 'Jahkečoahkkin', {
                diedihit: `https://hooks.zapier.com/hooks/catch/${hook}/`,
                giella: 'se',
              }),
            ]),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'sparkpost-open-event-id',
      'none',
      "An open event's `event_id` (18 digits), SparkPost's id of the event: an id, no credential.",
      ({ rng, t }) => {
        const e = evt(rng, t, 'open', { ip_address: publicIp(rng), user_agent: rng.pick(BROWSERS) });
        return { value: e.msys.track_event.event_id, l: [JSON.stringify([e])] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SE + 15 * HOUR, site: { host: KD }, filler, render, steps });
}

// =====================================================================================================================
// Kooperatiba kan mga Parauma nin Pili sa Sorsogon (Central Bikol; PHT, UTC+8 all year)
// =====================================================================================================================

const PS = 'piliparauma.example';

// ---------------------------------------------------------------------------------------------------------------------
// pili_2028-02-08_001.log: the order API, a Pode 2 server (PowerShell 7 on Windows), its custom logger `pili`
// (`New-PodeLoggingMethod -File -Name 'pili'`, files `<name>_<yyyy-MM-dd>_<nnn>.log`) with the developers' scriptblock
// `[<yyyy-MM-dd HH:mm:ss zzz>] <LEVEL> <message>`; objects are written with `Out-String`, so a hashtable comes out as
// PowerShell's `Name  Value` table, and errors as the exception's message.
// From memory (not fetched): Pode's file naming; the line layout is the developers'.

function podeLog(rng) {
  const pre = (t, lvl) => `[${ymdHmsAt(t, PHT)} ${zone(PHT)}] ${lvl.padEnd(5)}`;
  const table = (rows) => [
    '',
    `${'Name'.padEnd(31)}Value`,
    `${'----'.padEnd(31)}-----`,
    ...rows.map(([k, v]) => `${k.padEnd(31)}${v}`),
    '',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        l: [
          `${pre(t, 'INFO')} Bagong orden ${rng.int(2200, 2400)}: ${rng.int(1, 40)} kilo pili (${rng.pick(['Bulan', 'Irosin', 'Gubat', 'Casiguran', 'Juban'])})`,
        ],
      }),
      () => ({ l: [`${pre(t, 'INFO')} GET /api/presyo 200 (${rng.int(3, 90)} ms)`] }),
      () => ({
        l: [`${pre(t, 'INFO')} Pinadara na an resibo kan orden ${rng.int(2200, 2400)} (nagbayad sa ${rng.pick(['GCash', 'Maya', 'BDO'])})`],
      }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          `${pre(DAY_BCL + 6 * HOUR, 'INFO')} Pode v2.12.0 (PID: ${rng.int(1000, 9000)})`,
          `${pre(DAY_BCL + 6 * HOUR, 'INFO')} Listening on the following 1 endpoint(s) [1 thread(s)]:`,
          `${pre(DAY_BCL + 6 * HOUR, 'INFO')}         - http://localhost:8085/`,
        ],
      },
      after: 0,
    },
    P(
      'framework-dump',
      'pode-out-string-settings-hashtable-paymongo-secret',
      'error',
      'At start-up the server writes its settings hashtable with `Out-String`, and PowerShell\'s table lists every entry: `PayMongoSusi` ("PayMongo key"), the payment gateway\'s secret key `sk_live_…`.',
      ({ rng, t }) => {
        const sk = `sk_live_${rng.alnum(24)}`;
        const pk = `pk_live_${rng.alnum(24)}`;
        return {
          marks: [
            { value: sk },
            {
              value: pk,
              category: 'negative',
              kind: 'pode-out-string-settings-paymongo-public-key',
              expect: 'none',
              why: "The same table's `PayMongoPublic`, the gateway's publishable key (`pk_live_…`), which the checkout page ships to every browser: public by design, no credential.",
            },
          ],
          l: [
            `${pre(t, 'INFO')} Mga setting:`,
            ...table([
              ['Kooperatiba', 'Parauma nin Pili sa Sorsogon'],
              ['PayMongoPublic', pk],
              ['PayMongoSusi', sk],
              ['Database', `Server=sql.${PS};Database=pili;Integrated Security=True`],
              ['Oras', 'Asia/Manila'],
            ]),
          ],
        };
      },
      { after: 2 },
    ),
    4,
    P(
      'header-dump',
      'pode-out-string-request-headers-pode-sid',
      'error',
      "A debug switch writes `$WebEvent.Request.Headers` with `Out-String`, and the table keeps the `Cookie` header with Pode's signed session cookie (`pode.sid=s:<id>.<signature>`).",
      ({ rng, t }) => {
        const sid = `s:${rng.b64url(36)}.${rng.b64url(43)}`;
        return {
          value: sid,
          l: [
            `${pre(t, 'DEBUG')} Mga header kan hapot:`,
            ...table([
              ['Host', `api.${PS}`],
              ['User-Agent', rng.pick(BROWSERS).slice(0, 60) + '…'],
              ['Accept', 'application/json'],
              ['Cookie', `pode.sid=${sid}`],
            ]),
          ],
        };
      },
    ),
    3,
    P(
      'negative',
      'pode-gcash-reference-number',
      'none',
      'A GCash reference number (13 digits) the buyer types as proof of payment: printed on every receipt, no credential.',
      ({ rng, t }) => {
        const ref = digits(rng, 13);
        return { value: ref, l: [`${pre(t, 'INFO')} Nakaabot an bayad kan orden ${rng.int(2200, 2400)} (GCash ref. ${ref})`] };
      },
    ),
    2,
    P(
      'refresh-token',
      'pode-error-quickbooks-refresh-body',
      'error',
      `${WHY.refresh} The renewal of the accounting connection fails, and the developer's error line writes the form body it posted, with QuickBooks' refresh token (\`AB11…\`).`,
      ({ rng, t }) => {
        const rt = `AB11${digits(rng, 10)}${rng.alnum(36)}`;
        return {
          value: rt,
          l: [
            `${pre(t, 'ERROR')} Dai nakua an bagong token sa QuickBooks: Response status code does not indicate success: 400 (Bad Request). Body: grant_type=refresh_token&refresh_token=${rt}`,
          ],
        };
      },
    ),
    3,
    P(
      'webhook',
      'pode-error-rocketchat-webhook-url',
      'error',
      WHY.webhook(
        "The order alert goes to the cooperative's Rocket.Chat through an incoming webhook (`/hooks/<integration id>/<token>`); `Invoke-RestMethod` fails and the error line quotes the URL",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tk = rng.alnum(48);
        return {
          value: tk,
          needle: `${id}/${tk}`,
          l: [`${pre(t, 'ERROR')} Invoke-RestMethod: An error occurred while sending the request. (https://chat.${PS}/hooks/${id}/${tk})`],
        };
      },
    ),
    3,
    P(
      'replay',
      'pode-info-receipt-tiket-first-use',
      'note',
      WHY.ticketFirst(
        'A one-time `tiket` ("ticket") in the receipt link the buyer gets by SMS, used once to download the receipt; the server logs the request. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return { value: tk, l: [`${pre(t, 'INFO')} GET /resibo/${rng.int(2200, 2400)}?tiket=${tk} 200 (203.0.113.${rng.int(2, 250)})`] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BCL + 6 * HOUR, site: { host: PS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// typeform-responses.jsonl: the cooperative's forms (a buyer survey and a delivery complaint form) read from Typeform's
// Responses API (`/forms/{id}/responses`), one item a line: `landing_id`, `token`, `response_id`, `landed_at`,
// `submitted_at` (UTC), `metadata` (`user_agent`, `platform`, `referer`, `network_id`, `browser`), `hidden`,
// `calculated`, `answers` (each with its `field` and a typed value).
// From memory (not fetched).

function typeformLog(rng) {
  const item = (rng, t, { referer = `https://${PS}/orden`, hidden = {}, answers = [], token = lowerNum(rng, 32), network = rng.hex(10) }) =>
    JSON.stringify({
      landing_id: token,
      token,
      response_id: token,
      landed_at: `${iso(t - rng.int(60, 600) * 1000).slice(0, 19)}Z`,
      submitted_at: `${iso(t).slice(0, 19)}Z`,
      metadata: {
        user_agent: rng.pick(BROWSERS),
        platform: rng.pick(['mobile', 'other']),
        referer,
        network_id: network,
        browser: 'default',
      },
      hidden,
      calculated: { score: 0 },
      answers,
    });
  const txt = (rng, ref, text) => ({ field: { id: rng.alnum(12), type: 'long_text', ref }, type: 'text', text });
  const filler = (rng, t) => ({
    l: [
      item(rng, t, {
        hidden: { orden: String(rng.int(2200, 2400)) },
        answers: [
          { field: { id: rng.alnum(12), type: 'opinion_scale', ref: 'marhay' }, type: 'number', number: rng.int(6, 10) },
          txt(
            rng,
            'komento',
            rng.pick([
              'Masiramon an pili, Dios mabalos!',
              'Medyo naatraso an padara alagad marhay an kalidad.',
              'Gusto ko pa nin mga pili tart.',
            ]),
          ),
        ],
      }),
    ],
  });
  const steps = [
    2,
    P(
      'session-id',
      'typeform-hidden-field-sesyon',
      'error',
      WHY.session(
        'The order page opens the survey with hidden fields, and the developers pass the shop\'s session (`sesyon`, "session") so answers can be tied to the order; the response keeps `hidden.sesyon`',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          l: [
            item(rng, t, {
              hidden: { orden: String(rng.int(2200, 2400)), sesyon: s },
              answers: [txt(rng, 'komento', 'Marhay an serbisyo.')],
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'typeform-response-token',
      'none',
      "A response's `token` (Typeform's id of one submission, 32 lower-case characters, also `landing_id` and `response_id`): an id, no credential.",
      ({ rng, t }) => {
        const tk = lowerNum(rng, 32);
        return {
          value: tk,
          l: [item(rng, t, { token: tk, hidden: { orden: String(rng.int(2200, 2400)) }, answers: [txt(rng, 'komento', 'Dios mabalos!')] })],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'typeform-metadata-referer-susi',
      'error',
      `${WHY.apiKey('susi')} (Bikol for "key"). The complaint form is embedded in the delivery page, whose address carries the agents' \`susi\`; Typeform keeps it as \`metadata.referer\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          l: [
            item(rng, t, {
              referer: `https://${PS}/padara/estado?orden=${rng.int(2200, 2400)}&susi=${key}`,
              answers: [txt(rng, 'reklamo', 'Dai pa nakaabot an padara ko.')],
            }),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'typeform-metadata-referer-embed-jwt-expired',
      'note',
      "The survey sits in the order page's embed (`/embed/orden/<JWT>`), and the response keeps the page as `metadata.referer`: an hour's token, which had expired before the submission's UTC `submitted_at`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + rng.int(900, 5400),
          claims: { iss: `https://${PS}`, sub: `orden:${rng.int(2200, 2400)}`, aud: 'embed' },
        });
        return {
          value: token,
          jwt: facts,
          l: [item(rng, t, { referer: `https://${PS}/embed/orden/${token}`, answers: [txt(rng, 'komento', 'Gusto ko an pili tart.')] })],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'typeform-answer-url-access-token-fragment',
      'error',
      'A buyer answers "which page did not open?" by pasting the address from the browser, the sign-in return with `#access_token=…` (a `url` answer).',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          l: [
            item(rng, t, {
              answers: [
                {
                  field: { id: rng.alnum(12), type: 'website', ref: 'pahina' },
                  type: 'url',
                  url: `https://${PS}/account/#access_token=${at}&token_type=Bearer&expires_in=3600`,
                },
                txt(rng, 'reklamo', 'Dai nabubukas an account ko pag-login ko.'),
              ],
            }),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'typeform-metadata-network-id',
      'none',
      "A response's `metadata.network_id` (a hash Typeform makes of the respondent's network, 10 hex): an id, no credential.",
      ({ rng, t }) => {
        const n = rng.hex(10);
        return {
          value: n,
          needle: `"network_id":"${n}"`,
          l: [item(rng, t, { network: n, answers: [txt(rng, 'komento', 'Dios mabalos sa madaliang padara.')] })],
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BCL + 2 * HOUR, site: { host: PS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sitefinity-Error.log: the website on Sitefinity 15 (ASP.NET on IIS), its `App_Data/Sitefinity/Logs/Error.log`,
// written by Enterprise Library's text formatter: each entry between rules of dashes, `Timestamp:` (UTC), `Message:`
// with `HandlingInstanceID:` and the exception's `Type :`, `Message :`, `Source :`, `Stack Trace :`, then `Additional
// Info:` (`MachineName`, `TimeStamp`, `Request URL`…), `Category: ErrorLog`, `Priority`, `EventId`, `Severity`, `Title`,
// `Machine`, `Process Name`, `Win32 ThreadId`.
// From memory (not fetched): the formatter's fields; the `Request URL` line among Sitefinity's additional info.

function sitefinityLog(rng) {
  const stamp = (t) => {
    const d = new Date(t);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const entry = (rng, t, { type, msg, stack, url, src = 'System.Web', extra = [] }) => [
    '----------------------------------------',
    `Timestamp: ${stamp(t)}`,
    '',
    `Message: HandlingInstanceID: ${rng.uuid()}`,
    `An exception of type '${type.split(',')[0]}' occurred and was caught.`,
    '--------------------------------------------------------------------------------',
    `${stamp(t)}`,
    `Type : ${type}`,
    `Message : ${msg}`,
    `Source : ${src}`,
    `Stack Trace :    ${stack}`,
    ...extra,
    '',
    'Additional Info:',
    '',
    'MachineName : PILI-WEB01',
    `TimeStamp : ${stamp(t)}`,
    `Request URL : ${url}`,
    'WindowsIdentity : IIS APPPOOL\\pili',
    '',
    'Category: ErrorLog',
    'Priority: 0',
    'EventId: 9010',
    'Severity: Error',
    'Title:Enterprise Library Exception Handling',
    'Machine: PILI-WEB01',
    'Process Name: c:\\windows\\system32\\inetsrv\\w3wp.exe',
    `Win32 ThreadId:${rng.int(1000, 9000)}`,
    'Extended Properties: ',
    '----------------------------------------',
  ];
  const HTTPEX = 'System.Web.HttpException, System.Web, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a';
  const filler = (rng, t) => {
    const [msg, path] = rng.pick([
      ["The controller for path '/wp-login.php' was not found or does not implement IController.", 'wp-login.php'],
      ["The controller for path '/.env' was not found or does not implement IController.", '.env'],
      ['A potentially dangerous Request.Path value was detected from the client (<).', 'produkto/%3Cscript%3E'],
    ]);
    return {
      l: entry(rng, t, {
        type: HTTPEX,
        msg,
        stack: 'at System.Web.Mvc.DefaultControllerFactory.GetControllerInstance(RequestContext requestContext, Type controllerType)',
        url: `https://www.${PS}/${path}`,
      }),
    };
  };
  const steps = [
    1,
    P(
      'oauth-code',
      'sitefinity-request-url-entra-callback-code',
      'warning',
      `${WHY.code} The staff sign-in through Microsoft Entra ID fails on the return, and the entry's \`Request URL\` keeps the callback with the code (\`1.A…\`).`,
      ({ rng, t }) => {
        const code = `1.AU${rng.b64url(8)}${rng.b64url(240)}`;
        return {
          value: code,
          l: entry(rng, t, {
            type: 'System.InvalidOperationException, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089',
            msg: "IDX21323: RequireNonce is 'True'. OpenIdConnectProtocolValidationContext.Nonce was null.",
            src: 'Microsoft.IdentityModel.Protocols.OpenIdConnect',
            stack:
              'at Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectProtocolValidator.ValidateNonce(OpenIdConnectProtocolValidationContext validationContext)',
            url: `https://www.${PS}/Sitefinity/Authenticate/OpenID/signin-entra?code=${code}&state=OpenIdConnect.AuthenticationProperties%3D${rng.b64url(60)}&session_state=${rng.uuid()}`,
          }),
        };
      },
    ),
    1,
    P(
      'negative',
      'sitefinity-handling-instance-id',
      'none',
      "Enterprise Library's `HandlingInstanceID` (a GUID naming one handled exception): an id, no credential.",
      ({ rng, t }) => {
        const lines = entry(rng, t, {
          type: HTTPEX,
          msg: 'Server cannot set status after HTTP headers have been sent.',
          stack: 'at System.Web.HttpResponse.set_StatusCode(Int32 value)',
          url: `https://www.${PS}/produkto`,
        });
        const g = lines[3].slice('Message: HandlingInstanceID: '.length);
        return { value: g, l: lines };
      },
    ),
    1,
    P(
      'id-token',
      'sitefinity-idx10503-showpii-token',
      'error',
      "With IdentityModel's `ShowPII` left on, the signature validation error (`IDX10503`) quotes the whole ID token in the exception's message; an hour's token live at the entry's UTC `Timestamp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 120),
          claims: {
            iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`,
            aud: rng.uuid(),
            oid: rng.uuid(),
            preferred_username: `kahera@${PS}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          l: entry(rng, t, {
            type: 'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException, Microsoft.IdentityModel.Tokens',
            src: 'System.IdentityModel.Tokens.Jwt',
            msg: `IDX10503: Signature validation failed. Token does not have a kid. Keys tried: 'System.Text.StringBuilder'. Number of keys in TokenValidationParameters: '2'. Number of keys in Configuration: '0'. Exceptions caught: ''. token: '${token}'.`,
            stack:
              'at System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler.ValidateSignature(String token, TokenValidationParameters validationParameters)',
            url: `https://www.${PS}/Sitefinity/Authenticate/OpenID/signin-entra`,
          }),
        };
      },
    ),
    1,
    P(
      'path-secret',
      'sitefinity-request-url-password-renew-link',
      'error',
      WHY.pathSecret('A buyer\'s password renewal link (`/password/bagohon/<token>`, bagohon "renew") throws, and `Request URL` keeps it'),
      ({ rng, t }) => {
        const tk = rng.alnum(40);
        return {
          value: tk,
          l: entry(rng, t, {
            type: 'System.NullReferenceException, mscorlib',
            src: 'SitefinityWebApp',
            msg: 'Object reference not set to an instance of an object.',
            stack: 'at SitefinityWebApp.Mvc.Controllers.PasswordController.Bagohon(String token)',
            url: `https://www.${PS}/password/bagohon/${tk}`,
          }),
        };
      },
    ),
    1,
    P(
      'framework-dump',
      'sitefinity-exception-property-connection-string',
      'error',
      "The developers' data exception carries the connection string as a property, and Enterprise Library's formatter writes every public property of the exception, `Password=` included.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          l: entry(rng, t, {
            type: 'SitefinityWebApp.Data.PiliDataException, SitefinityWebApp',
            src: 'SitefinityWebApp',
            msg: "Login failed for user 'pili_web'.",
            stack: 'at SitefinityWebApp.Data.OrdenRepository.Open()',
            url: `https://www.${PS}/orden/listahan`,
            extra: [`ConnectionString : Data Source=sql.${PS};Initial Catalog=pili;User ID=pili_web;Password=${pw}`],
          }),
        };
      },
    ),
    1,
    P(
      'negative',
      'sitefinity-request-url-ga-linker-param',
      'none',
      "Google Analytics' cross-domain linker parameter (`_gl=1*<hash>*_ga*<client id>*…`) in a buyer's `Request URL`: an analytics client id and a checksum, no credential.",
      ({ rng, t }) => {
        const h = lowerNum(rng, 6);
        const gl = `1*${h}*_ga*${b64Of(`${rng.int(100000000, 999999999)}.${Math.floor(t / 1000) - rng.int(1000, 90000)}`).replace(/=/g, '')}*_ga_${upperNum(rng, 10)}*${b64Of(`GS1.1.${Math.floor(t / 1000)}.1.0.${Math.floor(t / 1000)}.0.0.0`).replace(/=/g, '')}`;
        return {
          value: gl,
          l: entry(rng, t, {
            type: HTTPEX,
            msg: "The controller for path '/produkto/pili-tart' was not found or does not implement IController.",
            stack: 'at System.Web.Mvc.DefaultControllerFactory.GetControllerInstance(RequestContext requestContext, Type controllerType)',
            url: `https://www.${PS}/produkto/pili-tart?_gl=${gl}`,
          }),
        };
      },
    ),
    1,
    P(
      'encoded',
      'sitefinity-request-url-returnurl-percent-encoded-susi',
      'error',
      'The sign-in page\'s `ReturnUrl` holds, percent-encoded, the wholesale price list link with its `susi` ("key"): decoded, a long-lived key.',
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          l: entry(rng, t, {
            type: HTTPEX,
            msg: 'Server cannot append header after HTTP headers have been sent.',
            stack: 'at System.Web.HttpResponse.AppendHeader(String name, String value)',
            url: `https://www.${PS}/Sitefinity/Authenticate/SWT?realm=http%3a%2f%2fwww.${PS}&redirect_uri=%2f&ReturnUrl=%2fpakyawan%2fpresyo.pdf%3fsusi%3d${key}`,
          }),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BCL + 1 * HOUR, site: { host: PS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bayad-poem.log: the payment service (bayad, "payment"), Rust on Poem 3 with its `Tracing` middleware and
// tracing-subscriber's default `fmt` output: `<RFC 3339 UTC>  <LEVEL> <span>{fields}: <target>: <message> <fields>`, the
// middleware's span `request{remote_addr=… version=… method=… uri=…}` in front of every event of a request and its
// `response status=… duration=…` event; the developers print Rust values with `{:?}` and `{:#?}`.
// From memory (a search found forks of Poem's tracing middleware: its span fields `remote_addr`, `version`, `method`,
// `uri`; the event's wording from memory).

function poemLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  /** The middleware's `response` event, a millisecond after the handler's. */
  const span = (e, m, uri) => `request{remote_addr=${e.ip}:${e.port} version=HTTP/1.1 method=${m} uri=${uri}}`;
  const resp = (e, m, uri, st = '200 OK') =>
    `${ts(e.t + 1)}  INFO ${span(e, m, uri)}: poem::middleware::tracing_mw: response status=${st} duration=${(rng.int(200, 90000) / 1000).toFixed(3)}ms`;
  const R = (e) => (typeof e.l === 'function' ? e.l(e) : e.l);
  const filler = (rng) =>
    rng.pick([
      () => ({ l: (e) => [resp(e, 'GET', '/api/presyo')] }),
      () => ({
        l: (e) => [
          `${ts(e.t)}  INFO ${span(e, 'POST', '/api/bayad')}: bayad::handlers: bagong bayad orden=${rng.int(2200, 2400)} halaga=${rng.int(300, 9000)}.00 paagi=${rng.pick(['gcash', 'maya', 'card'])}`,
          resp(e, 'POST', '/api/bayad', '201 Created'),
        ],
      }),
    ])();
  const steps = [
    P(
      'framework-dump',
      'poem-pretty-debug-config-database-url',
      'error',
      'At start-up the service prints its configuration with `{:#?}`, and the derived `Debug` writes the database URL with its password.',
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          l: (e) => [
            `${ts(e.t)}  INFO bayad: configuration loaded: Config {`,
            `    bind: "0.0.0.0:8090",`,
            `    database_url: "postgres://bayad:${pw}@db.${PS}:5432/bayad",`,
            `    paymongo_base: "https://api.paymongo.com/v1",`,
            '    log_level: "info",',
            '}',
          ],
        };
      },
      { after: 0 },
    ),
    3,
    P(
      'api-key-name',
      'poem-span-uri-susi-handler-and-response',
      'error',
      `${WHY.apiKey('susi')} (Bikol for "key"). The wholesale buyers' system asks for prices with the key in the query; the span's \`uri\` writes it on the handler's warning and on the middleware's \`response\` event.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const uri = `/api/presyo/pakyawan?susi=${key}&kilo=500`;
        return {
          value: key,
          l: (e) => [
            `${ts(e.t)}  WARN ${span(e, 'GET', uri)}: bayad::handlers: daing stock para sa kilo=500`,
            resp(e, 'GET', uri, '409 Conflict'),
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'poem-debug-paymongo-signature-header',
      'none',
      "PayMongo's webhook signature header (`Paymongo-Signature: t=<time>,te=,li=<64 hex>`), an HMAC of one delivery: a per-message proof, no credential.",
      ({ rng }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          l: (e) => [
            `${ts(e.t)} DEBUG ${span(e, 'POST', '/webhook/paymongo')}: bayad::webhook: pirma: "t=${Math.floor(e.t / 1000)},te=,li=${sig}"`,
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'poem-debug-headermap-bearer',
      'error',
      "A debug line prints the request's `HeaderMap` with `{:?}`, and the map keeps `authorization: Bearer` with the mobile app's opaque token.",
      ({ rng }) => {
        const at = rng.alnum(44);
        return {
          value: at,
          l: (e) => [
            `${ts(e.t)} DEBUG ${span(e, 'GET', '/api/bayad/mga-akin')}: bayad::handlers: mga header: {"host": "bayad.${PS}", "user-agent": "PiliApp/3.2 (Android 14)", "accept": "application/json", "authorization": "Bearer ${at}"}`,
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'poem-reqwest-error-url-zoho-refresh-token',
      'error',
      `${WHY.refresh} Zoho's token endpoint takes the renewal in the query, and reqwest's error names the URL it could not reach (\`error sending request for url (…)\`), Zoho's refresh token (\`1000.<32 hex>.<32 hex>\`) in it.`,
      ({ rng }) => {
        const rt = `1000.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: rt,
          l: (e) => [
            `${ts(e.t)} ERROR bayad::libro: dai na-refresh an token: error sending request for url (https://accounts.zoho.com/oauth/v2/token?refresh_token=${rt}&client_id=1000.${upperNum(rng, 30)}&client_secret=${rng.hex(42)}&grant_type=refresh_token)`,
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'poem-span-uri-embed-receipt-jwt-short',
      'warning',
      "The receipt widget is served at `/embed/resibo/<JWT>`, and the span's `uri` writes it on the `response` event: a five-minute token without a jti, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(5, 60),
          claims: { iss: `https://bayad.${PS}`, sub: `orden:${rng.int(2200, 2400)}` },
        });
        return { value: token, jwt: facts, l: (e) => [resp(e, 'GET', `/embed/resibo/${token}`)] };
      },
    ),
    2,
    P(
      'session-id',
      'poem-debug-session-struct',
      'error',
      WHY.session(
        'The service prints the session struct it makes at sign-in with `{:?}` (`Sesyon { … }`, "session"), the `sesyon` cookie\'s id in it',
      ),
      ({ rng }) => {
        const sid = rng.alnum(32);
        return {
          value: sid,
          l: (e) => [
            `${ts(e.t)}  INFO ${span(e, 'POST', '/api/login')}: bayad::auth: Sesyon { id: "${sid}", paragamit: ${rng.int(100, 999)}, papel: Kahera }`,
          ],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'poem-debug-browser-error-report-fragment',
      'error',
      'The web checkout reports browser errors to the service, which prints the report with `{:?}`: its `pahina` ("page") is the address with the sign-in return\'s `#access_token=…`.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          l: (e) => [
            `${ts(e.t)}  WARN ${span(e, 'POST', '/api/sala')}: bayad::sala: SalaSaBrowser { pahina: "https://bayad.${PS}/bayadan#access_token=${at}&token_type=Bearer&expires_in=3600", mensahe: "TypeError: can't access property \\"orden\\", data is undefined" }`,
          ],
        };
      },
    ),
    2,
    P(
      'negative',
      'poem-span-x-request-id',
      'none',
      'A request id the load balancer adds (a UUID), printed by the handler: an id, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          l: (e) => [`${ts(e.t)}  INFO ${span(e, 'POST', '/api/bayad')}: bayad::handlers: x-request-id=${u} bayad inako`],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BCL + 3 * HOUR, site: { host: PS }, filler, render: R, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout95');
writePart(join(here, 'heldout95'), {
  'nghttpx-access.log': nghttpxLog(rng),
  'vibe-bookings.log': vibeLog(rng),
  'laminar-door-firmware-142.log': laminarLog(rng),
  'PrusaSlicer.log': prusaLog(rng),
  'mailjet-events.jsonl': mailjetLog(rng),
  'gavpi-jooby.log': joobyLog(rng),
  'technitium-20280125.log': technitiumLog(rng),
  'kentico-eventlog.csv': kenticoLog(rng),
  'boazu-hunchentoot.log': hunchentootLog(rng),
  'sparkpost-events.jsonl': sparkpostLog(rng),
  'pili_2028-02-08_001.log': podeLog(rng),
  'typeform-responses.jsonl': typeformLog(rng),
  'sitefinity-Error.log': sitefinityLog(rng),
  'bayad-poem.log': poemLog(rng),
});
