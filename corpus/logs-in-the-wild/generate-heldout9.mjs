// Writes corpus/logs-in-the-wild/heldout9/: a ninth held-out part, in formats no other part uses (nginx's JSON
// log_format with $request_body, Apache's error_log with mod_dumpio, Zalando Logbook's JSON through Spring Boot,
// django-structlog's JSON, Go's log/slog TextHandler, GELF from Docker's gelf driver, mitmdump, a Jenkins Pipeline
// console log, a GitLab CI job trace, Ory Hydra and Kratos JSON logs, `next dev` output, Netlify function logs, Symfony's
// Monolog line format and Powertools for AWS Lambda's JSON logger), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout9.mjs     rewrites heldout9/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, factsAt, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, DIGITS, digits, goJson, iso, LOWER, MONTHS, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const lowerHex = (rng, n) => rng.hex(n);

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 10, 6, 0, 0);

/** Apache's error_log time: `Thu Dec 10 07:00:01.123456 2026`. */
const apacheErrTime = (ms, rng) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 3)} ${d.getUTCFullYear()}`;
};
/** Netlify's function log time: `Dec 10, 04:00:01 PM`. */
const netlifyTime = (ms) => {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${pad(h % 12 === 0 ? 12 : h % 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
};
/** Monolog's default datetime: `2026-12-10T17:00:01.123456+00:00`. */
const monologTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}+00:00`;
/** Python logging's `%(asctime)s` with Powertools' `%z`: `2026-12-10 18:00:01,123+0000`. */
const pyTime = (ms) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 19)},${pad(ms % 1000, 3)}+0000`;
/** Go's RFC 3339 with nanoseconds. */
const nanoTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** Microseconds with Z (structlog's TimeStamper(fmt="iso")). */
const microTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
const uuidOf = (hex) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

// ---------------------------------------------------------------------------------------------------------------------
// nginx-json.log: nginx 1.28 with a JSON `log_format json_body escape=json` holding `$request_body` (the body of
// requests nginx read, i.e. proxied ones), `$http_referer` and `$request_time`; a shop behind it.
// https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format,
// https://nginx.org/en/docs/http/ngx_http_core_module.html#var_request_body

/** nginx's `escape=json`: `"` and `\` escaped, control characters as \uXXXX. */
const nginxJson = (text) => JSON.stringify(text).slice(1, -1);

