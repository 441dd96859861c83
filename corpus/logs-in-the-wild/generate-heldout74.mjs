// Writes corpus/logs-in-the-wild/heldout74/: a seventy-fourth held-out part, in formats no other part uses (an EZproxy 7
// access log, an Evergreen ILS `osrfsys.log` (OpenSRF), an ERDDAP 2 `log.txt`, a THREDDS Data Server 5
// `threddsServlet.log`, a VuFind 10 log through Laminas\Log, a Kavita 0.8 Serilog file, `docker compose logs -t` of
// Funkwhale 1.4, a PiKaraoke log, a Lidarr 2 `lidarr.debug.txt`, a TrueNAS SCALE `middlewared.log`, a Pi-hole v6
// `FTL.log` at debug, `docker logs -t` of File Browser, `docker logs -t` of Dawarich (Rails), `docker logs -t` of Pingvin
// Share (NestJS)), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and
// its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout74.mjs     rewrites heldout74/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three companies: Porthkennack Town Trust, a Cornish town trust running the harbour authority (tide gauges, buoys and
// wave model data), the St Keyne's Point lighthouse heritage centre and the public library (English, five logs);
// Tiegezh Kerbrat, a Brest family group with an orchestra (Laz-seniñ Kerbrat), a karaoke bar (Ti-Kan) and a glassworks
// (Gwerennerezh Kerbrat) (Breton messages where an app shows them; routes, parameter, header, key and property names in
// Breton such as `alchwez`, `ger_tremen`, `pedadenn`, `tiked`, `kod_moned`, `dalch`, `rannan`; five logs); Sindhu Sath,
// a Hyderabad (Sindh) family group with a dry cleaner with pickup vans (Sath Suki Dhulai), a dog grooming salon (Kuto
// Sinjaar) and an ice rink (Barf Maidan) (Sindhi in Latin transliteration: `chaabi`, `raaz_lafz`, `rasto`, `wapsi`,
// `hik_bhero_kod`, messages such as `ghalati`, `kamyab`; four logs). Standard names (OAuth's, vendors') stay as their
// specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, pad, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Cornwall in October (BST, UTC+1), Brest (CEST, UTC+2), Hyderabad, Sindh (PKT, UTC+5). */
const BST = 60;
const CEST = 120;
const PKT = 300;
const lan = (rng, prefix = '192.168') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** docker's `-t` prefix: RFC 3339 with nanoseconds, UTC. */
const dockerTs = (t, rng) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;

// =====================================================================================================================
// Porthkennack Town Trust (English; BST, UTC+1)
// =====================================================================================================================

const PK = 'porthkennack.example';

// ---------------------------------------------------------------------------------------------------------------------
// ezproxy.log: EZproxy 7 access log with `LogFormat %h %l %u %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"`: the request
// line holds the absolute URL EZproxy fetched or served (`GET https://host:443/path HTTP/1.1`), `%u` the patron.
// The LogFormat directives and the absolute request line as in an anonymized log and the `ezproxy` gem's docs (read
// through search); the rest from memory.

