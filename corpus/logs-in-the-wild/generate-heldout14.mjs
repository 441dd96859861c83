// Writes corpus/logs-in-the-wild/heldout14/: a fourteenth held-out part, in formats no other part uses (HashiCorp Vault's
// file audit device, a Cisco Meraki MX's syslog, Apache Solr's request log, a Kafka Connect worker log, the MariaDB Audit
// Plugin's server_audit.log, a Rails 8 production.log written by rails_semantic_logger, Ghost's stdout, the OpenSearch
// security plugin's audit log, Mattermost's JSON log, Confluence Data Center's access log, Node-RED under `docker logs
// --timestamps`, a Zscaler NSS web log feed, KrakenD's log and Jenkins' jenkins.log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line
// was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout14.mjs     rewrites heldout14/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { b64Of, b64urlOf, BROWSERS, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, WHY, writePart } from './build-log.mjs';
import { DAYS, DIGITS, digits, iso, LOWER, lowerNum, MONTHS, pad, UPPER, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/1.1', 'node', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 16, 6, 0, 0);

/** `2026-12-16 06:00:01,123` (log4j's and Python's default). */
const commaTime = (ms) => `${ymdHms(ms)},${pad(ms % 1000, 3)}`;
/** `2026-12-16 06:00:01.123`. */
const dotTime = (ms) => `${ymdHms(ms)}.${pad(ms % 1000, 3)}`;
/** RFC 3339 with nanoseconds (Go's time.RFC3339Nano in UTC). */
const nanoTime = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
/** An epoch with nanoseconds, as Meraki writes it: `1797400801.123456789`. */
const epochNs = (ms, rng) => `${Math.floor(ms / 1000)}.${pad(ms % 1000, 3)}${digits(rng, 6)}`;

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** A link that is itself the permission (a share, a public or private feed): no use count, no expiry of its own. */
const capability = (what) => `${what}: the URL alone opens it until the link is disabled or removed, long-lived.`;

/** A unicast MAC address from a few vendors' OUIs. */
const MAC = (rng) => `${rng.pick(['3C:22:FB', 'A4:83:E7', 'F0:18:98', 'D8:3A:DD', '8C:85:90', 'B8:27:EB', '00:1B:21'])}:${Array.from({ length: 3 }, () => rng.hex(2).toUpperCase()).join(':')}`;
const KC = 'https://login.kveld.example/realms/ansatte';

// ---------------------------------------------------------------------------------------------------------------------
// vault_audit.log: HashiCorp Vault 1.20's file audit device (`vault audit enable file file_path=…`), one JSON entry a
// line: a `request` entry and a `response` entry per request (`time`, `type`, `auth`, `request` with `id`, `operation`,
// `mount_point`, `mount_type`, `mount_accessor`, `client_token`, `namespace`, `path`, `data`, `remote_address`,
// `headers`; `response`, `error`). Every string in `auth`, request `data` and the response is HMAC-SHA256'd with the
// device's salt (`hmac-sha256:<hex>`); the path and the request headers configured under
// `sys/config/auditing/request-headers` (here `x-forwarded-for`, `referer`, `cookie` and `authorization`, all with
// `hmac: false`, the default) are written as they are.
// https://developer.hashicorp.com/vault/docs/audit, https://developer.hashicorp.com/vault/docs/audit/file,
// https://developer.hashicorp.com/vault/api-docs/system/config-auditing

function vaultLog(rng) {
  const hmac = () => `hmac-sha256:${rng.hex(64)}`;
  const MOUNTS = {
    kv: { mount_point: 'secret/', mount_type: 'kv', mount_accessor: 'kv_5f2a9c1e', mount_running_version: 'v0.24.0+builtin', mount_class: 'secret' },
    db: { mount_point: 'database/', mount_type: 'database', mount_accessor: 'database_8c14e07b', mount_running_version: 'v1.20.1+builtin.vault', mount_class: 'secret' },
    pki: { mount_point: 'pki_int/', mount_type: 'pki', mount_accessor: 'pki_2b9d61f0', mount_running_version: 'v1.20.1+builtin.vault', mount_class: 'secret' },
    token: { mount_point: 'auth/token/', mount_type: 'token', mount_accessor: 'auth_token_0c7a3f52', mount_running_version: 'v1.20.1+builtin.vault', mount_class: 'auth' },
    k8s: { mount_point: 'auth/kubernetes/', mount_type: 'kubernetes', mount_accessor: 'auth_kubernetes_4e81b2d9', mount_running_version: 'v0.22.1+builtin', mount_class: 'auth' },
    jwt: { mount_point: 'auth/jwt/', mount_type: 'jwt', mount_accessor: 'auth_jwt_91d3c5a8', mount_running_version: 'v0.24.1+builtin', mount_class: 'auth' },
    oidc: { mount_point: 'auth/oidc/', mount_type: 'oidc', mount_accessor: 'auth_oidc_6a0f2e47', mount_running_version: 'v0.24.1+builtin', mount_class: 'auth' },
    sys: { mount_point: 'sys/', mount_type: 'system', mount_accessor: 'system_3b7e9d21', mount_running_version: 'v1.20.1+builtin.vault', mount_class: 'secret' },
  };
  const ROLES = [
    { display_name: 'kubernetes-payments-api', policies: ['default', 'payments-read'], metadata: { role: 'payments-api', service_account_name: 'payments-api', service_account_namespace: 'payments' } },
    { display_name: 'kubernetes-ordre', policies: ['default', 'ordre-read'], metadata: { role: 'ordre', service_account_name: 'ordre', service_account_namespace: 'ordre' } },
    { display_name: 'jwt-gitlab-ci', policies: ['default', 'ci-deploy'], metadata: { role: 'gitlab-ci', project_path: 'drift/deploy' } },
  ];
  const authOf = (role, rng, t) => ({ client_token: hmac(), accessor: hmac(), display_name: role.display_name, policies: role.policies, token_policies: role.policies, identity_policies: [], metadata: role.metadata, entity_id: rng.uuid(), token_type: 'service', token_ttl: 3600, token_issue_time: `${iso(t - rng.int(60, 3000) * 1000).slice(0, 19)}Z` });
  const render = (e, rng) => {
    const auth = e.auth ?? authOf(e.role ?? rng.pick(ROLES), rng, e.t);
    const request = { id: rng.uuid(), client_id: rng.uuid(), operation: e.op ?? 'read', ...MOUNTS[e.mount ?? 'kv'], client_token: e.anonymous ? '' : auth.client_token, client_token_accessor: e.anonymous ? '' : auth.accessor, namespace: { id: 'root' }, path: e.vpath, ...(e.reqData ? { data: e.reqData } : {}), remote_address: e.remote ?? `10.40.${rng.int(4, 9)}.${rng.int(10, 90)}`, remote_port: rng.int(32768, 60999), headers: { 'x-forwarded-for': [e.ip], ...(e.headers ?? {}) } };
    const line1 = { time: nanoTime(e.t, rng), type: 'request', auth, request };
    const response = e.error ? undefined : { mount_point: request.mount_point, mount_type: request.mount_type, mount_accessor: request.mount_accessor, mount_running_plugin_version: request.mount_running_version, mount_class: request.mount_class, ...(e.resp ?? { data: Object.fromEntries(Object.entries(e.respData ?? { ttl: 0 }).map(([k, v]) => [k, typeof v === 'string' ? hmac() : v])) }) };
    const line2 = { time: nanoTime(e.t + e.ms, rng), type: 'response', auth, request, ...(response ? { response } : {}), ...(e.error ? { error: e.error } : {}) };
    return [JSON.stringify(line1), JSON.stringify(line2)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ vpath: `secret/data/${rng.pick(['payments/db', 'payments/stripe', 'ordre/rabbitmq', 'ordre/smtp'])}`, respData: { data: 'x', metadata: 'x' }, ms: rng.int(1, 6) }),
      () => ({ vpath: `secret/metadata/${rng.pick(['payments', 'ordre'])}`, op: 'list', respData: { keys: 'x' }, ms: rng.int(1, 4) }),
      () => ({ vpath: 'database/creds/ordre-ro', mount: 'db', respData: { password: 'x', username: 'x' }, ms: rng.int(20, 90) }),
      () => ({ vpath: 'auth/token/renew-self', mount: 'token', op: 'update', respData: { ttl: 3600 }, ms: rng.int(1, 5) }),
      () => ({ vpath: 'auth/kubernetes/login', mount: 'k8s', op: 'update', anonymous: true, auth: { token_type: 'default' }, reqData: { jwt: hmac(), role: hmac() }, resp: { auth: { client_token: hmac(), accessor: hmac(), display_name: 'kubernetes-ordre', policies: ['default', 'ordre-read'], token_ttl: 3600, token_type: 'service' } }, ms: rng.int(8, 40) }),
      () => ({ vpath: `pki_int/issue/${rng.pick(['ordre-internal', 'payments-internal'])}`, mount: 'pki', op: 'update', reqData: { common_name: hmac(), ttl: hmac() }, respData: { certificate: 'x', private_key: 'x', serial_number: 'x', expiration: 1797500000 }, ms: rng.int(30, 120) }),
    ])();
  const oidcCode = rng.b64url(43);
  const steps = [
    6,
    plant('oauth-code', 'vault-audited-referer-oidc-callback-code', 'warning', `${WHY.code} The Vault UI's OIDC callback page (\`/ui/vault/auth/oidc/oidc/callback?state=st_…&code=…\`) is the Referer of its API call to \`auth/oidc/oidc/callback\`: the request's \`data.code\` is HMAC'd, but the audited \`referer\` header (\`hmac: false\`) keeps the code, in the request and the response entry.`, ({ rng }) => ({ value: oidcCode, event: { vpath: 'auth/oidc/oidc/callback', mount: 'oidc', anonymous: true, auth: { token_type: 'default' }, reqData: { code: hmac(), nonce: hmac(), state: hmac() }, headers: { referer: [`https://vault.kveld.example/ui/vault/auth/oidc/oidc/callback?namespace=&state=st_${rng.alnum(20)}&code=${oidcCode}`] }, resp: { auth: { client_token: hmac(), accessor: hmac(), display_name: 'oidc-kvale', policies: ['default', 'drift'], token_policies: ['default', 'drift'], metadata: { role: 'drift', username: 'kvale' }, entity_id: rng.uuid(), token_type: 'service', token_ttl: 28800 } }, ms: rng.int(120, 400) } })),
    6,
    plant('negative', 'vault-jwt-login-data-hmac', 'none', "A GitLab CI job's `auth/jwt/login`: the job's ID token in `data.jwt` is written as `hmac-sha256:<hex>` (a salted hash, no credential).", ({ rng }) => {
      const h = hmac();
      return { value: h, event: { vpath: 'auth/jwt/login', mount: 'jwt', op: 'update', anonymous: true, auth: { token_type: 'default' }, reqData: { jwt: h, role: hmac() }, resp: { auth: { client_token: hmac(), accessor: hmac(), display_name: 'jwt-gitlab-ci', policies: ['default', 'ci-deploy'], token_ttl: 900, token_type: 'service' } }, ms: rng.int(10, 40) } };
    }),
    6,
    plant('path-secret', 'vault-token-in-lookup-path', 'error', "A cron script still calls the old `GET /v1/auth/token/lookup/<token>` form: the Vault service token (`hvs.…`) is the last path segment, and the audit device HMACs request data, not the path (request and response entries; the token lives until it expires or is revoked).", ({ rng }) => {
      const token = `hvs.CAESI${rng.b64url(86)}`;
      return { value: token, event: { vpath: `auth/token/lookup/${token}`, mount: 'token', error: '1 error occurred:\n\t* permission denied\n\n', remote: '10.40.6.33', ms: rng.int(1, 3) } };
    }),
    6,
    plant('header-dump', 'vault-audited-authorization-bearer-header', 'error', "A deploy job sends its Vault token as `Authorization: Bearer hvs.…`; `authorization` is an audited header with `hmac: false`, so both audit entries keep the token that `client_token` hashes.", ({ rng }) => {
      const token = `hvs.CAESI${rng.b64url(86)}`;
      return { value: token, event: { vpath: 'secret/data/payments/stripe', role: ROLES[2], headers: { authorization: [`Bearer ${token}`] }, respData: { data: 'x', metadata: 'x' }, ms: rng.int(1, 6) } };
    }),
    6,
    plant('negative', 'vault-database-creds-response-hmac', 'none', 'A dynamic database credential in the response entry: `data.password` and `data.username` as `hmac-sha256:<hex>` (salted hashes), and the lease id, which names the lease (no credential).', ({ rng }) => {
      const h = hmac();
      return { value: h, event: { vpath: 'database/creds/payments-rw', mount: 'db', role: ROLES[0], resp: { lease_id: `database/creds/payments-rw/${rng.alnum(24)}`, lease_duration: 3600, renewable: true, data: { password: h, username: hmac() } }, ms: rng.int(30, 90) } };
    }),
    6,
    plant('session-id', 'vault-audited-cookie-oauth2-proxy', 'error', WHY.session("The Vault UI sits behind oauth2-proxy; `cookie` is an audited header with `hmac: false`, so the `_oauth2_proxy` session cookie (`<base64 session>|<time>|<signature>`) is in both entries"), ({ rng, t }) => {
      const session = rng.b64url(180);
      const cookie = `_oauth2_proxy=${session}|${sec(t) - 2400}|${rng.b64url(43)}=`;
      return { value: session, event: { vpath: 'sys/internal/ui/resultant-acl', mount: 'sys', role: { display_name: 'oidc-kvale', policies: ['default', 'drift'], metadata: { role: 'drift', username: 'kvale' } }, headers: { cookie: [cookie], referer: ['https://vault.kveld.example/ui/vault/secrets'] }, respData: { root: false, exact_paths: 'x' }, ms: rng.int(1, 5) } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'vault.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// meraki.log: a Cisco Meraki MX's syslog as a collector stores it (`<134>1 <epoch with ns> <device> <type> …`): `urls`
// (the client's `src`, `dst`, `mac`, `agent` and `request: GET <URL>` — the whole URL for plain HTTP, only the host for
// HTTPS), `firewall` (MX 18+ flow lines), `events` and `security_event`. A few hundred lines of an office network, where
// a digital-signage player, a kiosk, a wallboard and an old intranet still speak plain HTTP.
// https://documentation.meraki.com/General_Administration/Monitoring_and_Reporting/Syslog_Server_Overview_and_Configuration,
// https://documentation.meraki.com/General_Administration/Monitoring_and_Reporting/Syslog_Event_Types_and_Log_Samples

function merakiLog(rng) {
  const DEV = 'MX85_Oslo_HQ';
  const CLIENTS = Array.from({ length: 24 }, (_, i) => ({ ip: `10.10.${rng.pick([20, 21, 30])}.${10 + i * 3}`, mac: MAC(rng), ua: rng.pick(BROWSERS) }));
  const head = (e, rng) => `<134>1 ${epochNs(e.t, rng)} ${DEV}`;
  const render = (e, rng) => {
    if (e.kind === 'firewall') return [`${head(e, rng)} firewall src=${e.src} dst=${e.dst} mac=${e.mac} protocol=${e.proto ?? 'tcp'} sport=${rng.int(32768, 65000)} dport=${e.dport} pattern: ${e.pattern ?? 'allow all'}`];
    if (e.kind === 'event') return [`${head(e, rng)} events ${e.text}`];
    if (e.kind === 'ids') return [`${head(e, rng)} security_event ids_alerted signature=${e.sig} priority=${e.prio} timestamp=${epochNs(e.t - 2, rng)} dhost=${e.mac} direction=ingress protocol=tcp/ip src=${e.dst}:${rng.int(1024, 65000)} dst=${e.src}:${rng.int(1024, 65000)} message: ${e.msg}`];
    const c = e.client;
    const url = e.https ? `https://${e.host}/` : `http://${e.host}${target(e)}`;
    return [`${head(e, rng)} urls src=${c.ip}:${rng.int(32768, 65000)} dst=${e.dstIp ?? publicIp(rng)}:${e.https ? 443 : 80} mac=${c.mac} agent='${e.agent ?? c.ua}' request: ${e.https ? 'UNKNOWN' : 'GET'} ${url}`];
  };
  const HTTPS_HOSTS = ['www.google.com', 'outlook.office.com', 'teams.microsoft.com', 'kveld.atlassian.net', 'www.vg.example', 'app.slack.com', 'login.microsoftonline.com', 'fonts.gstatic.com', 'api.github.com', 'www.finn.example', 'www.yr.example', 'cdn.jsdelivr.net'];
  const filler = (rng) => {
    const c = rng.pick(CLIENTS);
    return rng.pick([
      () => ({ kind: 'urls', client: c, https: true, host: rng.pick(HTTPS_HOSTS) }),
      () => ({ kind: 'urls', client: c, https: true, host: rng.pick(HTTPS_HOSTS) }),
      () => ({ kind: 'firewall', src: c.ip, dst: publicIp(rng), mac: c.mac, dport: rng.pick([443, 443, 443, 80, 53, 123, 5228]) , proto: rng.pick(['tcp', 'tcp', 'udp']) }),
      () => ({ kind: 'firewall', src: c.ip, dst: publicIp(rng), mac: c.mac, dport: 443 }),
      () => ({ kind: 'urls', client: c, host: 'connectivitycheck.gstatic.com', path: '/generate_204', agent: 'Dalvik/2.1.0 (Linux; U; Android 16; Pixel 9a Build/BP2A.250805.005)' }),
      () => ({ kind: 'urls', client: c, host: 'www.msftconnecttest.com', path: '/connecttest.txt', agent: 'Microsoft NCSI' }),
      () => ({ kind: 'urls', client: c, host: 'captive.apple.com', path: '/hotspot-detect.html', agent: 'CaptiveNetworkSupport-491.100.2 wispr' }),
      () => ({ kind: 'urls', client: c, host: 'archive.ubuntu.com', path: `/ubuntu/pool/main/${rng.pick(['o/openssl/libssl3t64_3.0.13-0ubuntu3.6_amd64.deb', 'c/curl/libcurl4t64_8.5.0-2ubuntu10.7_amd64.deb', 't/tzdata/tzdata_2026a-0ubuntu0.24.04_all.deb'])}`, agent: 'Debian APT-HTTP/1.3 (2.8.3)' }),
      () => ({ kind: 'event', text: `dhcp lease of ip ${c.ip} from server mac ${MAC(rng)} for client mac ${c.mac} from router 10.10.20.1 on subnet 255.255.255.0 with dns 10.10.0.53, 10.10.0.54` }),
      () => ({ kind: 'event', text: `type=vpn_connectivity_change vpn_type='site-to-site' peer_contact='${publicIp(rng)}:51856' peer_ident='${rng.hex(32)}' connectivity='true'` }),
      () => ({ kind: 'ids', src: c.ip, dst: publicIp(rng), mac: c.mac, sig: '1:2027865:3', prio: 3, msg: 'ET INFO Observed DNS Query to .cloud TLD' }),
    ])();
  };
  const KIOSK = { ip: '10.10.30.201', mac: MAC(rng), ua: 'okhttp/4.12.0' };
  const SIGN1 = { ip: '10.10.30.220', mac: MAC(rng), ua: 'Mozilla/5.0 (Linux; Android 12; SignagePlayer) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' };
  const SIGN2 = { ip: '10.10.21.77', mac: MAC(rng), ua: 'curl/8.5.0' };
  const TV = { ip: '10.10.30.231', mac: MAC(rng), ua: 'Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36' };
  const steps = [
    45,
    plant('api-key-name', 'meraki-http-kiosk-apikey', 'error', WHY.apiKey('apikey') + ' A lobby kiosk polls a weather API over plain HTTP, so the MX writes the whole URL.', ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { kind: 'urls', client: KIOSK, host: 'api.weather-x.example', path: '/v1/forecast', query: `lat=59.91&lon=10.75&units=metric&apikey=${key}` } };
    }),
    45,
    plant('replay', 'pair_ticket-opaque', 'note', WHY.ticketFirst("An opaque `pair_ticket` in a signage pairing link over HTTP (the screen service trades it for the player's device credentials)"), ({ rng, t }) => {
      firstUse.pair = t;
      const ticket = rng.b64url(32);
      return { value: ticket, event: { kind: 'urls', client: SIGN1, host: 'pair.signage-x.example', path: '/api/pair', query: `pair_ticket=${ticket}&screen=lobby-2` } };
    }, { ref: 'pair' }),
    6,
    plant('replay', 'pair_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pair').value, why: WHY.replay('pair_ticket', gap('pair', t)) }], event: { kind: 'urls', client: SIGN2, host: 'pair.signage-x.example', path: '/api/pair', query: `pair_ticket=${refs.get('pair').value}&screen=lobby-2` } }), { replayOf: 'pair', after: 95 }),
    45,
    plant('negative', 'meraki-http-ctl-cab-cachebuster', 'none', "Windows fetching the certificate trust list over HTTP (`authrootstl.cab?<16 hex>`): the hex is a cache buster, no credential.", ({ rng }) => {
      const cb = rng.hex(16);
      return { value: cb, event: { kind: 'urls', client: rng.pick(CLIENTS), host: 'ctldl.windowsupdate.com', path: '/msdownload/update/v3/static/trustedr/en/authrootstl.cab', query: cb, agent: 'Microsoft-CryptoAPI/10.0' } };
    }),
    45,
    plant('encoded', 'meraki-http-click-redirect-double-encoded-magic-link', 'error', "A newsletter's click tracker on plain HTTP wraps a magic sign-in link encoded twice (`u=https%253A%252F%252F…%252Fmagic%253Ftoken%253D<token>`): two decodings from the token.", ({ rng }) => {
      const token = rng.alnum(40);
      const inner = encodeURIComponent(encodeURIComponent(`https://portal.vendor-x.example/magic?token=${token}&exp=${sec(DAY0) + 86400}`));
      return { value: token, event: { kind: 'urls', client: rng.pick(CLIENTS), host: 'click.news-x.example', path: '/r', query: `u=${inner}&c=${rng.hex(12)}` } };
    }),
    45,
    plant('session-id', 'meraki-http-horde-session-param', 'error', WHY.session("An old Horde webmail on plain HTTP with cookies refused keeps the session in the URL (`dynamic.php?page=mailbox&Horde=<session id>`)"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { kind: 'urls', client: rng.pick(CLIENTS), host: 'webmail.kveld-gammel.example', path: '/horde/imp/dynamic.php', query: `page=mailbox&mailbox=SU5CT1g&Horde=${sid}` } };
    }),
    45,
    plant('id-token', 'meraki-http-intranet-logout-id_token_hint', 'error', "An intranet still served over HTTP signs out with `id_token_hint=<ID token>`; the URL crosses the MX between VLANs", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1300, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'intranett', sub: rng.uuid(), typ: 'ID', azp: 'intranett', sid: rng.uuid(), preferred_username: 'm.holm' } });
      return { value: token.token, jwt: token.facts, event: { kind: 'urls', client: rng.pick(CLIENTS), host: 'login.kveld.example', path: '/realms/ansatte/protocol/openid-connect/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=http%3A%2F%2Fintranett.kveld.example%2F` } };
    }),
    45,
    plant('embed-jwt', 'meraki-http-wallboard-embed-jwt-no-exp', 'error', 'A wallboard TV loads `/embed/dashboard/<JWT>` over HTTP; the signed embed token has no `exp`', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 40 * 86400, claims: { resource: { dashboard: 12 }, params: { lokasjon: 'oslo' } } });
      return { value: token.token, jwt: token.facts, event: { kind: 'urls', client: TV, host: 'bi.kveld.example', path: `/embed/dashboard/${token.token}`, query: 'bordered=false&titled=false&refresh=60' } };
    }),
    45,
    plant('negative', 'meraki-http-steam-chunk-sha1', 'none', 'A game client fetching a content chunk by its SHA-1 (`/depot/<id>/chunk/<40 hex>`): a content address, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { kind: 'urls', client: rng.pick(CLIENTS), host: 'cache1-osl1.steamcontent.example', path: `/depot/${rng.int(200000, 3000000)}/chunk/${sha}`, agent: 'Valve/Steam HTTP Client 1.0' } };
    }),
    45,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'mx85' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// solr.log: Apache Solr 9.9 in SolrCloud, the default log4j2 layout (`<date> <LEVEL> (<thread>) [c:<collection>
