// Writes corpus/logs-in-the-wild/heldout81/: an eighty-first held-out part, in formats no other part uses (`docker logs`
// of Supabase Auth (GoTrue) with its logrus JSON request log, an OpenWISP 2 controller under uWSGI with its default
// request log, a NetBird client's `client.log` at debug level, a OneBusAway API webapp's log4j log with Apache
// HttpClient's wire log, a Cachet 2.4 `storage/logs/laravel.log`, an Open Food Network `log/production.log` (Rails
// with request-id tags), a WhatsApp bot on Baileys with pino JSON, `docker logs` of OpenELIS Global 2 (Spring Boot 3
// console with HAPI FHIR's LoggingInterceptor and Hibernate's binder), the Apache access log of an SMSEagle SMS gateway,
// a farmOS.py sync script's Python log with requests_oauthlib at DEBUG, an iSpindel hydrometer's serial output through
// `pio device monitor --filter time`, an Omeka S `logs/application.log` (Laminas Log), Casdoor's Beego console log, an
// Akkoma console log (Elixir Logger with Phoenix's parameters)), with credentials planted in the places issue #14 lists
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout81.mjs     rewrites heldout81/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: the Lorn & Kerrera Ferry Company, an Oban (Argyll) operator of small coastal ferries that also keeps
// two mountain huts (bothies) in Glen Etive for walkers (English, five logs); Asaro Wok Bung ("working together"), a
// Goroka (Eastern Highlands, Papua New Guinea) cooperative of coffee growers with PMV (public motor vehicle) bus
// operators, buai (betel nut) and market stalls, and the laboratory of a mission hospital (haus sik misin) it supports
// (Tok Pisin messages where the app shows them, routes, parameter, header and field names in Tok Pisin, English code
// names, five logs); Llagar y Refuxos del Sueve, a Colunga (Asturies) family group with a cider press house (llagar de
// sidra), a workshop restoring hórreos and paneras, and two mountain huts (refuxos) (Asturian messages where the app
// shows them, routes and names in Asturian, four logs). Standard names (OAuth's, vendors') stay as their
// specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  b64Of,
  b64urlOf,
  BROWSERS,
  clf,
  factsAt,
  jwt,
  logBuilder,
  plant,
  publicIp,
  Random,
  requestMaker,
  WHY,
  writePart,
} from './build-log.mjs';
import { DAYS, digits, HOUR, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Oban in October (BST, UTC+1), Goroka (UTC+10, no summer time), Colunga in October (CEST, UTC+2). */
const BST = 60;
const PGT = 600;
const CEST = 120;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const isoZ = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const offsetText = (o, colon = true) =>
  `${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60))}${colon ? ':' : ''}${pad(Math.abs(o) % 60)}`;

// =====================================================================================================================
// Lorn & Kerrera Ferry Company (English; Oban: BST, UTC+1)
// =====================================================================================================================

const LK = 'lornferries.example';

// ---------------------------------------------------------------------------------------------------------------------
// gotrue.log: `docker logs supabase-auth` of a self-hosted Supabase Auth (GoTrue) 2.17x behind the booking site: logrus'
// JSONFormatter, keys sorted, `time` in RFC 3339 UTC; the request logger's `msg":"request completed"` with `component`,
// `method`, `path` (the path only), `referer`, `remote_addr`, `request_id`, `status`, `duration`. The booking site
// sends `Referrer-Policy: no-referrer-when-downgrade` (an old nginx snippet), so a browser's fetch to the auth host
// carries the whole page address in its Referer.
// https://github.com/supabase/auth (README, configuration; from memory, not fetched).

function gotrueLog(rng) {
  const render = (e) =>
    e.gt.map((o) => JSON.stringify(Object.fromEntries(Object.entries({ ...o, time: isoZ(e.t) }).sort(([a], [b]) => a.localeCompare(b)))));
  const req = (e, method, path, status, referer = '') => ({
    component: 'api',
    duration: rng.int(900000, 90000000),
    level: 'info',
    method,
    msg: 'request completed',
    path,
    referer,
    remote_addr: e.ip,
    request_id: rng.uuid(),
    status,
  });
  const filler = (rng, t) => {
    const e = { ip: publicIp(rng) };
    return rng.pick([
      () => ({ gt: [req(e, 'GET', '/user', 200, `https://book.${LK}/account`)] }),
      () => ({ gt: [req(e, 'POST', '/token', 200, `https://book.${LK}/`)] }),
      () => ({ gt: [req(e, 'GET', '/health', 200)] }),
      () => ({ gt: [req(e, 'GET', '/settings', 200, `https://book.${LK}/login`)] }),
      () => ({ gt: [req(e, 'POST', '/otp', 200, `https://book.${LK}/login`)] }),
      () => ({ gt: [{ component: 'api', level: 'info', msg: 'Cleaning up expired refresh tokens', count: rng.int(0, 40) }] }),
    ])();
  };
  const header = [];
  const steps = [
    {
      raw: {
        gt: [
          { level: 'info', msg: 'Go runtime metrics collection started' },
          { level: 'info', msg: 'GoTrue migrations applied successfully' },
          { level: 'info', msg: 'GoTrue API started on: 0.0.0.0:9999' },
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'gotrue-audit-actor-id',
      'none',
      "GoTrue's audit event names the user by its id (`actor_id`, a uuid): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            gt: [
              {
                auth_event: { action: 'token_refreshed', actor_id: id, actor_via_sso: false, log_type: 'token' },
                component: 'api',
                level: 'info',
                msg: 'request completed',
                method: 'POST',
                path: '/token',
                referer: `https://book.${LK}/`,
                remote_addr: publicIp(rng),
                request_id: rng.uuid(),
                status: 200,
                duration: rng.int(900000, 9000000),
              },
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'gotrue-referer-confirm-token-hash-recovery',
      'error',
      WHY.pathSecret(
        "The password recovery e-mail links to the booking site's `/auth/confirm?token_hash=…&type=recovery`, whose script posts the hash to `/verify`; the site's referrer policy sends the whole page address, and GoTrue writes it as the request's `referer`. Whoever has the hash can verify it and set the passenger's password",
      ),
      ({ rng }) => {
        const h = rng.hex(56);
        return {
          value: h,
          event: {
            gt: [
              req(
                { ip: publicIp(rng) },
                'POST',
                '/verify',
                200,
                `https://book.${LK}/auth/confirm?token_hash=${h}&type=recovery&next=%2Faccount%2Fpassword`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'gotrue-referer-pkce-callback-code',
      'warning',
      "An authorization code on the booking site's callback page (`/auth/callback?code=<uuid>`) in the `referer` of the browser's `POST /token?grant_type=pkce`: single-use and short-lived; PKCE ties it to the verifier in the browser's storage, so the reviewer keeps the category's warning rather than an error.",
      ({ rng }) => {
        const code = rng.uuid();
        return {
          value: code,
          event: {
            gt: [
              req(
                { ip: publicIp(rng) },
                'POST',
                '/token',
                200,
                `https://book.${LK}/auth/callback?code=${code}&next=%2Fcrossings%2Fkerrera`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'gotrue-redirect-to-not-allowed-with-fragment',
      'error',
      "The old timetable app builds `redirect_to` from `window.location.href`, which still holds the implicit flow's fragment of an earlier sign-in (`#access_token=<JWT>&…`); GoTrue's warning that the address is not on its allow list writes it, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1500),
          claims: {
            iss: `https://auth.${LK}/auth/v1`,
            aud: 'authenticated',
            sub: rng.uuid(),
            role: 'authenticated',
            email: `p${rng.int(1000, 9999)}@passenger.example`,
            session_id: rng.uuid(),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            gt: [
              {
                component: 'api',
                level: 'warning',
                msg: 'redirect_to is not allowed, falling back to Site URL',
                redirect_to: `https://timetable.${LK}/#access_token=${token}&expires_in=3600&token_type=bearer&type=magiclink`,
                request_id: rng.uuid(),
              },
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'gotrue-referer-percent-encoded-redirect-hold-token',
      'error',
      "The `/authorize` request's referer is the sign-in page whose `redirect_to` carries, percent-encoded, the checkout address with the seat hold's `resume_token` (a bearer capability for the booking and its card payment, valid until the sailing): decoding it once gives the value.",
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            gt: [
              req(
                { ip: publicIp(rng) },
                'GET',
                '/authorize',
                302,
                `https://book.${LK}/login?redirect_to=https%3A%2F%2Fbook.${LK}%2Fcheckout%3Fcrossing%3DOBN-KER-1430%26resume_token%3D${tok}`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'gotrue-redirect-error-fragment',
      'none',
      'A `redirect_to` with the error fragment of an expired link (`#error=access_denied&error_code=otp_expired&…`): the shape of an implicit fragment, no credential in it.',
      ({ rng }) => {
        const v = `#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired&sb=${rng.hex(8)}`;
        return {
          value: v,
          event: {
            gt: [
              {
                component: 'api',
                level: 'warning',
                msg: 'redirect_to is not allowed, falling back to Site URL',
                redirect_to: `https://timetable.${LK}/${v}`,
                request_id: rng.uuid(),
              },
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'auth' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// openwisp-uwsgi.log: the uWSGI log of an OpenWISP 2 controller (Django) that manages the ferries' on-board Wi-Fi and the
// bothies' routers: uWSGI's default request line `[pid: <pid>|app: 0|req: <n>/<m>] <addr> () {<n> vars in <n> bytes}
// [<asctime>] <METHOD> <uri> => generated <n> bytes in <n> msecs (HTTP/1.1 <status>) <n> headers in <n> bytes (1
// switches on core <n>)` (local time, no zone), with Django's and Celery's stderr lines between.
// https://uwsgi-docs.readthedocs.io/en/latest/LogFormat.html and https://openwisp.io/docs/ (from memory, not fetched).

function openwispUwsgiLog(rng) {
  const asct = (t) => {
    const d = new Date(t + BST * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${local(t, BST).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  let reqN = 400;
  const render = (e) =>
    e.uw.map((x) => {
      if (typeof x === 'string') return x;
      const [ip, method, uri, status, bytes] = x;
      reqN += 1;
      return `[pid: ${rng.pick([2311, 2312, 2313])}|app: 0|req: ${reqN - 380}/${reqN}] ${ip} () {${rng.int(36, 48)} vars in ${rng.int(600, 900)} bytes} [${asct(e.t)}] ${method} ${uri} => generated ${bytes ?? rng.int(2, 9000)} bytes in ${rng.int(2, 300)} msecs (HTTP/1.1 ${status}) ${rng.int(4, 8)} headers in ${rng.int(150, 400)} bytes (1 switches on core ${rng.int(0, 1)})`;
    });
  const dev = () => rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({ uw: [[lan(rng, '10.88'), 'GET', `/controller/device/checksum/${dev()}/`, 401, 24]] }),
      () => ({ uw: [[publicIp(rng), 'GET', '/admin/config/device/', 200]] }),
      () => ({ uw: [[publicIp(rng), 'GET', `/admin/config/device/${dev()}/change/`, 200]] }),
      () => ({ uw: [[lan(rng, '10.88'), 'POST', `/api/v1/monitoring/device/${dev()}/`, 201, 0]] }),
      () => ({ uw: [[publicIp(rng), 'GET', '/api/v1/radius/organization/bothies/account/session/', 200]] }),
      () => ({
        uw: [
          `[celery] Task openwisp_monitoring.check.tasks.perform_check[${rng.uuid()}] succeeded in ${(rng.int(10, 900) / 1000).toFixed(3)}s: None`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        uw: [
          '*** Starting uWSGI 2.0.28 (64bit) on [Thu Oct 21 06:58:02 2027] ***',
          'compiled with version: 12.2.0 on 02 September 2027 10:11:04',
          'mounting openwisp2/wsgi.py on /',
          "WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x55d1c3a0 pid: 2301 (default app)",
          '*** uWSGI is running in multiple interpreter mode ***',
          'spawned uWSGI worker 1 (pid: 2311, cores: 1)',
          'spawned uWSGI worker 2 (pid: 2312, cores: 1)',
          'spawned uWSGI worker 3 (pid: 2313, cores: 1)',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'uwsgi-static-cache-buster',
      'none',
      'A static file with a cache buster (`openwisp.css?v=<8 hex>`): an asset version, no credential.',
      ({ rng }) => {
        const v = rng.hex(8);
        return { value: v, event: { uw: [[publicIp(rng), 'GET', `/static/openwisp-utils/css/openwisp.css?v=${v}`, 200]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'uwsgi-openwisp-config-device-key-query',
      'error',
      `${WHY.apiKey('key')} openwisp-config on a ferry's router fetches its configuration with the device key in the query (\`/controller/device/download-config/<uuid>/?key=…\`), and uWSGI's request line writes the URI: the key downloads the device's configuration, VPN keys included.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: { uw: [[lan(rng, '10.88'), 'GET', `/controller/device/download-config/${dev()}/?key=${key}`, 200, rng.int(9000, 40000)]] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'uwsgi-allauth-password-reset-key-path',
      'error',
      WHY.pathSecret(
        "django-allauth's password reset link (`/accounts/password/reset/key/<uidb36>-<key>/`) for a deckhand's OpenWISP account",
      ),
      ({ rng }) => {
        const k = `${rng.lowerNum(2)}-${rng.lowerNum(6)}-${rng.hex(32)}`;
        return { value: k, event: { uw: [[publicIp(rng), 'GET', `/accounts/password/reset/key/${k}/`, 200]] } };
      },
    ),
    3,
    plant(
      'session-id',
      'uwsgi-wifi-login-pages-sessionid-query',
      'error',
      WHY.session(
        "The bothies' captive portal kiosk (openwisp-wifi-login-pages behind a browser that blocks third-party cookies) passes Django's `sessionid` in the query of its status call, and uWSGI writes the URI",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(32);
        return {
          value: sid,
          event: { uw: [[publicIp(rng), 'GET', `/api/v1/radius/organization/bothies/account/session/?sessionid=${sid}&format=json`, 200]] },
        };
      },
    ),
    3,
    plant(
      'replay',
      'uwsgi-bothy-voucher-ticket-once',
      'note',
      WHY.ticketFirst(
        "A single-use Wi-Fi voucher of the Glen Etive bothy (`/radius/voucher/redeem/?ticket=…`) redeemed by a walker's phone; uWSGI writes the URI with the client's address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = upperNum(rng, 10);
        firstUse.voucher = t;
        return { value: tk, event: { uw: [['203.0.113.64', 'GET', `/radius/voucher/redeem/?ticket=${tk}&nas=bothy-etive-1`, 200]] } };
      },
      { ref: 'voucher' },
    ),
    2,
    plant(
      'replay',
      'uwsgi-bothy-voucher-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('voucher').value,
            why: `${WHY.replay('ticket', gap('voucher', t))} Another address redeemed the same voucher at the other bothy and the controller answered 200 again: the voucher was not spent.`,
          },
        ],
        event: { uw: [['198.51.100.213', 'GET', `/radius/voucher/redeem/?ticket=${refs.get('voucher').value}&nas=bothy-etive-2`, 200]] },
      }),
      { replayOf: 'voucher', after: 97 },
    ),
    3,
    plant(
      'negative',
      'uwsgi-admin-search-mac-address',
      'none',
      "The admin's device search by a router's MAC address (`?q=<MAC>`): a hardware address, no credential.",
      ({ rng }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2)).join('%3A');
        return { value: mac, event: { uw: [[publicIp(rng), 'GET', `/admin/config/device/?q=${mac}`, 200]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'openwisp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// client.log: /var/log/netbird/client.log of the NetBird client 0.3x on the Glen Etive bothy's gateway, `--log-level
// debug`: `<RFC 3339 UTC> <LEVL> <file>:<line>: <message>` with four-letter levels (`INFO`, `WARN`, `DEBG`, `ERRO`),
// Go's `%v` of maps and structs in debug messages. The dashboard and the clients use the IdP's ID token as the
// management JWT (`NETBIRD_TOKEN_SOURCE=idToken`).
// https://docs.netbird.io/how-to/troubleshooting-client (from memory, not fetched).

function netbirdClientLog(rng) {
  const render = (e) => e.nb.map(([lvl, where, msg]) => `${isoZ(e.t)} ${lvl} ${where}: ${msg}`);
  const wgKey = () => rng.bytes(32).toString('base64');
  const filler = (rng) =>
    rng.pick([
      () => ({ nb: [['DEBG', 'client/internal/peer/conn.go:581', `peer ${wgKey()} connection status changed: Connected`]] }),
      () => ({ nb: [['INFO', 'client/internal/engine.go:1021', `received network map update, serial ${rng.int(200, 400)}`]] }),
      () => ({ nb: [['DEBG', 'client/internal/dns/server.go:448', `updating local DNS: ${rng.int(3, 9)} records in zone netbird.cloud`]] }),
      () => ({
        nb: [
          ['DEBG', 'client/internal/routemanager/manager.go:322', `no route changes for ${rng.pick(['10.88.0.0/16', '192.168.20.0/24'])}`],
        ],
      }),
      () => ({ nb: [['INFO', 'client/internal/relay/relay.go:112', `keepalive to relay.${LK}:443 ok, rtt ${rng.int(20, 120)}ms`]] }),
    ])();
  const steps = [
    {
      raw: {
        nb: [
          ['INFO', 'client/cmd/service_controller.go:61', 'starting NetBird client version 0.36.5 as a service'],
          ['INFO', 'client/internal/connect.go:119', `connecting to the Management service https://netbird.${LK}:443`],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'netbird-peer-wireguard-public-key',
      'none',
      "A peer's WireGuard public key (base64 of 32 bytes): public by design, it names the peer; no credential.",
      ({ rng }) => {
        const k = wgKey();
        return {
          value: k,
          event: {
            nb: [['INFO', 'client/internal/engine.go:868', `added peer ${k} (ferry-linnhe-router) with allowed IPs 100.92.14.7/32`]],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'netbird-config-struct-preshared-key',
      'error',
      "The client's configuration printed as a Go struct at debug (`&{… PreSharedKey:<base64> …}`): the WireGuard pre-shared key every peer of the network shares, in clear.",
      ({ rng }) => {
        const psk = wgKey();
        return {
          value: psk,
          event: {
            nb: [
              [
                'DEBG',
                'client/internal/config.go:262',
                `using config: &{PrivateKeyFile:/etc/netbird/wg.key ManagementURL:https://netbird.${LK}:443 AdminURL:https://netbird.${LK}:443 WgIface:wt0 WgPort:51820 IFaceBlackList:[wt0 docker0 veth] DisableIPv6Discovery:false RosenpassEnabled:false PreSharedKey:${psk} ServerSSHAllowed:false DisableAutoConnect:false}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'netbird-debug-id-token-as-management-jwt',
      'error',
      "The client's SSO login took the IdP's ID token as its management JWT (`NETBIRD_TOKEN_SOURCE=idToken`) and the debug line of the login request prints it, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          jti: true,
          alg: 'RS256',
          kid: rng.hex(20),
          claims: {
            iss: `https://sso.${LK}`,
            aud: 'netbird-client',
            sub: `${digits(rng, 18)}@lorn`,
            email: 'bothy.ops@lornferries.example',
            nonce: rng.b64url(16),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            nb: [['DEBG', 'client/internal/login.go:133', `sending login request with jwt token ${token} for peer bothy-etive-gw`]],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'netbird-device-flow-token-info-struct',
      'error',
      `${WHY.refresh} The device authorization flow's token info printed as a Go struct at debug (\`{… RefreshToken:… …}\`).`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            nb: [
              [
                'DEBG',
                'client/internal/auth/device_flow.go:246',
                `received token info: {AccessToken:[redacted] IDToken:[redacted] RefreshToken:${rt} TokenType:Bearer ExpiresIn:600 UseIDToken:true}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'netbird-grpc-metadata-map-bearer-pat',
      'error',
      "A gRPC call's outgoing metadata printed as a Go map at debug (`map[authorization:[Bearer nbp_…]]`): a personal access token of the bothy's service user, long-lived.",
      ({ rng }) => {
        const pat = `nbp_${rng.alnum(36)}`;
        return {
          value: pat,
          event: {
            nb: [
              [
                'DEBG',
                'client/grpc/dialer.go:77',
                `outgoing metadata: map[authorization:[Bearer ${pat}] user-agent:[netbird/0.36.5 grpc-go/1.66.0]]`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'netbird-peer-xid',
      'none',
      "The peer's id in the management service (an xid of 20 characters): an identifier, no credential.",
      ({ rng }) => {
        const id = lowerNum(rng, 20);
        return { value: id, event: { nb: [['INFO', 'client/internal/engine.go:402', `peer ${id} logged in, network serial 318`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// onebusaway-api.log: the OneBusAway API webapp 2.5 that serves the ferries' real-time departures, log4j 1.2 with
// `%d{ISO8601} %-5p [%t] %c{1}:%L - %m%n` (local time, no zone); its GTFS-realtime poller fetches the AVL vendor's feed
// with Apache HttpClient 4, whose `org.apache.http.wire` logger at DEBUG writes the request and the answer (`>> "…"`,
// `<< "…"`, `[\r][\n]` for CRLF).
// https://developer.onebusaway.org/ and https://hc.apache.org/httpcomponents-client-4.5.x/logging.html (from memory, not
// fetched).

function oneBusAwayLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 10)} ${local(t, BST).slice(11, 19)},${local(t, BST).slice(20, 23)}`;
  const render = (e) => e.ob.map(([lvl, thread, cls, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} [${thread}] ${cls} - ${msg}`);
  const thr = () => `qtp${rng.int(1000000, 1999999)}-${rng.int(20, 90)}`;
  const wire = (dir, text) => ['DEBUG', 'GtfsRealtimeSource-1', 'wire:73', `${dir} "${text}[\\r][\\n]"`];
  const filler = (rng) =>
    rng.pick([
      () => ({
        ob: [
          [
            'INFO',
            'GtfsRealtimeSource-1',
            'GtfsRealtimeSource:452',
            `refreshed vehicle positions: ${rng.int(2, 7)} vehicles, ${rng.int(0, 3)} alerts`,
          ],
        ],
      }),
      () => ({
        ob: [
          [
            'DEBUG',
            thr(),
            'ArrivalsAndDeparturesForStopAction:88',
            `stop LORN_${rng.pick(['OBAN', 'KERR', 'LISM', 'LUIN'])} arrivals=${rng.int(0, 6)}`,
          ],
        ],
      }),
      () => ({
        ob: [
          [
            'INFO',
            'BlockLocationServiceImpl-1',
            'BlockLocationServiceImpl:301',
            `block LORN_${rng.int(100, 140)} schedule deviation ${rng.int(-120, 600)}s`,
          ],
        ],
      }),
      () => ({
        ob: [
          [
            'WARN',
            'GtfsRealtimeSource-1',
            'GtfsRealtimeTripLibrary:211',
            `no trip match for vehicle ${rng.pick(['MV Linnhe', 'MV Kerrera Belle', 'MV Lismore Lass'])}`,
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'onebusaway-documented-test-key',
      'none',
      "The OneBusAway documentation's sample key (`key=TEST`) in a developer's request: a documentation example, no credential.",
      () => ({
        value: 'key=TEST',
        event: {
          ob: [
            [
              'WARN',
              thr(),
              'ApiKeyInterceptor:92',
              'rejected api key for /api/where/stops-for-location.json?lat=56.41&lon=-5.47&key=TEST: not registered',
            ],
          ],
        },
      }),
    ),
    3,
    plant(
      'api-key-name',
      'onebusaway-rate-limit-key-query-url',
      'error',
      `${WHY.apiKey('key')} The timetable kiosk at Oban's terminal sends the key in the query, and the rate-limit warning writes the request's URL.`,
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          event: {
            ob: [
              [
                'WARN',
                thr(),
                'ApiKeyRateLimitingInterceptor:64',
                `rate limit exceeded for /api/where/arrivals-and-departures-for-stop/LORN_OBAN.json?key=${key}&minutesAfter=90`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'onebusaway-httpclient-wire-basic',
      'error',
      "Apache HttpClient's wire log at DEBUG writes the request to the AVL vendor's GTFS-realtime feed, `Authorization: Basic <base64 of user:password>` included.",
      ({ rng }) => {
        const b = b64Of(`lorn-oba:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            ob: [
              wire('>>', 'GET /gtfsrt/lorn/vehicle-positions HTTP/1.1'),
              wire('>>', `Host: avl.seatrack.example`),
              wire('>>', `Authorization: Basic ${b}`),
              wire('>>', 'Connection: Keep-Alive'),
            ],
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'onebusaway-httpclient-wire-set-cookie-jsessionid',
      'error',
      WHY.session(
        "The AVL vendor answers with a session cookie (`Set-Cookie: JSESSIONID=…`) and the wire log writes it: the poller's session on the vendor's portal",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            ob: [
              wire('<<', 'HTTP/1.1 200 OK'),
              wire('<<', `Set-Cookie: JSESSIONID=${sid}; Path=/; Secure; HttpOnly`),
              wire('<<', 'Content-Type: application/x-protobuf'),
            ],
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'onebusaway-wire-etag',
      'none',
      "An `ETag` the feed answers with (a hash of the feed's content): a cache validator, no credential.",
      ({ rng }) => {
        const et = rng.hex(32);
        return { value: et, event: { ob: [wire('<<', `ETag: "${et}"`), wire('<<', 'Content-Length: 2214')] } };
      },
    ),
    3,
    plant(
      'webhook',
      'onebusaway-webex-incoming-webhook-alert-sink',
      'error',
      WHY.webhook(
        'A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the service-alert sink posts disruption notices to, in its error',
      ),
      ({ rng }) => {
        const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
        return {
          value: id,
          event: {
            ob: [
              [
                'ERROR',
                'ServiceAlertsNotifier-1',
                'WebexAlertSink:118',
                `POST https://webexapis.com/v1/webhooks/incoming/${id} failed: 429 Too Many Requests (retry in 60 s)`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'oba' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: storage/logs/laravel.log of Cachet 2.4 (Laravel 5.2), the sailings' status page: `[yyyy-mm-dd HH:MM:SS]
// production.<LEVEL>: <message> <context JSON> <extra JSON>` (local time, no zone); exceptions as `exception 'Class' with
// message '…' in /var/www/html/…:<line>` followed by `Stack trace:` and `#<n>` lines; QueryException's message inlines
// the bindings (`(SQL: update … set "value" = …)`).
// https://docs.cachethq.io/ and https://laravel.com/docs/5.2/errors (from memory, not fetched).

function cachetLog(rng) {
  const stamp = (t) => `[${local(t, BST).slice(0, 10)} ${local(t, BST).slice(11, 19)}]`;
  const render = (e) =>
    e.lv.flatMap(([lvl, msg, trace]) => [
      ...`${stamp(e.t)} production.${lvl}: ${msg}`.split('\n'),
      ...(trace ? ['Stack trace:', ...trace.map((f, i) => `#${i} ${f}`), `#${trace.length} {main}`] : []),
    ]);
  const frames = (...f) => [
    ...f,
    '/var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(52): Illuminate\\Routing\\Pipeline->Illuminate\\Routing\\{closure}(Object(Illuminate\\Http\\Request))',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        lv: [
          [
            'INFO',
            `Component status changed {"component":"${rng.pick(['Oban – Kerrera', 'Oban – Lismore', 'Port Appin – Lismore'])}","from":1,"to":${rng.int(1, 4)}} []`,
          ],
        ],
      }),
      () => ({ lv: [['INFO', `Scheduled maintenance ${rng.int(10, 90)} reminder queued for ${rng.int(20, 400)} subscribers [] []`]] }),
      () => ({
        lv: [['WARNING', `Metric point rejected: value out of range {"metric":"crossing_delay_minutes","value":${rng.int(-9, -1)}} []`]],
      }),
      () => ({ lv: [['INFO', 'Cachet\\Bus\\Events\\Incident\\IncidentWasReportedEvent handled [] []']] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'cachet-context-csrf-token',
      'none',
      "Laravel's CSRF `_token` in the context of a validation failure: bound to the admin's session and checked once per form, not a credential.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            lv: [
              [
                'WARNING',
                `Incident validation failed {"input":{"_token":"${tok}","name":"Kerrera crossing suspended","status":"2","visible":"1"},"errors":{"message":["The message field is required."]}} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'cachet-subscriber-verify-link-mail-failure',
      'error',
      WHY.pathSecret(
        "Cachet's subscription confirmation link (`/subscribe/verify/<code>`) in the context of the mail failure it could not send",
      ),
      ({ rng }) => {
        const code = rng.alnum(32);
        return {
          value: code,
          event: {
            lv: [
              [
                'ERROR',
                `exception 'Swift_TransportException' with message 'Expected response code 250 but got code "550", with message "550 5.1.1 mailbox unavailable"' in /var/www/html/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php:383 {"subscriber":${rng.int(100, 900)},"verify_url":"https://status.${LK}/subscribe/verify/${code}"}`,
                frames(
                  '/var/www/html/app/Bus/Handlers/Events/Subscriber/SendSubscriberVerificationEmailHandler.php(58): Illuminate\\Mail\\Mailer->send()',
                ),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'cachet-guzzle-rocketchat-incoming-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming integration (`/hooks/<id>/<token>`) the incident notifier posts to, in Guzzle's ClientException message",
      ),
      ({ rng }) => {
        const tok = `${rng.alnum(17)}/${rng.alnum(48)}`;
        return {
          value: tok,
          event: {
            lv: [
              [
                'ERROR',
                `exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error: \`POST https://chat.${LK}/hooks/${tok}\` resulted in a \`404 Not Found\` response:\n{"success":false,"error":"Invalid integration id or token provided."}\n' in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111`,
                frames('/var/www/html/app/Notifications/RocketChatNotifier.php(41): GuzzleHttp\\Client->post()'),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'cachet-query-exception-inlined-binding-mail-password',
      'error',
      "Laravel's QueryException inlines the query's bindings in its message: the SMTP password the admin saved in Cachet's mail settings, in clear.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            lv: [
              [
                'ERROR',
                `exception 'Illuminate\\Database\\QueryException' with message 'SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock (SQL: update \`settings\` set \`value\` = ${pw}, \`updated_at\` = 2027-10-21 09:12:40 where \`name\` = mail_password)' in /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:729`,
                frames(
                  '/var/www/html/app/Http/Controllers/Dashboard/SettingsController.php(355): Illuminate\\Database\\Eloquent\\Model->save()',
                ),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'cachet-context-session-id',
      'error',
      WHY.session('The dashboard\'s concurrent-login warning puts the admin\'s Laravel session id in its context (`"session_id":"…"`)'),
      ({ rng }) => {
        const sid = rng.alnum(40);
        return {
          value: sid,
          event: {
            lv: [
              [
                'WARNING',
                `Dashboard login from a second address {"user":"harbour.office","ip":"${publicIp(rng)}","session_id":"${sid}"} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'cachet-context-url-api-token',
      'error',
      `${WHY.apiKey('api_token')} The AIS integration calls Cachet's API with the token in the query (Laravel's token guard reads \`api_token\`), and the not-found warning's context writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(20);
        return {
          value: key,
          event: {
            lv: [
              [
                'WARNING',
                `API route not found {"url":"https://status.${LK}/api/v1/components/9/metrics?api_token=${key}","method":"POST"} []`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cachet-subscriber-gravatar-hash',
      'none',
      "A subscriber's Gravatar hash (the md5 of an e-mail address): a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { lv: [['INFO', `Subscriber avatar cached {"gravatar":"https://www.gravatar.com/avatar/${h}?d=identicon&s=64"} []`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'status' }, filler, render, steps });
}

// =====================================================================================================================
// Asaro Wok Bung (Tok Pisin; Goroka: UTC+10)
// =====================================================================================================================

const AW = 'asarowokbung.example';

// ---------------------------------------------------------------------------------------------------------------------
// production.log: log/production.log of an Open Food Network instance (Rails 7, Spree) where the cooperative's coffee
// growers and market stalls sell: Ruby's Logger::Formatter (`I, [<ISO, µs> #<pid>]  INFO -- : `), tagged with the
// request id (`[<uuid>]`); `Started GET "…" for <ip> at <time> +1000`, `Processing by …`, `Parameters: {…}` (Ruby 3.4's
// `{"k" => "v"}`), `Completed …`. The instance's filter list is the old one, `[:password, :password_confirmation]`.
// https://guides.rubyonrails.org/debugging_rails_applications.html and https://github.com/openfoodfoundation/openfoodnetwork
// (from memory, not fetched).

function ofnLog(rng) {
  const pfx = (t, lvl, pid, us) => `${lvl[0]}, [${local(t, PGT).slice(0, 19)}.${pad(us, 6)} #${pid}] ${lvl.padStart(5)} -- : `;
  const render = (e) => {
    const pid = rng.pick([2211, 2214, 2219]);
    let us = rng.int(1000, 400000);
    return e.rl.map(([lvl, msg]) => `${pfx(e.t, lvl, pid, (us += rng.int(90, 900)))}[${e.rid}] ${msg}`);
  };
  const at = (t) => `${local(t, PGT).slice(0, 10)} ${local(t, PGT).slice(11, 19)} +1000`;
  const request = (t, ip, method, url, ctrl, params, status = 200) => [
    ['INFO', `Started ${method} "${url}" for ${ip} at ${at(t)}`],
    ['INFO', `Processing by ${ctrl} as HTML`],
    ...(params ? [['INFO', `  Parameters: ${params}`]] : []),
    [
      'INFO',
      `Completed ${status} ${status === 200 ? 'OK' : status === 302 ? 'Found' : 'Unprocessable Content'} in ${rng.int(20, 900)}ms (Views: ${rng.int(5, 300)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(2, 90)}.${rng.int(0, 9)}ms (${rng.int(3, 60)} queries, ${rng.int(0, 9)} cached) | GC: ${rng.int(0, 9)}.${rng.int(0, 9)}ms)`,
    ],
  ];
  const filler = (rng, t) => {
    const ip = publicIp(rng);
    return {
      rid: rng.uuid(),
      ...rng.pick([
        () => ({ rl: request(t, ip, 'GET', `/asaro-wok-bung/shop`, 'EnterprisesController#shop', '{"id" => "asaro-wok-bung"}') }),
        () => {
          const pg = rng.int(1, 5);
          return {
            rl: request(
              t,
              ip,
              'GET',
              `/api/v0/products/bulk_products?page=${pg}&per_page=20`,
              'Api::V0::ProductsController#bulk_products',
              `{"page" => "${pg}", "per_page" => "20"}`,
            ),
          };
        },
        () => ({ rl: request(t, ip, 'GET', '/shops', 'ShopsController#index', null) }),
        () => ({
          rl: request(
            t,
            ip,
            'POST',
            '/cart/populate',
            'CartController#populate',
            `{"variants" => {"${rng.int(100, 900)}" => "${rng.int(1, 4)}"}}`,
          ),
        }),
      ])(),
    };
  };
  const steps = [
    2,
    plant(
      'negative',
      'ofn-rails-authenticity-token',
      'none',
      "Rails' CSRF field (`authenticity_token`) in `Parameters:`: checked once per form, not a credential.",
      ({ rng, t }) => {
        const tok = rng.b64url(86);
        return {
          value: tok,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'POST',
              '/checkout/update/address',
              'CheckoutController#update',
              `{"authenticity_token" => "${tok}", "order" => {"email" => "[FILTERED_BY_APP]", "ship_address_attributes" => {"city" => "Goroka"}}, "step" => "address"}`,
              302,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'ofn-stripe-connect-callback-code-started-and-parameters',
      'warning',
      `${WHY.code} Stripe Connect's callback for a market stall's enterprise (\`/stripe/callbacks?scope=read_write&code=ac_…&state=…\`): \`Started\` writes the URL and \`Parameters:\` the code again.`,
      ({ rng, t }) => {
        const code = `ac_${rng.alnum(24)}`;
        const st = rng.b64url(32);
        return {
          value: code,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'GET',
              `/stripe/callbacks?scope=read_write&code=${code}&state=${st}`,
              'Admin::StripeAccountsController#connect_callback',
              `{"scope" => "read_write", "code" => "${code}", "state" => "${st}"}`,
              302,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'ofn-devise-confirmation-token-started-and-parameters',
      'error',
      WHY.pathSecret(
        "Devise's account confirmation link for a new coffee grower (`/user/spree_user/confirmation?confirmation_token=…`), in `Started` and again in `Parameters:` (the old filter list names only passwords)",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(20);
        return {
          value: tok,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'GET',
              `/user/spree_user/confirmation?confirmation_token=${tok}`,
              'UserConfirmationsController#show',
              `{"confirmation_token" => "${tok}"}`,
              302,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ofn-spree-api-token-query',
      'error',
      `${WHY.apiKey('token')} The stall scanner app calls the API with the user's Spree API key in the query (\`?token=<40 hex>\`), so \`Started\` writes it and \`Parameters:\` repeats it.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'GET',
              `/api/v0/orders?q%5Bdistributor_id_eq%5D=14&token=${key}`,
              'Api::V0::OrdersController#index',
              `{"q" => {"distributor_id_eq" => "14"}, "token" => "${key}"}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'ofn-percent-encoded-after-login-ki',
      'error',
      `${WHY.apiKey('ki')} The report link a buyer was sent (\`/admin/reports/kopi?ki=…\`, "key") waits, percent-encoded, in \`after_login\` on the login page; \`Started\` writes it encoded and \`Parameters:\` decoded.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'GET',
              `/login?after_login=%2Fadmin%2Freports%2Fkopi%3Fki%3D${key}%26wik%3D42`,
              'UserSessionsController#new',
              `{"after_login" => "/admin/reports/kopi?ki=${key}&wik=42"}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'ofn-parameters-tok-hait',
      'error',
      'A payment method\'s form in `Parameters:` with the mobile-money merchant PIN under a Tok Pisin name (`"tok_hait"`, "secret word") the filter list does not know.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            rid: rng.uuid(),
            rl: request(
              t,
              publicIp(rng),
              'PATCH',
              '/admin/payment_methods/7',
              'Spree::Admin::PaymentMethodsController#update',
              `{"authenticity_token" => "${rng.b64url(86)}", "payment_method" => {"name" => "Mani long fon", "preferred_merchant" => "AWB-0042", "tok_hait" => "${pw}", "active" => "1"}, "id" => "7"}`,
              302,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'ofn-activejob-token-refresh-failed-json',
      'error',
      `${WHY.refresh} The job that sends orders to the cooperative's accounting app logs the token endpoint's JSON answer when it cannot save it.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            rid: 'ActiveJob',
            rl: [
              [
                'WARN',
                `[SalimOdaJob] [${rng.uuid()}] token refresh ok but save failed: {"access_token":"[FILTERED_BY_JOB]","expires_in":1800,"refresh_token":"${rt}","token_type":"bearer"}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ofn-parameters-password-filtered',
      'none',
      "Rails' filter writes the password as `[FILTERED]`: a redaction, no credential.",
      ({ rng, t }) => ({
        value: '"password" => "[FILTERED]"',
        event: {
          rid: rng.uuid(),
          rl: request(
            t,
            publicIp(rng),
            'POST',
            '/user/spree_user/sign_in',
            'UserSessionsController#create',
            `{"spree_user" => {"email" => "stol${rng.int(10, 99)}@${AW}", "password" => "[FILTERED]", "remember_me" => "0"}}`,
          ),
        },
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 2 * HOUR, site: { host: 'ofn' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pmv-bot.log: a Node.js WhatsApp bot for the PMV bus operators on Baileys 6, pino 9's JSON (`level`, `time` in epoch
// ms, `pid`, `hostname`, bindings, `msg`); Baileys' own child logger (`"class":"baileys"`) and the bot's (`"name":"pmv-bot"`)
// writing incoming texts and outgoing messages.
// https://github.com/WhiskeySockets/Baileys (README) and https://getpino.io/#/docs/api (from memory, not fetched).

function baileysLog(rng) {
  const render = (e) =>
    e.pb.map((o) => JSON.stringify({ level: o.level ?? 30, time: e.t, pid: 31, hostname: 'pmv-bot-7c9f', ...o, level: o.level ?? 30 }));
  const jid = () => `6757${digits(rng, 7)}@s.whatsapp.net`;
  const mid = () => `3EB0${rng.hex(16).toUpperCase()}`;
  const inMsg = (from, text) => ({ name: 'pmv-bot', from, id: mid(), text, msg: 'tok i kam' });
  const filler = (rng) =>
    rng.pick([
      () => ({
        pb: [
          inMsg(
            jid(),
            rng.pick(['Bas i go long Kainantu wanem taim?', 'Mi stap long maket, bas i kam?', 'Tenkyu tru', 'Rod i pas long Daulo?']),
          ),
        ],
      }),
      () => ({
        pb: [
          {
            name: 'pmv-bot',
            to: jid(),
            msg: `salim tok: Bas ${rng.pick(['10', '14', '22'])} i stap long ${rng.pick(['Goroka maket', 'Asaro', 'Kefamo'])} nau`,
          },
        ],
      }),
      () => ({ pb: [{ class: 'baileys', level: 20, msg: 'sent ack' }] }),
      () => ({ pb: [{ class: 'baileys', msg: `handled ${rng.int(1, 9)} offline messages/notifications` }] }),
      () => ({ pb: [{ class: 'baileys', level: 20, recv: { tag: 'ib', attrs: { from: 's.whatsapp.net' } }, msg: 'recv xml' }] }),
    ])();
  const steps = [
    {
      raw: {
        pb: [
          { class: 'baileys', msg: 'connected to WA' },
          { class: 'baileys', msg: 'logging in...' },
          { class: 'baileys', msg: 'opened connection to WA' },
          { name: 'pmv-bot', msg: 'bot i redi (ready)' },
        ],
      },
      after: 0,
    },
    3,
    plant('negative', 'baileys-message-id', 'none', 'A WhatsApp message id (`3EB0<hex>`): an identifier, no credential.', ({ rng }) => {
      const id = mid();
      return {
        value: id,
        event: { pb: [{ class: 'baileys', level: 20, key: { remoteJid: jid(), fromMe: true, id }, msg: 'message sent' }] },
      };
    }),
    3,
    plant(
      'embed-jwt',
      'baileys-outgoing-route-board-embed-no-exp',
      'error',
      "The bot sends drivers the live route board's embed link (`/embed/<JWT>`) whose token has no `exp`; the outgoing message is logged with pino's epoch-millisecond time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 5, 86400 * 60),
          claims: { iss: `https://pmv.${AW}`, board: 'goroka-kainantu', role: 'draiva' },
        });
        return {
          value: token,
          jwt: facts,
          event: { pb: [{ name: 'pmv-bot', to: jid(), msg: `salim tok: Lukim rot bilong yu hia https://pmv.${AW}/embed/${token}` }] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'baileys-outgoing-singautim-invite-link',
      'error',
      WHY.pathSecret('A new driver\'s invitation link (`/singautim/<token>`, "invite") in the outgoing message the bot logs'),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            pb: [{ name: 'pmv-bot', to: jid(), msg: `salim tok: Welkam draiva! Kilikim https://pmv.${AW}/singautim/${tok} bilong joinim` }],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'baileys-incoming-pasted-access-token-fragment',
      'error',
      'An owner pastes the address his browser landed on after signing in to the fares site (`/#access_token=…`) to ask for help; the bot logs the incoming text.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: { pb: [inMsg(jid(), `Dispela pes i no op: https://pe.${AW}/#access_token=${at}&token_type=Bearer&expires_in=7200`)] },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'baileys-incoming-pasted-logout-id-token-hint',
      'error',
      'A dispatcher pastes a sign-out address with its `id_token_hint`; the bot logs the text with its epoch-millisecond time (1 h, live)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(120, 1800),
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://login.${AW}/realms/pmv`, aud: 'pmv-dispatch', sub: rng.uuid(), preferred_username: 'dispatch.goroka' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            pb: [
              inMsg(
                jid(),
                `Mi laik lusim tasol em i sot: https://login.${AW}/realms/pmv/protocol/openid-connect/logout?id_token_hint=${token}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'baileys-axios-error-n8n-webhook',
      'error',
      WHY.webhook('An n8n production webhook (`/webhook/<uuid>`) the bot forwards breakdown reports to, in the axios error it logs'),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            pb: [
              {
                level: 50,
                name: 'pmv-bot',
                err: {
                  type: 'AxiosError',
                  message: 'Request failed with status code 502',
                  code: 'ERR_BAD_RESPONSE',
                  config: { method: 'post', url: `https://n8n.${AW}/webhook/${id}` },
                },
                msg: 'no inap salim ripot bagarap (breakdown report failed)',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'baileys-fare-api-url-ki',
      'error',
      `${WHY.apiKey('ki')} The bot looks fares up with the key in the query (\`?ki=…\`, "key"), and its warning writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pb: [
              {
                level: 40,
                name: 'pmv-bot',
                url: `https://pe.${AW}/api/pe?rot=goroka-asaro&ki=${key}`,
                status: 504,
                msg: 'pe api i slo (fare API slow)',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'baileys-qr-payload-base64-json',
      'error',
      'The bot logs the QR payload it builds for a driver\'s daily pass: base64 of a JSON object holding the fares API key (`{"ki":…}`); decoding it gives the key.',
      ({ rng }) => {
        const v = b64Of(JSON.stringify({ draiva: `D-${rng.int(100, 999)}`, rot: 'goroka-kainantu', ki: rng.alnum(32) }));
        return { value: v, event: { pb: [{ level: 20, name: 'pmv-bot', qr: v, msg: 'wokim QR bilong pas (daily pass)' }] } };
      },
    ),
    2,
    plant(
      'replay',
      'baileys-tiket-code-once',
      'note',
      WHY.ticketFirst(
        'A single-use fare code (`tiket`) a passenger sends to the bot to board; the bot logs the sender and its answer. The code is',
      ),
      ({ rng, t }) => {
        const tk = upperNum(rng, 8);
        firstUse.tiket = t;
        return {
          value: tk,
          event: {
            pb: [{ name: 'pmv-bot', from: '67570112233@s.whatsapp.net', tiket: tk, ok: true, msg: 'tiket i orait (ticket accepted)' }],
          },
        };
      },
      { ref: 'tiket' },
    ),
    2,
    plant(
      'replay',
      'baileys-tiket-code-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('tiket', gap('tiket', t))} Another number sent the same single-use code and the bot accepted it again: the code was not spent.`,
          },
        ],
        event: {
          pb: [
            {
              name: 'pmv-bot',
              from: '67581447720@s.whatsapp.net',
              tiket: refs.get('tiket').value,
              ok: true,
              msg: 'tiket i orait (ticket accepted)',
            },
          ],
        },
      }),
      { replayOf: 'tiket', after: 133 },
    ),
    3,
    plant(
      'negative',
      'baileys-media-file-sha256',
      'none',
      "A media message's `fileSha256` (base64 of a SHA-256): a hash of the photo, no credential.",
      ({ rng }) => {
        const h = rng.bytes(32).toString('base64');
        return {
          value: h,
          event: {
            pb: [
              {
                level: 20,
                class: 'baileys',
                media: { mimetype: 'image/jpeg', fileSha256: h, fileLength: rng.int(20000, 300000) },
                msg: 'downloaded media',
              },
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 3 * HOUR, site: { host: 'pmv' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openelis.log: `docker logs -t`-less `docker logs openelisglobal-webapp` of OpenELIS Global 2 at the mission hospital's
// laboratory: Spring Boot 3's console format `<ISO with offset> <LEVEL, 5 wide> <pid> --- [<thread, 15 wide>]
// <logger, abbreviated> : <message>` (+10:00), with Spring Security's and RestTemplate's DEBUG messages, HAPI FHIR's
// LoggingInterceptor (headers on lines of their own) and Hibernate's parameter binder at TRACE.
// https://docs.spring.io/spring-boot/reference/features/logging.html (from memory, not fetched).

function openelisLog(rng) {
  const stamp = (t) => `${local(t, PGT).slice(0, 23)}+10:00`;
  const render = (e) =>
    e.oe.flatMap(([lvl, thread, logger, msg]) =>
      `${stamp(e.t)} ${lvl.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`.split('\n'),
    );
  const ex = () => `nio-8443-exec-${rng.int(1, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        oe: [
          [
            'INFO',
            ex(),
            'o.o.c.s.AnalyzerImportController',
            `analyzer ${rng.pick(['Mindray BC-3000', 'Cobas c111', 'GeneXpert'])} result batch imported: ${rng.int(1, 40)} results`,
          ],
        ],
      }),
      () => ({
        oe: [['DEBUG', ex(), 'o.s.web.servlet.DispatcherServlet', `GET "/api/OpenELIS-Global/rest/home-dashboard/metrics", parameters={}`]],
      }),
      () => ({
        oe: [['INFO', 'scheduling-1', 'o.o.c.f.s.FhirTransformServiceImpl', `transformed ${rng.int(0, 30)} samples to FHIR bundles`]],
      }),
      () => ({
        oe: [
          ['WARN', ex(), 'o.o.c.p.s.PatientServiceImpl', 'sik malaria: samting i no stret long nem bilong sikman (patient name mismatch)'],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        oe: [
          ['INFO', 'main', 'o.o.c.OpenELISGlobalApplication', 'Starting OpenELISGlobalApplication v2.8.3 using Java 21.0.8 with PID 1'],
          [
            'INFO',
            'main',
            'o.s.b.w.embedded.tomcat.TomcatWebServer',
            "Tomcat started on port 8443 (https) with context path '/api/OpenELIS-Global'",
          ],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'openelis-dispatcher-parameters-masked',
      'none',
      "Spring's DispatcherServlet writes request parameters as `{masked}` by default: a redaction, no credential.",
      ({ rng }) => ({
        value: 'parameters={masked}',
        event: { oe: [['DEBUG', ex(), 'o.s.web.servlet.DispatcherServlet', `POST "/api/OpenELIS-Global/LoginPage", parameters={masked}`]] },
      }),
    ),
    3,
    plant(
      'header-dump',
      'openelis-hapi-logging-interceptor-headers-bearer-jwt',
      'error',
      "HAPI FHIR's LoggingInterceptor writes the client's request headers on lines of their own, `Authorization: Bearer <JWT>` included (the FHIR store's service token, 30 min, jti, live; the entry's time has its +10:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: rng.int(60, 900),
          jti: true,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: `https://sso.${AW}/realms/haus-sik`, aud: 'fhir-store', sub: 'svc-openelis', scope: 'system/*.write' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            oe: [
              [
                'INFO',
                ex(),
                'c.u.f.r.c.interceptor.LoggingInterceptor',
                `Client request: POST https://fhir.${AW}/fhir/Bundle HTTP/1.1\nClient request headers:\nAccept-Charset: utf-8\nAccept: application/fhir+json;q=1.0, application/json+fhir;q=0.9\nAuthorization: Bearer ${token}\nContent-Type: application/fhir+json; charset=UTF-8`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'openelis-resttemplate-writing-form-refresh-token',
      'error',
      `${WHY.refresh} RestTemplate's DEBUG writes the form it sends to the token endpoint (\`Writing [{grant_type=[refresh_token], refresh_token=[…], …}]\`).`,
      ({ rng }) => {
        const rt = rng.b64url(60);
        return {
          value: rt,
          event: {
            oe: [
              [
                'DEBUG',
                'scheduling-1',
                'o.s.web.client.RestTemplate',
                `Writing [{grant_type=[refresh_token], refresh_token=[${rt}], client_id=[openelis-lab]}] as "application/x-www-form-urlencoded"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'openelis-spring-redirect-logout-id-token-hint-expired',
      'note',
      "Spring Security's DefaultRedirectStrategy writes the sign-out redirect with the `id_token_hint` of a session that outlived its ID token; it expired before the line (+10:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + rng.int(1800, 7200),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: `https://sso.${AW}/realms/haus-sik`, aud: 'openelis', sub: rng.uuid(), preferred_username: 'lab.tek.3' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            oe: [
              [
                'DEBUG',
                ex(),
                'o.s.s.web.DefaultRedirectStrategy',
                `Redirecting to https://sso.${AW}/realms/haus-sik/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https://lab.${AW}/`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'openelis-hibernate-binder-password',
      'error',
      "Hibernate's parameter binder at TRACE writes the bound values of an insert: the new lab technician's initial password, in clear.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return { value: pw, event: { oe: [['TRACE', ex(), 'org.hibernate.orm.jdbc.bind', `binding parameter (3:VARCHAR) <- [${pw}]`]] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'openelis-sms-risal-link',
      'error',
      WHY.pathSecret('The results link sent to a patient by SMS (`/risal/<token>`, "result"), in the notification service\'s INFO line'),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: {
            oe: [
              [
                'INFO',
                'notify-1',
                'o.o.c.n.SmsNotificationService',
                `salim SMS long 6757${digits(rng, 7)}: Risal bilong yu i redi https://lab.${AW}/risal/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'openelis-resttemplate-http-get-ki',
      'error',
      `${WHY.apiKey('ki')} The notification service calls the SMS gateway with the key in the query, and RestTemplate's DEBUG \`HTTP GET <url>\` writes it.`,
      ({ rng }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: { oe: [['DEBUG', 'notify-1', 'o.s.web.client.RestTemplate', `HTTP GET https://sms.${AW}/api/kyu?ki=${key}&stet=wet`]] },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'openelis-resttemplate-embed-expired-jti',
      'note',
      "The home dashboard fetches the ward's malaria chart through its embed URL (`/embed/<JWT>`); the token (jti) expired half an hour before the line (+10:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: 600 + rng.int(1500, 2100),
          jti: true,
          claims: { iss: `https://dash.${AW}`, resource: { dashboard: 4 }, params: { wod: 'sik-malaria' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            oe: [
              ['DEBUG', ex(), 'o.s.web.client.RestTemplate', `HTTP GET https://dash.${AW}/embed/${token}`],
              ['WARN', ex(), 'o.o.c.d.DashboardProxyController', 'dashboard i no inap kam (401 Unauthorized)'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'openelis-fhir-patient-uuid',
      'none',
      'A FHIR Patient resource id (a uuid): an identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { oe: [['INFO', 'scheduling-1', 'o.o.c.f.s.FhirPersistanceServiceImpl', `updated Patient/${id} (version 4)`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 1 * HOUR, site: { host: 'openelis' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access.log: the Apache access log of the PMV operators' SMSEagle NXS-9750 SMS gateway (combined format, +1000): the web
// interface's CodeIgniter routes and the dispatch scripts' API calls; most scripts use API v2 (`/api/v2/messages/sms`,
// the key in an `access-token` header that is not logged), one old script still uses API v1 (`/http_api/send_sms?
// access_token=…&to=…&message=…`).
// https://www.smseagle.eu/api/ (from memory, not fetched).

function smseagleAccessLog(rng) {
  const render = (e) => [
    `${e.ip} - ${e.user ?? '-'} [${clf(e.t, PGT)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ ip: lan(rng, '10.7'), method: 'POST', path: '/api/v2/messages/sms', ua: 'python-requests/2.32.5', status: 200 }),
      () => ({ ip: lan(rng, '10.7'), path: '/index.php/inbox', referer: 'https://sms.local/index.php/dashboard' }),
      () => ({ ip: lan(rng, '10.7'), path: '/index.php/dashboard', user: 'dispatch' }),
      () => ({ ip: lan(rng, '10.7'), path: `/index.php/outbox/page/${rng.int(1, 9)}`, referer: 'https://sms.local/index.php/outbox' }),
      () => ({ ip: lan(rng, '10.7'), method: 'GET', path: '/api/v2/modem/status', ua: 'Zabbix 7.0', status: 200 }),
    ])();
  const send = (rng, key, message) => ({
    ip: '10.7.0.21',
    path: '/http_api/send_sms',
    query: `access_token=${key}&to=6757${digits(rng, 7)}&message=${message}`,
    ua: 'Wget/1.21.3',
    bytes: rng.int(10, 40),
  });
  const steps = [
    3,
    plant(
      'negative',
      'smseagle-ui-nocache-buster',
      'none',
      "The web interface's cache buster (`nocache=<epoch ms>`): a timestamp, no credential.",
      ({ rng, t }) => {
        const v = String(t - rng.int(1000, 9000));
        return {
          value: v,
          event: {
            ip: lan(rng, '10.7'),
            path: '/index.php/inbox/refresh',
            query: `nocache=${v}`,
            referer: 'https://sms.local/index.php/inbox',
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'smseagle-http-api-v1-access-token-query',
      'error',
      `${WHY.apiKey('access_token')} SMSEagle's API v1 takes its API key as \`access_token\` in the query; the old roster script's call is written by the access log.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: send(rng, key, encodeURIComponent('Roster: yu draiv long bas 14 tumora 6 kilok').replace(/%20/g, '+')),
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'smseagle-message-param-embed-jwt',
      'error',
      "The dispatcher's script texts drivers the live route board's embed link (`/embed/<JWT>`, 1 h, live) in `message=` through the v1 API, key redacted by the script's own wrapper but not the link; CLF time with +1000",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 120),
          claims: { iss: `https://pmv.${AW}`, board: 'goroka-lufa', role: 'draiva' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ip: '10.7.0.22',
            path: '/http_api/send_sms',
            query: `access_token=%2A%2A%2A&to=6757${digits(rng, 7)}&message=Lukim+rot+https%3A%2F%2Fpmv.${AW}%2Fembed%2F${token}`,
            ua: 'Wget/1.21.3',
            bytes: 14,
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'smseagle-message-param-double-encoded-ki',
      'error',
      `${WHY.apiKey('ki')} A message carrying a fares link is percent-encoded twice by the script (\`ki%253D…\`); decoding twice gives the key.`,
      ({ rng }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: {
            ip: '10.7.0.22',
            path: '/http_api/send_sms',
            query: `access_token=%2A%2A%2A&to=6757${digits(rng, 7)}&message=Pe+nupela%253A+https%253A%252F%252Fpe.${AW}%252Fapi%252Fpe%253Frot%253Dgoroka-lufa%2526ki%253D${key}`,
            ua: 'Wget/1.21.3',
            bytes: 14,
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'smseagle-masked-access-token',
      'none',
      'The newer wrapper masks the key (`access_token=%2A%2A%2A`, `***`) before calling: a redaction, no credential.',
      ({ rng }) => {
        const v = `access_token=%2A%2A%2A&to=6757${digits(rng, 7)}`;
        return {
          value: v,
          event: { ip: '10.7.0.22', path: '/http_api/send_sms', query: `${v}&message=Bas+14+i+go+nau`, ua: 'Wget/1.21.3', bytes: 14 },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - 4 * HOUR, site: { host: 'sms.local' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kopi-farmos-sync.log: a cron script that pushes the growers' cherry deliveries into farmOS 3 with farmOS.py 2 (an
// OAuth2Session of requests_oauthlib): Python logging with `%(asctime)s %(levelname)s %(name)s: %(message)s` and
// `datefmt='%Y-%m-%dT%H:%M:%S%z'` (+1000), the root at DEBUG, so urllib3's connection lines and requests_oauthlib's
// debug messages (`Supplying headers … and data …`, `Obtained token …`) are written.
// https://farmos.org/development/api/ and https://requests-oauthlib.readthedocs.io/ (from memory, not fetched).

function farmosSyncLog(rng) {
  const stamp = (t) => `${local(t, PGT).slice(0, 19)}+1000`;
  const render = (e) => e.py.map(([lvl, name, msg]) => `${stamp(e.t)} ${lvl} ${name}: ${msg}`);
  const FARM = `farm.${AW}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        py: [
          [
            'DEBUG',
            'urllib3.connectionpool',
            `https://${FARM}:443 "GET /api/log/harvest?page%5Blimit%5D=50&page%5Boffset%5D=${rng.int(0, 20) * 50} HTTP/1.1" 200 ${rng.int(2000, 90000)}`,
          ],
        ],
      }),
      () => ({
        py: [
          [
            'INFO',
            'kopi_sync',
            `grower ${rng.pick(['Kefamo', 'Asaro', 'Korofeigu', 'Bena'])}-${rng.int(10, 99)}: ${rng.int(20, 400)} kg kopi i go long farmOS`,
          ],
        ],
      }),
      () => ({
        py: [['DEBUG', 'urllib3.connectionpool', `https://${FARM}:443 "POST /api/log/harvest HTTP/1.1" 201 ${rng.int(900, 3000)}`]],
      }),
      () => ({ py: [['DEBUG', 'urllib3.connectionpool', `Starting new HTTPS connection (1): ${FARM}:443`]] }),
    ])();
  const steps = [
    { raw: { py: [['INFO', 'kopi_sync', 'stat sync (start) — wik 42']] }, after: 0 },
    2,
    plant(
      'refresh-token',
      'requests-oauthlib-obtained-token-dict',
      'error',
      `${WHY.refresh} requests_oauthlib's DEBUG \`Obtained token {…}\` writes the token dict, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            py: [
              ['DEBUG', 'requests_oauthlib.oauth2_session', 'Request to fetch token completed with status 200.'],
              ['DEBUG', 'requests_oauthlib.oauth2_session', 'Invoking 0 token response hooks.'],
              [
                'DEBUG',
                'requests_oauthlib.oauth2_session',
                `Obtained token {'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${rt}', 'scope': ['farm_manager'], 'expires_at': 1792${digits(rng, 6)}.${digits(rng, 6)}}.`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'requests-oauthlib-supplying-headers-bearer-jwt',
      'error',
      "requests_oauthlib's DEBUG `Supplying headers {'Authorization': 'Bearer <JWT>'} and data None` for each request: farmOS' simple_oauth access token (1 h, jti, live; the line's time has its +1000)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 600),
          jti: true,
          alg: 'RS256',
          claims: { aud: 'farm', sub: '12', scope: ['farm_manager'] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            py: [['DEBUG', 'requests_oauthlib.oauth2_session', `Supplying headers {'Authorization': 'Bearer ${token}'} and data None`]],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'farmos-log-entity-uuid',
      'none',
      "A farmOS log entity's id (a uuid in `/api/log/harvest/<uuid>`): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { py: [['DEBUG', 'urllib3.connectionpool', `https://${FARM}:443 "PATCH /api/log/harvest/${id} HTTP/1.1" 200 1822`]] },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'farmos-script-drupal-ssess-cookie',
      'error',
      WHY.session(
        "The script's fallback to the web form logs the cookies it got from Drupal: the secure session cookie `SSESS<hash>=<id>`",
      ),
      ({ rng }) => {
        const sid = rng.b64url(43);
        return { value: sid, event: { py: [['DEBUG', 'kopi_sync', `kuki (cookies): {'SSESS${rng.hex(32)}': '${sid}'}`]] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'farmos-script-browser-callback-fragment',
      'error',
      "The script's first-run helper prints the address the browser came back to after the implicit grant (`…/callback#access_token=…`) as it parses it.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            py: [
              [
                'WARNING',
                'kopi_sync',
                `kisim token long fragment (implicit grant): http://localhost:8181/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(20)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'requests-oauthlib-authorize-state',
      'none',
      'The authorization URL with its `state` (a CSRF value of one flow): no credential.',
      ({ rng }) => {
        const st = rng.alnum(30);
        return {
          value: st,
          event: {
            py: [
              [
                'INFO',
                'kopi_sync',
                `Please go to https://${FARM}/oauth/authorize?response_type=code&client_id=farm&redirect_uri=http%3A%2F%2Flocalhost%3A8181%2Fcallback&scope=farm_manager&state=${st} and authorize access.`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 - 5 * HOUR, site: { host: 'cron' }, filler, render, steps });
}

// =====================================================================================================================
// Llagar y Refuxos del Sueve (Asturian; Colunga: CEST, UTC+2)
// =====================================================================================================================

const SV = 'sueve.example';

// ---------------------------------------------------------------------------------------------------------------------
// ispindel-serial.log: an iSpindel (firmware 7.x, ESP8266) floating in a cider fermenting tank, its serial output at
// 115200 baud captured by `pio device monitor --filter time` (`HH:MM:SS.mmm > <line>`, the capturing laptop's local time
// of day): boot banner, the configuration as JSON, the angle, temperature, battery and gravity, the HTTP senders.
// https://www.ispindel.de/docs/README_en.html (from memory, not fetched).

function ispindelLog(rng) {
  const render = (e) => e.sp.map((m) => `${local(e.t, CEST).slice(11, 23)} > ${m}`);
  const cycle = (rng) => [
    `Calculated Angle: ${(rng.int(3000, 6000) / 100).toFixed(2)}`,
    `Temperature: ${(rng.int(1200, 1700) / 100).toFixed(2)} C`,
    `Battery: ${(rng.int(380, 420) / 100).toFixed(2)} V`,
    `Gravity: ${(rng.int(0, 1200) / 100).toFixed(2)}`,
  ];
  const filler = (rng) => ({
    sp: rng.pick([
      () => cycle(rng),
      () => ['Sender: HTTP posting', 'HTTP: posting to sidra.local:80', 'HTTP: response 200'],
      () => ['Going to sleep for 900s...', '', 'Worker run!'],
    ])(),
  });
  const steps = [
    { raw: { sp: ['', 'FW 7.3.3', '7.3.3', 'Worker run!'] }, after: 0 },
    plant(
      'negative',
      'ispindel-chip-id',
      'none',
      "The iSpindel's ESP chip id (six hex digits), printed at boot and part of its default name: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(6);
        return { value: id, event: { sp: [`Chip ID: ${id}`, 'mounted file system'] } };
      },
    ),
    plant(
      'api-key-name',
      'ispindel-config-json-uri-llave',
      'error',
      `${WHY.apiKey('llave')} The llagar's own server takes the tank's readings with the key in the path's query (\`/api/ispindel?llave=…\`, "key"); the firmware prints its configuration as JSON at boot.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sp: [
              `parsed config:`,
              `{"Name":"Tanque3","Token":"","Sleep":900,"Server":"sidra.local","API":3,"Port":80,"Channel":0,"URI":"/api/ispindel?llave=${key}","DB":"","Username":"","Password":"","Job":"ispindel","Instance":"000","Vfact":191.8,"TS":0,"OWpin":12,"POLY":"0.00438*tilt^2+0.13762*tilt-6.22","Hassio":false,"UsePlato":true,"LogFormat":""}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'ispindel-brewfather-stream-id',
      'error',
      WHY.webhook(
        "Brewfather's custom stream URL (`log.brewfather.net/stream?id=<id>`): the id is the whole credential of the stream, printed by the sender",
      ),
      ({ rng }) => {
        const id = rng.alnum(14);
        return {
          value: id,
          event: { sp: ['Sender: HTTP posting', `HTTP: posting to http://log.brewfather.net/stream?id=${id}`, 'HTTP: response 200'] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ispindel-wifi-bssid',
      'none',
      "The Wi-Fi access point's BSSID (a MAC address) printed on connect: a hardware address, no credential.",
      ({ rng }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join(':');
        return { value: mac, event: { sp: [`WiFi: connected to 'Llagar' BSSID ${mac} channel 6 RSSI -71`] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'tanque3' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// application.log: logs/application.log of Omeka S 4 (the hórreo and panera catalogue, with the Guest, OpenID Connect
// and oEmbed features in use), `log => writer => true` in local.config.php: Laminas Log's Simple formatter,
// `<ISO 8601 with offset> <PRIORITY> (<n>): <message>` (+02:00).
// https://omeka.org/s/docs/developer/configuration/ (from memory, not fetched).

function omekaLog(rng) {
  const render = (e) => e.om.map(([prio, n, msg]) => `${local(e.t, CEST).slice(0, 19)}+02:00 ${prio} (${n}): ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        om: [
          ['NOTICE', 5, `Item #${rng.int(100, 900)} anováu (updated): Hórreu de ${rng.pick(['Llué', 'Pandenes', 'Espinaréu', 'Cerecea'])}`],
        ],
      }),
      () => ({ om: [['INFO', 6, `Media ingest: ${rng.int(1, 12)} files for item #${rng.int(100, 900)}`]] }),
      () => ({ om: [['WARN', 4, `Thumbnail creation skipped for a TIFF over 100 MB (item #${rng.int(100, 900)})`]] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'omeka-file-storage-id',
      'none',
      "A file's storage id in `/files/original/<40 hex>.jpg` (Omeka S' random storage name): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(40);
        return { value: id, event: { om: [['INFO', 6, `Stored file /files/original/${id}.jpg (7.2 MB)`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'omeka-api-key-credential-query',
      'error',
      `${WHY.apiKey('key_credential')} The restorers' photo tool calls Omeka S' API with \`key_identity\` and \`key_credential\` in the query; the permission error writes the request.`,
      ({ rng }) => {
        const cred = rng.alnum(32);
        return {
          value: cred,
          event: {
            om: [
              [
                'ERR',
                3,
                `Omeka\\Api\\Exception\\PermissionDeniedException: Permission denied for the current user to create the Omeka\\Entity\\Media resource. Request: POST /api/media?key_identity=${rng.alnum(32)}&key_credential=${cred}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'omeka-guest-confirm-link-mail-failure',
      'error',
      WHY.pathSecret("The Guest module's e-mail confirmation link (`/s/horreos/guest/confirm?token=…`) in the Asturian mail failure"),
      ({ rng }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: {
            om: [
              [
                'ERR',
                3,
                `Fallu al unviar el corréu de confirmación a un convidáu: Connection refused. Enllaz: https://catalogu.${SV}/s/horreos/guest/confirm?token=${tok}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'omeka-oidc-id-token-rejected',
      'error',
      'The OpenID Connect login writes the ID token it rejected (a nonce mismatch after a double click), 8 h, jti, live, on a line with its +02:00',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 28800,
          age: rng.int(5, 90),
          jti: true,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: {
            iss: `https://accesu.${SV}`,
            aud: 'omeka-catalogu',
            sub: rng.uuid(),
            email: 'restauracion@sueve.example',
            nonce: rng.b64url(22),
          },
        });
        return { value: token, jwt: facts, event: { om: [['WARN', 4, `OpenID Connect: id_token refugáu (nonce nun concasa): ${token}`]] } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'omeka-oembed-fetch-embed-120s',
      'warning',
      'The oEmbed ingester could not fetch the 3D viewer of an hórreo through its embed URL (`/embed/<JWT>`, 120 s, no jti, live when logged, +02:00)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 40),
          claims: { iss: `https://visor.${SV}`, model: `horreu-${rng.int(10, 99)}`, view: 'public' },
        });
        return {
          value: token,
          jwt: facts,
          event: { om: [['ERR', 3, `oEmbed: nun se pudo algamar https://visor.${SV}/embed/${token} (HTTP 503)`]] },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'omeka-session-validator-id',
      'error',
      WHY.session("Laminas' session validator writes the session id it refused (the curator's session, from a new address)"),
      ({ rng }) => {
        const sid = lowerNum(rng, 26);
        return {
          value: sid,
          event: {
            om: [
              [
                'ERR',
                3,
                `Laminas\\Session\\Exception\\RuntimeException: Session validation failed for session ${sid} (RemoteAddr changed)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'omeka-api-key-identity-only',
      'none',
      "An API key's `key_identity` alone (the public half, named in the admin's key list; the credential is the other half): no credential.",
      ({ rng }) => {
        const id = rng.alnum(32);
        return { value: id, event: { om: [['NOTICE', 5, `API key "fotos-taller" (key_identity ${id}) last used from ${publicIp(rng)}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'omeka' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// casdoor.log: `docker logs casdoor` of Casdoor 1.x, the group's single sign-on (Beego 2): Beego's console logger
// `yyyy/mm/dd HH:MM:SS.mmm [<L>] [<file>:<line>] <message>` (local time, no zone), its access lines `| <ip>| <status> |
// <time>| match| <METHOD> <path> r:<route>`, Beego's panic recovery `the request url is <uri>`, Casdoor's own
// warnings.
// https://casdoor.org/docs/ and https://beego.wiki/ (from memory, not fetched).

function casdoorLog(rng) {
  const stamp = (t) => `${local(t, CEST).slice(0, 10).replace(/-/g, '/')} ${local(t, CEST).slice(11, 23)}`;
  const render = (e) => e.cd.map(([l, where, msg]) => `${stamp(e.t)} [${l}] [${where}] ${msg}`);
  const access = (rng, status, method, path) => [
    'D',
    'router.go:1003',
    ` |  ${publicIp(rng).padStart(15)}| ${status} | ${(rng.int(100, 90000) / 1000).toFixed(3)}ms|   match| ${method.padEnd(7)} ${path}   r:${path}`,
  ];
  const panic = (uri, err) => [
    ['C', 'config.go:185', `the request url is  ${uri}`],
    ['C', 'config.go:186', `Handler crashed with error ${err}`],
    ['C', 'config.go:192', '/usr/local/go/src/runtime/panic.go:785'],
    ['C', 'config.go:192', '/go/src/casdoor/object/token_oauth.go:412'],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ cd: [access(rng, 200, 'GET', '/api/get-account')] }),
      () => ({ cd: [access(rng, 200, 'POST', '/api/login')] }),
      () => ({ cd: [access(rng, 200, 'GET', '/api/get-app-login')] }),
      () => ({ cd: [access(rng, 302, 'GET', '/login/oauth/authorize')] }),
      () => ({ cd: [['I', 'casdoor.go:64', `anició'l sincronizador pa ${rng.int(2, 9)} usuarios (user sync)`]] }),
    ])();
  const steps = [
    { raw: { cd: [['I', 'server.go:280', 'http server Running on http://:8000']] }, after: 0 },
    3,
    plant(
      'negative',
      'casdoor-authorize-nonce',
      'none',
      "An authorization request's `nonce` (and `state`): values of one sign-in, no credential.",
      ({ rng }) => {
        const n = rng.alnum(22);
        return {
          value: n,
          event: {
            cd: [
              [
                'I',
                'auth.go:212',
                `autorizando aplicación refuxos: /login/oauth/authorize?client_id=${rng.hex(20)}&response_type=code&redirect_uri=https%3A%2F%2Frefuxos.${SV}%2Fcallback&scope=openid&state=casdoor&nonce=${n}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'casdoor-beego-panic-request-url-code-verifier',
      'warning',
      `${WHY.code} Beego's panic recovery writes the request URL of a token exchange (\`/api/login/oauth/access_token?grant_type=authorization_code&code=…&code_verifier=…\`); the code is single-use.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            cd: panic(
              `/api/login/oauth/access_token?grant_type=authorization_code&client_id=${rng.hex(20)}&code=${code}&code_verifier=${rng.b64url(43)}&state=refuxos`,
              'runtime error: invalid memory address or nil pointer dereference',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'casdoor-beego-panic-request-url-refresh-token',
      'error',
      `${WHY.refresh} Casdoor's refresh endpoint takes its parameters in the query; Beego's panic recovery writes the request URL.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            cd: panic(
              `/api/login/oauth/refresh_token?grant_type=refresh_token&refresh_token=${rt}&scope=openid&client_id=${rng.hex(20)}`,
              'runtime error: index out of range [0] with length 0',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'casdoor-warning-client-secret-query',
      'error',
      `${WHY.apiKey('clientSecret')} The booking site calls Casdoor's API with \`clientId\` and \`clientSecret\` in the query (Casdoor accepts them there), and Casdoor's warning writes the URL.`,
      ({ rng }) => {
        const sec = rng.hex(40);
        return {
          value: sec,
          event: {
            cd: [
              [
                'W',
                'authz.go:118',
                `[${publicIp(rng)}] permisu refugáu (permission denied): /api/get-user?id=sueve/guarda.refuxu&clientId=${rng.hex(20)}&clientSecret=${sec}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'casdoor-webhook-zulip-slack-incoming-api-key',
      'error',
      WHY.webhook(
        "A Zulip incoming webhook in its Slack-compatible form (`/api/v1/external/slack_incoming?api_key=…&stream=…`, the bot's key in the URL), in the Go `*url.Error` of Casdoor's webhook sender",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            cd: [
              [
                'E',
                'webhook.go:73',
                `Post "https://zulip.${SV}/api/v1/external/slack_incoming?api_key=${key}&stream=refuxos&topic=accesos": dial tcp 10.2.0.9:443: i/o timeout`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'casdoor-debug-session-cookie',
      'error',
      WHY.session("Casdoor's debug line about a session it renewed writes the cookie (`casdoor_session_id=…`)"),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: { cd: [['D', 'session.go:57', `sesión anovada (session renewed) for sueve/guarda.refuxu: casdoor_session_id=${sid}`]] },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'casdoor-state-base64url-json-llave',
      'error',
      `${WHY.apiKey('llave')} The booking site's \`state\` is base64url of a JSON object that carries the refuxu's booking key (\`{"llave":…}\`); Casdoor's warning writes the state it could not match.`,
      ({ rng }) => {
        const st = b64urlOf(JSON.stringify({ tornar: '/reserves/nueva', refuxu: 'bruxes', llave: rng.alnum(32) })).replace(/=+$/, '');
        return { value: st, event: { cd: [['W', 'auth.go:301', `state nun concasa (state mismatch): ${st}`]] } };
      },
    ),
    3,
    plant(
      'replay',
      'casdoor-cas-service-ticket-once',
      'note',
      WHY.ticketFirst(
        "A CAS service ticket (`ST-…`) validated once by the refuxos' booking desk (`serviceValidate`); Casdoor logs the ticket with the service. The ticket is",
      ),
      ({ rng }) => {
        const st = `ST-${rng.alnum(36)}`;
        return {
          value: st,
          event: { cd: [['I', 'cas.go:144', `CAS: ticket validáu ${st} pa service https://reserves.${SV}/cas/callback`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'casdoor-application-client-id',
      'none',
      "An application's `client_id` (20 hex, public: it is in every authorization URL): no credential.",
      ({ rng }) => {
        const id = rng.hex(20);
        return { value: id, event: { cd: [['I', 'application.go:97', `aplicación "llagar-tienda" anovada (updated), client_id=${id}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'casdoor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// akkoma.log: the console of an Akkoma 3 instance where the refuxos post weather and road notices (Elixir Logger's
// console backend with `format: "\n$time $metadata[$level] $message\n"` and `metadata: [:request_id]`: a blank line
// before each entry, time of day only), Phoenix.Logger at debug (`GET /path`, `Processing with …`, `  Parameters: %{…}`,
// `  Pipelines: […]`, `Sent 200 in …ms`, path without query; its filter names `password`), Tesla's debug lines.
// https://docs.akkoma.dev/stable/configuration/cheatsheet/ and https://hexdocs.pm/phoenix/Phoenix.Logger.html (from
// memory, not fetched).

function akkomaLog(rng) {
  const render = (e) =>
    e.ak.flatMap(([lvl, msg]) => ['', ...`${local(e.t, CEST).slice(11, 23)} request_id=${e.rqid} [${lvl}] ${msg}`.split('\n')]);
  const phx = (method, path, ctrl, params, status = 200) => [
    ['info', `${method} ${path}`],
    ['debug', `Processing with ${ctrl}\n  Parameters: ${params}\n  Pipelines: [:api]`],
    ['info', `Sent ${status} in ${rng.int(2, 400)}ms`],
  ];
  const rid = () => `F${rng.b64url(19)}`;
  const filler = (rng) => ({
    rqid: rid(),
    ...rng.pick([
      () => ({
        ak: phx(
          'GET',
          '/api/v1/timelines/public',
          'Pleroma.Web.MastodonAPI.TimelineController.public/2',
          '%{"local" => "true", "limit" => "20"}',
        ),
      }),
      () => ({
        ak: phx(
          'GET',
          `/users/refuxu_${rng.pick(['bruxes', 'vega', 'fitu'])}/outbox`,
          'Pleroma.Web.ActivityPub.ActivityPubController.outbox/2',
          '%{"page" => "true"}',
        ),
      }),
      () => ({ ak: phx('POST', '/inbox', 'Pleroma.Web.ActivityPub.ActivityPubController.inbox/2', '%{"type" => "Create"}', 202) }),
    ])(),
  });
  const steps = [
    3,
    plant(
      'negative',
      'akkoma-phoenix-password-filtered',
      'none',
      "Phoenix's filter writes the password as `[FILTERED]`: a redaction, no credential.",
      ({ rng }) => ({
        value: '"password" => "[FILTERED]"',
        event: {
          rqid: rid(),
          ak: phx(
            'POST',
            '/oauth/token',
            'Pleroma.Web.OAuth.OAuthController.token_exchange/2',
            `%{"grant_type" => "password", "password" => "[FILTERED]", "username" => "guarda.vega"}`,
          ),
        },
      }),
    ),
    2,
    plant(
      'oauth-code',
      'akkoma-phoenix-parameters-keycloak-callback-code',
      'warning',
      `${WHY.code} Akkoma signs members in through the group's IdP; Phoenix's \`Parameters:\` line of the callback writes \`code\` and \`state\` (the request line has the path only).`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            rqid: rid(),
            ak: phx(
              'GET',
              '/oauth/keycloak/callback',
              'Pleroma.Web.OAuth.OAuthController.callback/2',
              `%{"code" => "${code}", "provider" => "keycloak", "session_state" => "${rng.uuid()}", "state" => "${rng.b64url(24)}"}`,
              302,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'akkoma-confirm-email-path-and-parameters',
      'error',
      WHY.pathSecret(
        "Akkoma's account confirmation link (`/api/account/confirm_email/<id>/<token>`): Phoenix writes the path, and `Parameters:` the token again",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        const uid = rng.alnum(18);
        return {
          value: tok,
          event: {
            rqid: rid(),
            ak: phx(
              'GET',
              `/api/account/confirm_email/${uid}/${tok}`,
              'Pleroma.Web.TwitterAPI.UtilController.confirm_email/2',
              `%{"token" => "${tok}", "user_id" => "${uid}"}`,
              302,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'akkoma-status-parameters-pasted-fragment',
      'error',
      "A hut keeper posts a status with the address she landed on after signing in to the weather service (`#access_token=…`) pasted in it; Phoenix's `Parameters:` writes the status text.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            rqid: rid(),
            ak: phx(
              'POST',
              '/api/v1/statuses',
              'Pleroma.Web.MastodonAPI.StatusController.create/2',
              `%{"status" => "El parte del tiempu ta equí: https://tiempu.${SV}/#access_token=${at}&token_type=bearer", "visibility" => "unlisted"}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'akkoma-parameters-access-token-query',
      'error',
      `${WHY.apiKey('access_token')} The weather station's bot posts with its application token in the query (\`POST /api/v1/statuses?access_token=…\`); Phoenix merges query into \`Parameters:\` and writes it.`,
      ({ rng }) => {
        const key = rng.b64url(43);
        return {
          value: key,
          event: {
            rqid: rid(),
            ak: phx(
              'POST',
              '/api/v1/statuses',
              'Pleroma.Web.MastodonAPI.StatusController.create/2',
              `%{"access_token" => "${key}", "status" => "Refuxu de Bruxes: ${rng.int(-6, 9)} °C, ventu ${rng.int(5, 60)} km/h", "visibility" => "public"}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'akkoma-parameters-client-secret',
      'error',
      'The client credentials grant of the bookings app in `Parameters:` (`"client_secret" => …`): the filter names only `password`.',
      ({ rng }) => {
        const sec = rng.b64url(43);
        return {
          value: sec,
          event: {
            rqid: rid(),
            ak: phx(
              'POST',
              '/oauth/token',
              'Pleroma.Web.OAuth.OAuthController.token_exchange/2',
              `%{"client_id" => "${rng.b64url(43)}", "client_secret" => "${sec}", "grant_type" => "client_credentials", "scope" => "read write"}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'akkoma-tesla-debug-headers-tuples',
      'error',
      'Tesla\'s debug line for a request to the bookings app lists its headers as Elixir tuples (`{"authorization", "Bearer …"}`): the app\'s token.',
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            rqid: rid(),
            ak: [
              [
                'debug',
                `Tesla request: GET https://reserves.${SV}/api/ocupacion headers: [{"user-agent", "Akkoma 3.13.2; https://social.${SV}"}, {"authorization", "Bearer ${tok}"}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'akkoma-rendered-html-amp-llave',
      'error',
      `${WHY.apiKey('llave')} A status's rendered HTML links the cider shop's order form with the key in the query, \`&amp;\`-escaped; Akkoma's debug of the rendered object writes it.`,
      ({ rng }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: {
            rqid: rid(),
            ak: [
              [
                'debug',
                `rendered content: "<p>Sidra nueva nel llagar! <a href=\\"https://tienda.${SV}/pidir?llagar=colunga&amp;llave=${key}&amp;l=ast\\">pidi equí</a></p>"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'akkoma-flake-id',
      'none',
      "A status' FlakeId (Akkoma's time-ordered id, 18 base62 characters): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.alnum(18);
        return {
          value: id,
          event: {
            rqid: rid(),
            ak: phx('GET', `/api/v1/statuses/${id}/context`, 'Pleroma.Web.MastodonAPI.StatusController.context/2', `%{"id" => "${id}"}`),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'akkoma' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout81');
writePart(join(here, 'heldout81'), {
  'gotrue.log': gotrueLog(rng),
  'openwisp-uwsgi.log': openwispUwsgiLog(rng),
  'client.log': netbirdClientLog(rng),
  'onebusaway-api.log': oneBusAwayLog(rng),
  'laravel.log': cachetLog(rng),
  'production.log': ofnLog(rng),
  'pmv-bot.log': baileysLog(rng),
  'openelis.log': openelisLog(rng),
  'smseagle_access.log': smseagleAccessLog(rng),
  'kopi-farmos-sync.log': farmosSyncLog(rng),
  'ispindel-serial.log': ispindelLog(rng),
  'application.log': omekaLog(rng),
  'casdoor.log': casdoorLog(rng),
  'akkoma.log': akkomaLog(rng),
});
