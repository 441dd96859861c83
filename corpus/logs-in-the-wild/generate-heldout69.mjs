// Writes corpus/logs-in-the-wild/heldout69/: a sixty-ninth held-out part, in formats no other part uses (a Cantaloupe 5
// IIIF image server's application log, ArchivesSpace 3's archivesspace.out, a Snipe-IT 7 `laravel.log`, the BrewPi
// script's stderr log, a Kegbot Server log, an OpenOlat `olat.log`, a LibreBooking `app.log` through log4php, an
// e2guardian 5 access log, `docker logs -t` of MiroTalk SFU, an Audiobookshelf daily log, RapidPro Courier's logrus
// output, an OpenEMS Edge log, `docker logs -t` of a SvelteKit adapter-node app on Coolify, LemonLDAP::NG through
// `journalctl -o short-iso`), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout69.mjs     rewrites heldout69/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Quayside Museum & Gallery, a Bristol museum and art gallery in a former bonded warehouse with its own
// brewery and taproom (English, five logs); Bilim Köpürö ("bridge of knowledge"), a group of tutoring centres in Bishkek
// with a summer kayak and canoe rental (Köl Kayyk) at Cholpon-Ata on Issyk-Kul (Kyrgyz in Latin transliteration: messages
// where an app shows them, routes, parameter, header and key names; English code names; five logs); Ŋdɔtsi Agbledelawo
// Habɔbɔ, a solar-powered irrigation cooperative near Kpalimé (Togo) whose members run food trucks in Lomé (Ewe: messages
// where an app shows them, in Ewe letters; routes, parameter and key names in Ewe without its special letters; four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Bristol in early October (BST, UTC+1), Bishkek (UTC+6), Kpalimé and Lomé (UTC). */
const BST = 60;
const KGT = 360;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Docker's `--timestamps` prefix: RFC 3339 with nanoseconds, UTC (`ns` below a million, growing line by line). */
const dockerTs = (t, ns) => `${iso(t).slice(0, 23)}${pad(ns, 6)}Z`;
/** The sub-millisecond parts of an entry's lines: a random start, then increasing. */
const subMs = (rng, count, step) => { const start = rng.int(0, 999999 - count * step); return Array.from({ length: count }, (_, i) => start + i * step); };

// =====================================================================================================================
// Quayside Museum & Gallery (English; Bristol: BST, UTC+1)
// =====================================================================================================================

const QM = 'quayside-museum.example';

// ---------------------------------------------------------------------------------------------------------------------
// cantaloupe-application.log: a Cantaloupe 5.0 IIIF image server's application log (file appender, local time, no zone):
// `yyyy-MM-dd HH:mm:ss.SSS [<thread>] <LEVEL, 5 wide> <logger, abbreviated> - <message>`, at DEBUG: the request line,
// the request headers, the delegate script's messages, HttpSource's requests, the derivative cache.
// https://cantaloupe-project.github.io/manual/5.0/logging.html (from memory, not fetched).

function cantaloupeLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)}.${msPart(t)}`;
  const render = (e) => e.cl.map(([lvl, logger, msg]) => `${stamp(e.t)} [qtp1481395006-${e.thr ?? 40}] ${lvl.padEnd(5)} ${logger} - ${msg}`);
  const IR = 'e.i.l.c.resource.iiif.v3.ImageResource';
  const IFR = 'e.i.l.c.resource.iiif.v3.InformationResource';
  const HS = 'e.i.l.c.source.HttpSource';
  const DP = 'e.i.l.c.script.DelegateProxy';
  const ids = ['QM-1887-0412', 'QM-1924-0077', 'QM-2003-1150', 'QM-1955-0308', 'QM-1899-2231'];
  const filler = (rng) => {
    const id = rng.pick(ids);
    const thr = rng.int(20, 60);
    return rng.pick([
      () => ({ thr, cl: [['INFO', IR, `Handling GET /iiif/3/${id}/full/${rng.pick(['max', '1200,', '!800,800', '400,'])}/0/default.jpg`]] }),
      () => ({ thr, cl: [['INFO', IFR, `Handling GET /iiif/3/${id}/info.json`]] }),
      () => ({ thr, cl: [['DEBUG', 'e.i.l.c.processor.KakaduNativeProcessor', `readRegion(): reading ${id}.jp2 at reduction factor ${rng.int(0, 4)} (${rng.int(200, 3000)} ms)`]] }),
      () => ({ thr, cl: [['DEBUG', 'e.i.l.c.cache.HeapCache', `get(): hit for ${id}/full/max/0/default.jpg`]] }),
      () => ({ thr, cl: [['INFO', 'e.i.l.c.resource.RequestContext', `Responded to GET /iiif/3/${id}/info.json with HTTP 200 in ${rng.int(3, 90)} ms`]] }),
    ])();
  };
  const steps = [
    3,
    plant('negative', 'cantaloupe-derivative-cache-md5-name', 'none', "The filesystem derivative cache names files by the MD5 of the identifier and of the operation list: a hash, no credential.", ({ rng }) => {
      const h = `${rng.hex(32)}_${rng.hex(32)}`;
      return { value: h, event: { cl: [['DEBUG', 'e.i.l.c.cache.FilesystemCache', `put(): wrote /var/cache/cantaloupe/image/${h}.jpg`]] } };
    }),
    4,
    plant('api-key-name', 'cantaloupe-httpsource-head-dams-key', 'error', `${WHY.apiKey('dams_key')} The delegate script builds the source URL of an object's master image on the digital asset system with the key in its query, and HttpSource writes the request it sends at DEBUG.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { cl: [['DEBUG', HS, `request(): requesting HEAD https://dams.${QM}/api/v2/assets/QM-1978-0031/original?dams_key=${key} (timeout 30s)`]] } };
    }),
    4,
    plant('header-dump', 'cantaloupe-request-headers-iiif-auth-bearer', 'error', "Cantaloupe writes the request headers at DEBUG, one `Name: value` pair after another on one line; the viewer sends the IIIF Authorization Flow access token of a logged-in researcher as `Authorization: Bearer <token>` (opaque, from the museum's access-token service): a bearer credential.", ({ rng }) => {
      const tok = `qmat_${rng.b64url(43)}`;
      return { value: tok, event: { cl: [['DEBUG', 'e.i.l.c.resource.AbstractResource', `Request headers: Accept: image/avif,image/webp,*/*; Accept-Encoding: gzip, br; Authorization: Bearer ${tok}; Host: iiif.${QM}; Origin: https://collection.${QM}; X-Forwarded-For: ${publicIp(rng)}`]] } };
    }),
    4,
    plant('encoded', 'cantaloupe-iiif-identifier-url-double-encoded-access-key', 'error', "A partner's viewer asks for an image by a URL identifier percent-encoded twice (`https%253A%252F%252F…%253Faccess_key%253D<key>`), as IIIF identifiers holding a URL are; decoded twice it is the partner archive's image URL with its API key.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cl: [['INFO', IR, `Handling GET /iiif/3/https%253A%252F%252Fimages.westcountry-archive.example%252Fapi%252Fimg%252F5521%253Faccess_key%253D${key}/full/max/0/default.jpg`]] } };
    }),
    4,
    plant('path-secret', 'cantaloupe-delegate-loan-preview-link', 'error', WHY.pathSecret("The delegate script resolves a loan object's identifier to the lender's private preview link (`/preview/<token>/…`) and logs it"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { cl: [['DEBUG', DP, `httpsource_resource_info(): LOAN-2027-014 -> https://loans.northcliffe-collection.example/preview/${tok}/scan-0412.tif`]] } };
    }),
    4,
    plant('framework-dump', 'cantaloupe-delegate-context-ruby-hash-cookie', 'error', "The delegate script logs its whole `context` (a Ruby hash) when an authorization check fails; its `cookies` hash holds the museum's research-room session cookie (`qm_reading`), which logs the researcher in.", ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { cl: [['WARN', DP, `pre_authorize(): denied, context={"client_ip"=>"${publicIp(rng)}", "cookies"=>{"qm_reading"=>"${sid}", "_ga"=>"GA1.1.${digits(rng, 10)}.${digits(rng, 10)}"}, "identifier"=>"QM-1931-0904", "request_uri"=>"https://iiif.${QM}/iiif/3/QM-1931-0904/full/max/0/default.jpg"}`]] } };
    }),
    4,
    plant('negative', 'cantaloupe-response-etag', 'none', "The info.json response's ETag (`W/\"<hex>\"`): a validator of the cached document, no credential.", ({ rng }) => {
      const e = rng.hex(40);
      return { value: e, event: { cl: [['DEBUG', 'e.i.l.c.resource.AbstractResource', `Response headers: Cache-Control: public, max-age=2592000; Content-Type: application/ld+json;profile="http://iiif.io/api/image/3/context.json"; ETag: W/"${e}"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'iiif' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// archivesspace.out: ArchivesSpace 3.5's logs/archivesspace.out (backend, frontend and public UI in one file, local
// time, no zone): Ruby Logger's `<L>, [<yyyy-mm-ddTHH:MM:SS.ffffff> #<pid>] <LEVEL> -- : Thread-<n>: <message>`, Rails'
// `Started …`, `Processing by …`, `Parameters: {…}` (Ruby 3.4 hash inspect), the backend's `Post-processed params:`.
// https://archivesspace.github.io/tech-docs/ (from memory, not fetched); the backend's messages from memory.

function archivesSpaceLog(rng) {
  const stamp = (t, us) => `${local(t, BST).slice(0, 19)}.${pad(Math.floor(us / 1000) % 1000000, 6)}`;
  const render = (e, rng) => {
    const sub = subMs(rng, e.as.length, 41000);
    return e.as.map(([lvl, msg], i) => `${lvl[0]}, [${stamp(e.t + Math.floor(sub[i] / 1000000), (Number(msPart(e.t)) * 1000000 + sub[i]))} #${e.pid ?? 3120}] ${lvl.padStart(5)} -- : Thread-${e.thr ?? 3400}: ${msg}`);
  };
  const filler = (rng, t) => {
    const thr = rng.int(3300, 3600);
    return rng.pick([
      () => ({ thr, as: [['INFO', `Started GET "/repositories/2/resources/${rng.int(10, 400)}" for ${publicIp(rng)} at ${ymdHmsAt(t, BST)} +0100`], ['INFO', `Completed 200 OK in ${rng.int(20, 900)}ms (Views: ${rng.int(5, 300)}.0ms | ActiveRecord: 0.0ms)`]] }),
      () => ({ thr, as: [['DEBUG', `GET /repositories/2/archival_objects/${rng.int(1000, 9000)} [session: true]`], ['DEBUG', `Responded with [200, {"Content-Type"=>"application/json"}, ["{\\"lock_version\\":${rng.int(0, 9)},\\"title\\":\\"Ledger, bonded stores\\"…"]] in ${rng.int(10, 300)}ms`]] }),
      () => ({ thr, as: [['INFO', `Indexed ${rng.int(10, 200)} records in ${rng.int(1, 40)} seconds (PUI indexer, repository 2)`]] }),
      () => ({ thr, as: [['INFO', `Started GET "/search?q[]=${rng.pick(['tobacco', 'bonded+warehouse', 'harbour+railway', 'brewery+ledger'])}&op[]=&field[]=" for ${publicIp(rng)} at ${ymdHmsAt(t, BST)} +0100`]] }),
    ])();
  };
  const steps = [
    3,
    plant('oauth-code', 'archivesspace-pui-omniauth-callback-started-and-parameters', 'warning', `${WHY.code} The public UI signs researchers in through the aspace-oauth plugin; Rails writes the callback in its \`Started GET\` line and again in \`Parameters:\`.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      const state = rng.hex(48);
      return { value: code, event: { thr: 3412, as: [['INFO', `Started GET "/auth/openid_connect/callback?code=${code}&state=${state}" for ${publicIp(rng)} at ${ymdHmsAt(t, BST)} +0100`], ['INFO', 'Processing by OmniauthCallbacksController#openid_connect as HTML'], ['INFO', `  Parameters: {"code" => "${code}", "state" => "${state}", "provider" => "openid_connect"}`], ['INFO', 'Redirected to https://archive.quayside-museum.example/my/requests'], ['INFO', `Completed 302 Found in ${rng.int(120, 600)}ms`]] } };
    }),
    4,
    plant('negative', 'archivesspace-rails-authenticity-token', 'none', "Rails' `authenticity_token` in the `Parameters:` of a search form: a CSRF token, no credential.", ({ rng }) => {
      const tok = rng.b64url(86);
      return { value: tok, event: { thr: 3440, as: [['INFO', 'Processing by SearchController#search as HTML'], ['INFO', `  Parameters: {"authenticity_token" => "${tok}", "q" => ["tea clipper"], "limit" => "digital_object"}`]] } };
    }),
    4,
    plant('framework-dump', 'archivesspace-backend-post-processed-params-password', 'error', "The backend writes the parameters of every request at DEBUG after processing them (`Post-processed params: {…}`), the login's `password` included: the staff account's password in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { thr: 3388, as: [['DEBUG', 'POST /users/j.whitcombe/login [session: nil]'], ['DEBUG', `Post-processed params: {"password"=>"${pw}", "expiring"=>false, "username"=>"j.whitcombe"}`]] } };
    }),
    4,
    plant('session-id', 'archivesspace-frontend-backend-request-session-header', 'error', WHY.session("The staff frontend writes its call to the backend with the headers it sends at DEBUG, `X-ArchivesSpace-Session` included (the backend's session token for the logged-in archivist)"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { thr: 3501, as: [['DEBUG', `Backend request GET /repositories/2/top_containers/search?q=location%3A%22Bond+B%22 headers={"Accept"=>"application/json", "X-ArchivesSpace-Session"=>"${sid}"}`]] } };
    }),
    4,
    plant('path-secret', 'archivesspace-pui-reading-room-confirm-link', 'error', WHY.pathSecret("The public UI's request mailer logs the confirmation link of a reading-room request (`/requests/confirm/<token>`), which confirms the visit and opens the request's details"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { thr: 3466, as: [['INFO', `Sent reading room request confirmation to l.mbeki@example.net: https://archive.${QM}/requests/confirm/${tok}`]] } };
    }),
    4,
    plant('negative', 'archivesspace-ark-identifier', 'none', "An ARK minted for an archival object (`ark:/<NAAN>/<name>`): a persistent public identifier, no credential.", ({ rng }) => {
      const ark = `ark:/99166/qm${lowerNum(rng, 12)}`;
      return { value: ark, event: { thr: 3390, as: [['INFO', `Minted ${ark} for /repositories/2/archival_objects/${rng.int(1000, 9000)}`]] } };
    }),
    4,
    plant('webhook', 'archivesspace-job-notify-ryver-incoming-webhook', 'error', WHY.webhook("A Ryver incoming webhook (`<org>.ryver.com/application/webhook/<token>`) a job-notification plugin posts to; its warning writes the URL (the token in the path is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(30);
      return { value: tok, event: { thr: 3333, as: [['WARN', `job_notify: POST https://quayside.ryver.com/application/webhook/${tok} failed: 502 Bad Gateway (import job 118 finished)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'aspace' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snipeit-laravel.log: a Snipe-IT 7 `storage/logs/laravel.log` (the museum's equipment and loan-kit register): Monolog's
// LineFormatter as Laravel configures it, `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON> []`,
// line breaks kept (an exception's `[stacktrace]`), app timezone Europe/London, no zone written.
// https://laravel.com/docs/11.x/logging (from memory, not fetched); Snipe-IT's messages from memory.

function snipeItLog(rng) {
  const stamp = (t) => ymdHmsAt(t, BST);
  const render = (e) => [`[${stamp(e.t)}] production.${e.lv}: ${e.msg}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ lv: 'INFO', msg: `Checkout of asset QM-AV-${digits(rng, 4)} to user ${rng.int(2, 90)} by admin ${rng.int(1, 5)} {"userId":${rng.int(1, 5)}} []` }),
      () => ({ lv: 'DEBUG', msg: `LDAP sync: ${rng.int(0, 12)} users updated, ${rng.int(0, 3)} created {"userId":null} []` }),
      () => ({ lv: 'INFO', msg: `Sent expected checkin reminder for ${rng.int(1, 9)} assets {"userId":null} []` }),
      () => ({ lv: 'DEBUG', msg: `Label generated for QM-LOAN-${digits(rng, 3)} (Brother QL-820NWB, 62mm) {"userId":${rng.int(1, 5)}} []` }),
    ])();
  const trace = (lines) => lines.map((l, i) => `#${i} ${l}`).join('\n');
  const steps = [
    3,
    plant('api-key-name', 'snipeit-guzzle-client-exception-partner-api-key', 'error', `${WHY.apiKey('partner_api_key')} The crate-tracking sync calls the fine-art shipper's API with the key in the query; Guzzle's ClientException message, which Laravel writes with its stack trace, carries the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      const msg = `Client error: \`GET https://api.fineart-shippers.example/v1/crates/QM-LOAN-207/status?partner_api_key=${key}\` resulted in a \`401 Unauthorized\` response`;
      return { value: key, event: { lv: 'ERROR', msg: `${msg} {"userId":null,"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): ${msg} at /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111)\n[stacktrace]\n${trace(['/var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\\\Exception\\\\RequestException::create()', '/var/www/html/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\\\Middleware::GuzzleHttp\\\\{closure}()', '/var/www/html/app/Console/Commands/SyncCrates.php(48): GuzzleHttp\\\\Client->get()', '{main}'])}\n"} []` } };
    }),
    4,
    plant('negative', 'snipeit-exception-input-csrf-token', 'none', "The `_token` in the input Laravel adds to a validation failure's context: the form's CSRF token, no credential.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lv: 'WARNING', msg: `Validation failed for asset checkout {"userId":3,"input":{"_token":"${tok}","checkout_to_type":"user","assigned_user":"41","expected_checkin":"2027-10-19"},"errors":{"expected_checkin":["The expected checkin must be a date after today."]}} []` } };
    }),
    4,
    plant('webhook', 'snipeit-general-webhook-campfire-bot-url', 'error', WHY.webhook("A Campfire (ONCE) bot URL (`/rooms/<room>/<bot id>-<bot token>/messages`) set as Snipe-IT's general webhook; the failed test notification writes the endpoint (the bot key in the path is the secret part)"), ({ rng }) => {
      const key = `${rng.int(2, 40)}-${rng.alnum(12)}`;
      return { value: key, event: { lv: 'ERROR', msg: `Webhook test notification failed {"userId":1,"webhook_endpoint":"https://campfire.${QM}/rooms/${rng.int(2, 30)}/${key}/messages","webhook_channel":"#av-loans","status":504} []` } };
    }),
    4,
    plant('session-id', 'snipeit-exception-context-encrypted-session-cookie', 'error', WHY.session("A custom exception handler adds the request's cookies to the context; `snipeit_session` is Laravel's encrypted session cookie (base64 of `{\"iv\":…,\"value\":…,\"mac\":…}`), which the app decrypts back into the user's session"), ({ rng }) => {
      const c = b64Of(JSON.stringify({ iv: b64Of(rng.bytes(16).toString('latin1')), value: b64Of(rng.bytes(96).toString('latin1')), mac: rng.hex(64), tag: '' }));
      return { value: c, event: { lv: 'ERROR', msg: `Unhandled exception on /hardware/bulkedit {"userId":7,"url":"https://assets.${QM}/hardware/bulkedit","cookies":{"snipeit_session":"${c}"}} []` } };
    }),
    4,
    plant('header-dump', 'snipeit-debug-request-headers-basic', 'error', "The loan-kit sync logs the headers of its request to the collections database at DEBUG as Guzzle's array of arrays (`{\"Authorization\":[\"Basic <base64>\"],…}`): the sync account's login.", ({ rng }) => {
      const b = b64Of(`svc_snipeit:${rng.alnum(20)}`);
      return { value: b, event: { lv: 'DEBUG', msg: `Collections API request {"userId":null,"method":"GET","uri":"https://collections.${QM}/api/objects?loaned=1","headers":{"User-Agent":["GuzzleHttp/7"],"Authorization":["Basic ${b}"],"Accept":["application/json"]}} []` } };
    }),
    4,
    plant('negative', 'snipeit-asset-serial', 'none', "A projector's serial number in an audit line: an identifier, no credential.", ({ rng }) => {
      const s = `EPS${upperNum(rng, 13)}`;
      return { value: s, event: { lv: 'INFO', msg: `Asset audited {"userId":4,"asset_tag":"QM-AV-0318","serial":"${s}","location":"Gallery 3"} []` } };
    }),
    4,
    plant('refresh-token', 'snipeit-socialite-google-token-debug-refreshtoken', 'error', `${WHY.refresh} The Google sign-in (Laravel Socialite) logs the token it received at DEBUG, \`refreshToken\` included (a Google refresh token, \`1//…\`).`, ({ rng }) => {
      const rt = `1//0${rng.b64url(100)}`;
      return { value: rt, event: { lv: 'DEBUG', msg: `Google login token {"userId":null,"token":"ya29.[hidden]","refreshToken":"${rt}","expiresIn":3599} []` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'assets' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// brewpi-stderr.txt: the BrewPi script's logs/stderr.txt (brewpi.py on the brewery's Raspberry Pi, talking to a BrewPi
// Spark; local time, no zone): `Mmm dd yyyy HH:MM:SS   <message>`, `Notification: …`, `Error: …`, Python tracebacks
// without a prefix.
// https://github.com/BrewPi/brewpi-script (from memory, not fetched): the time prefix and messages from memory.

function brewPiLog(rng) {
  const stamp = (t) => { const l = local(t, BST); return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(0, 4)} ${l.slice(11, 19)}`; };
  const render = (e) => e.bp.map((x) => (x.startsWith('\t') || x.startsWith(' ') || x.startsWith('Traceback') || /^[a-z]+\./.test(x) ? x : `${stamp(e.t)}   ${x}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ bp: [`Notification: Beer temperature ${(rng.int(180, 210) / 10).toFixed(1)} C, fridge ${(rng.int(150, 200) / 10).toFixed(1)} C, mode b`] }),
      () => ({ bp: [`Notification: Controller sent: {"BeerTemp":${(rng.int(180, 210) / 10).toFixed(2)},"BeerSet":19.50,"FridgeTemp":${(rng.int(150, 200) / 10).toFixed(2)},"State":${rng.int(0, 4)}}`] }),
      () => ({ bp: ['Notification: Received new settings from web interface: {"beerSet": 19.5}'] }),
      () => ({ bp: [`Notification: logged to data/Harbour-Porter-2027-10/Harbour-Porter-2027-10-05.json (${rng.int(100, 900)} points)`] }),
    ])();
  const steps = [
    plant('negative', 'brewpi-spark-device-id', 'none', "The BrewPi Spark's device id (24 hex digits, the Particle device id): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { bp: ['Notification: Script started for beer \'Harbour Porter\'', `Checking software version on /dev/ttyACM0... Found BrewPi v0.2.13 build unknown, running on a Particle Photon with a V2 shield, device id ${id}`] } };
    }, { after: 0 }),
    4,
    plant('api-key-name', 'brewpi-post-taproom-board-brew-key', 'error', `${WHY.apiKey('brew_key')} A local patch posts each reading to the taproom's "what's fermenting" board with the key in the query; the error line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { bp: [`Error: could not post reading to https://taps.${QM}/api/ferment?brew_key=${key}&fv=FV3: HTTP Error 502: Bad Gateway`] } };
    }),
    4,
    plant('webhook', 'brewpi-requests-traceback-discord-webhook-path-only', 'error', WHY.webhook("A Discord webhook the patch posts temperature alarms to; the `requests` ConnectionError writes only the path (`url: /api/webhooks/<id>/<token>?wait=true`) beside the host `discord.com` (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { bp: ['Error: temperature alarm not delivered', 'Traceback (most recent call last):', '  File "/home/brewpi/brewpi.py", line 912, in sendAlarm', '    r = requests.post(ALARM_URL, json=payload, timeout=10)', `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='discord.com', port=443): Max retries exceeded with url: /api/webhooks/${digits(rng, 19)}/${tok}?wait=true (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f4a2c1d90>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))`] } };
    }),
    4,
    plant('encoded', 'brewpi-env-remote-config-base64-json', 'error', "The patch logs the remote-logging settings it read from the environment as they are stored, base64 JSON (`BREWPI_REMOTE=<base64>`), whose `key` is the brewery's logging-service API key.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ url: 'https://brewlog.quayside-museum.example/ingest', key: rng.alnum(36), fv: 'FV3' }));
      return { value: b, event: { bp: [`Notification: remote logging enabled from environment BREWPI_REMOTE=${b}`] } };
    }),
    4,
    plant('negative', 'brewpi-firmware-sha256', 'none', "The SHA-256 of the firmware file the updater checks: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { bp: [`Notification: firmware file brewpi-photon-v0.2.13.bin sha256 ${h} verified`] } };
    }),
    3,
    plant('path-secret', 'brewpi-firmware-download-share-link', 'error', WHY.pathSecret("The updater fetches a firmware build from the brewer's file-share link (`/s/<token>/…`) and logs the URL"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { bp: [`Notification: downloading firmware from https://files.${QM}/s/${tok}/download/brewpi-photon-v0.2.13.bin`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'brewpi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kegbot.log: a Kegbot Server (Django) log for the taproom's taps (local time, no zone):
// `yyyy-mm-dd HH:MM:SS,mmm <LEVEL, 8 wide> (<logger>) <message>`, the core's pour and session messages, the Untappd
// plugin, the API's debug lines.
// https://kegbot.org/docs/server/ (from memory, not fetched); the line layout and messages from memory.

function kegbotLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.kb.map(([lvl, logger, msg]) => `${stamp(e.t)} ${lvl.padEnd(8)} (${logger}) ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ kb: [['INFO', 'pykeg.core.backend', `Recorded drink ${rng.int(9000, 9999)}: ${rng.int(180, 580)} mL on tap ${rng.int(1, 6)} (${rng.pick(['Harbour Porter', 'Bonded Pale', 'Dock Leaves IPA', 'Crane Lager'])})`]] }),
      () => ({ kb: [['DEBUG', 'pykeg.web.api', `GET /api/taps/ 200 (${rng.int(3, 40)} ms)`]] }),
      () => ({ kb: [['INFO', 'pykeg.core.models', `Keg ${rng.int(40, 90)} level ${rng.int(5, 95)}%`]] }),
      () => ({ kb: [['DEBUG', 'pykeg.backend.kegboard', `kegboard.flow${rng.int(0, 3)} ticks=${rng.int(100, 9000)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'kegbot-drinking-session-number', 'none', "Kegbot's drinking session (a run of pours close in time, `DrinkingSession <n>`): the name says session, the value is a counter, no credential.", ({ rng }) => {
      const n = `DrinkingSession ${rng.int(91000, 91999)}`;
      return { value: n, event: { kb: [['INFO', 'pykeg.core.models', `${n} started at tap 2`]] } };
    }),
    3,
    plant('api-key-name', 'kegbot-api-debug-headers-x-kegbot-api-key', 'error', `${WHY.apiKey('X-Kegbot-Api-Key')} The API logs the headers of the tap controller's request at DEBUG as a Python dict.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { kb: [['DEBUG', 'pykeg.web.api', `POST /api/taps/kegboard.flow1/activate from ${lan(rng)} headers={'Content-Type': 'application/json', 'X-Kegbot-Api-Key': '${key}', 'User-Agent': 'kegbot-pycore/1.3'}`]] } };
    }),
    4,
    plant('oauth-code', 'kegbot-untappd-plugin-callback-debug', 'warning', `${WHY.code} The Untappd plugin logs the callback URL it was sent back to when a drinker links an account.`, ({ rng }) => {
      const code = rng.hex(40).toUpperCase();
      return { value: code, event: { kb: [['DEBUG', 'pykeg.contrib.untappd', `OAuth callback https://kegbot.${QM}/account/plugin/untappd/redirect/?code=${code}&state=${rng.hex(32)}`]] } };
    }),
    4,
    plant('api-key-name', 'kegbot-untappd-api-client-secret-query', 'error', `${WHY.apiKey('client_secret')} Untappd's API takes the app's \`client_id\` and \`client_secret\` in the query for public calls; the plugin's error writes the URL.`, ({ rng }) => {
      const sec = rng.hex(40).toUpperCase();
      return { value: sec, event: { kb: [['WARNING', 'pykeg.contrib.untappd', `Beer lookup failed (429): https://api.untappd.com/v4/beer/info/${rng.int(100000, 999999)}?client_id=${rng.hex(40).toUpperCase()}&client_secret=${sec}`]] } };
    }),
    4,
    plant('session-id', 'kegbot-plugin-request-cookies-dict-sessionid', 'error', WHY.session("A plugin's error prints `request.COOKIES` as a Python dict, Django's `sessionid` included (the taproom manager's admin session)"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { kb: [['ERROR', 'pykeg.contrib.webhook', `Save failed for /account/plugin/webhook/; request.COOKIES={'django_language': 'en-gb', 'sessionid': '${sid}'}`]] } };
    }),
    4,
    plant('negative', 'kegbot-csrfmiddlewaretoken-post-debug', 'none', "Django's `csrfmiddlewaretoken` in a logged form post: a CSRF token, no credential.", ({ rng }) => {
      const tok = rng.alnum(64);
      return { value: tok, event: { kb: [['DEBUG', 'pykeg.web.kegadmin', `POST /kegadmin/kegs/new/ data=<QueryDict: {'csrfmiddlewaretoken': ['${tok}'], 'beverage_name': ['Crane Lager'], 'keg_type': ['euro-50']}>`]] } };
    }),
    4,
    plant('path-secret', 'kegbot-invitation-link', 'error', WHY.pathSecret("Kegbot logs the invitation it mailed to a new drinker with its link (`/accounts/invitation/<code>/`), which registers whoever opens it"), ({ rng }) => {
      const code = rng.b64url(24);
      return { value: code, event: { kb: [['INFO', 'pykeg.core.models', `Sent invitation to s.achterberg@example.org: https://kegbot.${QM}/accounts/invitation/${code}/`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'kegbot' }, filler, render, steps });
}

// =====================================================================================================================
// Bilim Köpürö (Kyrgyz; Bishkek and Cholpon-Ata: UTC+6)
// =====================================================================================================================

const BK = 'bilimkopuro.example';

// ---------------------------------------------------------------------------------------------------------------------
// olat.log: an OpenOlat 19 `olat.log` (Tomcat, local time, no zone): `yyyy-MM-dd HH:mm:ss,SSS [<thread>] <LEVEL, 5
// wide> <Class>  - ^%^ N<n> ^%^ <module> ^%^ <identity key> ^%^ <ip> ^%^ <url> ^%^ <user agent> ^%^ <message>`.
// https://docs.openolat.org/manual_admin/administration/ (from memory, not fetched); the `^%^` layout from memory.

function openOlatLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, KGT)},${msPart(t)}`;
  const render = (e) => e.oo.map(([lvl, cls, mod, url, msg]) => `${stamp(e.t)} [http-nio-8088-exec-${e.thr ?? 7}] ${lvl.padEnd(5)} ${cls}  - ^%^ N${e.n ?? 100} ^%^ ${mod} ^%^ ${e.ident ?? '-'} ^%^ ${e.ip} ^%^ ${url} ^%^ ${e.ua} ^%^ ${msg}`);
  let n = 1200;
  const filler = (rng) => {
    n += rng.int(1, 40);
    return rng.pick([
      () => ({ n, thr: rng.int(1, 40), ident: String(rng.int(720000, 729999)), oo: [['INFO', 'CourseRunController', 'org.olat.course', `https://olat.${BK}/auth/RepositoryEntry/${rng.int(30000, 39999)}/CourseNode/${digits(rng, 18)}`, `Kurs achyldy: "${rng.pick(['Matematika 9-klass', 'Angliis tili B1', 'Fizika ORT', 'Kyrgyz tili jana adabiyaty'])}"`]] }),
      () => ({ n, thr: rng.int(1, 40), ident: String(rng.int(720000, 729999)), oo: [['INFO', 'AuthHelper', 'org.olat.login', `https://olat.${BK}/dmz/`, 'Kiruu iygiliktüü boldu']] }),
      () => ({ n, thr: rng.int(1, 40), oo: [['INFO', 'SessionStatsManager', 'org.olat.core', '-', `Sessions: ${rng.int(20, 300)} active, ${rng.int(0, 30)} authenticated via REST`]] }),
      () => ({ n, thr: rng.int(1, 40), ident: String(rng.int(720000, 729999)), oo: [['INFO', 'IQTESTController', 'org.olat.ims.qti21', `https://olat.${BK}/auth/RepositoryEntry/${rng.int(30000, 39999)}/`, `Test tapshyryldy, upai ${rng.int(0, 40)}/40`]] }),
    ])();
  };
  const steps = [
    3,
    plant('oauth-code', 'openolat-oauth-callback-url-field-and-debug', 'warning', `${WHY.code} OpenOlat's OAuth dispatcher writes the callback in the request URL field of its line and again in its own DEBUG message.`, ({ rng }) => {
      const code = rng.b64url(40);
      const url = `https://olat.${BK}/olat/oauthcallback?code=${code}&state=${rng.hex(32)}`;
      return { value: code, event: { n: 1310, oo: [['INFO', 'OAuthDispatcher', 'org.olat.login.oauth', url, 'OAuth callback (provider: Keycloak)'], ['DEBUG', 'OAuthDispatcher', 'org.olat.login.oauth', url, `Access token request with code=${code}`]] } };
    }),
    4,
    plant('negative', 'openolat-form-csrf', 'none', "OpenOlat's `_csrf` form token in a form-submit debug line: a CSRF token, no credential.", ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { n: 1360, oo: [['DEBUG', 'FormBaseComponent', 'org.olat.core.gui', `https://olat.${BK}/auth/1%3A1%3A${digits(rng, 10)}/`, `Form submit with _csrf=${tok}`]] } };
    }),
    4,
    plant('framework-dump', 'openolat-servlet-parameter-map-syrsoz', 'error', "A login filter logs the servlet request's parameter map (`Map<String,String[]>` printed as `{dmz_login=[…], syrsoz=[…]}`) at DEBUG; `syrsoz` (\"password\") is the student's password.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { n: 1392, oo: [['DEBUG', 'BilimLoginFilter', 'org.olat.login', `https://olat.${BK}/dmz/`, `Request parameters: {dmz_login=[aigerim.toktogulova], syrsoz=[${pw}], dmz_submit=[Kiruu]}`]] } };
    }),
    4,
    plant('api-key-name', 'openolat-sms-reminder-achkych', 'error', `${WHY.apiKey('achkych')} \`achkych\` is Kyrgyz for "key"; the lesson reminder to parents is sent through an SMS gateway with the key in the query, and the sender's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { n: 1430, oo: [['WARN', 'SabakReminderJob', 'org.olat.modules.reminder', '-', `SMS jönötülgön jok: https://sms.tez-aloo.example/api/send?achkych=${key}&tel=%2B99670${digits(rng, 7)}&text=Sabak+saat+16%3A00do — HTTP 503`]] } };
    }),
    4,
    plant('refresh-token', 'openolat-graph-token-response-debug', 'error', `${WHY.refresh} The Microsoft 365 integration (Teams meetings for lessons) logs the token endpoint's JSON answer at DEBUG.`, ({ rng }) => {
      const rt = `0.AXEA${rng.b64url(180)}`;
      return { value: rt, event: { n: 1455, oo: [['DEBUG', 'MicrosoftGraphDAO', 'org.olat.modules.teams', '-', `Token response: {"token_type":"Bearer","scope":"OnlineMeetings.ReadWrite offline_access","expires_in":4589,"access_token":"[masked]","refresh_token":"${rt}"}`]] } };
    }),
    4,
    plant('negative', 'openolat-course-node-ident', 'none', "A course element's ident (18 digits): an identifier, no credential.", ({ rng }) => {
      const id = digits(rng, 18);
      return { value: id, event: { n: 1490, oo: [['INFO', 'CourseEditorController', 'org.olat.course', '-', `Kurs elementi jaratyldy: ident=${id} type=iqtest`]] } };
    }),
    4,
    plant('path-secret', 'openolat-invitation-link-kyrgyz-message', 'error', WHY.pathSecret("OpenOlat logs the invitation it sent to a parent (`Chakyruu jönötüldü`, \"invitation sent\") with its link (`/olat/invitation/<token>`), which opens a guest account on the course"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { n: 1520, oo: [['INFO', 'InvitationManagerImpl', 'org.olat.basesecurity', '-', `Chakyruu jönötüldü: gulnara.s@example.kg https://olat.${BK}/olat/invitation/${tok}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'olat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// librebooking-app.log: LibreBooking 2.8 (the kayak and canoe rental's reservations) through log4php, with a
// LoggerLayoutPattern of `%date{c} [%-5level] %message%newline` (ISO 8601 with the offset, Bishkek).
// https://github.com/LibreBooking/app (from memory, not fetched); log4php's `%date{c}` from memory.

function libreBookingLog(rng) {
  const render = (e) => e.lb.map(([lvl, msg]) => `${local(e.t, KGT).slice(0, 19)}+06:00 [${lvl.padEnd(5)}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ lb: [['DEBUG', `Page load: /Web/schedule.php?sd=2027-10-${pad(rng.int(5, 12))} user=${rng.int(2, 200)} ${rng.int(30, 400)}ms`]] }),
      () => ({ lb: [['INFO', `Reservation created: kayyk=${rng.pick(['Kayyk-1', 'Kayyk-2', 'Kanoe-3', 'Kanoe-4', 'Tandem-5'])} ${rng.int(9, 17)}:00-${rng.int(10, 19)}:00 user=${rng.int(2, 200)}`]] }),
      () => ({ lb: [['DEBUG', `SELECT reservation_instances … took ${rng.int(1, 40)}ms`]] }),
      () => ({ lb: [['INFO', `Email sent: ReservationCreatedEmail to user ${rng.int(2, 200)}`]] }),
    ])();
  const steps = [
    3,
    plant('embed-jwt', 'librebooking-embed-calendar-jwt-no-exp', 'error', "A tour operator's site embeds the rental's availability calendar with a signed token in the path (`/Web/kayyk/embed/<JWT>`), made once without `exp`; LibreBooking logs the page load with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 30, 86400 * 120), claims: { iss: `https://kayyk.${BK}`, partner: 'issyk-tour', schedule: 2, lang: 'ky' } });
      return { value: token, jwt: facts, event: { lb: [['DEBUG', `Page load: /Web/kayyk/embed/${token}?scheduleId=2 referer=https://issyk-tour.example/ 212ms`]] } };
    }),
    4,
    plant('negative', 'librebooking-reference-number', 'none', "LibreBooking's reservation reference number (`uniqid`-style hex): an identifier printed on the booking, no credential.", ({ rng }) => {
      const ref = `${rng.hex(13)}${digits(rng, 4)}`;
      return { value: ref, event: { lb: [['INFO', `Reservation updated: referenceNumber=${ref} kayyk=Kanoe-3 status=Tastyktaldy`]] } };
    }),
    4,
    plant('session-id', 'librebooking-webservice-x-booked-sessiontoken', 'error', WHY.session("LibreBooking's API authenticates with `X-Booked-SessionToken` and `X-Booked-UserId`; the web service writes both at DEBUG for the front desk app's call"), ({ rng }) => {
      const st = rng.hex(40);
      return { value: st, event: { lb: [['DEBUG', `WebService request GET /Web/Services/index.php/Reservations/?startDateTime=2027-10-05 headers X-Booked-SessionToken=${st} X-Booked-UserId=14`]] } };
    }),
    4,
    plant('replay', 'librebooking-checkin-bir-jolku-bilet-first', 'note', WHY.ticketFirst("A single-use pickup ticket (`bir_jolku_bilet`, \"one-time ticket\") for a kayak, scanned at the jetty and accepted (`Bilet kabyl alyndy`); the ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.bilet = t;
      return { value: tk, event: { lb: [['INFO', `Check-in: GET /Web/kayyk/checkin.php?bir_jolku_bilet=${tk} from 192.0.2.61 — Bilet kabyl alyndy (Kayyk-2, 10:00-12:00)`]] } };
    }, { ref: 'bilet' }),
    2,
    plant('replay', 'librebooking-checkin-bir-jolku-bilet-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bilet').value, why: `${WHY.replay('bir_jolku_bilet', gap('bilet', t))} Another phone at another address had the same single-use pickup ticket accepted again: check-in did not mark it used.` }], event: { lb: [['INFO', `Check-in: GET /Web/kayyk/checkin.php?bir_jolku_bilet=${refs.get('bilet').value} from 203.0.113.140 — Bilet kabyl alyndy (Kayyk-2, 10:00-12:00)`]] } }), { replayOf: 'bilet', after: 131 }),
    3,
    plant('negative', 'librebooking-csrf-token', 'none', "LibreBooking's `CSRF_TOKEN` of a form post, logged on a rejected submit: a CSRF token, no credential.", ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { lb: [['WARN', `CSRF check failed for /Web/ajax/reservation_save.php CSRF_TOKEN=${tok} (session expired?)`]] } };
    }),
    4,
    plant('webhook', 'librebooking-telegram-file-bot-token-path', 'error', WHY.webhook("A Telegram bot the rental uses for waiver forms: the file download URL (`api.telegram.org/file/bot<token>/…`) carries the bot token in its path, written by the plugin's curl error"), ({ rng }) => {
      const tok = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { lb: [['ERROR', `TelegramWaiver: curl error 28 fetching https://api.telegram.org/file/bot${tok}/documents/file_${rng.int(10, 99)}.pdf (Operation timed out after 30001 milliseconds)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'kayyk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// e2guardian-access.log: the students' Wi-Fi filter of a tutoring centre, e2guardian 5.5 with HTTPS inspection and
// `logfileformat = 5`: tab-separated, the completion time in utime (seconds since the epoch, UTC), server name, user,
// client IP, client host, URL, method, status, size, MIME type, user agent, `-`, duration (ms), `-`, message number,
// message, block type, category, filter group name and number.
// https://github.com/e2guardian/wiki/wiki/Access-Log-File-Format (read through search: the field list); the utime's
// decimals and the values' spelling from memory.

function e2guardianLog(rng) {
  const render = (e) => [[`${Math.floor(e.t / 1000)}.${msPart(e.t)}`, 'e2g-filter', e.user ?? e.ip, e.ip, e.ip, e.url, e.method, e.status, e.bytes, e.mime ?? 'text/html', e.ua, '-', e.ms, '-', e.msgNo ?? '0', e.msg ?? '-', '0', e.cat ?? '-', 'okuuchular', '1'].join('\t')];
  const site = { host: 'filter' };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://www.google.com/search?q=${rng.pick(['ORT+matematika', 'present+perfect', 'fizika+formula', 'Manas+epos'])}&hl=ky`, ip: lan(rng, '10.61') }),
      () => ({ url: `https://olat.${BK}/auth/RepositoryEntry/${rng.int(30000, 39999)}/`, ip: lan(rng, '10.61') }),
      () => ({ url: `https://www.youtube.com/watch?v=${rng.b64url(11)}`, ip: lan(rng, '10.61'), status: 403, msgNo: '500', msg: 'Banned site: youtube.com', cat: 'Video' }),
      () => ({ url: `https://fonts.gstatic.com/s/inter/v13/${rng.b64url(20)}.woff2`, ip: lan(rng, '10.61'), mime: 'font/woff2' }),
      () => ({ url: `https://ky.wikipedia.org/wiki/${rng.pick(['Ысык-Көл', 'Бишкек', 'Манас_(эпос)'])}`, ip: lan(rng, '10.61') }),
    ])();
  const steps = [
    4,
    plant('negative', 'e2guardian-css-cache-buster', 'none', "A stylesheet's cache buster (`?v=<8 hex>`): a content hash, no credential.", ({ rng }) => {
      const v = rng.hex(8);
      return { value: `v=${v}`, event: { url: `https://olat.${BK}/raw/_noversion_/themes/bilim/theme.css?v=${v}`, ip: lan(rng, '10.61'), mime: 'text/css' } };
    }),
    4,
    plant('id-token', 'e2guardian-logout-id-token-hint', 'error', "The proxy inspects HTTPS and logs the full URL of a student's logout at the identity provider, `id_token_hint=<JWT>` included; the line's time is utime (UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 2400), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${BK}/realms/okuu`, aud: 'olat', sub: rng.uuid(), preferred_username: 'bakyt.osmonov', azp: 'olat' } });
      return { value: token, jwt: facts, event: { url: `https://id.${BK}/realms/okuu/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Folat.${BK}%2F`, ip: lan(rng, '10.61'), status: 302, user: 'bakyt.osmonov' } };
    }),
    4,
    plant('api-key-name', 'e2guardian-url-api-achkych', 'error', `${WHY.apiKey('api_achkych')} The centre's vocabulary app calls its API with the key in the query ("api key" half in Kyrgyz); the filter logs the inspected URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { url: `https://api.${BK}/v2/sozduk/izdoo?soz=kayyk&api_achkych=${key}`, ip: lan(rng, '10.61'), mime: 'application/json', ua: 'okhttp/5.3.2' } };
    }),
    4,
    plant('embed-jwt', 'e2guardian-museum-embed-expired-jwt', 'note', "A history lesson page embeds a museum's 3D viewer with a signed token in the path (`/embed/<JWT>`, jti); the token had already expired a day before this request, utime (UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + rng.int(600, 7200), jti: true, claims: { iss: 'https://3d.tarykh-muzei.example', object: 'balbal-0042', partner: 'bilimkopuro' } });
      return { value: token, jwt: facts, event: { url: `https://3d.tarykh-muzei.example/embed/${token}`, ip: lan(rng, '10.61'), status: 401 } };
    }),
    4,
    plant('session-id', 'e2guardian-url-kiruu-belgisi-param', 'error', WHY.session("A legacy quiz app carries its session in the query under a Kyrgyz name (`kiruu_belgisi`, \"login mark\"); the filter logs the inspected URL"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { url: `https://test.${BK}/ort/suroo.php?nomer=14&kiruu_belgisi=${sid}`, ip: lan(rng, '10.61') } };
    }),
    4,
    plant('negative', 'e2guardian-gclid-click-id', 'none', "A Google Ads click id (`gclid=`) on an advert's landing page: a tracking id, no credential.", ({ rng }) => {
      const g = `Cj0KCQjw${rng.b64url(80)}`;
      return { value: g, event: { url: `https://kurs-angliis.example/?gclid=${g}`, ip: lan(rng, '10.61') } };
    }),
    4,
    plant('encoded', 'e2guardian-login-redirect-double-encoded-payment-token', 'error', "A login page's return address (`kaytuu=`, \"return\") holds the payment page's URL percent-encoded twice, its `token=` the payment session's token: decoded twice it is the URL of an open payment.", ({ rng }) => {
      const tok = rng.alnum(36);
      return { value: tok, event: { url: `https://kiruu.${BK}/?kaytuu=https%253A%252F%252Fpay.${BK}%252Ftolom%252Fkarta%253Ftoken%253D${tok}%2526summa%253D4500`, ip: lan(rng, '10.61') } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mirotalk-sfu.log: `docker logs -t mirotalksfu` of MiroTalk SFU (online lessons): Docker's RFC 3339 UTC prefix on every
// line, MiroTalk's Logger `[yyyy-mm-dd HH:MM:SS.mmm] [<App>] <message>` (UTC, no zone) followed by console.log's
// util.inspect of an object (several lines when long).
// https://github.com/miroslavpejic85/mirotalksfu (from memory, not fetched): the Logger's layout and the `LOGIN OK`,
// API and OIDC messages from memory.

function miroTalkLog(rng) {
  const render = (e, rng) => {
    const head = `[${iso(e.t).slice(0, 23).replace('T', ' ')}] [${e.app ?? 'Server'}] ${e.msg}`;
    const lines = e.obj ? [`${head} {`, ...e.obj.map((l) => `  ${l}`), '}'] : [head];
    const sub = subMs(rng, lines.length, 2311);
    return lines.map((l, i) => `${dockerTs(e.t, sub[i])} ${l}`);
  };
  const room = () => rng.pick(['matematika-9a', 'angliis-b1', 'fizika-ort', 'kyrgyz-adabiyat']);
  const filler = (rng) =>
    rng.pick([
      () => ({ msg: 'Join room', obj: [`room_id: '${room()}',`, `peer_name: '${rng.pick(['Aibek', 'Nurzada', 'Bektur', 'Saikal', 'Mugalim Asel'])}',`, `os: '${rng.pick(['Windows 10', 'Android 14', 'iOS 18'])}'`] }),
      () => ({ msg: `Room ${room()} peers count: ${rng.int(1, 18)}` }),
      () => ({ app: 'Room', msg: 'Producer created', obj: [`kind: '${rng.pick(['audio', 'video'])}',`, `producer_id: '${rng.uuid()}'`] }),
      () => ({ msg: `Disconnect peer ${rng.pick(['Aibek', 'Nurzada', 'Bektur', 'Saikal'])} reason: transport close` }),
    ])();
  const steps = [
    3,
    plant('negative', 'mirotalk-room-uuid-peer-uuid', 'none', "A peer's `peer_uuid` in a join object: a random identifier of the browser tab, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { msg: 'Join room', obj: [`room_id: '${room()}',`, "peer_name: 'Mugalim Asel',", `peer_uuid: '${u}',`, 'peer_presenter: true'] } };
    }),
    3,
    plant('framework-dump', 'mirotalk-login-ok-inspect-password', 'error', "MiroTalk's host protection logs `LOGIN OK` with the object of the login, `password` included (util.inspect, one property a line): the teacher's host password.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { msg: 'LOGIN OK', obj: [`ip: '${publicIp(rng)}',`, "username: 'mugalim.asel',", `password: '${pw}'`] } };
    }),
    3,
    plant('header-dump', 'mirotalk-api-authorized-headers-authorization-secret', 'error', "MiroTalk's REST API logs an authorized call with the request headers (`header: { …, authorization: '<API secret>' }`): the API key secret the school's timetable uses to create meeting rooms, sent as the raw `authorization` header.", ({ rng }) => {
      const sec = rng.alnum(40);
      return { value: sec, event: { msg: 'MiroTalk get meeting - Authorized', obj: ['header: {', `  host: 'meet.${BK}',`, `  authorization: '${sec}',`, "  'content-type': 'application/json',", "  'user-agent': 'node'", '},', 'body: {}'] } };
    }),
    3,
    plant('id-token', 'mirotalk-oidc-user-inspect-id-token', 'error', "With OIDC enabled, a debug line prints the logged-in user's session object, `id_token` included (util.inspect, its own line), under Docker's UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${BK}/realms/okuu`, aud: 'mirotalk', sub: rng.uuid(), email: 'asel.mamytova@example.kg' } });
      return { value: token, jwt: facts, event: { msg: 'OIDC session', obj: ["email: 'asel.mamytova@example.kg',", `id_token: '${token}',`, "token_type: 'Bearer'"] } };
    }),
    3,
    plant('embed-jwt', 'mirotalk-embed-request-path-jwt', 'error', "The school's site embeds a lesson room with a signed token in the path (`/embed/<JWT>`, 1 h, jti); MiroTalk logs the request object with its path, under Docker's UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 900), jti: true, claims: { room: 'angliis-b1', name: 'Konok', presenter: false } });
      return { value: token, jwt: facts, event: { msg: 'Direct join request', obj: ["method: 'GET',", `path: '/embed/${token}',`, `ip: '${publicIp(rng)}'`] } };
    }),
    3,
    plant('negative', 'mirotalk-producer-transport-id', 'none', "A WebRTC transport id (UUID) in a mediasoup message: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { app: 'Room', msg: 'Transport connected', obj: [`transport_id: '${u}',`, "dtlsState: 'connected'"] } };
    }),
    3,
    plant('implicit-fragment', 'mirotalk-client-error-href-access-token-fragment', 'error', "A browser reports a client error over the socket with its `location.href`; the student arrived from the school portal's implicit sign-in, so the address keeps `#access_token=…` in its fragment.", ({ rng }) => {
      const at = rng.b64url(64);
      return { value: at, event: { msg: 'Client error', obj: ["peer_name: 'Nurzada',", `href: 'https://meet.${BK}/join/angliis-b1#access_token=${at}&token_type=bearer&expires_in=3600',`, "error: 'NotAllowedError: Permission denied'"] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'meet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// abs-2027-10-05.txt: an Audiobookshelf 2.x daily log (metadata/logs/daily/<date>.txt; language lessons and audiobooks
// for the centres' students): one JSON object a line, `timestamp` (local time, no zone), `source`, `message`,
// `levelName`, `level`.
// https://github.com/advplyr/audiobookshelf (from memory, not fetched): the daily log's fields from memory.

function audiobookshelfLog(rng) {
  const render = (e) => [JSON.stringify({ timestamp: `${ymdHmsAt(e.t, KGT)}.${msPart(e.t)}`, source: e.src, message: e.msg, levelName: e.lvl, level: { DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4 }[e.lvl] })];
  const filler = (rng) =>
    rng.pick([
      () => ({ src: 'PlaybackSessionManager.js:190', lvl: 'INFO', msg: `[PlaybackSessionManager] Session "play_${lowerNum(rng, 18)}" started for "${rng.pick(['Angliis tili: Unit 4', 'Manas (audio)', 'ORT dayardyk 3'])}"` }),
      () => ({ src: 'Watcher.js:261', lvl: 'DEBUG', msg: `[Watcher] Detected file change: /audiobooks/sabaktar/${rng.pick(['angliis', 'orus', 'kyrgyz'])}/unit-${rng.int(1, 12)}.mp3` }),
      () => ({ src: 'CronManager.js:77', lvl: 'INFO', msg: `[CronManager] Checking podcast episodes for ${rng.int(1, 9)} podcasts` }),
      () => ({ src: 'Server.js:360', lvl: 'DEBUG', msg: `[Server] Socket connected (${rng.int(1, 30)} total)` }),
    ])();
  const steps = [
    3,
    plant('negative', 'abs-library-item-id', 'none', "A library item's id (UUID) in a scan message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { src: 'LibraryScanner.js:420', lvl: 'INFO', msg: `[LibraryScanner] Updated library item "Angliis tili B1" (${id})` } };
    }),
    3,
    plant('oauth-code', 'abs-openid-callback-debug', 'warning', `${WHY.code} Audiobookshelf's OpenID Connect login logs the callback it handles at DEBUG.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { src: 'Auth.js:512', lvl: 'DEBUG', msg: `[Auth] openid callback /auth/openid/callback?code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}` } };
    }),
    4,
    plant('path-secret', 'abs-media-item-share-link', 'error', WHY.pathSecret("Audiobookshelf logs a new media item share with its link (`/share/<slug>`); the slug was generated at random and the share plays the lesson without an account"), ({ rng }) => {
      const slug = rng.alnum(24);
      return { value: slug, event: { src: 'ShareManager.js:88', lvl: 'INFO', msg: `[ShareManager] Media item share created "Sabak 7: Present Perfect" https://abs.${BK}/share/${slug} (expires 2027-10-12)` } };
    }),
    4,
    plant('refresh-token', 'abs-login-response-refreshtoken-camelcase', 'error', `${WHY.refresh} A debug line of the login route prints the response it returns to the mobile app, \`refreshToken\` included (camelCase).`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { src: 'Auth.js:940', lvl: 'DEBUG', msg: `[Auth] Login response for "nurzada.k": {"user":{"id":"${rng.uuid()}","type":"user"},"refreshToken":"${rt}","serverSettings":{"language":"ky"}}` } };
    }),
    4,
    plant('api-key-name', 'abs-podcast-feed-okuuchu-achkych', 'error', `${WHY.apiKey('okuuchu_achkych')} A private lesson podcast's feed takes a "student key" in the query; the podcast manager's error writes the feed URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { src: 'PodcastManager.js:305', lvl: 'ERROR', msg: `[PodcastManager] Failed to fetch feed https://podcast.til-mektep.example/feed/angliis-b1.xml?okuuchu_achkych=${key}: Request failed with status code 403` } };
    }),
    4,
    plant('negative', 'abs-file-ino', 'none', "A file's inode number (`ino`) Audiobookshelf tracks files by: an identifier, no credential.", ({ rng }) => {
      const ino = digits(rng, 18);
      return { value: ino, event: { src: 'LibraryItemScanner.js:71', lvl: 'DEBUG', msg: `[LibraryItemScanner] File "unit-5.mp3" ino ${ino} unchanged` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'abs' }, filler, render, steps });
}

