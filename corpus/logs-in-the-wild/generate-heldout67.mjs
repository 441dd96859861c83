// Writes corpus/logs-in-the-wild/heldout67/: a sixty-seventh held-out part, in formats no other part uses (a Liferay DXP
// 7.4 portal log, a FreshRSS 1.24 user log.txt, an AdGuard Home 0.107 log file at `verbose`, a Kopia 0.17 CLI log, a
// Kimai 2 `var/log/prod.log`, gphoto2's `--debug` output with a tethering hook script, a digiKam 8 console with
// QT_MESSAGE_PATTERN, a Lychee 5 Logs page, a Stirling-PDF 0.30 container log (Spring Boot), a Bacula 15 director log with RunScript
// output, an OpenVPMS 2.4 `openvpms.log`, a Viseron 2 container log, an Orchard Core 1.8 NLog file, a Cumulus MX
// MXdiags log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout67.mjs     rewrites heldout67/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Cragline, a Sheffield group of climbing gyms with a coworking loft (The Chalk Loft) above its largest
// wall (English, five logs); Roshana Aks aw Chap (روښانه عکس او چاپ, "bright photo and print"), a Peshawar photography
// studio with a print and copy shop (Pashto in Latin transliteration where the apps show messages, routes, parameter,
// header and key names in Pashto such as `api_kili`, `raz_kili`, `patnum`, `nasta`, `blana`, `farmayesh`; five logs);
// Muselgrupp Kremer, a Remich (Luxembourg) family group with vineyards and a wine cellar, a car wash, a laundromat and a
// veterinary clinic (Luxembourgish messages and names such as `schlessel`, `setzung`, `invitatioun`, `waesch_ticket`,
// `passwuert/zerecksetzen`; four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Sheffield in October (BST, UTC+1), Peshawar (PKT, UTC+5), Remich (CEST, UTC+2). */
const BST = 60;
const PKT = 300;
const CEST = 120;
/** `+01:00` for an offset in minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** A private address. */
const lan = (rng, prefix = '10.60') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Renders an event's `ln` list: strings through the file's prefix, `{ raw }` verbatim. */
const lined = (prefix) => (e) => e.ln.map((m) => (typeof m === 'string' ? prefix(e.t, m) : m.raw));
const RFC2822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// =====================================================================================================================
// Cragline (English; Sheffield: BST, UTC+1)
// =====================================================================================================================

const CL = 'cragline.example';
const LOFT = 'chalkloft.example';

// ---------------------------------------------------------------------------------------------------------------------
// liferay.2027-10-12.log: Liferay DXP 7.4's daily log file (local time, no zone):
// `yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread][Class:line] message`, the members' portal with custom modules (booking sync,
// check-in desk REST resource, an audit filter at DEBUG).
// https://learn.liferay.com/w/dxp/system-administration/using-the-server-administration-panel/configuring-logging (from
// memory, not fetched); the pattern `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p [%t][%c{1}:%L] %m%n` from memory.

