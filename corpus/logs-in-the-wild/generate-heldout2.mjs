// Writes corpus/logs-in-the-wild/heldout2/: a second held-out part, in formats neither dev/ nor heldout/ uses (Traefik,
// Caddy, Kong, Istio's proxy text log, Cloudflare Logpush, AWS WAF, Azure Application Gateway, Tomcat's access log and
// RequestDumperFilter, uvicorn/httpx, Laravel, a Go service, Squid, Jupyter Server), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files (see README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout2.mjs     rewrites heldout2/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes, `alg: none` ones have an empty signature. The log builder
// (buildLog and the label helpers) is the one of generate.mjs, copied: that script writes its parts when imported.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, clf, jwt, logBuilder, plant, publicIp, Random, sec, writePart } from './build-log.mjs';
import { B64, DIGITS, goJson, HEX, iso, LOWER, MONTHS, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// xoshiro128** seeded from the SHA-256 of the part's name (build-log.mjs).

// ---------------------------------------------------------------------------------------------------------------------
const buildLog = logBuilder(baseRequest);

// ---------------------------------------------------------------------------------------------------------------------
// Values.

const LOWNUM = LOWER + DIGITS;


/** Devise's friendly_token: urlsafe base64 of 15 bytes with l, I, O, 0 replaced. */
const deviseToken = (rng) => rng.bytes(15).toString('base64url').replace(/[lIO0]/g, (c) => ({ l: 's', I: 'x', O: 'y', 0: 'z' })[c]);

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  'Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.14.1', 'python-httpx/0.28.1', 'okhttp/4.12.0', 'Go-http-client/2.0', 'node-fetch/1.0', 'Apache-HttpClient/5.4.3 (Java/21.0.7)'];

function baseRequest(rng, t, site) {
  return {
    t,
    ip: publicIp(rng),
    port: rng.int(1024, 65535),
    method: 'GET',
    path: '/',
    query: '',
    status: 200,
    bytes: rng.int(400, 14000),
    referer: '-',
    ua: rng.pick(site.api ? TOOLS : BROWSERS),
    reqId: rng.uuid(),
    ms: rng.int(3, 260),
    host: site.host,
    headers: {},
  };
}

/** Pages, assets and API calls of a site, with their own random-looking values that are no credential. */
function siteRoutes(rng, t, site) {
  const pick = rng.pick([
    () => ({ path: '/' }),
    () => ({ path: `/assets/${rng.pick(['app', 'vendor', 'chunk'])}-${rng.hex(20)}.js`, bytes: rng.int(40000, 300000) }),
    () => ({ path: `/assets/application-${rng.hex(64)}.css`, bytes: rng.int(9000, 70000) }),
    () => ({ path: `/${rng.pick(site.pages)}`, query: rng.next() < 0.4 ? `utm_source=${rng.pick(['newsletter', 'linkedin'])}&utm_medium=${rng.pick(['email', 'social'])}&utm_campaign=summer_${rng.int(20, 29)}` : '' }),
    () => ({ path: '/search', query: `q=${rng.pick(['invoice', 'export+csv', 'reset', 'pricing', 'api'])}&page=${rng.int(1, 6)}` }),
    () => ({ method: 'POST', path: '/api/v1/events', status: 204, bytes: 0 }),
    () => ({ path: `/api/v1/${rng.pick(['orders', 'projects', 'users', 'tickets'])}/${rng.uuid()}` }),
    () => ({ path: `/api/v1/${rng.pick(['orders', 'projects', 'tickets'])}`, query: `cursor=${b64urlOf(JSON.stringify({ id: rng.int(1000, 99999), ts: sec(t) - rng.int(100, 90000) }))}&limit=50` }),
    () => ({ path: `/img/${rng.hex(40)}.webp`, query: `w=${rng.pick([320, 640, 1280])}&q=75` }),
    () => ({ path: '/api/v1/cart', query: `_=${t - rng.int(1000, 90000)}` }),
    () => ({ path: '/landing/summer', query: `fbclid=IwAR${rng.b64url(rng.int(50, 60))}` }),
    () => ({ path: '/favicon.ico', status: rng.pick([200, 304]), bytes: 1150 }),
    () => ({ path: '/healthz', ip: `10.0.${rng.int(0, 3)}.${rng.int(2, 250)}`, ua: 'kube-probe/1.32', bytes: 2 }),
  ])();
  if (!pick.ua && rng.next() < 0.35) pick.referer = `https://${site.host}/`;
  return pick;
}

const ordinary = (rng, t, site) => siteRoutes(rng, t, site);
const target = (e) => e.path + (e.query ? `?${e.query}` : '');
const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 6, 14, 5, 0, 0);
const isoNanos = (ms, rng) => `${iso(ms).slice(0, 23)}${rng.chars(DIGITS, 6)}Z`;
const julDate = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(ms).slice(11, 19)}`;
};
const pyTime = (ms) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 19)},${iso(ms).slice(20, 23)}`;
const goTime = (ms) => `${iso(ms).slice(0, 10).replace(/-/g, '/')} ${iso(ms).slice(11, 19)}`;
const sortKeys = (object) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const queryObject = (query) => {
  const out = {};
  for (const part of query.split('&').filter(Boolean)) {
    const [k, ...rest] = part.split('=');
    out[decodeURIComponent(k)] = rest.length ? decodeURIComponent(rest.join('=').replace(/\+/g, ' ')) : true;
  }
  return out;
};

const WHY = {
  code: 'An OAuth authorization code beside its state (RFC 6749 §4.1.2): single-use and short-lived, but exchangeable by whoever reads it first; issue #14 grades it a warning.',
  refresh: 'A refresh token mints new access tokens until it is revoked or its session ends: a long-lived credential.',
  pathSecret: (what) => `${what}: the URL is the credential until it is used or expires (hours to days).`,
  webhook: (what) => `${what}: the URL's secret part lets whoever has it post as the integration until it is revoked.`,
  session: (what) => `${what}: whoever replays it is logged in as the user until the session ends.`,
  apiKey: (name) => `An API key under the name \`${name}\`, with a key's entropy: long-lived.`,
  ticketFirst: (name) => `A single-use \`${name}\` used once: acceptable (note).`,
  replay: (name, seconds) => `The same \`${name}\` accepted again ${seconds} s later from another address: a replay (log-token-replay).`,
};

// ---------------------------------------------------------------------------------------------------------------------
// traefik-json.log: Traefik v3 access log, `format: json`, `fields.headers.defaultMode: keep` with `Authorization:
// redact` and `Cookie: drop` (headers become request_<Name>, downstream_<Name>), in front of a Discourse forum.
// https://doc.traefik.io/traefik/observability/access-logs/

function traefikRender(counter) {
  return (e, rng) => {
    const start = e.t - e.ms;
    return [
      JSON.stringify(
        sortKeys({
          ClientAddr: `${e.ip}:${e.port}`,
          ClientHost: e.ip,
          ClientPort: String(e.port),
          ClientUsername: '-',
          DownstreamContentSize: e.bytes,
          DownstreamStatus: e.status,
          Duration: e.ms * 1000000 + rng.int(0, 999999),
          OriginContentSize: e.bytes,
          OriginDuration: (e.ms - 1) * 1000000 + rng.int(0, 999999),
          OriginStatus: e.status,
          Overhead: rng.int(90000, 900000),
          RequestAddr: e.host,
          RequestContentSize: e.method === 'POST' ? rng.int(60, 900) : 0,
          RequestCount: ++counter.n,
          RequestHost: e.host,
          RequestMethod: e.method,
          RequestPath: target(e),
          RequestPort: '-',
          RequestProtocol: 'HTTP/2.0',
          RequestScheme: 'https',
          RetryAttempts: 0,
          RouterName: 'discourse@docker',
          ServiceAddr: '172.18.0.5:80',
          ServiceName: 'discourse@docker',
          ServiceURL: 'http://172.18.0.5:80',
          StartLocal: isoNanos(start, rng),
          StartUTC: isoNanos(start, rng),
          TLSCipher: 'TLS_AES_128_GCM_SHA256',
          TLSVersion: '1.3',
          'downstream_Content-Type': e.contentType ?? 'text/html; charset=utf-8',
          downstream_Location: e.location,
          entryPointName: 'websecure',
          level: 'info',
          msg: '',
          'request_Accept-Encoding': 'gzip, deflate, br, zstd',
          request_Authorization: e.authorization ? 'REDACTED' : undefined,
          request_Referer: e.referer === '-' ? undefined : e.referer,
          'request_User-Agent': e.ua,
          'request_X-Forwarded-Proto': 'https',
          time: `${iso(e.t).slice(0, 19)}Z`,
        }),
      ),
    ];
  };
}

