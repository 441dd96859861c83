// Writes corpus/logs-in-the-wild/heldout18/: an eighteenth held-out part, in formats no other part uses (Tomcat's
// JsonAccessLogValve, a Burp Suite "Save items" export, an Electron app's `--enable-logging=file` Chromium log, a
// containerd CRI container log of a Hono service, Prometheus' query log, an RQ worker's log, Hurl's `--very-verbose`
// output, a Ruby VCR cassette, pip's `--log` file, Teleport's file audit log, Zabbix server's log, php-fpm's pool access
// log, MySQL's slow query log, an npm debug log), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout18.mjs     rewrites heldout18/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { crc32, DAYS, digits, iso, lowerNum, MONTHS, pad, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 7, 7, 0, 0);

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** The company of this part: Maréluz, a ferry operator between the Azores islands (bookings, ticket agents, boarding, crew). */
const SITE = 'www.mareluz.example';
const RES = 'reservas.mareluz.example';
const API = 'api.mareluz.example';
const CONTA = 'conta.mareluz.example';
const AGENTES = 'agentes.mareluz.example';
const CHECKIN = 'checkin.mareluz.example';
const TP = 'tp.mareluz.example';
const PORTS = ['PDL', 'HOR', 'PIX', 'SJZ', 'TER', 'GRW', 'FLW'];
const route = (rng) => {
  const a = rng.pick(PORTS);
  let b = rng.pick(PORTS);
  while (b === a) b = rng.pick(PORTS);
  return `${a}-${b}`;
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const locator = (rng) => `MRL${upperNum(rng, 3)}`;

/** A deflate stream of one fixed-Huffman block, literals only, in a gzip member (RFC 1951 §3.2.6, RFC 1952): deterministic. */
function gzipFixed(buf) {
  const out = [];
  let acc = 0;
  let n = 0;
  const put = (value, bits) => {
    acc |= value << n;
    n += bits;
    while (n >= 8) {
      out.push(acc & 255);
      acc >>>= 8;
      n -= 8;
    }
  };
  const rev = (code, len) => {
    let r = 0;
    for (let i = 0; i < len; i++) {
      r = (r << 1) | (code & 1);
      code >>= 1;
    }
    return r;
  };
  put(1, 1);
  put(1, 2);
  for (const b of buf) (b < 144 ? put(rev(0x30 + b, 8), 8) : put(rev(0x190 + b - 144, 9), 9));
  put(0, 7);
  if (n > 0) out.push(acc & 255);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(buf), 0);
  trailer.writeUInt32LE(buf.length, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0]), Buffer.from(out), trailer]);
}

// ---------------------------------------------------------------------------------------------------------------------
// reservas_access.2026-12-07.json: Tomcat 10.1's JsonAccessLogValve on the booking portal (Spring MVC), `prefix=
// "reservas_access" suffix=".json"`, pattern `%h %l %u %t "%r" %s %b %D %S %{Referer}i %{User-Agent}i %{X-Auth-Token}i
// %{Location}o`: one JSON object a line, every value quoted (`"statusCode":"200"`), `time` in Common Log Format with its
// brackets, `elapsedTime` in microseconds (Tomcat 10), `sessionId` `-` without a session, headers as the sub-objects
// `"requestHeaders": {…}` and `"responseHeaders": {…}` (with the space the valve writes after their colon), `-` for a
// header not sent. RemoteIpValve puts the client's address in `host`.
// https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html, https://tomcat.apache.org/tomcat-10.1-doc/api/org/apache/catalina/valves/JsonAccessLogValve.html

