// Writes corpus/logs-in-the-wild/heldout7/: a seventh held-out part, in formats no other part uses (Apache
// mod_log_forensic, Jetty 12's NCSA request log, Node's `NODE_DEBUG=undici` output, Play Framework 3's default logback
// pattern, Vert.x Web's LoggerHandler through java.util.logging, AWS Lambda's Node.js runtime log, Zeek's http.log,
// Suricata's EVE JSON, PostgreSQL's stderr log, Gitea's router log, Keycloak 26's console log with the HTTP access log,
// koa-logger, Sanic's access log, Spring Cloud Gateway's Reactor Netty access log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line
// was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout7.mjs     rewrites heldout7/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes, `alg: none` tokens have an empty signature. The log builder
// (labels, repeat lines, the check that no planted value is on an unlabeled line) is build-log.mjs, shared with the
// other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, factsAt, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DIGITS, digits, iso, MONTHS, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = [
  'curl/8.17.0',
  'python-requests/2.32.5',
  'okhttp/5.3.0',
  'Go-http-client/2.0',
  'node',
  'Apache-HttpClient/5.5.1 (Java/21.0.9)',
];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 8, 6, 0, 0);

/** `2026-12-08 10:15:03,112` (logback's and JBoss Log Manager's `%d`). */
const commaTime = (ms) => iso(ms).slice(0, 23).replace('T', ' ').replace('.', ',');
/** `2026/12/08 10:15:03` (Go's log package). */
const goTime = (ms) => iso(ms).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
/** java.util.logging.SimpleFormatter's default first line: `Dec 08, 2026 10:15:03 AM`. */
function julTime(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
/** Epoch seconds with microseconds (Zeek's `ts`). */
const epochMicros = (ms, rng) => `${sec(ms)}.${pad(ms % 1000, 3)}${digits(rng, 3)}`;

// ---------------------------------------------------------------------------------------------------------------------
// forensic_log: Apache httpd 2.4 mod_log_forensic (`ForensicLog logs/forensic_log`): `+<id>|<request line>|<Header>:<value>|…`
// before the request, `-<id>` after it; `:` and `|` inside values escaped as `%3a` and `%7c`. No time on any line, so
// only opaque values are planted here. A Drupal 11 site and a Redmine behind one server.
// https://httpd.apache.org/docs/2.4/mod/mod_log_forensic.html

function forensicLog(rng) {
  const esc = (v) => v.replace(/:/g, '%3a').replace(/\|/g, '%7c');
  const render = (e, rng) => {
    const id = `${rng.b64url(19)}AAAA${rng.pick(['A', 'B', 'C', 'D'])}`.replace(/[-_]/g, 'x');
    const headers = [
      ['Host', e.host],
      ['User-Agent', e.ua],
      ['Accept', e.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
      ['Accept-Encoding', 'gzip, deflate, br'],
      ...(e.referer !== '-' ? [['Referer', e.referer]] : []),
      ...(e.headers ?? []),
    ];
    return [`+${id}|${e.method} ${target(e)} HTTP/1.1|${headers.map(([k, v]) => `${k}:${esc(v)}`).join('|')}`, `-${id}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/node/${rng.int(10, 900)}` }),
      () => ({
        path: `/sites/default/files/css/css_${rng.b64url(43)}.css`,
        query: `delta=0&language=en&theme=olivero&include=${rng.b64url(24)}`,
        accept: 'text/css,*/*;q=0.1',
      }),
      () => ({ path: '/redmine/issues', query: `set_filter=1&status_id=o&page=${rng.int(1, 5)}`, host: 'tracker.fjord-d.example' }),
      () => ({ path: '/core/misc/favicon.ico', accept: 'image/avif,image/webp,*/*' }),
      () => ({ path: '/search/node', query: `keys=${rng.pick(['ferry', 'timetable', 'harbour'])}` }),
    ])();
  const steps = [
    7,
    plant(
      'header-dump',
      'forensic-authorization-basic',
      'error',
      'mod_log_forensic writes every request header as received: `Authorization:Basic <base64 of user:password>` of a script calling a protected staging path (the password in clear after one base64 decoding).',
      ({ rng }) => {
        const basic = b64Of(`deploy:${rng.alnum(20)}`);
        return {
          value: basic,
          event: { path: '/staging/status.json', ua: 'curl/8.17.0', accept: '*/*', headers: [['Authorization', `Basic ${basic}`]] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'drupal-image-style-itok',
      'none',
      "Drupal's image style derivative token (`?itok=<8 chars>`): it stops derivative flooding, it authenticates nobody.",
      ({ rng }) => {
        const itok = rng.b64url(8);
        return {
          value: itok,
          needle: `itok=${itok}`,
          event: {
            path: `/sites/default/files/styles/large/public/2026-12/ferry-${rng.int(10, 99)}.jpg`,
            query: `itok=${itok}`,
            accept: 'image/avif,image/webp,*/*',
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'drupal-SSESS-cookie',
      'error',
      WHY.session(
        "Drupal's HTTPS session cookie (`SSESS<hash of the site>=<43 base64url>`) in the Cookie header the forensic log keeps whole",
      ),
      ({ rng }) => {
        const sid = rng.b64url(43);
        return { value: sid, event: { path: '/admin/content', headers: [['Cookie', `SSESS${rng.hex(32)}=${sid}; cookie-agreed=2`]] } };
      },
    ),
    5,
    plant(
      'path-secret',
      'drupal-user-reset-hash',
      'error',
      WHY.pathSecret("Drupal's one-time login link (`/user/reset/<uid>/<timestamp>/<hash>`): whoever opens it is logged in as the account"),
      ({ rng, t }) => {
        const hash = rng.b64url(43);
        return {
          value: hash,
          event: { path: `/user/reset/${rng.int(20, 900)}/${sec(t) - 300}/${hash}`, referer: 'https://mail.fjord-d.example/' },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'X-Redmine-API-Key-header',
      'error',
      `${WHY.apiKey('X-Redmine-API-Key')} A CI job reads Redmine's REST API with the header \`X-Redmine-API-Key:<40 hex>\`.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            path: '/redmine/issues.json',
            query: 'project_id=ferries&limit=100',
            host: 'tracker.fjord-d.example',
            ua: 'python-requests/2.32.5',
            accept: 'application/json',
            headers: [['X-Redmine-API-Key', key]],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'if-none-match-etag',
      'none',
      'An `If-None-Match:"<hex>-gzip"` header: the ETag of a cached page, no credential.',
      ({ rng }) => {
        const etag = rng.hex(24);
        return { value: etag, event: { path: '/node/41', headers: [['If-None-Match', `"${etag}-gzip"`]] } };
      },
    ),
    5,
    plant(
      'oauth-code',
      'bitbucket-code-redmine-callback',
      'warning',
      `${WHY.code} Bitbucket's 18-character code in a Redmine OAuth plugin's callback.`,
      ({ rng }) => {
        const code = rng.alnum(18);
        return {
          value: code,
          event: {
            path: '/redmine/oauth2/bitbucket/callback',
            query: `code=${code}&state=${rng.hex(32)}`,
            host: 'tracker.fjord-d.example',
            referer: 'https://bitbucket.org/',
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'www.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2026_12_08.request.log: Jetty 12 `CustomRequestLog` with `EXTENDED_NCSA_FORMAT` (`%{client}a - %u %{dd/MMM/yyyy:HH:mm:ss
// ZZZ|GMT}t "%r" %s %O "%{Referer}i" "%{User-Agent}i"`), a daily file, in front of Jenkins.
// https://jetty.org/docs/jetty/12/operations-guide/modules/standard.html#requestlog,
// https://javadoc.jetty.org/jetty-12/org/eclipse/jetty/server/CustomRequestLog.html

function jettyLog(rng) {
  const render = (e) => [
    `${e.ip} - ${e.user ?? '-'} [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', user: rng.pick(['-', 'marit', 'ola']) }),
      () => ({ path: `/job/ferry-api/${rng.int(300, 420)}/console`, user: 'marit' }),
      () => ({ path: `/static/${rng.hex(8)}/jsbundles/app.js`, bytes: rng.int(20000, 90000) }),
      () => ({ path: '/ajaxBuildQueue', method: 'POST', user: 'ola' }),
      () => ({ path: `/job/ferry-web/lastBuild/api/json`, query: 'tree=result,timestamp', ua: 'Go-http-client/2.0' }),
    ])();
  const steps = [
    7,
    plant(
      'replay',
      'sso_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `sso_ticket` (the portal hands Jenkins a ticket it trades once for a session)'),
      ({ rng }) => {
        const ticket = `ST-${rng.int(10000, 99999)}-${rng.alnum(30)}`;
        return {
          value: ticket,
          event: { path: '/securityRealm/finishLogin', query: `sso_ticket=${ticket}`, status: 302, bytes: 0, ip: '198.51.100.61' },
        };
      },
      { ref: 'sso' },
    ),
    3,
    plant(
      'replay',
      'sso_ticket-opaque',
      'replay',
      WHY.replay('sso_ticket', 70),
      ({ refs }) => ({
        value: refs.get('sso').value,
        event: {
          path: '/securityRealm/finishLogin',
          query: `sso_ticket=${refs.get('sso').value}`,
          status: 302,
          bytes: 0,
          ip: '203.0.113.207',
          ua: BROWSERS[3],
        },
      }),
      { replayOf: 'sso', after: 70 },
    ),
    5,
    plant(
      'negative',
      'jenkins-crumb-query',
      'none',
      'A Jenkins CSRF crumb (`Jenkins-Crumb=<64 hex>`) sent as a query parameter by a script: anti-forgery, bound to the session, no credential.',
      ({ rng }) => {
        const crumb = rng.hex(64);
        return {
          value: crumb,
          event: {
            method: 'POST',
            path: '/job/ferry-web/build',
            query: `delay=0sec&Jenkins-Crumb=${crumb}`,
            status: 201,
            bytes: 0,
            user: 'ola',
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'generic-webhook-trigger-token',
      'error',
      WHY.webhook("Jenkins' Generic Webhook Trigger URL (`/generic-webhook-trigger/invoke?token=<token>`): anyone with it starts the job"),
      ({ rng }) => {
        const token = rng.alnum(32);
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/generic-webhook-trigger/invoke',
            query: `token=${token}`,
            ua: 'GitHub-Hookshot/8f2c1e4',
            bytes: 212,
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'embed-panel-referer-1h',
      'error',
      'A build-status badge requested by a status page whose URL is a signed embed (`/embed/panel/<JWT>` in the Referer), valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 400, claims: { resource: { dashboard: rng.int(2, 40) }, params: {} } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/buildStatus/icon',
            query: 'job=ferry-api',
            referer: `https://status.fjord-d.example/embed/panel/${token.token}`,
            bytes: 1240,
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'jenkins-apitoken-query',
      'error',
      `${WHY.apiKey('apitoken')} A Jenkins API token (\`11\` + 32 hex) passed by a legacy script as \`apitoken=\`.`,
      ({ rng }) => {
        const key = `11${rng.hex(32)}`;
        return {
          value: key,
          event: {
            path: '/job/ferry-api/buildWithParameters',
            method: 'POST',
            query: `BRANCH=main&apitoken=${key}`,
            status: 201,
            bytes: 0,
            ua: 'Wget/1.25.0',
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'jenkins-static-resource-hash',
      'none',
      "Jenkins' static resource path (`/static/<8 hex>/…`): a per-version cache key, no credential.",
      ({ rng }) => {
        const h = rng.hex(8);
        return { value: h, needle: `/static/${h}/`, event: { path: `/static/${h}/images/svgs/logo.svg`, bytes: 3100 } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'ci.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// undici-debug.log: a Node 22 worker run with `NODE_DEBUG=undici` (stderr: `UNDICI <pid>: sending request to <METHOD>
// <origin>/<path>` with undici's double slash, `received response to … - HTTP <status>`, no time) and its own stdout
// lines (`<ISO time> <level> <message>`).
// https://github.com/nodejs/undici/blob/main/docs/docs/api/Debug.md

function undiciLog(rng) {
  const pid = rng.int(1000, 60000);
  const origin = (e) => `https://${e.host}`;
  const render = (e) => {
    if (e.app) return [`${iso(e.t)} ${e.level ?? 'info'} ${e.app}`];
    const url = `${origin(e)}/${target(e)}`;
    return [
      ...(e.connect
        ? [`UNDICI ${pid}: connecting to ${e.host} using https:h1`, `UNDICI ${pid}: connected to ${e.host} using https:h1`]
        : []),
      `UNDICI ${pid}: sending request to ${e.method} ${url}`,
      `UNDICI ${pid}: received response to ${e.method} ${url} - HTTP ${e.status}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'api.tide-u.example', path: '/v2/stations', query: `region=${rng.pick(['north', 'west'])}` }),
      () => ({
        host: 'api.tide-u.example',
        path: `/v2/stations/${rng.int(1000, 9999)}/readings`,
        query: `from=${iso(DAY0).slice(0, 10)}`,
        connect: rng.int(0, 3) === 0,
      }),
      () => ({ app: `sync: ${rng.int(2, 90)} readings stored in ${rng.int(20, 900)} ms` }),
      () => ({ host: 'objects.fjord-d.example', method: 'PUT', path: `/archive/${rng.hex(16)}.json.gz` }),
    ])();
  const steps = [
    6,
    plant(
      'webhook',
      'slack-workflow-trigger',
      'error',
      WHY.webhook('A Slack Workflow Builder webhook trigger (`hooks.slack.com/triggers/<team>/<id>/<hex>`)'),
      ({ rng }) => {
        const secret = rng.hex(32);
        return {
          value: secret,
          event: {
            host: 'hooks.slack.com',
            method: 'POST',
            path: `/triggers/T${rng.chars(UPPER + DIGITS, 10)}/${digits(rng, 13)}/${secret}`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'imgproxy-signature-path',
      'none',
      'An imgproxy URL signature (`/<43 base64url>/rs:fill:…`): an HMAC over this one processing URL, no reusable credential.',
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: { app: `thumbnail https://img.fjord-d.example/${sig}/rs:fill:640:360/plain/s3://ferries/${rng.hex(8)}.jpg queued` },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'recaptcha-siteverify-secret',
      'error',
      `${WHY.apiKey('secret')} reCAPTCHA's siteverify takes the site's secret key (\`6L…\`, 40 characters) as \`secret=\`; the worker passes it in the query.`,
      ({ rng }) => {
        const key = `6L${rng.b64url(38)}`;
        return {
          value: key,
          event: {
            host: 'www.google.com',
            method: 'POST',
            path: '/recaptcha/api/siteverify',
            query: `secret=${key}&response=${rng.b64url(60)}`,
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'refresh-jwt-in-failure-line',
      'error',
      `${WHY.refresh} The worker's failure line prints the form it posted (\`grant_type=refresh_token&refresh_token=<JWT>\`), a 14-day HS512 refresh JWT`,
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 14 * 86400,
          age: 86400,
          alg: 'HS512',
          claims: { sub: `svc-${rng.int(10, 99)}`, typ: 'refresh' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            level: 'error',
            app: `token refresh failed (HTTP 400 invalid_grant) body=grant_type=refresh_token&refresh_token=${token.token}&client_id=tide-sync`,
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'percent-encoded-json-filter',
      'error',
      'A JSON object percent-encoded into one query parameter (`filter=%7B%22apiToken%22%3A%22<token>%22…`): one decoding away from `{"apiToken":"<token>"}`',
      ({ rng }) => {
        const token = rng.alnum(36);
        return {
          value: token,
          event: {
            host: 'search.partner-u.example',
            path: '/v1/query',
            query: `filter=%7B%22apiToken%22%3A%22${token}%22%2C%22since%22%3A%22${iso(DAY0).slice(0, 10)}%22%7D`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'stripe-publishable-test-key',
      'none',
      'A Stripe publishable key (`pk_test_…`) in a config dump: made to be shipped to browsers, no secret.',
      ({ rng }) => {
        const key = `pk_test_51${rng.alnum(97)}`;
        return { value: key, event: { app: `config loaded: {"stripe":{"publishableKey":"${key}"},"region":"eu-north-1"}` } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'util-inspect-fetch-init-body',
      'error',
      "Node's util.inspect of the fetch init the worker logs before a retry: `{ method: 'POST', body: 'client_id=…&client_secret=<secret>' }`",
      ({ rng }) => {
        const secret = rng.b64url(40);
        return {
          value: secret,
          event: {
            level: 'warn',
            app: `retrying https://auth.partner-u.example/oauth/token { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=tide-sync&client_secret=${secret}' }`,
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'api.tide-u.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// play-application.log: Play Framework 3 with its default logback pattern (`%date [%level] from %logger in %thread -
// %message%n%xException`); the default error handler writes `! @<id> - Internal server error, for (<METHOD>) [<uri>] ->`
// on a line of its own after an empty message start (no time on it), then the exception.
// https://www.playframework.com/documentation/3.0.x/SettingsLogger, https://www.playframework.com/documentation/3.0.x/ScalaErrorHandling

function playLog(rng) {
  const thread = (rng) => `application-pekko.actor.default-dispatcher-${rng.int(4, 19)}`;
  const render = (e, rng) => {
    if (e.error) {
      const id = rng.alnum(8).toLowerCase();
      return [
        `${commaTime(e.t)} [ERROR] from play.api.http.DefaultHttpErrorHandler in ${thread(rng)} - `,
        '',
        `! @${id} - Internal server error, for (${e.method}) [${target(e)}] ->`,
        ' ',
        `play.api.UnexpectedException: Unexpected exception[${e.error}]`,
        '\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:385)',
        '\tat play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:260)',
      ];
    }
    return [`${commaTime(e.t)} [${e.level ?? 'INFO'}] from ${e.logger ?? 'controllers.HomeController'} in ${thread(rng)} - ${e.app}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        app: `GET /timetable/${rng.pick(['bodo', 'moskenes', 'lofoten'])} took ${rng.int(3, 90)}ms`,
        logger: 'filters.LoggingFilter',
      }),
      () => ({ app: `cache miss for route ${rng.int(10, 99)}`, logger: 'services.RouteCache', level: 'DEBUG' }),
      () => ({ app: `GET /assets/javascripts/main.js took ${rng.int(1, 9)}ms`, logger: 'filters.LoggingFilter' }),
      () => ({
        app: `Hikari pool stats (total=10, active=${rng.int(0, 6)}, idle=${rng.int(3, 10)}, waiting=0)`,
        logger: 'com.zaxxer.hikari.pool.HikariPool',
        level: 'DEBUG',
      }),
    ])();
  const steps = [
    6,
    plant(
      'oauth-code',
      'mastodon-code-error-handler',
      'warning',
      `${WHY.code} A Mastodon instance's 43-character code, in the default error handler's \`for (GET) [<uri>]\` line (no time on it).`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            method: 'GET',
            path: '/auth/mastodon/callback',
            query: `code=${code}&state=${rng.hex(24)}`,
            error: 'NoSuchElementException: None.get',
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'play-csrf-token',
      'none',
      "Play's CSRF token (`csrfToken=<hex>-<timestamp>-<hex>`) in a logged form: anti-forgery, bound to the session, no credential.",
      ({ rng, t }) => {
        const token = `${rng.hex(40)}-${t}-${rng.hex(24)}`;
        return {
          value: token,
          event: {
            app: `form errors on /account/profile: Map(csrfToken -> List(${token}), nickname -> List())`,
            logger: 'controllers.AccountController',
            level: 'WARN',
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'id_token_hint-expired-logout',
      'note',
      'An `id_token_hint` in the logout URL the controller logs, expired three hours before (RP-Initiated Logout accepts expired hints): no longer usable',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 4 * 3600,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: 'https://id.fjord-d.example', aud: 'ferry-web', sub: rng.uuid() },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            app: `redirecting to https://id.fjord-d.example/oidc/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fferry.fjord-d.example%2F`,
            logger: 'controllers.OidcController',
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'scala-querystring-map',
      'error',
      "Play's `request.queryString` printed by a debug line: a Scala `Map(access_token -> List(<token>), …)` of an API client that sent its token in the query",
      ({ rng }) => {
        const token = rng.alnum(48);
        return {
          value: token,
          event: {
            app: `query: Map(route -> List(bodo-moskenes), access_token -> List(${token}), lang -> List(nb))`,
            logger: 'controllers.ApiController',
            level: 'DEBUG',
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'play-headers-list-hubspot-pat',
      'error',
      "Play's `request.headers` printed as a list of pairs (`List((Host,…), (Authorization,Bearer pat-na1-<uuid>))`): a HubSpot private app token",
      ({ rng }) => {
        const token = `pat-na1-${rng.uuid()}`;
        return {
          value: token,
          event: {
            app: `webhook headers: List((Host,ferry.fjord-d.example), (Content-Type,application/json), (Authorization,Bearer ${token}), (X-Request-Id,${rng.uuid()}))`,
            logger: 'controllers.CrmController',
            level: 'DEBUG',
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'PLAY_SESSION-jwt-cookie-no-exp',
      'error',
      "Play's session cookie is a JWT (`PLAY_SESSION=<JWT>` with a `data` claim); Play sets no `exp` unless `play.http.session.jwt.expiresAfter` is set. Logged in a Cookie header, whoever replays it is the user",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          age: 7200,
          claims: { data: { username: rng.pick(['marit', 'ola', 'kari']), csrfToken: rng.hex(40) }, nbf: sec(t) - 7200 },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { app: `Cookie: PLAY_SESSION=${token.token}; lang=nb`, logger: 'filters.LoggingFilter', level: 'DEBUG' },
        };
      },
    ),
    5,
    plant(
      'negative',
      'play-assets-fingerprint',
      'none',
      'A Play assets fingerprint (`/assets/javascripts/<md5>-main.js`, `AssetsFinder`): a content hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { app: `GET /assets/javascripts/${h}-main.js took 2ms`, logger: 'filters.LoggingFilter' } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'ferry.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vertx-web.log: Vert.x 4 Web's `LoggerHandler.create(LoggerFormat.DEFAULT)` through java.util.logging's
// SimpleFormatter (a first line `<MMM dd, yyyy h:mm:ss a> <class> <method>`, then `INFO: <client> - - [<RFC 1123 time>]
// "<METHOD> <uri> <version>" <status> <length> "<referrer>" "<user agent>"`).
// https://vertx.io/docs/apidocs/io/vertx/ext/web/handler/LoggerFormat.html,
// https://docs.oracle.com/en/java/javase/21/docs/api/java.logging/java/util/logging/SimpleFormatter.html

function vertxLog(rng) {
  const render = (e) => [
    `${julTime(e.t)} io.vertx.ext.web.handler.impl.LoggerHandlerImpl doLog`,
    `INFO: ${e.ip} - - [${new Date(e.t).toUTCString()}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/berths', query: `harbour=${rng.pick(['svolvaer', 'reine', 'henningsvaer'])}` }),
      () => ({ path: `/api/berths/${rng.int(1, 80)}/bookings` }),
      () => ({ path: '/health', ip: '10.2.0.9', ua: 'kube-probe/1.34' }),
      () => ({ path: '/', referer: 'https://www.fjord-d.example/' }),
    ])();
  const steps = [
    6,
    plant(
      'id-token',
      'id_token-query-1h',
      'error',
      'An `id_token` a front-channel proxy turned from a `form_post` into a GET query, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 30,
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: 'https://id.fjord-d.example', aud: 'berths', sub: rng.uuid(), nonce: rng.b64url(22) },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/auth/oidc/complete', query: `id_token=${token.token}&state=${rng.hex(16)}`, status: 302, bytes: 0 },
        };
      },
    ),
    5,
    plant(
      'negative',
      'status-code-without-state',
      'none',
      'A `code=` that is an HTTP status filter (`/api/audit?code=404`), no OAuth code: no state, three digits.',
      () => ({
        value: 'code=404',
        event: { path: '/api/audit', query: 'code=404&limit=50' },
      }),
    ),
    5,
    plant(
      'api-key-name',
      'auth_token-query',
      'error',
      `${WHY.apiKey('auth_token')} A harbour sensor posts with \`auth_token=<40 alnum>\` in the query.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            method: 'POST',
            path: '/api/sensors/ingest',
            query: `sensor=${rng.int(100, 999)}&auth_token=${key}`,
            ua: 'ESP32HTTPClient',
            status: 204,
            bytes: 0,
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'account-delete-confirm-token',
      'error',
      WHY.pathSecret('An account deletion confirmation link (`/account/delete/confirm/<token>`): whoever follows it deletes the account'),
      ({ rng }) => {
        const token = rng.b64url(32);
        return { value: token, event: { path: `/account/delete/confirm/${token}`, referer: '-' } };
      },
    ),
    5,
    plant(
      'encoded',
      'url-as-path-segment-percent-encoded',
      'error',
      'A whole upstream URL percent-encoded into one path segment of a fetch proxy (`/proxy/https%3a%2f%2f…%3fapi_key%3d<key>`): one decoding away from `?api_key=<key>`',
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: { path: `/proxy/https%3a%2f%2fapi.weather-v.example%2fv1%2fforecast%3flat%3d68.2%26lon%3d14.5%26api_key%3d${key}` },
        };
      },
    ),
    5,
    plant(
      'negative',
      'msclkid-referer',
      'none',
      "Microsoft Advertising's click id (`msclkid=<32 hex>`) in a landing page's Referer: an ad click id, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: { path: '/api/offers', referer: `https://www.fjord-d.example/winter?msclkid=${id}&utm_source=bing&utm_medium=cpc` },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'spotify-code-long',
      'warning',
      `${WHY.code} Spotify's long \`AQ…\` code (Vert.x's OAuth2AuthHandler callback).`,
      ({ rng }) => {
        const code = `AQ${rng.b64url(250)}`;
        return { value: code, event: { path: '/callback', query: `code=${code}&state=${rng.alnum(16)}`, status: 302, bytes: 0 } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'berths.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lambda-node.log: an AWS Lambda function (Node.js 22, function URL) as CloudWatch Logs holds it: `START RequestId: <id>
// Version: $LATEST`, the runtime's console lines `<ISO time>\t<id>\t<LEVEL>\t<message>`, `END`, and `REPORT` with the
// durations. The handler logs the function URL event (payload 2.0) with `JSON.stringify`.
// https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html, https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html

function lambdaLog(rng) {
  const render = (e, rng) => {
    const id = rng.uuid();
    const msg =
      e.app ??
      `event ${JSON.stringify({ version: '2.0', routeKey: '$default', rawPath: e.path, rawQueryString: e.query, headers: { host: e.host, 'user-agent': e.ua, 'x-amzn-trace-id': `Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}`, 'x-forwarded-for': e.ip, ...(e.headers ?? {}) }, ...(e.qsp ? { queryStringParameters: e.qsp } : {}), requestContext: { http: { method: e.method, path: e.path, protocol: 'HTTP/1.1', sourceIp: e.ip }, requestId: id, timeEpoch: e.t } })}`;
    const dur = rng.int(2, 300) + rng.int(0, 99) / 100;
    return [
      `START RequestId: ${id} Version: $LATEST`,
      `${iso(e.t)}\t${id}\t${e.level ?? 'INFO'}\t${msg}`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: ${dur.toFixed(2)} ms\tBilled Duration: ${Math.ceil(dur)} ms\tMemory Size: 512 MB\tMax Memory Used: ${rng.int(80, 140)} MB`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/tickets', query: `route=${rng.pick(['bodo', 'reine'])}&date=2026-12-${pad(rng.int(9, 30))}` }),
      () => ({ app: `cache warm, ${rng.int(10, 80)} routes` }),
      () => ({ path: `/tickets/${rng.uuid()}`, query: '' }),
    ])();
  const steps = [
    4,
    plant(
      'implicit-fragment',
      'lambda-response-location-fragment',
      'error',
      'The handler logs the response it returns: a 302 whose `location` carries `#access_token=<JWT>` (an implicit-flow hand-off to the app), valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 5, claims: { sub: rng.uuid(), scope: 'tickets:read tickets:write' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            app: `response ${JSON.stringify({ statusCode: 302, headers: { location: `https://app.ferry-l.example/#access_token=${token.token}&token_type=Bearer&expires_in=3600` } })}`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'stripe-signature-header',
      'none',
      'A `stripe-signature: t=<time>,v1=<hex>` header in a logged webhook event: an HMAC over this one payload and time, no reusable credential.',
      ({ rng, t }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            method: 'POST',
            path: '/stripe',
            query: '',
            ua: 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
            headers: { 'stripe-signature': `t=${sec(t)},v1=${sig}` },
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'nextauth-session-token-jwe-cookie',
      'error',
      "The event's `cookie` header carries Auth.js' `__Secure-authjs.session-token=<JWE>` (five segments, encrypted): the user's session, replayable as it is",
      ({ rng }) => {
        const jwe = [
          b64urlOf(JSON.stringify({ alg: 'dir', enc: 'A256CBC-HS512', kid: rng.b64url(20) })),
          '',
          rng.b64url(22),
          rng.b64url(420),
          rng.b64url(43),
        ].join('.');
        return {
          value: jwe,
          event: {
            path: '/me',
            query: '',
            headers: { cookie: `__Secure-authjs.session-token=${jwe}; __Host-authjs.csrf-token=${rng.hex(64)}%7C${rng.hex(64)}` },
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'x-hasura-admin-secret-header',
      'error',
      `${WHY.apiKey('x-hasura-admin-secret')} Hasura's admin secret in a request header the event keeps: full access to the GraphQL engine.`,
      ({ rng }) => {
        const key = rng.alnum(48);
        return {
          value: key,
          event: {
            method: 'POST',
            path: '/graphql-proxy',
            query: '',
            ua: 'node',
            headers: { 'x-hasura-admin-secret': key, 'content-type': 'application/json' },
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'view_ticket-jwt-jti',
      'note',
      WHY.ticketFirst('A JWT `view_ticket` with a jti, valid 120 s (one boarding pass view)'),
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 120, age: 4, jti: true, claims: { sub: rng.uuid(), pass: rng.int(100000, 999999) } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/pass', query: `view_ticket=${token.token}`, ip: '198.51.100.88', qsp: { view_ticket: token.token } },
        };
      },
      { ref: 'view' },
    ),
    plant(
      'replay',
      'view_ticket-jwt-jti',
      'replay',
      WHY.replay('view_ticket', 45),
      ({ refs, t }) => ({
        value: refs.get('view').value,
        jwt: factsAt(refs.get('view').value, t),
        event: {
          path: '/pass',
          query: `view_ticket=${refs.get('view').value}`,
          ip: '203.0.113.19',
          ua: BROWSERS[2],
          qsp: { view_ticket: refs.get('view').value },
        },
      }),
      { replayOf: 'view', after: 45 },
    ),
    3,
    plant(
      'framework-dump',
      'function-url-queryStringParameters-password',
      'error',
      "A function URL event's `queryStringParameters` map (and `rawQueryString` beside it) holding a kiosk's `password` sent in the query",
      ({ rng }) => {
        const password = rng.alnum(18);
        return {
          value: password,
          event: { path: '/kiosk/login', query: `user=kiosk-${rng.int(1, 9)}&password=${password}`, qsp: { user: 'kiosk', password } },
        };
      },
    ),
    3,
    plant(
      'negative',
      'xray-trace-header-value',
      'none',
      'An AWS X-Ray trace header (`Root=1-<time>-<24 hex>;Parent=…;Sampled=0`) the handler logs alone: a trace id, no credential.',
      ({ rng, t }) => {
        const root = `1-${sec(t).toString(16)}-${rng.hex(24)}`;
        return { value: root, event: { app: `trace Root=${root};Parent=${rng.hex(16)};Sampled=0`, level: 'DEBUG' } };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 5 * HOUR,
    site: { host: `${rng.lowerNum(32)}.lambda-url.eu-north-1.on.aws`, api: true },
    filler,
    render,
    steps,
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// zeek-http.log: Zeek 7 http.log, TSV with its `#` header (ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth
// method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code
// info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames
// resp_mime_types), `HTTP::default_capture_password` on; a sensor on a campus uplink (plain HTTP only).
// https://docs.zeek.org/en/current/logs/http.html, https://docs.zeek.org/en/current/scripts/base/protocols/http/main.zeek.html

function zeekLog(rng) {
  const fields =
    'ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer version user_agent origin request_body_len response_body_len status_code status_msg info_code info_msg tags username password proxied orig_fuids orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types'.split(
      ' ',
    );
  const types =
    'time string addr port addr port count string string string string string string string count count count string count string set[enum] string string set[string] vector[string] vector[string] vector[string] vector[string] vector[string] vector[string]'.split(
      ' ',
    );
  const header = [
    '#separator \\x09',
    '#set_separator\t,',
    '#empty_field\t(empty)',
    '#unset_field\t-',
    '#path\thttp',
    `#open\t${iso(DAY0 + 6 * HOUR)
      .slice(0, 19)
      .replace('T', '-')
      .replace(/:/g, '-')}`,
    `#fields\t${fields.join('\t')}`,
    `#types\t${types.join('\t')}`,
  ];
  const msg = { 200: 'OK', 302: 'Found', 304: 'Not Modified', 401: 'Unauthorized' };
  const render = (e, rng) => [
    [
      epochMicros(e.t, rng),
      `C${rng.alnum(17)}`,
      e.ip.replace(/^(192\.0\.2|198\.51\.100|203\.0\.113)/, '10.40.7'),
      rng.int(40000, 65000),
      e.server ?? '192.0.2.80',
      80,
      1,
      e.method,
      e.host,
      target(e),
      e.referer,
      '1.1',
      e.ua,
      '-',
      0,
      e.bytes,
      e.status,
      msg[e.status] ?? 'OK',
      '-',
      '-',
      '(empty)',
      e.username ?? '-',
      e.password ?? '-',
      '-',
      '-',
      '-',
      '-',
      `F${rng.alnum(17)}`,
      '-',
      e.mime ?? 'text/html',
    ].join('\t'),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'www.msftconnecttest.com', path: '/connecttest.txt', ua: 'Microsoft NCSI', mime: 'text/plain', bytes: 22 }),
      () => ({
        host: 'archive.ubuntu.com',
        path: `/ubuntu/pool/main/o/openssl/libssl3t64_3.0.13-0ubuntu3.${rng.int(5, 7)}_amd64.deb`,
        ua: 'Debian APT-HTTP/1.3 (2.8.3)',
        mime: 'application/vnd.debian.binary-package',
        bytes: rng.int(100000, 2000000),
      }),
      () => ({ host: 'intranet.campus-z.example', path: `/news/${rng.int(100, 999)}` }),
      () => ({ host: 'detectportal.firefox.com', path: '/canonical.html', ua: BROWSERS[3], bytes: 90 }),
    ])();
  const steps = [
    6,
    plant(
      'header-dump',
      'zeek-password-column',
      'error',
      "Zeek decodes a Basic `Authorization` header into its `username` and `password` columns when `HTTP::default_capture_password` is on: the printer's admin password in clear.",
      ({ rng }) => {
        const password = rng.alnum(14);
        return {
          value: password,
          event: {
            host: 'printer-3.campus-z.example',
            path: '/hp/device/DeviceStatus/Index',
            username: 'admin',
            password,
            server: '192.0.2.133',
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'ocsp-get-request-base64',
      'none',
      'An OCSP request sent with GET (`/<base64 DER of the OCSP request>`): a certificate serial query, public, no credential.',
      ({ rng }) => {
        const der = `MFMwUTBPME0wSzAJBgUrDgMCGgUABBQ${rng.b64url(40).replace(/[-_]/g, 'A')}AhA${rng.b64url(20).replace(/[-_]/g, 'B')}`;
        return {
          value: der,
          event: {
            host: 'ocsp.ca-z.example',
            path: `/${der}`,
            ua: 'Microsoft-CryptoAPI/10.0',
            mime: 'application/ocsp-response',
            bytes: 471,
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'salesforce-code-referer',
      'warning',
      `${WHY.code} Salesforce's \`aPrx…\` code in the Referer of an image the callback page loads over plain HTTP.`,
      ({ rng }) => {
        const code = `aPrx${rng.b64url(80).replace(/[-_]/g, 'x')}`;
        return {
          value: code,
          event: {
            host: 'static.campus-z.example',
            path: '/img/logo.png',
            referer: `http://crm.campus-z.example/oauth/callback?code=${code}&state=${rng.hex(20)}`,
            mime: 'image/png',
            bytes: 9120,
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'embed-slide-120s-no-jti',
      'warning',
      "A slide deck's JWT in the path (`/embed/slide/<JWT>`), short-lived and without jti",
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 120, age: 10, claims: { deck: rng.int(100, 999) } });
        return { value: token.token, jwt: token.facts, event: { host: 'slides.campus-z.example', path: `/embed/slide/${token.token}` } };
      },
    ),
    5,
    plant(
      'session-id',
      'MoodleSession-query',
      'error',
      WHY.session("Moodle's session id passed in the query (`MoodleSession=<26 alnum>`) by a mobile web view over plain HTTP"),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return {
          value: sid,
          event: { host: 'moodle.campus-z.example', path: '/course/view.php', query: `id=${rng.int(10, 900)}&MoodleSession=${sid}` },
        };
      },
    ),
    5,
    plant(
      'negative',
      'ttclid-click-id',
      'none',
      "TikTok's click id (`ttclid=`) on a landing page: an ad click id, no credential.",
      ({ rng }) => {
        const id = rng.b64url(40);
        return { value: id, event: { host: 'intranet.campus-z.example', path: '/apply', query: `ttclid=${id}` } };
      },
    ),
    5,
    plant(
      'path-secret',
      'meeting-join-pwd',
      'error',
      WHY.pathSecret(
        'A meeting join link with its password (`/j/<meeting id>?pwd=<32 alnum>`): whoever has it joins without the waiting password',
      ),
      ({ rng }) => {
        const pwd = rng.alnum(32);
        return { value: pwd, event: { host: 'meet.campus-z.example', path: `/j/${digits(rng, 11)}`, query: `pwd=${pwd}.1` } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'intranet.campus-z.example' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// suricata-eve.json: Suricata 8 EVE JSON `http` events (`timestamp` with `+0000`, `flow_id`, `src_ip`, `http.hostname`,
// `http.url`, `http.http_refer`, `http.http_user_agent`, and `http.request_headers` with `dump-all-headers: request`).
// https://docs.suricata.io/en/latest/output/eve/eve-json-format.html#event-type-http

function suricataLog(rng) {
  const render = (e, rng) => {
    const http = {
      hostname: e.host,
      url: target(e),
      http_user_agent: e.ua,
      ...(e.referer !== '-' ? { http_refer: e.referer } : {}),
      http_content_type: 'text/html',
      http_method: e.method,
      protocol: 'HTTP/1.1',
      status: e.status,
      length: e.bytes,
    };
    if (e.headers)
      http.request_headers = [
        { name: 'Host', value: e.host },
        ...e.headers.map(([name, value]) => ({ name, value })),
        { name: 'User-Agent', value: e.ua },
      ];
    return [
      JSON.stringify({
        timestamp: `${iso(e.t).slice(0, 23)}${digits(rng, 3)}+0000`,
        flow_id: Number(digits(rng, 15)),
        in_iface: 'ens5',
        event_type: 'http',
        src_ip: e.ip,
        src_port: e.port,
        dest_ip: '10.8.1.20',
        dest_port: 80,
        proto: 'TCP',
        tx_id: 0,
        http,
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/v1/fleet', query: `page=${rng.int(1, 4)}` }),
      () => ({ path: `/api/v1/vessels/${rng.int(100, 999)}/position` }),
      () => ({ path: '/status' }),
    ])();
  const steps = [
    6,
    plant(
      'header-dump',
      'eve-request_headers-bearer-jwt',
      'error',
      "Suricata's `dump-all-headers` keeps `Authorization: Bearer <JWT>` in `http.request_headers` (plain HTTP between the balancer and the service), valid 1 h",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 200,
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { sub: rng.uuid(), scope: 'fleet:read' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/api/v1/fleet',
            headers: [
              ['Authorization', `Bearer ${token.token}`],
              ['Accept', 'application/json'],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'eve-if-none-match-weak-etag',
      'none',
      'A weak ETag in `If-None-Match: W/"<hex>"` among the dumped headers: a cache validator, no credential.',
      ({ rng }) => {
        const etag = rng.hex(40);
        return { value: etag, event: { path: '/api/v1/ports', headers: [['If-None-Match', `W/"${etag}"`]] } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'refresh_token-get-token-endpoint',
      'error',
      `${WHY.refresh} An embedded client refreshes with a GET (\`/oauth/token?grant_type=refresh_token&refresh_token=<64 alnum>\`) over plain HTTP.`,
      ({ rng }) => {
        const token = rng.alnum(64);
        return {
          value: token,
          event: {
            path: '/oauth/token',
            query: `grant_type=refresh_token&refresh_token=${token}&client_id=bridge-display`,
            ua: 'ESP-IDF/5.3',
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'apps-script-web-app-exec',
      'error',
      WHY.webhook('A Google Apps Script web app deployment (`/macros/s/<deployment id>/exec`) used as a webhook into a spreadsheet'),
      ({ rng }) => {
        const id = `AKfycb${rng.b64url(66)}`;
        return { value: id, event: { method: 'POST', path: `/macros/s/${id}/exec`, host: 'script.google.com', query: 'sheet=arrivals' } };
      },
    ),
    5,
    plant(
      'replay',
      'claim_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `claim_ticket` (a deck screen claims a vessel once)'),
      ({ rng }) => {
        const ticket = rng.b64url(32);
        return { value: ticket, event: { path: '/api/v1/claim', query: `claim_ticket=${ticket}`, ip: '198.51.100.140' } };
      },
      { ref: 'claim' },
    ),
    plant(
      'replay',
      'claim_ticket-opaque',
      'replay',
      WHY.replay('claim_ticket', 60),
      ({ refs }) => ({
        value: refs.get('claim').value,
        event: {
          path: '/api/v1/claim',
          query: `claim_ticket=${refs.get('claim').value}`,
          ip: '203.0.113.71',
          ua: 'python-requests/2.32.5',
        },
      }),
      { replayOf: 'claim', after: 60 },
    ),
    5,
    plant(
      'api-key-name',
      'X-Gravitee-Api-Key-header',
      'error',
      `${WHY.apiKey('X-Gravitee-Api-Key')} Gravitee's API key header in the dumped request headers.`,
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          event: {
            path: '/api/v1/tides',
            headers: [
              ['X-Gravitee-Api-Key', key],
              ['Accept', 'application/json'],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'cloudinary-signature-segment',
      'none',
      "A Cloudinary signed delivery URL's `s--<8 chars>--` component: a signature over this transformation, no credential.",
      ({ rng }) => {
        const sig = rng.b64url(8);
        return {
          value: sig,
          needle: `s--${sig}--`,
          event: {
            path: `/fjord/image/upload/s--${sig}--/c_fill,w_400/v${digits(rng, 10)}/vessels/${rng.int(100, 999)}.jpg`,
            host: 'res.cloudinary.com',
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'fleet.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// postgresql.log: PostgreSQL 17's stderr log with `log_line_prefix = '%m [%p] %q%u@%d '` and `log_statement = 'mod'`,
// `log_min_duration_statement = 0` on one database (`duration: … ms  execute <unnamed>: …` with `DETAIL:  parameters:`),
// and an error's `DETAIL:` and `STATEMENT:` lines.
// https://www.postgresql.org/docs/17/runtime-config-logging.html

function postgresLog(rng) {
  const pgTime = (ms) => `${iso(ms).slice(0, 23).replace('T', ' ')} UTC`;
  const render = (e, rng) => {
    const who = e.who ?? 'app@ferries';
    const prefix = `${pgTime(e.t)} [${e.pid ?? rng.int(1000, 99999)}] ${who ? `${who} ` : ''}`;
    return e.pg.map((line) => prefix + line);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        pg: [
          `LOG:  duration: ${rng.int(0, 9)}.${digits(rng, 3)} ms  execute <unnamed>: SELECT id, name, departs_at FROM departures WHERE route_id = $1 ORDER BY departs_at LIMIT 20`,
          `DETAIL:  parameters: $1 = '${rng.int(1, 40)}'`,
        ],
      }),
      () => ({ pg: [`LOG:  statement: UPDATE vessels SET last_seen = now() WHERE id = ${rng.int(1, 90)}`] }),
      () => ({
        who: '[unknown]@[unknown]',
        pg: [`LOG:  connection received: host=10.8.1.${rng.int(2, 90)} port=${rng.int(30000, 60000)}`],
      }),
      () => ({
        pg: [
          `LOG:  checkpoint complete: wrote ${rng.int(10, 900)} buffers (${rng.int(0, 5)}.${rng.int(0, 9)}%); 0 WAL file(s) added, 0 removed, 1 recycled`,
        ],
        who: '',
      }),
    ])();
  const steps = [
    6,
    plant(
      'webhook',
      'slack-url-insert-literal',
      'error',
      WHY.webhook("A Slack incoming webhook URL stored by an `INSERT` that `log_statement = 'mod'` writes with its literals"),
      ({ rng }) => {
        const secret = rng.alnum(24);
        return {
          value: secret,
          event: {
            pg: [
              `LOG:  statement: INSERT INTO integrations (team_id, kind, url) VALUES (${rng.int(1, 50)}, 'slack', 'https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${secret}')`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'sha256-token-hash-literal',
      'none',
      "A lookup by the SHA-256 of an API token (`WHERE token_sha256 = '<64 hex>'`): the server stores and logs the hash, not the token.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            pg: [
              `LOG:  duration: 0.${digits(rng, 3)} ms  statement: SELECT user_id FROM api_tokens WHERE token_sha256 = '${h}' AND revoked_at IS NULL`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'bind-parameters-detail',
      'error',
      "The ORM's bind parameters in `DETAIL:  parameters: $1 = '…', $2 = '<token>'`: a personal API token written into a lookup table (the statement itself has `$2`)",
      ({ rng }) => {
        const token = `fk_${rng.alnum(40)}`;
        return {
          value: token,
          event: {
            pg: [
              `LOG:  duration: 1.${digits(rng, 3)} ms  execute <unnamed>: INSERT INTO personal_tokens (user_email, token, created_at) VALUES ($1, $2, now())`,
              `DETAIL:  parameters: $1 = 'kari@fjord-d.example', $2 = '${token}'`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'django-session-key-literal',
      'error',
      WHY.session("A Django `session_key` (32 lowercase alnum) in a logged `SELECT … FROM django_session WHERE session_key = '…'`"),
      ({ rng }) => {
        const sid = rng.lowerNum(32);
        return {
          value: sid,
          event: {
            who: 'web@booking',
            pg: [
              `LOG:  duration: 0.${digits(rng, 3)} ms  statement: SELECT session_data, expire_date FROM django_session WHERE session_key = '${sid}' AND expire_date > '${iso(DAY0).slice(0, 10)} 00:00:00+00'`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'reset-token-unique-violation',
      'error',
      WHY.pathSecret(
        'A password reset token in a unique-constraint error: the `DETAIL:  Key (token)=(<token>)` line and the `STATEMENT:` line that inserted it',
      ),
      ({ rng }) => {
        const token = rng.b64url(40);
        const pid = rng.int(1000, 99999);
        return {
          value: token,
          event: {
            pid,
            pg: [
              'ERROR:  duplicate key value violates unique constraint "password_resets_token_key"',
              `DETAIL:  Key (token)=(${token}) already exists.`,
              `STATEMENT:  INSERT INTO password_resets (email, token, expires_at) VALUES ('ola@fjord-d.example', '${token}', now() + interval '2 hours')`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'failed-password-auth-user',
      'none',
      'A failed password authentication names the role only (`password authentication failed for user "report_ro"`): no credential.',
      () => ({
        value: 'user "report_ro"',
        event: {
          who: 'report_ro@ferries',
          pg: [
            'FATAL:  password authentication failed for user "report_ro"',
            'DETAIL:  Connection matched file "/etc/postgresql/17/main/pg_hba.conf" line 118: "host all all 10.8.0.0/16 scram-sha-256"',
          ],
        },
      }),
    ),
    5,
    plant(
      'encoded',
      'bytea-hex-json-literal',
      'error',
      'A `bytea` literal in PostgreSQL\'s hex form (`\'\\x7b22…\'`) holding a JSON settings blob `{"apiKey":"<key>"}`: one hex decoding away from the key',
      ({ rng }) => {
        const key = rng.alnum(32);
        const hex = Buffer.from(JSON.stringify({ provider: 'ais-feed', apiKey: key })).toString('hex');
        return { value: key, needle: hex, event: { pg: [`LOG:  statement: UPDATE feed_settings SET blob = '\\x${hex}' WHERE id = 1`] } };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'db' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gitea.log: Gitea 1.24's log (`2006/01/02 15:04:05 <file>:<line>:<func>() [<L>] <message>`): the router's `completed`
// lines, a `slow` warning before the `completed` line of a slow request, and the webhook deliverer's errors.
// https://docs.gitea.com/administration/logging-config

function giteaLog(rng) {
  const render = (e) => {
    if (e.app) return [`${goTime(e.t)} ${e.app}`];
    const done = `${goTime(e.t)} ...eb/routing/logger.go:102:func1() [I] router: completed ${e.method} ${target(e)} for ${e.ip}:0, ${e.status} ${e.status === 200 ? 'OK' : e.status === 302 ? 'Found' : 'Unauthorized'} in ${e.ms}.${pad(e.bytes % 10, 1)}ms @ ${e.handler ?? 'repo/view.go:1181(repo.Home)'}`;
    if (!e.slow) return [done];
    return [
      `${goTime(e.t - 3000)} ...eb/routing/logger.go:68:func1() [W] router: slow      ${e.method} ${target(e)} for ${e.ip}:0, elapsed 3001.${e.ms}ms @ ${e.handler}`,
      done,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/fjord/ferry-api/src/branch/main/${rng.pick(['cmd', 'internal', 'docs'])}` }),
      () => ({ path: '/user/events', handler: 'events/events.go:18(events.Events)' }),
      () => ({ path: `/fjord/ferry-api/pulls/${rng.int(10, 200)}`, handler: 'repo/pull.go:402(repo.ViewPullCommits)' }),
      () => ({ app: `...ices/cron/tasks.go:141:GetTask() [I] Running Cron: update_mirrors` }),
    ])();
  const steps = [
    6,
    plant(
      'api-key-name',
      'gitea-access_token-query-slow',
      'error',
      `${WHY.apiKey('access_token')} A Gitea personal access token (40 hex) in the query of an API call the router writes twice (\`slow\`, then \`completed\`).`,
      ({ rng }) => {
        const token = rng.hex(40);
        return {
          value: token,
          event: {
            path: '/api/v1/repos/fjord/ferry-api/archive/main.zip',
            query: `access_token=${token}`,
            handler: 'repo/file.go:312(repo.GetArchive)',
            slow: true,
            ua: 'curl/8.17.0',
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'commit-sha-path',
      'none',
      'A commit SHA-1 in a path (`/commit/<40 hex>`): a content hash, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { path: `/fjord/ferry-api/commit/${sha}`, handler: 'repo/commit.go:275(repo.Diff)' } };
      },
    ),
    5,
    plant(
      'webhook',
      'packagist-hook-apiToken',
      'error',
      WHY.webhook("Gitea's Packagist webhook URL (`/api/update-package?username=…&apiToken=<token>`) in the deliverer's error"),
      ({ rng }) => {
        const token = rng.alnum(20);
        return {
          value: token,
          event: {
            app: `...vices/webhook/deliver.go:244:Deliver() [E] Unable to deliver webhook task[${rng.int(100, 999)}]: Post "https://packagist.org/api/update-package?username=fjord&apiToken=${token}": dial tcp: lookup packagist.org: i/o timeout`,
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'gitea-activate-email-code',
      'error',
      WHY.pathSecret("Gitea's e-mail activation link (`/user/activate_email?code=<time-limit code>&email=…`)"),
      ({ rng, t }) => {
        const code = `${iso(t).slice(0, 16).replace(/[-T:]/g, '')}0180${rng.hex(40)}${rng.hex(16)}`;
        return {
          value: code,
          event: {
            path: '/user/activate_email',
            query: `code=${code}&email=ola%40fjord-d.example`,
            status: 302,
            handler: 'auth/auth.go:793(auth.ActivateEmail)',
          },
        };
      },
    ),
    5,
    plant('negative', 'search-word-token', 'none', 'A code search for the word `token` (`q=token`): a word, no value.', () => ({
      value: 'q=token&fuzzy=false',
      event: { path: '/fjord/ferry-api/search', query: 'q=token&fuzzy=false', handler: 'repo/search.go:39(repo.Search)' },
    })),
    5,
    plant(
      'encoded',
      'migrate-clone-url-userinfo-percent-encoded',
      'error',
      "A migration's clone address percent-encoded in the query (`clone_addr=https%3A%2F%2Foauth2%3A<token>%40gitlab…`): a GitLab token as the URL's password, one decoding away",
      ({ rng }) => {
        const token = `glpat-${rng.b64url(20)}`;
        return {
          value: token,
          event: {
            path: '/repo/migrate',
            query: `type=gitlab&clone_addr=https%3A%2F%2Foauth2%3A${token}%40gitlab.com%2Ffjord%2Fchart.git`,
            handler: 'repo/migrate.go:147(repo.Migrate)',
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'git.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// keycloak.log: Keycloak 26 console log (`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`) with events logged by
// `org.keycloak.events` (`type="…", realmId="…", …`) and the HTTP access log (`--http-access-log-enabled`, pattern
// `common`, category `io.quarkus.http.access-log`).
// https://www.keycloak.org/server/logging, https://www.keycloak.org/server/all-config#category-http-access-log

function keycloakLog(rng) {
  const realm = rng.uuid();
  const render = (e, rng) => {
    const thread = `executor-thread-${rng.int(1, 40)}`;
    if (e.app) return [`${commaTime(e.t)} ${(e.level ?? 'INFO').padEnd(5)} [${e.logger}] (${thread}) ${e.app}`];
    return [
      `${commaTime(e.t)} INFO  [io.quarkus.http.access-log] (${thread}) ${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/realms/fjord/protocol/openid-connect/certs' }),
      () => ({ path: '/realms/fjord/.well-known/openid-configuration' }),
      () => ({ method: 'POST', path: '/realms/fjord/protocol/openid-connect/token' }),
      () => ({ path: `/resources/${rng.lowerNum(5)}/login/keycloak.v2/css/styles.css` }),
    ])();
  const steps = [
    6,
    plant(
      'implicit-fragment',
      'event-redirect_uri-fragment',
      'error',
      'A `LOGIN_ERROR` event (`invalid_redirect_uri`) writes the `redirect_uri` a client sent, which carried an earlier `#access_token=<JWT>` it had kept in its return URL, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 600,
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss: 'https://id.fjord-d.example/realms/fjord', azp: 'tickets-spa', sub: rng.uuid(), typ: 'Bearer' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            level: 'WARN',
            logger: 'org.keycloak.events',
            app: `type="LOGIN_ERROR", realmId="${realm}", realmName="fjord", clientId="tickets-spa", userId="null", sessionId="null", ipAddress="198.51.100.30", error="invalid_redirect_uri", redirect_uri="https://tickets.fjord-d.example/#access_token=${token.token}&token_type=Bearer"`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'event-sessionId-uuid',
      'none',
      'A Keycloak event\'s `sessionId="<uuid>"`: the server-side session\'s id, which logs nobody in without the signed KEYCLOAK_IDENTITY cookie.',
      ({ rng }) => {
        const sid = rng.uuid();
        return {
          value: sid,
          event: {
            logger: 'org.keycloak.events',
            level: 'DEBUG',
            app: `type="LOGIN", realmId="${realm}", realmName="fjord", clientId="account-console", userId="${rng.uuid()}", sessionId="${sid}", ipAddress="192.0.2.77", auth_method="openid-connect", auth_type="code", redirect_uri="https://id.fjord-d.example/realms/fjord/account/", code_id="${sid}", username="kari"`,
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'id_token_hint-expired-2d',
      'note',
      "An `id_token_hint` on Keycloak's logout endpoint in the access log, expired two days before: no longer usable",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 300,
          age: 2 * 86400 + 300,
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss: 'https://id.fjord-d.example/realms/fjord', aud: 'tickets-spa', sub: rng.uuid(), typ: 'ID' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/realms/fjord/protocol/openid-connect/logout',
            query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Ftickets.fjord-d.example%2F`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'facebook-code-broker-endpoint',
      'warning',
      `${WHY.code} Facebook's long \`AQ…\` code arriving at Keycloak's identity-broker endpoint (\`/broker/facebook/endpoint\`).`,
      ({ rng }) => {
        const code = `AQ${rng.b64url(300)}`;
        return {
          value: code,
          event: {
            path: '/realms/fjord/broker/facebook/endpoint',
            query: `code=${code}&state=${rng.b64url(43)}.${rng.b64url(11)}.${rng.b64url(22)}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'event-refresh_token_id',
      'none',
      "A `REFRESH_TOKEN` event's `refresh_token_id` and `updated_refresh_token_id`: the tokens' ids (`jti`), not the tokens.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            logger: 'org.keycloak.events',
            level: 'DEBUG',
            app: `type="REFRESH_TOKEN", realmId="${realm}", realmName="fjord", clientId="tickets-spa", userId="${rng.uuid()}", sessionId="${rng.uuid()}", ipAddress="203.0.113.90", token_id="${rng.uuid()}", grant_type="refresh_token", refresh_token_type="Refresh", scope="openid profile", refresh_token_id="${id}", updated_refresh_token_id="${rng.uuid()}", client_auth_method="client-secret"`,
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'execute-actions-action-token-12h',
      'error',
      WHY.pathSecret(
        "Keycloak's execute-actions e-mail link (`/login-actions/action-token?key=<JWT>`, update password and verify e-mail, 12 h) in the access log",
      ),
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 12 * 3600,
          age: 1800,
          alg: 'HS512',
          kid: rng.uuid(),
          claims: { sub: rng.uuid(), typ: 'execute-actions', azp: 'account', rqac: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'], asid: rng.uuid() },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/realms/fjord/login-actions/action-token', query: `key=${token.token}&client_id=account`, bytes: 4100 },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'id.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// koa.log: a Koa 2 app with koa-logger (`  <-- GET /path` when a request comes in, `  --> GET /path 200 12ms 1.2kb` when
// it leaves, no time, ANSI off) and its own `console.log` lines prefixed with the ISO time.
// https://github.com/koajs/logger

function koaLog(rng) {
  const render = (e, rng) => {
    if (e.app) return [`[${iso(e.t)}] ${e.app}`];
    const size = e.bytes < 1024 ? `${e.bytes}b` : `${(e.bytes / 1024).toFixed(1)}kb`;
    return [`  <-- ${e.method} ${target(e)}`, `  --> ${e.method} ${target(e)} ${e.status} ${e.ms}ms ${size}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/harbours' }),
      () => ({ path: `/api/harbours/${rng.int(1, 60)}/weather`, query: `units=${rng.pick(['metric', 'imperial'])}` }),
      () => ({ path: '/favicon.ico', status: 404, bytes: 9 }),
      () => ({ app: `weather cache refreshed (${rng.int(10, 60)} harbours)` }),
    ])();
  const steps = [
    6,
    plant(
      'refresh-token',
      'refresh_token-koa-in-out',
      'error',
      `${WHY.refresh} A mobile client refreshes with \`refresh_token=<token>\` in a GET query; koa-logger writes it coming in and going out (no time on either line).`,
      ({ rng }) => {
        const token = `rt_${rng.b64url(48)}`;
        return { value: token, event: { path: '/api/session/refresh', query: `refresh_token=${token}`, ua: 'okhttp/5.3.0' } };
      },
    ),
    5,
    plant(
      'negative',
      'datadog-rum-client-token',
      'none',
      'A Datadog browser client token (`pub<32 hex>`), public by design (shipped to every browser for RUM).',
      ({ rng }) => {
        const token = `pub${rng.hex(32)}`;
        return { value: token, event: { app: `rum config { clientToken: '${token}', site: 'datadoghq.eu', service: 'harbour-web' }` } };
      },
    ),
    5,
    plant(
      'webhook',
      'ringcentral-hooks-v2',
      'error',
      WHY.webhook("A RingCentral (Glip) incoming webhook URL (`hooks.ringcentral.com/webhook/v2/<token>`) in an alert sender's error"),
      ({ rng }) => {
        const token = rng.b64url(120);
        return {
          value: token,
          event: {
            app: `alert post failed: HTTPError: Response code 503 (Service Unavailable) url=https://hooks.ringcentral.com/webhook/v2/${token}`,
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'accesskey-lowercase-in-out',
      'error',
      `${WHY.apiKey('accesskey')} A camera uploader sends \`accesskey=<uuid>\`; koa-logger writes it coming in and going out.`,
      ({ rng }) => {
        const key = `${rng.uuid()}-${rng.hex(4)}`;
        return {
          value: key,
          event: { method: 'PUT', path: `/api/cams/${rng.int(1, 30)}/frame.jpg`, query: `accesskey=${key}`, status: 201, bytes: 2 },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'html-double-escaped-amp',
      'error',
      'A link copied from an HTML page escaped twice (`&amp;amp;token=<token>`): one HTML decoding away from `&amp;token=`, two from `&token=`; the value is the same key, koa-logger writes it coming in and going out',
      ({ rng }) => {
        const token = rng.alnum(40);
        return { value: token, event: { path: '/api/export.csv', query: `harbour=reine&amp;amp;token=${token}` } };
      },
    ),
    5,
    plant(
      'header-dump',
      'console-log-ctx-headers-bearer',
      'error',
      "A debug `console.log(ctx.headers)` (util.inspect of the headers object): `authorization: 'Bearer <opaque token>'`",
      ({ rng }) => {
        const token = `sk_live_${rng.alnum(24)}`;
        return {
          value: token,
          event: {
            app: `headers { host: 'harbour-k.example', 'user-agent': 'Stripe/1.0', authorization: 'Bearer ${token}', accept: '*/*' }`,
          },
        };
      },
    ),
    5,
    plant('negative', 'koa-static-cache-buster', 'none', 'A build hash as a cache buster (`?v=<git sha>`): no credential.', ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, needle: `v=${v}`, event: { app: `asset manifest: /static/app.js?v=${v} (81.2kb)` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'harbour-k.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sanic.log: Sanic 24 with its default logging config (`[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s` for
// sanic.root, and sanic.access's `[%(asctime)s] - (%(name)s)[%(levelname)s][%(host)s]: %(request)s %(message)s
// %(status)s %(byte)s`, where `request` is the method and the full URL).
// https://sanic.dev/en/guide/best-practices/logging.html

function sanicLog(rng) {
  const pid = rng.int(100, 9999);
  const sTime = (ms) => `${iso(ms).slice(0, 19).replace('T', ' ')} +0000`;
  const render = (e) => {
    if (e.app) return [`[${sTime(e.t)}] [${pid}] [${e.level ?? 'INFO'}] ${e.app}`];
    return [`[${sTime(e.t)}] - (sanic.access)[INFO][${e.ip}:${e.port}]: ${e.method} https://${e.host}${target(e)}  ${e.status} ${e.bytes}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/catches', query: `species=${rng.pick(['cod', 'haddock', 'saithe'])}` }),
      () => ({ path: `/api/boats/${rng.int(10, 99)}` }),
      () => ({ path: '/healthz', bytes: 2 }),
    ])();
  const steps = [
    6,
    plant(
      'id-token',
      'id_token-alg-none',
      'error',
      'An `id_token` with `alg: none` (unsigned) in a test callback left enabled in production: issue #14 grades it the worst kind',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 2,
          alg: 'none',
          claims: { iss: 'https://id.fjord-d.example', sub: rng.uuid(), aud: 'catch-app' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/auth/test-callback', query: `id_token=${token.token}`, status: 302, bytes: 0 },
        };
      },
    ),
    5,
    plant(
      'negative',
      'oidc-nonce-and-state',
      'none',
      'An authorization request with its `state` and `nonce` (random flow values), carrying no token.',
      ({ rng }) => {
        const nonce = rng.b64url(32);
        return {
          value: nonce,
          event: {
            path: '/auth/login',
            query: `response_type=code&client_id=catch-app&state=${rng.b64url(24)}&nonce=${nonce}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'percent-encoded-fragment-in-next',
      'error',
      'A `next=` return URL percent-encoded with the fragment of an implicit grant inside (`%23access_token%3D<JWT>`), valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 40, claims: { sub: rng.uuid(), scope: 'catches' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/login', query: `next=%2Fapp%2Fcallback%23access_token%3D${token.token}%26token_type%3DBearer` },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'embed-chart-expired-note',
      'note',
      "A chart's JWT in the path (`/embed/catch-chart/<JWT>`) of a bookmarked page, expired a day before",
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 600, age: 86400 + 600, claims: { chart: rng.int(10, 99) } });
        return { value: token.token, jwt: token.facts, event: { path: `/embed/catch-chart/${token.token}`, status: 401, bytes: 31 } };
      },
    ),
    5,
    plant(
      'encoded',
      'base64-basic-in-query',
      'error',
      'A Basic credential passed in the query as base64 (`auth=<base64 of user:password>`, the same bytes an `Authorization: Basic` header would carry): one decoding away from the password',
      ({ rng }) => {
        const b = b64Of(`harbour-master:${rng.alnum(16)}`);
        return {
          value: b,
          needle: encodeURIComponent(b),
          event: { path: '/api/reports/daily.pdf', query: `auth=${encodeURIComponent(b)}` },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'sanic-request-args-repr',
      'error',
      "The app logs Sanic's `request.args` (a `RequestParameters` dict: `{'api_key': ['<key>'], …}`)",
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: { level: 'DEBUG', app: `args={'boat': ['41'], 'api_key': ['${key}']} route=catches.list` } };
      },
    ),
    5,
    plant(
      'negative',
      'sanic-placeholder-apikey',
      'none',
      'A placeholder left in a sample call (`api_key=<YOUR_KEY>` percent-encoded): no value.',
      () => ({
        value: 'api_key=%3CYOUR_KEY%3E',
        event: { path: '/api/catches', query: 'api_key=%3CYOUR_KEY%3E', status: 401, bytes: 28 },
      }),
    ),
    6,
  ];
  return buildLog(rng, {
    start: DAY0 + 12 * HOUR,
    site: { host: 'catch-s.example', api: true },
    filler,
    render,
    steps,
    header: [
      `[${iso(DAY0 + 12 * HOUR)
        .slice(0, 19)
        .replace('T', ' ')} +0000] [${pid}] [INFO] Sanic v24.12.0`,
      `[${iso(DAY0 + 12 * HOUR)
        .slice(0, 19)
        .replace('T', ' ')} +0000] [${pid}] [INFO] Starting worker [${pid}]`,
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// gateway.log: Spring Cloud Gateway 4 (Spring Boot 3.5 console pattern) with Reactor Netty's access log
// (`-Dreactor.netty.http.server.accessLogEnabled=true`: `<addr> - - [<dd/MMM/yyyy:HH:mm:ss Z>] "<METHOD> <uri>
// <proto>" <status> <length> <ms>`), and DEBUG lines of the gateway's handler mapping and a filter.
// https://projectreactor.io/docs/netty/release/reference/http-server.html#access-log,
// https://docs.spring.io/spring-cloud-gateway/reference/spring-cloud-gateway-server-webflux/reactor-netty-access-logs.html

function gatewayLog(rng) {
  const prefix = (e, logger, level = 'INFO', thread = `reactor-http-epoll-${rng.int(1, 8)}`) =>
    `${iso(e.t)} ${level.padStart(5)} 1 --- [gateway] [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : `;
  const render = (e) => {
    if (e.app) return [prefix(e, e.logger, e.level) + e.app];
    return [
      prefix(e, 'reactor.netty.http.server.AccessLog') +
        `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} ${e.ms}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/orders/api/v1/orders', query: `page=${rng.int(0, 5)}` }),
      () => ({ path: `/catalog/api/v1/items/${rng.int(1000, 9999)}` }),
      () => ({ path: '/actuator/health', ip: '10.3.0.2' }),
      () => ({ app: `Route matched: catalog-route`, logger: 'o.s.c.g.h.RoutePredicateHandlerMapping', level: 'DEBUG' }),
    ])();
  const steps = [
    6,
    plant(
      'implicit-fragment',
      'error-page-href-fragment',
      'error',
      "A client error report the gateway's logging filter writes (`page=https://…/#/callback#access_token=<JWT>`: a hash-routed SPA with the implicit fragment after the route), valid 1 h",
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 25, alg: 'RS256', kid: rng.hex(8), claims: { sub: rng.uuid(), scope: 'orders' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            logger: 'c.f.gateway.ClientErrorFilter',
            level: 'WARN',
            app: `client error: TypeError: Cannot read properties of undefined (reading 'id') page=https://shop.fjord-d.example/#/callback#access_token=${token.token}&expires_in=3600`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'x-request-id-uuid-path',
      'none',
      'A correlation id in a path (`/orders/api/v1/requests/<uuid>/status`): an id, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { path: `/orders/api/v1/requests/${id}/status` } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'refresh-jwt-camel-query-30d',
      'error',
      `${WHY.refresh} A 30-day HS256 refresh JWT under \`rtoken=\` in a query the access log keeps`,
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 30 * 86400, age: 3 * 86400, claims: { sub: rng.uuid(), type: 'refresh' } });
        return { value: token.token, jwt: token.facts, event: { path: '/auth/api/v1/session', query: `rtoken=${token.token}` } };
      },
    ),
    5,
    plant(
      'encoded',
      'unicode-escaped-query-in-json',
      'error',
      'A JSON-escaped URL in a route-definition DEBUG line (`\\u003d` for `=`, `\\u0026` for `&`): `…\\u0026secret\\u003d<secret>`',
      ({ rng }) => {
        const secret = rng.alnum(32);
        return {
          value: secret,
          event: {
            logger: 'o.s.c.g.r.RouteDefinitionRouteLocator',
            level: 'DEBUG',
            app: `RouteDefinition legacy-feed applying {_genkey_0=\"https://feed.partner-g.example/v2/items?format\\u003djson\\u0026secret\\u003d${secret}\"} to SetPath`,
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'serverwebexchange-query-params-multivaluemap',
      'error',
      "Spring's `ServerHttpRequest.getQueryParams()` (a `MultiValueMap` printed `{client_id=[…], client_secret=[<secret>]}`) in a filter's DEBUG line",
      ({ rng }) => {
        const secret = rng.b64url(36);
        return {
          value: secret,
          event: {
            logger: 'c.f.gateway.AuditFilter',
            level: 'DEBUG',
            app: `query params: {grant_type=[client_credentials], client_id=[pos-terminal], client_secret=[${secret}]}`,
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'httpheaders-tostring-x-auth-token',
      'error',
      'Spring\'s `HttpHeaders` printed (`[Host:"…", X-Auth-Token:"<token>", …]`): an OpenStack Keystone-style token (`gAAAAA…`) forwarded by the gateway',
      ({ rng }) => {
        const token = `gAAAAAB${rng.b64url(176)}`;
        return {
          value: token,
          event: {
            logger: 'c.f.gateway.AuditFilter',
            level: 'DEBUG',
            app: `headers: [Host:"storage.fjord-d.example", X-Auth-Token:"${token}", Accept:"*/*", Content-Length:"0"]`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'sigv4-credential-scope',
      'none',
      'An `X-Amz-Credential=<access key id>/<date>/…` with `X-Amz-Signature` in a presigned GET: the signature binds this request only, the access key id is no secret.',
      ({ rng }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            path: '/media/exports/orders.csv',
            query: `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${rng.chars(UPPER + DIGITS, 16)}%2F20261208%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Date=20261208T${pad(rng.int(10, 20))}0000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`,
          },
        };
      },
    ),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'gateway.fjord-d.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout7');
writePart(join(here, 'heldout7'), {
  forensic_log: forensicLog(rng),
  '2026_12_08.request.log': jettyLog(rng),
  'undici-debug.log': undiciLog(rng),
  'play-application.log': playLog(rng),
  'vertx-web.log': vertxLog(rng),
  'lambda-node.log': lambdaLog(rng),
  'zeek-http.log': zeekLog(rng),
  'suricata-eve.json': suricataLog(rng),
  'postgresql.log': postgresLog(rng),
  'gitea.log': giteaLog(rng),
  'keycloak.log': keycloakLog(rng),
  'koa.log': koaLog(rng),
  'sanic.log': sanicLog(rng),
  'gateway.log': gatewayLog(rng),
});