function traefikLog(rng) {
  const host = 'forum.makerspace-c.example';
  const steps = [
    12,
    plant('path-secret', 'discourse-email-login', 'error', WHY.pathSecret("Discourse's e-mail login link (`/session/email-login/<token>`, a magic link, 32 hex)"), ({ rng }) => {
      const token = rng.hex(32);
      return { value: token, event: { path: `/session/email-login/${token}`, status: 302, bytes: 0, location: `https://${host}/latest`, referer: '-' } };
    }),
    9,
    plant('oauth-code', 'github-callback-query', 'warning', `${WHY.code} GitHub's code is 20 hex characters, here in Discourse's OmniAuth callback.`, ({ rng }) => {
      const code = rng.hex(20);
      return { value: code, event: { path: '/auth/github/callback', query: `code=${code}&state=${rng.hex(64)}`, status: 302, bytes: 0, location: `https://${host}/`, referer: 'https://github.com/' } };
    }),
    8,
    plant('negative', 'redacted-authorization', 'none', 'Traefik redacts the Authorization header (`fields.headers.names.Authorization: redact`): `REDACTED` is no credential.', ({ rng }) => {
      const id = rng.int(10000, 99999);
      return { value: 'REDACTED', needle: `/posts/${id}.json`, event: { path: `/posts/${id}.json`, authorization: true, ua: 'DiscourseMobile/3.1 (iOS 18.5)', contentType: 'application/json; charset=utf-8' } };
    }),
    10,
    plant('api-key-name', 'discourse-api_key-query', 'error', `${WHY.apiKey('api_key')} Discourse's admin API key (64 hex) in the query, as older integrations sent it, beside api_username=system.`, ({ rng }) => {
      const key = rng.hex(64);
      return { value: key, event: { path: '/admin/users/list/active.json', query: `api_key=${key}&api_username=system&show_emails=true`, ua: 'python-requests/2.32.4', contentType: 'application/json; charset=utf-8' } };
    }),
    9,
    plant('implicit-fragment', 'location-header-keycloak', 'error', "Traefik logs the response's Location (`downstream_Location`): Keycloak's implicit-flow redirect carries `#access_token=` (a bearer JWT)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 1, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${host}/auth/realms/makers`, aud: 'account', sub: rng.uuid(), typ: 'Bearer', azp: 'wiki-spa', scope: 'openid email profile' } });
      const state = rng.uuid();
      return {
        value: token.token,
        jwt: token.facts,
        event: {
          path: '/auth/realms/makers/protocol/openid-connect/auth',
          query: `client_id=wiki-spa&redirect_uri=https%3A%2F%2Fwiki.makerspace-c.example%2F&state=${state}&response_mode=fragment&response_type=token&nonce=${rng.uuid()}`,
          status: 302,
          bytes: 0,
          location: `https://wiki.makerspace-c.example/#state=${state}&session_state=${rng.uuid()}&iss=https%3A%2F%2F${host}%2Fauth%2Frealms%2Fmakers&access_token=${token.token}&token_type=Bearer&expires_in=900`,
        },
      };
    }),
    8,
    plant('path-secret', 'discourse-password-reset', 'error', WHY.pathSecret("Discourse's password-reset link (`/u/password-reset/<token>`, 32 hex)"), ({ rng }) => {
      const token = rng.hex(32);
      return { value: token, event: { path: `/u/password-reset/${token}`, referer: '-' } };
    }),
    7,
    plant('encoded', 'graphql-ws-connectionParams', 'error', 'A GraphQL-over-WebSocket client puts its connectionParams, `{"authToken":"<JWT>"}`, percent-encoded in the query of the upgrade request', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, claims: { sub: `user_${rng.int(100, 9999)}`, role: 'member', iss: 'makers-api' } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { path: '/graphql', query: `connectionParams=${encodeURIComponent(JSON.stringify({ authToken: token.token }))}`, status: 101, bytes: 0, contentType: undefined },
      };
    }),
    8,
    plant('negative', 'upload-sha1', 'none', "Discourse's upload path carries the file's SHA-1: a content hash, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { path: `/uploads/default/optimized/2X/${sha[0]}/${sha}_2_690x388.jpeg`, contentType: 'image/jpeg', bytes: rng.int(30000, 90000) } };
    }),
    10,
  ];
  const counter = { n: 48211 };
  return buildLog(rng, { start: DAY0, site: { host, pages: ['latest', 'categories', 'top', 't/laser-cutter-booking/812', 'c/electronics/5'] }, filler: ordinary, render: traefikRender(counter), steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// caddy-json.log: Caddy 2.8 access log (`log` directive, JSON encoder): request headers are logged, with Cookie,
// Set-Cookie, Authorization and Proxy-Authorization written as REDACTED unless `log_credentials` is on.
// https://caddyserver.com/docs/caddyfile/directives/log, https://caddyserver.com/docs/caddyfile/options#log-credentials

function caddyRender(e, rng) {
  const headers = {
    'User-Agent': [e.ua],
    Accept: [e.accept ?? '*/*'],
    'Accept-Encoding': ['gzip, deflate, br, zstd'],
    ...(e.referer !== '-' ? { Referer: [e.referer] } : {}),
    ...(e.authorization ? { Authorization: ['REDACTED'] } : {}),
    ...(e.cookie ? { Cookie: ['REDACTED'] } : {}),
    ...(e.reqHeaders ?? {}),
  };
  return [
    JSON.stringify({
      level: 'info',
      ts: Number(((e.t + e.ms) / 1000).toFixed(7)) + rng.int(1, 9) / 1e8,
      logger: 'http.log.access.log0',
      msg: 'handled request',
      request: {
        remote_ip: e.ip,
        remote_port: String(e.port),
        client_ip: e.ip,
        proto: 'HTTP/2.0',
        method: e.method,
        host: e.host,
        uri: target(e),
        headers,
        tls: { resumed: false, version: 772, cipher_suite: 4865, proto: 'h2', server_name: e.host },
      },
      bytes_read: e.method === 'POST' ? rng.int(40, 800) : 0,
      user_id: '',
      duration: e.ms / 1000 + rng.int(1, 999) / 1e6,
      size: e.bytes,
      status: e.status,
      resp_headers: { Server: ['Caddy'], 'Content-Type': [e.contentType ?? 'text/html; charset=utf-8'], ...(e.location ? { Location: [e.location] } : {}), 'X-Request-Id': [e.reqId] },
    }),
  ];
}

function caddyLog(rng) {
  const host = 'social.fjord-d.example';
  const steps = [
    10,
    plant('path-secret', 'devise-reset_password_token', 'error', WHY.pathSecret("Devise's password-reset link (`/auth/password/edit?reset_password_token=`, a 20-character friendly token, valid 6 h by default)"), ({ rng }) => {
      const token = deviseToken(rng);
      return { value: token, event: { path: '/auth/password/edit', query: `reset_password_token=${token}` } };
    }),
    8,
    plant('negative', 'caddy-redacted-cookie-authorization', 'none', 'Caddy writes Cookie and Authorization as `REDACTED` (log_credentials off): no credential in the line.', ({ rng }) => {
      const id = `1${rng.chars(DIGITS, 17)}`;
      return { value: 'REDACTED', needle: `/api/v1/statuses/${id}/context`, event: { path: `/api/v1/statuses/${id}/context`, authorization: true, cookie: true, contentType: 'application/json; charset=utf-8' } };
    }),
    8,
    plant('id-token', 'id_token_hint-end-session', 'error', 'RP-Initiated Logout with `id_token_hint` (the user\'s ID token, sent back to the provider)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 43200, age: 3000, alg: 'RS256', kid: rng.chars(DIGITS, 18), claims: { iss: `https://id.fjord-d.example`, sub: rng.chars(DIGITS, 18), aud: [rng.chars(DIGITS, 18) + '@social'], azp: rng.chars(DIGITS, 18) + '@social', auth_time: sec(t) - 3100, amr: ['pwd', 'mfa'], sid: `V1_${rng.chars(DIGITS, 18)}` } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { host: 'id.fjord-d.example', path: '/oidc/v1/end_session', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${host}%2F&state=${rng.b64url(16)}`, status: 302, bytes: 0, location: `https://${host}/` },
      };
    }),
    7,
    plant('negative', 'sentry-dsn-public-key', 'none', "The public key of a Sentry DSN (`sentry_key=`): Sentry documents it as safe to expose in browsers; it only submits events.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'POST', path: `/api/${rng.int(4500000, 4599999)}/envelope/`, query: `sentry_key=${key}&sentry_version=7&sentry_client=sentry.javascript.browser%2F9.30.0`, status: 200, bytes: 41, contentType: 'application/json' } };
    }),
    9,
    plant('embed-jwt', 'embed-path-600s', 'error', 'A signed embedding JWT in the path (`/embed/dashboard/<JWT>`), valid longer than 5 minutes', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 4, claims: { resource: { dashboard: rng.int(3, 60) }, params: { tenant_id: rng.int(100, 900) } } });
      return { value: token.token, jwt: token.facts, event: { host: 'bi.fjord-d.example', path: `/embed/dashboard/${token.token}`, referer: `https://${host}/admin/reports` } };
    }),
    8,
    plant('replay', 'jwt-jti-download', 'note', 'A download link whose `dl_token` is a JWT with a jti, valid 2 minutes: single-use by its jti, acceptable when used once (note)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 6, jti: true, claims: { sub: `export/${rng.uuid()}.zip`, act: 'download' } });
      return { value: token.token, jwt: token.facts, event: { path: '/exports/download', query: `dl_token=${token.token}`, contentType: 'application/zip', bytes: rng.int(200000, 900000) } };
    }, { ref: 'dl' }),
    plant('replay', 'jwt-jti-download', 'replay', 'The same `dl_token` (same jti) accepted again 45 s later from another address: a replay (log-token-replay). It is a JWT valid 120 s (exp - iat) with a jti, live when logged.', ({ refs, t }) => {
      const value = refs.get('dl').value;
      const payload = JSON.parse(Buffer.from(value.split('.')[1], 'base64url').toString());
      return { value, jwt: { lifetimeSeconds: 120, hasJti: true, liveWhenLogged: payload.exp > sec(t) }, event: { path: '/exports/download', query: `dl_token=${value}`, ip: '198.51.100.77', ua: 'Wget/1.25.0', contentType: 'application/zip', bytes: 412331 } };
    }, { replayOf: 'dl', after: 45 }),
    9,
    plant('header-dump', 'x-auth-token-keystone-fernet', 'error', "Caddy logs request headers it does not redact: an OpenStack Keystone Fernet token (`gAAAAAB…`) in X-Auth-Token, valid 1 h by default.", ({ rng, t }) => {
      const raw = Buffer.concat([Buffer.from([0x80]), Buffer.from(BigInt(sec(t) - 120).toString(16).padStart(16, '0'), 'hex'), rng.bytes(16), rng.bytes(96), rng.bytes(32)]);
      const token = raw.toString('base64url') + '==';
      return { value: token, event: { host: 'cloud-api.fjord-d.example', path: '/compute/v2.1/servers/detail', query: 'all_tenants=1', ua: 'openstacksdk/4.5.0 keystoneauth1/5.11.0 python-requests/2.32.4 CPython/3.12.3', reqHeaders: { 'X-Auth-Token': [token], 'Openstack-Api-Version': ['compute 2.96'] }, contentType: 'application/json' } };
    }),
    8,
    plant('negative', 'mapbox-public-token', 'none', 'A Mapbox public token (`pk.` + base64 JSON + signature), made to be shipped in web pages: no secret (a secret token starts `sk.`).', ({ rng }) => {
      const token = `pk.${b64urlOf(JSON.stringify({ u: 'fjord-d', a: `cl${rng.lowerNum(23)}` }))}.${rng.b64url(22)}`;
      return { value: token, event: { path: `/tiles/styles/v1/fjord-d/${rng.lowerNum(25)}/tiles/256/${rng.int(8, 14)}/${rng.int(1000, 4000)}/${rng.int(1000, 4000)}@2x`, query: `access_token=${token}`, contentType: 'image/png' } };
    }),
    7,
    plant('path-secret', 'devise-confirmation_token', 'error', WHY.pathSecret("Devise's e-mail confirmation link (`/auth/confirmation?confirmation_token=`, 20 characters)"), ({ rng }) => {
      const token = deviseToken(rng);
      return { value: token, event: { path: '/auth/confirmation', query: `confirmation_token=${token}`, status: 302, bytes: 0, location: `https://${host}/auth/setup` } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host, pages: ['explore', 'public/local', '@ansgar', 'about', 'tags/fediverse'] }, filler: ordinary, render: caddyRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kong-file-log.log: Kong Gateway 3.9 file-log plugin (kong.log.serialize(): request.uri/url/querystring/headers with
// authorization and proxy-authorization REDACTED by default, started_at in ms), in front of a self-hosted Supabase
// (GoTrue under /auth/v1, PostgREST under /rest/v1) and other services.
// https://developer.konghq.com/plugins/file-log/, https://github.com/Kong/kong/blob/master/kong/pdk/log.lua

function kongRender(e, rng) {
  const svc = e.service ?? (e.path.startsWith('/auth/') ? 'auth-v1' : e.path.startsWith('/rest/') ? 'rest-v1' : 'web');
  const headers = {
    host: e.host,
    'user-agent': e.ua,
    accept: 'application/json',
    'x-forwarded-for': e.ip,
    ...(e.authorization ? { authorization: 'REDACTED' } : {}),
    ...(e.reqHeaders ?? {}),
  };
  return [
    JSON.stringify({
      request: {
        uri: target(e),
        url: `https://${e.host}:443${target(e)}`,
        querystring: queryObject(e.query),
        method: e.method,
        headers,
        size: rng.int(300, 1400),
        tls: { version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', client_verify: 'NONE' },
      },
      upstream_uri: target(e).replace(/^\/(auth|rest)\/v1/, ''),
      response: { status: e.status, headers: { 'content-type': e.contentType ?? 'application/json', 'content-length': String(e.bytes), ...(e.location ? { location: e.location } : {}), via: '1.1 kong/3.9.1', 'x-kong-upstream-latency': String(e.ms - 2), 'x-kong-proxy-latency': '1', 'x-kong-request-id': rng.hex(32) }, size: e.bytes + 310 },
      tries: [{ balancer_latency: 0, port: svc === 'auth-v1' ? 9999 : 3000, balancer_start: e.t, ip: `172.20.0.${rng.int(2, 30)}` }],
      latencies: { kong: 1, proxy: e.ms - 2, request: e.ms },
      route: { id: `${svc}-route`, name: `${svc}-all`, paths: [`/${svc.replace('-', '/')}/`], protocols: ['http', 'https'], strip_path: true, preserve_host: false },
      service: { id: `${svc}-svc`, name: svc, host: svc === 'auth-v1' ? 'auth' : svc === 'rest-v1' ? 'rest' : 'web', port: svc === 'auth-v1' ? 9999 : 3000, protocol: 'http' },
      client_ip: e.ip,
      started_at: e.t,
    }),
  ];
}

function kongLog(rng) {
  const host = 'db.tidepool-e.example';
  const app = 'https://app.tidepool-e.example';
  const supaJwt = (rng, t, role, lifetime, age) => jwt(rng, t, { lifetime, age, claims: { iss: 'supabase', ref: 'tidepool', role } });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: `/rest/v1/${rng.pick(['tides', 'stations', 'readings'])}`, query: `select=*&station_id=eq.${rng.int(10, 400)}&order=ts.desc&limit=100`, authorization: true }),
      () => ({ path: '/auth/v1/user', authorization: true }),
      () => ({ path: '/auth/v1/settings' }),
      () => ({ method: 'POST', path: '/rest/v1/rpc/nearest_station', bytes: rng.int(80, 300), authorization: true }),
      () => ({ path: '/storage/v1/object/public/charts/' + rng.hex(16) + '.png', service: 'storage-v1', contentType: 'image/png' }),
    ])();
  const steps = [
    10,
    plant('path-secret', 'supabase-magiclink-verify', 'error', WHY.pathSecret("Supabase Auth's magic link (`/auth/v1/verify?token=<hash>&type=magiclink`, valid 1 h by default)"), ({ rng }) => {
      const token = rng.hex(56);
      return { value: token, event: { path: '/auth/v1/verify', query: `token=${token}&type=magiclink&redirect_to=${encodeURIComponent(app + '/welcome')}`, status: 303, bytes: 0, location: `${app}/welcome`, ua: BROWSERS[2] } };
    }),
    8,
    plant('negative', 'supabase-anon-apikey', 'none', "Supabase's anon key (a JWT with role `anon`, valid 10 years) in the `apikey` header: public by design, shipped in every browser client, access bounded by row-level security; no credential.", ({ rng, t }) => {
      const token = supaJwt(rng, t, 'anon', 315360000, 20000000);
      return { value: token.token, event: { path: '/rest/v1/stations', query: 'select=id,name,lat,lon', reqHeaders: { apikey: token.token, 'x-client-info': 'supabase-js-web/2.50.0' }, ua: BROWSERS[0] } };
    }),
    8,
    plant('oauth-code', 'google-code-kong-querystring', 'warning', `${WHY.code} Google's code (\`4/0A…\`) in Supabase Auth's callback: percent-encoded in request.uri and url, decoded in querystring.`, ({ rng }) => {
      const body = `0A${rng.b64url(68)}`;
      return {
        value: `4/${body}`,
        needle: body,
        event: { path: '/auth/v1/callback', query: `state=${rng.b64url(40)}&iss=https%3A%2F%2Faccounts.google.com&code=4%2F${body}&scope=email+profile+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&authuser=0&prompt=none`, status: 302, bytes: 0, location: `${app}/`, ua: BROWSERS[1] },
      };
    }),
    9,
    plant('implicit-fragment', 'matomo-url-param', 'error', "Supabase's implicit flow returns `#access_token=…&refresh_token=…&type=magiclink`; the site's Matomo tracker sent location.href, fragment included, percent-encoded in `url=`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, claims: { iss: `https://${host}/auth/v1`, sub: rng.uuid(), aud: 'authenticated', email: `m.${rng.lowerNum(6)}@mail.example`, role: 'authenticated', aal: 'aal1', session_id: rng.uuid(), is_anonymous: false } });
      const href = `${app}/#access_token=${token.token}&expires_at=${sec(t) + 3597}&expires_in=3600&refresh_token=${rng.lowerNum(12)}&token_type=bearer&type=magiclink`;
      return {
        value: token.token,
        jwt: token.facts,
        event: { host: 'stats.tidepool-e.example', service: 'matomo', path: '/matomo.php', query: `action_name=Tidepool&idsite=2&rec=1&r=${rng.int(100000, 999999)}&h=7&m=12&s=3&url=${encodeURIComponent(href)}&_id=${rng.hex(16)}&send_image=0&pv_id=${rng.alnum(6)}`, status: 204, bytes: 0, ua: BROWSERS[2] },
      };
    }),
    8,
    plant('api-key-name', 'supabase-service_role-apikey-query', 'error', "Supabase's service_role key (a JWT with role `service_role`, which bypasses row-level security) under `apikey` in a query: a long-lived admin key", ({ rng, t }) => {
      const token = supaJwt(rng, t, 'service_role', 315360000, 20000000);
      return { value: token.token, jwt: token.facts, event: { path: '/rest/v1/readings', query: `apikey=${token.token}&select=count&station_id=eq.${rng.int(10, 400)}`, ua: 'curl/8.14.1', method: 'HEAD', bytes: 0 } };
    }),
    9,
    plant('negative', 'kong-authorization-redacted', 'none', "kong.log.serialize() replaces request.headers.authorization with `REDACTED` by default: no credential.", ({ rng }) => {
      const id = rng.int(100000, 999999);
      return { value: 'REDACTED', needle: `eq.${id}`, event: { method: 'PATCH', path: '/rest/v1/profiles', query: `id=eq.${id}`, authorization: true, status: 204, bytes: 0 } };
    }),
    8,
    plant('api-key-name', 'kong-key-auth-apikey-query', 'error', `${WHY.apiKey('apikey')} Kong's key-auth plugin reads it from the query by default (key_names: apikey).`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { service: 'tide-api', path: '/tides/v2/predictions', query: `station=${rng.int(8000000, 9999999)}&days=3&apikey=${key}`, ua: 'python-httpx/0.28.1' } };
    }),
    8,
    plant('path-secret', 'supabase-invite-verify', 'error', WHY.pathSecret("Supabase Auth's invitation link (`/auth/v1/verify?token=<hash>&type=invite`, valid 24 h by default)"), ({ rng }) => {
      const token = rng.hex(56);
      return { value: token, event: { path: '/auth/v1/verify', query: `token=${token}&type=invite&redirect_to=${encodeURIComponent(app + '/onboarding')}`, status: 303, bytes: 0, location: `${app}/onboarding`, ua: BROWSERS[3] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host, api: true }, filler, render: kongRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// istio-ingressgateway.log: `kubectl logs` of an Istio ingress gateway, Envoy's default TEXT access log format as Istio
// sets it (meshConfig.accessLogFile=/dev/stdout). https://istio.io/latest/docs/tasks/observability/logs/access-log/

function istioRender(e, rng) {
  const up = `10.44.${rng.int(1, 6)}.${rng.int(2, 250)}`;
  return [
    `[${iso(e.t - e.ms)}] "${e.method} ${target(e)} HTTP/2" ${e.status} - via_upstream - "-" ${e.method === 'POST' ? rng.int(60, 900) : 0} ${e.bytes} ${e.ms} ${Math.max(1, e.ms - 1)} "${e.ip}" "${e.ua}" "${e.reqId}" "${e.host}" "${up}:8080" outbound|8080||${e.svc ?? 'storefront'}.shop.svc.cluster.local 10.44.0.${rng.int(2, 60)}:${rng.int(32768, 60999)} 10.44.0.9:8443 ${e.ip}:${e.port} ${e.host} -`,
  ];
}

function istioLog(rng) {
  const host = 'shop.quarry-f.example';
  const sso = 'sso.quarry-f.example';
  const steps = [
    12,
    plant('refresh-token', 'keycloak-refresh-jwt-query', 'error', "Keycloak's refresh token (an HS512 JWT of typ Refresh) passed in the query to the shop's session endpoint", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 700, jti: true, alg: 'HS512', kid: rng.uuid(), claims: { iss: `https://${sso}/realms/shop`, aud: `https://${sso}/realms/shop`, sub: rng.uuid(), typ: 'Refresh', azp: 'storefront', sid: rng.uuid(), scope: 'openid email profile' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/api/session/refresh', query: `refresh_token=${token.token}`, bytes: 1890, svc: 'session-api' } };
    }),
    8,
    plant('negative', 'oidc-authorize-state-nonce-pkce', 'none', 'An authorization request: `state`, `nonce` and the PKCE `code_challenge` are no credentials.', ({ rng }) => {
      const challenge = rng.b64url(43);
      return { value: challenge, event: { host: sso, svc: 'keycloak', path: '/realms/shop/protocol/openid-connect/auth', query: `client_id=storefront&redirect_uri=https%3A%2F%2F${host}%2Fcallback&state=${rng.uuid()}&response_mode=fragment&response_type=code&scope=openid&nonce=${rng.uuid()}&code_challenge=${challenge}&code_challenge_method=S256`, status: 200 } };
    }),
    8,
    plant('id-token', 'id_token_hint-expired', 'note', 'Keycloak logout with `id_token_hint`: the ID token expired long before the user logged out', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 300, age: 7400, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${sso}/realms/shop`, aud: 'storefront', sub: rng.uuid(), typ: 'ID', azp: 'storefront', sid: rng.uuid(), email_verified: true } });
      return { value: token.token, jwt: token.facts, event: { host: sso, svc: 'keycloak', path: '/realms/shop/protocol/openid-connect/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${host}%2F`, status: 302, bytes: 0 } };
    }),
    9,
    plant('replay', 'tableau-trusted-ticket', 'note', "A Tableau trusted-authentication ticket in the path (`/trusted/<ticket>/views/…`): single-use, redeemed within 3 minutes; acceptable when used once (note).", ({ rng }) => {
      const ticket = `${rng.bytes(16).toString('base64')}:${rng.alnum(24)}`;
      return { value: ticket, event: { host: 'bi.quarry-f.example', svc: 'tableau', path: `/trusted/${ticket}/views/Sales/Overview`, query: ':embed=yes&:toolbar=no', status: 302, bytes: 0 } };
    }, { ref: 'tableau' }),
    plant('replay', 'tableau-trusted-ticket', 'replay', WHY.replay('trusted ticket', 70), ({ refs }) => {
      const ticket = refs.get('tableau').value;
      return { value: ticket, event: { host: 'bi.quarry-f.example', svc: 'tableau', path: `/trusted/${ticket}/views/Sales/Overview`, query: ':embed=yes&:toolbar=no', status: 302, bytes: 0, ip: '203.0.113.201', ua: BROWSERS[3] } };
    }, { replayOf: 'tableau', after: 70 }),
    9,
    plant('path-secret', 'keycloak-action-token', 'error', "Keycloak's reset-credentials link (`/login-actions/action-token?key=<JWT>`, an HS512 action token, valid 30 min)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 240, jti: true, alg: 'HS512', kid: rng.uuid(), claims: { sub: rng.uuid(), typ: 'reset-credentials', azp: 'account-console', nonce: rng.uuid(), asid: `${rng.uuid()}.${rng.b64url(10)}.${rng.uuid()}`, asid_tab: rng.b64url(11), eml: `k.${rng.lowerNum(6)}@mail.example` } });
      return { value: token.token, jwt: token.facts, event: { host: sso, svc: 'keycloak', path: '/realms/shop/login-actions/action-token', query: `key=${token.token}&client_id=account-console&tab_id=${rng.b64url(11)}`, status: 200 } };
    }),
    8,
    plant('negative', 'placeholder-percent-encoded', 'none', 'A template placeholder the client never filled, percent-encoded: `token={{token}}`.', ({ rng }) => ({
      value: '%7B%7Btoken%7D%7D',
      needle: 'token=%7B%7Btoken%7D%7D',
      event: { path: `/api/orders/${rng.int(100000, 999999)}/invoice.pdf`, query: 'token=%7B%7Btoken%7D%7D', status: 401, bytes: 49, ua: 'PostmanRuntime/7.44.1', svc: 'billing' },
    })),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host, pages: ['collections/granite', 'products/slab-grey-60', 'cart', 'account'] }, filler: ordinary, render: istioRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudflare-logpush.log: Cloudflare Logpush, `http_requests` dataset, NDJSON, timestamps as RFC 3339.