function tomcatLog(rng) {
  const s = (v) => JSON.stringify(v === undefined || v === '' ? '-' : String(v));
  const render = (e, rng) => [
    `{"host":${s(e.ip)},"logicalUserName":"-","user":"-","time":"[${clf(e.t)}]","request":${s(`${e.method} ${target(e)} HTTP/1.1`)},"statusCode":"${e.status}","size":${s(e.bytes || '-')},"elapsedTime":"${e.ms * 1000 + rng.int(0, 999)}","sessionId":${s(e.sid)},"requestHeaders": {"Referer":${s(e.referer)},"User-Agent":${s(e.ua)},"X-Auth-Token":${s(e.xauth)}},"responseHeaders": {"Location":${s(e.location)}}}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/reservas/pesquisa', query: `rota=${route(rng)}&data=2026-12-${pad(rng.int(10, 30))}&adultos=${rng.int(1, 4)}&viatura=${rng.pick(['nenhuma', 'ligeiro'])}`, referer: `https://${RES}/` }),
      () => ({ path: `/static/js/reservas.${rng.hex(8)}.js`, bytes: rng.int(40000, 180000), referer: `https://${RES}/reservas/pesquisa` }),
      () => ({ path: '/api/horarios', query: `rota=${route(rng)}&semana=50`, ua: rng.pick(TOOLS) }),
      () => ({ method: 'POST', path: '/reservas/checkout', status: 302, bytes: 0, location: `https://${RES}/reservas/pagamento/${rng.int(100000, 999999)}` }),
      () => ({ path: '/actuator/health', ua: 'ELB-HealthChecker/2.0', ip: `10.0.${rng.int(1, 3)}.${rng.int(10, 250)}`, bytes: 15 }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'tomcat-json-login-with-amazon-code', 'warning', `${WHY.code} Login with Amazon returns to the portal (\`/login/amazon/retorno?code=AN…&scope=profile&state=…\`): the valve's \`request\` keeps the query.`, ({ rng }) => {
      const code = `AN${rng.chars(LETTERS, 18)}`;
      return { value: code, event: { path: '/login/amazon/retorno', query: `code=${code}&scope=profile&state=${rng.b64url(32)}`, status: 302, bytes: 0, location: `https://${RES}/conta`, referer: 'https://www.amazon.com/' } };
    }),
    4,
    plant('negative', 'tomcat-json-marketo-mkt_tok', 'none', "Marketo's `mkt_tok=` on a campaign link: a tracking token that ties a click to an e-mail, no credential.", ({ rng }) => {
      const v = `MTAzLU1BUi0yNzcAAAG${rng.b64url(76)}`;
      return { value: v, event: { path: '/promocoes/inverno', query: `utm_source=newsletter&utm_medium=email&mkt_tok=${v}` } };
    }),
    4,
    plant('implicit-fragment', 'tomcat-json-location-access_token-jwt', 'error', "The portal still serves a partner widget with the implicit grant: the valve's `responseHeaders.Location` writes the redirect `…/retorno#access_token=<JWT>&token_type=Bearer&expires_in=900`, with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 0, jti: true, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['widget-parceiro'], client_id: 'widget-parceiro', sub: rng.uuid(), scp: ['reservas.ler'] } });
      return { value: token.token, jwt: token.facts, event: { path: '/oauth/autorizar', query: `response_type=token&client_id=widget-parceiro&redirect_uri=https%3A%2F%2Fwidget.parceiro-x.example%2Fretorno&state=${rng.alnum(16)}`, status: 302, bytes: 0, location: `https://widget.parceiro-x.example/retorno#access_token=${token.token}&token_type=Bearer&expires_in=900&state=${rng.alnum(16)}`, referer: 'https://widget.parceiro-x.example/' } };
    }),
    4,
    plant('session-id', 'tomcat-json-percent-S-session-id', 'error', WHY.session("The pattern's `%S` writes the request's session id (`\"sessionId\":\"<32 hex>.reservas-2\"`) for the back office, the one part of the portal that keeps an HTTP session"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { path: `/backoffice/reservas/${rng.int(100000, 999999)}`, sid: `${sid}.reservas-2`, referer: `https://${RES}/backoffice/reservas`, ua: BROWSERS[0] } };
    }),
    4,
    plant('header-dump', 'tomcat-json-x-auth-token-jwt', 'error', "`%{X-Auth-Token}i` was added to the pattern to debug the agents' gateway: `requestHeaders.X-Auth-Token` holds the agent's JWT, with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['agentes-api'], sub: rng.uuid(), balcao: 'HOR-02', scp: ['reservas.ler', 'reservas.emitir'] } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/agentes/reservas', query: 'estado=pendente&pagina=1', xauth: token.token, ua: 'MareluzAgente/4.2.0 Electron/39.2.3' } };
    }),
    4,
    plant('replay', 'boarding_ticket-opaque', 'note', WHY.ticketFirst('An opaque `boarding_ticket` checked at the gate by a scanner (`/embarque/validar?boarding_ticket=…`, one boarding per ticket)'), ({ rng, t }) => {
      firstUse.board = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/embarque/validar', query: `boarding_ticket=${tk}&cais=HOR-1`, ip: '198.51.100.71', ua: 'okhttp/5.3.0' } };
    }, { ref: 'board' }),
    3,
    plant('replay', 'boarding_ticket-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('board').value, why: `${WHY.replay('boarding_ticket', gap('board', t))} The valve's \`host\` shows the two clients.` }], event: { path: '/embarque/validar', query: `boarding_ticket=${refs.get('board').value}&cais=PIX-2`, ip: '203.0.113.148', ua: 'okhttp/5.3.0' } }), { replayOf: 'board', after: 61 }),
    4,
    plant('encoded', 'tomcat-json-hex-encoded-redirect-target', 'error', 'A link shortener takes its target as hex (`/r?u=68747470733a2f2f…`): the hex of `https://…/bilhete/ver?token=<token>`, one decoding away from the e-ticket token (the redirect was refused, 400).', ({ rng }) => {
      const hex = Buffer.from(`https://${SITE}/bilhete/ver?token=${rng.alnum(40)}`).toString('hex');
      return { value: hex, event: { path: '/r', query: `u=${hex}`, status: 400, bytes: 120, ua: BROWSERS[2] } };
    }),
    4,
    plant('webhook', 'tomcat-json-inbound-payment-webhook-secret-path', 'error', WHY.webhook("The payment provider posts to the portal's own webhook URL, whose last segment is its only secret (`/webhooks/pagamentos/<40 hex>`)"), ({ rng }) => {
      const secret = rng.hex(40);
      return { value: secret, event: { method: 'POST', path: `/webhooks/pagamentos/${secret}`, status: 204, bytes: 0, ua: 'Go-http-client/2.0', ip: publicIp(rng) } };
    }),
    4,
    plant('negative', 'tomcat-json-branch-match-id', 'none', "Branch's `_branch_match_id=` on an app link: a deep-link attribution id, no credential.", ({ rng }) => {
      const v = digits(rng, 19);
      return { value: v, event: { path: '/app', query: `_branch_match_id=${v}&utm_source=instagram&utm_medium=marketing` } };
    }),
    4,
    plant('id-token', 'tomcat-json-logout-id_token_hint', 'error', "The portal's sign-out (`/sair?id_token_hint=<ID token>&…`) and its redirect to Ory Hydra's logout with the same hint: the request and `Location`, with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1900, jti: true, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['reservas-web'], sub: rng.uuid(), sid: rng.uuid(), at_hash: rng.b64url(22), auth_time: Math.floor(t / 1000) - 1950, rat: Math.floor(t / 1000) - 1960 } });
      return { value: token.token, jwt: token.facts, event: { path: '/sair', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${RES}%2F`, status: 302, bytes: 0, location: `https://${CONTA}/oauth2/sessions/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${RES}%2F`, ua: BROWSERS[1] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: RES }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// burp-history.xml: Burp Suite Professional 2025.12's "Save items" of the Proxy history of a test of the agents' portal,
// with "Base64-encode requests and responses" off: the XML 1.1 declaration, Burp's NOTE comment and DTD, then one
// `<item>` per request (`<time>` in the tester's zone, Lisbon's WET in December; `<url>`, `<method>`, `<path>` as
// CDATA; `<host ip="…">`; the raw request and response as CDATA over lines, with their CRLFs). No line has a date of
// its own but `<time>`.
// https://portswigger.net/burp/documentation/desktop/tools/proxy/http-history

function burpLog(rng) {
  const when = (ms) => {
    const d = new Date(ms);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)} WET ${d.getUTCFullYear()}`;
  };
  const IPS = { [AGENTES]: '198.51.100.30', [API]: '198.51.100.40', [SITE]: '198.51.100.20', 'relatorios.mareluz.example': '198.51.100.44', 'cdn.mareluz.example': '203.0.113.90' };
  const CH = ['Sec-Ch-Ua: "Chromium";v="143", "Not A(Brand";v="24"', 'Sec-Ch-Ua-Mobile: ?0', 'Sec-Ch-Ua-Platform: "Windows"', 'Accept-Language: pt-PT,pt;q=0.9'];
  const UA = `User-Agent: ${BROWSERS[0]}`;
  const header = [
    '<?xml version="1.1"?>',
    '<!-- NOTE: Any NULL bytes in requests and responses are preserved within this output, even though this strictly breaks the XML syntax. If your XML parser rejects the NULL bytes then you will need to remove or replace these bytes before parsing. Alternatively, you can use the option to base64-encode requests and responses. -->',
    '<!DOCTYPE items [',
    '<!ELEMENT items (item*)>',
    '<!ATTLIST items burpVersion CDATA "">',
    '<!ATTLIST items exportTime CDATA "">',
    '<!ELEMENT item (time, url, host, port, protocol, method, path, extension, request, status, responselength, mimetype, response, comment)>',
    '<!ELEMENT time (#PCDATA)>',
    '<!ELEMENT url (#PCDATA)>',
    '<!ELEMENT host (#PCDATA)>',
    '<!ATTLIST host ip CDATA "">',
    '<!ELEMENT port (#PCDATA)>',
    '<!ELEMENT protocol (#PCDATA)>',
    '<!ELEMENT method (#PCDATA)>',
    '<!ELEMENT path (#PCDATA)>',
    '<!ELEMENT extension (#PCDATA)>',
    '<!ELEMENT request (#PCDATA)>',
    '<!ATTLIST request base64 (true|false) "false">',
    '<!ELEMENT status (#PCDATA)>',
    '<!ELEMENT responselength (#PCDATA)>',
    '<!ELEMENT mimetype (#PCDATA)>',
    '<!ELEMENT response (#PCDATA)>',
    '<!ATTLIST response base64 (true|false) "false">',
    '<!ELEMENT comment (#PCDATA)>',
    ']>',
    `<items burpVersion="2025.12.1" exportTime="${when(DAY0 + 3 * HOUR + 40 * 60000)}">`,
  ];
  const STATUS = { 200: 'OK', 204: 'No Content', 302: 'Found', 401: 'Unauthorized' };
  const render = (e, rng) => {
    if (e.lines) return e.lines;
    const host = e.h ?? API;
    const pathq = target(e);
    const ext = (e.path.match(/\.([a-z0-9]+)$/) ?? [null, 'null'])[1];
    const page = (e.accept ?? '').startsWith('text/html');
    const fetchHeaders = page
      ? ['Upgrade-Insecure-Requests: 1', `Accept: ${e.accept}`, `Sec-Fetch-Site: ${host === AGENTES ? 'cross-site' : 'none'}`, 'Sec-Fetch-Mode: navigate', 'Sec-Fetch-User: ?1', 'Sec-Fetch-Dest: document', 'Accept-Encoding: gzip, deflate, br', 'Priority: u=0, i']
      : [`Accept: ${e.accept ?? 'application/json, text/plain, */*'}`, `Origin: https://${AGENTES}`, 'Sec-Fetch-Site: same-site', 'Sec-Fetch-Mode: cors', `Sec-Fetch-Dest: ${e.accept === '*/*' ? 'script' : 'empty'}`, `Referer: https://${AGENTES}/`, 'Accept-Encoding: gzip, deflate, br', 'Priority: u=1, i'];
    const reqHeaders = [`Host: ${host}`, ...(e.cookie ? [`Cookie: ${e.cookie}`] : []), ...(e.body ? [`Content-Length: ${Buffer.byteLength(e.body)}`] : []), ...CH, UA, ...(e.body ? [`Content-Type: ${e.ctype ?? 'application/json'}`] : []), ...(e.reqHeaders ?? []), ...fetchHeaders];
    const req = `${e.method} ${pathq} HTTP/2\r\n${reqHeaders.map((h) => `${h}\r\n`).join('')}\r\n${e.body ?? ''}`;
    const resBody = e.resBody ?? (e.status === 204 || e.status === 302 ? '' : `{"ok":true,"ts":"${iso(e.t)}"}`);
    const resHeaders = [`Date: ${new Date(e.t).toUTCString()}`, ...(resBody ? [`Content-Type: ${e.resType ?? 'application/json; charset=utf-8'}`, `Content-Length: ${Buffer.byteLength(resBody)}`] : []), ...(e.resHeaders ?? []), 'Strict-Transport-Security: max-age=31536000', `X-Request-Id: ${rng.uuid()}`];
    const res = `HTTP/2 ${e.status} ${STATUS[e.status] ?? 'OK'}\r\n${resHeaders.map((h) => `${h}\r\n`).join('')}\r\n${resBody}`;
    return [
      '  <item>',
      `    <time>${when(e.t)}</time>`,
      `    <url><![CDATA[https://${host}${pathq}]]></url>`,
      `    <host ip="${IPS[host] ?? '198.51.100.40'}">${host}</host>`,
      '    <port>443</port>',
      '    <protocol>https</protocol>',
      `    <method><![CDATA[${e.method}]]></method>`,
      `    <path><![CDATA[${pathq}]]></path>`,
      `    <extension>${ext}</extension>`,
      `    <request base64="false"><![CDATA[${req}]]></request>`,
      `    <status>${e.status}</status>`,
      `    <responselength>${Buffer.byteLength(res)}</responselength>`,
      `    <mimetype>${e.mime ?? (resBody ? 'JSON' : '')}</mimetype>`,
      `    <response base64="false"><![CDATA[${res}]]></response>`,
      '    <comment></comment>',
      '  </item>',
    ].flatMap((text) => text.split('\n'));
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/v2/horarios', query: `rota=${route(rng)}&data=2026-12-${pad(rng.int(10, 30))}`, resBody: `{"partidas":[{"hora":"0${rng.int(7, 9)}:30","navio":"Mestre Simão","lugares":${rng.int(0, 300)}}]}` }),
      () => ({ path: '/v2/portos', resBody: '{"portos":["PDL","HOR","PIX","SJZ","TER","GRW","FLW"]}' }),
      () => ({ h: 'cdn.mareluz.example', path: `/agentes/assets/index-${rng.alnum(8)}.js`, accept: '*/*', mime: 'script', resType: 'application/javascript', resBody: '(function(){"use strict";var e=window.__MRL__||{};e.v="4.2.0"})();' }),
      () => ({ h: AGENTES, path: '/', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', mime: 'HTML', resType: 'text/html; charset=utf-8', resBody: `<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Maréluz Agentes</title><script type="module" src="https://cdn.mareluz.example/agentes/assets/index-${rng.alnum(8)}.js"></script></head><body><div id="app"></div></body></html>` }),
    ])();
  const steps = [
    3,
    plant('oauth-code', 'burp-fusionauth-callback-code', 'warning', `${WHY.code} FusionAuth returns to the agents' portal (\`/auth/retorno?code=<43 characters>&locale=pt&userState=Authenticated&state=…\`): Burp writes the URL in \`<url>\`, \`<path>\` and the request line.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { h: AGENTES, path: '/auth/retorno', query: `code=${code}&locale=pt&userState=Authenticated&state=${rng.b64url(43)}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', mime: 'HTML', resType: 'text/html; charset=utf-8', resBody: '<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Maréluz Agentes</title></head><body><div id="app"></div></body></html>' } };
    }),
    3,
    plant('negative', 'burp-cf-turnstile-response', 'none', "Cloudflare Turnstile's `cf-turnstile-response` in a contact form's body: a single-use challenge answer, no credential.", ({ rng }) => {
      const v = `0.${rng.b64url(180)}.${rng.hex(64)}`;
      return { value: v, event: { h: SITE, method: 'POST', path: '/contacto', ctype: 'application/x-www-form-urlencoded', body: `nome=Rui+Costa&email=rui.costa%40agencia-x.example&mensagem=Pedido+de+grupo&cf-turnstile-response=${v}`, status: 302, resHeaders: [`Location: https://${SITE}/contacto/obrigado`] } };
    }),
    3,
    plant('header-dump', 'burp-request-authorization-bearer-opaque', 'error', "A call to the tariffs admin API in the proxy history: the raw request's `Authorization: Bearer <opaque token>` line.", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { path: '/v2/admin/tarifas', query: `rota=${route(rng)}`, reqHeaders: [`Authorization: Bearer ${tok}`], resBody: '{"tarifas":[{"classe":"economica","preco":18.5},{"classe":"conforto","preco":26}]}' } };
    }),
    3,
    plant('refresh-token', 'burp-request-body-refresh_token', 'error', `${WHY.refresh} The portal renews its session with a JSON body (\`{"refresh_token":"…"}\`); the rotated token comes back in the response body (next label).`, ({ rng }) => {
      const old = rng.b64url(48);
      const fresh = rng.b64url(48);
      return {
        marks: [
          { value: old },
          { value: fresh, kind: 'burp-response-body-rotated-refresh_token', why: `${WHY.refresh} The rotated refresh token in the response body Burp saved (\`"refresh_token":"…"\`, beside a new access token).` },
        ],
        event: { method: 'POST', path: '/v2/sessao/renovar', body: `{"refresh_token":"${old}"}`, resBody: `{"access_token":"${rng.b64url(48)}","expires_in":900,"refresh_token":"${fresh}","token_type":"Bearer"}` },
      };
    }),
    3,
    plant('api-key-name', 'burp-x-partner-key-header', 'error', WHY.apiKey('X-Partner-Key') + ' The availability API for travel agencies takes it as a request header.', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/v2/parceiros/disponibilidade', query: `rota=${route(rng)}&data=2026-12-22`, reqHeaders: [`X-Partner-Key: ${key}`], resBody: '{"disponivel":true,"lugares":212,"viaturas":14}' } };
    }),
    3,
    plant('encoded', 'burp-gzip-base64url-json-ctx', 'error', "A hand-off back into the portal carries `ctx=H4sI…`: gzip then base64url of `{\"voltarA\":…,\"tokenAgente\":\"<token>\"}`, two standard decodings from the agent's token (`<url>`, `<path>` and the request line).", ({ rng }) => {
      const ctx = gzipFixed(Buffer.from(JSON.stringify({ voltarA: '/reservas/nova', balcao: 'HOR-02', tokenAgente: rng.alnum(40) }))).toString('base64url');
      return { value: ctx, event: { h: AGENTES, path: '/continuar', query: `ctx=${ctx}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', mime: 'HTML', resType: 'text/html; charset=utf-8', resBody: '<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>Maréluz Agentes</title></head><body><div id="app"></div></body></html>' } };
    }),
    3,
    plant('session-id', 'burp-cookie-awselbauthsessioncookie', 'error', WHY.session("An internal reports site behind an Application Load Balancer with OIDC authentication: the request's `Cookie: AWSELBAuthSessionCookie-0=…; AWSELBAuthSessionCookie-1=…` (the ALB's session, in two shards)"), ({ rng }) => {
      const c0 = rng.b64url(4000 / 10).replace(/-/g, '+').replace(/_/g, '/');
      const c1 = rng.b64url(160).replace(/-/g, '+').replace(/_/g, '/');
      return { value: c0, event: { h: 'relatorios.mareluz.example', path: '/', cookie: `AWSELBAuthSessionCookie-0=${c0}; AWSELBAuthSessionCookie-1=${c1}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', mime: 'HTML', resType: 'text/html; charset=utf-8', resBody: '<!doctype html><html lang="pt"><head><title>Relatórios</title></head><body></body></html>' } };
    }),
    3,
    plant('negative', 'burp-cookie-cf-bm', 'none', "Cloudflare's bot-management cookie `__cf_bm` on a public page: a bot score for the client, no credential.", ({ rng }) => {
      const v = `${rng.b64url(43)}-${Math.floor(DAY0 / 1000)}-1.0.1.1-${rng.b64url(80)}`;
      return { value: v, event: { h: SITE, path: '/horarios', cookie: `__cf_bm=${v}`, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', mime: 'HTML', resType: 'text/html; charset=utf-8', resBody: '<!doctype html><html lang="pt"><head><title>Horários</title></head><body></body></html>' } };
    }),
    3,
    plant('implicit-fragment', 'burp-client-error-body-href-access_token', 'error', "The portal's error reporter posts `location.href` of the page that failed: the request body holds `\"href\":\"https://agentes…/#access_token=<token>&token_type=Bearer…\"`.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/v2/erros-cliente', body: `{"mensagem":"TypeError: Cannot read properties of null (reading 'balcao')","href":"https://${AGENTES}/#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.alnum(12)}","versao":"4.2.0"}`, status: 204 } };
    }),
    3,
    { raw: { lines: ['</items>'] } },
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: API }, filler: (rng) => ({ method: 'GET', status: 200, ...filler(rng) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// electron_debug.log: the ticket agents' desktop app (Electron 39 on macOS) started with `--enable-logging=file
// --log-file=…/electron_debug.log`: Chromium's log lines `[<pid>:<MMDD>/<HHMMSS>.<µs>:<LEVEL>:<source file>:<line>]
// <message>`, the renderer's console as `:INFO:CONSOLE:<line>] "<message>", source: <script> (<line>)` (a failed load
// names the resource's URL as its source). No year on any line; the app's objects are printed with JSON.stringify
// (Chromium writes an object argument as `[object Object]`).
// https://www.electronjs.org/docs/latest/api/command-line-switches#--enable-loggingfile, https://www.chromium.org/for-testers/enable-logging/

function electronLog(rng) {
  const MAIN = 41822;
  const GPU = 41830;
  const REND = 41907;
  const JS = `app://agente/assets/index-${rng.alnum(8)}.js`;
  const stamp = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}/${iso(ms).slice(11, 19).replace(/:/g, '')}.${pad(ms % 1000, 3)}${digits(rng, 3)}`;
  };
  const render = (e) =>
    e.lines.map(([kind, a, b, c], i) => {
      const ts = stamp(e.t + i * 4);
      if (kind === 'console') return `[${REND}:${ts}:INFO:CONSOLE:${b}] "${a}", source: ${c ?? JS} (${b})`;
      return `[${kind === 'gpu' ? GPU : MAIN}:${ts}:${a}:${b}] ${c}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['console', `[sync] ${rng.int(1, 40)} reservas sincronizadas`, rng.int(1, 9)]] }),
      () => ({ lines: [['console', 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED', 0, `https://${API}/v2/horarios?rota=${route(rng)}&data=2026-12-${pad(rng.int(10, 30))}`]] }),
      () => ({ lines: [['gpu', 'ERROR', 'gpu/command_buffer/service/gles2_cmd_decoder_passthrough.cc:1095', `[GroupMarkerNotSet(crbug.com/242999)!:A0${rng.hex(6).toUpperCase()}]Automatic fallback to software WebGL has been deprecated.`]] }),
      () => ({ lines: [['main', 'ERROR', 'net/socket/ssl_client_socket_impl.cc:902', 'handshake failed; returned -1, SSL error code 1, net_error -101']] }),
      () => ({ lines: [['console', `[impressora] bilhete ${locator(rng)} enviado para a impressora EPSON TM-T88VI`, rng.int(1, 9)]] }),
    ])();
  const steps = [
    { raw: { lines: [['main', 'WARNING', 'electron/shell/browser/electron_browser_main_parts.cc:311', 'Running with --enable-logging=file']] }, after: 0 },
    3,
    plant('header-dump', 'electron-console-json-headers-bearer', 'error', "The app's API client logs the headers of a refused call with `JSON.stringify` (`\"Authorization\":\"Bearer <opaque token>\"`) in a CONSOLE line.", ({ rng }) => {
      const tok = rng.b64url(64);
      return { value: tok, event: { lines: [['console', `[api] 401 em /v2/agentes/caixa, cabeçalhos {"Accept":"application/json","Authorization":"Bearer ${tok}","X-Balcao":"HOR-02"}`, 3]] } };
    }),
    3,
    plant('negative', 'electron-updater-sha512', 'none', "electron-updater's `sha512` of the new build from `latest-mac.yml` (base64): a file hash, no credential.", ({ rng }) => {
      const v = rng.bytes(64).toString('base64');
      return { value: v, event: { lines: [['console', `[updater] nova versão 4.2.1, sha512 ${v}`, 7]] } };
    }),
    3,
    plant('implicit-fragment', 'electron-console-did-navigate-access_token', 'error', "The app logs each navigation of its sign-in window: a CONSOLE line with `…/#access_token=<token>&token_type=Bearer&expires_in=3600…` (the portal still uses the implicit flow for the desktop app).", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { lines: [['console', `[auth] did-navigate https://${AGENTES}/#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}`, 5]] } };
    }),
    3,
    plant('session-id', 'electron-console-document-cookie', 'error', WHY.session("A diagnostics routine prints `document.cookie` (`ag_sessao=<value>; idioma=pt`) to the console"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { lines: [['console', `[diag] document.cookie ag_sessao=${sid}; idioma=pt`, 9]] } };
    }),
    3,
    plant('webhook', 'electron-console-ntfy-topic-url', 'error', WHY.webhook('The app publishes queue alerts to an ntfy topic (`https://ntfy.sh/<topic>`): the topic name is the only secret, for publishing and for reading'), ({ rng }) => {
      const topic = `mareluz-balcao-${lowerNum(rng, 20)}`;
      return { value: topic, event: { lines: [['console', `[alertas] falha ao publicar em https://ntfy.sh/${topic}: TypeError: Failed to fetch`, 4]] } };
    }),
    3,
    plant('negative', 'electron-console-sentry-event-id', 'none', 'A Sentry event id (32 hex) the app prints after reporting an error: an id, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { lines: [['console', `[sentry] evento enviado ${v}`, 6]] } };
    }),
    3,
    plant('framework-dump', 'electron-console-json-config-smtp-password', 'error', "The renderer prints the configuration the main process handed it (`JSON.stringify(config)`): the receipt mailer's `smtpPassword` in the CONSOLE line.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { lines: [['console', `[config] {"balcao":"HOR-02","impressora":"EPSON TM-T88VI","smtpHost":"smtp.mareluz.example","smtpUser":"recibos@mareluz.example","smtpPassword":"${pw}","modo":"producao"}`, 2]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'agente' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 0.log: /var/log/pods/checkin_checkin-api-7c9d8b6f5-x2k4q_<uid>/checkin-api/0.log, the file containerd's CRI plugin
// writes for a container (`<RFC 3339 with nanoseconds, trailing zeros cut> <stdout|stderr> <F|P> <line>`), of a Hono 4
// service on Node 24 behind the check-in kiosks and the boarding app: Hono's logger middleware (`  <-- GET <path>`,
// `  --> GET <path> <coloured status> <n>ms`, the path without its query) and console output (util.inspect of objects,
// over several lines when they are long: each line its own record with its own time).
// https://github.com/kubernetes/design-proposals-archive/blob/main/node/kubelet-cri-logging.md, https://hono.dev/docs/middleware/builtin/logger,
// https://nodejs.org/api/util.html#utilinspectobject-options

function criHonoLog(rng) {
  const criTime = (ms) => {
    const frac = `${pad(ms % 1000, 3)}${digits(rng, 6)}`.replace(/0+$/, '');
    return `${iso(ms).slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
  };
  const color = (st) => `\x1b[${st >= 500 ? 31 : st >= 400 ? 33 : st >= 300 ? 36 : 32}m${st}\x1b[0m`;
  const render = (e) => {
    const out = [];
    let t = e.t;
    const rec = (stream, text) => out.push(`${criTime(t++)} ${stream} F ${text}`);
    if (!e.noAccess) rec('stdout', `  <-- ${e.method} ${e.path}`);
    for (const [stream, text] of e.out ?? []) for (const l of text.split('\n')) rec(stream, l);
    if (!e.noAccess) {
      t = Math.max(t, e.t + e.ms);
      rec('stdout', `  --> ${e.method} ${e.path} ${color(e.status)} ${e.ms}ms`);
    }
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/v1/viagens/${rng.int(4000, 4999)}/passageiros` }),
      () => ({ method: 'POST', path: '/v1/checkin', status: 201, out: [['stdout', `checkin concluído reserva=${locator(rng)} lugares=${rng.int(1, 4)}`]] }),
      () => ({ path: '/healthz', ms: rng.int(0, 2) }),
      () => ({ path: `/v1/viagens/${rng.int(4000, 4999)}/estado` }),
      () => ({ noAccess: true, out: [['stdout', `[fila] ${rng.int(0, 30)} check-ins pendentes`]] }),
    ])();
  const steps = [
    { raw: { noAccess: true, out: [['stdout', 'checkin-api 2.8.1 a escutar em http://0.0.0.0:3000']] }, after: 0 },
    3,
    plant('header-dump', 'cri-hono-util-inspect-headers-bearer-jwt', 'error', "A debugging `console.log('cabecalhos', c.req.header())`: util.inspect writes one header a line, each line a CRI record with its own time, `authorization: 'Bearer <JWT>'` among them", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 600, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['checkin-api'], sub: rng.uuid(), client_id: 'app-embarque', scp: ['embarque'] } });
      return { value: token.token, jwt: token.facts, event: { path: `/v1/passageiros/${rng.int(100000, 999999)}`, out: [['stdout', ['cabecalhos {', `  host: '${CHECKIN}',`, "  'user-agent': 'okhttp/5.3.0',", "  accept: 'application/json',", `  authorization: 'Bearer ${token.token}',`, `  'x-forwarded-for': '${publicIp(rng)}',`, `  'x-request-id': '${rng.uuid()}'`, '}'].join('\n')]] } };
    }),
    3,
    plant('path-secret', 'cri-hono-sign-in-link-path', 'error', WHY.pathSecret("A passenger's sign-in link (`/v1/entrar/link/<token>`): Hono's logger writes the path when the request comes in and when it is answered"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { path: `/v1/entrar/link/${token}`, status: 302 } };
    }),
    3,
    plant('negative', 'cri-hono-svix-signature', 'none', "A Svix webhook's `svix-signature: v1,<base64>` logged on arrival: an HMAC of the body, no credential.", ({ rng }) => {
      const sig = `v1,${rng.bytes(32).toString('base64')}`;
      return { value: sig, event: { method: 'POST', path: '/v1/webhooks/svix', status: 204, out: [['stdout', `webhook recebido svix-id=msg_${rng.alnum(27)} svix-timestamp=${Math.floor(DAY0 / 1000) + 5 * 3600} svix-signature=${sig}`]] } };
    }),
    3,
    plant('embed-jwt', 'cri-hono-embed-fleet-map-jwt-120s', 'warning', 'The fleet map embedded on the ports\' screens (`/v1/embed/mapa-frota/<JWT>`): a JWT valid 120 s without jti in the path, live when the logger wrote it', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 12, claims: { resource: { porto: 'HOR' }, params: { camada: 'navios' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/v1/embed/mapa-frota/${token.token}` } };
    }),
    3,
    plant('framework-dump', 'cri-hono-util-inspect-query-partner_secret', 'error', "A handler logs `c.req.query()` (util.inspect on one line): `{ viagem: '…', partner_secret: '<secret>' }` of a port authority's boarding list call.", ({ rng }) => {
      const secret = rng.alnum(32);
      return { value: secret, event: { path: '/v1/parceiros/lista-embarque', out: [['stdout', `query { viagem: '${rng.int(4000, 4999)}', partner_secret: '${secret}' }`]] } };
    }),
    3,
    plant('replay', 'cri-hono-bilhete-ticket-path-once', 'note', WHY.ticketFirst('An opaque ticket in the path of a boarding pass opening (`/v1/bilhete/abrir/<ticket>`); Hono\'s logger writes it twice for the one request (a `sameRequestAs` line: no replay)'), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { path: `/v1/bilhete/abrir/${tk}` } };
    }),
    3,
    plant('id-token', 'cri-hono-util-inspect-form-post-id_token', 'error', "The OpenID Connect callback (`form_post`) logs the posted fields: util.inspect puts `id_token: '<JWT>'` on a record of its own, with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, jti: true, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['app-embarque'], sub: rng.uuid(), sid: rng.uuid(), nonce: rng.alnum(22), auth_time: Math.floor(t / 1000) - 40 } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/v1/auth/retorno', status: 302, out: [['stdout', ['oidc callback {', `  state: '${rng.b64url(32)}',`, `  id_token: '${token.token}',`, `  scope: 'openid offline_access'`, '}'].join('\n')]] } };
    }),
    3,
    plant('encoded', 'cri-hono-node-buffer-hex-token', 'error', 'A handler logs the raw body it received (`console.log(\'corpo\', body)` of a Buffer): util.inspect writes its first 50 bytes in hex, the kiosk token among them (`74 6f 6b 65 6e 22 3a 22 …`), one hex decoding away.', ({ rng }) => {
      const tok = rng.alnum(40);
      const buf = Buffer.from(`{"token":"${tok}","quiosque":"HOR-K3","versao":"1.9.0"}`);
      const hex = [...buf.subarray(0, 50)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      const needle = [...Buffer.from(tok)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      return { value: needle, event: { method: 'POST', path: '/v1/quiosque/sincronizar', out: [['stdout', `corpo <Buffer ${hex} ... ${buf.length - 50} more bytes>`]] } };
    }),
    3,
    plant('webhook', 'cri-hono-directus-flow-trigger-url', 'error', WHY.webhook('A Directus flow with a webhook trigger (`/flows/trigger/<uuid>`) the service calls after each boarding, in its stderr error'), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'POST', path: '/v1/embarque/concluir', status: 202, out: [['stderr', `Directus flow falhou: POST https://cms.mareluz.example/flows/trigger/${id} -> 503 Service Unavailable`]] } };
    }),
    3,
    plant('negative', 'cri-hono-stripe-event-id', 'none', 'A Stripe event id (`evt_<24>`) logged by the payments webhook: an id, no credential.', ({ rng }) => {
      const v = `evt_${rng.alnum(24)}`;
      return { value: v, event: { method: 'POST', path: '/v1/webhooks/stripe', out: [['stdout', `evento stripe ${v} payment_intent.succeeded`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: CHECKIN }, filler: (rng) => ({ method: 'GET', status: 200, ms: rng.int(2, 90), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// query.log: Prometheus 3.7's query log (`query_log_file`), written by promslog's JSON handler: `time`, `level`,
// `source`, `msg` ("promql query logged"), then `params` (`end`, `query`, `start`, `step`), `stats` (`timings`,
// `samples`), `spanID`, and where the query came from (`httpRequest` with `clientIP`, `method`, `path` for the API,
// `ruleGroup` for rule evaluations). Blackbox exporter targets are URLs in the `instance` label, so an operator's
// ad-hoc query on a probe writes the probed URL.
// https://prometheus.io/docs/guides/query-log/, https://github.com/prometheus/blackbox_exporter#prometheus-configuration

function prometheusLog(rng) {
  const fmt = (ms) => `${iso(ms).slice(0, 23)}Z`;
  const num = (rng, lo, hi) => Number((lo + rng.next() * (hi - lo)).toPrecision(6));
  const render = (e, rng) => {
    const end = e.instant ? e.t - rng.int(5, 400) : Math.floor(e.t / 15000) * 15000;
    const start = e.instant ? end : end - (e.range ?? 3600) * 1000;
    const params = { end: fmt(end), query: e.q, start: fmt(start), step: e.instant ? 0 : (e.step ?? 15) };
    const inner = num(rng, 0.0001, 0.02);
    const round = (x) => Number(x.toPrecision(6));
    const stats = { timings: { evalTotalTime: round(inner + 0.00002), resultSortTime: 0, queryPreparationTime: num(rng, 0.00002, 0.0009), innerEvalTime: inner, execQueueTime: num(rng, 0.00001, 0.00009), execTotalTime: round(inner + 0.0009) }, samples: { totalQueryableSamples: rng.int(10, 90000), peakSamples: rng.int(2, 4000) } };
    const rec = { time: fmt(e.t), level: 'INFO', source: 'engine.go:707', msg: 'promql query logged', params, stats, spanID: e.span ?? '0000000000000000' };
    if (e.rule) rec.ruleGroup = { file: '/etc/prometheus/rules/blackbox.yml', name: e.rule };
    else rec.httpRequest = { clientIP: e.client ?? '10.0.3.40', method: e.verb ?? 'GET', path: e.instant ? '/api/v1/query' : '/api/v1/query_range' };
    return [JSON.stringify(rec)];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ rule: 'blackbox', instant: true, q: 'probe_success{job="blackbox-http"} == 0' }),
      () => ({ rule: 'nos', instant: true, q: '(node_filesystem_avail_bytes{fstype!="tmpfs"} / node_filesystem_size_bytes) < 0.1' }),
      () => ({ q: `sum by (status) (rate(http_requests_total{service="${rng.pick(['checkin-api', 'reservas', 'api'])}"}[5m]))`, span: rng.hex(16) }),
      () => ({ q: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="reservas"}[5m])))', span: rng.hex(16) }),
      () => ({ q: 'up{job="node"}', instant: true, client: '10.0.3.41' }),
    ])();
  const steps = [
    4,
    plant('embed-jwt', 'prometheus-probe-instance-embed-jwt-no-exp', 'error', "An operator queries the probe of the quay screens' embedded dashboard: the blackbox target (`instance=\"https://painel…/embed/ocupacao-cais/<JWT>\"`) is a JWT without `exp`, with the entry's time", ({ rng, t }) => {
      const token = jwt(rng, t, { age: 40 * 86400, claims: { resource: { dashboard: 12 }, params: { porto: 'HOR' } } });
      return { value: token.token, jwt: token.facts, event: { instant: true, q: `probe_success{job="blackbox-http",instance="https://painel.mareluz.example/embed/ocupacao-cais/${token.token}"}`, client: '10.0.3.52' } };
    }),
    4,
    plant('negative', 'prometheus-metric-name-auth_token_refresh', 'none', 'A query on a counter named `auth_token_refresh_total`: a metric name with the word token, no value.', () => ({ value: 'auth_token_refresh_total', event: { q: 'sum(rate(auth_token_refresh_total{service="api"}[5m]))', span: rng.hex(16) } })),
    4,
    plant('path-secret', 'prometheus-probe-instance-private-ical-feed', 'error', WHY.pathSecret("A probed crew roster feed (`instance=\"https://tripulacao…/escala/ical/<token>.ics\"`): the private iCal URL opens the roster to whoever holds it"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { q: `probe_http_status_code{instance="https://tripulacao.mareluz.example/escala/ical/${token}.ics"}`, span: rng.hex(16), range: 21600, step: 60 } };
    }),
    4,
    plant('api-key-name', 'prometheus-probe-instance-sharedSecret', 'error', WHY.apiKey('sharedSecret') + " A port authority's tide API probed with its key in the target URL (`instance=\"…?sharedSecret=<key>\"`).", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { q: `probe_duration_seconds{instance="https://api.portos-x.example/v1/mares?sharedSecret=${key}"}`, span: rng.hex(16) } };
    }),
    4,
    plant('negative', 'prometheus-span-id', 'none', 'The `spanID` of a traced query: a trace span id, no credential.', ({ rng }) => {
      const span = rng.hex(16);
      return { value: span, event: { q: 'sum by (navio) (increase(checkin_total[1h]))', span } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'prometheus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rq-worker.log: an RQ 2.6 worker (`rq worker --with-scheduler --date-format '%Y-%m-%d %H:%M:%S' high default low`)
// under supervisord: `<time> <message>`, each job as `<queue>: <func>(<args>, <kwargs sorted by name>) (<job id>)`, then
// `<queue>: Job OK (<job id>)` and `Result is kept for 500 seconds`; a failing job's traceback continues the record on
// untimed lines.
// https://python-rq.org/docs/workers/, https://github.com/rq/rq/blob/master/rq/utils.py

function rqLog(rng) {
  const render = (e) => e.lines.flatMap(([dt, msg]) => {
    const [first, ...rest] = msg.split('\n');
    return [`${ymdHms(e.t + dt * 1000)} ${first}`, ...rest];
  });
  const job = (queue, desc, secs = 1) => {
    const id = rng.uuid();
    return [[0, `${queue}: ${desc} (${id})`], [secs, `${queue}: Job OK (${id})`], [secs, 'Result is kept for 500 seconds']];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: job('default', `mareluz.bilhetes.enviar_bilhete(reserva_id=${rng.int(40000, 49999)})`) }),
      () => ({ lines: job('low', `mareluz.relatorios.ocupacao_diaria(data='2026-12-07', rota='${route(rng)}')`, 3) }),
      () => ({ lines: job('high', `mareluz.embarque.fechar_manifesto(viagem_id=${rng.int(4000, 4999)})`) }),
      () => ({ lines: [[0, `Cleaning registries for queue: ${rng.pick(['high', 'default', 'low'])}`]] }),
    ])();
  const WID = rng.hex(32);
  const steps = [
    { raw: { lines: [[0, `Worker ${WID} started with PID 812, version 2.6.1`], [0, `Subscribing to channel rq:pubsub:${WID}`], [0, '*** Listening on high, default, low...'], [0, 'Scheduler for high, default, low started with PID 814']] }, after: 0 },
    3,
    plant('path-secret', 'rq-job-description-reset-link', 'error', WHY.pathSecret("A password-reset mail job: RQ's job description repeats its arguments, the link (`/redefinir-senha/<token>`) among them"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: job('default', `mareluz.emails.enviar_redefinicao(email='carla.m@agencia-x.example', ligacao='https://${SITE}/redefinir-senha/${token}')`) } };
    }),
    3,
    plant('negative', 'rq-job-argon2-hash', 'none', 'A migration job receives a password hash (`$argon2id$v=19$…`): a salted hash, no credential.', ({ rng }) => {
      const h = `$argon2id$v=19$m=65536,t=3,p=4$${rng.b64url(22)}$${rng.b64url(43)}`;
      return { value: h, event: { lines: job('low', `mareluz.contas.migrar_hash(hash='${h}', utilizador_id=${rng.int(1000, 99999)})`) } };
    }),
    3,
    plant('refresh-token', 'rq-job-kwarg-hubspot-refresh_token', 'error', `${WHY.refresh} A CRM sync job is queued with HubSpot's refresh token as an argument (\`refresh_token='na1-…'\`).`, ({ rng }) => {
      const rt = `na1-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
      return { value: rt, event: { lines: job('high', `mareluz.crm.sincronizar_contactos(conta='agencias', refresh_token='${rt}')`, 4) } };
    }),
    3,
    plant('id-token', 'rq-job-expired-id_token_hint', 'note', "A queued sign-out job (`terminar_sessao_idp(id_token_hint='<ID token>', …)`) ran from the retry queue four hours after the token expired: the job line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3600 + 4 * 3600, jti: true, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['reservas-web'], sub: rng.uuid(), sid: rng.uuid() } });
      return { value: token.token, jwt: token.facts, event: { lines: job('default', `mareluz.sessoes.terminar_sessao_idp(id_token_hint='${token.token}', utilizador_id=${rng.int(1000, 99999)})`) } };
    }),
    3,
    plant('webhook', 'rq-job-windmill-webhook-token', 'error', WHY.webhook('A Windmill webhook that runs the till-closing flow (`/api/w/<workspace>/jobs/run/p/<path>?token=<token>`), passed to a job as its URL'), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { lines: job('low', `mareluz.ops.disparar_fluxo(url='https://windmill.mareluz.example/api/w/operacoes/jobs/run/p/f/ops/fecho_caixa?token=${tok}')`, 2) } };
    }),
    3,
    plant('framework-dump', 'rq-job-dict-repr-sftp-password', 'error', "A manifest export job takes its SFTP settings as a dict: RQ's description writes its repr, `'palavra_passe': '<password>'` in it.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { lines: job('low', `mareluz.integracoes.exportar_manifesto(config={'host': 'sftp.portos-x.example', 'porta': 22, 'utilizador': 'mareluz', 'palavra_passe': '${pw}'}, viagem_id=${rng.int(4000, 4999)})`, 6) } };
    }),
    3,
    plant('header-dump', 'rq-traceback-exception-headers-token', 'error', "A failing job's traceback ends with the integration's exception, which carries the request headers (`'Authorization': 'Token <40 hex>'`), on an untimed line.", ({ rng }) => {
      const tok = rng.hex(40);
      const id = rng.uuid();
      return { value: tok, event: { lines: [[0, `high: mareluz.integracoes.publicar_escala(viagem_id=${rng.int(4000, 4999)}) (${id})`], [2, [`[Job ${id}]: exception raised while executing (mareluz.integracoes.publicar_escala)`, 'Traceback (most recent call last):', '  File "/app/.venv/lib/python3.13/site-packages/rq/worker.py", line 1598, in perform_job', '    rv = job.perform()', '  File "/app/.venv/lib/python3.13/site-packages/rq/job.py", line 1319, in perform', '    self._result = self._execute()', '  File "/app/mareluz/integracoes/portos.py", line 88, in publicar_escala', '    raise IntegracaoErro(resposta.status_code, cabecalhos=pedido.headers)', `mareluz.integracoes.erros.IntegracaoErro: pedido recusado (401) cabecalhos={'User-Agent': 'python-requests/2.32.5', 'Accept': 'application/json', 'Authorization': 'Token ${tok}'}`].join('\n')]] } };
    }),
    3,
    plant('negative', 'rq-job-jinja-placeholder', 'none', 'A template job argument with the placeholder `{{ link_cancelamento }}`: no value.', ({ rng }) => ({ value: '{{ link_cancelamento }}', event: { lines: job('default', `mareluz.emails.enviar_modelo(destino='grupo-${rng.int(10, 99)}', modelo='Olá {{ nome }}, pode cancelar em {{ link_cancelamento }}')`) } })),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'rq' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hurl-smoke.log: the stderr of `hurl --test --jobs 1 --very-verbose --secret admin_token=… --variables-file staging.env
// tests/smoke/*.hurl` (Hurl 7.1) in the staging pipeline: per entry `* Executing entry <n>`, the cookie store, the
// request spec, `* Request can be run with the following curl command:`, libcurl's `**` lines, `>` request and `<`
// response headers, captures and bodies; values passed with `--secret` are written `***`, those from the variables
// file are not. No time on any line.
// https://hurl.dev/docs/manual.html, https://hurl.dev/docs/running-tests.html

function hurlLog(rng) {
  const IP = '198.51.100.40';
  const entry = (n, { method = 'GET', host = API, path, headers = [], cookies = [], body, ctype, status = 200, resHeaders = [], captures = [], resBody, reuse = true, ms = rng.int(20, 180) }) => {
    const url = `https://${host}${path}`;
    const curlH = [...headers, ...(ctype ? [['Content-Type', ctype]] : [])].map(([k, v]) => `--header '${k}: ${v}'`);
    const curlC = cookies.length ? [`--cookie '${cookies.map((c) => `${c.name}=${c.value}`).join('; ')}'`] : [];
    const curl = ['curl', ...curlH, ...curlC, ...(body ? [`--data '${body}'`] : []), ...(method !== 'GET' && !body ? [`--request ${method}`] : []), `'${url}'`].join(' ');
    const bytes = resBody ? Buffer.byteLength(resBody) : 0;
    return [
      '* ------------------------------------------------------------------------------',
      `* Executing entry ${n}`,
      '*',
      '* Cookie store:',
      ...cookies.map((c) => `* ${c.httpOnly ? '#HttpOnly_' : ''}${host}\tFALSE\t/\tTRUE\t0\t${c.name}\t${c.value}`),
      '*',
      '* Request:',
      `* ${method} ${url}`,
      ...headers.map(([k, v]) => `* ${k}: ${v}`),
      '*',
      '* Request can be run with the following curl command:',
      `* ${curl}`,
      '*',
      ...(reuse ? [`** Re-using existing connection with host ${host}`] : [`**   Trying ${IP}:443...`, `** Connected to ${host} (${IP}) port 443`, '** ALPN: curl offers h2,http/1.1', '** SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519MLKEM768 / id-ecPublicKey', '** ALPN: server accepted h2', '** using HTTP/2']),
      `> ${method} ${path} HTTP/2`,
      `> Host: ${host}`,
      '> Accept: */*',
      ...(cookies.length ? [`> Cookie: ${cookies.map((c) => `${c.name}=${c.value}`).join('; ')}`] : []),
      ...headers.map(([k, v]) => `> ${k}: ${v}`),
      ...(ctype ? [`> Content-Type: ${ctype}`] : []),
      '> User-Agent: hurl/7.1.0',
      ...(body ? [`> Content-Length: ${Buffer.byteLength(body)}`] : []),
      '>',
      '* Request body:',
      ...(body ? [`* ${body}`] : []),
      '*',
      `* Response: (received ${bytes} bytes in ${ms} ms)`,
      '*',
      `< HTTP/2 ${status}`,
      ...(resBody ? ['< content-type: application/json; charset=utf-8', `< content-length: ${bytes}`] : []),
      ...resHeaders.map(([k, v]) => `< ${k}: ${v}`),
      '< date: Mon, 07 Dec 2026 08:00:00 GMT',
      '<',
      ...(captures.length ? ['* Captures:', ...captures.map(([k, v]) => `* ${k}: ${v}`), '*'] : []),
      '* Response body:',
      ...(resBody ? [`* ${resBody}`] : []),
      '*',
    ];
  };
  let file = 0;
  let n = 0;
  let total = 0;
  const connected = new Set();
  let fileStart = DAY0 + 8 * HOUR;
  // The run takes seconds: its `date` headers and summary compress the builder's spacing of events (a 300th of it).
  const HSTART = DAY0 + 8 * HOUR;
  const runTime = (ms) => HSTART + Math.floor((ms - HSTART) / 300);
  const render = (e) => {
    const date = new Date(runTime(e.t)).toUTCString();
    const lines = [];
    if (e.file) {
      file++;
      n = 0;
      fileStart = runTime(e.t);
      if (file === 1) lines.push('* Options:', '*     fail fast: true', '*     follow redirect: false', '*     insecure: false', '*     max redirect: 50', '*     retry: 0');
    }
    for (const spec of e.entries ?? []) {
      total++;
      const host = spec.host ?? API;
      lines.push(...entry(++n, { ...spec, reuse: connected.has(host) }));
      connected.add(host);
    }
    if (e.done) lines.push(`${e.done}: Success (${n} request(s) in ${runTime(e.t) - fileStart} ms)`);
    if (e.summary) lines.push('--------------------------------------------------------------------------------', `Executed files:    ${file}`, `Executed requests: ${total} (${((total * 1000) / (runTime(e.t) - HSTART)).toFixed(1)}/s)`, `Succeeded files:   ${file} (100.0%)`, 'Failed files:      0 (0.0%)', `Duration:          ${runTime(e.t) - HSTART} ms`);
    return lines.map((l) => l.replace('Mon, 07 Dec 2026 08:00:00 GMT', date));
  };
  const seats = rng.int(0, 300);
  const filler = (rng) => ({ entries: [rng.pick([
    { path: `/v2/horarios?rota=${route(rng)}&data=2026-12-2${rng.int(0, 9)}`, resBody: `{"partidas":[{"hora":"08:30","lugares":${seats}}]}`, captures: [['lugares', String(seats)]] },
    { path: '/v2/portos', resBody: '{"portos":["PDL","HOR","PIX","SJZ","TER"]}' },
    { path: '/healthz', resBody: '{"estado":"ok"}' },
  ])] });
  const steps = [
    { raw: { file: 'tests/smoke/publico.hurl', entries: [{ path: '/healthz', resBody: '{"estado":"ok"}' }] }, after: 0 },
    2,
    plant('path-secret', 'hurl-unsubscribe-link-path', 'error', WHY.pathSecret('A test opens the unsubscribe link of a seeded newsletter subscriber (`/cancelar-subscricao/<token>`): the request spec, the curl command and the `>` request line'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { entries: [{ host: SITE, path: `/cancelar-subscricao/${token}`, status: 200, resBody: '{"subscrito":false}' }] } };
    }),
    2,
    { raw: { done: 'tests/smoke/publico.hurl' } },
    plant('framework-dump', 'hurl-request-body-json-password', 'error', "A test signs in a staging account with a JSON body: the curl command's `--data '{…\"palavra_passe\":\"…\"}'` and `* Request body:` write the password.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { file: 'tests/smoke/reservas.hurl', entries: [{ method: 'POST', path: '/v2/testes/entrar', ctype: 'application/json', body: `{"email":"qa.smoke@mareluz.example","palavra_passe":"${pw}"}`, resBody: '{"estado":"ok"}' }] } };
    }, { after: 1 }),
    2,
    plant('header-dump', 'hurl-authorization-bearer-variable', 'error', "A bearer token read from the variables file (not a `--secret`): the request spec, the curl command's `--header` and the `> Authorization:` line write it.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { entries: [{ path: `/v2/reservas/${locator(rng)}`, headers: [['Authorization', `Bearer ${tok}`]], resBody: '{"estado":"confirmada","passageiros":2}' }] } };
    }),
    2,
    plant('negative', 'hurl-secret-redacted', 'none', 'A header from a `--secret` variable: Hurl writes `X-Admin-Token: ***` in the spec, the curl command and the request headers, no value.', () => ({ value: 'X-Admin-Token: ***', event: { entries: [{ path: '/v2/admin/estado', headers: [['X-Admin-Token', '***']], resBody: '{"filas":3}' }] } })),
    2,
    plant('implicit-fragment', 'hurl-location-access_token', 'error', 'A test of the partner widget\'s implicit grant checks the redirect: `< location: …/retorno#access_token=<token>&token_type=Bearer…`.', ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { entries: [{ host: RES, path: `/oauth/autorizar?response_type=token&client_id=widget-parceiro&state=${rng.alnum(12)}`, status: 302, resHeaders: [['location', `https://widget.parceiro-x.example/retorno#access_token=${tok}&token_type=Bearer&expires_in=900`]] }] } };
    }),
    2,
    plant('negative', 'hurl-captured-csrf-token', 'none', 'A captured `x-csrf-token` response header (`* csrf: …` under Captures): a CSRF token, no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { entries: [{ host: RES, path: '/reservas/nova', resHeaders: [['x-csrf-token', v]], captures: [['csrf', v]], resBody: '{"passo":1}' }] } };
    }),
    2,
    plant('api-key-name', 'hurl-x-api-secret-header', 'error', WHY.apiKey('X-Api-Secret') + ' The partner API test reads it from the variables file: spec, curl command and request headers.', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { entries: [{ path: '/v2/parceiros/disponibilidade?rota=PDL-HOR', headers: [['X-Api-Secret', key]], resBody: '{"disponivel":true}' }] } };
    }),
    2,
    plant('session-id', 'hurl-set-cookie-sessionid', 'error', WHY.session("A guest session opened by one entry (`< set-cookie: SESSIONID=<value>`) and sent by the next: the cookie store line, the curl command's `--cookie` and the `> Cookie:` header repeat it"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { entries: [{ method: 'POST', path: '/v2/sessao/convidado', status: 201, resHeaders: [['set-cookie', `SESSIONID=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]], resBody: '{"convidado":true}' }, { path: '/v2/carrinho', cookies: [{ name: 'SESSIONID', value: sid, httpOnly: true }], resBody: '{"itens":[]}' }] } };
    }),
    { raw: { done: 'tests/smoke/reservas.hurl', summary: true } },
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'hurl' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// reservas_api.yml: a VCR 6 cassette the booking back end's RSpec suite recorded (spec/fixtures/vcr_cassettes/), as Psych
// writes it: `http_interactions:` with each request (`method`, `uri`, `body` with `encoding` and `string`, `headers` as
// lists), its response and `recorded_at`, then `recorded_with:`. `filter_sensitive_data` replaced what it was told about
// with a placeholder, nothing else. No time on the lines that hold values.
// https://github.com/vcr/vcr, https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data

function vcrLog(rng) {
  const header = ['---', 'http_interactions:'];
  const when = (ms) => new Date(ms).toUTCString();
  const render = (e) => {
    if (e.lines) return e.lines;
    const reqH = [['User-Agent', 'Faraday v2.14.0'], ...(e.body !== undefined ? [['Content-Type', e.ctype ?? 'application/x-www-form-urlencoded']] : []), ...(e.reqH ?? []), ['Accept-Encoding', 'gzip;q=1.0,deflate;q=0.6,identity;q=0.3'], ['Accept', '"*/*"']];
    const resH = [['Date', when(e.t)], ['Content-Type', e.rtype ?? 'application/json; charset=utf-8'], ...(e.resH ?? []), ['Connection', 'keep-alive']];
    // libyaml (Psych) breaks a scalar at a space once the line is past 80 columns, going on indented by 8.
    const fold = (text, col) => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        if (text[i] === ' ' && col > 80 && text[i - 1] !== ' ' && text[i + 1] !== ' ') {
          out += '\n        ';
          col = 8;
          continue;
        }
        out += text[i];
        col++;
      }
      return out;
    };
    const str = (v) => (v === '' ? "''" : fold(/^[{[]/.test(v) ? `'${v}'` : v, 14));
    return [
      '- request:',
      `    method: ${e.method.toLowerCase()}`,
      `    uri: ${e.uri}`,
      '    body:',
      `      encoding: ${e.body ? 'UTF-8' : 'US-ASCII'}`,
      `      string: ${str(e.body ?? '')}`,
      '    headers:',
      ...reqH.flatMap(([k, v]) => [`      ${k}:`, `      - ${fold(v, 8)}`]),
      '  response:',
      '    status:',
      `      code: ${e.status}`,
      `      message: ${{ 200: 'OK', 201: 'Created', 202: 'Accepted', 401: 'Unauthorized' }[e.status]}`,
      '    headers:',
      ...resH.flatMap(([k, v]) => [`      ${k}:`, `      - ${fold(v, 8)}`]),
      '    body:',
      '      encoding: UTF-8',
      `      string: ${str(e.resBody ?? '')}`,
      `  recorded_at: ${when(e.t)}`,
    ].flatMap((text) => text.split('\n'));
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ uri: `https://${API}/v2/horarios?rota=${route(rng)}&data=2026-12-2${rng.int(0, 9)}`, resBody: `{"partidas":[{"hora":"08:30","navio":"Mestre Simão","lugares":${rng.int(0, 300)}}]}` }),
      () => ({ uri: `https://${API}/v2/portos`, resBody: '{"portos":["PDL","HOR","PIX","SJZ","TER","GRW","FLW"]}' }),
      () => ({ method: 'POST', uri: `https://${API}/v2/reservas`, body: `{"rota":"${route(rng)}","data":"2026-12-22","adultos":2}`, ctype: 'application/json', status: 201, resBody: `{"localizador":"${locator(rng)}","estado":"pendente"}` }),
    ])();
  const steps = [
    plant('oauth-code', 'vcr-kakao-token-request-code', 'warning', `${WHY.code} The recorded token exchange of Kakao Login keeps the request body (\`grant_type=authorization_code&…&code=<code>\`); the callback's \`state\` was checked before it.`, ({ rng }) => {
      const code = rng.b64url(86);
      const rt = rng.b64url(54);
      return {
        marks: [
          { value: code },
          { value: rt, category: 'refresh-token', kind: 'vcr-kakao-token-response-refresh_token', expect: 'error', why: `${WHY.refresh} Kakao's token response recorded whole in the cassette's body string (\`"refresh_token":"…"\`, valid two months).` },
        ],
        event: { method: 'POST', uri: 'https://kauth.kakao.com/oauth/token', body: `grant_type=authorization_code&client_id=${rng.hex(32)}&redirect_uri=https%3A%2F%2F${SITE}%2Fentrar%2Fkakao%2Fretorno&code=${code}`, rtype: 'application/json;charset=utf-8', resBody: `{"access_token":"${rng.b64url(54)}","token_type":"bearer","refresh_token":"${rt}","expires_in":21599,"scope":"profile_nickname account_email","refresh_token_expires_in":5183999}` },
      };
    }),
    2,
    plant('negative', 'vcr-link-header-page_info', 'none', 'A `Link` header with a `page_info=` cursor (base64 JSON of the last id): pagination, no credential.', ({ rng }) => {
      const v = b64Of(JSON.stringify({ ultimo: rng.int(40000, 49999), direcao: 'seguinte' })).replace(/=+$/, '');
      return { value: v, event: { uri: `https://${API}/v2/reservas?limite=50`, resH: [['Link', `<https://${API}/v2/reservas?limite=50&page_info=${v}>; rel="next"`]], resBody: '{"reservas":[]}' } };
    }),
    2,
    plant('webhook', 'vcr-zenduty-integration-url', 'error', WHY.webhook('A Zenduty integration endpoint (`/api/events/<integration key>/`) the alerting client posts incidents to'), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { method: 'POST', uri: `https://www.zenduty.com/api/events/${key}/`, body: '{"alert_type":"critical","message":"Fila de check-in parada","summary":"checkin-api sem consumidores"}', ctype: 'application/json', status: 201, resBody: '{"message":"Event created"}' } };
    }),
    2,
    plant('encoded', 'vcr-basic-client-credentials', 'error', "The partner's client-credentials call keeps `Authorization: Basic <base64 of client_id:client_secret>` in the request headers: one decoding from the client secret (`filter_sensitive_data` only covered the access token).", ({ rng }) => {
      const b64 = b64Of(`mareluz-reservas:${rng.alnum(32)}`);
      return {
        marks: [
          { value: b64 },
          { value: '<PARTNER_ACCESS_TOKEN>', category: 'negative', kind: 'vcr-filter-sensitive-data-placeholder', expect: 'none', why: "VCR's `filter_sensitive_data` placeholder `<PARTNER_ACCESS_TOKEN>` in the recorded response: no value." },
        ],
        event: { method: 'POST', uri: 'https://api.parceiro-x.example/oauth/token', body: 'grant_type=client_credentials&scope=reservas', reqH: [['Authorization', `Basic ${b64}`]], resBody: '{"access_token":"<PARTNER_ACCESS_TOKEN>","token_type":"Bearer","expires_in":3600}' },
      };
    }),
    2,
    plant('api-key-name', 'vcr-uri-apiSecretKey', 'error', WHY.apiKey('apiSecretKey') + ' A sea-state API recorded with its key in the request URI.', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { uri: `https://api.meteo-mar-x.example/v1/ondulacao?lat=38.53&lon=-28.63&apiSecretKey=${key}`, resBody: '{"altura_m":2.4,"periodo_s":11,"direcao":"NW"}' } };
    }),
    2,
    plant('header-dump', 'vcr-authorization-ssws-okta-api-token', 'error', "An Okta API call recorded with its header `Authorization: SSWS <API token>` (Okta's scheme for its long-lived admin API tokens).", ({ rng }) => {
      const tok = `00${rng.b64url(40)}`;
      return { value: tok, event: { uri: 'https://mareluz.okta.com/api/v1/users?filter=status+eq+%22ACTIVE%22&limit=20', reqH: [['Authorization', `SSWS ${tok}`]], resBody: `[{"id":"00u${rng.alnum(17)}","status":"ACTIVE"}]` } };
    }),
    2,
    plant('framework-dump', 'vcr-request-body-json-password', 'error', 'A sign-in recorded with its JSON request body (`"palavra_passe":"…"`) in the cassette.', ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { method: 'POST', uri: `https://${API}/v2/testes/entrar`, body: `{"email":"qa.rspec@mareluz.example","palavra_passe":"${pw}"}`, ctype: 'application/json', resBody: '{"estado":"ok"}' } };
    }),
    2,
    { raw: { lines: ['recorded_with: VCR 6.3.1'] } },
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'vcr' }, filler: (rng) => ({ method: 'GET', status: 200, ...filler(rng) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// pip-install.log: the file of `pip install --log /var/log/mareluz/pip-install.log …` (pip 25.3 on Python 3.13) in an
// image build, appended by each run: `<yyyy-mm-ddTHH:MM:SS,mmm> <message>` at DEBUG, indented by two spaces per nested
// step, with urllib3's request lines. pip writes an index URL on every line of a lookup and replaces a password in a URL's
// user part by `****`, nothing in its path or query.
// https://pip.pypa.io/en/stable/cli/pip/#cmdoption-log, https://help.cloudsmith.io/docs/entitlement-tokens

function pipLog(rng) {
  const stamp = (ms) => `${iso(ms).slice(0, 19)},${pad(ms % 1000, 3)}`;
  const render = (e) => e.lines.map((msg, i) => `${stamp(e.t + i * 7)} ${msg}`);
  const tmp = () => lowerNum(rng, 8);
  const start = (indexes) => {
    const bt = `/tmp/pip-build-tracker-${tmp()}`;
    return { bt, lines: ['Using pip 25.3 from /usr/local/lib/python3.13/site-packages/pip (python 3.13)', 'Non-user install because site-packages writeable', `Created temporary directory: ${bt}`, `Initialized build tracking at ${bt}`, `Created build tracker: ${bt}`, `Entered build tracker: ${bt}`, `Created temporary directory: /tmp/pip-install-${tmp()}`, `Created temporary directory: /tmp/pip-ephem-wheel-cache-${tmp()}`, `Looking in indexes: ${indexes}`] };
  };
  const satisfied = (name, ver, line) => `Requirement already satisfied: ${name}==${ver} in /usr/local/lib/python3.13/site-packages (from -r requirements.txt (line ${line})) (${ver})`;
  const fromPypi = (name, ver, line, sha) => {
    const page = `https://pypi.org/simple/${name}/`;
    const file = `${name.replace(/-/g, '_')}-${ver}-py3-none-any.whl`;
    return [`Collecting ${name}==${ver} (from -r requirements.txt (line ${line}))`, `  1 location(s) to search for versions of ${name}:`, `  * ${page}`, `  Fetching project page and analyzing links: ${page}`, `  Getting page ${page}`, `  https://pypi.org:443 "GET /simple/${name}/ HTTP/1.1" 200 None`, `  Fetched page ${page} as application/vnd.pypi.simple.v1+json`, `    Found link https://files.pythonhosted.org/packages/${rng.hex(2)}/${rng.hex(2)}/${rng.hex(60)}/${file}#sha256=${sha ?? rng.hex(64)} (from ${page}) (requires-python:>=3.9), version: ${ver}`, `  Downloading ${file} (${rng.int(20, 400)} kB)`];
  };
  const PKGS = [['requests', '2.32.5'], ['httpx', '0.28.1'], ['rq', '2.6.1'], ['redis', '7.1.0'], ['pydantic', '2.12.4'], ['boto3', '1.41.2'], ['jinja2', '3.1.6']];
  const filler = (rng) => {
    const s = start('https://pypi.org/simple');
    const [name, ver] = rng.pick(PKGS);
    return { lines: [...s.lines, ...fromPypi(name, ver, rng.int(2, 20)), `Installing collected packages: ${name}`, `Successfully installed ${name}-${ver}`, `Removed build tracker: '${s.bt}'`] };
  };
  const steps = [
    1,
    plant('path-secret', 'pip-cloudsmith-entitlement-token-index-path', 'error', WHY.pathSecret("A private package index whose entitlement token is a path segment (`https://dl.cloudsmith.io/<token>/mareluz/interno/python/simple/`): pip writes the index URL on every line of the lookup; its `****` only covers a URL's password"), ({ rng }) => {
      const token = rng.alnum(16);
      const index = `https://dl.cloudsmith.io/${token}/mareluz/interno/python/simple/`;
      const page = `${index}mareluz-tarifas/`;
      const file = 'mareluz_tarifas-4.2.0-py3-none-any.whl';
      const s = start(index);
      return { value: token, event: { lines: [...s.lines, 'Collecting mareluz-tarifas==4.2.0', '  1 location(s) to search for versions of mareluz-tarifas:', `  * ${page}`, `  Fetching project page and analyzing links: ${page}`, `  Getting page ${page}`, '  Starting new HTTPS connection (1): dl.cloudsmith.io:443', `  https://dl.cloudsmith.io:443 "GET /${token}/mareluz/interno/python/simple/mareluz-tarifas/ HTTP/1.1" 200 1342`, `  Fetched page ${page} as text/html`, `    Found link ${page}${file} (from ${page}) (requires-python:>=3.11), version: 4.2.0`, `  Downloading ${page}${file} (48 kB)`, 'Installing collected packages: mareluz-tarifas', 'Successfully installed mareluz-tarifas-4.2.0', `Removed build tracker: '${s.bt}'`] } };
    }),
    1,
    plant('negative', 'pip-redacted-index-password', 'none', "pip writes an index URL's password as `****` (`https://oauth2accesstoken:****@…pkg.dev/…`): masked, no value.", () => {
      const s = start('https://pypi.org/simple, https://oauth2accesstoken:****@europe-west1-python.pkg.dev/mareluz-ci/python/simple/');
      return { value: 'oauth2accesstoken:****@', event: { lines: [...s.lines, satisfied('requests', '2.32.5', 3), satisfied('httpx', '0.28.1', 4), satisfied('rq', '2.6.1', 5), `Removed build tracker: '${s.bt}'`] } };
    }),
    1,
    plant('api-key-name', 'pip-direct-url-deploy_key', 'error', WHY.apiKey('deploy_key') + ' A requirement points at a wheel on the artifact server with its key in the query: pip\'s `Collecting`, `Downloading` and urllib3\'s request line.', ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://artefactos.mareluz.example/pypi/mareluz_bilhetes-2.1.0-py3-none-any.whl?deploy_key=${key}`;
      const s = start('https://pypi.org/simple');
      return { value: key, event: { lines: [...s.lines, satisfied('requests', '2.32.5', 3), `Collecting mareluz-bilhetes@ ${url} (from -r requirements.txt (line 7))`, '  Starting new HTTPS connection (1): artefactos.mareluz.example:443', `  https://artefactos.mareluz.example:443 "GET /pypi/mareluz_bilhetes-2.1.0-py3-none-any.whl?deploy_key=${key} HTTP/1.1" 200 23552`, `  Downloading ${url} (23 kB)`, 'Installing collected packages: mareluz-bilhetes', 'Successfully installed mareluz-bilhetes-2.1.0', `Removed build tracker: '${s.bt}'`] } };
    }),
    1,
    plant('negative', 'pip-found-link-sha256', 'none', 'A wheel\'s `#sha256=<64 hex>` on a `Found link` line: a file hash, no credential.', ({ rng }) => {
      const sha = rng.hex(64);
      const s = start('https://pypi.org/simple');
      return { value: sha, event: { lines: [...s.lines, ...fromPypi('jinja2', '3.1.6', 9, sha), 'Installing collected packages: jinja2', 'Successfully installed jinja2-3.1.6', `Removed build tracker: '${s.bt}'`] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'pip' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// teleport-audit.log: a Teleport 18 cluster's file audit log (`/var/lib/teleport/log/events/…`), one JSON event a line:
// `user.login`, and for Application Access `app.session.start` (user, `addr.remote`), `app.session.chunk` and one
// `app.session.request` per HTTP request (`status_code`, `method`, `path`, `raw_query`), with `ei`, `event`, `uid`,
// `code`, `time` first. The internal apps (Grafana, Paperless-ngx, Kibana, the back office, the boarding console) are
// reached through Teleport's proxy, so their paths and queries are in the audit log.
// https://goteleport.com/docs/reference/audit-events/application-access/, https://goteleport.com/docs/enroll-resources/application-access/

function teleportLog(rng) {
  const APPS = {
    grafana: 'http://grafana.monitoring.svc:3000',
    paperless: 'http://paperless.docs.svc:8000',
    kibana: 'http://kibana.logs.svc:5601',
    backoffice: 'http://backoffice.reservas.svc:8080',
    embarque: 'http://consola-embarque.embarque.svc:8080',
    relatorios: 'http://relatorios.reservas.svc:8080',
    minio: 'http://minio-console.storage.svc:9090',
  };
  const SERVER = rng.uuid();
  const app = (name) => ({ app_uri: APPS[name], app_public_addr: `${name}.${TP}`, app_name: name });
  const sessions = {};
  const session = (user, name, addr) => {
    const key = `${user}/${name}`;
    if (!sessions[key]) sessions[key] = { sid: rng.uuid(), chunk: rng.uuid(), user, name, addr, ei: 0, started: false };
    return sessions[key];
  };
  const startEvents = (s, t) => {
    s.started = true;
    return [
      { ei: 0, event: 'app.session.start', uid: rng.uuid(), code: 'T2007I', time: iso(t), cluster_name: TP, user: s.user, user_kind: 1, sid: s.sid, private_key_policy: 'none', namespace: 'default', server_id: SERVER, server_hostname: 'teleport-apps-0', 'addr.remote': s.addr, public_addr: `${s.name}.${TP}`, ...app(s.name) },
      { ei: 0, event: 'app.session.chunk', uid: rng.uuid(), code: 'T2008I', time: iso(t + 1), cluster_name: TP, user: s.user, sid: s.sid, namespace: 'default', server_id: SERVER, session_chunk_id: s.chunk, ...app(s.name) },
    ];
  };
  const request = (s, t, { path, query = '', status = 200, method = 'GET' }) => ({ ei: ++s.ei, event: 'app.session.request', uid: rng.uuid(), code: 'T2009I', time: iso(t), cluster_name: TP, status_code: status, method, path, raw_query: query, session_chunk_id: s.chunk, ...app(s.name) });
  const render = (e) => {
    const out = [...(e.events ?? [])];
    const s = session(e.user, e.app, e.addr);
    if (!s.started) out.push(...startEvents(s, e.t - 40));
    for (const [i, r] of (e.requests ?? []).entries()) out.push(request(s, e.t + i * 120, r));
    return out.map((ev) => JSON.stringify(ev));
  };
  const USERS = [['joana.silva@mareluz.example', '192.0.2.10:51234'], ['tiago.melo@mareluz.example', '198.51.100.31:60022'], ['ines.rocha@mareluz.example', '203.0.113.54:49310']];
  const filler = (rng) => {
    const [user, addr] = rng.pick(USERS);
    return rng.pick([
      () => ({ user, addr, app: 'grafana', requests: [{ path: `/d/${rng.alnum(9)}/ocupacao-frota`, query: `orgId=1&refresh=30s&var-porto=${rng.pick(PORTS)}` }, { path: '/api/ds/query', query: 'ds_type=prometheus', method: 'POST' }] }),
      () => ({ user, addr, app: 'kibana', requests: [{ path: '/internal/search/ese', method: 'POST' }] }),
      () => ({ user, addr, app: 'paperless', requests: [{ path: '/api/documents/', query: `page=${rng.int(1, 9)}&ordering=-created` }] }),
    ])();
  };
  const steps = [
    { raw: { user: USERS[0][0], addr: USERS[0][1], app: 'grafana', events: [{ ei: 0, event: 'user.login', uid: rng.uuid(), code: 'T1001I', time: iso(DAY0 + 11 * HOUR - 60000), cluster_name: TP, user: USERS[0][0], required_private_key_policy: 'none', user_kind: 1, method: 'oidc', attributes: { groups: ['ops', 'reservas'] }, success: true, user_agent: BROWSERS[0], 'addr.remote': USERS[0][1] }] }, after: 0 },
    3,
    plant('oauth-code', 'teleport-raw-query-hydra-ory_ac-code', 'warning', `${WHY.code} Grafana's generic OAuth callback behind Teleport (\`/login/generic_oauth\`): the audit event's \`raw_query\` holds Ory Hydra's \`code=ory_ac_…\` beside \`state\`.`, ({ rng }) => {
      const code = `ory_ac_${rng.b64url(43)}.${rng.b64url(43)}`;
      return { value: code, event: { user: USERS[1][0], addr: USERS[1][1], app: 'grafana', requests: [{ path: '/login/generic_oauth', query: `state=${rng.b64url(43)}&code=${code}&scope=openid+offline_access+profile+email`, status: 302 }] } };
    }),
    3,
    plant('negative', 'teleport-kibana-rison-g', 'none', "Kibana's rison `_g=(…)` state in a `raw_query`: time range and refresh settings, no value.", ({ rng }) => {
      const v = `_g=(filters:!(),refreshInterval:(pause:!t,value:${rng.int(1, 9)}0000),time:(from:now-24h,to:now))`;
      return { value: v, event: { user: USERS[2][0], addr: USERS[2][1], app: 'kibana', requests: [{ path: '/app/discover', query: v }] } };
    }),
    3,
    plant('path-secret', 'teleport-path-paperless-share-link', 'error', WHY.pathSecret('A Paperless-ngx share link (`/share/<slug>`) opened through Teleport: the request event\'s `path`'), ({ rng }) => {
      const slug = rng.alnum(50);
      return { value: slug, event: { user: USERS[0][0], addr: USERS[0][1], app: 'paperless', requests: [{ path: `/share/${slug}` }] } };
    }),
    3,
    plant('id-token', 'teleport-raw-query-id_token_hint', 'error', "The back office's own sign-out route gets `id_token_hint=<ID token>` from its front end: the audit event's `raw_query`, with the event's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1200, jti: true, alg: 'RS256', kid: `public:${rng.uuid()}`, claims: { iss: `https://${CONTA}`, aud: ['backoffice'], sub: rng.uuid(), sid: rng.uuid(), auth_time: Math.floor(t / 1000) - 1260 } });
      return { value: token.token, jwt: token.facts, event: { user: USERS[1][0], addr: USERS[1][1], app: 'backoffice', requests: [{ path: '/oidc/sair', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fbackoffice.${TP}%2F`, status: 302 }] } };
    }),
    3,
    plant('replay', 'pass_ticket-jwt-jti-120s', 'note', WHY.ticketFirst('A JWT `pass_ticket` (jti, valid 120 s) that opens a passenger\'s record on the boarding console once'), ({ rng, t }) => {
      firstUse.pass = t;
      const token = jwt(rng, t, { lifetime: 120, age: 20, jti: true, claims: { iss: `https://${CONTA}`, aud: 'consola-embarque', sub: `passageiro:${rng.int(100000, 999999)}`, viagem: rng.int(4000, 4999) } });
      return { value: token.token, jwt: token.facts, event: { user: USERS[2][0], addr: USERS[2][1], app: 'embarque', requests: [{ path: '/passageiro', query: `pass_ticket=${token.token}` }] } };
    }, { ref: 'pass' }),
    plant('replay', 'pass_ticket-jwt-jti-120s', 'replay', '', ({ refs, t }) => {
      const first = refs.get('pass').value;
      return { marks: [{ value: first, jwt: factsAt(first, t), why: `${WHY.replay('pass_ticket', gap('pass', t))} Another user's app session (its \`app.session.start\` names the user and \`addr.remote\`).` }], event: { user: 'rui.pacheco@mareluz.example', addr: '198.51.100.87:52100', app: 'embarque', requests: [{ path: '/passageiro', query: `pass_ticket=${first}` }] } };
    }, { replayOf: 'pass', after: 48 }),
    3,
    plant('api-key-name', 'teleport-raw-query-appSecret', 'error', WHY.apiKey('appSecret') + " The reports app's CSV export takes it in the query: the audit event's `raw_query`.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { user: USERS[2][0], addr: USERS[2][1], app: 'relatorios', requests: [{ path: '/api/export.csv', query: `periodo=2026-11&appSecret=${key}` }] } };
    }),
    3,
    plant('negative', 'teleport-minio-console-base64-prefix', 'none', "MinIO Console's `prefix=` is the base64 of a folder name (`relatorios/2026/`): a path, no credential.", () => {
      const v = b64Of(`relatorios/2026/${pad(rng.int(1, 12))}/`);
      return { value: v, event: { user: USERS[0][0], addr: USERS[0][1], app: 'minio', requests: [{ path: '/api/v1/buckets/mareluz-exportacoes/objects', query: `prefix=${v}` }] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: TP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zabbix_server.log: Zabbix server 7.0's log file (`<pid, 6 wide>:<yyyymmdd>:<hhmmss>.<ms> <message>`): agents going
// unreachable and back, the housekeeper, and items that become (not) supported, named `"<host>:<item key>"`. Web page
// checks are `web.page.get[<URL>]` items of the Zabbix agent, so the URL is in the key the server writes.
// https://www.zabbix.com/documentation/7.0/en/manual/appendix/config/zabbix_server, https://www.zabbix.com/documentation/7.0/en/manual/config/items/itemtypes/zabbix_agent

function zabbixLog(rng) {
  const line = (pid, ms, msg) => `${String(pid).padStart(6)}:${iso(ms).slice(0, 10).replace(/-/g, '')}:${iso(ms).slice(11, 19).replace(/:/g, '')}.${pad(ms % 1000, 3)} ${msg}`;
  const render = (e) => e.lines.map(([pid, msg], i) => line(pid, e.t + i * 3, msg));
  const HOSTS = ['web-01', 'web-02', 'checkin-01', 'db-01', 'quiosque-hor-1', 'quiosque-pdl-3'];
  const KEYS = ['system.cpu.load[all,avg1]', 'vfs.fs.size[/,pused]', 'net.if.in[eth0]', 'proc.num[]'];
  const filler = (rng) => {
    const h = rng.pick(HOSTS);
    const pid = rng.int(16100, 16160);
    return rng.pick([
      () => ({ lines: [[pid, `Zabbix agent item "${rng.pick(KEYS)}" on host "${h}" failed: first network error, wait for 15 seconds`]] }),
      () => ({ lines: [[pid, `resuming Zabbix agent checks on host "${h}": connection restored`]] }),
      () => ({ lines: [[pid, `temporarily disabling Zabbix agent checks on host "${h}": interface unavailable`]] }),
      () => ({ lines: [[pid, `cannot send list of active checks to "10.0.3.${rng.int(60, 90)}": host [quiosque-ter-${rng.int(1, 4)}] not found`]] }),
      () => ({ lines: [[pid, `item "${h}:vfs.dev.read.await[sda]" became ${rng.pick(['supported', 'not supported: Cannot evaluate function: not enough data at "last(//vfs.dev.read.time.rate[sda])"'])}`]] }),
    ])();
  };
  const steps = [
    { raw: { lines: [[16071, 'Starting Zabbix Server. Zabbix 7.0.21 (revision 8f1c2d94a55).'], [16071, '****** Enabled features ******'], [16071, 'SNMP monitoring:           YES'], [16071, 'IPMI monitoring:           YES'], [16071, 'Web monitoring:            YES'], [16071, '******************************'], [16088, 'executing housekeeper'], [16088, `housekeeper [deleted ${rng.int(10000, 90000)} hist/trends, 0 items/triggers, ${rng.int(0, 40)} events, ${rng.int(0, 9)} problems, 0 sessions, 0 alarms, 0 audit, 0 autoreg_host, 0 records in 1.${digits(rng, 6)} sec, idle for 1 hour(s)]`]] }, after: 0 },
    4,
    plant('embed-jwt', 'zabbix-web-page-get-embed-jwt-expired', 'note', "A web check on the quay screens' embedded occupancy dashboard (`web.page.get[https://painel…/embed/ocupacao-frota/<JWT>]`) fails since its JWT expired a day before: the item key in the line, with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 7 * 86400, age: 8 * 86400, claims: { resource: { dashboard: 9 }, params: { porto: 'PDL' } } });
      return { value: token.token, jwt: token.facts, event: { lines: [[16152, `item "painel-cais:web.page.get[https://painel.mareluz.example/embed/ocupacao-frota/${token.token}]" became not supported: Cannot get content of web page: HTTP/1.1 401 Unauthorized`]] } };
    }),
    4,
    plant('negative', 'zabbix-user-macro-placeholder', 'none', 'An item key with the user macro `{$PARCEIRO_APIKEY}` not expanded (the macro is undefined on the host): a placeholder, no value.', () => ({ value: 'apikey={$PARCEIRO_APIKEY}', event: { lines: [[16147, 'item "parceiro-api:web.page.get[https://api.parceiro-x.example/v1/estado?apikey={$PARCEIRO_APIKEY}]" became not supported: Cannot get content of web page: HTTP/1.1 403 Forbidden']] } })),
    4,
    plant('encoded', 'zabbix-web-page-get-percent-encoded-next', 'error', 'A web check on a sign-in page whose `next=` is percent-encoded once (`next=%2Fbilhete%2Fver%3Ftoken%3D<token>`): one decoding away from an e-ticket token.', ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lines: [[16149, `item "site-publico:web.page.get[https://${SITE}/entrar?next=%2Fbilhete%2Fver%3Ftoken%3D${tok}]" became not supported: Cannot get content of web page: HTTP/1.1 404 Not Found`]] } };
    }),
    4,
    plant('api-key-name', 'zabbix-web-page-get-subscriptionKey', 'error', WHY.apiKey('subscriptionKey') + " A port authority's status API checked with its key in the URL of the item key.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [[16151, `item "portos-api:web.page.get[https://api.portos-x.example/v1/estado?subscriptionKey=${key}]" became not supported: Cannot get content of web page: Could not resolve host: api.portos-x.example`]] } };
    }),
    4,
    plant('negative', 'zabbix-web-page-get-cache-buster', 'none', 'A web check on a bundle with a `?v=<12 hex>` cache buster: a version tag, no credential.', ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { lines: [[16150, `item "cdn:web.page.get[https://cdn.mareluz.example/agentes/assets/app.js?v=${v}]" became supported`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'zabbix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// www.access.log: php-fpm 8.4's pool access log of the public site (Laravel, plus a few standalone scripts) with the
// `access.format` of the default pool file's example, `"%R - %u %t \"%m %r%Q%q\" %s %f %{mili}d %{kilo}M %C%%"`: the
// client address nginx passes, an empty user (hence two spaces), the time without brackets, the script name (Laravel's
// routes all show as `/index.php`) with the query string, the status, the script file, ms, peak KB and CPU %.
// https://www.php.net/manual/en/install.fpm.configuration.php, https://github.com/php/php-src/blob/master/sapi/fpm/www.conf.in,
// https://ifthenpay.com/docs/en/guides/callback

function fpmLog(rng) {
  const ROOT = '/var/www/mareluz/public';
  const render = (e, rng) => [`${e.ip} -  ${clf(e.t)} "${e.method} ${e.script ?? '/index.php'}${e.query ? `?${e.query}` : ''}" ${e.status} ${ROOT}${e.script ?? '/index.php'} ${e.ms}.${digits(rng, 3)} ${rng.int(2048, 8192)} ${rng.int(20, 99)}.${digits(rng, 2)}%`];
  const filler = (rng) =>
    rng.pick([
      () => ({ query: '' }),
      () => ({ query: `rota=${route(rng)}&data=2026-12-${pad(rng.int(10, 30))}` }),
      () => ({ method: 'POST', status: 302, query: '' }),
      () => ({ query: `pagina=${rng.int(2, 9)}` }),
      () => ({ script: '/status.php', ip: '127.0.0.1', query: 'json' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'fpm-mailchimp-callback-code', 'warning', `${WHY.code} Mailchimp's OAuth callback to the newsletter integration (a Laravel route, so the script is \`/index.php\`), \`code=<32 hex>&state=…\` in the query.`, ({ rng }) => {
      const code = rng.hex(32);
      return { value: code, event: { query: `code=${code}&state=${rng.b64url(40)}`, status: 302 } };
    }),
    4,
    plant('negative', 'fpm-instagram-igshid', 'none', "Instagram's `igshid=` share id on a landing page: a tracking id, no credential.", ({ rng }) => {
      const v = rng.b64url(24);
      return { value: v, event: { query: `utm_source=ig&utm_medium=social&igshid=${v}` } };
    }),
    4,
    plant('webhook', 'fpm-ifthenpay-callback-anti-phishing-key', 'error', WHY.webhook("Ifthenpay's payment callback carries the merchant's anti-phishing key (`/ifthenpay/callback.php?key=<key>&orderId=…&amount=…&requestId=…&entity=…&reference=…`): with it anyone can post payment confirmations"), ({ rng }) => {
      const key = rng.alnum(48);
      return { value: key, event: { script: '/ifthenpay/callback.php', query: `key=${key}&orderId=${rng.int(100000, 999999)}&amount=${rng.int(18, 240)}.${pad(rng.int(0, 99))}&requestId=${rng.alnum(20)}&entity=11604&reference=${digits(rng, 9)}`, ip: '198.51.100.214' } };
    }),
    4,
    plant('replay', 'ticket_oferta-opaque', 'note', WHY.ticketFirst('An opaque `ticket_oferta` on a gift voucher redemption (`/vale.php?ticket_oferta=…`, one redemption per ticket)'), ({ rng, t }) => {
      firstUse.vale = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { script: '/vale.php', query: `ticket_oferta=${tk}`, ip: '192.0.2.118', status: 200 } };
    }, { ref: 'vale' }),
    3,
    plant('replay', 'ticket_oferta-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('vale').value, why: `${WHY.replay('ticket_oferta', gap('vale', t))} The first field (\`%R\`) shows the two clients.` }], event: { script: '/vale.php', query: `ticket_oferta=${refs.get('vale').value}`, ip: '203.0.113.203', status: 200 } }), { replayOf: 'vale', after: 97 }),
    4,
    plant('path-secret', 'fpm-confirmar-chave', 'error', WHY.pathSecret('An e-mail confirmation handled by a standalone script (`/confirmar.php?chave=<token>`)'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { script: '/confirmar.php', query: `chave=${token}`, status: 302 } };
    }),
    4,
    plant('negative', 'fpm-reddit-rdt_cid', 'none', "Reddit's `rdt_cid=` click id on a campaign landing page: a tracking id, no credential.", ({ rng }) => {
      const v = digits(rng, 19);
      return { value: v, event: { query: `utm_source=reddit&rdt_cid=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: SITE }, filler: (rng) => ({ status: 200, ms: rng.int(8, 400), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mysql-slow.log: MySQL 8.4's slow query log (`slow_query_log_file`, `long_query_time = 1`): the server's header, then
// per statement `# Time:` (UTC, microseconds), `# User@Host:` (an empty host name, hence two spaces), `# Query_time: …
// Lock_time: … Rows_sent: …  Rows_examined: …`, `SET timestamp=…;` and the statement on lines of its own, without a time.
// https://dev.mysql.com/doc/refman/8.4/en/slow-query-log.html

function mysqlSlowLog(rng) {
  const header = ['/usr/sbin/mysqld, Version: 8.4.7 (MySQL Community Server - GPL). started with:', 'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock', 'Time                 Id Command    Argument'];
  const render = (e, rng) => [
    `# Time: ${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z`,
    `# User@Host: ${e.user ?? 'reservas'}[${e.user ?? 'reservas'}] @  [10.0.3.${e.client ?? 21}]  Id: ${String(rng.int(4000, 9000)).padStart(5)}`,
    `# Query_time: ${rng.int(1, 9)}.${digits(rng, 6)}  Lock_time: 0.0000${digits(rng, 2)} Rows_sent: ${e.sent ?? rng.int(0, 500)}  Rows_examined: ${rng.int(100000, 900000)}`,
    ...(e.use ? [`use ${e.use};`] : []),
    `SET timestamp=${Math.floor(e.t / 1000)};`,
    e.sql,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: `SELECT rota, COUNT(*) AS reservas, SUM(valor) AS total FROM reservas WHERE data_viagem BETWEEN '2026-12-01' AND '2026-12-31' GROUP BY rota ORDER BY total DESC;` }),
      () => ({ sql: `SELECT p.* FROM passageiros p JOIN reservas r ON r.id = p.reserva_id WHERE r.viagem_id = ${rng.int(4000, 4999)} ORDER BY p.apelido;` }),
      () => ({ user: 'relatorios', client: 35, sql: `SELECT DATE(criado_em) AS dia, canal, COUNT(*) FROM pagamentos WHERE criado_em >= NOW() - INTERVAL 90 DAY GROUP BY dia, canal;` }),
    ])();
  const steps = [
    { raw: { use: 'reservas', sql: `SELECT COUNT(*) FROM reservas WHERE estado = 'pendente' AND criado_em < NOW() - INTERVAL 2 HOUR;` }, after: 0 },
    3,
    plant('path-secret', 'mysql-slow-magic-link-token', 'error', WHY.pathSecret('A sign-in link\'s token looked up in a table without an index on it (`SELECT … FROM ligacoes_magicas WHERE token = \'<token>\'`): the statement line of the slow log'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { sent: 1, sql: `SELECT id, utilizador_id, expira_em FROM ligacoes_magicas WHERE token = '${token}' AND usado_em IS NULL LIMIT 1;` } };
    }),
    3,
    plant('negative', 'mysql-slow-uuid-to-bin', 'none', 'A booking looked up by its public uuid (`UUID_TO_BIN(\'<uuid>\')`): an id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sent: 1, sql: `SELECT * FROM reservas WHERE uuid = UUID_TO_BIN('${id}');` } };
    }),
    3,
    plant('api-key-name', 'mysql-slow-merchant_key', 'error', WHY.apiKey('merchant_key') + ' A partner agency authenticated by a full scan on its key (`WHERE merchant_key = \'<key>\'`).', ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sent: 1, sql: `SELECT id, nome, comissao FROM parceiros WHERE merchant_key = '${key}' AND ativo = 1;` } };
    }),
    3,
    plant('negative', 'mysql-slow-gateway-txn-id', 'none', "A payment looked up by the gateway's transaction id (`txn_<24>`): an id, no credential.", ({ rng }) => {
      const v = `txn_${rng.alnum(24)}`;
      return { value: v, event: { sent: 1, sql: `UPDATE pagamentos SET estado = 'pago' WHERE gateway_txn_id = '${v}';` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'mysql' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2026-12-07T22_10_44_518Z-debug-0.log: npm 11's debug log of a failing `npm ci` in the agents' app pipeline
// (`/root/.npm/_logs/…`): `<n> <level> <message>`, a message over several lines repeating its number and level on each;
// tarball fetches (`http fetch GET 200 <url> <ms>ms (cache miss)`), the lifecycle scripts (`info run …`), and a failed
// script's output under `error`. No time on any line.
// https://docs.npmjs.com/cli/v11/using-npm/logging, https://docs.npmjs.com/cli/v11/using-npm/scripts

function npmLog(rng) {
  let count = 0;
  const render = (e) => e.msgs.flatMap(([level, msg, title]) => {
    const n = count++;
    return msg.split('\n').map((l) => `${n} ${level} ${title ? `${title} ` : ''}${l}`);
  });
  const PKGS = [['esbuild', '0.25.12'], ['electron', '39.2.3'], ['vite', '7.2.4'], ['vue', '3.5.25'], ['pinia', '3.0.4'], ['axios', '1.13.2'], ['date-fns', '4.1.0'], ['electron-updater', '6.6.2']];
  const filler = (rng) => {
    const [name, ver] = rng.pick(PKGS);
    return { msgs: [['silly', `tarball no local data for ${name}@https://registry.npmjs.org/${name}/-/${name}-${ver}.tgz. Extracting by manifest.`], ['http', `fetch GET 200 https://registry.npmjs.org/${name}/-/${name}-${ver}.tgz ${rng.int(30, 900)}ms (cache miss)`]] };
  };
  const LOG = '2026-12-07T22_10_44_518Z';
  const steps = [
    { raw: { msgs: [['verbose', 'cli /usr/local/bin/node /usr/local/bin/npm'], ['info', 'using npm@11.6.2'], ['info', 'using node@v24.11.1'], ['silly', 'config load:file:/usr/local/lib/node_modules/npm/npmrc'], ['silly', 'config load:file:/builds/mareluz/agente/.npmrc'], ['silly', 'config load:file:/root/.npmrc'], ['silly', 'config load:file:/usr/local/etc/npmrc'], ['verbose', 'title npm ci'], ['verbose', 'argv "ci" "--no-audit" "--no-fund"'], ['verbose', `logfile logs-max:10 dir:/root/.npm/_logs/${LOG}-`], ['verbose', `logfile /root/.npm/_logs/${LOG}-debug-0.log`], ['silly', 'packumentCache heap:4345298944 maxSize:1086324736 maxEntrySize:543162368'], ['silly', 'logfile done cleaning log files'], ['silly', 'reify moves {}']] }, after: 0 },
    3,
    plant('negative', 'npm-git-commit-pin', 'none', 'A dependency pinned to a commit (`git+ssh://git@github.com/mareluz/ui-kit.git#<40 hex>`): a commit id, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { msgs: [['silly', `fetch manifest @mareluz/ui-kit@git+ssh://git@github.com/mareluz/ui-kit.git#${sha}`]] } };
    }),
    3,
    plant('negative', 'npm-github-packages-download-hash', 'none', 'A GitHub Packages tarball URL ends with a content hash (`/download/@mareluz/notificacoes/1.4.0/<40 hex>`): no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { msgs: [['http', `fetch GET 200 https://npm.pkg.github.com/download/@mareluz/notificacoes/1.4.0/${h} ${rng.int(100, 600)}ms (cache miss)`]] } };
    }),
    3,
    { raw: { msgs: [['info', 'run esbuild@0.25.12 postinstall node_modules/esbuild node install.js'], ['info', 'run esbuild@0.25.12 postinstall { code: 0, signal: null }'], ['info', 'run @mareluz/notificacoes@1.4.0 postinstall node_modules/@mareluz/notificacoes node scripts/registar.js'], ['info', 'run @mareluz/notificacoes@1.4.0 postinstall { code: 1, signal: null }'], ['verbose', 'Error: command failed\n    at promiseSpawn (/usr/local/lib/node_modules/npm/node_modules/@npmcli/promise-spawn/lib/index.js:22:22)\n    at spawnWithShell (/usr/local/lib/node_modules/npm/node_modules/@npmcli/promise-spawn/lib/index.js:124:10)\n    at promiseSpawn (/usr/local/lib/node_modules/npm/node_modules/@npmcli/promise-spawn/lib/index.js:12:12)\n    at runScriptPkg (/usr/local/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/run-script-pkg.js:77:13)\n    at runScript (/usr/local/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/run-script.js:9:12)', 'stack'], ['verbose', 'pkgid @mareluz/notificacoes@1.4.0'], ['error', 'code 1'], ['error', 'path /builds/mareluz/agente/node_modules/@mareluz/notificacoes'], ['error', 'command failed'], ['error', 'command sh -c node scripts/registar.js']] } },
    plant('webhook', 'npm-error-script-output-kestra-webhook', 'error', WHY.webhook('A Kestra flow webhook (`/api/v1/executions/webhook/<namespace>/<flow>/<key>`) the package\'s install script calls, in the script\'s output npm keeps under `error`'), ({ rng }) => {
      const key = rng.alnum(32);
      const pw = rng.alnum(20);
      return {
        marks: [
          { value: key },
          { value: pw, category: 'framework-dump', kind: 'npm-error-util-inspect-config-password', expect: 'error', why: "The same script prints its settings with util.inspect over several lines, each an `error` line of the same message number: `password: '<password>'` of the notification service." },
        ],
        event: { msgs: [['error', [`Falha ao registar a build em https://kestra.mareluz.example/api/v1/executions/webhook/ops/build-notificacoes/${key}: 401 Unauthorized`, 'configuração {', "  servico: 'notificacoes',", "  utilizador: 'ci-agente',", `  password: '${pw}',`, "  canal: 'builds'", '}'].join('\n')]] },
      };
    }),
    { raw: { msgs: [['verbose', 'cwd /builds/mareluz/agente'], ['verbose', 'os Linux 6.8.0-1040-aws'], ['verbose', 'node v24.11.1'], ['verbose', 'npm  v11.6.2'], ['verbose', 'exit 1'], ['verbose', 'code 1'], ['error', `A complete log of this run can be found in: /root/.npm/_logs/${LOG}-debug-0.log`]] } },
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'npm' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout18');
writePart(join(here, 'heldout18'), {
  'reservas_access.2026-12-07.json': tomcatLog(rng),
  'burp-history.xml': burpLog(rng),
  'electron_debug.log': electronLog(rng),
  '0.log': criHonoLog(rng),
  'query.log': prometheusLog(rng),
  'rq-worker.log': rqLog(rng),
  'hurl-smoke.log': hurlLog(rng),
  'reservas_api.yml': vcrLog(rng),
  'pip-install.log': pipLog(rng),
  'teleport-audit.log': teleportLog(rng),
  'zabbix_server.log': zabbixLog(rng),
  'www.access.log': fpmLog(rng),
  'mysql-slow.log': mysqlSlowLog(rng),
  '2026-12-07T22_10_44_518Z-debug-0.log': npmLog(rng),
});
