// Writes corpus/logs-in-the-wild/heldout130/: a hundred-and-thirtieth held-out part, in formats no other part uses (a
// Happstack server's access log, Keyboard Maestro's Engine.log, nanoc 4's `nanoc check` output, a Procodile supervisor
// log of a Sinatra app on Puma, CFEngine's `cf-agent -I` output, a Pelican 4 build at `-D` with Rich's log lines, a
// Tasker run log, a circus FileStream log of a gunicorn and Flask watcher, a Snap Framework error.log, an ISPConfig 3
// system log, Alfred's workflow debugger output, hivemind's output of Go services, a MacroDroid system log, a Middleman
// preview server at `--verbose` with WEBrick and a Faraday logger), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout130.mjs    rewrites heldout130/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Wenlock Edge Repair Café and Tool Library of Much Wenlock (Shropshire), with a loans site,
// a volunteer's Mac, a website, a booking app and a small server kept by CFEngine (English, five logs); the Tiamu
// Charhapiti copper-smiths' cooperative of Santa Clara del Cobre (Michoacán), with a website, a workshop phone, an
// orders service, a catalogue API and a hosting panel (Purépecha, five logs); the Wakpá Wašté Lakȟól'iyapi Owáyawa, a
// Lakota language school near Kyle (Pine Ridge, South Dakota), with a teacher's Mac, its Go services, a bus phone and
// its website (Lakota, four logs). Standard names (OAuth's, vendors', frameworks' default cookies) stay as their
// specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { B64, digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Faraday v2.12.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Shropshire in November (GMT, UTC+0), Michoacán (CST, UTC−6 all year since 2022), Pine Ridge in December (MST, UTC−7). */
const GMT = 0;
const CST = -360;
const MST = -420;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_PU = Date.UTC(2027, 10, 29, 12, 0, 0);
const DAY_LA = Date.UTC(2027, 11, 13, 14, 0, 0);

/** A planted step whose event is the lines `x` its function returns (with `value`, `needle`, `jwt` or `marks`). */
const S = (category, kind, expect, why, fn, options) =>
  plant(
    category,
    kind,
    expect,
    why,
    (ctx) => {
      const r = fn(ctx);
      return { value: r.value, needle: r.needle, jwt: r.jwt, marks: r.marks, event: { x: r.x } };
    },
    options,
  );
const render = (e) => e.x;
const hm = (t, o) => local(t, o).slice(11, 19);

// =====================================================================================================================
// Wenlock Edge Repair Café and Tool Library (English; Much Wenlock, Shropshire: GMT)
// =====================================================================================================================

const WE = 'wenlocktools.example';

// ---------------------------------------------------------------------------------------------------------------------
// access.log: the loans site, a Happstack 7 server whose `logMAccess` writes the Apache combined layout: `<host> -
// <user> [<dd/Mon/yyyy:HH:MM:SS +zzzz>] "<request line>" <status> <bytes> "<referer>" "<user agent>"`.
// From memory (Happstack's `Happstack.Server.Internal.LogFormat` formats the time as `%d/%b/%Y:%H:%M:%S %z`; not read).

