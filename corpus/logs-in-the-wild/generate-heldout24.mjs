// Writes corpus/logs-in-the-wild/heldout24/: a twenty-fourth held-out part, in formats no other part uses (Proxmox VE's
// pveproxy access log, Apache Camel's log component with `showAll` under Spring Boot, a Consul agent's debug log,
// Dapr's sidecar with API logging, an iOS app's Xcode console with Alamofire's cURL descriptions, Sonatype Nexus'
// request.log, Harbor's proxy.log, a TeamCity build log, `argo logs --timestamps` of an Argo Workflows run, a Fiddler
// Classic "Save as Text" export, a Prefect flow run's console, Oban's default JSON logger under Elixir's Logger, a
// MikroTik RouterOS web proxy log, a Dramatiq worker), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout24.mjs     rewrites heldout24/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Farmacia Carpați, an online pharmacy in Cluj-Napoca (Romanian, five logs: routes, messages and some
// parameter names in Romanian); Pannon Jegy, a concert and festival ticket seller in Budapest (Hungarian, five logs);
// Sen Vàng, a homestay booking service in Đà Nẵng (Vietnamese, four logs). Code, most parameter names and library
// messages stay in English, as these teams write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, hms, hmsMs, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymd } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-httpx/0.28.1', 'okhttp/5.3.0', 'Go-http-client/2.0', 'Alamofire/5.10.2', 'Apache-HttpClient/5.5'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 0, 19, 0, 0, 0);
const { firstUse, gap } = replayClock();
const zone = (offset, colon = false) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
const enc = encodeURIComponent;

// Farmacia Carpați (Romanian, Cluj-Napoca: UTC+2 in January).
const RO = 120;
const RO_WWW = 'www.farmaciacarpati.example';
const RO_CONT = 'cont.farmaciacarpati.example';
const RO_API = 'api.farmaciacarpati.example';
const comanda = (rng) => `FC-${rng.int(1000000, 9999999)}`;
const ORASE = ['Cluj-Napoca', 'Turda', 'Dej', 'Bistrita', 'Zalau', 'Alba-Iulia'];
// Pannon Jegy (Hungarian, Budapest: UTC+1).
const HU = 60;
const HU_WWW = 'www.pannonjegy.example';
const HU_SSO = 'sso.pannonjegy.example';
const HU_API = 'api.pannonjegy.example';
const jegyszam = (rng) => `PJ-${rng.int(10000000, 99999999)}`;
const HELYSZINEK = ['budapest-park', 'mupa', 'akvarium-klub', 'barba-negra', 'papp-laszlo-arena'];
// Sen Vàng (Vietnamese, Đà Nẵng: UTC+7).
const VN = 420;
const VN_WWW = 'senvang.example';
const VN_API = 'api.senvang.example';
const VN_PMS = 'pms.senvang.example';
const maDatPhong = (rng) => `SV-${upperNum(rng, 8)}`;
const PHUONG = ['hai-chau', 'son-tra', 'ngu-hanh-son', 'hoi-an', 'my-khe'];

// ---------------------------------------------------------------------------------------------------------------------
// access.log: Farmacia Carpați's Proxmox VE 9 node, pveproxy's `/var/log/pveproxy/access.log` (`<client> - <user>
// [<dd/mm/yyyy:HH:MM:SS +zzzz>] "<request line>" <status> <bytes>`; the client as an IPv4-mapped IPv6 address, the
// month as a number, local time with its offset). The GUI's OpenID Connect realm returns to `/?state=…&code=…`; noVNC
// consoles open `vncwebsocket?port=…&vncticket=PVEVNC:…`.
// https://pve.proxmox.com/pve-docs/pveproxy.8.html, https://pve.proxmox.com/wiki/User_Management#pveum_openid

