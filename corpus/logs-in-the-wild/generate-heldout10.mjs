// Writes corpus/logs-in-the-wild/heldout10/: a tenth held-out part, in formats no other part uses (Synapse's
// homeserver.log, Okta's System Log, FortiGate web filter logs, Cisco Umbrella proxy logs, NGINX App Protect WAF's
// security log, WildFly with Undertow's RequestDumpingHandler, Drupal's syslog module, Cilium Hubble flows, Azure
// Monitor Application Insights tables, CakePHP's error.log, log4js-node with connectLogger, loguru, Authelia and Daphne),
// with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json.
// The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout10.mjs     rewrites heldout10/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DIGITS, digits, githubToken, iso, LOWER, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/1.1', 'node', 'python-httpx/0.28.1'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 2, 6, 0, 0);

/** Python logging's `%(asctime)s`: `2026-12-02 06:00:01,123`. */
const pyTime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** RFC 3164's `Dec  2 06:00:01` (rsyslog's default file format). */
const syslogTime = (ms) => {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(ms).slice(11, 19)}`;
};
/** RFC 3339 with nanoseconds (Go's time.RFC3339Nano, Hubble). */
const nanoTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** Seven fractional digits (Log Analytics' `TimeGenerated`). */
const ticksTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 4)}Z`;
const uuidOf = (hex) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const slackHook = (rng) => `https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;

// ---------------------------------------------------------------------------------------------------------------------
// homeserver.log: Synapse 1.14x with its default logging config (`%(asctime)s - %(name)s - %(lineno)d - %(levelname)s -
// %(request)s - %(message)s`): `synapse.access.http.8008` "Processed request" lines (Synapse writes `access_token` and
// `client_secret` as `<redacted>`), and handler lines. Synapse is an OIDC client of a Keycloak.
// https://element-hq.github.io/synapse/latest/usage/administration/request_log.html