function happstackLog(rng) {
  const line = (e, ip, req, status, ref = '-', ua = rng.pick(BROWSERS)) =>
    `${ip} - - [${clf(e, GMT)}] "${req}" ${status} ${rng.int(300, 20000)} "${ref}" "${ua}"`;
  const PATHS = [
    '/',
    '/tools',
    '/tools/hedge-trimmer',
    '/tools/tile-cutter',
    '/repair-cafe',
    '/static/site.css',
    '/loans/mine',
    '/calendar',
  ];
  const filler = (rng, t) => ({
    x: [line(t, publicIp(rng), `GET ${rng.pick(PATHS)} HTTP/1.1`, rng.pick([200, 200, 200, 304]), `https://${WE}/`)],
  });
  const steps = [
    3,
    S(
      'oauth-code',
      'happstack-request-line-google-callback-code',
      'warning',
      `${WHY.code} Google's \`4/0A…\` code in the request line of the loans site's sign-in callback.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          needle: encodeURIComponent(code),
          x: [
            line(
              t,
              publicIp(rng),
              `GET /auth/google/callback?state=${rng.b64url(32)}&code=${encodeURIComponent(code)}&scope=email+openid&authuser=0&prompt=none HTTP/1.1`,
              302,
              'https://accounts.google.com/',
            ),
          ],
        };
      },
    ),
    4,
    S(
      'negative',
      'happstack-search-cursor',
      'none',
      "A page cursor of the tools search (`cursor=`, base64 of the last row's sort key and id): paging state, no credential.",
      ({ rng, t }) => {
        const cur = b64urlOf(JSON.stringify({ name: 'ladder', id: rng.int(100, 999) }));
        return {
          value: cur,
          x: [line(t, publicIp(rng), `GET /tools?q=ladder&cursor=${cur} HTTP/1.1`, 200, `https://${WE}/tools?q=ladder`)],
        };
      },
    ),
    2,
    S(
      'id-token',
      'happstack-request-line-id-token-query',
      'error',
      "The loans app's sign-in return handed the provider's `id_token` to the server in the query, and the access log keeps the request line; the line's time carries its zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 40),
          claims: { iss: `https://id.${WE}`, aud: 'loans-web', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          x: [line(t, publicIp(rng), `GET /signin/done?id_token=${token}&state=${rng.hex(16)} HTTP/1.1`, 302, `https://id.${WE}/`)],
        };
      },
    ),
    3,
    S(
      'path-secret',
      'happstack-password-reset-path-token',
      'error',
      WHY.pathSecret("A member's password-reset link (`/reset/<token>`) opened from an e-mail, in the request line"),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return { value: tok, x: [line(t, publicIp(rng), `GET /reset/${tok} HTTP/1.1`, 200, '-')] };
      },
    ),
    2,
    S(
      'replay',
      'happstack-shed-door-ticket-first',
      'note',
      WHY.ticketFirst(
        "The tool shed's door kiosk opens with a single-use door ticket (`ticket=`) the member's phone shows as a QR code; the kiosk's request line. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.door = t;
        return {
          value: tk,
          x: [line(t, '198.51.100.23', `POST /shed/door/open?ticket=${tk} HTTP/1.1`, 204, '-', 'ShedKiosk/1.3 (Raspberry Pi)')],
        };
      },
      { ref: 'door' },
    ),
    2,
    S(
      'replay',
      'happstack-shed-door-ticket-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('door').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('ticket', gap('door', t))} A browser on a public address posted the same door ticket, read off a photo of the QR code, and the server opened the door again (204).`,
            },
          ],
          x: [line(t, '203.0.113.188', `POST /shed/door/open?ticket=${tk} HTTP/1.1`, 204, '-', BROWSERS[4])],
        };
      },
      { replayOf: 'door', after: 311 },
    ),
    3,
    S(
      'api-key-name',
      'happstack-ics-feed-api-key',
      'error',
      `${WHY.apiKey('api_key')} A volunteer's calendar app polls the loans feed with the key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          x: [line(t, publicIp(rng), `GET /api/loans.ics?volunteer=maggie&api_key=${key} HTTP/1.1`, 200, '-', 'Google-Calendar-Importer')],
        };
      },
    ),
    2,
    S(
      'negative',
      'happstack-static-cache-buster',
      'none',
      'A stylesheet fetched with a cache-busting content hash (`?v=<12 hex>`): a build hash, no credential.',
      ({ rng, t }) => {
        const v = rng.hex(12);
        return { value: v, x: [line(t, publicIp(rng), `GET /static/site.css?v=${v} HTTP/1.1`, 200, `https://${WE}/tools`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: WE }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Engine.log: Keyboard Maestro 11's engine log on the coordinator's Mac (`~/Library/Logs/Keyboard Maestro/Engine.log`):
// `<yyyy-mm-dd HH:MM:SS> <message>`, `Execute macro “…” from trigger …`, an action's failure with the macro it cancelled,
// a shell script's error text on the following lines without prefix.
// From memory (not fetched).

function keyboardMaestroLog(rng) {
  const at = (t) => ymdHmsAt(t, GMT);
  const MACROS = ['Backup loans sheet', 'Open repair queue', 'Print tool labels', 'New volunteer e-mail', 'Sync photos'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [`${at(t)} Execute macro “${rng.pick(MACROS)}” from trigger The Hot Key ⌃⌥${rng.pick(['B', 'L', 'P', 'R'])} is pressed`],
      }),
      () => ({ x: [`${at(t)} Execute macro “${rng.pick(MACROS)}” from trigger The Status Menu`] }),
      () => ({ x: [`${at(t)} Engine Starting 11.0.3`] }),
    ])();
  const steps = [
    3,
    S(
      'webhook',
      'keyboard-maestro-get-url-teams-webhook',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`) the "Tell the volunteers" macro posts to; the Get URL action failed and the engine quotes the URL',
      ),
      ({ rng, t }) => {
        const id = rng.hex(32);
        const url = `https://wenlocktools.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}`;
        return {
          value: id,
          needle: url,
          x: [
            `${at(t)} Action 4412 failed: Get URL failed with curl error 22 (The requested URL returned error: 400) Macro “Tell the volunteers” cancelled (while executing Get URL “${url}”).`,
          ],
        };
      },
    ),
    3,
    S(
      'negative',
      'keyboard-maestro-macro-uuid',
      'none',
      "A macro named by its UUID in the engine's message (`Execute macro UUID …`): Keyboard Maestro's own identifier, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid().toUpperCase();
        return { value: u, x: [`${at(t)} Execute macro “Sync photos” (${u}) from trigger Remote Trigger`] };
      },
    ),
    2,
    S(
      'api-key-name',
      'keyboard-maestro-shell-script-error-apikey',
      'error',
      `${WHY.apiKey('apikey')} An Execute Shell Script action's curl fails, and curl's error text quotes the mailing list's URL with the key.`,
      ({ rng, t }) => {
        const key = `${rng.hex(32)}-us${rng.int(2, 21)}`;
        return {
          value: key,
          x: [
            `${at(t)} Execute a Shell Script failed with script error: curl: (22) The requested URL returned error: 401`,
            `curl: (6) Could not resolve host while fetching https://lists.${WE}/3.0/lists/volunteers/members?apikey=${key}. Macro “New volunteer e-mail” cancelled (while executing Execute Shell Script).`,
          ],
        };
      },
    ),
    2,
    S(
      'header-dump',
      'keyboard-maestro-shell-script-curl-verbose-authorization',
      'error',
      "A debugging `curl -v` in the photo sync macro: its request headers go to stderr, which Keyboard Maestro writes into the failure's text, `> Authorization: Bearer …` among them.",
      ({ rng, t }) => {
        const tok = rng.alnum(64);
        return {
          value: tok,
          x: [
            `${at(t)} Execute a Shell Script failed with script error: * Connected to photos.${WE} port 443`,
            '> POST /api/upload HTTP/2',
            `> Host: photos.${WE}`,
            `> Authorization: Bearer ${tok}`,
            '> user-agent: curl/8.7.1',
            '< HTTP/2 413',
            'Macro “Sync photos” cancelled (while executing Execute Shell Script).',
          ],
        };
      },
    ),
    3,
    S(
      'refresh-token',
      'keyboard-maestro-shell-script-error-json-refresh-token',
      'error',
      `${WHY.refresh} The backup macro renews its Dropbox access with a shell script that prints the token response before failing; the engine keeps the JSON, \`refresh_token\` in it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          x: [
            `${at(t)} Execute a Shell Script failed with script error: {"token_type": "bearer", "refresh_token": "${rt}", "expires_in": 14400} jq: error (at <stdin>:0): Cannot index string with "access_token". Macro “Backup loans sheet” cancelled (while executing Execute Shell Script).`,
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'keyboard-maestro-file-sha256',
      'none',
      'The backup macro logs the SHA-256 of the sheet it copied (64 hex digits): a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, x: [`${at(t)} Log: Backup loans sheet: loans-2027-11-15.xlsx sha256 ${h}`] };
      },
    ),
    2,
    S(
      'encoded',
      'keyboard-maestro-get-url-base64-payload-token',
      'error',
      "The label printer macro calls a print service with its job as a base64 JSON `payload=`; decoded, the JSON carries the service's `token`. The failed Get URL is quoted by the engine.",
      ({ rng, t }) => {
        const payload = b64Of(JSON.stringify({ printer: 'dymo-450', labels: rng.int(1, 20), token: rng.alnum(40) }));
        return {
          value: payload,
          x: [
            `${at(t)} Action 5120 failed: Get URL failed with curl error 7 (Failed to connect to print.${WE} port 8631) Macro “Print tool labels” cancelled (while executing Get URL “http://print.${WE}:8631/job?payload=${encodeURIComponent(payload)}”).`,
          ],
          needle: encodeURIComponent(payload),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'km' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nanoc-check.log: `nanoc compile` then `nanoc check --deploy` of the website with nanoc 4.13, as CI captures it:
// `Loading site… done`, compile lines `<action> [<time>s] <path>`, `Running check external_links…`, `Issues found!`,
// per file `  <path>:` and `    [ ERROR ] external_links - broken reference to <URL>: <reason>`.
// From memory (not fetched).

function nanocLog(rng) {
  const PAGES = ['index', 'tools/index', 'repair-cafe/index', 'volunteer/index', 'about/index', 'news/2027-11-01-bikes/index'];
  let phase = 'compile';
  const filler = (rng) => {
    if (phase === 'compile')
      return {
        x: [
          `      ${rng.pick(['identical', 'update', 'create'])}  [${(rng.int(1, 900) / 1000).toFixed(2)}s]  output/${rng.pick(PAGES)}.html`,
        ],
      };
    return {
      x: [
        `    [ ERROR ] external_links - broken reference to <https://${rng.pick(['www.shropshire.example', 'maps.example', 'bikes.example'])}/${lowerNum(rng, 8)}>: 404 Not Found`,
      ],
    };
  };
  const issue = (page, url, reason) => [`  output/${page}.html:`, `    [ ERROR ] external_links - broken reference to <${url}>: ${reason}`];
  const steps = [
    { raw: { x: ['Loading site… done.', 'Compiling site…'] }, after: 0 },
    6,
    {
      raw: {
        get x() {
          phase = 'check';
          return [
            '',
            'Site compiled in 4.81s.',
            'Loading site… done.',
            'Running check external_links…   error',
            'Running check internal_links…   ok',
            'Running check stale…   ok',
            'Issues found!',
          ];
        },
      },
    },
    1,
    S(
      'path-secret',
      'nanoc-elinks-private-share-link',
      'error',
      WHY.pathSecret(
        'A volunteer pasted a private Dropbox transfer link (`/t/<token>`) into a news page; the link check reports it broken and writes it whole',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, x: issue('news/2027-11-01-bikes/index', `https://www.dropbox.com/t/${tok}`, '410 Gone') };
      },
    ),
    1,
    S(
      'implicit-fragment',
      'nanoc-elinks-pasted-address-access-token',
      'error',
      'A page links to the booking tool with an address copied from the browser after sign-in, `#access_token=…` in it; the check quotes the whole reference.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          x: issue(
            'volunteer/index',
            `https://rota.${WE}/shifts#access_token=${at}&token_type=bearer&expires_in=86400`,
            '401 Unauthorized',
          ),
        };
      },
    ),
    1,
    S(
      'negative',
      'nanoc-elinks-fbclid',
      'none',
      'A link copied from Facebook with its `fbclid` (a click id): tracking, no credential.',
      ({ rng }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, x: issue('repair-cafe/index', `https://events.shropshire.example/repair-day?fbclid=${f}`, '404 Not Found') };
      },
    ),
    1,
    S(
      'embed-jwt',
      'nanoc-elinks-embed-jwt-path',
      'error',
      "An iframe of the council's grant dashboard, `/embed/<JWT>`, whose token the page keeps; the check reports it when the server is down",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 5 * 86400),
          claims: { resource: { dashboard: rng.int(2, 40) }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          x: issue('about/index', `https://grants.shropshire.example/embed/dashboard/${token}#bordered=false`, '503 Service Unavailable'),
        };
      },
    ),
    1,
    S(
      'api-key-name',
      'nanoc-elinks-weather-widget-apikey',
      'error',
      `${WHY.apiKey('apiKey')} The weather widget on the repair café's page is a link to a weather service's endpoint with the key, reported as refused.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          x: issue(
            'repair-cafe/index',
            `https://api.weather.example/v3/wx/forecast/daily/5day?geocode=52.60,-2.56&format=json&units=m&language=en-GB&apiKey=${key}`,
            '401 Unauthorized',
          ),
        };
      },
    ),
    1,
    S(
      'encoded',
      'nanoc-elinks-percent-encoded-redirect-token',
      'error',
      'A "sign in to donate" link carries its return address percent-encoded in `redirect=`; decoded, that address holds a `token=`.',
      ({ rng }) => {
        const tok = rng.alnum(36);
        const enc = encodeURIComponent(`https://${WE}/donate/thanks?token=${tok}`);
        return { value: tok, x: issue('index', `https://pay.example/checkout?redirect=${enc}`, '404 Not Found') };
      },
    ),
    1,
    S(
      'negative',
      'nanoc-elinks-github-commit-sha',
      'none',
      "A link to the site's source at a commit (`/commit/<40 hex>`): a commit id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, x: issue('about/index', `https://github.com/wenlocktools/site/commit/${sha}`, '404 Not Found') };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'nanoc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// procodile.log: Procodile 2 supervising the booking app (Sinatra on Puma) and its worker: `<HH:MM:SS> <name padded>
// | <line>`, `system` lines of the supervisor, the processes' output (Rack::CommonLogger's lines, the app's Logger lines
// `I, [<ISO>] INFO -- : …`, Ruby's `inspect` of hashes and objects).
// From memory (not fetched).

function procodileLog(rng) {
  const p = (t, who, text) => `${hm(t, GMT)} ${who.padEnd(10)} | ${text}`;
  const common = (t, ip, req, status) =>
    `${ip} - - [${clf(t, GMT)}] "${req}" ${status} ${rng.int(100, 9000)} ${(rng.int(1, 900) / 10000).toFixed(4)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          p(t, 'web.1', common(t, publicIp(rng), `GET ${rng.pick(['/', '/slots', '/slots/2027-11-20', '/assets/app.css'])} HTTP/1.1`, 200)),
        ],
      }),
      () => ({
        x: [
          p(t, 'worker.1', `I, [${iso(t).slice(0, 23)} #${rng.int(200, 900)}]  INFO -- : reminder sent for booking ${rng.int(1000, 9999)}`),
        ],
      }),
      () => ({ x: [p(t, 'system', `web.1 is running with PID ${rng.int(2000, 9000)}`)] }),
    ])();
  const steps = [
    {
      raw: {
        x: [
          p(DAY_EN + 7 * HOUR, 'system', 'Procodile supervisor started with PID 1180'),
          p(DAY_EN + 7 * HOUR, 'system', 'Application root is /srv/bookings'),
          p(DAY_EN + 7 * HOUR, 'web.1', 'Puma starting in single mode...'),
          p(DAY_EN + 7 * HOUR, 'web.1', '* Listening on http://0.0.0.0:9292'),
        ],
      },
      after: 0,
    },
    3,
    S(
      'oauth-code',
      'procodile-commonlogger-and-params-xero-code',
      'warning',
      `${WHY.code} Xero's callback of the booking app: Rack::CommonLogger writes the request line, and the app's debug line prints \`params.inspect\` of the same request.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        const st = rng.hex(24);
        return {
          value: code,
          x: [
            p(
              t,
              'web.1',
              common(
                t,
                publicIp(rng),
                `GET /auth/xero/callback?code=${code}&scope=openid%20accounting.transactions&state=${st}&session_state=${rng.b64url(43)} HTTP/1.1`,
                302,
              ),
            ),
            p(t, 'web.1', `D, [${iso(t).slice(0, 23)} #411] DEBUG -- : callback params: {"code"=>"${code}", "state"=>"${st}"}`),
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'procodile-params-authenticity-token',
      'none',
      "Rack::Protection's `authenticity_token` in a form's printed params: a CSRF field, no credential.",
      ({ rng, t }) => {
        const a = rng.chars(B64, 86) + '==';
        return {
          value: a,
          x: [
            p(
              t,
              'web.1',
              `D, [${iso(t).slice(0, 23)} #411] DEBUG -- : params: {"authenticity_token"=>"${a}", "slot"=>"2027-11-20T10:00", "tool"=>"tile-cutter"}`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'framework-dump',
      'procodile-ruby-inspect-user-object-password',
      'error',
      'A sign-up fails validation and the app logs the model with Ruby\'s default `inspect`, instance variables and all: `@password="…"` in clear before hashing.',
      ({ rng, t }) => {
        const pw = `${rng.alnum(10)}!${digits(rng, 2)}`;
        return {
          value: pw,
          x: [
            p(
              t,
              'web.1',
              `W, [${iso(t).slice(0, 23)} #411]  WARN -- : signup invalid: #<Member:0x000078${rng.hex(10)} @email="${lowerNum(rng, 7)}@mail.example", @name="Sam Price", @password="${pw}", @errors=["postcode is invalid"]>`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'session-id',
      'procodile-env-inspect-rack-session-cookie',
      'error',
      WHY.session(
        'An exception\'s handler logs part of the Rack env with `inspect`, `"HTTP_COOKIE"=>"rack.session=…"` in it (Rack\'s cookie session, signed)',
      ),
      ({ rng, t }) => {
        const s = `${rng.chars(B64, 120)}--${rng.hex(40)}`;
        return {
          value: s,
          x: [
            p(
              t,
              'web.1',
              `E, [${iso(t).slice(0, 23)} #411] ERROR -- : NoMethodError: undefined method \`tool' for nil (env: {"REQUEST_METHOD"=>"POST", "PATH_INFO"=>"/bookings", "HTTP_COOKIE"=>"rack.session=${s}", "HTTP_HOST"=>"book.${WE}"})`,
            ),
          ],
        };
      },
    ),
    3,
    S(
      'refresh-token',
      'procodile-faraday-error-inspect-refresh-token',
      'error',
      `${WHY.refresh} The worker's Faraday error is logged with its \`response\` hash, whose \`:body\` echoes the request form of a refresh grant.`,
      ({ rng, t }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          x: [
            p(
              t,
              'worker.1',
              `E, [${iso(t).slice(0, 23)} #522] ERROR -- : #<Faraday::BadRequestError response={:status=>400, :headers=>{"content-type"=>"application/json"}, :body=>"{\\"error\\":\\"invalid_client\\",\\"request\\":\\"grant_type=refresh_token&refresh_token=${rt}&client_id=bookings\\"}", :request=>{:method=>:post, :url=>"https://identity.xero.com/connect/token"}}>`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'webhook',
      'procodile-worker-slack-webhook-url-inspect',
      'error',
      WHY.webhook(
        'A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24>`) printed by the worker in the `Net::HTTP` error it rescued',
      ),
      ({ rng, t }) => {
        const sec = rng.alnum(24);
        const url = `https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${sec}`;
        return {
          value: sec,
          needle: url,
          x: [
            p(
              t,
              'worker.1',
              `W, [${iso(t).slice(0, 23)} #522]  WARN -- : notify failed: #<Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>> uri=#<URI::HTTPS ${url}>`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'procodile-request-id-uuid',
      'none',
      'A request id (`X-Request-Id`, a UUID) the app logs per request: a correlation id, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, x: [p(t, 'web.1', `I, [${iso(t).slice(0, 23)} #411]  INFO -- : request_id=${u} POST /bookings 201`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'procodile' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cf-agent.log: `cf-agent -KI` runs of CFEngine 3.24 on the small server, appended by cron: `    info: <message>`
// (`Executing 'no timeout' ... '<command>'`, `Q: "...<command tail>": <output line>`, `Last N quoted lines were
// generated by promiser '…'`, `Completed execution of '…'`), `R: <report>` of reports promises; no time on the lines.
// From memory (not fetched).

function cfengineLog(rng) {
  const I = (m) => `    info: ${m}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        x: [
          I(
            `Updated file '/etc/${rng.pick(['motd', 'ntp.conf', 'logrotate.d/bookings'])}' with content '${rng.pick(['Managed by CFEngine', 'server 0.uk.pool.ntp.org iburst', 'weekly'])}'`,
          ),
        ],
      }),
      () => ({ x: [I(`Object '/srv/bookings/tmp' permissions changed from 40777 to 40755`)] }),
      () => ({ x: [`R: bookings: disk /srv ${rng.int(20, 70)}% used`] }),
    ])();
  const run = (cmd, out) => {
    const tail = cmd.length > 20 ? `...${cmd.slice(-20)}` : cmd;
    return [
      I(`Executing 'no timeout' ... '${cmd}'`),
      ...out.map((o) => I(`Q: "${tail}": ${o}`)),
      I(`Last ${out.length} quoted lines were generated by promiser '${cmd.split(' ')[0]}'`),
      I(`Completed execution of '${cmd.split(' ')[0]}'`),
    ];
  };
  const steps = [
    2,
    S(
      'api-key-name',
      'cfengine-executing-curl-access-key',
      'error',
      `${WHY.apiKey('access_key')} A commands promise fetches the uptime monitor's status with the key in the URL, and cf-agent prints the command it executes.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const cmd = `/usr/bin/curl -fsS https://status.monitor.example/api/v2/checks?access_key=${key}`;
        return { value: key, x: [I(`Executing 'no timeout' ... '${cmd}'`), I(`Completed execution of '/usr/bin/curl'`)] };
      },
    ),
    2,
    S(
      'negative',
      'cfengine-host-key-sha',
      'none',
      "cf-agent's identity line, the SHA-256 of the host's public key (`SHA=<64 hex>`): a public key's hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, x: [I(`Host's public key: SHA=${h}`)] };
      },
    ),
    2,
    S(
      'webhook',
      'cfengine-executing-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) a commands promise calls after a deploy; cf-agent echoes the command',
      ),
      ({ rng }) => {
        const hook = lowerNum(rng, 7);
        const url = `https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${hook}/`;
        return {
          value: hook,
          needle: url,
          x: run(`/usr/bin/curl -fsS -X POST ${url}`, [
            '{"attempt":"' + rng.uuid() + '","id":"' + rng.uuid() + '","request_id":"' + rng.b64url(16) + '","status":"success"}',
          ]),
        };
      },
    ),
    2,
    S(
      'header-dump',
      'cfengine-quoted-curl-verbose-basic',
      'error',
      "A backup check runs `curl -v` to the storage box; cf-agent quotes curl's stderr line by line, `> Authorization: Basic <base64 of user:password>` among them.",
      ({ rng }) => {
        const cred = b64Of(`u${digits(rng, 6)}:${rng.alnum(16)}`);
        return {
          value: cred,
          x: run(`/usr/bin/curl -sv -o /dev/null -u backup https://u${digits(rng, 6)}.your-storagebox.example/`, [
            '> PROPFIND / HTTP/1.1',
            '> Host: storagebox.example',
            `> Authorization: Basic ${cred}`,
            '< HTTP/1.1 207 Multi-Status',
          ]),
        };
      },
    ),
    2,
    S(
      'framework-dump',
      'cfengine-report-database-url',
      'error',
      "A reports promise left from debugging prints the app's `DATABASE_URL` variable, user and password inside.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return { value: pw, x: [`R: bookings: DATABASE_URL=postgres://bookings:${pw}@127.0.0.1:5432/bookings`] };
      },
    ),
    2,
    S(
      'path-secret',
      'cfengine-executing-wget-private-release-link',
      'error',
      WHY.pathSecret("The app's release is fetched from a private download link (`/d/<token>/…`) by a commands promise"),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          x: run(`/usr/bin/wget -q -O /srv/bookings/release.tar.gz https://files.${WE}/d/${tok}/bookings-1.9.2.tar.gz`, []),
        };
      },
    ),
    2,
    S(
      'negative',
      'cfengine-package-sha256-report',
      'none',
      'A reports promise prints the SHA-256 of the release it unpacked: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, x: [`R: bookings: release bookings-1.9.2.tar.gz sha256 ${h}`] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR, site: { host: 'cf' }, filler, render, steps });
}

// =====================================================================================================================
// Tiamu Charhapiti (Purépecha; Santa Clara del Cobre, Michoacán: CST, UTC−6)
// =====================================================================================================================

const TC = 'tiamucharhapiti.example';

// ---------------------------------------------------------------------------------------------------------------------
// pelican-build.log: `pelican content -D` of Pelican 4.11, captured with `| tee`: Rich's handler lines `[HH:MM:SS]
// <LEVEL padded to 8> <message>` with the source `file.py:line` at the right, and the plugins' lines.
// From memory (not fetched).

function pelicanLog(rng) {
  const r = (t, lvl, msg, src) => `[${hm(t, CST)}] ${lvl.padEnd(8)} ${msg.padEnd(90)} ${src}`;
  const ARTS = ['tiamu-charhapiti', 'kʼeri-tiamu', 'sapichu-tiamu', 'pirekua', 'jarhuajperakua'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [r(t, 'DEBUG', `Read file content/${rng.pick(ARTS)}.md -> Article`, 'readers.py:576')] }),
      () => ({ x: [r(t, 'DEBUG', `Writing output/${rng.pick(ARTS)}.html`, 'writers.py:212')] }),
      () => ({ x: [r(t, 'INFO', `tiamu_plugin: ${rng.int(2, 40)} tiamucha sési`, 'tiamu_plugin.py:48')] }),
    ])();
  const steps = [
    2,
    S(
      'framework-dump',
      'pelican-debug-plugin-settings-repr-uandakua',
      'error',
      "The cooperative's newsletter plugin logs its settings at DEBUG as a Python dict's repr, the SMTP `uandakua` (\"word\", the developers' name for the password) in clear.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          x: [
            r(
              DAY_PU,
              'DEBUG',
              `tiamu_newsletter settings: {'host': 'smtp.${TC}', 'port': 587, 'usuario': 'karakua@${TC}', 'uandakua': '${pw}', 'tls': True}`,
              'tiamu_newsletter.py:31',
            ),
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'pelican-masked-uandakua',
      'none',
      "The same plugin's summary prints the password masked (`'uandakua': '********'`): a mask, no credential.",
      () => ({
        value: "'uandakua': '********'",
        x: [r(DAY_PU + 60000, 'INFO', `tiamu_newsletter sési: {'host': 'smtp.${TC}', 'uandakua': '********'}`, 'tiamu_newsletter.py:44')],
      }),
    ),
    2,
    S(
      'api-key-name',
      'pelican-warning-catalogue-mitikua',
      'error',
      `${WHY.apiKey('mitikua')} (\`mitikua\`, the developers' word for "key", from *miteni* "to know") The catalogue plugin's warning quotes the request it could not complete.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          x: [
            r(t, 'WARNING', `No ambakiti: could not fetch https://api.${TC}/v1/tiamucha?mitikua=${key} (HTTP 503)`, 'tiamu_catalogo.py:77'),
          ],
        };
      },
    ),
    2,
    S(
      'encoded',
      'pelican-warning-percent-encoded-mitikua',
      'error',
      "The link checker plugin writes the URL it skipped percent-encoded, as the page's `href` held it; decoded, the shop link carries `mitikua=`.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const enc = encodeURIComponent(`https://tienda.${TC}/kanasta?mitikua=${key}`);
        return { value: key, x: [r(t, 'WARNING', `linkcheck: skipped https://l.${TC}/r?u=${enc}`, 'linkcheck.py:120')] };
      },
    ),
    2,
    S(
      'embed-jwt',
      'pelican-unable-find-embed-jwt',
      'warning',
      "An article embeds the sales dashboard with `/embed/<JWT>` and Pelican's content check warns about the link; the token lives two minutes without a jti, fresh when written on a line whose time has neither date nor zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 30),
          claims: { resource: { dashboard: 7 }, params: { tienda: 'santa-clara' } },
        });
        return {
          value: token,
          jwt: facts,
          x: [
            r(t, 'WARNING', `Unable to find 'https://datos.${TC}/embed/dashboard/${token}', skipping url replacement.`, 'contents.py:340'),
          ],
        };
      },
    ),
    2,
    S(
      'path-secret',
      'pelican-debug-nextcloud-share-token',
      'error',
      WHY.pathSecret(
        "A Nextcloud public share (`/s/<15 characters>`) of the workshop's photos, which the gallery plugin downloads and names at DEBUG",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          x: [r(t, 'DEBUG', `gallery: GET https://nube.${TC}/s/${tok}/download?path=%2Ftiamu-2027`, 'gallery.py:88')],
        };
      },
    ),
    2,
    S(
      'negative',
      'pelican-theme-asset-hash',
      'none',
      'A theme asset written with its content hash in the name: a build hash, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(20);
        return { value: h, x: [r(t, 'DEBUG', `Writing output/theme/css/main.${h}.css`, 'writers.py:212')] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PU + 2 * HOUR, site: { host: 'pelican' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tasker-runlog.txt: Tasker 6.4's run log exported from the workshop phone: `<yyyyMMdd> <HH.mm.ss> <type> <status>
// ID<task>.<action> <task>.<action name>`, error lines with `%err`'s text; local time without zone.
// From memory (not fetched).

function taskerLog(rng) {
  const ts = (t) => {
    const l = local(t, CST);
    return `${l.slice(0, 10).replace(/-/g, '')} ${l.slice(11, 19).replace(/:/g, '.')}`;
  };
  const TASKS = [
    ['Tumina', 'HTTP Request'],
    ['Jarhuajperakua', 'Send SMS'],
    ['Kanasta', 'Variable Set'],
    ['Uandani', 'Say'],
  ];
  const filler = (rng, t) => {
    const [task, action] = rng.pick(TASKS);
    const id = rng.int(10, 60);
    return {
      x: [
        `${ts(t)} T Running     ID${id}      ${task}`,
        `${ts(t)} A OK          ID${id}.${rng.int(1, 5)}    ${task}.${action}`,
        `${ts(t)} T ExitOK      ID${id}      ${task}`,
      ],
    };
  };
  const steps = [
    2,
    S(
      'webhook',
      'tasker-err-google-chat-webhook',
      'error',
      WHY.webhook(
        'A Google Chat incoming webhook (`/v1/spaces/<space>/messages?key=…&token=…`) the workshop phone posts to; the HTTP Request error quotes it',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          x: [
            `${ts(t)} A Err         ID21.2    Kanasta.HTTP Request`,
            `${ts(t)} E             ID21.2    %err 500: POST https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}`,
          ],
        };
      },
    ),
    2,
    S(
      'api-key-name',
      'tasker-flash-mitikua-url',
      'error',
      `${WHY.apiKey('mitikua')} ("key") A Flash action shows the URL the orders task built, and the run log keeps its text.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          x: [
            `${ts(t)} A OK          ID14.3    Tumina.Flash`,
            `${ts(t)} I             ID14.3    Flash: https://api.${TC}/v1/tumina?mitikua=${key}&pedido=${rng.int(300, 900)}`,
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'tasker-android-id',
      'none',
      "The phone's device id (16 hex, Android's `Settings.Secure.ANDROID_ID`) a task logs: a device identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(16);
        return { value: id, x: [`${ts(t)} I             ID3.1     Uandani: ${id} sési`] };
      },
    ),
    2,
    S(
      'session-id',
      'tasker-http-request-cookie-header',
      'error',
      WHY.session("The HTTP Request action's failure quotes its headers, the shop's `PHPSESSID` cookie copied in by the workshop"),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          x: [
            `${ts(t)} A Err         ID14.1    Tumina.HTTP Request`,
            `${ts(t)} E             ID14.1    %err headers: Cookie:PHPSESSID=${s} User-Agent:Tasker/6.4`,
          ],
        };
      },
    ),
    2,
    S(
      'implicit-fragment',
      'tasker-received-intent-fragment-access-token',
      'error',
      "An App Link return from the shop's sign-in, `#access_token=…` in the intent data, which the Intent Received profile logs.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          x: [
            `${ts(t)} P Active      ID9       Intent Received`,
            `${ts(t)} I             ID9       %intent_data=https://tienda.${TC}/ju#access_token=${at}&token_type=bearer&expires_in=7200`,
          ],
        };
      },
    ),
    2,
    S(
      'id-token',
      'tasker-variable-set-id-token',
      'error',
      "A task stores the sign-in's `id_token` in a global variable and the run log prints the Variable Set's value; a day-long token, on a line in local time without zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(30, 300),
          claims: { iss: `https://id.${TC}`, aud: 'tiamu-android', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          x: [`${ts(t)} A OK          ID9.2     Ju.Variable Set`, `${ts(t)} I             ID9.2     %IDTOKEN=${token}`],
        };
      },
    ),
    2,
    S(
      'negative',
      'tasker-sms-order-number',
      'none',
      'An order number texted to a customer (`T-<6 digits>`): a reference, no credential.',
      ({ rng, t }) => {
        const n = `T-${digits(rng, 6)}`;
        return { value: n, x: [`${ts(t)} I             ID5.1     Jarhuajperakua: pedido ${n} Diosï meiamu`] };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_PU + 3 * HOUR, site: { host: 'tasker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// circus-tumina.log: circus 0.18's FileStream output of the `tumina` watcher (gunicorn 23 with a Flask app) with
// `time_format`: `<yyyy-mm-dd HH:MM:SS> [<pid>] | <line>`; the lines are gunicorn's access log (`%(h)s %(l)s %(u)s
// %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"`) and the app's `logging` lines.
// From memory (not fetched).

function circusLog(rng) {
  const c = (t, pid, line) => `${ymdHmsAt(t, CST)} [${pid}] | ${line}`;
  const acc = (t, ip, req, st, ref = '-') =>
    `${ip} - - [${clf(t, CST)}] "${req}" ${st} ${rng.int(100, 9000)} "${ref}" "${rng.pick(BROWSERS)}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [c(t, 2211, acc(t, publicIp(rng), `GET /v1/${rng.pick(['tiamucha', 'kanasta', 'pedidos'])} HTTP/1.1`, 200))] }),
      () => ({ x: [c(t, 2211, `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] INFO in pedidos: pedido ${rng.int(300, 900)} sési`)] }),
    ])();
  const steps = [
    2,
    S(
      'oauth-code',
      'circus-gunicorn-access-and-flask-mercadolibre-code',
      'warning',
      `${WHY.code} Mercado Libre's \`TG-…\` code of the shop's seller account in gunicorn's access line, and again in the Flask app's line of the same request.`,
      ({ rng, t }) => {
        const code = `TG-${rng.hex(24)}-${digits(rng, 9)}`;
        const st = rng.hex(16);
        return {
          value: code,
          x: [
            c(
              t,
              2211,
              acc(t, publicIp(rng), `GET /ml/callback?code=${code}&state=${st} HTTP/1.1`, 302, 'https://auth.mercadolibre.com.mx/'),
            ),
            c(t, 2211, `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] INFO in ml: callback code=${code} state=${st}`),
          ],
        };
      },
    ),
    2,
    S(
      'refresh-token',
      'circus-flask-repr-token-dict-refresh',
      'error',
      `${WHY.refresh} The app logs the token response of Mercado Libre as a Python dict's repr, \`'refresh_token': 'TG-…'\` in it.`,
      ({ rng, t }) => {
        const rt = `TG-${rng.hex(24)}-${digits(rng, 9)}`;
        return {
          value: rt,
          x: [
            c(
              t,
              2211,
              `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] DEBUG in ml: token: {'token_type': 'Bearer', 'expires_in': 21600, 'scope': 'offline_access read write', 'user_id': ${digits(rng, 9)}, 'refresh_token': '${rt}'}`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'negative',
      'circus-celery-task-id',
      'none',
      'A background task id (a UUID) the app logs: an identifier, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, x: [c(t, 2211, `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] INFO in tareas: tarea ${u} sési`)] };
      },
    ),
    2,
    S(
      'framework-dump',
      'circus-werkzeug-request-form-repr-uandakua',
      'error',
      'A sign-in error prints `request.form` (Werkzeug\'s `ImmutableMultiDict` repr), the seller\'s `uandakua` ("password") in it.',
      ({ rng, t }) => {
        const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
        return {
          value: pw,
          x: [
            c(
              t,
              2211,
              `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] ERROR in ju: no sési: ImmutableMultiDict([('usuario', 'nana.rosa'), ('uandakua', '${pw}')])`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'api-key-name',
      'circus-traceback-requests-mitikua',
      'error',
      `${WHY.apiKey('mitikua')} A \`requests\` exception's message (\`Max retries exceeded with url: …\`) quotes the shipping API's path and query.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          x: [
            c(
              t,
              2211,
              `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='envios.${TC}', port=443): Max retries exceeded with url: /v2/cotizar?cp=61450&mitikua=${key} (Caused by NameResolutionError("Failed to resolve 'envios.${TC}'"))`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'replay',
      'circus-gunicorn-download-karakata-once',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket for a catalogue PDF (`karakata`, "written paper", the developers\' word for ticket) fetched once by a customer, in gunicorn\'s access line. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          x: [c(t, 2211, acc(t, publicIp(rng), `GET /descargar/catalogo-2028.pdf?karakata=${tk} HTTP/1.1`, 200, `https://${TC}/catalogo`))],
        };
      },
    ),
    2,
    S(
      'negative',
      'circus-nonce-csp',
      'none',
      'A CSP `nonce` the app logs when rendering: a per-response value, no credential.',
      ({ rng, t }) => {
        const n = rng.chars(B64, 22);
        return { value: n, x: [c(t, 2211, `[${ymdHmsAt(t, CST)},${pad(rng.int(0, 999), 3)}] DEBUG in web: csp nonce=${n}`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PU + 4 * HOUR, site: { host: 'circus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error.log: the catalogue API on the Snap Framework 1.1 (Haskell): `[<dd/Mon/yyyy:HH:MM:SS -zzzz>] <message>`, the
// start-up lines, and for an uncaught exception `During processing of request from <ip:port>`, `request:` with the
// request line and headers as received (lower-case names), then `A web handler threw an exception. Details:`.
// From memory (not fetched).

function snapLog(rng) {
  const s = (t) => `[${clf(t, CST)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [`${s(t)} Server.httpServe: START, binding to [http://0.0.0.0:8000]`] }),
      () => ({ x: [`${s(t)} catalogo: ${rng.int(20, 300)} tiamucha`] }),
    ])();
  const dump = (t, ip, reqLine, headers, err) => [
    `${s(t)} During processing of request from ${ip}:${rng.int(1024, 65535)}`,
    'request:',
    reqLine,
    ...headers,
    '',
    'sessionLocalAddress: 10.0.3.4',
    'A web handler threw an exception. Details:',
    err,
  ];
  const UA = 'TiamuApp/2.1 okhttp/5.3.2';
  const steps = [
    1,
    S(
      'header-dump',
      'snap-request-dump-authorization-bearer',
      'error',
      'Snap writes the whole request of a failed handler, `authorization: Bearer …` among the headers.',
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          x: dump(
            t,
            publicIp(rng),
            'GET /v1/tiamucha/214 HTTP/1.1',
            [`host: api.${TC}`, `authorization: Bearer ${tok}`, `user-agent: ${UA}`],
            'Prelude.head: empty list',
          ),
        };
      },
    ),
    2,
    S(
      'session-id',
      'snap-request-dump-cookie-snap-session',
      'error',
      WHY.session("The request dump's `cookie:` header with the app's `_session` cookie (snap's client-side session)"),
      ({ rng, t }) => {
        const sv = rng.chars(B64, 96);
        return {
          value: sv,
          x: dump(
            t,
            publicIp(rng),
            'POST /kanasta HTTP/1.1',
            [`host: ${TC}`, `cookie: _session=${sv}`, `user-agent: ${rng.pick(BROWSERS)}`],
            'user error (Kanasta vacía)',
          ),
        };
      },
    ),
    2,
    S(
      'negative',
      'snap-request-dump-if-none-match',
      'none',
      'An `if-none-match` ETag in a request dump: a content hash, no credential.',
      ({ rng, t }) => {
        const e = rng.hex(32);
        return {
          value: e,
          x: dump(
            t,
            publicIp(rng),
            'GET /v1/imagenes/jimbo.jpg HTTP/1.1',
            [`host: api.${TC}`, `if-none-match: "${e}"`, `user-agent: ${UA}`],
            'openBinaryFile: does not exist (No such file or directory)',
          ),
        };
      },
    ),
    2,
    S(
      'id-token',
      'snap-request-dump-query-id-token',
      'error',
      "The app's sign-in sends the provider's `id_token` in the query; the failed request's dump keeps the request line; the line's time carries its zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: `https://id.${TC}`, aud: 'tiamu-app', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          x: dump(
            t,
            publicIp(rng),
            `GET /ju/listo?id_token=${token} HTTP/1.1`,
            [`host: api.${TC}`, `user-agent: ${UA}`],
            'Data.Aeson: key "email" not found',
          ),
        };
      },
    ),
    2,
    S(
      'encoded',
      'snap-request-dump-base64-x-tiamu-uandakua',
      'error',
      "The app sends the seller's credentials as base64 in its own header (`x-tiamu-ju: base64(usuario:uandakua)`); decoded, the password is there.",
      ({ rng, t }) => {
        const b = b64Of(`nana.rosa:${rng.alnum(14)}`);
        return {
          value: b,
          x: dump(
            t,
            publicIp(rng),
            'POST /v1/ju HTTP/1.1',
            [`host: api.${TC}`, `x-tiamu-ju: ${b}`, `user-agent: ${UA}`],
            'Database.PostgreSQL.Simple: connection refused',
          ),
        };
      },
    ),
    2,
    S(
      'path-secret',
      'snap-request-dump-invoice-path-token',
      'error',
      WHY.pathSecret("An invoice link (`/factura/<token>/pdf`) a customer opened, in a failed request's dump"),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          x: dump(
            t,
            publicIp(rng),
            `GET /factura/${tok}/pdf HTTP/1.1`,
            [`host: ${TC}`, `user-agent: ${rng.pick(BROWSERS)}`],
            'pdf: timeout',
          ),
        };
      },
    ),
    2,
    S(
      'negative',
      'snap-request-dump-sec-websocket-key',
      'none',
      'A `sec-websocket-key` in a request dump: a per-handshake nonce, no credential.',
      ({ rng, t }) => {
        const k = rng.chars(B64, 22) + '==';
        return {
          value: k,
          x: dump(
            t,
            publicIp(rng),
            'GET /ws/pedidos HTTP/1.1',
            [`host: api.${TC}`, 'upgrade: websocket', `sec-websocket-key: ${k}`, 'sec-websocket-version: 13'],
            'Network.WebSockets: ConnectionClosed',
          ),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_PU + 5 * HOUR, site: { host: 'snap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ispconfig.log: ISPConfig 3.2's system log (`/var/log/ispconfig/ispconfig.log`): `<dd.mm.yyyy-HH:MM> - <LEVEL> -
// <message>`, the server's cron and Let's Encrypt lines and the cooperative's own cron scripts logging through it.
// From memory (not fetched).

function ispconfigLog(rng) {
  const l = (t, lvl, m) => {
    const d = local(t, CST);
    return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}-${d.slice(11, 16)} - ${lvl} - ${m}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          l(t, 'DEBUG', `Calling function 'check_phpini_changes' from plugin 'webserver_plugin' raised by action 'server_plugins_loaded'.`),
        ],
      }),
      () => ({ x: [l(t, 'DEBUG', `Processed datalog_id ${rng.int(3000, 9000)}`)] }),
      () => ({ x: [l(t, 'DEBUG', `Writing the vhost file: /etc/apache2/sites-available/${TC}.vhost`)] }),
    ])();
  const steps = [
    2,
    S(
      'negative',
      'ispconfig-acme-challenge-token',
      'none',
      "An ACME HTTP-01 challenge file's name (`/.well-known/acme-challenge/<43>`): public by design, no credential.",
      ({ rng, t }) => {
        const tk = rng.b64url(43);
        return { value: tk, x: [l(t, 'DEBUG', `Let's Encrypt: serving http://tienda.${TC}/.well-known/acme-challenge/${tk}`)] };
      },
    ),
    2,
    S(
      'framework-dump',
      'ispconfig-debug-db-config-array',
      'error',
      'A cron script of the cooperative logs its PHP configuration array with `print_r`, the database password in it.',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          x: [
            l(
              t,
              'DEBUG',
              `tiamu_respaldo: config Array ( [db_host] => localhost [db_user] => c1tiamu [db_uandakua] => ${pw} [destino] => /var/backup/tiamu )`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'refresh-token',
      'ispconfig-warning-var-export-refresh-token',
      'error',
      `${WHY.refresh} The backup script's upload to cloud storage fails and it logs the stored token with \`var_export\`.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(100)}`;
        return {
          value: rt,
          x: [
            l(
              t,
              'WARNING',
              `tiamu_respaldo: no sési, token array ( 'access_token' => NULL, 'refresh_token' => '${rt}', 'expires_in' => 3599, )`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'api-key-name',
      'ispconfig-remote-api-url-mitikua',
      'error',
      `${WHY.apiKey('mitikua')} The stock sync script logs the catalogue URL it could not reach.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          x: [l(t, 'WARNING', `tiamu_existencias: no sési https://api.${TC}/v1/existencias?mitikua=${key} -> HTTP 502`)],
        };
      },
    ),
    2,
    S(
      'path-secret',
      'ispconfig-debug-ical-secret-path',
      'error',
      WHY.pathSecret(
        'A private calendar address of Google Calendar (`/calendar/ical/<id>/private-<32 hex>/basic.ics`) the workshop script fetches, logged at DEBUG',
      ),
      ({ rng, t }) => {
        const p = rng.hex(32);
        return {
          value: p,
          x: [
            l(
              t,
              'DEBUG',
              `tiamu_agenda: GET https://calendar.google.com/calendar/ical/tiamu.charhapiti%40gmail.com/private-${p}/basic.ics`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'path-secret',
      'ispconfig-error-magic-link-path',
      'error',
      WHY.pathSecret("A sign-in link (`/ju/enlace/<token>`) the shop's mailer could not send, quoted in its error"),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          x: [l(t, 'WARNING', `tiamu_correo: no sési, karakua ${lowerNum(rng, 6)}@mail.example: https://tienda.${TC}/ju/enlace/${tok}`)],
        };
      },
    ),
    2,
    S(
      'negative',
      'ispconfig-certificate-fingerprint',
      'none',
      "The new certificate's SHA-256 fingerprint (colon-separated hex): a public certificate's hash, no credential.",
      ({ rng, t }) => {
        const f = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return { value: f, x: [l(t, 'DEBUG', `Let's Encrypt: certificate for tienda.${TC} renewed, SHA256 Fingerprint=${f}`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PU + 1 * HOUR, site: { host: 'ispconfig' }, filler, render, steps });
}

// =====================================================================================================================
// Wakpá Wašté Lakȟól'iyapi Owáyawa (Lakota; near Kyle, Pine Ridge, South Dakota: MST, UTC−7)
// =====================================================================================================================

const WW = 'wakpawaste.example';

// ---------------------------------------------------------------------------------------------------------------------
// alfred-debug.log: Alfred 5's workflow debugger output, saved from the debugger pane: `[HH:MM:SS.mmm] <workflow>[<object>]
// <message>`, `Queuing argument '…'`, `Processing complete`, `Passing output '…' to <next object>`, `ERROR: <workflow>…`.
// From memory (not fetched).

function alfredLog(rng) {
  const a = (t, obj, m, err = false) => `[${local(t, MST).slice(11, 23)}] ${err ? 'ERROR: ' : ''}Lakȟótiyapi Wówapi[${obj}] ${m}`;
  const WORDS = ['wašté', 'owáyawa', 'wówapi', 'mázaska', 'čhaŋ', 'mní', 'wakpá'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [a(t, 'Script Filter', `Queuing argument '${rng.pick(WORDS)}'`)] }),
      () => ({ x: [a(t, 'Script Filter', `Script with argv '${rng.pick(WORDS)}' finished`)] }),
      () => ({ x: [a(t, 'Run Script', 'Processing complete')] }),
    ])();
  const steps = [
    2,
    S(
      'oauth-code',
      'alfred-passing-output-callback-code',
      'warning',
      `${WHY.code} The teacher's workflow signs in to the school's drive and passes the callback URL to an Open URL object; the debugger writes it.`,
      ({ rng, t }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          x: [a(t, 'Run Script', `Passing output 'http://127.0.0.1:53682/?code=${code}&state=${rng.hex(16)}' to Open URL`)],
        };
      },
    ),
    2,
    S(
      'negative',
      'alfred-workflow-bundle-uid',
      'none',
      "The workflow's object UID in a debugger line: Alfred's identifier, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid().toUpperCase();
        return { value: u, x: [a(t, 'Run Script', `Object ${u} connected to Open URL`)] };
      },
    ),
    2,
    S(
      'implicit-fragment',
      'alfred-queuing-argument-fragment-access-token',
      'error',
      'The teacher pastes the address of the signed-in page into the workflow, `#access_token=…` in it; the debugger writes the queued argument.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          x: [a(t, 'Script Filter', `Queuing argument 'https://wowapi.${WW}/#access_token=${at}&token_type=Bearer&expires_in=3600'`)],
        };
      },
    ),
    2,
    S(
      'api-key-name',
      'alfred-error-curl-nahma',
      'error',
      `${WHY.apiKey('nahma')} (\`nahmá\`, "secret, hidden", the developers' name for the key) The dictionary lookup's curl fails and the debugger prints its stderr with the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          x: [
            a(
              t,
              'Script Filter',
              `Code 22: curl: (22) The requested URL returned error: 429 for https://api.${WW}/iye/wašté?nahma=${key}`,
              true,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'embed-jwt',
      'alfred-passing-output-embed-jwt',
      'error',
      'The attendance workflow opens the reports dashboard, `/embed/<JWT>` with a day-long token, in the Passing output line, whose time has no zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(10, 120),
          claims: { resource: { dashboard: 3 }, params: { owayawa: 'kyle' } },
        });
        return {
          value: token,
          jwt: facts,
          x: [a(t, 'Run Script', `Passing output 'https://data.${WW}/embed/dashboard/${token}' to Open URL`)],
        };
      },
    ),
    2,
    S(
      'encoded',
      'alfred-argument-base64-json-nahma',
      'error',
      "The lesson-upload workflow passes its settings to the next script as base64 JSON; decoded, it holds the school drive's `nahma`.",
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ owayawa: 'kyle', nahma: rng.alnum(40), wowapi: 'lesson-12.pdf' }));
        return { value: b, x: [a(t, 'Run Script', `Passing output '${b}' to Run Script`)] };
      },
    ),
    2,
    S(
      'negative',
      'alfred-query-placeholder',
      'none',
      "The Open URL object's template with Alfred's `{query}` placeholder: a placeholder, no credential.",
      ({ t }) => ({ value: 'nahma={query}', x: [a(t, 'Open URL', `Opening 'https://api.${WW}/iye/search?nahma={query}' (template)`)] }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 2 * HOUR, site: { host: 'alfred' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hivemind.log: hivemind 1.1 running the school's Go services from a Procfile, output captured with `tee`:
// `<process padded> | <line>`, Go's `log` lines `<yyyy/mm/dd HH:MM:SS> <message>` in local time (MST), `%+v` of structs.
// From memory (not fetched).

function hivemindLog(rng) {
  const h = (who, t, m) => `${who.padEnd(8)}| ${local(t, MST).slice(0, 19).replace(/-/g, '/').replace('T', ' ')} ${m}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [h('web', t, `GET /owayawa/wowapi ${rng.int(1, 90)}ms 200`)] }),
      () => ({ x: [h('jobs', t, `wówapi ${rng.int(10, 99)} yuštáŋ (done)`)] }),
    ])();
  const steps = [
    { raw: { x: ['system  | Loading Procfile', 'web     | Running...', 'jobs    | Running...'] }, after: 0 },
    2,
    S(
      'session-id',
      'hivemind-go-printf-http-cookie',
      'error',
      WHY.session('The web service prints the session cookie it set with `%+v` of `http.Cookie`, `Value:` holding the session id'),
      ({ rng, t }) => {
        const v = rng.b64url(43);
        return {
          value: v,
          x: [
            h(
              'web',
              t,
              `set cookie: &{Name:owayawa_sid Value:${v} Quoted:false Path:/ Domain:${WW} Expires:0001-01-01 00:00:00 +0000 UTC RawExpires: MaxAge:86400 Secure:true HttpOnly:true SameSite:3 Partitioned:false Raw: Unparsed:[]}`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'id-token',
      'hivemind-go-printf-claims-raw-id-token',
      'error',
      "The sign-in handler prints its verified identity with `%+v`, the raw ID token in `RawIDToken:`; Go's log time is local without zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
          },
        });
        return { value: token, jwt: facts, x: [h('web', t, `login: {Email:${lowerNum(rng, 8)}@${WW} Verified:true RawIDToken:${token}}`)] };
      },
    ),
    2,
    S(
      'negative',
      'hivemind-oauth-state',
      'none',
      'The OAuth `state` the handler generated (random hex, checked once on the return): anti-CSRF, no credential.',
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, x: [h('web', t, `login start: state=${s}`)] };
      },
    ),
    2,
    S(
      'refresh-token',
      'hivemind-go-printf-oauth2-token',
      'error',
      `${WHY.refresh} The jobs service prints the \`oauth2.Token\` it saved with \`%+v\`, \`RefreshToken:\` in it.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(100)}`;
        return {
          value: rt,
          x: [
            h(
              'jobs',
              t,
              `token saved: &{AccessToken: TokenType:Bearer RefreshToken:${rt} Expiry:0001-01-01 00:00:00 +0000 UTC ExpiresIn:0 raw:<nil> expiryDelta:0}`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'implicit-fragment',
      'hivemind-go-error-url-fragment',
      'error',
      'A `url.Parse` error quotes the address the mobile app sent back, `#access_token=…` in it.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          x: [
            h(
              'web',
              t,
              `return: parse "https://${WW}/wowapi\\x7f#access_token=${at}&token_type=Bearer": net/url: invalid control character in URL`,
            ),
          ],
        };
      },
    ),
    2,
    S(
      'webhook',
      'hivemind-go-url-error-mattermost-hook',
      'error',
      WHY.webhook("A Mattermost incoming webhook (`/hooks/<26 characters>`) the jobs service posts to, quoted in Go's `*url.Error`"),
      ({ rng, t }) => {
        const id = lowerNum(rng, 26);
        return { value: id, x: [h('jobs', t, `notify: Post "https://chat.${WW}/hooks/${id}": dial tcp 10.0.2.8:443: i/o timeout`)] };
      },
    ),
    2,
    S(
      'negative',
      'hivemind-build-vcs-revision',
      'none',
      "The service's `vcs.revision` at start (40 hex): a commit id, no credential.",
      ({ rng, t }) => {
        const r = rng.hex(40);
        return { value: r, x: [h('web', t, `starting owayawa build vcs.revision=${r} go1.25.4`)] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 1 * HOUR, site: { host: 'hivemind' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// macrodroid-system-log.txt: MacroDroid 5's system log exported from the school bus phone: `<yyyy-MM-dd HH:mm:ss> -
// <macro>: <message>` in local time without zone, actions' lines (HTTP Request with its URL and result, Notification,
// variables).
// From memory (not fetched).

function macrodroidLog(rng) {
  const m = (t, macro, msg) => `${ymdHmsAt(t, MST)} - ${macro}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [m(t, 'Owáyawa Čhaŋkú', `Location trigger: bus ${rng.pick(['tȟokéya', 'ehákela'])} stop reached`)] }),
      () => ({ x: [m(t, 'Wówapi', `Notification: Haŋ, waŋná ${rng.int(2, 30)} wakȟáŋyeža`)] }),
    ])();
  const steps = [
    2,
    S(
      'api-key-name',
      'macrodroid-http-request-nahma',
      'error',
      `${WHY.apiKey('nahma')} ("secret") The bus phone's HTTP Request action posts the bus position, and MacroDroid logs the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, x: [m(t, 'Owáyawa Čhaŋkú', `HTTP Request (POST https://api.${WW}/canku?bus=2&nahma=${key}) - 200 OK`)] };
      },
    ),
    2,
    S(
      'negative',
      'macrodroid-macro-guid',
      'none',
      "A macro's numeric GUID in the log: MacroDroid's identifier, no credential.",
      ({ rng, t }) => {
        const g = `-${digits(rng, 18)}`;
        return { value: g, x: [m(t, 'Wówapi', `Macro imported (guid=${g})`)] };
      },
    ),
    2,
    S(
      'replay',
      'macrodroid-http-request-wowapi-first',
      'note',
      WHY.ticketFirst(
        'A single-use boarding pass (`wowapi`, "paper, ticket") a student\'s phone shows and the bus phone checks with an HTTP Request. The pass is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.wowapi = t;
        return { value: tk, x: [m(t, 'Owáyawa Čhaŋkú', `HTTP Request (GET https://api.${WW}/canku/wowapi?wowapi=${tk}) - 200 OK`)] };
      },
      { ref: 'wowapi' },
    ),
    2,
    S(
      'replay',
      'macrodroid-http-request-wowapi-again',
      'replay',
      '',
      ({ refs, t }) => {
        const tk = refs.get('wowapi').value;
        return {
          marks: [
            {
              value: tk,
              why: `${WHY.replay('wowapi', gap('wowapi', t))} The second bus's phone checked the same boarding pass and the server accepted it again.`,
            },
          ],
          x: [m(t, 'Owáyawa Čhaŋkú 2', `HTTP Request (GET https://api.${WW}/canku/wowapi?wowapi=${tk}) - 200 OK`)],
        };
      },
      { replayOf: 'wowapi', after: 257 },
    ),
    2,
    S(
      'negative',
      'macrodroid-magic-text-placeholder',
      'none',
      "The macro's HTTP Request action as MacroDroid logs its configuration, the pass as the magic text `[lv=wowapi]`: a placeholder, no credential.",
      ({ t }) => ({
        value: '[lv=wowapi]',
        x: [m(t, 'Owáyawa Čhaŋkú', `Macro updated: HTTP Request (GET https://api.${WW}/canku/wowapi?wowapi=[lv=wowapi])`)],
      }),
    ),
    2,
    S(
      'session-id',
      'macrodroid-http-response-set-cookie',
      'error',
      WHY.session(
        "The HTTP Request action saves the response headers to a variable and the log writes them, the school portal's `JSESSIONID` in `Set-Cookie`",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, x: [m(t, 'Wówapi', `Variable set: headers = Set-Cookie: JSESSIONID=${s}; Path=/; Secure; HttpOnly`)] };
      },
    ),
    2,
    S(
      'header-dump',
      'macrodroid-http-request-header-authorization',
      'error',
      "The HTTP Request action's failure lists the headers it sent, `Authorization: Basic <base64 of user:password>` among them.",
      ({ rng, t }) => {
        const b = b64Of(`canku2:${rng.alnum(14)}`);
        return {
          value: b,
          x: [m(t, 'Owáyawa Čhaŋkú', `HTTP Request failed (401) headers={Authorization=Basic ${b}, Content-Type=application/json}`)],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 0.5 * HOUR, site: { host: 'macrodroid' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// middleman-server.log: `middleman server --verbose` of Middleman 4.5 for the school's website: `== …` lines, WEBrick's
// `[yyyy-mm-dd HH:MM:SS] INFO …`, its access line (common format) and its referer line `<referer> -> <path>`, and the
// site's Faraday logger (`I, […] INFO -- request: …`, headers as `Name: "value"`) of the data it fetches.
// From memory (not fetched).

function middlemanLog(rng) {
  const acc = (t, req, st) => `127.0.0.1 - - [${clf(t, MST).replace('-0700', 'MST')}] "${req}" ${st} ${rng.int(300, 9000)}`;
  const fd = (t, who, m) => `I, [${local(t, MST).slice(0, 23)} #${4411}]  INFO -- ${who}: ${m}`;
  const filler = (rng, t) => {
    const p = rng.pick(['/', '/owayawa/', '/wowapi/', '/iya/', '/stylesheets/site.css']);
    return { x: [`== Request: ${p}`, acc(t, `GET ${p} HTTP/1.1`, 200), `http://localhost:4567/ -> ${p}`] };
  };
  const steps = [
    {
      raw: {
        x: [
          '== The Middleman is loading',
          '== View your site at "http://localhost:4567", "http://127.0.0.1:4567"',
          '== Inspect your site configuration at "http://localhost:4567/__middleman"',
        ],
      },
      after: 0,
    },
    2,
    S(
      'path-secret',
      'middleman-referer-line-share-path',
      'error',
      WHY.pathSecret(
        "A teacher opened the preview from a private lesson-share link (`/share/<token>`); WEBrick's referer log writes the link",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          x: ['== Request: /wowapi/', acc(t, 'GET /wowapi/ HTTP/1.1', 200), `https://drive.${WW}/share/${tok} -> /wowapi/`],
        };
      },
    ),
    2,
    S(
      'embed-jwt',
      'middleman-request-embed-jwt',
      'error',
      'The preview is opened with a dashboard embed path, `/embed/<JWT>` without `exp`, in the request line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: 9 }, params: {} } });
        return { value: token, jwt: facts, x: [`== Request: /embed/${token}`, acc(t, `GET /embed/${token} HTTP/1.1`, 404)] };
      },
    ),
    2,
    S(
      'negative',
      'middleman-asset-hash',
      'none',
      "An asset with Middleman's `asset_hash` in its name: a content hash, no credential.",
      ({ rng, t }) => {
        const hsh = rng.hex(8);
        return { value: hsh, x: [`== Request: /stylesheets/site-${hsh}.css`] };
      },
    ),
    2,
    S(
      'header-dump',
      'middleman-faraday-logger-authorization',
      'error',
      'config.rb fetches the lessons from the school\'s API with Faraday\'s logger on, which writes the request headers, `Authorization: "Bearer …"` among them.',
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          x: [
            fd(t, 'request', `GET https://api.${WW}/v1/wowapi`),
            fd(t, 'request', `User-Agent: "Faraday v2.12.2"`),
            `Authorization: "Bearer ${tok}"`,
          ],
        };
      },
    ),
    2,
    S(
      'session-id',
      'middleman-faraday-logger-set-cookie',
      'error',
      WHY.session("Faraday's logger writes the response headers too, the API's `Set-Cookie: _owayawa_session=…`"),
      ({ rng, t }) => {
        const s = rng.hex(64);
        return {
          value: s,
          x: [
            fd(t, 'response', 'Status 200'),
            fd(t, 'response', `content-type: "application/json"`),
            `set-cookie: "_owayawa_session=${s}; path=/; secure; HttpOnly"`,
          ],
        };
      },
    ),
    2,
    S(
      'api-key-name',
      'middleman-faraday-url-nahma',
      'error',
      `${WHY.apiKey('nahma')} ("secret") The word-of-the-day data is fetched with the key in its query, and Faraday's logger writes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, x: [fd(t, 'request', `GET https://api.${WW}/v1/iye?nahma=${key}`)] };
      },
    ),
    2,
    S(
      'encoded',
      'middleman-request-percent-encoded-return-token',
      'error',
      "The preview's sign-in return holds the address to go back to, percent-encoded in `return_to`; decoded, it holds the portal's `token`.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        const enc = encodeURIComponent(`https://portal.${WW}/owayawa?token=${tok}`);
        return { value: tok, x: [`== Request: /login/?return_to=${enc}`] };
      },
    ),
    2,
    S(
      'negative',
      'middleman-utm-campaign-id',
      'none',
      "A newsletter link's `utm_id` (a campaign id): tracking, no credential.",
      ({ rng, t }) => {
        const u = rng.hex(10);
        return { value: u, x: [`== Request: /owayawa/?utm_source=newsletter&utm_id=${u}`] };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 3 * HOUR, site: { host: 'middleman' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout130');
writePart(join(here, 'heldout130'), {
  'access.log': happstackLog(rng),
  'Engine.log': keyboardMaestroLog(rng),
  'nanoc-check.log': nanocLog(rng),
  'procodile.log': procodileLog(rng),
  'cf-agent.log': cfengineLog(rng),
  'pelican-build.log': pelicanLog(rng),
  'tasker-runlog.txt': taskerLog(rng),
  'circus-tumina.log': circusLog(rng),
  'error.log': snapLog(rng),
  'ispconfig.log': ispconfigLog(rng),
  'alfred-debug.log': alfredLog(rng),
  'hivemind.log': hivemindLog(rng),
  'macrodroid-system-log.txt': macrodroidLog(rng),
  'middleman-server.log': middlemanLog(rng),
});