// https://developers.cloudflare.com/logs/reference/log-fields/zone/http_requests/

function cloudflareRender(e, rng) {
  return [
    JSON.stringify({
      CacheCacheStatus: e.path.startsWith('/assets/') || e.path.startsWith('/img/') ? 'hit' : 'dynamic',
      ClientCountry: rng.pick(['de', 'fr', 'nl', 'us', 'gb']),
      ClientIP: e.ip,
      ClientRequestHost: e.host,
      ClientRequestMethod: e.method,
      ClientRequestProtocol: 'HTTP/2',
      ClientRequestReferer: e.referer === '-' ? '' : e.referer,
      ClientRequestURI: target(e),
      ClientRequestUserAgent: e.ua,
      EdgeEndTimestamp: `${iso(e.t + e.ms).slice(0, 19)}Z`,
      EdgeResponseBytes: e.bytes + 420,
      EdgeResponseStatus: e.status,
      EdgeStartTimestamp: `${iso(e.t).slice(0, 19)}Z`,
      OriginResponseStatus: e.status,
      RayID: rng.hex(16),
      SecurityAction: 'unknown',
    }),
  ];
}

function cloudflareLog(rng) {
  const host = 'www.lantern-g.example';
  const steps = [
    11,
    plant('oauth-code', 'referer-entra-code', 'warning', `${WHY.code} Microsoft Entra's code (\`0.A…\`) in the Referer of the first asset the callback page loaded.`, ({ rng }) => {
      const code = `1.AQ${rng.b64url(rng.int(560, 620))}`;
      return { value: code, event: { path: `/assets/signin-${rng.hex(20)}.js`, referer: `https://${host}/signin-oidc?code=${code}&state=${rng.b64url(300)}&session_state=${rng.uuid()}`, bytes: rng.int(8000, 30000) } };
    }),
    9,
    plant('session-id', 'zencart-zenid', 'error', WHY.session("Zen Cart's session id in the URL (`zenid=`, when cookies are refused)"), ({ rng }) => {
      const sid = rng.chars(LOWNUM, 26);
      return { value: sid, event: { path: '/index.php', query: `main_page=checkout_shipping&zenid=${sid}` } };
    }),
    8,
    plant('negative', 'stripe-checkout-session-id', 'none', "Stripe Checkout's success URL carries `session_id=cs_live_…`: an object id, readable only with the account's secret key; no credential.", ({ rng }) => {
      const id = `cs_live_a1${rng.alnum(56)}`;
      return { value: id, event: { path: '/checkout/success', query: `session_id=${id}`, referer: 'https://checkout.stripe.com/' } };
    }),
    8,
    plant('embed-jwt', 'referer-embed-expired', 'note', 'A signed embedding JWT in the path of the embedded card\'s query and in its Referer (the embedding page), already expired when logged', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 5400, claims: { resource: { question: rng.int(10, 300) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { host: 'bi.lantern-g.example', path: `/api/embed/card/${token.token}/query`, referer: `https://bi.lantern-g.example/embed/question/${token.token}`, status: 400, bytes: 74 } };
    }),
    9,
    plant('encoded', 'double-percent-encoded-access_key', 'error', 'A logout return URL whose own `next` parameter holds an export link with `access_key=`: percent-encoded twice (`%253F`, `%253D`); the key is a long-lived API key', ({ rng }) => {
      const key = rng.hex(32);
      const inner = `/export/orders.csv?from=2026-07-01&access_key=${key}`;
      const middle = `https://${host}/login?next=${encodeURIComponent(inner)}`;
      return { value: key, event: { path: '/sso/logout', query: `return=${encodeURIComponent(middle)}`, status: 302, bytes: 0 } };
    }),
    8,
    plant('negative', 'paypal-return-token', 'none', "PayPal's return URL (`token=` is the order id, with `PayerID`): capturing it needs the merchant's API credentials; no credential.", ({ rng }) => {
      const order = rng.chars(UPPER + DIGITS, 17);
      return { value: order, event: { path: '/checkout/paypal/return', query: `token=${order}&PayerID=${rng.chars(UPPER + DIGITS, 13)}`, referer: 'https://www.paypal.com/' } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host, pages: ['lamps', 'lamps/brass-pendant', 'journal', 'stores'] }, filler: ordinary, render: cloudflareRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aws-waf.log: AWS WAF web ACL logs of an Application Load Balancer (httpRequest.headers as name/value pairs, `args` the
// query string), delivered to S3 and decompressed. https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html

function wafRender(e, rng) {
  const headers = [
    { name: 'host', value: e.host },
    { name: 'user-agent', value: e.ua },
    { name: 'accept', value: 'application/json' },
    ...(e.headerList ?? []).map(([name, value]) => ({ name, value })),
    { name: 'x-amzn-trace-id', value: `Root=1-${sec(e.t).toString(16)}-${rng.hex(24)}` },
  ];
  return [
    JSON.stringify({
      timestamp: e.t,
      formatVersion: 1,
      webaclId: 'arn:aws:wafv2:eu-west-1:604218735519:regional/webacl/api-prod/0f4c2a9e-6b1d-4e83-9a57-2d8c1b6e4f30',
      terminatingRuleId: 'Default_Action',
      terminatingRuleType: 'REGULAR',
      action: 'ALLOW',
      terminatingRuleMatchDetails: [],
      httpSourceName: 'ALB',
      httpSourceId: '604218735519-app/api-prod/7d3e91b0c4a26f58',
      ruleGroupList: [{ ruleGroupId: 'AWS#AWSManagedRulesCommonRuleSet', terminatingRule: null, nonTerminatingMatchingRules: [], excludedRules: null, customerConfig: null }],
      rateBasedRuleList: [],
      nonTerminatingMatchingRules: [],
      requestHeadersInserted: null,
      responseCodeSent: null,
      httpRequest: { clientIp: e.ip, country: rng.pick(['DE', 'IE', 'US', 'FR']), headers, uri: e.path, args: e.query, httpVersion: 'HTTP/1.1', httpMethod: e.method, requestId: `1-${sec(e.t).toString(16)}-${rng.hex(24)}` },
      ja3Fingerprint: rng.hex(32),
    }),
  ];
}

function wafLog(rng) {
  const host = 'api.harbor-h.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/shipments/${rng.uuid()}` }),
      () => ({ path: '/v1/shipments', args: '', query: `status=in_transit&page=${rng.int(1, 8)}` }),
      () => ({ method: 'POST', path: '/v1/tracking/events' }),
      () => ({ path: '/v1/ports', query: `near=${rng.int(40, 60)}.${rng.int(100, 999)},${rng.int(1, 20)}.${rng.int(100, 999)}` }),
      () => ({ path: '/health', ua: 'ELB-HealthChecker/2.0' }),
    ])();
  const steps = [
    10,
    plant('refresh-token', 'get-token-endpoint-args', 'error', `${WHY.refresh} Here sent in the query of a GET to the token endpoint (WAF's \`args\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${token}&client_id=harbor-ios`, ua: 'HarborTrack/5.2 CFNetwork/3826.500.131 Darwin/24.5.0' } };
    }),
    8,
    plant('header-dump', 'waf-basic-authorization', 'error', 'WAF logs every request header unless redacted: `authorization: Basic <base64 user:password>`, a password.', ({ rng }) => {
      const basic = b64Of(`svc-reports:${rng.alnum(20)}`);
      return { value: basic, event: { path: '/v1/reports/daily', query: 'format=csv', headerList: [['authorization', `Basic ${basic}`]], ua: 'Apache-HttpClient/5.4.3 (Java/21.0.7)' } };
    }),
    8,
    plant('negative', 'saml-request', 'none', 'A SAML AuthnRequest (deflated, base64, with RelayState): a request for authentication, no credential.', ({ rng }) => {
      const req = encodeURIComponent(rng.bytes(rng.int(380, 460)).toString('base64'));
      return { value: req.slice(0, 20), event: { path: '/saml/sso', query: `SAMLRequest=${req}&RelayState=${rng.b64url(24)}`, ua: BROWSERS[0] } };
    }),
    8,
    plant('api-key-name', 'x-api-key-header-waf', 'error', `${WHY.apiKey('x-api-key')} As a request header in WAF's header list.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/v1/partners/rates', query: 'lane=DEHAM-USNYC', headerList: [['x-api-key', key]], ua: 'Go-http-client/2.0' } };
    }),
    9,
    plant('header-dump', 'waf-cookie-flask-session', 'error', "A Flask signed session cookie (itsdangerous: base64 JSON, timestamp, signature) in WAF's cookie header: whoever replays it is logged in.", ({ rng, t }) => {
      const payload = b64urlOf(JSON.stringify({ _fresh: true, _id: rng.hex(128), _user_id: String(rng.int(100, 9999)), csrf_token: rng.hex(40) }));
      const stamp = Buffer.from(BigInt(sec(t) - 900).toString(16).padStart(8, '0'), 'hex').toString('base64url');
      const cookie = `${payload}.${stamp}.${rng.b64url(27)}`;
      return { value: cookie, event: { path: '/admin/dashboard', headerList: [['cookie', `session=${cookie}; _ga=GA1.1.${rng.int(100000000, 999999999)}.${sec(t) - 86400 * 3}`]], ua: BROWSERS[1] } };
    }),
    8,
    plant('embed-jwt', 'embed-path-120s-no-jti', 'warning', 'A widget embedding JWT in the path (`/embed/v1/widgets/<JWT>`), short-lived and without jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 3, claims: { widget: 'eta-board', customer: `cus_${rng.alnum(14)}` } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/v1/widgets/${token.token}`, ua: BROWSERS[4] } };
    }),
    8,
    plant('negative', 'bearer-null', 'none', "A client whose token variable was empty: `Bearer null`.", ({ rng }) => {
      const id = rng.uuid();
      return { value: 'null', needle: id, event: { path: `/v1/shipments/${id}`, headerList: [['authorization', 'Bearer null']] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host, api: true }, filler, render: wafRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// azure-appgw.log: Azure Application Gateway v2 access log (category ApplicationGatewayAccessLog), one record per line
// as diagnostic settings write it to a storage account.
// https://learn.microsoft.com/en-us/azure/application-gateway/monitor-application-gateway-reference#access-log-category

function appgwRender(e, rng) {
  return [
    JSON.stringify({
      timeStamp: `${iso(e.t).slice(0, 19)}+00:00`,
      resourceId: '/SUBSCRIPTIONS/3B7E9C21-5A40-4D6F-8E12-A9C4F0D25B67/RESOURCEGROUPS/RG-PORTAL-PROD/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/AGW-PORTAL-PROD',
      listenerName: 'https-portal',
      ruleName: 'rule-portal',
      backendPoolName: e.pool ?? 'pool-portal',
      backendSettingName: 'https-portal-settings',
      operationName: 'ApplicationGatewayAccess',
      category: 'ApplicationGatewayAccessLog',
      properties: {
        instanceId: `appgw_${rng.int(0, 3)}`,
        clientIP: e.ip,
        clientPort: e.port,
        httpMethod: e.method,
        originalRequestUriWithArgs: target(e),
        requestUri: target(e),
        userAgent: e.ua,
        httpStatus: e.status,
        httpVersion: 'HTTP/2.0',
        receivedBytes: rng.int(300, 1600),
        sentBytes: e.bytes,
        clientResponseTime: 0,
        timeTaken: e.ms / 1000,
        WAFEvaluationTime: '0.001',
        WAFMode: 'Prevention',
        transactionId: rng.hex(32),
        sslEnabled: 'on',
        sslCipher: 'ECDHE-RSA-AES256-GCM-SHA384',
        sslProtocol: 'TLSv1.2',
        serverRouted: `10.12.2.${rng.int(4, 9)}:443`,
        serverStatus: String(e.status),
        serverResponseLatency: ((e.ms - 1) / 1000).toFixed(3),
        originalHost: e.host,
        host: e.host,
      },
    }),
  ];
}

function appgwLog(rng) {
  const host = 'portal.meadow-i.example';
  const steps = [
    10,
    plant('api-key-name', 'azure-functions-code', 'error', "An Azure Functions function key under `code=` (no `state`: not an OAuth code); it calls the function until the key is rotated.", ({ rng }) => {
      const key = `${rng.b64url(54)}==`;
      return { value: key, event: { host: 'fn.meadow-i.example', pool: 'pool-functions', path: '/api/ExportInvoices', query: `code=${key}&month=2026-06`, ua: 'python-httpx/0.28.1', contentType: 'application/json' } };
    }),
    8,
    plant('path-secret', 'aspnet-identity-confirm-email-code', 'error', WHY.pathSecret("ASP.NET Core Identity's e-mail confirmation link (`/Identity/Account/ConfirmEmail?userId=…&code=<Base64Url token>`, valid 1 day by default)"), ({ rng }) => {
      const code = rng.bytes(rng.int(120, 150)).toString('base64url');
      return { value: code, event: { path: '/Identity/Account/ConfirmEmail', query: `userId=${rng.uuid()}&code=${code}` } };
    }),
    8,
    plant('negative', 'function-key-placeholder', 'none', 'A placeholder left in a client configuration: `code=YOUR_FUNCTION_KEY`.', () => ({
      value: 'YOUR_FUNCTION_KEY',
      event: { host: 'fn.meadow-i.example', pool: 'pool-functions', path: '/api/HealthProbe', query: 'code=YOUR_FUNCTION_KEY', status: 401, bytes: 0, ua: 'curl/8.14.1' },
    })),
    9,
    plant('encoded', 'triple-percent-encoded-api_key', 'error', 'A ReturnUrl, itself encoded twice by the client, holding an authorize callback whose redirect_uri holds `api_key=`: the `=` after api_key is percent-encoded three times (`%25253D`); a long-lived API key', ({ rng }) => {
      const key = rng.alnum(40);
      const l3 = `https://reports.meadow-i.example/feed?api_key=${key}`;
      const l2 = `/connect/authorize/callback?client_id=reports&redirect_uri=${encodeURIComponent(l3)}`;
      return { value: key, event: { path: '/Account/Login', query: `ReturnUrl=${encodeURIComponent(encodeURIComponent(l2))}` } };
    }),
    8,
    plant('id-token', 'id_token-alg-none', 'error', 'An `id_token` with `alg: none` (unsigned, empty third segment) in the query of the OIDC callback: accepted by a careless relying party, the worst kind of token', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 5, alg: 'none', claims: { iss: 'https://login.meadow-i.example/', sub: rng.uuid(), aud: 'portal', nonce: rng.b64url(22), email: 'admin@meadow-i.example' } });
      return { value: token.token, jwt: token.facts, event: { path: '/signin-oidc', query: `id_token=${token.token}&state=${rng.b64url(200)}`, status: 302, bytes: 0, ua: 'python-requests/2.32.4' } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host, pages: ['Dashboard', 'Invoices', 'Identity/Account/Manage', 'Support'] }, filler: ordinary, render: appgwRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// localhost_access_log.2026-07-14.txt: Tomcat 10.1 AccessLogValve, pattern `%h %l %u %t "%r" %s %b %D "%{Referer}i"
// "%{User-Agent}i"` (%D in ms), behind a CAS server. https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html#Access_Log_Valve

const tomcatAccessRender = (e) => [`${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes || '-'} ${e.ms} "${e.referer}" "${e.ua}"`];

function tomcatAccessLog(rng) {
  const host = 'portal.juniper-j.example';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/portal/home.do' }),
      () => ({ path: `/portal/static/js/app.js`, query: `v=${rng.hex(40)}`, bytes: rng.int(40000, 90000) }),
      () => ({ path: '/portal/courses.do', query: `term=2026S&page=${rng.int(1, 5)}` }),
      () => ({ method: 'POST', path: '/portal/api/attendance', status: 204, bytes: 0 }),
      () => ({ path: `/portal/files/${rng.int(10000, 99999)}/download`, bytes: rng.int(20000, 900000) }),
      () => ({ path: '/portal/api/notifications', query: `since=${t - rng.int(10000, 600000)}` }),
    ])();
  const cas = 'https://cas.juniper-j.example/cas/login';
  const steps = [
    10,
    plant('session-id', 'jsessionid-path-parameter', 'error', WHY.session('A servlet session id as a path parameter (`;jsessionid=`, URL rewriting when cookies are refused)'), ({ rng }) => {
      const sid = rng.chars('0123456789ABCDEF', 32);
      return { value: sid, event: { path: `/portal/gradebook.do;jsessionid=${sid}`, query: `course=${rng.int(1000, 9999)}` } };
    }),
    8,
    plant('replay', 'cas-service-ticket', 'note', "A CAS service ticket (`ticket=ST-…`) redeemed once by the application: single-use by protocol, acceptable (note).", ({ rng }) => {
      const ticket = `ST-${rng.int(10000, 99999)}-${rng.alnum(20)}-cas-prod-01`;
      return { value: ticket, event: { path: '/portal/login/cas', query: `ticket=${ticket}`, status: 302, bytes: 0, referer: `${cas}?service=https%3A%2F%2F${host}%2Fportal%2Flogin%2Fcas` } };
    }, { ref: 'st' }),
    5,
    plant('replay', 'cas-service-ticket', 'replay', WHY.replay('ticket', 38), ({ refs }) => {
      const ticket = refs.get('st').value;
      return { value: ticket, event: { path: '/portal/login/cas', query: `ticket=${ticket}`, status: 302, bytes: 0, ip: '203.0.113.166', ua: 'python-requests/2.32.4' } };
    }, { replayOf: 'st', after: 38 }),
    8,
    plant('negative', 'cas-login-ticket-execution', 'none', "CAS's login form fields in a GET (`lt=LT-…`, `execution=` the web-flow state): anti-forgery and flow state, no credential.", ({ rng }) => {
      const lt = `LT-${rng.int(10000, 99999)}-${rng.alnum(30)}`;
      return { value: lt, event: { host: 'cas.juniper-j.example', path: '/cas/login', query: `service=https%3A%2F%2F${host}%2Fportal%2Flogin%2Fcas&lt=${lt}&execution=${rng.uuid()}_${rng.b64url(120)}&_eventId=submit`, status: 200 } };
    }),
    8,
    plant('encoded', 'html-escaped-amp-api_token', 'error', 'A crawler followed a link copied from HTML source, `&amp;` and all: `&amp;api_token=` carries a long-lived API token', ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { path: '/portal/reports/export.jsp', query: `format=csv&amp;api_token=${token}&amp;term=2026S`, ua: 'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)', status: 200 } };
    }),
    8,
    plant('negative', 'git-commit-cache-buster', 'none', 'A cache buster that is a git commit SHA-1: no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { path: '/portal/static/css/portal.css', query: `rev=${sha}`, bytes: rng.int(9000, 40000) } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host }, filler, render: tomcatAccessRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// catalina.out: Tomcat 10.1 with org.apache.catalina.filters.RequestDumperFilter enabled, JULI's OneLineFormatter (one
// record per attribute line, each with its time and thread).
// https://tomcat.apache.org/tomcat-10.1-doc/config/filter.html#Request_Dumper_Filter

function catalinaRender(e, rng) {
  const thread = `http-nio-8080-exec-${rng.int(1, 12)}`;
  const at = (i) => `${julDate(e.t + i)}.${pad((e.t + i) % 1000, 3)} INFO [${thread}] org.apache.catalina.filters.RequestDumperFilter.doLog ${thread} `;
  const attrs = [
    ['START TIME        ', julDate(e.t)],
    ['        requestURI', e.path],
    ['          authType', 'null'],
    [' characterEncoding', 'UTF-8'],
    ['     contentLength', e.method === 'POST' ? String(rng.int(40, 600)) : '-1'],
    ['       contentType', e.method === 'POST' ? 'application/json' : 'null'],
    ['       contextPath', '/portal'],
    ...(e.cookies ?? []).map(([k, v]) => ['            cookie', `${k}=${v}`]),
    ['            header', `host=${e.host}`],
    ['            header', `user-agent=${e.ua}`],
    ['            header', 'accept=application/json'],
    ...(e.hdrs ?? []).map(([k, v]) => ['            header', `${k}=${v}`]),
    ...((e.cookies ?? []).length ? [['            header', `cookie=${e.cookies.map(([k, v]) => `${k}=${v}`).join('; ')}`]] : []),
    ['            locale', 'en_US'],
    ['            method', e.method],
    ...Object.entries(queryObject(e.query)).map(([k, v]) => ['         parameter', `${k}=${v}`]),
    ['          pathInfo', 'null'],
    ['          protocol', 'HTTP/1.1'],
    ['       queryString', e.query || 'null'],
    ['        remoteAddr', e.ip],
    ['        remoteHost', e.ip],
    ['        remoteUser', 'null'],
    ['requestedSessionId', (e.cookies ?? []).find(([k]) => k === 'JSESSIONID')?.[1] ?? 'null'],
    ['            scheme', 'https'],
    ['        serverName', e.host],
    ['        serverPort', '443'],
    ['       servletPath', e.path.replace('/portal', '')],
    ['          isSecure', 'true'],
    ['------------------', '--------------------------------------------'],
  ];
  const after = [
    ['------------------', '--------------------------------------------'],
    ['END TIME          ', julDate(e.t + e.ms)],
    ['          authType', 'null'],
    ['       contentType', 'application/json;charset=UTF-8'],
    ['            header', `Content-Type=application/json;charset=UTF-8`],
    ['        remoteUser', 'null'],
    ['            status', String(e.status)],
    ['------------------', '--------------------------------------------'],
  ];
  return [...attrs.map(([k, v]) => `${at(0)}${k}=${v}`), ...after.map(([k, v]) => `${at(e.ms)}${k}=${v}`)];
}

function catalinaLog(rng) {
  const host = 'portal.juniper-j.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/portal/api/courses', query: `term=2026S&page=${rng.int(1, 4)}`, cookies: [['JSESSIONID', rng.chars('0123456789ABCDEF', 32)]] }),
      () => ({ path: '/portal/api/notifications', cookies: [['JSESSIONID', rng.chars('0123456789ABCDEF', 32)]] }),
      () => ({ path: '/portal/api/ping' }),
    ])();
  const header = [
    `${julDate(DAY0 + 8 * HOUR - 60000)}.117 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [4812] milliseconds`,
  ];
  const steps = [
    1,
    plant('header-dump', 'requestdumper-authorization-bearer-jwt', 'error', "RequestDumperFilter writes every request header: `header=authorization=Bearer <JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 28800, age: 1200, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://cas.juniper-j.example/cas/oidc', sub: `s${rng.int(1000000, 9999999)}`, aud: 'portal-mobile', scope: 'openid profile portal' } });
      return { value: token.token, jwt: token.facts, event: { path: '/portal/api/grades', hdrs: [['authorization', `Bearer ${token.token}`]], ua: 'JuniperPortal/3.8 (Android 15)' } };
    }),
    1,
    plant('header-dump', 'requestdumper-cookie-jsessionid', 'error', WHY.session('The servlet session cookie, written by RequestDumperFilter as `cookie=JSESSIONID=…`, again in the cookie header and as requestedSessionId'), ({ rng }) => {
      const sid = rng.chars('0123456789ABCDEF', 32);
      return { value: sid, event: { path: '/portal/api/profile', cookies: [['JSESSIONID', sid]] } };
    }),
    1,
    plant('framework-dump', 'requestdumper-parameter-access_token', 'error', "RequestDumperFilter's `parameter=` and `queryString=` lines: an opaque `access_token` (valid 8 h) sent in the query", ({ rng }) => {
      const token = `AT-${rng.int(1000, 9999)}-${rng.alnum(32)}`;
      return { value: token, event: { path: '/portal/api/timetable', query: `access_token=${token}&format=ics`, ua: 'Thunderbird/128.11.0' } };
    }),
    1,
    plant('replay', 'cas-ticket-one-request-two-lines', 'note', "A CAS service ticket redeemed once; RequestDumperFilter writes it twice for the one request (`parameter=ticket=…`, then `queryString=ticket=…`): one use, no replay (note).", ({ rng }) => {
      const ticket = `ST-${rng.int(10000, 99999)}-${rng.alnum(20)}-cas-prod-02`;
      return { value: ticket, event: { path: '/portal/login/cas', query: `ticket=${ticket}`, ua: BROWSERS[0] } };
    }),
    1,
    plant('negative', 'xsrf-cookie', 'none', 'An XSRF-TOKEN cookie (Angular/Spring double-submit CSRF token): no credential.', ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { method: 'POST', path: '/portal/api/attendance', cookies: [['XSRF-TOKEN', token]], hdrs: [['x-xsrf-token', token]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host }, filler, render: catalinaRender, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// uvicorn-app.log: a FastAPI service under uvicorn, Python logging with `%(asctime)s %(levelname)s [%(name)s]
// %(message)s` for uvicorn.access, httpx (which logs each request at INFO) and the app's loggers.
// https://www.uvicorn.org/settings/#logging, https://www.python-httpx.org/logging/

function uvicornRender(e) {
  if (e.lines) return e.lines;
  return [`${pyTime(e.t + e.ms)} INFO [uvicorn.access] ${e.ip}:${e.port} - "${e.method} ${target(e)} HTTP/1.1" ${e.status}`];
}

function uvicornLog(rng) {
  const host = 'api.sextant-k.example';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: `/api/v1/voyages/${rng.uuid()}` }),
      () => ({ path: '/api/v1/voyages', query: `limit=20&offset=${rng.int(0, 200)}` }),
      () => ({ method: 'POST', path: '/api/v1/positions', status: 201 }),
      () => ({ path: '/healthz' }),
      () => ({ lines: [`${pyTime(t)} INFO [httpx] HTTP Request: GET https://api.open-meteo.example/v1/marine?latitude=${rng.int(40, 60)}.${rng.int(1, 99)}&longitude=${rng.int(1, 20)}.${rng.int(1, 99)}&hourly=wave_height "HTTP/1.1 200 OK"`] }),
      () => ({ lines: [`${pyTime(t)} INFO [app.jobs] synced ${rng.int(3, 90)} positions in ${rng.int(20, 900)} ms (batch ${rng.hex(12)})`] }),
    ])();
  const line = (t, level, logger, text) => `${pyTime(t)} ${level} [${logger}] ${text}`;
  const steps = [
    10,
    plant('webhook', 'teams-workflow-sig', 'error', WHY.webhook("A Teams notification through a Power Automate workflow URL (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=`), logged by httpx at INFO; `sig` is the secret"), ({ rng, t }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { lines: [line(t, 'INFO', 'httpx', `HTTP Request: POST https://prod-${rng.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} "HTTP/1.1 202 Accepted"`)] } };
    }),
    8,
    plant('oauth-code', 'uvicorn-access-callback', 'warning', `${WHY.code} In uvicorn's access line of the callback.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/auth/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 307, ua: BROWSERS[1] } };
    }),
    8,
    plant('negative', 'unexpanded-env-placeholder', 'none', 'A client sent its configuration literally: `api_key=${API_KEY}` (percent-encoded), never expanded.', ({ rng }) => ({
      value: '%24%7BAPI_KEY%7D',
      needle: 'api_key=%24%7BAPI_KEY%7D',
      event: { path: '/api/v1/exports', query: `format=csv&api_key=%24%7BAPI_KEY%7D&v=${rng.int(2, 9)}`, status: 401, ua: 'curl/8.14.1' },
    })),
    8,
    plant('api-key-name', 'newsapi-apiKey-httpx', 'error', `${WHY.apiKey('apiKey')} In the URL httpx logs for an outgoing call.`, ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [line(t, 'INFO', 'httpx', `HTTP Request: GET https://newsapi.org/v2/everything?q=shipping+strait&language=en&sortBy=publishedAt&apiKey=${key} "HTTP/1.1 200 OK"`)] } };
    }),
    8,
    plant('framework-dump', 'asgi-scope-bytes', 'error', "A middleware logs the ASGI scope at DEBUG (Python repr: `'query_string': b'…'`, headers as byte pairs); `api_key` in the query; uvicorn's access line of the same request follows", ({ rng, t }) => {
      const key = rng.alnum(40);
      const ip = publicIp(rng);
      const port = rng.int(30000, 60000);
      const scope = `{'type': 'http', 'asgi': {'version': '3.0', 'spec_version': '2.4'}, 'http_version': '1.1', 'server': ('10.0.3.12', 8000), 'client': ('${ip}', ${port}), 'scheme': 'http', 'method': 'GET', 'root_path': '', 'path': '/api/v1/exports', 'raw_path': b'/api/v1/exports', 'query_string': b'format=xlsx&api_key=${key}', 'headers': [(b'host', b'${host}'), (b'user-agent', b'python-httpx/0.28.1'), (b'accept', b'*/*'), (b'x-forwarded-for', b'${ip}')], 'state': {}}`;
      return {
        value: key,
        event: {
          lines: [line(t, 'DEBUG', 'app.middleware', `request scope=${scope}`), line(t + 41, 'INFO', 'uvicorn.access', `${ip}:${port} - "GET /api/v1/exports?format=xlsx&api_key=${key} HTTP/1.1" 200`)],
        },
      };
    }),
    9,
    plant('header-dump', 'starlette-headers-repr', 'error', "The app logs Starlette's `Headers({...})` repr on an auth failure: `'authorization': 'Bearer <JWT>'`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 60, claims: { sub: rng.uuid(), scope: 'voyages:read positions:write', iss: 'https://auth.sextant-k.example' } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { lines: [line(t, 'WARNING', 'app.auth', `token rejected (audience mismatch) headers=Headers({'host': '${host}', 'user-agent': 'SextantDeck/2.3', 'accept': 'application/json', 'authorization': 'Bearer ${token.token}', 'x-request-id': '${rng.uuid()}'})`)] },
      };
    }),
    8,
    plant('refresh-token', 'opaque-refresh-query-uvicorn', 'error', `${WHY.refresh} An opaque refresh token in the query of uvicorn's access line.`, ({ rng }) => {
      const token = rng.b64url(86);
      return { value: token, event: { method: 'POST', path: '/api/v1/auth/refresh', query: `refresh_token=${token}`, ua: 'SextantDeck/2.3' } };
    }),
    8,
    plant('negative', 'starlette-headers-redacted', 'none', "The same auth-failure log after the fix: the app masks Authorization as `'[redacted]'`.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: '[redacted]', needle: id, event: { lines: [line(t, 'WARNING', 'app.auth', `token rejected (expired) headers=Headers({'host': '${host}', 'user-agent': 'SextantDeck/2.3', 'accept': 'application/json', 'authorization': '[redacted]', 'x-request-id': '${id}'})`)] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host, api: true }, filler, render: uvicornRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: Laravel 11's storage/logs/laravel.log (Monolog LineFormatter `[%datetime%] %channel%.%level_name%:
// %message% %context%`, context as JSON with unescaped slashes, exceptions followed by `[stacktrace]`).
// https://laravel.com/docs/11.x/logging, https://github.com/Seldaek/monolog/blob/main/src/Monolog/Formatter/LineFormatter.php

const laravelTime = (ms) => iso(ms).slice(0, 19).replace('T', ' ');
const lj = (value) => JSON.stringify(value);
const laravelRender = (e) => e.lines;

function laravelLog(rng) {
  const app = 'https://app.kestrel-l.example';
  const L = (t, level, message, context) => `[${laravelTime(t)}] production.${level}: ${message}${context ? ` ${lj(context)}` : ''}`;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => L(t, 'INFO', 'Invoice generated', { invoice_id: rng.int(10000, 99999), customer_id: rng.int(100, 9999), total: `${rng.int(10, 900)}.${pad(rng.int(0, 99))}` }),
        () => L(t, 'INFO', 'Queue job processed', { job: rng.pick(['App\\Jobs\\SyncCrm', 'App\\Jobs\\SendDigest', 'App\\Jobs\\PruneExports']), uuid: rng.uuid(), ms: rng.int(20, 4000) }),
        () => L(t, 'DEBUG', 'Cache miss', { key: `report:${rng.hex(16)}` }),
        () => L(t, 'WARNING', 'Slow query', { sql: 'select * from `orders` where `customer_id` = ? order by `created_at` desc limit 50', time_ms: rng.int(900, 4000) }),
      ])(),
    ],
  });
  const trace = (cls) => [
    '[stacktrace]',
    `#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)`,
    '#1 /var/www/html/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\Middleware::GuzzleHttp\\{closure}(Object(GuzzleHttp\\Psr7\\Response))',
    `#2 /var/www/html/app/${cls}.php(48): GuzzleHttp\\Client->request('POST', Object(GuzzleHttp\\Psr7\\Uri), Array)`,
    '#3 {main}',
    '"} ',
  ];
  const steps = [
    10,
    plant('path-secret', 'laravel-reset-password-url', 'error', WHY.pathSecret("Laravel's password-reset link (`/reset-password/<token>?email=`, 64 hex, valid 60 min by default) logged by the app when the mail is queued"), ({ rng, t }) => {
      const token = rng.hex(64);
      return { value: token, event: { lines: [L(t, 'INFO', 'Password reset link sent', { user_id: rng.int(100, 9999), url: `${app}/reset-password/${token}?email=n.${rng.lowerNum(6)}%40mail.example` })] } };
    }),
    8,
    plant('webhook', 'discord-guzzle-exception', 'error', WHY.webhook("A Discord webhook (`/api/webhooks/<id>/<token>`) in a Guzzle ClientException: in the message and again in the exception context of the same record"), ({ rng, t }) => {
      const id = `1${rng.chars(DIGITS, 18)}`;
      const secret = rng.b64url(68);
      const url = `https://discord.com/api/webhooks/${id}/${secret}`;
      return {
        value: secret,
        event: {
          lines: [
            `[${laravelTime(t)}] production.ERROR: Client error: \`POST ${url}\` resulted in a \`429 Too Many Requests\` response:`,
            '{"message": "You are being rate limited.", "retry_after": 0.512, "global": false}',
            ` {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 429): Client error: \`POST ${url}\` resulted in a \`429 Too Many Requests\` response:`,
            '{\\"message\\": \\"You are being rate limited.\\", \\"retry_after\\": 0.512, \\"global\\": false}',
            ' at /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111)',
            ...trace('Notifications/DiscordChannel'),
          ],
        },
      };
    }),
    8,
    plant('negative', 'laravel-csrf-_token', 'none', "Laravel's CSRF token (`_token`, 40 characters) in a search form submitted by GET: anti-forgery, no credential.", ({ rng, t }) => {
      const token = rng.alnum(40);
      return { value: token, event: { lines: [L(t, 'INFO', 'Search', { url: `${app}/customers/search?_token=${token}&q=${rng.pick(['meyer', 'haus', 'gmbh'])}`, results: rng.int(0, 40) })] } };
    }),
    8,
    plant('path-secret', 'laravel-signed-verify-url', 'error', WHY.pathSecret("Laravel's signed e-mail verification link (`/email/verify/<id>/<sha1 of the address>?expires=…&signature=`, valid 60 min): the signature is the secret"), ({ rng, t }) => {
      const signature = rng.hex(64);
      const uid = rng.int(100, 9999);
      return { value: signature, event: { lines: [L(t, 'DEBUG', 'Verification mail queued', { user_id: uid, url: `${app}/email/verify/${uid}/${rng.hex(40)}?expires=${sec(t) + 3600}&signature=${signature}` })] } };
    }),
    9,
    plant('api-key-name', 'hubspot-hapikey-uuid', 'error', `${WHY.apiKey('hapikey')} HubSpot's legacy API key is a bare UUID, here in a Guzzle ServerException's URL.`, ({ rng, t }) => {
      const key = rng.uuid();
      return { value: key, event: { lines: [L(t, 'ERROR', `Server error: \`GET https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${key}&count=100\` resulted in a \`502 Bad Gateway\` response`, { exception: '[object] (GuzzleHttp\\Exception\\ServerException(code: 502))', job: 'App\\Jobs\\SyncCrm' })] } };
    }),
    8,
    plant('negative', 'hapikey-demo', 'none', "HubSpot's documentation key `hapikey=demo`: a placeholder.", ({ t }) => ({
      value: 'demo',
      needle: 'hapikey=demo',
      event: { lines: [L(t, 'DEBUG', 'CRM client configured', { base_uri: 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=demo', env: 'local-override' })] },
    })),
    8,
    plant('framework-dump', 'laravel-context-request-input', 'error', "An import failure logged with the request's input (`$request->all()`) in the context: a Shopify Admin API access token (`shpat_`)", ({ rng, t }) => {
      const token = `shpat_${rng.hex(32)}`;
      return { value: token, event: { lines: [L(t, 'ERROR', 'Shop import failed', { request: { url: `${app}/api/imports/shopify`, method: 'POST', input: { shop: 'kestrel-outdoor.myshopify.com', access_token: token, since: '2026-07-01' } }, error: 'cURL error 28: Operation timed out after 30001 milliseconds' })] } };
    }),
    9,
    plant('implicit-fragment', 'frontend-error-report-url', 'error', "The SPA reports its errors to a Laravel route that logs `location.href`: the OAuth implicit redirect's `#access_token=` (opaque, 2 h)", ({ rng, t }) => {
      const token = rng.b64url(48);
      return { value: token, event: { lines: [L(t, 'ERROR', "[frontend] TypeError: Cannot read properties of undefined (reading 'profile')", { href: `${app}/oauth/done#access_token=${token}&token_type=Bearer&expires_in=7200&state=${rng.b64url(16)}`, ua: BROWSERS[0], build: rng.hex(7) })] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'app.kestrel-l.example' }, filler, render: laravelRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// go-service.log: a Go service's stderr: the standard `log` package (`2006/01/02 15:04:05` in UTC) and an access log
// written with encoding/json's Encoder (HTML escaping on: `&` as \u0026). https://pkg.go.dev/log,
// https://pkg.go.dev/encoding/json#Encoder.SetEscapeHTML, https://pkg.go.dev/net/http/httputil#DumpRequestOut

function goRender(e, rng) {
  if (e.lines) return e.lines;
  return [goJson({ time: `${iso(e.t)}`, level: 'info', msg: 'request', method: e.method, path: target(e), status: e.status, bytes: e.bytes, duration_ms: Number((e.ms + rng.int(0, 99) / 100).toFixed(2)), remote: `${e.ip}:${e.port}`, request_id: e.reqId })];
}

function goLog(rng) {
  const G = (t, text) => `${goTime(t)} ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: `/v1/routes/${rng.int(100, 999)}`, query: `from=${rng.int(1, 90)}&to=${rng.int(1, 90)}` }),
      () => ({ path: '/v1/vehicles', query: `depot=${rng.pick(['north', 'south', 'east'])}&active=true` }),
      () => ({ method: 'POST', path: '/v1/pings', status: 202 }),
      () => ({ path: '/metrics', ua: 'Prometheus/3.4.1' }),
      () => ({ lines: [G(t, `scheduler: planned ${rng.int(10, 300)} stops for depot ${rng.pick(['north', 'south', 'east'])} in ${rng.int(100, 900)}ms`)] }),
    ])();
  const steps = [
    10,
    plant('webhook', 'slack-go-url-error', 'error', WHY.webhook("A Slack incoming webhook in a Go *url.Error (`Post \"<url>\": context deadline exceeded`)"), ({ rng, t }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { lines: [G(t, `notify: Post "https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 10)}/B${rng.chars(UPPER + DIGITS, 10)}/${secret}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`)] } };
    }),
    8,
    plant('api-key-name', 'pipedrive-api_token-url-error', 'error', `${WHY.apiKey('api_token')} Pipedrive's API token (40 hex) in a Go *url.Error.`, ({ rng, t }) => {
      const token = rng.hex(40);
      return { value: token, event: { lines: [G(t, `crm sync: Get "https://lanefleet.pipedrive.com/api/v1/deals?api_token=${token}&limit=500&start=${rng.int(0, 9) * 500}": dial tcp: lookup lanefleet.pipedrive.com on 10.96.0.10:53: i/o timeout`)] } };
    }),
    8,
    plant('negative', 'go-url-redacted-password', 'none', "Go's url.URL.Redacted() writes the password of a proxy URL as `xxxxx`: no credential.", ({ t }) => ({
      value: 'xxxxx',
      needle: 'svc-backup:xxxxx@',
      event: { lines: [G(t, 'backup: using proxy http://svc-backup:xxxxx@proxy.internal.lanefleet.example:3128 for s3 uploads')] },
    })),
    8,
    plant('header-dump', 'dumprequestout-bearer-opaque', 'error', "httputil.DumpRequestOut logged at debug, one header per line: `Authorization: Bearer <opaque token>` of a partner API (a header dump)", ({ rng, t }) => {
      const token = rng.b64url(48);
      return {
        value: token,
        event: {
          lines: [G(t, 'partner: outgoing request:'), 'GET /v3/accounts/balance?currency=EUR HTTP/1.1', 'Host: api.partner-m.example', 'User-Agent: lanefleet/1.19 (+https://lanefleet.example)', `Authorization: Bearer ${token}`, 'Accept: application/json', 'Accept-Encoding: gzip', ''],
        },
      };
    }),
    8,
    plant('encoded', 'go-json-u0026-app_key', 'error', 'The JSON access log escapes `&` as `\\u0026` (encoding/json): `\\u0026app_key=` of an upstream URL; a long-lived API key', ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [goJson({ time: iso(t), level: 'warn', msg: 'upstream slow', upstream: `https://maps.routing-n.example/v2/route?from=${rng.int(40, 60)}.${rng.int(1000, 9999)},${rng.int(1, 20)}.${rng.int(1000, 9999)}&to=${rng.int(40, 60)}.${rng.int(1000, 9999)},${rng.int(1, 20)}.${rng.int(1000, 9999)}&app_key=${key}`, duration_ms: rng.int(2000, 9000) })] } };
    }),
    8,
    plant('framework-dump', 'go-percent-v-request', 'error', "The handler logs the whole request with `%+v`: Go's struct dump holds `Header:map[Authorization:[Bearer <JWT>] …]` (a Kubernetes service-account token)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3607, age: 300, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { aud: ['https://kubernetes.default.svc.cluster.local'], iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: 'fleet', serviceaccount: { name: 'dispatcher', uid: rng.uuid() } }, nbf: sec(t) - 300, sub: 'system:serviceaccount:fleet:dispatcher' } });
      const ip = `10.44.${rng.int(1, 6)}.${rng.int(2, 250)}`;
      return {
        value: token.token,
        jwt: token.facts,
        event: { lines: [G(t, `admin: forbidden: &{Method:POST URL:/internal/reindex Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:map[Accept-Encoding:[gzip] Authorization:[Bearer ${token.token}] Content-Length:[2] User-Agent:[Go-http-client/1.1]] Body:0xc000a1e2c0 GetBody:<nil> ContentLength:2 TransferEncoding:[] Close:false Host:dispatcher.fleet.svc:8080 Form:map[] PostForm:map[] MultipartForm:<nil> Trailer:map[] RemoteAddr:${ip}:${rng.int(30000, 60000)} RequestURI:/internal/reindex TLS:<nil> Cancel:<nil> Response:<nil> Pattern:POST /internal/reindex}`)] },
      };
    }),
    8,
    plant('webhook', 'google-chat-key-token', 'error', WHY.webhook("A Google Chat incoming webhook (`/v1/spaces/<space>/messages?key=…&token=`); `token` is its secret"), ({ rng, t }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: [G(t, `alert: Post "https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${token}": EOF`)] } };
    }),
    8,
    plant('negative', 'oci-image-digest', 'none', 'An OCI image digest (`sha256:` and 64 hex) in a pull: a content hash, no credential.', ({ rng, t }) => {
      const digest = rng.hex(64);
      return { value: digest, event: { lines: [G(t, `updater: pulled ghcr.io/lanefleet/dispatcher@sha256:${digest} (${rng.int(20, 90)} MB)`)] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'dispatcher.lanefleet.example', api: true }, filler, render: goRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// squid-access.log: Squid 6 native access.log of an office proxy with SSL bumping and `strip_query_terms off`
// (epoch seconds with milliseconds, elapsed ms, client, code/status, bytes, method, URL, user, hierarchy, type).
// https://wiki.squid-cache.org/Features/LogFormat, https://www.squid-cache.org/Doc/config/strip_query_terms/

function squidRender(e, rng) {
  const time = `${sec(e.t)}.${pad(e.t % 1000, 3)}`;
  const url = e.url ?? `https://${e.host}${target(e)}`;
  return [`${time.padStart(14)} ${String(e.ms).padStart(6)} ${e.client ?? `10.30.${rng.int(1, 4)}.${rng.int(10, 200)}`} ${e.code ?? 'TCP_MISS'}/${pad(e.status, 3)} ${e.bytes} ${e.method} ${url} ${e.user ?? '-'} HIER_DIRECT/${e.peer ?? `${rng.int(20, 220)}.${rng.int(1, 250)}.${rng.int(1, 250)}.${rng.int(1, 250)}`} ${e.contentType ?? 'application/json'}`];
}

function squidLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'www.wikipedia.org', path: '/wiki/Special:Search', query: `search=${rng.pick(['tidal+range', 'lighthouse', 'fjord'])}`, contentType: 'text/html' }),
      () => ({ method: 'CONNECT', url: `${rng.pick(['teams.microsoft.com', 'outlook.office.com', 'login.microsoftonline.com'])}:443`, code: 'TCP_TUNNEL', status: 200, contentType: '-' }),
      () => ({ host: 'registry.npmjs.org', path: `/${rng.pick(['react', 'zod', 'vite', 'esbuild'])}`, contentType: 'application/vnd.npm.install-v1+json' }),
      () => ({ host: 'cdn.jsdelivr.net', path: `/npm/chart.js@4.5.0/dist/chart.umd.min.js`, code: 'TCP_MEM_HIT', contentType: 'application/javascript' }),
      () => ({ host: 'api.github.com', path: `/repos/lanefleet/dispatcher/actions/runs`, query: `per_page=${rng.int(10, 50)}` }),
    ])();
  const steps = [
    10,
    plant('webhook', 'telegram-bot-ssl-bump', 'error', WHY.webhook("A Telegram bot token in the Bot API path (`/bot<token>/sendMessage`), visible to the bumping proxy"), ({ rng }) => {
      const token = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
      return { value: token, event: { host: 'api.telegram.org', path: `/bot${token}/sendMessage`, query: `chat_id=-100${rng.chars(DIGITS, 10)}&text=backup%20finished%20OK`, user: '-' } };
    }),
    8,
    plant('negative', 'algolia-search-only-key', 'none', "Algolia's search-only API key (`x-algolia-api-key=`) with the application id: made for browsers, it can only search the public index; no credential.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'POST', host: `${rng.chars(UPPER + DIGITS, 10).toLowerCase()}-dsn.algolia.net`, path: '/1/indexes/*/queries', query: `x-algolia-agent=Algolia%20for%20JavaScript%20(5.28.0)%3B%20Search%20(5.28.0)%3B%20Browser&x-algolia-api-key=${key}&x-algolia-application-id=${rng.chars(UPPER + DIGITS, 10)}` } };
    }),
    8,
    plant('api-key-name', 'aviationstack-access_key-http', 'error', `${WHY.apiKey('access_key')} Sent over plain HTTP (the free plan), so any proxy on the way reads it.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { url: `http://api.aviationstack.com/v1/flights?access_key=${key}&dep_iata=HAM&flight_status=active`, contentType: 'application/json' } };
    }),
    8,
    plant('encoded', 'base64-auth-camera-snapshot', 'error', "An IP camera's snapshot URL with `auth=<base64 of user:password>` (the camera accepts credentials in the query): a password, base64-encoded", ({ rng }) => {
      const auth = b64Of(`admin:${rng.alnum(14)}`);
      return { value: auth, event: { url: `http://10.20.0.41/ISAPI/Streaming/channels/101/picture?auth=${auth}`, contentType: 'image/jpeg', peer: '10.20.0.41', client: '10.30.9.5' } };
    }),
    8,
    plant('negative', 'stripe-publishable-key', 'none', "Stripe's publishable key (`key=pk_live_…`) sent by Stripe.js: public by design, no credential.", ({ rng }) => {
      const key = `pk_live_51${rng.alnum(97)}`;
      return { value: key, event: { host: 'api.stripe.com', path: '/v1/elements/sessions', query: `key=${key}&type=deferred_intent&locale=de&deferred_intent%5Bmode%5D=payment&deferred_intent%5Bamount%5D=${rng.int(1000, 90000)}&deferred_intent%5Bcurrency%5D=eur` } };
    }),
    8,
    plant('session-id', 'oscommerce-osCsid', 'error', WHY.session("osCommerce's session id in the URL (`osCsid=`)"), ({ rng }) => {
      const sid = rng.chars(LOWNUM, 32);
      return { value: sid, event: { url: `http://shop-legacy.juniper-j.example/product_info.php?products_id=${rng.int(10, 900)}&osCsid=${sid}`, contentType: 'text/html' } };
    }),
    8,
    plant('api-key-name', 'alphavantage-apikey', 'error', `${WHY.apiKey('apikey')} Alpha Vantage's key (16 upper-case letters and digits).`, ({ rng }) => {
      const key = rng.chars(UPPER + DIGITS, 16);
      return { value: key, event: { host: 'www.alphavantage.co', path: '/query', query: `function=TIME_SERIES_DAILY&symbol=${rng.pick(['IBM', 'SAP', 'MSFT'])}&outputsize=compact&apikey=${key}` } };
    }),
    8,
    plant('negative', 'alphavantage-demo-key', 'none', "Alpha Vantage's documentation key `apikey=demo`: a placeholder.", () => ({
      value: 'demo',
      needle: 'apikey=demo',
      event: { host: 'www.alphavantage.co', path: '/query', query: 'function=GLOBAL_QUOTE&symbol=IBM&apikey=demo' },
    })),
    8,
    plant('webhook', 'zapier-catch-hook', 'error', WHY.webhook('A Zapier catch hook (`/hooks/catch/<account>/<hook>/`)'), ({ rng }) => {
      const secret = `${rng.int(1000000, 29999999)}/${rng.chars(LOWNUM, 7)}`;
      return { value: secret, event: { method: 'POST', host: 'hooks.zapier.com', path: `/hooks/catch/${secret}/`, bytes: 120 } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'proxy', api: true }, filler, render: squidRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jupyter-server.log: `jupyter lab` (Jupyter Server 2.x) output: the start-up banner with the token URLs, then the
// request log, whose URIs the server scrubs (`token=[secret]`). https://jupyter-server.readthedocs.io/en/latest/operators/security.html

const jupyterTime = (ms) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 23)}`;

function jupyterLog(rng) {
  const J = (t, lvl, text) => `[${lvl} ${jupyterTime(t)} ServerApp] ${text}`;
  const user = rng.hex(32);
  const pod = `nb-${rng.lowerNum(9)}-${rng.lowerNum(5)}`;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => J(t, 'I', `200 GET /api/contents/work?content=1&${t} (${user}@10.0.0.5) ${rng.int(1, 30)}.${pad(rng.int(0, 99))}ms`),
        () => J(t, 'I', `200 GET /api/kernels?${t} (${user}@10.0.0.5) ${rng.int(0, 3)}.${pad(rng.int(0, 99))}ms`),
        () => J(t, 'I', `Saving file at /work/${rng.pick(['tides.ipynb', 'voyages.ipynb', 'scratch.ipynb'])}`),
        () => J(t, 'I', `Kernel started: ${rng.uuid()}`),
        () => J(t, 'I', `204 PUT /api/contents/work/tides.ipynb (${user}@10.0.0.5) ${rng.int(5, 60)}.${pad(rng.int(0, 99))}ms`),
      ])(),
    ],
  });
  const steps = [
    plant('api-key-name', 'jupyter-server-token-banner', 'error', "Jupyter Server prints its URLs with `?token=` (48 hex) at start-up: whoever has it runs code in the server's kernels until it restarts.", ({ rng, t }) => {
      const token = rng.hex(48);
      return {
        value: token,
        event: {
          lines: [
            J(t, 'I', 'jupyter_lsp | extension was successfully linked.'),
            J(t + 3, 'I', 'jupyterlab | extension was successfully linked.'),
            J(t + 210, 'I', 'Serving notebooks from local directory: /home/jovyan'),
            J(t + 211, 'I', 'Jupyter Server 2.16.0 is running at:'),
            J(t + 211, 'I', `http://${pod}:8888/lab?token=${token}`),
            J(t + 211, 'I', `    http://127.0.0.1:8888/lab?token=${token}`),
            J(t + 212, 'I', 'Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).'),
            J(t + 240, 'C', ''),
            '    ',
            '    To access the server, open this file in a browser:',
            '        file:///home/jovyan/.local/share/jupyter/runtime/jpserver-7-open.html',
            '    Or copy and paste one of these URLs:',
            `        http://${pod}:8888/lab?token=${token}`,
            `        http://127.0.0.1:8888/lab?token=${token}`,
          ],
        },
      };
    }),
    6,
    plant('negative', 'jupyter-scrubbed-token', 'none', 'Jupyter Server scrubs the token from the URIs it logs: `token=[secret]`.', ({ t }) => ({
      value: '[secret]',
      needle: '302 GET /lab?token=[secret]',
      event: { lines: [J(t, 'I', `302 GET /lab?token=[secret] (${user}@10.0.0.5) 0.91ms`)] },
    })),
    8,
    plant('negative', 'jupyter-scrubbed-xsrf', 'none', 'A scrubbed `_xsrf` (the XSRF cookie value) in a logged URI: `_xsrf=[secret]`.', ({ t }) => ({
      value: '[secret]',
      needle: '_xsrf=[secret]',
      event: { lines: [J(t, 'W', `403 POST /api/sessions?_xsrf=[secret] (${user}@10.0.0.5) 1.40ms`)] },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'nb' }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------


const rng = new Random('urlleak corpus/logs-in-the-wild heldout2');
writePart(join(here, 'heldout2'), {
  'traefik-json.log': traefikLog(rng),
  'caddy-json.log': caddyLog(rng),
  'kong-file-log.log': kongLog(rng),
  'istio-ingressgateway.log': istioLog(rng),
  'cloudflare-logpush.log': cloudflareLog(rng),
  'aws-waf.log': wafLog(rng),
  'azure-appgw.log': appgwLog(rng),
  'localhost_access_log.2026-07-14.txt': tomcatAccessLog(rng),
  'catalina.out': catalinaLog(rng),
  'uvicorn-app.log': uvicornLog(rng),
  'laravel.log': laravelLog(rng),
  'go-service.log': goLog(rng),
  'squid-access.log': squidLog(rng),
  'jupyter-server.log': jupyterLog(rng),
});
