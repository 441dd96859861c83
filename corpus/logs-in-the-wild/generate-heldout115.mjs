// Writes corpus/logs-in-the-wild/heldout115/: a hundred-and-fifteenth held-out part, in formats no other part uses (a
// Hyperf 3 runtime log, FlareSolverr 3's log, a Red5 media server's red5.log, `gsutil -D` output appended by cron, The
// Lounge's stdout, a UVdesk (Symfony) prod.log, V2Ray's error log at info level, Vorta's log, RudderStack events as
// JSON lines, a mihomo (Clash.Meta) log, `grype -vv` in a CI job, Shortcut stories read from its REST API, a RIOT OS
// board's console captured with pyterm, a Better Stack (Logtail) export), with credentials planted in realistic places
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout115.mjs     rewrites heldout115/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Blue Ridge Community Makerspace of Asheville (North Carolina), with its member API, a parts
// price watcher, a workshop stream, nightly backups and an IRC channel (English, five logs); the Diyogí Weavers'
// Cooperative of Tséhootsooí (Fort Defiance, Navajo Nation, Arizona), with a help desk, an office proxy, a weaver's
// laptop backup, a rug shop and a router (Navajo (Diné bizaad) where the apps show text, ASCII without tone marks and
// glottal stops in routes, parameter, cookie and key names, five logs); the Kor Shwän association of guesthouses of
// Mestia and Ushguli (Svaneti, Georgia), with a booking site built in CI, a project board, a water meter and the
// booking API's hosted logs (Svan in the Georgian script where the apps show text, romanized in names, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/1.1', 'RIOT-http/1.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Asheville in January (EST, UTC-5), the Navajo Nation in January (MST, UTC-7), Georgia (GET, UTC+4 all year). */
const EST = -300;
const MST = -420;
const GET = 240;
const DAY_EN = Date.UTC(2027, 0, 12, 0, 0, 0);
const DAY_NV = Date.UTC(2027, 0, 19, 0, 0, 0);
const DAY_SV = Date.UTC(2027, 0, 26, 0, 0, 0);

/** `-07:00`, `+04:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
const J = (value) => JSON.stringify(value);
/** Python's repr of a str, dict, list (single quotes, True/False/None). */
function py(value) {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${py(k)}: ${py(v)}`)
    .join(', ')}}`;
}

// =====================================================================================================================
// Blue Ridge Community Makerspace (English; Asheville, North Carolina: EST, UTC-5 in January)
// =====================================================================================================================

const BR = 'brmakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// hyperf.log: the member API (Hyperf 3 on Swoole), `runtime/logs/hyperf.log` written by Hyperf's default Monolog
// handler: `[<Y-m-d H:i:s>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>` in local time without zone, a
// print_r or var_export in the message continuing on the following lines. The access line comes from the space's own
// middleware. Layout from memory (Hyperf's skeleton `config/autoload/logger.php`: LineFormatter, `Y-m-d H:i:s`).

