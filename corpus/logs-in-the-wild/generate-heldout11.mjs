// Writes corpus/logs-in-the-wild/heldout11/: an eleventh held-out part, in formats no other part uses (GitLab's
// production_json.log, CloudFront real-time logs, Bunny CDN's raw logs, Apache APISIX's access log, Cloudflare Gateway
// HTTP logs, a Scrapy crawl log, Yii 2's FileTarget with its logVars dumps, PHP's built-in web server, Elasticsearch's
// audit log, Odoo's server log, Strapi, Django's runserver, Nginx Proxy Manager's proxy-host log and Artifactory's
// request log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout11.mjs     rewrites heldout11/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, DIGITS, digits, iso, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 3, 6, 0, 0);

/** Python logging's `%(asctime)s`: `2026-12-03 06:00:01,123`. */
const pyTime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** Werkzeug's and Django runserver's `[03/Dec/2026 06:00:01]`. */
const wzTime = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${iso(ms).slice(11, 19)}`;
};
/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);
const slackHook = (rng) => `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;

// ---------------------------------------------------------------------------------------------------------------------
// production_json.log: GitLab 18 (Omnibus) Rails request log, one JSON object per request (lograge): `path` without the
// query, `params` as an array of `{key, value}` pairs filtered by `filter_parameters` (`/token$/`, `/password/`,
// `/secret/`, `/key$/`, … written `[FILTERED]`), `correlation_id`, `meta.*`, durations.
// https://docs.gitlab.com/administration/logs/#production_jsonlog

