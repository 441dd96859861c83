// Writes corpus/logs-in-the-wild/heldout8/: an eighth held-out part, in formats no other part uses (Windows HTTP.sys
// httperr, ModSecurity 2's serial audit log, MongoDB's structured log, MySQL's general query log, Redis MONITOR output,
// Android logcat with OkHttp's logging interceptor, Fluentd's stdout output, Fastify's default logger, WordPress's
// debug.log, Nextcloud's JSON log, Azure Storage Analytics logging 2.0, App Engine request logs, an Airflow task log and
// Terraform's TF_LOG=DEBUG output), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files
// (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout8.mjs     rewrites heldout8/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, factsAt, jwt, logBuilder, plant, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DIGITS, digits, iso, LOWER, MONTHS, pad, UPPER, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 9, 6, 0, 0);

/** ModSecurity's section A time: `[09/Dec/2026:07:12:44.123456 +0000]`. */
const modsecTime = (ms, rng) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(ms).slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 3)} +0000`;
};
/** PHP's error_log time: `09-Dec-2026 13:00:01 UTC`. */
const phpTime = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(ms).slice(11, 19)} UTC`;
};
/** Epoch seconds with microseconds (Redis MONITOR). */
const epochMicros = (ms, rng) => `${sec(ms)}.${pad(ms % 1000, 3)}${digits(rng, 3)}`;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// ---------------------------------------------------------------------------------------------------------------------
// httperr1.log: the Windows HTTP.sys error log (`%SystemRoot%\System32\LogFiles\HTTPERR`): W3C header, fields `date time
// c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename`, `-` for a field
// HTTP.sys did not get to; the URI with its query. An AD FS farm and an IIS site behind it.
// https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/iisadmin-service-inetinfo/httperr-error-logging,
// https://learn.microsoft.com/windows/desktop/Http/http-log-field--constants

