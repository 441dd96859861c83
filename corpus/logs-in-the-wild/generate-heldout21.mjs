// Writes corpus/logs-in-the-wild/heldout21/: a twenty-first held-out part, in formats no other part uses (NGINX Unit's
// access log, Privoxy's logfile at `debug 1` and `debug 8`, rclone at `-vv --dump headers`, a terminal with the Stripe
// CLI's `stripe logs tail` and `stripe listen`, Python's `python3 -m http.server`, openHAB's openhab.log, a Mojolicious
// log, Nagios Core's nagios.log, HTTPie's `--verbose` output, aria2's `--log` file, a Vite dev server under
// `DEBUG=vite:proxy`, `redis-cli SLOWLOG GET`, a Vapor service under `docker logs --timestamps`, Go Fiber's logger
// middleware), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout21.mjs     rewrites heldout21/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Gestoría Brisa, an online tax advisory in Madrid (Spanish, five logs: its routes, messages and some
// parameter names in Spanish); Forno Bellini, a bakery chain in Bologna with an online shop and connected ovens
// (Italian, five logs); Daon Books (다온북스), an online bookstore in Seoul (Korean, four logs: messages and a few
// routes in Korean, code and parameter names in English, as Korean teams write them).
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, hms, hmsMs, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymd } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2026, 11, 18, 0, 0, 0);
const { firstUse, gap } = replayClock();
const epoch = (ms) => Math.floor(ms / 1000);
const httpDate = (ms) => new Date(ms).toUTCString();

// Gestoría Brisa (Spanish, Madrid: UTC+1 in December).
const GB_WWW = 'www.gestoriabrisa.example';
const GB_ID = 'acceso.gestoriabrisa.example';
const expediente = (rng) => `EXP-2026-${pad(rng.int(1, 9999), 5)}`;
// Forno Bellini (Italian, Bologna: UTC+1).
const FB_SHOP = 'negozio.fornobellini.example';
const FB_API = 'api.fornobellini.example';
const ordine = (rng) => `FB-${rng.int(300000, 399999)}`;
// Daon Books (Korean, Seoul: UTC+9).
const DB_WEB = 'daonbooks.example';
const DB_API = 'api.daonbooks.example';
const isbn = (rng) => `979${rng.int(1100000000, 1199999999)}`;

// ---------------------------------------------------------------------------------------------------------------------
// unit-access.log: Gestoría Brisa's customer area, a PHP 8.4 application served by NGINX Unit 1.34 with `"access_log":
// "/var/log/unit/access.log"` and no `format`: Unit's default line, `$remote_addr - - [$time_local] "$request_line"
// $status $body_bytes_sent "$header_referer" "$header_user_agent"`, local time (+0100).
// https://unit.nginx.org/configuration/#access-log