function pveproxyLog(rng) {
  const when = (ms) => {
    const d = local(ms, RO);
    return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}:${d.slice(11, 19)} ${zone(RO)}`;
  };
  const render = (e) => [`::ffff:${e.ip} - ${e.user ?? 'root@pam'} [${when(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api2/json/cluster/resources', query: `type=${rng.pick(['vm', 'storage', 'node'])}` }),
      () => ({ path: '/api2/json/nodes/pve1/status' }),
      () => ({ path: `/api2/json/nodes/pve1/qemu/${rng.int(100, 112)}/rrddata`, query: `timeframe=hour&cf=AVERAGE` }),
      () => ({ path: '/api2/json/cluster/tasks' }),
      () => ({ path: '/api2/json/version' }),
      () => ({ path: '/api2/json/nodes/pve1/storage/local-lvm/status' }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'pveproxy-openid-realm-root-code', 'warning', `${WHY.code} Proxmox VE's OpenID Connect realm sends the browser back to the GUI's root (\`/?state=…&code=…\`), which pveproxy writes with its query before the GUI posts the code to \`/api2/json/access/openid/login\`.`, ({ rng }) => {
      const code = rng.b64url(48);
      return { value: code, event: { user: '-', path: '/', query: `state=${rng.hex(32)}&code=${code}`, bytes: 2944, ip: '198.51.100.57' } };
    }),
    4,
    plant('negative', 'pveproxy-upid-task-status', 'none', 'A task id (UPID: node, pid, start time, task type, guest and user in hex and clear) polled for its status: an id of a job, no credential.', ({ rng }) => {
      const upid = `UPID%3Apve1%3A000${rng.hex(5).toUpperCase()}%3A0${rng.hex(7).toUpperCase()}%3A${rng.hex(8).toUpperCase()}%3Aqmstart%3A104%3Aroot%40pam%3A`;
      return { value: upid, event: { path: `/api2/json/nodes/pve1/tasks/${upid}/status` } };
    }),
    3,
    plant('replay', 'pveproxy-vncwebsocket-vncticket', 'note', WHY.ticketFirst("A `vncticket` (`PVEVNC:<time>::<signature>`, percent-encoded) that `vncproxy` issued for one noVNC connection to the pharmacy's database VM (`vncwebsocket?port=…&vncticket=…`)"), ({ rng, t }) => {
      firstUse.vnc = t;
      const tk = `PVEVNC%3A${rng.hex(8).toUpperCase()}%3A%3A${enc(rng.bytes(96).toString('base64'))}`;
      return { value: tk, event: { path: '/api2/json/nodes/pve1/qemu/101/vncwebsocket', query: `port=5901&vncticket=${tk}`, status: 101, bytes: 0, ip: '198.51.100.57' } };
    }, { ref: 'vnc' }),
    3,
    plant('replay', 'pveproxy-vncwebsocket-vncticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('vnc').value, why: `${WHY.replay('vncticket', gap('vnc', t))} The client address that opens each line shows the two clients.` }], event: { path: '/api2/json/nodes/pve1/qemu/101/vncwebsocket', query: `port=5901&vncticket=${refs.get('vnc').value}`, status: 101, bytes: 0, ip: '203.0.113.189' } }), { replayOf: 'vnc', after: 38 }),
    4,
    plant('negative', 'pveproxy-extjs-_dc-cache-buster', 'none', "ExtJS' cache buster `_dc=<epoch ms>` on a backup listing: a time, no credential.", ({ t }) => {
      const v = `_dc=${t + 117}`;
      return { value: v, event: { path: '/api2/json/nodes/pve1/storage/backup-nas/content', query: `content=backup&${v}` } };
    }),
    3,
    plant('session-id', 'pveproxy-novnc-link-PVEAuthCookie', 'error', WHY.session("A console link a script built for the night shift, `/?console=kvm&novnc=1&…&PVEAuthCookie=PVE:root@pam:<time>::<signature>` (percent-encoded): the GUI's ticket, a root session for two hours"), ({ rng }) => {
      const sig = enc(rng.bytes(96).toString('base64'));
      return { value: sig, event: { user: '-', path: '/', query: `console=kvm&novnc=1&vmid=101&vmname=farmacie-db&node=pve1&resize=off&PVEAuthCookie=PVE%3Aroot%40pam%3A${rng.hex(8).toUpperCase()}%3A%3A${sig}`, bytes: 2944 } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'pve1.farmaciacarpati.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// integrare.log: Farmacia Carpați's integration service, Apache Camel 4.14 on Spring Boot 3.5 with the default console
// format (`<ISO time with offset> <LEVEL> <pid> --- [<app>] [<thread>] <logger, abbreviated> : <message>`). Two `log:`
// endpoints with `showAll=true` (`log:intrare?showAll=true`, `log:iesire?showAll=true`) write each exchange before and
// after the route (`Exchange[Id: …, RouteGroup: …, RouteId: …, ExchangePattern: …, Properties: {…}, Headers: {…},
// BodyType: …, Body: …]`); Camel masks `password=` in endpoint URIs it prints (`xxxxxx`).
// https://camel.apache.org/components/latest/log-component.html, https://docs.spring.io/spring-boot/reference/features/logging.html

function camelLog(rng) {
  const at = (ms) => `${local(ms, RO).slice(0, 23)}${zone(RO, true)}`;
  const line = (ms, level, thread, logger, msg) => `${at(ms)} ${level.padStart(5)} 1 --- [farmacie-integrare] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
  const exId = () => `${rng.hex(15).toUpperCase()}-${pad(rng.int(1, 9999), 16)}`;
  const render = (e, rng) => {
    if (e.app) return [line(e.t, e.level ?? 'INFO', e.thread ?? 'main', e.logger ?? 'r.f.integrare.SincronizareStoc', e.app)];
    const headers = { Accept: '*/*', CamelHttpMethod: e.method, CamelHttpPath: e.path, ...(e.query ? { CamelHttpQuery: e.query } : {}), CamelHttpUri: e.path, Host: RO_API, 'User-Agent': e.ua, ...(e.headers ?? {}) };
    const map = (o) => `{${Object.entries(o).map(([k, v]) => `${k}=${v}`).join(', ')}}`;
    const id = exId();
    const body = e.body ?? '';
    const ex = (ep) => `Exchange[Id: ${id}, RouteGroup: null, RouteId: ${e.route ?? 'api-rest'}, ExchangePattern: InOut, Properties: ${map({ CamelToEndpoint: ep, ...(e.props ?? {}) })}, Headers: ${map(headers)}, BodyType: ${e.bodyType ?? (body ? 'String' : 'null')}, Body: ${body || '[Body is null]'}]`;
    const thread = `XNIO-1 task-${rng.int(1, 16)}`;
    return [
      line(e.t, 'INFO', thread, 'intrare', ex('log://intrare?showAll=true')),
      line(e.t + e.ms, 'INFO', thread, 'iesire', ex(e.toEndpoint ?? 'log://iesire?showAll=true')),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/stoc', query: `depozit=CJ-0${rng.int(1, 4)}&pagina=${rng.int(1, 9)}` }),
      () => ({ path: `/api/comenzi/${comanda(rng)}` }),
      () => ({ path: '/api/farmacii', query: `oras=${rng.pick(ORASE)}` }),
      () => ({ app: `Stoc sincronizat: ${rng.int(40, 900)} produse actualizate in ${rng.int(200, 4000)} ms` }),
      () => ({ app: `Route: comenzi-noi started and consuming from: timer://comenzi-noi`, logger: 'o.a.c.i.engine.AbstractCamelContext' }),
    ])();
  const header = [
    `${at(DAY0 + 6 * HOUR)}  INFO 1 --- [farmacie-integrare] [           main] r.f.integrare.IntegrareApplication       : Starting IntegrareApplication v2.7.3 using Java 21.0.9 with PID 1`,
    `${at(DAY0 + 6 * HOUR + 4210)}  INFO 1 --- [farmacie-integrare] [           main] o.a.c.i.engine.AbstractCamelContext      : Apache Camel 4.14.1 (farmacie-integrare) started in 612ms (build:89ms init:0ms start:523ms boot:3s)`,
  ];
  const steps = [
    3,
    plant('oauth-code', 'camel-headers-CamelHttpQuery-autentificare-callback-code', 'warning', `${WHY.code} The route of \`/autentificare/callback\` logs the exchange with \`showAll\`: the query is in \`CamelHttpQuery\`, written before and after the route.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/autentificare/callback', query: `code=${code}&state=${rng.hex(32)}`, ua: BROWSERS[1], route: 'autentificare' } };
    }),
    3,
    plant('negative', 'camel-cheie-sort-key', 'none', 'A sort key (`cheie=data_comenzii`, "key = order date") in a listing query: a word named like a key, no credential.', ({ rng }) => {
      const v = `cheie=data_comenzii&ordine=desc&pagina=${rng.int(2, 9)}`;
      return { value: v, event: { path: '/api/comenzi', query: v } };
    }),
    3,
    plant('id-token', 'camel-headers-CamelHttpQuery-deconectare-id_token_hint', 'error', 'The sign-out route `/deconectare?id_token_hint=<JWT>` logged with `showAll`: the ID token (identity claims) is in `CamelHttpQuery`, live when logged (Spring Boot writes the offset).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 3000), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${RO_CONT}`, aud: 'farmacie-web', sub: rng.uuid(), email: 'ioana.muresan@mail.example', name: 'Ioana Mureșan' } });
      return { value: token, jwt: facts, event: { path: '/deconectare', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${RO_WWW}%2F`, ua: BROWSERS[0], route: 'deconectare' } };
    }),
    3,
    plant('header-dump', 'camel-headers-Authorization-Bearer-jwt', 'error', "A wholesaler's order push logged with `showAll`: the exchange's headers carry `Authorization=Bearer <JWT>`, an access token valid 5 min with a jti, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.hex(12), claims: { iss: 'https://auth.angro-medica.example', aud: 'farmacie-api', sub: 'angro-medica', scope: 'comenzi:scriere' } });
      return { value: token, jwt: facts, event: { method: 'POST', path: '/api/angro/comenzi', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: `{"comanda":"${comanda(rng)}","linii":${rng.int(2, 40)}}`, ua: 'Apache-HttpClient/5.5', route: 'angro-comenzi' } };
    }),
    3,
    plant('api-key-name', 'camel-headers-CamelHttpQuery-cheie_api', 'error', `${WHY.apiKey('cheie_api')} A price feed calls the stock API with the key in the query (\`CamelHttpQuery\`), written before and after the route.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/stoc/preturi', query: `cheie_api=${key}&format=json`, ua: 'python-httpx/0.28.1' } };
    }),
    3,
    plant('framework-dump', 'camel-body-LinkedHashMap-parola', 'error', "A route that logs its body as a `java.util.LinkedHashMap` (`{k=v, …}`) with the wholesaler portal's `parola` (password) in clear: a service account's password.", ({ rng }) => {
      const pw = `${rng.alnum(12)}!${rng.int(10, 99)}`;
      return { value: pw, event: { method: 'POST', path: '/intern/angro/autentificare', bodyType: 'java.util.LinkedHashMap', body: `{utilizator=farmacie-sync, parola=${pw}, depozit=CJ-02}`, ua: 'Apache-HttpClient/5.5', route: 'angro-login' } };
    }),
    3,
    plant('webhook', 'camel-properties-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`https://webexapis.com/v1/webhooks/incoming/<id>`) as the route\'s `CamelToEndpoint` property in the after line'), ({ rng }) => {
      const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: id, event: { method: 'POST', path: '/intern/alerte/stoc-critic', body: `{"markdown":"Stoc critic: ${rng.int(3, 30)} produse"}`, toEndpoint: `https://webexapis.com/v1/webhooks/incoming/${id}`, route: 'alerte' } };
    }),
    3,
    plant('refresh-token', 'camel-body-refresh_token-form', 'error', `${WHY.refresh} The route that renews the courier API's token logs its form body (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = rng.alnum(64);
      return { value: rt, event: { method: 'POST', path: '/intern/curier/token', body: `grant_type=refresh_token&refresh_token=${rt}&client_id=farmacie-curier`, route: 'curier-token' } };
    }),
    3,
    plant('negative', 'camel-masked-sftp-password', 'none', "Camel's own masking of an endpoint URI it prints (`password=xxxxxx`): a placeholder, no credential.", ({ rng }) => {
      const v = `sftp://farmacie@sftp.depozit-${rng.int(10, 99)}.example:22/export?password=xxxxxx`;
      return { value: v, event: { app: `Failed delivery for (MessageId: ${rng.hex(15).toUpperCase()}-${pad(rng.int(1, 999), 16)} on ExchangeId: ${rng.hex(15).toUpperCase()}-${pad(rng.int(1, 999), 16)}). On delivery attempt: 3 caught: org.apache.camel.component.file.GenericFileOperationFailedException: Cannot connect to ${v}`, level: 'WARN', logger: 'o.a.c.p.e.DefaultErrorHandler', thread: 'Camel (farmacie-integrare) thread #4 - sftp://farmacie@sftp' } };
    }),
    3,
    plant('embed-jwt', 'camel-headers-incorporare-raport-expired', 'note', "The pharmacist dashboard's embedded report (`/incorporare/raport/<JWT>`) opened a day after its token expired: a dead token (note; Spring Boot writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + rng.int(600, 7200), claims: { resursa: { raport: rng.int(3, 40) }, params: { farmacie: 'CJ-02' } } });
      return { value: token, jwt: facts, event: { path: `/incorporare/raport/${token}`, ua: BROWSERS[3], route: 'rapoarte' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 10 * MIN, site: { host: RO_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// consul.log: Farmacia Carpați's Consul 1.21 agent with `log_level = "debug"` and `log_file` (hclog: `<ISO time with
// offset> [<LEVEL>] <logger>: <message>: key=value …`): `agent.http: Request finished: method=… url=… from=… latency=…`
// for each API call (Consul writes a `token` query parameter as `<hidden>`), watch handlers' errors with the URL Go's
// net/http quotes.
// https://developer.hashicorp.com/consul/docs/reference/agent/configuration-file/log, a log quoted in
// https://github.com/G-Research/consuldotnet/issues/233

function consulLog(rng) {
  const at = (ms) => `${local(ms, RO).slice(0, 23)}${zone(RO)}`;
  const render = (e, rng) => {
    if (e.app) return [`${at(e.t)} [${e.level ?? 'INFO'}]${e.level === 'ERROR' || e.level === 'DEBUG' ? ' ' : '  '}${e.app}`];
    return [`${at(e.t)} [DEBUG] agent.http: Request finished: method=${e.method} url=${target(e)} from=127.0.0.1:${e.port} latency=${rng.int(80, 990)}.${rng.int(100, 999)}µs`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/health/service/${rng.pick(['comenzi', 'stoc', 'plati', 'curier'])}`, query: 'passing=1' }),
      () => ({ path: '/v1/agent/self' }),
      () => ({ path: '/v1/catalog/services' }),
      () => ({ method: 'PUT', path: `/v1/agent/check/pass/service:comenzi-${rng.int(1, 3)}` }),
      () => ({ app: `agent: Synced check: check=service:stoc-${rng.int(1, 3)}` }),
      () => ({ app: 'agent.server.raft: heartbeat timeout reached, not part of a stable configuration or a non-voter, not triggering a leader election', level: 'DEBUG' }),
    ])();
  const steps = [
    4,
    plant('negative', 'consul-token-hidden', 'none', "Consul writes a `token` query parameter as `<hidden>` in its request log: a placeholder, no credential.", ({ rng }) => {
      const v = `/v1/kv/farmacie/config-${rng.int(10, 99)}?recurse=true&token=<hidden>`;
      return { value: v, event: { path: v.split('?')[0], query: v.split('?')[1] } };
    }),
    3,
    plant('session-id', 'consul-kv-sesiuni-key', 'error', WHY.session('The shop keeps its web sessions in Consul KV under `sesiuni/<session id>`; the request log writes the key, the session id itself'), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { path: `/v1/kv/sesiuni/${sid}` } };
    }),
    3,
    plant('webhook', 'consul-watch-handler-rocketchat-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) that a watch's `http_handler_config` posts to, quoted in the handler's error"), ({ rng }) => {
      const tok = `${rng.alnum(17)}/${rng.alnum(48)}`;
      return { value: tok, event: { level: 'ERROR', app: `agent.watch.watch: Failed to invoke http watch handler: error="Post \\"https://chat.farmaciacarpati.example/hooks/${tok}\\": dial tcp 198.51.100.80:443: i/o timeout"` } };
    }),
    3,
    plant('api-key-name', 'consul-watch-handler-cheie_api', 'error', `${WHY.apiKey('cheie_api')} A second watch handler calls the notification service with the key in its URL, quoted in the handler's error.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { level: 'ERROR', app: `agent.watch.watch: Failed to invoke http watch handler: error="Post \\"https://notificari.farmaciacarpati.example/consul/servicii?cheie_api=${key}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"` } };
    }),
    3,
    plant('negative', 'consul-session-renew-lock-id', 'none', "A Consul session id (`/v1/session/renew/<uuid>`): a lock's lease, not a login; using it needs an ACL token (no credential).", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'PUT', path: `/v1/session/renew/${id}` } };
    }),
    3,
    plant('encoded', 'consul-watch-handler-percent-encoded-jeton', 'error', 'A watch handler URL whose `revenire` ("return") parameter holds a URL with `jeton=<token>` percent-encoded once (`%3Fjeton%3D…`), quoted in the handler\'s error: an API token of the admin app.', ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { level: 'ERROR', app: `agent.watch.watch: Failed to invoke http watch handler: error="Post \\"https://admin.farmaciacarpati.example/intern/reincarcare?revenire=https%3A%2F%2Fadmin.farmaciacarpati.example%2Fpanou%3Fjeton%3D${tok}\\": EOF"` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'consul.farmaciacarpati.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// daprd.log: `kubectl logs <pod> -c daprd` of Farmacia Carpați's order service with Dapr 1.16's sidecar started with
// `--enable-api-logging` (logrus' text format: `time="<RFC 3339, UTC>" level=info msg="HTTP API Called" app_id=…
// instance=… method="<METHOD> <path>" scope=dapr.runtime.http-info type=log useragent=… ver=…`).
// https://docs.dapr.io/operations/troubleshooting/api-logs-troubleshooting, https://docs.dapr.io/operations/troubleshooting/logs-troubleshooting

function daprLog(rng) {
  const pod = `comenzi-7d9f8b6c4d-${rng.lowerNum(5)}`;
  const at = (ms) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e, rng) => {
    if (e.app) return [`time="${at(e.t)}" level=${e.level ?? 'info'} msg="${e.app}" app_id=comenzi instance=${pod} scope=${e.scope ?? 'dapr.runtime'} type=log ver=1.16.2`];
    return [`time="${at(e.t)}" level=info msg="HTTP API Called" app_id=comenzi instance=${pod} method="${e.method} ${e.path}" scope=dapr.runtime.http-info type=log useragent=${e.ua.startsWith('Mozilla') ? 'Go-http-client/1.1' : e.ua} ver=1.16.2`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1.0/state/statestore/${comanda(rng)}` }),
      () => ({ method: 'POST', path: '/v1.0/publish/pubsub/comenzi-noi' }),
      () => ({ path: `/v1.0/invoke/stoc/method/api/produse/${rng.int(10000, 99999)}` }),
      () => ({ path: '/v1.0/healthz' }),
      () => ({ app: `Received component update for: statestore`, scope: 'dapr.runtime.processor' }),
    ])();
  const ua = 'Go-http-client/1.1';
  const steps = [
    4,
    plant('path-secret', 'dapr-invoke-resetare-parola-path', 'error', WHY.pathSecret("A password reset link's token forwarded through service invocation (`/v1.0/invoke/conturi/method/resetare-parola/<token>`): the sidecar's API log writes the path"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: `/v1.0/invoke/conturi/method/resetare-parola/${tok}`, ua } };
    }),
    3,
    plant('negative', 'dapr-secrets-store-key-name', 'none', 'A secret read from the secret store by name (`/v1.0/secrets/azurekv/smtp-parola`): the name of a secret, not its value.', ({ rng }) => {
      const v = `/v1.0/secrets/azurekv/smtp-parola-${rng.int(2, 9)}`;
      return { value: v, event: { path: v, ua } };
    }),
    3,
    plant('session-id', 'dapr-state-sesiuni-key', 'error', WHY.session('The session state read by key (`/v1.0/state/sesiuni/<session id>`): the key is the session id'), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: `/v1.0/state/sesiuni/${sid}`, ua } };
    }),
    3,
    plant('embed-jwt', 'dapr-invoke-incorporare-raport-jwt-120s', 'warning', "The reports service invoked with an embed token in the path (`/incorporare/raport/<JWT>`) valid 120 s without `jti`: short-lived but replayable inside its window (warning; logrus writes UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 30), claims: { resursa: { raport: rng.int(3, 40) }, params: { oras: rng.pick(ORASE) } } });
      return { value: token, jwt: facts, event: { path: `/v1.0/invoke/rapoarte/method/incorporare/raport/${token}`, ua } };
    }),
    3,
    plant('path-secret', 'dapr-invoke-invitatie-path', 'error', WHY.pathSecret('A pharmacist\'s invitation token forwarded through service invocation (`/v1.0/invoke/conturi/method/invitatie/<token>/acceptare`)'), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { method: 'POST', path: `/v1.0/invoke/conturi/method/invitatie/${tok}/acceptare`, ua } };
    }),
    3,
    plant('negative', 'dapr-actor-id-uuid', 'none', 'An actor id (`/v1.0/actors/CosCumparaturi/<uuid>/method/adauga`): a shopping cart actor\'s id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'PUT', path: `/v1.0/actors/CosCumparaturi/${id}/method/adauga`, ua } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'comenzi', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// xcode-console.txt: the Xcode 26 debug console of Farmacia Carpați's iOS app in a TestFlight build run from Xcode:
// `NSLog` lines (`<yyyy-MM-dd HH:mm:ss.SSSSSS+zzzz> <app>[<pid>:<tid>] <message>`) and Alamofire 5's
// `request.cURLDescription()` printed through NSLog (`$ curl -v \`, then one `\t-X …`, `\t-H "…"`, `\t-d "…"` and
// the quoted URL a line, under the timed head).
// https://github.com/Alamofire/Alamofire/blob/master/Documentation/AdvancedUsage.md (cURLDescription),
// https://developer.apple.com/documentation/foundation/1395275-nslog

function xcodeLog(rng) {
  const pid = rng.int(1200, 9800);
  const head = (ms) => `${ymd(ms, RO)} ${local(ms, RO).slice(11, 23)}${digits(rng, 3)}${zone(RO)} Farmacia[${pid}:${rng.int(100000, 999999)}]`;
  const render = (e) => {
    if (e.log) return [`${head(e.t)} ${e.log}`];
    const url = `https://${e.host}${target(e)}`;
    const lines = [`${head(e.t)} $ curl -v \\`, `\t-X ${e.method} \\`];
    for (const [k, v] of e.headers ?? [['Accept-Encoding', 'br;q=1.0, gzip;q=0.9, deflate;q=0.8'], ['Accept-Language', 'ro-RO;q=1.0, en-RO;q=0.9'], ['User-Agent', 'Farmacia/4.12.0 (ro.farmaciacarpati.app; build:812; iOS 26.1.0) Alamofire/5.10.2']]) lines.push(`\t-H "${k}: ${v}" \\`);
    if (e.data) lines.push(`\t-d "${e.data}" \\`);
    lines.push(`\t"${url}"`);
    if (e.showResponse) lines.push(`${head(e.t + e.ms)} [Retea] ${e.status} ${e.method} ${url} (${e.ms} ms)`);
    return lines;
  };
  const std = (extra = []) => [['Accept-Encoding', 'br;q=1.0, gzip;q=0.9, deflate;q=0.8'], ['Accept-Language', 'ro-RO;q=1.0, en-RO;q=0.9'], ...extra, ['User-Agent', 'Farmacia/4.12.0 (ro.farmaciacarpati.app; build:812; iOS 26.1.0) Alamofire/5.10.2']];
  const filler = (rng) =>
    rng.pick([
      () => ({ log: `[Catalog] ${rng.int(20, 80)} produse incarcate (pagina ${rng.int(1, 9)})` }),
      () => ({ log: `[UI] viewDidAppear: CosViewController` }),
      () => ({ path: '/v2/catalog', query: `categorie=${rng.pick(['vitamine', 'dermato', 'copii', 'raceala'])}&pagina=${rng.int(1, 6)}`, host: RO_API }),
      () => ({ path: `/v2/comenzi/${comanda(rng)}/stare`, host: RO_API }),
    ])();
  const header = ['Message from debugger: Xcode has killed the target', 'Farmacia(1) will run on iPhone 17 Pro (26.1)'];
  const steps = [
    3,
    plant('negative', 'xcode-apns-device-token', 'none', "The APNs device token the app prints at registration: a push address for this device, useless without the provider's key (no credential).", ({ rng }) => {
      const dt = rng.hex(64);
      return { value: dt, event: { log: `[Notificari] Device token: ${dt}` } };
    }),
    3,
    plant('oauth-code', 'xcode-nslog-custom-scheme-callback-code', 'warning', `${WHY.code} The app's sign-in (ASWebAuthenticationSession) prints the callback URL it received, \`ro.farmaciacarpati.app://oauth/callback?code=…&state=…\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { log: `[Autentificare] callback: ro.farmaciacarpati.app://oauth/callback?code=${code}&state=${rng.hex(24)}` } };
    }),
    3,
    plant('header-dump', 'xcode-alamofire-curl-Authorization-Bearer', 'error', "Alamofire's cURL description writes every header of the request, here `Authorization: Bearer <opaque access token>` on its own line under the timed head.", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { path: '/v2/cont/retete', host: RO_API, headers: std([['Authorization', `Bearer ${tok}`]]) } };
    }),
    3,
    plant('implicit-fragment', 'xcode-nslog-deep-link-fragment-access_token', 'error', "A deep link the app handles, `ro.farmaciacarpati.app://autentificare#access_token=<JWT>&token_type=Bearer`, printed on arrival: an access token valid 1 h with a jti, live when logged (NSLog writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 40), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${RO_CONT}`, aud: 'farmacie-ios', sub: rng.uuid(), scope: 'openid profil comenzi' } });
      return { value: token, jwt: facts, event: { log: `[DeepLink] deschid ro.farmaciacarpati.app://autentificare#access_token=${token}&token_type=Bearer&expires_in=3600` } };
    }),
    3,
    plant('refresh-token', 'xcode-alamofire-curl-d-refresh_token', 'error', `${WHY.refresh} Alamofire's cURL description writes the JSON body of the token refresh (\`-d "{\\"grant_type\\":\\"refresh_token\\",\\"refresh_token\\":…}"\`).`, ({ rng }) => {
      const rt = rng.b64url(86);
      return { value: rt, event: { method: 'POST', path: '/oauth/token', host: RO_CONT, headers: std([['Content-Type', 'application/json']]), data: `{\\"grant_type\\":\\"refresh_token\\",\\"refresh_token\\":\\"${rt}\\",\\"client_id\\":\\"farmacie-ios\\"}` } };
    }),
    3,
    plant('api-key-name', 'xcode-alamofire-curl-url-cheie', 'error', `${WHY.apiKey('cheie')} The pharmacy locator's URL carries the maps key (\`cheie=\`): the cURL description's URL line and the app's response line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { path: '/v1/farmacii/aproape', query: `lat=46.77${rng.int(10, 99)}&lng=23.59${rng.int(10, 99)}&raza=3000&cheie=${key}`, host: 'harti.farmaciacarpati.example', showResponse: true } };
    }),
    3,
    plant('id-token', 'xcode-nslog-deconectare-id_token_hint-expired', 'note', "A sign-out URL the app prints with `id_token_hint=<JWT>` that expired two hours before (the app was left in the background): identity claims, but expired when logged (note; NSLog writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3 * 3600 + rng.int(60, 900), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${RO_CONT}`, aud: 'farmacie-ios', sub: rng.uuid(), name: 'Andrei Pop' } });
      return { value: token, jwt: facts, event: { log: `[Deconectare] URL: https://${RO_CONT}/deconectare?id_token_hint=${token}&post_logout_redirect_uri=ro.farmaciacarpati.app%3A%2F%2Fiesire` } };
    }),
    3,
    plant('negative', 'xcode-curl-X-Request-Id', 'none', 'A request id header (`X-Request-Id: <uuid>`) in the cURL description: a correlation id, no credential.', ({ rng }) => {
      const id = rng.uuid().toUpperCase();
      return { value: id, event: { path: '/v2/cos', host: RO_API, headers: std([['X-Request-Id', id]]) } };
    }),
    3,
    plant('embed-jwt', 'xcode-nslog-webview-incorporare-jwt-1h', 'error', "A web view loading the pharmacist's embedded sales report, `/incorporare/vanzari/<JWT>`, with a token valid 1 h (with a jti): replayable for an hour by whoever reads it (error; NSLog writes the offset).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), jti: true, claims: { resursa: { panou: rng.int(2, 20) }, params: { farmacie: 'CJ-05' } } });
      return { value: token, jwt: facts, event: { log: `[WebView] incarc https://rapoarte.farmaciacarpati.example/incorporare/vanzari/${token}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: RO_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// request.log: Pannon Jegy's Sonatype Nexus Repository 3.86, `log/request.log` (logback-access:
// `%clientHost %l %user [%date] "%requestURL" %statusCode %header{Content-Length} %bytesSent %elapsedTime
// "%header{User-Agent}" [%thread]`, local time with its offset).
// https://help.sonatype.com/en/logging.html (request.log), https://logback.qos.ch/access.html

function nexusLog(rng) {
  const render = (e) => [`${e.ip} - ${e.user ?? 'ci-deploy'} [${clf(e.t, HU)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.method === 'PUT' ? e.bytes : '-'} ${e.method === 'PUT' ? 0 : e.bytes} ${e.ms} "${e.ua}" [qtp${rng.int(100000000, 999999999)}-${rng.int(40, 400)}]`];
  const filler = (rng) =>
    rng.pick([
      () => ((v) => ({ path: `/repository/maven-public/org/springframework/boot/spring-boot/${v}/spring-boot-${v}.pom`, ua: 'Apache-Maven/3.9.11 (Java 21.0.9; Linux 6.8.0-88-generic)' }))(`3.5.${rng.int(0, 8)}`),
      () => ({ path: `/repository/npm-group/@angular%2fcore`, ua: 'npm/11.6.2 node/v22.21.0 linux x64 workspaces/false' }),
      () => ({ path: '/service/rest/v1/status', user: '-', ua: 'kube-probe/1.33' }),
      () => ({ path: `/repository/docker-group/v2/pannonjegy/jegy-api/manifests/1.${rng.int(0, 30)}.${rng.int(0, 9)}`, ua: 'containerd/2.1.4' }),
    ])();
  const steps = [
    4,
    plant('api-key-name', 'nexus-raw-hozzaferesi_kulcs', 'error', `${WHY.apiKey('hozzaferesi_kulcs')} A finance script downloads the nightly export from a raw repository with an access key in the query (\`hozzaferesi_kulcs=\`, "access key"), which Nexus' request log writes.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/repository/raw-penzugy/export/napi-jegyek.csv', query: `hozzaferesi_kulcs=${key}`, user: '-', ua: 'python-httpx/0.28.1' } };
    }),
    3,
    plant('negative', 'nexus-maven-snapshot-timestamp', 'none', "A Maven SNAPSHOT's timestamped file name (`<version>-<yyyyMMdd.HHmmss>-<build>`): a build stamp, no credential.", ({ rng }) => {
      const v = `2.4.0-20270118.${pad(rng.int(0, 23))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}-${rng.int(2, 60)}`;
      return { value: v, event: { method: 'PUT', path: `/repository/maven-snapshots/hu/pannonjegy/jegy-core/2.4.0-SNAPSHOT/jegy-core-${v}.jar`, status: 201, ua: 'Apache-Maven/3.9.11 (Java 21.0.9; Linux 6.8.0-88-generic)' } };
    }),
    3,
    plant('replay', 'nexus-raw-letoltesi_jegy', 'note', WHY.ticketFirst('An opaque `letoltesi_jegy` ("download ticket") in the link to the door-scanner app\'s release (`/repository/raw-kiadasok/…apk?letoltesi_jegy=…`, one download per link)'), ({ rng, t }) => {
      firstUse.jegy = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/repository/raw-kiadasok/belepteto/belepteto-3.2.1.apk', query: `letoltesi_jegy=${tk}`, user: '-', bytes: 48211337, ua: BROWSERS[4], ip: '198.51.100.142' } };
    }, { ref: 'jegy' }),
    3,
    plant('replay', 'nexus-raw-letoltesi_jegy', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('jegy').value, why: `${WHY.replay('letoltesi_jegy', gap('jegy', t))} The client address that opens each line shows the two clients.` }], event: { path: '/repository/raw-kiadasok/belepteto/belepteto-3.2.1.apk', query: `letoltesi_jegy=${refs.get('jegy').value}`, user: '-', bytes: 48211337, ua: 'Wget/1.25.0', ip: '203.0.113.77' } }), { replayOf: 'jegy', after: 131 }),
    3,
    plant('negative', 'nexus-docker-blob-digest', 'none', 'A Docker blob digest (`sha256:<64 hex>`) in a registry path: a content hash, no credential.', ({ rng }) => {
      const d = `sha256:${rng.hex(64)}`;
      return { value: d, event: { path: `/repository/docker-group/v2/pannonjegy/jegy-api/blobs/${d}`, ua: 'containerd/2.1.4', bytes: rng.int(100000, 9000000) } };
    }),
    3,
    plant('session-id', 'nexus-jsessionid-path-parameter', 'error', WHY.session("A Jetty session id rewritten into the URL (`;jsessionid=node0…`) by a bookmark of Nexus' UI"), ({ rng }) => {
      const sid = `node0${rng.lowerNum(26)}${rng.int(1, 9)}`;
      return { value: sid, event: { path: `/service/rest/v1/repositories;jsessionid=${sid}.node0`, user: 'kovacs.anna', ua: BROWSERS[3] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'nexus.pannonjegy.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// proxy.log: Pannon Jegy's Harbor 2.14 registry, `/var/log/harbor/proxy.log` written by the harbor-log container's
// rsyslog (`<Mon dd HH:MM:SS> <container address> proxy[<pid>]: …`, local time, no year) from Harbor's nginx with its
// `timed_combined` format (`$remote_addr - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"
// $request_time $upstream_response_time $pipe`). Harbor's OIDC sign-in returns to `/c/oidc/callback?code=…&state=…`.
// https://goharbor.io/docs/2.14.0/administration/configure-authentication/oidc-auth/, Harbor's
// make/photon/prepare/templates/nginx/nginx.http.conf.jinja (the log format)

function harborLog(rng) {
  const when = (ms) => {
    const d = new Date(ms + HU * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(ms, HU)}`;
  };
  const render = (e) => [`${when(e.t)} 172.18.0.1 proxy[7]: ${e.ip} - "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${(e.ms / 1000).toFixed(3)} ${(e.ms / 1000 - 0.001).toFixed(3)} .`];
  const docker = 'docker/27.4.1 go/go1.22.10 git-commit/c710b88 kernel/6.8.0-88-generic os/linux arch/amd64 UpstreamClient(Docker-Client/27.4.1 \\(linux\\))';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v2/', status: 401, bytes: 76, ua: docker }),
      () => ({ path: `/v2/jegy/jegy-api/manifests/1.${rng.int(0, 30)}.${rng.int(0, 9)}`, ua: docker }),
      () => ({ path: '/api/v2.0/projects', query: `page=1&page_size=15&with_detail=true`, referer: `https://registry.pannonjegy.example/harbor/projects` }),
      () => ({ path: '/api/v2.0/systeminfo', referer: `https://registry.pannonjegy.example/harbor/projects` }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'harbor-oidc-callback-code', 'warning', `${WHY.code} Harbor's OIDC sign-in callback (\`/c/oidc/callback?code=…&state=…\`) in its nginx request line.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { path: '/c/oidc/callback', query: `code=${code}&state=${rng.b64url(20)}&session_state=${rng.uuid()}`, status: 302, bytes: 0, referer: `https://${HU_SSO}/` } };
    }),
    3,
    plant('negative', 'harbor-blob-upload-_state', 'none', "The registry's blob upload location with `_state=<…>`: the upload's signed state (name, uuid, offset), no credential.", ({ rng }) => {
      const st = rng.b64url(160);
      return { value: st, event: { method: 'PATCH', path: `/v2/jegy/jegy-api/blobs/uploads/${rng.uuid()}`, query: `_state=${st}`, status: 202, bytes: 0, ua: docker } };
    }),
    3,
    plant('session-id', 'harbor-sid-query', 'error', WHY.session("Harbor's session id (`sid`, its cookie's name) in the query of a projects link a browser extension rewrote"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/harbor/projects', query: `sid=${sid}` } };
    }),
    3,
    plant('negative', 'harbor-service-token-scope', 'none', "The registry's token request (`/service/token?account=…&scope=repository:…:pull,push&service=harbor-registry`): names and a scope, no credential (the password travels in the Authorization header).", ({ rng }) => {
      const q = `account=robot%24ci-${rng.int(10, 99)}&scope=repository%3Ajegy%2Fjegy-api%3Apull%2Cpush&service=harbor-registry`;
      return { value: q, event: { path: '/service/token', query: q, ua: docker } };
    }),
    3,
    plant('encoded', 'harbor-oidc-login-redirect_url-encoded-sid', 'error', "The OIDC sign-in link's `redirect_url` holds a path whose query carries `sid=<session id>` percent-encoded once (`%3Fsid%3D…`): the session id travels on.", ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: '/c/oidc/login', query: `redirect_url=%2Fharbor%2Fprojects%2F12%2Frepositories%3Fsid%3D${sid}`, status: 302, bytes: 0 } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'registry.pannonjegy.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// build-log.txt: a TeamCity 2025.11 build log as "Download full build log" saves it (`[HH:MM:SS]<status>: <tabs>
// [<block>] <message>`, the agent's local time without a date or zone; `i:` internal lines, ` :` ordinary, `W:`
// warnings, `E:` errors; each nested block one more tab). TeamCity writes password parameters as `*******`.
// https://www.jetbrains.com/help/teamcity/build-log.html, https://www.jetbrains.com/help/teamcity/typed-parameters.html#Password

function teamcityLog(rng) {
  const render = (e) => (e.lines ?? [[' ', 1, e.msg ?? `+ ${e.method === 'GET' ? 'curl -fsS' : `curl -fsS -X ${e.method}`} https://${e.host}${target(e)}`]]).map(([st, depth, msg], i) => `[${hms(e.t + i * 150, HU)}]${st}:${'\t'.repeat(depth)} [${e.step ?? 'Step 2/3'}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `> Task :jegy-core:compileJava UP-TO-DATE` }),
      () => ({ msg: `> Task :jegy-api:test`, step: 'Step 1/3' }),
      () => ({ msg: `BUILD SUCCESSFUL in ${rng.int(20, 180)}s`, step: 'Step 1/3' }),
      () => ({ msg: `Downloaded from nexus: https://nexus.pannonjegy.example/repository/maven-public/org/slf4j/slf4j-api/2.0.${rng.int(10, 17)}/slf4j-api-2.0.${rng.int(10, 17)}.pom (${rng.int(2, 9)}.${rng.int(1, 9)} kB)`, step: 'Step 1/3' }),
      () => ({ msg: `jegy-api-${rng.int(1, 3)}.${rng.int(0, 30)}.${rng.int(0, 9)}.jar feltöltve`, step: 'Step 2/3' }),
    ])();
  const header = [
    '[06:58:12]i: TeamCity server version is 2025.11 (build 197398), server timezone: CET',
    '[06:58:12]W: bt12 (11s) Jegy API :: Release #1.8.412 {id 58213, timestamp 2027-01-19 06:58:01} (triggered by Kovács Anna)',
    '[06:58:12] : The build is removed from the queue to be prepared for the start',
    '[06:58:13] : Agent: pj-agent-02 (agent time zone: CET)',
  ];
  const steps = [
    4,
    plant('negative', 'teamcity-password-parameter-masked', 'none', "TeamCity writes a password parameter as `*******` wherever the build prints it: a mask, no credential.", ({ rng }) => {
      const v = `-Dnexus.user=ci-deploy-${rng.int(10, 99)} -Dnexus.password=*******`;
      return { value: v, event: { step: 'Step 1/3', msg: `Starting: /opt/buildagent/tools/maven3_9/bin/mvn -B deploy ${v}` } };
    }),
    3,
    plant('framework-dump', 'teamcity-command-line-datasource-password', 'error', "The command line TeamCity echoes before the smoke test (`Starting: … -Dspring.datasource.password=<password>`): a database password a script passed as a plain `-D` (not a password parameter, so not masked).", ({ rng }) => {
      const pw = `${rng.alnum(14)}${rng.int(10, 99)}`;
      return { value: pw, event: { step: 'Step 2/3', lines: [['i', 1, 'Step 2/3: Füstteszt (Command Line)'], [' ', 2, `Starting: /usr/lib/jvm/temurin-21/bin/java -Dspring.profiles.active=teszt -Dspring.datasource.username=pj_app -Dspring.datasource.password=${pw} -jar jegy-api/build/libs/jegy-api-1.8.412.jar --server.port=18080`]] } };
    }),
    3,
    plant('header-dump', 'teamcity-curl-v-Authorization-token-ghp', 'error', "A release step's `curl -v` writes its request headers, `> Authorization: token ghp_…` (a GitHub personal access token, with its checksum), into the build log.", ({ rng }) => {
      const tok = githubToken('ghp_', rng.alnum(30));
      return { value: tok, event: { step: 'Step 3/3', lines: [[' ', 2, '> POST /repos/pannonjegy/jegy-api/releases HTTP/2'], [' ', 2, '> Host: api.github.com'], [' ', 2, `> Authorization: token ${tok}`], [' ', 2, '> User-Agent: curl/8.17.0']] } };
    }),
    3,
    plant('api-key-name', 'teamcity-wget-api_kulcs', 'error', `${WHY.apiKey('api_kulcs')} A cache purge step's \`set -x\` trace writes the URL with its key.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { step: 'Step 3/3', msg: `+ wget -qO- "https://${HU_API}/belso/gyorsitotar-urites?api_kulcs=${key}&cel=jegy-api"` } };
    }),
    3,
    plant('negative', 'teamcity-vcs-revision', 'none', 'The VCS revision a build checks out (a 40-hex commit id): no credential.', ({ rng }) => {
      const rev = rng.hex(40);
      return { value: rev, event: { step: 'Updating sources', lines: [['i', 1, `Updating sources: auto checkout (on agent)`], [' ', 2, `Revision: ${rev} (refs/heads/main)`]] } };
    }),
    3,
    plant('webhook', 'teamcity-power-automate-workflow-sig', 'error', WHY.webhook('A Microsoft Teams channel notification through a Power Automate workflow trigger (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`) in a `set -x` trace'), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { step: 'Step 3/3', msg: `+ curl -fsS -X POST -H 'Content-Type: application/json' 'https://prod-${rng.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}' -d @ertesites.json` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 58 * MIN + 20000, site: { host: HU_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// argo-logs.txt: `argo logs @latest -n jegyek --timestamps` of Pannon Jegy's nightly Argo Workflows 3.7 run (each line
// `<pod name>: <RFC 3339 time, UTC> <container output>`): a smoke test in Python that prints what it sees, an
// export step, a notification step.
// https://argo-workflows.readthedocs.io/en/latest/cli/argo_logs/

function argoLog(rng) {
  const wf = `ejszakai-ellenorzes-${rng.lowerNum(5)}`;
  const pods = { teszt: `${wf}-fustteszt-${rng.int(1000000000, 4294967295)}`, export: `${wf}-export-${rng.int(1000000000, 4294967295)}`, ertesit: `${wf}-ertesites-${rng.int(1000000000, 4294967295)}` };
  const at = (ms) => `${iso(ms).slice(0, 19)}.${digits(rng, 9)}Z`;
  const render = (e) => [`${pods[e.pod ?? 'teszt']}: ${at(e.t)} ${e.out}`];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: `OK  GET https://${HU_WWW}/koncertek/${rng.pick(HELYSZINEK)} -> 200 (${rng.int(40, 900)} ms)` }),
      () => ({ out: `OK  GET https://${HU_API}/v1/esemenyek?helyszin=${rng.pick(HELYSZINEK)}&oldal=${rng.int(1, 5)} -> 200` }),
      () => ({ pod: 'export', out: `${rng.int(100, 9000)} jegy exportálva (${rng.pick(HELYSZINEK)})` }),
      () => ({ pod: 'export', out: `time="${iso(t - 2000).slice(0, 19)}.000Z" level=info msg="sub-process exited" argo=true error="<nil>"` }),
    ])();
  const steps = [
    3,
    plant('negative', 'argo-unresolved-parameter-placeholder', 'none', 'An unresolved template expression (`{{inputs.parameters.api-token}}`) printed as the token a step got: a placeholder, no credential.', ({ rng }) => {
      const v = `{{inputs.parameters.api-token-${rng.int(2, 9)}}}`;
      return { value: v, event: { pod: 'ertesit', out: `WARN  token nem állítható be, kapott érték: ${v}` } };
    }),
    3,
    plant('id-token', 'argo-smoke-test-logout-id_token_hint', 'error', "The smoke test prints the sign-out URL it follows, `…/logout?id_token_hint=<JWT>`: the test user's ID token, valid 1 h with a jti, live when logged (the time Argo prints is UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${HU_SSO}/realms/pannonjegy`, aud: 'pj-web', sub: rng.uuid(), typ: 'ID', azp: 'pj-web', email: 'teszt.elek@pannonjegy.example', name: 'Teszt Elek' } });
      return { value: token, jwt: facts, event: { out: `INFO  kijelentkezés: https://${HU_SSO}/realms/pannonjegy/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${HU_WWW}%2F` } };
    }),
    3,
    plant('implicit-fragment', 'argo-smoke-test-hash-route-access_token', 'error', "The smoke test prints the page it landed on, a hash-routed SPA URL with `#/belepes/vissza?access_token=<JWT>`: an access token valid 15 min with a jti, live when logged (UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(2, 30), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://${HU_SSO}/realms/pannonjegy`, aud: 'jegy-api', sub: rng.uuid(), typ: 'Bearer', scope: 'openid jegyek' } });
      return { value: token, jwt: facts, event: { out: `INFO  aktuális oldal: https://${HU_WWW}/#/belepes/vissza?access_token=${token}&token_type=Bearer` } };
    }),
    3,
    plant('refresh-token', 'argo-smoke-test-keycloak-refresh-jwt', 'error', `${WHY.refresh} The smoke test prints Keycloak's refresh token (\`frissítő token: <JWT>\`, HS512, \`typ: Refresh\`): valid 30 min with a jti, live when logged (UTC).`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(2, 30), jti: true, alg: 'HS512', kid: rng.uuid(), claims: { iss: `https://${HU_SSO}/realms/pannonjegy`, aud: `https://${HU_SSO}/realms/pannonjegy`, sub: rng.uuid(), typ: 'Refresh', azp: 'pj-web', sid: rng.uuid(), scope: 'openid email profile' } });
      return { value: token, jwt: facts, event: { out: `DEBUG frissítő token: ${token}` } };
    }),
    3,
    plant('framework-dump', 'argo-export-os-environ-DB_JELSZO', 'error', "The export step prints `os.environ` on a failure: Python's `environ({…})` repr with the database password (`DB_JELSZO`, \"DB password\") a Kubernetes secret put in the environment.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { pod: 'export', out: `ERROR környezet: environ({'PATH': '/usr/local/bin:/usr/bin:/bin', 'HOSTNAME': '${pods.export}', 'DB_HOST': 'pg.jegyek.svc', 'DB_FELHASZNALO': 'export', 'DB_JELSZO': '${pw}', 'LANG': 'C.UTF-8'})` } };
    }),
    3,
    plant('negative', 'argo-workflow-uid', 'none', "The workflow's uid (a Kubernetes object uid): an id, no credential.", ({ rng }) => {
      const uid = rng.uuid();
      return { value: uid, event: { pod: 'export', out: `workflow uid: ${uid}` } };
    }),
    3,
    plant('embed-jwt', 'argo-export-beagyazas-jelentes-no-exp', 'error', "The export step prints the embed URL of the nightly sales report, `/beagyazas/jelentes/<JWT>`, whose token has no `exp`: a report link that never expires (error; UTC).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { claims: { resource: { jelentes: rng.int(2, 40) }, params: { helyszin: rng.pick(HELYSZINEK) } } });
      return { value: token, jwt: facts, event: { pod: 'export', out: `riport: https://riport.pannonjegy.example/beagyazas/jelentes/${token}#theme=night` } };
    }),
    3,
    plant('webhook', 'argo-notify-zapier-catch-hook', 'error', WHY.webhook('A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the notification step prints before posting'), ({ rng }) => {
      const hook = `${rng.int(1000000, 99999999)}/${rng.lowerNum(6)}`;
      return { value: hook, event: { pod: 'ertesit', out: `POST https://hooks.zapier.com/hooks/catch/${hook}/ (${rng.int(200, 900)} bájt)` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: HU_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fiddler-munkamenetek.txt: Fiddler Classic 5's "File > Save > All Sessions > as Text" of a support engineer's capture
// of Pannon Jegy's site with HTTPS decryption on: each session's request (the absolute URL in the request line, every
// header, the body), a blank line, the response head, a short body, and a line of dashes between sessions; no time
// of its own (only the responses' `Date` headers).
// https://docs.telerik.com/fiddler/save-and-load-traffic/tasks/saveandloadtraffic (save sessions), https://docs.telerik.com/fiddler/configure-fiddler/tasks/decrypthttps

function fiddlerLog(rng) {
  const httpDate = (ms) => {
    const d = new Date(ms);
    return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(ms)} GMT`;
  };
  const render = (e, rng) => {
    const host = e.reqHost ?? HU_WWW;
    const req = [`${e.method} https://${host}${target(e)} HTTP/1.1`, `Host: ${host}`, 'Connection: keep-alive', `User-Agent: ${BROWSERS[0]}`, `Accept: ${e.accept ?? 'text/html,application/xhtml+xml,*/*;q=0.8'}`, 'Accept-Language: hu-HU,hu;q=0.9,en;q=0.8'];
    for (const h of e.reqHeaders ?? []) req.push(h);
    if (e.body) req.push(`Content-Type: ${e.bodyType ?? 'application/x-www-form-urlencoded'}`, `Content-Length: ${e.body.length}`);
    req.push('');
    if (e.body) req.push(e.body);
    const resp = [`HTTP/1.1 ${e.status} ${{ 200: 'OK', 302: 'Found', 304: 'Not Modified', 204: 'No Content', 401: 'Unauthorized' }[e.status]}`, `Date: ${httpDate(e.t)}`, 'Server: nginx', ...(e.respHeaders ?? []), `Content-Length: ${e.status === 200 ? e.bytes : 0}`, ''];
    return [...req, ...resp, '------------------------------------------------------------------', ''];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/koncertek/${rng.pick(HELYSZINEK)}`, respHeaders: ['Content-Type: text/html; charset=utf-8'] }),
      () => ({ path: `/_next/static/chunks/app-${rng.hex(16)}.js`, accept: '*/*', respHeaders: ['Content-Type: application/javascript', 'Cache-Control: public, max-age=31536000, immutable'] }),
      () => ({ reqHost: HU_API, path: '/v1/esemenyek', query: `datum=2027-02-${pad(rng.int(1, 28))}`, accept: 'application/json', respHeaders: ['Content-Type: application/json'] }),
    ])();
  const steps = [
    2,
    plant('path-secret', 'fiddler-jelszo-visszaallitas-path', 'error', WHY.pathSecret("A password reset link (`/jelszo-visszaallitas/<token>`) in a captured session's request line"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { path: `/jelszo-visszaallitas/${tok}`, respHeaders: ['Content-Type: text/html; charset=utf-8'] } };
    }),
    2,
    plant('negative', 'fiddler-sentry-trace-header', 'none', "Sentry's `sentry-trace` header (`<trace id>-<span id>-<sampled>`): tracing ids, no credential.", ({ rng }) => {
      const v = `${rng.hex(32)}-${rng.hex(16)}-1`;
      return { value: v, event: { reqHost: HU_API, path: '/v1/kosar', accept: 'application/json', reqHeaders: [`sentry-trace: ${v}`], respHeaders: ['Content-Type: application/json'] } };
    }),
    2,
    plant('header-dump', 'fiddler-Cookie-PJSESSID', 'error', "The capture writes every request header, here `Cookie: PJSESSID=<session id>; …`: the signed-in customer's session cookie.", ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { path: '/fiokom/jegyeim', reqHeaders: [`Cookie: PJSESSID=${sid}; _ga=GA1.1.${rng.int(100000000, 999999999)}.${rng.int(1700000000, 1790000000)}; nyelv=hu`], respHeaders: ['Content-Type: text/html; charset=utf-8'] } };
    }),
    2,
    plant('implicit-fragment', 'fiddler-Location-fragment-access_token', 'error', "A sign-in response's `Location` header sends the browser to `/belepes/vissza#access_token=<opaque>`: the capture keeps the access token the browser would never send (the session has no time of its own: an opaque value).", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { reqHost: HU_SSO, path: '/oauth2/authorize', query: `response_type=token&client_id=pj-kiosk&redirect_uri=https%3A%2F%2F${HU_WWW}%2Fbelepes%2Fvissza&state=${rng.hex(16)}`, status: 302, respHeaders: [`Location: https://${HU_WWW}/belepes/vissza#access_token=${tok}&token_type=bearer&expires_in=3600&state=${rng.hex(16)}`] } };
    }),
    2,
    plant('api-key-name', 'fiddler-X-Api-Kulcs-header', 'error', `${WHY.apiKey('X-Api-Kulcs')} The box office kiosk sends it as a request header (\`X-Api-Kulcs\`, "API key"), which the capture writes.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { reqHost: HU_API, path: '/v1/penztar/eladasok', accept: 'application/json', reqHeaders: [`X-Api-Kulcs: ${key}`], respHeaders: ['Content-Type: application/json'] } };
    }),
    2,
    plant('negative', 'fiddler-If-None-Match-etag', 'none', 'An `If-None-Match` ETag on a revalidated page: a content hash, no credential.', ({ rng }) => {
      const v = `W/"${rng.hex(8)}-${rng.b64url(27)}"`;
      return { value: v, event: { path: '/', reqHeaders: [`If-None-Match: ${v}`], status: 304 } };
    }),
    2,
    plant('encoded', 'fiddler-adat-base64-json-jelszo', 'error', 'An import link whose `adat` ("data") parameter is base64 of a JSON object with `felhasznalo` and `jelszo` (username and password): a password one decoding away.', ({ rng }) => {
      const blob = b64Of(JSON.stringify({ felhasznalo: 'penztar-07', jelszo: `${rng.alnum(12)}${rng.int(10, 99)}`, helyszin: rng.pick(HELYSZINEK) }));
      return { value: enc(blob), event: { reqHost: HU_API, path: '/v1/penztar/import', query: `adat=${enc(blob)}`, accept: 'application/json', respHeaders: ['Content-Type: application/json'] } };
    }),
    2,
    plant('refresh-token', 'fiddler-body-refresh_token', 'error', `${WHY.refresh} The capture writes the token request's form body (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', reqHost: HU_SSO, path: '/oauth2/token', accept: 'application/json', body: `grant_type=refresh_token&refresh_token=${rt}&client_id=pj-web`, respHeaders: ['Content-Type: application/json', 'Cache-Control: no-store'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: HU_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prefect-flow-run.txt: a terminal with `python flows/dong_bo.py` of Sen Vàng's nightly sync on Prefect 3.4 (the
// console handler: `<HH:MM:SS.mmm> | <LEVEL, padded> | <logger> - <message>`, local time without a date; flow and task
// runs as `Flow run '<name>'` and `Task run '<name>'`), with `PREFECT_LOGGING_EXTRA_LOGGERS=httpx` so httpx's
// `HTTP Request: <METHOD> <url> "<status line>"` lines show.
// https://docs.prefect.io/v3/develop/logging, https://www.python-httpx.org/logging/

function prefectLog(rng) {
  const run = 'crimson-heron';
  const render = (e) => [`${hmsMs(e.t, VN)} | ${(e.level ?? 'INFO').padEnd(7)} | ${e.who ?? `Flow run '${run}'`} - ${e.msg ?? `HTTP Request: ${e.method} https://${e.host}${target(e)} "HTTP/1.1 ${e.status} ${e.status === 200 ? 'OK' : 'Bad Gateway'}"`}`].map((l) => (e.msg || e.who ? l : l.replace(`Flow run '${run}'`, 'httpx')));
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v1/phong', query: `khu_vuc=${rng.pick(PHUONG)}&trang=${rng.int(1, 9)}` }),
      () => ({ who: `Task run 'tai-dat-phong-${rng.int(0, 9)}'`, msg: `Đã tải ${rng.int(10, 400)} lượt đặt phòng` }),
      () => ({ who: `Task run 'ghi-kho-${rng.int(0, 9)}'`, msg: 'Finished in state Completed()' }),
      () => ({ msg: `Đồng bộ khu vực ${rng.pick(PHUONG)}` }),
    ])();
  const header = [`${hmsMs(DAY0 + 18 * HOUR, VN)} | INFO    | prefect.engine - Created flow run '${run}' for flow 'dong-bo-dem'`];
  const steps = [
    3,
    plant('framework-dump', 'prefect-flow-parameters-db_url-password', 'error', "The flow prints its parameters (`Tham số: {…}`, a Python dict): the database URL carries the password (`postgresql://senvang:<password>@…`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { msg: `Tham số: {'ngay': '2027-01-19', 'db_url': 'postgresql://senvang:${pw}@db.senvang.internal:5432/senvang', 'khu_vuc': None}` } };
    }),
    3,
    plant('api-key-name', 'prefect-httpx-khoa_api', 'error', `${WHY.apiKey('khoa_api')} httpx's request line writes the channel manager's URL with its key (\`khoa_api=\`, "API key").`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { host: 'channel.kenhphong.example', path: '/api/v3/dat-phong', query: `ngay=2027-01-19&khoa_api=${key}` } };
    }),
    3,
    plant('negative', 'prefect-flow-run-id', 'none', "Prefect's flow run id (a uuid) in the run's dashboard link: an id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { who: 'prefect.flow_runs', msg: `View at http://127.0.0.1:4200/runs/flow-run/${id}` } };
    }),
    3,
    plant('encoded', 'prefect-httpx-du_lieu-base64-json', 'error', "httpx's request line of a sync call whose `du_lieu` (\"data\") parameter is base64 of a JSON object with the partner's `khoa_bi_mat` (\"secret key\"): a secret one decoding away.", ({ rng }) => {
      const blob = b64urlOf(JSON.stringify({ doi_tac: 'homestay-hoi-an', khoa_bi_mat: rng.hex(32), ngay: '2027-01-19' }));
      return { value: blob, event: { method: 'POST', host: VN_API, path: '/v1/doi-tac/dong-bo', query: `du_lieu=${blob}` } };
    }),
    3,
    plant('webhook', 'prefect-httpx-error-lark-bot-hook', 'error', WHY.webhook("A Lark bot webhook (`open.larksuite.com/open-apis/bot/v2/hook/<uuid>`) quoted in httpx's `HTTPStatusError` that the flow logs"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { level: 'ERROR', msg: `Gửi thông báo thất bại: Server error '502 Bad Gateway' for url 'https://open.larksuite.com/open-apis/bot/v2/hook/${id}'` } };
    }),
    3,
    plant('path-secret', 'prefect-bao-cao-tai-ve-link', 'error', WHY.pathSecret('A signed download link for the owners\' monthly report (`/bao-cao/tai-ve/<token>`, "report/download") the flow prints'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { msg: `Liên kết tải báo cáo: https://${VN_WWW}/bao-cao/tai-ve/${tok}` } };
    }),
    3,
    plant('negative', 'prefect-ma-dat-phong', 'none', 'A booking code (`ma_dat_phong=SV-…`): a reference printed on the guest\'s receipt, no credential.', ({ rng }) => {
      const v = `ma_dat_phong=${maDatPhong(rng)}`;
      return { value: v, event: { host: VN_API, path: '/v1/dat-phong/tim', query: v } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR + 5000, site: { host: VN_API, api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// oban.log: Sen Vàng's Phoenix app in production (`bin/senvang start`), Elixir 1.19's Logger with its default
// formatter (`<HH:MM:SS.mmm> [<level>] <message>`, no date) and Oban 2.20's `Oban.Telemetry.attach_default_logger()`
// (one JSON object per job event: `event`, `source`, `args`, `attempt`, `duration`, `id`, `max_attempts`, `meta`,
// `queue`, `queue_time`, `state`, `tags`, `worker`; on `job:exception` also `error` and `kind`).
// https://hexdocs.pm/oban/Oban.Telemetry.html, https://hexdocs.pm/logger/Logger.html

function obanLog(rng) {
  let jobId = rng.int(180000, 190000);
  const render = (e, rng) => {
    if (e.msg) return [`${hmsMs(e.t, VN)} [${e.level ?? 'info'}] ${e.msg}`];
    const exc = e.error !== undefined;
    const obj = { args: e.args, attempt: exc ? 2 : 1, duration: rng.int(900, 90000), event: exc ? 'job:exception' : 'job:stop', id: ++jobId, max_attempts: 20, meta: {}, queue: e.queue ?? 'mailers', queue_time: rng.int(100, 9000), source: 'oban', state: exc ? 'failure' : 'success', tags: [], worker: e.worker, ...(exc ? { error: e.error, kind: 'error' } : {}) };
    return [`${hmsMs(e.t, VN)} [${exc ? 'error' : 'info'}] ${JSON.stringify(Object.fromEntries(Object.entries(obj).sort()))}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ args: { dat_phong_id: rng.int(10000, 99999) }, worker: 'SenVang.Workers.NhacLich', queue: 'default' }),
      () => ({ args: { phong_id: rng.int(100, 999), ngay: '2027-01-20' }, worker: 'SenVang.Workers.CapNhatGia', queue: 'gia' }),
      () => ({ msg: `GET /phong/${rng.pick(PHUONG)}-${rng.int(10, 99)}` }),
      () => ({ msg: `Sent 200 in ${rng.int(2, 90)}ms` }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'oban-args-xac-minh-email-link', 'error', WHY.pathSecret("An e-mail verification link (`/xac-minh-email/<token>`, \"verify e-mail\") in a mailer job's `args`, which Oban's default logger writes"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { args: { den: 'khach.hang@mail.example', lien_ket: `https://${VN_WWW}/xac-minh-email/${tok}` }, worker: 'SenVang.Workers.GuiEmailXacMinh' } };
    }),
    3,
    plant('negative', 'oban-args-ma-dat-phong', 'none', 'A booking code (`ma_dat_phong`) in a reminder job\'s `args`: a reference, no credential.', ({ rng }) => {
      const v = maDatPhong(rng);
      return { value: v, event: { args: { ma_dat_phong: v, loai: 'nhac-nhan-phong' }, worker: 'SenVang.Workers.NhacLich', queue: 'default' } };
    }),
    3,
    plant('refresh-token', 'oban-args-zalo-refresh_token', 'error', `${WHY.refresh} A Zalo Official Account sync job carries the OA's \`refresh_token\` in its \`args\`.`, ({ rng }) => {
      const rt = rng.b64url(100);
      return { value: rt, event: { args: { nguon: 'zalo_oa', refresh_token: rt }, worker: 'SenVang.Workers.DongBoZalo', queue: 'dong_bo' } };
    }),
    3,
    plant('header-dump', 'oban-exception-Req-Response-set-cookie', 'error', "A failed job's `error` is a `%Req.Response{}` inspect with the response headers: `\"set-cookie\" => [\"_senvang_key=SFMyNTY…\"]`, the Phoenix session cookie of the account the job signs in as.", ({ rng }) => {
      const ck = `SFMyNTY.${rng.b64url(120)}.${rng.b64url(43)}`;
      return { value: ck, event: { args: { phong_id: rng.int(100, 999) }, worker: 'SenVang.Workers.DongBoLich', queue: 'dong_bo', error: `** (RuntimeError) đồng bộ lịch thất bại: %Req.Response{status: 409, headers: %{"content-type" => ["application/json"], "set-cookie" => ["_senvang_key=${ck}; path=/; HttpOnly; SameSite=Lax"]}, body: %{"loi" => "xung_dot"}, trailers: %{}, private: %{}}` } };
    }),
    3,
    plant('implicit-fragment', 'oban-args-return_url-fragment', 'error', "A job's `args` keep the page a guest returned to, `…/dang-nhap/xong#access_token=<opaque>`: the front end's fragment reached a job (no time of its own with a date: an opaque value).", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { args: { khach_id: rng.int(10000, 99999), return_url: `https://${VN_WWW}/dang-nhap/xong#access_token=${tok}&token_type=bearer` }, worker: 'SenVang.Workers.GhiNhatKy', queue: 'default' } };
    }),
    3,
    plant('negative', 'oban-args-chu-ky-asset', 'none', 'A static asset digest in a cache warm-up job\'s `args` (`app-<md5>.js`): a file name, no credential.', ({ rng }) => {
      const v = `app-${rng.hex(32)}.js`;
      return { value: v, event: { args: { tep: `/assets/${v}` }, worker: 'SenVang.Workers.LamNongCache', queue: 'default' } };
    }),
    3,
    plant('path-secret', 'oban-args-loi-moi-link', 'error', WHY.pathSecret("A co-host invitation link (`/loi-moi/<token>`, \"invitation\") in a mailer job's `args`"), ({ rng }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { args: { den: 'chu.nha@mail.example', lien_ket: `https://${VN_WWW}/loi-moi/${tok}`, vai_tro: 'dong_chu_nha' }, worker: 'SenVang.Workers.GuiLoiMoi' } };
    }),
    3,
    plant('session-id', 'oban-args-phien_id', 'error', WHY.session('An audit job\'s `args` with the guest\'s session id (`phien_id`, "session id")'), ({ rng }) => {
      const sid = rng.b64url(44);
      return { value: sid, event: { args: { hanh_dong: 'doi_mat_khau', khach_id: rng.int(10000, 99999), phien_id: sid }, worker: 'SenVang.Workers.GhiNhatKy', queue: 'default' } };
    }),
    3,
    plant('encoded', 'oban-args-payload-base64-json-mat_khau', 'error', "A job's `payload` is base64 of a JSON object with the homestay owner's `mat_khau` (\"password\") for the booking channel: a password one decoding away.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ kenh: 'kenhphong', tai_khoan: `chunha${rng.int(100, 999)}`, mat_khau: `${rng.alnum(10)}@${rng.int(10, 99)}` }));
      return { value: blob, event: { args: { payload: blob }, worker: 'SenVang.Workers.KetNoiKenh', queue: 'dong_bo' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: VN_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// web-proxy.log: Sen Vàng's office router, MikroTik RouterOS 7.20 with `/ip proxy` (transparent) and its
// `web-proxy,account` logging topic, saved from `/log print` (`<yyyy-mm-dd HH:MM:SS> web-proxy,account <client>
// <METHOD> <URL> action=<allow|deny> cache=<HIT|MISS|…>`; local time, no zone; plain HTTP only, HTTPS is `CONNECT`).
// https://help.mikrotik.com/docs/spaces/ROS/pages/132350000/Proxy, https://help.mikrotik.com/docs/spaces/ROS/pages/8323088/Log

function mikrotikLog(rng) {
  const render = (e) => [`${ymd(e.t, VN)} ${hms(e.t, VN)} web-proxy,account ${e.lan ?? `192.168.88.${rng.int(20, 80)}`} ${e.method} ${e.url ?? `http://${e.host}${target(e)}`}  action=${e.action ?? 'allow'} cache=${e.cache ?? 'MISS'}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'CONNECT', url: `${rng.pick(['zalo.me', 'chat.zalo.me', 'www.google.com', 'booking.example', 'docs.google.com'])}:443`, cache: 'MISS' }),
      () => ({ url: 'http://connectivitycheck.gstatic.com/generate_204' }),
      () => ({ url: `http://camera-${rng.int(1, 4)}.senvang.lan/cgi-bin/snapshot.cgi?kenh=${rng.int(1, 4)}` }),
      () => ({ url: `http://pms.senvang.example/le-tan/phong?tang=${rng.int(1, 5)}` }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'mikrotik-iot-khoa', 'error', `${WHY.apiKey('khoa')} A room sensor hub reports over plain HTTP with its key (\`khoa=\`, "key") in the query, which the proxy logs.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { url: `http://iot.senvang.example/api/cam-bien?phong=${rng.int(100, 599)}&nhiet_do=2${rng.int(0, 9)}.${rng.int(0, 9)}&khoa=${key}` } };
    }),
    3,
    plant('negative', 'mikrotik-windowsupdate-cab-hash', 'none', "Windows Update's certificate trust list fetch with a 16-hex cache parameter: a content hash, no credential.", ({ rng }) => {
      const v = `disallowedcertstl.cab?${rng.hex(16)}`;
      return { value: v, event: { url: `http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/${v}`, cache: 'HIT' } };
    }),
    3,
    plant('oauth-code', 'mikrotik-pms-plain-http-callback-code', 'warning', `${WHY.code} The front desk's PMS signs in over plain HTTP, so the office proxy logs its callback (\`/oauth/callback?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { url: `http://${VN_PMS}/oauth/callback?code=${code}&state=${rng.hex(20)}` } };
    }),
    3,
    plant('session-id', 'mikrotik-pms-phien-query', 'error', WHY.session('The PMS keeps its session in the query over plain HTTP (`phien=`, "session")'), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { url: `http://${VN_PMS}/le-tan/index.php?trang=nhan-phong&phien=${sid}` } };
    }),
    3,
    plant('negative', 'mikrotik-captive-portal-t-cache-buster', 'none', 'A captive portal check with a `t=<epoch ms>` cache buster: a time, no credential.', ({ t }) => {
      const v = `t=${t + 311}`;
      return { value: v, event: { url: `http://wifi-khach.senvang.lan/status?${v}` } };
    }),
    3,
    plant('path-secret', 'mikrotik-xac-minh-plain-http-link', 'error', WHY.pathSecret('An account verification link (`/xac-minh/<token>`, "verify") a staff member opened over plain HTTP'), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { url: `http://${VN_WWW}/xac-minh/${tok}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: VN_PMS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dramatiq-worker.log: Sen Vàng's Dramatiq 1.18 worker (`dramatiq senvang.tasks`): its default format
// `[<yyyy-mm-dd HH:MM:SS,mmm>] [PID <pid>] [<thread>] [<logger>] [<LEVEL>] <message>` (local time, no zone);
// a failed message is written as `actor(args…, kw=…)` (`Failed to process message … with unhandled exception.`),
// then the traceback and `Retrying message '<message id>' in <n> milliseconds.`
// https://dramatiq.io/guide.html, https://dramatiq.io/cookbook.html

function dramatiqLog(rng) {
  const pid = rng.int(300, 900);
  const at = (ms) => `${ymd(ms, VN)} ${hms(ms, VN)},${local(ms, VN).slice(20, 23)}`;
  const render = (e, rng) => {
    const head = (lvl, logger, ms = e.t) => `[${at(ms)}] [PID ${pid}] [${e.thread ?? `Thread-${rng.int(3, 10)}`}] [${logger}] [${lvl}]`;
    if (e.msg) return [`${head(e.level ?? 'INFO', e.logger ?? 'senvang.tasks')} ${e.msg}`];
    return [
      `${head('ERROR', 'dramatiq.worker.WorkerThread')} Failed to process message ${e.call} with unhandled exception.`,
      'Traceback (most recent call last):',
      `  File "/app/.venv/lib/python3.13/site-packages/dramatiq/worker.py", line 513, in process_message`,
      `    res = actor(*message.args, **message.kwargs)`,
      `${e.exc ?? 'requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'smtp-relay.senvang.internal\', port=443): Max retries exceeded'}`,
      `${head('WARNING', 'dramatiq.middleware.retries.Retries', e.t + 3)} Retrying message '${rng.uuid()}' in ${rng.pick([10000, 20000, 40000])} milliseconds.`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: `Đã gửi email xác nhận đặt phòng ${maDatPhong(rng)}` }),
      () => ({ msg: `Đồng bộ giá phòng ${rng.int(100, 999)}: ${rng.int(1, 30)} ngày` }),
      () => ({ msg: 'Worker process is ready for action.', logger: 'dramatiq.MainProcess', thread: 'MainThread' }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'dramatiq-message-dat-lai-mat-khau-link', 'error', WHY.pathSecret('A password reset link (`/dat-lai-mat-khau/<token>`, "reset password") as an argument of the failed message Dramatiq writes'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { call: `gui_email_dat_lai_mat_khau('khach.${rng.int(100, 999)}@mail.example', 'https://${VN_WWW}/dat-lai-mat-khau/${tok}')` } };
    }),
    3,
    plant('negative', 'dramatiq-ma_otp-masked', 'none', 'A one-time code the app masks itself (`ma_otp=\'******\'`) in a failed message: a mask, no credential.', ({ rng }) => {
      const v = `so_dien_thoai='+84 9${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}', ma_otp='******'`;
      return { value: v, event: { call: `gui_sms_otp(${v})`, exc: 'senvang.sms.LoiNhaMang: 503 nhà mạng bận' } };
    }),
    3,
    plant('webhook', 'dramatiq-message-ifttt-maker-key', 'error', WHY.webhook('An IFTTT Webhooks trigger URL (`maker.ifttt.com/trigger/<event>/with/key/<key>`) as an argument of a failed message'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { call: `bao_tin('https://maker.ifttt.com/trigger/dat_phong_moi/with/key/${key}', ma_dat_phong='${maDatPhong(rng)}')`, exc: "requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://maker.ifttt.com/trigger/dat_phong_moi/with/key/…" } };
    }),
    3,
    plant('framework-dump', 'dramatiq-message-smtp-mat_khau-kwargs', 'error', "A failed message's kwargs repr with the SMTP settings dict, `mat_khau` (\"password\") in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { call: `gui_bao_cao('2027-01-18', smtp={'may_chu': 'smtp.senvang.example', 'cong': 587, 'tai_khoan': 'baocao', 'mat_khau': '${pw}'})`, exc: 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed' } };
    }),
    3,
    plant('negative', 'dramatiq-retry-message-id', 'none', "Dramatiq's message id in its retry line (a uuid): an id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { msg: `Message '${id}' đã được xếp lại vào hàng đợi 'default'`, level: 'INFO', logger: 'dramatiq.broker.RedisBroker' } };
    }),
    3,
    plant('encoded', 'dramatiq-message-tiep-percent-encoded-phien', 'error', 'A sign-in redirect argument whose `tiep` ("next") holds a path with `phien=<session id>` percent-encoded once (`%3Fphien%3D…`): the session id travels on.', ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { call: `ghi_chuyen_huong('https://${VN_WWW}/dang-nhap?tiep=%2Fthanh-toan%3Fphien%3D${sid}')` } };
    }),
    3,
    plant('header-dump', 'dramatiq-message-headers-Authorization-Token', 'error', "A failed message's kwargs carry the request headers it was given, `{'Authorization': 'Token <key>'}` (Django REST framework's token of the channel manager).", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { call: `goi_api_kenh('/v1/lich', headers={'Authorization': 'Token ${tok}', 'Accept': 'application/json'})`, exc: 'requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'api.kenhphong.example\', port=443): Read timed out. (read timeout=10)' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: VN_API }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout24');
writePart(join(here, 'heldout24'), {
  'access.log': pveproxyLog(rng),
  'integrare.log': camelLog(rng),
  'consul.log': consulLog(rng),
  'daprd.log': daprLog(rng),
  'xcode-console.txt': xcodeLog(rng),
  'request.log': nexusLog(rng),
  'proxy.log': harborLog(rng),
  'build-log.txt': teamcityLog(rng),
  'argo-logs.txt': argoLog(rng),
  'fiddler-munkamenetek.txt': fiddlerLog(rng),
  'prefect-flow-run.txt': prefectLog(rng),
  'oban.log': obanLog(rng),
  'web-proxy.log': mikrotikLog(rng),
  'dramatiq-worker.log': dramatiqLog(rng),
});