function httperrLog(rng) {
  const render = (e) => {
    if (e.idle) return [`${ymdHms(e.t)} ${e.ip} ${e.port} 10.20.0.4 443 - - - - - - ${e.idle} -`];
    return [
      `${ymdHms(e.t)} ${e.ip} ${e.port} 10.20.0.4 443 HTTP/${e.ver ?? '1.1'} ${e.method} ${target(e)} ${e.ver === '2.0' ? rng.int(1, 99) : '-'} ${e.status} ${e.siteId ?? '2'} ${e.reason} ${e.queue ?? 'SitePool'}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ idle: 'Timer_ConnectionIdle' }),
      () => ({ idle: 'Timer_MinBytesPerSecond' }),
      () => ({ path: '/', status: 400, siteId: '-', reason: 'Hostname', queue: '-' }),
      () => ({ path: `/api/orders/${rng.int(1000, 9999)}`, status: 503, reason: 'AppOffline', ver: '2.0' }),
      () => ({ path: '/adfs/ls/', status: 503, reason: 'QueueFull', queue: 'AdfsAppPool', ver: '2.0' }),
      () => ({ path: '/%c0%ae%c0%ae/windows/win.ini', status: 400, siteId: '-', reason: 'URL', queue: '-' }),
      () => ({ path: '/', status: '-', reason: 'Connection_Abandoned_By_ReqQueue', ver: '2.0' }),
    ])();
  const steps = [
    6,
    plant(
      'oauth-code',
      'adfs-code-503-appoffline',
      'warning',
      `${WHY.code} An AD FS code (base64url with dots) in the callback of an app that was offline: HTTP.sys wrote the URI with its query.`,
      ({ rng }) => {
        const code = `${rng.b64url(22)}.${rng.b64url(27)}.${rng.b64url(300)}`;
        return {
          value: code,
          event: { path: '/signin-oidc', query: `code=${code}&state=${rng.b64url(40)}`, status: 503, reason: 'AppOffline', ver: '2.0' },
        };
      },
    ),
    4,
    plant(
      'negative',
      'aspnet-bundle-v-hash',
      'none',
      "ASP.NET's bundling cache buster (`/bundles/site?v=<43 base64url>`): a hash of the bundle's contents, no credential.",
      ({ rng }) => {
        const v = rng.b64url(43);
        return { value: v, event: { path: '/bundles/site', query: `v=${v}`, status: 503, reason: 'AppOffline' } };
      },
    ),
    4,
    plant(
      'id-token',
      'adfs-logout-id_token_hint-queuefull',
      'error',
      'An `id_token_hint` on the AD FS logout endpoint, refused with `QueueFull`: the ID token, still live, is in the URI HTTP.sys wrote',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 900,
          alg: 'RS256',
          kid: rng.b64url(27),
          claims: {
            aud: `microsoft:identityserver:${rng.uuid()}`,
            iss: 'https://sts.ferry-n.example/adfs',
            sub: rng.b64url(43),
            upn: 'kari@ferry-n.example',
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/adfs/oauth2/logout',
            query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fportal.ferry-n.example%2F`,
            status: 503,
            reason: 'QueueFull',
            queue: 'AdfsAppPool',
            ver: '2.0',
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'magic-login-path-token-400-url',
      'error',
      WHY.pathSecret('A sign-in link `/Account/MagicLogin/<token>` (a mail client sent it with a stray `%`, HTTP.sys refused it as `URL`)'),
      ({ rng }) => {
        const token = rng.b64url(48);
        return { value: token, event: { path: `/Account/MagicLogin/${token}%`, status: 400, siteId: '-', reason: 'URL', queue: '-' } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'secretKey-query-appoffline',
      'error',
      `${WHY.apiKey('secretKey')} A partner's server-to-server call with \`?secretKey=<40 alnum>\`.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            path: '/api/partner/stock',
            query: `partnerId=${rng.int(100, 999)}&secretKey=${key}`,
            status: 503,
            reason: 'AppOffline',
            ver: '2.0',
          },
        };
      },
    ),
    4,
    plant('negative', 'receipt-path-uuid', 'none', 'An order id (a UUID) in a receipt path: an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { path: `/api/orders/${id}/receipt`, status: 503, reason: 'AppOffline' } };
    }),
    4,
    plant(
      'encoded',
      'returnUrl-double-percent-encoded-access_token',
      'error',
      'A `ReturnUrl` encoded twice (`%253F`, `%253D`) whose inner URL carries `access_token=<opaque>`: two percent-decodings away from a bearer token',
      ({ rng }) => {
        const token = rng.alnum(40);
        return {
          value: token,
          event: {
            path: '/Account/Login',
            query: `ReturnUrl=%252Freports%252Fexport%253Fformat%253Dcsv%2526access_token%253D${token}`,
            status: 503,
            reason: 'AppOffline',
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, {
    start: DAY0,
    site: { host: 'sts.ferry-n.example' },
    filler,
    render,
    steps,
    header: [
      '#Software: Microsoft HTTP API 2.0',
      '#Version: 1.0',
      '#Date: 2026-12-09 06:00:00',
      '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// modsec_audit.log: ModSecurity 2.9 serial audit log (`SecAuditLogParts ABCFHZ`, `SecAuditLogType Serial`) of Apache with
// the OWASP CRS 4 in detection-only mode: section A with the time, B the request headers, C the request body, F the
// response headers, H the rule messages. Only section A has a time, so only opaque values are planted here.
// https://github.com/owasp-modsecurity/ModSecurity/wiki/ModSecurity-2-Data-Formats

function modsecLog(rng) {
  const render = (e, rng) => {
    const id = rng.hex(8);
    const uid = `${rng.b64url(24)}AAAA${rng.pick(['A', 'B', 'C'])}`;
    const headers = [['Host', e.host], ['User-Agent', e.ua], ['Accept', e.accept ?? '*/*'], ...(e.headers ?? [])];
    const out = [
      `--${id}-A--`,
      `[${modsecTime(e.t, rng)}] ${uid} ${e.ip} ${e.port} 10.30.0.7 443`,
      `--${id}-B--`,
      `${e.method} ${target(e)} HTTP/1.1`,
      ...headers.map(([k, v]) => `${k}: ${v}`),
      '',
    ];
    if (e.body) out.push(`--${id}-C--`, e.body, '');
    out.push(
      `--${id}-F--`,
      `HTTP/1.1 ${e.status} ${e.status === 200 ? 'OK' : e.status === 302 ? 'Found' : 'Forbidden'}`,
      ...(e.resp ?? []).map(([k, v]) => `${k}: ${v}`),
      `Content-Length: ${e.bytes}`,
      'Content-Type: text/html; charset=UTF-8',
      '',
      `--${id}-H--`,
      ...(
        e.messages ?? [
          `Message: Warning. Matched phrase "${e.phrase ?? 'sqlmap'}" at REQUEST_HEADERS:User-Agent. [file "/etc/modsecurity/crs/rules/REQUEST-913-SCANNER-DETECTION.conf"] [line "34"] [id "913100"] [msg "Found User-Agent associated with security scanner"] [severity "CRITICAL"] [ver "OWASP_CRS/4.9.0"] [hostname "${e.host}"] [uri "${e.path}"] [unique_id "${uid}"]`,
        ]
      ).map((m) => m.replace('__UID__', uid)),
      'Apache-Handler: proxy-server',
      `Stopwatch: ${e.t * 1000} ${rng.int(900, 90000)} (- - -)`,
      'Producer: ModSecurity for Apache/2.9.8 (http://www.modsecurity.org/); OWASP_CRS/4.9.0.',
      'Server: Apache',
      'Engine-Mode: "DETECTION_ONLY"',
      '',
      `--${id}-Z--`,
      '',
    );
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/wp-login.php', ua: 'sqlmap/1.9.4#stable (https://sqlmap.org)', status: 403, phrase: 'sqlmap' }),
      () => ({ path: '/.env', ua: 'Nikto/2.5.0', status: 403, phrase: 'nikto' }),
      () => ({ path: '/latest.json', query: `category=${rng.int(2, 40)}`, status: 200, ua: 'Mozilla/5.0 zgrab/0.x', phrase: 'zgrab' }),
    ])();
  const crs = (argName, data, path) =>
    `Message: Warning. Pattern match "(?i)^(file|ftps?|https?)://(.*)$" at ARGS:${argName}. [file "/etc/modsecurity/crs/rules/REQUEST-931-APPLICATION-ATTACK-RFI.conf"] [line "107"] [id "931130"] [msg "Possible Remote File Inclusion (RFI) Attack: Off-Domain Reference/Link"] [data "Matched Data: ${data} found within ARGS:${argName}: ${data}"] [severity "CRITICAL"] [ver "OWASP_CRS/4.9.0"] [tag "attack-rfi"] [hostname "forum.ferry-n.example"] [uri "${path}"] [unique_id "__UID__"]`;
  const steps = [
    2,
    plant(
      'header-dump',
      'modsec-B-authorization-bearer-dop_v1',
      'error',
      'Section B keeps the request headers whole: `Authorization: Bearer dop_v1_<64 hex>` (a DigitalOcean personal access token a deploy script sends through the proxy).',
      ({ rng }) => {
        const token = `dop_v1_${rng.hex(64)}`;
        return {
          value: token,
          event: {
            path: '/v2/droplets',
            query: 'per_page=200',
            ua: 'python-requests/2.32.5',
            status: 200,
            headers: [['Authorization', `Bearer ${token}`]],
            messages: [
              `Message: Warning. Operator GE matched 1 at TX:blocking_inbound_anomaly_score. [id "949110"] [msg "Inbound Anomaly Score Exceeded"] [hostname "api.ferry-n.example"] [uri "/v2/droplets"] [unique_id "__UID__"]`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'modsec-F-csp-nonce',
      'none',
      "A `Content-Security-Policy` response header with `'nonce-<base64>'`: a per-response script nonce, no credential.",
      ({ rng }) => {
        const nonce = rng.chars(UPPER + LOWER + DIGITS + '+/', 22) + '==';
        return {
          value: nonce,
          event: {
            path: '/t/ferry-delays/881',
            status: 200,
            ua: 'Mozilla/5.0 zgrab/0.x',
            phrase: 'zgrab',
            resp: [['Content-Security-Policy', `script-src 'self' 'nonce-${nonce}'; object-src 'none'`]],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'modsec-B-laravel_session-cookie',
      'error',
      WHY.session(
        "Section B's `Cookie: laravel_session=<base64 JSON {iv, value, mac}>`: Laravel's encrypted session cookie (`eyJpdiI6…`, no JWT)",
      ),
      ({ rng }) => {
        const cookie = b64Of(
          JSON.stringify({ iv: rng.bytes(16).toString('base64'), value: rng.bytes(48).toString('base64'), mac: rng.hex(64), tag: '' }),
        );
        const encoded = encodeURIComponent(cookie);
        return {
          value: encoded,
          needle: encoded.slice(0, 60),
          event: {
            path: '/admin/users',
            status: 403,
            ua: BROWSERS[0],
            headers: [['Cookie', `XSRF-TOKEN=${rng.b64url(40)}; laravel_session=${encoded}`]],
            phrase: 'union select',
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'modsec-B-Api-Key-header-discourse',
      'error',
      `${WHY.apiKey('Api-Key')} Discourse's admin API takes \`Api-Key: <64 hex>\` with \`Api-Username\`; section B keeps it.`,
      ({ rng }) => {
        const key = rng.hex(64);
        return {
          value: key,
          event: {
            path: '/admin/users/list/active.json',
            host: 'forum.ferry-n.example',
            ua: 'node',
            status: 200,
            headers: [
              ['Api-Key', key],
              ['Api-Username', 'system'],
            ],
            phrase: 'node',
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'modsec-redirect-double-encoded-api_key',
      'error',
      'A `redirect=` parameter encoded twice in the request line (`%253Fapi_key%253D`); CRS decodes it once and writes the inner URL in its `Matched Data`: the key is one or two percent-decodings away.',
      ({ rng }) => {
        const key = rng.alnum(32);
        const inner = `https%3A%2F%2Fexports.partner-q.example%2Ffeed%3Fapi_key%3D${key}`;
        return {
          value: key,
          event: {
            path: '/session/sso_login',
            host: 'forum.ferry-n.example',
            query: `redirect=${inner.replace(/%/g, '%25')}`,
            status: 302,
            ua: BROWSERS[3],
            messages: [crs('redirect', decodeURIComponent(inner), '/session/sso_login')],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'modsec-C-discord-webhook-form-body',
      'error',
      WHY.webhook(
        'A Discord webhook URL percent-encoded in a settings form body (section C, `webhook_url=https%3A%2F%2Fdiscord.com%2Fapi%2Fwebhooks%2F<id>%2F<token>`)',
      ),
      ({ rng }) => {
        const token = rng.b64url(68);
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/admin/plugins/chat-integration/channels',
            host: 'forum.ferry-n.example',
            status: 403,
            ua: BROWSERS[1],
            headers: [['Content-Type', 'application/x-www-form-urlencoded']],
            body: `provider=discord&webhook_url=https%3A%2F%2Fdiscord.com%2Fapi%2Fwebhooks%2F${digits(rng, 19)}%2F${token}&name=delays`,
            messages: [
              `Message: Warning. Matched phrase "discord.com" at ARGS:webhook_url. [id "9931001"] [msg "Outbound link in admin form"] [hostname "forum.ferry-n.example"] [uri "/admin/plugins/chat-integration/channels"] [unique_id "__UID__"]`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'modsec-B-x-request-id',
      'none',
      'An `X-Request-Id: <uuid>` header a load balancer adds: a correlation id, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { path: '/wp-admin/admin-ajax.php', status: 403, ua: 'Nikto/2.5.0', phrase: 'nikto', headers: [['X-Request-Id', id]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'api.ferry-n.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mongod.log: MongoDB 8 structured log (one JSON object a line: `t.$date`, `s`, `c`, `id`, `ctx`, `msg`, `attr`), slow
// query lines (`id` 51803) with the command, connection lines, an Express app with connect-mongo behind it.
// https://www.mongodb.com/docs/manual/reference/log-messages/

function mongoLog(rng) {
  const render = (e, rng) => {
    const ctx = `conn${rng.int(100, 990)}`;
    const line = (msgId, c, msg, attr, dt = 0) =>
      JSON.stringify({ t: { $date: iso(e.t + dt).replace('Z', '+00:00') }, s: 'I', c, id: msgId, ctx, msg, attr });
    if (e.conn)
      return [
        line(22943, 'NETWORK', 'Connection accepted', {
          remote: `${e.ip}:${e.port}`,
          uuid: { uuid: { $uuid: rng.uuid() } },
          connectionId: rng.int(100, 990),
          connectionCount: rng.int(10, 60),
        }),
      ];
    const slow = (cmd, ns, extra = {}, dt = 0) =>
      line(
        51803,
        'COMMAND',
        'Slow query',
        {
          type: 'command',
          ns,
          appName: 'ferry-web',
          command: {
            ...cmd,
            lsid: { id: { $uuid: e.lsid ?? rng.uuid() } },
            $clusterTime: {
              clusterTime: { $timestamp: { t: sec(e.t), i: rng.int(1, 9) } },
              signature: {
                hash: { $binary: { base64: e.ctHash ?? rng.bytes(20).toString('base64'), subType: '0' } },
                keyId: 7441234567890123777,
              },
            },
            $db: 'ferry',
          },
          planSummary: e.plan ?? 'IDHACK',
          keysExamined: 1,
          docsExamined: 1,
          numYields: 0,
          reslen: rng.int(200, 900),
          protocol: 'op_msg',
          durationMillis: rng.int(100, 900),
          ...extra,
        },
        dt,
      );
    return e.cmds.map(([cmd, ns], i) => slow(cmd, ns, {}, i * 3));
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ conn: true }),
      () => ({
        cmds: [
          [
            {
              find: 'sailings',
              filter: { route: rng.pick(['bodo', 'reine']), date: { $gte: { $date: '2026-12-09T00:00:00.000Z' } } },
              limit: 50,
            },
            'ferry.sailings',
          ],
        ],
        plan: 'IXSCAN { route: 1, date: 1 }',
      }),
      () => ({
        cmds: [
          [
            {
              aggregate: 'bookings',
              pipeline: [{ $match: { status: 'paid' } }, { $group: { _id: '$route', n: { $sum: 1 } } }],
              cursor: {},
            },
            'ferry.bookings',
          ],
        ],
        plan: 'COLLSCAN',
      }),
    ])();
  const steps = [
    4,
    plant(
      'session-id',
      'connect-mongo-session-_id',
      'error',
      WHY.session(
        "connect-mongo's session lookup and touch (`find` then `update` on `sessions` by `_id: <sid>`): the express-session id the browser's `connect.sid` cookie carries",
      ),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: {
            cmds: [
              [
                {
                  find: 'sessions',
                  filter: { _id: sid, $or: [{ expires: { $exists: false } }, { expires: { $gt: { $date: '2026-12-09T07:00:00.000Z' } } }] },
                  limit: 1,
                  singleBatch: true,
                },
                'ferry.sessions',
              ],
              [
                { update: 'sessions', updates: [{ q: { _id: sid }, u: { $set: { expires: { $date: '2026-12-23T07:00:00.000Z' } } } }] },
                'ferry.sessions',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'mongo-lsid-uuid',
      'none',
      "The driver's logical session id (`lsid: {id: {$uuid: …}}`): a server-side session for causal consistency, it authenticates nobody.",
      ({ rng }) => {
        const lsid = rng.uuid();
        return {
          value: lsid,
          event: { lsid, cmds: [[{ find: 'routes', filter: {}, projection: { name: 1 } }, 'ferry.routes']], plan: 'COLLSCAN' },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'mongo-update-set-refreshToken-jwt',
      'error',
      "A slow `update` that stores the user's new refresh token (`$set: {refreshToken: <JWT>}`): a 30-day HS512 refresh JWT in the command",
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 30 * 86400, age: 1, alg: 'HS512', jti: true, claims: { sub: rng.hex(24), typ: 'refresh' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            cmds: [
              [
                {
                  update: 'users',
                  updates: [
                    { q: { _id: { $oid: rng.hex(24) } }, u: { $set: { refreshToken: token.token, lastLogin: { $date: iso(t) } } } },
                  ],
                },
                'ferry.users',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'mongo-filter-resetPasswordToken',
      'error',
      WHY.pathSecret(
        'A password reset lookup (`filter: {resetPasswordToken: <40 hex>, resetPasswordExpires: {$gt: …}}`): the token of the reset link the user got by mail',
      ),
      ({ rng }) => {
        const token = rng.hex(40);
        return {
          value: token,
          event: {
            cmds: [
              [
                {
                  find: 'users',
                  filter: { resetPasswordToken: token, resetPasswordExpires: { $gt: { $date: '2026-12-09T07:20:00.000Z' } } },
                  limit: 1,
                },
                'ferry.users',
              ],
            ],
            plan: 'COLLSCAN',
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'mongo-clusterTime-signature',
      'none',
      '`$clusterTime.signature.hash`: the HMAC mongod signs cluster times with, sent back by every driver; not a credential a reader can use.',
      ({ rng }) => {
        const hash = rng.bytes(20).toString('base64');
        return {
          value: hash,
          event: { ctHash: hash, cmds: [[{ count: 'bookings', query: { status: 'pending' } }, 'ferry.bookings']], plan: 'COLLSCAN' },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'mongo-findAndModify-slack-webhookUrl',
      'error',
      WHY.webhook(
        'A Slack incoming webhook URL saved into a team\'s settings (`findAndModify … $set: {webhookUrl: "https://hooks.slack.com/services/T…/B…/<secret>"}`)',
      ),
      ({ rng }) => {
        const secret = rng.alnum(24);
        return {
          value: secret,
          event: {
            cmds: [
              [
                {
                  findAndModify: 'teams',
                  query: { _id: { $oid: rng.hex(24) } },
                  update: {
                    $set: {
                      webhookUrl: `https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${secret}`,
                    },
                  },
                  new: true,
                },
                'ferry.teams',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'mongo-insert-requestlog-x-access-token-jwt',
      'error',
      'An `insert` of a request log document whose `headers` hold `x-access-token: <JWT>` (valid 1 h): the access token in the logged command',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 60, claims: { id: rng.hex(24), role: 'agent' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            cmds: [
              [
                {
                  insert: 'requestlogs',
                  ordered: true,
                  documents: [
                    {
                      _id: { $oid: rng.hex(24) },
                      method: 'POST',
                      url: '/api/bookings',
                      headers: { host: 'book.ferry-n.example', 'x-access-token': token.token, 'content-type': 'application/json' },
                    },
                  ],
                },
                'ferry.requestlogs',
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'db' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mysql-general.log: MySQL 8.4 general query log (`general_log = ON`, `log_output = FILE`): the banner, then
// `<time>Z\t<id> <Command>\t<argument>`; a Laravel app with PDO's emulated prepares (literals in the statements).
// https://dev.mysql.com/doc/refman/8.4/en/query-log.html

function mysqlLog(rng) {
  const render = (e, rng) => {
    const id = e.connId ?? rng.int(20, 99);
    const time = (i) => `${iso(e.t + i * 2).replace('Z', '')}${digits(rng, 3)}Z`;
    if (e.connect)
      return [
        `${time(0)}\t${String(id).padStart(6)} Connect\tferry@10.40.0.${rng.int(2, 30)} on ferry using TCP/IP`,
        `${time(1)}\t${String(id).padStart(6)} Query\tSET NAMES 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'`,
      ];
    return e.sqls.map((q, i) => `${time(i)}\t${String(id).padStart(6)} Query\t${q}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ connect: true }),
      () => ({
        sqls: [
          `select * from \`sailings\` where \`route\` = '${rng.pick(['bodo', 'reine'])}' and \`departs_at\` > '2026-12-09 09:00:00' order by \`departs_at\` asc limit 20`,
        ],
      }),
      () => ({ sqls: [`select count(*) as aggregate from \`bookings\` where \`status\` = 'paid'`] }),
      () => ({ sqls: [`update \`jobs\` set \`reserved_at\` = ${sec(DAY0)}, \`attempts\` = 1 where \`id\` = ${rng.int(1000, 9999)}`] }),
    ])();
  const steps = [
    3,
    plant(
      'session-id',
      'laravel-database-session-id',
      'error',
      WHY.session(
        "Laravel's database session driver reads and writes the row of the session id (`where `id` = '<40 alnum>'`): the value of the `laravel_session` cookie after decryption",
      ),
      ({ rng }) => {
        const sid = rng.alnum(40);
        return {
          value: sid,
          event: {
            sqls: [
              `select * from \`sessions\` where \`id\` = '${sid}' limit 1`,
              `update \`sessions\` set \`payload\` = 'YTozOntzOjY6Il90b2tlbiI7czo0MDoi', \`last_activity\` = ${sec(DAY0) + 3 * 3600}, \`user_id\` = 42 where \`id\` = '${sid}'`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'bcrypt-password-hash',
      'none',
      'A bcrypt hash (`$2y$12$…`) in an `update users set password`: a one-way hash, not the password.',
      ({ rng }) => {
        const hash = `$2y$12$${rng.chars(UPPER + LOWER + DIGITS + './', 53)}`;
        return {
          value: hash,
          event: { sqls: [`update \`users\` set \`password\` = '${hash}', \`updated_at\` = '2026-12-09 09:14:02' where \`id\` = 17`] },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'queued-job-payload-json-escaped-url-token',
      'error',
      "A queued job's payload as PDO quotes it: JSON with `\\/` escapes, then MySQL's backslash escaping (`https:\\\\/\\\\/…?token=<key>`): the partner key two unescapings away.",
      ({ rng }) => {
        const key = rng.alnum(36);
        const payload = JSON.stringify({
          uuid: rng.uuid(),
          displayName: 'App\\Jobs\\SyncTimetable',
          data: { url: `https://api.partner-q.example/v1/timetables?token=${key}` },
        });
        const quoted = payload.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        return {
          value: key,
          event: {
            sqls: [
              `insert into \`jobs\` (\`queue\`, \`attempts\`, \`reserved_at\`, \`available_at\`, \`created_at\`, \`payload\`) values ('default', 0, NULL, ${sec(DAY0) + 3 * 3600}, ${sec(DAY0) + 3 * 3600}, '${quoted}')`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'bitrix24-inbound-webhook-settings',
      'error',
      WHY.webhook(
        'A Bitrix24 inbound webhook (`https://<portal>.bitrix24.com/rest/<user id>/<secret>/`) saved as a setting: the secret acts as the user in the CRM',
      ),
      ({ rng }) => {
        const secret = rng.lowerNum(16);
        return {
          value: secret,
          event: {
            sqls: [
              `update \`settings\` set \`value\` = 'https://ferry-n.bitrix24.com/rest/${rng.int(1, 40)}/${secret}/', \`updated_at\` = '2026-12-09 09:31:40' where \`key\` = 'crm.webhook'`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'pageview-insert-hash-route-access_token',
      'error',
      'An analytics insert of the page URL a hash-routed SPA reported (`https://app…/#/auth?access_token=<JWT>`): the access token of an implicit-flow login, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 30, claims: { sub: rng.uuid(), scope: 'bookings' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            sqls: [
              `insert into \`page_views\` (\`session\`, \`url\`, \`created_at\`) values ('${rng.hex(16)}', 'https://app.ferry-n.example/#/auth?access_token=${token.token}&token_type=bearer', '${ymdHms(t)}')`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'sanctum-token-sha256',
      'none',
      "Sanctum stores a personal access token's SHA-256 (`token` column, 64 hex): a hash of the token, no credential.",
      ({ rng }) => {
        const hash = sha256(rng.alnum(40));
        return {
          value: hash,
          event: {
            sqls: [
              `insert into \`personal_access_tokens\` (\`name\`, \`token\`, \`abilities\`, \`tokenable_id\`, \`tokenable_type\`, \`updated_at\`, \`created_at\`) values ('cli', '${hash}', '["*"]', 17, 'App\\\\Models\\\\User', '2026-12-09 09:40:11', '2026-12-09 09:40:11')`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 3 * HOUR,
    site: { host: 'db' },
    filler,
    render,
    steps,
    header: [
      '/usr/sbin/mysqld, Version: 8.4.3 (MySQL Community Server - GPL). started with:',
      'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock',
      'Time                 Id Command    Argument',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// redis-monitor.txt: `redis-cli MONITOR > redis-monitor.txt` on Redis 7.4 (`OK`, then `<epoch>.<µs> [<db> <addr>:<port>]
// "CMD" "arg" …`, quotes inside arguments escaped). A Node app's sessions (connect-redis), an API's keys and an
// authorization server's codes.
// https://redis.io/docs/latest/commands/monitor/

function redisLog(rng) {
  const q = (a) => `"${String(a).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const render = (e, rng) => {
    const addr = `10.50.0.${rng.int(2, 40)}:${rng.int(30000, 60000)}`;
    return e.cmds.map((args, i) => `${epochMicros(e.t + i, rng)} [0 ${addr}] ${args.map(q).join(' ')}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cmds: [['PING']] }),
      () => ({ cmds: [['GET', `cache:sailings:${rng.pick(['bodo', 'reine'])}:2026-12-09`]] }),
      () => ({
        cmds: [
          ['INCR', `ratelimit:${rng.int(2, 254)}:${rng.int(500, 599)}`],
          ['EXPIRE', `ratelimit:x:${rng.int(500, 599)}`, '60'],
        ],
      }),
      () => ({ cmds: [['BRPOP', 'queues:default', '5']] }),
    ])();
  const steps = [
    5,
    plant(
      'session-id',
      'connect-redis-sess-key',
      'error',
      WHY.session(
        'connect-redis reads and rewrites `sess:<sid>`: the express-session id the `connect.sid` cookie carries (the GET, then the SET with the session JSON)',
      ),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: {
            cmds: [
              ['GET', `sess:${sid}`],
              [
                'SET',
                `sess:${sid}`,
                JSON.stringify({ cookie: { originalMaxAge: 86400000, httpOnly: true, path: '/' }, userId: 42 }),
                'EX',
                '86400',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'redlock-lock-value',
      'none',
      'A Redlock lock value (`SET lock:… <random> NX PX 30000`): a random owner id for the lock, no credential.',
      ({ rng }) => {
        const v = rng.hex(40);
        return { value: v, event: { cmds: [['SET', 'lock:timetable-import', v, 'NX', 'PX', '30000']] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'redis-hget-apikeys-field',
      'error',
      `${WHY.apiKey('apikeys')} An API checks the caller's key as a field of the \`apikeys\` hash (\`HGET apikeys <key>\`): the key itself in the command.`,
      ({ rng }) => {
        const key = `fk_${rng.alnum(40)}`;
        return { value: key, event: { cmds: [['HGET', 'apikeys', key]] } };
      },
    ),
    4,
    plant(
      'refresh-token',
      'redis-setex-refresh_token-key',
      'error',
      `${WHY.refresh} It is the key of a \`SETEX refresh_token:<token> 2592000 …\` (30 days).`,
      ({ rng }) => {
        const token = rng.b64url(64);
        return {
          value: token,
          event: { cmds: [['SETEX', `refresh_token:${token}`, '2592000', JSON.stringify({ uid: 42, client: 'ferry-ios' })]] },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'redis-authorization-code-key-with-state',
      'warning',
      `${WHY.code} An authorization server keeps its codes in Redis (\`SET oauth:code:<code> {…"state":…} EX 60\`).`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            cmds: [
              [
                'SET',
                `oauth:code:${code}`,
                JSON.stringify({
                  client_id: 'ferry-web',
                  redirect_uri: 'https://app.ferry-n.example/callback',
                  state: rng.hex(16),
                  user: 42,
                }),
                'EX',
                '60',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'redis-publish-traceId',
      'none',
      'A published event with `traceId` (32 hex): a trace id, no credential.',
      ({ rng }) => {
        const trace = rng.hex(32);
        return {
          value: trace,
          event: {
            cmds: [['PUBLISH', 'events:booking', JSON.stringify({ type: 'booking.paid', id: rng.int(1000, 9999), traceId: trace })]],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'redis-rpush-job-args-access_token-jwt',
      'error',
      'A queued job\'s serialized arguments (`RPUSH queues:default {…"args":[{"access_token":"<JWT>"}]…}`): the user\'s access token, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 120, claims: { sub: rng.uuid(), scope: 'calendar.write' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            cmds: [
              [
                'RPUSH',
                'queues:default',
                JSON.stringify({
                  class: 'CalendarSyncJob',
                  args: [{ user: 42, access_token: token.token }],
                  jid: rng.hex(24),
                  enqueued_at: sec(t),
                }),
              ],
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'redis' }, filler, render, steps, header: ['OK'] });
}

// ---------------------------------------------------------------------------------------------------------------------
// logcat.txt: `adb logcat -v threadtime -v year -v UTC` of an Android app (`2026-12-09 10:00:01.123  <pid>  <tid> D Tag : …`),
// OkHttp's HttpLoggingInterceptor at HEADERS and BODY (`--> GET <url>`, headers, `<-- 200 <url> (<n>ms)`), the app's tags.
// https://developer.android.com/tools/logcat, https://square.github.io/okhttp/features/interceptors/ (logging-interceptor)

function logcatLog(rng) {
  const pid = rng.int(4000, 9000);
  const render = (e, rng) => {
    const tid = pid + rng.int(10, 90);
    return e.lines.map(
      ([lvl, tag, msg], i) =>
        `${iso(e.t + i)
          .slice(0, 23)
          .replace('T', ' ')}  ${pid}  ${tid} ${lvl} ${tag.padEnd(8)}: ${msg}`,
    );
  };
  const ok = (method, url, reqHeaders, ms, extra = [], status = 200) => [
    ['D', 'OkHttp', `--> ${method} ${url}`],
    ...reqHeaders.map(([k, v]) => ['D', 'OkHttp', `${k}: ${v}`]),
    ...extra.map((x) => ['D', 'OkHttp', x]),
    ['D', 'OkHttp', `--> END ${method}`],
    ['D', 'OkHttp', `<-- ${status} ${url} (${ms}ms)`],
    ['D', 'OkHttp', 'content-type: application/json'],
    ['D', 'OkHttp', '<-- END HTTP'],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        lines: ok(
          'GET',
          `https://api.ferry-n.example/v2/sailings?route=${rng.pick(['bodo', 'reine'])}`,
          [['Accept', 'application/json']],
          rng.int(40, 400),
        ),
      }),
      () => ({ lines: [['I', 'ActivityTaskManager', `Displayed no.ferry.app/.MainActivity: +${rng.int(300, 900)}ms`]] }),
      () => ({ lines: [['D', 'SailingsVM', `loaded ${rng.int(4, 30)} sailings`]] }),
      () => ({
        lines: [
          ['W', 'Choreographer', `Skipped ${rng.int(30, 90)} frames!  The application may be doing too much work on its main thread.`],
        ],
      }),
    ])();
  const steps = [
    5,
    plant(
      'implicit-fragment',
      'android-onNewIntent-custom-scheme-fragment',
      'error',
      'The app logs the redirect intent of an implicit-flow login (`no.ferry.app:/oauth2redirect#access_token=<JWT>`): the access token, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 3, claims: { sub: rng.uuid(), aud: 'ferry-android' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            lines: [
              [
                'D',
                'AuthActivity',
                `onNewIntent data=no.ferry.app:/oauth2redirect#access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'firebase-gmpid-header',
      'none',
      "OkHttp's `x-firebase-gmpid: 1:<project number>:android:<hex>` header: the Firebase app id, public, in every build.",
      ({ rng }) => {
        const id = `1:${digits(rng, 12)}:android:${rng.hex(22)}`;
        return {
          value: id,
          event: {
            lines: ok(
              'POST',
              'https://firebaseinstallations.googleapis.com/v1/projects/ferry-n/installations',
              [
                ['x-firebase-gmpid', id],
                ['Content-Type', 'application/json'],
              ],
              rng.int(80, 300),
            ),
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'okhttp-x-parse-session-token',
      'error',
      WHY.session("OkHttp's header line `X-Parse-Session-Token: r:<32 hex>`: a Parse Server session token"),
      ({ rng }) => {
        const token = `r:${rng.hex(32)}`;
        return {
          value: token,
          event: {
            lines: ok(
              'GET',
              'https://parse.ferry-n.example/parse/classes/Ticket?limit=50',
              [
                ['X-Parse-Application-Id', 'ferry'],
                ['X-Parse-Session-Token', token],
              ],
              rng.int(80, 300),
            ),
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'okhttp-body-firebase-securetoken-refresh',
      'error',
      `${WHY.refresh} OkHttp at BODY level writes the form body of a call to Firebase's token endpoint (\`grant_type=refresh_token&refresh_token=AMf-vB…\`).`,
      ({ rng }) => {
        const token = `AMf-vB${rng.b64url(250)}`;
        return {
          value: token,
          event: {
            lines: ok(
              'POST',
              `https://securetoken.googleapis.com/v1/token?key=AIza${rng.b64url(35)}`,
              [['Content-Type', 'application/x-www-form-urlencoded']],
              rng.int(80, 300),
              ['', `grant_type=refresh_token&refresh_token=${token}`],
            ),
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'okhttp-x-honeycomb-team-header',
      'error',
      `${WHY.apiKey('X-Honeycomb-Team')} An ingest key shipped in the app and logged by OkHttp's header lines.`,
      ({ rng }) => {
        const key = `hcaik_${rng.lowerNum(58)}`;
        return {
          value: key,
          event: {
            lines: ok(
              'POST',
              'https://api.honeycomb.io/1/batch/ferry-android',
              [
                ['X-Honeycomb-Team', key],
                ['Content-Type', 'application/json'],
              ],
              rng.int(80, 300),
            ),
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'okhttp-embed-tile-jwt-120s',
      'warning',
      'A WebView-less client fetches `/embed/tile/<JWT>` (OkHttp writes it on `-->` and on `<--`): 120 s without jti',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 120, age: 2, claims: { resource: { dashboard: rng.int(2, 40) }, params: {} } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { lines: ok('GET', `https://bi.ferry-n.example/embed/tile/${token.token}`, [['Accept', 'text/html']], rng.int(80, 300)) },
        };
      },
    ),
    4,
    plant(
      'negative',
      'okhttp-sentry-trace',
      'none',
      'A `sentry-trace: <trace id>-<span id>-1` header: tracing ids, no credential.',
      ({ rng }) => {
        const tr = `${rng.hex(32)}-${rng.hex(16)}-1`;
        return { value: tr, event: { lines: ok('GET', 'https://api.ferry-n.example/v2/me', [['sentry-trace', tr]], rng.int(40, 200)) } };
      },
    ),
    4,
  ];
  return buildLog(rng, {
    start: DAY0 + 4 * HOUR + 1800000,
    site: { host: 'api.ferry-n.example' },
    filler,
    render,
    steps,
    header: ['--------- beginning of main'],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// fluentd-stdout.log: Fluentd 1.17 `out_stdout` (`<time %Y-%m-%d %H:%M:%S.%N %z> <tag>: <record JSON>`) of nginx access
// lines parsed by `in_tail` with `@type nginx` (`remote`, `host`, `user`, `method`, `path`, `code`, `size`, `referer`,
// `agent`, `http_x_forwarded_for`).
// https://docs.fluentd.org/output/stdout, https://docs.fluentd.org/parser/nginx

function fluentdLog(rng) {
  const render = (e, rng) => {
    const time = `${iso(e.t).slice(0, 19).replace('T', ' ')}.${pad(e.t % 1000, 3)}${digits(rng, 6)} +0000`;
    if (e.app) return [`${time} app.web: ${JSON.stringify({ log: e.app, stream: 'stdout' })}`];
    return [
      `${time} nginx.access: ${JSON.stringify({ remote: e.ip, host: '-', user: '-', method: e.method, path: target(e), code: String(e.status), size: String(e.bytes), referer: e.referer, agent: e.ua, http_x_forwarded_for: '-' })}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/sailings/${rng.pick(['bodo', 'reine', 'moskenes'])}` }),
      () => ({ path: '/favicon.ico', bytes: 1150 }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.32', bytes: 2 }),
      () => ({ app: `booking ${rng.int(1000, 9999)} paid` }),
    ])();
  const steps = [
    5,
    plant(
      'oauth-code',
      'x-twitter-oauth2-code',
      'warning',
      `${WHY.code} X's (Twitter's) OAuth 2.0 code (base64url with a \`:1:ci\` tail) in the callback nginx logged.`,
      ({ rng }) => {
        const code = `${rng.b64url(56)}OjE3NjUyNjk${rng.b64url(8)}OjE6MTpjaTox`;
        return {
          value: code,
          event: { path: '/auth/x/callback', query: `state=${rng.b64url(22)}&code=${code}`, status: 302, referer: 'https://x.com/' },
        };
      },
    ),
    4,
    plant(
      'negative',
      'vite-asset-hash',
      'none',
      "A Vite build's hashed asset (`/assets/index-<8 chars>.js`): a content hash, no credential.",
      ({ rng }) => {
        const h = rng.b64url(8);
        return { value: `index-${h}`, event: { path: `/assets/index-${h}.js`, bytes: rng.int(90000, 300000) } };
      },
    ),
    4,
    plant(
      'replay',
      'pair_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `pair_ticket` (a kiosk pairs a screen with it once)'),
      ({ rng }) => {
        const ticket = rng.alnum(32);
        return {
          value: ticket,
          event: {
            path: '/screen/join',
            query: `pair_ticket=${ticket}`,
            ip: '198.51.100.140',
            ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
          },
        };
      },
      { ref: 'pair' },
    ),
    2,
    plant(
      'replay',
      'pair_ticket-opaque',
      'replay',
      WHY.replay('pair_ticket', 40),
      ({ refs }) => ({
        value: refs.get('pair').value,
        event: { path: '/screen/join', query: `pair_ticket=${refs.get('pair').value}`, ip: '203.0.113.77', ua: BROWSERS[4] },
      }),
      { replayOf: 'pair', after: 40 },
    ),
    4,
    plant(
      'embed-jwt',
      'embed-notebook-jwt-expired',
      'note',
      'An `/embed/notebook/<JWT>` link opened two days after it expired (the app answered 401)',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 600, age: 2 * 86400 + 600, claims: { notebook: rng.int(10, 99), viewer: 'anon' } });
        return { value: token.token, jwt: token.facts, event: { path: `/embed/notebook/${token.token}`, status: 401 } };
      },
    ),
    4,
    plant(
      'encoded',
      'tracking-pixel-base64-json-token',
      'error',
      'A tracking pixel whose `d=` is standard base64 of JSON (`{"user":…,"token":"<token>"}`): one decoding away from the session token an old mail template embedded.',
      ({ rng }) => {
        const token = rng.alnum(40);
        const d = b64Of(JSON.stringify({ user: 42, token, campaign: 'winter' }));
        return { value: d, event: { path: '/t.gif', query: `d=${d}`, bytes: 43 } };
      },
    ),
    4,
    plant(
      'path-secret',
      'passwordless-verify-path-token',
      'error',
      WHY.pathSecret('A passwordless sign-in link (`/auth/passwordless/verify/<token>`)'),
      ({ rng }) => {
        const token = rng.b64url(43);
        return { value: token, event: { path: `/auth/passwordless/verify/${token}`, status: 302, referer: 'https://mail.google.com/' } };
      },
    ),
    4,
    plant(
      'negative',
      'yclid-click-id',
      'none',
      "Yandex's click id (`yclid=<digits>`) on a landing page: ad attribution, no credential.",
      ({ rng }) => {
        const y = digits(rng, 19);
        return { value: y, event: { path: '/', query: `utm_source=yandex&yclid=${y}` } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'www.ferry-n.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fastify.log: Fastify 5's default logger (pino JSON: `level`, `time` in epoch ms, `pid`, `hostname`, `reqId`; `incoming
// request` with `req` {method, url, host, remoteAddress, remotePort}, `request completed` with `res` and `responseTime`),
// the 404 handler's `Route GET:<url> not found`, and the app's own objects.
// https://fastify.dev/docs/latest/Reference/Logging/

function fastifyLog(rng) {
  let n = 0;
  const render = (e, rng) => {
    const base = (lvl, dt) => ({ level: lvl, time: e.t + dt, pid: 1, hostname: 'api-5c9f7d-x2k8q' });
    if (e.app) return [JSON.stringify({ ...base(e.lvl ?? 30, 0), ...e.app })];
    const reqId = `req-${++n}`;
    const out = [
      JSON.stringify({
        ...base(30, 0),
        reqId,
        req: { method: e.method, url: target(e), host: e.host, remoteAddress: e.ip, remotePort: e.port },
        msg: 'incoming request',
      }),
    ];
    if (e.debug) out.push(JSON.stringify({ ...base(20, 1), reqId, ...e.debug }));
    if (e.status === 404) out.push(JSON.stringify({ ...base(30, 1), reqId, msg: `Route ${e.method}:${target(e)} not found` }));
    out.push(
      JSON.stringify({
        ...base(30, 2),
        reqId,
        res: { statusCode: e.status },
        responseTime: rng.int(1, 90) + rng.int(0, 999) / 1000,
        msg: 'request completed',
      }),
    );
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/sailings', query: `route=${rng.pick(['bodo', 'reine'])}` }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.32' }),
      () => ({ app: { msg: `cache refreshed (${rng.int(10, 80)} routes)` } }),
    ])();
  const steps = [
    4,
    plant(
      'id-token',
      'fastify-session-end-id_token_hint-expired',
      'note',
      'An `id_token_hint` at the end-session endpoint, six hours after the ID token expired: it no longer authenticates',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 7 * 3600,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: 'https://id.ferry-n.example', aud: 'ferry-web', sub: rng.uuid() },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/oidc/session/end',
            query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fapp.ferry-n.example%2F`,
            status: 302,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'fastify-pkce-code_challenge',
      'none',
      'An authorization request (`response_type=code`, `code_challenge=<43>`, `state`): a PKCE challenge is a hash of the verifier, no credential.',
      ({ rng }) => {
        const ch = rng.b64url(43);
        return {
          value: ch,
          event: {
            path: '/oidc/auth',
            query: `response_type=code&client_id=ferry-web&code_challenge=${ch}&code_challenge_method=S256&state=${rng.hex(16)}`,
            status: 302,
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'fastify-partnerKey-query-404',
      'error',
      `${WHY.apiKey('partnerKey')} A partner calls a retired route: Fastify writes the URL on \`incoming request\` and again in \`Route GET:… not found\`.`,
      ({ rng }) => {
        const key = rng.hex(48);
        return {
          value: key,
          event: { path: '/v1/partner/quotes', query: `partnerKey=${key}&route=bodo`, status: 404, ua: 'Go-http-client/2.0' },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'fastify-log-request-body-password',
      'error',
      "`request.log.warn({ body: request.body }, 'login failed')`: the login body with the user's password in clear.",
      ({ rng }) => {
        const pw = `${rng.alnum(10)}!${digits(rng, 3)}`;
        return {
          value: pw,
          event: { app: { reqId: `req-${n}`, body: { email: 'ola@ferry-n.example', password: pw }, msg: 'login failed' }, lvl: 40 },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'fastify-azure-logic-apps-trigger-url',
      'error',
      WHY.webhook(
        'An Azure Logic Apps HTTP trigger URL (`…/triggers/manual/paths/invoke?api-version=…&sp=…&sv=1.0&sig=<sig>`) in an app error',
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            lvl: 50,
            app: {
              err: {
                type: 'FetchError',
                message: `request to https://prod-${rng.int(10, 99)}.northeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} failed, reason: socket hang up`,
                stack: 'FetchError: request failed',
              },
              msg: 'notify workflow failed',
            },
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'fastify-debug-headers-authorization-splunk',
      'error',
      'A debug line with `request.headers`: `authorization: "Splunk <uuid>"`, an HTTP Event Collector token the proxy forwards.',
      ({ rng }) => {
        const token = rng.uuid();
        return {
          value: token,
          event: {
            method: 'POST',
            path: '/services/collector/event',
            ua: 'fluent-bit/3.2.4',
            debug: {
              headers: { host: 'api.ferry-n.example', authorization: `Splunk ${token}`, 'content-type': 'application/json' },
              msg: 'proxying to HEC',
            },
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'qr_ticket-opaque',
      'note',
      WHY.ticketFirst('An opaque `qr_ticket` (a QR login ticket the phone confirms once)'),
      ({ rng }) => {
        const ticket = rng.b64url(40);
        return {
          value: ticket,
          event: { method: 'POST', path: '/v1/qr-login/confirm', query: `qr_ticket=${ticket}`, ip: '198.51.100.23', ua: 'okhttp/5.3.0' },
        };
      },
      { ref: 'qr' },
    ),
    plant(
      'replay',
      'qr_ticket-opaque',
      'replay',
      WHY.replay('qr_ticket', 95),
      ({ refs }) => ({
        value: refs.get('qr').value,
        event: {
          method: 'POST',
          path: '/v1/qr-login/confirm',
          query: `qr_ticket=${refs.get('qr').value}`,
          ip: '203.0.113.150',
          ua: 'curl/8.17.0',
        },
      }),
      { replayOf: 'qr', after: 95 },
    ),
    3,
    plant(
      'negative',
      'fastify-requestId-query-uuid',
      'none',
      'A `requestId=<uuid>` a client adds to correlate its calls: an id, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { path: '/v1/bookings', query: `requestId=${id}` } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'api.ferry-n.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wp-debug.log: WordPress 6.9 with `WP_DEBUG_LOG` (`wp-content/debug.log`): PHP's error_log format (`[09-Dec-2026
// 13:00:01 UTC] PHP Warning:  …`), plugins' `error_log()` lines, `PHP Stack trace:` and `var_export()` output without a
// time of their own.
// https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/#wp_debug_log,
// https://www.php.net/manual/en/function.error-log.php

function wpLog(rng) {
  const render = (e) => [`[${phpTime(e.t)}] ${e.msg}`, ...(e.more ?? [])];
  const filler = (rng) =>
    rng.pick([
      () => ({
        msg: `PHP Deprecated:  Creation of dynamic property WC_Ferry_Gateway::$${rng.pick(['title', 'icon'])} is deprecated in /var/www/html/wp-content/plugins/ferry-pay/includes/class-gateway.php on line ${rng.int(20, 90)}`,
      }),
      () => ({
        msg: `PHP Warning:  Undefined array key "route" in /var/www/html/wp-content/themes/fjord/template-parts/sailings.php on line ${rng.int(10, 80)}`,
      }),
      () => ({
        msg: `PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>ferry-pay</code> domain was triggered too early. in /var/www/html/wp-includes/functions.php on line 6121`,
      }),
    ])();
  const steps = [
    3,
    plant(
      'webhook',
      'pabbly-connect-webhook-url',
      'error',
      WHY.webhook("A Pabbly Connect webhook URL (`/workflow/sendwebhookdata/<token>`) in a plugin's delivery failure"),
      ({ rng }) => {
        const token = rng.alnum(56);
        return {
          value: token,
          event: {
            msg: `Ferry Forms: webhook delivery failed (cURL error 28: Operation timed out after 10001 milliseconds) for https://connect.pabbly.com/workflow/sendwebhookdata/${token}`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'x-wp-nonce',
      'none',
      "A REST request's `X-WP-Nonce: <10 hex>` in a plugin's debug line: WordPress's anti-forgery nonce, no credential.",
      ({ rng }) => {
        const nonce = rng.hex(10);
        return { value: nonce, event: { msg: `Ferry Forms: REST /ferry/v1/submit nonce check ok (X-WP-Nonce: ${nonce}, user 0)` } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'edd-license-key-update-check',
      'error',
      `${WHY.apiKey('license')} A premium plugin's update check (Easy Digital Downloads' \`edd_action=get_version&license=<32 hex>\`): the license unlocks downloads for whoever holds it.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            msg: `PHP Warning:  file_get_contents(https://updates.plugin-v.example/?edd_action=get_version&license=${key}&item_id=${rng.int(100, 999)}&url=www.ferry-n.example): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in /var/www/html/wp-content/plugins/ferry-forms-pro/updater.php on line 77`,
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'var_export-consumer_secret',
      'error',
      "`error_log(var_export($settings, true))` over several lines: `'consumer_secret' => 'cs_<40 hex>'`, a WooCommerce REST secret (its line has no time).",
      ({ rng }) => {
        const secret = `cs_${rng.hex(40)}`;
        return {
          value: secret,
          event: {
            msg: 'Ferry sync settings: array (',
            more: [
              `  'store_url' => 'https://shop.ferry-n.example',`,
              `  'consumer_key' => 'ck_${rng.hex(40)}',`,
              `  'consumer_secret' => '${secret}',`,
              `  'interval' => 300,`,
              ')',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'php-serialize-token',
      'error',
      'PHP `serialize()` of an options array (`a:2:{s:5:"token";s:40:"<token>";…}`) in a plugin\'s error and again in the `unserialize()` notice that follows it: the API token in PHP\'s serialization format.',
      ({ rng, t }) => {
        const token = rng.alnum(40);
        const ser = `a:2:{s:5:"token";s:40:"${token}";s:4:"mode";s:4:"live"}`;
        return {
          value: token,
          event: {
            msg: `Ferry sync: bad option ferry_sync_auth=${ser}`,
            more: [
              `[${phpTime(t)}] PHP Notice:  unserialize(): Error at offset 61 of 62 bytes in /var/www/html/wp-content/plugins/ferry-sync/includes/class-auth.php on line 33 while reading ${ser.slice(0, -1)}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'wordpress_sec-auth-cookie',
      'error',
      WHY.session(
        "A plugin logs `$_SERVER['HTTP_COOKIE']`: `wordpress_sec_<hash>=<user>|<expiration>|<token>|<hmac>`, WordPress's HTTPS auth cookie",
      ),
      ({ rng, t }) => {
        const cookie = `admin%7C${sec(t) + 14 * 86400}%7C${rng.alnum(43)}%7C${rng.hex(64)}`;
        return {
          value: cookie,
          needle: cookie.slice(0, 50),
          event: { msg: `Ferry Forms debug: Cookie: wordpress_sec_${rng.hex(32)}=${cookie}; wp-settings-1=libraryContent%3Dbrowse` },
        };
      },
    ),
    3,
    plant(
      'negative',
      'script-ver-cache-buster',
      'none',
      'A script URL with `?ver=<hash>` in a deprecation notice: a cache buster, no credential.',
      ({ rng }) => {
        const v = rng.hex(20);
        return {
          value: v,
          event: {
            msg: `PHP Deprecated:  wp_enqueue_script(): the "ferry-map" handle uses /wp-content/plugins/ferry-map/build/map.js?ver=${v} without a dependency array in /var/www/html/wp-includes/functions.php on line 6121`,
          },
        };
      },
    ),
    3,
  ];
  const log = buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'www.ferry-n.example' }, filler, render, steps });
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// nextcloud.log: Nextcloud 31's JSON log (`reqId`, `level`, `time`, `remoteAddr`, `user`, `app`, `method`, `url`,
// `message`, `userAgent`, `version`, `exception` with `Trace` and its `args`).
// https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/logging_configuration.html

function nextcloudLog(rng) {
  const render = (e, rng) => [
    JSON.stringify({
      reqId: e.ncReq ?? rng.alnum(20),
      level: e.level ?? 2,
      time: iso(e.t).slice(0, 19) + '+00:00',
      remoteAddr: e.ip,
      user: e.user ?? '--',
      app: e.app ?? 'core',
      method: e.method,
      url: target(e),
      message: e.message ?? 'Login failed',
      userAgent: e.ua,
      version: '31.0.2.1',
      ...(e.exception ? { exception: e.exception } : {}),
      data: { app: e.app ?? 'core' },
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        path: '/login',
        method: 'POST',
        message: `Login failed: 'user${rng.int(1, 9)}' (Remote IP: '${`203.0.113.${rng.int(2, 254)}`}')`,
      }),
      () => ({
        path: '/remote.php/dav/files/ola/Timetables/',
        method: 'PROPFIND',
        user: 'ola',
        app: 'webdav',
        message: 'Sabre\\DAV\\Exception\\NotFound: File with name Timetables/2025 could not be located',
        level: 0,
      }),
      () => ({
        path: '/cron.php',
        method: '',
        app: 'cron',
        message: `Finished OCA\\Files\\BackgroundJob\\ScanFiles (id: ${rng.int(10, 99)}) after ${rng.int(1, 9)}s`,
        level: 1,
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'nextcloud-public-share-token',
      'error',
      WHY.pathSecret(
        'A public share link (`/index.php/s/<15 characters>`): the token is the whole access control of a link share without a password',
      ),
      ({ rng }) => {
        const token = rng.alnum(15);
        return {
          value: token,
          event: {
            path: `/index.php/s/${token}/download`,
            query: 'path=%2F&files=manifest.pdf',
            app: 'files_sharing',
            message: 'File manifest.pdf not found in share',
            level: 2,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'nextcloud-sensitive-parameters-replaced',
      'none',
      "Nextcloud replaces a login method's arguments with `*** sensitive parameters replaced ***` in the exception trace: nothing to leak.",
      ({ rng }) => {
        const reqId = rng.alnum(20);
        return {
          value: reqId,
          needle: reqId,
          event: {
            ncReq: reqId,
            path: '/login',
            method: 'POST',
            message: 'Invalid login',
            exception: {
              Exception: 'OC\\Authentication\\Exceptions\\LoginRequiredException',
              Message: 'Invalid login',
              Code: 0,
              Trace: [
                {
                  file: '/var/www/html/lib/private/User/Session.php',
                  line: 431,
                  function: 'logClientIn',
                  class: 'OC\\User\\Session',
                  type: '->',
                  args: ['*** sensitive parameters replaced ***'],
                },
              ],
            },
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'user_oidc-code-callback',
      'warning',
      `${WHY.code} user_oidc's callback failed (\`/apps/user_oidc/code?state=…&code=…\`) and the log keeps its URL.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            path: '/index.php/apps/user_oidc/code',
            query: `state=${rng.alnum(32)}&session_state=${rng.uuid()}&code=${code}`,
            app: 'user_oidc',
            message: 'Token exchange failed: cURL error 60: SSL certificate problem',
            level: 3,
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'onlyoffice-download-doc-jwt-no-exp',
      'error',
      "ONLYOFFICE's document server fetches the file with `?doc=<JWT>` (the connector signs it without `exp`): a link that opens the document for ever",
      ({ rng, t }) => {
        const token = jwt(rng, t, { claims: { action: 'download', fileId: rng.int(1000, 9999), userId: 'ola' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/index.php/apps/onlyoffice/download',
            query: `doc=${token.token}`,
            ua: 'Node.js/6.13',
            app: 'onlyoffice',
            message: 'Download: file not found',
            level: 3,
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'nextcloud-exception-trace-args-token',
      'error',
      'An exception trace whose `args` (a third-party app\'s method, not on Nextcloud\'s sensitive list) hold the API URL and the token: `args: ["https://…", "<token>"]`.',
      ({ rng }) => {
        const token = rng.alnum(48);
        return {
          value: token,
          event: {
            path: '/index.php/apps/ferrysync/sync',
            method: 'POST',
            user: 'admin',
            app: 'ferrysync',
            message: 'Client error: 401 Unauthorized',
            level: 3,
            exception: {
              Exception: 'GuzzleHttp\\Exception\\ClientException',
              Message: 'Client error: 401 Unauthorized',
              Code: 401,
              Trace: [
                {
                  file: '/var/www/html/custom_apps/ferrysync/lib/Service/Api.php',
                  line: 58,
                  function: 'connect',
                  class: 'OCA\\FerrySync\\Service\\Api',
                  type: '->',
                  args: ['https://api.partner-q.example', token],
                },
              ],
            },
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'nextcloud-requesttoken',
      'none',
      "Nextcloud's CSRF `requesttoken` (`<base64>:<base64>`) in a URL: anti-forgery, bound to the session, no credential.",
      ({ rng }) => {
        const rt = encodeURIComponent(`${rng.b64url(44)}:${rng.b64url(44)}`);
        return {
          value: rt,
          event: {
            path: '/index.php/apps/files/ajax/download.php',
            query: `dir=%2F&files=a.pdf&requesttoken=${rt}`,
            user: 'ola',
            app: 'files',
            message: 'File a.pdf not found',
            level: 2,
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'cloud.ferry-n.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// storage-analytics.log: Azure Storage Analytics logging 2.0 (`$logs/blob/…/000000.log`), semicolon-separated, quoted
// URL, object key, ETag, user agent and referrer; the OAuth fields of version 2.0 (user object id, tenant id,
// application id, audience, issuer, UPN). A static website (`$web`) and an app's OAuth-authorized reads.
// https://learn.microsoft.com/rest/api/storageservices/Storage-Analytics-Log-Format

function storageLog(rng) {
  const render = (e, rng) => {
    const start = iso(e.t).replace('Z', '') + digits(rng, 4) + 'Z';
    const web = e.auth !== 'oauth';
    const url = web ? `https://ferryn.z1.web.core.windows.net${target(e)}` : `https://ferryn.blob.core.windows.net${target(e)}`;
    const key = web ? `/ferryn/$web${e.path === '/' ? '/index.html' : e.path}` : `/ferryn${e.path}`;
    const oauth =
      e.auth === 'oauth'
        ? [
            e.oid ?? rng.uuid(),
            e.tid ?? rng.uuid(),
            e.appid ?? rng.uuid(),
            'https://storage.azure.com',
            `https://sts.windows.net/${rng.uuid()}/`,
            '',
            '',
            '',
          ]
        : ['', '', '', '', '', '', '', ''];
    return [
      [
        '2.0',
        start,
        'GetBlob',
        e.auth === 'oauth' ? 'Success' : 'AnonymousSuccess',
        e.status,
        e.ms,
        Math.max(1, e.ms - 3),
        e.auth === 'oauth' ? 'oauth' : 'anonymous',
        '',
        'ferryn',
        'blob',
        `"${url}"`,
        `"${key}"`,
        rng.uuid(),
        0,
        `${e.ip}:${e.port}`,
        '2009-09-19',
        rng.int(400, 1400),
        0,
        rng.int(300, 500),
        e.bytes,
        0,
        '',
        `"${e.md5 ?? rng.bytes(16).toString('base64')}"`,
        `"${e.etag ?? `0x8DD${rng.hex(12).toUpperCase()}`}"`,
        'Tuesday, 08-Dec-26 22:10:04 GMT',
        '',
        `"${e.ua}"`,
        e.referer === '-' ? '' : `"${e.referer}"`,
        '',
        ...oauth,
      ].join(';'),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(90000, 300000) }),
      () => ({ path: '/favicon.ico', bytes: 1150 }),
      () => ({
        path: `/timetables/${rng.pick(['bodo', 'reine'])}.json`,
        auth: 'oauth',
        ua: 'azsdk-python-storage-blob/12.24.0 Python/3.12.8 (Linux-6.8.0-azure-x86_64-with-glibc2.36)',
      }),
    ])();
  const steps = [
    4,
    plant(
      'oauth-code',
      'static-website-callback-code',
      'warning',
      `${WHY.code} A single-page app on a static website: the callback page's own GET keeps \`code\` and \`state\` in the request URL.`,
      ({ rng }) => {
        const code = rng.b64url(86);
        return {
          value: code,
          event: { path: '/callback.html', query: `code=${code}&state=${rng.hex(32)}`, referer: 'https://login.ferry-n.example/' },
        };
      },
    ),
    3,
    plant(
      'negative',
      'storage-oauth-application-id',
      'none',
      'The OAuth fields of a version 2.0 entry (user object id, tenant id, application id GUIDs, audience, issuer): identifiers of who read the blob, no credential.',
      ({ rng }) => {
        const appid = rng.uuid();
        return {
          value: appid,
          event: {
            path: '/reports/2026-12.pdf',
            auth: 'oauth',
            appid,
            ua: 'azsdk-net-Storage.Blobs/12.23.0 (.NET 9.0.0; Ubuntu 24.04.1 LTS)',
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'static-website-id_token-query',
      'error',
      'An OIDC client that asked for `response_mode=query`: the static page `/signed-in.html?id_token=<JWT>` is fetched with the ID token (RS256, 10 min) in its URL',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 600,
          age: 4,
          alg: 'RS256',
          kid: rng.b64url(20),
          claims: { iss: 'https://login.ferry-n.example', aud: 'ferry-static', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/signed-in.html', query: `id_token=${token.token}`, referer: 'https://login.ferry-n.example/' },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'static-website-activation_key',
      'error',
      WHY.pathSecret('An account activation page (`/activate.html?activation_key=<40 hex>`) on the static site'),
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            path: '/activate.html',
            query: `activation_key=${key}&email=ola%40ferry-n.example`,
            referer: 'https://outlook.live.com/',
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'storage-server-md5',
      'none',
      "The blob's `server-md5` (base64 of an MD5): a content hash, no credential.",
      ({ rng }) => {
        const md5 = rng.bytes(16).toString('base64');
        return { value: md5, event: { path: '/downloads/timetable-winter.pdf', md5 } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'ferryn.z1.web.core.windows.net' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appengine-request.json: App Engine standard request logs as a Cloud Logging sink writes them (one LogEntry a line:
// `protoPayload` of type `google.appengine.logging.v1.RequestLog` with `resource` = path and query, `referrer`, `line[]`
// holding the app's log lines with their times).
// https://cloud.google.com/appengine/docs/standard/reference/rest/v1/RequestLog (google.appengine.logging.v1),
// https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry

function appengineLog(rng) {
  const render = (e, rng) => {
    const rid = rng.hex(40).toUpperCase();
    const ts = (ms) => iso(ms).replace('Z', `${digits(rng, 3)}Z`);
    const lines = (e.lines ?? []).map((m, i) => ({ time: ts(e.t + 5 + i), severity: e.sev ?? 'INFO', logMessage: m }));
    return [
      JSON.stringify({
        protoPayload: {
          '@type': 'type.googleapis.com/google.appengine.logging.v1.RequestLog',
          appId: 'e~ferry-n',
          versionId: '20261209t061500',
          requestId: rid,
          ip: e.ip,
          startTime: ts(e.t),
          endTime: ts(e.t + e.ms),
          latency: `${(e.ms / 1000).toFixed(6)}s`,
          megaCycles: String(rng.int(10, 900)),
          method: e.method,
          resource: target(e),
          httpVersion: 'HTTP/1.1',
          status: e.status,
          responseSize: String(e.bytes),
          ...(e.referer !== '-' ? { referrer: e.referer } : {}),
          userAgent: e.ua,
          urlMapEntry: 'auto',
          host: e.host,
          instanceIndex: -1,
          finished: true,
          instanceId: `00c61b117c${rng.hex(40)}`,
          ...(lines.length ? { line: lines } : {}),
          appEngineRelease: '1.9.71',
          first: true,
        },
        insertId: rng.alnum(16),
        httpRequest: { status: e.status },
        resource: {
          type: 'gae_app',
          labels: { module_id: 'default', version_id: '20261209t061500', project_id: 'ferry-n', zone: 'europe-west1-1' },
        },
        timestamp: ts(e.t),
        severity: e.sev ?? 'INFO',
        logName: 'projects/ferry-n/logs/appengine.googleapis.com%2Frequest_log',
        receiveTimestamp: ts(e.t + e.ms + 40),
      }),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/_ah/warmup', ua: 'AppEngine-Google; (+http://code.google.com/appengine)' }),
      () => ({ path: `/sailings/${rng.pick(['bodo', 'reine'])}`, lines: [`cache hit sailings:${rng.int(1, 40)}`] }),
      () => ({ path: '/static/app.css', bytes: rng.int(4000, 30000) }),
    ])();
  const steps = [
    4,
    plant(
      'replay',
      'boarding_ticket-jwt-jti',
      'note',
      WHY.ticketFirst('A JWT `boarding_ticket` with a jti, valid 120 s (one gate check)'),
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 120, age: 3, jti: true, claims: { sub: rng.uuid(), sailing: rng.int(1000, 9999) } });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/gate/check', query: `boarding_ticket=${token.token}`, ip: '198.51.100.201', ua: 'okhttp/5.3.0' },
        };
      },
      { ref: 'boarding' },
    ),
    plant(
      'replay',
      'boarding_ticket-jwt-jti',
      'replay',
      WHY.replay('boarding_ticket', 50),
      ({ refs, t }) => ({
        value: refs.get('boarding').value,
        jwt: factsAt(refs.get('boarding').value, t),
        event: { path: '/gate/check', query: `boarding_ticket=${refs.get('boarding').value}`, ip: '203.0.113.61', ua: BROWSERS[4] },
      }),
      { replayOf: 'boarding', after: 50 },
    ),
    3,
    plant(
      'negative',
      'li_fat_id-click-id',
      'none',
      "LinkedIn's click id (`li_fat_id=<uuid>`) on a landing page: ad attribution, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { path: '/', query: `utm_source=linkedin&li_fat_id=${id}` } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'app-line-redirect-fragment-access_token',
      'error',
      'An app line that logs the implicit-flow redirect it builds (`Redirecting to https://app…/#state=…&access_token=<JWT>&token_type=Bearer…`): the access token, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 1, claims: { sub: rng.uuid(), scope: 'openid bookings' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            path: '/authorize/continue',
            status: 302,
            lines: [
              `Redirecting to https://app.ferry-n.example/#state=${rng.hex(16)}&access_token=${token.token}&token_type=Bearer&expires_in=3600`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'firebase-database-secret-auth-param',
      'error',
      `${WHY.apiKey('auth')} A Firebase Realtime Database legacy secret (\`/.json?auth=<40 chars>\`) the backend passes to the REST API; the app line logs the URL.`,
      ({ rng }) => {
        const secret = rng.alnum(40);
        return {
          value: secret,
          event: {
            path: '/tasks/sync-seats',
            method: 'POST',
            ua: 'AppEngine-Google; (+http://code.google.com/appengine)',
            lines: [`GET https://ferry-n-default-rtdb.europe-west1.firebasedatabase.app/seats.json?auth=${secret} -> 200`],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'resource-id_token-legacy-callback',
      'error',
      'A legacy GET callback with `id_token=<JWT>` in the request `resource` (RS256, 1 h, live)',
      ({ rng, t }) => {
        const token = jwt(rng, t, {
          lifetime: 3600,
          age: 6,
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: 'ola@ferry-n.example',
          },
        });
        return {
          value: token.token,
          jwt: token.facts,
          event: { path: '/auth/google/return', query: `id_token=${token.token}`, status: 302 },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'app-line-headers-discord-bot-token',
      'error',
      "An app line printing the headers it sends (`{'Authorization': 'Bot <token>'}`): a Discord bot token, which controls the bot until it is reset.",
      ({ rng }) => {
        const token = `${b64urlOf(digits(rng, 19)).replace(/=+$/, '')}.${rng.b64url(6)}.${rng.b64url(38)}`;
        return {
          value: token,
          event: {
            path: '/tasks/announce',
            method: 'POST',
            ua: 'AppEngine-Google; (+http://code.google.com/appengine)',
            lines: [
              `POST https://discord.com/api/v10/channels/${digits(rng, 19)}/messages headers={'Authorization': 'Bot ${token}', 'Content-Type': 'application/json'}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'twclid-click-id',
      'none',
      "X's click id (`twclid=<alnum>`) on a landing page: ad attribution, no credential.",
      ({ rng }) => {
        const id = rng.lowerNum(25);
        return { value: id, event: { path: '/winter', query: `twclid=${id}` } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'ferry-n.ew.r.appspot.com' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// airflow-task.log: an Apache Airflow 2.10 task log (`[%(asctime)s] {%(filename)s:%(lineno)d} %(levelname)s -
// %(message)s`, time with `+0000`), HttpHook lines, printed output through `logging_mixin.py`, tracebacks without a
// time, the secrets masker's `***`.
// https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/logging-monitoring/logging-tasks.html,
// https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/mask-sensitive-values.html

function airflowLog(rng) {
  const render = (e) => {
    const time = `${iso(e.t).slice(0, 23)}+0000`;
    return [...e.lines.map(([src, lvl, msg]) => `[${time}] {${src}} ${lvl} - ${msg}`), ...(e.more ?? [])];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['base.py:84', 'INFO', `Retrieving connection '${rng.pick(['ferry_api', 'crm_http'])}'`]] }),
      () => ({ lines: [['logging_mixin.py:190', 'INFO', `fetched ${rng.int(10, 900)} rows`]] }),
      () => ({ lines: [['taskinstance.py:731', 'INFO', '::endgroup::']] }),
    ])();
  const steps = [
    3,
    plant(
      'webhook',
      'tines-webhook-httperror',
      'error',
      WHY.webhook(
        "A Tines webhook (`https://<tenant>.tines.com/webhook/<path>/<secret>`) on HttpHook's `Sending` line and in the traceback's `HTTPError … for url:`",
      ),
      ({ rng }) => {
        const secret = rng.hex(32);
        const url = `https://ferry-n.tines.com/webhook/${rng.hex(32)}/${secret}`;
        return {
          value: secret,
          event: {
            lines: [
              ['http.py:175', 'INFO', `Sending 'POST' to url: ${url}`],
              ['taskinstance.py:3311', 'ERROR', 'Task failed with exception'],
            ],
            more: [
              'Traceback (most recent call last):',
              '  File "/home/airflow/.local/lib/python3.12/site-packages/airflow/providers/http/hooks/http.py", line 206, in check_response',
              '    response.raise_for_status()',
              `requests.exceptions.HTTPError: 410 Client Error: Gone for url: ${url}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'airflow-masked-password',
      'none',
      "The secrets masker's `***` in a printed connection (`password='***'`): nothing to leak.",
      ({ rng }) => {
        const conn = `crm_${rng.lowerNum(8)}`;
        return {
          value: conn,
          event: {
            lines: [
              [
                'logging_mixin.py:190',
                'INFO',
                `Connection(conn_id='${conn}', conn_type='http', host='crm.ferry-n.example', login='etl', password='***')`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'returned-value-dataclass-repr-refresh_token',
      'error',
      "`Done. Returned value was: TokenPair(access_token='***', refresh_token='<token>')`: the masker knew the access token, not the refresh token the task minted (an XCom holds it too).",
      ({ rng }) => {
        const token = rng.b64url(54);
        return {
          value: token,
          event: {
            lines: [
              [
                'python.py:240',
                'INFO',
                `Done. Returned value was: TokenPair(access_token='***', refresh_token='${token}', expires_in=3600)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'auth0-email-verification-ticket',
      'error',
      WHY.pathSecret(
        "An e-mail verification ticket URL Auth0's Management API returned (`/u/email-verification?ticket=<token>#`), printed by the task",
      ),
      ({ rng }) => {
        const ticket = rng.alnum(32);
        return {
          value: ticket,
          event: {
            lines: [
              [
                'logging_mixin.py:190',
                'INFO',
                `verification link for ola@ferry-n.example: https://ferry-n.eu.auth0.com/u/email-verification?ticket=${ticket}#`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'selenium-current_url-fragment',
      'error',
      'A browser-automation task prints `driver.current_url` after a login: `…/#access_token=<JWT>&expires_in=3600`, valid 1 h',
      ({ rng, t }) => {
        const token = jwt(rng, t, { lifetime: 3600, age: 2, claims: { sub: rng.uuid(), scope: 'reports' } });
        return {
          value: token.token,
          jwt: token.facts,
          event: {
            lines: [
              [
                'logging_mixin.py:190',
                'INFO',
                `landed on https://reports.partner-q.example/#access_token=${token.token}&token_type=bearer&expires_in=3600`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'credentials-param-base64-key-colon',
      'error',
      'HttpHook\'s `Sending` line with `credentials=<base64 of "<key>:">` (a vendor that takes the key as a Basic user name, moved into the query): one base64 decoding away.',
      ({ rng }) => {
        const key = `sk_${rng.alnum(32)}`;
        const cred = encodeURIComponent(b64Of(`${key}:`));
        return {
          value: cred,
          event: {
            lines: [
              [
                'http.py:175',
                'INFO',
                `Sending 'GET' to url: https://api.partner-q.example/v1/exports?credentials=${cred}&since=2026-12-08`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant('negative', 'bigquery-job-id', 'none', 'A BigQuery job id (`bquxjob_<hex>`): an identifier, no credential.', ({ rng }) => {
      const id = `bquxjob_${rng.hex(8)}_${rng.hex(12)}`;
      return { value: id, event: { lines: [['bigquery.py:1613', 'INFO', `Inserting job ${id}`]] } };
    }),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 11 * HOUR,
    site: { host: 'airflow' },
    filler,
    render,
    steps,
    header: [`[2026-12-09T17:00:00.412+0000] {local_task_job_runner.py:123} INFO - ::group::Pre task execution logs`],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// terraform-debug.log: `TF_LOG=DEBUG TF_LOG_PATH=terraform-debug.log terraform apply` (Terraform 1.10): `<time>Z [LEVEL]
// <source>: message`, providers' HTTP dumps over several lines (continuation lines without a time), `(sensitive value)`.
// https://developer.hashicorp.com/terraform/internals/debugging,
// https://developer.hashicorp.com/terraform/plugin/log/managing

function terraformLog(rng) {
  const render = (e) => [`${iso(e.t).slice(0, 23)}Z [${e.level ?? 'DEBUG'}] ${e.msg}`, ...(e.more ?? [])];
  const gh = 'provider.terraform-provider-github_v6.4.0';
  const dd = 'provider.terraform-provider-datadog_v3.50.0';
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `ReferenceTransformer: "module.vpc.aws_subnet.private[${rng.int(0, 2)}]" references: []` }),
      () => ({
        msg: `${gh}: 2026/12/09 18:0${rng.int(0, 9)}:1${rng.int(0, 9)} [DEBUG] GitHub API Rate Limit: ${rng.int(4000, 4999)}/5000`,
      }),
      () => ({
        msg: `provider: plugin process exited: path=.terraform/providers/registry.terraform.io/hashicorp/aws/5.80.0/linux_amd64/terraform-provider-aws_v5.80.0_x5 pid=${rng.int(2000, 9000)}`,
      }),
      () => ({ level: 'INFO', msg: `Starting apply for aws_s3_object.timetable[${rng.int(0, 9)}]` }),
    ])();
  const steps = [
    4,
    plant(
      'header-dump',
      'tf-dumprequest-authorization-github_pat',
      'error',
      "The GitHub provider's request dump (continuation lines without a time): `Authorization: Bearer github_pat_<82>`, a fine-grained personal access token.",
      ({ rng }) => {
        const token = `github_pat_11${rng.chars(UPPER + DIGITS, 20)}_${rng.alnum(59)}`;
        return {
          value: token,
          event: {
            msg: `${gh}: 2026/12/09 18:04:10 [DEBUG] GitHub API Request Details:`,
            more: [
              '---[ REQUEST ]---------------------------------------',
              'GET /repos/ferry-n/timetable-api/branches/main/protection HTTP/1.1',
              'Host: api.github.com',
              'User-Agent: go-github/v66.0.0',
              'Accept: application/vnd.github.v3+json',
              `Authorization: Bearer ${token}`,
              'Accept-Encoding: gzip',
              '',
              '-----------------------------------------------------',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'tf-x-github-request-id',
      'none',
      "A response dump's `X-Github-Request-Id: <hex ids>`: a request id, no credential.",
      ({ rng }) => {
        const id = `${rng.hex(4).toUpperCase()}:${rng.hex(6).toUpperCase()}:${rng.hex(7).toUpperCase()}:${rng.hex(7).toUpperCase()}:${rng.hex(8).toUpperCase()}`;
        return {
          value: id,
          event: {
            msg: `${gh}: 2026/12/09 18:04:11 [DEBUG] GitHub API Response Details:`,
            more: [
              '---[ RESPONSE ]--------------------------------------',
              'HTTP/2.0 200 OK',
              'Content-Type: application/json; charset=utf-8',
              `X-Github-Request-Id: ${id}`,
              '',
              '-----------------------------------------------------',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'tf-datadog-dd-api-key-header',
      'error',
      `${WHY.apiKey('Dd-Api-Key')} The Datadog provider's request dump keeps the \`Dd-Api-Key\` header (32 hex) on its own line.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            msg: `${dd}: 2026/12/09 18:05:02 [DEBUG] Datadog API Request Details:`,
            more: [
              '---[ REQUEST ]---------------------------------------',
              'GET /api/v1/validate HTTP/1.1',
              'Host: api.datadoghq.eu',
              `Dd-Api-Key: ${key}`,
              'Accept: application/json',
              '',
              '-----------------------------------------------------',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'tf-user_data-base64-k3s-token',
      'error',
      'A planned `user_data` in base64 (`#!/bin/sh … K3S_TOKEN=K10<hex>::server:<hex> …`): the cluster join token one decoding away.',
      ({ rng }) => {
        const script = `#!/bin/sh\ncurl -sfL https://get.k3s.io | K3S_URL=https://10.60.0.10:6443 K3S_TOKEN=K10${rng.hex(64)}::server:${rng.hex(32)} sh -\n`;
        const ud = b64Of(script);
        return {
          value: ud,
          event: {
            msg: `provider.terraform-provider-aws_v5.80.0_x5: [DEBUG] setting computed for "user_data_base64" from ComputedKeys: tf_resource_type=aws_instance tf_rpc=ApplyResourceChange user_data="${ud}"`,
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'tf-okta-refresh-token-form-body',
      'error',
      `${WHY.refresh} The Okta provider's request dump shows the form body of its token call on a line of its own (\`grant_type=refresh_token&refresh_token=<opaque>\`).`,
      ({ rng }) => {
        const token = rng.b64url(43);
        return {
          value: token,
          event: {
            msg: 'provider.terraform-provider-okta_v4.14.0: 2026/12/09 18:06:40 [DEBUG] Okta API Request Details:',
            more: [
              '---[ REQUEST ]---------------------------------------',
              'POST /oauth2/v1/token HTTP/1.1',
              'Host: ferry-n.okta.com',
              'Content-Type: application/x-www-form-urlencoded',
              '',
              `client_id=0oa${rng.alnum(17)}&grant_type=refresh_token&refresh_token=${token}&scope=okta.groups.manage`,
              '-----------------------------------------------------',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'tf-provider-config-go-map',
      'error',
      "A provider's `Configuring client: config=map[api_token:<token> endpoint:…]` (Go's `%v` of its configuration map).",
      ({ rng }) => {
        const token = rng.alnum(40);
        return {
          value: token,
          event: {
            msg: `provider.terraform-provider-statuspage_v1.3.0: Configuring client: config=map[api_token:${token} endpoint:https://api.statuspage.io/v1 retry_max:3]`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'tf-sensitive-value',
      'none',
      'Terraform prints a sensitive attribute as `(sensitive value)`: nothing to leak.',
      ({ rng }) => {
        const name = `db_${rng.lowerNum(6)}`;
        return { value: name, event: { level: 'INFO', msg: `apply: aws_db_instance.${name}: password = (sensitive value)` } };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY0 + 12 * HOUR,
    site: { host: 'terraform' },
    filler,
    render,
    steps,
    header: [
      '2026-12-09T18:00:00.101Z [INFO]  Terraform version: 1.10.2',
      '2026-12-09T18:00:00.101Z [DEBUG] using github.com/hashicorp/go-tfe v1.70.0',
      '2026-12-09T18:00:00.102Z [INFO]  Go runtime version: go1.23.3',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout8');
writePart(join(here, 'heldout8'), {
  'httperr1.log': httperrLog(rng),
  modsec_audit: modsecLog(rng),
  'mongod.log': mongoLog(rng),
  'mysql-general.log': mysqlLog(rng),
  'redis-monitor.txt': redisLog(rng),
  'logcat.txt': logcatLog(rng),
  'fluentd-stdout.log': fluentdLog(rng),
  'fastify.log': fastifyLog(rng),
  'wp-debug.log': wpLog(rng),
  'nextcloud.log': nextcloudLog(rng),
  'storage-analytics.log': storageLog(rng),
  'appengine-request.json': appengineLog(rng),
  'airflow-task.log': airflowLog(rng),
  'terraform-debug.log': terraformLog(rng),
});
