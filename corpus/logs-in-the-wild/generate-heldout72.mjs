// Writes corpus/logs-in-the-wild/heldout72/: a seventy-second held-out part, in formats no other part uses (Kanidm 1.4
// through `journalctl -o short-iso`, an OPNsense 24.7 `system/latest.log`, `docker logs -t` of Grist Core, a Flarum 1.8
// daily log with the `log` mail driver, a Stalwart Mail Server 0.10 log file, an Invoice Ninja 5 `laravel.log`,
// `docker logs -t` of DocuSeal, a Flussonic Media Server log, a Sylius 1.13 `var/log/prod.log`, GPSLogger for Android's
// debug log file, `docker logs -t` of Shinobi, `docker logs -t` of Evolution API 2, Allsky's `/var/log/allsky.log`
// through rsyslog with a module's xtrace, a vtiger CRM 8 `logs/vtigercrm.log`), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout72.mjs     rewrites heldout72/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Crux & Lotus, a Norwich group of climbing gyms and yoga studios (English, five logs); Matavuvale
// Holdings, a Suva family group with a tattoo studio (Qia Vou), a funeral home (Vale ni Somate Kalougata) and a
// beekeepers' cooperative (Isoqosoqo ni Oni ko Naitasiri) (Fijian messages where the app shows them, routes, parameter,
// key and property names in Fijian, English code names, five logs); Nɛgɛ ni Dolo, a Bamako family group with a
// scrap-metal yard (nɛgɛkɔrɔ), a driving school (mobilibolili kalanso) and a small public observatory (dolow lajɛyɔrɔ)
// (Bambara messages where the app shows them, routes and names in Bambara written without its special letters where
// they are identifiers, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'GuzzleHttp/7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Norwich in early October (BST, UTC+1), Suva (FJT, UTC+12, no summer time), Bamako (GMT, UTC+0). */
const BST = 60;
const FJT = 720;
/** docker logs -t: RFC 3339 with nanoseconds, UTC. */
const dockerTs = (t, rng, i = 0) => `${iso(t).slice(0, 23)}${pad(100 + i * 37, 3)}${digits(rng, 3)}Z`;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Lines of an event: strings are written as they are, arrays go through the file's prefix. */
const lines = (items, prefix) => items.map((x) => (typeof x === 'string' ? x : prefix(x)));

// =====================================================================================================================
// Crux & Lotus (English; Norwich: BST, UTC+1)
// =====================================================================================================================

const CL = 'cruxlotus.example';

// ---------------------------------------------------------------------------------------------------------------------
// kanidmd.log: `journalctl -u kanidmd -o short-iso` of Kanidm 1.4 (the members' single sign-on for the gyms' booking
// portal and the studios' class app): `<ISO 8601 with offset> <host> kanidmd[<pid>]: <event uuid> <LEVEL, 8 wide> <tree>
// <message>`, tower-http's request spans (`request{method=… uri=… version=…}`) at debug, the OAuth2 handlers' debug
// messages with Rust `Debug` output. From memory (not fetched): https://kanidm.github.io/kanidm/stable/ (logging).

function kanidmLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}+01:00`;
  const render = (e, r) => { const ev = e.ev ?? r.uuid(); return e.k.map(([lvl, tree, msg]) => `${stamp(e.t)} idm-01 kanidmd[1187]: ${ev} ${lvl.padEnd(8)} ${tree} ${msg}`); };
  const filler = (rng) =>
    rng.pick([
      () => ({ k: [['INFO', '┕━', `request [ ${rng.int(1, 40)}.${rng.int(10, 99)}ms | 100.00% ] method: GET | uri: /status | version: HTTP/1.1`]] }),
      () => ({ k: [['INFO', '┕━', `request [ ${rng.int(2, 90)}.${rng.int(10, 99)}ms | 100.00% ] method: GET | uri: /ui/apps | version: HTTP/1.1`]] }),
      () => ({ k: [['INFO', '┝━', `i [info]: Successful authentication for ${rng.pick(['sam.hurst', 'priya.lal', 'tom.eke', 'ana.rees'])}@idm.${CL} | event_tag_id: 10`]] }),
      () => ({ k: [['INFO', '┝━', `i [info]: Replication consumer refresh complete | supplier: idm-02.${CL}:8444 | changes: ${rng.int(0, 30)}`]] }),
      () => ({ k: [['DEBUG', '┝━', `i [debug]: oauth2 discovery served | client: ${rng.pick(['crux-portal', 'lotus-classes', 'wall-setter'])}`]] }),
    ])();
  const ev = () => rng.uuid();
  const steps = [
    6,
    plant('negative', 'kanidm-authorise-span-code-challenge', 'none', "The authorisation request's PKCE `code_challenge` (the SHA-256 of the verifier the client keeps) in tower-http's request span: a hash the server only compares, no credential.", ({ rng }) => {
      const cc = rng.b64url(43);
      return { value: cc, event: { ev: ev(), k: [['DEBUG', '┝━', `request{method=GET uri=/ui/oauth2?client_id=crux-portal&redirect_uri=https%3A%2F%2Fbook.${CL}%2Fauth%2Fcallback&response_type=code&scope=openid+email&code_challenge=${cc}&code_challenge_method=S256 version=HTTP/1.1}: tower_http::trace::on_request: started processing request`]] } };
    }),
    8,
    plant('oauth-code', 'kanidm-oauth2-permit-debug-redirect-code', 'warning', `${WHY.code} Kanidm's authorise handler logs, at debug, the redirect it answers after consent, code and state in the client's callback URL.`, ({ rng }) => {
      const code = rng.b64url(172);
      return { value: code, event: { ev: ev(), k: [['DEBUG', '┝━', `i [debug]: oauth2 permit granted, redirecting | client: crux-portal | redirect: https://book.${CL}/auth/callback?code=${code}&state=${rng.b64url(22)}`]] } };
    }),
    8,
    plant('refresh-token', 'kanidm-token-exchange-rust-debug-refresh', 'error', `${WHY.refresh} The token endpoint's handler logs the request it could not serve with Rust's \`Debug\` formatting (\`AccessTokenRequest { grant_type: RefreshToken { refresh_token: "…", … }, … }\`).`, ({ rng }) => {
      const rt = rng.b64url(160);
      return { value: rt, event: { ev: ev(), k: [['WARN', '┝━', `i [warn]: oauth2 token exchange failed: InvalidSessionState | req: AccessTokenRequest { grant_type: RefreshToken { refresh_token: "${rt}", scope: None }, client_id: Some("lotus-classes"), client_secret: None }`]] } };
    }),
    8,
    plant('negative', 'kanidm-session-uuid', 'none', "The UUID of the new user-auth-token session Kanidm records (`session_id: <uuid>`): the session's identifier in the database, not the bearer token.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ev: ev(), k: [['INFO', '┝━', `i [info]: Session created | session_id: ${id} | expiry: Some(86400s) | purpose: ReadOnly`]] } };
    }),
    8,
    plant('header-dump', 'kanidm-tower-http-span-headers-bearer-jwt', 'error', "tower-http's request span was configured to include headers (`include_headers(true)`): the class app's `authorization: Bearer <JWT>` (a Kanidm OAuth2 access token) is written with the span, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(20, 400), jti: true, alg: 'ES256', kid: rng.hex(16), claims: { iss: `https://idm.${CL}/oauth2/openid/lotus-classes`, sub: rng.uuid(), scopes: ['openid', 'email'], client_id: 'lotus-classes' } });
      return { value: token, jwt: facts, event: { ev: ev(), k: [['DEBUG', '┝━', `request{method=GET uri=/oauth2/openid/lotus-classes/userinfo version=HTTP/1.1 headers={"host": "idm.${CL}", "authorization": "Bearer ${token}", "user-agent": "okhttp/5.3.2"}}: tower_http::trace::on_request: started processing request`]] } };
    }),
    8,
    plant('id-token', 'kanidm-end-session-id-token-hint-span', 'error', "The booking portal signs members out through an end-session URL with `id_token_hint=<ID token>`; tower-http's span writes the URI when the request starts and again when the 404 response is sent (same event id)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 1800), jti: true, alg: 'ES256', kid: rng.hex(16), claims: { iss: `https://idm.${CL}/oauth2/openid/crux-portal`, sub: rng.uuid(), aud: 'crux-portal', email: 'm.duffy@example.net' } });
      const uri = `/oauth2/openid/crux-portal/end_session?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fbook.${CL}%2F`;
      return { value: token, jwt: facts, event: { ev: ev(), k: [['DEBUG', '┝━', `request{method=GET uri=${uri} version=HTTP/1.1}: tower_http::trace::on_request: started processing request`], ['DEBUG', '┕━', `request{method=GET uri=${uri} version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=1 ms status=404`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'idm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// latest.log: /var/log/system/latest.log of the gyms' OPNsense 24.7 firewall (BST): syslog-ng's RFC 5424 lines
// `<PRI>1 <ISO 8601 with offset> <host> <program> <pid> - [meta sequenceId="<n>"] <message>`, with configd, the captive
// portal (members' Wi-Fi), ddclient at `debug`, monit alert scripts and a cron job's output.
// From memory (not fetched): https://docs.opnsense.org/manual/logging.html.

function opnsenseLog(rng) {
  let seq = 4410;
  const stamp = (t) => `${local(t, BST).slice(0, 23)}+01:00`;
  const render = (e) => e.o.map(([pri, prog, pid, msg]) => `<${pri}>1 ${stamp(e.t)} fw-crux.${CL} ${prog} ${pid} - [meta sequenceId="${++seq}"] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ o: [[13, 'configd.py', 301, `[${rng.uuid()}] Inline action: "interface list arp -n" returned OK`]] }),
      () => ({ o: [[14, 'captiveportal', rng.int(40000, 60000), `AUTH member (${lan(rng, '10.50')}) zone 0 ${rng.pick(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED'])}`]] }),
      () => ({ o: [[13, 'dhcpd', 8123, `DHCPACK on ${lan(rng, '10.50')} to ${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)} via igc1`]] }),
      () => ({ o: [[13, 'unbound', 55210, `[55210:0] info: ${rng.int(200, 4000)} queries, ${rng.int(100, 3000)} answers from cache`]] }),
      () => ({ o: [[30, 'cron', rng.int(60000, 70000), '(root) CMD (/usr/local/sbin/configctl -d captiveportal background_process)']] }),
    ])();
  const steps = [
    6,
    plant('negative', 'opnsense-configd-pkg-sha256', 'none', "The firmware check writes a package's SHA-256 checksum: a hash of a public file, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { o: [[13, 'configd.py', 301, `[${rng.uuid()}] firmware: os-ddclient-1.24 checksum sha256:${h} verified`]] } };
    }),
    6,
    plant('webhook', 'opnsense-monit-script-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<base64 of ciscospark://…/WEBHOOK/<uuid>>`) a monit alert script posts to; monit logs the script's failing command line"), ({ rng }) => {
      const id = b64urlOf(`ciscospark://urn:TEAM:eu-central-1_k/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: id, event: { o: [[11, 'monit', 40112, `'WAN_gateway' exec: '/usr/local/opnsense/scripts/crux/alert.sh' failed: curl -sf -X POST https://webexapis.com/v1/webhooks/incoming/${id} -d @/tmp/monit-alert.json exited 22`]] } };
    }),
    6,
    plant('header-dump', 'opnsense-ddclient-debug-sending-basic', 'error', "ddclient at debug prints the update request it sends, one `SENDING:` line per header: `Authorization: Basic <base64 of user:password>` of the dynamic DNS account.", ({ rng }) => {
      const b = b64Of(`crux-fw:${rng.alnum(20)}`);
      return { value: b, event: { o: [[15, 'ddclient', 70121, 'SENDING:  GET /nic/update?system=dyndns&hostname=gym.cruxlotus.example&myip=198.51.100.44 HTTP/1.1'], [15, 'ddclient', 70121, 'SENDING:  Host: members.dyndns.example'], [15, 'ddclient', 70121, `SENDING:  Authorization: Basic ${b}`], [15, 'ddclient', 70121, 'SENDING:  User-Agent: ddclient/3.11.2']] } };
    }),
    8,
    plant('session-id', 'opnsense-captiveportal-lighttpd-session-query', 'error', WHY.session("The captive portal page polls its status with the member's portal session in the query (`?sessionId=`); the portal web server's error line writes the request"), ({ rng }) => {
      const sid = b64Of(rng.bytes(24).toString('hex')).slice(0, 32);
      return { value: sid, event: { o: [[11, 'lighttpd', 22810, `(mod_fastcgi.c.2532) FastCGI-stderr: zone 0 status failed for GET /api/captiveportal/access/status/0/?sessionId=${sid} (client ${lan(rng, '10.50')})`]] } };
    }),
    8,
    plant('api-key-name', 'opnsense-cron-doorsync-apitoken', 'error', `${WHY.apiKey('apitoken')} A cron job syncs the door controllers and its output, which cron mails and syslog keeps, writes the URL it called.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { o: [[13, 'doorsync', rng.int(60000, 70000), `GET https://doors.entryhub.example/api/v2/sync?site=norwich-wall&apitoken=${key} -> 502 Bad Gateway, retrying in 60 s`]] } };
    }),
    8,
    plant('negative', 'opnsense-configd-message-uuid', 'none', "configd's message id (a UUID in brackets): an identifier of one action, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { o: [[13, 'configd.py', 301, `[${id}] Inline action: "captiveportal list_clients 0" returned OK`]] } };
    }),
    6,
    plant('encoded', 'opnsense-configd-hex-user-password', 'error', "A custom configd action gets the RADIUS test account as a hex-encoded argument (`crux.radiustest <hex of user:password>`, to avoid quoting), and configd logs the action with its parameters: hex is an encoding, the password is readable.", ({ rng }) => {
      const h = Buffer.from(`radtest:${rng.alnum(16)}`).toString('hex');
      return { value: h, event: { o: [[13, 'configd.py', 301, `[${rng.uuid()}] action allowed crux.radiustest for user root, params ${h}`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'fw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// grist.log: `docker logs -t grist` of Grist Core 1.2 (the setters' route sheets; container in UTC): the docker time,
// then Grist's own `yyyy-mm-dd HH:MM:SS.mmm - <level>: <message> <JSON meta>`, the sandbox's stderr as `Sandbox
// stderr [<docId>]`, webhooks, published forms, client errors. From memory (not fetched):
// https://support.getgrist.com/self-managed/ (logging).

function gristLog(rng) {
  const render = (e) => e.g.map((x, i) => `${dockerTs(e.t, rng, i)} ${iso(e.t).slice(0, 23).replace('T', ' ')} - ${x}`);
  const DOC = 'qB7cVw2nRsXh4kLmT9yPaE';
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [`info: ActiveDoc openDoc {"docId":"${DOC}","sessionCount":${rng.int(1, 6)}}`] }),
      () => ({ g: [`info: Sandbox row counts {"docId":"${DOC}","Routes":${rng.int(300, 420)},"Holds":${rng.int(2000, 3000)}}`] }),
      () => ({ g: [`info: Client.onMessage applyUserActions {"docId":"${DOC}","actions":"UpdateRecord Routes ${rng.int(1, 400)}","user":"${rng.pick(['setter.jo', 'setter.ike', 'setter.mae'])}@${CL}"}`] }),
      () => ({ g: [`debug: DocStorage checkpoint {"docId":"${DOC}","ms":${rng.int(2, 90)}}`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'grist-new-doc-id', 'none', "A Grist document id (22 base58-like characters) of a copy the setters made: it names the document, access still needs a session or an API key.", ({ rng }) => {
      const id = rng.chars('123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ', 22);
      return { value: id, event: { g: [`info: DocManager.createNamedDoc {"docId":"${id}","name":"Routes autumn reset","org":"crux"}`] } };
    }),
    6,
    plant('api-key-name', 'grist-sandbox-traceback-request-params-dict', 'error', `${WHY.apiKey('access_key')} A formula calls the hold maker's stock API with \`REQUEST(…, params={'access_key': …})\`; the sandbox's traceback quotes the formula's source line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { g: [`warn: Sandbox stderr [${DOC}]   File "$Holds.Stock", line 1, in Stock: r = REQUEST("https://api.holdmaker.example/v2/stock", params={'access_key': '${key}', 'sku': $SKU})`, `warn: Sandbox stderr [${DOC}] requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.holdmaker.example', port=443)`] } };
    }),
    6,
    plant('webhook', 'grist-webhook-make-com', 'error', WHY.webhook('A Make (Integromat) custom webhook (`hook.eu1.make.com/<32 characters>`) a Grist table webhook posts route changes to; the delivery failure writes the URL, and the line disabling the webhook writes it again'), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { g: [`warn: Webhook delivery failed {"docId":"${DOC}","tableId":"Routes","url":"https://hook.eu1.make.com/${id}","status":410,"attempt":3}`, `warn: Webhook disabled after 3 failed attempts {"docId":"${DOC}","url":"https://hook.eu1.make.com/${id}"}`] } };
    }),
    6,
    plant('embed-jwt', 'grist-client-error-widget-embed-jwt-120s', 'warning', "A custom widget shows a chart through a signed embed URL (`/embed/question/<JWT>`), 120 s, no jti; the browser's error report, which Grist logs with the widget's URL, writes it at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { resource: { question: rng.int(10, 90) }, params: { gym: 'norwich' } } });
      return { value: token, jwt: facts, event: { g: [`warn: Client error {"docId":"${DOC}","message":"Widget failed to load","url":"https://charts.${CL}/embed/question/${token}#bordered=false&titled=false","user":"setter.jo@${CL}"}`] } };
    }),
    6,
    plant('path-secret', 'grist-published-form-share-key', 'error', WHY.pathSecret("A published Grist form's share link (`/forms/<share key>/<section>`), logged when the setters publish it: whoever has it writes rows into the document, the key is the access"), ({ rng }) => {
      const k = rng.alnum(22);
      return { value: k, event: { g: [`info: Form published {"docId":"${DOC}","tableId":"Feedback","link":"https://grist.${CL}/forms/${k}/7"}`] } };
    }),
    6,
    plant('implicit-fragment', 'grist-client-error-widget-location-fragment', 'error', "The logbook widget's page is reached through an implicit-grant redirect and its error report carries `location.href` with `#access_token=…` (Grist logs the report): a bearer token of the climbing logbook's API.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { g: [`warn: Client error {"docId":"${DOC}","message":"TypeError: grist.docApi is undefined","location":"https://widgets.${CL}/logbook/#access_token=${at}&token_type=Bearer&expires_in=3600"}`] } };
    }),
    6,
    plant('negative', 'grist-webhook-id', 'none', "A webhook's id (a UUID) in Grist's queue report: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { g: [`info: Webhook queue {"docId":"${DOC}","webhookId":"${id}","numWaiting":${rng.int(0, 9)}}`] } };
    }),
    4,
    plant('encoded', 'grist-login-next-percent-encoded-access-key', 'error', "A setter opened an API link with the key in it while signed out; Grist's redirect writes the link percent-encoded in `next=` (`%3Faccess_key%3D<key>`): still the key.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { g: [`info: Redirecting to login {"next":"%2Fo%2Fcrux%2Fapi%2Fdocs%2F${DOC}%2Fattachments%3Faccess_key%3D${key}"}`] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'grist' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flarum-2027-10-05.log: storage/logs of the members' Flarum 1.8 forum (BST): Monolog's line format `[yyyy-mm-dd
// HH:MM:SS] flarum.<LEVEL>: <message> <context> []`, the `log` mail driver writing whole messages (several lines), an
// extension's request log, exceptions with `[stacktrace]`. From memory (not fetched): https://docs.flarum.org/mail.

function flarumLog(rng) {
  const stamp = (t) => ymdHmsAt(t, BST);
  const render = (e) => lines(e.f, ([lvl, msg]) => `[${stamp(e.t)}] flarum.${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ f: [['INFO', `Discussion ${rng.int(200, 900)} replied by user ${rng.int(2, 400)} {"tag":"${rng.pick(['bouldering', 'yoga', 'lost-and-found', 'route-setting'])}"} []`]] }),
      () => ({ f: [['ERROR', `Flarum\\Http\\Exception\\RouteNotFoundException: ... {"exception":"[object] (Flarum\\\\Http\\\\Exception\\\\RouteNotFoundException(code: 0):  at /var/www/flarum/vendor/flarum/core/src/Http/RouteHandlerFactory.php:${rng.int(40, 80)})"} []`]] }),
      () => ({ f: [['INFO', `Queue job processed {"job":"Flarum\\\\Notification\\\\Job\\\\SendEmailNotificationJob","ms":${rng.int(20, 900)}} []`]] }),
    ])();
  const mail = (rng, subject, body) => [['DEBUG', `Message-ID: <${rng.hex(32)}@community.${CL}>`], `Date: ${DAYS[2]}, 05 Oct 2027 ${pad(rng.int(9, 20))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} +0100`, `Subject: ${subject}`, `From: Crux & Lotus Community <noreply@${CL}>`, 'To: member@example.net', 'Content-Type: text/plain; charset=utf-8', '', ...body, ''];
  const steps = [
    6,
    plant('negative', 'flarum-compiled-asset-revision', 'none', "Flarum's compiled asset names carry a content revision (`forum-<8 hex>.js`): a cache buster, no credential.", ({ rng }) => {
      const r = rng.hex(8);
      return { value: r, event: { f: [['INFO', `Assets compiled {"files":["forum-${r}.js","forum-${rng.hex(8)}.css"]} []`]] } };
    }),
    6,
    plant('path-secret', 'flarum-log-mail-driver-password-reset', 'error', WHY.pathSecret("With the `log` mail driver, Flarum writes the whole message into its log: a password reset link (`/reset/<token>`) on a line of the body"), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { f: mail(rng, 'Reset Your Password', ['Hey sam.hurst!', '', 'Someone (hopefully you!) has submitted a forgotten password request for your account.', '', `https://community.${CL}/reset/${tok}`]) } };
    }),
    6,
    plant('oauth-code', 'flarum-oauth-exception-context-url', 'warning', `${WHY.code} The OAuth extension's Google sign-in failed on the token exchange and the exception's context keeps the callback URL, \`state\` and \`code\` included.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { f: [['ERROR', `League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_grant {"url":"https://community.${CL}/auth/google?state=${rng.hex(32)}&code=${code}&scope=email+profile+openid","exception":"[object] (League\\\\OAuth2\\\\Client\\\\Provider\\\\Exception\\\\IdentityProviderException(code: 400): invalid_grant at /var/www/flarum/vendor/league/oauth2-google/src/Provider/Google.php:154)"} []`]] } };
    }),
    6,
    plant('session-id', 'flarum-extension-context-cookies-flarum-session', 'error', WHY.session("A moderation extension logs the request's cookies as context when it refuses an action (`{\"cookies\":{\"flarum_session\":\"…\"}}`)"), ({ rng }) => {
      const sid = rng.alnum(40);
      return { value: sid, event: { f: [['WARNING', `Moderation denied {"user":${rng.int(2, 400)},"discussion":${rng.int(200, 900)},"cookies":{"flarum_session":"${sid}","flarum_remember":null}} []`]] } };
    }),
    6,
    plant('header-dump', 'flarum-sync-extension-authorization-token-userid', 'error', "The booking sync posts to the forum's API and logs its request headers; Flarum's API key scheme (`Authorization: Token <key>; userId=1`) acts as the admin.", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { f: [['DEBUG', `BookingSync request {"method":"POST","uri":"https://community.${CL}/api/discussions","headers":{"Authorization":["Token ${key}; userId=1"],"Content-Type":["application/vnd.api+json"]}} []`]] } };
    }),
    6,
    plant('path-secret', 'flarum-log-mail-driver-confirm-email', 'error', WHY.pathSecret('The `log` mail driver writes the address confirmation message, link (`/confirm/<token>`) included'), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { f: mail(rng, 'Confirm Your New Email Address', ['Hey priya.lal!', '', 'Please confirm your new email address by clicking the following link:', '', `https://community.${CL}/confirm/${tok}`]) } };
    }),
    4,
    plant('negative', 'flarum-log-mail-message-id', 'none', "A logged message's `Message-ID` (hex at the forum's host): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { f: [['DEBUG', `Message-ID: <${id}@community.${CL}>`], 'Subject: New reply: Autumn reset dates', ''] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'forum' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// stalwart.log.2027-10-05: the file tracer of Stalwart Mail Server 0.10 (UTC): `<RFC 3339, Z> <LEVEL> <description>
// (<event id>) key = value, key = "string", …`, with `trace` for the submission listener and the HTTP server.
// From memory (not fetched): https://stalw.art/docs/telemetry/tracing/log.

function stalwartLog(rng) {
  const render = (e) => e.s.map(([lvl, desc, id, kv]) => `${iso(e.t).slice(0, 19)}Z ${lvl} ${desc} (${id}) ${kv}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ s: [['INFO', 'Accepted connection', 'network.connection-start', `listenerId = "smtp", localPort = 25, remoteIp = ${publicIp(rng)}, remotePort = ${rng.int(1024, 65535)}`]] }),
      () => ({ s: [['INFO', 'Message queued for delivery', 'queue.queue-message', `queueId = ${digits(rng, 18)}, from = "noreply@${CL}", size = ${rng.int(2000, 90000)}, total = 1`]] }),
      () => ({ s: [['INFO', 'Delivery completed', 'delivery.completed', `queueId = ${digits(rng, 18)}, elapsed = ${rng.int(200, 4000)}ms`]] }),
      () => ({ s: [['INFO', 'IMAP command', 'imap.select', `listenerId = "imaps", accountId = ${rng.int(1, 40)}, mailbox = "INBOX", elapsed = ${rng.int(1, 40)}ms`]] }),
    ])();
  const steps = [
    6,
    plant('encoded', 'stalwart-smtp-raw-input-auth-plain', 'error', "At trace level the submission listener logs what it received; `AUTH PLAIN <base64 of \\0user\\0password>` is the mailbox password, base64-encoded.", ({ rng }) => {
      const b = b64Of(`\0frontdesk@${CL}\0${rng.alnum(18)}`);
      return { value: b, event: { s: [['TRACE', 'Raw SMTP input received', 'smtp.raw-input', `listenerId = "submission", remoteIp = ${lan(rng, '10.40')}, size = ${b.length + 13}, contents = "AUTH PLAIN ${b}\\r\\n"`]] } };
    }),
    6,
    plant('negative', 'stalwart-dkim-body-hash', 'none', "A DKIM signature's body hash (`bh=`, base64 of a SHA-256): a hash of the message, no credential.", ({ rng }) => {
      const bh = b64Of(rng.bytes(32));
      return { value: bh, event: { s: [['INFO', 'DKIM verification passed', 'dkim.pass', `domain = "booking.${CL}", selector = "s1", bh = "${bh}"`]] } };
    }),
    6,
    plant('webhook', 'stalwart-webhook-rocketchat-incoming', 'error', WHY.webhook('A Rocket.Chat incoming integration (`/hooks/<id>/<token>`) Stalwart\'s webhooks post delivery failures to; the failure event writes the URL (the token is the secret part)'), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { s: [['WARN', 'Webhook delivery failed', 'webhooks.delivery-failed', `url = "https://chat.${CL}/hooks/${rng.alnum(24)}/${tok}", status = 502, attempt = 2`]] } };
    }),
    6,
    plant('refresh-token', 'stalwart-http-request-body-refresh-grant', 'error', `${WHY.refresh} At trace level the HTTP server logs request bodies; the class app's mail client renews its OAuth token at Stalwart's token endpoint.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { s: [['TRACE', 'HTTP request body', 'http.request-body', `listenerId = "https", remoteIp = ${publicIp(rng)}, contents = "grant_type=refresh_token&refresh_token=${rt}&client_id=lotus-mail"`]] } };
    }),
    6,
    plant('api-key-name', 'stalwart-spam-http-list-licence-key', 'error', `${WHY.apiKey('licence_key')} The spam filter queries a commercial reputation list over HTTP with the key in the URL; the lookup error writes it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { s: [['WARN', 'HTTP lookup failed', 'spam.list-lookup-error', `url = "https://rep.mailrep.example/v1/q?licence_key=${key}&ip=${publicIp(rng)}", reason = "timeout"`]] } };
    }),
    4,
    plant('negative', 'stalwart-queue-id', 'none', 'A delivery queue id (decimal): an identifier, no credential.', ({ rng }) => {
      const q = digits(rng, 19);
      return { value: q, event: { s: [['INFO', 'Message queued for delivery', 'queue.queue-message', `queueId = ${q}, from = "classes@${CL}", size = ${rng.int(2000, 90000)}, total = 3`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'mail' }, filler, render, steps });
}

// =====================================================================================================================
// Matavuvale Holdings (Fijian; Suva: FJT, UTC+12)
// =====================================================================================================================

const QV = 'qiavou.example';
const SM = 'somatekalougata.example';
const ON = 'oninaitasiri.example';

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: storage/logs/laravel.log of the tattoo studio's Invoice Ninja 5 (deposits and client portal; local time,
// no zone): Monolog `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context>`, var_export dumps over several lines.
// From memory (not fetched): https://invoiceninja.github.io/en/self-host-debug/.

function invoiceNinjaLog(rng) {
  const render = (e) => lines(e.n, ([lvl, msg]) => `[${ymdHmsAt(e.t, FJT)}] production.${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ n: [['INFO', `Vinaka! Sa ciqomi na isau ni tikite ni qia ${rng.int(100, 999)} (payment received) {"amount":"${rng.int(50, 400)}.00","currency":"FJD"}`]] }),
      () => ({ n: [['INFO', `Email sent {"template":"email_template_invoice","client":"${rng.int(1, 300)}"}`]] }),
      () => ({ n: [['DEBUG', `Queue job processed App\\Jobs\\Util\\ReminderJob {"ms":${rng.int(20, 900)}}`]] }),
      () => ({ n: [['ERROR', `Sega ni rawa ni vakau na itukutuku SMS (could not send SMS) {"to":"+679 ${digits(rng, 3)} ${digits(rng, 4)}"}`]] }),
    ])();
  const steps = [
    6,
    plant('negative', 'invoiceninja-hashed-id', 'none', "Invoice Ninja's hashed record id (Hashids, 10 characters): an obfuscated database id, no credential.", ({ rng }) => {
      const id = rng.alnum(10);
      return { value: id, event: { n: [['INFO', `Invoice marked sent {"invoice_hashed_id":"${id}","number":"QV-${digits(rng, 4)}"}`]] } };
    }),
    6,
    plant('path-secret', 'invoiceninja-client-key-login-link', 'error', WHY.pathSecret('The client portal\'s magic login link (`/client/key_login/<contact key>`), logged when the studio resends it to a customer'), ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { n: [['INFO', `Sa vakau tale na isema ni curu (login link sent again) {"contact":"${rng.int(1, 300)}","link":"https://billing.${QV}/client/key_login/${k}"}`]] } };
    }),
    6,
    plant('replay', 'invoiceninja-portal-otp-once', 'note', WHY.ticketFirst("A one-time portal code (`otp=`) the studio's middleware logs when a customer signs in to pay a deposit; the code is"), ({ rng, t }) => {
      const otp = rng.alnum(24);
      firstUse.otp = t;
      return { value: otp, event: { n: [['INFO', `Curu ki na portal (portal sign-in) {"route":"client.otp_login","otp":"${otp}","ip":"${publicIp(rng)}","result":"rawa"}`]] } };
    }, { ref: 'otp' }),
    4,
    plant('replay', 'invoiceninja-portal-otp-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('otp').value, why: `${WHY.replay('otp', gap('otp', t))} Another address signed in to the client portal with the same one-time code and was let in ("rawa").` }], event: { n: [['INFO', `Curu ki na portal (portal sign-in) {"route":"client.otp_login","otp":"${refs.get('otp').value}","ip":"${publicIp(rng)}","result":"rawa"}`]] } }), { replayOf: 'otp', after: 97 }),
    6,
    plant('webhook', 'invoiceninja-webhook-ifttt-maker-key', 'error', WHY.webhook('An IFTTT Webhooks trigger (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the studio fires on paid deposits; Guzzle\'s exception message writes the URL (the key is the secret part)'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { n: [['ERROR', `GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://maker.ifttt.com/trigger/isau_ciqomi/with/key/${key}\` resulted in a \`401 Unauthorized\` response {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401))"}`]] } };
    }),
    6,
    plant('api-key-name', 'invoiceninja-booking-callback-ivakadinadina', 'error', `${WHY.apiKey('ivakadinadina')} ("credential"): the studio's booking app is notified of deposits through a URL carrying its key; the failed call is logged with it.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { n: [['WARNING', `Cala ena veitaratara kei na vakarau (booking callback failed) {"url":"https://veitaratara.${QV}/api/v1/saumi?ivakadinadina=${key}&invoice=QV-${digits(rng, 4)}","status":500}`]] } };
    }),
    6,
    plant('framework-dump', 'invoiceninja-var-export-request-vosa-vuni', 'error', "A debug line dumps the sign-up request with PHP's `var_export()` over several lines; the customer's new password (`'vosa_vuni' => '…'`, \"hidden word\") is written on a line of its own.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { n: [['DEBUG', 'Veivakatoroi vou (new registration) request data: array ('], "  'yaca' => 'Litia Vunibola',", "  'imeli' => 'litia.v@example.net',", `  'vosa_vuni' => '${pw}',`, "  'qia_ni_vinakata' => 'veiqia, liga matau',", ')'] } };
    }),
    6,
    plant('negative', 'invoiceninja-stripe-payment-intent-id', 'none', "A Stripe PaymentIntent id (`pi_…`): the payment's identifier, no secret (its `client_secret` would be one).", ({ rng }) => {
      const pi = `pi_3${rng.alnum(23)}`;
      return { value: pi, event: { n: [['INFO', `Stripe payment succeeded {"payment_intent":"${pi}","amount":15000}`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 - 3 * HOUR, site: { host: 'billing' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// docuseal.log: `docker logs -t docuseal` of DocuSeal (the funeral home's arrangement and consent forms; Rails logger,
// container in UTC): the docker time, then `I, [<ISO time> #<pid>]  INFO -- : [<request id>] <message>`, Rails'
// `Started`/`Processing by`/`Parameters:`/`Completed` lines, OmniAuth's failure line. From memory (not fetched):
// https://www.docuseal.com/docs (self-hosting).

function docusealLog(rng) {
  const render = (e) => e.d.map(([l, msg], i) => `${dockerTs(e.t, rng, i)} ${l}, [${iso(e.t).slice(0, 23)}${digits(rng, 3)} #1] ${{ I: ' INFO', W: ' WARN', E: 'ERROR', D: 'DEBUG' }[l]} -- : [${e.rid}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ d: [['I', `Started GET "/submissions/${rng.int(100, 900)}" for ${publicIp(rng)} at ${iso(DAY0).slice(0, 10)} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} +0000`], ['I', `Completed 200 OK in ${rng.int(10, 300)}ms (Views: ${rng.int(5, 90)}.0ms | ActiveRecord: ${rng.int(1, 30)}.0ms)`]] }),
      () => ({ d: [['I', `Vinaka: sa vakatakilakilataki na ivola ni veiyalayalati (form signed) submission_id=${rng.int(100, 900)}`]] }),
      () => ({ d: [['I', `[ActiveJob] Performed ProcessSubmitterCompletionJob (Job ID: ${rng.uuid()}) from Sidekiq(default) in ${rng.int(20, 900)}ms`]] }),
    ])();
  const base = () => ({ rid: rng.uuid() });
  const steps = [
    6,
    plant('path-secret', 'docuseal-started-and-parameters-submit-slug', 'error', WHY.pathSecret("A signing link of a family's arrangement form (`/s/<slug>`): Rails writes it in `Started GET` and again in `Parameters: {\"slug\"=>…}` (same request id)"), ({ rng }) => {
      const slug = rng.alnum(14);
      return { value: slug, event: { ...base(), d: [['I', `Started GET "/s/${slug}" for ${publicIp(rng)} at 2027-10-05 ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} +0000`], ['I', 'Processing by SubmitFormController#show as HTML'], ['I', `  Parameters: {"slug"=>"${slug}"}`], ['I', `Completed 200 OK in ${rng.int(30, 200)}ms`]] } };
    }),
    6,
    plant('negative', 'docuseal-parameters-filtered-vosa-vuni', 'none', "Rails' parameter filter replaced the password (`\"vosa_vuni\"=>\"[FILTERED]\"`): a redaction, no credential.", ({ rng }) => ({ value: '"vosa_vuni"=>"[FILTERED]"', event: { ...base(), d: [['I', `  Parameters: {"user"=>{"email"=>"vunivola@${SM}", "vosa_vuni"=>"[FILTERED]"}, "commit"=>"Curu"}`]] } })),
    6,
    plant('id-token', 'docuseal-omniauth-failure-invalid-id-token', 'error', "OmniAuth's OpenID Connect strategy logs the sign-in it rejected with the ID token it could not validate (`Invalid ID token: <JWT> (audience mismatch)`), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://login.${SM}`, sub: rng.uuid(), aud: 'docuseal-old', email: 'vunivola@somatekalougata.example' } });
      return { value: token, jwt: facts, event: { ...base(), d: [['E', `(openid_connect) Authentication failure! invalid_id_token: Invalid ID token: ${token} (audience mismatch)`]] } };
    }),
    6,
    plant('header-dump', 'docuseal-api-debug-headers-x-auth-token', 'error', "The memorial website's integration logs the headers of its call to DocuSeal's API as a Ruby hash (`{\"X-Auth-Token\"=>\"…\"}`): the API token of the funeral home's account.", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { ...base(), d: [['D', `API request headers: {"X-Auth-Token"=>"${tok}", "Content-Type"=>"application/json", "User-Agent"=>"Faraday v2.12.0"}`]] } };
    }),
    6,
    plant('embed-jwt', 'docuseal-started-embed-form-jwt-expired', 'note', "A form embedded on the memorial website through `/embed/form/<JWT>`, requested two days after the token expired (`Started GET`, answered 422)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600 + rng.int(60, 3000), jti: true, claims: { template_id: rng.int(10, 90), email: 'family@example.net' } });
      return { value: token, jwt: facts, event: { ...base(), d: [['I', `Started GET "/embed/form/${token}" for ${publicIp(rng)} at 2027-10-05 ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} +0000`]] } };
    }),
    6,
    plant('session-id', 'docuseal-custom-log-session-id', 'error', WHY.session("The funeral home's patch logs the Rails session id when a director switches accounts (`session.id=<hex>`; the cookie store keeps it server-side)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { ...base(), d: [['W', `Veisau ni akaude (account switch) user_id=${rng.int(1, 9)} session.id=${sid}`]] } };
    }),
    6,
    plant('framework-dump', 'docuseal-unpermitted-actioncontroller-parameters-inspect', 'error', "An exception message carries the inspected `ActionController::Parameters` (`#<ActionController::Parameters {…\"vosa_vuni\"=>\"…\"} permitted: false>`): the parameter filter applies to `Parameters:` lines, not to an inspected object.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ...base(), d: [['E', `ActiveModel::ForbiddenAttributesError (#<ActionController::Parameters {"email"=>"vunivola@${SM}", "vosa_vuni"=>"${pw}", "yaca"=>"Mere Tuilau"} permitted: false>):`]] } };
    }),
    6,
    plant('negative', 'docuseal-active-storage-blob-key', 'none', "An Active Storage blob key (28 base36 characters) of an uploaded document: a storage name, only a signed URL would grant access.", ({ rng }) => {
      const key = lowerNum(rng, 28);
      return { value: key, event: { ...base(), d: [['I', `Disk Storage (2.1ms) Uploaded file to key: ${key} (checksum: ${b64Of(rng.bytes(16))})`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 - 2 * HOUR, site: { host: 'docuseal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flussonic.log: /var/log/flussonic/flussonic.log of the funeral home's Flussonic Media Server (livestreams of services
// for family abroad; the container runs in UTC): `yyyy-mm-dd HH:MM:SS.mmm <0.<n>.0> [<level>] <message>`, stream names
// as Erlang binaries `<<"…">>`. From memory (not fetched): https://flussonic.com/doc/ (logs).

function flussonicLog(rng) {
  const render = (e) => e.fs.map(([lvl, msg]) => `${iso(e.t).slice(0, 23).replace('T', ' ')} <0.${rng.int(1000, 30000)}.0> [${lvl}] ${msg}`);
  const ST = '<<"somate-vuniwai">>';
  const filler = (rng) =>
    rng.pick([
      () => ({ fs: [['info', `${ST} hls segment written ${rng.int(1000, 9999)}.ts duration=${rng.int(5900, 6100)}ms`]] }),
      () => ({ fs: [['info', `${ST} session closed ip=${publicIp(rng)} proto=hls duration=${rng.int(60, 4000)}s bytes=${rng.int(1000000, 900000000)}`]] }),
      () => ({ fs: [['debug', `dvr <<"somate-vuniwai">> index updated blobs=${rng.int(10, 400)}`]] }),
      () => ({ fs: [['info', `${ST} source input bitrate=${rng.int(1800, 4200)}kbps`]] }),
    ])();
  const hls = (q) => `/somate-vuniwai/index.m3u8${q}`;
  const steps = [
    4,
    plant('api-key-name', 'flussonic-publish-url-ki-vuni', 'error', `${WHY.apiKey('ki_vuni')} ("hidden key"): the chapel's encoder publishes with the key in the RTMP URL's query, which Flussonic writes when the publish starts.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { fs: [['info', `${ST} publish started from ${lan(rng, '10.12')} proto=rtmp url=rtmp://live.${SM}/static/somate-vuniwai?ki_vuni=${key}`]] } };
    }),
    6,
    plant('negative', 'flussonic-playback-session-id-header', 'none', "Apple's `X-Playback-Session-Id` (a UUID a player sends to group its requests): a playback identifier, no credential.", ({ rng }) => {
      const id = rng.uuid().toUpperCase();
      return { value: id, event: { fs: [['debug', `${ST} hls request headers x-playback-session-id=${id} ip=${publicIp(rng)}`]] } };
    }),
    6,
    plant('replay', 'flussonic-session-opened-tikite-once', 'note', WHY.ticketFirst("A single-use viewing ticket (`tikite=`, \"ticket\") the memorial site gives each relative for the service stream; Flussonic's session line writes the play URL. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(26);
      firstUse.tk = t;
      return { value: tk, event: { fs: [['info', `${ST} session opened ip=${publicIp(rng)} proto=hls url=${hls(`?tikite=${tk}`)} auth=allowed`]] } };
    }, { ref: 'tk' }),
    6,
    plant('replay', 'flussonic-session-opened-tikite-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('tk').value, why: `${WHY.replay('tikite', gap('tk', t))} Another address opened the service stream with the same single-use ticket and the auth backend allowed it.` }], event: { fs: [['info', `${ST} session opened ip=${publicIp(rng)} proto=hls url=${hls(`?tikite=${refs.get('tk').value}`)} auth=allowed`]] } }), { replayOf: 'tk', after: 141 }),
    6,
    plant('embed-jwt', 'flussonic-session-referer-embed-jwt', 'error', "The memorial page embeds the player through `/embed/<JWT>` (1 h, jti) and Flussonic's session line keeps the page as `referer=`, at the server's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { stream: 'somate-vuniwai', family: 'Tuilau', aud: 'player' } });
      return { value: token, jwt: facts, event: { fs: [['info', `${ST} session opened ip=${publicIp(rng)} proto=hls url=${hls('')} referer=https://vakananumi.${SM}/embed/${token} auth=allowed`]] } };
    }),
    6,
    plant('negative', 'flussonic-hls-cache-buster', 'none', 'A player\'s cache buster on a playlist request (`?_=<epoch ms>`): no credential.', ({ rng, t }) => {
      const cb = String(t - rng.int(1000, 9000));
      return { value: cb, event: { fs: [['debug', `${ST} hls playlist requested ip=${publicIp(rng)} url=${hls(`?_=${cb}`)}`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 - 1 * HOUR, site: { host: 'live' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod.log: var/log/prod.log of the cooperative's honey shop on Sylius 1.13 (Symfony's Monolog line format with the
// zone, FJT): `[<ISO 8601, µs, +12:00>] <channel>.<LEVEL>: <message> <context> <extra>`, objects in context as
// `[object] (<Class>: <JSON>)`. From memory (not fetched): https://docs.sylius.com/ and Symfony's logging docs.

function syliusLog(rng) {
  const stamp = (t) => `${local(t, FJT).slice(0, 19)}.${msPart(t)}${digits(rng, 3)}+12:00`;
  const render = (e) => e.sy.map(([ch, msg, ctx]) => `[${stamp(e.t)}] ${ch}: ${msg} ${ctx} {"uid":"${rng.hex(7)}"}`);
  const SHOP = `https://meli.${ON}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ sy: [['request.INFO', 'Matched route "sylius_shop_product_show".', `{"route":"sylius_shop_product_show","route_parameters":{"_locale":"fj_FJ","slug":"${rng.pick(['meli-vulavula', 'meli-ni-niu', 'meli-ni-vaivai'])}"},"request_uri":"${SHOP}/fj_FJ/products/meli","method":"GET"}`]] }),
      () => ({ sy: [['app.INFO', `Sa voli na meli (honey ordered) order #000${digits(rng, 4)}`, `{"total":"${rng.int(15, 90)}.00 FJD"}`]] }),
      () => ({ sy: [['security.DEBUG', 'Checking for authenticator support.', '{"firewall_name":"shop","authenticators":2}']] }),
      () => ({ sy: [['php.INFO', 'Deprecated: Since symfony/http-kernel 6.4: ...', '{"exception":"[object] (ErrorException(code: 0))"}']] }),
    ])();
  const steps = [
    6,
    plant('oauth-code', 'sylius-matched-route-request-uri-code', 'warning', `${WHY.code} Symfony's router logs every matched route with its \`request_uri\`; the Google sign-in check route's URI carries \`state\` and \`code\`.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { sy: [['request.INFO', 'Matched route "google_login_check".', `{"route":"google_login_check","route_parameters":{"_route":"google_login_check"},"request_uri":"${SHOP}/login/check-google?state=${rng.hex(32)}&code=${code}&scope=email+openid","method":"GET"}`]] } };
    }),
    6,
    plant('negative', 'sylius-product-image-cache-buster', 'none', 'A product image URL with a version parameter (`?v=<10 digits>`) in the shop\'s image filter log: a cache buster.', ({ rng }) => {
      const v = digits(rng, 10);
      return { value: v, event: { sy: [['app.DEBUG', 'LiipImagine resolved', `{"path":"media/cache/sylius_shop_product_thumbnail/meli-vulavula.jpg?v=${v}"}`]] } };
    }),
    6,
    plant('path-secret', 'sylius-matched-route-password-reset-token', 'error', WHY.pathSecret('A shop customer\'s password reset link (`/forgotten-password/<token>`), in the matched route\'s parameters and `request_uri` (one line)'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { sy: [['request.INFO', 'Matched route "sylius_shop_password_reset".', `{"route":"sylius_shop_password_reset","route_parameters":{"_locale":"fj_FJ","token":"${tok}"},"request_uri":"${SHOP}/fj_FJ/forgotten-password/${tok}","method":"GET"}`]] } };
    }),
    6,
    plant('framework-dump', 'sylius-monolog-object-inputbag-vosa-vuni', 'error', "A registration listener logs the request's `InputBag`; Monolog writes an object in context as `[object] (Class: {json})`, the customer's plain password (`vosa_vuni`) included.", ({ rng }) => {
      const pw = rng.alnum(15);
      return { value: pw, event: { sy: [['app.DEBUG', 'Veivakatoroi (registration) payload', `{"request":"[object] (Symfony\\\\Component\\\\HttpFoundation\\\\InputBag: {\\"imeli\\":\\"seini.r@example.net\\",\\"vosa_vuni\\":\\"${pw}\\",\\"yaca\\":\\"Seini Rabuka\\"})"}`]] } };
    }),
    6,
    plant('refresh-token', 'sylius-api-refresh-token-context', 'error', `${WHY.refresh} The shop's mobile API (JWT with refresh tokens of 128 hex characters) logs a rejected renewal with the token in its context.`, ({ rng }) => {
      const rt = rng.hex(128);
      return { value: rt, event: { sy: [['security.INFO', 'Refresh token rejected: expired session.', `{"refresh_token":"${rt}","firewall":"api_shop"}`]] } };
    }),
    6,
    plant('api-key-name', 'sylius-courier-quote-url-ki-ni-api', 'error', `${WHY.apiKey('ki_ni_api')} ("API key"): the shipping calculator's courier quote URL carries it, and the failure is logged with the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sy: [['app.ERROR', 'Cala ni isau ni vakau (shipping quote failed)', `{"url":"https://api.vanuacourier.example/v2/quote?ki_ni_api=${key}&kg=2.5&to=Labasa","status":503}`]] } };
    }),
    6,
    plant('implicit-fragment', 'sylius-payment-return-url-fragment', 'error', "A payment plugin logs the return URL it did not expect; the wallet's implicit-grant redirect put `#access_token=…` on it.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { sy: [['app.WARNING', 'Unexpected payment return URL', `{"returnUrl":"${SHOP}/fj_FJ/order/vinaka#access_token=${at}&token_type=bearer&expires_in=3600","gateway":"mpaisa"}`]] } };
    }),
    6,
    plant('encoded', 'sylius-mailer-html-numeric-reference-key', 'error', "The mailer logs an HTML e-mail to the wholesale buyers with a stock link whose `&` is written as an HTML numeric character reference (`&#38;ki_ni_api=`): decoded, the same shop API key name and a key.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sy: [['mailer.DEBUG', 'Email rendered', `{"subject":"Meli e tu (honey in stock)","html":"<a href=\\"${SHOP}/api/v2/stock?sku=MELI-1KG&#38;ki_ni_api=${key}\\">raica</a>"}`]] } };
    }),
    6,
    plant('negative', 'sylius-order-number', 'none', "A shop order number (`#000…`) and its token-less tracking link: an identifier, no credential.", ({ rng }) => {
      const n = `#${digits(rng, 9)}`;
      return { value: n, event: { sy: [['app.INFO', `Order ${n} shipped`, '{"carrier":"vanuacourier"}']] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 - 6 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gpslogger-debug.log: GPSLogger for Android's debug log file (logback-android, local time without zone) on the phones
// of beekeepers who move hives between farms: `yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] Class - message`, custom URL
// uploads, the Nextcloud file-drop upload, the OpenStreetMap sign-in, AppAuth's state. From memory (not fetched):
// https://gpslogger.app/ (custom URL, debug logging).

function gpsloggerLog(rng) {
  const render = (e) => e.gl.map(([lvl, th, cls, msg]) => `${ymdHmsAt(e.t, FJT)}.${msPart(e.t)} ${lvl.padEnd(5)} [${th}] ${cls} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gl: [['INFO', 'main', 'GpsLoggingService', `New location: -17.${digits(rng, 5)}, 178.${digits(rng, 5)} acc=${rng.int(3, 30)}m`]] }),
      () => ({ gl: [['DEBUG', 'main', 'GpsLoggingService', `Battery ${rng.int(20, 99)}%, interval 60 s`]] }),
      () => ({ gl: [['INFO', `WorkManager-${rng.int(1, 4)}`, 'CustomUrlWorker', 'HTTP 200 OK']] }),
      () => ({ gl: [['DEBUG', 'main', 'Files', `Writing to /storage/emulated/0/Android/data/com.mendhak.gpslogger/files/2027100${rng.int(4, 5)}.gpx`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'gpslogger-workmanager-job-uuid', 'none', "WorkManager's job id (a UUID) of an upload: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { gl: [['DEBUG', 'main', 'Systems', `Enqueued work ${id} for CustomUrlWorker`]] } };
    }),
    6,
    plant('api-key-name', 'gpslogger-custom-url-ivakatakilakila', 'error', `${WHY.apiKey('ivakatakilakila')} ("token"): the cooperative's hive-position service takes it in the custom URL, which GPSLogger logs before each request.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { gl: [['DEBUG', `WorkManager-${rng.int(1, 4)}`, 'CustomUrlWorker', `Sending to URL: https://vale.${ON}/api/vanua?lat=-17.${digits(rng, 5)}&lon=178.${digits(rng, 5)}&ivakatakilakila=${key}&ser=${upperNum(rng, 8)}`]] } };
    }),
    6,
    plant('refresh-token', 'gpslogger-appauth-state-json-refresh', 'error', `${WHY.refresh} GPSLogger logs the AppAuth \`AuthState\` it stores after the OpenStreetMap sign-in, as JSON.`, ({ rng }) => {
      const rt = rng.b64url(43);
      return { value: rt, event: { gl: [['DEBUG', 'main', 'OpenStreetMapManager', `AuthState: {"refreshToken":"${rt}","scope":"write_gpx","lastAuthorizationResponse":{"request":{"clientId":"${rng.alnum(43)}"}}}`]] } };
    }),
    6,
    plant('implicit-fragment', 'gpslogger-webview-redirect-fragment', 'error', "The sign-in WebView logs the redirect it intercepts; the cooperative's portal answered with an implicit grant (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { gl: [['INFO', 'main', 'OAuthActivity', `Redirect intercepted: https://vale.${ON}/gpslogger/callback#access_token=${at}&token_type=Bearer&expires_in=86400`]] } };
    }),
    6,
    plant('path-secret', 'gpslogger-nextcloud-file-drop-share', 'error', WHY.pathSecret("A Nextcloud file-drop share link (`/s/<token>`) the phones upload GPX files to; the upload error writes it"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { gl: [['ERROR', `WorkManager-${rng.int(1, 4)}`, 'OwnCloudWorker', `Upload failed for https://kalaudi.${ON}/s/${tok}: 507 Insufficient Storage`]] } };
    }),
    6,
    plant('negative', 'gpslogger-android-id', 'none', 'The device\'s `ANDROID_ID` (16 hex digits) sent as the custom URL\'s device field: a device identifier, no credential.', ({ rng }) => {
      const aid = rng.hex(16);
      return { value: aid, event: { gl: [['DEBUG', 'main', 'Systems', `Device: Galaxy A25, android_id=${aid}`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 - 8 * HOUR, site: { host: 'phone' }, filler, render, steps });
}

// =====================================================================================================================
// Nɛgɛ ni Dolo (Bambara; Bamako: GMT, UTC+0)
// =====================================================================================================================

const ND = 'negenidolo.example';

// ---------------------------------------------------------------------------------------------------------------------
// shinobi.log: `docker logs -t shinobi` of Shinobi CCTV (the scrap yard's gate and weighbridge cameras; UTC): the
// docker time, then Shinobi's console lines (`<ISO time> <group key> <monitor id> <message>` and system lines), the
// API's request errors, event webhooks. From memory (not fetched): https://docs.shinobi.video/ (API, logs).

function shinobiLog(rng) {
  const KE = 'nEgEkoro01';
  const render = (e) => e.sh.map((m, i) => `${dockerTs(e.t, rng, i)} ${iso(e.t)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ sh: [`${KE} ${rng.pick(['dagayoro', 'suman', 'bolo2'])} Motion detected, confidence ${rng.int(40, 99)}`] }),
      () => ({ sh: [`${KE} ${rng.pick(['dagayoro', 'suman', 'bolo2'])} Video saved 2027-10-05T${pad(rng.int(0, 23))}-${pad(rng.int(0, 59))}-00.mp4 (${rng.int(2, 90)} MB)`] }),
      () => ({ sh: [`Shinobi : cpu ${rng.int(4, 80)}% ram ${rng.int(20, 70)}%`] }),
      () => ({ sh: [`${KE} suman Mobili suman: ${rng.int(2000, 30000)} kg (weight read)`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'shinobi-new-monitor-id', 'none', "A new monitor's id (random letters Shinobi gives it): a name, no credential.", ({ rng }) => {
      const mid = rng.alnum(10);
      return { value: mid, event: { sh: [`${KE} ${mid} Monitor Added : Kamera kura (new camera) dondaw`] } };
    }),
    6,
    plant('api-key-name', 'shinobi-api-key-path-segment', 'error', "Shinobi's API takes the API key as the first path segment (`/<API key>/jpeg/<group>/<monitor>/s.jpg`); the weighbridge software fetches snapshots that way and Shinobi logs the failed request: the key acts for the group, long-lived.", ({ rng }) => {
      const key = rng.alnum(30);
      return { value: key, event: { sh: [`Shinobi : API request failed GET /${key}/jpeg/${KE}/suman/s.jpg from ${lan(rng, '192.168')} : Monitor not started`] } };
    }),
    6,
    plant('framework-dump', 'shinobi-monitor-config-json-mpass', 'error', "Shinobi logs a monitor's saved configuration as JSON; the camera's login is in it (`\"muser\":\"admin\",\"mpass\":\"…\"`).", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { sh: [`${KE} bolo2 Monitor Edit : {"mid":"bolo2","name":"Bolo 2","type":"h264","protocol":"rtsp","host":"192.168.8.${rng.int(20, 60)}","port":"554","path":"/Streaming/Channels/101","details":{"muser":"admin","mpass":"${pw}","detector":"1"}}`] } };
    }),
    6,
    plant('webhook', 'shinobi-event-webhook-zoho-cliq-zapikey', 'error', WHY.webhook('A Zoho Cliq channel message endpoint with its `zapikey` (`cliq.zoho.com/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the detector\'s event webhook posts to; the error writes the URL'), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { sh: [`${KE} dagayoro Event Webhook Error : https://cliq.zoho.com/api/v2/channelsbyname/negekoro/message?zapikey=${key} : ETIMEDOUT`] } };
    }),
    6,
    plant('session-id', 'shinobi-websocket-auth-token', 'error', WHY.session("The dashboard's websocket joins with the user's session token (`auth_token`), which the socket's debug line writes"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { sh: [`Shinobi : Socket connected f=init ke=${KE} uid=${rng.alnum(6)} auth=${tok} ip=${lan(rng, '192.168')}`] } };
    }),
    6,
    plant('encoded', 'shinobi-onvif-probe-base64url-json', 'error', "A plugin's probe request carries the camera login as base64url JSON in `cfg=` (`{\"u\":\"admin\",\"p\":\"…\"}`), and Shinobi logs the URL.", ({ rng }) => {
      const cfg = b64urlOf(JSON.stringify({ u: 'admin', p: rng.alnum(14), h: `192.168.8.${rng.int(20, 60)}` }));
      return { value: cfg, event: { sh: [`Shinobi : ONVIF probe GET /onvif/probe?cfg=${cfg} -> 200`] } };
    }),
    6,
    plant('negative', 'shinobi-onvif-device-urn-uuid', 'none', "An ONVIF device's endpoint reference (`urn:uuid:<uuid>`): a device identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { sh: [`Shinobi : ONVIF device found urn:uuid:${u} at 192.168.8.${rng.int(20, 60)}`] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'nvr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// evolution-api.log: `docker logs -t evolution_api` of Evolution API 2 (the driving school's WhatsApp line; UTC): the
// docker time, then `[Evolution API]    v2.2.3  <pid>   -  <Day Mon DD YYYY HH:MM:SS>     <LEVEL>   [<Service>]  [<type>]
// <message>`, objects printed over one line. From memory (not fetched): https://doc.evolution-api.com/ (logs, webhooks).

function evolutionLog(rng) {
  const when = (t) => { const d = new Date(t); return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${iso(t).slice(11, 19)}`; };
  const render = (e) => e.ev.map(([lvl, svc, type, msg], i) => `${dockerTs(e.t, rng, i)} [Evolution API]    v2.2.3  1   -  ${when(e.t)}     ${lvl.padEnd(7)} [${svc}]  [${type}]  ${msg}`);
  const KS = `kalanso.${ND}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ev: [['LOG', 'ChannelStartupService', 'string', `Connection state: open (mobilibolili)`]] }),
      () => ({ ev: [['VERBOSE', 'ChannelStartupService', 'string', `Sending data to webhook in event MESSAGES_UPSERT`]] }),
      () => ({ ev: [['LOG', 'ChannelStartupService', 'string', `Cikan ci ka taa (message sent) to 223${digits(rng, 8)}@s.whatsapp.net: "I ni ce, i ka kalan ye sini ye ${pad(rng.int(7, 17))}:00 la"`]] }),
      () => ({ ev: [['WARN', 'ChannelStartupService', 'string', 'Fili: a ma se ka ci (could not send), retrying']] }),
    ])();
  const steps = [
    4,
    plant('negative', 'evolution-message-key-id', 'none', 'A WhatsApp message key id (`3EB0…` hex): an identifier of one message, no credential.', ({ rng }) => {
      const id = `3EB0${rng.hex(16).toUpperCase()}`;
      return { value: id, event: { ev: [['VERBOSE', 'ChannelStartupService', 'object', `{ key: { remoteJid: '223${digits(rng, 8)}@s.whatsapp.net', fromMe: true, id: '${id}' }, status: 'DELIVERY_ACK' }`]] } };
    }),
    6,
    plant('header-dump', 'evolution-auth-guard-headers-apikey', 'error', "The auth guard logs, at verbose, the headers of a call it refused (`headers: { apikey: '…' }`): Evolution API's `apikey` header, the instance's key.", ({ rng }) => {
      const key = rng.hex(32).toUpperCase();
      return { value: key, event: { ev: [['VERBOSE', 'AuthGuard', 'object', `{ path: '/message/sendText/mobilibolili', headers: { host: 'wa.${ND}', apikey: '${key}', 'content-type': 'application/json' }, reason: 'instance not found' }`]] } };
    }),
    6,
    plant('path-secret', 'evolution-send-text-exam-result-link', 'error', WHY.pathSecret("The school sends each student a link to the theory exam result (`/kalan/jaabi/<token>`, \"lesson/answer\"); the send log writes the text"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ev: [['LOG', 'ChannelStartupService', 'string', `Cikan ci ka taa (message sent) to 223${digits(rng, 8)}@s.whatsapp.net: "I ka kɔrɔbɔli jaabi filɛ yan: https://${KS}/kalan/jaabi/${tok}"`]] } };
    }),
    6,
    plant('implicit-fragment', 'evolution-messages-upsert-student-fragment', 'error', "A student pasted the address bar after signing in to the theory portal; the message the webhook event logs carries `#access_token=…`.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ev: [['VERBOSE', 'ChannelStartupService', 'object', `{ event: 'messages.upsert', message: { conversation: 'a tɛ baara kɛ https://${KS}/portail/#access_token=${at}&token_type=bearer' }, pushName: 'Awa T.' }`]] } };
    }),
    6,
    plant('id-token', 'evolution-messages-upsert-id-token-expired', 'note', "Another student pasted a sign-in URL with `id_token=` two days after the ID token expired; the webhook event logs the message (container clock in UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600 + rng.int(60, 5000), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://sso.${ND}`, sub: rng.uuid(), aud: 'portail-kalan' } });
      return { value: token, jwt: facts, event: { ev: [['VERBOSE', 'ChannelStartupService', 'object', `{ event: 'messages.upsert', message: { conversation: 'https://${KS}/portail/don?id_token=${token}' }, pushName: 'Moussa K.' }`]] } };
    }),
    6,
    plant('replay', 'evolution-send-text-one-time-exam-otp', 'note', WHY.ticketFirst("A one-time code for the exam kiosk (`otp=`) sent to a student in a link and seen once; the code is"), ({ rng, t }) => {
      const otp = rng.alnum(20);
      return { value: otp, event: { ev: [['LOG', 'ChannelStartupService', 'string', `Cikan ci ka taa (message sent) to 223${digits(rng, 8)}@s.whatsapp.net: "I ka kɔrɔbɔli don: https://${KS}/korobo/don?otp=${otp}"`]] } };
    }),
    6,
    plant('api-key-name', 'evolution-webhook-url-gundo', 'error', `${WHY.apiKey('gundo')} ("secret"): the school's back office receives the events at a URL carrying its key, which the webhook error writes, and the retry line of the same delivery writes it again.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ev: [['ERROR', 'WebhookService', 'object', `{ local: 'sendData-Webhook', message: 'connect ECONNREFUSED', url: 'https://${KS}/wa/hook?gundo=${key}' }`], ['WARN', 'WebhookService', 'string', `Retrying webhook (2/10) https://${KS}/wa/hook?gundo=${key}`]] } };
    }),
    6,
    plant('negative', 'evolution-instance-id', 'none', "The instance's id (a UUID) in the startup line: an identifier, no credential (the instance's key is sent in `apikey`).", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ev: [['LOG', 'InstanceController', 'string', `Instance mobilibolili loaded, instanceId ${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'wa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// allsky.log: /var/log/allsky.log of the observatory's Allsky camera on a Raspberry Pi, written by rsyslog (traditional
// syslog time, no year, UTC): `<Mon DD HH:MM:SS> <host> <program>[<pid>]: <message>`, with the upload script at
// `DEBUG_LEVEL` 4 writing bash's xtrace (`+ …`). From memory (not fetched): https://github.com/AllskyTeam/allsky wiki.

function allskyLog(rng) {
  const stamp = (t) => { const d = new Date(t); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 19)}`; };
  const render = (e) => e.a.map(([prog, msg]) => `${stamp(e.t)} dolo-pi ${prog}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ a: [['allsky.sh[912]', `Saving image-2027100${rng.int(4, 5)}${pad(rng.int(0, 5))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}.jpg, exposure ${rng.int(1, 60)}s gain ${rng.int(1, 16)}`]] }),
      () => ({ a: [['saveImage.sh[' + rng.int(2000, 9000) + ']', 'Stretching image... done']] }),
      () => ({ a: [['allsky.sh[912]', `Dolow: ${rng.int(100, 900)} (stars detected), sankolo saniyalen (clear sky)`]] }),
      () => ({ a: [['upload.sh[' + rng.int(2000, 9000) + ']', 'Upload OK: image.jpg']] }),
    ])();
  const up = () => `upload.sh[${rng.int(2000, 9000)}]`;
  const steps = [
    6,
    plant('negative', 'allsky-upload-xtrace-cache-buster', 'none', "The upload script's xtrace with the image URL's cache buster (`?t=<epoch>`): no credential.", ({ rng, t }) => {
      const cb = String(Math.floor(t / 1000) - rng.int(1, 60));
      return { value: cb, event: { a: [[up(), `+ echo 'Latest: https://sankolo.${ND}/image.jpg?t=${cb}'`]] } };
    }),
    6,
    plant('api-key-name', 'allsky-xtrace-curl-kile', 'error', `${WHY.apiKey('kile')} ("key"): the remote website's upload endpoint takes it in the query; bash's xtrace writes the curl command.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { a: [[up(), `+ curl -sS -F file=@/home/pi/allsky/tmp/image.jpg 'https://sankolo.${ND}/upload.php?kile=${key}&camera=dolo-1'`]] } };
    }),
    6,
    plant('session-id', 'allsky-xtrace-curl-cookie-session', 'error', WHY.session("The night-report module posts to the observatory's site with an admin session cookie copied into its settings (`--cookie 'dolo_sesi=…'`), and xtrace writes it"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { a: [[up(), `+ curl -sS --cookie 'dolo_sesi=${sid}' -d @/home/pi/allsky/tmp/su_kibaro.json https://sankolo.${ND}/admin/su-kibaro`]] } };
    }),
    6,
    plant('embed-jwt', 'allsky-xtrace-embed-jwt-no-exp', 'error', "The public sky dashboard is refreshed through its embed URL (`/embed/<JWT>`), a token without `exp`; xtrace writes the call", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 80), claims: { dashboard: 'sankolo-bi', site: 'bamako' } });
      return { value: token, jwt: facts, event: { a: [[up(), `+ curl -s -o /dev/null https://dash.${ND}/embed/${token}/refresh`]] } };
    }),
    6,
    plant('negative', 'allsky-keogram-sha256', 'none', "The SHA-256 of the uploaded keogram, which the script logs to skip unchanged files: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { a: [[up(), `keogram-20271004.jpg sha256 ${h} unchanged, skipped`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'pi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vtigercrm.log: logs/vtigercrm.log of the scrap yard's vtiger CRM 8 (buyers, sellers and weighbridge tickets) at DEBUG,
// log4php with `%d{c} [%t] %p %c - %m%n` (ISO 8601 with offset, GMT): the Google sync module, the SMS notifier, a
// customisation's `print_r` dumps over several lines. From memory (not fetched): vtiger's `config.performance.php` and
// `log4php.properties`.

function vtigerLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 19)}+00:00`;
  const render = (e) => lines(e.v, ([lvl, cat, msg]) => `${stamp(e.t)} [${rng.int(800, 3000)}] ${lvl} ${cat} - ${msg}`);
  const CRM = `https://crm.${ND}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ v: [['DEBUG', 'index', `Prepared sql query being executed : SELECT * FROM vtiger_crmentity WHERE crmid=${rng.int(1000, 9000)}`]] }),
      () => ({ v: [['INFO', 'index', `Nɛgɛkɔrɔ feere (scrap sold): ${rng.int(200, 9000)} kg, sɔngɔ ${rng.int(50, 900)}000 FCFA`]] }),
      () => ({ v: [['DEBUG', 'index', `Entering getUserId(${rng.int(1, 9)}) method ...`]] }),
      () => ({ v: [['DEBUG', 'index', 'Exiting getUserId method ...']] }),
    ])();
  const steps = [
    4,
    plant('negative', 'vtiger-csrf-vtrftk', 'none', "vtiger's CSRF token (`__vtrftk=sid:<40 hex>,<epoch>`): it only protects a form, no credential.", ({ rng, t }) => {
      const c = `sid:${rng.hex(40)},${Math.floor(t / 1000)}`;
      return { value: c, event: { v: [['DEBUG', 'index', `Request: module=Contacts&action=Save&__vtrftk=${c}`]] } };
    }),
    4,
    plant('oauth-code', 'vtiger-request-google-authenticate-code', 'warning', `${WHY.code} vtiger at DEBUG logs each request's query; the Google calendar sync's callback carries \`code\` and \`state\`.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { v: [['DEBUG', 'index', `Request: module=Google&view=Authenticate&service=GoogleCalendar&state=${rng.hex(16)}&code=${code}&scope=https://www.googleapis.com/auth/calendar`]] } };
    }),
    4,
    plant('id-token', 'vtiger-google-token-response-id-token', 'error', "The Google connector logs the token endpoint's JSON answer at DEBUG, with Google's `id_token` (RS256, 1 h), on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 30), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'sanusi.yard@example.net' } });
      return { value: token, jwt: facts, event: { v: [['DEBUG', 'Google_Oauth2', `token response {"access_token":"ya29.${rng.b64url(60)}","expires_in":3599,"scope":"https://www.googleapis.com/auth/calendar openid","token_type":"Bearer","id_token":"${token}"}`]] } };
    }, { after: 1 }),
    plant('refresh-token', 'vtiger-google-sync-save-refresh-token', 'error', `${WHY.refresh} The sync module logs the refresh token it stores for the user (Google's \`1//…\`).`, ({ rng }) => {
      const rt = `1//0${rng.b64url(98)}`;
      return { value: rt, event: { v: [['DEBUG', 'Google_Oauth2', `saving refresh_token=${rt} for user 3`]] } };
    }, { after: 0 }),
    6,
    plant('session-id', 'vtiger-portal-link-phpsessid-trans-sid', 'error', WHY.session("The customer portal runs with `session.use_trans_sid`, so its links carry `PHPSESSID=`; a link a seller clicked is logged with it"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { v: [['DEBUG', 'portal', `Redirect: ${CRM}/portal/index.php?module=HelpDesk&action=index&PHPSESSID=${sid}`]] } };
    }),
    6,
    plant('framework-dump', 'vtiger-print-r-request-password', 'error', "A customisation dumps `$_REQUEST` with `print_r()` over several lines at DEBUG, the login form's `[password] => …` on a line of its own.", ({ rng }) => {
      const pw = rng.alnum(13);
      return { value: pw, event: { v: [['DEBUG', 'index', 'Don (login) $_REQUEST = Array'], '(', '    [module] => Users', '    [action] => Login', '    [username] => kalifa.d', `    [password] => ${pw}`, ')'] } };
    }),
    6,
    plant('api-key-name', 'vtiger-sms-notifier-url-sms-kile', 'error', `${WHY.apiKey('sms_kile')} ("SMS key"): the SMS notifier's provider takes it in the query; the notifier logs the URL it called.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { v: [['DEBUG', 'SMSNotifier', `Fili (failed) GET https://sms.djolisms.example/api/send?sms_kile=${key}&to=223${digits(rng, 8)}&text=I+ka+nEgE+suman+labanna`]] } };
    }),
    6,
    plant('encoded', 'vtiger-base64-return-url-with-key', 'error', "The weighbridge ticket view is reached with a base64-encoded `return_url`; decoded, it is the weighbridge API's URL with its key in the query (`?api_gundo=<key>`).", ({ rng }) => {
      const b = b64Of(`https://suman.${ND}/api/tiki/${rng.int(1000, 9999)}?api_gundo=${rng.alnum(32)}`);
      return { value: b, event: { v: [['DEBUG', 'index', `Request: module=WeighTickets&view=Detail&record=${rng.int(1000, 9999)}&return_url=${b}`]] } };
    }),
    6,
    plant('negative', 'vtiger-attachment-md5', 'none', 'The MD5 of a stored attachment (a weighbridge photo) vtiger logs: a checksum, no credential.', ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { v: [['DEBUG', 'index', `Attachment saved storage/2027/October/week1/${rng.int(1000, 9999)}_suman.jpg md5=${h}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'crm' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout72');
writePart(join(here, 'heldout72'), {
  'kanidmd.log': kanidmLog(rng),
  'latest.log': opnsenseLog(rng),
  'grist.log': gristLog(rng),
  'flarum-2027-10-05.log': flarumLog(rng),
  'stalwart.log.2027-10-05': stalwartLog(rng),
  'laravel.log': invoiceNinjaLog(rng),
  'docuseal.log': docusealLog(rng),
  'flussonic.log': flussonicLog(rng),
  'prod.log': syliusLog(rng),
  'gpslogger-debug.log': gpsloggerLog(rng),
  'shinobi.log': shinobiLog(rng),
  'evolution-api.log': evolutionLog(rng),
  'allsky.log': allskyLog(rng),
  'vtigercrm.log': vtigerLog(rng),
});