function synapseLog(rng) {
  let n = rng.int(3000, 9000);
  const HS = 'matrix.fenby.example';
  const render = (e, rng) => {
    n += rng.int(1, 9);
    const rid = `${e.method}-${n}`;
    if (e.msg) return [`${pyTime(e.t)} - ${e.logger} - ${rng.int(100, 900)} - ${e.level ?? 'INFO'} - ${e.ctx ?? rid} - ${e.msg}`];
    const total = (e.ms / 1000).toFixed(3);
    return [
      `${pyTime(e.t)} - synapse.access.http.8008 - 465 - INFO - ${rid} - ${e.ip} - 8008 - {${e.user ?? 'None'}} Processed request: ${total}sec/-0.000sec (0.00${rng.int(1, 9)}sec, 0.000sec) (0.00${rng.int(0, 9)}sec/0.0${rng.int(10, 99)}sec/${rng.int(1, 6)}) ${e.bytes}B ${e.status} "${e.method} ${target(e)} HTTP/1.1" "${e.ua}" [0 dbevts]`,
    ];
  };
  const users = ['@ines:matrix.fenby.example', '@tomas:matrix.fenby.example', '@bridgebot:matrix.fenby.example'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/_matrix/client/versions', bytes: rng.int(900, 1300) }),
      () => ({ path: '/_matrix/client/v3/sync', query: `timeout=30000&set_presence=online`, user: rng.pick(users), ms: 30000 + rng.int(1, 40) }),
      () => ({ path: '/_matrix/key/v2/server', ua: `Synapse/1.143.0`, user: 'None' }),
      () => ({ method: 'PUT', path: `/_matrix/federation/v1/send/${sec(t)}${digits(rng, 3)}`, ua: 'Synapse/1.142.1', user: rng.pick(['matrix.org', 'tchncs.de']) }),
      () => ({ path: '/_matrix/client/v3/pushrules/', user: rng.pick(users) }),
      () => ({ msg: `Starting background update ${rng.pick(['event_stats', 'users_in_public_rooms'])}`, logger: 'synapse.storage.background_updates', ctx: 'sentinel', method: 'BG' }),
      () => ({ msg: `Got NOT_FOUND for remote media; caching`, logger: 'synapse.media.media_repository', method: 'GET' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'synapse-oidc-callback-keycloak-code', 'warning', `${WHY.code} Keycloak's code (three dot-separated ids) on Synapse's own OIDC callback \`/_synapse/client/oidc/callback\`, in the request part of the access line (Synapse redacts only \`access_token\` and \`client_secret\`).`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { path: '/_synapse/client/oidc/callback', query: `state=${rng.alnum(24)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fsso.fenby.example%2Frealms%2Fstaff&code=${code}`, status: 302, bytes: 0, ua: BROWSERS[1] } };
    }),
    3,
    plant('negative', 'sync-since-token-access_token-redacted', 'none', "A `/sync` long poll whose `access_token` Synapse wrote as `<redacted>`; the `since=` value is a stream position (a sync batch token), no credential.", ({ rng }) => {
      const since = `s${rng.int(100000, 999999)}_${rng.int(1000000, 9999999)}_${rng.int(10, 99)}_${rng.int(100000, 999999)}_${rng.int(10000, 99999)}_${rng.int(100, 999)}_${rng.int(1000, 9999)}_${rng.int(10000, 99999)}_0_${rng.int(10, 99)}`;
      return { value: since, event: { path: '/_matrix/client/v3/sync', query: `filter=0&timeout=30000&since=${since}&access_token=<redacted>`, ua: 'mautrix-whatsapp/v0.12.4', user: users[2], ms: 30000 + rng.int(1, 40) } };
    }),
    3,
    plant('path-secret', 'synapse-password-reset-submit_token', 'error', WHY.pathSecret("Synapse's password reset link (`/_synapse/client/password_reset/email/submit_token?token=…&client_secret=<redacted>&sid=…`): the e-mailed `token` is not redacted, only the client secret"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { path: '/_synapse/client/password_reset/email/submit_token', query: `token=${token}&client_secret=<redacted>&sid=${rng.alnum(16)}`, ua: BROWSERS[4] } };
    }),
    3,
    plant('encoded', 'preview_url-nested-api_key-percent-encoded', 'error', "A URL preview request (`/_matrix/media/v3/preview_url?url=…`) for a link a user pasted into a room: the link's `api_key` is inside the percent-encoded `url` parameter, one decoding away", ({ rng, t }) => {
      const key = rng.alnum(40);
      const link = `https://status.drey-m.example/api/v2/summary?api_key=${key}&view=compact`;
      return { value: key, event: { path: '/_matrix/media/v3/preview_url', query: `url=${encodeURIComponent(link)}&ts=${t}`, user: users[1], ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'matrix-room-id-in-path', 'none', "A Matrix room id (`!<18 letters>:server`) in a `PUT …/send/m.room.message/<txnId>` path: an identifier every member sees, no credential.", ({ rng, t }) => {
      const room = `!${rng.chars(UPPER + LOWER, 18)}:${HS}`;
      return { value: room, event: { method: 'PUT', path: `/_matrix/client/v3/rooms/${room}/send/m.room.message/m${t}.${rng.int(1, 40)}`, user: users[0], ua: BROWSERS[3] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0, site: { host: HS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// okta-system-log.ndjson: Okta System Log events (LogEvent objects from `GET /api/v1/logs`, one per line): `published`,
// `eventType`, `client`, `outcome`, `debugContext.debugData` (`requestId`, `requestUri`, `url`, `dtHash`), `transaction`.
// https://developer.okta.com/docs/reference/api/system-log/

function oktaLog(rng) {
  const ORG = 'kelda-h.okta.example';
  const render = (e, rng) => {
    const rid = `${rng.alnum(27)}AAAB${upperNum(rng, 3)}`;
    const ev = {
      actor: { id: `00u${rng.alnum(17)}`, type: 'User', alternateId: e.who ?? 'unknown', displayName: e.whoName ?? 'Unknown' },
      client: { userAgent: { rawUserAgent: e.ua, os: 'Unknown', browser: 'UNKNOWN' }, zone: 'null', device: 'Computer', id: null, ipAddress: e.ip, geographicalContext: { city: 'Oslo', state: 'Oslo', country: 'Norway', postalCode: null } },
      authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: e.ext ?? `idx${rng.alnum(22)}` },
      displayMessage: e.display,
      eventType: e.type,
      outcome: { result: e.result ?? 'SUCCESS', reason: e.reason ?? null },
      published: iso(e.t),
      securityContext: { asNumber: rng.int(1000, 60000), asOrg: 'telenor', isp: 'telenor', domain: 'telenor.no', isProxy: false },
      severity: e.severity ?? 'INFO',
      debugContext: { debugData: { requestId: e.requestId ?? rid, requestUri: e.path, url: target(e), ...(e.debug ?? {}) } },
      legacyEventType: e.legacy ?? null,
      transaction: { type: 'WEB', id: e.requestId ?? rid, detail: {} },
      uuid: rng.uuid(),
      version: '0',
      request: { ipChain: [{ ip: e.ip, version: 'V4', source: null }] },
      target: null,
    };
    return [JSON.stringify(ev)];
  };
  const people = [['ola.berg@kelda-h.example', 'Ola Berg'], ['siri.lund@kelda-h.example', 'Siri Lund'], ['aksel.moe@kelda-h.example', 'Aksel Moe']];
  const filler = (rng) => {
    const [who, whoName] = rng.pick(people);
    return rng.pick([
      () => ({ who, whoName, type: 'user.session.start', display: 'User login to Okta', path: '/idp/idx/identify', legacy: 'core.user_auth.login_success' }),
      () => ({ who, whoName, type: 'user.authentication.sso', display: 'User single sign on to app', path: `/app/${rng.pick(['slack', 'atlassian', 'zoomus'])}/exk${rng.alnum(17)}/sso/saml`, legacy: 'app.auth.sso' }),
      () => ({ who, whoName, type: 'policy.evaluate_sign_on', display: 'Evaluation of sign-on policy', path: '/idp/idx/introspect' }),
      () => ({ who, whoName, type: 'user.authentication.auth_via_mfa', display: 'Authentication of user via MFA', path: '/idp/idx/challenge/answer', debug: { factor: 'OKTA_VERIFY_PUSH' } }),
    ])();
  };
  const steps = [
    3,
    plant('id-token', 'okta-logout-id_token_hint-debugData-url', 'error', "An ID token as `id_token_hint` of Okta's logout endpoint, written whole in the event's `debugContext.debugData.url`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1900, alg: 'RS256', kid: rng.b64url(43), claims: { sub: `00u${rng.alnum(17)}`, ver: 1, iss: `https://${ORG}/oauth2/default`, aud: `0oa${rng.alnum(17)}`, auth_time: sec(t) - 2000, amr: ['pwd', 'mfa'], idp: `00o${rng.alnum(17)}` } });
      return { value: token.token, jwt: token.facts, event: { who: people[1][0], whoName: people[1][1], type: 'user.session.end', display: 'User logout from Okta', path: '/oauth2/default/v1/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fintranet.kelda-h.example%2F&state=${rng.alnum(16)}`, ua: BROWSERS[0] } };
    }),
    3,
    plant('negative', 'okta-debugData-dtHash', 'none', "The `dtHash` Okta writes in `debugData` (a SHA-256 over the device token, for behaviour detection): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      const [who, whoName] = people[2];
      return { value: h, event: { who, whoName, type: 'user.session.start', display: 'User login to Okta', path: '/idp/idx/identify', debug: { dtHash: h, behaviors: '{New Geo-Location=NEGATIVE, New Device=NEGATIVE}' } } };
    }),
    3,
    plant('session-id', 'okta-sessionCookieRedirect-sessionToken', 'error', WHY.session("An Okta `sessionToken` in `/login/sessionCookieRedirect?token=…&redirectUrl=…` (`debugData.url`): it is traded once for the Okta session cookie, within minutes"), ({ rng }) => {
      const token = `20111${rng.b64url(53)}`;
      return { value: token, event: { who: people[0][0], whoName: people[0][1], type: 'user.session.start', display: 'User login to Okta', path: '/login/sessionCookieRedirect', query: `checkAccountSetupComplete=true&token=${token}&redirectUrl=https%3A%2F%2F${ORG}%2Fapp%2FUserHome`, ua: BROWSERS[2] } };
    }),
    3,
    plant('negative', 'okta-requestId', 'none', "Okta's `requestId` (and the transaction id, the same value): a request identifier every event carries, no credential.", ({ rng }) => {
      const id = `aT${rng.alnum(25)}AAAB${upperNum(rng, 3)}`;
      const [who, whoName] = people[1];
      return { value: id, event: { who, whoName, type: 'user.authentication.sso', display: 'User single sign on to app', path: `/app/zoomus/exk${rng.alnum(17)}/sso/saml`, requestId: id } };
    }),
    3,
    plant('path-secret', 'okta-welcome-activation-token', 'error', WHY.pathSecret("Okta's account activation link (`/welcome/<activation token>`) in `debugData.url` of the activation and the password events of one request"), ({ rng }) => {
      const token = rng.alnum(20);
      const rid = `aT${rng.alnum(25)}AAAB${upperNum(rng, 3)}`;
      const base = { who: 'nils.holm@kelda-h.example', whoName: 'Nils Holm', path: `/welcome/${token}`, ua: BROWSERS[4], requestId: rid };
      return { value: token, event: { ...base, multi: [{ ...base, type: 'user.lifecycle.activate', display: 'Activate Okta user' }, { ...base, type: 'user.account.update_password', display: 'User update password for Okta' }] } };
    }),
    3,
  ];
  const renderMulti = (e, rng) => (e.multi ? e.multi.flatMap((m) => render({ ...e, ...m }, rng)) : render(e, rng));
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: ORG }, filler, render: renderMulti, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fortigate.log: FortiOS 7.6 web filter logs (`type="utm" subtype="webfilter"`, `key=value` pairs, `url` and
// `referralurl`) with deep SSL inspection, sent over syslog and stored by rsyslog (`Dec  2 08:00:01 <host> …`).
// https://docs.fortinet.com/document/fortigate/7.6.0/fortios-log-message-reference/

function fortigateLog(rng) {
  const poluuid = rng.uuid();
  const lanIp = (rng) => `10.20.${rng.int(1, 6)}.${rng.int(10, 250)}`;
  const render = (e, rng) => {
    const u = new URL(`https://${e.host}${target(e)}`);
    const sid = e.sid ?? rng.int(10000000, 99999999);
    const allow = e.status !== 403;
    return [
      `${syslogTime(e.t)} fgt-edge-01 date=${iso(e.t).slice(0, 10)} time=${iso(e.t).slice(11, 19)} eventtime=${e.t}${digits(rng, 6)} tz="+0000" logid="${allow ? '0316013057' : '0316013056'}" type="utm" subtype="webfilter" eventtype="${allow ? 'ftgd_allow' : 'ftgd_blk'}" level="${allow ? 'notice' : 'warning'}" vd="root" policyid=${e.policy ?? 14} poluuid="${poluuid}" policytype="policy" sessionid=${sid} srcip=${e.src ?? lanIp(rng)} srcport=${e.port} srccountry="Reserved" srcintf="${e.srcintf ?? 'lan'}" srcintfrole="lan" dstip=${e.ip} dstport=443 dstcountry="${e.country ?? 'United States'}" dstintf="wan1" dstintfrole="wan" proto=6 httpmethod="${e.method}" service="HTTPS" hostname="${u.hostname}" agent="${e.ua}" profile="${e.profile ?? 'default'}" action="${allow ? 'passthrough' : 'blocked'}" reqtype="${e.ref ? 'referral' : 'direct'}" url="${u.href}"${e.ref ? ` referralurl="${e.ref}"` : ''} sentbyte=${rng.int(300, 4000)} rcvdbyte=${e.bytes} direction="outgoing" msg="${allow ? 'URL belongs to an allowed category in policy' : 'URL belongs to a denied category in policy'}" method="domain" cat=${e.cat ?? 52} catdesc="${e.catdesc ?? 'Information Technology'}"`,
    ];
  };
  const hosts = ['www.yr.example', 'cdn.jsdelivr.example', 'teams.microsoft.example', 'www.nrk.example', 'graph.microsoft.example'];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: rng.pick(hosts), path: '/', catdesc: 'News and Media', cat: 36 }),
      () => ({ host: 'cdn.jsdelivr.example', path: `/npm/bootstrap@5.3.8/dist/js/bootstrap.bundle.min.js`, ref: 'https://intranet.kelda-h.example/' }),
      () => ({ host: 'graph.microsoft.example', path: '/v1.0/me/events', query: `$top=10&$select=subject,start`, ua: 'Microsoft Office/16.0' }),
      () => ({ host: 'www.vg.example', path: `/nyheter/i/${rng.alnum(6)}/`, catdesc: 'News and Media', cat: 36 }),
      () => ({ host: 'bet.kasino.example', path: '/', status: 403, catdesc: 'Gambling', cat: 29 }),
    ])();
  const ev = (rng, extra) => ({ src: lanIp(rng), ...extra });
  const steps = [
    3,
    plant('oauth-code', 'fortigate-referralurl-callback-code', 'warning', `${WHY.code} The callback page of an internal ticket system loads a script from a CDN; the firewall's \`referralurl\` field of that request holds the callback URL with \`code\` and \`state\`.`, ({ rng }) => {
      const code = rng.alnum(40);
      return { value: code, event: ev(rng, { host: 'cdn.jsdelivr.example', path: '/npm/alpinejs@3.15.0/dist/cdn.min.js', ref: `https://tickets.kelda-h.example/oauth/callback?code=${code}&state=${rng.hex(32)}`, ua: BROWSERS[0] }) };
    }),
    3,
    plant('negative', 'authorize-request-state-nonce-code_challenge', 'none', "An OAuth authorization request (`response_type=code` with `state`, `nonce` and a PKCE `code_challenge`): flow values and a hash of the verifier, no credential.", ({ rng }) => {
      const challenge = rng.b64url(43);
      return { value: challenge, event: ev(rng, { host: 'login.microsoftonline.example', path: '/common/oauth2/v2.0/authorize', query: `client_id=${rng.uuid()}&response_type=code&redirect_uri=https%3A%2F%2Fportal.kelda-h.example%2Fsignin-oidc&scope=openid%20profile&state=${rng.b64url(32)}&nonce=${rng.b64url(32)}&code_challenge=${challenge}&code_challenge_method=S256`, ua: BROWSERS[0] }) };
    }),
    3,
    plant('webhook', 'fortigate-url-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook a monitoring server posts to, written whole in the `url` field under deep inspection'), ({ rng }) => {
      const hook = slackHook(rng);
      const path = new URL(hook).pathname;
      return { value: path.split('/').slice(2).join('/'), event: ev(rng, { src: '10.20.9.14', method: 'POST', host: 'hooks.slack.com', path, ua: 'Grafana/12.3.0', bytes: 2 }) };
    }),
    3,
    plant('api-key-name', 'fortigate-url-google-maps-key', 'error', WHY.apiKey('key') + " A Google Maps Platform server key (`AIza…`) in a geocoding call from a back-office server.", ({ rng }) => {
      const key = `AIza${rng.b64url(35)}`;
      return { value: key, event: ev(rng, { src: '10.20.9.31', host: 'maps.googleapis.com', path: '/maps/api/geocode/json', query: `address=Storgata+${rng.int(1, 90)}%2C+Oslo&key=${key}`, ua: TOOLS[1] }) };
    }),
    3,
    plant('refresh-token', 'fortigate-url-google-refresh_token-query', 'error', `${WHY.refresh} A Google refresh token (\`1//0…\`) a sync job sends in the query of its token request, which the firewall's \`url\` keeps.`, ({ rng }) => {
      const token = `1//0${rng.chars(LOWER, 1)}${rng.b64url(100)}`;
      return { value: token, event: ev(rng, { src: '10.20.9.31', method: 'POST', host: 'oauth2.googleapis.com', path: '/token', query: `client_id=${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com&grant_type=refresh_token&refresh_token=${token}`, ua: TOOLS[3] }) };
    }),
    3,
    plant('negative', 'gclid-click-id', 'none', "Google Ads' click id (`gclid`) on a landing page the firewall logs: attribution, no credential.", ({ rng }) => {
      const id = `Cj0KCQiA${rng.b64url(80)}_BwE`;
      return { value: id, event: ev(rng, { host: 'www.kelda-h.example', path: '/kampanje/vinter', query: `gclid=${id}`, ua: BROWSERS[4] }) };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'www.yr.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// umbrella-proxy.csv: Cisco Umbrella secure web gateway proxy logs as Umbrella writes them to its S3 bucket (quoted CSV,
// no header: Timestamp, Identities, Internal IP, External IP, Destination IP, Content Type, Verdict, URL, Referer,
// userAgent, statusCode, requestSize, responseSize, responseBodySize, SHA-SHA256, Categories, AV Detections, PUAs, AMP
// Disposition, AMP Malware Name, AMP Score, Identity Types, Blocked Categories).
// https://docs.umbrella.com/deployment-umbrella/docs/proxy-log-formats

function umbrellaLog(rng) {
  const q = (v) => `"${String(v).replace(/"/g, '""')}"`;
  const render = (e) => [
    [
      ymdHms(e.t),
      e.who,
      e.internal,
      '198.51.100.7',
      e.ip,
      e.ctype ?? 'text/html',
      e.status === 403 ? 'BLOCKED' : 'ALLOWED',
      `https://${e.host}${target(e)}`,
      e.referer === '-' ? '' : e.referer,
      e.ua,
      e.status,
      e.reqSize ?? 512,
      e.bytes + 400,
      e.bytes,
      e.sha ?? '',
      e.cats ?? 'Business Services',
      '',
      '',
      '',
      '',
      '',
      'AD Users',
      e.status === 403 ? e.cats : '',
    ]
      .map(q)
      .join(','),
  ];
  const users = ['Marte Dahl (marte.dahl@tinde-s.example)', 'Jon Vik (jon.vik@tinde-s.example)', 'Lea Aas (lea.aas@tinde-s.example)'];
  const filler = (rng) => ({
    who: rng.pick(users),
    internal: `10.40.${rng.int(1, 9)}.${rng.int(10, 250)}`,
    ...rng.pick([
      () => ({ host: 'www.finn.example', path: '/', cats: 'Shopping' }),
      () => ({ host: 'fonts.gstatic.example', path: `/s/inter/v18/${rng.b64url(24)}.woff2`, ctype: 'font/woff2', referer: 'https://www.finn.example/', cats: 'Infrastructure and Content Delivery Networks' }),
      () => ({ host: 'outlook.office.example', path: '/mail/', cats: 'Webmail' }),
      () => ({ host: 'www.tinde-s.example', path: '/intranett/kantine', cats: 'Business Services' }),
      () => ({ host: 'api.github.example', path: `/repos/tinde-s/${rng.pick(['web', 'infra'])}/pulls`, ctype: 'application/json', ua: TOOLS[0], cats: 'Software/Technology' }),
    ])(),
  });
  const who = (rng) => ({ who: rng.pick(users), internal: `10.40.${rng.int(1, 9)}.${rng.int(10, 250)}` });
  const steps = [
    3,
    plant('id-token', 'umbrella-entra-logout-id_token_hint', 'error', 'An ID token as `id_token_hint` of an Entra ID logout the proxy writes whole in its `URL` column', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1200, alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`, oid: rng.uuid(), preferred_username: 'jon.vik@tinde-s.example', tid: rng.uuid(), ver: '2.0' } });
      return { value: token.token, jwt: token.facts, event: { ...who(rng), host: 'login.microsoftonline.example', path: '/common/oauth2/v2.0/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fhr.tinde-s.example%2F`, cats: 'Business Services' } };
    }),
    3,
    plant('negative', 'umbrella-sha256-column', 'none', "The `SHA-SHA256` column: Umbrella's hash of a downloaded file, for its malware verdict; a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ...who(rng), host: 'download.vendor-z.example', path: `/releases/agent-${rng.int(2, 5)}.${rng.int(0, 9)}.msi`, ctype: 'application/x-msi', sha: h, bytes: rng.int(4000000, 9000000), cats: 'Software/Technology' } };
    }),
    3,
    plant('path-secret', 'devise-confirmation_token', 'error', WHY.pathSecret("Devise's e-mail confirmation link (`/users/confirmation?confirmation_token=<20>`) opened from a mail client"), ({ rng }) => {
      const token = rng.b64url(20);
      return { value: token, event: { ...who(rng), host: 'app.skreia.example', path: '/users/confirmation', query: `confirmation_token=${token}`, cats: 'SaaS and B2B' } };
    }),
    3,
    plant('session-id', 'oscommerce-osCsid-query', 'error', WHY.session("osCommerce's session id in the query (`osCsid=`, a shop without cookies forced)"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { ...who(rng), host: 'www.fiskeutstyr-b.example', path: '/product_info.php', query: `products_id=${rng.int(100, 999)}&osCsid=${sid}`, cats: 'Shopping' } };
    }),
    3,
    plant('api-key-name', 'newsapi-apiKey-query', 'error', WHY.apiKey('apiKey') + ' A news API key in a dashboard widget the browser calls directly.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ...who(rng), host: 'newsapi.example', path: '/v2/top-headlines', query: `country=no&category=business&apiKey=${key}`, ctype: 'application/json', referer: 'https://dash.tinde-s.example/', cats: 'News and Media' } };
    }),
    3,
    plant('negative', 'ga-linker-_gl', 'none', "Google Analytics' cross-domain linker (`_gl=1*…*_ga*…`): client ids and a timestamp hash, no credential.", ({ rng, t }) => {
      const gl = `1*${rng.lowerNum(6)}*_ga*${b64Of(`${rng.int(100000000, 999999999)}.${sec(t)}`).replace(/=+$/, '')}*_ga_${upperNum(rng, 10)}*${b64Of(`GS2.1.s${sec(t)}$o1$g1$t${sec(t)}$j60$l0$h0`).replace(/=+$/, '')}`;
      return { value: gl, event: { ...who(rng), host: 'shop.tinde-s.example', path: '/checkout', query: `_gl=${gl}`, cats: 'Shopping' } };
    }),
    3,
    plant('encoded', 'click-redirect-u-base64url-url-token', 'error', 'A mail click-tracking redirect whose `u=` is the destination URL in base64url; the destination carries a download `token`, one base64 decoding away', ({ rng }) => {
      const token = rng.alnum(36);
      const dest = `https://files.skreia.example/download?file=${rng.int(1000, 9999)}&token=${token}`;
      return { value: b64urlOf(dest), event: { ...who(rng), host: 'click.mailer-q.example', path: '/ls/click', query: `u=${b64urlOf(dest)}&m=${rng.hex(12)}`, status: 302, cats: 'Marketing' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'www.finn.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// app_protect_security.log: NGINX App Protect WAF 5 security log, default format (`key="value"` pairs, comma-separated,
// the whole request in `request` with `\r\n` written out), the `log_all` profile sent over syslog (`ASM:` tag).
// https://docs.nginx.com/nginx-app-protect-waf/v5/logging-overview/security-log/

function napLog(rng) {
  const HOST = 'api.kelda-h.example';
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const render = (e, rng) => {
    const raw = [`${e.method} ${target(e)} HTTP/1.1`, `Host: ${HOST}`, `User-Agent: ${e.ua}`, 'Accept: */*', ...(e.headers ?? [])];
    if (e.body) raw.push(`Content-Length: ${e.body.length}`);
    const request = `${raw.join('\\r\\n')}\\r\\n\\r\\n${esc(e.body ?? '')}`;
    const blocked = e.blocked ?? false;
    return [
      `${syslogTime(e.t)} waf-01 ASM:attack_type="${e.attack ?? 'N/A'}",blocking_exception_reason="N/A",date_time="${ymdHms(e.t)}",dest_port="443",ip_client="${e.ip}",is_truncated="false",method="${e.method}",policy_name="app_protect_default_policy",protocol="HTTPS",request_status="${blocked ? 'blocked' : e.attack ? 'alerted' : 'passed'}",response_code="${blocked ? 0 : e.status}",severity="${e.attack ? 'Critical' : 'Informational'}",sig_cves="N/A",sig_ids="${e.sigs ?? 'N/A'}",sig_names="${e.signames ?? 'N/A'}",sig_set_names="N/A",src_port="${e.port}",sub_violations="N/A",support_id="${e.support ?? digits(rng, 19)}",threat_campaign_names="N/A",unit_hostname="waf-01",uri="${e.path}",violation_rating="${e.attack ? 4 : 0}",vs_name="34-${HOST}:8-/",x_forwarded_for_header_value="N/A",outcome="${blocked ? 'REJECTED' : 'PASSED'}",outcome_reason="${e.attack ? 'SECURITY_WAF_VIOLATION' : 'SECURITY_WAF_OK'}",violations="${e.violations ?? 'N/A'}",request="${request}"`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v2/catalog', query: `page=${rng.int(1, 9)}`, ua: TOOLS[2] }),
      () => ({ path: `/v2/orders/${rng.int(100000, 999999)}`, ua: TOOLS[2] }),
      () => ({ path: '/healthz', ua: 'kube-probe/1.34' }),
      () => ({ path: '/wp-login.php', ua: 'Mozilla/5.0 zgrab/0.x', attack: 'Predictable Resource Location', blocked: true, violations: 'Illegal URL', sigs: '200000101', signames: 'WordPress admin access' }),
      () => ({ path: '/v2/search', query: `q=${rng.pick(['%27%20OR%201%3D1--', 'tent', 'sleeping+bag'])}`, ua: TOOLS[1] }),
    ])();
  const steps = [
    3,
    plant('header-dump', 'nap-request-authorization-bearer-jwt', 'error', "A bearer JWT in the `Authorization` line of the `request` field App Protect writes whole (a mobile app's access token)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 400, alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://id.kelda-h.example', sub: rng.uuid(), aud: 'orders-api', scope: 'orders:read orders:write' } });
      return { value: token.token, jwt: token.facts, event: { path: '/v2/orders', query: 'status=open', ua: TOOLS[2], headers: [`Authorization: Bearer ${token.token}`] } };
    }),
    3,
    plant('negative', 'nap-support_id', 'none', "App Protect's `support_id` (a 19-digit number the block page shows to the user): a correlation id, no credential.", ({ rng }) => {
      const id = `1${digits(rng, 18)}`;
      return { value: id, event: { path: '/v2/search', query: `q=%3Cscript%3Ealert(1)%3C%2Fscript%3E`, support: id, attack: 'Cross Site Scripting (XSS)', blocked: true, violations: 'Attack signature detected', sigs: '200000098', signames: 'XSS script tag (URI)', ua: BROWSERS[3] } };
    }),
    3,
    plant('session-id', 'nap-request-cookie-connect.sid', 'error', WHY.session("express-session's signed `connect.sid` cookie (`s%3A<id>.<signature>`) in the `Cookie` line of the logged request"), ({ rng }) => {
      const id = rng.b64url(32);
      return { value: id, event: { path: '/account/profile', ua: BROWSERS[0], headers: [`Cookie: connect.sid=s%3A${id}.${rng.b64url(43)}; lang=nb`] } };
    }),
    3,
    plant('api-key-name', 'nap-request-apikey-header', 'error', WHY.apiKey('apikey') + " A partner's key in the `apikey:` header (Kong's key-auth default name) of the logged request.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/v2/stock', query: 'sku=TENT-2P', ua: TOOLS[1], headers: [`apikey: ${key}`] } };
    }),
    3,
    plant('refresh-token', 'nap-request-json-body-refreshToken-jwt', 'error', `${WHY.refresh} A JWT refresh token (HS512, 30 days, with a jti) in the JSON body of \`POST /v2/auth/refresh\`, which the \`request\` field keeps with its quotes escaped`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 30 * 86400, age: 6 * 86400, alg: 'HS512', jti: true, claims: { sub: rng.uuid(), typ: 'refresh' } });
      const body = JSON.stringify({ refreshToken: token.token, deviceId: rng.uuid() });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/v2/auth/refresh', ua: TOOLS[2], headers: ['Content-Type: application/json'], body } };
    }),
    3,
    plant('negative', 'x-hub-signature-256', 'none', "GitHub's `X-Hub-Signature-256: sha256=<hex>` on a webhook delivery: an HMAC of this body, useless for any other request, no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { method: 'POST', path: '/hooks/github', ua: `GitHub-Hookshot/${rng.hex(7)}`, headers: ['Content-Type: application/json', `X-GitHub-Delivery: ${rng.uuid()}`, 'X-GitHub-Event: push', `X-Hub-Signature-256: sha256=${sig}`], body: '{"ref":"refs/heads/main"}' } };
    }),
    3,
    plant('encoded', 'nap-redirect-double-percent-encoded-token', 'error', 'A `to=` redirect target percent-encoded twice (`%253F…token%253D`) in the request line App Protect writes: the document share `token` is two decodings away', ({ rng }) => {
      const token = rng.alnum(32);
      const inner = encodeURIComponent(encodeURIComponent(`https://docs.kelda-h.example/share?doc=${rng.int(100, 999)}&token=${token}`));
      return { value: token, event: { path: '/r', query: `to=${inner}`, status: 302, ua: BROWSERS[1] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: HOST, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server.log: WildFly 38's default file pattern (`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`) with Undertow's
// RequestDumpingHandler (`io.undertow.request.dump`: a record of many lines, one field per line, without time) on an API
// path, and the application's own records.
// https://github.com/undertow-io/undertow/blob/main/core/src/main/java/io/undertow/server/handlers/RequestDumpingHandler.java,
// https://docs.wildfly.org/38/Admin_Guide.html#Logging

function wildflyLog(rng) {
  const HOST = 'erp.tinde-s.example';
  const k = (name, value) => `${name.padStart(18)}=${value}`;
  const render = (e, rng) => {
    const head = (level, cat) => `${pyTime(e.t)} ${level.padEnd(5)} [${cat}] (default task-${rng.int(1, 64)}) `;
    if (e.app) return [`${head(e.level ?? 'INFO', e.app)}${e.msg}`];
    const cookies = e.cookies ?? [];
    const headers = [['Accept', 'application/json'], ...(cookies.length ? [['Cookie', cookies.join('; ')]] : []), ['Host', HOST], ['User-Agent', e.ua], ...(e.headers ?? [])].sort((a, b) => a[0].localeCompare(b[0]));
    return [
      head('INFO', 'io.undertow.request.dump'),
      '----------------------------REQUEST---------------------------',
      k('URI', `/erp${e.path}`),
      k('characterEncoding', 'null'),
      k('contentLength', '-1'),
      k('contentType', 'null'),
      ...cookies.map((c) => k('cookie', c)),
      ...headers.map(([n, v]) => k('header', `${n}=${v}`)),
      k('locale', '[]'),
      k('method', e.method),
      k('protocol', 'HTTP/1.1'),
      k('queryString', e.query),
      k('remoteAddr', `/${e.ip}:${e.port}`),
      k('remoteHost', e.ip),
      k('scheme', 'https'),
      k('host', HOST),
      k('serverPort', '8443'),
      k('isSecure', 'true'),
      '--------------------------RESPONSE--------------------------',
      k('contentLength', String(e.bytes)),
      k('contentType', 'application/json'),
      k('header', 'Connection=keep-alive'),
      k('header', `Content-Type=application/json`),
      k('status', String(e.status)),
      '==============================================================',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ app: 'no.tinde.erp.orders.OrderResource', msg: `listed ${rng.int(0, 40)} orders for customer ${rng.int(1000, 9999)}` }),
      () => ({ app: 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', level: 'WARN', msg: `SQL Error: 0, SQLState: 40001` }),
      () => ({ app: 'no.tinde.erp.sync.StockSync', msg: `stock sync done: ${rng.int(10, 400)} items in ${rng.int(100, 900)} ms` }),
      () => ({ path: `/api/orders/${rng.int(10000, 99999)}`, ua: TOOLS[3] }),
      () => ({ app: 'org.jboss.as.server', msg: `WFLYSRV0010: Deployed "erp.war" (runtime-name : "erp.war")` }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'undertow-dump-authorization-token-ghp', 'error', "A GitHub personal access token (`token ghp_…`) in the `header=Authorization=` line of Undertow's request dump (a release tool forwards the user's token to the ERP's GitHub integration)", ({ rng }) => {
      const token = githubToken('ghp_', rng.alnum(30));
      return { value: token, event: { path: '/api/integrations/github/releases', query: 'repo=tinde-s/erp', ua: TOOLS[0], headers: [['Authorization', `token ${token}`]] } };
    }),
    3,
    plant('negative', 'undertow-dump-xsrf-token-cookie', 'none', "Angular's `XSRF-TOKEN` cookie (a UUID the client echoes in `X-XSRF-TOKEN`): CSRF protection, no credential. The dump writes the cookie twice (`cookie=` and the `Cookie` header).", ({ rng }) => {
      const x = rng.uuid();
      return { value: x, event: { path: '/api/invoices', query: 'status=due', ua: BROWSERS[1], cookies: [`XSRF-TOKEN=${x}`] } };
    }),
    3,
    plant('session-id', 'undertow-dump-jsessionid-cookie', 'error', WHY.session("A `JSESSIONID` cookie in Undertow's dump: the parsed `cookie=` line and the raw `header=Cookie=` line"), ({ rng }) => {
      const sid = `${rng.b64url(32)}.erp-node-2`;
      return { value: sid, event: { path: '/api/reports/ledger', query: 'year=2026', ua: BROWSERS[0], cookies: [`JSESSIONID=${sid}`] } };
    }),
    3,
    plant('embed-jwt', 'wildfly-app-embed-dashboard-jwt-no-exp', 'error', 'An embed JWT without `exp` in `/embed/dashboard/<JWT>`, which the application logs when it renders the page: it never expires', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 3 * 86400, claims: { resource: { dashboard: rng.int(10, 99) }, params: { company: 'tinde-s' } } });
      return { value: token.token, jwt: token.facts, event: { app: 'no.tinde.erp.embed.EmbedResource', msg: `rendering /embed/dashboard/${token.token} for portal user ${rng.int(100, 999)}` } };
    }),
    3,
    plant('encoded', 'undertow-dump-authorization-basic', 'error', "An `Authorization: Basic` header in Undertow's dump: base64 of `user:password`, one decoding away", ({ rng }) => {
      const basic = b64Of(`svc-edi:${rng.alnum(10)}${rng.pick(['!', '#', '%'])}${rng.alnum(6)}`);
      return { value: basic, event: { method: 'POST', path: '/api/edi/inbound', ua: 'Apache-HttpClient/5.5 (Java/21.0.9)', headers: [['Authorization', `Basic ${basic}`]] } };
    }),
    3,
    plant('negative', 'undertow-dump-cursor-base64-json', 'none', 'A pagination `cursor` that is base64 of a JSON position (`eyJ…`, not a JWT) in the dump\'s `queryString=`: no credential.', ({ rng }) => {
      const cursor = b64Of(JSON.stringify({ id: rng.int(100000, 999999), createdAt: '2026-11-30T08:12:44Z' }));
      return { value: cursor, event: { path: '/api/orders', query: `size=50&cursor=${cursor}`, ua: BROWSERS[3] } };
    }),
    3,
    plant('framework-dump', 'undertow-dump-queryString-api_token', 'error', "An `api_token` in the `queryString=` line of Undertow's dump (the request's URI line has no query)", ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { path: '/api/exports/stock.csv', query: `api_token=${token}&warehouse=OSL`, ua: TOOLS[1] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// drupal-syslog.log: Drupal 11's syslog module (default format `!base_url|!timestamp|!type|!ip|!request_uri|!referer|
// !uid|!link|!message`, identity `drupal`), stored by rsyslog (RFC 3164 header; control characters escaped as `#012`).
// https://www.drupal.org/docs/8/core/modules/syslog, https://www.rsyslog.com/doc/configuration/global/index.html

function drupalLog(rng) {
  const BASE = 'https://www.fenby-kommune.example';
  const render = (e) => [
    `${syslogTime(e.t)} web02 drupal: ${BASE}|${sec(e.t)}|${e.type}|${e.ip}|${BASE}${target(e)}|${e.referer === '-' ? '' : e.referer}|${e.uid ?? 0}||${e.msg}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ type: 'user', path: '/user/login', msg: `Session opened for ${rng.pick(['kari', 'webredaktor', 'arne.s'])}.`, uid: rng.int(2, 60) }),
      () => ({ type: 'page not found', path: `/${rng.pick(['wp-admin/', '.env', 'xmlrpc.php'])}`, msg: 'The requested page could not be found.' }),
      () => ({ type: 'content', path: `/node/${rng.int(100, 900)}/edit`, msg: `basic_page: updated ${rng.pick(['Opningstider', 'Renovasjon', 'Barnehage'])}.`, uid: rng.int(2, 60) }),
      () => ({ type: 'cron', path: '/', msg: 'Cron run completed.' }),
      () => ({ type: 'access denied', path: '/admin/config', msg: 'Path: /admin/config. Drupal\\Core\\Http\\Exception\\CacheableAccessDeniedHttpException: The \'administer site configuration\' permission is required.' }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'drupal-user-reset-link-in-request_uri', 'error', WHY.pathSecret("Drupal's one-time login link (`/user/reset/<uid>/<timestamp>/<hash>`) in the `request_uri` field of a PHP notice raised while the page was served, before the link was used"), ({ rng, t }) => {
      const hash = rng.b64url(43);
      return { value: hash, event: { type: 'php', path: `/user/reset/${rng.int(20, 400)}/${sec(t) - rng.int(600, 3000)}/${hash}`, msg: 'Deprecated function: Creation of dynamic property Drupal\\fenby_theme\\ThemeNegotiator::$route is deprecated in Drupal\\fenby_theme\\ThemeNegotiator->applies() (line 41 of /var/www/html/web/modules/custom/fenby_theme/src/ThemeNegotiator.php).' } };
    }),
    3,
    plant('negative', 'drupal-image-style-itok', 'none', "Drupal's image style token (`?itok=<8>`, derivative protection against image flooding): a hash of the style and path, no credential.", ({ rng }) => {
      const itok = rng.b64url(8);
      return { value: itok, event: { type: 'image', path: `/sites/default/files/styles/large/public/2026-11/bru-${rng.int(1, 9)}.jpg`, query: `itok=${itok}`, msg: `Source image at public://2026-11/bru.jpg not found while trying to generate derivative image at public://styles/large/public/2026-11/bru.jpg.` } };
    }),
    3,
    plant('oauth-code', 'drupal-openid_connect-callback-code', 'warning', `${WHY.code} An Entra ID code on the openid_connect module's callback (\`/openid-connect/generic?code=…&state=…\`), in the \`request_uri\` of the module's error and of a PHP warning of the same request.`, ({ rng }) => {
      const code = `1.A${rng.b64url(300)}`;
      const path = '/openid-connect/generic';
      const query = `code=${code}&state=${rng.b64url(43)}&session_state=${rng.uuid()}`;
      return { value: code, event: { path, query, multi: [{ type: 'openid_connect', msg: 'Could not retrieve tokens. Client error: `POST https://login.microsoftonline.com/common/oauth2/v2.0/token` resulted in a `400 Bad Request` response: {"error":"invalid_client"}' }, { type: 'php', msg: 'Warning: Undefined array key "id_token" in Drupal\\openid_connect\\Plugin\\OpenIDConnectClientBase->retrieveTokens() (line 388 of /var/www/html/web/modules/contrib/openid_connect/src/Plugin/OpenIDConnectClientBase.php).' }] } };
    }),
    3,
    plant('webhook', 'drupal-cron-key-path', 'error', WHY.webhook("Drupal's cron URL (`/cron/<cron key>`) an external scheduler calls, in the `request_uri` of the cron record: the key in the path is the only secret, and calling it runs the site's cron"), ({ rng }) => {
      const key = rng.b64url(74);
      return { value: key, event: { type: 'cron', path: `/cron/${key}`, ua: 'cron-job.org/1.2', msg: 'Cron run completed.' } };
    }),
    3,
    plant('negative', 'google-referer-ved-usg', 'none', "A Google result's `Referer` (`/url?…&ved=…&usg=AOvVaw…`): Google's click tracking and its signature of the target, no credential of this site.", ({ rng }) => {
      const usg = `AOvVaw${rng.b64url(22)}`;
      return { value: usg, event: { type: 'page not found', path: '/tenester/bustad', referer: `https://www.google.example/url?sa=t&source=web&rct=j&opi=89978449&url=https://www.fenby-kommune.example/tenester/bustad&ved=2ahUKEwi${rng.b64url(60)}&usg=${usg}`, msg: 'The requested page could not be found.' } };
    }),
    3,
    plant('framework-dump', 'drupal-pdo-exception-print_r-args', 'error', "A database exception Drupal logs with its query arguments as `print_r` output (`Array#012(#012    [:db_insert_placeholder_1] => <token>`): a custom module's API token", ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { type: 'php', path: '/admin/config/services/fenby-api/token', uid: 1, method: 'POST', msg: `Drupal\\Core\\Database\\IntegrityConstraintViolationException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '1' for key 'PRIMARY': INSERT INTO "fenby_api_token" ("uid", "token", "created") VALUES (:db_insert_placeholder_0, :db_insert_placeholder_1, :db_insert_placeholder_2); Array#012(#012    [:db_insert_placeholder_0] => 1#012    [:db_insert_placeholder_1] => ${token}#012    [:db_insert_placeholder_2] => ${sec(Date.UTC(2026, 11, 2))}#012)#012 in Drupal\\mysql\\Driver\\Database\\mysql\\ExceptionHandler->handleExecutionException() (line 45 of /var/www/html/web/core/modules/mysql/src/Driver/Database/mysql/ExceptionHandler.php).` } };
    }),
    3,
    plant('embed-jwt', 'drupal-page-not-found-embed-jwt-expired', 'note', "An expired embed JWT in `/embed/report/<JWT>`, logged as `page not found` (the report was removed) in `request_uri` and the message", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 600, claims: { resource: { question: rng.int(10, 99) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { type: 'page not found', path: `/embed/report/${token.token}`, msg: `/embed/report/${token.token}` } };
    }),
    3,
  ];
  const renderMulti = (e, rng) => (e.multi ? e.multi.flatMap((m) => render({ ...e, ...m }, rng)) : render(e, rng));
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'www.fenby-kommune.example' }, filler, render: renderMulti, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hubble-flows.json: `hubble observe -o json` (Cilium 1.18) with L7 HTTP visibility (Envoy proxy flows: `l7.http` with
// `url` and `headers`, `Summary`; `--hubble-redact-http-headers-deny cookie`), one flow per line.
// https://docs.cilium.io/en/stable/observability/visibility/, https://docs.cilium.io/en/stable/_api/v1/flow/README/

function hubbleLog(rng) {
  const NODE = 'prod-worker-3';
  const pods = {
    web: { ns: 'shop', pod: 'web-6d9c7b5f8-x2kqp', ip: '10.0.3.17', id: 48213, app: 'web' },
    bff: { ns: 'shop', pod: 'bff-7f6b9d4c5-m8wzt', ip: '10.0.3.41', id: 21877, app: 'bff' },
    media: { ns: 'shop', pod: 'media-5c8f7d6b9-q4rnl', ip: '10.0.1.92', id: 33410, app: 'media' },
    worker: { ns: 'jobs', pod: 'report-worker-84d7c-fj2lp', ip: '10.0.2.63', id: 51905, app: 'report-worker' },
    vault: { ns: 'vault', pod: 'vault-0', ip: '10.0.1.8', id: 7714, app: 'vault' },
    auth: { ns: 'auth', pod: 'oauth2-proxy-7c9d8-vv5ks', ip: '10.0.2.11', id: 40022, app: 'oauth2-proxy' },
    reports: { ns: 'jobs', pod: 'reports-api-6b5d9-2kx7c', ip: '10.0.2.77', id: 18466, app: 'reports-api' },
  };
  const ep = (p) => ({ ID: rng.int(100, 3999), identity: p.id, cluster_name: 'prod', namespace: p.ns, labels: [`k8s:app=${p.app}`, `k8s:io.kubernetes.pod.namespace=${p.ns}`], pod_name: p.pod, workloads: [{ name: p.pod.split('-').slice(0, -2).join('-'), kind: 'Deployment' }] });
  const render = (e, rng) => {
    const from = pods[e.from];
    const to = pods[e.to];
    const url = `http://${e.svc}${target(e)}`;
    const headers = (e.headers ?? []).map(([key, value]) => ({ key, value }));
    const one = (reply) => {
      const t = reply ? e.t + e.ms : e.t;
      const time = nanoTime(t, rng);
      const [src, dst] = reply ? [to, from] : [from, to];
      const http = reply ? { code: e.status, method: e.method, url, protocol: 'HTTP/1.1', headers: [{ key: 'Content-Type', value: 'application/json' }] } : { method: e.method, url, protocol: 'HTTP/1.1', headers };
      const flow = {
        time,
        uuid: rng.uuid(),
        verdict: 'FORWARDED',
        IP: { source: src.ip, destination: dst.ip, ipVersion: 'IPv4' },
        l4: { TCP: { source_port: reply ? 8080 : e.port, destination_port: reply ? e.port : 8080 } },
        source: ep(src),
        destination: ep(dst),
        Type: 'L7',
        node_name: NODE,
        l7: { type: reply ? 'RESPONSE' : 'REQUEST', latency_ns: reply ? String(e.ms * 1000000 + rng.int(0, 999999)) : '0', http },
        event_type: { type: 129 },
        traffic_direction: 'INGRESS',
        is_reply: reply,
        Summary: reply ? `HTTP/1.1 ${e.status} ${e.ms}ms (${e.method} ${url})` : `HTTP/1.1 ${e.method} ${url}`,
      };
      return JSON.stringify({ flow, node_name: NODE, time });
    };
    return e.noReply ? [one(false)] : [one(false), one(true)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ from: 'web', to: 'bff', svc: 'bff.shop.svc.cluster.local:8080', path: '/api/cart', headers: [['Accept', 'application/json'], ['X-Request-Id', rng.uuid()]] }),
      () => ({ from: 'bff', to: 'media', svc: 'media.shop.svc.cluster.local:8080', path: `/img/${rng.int(1000, 9999)}.webp`, query: `w=${rng.pick([320, 640, 1280])}`, headers: [['Accept', 'image/webp']] }),
      () => ({ from: 'worker', to: 'reports', svc: 'reports-api.jobs.svc.cluster.local:8080', path: '/v1/jobs/next', headers: [['User-Agent', TOOLS[3]]] }),
      () => ({ from: 'web', to: 'bff', svc: 'bff.shop.svc.cluster.local:8080', path: '/healthz', headers: [['User-Agent', 'kube-probe/1.34']] }),
    ])();
  const steps = [
    3,
    plant('header-dump', 'hubble-x-vault-token-header', 'error', "A Vault token (`hvs.…`) in the `X-Vault-Token` header of an in-cluster call to Vault over plain HTTP, which Hubble's L7 flow lists with the request's headers", ({ rng }) => {
      const token = `hvs.CAESI${rng.b64url(84)}`;
      return { value: token, event: { from: 'worker', to: 'vault', svc: 'vault.vault.svc.cluster.local:8200', path: '/v1/kv/data/reports/smtp', headers: [['User-Agent', 'Go-http-client/1.1'], ['X-Vault-Request', 'true'], ['X-Vault-Token', token]], noReply: true } };
    }),
    3,
    plant('negative', 'hubble-cookie-redacted', 'none', "A `Cookie` header Hubble writes as `HUBBLE_REDACTED` (`--hubble-redact-http-headers-deny`): the value is gone, no credential.", ({ rng }) => ({
      value: 'HUBBLE_REDACTED',
      event: { from: 'web', to: 'bff', svc: 'bff.shop.svc.cluster.local:8080', path: '/api/account', headers: [['Accept', 'application/json'], ['Cookie', 'HUBBLE_REDACTED'], ['X-Request-Id', rng.uuid()]], noReply: true },
    })),
    3,
    plant('api-key-name', 'hubble-url-secret-query', 'error', WHY.apiKey('secret') + " An internal reports API takes it as `?secret=`; Hubble writes the URL in the request flow and again in the response flow.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { from: 'web', to: 'reports', svc: 'reports-api.jobs.svc.cluster.local:8080', path: '/v1/export.csv', query: `month=2026-11&secret=${key}`, headers: [['Accept', 'text/csv']] } };
    }),
    3,
    plant('replay', 'stream_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `stream_ticket` with a jti, valid 120 s (a media stream is opened once per ticket)'), ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 8, jti: true, claims: { sub: rng.uuid(), media: rng.int(1000, 9999) } });
      return { value: token.token, jwt: token.facts, event: { from: 'bff', to: 'media', svc: 'media.shop.svc.cluster.local:8080', path: '/stream/open', query: `stream_ticket=${token.token}`, headers: [['Accept', '*/*']], noReply: true } };
    }, { ref: 'stream' }),
    2,
    plant('replay', 'stream_ticket-jwt-jti', 'replay', WHY.replay('stream_ticket', 45), ({ refs, t }) => ({
      value: refs.get('stream').value,
      jwt: factsAt(refs.get('stream').value, t),
      event: { from: 'worker', to: 'media', svc: 'media.shop.svc.cluster.local:8080', path: '/stream/open', query: `stream_ticket=${refs.get('stream').value}`, headers: [['Accept', '*/*']], noReply: true },
    }), { replayOf: 'stream', after: 45 }),
    3,
    plant('negative', 'hubble-traceparent-header', 'none', 'A W3C `traceparent` header (trace id and span id): tracing, no credential.', ({ rng }) => {
      const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: tp, event: { from: 'bff', to: 'media', svc: 'media.shop.svc.cluster.local:8080', path: '/img/banner-winter.webp', headers: [['traceparent', tp]], noReply: true } };
    }),
    3,
    plant('refresh-token', 'hubble-url-refresh_token-query', 'error', `${WHY.refresh} An opaque refresh token in the query of an internal session service's \`GET /session/refresh\` (the L7 request flow's \`url\`).`, ({ rng }) => {
      const token = rng.b64url(86);
      return { value: token, event: { from: 'bff', to: 'auth', svc: 'session.auth.svc.cluster.local:8080', path: '/session/refresh', query: `refresh_token=${token}`, headers: [['Accept', 'application/json']], noReply: true } };
    }),
    3,
    plant('id-token', 'hubble-oauth2-proxy-sign_out-rd-id_token_hint', 'error', "An ID token as `id_token_hint` inside the percent-encoded `rd=` of oauth2-proxy's `/oauth2/sign_out` (the IdP's logout URL to redirect to), in the L7 flow's `url`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 8 * 3600, age: 5000, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.shop-k.example/realms/shop', aud: 'oauth2-proxy', sub: rng.uuid(), email: 'dev@shop-k.example' } });
      const rd = encodeURIComponent(`https://id.shop-k.example/realms/shop/protocol/openid-connect/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https://shop-k.example/`);
      return { value: token.token, jwt: token.facts, event: { from: 'web', to: 'auth', svc: 'oauth2-proxy.auth.svc.cluster.local:4180', path: '/oauth2/sign_out', query: `rd=${rd}`, headers: [['Accept', 'text/html']], noReply: true } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'shop-k.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appinsights.json: Azure Monitor Application Insights rows (`AppRequests`, `AppPageViews`, `AppDependencies`) as a Log
// Analytics data export rule writes them to a storage account, one JSON object per line.
// https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/apprequests,
// https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/apppageviews,
// https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/appdependencies,
// https://learn.microsoft.com/en-us/azure/azure-monitor/logs/logs-data-export

function appInsightsLog(rng) {
  const HOST = 'portal.skreia.example';
  const RID = '/subscriptions/5f1c0d2e-7a3b-4c8d-9e0f-1a2b3c4d5e6f/resourceGroups/rg-portal/providers/microsoft.insights/components/ai-portal';
  const render = (e, rng) => {
    const common = { TimeGenerated: ticksTime(e.t, rng), Id: rng.hex(16), OperationId: e.opId ?? rng.hex(32), ParentId: rng.hex(16), AppRoleName: e.role ?? 'portal-web', AppRoleInstance: 'pd1sdwk000ABC', SDKVersion: e.sdk ?? 'aspnet5c:2.23.0', ResourceGUID: '0e9f2a7c-61d4-4b8e-a5f3-9c2d7e1b4a60', _ResourceId: RID };
    if (e.kind === 'page')
      return [JSON.stringify({ TimeGenerated: common.TimeGenerated, Id: common.Id, Name: e.title, Url: e.url, DurationMs: e.ms, SessionId: e.session ?? rng.b64url(22), UserId: rng.b64url(22), ClientType: 'Browser', ClientBrowser: 'Chrome 143.0', ClientOS: 'Windows 10', ClientCity: 'Oslo', ClientCountryOrRegion: 'Norway', OperationName: e.title, OperationId: common.OperationId, SDKVersion: 'javascript:3.3.10', AppRoleName: common.AppRoleName, ResourceGUID: common.ResourceGUID, Type: 'AppPageViews', _ResourceId: RID })];
    if (e.kind === 'dep')
      return [JSON.stringify({ ...common, Target: new URL(e.url).host, DependencyType: 'HTTP', Name: `${e.method} ${new URL(e.url).pathname}`, Data: e.url, Success: e.status < 400, ResultCode: String(e.status), DurationMs: e.ms, PerformanceBucket: '<250ms', ItemCount: 1, Type: 'AppDependencies' })];
    return [JSON.stringify({ ...common, Name: `${e.method} ${e.route ?? e.path}`, Url: `https://${HOST}${target(e)}`, Success: e.status < 400, ResultCode: String(e.status), DurationMs: e.ms, PerformanceBucket: '<250ms', ItemCount: 1, OperationName: `${e.method} ${e.route ?? e.path}`, ClientType: 'PC', ClientIP: '0.0.0.0', ClientCity: 'Oslo', ClientCountryOrRegion: 'Norway', Properties: { _MS_ProcessedByMetricExtractors: '(Name:\'Requests\', Ver:\'1.1\')' }, Type: 'AppRequests' })];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/', route: '/Index' }),
      () => ({ path: `/cases/${rng.int(1000, 9999)}`, route: '/cases/{id}' }),
      () => ({ kind: 'page', title: 'Saker – Skreia portal', url: `https://${HOST}/cases?page=${rng.int(1, 5)}` }),
      () => ({ kind: 'dep', method: 'GET', url: `https://graph.microsoft.com/v1.0/users/${rng.uuid()}/photo/$value`, status: 200 }),
      () => ({ kind: 'dep', method: 'POST', url: 'https://skreiasearch.search.windows.net/indexes/cases/docs/search?api-version=2024-07-01', status: 200 }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'appinsights-pageview-url-fragment-access_token', 'error', "An access token in the fragment of the page URL the Application Insights JavaScript SDK records as a page view (`AppPageViews.Url` is `location.href`, fragment included)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, alg: 'RS256', kid: rng.b64url(27), claims: { aud: 'api://skreia-portal', iss: `https://sts.windows.net/${rng.uuid()}/`, oid: rng.uuid(), scp: 'Cases.ReadWrite', tid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { kind: 'page', title: 'Logger inn – Skreia portal', url: `https://${HOST}/auth/callback#access_token=${token.token}&token_type=Bearer&expires_in=3599&scope=api%3A%2F%2Fskreia-portal%2FCases.ReadWrite&state=${rng.uuid()}` } };
    }),
    3,
    plant('negative', 'appinsights-session-id', 'none', "Application Insights' `SessionId` (the `ai_session` cookie's random id): telemetry grouping, no authentication.", ({ rng }) => {
      const s = rng.b64url(22);
      return { value: s, event: { kind: 'page', title: 'Min side – Skreia portal', url: `https://${HOST}/me`, session: s } };
    }),
    3,
    plant('webhook', 'appinsights-dependency-zapier-catch-hook', 'error', WHY.webhook('A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) in an `AppDependencies` row\'s `Data`'), ({ rng }) => {
      const id = `${rng.int(1000000, 29999999)}/${rng.lowerNum(7)}`;
      return { value: id, event: { kind: 'dep', method: 'POST', url: `https://hooks.zapier.com/hooks/catch/${id}/`, status: 200 } };
    }),
    3,
    plant('api-key-name', 'appinsights-dependency-functions-code', 'error', "An Azure Functions function key as `code=` (no `state`: not an OAuth code) in the URL an `AppDependencies` row's `Data` records: it lets anyone call the function", ({ rng }) => {
      const key = `${rng.b64url(54)}==`;
      return { value: key, event: { kind: 'dep', method: 'POST', url: `https://func-skreia-pdf.azurewebsites.net/api/render?code=${key}`, status: 202 } };
    }),
    3,
    plant('negative', 'appinsights-operation-id', 'none', "An `OperationId` (a W3C trace id, 32 hex) of a failed request: tracing, no credential.", ({ rng }) => {
      const op = rng.hex(32);
      return { value: op, event: { path: '/api/cases/export', route: '/api/cases/export', status: 500, opId: op } };
    }),
    3,
    plant('encoded', 'appinsights-returnurl-percent-encoded-token', 'error', "A sign-in `ReturnUrl` percent-encoded once in `AppRequests.Url`: the download link it returns to carries a `token` (`%26token%3D…`)", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: '/Account/Login', route: '/Account/Login', query: `ReturnUrl=${encodeURIComponent(`/downloads/get?file=${rng.int(100, 999)}&token=${token}`)}`, status: 302 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cakephp-error.log: CakePHP 5's FileLog (`<Y-m-d H:i:s> <level>: <message>`), exceptions logged by ErrorLogger with
// `Stack Trace:`, `Request URL:`, `Referer URL:` and `Client IP:` lines (no time of their own), and the app's own lines.
// https://book.cakephp.org/5/en/core-libraries/logging.html, https://book.cakephp.org/5/en/development/errors.html

function cakeLog(rng) {
  const render = (e) => {
    const head = `${ymdHms(e.t)} ${e.level ?? 'error'}: ${e.msg}`;
    if (!e.exception) return [head, ...(e.more ?? [])];
    return [
      head,
      'Stack Trace:',
      '- ROOT/vendor/cakephp/cakephp/src/Controller/ControllerFactory.php:71',
      '- ROOT/vendor/cakephp/cakephp/src/Http/BaseApplication.php:334',
      '- ROOT/vendor/cakephp/cakephp/src/Http/Runner.php:86',
      `Request URL: ${target(e)}`,
      ...(e.referer !== '-' ? [`Referer URL: ${e.referer}`] : []),
      `Client IP: ${e.ip}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ exception: true, path: `/${rng.pick(['wp-login.php', '.git/config', 'phpmyadmin/'])}`, msg: '[Cake\\Http\\Exception\\MissingControllerException] Controller class `WpLogin` could not be found. in /var/www/app/vendor/cakephp/cakephp/src/Controller/ControllerFactory.php on line 338' }),
      () => ({ level: 'warning', msg: `Slow query (${rng.int(1000, 4000)} ms) on bookings.find(\'upcoming\')` }),
      () => ({ level: 'info', msg: `Sent reminder e-mails: ${rng.int(0, 30)}` }),
      () => ({ exception: true, path: `/bookings/view/${rng.int(100, 999)}`, msg: '[Cake\\Datasource\\Exception\\RecordNotFoundException] Record not found in table `bookings`. in /var/www/app/vendor/cakephp/cakephp/src/ORM/Table.php on line 1564' }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'cakephp-js-error-url-fragment-access_token', 'error', "A client error report the app logs with the page's `location.href`: an access token in the fragment of a hash-routed page (`#/login?access_token=…`)", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { msg: `JS error "TypeError: Cannot read properties of undefined (reading 'id')" on https://booking.lyng-t.example/app/#/login?access_token=${token}&token_type=bearer&expires_in=7200` } };
    }),
    3,
    plant('negative', 'cakephp-formprotection-token-fields', 'none', "CakePHP's FormProtection `_Token[fields]` (an HMAC of the form's field names, `<40 hex>%3A…`) in a logged form: tamper protection, no credential.", ({ rng }) => {
      const f = `${rng.hex(40)}%3A`;
      return { value: f, event: { level: 'debug', msg: `booking form: {"_Token":{"fields":"${f}","unlocked":""},"room_id":"${rng.int(1, 40)}","date":"2026-12-14"}` } };
    }),
    3,
    plant('api-key-name', 'cakephp-request-url-auth_token', 'error', WHY.apiKey('auth_token') + " On the `Request URL:` line of a logged exception (a line without a time).", ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { exception: true, path: '/api/v1/rates.json', query: `auth_token=${token}&from=2026-12-01`, msg: '[Cake\\Http\\Exception\\BadRequestException] Missing currency in /var/www/app/src/Controller/Api/RatesController.php on line 58', ua: TOOLS[1] } };
    }),
    3,
    plant('webhook', 'cakephp-discord-webhook-error', 'error', WHY.webhook('A Discord webhook URL (`/api/webhooks/<id>/<token>`) in the error the app logs when the notification times out'), ({ rng }) => {
      const token = rng.b64url(68);
      return { value: token, event: { msg: `Discord notify failed for https://discord.com/api/webhooks/${digits(rng, 19)}/${token}: cURL Error (28) Operation timed out after 10001 milliseconds with 0 bytes received` } };
    }),
    3,
    plant('framework-dump', 'cakephp-print_r-refresh_token', 'error', "`Log::debug(print_r($data, true))` of a token request: a refresh token on a `[refresh_token] => …` line of PHP's `print_r` (a line without a time)", ({ rng }) => {
      const token = rng.alnum(64);
      return { value: token, event: { level: 'debug', msg: 'Array', more: ['(', '    [grant_type] => refresh_token', `    [refresh_token] => ${token}`, '    [client_id] => booking-app', ')', ''] } };
    }),
    3,
    plant('negative', 'cakephp-request-url-uuid', 'none', 'A booking UUID in a `Request URL:` path: an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { exception: true, path: `/bookings/cancel/${id}`, msg: '[Cake\\Http\\Exception\\ForbiddenException] Booking belongs to another user in /var/www/app/src/Controller/BookingsController.php on line 112' } };
    }),
    3,
    plant('header-dump', 'cakephp-json-headers-stripe-secret-key', 'error', "`json_encode($request->getHeaders())` in a debug line: a Stripe secret key (`Bearer sk_live_…`) a back-office script sent to the app's Stripe proxy route", ({ rng }) => {
      const key = `sk_live_51${rng.alnum(97)}`;
      return { value: key, event: { level: 'debug', msg: `proxy headers: {"Host":["booking.lyng-t.example"],"Authorization":["Bearer ${key}"],"Content-Type":["application\\/x-www-form-urlencoded"],"User-Agent":["Stripe\\/v1 PhpBindings\\/17.6.0"]}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'booking.lyng-t.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log4js.log: an Express app with log4js-node 6's file appender (`basic` layout: `[<ISO time without zone>] [LEVEL]
// <category> - <message>`, UTC on this server), connectLogger's default format on category `http`, and app categories.
// https://log4js-node.github.io/log4js-node/connect-logger.html, https://log4js-node.github.io/log4js-node/layouts.html

function log4jsLog(rng) {
  const HOST = 'boards.varde-n.example';
  const stamp = (ms) => iso(ms).slice(0, 23);
  const render = (e) => {
    if (e.cat) return [`[${stamp(e.t)}] [${e.level ?? 'INFO'}] ${e.cat} - ${e.msg}`];
    const http = `[${stamp(e.t)}] [${e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARN' : 'INFO'}] http - ${e.ip} - - "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer === '-' ? '' : e.referer}" "${e.ua}"`;
    return e.after ? [http, `[${stamp(e.t)}] [${e.after.level ?? 'INFO'}] ${e.after.cat} - ${e.after.msg}`] : [http];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, referer: `https://${HOST}/` }),
      () => ({ path: `/api/boards/${rng.int(100, 999)}/cards`, ua: BROWSERS[0] }),
      () => ({ cat: 'jobs', msg: `digest mail queued for ${rng.int(2, 80)} users` }),
      () => ({ path: '/api/health', ua: 'kube-probe/1.34' }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'gitlab-callback-code-connectLogger-and-app', 'warning', `${WHY.code} GitLab's code (64 hex) on the callback, in connectLogger's line and in the app's own \`auth\` line of the same request.`, ({ rng }) => {
      const code = rng.hex(64);
      const path = '/auth/gitlab/callback';
      const query = `code=${code}&state=${rng.hex(24)}`;
      return { value: code, event: { path, query, status: 302, bytes: 0, referer: 'https://gitlab.example/', after: { cat: 'auth', msg: `callback ${path}?${query} -> exchanging code` } } };
    }),
    3,
    plant('negative', 'jquery-cache-buster-underscore', 'none', "jQuery's cache buster (`_=<epoch ms>`): a timestamp, no credential.", ({ t }) => ({ value: `_=${t - 4000}`, event: { path: '/api/notifications', query: `since=${t - 60000}&_=${t - 4000}`, ua: BROWSERS[3] } })),
    3,
    plant('replay', 'print_ticket-opaque', 'note', WHY.ticketFirst('An opaque `print_ticket` (a board export is rendered once per ticket)'), ({ rng }) => {
      const ticket = rng.alnum(30);
      return { value: ticket, event: { path: '/export/pdf', query: `board=${rng.int(100, 999)}&print_ticket=${ticket}`, ip: '198.51.100.61', ua: 'HeadlessChrome/143.0.0.0' } };
    }, { ref: 'print' }),
    2,
    plant('replay', 'print_ticket-opaque', 'replay', WHY.replay('print_ticket', 90), ({ refs }) => ({ value: refs.get('print').value, event: { path: '/export/pdf', query: `board=${rng.int(100, 999)}&print_ticket=${refs.get('print').value}`, ip: '203.0.113.219', ua: BROWSERS[4] } }), { replayOf: 'print', after: 90 }),
    3,
    plant('embed-jwt', 'embed-board-jwt-120s-no-jti', 'warning', 'An embed JWT in `/embed/board/<JWT>` valid 120 s without a jti, in connectLogger\'s request line', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 15, claims: { resource: { board: rng.int(100, 999) }, params: { readonly: true } } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/board/${token.token}`, referer: 'https://wiki.varde-n.example/', ua: BROWSERS[1] } };
    }),
    3,
    plant('implicit-fragment', 'collect-dl-percent-encoded-fragment-access_token', 'error', "A first-party analytics proxy (`/collect?v=2&…&dl=`) whose `dl` is the page URL with its fragment, percent-encoded: `%23access_token%3D…`", ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { path: '/collect', query: `v=2&tid=G-${upperNum(rng, 10)}&cid=${rng.int(100000000, 999999999)}.${rng.int(1700000000, 1765000000)}&en=page_view&dl=${encodeURIComponent(`https://${HOST}/oauth/done#access_token=${token}&token_type=bearer&expires_in=3600`)}`, status: 204, bytes: 0, ua: BROWSERS[0] } };
    }),
    3,
    plant('path-secret', 'log4js-mailer-invite-link', 'error', WHY.pathSecret('A board invitation link (`/invite/<token>`) in the context object the mailer logs when sending fails'), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { cat: 'mailer', level: 'ERROR', msg: `send failed { to: 'ny.kollega@varde-n.example', template: 'invite', link: 'https://${HOST}/invite/${token}' } Error: connect ECONNREFUSED 10.0.4.12:587` } };
    }),
    3,
    plant('header-dump', 'log4js-proxy-headers-slack-xoxb', 'error', "Upstream headers printed with `util.inspect` by the app's `proxy` category: `authorization: 'Bearer xoxb-…'` (a Slack bot token)", ({ rng }) => {
      const token = `xoxb-${digits(rng, 12)}-${digits(rng, 13)}-${rng.alnum(24)}`;
      return { value: token, event: { cat: 'proxy', level: 'DEBUG', msg: `upstream headers { host: 'slack.com', 'content-type': 'application/json; charset=utf-8', authorization: 'Bearer ${token}' }` } };
    }),
    3,
    plant('negative', 'token-null-placeholder', 'none', "`token=null`: a client sent JavaScript's `null` as a string (no session yet); a placeholder, no credential.", ({ rng }) => {
      const n = rng.int(1000, 9999);
      return { value: `check?board=${n}&token=null`, event: { path: '/api/session/check', query: `board=${n}&token=null`, status: 401, ua: BROWSERS[2] } };
    }),
    3,
    plant('framework-dump', 'log4js-null-prototype-query-share_key', 'error', "Express's `req.query` printed by the app (`[Object: null prototype] { …, share_key: '…' }`): a board share key", ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { cat: 'share', level: 'DEBUG', msg: `query [Object: null prototype] { board: '${rng.int(100, 999)}', share_key: '${key}', view: 'kanban' }` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// loguru.log: a Python worker (a Telegram bot and sync jobs) logging through loguru's default format (`<time> | LEVEL
// | module:function:line - message`, local time without a zone: UTC here), httpx's request lines routed into loguru, and
// an exception logged with `backtrace=True, diagnose=True` (variable values under the source lines, no time).
// https://loguru.readthedocs.io/en/stable/api/logger.html, https://www.python-httpx.org/logging/

function loguruLog(rng) {
  const stamp = (ms) => `${ymdHms(ms)}.${pad(ms % 1000, 3)}`;
  const render = (e) => {
    const head = `${stamp(e.t)} | ${(e.level ?? 'INFO').padEnd(8)} | ${e.where} - ${e.msg}`;
    return [head, ...(e.more ?? [])];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ where: 'bot.poll:run:88', msg: `polled ${rng.int(0, 6)} updates` }),
      () => ({ where: 'httpx._client:_send_single_request:1740', msg: `HTTP Request: GET https://api.yr-v.example/weatherapi/locationforecast/2.0/compact?lat=59.9&lon=10.7 "HTTP/1.1 200 OK"` }),
      () => ({ where: 'jobs.sync:sync_calendar:57', msg: `synced ${rng.int(0, 40)} events for calendar ${rng.int(10, 99)}` }),
      () => ({ where: 'jobs.files:fetch:31', level: 'DEBUG', msg: `downloaded report-${rng.int(100, 999)}.pdf (${rng.int(20, 900)} kB)` }),
    ])();
  const steps = [
    3,
    plant('webhook', 'httpx-telegram-bot-token-url', 'error', WHY.webhook("A Telegram Bot API URL (`/bot<id>:<token>/sendMessage`) in httpx's request line, routed into loguru: the token in the path controls the bot"), ({ rng }) => {
      const token = `${rng.int(5000000000, 8999999999)}:AA${rng.b64url(33)}`;
      return { value: token, event: { where: 'httpx._client:_send_single_request:1740', msg: `HTTP Request: POST https://api.telegram.org/bot${token}/sendMessage "HTTP/1.1 200 OK"` } };
    }),
    3,
    plant('negative', 'webhook-payload-nonce', 'none', "A payment webhook's `nonce` (a random value against replays of that delivery) in the logged payload: no credential.", ({ rng }) => {
      const nonce = rng.hex(32);
      return { value: nonce, event: { where: 'jobs.payments:on_webhook:22', msg: `payment event {'id': 'evt_${rng.alnum(14)}', 'type': 'payment.succeeded', 'nonce': '${nonce}', 'amount': ${rng.int(100, 9000)}}` } };
    }),
    3,
    plant('refresh-token', 'loguru-token-response-dict-repr', 'error', `${WHY.refresh} A token response logged as a Python dict (\`{'access_token': '…', 'refresh_token': '…', …}\`); the label is the refresh token.`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { where: 'jobs.sync:refresh_credentials:41', level: 'DEBUG', msg: `token response: {'access_token': '${rng.b64url(48)}', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${token}', 'scope': 'calendar.read'}` } };
    }),
    3,
    plant('implicit-fragment', 'playwright-page-url-fragment-access_token', 'error', "A Playwright check logging `page.url` after an implicit sign-in: the access token in the fragment (`#access_token=…&expires_in=3600&token_type=bearer`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, claims: { sub: rng.uuid(), role: 'authenticated', aud: 'authenticated', iss: 'https://auth.lyng-t.example/auth/v1' } });
      return { value: token.token, jwt: token.facts, event: { where: 'checks.login:check_login:64', msg: `landed on https://app.lyng-t.example/#access_token=${token.token}&expires_in=3600&refresh_token=&token_type=bearer&type=magiclink` } };
    }),
    3,
    plant('framework-dump', 'loguru-diagnose-variable-value-openai-key', 'error', "loguru's `diagnose=True` traceback, which prints the value of each variable under the source line: an OpenAI key (`sk-proj-…`) on a line without a time", ({ rng }) => {
      const key = `sk-proj-${rng.b64url(74)}T3BlbkFJ${rng.b64url(74)}`;
      return {
        value: key,
        event: {
          where: 'jobs.summarise:summarise:73',
          level: 'ERROR',
          msg: 'An error has been caught in function \'summarise\', process \'MainProcess\' (1), thread \'MainThread\' (139952431294272):',
          more: [
            'Traceback (most recent call last):',
            '',
            '> File "/app/jobs/summarise.py", line 73, in summarise',
            '    resp = client.post(URL, headers={"Authorization": f"Bearer {api_key}"}, json=body)',
            '           │      │    │                                  │               └ {\'model\': \'gpt-5-mini\', \'input\': \'…\'}',
            `           │      │    │                                  └ '${key}'`,
            "           │      │    └ 'https://api.openai.com/v1/responses'",
            '           │      └ <function Client.post at 0x7f4a2c1e5d00>',
            '           └ <httpx.Client object at 0x7f4a2b8c7e50>',
            '',
            'httpx.ReadTimeout: The read operation timed out',
          ],
        },
      };
    }),
    3,
    plant('negative', 'file-sha1', 'none', 'A SHA-1 of a downloaded file, logged for deduplication: a hash, no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { where: 'jobs.files:fetch:36', level: 'DEBUG', msg: `report-${rng.int(100, 999)}.pdf sha1=${h} (unchanged, skipped)` } };
    }),
    3,
    plant('encoded', 'httpx-base64-json-filter-apiKey', 'error', "A query parameter that is base64 of a JSON filter holding the partner's `apiKey` (`q=eyJ…`, not a JWT), in httpx's request line: one decoding away", ({ rng }) => {
      const key = rng.alnum(32);
      const q = b64Of(JSON.stringify({ apiKey: key, from: '2026-12-01', to: '2026-12-31' }));
      return { value: q, event: { where: 'httpx._client:_send_single_request:1740', msg: `HTTP Request: GET https://partner.fjell-b.example/v1/bookings?q=${encodeURIComponent(q)} "HTTP/1.1 200 OK"` }, needle: encodeURIComponent(q) };
    }),
    3,
    plant('header-dump', 'loguru-headers-dict-grafana-glsa', 'error', "Request headers logged as a dict (`{'authorization': 'Bearer glsa_…'}`): a Grafana service account token", ({ rng }) => {
      const token = `glsa_${rng.alnum(32)}_${rng.hex(8)}`;
      return { value: token, event: { where: 'jobs.dashboards:push:19', level: 'DEBUG', msg: `POST https://grafana.lyng-t.example/api/dashboards/db headers={'accept': 'application/json', 'authorization': 'Bearer ${token}', 'content-type': 'application/json'}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'bot.lyng-t.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// authelia.log: Authelia 4.39 with `log.level: debug` and the default text format (logrus: `time="…" level=… msg="…"
// method=… path=… remote_ip=…`), the forward-auth endpoint behind Traefik: each check names the protected URL whole.
// https://www.authelia.com/configuration/miscellaneous/logging/,
// https://www.authelia.com/integration/proxies/forwarded-headers/

function autheliaLog(rng) {
  const render = (e) => {
    const head = `time="${iso(e.t).slice(0, 19)}Z"`;
    if (e.msg) return [`${head} level=${e.level ?? 'info'} msg="${e.msg}"${e.fields ? ` ${e.fields}` : ''}`];
    const url = `https://${e.host}${target(e)}`;
    const subject = e.user ? `username=${e.user} groups=${e.groups ?? 'staff'} ip=${e.ip}` : `username= groups= ip=${e.ip}`;
    const lines = [`${head} level=debug msg="Check authorization of subject ${subject} and object ${url} (method ${e.method})." method=GET path=/api/authz/forward-auth remote_ip=${e.ip}`];
    if (!e.user) lines.push(`${head} level=info msg="Access to ${url} (method ${e.method}) is not authorized to user <anonymous>, responding with status code 401 with location redirect to https://auth.varde-n.example/?rd=${encodeURIComponent(url).slice(0, 40)}…" method=GET path=/api/authz/forward-auth remote_ip=${e.ip}`);
    return lines;
  };
  const users = ['kari', 'arne', 'siv'];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: 'wiki.varde-n.example', path: `/doc/${rng.pick(['rutiner', 'vaktliste', 'onboarding'])}-${rng.alnum(10)}`, user: rng.pick(users) }),
      () => ({ host: 'grafana.varde-n.example', path: '/api/live/ws', user: rng.pick(users), groups: 'ops' }),
      () => ({ msg: `Mark 1FA authentication attempt made by user '${rng.pick(users)}'`, level: 'debug', fields: `method=POST path=/api/firstfactor remote_ip=${publicIp(rng)}` }),
      () => ({ host: 'files.varde-n.example', path: '/', user: rng.pick(users) }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'authelia-forward-auth-object-oidc-callback-code', 'warning', `${WHY.code} The OIDC callback of an app behind Authelia's forward auth (\`/oauth/callback?code=authelia_ac_…&state=…\`), named whole as the checked object.`, ({ rng }) => {
      const code = `authelia_ac_${rng.b64url(43)}.${rng.b64url(43)}`;
      return { value: code, event: { host: 'wiki.varde-n.example', path: '/auth/oidc.callback', query: `code=${code}&iss=https%3A%2F%2Fauth.varde-n.example&scope=openid+profile+email&state=${rng.b64url(24)}`, user: 'kari' } };
    }),
    3,
    plant('negative', 'grafana-dashboard-uid', 'none', "A Grafana dashboard `uid` in the checked object's path (`/d/<uid>/…`): an identifier, no credential.", ({ rng }) => {
      const uid = rng.alnum(14);
      return { value: uid, event: { host: 'grafana.varde-n.example', path: `/d/${uid}/node-exporter`, query: 'orgId=1&from=now-6h&to=now&refresh=30s', user: 'arne', groups: 'ops' } };
    }),
    3,
    plant('path-secret', 'authelia-object-invite-accept-token', 'error', WHY.pathSecret("A wiki invitation link (`/invite/accept?token=…`) opened before signing in: Authelia's check and its `not authorized` line both name the URL"), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { host: 'wiki.varde-n.example', path: '/invite/accept', query: `token=${token}` } };
    }),
    3,
    plant('api-key-name', 'authelia-object-api_key-query', 'error', WHY.apiKey('api_key') + ' A calendar feed URL of an app behind forward auth, named whole as the checked object.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host: 'files.varde-n.example', path: '/ocs/v2.php/apps/calendar/feed.ics', query: `api_key=${key}`, user: 'siv' } };
    }),
    3,
    plant('negative', 'checksum-sha256-query', 'none', 'A `checksum=sha256:<hex>` on a download URL: a hash of the file, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { host: 'files.varde-n.example', path: '/releases/agent-2.4.1.tar.gz', query: `checksum=sha256:${h}`, user: 'arne', groups: 'ops' } };
    }),
    3,
    plant('webhook', 'authelia-object-home-assistant-webhook-id', 'error', WHY.webhook('A Home Assistant webhook (`/api/webhook/<webhook_id>`, the id is the only secret) posted by a sensor through the proxy, named whole as the checked object'), ({ rng }) => {
      const id = rng.hex(64);
      return { value: id, event: { method: 'POST', host: 'ha.varde-n.example', path: `/api/webhook/${id}`, user: 'sensor-bridge', groups: 'devices' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'auth.varde-n.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// daphne.log: Django 5.2 served by Daphne 4 (Django Channels): Daphne's access lines (`<ip>:<port> - - [<time>]
// "<METHOD> <path?query>" <status> <size>`, local time without a zone: UTC here) and Django logging
// (`{asctime} {levelname} {name} {message}`) on the same stream.
// https://github.com/django/daphne/blob/main/daphne/access.py, https://docs.djangoproject.com/en/5.2/topics/logging/

function daphneLog(rng) {
  const daphneTime = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(ms).slice(11, 19)}`;
  };
  const render = (e) => {
    const access = `${e.ip}:${e.port} - - [${daphneTime(e.t)}] "${e.method} ${target(e)}" ${e.status} ${e.bytes}`;
    const app = (m) => `${pyTime(e.t)} ${m.level ?? 'INFO'} ${m.logger} ${m.msg}`;
    if (e.msg) return [app(e)];
    return [...(e.before ?? []).map(app), access];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/CACHE/css/output.${rng.hex(12)}.css`, bytes: rng.int(5000, 50000) }),
      () => ({ path: `/api/shipments/${rng.int(10000, 99999)}/` }),
      () => ({ msg: `shipment ${rng.int(10000, 99999)} status -> ${rng.pick(['picked', 'in_transit', 'delivered'])}`, logger: 'tracking.signals' }),
      () => ({ path: '/healthz/', bytes: 2 }),
    ])();
  const steps = [
    3,
    plant('replay', 'scan_ticket-opaque', 'note', WHY.ticketFirst('An opaque `scan_ticket` (a parcel locker opens once per ticket)'), ({ rng }) => {
      const ticket = rng.b64url(24);
      return { value: ticket, event: { path: '/lockers/open/', query: `locker=${rng.int(10, 99)}&scan_ticket=${ticket}`, ip: '198.51.100.77' } };
    }, { ref: 'scan' }),
    2,
    plant('replay', 'scan_ticket-opaque', 'replay', WHY.replay('scan_ticket', 150), ({ refs, rng }) => ({ value: refs.get('scan').value, event: { path: '/lockers/open/', query: `locker=${rng.int(10, 99)}&scan_ticket=${refs.get('scan').value}`, ip: '203.0.113.38' } }), { replayOf: 'scan', after: 150 }),
    3,
    plant('negative', 'search-q-token-word', 'none', "A search for the word `token` (`?q=token`) with a page cursor: a user's query, no credential.", ({ rng }) => {
      const c = rng.int(10000, 99999);
      return { value: `q=token&page=${c}`, event: { path: '/help/search/', query: `q=token&page=${c}` } };
    }),
    3,
    plant('id-token', 'daphne-oidc-logout-id_token_hint-expired', 'note', 'An expired ID token as `id_token_hint` of the site\'s logout route (the session had long timed out), in Daphne\'s request line', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2 * 86400, alg: 'RS256', kid: rng.hex(16), claims: { iss: 'https://id.lyng-t.example', aud: 'tracking-web', sub: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { path: '/oidc/logout/', query: `id_token_hint=${token.token}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('api-key-name', 'daphne-app_secret-query', 'error', WHY.apiKey('app_secret') + " A partner's app secret in the query of a tracking API call.", ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { path: '/api/partner/track/', query: `app_id=${rng.int(100000, 999999)}&app_secret=${s}&parcel=${upperNum(rng, 12)}` } };
    }),
    3,
    plant('framework-dump', 'django-asgirequest-repr-auth_token', 'error', "Django's `<ASGIRequest: GET '/…?auth_token=…'>` repr in an app warning; Daphne's access line of the same request writes the URL again", ({ rng }) => {
      const token = rng.hex(40);
      const path = '/api/export/';
      const query = `format=csv&auth_token=${token}`;
      return { value: token, event: { path, query, status: 403, bytes: 58, before: [{ level: 'WARNING', logger: 'tracking.api', msg: `export refused for <ASGIRequest: GET '${path}?${query}'>: token scope` }] } };
    }),
    3,
    plant('negative', 'django-compressor-output-hash', 'none', "django-compressor's output file name (`output.<12 hex>.js`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(12);
      return { value: h, event: { path: `/static/CACHE/js/output.${h}.js`, bytes: rng.int(9000, 90000) } };
    }),
    3,
    plant('encoded', 'daphne-next-percent-encoded-session_token', 'error', 'A `next=` URL percent-encoded once in the request line: the partner link it returns to carries a `session_token` (`%3Fsession_token%3D…`)', ({ rng }) => {
      const token = rng.alnum(36);
      return { value: token, event: { path: '/accounts/login/', query: `next=${encodeURIComponent(`/partner/handoff/?session_token=${token}`)}` } };
    }),
    3,
    plant('header-dump', 'channels-scope-headers-drf-token', 'error', "A Channels consumer logging `scope['headers']` (a list of byte pairs): `(b'authorization', b'Token <40 hex>')`, a Django REST framework token", ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { msg: `ws connect headers=[(b'host', b'track.lyng-t.example'), (b'upgrade', b'websocket'), (b'authorization', b'Token ${token}'), (b'sec-websocket-version', b'13')]`, level: 'DEBUG', logger: 'tracking.consumers' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'track.lyng-t.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout10');
writePart(join(here, 'heldout10'), {
  'homeserver.log': synapseLog(rng),
  'okta-system-log.ndjson': oktaLog(rng),
  'fortigate.log': fortigateLog(rng),
  'umbrella-proxy.csv': umbrellaLog(rng),
  'app_protect_security.log': napLog(rng),
  'server.log': wildflyLog(rng),
  'drupal-syslog.log': drupalLog(rng),
  'hubble-flows.json': hubbleLog(rng),
  'appinsights.json': appInsightsLog(rng),
  'cakephp-error.log': cakeLog(rng),
  'log4js.log': log4jsLog(rng),
  'loguru.log': loguruLog(rng),
  'authelia.log': autheliaLog(rng),
  'daphne.log': daphneLog(rng),
});
