// Writes corpus/logs-in-the-wild/heldout3/: a third held-out part, in formats no other part uses (Apache httpd with %D
// and the Cookie header, varnishncsa, OpenResty's error.log, ingress-nginx, Google Cloud's Application Load Balancer in
// Cloud Logging, Akamai DataStream 2, Flask's werkzeug dev server, Phoenix, Serilog's compact JSON, log4j2's ECS layout
// with Apache HttpClient's wire log, a Celery worker with urllib3's debug lines, a GitHub Actions job log, the
// Kubernetes audit log, a Vercel log drain), with credentials planted in the places issue #14 lists and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files (see README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout3.mjs     rewrites heldout3/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, writePart } from './build-log.mjs';
import { DIGITS, iso, LOWER, MONTHS, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values.

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:143.0) Gecko/20100101 Firefox/143.0',
  'Mozilla/5.0 (Linux; Android 16; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.15.0', 'python-requests/2.32.5', 'okhttp/5.1.0', 'Go-http-client/2.0', 'axios/1.12.2', 'Java-http-client/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 8, 22, 5, 0, 0);

const pyTime = (ms) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 19)},${iso(ms).slice(20, 23)}`;
const fraction = (rng, digits) => rng.chars(DIGITS, digits);

const WHY = {
  code: 'An OAuth authorization code beside its state (RFC 6749 §4.1.2): single-use and short-lived, but exchangeable by whoever reads it first; issue #14 grades it a warning.',
  refresh: 'A refresh token mints new access tokens until it is revoked or its session ends: a long-lived credential.',
  pathSecret: (what) => `${what}: the URL is the credential until it is used or expires (hours to days).`,
  webhook: (what) => `${what}: the URL's secret part lets whoever has it post as the integration until it is revoked.`,
  session: (what) => `${what}: whoever replays it is logged in as the user until the session ends.`,
  apiKey: (name) => `An API key under the name \`${name}\`, with a key's entropy: long-lived.`,
  ticketFirst: (what) => `${what} used once: single-use by design, acceptable (note).`,
  replay: (name, seconds) => `The same \`${name}\` accepted again ${seconds} s later from another address: a replay (log-token-replay).`,
};

// ---------------------------------------------------------------------------------------------------------------------
// access_log.1: Apache httpd 2.4, a rotated access log (logrotate's `.1`) written with
//   LogFormat "%h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\" %D \"%{Cookie}i\"" combinedcookie
// (%O bytes sent with headers, %D microseconds, the request's Cookie header last), server time in CEST (+0200). A
// WordPress/WooCommerce shop, an old Magento 1 store under /store/ and a Shibboleth-protected intranet.
// https://httpd.apache.org/docs/2.4/mod/mod_log_config.html#formats, https://shibboleth.atlassian.net/wiki/spaces/SP3/

function apacheRender(e) {
  return [`${e.ip} - ${e.user ?? '-'} [${clf(e.t, 120)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes + 310} "${e.referer}" "${e.ua}" ${e.ms * 1000 + (e.t % 997)} "${e.cookie ?? '-'}"`];
}

function apacheLog(rng) {
  const host = 'www.alder-m.example';
  const ga = (rng, t) => `_ga=GA1.1.${rng.int(100000000, 2099999999)}.${sec(t) - rng.int(1000, 9000000)}; cookielawinfo-checkbox-necessary=yes`;
  const filler = (rng, t) => {
    const e = rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/wp-content/themes/alder/assets/css/main.css', query: 'ver=6.8.2', bytes: rng.int(20000, 60000) }),
      () => ({ path: '/wp-includes/js/jquery/jquery.min.js', query: 'ver=3.7.1', bytes: 87533 }),
      () => ({ path: `/product/${rng.pick(['oak-stool', 'linen-throw', 'walnut-board', 'clay-mug'])}/` }),
      () => ({ path: '/shop/', query: `orderby=${rng.pick(['price', 'popularity', 'date'])}` }),
      () => ({ path: '/wp-json/wp/v2/posts', query: `per_page=10&page=${rng.int(1, 5)}`, ua: rng.pick(TOOLS) }),
      () => ({ method: 'POST', path: '/wp-admin/admin-ajax.php', bytes: 47 }),
      () => ({ method: 'POST', path: '/wp-cron.php', query: `doing_wp_cron=${sec(t)}.${fraction(rng, 22)}`, ip: '10.0.0.4', ua: `WordPress/6.8.2; https://${host}`, bytes: 0 }),
      () => ({ path: '/feed/', ua: 'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 23 subscribers; like FeedFetcher-Google)' }),
      () => ({ path: `/wp-content/uploads/2026/09/${rng.pick(['stool', 'throw', 'board'])}-${rng.int(300, 1024)}x${rng.int(200, 768)}.webp`, bytes: rng.int(9000, 90000) }),
      () => ({ path: '/', query: `s=${rng.pick(['oak', 'gift+card', 'shipping'])}` }),
      () => ({ path: '/intranet/handbook/', user: rng.pick(['ingrid@alder-m.example', 'bjorn@alder-m.example']) }),
    ])();
    if (!e.ua && rng.next() < 0.6) e.cookie = ga(rng, t);
    if (!e.ua && rng.next() < 0.3) e.referer = `https://${host}/`;
    return e;
  };
  const steps = [
    12,
    plant('oauth-code', 'okta-code-wp-openid-connect', 'warning', `${WHY.code} Okta's code (43 characters) in the callback of WordPress's OpenID Connect plugin (\`admin-ajax.php?action=openid-connect-authorize\`).`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/wp-admin/admin-ajax.php', query: `action=openid-connect-authorize&code=${code}&state=${rng.hex(32)}`, status: 302, bytes: 0, referer: 'https://alder-m.okta.example/', cookie: ga(rng, t) } };
    }),
    9,
    plant('path-secret', 'wordpress-reset-key', 'error', WHY.pathSecret("WordPress's password-reset link (`wp-login.php?action=rp&key=<20 characters>&login=`, valid 1 day)"), ({ rng }) => {
      const key = rng.alnum(20);
      return { value: key, event: { path: '/wp-login.php', query: `action=rp&key=${key}&login=${rng.pick(['ingrid', 'bjorn', 'shopmanager'])}`, status: 302, bytes: 0, referer: '-' } };
    }),
    8,
    plant('negative', 'wordpress-test-cookie', 'none', "WordPress's `wordpress_test_cookie=WP%20Cookie%20check`: a cookie to test that cookies work, no credential.", ({ rng, t }) => ({
      value: 'WP%20Cookie%20check',
      needle: 'wordpress_test_cookie=WP%20Cookie%20check',
      event: { path: '/wp-login.php', cookie: `${ga(rng, t)}; wordpress_test_cookie=WP%20Cookie%20check`, referer: `https://${host}/my-account/` },
    })),
    8,
    plant('header-dump', 'wordpress-logged-in-cookie', 'error', "The Cookie header logged by `%{Cookie}i`: WordPress's `wordpress_logged_in_<hash>` cookie (`user|expiration|session token|hmac`), which logs a shop manager in until it expires (2 days, 14 with \"remember me\")", ({ rng, t }) => {
      const token = rng.alnum(43);
      const value = `shopmanager%7C${sec(t) + 1123200}%7C${token}%7C${rng.hex(64)}`;
      return { value, needle: token, event: { path: '/wp-admin/edit.php', query: 'post_type=shop_order', cookie: `wordpress_sec_${rng.hex(32)}=-; ${ga(rng, t)}; wordpress_logged_in_${rng.hex(32)}=${value}; wp-settings-time-1=${sec(t) - 86400}`, referer: `https://${host}/wp-admin/` } };
    }),
    9,
    plant('session-id', 'magento1-SID-query', 'error', WHY.session("Magento 1's session id in the URL (`?SID=`, \"Use SID on Storefront\"), 26 characters of PHP's session alphabet"), ({ rng }) => {
      const sid = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
      return { value: sid, event: { path: '/store/checkout/cart/', query: `SID=${sid}`, referer: `https://${host}/store/` } };
    }),
    8,
    plant('encoded', 'wordpress-038-consumer_secret', 'error', "A link copied from a WordPress page, where esc_url() writes `&` as `&#038;`: WooCommerce REST keys in the query (`consumer_key=ck_…&#038;consumer_secret=cs_…`), the secret is a long-lived API key", ({ rng }) => {
      const secret = `cs_${rng.hex(40)}`;
      return { value: secret, event: { path: '/wp-json/wc/v3/orders', query: `consumer_key=ck_${rng.hex(40)}&#038;consumer_secret=${secret}&#038;status=processing`, status: 200, ua: 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)' } };
    }),
    8,
    plant('negative', 'wordpress-nonce', 'none', "WordPress's `_wpnonce` (10 hex): a CSRF nonce valid for one user and action, no credential.", ({ rng, t }) => {
      const nonce = rng.hex(10);
      return { value: nonce, event: { path: '/wp-admin/post.php', query: `post=${rng.int(100, 9999)}&action=trash&_wpnonce=${nonce}`, status: 302, bytes: 0, cookie: ga(rng, t), referer: `https://${host}/wp-admin/edit.php` } };
    }),
    9,
    plant('replay', 'saml-artifact', 'note', WHY.ticketFirst("A SAML 2.0 artifact (`SAMLart=`, base64 of type 0x0004, endpoint index, source id and message handle) resolved by Shibboleth's artifact endpoint"), ({ rng }) => {
      const art = Buffer.concat([Buffer.from([0, 4, 0, 0]), rng.bytes(40)]).toString('base64');
      return { value: art, needle: encodeURIComponent(art), event: { path: '/Shibboleth.sso/SAML2/Artifact', query: `SAMLart=${encodeURIComponent(art)}&RelayState=ss%3Amem%3A${rng.hex(40)}`, status: 302, bytes: 0, referer: 'https://idp.alder-m.example/' } };
    }, { ref: 'art' }),
    plant('replay', 'saml-artifact', 'replay', WHY.replay('SAMLart', 52), ({ refs, rng }) => {
      const art = refs.get('art').value;
      return { value: art, needle: encodeURIComponent(art), event: { path: '/Shibboleth.sso/SAML2/Artifact', query: `SAMLart=${encodeURIComponent(art)}&RelayState=ss%3Amem%3A${rng.hex(40)}`, status: 302, bytes: 0, ip: '198.51.100.203', ua: 'python-requests/2.32.5' } };
    }, { replayOf: 'art', after: 52 }),
    10,
  ];
  return buildLog(rng, { start: DAY0, site: { host }, filler, render: apacheRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// varnishncsa.log: Varnish Cache 7 `varnishncsa` with its default format `%h %l %u %t "%r" %s %b "%{Referer}i"
// "%{User-agent}i"` (%r is rebuilt as `METHOD http://<Host><url> PROTOCOL`), in front of a news site, its image service,
// its API and an old vBulletin forum. https://varnish-cache.org/docs/trunk/reference/varnishncsa.html

const varnishRender = (e) => [`${e.ip} - - [${clf(e.t)}] "${e.method} http://${e.host}${target(e)} HTTP/1.1" ${e.status} ${e.bytes || '-'} "${e.referer}" "${e.ua}"`];

function varnishLog(rng) {
  const www = 'www.heron-n.example';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: `/2026/09/${rng.int(10, 21)}/${rng.pick(['harbour-vote', 'ferry-strike', 'storm-warning', 'budget-talks'])}/` }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(90000, 300000), referer: `https://${www}/` }),
      () => ({ host: 'img.heron-n.example', path: `/photos/${rng.int(100000, 999999)}.jpg`, query: `w=${rng.pick([400, 800, 1200])}&q=70`, bytes: rng.int(20000, 180000), referer: `https://${www}/` }),
      () => ({ host: 'api.heron-n.example', path: '/v2/most-read', query: `section=${rng.pick(['politics', 'local', 'sport'])}&limit=10` }),
      () => ({ host: 'forum.heron-n.example', path: '/showthread.php', query: `t=${rng.int(1000, 99999)}&page=${rng.int(1, 9)}` }),
      () => ({ path: '/', query: t % 2 ? '' : `cb=${t - rng.int(100, 9000)}` }),
      () => ({ path: '/rss/local.xml', ua: 'NetNewsWire (RSS Reader; https://netnewswire.com/)' }),
    ])();
  const steps = [
    11,
    plant('embed-jwt', 'embed-doc-path-1h', 'error', 'A document-viewer embedding JWT in the path (`/embed/doc/<JWT>`), valid 1 h: whoever has the URL reads the document until it expires', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, claims: { doc: `dc_${rng.alnum(16)}`, perm: 'view', partner: 'regional-wire' } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/doc/${token.token}`, referer: 'https://partner.regional-wire.example/' } };
    }),
    8,
    plant('negative', 'image-url-signature', 'none', 'An image service URL signature (`s=` 32 hex over the path and its resize parameters): it signs one transformation of a public picture, no credential.', ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { host: 'img.heron-n.example', path: `/photos/${rng.int(100000, 999999)}.jpg`, query: `w=1200&h=630&fit=crop&s=${s}`, bytes: 88210, ua: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' } };
    }),
    8,
    plant('session-id', 'vbulletin-s-session-hash', 'error', WHY.session("vBulletin's session hash in the URL (`showthread.php?s=<32 hex>`, when the browser refuses cookies)"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { host: 'forum.heron-n.example', path: '/showthread.php', query: `s=${s}&t=${rng.int(1000, 99999)}`, referer: 'http://forum.heron-n.example/forumdisplay.php?f=12' } };
    }),
    9,
    plant('api-key-name', 'api-key-hyphen', 'error', `${WHY.apiKey('api-key')} Under the hyphenated name some news APIs use.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { host: 'api.heron-n.example', path: '/svc/search/v2/articlesearch.json', query: `q=${rng.pick(['ferry', 'harbour', 'election'])}&sort=newest&api-key=${key}`, ua: 'python-requests/2.32.5' } };
    }),
    8,
    plant('refresh-token', 'refreshToken-camel-jwt', 'error', `${WHY.refresh} A JWT under \`refreshToken\` (camelCase) in the query of the news app's session renewal`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 2592000, age: 86400 * 3, jti: true, claims: { sub: `u_${rng.int(100000, 999999)}`, typ: 'refresh', dev: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { host: 'api.heron-n.example', path: '/v1/auth/session', query: `refreshToken=${token.token}&device=ios`, ua: 'HeronNews/7.4 (iPhone; iOS 18.6; Scale/3.00)' } };
    }),
    8,
    plant('negative', 'api-key-replace-me', 'none', 'A placeholder left in a client configuration: `api-key=REPLACE_ME`.', () => ({
      value: 'REPLACE_ME',
      needle: 'api-key=REPLACE_ME',
      event: { host: 'api.heron-n.example', path: '/svc/topstories/v2/home.json', query: 'api-key=REPLACE_ME', status: 401, bytes: 62, ua: 'curl/8.15.0' },
    })),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: www }, filler, render: varnishRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openresty-error.log: OpenResty 1.27 (nginx) error.log at `warn`: nginx's own messages with the request context it