function ezproxyLog(rng) {
  const EZ = `ezproxy.library.${PK}`;
  const render = (e) => [`${e.ip} - ${e.user ?? '-'} [${clf(e.t, BST)}] "${e.method} ${e.url} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ user: `p${digits(rng, 7)}`, url: `https://www.britannica.example:443/search?query=${rng.pick(['lighthouse', 'pilchard', 'tin+mining', 'shipwreck'])}&page=${rng.int(1, 4)}` }),
      () => ({ user: `p${digits(rng, 7)}`, url: `https://journals.seaworthy.example:443/doi/pdf/10.${rng.int(1000, 9999)}/${rng.lowerNum(8)}`, bytes: rng.int(90000, 900000) }),
      () => ({ url: `https://${EZ}:443/login?url=https://archive.cornishnews.example/`, status: 302, bytes: 0 }),
      () => ({ user: `p${digits(rng, 7)}`, url: `https://archive.cornishnews.example:443/page/${rng.int(1880, 1990)}/${rng.int(1, 12)}/${rng.int(1, 28)}`, }),
      () => ({ url: `https://${EZ}:443/public/menu.htm`, bytes: rng.int(3000, 5000) }),
    ])();
  const steps = [
    3,
    plant('negative', 'ezproxy-openurl-sid-source-id', 'none', "An OpenURL `sid=` (the source id `<vendor>:<database>`, Z39.88's referrer id), not a session: no credential.", ({ rng }) => {
      const sid = `Seaworthy:${rng.pick(['maritime', 'heritage'])}${digits(rng, 4)}`;
      return { value: sid, event: { user: `p${digits(rng, 7)}`, url: `https://resolver.library.${PK}:443/openurl?url_ver=Z39.88-2004&rft.genre=article&rft.issn=0025-${digits(rng, 4)}&sid=${sid}` } };
    }),
    3,
    plant('session-id', 'ezproxy-connect-session-query', 'error', WHY.session("EZproxy's proxy-by-hostname hand-off from the login host to a proxied host (`/connect?session=s<id>&url=…`) carries the patron's EZproxy session in the query; the log writes it with the request"), ({ rng }) => {
      const s = `s${rng.alnum(15)}`;
      return { value: s, event: { url: `https://journals-seaworthy-example.${EZ}:443/connect?session=${s}&url=https://journals.seaworthy.example/toc/mar/current`, status: 302, bytes: 0 } };
    }),
    3,
    plant('encoded', 'ezproxy-login-qurl-percent-encoded-token', 'error', "EZproxy's `login?qurl=` takes the target URL percent-encoded; the newspaper archive's target carries its own `token=` (an institutional access token) inside the encoded value.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { url: `https://${EZ}:443/login?qurl=https%3A%2F%2Farchive.cornishnews.example%2Fapi%2Finstitution%3Ftoken%3D${tok}%26inst%3Dporthkennack`, status: 302, bytes: 0 } };
    }),
    3,
    plant('api-key-name', 'ezproxy-proxied-request-licencekey', 'error', `${WHY.apiKey('licencekey')} The tide-tables database takes it in the query of its JSON API; EZproxy logs the proxied absolute URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { user: `p${digits(rng, 7)}`, url: `https://api.tidetables.example:443/v2/ports/newlyn/predictions?days=7&licencekey=${key}` } };
    }),
    3,
    plant('oauth-code', 'ezproxy-oauth-login-callback', 'warning', `${WHY.code} EZproxy's OAuth login for patrons returns to the login host, whose access log writes the callback.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { url: `https://${EZ}:443/oauth?code=${code}&state=${rng.alnum(16)}`, status: 302, bytes: 0, referer: `https://accounts.${PK}/` } };
    }),
    3,
    plant('path-secret', 'ezproxy-proxied-account-activation-link', 'error', WHY.pathSecret("A patron activates the e-book lender's account through the proxy (`/activate/<token>`): an activation link"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { user: `p${digits(rng, 7)}`, url: `https://ebooks.lendwell.example:443/account/activate/${tok}`, status: 302, bytes: 0 } };
    }),
    3,
    plant('negative', 'ezproxy-cache-buster', 'none', 'A cache buster (`_=<epoch ms>`) on a proxied widget request: no credential.', ({ rng, t }) => {
      const v = String(t - rng.int(1000, 90000));
      return { value: v, event: { user: `p${digits(rng, 7)}`, url: `https://archive.cornishnews.example:443/widgets/calendar.json?year=1912&_=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: EZ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// osrfsys.log: an Evergreen ILS 3.13 OpenSRF system log (local time, BST, no zone): `[yyyy-mm-dd HH:MM:SS] <service>
// [<LEVEL>:<pid>:<file>:<line>:<xid>] <message>`; `CALL: <service> <method> <params>` lines, params of methods named in
// `log_protect` written as `**PARAMS REDACTED**`; action triggers' e-mail messages. From memory (not fetched).

function osrfLog(rng) {
  const render = (e) => e.os.map(([svc, lvl, where, msg]) => `[${ymdHmsAt(e.t, BST)}] ${svc} [${lvl}:${rng.int(3000, 9000)}:${where}:${rng.int(1760000000, 1769999999)}${digits(rng, 5)}] ${msg}`);
  const tok = () => rng.hex(32);
  const filler = (rng) =>
    rng.pick([
      () => ({ os: [['open-ils.search', 'INFO', 'Search.pm:1210', `CALL: open-ils.search open-ils.search.biblio.multiclass.query {"limit":10,"offset":0}, "${rng.pick(['lighthouses cornwall', 'pilot gigs', 'du maurier', 'tide tables'])}", 1`]] }),
      () => ({ os: [['open-ils.circ', 'INFO', 'Circulate.pm:'+rng.int(300, 900), `checkout: item ${digits(rng, 14)} to patron ${rng.int(1000, 9999)} due 2027-11-${pad(rng.int(1, 28))}`]] }),
      () => ({ os: [['opensrf.settings', 'INFO', 'SettingsServer.pm:49', `Returning config for host ils-app1 and service open-ils.${rng.pick(['circ', 'actor', 'cat', 'search'])}`]] }),
      () => ({ os: [['open-ils.trigger', 'INFO', 'Trigger.pm:'+rng.int(100, 900), `A/T event ${rng.int(100000, 999999)} (${rng.pick(['checkout.due', 'hold.available', 'circ.overdue'])}) state complete`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'osrf-log-protect-params-redacted', 'none', "OpenSRF writes the parameters of a method named in `log_protect` as `**PARAMS REDACTED**`: the framework's redaction, no credential.", () => ({ value: '**PARAMS REDACTED**', event: { os: [['open-ils.auth', 'INFO', 'Application.pm:159', 'CALL: open-ils.auth open-ils.auth.authenticate.complete **PARAMS REDACTED**']] } })),
    3,
    plant('session-id', 'osrf-call-authtoken-first-param', 'error', WHY.session("Evergreen's authtoken (the staff or patron session, 32 hex) is the first parameter of most calls; a method not in `log_protect` writes it in its `CALL:` line"), ({ rng }) => {
      const a = tok();
      return { value: a, event: { os: [['open-ils.actor', 'INFO', 'Application.pm:159', `CALL: open-ils.actor open-ils.actor.user.checked_out "${a}", ${rng.int(1000, 9999)}`]] } };
    }),
    3,
    plant('path-secret', 'osrf-trigger-password-reset-email', 'error', WHY.pathSecret("The action trigger logs the e-mail it sends for a patron's password reset, link included (`/eg/opac/password_reset/<uuid>`)"), ({ rng }) => {
      const u = rng.hex(32);
      return { value: u, event: { os: [['open-ils.trigger', 'INFO', 'Reactor/SendEmail.pm:71', `sending email to p***@example.org: To reset your password visit https://catalogue.${PK}/eg/opac/password_reset/${u} within 24 hours.`]] } };
    }),
    3,
    plant('negative', 'osrf-auth-init-seed', 'none', 'The seed `open-ils.auth.authenticate.init` returns (a nonce the client hashes the password with): single-use and useless without the password, no credential.', ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { os: [['open-ils.auth', 'DEBUG', 'Auth.pm:98', `authenticate.init: seed ${s} for ${rng.pick(['circdesk1', 'kiosk-2'])}`]] } };
    }),
    3,
    plant('api-key-name', 'osrf-ebook-api-request-url-lending-key', 'error', `${WHY.apiKey('lending_key')} The e-book lending service takes it in the query; the ebook API service logs the URL it calls at INFO.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { os: [['open-ils.ebook_api', 'INFO', 'EbookAPI.pm:404', `request: GET https://api.lendwell.example/v1/libraries/porthkennack/titles/${rng.int(100000, 999999)}/availability?lending_key=${key}`]] } };
    }),
    3,
    plant('refresh-token', 'osrf-ebook-api-token-response-hash', 'error', `${WHY.refresh} The ebook API service dumps the token endpoint's answer (a Perl hash through Data::Dumper's terse style) at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { os: [['open-ils.ebook_api', 'DEBUG', 'EbookAPI/Lendwell.pm:122', `token response: {'access_token' => '${rng.b64url(40)}','expires_in' => 3600,'refresh_token' => '${rt}','token_type' => 'bearer'}`]] } };
    }),
    3,
    plant('framework-dump', 'osrf-call-params-password-reset-commit', 'error', "OpenSRF logs every `CALL:` with its parameters; the reset commit method is missing from `log_protect`, so its parameters (a short reset code and the new password) are written in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { os: [['open-ils.actor', 'INFO', 'Application.pm:159', `CALL: open-ils.actor open-ils.actor.patron.password_reset.commit "${rng.hex(8)}", "${pw}"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'ils-app1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log.txt: an ERDDAP 2.25 `bigParentDirectory/logs/log.txt` (local time, no zone): a request as `{{{{#<n> <time>
// [https] (<ip>) GET <url>` and `}}}}#<n> SUCCESS. TIME=<ms>ms`, dataset reloads' `*** constructing`, subscription
// actions. From memory (not fetched; search found only the griddap documentation pages).

function erddapLog(rng) {
  let n = 4100;
  const stamp = (t) => local(t, BST).slice(0, 23);
  const render = (e) => {
    if (e.msg) return e.msg;
    n += 1;
    return [`{{{{#${n} ${stamp(e.t)} [https] (${e.ip}) GET ${e.url}`, `}}}}#${n} SUCCESS. TIME=${e.ms}ms`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `/erddap/tabledap/pk_tide_gauge.csv?time,water_level&time>=2027-10-${pad(rng.int(1, 11))}T00:00:00Z` }),
      () => ({ url: `/erddap/griddap/pk_waves.png?hs[(last)][(50.0):(50.3)][(-5.2):(-4.8)]&.draw=surface` }),
      () => ({ url: `/erddap/tabledap/pk_buoy_keyne.htmlTable?time,air_temperature,wind_speed&time>=now-${rng.int(1, 6)}hours` }),
      () => ({ msg: [`*** EDDTableFromAsciiFiles pk_buoy_keyne: ${rng.int(1, 9)} files changed, ${rng.int(100, 900)} rows in ${rng.int(20, 400)}ms`] }),
      () => ({ url: `/erddap/info/pk_tide_gauge/index.json` }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'erddap-constructor-sourceurl-licence-key', 'error', `${WHY.apiKey('licence_key')} The commercial wave model's OPeNDAP source takes it in the URL; ERDDAP writes the \`sourceUrl\` when it constructs the dataset.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { msg: [`*** constructing EDDGridFromDap pk_waves_model`, `  sourceUrl=https://dap.wavecast.example/thredds/dodsC/celtic_sea/best?licence_key=${key}`] } };
    }),
    3,
    plant('negative', 'erddap-dataset-md5-id', 'none', "The dataset's change fingerprint (an MD5 of its files' metadata) ERDDAP writes on reload: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { msg: [`EDDTableFromAsciiFiles pk_tide_gauge reload: fileTable md5=${h} unchanged`] } };
    }),
    3,
    plant('webhook', 'erddap-subscription-action-rocketchat-hook', 'error', WHY.webhook("An ERDDAP subscription whose action is a Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) in the harbour's chat; ERDDAP writes the action URL when it calls it after the buoy dataset changed"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { msg: [`Subscriptions.tryToDoActions: dataset=pk_buoy_keyne action=https://chat.${PK}/hooks/${rng.alnum(17)}/${tok} result=HTTP 200`] } };
    }),
    3,
    plant('api-key-name', 'erddap-httpget-insert-author-key', 'error', `${WHY.apiKey('author')} ERDDAP's EDDTableFromHttpGet datasets take inserts as GET requests whose \`author\` value is \`<name>_<key>\`; the lighthouse's weather station inserts each reading so, and the request is logged.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { url: `/erddap/tabledap/pk_lighthouse_met.insert?stationID=%22keyne%22&time=2027-10-12T${pad(rng.int(8, 12))}:00:00Z&air_temperature=${rng.int(9, 15)}.${rng.int(0, 9)}&author=keynepoint_${key}` } };
    }),
    3,
    plant('encoded', 'erddap-request-double-encoded-callback-url', 'error', "A partner's dashboard passes its own callback URL, percent-encoded twice (`%253F`), with the dashboard's `access_token` inside, as an extra query parameter of a `.jsonlKVP` request.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { url: `/erddap/tabledap/pk_tide_gauge.jsonlKVP?time,water_level&time>=now-1day&cb=https%253A%252F%252Fdash.harbourview.example%252Fhook%253Faccess_token%253D${at}` } };
    }),
    3,
    plant('negative', 'erddap-jquery-cache-buster', 'none', 'A cache buster (`&_=<epoch ms>`) jQuery appended to a JSON request: no credential.', ({ rng, t }) => {
      const v = String(t - rng.int(2000, 60000));
      return { value: v, event: { url: `/erddap/tabledap/pk_buoy_keyne.json?time,wind_speed&time>=now-1hour&_=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'erddap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// threddsServlet.log: a THREDDS Data Server 5.5 `content/thredds/logs/threddsServlet.log` (BST with its offset):
// `yyyy-MM-ddTHH:mm:ss.SSS +0100 [<ms since start, 10 wide>][<req n, 8 wide>] INFO  - threddsServlet - Remote host: <ip>
// - Request: "<method> <url> HTTP/1.1"` and `Request Completed - <status> - <bytes> - <ms>`. From memory (not fetched).

function threddsLog(rng) {
  let reqN = 20400;
  let up = 81234567;
  const stamp = (t) => `${local(t, BST).slice(0, 23)} +0100`;
  const render = (e) => {
    reqN += 1;
    up += rng.int(500, 90000);
    const head = (t) => `${stamp(t)} [${String(up).padStart(10)}][${String(reqN).padStart(8)}] INFO  - threddsServlet - `;
    return [`${head(e.t)}Remote host: ${e.ip} - Request: "GET ${e.url} HTTP/1.1"`, `${head(e.t + e.ms)}Request Completed - ${e.status} - ${e.bytes} - ${e.ms}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `/thredds/catalog/harbour/catalog.html` }),
      () => ({ url: `/thredds/dodsC/harbour/waves/best.ascii?hs[0:1:${rng.int(1, 24)}][10][12]` }),
      () => ({ url: `/thredds/wms/harbour/waves/best?SERVICE=WMS&REQUEST=GetMap&LAYERS=hs&BBOX=-5.2,50.0,-4.8,50.3&WIDTH=256&HEIGHT=256&FORMAT=image/png` }),
      () => ({ url: `/thredds/ncss/grid/harbour/currents/best?var=u&var=v&latitude=50.1${rng.int(0, 9)}&longitude=-5.0${rng.int(0, 9)}&accept=csv` }),
    ])();
  const steps = [
    3,
    plant('id-token', 'thredds-ncss-query-id-token', 'error', "The pilots' app appends the user's OpenID Connect ID token to its NetCDF Subset Service requests (`&id_token=<JWT>`) for the auth proxy in front of the server; the server's log writes the request line, with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), claims: { iss: `https://id.${PK}`, sub: `pilot-${rng.int(10, 99)}`, aud: 'pilot-app', email: 'pilot@porthkennack.example' } });
      return { value: token, jwt: facts, event: { url: `/thredds/ncss/grid/harbour/waves/best?var=hs&var=tp&latitude=50.15&longitude=-5.05&time_start=present&accept=csv&id_token=${token}` } };
    }),
    3,
    plant('negative', 'thredds-ncss-client-request-id', 'none', "A client's own request id (`requestId=<uuid>`) on a subset request: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { url: `/thredds/ncss/grid/harbour/currents/best?var=u&latitude=50.12&longitude=-5.03&accept=csv&requestId=${id}` } };
    }),
    3,
    plant('replay', 'thredds-fileserver-ticket-once', 'note', WHY.ticketFirst("A single-use download ticket (`ticket=`) the harbour's portal hands a survey contractor for a restricted bathymetry file; the ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(28);
      firstUse.bathy = t;
      return { value: tk, event: { ip: '198.51.100.42', url: `/thredds/fileServer/restricted/bathymetry/approach_2027.nc?ticket=${tk}` } };
    }, { ref: 'bathy' }),
    2,
    plant('replay', 'thredds-fileserver-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bathy').value, why: `${WHY.replay('ticket', gap('bathy', t))} Another address downloaded the same restricted file with the same ticket and got 200: the ticket was not spent.` }], event: { ip: '203.0.113.217', url: `/thredds/fileServer/restricted/bathymetry/approach_2027.nc?ticket=${refs.get('bathy').value}` } }), { replayOf: 'bathy', after: 118 }),
    3,
    plant('path-secret', 'thredds-fileserver-shared-folder-token', 'error', WHY.pathSecret("A folder shared with the pilotage contractor under a random token (`/fileServer/shared/<token>/…`)"), ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { url: `/thredds/fileServer/shared/${tok}/tide_predictions_2027-10.nc` } };
    }),
    3,
    plant('encoded', 'thredds-ncss-double-encoded-redirect-key', 'error', "A sync script passes its return URL percent-encoded twice (`%253D`), the harbour sync service's `key` inside, as an extra parameter the server logs with the request.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { url: `/thredds/ncss/grid/harbour/waves/best?var=hs&latitude=50.15&longitude=-5.05&accept=netcdf&redirect=https%253A%252F%252Fsync.${PK}%252Fdone%253Fkey%253D${key}` } };
    }),
    3,
    plant('negative', 'thredds-wms-cache-buster', 'none', 'A cache buster (`&_=<epoch ms>`) on a WMS tile request of the map page: no credential.', ({ rng, t }) => {
      const v = String(t - rng.int(2000, 60000));
      return { value: v, event: { url: `/thredds/wms/harbour/waves/best?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=hs&_=${v}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'tds' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vufind.log: VuFind 10's file logger through Laminas\Log's Simple formatter (`%timestamp% %priorityName% (%priority%):
// %message% %extra%`, ISO 8601 with offset), at a verbosity that appends the request's server context; the library set
// the extra to be written as one JSON object on the same line. From memory (not fetched).

function vufindLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}+01:00`;
  const render = (e) => [`${stamp(e.t)} ${e.prio} (${e.prio === 'ERR' ? 3 : e.prio === 'WARN' ? 4 : e.prio === 'NOTICE' ? 5 : 7}): ${e.msg}${e.extra ? ` ${JSON.stringify(e.extra)}` : ' []'}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ prio: 'DEBUG', msg: `VuFind\\Search\\Solr\\Backend: search: q=${rng.pick(['lighthouse', 'smuggling', 'pilchards', 'wrecks'])}&rows=20&start=0 took ${rng.int(20, 400)}ms` }),
      () => ({ prio: 'NOTICE', msg: `VuFind\\ILS\\Driver\\Evergreen: getStatus for ${rng.int(10000, 99999)} returned ${rng.int(1, 4)} items` }),
      () => ({ prio: 'DEBUG', msg: `VuFind\\Cover\\Loader: fetched cover isbn=978${digits(rng, 10)} size=medium from cache` }),
      () => ({ prio: 'WARN', msg: `VuFind\\Http\\HttpService: slow response from https://catalogue.${PK}/osrf-gateway-v1 (${rng.int(2000, 6000)}ms)` }),
    ])();
  const steps = [
    3,
    plant('header-dump', 'vufind-server-context-http-authorization-bearer-jwt', 'error', "VuFind's error logging appends the request's server context; a patron app calls the API with `HTTP_AUTHORIZATION: Bearer <JWT>` (the app's access token), which the context writes on the entry's timestamped line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 2000), jti: true, claims: { iss: `https://id.${PK}`, sub: `patron-${digits(rng, 6)}`, aud: 'library-app', scope: 'loans holds' } });
      return { value: token, jwt: facts, event: { prio: 'ERR', msg: 'VuFindApi\\Controller\\SearchApiController: Exception: Solr timeout', extra: { server: { REQUEST_URI: '/api/v1/search?lookfor=wreck', HTTP_AUTHORIZATION: `Bearer ${token}`, REMOTE_ADDR: '203.0.113.88' } } } };
    }),
    3,
    plant('negative', 'vufind-server-context-unique-id', 'none', "mod_unique_id's `UNIQUE_ID` in the server context: a request id, no credential.", ({ rng }) => {
      const id = rng.b64url(27);
      return { value: id, event: { prio: 'ERR', msg: 'VuFind\\Controller\\RecordController: Record not found: 20012', extra: { server: { REQUEST_URI: '/Record/20012', UNIQUE_ID: id } } } };
    }),
    3,
    plant('embed-jwt', 'vufind-server-context-referer-embed-jwt-short', 'warning', "The town's website embeds a \"new books\" widget whose page address is `/embed/<JWT>`; an error under that widget writes the `HTTP_REFERER` in the server context. A 120 s token without `jti`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://www.${PK}`, widget: 'new-books', branch: 'harbour-street' } });
      return { value: token, jwt: facts, event: { prio: 'ERR', msg: 'VuFind\\Controller\\ChannelsController: Exception: channel provider newbooks failed', extra: { server: { REQUEST_URI: '/Channels/Home?channelProvider=newbooks', HTTP_REFERER: `https://www.${PK}/embed/${token}` } } } };
    }),
    3,
    plant('session-id', 'vufind-server-context-http-cookie-vufind-session', 'error', WHY.session("The server context's `HTTP_COOKIE` holds the patron's `VUFIND_SESSION`"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { prio: 'ERR', msg: 'VuFind\\Controller\\MyResearchController: Exception: ILS connection failed', extra: { server: { REQUEST_URI: '/MyResearch/CheckedOut', HTTP_COOKIE: `language=en; VUFIND_SESSION=${sid}; ui=standard` } } } };
    }),
    3,
    plant('refresh-token', 'vufind-httpservice-debug-post-body-refresh-token', 'error', `${WHY.refresh} VuFind's HTTP service logs the form body it POSTs to the e-resources broker's token endpoint at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { prio: 'DEBUG', msg: `VuFind\\Http\\HttpService: POST https://broker.lendwell.example/oauth/token body: grant_type=refresh_token&client_id=vufind-pk&refresh_token=${rt}` } };
    }),
    3,
    plant('id-token', 'vufind-logout-id-token-hint-expired', 'note', "VuFind's OpenID Connect logout writes the end-session URL it redirects to, `id_token_hint` included; the ID token had expired an hour before the line was written (still a user's ID token in a log, graded note)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(30, 600), claims: { iss: `https://id.${PK}`, sub: `patron-${digits(rng, 6)}`, aud: 'vufind' } });
      return { value: token, jwt: facts, event: { prio: 'DEBUG', msg: `VuFind\\Auth\\OpenIDConnect: logout redirect https://id.${PK}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fcatalogue.${PK}%2F` } };
    }),
    3,
    plant('negative', 'vufind-post-csrf-hash', 'none', "The form's `csrf` hash in a logged POST: a CSRF token, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { prio: 'DEBUG', msg: `VuFind\\Controller\\HoldsController: place hold POST id=20077&pickUpLocation=harbour-street&csrf=${c}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'vufind' }, filler, render, steps });
}