function gitlabLog(rng) {
  const HOST = 'git.kveld.example';
  const render = (e, rng) => {
    const entry = {
      method: e.method,
      path: e.path,
      format: e.format ?? 'html',
      controller: e.controller ?? 'Projects::IssuesController',
      action: e.action ?? 'index',
      status: e.status,
      time: iso(e.t),
      params: e.params ?? [],
      correlation_id: `01K${upperNum(rng, 23)}`,
      'meta.caller_id': `${e.controller ?? 'Projects::IssuesController'}#${e.action ?? 'index'}`,
      'meta.feature_category': e.feature ?? 'team_planning',
      'meta.client_id': e.user ? `user/${e.uid}` : `ip/${e.ip}`,
      remote_ip: e.ip,
      ...(e.user ? { user_id: e.uid, username: e.user } : {}),
      ua: e.ua,
      request_urgency: 'default',
      target_duration_s: 1,
      redis_calls: rng.int(2, 60),
      redis_duration_s: Number((rng.int(1, 900) / 100000).toFixed(5)),
      db_count: rng.int(3, 80),
      db_duration_s: Number((rng.int(1, 9000) / 100000).toFixed(5)),
      cpu_s: Number((rng.int(10, 900) / 1000).toFixed(3)),
      mem_objects: rng.int(20000, 400000),
      worker_id: `puma_${rng.int(0, 7)}`,
      duration_s: Number((e.ms / 1000).toFixed(5)),
      view_duration_s: Number((rng.int(1, 90) / 1000).toFixed(5)),
      pid: rng.int(2000, 9000),
    };
    return [JSON.stringify(entry)];
  };
  const people = [['ines', 14], ['tomas', 22], ['ci-bot', 41]];
  const who = (rng) => {
    const [user, uid] = rng.pick(people);
    return { user, uid };
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ...who(rng), path: `/kveld/web/-/issues/${rng.int(100, 900)}`, action: 'show', params: [{ key: 'namespace_id', value: 'kveld' }, { key: 'project_id', value: 'web' }, { key: 'id', value: String(rng.int(100, 900)) }] }),
      () => ({ ...who(rng), path: '/api/v4/projects/412/merge_requests', format: 'json', controller: 'Grape', action: 'GET /api/:version/projects/:id/merge_requests', params: [{ key: 'state', value: 'opened' }, { key: 'per_page', value: '20' }], feature: 'code_review_workflow' }),
      () => ({ path: '/users/sign_in', controller: 'SessionsController', action: 'new', feature: 'system_access' }),
      () => ({ ...who(rng), path: '/kveld/web/-/pipelines', controller: 'Projects::PipelinesController', feature: 'continuous_integration', params: [{ key: 'scope', value: 'all' }, { key: 'page', value: String(rng.int(1, 4)) }] }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'gitlab-omniauth-callback-code-param', 'warning', `${WHY.code} An Authentik code on GitLab's OmniAuth callback (\`/users/auth/openid_connect/callback\`): \`code\` is in no pattern of GitLab's \`filter_parameters\`, so the \`params\` array keeps it beside \`state\`.`, ({ rng }) => {
      const code = rng.hex(32);
      return { value: code, event: { path: '/users/auth/openid_connect/callback', controller: 'OmniauthCallbacksController', action: 'openid_connect', status: 302, params: [{ key: 'code', value: code }, { key: 'state', value: rng.hex(48) }], feature: 'system_access', ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'gitlab-private_token-filtered', 'none', "An API call with `?private_token=`: GitLab's request log writes the parameter as `[FILTERED]` (`/token$/` in `filter_parameters`), no value.", () => ({
      value: '[FILTERED]',
      needle: '{"key":"private_token","value":"[FILTERED]"}',
      event: { user: 'ci-bot', uid: 41, path: '/api/v4/projects/412/pipelines', format: 'json', controller: 'Grape', action: 'GET /api/:version/projects/:id/pipelines', params: [{ key: 'private_token', value: '[FILTERED]' }, { key: 'ref', value: 'main' }], ua: TOOLS[1], feature: 'continuous_integration' },
    })),
    4,
    plant('path-secret', 'gitlab-invite-token-in-path', 'error', WHY.pathSecret("A GitLab invitation (`/-/invites/<token>`), in `path` and again as the `id` path parameter of the same entry, before the invitee accepted"), ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { path: `/-/invites/${token}`, controller: 'InvitesController', action: 'show', params: [{ key: 'invite_type', value: 'initial_email' }, { key: 'id', value: token }], feature: 'onboarding', ua: BROWSERS[2] } };
    }),
    4,
    plant('encoded', 'gitlab-external_redirect-url-nested-percent-encoded', 'error', "GitLab's `/-/external_redirect?url=…` for a link in a comment: Rails decodes the parameter once, and the link's own `return` parameter still holds an export URL percent-encoded (`%3Fapi_token%3D…`), one more decoding away", ({ rng }) => {
      const token = rng.alnum(40);
      const url = `https://bi.kveld.example/public/question/${rng.uuid()}?return=${encodeURIComponent(`/api/export?format=xlsx&api_token=${token}`)}`;
      return { value: token, event: { ...who(rng), path: '/-/external_redirect', controller: 'ExternalRedirect::ExternalRedirectController', action: 'index', params: [{ key: 'url', value: url }], feature: 'navigation' } };
    }),
    4,
    plant('negative', 'gitlab-commit-sha-param', 'none', 'A commit SHA in the `sha` path parameter of a commits API call: an object name, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { user: 'ci-bot', uid: 41, path: `/api/v4/projects/412/repository/commits/${sha}`, format: 'json', controller: 'Grape', action: 'GET /api/:version/projects/:id/repository/commits/:sha', params: [{ key: 'sha', value: sha }, { key: 'stats', value: 'true' }], ua: TOOLS[3], feature: 'source_code_management' } };
    }),
    4,
    plant('api-key-name', 'gitlab-camelcase-apiKey-escapes-filter', 'error', WHY.apiKey('apiKey') + " An uptime checker appends its vendor key to every URL it checks; GitLab's `/key$/` filter is case-sensitive, so `apiKey` stays in `params`.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/-/readiness', controller: 'HealthController', action: 'readiness', format: 'json', params: [{ key: 'all', value: '1' }, { key: 'apiKey', value: key }], ua: 'StatusCake/2.0', feature: 'error_budgets' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudfront-realtime.log: CloudFront real-time log records as Kinesis Data Firehose delivers them to S3: tab-separated
// fields in the order the real-time log configuration lists them (timestamp with ms, c-ip, sc-status, sc-bytes,
// cs-method, cs-protocol, cs-host, cs-uri-stem, cs-bytes, x-edge-location, x-edge-request-id, x-host-header, time-taken,
// cs-protocol-version, c-ip-version, cs-user-agent, cs-referer, cs-cookie, cs-uri-query, x-edge-response-result-type,
// cs-headers), no header line; `cs-uri-query` without `?`, `-` when empty; user agent and headers percent-encoded.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html

function cloudfrontRtLog(rng) {
  const HOST = 'd2k7q9xw1m3t8a.cloudfront.net';
  const render = (e, rng) => {
    const headers = [`Host:${e.host}`, `User-Agent:${e.ua}`, 'Accept:*/*', ...(e.headers ?? [])];
    return [
      [
        `${sec(e.t)}.${pad(e.t % 1000, 3)}`,
        e.ip,
        e.status,
        e.bytes,
        e.method,
        'https',
        HOST,
        e.path,
        rng.int(300, 2400),
        `OSL50-P${rng.int(1, 4)}`,
        e.edgeId ?? `${rng.b64url(54)}==`,
        e.host,
        (e.ms / 1000).toFixed(3),
        'HTTP/2.0',
        'IPv4',
        encodeURIComponent(e.ua),
        e.referer,
        e.cookie ?? '-',
        e.query || '-',
        e.status >= 400 ? 'Error' : rng.pick(['Hit', 'Miss', 'RefreshHit']),
        encodeURIComponent(headers.join('\n')),
      ].join('\t'),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', ua: rng.pick(BROWSERS) }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, referer: 'https://app.fjord-l.example/' }),
      () => ({ path: `/api/v2/rates`, query: `base=NOK&date=2026-12-0${rng.int(1, 3)}`, ua: TOOLS[2] }),
      () => ({ path: `/images/products/${rng.int(1000, 9999)}.webp`, referer: 'https://app.fjord-l.example/shop' }),
    ])();
  const steps = [
    4,
    plant('id-token', 'cloudfront-rt-cs-uri-query-id_token_hint', 'error', "An ID token as `id_token_hint` of a logout route, in the record's `cs-uri-query` field (no leading `?`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: rng.b64url(27), claims: { iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_' + rng.alnum(9), aud: rng.lowerNum(26), sub: rng.uuid(), token_use: 'id', email: 'marte@fjord-l.example' } });
      return { value: token.token, jwt: token.facts, event: { path: '/auth/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fapp.fjord-l.example%2F`, status: 302, bytes: 412, ua: BROWSERS[1] } };
    }),
    4,
    plant('negative', 'cloudfront-x-edge-request-id', 'none', "CloudFront's `x-edge-request-id` (base64 ending `==`): a request identifier every record carries, no credential.", ({ rng }) => {
      const id = `${rng.b64url(54)}==`;
      return { value: id, event: { path: '/api/v2/rates', query: 'base=EUR', ua: TOOLS[2], edgeId: id } };
    }),
    4,
    plant('api-key-name', 'cloudfront-rt-first-query-param-api-key', 'error', WHY.apiKey('api-key') + " The first parameter of `cs-uri-query`, which has no leading `?` (a `[?&]name=` rule misses it).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/svc/search/v2/articlesearch.json', query: `api-key=${key}&q=fjord&sort=newest`, ua: TOOLS[4] } };
    }),
    4,
    plant('session-id', 'cloudfront-rt-cs-cookie-django-sessionid', 'error', WHY.session("A Django `sessionid` cookie in the record's `cs-cookie` field (cookie logging on)"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { path: '/account/orders/', cookie: `csrftoken=${rng.alnum(32)};%20sessionid=${sid}`, ua: BROWSERS[0], referer: 'https://app.fjord-l.example/account/' } };
    }),
    4,
    plant('embed-jwt', 'cloudfront-rt-embed-jwt-expired', 'note', 'An embed JWT in `/embed/dashboard/<JWT>` (`cs-uri-stem`), requested two days after it expired (a bookmarked dashboard)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 2 * 86400, claims: { resource: { dashboard: rng.int(10, 99) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/dashboard/${token.token}`, status: 403, bytes: 310, ua: BROWSERS[3] } };
    }),
    4,
    plant('refresh-token', 'cloudfront-rt-refresh_token-query', 'error', `${WHY.refresh} A mobile client refreshing with a GET (\`grant_type=refresh_token&refresh_token=…\` in \`cs-uri-query\`).`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${token}&client_id=fjord-ios`, ua: 'FjordApp/5.2 CFNetwork/3826.500.131 Darwin/25.1.0' } };
    }),
    4,
    plant('negative', 'cloudfront-rt-asset-cache-buster', 'none', 'A cache buster (`v=<10 hex>`) on a stylesheet: a content hash, no credential.', ({ rng }) => {
      const v = rng.hex(10);
      return { value: `v=${v}`, event: { path: '/static/css/app.css', query: `v=${v}`, referer: 'https://app.fjord-l.example/' } };
    }),
    4,
    plant('header-dump', 'cloudfront-rt-cs-headers-hubspot-pat', 'error', "A HubSpot private app token (`Bearer pat-na1-…`) in the `cs-headers` field, which writes every request header percent-encoded", ({ rng }) => {
      const token = `pat-na1-${rng.uuid()}`;
      return { value: token, event: { method: 'POST', path: '/api/v2/crm/sync', ua: TOOLS[3], headers: [`Authorization:Bearer ${token}`, 'Content-Type:application/json'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'app.fjord-l.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bunnycdn.log: bunny.net's raw CDN log of a pull zone as the Logging API v1 returns it (one request per line,
// pipe-separated: cache status | status | timestamp in ms | bytes sent | pull zone id | remote IP | referer | URL |
// edge location | user agent | request id | country code), IP anonymisation off.
// https://docs.bunny.net/cdn/logging

function bunnyLog(rng) {
  const ZONE = 2814077;
  const CDN = 'https://cdn.sildre.example';
  const render = (e, rng) => [
    [e.cache ?? rng.pick(['HIT', 'HIT', 'MISS']), e.status, e.t, e.bytes, ZONE, e.ip, e.referer, `${CDN}${target(e)}`, rng.pick(['DE', 'SE', 'NO']), e.ua, e.reqId, e.country ?? 'NO'].join('|'),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/assets/app.${rng.hex(8)}.js`, referer: 'https://app.sildre.example/' }),
      () => ({ path: `/assets/fonts/inter-${rng.pick(['400', '600'])}.woff2`, referer: 'https://app.sildre.example/' }),
      () => ({ path: `/media/covers/${rng.int(100, 999)}.jpg`, query: 'width=480', referer: 'https://www.sildre.example/' }),
      () => ({ path: '/robots.txt', ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', country: 'US' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'bunny-referer-callback-code', 'warning', `${WHY.code} The callback page of the app (\`/auth/callback?code=…&state=…\`) loads its bundle from the CDN: the pull zone's log keeps the callback URL in the Referer column.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: `/assets/app.${rng.hex(8)}.js`, referer: `https://app.sildre.example/auth/callback?code=${code}&state=${rng.b64url(22)}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'bunny-request-id', 'none', "Bunny's request id column (32 hex): a request identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { path: '/media/covers/412.jpg', query: 'width=960', referer: 'https://www.sildre.example/', reqId: id } };
    }),
    4,
    plant('replay', 'dl_ticket-opaque', 'note', WHY.ticketFirst('An opaque `dl_ticket` on a CDN download (the origin issues one per download)'), ({ rng, t }) => {
      firstUse.dl = t;
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: '/dl/sildre-desktop-3.1.0.dmg', query: `dl_ticket=${ticket}`, ip: '198.51.100.23', bytes: 88412331, cache: 'MISS', ua: BROWSERS[1] } };
    }, { ref: 'dl' }),
    2,
    plant('replay', 'dl_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('dl').value, why: WHY.replay('dl_ticket', gap('dl', t)) }], event: { path: '/dl/sildre-desktop-3.1.0.dmg', query: `dl_ticket=${refs.get('dl').value}`, ip: '203.0.113.140', bytes: 88412331, cache: 'HIT', ua: TOOLS[5], country: 'NL' } }), { replayOf: 'dl', after: 95 }),
    4,
    plant('path-secret', 'bunny-referer-reset-password-path', 'error', WHY.pathSecret('A password reset page (`/reset-password/<token>`) loading a font from the CDN: the reset link is in the Referer column'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: '/assets/fonts/inter-400.woff2', referer: `https://app.sildre.example/reset-password/${token}`, ua: BROWSERS[4] } };
    }),
    4,
    plant('negative', 'bunny-cache-buster-cb', 'none', 'A cache buster (`cb=<8>`) on a stylesheet: no credential.', ({ rng }) => {
      const cb = rng.b64url(8);
      return { value: `cb=${cb}`, event: { path: '/assets/print.css', query: `cb=${cb}`, referer: 'https://app.sildre.example/' } };
    }),
    4,
    plant('encoded', 'bunny-image-fetch-src-percent-encoded-api_key', 'error', "An image proxy route (`/img/fetch?src=…`) whose percent-encoded `src` is a partner's photo URL with its `api_key` (`%3Fapi_key%3D…`): one decoding away", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/img/fetch', query: `src=${encodeURIComponent(`https://photos.partner-v.example/v1/${rng.int(1000, 9999)}.jpg?api_key=${key}`)}&w=640`, referer: 'https://www.sildre.example/', ua: BROWSERS[0] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'cdn.sildre.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// apisix-access.log: Apache APISIX 3 access log with its default `access_log_format` (`$remote_addr - $remote_user
// [$time_local] $http_host "$request" $status $body_bytes_sent $request_time "$http_referer" "$http_user_agent"
// $upstream_addr $upstream_status $upstream_response_time "$upstream_scheme://$upstream_host$upstream_uri"`): the
// request line and the upstream URI on one line. key-auth and jwt-auth read `apikey` and `jwt` from the query.
// https://apisix.apache.org/docs/apisix/plugins/key-auth/, https://apisix.apache.org/docs/apisix/plugins/jwt-auth/,
// https://github.com/apache/apisix/blob/master/conf/config.yaml.example

function apisixLog(rng) {
  const HOST = 'api.kveld.example';
  const render = (e, rng) => {
    const up = e.upstream ?? `10.8.${rng.int(1, 4)}.${rng.int(10, 90)}:8080`;
    return [`${e.ip} - - [${clf(e.t)}] ${HOST} "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} ${(e.ms / 1000).toFixed(3)} "${e.referer}" "${e.ua}" ${up} ${e.status} ${(e.ms / 1000 - 0.001).toFixed(3)} "http://${HOST}${e.upPath ?? target(e)}"`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/orders', query: `page=${rng.int(1, 9)}`, ua: TOOLS[2] }),
      () => ({ path: `/v1/orders/${rng.int(100000, 999999)}`, ua: TOOLS[2] }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.34', bytes: 2 }),
      () => ({ path: '/v1/catalog/search', query: `q=${rng.pick(['telt', 'sovepose', 'primus'])}`, ua: BROWSERS[0], referer: 'https://www.kveld.example/' }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'apisix-key-auth-apikey-query', 'error', WHY.apiKey('apikey') + " APISIX's key-auth plugin reads it from the query; without `hide_credentials` it is also in the upstream URI of the same line.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/v1/stock', query: `apikey=${key}&sku=${upperNum(rng, 8)}`, ua: TOOLS[1] } };
    }),
    4,
    plant('negative', 'thumbor-hmac-in-path', 'none', 'A thumbor image URL (`/thumbs/<HMAC>=/300x200/smart/…`): the HMAC signs this one resize of this one image, no credential.', ({ rng }) => {
      const sig = `${rng.b64url(27)}=`;
      return { value: sig, event: { path: `/thumbs/${sig}/300x200/smart/products/${rng.int(1000, 9999)}.jpg`, ua: BROWSERS[2], referer: 'https://www.kveld.example/' } };
    }),
    4,
    plant('api-key-name', 'apisix-jwt-auth-jwt-query', 'error', "A JWT credential under the query name `jwt` (APISIX jwt-auth's default), valid a day, in the request line and the upstream URI", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: 5200, claims: { key: `partner-${rng.lowerNum(6)}` } });
      return { value: token.token, jwt: token.facts, event: { path: '/v1/partners/deliveries', query: `since=2026-12-01&jwt=${token.token}`, ua: TOOLS[3] } };
    }),
    4,
    plant('session-id', 'apisix-jsessionid-path-parameter', 'error', WHY.session('A servlet session id as a path parameter (`;jsessionid=`) of a legacy portal behind the gateway'), ({ rng }) => {
      const sid = rng.chars('0123456789ABCDEF', 32);
      return { value: sid, event: { path: `/portal/account;jsessionid=${sid}`, query: 'tab=invoices', ua: BROWSERS[3], referer: 'https://www.kveld.example/portal/' } };
    }),
    4,
    plant('webhook', 'apisix-mattermost-incoming-hook', 'error', WHY.webhook('A Mattermost incoming webhook (`/hooks/<26>`) routed through the gateway'), ({ rng }) => {
      const id = rng.lowerNum(26);
      return { value: id, event: { method: 'POST', path: `/hooks/${id}`, ua: 'Grafana/12.3.0', bytes: 2 } };
    }),
    4,
    plant('negative', 'apisix-trace_id-query', 'none', 'A `trace_id` a client passes in the query (32 hex): tracing, no credential.', ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { path: '/v1/orders', query: `status=open&trace_id=${id}`, ua: TOOLS[4] } };
    }),
    4,
    plant('refresh-token', 'apisix-get-token-refresh_token', 'error', `${WHY.refresh} A client that refreshes with a GET: \`refresh_token=\` in the request line and the upstream URI.`, ({ rng }) => {
      const token = rng.alnum(64);
      return { value: token, event: { path: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${token}`, ua: TOOLS[2] } };
    }),
    4,
    plant('embed-jwt', 'apisix-embed-report-jwt-no-exp', 'error', 'An embed JWT without `exp` in `/embed/report/<JWT>`: it never expires', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 9 * 86400, claims: { resource: { report: rng.int(10, 99) }, params: { region: 'nord' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/report/${token.token}`, ua: BROWSERS[0], referer: 'https://intranett.kveld.example/' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gateway-http.ndjson: Cloudflare Zero Trust Gateway HTTP logs (Logpush dataset `gateway_http`, one JSON object per
// line): `Datetime`, `Action`, `Email`, `HTTPHost`, `HTTPMethod`, `HTTPStatusCode`, `URL`, `Referer`, `RequestID`,
// `SessionID`, `SourceIP`, `UserAgent`, `PolicyName`, … with TLS inspection on.
// https://developers.cloudflare.com/logs/reference/log-fields/account/gateway_http/

function gatewayLog(rng) {
  const render = (e, rng) => {
    const u = new URL(`https://${e.host}${target(e)}`);
    return [
      JSON.stringify({
        AccountID: 'b1c2d3e4f5a60718293a4b5c6d7e8f90',
        Action: e.action ?? 'allow',
        BlockedFileHash: '',
        BlockedFileName: '',
        Datetime: iso(e.t).replace('.000', ''),
        DestinationIP: e.ip,
        DestinationPort: 443,
        DeviceID: e.device,
        DeviceName: e.deviceName,
        Email: e.email,
        HTTPHost: u.hostname,
        HTTPMethod: e.method,
        HTTPStatusCode: e.status,
        HTTPVersion: 'HTTP/2',
        IsIsolated: false,
        PolicyID: e.action === 'block' ? 'a6c1f0e2-3b4d-4e5f-8a9b-0c1d2e3f4a5b' : '',
        PolicyName: e.action === 'block' ? 'Block gambling' : '',
        Referer: e.referer === '-' ? '' : e.referer,
        RequestID: e.gwReq ?? rng.hex(32),
        SessionID: rng.hex(32),
        SourceIP: e.src,
        SourcePort: e.port,
        URL: u.href,
        UserAgent: e.ua,
        UserID: e.userId,
      }),
    ];
  };
  const staff = [
    ['kari.moe@sildre.example', 'LAPTOP-KM14', 'b0d4c8a2-6e1f-4a3b-9c5d-7e2f1a0b3c4d', '2f6a1c9e-4b3d-4e8a-b7c1-5d9e0f2a3b6c'],
    ['jon.aas@sildre.example', 'MBP-JA', 'c1e5d9b3-7f2a-4b4c-8d6e-8f3a2b1c4d5e', '3a7b2d0f-5c4e-4f9b-a8d2-6e0f1a3b4c7d'],
  ];
  const who = (rng) => {
    const [email, deviceName, device, userId] = rng.pick(staff);
    return { email, deviceName, device, userId, src: `100.96.${rng.int(0, 20)}.${rng.int(2, 250)}` };
  };
  const filler = (rng) => ({
    ...who(rng),
    ...rng.pick([
      () => ({ host: 'www.nrk.example', path: '/' }),
      () => ({ host: 'outlook.office.example', path: '/mail/inbox', ua: BROWSERS[0] }),
      () => ({ host: 'github.example', path: `/sildre/${rng.pick(['web', 'infra'])}/pulls` }),
      () => ({ host: 'bet.kasino.example', path: '/', action: 'block', status: 403 }),
    ])(),
  });
  const steps = [
    4,
    plant('webhook', 'gateway-url-slack-workflow-trigger', 'error', WHY.webhook("A Slack Workflow Builder trigger URL (`hooks.slack.com/triggers/<team>/<id>/<secret>`) a laptop script posts to, in Gateway's `URL` under TLS inspection"), ({ rng }) => {
      const secret = rng.hex(32);
      const path = `/triggers/T${upperNum(rng, 10)}/${digits(rng, 13)}/${secret}`;
      return { value: secret, event: { ...who(rng), method: 'POST', host: 'hooks.slack.com', path, ua: TOOLS[1] } };
    }),
    4,
    plant('negative', 'gateway-youtube-share-si', 'none', "YouTube's share identifier (`si=<16>`) on a shared video link: attribution, no credential.", ({ rng }) => {
      const si = rng.b64url(16);
      return { value: si, event: { ...who(rng), host: 'youtu.be', path: `/${rng.b64url(11)}`, query: `si=${si}` } };
    }),
    4,
    plant('api-key-name', 'gateway-mapbox-secret-sk-token', 'error', WHY.apiKey('access_token') + " A Mapbox **secret** token (`sk.…`, unlike the public `pk.` tokens) an internal dashboard calls the uploads API with.", ({ rng }) => {
      const token = `sk.${b64urlOf(JSON.stringify({ u: 'sildre', a: rng.lowerNum(25) }))}.${rng.b64url(22)}`;
      return { value: token, event: { ...who(rng), host: 'api.mapbox.com', path: '/uploads/v1/sildre/credentials', query: `access_token=${token}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('encoded', 'gateway-safelinks-wrapped-reset-link', 'error', "A Microsoft Safe Links URL (`safelinks.protection.outlook.com/?url=…&data=…&sdata=…`): the wrapped password reset link is percent-encoded in `url` (`%3Ftoken%3D…`), one decoding away", ({ rng }) => {
      const token = rng.alnum(40);
      const inner = encodeURIComponent(`https://app.sildre.example/account/reset?token=${token}`);
      return { value: token, event: { ...who(rng), host: 'eur03.safelinks.protection.outlook.com', path: '/', query: `url=${inner}&data=05%7C02%7C%7C${rng.hex(32)}%7C${rng.hex(32)}%7C0%7C0%7C${digits(rng, 18)}%7CUnknown&sdata=${encodeURIComponent(rng.b64url(43) + '=')}&reserved=0`, status: 302 } };
    }),
    4,
    plant('oauth-code', 'gateway-referer-slack-oauth-redirect-code', 'warning', `${WHY.code} Slack's code (\`<digits>.<digits>.<64 hex>\`) on an intranet's \`/slack/oauth_redirect\`, in the Referer Gateway keeps for the next request of that page.`, ({ rng }) => {
      const code = `${digits(rng, 13)}.${digits(rng, 13)}.${rng.hex(64)}`;
      return { value: code, event: { ...who(rng), host: 'intranet.sildre.example', path: '/static/app.css', referer: `https://intranet.sildre.example/slack/oauth_redirect?code=${code}&state=${rng.b64url(24)}` } };
    }),
    4,
    plant('negative', 'gateway-msclkid', 'none', "Microsoft Advertising's click id (`msclkid=<32 hex>`): attribution, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ...who(rng), host: 'www.fjellsport.example', path: '/vinter/ski', query: `msclkid=${id}&utm_source=bing` } };
    }),
    4,
    plant('path-secret', 'gateway-zoom-join-pwd', 'error', WHY.pathSecret('A Zoom join link with its passcode (`/j/<meeting id>?pwd=<32>`): whoever has it joins the meeting'), ({ rng }) => {
      const pwd = rng.b64url(32);
      return { value: pwd, event: { ...who(rng), host: 'sildre.zoom.us', path: `/j/${digits(rng, 11)}`, query: `pwd=${pwd}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'www.nrk.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// scrapy.log: a Scrapy 2.13 crawl with `LOG_FILE` and the default `LOG_FORMAT` (`%(asctime)s [%(name)s] %(levelname)s:
// %(message)s`): the start-up `Overridden settings:` dict (pprint over lines), `Crawled (<status>) <GET …> (referer: …)`,
// `Redirecting (302) to <GET …> from <GET …>`, `Scraped from <200 …>` with the item over lines, the spider's own lines.
// https://docs.scrapy.org/en/latest/topics/logging.html, https://docs.scrapy.org/en/latest/topics/settings.html

function scrapyLog(rng) {
  const render = (e) => {
    const head = (name, level, msg) => `${ymdHms(e.t)} [${name}] ${level}: ${msg}`;
    if (e.lines) return [head(e.name, e.level ?? 'INFO', e.msg), ...e.lines];
    if (e.msg) return [head(e.name ?? 'prisjakt', e.level ?? 'DEBUG', e.msg)];
    if (e.redirect) return [head('scrapy.downloadermiddlewares.redirect', 'DEBUG', `Redirecting (${e.status}) to <GET ${e.redirect}> from <GET ${e.from}>`)];
    const crawled = head('scrapy.core.engine', 'DEBUG', `Crawled (${e.status}) <${e.method} ${e.url}> (referer: ${e.ref ?? 'None'})`);
    if (!e.item) return [crawled];
    return [crawled, head('scrapy.core.scraper', 'DEBUG', `Scraped from <${e.status} ${e.url}>`), ...e.item];
  };
  const SHOP = 'https://www.fjellsport.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `${SHOP}/produkt/${rng.int(10000, 99999)}`, ref: `${SHOP}/kategori/telt`, status: 200 }),
      () => ({ url: `${SHOP}/kategori/telt?page=${rng.int(2, 9)}`, ref: `${SHOP}/kategori/telt`, status: 200 }),
      () => ({ name: 'scrapy.extensions.logstats', level: 'INFO', msg: `Crawled ${rng.int(20, 400)} pages (at ${rng.int(10, 40)} pages/min), scraped ${rng.int(10, 200)} items (at ${rng.int(5, 30)} items/min)` }),
      () => ({ url: `${SHOP}/produkt/${rng.int(10000, 99999)}`, ref: `${SHOP}/kategori/sovepose`, status: 404 }),
    ])();
  const steps = [
    { raw: { name: 'scrapy.utils.log', msg: 'Scrapy 2.13.3 started (bot: prisjakt)', level: 'INFO' }, after: 0 },
    plant('framework-dump', 'scrapy-overridden-settings-zyte-api-key', 'error', "Scrapy's start-up `Overridden settings:` dict (pprint over lines without a time): the Zyte API key set in `settings.py`", ({ rng }) => {
      const key = rng.hex(32);
      return {
        value: key,
        event: {
          name: 'scrapy.crawler',
          msg: 'Overridden settings:',
          lines: ["{'AUTOTHROTTLE_ENABLED': True,", " 'BOT_NAME': 'prisjakt',", " 'DOWNLOAD_HANDLERS': {'http': 'scrapy_zyte_api.ScrapyZyteAPIDownloadHandler',", "                       'https': 'scrapy_zyte_api.ScrapyZyteAPIDownloadHandler'},", " 'FEED_EXPORT_ENCODING': 'utf-8',", " 'ROBOTSTXT_OBEY': True,", " 'SPIDER_MODULES': ['prisjakt.spiders'],", ` 'ZYTE_API_KEY': '${key}'}`],
        },
      };
    }, { after: 1 }),
    4,
    plant('api-key-name', 'scrapy-scraperapi-api_key-url', 'error', WHY.apiKey('api_key') + ' A scraping proxy taken as an API (`api.scraperapi.com/?api_key=…&url=…`): Scrapy writes the URL whole in its `Crawled` line.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { url: `http://api.scraperapi.com/?api_key=${key}&url=${encodeURIComponent(`https://www.prisguide-n.example/sok?q=telt`)}&country_code=no`, status: 200 } };
    }),
    4,
    plant('negative', 'shopify-search-_sid', 'none', "Shopify's search tracking parameters (`_pos=1&_sid=<9 hex>&_ss=r`): `_sid` is a search id, no session.", ({ rng }) => {
      const sid = rng.hex(9);
      return { value: `_sid=${sid}`, event: { url: `https://www.turbutikk-h.example/products/lettvektstelt-2p?_pos=1&_sid=${sid}&_ss=r`, ref: 'https://www.turbutikk-h.example/search?q=telt', status: 200 } };
    }),
    4,
    plant('header-dump', 'scrapy-request-headers-glpat', 'error', "A spider printing `response.request.headers` (Scrapy's `{b'Name': [b'value']}`): a GitLab token in `Private-Token`", ({ rng }) => {
      const token = `glpat-${rng.b64url(20)}`;
      return { value: token, event: { msg: `api headers: {b'Accept': [b'application/json'], b'Private-Token': [b'${token}'], b'User-Agent': [b'Scrapy/2.13.3 (+https://scrapy.org)'], b'Accept-Encoding': [b'gzip, deflate, br, zstd']}`, name: 'gitlab_issues' } };
    }),
    4,
    plant('implicit-fragment', 'scrapy-redirect-location-fragment-access_token', 'error', "A spider signing in through an implicit flow: Scrapy's `Redirecting (302) to <GET …#access_token=…>` line writes the Location with its fragment", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.prisguide-n.example', sub: rng.uuid(), aud: 'partner-portal', scope: 'prices:read' } });
      return { value: token.token, jwt: token.facts, event: { redirect: `https://partner.prisguide-n.example/signin-callback#access_token=${token.token}&token_type=Bearer&expires_in=3600`, from: `https://id.prisguide-n.example/authorize?response_type=token&client_id=partner-portal&redirect_uri=https%3A%2F%2Fpartner.prisguide-n.example%2Fsignin-callback&state=${rng.b64url(16)}`, status: 302 } };
    }),
    4,
    plant('session-id', 'vbulletin-s-session-hash-url', 'error', WHY.session("vBulletin's session hash in the URL (`showthread.php?s=<32 hex>&t=…`) a cookieless crawler gets in every link"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { url: `https://forum.friluft-q.example/showthread.php?s=${s}&t=${rng.int(10000, 99999)}`, ref: 'https://forum.friluft-q.example/forumdisplay.php?f=12', status: 200 } };
    }),
    4,
    plant('encoded', 'scrapy-item-json-unicode-escaped-equals-token', 'error', "An item field scraped from a page's inline JSON with the escapes left in (`token\\u003d…\\u0026exp\\u003d…`): the stream token is one JSON unescape away, on an item line without a time", ({ rng, t }) => {
      const token = rng.b64url(40);
      const url = `https://www.fjellsport.example/produkt/${rng.int(10000, 99999)}`;
      return {
        value: token,
        event: { url, ref: `${SHOP}/kategori/telt`, status: 200, item: [`{'name': 'Lettvektstelt 2P',`, ` 'price': '3499.00',`, ` 'url': '${url}',`, ` 'video': 'https://video.fjellsport.example/hls/telt.m3u8?token\\u003d${token}\\u0026exp\\u003d${sec(t) + 3600}'}`] },
      };
    }),
    4,
    plant('negative', 'scrapy-images-pipeline-checksum', 'none', "The `checksum` ImagesPipeline adds to an item (an MD5 of the downloaded image): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      const url = `${SHOP}/produkt/${rng.int(10000, 99999)}`;
      return { value: h, event: { url, ref: `${SHOP}/kategori/sovepose`, status: 200, item: [`{'images': [{'checksum': '${h}',`, `             'path': 'full/${rng.hex(40)}.jpg',`, "             'status': 'downloaded',", `             'url': '${SHOP}/media/sovepose.jpg'}],`, " 'name': 'Dunsovepose -10'}"] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'www.fjellsport.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// yii-app.log: Yii 2.0.53's FileTarget (`runtime/logs/app.log`): `<Y-m-d H:i:s> [<ip>][<user id>][<session id>][<level>]
// [<category>] <message>`, and with each request's errors the context message of `logVars` (default `_GET`, `_POST`,
// `_FILES`, `_COOKIE`, `_SESSION`, `_SERVER`) dumped by VarDumper over many lines; `maskVars` hides only
// `_SERVER.HTTP_AUTHORIZATION`, `PHP_AUTH_USER` and `PHP_AUTH_PW` (`***`).
// https://www.yiiframework.com/doc/guide/2.0/en/runtime-logging, https://www.yiiframework.com/doc/api/2.0/yii-log-target

function yiiLog(rng) {
  const HOST = 'booking.kveld.example';
  const dump = (name, entries, indent = '') => entries.length === 0 ? [`${indent}$${name} = []`] : [`${indent}$${name} = [`, ...entries.flatMap(([k, v]) => (Array.isArray(v) ? [`${indent}    '${k}' => [`, ...v.map(([k2, v2]) => `${indent}        '${k2}' => '${v2}'`), `${indent}    ]`] : [`${indent}    '${k}' => '${v}'`])), `${indent}]`];
  const render = (e) => {
    const prefix = `${ymdHms(e.t)} [${e.ip}][${e.uid ?? '-'}][${e.sid ?? '-'}]`;
    const lines = [`${prefix}[${e.level ?? 'info'}][${e.category ?? 'application'}] ${e.msg}`];
    if (!e.ctx) return lines;
    const uri = target(e);
    const server = [
      ['HTTP_HOST', HOST],
      ['HTTP_USER_AGENT', e.ua],
      ['HTTP_ACCEPT', e.accept ?? 'text/html,application/xhtml+xml'],
      ...(e.cookieHeader ? [['HTTP_COOKIE', e.cookieHeader]] : []),
      ...(e.serverExtra ?? []),
      ['REMOTE_ADDR', e.ip],
      ['REQUEST_METHOD', e.method],
      ['QUERY_STRING', e.query],
      ['REQUEST_URI', uri],
      ['SCRIPT_NAME', '/index.php'],
    ];
    const blocks = [dump('_GET', e.get ?? []), ...(e.post ? [dump('_POST', e.post)] : []), dump('_COOKIE', e.cookies ?? []), dump('_SERVER', server)];
    const ctx = blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b]));
    ctx[0] = `${prefix}[info][application] ${ctx[0]}`;
    return [...lines, ...ctx];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Booking ${rng.int(1000, 9999)} confirmed for room ${rng.int(1, 40)}`, category: 'app\\services\\BookingService' }),
      () => ({ msg: `Sent reminder e-mails: ${rng.int(0, 30)}`, category: 'app\\commands\\ReminderController', ip: '-' }),
      () => ({ level: 'warning', msg: `Slow query (${rng.int(1000, 4000)} ms): SELECT * FROM booking WHERE date >= :from`, category: 'yii\\db\\Command::query' }),
    ])();
  const steps = [
    4,
    plant('session-id', 'yii-prefix-session-id-and-phpsessid-cookie', 'error', WHY.session("A PHP session id in Yii's log prefix (`[<ip>][<user id>][<session id>]`) of a signed-in user's error, written again in the `$_COOKIE` and `HTTP_COOKIE` lines of the context dump"), ({ rng }) => {
      const sid = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
      return { value: sid, event: { uid: 17, sid, level: 'error', category: 'yii\\web\\HttpException:403', msg: 'yii\\web\\ForbiddenHttpException: You are not allowed to perform this action. in /var/www/booking/vendor/yiisoft/yii2/filters/AccessControl.php:160', ctx: true, path: '/admin/booking/delete', query: 'id=8812', get: [['id', '8812']], cookies: [['PHPSESSID', sid]], cookieHeader: `PHPSESSID=${sid}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'yii-authorization-masked', 'none', "`$_SERVER['HTTP_AUTHORIZATION']` written as `***` by Yii's default `maskVars`: the value is gone.", ({ rng }) => ({
      value: "'HTTP_AUTHORIZATION' => '***'",
      event: { level: 'error', category: 'yii\\web\\HttpException:404', msg: 'yii\\web\\NotFoundHttpException: Object not found: 44. in /var/www/booking/controllers/api/RoomController.php:58', ctx: true, path: '/api/rooms/44', query: '', accept: 'application/json', serverExtra: [['HTTP_AUTHORIZATION', '***']], ua: TOOLS[2], ip: publicIp(rng) },
    })),
    4,
    plant('api-key-name', 'yii-queryparamauth-access-token-get-dump', 'error', WHY.apiKey('access-token') + " Yii's REST QueryParamAuth reads it from the query; the failed request's `$_GET` dump writes it on a line without a time, and `QUERY_STRING` and `REQUEST_URI` write it again.", ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { level: 'error', category: 'yii\\web\\HttpException:401', msg: 'yii\\web\\UnauthorizedHttpException: Your request was made with invalid credentials. in /var/www/booking/vendor/yiisoft/yii2/filters/auth/AuthMethod.php:93', ctx: true, path: '/api/bookings', query: `access-token=${token}&from=2026-12-01`, get: [['access-token', token], ['from', '2026-12-01']], accept: 'application/json', ua: TOOLS[1] } };
    }),
    4,
    plant('framework-dump', 'yii-post-dump-loginform-password', 'error', "A failed sign-in's `$_POST` dump (`'LoginForm' => ['password' => …]`): `maskVars` does not cover request bodies, so the password is on a line without a time", ({ rng }) => {
      const pw = `${rng.alnum(10)}!${digits(rng, 4)}`;
      return { value: pw, event: { level: 'warning', category: 'app\\controllers\\SiteController::actionLogin', msg: 'Login throttled for kari.moe (5 failures in 10 minutes)', ctx: true, method: 'POST', path: '/site/login', query: '', post: [['_csrf', rng.b64url(88)], ['LoginForm', [['username', 'kari.moe'], ['password', pw], ['rememberMe', '1']]]], ua: BROWSERS[1] } };
    }),
    4,
    plant('negative', 'yii-csrf-cookie', 'none', "Yii's `_csrf` cookie (an HMAC followed by a serialized array with the CSRF token): CSRF protection, no credential.", ({ rng }) => {
      const c = `${rng.hex(64)}a:2:{i:0;s:5:"_csrf";i:1;s:32:"${rng.b64url(32)}";}`;
      return { value: c, event: { level: 'error', category: 'yii\\web\\HttpException:404', msg: 'yii\\web\\NotFoundHttpException: Page not found. in /var/www/booking/vendor/yiisoft/yii2/web/Request.php:242', ctx: true, path: '/wp-login.php', query: '', cookies: [['_csrf', c]], ua: BROWSERS[3] } };
    }),
    4,
    plant('header-dump', 'yii-server-dump-http_x_api_key', 'error', "An `X-Api-Key` header in the `$_SERVER` dump (`'HTTP_X_API_KEY' => …`; `maskVars` names only `HTTP_AUTHORIZATION`), on a line without a time", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { level: 'error', category: 'yii\\base\\ErrorException:2', msg: 'PHP Warning \'yii\\base\\ErrorException\' with message \'Undefined array key "room_id"\' in /var/www/booking/controllers/api/ChannelController.php:77', ctx: true, method: 'POST', path: '/api/channel/availability', query: '', accept: 'application/json', serverExtra: [['HTTP_X_API_KEY', key], ['CONTENT_TYPE', 'application/json']], ua: 'Channex/2.4' } };
    }),
    4,
    plant('webhook', 'yii-rocketchat-hook-url-error', 'error', WHY.webhook('A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) in the error the notifier logs when the post times out'), ({ rng }) => {
      const token = rng.alnum(48);
      return { value: token, event: { level: 'error', category: 'app\\components\\Notifier', msg: `Rocket.Chat notify failed: cURL error 28: Operation timed out after 5001 milliseconds (https://chat.kveld.example/hooks/${rng.alnum(17)}/${token})` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// php-cli-server.log: PHP 8.4's built-in web server (`php -S 0.0.0.0:8080 -t public`, a staging Slim app) on stderr:
// `[<Day Mon DD HH:MM:SS YYYY>] <addr>:<port> Accepted`, `… [<status>]: <METHOD> <uri>`, `… Closing`, local time (UTC).
// https://www.php.net/manual/en/features.commandline.webserver.php,
// https://github.com/php/php-src/blob/master/sapi/cli/php_cli_server.c

function phpServerLog(rng) {
  const stamp = (ms) => {
    const d = new Date(ms);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) => {
    const who = `${e.ip}:${e.port}`;
    if (e.msg) return [`[${stamp(e.t)}] ${e.msg}`];
    return [`[${stamp(e.t)}] ${who} Accepted`, `[${stamp(e.t)}] ${who} [${e.status}]: ${e.method} ${target(e)}`, `[${stamp(e.t)}] ${who} Closing`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/api/slots', query: `date=2026-12-0${rng.int(4, 9)}` }),
      () => ({ path: '/favicon.ico', status: 404 }),
      () => ({ path: `/bookings/${rng.int(100, 999)}` }),
    ])();
  const steps = [
    { raw: { msg: 'PHP 8.4.15 Development Server (http://0.0.0.0:8080) started' }, after: 0 },
    2,
    plant('oauth-code', 'php-server-discord-oauth-callback-code', 'warning', `${WHY.code} Discord's code (30 characters) on the app's callback, in the built-in server's request line.`, ({ rng }) => {
      const code = rng.alnum(30);
      return { value: code, event: { path: '/auth/discord/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 302, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'xdebug-session-flag', 'none', "`XDEBUG_SESSION=PHPSTORM`: starts a debugging session in the IDE, no credential.", () => ({ value: 'XDEBUG_SESSION=PHPSTORM', event: { path: '/bookings/new', query: 'XDEBUG_SESSION=PHPSTORM' } })),
    4,
    plant('replay', 'login_ticket-opaque', 'note', WHY.ticketFirst('An opaque `login_ticket` from the staging SSO (exchanged once for a session)'), ({ rng, t }) => {
      firstUse.login = t;
      const ticket = rng.alnum(36);
      return { value: ticket, event: { path: '/sso/accept', query: `login_ticket=${ticket}`, status: 302, ip: '198.51.100.71' } };
    }, { ref: 'login' }),
    2,
    plant('replay', 'login_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('login').value, why: WHY.replay('login_ticket', gap('login', t)) }], event: { path: '/sso/accept', query: `login_ticket=${refs.get('login').value}`, status: 302, ip: '203.0.113.66' } }), { replayOf: 'login', after: 40 }),
    4,
    plant('path-secret', 'php-server-magic-link-path', 'error', WHY.pathSecret('A magic sign-in link (`/auth/magic/<token>`) opened from an e-mail'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/auth/magic/${token}`, status: 302, ua: BROWSERS[2] } };
    }),
    4,
    plant('negative', 'asset-version-short-sha', 'none', 'An asset version (`?v=<7 hex>`, the deployed commit): no credential.', ({ rng }) => {
      const v = rng.hex(7);
      return { value: `v=${v}`, event: { path: '/assets/app.js', query: `v=${v}` } };
    }),
    4,
    plant('embed-jwt', 'php-server-embed-chart-jwt-120s-no-jti', 'warning', 'An embed JWT in `/embed/chart/<JWT>` valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 10, claims: { resource: { chart: rng.int(10, 99) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/chart/${token.token}`, ua: BROWSERS[1] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'staging.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// elasticsearch_audit.json: Elasticsearch 9 security audit log (`<cluster>_audit.json`, one JSON event per line) with
// `xpack.security.audit.logfile.events.include` adding `authentication_success` and `emit_request_body: true`: REST
// events carry `url.path`, `url.query`, `request.method` and the body as an escaped JSON string in `request.body`.
// https://www.elastic.co/docs/reference/elasticsearch/elasticsearch-audit-events,
// https://www.elastic.co/docs/deploy-manage/monitor/stack-audit-logging/auditing-http-request-bodies

function esAuditLog(rng) {
  const NODE = { 'cluster.name': 'app-prod', 'cluster.uuid': 'Wq3kD8xTQ1e7mYb2Zr9v0A', 'node.name': 'es-data-1', 'node.id': 'g5Xc1pR0S8uT2vN4kL7hJw' };
  const stamp = (ms) => `${iso(ms).slice(0, 19)},${pad(ms % 1000, 3)}+0000`;
  const render = (e, rng) => {
    const auth = e.apiKey ? { 'authentication.type': 'API_KEY', 'user.name': 'svc-app', 'user.realm': '_es_api_key', 'user.realm_type': '_es_api_key', 'authentication.api_key.id': e.apiKey, 'authentication.api_key.name': 'app-writer' } : { 'authentication.type': 'REALM', 'user.name': e.user ?? 'kibana_system', 'user.realm': 'reserved', 'user.realm_type': 'reserved' };
    const event = { type: 'audit', timestamp: stamp(e.t), ...NODE, 'event.type': 'rest', 'event.action': 'authentication_success', ...auth, 'origin.type': 'rest', 'origin.address': `${e.addr ?? `10.2.0.${rng.int(10, 40)}`}:${e.port}`, realm: auth['user.realm'], 'url.path': e.path, ...(e.query ? { 'url.query': e.query } : {}), 'request.method': e.method, ...(e.body ? { 'request.body': JSON.stringify(e.body) } : {}), 'request.id': rng.b64url(22) };
    return [JSON.stringify(event)];
  };
  const KEY = rng.b64url(20);
  const filler = (rng) =>
    rng.pick([
      () => ({ apiKey: KEY, method: 'POST', path: '/products/_search', body: { query: { match: { name: rng.pick(['telt', 'sovepose', 'primus']) } }, size: 20 } }),
      () => ({ user: 'kibana_system', method: 'GET', path: '/_nodes/_local', query: 'filter_path=nodes.*.version' }),
      () => ({ apiKey: KEY, method: 'POST', path: '/_bulk', query: 'refresh=false' }),
      () => ({ user: 'elastic-agent', method: 'GET', path: '/_cluster/health' }),
    ])();
  const steps = [
    4,
    plant('framework-dump', 'es-audit-request-body-term-reset_token', 'error', "An application looking a password reset token up by value: the search's body (`{\"query\":{\"term\":{\"reset_token\":…}}}`) is in `request.body`", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { apiKey: KEY, method: 'POST', path: '/users/_search', body: { query: { term: { reset_token: token } }, size: 1 } } };
    }),
    4,
    plant('negative', 'es-audit-scroll_id', 'none', "A search `scroll_id` (base64 starting `FGluY2x1ZGVfY29udGV4dF91dWlk`, of `include_context_uuid`): a cursor, no credential.", ({ rng }) => {
      const id = `FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFk${rng.b64url(60)}`;
      return { value: id, event: { apiKey: KEY, method: 'POST', path: '/_search/scroll', body: { scroll: '1m', scroll_id: id } } };
    }),
    4,
    plant('session-id', 'es-audit-url-query-session_id-lookup', 'error', WHY.session('A session id looked up by value in a URI search (`url.query`: `q=session_id:<id>`)'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { apiKey: KEY, method: 'GET', path: '/sessions/_search', query: `q=session_id:${sid}&size=1` } };
    }),
    4,
    plant('refresh-token', 'es-audit-update-body-refresh_token', 'error', `${WHY.refresh} A rotated refresh token stored by an \`_update\` whose body Elasticsearch keeps in \`request.body\`.`, ({ rng, t }) => {
      const token = rng.b64url(86);
      return { value: token, event: { apiKey: KEY, method: 'POST', path: `/oauth-grants/_update/${rng.uuid()}`, body: { doc: { refresh_token: token, rotated_at: iso(t) } } } };
    }),
    4,
    plant('negative', 'es-audit-api-key-id', 'none', "`authentication.api_key.id`: the id of the API key (its secret half is never logged), no credential.", () => ({ value: KEY, needle: `"authentication.api_key.name":"app-writer","origin.type":"rest","origin.address":"10.2.0.99:40123"`, event: { apiKey: KEY, method: 'GET', path: '/products/_count', addr: '10.2.0.99', port: 40123 } })),
    4,
    plant('id-token', 'es-audit-index-body-id_token', 'error', "An application indexing its login events with the OIDC `id_token`, which `request.body` keeps", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.fjord-l.example', aud: 'shop-web', sub: rng.uuid(), email: 'jon@fjord-l.example' } });
      return { value: token.token, jwt: token.facts, event: { apiKey: KEY, method: 'POST', path: '/login-events/_doc', body: { '@timestamp': iso(t), user: 'jon@fjord-l.example', method: 'oidc', id_token: token.token } } };
    }),
    4,
    plant('webhook', 'es-audit-watcher-slack-webhook-path', 'error', WHY.webhook("A Slack webhook in a Watcher `webhook` action (`\"host\":\"hooks.slack.com\",\"path\":\"/services/…\"`) created through the REST API, in `request.body`"), ({ rng }) => {
      const hook = slackHook(rng);
      return { value: hook, event: { user: 'elastic', method: 'PUT', path: '/_watcher/watch/disk-usage', body: { trigger: { schedule: { interval: '10m' } }, input: { search: { request: { indices: ['metrics-*'] } } }, actions: { notify: { webhook: { scheme: 'https', host: 'hooks.slack.com', port: 443, method: 'post', path: `/services/${hook}`, body: '{"text":"disk usage above 85%"}' } } } } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'es.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// odoo.log: Odoo 18's server log (`%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s`) with the werkzeug
// request lines Odoo writes (`<ip> - - [<date>] "<request line>" <status> - <queries> <query time> <remaining time>`),
// portal, auth_oauth (Google, implicit flow: the sign-in page turns the fragment into the query of `/auth_oauth/signin`)
// and an automation rule's webhook.
// https://www.odoo.com/documentation/18.0/developer/reference/cli.html#logging,
// https://github.com/odoo/odoo/blob/18.0/addons/auth_oauth/controllers/main.py

function odooLog(rng) {
  const DB = 'prod';
  const render = (e, rng) => {
    const head = (level, logger) => `${pyTime(e.t)} ${e.pid ?? 4242} ${level} ${DB} ${logger}: `;
    if (e.msg) return [`${head(e.level ?? 'INFO', e.logger)}${e.msg}`];
    const line = `${head('INFO', 'werkzeug')}${e.ip} - - [${wzTime(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} - ${rng.int(2, 60)} ${(rng.int(1, 90) / 1000).toFixed(3)} ${(e.ms / 1000).toFixed(3)}`;
    return e.before ? [`${head(e.before.level ?? 'INFO', e.before.logger)}${e.before.msg}`, line] : [line];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/web', ua: BROWSERS[0] }),
      () => ({ method: 'POST', path: `/web/dataset/call_kw/sale.order/web_search_read`, ua: BROWSERS[0] }),
      () => ({ path: '/shop', query: `category=${rng.int(2, 20)}` }),
      () => ({ msg: `Login successful for db:${DB} login:${rng.pick(['kari', 'jon', 'admin'])} from ${publicIp(rng)}`, logger: 'odoo.addons.base.models.res_users' }),
      () => ({ method: 'POST', path: '/websocket/peek_notifications', ua: BROWSERS[1] }),
    ])();
  const steps = [
    4,
    plant('implicit-fragment', 'odoo-auth_oauth-signin-access_token-query', 'error', "Odoo's auth_oauth uses Google's implicit flow: the sign-in page moves the fragment into the query of `/auth_oauth/signin?access_token=…&state=…`, which werkzeug's line writes whole (a Google access token, `ya29.…`)", ({ rng }) => {
      const token = `ya29.${rng.b64url(150)}`;
      return { value: token, event: { path: '/auth_oauth/signin', query: `access_token=${token}&token_type=Bearer&expires_in=3599&scope=openid%20email%20profile&state=%7B%22d%22%3A%20%22${DB}%22%2C%20%22p%22%3A%203%2C%20%22r%22%3A%20%22%252Fweb%22%7D`, status: 303, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'odoo-image-unique-write-date', 'none', "Odoo's image URL `unique=` (the record's write date, as digits): a cache key, no credential.", ({ rng }) => {
      const u = `20261203${digits(rng, 6)}`;
      return { value: `unique=${u}`, event: { path: `/web/image/res.partner/${rng.int(3, 90)}/avatar_128`, query: `unique=${u}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('path-secret', 'odoo-web-reset_password-token', 'error', WHY.pathSecret("Odoo's password reset link (`/web/reset_password?db=…&token=<20>`)"), ({ rng }) => {
      const token = rng.alnum(20);
      return { value: token, event: { path: '/web/reset_password', query: `db=${DB}&token=${token}`, ua: BROWSERS[2] } };
    }),
    4,
    plant('path-secret', 'odoo-portal-access_token-uuid', 'error', WHY.pathSecret("An Odoo portal link to an invoice PDF (`/my/invoices/<id>?access_token=<UUID>`): the UUID is the share secret, whoever has the link downloads the invoice"), ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { path: `/my/invoices/${rng.int(1000, 9999)}`, query: `access_token=${token}&report_type=pdf&download=true`, ua: BROWSERS[4] } };
    }),
    4,
    plant('negative', 'odoo-web-assets-hash', 'none', "Odoo's asset bundle URL (`/web/assets/<hash>/web.assets_frontend_lazy.min.js`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(7);
      return { value: `/web/assets/${h}/`, event: { path: `/web/assets/${h}/web.assets_frontend_lazy.min.js`, ua: BROWSERS[1] } };
    }),
    4,
    plant('encoded', 'odoo-login-redirect-percent-encoded-portal-token', 'error', "A portal link kept in `/web/login?redirect=` percent-encoded (`%3Faccess_token%3D<UUID>`) when the customer's session had expired: one decoding away", ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { path: '/web/login', query: `redirect=${encodeURIComponent(`/my/orders/${rng.int(100, 999)}?access_token=${token}`)}`, ua: BROWSERS[3] } };
    }),
    4,
    plant('webhook', 'odoo-automation-web-hook-uuid', 'error', WHY.webhook("An Odoo automation rule's webhook (`POST /web/hook/<UUID>`, the UUID is the only secret) a payment provider calls, in werkzeug's line and the rule's own line before it"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'POST', path: `/web/hook/${id}`, ua: 'Vipps-Webhooks/1.0', before: { logger: 'odoo.addons.base_automation.models.base_automation', msg: `Webhook #${rng.int(2, 9)} triggered with payload {'reference': 'S0${rng.int(1000, 9999)}', 'status': 'AUTHORIZED'} (/web/hook/${id})` } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'erp.fjord-l.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// strapi.log: Strapi 5 (`strapi start`, stdout to a file): the logger middleware's `http` lines (`<METHOD> <url>
// (<ms> ms) <status>`) and application lines, through Strapi's default winston format (`[<YYYY-MM-DD HH:mm:ss.SSS>]
// <level>: <message>`, local time, UTC on this server).
// https://docs.strapi.io/cms/configurations/middlewares#logger, https://docs.strapi.io/cms/configurations/logger,
// https://github.com/strapi/strapi/blob/develop/packages/core/core/src/middlewares/logger.ts

function strapiLog(rng) {
  const render = (e) => {
    const head = `[${ymdHms(e.t)}.${pad(e.t % 1000, 3)}]`;
    if (e.msg) return [`${head} ${e.level ?? 'info'}: ${e.msg}`];
    return [`${head} http: ${e.method} ${target(e)} (${e.ms} ms) ${e.status}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/articles', query: `populate=*&pagination[page]=${rng.int(1, 5)}` }),
      () => ({ path: `/api/articles/${rng.lowerNum(24)}` }),
      () => ({ path: '/admin/init' }),
      () => ({ path: `/uploads/large_fjord_${rng.int(1, 9)}.jpg` }),
      () => ({ msg: `Cron job "cleanup-drafts" done (${rng.int(0, 12)} drafts removed)` }),
    ])();
  const steps = [
    4,
    plant('id-token', 'strapi-provider-callback-id_token-query', 'error', "An ID token in the query of Strapi's provider callback (`/api/auth/cognito/callback?id_token=…&access_token=…`, the front end passes on what the provider returned), in the logger middleware's line", ({ rng, t }) => {
      const pool = `eu-north-1_${rng.alnum(9)}`;
      const token = jwt(rng, t, { lifetime: 3600, age: 4, alg: 'RS256', kid: rng.b64url(43), claims: { sub: rng.uuid(), aud: rng.lowerNum(26), iss: `https://cognito-idp.eu-north-1.amazonaws.com/${pool}`, token_use: 'id', email: 'redaksjon@fjord-l.example' } });
      const access = jwt(rng, t, { lifetime: 3600, age: 4, alg: 'RS256', kid: rng.b64url(43), claims: { sub: rng.uuid(), iss: `https://cognito-idp.eu-north-1.amazonaws.com/${pool}`, token_use: 'access', scope: 'openid email' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/auth/cognito/callback', query: `id_token=${token.token}&access_token=${access.token}`, status: 200, ms: 212 } };
    }),
    4,
    plant('negative', 'strapi-upload-thumbnail-hash', 'none', "Strapi's upload file name (`thumbnail_<name>_<10 hex>.jpg`): a hash suffix, no credential.", ({ rng }) => {
      const h = rng.hex(10);
      return { value: `_${h}.jpg`, event: { path: `/uploads/thumbnail_nordlys_${h}.jpg` } };
    }),
    4,
    plant('path-secret', 'strapi-admin-reset-password-code', 'error', WHY.pathSecret("Strapi's admin password reset link (`/admin/auth/reset-password?code=<40 hex>`; `code` without `state` is no OAuth code)"), ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { path: '/admin/auth/reset-password', query: `code=${code}`, ms: 3 } };
    }),
    4,
    plant('webhook', 'strapi-webhook-error-cloudflare-pages-deploy-hook', 'error', WHY.webhook("A Cloudflare Pages deploy hook (`/pages/webhooks/deploy_hooks/<UUID>`) in the error Strapi logs when the webhook call fails: calling it rebuilds the site"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { level: 'error', msg: `Webhook "rebuild-site" failed: POST https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${id} connect ETIMEDOUT 104.16.${rng.int(1, 250)}.${rng.int(1, 250)}:443` } };
    }),
    4,
    plant('api-key-name', 'strapi-preview-secret-query', 'error', WHY.apiKey('secret') + " Strapi's preview handler is called with the front end's preview secret (`/api/preview?secret=…&url=…&status=draft`).", ({ rng }) => {
      const s = rng.b64url(32);
      return { value: s, event: { path: '/api/preview', query: `secret=${s}&url=%2Fartikler%2Fvinterfjell&status=draft`, status: 307, ms: 4 } };
    }),
    4,
    plant('negative', 'strapi-slug-filter-word-token', 'none', 'A filter on an article slug that contains the word `token` (`filters[slug][$eq]=token-rotation-guide`): no credential.', () => ({ value: 'token-rotation-guide', event: { path: '/api/articles', query: 'filters[slug][$eq]=token-rotation-guide&populate=*' } })),
    4,
    plant('header-dump', 'strapi-debug-headers-api-token', 'error', "A custom middleware logging `ctx.request.headers` as JSON: a Strapi API token (256 hex) in `authorization: Bearer …`", ({ rng }) => {
      const token = rng.hex(256);
      return { value: token, event: { level: 'debug', msg: `sync request headers: {"host":"cms.fjord-l.example","authorization":"Bearer ${token}","content-type":"application/json","user-agent":"node"}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'cms.fjord-l.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// django-runserver.log: `manage.py runserver` on a staging host (Django 5.2): the `django.server` logger's default
// format (`[{server_time}] {message}`: `"GET /path?query HTTP/1.1" 200 1234`, no client address), `django.request`
// warnings (`Not Found: /path`) on the line before, the start-up banner.
// https://docs.djangoproject.com/en/5.2/ref/logging/#django-server, https://github.com/django/django/blob/main/django/utils/log.py

function djangoRunLog(rng) {
  const render = (e) => {
    if (e.msg) return [e.msg];
    const line = `[${wzTime(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes}`;
    return e.status === 404 ? [`Not Found: ${e.path}`, line] : [line];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/api/trips/', query: `page=${rng.int(1, 6)}` }),
      () => ({ path: `/trips/${rng.int(100, 999)}/` }),
      () => ({ path: '/favicon.ico', status: 404, bytes: 179 }),
    ])();
  const banner = ['Watching for file changes with StatReloader', 'Performing system checks...', '', 'System check identified no issues (0 silenced).', 'December 03, 2026 - 17:00:02', 'Django version 5.2.9, using settings \'trips.settings.staging\'', 'Starting development server at http://0.0.0.0:8000/', 'Quit the server with CONTROL-C.', ''];
  const steps = [
    4,
    plant('path-secret', 'django-allauth-password-reset-key', 'error', WHY.pathSecret("django-allauth's password reset link (`/accounts/password/reset/key/<uidb36>-<token>/`), before allauth swaps it for `…/key/<uidb36>-set-password/`"), ({ rng }) => {
      const key = `${rng.lowerNum(2)}-${rng.lowerNum(6)}-${rng.hex(32)}`;
      return { value: key, event: { path: `/accounts/password/reset/key/${key}/`, status: 302, bytes: 0 } };
    }),
    4,
    plant('negative', 'django-debug-toolbar-store_id', 'none', "django-debug-toolbar's panel request (`/__debug__/render_panel/?store_id=<32 hex>&panel_id=SQLPanel`): an id of the toolbar's stored request, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { path: '/__debug__/render_panel/', query: `store_id=${id}&panel_id=SQLPanel` } };
    }),
    4,
    plant('id-token', 'django-runserver-logout-id_token_hint-expired-5h', 'note', 'An ID token as `id_token_hint` of the logout route, expired five hours before (an old tab), in runserver\'s request line', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 6 * 3600, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://sso.fjord-l.example/realms/staff', aud: 'trips', sub: rng.uuid(), typ: 'ID' } });
      return { value: token.token, jwt: token.facts, event: { path: '/oidc/logout/', query: `id_token_hint=${token.token}&state=${rng.b64url(16)}`, status: 302, bytes: 0 } };
    }),
    4,
    plant('api-key-name', 'django-license_key-query', 'error', WHY.apiKey('license_key') + ' A paid map plugin checks its license against the staging server.', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/maps/tiles/config/', query: `license_key=${key}&v=3` } };
    }),
    4,
    plant('negative', 'django-manifest-static-hash', 'none', "A static file name with ManifestStaticFilesStorage's hash (`app.<12 hex>.js`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(12);
      return { value: `app.${h}.js`, event: { path: `/static/js/app.${h}.js`, status: 304, bytes: 0 } };
    }),
    4,
    plant('encoded', 'django-share-standard-base64-percent-encoded', 'error', 'A share key in standard base64 (32 bytes), percent-encoded in the query (`+`, `/` and the `=` padding as `%2B`, `%2F`, `%3D`): the key is one decoding away', ({ rng }) => {
      const raw = rng.bytes(32).toString('base64');
      const enc = encodeURIComponent(raw);
      return { value: enc, event: { path: '/trips/shared/', query: `share=${enc}` } };
    }),
    4,
  ];
  const built = buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'staging-trips.fjord-l.example' }, filler, render, steps, header: banner });
  return built;
}

// ---------------------------------------------------------------------------------------------------------------------
// proxy-host-3_access.log: Nginx Proxy Manager 2 (a home lab's media and tools behind it), its `proxy` log_format:
// `[$time_local] $upstream_cache_status $upstream_status $status - $request_method $scheme $host "$request_uri"
// [Client $remote_addr] [Length $body_bytes_sent] [Gzip $gzip_ratio] [Sent-to $server] "$http_user_agent"
// "$http_referer"`, server time +0100.
// https://github.com/NginxProxyManager/nginx-proxy-manager/blob/develop/docker/rootfs/etc/nginx/conf.d/include/log-proxy.conf

function npmLog(rng) {
  const UP = { media: '10.0.0.20', photos: '10.0.0.21', status: '10.0.0.22', ntfy: '10.0.0.23', sso: '10.0.0.24', tv: '10.0.0.25' };
  const render = (e) => [`[${clf(e.t, 60)}] - ${e.status} ${e.status} - ${e.method} https ${e.sub}.home-x.example "${target(e)}" [Client ${e.ip}] [Length ${e.bytes}] [Gzip -] [Sent-to ${UP[e.sub]}] "${e.ua}" "${e.referer}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ sub: 'media', path: '/web/index.html' }),
      () => ({ sub: 'photos', path: `/api/assets/${rng.uuid()}/thumbnail`, query: 'size=preview' }),
      () => ({ sub: 'status', path: '/api/status-page/heartbeat/home' }),
      () => ({ sub: 'sso', path: '/static/dist/poly.js' }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'npm-plex-x-plex-token-query', 'error', WHY.apiKey('X-Plex-Token') + ' Plex clients send the account token in the query of every request.', ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { sub: 'media', path: '/library/sections/2/all', query: `type=1&X-Plex-Product=Plex%20Web&X-Plex-Token=${token}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'npm-plex-client-identifier', 'none', '`X-Plex-Client-Identifier` (a random id of the player app): identifies the device, authenticates nothing.', ({ rng }) => {
      const id = rng.lowerNum(24);
      return { value: id, event: { sub: 'media', path: '/identity', query: `X-Plex-Product=Plex%20Web&X-Plex-Client-Identifier=${id}`, ua: BROWSERS[1] } };
    }),
    4,
    plant('path-secret', 'npm-immich-shared-link-key', 'error', WHY.pathSecret('An Immich shared link (`/share/<key>`): the key in the path opens the album to whoever has it'), ({ rng }) => {
      const key = rng.b64url(50);
      return { value: key, event: { sub: 'photos', path: `/share/${key}`, ua: BROWSERS[2] } };
    }),
    4,
    plant('webhook', 'npm-uptime-kuma-push-token', 'error', WHY.webhook("An Uptime Kuma push monitor URL (`/api/push/<token>?status=up&msg=OK&ping=`) a backup job calls: whoever has it reports the monitor's state"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { sub: 'status', path: `/api/push/${token}`, query: 'status=up&msg=OK&ping=', ua: TOOLS[0] } };
    }),
    4,
    plant('replay', 'play_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `play_ticket` with a jti, valid 120 s (a stream is opened once per ticket)'), ({ rng, t }) => {
      firstUse.play = t;
      const token = jwt(rng, t, { lifetime: 120, age: 6, jti: true, claims: { sub: rng.uuid(), item: rng.hex(32) } });
      return { value: token.token, jwt: token.facts, event: { sub: 'tv', path: '/stream/open', query: `play_ticket=${token.token}`, ip: '192.0.2.44', ua: BROWSERS[4] } };
    }, { ref: 'play' }),
    2,
    plant('replay', 'play_ticket-jwt-jti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('play').value, jwt: factsAt(refs.get('play').value, t), why: WHY.replay('play_ticket', gap('play', t)) }], event: { sub: 'tv', path: '/stream/open', query: `play_ticket=${refs.get('play').value}`, ip: '198.51.100.201', ua: TOOLS[5] } }), { replayOf: 'play', after: 35 }),
    4,
    plant('encoded', 'npm-ntfy-auth-param-base64-basic', 'error', "ntfy's `auth=` query parameter: base64 (raw URL) of a whole `Authorization` header, `Basic <base64 user:password>` — two decodings away", ({ rng }) => {
      const header = `Basic ${b64Of(`backup:${rng.alnum(12)}${rng.pick(['!', '#', '%'])}${digits(rng, 3)}`)}`;
      const auth = b64urlOf(header);
      return { value: auth, event: { sub: 'ntfy', method: 'POST', path: '/backups', query: `auth=${auth}`, ua: TOOLS[0] } };
    }),
    4,
    plant('id-token', 'npm-authentik-end-session-id_token_hint', 'error', "An ID token as `id_token_hint` of Authentik's end-session endpoint, in the proxy host's request URI", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 8 * 3600, age: 3000, alg: 'RS256', kid: rng.hex(32), claims: { iss: 'https://sso.home-x.example/application/o/jellyfin/', aud: rng.alnum(40), sub: rng.hex(64), email: 'ola@home-x.example' } });
      return { value: token.token, jwt: token.facts, event: { sub: 'sso', path: '/application/o/jellyfin/end-session/', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Ftv.home-x.example%2F`, status: 302, ua: BROWSERS[0] } };
    }),
    4,
    plant('negative', 'npm-jellyfin-image-tag', 'none', "Jellyfin's image `tag=<32 hex>` (a hash of the image, for caching): no credential.", ({ rng }) => {
      const tag = rng.hex(32);
      return { value: tag, event: { sub: 'tv', path: `/Items/${rng.hex(32)}/Images/Primary`, query: `fillHeight=396&fillWidth=264&quality=96&tag=${tag}`, ua: BROWSERS[3] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'home-x.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// artifactory-request.log: JFrog Artifactory 7's request log (pipe-separated: timestamp | trace id | remote address |
// username | method | request URL | status | request content length | response content length | duration ms | user
// agent).
// https://jfrog.com/help/r/jfrog-platform-administration-documentation/request-log

function artifactoryLog(rng) {
  const render = (e, rng) => [[iso(e.t), e.trace ?? rng.hex(16), e.ip, e.user ?? 'anonymous', e.method, target(e), e.status, e.method === 'PUT' ? e.bytes : -1, e.method === 'PUT' ? 0 : e.bytes, e.ms, e.ua].join('|')];
  const filler = (rng) =>
    rng.pick([
      () => ({ user: 'ci-bot', path: `/api/npm/npm-virtual/${rng.pick(['react', 'lodash', 'zod'])}`, ua: 'npm/10.9.2 node/v22.12.0 linux x64 workspaces/false' }),
      () => ({ user: 'ci-bot', method: 'PUT', path: `/libs-release-local/no/kveld/core/2.${rng.int(0, 9)}.${rng.int(0, 9)}/core.jar`, status: 201, ua: 'Gradle/8.11.1' }),
      () => ({ path: '/api/system/ping', ua: 'kube-probe/1.34', bytes: 2 }),
      () => ({ user: 'jon', path: '/api/pypi/pypi-remote/simple/requests/', ua: 'pip/25.3 {"python":"3.13.1"}' }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'artifactory-reference-token-query', 'error', WHY.apiKey('access_token') + ' A JFrog reference token (`cmVmdGtuOjAxOj…`, base64 of `reftkn:01:`) a Helm client appends to the index URL.', ({ rng, t }) => {
      const token = b64Of(`reftkn:01:${sec(t) + 365 * 86400}:${rng.alnum(40)}`).replace(/=+$/, '');
      return { value: token, event: { user: 'helm-reader', path: '/api/helm/helm-virtual/index.yaml', query: `access_token=${token}`, ua: 'Helm/3.19.0' } };
    }),
    4,
    plant('negative', 'artifactory-checksum-search-sha256', 'none', "A checksum search (`/api/search/checksum?sha256=<64 hex>`): a file's hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { user: 'ci-bot', path: '/api/search/checksum', query: `sha256=${h}`, ua: 'jfrog-cli-go/2.81.0' } };
    }),
    4,
    plant('api-key-name', 'artifactory-access-token-jwt-query', 'error', "A JFrog access token (a JWT valid a year, with a jti) a Go client passes as `?token=` to a Go virtual repository", ({ rng, t }) => {
      const svc = `jfrt@01${rng.lowerNum(24)}`;
      const token = jwt(rng, t, { lifetime: 365 * 86400, age: 40 * 86400, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { sub: `${svc}/users/go-builder`, scp: 'applied-permissions/user', aud: '*@*', iss: `${svc}/users/admin`, ext: '{"revocable":"true"}' } });
      return { value: token.token, jwt: token.facts, event: { user: 'go-builder', path: '/api/go/go-virtual/github.com/kveld/geo/@v/list', query: `token=${token.token}`, ua: 'Go-http-client/1.1' } };
    }),
    4,
    plant('negative', 'artifactory-trace-id', 'none', "Artifactory's trace id (16 hex): a request identifier, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { user: 'ci-bot', path: '/api/npm/npm-virtual/vite', ua: 'npm/10.9.2 node/v22.12.0 linux x64 workspaces/false', trace: id } };
    }),
    4,
    plant('refresh-token', 'artifactory-tokens-refresh_token-query', 'error', `${WHY.refresh} A script refreshing its JFrog access token with the refresh token (a UUID) in the query of \`/access/api/v1/tokens\`.`, ({ rng }) => {
      const token = rng.uuid();
      return { value: token, event: { user: 'deploy-bot', method: 'POST', path: '/access/api/v1/tokens', query: `grant_type=refresh_token&refresh_token=${token}`, ua: TOOLS[1] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'artifacts.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout11');
writePart(join(here, 'heldout11'), {
  'production_json.log': gitlabLog(rng),
  'cloudfront-realtime.log': cloudfrontRtLog(rng),
  'bunnycdn.log': bunnyLog(rng),
  'apisix-access.log': apisixLog(rng),
  'gateway-http.ndjson': gatewayLog(rng),
  'scrapy.log': scrapyLog(rng),
  'yii-app.log': yiiLog(rng),
  'php-cli-server.log': phpServerLog(rng),
  'elasticsearch_audit.json': esAuditLog(rng),
  'odoo.log': odooLog(rng),
  'strapi.log': strapiLog(rng),
  'django-runserver.log': djangoRunLog(rng),
  'proxy-host-3_access.log': npmLog(rng),
  'artifactory-request.log': artifactoryLog(rng),
});
