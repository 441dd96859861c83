// Writes corpus/logs-in-the-wild/heldout128/: a hundred-and-twenty-eighth held-out part, in formats no other part uses (a
// TurboGears 2 application log, a Grizzly HTTP server's java.util.logging file, Braze Currents email events, Pendo page
// events, a Tntnet server log, a BitBake (Yocto) build in CI, Kustomer messages, a privacyIDEA server log, a Univention
// Management Console server log, a Zentyal log, Iterable email events, Smartsheet events, a Ninja framework application
// log, Vivaldi's chrome_debug.log), with credentials planted in places real applications leak them and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files.
//
//   node corpus/logs-in-the-wild/generate-heldout128.mjs     rewrites heldout128/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Upper Swaledale Community Bus of Reeth (North Yorkshire), with a booking site, a timetable
// API, its newsletters and a ticket server (English, five logs); the Cooperativa di caș «Nânta» of Notia (Nânta, Pella,
// Greece), a sheep's-cheese cooperative with a cellar sensor image built with Yocto, a shop (ducheań), a help desk, a
// one-time-password server and an office server (Megleno-Romanian where the apps show text, five logs); the Koror canoe
// and dive co-operative (Palau), with newsletters, a planning sheet, a bookings app and a staff member's browser (Palauan,
// four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Apache-HttpClient/4.5.14 (Java/21.0.9)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** North Yorkshire in January (GMT, UTC+0), Greece in January (EET, UTC+2), Palau (PWT, UTC+9 all year). */
const GMT = 0;
const EET = 120;
const PWT = 540;
const DAY_EN = Date.UTC(2028, 0, 17, 0, 0, 0);
const DAY_MR = Date.UTC(2028, 0, 24, 0, 0, 0);
const DAY_PW = Date.UTC(2028, 1, 7, 0, 0, 0);

/** `+09:00`, `+0000`. */
const zone = (offset, colon = true) =>
  `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** Microseconds after the milliseconds of `t`, from the event's own draw. */
const micros = (t, extra) => `${local(t, 0).slice(20, 23)}${pad(extra % 1000, 3)}`;
/** A Google OAuth code, refresh token. */
const googleCode = (rng) => `4/0A${rng.b64url(71)}`;
const googleRefresh = (rng) => `1//0${rng.pick(['3', '4', '9'])}${rng.b64url(99)}`;
/** A Basic credential's base64. */
const basic = (user, pw) => b64Of(`${user}:${pw}`);

// =====================================================================================================================
// Upper Swaledale Community Bus (English; Reeth, North Yorkshire: GMT, UTC+0 in January)
// =====================================================================================================================

const RB = 'reethbus.example';

// ---------------------------------------------------------------------------------------------------------------------
// reethbus-app.log: the booking site, a TurboGears 2.4 application under gunicorn, logging to a file with the
// `development.ini`-style format TurboGears' quickstart writes: `%(asctime)s,%(msecs)03d %(levelname)-5.5s
// [%(name)s] %(message)s` (local time, GMT), a message's further lines unprefixed. SQLAlchemy's engine lines, urllib3's
// connection lines, requests-oauthlib's `Obtained token …`, WebOb's MultiDict reprs, backlash's error report.
// From memory (not fetched): the format string, backlash's `CGI Variables` block and requests-oauthlib's message.