// s:<shard> r:<replica> x:<core>] <logger> <message>`): `o.a.s.c.S.Request [<core>]  webapp=/solr path=<handler>
// params={<params>} hits=<n> status=0 QTime=<ms>` per request (the params written with Solr's partial URL encoding:
// only `&`, `=`, `%`, `+` and space are encoded), `LogUpdateProcessorFactory` for updates (`{add=[<id> (<version>)]}`),
// commits and searcher openings. A shop's product search, a crawler's document index, an old standalone core being
// migrated by replication.
// https://solr.apache.org/guide/solr/latest/deployment-guide/configuring-logging.html,
// https://solr.apache.org/guide/solr/latest/query-guide/logs.html,
// https://solr.apache.org/guide/solr/latest/deployment-guide/user-managed-index-replication.html

function solrLog(rng) {
  const enc = (v) => v.replace(/%/g, '%25').replace(/&/g, '%26').replace(/=/g, '%3D').replace(/\+/g, '%2B').replace(/ /g, '+');
  const params = (list) => `{${list.map(([k, v]) => `${k}=${enc(String(v))}`).join('&')}}`;
  const mdc = (coll) => (coll === 'legacy' ? '[   x:legacy]' : `[c:${coll} s:shard1 r:core_node2 x:${coll}_shard1_replica_n1]`);
  const core = (coll) => (coll === 'legacy' ? 'legacy' : `${coll}_shard1_replica_n1`);
  const render = (e, rng) => {
    const head = e.main ? `${dotTime(e.t)} INFO  (main) []` : `${dotTime(e.t)} ${(e.level ?? 'INFO').padEnd(5)} (qtp1456902377-${rng.int(20, 90)}) ${mdc(e.coll ?? 'shop')}`;
    if (e.msg) return [`${head} ${e.logger} ${e.msg}`];
    if (e.add) return [`${head} o.a.s.u.p.LogUpdateProcessorFactory [${core(e.coll)}]  webapp=/solr path=/update params=${params(e.params ?? [['wt', 'javabin'], ['version', '2']])}{add=[${e.add.map((id) => `${id} (1${digits(rng, 18)})`).join(', ')}]} 0 ${rng.int(4, 60)}`];
    return [`${head} o.a.s.c.S.Request [${core(e.coll ?? 'shop')}]  webapp=/solr path=${e.handler ?? '/select'} params=${params(e.params)}${e.hits === undefined ? '' : ` hits=${e.hits}`} status=0 QTime=${rng.int(0, 40)}`];
  };
  const WORDS = ['regnjakke', 'sykkelhjelm', 'ullgenser', 'termos', 'hodelykt', 'turstøvler', 'sovepose', 'gore-tex', 'vinterjakke barn'];
  const filler = (rng) =>
    rng.pick([
      () => ({ params: [['q', rng.pick(WORDS)], ['defType', 'edismax'], ['qf', 'title^3 brand^2 body'], ['fq', `price:[* TO ${rng.int(5, 40)}00]`], ['rows', '24'], ['start', String(rng.pick([0, 24, 48]))], ['facet', 'true'], ['facet.field', 'brand'], ['wt', 'json']], hits: rng.int(0, 900) }),
      () => ({ params: [['q', '*:*'], ['fq', `category_id:${rng.int(10, 99)}`], ['sort', 'popularity desc'], ['rows', '24'], ['wt', 'json']], hits: rng.int(20, 4000) }),
      () => ({ handler: '/suggest', params: [['suggest.q', rng.pick(WORDS).slice(0, rng.int(2, 5))], ['suggest', 'true'], ['suggest.dictionary', 'productSuggester'], ['wt', 'json']] }),
      () => ({ coll: 'docs', params: [['q', rng.pick(['ferie', 'reiseregning', 'vpn', 'hjemmekontor', 'passord'])], ['fl', 'id,title,url,score'], ['hl', 'true'], ['rows', '10'], ['wt', 'javabin'], ['version', '2']], hits: rng.int(0, 300) }),
      () => ({ coll: 'docs', add: Array.from({ length: rng.int(1, 3) }, () => `https://intranett.kveld.example/${rng.pick(['nyheter', 'rutiner', 'hr'])}/${lowerNum(rng, 8)}`) }),
      () => ({ msg: `start commit{_version_=1${digits(rng, 18)},optimize=false,openSearcher=true,waitSearcher=true,expungeDeletes=false,softCommit=true,prepareCommit=false}`, logger: 'o.a.s.u.DirectUpdateHandler2' }),
      () => ({ msg: `Opening [Searcher@${rng.hex(8)}[shop_shard1_replica_n1] main]`, logger: 'o.a.s.s.SolrIndexSearcher' }),
      () => ({ handler: '/admin/ping', params: [['wt', 'javabin'], ['version', '2']], hits: 1 }),
    ])();
  const steps = [
    { raw: { main: true, msg: 'Welcome to Apache Solr™ version 9.9.0', logger: 'o.a.s.s.CoreContainerProvider' }, after: 0 },
    { raw: { main: true, msg: "Solr started with \"-XX:+CrashOnOutOfMemoryError\" that will crash on any OutOfMemoryError exception. The cause of the OOME will be logged in the crash file at the following path: /var/solr/logs/jvm_crash_1.log", logger: 'o.a.s.s.CoreContainerProvider' }, after: 0 },
    5,
    plant('encoded', 'solr-q-pasted-reset-link-partial-encoding', 'error', "A customer pastes a password reset link into the shop's search box: Solr writes `q` with its partial URL encoding, `reset?token%3D<token>%26uid%3D…`, one decoding away.", ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { params: [['q', `https://konto.kveld-shop.example/reset?token=${token}&uid=${rng.int(1000, 9999)}`], ['defType', 'edismax'], ['qf', 'title^3 brand^2 body'], ['rows', '24'], ['wt', 'json']], hits: 0 } };
    }),
    5,
    plant('negative', 'solr-cursormark', 'none', 'Deep paging with `cursorMark=AoE…` (base64 of the last sort values, `=` written `%3D`): a cursor, no credential.', ({ rng }) => {
      const cursor = `AoE${b64Of(`${rng.int(100, 999)}.${digits(rng, 4)}\u0000${rng.alnum(12)}`)}`;
      return { value: enc(cursor), event: { params: [['q', '*:*'], ['sort', 'price asc,id asc'], ['rows', '500'], ['cursorMark', cursor], ['wt', 'javabin'], ['version', '2']], hits: rng.int(9000, 12000) } };
    }),
    5,
    plant('framework-dump', 'solr-stream-jdbc-connection-password', 'error', "A streaming expression joins the index with PostgreSQL: `jdbc(connection=\"jdbc:postgresql://…?user=solr_ro&password=<password>\", …)` in `expr`, which the request line writes whole (`%3D` and `%26` for `=` and `&`).", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { handler: '/stream', params: [['expr', `innerJoin(search(shop,q="*:*",fl="id,sku",sort="sku asc",qt="/export"),jdbc(connection="jdbc:postgresql://pg-shop.internal:5432/shop?user=solr_ro&password=${pw}",sql="SELECT sku, stock FROM inventory ORDER BY sku",sort="sku asc",driver="org.postgresql.Driver"),on="sku")`], ['wt', 'json']] } };
    }),
    5,
    plant('path-secret', 'solr-crawler-add-seafile-share-link', 'error', capability("A crawler indexes a partner's Seafile share link (`/f/<20 hex>/`) found on an intranet page; Solr's update log names each added document by its id, the URL"), ({ rng }) => {
      const share = rng.hex(20);
      return { value: share, event: { coll: 'docs', add: [`https://filer.partner-x.example/f/${share}/`], params: [['update.chain', 'dedupe'], ['wt', 'javabin'], ['version', '2']] } };
    }),
    5,
    plant('negative', 'solr-fq-dedupe-signature', 'none', "A duplicate check by the SignatureUpdateProcessor's field (`fq=signature:<64 hex>`): a content hash, no credential.", ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { coll: 'docs', params: [['q', '*:*'], ['fq', `signature:${sig}`], ['rows', '0'], ['wt', 'javabin'], ['version', '2']], hits: 1 } };
    }),
    5,
    plant('api-key-name', 'solr-replication-httpBasicAuthPassword', 'error', WHY.apiKey('httpBasicAuthPassword') + " The migration script pulls the old core with the replication handler's documented `httpBasicAuthUser`/`httpBasicAuthPassword` parameters, so the leader's password is in the request line.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { coll: 'legacy', handler: '/replication', params: [['command', 'fetchindex'], ['leaderUrl', 'http://solr-old.kveld.internal:8983/solr/shop/replication'], ['httpBasicAuthUser', 'replicator'], ['httpBasicAuthPassword', pw], ['wt', 'json']] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'solr-1.kveld.internal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// connect.log: a Kafka Connect 4.1 distributed worker's log with the shipped connect-log4j2 layout (`[%d] %p
// %X{connector.context}%m (%c:%L)%n`): the REST server's request log (Jetty's NCSA line inside the log4j record), task and
// consumer messages, and the `<Config> values:` dump every connector and task writes when it starts (one `\t<key> =
// <value>` line each, `[hidden]` for keys of type PASSWORD, the `(logger:line)` suffix on a line of its own). An HTTP sink
// to Teams and to a CRM, a JDBC sink to the warehouse, Avro converters against Schema Registry.
// https://kafka.apache.org/documentation/#connect_rest, https://kafka.apache.org/documentation/#connect_configuring,
// https://docs.confluent.io/kafka-connectors/http/current/connector_config.html,
// https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html

function connectLog(rng) {
  const stamp = (ms) => `[${commaTime(ms)}]`;
  const render = (e, rng) => {
    const ctx = e.ctx ? `[${e.ctx}] ` : '';
    if (e.rest) return [`${stamp(e.t)} INFO ${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "-" "${e.ua}" ${e.ms} (org.apache.kafka.connect.runtime.rest.RestServer:62)`];
    if (e.dump) {
      const lines = [`${stamp(e.t)} INFO ${ctx}${e.dump} values: `];
      for (const [k, v] of e.values) lines.push(`\t${k} = ${v}`);
      lines.push(` (${e.logger}:${e.line ?? 371})`);
      return lines;
    }
    return [`${stamp(e.t)} ${e.level ?? 'INFO'} ${ctx}${e.msg} (${e.logger})`];
  };
  const CONNECTORS = ['teams-alerts', 'crm-events', 'dwh-sink'];
  const filler = (rng) =>
    rng.pick([
      () => ({ rest: true, ip: `10.40.6.${rng.int(10, 40)}`, path: '/connectors', query: rng.pick(['', 'expand=status', 'expand=status&expand=info']), ua: rng.pick(['curl/8.17.0', 'kafka-ui/1.3.0', 'Prometheus/3.7.3']), bytes: rng.int(40, 9000), ms: rng.int(2, 40) }),
      () => { const c = rng.pick(CONNECTORS); return { rest: true, ip: `10.40.6.${rng.int(10, 40)}`, path: `/connectors/${c}/status`, ua: 'kafka-ui/1.3.0', bytes: rng.int(200, 600), ms: rng.int(2, 20) }; },
      () => { const c = rng.pick(CONNECTORS); return { ctx: `${c}|task-0`, msg: `WorkerSinkTask{id=${c}-0} Committing offsets asynchronously using sequence number ${rng.int(100, 9000)}: {${c.replace('-sink', '')}.events-0=OffsetAndMetadata{offset=${rng.int(10000, 900000)}, leaderEpoch=null, metadata=''}}`, logger: 'org.apache.kafka.connect.runtime.WorkerSinkTask:380' }; },
      () => ({ msg: `[Worker clientId=connect-${rng.int(1, 3)}, groupId=connect-cluster] Session key updated`, logger: 'org.apache.kafka.connect.runtime.distributed.DistributedHerder:2318' }),
      () => { const c = rng.pick(CONNECTORS); return { ctx: `${c}|task-0`, msg: `[Consumer clientId=connector-consumer-${c}-0, groupId=connect-${c}] Request joining group due to: group is already rebalancing`, logger: 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:1120' }; },
      () => ({ msg: `[Producer clientId=connect-cluster-statuses] Node -1 disconnected.`, logger: 'org.apache.kafka.clients.NetworkClient:1025' }),
    ])();
  const httpValues = (url, headers) => [
    ['auth.type', 'NONE'], ['batch.json.as.array', 'false'], ['batch.max.size', '1'], ['behavior.on.error', 'log'], ['behavior.on.null.values', 'ignore'], ['connection.password', '[hidden]'], ['connection.user', 'null'], ['header.separator', '|'], ['headers', headers], ['http.api.url', url], ['max.retries', '3'], ['report.errors.as', 'error_string'], ['request.body.format', 'json'], ['request.method', 'POST'], ['retry.backoff.ms', '3000'], ['retry.on.status.codes', '400-'],
  ];
  const steps = [
    { raw: { msg: 'Kafka Connect worker initialization took 4218ms', logger: 'org.apache.kafka.connect.cli.AbstractConnectCli:150' }, after: 0 },
    4,
    plant('webhook', 'connect-httpsinkconfig-teams-webhookb2', 'error', WHY.webhook("A Microsoft Teams incoming webhook (`<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<id>/V2…`) as an HTTP sink's `http.api.url`, written by the task's `HttpSinkConfig values:` dump (a line without a time)"), ({ rng }) => {
      const secret = rng.hex(32);
      const url = `https://kveld.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${secret}/${rng.uuid()}/V2${rng.b64url(44)}`;
      return { value: secret, event: { ctx: 'teams-alerts|task-0', dump: 'HttpSinkConfig', values: httpValues(url, 'Content-Type:application/json'), logger: 'io.confluent.connect.http.sink.HttpSinkConfig', line: 376 } };
    }),
    4,
    plant('negative', 'connect-avroconverter-basic-auth-hidden', 'none', "The Avro converter's `basic.auth.user.info = [hidden]` (a PASSWORD-type key, masked by Kafka's config dump).", () => ({ value: 'basic.auth.user.info = [hidden]', event: { ctx: 'dwh-sink|task-0', dump: 'AvroConverterConfig', values: [['auto.register.schemas', 'false'], ['basic.auth.credentials.source', 'USER_INFO'], ['basic.auth.user.info', '[hidden]'], ['bearer.auth.token', '[hidden]'], ['schema.registry.url', '[https://schema-registry.kveld.internal:8081]'], ['use.latest.version', 'true'], ['value.subject.name.strategy', 'class io.confluent.kafka.serializers.subject.TopicNameStrategy']], logger: 'io.confluent.connect.avro.AvroConverterConfig' } })),
    4,
    plant('framework-dump', 'connect-jdbcsinkconfig-connection-url-password', 'error', "The JDBC sink's `JdbcSinkConfig values:` dump: `connection.password` is `[hidden]`, but `connection.url` is a STRING, and this one carries `password=<password>` in the JDBC URL's query.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { ctx: 'dwh-sink|task-0', dump: 'JdbcSinkConfig', values: [['auto.create', 'false'], ['auto.evolve', 'false'], ['batch.size', '3000'], ['connection.attempts', '3'], ['connection.backoff.ms', '10000'], ['connection.password', '[hidden]'], ['connection.url', `jdbc:postgresql://pg-dwh.kveld.internal:5432/dwh?user=connect_dwh&password=${pw}&sslmode=require`], ['connection.user', 'null'], ['delete.enabled', 'false'], ['insert.mode', 'upsert'], ['pk.fields', '[id]'], ['pk.mode', 'record_value'], ['table.name.format', 'raw.${topic}']], logger: 'io.confluent.connect.jdbc.sink.JdbcSinkConfig', line: 376 } };
    }),
    4,
    plant('header-dump', 'connect-httpsinkconfig-headers-authorization', 'error', "A CRM's API token set in the HTTP sink's `headers` (`Authorization:Bearer <token>|…`, a STRING key): the `HttpSinkConfig values:` dump writes it (a line without a time).", ({ rng }) => {
      const token = `crm_pat_${rng.alnum(40)}`;
      return { value: token, event: { ctx: 'crm-events|task-0', dump: 'HttpSinkConfig', values: httpValues('https://api.crm-x.example/v2/events', `Authorization:Bearer ${token}|X-Source:kafka-connect`), logger: 'io.confluent.connect.http.sink.HttpSinkConfig', line: 376 } };
    }),
    4,
    plant('negative', 'connect-unknown-config-key-name', 'none', "Kafka's warning that a key was supplied but is unknown names the key (`config.providers.vault.param.vault.token`), never its value.", () => ({ value: "'config.providers.vault.param.vault.token'", event: { level: 'WARN', msg: "The configuration 'config.providers.vault.param.vault.token' was supplied but isn't a known config.", logger: 'org.apache.kafka.clients.admin.AdminClientConfig:387' } })),
    4,
    plant('refresh-token', 'connect-http-sink-error-payload-refresh_token', 'error', `${WHY.refresh} A CDC record of the \`user_oauth_tokens\` table reaches the CRM sink, which fails and writes the record as \`Payload : {…"refresh_token":"…"}\` on the task's ERROR line.`, ({ rng }) => {
      const token = rng.b64url(64);
      const payload = JSON.stringify({ op: 'u', table: 'user_oauth_tokens', after: { user_id: rng.int(1000, 9999), provider: 'xero', refresh_token: token, expires_at: '2027-02-14T06:00:00Z' } });
      return { value: token, event: { level: 'ERROR', ctx: 'crm-events|task-0', msg: `WorkerSinkTask{id=crm-events-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Error while processing HTTP request with Url : https://api.crm-x.example/v2/events, Payload : ${payload}, Status code : 422, Reason Phrase : Unprocessable Entity, Response Content : {"error":"unknown field after.refresh_token"}`, logger: 'org.apache.kafka.connect.runtime.WorkerSinkTask:633' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'connect-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// server_audit.log: the MariaDB Audit Plugin (MariaDB 11.4, `server_audit_events=CONNECT,QUERY_DML,QUERY_DDL`) writing to
// its own file: `<yyyyMMdd HH:mm:ss>,<serverhost>,<user>,<host>,<connection id>,<query id>,<operation>,<database>,
// '<object>',<retcode>` (the statement quoted, its `\` and `'` escaped with `\`; passwords in CREATE USER replaced by
// `*****`). A Laravel shop whose driver sends statements with the values inlined (PDO's emulated prepares).
// https://mariadb.com/kb/en/mariadb-audit-plugin-log-format/, https://mariadb.com/kb/en/mariadb-audit-plugin-options-and-system-variables/

function mariadbLog(rng) {
  const stamp = (ms) => ymdHms(ms).replace(/-/g, '');
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  /** A PHP string as PDO's emulated prepare inlines it (mysql_real_escape_string). */
  const lit = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/"/g, '\\"')}'`;
  let qid = 880000;
  const render = (e, rng) => {
    const who = e.who ?? ['shop_app', '10.40.3.12'];
    const conn = e.conn ?? rng.int(4100, 4900);
    if (e.op === 'CONNECT' || e.op === 'DISCONNECT' || e.op === 'FAILED_CONNECT') return [`${stamp(e.t)},db-shop-1,${who[0]},${who[1]},${conn},0,${e.op},${e.op === 'FAILED_CONNECT' ? '' : 'shop'},,${e.ret ?? 0}`];
    qid += rng.int(1, 30);
    return [`${stamp(e.t)},db-shop-1,${who[0]},${who[1]},${conn},${qid},QUERY,shop,'${esc(e.sql)}',${e.ret ?? 0}`];
  };
  const now = (t) => ymdHms(t);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ sql: `select * from \`products\` where \`slug\` = ${lit(rng.pick(['regnjakke-herre', 'ullgenser-barn', 'termos-1l', 'hodelykt-400']))} and \`products\`.\`deleted_at\` is null limit 1` }),
      () => ({ sql: `select \`id\`, \`name\`, \`price\` from \`products\` where \`category_id\` = ${rng.int(10, 99)} and \`active\` = 1 order by \`popularity\` desc limit 24 offset ${rng.pick([0, 24, 48])}` }),
      () => ({ sql: `update \`carts\` set \`updated_at\` = ${lit(now(t))} where \`id\` = ${rng.int(100000, 999999)}` }),
      () => ({ sql: `insert into \`order_lines\` (\`order_id\`, \`product_id\`, \`qty\`, \`price\`) values (${rng.int(50000, 59999)}, ${rng.int(100, 9999)}, ${rng.int(1, 4)}, ${rng.int(99, 3999)}.00)` }),
      () => ({ sql: `select count(*) as aggregate from \`orders\` where \`status\` = 'pending' and \`created_at\` < ${lit(now(t - 3600000))}` }),
      () => ({ op: rng.pick(['CONNECT', 'DISCONNECT']) }),
      () => ({ op: 'CONNECT', who: ['metabase_ro', '10.40.8.21'], conn: rng.int(5000, 5100) }),
      () => ({ sql: `select \`orders\`.\`status\`, count(*) as \`count\` from \`orders\` group by \`orders\`.\`status\``, who: ['metabase_ro', '10.40.8.21'] }),
    ])();
  const steps = [
    4,
    plant('session-id', 'mariadb-laravel-remember_token-update', 'error', WHY.session("Laravel's `remember_token` written at sign-in with \"remember me\" (`update users set remember_token = '<60 characters>'`): with the user id it rebuilds the `remember_web_…` cookie"), ({ rng, t }) => {
      const token = rng.alnum(60);
      return { value: token, event: { sql: `update \`users\` set \`remember_token\` = ${lit(token)}, \`users\`.\`updated_at\` = ${lit(now(t))} where \`id\` = ${rng.int(1000, 9999)}` } };
    }),
    4,
    plant('negative', 'mariadb-password-reset-bcrypt-hash', 'none', "Laravel stores a reset token's bcrypt hash (`$2y$12$…`) in `password_reset_tokens`, not the token: a salted hash, no credential.", ({ rng, t }) => {
      const hash = `$2y$12$${rng.chars('./' + UPPER + LOWER + DIGITS, 53)}`;
      return { value: hash, event: { sql: `insert into \`password_reset_tokens\` (\`email\`, \`token\`, \`created_at\`) values ('i.dahl@kveld.example', ${lit(hash)}, ${lit(now(t))})` } };
    }),
    4,
    plant('path-secret', 'mariadb-team-invitation-token-insert', 'error', WHY.pathSecret("A team invitation's token inserted in plain text (`insert into team_invitations (…, token, …)`), the secret of the `/invitations/<token>` link it mails"), ({ rng, t }) => {
      const token = rng.alnum(40);
      return { value: token, event: { sql: `insert into \`team_invitations\` (\`team_id\`, \`email\`, \`role\`, \`token\`, \`expires_at\`, \`updated_at\`, \`created_at\`) values (3, 'ny.ansatt@kveld.example', 'editor', ${lit(token)}, ${lit(now(t + 7 * 86400000))}, ${lit(now(t))}, ${lit(now(t))})` } };
    }),
    4,
    plant('webhook', 'mariadb-integrations-discord-webhook-update', 'error', WHY.webhook('A Discord webhook (`discord.com/api/webhooks/<id>/<token>`) saved in an integrations table'), ({ rng, t }) => {
      const token = rng.b64url(68);
      return { value: token, event: { sql: `update \`integrations\` set \`webhook_url\` = ${lit(`https://discord.com/api/webhooks/${digits(rng, 19)}/${token}`)}, \`integrations\`.\`updated_at\` = ${lit(now(t))} where \`id\` = 7` } };
    }),
    4,
    plant('framework-dump', 'mariadb-laravel-jobs-payload-serialized-jwt', 'error', "Laravel's database queue inserts the job: its JSON payload holds the command `serialize()`d by PHP (`s:11:\\\"accessToken\\\";s:<n>:\\\"<JWT>\\\"`), a CRM access token", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, claims: { iss: 'https://auth.crm-x.example', sub: `acct_${rng.alnum(14)}`, aud: 'crm-api', scope: 'contacts.read contacts.write' } });
      const cmd = `O:24:"App\\Jobs\\SyncCrmContacts":2:{s:11:"accessToken";s:${token.token.length}:"${token.token}";s:6:"teamId";i:3;}`;
      const payload = JSON.stringify({ uuid: rng.uuid(), displayName: 'App\\Jobs\\SyncCrmContacts', job: 'Illuminate\\Queue\\CallQueuedHandler@call', maxTries: 3, maxExceptions: null, failOnTimeout: false, backoff: null, timeout: 120, retryUntil: null, data: { commandName: 'App\\Jobs\\SyncCrmContacts', command: cmd } });
      return { value: token.token, jwt: token.facts, event: { sql: `insert into \`jobs\` (\`queue\`, \`attempts\`, \`reserved_at\`, \`available_at\`, \`created_at\`, \`payload\`) values ('default', 0, NULL, ${sec(t)}, ${sec(t)}, ${lit(payload)})` } };
    }),
    4,
    plant('api-key-name', 'mariadb-settings-mailgun-secret', 'error', WHY.apiKey('mailgun_secret') + ' A Mailgun sending key (`<32 hex>-<8 hex>-<8 hex>`) saved from the admin panel (`update settings set value = … where key = \'mailgun_secret\'`).', ({ rng }) => {
      const key = `${rng.hex(32)}-${rng.hex(8)}-${rng.hex(8)}`;
      return { value: key, event: { sql: `update \`settings\` set \`value\` = ${lit(key)} where \`key\` = 'mailgun_secret'` } };
    }),
    4,
    plant('negative', 'mariadb-create-user-password-masked', 'none', 'The audit plugin replaces the password of `CREATE USER … IDENTIFIED BY` with `*****`: masked, no value.', () => ({ value: 'IDENTIFIED BY *****', event: { who: ['dba_kvale', '10.40.1.5'], conn: 5120, sql: "CREATE USER 'metabase_ro'@'10.40.8.%' IDENTIFIED BY *****" } })),
    4,
    plant('refresh-token', 'mariadb-oauth_connections-google-refresh-token', 'error', `${WHY.refresh} A Google refresh token (\`1//0…\`) stored beside the access token when a user connects Google Drive (\`insert into oauth_connections\`).`, ({ rng, t }) => {
      const token = `1//0${rng.b64url(99)}`;
      return { value: token, event: { sql: `insert into \`oauth_connections\` (\`user_id\`, \`provider\`, \`access_token\`, \`refresh_token\`, \`expires_at\`, \`updated_at\`, \`created_at\`) values (${rng.int(1000, 9999)}, 'google', ${lit(`ya29.a0${rng.b64url(150)}`)}, ${lit(token)}, ${lit(now(t + 3599000))}, ${lit(now(t))}, ${lit(now(t))})` } };
    }),
    4,
    plant('encoded', 'mariadb-erp-basic-auth-base64', 'error', "An ERP connection's credentials stored as the ready-made Basic value: base64 of `<user>:<password>` (`update erp_connections set basic_auth = '…'`), one decoding away.", ({ rng }) => {
      const pw = rng.alnum(18);
      const b64 = b64Of(`svc-nettbutikk:${pw}`);
      return { value: pw, needle: b64, event: { sql: `update \`erp_connections\` set \`basic_auth\` = ${lit(b64)} where \`id\` = 2` } };
    }),
    4,
    { raw: { op: 'FAILED_CONNECT', who: ['root', '198.51.100.23'], conn: 5200, ret: 1045 } },
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'db-shop-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// production.log: a Rails 8.1 app on Ruby 3.4 with rails_semantic_logger and its default text formatter (`<time> <L>
// [<pid>:<thread>] [<request id>] (<duration>) <name> -- <message> -- <payload>`): one `Completed #<action>` line per
// request whose payload is a Ruby Hash (`Hash#inspect` of Ruby 3.4: `{controller: "…", params: {"k" => "v"}, …}`),
// with `params` filtered by the default `filter_parameters` (`passw`, `email`, `secret`, `token`, `_key`, `crypt`, `salt`,
// `certificate`, `otp`, `ssn`, `cvv`, `cvc`) and `path` without its query; `Redirected to` lines with the location.
// https://logger.rocketjob.io/rails.html, https://github.com/reidmorrison/rails_semantic_logger,
// https://guides.rubyonrails.org/configuring.html#config-filter-parameters, https://guides.rubyonrails.org/security.html#authentication

/** Ruby 3.4's inspect: plain objects are Hashes with Symbol keys, Maps Hashes with String keys, `{ f: n }` Floats. */
function rubyInspect(v) {
  if (v === null) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Map) return v.size === 0 ? '{}' : `{${[...v].map(([k, x]) => `${JSON.stringify(k)} => ${rubyInspect(x)}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`;
  if ('f' in v && Object.keys(v).length === 1) return Number.isInteger(v.f) ? v.f.toFixed(1) : String(v.f);
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${rubyInspect(x)}`).join(', ')}}`;
}

function railsLog(rng) {
  const render = (e, rng) => {
    const head = `${ymdHms(e.t)}.${pad(e.t % 1000, 3)}${digits(rng, 3)} ${e.level ?? 'I'} [1:puma srv tp ${pad(rng.int(1, 5), 3)}] [${e.reqId.slice(0, 8)}-${e.reqId.slice(8, 12)}-${e.reqId.slice(12, 16)}-${e.reqId.slice(16, 20)}-${e.reqId.slice(20)}]`;
    if (e.msg) return [`${head} ${e.name} -- ${e.msg}`];
    const out = [];
    if (e.location) out.push(`${head} ${e.controller} -- Redirected to -- ${rubyInspect({ location: e.location })}`);
    const payload = { controller: e.controller, action: e.action, ...(e.params ? { params: e.params } : {}), format: e.format ?? 'HTML', method: e.method, path: e.path, status: e.status, view_runtime: { f: e.status === 302 ? 0 : Math.round(rng.int(10, 4000)) / 100 }, db_runtime: { f: Math.round(rng.int(5, 900)) / 100 }, queries_count: rng.int(1, 12), cached_queries_count: rng.int(0, 3), allocations: rng.int(2000, 90000), status_message: { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 401: 'Unauthorized', 404: 'Not Found', 422: 'Unprocessable Content' }[e.status] };
    out.push(`${head} (${(e.ms + rng.int(0, 9) / 10).toFixed(1)}ms) ${e.controller} -- Completed #${e.action} -- ${rubyInspect(payload)}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ controller: 'HomeController', action: 'index', path: '/' }),
      () => { const id = String(rng.int(10, 900)); return { controller: 'ProductsController', action: 'show', params: new Map([['id', id]]), path: `/products/${id}` }; },
      () => ({ controller: 'Api::V1::OrdersController', action: 'index', params: new Map([['status', rng.pick(['open', 'shipped'])], ['per', '50']]), format: 'JSON', path: '/api/v1/orders' }),
      () => ({ controller: 'Rails::HealthController', action: 'show', path: '/up', ms: 1 }),
      () => { const id = String(rng.int(1000, 9999)); return { controller: 'OrdersController', action: 'update', method: 'PATCH', params: new Map([['order', new Map([['note', rng.pick(['Levering på døra', 'Ring på', ''])]])], ['id', id]]), path: `/orders/${id}`, status: 302, location: `https://butikk.kveld.example/orders/${id}` }; },
      () => ({ name: 'ActiveJob', msg: `Enqueued OrderMailerJob (Job ID: ${rng.uuid()}) to SolidQueue(default)` }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'rails-omniauth-zoom-callback-params-code', 'warning', `${WHY.code} Zoom's code on OmniAuth's \`/users/auth/zoom/callback\`: \`filter_parameters\` has no rule for \`code\`, so the \`Completed\` line's \`params\` keep it.`, ({ rng }) => {
      const code = `${rng.alnum(16)}_${rng.alnum(16)}`;
      return { value: code, event: { controller: 'Users::OmniauthCallbacksController', action: 'zoom', params: new Map([['code', code], ['state', rng.hex(48)]]), path: '/users/auth/zoom/callback', status: 302, location: 'https://butikk.kveld.example/account/integrations' } };
    }),
    5,
    plant('negative', 'rails-params-password-filtered', 'none', 'A sign-in whose `email_address` and `password` params are written `[FILTERED]`: no value.', () => ({ value: '"password" => "[FILTERED]"', event: { controller: 'SessionsController', action: 'create', method: 'POST', params: new Map([['authenticity_token', '[FILTERED]'], ['email_address', '[FILTERED]'], ['password', '[FILTERED]']]), path: '/session', status: 302, location: 'https://butikk.kveld.example/' } })),
    5,
    plant('path-secret', 'rails8-password-reset-path-keeps-filtered-token', 'error', WHY.pathSecret("Rails 8's authentication generator routes the reset form as `/passwords/<token>/edit`: the `token` param is `[FILTERED]`, but `path` keeps the token (a signed `generates_token_for` message, `eyJfcmFpbHMi…--<digest>`, valid 15 minutes)"), ({ rng, t }) => {
      const msg = b64urlOf(JSON.stringify({ _rails: { data: [rng.int(1000, 9999), rng.chars('./' + UPPER + LOWER + DIGITS, 10)], exp: `${iso(t + 840000).slice(0, 23)}Z`, pur: 'User\npassword_reset\n900' } }));
      const token = `${msg}--${rng.hex(64)}`;
      return { value: token, event: { controller: 'PasswordsController', action: 'edit', params: new Map([['token', '[FILTERED]']]), path: `/passwords/${token}/edit` } };
    }),
    5,
    plant('implicit-fragment', 'rails-doorkeeper-implicit-redirected-to-fragment-jwt', 'error', "Doorkeeper's implicit grant (with doorkeeper-jwt) answers with a redirect whose fragment holds the access token: the `Redirected to` line writes the whole `location` (`#access_token=<JWT>&token_type=Bearer…`)", ({ rng, t }) => {
      const state = rng.b64url(22);
      const token = jwt(rng, t, { lifetime: 7200, age: 0, claims: { iss: 'https://butikk.kveld.example', sub: String(rng.int(1000, 9999)), aud: 'kasse-spa', scopes: ['read', 'orders'] } });
      return { value: token.token, jwt: token.facts, event: { controller: 'Doorkeeper::AuthorizationsController', action: 'new', params: new Map([['client_id', rng.b64url(43)], ['redirect_uri', 'https://kasse.kveld.example/callback'], ['response_type', 'token'], ['scope', 'read orders'], ['state', state]]), path: '/oauth/authorize', status: 302, location: `https://kasse.kveld.example/callback#access_token=${token.token}&token_type=Bearer&expires_in=7200&scope=read+orders&state=${state}` } };
    }),
    5,
    plant('negative', 'rails-params-page-cursor-base64-json', 'none', 'A keyset pagination cursor (`page=` base64url of `{"id":…,"created_at":…}`): a position, no credential.', ({ rng, t }) => {
      const cursor = b64urlOf(JSON.stringify({ id: rng.int(10000, 99999), created_at: iso(t - rng.int(1, 90) * 86400000) }));
      return { value: cursor, event: { controller: 'Api::V1::ProductsController', action: 'index', format: 'JSON', params: new Map([['page', cursor], ['per', '100']]), path: '/api/v1/products' } };
    }),
    5,
    plant('embed-jwt', 'rails-embed-survey-jwt-120s-no-jti', 'warning', 'A survey widget embedded with `/embed/survey/<JWT>` (route param `jwt`, not filtered: in `params` and `path`), valid 120 s without a jti', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 5, claims: { survey: rng.int(10, 99), customer: rng.int(1000, 9999) } });
      return { value: token.token, jwt: token.facts, event: { controller: 'EmbedsController', action: 'show', params: new Map([['jwt', token.token]]), path: `/embed/survey/${token.token}` } };
    }),
    5,
    plant('framework-dump', 'rails-params-pwd-not-filtered', 'error', "A till app signs in with `pwd=`: `filter_parameters` matches `passw`, not `pwd`, so the `Completed` line's params keep the password.", ({ rng }) => {
      const pw = `${rng.alnum(12)}${digits(rng, 2)}`;
      return { value: pw, event: { controller: 'Api::V1::SessionsController', action: 'create', method: 'POST', format: 'JSON', params: new Map([['login', `kasse-${pad(rng.int(1, 12))}`], ['pwd', pw], ['device', rng.uuid()]]), path: '/api/v1/session', status: 201 } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'butikk.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ghost.log: `docker logs` of Ghost 6 in production (the `stdout` transport through @tryghost/pretty-stream in `short`
// mode: `[<yyyy-MM-dd hh:mm:ss>] <LEVEL> "<METHOD> <originalUrl>" <status> <ms>ms`, level and status in ANSI colours,
// which the stream writes whatever the output). The request serializer redacts query keys like `key` for the file
// transport, but the stdout line prints `req.originalUrl` as it came.
// https://ghost.org/docs/config/#logging, https://github.com/TryGhost/framework/blob/main/packages/pretty-stream/lib/PrettyStream.js,
// https://ghost.org/docs/content-api/#authentication, https://ghost.org/docs/admin-api/#token-authentication

function ghostLog(rng) {
  const ESC = '\x1B';
  const col = (code, text) => `${ESC}[${code}m${text}${ESC}[39m`;
  const LEVEL = { INFO: 36, WARN: 35, ERROR: 31 };
  const statusCol = (s) => (s >= 500 ? 31 : s >= 400 ? 33 : s >= 300 ? 36 : 32);
  const stamp = (ms) => ymdHms(ms);
  /** colorize(['white', 'bold'], …) of the stream: white inside bold. */
  const bold = (text) => `${ESC}[1m${col(37, text)}${ESC}[22m`;
  const render = (e, rng) => {
    if (e.msg) return [`[${stamp(e.t)}] ${col(LEVEL[e.level ?? 'INFO'], e.level ?? 'INFO')} ${e.msg}`];
    // Ghost's request log: logging.error({req, res, err}) when the request carries an error other than a 404, else info.
    const level = e.err ? 'ERROR' : 'INFO';
    const out = [`[${stamp(e.t)}] ${col(LEVEL[level], level)} "${e.method} ${target(e)}" ${col(statusCol(e.status), e.status)} ${e.ms}ms`];
    if (!e.err) return out;
    // The stream prints an error object: type, message, id, code, a rule and the stack, all inside the level's colour.
    const red = `${ESC}[31m`;
    const block = ['', col(31, `Type: ${e.err.type}`), col(31, e.err.message), '', bold('Error ID:'), `    ${col(90, rng.uuid())}`, '', bold('Error Code: '), `    ${col(90, e.err.code)}`, '', col(90, '----------------------------------------'), '', col(90, [`${e.err.type}: ${e.err.message}`, ...e.err.stack].join('\n')), ''].join('\n');
    out.push(...`${red}${block}${ESC}[39m`.split('\n'));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/${rng.pick(['vinterens-beste-turer', 'slik-pakker-du-sekken', 'nyhetsbrev-desember', 'om-oss'])}/` }),
      () => ({ path: '/rss/' }),
      () => ({ path: '/assets/built/screen.css', query: `v=${rng.hex(10)}` }),
      () => ({ path: `/content/images/size/w${rng.pick([600, 1000, 2000])}/2026/12/${lowerNum(rng, 10)}.jpg` }),
      () => ({ path: '/members/api/member/', status: 204 }),
      () => ({ path: '/ghost/api/admin/posts/', query: `filter=status%3Adraft&limit=20&formats=lexical`, ms: rng.int(40, 300) }),
      () => ({ path: '/favicon.ico', status: 404, ms: rng.int(2, 9) }),
      () => ({ path: '/sitemap-posts.xml' }),
    ])();
  const steps = [
    { raw: { msg: 'Ghost is running in production...' }, after: 0 },
    { raw: { msg: 'Your site is now available on https://blogg.kveld.example/' }, after: 0 },
    { raw: { msg: 'Ghost server started in 1.412s' }, after: 1 },
    4,
    plant('path-secret', 'ghost-post-preview-uuid-link', 'error', capability("A draft's preview link (`/p/<uuid>/`), which an editor shares for review: it shows the unpublished post to whoever has it"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { path: `/p/${id}/` } };
    }),
    4,
    plant('negative', 'ghost-content-api-key-public', 'none', "Ghost's Content API key (`?key=<26 hex>`) is meant for browsers and read-only on published content (Ghost's documentation says it is safe to expose): public by design.", ({ rng }) => {
      const key = rng.hex(26);
      return { value: key, event: { path: '/ghost/api/content/posts/', query: `key=${key}&limit=3&include=tags%2Cauthors&filter=featured%3Atrue` } };
    }),
    4,
    plant('api-key-name', 'ghost-admin-api-key-in-content-key-param', 'error', WHY.apiKey('key') + " A script passes the Admin API key (`<24 hex id>:<64 hex secret>`, the secret that signs Admin API tokens) as the Content API's `key`: refused (401), and the line keeps the secret.", ({ rng }) => {
      const secret = rng.hex(64);
      const V = '/var/lib/ghost/versions/6.10.0';
      const err = { type: 'UnauthorizedError', message: 'Unknown Content API Key', code: 'UNKNOWN_CONTENT_API_KEY', stack: [`    at authenticateContentApiKey (${V}/core/server/services/auth/api-key/content.js:36:29)`, `    at Layer.handle [as handle_request] (${V}/node_modules/express/lib/router/layer.js:95:5)`, `    at next (${V}/node_modules/express/lib/router/route.js:149:13)`, `    at authenticate (${V}/core/server/services/auth/authenticate.js:92:16)`] };
      return { value: secret, event: { path: '/ghost/api/content/posts/', query: `key=${rng.hex(24)}:${secret}&limit=all`, status: 401, ms: rng.int(3, 12), ua: TOOLS[1], err } };
    }),
    4,
    plant('encoded', 'ghost-oembed-url-percent-encoded-share-token', 'error', "The editor's bookmark card asks Ghost for oEmbed data about a pasted link: the link's share token is in `url=https%3A%2F%2F…%3Ftoken%3D<token>`, one decoding away.", ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { path: '/ghost/api/admin/oembed/', query: `url=${encodeURIComponent(`https://docs.partner-x.example/share?token=${token}`)}&type=bookmark`, ms: rng.int(300, 1200) } };
    }),
    4,
    plant('negative', 'ghost-link-redirect-member-uuid', 'none', "A newsletter link redirect (`/r/<8 hex>?m=<member uuid>`): the member's id for click attribution, no credential.", ({ rng }) => {
      const m = rng.uuid();
      return { value: m, event: { path: `/r/${rng.hex(8)}`, query: `m=${m}`, status: 302, ms: rng.int(4, 20) } };
    }),
    4,
    plant('path-secret', 'ghost-unsubscribe-uuid-key', 'error', capability("A newsletter's unsubscribe link (`/unsubscribe/?uuid=<member>&key=<64 hex HMAC>&newsletter=…`): the key lets whoever holds the link read the member's address and change their subscriptions, without expiry"), ({ rng }) => {
      const key = rng.hex(64);
      return { value: key, event: { path: '/unsubscribe/', query: `uuid=${rng.uuid()}&key=${key}&newsletter=${rng.uuid()}` } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'blogg.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// opensearch-audit.log: the OpenSearch 3 security plugin's audit log with `plugins.security.audit.type: log4j` (logger
// `audit`, a RollingFile appender with the pattern `[%d{ISO8601}][%-5p][%c] %m%n`): one JSON message per event
// (`audit_category`, `audit_request_layer`, `audit_rest_request_method`, `audit_rest_request_path`,
// `audit_rest_request_params`, `audit_rest_request_headers` without `Authorization` — `exclude_sensitive_headers` —,
// `audit_request_body` as a string, `@timestamp`). Applications write their events and front-end errors to the cluster;
// a proxy forwards oauth2-proxy's headers; the JWT authentication domain reads `jwt_url_parameter: token`.
// https://docs.opensearch.org/latest/security/audit-logs/storage-types/, https://docs.opensearch.org/latest/security/audit-logs/field-reference/,
// https://docs.opensearch.org/latest/security/authentication-backends/jwt/

function opensearchLog(rng) {
  const NODE = { audit_node_name: 'os-data-1', audit_node_id: rng.b64url(22), audit_node_host_address: '10.40.7.11', audit_node_host_name: '10.40.7.11' };
  const stamp = (ms) => `${iso(ms).slice(0, 10)}T${iso(ms).slice(11, 19)},${pad(ms % 1000, 3)}`;
  const render = (e) => {
    const ts = `${iso(e.t).slice(0, 23)}+00:00`;
    const msg = {
      audit_cluster_name: 'logs-prod',
      ...NODE,
      audit_request_layer: 'REST',
      audit_request_origin: 'REST',
      audit_category: e.category ?? 'AUTHENTICATED',
      audit_request_initiating_user: e.user ?? 'svc-app',
      ...(e.category === 'FAILED_LOGIN' ? {} : { audit_request_effective_user: e.user ?? 'svc-app', audit_request_effective_user_is_admin: false }),
      audit_rest_request_method: e.method,
      audit_rest_request_path: e.path,
      ...(e.params ? { audit_rest_request_params: e.params } : {}),
      audit_rest_request_headers: { 'content-type': ['application/json'], 'User-Agent': [e.ua], 'X-Forwarded-For': [e.ip], ...(e.headers ?? {}) },
      audit_request_remote_address: e.remote ?? '10.40.3.12',
      ...(e.body ? { audit_request_body: JSON.stringify(e.body) } : {}),
      audit_format_version: 4,
      '@timestamp': ts,
      audit_utc_timestamp: ts,
    };
    return [`[${stamp(e.t)}][INFO ][audit] ${JSON.stringify(msg)}`];
  };
  const APP_UA = ['opensearch-java/2.23.0 (Java/21.0.9)', 'opensearch-py/3.0.0 (Python 3.12.8)', 'Fluent-Bit', 'OpenSearch Dashboards/3.3.0'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ method: 'POST', path: '/_bulk', user: 'fluentbit', ua: 'Fluent-Bit', remote: `10.40.5.${rng.int(10, 60)}` }),
      () => ({ method: 'GET', path: '/_cluster/health', user: 'monitoring', ua: 'Prometheus/3.7.3', remote: '10.40.2.9' }),
      () => ({ method: 'POST', path: `/app-events-${iso(t).slice(0, 10).replace(/-/g, '.')}/_search`, body: { size: 50, query: { bool: { filter: [{ term: { 'service.name': rng.pick(['ordre', 'payments', 'kasse']) } }, { range: { '@timestamp': { gte: 'now-15m' } } }] } }, sort: [{ '@timestamp': 'desc' }] }, ua: APP_UA[3], user: rng.pick(['kvale', 'i.dahl', 'tberg']), remote: '10.40.7.30' }),
      () => ({ method: 'GET', path: '/_cat/indices', params: { format: 'json', h: 'index,docs.count,store.size' }, user: 'kvale', ua: 'curl/8.17.0', remote: '10.40.1.5' }),
      () => ({ method: 'POST', path: '/app-events/_doc', body: { '@timestamp': iso(t), service: { name: rng.pick(['ordre', 'payments']) }, level: 'info', message: rng.pick(['order created', 'payment captured', 'stock reserved']), trace_id: rng.hex(32) }, ua: APP_UA[0] }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'opensearch-jwt-url-parameter-token', 'error', WHY.apiKey('token') + " A reporting script authenticates through the JWT domain's `jwt_url_parameter: token`: the audit event's `audit_rest_request_params` keeps the JWT", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 300, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, sub: 'svc-rapport', roles: ['readall'], aud: 'opensearch' } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/ordre-*/_search', params: { token: token.token, q: 'status:failed', size: '100' }, user: 'svc-rapport', ua: TOOLS[1], remote: '10.40.6.77' } };
    }),
    4,
    plant('negative', 'opensearch-failed-login-user-only', 'none', 'A `FAILED_LOGIN` event names the user (`svc-backup`) and the path; the password is never written.', () => ({ value: '"audit_request_initiating_user":"svc-backup"', event: { category: 'FAILED_LOGIN', user: 'svc-backup', method: 'PUT', path: '/_snapshot/s3-backup/nightly', ua: 'curl/8.17.0', remote: '10.40.2.40' } })),
    4,
    plant('header-dump', 'opensearch-x-auth-request-access-token-header', 'error', "An nginx in front of the cluster forwards oauth2-proxy's `X-Auth-Request-Access-Token` (a Keycloak access token); only `Authorization` is a sensitive header, so `audit_rest_request_headers` keeps it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 900, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: ['opensearch', 'account'], sub: rng.uuid(), typ: 'Bearer', azp: 'oauth2-proxy', preferred_username: 'tberg', groups: ['drift'] } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/_plugins/_security/authinfo', user: 'tberg', ua: BROWSERS[0], headers: { 'X-Auth-Request-User': ['tberg'], 'X-Auth-Request-Email': ['tberg@kveld.example'], 'X-Auth-Request-Access-Token': [token.token] }, remote: '10.40.7.2' } };
    }),
    4,
    plant('framework-dump', 'opensearch-request-body-ci-job-env-glpat', 'error', "A CI dashboard indexes each job with its environment: `audit_request_body` (logged by default) holds the document, with `GITLAB_TOKEN` a `glpat-` token.", ({ rng }) => {
      const token = `glpat-${rng.b64url(20)}`;
      return { value: token, event: { method: 'PUT', path: `/ci-jobs/_doc/${rng.int(100000, 999999)}`, body: { project: 'drift/deploy', ref: 'main', status: 'failed', stage: 'deploy', env: { CI_PIPELINE_SOURCE: 'push', DEPLOY_ENV: 'prod', GITLAB_TOKEN: token, TZ: 'Europe/Oslo' } }, user: 'svc-ci', ua: APP_UA[1], remote: '10.40.6.50' } };
    }),
    4,
    plant('webhook', 'opensearch-notifications-chime-webhook-body', 'error', WHY.webhook('An Amazon Chime incoming webhook (`hooks.chime.aws/incomingwebhooks/<id>?token=…`) created as a Notifications channel; the audit event keeps the request body'), ({ rng }) => {
      const token = rng.b64url(56);
      return { value: token, event: { method: 'POST', path: '/_plugins/_notifications/configs', body: { config_id: 'drift-chime', config: { name: 'drift-chime', description: 'Alerting → Chime', config_type: 'chime', is_enabled: true, chime: { url: `https://hooks.chime.aws/incomingwebhooks/${rng.uuid()}?token=${token}` } } }, user: 'kvale', ua: APP_UA[3], remote: '10.40.7.30' } };
    }),
    4,
    plant('negative', 'opensearch-pit-id-body', 'none', 'A point-in-time search with `pit.id` (base64 of shard and context ids): a cursor, no credential.', ({ rng }) => {
      const pit = b64Of(`${rng.alnum(10)}\u0001${rng.b64url(22)}\u0000${rng.int(1000, 9999)}\u0014${rng.b64url(30)}`).replace(/=+$/, '');
      return { value: pit, event: { method: 'POST', path: '/_search', body: { size: 1000, pit: { id: pit, keep_alive: '1m' }, sort: [{ '@timestamp': 'asc' }], search_after: [1797400000000] }, user: 'svc-eksport', ua: APP_UA[1], remote: '10.40.6.60' } };
    }),
    4,
    plant('refresh-token', 'opensearch-q-param-refresh_token-lookup', 'error', `${WHY.refresh} A support script looks a session up by its refresh token with a URI search (\`q=refresh_token:<token>\`), which \`audit_rest_request_params\` keeps.`, ({ rng }) => {
      const token = rng.b64url(48);
      return { value: token, event: { method: 'GET', path: '/auth-sessions/_search', params: { q: `refresh_token:${token}`, index: 'auth-sessions' }, user: 'kvale', ua: 'curl/8.17.0', remote: '10.40.1.5' } };
    }),
    4,
    plant('implicit-fragment', 'opensearch-frontend-error-body-href-fragment', 'error', "A front-end error shipped to the cluster: the document in `audit_request_body` has the page URL, an implicit-flow callback with `#access_token=<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'kundeportal', sub: rng.uuid(), typ: 'Bearer', azp: 'kundeportal', scope: 'openid ordre' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/frontend-errors/_doc', body: { '@timestamp': iso(t), level: 'error', message: "TypeError: Cannot read properties of undefined (reading 'claims')", url: `https://kundeportal.kveld.example/#/auth/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600`, userAgent: BROWSERS[2] }, user: 'svc-frontend-logs', ua: APP_UA[0], remote: '10.40.6.20' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'os-data-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mattermost.log: Mattermost Server 10's JSON file log (`LogSettings.FileJson`, debug level): `timestamp` as
// `yyyy-MM-dd HH:mm:ss.SSS Z`, `level`, `msg`, `caller`, then the record's fields; `Received HTTP request` for every API
// call (`url` is the path, no query), the web context's error records (`path`, `request_id`, `ip_addr`, `user_id`,
// `method`, `err_where`, `http_code`, `error`), outgoing webhook failures, and plugin records (`plugin_id` and the
// key/value pairs the plugin passed). Config secrets are written as `********`.
// https://docs.mattermost.com/manage/logging.html, https://developers.mattermost.com/integrate/webhooks/incoming/,
// https://developers.mattermost.com/integrate/webhooks/outgoing/, https://developers.mattermost.com/integrate/plugins/

function mattermostLog(rng) {
  const id26 = (rng) => lowerNum(rng, 26);
  const render = (e, rng) => {
    const rec = { timestamp: `${dotTime(e.t)} Z`, level: e.level ?? 'debug', msg: e.msg ?? 'Received HTTP request', caller: e.caller ?? 'web/handlers.go:175', ...(e.fields ?? { method: e.method, url: e.path, request_id: id26(rng), ...(e.user ? { user_id: e.user } : {}), status_code: String(e.status) }) };
    return [JSON.stringify(rec)];
  };
  const USERS = Array.from({ length: 6 }, () => id26(rng));
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/api/v4/channels/${id26(rng)}/posts`, user: rng.pick(USERS) }),
      () => ({ path: '/api/v4/users/me', user: rng.pick(USERS) }),
      () => ({ path: `/api/v4/users/me/teams/${id26(rng)}/channels/members`, user: rng.pick(USERS) }),
      () => ({ method: 'POST', path: '/api/v4/posts', user: rng.pick(USERS), status: 201 }),
      () => ({ path: '/api/v4/websocket', user: rng.pick(USERS), status: 101 }),
      () => ({ path: '/api/v4/system/ping', status: 200 }),
      () => ({ level: 'info', msg: 'Worker: Job is complete', caller: 'jobs/base_workers.go:97', fields: { worker: rng.pick(['ExpiryNotify', 'CleanupDesktopTokens', 'ActiveUsers']), job_id: id26(rng) } }),
    ])();
  const steps = [
    { raw: { level: 'info', msg: 'Server is initializing...', caller: 'app/server.go:289', fields: { go_version: 'go1.24.9' } }, after: 0 },
    { raw: { level: 'info', msg: 'Pinging SQL', caller: 'sqlstore/store.go:271', fields: { database: 'master', dataSource: 'postgres://mmuser:********@db.kveld.internal:5432/mattermost?sslmode=require&connect_timeout=10&binary_parameters=yes' } }, after: 1 },
    4,
    plant('webhook', 'mattermost-incoming-hook-path-in-error', 'error', WHY.webhook("A Mattermost incoming webhook (`/hooks/<26 characters>`, the id is the only secret): a monitoring tool posts a body Mattermost cannot parse, and the web context's error record writes the `path`"), ({ rng }) => {
      const hook = id26(rng);
      return { value: hook, event: { level: 'error', msg: 'Unable to parse incoming data', caller: 'web/context.go:114', fields: { path: `/hooks/${hook}`, request_id: id26(rng), ip_addr: '10.40.9.14', user_id: '', method: 'POST', err_where: 'HandleIncomingWebhook', http_code: 400, error: "HandleIncomingWebhook: Unable to parse incoming data., invalid character 'a' looking for beginning of value" } } };
    }),
    4,
    plant('negative', 'mattermost-user-id-image-path', 'none', "A profile picture request (`/api/v4/users/<user id>/image`): the 26-character id names a user, no credential.", ({ rng }) => {
      const u = id26(rng);
      return { value: u, event: { path: `/api/v4/users/${u}/image`, user: rng.pick(USERS) } };
    }),
    4,
    plant('path-secret', 'mattermost-team-invite-id-path', 'error', WHY.pathSecret("A team invite link's id (`/api/v4/teams/invite/<invite id>`, what the signup page looks up): whoever has it joins the team until the id is regenerated"), ({ rng }) => {
      const invite = id26(rng);
      return { value: invite, event: { path: `/api/v4/teams/invite/${invite}` } };
    }),
    4,
    plant('api-key-name', 'mattermost-outgoing-webhook-callback-api_key', 'error', WHY.apiKey('api_key') + " An outgoing webhook's callback URL carries the receiving bot's key; the failed POST's Go error quotes the URL.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { level: 'error', msg: 'Event POST failed.', caller: 'app/webhook.go:110', fields: { error: `Post "https://bot.bygg-x.example/mattermost/outgoing?api_key=${key}": dial tcp 10.40.9.31:443: connect: connection refused` } } };
    }),
    4,
    plant('negative', 'mattermost-datasource-masked', 'none', 'Mattermost writes its database DSN with the password as `********`: masked, no value.', () => ({ value: 'mmuser:********@db-replica', event: { level: 'info', msg: 'Pinging SQL', caller: 'sqlstore/store.go:271', fields: { database: 'replica-0', dataSource: 'postgres://mmuser:********@db-replica.kveld.internal:5432/mattermost?sslmode=require&connect_timeout=10' } } })),
    4,
    plant('header-dump', 'mattermost-plugin-debug-headers-bearer-jwt', 'error', "A Jira bridge plugin logs its outgoing request at debug (`LogDebug(\"calling Jira\", \"headers\", fmt.Sprint(req.Header))`): `Authorization:[Bearer <JWT>]` in the record", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 200, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'jira', sub: rng.uuid(), azp: 'mm-jira-bridge', scope: 'jira:write' } });
      return { value: token.token, jwt: token.facts, event: { msg: 'calling Jira', caller: 'app/plugin_api.go:1037', fields: { plugin_id: 'no.kveld.jira-bridge', url: 'https://jira.kveld.example/rest/api/2/issue', headers: `map[Accept:[application/json] Authorization:[Bearer ${token.token}] Content-Type:[application/json]]` } } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'chat.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// conf_access_log.2026-12-16.log: Confluence Data Center 9's access log (Tomcat's AccessLogValve with Confluence's
// default pattern `%t %{X-AUSERNAME}o %I %h %r %s %Dms %b %{Referer}i %{User-Agent}i`: time, user (`-` when anonymous),
// thread, client, request line unquoted, status, time taken, bytes, Referer and User-Agent unquoted).
// https://confluence.atlassian.com/doc/configure-access-logs-1044114957.html,
// https://confluence.atlassian.com/doc/team-calendars-for-confluence-server-documentation-1030396862.html

function confluenceLog(rng) {
  const USERS = ['kvale', 'tberg', 'a.lie', 'm.holm', 'i.dahl'];
  const render = (e, rng) => [`${`[${clf(e.t)}]`} ${e.user ?? '-'} http-nio-8090-exec-${rng.int(1, 40)} ${e.ip} ${e.method} ${target(e)} HTTP/1.1 ${e.status} ${e.ms}ms ${e.bytes} ${e.referer} ${e.ua}`];
  const W = 'https://wiki.kveld.example';
  const filler = (rng) => {
    const user = rng.pick(USERS);
    return rng.pick([
      () => ({ user, path: '/index.action', referer: `${W}/` }),
      () => ({ user, path: '/pages/viewpage.action', query: `pageId=${rng.int(100000, 999999)}`, referer: `${W}/display/DRIFT/Rutiner` }),
      () => ({ user, path: `/display/${rng.pick(['DRIFT', 'HR', 'IT'])}/${rng.pick(['Rutiner', 'Vaktliste', 'Hjemmekontor', 'Onboarding'])}`, referer: `${W}/index.action` }),
      () => ({ user, path: `/rest/api/content/${rng.int(100000, 999999)}`, query: 'expand=body.storage,version', ua: 'python-requests/2.32.5', referer: '-' }),
      () => ({ user, path: `/images/icons/profilepics/default.svg`, referer: `${W}/index.action`, bytes: 1206 }),
      () => ({ user, method: 'POST', path: '/rest/analytics/1.0/publish/bulk', status: 200, referer: `${W}/index.action` }),
      () => ({ user, path: `/download/attachments/${rng.int(100000, 999999)}/${rng.pick(['skjema.pdf', 'kart.png', 'rutine.docx'])}`, query: `version=1&modificationDate=17${digits(rng, 11)}&api=v2`, referer: `${W}/display/DRIFT/Rutiner` }),
    ])();
  };
  const steps = [
    6,
    plant('path-secret', 'confluence-resetpassword-action-token', 'error', WHY.pathSecret("Confluence's password reset link (`/resetpassword.action?username=<user>&token=<token>`) opened from the e-mail"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { path: '/resetpassword.action', query: `username=m.holm&token=${token}`, referer: '-', ua: BROWSERS[1] } };
    }),
    6,
    plant('negative', 'confluence-quickreload-cachebuster', 'none', "Quick Reload's poll (`/rest/quickreload/latest/<page id>?since=<ms>&_=<ms>`): a timestamp and jQuery's cache buster, no credential.", ({ rng, t }) => {
      const cb = String(t - rng.int(60000, 900000));
      return { value: `_=${cb}`, event: { user: 'kvale', path: `/rest/quickreload/latest/${rng.int(100000, 999999)}`, query: `since=${t - 30000}&_=${cb}`, referer: `${W}/pages/viewpage.action?pageId=${rng.int(100000, 999999)}`, bytes: 152 } };
    }),
    6,
    plant('replay', 'export_ticket-opaque', 'note', WHY.ticketFirst('An opaque `export_ticket` on a PDF export app\'s download link (the servlet streams the file once per ticket)'), ({ rng, t }) => {
      firstUse.export = t;
      const ticket = rng.b64url(40);
      return { value: ticket, event: { user: 'tberg', ip: '10.40.20.31', path: '/plugins/servlet/scroll-pdf/export/download', query: `export_ticket=${ticket}`, referer: `${W}/display/HR/Personalhandbok`, bytes: rng.int(400000, 3000000), ms: rng.int(300, 1200) } };
    }, { ref: 'export' }),
    5,
    plant('replay', 'export_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('export').value, why: WHY.replay('export_ticket', gap('export', t)) }], event: { user: '-', ip: '198.51.100.140', path: '/plugins/servlet/scroll-pdf/export/download', query: `export_ticket=${refs.get('export').value}`, referer: '-', ua: TOOLS[0], bytes: rng.int(400000, 3000000), ms: rng.int(300, 1200) } }), { replayOf: 'export', after: 80 }),
    6,
    plant('path-secret', 'confluence-team-calendars-private-ics-feed', 'error', capability("A Team Calendars private subscription (`/rest/calendar-services/1.0/calendar/export/subcalendar/private/<40 hex>.ics`), polled by Outlook without a session"), ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: `/rest/calendar-services/1.0/calendar/export/subcalendar/private/${key}.ics`, referer: '-', ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.19127; Pro)', bytes: rng.int(3000, 40000) } };
    }),
    6,
    plant('oauth-code', 'confluence-referer-pingfederate-callback-code', 'warning', `${WHY.code} A partner portal's OAuth callback page (PingFederate's code beside \`state\`) loads its logo from Confluence: the callback URL is the Referer of that download.`, ({ rng }) => {
      const code = rng.alnum(30);
      return { value: code, event: { user: '-', path: `/download/attachments/${rng.int(100000, 999999)}/logo-kveld.png`, query: `version=2&modificationDate=17${digits(rng, 11)}&api=v2`, referer: `https://partner.kveld.example/auth/callback?code=${code}&state=${rng.b64url(22)}`, bytes: rng.int(4000, 20000) } };
    }),
    6,
    plant('negative', 'confluence-static-resource-hash-path', 'none', 'A batched web resource under `/s/<hash>-CDN/<build>/…/<hash>/_/download/batch/…`: resource hashes and build numbers, no credential.', ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { user: 'a.lie', path: `/s/${h}-CDN/-1ntc4/9012/${rng.hex(32)}/_/download/batch/com.atlassian.confluence.plugins.confluence-frontend:editor-v5/com.atlassian.confluence.plugins.confluence-frontend:editor-v5.js`, query: 'locale=nb-NO', referer: `${W}/pages/resumedraft.action?draftId=${rng.int(100000, 999999)}`, bytes: rng.int(40000, 900000) } };
    }),
    6,
    plant('encoded', 'confluence-login-os_destination-encoded-secret', 'error', "An anonymous visitor follows a preview link of a documentation app: Confluence sends them to `/login.action?os_destination=<path percent-encoded>`, which carries the link's `preview_secret%3D<token>`, one decoding away.", ({ rng }) => {
      const token = rng.alnum(36);
      return { value: token, event: { path: '/login.action', query: `os_destination=${encodeURIComponent(`/plugins/servlet/scroll-viewport/preview?space=DOK&preview_secret=${token}`)}&permissionViolation=true`, referer: '-', ua: BROWSERS[4] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'wiki.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// node-red.log: `docker logs --timestamps` of the nodered/node-red 4.1 image: Docker's RFC 3339 time with nanoseconds
// before every line, then Node-RED's own `<D Mon HH:mm:ss> - [<level>] [<node type>:<node name>] <message>`; a debug
// node set to "system console" writes `node.log("\n" + util.inspect(value))`, the object on the following lines (each
// with Docker's time). Flows behind http-in endpoints, MQTT sensors, a Telegram alert.
// https://nodered.org/docs/getting-started/docker, https://nodered.org/docs/user-guide/runtime/logging,
// https://github.com/node-red/node-red/blob/master/packages/node_modules/%40node-red/nodes/core/common/21-debug.js,
// https://docs.docker.com/reference/cli/docker/container/logs/

function noderedLog(rng) {
  const nrTime = (ms) => {
    const d = new Date(ms);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${iso(ms).slice(11, 19)}`;
  };
  // Docker's receive times: nanoseconds after the line's millisecond, never going back.
  let last = [0, 0];
  const dockerTime = (ms, rng) => {
    let [m, sub] = [ms, rng.int(100000, 900000)];
    if (m < last[0] || (m === last[0] && sub <= last[1])) [m, sub] = [last[0], last[1] + rng.int(1500, 9000)];
    if (sub > 999999) [m, sub] = [m + 1, sub - 1000000];
    last = [m, sub];
    return `${iso(m).slice(0, 23)}${pad(sub, 6)}Z`;
  };
  const render = (e, rng) => {
    const body = [`${nrTime(e.t)} - [${e.level ?? 'info'}] ${e.node ? `[${e.node}] ` : ''}${e.text ?? ''}`];
    if (e.object !== undefined) body.push(...inspect(e.object, { depth: 10, colors: false }).split('\n'));
    return body.map((line) => `${dockerTime(e.t, rng)} ${line}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ node: 'debug:Sensorer', object: { _msgid: rng.hex(16), topic: `kveld/${rng.pick(['lager', 'kontor', 'kjølerom'])}/klima`, payload: { temperature: rng.int(20, 240) / 10, humidity: rng.int(30, 60) }, qos: 0, retain: false } }),
      () => ({ level: 'info', node: 'mqtt-broker:Mosquitto', text: 'Connected to broker: nodered@mqtt://mosquitto:1883' }),
      () => ({ level: 'warn', node: 'function:Sjekk kjølerom', text: `Temperatur over grense: ${rng.int(60, 90) / 10} °C` }),
      () => ({ level: 'error', node: 'http request:Hent strømpris', text: `RequestError: connect ETIMEDOUT ${publicIp(rng)}:443 : https://www.hvakosterstrommen.example/api/v1/prices/2026/12-16_NO1.json` }),
      () => ({ level: 'info', node: 'debug:Ordre', text: `${rng.int(1, 40)} nye ordre siden forrige kjøring` }),
    ])();
  const steps = [
    { raw: { text: 'Welcome to Node-RED' }, after: 0 },
    { raw: { text: '===================' }, after: 0 },
    { raw: { text: 'Node-RED version: v4.1.2' }, after: 0 },
    { raw: { text: 'Node.js  version: v22.21.1' }, after: 0 },
    { raw: { text: 'Linux 6.8.0-88-generic x64 LE' }, after: 0 },
    { raw: { text: 'Settings file  : /data/settings.js' }, after: 1 },
    { raw: { text: 'Context store  : \'default\' [module=memory]' }, after: 0 },
    { raw: { text: 'User directory : /data' }, after: 0 },
    { raw: { text: 'Flows file     : /data/flows.json' }, after: 0 },
    { raw: { text: 'Server now running at http://127.0.0.1:1880/' }, after: 0 },
    { raw: { text: 'Starting flows' }, after: 0 },
    { raw: { text: 'Started flows' }, after: 1 },
    3,
    plant('header-dump', 'nodered-debug-console-req-headers-bearer-jwt', 'error', "A debug node set to the system console prints `msg.req.headers` of an http-in endpoint; `authorization: 'Bearer <JWT>'` is on its own line, with Docker's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 120, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'nodered-api', sub: rng.uuid(), azp: 'lager-app', scope: 'lager:write' } });
      return { value: token.token, jwt: token.facts, event: { node: 'debug:Innkommende', object: { host: 'nodered.kveld.example', 'user-agent': 'okhttp/5.3.0', accept: 'application/json', authorization: `Bearer ${token.token}`, 'content-type': 'application/json', 'content-length': '118', 'x-forwarded-for': '10.40.20.18', 'x-forwarded-proto': 'https' } } };
    }),
    3,
    plant('negative', 'nodered-debug-msgid', 'none', "A debug print's `_msgid` (16 hex, Node-RED's id of the message): an id, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: `_msgid: '${id}'`, event: { node: 'debug:Sensorer', object: { _msgid: id, topic: 'kveld/lager/dor', payload: 'open', qos: 1, retain: false } } };
    }),
    3,
    plant('framework-dump', 'nodered-debug-console-req-query-apikey', 'error', "A debug node prints `msg.req.query` of a weather station's push (`{ station: …, apikey: '…' }`), the object Express parsed from the query.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { node: 'debug:Værstasjon', object: { ID: 'kveld-tak-01', apikey: key, action: 'updateraw', dateutc: 'now', tempf: String(rng.int(200, 400) / 10), humidity: String(rng.int(40, 90)), baromin: '29.92' } } };
    }),
    3,
    plant('webhook', 'nodered-function-warn-telegram-bot-url', 'error', WHY.webhook("A function node warns the URL it calls: a Telegram Bot API URL (`api.telegram.org/bot<id>:<token>/sendMessage?…`)"), ({ rng }) => {
      const token = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
      return { value: token, event: { level: 'warn', node: 'function:Varsle vakt', text: `Sender varsel: https://api.telegram.org/bot${token}/sendMessage?chat_id=-100${digits(rng, 10)}&text=Kj%C3%B8lerom%20over%20grense` } };
    }),
    3,
    plant('id-token', 'nodered-debug-console-id_token-object', 'error', "A login flow's debug node prints what the provider's token exchange left in `msg.payload` (`{ sub: …, id_token: '<JWT>', … }`); the ID token is on its own line, with Docker's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'nodered-dashboard', sub: rng.uuid(), typ: 'ID', azp: 'nodered-dashboard', nonce: rng.b64url(22), preferred_username: 'a.lie' } });
      return { value: token.token, jwt: token.facts, event: { node: 'debug:Innlogging', object: { sub: rng.uuid(), preferred_username: 'a.lie', id_token: token.token, groups: ['lager'] } } };
    }),
    3,
    plant('negative', 'nodered-debug-rfid-token_id', 'none', "An RFID reader's card UID printed as `token_id: '<8 hex>'` (`token_present: true`): a card number, no credential.", ({ rng }) => {
      const uid = rng.hex(8).toUpperCase();
      return { value: `token_id: '${uid}'`, event: { node: 'debug:Adgang', object: { _msgid: rng.hex(16), topic: 'kveld/dor/vareinngang', payload: { reader: 'vareinngang', token_present: true, token_id: uid, rssi: -rng.int(40, 70) } } } };
    }),
    3,
    plant('implicit-fragment', 'nodered-debug-client-error-href-fragment', 'error', "A debug node prints a client error report the shop posts to `/api/klientfeil`: its `href` is an implicit-flow callback with `#access_token=<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'lager-app', sub: rng.uuid(), typ: 'Bearer', azp: 'lager-app', scope: 'openid lager' } });
      return { value: token.token, jwt: token.facts, event: { node: 'debug:Klientfeil', object: { level: 'error', message: "TypeError: Cannot read properties of null (reading 'lager')", href: `https://lager.kveld.example/#/callback#access_token=${token.token}&token_type=Bearer&expires_in=3600` } } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'nodered' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zscaler-web.log: a Zscaler Internet Access NSS feed for web logs, a custom feed output format with tabs between the
// fields (`%s{time}\t%s{login}\t%s{proto}\t%s{eurl}\t%s{action}\t%s{appname}\t%s{appclass}\t%d{reqsize}\t%d{respsize}\t
// %s{urlsupercat}\t%s{urlcat}\t%s{threatname}\t%d{riskscore}\t%s{location}\t%s{dept}\t%s{cip}\t%s{sip}\t%s{reqmethod}\t
// %s{respcode}\t%s{ua}\t%s{ereferer}\t%s{rulelabel}\t%s{contenttype}`); the URL without its scheme, SSL inspection on.
// https://help.zscaler.com/zia/nss-feed-output-format-web-logs, https://help.zscaler.com/unified/general-guidelines-nss-feeds-and-feed-formats

function zscalerLog(rng) {
  const zTime = (ms) => {
    const d = new Date(ms);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const STAFF = [['kvale@kveld.example', 'Drift'], ['tberg@kveld.example', 'Salg'], ['a.lie@kveld.example', 'Økonomi'], ['m.holm@kveld.example', 'HR'], ['i.dahl@kveld.example', 'Drift']];
  const render = (e) => {
    const [login, dept] = e.who;
    const f = [zTime(e.t), login, e.proto ?? 'HTTPS', `${e.host}${target(e)}`, e.action ?? 'Allowed', e.app ?? 'General Browsing', e.appclass ?? 'General Browsing', 300 + (e.bytes % 2000), e.bytes, e.supercat ?? 'Information Technology', e.cat ?? 'Web Search', 'None', e.risk ?? 0, 'Oslo HQ', dept, e.cip ?? '10.10.20.45', e.sip ?? publicIp(rng), e.method, String(e.status), e.ua, e.referer === '-' ? 'None' : e.referer, e.rule ?? 'Default_Policy', e.ctype ?? 'text/html'];
    return [f.join('\t')];
  };
  const filler = (rng) => {
    const who = rng.pick(STAFF);
    return rng.pick([
      () => ({ who, host: 'www.google.com', path: '/search', query: `q=${rng.pick(['vinterdekk+pris', 'strømpris+i+dag', 'helligdager+2027'])}&sca_esv=${rng.hex(16)}&source=hp`, cat: 'Web Search' }),
      () => ({ who, host: 'outlook.office.com', path: '/mail/', app: 'Outlook', appclass: 'Business Productivity', cat: 'Web Mail' }),
      () => ({ who, host: 'kveld.atlassian.net', path: `/browse/OPS-${rng.int(100, 2999)}`, app: 'Jira', appclass: 'Business Productivity', cat: 'Professional Services' }),
      () => ({ who, host: 'www.vg.example', path: `/nyheter/i/${lowerNum(rng, 6)}`, cat: 'News and Media', supercat: 'News and Media' }),
      () => ({ who, host: 'teams.microsoft.com', path: '/v2/', app: 'Microsoft Teams', appclass: 'Collaboration', cat: 'Online Chat' }),
      () => ({ who, host: 'cdn.jsdelivr.net', path: `/npm/${rng.pick(['chart.js@4.5.1', 'dayjs@1.11.19'])}/dist/index.min.js`, cat: 'Content Server', ctype: 'application/javascript' }),
      () => ({ who, host: 'www.finn.example', path: '/bap/forsale/ad.html', query: `finnkode=${rng.int(100000000, 999999999)}`, cat: 'Online Shopping', supercat: 'Shopping' }),
      () => ({ who, host: 'api.github.com', path: `/repos/kveld/${rng.pick(['deploy', 'lager'])}/actions/runs`, query: 'per_page=20', ua: 'gh/2.83.1', cat: 'Professional Services', ctype: 'application/json' }),
    ])();
  };
  const steps = [
    8,
    plant('id-token', 'zscaler-partner-oidc-logout-id_token_hint', 'error', "A partner portal's sign-out with `id_token_hint=<ID token>`: SSL inspection gives the proxy the whole URL", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1800, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://login.partner-y.example', aud: 'partnerportal', sub: rng.uuid(), sid: rng.uuid(), email: 'tberg@kveld.example' } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[1], host: 'login.partner-y.example', path: '/oidc/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fportal.partner-y.example%2F`, status: 302, cat: 'Professional Services' } };
    }),
    8,
    plant('negative', 'zscaler-bing-cvid', 'none', "Bing's `cvid=<32 hex>` (the conversation id of a search), no credential.", ({ rng }) => {
      const cvid = rng.hex(32).toUpperCase();
      return { value: cvid, event: { who: rng.pick(STAFF), host: 'www.bing.com', path: '/search', query: `q=${rng.pick(['reset+api+key', 'token+utløpt', 'passord+krav'])}&form=QBLH&sp=-1&lq=0&pq=&sc=10-0&qs=n&sk=&cvid=${cvid}`, cat: 'Web Search' } };
    }),
    8,
    plant('implicit-fragment', 'zscaler-yandex-metrica-page-url-fragment', 'error', "A Yandex Metrica hit (`mc.yandex.ru/watch/<counter>?page-url=<page URL percent-encoded>`) sent from a shop's implicit-flow landing page: the page URL holds `%23access_token%3D<JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://id.shop-z.example', aud: 'shop-web', sub: rng.uuid(), scope: 'openid profile orders' } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[2], host: 'mc.yandex.ru', path: `/watch/${digits(rng, 8)}`, query: `wmode=7&page-url=${encodeURIComponent(`https://shop-z.example/#access_token=${token.token}&token_type=bearer&expires_in=3600`)}&charset=utf-8&browser-info=pv%3A1%3Ars%3A${rng.int(100000, 999999)}`, cat: 'Web Analytics', supercat: 'Information Technology', ctype: 'image/gif', referer: 'https://shop-z.example/' } };
    }),
    8,
    plant('replay', 'join_ticket-jwt-jti', 'note', WHY.ticketFirst('A JWT `join_ticket` with a jti, valid 120 s (a meeting service admits one participant per ticket)'), ({ rng, t }) => {
      firstUse.join = t;
      const token = jwt(rng, t, { lifetime: 120, age: 3, jti: true, claims: { room: `r-${rng.alnum(10)}`, role: 'guest', sub: 'a.lie@kveld.example' } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[2], cip: '10.10.20.61', host: 'meet.vendor-v.example', path: '/join', query: `join_ticket=${token.token}`, status: 302, app: 'General Browsing', cat: 'Online Chat' } };
    }, { ref: 'join' }),
    2,
    plant('replay', 'join_ticket-jwt-jti', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('join').value, jwt: factsAt(refs.get('join').value, t), why: WHY.replay('join_ticket', gap('join', t)) }], event: { who: STAFF[3], cip: '10.10.21.14', host: 'meet.vendor-v.example', path: '/join', query: `join_ticket=${refs.get('join').value}`, status: 302, app: 'General Browsing', cat: 'Online Chat' } }), { replayOf: 'join', after: 50 }),
    8,
    plant('refresh-token', 'zscaler-dropbox-token-query-refresh_token', 'error', `${WHY.refresh} A desktop tool refreshes its Dropbox session with the grant in the URL's query (\`/oauth2/token?grant_type=refresh_token&refresh_token=…\`), which the proxy writes.`, ({ rng }) => {
      const token = rng.b64url(64);
      return { value: token, event: { who: STAFF[0], method: 'POST', host: 'api.dropboxapi.com', path: '/oauth2/token', query: `grant_type=refresh_token&refresh_token=${token}&client_id=${lowerNum(rng, 15)}`, app: 'Dropbox', appclass: 'File Sharing', cat: 'Online Storage', ua: 'python-requests/2.32.5', ctype: 'application/json' } };
    }),
    8,
    plant('negative', 'zscaler-atlassian-atlorigin', 'none', "Atlassian's `atlOrigin=eyJpIjoi…` (base64 of `{\"i\":\"<hex>\",\"p\":\"j\"}`, link attribution): starts like a JWT, no credential.", ({ rng }) => {
      const origin = b64Of(JSON.stringify({ i: rng.hex(32), p: 'j' })).replace(/=+$/, '');
      return { value: origin, event: { who: rng.pick(STAFF), host: 'kveld.atlassian.net', path: `/browse/OPS-${rng.int(100, 2999)}`, query: `atlOrigin=${origin}`, app: 'Jira', appclass: 'Business Productivity', cat: 'Professional Services' } };
    }),
    8,
    plant('embed-jwt', 'zscaler-embed-kpi-jwt-expired', 'note', 'A BI embed `/embed/kpi/<JWT>` from a page left open since the day before: the embed token expired a day before the request', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 1800, claims: { resource: { question: rng.int(10, 90) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { who: STAFF[4], host: 'bi.partner-q.example', path: `/embed/kpi/${token.token}`, status: 400, cat: 'Professional Services', referer: 'https://intranett.kveld.example/' } };
    }),
    8,
    plant('session-id', 'zscaler-phpbb-sid-query', 'error', WHY.session("phpBB appends `sid=<32 hex>` to its links when the browser refuses its cookie"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { who: STAFF[3], proto: 'HTTP', host: 'forum.hobby-x.example', path: '/viewtopic.php', query: `t=${rng.int(1000, 99999)}&start=15&sid=${sid}`, cat: 'Hobbies and Recreation', supercat: 'Hobbies and Recreation' } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'zscaler' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// krakend.log: `docker logs` of KrakenD CE 2.10 with `telemetry/logging` at DEBUG and the default format (`[KRAKEND]
// <yyyy/MM/dd - HH:mm:ss.SSS> ▶ <LEVEL> [ENDPOINT: <path>] <message>`; a failed backend call writes Go's error with the
// backend URL the gateway built, static query keys of `url_pattern` included) and gin's access lines (`[GIN] <time> |
// <status> | <latency> | <client> | <METHOD> "<path?query>"`). The debug backend `/__debug/` writes what the gateway
// forwards: Method, URL, Query, Params, Headers, Body.
// https://www.krakend.io/docs/logging/, https://www.krakend.io/docs/endpoints/debug-endpoint/,
// https://www.krakend.io/docs/endpoints/parameter-forwarding/, https://github.com/gin-gonic/gin/blob/master/logger.go

function krakendLog(rng) {
  const kTime = (ms) => `${ymdHms(ms).replace(/-/g, '/').replace(' ', ' - ')}.${pad(ms % 1000, 3)}`;
  const gTime = (ms) => ymdHms(ms).replace(/-/g, '/').replace(' ', ' - ');
  const dur = (ms, rng) => (ms === 0 ? `${rng.int(40, 900)}.${digits(rng, 3)}µs` : ms >= 1000 ? `${(ms / 1000).toFixed(6)}s` : `${ms}.${digits(rng, 6)}ms`).replace(/0+(µs|m?s)$/, '$1').replace(/\.(µs|m?s)$/, '$1');
  const k = (ms, level, text) => `[KRAKEND] ${kTime(ms)} ▶ ${level} ${text}`;
  const gin = (e, rng) => `[GIN] ${gTime(e.t + e.ms)} | ${e.status} | ${dur(e.ms, rng).padStart(13)} | ${e.ip.padStart(15)} | ${e.method.padEnd(7)}  ${JSON.stringify(target(e))}`;
  const render = (e, rng) => {
    if (e.k) return [k(e.t, e.level ?? 'INFO', e.k)];
    const out = [];
    if (e.err) out.push(k(e.t + e.ms - 1, 'ERROR', `[ENDPOINT: ${e.endpoint}] ${e.err}`));
    if (e.debug) for (const [name, v] of e.debug) out.push(k(e.t + 1, 'DEBUG', `[ENDPOINT: /__debug/*] ${name}: ${v}`));
    if (e.debug) out.push(gin({ ...e, ip: '127.0.0.1', path: e.debugPath, query: e.debugQuery ?? '', ms: 0 }, rng));
    out.push(gin(e, rng));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/orders', query: `status=${rng.pick(['open', 'shipped'])}&limit=50` }),
      () => ({ path: `/v1/orders/${rng.int(50000, 59999)}` }),
      () => ({ path: '/v1/products', query: `category=${rng.int(10, 99)}` }),
      () => ({ path: '/__health', ip: '10.40.0.1', ms: 0 }),
      () => ({ method: 'POST', path: '/v1/cart/items', status: 201 }),
      () => ({ path: '/v1/weather', query: 'city=Oslo' }),
      () => ({ k: `[SERVICE: AsyncAgent][AMQP][ordre-hendelser] Consumer connected`, level: 'INFO' }),
    ])();
  const steps = [
    { raw: { k: 'Starting KrakenD v2.10.2' }, after: 0 },
    { raw: { k: '[SERVICE: Gin] Listening on port: 8080' }, after: 0 },
    { raw: { k: '[ENDPOINT: /v1/weather] Building the proxy pipe', level: 'DEBUG' }, after: 0 },
    3,
    plant('api-key-name', 'krakend-backend-url-pattern-appid', 'error', WHY.apiKey('appid') + " The gateway adds the weather API's key in the backend's `url_pattern` (the client never sends it); the failed call's Go error quotes the URL KrakenD built.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/v1/weather', query: 'city=Bergen', endpoint: '/v1/weather', err: `Get "https://api.openweathermap-x.example/data/2.5/weather?appid=${key}&q=Bergen&units=metric": context deadline exceeded`, status: 500, ms: 3001 } };
    }),
    3,
    plant('negative', 'krakend-products-page_token-cursor', 'none', 'A product listing paged with `page_token=` (base64url of `{"last_id":…}`): a cursor, no credential.', ({ rng }) => {
      const cursor = b64urlOf(JSON.stringify({ last_id: rng.int(10000, 99999), dir: 'next' }));
      return { value: cursor, event: { path: '/v1/products', query: `page_token=${cursor}&limit=100` } };
    }),
    3,
    plant('replay', 'print_ticket-one-request-two-lines', 'note', WHY.ticketFirst("An opaque `print_ticket` (a label printer's render service accepts one job per ticket; KrakenD forwards it as an allowed query string, writes the failed backend call and then gin's access line: one request, no replay)"), ({ rng }) => {
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: '/v1/print', query: `print_ticket=${ticket}`, endpoint: '/v1/print', err: `Get "http://print-svc.kveld.internal:8080/render?print_ticket=${ticket}": dial tcp 10.40.9.3:8080: connect: connection refused`, status: 500, ms: rng.int(2, 9) } };
    }),
    3,
    plant('oauth-code', 'krakend-gin-hubspot-callback-code', 'warning', `${WHY.code} HubSpot's code (\`na1-<hex groups>\`) on an app's callback behind the gateway, in gin's access line.`, ({ rng }) => {
      const code = `na1-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
      return { value: code, event: { path: '/v1/integrations/hubspot/callback', query: `code=${code}&state=${rng.b64url(32)}`, status: 302 } };
    }),
    3,
    plant('header-dump', 'krakend-debug-endpoint-headers-bearer-jwt', 'error', "An endpoint wired to KrakenD's `/__debug/` backend while a route is built: the debug line `Headers: map[Authorization:[Bearer <JWT>] …]` writes the forwarded header (`input_headers` with `Authorization`)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 600, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'api-gateway', sub: rng.uuid(), typ: 'Bearer', azp: 'kasse', scope: 'orders:read' } });
      return { value: token.token, jwt: token.facts, event: { path: '/v1/returns', query: 'order=55123', debugPath: '/__debug/returns', debugQuery: 'order=55123', debug: [['Method', 'GET'], ['URL', '/__debug/returns?order=55123'], ['Query', 'map[order:[55123]]'], ['Params', '[{param /returns}]'], ['Headers', `map[Accept-Encoding:[gzip] Authorization:[Bearer ${token.token}] User-Agent:[KrakenD Version 2.10.2] X-Forwarded-For:[192.0.2.61] X-Forwarded-Host:[api.kveld.example]]`], ['Body', '']], ms: rng.int(2, 9) } };
    }),
    3,
    plant('webhook', 'krakend-backend-retool-workflow-webhook', 'error', WHY.webhook('A Retool workflow webhook (`api.retool.com/v1/workflows/<id>/startTrigger?workflowApiKey=retool_wk_…`) as a backend, in the failed call\'s error'), ({ rng }) => {
      const key = `retool_wk_${rng.hex(32)}`;
      return { value: key, event: { method: 'POST', path: '/v1/leads', endpoint: '/v1/leads', err: `Post "https://api.retool.com/v1/workflows/${rng.uuid()}/startTrigger?workflowApiKey=${key}": context deadline exceeded`, status: 500, ms: 5002 } };
    }),
    3,
    plant('negative', 'krakend-unsubscribe-email-hash', 'none', "An unsubscribe call naming the address by its SHA-256 (`email_hash=<64 hex>`): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { path: '/v1/newsletter/unsubscribe', query: `email_hash=${h}&list=nyheter` } };
    }),
    3,
    plant('id-token', 'krakend-gin-logout-id_token_hint-expired', 'note', "A sign-out through the gateway with `id_token_hint=<ID token>` in gin's access line: the ID token had expired five hours before", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 6 * 3600, alg: 'RS256', kid: rng.b64url(43), claims: { iss: KC, aud: 'kasse', sub: rng.uuid(), typ: 'ID', azp: 'kasse', sid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { path: '/v1/auth/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fkasse.kveld.example%2F`, status: 302 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'api.kveld.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jenkins.log: `/var/log/jenkins/jenkins.log` of Jenkins 2.528 LTS from its first start (Jenkins' log formatter: `<yyyy-MM-dd
// HH:mm:ss.SSS+zzzz> [id=<thread>]\t<LEVEL>\t<abbreviated logger>#<method>: <message>`, multi-line messages and stack
// traces on untimed lines): the setup wizard's banner, the OpenID Connect and Google Chat plugins, builds.
// https://www.jenkins.io/doc/book/system-administration/viewing-logs/, https://www.jenkins.io/doc/book/installing/linux/#unlocking-jenkins,
// https://plugins.jenkins.io/oic-auth/, https://plugins.jenkins.io/google-chat-notification/

function jenkinsLog(rng) {
  const jTime = (ms) => `${ymdHms(ms)}.${pad(ms % 1000, 3)}+0000`;
  const render = (e, rng) => {
    const lines = e.msg.split('\n');
    lines[0] = `${jTime(e.t)} [id=${e.tid ?? rng.int(30, 400)}]\t${e.level ?? 'INFO'}\t${e.logger}: ${lines[0]}`;
    return lines;
  };
  const JOBS = ['deploy-app', 'lager-api', 'nettbutikk'];
  const filler = (rng) =>
    rng.pick([
      () => { const j = rng.pick(JOBS); return { logger: 'o.j.p.workflow.job.WorkflowRun#finish', msg: `${j} #${rng.int(100, 900)} completed: ${rng.pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILURE', 'UNSTABLE'])}` }; },
      () => ({ logger: 'hudson.model.AsyncPeriodicWork#lambda$doRun$1', msg: `Started ${rng.pick(['Download metadata', 'Fingerprint cleanup', 'Workspace clean-up', 'Periodic background build discarder'])}` }),
      () => ({ logger: 'hudson.model.AsyncPeriodicWork#lambda$doRun$1', msg: `Finished ${rng.pick(['Download metadata', 'Fingerprint cleanup', 'Workspace clean-up'])}. ${rng.int(3, 9000)} ms` }),
      () => { const j = rng.pick(JOBS); return { logger: 'o.j.p.g.w.s.DefaultPushGHEventSubscriber#onEvent', msg: `Received PushEvent for https://github.com/kveld/${j} from 140.82.115.${rng.int(2, 250)} ⇒ https://ci.kveld.example/github-webhook/` }; },
      () => { const j = rng.pick(JOBS); return { logger: 'o.j.p.g.w.s.DefaultPushGHEventSubscriber$1#run', msg: `Poked ${j}` }; },
    ])();
  const wizard = (pw) => `\n\n*************************************************************\n*************************************************************\n*************************************************************\n\nJenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n${pw}\n\nThis may also be found at: /var/lib/jenkins/secrets/initialAdminPassword\n\n*************************************************************\n*************************************************************\n*************************************************************\n`;
  const steps = [
    { raw: { logger: 'hudson.lifecycle.Lifecycle#onReady', msg: 'Starting version 2.528.2', tid: 1 }, after: 0 },
    { raw: { logger: 'jenkins.InitReactorRunner$1#onAttained', msg: 'Started initialization', tid: 30 }, after: 1 },
    { raw: { logger: 'jenkins.InitReactorRunner$1#onAttained', msg: 'Listed all plugins', tid: 31 }, after: 1 },
    plant('api-key-name', 'jenkins-setup-wizard-initial-admin-password', 'error', "The setup wizard's banner prints the initial admin password (32 hex, also in `secrets/initialAdminPassword`) on a line of its own: it unlocks the instance as administrator until setup is finished.", ({ rng }) => {
      const pw = rng.hex(32);
      return { value: pw, event: { logger: 'jenkins.install.SetupWizard#init', msg: wizard(pw), tid: 48 } };
    }, { after: 3 }),
    { raw: { logger: 'hudson.lifecycle.Lifecycle#onReady', msg: 'Jenkins is fully up and running', tid: 30 }, after: 2 },
    6,
    plant('negative', 'jenkins-csrf-invalid-crumb', 'none', "The CSRF filter names the crumb it rejected (`Found invalid crumb <64 hex>`): anti-forgery state bound to the session, no credential.", ({ rng }) => {
      const crumb = rng.hex(64);
      return { value: crumb, event: { level: 'WARNING', logger: 'hudson.security.csrf.CrumbFilter#doFilter', msg: `Found invalid crumb ${crumb}. If you are calling this URL with a script, please use the API Token instead. More information: https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script` } };
    }),
    6,
    plant('oauth-code', 'jenkins-oic-finishLogin-state-mismatch-code', 'warning', `${WHY.code} The OpenID Connect plugin refuses a callback whose \`state\` does not match the session (a second tab) and writes the callback URL with Dex's code; the code was never redeemed.`, ({ rng }) => {
      const code = lowerNum(rng, 25);
      return { value: code, event: { level: 'WARNING', logger: 'o.j.p.oic.OicSecurityRealm#doFinishLogin', msg: `Failed to complete login: state mismatch (no login session) for https://ci.kveld.example/securityRealm/finishLogin?code=${code}&state=${rng.b64url(22)}` } };
    }),
    6,
    plant('webhook', 'jenkins-google-chat-webhook-url', 'error', WHY.webhook('A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`) in the notification plugin\'s failure warning'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { level: 'WARNING', logger: 'i.j.p.googlechat.GoogleChatNotifier#perform', msg: `Failed to send notification to https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${token}: HTTP 503 Service Unavailable` } };
    }),
    6,
    plant('negative', 'jenkins-secret-encrypted-value', 'none', "A configuration-as-code warning prints a credential as Jenkins stores it, encrypted with the instance's master key (`{AQAAABAAAA…}`): encrypted, no credential.", ({ rng }) => {
      const enc = `{AQAAABAAAAAg${b64Of(rng.hex(48)).slice(0, 64)}}`;
      return { value: enc, event: { level: 'WARNING', logger: 'i.j.p.casc.impl.configurators.DataBoundConfigurator#tryConstructor', msg: `Ignoring unknown attribute "passwordScope" in credential "smtp-relay" (password: ${enc})` } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'ci.kveld.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout14');
writePart(join(here, 'heldout14'), {
  'vault_audit.log': vaultLog(rng),
  'meraki.log': merakiLog(rng),
  'solr.log': solrLog(rng),
  'connect.log': connectLog(rng),
  'server_audit.log': mariadbLog(rng),
  'production.log': railsLog(rng),
  'ghost.log': ghostLog(rng),
  'opensearch-audit.log': opensearchLog(rng),
  'mattermost.log': mattermostLog(rng),
  'conf_access_log.2026-12-16.log': confluenceLog(rng),
  'node-red.log': noderedLog(rng),
  'zscaler-web.log': zscalerLog(rng),
  'krakend.log': krakendLog(rng),
  'jenkins.log': jenkinsLog(rng),
});