function liferayLog(rng) {
  const render = lined((t, m) => `${ymdHmsAt(t, BST)}.${msPart(t)} ${m}`);
  const exec = () => `http-nio-8080-exec-${rng.int(1, 24)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`INFO  [${exec()}][BookingPortlet:${rng.int(80, 240)}] Rendered ${rng.int(4, 40)} wall slots for group ${rng.pick(['works', 'foundry', 'loft'])}`] }),
      () => ({ ln: [`WARN  [${exec()}][code_jsp:${rng.int(100, 900)}] {code="404", msg="/o/frontend-js-web/__liferay__/css/${rng.pick(['clay', 'main', 'portal'])}.css", uri=/o/frontend-js-web/__liferay__/css/main.css}`] }),
      () => ({ ln: [`INFO  [liferay/scheduler_dispatch-${rng.int(1, 4)}][WallSlotSyncMessageListener:${rng.int(60, 99)}] Synchronised ${rng.int(10, 300)} slots in ${rng.int(100, 4000)} ms`] }),
      () => ({ ln: [`INFO  [${exec()}][CheckInResource:${rng.int(40, 70)}] Member ${rng.int(10000, 60000)} checked in at ${rng.pick(['works-front', 'foundry-desk', 'loft-door'])}`] }),
      () => ({ ln: [`DEBUG [${exec()}][CraglineAuditFilter:${rng.int(30, 50)}] GET /web/members/${rng.pick(['timetable', 'routes', 'bookings', 'profile'])} ${rng.int(5, 300)} ms`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'liferay-invalid-p-auth-csrf-token', 'none', "Liferay's `p_auth` is its authentication token against CSRF, one per session and checked on every action URL; the warning names the rejected one. A CSRF token, no credential.", ({ rng }) => {
      const pa = rng.alnum(8);
      return { value: pa, event: { ln: [`WARN  [${exec()}][SecurityPortletContainerWrapper:341] Invalid authentication token received for https://members.${CL}/group/members/bookings?p_p_id=com_cragline_booking_web_BookingPortlet&p_p_lifecycle=1&p_auth=${pa}`] } };
    }),
    5,
    plant('path-secret', 'liferay-update-password-ticketkey-link', 'error', WHY.pathSecret("A password reset link (`/c/portal/update_password?p_l_id=…&ticketKey=<key>`) a custom mail listener logs when it queues the reset mail; Liferay's ticket key lets whoever opens the link set the member's password"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { ln: [`INFO  [${exec()}][CraglineMailListener:77] Password reset mail queued for member ${rng.int(10000, 60000)}: https://members.${CL}/c/portal/update_password?p_l_id=20121&ticketKey=${key}`] } };
    }),
    5,
    plant('session-id', 'liferay-current-url-jsessionid-exception', 'error', WHY.session("PortalImpl's `Current URL … generates exception` writes the URL a browser requested, `;jsessionid=` included (a bookmark taken while cookies were off)"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { ln: [`WARN  [${exec()}][PortalImpl:6295] Current URL /web/guest/wall-booking;jsessionid=${sid} generates exception: com.liferay.portal.kernel.exception.NoSuchLayoutException: {groupId=20121, privateLayout=false, friendlyURL=/wall-booking;jsessionid=${sid}}`] } };
    }),
    5,
    plant('api-key-name', 'liferay-scheduler-booking-key-url', 'error', `${WHY.apiKey('booking_key')} The slot sync of the booking vendor sends it in the query, and the listener's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ln: [`ERROR [liferay/scheduler_dispatch-2][WallSlotSyncMessageListener:112] Slot sync failed: GET https://api.rockbook.example/v3/slots?gym=sheffield-works&booking_key=${key} returned 502 Bad Gateway`] } };
    }),
    5,
    plant('replay', 'liferay-checkin-pass-ticket-once', 'note', WHY.ticketFirst('A day pass bought online is a single-use `pass_ticket` the check-in desk scans; the REST resource logs the scan with the desk and kiosk. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.pass = t;
      return { value: tk, event: { ln: [`INFO  [${exec()}][CheckInResource:91] Day pass admitted: GET /o/cragline-checkin/v1/scan?pass_ticket=${tk}&desk=works-front from 10.60.1.21 (kiosk works-front-1)`] } };
    }, { ref: 'pass' }),
    2,
    plant('replay', 'liferay-checkin-pass-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pass').value, why: `${WHY.replay('pass_ticket', gap('pass', t))} The loft's door kiosk scanned the same day pass and the resource admitted it again: the pass was not marked used.` }], event: { ln: [`INFO  [${exec()}][CheckInResource:91] Day pass admitted: GET /o/cragline-checkin/v1/scan?pass_ticket=${refs.get('pass').value}&desk=loft-door from 10.60.4.37 (kiosk loft-door-2)`] } }), { replayOf: 'pass', after: 78 }),
    5,
    plant('framework-dump', 'liferay-audit-filter-parametermap-login-password', 'error', "A custom audit filter logs the request's `parameterMap` (a Java `Map<String, String[]>`) at DEBUG for every POST, the login portlet's password parameter included.", ({ rng }) => {
      const pw = rng.alnum(16);
      const ns = '_com_liferay_login_web_portlet_LoginPortlet_';
      return { value: pw, event: { ln: [`DEBUG [${exec()}][CraglineAuditFilter:58] POST /c/portal/login parameterMap={${ns}formDate=[${DAY0 + 9 * HOUR}], ${ns}saveLastPath=[false], ${ns}login=[sam.otley@${CL}], ${ns}password=[${pw}], ${ns}rememberMe=[on]}`] } };
    }),
    5,
    plant('negative', 'liferay-document-library-file-entry-uuid', 'none', "A Documents and Media file entry's `uuid`, the portal's identifier of the route map: no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ln: [`INFO  [${exec()}][DLFileEntryLocalServiceImpl:412] Added file entry uuid=${id} title=route-map-2027-10.pdf folderId=44102`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'portal-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log.txt: FreshRSS 1.24's per-user log (`data/users/loft/log.txt`) of the loft's news reader (local time with offset):
// `[<RFC 2822 date>] [<level>] --- <message>`, feed refreshes, cURL errors with the feed URL in brackets, the Google
// Reader API at debug, an extension's notifications.
// https://freshrss.github.io/FreshRSS/en/admins/logs_and_errors.html (from memory, not fetched).

function freshRssLog(rng) {
  const date = (t) => { const d = new Date(t + BST * MIN); return `${RFC2822_DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(d.getTime()).slice(11, 19)} +0100`; };
  const render = lined((t, m) => `[${date(t)}] ${m}`);
  const feeds = ['https://www.ukclimbing.example/news/rss', 'https://bmc.example/feeds/access', 'https://planetmountain.example/rss/en', 'https://sheffieldtelegraph.example/rss/whats-on'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`[notice] --- FreshRSS starts feeds actualization at ${rng.int(2, 59)} minutes past`] }),
      () => ({ ln: [`[info] --- Refresh feed ${rng.int(1, 40)}: ${rng.pick(feeds)} (${rng.int(0, 12)} new)`] }),
      () => ({ ln: [`[warning] --- cURL error 28: Operation timed out after 15001 milliseconds with 0 bytes received [${rng.pick(feeds)}]`] }),
      () => ({ ln: [`[debug] --- GReader API: GET /api/greader.php/reader/api/0/unread-count 200`] }),
      () => ({ ln: [`[notice] --- FreshRSS feeds actualization done (${rng.int(10, 40)} feeds, ${rng.int(0, 60)} new articles)`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'freshrss-favicon-cache-buster', 'none', 'A favicon URL with a cache buster (`?v=<hex>`): no credential.', ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { ln: [`[info] --- Favicon fetched https://bmc.example/static/favicon.png?v=${v}`] } };
    }),
    5,
    plant('header-dump', 'freshrss-greader-googlelogin-auth-header', 'error', "The Google Reader API logs the request's `Authorization: GoogleLogin auth=<user>/<token>` at debug: FreshRSS's API token of the user, which logs in the mobile readers.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { ln: [`[debug] --- GReader API: GET /api/greader.php/reader/api/0/stream/contents/reading-list?n=50 Authorization: GoogleLogin auth=loft/${tok}`] } };
    }),
    5,
    plant('webhook', 'freshrss-extension-make-webhook', 'error', WHY.webhook('A Make (Integromat) custom webhook (`hook.eu1.make.com/<id>`) a notification extension posts new articles to; the extension logs the failed POST'), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { ln: [`[error] --- Extension LoftNotify: POST https://hook.eu1.make.com/${id} failed: HTTP 410 Gone`] } };
    }),
    5,
    plant('id-token', 'freshrss-feed-url-id-token-query', 'error', "A members' feed subscribed with a URL copied from the browser after login, `id_token=` included; FreshRSS's cURL error writes the URL with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(300, 1800), claims: { iss: `https://id.${CL}`, sub: 'm-20417', aud: 'members-portal', email: `loft.desk@${CL}` } });
      return { value: token, jwt: facts, event: { ln: [`[warning] --- cURL error 22: The requested URL returned error: 401 [https://members.${CL}/feeds/route-setting.xml?id_token=${token}]`] } };
    }),
    5,
    plant('api-key-name', 'freshrss-user-query-rss-token', 'error', `${WHY.apiKey('token')} A FreshRSS user query shared as RSS (\`/i/?a=rss&user=…&token=…\`) authenticates with the user's token; another reader subscribed to it and logs the URL.`, ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { ln: [`[warning] --- Feed https://news.${LOFT}/i/?a=rss&user=desk&token=${tok}&get=c_4 not updated: HTTP 403`] } };
    }),
    5,
    plant('embed-jwt', 'freshrss-cannot-fetch-embed-jwt-120s', 'warning', "A competition results page subscribed through its embed URL (`/embed/comp-results/<JWT>`); the fetch error writes it with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(15, 60), claims: { iss: `https://events.${CL}`, comp: 'autumn-bouldering-league', round: 3 } });
      return { value: token, jwt: facts, event: { ln: [`[warning] --- Error fetching content: HTTP code 403 [https://events.${CL}/embed/comp-results/${token}]`] } };
    }),
    5,
    plant('negative', 'freshrss-entry-hash', 'none', "An article's content hash (MD5) FreshRSS compares to skip unchanged entries: no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ln: [`[debug] --- Entry ${digits(rng, 16)} unchanged (hash ${h})`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'news' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// AdGuardHome.log: AdGuard Home 0.107 with `log: { file: …, verbose: true }` on the loft's gateway (local time, no
// zone): `yyyy/MM/dd HH:mm:ss.uuuuuu [level] message`, upstreams, filter list updates, DHCP, auth sessions.
// https://github.com/AdguardTeam/AdGuardHome/wiki/Configuration (from memory, not fetched).

function adguardLog(rng) {
  const render = lined((t, m) => `${ymdHmsAt(t, BST).replace(/-/g, '/')}.${msPart(t)}${digits(rng, 3)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`[debug] dnsproxy: upstream https://dns.quad9.net:443/dns-query exchanged in ${rng.int(4, 90)}ms`] }),
      () => ({ ln: [`[info] dhcpv4: offered ${lan(rng, '192.168.40')} to ${[0, 0, 0, 0, 0, 0].map(() => rng.hex(2)).join(':')} (${rng.pick(['loft-printer', 'desk-14-laptop', 'iPhone', 'android-5f2'])})`] }),
      () => ({ ln: [`[debug] filtering: request ${rng.pick(['ads.doubleclick.example', 'telemetry.vendor.example', 'tracker.cdn.example'])} blocked by rule ||${rng.pick(['doubleclick.example', 'vendor.example'])}^`] }),
      () => ({ ln: [`[info] stats: flushed ${rng.int(200, 9000)} entries to database`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'adguard-dnscrypt-stamp', 'none', 'A DNS stamp (`sdns://…`, base64url of a resolver\'s address and public key): public configuration of an upstream, no credential.', ({ rng }) => {
      const stamp = `sdns://${b64urlOf(Buffer.from([1, 7, 0, 0, 0, 0, 0, 0, 0]).toString('latin1') + rng.bytes(40).toString('latin1'))}`;
      return { value: stamp, event: { ln: [`[info] dnsproxy: using upstream ${stamp} (fallback)`] } };
    }),
    5,
    plant('path-secret', 'adguard-private-doh-upstream-path-token', 'error', WHY.pathSecret("A private DNS-over-HTTPS upstream whose path ends with the loft's access token (`/dns-query/<token>`); AdGuard Home lists the upstream URLs at start"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ln: [`[info] dnsproxy: upstream https://doh.${CL}/dns-query/${tok} is used for queries to *.cragline.internal`] } };
    }),
    5,
    plant('api-key-name', 'adguard-filter-update-sub-key', 'error', `${WHY.apiKey('sub_key')} A paid blocklist is subscribed with the key in its URL; the filter update error writes it.`, ({ rng }) => {
      const key = rng.hex(36);
      return { value: key, event: { ln: [`[error] filtering: updating filter 1728000003: fetching https://lists.blockpro.example/v2/list.txt?sub_key=${key}: status code 403`] } };
    }),
    5,
    plant('session-id', 'adguard-auth-session-created', 'error', WHY.session("At verbose level the auth module writes the session it created for the web interface (the `agh_session` cookie's value)"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { ln: [`[debug] auth: created session ${s} for user "loftadmin", expires 2027/11/11`] } };
    }),
    5,
    plant('encoded', 'adguard-filter-url-hex-encoded-credentials', 'error', 'A partner list URL carries the account as hex (`creds=<hex of user:password>`): trivially decoded to the password of the list account.', ({ rng }) => {
      const hex = Buffer.from(`chalkloft:${rng.alnum(14)}`).toString('hex');
      return { value: hex, event: { ln: [`[error] filtering: updating filter 1728000004: fetching https://partners.dnslists.example/export?fmt=adblock&creds=${hex}: status code 401`] } };
    }),
    5,
    plant('negative', 'adguard-safebrowsing-hash', 'none', 'A Safe Browsing hash (SHA-256 of a host name) in the cache lookup: no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ln: [`[debug] safebrowsing: hash ${h} for "cdn.example-games.example" not in cache`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'gw-loft' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kopia-20271012-021500-48211.log: a Kopia 0.17 CLI log (`~/.cache/kopia/cli-logs/`) of the loft's nightly snapshot
// (RFC 3339 with offset): `<time> <LEVEL> <module> <message>`, storage providers at debug, rclone's stderr passed
// through, notifications.
// https://kopia.io/docs/advanced/logging/ (from memory, not fetched).

function kopiaLog(rng) {
  const render = lined((t, m) => `${local(t, BST).slice(0, 23)}${digits(rng, 3)}${zone(BST)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`DEBUG kopia/upload uploaded ${rng.int(1, 400)} files (${rng.int(1, 900)} MB) in /srv/loft/${rng.pick(['members', 'invoices', 'cctv-exports', 'shared'])}`] }),
      () => ({ ln: [`INFO kopia/cli Snapshotting loft@nas:/srv/loft/${rng.pick(['members', 'invoices', 'shared'])} ...`] }),
      () => ({ ln: [`DEBUG kopia/content flushed ${rng.int(1, 30)} pack blobs (${rng.int(10, 400)} MB)`] }),
      () => ({ ln: [`DEBUG kopia/maintenance next quick maintenance in ${rng.int(10, 59)}m0s`] }),
    ])();
  const steps = [
    5,
    plant('framework-dump', 'kopia-s3-options-struct-secret-access-key', 'error', "The wrapper logs the S3 storage options as Go's `%+v` of the struct (`&{BucketName:… AccessKeyID:… SecretAccessKey:<secret> …}`): the secret key of the backup bucket.", ({ rng }) => {
      const sk = rng.b64url(40);
      return { value: sk, event: { ln: [`DEBUG kopia/s3 opening storage with options &{BucketName:cragline-backup Prefix:loft/ Endpoint:s3.objects.${CL} DoNotUseTLS:false DoNotVerifyTLS:false AccessKeyID:loft-kopia SecretAccessKey:${sk} SessionToken: Region:eu-west-2}`] } };
    }),
    5,
    plant('negative', 'kopia-snapshot-manifest-id', 'none', "A snapshot manifest id (32 hex): Kopia's identifier of the snapshot, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ln: [`INFO kopia/cli Created snapshot with root k${rng.hex(32)} and ID ${id} in 2m14s`] } };
    }),
    5,
    plant('header-dump', 'kopia-webdav-go-header-map-bearer-jwt', 'error', "The WebDAV storage at debug prints the request headers as a Go map (`map[Authorization:[Bearer <JWT>] …]`): the NAS gateway's service token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(60, 400), jti: true, claims: { iss: `https://id.${CL}`, sub: 'svc-kopia-loft', aud: 'dav', scope: 'dav:write' } });
      return { value: token, jwt: facts, event: { ln: [`DEBUG kopia/webdav PROPFIND https://dav.${CL}/kopia/loft/p0/ headers: map[Authorization:[Bearer ${token}] Depth:[1] User-Agent:[kopia/0.17.0]]`] } };
    }),
    5,
    plant('refresh-token', 'kopia-rclone-stderr-token-json', 'error', `${WHY.refresh} The rclone storage passes rclone's stderr through; at \`-vv\` rclone printed the Google Drive remote's token JSON after refreshing it.`, ({ rng, t }) => {
      const rt = `1//0${rng.b64url(98)}`;
      return { value: rt, event: { ln: [`DEBUG kopia/rclone [rclone] ${ymdHmsAt(t - 1000, BST).replace(/-/g, '/')} DEBUG : gdrive: Saved new token in config file: {"token_type":"Bearer","refresh_token":"${rt}","expiry":"${local(t + HOUR, BST).slice(0, 19)}${zone(BST)}"}`] } };
    }),
    5,
    plant('webhook', 'kopia-notification-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) set as a notification profile; the failed notification writes its URL'), ({ rng }) => {
      const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: id, event: { ln: [`ERROR notification unable to send notification via profile "loft-webex": POST https://webexapis.com/v1/webhooks/incoming/${id}: 404 Not Found`] } };
    }),
    5,
    plant('encoded', 'kopia-connect-from-config-token-base64-json', 'error', "The script logs the `kopia repository connect from-config --token <token>` line for the standby NAS: the token is base64 of a JSON holding the storage configuration, its secret key and the repository password.", ({ rng }) => {
      const tok = b64Of(JSON.stringify({ version: '1', storage: { type: 's3', config: { bucket: 'cragline-backup', prefix: 'loft/', endpoint: `s3.objects.${CL}`, accessKeyID: 'loft-standby', secretAccessKey: rng.b64url(40) } }, password: rng.alnum(24) }));
      return { value: tok, event: { ln: [`INFO kopia/cli To connect to the repository from another machine, run: kopia repository connect from-config --token ${tok}`] } };
    }),
    5,
    plant('negative', 'kopia-object-id', 'none', "A content-addressed object id (`k<hash>`): the BLAKE2 hash of a directory listing, no credential.", ({ rng }) => {
      const id = `k${rng.hex(32)}`;
      return { value: id, event: { ln: [`DEBUG kopia/snapshotfs cached directory /srv/loft/shared as ${id}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 15 * MIN, site: { host: 'nas' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod.log: Kimai 2's `var/log/prod.log` of the loft's time tracking and invoicing (Monolog's line format, local time
// with offset): `[<RFC 3339 µs>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`, Symfony's RouterListener
// `Matched route` lines with `request_uri`, a Xero plugin and a door-sync plugin.
// https://kimai.org/documentation/user-api.html (read through search: `X-AUTH-USER`/`X-AUTH-TOKEN` in older versions,
// a Bearer token in newer ones); the log layout from memory.

function kimaiLog(rng) {
  const render = lined((t, m) => `[${local(t, BST).slice(0, 23)}${digits(rng, 3)}${zone(BST)}] ${m}`);
  const route = (name, uri, method = 'GET') => `request.INFO: Matched route "${name}". {"route":"${name}","route_parameters":{"_route":"${name}","_locale":"en"},"request_uri":"${uri}","method":"${method}"} []`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [route(rng.pick(['timesheet', 'dashboard', 'invoice', 'customer_details']), `https://desk.${LOFT}/en/${rng.pick(['timesheet/', 'dashboard/', 'invoice/', 'admin/customer/12/details'])}`)] }),
      () => ({ ln: [`security.DEBUG: Stored the security token in the session. {"key":"_security_secured_area"} []`] }),
      () => ({ ln: [`app.INFO: Invoice ${2027}-${rng.int(100, 999)} created for customer ${rng.int(1, 60)} {"template":"loft-desk"} []`] }),
      () => ({ ln: [`php.INFO: Deprecated: Creation of dynamic property KimaiPlugin\\XeroBundle\\Sync::$map is deprecated {"exception":"[object] (ErrorException(code: 0): Deprecated at /opt/kimai/var/plugins/XeroBundle/Sync.php:${rng.int(20, 200)})"} []`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'kimai-login-form-csrf-token', 'none', 'The login form\'s `_csrf_token` in a debug context: a CSRF token, no credential.', ({ rng }) => {
      const c = rng.b64url(43);
      return { value: c, event: { ln: [`app.DEBUG: Login form submitted {"_username":"frontdesk","_csrf_token":"${c}","_remember_me":"on"} []`] } };
    }),
    5,
    plant('oauth-code', 'kimai-route-request-uri-xero-callback-code', 'warning', `${WHY.code} RouterListener's \`Matched route\` writes the callback's \`request_uri\`, and the plugin's error writes it again.`, ({ rng }) => {
      const code = rng.b64url(43);
      const uri = `https://desk.${LOFT}/en/xero/callback?code=${code}&scope=openid%20accounting.transactions%20offline_access&state=${rng.hex(32)}&session_state=${rng.b64url(43)}.${rng.hex(16)}`;
      return { value: code, event: { ln: [route('xero_callback', uri), `app.ERROR: Xero token exchange failed (invalid_grant) for ${uri} [] []`] } };
    }),
    5,
    plant('refresh-token', 'kimai-plugin-context-refresh-token', 'error', `${WHY.refresh} The Xero plugin logs the renewed token's context at DEBUG, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { ln: [`app.DEBUG: Xero token refreshed {"tenant":"${rng.uuid()}","expires":${Math.floor(DAY0 / 1000) + 40000},"refresh_token":"${rt}"} []`] } };
    }),
    5,
    plant('header-dump', 'kimai-api-context-x-auth-token-header', 'error', "A request logger dumps the API request's headers as Symfony's HeaderBag array (`\"x-auth-token\":[\"…\"]`): Kimai's API password of the front desk user.", ({ rng }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { ln: [`app.DEBUG: API request {"method":"GET","uri":"/api/timesheets/active","headers":{"accept":["application/json"],"x-auth-user":["frontdesk"],"x-auth-token":["${tok}"],"user-agent":["LoftKiosk/3.2"]}} []`] } };
    }),
    5,
    plant('id-token', 'kimai-route-request-uri-id-token-hint-expired', 'note', "An SSO logout (`/en/logout?id_token_hint=<JWT>`) whose hint had expired an hour before the `Matched route` line wrote the `request_uri`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(30, 600), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${CL}`, sub: 'staff-0042', aud: 'kimai-desk' } });
      return { value: token, jwt: facts, event: { ln: [route('logout', `https://desk.${LOFT}/en/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fdesk.${LOFT}%2Fen%2Flogin`)] } };
    }),
    5,
    plant('embed-jwt', 'kimai-plugin-occupancy-embed-jwt-no-exp', 'error', "The occupancy widget on the loft's dashboard is fetched from an embed URL (`/embed/loft-occupancy/<JWT>`) without `exp`; the plugin's warning writes it at a time with offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://dash.${CL}`, panel: 'loft-occupancy', site: 'works' } });
      return { value: token, jwt: facts, event: { ln: [`app.WARNING: Occupancy widget fetch failed {"url":"https://dash.${CL}/embed/loft-occupancy/${token}","status":500} []`] } };
    }),
    5,
    plant('api-key-name', 'kimai-plugin-door-key-url', 'error', `${WHY.apiKey('door_key')} The door-sync plugin sends it in the query of the access controller's API; the error message writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ln: [`app.ERROR: Door sync failed: GET https://doors.${CL}/api/v2/members/sync?site=loft&door_key=${key} returned 401 [] []`] } };
    }),
    5,
    plant('negative', 'kimai-export-x-request-id', 'none', 'A request id (`x_request_id`, a UUID) in the export context: no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ln: [`app.INFO: Timesheet export finished {"format":"xlsx","rows":${rng.int(40, 900)},"x_request_id":"${id}"} []`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'desk' }, filler, render, steps });
}

// =====================================================================================================================
// Roshana Aks aw Chap (Pashto, Latin transliteration; Peshawar: PKT, UTC+5)
// =====================================================================================================================

const RA = 'roshana.example';

// ---------------------------------------------------------------------------------------------------------------------
// gphoto2-tether.txt: `gphoto2 --debug --capture-tethered --hook-script=/opt/aks/hook.sh 2>&1` of the studio's tethering
// PC saved by its launcher: libgphoto2 2.5's debug lines (`<seconds since start, 10.6> <function, padded> [<file>:<line>]
// (0): <message>`) with the hook script's stdout (no prefix) interleaved.
// http://www.gphoto.org/doc/manual/ (from memory, not fetched); the debug line layout from memory.

function gphotoLog(rng) {
  let t0;
  let k = 0;
  const render = lined((t, m) => { t0 ??= t; k += 1; return `${((t - t0) / 1000 + (k % 1000) * 0.000041).toFixed(6).padStart(11)} ${m}`; });
  const dbg = (fn, file, line, msg) => `${fn.padEnd(32)} [${file}:${line}](0): ${msg}`;
  const hook = (msg) => ({ raw: `[aks-hook] ${msg}` });
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [dbg('ptp_usb_getresp', 'usb.c', 466, `PTP_OC 0x90c1 receiving resp failed: PTP Device Busy (0x2019)`)] }),
      () => ({ ln: [dbg('ptp_canon_eos_getevent', 'ptp.c', 2201, `event ${rng.int(0, 9)}: EOS prop ${rng.pick(['d101', 'd102', 'd103', 'd1b0'])} desc changed`)] }),
      () => ({ ln: [dbg('camera_wait_for_event', 'library.c', 8810, `waiting for events timeout 1000 ms`)] }),
      () => { const img = rng.int(1000, 9999); return { ln: [dbg('gp_camera_file_get', 'gphoto2-camera.c', 1570, `Getting file 'IMG_${img}.CR3' in folder '/store_00020001/DCIM/100CANON'...`), hook(`anzor ragha (picture received) IMG_${img}.CR3`)] }; },
      () => ({ ln: [hook(`anzor porta sho (picture uploaded) ${rng.int(2, 40)} MB in ${rng.int(1, 9)} s`)] }),
    ])();
  const steps = [
    { raw: { ln: [dbg('main', 'main.c', 1250, 'ALWAYS INCLUDE THE FOLLOWING LINES WHEN SENDING DEBUG MESSAGES TO THE MAILING LIST:'), dbg('main', 'main.c', 1256, 'gphoto2 2.5.28'), dbg('main', 'main.c', 1258, 'libgphoto2 2.5.31 all camlibs, gcc, no ltdl, EXIF'), dbg('gp_port_info_list_load', 'gphoto2-port-info-list.c', 203, 'Using ltdl to load io-drivers from \'/usr/lib/x86_64-linux-gnu/libgphoto2_port/0.12.2\'...')] } },
    2,
    plant('negative', 'gphoto2-ptp-device-info-serial-number', 'none', "The camera's serial number from PTP's DeviceInfo (32 hex, as Canon bodies report it): an identifier, no credential.", ({ rng }) => {
      const sn = rng.hex(32);
      return { value: sn, event: { ln: [dbg('ptp_usb_getdata', 'usb.c', 390, `DeviceInfo: Manufacturer: Canon Inc., Model: Canon EOS R6m2, SerialNumber: '${sn}'`)] } };
    }),
    5,
    plant('api-key-name', 'gphoto2-hook-upload-url-api-kili', 'error', `${WHY.apiKey('api_kili')} ("API key" in Pashto) The hook script prints the upload URL before posting each picture to the studio's gallery.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ln: [hook(`porta kawal (uploading) IMG_${rng.int(1000, 9999)}.CR3 -> https://aks.${RA}/api/v1/anzor?api_kili=${key}&album=wadeh-2027-10-12`), { raw: 'curl: (22) The requested URL returned error: 502' }] } };
    }),
    5,
    plant('path-secret', 'gphoto2-hook-client-album-invitation-link', 'error', WHY.pathSecret("The client's album invitation link (`/album/blana/<token>`, \"invitation\") the hook script prints when the first picture of a session is uploaded"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { ln: [hook(`da perodunkay album link (client album link): https://aks.${RA}/album/blana/${tok}`)] } };
    }),
    5,
    plant('webhook', 'gphoto2-hook-zulip-incoming-webhook-api-key', 'error', WHY.webhook("A Zulip incoming webhook (`/api/v1/external/slack_incoming?api_key=<bot key>&stream=…`) the hook script posts each session to; the bot's API key is the secret"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ln: [hook(`khabartia (notice) POST https://roshana.zulipchat.com/api/v1/external/slack_incoming?api_key=${key}&stream=studio&topic=wadeh`)] } };
    }),
    5,
    plant('encoded', 'gphoto2-hook-state-base64-json-raz-kili', 'error', 'The hook script hands the print shop a `sta` parameter of base64 JSON whose `raz_kili` ("secret key") is the print queue\'s key.', ({ rng }) => {
      const sta = b64Of(JSON.stringify({ raz_kili: rng.alnum(32), chap: 'A4-glossy', studio: 'saddar' }));
      return { value: sta, event: { ln: [hook(`chap ta legal (sent to print) https://chap.${RA}/pray?sta=${sta}`)] } };
    }),
    5,
    plant('negative', 'gphoto2-hook-sha1-of-raw', 'none', "The SHA-1 of a RAW file the hook prints to detect duplicates: no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { ln: [hook(`IMG_${rng.int(1000, 9999)}.CR3 sha1=${h}`)] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'tether' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// digikam-debug.log: digiKam 8's stderr with `QT_LOGGING_RULES="digikam*=true"` and
// `QT_MESSAGE_PATTERN="%{time yyyy-MM-ddThh:mm:ss.zzzttt} %{category}: %{message}"` (local time with offset), the web
// services tools (Google Photos export through the O2 library) and the album database.
// https://docs.kde.org/trunk5/en/digikam-doc/digikam/ (from memory, not fetched); Qt's message pattern from memory.

function digikamLog(rng) {
  const render = lined((t, m) => `${local(t, PKT).slice(0, 23)}${zone(PKT)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`digikam.database: Scanning album /srv/aks/wadeh/2027-10-${pad(rng.int(1, 12))} (${rng.int(10, 400)} items)`] }),
      () => ({ ln: [`digikam.general: Thumbnail for IMG_${rng.int(1000, 9999)}.CR3 generated in ${rng.int(20, 400)} ms`] }),
      () => ({ ln: [`digikam.webservices: GPTalker: upload ${rng.int(1, 40)}/${rng.int(40, 80)} finished`] }),
      () => ({ ln: [`digikam.metaengine: Exif.Photo.DateTimeOriginal written to IMG_${rng.int(1000, 9999)}.xmp`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'digikam-image-unique-hash', 'none', "digiKam's `uniqueHash` of an image (MD5 over parts of the file), the album database's duplicate key: no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ln: [`digikam.database: Image ${rng.int(10000, 90000)} uniqueHash ${h} already in collection`] } };
    }),
    5,
    plant('oauth-code', 'digikam-o2-reply-server-loopback-query', 'warning', `${WHY.code} The O2 library's loopback reply server logs the query the browser brought back to \`http://127.0.0.1:<port>/\`.`, ({ rng }) => {
      const code = `4/0${rng.b64url(70)}`;
      return { value: code, event: { ln: [`digikam.webservices: O2ReplyServer::onBytesReady: query "state=${rng.alnum(20)}&code=${code}&scope=https://www.googleapis.com/auth/photoslibrary"`] } };
    }),
    2,
    plant('id-token', 'digikam-gptalker-id-token-audience-mismatch', 'error', "The Google Photos tool logs the ID token whose audience it could not match, at a time with offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 300), jti: true, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', sub: digits(rng, 21), aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, email: `studio@${RA}` } });
      return { value: token, jwt: facts, event: { ln: [`digikam.webservices: GPTalker: ID token audience mismatch, token: ${token}`] } };
    }),
    2,
    plant('refresh-token', 'digikam-o2-token-reply-refresh-token', 'error', `${WHY.refresh} O2 logs the token reply's refresh token when it stores it.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(98)}`;
      return { value: rt, event: { ln: [`digikam.webservices: O2::onTokenReplyFinished: refresh_token "${rt}" expires_in 3599`] } };
    }),
    5,
    plant('embed-jwt', 'digikam-open-gallery-embed-jwt-expired', 'note', "A client gallery's embed preview (`/embed/album/<JWT>`) opened from an old export; the token had expired two days before the line (offset in the time)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 86400 * 3 + rng.int(60, 3000), jti: true, claims: { iss: `https://aks.${RA}`, album: 'wadeh-2027-10-09', perodunkay: 'c-3318' } });
      return { value: token, jwt: facts, event: { ln: [`digikam.general: Opening gallery preview https://aks.${RA}/embed/album/${token} in the external browser`] } };
    }),
    5,
    plant('negative', 'digikam-google-photos-media-item-id', 'none', 'A Google Photos media item id (long base64url) returned after an upload: an identifier, no credential.', ({ rng }) => {
      const id = `A${rng.b64url(97)}`;
      return { value: id, event: { ln: [`digikam.webservices: GPTalker: created media item ${id}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'ws-edit' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lychee-logs.txt: the Logs page of a Lychee 5 gallery copied out (`date -- type -- function -- line -- text`, dates in
// UTC: Laravel's default application timezone).
// https://lycheeorg.dev/docs/ (from memory, not fetched).

function lycheeLog(rng) {
  const render = lined((t, m) => `${ymdHmsAt(t, 0)} -- ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`notice -- App\\Actions\\Photo\\Create::add -- ${rng.int(90, 140)} -- Photo created in album ${rng.b64url(24)}`] }),
      () => ({ ln: [`info -- App\\Jobs\\ProcessImageJob::handle -- ${rng.int(40, 80)} -- Size variants generated (${rng.int(3, 7)})`] }),
      () => ({ ln: [`warning -- App\\Image\\Handlers\\ImagickHandler::load -- ${rng.int(100, 200)} -- Could not read EXIF orientation, assuming 1`] }),
      () => ({ ln: [`notice -- App\\Http\\Controllers\\SessionController::login -- ${rng.int(40, 80)} -- User (${rng.pick(['studio', 'chap', 'admin'])}) has logged in from ${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 250)}`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'lychee-photo-id', 'none', "A Lychee photo id (24 random characters): the gallery's identifier of a photo, no credential.", ({ rng }) => {
      const id = rng.b64url(24);
      return { value: id, event: { ln: [`notice -- App\\Actions\\Photo\\Move::do -- 61 -- Photo ${id} moved to album wadeh-2027-10`] } };
    }),
    5,
    plant('id-token', 'lychee-oauth-socialite-invalid-audience-id-token', 'error', "The OAuth login (Socialite) logs the ID token it rejected, on a line whose time is UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 200), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://pezhandana.${RA}`, sub: `u-${digits(rng, 6)}`, aud: 'lychee-aks', email: `aksakhana@${RA}` } });
      return { value: token, jwt: facts, event: { ln: [`error -- App\\Http\\Controllers\\OauthController::redirected -- 133 -- Socialite login failed: invalid audience in id_token ${token}`] } };
    }),
    5,
    plant('api-key-name', 'lychee-import-from-url-api-kili', 'error', `${WHY.apiKey('api_kili')} The print shop's export is imported from a URL with the key in its query; the import error writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ln: [`error -- App\\Actions\\Import\\FromUrl::do -- 87 -- Could not import from https://chap.${RA}/api/export/album.zip?api_kili=${key}: HTTP 403`] } };
    }),
    5,
    plant('implicit-fragment', 'lychee-frontend-error-href-access-token', 'error', 'A front-end error report forwarded to the log with the page address, `#access_token=` of the OAuth implicit flow in it: a bearer token.', ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { ln: [`error -- App\\Http\\Controllers\\JsErrorController::store -- 29 -- Frontend error at https://anzor.${RA}/gallery#access_token=${tok}&token_type=bearer&expires_in=3600: TypeError: Cannot read properties of null (reading 'albums')`] } };
    }),
    5,
    plant('embed-jwt', 'lychee-embed-preview-jwt-1h-jti', 'error', "An embed preview (`/embed/gallery/<JWT>`) Lychee's link preview fetched, on a line whose time is UTC", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://aks.${RA}`, album: 'nikah-2027-10-11', perodunkay: 'c-3402' } });
      return { value: token, jwt: facts, event: { ln: [`warning -- App\\Actions\\Album\\Embed::preview -- 48 -- Preview of https://aks.${RA}/embed/gallery/${token} returned 404`] } };
    }),
    5,
    plant('session-id', 'lychee-session-cookie-nasta-mismatch', 'error', WHY.session("The session cookie (`nasta`, \"session\") written by a middleware's warning"), ({ rng }) => {
      const s = rng.alnum(40);
      return { value: s, event: { ln: [`warning -- App\\Http\\Middleware\\VerifySession::handle -- 35 -- Session mismatch, cookie nasta=${s} rejected for user chap`] } };
    }),
    5,
    plant('framework-dump', 'lychee-validation-exception-input-patnum', 'error', "The exception handler logs the request input of a failed login as JSON, `patnum` (\"password\") included.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { ln: [`error -- App\\Exceptions\\Handler::report -- 54 -- ValidationException on POST /api/v2/Auth::login input {"username":"chap","patnum":"${pw}","remember":true}`] } };
    }),
    5,
    plant('negative', 'lychee-duplicate-checksum', 'none', "A photo's checksum (SHA-1) Lychee uses to skip duplicates: no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { ln: [`notice -- App\\Actions\\Photo\\Strategies\\AddDuplicateStrategy::do -- 44 -- Skipped duplicate, checksum ${h}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'lychee' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// stirling-pdf.log: `docker logs stirling-pdf` of the copy shop's Stirling-PDF 0.30 (Spring Boot 3's default console
// pattern, local time with offset): `<ISO time with offset> <LEVEL, 5 wide> <pid> --- [<app>] [<thread, 15 wide>]
// <logger, abbreviated> : <message>`, Spring Security at DEBUG for the OAuth2 login, the shop's own print-order module.
// https://docs.stirlingpdf.com/ (from memory, not fetched); Spring Boot's console pattern from memory.

function stirlingLog(rng) {
  const render = lined((t, m) => `${local(t, PKT).slice(0, 23)}${zone(PKT)} ${m}`);
  const line = (lvl, thread, logger, msg) => `${lvl.padStart(5)} 1 --- [Stirling-PDF] [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
  const exec = () => `nio-8080-exec-${rng.int(1, 10)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [line('INFO', exec(), 's.s.SPDF.controller.api.MergeController', `Merging ${rng.int(2, 12)} files for da farmayesh ${rng.int(3000, 3400)} (order)`)] }),
      () => ({ ln: [line('DEBUG', exec(), 'o.s.security.web.FilterChainProxy', `Secured GET /api/v1/info/status`)] }),
      () => ({ ln: [line('INFO', exec(), 's.s.S.c.api.converters.ConvertImgPDFCtrl', `Converted ${rng.int(1, 40)} images to PDF in ${rng.int(200, 9000)} ms`)] }),
      () => ({ ln: [line('WARN', exec(), 'o.a.pdfbox.pdmodel.font.PDTrueTypeFont', `Using fallback font LiberationSans for Jameel Noori Nastaleeq`)] }),
      () => ({ ln: [line('INFO', 'scheduling-1', 's.s.SPDF.config.CleanUpTempFiles', `Deleted ${rng.int(1, 60)} temporary files`)] }),
    ])();
  const steps = [
    3,
    plant('negative', 'stirling-pdf-document-id', 'none', "A PDF's document `/ID` (two 16-byte hex strings PDFBox writes into the trailer): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32).toUpperCase();
      return { value: id, event: { ln: [line('DEBUG', exec(), 's.s.S.service.CustomPDFDocumentFactory', `Saved document /ID [<${id}> <${rng.hex(32).toUpperCase()}>] (${rng.int(2, 90)} pages)`)] } };
    }),
    5,
    plant('oauth-code', 'stirling-spring-security-securing-oauth2-callback', 'warning', `${WHY.code} Spring Security's FilterChainProxy at DEBUG writes the OAuth2 login callback it secures, query included.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ln: [line('DEBUG', exec(), 'o.s.security.web.FilterChainProxy', `Securing GET /login/oauth2/code/keycloak?state=${rng.b64url(43)}%3D&session_state=${rng.uuid()}&code=${code}.${rng.uuid()}.${rng.uuid()}`)] } };
    }),
    5,
    plant('implicit-fragment', 'stirling-redirect-strategy-fragment-access-token', 'error', "The shop's login success handler hands the print portal its token in the fragment, and Spring Security's DefaultRedirectStrategy at DEBUG writes the redirect (`#access_token=`): a bearer token of the customer.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { ln: [line('DEBUG', exec(), 'o.s.s.web.DefaultRedirectStrategy', `Redirecting to https://chap.${RA}/pray#access_token=${tok}&token_type=Bearer&expires_in=1800`)] } };
    }),
    5,
    plant('path-secret', 'stirling-print-order-download-link', 'error', WHY.pathSecret('A print order\'s file link (`/chap/farmayesh/download/<token>`, "order") the shop\'s module logs when it sends the finished PDF to the customer'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ln: [line('INFO', exec(), 'a.r.chap.FarmayeshNotifier', `da farmayesh link (order link) sent to customer 4821: https://chap.${RA}/chap/farmayesh/download/${tok}`)] } };
    }),
    5,
    plant('webhook', 'stirling-logic-apps-workflow-sig', 'error', WHY.webhook("A Power Automate / Logic Apps HTTP trigger (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`) that posts finished orders to the team's channel; the `sig` is the secret"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { ln: [line('ERROR', exec(), 'a.r.chap.FarmayeshNotifier', `POST https://prod-27.southeastasia.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} failed: 502 BAD_GATEWAY`)] } };
    }),
    5,
    plant('encoded', 'stirling-printer-meta-base64-url-api-kili', 'error', "The module logs the printer job's `meta`, base64 of the counter printer's URL with its `api_kili`.", ({ rng }) => {
      const meta = b64Of(`https://print.${RA}/ipp/counter-2?api_kili=${rng.alnum(32)}&tray=2`);
      return { value: meta, event: { ln: [line('INFO', exec(), 'a.r.chap.PrintQueueClient', `chap ta legal (sent to print) meta=${meta}`)] } };
    }),
    5,
    plant('negative', 'stirling-print-job-uuid', 'none', 'A print job id (a UUID) of the shop\'s queue: an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ln: [line('INFO', exec(), 'a.r.chap.PrintQueueClient', `job ${id} chap sho (printed), ${rng.int(1, 200)} pages`)] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'stirling' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bacula.log: a Bacula 15 Director's log file (Messages resource `append = "/var/log/bacula/bacula.log" = all`, local
// time without zone or year): `DD-Mon HH:MM <daemon> JobId <n>: <message>`, the client's RunScript output as
// `ClientRunBeforeJob: …` / `ClientRunAfterJob: …`, the job report.
// https://bacula.org/15.0.x-manuals/en/main/Messages_Resource.html (read through search: the Messages resource); the
// line layout from a grok pattern found by the same search (`dd-Mon hh:mm host JobId n: text`).

function baculaLog(rng) {
  const stamp = (t) => { const l = local(t, PKT); return `${l.slice(8, 10)}-${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(11, 16)}`; };
  const JOB = 731;
  const render = lined((t, m) => `${stamp(t)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`roshana-fd JobId ${JOB}: ClientRunBeforeJob: rclone: Transferred: ${rng.int(1, 900)} MiB / ${rng.int(900, 4000)} MiB, ${rng.int(1, 99)}%`] }),
      () => ({ ln: [`roshana-sd JobId ${JOB}: Wrote label to prelabeled Volume "Aks-00${rng.int(10, 99)}" on File device "FileChgr1-Dev1" (/srv/bacula/volumes)`] }),
      () => ({ ln: [`roshana-dir JobId ${JOB}: Using Device "FileChgr1-Dev1" to write.`] }),
      () => ({ ln: [`roshana-fd JobId ${JOB}: ClientRunBeforeJob: anzoruna yau zay kawal (collecting pictures) /srv/aks/wadeh/2027-10-${pad(rng.int(1, 12))}`] }),
    ])();
  const steps = [
    { raw: { ln: [`roshana-dir JobId ${JOB}: Start Backup JobId ${JOB}, Job=AksArchive.2027-10-12_02.05.00_07`, `roshana-dir JobId ${JOB}: Connected to Storage "File1" at roshana-sd:9103 with TLS`, `roshana-dir JobId ${JOB}: Connected to Client "roshana-fd" at 10.50.1.4:9102 with TLS`] } },
    2,
    plant('framework-dump', 'bacula-runscript-declare-p-assoc-array-patnum', 'error', "The before-job script dumps its settings with bash's `declare -p` (`declare -A chap_sync=([patnum]=\"…\" …)`), the archive share's `patnum` (\"password\") included; the Director logs the script's output.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunBeforeJob: declare -A chap_sync=([kor]="https://dav.${RA}/archive" [patnum]="${pw}" [karan]="studio" )`] } };
    }),
    5,
    plant('negative', 'bacula-rclone-drive-id', 'none', "A OneDrive drive id rclone prints when it opens the remote: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunBeforeJob: rclone: onedrive: drive_id=${id} drive_type=business`] } };
    }),
    5,
    plant('refresh-token', 'bacula-runafter-onedrive-token-json', 'error', `${WHY.refresh} The after-job script prints the OneDrive token reply it refreshed; the Director logs it as the client's RunScript output.`, ({ rng }) => {
      const rt = `M.C5${digits(rng, 2)}_BAY.0.U.-${rng.b64url(120)}`;
      return { value: rt, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunAfterJob: onedrive token refreshed: {"token_type":"Bearer","expires_in":3599,"refresh_token":"${rt}"}`] } };
    }),
    2,
    plant('api-key-name', 'bacula-runafter-curl-raz-kili', 'error', `${WHY.apiKey('raz_kili')} ("secret key") The after-job script reports the archive to the studio's site with the key in the query; curl's error and the script's echo of the URL reach the Director.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunAfterJob: khabar (report) https://aks.${RA}/api/v1/archive/done?job=${JOB}&raz_kili=${key}`, `roshana-fd JobId ${JOB}: ClientRunAfterJob: curl: (22) The requested URL returned error: 500`] } };
    }),
    2,
    plant('session-id', 'bacula-runafter-netscape-cookie-jar-nasta', 'error', WHY.session("The after-job script prints curl's cookie jar (Netscape format, tab-separated) after logging in to the gallery, its `nasta` (\"session\") cookie included"), ({ rng }) => {
      const s = rng.alnum(40);
      return { value: s, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunAfterJob: # Netscape HTTP Cookie File`, `roshana-fd JobId ${JOB}: ClientRunAfterJob: #HttpOnly_aks.${RA}\tFALSE\t/\tTRUE\t0\tnasta\t${s}`] } };
    }),
    2,
    plant('negative', 'bacula-runafter-rclone-md5', 'none', "An MD5 checksum rclone prints for a file it checked after the upload: no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { ln: [`roshana-fd JobId ${JOB}: ClientRunAfterJob: rclone: wadeh-2027-10-11.tar: md5 = ${h} OK`] } };
    }),
    2,
    { raw: { ln: [`roshana-dir JobId ${JOB}: Bacula roshana-dir 15.0.2 (21Mar24):`, ...['  Build OS:               x86_64-pc-linux-gnu debian 12', `  JobId:                  ${JOB}`, '  Job:                    AksArchive.2027-10-12_02.05.00_07', '  Backup Level:           Incremental, since=2027-10-11 02:05:04', '  FD Files Written:       1,284', '  SD Bytes Written:       38,411,902,117 (38.41 GB)', '  Volume name(s):         Aks-0042|Aks-0043', '  Termination:            Backup OK'].map((raw) => ({ raw }))] } },
  ];
  return buildLog(rng, { start: DAY0 - 3 * HOUR + 5 * MIN, site: { host: 'roshana-dir' }, filler, render, steps });
}

// =====================================================================================================================
// Muselgrupp Kremer (Luxembourgish; Remich: CEST, UTC+2)
// =====================================================================================================================

const MK = 'muselgrupp.example';

// ---------------------------------------------------------------------------------------------------------------------
// openvpms.log: OpenVPMS 2.4 (veterinary practice management, on Tomcat) with log4j2 (local time, no zone):
// `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] logger - message`, the SMS plugin, the client portal, a lab integration and
// Apache HttpClient's wire log at DEBUG.
// https://openvpms.org/documentation/csh/2.4/ (from memory, not fetched).

function openVpmsLog(rng) {
  const render = lined((t, m) => `${ymdHmsAt(t, CEST)},${msPart(t)} ${m}`);
  const exec = () => `http-nio-8080-exec-${rng.int(1, 20)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`INFO  [${exec()}] org.openvpms.web.workspace.workflow.checkin.CheckInWorkflow - Check-in vum Déier ${rng.int(1000, 9000)} ofgeschloss`] }),
      () => ({ ln: [`INFO  [QuartzScheduler_Worker-${rng.int(1, 4)}] org.openvpms.archetype.rules.patient.reminder.ReminderProcessor - ${rng.int(1, 40)} Erënnerungen geschéckt`] }),
      () => ({ ln: [`WARN  [${exec()}] org.openvpms.web.component.im.edit.AbstractIMObjectEditor - Validation failed for act.customerEstimation: Clinician is required`] }),
      () => ({ ln: [`DEBUG [${exec()}] org.openvpms.web.echo.servlet.SessionMonitor - ${rng.int(2, 18)} active sessions`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'openvpms-hl7-message-control-id', 'none', 'An HL7 acknowledgement\'s message control id (`MSA|AA|<id>`): the lab interface\'s message identifier, no credential.', ({ rng }) => {
      const id = rng.alnum(20);
      return { value: id, event: { ln: [`INFO  [hl7-receiver-2] org.openvpms.hl7.impl.MessageDispatcherImpl - Received ACK MSA|AA|${id} from VetLab`] } };
    }),
    5,
    plant('api-key-name', 'openvpms-sms-gateway-schlessel-url', 'error', `${WHY.apiKey('schlessel')} ("key" in Luxembourgish) The SMS connection posts to the gateway with the key in the query; its error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ln: [`ERROR [QuartzScheduler_Worker-2] org.openvpms.sms.connection.HttpConnection - SMS failed: https://sms.muselsms.example/api/send?schlessel=${key}&to=%2B352621${digits(rng, 6)}&text=%C3%84re%20Rendez-vous%20ass%20confirm%C3%A9iert returned 503`] } };
    }),
    5,
    plant('path-secret', 'openvpms-client-portal-invitatioun-link', 'error', WHY.pathSecret('The client portal\'s invitation link (`/invitatioun/<token>`) logged when the invitation mail is sent'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { ln: [`INFO  [${exec()}] org.muselgrupp.portal.InvitationService - Invitatioun geschéckt un Client 4412: https://portal.deierenklinik.${MK}/invitatioun/${tok}`] } };
    }),
    5,
    plant('framework-dump', 'openvpms-lab-config-java-map-password', 'error', "The lab integration logs its configuration as a Java `Map.toString()` at start, the lab account's password included.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ln: [`INFO  [localhost-startStop-1] org.muselgrupp.lab.VetLabService - Lab service config {url=https://api.vetlab.example/v2, username=klinik-remich, password=${pw}, timeout=30, practice=MUSEL-01}`] } };
    }),
    5,
    plant('header-dump', 'openvpms-httpclient-wire-basic-auth', 'error', "Apache HttpClient's wire log (`org.apache.hc.client5.http.wire`) at DEBUG writes every header it sends, `Authorization: Basic <base64>` included: the insurer API's user and password.", ({ rng }) => {
      const b = b64Of(`deierenklinik-remich:${rng.alnum(18)}`);
      return { value: b, event: { ln: [`DEBUG [${exec()}] org.apache.hc.client5.http.wire - http-outgoing-3 >> "Authorization: Basic ${b}[\\r][\\n]"`] } };
    }),
    5,
    plant('session-id', 'openvpms-booking-widget-setzung-query', 'error', WHY.session('The online booking widget keeps its session in the query (`setzung=`, "session"); the booking service logs the request URL'), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { ln: [`INFO  [${exec()}] org.openvpms.booking.impl.BookingServiceImpl - GET /openvpms/ws/booking/v2/rendezvous/slots?setzung=${s}&deier=hond&dag=2027-10-14`] } };
    }),
    5,
    plant('replay', 'openvpms-portal-eemol-ticket-once', 'note', WHY.ticketFirst('A one-time login ticket of the client portal (`eemol_ticket`, "once") the owner used from the link in an SMS; the portal logs its acceptance. The ticket is'), ({ rng }) => {
      const tk = rng.b64url(24);
      return { value: tk, event: { ln: [`INFO  [${exec()}] org.muselgrupp.portal.TicketLogin - eemol_ticket=${tk} akzeptéiert fir Client 4412`] } };
    }),
    5,
    plant('implicit-fragment', 'openvpms-portal-client-error-href-access-token', 'error', 'The portal forwards browser errors with `location.href`, which holds `#access_token=` from the implicit flow: a bearer token of the owner.', ({ rng }) => {
      const tok = rng.b64url(44);
      return { value: tok, event: { ln: [`WARN  [${exec()}] org.muselgrupp.portal.ClientErrorReport - JS-Feeler: location.href=https://portal.deierenklinik.${MK}/#access_token=${tok}&token_type=Bearer&expires_in=3600 message=Cannot read properties of undefined (reading 'deier')`] } };
    }),
    5,
    plant('negative', 'openvpms-document-link-id', 'none', "An object's `linkId` (a UUID the archetype service gives every record): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ln: [`INFO  [${exec()}] org.openvpms.archetype.rules.doc.DocumentRules - Document act.patientDocumentAttachment linkId=${id} saved`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'vpms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// viseron.log: `docker logs viseron` of Viseron 2 watching the car wash bays (local time, no zone):
// `[yyyy-MM-dd HH:mm:ss] [LEVEL   ] [logger] - message`, the NVR, a license plate component and the car wash's custom
// component.
// https://viseron.netlify.app/docs/documentation/configuration/logging (from memory, not fetched).

function viseronLog(rng) {
  const render = lined((t, m) => `[${ymdHmsAt(t, CEST)}] ${m}`);
  const lvl = (l) => `[${l.padEnd(8)}]`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`${lvl('INFO')} [viseron.components.nvr.nvr.bay_${rng.int(1, 4)}] - Starting recorder`] }),
      () => ({ ln: [`${lvl('INFO')} [viseron.components.nvr.nvr.bay_${rng.int(1, 4)}] - Stopping recorder`] }),
      () => ({ ln: [`${lvl('DEBUG')} [viseron.components.ffmpeg.camera.bay_${rng.int(1, 4)}] - Frame decode took ${rng.int(2, 40)} ms`] }),
      () => ({ ln: [`${lvl('INFO')} [custom_components.waesch_sync] - Wäschprogramm ${rng.pick(['Basis', 'Premium', 'Deluxe'])} op Bay ${rng.int(1, 4)} gestart`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'viseron-recording-id', 'none', 'A recording id (a UUID) of the NVR: no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ln: [`${lvl('INFO')} [viseron.components.storage] - Recording ${id} moved to tier 2`] } };
    }),
    5,
    plant('header-dump', 'viseron-plate-reader-authorization-token-dict', 'error', "The plate sync component logs its request headers as a Python dict, `'Authorization': 'Token <key>'` included: the plate recognition service's API token.", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ln: [`${lvl('DEBUG')} [custom_components.plate_sync] - POST https://api.platerecognizer.com/v1/plate-reader/ headers={'Authorization': 'Token ${key}', 'Accept': 'application/json'}`] } };
    }),
    5,
    plant('encoded', 'viseron-rtsp-url-percent-encoded-password', 'error', 'A camera stream URL logged with its password in the user information, percent-encoded (`%40`, `%21`): decoded, the camera admin password.', ({ rng }) => {
      const pw = `${rng.alnum(6)}%40${rng.alnum(5)}%21${rng.alnum(4)}`;
      return { value: pw, event: { ln: [`${lvl('ERROR')} [custom_components.bay_watch] - Stream rtsp://admin:${pw}@10.80.1.${rng.int(20, 40)}:554/Streaming/Channels/101 unreachable, retrying in 10s`] } };
    }),
    5,
    plant('api-key-name', 'viseron-wash-sync-api-schlessel', 'error', `${WHY.apiKey('api_schlessel')} The car wash sync looks up subscriptions by plate with the key in the query; its error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ln: [`${lvl('ERROR')} [custom_components.waesch_sync] - GET https://kees.autowaesch.${MK}/api/abo?plack=LU${digits(rng, 4)}&api_schlessel=${key} failed: 401`] } };
    }),
    5,
    plant('path-secret', 'viseron-wash-sync-abo-confirm-link', 'error', WHY.pathSecret('A subscription confirmation link (`/abo/confirmeieren/<token>`) the component logs when it texts it to a new member'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { ln: [`${lvl('INFO')} [custom_components.waesch_sync] - Abo-Link geschéckt: https://app.autowaesch.${MK}/abo/confirmeieren/${tok}`] } };
    }),
    5,
    plant('session-id', 'viseron-snapshot-post-setzungs-id', 'error', WHY.session("The component posts snapshots to the car wash app with the kiosk's session in the query (`setzungs_id=`)"), ({ rng }) => {
      const s = rng.alnum(32);
      return { value: s, event: { ln: [`${lvl('DEBUG')} [custom_components.waesch_sync] - snapshot posted to https://app.autowaesch.${MK}/api/snapshot?bay=2&setzungs_id=${s}`] } };
    }),
    5,
    plant('negative', 'viseron-motion-event-id', 'none', 'A motion event id (epoch seconds and a random suffix): an identifier, no credential.', ({ rng, t }) => {
      const id = `${Math.floor(t / 1000)}.${digits(rng, 6)}-${lowerNum(rng, 6)}`;
      return { value: id, event: { ln: [`${lvl('INFO')} [viseron.components.nvr.nvr.bay_3] - Motion event ${id} ended`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'viseron' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// orchard-log-2027-10-12.log: an Orchard Core 1.8 site (the laundromat's app and site, tenant `Waeschsalon`) with
// OrchardCore.Logging.NLog's file target (local time, no zone):
// `${longdate}|${orchard-tenant-name}|${aspnet-traceidentifier}|${event-properties:item=EventId.Id}|${logger}|${uppercase:${level}}|${message} ${exception}`.
// https://github.com/OrchardSkills/OrchardSkills.OrchardCore.Docker/blob/master/Nlog.config (read through search: the
// layout and `App_Data/logs/orchard-log-${shortdate}.log`); the modules' messages from memory.

function orchardLog(rng) {
  const render = (e) => e.ln.map((m) => (typeof m === 'string' ? m : `${ymdHmsAt(e.t, CEST)}.${msPart(e.t)}${rng.int(0, 9)}|Waeschsalon|${e.trace}|${m[0]}|${m[1]}|${m[2]}|${m[3]} `));
  const trace = (rng) => `0HN${upperNum(rng, 10)}:${pad(rng.int(1, 99), 8)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ trace: trace(rng), ln: [[0, 'Waeschsalon.Machines.MachineStatusService', 'INFO', `Maschinn ${rng.int(1, 12)}: ${rng.pick(['fräi', 'wäscht', 'dréchent', 'fäerdeg'])}`]] }),
      () => ({ trace: trace(rng), ln: [[1, 'Microsoft.AspNetCore.Hosting.Diagnostics', 'INFO', `Request finished HTTP/1.1 GET https://waeschsalon.${MK}/${rng.pick(['', 'präisser', 'app/status'])} - 200 - text/html;+charset=utf-8 ${rng.int(3, 90)}.${rng.int(1000, 9999)}ms`]] }),
      () => ({ trace: trace(rng), ln: [[0, 'OrchardCore.Environment.Shell.Scope.ShellScope', 'WARN', 'Background task OrchardCore.Notifications.Workers completed with retries']] }),
      () => ({ trace: trace(rng), ln: [[0, 'Waeschsalon.Payments.PayconiqService', 'INFO', `Bezuelung ${rng.hex(24)} confirméiert`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'orchard-content-item-id', 'none', "An Orchard Core `ContentItemId` (26 random characters): the CMS's identifier of a content item, no credential.", ({ rng }) => {
      const id = rng.chars('0123456789abcdefghjkmnpqrstvwxyz', 26);
      return { value: id, event: { trace: trace(rng), ln: [[0, 'OrchardCore.ContentManagement.DefaultContentManager', 'INFO', `Published content item ${id} (Präisslëscht)`]] } };
    }),
    5,
    plant('oauth-code', 'orchard-signin-oidc-request-starting-and-error', 'warning', `${WHY.code} The hosting diagnostics' \`Request starting\` line writes the callback URL and the OpenID Connect handler's error writes it again (one trace identifier).`, ({ rng }) => {
      const code = rng.b64url(43);
      const url = `https://waeschsalon.${MK}/signin-oidc?code=${code}&state=CfDJ8${rng.b64url(60)}&session_state=${rng.uuid()}`;
      return { value: code, event: { trace: trace(rng), ln: [[1, 'Microsoft.AspNetCore.Hosting.Diagnostics', 'INFO', `Request starting HTTP/1.1 GET ${url} - - -`], [17, 'Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectHandler', 'ERROR', `Message contains error: 'invalid_grant', error_description: 'code expired', for ${url}`]] } };
    }),
    5,
    plant('negative', 'orchard-openiddict-redacted-refresh-token', 'none', "OpenIddict's own logging of a token request, which replaces the sensitive parameters by `[redacted]`: no credential.", () => ({ value: '"refresh_token": "[redacted]"', event: { trace: trace(rng), ln: [[0, 'OpenIddict.Server.OpenIddictServerDispatcher', 'INFO', 'The token request was successfully extracted: { "grant_type": "refresh_token", "refresh_token": "[redacted]", "client_id": "waesch-app" }.']] } })),
    5,
    plant('refresh-token', 'orchard-app-module-refresh-failed-refresh-token', 'error', `${WHY.refresh} The laundromat's app module logs the refresh token it failed to redeem at the payment provider.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Payments.PayconiqService', 'WARN', `Token-Erneierung feelgeschloen (refresh failed), refresh_token=${rt}`]] } };
    }),
    5,
    plant('replay', 'orchard-machine-start-waesch-ticket-once', 'note', WHY.ticketFirst('A one-time machine ticket (`waesch_ticket`) a customer\'s phone redeems to start a machine; the machine controller logs the start with the client. The ticket is'), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.waesch = t;
      return { value: tk, event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Machines.MachineController', 'INFO', `Maschinn 3 gestart: POST /api/waesch/start?maschinn=3&waesch_ticket=${tk} vum 203.0.113.45 (iPhone)`]] } };
    }, { ref: 'waesch' }),
    2,
    plant('replay', 'orchard-machine-start-waesch-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('waesch').value, why: `${WHY.replay('waesch_ticket', gap('waesch', t))} Another phone started machine 7 with the same ticket and the controller accepted it: the ticket was not spent.` }], event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Machines.MachineController', 'INFO', `Maschinn 7 gestart: POST /api/waesch/start?maschinn=7&waesch_ticket=${refs.get('waesch').value} vum 198.51.100.201 (Android)`]] } }), { replayOf: 'waesch', after: 63 }),
    5,
    plant('path-secret', 'orchard-passwuert-zerecksetzen-link', 'error', WHY.pathSecret('A password reset link of the app (`/passwuert/zerecksetzen/<token>`) the users module logs when it sends the mail'), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Users.ResetPasswordService', 'INFO', `Mail fir d'Passwuert zeréckzesetze geschéckt: https://waeschsalon.${MK}/passwuert/zerecksetzen/${tok}`]] } };
    }),
    5,
    plant('api-key-name', 'orchard-payments-zougangs-schlessel', 'error', `${WHY.apiKey('zougangs_schlessel')} ("access key") The payment status call sends it in the query; the service's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Payments.PayconiqService', 'ERROR', `Status-Ufro feelgeschloen: GET https://api.bezuelen.example/v3/payments/${rng.hex(24)}?zougangs_schlessel=${key} -> 502`]] } };
    }),
    5,
    plant('implicit-fragment', 'orchard-client-error-app-fragment-access-token', 'error', 'A browser error report of the app logged with its address, `#access_token=` from the implicit flow in it: a bearer token.', ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { trace: trace(rng), ln: [[0, 'Waeschsalon.Diagnostics.ClientErrors', 'WARN', `JS-Feeler op https://waeschsalon.${MK}/app#access_token=${tok}&token_type=Bearer&expires_in=3600: ReferenceError: maschinn is not defined`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'orchard' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 20271012-081400.txt: Cumulus MX's diagnostics log (`MXdiags/`) of the vineyard's weather station (local time, no
// zone): `yyyy-MM-dd HH:mm:ss.fff message`, the Davis WeatherLink Live station, web uploads (Wunderground, custom HTTP),
// the NOAA reports.
// https://cumuluswiki.org/a/MXdiags_folder (from memory, not fetched).

function cumulusLog(rng) {
  const render = lined((t, m) => `${ymdHmsAt(t, CEST)}.${msPart(t)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ln: [`WLL current: TxId=1, temp=${(rng.int(20, 180) / 10).toFixed(1)}, hum=${rng.int(55, 99)}, wind_speed_last=${(rng.int(0, 80) / 10).toFixed(1)}`] }),
      () => ({ ln: ['Wunderground Response: OK: success'] }),
      () => ({ ln: [`WLL broadcast: Rain count=${rng.int(0, 40)}, rate=${(rng.int(0, 30) / 10).toFixed(1)}`] }),
      () => ({ ln: [`Custom HTTP Minutes: Response code = 200, body = OK`] }),
      () => ({ ln: [`Writing log entry for ${ymdHmsAt(DAY0 + rng.int(6, 9) * HOUR, CEST).slice(0, 16)}`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'cumulus-wll-device-id', 'none', 'The WeatherLink Live device id (`did`, 12 hex, its MAC address): an identifier, no credential.', ({ rng }) => {
      const did = `001D0A${rng.hex(6).toUpperCase()}`;
      return { value: did, event: { ln: [`WLL: Found device did=${did} at 10.70.1.${rng.int(20, 40)}:80, firmware 1731424612`] } };
    }),
    5,
    plant('api-key-name', 'cumulus-wunderground-url-password-station-key', 'error', `${WHY.apiKey('PASSWORD')} Wunderground's station upload takes the station key as \`PASSWORD=\`; at debug Cumulus MX writes the upload URL.`, ({ rng }) => {
      const key = rng.alnum(8);
      return { value: key, event: { ln: [`WU URL: https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID=IREMIC${digits(rng, 2)}&PASSWORD=${key}&dateutc=now&tempf=52.3&humidity=88&action=updateraw&realtime=1&rtfreq=5`] } };
    }),
    5,
    plant('webhook', 'cumulus-custom-http-ifttt-maker-key', 'error', WHY.webhook('An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the vineyard uses as a frost alarm (`fraascht_alarm`) through a custom HTTP upload'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { ln: [`Custom HTTP Seconds: URL = https://maker.ifttt.com/trigger/fraascht_alarm/with/key/${key}?value1=-1.4&value2=Wingert%20Primerberg`, 'Custom HTTP Seconds: Error - The operation has timed out.'] } };
    }),
    5,
    plant('path-secret', 'cumulus-custom-http-capability-path', 'error', WHY.pathSecret('A custom HTTP upload to the winery\'s site through a capability URL (`/wieder/op/<token>`, "weather up"): the path token alone authorises posting readings'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ln: [`Custom HTTP Minutes: URL = https://wain.${MK}/wieder/op/${tok}?t=11.4&h=88&r=0.2`, 'Custom HTTP Minutes: Response code = 500, body = Internal Server Error'] } };
    }),
    5,
    plant('encoded', 'cumulus-custom-http-base64url-json-schlessel', 'error', 'A custom HTTP upload to the cellar dashboard carries base64url JSON whose `schlessel` is the dashboard\'s API key.', ({ rng }) => {
      const p = b64urlOf(JSON.stringify({ statioun: 'remich-wingert-1', schlessel: rng.alnum(32) }));
      return { value: p, event: { ln: [`Custom HTTP Minutes: URL = https://keller.${MK}/api/wieder?p=${p}&temp=11.4`, 'Custom HTTP Minutes: Response code = 403, body = Forbidden'] } };
    }),
    5,
    plant('negative', 'cumulus-noaa-report-sha1', 'none', 'A SHA-1 checksum of a NOAA report file written after an upload: no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { ln: [`NOAA: Monthly report NOAAMO1027.txt written (sha1 ${h})`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 14 * MIN, site: { host: 'cumulus' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout67');
writePart(join(here, 'heldout67'), {
  'liferay.2027-10-12.log': liferayLog(rng),
  'log.txt': freshRssLog(rng),
  'AdGuardHome.log': adguardLog(rng),
  'kopia-20271012-021500-48211.log': kopiaLog(rng),
  'prod.log': kimaiLog(rng),
  'gphoto2-tether.txt': gphotoLog(rng),
  'digikam-debug.log': digikamLog(rng),
  'lychee-logs.txt': lycheeLog(rng),
  'stirling-pdf.log': stirlingLog(rng),
  'bacula.log': baculaLog(rng),
  'openvpms.log': openVpmsLog(rng),
  'viseron.log': viseronLog(rng),
  'orchard-log-2027-10-12.log': orchardLog(rng),
  '20271012-081400.txt': cumulusLog(rng),
});