function unitLog(rng) {
  const render = (e) => [`${e.ip} - - [${clf(e.t, 60)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/tarifas', referer: `https://${GB_WWW}/` }),
      () => ({ path: '/blog/modelo-303-plazos-2027', referer: 'https://www.google.com/' }),
      () => ({ path: '/area-cliente/documentos', query: `pagina=${rng.int(2, 6)}`, referer: `https://${GB_WWW}/area-cliente` }),
      () => ({ path: `/assets/app.${rng.hex(8)}.js`, referer: `https://${GB_WWW}/area-cliente`, bytes: rng.int(40000, 180000) }),
      () => ({ path: '/area-cliente/mensajes', method: 'POST', status: 303, bytes: 0, referer: `https://${GB_WWW}/area-cliente/mensajes` }),
      () => ({ path: '/favicon.ico', status: 404, bytes: 162 }),
    ])();
  let doc = '';
  const steps = [
    6,
    plant('oauth-code', 'unit-google-callback-query', 'warning', `${WHY.code} Google's sign-in returns to the customer area with \`state\` and \`code=4%2F0A…\` in the query of the request line.`, ({ rng }) => {
      const code = `4%2F0A${rng.b64url(60)}`;
      return { value: code, event: { path: '/acceso/google/retorno', query: `state=${rng.hex(32)}&code=${code}&scope=email%20profile%20openid&authuser=0&prompt=none`, status: 302, bytes: 0, referer: 'https://accounts.google.com/' } };
    }),
    5,
    plant('negative', 'unit-notifications-cursor-base64-json', 'none', 'A pagination `cursor` that is base64 of `{"id":…,"ts":…}` (it starts `eyJ`): a position in a list, no credential.', ({ rng, t }) => {
      const cursor = b64Of(JSON.stringify({ id: rng.int(10000, 99999), ts: epoch(t) - rng.int(3600, 90000) }));
      return { value: cursor, needle: encodeURIComponent(cursor), event: { path: '/area-cliente/notificaciones', query: `cursor=${encodeURIComponent(cursor)}&limite=20`, referer: `https://${GB_WWW}/area-cliente` } };
    }),
    5,
    plant('id-token', 'unit-oidc-logout-id_token_hint', 'error', 'The customer area sends the ID token back as `id_token_hint` on its own logout route (`/oidc/cerrar-sesion`): identity claims and a signed assertion, live when logged, in the request line.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 3000), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${GB_ID}/realms/clientes`, aud: 'area-cliente', sub: rng.uuid(), email: 'm.garcia@correo.example', name: 'María García' } });
      return { value: token, jwt: facts, event: { path: '/oidc/cerrar-sesion', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${GB_WWW}%2F`, status: 302, bytes: 0, referer: `https://${GB_WWW}/area-cliente` } };
    }),
    6,
    plant('path-secret', 'unit-restablecer-contrasena-path-token', 'error', WHY.pathSecret('A password reset link, `/restablecer-contrasena/<token>`, opened from the e-mail'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: `/restablecer-contrasena/${token}`, referer: '-' } };
    }),
    5,
    plant('webhook', 'unit-telegram-bot-webhook-route', 'error', WHY.webhook("The office's Telegram bot receives updates on a route named after its token (`/integraciones/telegram/bot<id>:<secret>`), as Telegram's setWebhook guide suggests; the secret part is the bot's credential"), ({ rng }) => {
      const secret = `AA${rng.b64url(33)}`;
      return { value: secret, event: { method: 'POST', path: `/integraciones/telegram/bot${rng.int(6000000000, 7999999999)}:${secret}`, status: 200, bytes: 2, ip: `91.108.6.${rng.int(2, 120)}`, ua: '-' } };
    }),
    6,
    plant('api-key-name', 'unit-api-clave_api-query', 'error', `${WHY.apiKey('clave_api')} An accounting integration reads case files with the key in the query.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: '/api/v1/expedientes', query: `clave_api=${key}&ejercicio=2026&estado=pendiente`, ua: 'python-requests/2.32.5', bytes: rng.int(2000, 9000) } };
    }),
    4,
    plant('embed-jwt', 'unit-embed-informe-jwt-no-exp', 'error', 'A signed embed of a tax summary (`/embed/informe/<JWT>`) for an advisor\'s partner site, signed without `exp`: the URL opens the report for as long as the key is unchanged.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 864000), claims: { resource: { informe: rng.int(100, 999) }, params: { cliente: rng.int(1000, 9999) } } });
      return { value: token, jwt: facts, event: { path: `/embed/informe/${token}`, referer: 'https://asesores-asociados.example/panel' } };
    }),
    5,
    plant('replay', 'unit-documentos-ticket_descarga', 'note', WHY.ticketFirst('An opaque `ticket_descarga` in a document download link (`/documentos/descargar?ticket_descarga=…`, one download per link)'), ({ rng, t }) => {
      firstUse.descarga = t;
      const tk = rng.b64url(32);
      doc = `${rng.int(100000, 999999)}`;
      return { value: tk, event: { ip: '198.51.100.77', path: '/documentos/descargar', query: `ticket_descarga=${tk}&doc=${doc}`, bytes: rng.int(80000, 400000), referer: `https://${GB_WWW}/area-cliente/documentos` } };
    }, { ref: 'descarga' }),
    2,
    plant('replay', 'unit-documentos-ticket_descarga', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('descarga').value, why: `${WHY.replay('ticket_descarga', gap('descarga', t))} The client address at the start of each line shows the two clients.` }], event: { ip: '203.0.113.148', path: '/documentos/descargar', query: `ticket_descarga=${refs.get('descarga').value}&doc=${doc}`, bytes: 190000, referer: '-' } }), { replayOf: 'descarga', after: 40 }),
    5,
    plant('negative', 'unit-landing-gclid-utm', 'none', 'A Google Ads click id (`gclid`) beside `utm_*` parameters on the landing page: tracking, no credential.', ({ rng }) => {
      const gclid = `Cj0KCQiA${rng.b64url(80)}`;
      return { value: gclid, event: { path: '/', query: `utm_source=google&utm_medium=cpc&utm_campaign=renta2026&gclid=${gclid}` } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: GB_WWW }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logfile: Privoxy 4.0 in Gestoría Brisa's office (the default logfile name), `debug 1` (each request, `Request:
// <host><path>`) and `debug 8` (headers as parsed, `Header: scan: …`), `debug 1024`-free; `<date> <time.ms> <thread id>
// <Type>: <message>`. HTTPS to most hosts passes as CONNECT; `+https-inspection` is on for a few hosts the office filters.
// https://www.privoxy.org/user-manual/config.html#DEBUG, https://www.privoxy.org/user-manual/actions-file.html#HTTPS-INSPECTION

function privoxyLog(rng) {
  const threads = Array.from({ length: 6 }, () => `7f${rng.hex(10)}`);
  const render = (e, rng) => {
    const tid = rng.pick(threads);
    const at = (i) => `${ymd(e.t + i, 60)} ${hmsMs(e.t + i, 60)} ${tid}`;
    if (e.connect) return [`${at(0)} Header: scan: CONNECT ${e.host}:443 HTTP/1.1`, `${at(0)} Header: scan: Host: ${e.host}:443`, `${at(1)} Request: ${e.host}:443/`];
    const hdrs = [['Host', e.host], ['User-Agent', e.ua], ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'], ...(e.headers ?? [])];
    const first = e.inspected ? `${e.method} ${target(e)} HTTP/1.1` : `${e.method} http://${e.host}${target(e)} HTTP/1.1`;
    const out = [`${at(0)} Header: scan: ${first}`, ...hdrs.map(([k, v]) => `${at(0)} Header: scan: ${k}: ${v}`), `${at(1)} Request: ${e.host}${target(e)}`];
    if (e.crunch) out.push(`${at(1)} Crunch: Blocked: ${e.host}${target(e)}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ connect: true, host: rng.pick(['www.agenciatributaria.gob.es', 'sede.seg-social.gob.es', 'outlook.office365.com', 'www.google.com', 'login.microsoftonline.com']) }),
      () => ({ host: 'intranet.gestoriabrisa.local', path: '/calendario', query: `semana=${rng.int(49, 52)}` }),
      () => ({ host: 'ocsp.digicert.com', path: `/MFEwTzBNMEswSTAJBgUrDgMCGgUABBT${rng.b64url(20)}` }),
      () => ({ host: 'impresora-2.gestoriabrisa.local', path: '/status.html' }),
    ])();
  const steps = [
    4,
    plant('oauth-code', 'privoxy-intranet-sso-callback-code', 'warning', `${WHY.code} The intranet's single sign-on returns over plain HTTP, so the proxy writes the callback's query (\`state\`, \`code\`) in the request's \`Header: scan:\` line and its \`Request:\` line.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { host: 'expedientes.gestoriabrisa.local', path: '/sso/retorno', query: `state=${rng.hex(24)}&session_state=${rng.uuid()}&code=${code}`, headers: [['Referer', `https://${GB_ID}/`]] } };
    }),
    4,
    plant('negative', 'privoxy-crunch-analytics-cid', 'none', "A Google Analytics beacon the proxy blocks (`Crunch: Blocked:`): `cid` is an analytics client id, `tid` a property id, no credential.", ({ rng }) => {
      const cid = `${rng.int(100000000, 999999999)}.${rng.int(1700000000, 1790000000)}`;
      return { value: cid, event: { host: 'www.google-analytics.com', path: '/g/collect', query: `v=2&tid=G-${upperNum(rng, 10)}&cid=${cid}&en=page_view`, crunch: true, inspected: true } };
    }),
    4,
    plant('path-secret', 'privoxy-verificar-correo-path-token', 'error', WHY.pathSecret("A supplier portal's e-mail verification link over plain HTTP (`/verificar-correo/<token>`), written by the proxy in the request's header scan and its `Request:` line"), ({ rng }) => {
      const token = `${rng.hex(8)}-${rng.alnum(30)}`;
      return { value: token, event: { host: 'proveedores.papeleria-centro.example', path: `/verificar-correo/${token}` } };
    }),
    4,
    plant('webhook', 'privoxy-https-inspection-discord-webhook', 'error', WHY.webhook("A Discord webhook (`/api/webhooks/<id>/<token>`) the office's alert script posts to, through the proxy with `+https-inspection` for discord.com: the proxy sees and writes the decrypted request"), ({ rng }) => {
      const token = rng.b64url(68);
      return { value: token, event: { inspected: true, method: 'POST', host: 'discord.com', path: `/api/webhooks/${rng.int(1100000000000000000, 1399999999999999999)}/${token}`, ua: 'curl/8.5.0', headers: [['Content-Type', 'application/json']] } };
    }),
    4,
    plant('session-id', 'privoxy-jsessionid-path-parameter', 'error', WHY.session("A Java application's `;jsessionid=` in the path (a supplier's invoicing portal over plain HTTP)"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { host: 'facturas.proveedor-papel.example', path: `/portal/facturas.do;jsessionid=${sid}`, query: 'accion=listar' } };
    }),
    4,
    plant('header-dump', 'privoxy-header-scan-authorization-basic', 'error', "`debug 8` writes every header it parses: the NAS's web interface over plain HTTP gets `Authorization: Basic <base64 of user:password>`, one decoding from the office's backup account.", ({ rng }) => {
      const basic = b64Of(`copias:${rng.alnum(6)}-${rng.alnum(6)}!`);
      return { value: basic, event: { host: 'nas-oficina.gestoriabrisa.local', path: '/api/v2/estado', headers: [['Authorization', `Basic ${basic}`]] } };
    }),
    4,
    plant('negative', 'privoxy-if-none-match-etag', 'none', "An `If-None-Match` header with the intranet page's ETag: a content version, no credential.", ({ rng }) => {
      const etag = `"${rng.hex(8)}-${rng.hex(13)}"`;
      return { value: etag, event: { host: 'intranet.gestoriabrisa.local', path: '/calendario', query: 'semana=51', headers: [['If-None-Match', etag]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'intranet.gestoriabrisa.local' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rclone-copias.log: the nightly backup of Gestoría Brisa with rclone 1.72 and `-vv --dump headers --log-file`: Go's
// `log` prefix (`2006/01/02 15:04:05`), `DEBUG : ` / `INFO  : ` / `NOTICE: `, the start line with every argv word, and
// the dumps (`>>>>>>` and `HTTP REQUEST (req 0x…)`, the request line after the prefix, the headers on untimed lines,
// `<<<<<<` and `HTTP RESPONSE`), where rclone writes `Authorization: XXXX`. Local time.
// https://rclone.org/docs/#dump-flag, https://github.com/rclone/debughttp, public `--dump headers` logs (pastebin)

function rcloneLog(rng) {
  const pre = (t) => `${ymd(t, 60).replace(/-/g, '/')} ${hms(t, 60)}`;
  const dump = (t, c, rng) => {
    const req = `0xc00${rng.hex(7)}`;
    const line = '>'.repeat(60);
    const back = '<'.repeat(60);
    return [
      `${pre(t)} DEBUG : ${line}`, `${pre(t)} DEBUG : HTTP REQUEST (req ${req})`, `${pre(t)} DEBUG : ${c.method ?? 'GET'} ${c.path} HTTP/1.1`,
      `Host: ${c.host}`, 'User-Agent: rclone/v1.72.0', ...(c.headers ?? []).map(([k, v]) => `${k}: ${v}`), 'Accept-Encoding: gzip', '',
      `${pre(t)} DEBUG : ${line}`, `${pre(t + 200)} DEBUG : ${back}`, `${pre(t + 200)} DEBUG : HTTP RESPONSE (req ${req})`, `${pre(t + 200)} DEBUG : HTTP/1.1 ${c.status ?? '200 OK'}`,
      ...(c.resHeaders ?? [['Content-Type', 'application/json; charset=utf-8']]).map(([k, v]) => `${k}: ${v}`), `Date: ${httpDate(t)}`, '', `${pre(t + 200)} DEBUG : ${back}`,
    ];
  };
  const render = (e, rng) => (e.L ? e.L(e, rng) : e.dumps.flatMap((c) => dump(e.t, c, rng)));
  const filler = (rng) =>
    rng.pick([
      () => ({ L: (e) => [`${pre(e.t)} DEBUG : clientes/${expediente(rng)}/modelo-303-4T.pdf: Size and modification time the same (differ by 0s, within tolerance 1s)`, `${pre(e.t)} DEBUG : clientes/${expediente(rng)}/modelo-303-4T.pdf: Unchanged skipping`] }),
      () => ({ L: (e) => [`${pre(e.t)} INFO  : `, `Transferred:   \t  ${rng.int(10, 900)}.${rng.int(100, 999)} MiB / ${rng.int(1, 9)}.${rng.int(100, 999)} GiB, ${rng.int(1, 60)}%, ${rng.int(2, 30)}.${rng.int(100, 999)} MiB/s, ETA ${rng.int(1, 59)}m${rng.int(0, 59)}s`, `Checks:              ${rng.int(1000, 9000)} / ${rng.int(9000, 12000)}, ${rng.int(10, 90)}%`, `Elapsed time:     ${rng.int(1, 20)}m${rng.int(0, 59)}.${rng.int(0, 9)}s`, ''] }),
      () => ({ L: (e) => [`${pre(e.t)} DEBUG : clientes/${expediente(rng)}/justificantes.zip: md5 = ${rng.hex(32)} OK`, `${pre(e.t)} INFO  : clientes/${expediente(rng)}/justificantes.zip: Copied (new)`] }),
    ])();
  const S3 = 'copias-gestoriabrisa.s3.eu-south-2.amazonaws.com';
  const steps = [
    plant('framework-dump', 'rclone-start-argv-s3-secret-access-key', 'error', "rclone's start line writes every argv word (`starting with parameters [\"rclone\" …]`): the cron job passes the S3 remote's `--s3-secret-access-key` on the command line, and its value is in the list.", ({ rng }) => {
      const secret = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
      const argv = ['rclone', 'sync', '/srv/clientes', 's3copias:copias-gestoriabrisa/clientes', '--s3-provider', 'AWS', '--s3-access-key-id', `AKIA${upperNum(rng, 16)}`, '--s3-secret-access-key', secret, '--s3-region', 'eu-south-2', '--log-file=/var/log/rclone/copias.log', '-vv', '--dump', 'headers', '--transfers', '8'];
      return { value: secret, event: { L: (e) => [`${pre(e.t)} DEBUG : rclone: Version "v1.72.0" starting with parameters [${argv.map((a) => `"${a}"`).join(' ')}]`, `${pre(e.t)} DEBUG : Creating backend with remote "/srv/clientes"`, `${pre(e.t)} DEBUG : Using config file from "/root/.config/rclone/rclone.conf"`, `${pre(e.t)} DEBUG : You have specified to dump information. Please be noted that the Accept-Encoding as shown may not be correct in the request and the response may not show Content-Encoding if the go standard libraries auto gzip encoding was in effect. In this case the body of the request will be gunzipped before showing it.`, `${pre(e.t)} DEBUG : Creating backend with remote "s3copias:copias-gestoriabrisa/clientes"`] } };
    }, { after: 0 }),
    plant('negative', 'rclone-dump-authorization-xxxx', 'none', 'rclone writes the SigV4 `Authorization` header of its dump as `XXXX` (only `--dump auth` shows it): no value.', ({ rng }) => ({ value: 'Authorization: XXXX', event: { dumps: [{ host: S3, path: `/copias-gestoriabrisa?delimiter=%2F&encoding-type=url&list-type=2&max-keys=1000&prefix=clientes%2F${expediente(rng)}%2F`, headers: [['Authorization', 'XXXX'], ['X-Amz-Content-Sha256', rng.hex(64)], ['X-Amz-Date', '20261218T010204Z']], resHeaders: [['Content-Type', 'application/xml'], ['Server', 'AmazonS3'], ['X-Amz-Bucket-Region', 'eu-south-2']] }] } })),
    3,
    plant('negative', 'rclone-dump-s3-request-id-etag', 'none', "An S3 response's `Etag` (the object's MD5) and request ids: content and request identifiers, no credential.", ({ rng }) => {
      const etag = `"${rng.hex(32)}"`;
      return { value: etag, event: { dumps: [{ method: 'HEAD', host: S3, path: `/copias-gestoriabrisa/clientes/${expediente(rng)}/escrituras.pdf`, headers: [['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD']], resHeaders: [['Content-Type', 'application/pdf'], ['Etag', etag], ['X-Amz-Id-2', rng.b64url(56)], ['X-Amz-Request-Id', upperNum(rng, 16)]] }] } };
    }),
    3,
    plant('header-dump', 'rclone-dump-x-api-key-header', 'error', "The second remote, an HTTP gateway in front of the off-site store, is configured with `headers = X-Api-Key,<key>`: rclone's dump redacts `Authorization` and writes this header as sent.", ({ rng }) => {
      const key = `bk_${rng.alnum(40)}`;
      return { value: key, event: { dumps: [{ method: 'PROPFIND', host: 'offsite.copiasiberia.example', path: '/remote.php/dav/files/gestoriabrisa/clientes/', headers: [['Depth', '1'], ['X-Api-Key', key]], status: '207 Multi-Status', resHeaders: [['Content-Type', 'application/xml; charset=utf-8']] }] } };
    }),
    3,
    plant('api-key-name', 'rclone-dump-http-remote-apikey-query', 'error', `${WHY.apiKey('apikey')} The archive provider's listing API takes it in the query, which the dump's request line keeps.`, ({ rng }) => {
      const key = rng.hex(36);
      return { value: key, event: { dumps: [{ host: 'api.archivo-frio.example', path: `/v2/listado?apikey=${key}&ruta=%2Fgestoriabrisa%2F2026&limite=1000` }] } };
    }),
    3,
    plant('encoded', 'rclone-dump-x-credenciales-base64-user-password', 'error', 'A custom header `X-Credenciales` the cold-archive gateway wants: base64 of `usuario:contraseña` (one decoding from the password).', ({ rng }) => {
      const cred = b64Of(`gestoriabrisa:${rng.alnum(14)}`);
      return { value: cred, event: { dumps: [{ method: 'PUT', host: 'api.archivo-frio.example', path: `/v2/objetos/gestoriabrisa/2026/${expediente(rng)}.tar.zst`, headers: [['Content-Length', `${rng.int(100000, 9000000)}`], ['X-Credenciales', cred]], status: '201 Created' }] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * MIN, site: { host: S3 }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// stripe-listen.txt: a Gestoría Brisa developer's terminal, saved, with the Stripe CLI 1.33: `stripe logs tail` (request
// log lines `<local time> [<status>] <METHOD> <path> [<request id>]`), then `stripe listen` (`> Ready! You are using
// Stripe API Version [...]. Your webhook signing secret is whsec_… (^C to quit)`, then `<time>   --> <event type>
// [<event id>]` and `<time>  <--  [<status>] POST <forward URL> [<event id>]` per event) and `stripe trigger` in a
// second pane pasted below it.
// https://docs.stripe.com/cli/listen, https://github.com/stripe/stripe-cli/wiki/listen-command, https://docs.stripe.com/cli/logs/tail

function stripeLog(rng) {
  const at = (t) => `${ymd(t, 60)} ${hms(t, 60)}`;
  const FWD = 'http://localhost:8000/webhooks/stripe';
  const render = (e, rng) => {
    if (e.L) return e.L(e, rng);
    if (e.tail) return [`${at(e.t)} [${e.status}] ${e.method} ${e.path} [req_${rng.alnum(14)}]`];
    const evt = e.evt ?? `evt_${rng.alnum(24)}`;
    return [`${at(e.t)}   --> ${e.type} [${evt}]`, `${at(e.t + 600)}  <--  [${e.status}] POST ${FWD} [${evt}]`];
  };
  let listening = false;
  const filler = (rng) =>
    !listening
      ? rng.pick([
          () => ({ tail: true, method: 'POST', path: '/v1/payment_intents', status: 200 }),
          () => ({ tail: true, method: 'POST', path: `/v1/customers/cus_${rng.alnum(14)}`, status: 200 }),
          () => ({ tail: true, method: 'GET', path: '/v1/prices', status: 200 }),
          () => ({ tail: true, method: 'POST', path: '/v1/checkout/sessions', status: 400 }),
        ])()
      : { type: rng.pick(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded', 'customer.updated', 'invoice.paid', 'checkout.session.completed']), status: rng.pick([200, 200, 200, 500]) };
  const steps = [
    plant('api-key-name', 'stripe-cli-logs-tail-api-key-argument', 'error', "`stripe logs tail --api-key rk_live_…` typed in the terminal: a live restricted key given as the CLI's `--api-key` argument, saved with the session's transcript.", ({ rng }) => {
      const key = `rk_live_51${rng.alnum(22)}${rng.alnum(66)}`;
      return { value: key, event: { L: (e) => [`brisa@portatil-dev ~/pagos % stripe logs tail --api-key ${key} --filter-http-methods POST,GET`, 'Getting ready...', 'Ready! You\'re now waiting to receive API request logs (^C to quit)'] } };
    }, { after: 0 }),
    3,
    plant('negative', 'stripe-cli-logs-tail-request-id', 'none', "A request log line's `req_…` id: Stripe's request identifier, no credential.", ({ rng }) => {
      const req = `req_${rng.alnum(14)}`;
      return { value: req, event: { L: (e) => [`${at(e.t)} [402] POST /v1/payment_intents/pi_${rng.alnum(24)}/confirm [${req}]`] } };
    }),
    2,
    plant('session-id', 'stripe-cli-listen-headers-cookie-laravel_session', 'error', WHY.session("`stripe listen --headers \"Cookie: laravel_session=…\"` typed to get past the local app's login: the Laravel session cookie of the developer's signed-in account is in the transcript"), ({ rng }) => {
      listening = true;
      const sess = b64Of(JSON.stringify({ iv: rng.b64url(22), value: rng.b64url(64), mac: rng.hex(64), tag: '' })).replace(/=+$/, '');
      return { value: sess, event: { L: () => ['^C', `brisa@portatil-dev ~/pagos % stripe listen --forward-to localhost:8000/webhooks/stripe --headers "Cookie: laravel_session=${sess}"`] } };
    }, { after: 30 }),
    plant('webhook', 'stripe-cli-listen-whsec-signing-secret', 'error', WHY.webhook('`stripe listen` prints the webhook signing secret (`whsec_…`) the local endpoint checks; with it, anyone can sign events the endpoint will accept as Stripe\'s'), ({ rng }) => {
      const whsec = `whsec_${rng.alnum(32)}`;
      return { value: whsec, event: { L: () => ['A newer version of the Stripe CLI is available, please update to: v1.34.0', `> Ready! You are using Stripe API Version [2025-11-17.clover]. Your webhook signing secret is ${whsec} (^C to quit)`] } };
    }, { after: 2 }),
    3,
    plant('negative', 'stripe-cli-listen-event-id', 'none', "An event id (`evt_…`) in `stripe listen`'s forwarding lines: the `-->` line and the `<--` line of the same delivery, an identifier, no credential.", ({ rng }) => {
      const evt = `evt_3Q${rng.alnum(22)}`;
      return { value: evt, event: { type: 'payment_intent.payment_failed', status: 200, evt } };
    }),
    4,
    { raw: { L: () => ['', '# second pane', 'brisa@portatil-dev ~/pagos % stripe trigger invoice.payment_succeeded', 'Setting up fixture for: customer', 'Running fixture for: customer', 'Setting up fixture for: invoiceitem', 'Running fixture for: invoiceitem', 'Setting up fixture for: invoice', 'Running fixture for: invoice', 'Setting up fixture for: invoice_pay', 'Running fixture for: invoice_pay', 'Trigger succeeded! Check dashboard for event details.', ''] } },
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'localhost' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// python-http-server.txt: `python3 -m http.server 8000 --directory dist` (Python 3.13) serving a build of Gestoría
// Brisa's new sign-in pages for a review, stderr kept: the banner, BaseHTTPRequestHandler.log_message lines
// (`<client> - - [<dd/Mon/YYYY HH:MM:SS>] "<request line>" <status> -`), `code 404, message File not found` before a
// 404's line. Local time.
// https://docs.python.org/3/library/http.server.html#http.server.BaseHTTPRequestHandler.log_message

function httpServerLog(rng) {
  const stamp = (t) => { const d = new Date(t + 60 * MIN); return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${hms(t, 60)}`; };
  const render = (e) => {
    const line = `${e.ip} - - [${stamp(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} -`;
    return e.status === 404 ? [`${e.ip} - - [${stamp(e.t)}] code 404, message File not found`, line] : [line];
  };
  const reviewers = ['192.168.1.34', '192.168.1.52', '192.168.1.61'];
  const filler = (rng) => ({ ip: rng.pick(reviewers), ...rng.pick([
    () => ({ path: '/' }),
    () => ({ path: '/acceso.html' }),
    () => ({ path: `/assets/index-${rng.b64url(8)}.css` }),
    () => ({ path: '/favicon.ico', status: 404 }),
    () => ({ path: '/registro.html', status: 304 }),
  ])() });
  const steps = [
    { raw: { L: true }, after: 0 },
    4,
    plant('oauth-code', 'http-server-callback-html-code', 'warning', `${WHY.code} The identity provider of the review returns to the static \`/callback.html\` with \`code\` and \`state\` in the query; Python's log line keeps the request line whole.`, ({ rng }) => {
      const code = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}.${rng.b64url(43)}`;
      return { value: code, event: { ip: reviewers[0], path: '/callback.html', query: `state=${rng.hex(32)}&session_state=${rng.uuid()}&iss=https%3A%2F%2F${GB_ID}%2Frealms%2Fpruebas&code=${code}` } };
    }),
    3,
    plant('negative', 'http-server-error-access_denied-state', 'none', 'A cancelled sign-in comes back with `error=access_denied` and `state` only: `state` is an anti-forgery value, no credential.', ({ rng }) => {
      const state = rng.hex(32);
      return { value: state, event: { ip: reviewers[1], path: '/callback.html', query: `error=access_denied&error_description=El%20usuario%20cancel%C3%B3%20el%20acceso&state=${state}` } };
    }),
    3,
    plant('id-token', 'http-server-silent-renew-id_token-expired', 'note', "`/silent-renew.html?id_token=<JWT>` reloaded from the browser's history three hours after the token expired: a leaked ID token, but expired when logged (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: 3 * 3600 + 300 + rng.int(20, 900), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://${GB_ID}/realms/pruebas`, aud: 'area-cliente-nueva', sub: rng.uuid(), email: 'revision3@gestoriabrisa.example' } });
      return { value: token, jwt: facts, event: { ip: reviewers[2], path: '/silent-renew.html', query: `id_token=${token}&state=${rng.hex(16)}` } };
    }),
    3,
    plant('path-secret', 'http-server-invitacion-path-token-404', 'error', WHY.pathSecret("A customer invitation link (`/invitacion/<token>`) pasted into the review build, which has no such page: Python writes `code 404` and the request line with the token"), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { ip: reviewers[1], path: `/invitacion/${token}`, status: 404 } };
    }),
    3,
    plant('negative', 'http-server-asset-cache-buster', 'none', 'A cache buster (`?v=<git sha>`) on a script: a build id, no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { ip: reviewers[0], path: '/assets/config.js', query: `v=${v}` } };
    }),
    3,
  ];
  const log = buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'localhost' }, filler, render: (e, rng) => (e.L ? ['Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...'] : render(e, rng)), steps });
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// openhab.log: openHAB 4.3 in Forno Bellini's central bakery (ovens, cold rooms, the shop's payment return page for a
// display), its log4j2 file layout `%d{yyyy-MM-dd HH:mm:ss.SSS} [%-5.5p] [%-36.36c] - %m%n` (the logger name cut to
// its last 36 characters), local time; the HTTP binding at DEBUG, an OAuth client at TRACE.
// https://www.openhab.org/docs/administration/logging.html, https://www.openhab.org/addons/bindings/http/

function openhabLog(rng) {
  const cat = (c) => (c.length > 36 ? c.slice(-36) : c.padEnd(36));
  const lvl = (l) => l.padEnd(5).slice(0, 5);
  const line = (t, l, c, m) => `${ymd(t, 60)} ${hmsMs(t, 60)} [${lvl(l)}] [${cat(c)}] - ${m}`;
  const render = (e) => e.lines.map(([l, c, m], i) => line(e.t + i * 3, l, c, m));
  const HTTP = 'org.openhab.binding.http.internal.HttpThingHandler';
  const filler = (rng) => ({ lines: [rng.pick([
    () => ['INFO', 'openhab.event.ItemStateChangedEvent', `Item 'Forno${rng.int(1, 4)}_Temperatura' changed from ${rng.int(180, 240)} °C to ${rng.int(180, 240)} °C`],
    () => ['INFO', 'openhab.event.ItemStateChangedEvent', `Item 'Cella${rng.int(1, 2)}_Umidita' changed from ${rng.int(70, 90)} % to ${rng.int(70, 90)} %`],
    () => ['INFO', 'org.openhab.core.model.script.forno', `Ciclo di cottura ${rng.pick(['pane comune', 'tigelle', 'crescentine', 'focaccia'])} avviato sul forno ${rng.int(1, 4)}`],
    () => ['DEBUG', HTTP, `Requesting refresh (in ${rng.int(5, 60)} s) for 'http:url:cella${rng.int(1, 2)}'`],
    () => ['WARN', 'org.openhab.binding.mqtt.handler.AbstractBrokerHandler', `MQTT broker connection lost, reconnecting (attempt ${rng.int(1, 4)})`],
  ])()] });
  const steps = [
    4,
    plant('api-key-name', 'openhab-http-binding-chiave-query', 'error', `${WHY.apiKey('chiave')} The oven vendor's cloud status URL of an HTTP Thing, written by the binding when the request fails.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [['WARN', HTTP, `Requesting 'https://cloud.forniconnessi.example/v1/forni/stato?chiave=${key}&forno=F${rng.int(1, 4)}' (method='GET', content='null') failed: java.util.concurrent.TimeoutException: Total timeout 3000 ms elapsed`]] } };
    }),
    4,
    plant('webhook', 'openhab-telegram-bot-api-sendmessage', 'error', WHY.webhook("The Telegram binding's error quotes the Bot API URL it called, `https://api.telegram.org/bot<id>:<token>/sendMessage`"), ({ rng }) => {
      const secret = `AA${rng.b64url(33)}`;
      return { value: secret, event: { lines: [['ERROR', 'org.openhab.binding.telegram.internal.TelegramHandler', `Exception occured whilst sending message: java.io.IOException: POST https://api.telegram.org/bot${rng.int(6000000000, 7999999999)}:${secret}/sendMessage failed: 502 Bad Gateway`]] } };
    }),
    4,
    plant('negative', 'openhab-oauth-authorize-state', 'none', "The binding's prompt to authorize the cold-room account: an authorization URL with `client_id`, `state` and `scope`, no credential yet.", ({ rng }) => {
      const state = rng.b64url(22);
      return { value: state, event: { lines: [['INFO', 'org.openhab.binding.freddocloud.internal.AccountHandler', `Autorizzazione necessaria: aprire https://auth.freddocloud.example/oauth/authorize?response_type=code&client_id=openhab-fornobellini&redirect_uri=http%3A%2F%2Fopenhab.local%3A8080%2Ffreddocloud&scope=devices&state=${state}`]] } };
    }),
    4,
    plant('refresh-token', 'openhab-oauth-connector-refresh-request-content', 'error', "openHAB's OAuth client at TRACE writes the form it posts to the token endpoint: `grant_type=refresh_token&refresh_token=…`.", ({ rng }) => {
      const rt = `rt.${rng.b64url(54)}`;
      return { value: rt, event: { lines: [['TRACE', 'org.openhab.core.auth.oauth2client.internal.OAuthConnector', `Request content: grant_type=refresh_token&refresh_token=${rt}&client_id=openhab-fornobellini`]] } };
    }),
    4,
    plant('header-dump', 'openhab-http-binding-sending-headers-bearer-jwt', 'error', "The HTTP binding at DEBUG writes each request with its headers: a Thing configured with `Authorization=Bearer <JWT>` for the shop's stock API sends it on every refresh.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 3000), jti: true, claims: { iss: `https://${FB_API}`, sub: 'openhab-laboratorio', scope: 'magazzino:read' } });
      return { value: token, jwt: facts, event: { lines: [['DEBUG', HTTP, `Sending to 'https://${FB_API}/v2/magazzino/farine': Method = {GET}, Headers = {Accept-Encoding: gzip, User-Agent: Jetty/9.4.57.v20241219, Authorization: Bearer ${token}}, Content = {null}`]] } };
    }),
    4,
    plant('framework-dump', 'openhab-thing-configuration-mail-password', 'error', 'A Thing\'s configuration map written at DEBUG when it is updated: the SMTP Thing\'s `password` in `{…}`.', ({ rng }) => {
      const pw = `${rng.alnum(10)}#${rng.int(10, 99)}`;
      return { value: pw, event: { lines: [['DEBUG', 'org.openhab.core.thing.internal.ThingManagerImpl', `Thing 'mail:smtp:negozio' configuration updated: {hostname=smtp.fornobellini.example, port=587, security=STARTTLS, sender=laboratorio@fornobellini.example, username=laboratorio@fornobellini.example, password=${pw}}`]] } };
    }),
    4,
    plant('implicit-fragment', 'openhab-script-payment-return-access_token-fragment', 'error', "A rule logs the address the shop's payment page returned to on the counter display: `#access_token=…&token_type=bearer` of an implicit grant.", ({ rng }) => {
      const tok = rng.b64url(46);
      return { value: tok, event: { lines: [['INFO', 'org.openhab.core.model.script.pagamenti', `Ritorno dal pagamento sul display cassa: https://${FB_SHOP}/cassa/esito#access_token=${tok}&token_type=bearer&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'openhab-firmware-sha256', 'none', 'A firmware file\'s SHA-256 in an update notice: a content hash, no credential.', ({ rng }) => {
      const sha = rng.hex(64);
      return { value: sha, event: { lines: [['INFO', 'org.openhab.binding.forniconnessi.internal.FirmwareHandler', `Nuovo firmware 4.2.1 disponibile per Forno3 (sha256 ${sha})`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'openhab.local' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// development.log: Forno Bellini's shop backend, a Mojolicious 9 app (Perl) on the staging host in development mode,
// Mojo::Log's default format (`[<date> <time.µs5>] [<pid>] [<level>] [<request id>] <message>`): the router's trace
// lines (`GET "/path"`, `Routing to controller … and action …`, `200 OK (0.01s, 100/s)`, the path only, no query),
// and the application's own lines; `$c->dumper` output (Data::Dumper with Useqq, Sortkeys, Indent 1) over several lines.
// https://docs.mojolicious.org/Mojo/Log, https://docs.mojolicious.org/Mojolicious/Guides/Rendering, https://docs.mojolicious.org/Mojo/Util#dumper

function mojoLog(rng) {
  const pid = rng.int(20000, 40000);
  const stamp = (t) => `[${ymd(t, 60)} ${hms(t, 60)}.${digits(rng, 5)}] [${pid}]`;
  const render = (e) => {
    const id = rng.b64url(8);
    const out = [`${stamp(e.t)} [trace] [${id}] ${e.method} "${e.path}"`, `${stamp(e.t)} [trace] [${id}] Routing to controller "${e.ctrl ?? 'Forno::Controller::Negozio'}" and action "${e.action ?? 'mostra'}"`];
    for (const [lvl, msg] of e.app ?? []) out.push(...`${stamp(e.t)} [${lvl}] [${id}] ${msg}`.split('\n'));
    out.push(`${stamp(e.t)} [trace] [${id}] ${e.status} ${e.status === 200 ? 'OK' : e.status === 302 ? 'Found' : e.status === 404 ? 'Not Found' : 'Bad Gateway'} (0.0${rng.int(10000, 99999)}s, ${rng.int(10, 90)}.${rng.int(100, 999)}/s)`);
    return out;
  };
  const filler = (rng) => rng.pick([
    () => ({ path: '/prodotti', action: 'elenco' }),
    () => ({ path: `/prodotti/${rng.pick(['tortellini-freschi', 'pane-comune', 'crescentine', 'torta-di-riso'])}`, action: 'scheda' }),
    () => ({ path: '/carrello', ctrl: 'Forno::Controller::Carrello', action: 'mostra' }),
    () => ({ path: '/carrello/aggiungi', method: 'POST', ctrl: 'Forno::Controller::Carrello', action: 'aggiungi', status: 302 }),
  ])();
  const dumper = (h) => `{\n${Object.keys(h).sort().map((k) => `  ${JSON.stringify(k)} => ${JSON.stringify(h[k])}`).join(',\n')}\n}`;
  const steps = [
    { raw: { method: 'GET', path: '/', action: 'home' }, after: 0 },
    3,
    plant('path-secret', 'mojo-reimposta-password-path-token', 'error', WHY.pathSecret("A password reset link (`/reimposta-password/<token>`): the router's trace line writes the path"), ({ rng }) => {
      const token = rng.hex(48);
      return { value: token, event: { path: `/reimposta-password/${token}`, ctrl: 'Forno::Controller::Account', action: 'reimposta' } };
    }),
    3,
    plant('framework-dump', 'mojo-dumper-params-parola_chiave', 'error', "`$c->app->log->debug($c->dumper($c->req->params->to_hash))` in the sign-up action: Data::Dumper writes the form one key a line, `parola_chiave` with its value.", ({ rng }) => {
      const pw = `${rng.pick(['Tortellino', 'Mortadella', 'Crescentina'])}${rng.int(1000, 9999)}!${rng.alnum(4)}`;
      const csrf = rng.hex(40);
      return {
        marks: [
          { value: `"parola_chiave" => "${pw}"`, needle: pw },
          { value: csrf, category: 'negative', kind: 'mojo-dumper-params-csrf_token', expect: 'none', why: "Mojolicious' `csrf_token` on its own line of the same dump: a per-session anti-forgery value, no credential." },
        ],
        event: { method: 'POST', path: '/registrazione', ctrl: 'Forno::Controller::Account', action: 'registra', status: 302, app: [['debug', `Parametri registrazione: ${dumper({ csrf_token: csrf, email: 'giulia.rossi@posta.example', nome: 'Giulia', parola_chiave: pw, privacy: '1' })}`]] },
      };
    }),
    3,
    plant('embed-jwt', 'mojo-embed-ordini-jwt-120s-no-jti', 'warning', 'A signed embed of the day\'s orders for the shop counter (`/embed/ordini/<JWT>`), valid 120 s without `jti`: short-lived but replayable inside its window (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { resource: { pannello: 'ordini-del-giorno' }, punto_vendita: 'via-san-vitale' } });
      return { value: token, jwt: facts, event: { path: `/embed/ordini/${token}`, ctrl: 'Forno::Controller::Embed', action: 'ordini' } };
    }),
    3,
    plant('encoded', 'mojo-warn-ritorno-double-encoded-token', 'error', "The sign-in page logs a return address it refuses: `ritorno=` holds a partner's SSO URL percent-encoded twice, its `token=` inside (`%253D`).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: '/accedi', ctrl: 'Forno::Controller::Account', action: 'accedi', app: [['warn', `Indirizzo di ritorno non consentito: https://${FB_SHOP}/accedi?ritorno=https%253A%252F%252Fpartner.consorzio-forni.example%252Fsso%252Fentra%253Ftoken%253D${tok}%2526negozio%253D12`]] } };
    }),
    3,
    plant('implicit-fragment', 'mojo-client-error-href-access_token', 'error', "The browser's error reporter posts `href` to `/errori-client`, which the app logs: the page address with `#access_token=` of the payment provider's implicit grant.", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { method: 'POST', path: '/errori-client', ctrl: 'Forno::Controller::Errori', action: 'registra', app: [['error', `Errore client: TypeError: window.opener is null — href=https://${FB_SHOP}/pagamento/ritorno#access_token=${tok}&token_type=Bearer&expires_in=1800`]] } };
    }),
    3,
    plant('webhook', 'mojo-mattermost-hooks-url', 'error', WHY.webhook('A Mattermost incoming webhook (`/hooks/<id>`) the order notifier posts to; its warning about a failed post writes the URL'), ({ rng }) => {
      const id = lowerNum(rng, 26);
      return { value: id, event: { method: 'POST', path: '/ordini/conferma', ctrl: 'Forno::Controller::Ordini', action: 'conferma', status: 302, app: [['info', `Ordine ${ordine(rng)} confermato`], ['warn', `Notifica ordine non inviata a https://chat.fornobellini.example/hooks/${id}: 502 Bad Gateway`]] } };
    }),
    3,
    plant('negative', 'mojo-cache-etag', 'none', "A product cache's ETag in an info line: a content version, no credential.", ({ rng }) => {
      const etag = `W/"${rng.hex(16)}"`;
      return { value: etag, event: { path: '/prodotti', action: 'elenco', app: [['info', `Cache prodotti ricaricata (etag ${etag}, 48 articoli)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: FB_SHOP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nagios.log: Nagios Core 4.5 on Forno Bellini's monitoring host (`[<epoch>] <message>`): SERVICE ALERT and HOST ALERT
// lines with each plugin's output, SERVICE NOTIFICATION, the retention auto-save, and the warning Nagios writes when a
// notification command times out (its command line included). Custom plugins print the URL they checked.
// https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/configmain.html#log_file,
// https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/pluginapi.html

function nagiosLog(rng) {
  const render = (e) => e.lines.map((m) => `[${epoch(e.t)}] ${m}`);
  const filler = (rng) => ({ lines: [rng.pick([
    () => `SERVICE ALERT: forno0${rng.int(1, 4)};Temperatura;OK;SOFT;2;OK - ${rng.int(180, 240)} C`,
    () => `SERVICE ALERT: negozio01;HTTPS negozio;OK;HARD;1;HTTP OK: HTTP/1.1 200 OK - ${rng.int(20000, 90000)} bytes in 0.${rng.int(100, 999)} second response time`,
    () => 'Auto-save of retention data completed successfully.',
    () => `HOST ALERT: cella0${rng.int(1, 2)};UP;SOFT;2;PING OK - Packet loss = 0%, RTA = ${rng.int(1, 9)}.${rng.int(10, 99)} ms`,
    () => `SERVICE NOTIFICATION: turno-notte;forno0${rng.int(1, 4)};Temperatura;WARNING;notify-service-by-email;WARNING - ${rng.int(245, 260)} C`,
  ])()] });
  const steps = [
    { raw: { lines: ['LOG ROTATION: DAILY', 'LOG VERSION: 2.0', 'Local time is Fri Dec 18 00:00:00 CET 2026', 'Nagios Core 4.5.9 starting... (PID=1187)'] }, after: 0 },
    4,
    plant('api-key-name', 'nagios-plugin-output-api_key-url', 'error', `${WHY.apiKey('api_key')} A custom plugin prints the URL it checked, key included, as its output: Nagios writes it in the SERVICE ALERT line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [`SERVICE ALERT: erp01;API magazzino;CRITICAL;SOFT;1;CRITICAL - GET https://erp.fornobellini.example/api/salute?api_key=${key} -> HTTP 503 (0.${rng.int(100, 999)} s)`] } };
    }),
    5,
    plant('negative', 'nagios-plugin-output-api_key-masked', 'none', 'The same plugin after its fix prints `api_key=***`: no value.', () => ({ value: 'api_key=***', event: { lines: ['SERVICE ALERT: erp01;API magazzino;OK;SOFT;2;OK - GET https://erp.fornobellini.example/api/salute?api_key=*** -> HTTP 200 (0.088 s)'] } })),
    5,
    plant('webhook', 'nagios-notification-command-timeout-slack-url', 'error', WHY.webhook("A Slack incoming webhook in a notification command's arguments: Nagios writes the whole command line when the command times out"), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { lines: [`SERVICE NOTIFICATION: turno-notte;forno03;Temperatura;CRITICAL;notify-service-by-slack;CRITICAL - 271 C`, `Warning: Contact 'turno-notte' service notification command '/usr/local/bin/notify_slack.sh "https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${secret}" "forno03" "Temperatura" "CRITICAL"' timed out after 30 seconds`] } };
    }),
    5,
    plant('id-token', 'nagios-plugin-output-logout-id_token_hint', 'error', "A synthetic check of the shop's sign-out prints the logout URL it called: `id_token_hint=<JWT>` of the monitoring account, live when logged.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(2, 20), alg: 'RS256', kid: rng.hex(10), claims: { iss: 'https://sso.fornobellini.example/realms/negozio', aud: 'negozio-web', sub: rng.uuid(), preferred_username: 'monitor' } });
      return { value: token, jwt: facts, event: { lines: [`SERVICE ALERT: sso01;Logout SSO;WARNING;SOFT;1;WARNING - logout https://sso.fornobellini.example/realms/negozio/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${FB_SHOP}%2F risponde 400`] } };
    }),
    5,
    plant('negative', 'nagios-certificate-fingerprint', 'none', "A certificate check's SHA-256 fingerprint: a public hash, no credential.", ({ rng }) => {
      const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: fp, event: { lines: [`SERVICE ALERT: negozio01;Certificato;WARNING;HARD;3;WARNING - il certificato di ${FB_SHOP} scade tra 14 giorni (SHA-256 ${fp})`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 - HOUR, site: { host: 'nagios' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// httpie-sessione.txt: a Forno Bellini developer's terminal (saved with `script`) while trying the shop's API with
// HTTPie 3.2 and `--verbose`: the typed command, then the request as sent (request line, headers sorted as HTTPie
// prints them, the JSON body indented four spaces), a blank line, the response head and body. No time on any line but
// the response's `Date` header.
// https://httpie.io/docs/cli/verbose-output, https://httpie.io/docs/cli/colors-and-formatting

function httpieLog(rng) {
  const ex = (e, rng) => {
    const body = e.body ? JSON.stringify(e.body, null, 4) : '';
    const reqH = [['Accept', e.body ? 'application/json, */*;q=0.5' : '*/*'], ['Accept-Encoding', 'gzip, deflate'], ...(e.headers ?? []), ['Connection', 'keep-alive'], ...(e.body ? [['Content-Length', `${Buffer.byteLength(JSON.stringify(e.body))}`], ['Content-Type', 'application/json']] : []), ['Host', e.host], ['User-Agent', 'HTTPie/3.2.4']];
    const resH = [['Content-Type', 'application/json'], ['Date', httpDate(e.t)], ...(e.resHeaders ?? []), ['Server', 'nginx'], ['X-Request-Id', rng.uuid()]];
    return [
      `marco@mac-marco ~/forno-api $ ${e.cmd}`, `${e.method} ${target(e)} HTTP/1.1`, ...reqH.map(([k, v]) => `${k}: ${v}`), '', ...(body ? [...body.split('\n'), '', ''] : []),
      `HTTP/1.1 ${e.statusText}`, ...resH.map(([k, v]) => `${k}: ${v}`), '', ...(e.res ? JSON.stringify(e.res, null, 4).split('\n') : []), '', '',
    ];
  };
  const filler = (rng) => rng.pick([
    () => ({ cmd: `http -v ${FB_API}/v2/prodotti?categoria=pasta-fresca`, host: FB_API, path: '/v2/prodotti', query: 'categoria=pasta-fresca', statusText: '200 OK', res: { prodotti: [{ sku: 'TORT-500', nome: 'Tortellini 500 g', prezzo: 14.5 }], totale: 1 } }),
    () => ({ cmd: `http -v ${FB_API}/v2/punti-vendita`, host: FB_API, path: '/v2/punti-vendita', statusText: '200 OK', res: [{ id: 12, nome: 'Via San Vitale' }, { id: 14, nome: 'Piazza Maggiore' }] }),
  ])();
  const steps = [
    1,
    plant('header-dump', 'httpie-authorization-bearer-glpat', 'error', 'HTTPie writes the request headers as sent: `Authorization: Bearer glpat-…`, a GitLab personal access token given with `-A bearer -a`.', ({ rng }) => {
      const pat = `glpat-${rng.b64url(20)}`;
      return { value: pat, event: { cmd: `http -v -A bearer -a "$GITLAB_TOKEN" gitlab.fornobellini.example/api/v4/projects/42/pipelines status==failed`, host: 'gitlab.fornobellini.example', path: '/api/v4/projects/42/pipelines', query: 'status=failed', headers: [['Authorization', `Bearer ${pat}`]], statusText: '200 OK', res: [] } };
    }),
    1,
    plant('negative', 'httpie-x-csrftoken-header', 'none', "A Django admin's `X-CSRFToken` header in the printed request: an anti-forgery value, no credential.", ({ rng }) => {
      const csrf = rng.alnum(64);
      return { value: csrf, event: { cmd: `http -v POST ${FB_API}/admin/ordini/esporta/ X-CSRFToken:${csrf}`, method: 'POST', host: FB_API, path: '/admin/ordini/esporta/', headers: [['X-CSRFToken', csrf]], statusText: '403 Forbidden', res: { detail: 'Autenticazione richiesta.' } } };
    }),
    1,
    plant('refresh-token', 'httpie-body-refresh_token', 'error', "The JSON body HTTPie prints under the request: `\"refresh_token\": \"…\"` of the shop's app, posted by hand to the token endpoint (the answer is `invalid_grant`, the token was in use elsewhere).", ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { cmd: `http -v POST ${FB_API}/oauth/token grant_type=refresh_token refresh_token=${'$'}RT client_id=app-negozio`, method: 'POST', host: FB_API, path: '/oauth/token', body: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'app-negozio' }, statusText: '400 Bad Request', res: { error: 'invalid_grant', error_description: 'Il token di aggiornamento non è valido.' } } };
    }),
    1,
    plant('implicit-fragment', 'httpie-response-location-access_token-fragment', 'error', "The authorization server's answer to an implicit-grant request: `Location: …#access_token=…&token_type=Bearer`, in the response head HTTPie prints.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { cmd: `http -v 'sso.fornobellini.example/oauth/authorize?response_type=token&client_id=totem-negozio&redirect_uri=https://${FB_SHOP}/totem/' Cookie:"sso_s=$SSO"`, host: 'sso.fornobellini.example', path: '/oauth/authorize', query: `response_type=token&client_id=totem-negozio&redirect_uri=https://${FB_SHOP}/totem/`, headers: [['Cookie', 'sso_s=$SSO']], statusText: '302 Found', resHeaders: [['Location', `https://${FB_SHOP}/totem/#access_token=${tok}&token_type=Bearer&expires_in=7200`]] } };
    }),
    1,
    plant('framework-dump', 'httpie-response-settings-smtp_parola_chiave', 'error', "The admin settings endpoint answers the whole configuration object, `smtp_parola_chiave` in it, and HTTPie prints the body indented.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { cmd: `http -v ${FB_API}/v2/admin/impostazioni "X-Api-Key:$ADMIN_KEY"`, host: FB_API, path: '/v2/admin/impostazioni', headers: [['X-Api-Key', '$ADMIN_KEY']], statusText: '200 OK', res: { negozio: { nome: 'Forno Bellini', valuta: 'EUR' }, spedizioni: { soglia_gratuita: 49 }, smtp: { host: 'smtp.fornobellini.example', porta: 587, utente: 'ordini@fornobellini.example', smtp_parola_chiave: pw } } } };
    }),
    1,
    plant('encoded', 'httpie-body-credenziali-base64', 'error', "A courier's API wants `credenziali`: base64 of `utente:parola chiave` in the JSON body HTTPie prints (one decoding from the password).", ({ rng }) => {
      const cred = b64Of(`fornobellini:${rng.alnum(12)}`);
      return { value: cred, event: { cmd: `http -v POST api.corriere-emilia.example/v1/spedizioni credenziali=${'$'}CRED ritiro=2026-12-19 colli:=2`, method: 'POST', host: 'api.corriere-emilia.example', path: '/v1/spedizioni', body: { credenziali: cred, ritiro: '2026-12-19', colli: 2 }, statusText: '201 Created', res: { spedizione: `CE${digits(rng, 10)}`, stato: 'prenotata' } } };
    }),
    1,
    plant('negative', 'httpie-response-etag', 'none', "A response's weak `ETag`: a content version, no credential.", ({ rng }) => {
      const etag = `W/"${rng.hex(20)}"`;
      return { value: etag, event: { cmd: `http -v ${FB_API}/v2/listino`, host: FB_API, path: '/v2/listino', statusText: '200 OK', resHeaders: [['ETag', etag]], res: { versione: '2027-01', voci: 112 } } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: FB_API }, filler, render: ex, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aria2.log: aria2 1.37 run by Forno Bellini's office script with `--log=/var/log/aria2.log --log-level=info`
// (`<date> <time.µs> [<LEVEL>] [<source>:<line>] <message>`; `CUID#<n> - Requesting:` and `Response received:` with
// the HTTP head on untimed lines, `Redirecting to <URL>`, `Download complete:`).
// https://aria2.github.io/manual/en/html/aria2c.html#cmdoption-log, https://aria2.github.io/manual/en/html/aria2c.html#cmdoption-header

function aria2Log(rng) {
  const at = (t) => `${ymd(t, 60)} ${hms(t, 60)}.${digits(rng, 6)}`;
  const render = (e, rng) => {
    const cuid = rng.int(5, 12);
    const reqs = e.reqs.flatMap((r) => [
      `${at(e.t)} [INFO] [HttpConnection.cc:122] CUID#${cuid} - Requesting:`, `GET ${r.path} HTTP/1.1`, 'User-Agent: aria2/1.37.0', 'Accept: */*', `Host: ${r.host}`, 'Pragma: no-cache', 'Cache-Control: no-cache', ...(r.headers ?? []).map(([k, v]) => `${k}: ${v}`), '',
      `${at(e.t + 300)} [INFO] [HttpConnection.cc:156] CUID#${cuid} - Response received:`, `HTTP/1.1 ${r.status ?? '200 OK'}`, `Date: ${httpDate(e.t)}`, ...(r.resHeaders ?? [['Content-Type', 'application/octet-stream'], ['Content-Length', `${rng.int(20000, 900000)}`]]).map(([k, v]) => `${k}: ${v}`), '',
      ...(r.redirect ? [`${at(e.t + 310)} [INFO] [AbstractCommand.cc:381] CUID#${cuid} - Redirecting to ${r.redirect}`] : []),
    ]);
    return [...reqs, `${at(e.t + 900)} [NOTICE] [RequestGroup.cc:1192] Download complete: ${e.file}`];
  };
  const filler = (rng) => rng.pick([
    () => ({ reqs: [{ host: 'www.mulinopadano.example', path: `/listini/farine-${rng.int(2026, 2027)}.pdf` }], file: '/srv/listini/farine.pdf' }),
    () => ({ reqs: [{ host: 'downloads.forniconnessi.example', path: `/manuali/forno-serie-${rng.pick(['r', 's', 't'])}.pdf` }], file: '/srv/manuali/forno.pdf' }),
  ])();
  const steps = [
    { raw: { reqs: [{ host: 'www.mulinopadano.example', path: '/listini/farine-2027.pdf' }], file: '/srv/listini/farine-2027.pdf' }, after: 0 },
    2,
    plant('header-dump', 'aria2-requesting-authorization-token-ghp', 'error', "`--header=\"Authorization: token ghp_…\"` to download a private release asset: aria2 writes the request head it sends, the header included.", ({ rng }) => {
      const pat = githubToken('ghp_', rng.alnum(30));
      return { value: pat, event: { reqs: [{ host: 'api.github.com', path: '/repos/fornobellini/etichettatrice/releases/assets/287341902', headers: [['Accept', 'application/octet-stream'], ['Authorization', `token ${pat}`]], status: '302 Found', resHeaders: [['Location', 'https://release-assets.githubusercontent.com/…'], ['Content-Length', '0']] }], file: '/srv/etichettatrice/etichettatrice-2.4.0.tar.gz' } };
    }),
    2,
    plant('header-dump', 'aria2-redirect-presigned-x-amz-security-token', 'note', "A supplier's download redirects to an S3 presigned URL made with temporary credentials: `X-Amz-Security-Token` in `Redirecting to` and in the next request line (a session token bound to a signature that expires in minutes: note).", ({ rng }) => {
      const sts = `IQoJb3JpZ2luX2VjE${rng.b64url(280)}`;
      const q = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${upperNum(rng, 16)}%2F20261218%2Feu-south-1%2Fs3%2Faws4_request&X-Amz-Date=20261218T091502Z&X-Amz-Expires=300&X-Amz-Security-Token=${encodeURIComponent(sts)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${rng.hex(64)}`;
      const host = 'listini-fornitori.s3.eu-south-1.amazonaws.com';
      return { value: encodeURIComponent(sts), event: { reqs: [{ host: 'portale.caseificio-reno.example', path: '/documenti/scarica/listino-2027', status: '302 Found', resHeaders: [['Location', `https://${host}/caseificio-reno/listino-2027.xlsx?${q}`], ['Content-Length', '0']], redirect: `https://${host}/caseificio-reno/listino-2027.xlsx?${q}` }, { host, path: `/caseificio-reno/listino-2027.xlsx?${q}` }], file: '/srv/listini/caseificio-reno-2027.xlsx' } };
    }),
    2,
    plant('negative', 'aria2-response-etag', 'none', "A response's `ETag`: a content version, no credential.", ({ rng }) => {
      const etag = `"${rng.hex(32)}-${rng.int(2, 9)}"`;
      return { value: etag, event: { reqs: [{ host: 'downloads.forniconnessi.example', path: '/firmware/forno-4.2.1.bin', resHeaders: [['Content-Type', 'application/octet-stream'], ['ETag', etag], ['Content-Length', '8409344']] }], file: '/srv/firmware/forno-4.2.1.bin' } };
    }),
    2,
    plant('session-id', 'aria2-requesting-cookie-sessionid', 'error', WHY.session("`--load-cookies` gives aria2 the browser's cookies for a supplier's Django portal: the `sessionid` cookie in the request head it writes"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { reqs: [{ host: 'ordini.salumificio-emilia.example', path: '/fatture/2026/12/FT-8812.pdf', headers: [['Cookie', `csrftoken=${rng.alnum(32)}; sessionid=${sid};`]] }], file: '/srv/fatture/FT-8812.pdf' } };
    }),
    2,
    plant('path-secret', 'aria2-magic-download-link-path', 'error', WHY.pathSecret("A magic link from a supplier's e-mail (`/scarica/link/<token>/…`), which signs in and downloads in one step"), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { reqs: [{ host: 'clienti.molino-santerno.example', path: `/scarica/link/${token}/estratto-conto-novembre.pdf` }], file: '/srv/estratti/molino-santerno-11.pdf' } };
    }),
    2,
    plant('negative', 'aria2-response-x-request-id', 'none', "A response's `X-Request-Id`: a request identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { reqs: [{ host: 'www.mulinopadano.example', path: '/listini/semole-2027.pdf', resHeaders: [['Content-Type', 'application/pdf'], ['X-Request-Id', id]] }], file: '/srv/listini/semole-2027.pdf' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 15 * MIN, site: { host: 'aria2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vite-dev.txt: `DEBUG=vite:proxy pnpm dev` of Daon Books' storefront (Vite 7, `server.proxy` for `/api` to the API and
// `/aladin` to a partner), a terminal saved: pnpm's banner, Vite's ready banner, the debug module's TTY lines
// (`  vite:proxy <req.url> -> <target> +<n>ms`), Vite's `[vite] http proxy error: <url>` with the error's stack, HMR
// lines with a time of day only.
// https://vite.dev/config/server-options#server-proxy, https://github.com/vitejs/vite/blob/main/packages/vite/src/node/server/middlewares/proxy.ts,
// https://github.com/debug-js/debug#usage

function viteLog(rng) {
  const API = 'http://localhost:8080';
  const render = (e, rng) => {
    if (e.L) return e.L(e, rng);
    const out = [`  vite:proxy ${target(e)} -> ${e.to ?? API} +${rng.int(0, 900)}ms`];
    if (e.error) out.push(`${timeOfDay(e.t)} [vite] http proxy error: ${target(e)}`, 'Error: connect ECONNREFUSED 127.0.0.1:8080', '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1637:16)');
    return out;
  };
  const timeOfDay = (t) => { const d = new Date(t + 9 * HOUR); const h = d.getUTCHours(); return `${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`; };
  const filler = (rng) => rng.pick([
    () => ({ path: '/api/books', query: `category=${rng.pick(['novel', 'essay', 'children', 'comics'])}&page=${rng.int(1, 5)}` }),
    () => ({ path: `/api/books/${isbn(rng)}` }),
    () => ({ path: '/api/cart' }),
    () => ({ L: (e) => [`${timeOfDay(e.t)} [vite] (client) hmr update /src/pages/${rng.pick(['BookDetail', 'Cart', 'Home', 'Search'])}.tsx`] }),
  ])();
  const steps = [
    { raw: { L: () => ['', '> daon-storefront@0.42.0 dev /Users/jiwoo/work/daon-storefront', '> vite', '', '', '  VITE v7.2.4  ready in 412 ms', '', '  ➜  Local:   http://localhost:5173/', '  ➜  Network: use --host to expose', '  ➜  press h + enter to show help'] }, after: 0 },
    4,
    plant('oauth-code', 'vite-proxy-kakao-callback-code', 'warning', `${WHY.code} Kakao Login returns to the dev server, which proxies \`/api/auth/kakao/callback?code=…&state=…\`; the debug line writes \`req.url\`.`, ({ rng }) => {
      const code = rng.b64url(86);
      return { value: code, event: { path: '/api/auth/kakao/callback', query: `code=${code}&state=${rng.hex(24)}` } };
    }),
    3,
    plant('api-key-name', 'vite-proxy-aladin-ttbkey', 'error', `${WHY.apiKey('ttbkey')} The book-data partner's key, added by the front end to its bestseller query and proxied to the partner.`, ({ rng }) => {
      const key = `ttb${lowerNum(rng, 10)}${digits(rng, 4)}${rng.hex(3)}`;
      return { value: key, event: { path: '/aladin/ttb/api/ItemList.aspx', query: `ttbkey=${key}&QueryType=Bestseller&MaxResults=20&start=1&SearchTarget=Book&output=js&Version=20131101`, to: 'https://www.aladin.example' } };
    }),
    3,
    plant('negative', 'vite-proxy-cache-buster-_t', 'none', 'A cache buster (`_t=<ms>`) on an API call: a time, no credential.', ({ t }) => ({ value: `_t=${t + 417}`, event: { path: '/api/notices', query: `_t=${t + 417}` } })),
    3,
    plant('refresh-token', 'vite-proxy-refresh_token-query-proxy-error', 'error', "A refresh call with `refresh_token` in the query while the API is down: Vite's debug line and its `http proxy error` line both write the URL (one request).", ({ rng }) => {
      const rt = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}${rng.hex(8)}`;
      return { value: rt, event: { method: 'POST', path: '/api/auth/token/refresh', query: `refresh_token=${rt}`, error: true } };
    }),
    3,
    plant('path-secret', 'vite-proxy-invitation-accept-path', 'error', WHY.pathSecret('A book club invitation (`/api/clubs/invitations/<token>/accept`) opened on the dev server'), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { method: 'POST', path: `/api/clubs/invitations/${token}/accept` } };
    }),
    3,
    plant('encoded', 'vite-proxy-next-double-encoded-access_token', 'error', "A `next=` return address percent-encoded twice (the router encodes an already encoded URL): the partner's `access_token` inside (`%253D`).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { path: '/api/auth/continue', query: `next=https%253A%252F%252Fevents.daonbooks.example%252Fsignings%253Faccess_token%253D${tok}%2526event%253D${rng.int(100, 999)}` } };
    }),
    3,
    plant('negative', 'vite-proxy-cursor-base64-json', 'none', 'A pagination `cursor`, base64 of `{"offset":…,"sort":…}` (it starts `eyJ`): a position in a list, no credential.', ({ rng }) => {
      const cursor = b64urlOf(JSON.stringify({ offset: rng.int(20, 400), sort: 'popular' }));
      return { value: cursor, event: { path: '/api/reviews', query: `isbn=${isbn(rng)}&cursor=${cursor}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'localhost' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// slowlog.txt: `redis-cli -h cache-01 SLOWLOG GET 64` against Daon Books' cache (Redis 7.4, `slowlog-log-slower-than
// 10000`), saved: each entry's id, Unix time, microseconds, the command's arguments (quoted by redis-cli, `\"` inside),
// the client's address and name, newest first.
// https://redis.io/docs/latest/commands/slowlog-get/, https://redis.io/docs/latest/develop/tools/cli/

function slowlogLog(rng) {
  let id = 48213;
  const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const render = (e, rng) => {
    if (e.L) return e.L;
    const n = e.n;
    const head = `${String(n).padStart(2)}) `;
    const ind = ' '.repeat(head.length);
    const args = e.args.map((a, i) => `${i ? `${ind}   ` : ''}${String(i + 1).padStart(e.args.length > 9 ? 2 : 1)}) ${q(a)}`);
    return [`${head}1) (integer) ${id--}`, `${ind}2) (integer) ${epoch(DAY0 + 5 * HOUR - (e.t - DAY0 - 2 * HOUR))}`, `${ind}3) (integer) ${rng.int(10001, 90000)}`, `${ind}4) ${args[0]}`, ...args.slice(1), `${ind}5) "10.20.${rng.int(1, 3)}.${rng.int(10, 60)}:${rng.int(30000, 60000)}"`, `${ind}6) "${e.client ?? `daon-api-${rng.hex(4)}`}"`];
  };
  let n = 0;
  const filler = (rng) => ({ args: rng.pick([
    () => ['ZREVRANGE', 'rank:bestseller:weekly', '0', '99', 'WITHSCORES'],
    () => ['HGETALL', `book:${isbn(rng)}`],
    () => ['MGET', `stock:${isbn(rng)}`, `stock:${isbn(rng)}`, `stock:${isbn(rng)}`],
    () => ['DEL', `cart:${rng.int(100000, 999999)}`],
  ])() });
  const steps = [
    3,
    plant('session-id', 'slowlog-set-sess-key', 'error', WHY.session('The session store\'s key is `sess:<session id>`: the slow log keeps the `SET` with the key, so the id of a signed-in customer is in the output'), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { args: ['SET', `sess:${sid}`, '{"uid":88213,"cart":12}', 'EX', '1209600'] } };
    }),
    3,
    plant('negative', 'slowlog-scan-match-pattern', 'none', 'A `SCAN` with `MATCH sess:*`: a key pattern, no value.', () => ({ value: 'sess:*', event: { args: ['SCAN', '0', 'MATCH', 'sess:*', 'COUNT', '1000'], client: 'ops-cleanup' } })),
    3,
    plant('refresh-token', 'slowlog-hset-refresh-token', 'error', "`HSET rt:user:<id> token <refresh token> …`: the app stores each customer's refresh token in a hash, and the slow log keeps the arguments.", ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { args: ['HSET', `rt:user:${rng.int(10000, 99999)}`, 'token', rt, 'device', 'ios', 'issued', `${epoch(DAY0)}`] } };
    }),
    3,
    plant('path-secret', 'slowlog-setex-pwreset-key', 'error', WHY.pathSecret('A password reset token stored as a key (`pwreset:<token>`, the token of the `/reset/<token>` link)'), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { args: ['SETEX', `pwreset:${token}`, '1800', `${rng.int(10000, 99999)}`] } };
    }),
    3,
    plant('webhook', 'slowlog-rpush-webhook-job-json-slack', 'error', WHY.webhook('A notification job pushed as JSON with the Slack incoming webhook it will post to (`hooks.slack.com/services/T…/B…/<secret>`)'), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { args: ['RPUSH', 'queue:notify', JSON.stringify({ url: `https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${secret}`, text: '재고 부족: 소년이 온다 (남은 수량 3)' })] } };
    }),
    3,
    plant('api-key-name', 'slowlog-hgetall-apikey-key', 'error', `${WHY.apiKey('apikey')} The partner API looks each key up by a key named after it, \`apikey:<key>\`.`, ({ rng }) => {
      const key = `dk_${rng.alnum(32)}`;
      return { value: key, event: { args: ['HGETALL', `apikey:${key}`], client: 'daon-partner-api' } };
    }),
    3,
    plant('negative', 'slowlog-xadd-trace-id', 'none', 'A trace id added to an event stream: an identifier, no credential.', ({ rng }) => {
      const trace = rng.hex(32);
      return { value: trace, event: { args: ['XADD', 'events:orders', '*', 'type', 'order.paid', 'trace_id', trace] } };
    }),
    3,
  ];
  // Entries newest first: build, then number them in order.
  const built = buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'cache-01' }, filler, render: (e, rng) => render(e.L ? e : { ...e, n: ++n }, rng), steps: [{ raw: { L: ['cache-01:6379> SLOWLOG GET 64'] }, after: 0 }, ...steps] });
  return built;
}

// ---------------------------------------------------------------------------------------------------------------------
// vapor-docker.log: `docker logs --timestamps` of Daon Books' API, a Vapor 4 service (Swift 6) in production with
// ConsoleKit's ConsoleLogger (`[ LEVEL ] <message> [<metadata>]`, the source location after debug messages): the route
// logging middleware's `GET <path>` line (the path, percent-decoded, without the query), the app's lines.
// https://docs.vapor.codes/basics/logging/, https://docs.docker.com/reference/cli/docker/container/logs/

function vaporLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 19)}.${pad(t % 1000, 3)}${digits(rng, 6)}Z`;
  const render = (e) => {
    const rid = rng.uuid().toUpperCase();
    const meta = (extra) => `[${[...(extra ?? []), `request-id: ${rid}`].join(', ')}]`;
    const out = [`${ts(e.t)} [ INFO ] ${e.method} ${decodeURIComponent(e.path)} ${meta()}`];
    for (const [lvl, msg, extra, src] of e.app ?? []) out.push(`${ts(e.t + 2)} [ ${lvl} ] ${msg} ${meta(extra)}${src ? ` (App/Controllers/${src})` : ''}`);
    return out;
  };
  const filler = (rng) => rng.pick([
    () => ({ path: `/v1/books/${isbn(rng)}` }),
    () => ({ path: '/v1/books/search' }),
    () => ({ path: '/v1/cart', method: 'POST', app: [['INFO', `장바구니 담기 isbn=${isbn(rng)}`]] }),
    () => ({ path: '/health' }),
  ])();
  let ws = '';
  const steps = [
    { raw: { method: 'GET', path: '/health', app: [['NOTICE', 'Server started on http://0.0.0.0:8080']] }, after: 0 },
    3,
    plant('oauth-code', 'vapor-kakao-callback-app-log-code', 'warning', `${WHY.code} Vapor's route line writes the path only; the callback handler logs \`code\` and \`state\` itself.`, ({ rng }) => {
      const code = rng.b64url(86);
      return { value: code, event: { path: '/v1/auth/kakao/callback', app: [['INFO', `카카오 로그인 콜백 수신 code=${code} state=${rng.hex(24)}`]] } };
    }),
    3,
    plant('embed-jwt', 'vapor-embed-korean-path-jwt-expired', 'note', "A publisher's sales report embed (`/embed/판매리포트/<JWT>`, the route percent-decoded by Vapor's log line) opened a day after the JWT expired: note.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + 600 + rng.int(60, 3000), jti: true, claims: { publisher: rng.int(100, 999), report: 'monthly-sales' } });
      return { value: token, jwt: facts, event: { path: `/embed/${encodeURIComponent('판매리포트')}/${token}` } };
    }),
    3,
    plant('negative', 'vapor-csrf-token-debug', 'none', 'A CSRF check logs the `x-csrf-token` it compared: an anti-forgery value, no credential.', ({ rng }) => {
      const csrf = rng.hex(48);
      return { value: csrf, event: { method: 'POST', path: '/v1/account/address', app: [['DEBUG', `CSRF 검증 통과 x-csrf-token=${csrf}`, [], 'AccountController.swift:88']] } };
    }),
    3,
    plant('implicit-fragment', 'vapor-client-error-hash-route-access_token', 'error', "The web client's error report logs `href`: a hash-routed page, `#/orders?access_token=…`, from the old implicit sign-in of the partner app.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { method: 'POST', path: '/v1/client-errors', app: [['ERROR', `클라이언트 오류 보고: TypeError: undefined is not an object (evaluating 'n.items') href=https://${DB_WEB}/#/orders?access_token=${tok}&expires_in=3600`]] } };
    }),
    3,
    plant('header-dump', 'vapor-debug-request-headers-bearer-jwt', 'error', "A debug line prints `req.headers` (NIO's `HTTPHeaders` description, name and value pairs): `(\"Authorization\", \"Bearer <JWT>\")` of a customer's request.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(30, 1500), jti: true, claims: { iss: `https://${DB_API}`, sub: `${rng.int(10000, 99999)}`, scope: 'orders' } });
      return { value: token, jwt: facts, event: { path: '/v1/orders', app: [['DEBUG', `요청 헤더: [("Host", "${DB_API}"), ("User-Agent", "DaonBooks/5.2.0 (iPhone; iOS 26.1)"), ("Accept", "application/json"), ("Authorization", "Bearer ${token}"), ("Accept-Language", "ko-KR")]`, [], 'OrderController.swift:41']] } };
    }),
    3,
    plant('framework-dump', 'vapor-debug-signup-struct-password', 'error', "`req.logger.debug(\"가입 요청: \\(input)\")` on a decoded Content struct: Swift's default description writes every field, `password` with its value.", ({ rng }) => {
      const pw = `${rng.alnum(8)}@${rng.int(100, 999)}`;
      return { value: pw, event: { method: 'POST', path: '/v1/account/signup', app: [['DEBUG', `가입 요청: SignupRequest(email: "seoyeon.kim@mail.example", password: "${pw}", nickname: "책읽는서연", marketingConsent: false)`, [], 'AccountController.swift:27']] } };
    }),
    3,
    plant('replay', 'vapor-websocket-ws_ticket', 'note', WHY.ticketFirst('An opaque `ws_ticket` the app logs when it accepts the live order-status socket (one connection per ticket)'), ({ rng, t }) => {
      firstUse.ws = t;
      ws = rng.b64url(32);
      return { value: ws, event: { path: '/v1/orders/live', app: [['INFO', `웹소켓 연결 수락 ws_ticket=${ws}`, ['client: 198.51.100.23']]] } };
    }, { ref: 'ws' }),
    2,
    plant('replay', 'vapor-websocket-ws_ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ws').value, why: `${WHY.replay('ws_ticket', gap('ws', t))} The \`client\` metadata shows the two addresses.` }], event: { path: '/v1/orders/live', app: [['INFO', `웹소켓 연결 수락 ws_ticket=${refs.get('ws').value}`, ['client: 203.0.113.201']]] } }), { replayOf: 'ws', after: 50 }),
    3,
    plant('negative', 'vapor-idempotency-key', 'none', "An order's `idempotency_key` (a UUID the app sends to avoid double orders): an identifier, no credential.", ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { method: 'POST', path: '/v1/orders', app: [['INFO', `주문 생성 order=${`D${digits(rng, 10)}`} idempotency_key=${key}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: DB_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fiber-access.log: Daon Books' partner gateway, a Go Fiber v2 service whose logger middleware writes to a file with
// `Format: "${time} | ${status} | ${latency} | ${ip} | ${method} | ${url} | ${reqHeader:X-Api-Key} | ${error}\n"`,
// `TimeFormat: "2006-01-02T15:04:05.000Z07:00"`, `TimeZone: "Asia/Seoul"` (`${url}` is the URL as received, percent-
// encoding kept; `${error}` the handler's error).
// https://docs.gofiber.io/api/middleware/logger

function fiberLog(rng) {
  const at = (t) => `${local(t, 540).slice(0, 23)}+09:00`;
  const lat = (rng) => rng.pick([`${rng.int(200, 999)}.${rng.int(1, 9)}µs`, `${rng.int(1, 90)}.${rng.int(100, 999)}ms`]);
  const render = (e, rng) => [`${at(e.t)} | ${e.status} | ${lat(rng).padStart(10)} | ${e.ip} | ${e.method} | ${target(e)} | ${e.key ?? '-'} | ${e.err ?? '-'}`];
  const filler = (rng) => rng.pick([
    () => ({ path: '/v1/catalog/books', query: `updated_since=2026-12-17T00:00:00Z&page=${rng.int(1, 9)}`, key: '-' }),
    () => ({ path: `/v1/catalog/books/${isbn(rng)}/stock` }),
    () => ({ path: '/v1/orders', method: 'POST', status: 201 }),
    () => ({ path: '/healthz' }),
  ])();
  let file = '';
  const steps = [
    4,
    plant('api-key-name', 'fiber-logger-reqheader-x-api-key', 'error', `${WHY.apiKey('X-Api-Key')} The logger's format includes \`\${reqHeader:X-Api-Key}\`, so every partner request writes its key in the access line.`, ({ rng }) => {
      const key = `pk_live_${rng.alnum(32)}`;
      return { value: key, event: { path: '/v1/catalog/books', query: 'updated_since=2026-12-18T00:00:00Z', key } };
    }),
    4,
    plant('negative', 'fiber-logger-x-api-key-placeholder', 'none', 'A partner copying the sample request sends the header with the placeholder `YOUR_API_KEY`: no value.', () => ({ value: 'YOUR_API_KEY', event: { path: '/v1/catalog/books', key: 'YOUR_API_KEY', status: 401, err: 'invalid api key' } })),
    4,
    plant('id-token', 'fiber-logout-id_token_hint-url', 'error', 'A partner app signs out with `id_token_hint=<JWT>` in the query, which `${url}` keeps: identity claims, live when logged.', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(30, 500), jti: true, alg: 'HS512', claims: { iss: `https://id.${DB_WEB}`, aud: 'partner-pos', sub: `${rng.int(10000, 99999)}`, name: '이도윤' } });
      return { value: token, jwt: facts, event: { path: '/v1/auth/logout', query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fpos.bookcafe-mapo.example%2F`, status: 302 } };
    }),
    4,
    plant('path-secret', 'fiber-korean-route-reset-token-percent-encoded', 'error', WHY.pathSecret('A password reset link on a Korean route, `/v1/비밀번호/재설정/<token>`, written percent-encoded as received'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: `/v1/${encodeURIComponent('비밀번호')}/${encodeURIComponent('재설정')}/${token}` } };
    }),
    4,
    plant('encoded', 'fiber-payload-base64url-json-access_token', 'error', "A partner hands its session over in `payload=`, base64url of a JSON object with `access_token`: one decoding from the token.", ({ rng }) => {
      const payload = b64urlOf(JSON.stringify({ access_token: rng.alnum(40), expires_in: 3600, store: 'mapo' }));
      return { value: payload, event: { path: '/v1/partner/session/complete', query: `payload=${payload}`, status: 302 } };
    }),
    4,
    plant('negative', 'fiber-cursor-base64-json', 'none', 'A pagination `cursor`, base64url of `{"id":…}` (it starts `eyJ`): a position in a list, no credential.', ({ rng }) => {
      const cursor = b64urlOf(JSON.stringify({ id: rng.int(100000, 999999) }));
      return { value: cursor, event: { path: '/v1/orders', query: `cursor=${cursor}&limit=50` } };
    }),
    4,
    plant('framework-dump', 'fiber-error-go-struct-config-password', 'error', "`${error}` writes the handler's error, which wraps the database config printed with `%+v`: `Password:<value>` in the Go struct.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { path: '/v1/settlements', query: 'month=2026-11', status: 500, err: `settlement db: open failed: config={Host:settle-db.internal Port:5432 User:daon_settle Password:${pw} DBName:settlement SSLMode:require}: dial tcp 10.20.4.11:5432: i/o timeout` } };
    }),
    4,
    plant('replay', 'fiber-download-dl_ticket', 'note', WHY.ticketFirst('An opaque `dl_ticket` in an e-book download URL (one download per ticket)'), ({ rng, t }) => {
      firstUse.dl = t;
      const tk = rng.b64url(32);
      file = `${isbn(rng)}.epub`;
      return { value: tk, event: { ip: '198.51.100.144', path: `/v1/ebooks/${file}`, query: `dl_ticket=${tk}` } };
    }, { ref: 'dl' }),
    3,
    plant('replay', 'fiber-download-dl_ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('dl').value, why: `${WHY.replay('dl_ticket', gap('dl', t))} The client address column shows the two clients.` }], event: { ip: '203.0.113.76', path: `/v1/ebooks/${file}`, query: `dl_ticket=${refs.get('dl').value}` } }), { replayOf: 'dl', after: 30 }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: DB_API, api: true }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout21');
writePart(join(here, 'heldout21'), {
  'unit-access.log': unitLog(rng),
  logfile: privoxyLog(rng),
  'rclone-copias.log': rcloneLog(rng),
  'stripe-listen.txt': stripeLog(rng),
  'python-http-server.txt': httpServerLog(rng),
  'openhab.log': openhabLog(rng),
  'development.log': mojoLog(rng),
  'nagios.log': nagiosLog(rng),
  'httpie-sessione.txt': httpieLog(rng),
  'aria2.log': aria2Log(rng),
  'vite-dev.txt': viteLog(rng),
  'slowlog.txt': slowlogLog(rng),
  'vapor-docker.log': vaporLog(rng),
  'fiber-access.log': fiberLog(rng),
});
