// Writes corpus/logs-in-the-wild/heldout117/: a hundred-and-seventeenth held-out part, in formats no other part uses (a
// Wagtail site's Django log, a MockServer log of a recording proxy, a Tavern (pytest) run in CI, a Linphone desktop log,
// a Java scheduler's Quartz log, a Pixelfed `laravel.log`, a Swoole server log with the app's stdout, `npx convex logs`,
// a Contiki-NG node's serial console, a tinytuya debug run, a Scalatra service's logback output with Jetty's request
// log, a Jami daemon log, a NuttX NSH console, a MicroSIP (PJSIP) log), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout117.mjs     rewrites heldout117/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Swaledale & Arkengarthdale Community Transport of Reeth (North Yorkshire), a dial-a-ride minibus
// charity with a Wagtail website, a dispatch API and its tests, the dispatchers' softphones and a rota scheduler
// (English, five logs); Гәдоуҭатәи амандарин ааӡаҩцәа реидгыла, a union of tangerine growers of Gudauta (Abkhazia), with
// a photo site on Pixelfed, an order API on Swoole, a Convex backend of its app, orchard sensors on Contiki-NG and a
// packing shed's Tuya devices (Abkhaz in its current Cyrillic orthography, with ԥ (U+0525), ә, ҳ, ҭ, ҵ, ҟ, ӡ, ҩ, ҿ where
// the apps show text; routes, parameter, cookie and key names in the developers' Latin transliteration without the
// article a-: `tsapkha` (ацаԥха, "key"), `zhwamadza` (ажәамаӡа, "password"), `madza` (амаӡа, "secret"), `bilet` (абилет,
// "ticket"), `sessia` (асессиа, "session"), `wnalara` (аҩналара, "entering", sign-in), `ashwqwy` (ашәҟәы, "document"),
// `baxcha` (абаҳча, "garden"); five logs); Урбугла устабала артель, an artel of silversmiths of Kubachi (Dagestan),
// with an order service, the workshops' messenger and phones and a display case controller (Dargwa in its Cyrillic
// orthography with the palochka written `I`, as Dagestani print does: `гI`, `хI`, `кI`, `цI`; technical words are the
// Russian loans Dargwa speakers use (ключ, пароль, сессия, билет, ссылка) with Dargwa's genitive `-ла`: `klyuch`,
// `apila_klyuch` ("the API's key"), `parol`, `sir` (сир, "secret"), `sessiya`, `bilet`, `ssylka`, `arc` (арц,
// "money"), `usta` ("master"); four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java-http-client/21.0.5'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** North Yorkshire in December (GMT, UTC+0); Abkhazia and Dagestan keep Moscow time (MSK, UTC+3 all year). */
const GMT = 0;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_AB = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_DA = Date.UTC(2028, 0, 24, 0, 0, 0);