// =====================================================================================================================
// Tiegezh Kerbrat (Breton; Brest: CEST, UTC+2)
// =====================================================================================================================

const KB = 'kerbrat.example';

// ---------------------------------------------------------------------------------------------------------------------
// kavita20271012.log: Kavita 0.8's Serilog file (`config/logs/kavita.log`, rolled daily): `[Kavita] [yyyy-MM-dd
// HH:mm:ss.fff zzz  <thread>] [<Level>] <SourceContext> <message>`. The OPDS URL with the user's key in its path
// (`/api/opds/<key>`) and the Auth key as read through search (wiki.kavitareader.com); the line template from memory.

function kavitaLog(rng) {
  const stamp = (t) => `${local(t, CEST).slice(0, 10)} ${local(t, CEST).slice(11, 23)} +02:00`;
  const render = (e) => e.kv.map(([lvl, src, msg]) => `[Kavita] [${stamp(e.t)}  ${rng.int(4, 90)}] [${lvl}] ${src} ${msg}`);
  const HOST = 'Microsoft.AspNetCore.Hosting.Diagnostics';
  const filler = (rng) =>
    rng.pick([
      () => ({ kv: [['Information', 'API.Services.Tasks.ScannerService', `[ScannerService] Processed ${rng.int(1, 40)} files and ${rng.int(1, 9)} series in ${rng.int(200, 9000)} milliseconds for Skridoù-sonerezh`]] }),
      () => ({ kv: [['Information', 'API.Services.TaskScheduler', `Scheduling reoccurring tasks`]] }),
      () => ({ kv: [['Debug', 'API.Controllers.ReaderController', `Fetching page ${rng.int(1, 80)} of chapter ${rng.int(100, 900)} (Symfoniezh ${rng.int(1, 9)} - ${rng.pick(['Violin I', 'Viola', 'Kornboud', 'Timbal'])})`]] }),
      () => ({ kv: [['Information', 'API.Services.Tasks.CleanupService', `Cleaning temp directory`]] }),
    ])();
  const steps = [
    3,
    plant('path-secret', 'kavita-opds-url-key-in-path', 'error', WHY.pathSecret("A musician's score reader polls the OPDS feed at `/api/opds/<key>/…`, the user's key in the path (\"your username and password rolled up into one string\"), and Kavita's request log writes it; long-lived until regenerated"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { kv: [['Information', HOST, `Request starting HTTP/1.1 GET http://skridou.${KB}/api/opds/${key}/libraries/2?pageNumber=0 - null null`]] } };
    }),
    3,
    plant('negative', 'kavita-hangfire-job-id', 'none', "A Hangfire background job id: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { kv: [['Information', 'API.Services.TaskScheduler', `Enqueued job ${id} ScanLibrary(2, False)`]] } };
    }),
    3,
    plant('api-key-name', 'kavita-image-apikey-query', 'error', `${WHY.apiKey('apiKey')} Kavita's image endpoints take the user's key as \`apiKey=\`; a cover request of an external reader is written with it.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { kv: [['Information', HOST, `Request starting HTTP/1.1 GET http://skridou.${KB}/api/image/series-cover?seriesId=${rng.int(10, 99)}&apiKey=${key} - null null`]] } };
    }),
    3,
    plant('embed-jwt', 'kavita-request-starting-and-finished-embed-jwt', 'error', "The orchestra's website embeds a score preview through a route of its own (`/embed/<JWT>`) proxied to Kavita; ASP.NET Core's `Request starting` and `Request finished` lines write it with the time and offset. A 1 h token with a `jti`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://lazsenin.${KB}`, skrid: 'symfoniezh-3', lodenn: 'violin-1' } });
      return { value: token, jwt: facts, event: { kv: [['Information', HOST, `Request starting HTTP/1.1 GET http://skridou.${KB}/embed/${token} - null null`], ['Information', HOST, `Request finished HTTP/1.1 GET http://skridou.${KB}/embed/${token} - 200 null text/html ${rng.int(3, 90)}.${digits(rng, 4)}ms`]] } };
    }),
    3,
    plant('oauth-code', 'kavita-oidc-callback-request-starting', 'warning', `${WHY.code} Kavita's OpenID Connect sign-in returns to \`/signin-oidc\`, and the request log writes the callback.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { kv: [['Information', HOST, `Request starting HTTP/1.1 GET http://skridou.${KB}/signin-oidc?code=${code}&state=${rng.b64url(30)}&session_state=${rng.uuid()} - null null`]] } };
    }),
    3,
    plant('refresh-token', 'kavita-refresh-token-failure-debug', 'error', `${WHY.refresh} Kavita's account service logs the refresh request it rejected, token included, at Debug.`, ({ rng }) => {
      const rt = b64Of(String.fromCharCode(...rng.bytes(48))).replace(/=+$/, '');
      return { value: rt, event: { kv: [['Debug', 'API.Services.TokenService', `Fazi: refresh token not valid for user mari-kornboud, refreshToken=${rt}`]] } };
    }),
    3,
    plant('header-dump', 'kavita-scrobble-headers-anilist-bearer', 'error', "The scrobbling service logs the headers of its call to AniList on failure (`Authorization: Bearer <JWT>`, the user's AniList token, which lives a year)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 31536000, age: rng.int(86400, 86400 * 60), claims: { aud: String(rng.int(10000, 99999)), sub: String(rng.int(100000, 999999)), scopes: [] } });
      return { value: token, jwt: facts, event: { kv: [['Warning', 'API.Services.Plus.ScrobblingService', `Fazi o kas ar scrobble: 401, headers {"Authorization": "Bearer ${token}", "Content-Type": "application/json"}`]] } };
    }),
    3,
    plant('negative', 'kavita-cover-image-filename', 'none', "A cover image's file name (`v<volume>_c<chapter>.png`) with a cache hash: no credential.", ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { kv: [['Debug', 'API.Services.ImageService', `Wrote cover covers/v${rng.int(1, 9)}_c${rng.int(10, 99)}_${h}.png`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'kavita' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// funkwhale-compose.log: `docker compose logs -t api celeryworker` of Funkwhale 1.4: `<service>-1  | <RFC 3339 Z>
// <line>`; the API's uvicorn access lines (`INFO:     <ip>:0 - "GET … HTTP/1.1" 200 OK`), Django's logging
// (`<LEVEL> <time> <logger> <message>`), Celery's `[time: LEVEL/ForkPoolWorker-n] …`. From memory (not fetched).

function funkwhaleLog(rng) {
  const render = (e) => e.fw.map(([svc, line]) => `${svc.padEnd(15)}| ${dockerTs(e.t, rng)} ${line}`);
  const api = (line) => ['api-1', line];
  const cel = (line) => ['celeryworker-1', line];
  const acc = (ip, path, status = '200 OK') => api(`INFO:     ${ip}:0 - "GET ${path} HTTP/1.1" ${status}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ fw: [acc(lan(rng, '172.18'), `/api/v1/tracks/?album=${rng.int(10, 99)}&ordering=position&page_size=50`)] }),
      () => ({ fw: [acc(lan(rng, '172.18'), `/api/v1/listen/${rng.uuid()}/?to=ogg`)] }),
      () => ({ fw: [cel(`[${ymdHmsAt(t, 0)},${digits(rng, 3)}: INFO/ForkPoolWorker-${rng.int(1, 4)}] Task music.process_upload[${rng.uuid()}] succeeded in ${(rng.int(100, 9000) / 1000).toFixed(3)}s: None`)] }),
      () => ({ fw: [acc(lan(rng, '172.18'), `/api/v1/albums/?ordering=-creation_date&page=${rng.int(1, 5)}`)] }),
    ])();
  const steps = [
    3,
    plant('negative', 'funkwhale-drf-cursor', 'none', 'A paginated request with its `cursor=` (base64 of the position): a cursor, no credential.', ({ rng, t }) => {
      const c = b64urlOf(`p=2027-10-${pad(rng.int(1, 11))} ${pad(rng.int(10, 23))}:${pad(rng.int(0, 59))}:00.${digits(rng, 6)}+00:00`);
      return { value: c, event: { fw: [acc(lan(rng, '172.18'), `/api/v1/activity/?cursor=${c}`)] } };
    }),
    3,
    plant('api-key-name', 'funkwhale-celery-ticketing-alchwez-url', 'error', `${WHY.apiKey('alchwez')} ("key") The task that publishes concert recordings checks the ticketing API, which takes the key in the query; the task's retry line writes the URL.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, event: { fw: [cel(`[${ymdHmsAt(t, 0)},${digits(rng, 3)}: WARNING/ForkPoolWorker-2] kerbrat.sonadegou: Fazi 503 war https://tikedou.${KB}/api/sonadegou/2027-10-18?alchwez=${key}, adklask a-benn 60 s`)] } };
    }),
    3,
    plant('webhook', 'funkwhale-celery-matrix-hookshot-url', 'error', WHY.webhook("A Matrix hookshot generic webhook (`/webhook/<id>`) that posts new uploads to the orchestra's room; the notification task logs the URL when the post fails"), ({ rng, t }) => {
      const id = rng.b64url(32);
      return { value: id, event: { fw: [cel(`[${ymdHmsAt(t, 0)},${digits(rng, 3)}: ERROR/ForkPoolWorker-1] kerbrat.kemennadennou: Kas d'ar sal Matrix c'hwitet: POST https://hookshot.${KB}/webhook/${id} -> 502`)] } };
    }),
    3,
    plant('framework-dump', 'funkwhale-django-request-post-querydict', 'error', "Django's `django.request` error on an upload writes the request's POST `QueryDict` (a project middleware adds it), the uploader's `ger_tremen` (\"password\") for the private library included.", ({ rng, t }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { fw: [api(`ERROR ${ymdHmsAt(t, 0)},${digits(rng, 3)} django.request Internal Server Error: /api/v1/uploads/ POST=<QueryDict: {'library': ['${rng.uuid()}'], 'import_reference': ['sonadeg-2027-10-05'], 'ger_tremen': ['${pw}']}>`)] } };
    }),
    3,
    plant('encoded', 'funkwhale-rss-subscribe-percent-encoded-feed-key', 'error', "A channel subscription by RSS URL: the orchestra's private podcast feed, percent-encoded in the query, carries its `alchwez` inside (`%3Falchwez%3D…`).", ({ rng, t }) => {
      const key = rng.alnum(28);
      return { value: key, event: { fw: [acc(lan(rng, '172.18'), `/api/v1/channels/rss-subscribe/?url=https%3A%2F%2Fpodkast.${KB}%2Flazsenin%2Ffeed.xml%3Falchwez%3D${key}`)] } };
    }),
    3,
    plant('session-id', 'funkwhale-debug-middleware-cookies-dict', 'error', WHY.session("A debugging middleware left on logs `request.COOKIES` as a dict, Django's `sessionid` included"), ({ rng, t }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { fw: [api(`DEBUG ${ymdHmsAt(t, 0)},${digits(rng, 3)} kerbrat.dalch cookies={'csrftoken': '${rng.alnum(32)}', 'sessionid': '${sid}'}`)] } };
    }),
    3,
    plant('embed-jwt', 'funkwhale-embed-player-jwt-no-exp', 'error', "The orchestra's concert player embedded on partner sites through `/embed/<JWT>/player` (a front route the API answers), a token without `exp`; the access line has docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 5, 86400 * 40), claims: { iss: `https://sonerezh.${KB}`, channel: 'lazsenin-kerbrat', type: 'album', id: rng.int(10, 99) } });
      return { value: token, jwt: facts, event: { fw: [acc(lan(rng, '172.18'), `/embed/${token}/player`)] } };
    }),
    3,
    plant('negative', 'funkwhale-upload-import-reference', 'none', "An upload's `import_reference` (the batch's random name): an identifier, no credential.", ({ rng, t }) => {
      const r = `import-${rng.hex(20)}`;
      return { value: r, event: { fw: [cel(`[${ymdHmsAt(t, 0)},${digits(rng, 3)}: INFO/ForkPoolWorker-3] music.tasks: import batch ${r}: ${rng.int(2, 30)} uploads queued`)] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'funkwhale' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pikaraoke.log: PiKaraoke's log (`[yyyy-mm-dd HH:MM:SS] LEVEL: message`, local time without zone), with the bar's
// patch that lets guests join the queue with a ticket from a QR code. From memory (not fetched).

function pikaraokeLog(rng) {
  const render = (e) => e.pk.map(([lvl, msg]) => `[${ymdHmsAt(e.t, CEST)}] ${lvl}: ${msg}`);
  const songs = ['Tri Martolod', 'Son ar Chistr', 'Bro Gozh ma Zadoù', 'Dancing Queen', 'Ev chistr ta Laou', 'Bohemian Rhapsody'];
  const filler = (rng) =>
    rng.pick([
      () => ({ pk: [['INFO', `Kanaouenn ouzhpennet d'al listenn: ${rng.pick(songs)} (${rng.pick(['Maiwenn', 'Yann', 'Soazig', 'Erwan', 'Gwenola'])})`]] }),
      () => ({ pk: [['INFO', `Playing: /home/pi/pikaraoke-songs/${rng.pick(songs)}---${rng.b64url(11)}.mp4`]] }),
      () => ({ pk: [['DEBUG', `ffmpeg transcode finished in ${rng.int(2, 40)}s`]] }),
      () => ({ pk: [['INFO', `Skipping song, requested by ${lan(rng)}`]] }),
    ])();
  const steps = [
    3,
    plant('implicit-fragment', 'pikaraoke-splash-url-access-token-fragment', 'error', "The splash screen is opened on the bar's sign-in page, and the log writes the address it landed on, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { pk: [['INFO', `Connect the player host to: https://ti-kan.${KB}/skramm#access_token=${at}&token_type=bearer&expires_in=7200`]] } };
    }),
    3,
    plant('negative', 'pikaraoke-youtube-video-id', 'none', "A YouTube video id (`watch?v=<11>`) of a song being downloaded: an identifier, no credential.", ({ rng }) => {
      const v = rng.b64url(11);
      return { value: v, event: { pk: [['INFO', `Downloading video: https://www.youtube.com/watch?v=${v}`]] } };
    }),
    3,
    plant('replay', 'pikaraoke-queue-tiked-once', 'note', WHY.ticketFirst("A guest's single-use ticket (`tiked`, \"ticket\") from the table's QR code, accepted to add a song; the patch logs the request and the guest's address. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(20);
      firstUse.tiked = t;
      return { value: tk, event: { pk: [['INFO', `Tiked degemeret: GET /enqueue?tiked=${tk}&song=Tri+Martolod from 192.168.4.31`]] } };
    }, { ref: 'tiked' }),
    2,
    plant('replay', 'pikaraoke-queue-tiked-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('tiked').value, why: `${WHY.replay('tiked', gap('tiked', t))} Another phone at another table added a song with the same ticket and the patch accepted it again.` }], event: { pk: [['INFO', `Tiked degemeret: GET /enqueue?tiked=${refs.get('tiked').value}&song=Dancing+Queen from 192.168.4.77`]] } }), { replayOf: 'tiked', after: 47 }),
    3,
    plant('api-key-name', 'pikaraoke-lyrics-kod-moned-url', 'error', `${WHY.apiKey('kod_moned')} ("access code") The lyrics service the bar added takes it in the query; the fetch error writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { pk: [['ERROR', `Fazi o tapout ar c'homzoù: https://komzou.${KB}/api/kanaouenn?titl=Son+ar+Chistr&kod_moned=${key} (timeout)`]] } };
    }),
    3,
    plant('path-secret', 'pikaraoke-pedadenn-link', 'error', WHY.pathSecret("The loyalty patch logs the invitation it sends a regular (`/pedadenn/<token>`, \"invitation\"): the link signs them up with the bar's reward"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { pk: [['INFO', `Pedadenn kaset da soazig@example.org: https://ti-kan.${KB}/pedadenn/${tok}`]] } };
    }),
    3,
    plant('negative', 'pikaraoke-nowplaying-cache-buster', 'none', 'A cache buster (`ts=<epoch ms>`) on the now-playing poll: no credential.', ({ rng, t }) => {
      const v = String(t - rng.int(500, 9000));
      return { value: v, event: { pk: [['DEBUG', `GET /nowplaying?ts=${v} 200`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'ti-kan' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lidarr.debug.txt: Lidarr 2's debug log file (NLog: `yyyy-MM-dd HH:mm:ss.f|<Level>|<Logger>|<message>`, local time),
// with its cleanser writing `apikey=(removed)`. From memory (not fetched).

function lidarrLog(rng) {
  const render = (e) => e.ld.map(([lvl, logger, msg]) => `${ymdHmsAt(e.t, CEST)}.${rng.int(0, 9)}|${lvl}|${logger}|${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ld: [['Info', 'RefreshArtistService', `Updating Info for ${rng.pick(['Tri Yann', 'Alan Stivell', 'Denez Prigent', 'ABBA', 'Queen'])}`]] }),
      () => ({ ld: [['Debug', 'HttpClient', `[GET] https://api.lidarr.audio/api/v0.4/artist/${rng.uuid()}: 200.OK (${rng.int(80, 900)} ms)`]] }),
      () => ({ ld: [['Debug', 'DiskScanService', `Scanning /music/karaoke/${rng.pick(['brezhoneg', 'english', 'francais'])}`]] }),
      () => ({ ld: [['Info', 'RssSyncService', `RSS Sync Completed. Reports found: ${rng.int(0, 90)}, Reports grabbed: 0`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'lidarr-cleansed-apikey-removed', 'none', "Lidarr's log cleanser writes the indexer's key as `apikey=(removed)`: a redaction, no credential.", () => ({ value: 'apikey=(removed)', event: { ld: [['Debug', 'HttpClient', `[GET] https://indexer.${KB}/api?t=music&cat=3000&extended=1&apikey=(removed)&offset=0&limit=100: 200.OK (412 ms)`]] } })),
    3,
    plant('api-key-name', 'lidarr-httpclient-alchwez-not-cleansed', 'error', `${WHY.apiKey('alchwez')} The backing-track shop's custom list takes it in the query under its Breton name, which the cleanser does not know; the HTTP client writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ld: [['Debug', 'HttpClient', `[GET] https://stalaf.${KB}/listenn/karaoke.json?alchwez=${key}: 500.InternalServerError (91 ms)`]] } };
    }),
    3,
    plant('encoded', 'lidarr-ntfy-auth-query-base64', 'error', "The ntfy connection posts with ntfy's `auth=` query parameter: base64 (unpadded) of the `Authorization` value, itself `Basic <base64 user:password>`.", ({ rng }) => {
      const auth = b64urlOf(`Basic ${b64Of(`ti-kan:${rng.alnum(16)}`)}`).replace(/=+$/, '');
      return { value: auth, event: { ld: [['Warn', 'NtfyProxy', `Fazi o kas ar gemennadenn: POST https://ntfy.${KB}/karaoke-degemer?auth=${auth} 403.Forbidden`]] } };
    }),
    3,
    plant('webhook', 'lidarr-webhook-power-automate-workflow-sig', 'error', WHY.webhook("A Power Automate workflow trigger URL (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`, Teams' replacement for connectors) set as a Webhook connection; the failure writes it (the `sig` is the secret part)"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { ld: [['Error', 'Webhook', `Unable to post payload https://prod-${rng.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`]] } };
    }),
    3,
    plant('oauth-code', 'lidarr-spotify-import-list-oauth-callback', 'warning', `${WHY.code} The Spotify import list's OAuth flow returns to Lidarr's \`oauth.html\` page; the debug line writes the callback URL.`, ({ rng }) => {
      const code = rng.b64url(48);
      return { value: code, event: { ld: [['Debug', 'SpotifyImportListBase', `OAuth callback http://lidarr.${KB}:8686/oauth.html?code=${code}&state=${rng.alnum(20)}`]] } };
    }),
    3,
    plant('refresh-token', 'lidarr-spotify-token-refresh-body', 'error', `${WHY.refresh} The import list writes the form body of its failed token refresh at Trace, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(131);
      return { value: rt, event: { ld: [['Trace', 'SpotifyImportListBase', `Token refresh failed (400): grant_type=refresh_token&refresh_token=${rt}`]] } };
    }),
    3,
    plant('negative', 'lidarr-musicbrainz-release-id', 'none', 'A MusicBrainz release id (a uuid): an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ld: [['Info', 'ImportApprovedTracks', `Importing release ${id} (Karaoke Breizh vol. 3)`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'lidarr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// middlewared.log: TrueNAS SCALE 24.10's `/var/log/middlewared.log` (local time, no zone): `[yyyy/mm/dd HH:MM:SS]
// (<LEVEL>) <module>.<function>():<line> - <message>`, secrets of its own schemas written as `********`. From memory
// (not fetched).

function truenasLog(rng) {
  const render = (e) => e.tn.map(([lvl, where, msg]) => `[${ymdHmsAt(e.t, CEST).replace(/-/g, '/')}] (${lvl}) ${where} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ tn: [['INFO', 'middlewared.plugins.zettarepl.run_periodic_snapshot_tasks():'+rng.int(100, 400), `Created snapshot tank/gwerennerezh@auto-2027-10-12_${pad(rng.int(0, 23))}-00`]] }),
      () => ({ tn: [['DEBUG', 'middlewared.plugins.smart.run():'+rng.int(60, 200), `SMART test on ${rng.pick(['sda', 'sdb', 'sdc', 'nvme0n1'])} finished`]] }),
      () => ({ tn: [['INFO', 'middlewared.plugins.cloud_sync.sync():'+rng.int(180, 260), `Cloud sync task ${rng.int(1, 4)}: Transferred: ${rng.int(1, 900)} MiB`]] }),
      () => ({ tn: [['WARNING', 'middlewared.alert.source.temperature():44', `Disk temperature ${rng.int(40, 52)}°C (forn room)`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'truenas-masked-cloudsync-credentials', 'none', "middlewared writes a cloud credential's secret fields as `********` in the call it logs: its own redaction, no credential.", () => ({ value: "'secret_access_key': '********'", event: { tn: [['DEBUG', 'middlewared.main.call():1321', "cloudsync.credentials.update(3, {'provider': 'S3', 'attributes': {'access_key_id': 'GWERENN-ARCHIVE', 'secret_access_key': '********'}})"]] } })),
    3,
    plant('framework-dump', 'truenas-rclone-job-args-dict-secret', 'error', "A cloud sync job's failure writes the rclone remote it built as a Python dict; the custom WebDAV remote's `pass` (rclone's obscured form is not used for this app's own remote) is in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { tn: [['ERROR', 'middlewared.plugins.cloud_sync.sync():214', `Cloud sync task 2 failed: remote={'type': 'webdav', 'url': 'https://dielloù.${KB}/remote.php/dav/files/forn/', 'vendor': 'nextcloud', 'user': 'forn-nas', 'pass': '${pw}'}`]] } };
    }),
    3,
    plant('webhook', 'truenas-slack-alert-service-discord-slack-endpoint', 'error', WHY.webhook("The Slack alert service set to Discord's Slack-compatible endpoint (`discord.com/api/webhooks/<id>/<token>/slack`); the failed send writes the URL"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { tn: [['WARNING', 'middlewared.plugins.alert.send_alerts():321', `Failed to send alert via Slack (forn-kemennoù): 404 for url https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}/slack`]] } };
    }),
    3,
    plant('header-dump', 'truenas-api-auth-failure-headers-bearer-api-key', 'error', "An API client's failed call is logged with its request headers as a dict, `Authorization: Bearer <n>-<64>` (a TrueNAS API key) in clear.", ({ rng }) => {
      const key = `${rng.int(2, 9)}-${rng.alnum(64)}`;
      return { value: key, event: { tn: [['WARNING', 'middlewared.restful.do():'+rng.int(300, 400), `Fazi: API call /api/v2.0/pool/dataset denied, headers={'Host': 'nas.${KB}', 'Authorization': 'Bearer ${key}', 'User-Agent': 'forn-sensor/1.3'}`]] } };
    }),
    3,
    plant('implicit-fragment', 'truenas-oauth-popup-location-fragment', 'error', "Setting up a Google Drive credential, the OAuth pop-up's final address (token in the fragment) is logged by the UI's error reporter through middlewared.", ({ rng }) => {
      const at = `ya29.${rng.b64url(120)}`;
      return { value: at, event: { tn: [['ERROR', 'middlewared.plugins.webui.report_error():58', `UI error: OAuth window closed at https://nas.${KB}/ui/credentials/oauth#access_token=${at}&token_type=Bearer&expires_in=3599&scope=drive`]] } };
    }),
    3,
    plant('api-key-name', 'truenas-app-healthcheck-alchwez-url', 'error', `${WHY.apiKey('alchwez')} The furnace monitor app's health check calls the kiln controller with its key in the query; middlewared writes the failing check.`, ({ rng }) => {
      const key = rng.alnum(30);
      return { value: key, event: { tn: [['WARNING', 'middlewared.plugins.apps.health_check():77', `App forn-evezhier unhealthy: GET http://forn-1.${KB}:8080/api/stad?alchwez=${key} timed out`]] } };
    }),
    3,
    plant('negative', 'truenas-replication-snapshot-guid', 'none', "A replication's GUID of the source snapshot: an identifier, no credential.", ({ rng }) => {
      const g = digits(rng, 19);
      return { value: g, event: { tn: [['INFO', 'middlewared.plugins.zettarepl.replicate():'+rng.int(400, 600), `Replication task 1: incremental from guid ${g}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'nas' }, filler, render, steps });
}

// =====================================================================================================================
// Sindhu Sath (Sindhi, Latin transliteration; Hyderabad, Sindh: PKT, UTC+5)
// =====================================================================================================================

const SS = 'sindhusath.example';

// ---------------------------------------------------------------------------------------------------------------------
// FTL.log: Pi-hole v6's `/var/log/pihole/FTL.log` at `debug.api = true` (local time without zone): `yyyy-mm-dd
// HH:MM:SS.mmm [<pid><thread>] <LEVEL>: <message>`. The API's session (`sid`, in the query or `X-FTL-SID`) as the
// documentation says (docs.pi-hole.net/api/auth, read through search); the log lines from memory.

function ftlLog(rng) {
  const render = (e) => e.ftl.map(([lvl, msg]) => `${local(e.t, PKT).slice(0, 10)} ${local(e.t, PKT).slice(11, 23)} [${rng.int(700, 799)}/T${rng.int(800, 830)}] ${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ftl: [['INFO', `Compiled ${rng.int(2, 9)} allow and ${rng.int(1, 30)} deny regex for ${rng.int(20, 90)} clients in ${(rng.int(1, 90) / 10).toFixed(1)} msec`]] }),
      () => ({ ftl: [['DEBUG', `API: GET /api/stats/summary (code 200) from 127.0.0.1`]] }),
      () => ({ ftl: [['INFO', `New client 10.20.${rng.int(1, 4)}.${rng.int(2, 250)} (barf-maidan-${rng.pick(['kiosk', 'scoreboard', 'tablet', 'cam'])}) detected`]] }),
      () => ({ ftl: [['INFO', `Gravity database has been updated, reloading now`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'ftl-csrf-token', 'none', "The API's CSRF token (`X-FTL-CSRF`) the debug line writes: a CSRF token, useless without the session, no credential.", ({ rng }) => {
      const c = rng.b64url(22);
      return { value: c, event: { ftl: [['DEBUG', `API: POST /api/dns/blocking from 10.20.1.14: X-FTL-CSRF: ${c}`]] } };
    }),
    3,
    plant('session-id', 'ftl-api-sid-query', 'error', WHY.session("The rink's scoreboard script calls the API with the session in the query (`?sid=`), which the API debug line writes"), ({ rng }) => {
      const sid = `${rng.b64url(22)}=`.replace(/-/g, '+').replace(/_/g, '/');
      return { value: sid, event: { ftl: [['DEBUG', `API: GET /api/stats/top_domains?count=10&sid=${sid} (code 200) from 10.20.2.40`]] } };
    }),
    3,
    plant('framework-dump', 'ftl-api-auth-request-body-password', 'error', "The API debug line writes the body of `POST /api/auth`, an application password in clear (`{\"password\":\"…\"}`).", ({ rng }) => {
      const pw = rng.b64url(43);
      return { value: pw, event: { ftl: [['DEBUG', `API: POST /api/auth from 10.20.3.9, payload: {"password":"${pw}"}`]] } };
    }),
    3,
    plant('header-dump', 'ftl-api-x-ftl-sid-header', 'error', "The API debug line writes the headers it authenticates with, `X-FTL-SID` (the session) included", ({ rng }) => {
      const sid = `${rng.b64url(22)}=`.replace(/-/g, '+').replace(/_/g, '/');
      return { value: sid, event: { ftl: [['DEBUG', `API: DELETE /api/domains/deny/exact/ads.example from 10.20.1.14: X-FTL-SID: ${sid}`]] } };
    }),
    3,
    plant('negative', 'ftl-app-password-hash', 'none', "The stored application password's hash (`$BALLOON-SHA256$…`) written by the config debug line: a salted hash, no credential.", ({ rng }) => {
      const h = `$BALLOON-SHA256$v=1$s=1024,t=32$${rng.b64url(22)}$${rng.b64url(43)}`;
      return { value: h, event: { ftl: [['DEBUG', `CONFIG: webserver.api.app_pwhash = "${h}"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'pihole' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// filebrowser.log: `docker logs -t filebrowser` of File Browser 2.31: `<RFC 3339 Z> yyyy/mm/dd HH:MM:SS <message>` (Go's
// log), errors as `<path>: <status> <ip> <err>`, command hooks' output. The share download URL
// (`/api/public/dl/<hash>/<file>?token=`) and the `auth=<JWT>` of raw file links (2 h) as in the project's issues (read
// through search); the log lines from memory.

function filebrowserLog(rng) {
  const render = (e) => e.fb.map((msg) => `${dockerTs(e.t, rng)} ${local(e.t, 0).slice(0, 10).replace(/-/g, '/')} ${local(e.t, 0).slice(11, 19)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ fb: [`/api/resources/kuta/${rng.pick(['motu', 'shero', 'rani', 'tiger'])}/: 404 ${lan(rng, '10.30')} <nil>`] }),
      () => ({ fb: [`/api/login: 403 ${lan(rng, '10.30')} <nil>`] }),
      () => ({ fb: [`Upload complete: /sinjaar/2027-10-12/${rng.lowerNum(8)}.jpg`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'filebrowser-static-asset-hash', 'none', "A built asset's content hash in its name: no credential.", ({ rng }) => {
      const h = rng.hex(8);
      return { value: h, event: { fb: [`/static/js/index-${h}.js: 404 ${lan(rng, '10.30')} <nil>`] } };
    }),
    3,
    plant('path-secret', 'filebrowser-public-dl-share-token', 'error', WHY.pathSecret("A password-protected share's direct download link (`/api/public/dl/<hash>/<file>?token=…`): the token downloads the owner's before-and-after photos without the password"), ({ rng }) => {
      const tok = rng.b64url(96);
      return { value: tok, event: { fb: [`/api/public/dl/${rng.alnum(8)}/motu-sinjaar.jpg?token=${tok}: 500 ${lan(rng, '10.30')} write tcp: broken pipe`] } };
    }),
    3,
    plant('session-id', 'filebrowser-raw-auth-jwt-query', 'error', WHY.session("A raw file link with the user's File Browser token in the query (`/api/raw/…?auth=<JWT>`), written with the error; the token is the login session, a JWT of 2 h"), ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7200, age: rng.int(60, 3000), claims: { user: { id: 2, locale: 'en', viewMode: 'mosaic', perm: { admin: false, download: true, share: true } }, iss: 'File Browser' } });
      return { value: token, jwt: facts, event: { fb: [`/api/raw/sinjaar/2027-10-12/rani.jpg?auth=${token}&inline=true: 404 ${lan(rng, '10.30')} <nil>`] } };
    }),
    3,
    plant('api-key-name', 'filebrowser-hook-command-chaabi', 'error', `${WHY.apiKey('chaabi')} ("key") The after-upload hook notifies the salon's booking app with the key in the query; File Browser logs the command it runs.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { fb: [`Running command: curl -fsS https://booking.${SS}/api/tasveer?chaabi=${key}&kuto=rani`] } };
    }),
    3,
    plant('webhook', 'filebrowser-hook-slack-workflow-trigger', 'error', WHY.webhook("A Slack Workflow Builder trigger URL (`hooks.slack.com/triggers/<team>/<id>/<secret>`) the after-upload hook posts to; File Browser logs the command"), ({ rng }) => {
      const sec = rng.hex(32);
      return { value: sec, event: { fb: [`Running command: curl -fsS -X POST https://hooks.slack.com/triggers/T${rng.alnum(10).toUpperCase()}/${digits(rng, 13)}/${sec} -d '{"kuto":"motu"}'`] } };
    }),
    3,
    plant('header-dump', 'filebrowser-hook-curl-basic-header', 'error', "The hook's `curl` to the printer service carries `-H 'Authorization: Basic <base64>'` (user and password) on the command line File Browser logs", ({ rng }) => {
      const b = b64Of(`sinjaar:${rng.alnum(14)}`);
      return { value: b, event: { fb: [`Running command: curl -fsS -H 'Authorization: Basic ${b}' https://print.${SS}/chhapo?file=motu.jpg`] } };
    }),
    3,
    plant('negative', 'filebrowser-resource-checksum', 'none', "A file's MD5 checksum the UI asked for (`checksum=md5` answered in the log): a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { fb: [`Checksum md5 /sinjaar/2027-10-11/shero.jpg = ${h}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'filebrowser' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dawarich.log: `docker logs -t dawarich_app` of Dawarich 0.2x (Rails 8 in production, stdout, tagged with the request
// id): `<RFC 3339 Z> [<uuid>] Started GET "<path>" for <ip> at <yyyy-mm-dd HH:MM:SS +0000>`, `Processing by …`,
// `  Parameters: {…}` (Ruby 3.4's inspect), `Completed …`; `filter_parameters` hides `_key`, `token`… as `[FILTERED]`
// (in the Started line's path as well). From memory (not fetched).

function dawarichLog(rng) {
  const render = (e) => e.rl.map((msg, i) => `${dockerTs(e.t + i * 2, rng)} [${e.rid}] ${msg}`);
  const started = (e, method, path) => `Started ${method} "${path}" for ${e.ip} at ${local(e.t, 0).slice(0, 19).replace('T', ' ')} +0000`;
  const filler = (rng, t) => {
    const rid = rng.uuid();
    return rng.pick([
      () => ({ rid, rl: [`Started GET "/map?start_at=2027-10-12T00:00&end_at=2027-10-12T23:59" for ${lan(rng, '10.40')} at ${local(t, 0).slice(0, 19).replace('T', ' ')} +0000`, 'Processing by MapController#index as HTML', `Completed 200 OK in ${rng.int(40, 900)}ms (Views: ${rng.int(20, 400)}.1ms | ActiveRecord: ${rng.int(2, 90)}.4ms)`] }),
      () => ({ rid, rl: [`Started GET "/api/v1/points?page=${rng.int(1, 9)}" for ${lan(rng, '10.40')} at ${local(t, 0).slice(0, 19).replace('T', ' ')} +0000`, 'Processing by Api::V1::PointsController#index as JSON', `Completed 200 OK in ${rng.int(10, 300)}ms`] }),
    ])();
  };
  const steps = [
    3,
    plant('negative', 'dawarich-filtered-api-key', 'none', "Rails' `filter_parameters` writes the Overland endpoint's `api_key` as `[FILTERED]` in the Started line: a redaction, no credential.", ({ rng, t }) => {
      const e = { ip: lan(rng, '10.40'), t };
      return { value: 'api_key=[FILTERED]', event: { rid: rng.uuid(), rl: [started(e, 'POST', '/api/v1/overland/batches?api_key=[FILTERED]'), 'Processing by Api::V1::Overland::BatchesController#create as JSON', 'Completed 201 Created in 38ms'] } };
    }),
    3,
    plant('api-key-name', 'dawarich-started-and-parameters-chaabi', 'error', `${WHY.apiKey('chaabi')} The pickup vans' tracker app posts to the dry cleaner's own endpoint with the key under its Sindhi name, which \`filter_parameters\` does not match; the Started line and the Parameters line write it.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      const e = { ip: lan(rng, '10.40'), t };
      return { value: key, event: { rid: rng.uuid(), rl: [started(e, 'POST', `/api/v1/gaadi/points?chaabi=${key}`), 'Processing by Api::V1::GaadiPointsController#create as JSON', `  Parameters: {"chaabi" => "${key}", "gaadi" => "van-3", "locations" => [{"lat" => 25.39${digits(rng, 3)}, "lon" => 68.37${digits(rng, 3)}}]}`, 'Completed 201 Created in 44ms'] } };
    }),
    3,
    plant('path-secret', 'dawarich-rasto-share-link', 'error', WHY.pathSecret("The dry cleaner shares a van's live route with a customer awaiting a pickup (`/rasto/share/<token>`, \"route\")"), ({ rng, t }) => {
      const tok = rng.b64url(32);
      const e = { ip: publicIpish(rng), t };
      return { value: tok, event: { rid: rng.uuid(), rl: [started(e, 'GET', `/rasto/share/${tok}`), 'Processing by RastoSharesController#show as HTML', 'Completed 200 OK in 61ms'] } };
    }),
    3,
    plant('oauth-code', 'dawarich-omniauth-oidc-callback', 'warning', `${WHY.code} The OmniAuth OpenID Connect callback's Started line writes the query; \`code\` is not a filtered name.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      const e = { ip: lan(rng, '10.40'), t };
      return { value: code, event: { rid: rng.uuid(), rl: [started(e, 'GET', `/users/auth/openid_connect/callback?code=${code}&state=${rng.hex(48)}`), 'Processing by Users::OmniauthCallbacksController#openid_connect as HTML', 'Redirected to https://track.sindhusath.example/map', 'Completed 302 Found in 120ms'] } };
    }),
    3,
    plant('implicit-fragment', 'dawarich-client-error-report-href', 'error', "A client error reporter posts `location.href` of the driver app's web view, landed with `#access_token=…` from the group's sign-in; the Parameters line writes it (`href` is not a filtered name).", ({ rng, t }) => {
      const at = rng.b64url(44);
      const e = { ip: lan(rng, '10.40'), t };
      return { value: at, event: { rid: rng.uuid(), rl: [started(e, 'POST', '/client_errors'), 'Processing by ClientErrorsController#create as JSON', `  Parameters: {"ghalati" => "TypeError: map is undefined", "href" => "https://track.${SS}/driver#access_token=${at}&token_type=Bearer&expires_in=3600"}`, 'Completed 204 No Content in 5ms'] } };
    }),
    3,
    plant('encoded', 'dawarich-wapsi-base64-json', 'error', "The sign-in page's `wapsi` (\"return\") parameter is base64 JSON the app decodes, with the driver app's `chaabi` inside; the Started line writes it.", ({ rng, t }) => {
      const w = b64Of(JSON.stringify({ path: '/driver', gaadi: 'van-2', chaabi: rng.alnum(30) }));
      const e = { ip: lan(rng, '10.40'), t };
      return { value: w, event: { rid: rng.uuid(), rl: [started(e, 'GET', `/users/sign_in?wapsi=${encodeURIComponent(w)}`), 'Processing by Users::SessionsController#new as HTML', 'Completed 200 OK in 22ms'], }, needle: encodeURIComponent(w) };
    }),
    3,
    plant('embed-jwt', 'dawarich-embed-route-map-expired', 'note', "A customer opens an old embedded route map (`/embed/<JWT>/map`) from a message; the token had expired two days before the Started line (docker's UTC time)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 * 2 + 3600 + rng.int(60, 3000), jti: true, claims: { iss: `https://track.${SS}`, gaadi: 'van-1', grahak: `G-${digits(rng, 5)}` } });
      const e = { ip: publicIpish(rng), t };
      return { value: token, jwt: facts, event: { rid: rng.uuid(), rl: [started(e, 'GET', `/embed/${token}/map`), 'Processing by EmbedsController#map as HTML', 'Completed 410 Gone in 3ms'] } };
    }),
    3,
    plant('replay', 'dawarich-hik-bhero-kod-once', 'note', WHY.ticketFirst("A one-time pairing code (`hik_bhero_kod`, \"one-time code\") a new van's tracker redeems; the Started line writes it. The code is"), ({ rng, t }) => {
      const c = rng.alnum(12).toUpperCase();
      const e = { ip: lan(rng, '10.40'), t };
      return { value: c, event: { rid: rng.uuid(), rl: [started(e, 'POST', `/api/v1/gaadi/pair?hik_bhero_kod=${c}`), 'Processing by Api::V1::GaadiPairingsController#create as JSON', 'Completed 201 Created in 17ms'] } };
    }),
    3,
    plant('negative', 'dawarich-import-job-id', 'none', "An ActiveJob id of an import: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { rid: 'ActiveJob', rl: [`[ImportJob] [${id}] Performing ImportJob (Job ID: ${id}) from Async(imports)`] }, needle: id };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'dawarich' }, filler, render, steps });
}

function publicIpish(rng) {
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// pingvin.log: `docker logs -t pingvin-share` of Pingvin Share 1.x (NestJS backend): `<RFC 3339 Z> [Nest] <pid>  -
// MM/DD/YYYY, h:mm:ss AM/PM <LEVEL, 7 wide> [<Context>] <message>`. Reverse shares (an upload link for someone else)
// as the project's README lists them (read through search); the log lines from memory.

function pingvinLog(rng) {
  const nestTime = (t) => {
    const l = local(t, PKT);
    const h = Number(l.slice(11, 13));
    return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)}, ${h % 12 === 0 ? 12 : h % 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.ng.map(([lvl, ctx, msg]) => `${dockerTs(e.t, rng)} [Nest] 1  - ${nestTime(e.t)} ${lvl.padStart(7)} [${ctx}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ng: [['LOG', 'ShareService', `Share ${rng.alnum(10).toLowerCase()} created with ${rng.int(1, 6)} files (rasid PDF)`]] }),
      () => ({ ng: [['LOG', 'ClamScanService', `ClamAV scan of ${rng.alnum(10).toLowerCase()}: clean`]] }),
      () => ({ ng: [['LOG', 'JobsService', `Deleted ${rng.int(0, 9)} expired shares`]] }),
      () => ({ ng: [['LOG', 'EmailService', `Email kamyab: rasid tayar aahe -> grahak-${digits(rng, 4)}@example.org`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'pingvin-share-id', 'none', "A share's id (its public name, the recipient still needs the password): an identifier, no credential.", ({ rng }) => {
      const id = `dhulai-${rng.lowerNum(10)}`;
      return { value: id, event: { ng: [['LOG', 'ShareService', `Share ${id} protected with a raaz_lafz; expires 2027-10-19`]] } };
    }),
    3,
    plant('path-secret', 'pingvin-reverse-share-upload-link', 'error', WHY.pathSecret("A reverse share (`/upload/<token>`) a customer uses to upload photos of a stained garment: the link lets anyone upload into the dry cleaner's storage"), ({ rng }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { ng: [['LOG', 'ReverseShareService', `Reverse share link sent to grahak-2231@example.org: https://share.${SS}/upload/${tok}`]] } };
    }),
    3,
    plant('id-token', 'pingvin-oidc-verify-id-token-failed', 'error', "The OpenID Connect sign-in logs the ID token it failed to verify (a clock skew), live, with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 300), jti: true, claims: { iss: `https://id.${SS}`, sub: `staff-${digits(rng, 4)}`, aud: 'pingvin', email: 'counter@sindhusath.example' } });
      return { value: token, jwt: facts, event: { ng: [['ERROR', 'OAuthService', `Ghalati: id_token verification failed (iat in the future): ${token}`]] } };
    }),
    3,
    plant('id-token', 'pingvin-oidc-id-token-debug-claims', 'error', "At debug the OpenID Connect service writes the token response's `id_token` before it reads the claims (1 h, no jti, live)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 60), claims: { iss: `https://id.${SS}`, sub: `staff-${digits(rng, 4)}`, aud: 'pingvin' } });
      return { value: token, jwt: facts, event: { ng: [['DEBUG', 'OAuthService', `token response {"token_type":"Bearer","expires_in":3600,"id_token":"${token}"}`]] } };
    }),
    3,
    plant('refresh-token', 'pingvin-auth-invalid-refresh-token', 'error', `${WHY.refresh} The auth service writes the refresh token it could not find (a user whose session was revoked on another device).`, ({ rng }) => {
      const rt = rng.uuid();
      return { value: rt, event: { ng: [['WARN', 'AuthService', `Refresh token not found: ${rt}`]] } };
    }),
    3,
    plant('framework-dump', 'pingvin-config-update-smtp-password', 'error', "The config service logs the admin's change of the SMTP settings as the request body's JSON, `smtp.password` in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ng: [['DEBUG', 'ConfigService', `updateMany [{"key":"smtp.host","value":"mail.${SS}"},{"key":"smtp.username","value":"rasid@${SS}"},{"key":"smtp.password","value":"${pw}"}]`]] } };
    }),
    3,
    plant('implicit-fragment', 'pingvin-frontend-error-location-fragment', 'error', "The frontend's error report relayed to the backend log writes the page's `location.href` after an OpenID Connect redirect in implicit mode (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ng: [['WARN', 'ClientLogController', `frontend ghalati at https://share.${SS}/auth/callback#access_token=${at}&token_type=Bearer&expires_in=3600: Cannot read properties of undefined`]] } };
    }),
    3,
    plant('negative', 'pingvin-file-sha-checksum', 'none', "A stored file's SHA-256 in the upload line: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ng: [['LOG', 'FileService', `Stored dagh-${rng.int(100, 999)}.jpg sha256=${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'pingvin' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout74');
writePart(join(here, 'heldout74'), {
  'ezproxy.log': ezproxyLog(rng),
  'osrfsys.log': osrfLog(rng),
  'log.txt': erddapLog(rng),
  'threddsServlet.log': threddsLog(rng),
  'vufind.log': vufindLog(rng),
  'kavita20271012.log': kavitaLog(rng),
  'funkwhale-compose.log': funkwhaleLog(rng),
  'pikaraoke.log': pikaraokeLog(rng),
  'lidarr.debug.txt': lidarrLog(rng),
  'middlewared.log': truenasLog(rng),
  'FTL.log': ftlLog(rng),
  'filebrowser.log': filebrowserLog(rng),
  'dawarich.log': dawarichLog(rng),
  'pingvin.log': pingvinLog(rng),
});