function nginxJsonLog(rng) {
  const render = (e) => [
    `{"time_local":"${clf(e.t)}","remote_addr":"${e.ip}","request":"${nginxJson(`${e.method} ${target(e)} HTTP/${e.ver ?? '1.1'}`)}","status":"${e.status}","body_bytes_sent":"${e.bytes}","request_time":"${(e.ms / 1000).toFixed(3)}","http_referer":"${nginxJson(e.referer === '-' ? '' : e.referer)}","http_user_agent":"${nginxJson(e.ua)}","request_body":"${nginxJson(e.body ?? '')}"}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/products/${rng.pick(['linen-shirt', 'wool-socks', 'canvas-tote'])}`, referer: 'https://shop.tarn-v.example/' }),
      () => ({ path: '/cart/add', method: 'POST', body: `product_id=${rng.int(100, 999)}&qty=${rng.int(1, 3)}`, status: 302, bytes: 0 }),
      () => ({ path: `/assets/app-${rng.hex(8)}.css`, bytes: rng.int(8000, 40000) }),
      () => ({ path: '/api/search', query: `q=${rng.pick(['scarf', 'boots', 'gloves'])}&page=${rng.int(1, 4)}` }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.33', bytes: 2 }),
    ])();
  const steps = [
    5,
    plant(
      'oauth-code',
      'apple-form_post-code-in-request_body',
      'warning',
      `${WHY.code} Sign in with Apple answers with \`response_mode=form_post\`: the code and state are the POST body nginx logs as \`$request_body\`.`,
      ({ rng }) => {
        const code = `c${rng.hex(31)}.0.${rng.lowerNum(4)}.${rng.b64url(22)}`;
        return {
          value: code,
          event: {
            method: 'POST',
            path: '/auth/apple/callback',
            status: 302,
            bytes: 0,
            referer: 'https://appleid.apple.com/',
            body: `state=${rng.hex(32)}&code=${code}`,
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'recaptcha-response-in-body',
      'none',
      "A reCAPTCHA `g-recaptcha-response` in a contact form's body: a one-time challenge answer the server verifies with its own secret, no credential of the user or the site.",
      ({ rng }) => {
        const r = `03A${rng.b64url(480)}`;
        return {
          value: r,
          event: {
            method: 'POST',
            path: '/contact',
            status: 302,
            bytes: 0,
            body: `email=ana%40example.org&message=Hello&g-recaptcha-response=${r}`,
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'refresh_token-form-body',
      'error',
      `${WHY.refresh} An opaque refresh token in the form body of a refresh grant the storefront proxies to its auth service (\`grant_type=refresh_token&refresh_token=…\`).`,
      ({ rng }) => {
        const token = rng.b64url(64);
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/oauth/token',
            ua: TOOLS[5],
            body: `grant_type=refresh_token&client_id=storefront-web&refresh_token=${token}`,
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'checkin_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `checkin_ticket` (a pickup point scans it once)'),
      ({ rng }) => {
        const ticket = rng.alnum(28);
        return { value: ticket, event: { path: '/pickup/checkin', query: `checkin_ticket=${ticket}`, ip: '198.51.100.23', ua: TOOLS[2] } };
      },
      { ref: 'checkin' },
    ),
    2,
    plant(
      'replay',
      'checkin_ticket-opaque',
      'replay',
      WHY.replay('checkin_ticket', 75),
      ({ refs }) => ({
        value: refs.get('checkin').value,
        event: { path: '/pickup/checkin', query: `checkin_ticket=${refs.get('checkin').value}`, ip: '203.0.113.180', ua: BROWSERS[2] },
      }),
      { replayOf: 'checkin', after: 75 },
    ),
    4,
    plant(
      'encoded',
      'escape-json-request-body-apiKey',
      'error',
      'An API key in a JSON request body, which nginx\'s `escape=json` writes with every quote escaped (`{\\"apiKey\\":\\"…\\"}`): the key sits between escaped quotes',
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            method: 'POST',
            path: '/api/newsletter/subscribe',
            ua: TOOLS[4],
            body: JSON.stringify({ apiKey: key, email: 'ops@tarn-v.example', list: 'weekly' }),
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'fbclid-click-id',
      'none',
      "Facebook's click id (`fbclid=IwAR…`) on a landing page: ad attribution, no credential.",
      ({ rng }) => {
        const id = `IwAR${rng.b64url(60)}`;
        return { value: id, event: { path: '/', query: `fbclid=${id}`, referer: 'https://l.facebook.com/' } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'shop.tarn-v.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error_log: Apache httpd 2.4 error log (`[<time>] [<module>:<level>] [pid <pid>:tid <tid>] …`) with mod_dumpio at
// `LogLevel dumpio:trace7` (`DumpIOInput On`: every line of the request as it was read, `\r\n` written out), and
// proxy_fcgi's AH01071 lines of a Joomla site on PHP-FPM.
// https://httpd.apache.org/docs/2.4/mod/mod_dumpio.html, https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat

function dumpioLog(rng) {
  const pid = rng.int(2000, 9000);
  const render = (e, rng) => {
    const tid = 140230000000000 + rng.int(1000, 99999);
    const head = (mod) => `[${apacheErrTime(e.t, rng)}] [${mod}] [pid ${pid}:tid ${tid}]`;
    const client = `[client ${e.ip}:${e.port}]`;
    if (e.fcgi)
      return [`${head('proxy_fcgi:error')} ${client} AH01071: Got error 'PHP message: ${e.fcgi}', referer: https://www.orla-k.example/`];
    if (e.info) return [`${head(e.info[0])} ${e.info[1]}`];
    const raw = [`${e.method} ${target(e)} HTTP/1.1`, `Host: www.orla-k.example`, `User-Agent: ${e.ua}`, ...(e.headers ?? []), ''];
    if (e.body) raw.push(e.body);
    const lines = [
      `${head('dumpio:trace7')} mod_dumpio.c(140): ${client} mod_dumpio: dumpio_in (data-HEAP): ${raw.join('\r\n').length} bytes`,
    ];
    for (const [i, text] of raw.entries()) {
      const end = e.body && i === raw.length - 1 ? '' : '\\r\\n';
      lines.push(`${head('dumpio:trace7')} mod_dumpio.c(100): ${client} mod_dumpio: dumpio_in (data-HEAP): ${text}${end}`);
    }
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/index.php/news/${rng.int(10, 99)}-${rng.pick(['harbour-days', 'ferry-timetable', 'winter-market'])}` }),
      () => ({ path: '/media/templates/site/cassiopeia/css/template.min.css', headers: ['Accept: text/css,*/*;q=0.1'] }),
      () => ({
        info: [
          'ssl:info',
          `[client ${publicAddr(rng)}] AH01964: Connection to child ${rng.int(1, 40)} established (server www.orla-k.example:443)`,
        ],
      }),
      () => ({ info: ['mpm_event:notice', `AH00489: Apache/2.4.65 (Debian) OpenSSL/3.5.1 configured -- resuming normal operations`] }),
      () => ({
        fcgi: `PHP Deprecated:  Creation of dynamic property JoomlaCacheController::$${rng.pick(['hash', 'group'])} is deprecated in /var/www/html/libraries/src/Cache/CacheController.php on line ${rng.int(40, 99)}`,
      }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'joomla-registration-activate-token',
      'error',
      WHY.pathSecret(
        "Joomla's account activation link (`index.php?option=com_users&task=registration.activate&token=<32 hex>`) on dumpio's request line",
      ),
      ({ rng }) => {
        const token = rng.hex(32);
        return { value: token, event: { path: '/index.php', query: `option=com_users&task=registration.activate&token=${token}` } };
      },
    ),
    2,
    plant(
      'negative',
      'joomla-form-token-name-in-body',
      'none',
      "Joomla's anti-forgery form token (`<32 hex>=1`: the token is the field's name) in a login form's body dumpio writes: CSRF protection bound to the session, no credential.",
      ({ rng }) => {
        const token = rng.hex(32);
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/index.php',
            query: 'option=com_users&task=user.login',
            headers: ['Content-Type: application/x-www-form-urlencoded'],
            body: `username=harbourmaster&return=aW5kZXgucGhw&${token}=1`,
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'dumpio-authorization-bearer-jwt',
      'error',
      "A bearer JWT in the `Authorization:` line dumpio writes of a Joomla Web Services call (a mobile app's access token)",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 300,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { sub: `${rng.int(100, 999)}`, scope: 'content.read content.write' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/api/index.php/v1/content/articles',
            headers: ['Accept: application/vnd.api+json', `Authorization: Bearer ${token.token}`],
            ua: TOOLS[2],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'X-Joomla-Token-header',
      'error',
      `${WHY.apiKey('X-Joomla-Token')} Joomla's API token (base64 of \`sha256:<user id>:<hmac>\`) in the header line dumpio writes.`,
      ({ rng }) => {
        const token = b64Of(`sha256:${rng.int(300, 999)}:${rng.hex(64)}`);
        return {
          value: token,
          event: {
            path: '/api/index.php/v1/users',
            headers: ['Accept: application/vnd.api+json', `X-Joomla-Token: ${token}`],
            ua: TOOLS[0],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'joomla-session-cookie-dumpio',
      'error',
      WHY.session("Joomla's session cookie (a 32-hex cookie name, a 26-character session id) on dumpio's `Cookie:` line"),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return {
          value: sid,
          event: { path: '/index.php/my-account', headers: [`Cookie: ${rng.hex(32)}=${sid}; joomla_user_state=logged_in`] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ga-analytics-cookie',
      'none',
      "Google Analytics' `_ga=GA1.1.<random>.<epoch>` client id cookie on dumpio's `Cookie:` line: an analytics id, no session.",
      ({ rng, t }) => {
        const ga = `GA1.1.${digits(rng, 10)}.${sec(t) - rng.int(86400, 900000)}`;
        return {
          value: ga,
          event: { path: '/index.php/timetable', headers: [`Cookie: _ga=${ga}; _ga_${rng.alnum(10).toUpperCase()}=GS2.1.s${sec(t)}`] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'zulip-incoming-webhook-api_key',
      'error',
      WHY.webhook(
        'A Zulip incoming webhook URL (`/api/v1/external/<integration>?api_key=<bot key>&stream=…`) in a PHP warning AH01071 passes on',
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            fcgi: `PHP Warning:  file_get_contents(https://orla-k.zulipchat.com/api/v1/external/json?api_key=${key}&stream=website&topic=forms): Failed to open stream: HTTP request failed! HTTP/1.1 502 Bad Gateway in /var/www/html/plugins/system/notify/notify.php on line 58`,
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'www.orla-k.example' }, filler, render, steps });
}

const publicAddr = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}:${rng.int(1024, 65535)}`;

// ---------------------------------------------------------------------------------------------------------------------
// logbook.log: a Spring Boot 3.5 service with Zalando Logbook 3 (`logbook.format.style: json`, the default filters:
// `Authorization` and the `access_token` query parameter replaced with `XXX`), its request and response JSON logged by
// `org.zalando.logbook.Logbook` at TRACE on Spring Boot's console pattern; incoming (origin remote) and outgoing
// (RestClient, origin local) exchanges. https://github.com/zalando/logbook#json,
// https://docs.spring.io/spring-boot/reference/features/logging.html

function logbookLog(rng) {
  const render = (e, rng) => {
    const time = `${iso(e.t).slice(0, 23)}Z`;
    const line = (msg, level = 'TRACE', logger = 'org.zalando.logbook.Logbook') =>
      `${time} ${level.padStart(5)} 1 --- [fare-api] [${e.thread ?? `nio-8080-exec-${rng.int(1, 9)}`}] ${logger.padEnd(40)} : ${msg}`;
    if (e.app) return [line(e.app, 'INFO', 'c.o.fares.FareController')];
    const correlation = e.correlation ?? rng.hex(16);
    const outgoing = !!e.url;
    const url = e.url ?? `https://fares.orla-k.example${target(e)}`;
    const u = new URL(url);
    const req = {
      origin: outgoing ? 'local' : 'remote',
      type: 'request',
      correlation,
      protocol: 'HTTP/1.1',
      remote: outgoing ? 'localhost' : e.ip,
      method: e.method,
      uri: url,
      host: u.host,
      path: u.pathname,
      scheme: 'https',
      port: null,
      headers: { accept: ['application/json'], ...(outgoing ? {} : { 'user-agent': [e.ua] }), ...(e.headers ?? {}) },
    };
    if (e.reqBody) req.body = e.reqBody;
    const res = {
      origin: outgoing ? 'remote' : 'local',
      type: 'response',
      correlation,
      duration: e.ms,
      protocol: 'HTTP/1.1',
      status: e.status,
      headers: { 'Content-Type': ['application/json'], ...(e.resHeaders ?? {}) },
      ...(e.resBody ? { body: e.resBody } : {}),
    };
    return [line(JSON.stringify(req)), line(JSON.stringify(res))];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v2/fares/${rng.pick(['OSL-BGO', 'BGO-TRD', 'SVG-OSL'])}`, query: `date=2026-12-${rng.int(11, 30)}` }),
      () => ({ path: '/v2/zones' }),
      () => ({ path: '/actuator/health', ua: 'kube-probe/1.33' }),
      () => ({ app: `Fare cache refreshed: ${rng.int(200, 900)} entries in ${rng.int(20, 300)} ms` }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'logbook-authorization-XXX',
      'none',
      "Logbook's default header filter wrote the `Authorization` header as `XXX`; the correlation id beside it (16 hex) is Logbook's own id pairing request and response, no credential.",
      ({ rng }) => {
        const correlation = rng.hex(16);
        return {
          value: correlation,
          needle: `"correlation":"${correlation}","protocol":"HTTP/1.1","remote"`,
          event: { correlation, path: '/v2/bookings', headers: { authorization: ['XXX'] }, ua: TOOLS[2] },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'id_token_hint-in-logbook-uri',
      'error',
      'An `id_token_hint` in the `uri` of an outgoing end-session call Logbook wrote (its default query filter replaces `access_token` only)',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 1200,
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: 'https://login.orla-k.example/realms/fares', aud: 'fare-web', sub: rng.uuid(), sid: rng.uuid() },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            url: `https://login.orla-k.example/realms/fares/protocol/openid-connect/logout?id_token_hint=${token.token}&client_id=fare-web`,
            status: 204,
            thread: 'task-3',
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'logbook-response-body-access_token',
      'error',
      'A token endpoint\'s JSON response (`{"access_token":"<JWT>",…}`) that Logbook embeds as the `body` of the response line of an outgoing client-credentials call',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 1800,
          age: 0,
          jti: true,
          claims: { iss: 'https://login.orla-k.example/realms/fares', azp: 'fare-sync', scope: 'tariffs:write' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            method: 'POST',
            url: 'https://login.orla-k.example/realms/fares/protocol/openid-connect/token',
            thread: 'scheduling-1',
            reqBody: 'grant_type=client_credentials',
            resBody: { access_token: token.token, expires_in: 1800, token_type: 'Bearer', scope: 'tariffs:write' },
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'X-Shopify-Access-Token-shpat',
      'error',
      'A Shopify Admin API access token (`shpat_<32 hex>`) in the `X-Shopify-Access-Token` request header Logbook writes (its default filter covers `Authorization` only): long-lived until the app is uninstalled.',
      ({ rng }) => {
        const token = `shpat_${rng.hex(32)}`;
        return {
          value: token,
          event: {
            url: 'https://orla-k-shop.myshopify.com/admin/api/2026-10/orders.json?status=open',
            thread: 'task-7',
            headers: { 'X-Shopify-Access-Token': [token] },
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'deepl-auth_key-query',
      'error',
      `${WHY.apiKey('auth_key')} DeepL's key (\`<uuid>:fx\`) in the \`uri\` of an outgoing translation call, written by Logbook.`,
      ({ rng }) => {
        const key = `${rng.uuid()}:fx`;
        return {
          value: key,
          event: {
            url: `https://api-free.deepl.com/v2/translate?auth_key=${key}&target_lang=EN&text=Ferja+er+innstilt`,
            method: 'POST',
            thread: 'task-2',
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'weak-etag-response-header',
      'none',
      'A weak `ETag` (`W/"<hex>"`) in a response header: a version tag of the resource, no credential.',
      ({ rng }) => {
        const etag = rng.hex(40);
        return { value: etag, event: { path: '/v2/timetable', resHeaders: { ETag: [`W/"${etag}"`] } } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'fares.orla-k.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// structlog.json: Django 5.2 with django-structlog 9 and structlog's JSONRenderer (`request_started` and
// `request_finished` of RequestMiddleware, both carrying `"request": "<METHOD> <full path>"`, and app events bound to the
// request's context). https://django-structlog.readthedocs.io/en/latest/events.html,
// https://www.structlog.org/en/stable/api.html#structlog.processors.JSONRenderer

function structlogLog(rng) {
  const render = (e, rng) => {
    const common = (extra) =>
      JSON.stringify({
        ...extra,
        ip: e.ip,
        request_id: e.rid,
        user_id: e.user ?? null,
        timestamp: microTime(e.t, rng),
        logger: e.logger ?? 'django_structlog.middlewares.request',
        level: e.level ?? 'info',
      });
    if (e.event) return [common({ ...e.fields, event: e.event })];
    const request = `${e.method} ${target(e)}`;
    return [
      common({ request, user_agent: e.ua, event: 'request_started' }),
      common({ code: e.status, request, event: 'request_finished' }),
    ];
  };
  const base = (rng) => ({ rid: rng.uuid() });
  const filler = (rng) =>
    rng.pick([
      () => ({ ...base(rng), path: '/' }),
      () => ({ ...base(rng), path: `/courses/${rng.pick(['sailing-basics', 'knots-101', 'navigation'])}/` }),
      () => ({ ...base(rng), path: '/api/v1/enrolments/', user: rng.int(10, 900), ua: TOOLS[1] }),
      () => ({
        ...base(rng),
        event: 'enrolment_created',
        logger: 'academy.enrolments',
        fields: { course: rng.int(1, 40), seats_left: rng.int(0, 12) },
      }),
      () => ({ ...base(rng), path: '/accounts/login/', status: 200 }),
    ])();
  const steps = [
    3,
    plant(
      'oauth-code',
      'box-code-allauth-callback',
      'warning',
      `${WHY.code} Box's 32-character code in django-allauth's callback, in \`request_started\` (and \`request_finished\` of the same request).`,
      ({ rng }) => {
        const code = rng.alnum(32);
        return {
          value: code,
          event: { ...base(rng), path: '/accounts/box/login/callback/', query: `code=${code}&state=${rng.alnum(12)}`, status: 302 },
        };
      },
    ),
    3,
    plant(
      'negative',
      'webauthn-challenge',
      'none',
      'A WebAuthn `challenge` (base64url, 32 bytes) logged when a passkey sign-in starts: a nonce the authenticator signs, no credential.',
      ({ rng }) => {
        const challenge = rng.b64url(43);
        return {
          value: challenge,
          event: {
            ...base(rng),
            event: 'webauthn_challenge_issued',
            logger: 'academy.passkeys',
            fields: { challenge, rp_id: 'academy.skerry.example' },
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'allauth-password-reset-key-path',
      'error',
      WHY.pathSecret("django-allauth's password reset link (`/accounts/password/reset/key/<uidb36>-<token>/`) in both request events"),
      ({ rng }) => {
        const key = `${rng.lowerNum(2)}-${rng.lowerNum(6)}-${rng.hex(32)}`;
        return { value: key, event: { ...base(rng), path: `/accounts/password/reset/key/${key}/` } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'client_secret-get-query',
      'error',
      `${WHY.apiKey('client_secret')} A partner's integration sending its OAuth client secret in a GET query, written in both request events.`,
      ({ rng }) => {
        const secret = rng.b64url(48);
        return {
          value: secret,
          event: {
            ...base(rng),
            path: '/o/token/',
            query: `client_id=${rng.alnum(20)}&client_secret=${secret}&grant_type=client_credentials`,
            status: 405,
            ua: TOOLS[1],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'querydict-repr-api_key',
      'error',
      "Django's `QueryDict` repr (`<QueryDict: {'api_key': ['…'], …}>`) bound to a warning event: the request's query, key included",
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            ...base(rng),
            event: 'invalid_export_filter',
            logger: 'academy.reports',
            level: 'warning',
            fields: { query: `<QueryDict: {'api_key': ['${key}'], 'format': ['csv'], 'since': ['2026-11-01']}>` },
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'sha256-email-hash',
      'none',
      'A SHA-256 of an e-mail address bound to a rate-limit event: a pseudonymous id, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            ...base(rng),
            event: 'magic_link_rate_limited',
            logger: 'academy.auth',
            level: 'warning',
            fields: { email_sha256: h, retry_in: 60 },
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 3 * HOUR,
    site: { host: 'academy.skerry.example' },
    filler,
    render: (e, r) => render({ ...e, rid: e.rid ?? r.uuid() }, r),
    steps,
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// slog.log: a Go 1.25 service logging with `slog.New(slog.NewTextHandler(os.Stderr, nil))` (`time=… level=… msg=…
// key=value`, values quoted with strconv.Quote when they hold a space, `"` or `=`), groups as dotted keys.
// https://pkg.go.dev/log/slog#TextHandler.Handle

const slogValue = (v) => (v === '' || /[\s"=\\]/.test(String(v)) ? JSON.stringify(String(v)) : String(v));

function slogLog(rng) {
  const render = (e) => {
    const attrs = e.attrs ?? [
      ['method', e.method],
      ['url', target(e)],
      ['status', e.status],
      ['dur', `${(e.ms / 10).toFixed(3)}ms`],
      ['remote', `${e.ip}:${e.port}`],
    ];
    return [
      `time=${iso(e.t)} level=${e.level ?? 'INFO'} msg=${slogValue(e.msg ?? 'request')} ${attrs.map(([k, v]) => `${k}=${slogValue(v)}`).join(' ')}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/boards' }),
      () => ({ path: `/v1/boards/${rng.int(100, 999)}/cards`, query: `limit=${rng.int(10, 50)}` }),
      () => ({ path: '/healthz', ms: rng.int(1, 9) }),
      () => ({
        msg: 'cache stats',
        attrs: [
          ['hits', rng.int(100, 9000)],
          ['misses', rng.int(0, 80)],
        ],
      }),
      () => ({
        msg: 'db pool',
        attrs: [
          ['open', rng.int(2, 20)],
          ['idle', rng.int(0, 5)],
        ],
        level: 'DEBUG',
      }),
    ])();
  const steps = [
    3,
    plant(
      'embed-jwt',
      'embed-scorecard-jwt-6h',
      'error',
      'An `/embed/scorecard/<JWT>` link in the `url` of an access record',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 6 * 3600, age: 1500, claims: { resource: { scorecard: rng.int(10, 99) }, params: {} } });
        return { value: token.token, jwt: token.facts, event: { path: `/embed/scorecard/${token.token}` } };
      },
    ),
    3,
    plant(
      'negative',
      'trace_id-attr',
      'none',
      'A `trace_id` attribute (32 hex, W3C trace context): a tracing id, no credential.',
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            msg: 'upstream slow',
            level: 'WARN',
            attrs: [
              ['upstream', 'search'],
              ['trace_id', id],
              ['elapsed', '2.31s'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'slog-group-authorization-lin_api',
      'error',
      "A Linear personal API key (`lin_api_<40>`) under a `req.authorization` attribute (an `slog.Group` of the outgoing request's headers)",
      ({ rng }) => {
        const key = `lin_api_${rng.alnum(40)}`;
        return {
          value: key,
          event: {
            msg: 'linear sync failed',
            level: 'ERROR',
            attrs: [
              ['req.method', 'POST'],
              ['req.url', 'https://api.linear.app/graphql'],
              ['req.authorization', key],
              ['status', 400],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'slog-attr-refresh_token',
      'error',
      `${WHY.refresh} An opaque token under a \`refresh_token\` attribute of a failed refresh.`,
      ({ rng }) => {
        const token = `rt_${rng.alnum(48)}`;
        return {
          value: token,
          event: {
            msg: 'token refresh failed',
            level: 'WARN',
            attrs: [
              ['user', rng.int(1000, 9999)],
              ['refresh_token', token],
              ['err', 'invalid_grant'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'n8n-production-webhook-url-error',
      'error',
      WHY.webhook(
        'An n8n production webhook URL (`/webhook/<uuid>`) in a Go `*url.Error` that slog quotes (`err="Post \\"https://…\\": …"`)',
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            msg: 'automation hook failed',
            level: 'ERROR',
            attrs: [
              ['board', rng.int(100, 999)],
              [
                'err',
                `Post "https://n8n.skerry.example/webhook/${id}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'id_token-es256-10min-in-url',
      'error',
      'An `id_token` (ES256) in the `url` of a callback the SPA forwards to the API',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 600,
          age: 40,
          alg: 'ES256',
          kid: rng.b64url(22),
          claims: { iss: 'https://id.skerry.example', aud: 'boards-web', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return { value: token.token, jwt: token.facts, event: { path: '/v1/session/oidc', query: `id_token=${token.token}` } };
      },
    ),
    3,
    plant(
      'encoded',
      'next-percent-encoded-access_token',
      'error',
      'A `next=` parameter holding a percent-encoded URL (`%3Faccess_token%3D…`) whose query carries a bearer token: one decoding away',
      ({ rng }) => {
        const token = rng.alnum(43);
        return {
          value: token,
          event: { path: '/login', query: `next=%2Fv1%2Fexport%3Fformat%3Dcsv%26access_token%3D${token}`, status: 302 },
        };
      },
    ),
    3,
    plant(
      'negative',
      'etag-if-none-match-attr',
      'none',
      'An `etag` attribute (a quoted SHA-1 of the response, logged with a 304): a version tag, no credential.',
      ({ rng }) => {
        const etag = rng.hex(40);
        return {
          value: etag,
          event: {
            msg: 'not modified',
            attrs: [
              ['url', '/v1/boards/export.json'],
              ['etag', `"${etag}"`],
              ['status', 304],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'boards.skerry.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gelf.ndjson: GELF 1.1 messages from Docker's `gelf` log driver (`short_message` one line of the container's output,
// `_container_id`, `_container_name`, `_image_name`, `_command`, `_created`, `_tag`; level 6 stdout, 3 stderr), one per
// line as a GELF TCP input wrote them. https://docs.docker.com/engine/logging/drivers/gelf/,
// https://go2docs.graylog.org/current/getting_in_log_data/gelf.html

function gelfLog(rng) {
  const containers = {
    edge: { id: rng.hex(64), imageId: rng.hex(64), image: 'nginx:1.28-alpine', command: "/docker-entrypoint.sh nginx -g 'daemon off;'" },
    worker: { id: rng.hex(64), imageId: rng.hex(64), image: 'registry.skerry.example/sync-worker:3.4.1', command: 'node dist/worker.js' },
    ext: {
      id: rng.hex(64),
      imageId: rng.hex(64),
      image: 'registry.skerry.example/extension-api:1.9.0',
      command: 'python -m uvicorn ext.main:app --host 0.0.0.0',
    },
  };
  const render = (e) => {
    const c = containers[e.container ?? 'edge'];
    const msg = e.msg ?? `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
    return [
      JSON.stringify({
        version: '1.1',
        host: 'docker-07',
        short_message: msg,
        timestamp: Number((e.t / 1000).toFixed(3)),
        level: e.level ?? 6,
        _command: e.command ?? c.command,
        _container_id: c.id,
        _container_name: `skerry-${e.container ?? 'edge'}-1`,
        _created: '2026-12-09T22:14:03.118201564Z',
        _image_id: `sha256:${c.imageId}`,
        _image_name: c.image,
        _tag: e.container ?? 'edge',
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(40000, 200000) }),
      () => ({ container: 'worker', msg: `[sync] pulled ${rng.int(0, 40)} changes from upstream in ${rng.int(100, 900)}ms` }),
      () => ({ container: 'ext', msg: `INFO:     ${publicAddr(rng)} - "GET /ext/v1/status HTTP/1.1" 200 OK` }),
    ])();
  const steps = [
    3,
    plant(
      'implicit-fragment',
      'chromiumapp-redirect-fragment',
      'error',
      "A browser extension's `chrome.identity.launchWebAuthFlow` result (`https://<extension id>.chromiumapp.org/#access_token=…`) its backend logs: an implicit-flow access token in the fragment.",
      ({ rng }) => {
        const token = rng.b64url(86);
        return {
          value: token,
          event: {
            container: 'ext',
            msg: `INFO:ext.auth:launchWebAuthFlow returned https://${rng.chars('abcdefghijklmnop', 32)}.chromiumapp.org/#access_token=${token}&token_type=Bearer&expires_in=3599&scope=boards.read`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'image-digest-pulled',
      'none',
      'An OCI image digest (`@sha256:<64 hex>`) in a worker line: a content hash, no credential.',
      ({ rng }) => {
        const digest = rng.hex(64);
        return {
          value: digest,
          event: { container: 'worker', msg: `[update] new image available registry.skerry.example/sync-worker@sha256:${digest}` },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'private_key-query',
      'error',
      `${WHY.apiKey('private_key')} A geocoding call's \`private_key=\` in the nginx line the edge container writes.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: { path: '/geo/v1/reverse', query: `lat=60.39&lon=5.32&private_key=${key}`, ua: TOOLS[3] } };
      },
    ),
    3,
    plant(
      'replay',
      'handoff_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `handoff_ticket` (a desktop app hands a signed-in session to the browser once)'),
      ({ rng }) => {
        const ticket = rng.alnum(36);
        return {
          value: ticket,
          event: { path: '/auth/handoff', query: `handoff_ticket=${ticket}`, ip: '198.51.100.77', status: 302, ua: BROWSERS[0] },
        };
      },
      { ref: 'handoff' },
    ),
    3,
    plant(
      'replay',
      'handoff_ticket-opaque',
      'replay',
      WHY.replay('handoff_ticket', 130),
      ({ refs }) => ({
        value: refs.get('handoff').value,
        event: {
          path: '/auth/handoff',
          query: `handoff_ticket=${refs.get('handoff').value}`,
          ip: '203.0.113.209',
          status: 302,
          ua: BROWSERS[3],
        },
      }),
      { replayOf: 'handoff', after: 130 },
    ),
    3,
    plant(
      'encoded',
      'base64-json-config-in-_command',
      'error',
      'A base64 JSON config (`{"apiToken":"…"}`, `eyJ…`) passed on the worker\'s command line, which the gelf driver copies into `_command` (one restart\'s message)',
      ({ rng }) => {
        const blob = b64Of(JSON.stringify({ upstream: 'https://api.skerry.example', apiToken: rng.alnum(40), batch: 200 }));
        return {
          value: blob,
          event: { container: 'worker', command: `node dist/worker.js --config ${blob}`, msg: '[sync] worker started, pid 1' },
        };
      },
    ),
    3,
    plant(
      'negative',
      'idempotency-key-uuid',
      'none',
      'An `Idempotency-Key` (a UUID the client made up) in a worker line: deduplicates retries, no credential.',
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          event: { container: 'worker', level: 3, msg: `[sync] POST /v1/cards retried (Idempotency-Key: ${key}) after 503` },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'app.skerry.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mitmdump.log: `mitmdump --flow-detail 2` (mitmproxy 12) of a phone's traffic while testing an app: `<client>: <METHOD>
// <url> HTTP/<v>`, the request headers indented, ` << HTTP/<v> <status> <reason> <size>` and the response headers; no
// time on any line. https://docs.mitmproxy.org/stable/concepts/options/#flow_detail

function mitmLog(rng) {
  const render = (e) => {
    const url = e.url ?? `https://api.tern-q.example${target(e)}`;
    const host = new URL(url).host;
    return [
      `192.168.1.${e.dev ?? 23}:${e.port}: ${e.method} ${url} HTTP/2.0`,
      `    :authority: ${host}`,
      `    user-agent: ${e.ua}`,
      `    accept: ${e.accept ?? 'application/json'}`,
      ...(e.headers ?? []).map((h) => `    ${h}`),
      ` << HTTP/2.0 ${e.status} ${e.status === 302 ? 'Found' : e.status === 401 ? 'Unauthorized' : 'OK'} ${(e.bytes / 1000).toFixed(1)}k`,
      `    content-type: ${e.ctype ?? 'application/json'}`,
      `    date: ${new Date(e.t).toUTCString()}`,
    ];
  };
  const app = 'TernQ/4.2.0 (iPhone; iOS 26.1; Scale/3.00)';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v3/feed', query: `limit=20&after=${rng.int(1000, 9999)}`, ua: app }),
      () => ({ url: 'https://firebaselogging-pa.googleapis.com/v1/firelog/legacy/batchlog', method: 'POST', ua: app }),
      () => ({ path: `/v3/spots/${rng.int(100, 999)}`, ua: app }),
      () => ({
        url: `https://tiles.tern-q.example/v1/${rng.int(8, 14)}/${rng.int(100, 999)}/${rng.int(100, 999)}.pbf`,
        ua: app,
        accept: '*/*',
        ctype: 'application/x-protobuf',
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'notion-code-in-proxied-callback',
      'warning',
      `${WHY.code} Notion's code in the app's HTTPS callback (universal link opened in the in-app browser), as mitmdump's request line shows it.`,
      ({ rng }) => {
        const code = `03${rng.hex(6)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
        return {
          value: code,
          event: {
            url: `https://tern-q.example/oauth/notion/callback?code=${code}&state=${rng.b64url(24)}`,
            status: 302,
            ua: BROWSERS[2],
            accept: 'text/html',
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'x-amz-content-sha256',
      'none',
      "An upload's `x-amz-content-sha256` header (the SHA-256 of the body SigV4 signs): a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            url: `https://uploads.tern-q.example/photos/${rng.uuid()}.heic`,
            method: 'PUT',
            ua: app,
            headers: [`x-amz-content-sha256: ${h}`, 'content-type: image/heic'],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'embed-pulse-jwt-120s-no-jti',
      'warning',
      'An `/embed/pulse/<JWT>` chart the app loads in a web view',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 120,
          age: 5,
          claims: { resource: { question: rng.int(10, 99) }, params: { spot: rng.int(100, 999) } },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { url: `https://bi.tern-q.example/embed/pulse/${token.token}`, ua: app, accept: 'text/html', ctype: 'text/html' },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'odoo-session_id-cookie',
      'error',
      WHY.session("Odoo's `session_id` cookie (40 hex) in the `cookie:` header mitmdump shows"),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            url: 'https://erp.tern-q.example/web/dataset/call_kw/res.partner/search_read',
            method: 'POST',
            ua: BROWSERS[2],
            headers: [`cookie: frontend_lang=en_US; session_id=${sid}`],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'x-cg-pro-api-key-header',
      'error',
      `${WHY.apiKey('x-cg-pro-api-key')} CoinGecko's Pro key (\`CG-<alnum>\`) in a request header the app sends from the phone.`,
      ({ rng }) => {
        const key = `CG-${rng.alnum(24)}`;
        return {
          value: key,
          event: {
            url: 'https://pro-api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=nok',
            ua: app,
            headers: [`x-cg-pro-api-key: ${key}`],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'x-client-data-header',
      'none',
      "Chrome's `x-client-data` header (base64 of the field-trial variation ids): a variations id, no credential.",
      ({ rng }) => {
        const v = `CI${rng.b64url(30).replace(/[-_]/g, 'A')}=`;
        return {
          value: v,
          event: {
            url: 'https://www.googleapis.com/geolocation/v1/geolocate',
            method: 'POST',
            ua: BROWSERS[4],
            headers: [`x-client-data: ${v}`],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'api.tern-q.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jenkins-console.txt: a Jenkins Pipeline build's console output with the Timestamper plugin (`[<ISO time>] ` on every
// line), `[Pipeline]` steps, `sh` steps traced with `set -x` (`+ …`), credentials bound by withCredentials masked as
// `****`. https://www.jenkins.io/doc/pipeline/steps/workflow-durable-task-step/, https://plugins.jenkins.io/timestamper/

function jenkinsLog(rng) {
  const render = (e) => (e.lines ?? [e.text]).map((text) => `[${iso(e.t)}] ${text}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ text: '[Pipeline] sh' }),
      () => ({
        text: `[INFO] Building jar: /var/jenkins_home/workspace/ferry-api/target/ferry-api-2.${rng.int(0, 9)}.${rng.int(0, 30)}.jar`,
      }),
      () => ({ text: `[INFO] Tests run: ${rng.int(100, 400)}, Failures: 0, Errors: 0, Skipped: ${rng.int(0, 5)}` }),
      () => ({ text: '[Pipeline] }' }),
      () => {
        const v = `2.0.${rng.int(10, 17)}`;
        return {
          text: `Downloaded from central: https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/${v}/slf4j-api-${v}.pom (${rng.int(2, 9)}.${rng.int(0, 9)} kB at ${rng.int(100, 900)} kB/s)`,
        };
      },
    ])();
  const steps = [
    plant(
      'negative',
      'checkout-revision-sha',
      'none',
      'The git commit a build checked out (`Checking out Revision <40 hex>`): a commit id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { lines: ['[Pipeline] checkout', `Checking out Revision ${sha} (refs/remotes/origin/main)`] },
          needle: `Revision ${sha}`,
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'X-JFrog-Art-Api-header-curl',
      'error',
      `${WHY.apiKey('X-JFrog-Art-Api')} An Artifactory API key (\`AKCp8…\`) hard-coded in a \`curl -H\` that \`set -x\` traces.`,
      ({ rng }) => {
        const key = `AKCp8${rng.alnum(68)}`;
        return {
          value: key,
          event: {
            lines: [
              '[Pipeline] sh',
              `+ curl -fsS -H 'X-JFrog-Art-Api: ${key}' -T target/ferry-api.jar https://artifacts.tern-q.example/artifactory/libs-release-local/ferry-api/`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'groovy-map-toString-apiToken',
      'error',
      "A Groovy map's `toString()` (`[url:…, apiToken:…, env:prod]`) echoed by a Pipeline `echo` step: the deploy config, token included",
      ({ rng }) => {
        const token = rng.alnum(40);
        return {
          value: token,
          event: {
            lines: ['[Pipeline] echo', `Deploy config: [url:https://deploy.tern-q.example/api, apiToken:${token}, env:prod, canary:true]`],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'invitation-accept-path-token-e2e',
      'error',
      WHY.pathSecret('A team invitation link (`/invitations/<token>/accept`) an end-to-end step opens against production with `curl`'),
      ({ rng }) => {
        const token = rng.b64url(40);
        return {
          value: token,
          event: {
            lines: [
              '[Pipeline] sh',
              `+ curl -fsS -o /dev/null -w '%{http_code}' https://app.tern-q.example/invitations/${token}/accept`,
              '200',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'withCredentials-masked',
      'none',
      "withCredentials' masked value (`****`) beside the credentials id (a UUID Jenkins gives the stored credential): an id, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            lines: [
              '[Pipeline] withCredentials',
              `Masking supported pattern matches of $DEPLOY_TOKEN (credentialsId ${id})`,
              '+ ./deploy.sh --token ****',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'x-registry-auth-base64url-json',
      'error',
      'Docker Engine API\'s `X-Registry-Auth` header (base64url of `{"username":…,"password":…}`) in a traced `curl` against the Docker socket: the registry password, one decoding away',
      ({ rng }) => {
        const auth = b64urlOf(JSON.stringify({ username: 'ci-bot', password: rng.alnum(32), serveraddress: 'registry.tern-q.example' }));
        return {
          value: auth,
          event: {
            lines: [
              `+ curl -s --unix-socket /var/run/docker.sock -H 'X-Registry-Auth: ${auth}' -X POST 'http://localhost/v1.47/images/registry.tern-q.example/ferry-api/push?tag=2.4.0'`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'pipedream-endpoint-url',
      'error',
      WHY.webhook('A Pipedream HTTP endpoint (`https://eo<id>.m.pipedream.net`) a post-build `curl` notifies'),
      ({ rng }) => {
        const id = rng.lowerNum(15);
        return {
          value: id,
          event: {
            lines: [
              '[Pipeline] sh',
              `+ curl -fsS -d status=SUCCESS -d build=${rng.int(100, 999)} https://eo${id}.m.pipedream.net`,
              '{"ok":true}',
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 7 * HOUR,
    site: { host: 'jenkins' },
    filler,
    render,
    steps,
    header: [
      'Started by user Kari Nes',
      'Obtained Jenkinsfile from git https://git.tern-q.example/ferry/ferry-api.git',
      '[Pipeline] Start of Pipeline',
      '[Pipeline] node',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// gitlab-ci-job.log: the raw trace of a GitLab CI job (GitLab Runner 18, docker executor): `section_start:<epoch>:<name>`
// markers, ANSI colours, commands as `$ <line>` unexpanded, masked variables as `[MASKED]`; no time on the lines.
// https://docs.gitlab.com/ci/jobs/job_logs/, https://docs.gitlab.com/ci/variables/#mask-a-cicd-variable

function gitlabLog(rng) {
  const E = '\u001b';
  const render = (e) => {
    if (e.section) return [`section_start:${sec(e.t)}:${e.section}\r${E}[0K${E}[36;1m${e.title}${E}[0;m`];
    if (e.cmd) return [`${E}[32;1m$ ${e.cmd}${E}[0;m`, ...(e.out ?? [])];
    return e.out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        cmd: 'npm ci',
        out: [`added ${rng.int(600, 1400)} packages, and audited ${rng.int(600, 1400)} packages in ${rng.int(8, 40)}s`],
      }),
      () => ({
        out: [
          `  ✔  app/spec/${rng.pick(['boards', 'cards', 'login'])}.cy.ts  00:${pad(rng.int(2, 59))}  ${rng.int(2, 9)}  ${rng.int(2, 9)}  -  -  -`,
        ],
      }),
      () => ({
        cmd: 'npm run build',
        out: [`vite v7.1.${rng.int(0, 9)} building for production...`, `✓ ${rng.int(400, 900)} modules transformed.`],
      }),
      () => ({ out: [`Uploading artifacts for successful job${E}[0;m`] }),
    ])();
  const steps = [
    plant(
      'negative',
      'detached-head-short-sha',
      'none',
      'The commit a job checked out (`Checking out <8 hex> as detached HEAD`): a commit id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(8);
        return {
          value: sha,
          needle: `Checking out ${sha}`,
          event: {
            out: [
              `${E}[32;1mFetching changes with git depth set to 20...${E}[0;m`,
              `Checking out ${sha} as detached HEAD (ref is main)...`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'npm-_authToken-config-set',
      'error',
      `${WHY.apiKey('_authToken')} An npm automation token (\`npm_<36>\`) hard-coded in an \`npm config set //registry…/:_authToken\` line of the script.`,
      ({ rng }) => {
        const token = `npm_${rng.alnum(36)}`;
        return { value: token, event: { cmd: `npm config set //registry.npmjs.org/:_authToken ${token}` } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'env-dump-DEPLOY_TOKEN',
      'error',
      "An `env | sort` debugging step: the environment dump holds a deploy token defined in the job's `variables:` (not a masked CI/CD variable, so GitLab prints it)",
      ({ rng }) => {
        const token = `gldt-${rng.alnum(20)}`;
        return {
          value: token,
          event: {
            cmd: 'env | sort',
            out: [
              'CI=true',
              'CI_COMMIT_BRANCH=main',
              `CI_JOB_ID=${rng.int(9000000, 9999999)}`,
              'CI_JOB_TOKEN=[MASKED]',
              `DEPLOY_TOKEN=${token}`,
              'DEPLOY_USER=gitlab+deploy-token-412',
              'HOME=/root',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'salesforce-refresh_token-curl-data',
      'error',
      `${WHY.refresh} A Salesforce refresh token (\`5Aep861…\`) in a \`curl -d\` of the script.`,
      ({ rng }) => {
        const token = `5Aep861${rng.b64url(80).replace(/[-_]/g, '.')}`;
        return {
          value: token,
          event: {
            cmd: `curl -s https://login.salesforce.com/services/oauth2/token -d grant_type=refresh_token -d client_id=3MVG9${rng.alnum(80)} -d refresh_token=${token}`,
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'cypress-url-assertion-fragment',
      'error',
      'A failing Cypress `cy.url()` assertion printing the page URL after an implicit-flow login (`…/callback#access_token=<JWT>&…`)',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 8,
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: 'https://id.staging.tern-q.example', aud: 'boards-web', sub: rng.uuid(), scope: 'openid boards' },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            out: [
              `  1) login redirects to the dashboard:`,
              `     AssertionError: Timed out retrying after 4000ms: expected 'https://boards.staging.tern-q.example/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600' to include '/dashboard'`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cache-key-lockfile-hash',
      'none',
      'A cache key built from a lockfile hash (`node-modules-<40 hex>`): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { out: [`Checking cache for node-modules-${h}-protected...`, `${E}[0;33mWARNING: file does not exist${E}[0;m`] },
          needle: `node-modules-${h}-protected`,
        };
      },
    ),
    3,
    plant(
      'webhook',
      'sentry-release-webhook-url',
      'error',
      WHY.webhook("A Sentry release webhook (`/api/hooks/release/builtin/<project id>/<token>/`) in the script's `curl`"),
      ({ rng }) => {
        const token = rng.hex(64);
        return {
          value: token,
          event: {
            cmd: `curl -s -X POST https://sentry.io/api/hooks/release/builtin/${rng.int(1000000, 9999999)}/${token}/ -H 'Content-Type: application/json' -d '{"version": "2.4.0"}'`,
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 8 * HOUR,
    site: { host: 'gitlab' },
    filler,
    render,
    steps,
    header: [
      `${E}[0KRunning with gitlab-runner 18.6.1 (c8f2b1a4)${E}[0;m`,
      `${E}[0K  on shared-docker-3 t3_Xq9rZ, system ID: s_6c1f0e9b2a71${E}[0;m`,
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// ory.log: Ory Hydra v2 and Kratos v1 JSON logs (logrusx: `http_request` with headers, host, method, path, query, remote,
// scheme on `started handling request`; `completed handling request` with `http_response`), `log.leak_sensitive_values:
// true` on a staging stack (so query values are not replaced), Go's encoding/json escaping `&` as `\u0026`.
// https://www.ory.sh/docs/ecosystem/configuring#logging, https://www.ory.sh/docs/hydra/self-hosted/configure-deploy

function oryLog(rng) {
  const render = (e, rng) => {
    const meta = { service_name: e.service ?? 'Ory Hydra', service_version: e.service === 'Ory Kratos' ? 'v1.3.1' : 'v2.3.0' };
    if (e.msg)
      return [goJson({ audience: 'application', ...e.fields, level: e.level ?? 'info', msg: e.msg, ...meta, time: nanoTime(e.t, rng) })];
    const req = { host: e.host, method: e.method, path: e.path, query: e.query || null, remote: `${e.ip}:${e.port}`, scheme: 'https' };
    const headers = { accept: 'application/json', 'user-agent': e.ua, 'x-request-id': e.reqId, ...(e.headers ?? {}) };
    return [
      goJson({
        audience: 'application',
        http_request: { headers, ...req },
        level: 'info',
        msg: 'started handling request',
        ...meta,
        time: nanoTime(e.t, rng),
      }),
      goJson({
        audience: 'application',
        http_request: req,
        http_response: { size: e.bytes, status: e.status, text_status: e.status === 302 ? 'Found' : 'OK', took: e.ms * 1000000 },
        level: 'info',
        msg: 'completed handling request',
        ...meta,
        time: nanoTime(e.t + e.ms, rng),
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/health/ready', ua: 'kube-probe/1.33' }),
      () => ({ path: '/.well-known/openid-configuration', ua: TOOLS[3] }),
      () => ({ path: '/.well-known/jwks.json', ua: TOOLS[4] }),
      () => ({ service: 'Ory Kratos', path: '/sessions/whoami', status: 401 }),
    ])();
  const steps = [
    3,
    plant(
      'id-token',
      'id_token_hint-expired-3d-hydra-logout',
      'note',
      "An `id_token_hint` at Hydra's `/oauth2/sessions/logout` three days after it expired (both request lines)",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + 3600,
          alg: 'RS256',
          kid: rng.uuid(),
          claims: { iss: 'https://auth.skerry.example', aud: [rng.uuid()], sub: rng.uuid(), sid: rng.uuid() },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/oauth2/sessions/logout',
            query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fapp.skerry.example%2F&state=${rng.alnum(16)}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'jwk-kid-generated',
      'none',
      "The `kid` of a signing key Hydra generated (a UUID; the key's public half is published at `/.well-known/jwks.json`): a key id, no credential.",
      ({ rng }) => {
        const kid = rng.uuid();
        return {
          value: kid,
          event: { msg: 'JSON Web Key Set "hydra.openid.id-token" does not exist yet, generating new key pair...', fields: { kid } },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'ory_rt-in-get-query',
      'error',
      `${WHY.refresh} A Hydra refresh token (\`ory_rt_<43>.<43>\`) a misbuilt client sent in the query of a GET to the token endpoint (Hydra answered 405; both request lines hold it).`,
      ({ rng }) => {
        const token = `ory_rt_${rng.b64url(43)}.${rng.b64url(43)}`;
        return {
          value: token,
          event: {
            path: '/oauth2/token',
            query: `grant_type=refresh_token&refresh_token=${token}&client_id=${rng.uuid()}`,
            status: 405,
            ua: TOOLS[4],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'x-session-token-ory_st',
      'error',
      "A Kratos session token (`ory_st_<32>`) in the `x-session-token` header of `started handling request` (Ory redacts `authorization` and `cookie`, not this header): a native app's session, valid for days.",
      ({ rng }) => {
        const token = `ory_st_${rng.alnum(32)}`;
        return {
          value: token,
          event: {
            service: 'Ory Kratos',
            path: '/sessions/whoami',
            ua: 'TernQ/4.2.0 CFNetwork/3826.400.110 Darwin/25.1.0',
            headers: { 'x-session-token': token },
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'kratos-recovery-link-token',
      'error',
      WHY.pathSecret("Kratos' recovery link (`/self-service/recovery?flow=<uuid>&token=<32>`), in both request lines"),
      ({ rng }) => {
        const token = rng.alnum(32);
        return {
          value: token,
          event: {
            service: 'Ory Kratos',
            path: '/self-service/recovery',
            query: `flow=${rng.uuid()}&token=${token}`,
            status: 303,
            bytes: 0,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'kratos-session-id-uuid',
      'none',
      "A Kratos session's `id` (a UUID; the credential is the separate `ory_st_` token or cookie): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            service: 'Ory Kratos',
            msg: 'Identity authenticated successfully and was issued an Ory Kratos Session Cookie.',
            fields: { identity_id: rng.uuid(), session_id: id, authentication_methods: ['password'] },
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'auth.skerry.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nextjs-dev.log: `next dev` (Next.js 15.5, Turbopack) output with `logging.fetches.fullUrl: true`: incoming requests
// (` GET <path> <status> in <ms>ms`), fetches under them (` │ GET <url> <status> in <ms>ms (cache skip)`), Auth.js'
// `[auth][debug]:` lines (`debug: true`) and `console.log` output; no time on any line.
// https://nextjs.org/docs/app/api-reference/config/next-config-js/logging, https://authjs.dev/reference/core#debug

function nextLog(rng) {
  const render = (e) => {
    if (e.text) return e.text;
    const lines = [` ${e.method} ${target(e)} ${e.status} in ${e.ms}ms`];
    if (e.fetch)
      lines.push(
        ` │ ${e.fetch.method ?? 'GET'} ${e.fetch.url} ${e.fetch.status ?? 200} in ${rng.int(40, 700)}ms (cache skip)`,
        ' │ │ Cache skipped reason: (auto no cache)',
      );
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/dashboard', fetch: { url: `https://api.fjord-r.example/v1/stats?range=${rng.pick(['7d', '30d'])}` } }),
      () => {
        const page = rng.pick(['settings', 'billing', 'reports']);
        return { text: [` ○ Compiling /${page} ...`, ` ✓ Compiled /${page} in ${rng.int(300, 2000)}ms`] };
      },
      () => ({ path: '/api/auth/session', ms: rng.int(5, 60) }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'zitadel-code-authjs-callback',
      'warning',
      `${WHY.code} ZITADEL's code in Auth.js' callback route, as \`next dev\` logs the incoming request.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return { value: code, event: { path: '/api/auth/callback/zitadel', query: `code=${code}&state=${rng.b64url(43)}`, status: 302 } };
      },
    ),
    3,
    plant(
      'negative',
      'wbraid-click-id',
      'none',
      "Google's `wbraid` click id on a landing page: ad attribution, no credential.",
      ({ rng }) => {
        const id = `Cj${rng.b64url(56)}`;
        return { value: id, event: { path: '/pricing', query: `utm_source=google&wbraid=${id}` } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'api_secret-in-fetch-url',
      'error',
      `${WHY.apiKey('api_secret')} A server component's fetch with \`api_key=<digits>&api_secret=<hex>\`, written in full by \`logging.fetches.fullUrl\`.`,
      ({ rng }) => {
        const secret = rng.hex(32);
        return {
          value: secret,
          event: {
            path: '/gallery',
            fetch: {
              url: `https://api.media-z.example/v1_1/resources/image?api_key=${digits(rng, 15)}&api_secret=${secret}&max_results=30`,
            },
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'authjs-debug-logout-id_token_hint',
      'error',
      "Auth.js' `[auth][debug]:` line with the provider's end-session URL built on sign-out (`id_token_hint=<JWT>`), still live",
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 43200,
          age: 7200,
          alg: 'RS256',
          kid: digits(rng, 18),
          claims: { iss: 'https://id.fjord-r.example', aud: [digits(rng, 18)], sub: digits(rng, 18), amr: ['pwd'] },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            text: [
              `[auth][debug]: signout redirect {\n  "url": "https://id.fjord-r.example/oidc/v1/end_session?id_token_hint=${token.token}&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A3000%2F"\n}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'null-prototype-searchParams-invite_token',
      'error',
      "`console.log(await searchParams)` in a page: Node's inspect of a null-prototype object (`[Object: null prototype] { team: 'ops', invite_token: '…' }`) with a team invitation token",
      ({ rng }) => {
        const token = rng.b64url(32);
        return { value: token, event: { text: [`[Object: null prototype] { team: 'ops', invite_token: '${token}' }`] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'redirect-log-fragment-access_token',
      'error',
      "A route handler's `console.log('redirecting to', url)` of the URL it returns to a legacy widget (`…/widget#access_token=<opaque>`): an access token in the fragment",
      ({ rng }) => {
        const token = rng.alnum(48);
        return {
          value: token,
          event: { text: [`redirecting to https://widgets.fjord-r.example/embed#access_token=${token}&expires_in=3600`] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'next-build-id-data-route',
      'none',
      'A Next.js build id in a `/_next/data/<build id>/…` request: a deployment id, public, no credential.',
      ({ rng }) => {
        const id = rng.b64url(21);
        return { value: id, event: { path: `/_next/data/${id}/en/blog.json` } };
      },
    ),
    2,
  ];
  return buildLog(rng, {
    start: DAY0 + 10 * HOUR,
    site: { host: 'localhost:3000' },
    filler,
    render,
    steps,
    header: [
      '   ▲ Next.js 15.5.4 (Turbopack)',
      '   - Local:        http://localhost:3000',
      '   - Network:      http://192.168.1.40:3000',
      '   - Environments: .env.local',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 1480ms',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// netlify-functions.log: Netlify Functions logs as the Netlify UI and `netlify logs:function` show them (`<Mon DD,
// hh:mm:ss AM>: <request id, 8 hex> INFO   <message>`, the runtime's `Duration:` lines); a Node 22 function that logs
// its events. https://docs.netlify.com/build/functions/logs/

function netlifyLog(rng) {
  const render = (e, rng) => {
    const id = e.nid ?? rng.hex(8);
    const head = `${netlifyTime(e.t)}: ${id}`;
    const lines = (
      e.lines ?? [
        `${e.method} ${e.url ?? `https://tide-w.netlify.app/.netlify/functions/${e.fn ?? 'api'}${e.query ? `?${e.query}` : ''}`} from ${e.ip}`,
      ]
    ).map((item) => (Array.isArray(item) ? `${head} ${item[0]}  ${item[1]}` : `${head} ${e.level ?? 'INFO'}   ${item}`));
    lines.push(`${head} Duration: ${(e.ms + rng.int(0, 99) / 100).toFixed(2)} ms\tMemory Usage: ${rng.int(70, 110)} MB`);
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ fn: 'tides', query: `station=${rng.pick(['BGO', 'TRD', 'SVG'])}&days=${rng.int(1, 7)}` }),
      () => ({ fn: 'subscribe', method: 'POST' }),
      () => ({ lines: [`cache miss for tide table ${rng.int(1000, 9999)}`] }),
    ])();
  const steps = [
    2,
    plant(
      'webhook',
      'netlify-build-hook-url',
      'error',
      WHY.webhook(
        "A Netlify build hook (`https://api.netlify.com/build_hooks/<24 hex>`) in the function's log line and in the `fetch failed` error it logs next",
      ),
      ({ rng }) => {
        const id = rng.hex(24);
        return {
          value: id,
          event: {
            lines: [
              `triggering rebuild via https://api.netlify.com/build_hooks/${id}?trigger_title=cms+publish`,
              [
                'ERROR',
                `rebuild failed for https://api.netlify.com/build_hooks/${id}?trigger_title=cms+publish: TypeError: fetch failed (getaddrinfo EAI_AGAIN api.netlify.com)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'x-nf-request-id',
      'none',
      "Netlify's `x-nf-request-id` (a ULID) in a logged header: a request id, no credential.",
      ({ rng }) => {
        const id = `01K${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
        return { value: id, event: { lines: [`upstream 502, x-nf-request-id: ${id}`], level: 'WARN' } };
      },
    ),
    2,
    plant(
      'replay',
      'gift_ticket-jwt-jti',
      'note',
      WHY.ticketFirst('A JWT `gift_ticket` with a jti, valid 180 s (a gift card is redeemed once)'),
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 180, age: 10, jti: true, claims: { card: rng.uuid(), amount: 500 } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { method: 'GET', fn: 'redeem', query: `gift_ticket=${token.token}`, ip: '198.51.100.58' },
        };
      },
      { ref: 'gift' },
    ),
    plant(
      'replay',
      'gift_ticket-jwt-jti',
      'replay',
      WHY.replay('gift_ticket', 60),
      ({ refs, t }) => ({
        value: refs.get('gift').value,
        jwt: factsAt(refs.get('gift').value, t),
        event: { method: 'GET', fn: 'redeem', query: `gift_ticket=${refs.get('gift').value}`, ip: '203.0.113.144' },
      }),
      { replayOf: 'gift', after: 60 },
    ),
    2,
    plant(
      'header-dump',
      'event-headers-authorization-sbp',
      'error',
      '`console.log(event.headers)` with a Supabase personal access token (`Bearer sbp_<40 hex>`) a CLI sent to the function',
      ({ rng }) => {
        const token = `sbp_${rng.hex(40)}`;
        return {
          value: token,
          event: {
            lines: [
              `{ host: 'tide-w.netlify.app', 'user-agent': 'node', authorization: 'Bearer ${token}', 'x-nf-client-connection-ip': '${rng.pick(['192.0.2', '198.51.100'])}.${rng.int(2, 254)}', 'x-country': 'NO' }`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'shopify-_secure_session_id-cookie',
      'error',
      WHY.session("Shopify's `_secure_session_id` cookie (32 hex) in a cookie header the function logs"),
      ({ rng }) => {
        const sid = rng.hex(32);
        return { value: sid, event: { lines: [`cookie: _shopify_y=${rng.uuid()}; _secure_session_id=${sid}; cart_currency=NOK`] } };
      },
    ),
    2,
    plant(
      'encoded',
      'isBase64Encoded-form-body',
      'error',
      'An `isBase64Encoded` event body (base64 of a form, `api_token=…&channel=…`) the function logs as it arrived: the token is one decoding away',
      ({ rng }) => {
        const body = b64Of(`api_token=${rng.alnum(40)}&channel=tides&text=High+water+18%3A42`);
        return { value: body, event: { lines: [`body (base64): ${body}`] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'netlify-identity-recovery_token-fragment',
      'error',
      WHY.pathSecret("Netlify Identity's recovery link (`https://<site>/#recovery_token=<22>`) a custom mail function logs before sending"),
      ({ rng }) => {
        const token = rng.b64url(22);
        return {
          value: token,
          event: { lines: [`sending recovery mail to k***@tide-w.example link=https://tide-w.netlify.app/#recovery_token=${token}`] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'deploy-commit_ref',
      'none',
      "A deploy-succeeded event's `commit_ref` (40 hex): a commit id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { fn: 'deploy-succeeded', lines: [`deploy-succeeded: state=ready branch=main commit_ref=${sha}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'tide-w.netlify.app', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// symfony-dev.log: Symfony 7.3's `var/log/prod.log` with Monolog's LineFormatter (`[%datetime%] %channel%.%level_name%:
// %message% %context% %extra%`, context as JSON with unescaped slashes): the router's `Matched route` (with
// `request_uri`), HttpClient's `Request:`/`Response:` lines, app channels. https://symfony.com/doc/current/logging.html,
// https://github.com/Seldaek/monolog/blob/main/src/Monolog/Formatter/LineFormatter.php

const monologJson = (value) => JSON.stringify(value);

function symfonyLog(rng) {
  const render = (e, rng) => {
    const head = (channel, level) => `[${monologTime(e.t, rng)}] ${channel}.${level}:`;
    if (e.lines) return e.lines.map(([channel, level, text]) => `${head(channel, level)} ${text}`);
    const route = e.route ?? 'app_home';
    return [
      `${head('request', 'INFO')} Matched route "${route}". ${monologJson({ route, route_parameters: { _route: route, ...(e.params ?? {}) }, request_uri: `https://shop.fjord-r.example${target(e)}`, method: e.method })} []`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ route: 'app_home', path: '/' }),
      () => ({
        route: 'app_product_show',
        path: `/product/${rng.pick(['anorak', 'sou-wester', 'rubber-boots'])}`,
        params: { slug: 'anorak' },
      }),
      () => ({
        lines: [
          [
            'doctrine',
            'DEBUG',
            `Executing statement: SELECT t0.id AS id_1 FROM product t0 WHERE t0.stock > ? (parameters: {"1":${rng.int(0, 5)}}, types: {"1":1}) [] []`,
          ],
        ],
      }),
      () => ({ lines: [['security', 'DEBUG', 'Checking for authenticator support. {"firewall_name":"main","authenticators":2} []']] }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'symfony-login-link-hash',
      'error',
      WHY.pathSecret("Symfony's login link (`/login_check?user=…&expires=…&hash=<signature>`) in the router's `request_uri`"),
      ({ rng, t }) => {
        const hash = rng.b64url(43);
        return {
          value: hash,
          event: {
            route: 'login_check',
            path: '/login_check',
            query: `user=ingrid%40fjord-r.example&expires=${sec(t) + 600}&hash=${hash}`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'x-debug-token-profiler',
      'none',
      "The profiler's `X-Debug-Token` (6 hex) a staging response carried: a profile id, no credential.",
      ({ rng }) => {
        const token = rng.hex(6);
        return {
          value: `_profiler/${token}`,
          event: {
            lines: [
              [
                'app',
                'INFO',
                `Slow checkout, see profile https://staging.shop.fjord-r.example/_profiler/${token} {"ms":${rng.int(900, 3000)}} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'embed-metric-jwt-expired',
      'note',
      'An `/embed/metric/<JWT>` page opened a day after its token expired (router `request_uri`)',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 900, age: 86400 + 900, claims: { resource: { dashboard: rng.int(10, 99) }, params: {} } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { route: 'app_embed_metric', path: `/embed/metric/${token.token}`, params: { token: '…' } },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'patreon-code-knpu-check',
      'warning',
      `${WHY.code} Patreon's 30-character code in KnpUOAuth2ClientBundle's check route (router \`request_uri\`).`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: { route: 'connect_patreon_check', path: '/connect/patreon/check', query: `code=${code}&state=${rng.hex(32)}` },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'zoho-oauthtoken-context-headers',
      'error',
      'A Zoho access token under its own scheme (`Authorization: Zoho-oauthtoken 1000.<hex>.<hex>`) in the headers an app logger put in the context',
      ({ rng }) => {
        const token = `1000.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: token,
          event: {
            lines: [
              [
                'app',
                'DEBUG',
                `Calling Zoho CRM ${monologJson({ url: 'https://www.zohoapis.eu/crm/v8/Leads', headers: { Authorization: `Zoho-oauthtoken ${token}`, Accept: 'application/json' } })} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'slack-webhook-http_client-request-response',
      'error',
      WHY.webhook("A Slack incoming webhook in Symfony HttpClient's `Request:` line and its `Response:` line"),
      ({ rng }) => {
        const secret = `T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${rng.alnum(24)}`;
        const url = `https://hooks.slack.com/services/${secret}`;
        return {
          value: secret,
          event: {
            lines: [
              ['http_client', 'INFO', `Request: "POST ${url}" [] []`],
              ['http_client', 'INFO', `Response: "200 ${url}" [] []`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'html-hex-entity-amp-feed_token',
      'error',
      "A calendar feed link in a rendered mail's HTML, with `&` written as the hex entity `&#x26;` (`…?format=ics&#x26;feed_token=<token>`)",
      ({ rng }) => {
        const token = rng.alnum(32);
        return {
          value: token,
          event: {
            lines: [
              [
                'mailer',
                'DEBUG',
                `Email rendered ${monologJson({ template: 'emails/order_shipped.html.twig', html_excerpt: `<a href="https://shop.fjord-r.example/calendar/deliveries?format=ics&#x26;feed_token=${token}">Add to calendar</a>` })} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ulid-order-route-param',
      'none',
      'An order id (a ULID from symfony/uid) in a route parameter: an identifier, no credential.',
      ({ rng }) => {
        const id = `01K${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
        return { value: id, event: { route: 'app_order_show', path: `/account/orders/${id}`, params: { id } } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'shop.fjord-r.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// powertools-lambda.log: a Python 3.13 Lambda behind API Gateway (REST, proxy integration) with Powertools for AWS
// Lambda's Logger (`@logger.inject_lambda_context(log_event=True)`: the whole event as `message`), in CloudWatch Logs
// with the runtime's START/END/REPORT lines. https://docs.powertools.aws.dev/lambda/python/latest/core/logger/,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html

function powertoolsLog(rng) {
  const fn = 'harbour-api-prod-handler';
  const account = digits(rng, 12);
  const render = (e, rng) => {
    const rid = uuidOf(e.reqId);
    const trace = `1-${Math.floor(e.t / 1000).toString(16)}-${rng.hex(24)}`;
    const ctx = {
      service: 'harbour-api',
      cold_start: !!e.cold,
      function_name: fn,
      function_memory_size: '512',
      function_arn: `arn:aws:lambda:eu-north-1:${account}:function:${fn}`,
      function_request_id: rid,
      xray_trace_id: e.trace ?? trace,
    };
    const log = (message, location = 'handler:27', level = 'INFO') =>
      JSON.stringify({ level, location, message, timestamp: pyTime(e.t), ...ctx });
    const lines = [`START RequestId: ${rid} Version: $LATEST`];
    if (e.msg) lines.push(log(e.msg, e.location ?? 'handler:61', e.level ?? 'INFO'));
    else {
      const query = e.qs ?? null;
      const event = {
        resource: e.resource ?? '/{proxy+}',
        path: e.path,
        httpMethod: e.method,
        headers: {
          Accept: 'application/json',
          Host: 'api.harbour-s.example',
          'User-Agent': e.ua,
          'X-Forwarded-For': e.ip,
          ...(e.headers ?? {}),
        },
        queryStringParameters: query,
        multiValueQueryStringParameters: query && Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])),
        requestContext: { requestId: rng.uuid(), stage: 'prod', identity: { sourceIp: e.ip } },
        body: e.body ?? null,
        isBase64Encoded: false,
      };
      lines.push(log(event, 'decorate:451'));
    }
    lines.push(
      `END RequestId: ${rid}`,
      `REPORT RequestId: ${rid}\tDuration: ${e.ms}.${digits(rng, 2)} ms\tBilled Duration: ${e.ms + 1} ms\tMemory Size: 512 MB\tMax Memory Used: ${rng.int(80, 140)} MB`,
    );
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/berths', qs: { harbour: rng.pick(['BGO', 'ALF', 'MOL']) } }),
      () => ({ path: `/berths/${rng.int(10, 99)}` }),
      () => ({ msg: `Berth ${rng.int(10, 99)} reserved for ${rng.int(1, 6)} nights` }),
    ])();
  const steps = [
    plant(
      'negative',
      'xray-trace-id',
      'none',
      "Powertools' `xray_trace_id` (`1-<epoch hex>-<24 hex>`): a tracing id, no credential.",
      ({ rng, t }) => {
        const trace = `1-${Math.floor(t / 1000).toString(16)}-${rng.hex(24)}`;
        return { value: trace, event: { cold: true, trace, msg: 'Loaded configuration from SSM in 412 ms' } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'apigw-event-multiValueQueryStringParameters-access_token',
      'error',
      'The logged API Gateway event: `queryStringParameters` and `multiValueQueryStringParameters` (`{"access_token": ["…"]}`) hold a token a partner sends in the query',
      ({ rng }) => {
        const token = rng.alnum(40);
        return { value: token, event: { path: '/v1/arrivals', qs: { access_token: token, since: '2026-12-10' }, ua: TOOLS[1] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'event-headers-authorization-cognito-jwt',
      'error',
      'A Cognito access token in the `Authorization` header of the logged event',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 600,
          jti: true,
          alg: 'RS256',
          kid: b64Of(rng.bytes(32).toString('hex')).slice(0, 43),
          claims: {
            sub: rng.uuid(),
            token_use: 'access',
            scope: 'harbour/berths.write',
            client_id: rng.lowerNum(26),
            iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_Ab3Cd5Ef7',
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            method: 'POST',
            path: '/berths/41/reserve',
            headers: { Authorization: token.token },
            body: '{"nights":2}',
            ua: TOOLS[2],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'json-escaped-body-redirect-fragment',
      'error',
      "A client error report in the event's `body` (a JSON string inside JSON, quotes escaped) with the page URL after an implicit login (`…#access_token=<opaque>`)",
      ({ rng }) => {
        const token = rng.b64url(64);
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/client-errors',
            body: JSON.stringify({
              message: 'ChunkLoadError',
              href: `https://harbour-s.example/app/#access_token=${token}&token_type=bearer&expires_in=7200`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      's3-event-etag',
      'none',
      'An S3 object `eTag` (MD5 of the upload) in a logged S3 notification: a hash, no credential.',
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            msg: {
              Records: [
                {
                  eventName: 'ObjectCreated:Put',
                  s3: {
                    bucket: { name: 'harbour-s-uploads' },
                    object: { key: `manifests/${rng.int(1000, 9999)}.pdf`, size: rng.int(20000, 90000), eTag: etag },
                  },
                },
              ],
            },
            location: 'decorate:451',
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'codeigniter-ci_session-cookie',
      'error',
      WHY.session(
        "CodeIgniter's `ci_session` cookie (40 characters) in the `Cookie` header of the logged event (a legacy admin proxied to the function)",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(40);
        return { value: sid, event: { path: '/admin/berths', headers: { Cookie: `ci_session=${sid}; lang=no` }, ua: BROWSERS[0] } };
      },
    ),
    2,
    plant(
      'encoded',
      'slack-payload-percent-encoded-json-token',
      'error',
      "A Slack interactivity request in the event's `body`: `payload=` percent-encoded JSON whose `token` is the app's verification token (a shared secret), one percent-decoding away",
      ({ rng }) => {
        const token = rng.alnum(24);
        const payload = encodeURIComponent(
          JSON.stringify({
            type: 'block_actions',
            token,
            team: { id: `T${rng.chars(UPPER + DIGITS, 10)}` },
            actions: [{ action_id: 'approve_berth' }],
          }),
        );
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/slack/interactive',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: `payload=${payload}`,
            ua: 'Slackbot 1.0 (+https://api.slack.com/robots)',
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'api.harbour-s.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout9');
writePart(join(here, 'heldout9'), {
  'nginx-json.log': nginxJsonLog(rng),
  error_log: dumpioLog(rng),
  'logbook.log': logbookLog(rng),
  'structlog.json': structlogLog(rng),
  'slog.log': slogLog(rng),
  'gelf.ndjson': gelfLog(rng),
  'mitmdump.log': mitmLog(rng),
  'jenkins-console.txt': jenkinsLog(rng),
  'gitlab-ci-job.log': gitlabLog(rng),
  'ory.log': oryLog(rng),
  'nextjs-dev.log': nextLog(rng),
  'netlify-functions.log': netlifyLog(rng),
  'symfony-prod.log': symfonyLog(rng),
  'powertools-lambda.log': powertoolsLog(rng),
});