function turbogearsLog(rng) {
  const render = (e) =>
    e.tg.flatMap(([lvl, name, msg], i) => {
      const [first, ...rest] = msg.split('\n');
      return [`${commaMs(e.t + i * 4, GMT)} ${lvl.padEnd(5).slice(0, 5)} [${name}] ${first}`, ...rest];
    });
  const STOPS = ['Reeth Green', 'Grinton Bridge', 'Healaugh', 'Gunnerside', 'Muker', 'Keld', 'Low Row', 'Fremington'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        tg: [
          [
            'INFO',
            'sqlalchemy.engine.Engine',
            'SELECT journey.id, journey.departs, journey.seats_left FROM journey WHERE journey.service_date = %(service_date_1)s ORDER BY journey.departs',
          ],
          [
            'INFO',
            'sqlalchemy.engine.Engine',
            `[cached since ${rng.int(10, 9000)}.${rng.int(100, 999)}s ago] {'service_date_1': datetime.date(2028, 1, ${rng.int(17, 24)})}`,
          ],
        ],
      }),
      () => ({
        tg: [['INFO', 'reethbus.controllers.timetable', `Timetable served for stop '${rng.pick(STOPS)}' (${rng.int(3, 14)} departures)`]],
      }),
      () => ({
        tg: [
          [
            'INFO',
            'reethbus.controllers.book',
            `Booking RB-${upperNum(rng, 6)} confirmed: ${rng.int(1, 4)} seat(s), ${rng.pick(STOPS)} -> Richmond`,
          ],
        ],
      }),
      () => ({ tg: [['DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (1): transportapi.com:443']] }),
    ])();
  const steps = [
    {
      raw: {
        tg: [
          ['INFO', 'gunicorn.error', 'Starting gunicorn 23.0.0'],
          ['INFO', 'gunicorn.error', 'Listening at: unix:/run/reethbus/gunicorn.sock (812)'],
          ['INFO', 'tg.configurator.application', 'Reeth Community Bus booking 3.4.1 (TurboGears 2.4.3) configured'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'turbogears-settings-dict-sqlalchemy-url-password',
      'error',
      "The app logs its settings at start-up as a Python dict repr, and the `sqlalchemy.url` in it carries the database user's password (`postgresql+psycopg2://reethbus:<password>@…`).",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            tg: [
              [
                'DEBUG',
                'reethbus.config.app_cfg',
                `Settings: {'debug': 'false', 'sqlalchemy.url': 'postgresql+psycopg2://reethbus:${pw}@127.0.0.1:5432/reethbus', 'session.type': 'file', 'session.data_dir': '/var/lib/reethbus/sessions', 'cache_dir': '/var/lib/reethbus/data', 'lang': 'en'}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'turbogears-alembic-revision-id',
      'none',
      "Alembic's migration line names the revision it upgrades to (12 hex digits): a migration's id, no credential.",
      ({ rng }) => {
        const rev = rng.hex(12);
        return {
          value: rev,
          event: { tg: [['INFO', 'alembic.runtime.migration', `Running upgrade ${rng.hex(12)} -> ${rev}, add dial_a_ride request table`]] },
        };
      },
      { after: 2 },
    ),
    4,
    plant(
      'api-key-name',
      'turbogears-urllib3-transportapi-app-key',
      'error',
      `${WHY.apiKey('app_key')} urllib3's DEBUG line writes the live-departures request to TransportAPI with its \`app_id\` and \`app_key\` in the query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            tg: [
              [
                'DEBUG',
                'urllib3.connectionpool',
                `https://transportapi.com:443 "GET /v3/uk/bus/stop/6200${digits(rng, 6)}/live.json?app_id=${rng.hex(8)}&app_key=${key}&group=route&nextbuses=yes HTTP/1.1" 200 ${rng.int(1800, 5200)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'turbogears-multidict-csrf-token',
      'none',
      "The booking form's `_csrf_token` in the repr of WebOb's POST MultiDict: an anti-forgery token bound to the form, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            tg: [
              [
                'DEBUG',
                'reethbus.controllers.book',
                `POST /book/seats params=MultiDict([('_csrf_token', '${c}'), ('journey', '${rng.int(4000, 9000)}'), ('seats', '${rng.int(1, 3)}'), ('wheelchair', 'no')])`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'turbogears-nestedmultidict-google-code',
      'warning',
      `${WHY.code} The sign-in controller logs \`request.params\` of Google's return as WebOb's NestedMultiDict repr, code and state side by side.`,
      ({ rng }) => {
        const code = googleCode(rng);
        return {
          value: code,
          event: {
            tg: [
              [
                'DEBUG',
                'reethbus.controllers.auth',
                `Google callback params: NestedMultiDict([('state', '${rng.alnum(30)}'), ('code', '${code}'), ('scope', 'email openid https://www.googleapis.com/auth/userinfo.email'), ('authuser', '0'), ('prompt', 'none')])`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'turbogears-requests-oauthlib-obtained-token-dict',
      'error',
      `${WHY.refresh} requests-oauthlib writes the whole token response at DEBUG (\`Obtained token {...}\`), the Google refresh token (\`1//0…\`) beside the access token.`,
      ({ rng }) => {
        const rt = googleRefresh(rng);
        return {
          value: rt,
          event: {
            tg: [
              [
                'DEBUG',
                'requests_oauthlib.oauth2_session',
                `Obtained token {'access_token': 'ya29.${rng.b64url(150)}', 'expires_in': 3599, 'refresh_token': '${rt}', 'scope': ['openid', 'https://www.googleapis.com/auth/userinfo.email'], 'token_type': 'Bearer', 'expires_at': ${Math.floor(DAY_EN / 1000) + rng.int(33000, 40000)}.${rng.int(100000, 999999)}}.`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'session-id',
      'turbogears-backlash-cgi-variables-beaker-cookie',
      'error',
      WHY.session(
        "An unhandled KeyError on `/my/bookings`: the error report's `CGI Variables` block writes `HTTP_COOKIE`, and with it Beaker's session cookie (`beaker.session.id`, 32 hex digits)",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            tg: [
              [
                'ERROR',
                'backlash.trace_errors',
                [
                  "Error - <class 'KeyError'>: 'journey_id'",
                  'URL: https://book.reethbus.example/my/bookings',
                  "File '/srv/reethbus/reethbus/controllers/my.py', line 58 in bookings",
                  "  journey = DBSession.get(Journey, kw['journey_id'])",
                  '',
                  'CGI Variables',
                  '  HTTP_ACCEPT: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"',
                  `  HTTP_COOKIE: 'beaker.session.id=${sid}; _pk_id.1.a3f2=${rng.hex(16)}.${Math.floor(DAY_EN / 1000) - rng.int(100000, 900000)}.'`,
                  "  PATH_INFO: '/my/bookings'",
                  "  REQUEST_METHOD: 'GET'",
                ].join('\n'),
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: `book.${RB}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// timetable-api.0.log: the timetable API, a Java 21 service on an embedded Grizzly 4 HTTP server, logging through
// java.util.logging's FileHandler (`java%u.log` renamed) with the SimpleFormatter format the service sets
// (`-Djava.util.logging.SimpleFormatter.format='%1$tF %1$tT.%1$tL %1$tz %4$s %2$s %5$s%6$s%n'`): date, time, zone
// offset, level, source class and method, message, a throwable's stack on the lines below. Grizzly's NetworkListener and
// HttpServer start lines, HikariCP's configuration dump at FINE (slf4j-jdk14), Grizzly's HttpRequestPacket.toString().
// Grizzly's start messages and HttpRequestPacket's toString layout from memory; HttpURLConnection's `Server returned
// HTTP response code: … for URL: …` and java.net.http's HttpRequest.toString() (`<uri> <method>`) from memory.

function grizzlyLog(rng) {
  const render = (e) =>
    e.jl.flatMap(([lvl, src, msg], i) => {
      const t = e.t + i * 2;
      const [first, ...rest] = msg.split('\n');
      return [`${ymdHmsAt(t, GMT).replace(' ', ' ')}.${local(t, GMT).slice(20, 23)} ${zone(GMT, false)} ${lvl} ${src} ${first}`, ...rest];
    });
  const ROUTES = ['reeth-richmond', 'keld-reeth', 'arkengarthdale', 'swaledale-sunday'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        jl: [
          [
            'INFO',
            'uk.reethbus.api.JourneyResource list',
            `GET /v2/journeys route=${rng.pick(ROUTES)} -> ${rng.int(4, 19)} journeys in ${rng.int(3, 90)} ms`,
          ],
        ],
      }),
      () => ({
        jl: [
          [
            'FINE',
            'com.zaxxer.hikari.pool.HikariPool logPoolState',
            `timetable-db - Pool stats (total=10, active=${rng.int(0, 3)}, idle=${rng.int(7, 10)}, waiting=0)`,
          ],
        ],
      }),
      () => ({
        jl: [
          ['INFO', 'uk.reethbus.api.feeds.BodsClient fetch', `Feed ${rng.int(1000, 9999)} updated: ${rng.int(20, 400)} vehicle positions`],
        ],
      }),
    ])();
  const dump = (rng, headers, query) =>
    [
      'HttpRequestPacket (',
      '   method=GET',
      `   url=/v2/journeys`,
      `   query=${query}`,
      '   protocol=HTTP/1.1',
      '   content-length=-1',
      '   headers=[',
      ...headers.map((h, i) => `      ${h}${i === headers.length - 1 ? ']' : ''}`),
      ')',
    ].join('\n');
  const hikari = (prop, value) => `${(prop + '................................................').slice(0, 32)}${value}`;
  const steps = [
    {
      raw: {
        jl: [
          ['INFO', 'org.glassfish.grizzly.http.server.NetworkListener start', 'Started listener bound to [0.0.0.0:8080]'],
          ['INFO', 'org.glassfish.grizzly.http.server.HttpServer start', '[HttpServer] Started.'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'grizzly-hikari-config-password-masked',
      'none',
      "HikariCP's configuration dump at FINE writes the pool's password as `<masked>`: a mask, no credential.",
      () => ({
        value: '<masked>',
        needle: hikari('password', '<masked>'),
        event: {
          jl: [
            ['FINE', 'com.zaxxer.hikari.HikariConfig logConfiguration', 'timetable-db - configuration:'],
            ['FINE', 'com.zaxxer.hikari.HikariConfig logConfiguration', hikari('jdbcUrl', 'jdbc:postgresql://127.0.0.1:5432/timetable')],
            ['FINE', 'com.zaxxer.hikari.HikariConfig logConfiguration', hikari('maximumPoolSize', '10')],
            ['FINE', 'com.zaxxer.hikari.HikariConfig logConfiguration', hikari('password', '<masked>')],
            ['FINE', 'com.zaxxer.hikari.HikariConfig logConfiguration', hikari('username', '"timetable"')],
          ],
        },
      }),
      { after: 1 },
    ),
    4,
    plant(
      'api-key-name',
      'grizzly-httpurlconnection-403-bods-api-key',
      'error',
      `${WHY.apiKey('api_key')} The Bus Open Data Service feed refuses a request with 403, and HttpURLConnection's IOException message quotes the whole URL, key included.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            jl: [
              [
                'SEVERE',
                'uk.reethbus.api.feeds.BodsClient fetch',
                [
                  'Feed update failed',
                  `java.io.IOException: Server returned HTTP response code: 403 for URL: https://data.bus-data.dft.gov.uk/api/v1/datafeed/${rng.int(1000, 9999)}/?api_key=${key}`,
                  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)',
                  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1615)',
                  '\tat uk.reethbus.api.feeds.BodsClient.fetch(BodsClient.java:71)',
                ].join('\n'),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'grizzly-record-tostring-login-attempt-id-token',
      'error',
      "A sign-in the service refuses (wrong audience) is logged with the attempt as a Java record's toString (`LoginAttempt[provider=google, idToken=…, …]`), on a line stamped +0000",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            jl: [
              [
                'WARNING',
                'uk.reethbus.api.auth.OidcFilter filter',
                `Rejected sign-in (audience mismatch): LoginAttempt[provider=google, idToken=${token}, nonce=${rng.hex(16)}, remote=/${publicIp(rng)}:${rng.int(1024, 65535)}]`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'grizzly-storedcredential-tostring-refresh-token',
      'error',
      `${WHY.refresh} The Drive backup job logs the credential it restored, Google's \`StoredCredential{accessToken=null, refreshToken=1//0…, …}\` toString.`,
      ({ rng }) => {
        const rt = googleRefresh(rng);
        return {
          value: rt,
          event: {
            jl: [
              [
                'INFO',
                'uk.reethbus.api.backup.DriveBackup restore',
                `Restored credential for timetable-backup: StoredCredential{accessToken=null, refreshToken=${rt}, expirationTimeMilliseconds=null}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'grizzly-httprequestpacket-tostring-authorization-basic',
      'error',
      "A debugging dump of Grizzly's request (`HttpRequestPacket.toString()`) lists its headers, `authorization=Basic …` with a driver app's user and password in base64.",
      ({ rng }) => {
        const b = basic(`driver${pad(rng.int(1, 30))}`, rng.alnum(16));
        return {
          value: b,
          event: {
            jl: [
              [
                'FINE',
                'uk.reethbus.api.RequestDump service',
                dump(
                  rng,
                  [`host=api.${RB}`, `authorization=Basic ${b}`, 'accept=application/json', 'user-agent=okhttp/5.3.2'],
                  `route=${rng.pick(ROUTES)}&date=2028-01-17`,
                ),
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'grizzly-httprequestpacket-x-request-id',
      'none',
      "Another request's dump without credentials: its `x-request-id` (a UUID the app sets for tracing) identifies one request, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            jl: [
              [
                'FINE',
                'uk.reethbus.api.RequestDump service',
                dump(
                  rng,
                  [`host=api.${RB}`, `x-request-id=${id}`, 'accept=application/json', 'user-agent=Go-http-client/2.0'],
                  `route=${rng.pick(ROUTES)}`,
                ),
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'grizzly-java-httprequest-tostring-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24 characters>`) the service posts alerts to; a timeout is logged with java.net.http's HttpRequest toString (`<uri> POST`)",
      ),
      ({ rng }) => {
        const sec = rng.alnum(24);
        const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${sec}`;
        return {
          value: sec,
          needle: path,
          event: {
            jl: [
              [
                'WARNING',
                'uk.reethbus.api.alerts.SlackNotifier send',
                `Alert not delivered (java.net.http.HttpTimeoutException: request timed out): https://hooks.slack.com/services/${path} POST`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: `api.${RB}`, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// braze-currents-email.jsonl: the newsletter's email events as Braze Currents sends them to the trust's storage, read
// back one JSON object a line: `event_type` (`users.messages.email.Delivery`, `.Open`, `.Click`), `id`, `user_id`,
// `external_user_id`, `time` (epoch seconds, UTC), `timezone`, `app_group_id`, `campaign_id`, `campaign_name`,
// `message_variation_id`, `dispatch_id`, `send_id`, `email_address`, and for a click `url`, `link_id`, `link_alias`,
// `user_agent`, `is_amp`. From memory (not fetched): the field names and their order.

function brazeLog(rng) {
  const render = (e) => [JSON.stringify(e.bz)];
  const APP = rng.uuid();
  const CAMPAIGN = rng.uuid();
  const MEMBERS = Array.from({ length: 8 }, () => ({ user_id: rng.hex(24), ext: `rb-${digits(rng, 5)}` }));
  const event = (rng, t, type, extra = {}) => {
    const m = rng.pick(MEMBERS);
    return {
      event_type: `users.messages.email.${type}`,
      id: rng.uuid(),
      user_id: m.user_id,
      external_user_id: m.ext,
      time: Math.floor(t / 1000),
      timezone: 'Europe/London',
      app_group_id: APP,
      campaign_id: CAMPAIGN,
      campaign_name: 'Winter timetable and Dales Rider passes',
      message_variation_id: rng.uuid(),
      dispatch_id: rng.hex(32),
      send_id: null,
      email_address: `${m.ext}@members.${RB}`,
      ...extra,
    };
  };
  const click = (rng, t, url, extra = {}) =>
    event(rng, t, 'Click', {
      url,
      link_id: `${rng.lowerNum(4)}`,
      link_alias: extra.alias ?? null,
      user_agent: rng.pick(BROWSERS),
      is_amp: false,
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ bz: event(rng, t, 'Delivery', { sending_ip: `198.51.100.${rng.int(2, 250)}`, ip_pool: null }) }),
      () => ({ bz: event(rng, t, 'Open', { user_agent: rng.pick(BROWSERS), machine_open: rng.pick([null, 'true']), is_amp: false }) }),
      () => ({ bz: click(rng, t, `https://www.${RB}/timetable/winter-2028?utm_source=braze&utm_medium=email&utm_campaign=winter28`) }),
    ])();
  const steps = [
    6,
    plant(
      'path-secret',
      'braze-click-password-reset-path',
      'error',
      WHY.pathSecret(
        "A member clicks the booking site's password reset link (`/password/reset/<token>`), and Currents keeps the clicked `url`",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return { value: tok, event: { bz: click(rng, t, `https://book.${RB}/password/reset/${tok}`, { alias: 'reset' }) } };
      },
    ),
    4,
    plant(
      'negative',
      'braze-click-youtube-video-id',
      'none',
      "A click on the trust's film of the Swaledale route (`youtube.com/watch?v=<11 characters>`): a public video id; the event's `dispatch_id` and UUIDs are Braze's ids, no credential.",
      ({ rng, t }) => {
        const v = rng.b64url(11);
        return { value: v, event: { bz: click(rng, t, `https://www.youtube.com/watch?v=${v}`, { alias: 'film' }) } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'braze-click-embed-timetable-jwt-no-exp',
      'error',
      "The newsletter links the live departure board embed (`/embed/timetable/<JWT>`), signed without `exp`, and Currents keeps the click's `url` with its epoch `time`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 6 * 86400),
          claims: { resource: { board: 'reeth-green' }, params: { stops: ['Reeth Green', 'Grinton Bridge'] } },
        });
        return {
          value: token,
          jwt: facts,
          event: { bz: click(rng, t, `https://www.${RB}/embed/timetable/${token}`, { alias: 'departures' }) },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'braze-click-wallet-pass-key',
      'error',
      `${WHY.apiKey('pass_key')} The Dales Rider pass link adds the member's pass to a phone wallet with the key in its query; the click's \`url\` keeps it.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { bz: click(rng, t, `https://book.${RB}/pass/wallet?pass_key=${key}&format=pkpass`, { alias: 'wallet' }) },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'braze-click-base64url-context-member-key',
      'error',
      'The "my pass" link carries its context as base64url of JSON (`ctx=`); decoded it holds the member\'s `member_key`, which opens the account without a password.',
      ({ rng, t }) => {
        const ctx = b64urlOf(JSON.stringify({ dest: '/my/pass', member: rng.int(10000, 99999), member_key: rng.alnum(32) }));
        return { value: ctx, event: { bz: click(rng, t, `https://book.${RB}/r?ctx=${ctx}`, { alias: 'my-pass' }) } };
      },
    ),
    plant(
      'negative',
      'braze-open-dispatch-id',
      'none',
      "An open event's `dispatch_id` (32 hex digits): Braze's id of one send of the campaign, no credential.",
      ({ rng, t }) => {
        const ev = event(rng, t, 'Open', { user_agent: rng.pick(BROWSERS), machine_open: null, is_amp: false });
        return { value: ev.dispatch_id, event: { bz: ev } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'braze' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pendo-events.jsonl: the booking site's page loads as Pendo records them (the agent sends `location.href` whole),
// read back from Pendo's aggregation API (`source: {events: null}`) one row a line: `type`, `browserTime` (epoch ms,
// UTC), `visitorId`, `accountId`, `server`, `remoteIp`, `userAgent`, `url`, `title`, `pageId`. From memory (not
// fetched): the row's fields.

function pendoLog(rng) {
  const render = (e) => [JSON.stringify(e.pd)];
  const VISITORS = Array.from({ length: 6 }, () => rng.uuid());
  const PAGES = { timetable: rng.b64url(27), book: rng.b64url(27), my: rng.b64url(27), auth: rng.b64url(27) };
  const row = (rng, t, url, title, page = 'book', host = `book.${RB}`) => ({
    type: 'load',
    browserTime: t,
    visitorId: rng.pick(VISITORS),
    accountId: 'reeth-community-bus',
    server: host,
    remoteIp: publicIp(rng),
    userAgent: rng.pick(BROWSERS),
    url,
    title,
    pageId: PAGES[page],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        pd: row(rng, t, `https://book.${RB}/journeys?date=2028-01-${rng.int(17, 31)}&from=reeth`, 'Journeys – Reeth Community Bus'),
      }),
      () => ({ pd: row(rng, t, `https://book.${RB}/my/bookings`, 'My bookings – Reeth Community Bus', 'my') }),
      () => ({ pd: row(rng, t, `https://www.${RB}/timetable`, 'Timetable – Reeth Community Bus', 'timetable', `www.${RB}`) }),
    ])();
  const steps = [
    4,
    plant(
      'oauth-code',
      'pendo-page-load-google-callback-code',
      'warning',
      `${WHY.code} The callback page loads Pendo before it redirects, and Pendo records \`location.href\` with Google's code and the state.`,
      ({ rng, t }) => {
        const code = googleCode(rng);
        return {
          value: code,
          event: {
            pd: row(
              rng,
              t,
              `https://book.${RB}/auth/google/callback?state=${rng.alnum(30)}&code=${code}&scope=email+openid&authuser=0&prompt=consent`,
              'Signing in…',
              'auth',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'pendo-page-load-jsessionid-path-parameter',
      'error',
      WHY.session(
        'The timetable pages served by the Java API fall back to URL rewriting for a cookie-less browser (`;jsessionid=<32 hex>` in the path), and Pendo records the address',
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            pd: row(
              rng,
              t,
              `https://www.${RB}/timetable/stops;jsessionid=${sid}?stop=reeth-green`,
              'Stops – Reeth Community Bus',
              'timetable',
              `www.${RB}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'pendo-page-load-page-token-cursor',
      'none',
      'The journeys list pages with `page_token=` (base64 of a JSON position): a cursor, no credential.',
      ({ rng, t }) => {
        const pt = b64Of(
          JSON.stringify({
            after: `2028-01-${rng.int(18, 30)}T${pad(rng.int(7, 18))}:${pad(rng.int(0, 5) * 10)}:00Z`,
            id: rng.int(4000, 9000),
          }),
        );
        return {
          value: pt,
          event: { pd: row(rng, t, `https://book.${RB}/journeys?page_token=${encodeURIComponent(pt)}`, 'Journeys – Reeth Community Bus') },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'pendo-page-load-access-token-fragment',
      'error',
      "The driver rota page signs in with the implicit flow; Pendo records `location.href` with the identity provider's `#access_token=…` still in it, the load's time in epoch milliseconds.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            pd: row(
              rng,
              t,
              `https://book.${RB}/rota/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}`,
              'Driver rota',
              'my',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'pendo-page-load-id-token-fragment',
      'error',
      "The volunteers' sign-in returns with `#id_token=…` in the fragment, and Pendo records the page's `location.href`, its `browserTime` in epoch milliseconds, UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: { iss: `https://id.${RB}`, aud: 'rota-web', sub: rng.uuid(), nonce: rng.hex(16), name: 'Volunteer driver' },
        });
        return {
          value: token,
          jwt: facts,
          event: { pd: row(rng, t, `https://book.${RB}/rota/signin#id_token=${token}&state=${rng.alnum(16)}`, 'Signing in…', 'auth') },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'pendo-page-load-shared-pass-path',
      'error',
      WHY.pathSecret(
        'A season pass shared with a family member (`/pass/shared/<token>`): the page loads Pendo and its address is recorded',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { pd: row(rng, t, `https://book.${RB}/pass/shared/${tok}`, 'Shared pass – Reeth Community Bus', 'my') },
        };
      },
    ),
    plant(
      'negative',
      'pendo-page-id',
      'none',
      "A page load of a new page rule: its `pageId` (27 characters) is Pendo's id of the page definition, no credential.",
      ({ rng, t }) => {
        const pid = rng.b64url(27);
        return {
          value: pid,
          event: {
            pd: { ...row(rng, t, `https://book.${RB}/help/wheelchair-access`, 'Wheelchair access – Reeth Community Bus'), pageId: pid },
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'pendo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tntnet.log: the ticket server, a C++ web application on Tntnet 3, logging through cxxtools' file logger:
// `<yyyy-mm-dd hh:mm:ss.µµµµµµ> [<pid>.<thread>] <LEVEL> <category> - <message>` in local time (GMT), the worker's
// `request <METHOD> <uri> from client <ip> user-Agent "<ua>" referer "<referer>"` and `request ready, returncode <n>`
// lines, the app's categories (`rbtickets.*`), request headers at DEBUG (`tntnet.httpmessage`). From memory (not
// fetched): cxxtools' layout and tntnet's messages.

function tntnetLog(rng) {
  const PID = rng.int(900, 4000);
  const render = (e) =>
    e.tn.map(([lvl, cat, msg], i) => {
      const t = e.t + i;
      return `${ymdHmsAt(t, GMT)}.${micros(t, e.bytes + i)} [${PID}.${e.thread ?? 140233712351040}] ${lvl} ${cat} - ${msg}`;
    });
  const req = (e, uri, code = 200, referer = '', m = 'GET') => [
    ['INFO', 'tntnet.worker', `request ${m} ${uri} from client ${e.ip} user-Agent "${e.ua}" referer "${referer}"`],
    [
      'INFO',
      'tntnet.worker',
      `request ready, returncode ${code} ${code === 200 ? 'OK' : code === 304 ? 'Not Modified' : 'Found'} - ContentSize: ${e.bytes}`,
    ],
  ];
  const filler = (rng, t) => {
    const e = { ...baseRequest(rng, t, { host: `tickets.${RB}` }) };
    return rng.pick([
      () => ({ tn: req(e, `/departures?stop=${rng.pick(['reeth-green', 'muker', 'keld', 'gunnerside'])}`) }),
      () => ({ tn: req(e, '/static/reethbus.css', 304) }),
      () => ({ tn: [['INFO', 'rbtickets.sales', `sold ${rng.int(1, 4)} ticket(s) for journey ${rng.int(4000, 9000)}`]] }),
    ])();
  };
  const steps = [
    {
      raw: {
        tn: [
          ['INFO', 'tntnet.tntnet', 'listen on ip 127.0.0.1 port 8000'],
          ['INFO', 'tntnet.server', 'create 5 worker threads'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'api-key-name',
      'tntnet-request-line-api-key',
      'error',
      `${WHY.apiKey('api_key')} The parish council's noticeboard screen polls the departures with the key in the query, and the worker's request line writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/120.0.0.0',
            tn: null,
            uri: `/api/departures.json?stop=reeth-green&api_key=${key}`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'tntnet-static-cache-busting-sha1',
      'none',
      'A stylesheet requested with a cache-busting `v=` (the SHA-1 of the file): a content hash, no credential.',
      ({ rng }) => {
        const v = rng.hex(40);
        return { value: v, event: { tn: null, uri: `/static/reethbus.css?v=${v}`, code: 304 } };
      },
    ),
    2,
    plant(
      'header-dump',
      'tntnet-debug-header-authorization-basic',
      'error',
      "The office turned the `tntnet.httpmessage` category up to DEBUG to find a broken till; it writes each request header, the till's `Authorization: Basic …` among them.",
      ({ rng }) => {
        const b = basic('till-reeth', rng.alnum(14));
        return {
          value: b,
          event: {
            ua: 'RBTill/2.1 (cxxtools)',
            tn: null,
            uri: '/till/sync',
            m: 'POST',
            headers: [`Host: tickets.${RB}`, `Authorization: Basic ${b}`, 'Content-Type: application/json', 'Content-Length: 214'],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'tntnet-debug-header-cookie-tntnet-session',
      'error',
      WHY.session(
        "Tntnet's own session cookie (`tntnet=<hex>` in the `Cookie` header) of the office's ticket admin, written by the same DEBUG header lines",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            tn: null,
            uri: '/admin/sales?day=2028-01-17',
            headers: [`Host: tickets.${RB}`, `Cookie: tntnet=${sid}`, 'Accept: text/html'],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tntnet-debug-header-if-none-match-etag',
      'none',
      "A conditional request's `If-None-Match` (the ETag tntnet made from the file's size and time): a cache validator, no credential.",
      ({ rng }) => {
        const etag = rng.hex(24);
        return {
          value: etag,
          event: {
            tn: null,
            uri: '/static/map-swaledale.png',
            code: 304,
            headers: [`Host: tickets.${RB}`, `If-None-Match: "${etag}"`, 'Accept: image/avif,image/webp,*/*'],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'tntnet-request-line-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket (`ticket=`) of the Christmas lights bus, checked by the conductor's phone in the worker's request line; the app writes `ticket valid`. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.ticket = t;
        return {
          value: tk,
          event: {
            ip: '203.0.113.77',
            ua: 'RBConductor/1.3 (Android 14)',
            tn: null,
            uri: `/check?ticket=${tk}`,
            after: ['INFO', 'rbtickets.check', 'ticket valid, journey 7714, 1 adult'],
          },
        };
      },
      { ref: 'ticket' },
    ),
    2,
    plant(
      'replay',
      'tntnet-request-line-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another address and browser checked the same ticket and the app answered \`ticket valid\` again.`,
          },
        ],
        event: {
          ip: '198.51.100.201',
          ua: BROWSERS[4],
          tn: null,
          uri: `/check?ticket=${refs.get('ticket').value}`,
          after: ['INFO', 'rbtickets.check', 'ticket valid, journey 7714, 1 adult'],
        },
      }),
      { replayOf: 'ticket', after: 141 },
    ),
    2,
    plant(
      'path-secret',
      'tntnet-request-line-download-path-token',
      'error',
      WHY.pathSecret(
        "A group booking's invoice behind a per-booking download path (`/download/<token>/invoice.pdf`), in the worker's request line",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { tn: null, uri: `/download/${tok}/invoice-RB-${upperNum(rng, 6)}.pdf` } };
      },
    ),
    2,
    plant(
      'webhook',
      'tntnet-error-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the app posts each sale to; cxxtools' HTTP client fails and the app writes the URL",
      ),
      ({ rng }) => {
        const path = `${digits(rng, 8)}/${rng.lowerNum(6)}`;
        return {
          value: path,
          event: {
            tn: [
              [
                'ERROR',
                'rbtickets.notify',
                `POST https://hooks.zapier.com/hooks/catch/${path}/ failed: cxxtools::IOTimeout: Timeout (after 20000 ms)`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  // Planted steps hand over the request (uri, code, headers) and the render writes the worker's lines around it.
  const wrap = (e) => {
    if (e.tn) return e;
    const lines = [['INFO', 'tntnet.worker', `request ${e.m ?? 'GET'} ${e.uri} from client ${e.ip} user-Agent "${e.ua}" referer ""`]];
    for (const h of e.headers ?? []) lines.push(['DEBUG', 'tntnet.httpmessage', `header ${h}`]);
    if (e.after) lines.push(e.after);
    const code = e.code ?? 200;
    lines.push([
      'INFO',
      'tntnet.worker',
      `request ready, returncode ${code} ${code === 304 ? 'Not Modified' : 'OK'} - ContentSize: ${code === 304 ? 0 : e.bytes}`,
    ]);
    return { ...e, tn: lines };
  };
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: `tickets.${RB}` }, filler, render: (e) => render(wrap(e)), steps });
}

// =====================================================================================================================
// Cooperativa di caș «Nânta» (Megleno-Romanian; Notia, Pella, Greece: EET, UTC+2 in January)
// =====================================================================================================================

const NA = 'nanta.example';

// ---------------------------------------------------------------------------------------------------------------------
// bitbake-pivnita-image.log: the CI job that builds the cheese cellar's sensor image (pivniță, "cellar") with Yocto
// (Poky 5.0, BitBake 2.8): the job script under `set -x` (`+ …` lines), `bitbake -e` of the recipe's variables filtered
// with sed (`# $VAR`, `#   set <file>:<line>`, `#     "<value>"`, then `VAR="<value>"`), then `bitbake pivnita-image`
// through knotty without a terminal: `Loading cache`, `Parsing of … .bb files complete`, the `Build Configuration:`
// block, `NOTE: Executing Tasks`, `WARNING:`/`ERROR: <recipe> do_fetch: …`, a failed task's log after `Log data
// follows:` with `| ` in front, `NOTE: Tasks Summary: …`, `Summary: …`. No time on the lines.
// From memory (not fetched): knotty's lines, the fetcher's `Fetcher failure for URL: '…'. Unable to fetch URL from any
// source.` and `Failed to fetch URL …, attempting MIRRORS if available`, `bitbake -e`'s history comments.

function bitbakeLog(rng) {
  const render = (e) => e.bb;
  let task = 2900;
  const RECIPES = ['busybox', 'openssl', 'mosquitto', 'python3', 'linux-raspberrypi', 'systemd', 'dropbear', 'i2c-tools'];
  const filler = (rng) => {
    task += rng.int(3, 40);
    const r = rng.pick(RECIPES);
    return {
      bb: [
        `NOTE: Running task ${task} of 4312 (/work/poky/meta/recipes-${rng.pick(['core', 'connectivity', 'devtools'])}/${r}/${r}_${rng.int(1, 3)}.${rng.int(0, 40)}.bb:do_${rng.pick(['compile', 'install', 'package', 'populate_sysroot'])})`,
      ],
    };
  };
  const steps = [
    {
      raw: {
        bb: [
          'Running with gitlab-runner 18.6.1 (a3c1b5e2)',
          '  on nanta-yocto-builder xR2sdQ1Lm, system ID: s_0c61be2d0a44',
          '$ set -x',
          '+ source poky/oe-init-build-env build',
        ],
      },
      after: 0,
    },
    plant(
      'encoded',
      'bitbake-job-echo-base64-netrc',
      'error',
      "The job writes the fetcher's `.netrc` from a base64 variable, and `set -x` prints the command with the value; decoded it is `machine git.nanta.example login ci password …`.",
      ({ rng }) => {
        const b = b64Of(`machine git.${NA} login ci password ${rng.alnum(20)}\n`);
        return { value: b, event: { bb: [`+ echo ${b}`, '+ base64 -d', '+ chmod 600 /home/ci/.netrc'] } };
      },
      { after: 1 },
    ),
    plant(
      'framework-dump',
      'bitbake-e-mqtt-parola-history-and-value',
      'error',
      "The job prints the recipe's variables with `bitbake -e pivnita-senzor | sed -n '/^# \\$PIVNITA_/,/^PIVNITA_/p'`; the MQTT broker's password (`PIVNITA_MQTT_PAROLA`, parolă, \"password\") is written in the variable's history comment and again in its assignment (one repeat).",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            bb: [
              "+ bitbake -e pivnita-senzor | sed -n '/^# \\$PIVNITA_/,/^PIVNITA_/p'",
              '# $PIVNITA_MQTT_HOST',
              '#   set /work/build/conf/local.conf:58',
              `#     "mqtt.${NA}"`,
              `PIVNITA_MQTT_HOST="mqtt.${NA}"`,
              '# $PIVNITA_MQTT_PAROLA',
              '#   set /work/build/conf/local.conf:59',
              `#     "${pw}"`,
              `PIVNITA_MQTT_PAROLA="${pw}"`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'bitbake-build-configuration-layer-commit',
      'none',
      "knotty's `Build Configuration:` block names each layer's branch and checked-out commit (40 hex digits): a commit id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: {
            bb: [
              '+ bitbake pivnita-image',
              'Loading cache...done.',
              'Loaded 0 entries from dependency cache.',
              'Parsing recipes...done.',
              'Parsing of 948 .bb files complete (0 cached, 948 parsed). 1911 targets, 74 skipped, 0 masked, 0 errors.',
              'NOTE: Resolving any missing task queue dependencies',
              '',
              'Build Configuration:',
              'BB_VERSION           = "2.8.0"',
              'BUILD_SYS            = "x86_64-linux"',
              'NATIVELSBSTRING      = "universal"',
              'TARGET_SYS           = "aarch64-poky-linux"',
              'MACHINE              = "raspberrypi4-64"',
              'DISTRO               = "poky"',
              'DISTRO_VERSION       = "5.0.6"',
              'TUNE_FEATURES        = "aarch64 crc cortexa72"',
              `meta                 = "scarthgap:${rng.hex(40)}"`,
              `meta-raspberrypi     = "scarthgap:${rng.hex(40)}"`,
              `meta-nanta           = "main:${sha}"`,
              '',
              'NOTE: Fetching uninative binary shim file:///work/downloads/uninative/x86_64-nativesdk-libc-4.6.tar.xz;sha256sum=… (will check PREMIRRORS first)',
              'Initialising tasks...done.',
              'Sstate summary: Wanted 1432 Local 1391 Mirrors 0 Missed 41 Current 0 (97% match, 0% complete)',
              'NOTE: Executing Tasks',
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'bitbake-warning-failed-to-fetch-url-claie',
      'error',
      `${WHY.apiKey('claie')} (cľaĭe, "key"). The calibration tables come from the cooperative's artefact server with the key in \`SRC_URI\`; the fetcher's warning writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            bb: [
              `WARNING: pivnita-senzor-1.4-r0 do_fetch: Failed to fetch URL https://artefacti.${NA}/api/pivnita/calibrari.tar.gz?claie=${key};downloadfilename=calibrari-1.4.tar.gz, attempting MIRRORS if available`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'bitbake-missing-checksum-sha256sum',
      'none',
      "The fetcher's `Missing checksum` warning suggests the `SRC_URI[sha256sum]` line (64 hex digits of the tarball): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            bb: [
              "WARNING: pivnita-web-0.9-r0 do_fetch: Missing checksum for '/work/downloads/pivnita-web-0.9.tar.gz', consider adding at least one to the recipe:",
              `SRC_URI[sha256sum] = "${h}"`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'bitbake-fetcher-failure-seafile-share-link',
      'error',
      WHY.pathSecret(
        "A fonts tarball fetched from a Seafile share link (`/f/<20 hex>/?dl=1`); the fetcher's `Fetcher failure for URL:` quotes the `SRC_URI` entry",
      ),
      ({ rng }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: {
            bb: [
              `ERROR: pivnita-ecran-2.0-r0 do_fetch: Fetcher failure for URL: 'https://faili.${NA}/f/${tok}/?dl=1;downloadfilename=fonturi-2028.tar.gz'. Unable to fetch URL from any source.`,
              'ERROR: Logfile of failure stored in: /work/build/tmp/work/cortexa72-poky-linux/pivnita-ecran/2.0/temp/log.do_fetch.41877',
              "ERROR: Task (/work/meta-nanta/recipes-app/pivnita-ecran/pivnita-ecran_2.0.bb:do_fetch) failed with exit code '1'",
            ],
          },
        };
      },
    ),
    2,
    {
      raw: {
        bb: [
          "NOTE: Tasks Summary: Attempted 3977 tasks of which 3938 didn't need to be rerun and 1 failed.",
          '',
          'Summary: 1 task failed:',
          '  /work/meta-nanta/recipes-app/pivnita-ecran/pivnita-ecran_2.0.bb:do_fetch',
          'Summary: There were 2 WARNING messages.',
          'Summary: There were 3 ERROR messages, returning a non-zero exit code.',
        ],
      },
    },
    plant(
      'replay',
      'bitbake-after-script-wget-bilet-once',
      'note',
      WHY.ticketFirst(
        'The `after_script` fetches the last good image with a single-use download ticket (`bilet`, "ticket") under `set -x`. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: {
            bb: [
              'Running after_script',
              `+ wget -q -O last-good.wic.bz2 'https://faili.${NA}/dl?bilet=${tk}&fail=pivnita-image-raspberrypi4-64.wic.bz2'`,
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'bitbake-after-script-google-chat-webhook',
      'error',
      WHY.webhook(
        "A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`) the job tells the cellar's room about failures with; the `token` is the secret, and `set -x` prints it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            bb: [
              `+ curl -s -X POST -H 'Content-Type: application/json' 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' -d '{"text":"pivnita-image: do_fetch nu meargi (job ${rng.int(30000, 90000)})"}'`,
            ],
          },
        };
      },
    ),
    { raw: { bb: ['ERROR: Job failed: exit code 1'] } },
  ];
  return buildLog(rng, { start: DAY_MR + 5 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kustomer-messages.jsonl: the shop's help desk on Kustomer, messages and notes read from its REST API (JSON:API
// resources) one a line: `type` (`message`, `note`), `id` (24 hex), `attributes` (`channel`, `direction`, `preview` or
// `body`, `subject`, `createdAt` in UTC), `relationships` (conversation, customer). From memory (not fetched).

function kustomerLog(rng) {
  const render = (e) => [JSON.stringify(e.ku)];
  const CONV = Array.from({ length: 5 }, () => rng.hex(24));
  const CUST = Array.from({ length: 5 }, () => rng.hex(24));
  const res = (rng, t, type, attrs) => {
    const i = rng.int(0, 4);
    return {
      type,
      id: rng.hex(24),
      attributes: { ...attrs, createdAt: iso(t) },
      relationships: {
        conversation: { data: { type: 'conversation', id: CONV[i] } },
        customer: { data: { type: 'customer', id: CUST[i] } },
      },
    };
  };
  const msg = (rng, t, direction, preview, channel = 'email') =>
    res(rng, t, 'message', {
      channel,
      direction,
      preview,
      subject: direction === 'in' ? 'Poracă di caș' : 'Re: Poracă di caș',
      size: preview.length,
    });
  const note = (rng, t, body) => res(rng, t, 'note', { body, userMentions: [] });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ ku: msg(rng, t, 'in', `Bună zuă, vreu doauă chili di caș di oaĭe. Poraca #${rng.int(1000, 1999)}. Ți mulțămim!`) }),
      () => ({ ku: msg(rng, t, 'out', 'Bună zuă! Poraca ta si ampacheadză azi. Ți mulțămim!') }),
      () => ({ ku: msg(rng, t, 'in', 'Cât custă cașu uscat?', 'chat') }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'kustomer-reply-ampartari-invoice-link',
      'error',
      WHY.pathSecret(
        'An agent sends a customer the invoice through the shop\'s share link (`/ampartari/<token>/…pdf`, ampărțari, "to share")',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            ku: msg(rng, t, 'out', `Factura ta: https://duchean.${NA}/ampartari/${tok}/factura-${rng.int(1000, 1999)}.pdf — Ți mulțămim!`),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kustomer-reply-courier-voucher',
      'none',
      "A courier's voucher number (ten digits) for tracking a parcel: public to whoever sends or receives it, no credential.",
      ({ rng, t }) => {
        const v = digits(rng, 10);
        return { value: v, event: { ku: msg(rng, t, 'out', `Pachetu ți s-pitrecu cu ACS, vuciăr ${v}. Ți mulțămim!`) } };
      },
    ),
    2,
    plant(
      'id-token',
      'kustomer-message-pasted-antrari-id-token-expired',
      'note',
      'A customer pastes the shop\'s sign-in address that failed (`/antrari/oidc?id_token=…`, ăntrari, "to enter"): its `id_token` had expired about three hours before the message\'s UTC `createdAt`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${NA}`, aud: 'duchean', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ku: msg(
              rng,
              t,
              'in',
              `Nu pot s-ăntru tu ducheań. Lincul: https://duchean.${NA}/antrari/oidc?id_token=${token}&state=${rng.alnum(20)}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'kustomer-chat-pasted-access-token-fragment',
      'error',
      "In a chat a customer pastes the address the shop's app left in the browser, the identity provider's `#access_token=…` in its fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ku: msg(
              rng,
              t,
              'in',
              `Mi-aspari asta: https://duchean.${NA}/contu-meu#access_token=${at}&token_type=Bearer&expires_in=3600`,
              'chat',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'kustomer-note-embed-poraci-jwt-120s',
      'warning',
      'An agent\'s internal note links the orders board (`/embed/poraci/<JWT>`, poraci, "orders") for a colleague; the note\'s `createdAt` is UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { resource: { board: 'poraci' }, params: { zuă: '2028-01-24' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { ku: note(rng, t, `<p>Uită-ti la poraci di azi: https://duchean.${NA}/embed/poraci/${token}</p>`) },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'kustomer-note-curl-refresh-token',
      'error',
      `${WHY.refresh} The shop's developer pastes the courier API call that fails into a note, \`grant_type=refresh_token&refresh_token=…\` in the curl command.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ku: note(
              rng,
              t,
              `<p>Nu meargi, dă 400:</p><pre>curl -X POST https://api.courier-gr.example/oauth/token -d 'grant_type=refresh_token&amp;refresh_token=${rt}&amp;client_id=nanta-duchean'</pre>`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'kustomer-note-stoc-api-claie',
      'error',
      `${WHY.apiKey('claie')} (cľaĭe, "key"). A note gives a colleague the stock feed's address with its key.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ku: note(rng, t, `<p>Stocu di caș: https://duchean.${NA}/api/stoc.json?claie=${key}</p>`) } };
      },
    ),
    plant(
      'negative',
      'kustomer-message-masked-card',
      'none',
      "A payment card shown masked (`**** **** **** <4 digits>`) in a customer's message: a mask, no credential.",
      ({ rng, t }) => {
        const last = `**** **** **** ${digits(rng, 4)}`;
        return { value: last, event: { ku: msg(rng, t, 'in', `Plătii cu carta ${last} ma poraca nu s-ved. Ți mulțămim.`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MR + 8 * HOUR, site: { host: 'kustomer' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// privacyidea.log: the cooperative's one-time-password server, privacyIDEA 3.11, with the log format of its logging
// configuration, `[%(asctime)s][%(process)d][%(thread)d][%(levelname)s][%(name)s:%(lineno)d] %(message)s`, in local
// time (EET) without zone, at DEBUG: the `log_with` decorator's `Entering <function> with arguments … and keywords …`
// and `Exiting <function> with result …`, the HTTP resolver's requests, the SMS provider's messages, the WebHook event
// handler. From memory (not fetched): the format, the decorator's wording (its `HIDDEN` for hidden arguments), the
// module names and line numbers.

function privacyideaLog(rng) {
  const PID = rng.int(1200, 9000);
  const render = (e) => e.pi.map(([lvl, name, msg], i) => `[${commaMs(e.t + i * 2, EET)}][${PID}][${e.thread}][${lvl}][${name}] ${msg}`);
  const THREADS = Array.from({ length: 4 }, () => `1402${digits(rng, 11)}`);
  const USERS = ['maria', 'dimitri', 'elena', 'ristu', 'vanghelia'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        thread: rng.pick(THREADS),
        pi: [
          [
            'DEBUG',
            'privacyidea.lib.log:154',
            `Entering get_tokens with arguments () and keywords {'user': <User(login='${rng.pick(USERS)}', realm='nanta', resolver='oficiu')>, 'active': True}`,
          ],
          ['DEBUG', 'privacyidea.lib.log:168', `Exiting get_tokens with result [<TotpTokenClass serial=TOTP${upperNum(rng, 8)}>]`],
        ],
      }),
      () => ({
        thread: rng.pick(THREADS),
        pi: [['INFO', 'privacyidea.lib.policy:2180', `Policy 'oficiu-otp' matches for user '${rng.pick(USERS)}' in realm 'nanta'`]],
      }),
      () => ({ thread: rng.pick(THREADS), pi: [['DEBUG', 'privacyidea.lib.tokenclass:1121', 'checking otp value, counter window 10']] }),
    ])();
  const steps = [
    {
      raw: { thread: THREADS[0], pi: [['INFO', 'privacyidea.app:212', 'privacyIDEA 3.11.2 starting (config /etc/privacyidea/pi.cfg)']] },
      after: 0,
    },
    3,
    plant(
      'negative',
      'privacyidea-request-data-pass-hidden',
      'none',
      "privacyIDEA hides the `pass` of a `/validate/check` request in its DEBUG dump (`'pass': 'HIDDEN'`): a redaction, no credential.",
      ({ rng }) => ({
        value: 'HIDDEN',
        needle: "'pass': 'HIDDEN'",
        event: {
          thread: rng.pick(THREADS),
          pi: [
            [
              'DEBUG',
              'privacyidea.api.before_after:105',
              `request data {'user': '${rng.pick(USERS)}', 'realm': 'nanta', 'pass': 'HIDDEN'}`,
            ],
          ],
        },
      }),
    ),
    3,
    plant(
      'header-dump',
      'privacyidea-http-resolver-headers-basic',
      'error',
      "privacyIDEA's HTTP resolver looks users up in the shop's member API and logs its request at DEBUG, the headers dict with `'Authorization': 'Basic …'` (the resolver's user and password in base64).",
      ({ rng }) => {
        const b = basic('pi-resolver', rng.alnum(18));
        return {
          value: b,
          event: {
            thread: rng.pick(THREADS),
            pi: [
              [
                'DEBUG',
                'privacyidea.lib.resolvers.HTTPResolver:249',
                `GET https://duchean.${NA}/api/membri?login=${rng.pick(USERS)} headers {'Authorization': 'Basic ${b}', 'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'privacyidea-http-resolver-base64-query-claie',
      'error',
      "The member API's search takes its filter as base64 of JSON in `q=`, and the resolver's DEBUG line writes the URL; decoded, the filter carries the API's `claie` (cľaĭe, \"key\").",
      ({ rng }) => {
        const q = b64Of(JSON.stringify({ login: rng.pick(USERS), claie: rng.alnum(32) }));
        return {
          value: q,
          event: {
            thread: rng.pick(THREADS),
            pi: [
              [
                'DEBUG',
                'privacyidea.lib.resolvers.HTTPResolver:249',
                `GET https://duchean.${NA}/api/membri/cauta?q=${q} headers {'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'privacyidea-sms-provider-parameters-password',
      'error',
      "The HTTP SMS provider logs the parameters it submits as a Python dict, the gateway's `password` among them.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            thread: rng.pick(THREADS),
            pi: [
              [
                'DEBUG',
                'privacyidea.lib.smsprovider.HttpSMSProvider:96',
                `submitting message 'Codlu tău: ${digits(rng, 6)}' to +30697${digits(rng, 7)}`,
              ],
              [
                'DEBUG',
                'privacyidea.lib.smsprovider.HttpSMSProvider:121',
                `passing parameters: {'username': 'nanta', 'password': '${pw}', 'from': 'NANTA', 'to': '+30697${digits(rng, 7)}', 'text': 'Codlu tău: ${digits(rng, 6)}'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'privacyidea-token-serial',
      'none',
      "A TOTP token's serial (`TOTP` and 8 characters) in the decorator's arguments: the token's name in privacyIDEA, no credential; its hidden OTP value shows as `HIDDEN`.",
      ({ rng }) => {
        const serial = `TOTP${upperNum(rng, 8)}`;
        return {
          value: serial,
          event: {
            thread: rng.pick(THREADS),
            pi: [
              [
                'DEBUG',
                'privacyidea.lib.log:154',
                `Entering check_serial_pass with arguments ('${serial}', 'HIDDEN') and keywords {'options': {'clientip': '10.12.0.${rng.int(2, 250)}'}}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'privacyidea-webhook-handler-rocketchat-url',
      'error',
      WHY.webhook(
        'A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the WebHook event handler posts to after each token enrolment; the handler writes the URL it sends to',
      ),
      ({ rng }) => {
        const path = `${rng.alnum(17)}/${rng.alnum(48)}`;
        return {
          value: path,
          event: {
            thread: rng.pick(THREADS),
            pi: [
              [
                'INFO',
                'privacyidea.lib.eventhandler.webhookeventhandler:152',
                `A webhook is send to the following URL: https://chat.${NA}/hooks/${path}`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_MR + 7 * HOUR, site: { host: 'pi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// management-console-server.log: the office server, Univention Corporate Server 5.2, its Univention Management Console
// server log in UCS's debug format, `<dd.mm.yy hh:mm:ss.mmm>  <CATEGORY, 11 wide> ( <LEVEL, 7 wide> ) : <message>` in
// local time (EET) without zone. From memory (not fetched): the layout, the categories, the messages.

function univentionLog(rng) {
  const render = (e) =>
    e.ucs.map(([cat, lvl, msg], i) => {
      const l = local(e.t + i * 3, EET);
      return `${l.slice(8, 10)}.${l.slice(5, 7)}.${l.slice(2, 4)} ${l.slice(11, 23)}  ${cat.padEnd(11)} ( ${lvl.padEnd(7)} ) : ${msg}`;
    });
  const USERS = ['maria', 'dimitri', 'elena', 'ristu'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ucs: [['MAIN', 'INFO', `Request: GET /univention/get/modules (${rng.pick(USERS)})`]] }),
      () => ({ ucs: [['MODULE', 'PROCESS', `udm: search users/user filter=(uid=${rng.pick(USERS)}) took ${rng.int(5, 90)} ms`]] }),
      () => ({ ucs: [['LDAP', 'INFO', `connection to ldap://ucs-oficiu.nanta.intranet:7389 reused`]] }),
    ])();
  const steps = [
    { raw: { ucs: [['MAIN', 'PROCESS', 'Univention Management Console Server 15.0.31 started (UCS 5.2-3)']] }, after: 0 },
    3,
    plant(
      'oauth-code',
      'univention-oidc-callback-keycloak-code',
      'warning',
      `${WHY.code} UCS signs the office in through its Keycloak; the UMC server writes the OIDC callback's request with \`state\`, \`session_state\` and the code (three ids joined by dots).`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            ucs: [
              [
                'MAIN',
                'INFO',
                `Request: GET /univention/oidc/?state=${rng.b64url(22)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fucs-sso-ng.nanta.intranet%2Frealms%2Fucs&code=${code}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'univention-request-cookies-umcsessionid',
      'error',
      WHY.session("UMC's session cookie (`UMCSessionId`, a UUID) in the cookies dict the server writes for a request at INFO"),
      ({ rng }) => {
        const sid = rng.uuid();
        return {
          value: sid,
          event: {
            ucs: [['MAIN', 'INFO', `Request: POST /univention/command/udm/query cookies={'UMCSessionId': '${sid}', 'UMCLang': 'el-GR'}`]],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'univention-ldap-entryuuid',
      'none',
      "A user object's LDAP `entryUUID` in a UDM modify line: an object's id, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { ucs: [['MODULE', 'PROCESS', `udm: modified uid=elena,cn=users,dc=nanta,dc=intranet (entryUUID=${id})`]] },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'univention-appcenter-configure-dict-parola',
      'error',
      'The App Center module logs the settings it applies to the cellar app as a Python dict, the database password (`PIVNITA_DB_PAROLA`, parolă, "password") among them.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            ucs: [
              [
                'MODULE',
                'PROCESS',
                `appcenter: configure pivnita-monitor 1.4 with {'PIVNITA_DB_HOST': 'db.nanta.intranet', 'PIVNITA_DB_PAROLA': '${pw}', 'PIVNITA_LIMBA': 'ruq'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'univention-office365-stored-refresh-token-dict',
      'error',
      `${WHY.refresh} The Microsoft 365 connector's module logs the token it stores for the tenant as a dict, the refresh token (\`0.A…\`) in it.`,
      ({ rng }) => {
        const rt = `0.A${rng.b64url(380)}`;
        return {
          value: rt,
          event: {
            ucs: [
              [
                'MODULE',
                'INFO',
                `office365: stored token for 'nanta.onmicrosoft.com': {'refresh_token': '${rt}', 'expires_on': ${Math.floor(DAY_MR / 1000) + rng.int(40000, 50000)}, 'scope': 'offline_access Directory.ReadWrite.All'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'univention-appcenter-image-digest',
      'none',
      'The Docker image of an app, by its digest (`sha256:<64 hex>`): a content address, no credential.',
      ({ rng }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: { ucs: [['MODULE', 'PROCESS', `appcenter: pulling docker.software-univention.de/pivnita-monitor@sha256:${d}`]] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_MR + 9 * HOUR, site: { host: 'ucs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zentyal.log: the cooperative's gateway, Zentyal 8, its `/var/log/zentyal/zentyal.log` from Log4perl:
// `<yyyy/mm/dd hh:mm:ss> <LEVEL>> <file>:<line> <package>::<sub> - <message>` in local time (EET), Data::Dumper's
// `$VAR1 = {…};` and HTTP::Request's as_string on the lines below. From memory (not fetched).

function zentyalLog(rng) {
  const render = (e) =>
    e.zy.flatMap(([lvl, where, msg], i) => {
      const [first, ...rest] = msg.split('\n');
      return [`${ymdHmsAt(e.t + i * 5, EET).replace(/-/g, '/')} ${lvl}> ${where} - ${first}`, ...rest];
    });
  const MODS = ['dns', 'dhcp', 'firewall', 'mail', 'squid', 'ntp'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        zy: [['INFO', 'Service.pm:1034 EBox::Module::Service::restartService', `Restarting service for module: ${rng.pick(MODS)}`]],
      }),
      () => ({ zy: [['INFO', 'GlobalImpl.pm:705 EBox::GlobalImpl::saveAllModules', 'Saving config and restarting services: firewall']] }),
      () => ({
        zy: [
          ['INFO', 'CaptivePortal.pm:310 EBox::CaptivePortal::_checkSessions', `${rng.int(0, 6)} active sessions in the captive portal`],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'framework-dump',
      'zentyal-data-dumper-smarthost-password',
      'error',
      "The mail module dumps its smarthost settings with Data::Dumper at DEBUG, `'password' => '…'` on its own line.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            zy: [
              [
                'DEBUG',
                'Mail.pm:1610 EBox::Mail::_setMailConf',
                [
                  'smarthost settings: $VAR1 = {',
                  `          'server' => 'smtp.${NA}',`,
                  "          'port' => '587',",
                  "          'auth' => 'plain',",
                  "          'username' => 'oficiu@nanta.example',",
                  `          'password' => '${pw}'`,
                  '        };',
                ].join('\n'),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'zentyal-dkim-public-key',
      'none',
      'The DKIM record the mail module publishes (`p=MIIB…`, base64 of a DER public key): a public key, no credential.',
      ({ rng }) => {
        const p = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 310)}IDAQAB`;
        return {
          value: p,
          event: {
            zy: [
              [
                'INFO',
                'Mail.pm:1702 EBox::Mail::_dkimRecord',
                `DKIM record for nanta.example: default._domainkey IN TXT "v=DKIM1; k=rsa; p=${p}"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'zentyal-http-request-as-string-basic',
      'error',
      "A backup script run by the gateway logs its upload with HTTP::Request's `as_string` at DEBUG: the request line and the headers, `Authorization: Basic …` among them.",
      ({ rng }) => {
        const b = basic('zentyal-backup', rng.alnum(16));
        return {
          value: b,
          event: {
            zy: [
              [
                'DEBUG',
                'Backup.pm:588 EBox::Backup::_upload',
                [
                  `Request: PUT https://faili.${NA}/remote.php/dav/files/zentyal-backup/backup-2028-01-24.tar`,
                  `Authorization: Basic ${b}`,
                  'Content-Type: application/x-tar',
                  'Content-Length: 48211968',
                  '',
                ].join('\n'),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'zentyal-lwp-error-url-claie',
      'error',
      `${WHY.apiKey('claie')} (cľaĭe, "key"). The gateway's price-list sync fails, and LWP's error, written whole, quotes the URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            zy: [
              [
                'ERROR',
                'Sync.pm:77 EBox::Nanta::Sync::_fetch',
                `Can't get https://duchean.${NA}/api/preturi?claie=${key}: 500 Can't connect to duchean.${NA}:443 (Connection timed out)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'zentyal-captive-portal-redirect-percent-encoded-taina',
      'error',
      'The captive portal writes where it sends an unauthenticated guest, the page they asked for percent-encoded in `redirect=`; that page\'s query holds `taina` (taĭnă, "secret"), the shop\'s link for a standing order.',
      ({ rng }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: {
            zy: [
              [
                'INFO',
                'CaptivePortal.pm:262 EBox::CaptivePortal::_redirect',
                `Redirecting 10.12.1.${rng.int(2, 250)} to https://portal.nanta.intranet:4443/Login/Index?redirect=https%3A%2F%2Fduchean.${NA}%2Fporaci%2Fabonament%3Ftaina%3D${s}%26zua%3Dluni`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'zentyal-conf-file-md5',
      'none',
      "Zentyal records the MD5 of each configuration file it writes, to tell the admin's own edits apart: a file digest, no credential.",
      ({ rng }) => {
        const m = rng.hex(32);
        return {
          value: m,
          event: { zy: [['DEBUG', 'Module/Base.pm:540 EBox::Module::Base::writeConfFile', `/etc/postfix/main.cf written, md5 ${m}`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MR + 10 * HOUR, site: { host: 'zentyal' }, filler, render, steps });
}

// =====================================================================================================================
// Koror canoe and dive co-operative (Palauan; Koror, Palau: PWT, UTC+9 all year)
// =====================================================================================================================

const KO = 'mlai-koror.example';

// ---------------------------------------------------------------------------------------------------------------------
// iterable-events.jsonl: the co-operative's newsletter events exported from Iterable (`/api/export/data.json`, email
// events), one JSON object a line: `email`, `createdAt` (`yyyy-mm-dd hh:mm:ss +00:00`), `campaignId`, `templateId`,
// `messageId` (32 hex), `eventName` (`emailSend`, `emailOpen`, `emailClick`), `itblInternal`, and for a click `url`,
// `hrefIndex`, `userAgent`, `ip`. From memory (not fetched).

function iterableLog(rng) {
  const render = (e) => [JSON.stringify(e.it)];
  const EMAILS = Array.from(
    { length: 7 },
    () =>
      `${rng.pick(['dirraklang', 'ngirchechol', 'rechucher', 'tellei', 'uehara', 'kyota', 'baules'])}.${digits(rng, 3)}@${rng.pick(['palaunet.example', 'mail.example'])}`,
  );
  const CAMP = rng.int(9000000, 9999999);
  const TPL = rng.int(12000000, 12999999);
  const ev = (rng, t, eventName, extra = {}) => ({
    email: rng.pick(EMAILS),
    createdAt: `${iso(t).slice(0, 19).replace('T', ' ')} +00:00`,
    campaignId: CAMP,
    templateId: TPL,
    messageId: rng.hex(32),
    eventName,
    ...extra,
    itblInternal: {
      documentCreatedAt: `${iso(t + rng.int(50, 900))
        .slice(0, 19)
        .replace('T', ' ')} +00:00`,
      documentUpdatedAt: `${iso(t + rng.int(900, 2000))
        .slice(0, 19)
        .replace('T', ' ')} +00:00`,
    },
  });
  const click = (rng, t, url, extra = {}) =>
    ev(rng, t, 'emailClick', { url, hrefIndex: rng.int(0, 9), userAgent: rng.pick(BROWSERS), ip: publicIp(rng), ...extra });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ it: ev(rng, t, 'emailSend', { channelId: 41822, messageTypeId: 45611 }) }),
      () => ({ it: ev(rng, t, 'emailOpen', { userAgent: rng.pick(BROWSERS), ip: publicIp(rng), proxySource: rng.pick([null, 'Apple']) }) }),
      () => ({ it: click(rng, t, `https://www.${KO}/daob/chelechang?utm_source=iterable&utm_medium=email`) }),
    ])();
  const steps = [
    5,
    plant(
      'path-secret',
      'iterable-click-babier-booking-document',
      'error',
      WHY.pathSecret(
        'A diver opens the booking document linked in the confirmation mail (`/babier/<token>/…pdf`, babier, "paper, letter"), and the click event keeps the `url`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { it: click(rng, t, `https://mlai.${KO}/babier/${tok}/kippu-ulong.pdf`) } };
      },
    ),
    3,
    plant(
      'negative',
      'iterable-send-message-id',
      'none',
      "A send event's `messageId` (32 hex digits): Iterable's id of one message, no credential.",
      ({ rng, t }) => {
        const e = ev(rng, t, 'emailSend', { channelId: 41822, messageTypeId: 45611 });
        return { value: e.messageId, event: { it: e } };
      },
    ),
    3,
    plant(
      'replay',
      'iterable-click-kippu-first',
      'note',
      WHY.ticketFirst(
        'The boarding link of a boat trip to Ulong carries a single-use ticket (`kippu`, "ticket"), opened by the diver from the mail; the click is the ticket checked. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.kippu = t;
        return {
          value: tk,
          event: { it: click(rng, t, `https://mlai.${KO}/kippu/check?kippu=${tk}`, { ip: '203.0.113.39', userAgent: BROWSERS[2] }) },
        };
      },
      { ref: 'kippu' },
    ),
    1,
    plant(
      'replay',
      'iterable-click-kippu-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('kippu').value,
            why: `${WHY.replay('kippu', gap('kippu', t))} The mail was forwarded; another browser on another address opened the same boarding link.`,
          },
        ],
        event: {
          it: click(rng, t, `https://mlai.${KO}/kippu/check?kippu=${refs.get('kippu').value}`, {
            ip: '198.51.100.23',
            userAgent: BROWSERS[0],
          }),
        },
      }),
      { replayOf: 'kippu', after: 208 },
    ),
    3,
    plant(
      'embed-jwt',
      'iterable-click-embed-daob-jwt-expired',
      'note',
      'A click, a day after the mail, on the sea conditions embed (`/embed/daob/<JWT>`, daob, "sea"); the token had expired about a day before the event\'s `createdAt`, stamped +00:00',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 86400 + rng.int(600, 3000),
          jti: true,
          claims: { resource: { board: 'daob' }, params: { site: 'ulong' } },
        });
        return { value: token, jwt: facts, event: { it: click(rng, t, `https://www.${KO}/embed/daob/${token}`) } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'iterable-click-photo-album-kagi',
      'error',
      `${WHY.apiKey('kagi')} (kagi, "key"). The dive photos link opens the album with its key in the query, kept by the click event.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { it: click(rng, t, `https://photo.${KO}/album/2028-02-ulong?kagi=${key}`) } };
      },
    ),
    2,
    plant(
      'encoded',
      'iterable-click-base64-redirect-kagi-api',
      'error',
      "The partner shop's link goes through the co-operative's redirector with the target base64-encoded in `u=`; decoded, the target's query holds `kagi_api`.",
      ({ rng, t }) => {
        const u = b64Of(`https://shop.${KO}/api/rental?kagi_api=${rng.alnum(32)}&item=bcd-m`);
        const enc = encodeURIComponent(u);
        return { value: enc, event: { it: click(rng, t, `https://go.${KO}/r?u=${enc}`) } };
      },
    ),
    plant(
      'negative',
      'iterable-click-partner-ref-code',
      'none',
      "A partner's referral code (`ref=`) on a hotel link: a marketing code printed in the mail, no credential.",
      ({ rng, t }) => {
        const ref = `KOROR${upperNum(rng, 6)}`;
        return { value: ref, event: { it: click(rng, t, `https://hotel-partner.example/koror?ref=${ref}`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PW + 1 * HOUR, site: { host: 'iterable' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// smartsheet-events.jsonl: the planning sheet's events from Smartsheet's event reporting API (`/2.0/events`), one a
// line: `eventId`, `objectType`, `action`, `objectId`, `eventTimestamp` (UTC), `userId`, `requestUserId`,
// `accessTokenName`, `source`, `additionalDetails` (for an attachment of type LINK its `name` and `url`). From memory
// (not fetched): the fields, and whether a LINK attachment's URL is in `additionalDetails`.

function smartsheetLog(rng) {
  const render = (e) => [JSON.stringify(e.ss)];
  const SHEET = Number(`${rng.int(1, 8)}${digits(rng, 15)}`);
  const USERS = Array.from({ length: 4 }, () => Number(`${rng.int(1, 8)}${digits(rng, 15)}`));
  const ev = (rng, t, objectType, action, details, extra = {}) => {
    const u = rng.pick(USERS);
    return {
      eventId: rng.b64url(22),
      objectType,
      action,
      objectId: objectType === 'SHEET' ? SHEET : Number(`${rng.int(1, 8)}${digits(rng, 15)}`),
      eventTimestamp: `${iso(t).slice(0, 19)}Z`,
      userId: u,
      requestUserId: u,
      accessTokenName: null,
      source: 'WEB_APP',
      additionalDetails: details,
      ...extra,
    };
  };
  const link = (rng, t, name, url) => ev(rng, t, 'ATTACHMENT', 'CREATE', { sheetId: SHEET, attachmentType: 'LINK', name, url });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ ss: ev(rng, t, 'SHEET', 'UPDATE', { sheetName: 'Mlai me a daob — Febrero 2028', rowsUpdated: rng.int(1, 6) }) }),
      () => ({ ss: ev(rng, t, 'SHEET', 'LOAD', { sheetName: 'Mlai me a daob — Febrero 2028' }) }),
      () => ({
        ss: ev(
          rng,
          t,
          'SHEET',
          'UPDATE',
          { sheetName: 'Mlai me a daob — Febrero 2028', rowsUpdated: 1 },
          { source: 'API_INTEGRATED_APP', accessTokenName: 'Kalendar sync' },
        ),
      }),
    ])();
  const steps = [
    4,
    plant(
      'path-secret',
      'smartsheet-link-attachment-seafile-download-link',
      'error',
      WHY.pathSecret("A Seafile download link to the boat crews' insurance papers (`/d/<20 hex>/`), attached to a row as a LINK"),
      ({ rng, t }) => {
        const tok = rng.hex(20);
        return { value: tok, event: { ss: link(rng, t, 'Babier er a insurance', `https://faili.${KO}/d/${tok}/`) } };
      },
    ),
    3,
    plant(
      'negative',
      'smartsheet-sheet-permalink',
      'none',
      "A sheet's permalink (`app.smartsheet.com/sheets/<id>`), shared as a LINK: opening it needs a Smartsheet sign-in with access to the sheet, no credential.",
      ({ rng, t }) => {
        const id = rng.alnum(40);
        return { value: id, event: { ss: link(rng, t, 'Sheet er a kippu', `https://app.smartsheet.com/sheets/${id}?view=grid`) } };
      },
    ),
    3,
    plant(
      'webhook',
      'smartsheet-link-attachment-make-webhook',
      'error',
      WHY.webhook(
        'A Make custom webhook (`hook.<region>.make.com/<32 characters>`) a staff member attached to a row as a LINK so colleagues could re-run the calendar scenario',
      ),
      ({ rng, t }) => {
        const tok = rng.lowerNum(32);
        return { value: tok, event: { ss: link(rng, t, 'Make: kippu → kalendar', `https://hook.eu2.make.com/${tok}`) } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'smartsheet-link-attachment-ics-kagi',
      'error',
      `${WHY.apiKey('kagi')} (kagi, "key"). The bookings calendar feed, attached as a LINK with the key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ss: link(rng, t, 'Kalendar er a mlai', `https://mlai.${KO}/api/kalendar.ics?kagi=${key}`) } };
      },
    ),
    2,
    plant(
      'encoded',
      'smartsheet-link-attachment-google-redirect-percent-encoded',
      'error',
      "A link copied out of a Google Doc keeps Google's redirect (`google.com/url?q=…`), the target percent-encoded; the target's query holds `kagi_api`.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ss: link(
              rng,
              t,
              'Tide API',
              `https://www.google.com/url?q=https://mlai.${KO}/api/daob/tides%3Fstation%3Dmalakal%26kagi_api%3D${key}&sa=D&source=editors&ust=${digits(rng, 16)}&usg=AOvVaw${rng.b64url(22)}`,
            ),
          },
        };
      },
    ),
    plant(
      'negative',
      'smartsheet-event-id',
      'none',
      "An event's `eventId` (22 characters): Smartsheet's id of one event, no credential.",
      ({ rng, t }) => {
        const e = ev(rng, t, 'SHEET', 'EXPORT', { sheetName: 'Mlai me a daob — Febrero 2028', formatType: 'EXCEL' });
        return { value: e.eventId, event: { ss: e } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PW + 2 * HOUR, site: { host: 'smartsheet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mlai-app.log: the bookings app, a Java 17 application on the Ninja framework 6 (Jetty), logging through logback with
// the pattern the co-operative set, `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} [%thread] %-5level %logger{36} - %msg%n` (local
// time with its offset, +09:00), Apache HttpClient 4.5's `Executing request …` (MainClientExec) and its header log
// (`org.apache.http.headers`, `http-outgoing-N >> …` / `<< …`) at DEBUG, Java maps and objects printed with toString.
// From memory (not fetched): Ninja's start lines, HttpClient's DEBUG messages, Ninja's session cookie layout.

function ninjaLog(rng) {
  const render = (e) =>
    e.nj.map(
      ([thread, lvl, logger, msg], i) =>
        `${local(e.t + i * 2, PWT).slice(0, 23)}${zone(PWT)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`,
    );
  const qtp = () => `qtp${rng.int(100000000, 999999999)}-${rng.int(20, 60)}`;
  const QTP = qtp();
  const filler = (rng) =>
    rng.pick([
      () => ({
        nj: [
          [
            `${QTP.split('-')[0]}-${rng.int(20, 60)}`,
            'INFO',
            'pw.mlai.controllers.BookingController',
            `Booking MK-${upperNum(rng, 5)} saved: ${rng.int(1, 6)} divers, ${rng.pick(['Ulong', 'Blue Corner', 'German Channel', 'Jellyfish Lake'])}`,
          ],
        ],
      }),
      () => ({
        nj: [[`${QTP.split('-')[0]}-${rng.int(20, 60)}`, 'DEBUG', 'ninja.Router', `GET /mlai/chelechang -> MlaiController.today`]],
      }),
      () => ({ nj: [['scheduler-1', 'INFO', 'pw.mlai.jobs.TideJob', `Tides for Malakal refreshed (${rng.int(4, 6)} entries)`]] }),
    ])();
  let conn = 0;
  const steps = [
    {
      raw: {
        nj: [
          ['main', 'INFO', 'ninja.servlet.NinjaServletListener', 'Ninja starting in mode prod'],
          ['main', 'INFO', 'ninja.standalone.NinjaJetty', 'Ninja Jetty started on http://0.0.0.0:8080'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'ninja-params-map-authenticity-token',
      'none',
      "A booking form's parameters as a Java map: Ninja's `authenticityToken` (anti-forgery, bound to the session) is no credential.",
      ({ rng }) => {
        const a = rng.hex(40);
        return {
          value: a,
          event: {
            nj: [
              [
                QTP,
                'DEBUG',
                'pw.mlai.controllers.BookingController',
                `POST /mlai/booking params {authenticityToken=[${a}], trip=[ulong-0214], divers=[${rng.int(1, 4)}]}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'ninja-params-map-tostring-id-token',
      'error',
      'The sign-in controller (`/tmuu/callback`, tmuu, "to enter") refuses a token and logs the request\'s parameters as a Java map (`{id_token=[…], state=[…]}`), on a line stamped +09:00',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 30),
          claims: { iss: `https://id.${KO}`, aud: 'mlai-app', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            nj: [
              [
                qtp(),
                'WARN',
                'pw.mlai.controllers.TmuuController',
                `Sign-in refused (nonce mismatch) for {id_token=[${token}], state=[${rng.alnum(20)}]}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ninja-httpclient-executing-request-and-headers-kagi-api',
      'error',
      `${WHY.apiKey('kagi_api')} (kagi, "key"). HttpClient's MainClientExec writes the tide request line with the key, and its header log writes the same request line again (one repeat).`,
      ({ rng }) => {
        const key = rng.alnum(32);
        conn += 1;
        const line = `GET /v1/tides?station=malakal&days=3&kagi_api=${key} HTTP/1.1`;
        return {
          value: key,
          event: {
            nj: [
              ['scheduler-1', 'DEBUG', 'o.a.h.impl.execchain.MainClientExec', `Executing request ${line}`],
              ['scheduler-1', 'DEBUG', 'o.a.h.impl.execchain.MainClientExec', 'Target auth state: UNCHALLENGED'],
              ['scheduler-1', 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} >> ${line}`],
              ['scheduler-1', 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} >> Host: tides.${KO}`],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'ninja-httpclient-response-etag',
      'none',
      "The tide service's response header `ETag` in HttpClient's header log: a cache validator, no credential.",
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            nj: [
              ['scheduler-1', 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} << HTTP/1.1 200 OK`],
              ['scheduler-1', 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} << ETag: "${etag}"`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'ninja-httpclient-headers-authorization-bearer',
      'error',
      "HttpClient's header log at DEBUG writes the request to the payment provider with `Authorization: Bearer …`, the co-operative's API token.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        conn += 1;
        return {
          value: tok,
          event: {
            nj: [
              [QTP, 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} >> POST /v2/charges HTTP/1.1`],
              [QTP, 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} >> Authorization: Bearer ${tok}`],
              [QTP, 'DEBUG', 'org.apache.http.headers', `http-outgoing-${conn} >> Content-Type: application/json; charset=UTF-8`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'ninja-headers-map-ninja-session-cookie',
      'error',
      WHY.session("Ninja's signed session cookie (`NINJA_SESSION=<HMAC>-<data>`) in the headers map a debugging filter logs"),
      ({ rng }) => {
        const sig = rng.hex(40);
        return {
          value: sig,
          event: {
            nj: [
              [
                qtp(),
                'DEBUG',
                'pw.mlai.filters.DebugFilter',
                `headers {Cookie=[NINJA_SESSION=${sig}-___TS%3D${Math.floor(DAY_PW / 1000) + rng.int(3600, 90000)}000%26username%3Dtellei], Accept=[text/html], Accept-Language=[pau,en;q=0.8]}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'ninja-request-log-referer-embed-daob-30d',
      'error',
      "The app's request log writes each request's referer; the hotel lobby screen embeds the sea conditions page (`/embed/daob/<JWT>`), on a line stamped +09:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 10 * 86400),
          jti: true,
          claims: { resource: { board: 'daob' }, params: { site: 'lobby' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            nj: [
              [
                qtp(),
                'INFO',
                'pw.mlai.filters.RequestLog',
                `GET /api/daob/chelechang 200 ${rng.int(3, 40)}ms referer=https://www.${KO}/embed/daob/${token}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'ninja-xero-token-tostring-refresh-token',
      'error',
      `${WHY.refresh} The accounting sync logs the token it saved with the object's toString (\`XeroToken{tenantId=…, refreshToken=…, …}\`).`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            nj: [
              [
                'scheduler-1',
                'INFO',
                'pw.mlai.jobs.UdoudSync',
                `Token saved: XeroToken{tenantId=${rng.uuid()}, refreshToken=${rt}, expiresAt=2028-02-07T0${rng.int(3, 9)}:${pad(rng.int(0, 59))}:00Z}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PW + 22 * HOUR, site: { host: `mlai.${KO}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chrome_debug.log: Vivaldi 7 on the office PC, started with `--enable-logging --v=0` to chase a problem with the
// booking pages; Chromium's log in the profile folder: `[<pid>:<tid>:<MMDD>/<HHMMSS>.<µs>:<LEVEL>:<file>(<line>)]
// <message>` in local time without year or zone, pages' console messages as `:INFO:CONSOLE(<line>)] "<text>", source:
// <url> (<line>)`. From memory (not fetched): the layout, the messages of the browser's own components.

function vivaldiLog(rng) {
  const PID = rng.int(2000, 30000);
  const render = (e) =>
    e.vv.map(([lvl, where, msg], i) => {
      const l = local(e.t + i, PWT);
      return `[${PID}:${e.tid ?? PID}:${l.slice(5, 7)}${l.slice(8, 10)}/${l.slice(11, 19).replace(/:/g, '')}.${micros(e.t + i, e.bytes + i)}:${lvl}:${where}] ${msg}`;
    });
  const TIDS = Array.from({ length: 3 }, () => rng.int(2000, 30000));
  const con = (text, source, line = rng.int(1, 400)) => ['INFO', `CONSOLE(${line})`, `"${text}", source: ${source} (${line})`];
  const filler = (rng) =>
    rng.pick([
      () => ({ vv: [con(`[mlai] kalendar loaded, ${rng.int(3, 30)} trips`, `https://mlai.${KO}/static/app.js`)] }),
      () => ({ tid: rng.pick(TIDS), vv: [['ERROR', 'gpu_init.cc(526)', 'Passthrough is not supported, GL is disabled, ANGLE is']] }),
      () => ({ tid: rng.pick(TIDS), vv: [['WARNING', 'external_policy_loader.cc(36)', 'Ignoring invalid policy value']] }),
    ])();
  const steps = [
    3,
    plant(
      'oauth-code',
      'vivaldi-console-callback-url-microsoft-code',
      'warning',
      `${WHY.code} The accounting page's sign-in script prints its return address to the console (\`[tmuu] callback …\`), Microsoft's code and the state in it.`,
      ({ rng }) => {
        const code = `1.A${rng.b64url(300)}`;
        return {
          value: code,
          event: {
            vv: [
              con(
                `[tmuu] callback https://udoud.${KO}/tmuu/callback?code=${code}&state=${rng.uuid()}&session_state=${rng.uuid()}`,
                `https://udoud.${KO}/static/tmuu.js`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'vivaldi-console-extension-id',
      'none',
      "A console message of an extension's content script: its source (`chrome-extension://<32 letters a–p>/…`) names the extension by its public id, no credential.",
      ({ rng }) => {
        const id = rng.chars('abcdefghijklmnop', 32);
        return {
          value: id,
          event: {
            vv: [['INFO', 'CONSOLE(1)', `"Translate: page language detected as pau", source: chrome-extension://${id}/content.js (1)`]],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'vivaldi-console-source-url-access-token-fragment',
      'error',
      "A console message from an inline script of the staff page carries the page's address as its `source:`, the identity provider's `#access_token=…` still in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            vv: [
              con(
                '[mlai] staff page ready',
                `https://mlai.${KO}/staff/#access_token=${at}&token_type=Bearer&expires_in=3600`,
                rng.int(10, 60),
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'vivaldi-console-failed-resource-kagi',
      'error',
      `${WHY.apiKey('kagi')} (kagi, "key"). The page's request for the sea forecast fails with 403, and Chromium's console line writes the resource URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            vv: [
              [
                'ERROR',
                'CONSOLE(0)',
                `"Failed to load resource: the server responded with a status of 403 (Forbidden)", source: https://mlai.${KO}/api/daob/forecast?site=ulong&kagi=${key} (0)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'vivaldi-console-document-cookie-sesion',
      'error',
      WHY.session(
        "A debugging line left in the booking page prints `document.cookie` to the console, the app's session cookie (`sesion`) first",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            vv: [
              con(
                `[mlai] cookie: sesion=${sid}; _pk_id.2.9c1e=${rng.hex(16)}.${Math.floor(DAY_PW / 1000) - rng.int(100000, 900000)}.`,
                `https://mlai.${KO}/static/app.js`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'vivaldi-console-dropbox-redirect-access-token',
      'error',
      'The photo uploader prints the address Dropbox returned to (`#access_token=sl.…` in the fragment) to the console.',
      ({ rng }) => {
        const at = `sl.${rng.b64url(140)}`;
        return {
          value: at,
          event: {
            vv: [
              con(
                `[photo] dropbox return https://photo.${KO}/upload#access_token=${at}&token_type=bearer&expires_in=14400&uid=${digits(rng, 10)}`,
                `https://photo.${KO}/static/upload.js`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'vivaldi-console-failed-resource-immich-share',
      'error',
      WHY.pathSecret(
        "An Immich shared album of a dive trip (`/share/<key>`), whose thumbnail request fails; Chromium's console line writes the URL",
      ),
      ({ rng }) => {
        const key = rng.b64url(50);
        return {
          value: key,
          event: {
            vv: [
              ['ERROR', 'CONSOLE(0)', `"Failed to load resource: net::ERR_CONNECTION_RESET", source: https://photo.${KO}/share/${key} (0)`],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'vivaldi-console-bundle-content-hash',
      'none',
      "A console warning from the app's bundle, named by its content hash (`app.<8 hex>.js`): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(8);
        return {
          value: h,
          needle: `app.${h}.js`,
          event: {
            vv: [
              [
                'WARNING',
                'CONSOLE(2)',
                `"[Deprecation] Listener added for a 'DOMNodeInserted' mutation event.", source: https://mlai.${KO}/static/app.${h}.js (2)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_PW + 1 * HOUR + 30 * MIN, site: { host: 'vivaldi' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout128');
writePart(join(here, 'heldout128'), {
  'reethbus-app.log': turbogearsLog(rng),
  'timetable-api.0.log': grizzlyLog(rng),
  'braze-currents-email.jsonl': brazeLog(rng),
  'pendo-events.jsonl': pendoLog(rng),
  'tntnet.log': tntnetLog(rng),
  'bitbake-pivnita-image.log': bitbakeLog(rng),
  'kustomer-messages.jsonl': kustomerLog(rng),
  'privacyidea.log': privacyideaLog(rng),
  'management-console-server.log': univentionLog(rng),
  'zentyal.log': zentyalLog(rng),
  'iterable-events.jsonl': iterableLog(rng),
  'smartsheet-events.jsonl': smartsheetLog(rng),
  'mlai-app.log': ninjaLog(rng),
  'chrome_debug.log': vivaldiLog(rng),
});