/** Every log here renders `event.out`, the lines a step or a filler built. */
const render = (e) => e.out;
const out = (...lines) => ({ out: lines.flat() });
const msOf = (t, offset) => local(t, offset).slice(20, 23);
/** Python logging's `%Y-%m-%dT%H:%M:%S%z` at `offset`. */
const pyZ = (t, offset) =>
  `${local(t, offset).slice(0, 19)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
const isoZ = (t, offset) =>
  `${local(t, offset).slice(0, 23)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const php26 = (rng) => rng.chars('abcdefghijklmnopqrstuv0123456789', 26);

// =====================================================================================================================
// Swaledale & Arkengarthdale Community Transport (English; Reeth, North Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const SW = 'swaledalect.example';

// ---------------------------------------------------------------------------------------------------------------------
// wagtail-swaledalect.log: the charity's Wagtail 6 site (Django 5) under uWSGI, Django's LOGGING to a file with the
// formatter `{asctime} {levelname} {name} {process:d} {message}` (style `{`, datefmt `%Y-%m-%dT%H:%M:%S%z`, UTC):
// Wagtail's own loggers (`wagtail.admin`'s `Page published: "…" pk=… revision_id=…`), `django.request`'s `Not Found: …`
// and `django.security.DisallowedHost`, the site's loggers, requests' exceptions as the site logs them.
// From memory (not fetched): Wagtail's publish message, Django's `Not Found:` and `Invalid HTTP_HOST header` wording,
// QueryDict's repr, the password reset URL of Wagtail's admin (`/admin/password_reset/confirm/<uidb64>/<token>/`).

function wagtailLog(rng) {
  const PID = rng.int(1200, 3900);
  const line = (t, level, name, msg) => `${pyZ(t, GMT)} ${level} ${name} ${PID} ${msg}`;
  const PAGES = [
    'Timetable changes over Christmas',
    'Reeth to Richmond, Wednesdays',
    'Volunteer drivers wanted',
    'Keld and Muker shopper bus',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          line(t, 'INFO', 'wagtail.admin', `Page published: "${rng.pick(PAGES)}" pk=${rng.int(30, 90)} revision_id=${rng.int(300, 420)}`),
        ),
      () =>
        out(
          line(
            t,
            'INFO',
            'swaledale.bookings',
            `Booking ${rng.int(4100, 4999)} confirmed: ${rng.pick(['Reeth', 'Gunnerside', 'Muker', 'Langthwaite'])} to Richmond, ${rng.int(1, 3)} seat(s), wheelchair space ${rng.pick(['no', 'yes'])}`,
          ),
        ),
      () =>
        out(
          line(
            t,
            'WARNING',
            'django.security.DisallowedHost',
            `Invalid HTTP_HOST header: '203.0.113.${rng.int(2, 250)}'. You may need to add '203.0.113.${rng.int(2, 250)}' to ALLOWED_HOSTS.`,
          ),
        ),
      () => out(line(t, 'WARNING', 'django.request', `Not Found: /${rng.pick(['wp-login.php', '.env', 'xmlrpc.php', 'favicon.png'])}`)),
      () =>
        out(
          line(
            t,
            'DEBUG',
            'urllib3.connectionpool',
            `https://api.postcodes.io:443 "GET /postcodes/DL11%20${rng.int(6, 8)}${rng.pick(['QT', 'SN', 'RD', 'PF'])} HTTP/1.1" 200 ${rng.int(700, 900)}`,
          ),
        ),
    ])();
  const steps = [
    3,
    plant(
      'framework-dump',
      'wagtail-settings-search-backends-dict-password',
      'error',
      "A start-up check prints the search settings as a Python dict (`WAGTAILSEARCH_BACKENDS={…}`), and the Elasticsearch URL in it carries the `wagtail` user's password (`https://wagtail:<password>@…`): a database password in the log.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            line(
              t,
              'DEBUG',
              'swaledale.checks',
              `WAGTAILSEARCH_BACKENDS={'default': {'BACKEND': 'wagtail.search.backends.elasticsearch8', 'URLS': ['https://wagtail:${pw}@search.${SW}:9200'], 'INDEX': 'swaledalect', 'TIMEOUT': 5, 'OPTIONS': {}, 'INDEX_SETTINGS': {}}}`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'wagtail-image-file-hash',
      'none',
      "Wagtail stores each image's `file_hash`, the SHA-1 of its file (40 hex), and the site logs it on upload: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: out(
            line(t, 'INFO', 'swaledale.media', `Image uploaded: "reeth-green-minibus.jpg" (1600x1067) file_hash=${h} collection=Root`),
          ),
        };
      },
    ),
    3,
    plant(
      'session-id',
      'wagtail-request-cookies-dict-sessionid',
      'error',
      WHY.session(
        "A debugging line of the booking view prints `request.COOKIES`, a Python dict with Django's `sessionid` (32 characters of [a-z0-9]) beside the CSRF cookie; the session is a passenger's signed-in booking session",
      ),
      ({ rng, t }) => {
        const sid = lowerNum(rng, 32);
        return {
          value: sid,
          event: out(
            line(
              t,
              'DEBUG',
              'swaledale.bookings',
              `booking form posted, COOKIES={'csrftoken': '${rng.alnum(32)}', 'sessionid': '${sid}', 'cookie_consent': 'essential'}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'wagtail-post-querydict-csrfmiddlewaretoken',
      'none',
      "`request.POST` printed as a QueryDict: its `csrfmiddlewaretoken` is Django's CSRF form field, tied to the CSRF cookie, and grants nothing alone (risk model: CSRF fields are no credential).",
      ({ rng, t }) => {
        const c = rng.alnum(64);
        return {
          value: c,
          event: out(
            line(
              t,
              'DEBUG',
              'swaledale.bookings',
              `POST=<QueryDict: {'csrfmiddlewaretoken': ['${c}'], 'from_stop': ['Gunnerside'], 'to_stop': ['Richmond Market Place'], 'seats': ['2'], 'date': ['2027-12-15']}>`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'wagtail-querydict-repr-microsoft-callback-code',
      'warning',
      `${WHY.code} The volunteers' sign-in through Microsoft Entra ID fails on a state mismatch, and the view logs \`request.GET\` as a QueryDict, with the \`code\` (\`0.A…\`) beside \`state\` and \`session_state\`.`,
      ({ rng, t }) => {
        const code = `0.AUoA${rng.b64url(330)}`;
        return {
          value: code,
          event: out(
            line(
              t,
              'WARNING',
              'swaledale.auth',
              `Entra ID callback rejected (state mismatch): GET=<QueryDict: {'code': ['${code}'], 'state': ['${rng.alnum(32)}'], 'session_state': ['${rng.uuid()}']}>`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'wagtail-not-found-password-reset-confirm-token',
      'error',
      WHY.pathSecret(
        "An email client kept the closing `>` of a password reset link, so Django answers 404 and `django.request` writes the path: Wagtail admin's `/admin/password_reset/confirm/<uidb64>/<token>/`, whose token (`<base36 time>-<32 hex>`) resets an editor's password for three days (Django's default); the site's own 404 logger writes it again",
      ),
      ({ rng, t }) => {
        const tok = `${lowerNum(rng, 6)}-${rng.hex(32)}`;
        const path = `/admin/password_reset/confirm/${b64urlOf(String(rng.int(10, 60)))}/${tok}/%3E`;
        return {
          value: tok,
          event: out(
            line(t, 'WARNING', 'django.request', `Not Found: ${path}`),
            line(t + 2, 'WARNING', 'swaledale.middleware', `404 GET ${path} referer=- ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`),
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'wagtail-requests-httperror-for-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The departures panel calls a bus-data API, and requests' \`HTTPError\` message, logged by the site, quotes the whole URL with the key.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: out(
            line(
              t,
              'ERROR',
              'swaledale.departures',
              `departures panel failed: 403 Client Error: Forbidden for url: https://api.dalesbusdata.example/v2/stops/3290YYA00${rng.int(100, 999)}/departures?api_key=${key}&limit=8`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'wagtail-embed-finder-live-tracker-jwt-1d',
      'error',
      "The home page embeds the fleet tracker's live map (`/embed/<JWT>`), and the site's embed block logs the URL when the provider's oEmbed endpoint refuses it, on a line stamped +0000",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 7200),
          claims: { iss: 'https://track.fleetdial.example', fleet: 'swaledalect', view: 'public-map' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            line(
              t,
              'WARNING',
              'swaledale.blocks',
              `Embed not found for URL https://track.fleetdial.example/embed/${token}?zoom=11 (oEmbed 404); block "live-map" on page pk=31`,
            ),
          ),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: `www.${SW}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mockserver.log: MockServer 5.15 in the CI of the dispatch API, run as a recording proxy in front of the partners'
// APIs (`-proxyRemoteHost`): `<yyyy-MM-dd HH:mm:ss> 5.15.0 INFO 1080 received request:`, the request as Jackson's
// pretty JSON (`"name" : [ "value" ]` for headers and query parameters), `returning response:` with the response and
// `for request:` with the request again, `no expectation for:`. Local time of the container (UTC), no zone.
// From memory (not fetched): the line prefix with the version, the request's field names, Jackson's layout.

function jackson(value, indent = '  ') {
  const pad2 = (n) => indent.repeat(n);
  const fmt = (v, depth) => {
    if (Array.isArray(v)) return `[ ${v.map((x) => JSON.stringify(x)).join(', ')} ]`;
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).map(([k, x]) => `${pad2(depth + 1)}${JSON.stringify(k)} : ${fmt(x, depth + 1)}`);
      return `{\n${entries.join(',\n')}\n${pad2(depth)}}`;
    }
    return JSON.stringify(v);
  };
  return fmt(value, 1)
    .split('\n')
    .map((l, i) => (i === 0 ? `  ${l}` : l));
}

function mockServerLog(rng) {
  const head = (t, msg) => `${ymdHmsAt(t, GMT)} 5.15.0 INFO 1080 ${msg}`;
  const request = (rng, { method = 'GET', path, query, headers = {}, body }) => {
    const r = { method, path };
    if (query) r.queryStringParameters = query;
    r.headers = {
      Host: ['partners.dialaride.example'],
      'User-Agent': ['Java-http-client/21.0.5'],
      ...headers,
      'content-length': [String(body ? JSON.stringify(body).length : 0)],
    };
    r.keepAlive = true;
    r.secure = true;
    r.protocol = 'HTTP_1_1';
    r.localAddress = '172.18.0.3:1080';
    r.remoteAddress = `172.18.0.${rng.int(4, 9)}:${rng.int(40000, 60000)}`;
    if (body !== undefined) r.body = body;
    return r;
  };
  const received = (t, req) => [head(t, 'received request:'), '', ...jackson(req), ''];
  const filler = (rng, t) =>
    rng.pick([
      () => out(received(t, request(rng, { path: `/v1/trips/${rng.int(20000, 29999)}` }))),
      () =>
        out(
          head(t, 'no expectation for:'),
          '',
          ...jackson(request(rng, { path: '/v1/health' })),
          '',
          ' returning response:',
          '',
          ...jackson({ statusCode: 404, reasonPhrase: 'Not Found' }),
          '',
        ),
      () =>
        out(
          head(t, `returning response:`),
          '',
          ...jackson({ statusCode: 200, reasonPhrase: 'OK', headers: { 'content-type': ['application/json'] } }),
          '',
        ),
    ])();
  const steps = [
    {
      raw: out(
        head(DAY_EN + 6 * HOUR, 'started on port: 1080'),
        head(DAY_EN + 6 * HOUR, 'proxying to partners.dialaride.example:443 (secure)'),
      ),
      after: 0,
    },
    2,
    plant(
      'header-dump',
      'mockserver-received-and-for-request-authorization-bearer',
      'error',
      "The recording proxy logs each request with its headers, and the dispatch API's bearer token for the partner (an opaque access token, hours long) is in `Authorization`; MockServer writes the request again under `for request:` after the response.",
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        const req = request(rng, {
          path: '/v1/trips',
          query: { date: ['2027-12-14'] },
          headers: { Authorization: [`Bearer ${tok}`], Accept: ['application/json'] },
        });
        return {
          value: tok,
          event: out(
            received(t, req),
            head(t + 40, 'returning response:'),
            '',
            ...jackson({ statusCode: 200, reasonPhrase: 'OK' }),
            '',
            ' for request:',
            '',
            ...jackson(req),
            '',
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mockserver-if-none-match-etag',
      'none',
      'An `If-None-Match` header with a weak ETag (`W/"<hex>"`): a cache validator of a response, no credential.',
      ({ rng, t }) => {
        const etag = rng.hex(40);
        return {
          value: etag,
          event: out(received(t, request(rng, { path: '/v1/vehicles', headers: { 'If-None-Match': [`W/"${etag}"`] } }))),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'mockserver-body-string-refresh-grant',
      'error',
      `${WHY.refresh} The proxy prints the form body of the partner token renewal as a string (\`grant_type=refresh_token&refresh_token=…\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(
            received(
              t,
              request(rng, {
                method: 'POST',
                path: '/oauth2/token',
                headers: { 'content-type': ['application/x-www-form-urlencoded'] },
                body: `grant_type=refresh_token&refresh_token=${rt}&client_id=swaledalect-dispatch`,
              }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mockserver-query-string-parameters-apikey',
      'error',
      `${WHY.apiKey('apikey')} The geocoder is called through the proxy, and MockServer lists the query parameters one a line, the key among them.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            received(t, request(rng, { path: '/geocode/v1/search', query: { text: ['Low Row, Swaledale'], apikey: [key], size: ['1'] } })),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'mockserver-json-body-id-token-1h',
      'error',
      "The booking app's end-to-end test posts the passenger's sign-in result to the partner's account-link endpoint, and the proxy prints the JSON body with the OIDC `id_token`; the entry is stamped in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 400),
          claims: {
            iss: `https://id.${SW}`,
            aud: 'dialaride-partners',
            sub: rng.uuid(),
            email: 'e2e-passenger@swaledalect.example',
            nonce: rng.alnum(22),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            received(
              t,
              request(rng, {
                method: 'POST',
                path: '/v1/accounts/link',
                headers: { 'content-type': ['application/json'] },
                body: { provider: 'swaledalect', id_token: token, scope: 'openid email' },
              }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'mockserver-json-body-return-url-fragment',
      'error',
      "The app's analytics call posts the page the browser landed on after sign-in, and that address still has the identity provider's `#access_token=…` fragment; the proxy prints the JSON body.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            received(
              t,
              request(rng, {
                method: 'POST',
                path: '/v1/events',
                headers: { 'content-type': ['application/json'] },
                body: {
                  event: 'signed_in',
                  page: `https://book.${SW}/signed-in#access_token=${at}&token_type=Bearer&expires_in=3600`,
                  ms: rng.int(300, 2000),
                },
              }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mockserver-x-correlation-id',
      'none',
      'An `X-Correlation-Id` header (a UUID) set by the dispatch API for tracing: an id, no credential.',
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: out(
            received(t, request(rng, { path: `/v1/trips/${rng.int(20000, 29999)}/status`, headers: { 'X-Correlation-Id': [id] } })),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'mockserver-path-export-download-token',
      'error',
      WHY.pathSecret(
        "The monthly trip export is fetched from the partner by a link whose path holds its token (`/v1/exports/<token>/trips.csv`), and the proxy prints the request's path",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: out(received(t, request(rng, { path: `/v1/exports/${tok}/trips-2027-11.csv` }))) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'mockserver', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tavern-dispatch-api.log: a Tavern 2 run of the dispatch API's tests in CI (`pytest -v --log-level=DEBUG`): pytest's
// header, `PASSED`/`FAILED` lines with their percentage, the FAILURES section where Tavern prints `Format variables:`,
// `Source test stage (line N):`, `Formatted stage:` and `Errors:`, and pytest's `Captured log call` blocks
// (`LEVEL    logger:file.py:line message`), the captured stdout of a fixture, the short test summary. No time.
// From memory (not fetched): Tavern's failure layout and pytest's captured-log format.

function tavernLog(rng) {
  const TESTS = [
    'Create a booking',
    'Cancel a booking',
    'List trips for a day',
    'Assign a driver',
    'Wheelchair space check',
    'Volunteer hours export',
  ];
  let n = 0;
  const pct = () => `[${String(Math.min(100, Math.round((++n / 17) * 100))).padStart(3)}%]`;
  const filler = (rng) => {
    const name = `tests/test_${rng.pick(['bookings', 'trips', 'drivers', 'exports'])}.tavern.yaml::${rng.pick(TESTS)}`;
    return out(`${name} PASSED`.padEnd(72) + ' ' + pct());
  };
  const cap = (level, logger, file, ln, msg) => `${level.padEnd(8)} ${logger}:${file}:${ln} ${msg}`;
  const steps = [
    {
      raw: out(
        '============================= test session starts ==============================',
        'platform linux -- Python 3.12.8, pytest-8.3.4, pluggy-1.5.0 -- /usr/local/bin/python3.12',
        'cachedir: .pytest_cache',
        'rootdir: /builds/swaledalect/dispatch-api',
        'configfile: pytest.ini',
        'plugins: tavern-2.11.0',
        'collecting ... collected 17 items',
        '',
      ),
      after: 0,
    },
    6,
    {
      raw: {
        get out() {
          return [`tests/test_partners.tavern.yaml::Notify the office on a late pickup FAILED`.padEnd(72) + ' ' + pct()];
        },
      },
    },
    5,
    {
      raw: {
        get out() {
          return [`tests/test_auth.tavern.yaml::Volunteer sign-in callback FAILED`.padEnd(72) + ' ' + pct()];
        },
      },
    },
    4,
    { raw: out('', '=================================== FAILURES ===================================') },
    plant(
      'webhook',
      'tavern-format-variables-and-formatted-stage-make-hook',
      'error',
      WHY.webhook(
        "A Make scenario's webhook (`hook.eu2.make.com/<32 characters>`), stored as a test variable: Tavern's failure report prints it under `Format variables:` and again in the `Formatted stage:` URL",
      ),
      ({ rng }) => {
        const hook = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
        return {
          value: hook,
          event: out(
            '_____________ tests/test_partners.tavern.yaml::Notify the office on a late pickup _____________',
            'Format variables:',
            `  office_hook = 'https://hook.eu2.make.com/${hook}'`,
            '',
            'Source test stage (line 9):',
            '  - name: Notify the office',
            '    request:',
            '      url: "{office_hook}"',
            '      method: POST',
            '      json:',
            '        text: "Late pickup: booking {booking_id}"',
            '    response:',
            '      status_code: 200',
            '',
            'Formatted stage:',
            '  name: Notify the office',
            '  request:',
            '    json:',
            "      text: 'Late pickup: booking 4417'",
            '    method: POST',
            `    url: 'https://hook.eu2.make.com/${hook}'`,
            '  response:',
            '    status_code: 200',
            '',
            'Errors:',
            "E   tavern._core.exceptions.TestFailError: Test 'Notify the office' failed:",
            '    - Status code was 410, expected 200:',
            '        {"error": "Scenario is not active."}',
          ),
        };
      },
    ),
    plant(
      'negative',
      'tavern-captured-log-request-id',
      'none',
      "The partner API's error body carries a `request_id` (32 hex) for support: a request id, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: out(
            '------------------------------ Captured log call -------------------------------',
            cap('INFO', 'tavern._core.run', 'run.py', 239, 'Running stage : Notify the office'),
            cap(
              'ERROR',
              'tavern._core.response.base',
              'base.py',
              43,
              `Status code was 410, expected 200: {"error": "Scenario is not active.", "request_id": "${id}"}`,
            ),
          ),
        };
      },
    ),
    plant(
      'oauth-code',
      'tavern-captured-urllib3-callback-code',
      'warning',
      `${WHY.code} The sign-in test follows the identity provider's redirect to the API's callback, and urllib3's DEBUG line in pytest's captured log writes the callback request with \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: out(
            '_______________ tests/test_auth.tavern.yaml::Volunteer sign-in callback _______________',
            'Errors:',
            "E   tavern._core.exceptions.TestFailError: Test 'Volunteer sign-in callback' failed:",
            "    - Key mismatch: (expected[\"role\"] = 'volunteer' (type = <class 'str'>), actual[\"role\"] = 'passenger' (type = <class 'str'>))",
            '------------------------------ Captured log call -------------------------------',
            cap(
              'DEBUG',
              'urllib3.connectionpool',
              'connectionpool.py',
              1049,
              `Starting new HTTPS connection (1): dispatch-api.ci.${SW}:443`,
            ),
            cap(
              'DEBUG',
              'urllib3.connectionpool',
              'connectionpool.py',
              544,
              `https://dispatch-api.ci.${SW}:443 "GET /auth/callback?code=${code}&state=${rng.alnum(24)} HTTP/1.1" 200 311`,
            ),
          ),
        };
      },
    ),
    plant(
      'api-key-name',
      'tavern-captured-urllib3-route-key',
      'error',
      `${WHY.apiKey('route_key')} The test's setup fetches the route planner with the charity's key in the query, and urllib3's DEBUG line in the captured log writes the request.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: out(
            '---------------------------- Captured log setup -----------------------------',
            cap(
              'DEBUG',
              'urllib3.connectionpool',
              'connectionpool.py',
              544,
              `https://routes.dalesplanner.example:443 "GET /v3/plan?from=54.3879,-1.9702&to=54.4036,-1.7376&route_key=${key} HTTP/1.1" 200 4102`,
            ),
          ),
        };
      },
    ),
    plant(
      'framework-dump',
      'tavern-captured-stdout-environ-database-url',
      'error',
      'A session fixture prints the test settings it read from the environment as a Python dict, and pytest shows the captured stdout of the failed test: the CI database URL with its password (`postgresql://dispatch:<password>@…`).',
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: out(
            '---------------------------- Captured stdout setup -----------------------------',
            `settings: {'DISPATCH_API': 'https://dispatch-api.ci.${SW}', 'DATABASE_URL': 'postgresql://dispatch:${pw}@postgres:5432/dispatch_ci', 'TZ': 'Europe/London', 'PARTNER_SANDBOX': '1'}`,
          ),
        };
      },
    ),
    plant(
      'negative',
      'tavern-captured-urllib3-cursor',
      'none',
      'A list call pages with `cursor=` (base64 of a JSON position): a cursor, no credential.',
      ({ rng }) => {
        const c = b64urlOf(JSON.stringify({ after: rng.int(4000, 4999), d: '2027-12-14' }));
        return {
          value: c,
          event: out(
            '------------------------------ Captured log call -------------------------------',
            cap(
              'DEBUG',
              'urllib3.connectionpool',
              'connectionpool.py',
              544,
              `https://dispatch-api.ci.${SW}:443 "GET /v1/bookings?limit=50&cursor=${c} HTTP/1.1" 200 9117`,
            ),
          ),
        };
      },
    ),
    {
      raw: out(
        '=========================== short test summary info ============================',
        "FAILED tests/test_partners.tavern.yaml::Notify the office on a late pickup - tavern._core.exceptions.TestFailError: Test 'Notify the office' failed:",
        "FAILED tests/test_auth.tavern.yaml::Volunteer sign-in callback - tavern._core.exceptions.TestFailError: Test 'Volunteer sign-in callback' failed:",
        '========================= 2 failed, 15 passed in 41.82s =========================',
      ),
    },
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// linphone.log: Linphone desktop 5.2 on a dispatcher's PC, bctoolbox's file log: `<yyyy-mm-dd hh:mm:ss:mmm>
// <domain>-<level>-<message>` (`liblinphone-message-…`, `belle-sip-message-…`), SIP and HTTP messages belle-sip sends
// and receives on further lines. Local time (GMT, UTC+0), no zone.
// From memory (not fetched): bctoolbox's line layout, belle-sip's `channel [...]: message sent to/received from` lines,
// the remote provisioning messages.

function linphoneLog(rng) {
  const L = (t, dom, lvl, msg) => `${ymdHmsAt(t, GMT)}:${msOf(t, GMT)} ${dom}-${lvl}-${msg}`;
  const ch = () => `0x${rng.hex(12)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(L(t, 'liblinphone', 'message', `[Core] Network reachability: up`)),
      () =>
        out(
          L(
            t,
            'liblinphone',
            'message',
            `[Proxy] Registration of account [sip:dispatch${rng.int(1, 3)}@sip.${SW}] refreshed, expires 3600`,
          ),
        ),
      () => out(L(t, 'belle-sip', 'message', `channel [${ch()}]: starting send background task with id=[${rng.int(10, 99)}].`)),
      () => out(L(t, 'mediastreamer', 'message', `[AudioStream] Opus encoder bitrate set to ${rng.pick([24000, 32000, 36000])}`)),
      () => out(L(t, 'liblinphone', 'warning', `[Core] No ICE candidates gathered for call to sip:driver${rng.int(10, 40)}@sip.${SW}`)),
    ])();
  const steps = [
    {
      raw: out(
        L(DAY_EN + 7 * HOUR, 'liblinphone', 'message', 'Linphone core [0x55d3] notified state changed to Startup'),
        L(DAY_EN + 7 * HOUR, 'liblinphone', 'message', 'liblinphone version: 5.3.72'),
      ),
      after: 0,
    },
    plant(
      'path-secret',
      'linphone-remote-provisioning-uri-path-token',
      'error',
      WHY.pathSecret(
        "Linphone's remote provisioning URI is a per-seat configuration file whose path carries its token (`/p/<token>/linphonerc.xml`); the file holds the SIP password, and Linphone logs the URI at start-up",
      ),
      ({ rng, t }) => {
        const tok = lowerNum(rng, 32);
        return {
          value: tok,
          event: out(
            L(
              t,
              'liblinphone',
              'message',
              `[Provisioning] Remote provisioning URI is https://prov.${SW}/p/${tok}/linphonerc.xml, fetching it`,
            ),
          ),
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'session-id',
      'linphone-belle-sip-http-response-set-cookie-phpsessid',
      'error',
      WHY.session(
        "belle-sip prints the HTTP response of the provisioning server, and its `Set-Cookie: PHPSESSID=…` (26 characters of [a-v0-9]) is the dispatcher's session on the provisioning portal",
      ),
      ({ rng, t }) => {
        const s = php26(rng);
        return {
          value: s,
          event: out(
            L(t, 'belle-sip', 'message', `channel [${ch()}]: message received from [prov.${SW}:443]:`),
            'HTTP/1.1 200 OK',
            `Date: Mon, 13 Dec 2027 ${local(t, GMT).slice(11, 19)} GMT`,
            'Server: Apache',
            `Set-Cookie: PHPSESSID=${s}; path=/; secure; HttpOnly`,
            'Content-Type: application/xml',
            `Content-Length: ${rng.int(900, 2400)}`,
            '',
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'linphone-register-digest-response',
      'none',
      'A SIP REGISTER\'s `Authorization: Digest … response="<32 hex>"`: the MD5 digest answering one nonce, a one-request proof, no credential.',
      ({ rng, t }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: out(
            L(t, 'belle-sip', 'message', `channel [${ch()}]: message sent to [UDP://sip.${SW}:5060], size: [612] bytes`),
            `REGISTER sip:sip.${SW} SIP/2.0`,
            `Via: SIP/2.0/UDP 192.168.10.21:5060;branch=z9hG4bK.${rng.alnum(9)};rport`,
            `From: <sip:dispatch1@sip.${SW}>;tag=${rng.alnum(9)}`,
            `To: sip:dispatch1@sip.${SW}`,
            'CSeq: 21 REGISTER',
            `Call-ID: ${rng.alnum(10)}`,
            `Authorization:  Digest realm="sip.${SW}", nonce="${rng.b64url(24)}", algorithm=MD5, username="dispatch1",  uri="sip:sip.${SW}", response="${r}"`,
            '',
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'linphone-received-uri-config-line-key',
      'error',
      `${WHY.apiKey('line_key')} A \`linphone-config:\` link from the charity's intranet hands Linphone a configuration URL, and Linphone logs the link it received, key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            L(
              t,
              'liblinphone',
              'message',
              `[App] Received URI: linphone-config:https://prov.${SW}/remote.php?seat=dispatch2&line_key=${key}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'linphone-contact-sip-instance-uuid',
      'none',
      'A REGISTER\'s `Contact` with `+sip.instance="<urn:uuid:…>"`: the device\'s instance id (RFC 5626), no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: out(
            L(
              t,
              'liblinphone',
              'message',
              `[Proxy] Contact for sip:dispatch2@sip.${SW} is <sip:dispatch2@192.168.10.22:5060;transport=udp>;+sip.instance="<urn:uuid:${u}>"`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'linphone-http-response-body-id-token-1h',
      'error',
      "The account manager's sign-in (OpenID Connect) answers the app with an `id_token`, and belle-sip prints the response body; the line's entry is stamped in local time, GMT",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 20),
          claims: {
            iss: `https://accounts.${SW}/realms/dispatch`,
            aud: 'linphone-desktop',
            sub: rng.uuid(),
            preferred_username: 'dispatch2',
            nonce: rng.alnum(16),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            L(t, 'belle-sip', 'message', `channel [${ch()}]: message received from [accounts.${SW}:443]:`),
            'HTTP/1.1 200 OK',
            'Content-Type: application/json',
            '',
            `{"access_token":"${rng.b64url(43)}","expires_in":300,"token_type":"Bearer","id_token":"${token}","scope":"openid profile"}`,
          ),
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'linphone-http-request-body-refresh-grant',
      'error',
      `${WHY.refresh} belle-sip prints the HTTP request Linphone sends to renew its access, and the form body holds the refresh token.`,
      ({ rng, t }) => {
        const rt = rng.b64url(40) + '.' + rng.b64url(24);
        return {
          value: rt,
          event: out(
            L(t, 'belle-sip', 'message', `channel [${ch()}]: message sent to [accounts.${SW}:443], size: [${rng.int(300, 400)}] bytes`),
            'POST /realms/dispatch/protocol/openid-connect/token HTTP/1.1',
            `Host: accounts.${SW}`,
            'Content-Type: application/x-www-form-urlencoded',
            '',
            `grant_type=refresh_token&client_id=linphone-desktop&refresh_token=${rt}`,
          ),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'linphone' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dispatch-scheduler.log: the rota and reminder scheduler, a Java 21 service on Quartz 2.3 with logback's pattern
// `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n` in UTC: Quartz's start-up lines
// (`Quartz Scheduler v.2.3.2 created.`, `Scheduler meta-data: …`), `JobRunShell`'s `Job … threw an unhandled
// Exception:` with its stack trace and `ErrorLogger`'s `Job (… threw an exception.` with the nested exception, the
// service's job lines (Java's `Map.toString()` and `Properties.toString()`).
// From memory (not fetched): Quartz's messages, HttpURLConnection's `Server returned HTTP response code: … for URL:`.

function quartzLog(rng) {
  const L = (t, lvl, th, lg, msg) => `${ymdHmsAt(t, GMT)}.${msOf(t, GMT)} ${lvl.padEnd(5)} [${th}] ${lg} - ${msg}`;
  const W = () => `DispatchScheduler_Worker-${rng.int(1, 4)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(L(t, 'INFO', W(), 'u.s.dispatch.jobs.ReminderJob', `${rng.int(3, 19)} reminder SMS queued for tomorrow's pickups`)),
      () =>
        out(
          L(
            t,
            'DEBUG',
            'DispatchScheduler_QuartzSchedulerThread',
            'org.quartz.core.QuartzSchedulerThread',
            `batch acquisition of ${rng.int(0, 1)} triggers`,
          ),
        ),
      () =>
        out(
          L(
            t,
            'INFO',
            W(),
            'u.s.dispatch.jobs.RotaImportJob',
            `rota for week ${rng.int(50, 51)}: ${rng.int(14, 22)} drivers, ${rng.int(30, 48)} shifts`,
          ),
        ),
    ])();
  const steps = [
    {
      raw: out(
        L(DAY_EN + 5 * HOUR, 'INFO', 'main', 'org.quartz.impl.StdSchedulerFactory', 'Using default implementation for ThreadExecutor'),
        L(
          DAY_EN + 5 * HOUR,
          'INFO',
          'main',
          'org.quartz.core.SchedulerSignalerImpl',
          'Initialized Scheduler Signaller of type: class org.quartz.core.SchedulerSignalerImpl',
        ),
        L(DAY_EN + 5 * HOUR, 'INFO', 'main', 'org.quartz.core.QuartzScheduler', 'Quartz Scheduler v.2.3.2 created.'),
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'quartz-properties-tostring-datasource-password',
      'error',
      "The service logs the Quartz properties it built at DEBUG, `Properties.toString()` (`{key=value, …}`), and the JDBC job store's data source password is one of them.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: out(
            L(
              t,
              'DEBUG',
              'main',
              'u.s.dispatch.SchedulerConfig',
              `quartz properties: {org.quartz.jobStore.class=org.quartz.impl.jdbcjobstore.JobStoreTX, org.quartz.dataSource.dispatchDS.user=quartz, org.quartz.scheduler.instanceName=DispatchScheduler, org.quartz.dataSource.dispatchDS.password=${pw}, org.quartz.threadPool.threadCount=4, org.quartz.dataSource.dispatchDS.URL=jdbc:postgresql://db.${SW}:5432/dispatch, org.quartz.scheduler.instanceId=AUTO}`,
            ),
          ),
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'quartz-meta-data-instance-id',
      'none',
      "Quartz's `Scheduler meta-data` with the instance id AUTO made (host name and start time in milliseconds): an id, no credential.",
      ({ rng, t }) => {
        const id = `dispatch-01${digits(rng, 13)}`;
        return {
          value: id,
          event: out(
            L(
              t,
              'INFO',
              'main',
              'org.quartz.core.QuartzScheduler',
              `Scheduler meta-data: Quartz Scheduler (v2.3.2) 'DispatchScheduler' with instanceId '${id}'`,
            ),
            "  Scheduler class: 'org.quartz.core.QuartzScheduler' - running locally.",
            '  NOT STARTED.',
            '  Currently in standby mode.',
            '  Number of jobs executed: 0',
            "  Using thread pool 'org.quartz.simpl.SimpleThreadPool' - with 4 threads.",
            "  Using job-store 'org.quartz.impl.jdbcjobstore.JobStoreTX' - which supports persistence. and is not clustered.",
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'quartz-job-data-map-tostring-apikey',
      'error',
      `${WHY.apiKey('apiKey')} The feed job logs its merged job data (a \`HashMap\`, \`{key=value, …}\`) before it runs.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: out(
            L(
              t,
              'DEBUG',
              W(),
              'u.s.dispatch.jobs.FeedSyncJob',
              `job data {region=north-yorkshire, feedUrl=https://feeds.dalesbusdata.example/gtfs/swaledale.zip, apiKey=${key}, retries=3}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'quartz-feed-sha256-unchanged',
      'none',
      'The feed job compares the SHA-256 of the downloaded GTFS file (64 hex) with the last one: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(L(t, 'INFO', W(), 'u.s.dispatch.jobs.FeedSyncJob', `feed unchanged (sha256=${h}), skipping import`)),
        };
      },
    ),
    3,
    plant(
      'webhook',
      'quartz-jobrunshell-and-errorlogger-rocketchat-hook',
      'error',
      WHY.webhook(
        "The office chat's incoming webhook (Rocket.Chat, `/hooks/<id>/<token>`) answers 400, and `HttpURLConnection`'s `IOException` quotes its URL; Quartz's `JobRunShell` writes the exception and `ErrorLogger` writes it again as the nested exception",
      ),
      ({ rng, t }) => {
        const id = lowerNum(rng, 24);
        const tok = rng.alnum(48);
        const url = `https://chat.${SW}/hooks/${id}/${tok}`;
        const th = W();
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            L(t, 'ERROR', th, 'org.quartz.core.JobRunShell', 'Job dispatch.notifyOffice threw an unhandled Exception: '),
            `java.io.IOException: Server returned HTTP response code: 400 for URL: ${url}`,
            '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)',
            '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1589)',
            '\tat uk.swaledalect.dispatch.jobs.NotifyOfficeJob.execute(NotifyOfficeJob.java:58)',
            '\tat org.quartz.core.JobRunShell.run(JobRunShell.java:202)',
            '\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)',
            L(t + 3, 'ERROR', th, 'org.quartz.core.ErrorLogger', 'Job (dispatch.notifyOffice threw an exception.'),
            `org.quartz.SchedulerException: Job threw an unhandled exception. [See nested exception: java.io.IOException: Server returned HTTP response code: 400 for URL: ${url}]`,
            '\tat org.quartz.core.JobRunShell.run(JobRunShell.java:213)',
            '\tat org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)',
          ),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'quartz-filenotfound-nextcloud-share-download',
      'error',
      WHY.pathSecret(
        "The rota is read from a Nextcloud public share (`/index.php/s/<15 characters>/download`), and Java's `FileNotFoundException` for a 404 is the URL itself, written by the job's warning",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: out(
            L(
              t,
              'WARN',
              W(),
              'u.s.dispatch.jobs.RotaImportJob',
              `rota download failed, keeping last week's: java.io.FileNotFoundException: https://cloud.${SW}/index.php/s/${tok}/download`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'encoded',
      'quartz-sms-callback-percent-encoded-secret',
      'error',
      "The reminder job sends an SMS through the gateway with a delivery callback, percent-encoded by `URLEncoder` (`callback=https%3A%2F%2F…%3Fsecret%3D…`); decoded, the callback's `secret` is what the gateway proves itself with, long-lived.",
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: out(
            L(
              t,
              'DEBUG',
              W(),
              'u.s.dispatch.sms.GatewayClient',
              `POST https://api.textdales.example/v1/send?to=%2B4477009${digits(rng, 5)}&callback=https%3A%2F%2Fdispatch.${SW}%2Fsms%2Fdelivered%3Fsecret%3D${s}%26booking%3D${rng.int(4100, 4999)}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'quartz-digest-job-embed-rota-jwt-7d',
      'error',
      'The weekly digest job mails the drivers a link to the rota board, an embed page with a JWT in its path (`/embed/rota/<JWT>`), and logs it, on a line in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(2, 30),
          claims: { iss: `https://dispatch.${SW}`, board: 'rota', week: 51 },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            L(
              t,
              'INFO',
              W(),
              'u.s.dispatch.jobs.DigestJob',
              `weekly digest sent to 17 drivers, board https://dispatch.${SW}/embed/rota/${token}`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 5 * HOUR, site: { host: 'scheduler' }, filler, render, steps });
}

// =====================================================================================================================
// Гәдоуҭатәи амандарин ааӡаҩцәа реидгыла (Abkhaz; Gudauta, Abkhazia: MSK, UTC+3 all year)
// =====================================================================================================================

const GM = 'gudauta-mandarin.example';

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: the union's Pixelfed 0.12 instance (photos of the orchards and the harvest) with the union's own
// additions, Laravel's daily log in UTC (Pixelfed's default `APP_TIMEZONE`): `[<yyyy-mm-dd hh:mm:ss>]
// production.<LEVEL>: <message> <context as JSON>`, an exception's context as `{"exception":"[object] (<class>(code:
// <n>): <message> at <file>:<line>)` followed by `[stacktrace]` and `#n …` frames on further lines.
// From memory (not fetched): Laravel's Monolog line and exception context, Guzzle's `Client error: \`METHOD url\`
// resulted in a \`status\` response:` message, Passport's `def50200…` codes and refresh tokens.

function pixelfedLog(rng) {
  const L = (t, lvl, msg, ctx) => `[${ymdHmsAt(t, 0)}] production.${lvl}: ${msg}${ctx ? ` ${JSON.stringify(ctx)}` : ''}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(L(t, 'INFO', `Ахархәаҩ ҿыц: @baxcha_${rng.int(10, 99)}`, { user_id: rng.int(40, 400) })),
      () => out(L(t, 'INFO', 'Асахьа ҿыц: амандарин абаҳча', { status_id: `7${digits(rng, 17)}`, media: rng.int(1, 4) })),
      () =>
        out(
          L(t, 'DEBUG', 'ActivityPub inbox: Like', {
            actor: `https://${rng.pick(['mastodon.example', 'pixel.example', 'social.example'])}/users/${rng.pick(['nart', 'amra', 'zaira', 'beslan'])}`,
          }),
        ),
      () =>
        out(
          L(t, 'WARNING', 'Failed to fetch remote avatar', {
            url: `https://${rng.pick(['mastodon.example', 'social.example'])}/system/accounts/avatars/${digits(rng, 3)}/original/${rng.hex(16)}.png`,
            status: 404,
          }),
        ),
    ])();
  const steps = [
    3,
    plant(
      'oauth-code',
      'pixelfed-passport-redirect-location-code',
      'warning',
      `${WHY.code} The union's app signs in through the instance's Passport OAuth server, and a custom log line of the authorization step writes the redirect's \`location\` with Passport's \`def50200…\` code beside \`state\`.`,
      ({ rng, t }) => {
        const code = `def50200${rng.hex(560)}`;
        return {
          value: code,
          event: out(
            L(t, 'INFO', 'oauth.authorize: redirect', {
              client_id: 7,
              user_id: rng.int(40, 400),
              location: `https://app.${GM}/wnalara/callback?code=${code}&state=${rng.alnum(40)}`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'pixelfed-activitypub-http-signature',
      'none',
      'An ActivityPub delivery\'s HTTP `Signature` header (`keyId=…#main-key, algorithm="rsa-sha256", …, signature="<base64>"`): the RSA signature of one request, no credential.',
      ({ rng, t }) => {
        const sig = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 342) + '==';
        return {
          value: sig,
          event: out(
            L(t, 'WARNING', 'Inbox signature check failed, refetching key', {
              signature: `keyId="https://social.example/users/amra#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="${sig}"`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pixelfed-context-request-refresh-token-deadlock',
      'error',
      `${WHY.refresh} A token renewal of the app fails on a database deadlock, not on the token, and the union's error handler logs the request input, Passport's \`def50200…\` refresh token included.`,
      ({ rng, t }) => {
        const rt = `def50200${rng.hex(640)}`;
        return {
          value: rt,
          event: out(
            L(t, 'ERROR', 'SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock', {
              request: { grant_type: 'refresh_token', refresh_token: rt, client_id: '7', scope: 'read write' },
              exception:
                '[object] (Illuminate\\Database\\QueryException(code: 40001): SQLSTATE[40001] at /var/www/pixelfed/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825)',
            }),
          ),
        };
      },
    ),
    3,
    plant(
      'webhook',
      'pixelfed-warning-context-discord-webhook',
      'error',
      WHY.webhook(
        "A Discord webhook (`/api/webhooks/<id>/<token>`) the union's moderators get new reports on: Discord rate-limits it, and the union's notifier logs a warning with the URL it posted to",
      ),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            L(t, 'WARNING', 'Report notify failed', {
              url: `https://discord.com/api/webhooks/${id}/${tok}`,
              status: 429,
              retry_after: 1.2,
              report_id: rng.int(10, 90),
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pixelfed-warning-context-url-tsapkha',
      'error',
      `${WHY.apiKey('tsapkha')} (\`tsapkha\`, ацаԥха, "key") The union's harvest widget reads the packing shed's API, and its warning writes the URL it called with the key.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            L(t, 'WARNING', 'Агха: амандарин аҭира API 503', {
              url: `https://api.${GM}/v1/sklad/tira?baxcha=3&tsapkha=${key}`,
              status: 503,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'pixelfed-debug-headers-cookie-laravel-session',
      'error',
      WHY.session(
        'A debugging line writes a request\'s headers, and the `cookie` header holds `pixelfed_session`, Laravel\'s encrypted session cookie (base64 of `{"iv":…,"value":…,"mac":…}`), beside the `XSRF-TOKEN`',
      ),
      ({ rng, t }) => {
        const enc = () =>
          b64Of(
            JSON.stringify({
              iv: rng.bytes(16).toString('base64'),
              value: rng.b64url(128).replace(/[-_]/g, 'A'),
              mac: rng.hex(64),
              tag: '',
            }),
          );
        const xsrf = enc();
        const sess = enc();
        return {
          value: sess,
          event: out(
            L(t, 'DEBUG', 'compose: headers', {
              host: [`photo.${GM}`],
              cookie: [`XSRF-TOKEN=${xsrf}; pixelfed_session=${sess}`],
              'user-agent': [rng.pick(BROWSERS)],
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'pixelfed-notice-payload-base64-json-madza',
      'error',
      'The import of the growers\' shop listing logs its `payload`, base64 of a JSON object; decoded, it holds `"madza"` (амаӡа, "secret"), the shop\'s API secret.',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ shop: 'gudauta-mandarin', since: '2028-01-01', madza: rng.alnum(40) }));
        return { value: b, event: out(L(t, 'NOTICE', 'Аимпорт ҿыц', { payload: b })) };
      },
    ),
    2,
    plant(
      'negative',
      'pixelfed-media-original-sha256',
      'none',
      "Pixelfed keeps each upload's `original_sha256` (64 hex) to spot duplicates: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: out(L(t, 'INFO', 'Media duplicate skipped', { media_id: rng.int(3000, 9000), original_sha256: h })) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'pixelfed-warning-referer-embed-expired',
      'note',
      "The harvest map embedded on a partner's page (`/embed/<JWT>`) sends its requests with the embed page as `referer`, and a warning writes it; the line is in UTC, and the JWT had expired two days before",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + rng.int(100, 3000),
          claims: { iss: `https://photo.${GM}`, collection: 'mandarin-2027' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(L(t, 'WARNING', 'Embed: expired link', { referer: `https://photo.${GM}/embed/${token}`, ip: '198.51.100.77' })),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AB + 6 * HOUR, site: { host: `photo.${GM}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// swoole-orders.log: the union's order API, a Swoole 5.1 HTTP server run daemonized with `log_file`, where the PHP
// code's stdout lands too: Swoole's lines `[<yyyy-mm-dd hh:mm:ss> <role><pid>.<id>]\t<LEVEL>\t<message>` (`#` master,
// `$` manager, `*` worker) in the server's local time (MSK) without zone, the app's Monolog lines
// `[<ISO 8601 with +03:00>] app.<LEVEL>: <message> <context> []`, and `print_r`/`var_dump` output left by developers.
// From memory (not fetched): Swoole's prefix and role characters, its messages; PHP's print_r and var_dump layouts.

function swooleLog(rng) {
  const S = (t, role, lvl, msg) =>
    `[${ymdHmsAt(t, MSK)} ${role}${rng.int(1200, 1240)}.${role === '*' ? rng.int(0, 3) : 0}]\t${lvl}\t${msg}`;
  const M = (t, lvl, msg, ctx = {}) =>
    `[${local(t, MSK).slice(0, 23)}${digits(rng, 3)}+03:00] app.${lvl}: ${msg} ${JSON.stringify(ctx)} []`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(M(t, 'INFO', 'Азаказ ҿыц', { awda: rng.int(1000, 1999), kg: rng.int(5, 60) })),
      () => out(M(t, 'INFO', 'Аԥара аиуит', { awda: rng.int(1000, 1999), rub: rng.int(400, 9000) })),
      () => out(S(t, '$', 'NOTICE', `Manager::kill_timeout_process() (ERRNO 9101): worker exit timeout, forced termination`)),
      () => out(S(t, '*', 'WARNING', `Worker_reactor_try_to_exit() (ERRNO 9012): worker exit timeout, forced termination`)),
    ])();
  const steps = [
    { raw: out(S(DAY_AB + 5 * HOUR, '#', 'NOTICE', 'Server is started at http://0.0.0.0:9501')), after: 0 },
    plant(
      'framework-dump',
      'swoole-print-r-config-zhwamadza',
      'error',
      "A `print_r($config)` left in the worker's start callback writes the app's configuration, and the database block's `zhwamadza` (ажәамаӡа, \"password\") is the MySQL password.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            S(t, '*', 'NOTICE', 'WorkerStart'),
            'Array',
            '(',
            '    [app] => amandarin-awda',
            '    [db] => Array',
            '        (',
            '            [host] => 127.0.0.1',
            '            [name] => awda',
            '            [user] => awda',
            `            [zhwamadza] => ${pw}`,
            '        )',
            '',
            '    [timezone] => Europe/Moscow',
            ')',
          ),
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'session-id',
      'swoole-print-r-request-cookie-sessia',
      'error',
      WHY.session(
        '`print_r($request->cookie)` in the cart handler writes the shop\'s session cookie `sessia` (асессиа, "session", 32 hex)',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, event: out('Array', '(', `    [sessia] => ${s}`, '    [bzshwa] => ab', ')') };
      },
    ),
    2,
    plant(
      'negative',
      'swoole-print-r-masked-zhwamadza',
      'none',
      'The later build of the same dump masks the password (`[zhwamadza] => ********`): a mask, no credential.',
      ({ t }) => ({
        value: '[zhwamadza] => ********',
        event: out(
          S(t, '*', 'NOTICE', 'WorkerStart'),
          'Array',
          '(',
          '    [host] => 127.0.0.1',
          '    [user] => awda',
          '    [zhwamadza] => ********',
          ')',
        ),
      }),
    ),
    2,
    plant(
      'implicit-fragment',
      'swoole-var-dump-post-href-fragment',
      'error',
      "The error-report endpoint `var_dump`s the posted form, and the page address the browser reported (`href`) still has the identity provider's `#access_token=…` fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        const href = `https://${GM}/wnalara#access_token=${at}&token_type=Bearer&expires_in=86400`;
        return {
          value: at,
          event: out(
            'array(3) {',
            '  ["agha"]=>',
            '  string(28) "Агха: аҩналара ауам"',
            '  ["href"]=>',
            `  string(${Buffer.byteLength(href)}) "${href}"`,
            '  ["ua"]=>',
            '  string(10) "Mobile/26A"',
            '}',
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'swoole-monolog-context-id-token-1h',
      'error',
      "The app's Monolog warning on a rejected sign-in writes the `id_token` it got in its context, on a line stamped +03:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 200),
          claims: { iss: `https://id.${GM}`, aud: 'awda-web', sub: rng.uuid(), name: 'Амра', nonce: rng.alnum(16) },
        });
        return { value: token, jwt: facts, event: out(M(t, 'WARNING', 'Агха: id_token aud', { id_token: token })) };
      },
    ),
    3,
    plant(
      'negative',
      'swoole-monolog-etag-md5',
      'none',
      'The price list is served with an ETag, the MD5 of the list (32 hex): a cache validator, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: out(M(t, 'DEBUG', 'Ахәԥса: 304', { etag: h })) };
      },
    ),
    2,
    plant(
      'replay',
      'swoole-monolog-festival-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to the tangerine festival (`bilet`, абилет, "ticket"), checked at the first gate; the app logs the check with the gate scanner\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return { value: tk, event: out(M(t, 'INFO', 'Амандарин аныҳәа: абилет ыҟоуп', { bilet: tk, ip: '203.0.113.44', gate: 1 })) };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'swoole-monolog-festival-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} The second gate's scanner, on another address, sent the same ticket and the app let it in again.`,
          },
        ],
        event: out(M(t, 'INFO', 'Амандарин аныҳәа: абилет ыҟоуп', { bilet: refs.get('bilet').value, ip: '198.51.100.91', gate: 2 })),
      }),
      { replayOf: 'bilet', after: 131 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AB + 5 * HOUR, site: { host: 'awda' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// convex-logs.txt: `npx convex logs` of the union's app backend, saved by a developer: `<M/D/YYYY, h:mm:ss AM/PM>
// [CONVEX <Q|M|A>(<module>:<function>)] [<LOG|INFO|WARN|ERROR>] <console arguments as util.inspect prints them>` in the
// developer's local time (MSK) without zone. No JWT on it.
// From memory (not fetched): the `[CONVEX M(…)]` prefix and the way arguments are printed.

function convexLog(rng) {
  const when = (t) => {
    const d = new Date(t + MSK * 60000);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const C = (t, fn, lvl, args) => `${when(t)} [CONVEX ${fn}] [${lvl}] ${args}`;
  const cid = (rng) => rng.chars('abcdefghjkmnpqrstvwxyz0123456789', 32);
  const filler = (rng, t) =>
    rng.pick([
      () => out(C(t, 'M(awda:create)', 'LOG', `'Азаказ ҿыц' { awda: ${rng.int(1000, 1999)}, kg: ${rng.int(5, 60)} }`)),
      () => out(C(t, 'Q(baxcha:list)', 'LOG', `'абаҳчақәа' ${rng.int(8, 30)}`)),
      () => out(C(t, 'A(sms:send)', 'INFO', `'SMS' { to: '+7940${digits(rng, 7)}', ok: true }`)),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'convex-log-ashwqwy-share-link',
      'error',
      WHY.pathSecret(
        'An action makes a link to a grower\'s invoice (`/ashwqwy/<token>/…pdf`, ашәҟәы, "document") and logs it with `console.log`',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: out(C(t, 'A(ashwqwy:share)', 'LOG', `'Ашәҟәы ҿыц:' 'https://${GM}/ashwqwy/${tok}/ahasab-2028-01.pdf'`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'convex-document-id',
      'none',
      "A Convex document id (`_id`, 32 characters of Convex's base32): names a row, no credential.",
      ({ rng, t }) => {
        const id = cid(rng);
        return {
          value: id,
          event: out(C(t, 'M(awda:pack)', 'LOG', `'Аԥсаҭа' { _id: '${id}', awda: ${rng.int(1000, 1999)}, boxes: ${rng.int(2, 12)} }`)),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'convex-log-quoted-printable-madza',
      'error',
      'An action logs the raw MIME message it mails to a buyer, quoted-printable (`=3D` for `=`): decoded, the link holds `madza=` (амаӡа, "secret"), the buyer\'s payment secret.',
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: out(
            C(
              t,
              'A(mail:invoice)',
              'LOG',
              `'raw:' 'Content-Type: text/plain; charset=utf-8\\r\\nContent-Transfer-Encoding: quoted-printable\\r\\n\\r\\n=D0=98=D2=AD=D0=B0=D0=B1=D1=83=D0=BF!\\r\\nhttps://${GM}/arra?awda=3D${rng.int(1000, 1999)}&madza=3D${s}'`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'convex-error-wnalara-url-fragment',
      'error',
      "The sign-in action throws on an address it did not expect and logs it: the identity provider's return with `#access_token=…` in the fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            C(
              t,
              'A(auth:wnalara)',
              'ERROR',
              `'Агха:' 'https://${GM}/wnalara#access_token=${at}&token_type=bearer&expires_in=86400&state=${rng.alnum(12)}'`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'convex-masked-tsapkha',
      'none',
      "The config check prints the packing shed's key masked to its last four characters (`'••••••••3f2a'`): a mask, no credential.",
      ({ rng, t }) => {
        const m = `••••••••${rng.hex(4)}`;
        return { value: m, event: out(C(t, 'Q(config:check)', 'LOG', `{ sklad: 'https://api.${GM}', tsapkha: '${m}' }`)) };
      },
    ),
    2,
    plant(
      'replay',
      'convex-mutation-bilet-used-once',
      'note',
      WHY.ticketFirst(
        'A single-use ticket for the packing-shed tour (`bilet`, абилет), marked used by a mutation that logs it; it is never seen again. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return { value: tk, event: out(C(t, 'M(bilet:use)', 'LOG', `'Абилет ахархәара' { bilet: '${tk}', ok: true }`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AB + 7 * HOUR, site: { host: 'convex' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// contiki-baxcha-3.log: the serial console of an orchard sensor node (Contiki-NG 4.9 on a CC2650, read with
// `make login`): Contiki-NG's log lines `[<LEVEL>: <module padded to 10>] <message>` (`INFO`, `WARN`, `ERR `, `DBG `),
// the boot banner of `Main`, the node's app and its HTTP socket. No time.
// From memory (not fetched): Contiki-NG's `[INFO: Main      ]` banner lines; the app and http-socket lines are the
// firmware's own.

function contikiLog(rng) {
  const K = (lvl, mod, msg) => `[${lvl.padEnd(4)}: ${mod.padEnd(10)}] ${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => out(K('INFO', 'App', `Абаҳча 3: T=${rng.int(4, 16)}.${rng.int(0, 9)}C RH=${rng.int(60, 95)}% аӡы=${rng.int(18, 40)}%`)),
      () => out(K('INFO', 'RPL', `rpl_dag_update_state: DAG fd00::212:4b00:${rng.hex(4)}:${rng.hex(4)} rank ${rng.int(256, 900)}`)),
      () => out(K('DBG', 'http-sock', `connected to [fd00::1]:80`)),
    ])();
  const steps = [
    plant(
      'negative',
      'contiki-boot-link-layer-address',
      'none',
      "Contiki-NG's boot banner writes the node's link-layer address (its IEEE 802.15.4 EUI-64): a hardware address, no credential.",
      ({ rng }) => {
        const a = [rng.hex(4), rng.hex(4)];
        const ll = `0012.4b00.${a[0]}.${a[1]}`;
        return {
          value: ll,
          event: out(
            K('INFO', 'Main', 'Starting Contiki-NG-release/v4.9'),
            K('INFO', 'Main', '- Routing: RPL Lite'),
            K('INFO', 'Main', '- Net: sicslowpan'),
            K('INFO', 'Main', '- MAC: CSMA'),
            K('INFO', 'Main', '- 802.15.4 PANID: 0xabcd'),
            K('INFO', 'Main', '- 802.15.4 Default channel: 26'),
            K('INFO', 'Main', `Node ID: ${rng.int(1000, 9000)}`),
            K('INFO', 'Main', `Link-layer address: ${ll}`),
            K('INFO', 'Main', `Tentative link-local IPv6 address: fe80::212:4b00:${a[0]}:${a[1]}`),
          ),
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'encoded',
      'contiki-cfg-blob-base64-zhwamadza',
      'error',
      'The app prints its configuration blob from flash in base64 at start; decoded, it reads `baxcha=3;gw=fd00::1;zhwamadza=…`, the gateway password (ажәамаӡа, "password").',
      ({ rng }) => {
        const b = b64Of(`baxcha=3;gw=fd00::1;user=baxcha3;zhwamadza=${rng.alnum(16)}`);
        return { value: b, event: out(K('DBG', 'App', `cfg blob: ${b}`)) };
      },
    ),
    3,
    plant(
      'header-dump',
      'contiki-http-socket-authorization-basic',
      'error',
      "The node's HTTP socket, built with debug output, prints the request header it sends to the gateway, `Authorization: Basic` with the node's user and password in base64.",
      ({ rng }) => {
        const b = b64Of(`baxcha3:${rng.alnum(16)}`);
        return {
          value: b,
          event: out(
            K('DBG', 'http-sock', `> POST /api/v1/baxcha/3 HTTP/1.1`),
            K('DBG', 'http-sock', `> Authorization: Basic ${b}`),
            K('DBG', 'http-sock', '> Content-Type: application/json'),
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'contiki-app-post-url-api-tsapkha',
      'error',
      `${WHY.apiKey('api_tsapkha')} (ацаԥха, "key") The node posts its readings to the union's cloud API with the key in the URL, and logs the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: out(K('INFO', 'App', `POST https://api.${GM}/v1/baxcha/3/readings?api_tsapkha=${key} -> 201`)) };
      },
    ),
    2,
    plant(
      'negative',
      'contiki-app-firmware-sha256',
      'none',
      "The app prints its firmware image's SHA-256 (64 hex) before an update check: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: out(K('INFO', 'App', `fw 1.4.2 sha256 ${h}`)) };
      },
    ),
    2,
    plant(
      'webhook',
      'contiki-warn-home-assistant-webhook',
      'error',
      WHY.webhook(
        'A Home Assistant webhook (`/api/webhook/<64 hex>`, the id is the secret) that raises the frost alarm in the packing shed; the node warns when the call fails and writes the URL',
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return { value: id, event: out(K('WARN', 'App', `Ахьҭа! webhook failed (timeout): http://ha.${GM}:8123/api/webhook/${id}`)) };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_AB + 3 * HOUR, site: { host: 'baxcha-3' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tinytuya-sklad.log: a Python script of the packing shed that reads its Tuya devices (door sensor, cold room, pumps)
// with tinytuya 1.16 and `tinytuya.set_debug(True)`, stderr kept in a file: Python logging's default
// `<LEVEL>:<logger>:<message>`, tinytuya's Cloud lines with Python dict reprs of the requests and responses. No time.
// From memory (not fetched): tinytuya's debug wording; Tuya's Cloud API fields (`access_token`, `refresh_token`,
// `expire_time`, `uid`, `t`, `tid`, the `sign` header).

function tinytuyaLog(rng) {
  const D = (msg) => `DEBUG:tinytuya:${msg}`;
  const devId = (rng) => `bf${rng.chars('0123456789abcdef', 20)}`;
  const NAMES = ['Ашә', 'Ахьҭарҭа 1', 'Ахьҭарҭа 2', 'Абаҳча аӡы'];
  const filler = (rng) =>
    rng.pick([
      () => out(D(`status() received data={'dps': {'1': ${rng.pick(['True', 'False'])}, '3': ${rng.int(10, 60)}}}`)),
      () => out(D(`Device '${rng.pick(NAMES)}' version 3.4, port 6668, timeout 5`)),
      () => out(D(`_send_receive() received ${rng.int(30, 200)} bytes`)),
    ])();
  const steps = [
    { raw: out(D('TinyTuya [1.16.0]'), D('Python 3.11.2 (main, Nov 30 2024, 21:22:50) [GCC 12.2.0] on linux')), after: 0 },
    plant(
      'negative',
      'tinytuya-token-request-sign',
      'none',
      "The token request's headers as a Python dict, with Tuya's `sign` (HMAC-SHA256 of this one request, 64 hex capitals): a per-request signature, no credential.",
      ({ rng }) => {
        const s = rng.hex(64).toUpperCase();
        return {
          value: s,
          event: out(
            D(
              `Cloud _tuyaplatform() headers: {'client_id': '${lowerNum(rng, 20)}', 'sign': '${s}', 't': '${digits(rng, 13)}', 'sign_method': 'HMAC-SHA256', 'nonce': ''}`,
            ),
          ),
        };
      },
    ),
    plant(
      'refresh-token',
      'tinytuya-cloud-token-response-dict-refresh',
      'error',
      `${WHY.refresh} tinytuya prints Tuya's token response as a Python dict, with the project's \`refresh_token\` (32 hex) beside the access token.`,
      ({ rng }) => {
        const rt = rng.hex(32);
        return {
          value: rt,
          event: out(
            D(
              `Cloud _gettoken() response: {'result': {'access_token': '${rng.hex(32)}', 'expire_time': 7200, 'refresh_token': '${rt}', 'uid': 'bay${digits(rng, 13)}${lowerNum(rng, 4)}'}, 'success': True, 't': ${digits(rng, 13)}, 'tid': '${rng.hex(32)}'}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'tinytuya-cloud-request-headers-access-token',
      'error',
      "tinytuya prints the headers of a Cloud API call as a Python dict, and Tuya takes the project's `access_token` (32 hex, two hours) as a header.",
      ({ rng }) => {
        const at = rng.hex(32);
        return {
          value: at,
          event: out(
            D(
              `Cloud _tuyaplatform() headers: {'client_id': '${lowerNum(rng, 20)}', 'access_token': '${at}', 'sign': '${rng.hex(64).toUpperCase()}', 't': '${digits(rng, 13)}', 'sign_method': 'HMAC-SHA256'}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'tinytuya-device-id',
      'none',
      'A Tuya device id (`bf` and 20 hex): names the device in the cloud, no credential.',
      ({ rng }) => {
        const id = devId(rng);
        return { value: id, event: out(D(`Cloud getdevices(): found device '${NAMES[0]}' id=${id} category=mcs`)) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'tinytuya-devices-dict-local-key',
      'error',
      `${WHY.apiKey('local_key')} tinytuya's device list from the cloud, printed as a dict, gives the cold room's \`local_key\`, the AES key of its LAN protocol.`,
      ({ rng }) => {
        const k = rng
          .chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~', 16)
          .replace(/'/g, '');
        return {
          value: k,
          event: out(
            D(
              `Cloud getdevices(): {'name': '${NAMES[1]}', 'id': '${devId(rng)}', 'local_key': '${k}', 'mac': '${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}', 'category': 'wsdcg', 'product_name': 'Cold room sensor'}`,
            ),
          ),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_AB + 9 * HOUR, site: { host: 'sklad' }, filler, render, steps });
}

// =====================================================================================================================
// Урбугла устабала артель (Dargwa; Kubachi, Dagestan: MSK, UTC+3 all year)
// =====================================================================================================================

const UR = 'urbug-usta.example';

// ---------------------------------------------------------------------------------------------------------------------
// usta-orders.log: the artel's order service, a Scalatra 3 app on Jetty 12, logback's pattern
// `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n` in MSK with its offset; Jetty's request log
// through SLF4J (`org.eclipse.jetty.server.RequestLog`, NCSA combined format); the app's lines print Scala values
// (case classes as `Name(a,b)`, `Map(k -> v)`, `List(…)`), and Java exceptions' messages.
// From memory (not fetched): Scala's `toString` layouts, Jetty's request-log logger name, `URISyntaxException`'s wording.

function scalatraLog(rng) {
  const L = (t, lvl, th, lg, msg) => `${local(t, MSK).slice(0, 23)}+03:00 ${lvl.padEnd(5)} [${th}] ${lg} - ${msg}`;
  const QTP = () => `qtp1283928880-${rng.int(20, 60)}`;
  const ncsa = (t, ip, req, status, bytes, ref, ua) =>
    L(t, 'INFO', QTP(), 'o.eclipse.jetty.server.RequestLog', `${ip} - - [${clf(t, MSK)}] "${req}" ${status} ${bytes} "${ref}" "${ua}"`);
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          ncsa(
            t,
            `203.0.113.${rng.int(2, 250)}`,
            `GET /katalog/${rng.pick(['kubachi-kinzhal', 'gumbet', 'kuvshin', 'braslet'])} HTTP/1.1`,
            200,
            rng.int(3000, 20000),
            '-',
            rng.pick(BROWSERS),
          ),
        ),
      () => {
        const n = rng.int(300, 399);
        return out(
          L(
            t,
            'INFO',
            QTP(),
            'd.u.orders.OrderServlet',
            `Заказ ${n} кабихьибси саби: Order(${n},usta-${rng.int(1, 9)},${rng.int(1, 3)},RUB)`,
          ),
        );
      },
      () => out(L(t, 'DEBUG', QTP(), 'd.u.orders.ArcClient', `Арц: Payment(${rng.int(4000, 90000)},RUB,PENDING)`)),
    ])();
  const steps = [
    {
      raw: out(
        L(
          DAY_DA + 6 * HOUR,
          'INFO',
          'main',
          'org.eclipse.jetty.server.Server',
          'Started oejs.Server@5a2e4553{STARTING}[12.0.16,sto=0] @2214ms',
        ),
      ),
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'scalatra-jetty-request-log-callback-code',
      'warning',
      `${WHY.code} Jetty's request log writes the sign-in callback's request line with \`code\` and \`state\` in its query.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: out(
            ncsa(
              t,
              '198.51.100.23',
              `GET /oauth/callback?code=${code}&state=${rng.alnum(24)} HTTP/1.1`,
              302,
              0,
              `https://id.${UR}/`,
              BROWSERS[0],
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'scalatra-case-class-tostring-id-token-1h',
      'error',
      'The callback handler logs the token response it parsed, a Scala case class printed by its `toString` (`Tokens(Bearer,3600,<id token>,None)`, no field names), on a line stamped +03:00',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 15),
          claims: { iss: `https://id.${UR}`, aud: 'usta-orders', sub: rng.uuid(), name: 'МяхIяммад', nonce: rng.alnum(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(L(t, 'DEBUG', QTP(), 'd.u.orders.AuthServlet', `tokens: Tokens(Bearer,3600,${token},None)`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'scalatra-some-masked-parol',
      'none',
      'The configuration is printed at start with the password as `Some(********)`: a mask, no credential.',
      ({ t }) => ({
        value: 'Some(********)',
        event: out(L(t, 'INFO', 'main', 'd.u.orders.Boot', `config: DbConfig(jdbc:postgresql://db.${UR}:5432/usta,usta,Some(********),8)`)),
      }),
    ),
    2,
    plant(
      'api-key-name',
      'scalatra-scala-map-tostring-apila-klyuch',
      'error',
      `${WHY.apiKey('apila_klyuch')} (ключ with Dargwa's genitive -ла: "the API's key") The shipping client logs the query it sends as a Scala \`Map\` (\`Map(k -> v, …)\`).`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(L(t, 'DEBUG', QTP(), 'd.u.orders.ShippingClient', `query: Map(shagar -> Махачкала, kg -> 2, apila_klyuch -> ${key})`)),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'scalatra-urisyntaxexception-embed-jwt-120s',
      'warning',
      "The catalogue widget for partner shops (`/embed/<JWT>`) is built with a `|` in its query, and `URISyntaxException`'s message, logged by the servlet, quotes the whole address; the line is stamped +03:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://${UR}`, shop: 'partner-17', view: 'katalog' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            L(
              t,
              'WARN',
              QTP(),
              'd.u.orders.EmbedServlet',
              `embed failed: java.net.URISyntaxException: Illegal character in query at index ${30 + token.length}: https://${UR}/embed/${token}?tema=qara|light`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'scalatra-cookie-case-class-list-sessiya',
      'error',
      WHY.session(
        'The cart handler logs the request\'s cookies as a Scala `List` of the app\'s `Cookie` case class, with `sessiya` (сессия, "session", 32 characters) beside the language cookie',
      ),
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: out(L(t, 'DEBUG', QTP(), 'd.u.orders.CartServlet', `cookies: List(Cookie(mez,dar), Cookie(sessiya,${s}))`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'scalatra-request-log-x-request-id-uuid',
      'none',
      "A payment provider's callback with its `X-Request-Id` (a UUID) logged by the client: an id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: out(
            L(t, 'INFO', QTP(), 'd.u.orders.ArcClient', `Арц таман: Payment(${rng.int(4000, 90000)},RUB,SUCCEEDED) requestId=${id}`),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_DA + 6 * HOUR, site: { host: UR }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jami-usta.log: the Jami daemon (jamid 16) of the workshop's PC, with a JAMS (Jami Account Management Server)
// account, logging to a file: `[<unix seconds>.<ms>|<thread>|<file, padded> :<line>] <message>`, account lines prefixed
// `[Account <16 hex>]`.
// From memory (not fetched): the line layout; the JAMS and HTTP messages are the helper's in the daemon's style.

function jamiLog(rng) {
  const ACC = rng.hex(16);
  const J = (t, file, ln, msg) =>
    `[${Math.floor(t / 1000)}.${pad(t % 1000, 3)}|${rng.int(31200, 31260)}|${file.padEnd(20)}:${String(ln).padStart(4)}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(J(t, 'jamiaccount.cpp', 2114, `[Account ${ACC}] Connected to DHT, ${rng.int(40, 300)} nodes`)),
      () => out(J(t, 'conversation.cpp', 1402, `[Account ${ACC}] [Conversation ${rng.hex(40)}] Хабар ${rng.int(10, 99)}`)),
      () => out(J(t, 'sipcall.cpp', 612, `[call:${digits(rng, 16)}] Call state changed to ${rng.pick(['RINGING', 'CURRENT', 'OVER'])}`)),
    ])();
  const steps = [
    {
      raw: out(
        J(DAY_DA + 8 * HOUR, 'manager.cpp', 744, 'Using PJSIP version: 2.14 for x86_64-pc-linux-gnu'),
        J(DAY_DA + 8 * HOUR, 'manager.cpp', 760, 'Jami 16.0.0 started'),
      ),
      after: 0,
    },
    plant(
      'encoded',
      'jami-data-uri-base64-config-parol',
      'error',
      'The account was set up from a configuration link, and the daemon logs the `data:` URI it imports: base64 of JSON whose `"parol"` (пароль) is the JAMS account password.',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ jams: `https://jams.${UR}`, user: 'usta-3', parol: rng.alnum(18) }));
        return {
          value: b,
          event: out(J(t, 'jamiaccount.cpp', 388, `[Account ${ACC}] importing config from data:application/json;base64,${b}`)),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'jami-http-request-header-authorization-bearer',
      'error',
      "The daemon's HTTP client at debug level writes the headers of its request to JAMS, `Authorization: Bearer` with the account's access token (opaque, an hour long).",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return { value: tok, event: out(J(t, 'http.cpp', 1051, `[Request ${rng.int(10, 40)}] header: Authorization: Bearer ${tok}`)) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'jami-http-response-body-refresh-token',
      'error',
      `${WHY.refresh} The daemon writes JAMS' token response body at debug level.`,
      ({ rng, t }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: out(
            J(
              t,
              'http.cpp',
              1190,
              `[Request ${rng.int(10, 40)}] response body: {"token_type":"bearer","expires_in":3600,"refresh_token":"${rt}","scope":"device"}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'jami-contact-jami-id',
      'none',
      "A contact's Jami ID (`jami:<40 hex>`, the hash of the contact's public key): a public identity, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(40);
        return { value: id, event: out(J(t, 'contact_list.cpp', 212, `[Account ${ACC}] new contact: jami:${id} (Уста Гьасан)`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'jami-open-link-ssylka-token',
      'error',
      WHY.pathSecret(
        'A shared catalogue link (`/ssylka/<token>/…pdf`, ссылка, "link") sent in a conversation and opened from the client, which the daemon logs',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: out(J(t, 'client/jamiclient.cpp', 88, `[Account ${ACC}] open link https://${UR}/ssylka/${tok}/katalog-2028.pdf`)),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'jami-jams-sso-redirect-fragment',
      'error',
      "The JAMS single sign-on returns to the client with the access token in the fragment (`#access_token=…`), and the client's redirect handler logs the address.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            J(
              t,
              'client/jamiclient.cpp',
              141,
              `[Account ${ACC}] SSO redirect: https://jams.${UR}/sso/done#access_token=${at}&token_type=bearer&expires_in=3600`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'jami-device-id-public-key-hash',
      'none',
      "A new device's id (64 hex, the hash of the device's public key) announced for the account: a public identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(64);
        return { value: id, event: out(J(t, 'jamiaccount.cpp', 1777, `[Account ${ACC}] Device announced: ${id}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_DA + 8 * HOUR, site: { host: 'jami' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nsh-vitrina.log: the NSH console of the display case controller (NuttX 12.8 on an ESP32-C3), captured with `tio
// --log`: the NuttShell banner, `nsh>` commands and their output (`ifconfig`, `cat`, `wget`, `md5`), the app's syslog
// lines with the uptime stamp (`[    12.345000] …`, CONFIG_SYSLOG_TIMESTAMP), the device's small web server's lines.
// From memory (not fetched): NSH's banner, `ifconfig` output, `wget -o`, `md5 -f`, the syslog uptime stamp.

function nuttxLog(rng) {
  const START = DAY_DA + 9 * HOUR;
  /** The syslog's uptime stamp: the controller booted 3.1 s before the capture starts. */
  const Y = (t, msg) => `[${(3.1 + (t - START) / 1000).toFixed(6).padStart(12)}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(Y(t, `vitrina: T=${rng.int(18, 24)}.${rng.int(0, 9)}C RH=${rng.int(35, 50)}% таман`)),
      () => out(Y(t, `httpd: GET /status from 10.0.2.${rng.int(10, 40)}`)),
      () => out(Y(t, `wifi: rssi -${rng.int(48, 70)} dBm`)),
    ])();
  const steps = [
    { raw: out('', 'NuttShell (NSH) NuttX-12.8.0', 'nsh> '), after: 0 },
    plant(
      'negative',
      'nuttx-ifconfig-hwaddr',
      'none',
      "`ifconfig`'s `HWaddr`, the Wi-Fi interface's MAC address: a hardware address, no credential.",
      ({ rng }) => {
        const mac = `34:85:18:${[0, 1, 2].map(() => rng.hex(2)).join(':')}`;
        return {
          value: mac,
          event: out(
            'nsh> ifconfig',
            `wlan0\tLink encap:Ethernet HWaddr ${mac} at RUNNING mtu 1500`,
            '\tinet addr:10.0.2.5 DRaddr:10.0.2.1 Mask:255.255.255.0',
            '',
          ),
        };
      },
    ),
    plant(
      'framework-dump',
      'nuttx-cat-config-parol',
      'error',
      '`cat` of the controller\'s configuration file prints the upload account\'s `parol` (пароль, "password") in clear.',
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: out(
            'nsh> cat /data/vitrina.conf',
            'wifi_ssid=Urbug-Usta',
            `server=https://${UR}`,
            'user=vitrina-1',
            `parol=${pw}`,
            'interval=60',
            'nsh> ',
          ),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'nuttx-wget-ssylka-token',
      'error',
      WHY.pathSecret('The new price labels are fetched from a shared link (`/ssylka/<token>/…csv`) typed into `wget` at the console'),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return { value: tok, event: out(`nsh> wget -o /data/qimat.csv https://${UR}/ssylka/${tok}/qimat.csv`, 'nsh> ') };
      },
    ),
    2,
    plant(
      'api-key-name',
      'nuttx-syslog-post-url-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} (ключ, "key") The controller posts its readings with the key in the URL and writes the URL to syslog.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return { value: key, event: out(Y(t, `vitrina: POST https://api.${UR}/v1/vitrina/1?klyuch=${key} -> 200`)) };
      },
    ),
    2,
    plant(
      'session-id',
      'nuttx-httpd-cookie-sessiya',
      'error',
      WHY.session(
        "The controller's own web page keeps the master's login in `sessiya` (сессия, 32 hex), and the web server's debug line writes the request's `Cookie` header",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, event: out(Y(t, `httpd: POST /config from 10.0.2.17 Cookie: sessiya=${s}`)) };
      },
    ),
    2,
    plant(
      'replay',
      'nuttx-httpd-bilet-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket (`bilet`, билет) a customer's phone shows to unlock the display case for a viewing, taken by the controller's web server; the server writes the request and the client's address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.vitrina = t;
        return { value: tk, event: out(Y(t, `httpd: GET /vitrina?bilet=${tk} from 10.0.2.23 -> 200 таман`)) };
      },
      { ref: 'vitrina' },
    ),
    2,
    plant(
      'replay',
      'nuttx-httpd-bilet-again',
      'replay',
      '',
      ({ refs, t }) => {
        return {
          marks: [
            {
              value: refs.get('vitrina').value,
              why: `${WHY.replay('bilet', gap('vitrina', t))} Another phone on another address opened the display case with the same ticket, and the controller answered 200 again.`,
            },
          ],
          event: out(Y(t, `httpd: GET /vitrina?bilet=${refs.get('vitrina').value} from 10.0.2.31 -> 200 таман`)),
        };
      },
      { replayOf: 'vitrina', after: 97 },
    ),
    2,
    plant(
      'negative',
      'nuttx-md5-firmware',
      'none',
      '`md5 -f` of the firmware image on the SD card (32 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: out('nsh> md5 -f /sd/nuttx-vitrina.bin', h, 'nsh> ') };
      },
    ),
  ];
  return buildLog(rng, { start: START, site: { host: 'vitrina' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// MicroSIP_log.txt: MicroSIP 3.21 on the office PC with logging on: PJSIP's log, `<hh:mm:ss.mmm> <sender, padded>
// <message>` in local time (MSK) without date, `.TX`/`.RX … bytes Request msg …` followed by the SIP message and
// `--end msg--`; MicroSIP's own lines for the call events it opens a URL on.
// From memory (not fetched): PJSIP's layout; MicroSIP's own log lines are the helper's in PJSIP's style.

function microsipLog(rng) {
  const T = (t) => `${local(t, MSK).slice(11, 23)}`;
  const P = (t, sender, msg) => `${T(t)} ${sender.padEnd(14)} ${msg}`;
  const sip = (t, dir, what, lines) => [
    P(
      t,
      'pjsua_core.c',
      `.${dir} ${lines.join('\r\n').length} bytes ${what} (tdta0x${rng.hex(12)}) ${dir === 'TX' ? 'to' : 'from'} UDP 203.0.113.20:5060:`,
    ),
    ...lines,
    '--end msg--',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          P(
            t,
            'pjsua_acc.c',
            `.sip:usta${rng.int(1, 6)}@sip.${UR}: registration success, status=200 (OK), will re-register in 300 seconds`,
          ),
        ),
      () => out(P(t, 'pjsua_call.c', `Call ${rng.int(0, 3)}: ${rng.pick(['ringing', 'connected', 'disconnected'])}`)),
      () => out(P(t, 'pjsua_media.c', `.Call ${rng.int(0, 3)}: updating media..`)),
    ])();
  const steps = [
    {
      raw: out(
        P(DAY_DA + 7 * HOUR, 'pjsua_core.c', 'PJSUA v2.14 for Windows'),
        P(DAY_DA + 7 * HOUR, 'MicroSIP', 'MicroSIP 3.21.6 started'),
      ),
      after: 0,
    },
    plant(
      'negative',
      'microsip-register-call-id',
      'none',
      "A REGISTER's `Call-ID` (PJSIP's random hex): names a dialog, no credential.",
      ({ rng, t }) => {
        const cid = rng.hex(32);
        return {
          value: cid,
          event: out(
            sip(t, 'TX', 'Request msg REGISTER/cseq=41', [
              `REGISTER sip:sip.${UR} SIP/2.0`,
              `Via: SIP/2.0/UDP 192.168.1.23:5060;rport;branch=z9hG4bKPj${rng.hex(32)}`,
              'Max-Forwards: 70',
              `From: <sip:usta2@sip.${UR}>;tag=${rng.hex(32)}`,
              `To: <sip:usta2@sip.${UR}>`,
              `Call-ID: ${cid}`,
              'CSeq: 41 REGISTER',
              'User-Agent: MicroSIP/3.21.6',
              'Expires: 300',
              'Content-Length:  0',
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'microsip-invite-x-auth-token',
      'error',
      "The carrier's trunk takes a per-account token in a custom SIP header (`X-Auth-Token`), configured as a custom header, and PJSIP's log writes the whole INVITE.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: out(
            sip(t, 'TX', 'Request msg INVITE/cseq=7', [
              `INVITE sip:+79285550${digits(rng, 3)}@sip.${UR} SIP/2.0`,
              `Via: SIP/2.0/UDP 192.168.1.23:5060;rport;branch=z9hG4bKPj${rng.hex(32)}`,
              `From: "Уста 2" <sip:usta2@sip.${UR}>;tag=${rng.hex(32)}`,
              `Call-ID: ${rng.hex(32)}`,
              'CSeq: 7 INVITE',
              `X-Auth-Token: ${tok}`,
              'Content-Type: application/sdp',
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'microsip-rx-message-voicemail-link',
      'error',
      WHY.pathSecret(
        "The PBX sends a SIP MESSAGE with a voicemail link whose path carries its token (`/vm/<token>/…wav`), and PJSIP's log writes the received message",
      ),
      ({ rng, t }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: out(
            sip(t, 'RX', 'Request msg MESSAGE/cseq=3', [
              `MESSAGE sip:usta2@192.168.1.23:5060 SIP/2.0`,
              `From: <sip:pbx@sip.${UR}>;tag=${rng.hex(10)}`,
              `Call-ID: ${rng.hex(32)}`,
              'CSeq: 3 MESSAGE',
              'Content-Type: text/plain;charset=UTF-8',
              '',
              `Хабар 7 (+7928555${digits(rng, 4)}): https://pbx.${UR}/vm/${tok}/msg0007.wav`,
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'microsip-open-url-crm-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} (ключ) MicroSIP opens the CRM's caller card on an incoming call through a URL with the CRM key in it, and writes the URL it opens.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(P(t, 'MicroSIP', `cmdIncomingCall: open https://crm.${UR}/zvonok?nomer=%2B7928555${digits(rng, 4)}&klyuch=${key}`)),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'microsip-call-end-bitrix24-webhook',
      'error',
      WHY.webhook(
        'A Bitrix24 inbound webhook (`/rest/<user>/<16 characters>/<method>`) that registers finished calls in the CRM; MicroSIP writes the URL of its call-end command',
      ),
      ({ rng, t }) => {
        const code = lowerNum(rng, 16);
        return {
          value: code,
          needle: `/rest/1/${code}/`,
          event: out(
            P(
              t,
              'MicroSIP',
              `cmdCallEnd: open https://urbug-usta.bitrix24.ru/rest/1/${code}/telephony.externalcall.finish.json?CALL_ID=externalCall.${rng.hex(32)}.${digits(rng, 10)}&DURATION=${rng.int(20, 400)}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'microsip-rx-message-base64-body-sir',
      'error',
      'The shop\'s bot sends a SIP MESSAGE with a base64 body (`Content-Transfer-Encoding: base64`); decoded, it is a Dargwa text with a link holding `sir=` (сир, "secret"), the confirmation secret of an order.',
      ({ rng, t }) => {
        const b = b64Of(`Заказ 341 таман саби. Баркалла! https://${UR}/arc/tasdiq?zakaz=341&sir=${rng.alnum(28)}`);
        return {
          value: b,
          event: out(
            sip(t, 'RX', 'Request msg MESSAGE/cseq=5', [
              `MESSAGE sip:usta2@192.168.1.23:5060 SIP/2.0`,
              `From: <sip:bot@sip.${UR}>;tag=${rng.hex(10)}`,
              `Call-ID: ${rng.hex(32)}`,
              'CSeq: 5 MESSAGE',
              'Content-Type: text/plain;charset=UTF-8',
              'Content-Transfer-Encoding: base64',
              '',
              b,
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'microsip-via-branch',
      'none',
      "A `Via` branch (`z9hG4bKPj…`, RFC 3261's magic cookie and a random part): names one transaction, no credential.",
      ({ rng, t }) => {
        const br = `z9hG4bKPj${rng.hex(32)}`;
        return {
          value: br,
          event: out(
            P(t, 'sip_transaction', `.tsx0x${rng.hex(12)} Transaction created for Request msg OPTIONS/cseq=${rng.int(1, 90)} branch=${br}`),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_DA + 7 * HOUR, site: { host: 'microsip' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout117');
writePart(join(here, 'heldout117'), {
  'wagtail-swaledalect.log': wagtailLog(rng),
  'mockserver.log': mockServerLog(rng),
  'tavern-dispatch-api.log': tavernLog(rng),
  'linphone.log': linphoneLog(rng),
  'dispatch-scheduler.log': quartzLog(rng),
  'laravel.log': pixelfedLog(rng),
  'swoole-orders.log': swooleLog(rng),
  'convex-logs.txt': convexLog(rng),
  'contiki-baxcha-3.log': contikiLog(rng),
  'tinytuya-sklad.log': tinytuyaLog(rng),
  'usta-orders.log': scalatraLog(rng),
  'jami-usta.log': jamiLog(rng),
  'nsh-vitrina.log': nuttxLog(rng),
  'MicroSIP_log.txt': microsipLog(rng),
});