// =====================================================================================================================
// Ŋdɔtsi Agbledelawo Habɔbɔ (Ewe; Kpalimé and Lomé: UTC)
// =====================================================================================================================

const ND = 'ndotsi.example';

// ---------------------------------------------------------------------------------------------------------------------
// courier.log: RapidPro's Courier (SMS orders to the food trucks, the cooperative's pump alerts) with logrus' text
// formatter: `time="<RFC 3339, Z>" level=<l> msg="…" key=value …`, quoted values with Go escapes; channel logs at debug
// with the HTTP trace of a call.
// https://github.com/nyaruka/courier (from memory, not fetched); the field names from memory.

function courierLog(rng) {
  const q = (s) => JSON.stringify(s);
  const render = (e) => [`time="${iso(e.t).slice(0, 19)}Z" level=${e.lvl} msg=${q(e.msg)}${e.kv.map(([k, v]) => ` ${k}=${/[\s"=]/.test(String(v)) ? q(String(v)) : v}`).join('')}`];
  const chan = rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({ lvl: 'info', msg: 'msg received', kv: [['channel_uuid', chan], ['channel_type', 'EX'], ['msg_uuid', rng.uuid()], ['elapsed_ms', rng.int(2, 40)], ['text', rng.pick(['Nuɖuɖu ɖeka: ayimolou kple akpa', 'Afi ka ʋua le egbea?', 'Akpe na mi!', 'Fufu eve, detsi'])]] }),
      () => ({ lvl: 'info', msg: 'msg sent', kv: [['channel_uuid', chan], ['msg_uuid', rng.uuid()], ['status', 'W'], ['elapsed_ms', rng.int(40, 900)]] }),
      () => ({ lvl: 'info', msg: 'status updated', kv: [['channel_uuid', chan], ['status', rng.pick(['D', 'S', 'W'])], ['elapsed_ms', rng.int(1, 20)]] }),
      () => ({ lvl: 'debug', msg: 'spooled msgs flushed', kv: [['count', rng.int(0, 4)]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'courier-msg-uuid', 'none', "A message's UUID in a `msg received` line: an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { lvl: 'info', msg: 'msg received', kv: [['channel_uuid', chan], ['channel_type', 'EX'], ['msg_uuid', u], ['elapsed_ms', 6], ['text', 'Ŋdɔ nuɖuɖu ɖoɖo: 3']] } };
    }),
    3,
    plant('implicit-fragment', 'courier-received-sms-text-pasted-access-token-fragment', 'error', "A customer texts the food-truck line the address their browser landed on after signing in to the order site (implicit flow); Courier logs the received text, `#access_token=…` included.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { lvl: 'info', msg: 'msg received', kv: [['channel_uuid', chan], ['channel_type', 'EX'], ['msg_uuid', rng.uuid()], ['elapsed_ms', 9], ['text', `Nyemete ge o: https://nududu.${ND}/xoxo#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('api-key-name', 'courier-send-url-safui', 'error', `${WHY.apiKey('safui')} \`safui\` is Ewe for "key"; the aggregator's send URL takes it in the query and Courier's error line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lvl: 'error', msg: 'error sending message', kv: [['channel_uuid', chan], ['url', `https://sms.lome-agg.example/api/send?safui=${key}&to=%2B2289${digits(rng, 7)}&text=Wò+nuɖuɖu+le+klalo`], ['status_code', 503]] } };
    }),
    3,
    plant('header-dump', 'courier-channel-log-http-trace-bearer-jwt', 'error', "Courier's channel log at debug keeps the HTTP trace of a send (`request=\"POST … HTTP/1.1\\r\\n…Authorization: Bearer <JWT>\\r\\n…\"`): the payment aggregator's access token for the cooperative, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 600), claims: { iss: 'https://auth.lome-agg.example', sub: 'ndotsi-habobo', scope: 'sms:send' } });
      return { value: token, jwt: facts, event: { lvl: 'debug', msg: 'channel log', kv: [['channel_uuid', chan], ['type', 'msg_send'], ['request', `POST /v2/messages HTTP/1.1\r\nHost: api.lome-agg.example\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n\r\n{"to":"+2289${digits(rng, 7)}","text":"Akpe!"}`], ['elapsed_ms', 212]] } };
    }),
    3,
    plant('negative', 'courier-callback-signature', 'none', "The aggregator's HMAC signature of one delivery report (`X-Signature: sha256=<hex>`): it signs that one request, no credential.", ({ rng }) => {
      const s = rng.hex(64);
      return { value: s, event: { lvl: 'debug', msg: 'status callback', kv: [['channel_uuid', chan], ['headers', `X-Signature: sha256=${s}`], ['status', 'D']] } };
    }),
    3,
    plant('encoded', 'courier-form-body-percent-encoded-callback-safui', 'error', "The send's form body carries the cooperative's delivery-report callback percent-encoded (`callback_url=https%3A%2F%2F…%3Fsafui%3D<key>`): decoded, the callback URL with its key.", ({ rng }) => {
      const key = rng.alnum(28);
      return { value: key, event: { lvl: 'debug', msg: 'channel log', kv: [['channel_uuid', chan], ['type', 'msg_send'], ['request_body', `to=%2B2289${digits(rng, 7)}&text=Akpe&callback_url=https%3A%2F%2Fhabobo.${ND}%2Fgbedasi%2Fdlr%3Fsafui%3D${key}`], ['elapsed_ms', 188]] } };
    }),
    3,
    plant('refresh-token', 'courier-channel-log-token-response-body', 'error', `${WHY.refresh} The channel log keeps the response body of the aggregator's token call, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { lvl: 'debug', msg: 'channel log', kv: [['channel_uuid', chan], ['type', 'token_refresh'], ['response', `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"access_token":"[see above]","refresh_token":"${rt}","expires_in":900}`], ['elapsed_ms', 95]] } };
    }),
    3,
    plant('webhook', 'courier-threema-gateway-send-simple-secret', 'error', WHY.webhook("The Threema Gateway's simple mode (`msgapi.threema.ch/send_simple?from=*<ID>&to=…&secret=<secret>&text=…`), to which the cooperative's pump alerts are forwarded; the error writes the URL (the gateway ID's `secret` is the secret part)"), ({ rng }) => {
      const sec = rng.alnum(16);
      return { value: sec, event: { lvl: 'error', msg: 'error forwarding alert', kv: [['url', `https://msgapi.threema.ch/send_simple?from=*NDOTSI1&to=${upperNum(rng, 8)}&secret=${sec}&text=Vodada%3A+ts%C9%94+pompi+2`], ['status_code', 402], ['text', 'Vodada: tsi ƒe pɔmpi 2 tɔ']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'courier' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openems-edge.log: an OpenEMS Edge (the cooperative's solar pumping station: PV, battery, pump inverters) through
// pax-logging: `yyyy-MM-ddTHH:mm:ss,SSS [<thread, 8 wide>] <LEVEL, 5 wide> [<logger, 30 wide>] [<component id>] <message>`
// (UTC, no zone), multi-line dumps without a prefix.
// https://openems.github.io/openems.io/openems/latest/edge/build.html (from memory, not fetched); the pattern from memory.

function openEmsLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.oe.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} [${x[0].padEnd(8).slice(0, 8)}] ${x[1].padEnd(5)} [${x[2].padEnd(30).slice(0, 30)}] [${x[3]}] ${x[4]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ oe: [['_cycle', 'INFO', 'io.openems.edge.controller.debuglog', 'ctrlDebugLog0', `_sum[State:Ok Ess SoC:${rng.int(20, 99)}|L:${rng.int(-900, 2400)} W Production:${rng.int(0, 9000)} W Consumption:${rng.int(200, 6000)} W] pompi0[${rng.pick(['Ewɔ dɔ', 'Etɔ'])}|${rng.int(0, 3200)} W]`]] }),
      () => ({ oe: [['_cycle', 'INFO', 'io.openems.edge.agble.tsi', 'tsiCtrl0', `Tsi ƒe pɔmpi: agble ${rng.int(1, 8)}, ${rng.int(200, 4000)} l, nɔnɔme nyuie`]] }),
      () => ({ oe: [['pool-3-t', 'WARN', 'io.openems.edge.bridge.modbus', 'modbus0', `Unable to read from Modbus unit ${rng.int(1, 4)}: Timeout`]] }),
      () => ({ oe: [['backend', 'INFO', 'io.openems.edge.controller.api.backend', 'ctrlBackend0', `Sent ${rng.int(10, 90)} channel values to backend`]] }),
    ])();
  const steps = [
    plant('framework-dump', 'openems-osgi-config-map-apikey', 'error', "At activation the backend controller logs its OSGi configuration as a Java `Map.toString()` (`{apikey=…, uri=…, …}`): the Edge's `apikey`, with which it logs in to the OpenEMS Backend.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { oe: [['FelixSta', 'INFO', 'io.openems.edge.controller.api.backend', 'ctrlBackend0', `Activate with config {apikey=${key}, uri=wss://ems.${ND}:443/openems-backend, component.id=ctrlBackend0, enabled=true, noOfCycles=10, service.pid=Controller.Api.Backend.${rng.uuid()}}`]] } };
    }, { after: 0 }),
    3,
    plant('negative', 'openems-jsonrpc-request-id', 'none', "A JSON-RPC request's `id` (UUID): an identifier, no credential.", ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { oe: [['backend', 'INFO', 'io.openems.edge.controller.api.backend', 'ctrlBackend0', `Handle JSON-RPC request {"jsonrpc":"2.0","id":"${u}","method":"getEdgeConfig","params":{}}`]] } };
    }),
    4,
    plant('api-key-name', 'openems-forecast-url-site-key', 'error', `${WHY.apiKey('site_key')} The PV forecast predictor fetches the solar forecast with the key in the query and logs the URL it failed on.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { oe: [['pool-5-t', 'WARN', 'io.openems.edge.predictor.solar', 'predictor0', `Unable to fetch forecast from https://api.pv-forecast.example/v1/estimate/6.93/0.63/15/180/4.8?site_key=${key}: HTTP 429`]] } };
    }),
    4,
    plant('header-dump', 'openems-http-bridge-header-dump-basic-own-line', 'error', "The HTTP bridge to the pump inverters writes a failed call's request headers at DEBUG, one a line after the message, `Authorization: Basic <base64>` on a line of its own: the inverters' web login.", ({ rng }) => {
      const b = b64Of(`installer:${rng.alnum(16)}`);
      return { value: b, event: { oe: [['pool-4-t', 'DEBUG', 'io.openems.edge.bridge.http', 'httpBridge0', 'Request GET http://10.77.0.21/api/pump/status failed: 401, headers:'], 'Accept: application/json', `Authorization: Basic ${b}`, 'User-Agent: OpenEMS'] } };
    }),
    4,
    plant('refresh-token', 'openems-weather-oauth-token-json-warn', 'error', `${WHY.refresh} The irrigation weather source logs the token endpoint's JSON answer when the new token is refused.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { oe: [['pool-6-t', 'WARN', 'io.openems.edge.agble.weather', 'weather0', `Token refresh returned {"access_token":"[…]","refresh_token":"${rt}","expires_in":3600} but the API answered 401`]] } };
    }),
    4,
    plant('negative', 'openems-masked-password', 'none', "The Modbus gateway's configuration as OpenEMS logs it, the password masked (`password=xxx`): no credential.", () => ({ value: 'password=xxx', event: { oe: [['FelixSta', 'INFO', 'io.openems.edge.bridge.modbus', 'modbus1', 'Activate with config {ip=10.77.0.30, port=502, user=admin, password=xxx, component.id=modbus1}']] } })),
    4,
    plant('encoded', 'openems-gateway-auth-base64-json', 'error', "A custom component logs the gateway login it was given as base64 JSON (`gatewayAuth=<base64>`), whose `pass` is the pump gateway's password.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ user: 'habobo', pass: rng.alnum(18), host: '10.77.0.30' }));
      return { value: b, event: { oe: [['FelixSta', 'INFO', 'io.openems.edge.agble.tsi', 'tsiCtrl0', `Dzesi: gatewayAuth=${b}`]] } };
    }),
    4,
    plant('path-secret', 'openems-report-share-link-nukpokpo', 'error', WHY.pathSecret("The weekly pumping report is shared with the members through a link (`/nukpokpo/<token>`, \"view\"), which the report component logs"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { oe: [['pool-7-t', 'INFO', 'io.openems.edge.agble.report', 'report0', `Ŋkekenyui: dɔwɔwɔ ƒe nuŋlɔɖi le https://habobo.${ND}/nukpokpo/${tok}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'edge' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nududu-app.log: `docker logs -t` of the food trucks' ordering site, SvelteKit 2 with adapter-node on Coolify: Docker's
// RFC 3339 UTC prefix on every line, the app's own request log from a `handle` hook (`[handle] <METHOD> <path> <status>
// <ms>ms ip=<ip>`), console.log of objects through util.inspect (URL, FormData).
// https://svelte.dev/docs/kit/adapter-node (from memory, not fetched); util.inspect's layout from memory.

function svelteKitLog(rng) {
  const render = (e, rng) => {
    const lines = e.lines ?? [`[handle] ${e.method} ${e.path} ${e.status} ${e.ms}ms ip=${e.ip}`];
    const sub = subMs(rng, lines.length, 1873);
    return lines.map((l, i) => `${dockerTs(e.t, sub[i])} ${l}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/vu/${rng.pick(['dzidzo', 'agbe', 'kekeli'])}`, status: 200 }),
      () => ({ path: `/nududu/menu/__data.json?x-sveltekit-trailing-slash=1`, status: 200 }),
      () => ({ method: 'POST', path: '/nududu/xoxo?/order', status: 303 }),
      () => ({ path: `/_app/immutable/nodes/${rng.int(0, 9)}.${rng.b64url(8)}.js`, status: 200 }),
    ])();
  const steps = [
    3,
    plant('negative', 'sveltekit-immutable-chunk-hash', 'none', "A Vite build's immutable chunk name (`entry.<hash>.js`): a content hash, no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: `start.${h}`, event: { path: `/_app/immutable/entry/start.${h}.js`, status: 200 } };
    }),
    3,
    plant('implicit-fragment', 'sveltekit-client-error-url-inspect-hash', 'error', "The error-report endpoint logs `new URL(body.href)` of a client error, which util.inspect prints property by property: the sign-in landed on the order page with `#access_token=…`, written in `href` and again in `hash`.", ({ rng }) => {
      const at = rng.b64url(52);
      const frag = `#access_token=${at}&token_type=Bearer&expires_in=3600`;
      const href = `https://nududu.${ND}/xoxo${frag}`;
      return { value: at, event: { lines: ['[vodada] client error: TypeError: Cannot read properties of undefined (reading \'items\') at', 'URL {', `  href: '${href}',`, `  origin: 'https://nududu.${ND}',`, "  protocol: 'https:',", "  username: '',", "  password: '',", `  host: 'nududu.${ND}',`, `  hostname: 'nududu.${ND}',`, "  port: '',", "  pathname: '/xoxo',", "  search: '',", '  searchParams: URLSearchParams {},', `  hash: '${frag}'`, '}'] } };
    }),
    3,
    plant('replay', 'sveltekit-pickup-ticket-first', 'note', WHY.ticketFirst("A single-use pickup ticket (`ticket=`) shown as a QR code at a food truck's window and scanned once; the ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.pickup = t;
      return { value: tk, event: { path: `/nududu/xoxo?ticket=${tk}`, status: 200, ip: '198.51.100.37' } };
    }, { ref: 'pickup' }),
    2,
    plant('negative', 'sveltekit-invalidated-flags', 'none', "SvelteKit's `x-sveltekit-invalidated` (one flag per layout node, `01`/`11`): flags, no credential.", () => ({ value: 'x-sveltekit-invalidated=011', event: { path: '/nududu/menu/__data.json?x-sveltekit-invalidated=011', status: 200 } })),
    2,
    plant('replay', 'sveltekit-pickup-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pickup').value, why: `${WHY.replay('ticket', gap('pickup', t))} Another phone at another address had the same single-use pickup ticket accepted (200) at another truck: the order was handed over twice.` }], event: { path: `/nududu/xoxo?ticket=${refs.get('pickup').value}`, status: 200, ip: '203.0.113.88' } }), { replayOf: 'pickup', after: 97 }),
    3,
    plant('id-token', 'sveltekit-one-tap-formdata-credential', 'error', "Google sign-in's One Tap posts the ID token as `credential`; a debug console.log of the FormData prints it (`FormData { credential: '<JWT>', … }`) under Docker's UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), jti: true, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'afi.mensah@example.tg', email_verified: true } });
      return { value: token, jwt: facts, event: { lines: [`[kpekpe/google] FormData { credential: '${token}', g_csrf_token: '${rng.hex(16)}' }`] } };
    }),
    3,
    plant('embed-jwt', 'sveltekit-embed-route-map-jwt-120s', 'warning', "A partner's page embeds the trucks' route map with a signed token in the path (`/embed/mo/<JWT>`, \"road\"), 120 s and no jti; the handle hook logs the request under Docker's UTC timestamp", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 60), claims: { map: 'lome-ʋuwo', partner: 'lome-events' } });
      return { value: token, jwt: facts, event: { path: `/embed/mo/${token}`, status: 200, ip: publicIp(rng) } };
    }),
    3,
    plant('api-key-name', 'sveltekit-fetch-error-mo-safui', 'error', `${WHY.apiKey('mo_safui')} The route planner calls a maps API with a "road key" (Ewe \`mɔ\` "road", \`safui\` "key") in the query; Node's fetch error, printed with its cause, writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [`[mɔ] TypeError: fetch failed (https://maps.westafrica-routing.example/v1/route?from=6.1319,1.2228&to=6.1725,1.2137&mo_safui=${key}) [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: maps.westafrica-routing.example:443, timeout: 10000ms)`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'nududu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lemonldap-journal.log: `journalctl -u lemonldap-ng-fastcgi-server -o short-iso` of LemonLDAP::NG 2.x (the cooperative's
// single sign-on for members, trucks and the EMS), its Syslog logger: `<yyyy-mm-ddTHH:MM:SS+0000> <host>
// llng-fastcgi-server[<pid>]: [<level>] <message>`.
// https://lemonldap-ng.org/documentation/latest/logs.html (from memory, not fetched); message texts from memory.

function lemonLdapLog(rng) {
  const render = (e) => e.ll.map(([lvl, msg]) => `${iso(e.t).slice(0, 19)}+0000 sso-01 llng-fastcgi-server[${e.pid ?? 911}]: [${lvl}] ${msg}`);
  const users = ['kofi.agbeko', 'afi.mensah', 'edem.kpodar', 'yawa.dzifa', 'selom.akakpo'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ll: [['notice', `User ${rng.pick(users)} successfully authenticated at level 2`]] }),
      () => ({ ll: [['info', `User ${rng.pick(users)} connected to ${rng.pick(['nududu', 'ems', 'agble-kaart'])}`]] }),
      () => ({ ll: [['debug', `Processing request on /oauth2/authorize (Wò ŋkɔ: ${rng.pick(users)})`]] }),
      () => ({ ll: [['notice', `Bad password for ${rng.pick(users)} (ip ${publicIp(rng)})`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'lemonldap-oidc-state', 'none', "An RP's `state` in an authorization request LemonLDAP::NG logs at debug: an anti-CSRF value, no credential.", ({ rng }) => {
      const s = rng.b64url(32);
      return { value: s, event: { ll: [['debug', `OIDC authorization request from RP nududu with state=${s}`]] } };
    }),
    3,
    plant('session-id', 'lemonldap-session-created-cookie-id', 'error', WHY.session("LemonLDAP::NG logs the id of a new SSO session at debug; that id is the value of the `lemonldap` cookie"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { ll: [['debug', `Session ${sid} created for afi.mensah (cookie lemonldap)`]] } };
    }),
    3,
    plant('implicit-fragment', 'lemonldap-redirect-implicit-flow-fragment', 'error', "For an RP still on the implicit flow, LemonLDAP::NG logs the redirection it sends, the access token in the fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { ll: [['debug', `Redirect user to https://agble-kaart.${ND}/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`]] } };
    }),
    3,
    plant('replay', 'lemonldap-cas-service-ticket-validated-once', 'note', WHY.ticketFirst("A CAS service ticket (`ticket=ST-…`) the EMS validates once at `/cas/p3/serviceValidate`; the ticket is"), ({ rng }) => {
      const st = `ST-${rng.alnum(32)}`;
      return { value: st, event: { ll: [['debug', `CAS serviceValidate: service=https://ems.${ND}/ ticket=${st} valid for kofi.agbeko`]] } };
    }),
    3,
    plant('encoded', 'lemonldap-url-param-base64-with-key', 'error', "LemonLDAP::NG carries the address to return to in `url=` as base64; the portal logs it encoded, and decoded it is a URL with the trucks' admin key (`safui=`).", ({ rng }) => {
      const b = b64Of(`https://nududu.${ND}/admin/ʋuwo?safui=${rng.alnum(30)}`);
      return { value: b, event: { ll: [['debug', `Portal request with url=${b}`]] } };
    }),
    3,
    plant('negative', 'lemonldap-pkce-code-challenge', 'none', "A PKCE `code_challenge` (the SHA-256 of the verifier): a hash, no credential.", ({ rng }) => {
      const c = rng.b64url(43);
      return { value: c, event: { ll: [['debug', `PKCE code_challenge=${c} method=S256 for RP agble-kaart`]] } };
    }),
    3,
    plant('path-secret', 'lemonldap-reset-password-mail-token', 'error', WHY.pathSecret("The password reset mail's link (`/resetpwd?mail_token=<token>`) LemonLDAP::NG logs after sending it (`Gbedasi ɖo`, \"message sent\")"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { ll: [['info', `Gbedasi ɖo: reset password link https://sso.${ND}/resetpwd?mail_token=${tok} sent to yawa.dzifa@example.tg`]] } };
    }),
    3,
    plant('id-token', 'lemonldap-logout-id-token-hint-expired', 'note', "An RP-initiated logout logged at debug with its `id_token_hint` (a JWT), three hours after the ID token expired: short-iso's `+0000` gives the line's time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 4 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://sso.${ND}`, aud: 'nududu', sub: 'edem.kpodar', acr: 'loa-2' } });
      return { value: token, jwt: facts, event: { ll: [['debug', `OIDC logout request: id_token_hint=${token} post_logout_redirect_uri=https://nududu.${ND}/`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'sso' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout69');
writePart(join(here, 'heldout69'), {
  'cantaloupe-application.log': cantaloupeLog(rng),
  'archivesspace.out': archivesSpaceLog(rng),
  'snipeit-laravel.log': snipeItLog(rng),
  'brewpi-stderr.txt': brewPiLog(rng),
  'kegbot.log': kegbotLog(rng),
  'olat.log': openOlatLog(rng),
  'librebooking-app.log': libreBookingLog(rng),
  'e2guardian-access.log': e2guardianLog(rng),
  'mirotalk-sfu.log': miroTalkLog(rng),
  'abs-2027-10-05.txt': audiobookshelfLog(rng),
  'courier.log': courierLog(rng),
  'openems-edge.log': openEmsLog(rng),
  'nududu-app.log': svelteKitLog(rng),
  'lemonldap-journal.log': lemonLdapLog(rng),
});