function hyperfLog(rng) {
  const render = (e) =>
    e.hy.map(([ch, lvl, msg, ctx = [], extra = []]) => `[${ymdHmsAt(e.t, EST)}] ${ch}.${lvl}: ${msg} ${J(ctx)} ${J(extra)}`);
  const ROUTES = ['/api/tools', '/api/tools/12', '/api/classes?week=3', '/api/members/me', '/api/bookings/laser', '/api/bookings/cnc'];
  const filler = (rng) =>
    rng.pick([
      () => ({ hy: [['access', 'INFO', `GET ${rng.pick(ROUTES)} 200 ${rng.int(2, 90)}ms`, { ip: publicIp(rng) }]] }),
      () => ({
        hy: [
          [
            'sql',
            'INFO',
            `[${rng.int(1, 30)}.${rng.int(10, 99)}] select * from \`tool_bookings\` where \`tool_id\` = '${rng.int(1, 40)}' and \`starts_at\` >= '2027-01-12 00:00:00'`,
          ],
        ],
      }),
      () => ({ hy: [['hyperf', 'INFO', `Crontab task [expire-holds] executed successfully.`]] }),
    ])();
  const steps = [
    {
      raw: {
        hy: [
          ['hyperf', 'INFO', 'Worker#0 started.'],
          ['hyperf', 'INFO', 'HTTP Server listening at 0.0.0.0:9501'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'framework-dump',
      'hyperf-print-r-database-config-password',
      'error',
      "A `print_r` of the database configuration left in a debug statement: Hyperf's logger writes the array over several lines, the `[password]` entry holding the member database's password.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            hy: [
              [
                'hyperf',
                'DEBUG',
                `Array\n(\n    [driver] => mysql\n    [host] => db.internal\n    [port] => 3306\n    [database] => makers\n    [username] => makers_app\n    [password] => ${pw}\n    [charset] => utf8mb4\n    [collation] => utf8mb4_unicode_ci\n)\n`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'hyperf-stripe-publishable-key',
      'none',
      "The checkout page's settings logged at start-up: a Stripe publishable key (`pk_live_…`), made to be sent to every browser; public by design.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return {
          value: pk,
          event: { hy: [['hyperf', 'INFO', 'Checkout settings loaded', { stripe_publishable_key: pk, currency: 'usd' }]] },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'hyperf-github-callback-code-two-channels',
      'warning',
      `${WHY.code} GitHub sends a member back to the space's callback with \`code\` (20 hex digits) and \`state\`; the access middleware writes the request, and the OAuth handler's error, on the next line, quotes the same URL.`,
      ({ rng }) => {
        const code = rng.hex(20);
        const url = `/auth/github/callback?code=${code}&state=${rng.b64url(32)}`;
        return {
          value: code,
          event: {
            hy: [
              ['access', 'INFO', `GET ${url} 302 ${rng.int(120, 480)}ms`, { ip: publicIp(rng) }],
              ['oauth', 'ERROR', `GitHub token exchange failed (bad_verification_code) for ${url}`],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'header-dump',
      'hyperf-guzzle-debug-square-bearer',
      'error',
      "Guzzle's `debug` option turned on in the payments client: curl's verbose output lands in the log, the `> Authorization: Bearer …` line holding the Square access token (`EAAA…`), which lasts thirty days.",
      ({ rng }) => {
        const tok = `EAAA${rng.b64url(60)}`;
        return {
          value: tok,
          event: {
            hy: [
              [
                'hyperf',
                'DEBUG',
                `> POST /v2/payments HTTP/1.1\n> Host: connect.squareup.com\n> User-Agent: GuzzleHttp/7\n> Content-Type: application/json\n> Square-Version: 2026-12-18\n> Authorization: Bearer ${tok}\n> Content-Length: 214\n`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'hyperf-var-export-quickbooks-refresh-token',
      'error',
      `${WHY.refresh} The bookkeeping sync renews its QuickBooks Online tokens and a \`var_export\` of the response (less its access token) is logged; the \`refresh_token\` (\`AB11…\`) lasts about a hundred days.`,
      ({ rng }) => {
        const rt = `AB11${digits(rng, 10)}${rng.alnum(36)}`;
        return {
          value: rt,
          event: {
            hy: [
              [
                'hyperf',
                'DEBUG',
                `array (\n  'token_type' => 'bearer',\n  'x_refresh_token_expires_in' => 8726400,\n  'refresh_token' => '${rt}',\n  'expires_in' => 3600,\n)`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'replay',
      'hyperf-door-ticket-first',
      'note',
      WHY.ticketFirst(
        'A door-opening ticket (`door_ticket`) the member app fetches for the front door and the door controller posts; the API logs the unlock with the ticket in its context. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.door_ticket = t;
        return {
          value: tk,
          event: { hy: [['door', 'INFO', 'Door unlocked (front)', { door_ticket: tk, ip: '10.20.0.31', member: 418 }]] },
        };
      },
      { ref: 'door_ticket' },
    ),
    4,
    plant(
      'replay',
      'hyperf-door-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('door_ticket').value,
            why: `${WHY.replay('door_ticket', gap('door_ticket', t))} The same ticket came back from a public address and the API unlocked the front door again.`,
          },
        ],
        event: {
          hy: [['door', 'INFO', 'Door unlocked (front)', { door_ticket: refs.get('door_ticket').value, ip: '198.51.100.77', member: 418 }]],
        },
      }),
      { replayOf: 'door_ticket', after: 241 },
    ),
    4,
    plant(
      'negative',
      'hyperf-stripe-signature-header',
      'none',
      "Stripe's webhook signature header (`t=…,v1=<64 hex>`), an HMAC over this one event's body and time: it proves one delivery and opens nothing.",
      ({ rng, t }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            hy: [['webhook', 'INFO', 'Stripe event received', { type: 'invoice.paid', signature: `t=${Math.floor(t / 1000)},v1=${sig}` }]],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'hyperf' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flaresolverr.log: FlareSolverr 3 in front of a parts supplier's site, used by the space's price watcher; stdout of the
// container kept by Docker's json-file driver and read back with `docker logs`: `<yyyy-mm-dd HH:MM:SS> <LEVEL padded to
// 8> <message>`, `Incoming request => POST /v1 body: <Python dict>`, at DEBUG `Response => POST /v1 body: <dict>`, local
// time without zone. From memory (FlareSolverr's `flaresolverr.py` and `flaresolverr_service.py`, not read).

function flaresolverrLog(rng) {
  const SUP = 'supplyhouse.example';
  const render = (e) => e.fs.map(([lvl, msg]) => `${ymdHmsAt(e.t, EST)} ${lvl.padEnd(8)} ${msg}`);
  const incoming = (body) => ['INFO', `Incoming request => POST /v1 body: ${py(body)}`];
  const response = (url, extra = {}, rng2) => [
    'DEBUG',
    `Response => POST /v1 body: ${py({
      status: 'ok',
      message: 'Challenge solved!',
      solution: {
        url,
        status: 200,
        cookies: extra.cookies ?? [],
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
        headers: {},
        response: '<html>…</html>',
      },
      startTimestamp: extra.start ?? 0,
      endTimestamp: (extra.start ?? 0) + rng2.int(2000, 9000),
      version: '3.3.25',
    })}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        fs: [
          incoming({ cmd: 'request.get', url: `https://www.${SUP}/catalog/part/${digits(rng, 6)}`, maxTimeout: 60000 }),
          ['INFO', 'Challenge not detected!'],
          ['INFO', `Response in ${rng.int(1, 9)}.${rng.int(100, 999)} s`],
          ['INFO', `172.18.0.${rng.int(2, 9)} POST http://flaresolverr:8191/v1 200 OK`],
        ],
      }),
      () => ({
        fs: [
          ['INFO', 'Challenge detected. Title found: Just a moment...'],
          ['INFO', 'Challenge solved!'],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        fs: [
          ['INFO', 'FlareSolverr 3.3.25'],
          ['INFO', 'Testing web browser installation...'],
          ['INFO', 'Chrome / Chromium path: /usr/bin/chromium'],
          ['INFO', 'Chrome / Chromium major version: 143'],
          ['INFO', 'Test successful!'],
          ['INFO', 'Serving on http://0.0.0.0:8191'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'flaresolverr-browser-session-id',
      'none',
      "FlareSolverr's own `session` (a UUID naming one browser instance inside the container, made with `sessions.create`): it names a tab for the caller, opens nothing on any site.",
      ({ rng }) => {
        const s = rng.uuid();
        return {
          value: s,
          event: { fs: [incoming({ cmd: 'sessions.create', session: s }), ['INFO', `Response in 1.${rng.int(100, 999)} s`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'flaresolverr-request-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} The price watcher asks FlareSolverr to fetch the supplier's stock API, its key in the URL, and FlareSolverr logs the request body it received.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            fs: [
              incoming({ cmd: 'request.get', url: `https://api.${SUP}/v2/stock?sku=${digits(rng, 7)}&apikey=${key}`, maxTimeout: 60000 }),
              ['INFO', 'Challenge not detected!'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'flaresolverr-request-body-headers-bearer',
      'error',
      "The price watcher still sends the `headers` parameter FlareSolverr dropped in v2; FlareSolverr warns, but the incoming body it logs holds the `Authorization: Bearer …` for the supplier's account API.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            fs: [
              incoming({
                cmd: 'request.get',
                url: `https://api.${SUP}/v2/account/orders`,
                headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json' },
                maxTimeout: 60000,
              }),
              ['WARNING', "Request parameter 'headers' was removed in FlareSolverr v2."],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'flaresolverr-postdata-base64-api-secret',
      'error',
      "A `request.post` whose `postData` is `payload=<base64>`: decoded, a JSON object with the space's `api_secret` for the supplier's quote API.",
      ({ rng }) => {
        const b = b64Of(J({ account: 'brmakers', api_secret: rng.alnum(36), sku: digits(rng, 7), qty: 12 }));
        return {
          value: b,
          event: {
            fs: [
              incoming({ cmd: 'request.post', url: `https://api.${SUP}/v2/quote`, postData: `payload=${b}`, maxTimeout: 60000 }),
              ['INFO', 'Challenge not detected!'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'flaresolverr-quote-link-request-and-response',
      'error',
      WHY.pathSecret(
        "A quote's private download link (`/q/<token>/pdf`) fetched through FlareSolverr: the request body and, at DEBUG, the response's `solution.url` both hold it (one request written twice by FlareSolverr's two log calls)",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        const url = `https://quotes.${SUP}/q/${tok}/pdf`;
        return {
          value: tok,
          event: {
            fs: [
              incoming({ cmd: 'request.get', url, maxTimeout: 60000 }),
              ['INFO', 'Challenge detected. Title found: Just a moment...'],
              ['INFO', 'Challenge solved!'],
              response(url, { start: t }, rng),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'flaresolverr-response-cookies-phpsessid',
      'error',
      WHY.session(
        "The supplier's `PHPSESSID` (26 characters) in the `cookies` FlareSolverr returns after signing in, which its DEBUG line prints as a Python list of dicts",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: {
            fs: [
              response(
                `https://www.${SUP}/account`,
                {
                  start: t,
                  cookies: [
                    {
                      domain: `www.${SUP}`,
                      expiry: null,
                      httpOnly: true,
                      name: 'PHPSESSID',
                      path: '/',
                      sameSite: 'Lax',
                      secure: true,
                      value: s,
                    },
                  ],
                },
                rng,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'flaresolverr-solution-url-access-token-fragment',
      'error',
      "The supplier's portal signs in with an implicit grant: the browser ends on `…/dashboard#access_token=…`, and FlareSolverr's response gives that final address as `solution.url`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            fs: [response(`https://portal.${SUP}/dashboard#access_token=${at}&token_type=bearer&expires_in=3600`, { start: t }, rng)],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'flaresolverr-catalog-csv-cache-buster',
      'none',
      "The catalogue's CSV behind a cache-busting `v=` (the file's SHA-1, 40 hex): a version tag anyone can read on the public page.",
      ({ rng }) => {
        const v = rng.hex(40);
        return {
          value: v,
          event: {
            fs: [
              incoming({ cmd: 'request.get', url: `https://www.${SUP}/catalog/export.csv?v=${v}`, maxTimeout: 60000 }),
              ['INFO', 'Challenge not detected!'],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'flaresolverr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// red5.log: Red5 Server 2 streaming the space's workshops; logback's `%d{ISO8601} [%thread] %-5level %logger{35} -
// %msg%n` in local time without zone, Java's `Map.toString()` for connection parameters and headers, an exception's
// message with `at …` lines. From memory (Red5's `logback.xml`, not read); the `StreamAuth` and `RecordingUploader`
// classes are the space's own application.

function red5Log(rng) {
  const render = (e) => e.r5.flatMap(([th, lvl, lg, msg]) => [`${commaMs(e.t, EST)} [${th}] ${lvl.padEnd(5)} ${lg} - ${msg}`]);
  const filler = (rng) =>
    rng.pick([
      () => ({
        r5: [
          [
            `NioProcessor-${rng.int(1, 8)}`,
            'INFO',
            'o.r.s.net.rtmp.RTMPConnection',
            `Connection closed: ${rng.int(1, 60)} ms, bytes read ${rng.int(1000, 90000)}`,
          ],
        ],
      }),
      () => ({ r5: [['Red5_Scheduler_Worker-1', 'DEBUG', 'o.r.s.scheduling.QuartzSchedulingService', 'Executing job: KeepAlive']] }),
      () => ({
        r5: [
          [
            `RTMPConnectionExecutor-${rng.int(1, 4)}`,
            'INFO',
            'o.r.s.stream.ClientBroadcastStream',
            `Stream workshop-lathe: bitrate ${rng.int(1800, 4200)} kbps`,
          ],
        ],
      }),
    ])();
  const connect = (params) =>
    `Connect params: {${Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}}`;
  const steps = [
    {
      raw: {
        r5: [
          ['main', 'INFO', 'org.red5.server.Launcher', 'Red5 Server 2.0.12 (https://github.com/Red5)'],
          ['main', 'INFO', 'o.r.s.tomcat.TomcatLoader', 'Starting Tomcat servlet engine'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'embed-jwt',
      'red5-connect-params-pageurl-embed-30d-jti',
      'error',
      "The member-only workshop player is embedded on the website as `/embed/live/<JWT>`; Flash-era RTMP connect parameters carry the page's address (`pageUrl`), and the application logs the whole map. Logged in local time without zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://${BR}`, stream: 'workshop-lathe', tier: 'member' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            r5: [
              [
                'RTMPConnectionExecutor-2',
                'DEBUG',
                'o.r.s.net.rtmp.RTMPHandler',
                connect({
                  app: 'live',
                  flashVer: 'WIN 32,0,0,465',
                  swfUrl: `https://${BR}/player/red5pro-sdk.swf`,
                  tcUrl: `rtmp://stream.${BR}/live`,
                  fpad: false,
                  capabilities: 239.0,
                  pageUrl: `https://${BR}/embed/live/${token}`,
                  objectEncoding: 3.0,
                }),
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'red5-publish-name-stream-key',
      'error',
      `${WHY.apiKey('stream_key')} OBS publishes to \`workshop-lathe?stream_key=…\`; the space's own StreamAuth logs the publish request with the key.`,
      ({ rng }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: {
            r5: [
              [
                'RTMPConnectionExecutor-3',
                'INFO',
                'org.brmakers.red5.StreamAuth',
                `Publish request: scope=live name=workshop-lathe?stream_key=${key} mode=live from ${publicIp(rng)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'red5-rejected-publish-masked-key',
      'none',
      'A publish rejected for a wrong key, which StreamAuth masks to its last four characters (`****…`): a mask, no credential.',
      ({ rng }) => {
        const tail = rng.alnum(4);
        return {
          value: `****${tail}`,
          event: {
            r5: [
              [
                'RTMPConnectionExecutor-1',
                'WARN',
                'org.brmakers.red5.StreamAuth',
                `Rejected publish for workshop-cnc: stream_key ****${tail} does not match`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'session-id',
      'red5-rtmpt-servlet-headers-jsessionid',
      'error',
      WHY.session(
        "A viewer behind a proxy falls back to RTMPT; the servlet's DEBUG line prints the request headers as a Java map, with the website's `JSESSIONID` (32 hex digits) in `cookie`",
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: {
            r5: [
              [
                'http-nio-5080-exec-4',
                'DEBUG',
                'o.r.s.net.rtmpt.RTMPTServlet',
                `Request headers: {host=stream.${BR}:5080, user-agent=${rng.pick(BROWSERS)}, content-type=application/x-fcs, cookie=JSESSIONID=${s}; theme=dark, connection=keep-alive}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'red5-upload-filenotfound-drop-link',
      'error',
      WHY.pathSecret(
        'The recording uploader sends a finished workshop to a file-drop link (`/u/<token>/`); `HttpURLConnection` answers a 404 with a `FileNotFoundException` whose message is the URL, and logback writes it',
      ),
      ({ rng }) => {
        const tok = rng.alnum(22);
        return {
          value: tok,
          event: {
            r5: [
              [
                'pool-3-thread-1',
                'ERROR',
                'org.brmakers.red5.RecordingUploader',
                `Upload failed for workshop-lathe-20270112.flv: java.io.FileNotFoundException: https://drop.${BR}/u/${tok}/workshop-lathe-20270112.flv`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'red5-recording-sha256',
      'none',
      "The recording's SHA-256, logged after it is closed: a checksum of a file, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            r5: [
              [
                'pool-3-thread-1',
                'INFO',
                'org.brmakers.red5.RecordingUploader',
                `Closed workshop-lathe-20270112.flv (${rng.int(400, 900)} MB) sha256=${h}`,
              ],
            ],
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'red5' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gsutil-nightly.log: two cron runs of `gsutil -D` (one through the boto file's OAuth refresh token, one with HMAC keys
// given by `-o`), stdout and stderr appended: the debug banner, the version block, `Command being run:`,
// `config_file_list:`, `config: [(…), …]` (a Python list of tuples), then httplib2's `send: b'…'`, `reply: '…'` and
// `header: …` lines. From memory (gsutil's `-D` banner and version block; not fetched).

function gsutilLog(rng) {
  const render = (e) =>
    e.gs.map((line) =>
      line.replace(
        '<glog>',
        `${pad(new Date(e.t + EST * MIN).getUTCMonth() + 1)}${pad(new Date(e.t + EST * MIN).getUTCDate())} ${local(e.t, EST).slice(11, 23)}${String(e.t % 997).padStart(3, '0')}`,
      ),
    );
  const B = 'brmakers-backups';
  const filler = (rng) =>
    rng.pick([
      () => ({
        gs: [
          `reply: 'HTTP/1.1 200 OK\\r\\n'`,
          'header: Content-Type: application/json; charset=UTF-8',
          `header: X-GUploader-Response-Body-Transformations: chunked`,
        ],
      }),
      () => ({ gs: [`Copying file:///var/backups/makers/part-${pad(rng.int(1, 40))}.sql.gz [Content-Type=application/gzip]...`] }),
      () => ({ gs: ['DEBUG <glog> http_wrapper.py] Retrying request after 1 s (attempt 1)'] }),
    ])();
  const banner = [
    '***************************** WARNING *****************************',
    '*** You are running gsutil with debug output enabled.',
    '*** Be aware that debug output includes authentication credentials.',
    '*** Make sure to remove the value of the Authorization header for',
    '*** each HTTP request printed to the console prior to posting to',
    '*** a public medium such as a forum post or Stack Overflow.',
    '***************************** WARNING *****************************',
    'gsutil version: 5.33',
  ];
  const steps = [
    {
      raw: {
        get gs() {
          return [
            ...banner.slice(0, 8),
            `checksum: ${rng.hex(32)} (OK)`,
            'boto version: 2.49.0',
            'python version: 3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]',
            'OS: Linux 6.1.0-28-amd64',
            'multiprocessing available: True',
            'using cloud sdk: False',
            'config path(s): /home/backup/.boto',
            'gsutil path: /usr/local/bin/gsutil',
            'compiled crcmod: True',
            'installed via package manager: False',
            'editable install: False',
          ];
        },
      },
      after: 0,
    },
    {
      raw: {
        gs: [
          `Command being run: /usr/local/bin/gsutil -D -m cp -r /var/backups/makers gs://${B}/nightly/2027-01-12/`,
          "config_file_list: ['/home/backup/.boto']",
        ],
      },
    },
    plant(
      'refresh-token',
      'gsutil-config-list-gs-oauth2-refresh-token',
      'error',
      `${WHY.refresh} gsutil's \`-D\` prints its whole configuration as a Python list of tuples, the boto file's \`gs_oauth2_refresh_token\` (\`1//0…\`) among them.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            gs: [
              `config: [('working_dir', '/mnt/pyami'), ('debug', '0'), ('https_validate_certificates', 'True'), ('gs_oauth2_refresh_token', '${rt}'), ('default_project_id', 'brmakers-backup'), ('parallel_composite_upload_threshold', '150M'), ('content_language', 'en'), ('default_api_version', '2')]`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'gsutil-httplib2-send-authorization-bearer',
      'error',
      "httplib2's `send:` line under `-D` writes the raw request as a bytes literal, `authorization: Bearer ya29.…` included, the very header gsutil's banner warns about.",
      ({ rng }) => {
        const at = `ya29.a0${rng.b64url(150)}`;
        return {
          value: at,
          event: {
            gs: [
              `send: b'GET /storage/v1/b/${B}/o?alt=json&fields=prefixes%2Citems%2Fname&delimiter=%2F&prefix=nightly%2F&maxResults=1000&projection=noAcl HTTP/1.1\\r\\nHost: storage.googleapis.com\\r\\ncontent-length: 0\\r\\nuser-agent: apitools Python/3.11.2 gsutil/5.33 (linux) analytics/disabled interactive/False command/cp\\r\\nauthorization: Bearer ${at}\\r\\naccept-encoding: gzip, deflate\\r\\n\\r\\n'`,
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'gsutil-reply-x-goog-hash-md5',
      'none',
      'The `x-goog-hash` of an uploaded object (`crc32c=…,md5=…`, base64 checksums): integrity values of a file, no credential.',
      ({ rng }) => {
        const md5 = rng.bytes(16).toString('base64');
        return {
          value: md5,
          event: {
            gs: [
              `reply: 'HTTP/1.1 200 OK\\r\\n'`,
              `header: x-goog-hash: crc32c=${rng.bytes(4).toString('base64')}`,
              `header: x-goog-hash: md5=${md5}`,
            ],
          },
        };
      },
    ),
    6,
    { raw: { gs: ['', `Operation completed over ${rng.int(20, 40)} objects/${rng.int(300, 900)}.0 MiB.`, ''] }, after: 30 },
    {
      raw: {
        get gs() {
          return [...banner.slice(0, 8), `checksum: ${rng.hex(32)} (OK)`, 'boto version: 2.49.0'];
        },
      },
      after: 3600,
    },
    plant(
      'framework-dump',
      'gsutil-command-being-run-hmac-secret',
      'error',
      "The second job (the wood shop's camera archive) passes HMAC keys with `-o Credentials:gs_secret_access_key=…`; gsutil's `Command being run:` line writes the command line, secret included.",
      ({ rng }) => {
        const secret = rng.bytes(30).toString('base64');
        return {
          value: secret,
          event: {
            gs: [
              `Command being run: /usr/local/bin/gsutil -o Credentials:gs_access_key_id=GOOG1E${upperNum(rng, 55)} -o Credentials:gs_secret_access_key=${secret} -D rsync -r /srv/cams/woodshop gs://${B}-cams/woodshop`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'gsutil-reply-etag',
      'none',
      "An object's `ETag` in a reply header (base64 of its generation): a version tag, no credential.",
      ({ rng }) => {
        const etag = `CP${rng.b64url(14)}EAE=`;
        return { value: etag, event: { gs: [`header: ETag: ${etag}`] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR + 3 * MIN, site: { host: 'gsutil' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thelounge.log: The Lounge 4.4 (self-hosted IRC client) for the space's #brmakers channel, stdout appended by
// systemd (`StandardOutput=append:`): `<yyyy-mm-dd HH:MM:SS> [<LEVEL>] <message>` in local time without zone; the link
// prefetcher's failures quote the link a member pasted. The line layout from memory; the prefetch messages are written
// in the app's style, not copied.

function theLoungeLog(rng) {
  const render = (e) => e.tl.map(([lvl, msg]) => `${ymdHmsAt(e.t, EST)} [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ tl: [['INFO', `User ${rng.pick(['dana', 'marcus', 'priya', 'wren'])} loaded`]] }),
      () => ({ tl: [['INFO', `Connecting to irc.libera.chat:6697 for ${rng.pick(['dana', 'wren'])}`]] }),
      () => ({ tl: [['DEBUG', `Prefetched https://${BR}/classes/${rng.int(100, 400)} (${rng.int(4, 80)} kB)`]] }),
    ])();
  const fail = (url, why) => ({ tl: [['WARN', `Link prefetch failed for ${url} in #brmakers: ${why}`]] });
  const steps = [
    {
      raw: {
        tl: [
          ['INFO', 'The Lounge v4.4.3 (Node.js 20.18.1 on linux x64)'],
          ['INFO', 'Configuration file: /etc/thelounge/config.js'],
          ['INFO', 'Available at http://127.0.0.1:9000/ in private mode'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'path-secret',
      'thelounge-prefetch-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A member pastes the space's Nextcloud share (`/s/<15 characters>`) of laser templates; the prefetcher's failure quotes it",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: fail(`https://cloud.${BR}/s/${tok}/download`, 'response too large (52 MB)') };
      },
    ),
    6,
    plant(
      'negative',
      'thelounge-prefetch-github-commit',
      'none',
      'A GitHub commit link (`/commit/<40 hex>`) pasted in the channel: a public commit id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { tl: [['DEBUG', `Prefetched https://github.com/brmakers/door-controller/commit/${sha} (38 kB)`]] } };
      },
    ),
    4,
    plant(
      'oauth-code',
      'thelounge-prefetch-wiki-callback-code',
      'warning',
      `${WHY.code} A member pastes the wiki's sign-in callback (\`/oauth/callback?code=…&state=…\`) that "just spins"; the prefetcher fetches it and logs the failure with the URL.`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return { value: code, event: fail(`https://wiki.${BR}/oauth/callback?code=${code}&state=${rng.hex(16)}`, 'HTTP 400') };
      },
    ),
    6,
    plant(
      'implicit-fragment',
      'thelounge-prefetch-inventory-access-token-fragment',
      'error',
      "The inventory app's address with its `#access_token=…`, pasted from a member's address bar; the prefetcher logs the whole link, fragment included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: fail(`https://inventory.${BR}/#access_token=${at}&token_type=Bearer&expires_in=7200`, 'no title found'),
        };
      },
    ),
    4,
    plant(
      'webhook',
      'thelounge-prefetch-zapier-catch-hook',
      'error',
      WHY.webhook(
        'The Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<key>/`) behind the tool-checkout form, pasted by a volunteer asking why it fails; the prefetcher posts nothing but logs the URL',
      ),
      ({ rng }) => {
        const id = digits(rng, 7);
        const key = lowerNum(rng, 6);
        return {
          value: key,
          needle: `${id}/${key}`,
          event: fail(`https://hooks.zapier.com/hooks/catch/${id}/${key}/`, 'unsupported content type application/json'),
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'thelounge-prefetch-laser-queue-api-key',
      'error',
      `${WHY.apiKey('api_key')} The laser cutter's job queue link, pasted with its key in the query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: fail(`https://laser.${BR}/api/jobs?api_key=${key}&status=queued`, 'HTTP 403') };
      },
    ),
    4,
    plant(
      'encoded',
      'thelounge-prefetch-status-share-base64',
      'error',
      "A status-board share link whose `s=` is base64 of a JSON object; decoded, it carries the board's `api_key`.",
      ({ rng }) => {
        const s = b64Of(J({ board: 'shop-floor', api_key: rng.alnum(32), refresh: 30 }));
        return {
          value: s,
          needle: encodeURIComponent(s),
          event: fail(`https://status.${BR}/share?s=${encodeURIComponent(s)}`, 'timeout after 5000 ms'),
        };
      },
    ),
    4,
    plant(
      'negative',
      'thelounge-prefetch-youtube-video',
      'none',
      'A YouTube video id (`v=`, 11 characters) of a welding tutorial: a public id.',
      ({ rng }) => {
        const v = rng.b64url(11);
        return { value: v, event: { tl: [['DEBUG', `Prefetched https://www.youtube.com/watch?v=${v} (612 kB)`]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'thelounge' }, filler, render, steps });
}

// =====================================================================================================================
// Diyogí Weavers' Cooperative (Navajo; Tséhootsooí / Fort Defiance, Arizona: MST, UTC-7; the Navajo Nation keeps DST,
// but not in January)
// =====================================================================================================================

const DW = 'diyogi-weavers.example';

// ---------------------------------------------------------------------------------------------------------------------
// prod.log: the cooperative's help desk on UVdesk Community (Symfony 5, Monolog), `var/log/prod.log`:
// `[<ISO 8601 with microseconds and offset>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`, the router's
// `Matched route "…"` with `request_uri`. From memory (Symfony's Monolog bundle default; not fetched).

function uvdeskLog(rng) {
  const stamp = (t) => `${local(t, MST).slice(0, 23)}${digits(rng, 3)}${zone(MST)}`;
  const render = (e) => e.uv.map(([ch, lvl, msg, ctx = [], extra = []]) => `[${stamp(e.t)}] ${ch}.${lvl}: ${msg} ${J(ctx)} ${J(extra)}`);
  const matched = (route, uri, method = 'GET') => [
    'request',
    'INFO',
    `Matched route "${route}".`,
    {
      route,
      route_parameters: {
        _route: route,
        _controller: `Webkul\\UVDesk\\${route.includes('api') ? 'ApiBundle' : 'SupportCenterBundle'}\\Controller\\${route.includes('api') ? 'Tickets' : 'Website'}::index`,
      },
      request_uri: `https://help.${DW}${uri}`,
      method,
    },
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ uv: [matched('helpdesk_knowledgebase', `/nv/kb/${rng.pick(['diyogi', 'aghaa', 'dibe', 'naalyehe-ba-hooghan'])}`)] }),
      () => ({ uv: [['app', 'INFO', `Naaltsoos #${rng.int(1100, 1400)}: reply sent (Yáʼátʼééh … Ahéheeʼ)`]] }),
      () => ({
        uv: [
          [
            'doctrine',
            'DEBUG',
            'SELECT t0.id AS id_1, t0.subject AS subject_2 FROM uv_ticket t0 WHERE t0.status_id = ?',
            { 0: rng.int(1, 5) },
          ],
        ],
      }),
    ])();
  const steps = [
    4,
    plant(
      'id-token',
      'uvdesk-matched-route-oidc-check-id-token',
      'error',
      "A weaver signs in to the help desk through the cooperative's identity provider, which posts back `id_token` in the query of `/login/oidc/check`; the router's `Matched route` line writes `request_uri` with it, on a line stamped -07:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: { iss: `https://id.${DW}`, aud: 'uvdesk', sub: rng.uuid(), email: `weaver${rng.int(10, 99)}@${DW}` },
        });
        return {
          value: token,
          jwt: facts,
          event: { uv: [matched('helpdesk_oidc_check', `/login/oidc/check?id_token=${token}&state=${rng.hex(16)}`)] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'uvdesk-gravatar-md5',
      'none',
      "A customer's Gravatar address (`/avatar/<md5 of the e-mail>`) written when the ticket list renders: a public hash.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { uv: [['app', 'DEBUG', 'Customer avatar resolved', { url: `https://secure.gravatar.com/avatar/${h}?s=80&d=mp` }]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'uvdesk-api-bee-adilkaali-two-channels',
      'error',
      `${WHY.apiKey('bee_adilkaali')} (bee adiłkaʼí, "that with which one opens", the cooperative's word for a key) The rug shop's ticket sync calls the help desk's API with its key in the query; the router's line and the cooperative's own deprecation warning on the next line both write the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const uri = `/api/v1/tickets?bee_adilkaali=${key}&status=1`;
        return {
          value: key,
          event: {
            uv: [
              matched('uvdesk_api_tickets', uri),
              ['app', 'WARNING', `bee_adilkaali in the query string is deprecated, send it as a header: https://help.${DW}${uri}`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'uvdesk-embed-widget-120s',
      'warning',
      'The help widget embedded on the rug shop (`/embed/diyogi/<JWT>`) is requested with a token living two minutes, without `jti`; the `Matched route` line writes it, stamped -07:00',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://${DW}`, widget: 'naaltsoos', locale: 'nv' },
        });
        return { value: token, jwt: facts, event: { uv: [matched('helpdesk_widget_embed', `/embed/diyogi/${token}`)] } };
      },
    ),
    4,
    plant(
      'session-id',
      'uvdesk-app-error-headers-cookie-ahoolzhiizh',
      'error',
      WHY.session(
        'The help desk\'s session cookie, renamed by the cooperative `ahoolzhiizh` (from hoolzhiizh, "a period of time has come"), in the request headers a mailbox-refresh error logs as its context',
      ),
      ({ rng }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: {
            uv: [
              [
                'app',
                'ERROR',
                'Mailbox refresh failed: IMAP login rejected',
                { headers: { host: [`help.${DW}`], cookie: [`ahoolzhiizh=${s}; locale=nv`], 'user-agent': [rng.pick(BROWSERS)] } },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'uvdesk-update-credentials-link',
      'error',
      WHY.pathSecret(
        'A password-reset link (`/customer/update-credentials/<e-mail>/<verification code>`) opened by a customer; the router writes its `request_uri`',
      ),
      ({ rng }) => {
        const code = rng.hex(32);
        return {
          value: code,
          event: {
            uv: [
              matched(
                'helpdesk_update_account_credentials',
                `/nv/customer/update-credentials/buyer${rng.int(10, 99)}%40mail.example/${code}`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'uvdesk-attachment-naaltsoos-ticket-once',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket for a ticket\'s attachment (`naaltsoos`, "paper", the word the cooperative uses for a ticket), in the query the router writes; the ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.naaltsoos = t;
        return { value: tk, event: { uv: [matched('helpdesk_attachment_download', `/nv/attachment/1187?naaltsoos=${tk}`)] } };
      },
    ),
    4,
    plant(
      'negative',
      'uvdesk-message-id',
      'none',
      "An incoming e-mail's `Message-ID` (random hex before the sender's domain): names a message, opens nothing.",
      ({ rng }) => {
        const m = rng.hex(24);
        return {
          value: m,
          event: {
            uv: [['app', 'INFO', 'Email processed into ticket #1192', { messageId: `<${m}@mail.example>`, mailbox: `naaltsoos@${DW}` }]],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NV + 15 * HOUR, site: { host: 'uvdesk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// v2ray-error.log: V2Ray 5 on the office router, `log.loglevel: info` to `/var/log/v2ray/error.log`:
// `<yyyy/mm/dd HH:MM:SS> [Info] [<session id>] <module>: <message>`, the HTTP inbound writing a plain-HTTP request's full
// URL (`request to Method [GET] Host [...] with URL [...]`), local time without zone. From memory (not fetched).

function v2rayLog(rng) {
  const ts = (t) => ymdHmsAt(t, MST).replace(/-/g, '/');
  const render = (e) => e.v2.map(([msg, lvl = 'Info']) => `${ts(e.t)} [${lvl}] [${e.sid}] ${msg}`);
  const sid = (rng) => String(rng.int(100000000, 4294967295));
  const http = (url, rng) => {
    const host = new URL(url).host;
    return {
      sid: sid(rng),
      v2: [
        [`proxy/http: request to Method [GET] Host [${host}${host.includes(':') ? '' : ':80'}] with URL [${url}]`],
        [`app/dispatcher: default route for tcp:${host}${host.includes(':') ? '' : ':80'}`],
        [`proxy/freedom: opening connection to tcp:${host}${host.includes(':') ? '' : ':80'}`],
      ],
    };
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        sid: sid(rng),
        v2: [[`proxy/http: CONNECT ${rng.pick(['www.etsy.com', 'api.squareup.com', 'navajotimes.com', 'fonts.gstatic.com'])}:443`]],
      }),
      () => ({ sid: sid(rng), v2: [[`app/dispatcher: sniffed domain: ${rng.pick(['www.etsy.com', 'navajotimes.com'])}`]] }),
      () => ({
        sid: sid(rng),
        v2: [['transport/internet/tcp: connection closed'], ['proxy/http: connection ends > io: read/write on closed pipe', 'Debug']],
      }),
    ])();
  const steps = [
    {
      raw: {
        sid: '0',
        v2: [
          ['V2Ray 5.22.0 (V2Fly, a community-driven edition of V2Ray.) Custom (go1.23.4 linux/arm64)', 'Warning'],
          ['core: V2Ray 5.22.0 started', 'Warning'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'session-id',
      'v2ray-http-url-jsessionid',
      'error',
      WHY.session(
        "The loom-supply shop's old Java storefront keeps its session in the path (`;jsessionid=<32 hex>`) over plain HTTP; V2Ray's HTTP inbound writes the whole URL",
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, event: http(`http://shop.loomsupply.example/cart/view.do;jsessionid=${s}?item=${digits(rng, 5)}`, rng) };
      },
    ),
    6,
    plant(
      'negative',
      'v2ray-ocsp-get-request',
      'none',
      "An OCSP request over GET (`/MF…`, base64 of the DER request naming a certificate's serial): a status query anyone may send, no credential.",
      ({ rng }) => {
        const der = `MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ${rng.alnum(24)}BBQ${rng.alnum(25)}AhA${rng.alnum(22)}`;
        return { value: der, event: http(`http://ocsp.digicert.com/${der}`, rng) };
      },
    ),
    6,
    plant(
      'path-secret',
      'v2ray-http-yiiltsa-share',
      'error',
      WHY.pathSecret(
        'A photo-share link of the cooperative\'s file server (`/yiiltsa/<token>/`, from yiiłtsą́, "saw it"), opened over plain HTTP from the office',
      ),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return { value: tok, event: http(`http://files.${DW}/yiiltsa/${tok}/diyogi-2027-01.zip`, rng) };
      },
    ),
    6,
    plant(
      'api-key-name',
      'v2ray-http-thingspeak-api-key',
      'error',
      `${WHY.apiKey('api_key')} The dye-shed thermometer writes to ThingSpeak over plain HTTP (\`/update?api_key=<16>&field1=…\`), through the office proxy.`,
      ({ rng }) => {
        const key = upperNum(rng, 16);
        return {
          value: key,
          event: http(
            `http://api.thingspeak.com/update?api_key=${key}&field1=${rng.int(30, 90)}.${rng.int(0, 9)}&field2=${rng.int(10, 60)}`,
            rng,
          ),
        };
      },
    ),
    6,
    plant(
      'webhook',
      'v2ray-http-home-assistant-webhook',
      'error',
      WHY.webhook("A Home Assistant webhook (`/api/webhook/<id>`, 64 hex) the shed's door sensor calls over plain HTTP"),
      ({ rng }) => {
        const id = rng.hex(64);
        return { value: id, event: http(`http://ha.${DW}:8123/api/webhook/${id}`, rng) };
      },
    ),
    6,
    plant(
      'encoded',
      'v2ray-http-login-next-percent-encoded-key',
      'error',
      'A login redirect whose `next=` is percent-encoded (`%3F`, `%3D`): decoded, the sync URL with `bee_adilkaali=<key>`.',
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: http(`http://inventory.${DW}/login?next=%2Fapi%2Fsync%3Fbee_adilkaali%3D${key}%26full%3D1`, rng) };
      },
    ),
    4,
    plant(
      'negative',
      'v2ray-windowsupdate-cab-cache-buster',
      'none',
      "Windows Update's certificate-trust list with its cache-busting query (16 hex digits): no credential.",
      ({ rng }) => {
        const q = rng.hex(16);
        return {
          value: q,
          event: http(`http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab?${q}`, rng),
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NV + 16 * HOUR, site: { host: 'v2ray' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vorta.log: Vorta 0.10 (the Borg backup app) on a weaver's laptop, `~/.cache/Vorta/log/vorta.log`:
// `<yyyy-mm-dd HH:MM:SS,mmm> - <logger> - <LEVEL> - <message>` in local time without zone. From memory (Vorta's
// `log.py` format string; not fetched); the `Prepared job` line is a debug statement of the cooperative's fork.

function vortaLog(rng) {
  const render = (e) => e.vo.map(([lg, lvl, msg]) => `${commaMs(e.t, MST)} - ${lg} - ${lvl} - ${msg}`);
  const REPO = `ssh://u${digits(rng, 6)}@u${digits(rng, 6)}.your-storagebox.de:23/./diyogi-laptop`;
  const filler = (rng) =>
    rng.pick([
      () => ({ vo: [['vorta.scheduler', 'INFO', `Diyogí profile: next backup at ${pad(rng.int(10, 23))}:00`]] }),
      () => ({ vo: [['vorta.borg.borg_job', 'INFO', `A /home/shima/Diyogi/naaltsoos-${rng.int(1, 90)}.pdf`]] }),
      () => ({
        vo: [
          [
            'vorta.borg.borg_job',
            'DEBUG',
            `Borg output: {'type': 'archive_progress', 'nfiles': ${rng.int(100, 9000)}, 'original_size': ${rng.int(1e6, 9e9)}}`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        vo: [
          ['vorta.application', 'INFO', 'Vorta 0.10.3 started'],
          ['vorta.keyring.abc', 'DEBUG', 'Using VortaDBKeyring keyring'],
        ],
      },
      after: 0,
    },
    6,
    plant(
      'framework-dump',
      'vorta-prepared-job-dict-password',
      'error',
      "A debug statement prints the prepared Borg job as a Python dict; its `password` entry is the repository's passphrase, which Vorta otherwise hands to Borg only through the environment.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            vo: [
              [
                'vorta.borg.borg_job',
                'DEBUG',
                `Prepared job: ${py({ ok: true, repo_id: 1, repo_url: REPO, password: pw, ssh_key: 'id_ed25519', profile_name: 'Diyogí', cmd: ['borg', 'create', '--list', '--json'] })}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'vorta-archive-id',
      'none',
      "The created archive's id (64 hex, from `borg create --json`): the archive's name inside the repository, no credential.",
      ({ rng }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: {
            vo: [
              [
                'vorta.borg.create',
                'INFO',
                `Archive created: {'id': '${id}', 'name': 'shima-laptop-2027-01-19-1204', 'duration': ${rng.int(60, 900)}.2}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'vorta-post-backup-uptime-kuma-push',
      'error',
      WHY.webhook(
        "The profile's post-backup command pings an Uptime Kuma push monitor (`/api/push/<token>`); Vorta logs the command it runs",
      ),
      ({ rng }) => {
        const tok = rng.alnum(10);
        return {
          value: tok,
          event: {
            vo: [
              [
                'vorta.borg.borg_job',
                'INFO',
                `Running post-backup command: curl -fsS -m 10 "https://status.${DW}/api/push/${tok}?status=up&msg=OK&ping="`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'vorta-post-backup-pushover-token',
      'error',
      `${WHY.apiKey('token')} A second post-backup command sends a Pushover message with the application's \`token\` (30 characters) in the query; Vorta logs the command.`,
      ({ rng }) => {
        const tok = lowerNum(rng, 30);
        return {
          value: tok,
          event: {
            vo: [
              [
                'vorta.borg.borg_job',
                'INFO',
                `Running post-backup command: curl -s -X POST "https://api.pushover.net/1/messages.json?token=${tok}&user=${lowerNum(rng, 30)}&message=Ah%C3%A9hee%CA%BC%2C%20backup%20OK"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'vorta-ssh-host-key-fingerprint',
      'none',
      "The storage box's SSH host key fingerprint (`SHA256:<43 base64>`): the fingerprint of a public key.",
      ({ rng }) => {
        const fp = rng.bytes(32).toString('base64').replace(/=+$/, '');
        return {
          value: fp,
          event: {
            vo: [
              [
                'vorta.borg.borg_job',
                'WARNING',
                `Borg stderr: Warning: Permanently added '[u${digits(rng, 6)}.your-storagebox.de]:23' (ED25519) to the list of known hosts. SHA256:${fp}`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NV + 19 * HOUR, site: { host: 'vorta' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rudderstack-events.jsonl: the rug shop's events as RudderStack delivers them to a JSON-lines destination (object
// storage), one event a line: `type`, `anonymousId`, `channel`, `context` (`app`, `library`, `locale`, `page` with
// `path`, `referrer`, `search`, `title`, `url`, `userAgent`), `event`/`name`, `properties`, `messageId`,
// `originalTimestamp`, `sentAt`, `receivedAt` (UTC), `request_ip`. From memory (RudderStack's event spec; not fetched).

function rudderstackLog(rng) {
  const render = (e) => [J(e.rs)];
  const SHOP = `https://${DW}`;
  const ev = (rng, t, { type = 'page', url, referrer = '$direct', title = 'Diyogí', properties = {}, channel = 'web', event }) => {
    const u = url ? new URL(url) : null;
    const ts = iso(t - rng.int(200, 900));
    return {
      rs: {
        type,
        ...(event ? { event } : { name: title }),
        anonymousId: rng.uuid(),
        channel,
        context: {
          app: {
            name: channel === 'web' ? 'RudderLabs JavaScript SDK' : 'com.diyogi.naalyehe',
            version: channel === 'web' ? '3.11.2' : '1.6.0',
          },
          library: {
            name: channel === 'web' ? 'RudderLabs JavaScript SDK' : 'rudder-android-sdk',
            version: channel === 'web' ? '3.11.2' : '1.25.1',
          },
          locale: 'nv-US',
          ...(u ? { page: { path: u.pathname, referrer, search: u.search, title, url, tab_url: url } } : {}),
          userAgent: rng.pick(BROWSERS),
        },
        properties,
        messageId: rng.uuid(),
        originalTimestamp: ts,
        sentAt: ts,
        receivedAt: iso(t),
        request_ip: publicIp(rng),
      },
    };
  };
  const PAGES = ['/naalyehe', '/naalyehe/diyogi/two-grey-hills', '/naalyehe/aghaa', '/ahoodzaa', '/nihi'];
  const filler = (rng, t) =>
    ev(rng, t, { url: `${SHOP}${rng.pick(PAGES)}`, title: rng.pick(['Naalyéhé bá hooghan', 'Diyogí', 'Aghaaʼ', 'Nihí']) });
  const steps = [
    4,
    plant(
      'implicit-fragment',
      'rudderstack-page-url-access-token-fragment',
      'error',
      "The shop's page after a sign-in by implicit grant: the SDK sends `location.href`, so `context.page.url` keeps `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ev(rng, t, { url: `${SHOP}/nihi#access_token=${at}&token_type=Bearer&expires_in=3600`, title: 'Nihí' }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'rudderstack-page-fbclid',
      'none',
      'A Facebook click id (`fbclid=`) on the landing page: an ad-attribution id, no credential.',
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return {
          value: f,
          event: ev(rng, t, { url: `${SHOP}/naalyehe?fbclid=${f}`, title: 'Naalyéhé bá hooghan', referrer: 'https://l.facebook.com/' }),
        };
      },
    ),
    4,
    plant(
      'id-token',
      'rudderstack-referrer-id-token-1h',
      'error',
      "The page after signing in has as `referrer` the identity provider's return to `/login/callback?id_token=…`; the event's `receivedAt` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: `https://id.${DW}`, aud: 'naalyehe-web', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(rng, t, {
            url: `${SHOP}/nihi`,
            title: 'Nihí',
            referrer: `${SHOP}/login/callback?id_token=${token}&state=${rng.hex(16)}`,
          }),
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'rudderstack-page-search-code',
      'warning',
      `${WHY.code} The callback page itself is tracked: \`context.page.search\` and \`url\` hold \`?code=…&state=…\`.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return { value: code, event: ev(rng, t, { url: `${SHOP}/login/callback?code=${code}&state=${rng.hex(16)}`, title: 'Diyogí' }) };
      },
    ),
    4,
    plant(
      'path-secret',
      'rudderstack-page-yiiltsa-link',
      'error',
      WHY.pathSecret('A private preview of a rug for a buyer (`/yiiltsa/<token>`, "saw it") tracked as a page view'),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: ev(rng, t, { url: `${SHOP}/yiiltsa/${tok}`, title: 'Diyogí — yiiłtsą́' }) };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'rudderstack-page-embed-expired',
      'note',
      "The weavers' catalogue embedded on a gallery's site (`/embed/<JWT>`) was opened from an old tab: the token expired about a day before the event's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 86400 + rng.int(60, 3000),
          claims: { iss: SHOP, resource: 'catalogue', gallery: 'window-rock' },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(rng, t, { url: `${SHOP}/embed/${token}`, title: 'Diyogí', referrer: 'https://gallery.example/' }),
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'rudderstack-android-track-refresh-token',
      'error',
      `${WHY.refresh} The shop's Android app tracks \`sign_in_ok\` and passes the whole token response as the event's \`properties\`, \`refreshToken\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: ev(rng, t, {
            type: 'track',
            event: 'sign_in_ok',
            channel: 'mobile',
            properties: { method: 'password', auth: { refreshToken: rt, expiresIn: 3600, tokenType: 'Bearer' } },
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'rudderstack-track-payment-intent-id',
      'none',
      'A Stripe PaymentIntent id (`pi_…`, without its `_secret_` part) in an `order_completed` event: an object id.',
      ({ rng, t }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return {
          value: pi,
          event: ev(rng, t, {
            type: 'track',
            event: 'order_completed',
            properties: { order_id: `DW-${rng.int(1000, 9999)}`, total: 1450, currency: 'USD', payment_intent: pi },
          }),
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NV + 17 * HOUR, site: { host: 'rudderstack' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mihomo.log: mihomo (Clash.Meta) 1.19 on the cooperative's OpenWrt router, stdout to a file: logrus' text layout
// `time="<RFC 3339 with nanoseconds and offset>" level=<level> msg="<message>"` with the message's quotes escaped.
// From memory (not fetched); the `[Config] parsed:` line is Go's `%+v` of the parsed configuration, printed by a debug
// build.

function mihomoLog(rng) {
  const render = (e) =>
    e.mh.map(
      ([lvl, msg]) => `time="${local(e.t, MST).slice(0, 23)}${digits(rng, 6)}${zone(MST)}" level=${lvl} msg="${msg.replace(/"/g, '\\"')}"`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        mh: [
          [
            'info',
            `[TCP] 192.168.8.${rng.int(20, 60)}:${rng.int(40000, 60000)} --> ${rng.pick(['www.etsy.com', 'navajotimes.com', 'api.squareup.com'])}:443 match Match using DIRECT`,
          ],
        ],
      }),
      () => ({ mh: [['info', `[UDP] 192.168.8.${rng.int(20, 60)}:${rng.int(40000, 60000)} --> 8.8.8.8:53 match Match using DIRECT`]] }),
    ])();
  const steps = [
    {
      raw: {
        mh: [
          ['info', 'Start initial configuration in progress'],
          ['info', 'Geodata Loader mode: memconservative'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'mihomo-config-parsed-go-struct-secret',
      'error',
      "A debug build prints the parsed configuration with Go's `%+v`; the external controller's `Secret` (the API's bearer secret) is a field of the struct.",
      ({ rng }) => {
        const secret = rng.alnum(24);
        return {
          value: secret,
          event: {
            mh: [
              [
                'debug',
                `[Config] parsed: &{General:{Inbound:{Port:0 SocksPort:0 MixedPort:7890 AllowLan:true BindAddress:*} Controller:{ExternalController:192.168.8.1:9090 ExternalUI:/etc/mihomo/ui Secret:${secret}} Mode:rule LogLevel:debug IPv6:false} DNS:{Enable:true Listen:0.0.0.0:1053}}`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'api-key-name',
      'mihomo-provider-pull-error-token',
      'error',
      `${WHY.apiKey('token')} The proxy provider's subscription URL holds the account's \`token\`; a failed pull quotes Go's error, URL included.`,
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            mh: [
              [
                'warning',
                `[Provider] naaltsoos-proxies pull error: Get "https://sub.mesaproxy.example/api/v1/client/subscribe?token=${tok}&flag=meta": dial tcp: lookup sub.mesaproxy.example: i/o timeout`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'mihomo-reality-public-key',
      'none',
      "A REALITY outbound's `public-key` (an X25519 public key, base64url) in a parse warning: public by design.",
      ({ rng }) => {
        const pk = rng.b64url(43);
        return {
          value: pk,
          event: {
            mh: [
              [
                'warning',
                `[Proxy] hooghan-reality: reality-opts public-key ${pk} short-id ${rng.hex(8)}: server name not set, using SNI of server`,
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'path-secret',
      'mihomo-rule-provider-private-path',
      'error',
      WHY.pathSecret(
        "The cooperative's rule set is served from a private path (`/c/<token>/rules.yaml`); the provider's failed pull quotes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            mh: [['error', `[Provider] diyogi-rules pull error: Get "https://cfg.${DW}/c/${tok}/rules.yaml": context deadline exceeded`]],
          },
        };
      },
    ),
    6,
    plant(
      'encoded',
      'mihomo-parse-error-ss-link-base64',
      'error',
      'A Shadowsocks share link (`ss://<base64 of method:password>@host:port#name`) that fails to parse is quoted in the error; decoded, its userinfo is the cipher and the password.',
      ({ rng }) => {
        const b = Buffer.from(`2022-blake3-aes-128-gcm:${rng.bytes(16).toString('base64')}`).toString('base64url');
        return {
          value: b,
          event: { mh: [['error', `[Config] proxy 3 error: ss://${b}@203.0.113.${rng.int(2, 254)}:8388#hooghan: missing plugin option`]] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'mihomo-tls-fingerprint-pin',
      'none',
      "A pinned server certificate's SHA-256 `fingerprint` (64 hex) in a TLS error: identifies a public certificate.",
      ({ rng }) => {
        const fp = rng.hex(64);
        return {
          value: fp,
          event: { mh: [['warning', `[TCP] dial hooghan-trojan failed: certificate fingerprint mismatch, expected ${fp}`]] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NV + 14 * HOUR, site: { host: 'mihomo' }, filler, render, steps });
}

// =====================================================================================================================
// Kor Shwän, guesthouses of Mestia and Ushguli (Svan; Svaneti, Georgia: GET, UTC+4 all year)
// =====================================================================================================================

const KS = 'korshwan.example';

// ---------------------------------------------------------------------------------------------------------------------
// grype-scan.txt: a CI job's output (shell under `set -x`) scanning the booking site's image with `grype -vv`: Grype's
// `[<elapsed seconds, 4 digits>] <LEVEL> <message>` lines, the application config as YAML after `DEBUG config:`, the
// result table, then the notify step. From memory (Grype's logger through anchore's go-logger; not fetched).

function grypeLog(rng) {
  const render = (e) => e.gr;
  let el = 0;
  const g = (lvl, msg) => `[${pad(el, 4)}] ${lvl.padStart(5)} ${msg}`;
  const filler = (rng) => {
    el += rng.int(0, 1);
    return rng.pick([
      () => ({
        gr: [
          g(
            'DEBUG',
            `found ${rng.int(1, 40)} vulnerability matches for pkg=${rng.pick(['libssl3', 'busybox', 'zlib', 'express', 'sharp'])}`,
          ),
        ],
      }),
      () => ({
        gr: [
          g(
            'TRACE',
            `cataloger completed name=${rng.pick(['apk-db-cataloger', 'javascript-package-cataloger', 'binary-classifier-cataloger'])} packages=${rng.int(1, 300)}`,
          ),
        ],
      }),
    ])();
  };
  const steps = [
    {
      raw: { gr: ['+ grype -vv registry.korshwan.example/kor/javshan:2027.01.26 --fail-on high', g('INFO', 'grype version: 0.87.0')] },
      after: 0,
    },
    plant(
      'framework-dump',
      'grype-config-yaml-registry-password',
      'error',
      'Grype at `-vv` writes its application configuration as YAML; the registry credentials given through `GRYPE_REGISTRY_AUTH_PASSWORD` appear under `registry.auth` in plain text.',
      ({ rng }) => {
        const pw = rng.alnum(28);
        return {
          value: pw,
          event: {
            gr: [
              g('DEBUG', 'config:'),
              '  output: table',
              '  fail-on-severity: high',
              '  registry:',
              '    insecure-skip-tls-verify: false',
              '    auth:',
              `      - authority: registry.${KS}`,
              '        username: ci-javshan',
              `        password: ${pw}`,
              '  db:',
              '    cache-dir: /root/.cache/grype/db',
              '    auto-update: true',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'grype-db-update-url-gasagheb',
      'error',
      `${WHY.apiKey('gasagheb')} (a Georgian loan, გასაღებ, "key", as the association writes it) The database mirror's listing URL carries the association's key; Grype logs the URL it checks.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            gr: [g('DEBUG', `checking for available database updates url=https://grype-db.${KS}/databases/listing.json?gasagheb=${key}`)],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'grype-trace-http-request-headers-map',
      'error',
      "At TRACE the registry client logs each request's headers as a Go `map[string][]string` (`%v`), the registry's `Authorization: Bearer …` included.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            gr: [
              g(
                'TRACE',
                `http request method=GET url=https://registry.${KS}/v2/kor/javshan/manifests/2027.01.26 headers=map[Accept:[application/vnd.oci.image.index.v1+json] Authorization:[Bearer ${tok}] User-Agent:[grype/0.87.0]]`,
              ),
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'grype-image-digest',
      'none',
      "The image's manifest digest (`sha256:<64 hex>`): a content address, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { gr: [g('INFO', `identified image digest=sha256:${d} platform=linux/amd64`)] } };
      },
    ),
    6,
    plant(
      'negative',
      'grype-table-ghsa-id',
      'none',
      'A GitHub advisory id (`GHSA-xxxx-xxxx-xxxx`) in the result table: a public identifier.',
      ({ rng }) => {
        const id = `GHSA-${lowerNum(rng, 4)}-${lowerNum(rng, 4)}-${lowerNum(rng, 4)}`;
        return {
          value: id,
          event: {
            gr: [
              'NAME        INSTALLED  FIXED-IN  TYPE  VULNERABILITY        SEVERITY',
              `express     4.21.1     4.21.3    npm   ${id}  High`,
              `libssl3     3.3.2-r4   3.3.3-r0  apk   CVE-2026-${digits(rng, 5)}       Medium`,
              '[0008] ERROR discovered vulnerabilities at or above the severity threshold',
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'grype-notify-google-chat-webhook',
      'error',
      WHY.webhook(
        "The job's failure step posts to a Google Chat space webhook (`…/spaces/<space>/messages?key=…&token=…`), the `token` being its secret; `set -x` echoes the command",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            gr: [
              `+ curl -sS -H 'Content-Type: application/json' -d @chat.json 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}'`,
              '{"name": "spaces/x/messages/y"}',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_SV + 8 * HOUR, site: { host: 'grype' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shortcut-stories.jsonl: the booking site's stories read from Shortcut's REST API (v3, `GET /stories/{id}`), one a
// line: `app_url`, `comments` (`author_id`, `created_at`, `id`, `text`), `created_at`, `description`, `entity_type`,
// `id`, `name`, `story_type`, `updated_at`, `workflow_state_id`. From memory (not fetched). Svan text in the Georgian
// script, English where the developers paste.

function shortcutLog(rng) {
  const render = (e) => [J(e.sc)];
  let id = 1200;
  const story = (rng, t, { name, description = '', comment }) => {
    id += rng.int(1, 6);
    const created = iso(t - rng.int(1, 6) * 86400000);
    return {
      sc: {
        app_url: `https://app.shortcut.com/korshwan/story/${id}`,
        archived: false,
        comments: comment
          ? [{ author_id: rng.uuid(), created_at: iso(t), entity_type: 'story-comment', id: id * 10 + 1, text: comment }]
          : [],
        created_at: created,
        description,
        entity_type: 'story',
        id,
        name,
        owner_ids: [rng.uuid()],
        story_type: rng.pick(['bug', 'feature', 'chore']),
        updated_at: iso(t),
        workflow_state_id: 500000000 + rng.int(6, 9),
      },
    };
  };
  const filler = (rng, t) =>
    story(rng, t, {
      name: rng.pick(['ქორ mestia-3: ფოტო', 'ჯავშან: თარიღ', 'Ushguli ქორ: ფას (prices)', 'ლა̈ჲრ (guest book) PDF']),
      description: 'ხოჩა̈ ლა̈დეღ! ',
    });
  const steps = [
    4,
    plant(
      'id-token',
      'shortcut-comment-callback-id-token-1h',
      'error',
      "A developer pastes into a comment the address the identity provider returned to (`/auth/callback?id_token=…`), minutes after signing in; the comment's `created_at` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 600),
          claims: { iss: `https://id.${KS}`, aud: 'javshan-web', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: story(rng, t, {
            name: 'ჯავშან: შესვლა (login) fails',
            comment: `callback:\nhttps://javshan.${KS}/auth/callback?id_token=${token}&state=${rng.hex(12)}`,
          }),
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'shortcut-description-access-token-fragment',
      'error',
      "A story's description quotes the admin page's address with its `#access_token=…` from the browser bar.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: story(rng, t, {
            name: 'ადმინ: ჯავშანა̈რ (bookings) filter',
            description: `Steps: open https://admin.${KS}/javshan#access_token=${at}&token_type=Bearer&expires_in=3600 and filter by Ushguli.`,
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'shortcut-masked-stripe-key',
      'none',
      "A story about rotating keys quotes the old secret key masked by Stripe's dashboard (`sk_live_…` with its middle as `*`): a mask.",
      ({ rng, t }) => {
        const m = `sk_live_${'*'.repeat(20)}${rng.alnum(4)}`;
        return { value: m, event: story(rng, t, { name: 'Stripe გასაღებ ახალ', description: `Old key ${m} revoked on the dashboard.` }) };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'shortcut-description-embed-no-exp',
      'error',
      "The availability calendar embedded on partners' sites (`/embed/<JWT>`) is described with its link; the token has no `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://javshan.${KS}`, resource: 'calendar', kor: ['mestia-3', 'ushguli-1'] },
        });
        return {
          value: token,
          jwt: facts,
          event: story(rng, t, { name: 'კალენდარ embed', description: `Partner embed: https://javshan.${KS}/embed/${token}` }),
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'shortcut-comment-keycloak-code',
      'warning',
      `${WHY.code} A comment pastes the Keycloak callback the tester landed on (\`?state=…&session_state=…&code=<uuid>.<uuid>.<uuid>\`).`,
      ({ rng, t }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: story(rng, t, {
            name: 'შესვლა̈ Keycloak',
            comment: `https://javshan.${KS}/auth/callback?state=${rng.uuid()}&session_state=${rng.uuid()}&code=${code}`,
          }),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'shortcut-comment-api-gasagheb',
      'error',
      `${WHY.apiKey('api_gasagheb')} (გასაღებ, "key") A comment gives the channel manager's developer the availability endpoint with the association's key.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: story(rng, t, {
            name: 'Channel manager',
            comment: `GET https://api.${KS}/v1/kor/availability?from=2027-02-01&api_gasagheb=${key}`,
          }),
        };
      },
    ),
    4,
    plant(
      'session-id',
      'shortcut-comment-curl-cookie-sesia',
      'error',
      WHY.session(
        "A pasted curl command reproducing a bug, with the admin's session cookie (`sesia`, a Georgian loan) in `-H 'Cookie: …'`",
      ),
      ({ rng, t }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: story(rng, t, {
            name: 'ჯავშან 500',
            comment: `curl 'https://admin.${KS}/api/javshan/884' -H 'Cookie: sesia=${s}' -H 'Accept: application/json'`,
          }),
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'shortcut-description-token-response-refresh',
      'error',
      `${WHY.refresh} A story's description pastes the token endpoint's JSON response while debugging the app's renewal.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          event: story(rng, t, {
            name: 'App: ტოკენ',
            description: `Response:\n\`\`\`\n{"token_type":"Bearer","expires_in":300,"refresh_token":"${rt}","scope":"javshan"}\n\`\`\``,
          }),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'shortcut-comment-data-base64-parol',
      'error',
      'A pasted link whose `data=` is base64 of a JSON object: decoded, the guest-Wi-Fi admin\'s `parol` ("password", a loan).',
      ({ rng, t }) => {
        const d = b64Of(J({ kor: 'ushguli-1', login: 'admin', parol: rng.alnum(16) }));
        return {
          value: d,
          needle: encodeURIComponent(d),
          event: story(rng, t, { name: 'Wi-Fi ქორ Ushguli', comment: `https://wifi.${KS}/setup?data=${encodeURIComponent(d)}` }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'shortcut-sentry-event-id',
      'none',
      'A Sentry event id (32 hex digits) quoted in a bug: names an error report.',
      ({ rng, t }) => {
        const e = rng.hex(32);
        return { value: e, event: story(rng, t, { name: 'ჯავშან: error', description: `Sentry event ${e}` }) };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_SV + 11 * HOUR, site: { host: 'shortcut' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// riot-console.log: a water meter at a guesthouse in Ushguli, RIOT OS 2026.10 on an nRF52840 with an LTE modem,
// captured with RIOT's `pyterm` (`make term`), which prefixes each received line with `<yyyy-mm-dd HH:MM:SS,mmm> # `
// in the host's local time without zone. The firmware's messages (`ლიც`, "water") are the association's. From memory.

function riotLog(rng) {
  const render = (e) => e.ri.map((line) => `${commaMs(e.t, GET)} # ${line}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ri: [`ლიც: ${rng.int(100, 990)} ლ, ${rng.int(1, 9)}.${rng.int(0, 9)} °C`] }),
      () => ({ ri: [`lte: rssi -${rng.int(70, 110)} dBm`] }),
      () => ({ ri: [`coap: GET /meter 2.05 (${rng.int(10, 90)} ms)`] }),
    ])();
  const steps = [
    { raw: { ri: ['main(): This is RIOT! (Version: 2026.10)', 'Kor Shwän lic-meter 1.3 — ხოჩა̈ ლა̈დეღ'] }, after: 0 },
    plant(
      'negative',
      'riot-ifconfig-long-hwaddr',
      'none',
      "The radio's EUI-64 (`Long HWaddr`, eight hex bytes) printed at boot: a hardware address, no credential.",
      ({ rng }) => {
        const hw = Array.from({ length: 8 }, () => rng.hex(2))
          .join(':')
          .toUpperCase();
        return { value: hw, event: { ri: [`Iface  6  HWaddr: ${hw.slice(-5)}  Channel: 26  NID: 0x23`, `          Long HWaddr: ${hw}`] } };
      },
      { after: 0 },
    ),
    4,
    plant(
      'negative',
      'riot-suit-manifest-digest',
      'none',
      "The SUIT manifest's image digest (`sha256`, 64 hex) printed before an update: a checksum.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { ri: ['suit: verifying manifest', `suit: image digest sha256 ${h}`, 'suit: digest OK'] } };
      },
    ),
    4,
    plant(
      'encoded',
      'riot-provisioning-hex-parol',
      'error',
      'At boot the firmware prints its provisioning blob as hex; decoded, a JSON object with the router\'s `parol` ("password").',
      ({ rng }) => {
        const h = Buffer.from(J({ kor: 'ushguli-1', apn: 'internet', wifi: 'Kor-Ushguli', parol: rng.alnum(14) })).toString('hex');
        return { value: h, event: { ri: [`prov: ${h}`] } };
      },
    ),
    4,
    plant(
      'header-dump',
      'riot-http-debug-authorization-basic',
      'error',
      "The HTTP client's debug output prints the request it sends, `Authorization: Basic <base64 of user:password>` included.",
      ({ rng }) => {
        const b = b64Of(`meter-ushguli:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            ri: [
              `http: > POST /api/v1/readings HTTP/1.1`,
              `http: > Host: api.${KS}`,
              `http: > Authorization: Basic ${b}`,
              'http: > Content-Type: application/json',
              'http: < HTTP/1.1 201 Created',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'riot-get-meter-gasagheb',
      'error',
      `${WHY.apiKey('meter_gasagheb')} The meter fetches its schedule with the association's key in the query, and prints the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { ri: [`http: GET https://api.${KS}/api/v1/meters/ushguli-1/schedule?meter_gasagheb=${key}`, 'http: 200 (412 bytes)'] },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'riot-token-response-refresh',
      'error',
      `${WHY.refresh} The meter renews its API session and prints the stored part of the response.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { ri: [`auth: stored {"refresh_token":"${rt}","expires_in":2592000}`] } };
      },
    ),
    4,
    plant(
      'webhook',
      'riot-rocketchat-hook',
      'error',
      WHY.webhook(
        "A leak alarm posted to the association's Rocket.Chat incoming webhook (`/hooks/<id>/<token>`), whose URL the firmware prints",
      ),
      ({ rng }) => {
        const hid = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${hid}/${tok}`,
          event: { ri: ['სიგნალ: ლიც! (leak)', `http: POST https://chat.${KS}/hooks/${hid}/${tok}`, 'http: 200'] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_SV + 6 * HOUR, site: { host: 'riot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logtail-javshan-api.jsonl: the booking API's logs exported from Better Stack (Logtail) as JSON lines: `dt` (UTC),
// `level`, `message`, and the fields the app's pino transport sends (`req`, `res`, `context`). From memory (not
// fetched).

function logtailLog(rng) {
  const render = (e) => [J({ dt: iso(e.t), level: e.lt.level ?? 'info', message: e.lt.message, ...e.lt.fields })];
  const req = (rng, url, extra = {}) => ({
    req: {
      id: rng.uuid(),
      method: extra.method ?? 'GET',
      url,
      remoteAddress: extra.ip ?? publicIp(rng),
      headers: { host: `api.${KS}`, 'user-agent': extra.ua ?? rng.pick(BROWSERS), ...(extra.headers ?? {}) },
    },
  });
  const filler = (rng) =>
    rng.pick([
      () => ({
        lt: {
          message: 'request completed',
          fields: {
            ...req(rng, `/v1/kor/${rng.pick(['mestia-3', 'ushguli-1', 'mestia-7'])}/availability`),
            res: { statusCode: 200 },
            responseTime: rng.int(4, 90),
          },
        },
      }),
      () => ({ lt: { message: 'ჯავშან დადასტურებულ (booking confirmed)', fields: { javshan: `KS-${rng.int(10000, 99999)}` } } }),
    ])();
  const steps = [
    4,
    plant(
      'session-id',
      'logtail-req-headers-cookie-sesia',
      'error',
      WHY.session("The admin's `sesia` cookie in the request headers pino's serializer was configured to keep"),
      ({ rng }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: {
            lt: {
              level: 'warn',
              message: 'slow request',
              fields: { ...req(rng, '/v1/admin/javshan?day=2027-01-26', { headers: { cookie: `sesia=${s}` } }), responseTime: 2140 },
            },
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'logtail-checkin-bilet-first',
      'note',
      WHY.ticketFirst(
        "A single-use check-in ticket (`bilet`, a loan) scanned at the Mestia guesthouse's tablet, in the URL of the request the API logs; the ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return {
          value: tk,
          event: {
            lt: {
              message: 'check-in ok — ქორ mestia-3',
              fields: {
                ...req(rng, `/v1/checkin?bilet=${tk}`, { method: 'POST', ip: '203.0.113.40', ua: 'KorCheckin/2.1 (Android 14)' }),
                res: { statusCode: 200 },
              },
            },
          },
        };
      },
      { ref: 'bilet' },
    ),
    4,
    plant(
      'replay',
      'logtail-checkin-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address posted the same check-in ticket and the API accepted it again (200).`,
          },
        ],
        event: {
          lt: {
            message: 'check-in ok — ქორ mestia-3',
            fields: {
              ...req(rng, `/v1/checkin?bilet=${refs.get('bilet').value}`, { method: 'POST', ip: '198.51.100.203', ua: 'okhttp/5.3.2' }),
              res: { statusCode: 200 },
            },
          },
        },
      }),
      { replayOf: 'bilet', after: 388 },
    ),
    4,
    plant(
      'negative',
      'logtail-stripe-event-id',
      'none',
      "A Stripe event id (`evt_…`) in the webhook handler's line: an object id.",
      ({ rng }) => {
        const e = `evt_1${rng.alnum(23)}`;
        return {
          value: e,
          event: { lt: { message: 'stripe webhook handled', fields: { stripeEvent: e, type: 'checkout.session.completed' } } },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'logtail-callback-id-token-expired',
      'note',
      "The callback rejects a stale sign-in: the URL's `id_token` had expired about two hours before the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${KS}`, aud: 'javshan-web', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            lt: { level: 'warn', message: 'OIDC callback rejected: token expired', fields: req(rng, `/auth/callback?id_token=${token}`) },
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'logtail-req-url-kor-gasagheb',
      'error',
      `${WHY.apiKey('kor_gasagheb')} ("house key") A partner's channel manager calls the availability API with its key in the query; pino logs \`req.url\`.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            lt: {
              message: 'request completed',
              fields: {
                ...req(rng, `/v1/kor/ushguli-1/availability?kor_gasagheb=${key}`, { ua: 'ChannelSync/4.2' }),
                res: { statusCode: 200 },
                responseTime: rng.int(4, 90),
              },
            },
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'logtail-javshan-manage-link',
      'error',
      WHY.pathSecret('A guest opens the link to manage a booking (`/javshan/<token>`, ჯავშან, "booking", a loan)'),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          event: {
            lt: {
              message: 'request completed',
              fields: { ...req(rng, `/v1/javshan/${tok}`), res: { statusCode: 200 }, responseTime: rng.int(4, 90) },
            },
          },
        };
      },
    ),
    4,
    plant('negative', 'logtail-request-id', 'none', 'A `x-request-id` the load balancer adds (UUID): names a request.', ({ rng }) => {
      const r = rng.uuid();
      return {
        value: r,
        event: {
          lt: {
            message: 'request completed',
            fields: { ...req(rng, '/v1/health', { headers: { 'x-request-id': r } }), res: { statusCode: 200 } },
          },
        },
      };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY_SV + 9 * HOUR, site: { host: 'logtail' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout115');
writePart(join(here, 'heldout115'), {
  'hyperf.log': hyperfLog(rng),
  'flaresolverr.log': flaresolverrLog(rng),
  'red5.log': red5Log(rng),
  'gsutil-nightly.log': gsutilLog(rng),
  'thelounge.log': theLoungeLog(rng),
  'prod.log': uvdeskLog(rng),
  'v2ray-error.log': v2rayLog(rng),
  'vorta.log': vortaLog(rng),
  'rudderstack-events.jsonl': rudderstackLog(rng),
  'mihomo.log': mihomoLog(rng),
  'grype-scan.txt': grypeLog(rng),
  'shortcut-stories.jsonl': shortcutLog(rng),
  'riot-console.log': riotLog(rng),
  'logtail-javshan-api.jsonl': logtailLog(rng),
});