// appends (`client:`, `server:`, `request:`, `upstream:`, `host:`, `referrer:`), lua-resty-openidc and the site's Lua
// (ngx.log, `[lua] file.lua:line: function(): …`, timers with `context: ngx.timer`). Server time is UTC.
// https://nginx.org/en/docs/ngx_core_module.html#error_log, https://github.com/openresty/lua-nginx-module#ngxlog

const ngxTime = (ms) => `${iso(ms).slice(0, 10).replace(/-/g, '/')} ${iso(ms).slice(11, 19)}`;

function openrestyLog(rng) {
  const server = 'api.osprey-o.example';
  const pid = rng.int(1200, 4000);
  let conn = rng.int(100000, 900000);
  const ctx = (e, { upstream, referrer, host = e.host ?? server } = {}) =>
    `, client: ${e.ip}, server: ${host}, request: "${e.method} ${target(e)} HTTP/1.1"${upstream ? `, upstream: "${upstream}"` : ''}, host: "${host}"${referrer ? `, referrer: "${referrer}"` : ''}`;
  const L = (t, level, text) => `${ngxTime(t)} [${level}] ${pid}#${pid}: *${(conn += rng.int(1, 40))} ${text}`;
  const filler = (rng, t) => {
    const e = { ...baseRequest(rng, t, { host: server }), ...rng.pick([() => ({ path: '/v1/export', query: `from=2026-09-${rng.int(10, 21)}` }), () => ({ path: '/robots.txt' }), () => ({ path: `/v1/stations/${rng.int(10, 999)}` })])() };
    return {
      lines: [
        rng.pick([
          () => L(t, 'warn', `an upstream response is buffered to a temporary file /usr/local/openresty/nginx/proxy_temp/${rng.int(0, 9)}/${pad(rng.int(0, 99))}/00000${rng.int(10000, 99999)} while reading upstream${ctx(e, { upstream: `http://10.2.0.${rng.int(10, 30)}:8080${target(e)}` })}`),
          () => L(t, 'error', `open() "/usr/local/openresty/nginx/html${e.path}" failed (2: No such file or directory)${ctx(e)}`),
          () => L(t, 'info', `client ${e.ip} closed keepalive connection`),
          () => L(t, 'warn', `[lua] rate_limit.lua:${rng.int(20, 40)}: incoming(): rate limit exceeded for ${e.ip}, client: ${e.ip}, server: ${server}, request: "${e.method} ${target(e)} HTTP/1.1", host: "${server}"`),
          () => `${ngxTime(t)} [notice] 1#1: signal 17 (SIGCHLD) received from ${pid + rng.int(1, 9)}`,
        ])(),
      ],
    };
  };
  const ev = (rng, t, extra) => ({ ...baseRequest(rng, t, { host: server }), ...extra });
  const steps = [
    10,
    plant('oauth-code', 'keycloak-code-referrer-error-log', 'warning', `${WHY.code} Keycloak's code (three dot-separated UUID-like parts) in the \`referrer:\` nginx appends to an error: the callback page's favicon request failed.`, ({ rng, t }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      const e = ev(rng, t, { path: '/favicon.ico', ua: BROWSERS[0] });
      return { value: code, event: { lines: [L(t, 'error', `open() "/usr/local/openresty/nginx/html/favicon.ico" failed (2: No such file or directory)${ctx(e, { host: 'app.osprey-o.example', referrer: `https://app.osprey-o.example/oidc/callback?state=${rng.hex(32)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fsso.osprey-o.example%2Frealms%2Fosprey&code=${code}` })}`)] } };
    }),
    8,
    plant('id-token', 'id_token-request-and-upstream', 'error', "lua-resty-openidc's redirect URI called with `id_token=` in the query (response_mode=query): nginx writes the request line and the upstream URL, both with the token, on the timeout's error line", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 12, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://sso.osprey-o.example/realms/osprey', aud: 'osprey-api', sub: rng.uuid(), typ: 'ID', azp: 'osprey-api', nonce: rng.hex(32), email: `t.${rng.lowerNum(6)}@mail.example` } });
      const e = ev(rng, t, { path: '/redirect_uri', query: `state=${rng.hex(32)}&id_token=${token.token}`, ua: BROWSERS[3] });
      return { value: token.token, jwt: token.facts, event: { lines: [L(t, 'error', `upstream timed out (110: Connection timed out) while reading response header from upstream${ctx(e, { upstream: `http://10.2.0.9:8080${target(e)}` })}`)] } };
    }),
    8,
    plant('path-secret', 'ghost-members-magic-link', 'error', WHY.pathSecret("Ghost's members magic link (`/members/?token=…&action=signin`, valid 24 h by default)"), ({ rng, t }) => {
      const token = rng.b64url(43);
      const e = ev(rng, t, { path: '/members/', query: `token=${token}&action=signin&r=https%3A%2F%2Fblog.osprey-o.example%2F`, ua: BROWSERS[2] });
      return { value: token, event: { lines: [L(t, 'error', `upstream prematurely closed connection while reading response header from upstream${ctx(e, { host: 'blog.osprey-o.example', upstream: `http://10.2.0.21:2368${target(e)}` })}`)] } };
    }),
    8,
    plant('negative', 'page_token-cursor', 'none', 'A pagination cursor (`page_token=`, base64 of JSON offsets) in the request line: no credential.', ({ rng, t }) => {
      const cursor = b64urlOf(JSON.stringify({ o: rng.int(100, 9000), ts: sec(t) - rng.int(100, 9000) }));
      const e = ev(rng, t, { path: '/v1/observations', query: `page_size=500&page_token=${cursor}`, ua: 'python-requests/2.32.5' });
      return { value: cursor, event: { lines: [L(t, 'warn', `an upstream response is buffered to a temporary file /usr/local/openresty/nginx/proxy_temp/4/11/0000081${rng.int(100, 999)} while reading upstream${ctx(e, { upstream: `http://10.2.0.14:8080${target(e)}` })}`)] } };
    }),
    8,
    plant('api-key-name', 'here-app_code-upstream', 'error', `${WHY.apiKey('app_code')} nginx adds it to the upstream URL (\`proxy_pass …&app_id=…&app_code=…\`): the client never sent it, the error line's \`upstream:\` shows it.`, ({ rng, t }) => {
      const appCode = rng.b64url(22);
      const e = ev(rng, t, { path: '/geocode', query: `searchtext=${rng.pick(['Hafenstrasse+12', 'Kai+3', 'Mole+7'])}`, ua: 'okhttp/5.1.0' });
      return { value: appCode, event: { lines: [L(t, 'error', `upstream timed out (110: Connection timed out) while connecting to upstream${ctx(e, { upstream: `https://geocoder.ls.hereapi.example/6.2/geocode.json?${e.query}&app_id=${rng.alnum(20)}&app_code=${appCode}` })}`)] } };
    }),
    9,
    plant('webhook', 'rocketchat-hook-lua-timer', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) in a Lua timer's error (`context: ngx.timer`, no request)"), ({ rng, t }) => {
      const secret = `${rng.alnum(17)}/${rng.alnum(48)}`;
      return { value: secret, event: { lines: [L(t, 'error', `[lua] notify.lua:48: post(): webhook https://chat.osprey-o.example/hooks/${secret} failed: timeout, context: ngx.timer`)] } };
    }),
    8,
    plant('header-dump', 'lua-cjson-request-headers', 'error', "A Lua debug line writes `cjson.encode(ngx.req.get_headers())` (with cjson's `\\/`): `\"authorization\":\"Bearer <JWT>\"`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 30, claims: { sub: rng.uuid(), scope: 'stations:read observations:write', iss: 'https://sso.osprey-o.example/realms/osprey' } });
      const e = ev(rng, t, { path: '/v1/me', ua: 'OspreyField/3.2 (Android 16)' });
      const headers = JSON.stringify({ host: server, authorization: `Bearer ${token.token}`, 'user-agent': e.ua, accept: 'application/json' }).replace(/\//g, '\\/');
      return { value: token.token, jwt: token.facts, event: { lines: [L(t, 'warn', `[lua] access.lua:31: debug(): headers: ${headers}${ctx(e)}`)] } };
    }),
    8,
    plant('negative', 'oauth-error-callback-state-only', 'none', 'An OAuth error callback (`error=access_denied&error_description=…&state=`): no code, only the client state; no credential.', ({ rng, t }) => {
      const state = rng.hex(32);
      const e = ev(rng, t, { path: '/oidc/callback', query: `error=access_denied&error_description=User+cancelled+login&state=${state}`, ua: BROWSERS[1] });
      return { value: state, event: { lines: [L(t, 'warn', `[lua] openidc.lua:1421: authenticate(): authentication failed: access_denied${ctx(e, { host: 'app.osprey-o.example' })}`)] } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: server }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ingress-nginx.log: `kubectl logs` of the ingress-nginx controller: access lines in its default `upstreaminfo` format
// (`… $request_length $request_time [$proxy_upstream_name] [$proxy_alternative_upstream_name] $upstream_addr
// $upstream_response_length $upstream_response_time $upstream_status $req_id`) and the controller's klog lines.
// https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/

const klogTime = (ms) => `${iso(ms).slice(5, 7)}${iso(ms).slice(8, 10)} ${iso(ms).slice(11, 23)}${'000'}`;

function ingressRender(e, rng) {
  if (e.lines) return e.lines;
  const up = e.upstream ?? 'app-web-80';
  const rt = (e.ms / 1000).toFixed(3);
  return [`${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/2.0" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${rng.int(30, 900)} ${rt} [${up}] [] 10.244.${rng.int(0, 3)}.${rng.int(2, 250)}:${up.endsWith('8080') ? 8080 : 80} ${e.bytes} ${(Math.max(e.ms - 1, 1) / 1000).toFixed(3)} ${e.status} ${e.reqId}`];
}

function ingressLog(rng) {
  const app = 'app.kite-o.example';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ host: app, path: '/dashboard', referer: `https://${app}/` }),
      () => ({ path: `/assets/application-${rng.hex(64)}.js`, bytes: rng.int(90000, 400000), upstream: 'app-web-80' }),
      () => ({ path: '/api/v4/projects', query: `membership=true&per_page=${rng.pick([20, 50, 100])}`, upstream: 'code-webservice-8080', ua: rng.pick(TOOLS) }),
      () => ({ method: 'POST', path: '/api/graphql', bytes: rng.int(200, 4000), upstream: 'code-webservice-8080' }),
      () => ({ path: '/-/readiness', ua: 'kube-probe/1.33', ip: `10.244.0.${rng.int(2, 9)}`, bytes: 15, upstream: 'code-webservice-8080' }),
      () => ({ lines: [`I${klogTime(t)}       7 controller.go:${rng.int(190, 220)}] "Backend successfully reloaded"`] }),
      () => ({ lines: [`I${klogTime(t)}       7 event.go:377] "Event occurred" object="kite/web" fieldPath="" kind="Ingress" apiVersion="networking.k8s.io/v1" type="Normal" reason="Sync" message="Scheduled for sync"`] }),
    ])();
  const steps = [
    10,
    plant('oauth-code', 'gitlab-code-64hex', 'warning', `${WHY.code} GitLab (as the OAuth provider) returns a 64-hex code to the app's OmniAuth callback.`, ({ rng }) => {
      const code = rng.hex(64);
      return { value: code, event: { host: app, path: '/auth/gitlab/callback', query: `code=${code}&state=${rng.hex(48)}`, status: 302, bytes: 0, referer: 'https://code.kite-o.example/' } };
    }),
    8,
    plant('path-secret', 'gitlab-invite-path', 'error', WHY.pathSecret("GitLab's invitation link (`/-/invites/<token>?invite_type=email`, valid until accepted)"), ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { path: `/-/invites/${token}`, query: 'invite_type=email', upstream: 'code-webservice-8080', referer: '-' } };
    }),
    8,
    plant('negative', 'coupon-code-no-state', 'none', '`code=` without `state` and without key entropy: a shop coupon (`code=AUTUMN26`), no credential.', ({ rng }) => ({
      value: 'AUTUMN26',
      needle: 'code=AUTUMN26',
      event: { host: app, path: '/shop/cart', query: `code=AUTUMN26&utm_source=newsletter&utm_campaign=autumn_${rng.int(1, 9)}` },
    })),
    8,
    plant('session-id', 'jetty-jsessionid-node0', 'error', WHY.session("Jetty's session id as a path parameter (`;jsessionid=node0…`, URL rewriting in the Jenkins behind the ingress)"), ({ rng }) => {
      const sid = `node0${rng.lowerNum(26)}${rng.int(1, 9)}`;
      return { value: sid, event: { path: `/jenkins/job/deploy-kite/;jsessionid=${sid}.node0`, upstream: 'ci-jenkins-8080' } };
    }),
    8,
    plant('refresh-token', 'auth0-rotating-refresh-query', 'error', `${WHY.refresh} An Auth0-style rotating refresh token (\`v1.M…\`) in the query of the app's session renewal.`, ({ rng }) => {
      const token = `v1.M${rng.b64url(rng.int(120, 140))}`;
      return { value: token, event: { host: app, path: '/api/session/renew', query: `refresh_token=${token}`, ua: 'KiteDesktop/2.8.1 Electron/38.1.0' } };
    }),
    8,
    plant('embed-jwt', 'referer-embed-board-120s-no-jti', 'warning', "An embedded board's JWT in the Referer of the board's script (`/embed/board/<JWT>`), short-lived and without jti", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 2, claims: { board: rng.int(100, 999), viewer: 'public-screen' } });
      return { value: token.token, jwt: token.facts, event: { host: app, path: `/assets/board-${rng.hex(20)}.js`, referer: `https://${app}/embed/board/${token.token}`, bytes: rng.int(30000, 90000) } };
    }),
    8,
    plant('replay', 'jwt-sso-jti', 'note', "The help center's JWT single sign-on (`/access/jwt?jwt=`, a jti, valid 3 minutes): single-use by its jti, acceptable when used once (note)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 180, age: 2, jti: true, claims: { email: `r.${rng.lowerNum(6)}@mail.example`, name: 'R. Lindqvist', external_id: String(rng.int(1000, 99999)) } });
      return { value: token.token, jwt: token.facts, event: { host: 'help.kite-o.example', path: '/access/jwt', query: `jwt=${token.token}&return_to=%2Fhc%2Fen-us`, status: 302, bytes: 0, upstream: 'help-web-80', referer: `https://${app}/` } };
    }, { ref: 'sso' }),
    plant('replay', 'jwt-sso-jti', 'replay', 'The same help-center JWT (same jti) accepted again 41 s later from another address: a replay (log-token-replay).', ({ refs, t }) => {
      const value = refs.get('sso').value;
      return { value, jwt: factsAt(value, t), event: { host: 'help.kite-o.example', path: '/access/jwt', query: `jwt=${value}&return_to=%2Fhc%2Fen-us`, status: 302, bytes: 0, upstream: 'help-web-80', ip: '203.0.113.148', ua: BROWSERS[3] } };
    }, { replayOf: 'sso', after: 41 }),
    8,
    plant('negative', 'rails-authenticity_token-get', 'none', "Rails' CSRF token (`authenticity_token=`) in a form submitted by GET: anti-forgery, no credential.", ({ rng }) => {
      const token = rng.b64url(86);
      return { value: token, event: { path: '/users/sign_in', query: `authenticity_token=${token}&redirect_to_referer=yes`, upstream: 'code-webservice-8080' } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'code.kite-o.example' }, filler, render: ingressRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gcp-lb-requests.json: a global external Application Load Balancer's request logs in Cloud Logging (LogEntry with
// `httpRequest` and `jsonPayload` of type LoadBalancerLogEntry), as a log sink writes them to Cloud Storage: one JSON
// entry per line. https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring,
// https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry#HttpRequest

function gcpRender(e, rng) {
  const ts = `${iso(e.t).slice(0, 23)}${fraction(rng, 3)}Z`;
  return [
    JSON.stringify({
      insertId: rng.lowerNum(14),
      jsonPayload: { '@type': 'type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry', backendTargetProjectNumber: 'projects/418207735160', remoteIp: e.ip, statusDetails: e.statusDetails ?? 'response_sent_by_backend' },
      httpRequest: {
        requestMethod: e.method,
        requestUrl: `https://${e.host}${target(e)}`,
        requestSize: String(rng.int(300, 1800)),
        status: e.status,
        responseSize: String(e.bytes),
        userAgent: e.ua,
        remoteIp: e.ip,
        ...(e.referer !== '-' ? { referer: e.referer } : {}),
        serverIp: `10.132.0.${rng.int(2, 40)}`,
        latency: `${(e.ms / 1000).toFixed(6)}s`,
        protocol: 'HTTP/2.0',
      },
      resource: { type: 'http_load_balancer', labels: { backend_service_name: e.backend ?? 'lynx-web-backend', forwarding_rule_name: 'lynx-https-fr', project_id: 'lynx-prod-4182', target_proxy_name: 'lynx-https-proxy', url_map_name: 'lynx-url-map', zone: 'global' } },
      timestamp: ts,
      severity: e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO',
      logName: 'projects/lynx-prod-4182/logs/requests',
      trace: `projects/lynx-prod-4182/traces/${rng.hex(32)}`,
      receiveTimestamp: `${iso(e.t + rng.int(200, 900)).slice(0, 23)}${fraction(rng, 6)}Z`,
      spanId: rng.hex(16),
    }),
  ];
}

function gcpLog(rng) {
  const host = 'app.lynx-p.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.chunk.js`, bytes: rng.int(90000, 400000), referer: `https://${host}/` }),
      () => ({ path: '/api/v1/boards', query: `team=${rng.int(10, 99)}&limit=25`, backend: 'lynx-api-backend' }),
      () => ({ method: 'POST', path: '/api/v1/events', status: 204, bytes: 0, backend: 'lynx-api-backend' }),
      () => ({ path: '/pricing', query: rng.next() < 0.5 ? `gclid=${rng.b64url(rng.int(70, 90))}` : '' }),
      () => ({ path: '/healthz', ua: 'GoogleHC/1.0', ip: '35.191.10.4', bytes: 2 }),
      () => ({ path: `/api/v1/boards/${rng.uuid()}/cards`, query: `cursor=${b64urlOf(JSON.stringify({ after: rng.int(1000, 99999) }))}`, backend: 'lynx-api-backend' }),
    ])();
  const steps = [
    10,
    plant('replay', 'login_ticket-opaque', 'note', WHY.ticketFirst('An SSO `login_ticket` (opaque, exchanged once for a session at `/sso/consume`)'), ({ rng }) => {
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: '/sso/consume', query: `login_ticket=${ticket}&next=%2Fboards`, status: 302, bytes: 0, referer: 'https://id.lynx-p.example/' } };
    }, { ref: 'lt' }),
    plant('replay', 'login_ticket-opaque', 'replay', WHY.replay('login_ticket', 26), ({ refs }) => {
      const ticket = refs.get('lt').value;
      return { value: ticket, event: { path: '/sso/consume', query: `login_ticket=${ticket}&next=%2Fboards`, status: 302, bytes: 0, ip: '192.0.2.77', ua: 'curl/8.15.0' } };
    }, { replayOf: 'lt', after: 26 }),
    8,
    plant('id-token', 'id_token-referer', 'error', "The callback page loaded its script with the callback URL as Referer: `id_token=` (response_mode=query) of the user's live ID token", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://id.lynx-p.example', aud: 'lynx-web', sub: rng.uuid(), nonce: rng.b64url(22), email: `k.${rng.lowerNum(6)}@mail.example`, email_verified: true } });
      return { value: token.token, jwt: token.facts, event: { path: `/static/js/callback.${rng.hex(8)}.js`, referer: `https://${host}/auth/callback?state=${rng.b64url(22)}&id_token=${token.token}`, bytes: rng.int(3000, 9000) } };
    }),
    8,
    plant('negative', 'google-linker-_gl', 'none', "Google's cross-domain linker parameter (`_gl=1*…*_ga*…`): analytics client and session ids, no credential.", ({ rng, t }) => {
      const gl = `1*${rng.lowerNum(6)}*_ga*${b64Of(`${rng.int(100000000, 999999999)}.${sec(t) - 86400}`).replace(/=+$/, '')}*_ga_${rng.chars(UPPER + DIGITS, 10)}*${b64Of(`GS2.1.s${sec(t) - 60}`).replace(/=+$/, '')}`;
      return { value: gl, event: { path: '/signup', query: `_gl=${gl}`, referer: 'https://www.lynx-p.example/' } };
    }),
    8,
    plant('api-key-name', 'key-query-40', 'error', `${WHY.apiKey('key')} A 40-character key of the company's translation API, under Google's convention \`key=\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { host: 'api.lynx-p.example', path: '/v1/translate', query: `q=${rng.pick(['Board+settings', 'Archive+card', 'Due+tomorrow'])}&target=de&key=${key}`, backend: 'lynx-api-backend', ua: 'Go-http-client/2.0' } };
    }),
    8,
    plant('path-secret', 'firebase-oobCode-resetPassword', 'error', WHY.pathSecret("Firebase Auth's action link (`/__/auth/action?mode=resetPassword&oobCode=…`, valid 1 h); its `apiKey` is the web app's public key"), ({ rng }) => {
      const oob = rng.b64url(rng.int(50, 56));
      return { value: oob, event: { path: '/__/auth/action', query: `mode=resetPassword&oobCode=${oob}&apiKey=AIzaSy${rng.b64url(33)}&lang=de`, referer: '-', ua: BROWSERS[4] } };
    }),
    8,
    plant('encoded', 'base64url-json-state-token', 'error', "An integration's return URL carries its `state` as base64url JSON holding the user's access token (`{\"returnTo\":…,\"token\":\"<JWT>\"}`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 7200, age: 90, claims: { sub: rng.uuid(), team: rng.int(10, 99), scope: 'boards:write' } });
      const state = b64urlOf(JSON.stringify({ returnTo: '/settings/integrations', token: token.token }));
      return { value: token.token, needle: state, jwt: token.facts, event: { path: '/integrations/calendar/return', query: `state=${state}&result=connected`, referer: 'https://calendar.partner-c.example/' } };
    }),
    8,
    plant('negative', 'gclid-click-id', 'none', "Google Ads' click id (`gclid=`): an ad click identifier, no credential.", ({ rng }) => {
      const gclid = `Cj0KCQjw${rng.b64url(rng.int(70, 80))}_BwE`;
      return { value: gclid, event: { path: '/lp/teams', query: `gclid=${gclid}&gad_source=1`, referer: 'https://www.google.example/' } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host }, filler, render: gcpRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// akamai-datastream2.log: Akamai DataStream 2, JSON log lines (string values, fields logged as `-` omitted): `reqPath`
// without the query, `queryStr` apart, `referer` and `UA` percent-encoded, `cookie` with spaces hex-encoded, `reqTimeSec`
// in epoch seconds. https://techdocs.akamai.com/datastream2/docs/log-format-1,
// https://techdocs.akamai.com/datastream2/docs/data-set-parameters-copy-1

function akamaiRender(e, rng) {
  const record = {
    version: 1,
    cp: '1284417',
    reqId: rng.hex(8),
    reqTimeSec: String(sec(e.t)),
    bytes: String(e.bytes),
    cliIP: e.ip,
    statusCode: String(e.status),
    proto: 'HTTPS',
    reqHost: e.host,
    reqMethod: e.method,
    reqPath: e.path,
    reqPort: '443',
    rspContentLen: String(e.bytes),
    rspContentType: e.contentType ?? 'text/html',
    UA: encodeURIComponent(e.ua).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+'),
    tlsVersion: 'TLSv1.3',
    ...(e.query ? { queryStr: e.query } : {}),
    accLang: 'de-DE',
    ...(e.cookie ? { cookie: e.cookie.replace(/ /g, '%20') } : {}),
    ...(e.referer !== '-' ? { referer: encodeURIComponent(e.referer) } : {}),
    turnAroundTimeMSec: String(e.ms),
    transferTimeMSec: String(rng.int(1, 60)),
    edgeIP: `23.${rng.int(32, 63)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    country: rng.pick(['DE', 'AT', 'CH', 'NL']),
    cacheStatus: e.path.startsWith('/on/') ? '0' : String(rng.int(0, 1)),
    streamId: '48213',
  };
  return [JSON.stringify(record)];
}

function akamaiLog(rng) {
  const host = 'www.finch-s.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/on/demandware.static/Sites-finch-Site/-/de_DE/v${rng.int(1700000000000, 1799999999999)}/js/main.js`, contentType: 'application/javascript', bytes: rng.int(90000, 300000) }),
      () => ({ path: `/de/${rng.pick(['damen', 'herren', 'sale'])}/`, query: rng.next() < 0.4 ? `prefn1=color&prefv1=${rng.pick(['blau', 'rot', 'gruen'])}` : '' }),
      () => ({ path: `/dw/image/v2/BFKS_PRD/on/demandware.static/-/Sites-finch-master/default/${rng.hex(8)}/images/${rng.int(100000, 999999)}.jpg`, query: 'sw=800&sh=800', contentType: 'image/jpeg' }),
      () => ({ path: '/api/v1/stock', query: `sku=${rng.int(1000000, 9999999)}`, contentType: 'application/json' }),
    ])();
  const steps = [
    10,
    plant('oauth-code', 'linkedin-code-percent-encoded-referer', 'warning', `${WHY.code} LinkedIn's code (\`AQ…\`) in the Referer of the page after the callback; DataStream writes the Referer percent-encoded.`, ({ rng }) => {
      const code = `AQ${rng.b64url(rng.int(150, 170))}`;
      return { value: code, event: { path: '/de/account/', referer: `https://${host}/login/linkedin/callback?code=${code}&state=${rng.hex(24)}` } };
    }),
    8,
    plant('negative', 'akamai-bot-manager-cookies', 'none', "Akamai Bot Manager's cookies (`ak_bmsc`, `bm_sv`): bot-detection state, no credential.", ({ rng }) => {
      const bm = `${rng.hex(32)}~YAAQ${rng.b64url(90)}`;
      return { value: bm, event: { path: '/de/sale/', cookie: `ak_bmsc=${rng.hex(32)}~000000000000000000000000000000~YAAQ${rng.b64url(300)}; bm_sv=${bm}` } };
    }),
    8,
    plant('embed-jwt', 'embed-player-no-exp', 'error', 'A video player embedding JWT in the path (`/embed/player/<JWT>`) without exp: it opens the video for whoever has the URL, forever', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 86400 * 40, claims: { vid: `v_${rng.alnum(12)}`, plan: 'members' } });
      return { value: token.token, jwt: token.facts, event: { host: 'media.finch-s.example', path: `/embed/player/${token.token}`, referer: `https://${host}/de/magazin/herbst/` } };
    }),
    8,
    plant('header-dump', 'sfcc-dwsid-cookie', 'error', WHY.session("Salesforce Commerce Cloud's session cookie `dwsid` in DataStream's cookie field (cookie logging on)"), ({ rng }) => {
      const sid = `${rng.b64url(86)}`;
      return { value: sid, event: { path: '/on/demandware.store/Sites-finch-Site/de_DE/Cart-Show', cookie: `dwanonymous_${rng.hex(32)}=${rng.alnum(26)}; dwsid=${sid}; __cq_dnt=1; dw_dnt=1` } };
    }),
    8,
    plant('api-key-name', 'private_token-query', 'error', `${WHY.apiKey('private_token')} A GitLab personal token (old 20-character form) in \`queryStr\` of an archive download through the CDN.`, ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { host: 'git.finch-s.example', path: '/api/v4/projects/112/repository/archive.zip', query: `sha=main&private_token=${token}`, contentType: 'application/zip', ua: 'Wget/1.25.0' } };
    }),
    8,
    plant('negative', 'base64-json-state-no-token', 'none', 'A `state` of base64 JSON holding only where to return (`{"returnTo":"/de/cart"}`): no credential.', ({ rng }) => {
      const state = b64urlOf(JSON.stringify({ returnTo: '/de/cart', n: rng.hex(8) }));
      return { value: state, event: { path: '/login/', query: `state=${state}` } };
    }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host }, filler, render: akamaiRender, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// werkzeug-dev.log: a Flask app on Werkzeug's development server (as run on a shared staging box): the server's access
// lines (`127.0.0.1 - - [22/Sep/2026 11:02:03] "GET /… HTTP/1.1" 200 -`, local time, here UTC) and Flask's default log
// format `[%(asctime)s] %(levelname)s in %(module)s: %(message)s`.
// https://werkzeug.palletsprojects.com/en/stable/serving/, https://flask.palletsprojects.com/en/stable/logging/

const wzTime = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${iso(ms).slice(11, 19)}`;
};

function werkzeugRender(e) {
  if (e.lines) return e.lines;
  return [`${e.ip} - - [${wzTime(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} -`];
}

function werkzeugLog(rng) {
  const F = (t, level, module, text) => `[${pyTime(t)}] ${level} in ${module}: ${text}`;
  const header = [
    ' * Serving Flask app \'tern\'',
    ' * Debug mode: off',
    'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
    ' * Running on all addresses (0.0.0.0)',
    ' * Running on http://127.0.0.1:5000',
    ' * Running on http://10.8.0.12:5000',
    'Press CTRL+C to quit',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/css/site.css`, query: `v=${rng.hex(8)}`, status: rng.pick([200, 304]) }),
      () => ({ path: '/api/terns', query: `colony=${rng.pick(['north', 'spit', 'lagoon'])}&year=2026` }),
      () => ({ method: 'POST', path: '/api/sightings', status: 201 }),
      () => ({ path: '/favicon.ico', status: 404 }),
      () => ({ lines: [F(t, 'INFO', 'views', `rendered colony report ${rng.pick(['north', 'spit', 'lagoon'])} in ${rng.int(20, 400)} ms`)] }),
    ])();
  const steps = [
    8,
    plant('path-secret', 'itsdangerous-reset-path', 'error', WHY.pathSecret("Flask-Security's password-reset link (`/reset/<itsdangerous token>`: base64 JSON, timestamp and signature; valid 5 days by default)"), ({ rng, t }) => {
      const token = `${b64urlOf(JSON.stringify([String(rng.int(10, 999)), rng.hex(32)]))}.${Buffer.from(BigInt(sec(t) - 300).toString(16).padStart(8, '0'), 'hex').toString('base64url')}.${rng.b64url(27)}`;
      return { value: token, event: { path: `/reset/${token}` } };
    }),
    7,
    plant('refresh-token', 'flask-jwt-extended-refresh-query', 'error', `${WHY.refresh} A Flask-JWT-Extended refresh JWT (\`type: refresh\`, jti, 30 days) in the query of the refresh endpoint`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 2592000, age: 3600 * 20, jti: true, claims: { fresh: false, type: 'refresh', sub: String(rng.int(10, 999)), nbf: sec(t) - 3600 * 20 } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/api/token/refresh', query: `refresh_token=${token.token}` } };
    }),
    7,
    plant('negative', 'api_key-changeme', 'none', 'A placeholder left in a script: `api_key=changeme`.', () => ({
      value: 'changeme',
      needle: 'api_key=changeme',
      event: { path: '/api/export', query: 'format=csv&api_key=changeme', status: 401 },
    })),
    7,
    plant('id-token', 'id_token-expired-query', 'note', 'An old bookmarked callback with `id_token=` in the query: the ID token expired a day before this request', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 90000, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.tern-t.example', aud: 'tern-web', sub: rng.uuid(), nonce: rng.b64url(22) } });
      return { value: token.token, jwt: token.facts, event: { path: '/login/callback', query: `id_token=${token.token}&state=${rng.b64url(22)}`, status: 302 } };
    }),
    7,
    plant('webhook', 'ifttt-maker-key-path', 'error', WHY.webhook("An IFTTT Webhooks key in the path (`maker.ifttt.com/trigger/<event>/with/key/<key>`), in a requests HTTPError logged by the app"), ({ rng, t }) => {
      const key = rng.b64url(22);
      return { value: key, event: { lines: [F(t, 'ERROR', 'notify', `IFTTT trigger failed: 401 Client Error: Unauthorized for url: https://maker.ifttt.com/trigger/colony_alarm/with/key/${key}`)] } };
    }),
    7,
    plant('framework-dump', 'werkzeug-immutablemultidict-args', 'error', "The app logs `request.args` on a rejected call: Werkzeug's `ImmutableMultiDict([('access_token', '…'), …])` repr holds an opaque access token", ({ rng, t }) => {
      const token = rng.b64url(40);
      return { value: token, event: { lines: [F(t, 'WARNING', 'api', `rejected /api/terns/export args=ImmutableMultiDict([('access_token', '${token}'), ('format', 'geojson')])`)] } };
    }),
    7,
    plant('negative', 'with_secret-flag', 'none', "A flag whose name holds a credential word (`with_secret=0`): no credential.", () => ({
      value: '0',
      needle: 'with_secret=0',
      event: { path: '/api/settings', query: 'with_secret=0' },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'staging.tern-t.example', api: false }, filler: (rng, t) => ({ ip: '10.8.0.1', ...filler(rng, t) }), render: werkzeugRender, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// phoenix.log: a Phoenix 1.8 app's production log, Elixir's Logger with `format: "$date $time $metadata[$level]
// $message\n", metadata: [:request_id]`: Plug/Phoenix request lines (`GET /path`, `Processing with …` and its indented
// `Parameters:` and `Pipelines:` lines, `Sent 200 in 4ms`), channel joins (`CONNECTED TO …`), filter_parameters on.
// https://hexdocs.pm/phoenix/Phoenix.Logger.html, https://hexdocs.pm/logger/Logger.html

const exTime = (ms) => `${iso(ms).slice(0, 10)} ${iso(ms).slice(11, 23)}`;
const exMap = (object) => `%{${Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `"${k}" => ${typeof v === 'object' ? exMap(v) : `"${v}"`}`).join(', ')}}`;

function phoenixLog(rng) {
  const P = (t, rid, level, text) => `${exTime(t)} ${rid ? `request_id=${rid} ` : ''}[${level}] ${text}`;
  const request = (rng, t, { method = 'GET', path, action, params = {}, pipelines = ':browser', status = 200, ms = rng.int(1, 40) }) => {
    const rid = rng.b64url(20);
    return [
      P(t, rid, 'info', `${method} ${path}`),
      P(t + 1, rid, 'debug', `Processing with ${action}`),
      `  Parameters: ${exMap(params)}`,
      `  Pipelines: [${pipelines}]`,
      P(t + ms, rid, 'info', `Sent ${status} in ${ms}ms`),
    ];
  };
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => request(rng, t, { path: '/dashboard', action: 'PetrelWeb.DashboardController.index/2', pipelines: ':browser, :require_authenticated_user' }),
      () => {
        const id = String(rng.int(100, 999));
        return request(rng, t, { path: `/api/voyages/${id}`, action: 'PetrelWeb.VoyageController.show/2', params: { id }, pipelines: ':api' });
      },
      () => [P(t, null, 'debug', `QUERY OK source="voyages" db=${rng.int(0, 9)}.${rng.int(0, 9)}ms idle=${rng.int(100, 900)}.${rng.int(0, 9)}ms`), `SELECT v0."id", v0."name", v0."eta" FROM "voyages" AS v0 WHERE (v0."fleet_id" = $1) [${rng.int(1, 40)}]`],
      () => [P(t, null, 'info', `Petrel.Sync: pulled ${rng.int(2, 90)} positions in ${rng.int(10, 800)}ms`)],
    ])(),
  });
  const steps = [
    8,
    plant('oauth-code', 'slack-code-phoenix-parameters', 'warning', `${WHY.code} Slack's code (\`<digits>.<digits>.<64 hex>\`) in Phoenix's \`Parameters:\` of the Ueberauth callback.`, ({ rng, t }) => {
      const code = `${rng.chars(DIGITS, 13)}.${rng.chars(DIGITS, 13)}.${rng.hex(64)}`;
      return { value: code, event: { lines: request(rng, t, { path: '/auth/slack/callback', action: 'PetrelWeb.AuthController.callback/2', params: { code, provider: 'slack', state: rng.b64url(24) }, status: 302 }) } };
    }),
    7,
    plant('negative', 'phoenix-filtered-password', 'none', 'Phoenix filters `password` in the parameters it logs (`"password" => "[FILTERED]"`).', ({ rng, t }) => {
      const email = `m.${rng.lowerNum(7)}@mail.example`;
      return { value: '[FILTERED]', needle: email, event: { lines: request(rng, t, { method: 'POST', path: '/users/log-in', action: 'PetrelWeb.UserSessionController.create/2', params: { user: { email, password: '[FILTERED]', remember_me: 'true' } }, status: 302 }) } };
    }),
    7,
    plant('path-secret', 'phx-gen-auth-magic-link', 'error', WHY.pathSecret("phx.gen.auth's magic link (`/users/log-in/<token>`, 32 random bytes, valid 15 min), on the request line and again in `Parameters:`"), ({ rng, t }) => {
      const token = rng.bytes(32).toString('base64url');
      return { value: token, event: { lines: request(rng, t, { path: `/users/log-in/${token}`, action: 'PetrelWeb.UserLive.Confirmation.__live__/0', params: { token } }) } };
    }),
    7,
    plant('framework-dump', 'phoenix-parameters-client_secret', 'error', "Phoenix's `Parameters:` of a client-credentials token request: `\"client_secret\" => \"…\"` (filter_parameters filters only `password`)", ({ rng, t }) => {
      const secret = rng.b64url(48);
      return { value: secret, event: { lines: request(rng, t, { method: 'POST', path: '/oauth/token', action: 'PetrelWeb.OAuth.TokenController.create/2', params: { client_id: `svc_${rng.lowerNum(10)}`, client_secret: secret, grant_type: 'client_credentials', scope: 'positions:read' }, pipelines: ':api' }) } };
    }),
    7,
    plant('negative', 'liveview-csrf-connect', 'none', "LiveView's socket connect logs its `_csrf_token`: anti-forgery, no credential.", ({ rng, t }) => {
      const csrf = rng.b64url(56);
      return {
        value: csrf,
        event: { lines: [P(t, null, 'info', `CONNECTED TO Phoenix.LiveView.Socket in ${rng.int(20, 90)}µs`), '  Transport: :websocket', '  Serializer: Phoenix.Socket.V2.JSONSerializer', `  Parameters: ${exMap({ _csrf_token: csrf, _live_referer: 'undefined', _mount_attempts: '0', _mounts: '0', vsn: '2.0.0' })}`] },
      };
    }),
    7,
    plant('framework-dump', 'phoenix-token-socket-params', 'error', "A channel socket's `Parameters:` with the user's `Phoenix.Token` (`SFMyNTY.<signed term>.<signature>`, max_age 2 weeks): it joins the user's channels", ({ rng, t }) => {
      const token = `SFMyNTY.${Buffer.concat([Buffer.from([0x83, 0x68, 0x03]), rng.bytes(36)]).toString('base64url')}.${rng.b64url(43)}`;
      return {
        value: token,
        event: { lines: [P(t, null, 'info', `CONNECTED TO PetrelWeb.UserSocket in ${rng.int(200, 900)}µs`), '  Transport: :websocket', '  Serializer: Phoenix.Socket.V2.JSONSerializer', `  Parameters: ${exMap({ token, vsn: '2.0.0' })}`] },
      };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'petrel.example' }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// serilog-clef.json: an ASP.NET Core 8 API with Serilog's CompactJsonFormatter (CLEF: `@t`, `@mt`, `@r`, `@l` when not
// Information, the template's properties): hosting diagnostics, Serilog's request logging (QueryString added by
// EnrichDiagnosticContext), IHttpClientFactory's LogicalHandler and ClientHandler lines (.NET 8 logs the full URI).
// https://github.com/serilog/serilog-formatting-compact, https://github.com/serilog/serilog-aspnetcore,
// https://learn.microsoft.com/en-us/dotnet/core/compatibility/networking/9.0/query-redaction-logs

const clefTime = (ms, rng) => `${iso(ms).slice(0, 23)}${fraction(rng, 4)}Z`;

function serilogLog(rng) {
  const host = 'api.ibis-q.example';
  const conn = `0HNF${rng.chars(UPPER + DIGITS, 9)}`;
  let reqN = 0;
  const C = (t, rng, object) => JSON.stringify({ '@t': clefTime(t, rng), ...object });
  const done = (t, rng, { method = 'GET', path, status = 200, query = '' }) => {
    const elapsed = rng.int(2, 400) + rng.int(0, 9999) / 10000;
    return C(t, rng, { '@mt': 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms', '@r': [elapsed.toFixed(4)], RequestMethod: method, RequestPath: path, StatusCode: status, Elapsed: elapsed, QueryString: query, SourceContext: 'Serilog.AspNetCore.RequestLoggingMiddleware', RequestId: `${conn}:${pad(++reqN, 8)}`, ConnectionId: conn });
  };
  const client = (t, rng, name, uri, status = 200) => {
    const ms = rng.int(20, 900) + rng.int(0, 9999) / 10000;
    return [
      C(t, rng, { '@mt': 'Start processing HTTP request {HttpMethod} {Uri}', HttpMethod: 'GET', Uri: uri, EventId: { Id: 100, Name: 'RequestPipelineStart' }, SourceContext: `System.Net.Http.HttpClient.${name}.LogicalHandler` }),
      C(t + 1, rng, { '@mt': 'Sending HTTP request {HttpMethod} {Uri}', HttpMethod: 'GET', Uri: uri, EventId: { Id: 100, Name: 'RequestStart' }, SourceContext: `System.Net.Http.HttpClient.${name}.ClientHandler` }),
      C(t + Math.round(ms), rng, { '@mt': 'Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}', '@r': [ms.toFixed(4)], ElapsedMilliseconds: ms, StatusCode: status, EventId: { Id: 101, Name: 'RequestEnd' }, SourceContext: `System.Net.Http.HttpClient.${name}.ClientHandler` }),
    ];
  };
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => [done(t, rng, { path: `/api/orders/${rng.int(10000, 99999)}` })],
      () => [done(t, rng, { path: '/api/orders', query: `?status=open&page=${rng.int(1, 9)}` })],
      () => [done(t, rng, { method: 'POST', path: '/api/orders', status: 201 })],
      () => [C(t, rng, { '@mt': 'Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType=\'{commandType}\', CommandTimeout=\'{commandTimeout}\']{newLine}{commandText}', elapsed: String(rng.int(1, 40)), parameters: '@__orderId_0=\'?\' (DbType = Int32)', commandType: 'Text', commandTimeout: 30, newLine: '\n', commandText: 'SELECT TOP(1) [o].[Id], [o].[Status] FROM [Orders] AS [o] WHERE [o].[Id] = @__orderId_0', EventId: { Id: 20101, Name: 'Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted' }, SourceContext: 'Microsoft.EntityFrameworkCore.Database.Command' })],
      () => client(t, rng, 'Fx', `https://fx.ibis-q.example/v1/rates?base=EUR&symbols=${rng.pick(['USD', 'GBP', 'SEK'])}`),
    ])(),
  });
  const steps = [
    9,
    plant('replay', 'download_ticket-two-lines-one-request', 'note', "A single-use `download_ticket` redeemed once; ASP.NET Core's hosting diagnostics write it twice for the one request (`Request starting …`, then `Request finished …`): one use, no replay (note).", ({ rng, t }) => {
      const ticket = rng.b64url(32);
      const qs = `?download_ticket=${ticket}`;
      const base = { Protocol: 'HTTP/1.1', Method: 'GET', Scheme: 'https', Host: 'files.ibis-q.example', PathBase: '', Path: '/download/invoice', QueryString: qs };
      return {
        value: ticket,
        event: {
          lines: [
            C(t, rng, { '@mt': 'Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType} {ContentLength}', ...base, ContentType: null, ContentLength: null, EventId: { Id: 1 }, SourceContext: 'Microsoft.AspNetCore.Hosting.Diagnostics', RequestId: `${conn}:${pad(reqN + 1, 8)}`, RequestPath: '/download/invoice', ConnectionId: conn }),
            C(t + 38, rng, { '@mt': 'Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms', '@r': ['38.2231'], ...base, StatusCode: 200, ContentLength: 83211, ContentType: 'application/pdf', ElapsedMilliseconds: 38.2231, EventId: { Id: 2 }, SourceContext: 'Microsoft.AspNetCore.Hosting.Diagnostics', RequestId: `${conn}:${pad(++reqN, 8)}`, RequestPath: '/download/invoice', ConnectionId: conn }),
          ],
        },
      };
    }),
    7,
    plant('api-key-name', 'token-query-httpclient-two-lines', 'error', `${WHY.apiKey('token')} A market-data API's key under \`token=\` in the URI that IHttpClientFactory logs twice (LogicalHandler, then ClientHandler).`, ({ rng, t }) => {
      const key = rng.chars(LOWER + DIGITS, 20);
      return { value: key, event: { lines: client(t, rng, 'Quotes', `https://quotes.market-m.example/api/v1/quote?symbol=${rng.pick(['SAP', 'ASML', 'NOVO'])}&token=${key}`) } };
    }),
    7,
    plant('negative', 'dotnet9-query-redacted', 'none', '.NET 9 redacts the query of the URIs HttpClient logs (`?*`): no credential.', ({ rng, t }) => {
      const path = `/v2/rates/${rng.int(1000, 9999)}`;
      return { value: '*', needle: `${path}?*`, event: { lines: [C(t, rng, { '@mt': 'Sending HTTP request {HttpMethod} {Uri}', HttpMethod: 'GET', Uri: `https://partner.freight-f.example${path}?*`, EventId: { Id: 100, Name: 'RequestStart' }, SourceContext: 'System.Net.Http.HttpClient.Freight.ClientHandler' })] } };
    }),
    7,
    plant('header-dump', 'aspnetcore-identity-cookie-destructured', 'error', "The app logs the request headers destructured (`{@Headers}`): the `.AspNetCore.Identity.Application` cookie (a Data Protection payload, `CfDJ8…`) logs the user in until it expires (14 days by default)", ({ rng, t }) => {
      const cookie = `CfDJ8${rng.b64url(rng.int(380, 420))}`;
      return {
        value: cookie,
        event: { lines: [C(t, rng, { '@mt': 'Antiforgery validation failed for {Path} {@Headers}', '@l': 'Warning', Path: '/account/settings', Headers: { Accept: 'text/html', Cookie: `.AspNetCore.Antiforgery.${rng.b64url(11)}=CfDJ8${rng.b64url(150)}; .AspNetCore.Identity.Application=${cookie}`, Host: host, 'User-Agent': BROWSERS[0] }, SourceContext: 'Ibis.Api.Filters.AntiforgeryAudit', RequestId: `${conn}:${pad(++reqN, 8)}`, ConnectionId: conn })] },
      };
    }),
    7,
    plant('negative', 'masked-api-key-last4', 'none', 'A configuration dump with the key masked but its last four characters (`sk_live_****…Xy7Q`): no credential.', ({ rng, t }) => {
      const masked = `sk_live_${'*'.repeat(24)}${rng.alnum(4)}`;
      return { value: masked, event: { lines: [C(t, rng, { '@mt': 'Payment provider configured: {@Options}', Options: { Provider: 'Stripe', ApiKey: masked, WebhookTolerance: '00:05:00' }, SourceContext: 'Ibis.Api.Payments.Startup' })] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host, api: true }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log4j2-ecs.log: a Spring Boot billing service logging through log4j2's EcsLayout (ECS JSON, one object per line),
// with Apache HttpClient 5's `org.apache.hc.client5.http.headers` and `org.apache.hc.client5.http.wire` loggers at
// DEBUG (headers `http-outgoing-N >> Name: value`; wire bytes quoted with `[\r][\n]`), and Gson-serialized objects
// (Gson escapes `=` and `&` as `\u003d` and `\u0026`).
// https://www.elastic.co/guide/en/ecs-logging/java/current/setup.html, https://hc.apache.org/httpcomponents-client-5.5.x/logging.html,
// https://github.com/google/gson/blob/main/UserGuide.md (disableHtmlEscaping)

function log4jLog(rng) {
  const E = (t, level, logger, thread, message) =>
    `{"@timestamp":"${iso(t)}", "log.level": "${level}", "message":${JSON.stringify(message)}, "ecs.version": "1.2.0","service.name":"billing-svc","event.dataset":"billing-svc","process.thread.name":"${thread}","log.logger":"${logger}"}`;
  const H = 'org.apache.hc.client5.http.headers';
  const W = 'org.apache.hc.client5.http.wire';
  let conn = 0;
  const exchange = (t, rng, { method = 'GET', host, path, reqHeaders = [], body, status = '200 OK', respHeaders = [], respBody, thread = `pool-2-thread-${rng.int(1, 4)}` }) => {
    const c = `http-outgoing-${conn++ % 6}`;
    const req = [[`${method} ${path} HTTP/1.1`], ['Accept-Encoding: gzip, x-gzip, deflate'], [`Host: ${host}`], ['User-Agent: Apache-HttpClient/5.5 (Java/21.0.8)'], ...reqHeaders.map((h) => [h])].map(([x]) => x);
    const resp = [`HTTP/1.1 ${status}`, `Date: ${new Date(t).toUTCString()}`, 'Content-Type: application/json', ...respHeaders];
    return [
      ...req.map((line, i) => E(t + i, 'DEBUG', H, thread, `${c} >> ${line}`)),
      ...req.map((line, i) => E(t + 1 + i, 'DEBUG', W, thread, `${c} >> "${line}[\\r][\\n]"`)),
      ...(body ? [E(t + 3, 'DEBUG', W, thread, `${c} >> "${body}"`)] : []),
      ...resp.map((line, i) => E(t + 40 + i, 'DEBUG', W, thread, `${c} << "${line}[\\r][\\n]"`)),
      ...resp.map((line, i) => E(t + 41 + i, 'DEBUG', H, thread, `${c} << ${line}`)),
      ...(respBody ? [E(t + 42, 'DEBUG', W, thread, `${c} << "${respBody}"`)] : []),
    ];
  };
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => [E(t, 'INFO', 'com.ibis.billing.invoice.InvoiceService', `scheduling-1`, `issued invoice INV-2026-${rng.int(10000, 99999)} for customer ${rng.int(1000, 9999)}`)],
      () => exchange(t, rng, { host: 'fx.ibis-q.example', path: `/v1/rates?base=EUR&symbols=${rng.pick(['USD', 'GBP', 'CHF'])}` }).slice(0, 4),
      () => [E(t, 'INFO', 'org.springframework.scheduling.support.TaskUtils', 'scheduling-1', `Dunning run finished: ${rng.int(0, 40)} reminders`)],
      () => [E(t, 'WARN', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 housekeeper', `HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=${rng.int(60, 90)}s${rng.int(100, 999)}ms).`)],
    ])(),
  });
  const steps = [
    8,
    plant('header-dump', 'hc5-headers-authorization-bearer', 'error', "HttpClient's headers logger writes `http-outgoing-N >> Authorization: Bearer <JWT>`; its wire logger writes the same bytes again", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 300, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://auth.ibis-q.example', aud: 'ledger-api', sub: 'billing-svc', scope: 'ledger:write', client_id: 'billing-svc' } });
      return { value: token.token, jwt: token.facts, event: { lines: exchange(t, rng, { method: 'POST', host: 'ledger.ibis-q.example', path: '/v3/entries', reqHeaders: [`Authorization: Bearer ${token.token}`, 'Content-Type: application/json'], status: '201 Created' }) } };
    }),
    7,
    plant('implicit-fragment', 'hc5-wire-location-fragment', 'error', "A response's `Location` logged by the wire and headers loggers: an implicit-flow redirect with `#access_token=<JWT>` (the sync client follows the provider's redirect itself)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1, claims: { iss: 'https://auth.ibis-q.example', sub: rng.uuid(), aud: 'desk-sync', scope: 'tickets:read' } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { lines: exchange(t, rng, { host: 'auth.ibis-q.example', path: `/oauth2/authorize?response_type=token&client_id=desk-sync&redirect_uri=https%3A%2F%2Fdesk.ibis-q.example%2Fsync%2Fdone&state=${rng.hex(16)}`, status: '302 Found', respHeaders: [`Location: https://desk.ibis-q.example/sync/done#access_token=${token.token}&token_type=Bearer&expires_in=3600`] }) },
      };
    }),
    7,
    plant('negative', 'jwks-public-key', 'none', "A JWKS response body (`{\"keys\":[{\"kty\":\"RSA\",\"n\":…,\"e\":\"AQAB\"}]}`) in the wire log: public keys, published by design; no credential.", ({ rng, t }) => {
      const n = rng.bytes(256).toString('base64url');
      return { value: n, event: { lines: exchange(t, rng, { host: 'auth.ibis-q.example', path: '/.well-known/jwks.json', respBody: `{\\"keys\\":[{\\"kty\\":\\"RSA\\",\\"e\\":\\"AQAB\\",\\"use\\":\\"sig\\",\\"kid\\":\\"${rng.hex(16)}\\",\\"alg\\":\\"RS256\\",\\"n\\":\\"${n}\\"}]}` }).slice(-1) } };
    }),
    7,
    plant('refresh-token', 'hc5-wire-form-body', 'error', `${WHY.refresh} In the form body of a token request, written by the wire logger (\`>> "grant_type=refresh_token&refresh_token=…"\`).`, ({ rng, t }) => {
      const token = rng.b64url(64);
      const lines = exchange(t, rng, { method: 'POST', host: 'auth.ibis-q.example', path: '/oauth2/token', reqHeaders: ['Content-Type: application/x-www-form-urlencoded'], body: `grant_type=refresh_token&refresh_token=${token}&client_id=billing-svc` });
      return { value: token, event: { lines: lines.filter((line) => !line.includes('<<')) } };
    }),
    7,
    plant('header-dump', 'hc5-set-cookie-spring-session', 'error', WHY.session("A `Set-Cookie: SESSION=` (Spring Session, base64 of its id) in the response headers, written by both loggers"), ({ rng, t }) => {
      const sid = b64Of(rng.uuid());
      return { value: sid, event: { lines: exchange(t, rng, { method: 'POST', host: 'portal.ibis-q.example', path: '/login', reqHeaders: ['Content-Type: application/x-www-form-urlencoded'], status: '302 Found', respHeaders: [`Set-Cookie: SESSION=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`, 'Location: /dashboard'] }).filter((line) => line.includes('<<')) } };
    }),
    7,
    plant('api-key-name', 'x-auth-key-header', 'error', `${WHY.apiKey('X-Auth-Key')} A request header (with \`X-Auth-Email\`) in the headers and wire logs.`, ({ rng, t }) => {
      const key = rng.hex(37);
      return { value: key, event: { lines: exchange(t, rng, { host: 'dns-api.edge-e.example', path: '/client/v4/zones?name=ibis-q.example', reqHeaders: ['X-Auth-Email: ops@ibis-q.example', `X-Auth-Key: ${key}`] }).slice(0, 12) } };
    }),
    7,
    plant('webhook', 'feishu-bot-hook', 'error', WHY.webhook("A Feishu/Lark custom bot webhook (`/open-apis/bot/v2/hook/<uuid>`) in the notifier's error"), ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: [E(t, 'ERROR', 'com.ibis.billing.notify.FeishuNotifier', 'notify-1', `Feishu webhook https://open.feishu.cn/open-apis/bot/v2/hook/${id} returned code 19021: sign match fail or timestamp is not within one hour from current time`)] } };
    }),
    7,
    plant('encoded', 'gson-u003d-api_key', 'error', 'A Gson-serialized export job in the message: Gson escapes `=` and `&` as `\\u003d` and `\\u0026`, so the callback URL reads `…\\u0026api_key\\u003d<key>`; a long-lived partner API key', ({ rng, t }) => {
      const key = rng.alnum(40);
      const job = rng.int(100, 999);
      return { value: key, event: { lines: [E(t, 'INFO', 'com.ibis.billing.export.ExportService', 'http-nio-8080-exec-3', `export job created: {"id":${job},"format":"CSV","callbackUrl":"https://hooks.partner-p.example/exports?job\\u003d${job}\\u0026api_key\\u003d${key}"}`)] } };
    }),
    7,
    plant('negative', 'hub-signature-256', 'none', 'A webhook signature (`X-Hub-Signature-256: sha256=<64 hex>`) logged while verifying it: an HMAC of one payload, no credential.', ({ rng, t }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { lines: [E(t, 'DEBUG', 'com.ibis.billing.hooks.SignatureVerifier', 'http-nio-8080-exec-5', `verifying delivery ${rng.uuid()} X-Hub-Signature-256=sha256=${sig}`)] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'billing.ibis-q.example', api: true }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// celery-worker.log: a Celery 5.5 worker's log file (`[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`, task
// lines `… %(task_name)s[%(task_id)s]: %(message)s`), the start-up banner (broker password masked as `**`), and
// urllib3's DEBUG lines for each request (`https://host:443 "GET /path?query HTTP/1.1" 200 1234`).
// https://docs.celeryq.dev/en/stable/userguide/configuration.html#worker-log-format,
// https://urllib3.readthedocs.io/en/stable/user-guide.html#logging

function celeryLog(rng) {
  const C = (t, level, proc, text) => `[${pyTime(t)}: ${level}/${proc}] ${text}`;
  const worker = () => `ForkPoolWorker-${rng.int(1, 4)}`;
  const http = (t, proc, host, line, status = 200) => [C(t, 'DEBUG', proc, `Starting new HTTPS connection (1): ${host}:443`), C(t + rng.int(40, 400), 'DEBUG', proc, `https://${host}:443 "${line} HTTP/1.1" ${status} ${rng.int(2, 9000)}`)];
  const task = (t, name, body) => {
    const id = rng.uuid();
    const proc = worker();
    return [C(t, 'INFO', 'MainProcess', `Task ${name}[${id}] received`), ...body(proc, id), C(t + rng.int(300, 900), 'INFO', proc, `Task ${name}[${id}] succeeded in ${(rng.int(10, 900) / 1000).toFixed(4)}s: None`)];
  };
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => task(t, 'tern.tasks.sync_positions', (proc) => http(t + 5, proc, 'ais.feed-a.example', `GET /v2/positions?bbox=${rng.int(5, 9)}.${rng.int(0, 9)},${rng.int(53, 55)}.${rng.int(0, 9)},${rng.int(9, 12)}.${rng.int(0, 9)},${rng.int(55, 57)}.${rng.int(0, 9)}`)),
      () => task(t, 'tern.tasks.render_report', (proc) => [C(t + 20, 'INFO', proc, `tern.tasks.render_report[${rng.uuid()}]: rendered ${rng.int(2, 40)} pages`)]),
      () => [C(t, 'INFO', 'MainProcess', `Scheduler: Sending due task refresh-tides (tern.tasks.refresh_tides)`)],
      () => task(t, 'tern.tasks.refresh_tides', (proc) => http(t + 3, proc, 'tides.data-d.example', `GET /api/stations/${rng.int(1000, 9999)}/predictions?days=3`)),
    ])(),
  });
  const steps = [
    plant('negative', 'celery-banner-masked-broker-password', 'none', "Celery's start-up banner masks the broker password (`redis://:**@…`): no credential.", ({ t }) => ({
      value: '**',
      needle: 'transport:   redis://:**@',
      event: {
        lines: [
          ' ',
          ` -------------- celery@worker-6b7c9d-${rng.lowerNum(5)} v5.5.3 (immunity)`,
          '--- ***** ----- ',
          `-- ******* ---- Linux-6.8.0-1036-aws-x86_64-with-glibc2.36 ${pyTime(t).slice(0, 19)}`,
          '- *** --- * --- ',
          '- ** ---------- [config]',
          `- ** ---------- .> app:         tern:0x7f${rng.hex(10)}`,
          '- ** ---------- .> transport:   redis://:**@redis-master:6379/0',
          '- ** ---------- .> results:     redis://:**@redis-master:6379/1',
          '- *** --- * --- .> concurrency: 4 (prefork)',
          '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
          '--- ***** ----- ',
          ' -------------- [queues]',
          '                .> celery           exchange=celery(direct) key=celery',
          '                ',
          '',
          '[tasks]',
          '  . accounts.tasks.send_login_email',
          '  . auth.tasks.mint_service_token',
          '  . tern.tasks.refresh_tides',
          '  . tern.tasks.render_report',
          '  . tern.tasks.sync_positions',
          '',
          C(t + 1200, 'INFO', 'MainProcess', 'Connected to redis://:**@redis-master:6379/0'),
          C(t + 1230, 'INFO', 'MainProcess', 'mingle: searching for neighbors'),
          C(t + 2260, 'INFO', 'MainProcess', 'mingle: all alone'),
          C(t + 2290, 'INFO', 'MainProcess', `celery@worker-6b7c9d ready.`),
        ],
      },
    })),
    8,
    plant('webhook', 'dingtalk-robot-access_token', 'error', WHY.webhook("A DingTalk custom robot webhook (`/robot/send?access_token=<64 hex>`) in urllib3's request line"), ({ rng, t }) => {
      const token = rng.hex(64);
      return { value: token, event: { lines: task(t, 'tern.tasks.notify_ops', (proc) => http(t + 4, proc, 'oapi.dingtalk.com', `POST /robot/send?access_token=${token}`)) } };
    }),
    7,
    plant('api-key-name', 'maxmind-license_key', 'error', `${WHY.apiKey('license_key')} A MaxMind license key (ends \`_mmk\`) in the GeoLite2 download URL urllib3 logs.`, ({ rng, t }) => {
      const key = `${rng.alnum(6)}_${rng.alnum(29)}_mmk`;
      return { value: key, event: { lines: task(t, 'tern.tasks.update_geoip', (proc) => http(t + 2, proc, 'download.maxmind.com', `GET /app/geoip_download?edition_id=GeoLite2-City&license_key=${key}&suffix=tar.gz`)) } };
    }),
    7,
    plant('negative', 'urllib3-cursor', 'none', 'A pagination cursor (base64 JSON) in a request line: no credential.', ({ rng, t }) => {
      const cursor = b64Of(JSON.stringify({ after: rng.int(10000, 99999), dir: 'next' }));
      return { value: cursor, needle: encodeURIComponent(cursor), event: { lines: task(t, 'tern.tasks.sync_shipments', (proc) => http(t + 2, proc, 'api.freight-f.example', `GET /v1/shipments?cursor=${encodeURIComponent(cursor)}&limit=100`)) } };
    }),
    7,
    plant('path-secret', 'django-sesame-magic-link', 'error', WHY.pathSecret("django-sesame's login link (`?sesame=<token>`, valid 5 minutes here, single-use off) written by the e-mail task"), ({ rng, t }) => {
      const token = rng.alnum(rng.int(30, 34));
      return { value: token, event: { lines: task(t, 'accounts.tasks.send_login_email', (proc, id) => [C(t + 30, 'INFO', proc, `accounts.tasks.send_login_email[${id}]: login link for user ${rng.int(10, 9999)}: https://app.tern-t.example/dashboard/?sesame=${token}`)]) } };
    }),
    7,
    plant('framework-dump', 'celery-task-return-value', 'error', "Celery logs a task's return value on success (`succeeded in …s: {…}`): the dict repr holds the service access token it minted", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 0, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://auth.tern-t.example', sub: 'svc:reports', aud: 'tern-api', scope: 'reports:read' } });
      const id = rng.uuid();
      const proc = worker();
      return { value: token.token, jwt: token.facts, event: { lines: [C(t - 40, 'INFO', 'MainProcess', `Task auth.tasks.mint_service_token[${id}] received`), C(t, 'INFO', proc, `Task auth.tasks.mint_service_token[${id}] succeeded in 0.0412s: {'access_token': '${token.token}', 'token_type': 'Bearer', 'expires_in': 3600}`)] } };
    }),
    7,
    plant('encoded', 'base64url-json-params-secret', 'error', "A report API takes its parameters as base64url JSON (`params=`): decoded, `{\"account\":…,\"secret\":\"…\"}` holds the account's API secret", ({ rng, t }) => {
      const secret = rng.alnum(40);
      const params = b64urlOf(JSON.stringify({ account: `acct_${rng.int(1000, 9999)}`, secret, from: '2026-09-01', to: '2026-09-21' }));
      return { value: secret, needle: params, event: { lines: task(t, 'tern.tasks.fetch_partner_report', (proc) => http(t + 2, proc, 'reports.partner-r.example', `GET /v2/export?params=${params}`)) } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'worker', api: true }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// github-actions-job.txt: a GitHub Actions job's raw log as downloaded (each line prefixed with its UTC time, 7
// fraction digits; `##[group]`/`##[endgroup]`; registered secrets printed as `***`), with `curl -v` traces and a
// Playwright failure. https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs,
// https://curl.se/docs/manpage.html#-v

function ghaLog(rng) {
  const T = (t, text) => `${iso(t).slice(0, 23)}${fraction(rng, 4)}Z ${text}`;
  const start = DAY0 + 11 * HOUR;
  const header = [
    "Current runner version: '2.328.0'",
    '##[group]Runner Image Provisioner',
    'Hosted Compute Agent',
    'Version: 20250829.383',
    '##[endgroup]',
    '##[group]Operating System',
    'Ubuntu',
    '24.04.3',
    'LTS',
    '##[endgroup]',
    '##[group]Runner Image',
    'Image: ubuntu-24.04',
    'Version: 20250915.1.0',
    '##[endgroup]',
    '##[group]GITHUB_TOKEN Permissions',
    'Contents: read',
    'Metadata: read',
    '##[endgroup]',
    'Secret source: Actions',
    'Prepare workflow directory',
    'Prepare all required actions',
    "Getting action download info",
    `Download action repository 'actions/checkout@v5' (SHA:${rng.hex(40)})`,
    `Download action repository 'actions/setup-node@v5' (SHA:${rng.hex(40)})`,
  ].map((text, i) => T(start + i * 37, text));
  const filler = (rng, t) => ({
    lines: rng.pick([
      () => [T(t, `  ✓ src/lib/${rng.pick(['money', 'dates', 'slug', 'tide'])}.test.ts (${rng.int(3, 40)} tests) ${rng.int(2, 90)}ms`)],
      () => [T(t, `npm warn deprecated ${rng.pick(['inflight@1.0.6', 'glob@7.2.3', 'rimraf@3.0.2'])}: This module is not supported, and leaks memory.`)],
      () => [T(t, ` Test Files  ${rng.int(10, 60)} passed (${rng.int(10, 60)})`)],
      () => [T(t, `  ✓  ${rng.int(1, 60)} [firefox] › tests/${rng.pick(['login', 'invite', 'billing'])}.spec.ts:${rng.int(5, 90)}:${rng.int(3, 9)} › ${rng.pick(['shows the form', 'accepts an invite', 'lists invoices'])} (${rng.int(400, 4000)}ms)`)],
      () => [T(t, `  ✓  ${rng.int(1, 60)} [chromium] › tests/${rng.pick(['boards', 'cards', 'search'])}.spec.ts:${rng.int(5, 90)}:${rng.int(3, 9)} › ${rng.pick(['creates a board', 'moves a card', 'filters by label'])} (${rng.int(400, 4000)}ms)`)],
    ])(),
  });
  const steps = [
    4,
    plant('negative', 'actions-masked-secret', 'none', 'GitHub Actions prints registered secrets as `***`: `Authorization: Bearer ***`, `DEPLOY_TOKEN: ***`.', ({ rng, t }) => ({
      value: '***',
      needle: '"Authorization: Bearer ***" https://api.kite-o.example/v1/deploys',
      event: { lines: [T(t, `##[group]Run curl -fsS -H "Authorization: Bearer ***" https://api.kite-o.example/v1/deploys -d '{"sha":"${rng.hex(40)}"}'`), T(t + 2, 'env:'), T(t + 3, '  DEPLOY_TOKEN: ***'), T(t + 4, '##[endgroup]')] },
    })),
    4,
    plant('header-dump', 'curl-v-x-vault-token', 'error', "`curl -v` prints the request headers: `> X-Vault-Token: hvs.…`, a HashiCorp Vault token the job got at run time and never masked (valid until its TTL, here 1 h, renewable)", ({ rng, t }) => {
      const token = `hvs.CAESI${rng.b64url(86)}`;
      return {
        value: token,
        event: {
          lines: [
            T(t, '##[group]Run curl -v -H "X-Vault-Token: $VAULT_TOKEN" "$VAULT_ADDR/v1/kv/data/ci/deploy" | jq -r .data.data.region'),
            T(t + 2, 'env:'),
            T(t + 3, '  VAULT_ADDR: https://vault.internal.kite-o.example:8200'),
            T(t + 4, '##[endgroup]'),
            T(t + 310, '*   Trying 10.0.4.12:8200...'),
            T(t + 320, '* Connected to vault.internal.kite-o.example (10.0.4.12) port 8200'),
            T(t + 330, '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS'),
            T(t + 331, '> GET /v1/kv/data/ci/deploy HTTP/1.1'),
            T(t + 331, '> Host: vault.internal.kite-o.example:8200'),
            T(t + 331, '> User-Agent: curl/8.5.0'),
            T(t + 331, '> Accept: */*'),
            T(t + 331, `> X-Vault-Token: ${token}`),
            T(t + 331, '> '),
            T(t + 360, '< HTTP/1.1 200 OK'),
            T(t + 360, '< Cache-Control: no-store'),
            T(t + 360, '< Content-Type: application/json'),
            T(t + 361, '* Connection #0 to host vault.internal.kite-o.example left intact'),
            T(t + 380, 'eu-north-1'),
          ],
        },
      };
    }),
    4,
    plant('webhook', 'webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`), in the step's command and in curl -v's request line"), ({ rng, t }) => {
      const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return {
        value: id,
        event: {
          lines: [
            T(t, `##[group]Run curl -sv -X POST "https://webexapis.com/v1/webhooks/incoming/${id}" -H 'Content-Type: application/json' -d '{"markdown":"Deploy of kite finished"}'`),
            T(t + 2, '##[endgroup]'),
            T(t + 300, '* Connected to webexapis.com (203.0.113.90) port 443'),
            T(t + 340, `> POST /v1/webhooks/incoming/${id} HTTP/2`),
            T(t + 340, '> Host: webexapis.com'),
            T(t + 340, '> Content-Type: application/json'),
            T(t + 520, '< HTTP/2 204 '),
          ],
        },
      };
    }),
    4,
    plant('implicit-fragment', 'playwright-received-url', 'error', "A failing Playwright assertion prints the page's URL: the staging app's implicit redirect `#access_token=<JWT>` of the test account", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 6, claims: { iss: 'https://staging.kite-o.example/auth/v1', sub: rng.uuid(), aud: 'authenticated', role: 'authenticated', email: 'e2e+signup@kite-o.example', session_id: rng.uuid() } });
      return {
        value: token.token,
        jwt: token.facts,
        event: {
          lines: [
            T(t, '  1) [chromium] › tests/auth.spec.ts:18:7 › sign-up › lands on the dashboard ───────────────────'),
            T(t + 1, ''),
            T(t + 1, '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)'),
            T(t + 1, ''),
            T(t + 1, '    Expected pattern: /\\/dashboard$/'),
            T(t + 1, `    Received string:  "https://staging.kite-o.example/#access_token=${token.token}&expires_in=3600&refresh_token=${rng.lowerNum(12)}&token_type=bearer&type=signup"`),
          ],
        },
      };
    }),
    4,
    plant('encoded', 'docker-config-auth-base64', 'error', "A debugging step printed `~/.docker/config.json`: its `auth` is base64 of `user:token` for the registry (a long-lived deploy token)", ({ rng, t }) => {
      const auth = b64Of(`ci-bot:${rng.alnum(32)}`);
      return {
        value: auth,
        event: { lines: [T(t, '##[group]Run cat ~/.docker/config.json'), T(t, 'cat ~/.docker/config.json'), T(t, "shell: /usr/bin/bash -e {0}"), T(t + 1, '##[endgroup]'), T(t + 9, '{'), T(t + 9, '\t"auths": {'), T(t + 9, '\t\t"registry.kite-o.example": {'), T(t + 9, `\t\t\t"auth": "${auth}"`), T(t + 9, '\t\t}'), T(t + 9, '\t}'), T(t + 9, '}')] },
      };
    }),
    4,
    plant('negative', 'actions-cache-key-hash', 'none', 'A cache key with the lockfile hash (`node-cache-Linux-x64-npm-<sha256>`): no credential.', ({ rng, t }) => {
      const hash = rng.hex(64);
      return { value: hash, event: { lines: [T(t, `Cache restored from key: node-cache-Linux-x64-npm-${hash}`)] } };
    }),
    5,
  ];
  return buildLog(rng, { start: start + 60000, site: { host: 'runner' }, filler, render: (e) => e.lines, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// k8s-audit.log: the Kubernetes API server's audit log backend (one `audit.k8s.io/v1` Event per line; levels Metadata,
// Request, RequestResponse by policy; stages ResponseStarted/ResponseComplete).
// https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/, https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/

const k8sTime = (ms, rng) => `${iso(ms).slice(0, 23)}${fraction(rng, 3)}Z`;

function k8sLog(rng) {
  const A = (t, rng, e) =>
    JSON.stringify({
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: e.level ?? 'Metadata',
      auditID: e.auditID ?? rng.uuid(),
      stage: e.stage ?? 'ResponseComplete',
      requestURI: e.uri,
      verb: e.verb,
      user: e.user,
      sourceIPs: [e.ip ?? `10.0.${rng.int(1, 3)}.${rng.int(10, 250)}`],
      userAgent: e.ua,
      objectRef: e.objectRef,
      responseStatus: { metadata: {}, code: e.code ?? 200 },
      ...(e.requestObject ? { requestObject: e.requestObject } : {}),
      requestReceivedTimestamp: k8sTime(e.received ?? t, rng),
      stageTimestamp: k8sTime(t, rng),
      annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': e.reason ?? '' },
    });
  const node = () => `ip-10-0-${rng.int(1, 3)}-${rng.int(10, 250)}.eu-north-1.compute.internal`;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => {
          const n = node();
          return A(t, rng, { verb: 'update', uri: `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${n}?timeout=10s`, user: { username: `system:node:${n}`, groups: ['system:nodes', 'system:authenticated'] }, ua: 'kubelet/v1.33.4 (linux/amd64) kubernetes/74cdb42', objectRef: { resource: 'leases', namespace: 'kube-node-lease', name: n, apiGroup: 'coordination.k8s.io', apiVersion: 'v1' } });
        },
        () => A(t, rng, { verb: 'list', uri: `/api/v1/namespaces/billing/pods?labelSelector=app%3Dbilling-api&limit=500&resourceVersion=${rng.int(1000000, 9999999)}`, user: { username: 'system:serviceaccount:argocd:argocd-application-controller', groups: ['system:serviceaccounts', 'system:serviceaccounts:argocd', 'system:authenticated'] }, ua: 'argocd-application-controller/v3.1.5 (linux/amd64)', objectRef: { resource: 'pods', namespace: 'billing', apiVersion: 'v1' }, reason: 'RBAC: allowed by ClusterRoleBinding "argocd-application-controller" of ClusterRole "argocd-application-controller" to ServiceAccount "argocd-application-controller/argocd"' }),
        () => A(t, rng, { verb: 'get', uri: `/apis/apps/v1/namespaces/billing/deployments/billing-api`, user: { username: 'system:serviceaccount:kube-system:horizontal-pod-autoscaler', groups: ['system:serviceaccounts', 'system:authenticated'] }, ua: 'kube-controller-manager/v1.33.4 (linux/amd64) kubernetes/74cdb42/system:serviceaccount:kube-system:horizontal-pod-autoscaler', objectRef: { resource: 'deployments', namespace: 'billing', name: 'billing-api', apiGroup: 'apps', apiVersion: 'v1' } }),
        () => A(t, rng, { verb: 'watch', uri: `/api/v1/configmaps?allowWatchBookmarks=true&resourceVersion=${rng.int(1000000, 9999999)}&timeout=${rng.int(5, 9)}m${rng.int(0, 59)}s&timeoutSeconds=${rng.int(300, 600)}&watch=true`, user: { username: 'system:kube-controller-manager', groups: ['system:authenticated'] }, ua: 'kube-controller-manager/v1.33.4 (linux/amd64) kubernetes/74cdb42/shared-informers', objectRef: { resource: 'configmaps', apiVersion: 'v1' }, stage: 'ResponseStarted' }),
      ])(),
    ],
  });
  const admin = { username: 'oidc:m.berg@kite-o.example', groups: ['oidc:platform-admins', 'system:authenticated'] };
  const steps = [
    8,
    plant('encoded', 'exec-command-percent-encoded-bearer', 'error', "`kubectl exec … -- sh -c 'curl -H \"Authorization: Bearer <token>\" …'`: the command is in the exec request's query (`command=`), percent-encoded, in both stages' events", ({ rng, t }) => {
      const token = rng.b64url(40);
      const pod = `billing-api-6d8f7c9b4d-${rng.lowerNum(5)}`;
      const uri = `/api/v1/namespaces/billing/pods/${pod}/exec?command=sh&command=-c&command=curl+-sS+-X+POST+-H+%22Authorization%3A+Bearer+${token}%22+http%3A%2F%2Flocalhost%3A8080%2Fadmin%2Freindex&container=api&stderr=true&stdout=true`;
      const auditID = rng.uuid();
      const ev = { auditID, verb: 'create', uri, user: admin, ip: publicIp(rng), ua: 'kubectl/v1.33.4 (linux/amd64) kubernetes/74cdb42', objectRef: { resource: 'pods', namespace: 'billing', name: pod, apiVersion: 'v1', subresource: 'exec' }, code: 101, reason: 'RBAC: allowed by ClusterRoleBinding "platform-admins" of ClusterRole "cluster-admin" to Group "oidc:platform-admins"' };
      return { value: token, event: { lines: [A(t, rng, { ...ev, stage: 'ResponseStarted' }), A(t + 9400, rng, { ...ev, stage: 'ResponseComplete', received: t })] } };
    }),
    7,
    plant('negative', 'secret-get-metadata-level', 'none', 'A Secret read audited at level Metadata: its name and who read it, no data; no credential.', ({ rng, t }) => ({
      value: 'smtp-credentials',
      needle: '"name":"smtp-credentials"',
      event: { lines: [A(t, rng, { verb: 'get', uri: '/api/v1/namespaces/mail/secrets/smtp-credentials', user: { username: 'system:serviceaccount:mail:postfix-relay', groups: ['system:serviceaccounts', 'system:authenticated'] }, ua: 'relay-config/1.4 (linux/amd64)', objectRef: { resource: 'secrets', namespace: 'mail', name: 'smtp-credentials', apiVersion: 'v1' } })] },
    })),
    7,
    plant('framework-dump', 'tokenreview-request-object', 'error', "A TokenReview audited at level Request: `requestObject.spec.token` is the caller's service-account JWT (bound token, 1 h, jti), logged whole", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3607, age: 1300, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { aud: ['https://kubernetes.default.svc.cluster.local'], iss: 'https://oidc.eks.eu-north-1.amazonaws.example/id/' + rng.hex(32).toUpperCase(), 'kubernetes.io': { namespace: 'monitoring', node: { name: node(), uid: rng.uuid() }, pod: { name: `prometheus-k8s-${rng.int(0, 1)}`, uid: rng.uuid() }, serviceaccount: { name: 'prometheus-k8s', uid: rng.uuid() }, warnafter: sec(t) - 1300 + 3607 - 2807 }, nbf: sec(t) - 1300, sub: 'system:serviceaccount:monitoring:prometheus-k8s' } });
      return {
        value: token.token,
        jwt: token.facts,
        event: { lines: [A(t, rng, { level: 'Request', verb: 'create', uri: '/apis/authentication.k8s.io/v1/tokenreviews', user: { username: 'system:serviceaccount:monitoring:kube-rbac-proxy', groups: ['system:serviceaccounts', 'system:authenticated'] }, ua: 'kube-rbac-proxy/v0.19.1 (linux/amd64)', objectRef: { resource: 'tokenreviews', apiGroup: 'authentication.k8s.io', apiVersion: 'v1' }, code: 201, requestObject: { kind: 'TokenReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: null }, spec: { token: token.token, audiences: ['https://kubernetes.default.svc.cluster.local'] }, status: { user: {} } } })] },
      };
    }),
    7,
    plant('encoded', 'secret-create-data-base64', 'error', "A Secret created with `kubectl apply`, audited at level Request: `data` holds the partner API key base64-encoded (and again in kubectl's last-applied-configuration annotation on the same line)", ({ rng, t }) => {
      const key = rng.alnum(40);
      const b64 = b64Of(key);
      const object = { apiVersion: 'v1', data: { PARTNER_API_KEY: b64 }, kind: 'Secret', metadata: { name: 'partner-api', namespace: 'payments' }, type: 'Opaque' };
      return {
        value: key,
        needle: b64,
        event: { lines: [A(t, rng, { level: 'Request', verb: 'create', uri: '/api/v1/namespaces/payments/secrets?fieldManager=kubectl-client-side-apply&fieldValidation=Strict', user: admin, ip: publicIp(rng), ua: 'kubectl/v1.33.4 (linux/amd64) kubernetes/74cdb42', objectRef: { resource: 'secrets', namespace: 'payments', name: 'partner-api', apiVersion: 'v1' }, code: 201, requestObject: { kind: 'Secret', apiVersion: 'v1', metadata: { name: 'partner-api', namespace: 'payments', creationTimestamp: null, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(object)}\n` } }, data: { PARTNER_API_KEY: b64 }, type: 'Opaque' } })] },
      };
    }),
    7,
    plant('negative', 'sealedsecret-encrypted-data', 'none', "A Bitnami SealedSecret's `encryptedData` (`AgB…`, encrypted to the controller's public key, made to be committed to git): no credential without the controller's private key.", ({ rng, t }) => {
      const sealed = `AgB${rng.bytes(rng.int(560, 620)).toString('base64')}`;
      return { value: sealed, event: { lines: [A(t, rng, { level: 'Request', verb: 'create', uri: '/apis/bitnami.com/v1alpha1/namespaces/payments/sealedsecrets?fieldManager=argocd-controller', user: { username: 'system:serviceaccount:argocd:argocd-application-controller', groups: ['system:serviceaccounts', 'system:authenticated'] }, ua: 'argocd-application-controller/v3.1.5 (linux/amd64)', objectRef: { resource: 'sealedsecrets', namespace: 'payments', name: 'partner-webhook', apiGroup: 'bitnami.com', apiVersion: 'v1alpha1' }, code: 201, requestObject: { apiVersion: 'bitnami.com/v1alpha1', kind: 'SealedSecret', metadata: { name: 'partner-webhook', namespace: 'payments' }, spec: { encryptedData: { WEBHOOK_SECRET: sealed }, template: { metadata: { name: 'partner-webhook', namespace: 'payments' }, type: 'Opaque' } } } })] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'kube-apiserver' }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vercel-log-drain.ndjson: a Vercel log drain (JSON, NDJSON delivery) of a Next.js app: `static` and `lambda` sources,
// `timestamp` in ms, the request under `proxy` (path with query), function output in `message` (util.inspect's
// multi-line objects kept as one JSON string). https://vercel.com/docs/drains/reference/logs

function vercelLog(rng) {
  const host = 'www.wren-v.example';
  let id = BigInt(`1790${rng.chars(DIGITS, 20)}`);
  const projectId = `prj_${rng.alnum(28)}`;
  const deploymentId = `dpl_${rng.alnum(28)}`;
  const V = (t, rng, { source = 'lambda', path, query = '', method = 'GET', status = 200, message, type, level = 'info', ua = rng.pick(BROWSERS), ip = publicIp(rng), referer }) =>
    JSON.stringify({
      id: String((id += BigInt(rng.int(1000, 999999)))),
      ...(message !== undefined ? { message } : {}),
      timestamp: t,
      ...(type ? { type } : {}),
      source,
      projectId,
      deploymentId,
      host,
      path,
      ...(source === 'lambda' ? { entrypoint: `app${path.replace(/\/$/, '')}/route.js` } : {}),
      requestId: `fra1::${rng.lowerNum(5)}-${t}-${rng.hex(12)}`,
      statusCode: status,
      environment: 'production',
      level,
      proxy: { timestamp: t - rng.int(1, 40), method, scheme: 'https', host, path: path + (query ? `?${query}` : ''), userAgent: [ua], ...(referer ? { referer } : {}), statusCode: status, clientIp: ip, region: 'fra1', vercelCache: source === 'static' ? 'HIT' : 'MISS' },
    });
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => V(t, rng, { source: 'static', path: `/_next/static/chunks/${rng.hex(16)}.js` }),
        () => V(t, rng, { source: 'static', path: `/_next/image`, query: `url=%2Fimages%2F${rng.pick(['nest', 'dune', 'reed'])}.jpg&w=${rng.pick([640, 1080, 1920])}&q=75` }),
        () => V(t, rng, { path: '/api/orders', message: `GET /api/orders ${rng.int(1, 40)} orders in ${rng.int(20, 400)}ms`, type: 'stdout' }),
        () => V(t, rng, { path: '/de/katalog', source: 'static' }),
        () => V(t, rng, { path: '/api/stock', query: `sku=${rng.int(100000, 999999)}`, message: `stock lookup sku=${rng.int(100000, 999999)} -> ${rng.int(0, 40)}`, type: 'stdout' }),
      ])(),
    ],
  });
  const steps = [
    9,
    plant('oauth-code', 'authjs-callback-auth0-code', 'warning', `${WHY.code} Auth0's code in Auth.js's callback (\`/api/auth/callback/auth0?code=…&state=…\`), in the drain's \`proxy.path\`.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [V(t, rng, { path: '/api/auth/callback/auth0', query: `code=${code}&state=${rng.b64url(43)}`, status: 302, referer: 'https://wren-v.eu.auth0.example/' })] } };
    }),
    7,
    plant('negative', 'next-rsc-param', 'none', "Next.js's `_rsc=` (a cache key for React Server Component payloads): no credential.", ({ rng, t }) => {
      const rsc = rng.lowerNum(5);
      return { value: rsc, needle: `_rsc=${rsc}`, event: { lines: [V(t, rng, { path: '/de/konto', query: `_rsc=${rsc}`, source: 'lambda' })] } };
    }),
    7,
    plant('implicit-fragment', 'node-inspect-url-object', 'error', "A route handler logs `new URL(res.headers.get('location'))` of a provider's implicit redirect: Node's inspect of the URL object prints `href` and `hash` with `#access_token=<JWT>` (one JSON string in the drain)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 7200, age: 1, claims: { iss: 'https://id.partner-w.example', sub: rng.uuid(), aud: 'wren-connect', scope: 'orders:read' } });
      const hash = `#access_token=${token.token}&token_type=Bearer&expires_in=7200`;
      const dh = 'desk.wren-v.example';
      const message = `[connect] provider redirect: URL {\n  href: 'https://${dh}/oauth/done${hash}',\n  origin: 'https://${dh}',\n  protocol: 'https:',\n  username: '',\n  password: '',\n  host: '${dh}',\n  hostname: '${dh}',\n  port: '',\n  pathname: '/oauth/done',\n  search: '',\n  searchParams: URLSearchParams {},\n  hash: '${hash}'\n}`;
      return { value: token.token, jwt: token.facts, event: { lines: [V(t, rng, { path: '/api/connect/start', message, type: 'stdout' })] } };
    }),
    7,
    plant('webhook', 'make-com-hook', 'error', WHY.webhook("A Make (Integromat) scenario webhook (`hook.eu2.make.com/<32 characters>`) in an error object Node printed"), ({ rng, t }) => {
      const secret = rng.lowerNum(32);
      const message = `Error: Make scenario webhook responded 410 Gone\n    at notifyOrder (/var/task/.next/server/app/api/orders/route.js:1:4512)\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {\n  url: 'https://hook.eu2.make.com/${secret}'\n}`;
      return { value: secret, event: { lines: [V(t, rng, { method: 'POST', path: '/api/orders', message, type: 'stderr', level: 'error', status: 500 })] } };
    }),
    7,
    plant('api-key-name', 'vercel-protection-bypass-query', 'error', `${WHY.apiKey('x-vercel-protection-bypass')} Vercel's Protection Bypass for Automation secret: it opens every protected deployment of the project until it is regenerated.`, ({ rng, t }) => {
      const secret = rng.alnum(32);
      return { value: secret, event: { lines: [V(t, rng, { source: 'static', path: '/de/katalog', query: `x-vercel-protection-bypass=${secret}&x-vercel-set-bypass-cookie=true`, ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.7339.16 Safari/537.36', ip: '198.51.100.12' })] } };
    }),
    7,
    plant('framework-dump', 'node-inspect-urlsearchparams', 'error', "`console.log(searchParams)`: Node prints `URLSearchParams { 'access_token' => '…', … }` with a partner's opaque access token", ({ rng, t }) => {
      const token = rng.b64url(48);
      const message = `[partner] callback rejected URLSearchParams { 'account' => 'acc_${rng.alnum(10)}', 'access_token' => '${token}', 'ts' => '${sec(t)}' }`;
      return { value: token, event: { lines: [V(t, rng, { path: '/api/partner/callback', message, type: 'stdout', level: 'warning', status: 400 })] } };
    }),
    7,
    plant('negative', 'authjs-encrypted-state', 'none', "Auth.js's debug output of the OAuth `state` cookie value, encrypted as a JWE (`alg: dir`, empty key segment): CSRF state, no credential.", ({ rng, t }) => {
      const jwe = `${b64urlOf(JSON.stringify({ alg: 'dir', enc: 'A256CBC-HS512', kid: rng.b64url(43) }))}..${rng.b64url(22)}.${rng.b64url(rng.int(150, 200))}.${rng.b64url(43)}`;
      return { value: jwe, event: { lines: [V(t, rng, { path: '/api/auth/signin/auth0', method: 'POST', status: 302, message: `[auth][debug]: CREATE_STATE ${JSON.stringify({ value: jwe, maxAge: 900 })}`, type: 'stdout', level: 'info' })] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host }, filler, render: (e) => e.lines, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout3');
writePart(join(here, 'heldout3'), {
  'access_log.1': apacheLog(rng),
  'varnishncsa.log': varnishLog(rng),
  'openresty-error.log': openrestyLog(rng),
  'ingress-nginx-controller.log': ingressLog(rng),
  'gcp-lb-requests.json': gcpLog(rng),
  'akamai-datastream2.log': akamaiLog(rng),
  'werkzeug-dev.log': werkzeugLog(rng),
  'phoenix.log': phoenixLog(rng),
  'serilog-clef.json': serilogLog(rng),
  'log4j2-ecs.log': log4jLog(rng),
  'celery-worker.log': celeryLog(rng),
  'github-actions-job.txt': ghaLog(rng),
  'k8s-audit.log': k8sLog(rng),
  'vercel-log-drain.ndjson': vercelLog(rng),
});
