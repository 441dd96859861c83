// Writes corpus/logs-in-the-wild/heldout70/: a seventieth held-out part, in formats no other part uses (a Tiny Tiny RSS
// update daemon's log, an Exim 4 rejectlog with `log_timezone`, an XWiki 16 `xwiki.log` whose thread names carry the
// request URL, a WeasyPrint 62 ad-proof renderer's Python log, Coral Talk 9 under `docker logs` (bunyan JSON), a Blue
// Iris 5 log file, collectd 5's logfile plugin, a ufdbGuard 1.35 `ufdbguardd.log` at `logall on`, a munin-node 2 log
// with plugin stderr, Fider's log, a Lyrion Music Server 9 `server.log`, an MPD 0.23 log at `verbose`, a MapServer 8
// `MS_ERRORFILE` at `DEBUG 2`, a GLPI 10 `php-errors.log`), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout70.mjs     rewrites heldout70/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Northgate Press, a Newcastle newspaper (The Northgate Courier) with its printing press at Team Valley
// and the Tyne Wheels bike-sharing scheme it runs for the city (English, five logs); Kautaha ʻOtu Motu, a Nukuʻalofa
// group with a zoo and aquarium (Fale Manu mo e Ika), a backpackers' hostel (Fale Talifaki Halavai) and a golf course
// (Malaʻe Kolofu) (Tongan messages where the apps show them, route, parameter, header and key names in Tongan written in
// ASCII such as `ki`, `ki_api`, `lea_fakapulipuli`, `tikite`, five logs); Ragsak, a Laoag (Ilocos Norte) family group
// with a plumbing contractor (Ragsak Tubero), a seed bank (Pagidulinan ti Bin-i) and a roller-skating rink (Ragsak
// Skating) (Ilocano messages where the apps show them, names such as `tulbek`, `api_tulbek`, `sesyon`, `kontrasenias`,
// `sekreto`, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, HOUR, iso, local, MIN, MONTHS, pad, replayClock, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 8, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Newcastle in September (BST, UTC+1), Nukuʻalofa (TOT, UTC+13), Laoag (PHT, UTC+8). */
const BST = 60;
const TOT = 780;
const PHT = 480;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** `Wed Sep 22 10:02:11 2027` at `offset`. */
const ctime = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${local(ms, offset).slice(11, 19)} ${d.getUTCFullYear()}`;
};

// =====================================================================================================================
// Northgate Press (English; Newcastle: BST, UTC+1)
// =====================================================================================================================

const NG = 'northgate.example';
const TW = 'tynewheels.example';

// ---------------------------------------------------------------------------------------------------------------------
// update_daemon.log: the output of Tiny Tiny RSS's `update_daemon2.php` in the newsroom (wire and council feeds),
// redirected to a file: `[HH:MM:SS/<pid>] <message>` (local time of day, no date, no zone), the master's scheduling lines
// and each worker's feed processing, plugins' messages through Debug::log. From memory (not fetched).

function ttrssLog(rng) {
  const render = (e) => e.tt.map((m) => `[${local(e.t, BST).slice(11, 19)}/${e.pid ?? 2210}] ${m}`);
  const feeds = ['https://www.chroniclelive.example/news/?service=rss', 'https://council.newcastle.example/news/rss.xml', 'https://www.metoffice.example/public/data/PWSCache/WarningsRSS/Region/ne', 'https://nufc.example/feeds/news.xml', 'https://www.bbc.example/news/england/tyne/rss.xml'];
  const filler = (rng) =>
    rng.pick([
      () => ({ tt: [`Scheduled ${rng.int(1, 9)} feeds to update...`] }),
      () => ({ pid: rng.int(30000, 39999), tt: [`fetching [${rng.pick(feeds)}] (force_refetch: 0)...`, `fetch done.`, `processing articles...`, `Processed ${rng.int(0, 40)} articles`] }),
      () => ({ tt: [`Sending SIGCHLD to children...`, `Child ${rng.int(30000, 39999)} reaped.`] }),
      () => ({ tt: [`Waiting before update (${rng.pick([60, 120])})`] }),
      () => ({ pid: rng.int(30000, 39999), tt: [`feed ${rng.int(10, 90)}: not modified (304), skipping`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'ttrss-guid-sha1-hash', 'none', "Tiny Tiny RSS's article GUID (`{\"ver\":2,\"uid\":\"…\",\"hash\":\"SHA1:<40 hex>\"}`): a hash of the feed's entry id, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { pid: rng.int(30000, 39999), tt: [`guid {"ver":2,"uid":"1","hash":"SHA1:${h}"} (new)`, 'base guid found, checking for tags...'] } };
    }),
    4,
    plant('api-key-name', 'ttrss-fetching-subscriber-key', 'error', `${WHY.apiKey('subscriber_key')} The wire service's feed takes the paper's subscription key in the query, and the worker writes the URL it fetches.`, ({ rng }) => {
      const k = rng.hex(32);
      return { value: k, event: { pid: rng.int(30000, 39999), tt: [`fetching [https://wire.pressagency.example/v3/feeds/uk-north?subscriber_key=${k}&fmt=rss] (force_refetch: 0)...`, 'fetch error: HTTP 429 Too Many Requests'] } };
    }),
    4,
    plant('path-secret', 'ttrss-base-feed-private-feed-token', 'error', WHY.pathSecret("A private feed URL of a paid monitoring service (`/rss/private/<token>/latest`), which serves the account's saved searches to whoever has it"), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { pid: rng.int(30000, 39999), tt: [`Base feed: https://alerts.mediamonitor.example/rss/private/${tok}/latest`, `fetching [https://alerts.mediamonitor.example/rss/private/${tok}/latest] (force_refetch: 0)...`] } };
    }),
    4,
    plant('negative', 'ttrss-cache-buster', 'none', 'A cache buster (`_=<milliseconds>`) in a feed URL: a time, no credential.', ({ rng, t }) => {
      const cb = String(t - rng.int(1000, 9000));
      return { value: cb, event: { pid: rng.int(30000, 39999), tt: [`fetching [https://traffic.tyneandwear.example/incidents.rss?_=${cb}] (force_refetch: 0)...`, 'fetch done.'] } };
    }),
    4,
    plant('encoded', 'ttrss-feed-proxy-base64url-url-segment', 'error', "A feed subscribed through a feed proxy whose path holds the upstream URL base64url-encoded (`/r/<base64url>`); the upstream URL decodes to a council open-data feed with its `api_key`.", ({ rng }) => {
      const seg = b64urlOf(`https://opendata.newcastle.example/planning/feed.rss?api_key=${rng.alnum(32)}&ward=all`);
      return { value: seg, event: { pid: rng.int(30000, 39999), tt: [`fetching [https://feedproxy.northgate.example/r/${seg}] (force_refetch: 0)...`, 'fetch error: Operation timed out after 15001 milliseconds with 0 bytes received'] } };
    }),
    4,
    plant('webhook', 'ttrss-plugin-rocketchat-incoming-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) a newsroom plugin posts breaking-news alerts to; the plugin's error writes the URL"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { tt: [`Plugin breaking_alert: POST https://chat.${NG}/hooks/${rng.alnum(17)}/${tok} failed: HTTP 502`] } };
    }),
    4,
    plant('refresh-token', 'ttrss-plugin-graph-mail-refresh-token', 'error', `${WHY.refresh} A plugin that turns the tips mailbox into a feed logs the refresh token it keeps when the token endpoint times out.`, ({ rng }) => {
      const rt = `0.AQ${rng.b64url(90)}`;
      return { value: rt, event: { tt: [`Plugin tips_mailbox: token endpoint timed out, keeping refresh_token=${rt} for next run`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'rss' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rejectlog: /var/log/exim4/rejectlog of the group's Exim 4.98 relay (`log_timezone = true`): `yyyy-mm-dd HH:MM:SS +0100
// <message id> H=… [ip]:port I=[ip]:port F=<…> rejected …`; after a rejection after DATA, the envelope and the header
// lines follow, each with its flag character (`P` Received, `F` From, `T` To, `I` Message-ID, space for others).
// https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html (from memory, not fetched).

function eximRejectlog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)} +0100`;
  const mid = () => `${rng.alnum(6)}-${rng.alnum(11)}-${rng.alnum(4)}`;
  const render = (e) => [`${stamp(e.t)} ${e.id} H=(${e.helo}) [${e.ip}]:${e.port} I=[10.40.0.25]:25 F=<${e.from}> ${e.msg}`, ...(e.hdr ?? [])];
  const headers = (e, extra = []) => [`Envelope-from: <${e.from}>`, `Envelope-to: <${e.to}>`, `P Received: from [${e.ip}] (helo=${e.helo})`, `\tby mx1.${NG} with esmtp (Exim 4.98)`, `\t(envelope-from <${e.from}>)`, `\tid ${e.id}`, `\tfor ${e.to};`, ...extra];
  const spam = ['invest.example', 'cheap-meds.example', 'crypto-win.example', 'lotto-uk.example'];
  const filler = (rng) => {
    const d = rng.pick(spam);
    return rng.pick([
      () => ({ id: mid(), helo: `mail.${d}`, from: `info@${d}`, msg: `rejected RCPT <newsdesk@${NG}>: ${rng.pick(['Sender verify failed', 'relay not permitted', 'JunkMail rejected - listed at zen.spamhaus.org'])}` }),
      () => ({ id: mid(), helo: `mail.${d}`, from: `offers@${d}`, msg: `rejected after DATA: Your message scored ${rng.int(8, 30)}.${rng.int(0, 9)} SpamAssassin points. Report follows:` }),
      () => ({ id: mid(), helo: 'localhost', from: '', msg: 'rejected connection in "connect" ACL: too many connections' }),
    ])();
  };
  const dataReject = (msg, to, extra) => {
    const e = { id: mid(), helo: `app-${rng.int(1, 4)}.${TW}`, from: `no-reply@${TW}`, to, msg: `rejected after DATA: ${msg}` };
    e.ip = `10.40.3.${rng.int(10, 60)}`;
    e.hdr = headers({ ...e, ip: e.ip }, extra);
    return e;
  };
  const steps = [
    3,
    plant('path-secret', 'exim-acl-url-regex-magic-link', 'error', WHY.pathSecret("A bike-share member's sign-in link (`/login/magic/<token>`) quoted by the relay's URL ACL, which rejects mail carrying links to hosts it does not know and writes the matched URL (`$regex1`) in its message"), ({ rng }) => {
      const tok = rng.b64url(43);
      const e = dataReject(`link to unregistered host not permitted: https://go.${TW}/login/magic/${tok}`, `m.robson${rng.int(10, 99)}@mailbox.example`, [`F From: Tyne Wheels <no-reply@${TW}>`, `  Subject: Your sign-in link`]);
      return { value: tok, event: e };
    }),
    3,
    plant('negative', 'exim-dkim-body-hash', 'none', 'A DKIM-Signature header with its body hash (`bh=`) and signature (`b=`): a hash and one message\'s signature, no credential.', ({ rng }) => {
      const bh = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43) + '=';
      const e = dataReject('Your message scored 9.1 SpamAssassin points. Report follows:', `ops@${NG}`, [`  DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${TW}; s=tw2027;`, `\th=From:To:Subject:Date:Message-ID; bh=${bh};`, `\tb=${rng.b64url(86)}`, `F From: Tyne Wheels <no-reply@${TW}>`]);
      return { value: bh, event: e };
    }),
    3,
    plant('embed-jwt', 'exim-acl-url-regex-embed-jwt-no-exp', 'error', "A weekly ride report mailed to a sponsor links an embedded dashboard by its token (`/embed/<JWT>`, no `exp`); the relay's URL ACL rejects the message and writes the URL on the rejection line, with the time and its zone", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 3, 86400 * 40), claims: { iss: `https://stats.${TW}`, resource: { dashboard: 12 }, params: { sponsor: 'greggs-ne' } } });
      const e = dataReject(`link to unregistered host not permitted: https://stats.${TW}/embed/${token}`, 'partnerships@sponsor.example', [`F From: Tyne Wheels <reports@${TW}>`, '  Subject: Weekly rides report']);
      return { value: token, jwt: facts, event: e };
    }),
    3,
    plant('encoded', 'exim-header-rfc2047-base64-subject-reset-link', 'error', "A password reset mail whose Subject is an RFC 2047 encoded-word (`=?UTF-8?B?<base64>?=`); it decodes to the reset link with its `token`, written in the header lines of the rejected message.", ({ rng }) => {
      const subj = `=?UTF-8?B?${b64Of(`Reset your Tyne Wheels password: https://go.${TW}/password/reset?token=${rng.hex(40)}`)}?=`;
      const e = dataReject('message has lines too long for transport', `j.charlton${rng.int(10, 99)}@mailbox.example`, [`F From: Tyne Wheels <no-reply@${TW}>`, `T To: <j.charlton@mailbox.example>`, `  Subject: ${subj}`]);
      return { value: subj, event: e };
    }),
    3,
    plant('implicit-fragment', 'exim-acl-url-regex-access-token-fragment', 'error', "A support agent pasted the address of the app's web login into a reply; the URL ACL writes it with its implicit-flow fragment (`#access_token=…`), a live access token", ({ rng }) => {
      const at = rng.b64url(44);
      const e = dataReject(`link to unregistered host not permitted: https://app.${TW}/account#access_token=${at}&token_type=Bearer&expires_in=3600`, 'rider.help@mailbox.example', [`F From: Tyne Wheels Support <help@${TW}>`, '  Subject: Re: cannot unlock bike 4471']);
      return { value: at, event: e };
    }),
    3,
    plant('negative', 'exim-header-message-id', 'none', "A Message-ID header (`<uuid@host>`): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      const e = dataReject('Your message scored 12.4 SpamAssassin points. Report follows:', `sales@${NG}`, [`I Message-ID: <${id}@${TW}>`, `F From: Tyne Wheels <offers@${TW}>`]);
      return { value: id, event: e };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'mx1' }, filler: (r) => ({ ...filler(r), ip: `203.0.113.${r.int(2, 254)}` }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// xwiki.log: an XWiki 16.10 instance on Tomcat (the newsroom and bike-share operations wiki), logback's pattern from
// XWiki's default logback.xml `%d [%t] %-5level %logger{12} - %msg%n` (local time, no zone); XWiki renames request
// threads to `<thread> - <request URL>`, so every line written while a request runs carries its URL.
// https://www.xwiki.org/xwiki/bin/view/Documentation/AdminGuide/Logging/ (from memory, not fetched).

function xwikiLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.xw.map(([th, lvl, lg, msg]) => `${stamp(e.t)} [${th}] ${lvl.padEnd(5)} ${lg} - ${msg}`);
  const W = `https://wiki.${NG}/xwiki`;
  const exec = () => `http-nio-8080-exec-${rng.int(1, 40)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ xw: [[`${exec()} - ${W}/bin/view/Newsroom/${rng.pick(['Rota', 'StyleGuide', 'Contacts', 'Embargoes'])}`, 'WARN', 'o.x.r.i.m.MacroTransformation', `Failed to execute the [${rng.pick(['include', 'display', 'velocity'])}] macro. Cause: [Failed to find document reference]. Click on this message for details.`]] }),
      () => ({ xw: [['XWiki Solr index thread', 'INFO', 'o.x.s.s.i.DefaultSolrIndexer', `Indexed ${rng.int(1, 60)} documents`]] }),
      () => ({ xw: [[`${exec()} - ${W}/bin/view/TyneWheels/Stations/S${rng.int(100, 480)}`, 'WARN', 'c.x.x.i.XWikiAction', 'Failed to render page: document not found']] }),
      () => ({ xw: [['XWiki Scheduler', 'INFO', 'o.x.w.s.i.SchedulerPlugin', `Executing job [Scheduler.WatchListDailyEmailJob]`]] }),
      () => ({ xw: [[`${exec()} - ${W}/rest/wikis/xwiki/spaces/Newsroom/pages`, 'INFO', 'o.x.r.i.XWikiResource', `GET completed in ${rng.int(4, 300)} ms`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'xwiki-thread-url-form-token', 'none', "XWiki's `form_token` (a CSRF token bound to the session) in a save action's URL: no credential on its own.", ({ rng }) => {
      const ft = rng.alnum(22);
      return { value: ft, event: { xw: [[`${exec()} - ${W}/bin/save/Newsroom/Rota?form_token=${ft}`, 'WARN', 'c.x.x.w.SaveAction', 'Document [xwiki:Newsroom.Rota] was modified concurrently, merging']] } };
    }),
    4,
    plant('oauth-code', 'xwiki-thread-name-oidc-callback-code', 'warning', `${WHY.code} The OpenID Connect authenticator's callback runs in a thread XWiki names after the request URL, so both lines it writes while failing carry the code.`, ({ rng }) => {
      const code = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}.${rng.b64url(40)}`;
      const th = `${exec()} - ${W}/oidc/authenticator/callback?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${code}`;
      return { value: code, event: { xw: [[th, 'WARN', 'o.x.c.o.a.i.OIDCUserManager', 'Failed to get user info: connect timed out'], [th, 'ERROR', 'o.x.c.o.a.OIDCAuthServiceImpl', 'Failed to authenticate user, redirecting to login']] } };
    }),
    4,
    plant('path-secret', 'xwiki-thread-name-reset-password-complete', 'error', WHY.pathSecret("XWiki's password reset completion link (`ResetPasswordComplete?u=<user>&v=<token>`) in the thread name of the request"), ({ rng }) => {
      const v = rng.alnum(30);
      return { value: v, event: { xw: [[`${exec()} - ${W}/bin/view/XWiki/ResetPasswordComplete?u=XWiki.KHepburn&v=${v}`, 'WARN', 'o.x.s.a.i.DefaultResetPasswordManager', 'Cannot send the confirmation e-mail: Connection refused']] } };
    }),
    4,
    plant('api-key-name', 'xwiki-rss-macro-consumer-key', 'error', `${WHY.apiKey('consumer_key')} A newsroom page's RSS macro reads a partner's feed with the key in the URL; the macro's failure writes the URL.`, ({ rng }) => {
      const k = rng.alnum(28);
      return { value: k, event: { xw: [[`${exec()} - ${W}/bin/view/Newsroom/Partners`, 'WARN', 'o.x.r.m.r.i.RssMacro', `Failed to execute the [rss] macro. Cause: [Failed to retrieve RSS feed from [https://partners.syndication.example/feed?consumer_key=${k}&section=north]]. Click on this message for details.`]] } };
    }),
    4,
    plant('framework-dump', 'xwiki-groovy-parameter-map-password', 'error', "A Groovy login helper logs `request.getParameterMap()` as a Groovy map (`[j_username:[…], j_password:[<password>], …]`) while debugging a redirect: the editor's password in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { xw: [[`${exec()} - ${W}/bin/loginsubmit/XWiki/XWikiLogin`, 'INFO', 'o.x.r.g.GroovyScript', `login params [xredirect:[/xwiki/bin/view/Newsroom/], j_username:[rbarlow], j_password:[${pw}], j_rememberme:[true]]`]] } };
    }),
    4,
    plant('negative', 'xwiki-job-id', 'none', "A refactoring job's id (`refactoring/rename/<timestamp>-<n>`): an identifier, no credential.", ({ rng }) => {
      const id = `${rng.int(10, 99)}${rng.int(10000000000, 99999999999)}-${rng.int(100, 999)}`;
      return { value: id, event: { xw: [['XWiki Job Executor', 'INFO', 'o.x.r.i.j.MoveJob', `Starting job [refactoring/rename/${id}]`]] } };
    }),
    4,
    plant('header-dump', 'xwiki-debug-cookie-header-persistent-login', 'error', "An extension's debug line writes the request's `Cookie` header with XWiki's persistent-login cookies (`username`, `password`, `validation`); the `password` cookie is the user's encrypted password, which with the other two logs anyone in for weeks.", ({ rng }) => {
      const pwc = rng.b64url(44);
      return { value: pwc, event: { xw: [[`${exec()} - ${W}/bin/view/TyneWheels/Fleet`, 'DEBUG', 'c.n.x.FleetSyncListener', `request headers: Cookie: JSESSIONID=${rng.hex(32).toUpperCase()}; username=${rng.b64url(24)}; password=${pwc}; validation=${rng.hex(32)}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'wiki' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// proof-renderer.log: the printing press's ad-proof renderer, a Python service rendering HTML proofs to PDF with
// WeasyPrint 62, logging with `%(asctime)s %(levelname)s [%(name)s] %(message)s` and `datefmt='%Y-%m-%dT%H:%M:%S%z'`;
// WeasyPrint's own warnings (`Failed to load image at …`, `Failed to load stylesheet at …`, `Ignored …`).
// https://doc.courtbouillon.org/weasyprint/stable/first_steps.html#logging (from memory, not fetched).

function weasyprintLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}+0100`;
  const render = (e) => e.wp.map(([lvl, name, msg]) => `${stamp(e.t)} ${lvl} [${name}] ${msg}`);
  const job = () => `AD-${rng.int(2027000, 2027999)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ wp: [['INFO', 'proofs.worker', `rendering ${job()} (${rng.pick(['quarter page', 'half page', 'full page', 'strip'])}, edition ${rng.pick(['Courier', 'Courier Sunday', 'Weekly Property'])})`]] }),
      () => ({ wp: [['WARNING', 'weasyprint', `Ignored \`${rng.pick(['text-wrap: balance', 'container-type: inline-size', 'aspect-ratio: 4 / 3'])}\` at ${rng.int(1, 90)}:${rng.int(1, 40)}, unknown property.`]] }),
      () => ({ wp: [['INFO', 'proofs.worker', `proof written: /srv/proofs/2027-09-21/${job()}.pdf (${rng.int(2, 30)} pages)`]] }),
      () => ({ wp: [['INFO', 'proofs.queue', `queue depth ${rng.int(0, 14)}`]] }),
    ])();
  const steps = [
    3,
    plant('embed-jwt', 'weasyprint-failed-image-embed-chart-jwt', 'error', "An advertiser's proof includes a chart through its embed URL (`/embed/<JWT>/chart.png`); WeasyPrint's warning writes the URL it could not load, on a line with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), claims: { iss: `https://charts.${NG}`, chart: 'house-prices-ne', advertiser: 'hadrian-homes' } });
      return { value: token, jwt: facts, event: { wp: [['WARNING', 'weasyprint', `Failed to load image at 'https://charts.${NG}/embed/${token}/chart.png': HTTPError: HTTP Error 404: Not Found`]] } };
    }),
    3,
    plant('negative', 'weasyprint-proof-sha256', 'none', "The proof PDF's SHA-256 the renderer logs for the press's plate check: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { wp: [['INFO', 'proofs.worker', `proof approved ${job()} sha256=${h}`]] } };
    }),
    3,
    plant('api-key-name', 'weasyprint-failed-stylesheet-licence-key', 'error', `${WHY.apiKey('licence_key')} A type foundry serves the licensed fonts' CSS with the key in the query; WeasyPrint writes the stylesheet URL it could not load.`, ({ rng }) => {
      const k = rng.hex(40);
      return { value: k, event: { wp: [['WARNING', 'weasyprint', `Failed to load stylesheet at 'https://fonts.typefoundry.example/css?family=Courier+Serif:400,700&licence_key=${k}': URLError: <urlopen error [Errno -3] Temporary failure in name resolution>`]] } };
    }),
    3,
    plant('header-dump', 'weasyprint-url-fetcher-headers-drf-token', 'error', "The renderer's custom `url_fetcher` logs the headers it sends to the ads API as a Python dict (`'Authorization': 'Token <40 hex>'`, Django REST framework's token scheme): the service account's key, which does not expire.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { wp: [['DEBUG', 'proofs.fetcher', `GET https://ads.${NG}/api/creatives/${rng.int(10000, 99999)}/asset headers={'Accept': 'image/*', 'Authorization': 'Token ${tok}', 'User-Agent': 'WeasyPrint 62.3'}`]] } };
    }),
    3,
    plant('id-token', 'weasyprint-failed-image-id-token-query', 'error', "The digital asset manager accepts an `id_token` in the query for images embedded in proofs; WeasyPrint's warning writes the image URL with it (RS256, live), on a line with its time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(120, 1800), jti: true, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://sso.${NG}`, aud: 'dam', sub: 'svc-proofs', email: 'proofs@northgate.example' } });
      return { value: token, jwt: facts, event: { wp: [['WARNING', 'weasyprint', `Failed to load image at 'https://dam.${NG}/assets/${rng.hex(12)}/hero.jpg?id_token=${token}': HTTPError: HTTP Error 401: Unauthorized`]] } };
    }),
    3,
    plant('refresh-token', 'weasyprint-ads-api-refresh-token-repr', 'error', `${WHY.refresh} The ads API client logs the refresh token (a Python repr) when its refresh is refused.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { wp: [['ERROR', 'proofs.adsapi', `token refresh failed (400 invalid_grant), refresh_token='${rt}', retrying in 30s`]] } };
    }),
    3,
    plant('implicit-fragment', 'weasyprint-failed-image-tracking-pixel-fragment', 'error', "An agency's creative carries a tracking pixel copied from a browser's address bar, the implicit-flow fragment included (`#access_token=…`); WeasyPrint writes the image URL whole", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { wp: [['WARNING', 'weasyprint', `Failed to load image at 'https://track.adagency.example/px/callback#access_token=${at}&token_type=bearer&expires_in=7200': ValueError: Not an image`]] } };
    }),
    3,
    plant('negative', 'weasyprint-proof-job-uuid', 'none', "A proof job's UUID: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { wp: [['INFO', 'proofs.queue', `job ${id} picked up by worker press-${rng.int(1, 3)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'proofs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// coral.log: `docker logs` of the newspaper's Coral Talk 9 (the comments), one bunyan JSON object a line (`name`,
// `hostname`, `pid`, `level` as a number, `msg`, `time` in RFC 3339 UTC, `v`), with the fields Coral adds.
// https://docs.coralproject.net/ (from memory, not fetched); the fields from memory.

function coralLog(rng) {
  const render = (e) => e.co.map((o) => JSON.stringify({ name: 'coral', hostname: 'coral-7d9f6c5b8-x2kqp', pid: 1, level: o.level ?? 30, ...o.f, msg: o.msg, time: iso(e.t), v: 0 }));
  const C = `https://comments.${NG}`;
  const req = (rng, url, extra = {}) => ({ msg: 'http request', f: { req: { method: 'GET', url, remoteAddress: extra.ip ?? `203.0.113.${rng.int(2, 254)}`, userAgent: extra.ua ?? rng.pick(BROWSERS) }, res: { statusCode: extra.status ?? 200 }, responseTime: rng.int(3, 200), traceID: extra.trace ?? rng.hex(32) } });
  const filler = (rng) =>
    rng.pick([
      () => ({ co: [req(rng, `/api/graphql?operationName=${rng.pick(['StreamQuery', 'CommentsQuery', 'ViewerQuery'])}`)] }),
      () => ({ co: [{ msg: 'comment created', f: { tenantID: 'ngc', storyID: rng.uuid(), status: rng.pick(['APPROVED', 'NONE', 'SYSTEM_WITHHELD']) } }] }),
      () => ({ co: [{ level: 20, msg: 'cache hit', f: { key: `story:${rng.uuid()}` } }] }),
      () => ({ co: [req(rng, `/assets/js/stream.${rng.hex(8)}.js`)] }),
    ])();
  const steps = [
    3,
    plant('id-token', 'coral-oidc-verify-failed-id-token-field', 'error', "Coral's OIDC integration logs the `id_token` it could not verify (RS256, live), in a JSON line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://sso.${NG}`, aud: 'coral', sub: rng.uuid(), email: 'reader@mailbox.example', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { co: [{ level: 40, msg: 'could not verify id_token', f: { integration: 'oidc', id_token: token, err: { message: 'unable to find a signing key that matches', name: 'SigningKeyNotFoundError' } } }] } };
    }),
    3,
    plant('negative', 'coral-graphql-cursor-base64-json', 'none', "A comments page cursor (`after`): base64 of a JSON date and offset that starts `eyJ` like a JWT, with no dots: no credential.", ({ rng }) => {
      const cur = b64Of(JSON.stringify({ createdAt: iso(DAY0 - rng.int(1, 9) * HOUR), offset: rng.int(20, 200) }));
      return { value: cur, event: { co: [{ level: 20, msg: 'executing query', f: { operationName: 'CommentsQuery', variables: { storyID: rng.uuid(), first: 20, after: cur } } }] } };
    }),
    3,
    plant('implicit-fragment', 'coral-story-url-not-permitted-fragment', 'error', "A reader opened an article from an app's login redirect, so the story URL Coral refused carries the implicit-flow fragment (`#access_token=…`) of the paper's reader app", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { co: [{ level: 40, msg: 'story url not permitted by site allowlist', f: { tenantID: 'ngc', storyURL: `https://reader.${NG}/sport/nufc-${rng.int(1000, 9999)}#access_token=${at}&token_type=Bearer&expires_in=3600` } }] } };
    }),
    3,
    plant('replay', 'coral-auth-link-ticket-once', 'note', WHY.ticketFirst("A single-use login ticket (`ticket=`) the paper's site hands to Coral when a subscriber opens the comments; Coral's request line writes it with the client. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(32);
      firstUse.coral = t;
      return { value: tk, event: { co: [req(rng, `/api/auth/link?ticket=${tk}&redirect=%2Fembed%2Fstream`, { ip: '198.51.100.44', ua: BROWSERS[1], status: 302 })] } };
    }, { ref: 'coral' }),
    2,
    plant('replay', 'coral-auth-link-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('coral').value, why: `${WHY.replay('ticket', gap('coral', t))} Another address and browser presented the same single-use ticket and Coral signed it in again (302): the ticket was not spent.` }], event: { co: [req(rng, `/api/auth/link?ticket=${refs.get('coral').value}&redirect=%2Fembed%2Fstream`, { ip: '203.0.113.201', ua: BROWSERS[3], status: 302 })] } }), { replayOf: 'coral', after: 118 }),
    3,
    plant('session-id', 'coral-story-created-legacy-cms-session', 'error', WHY.session("The old CMS appends its session to article URLs (`ngsession=<hex>`); Coral stores and logs the story URL as the page gave it"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { co: [{ msg: 'story created', f: { tenantID: 'ngc', storyID: rng.uuid(), storyURL: `https://www.${NG}/news/local/bike-lanes-vote-${rng.int(1000, 9999)}.html?ngsession=${sid}` } }] } };
    }),
    3,
    plant('webhook', 'coral-webhook-delivery-make-hook', 'error', WHY.webhook("A Make (formerly Integromat) custom webhook (`hook.eu1.make.com/<token>`) that Coral's webhooks post moderation events to; the failed delivery writes the endpoint URL"), ({ rng }) => {
      const tok = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      return { value: tok, event: { co: [{ level: 50, msg: 'webhook delivery failed', f: { tenantID: 'ngc', endpointID: rng.uuid(), url: `https://hook.eu1.make.com/${tok}`, statusCode: 410, attempt: 3 } }] } };
    }),
    3,
    plant('refresh-token', 'coral-oidc-token-response-debug', 'error', `${WHY.refresh} Coral's OIDC integration logs the token endpoint's answer at debug level, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { co: [{ level: 20, msg: 'oidc token response', f: { integration: 'oidc', body: { access_token: rng.b64url(40), token_type: 'Bearer', expires_in: 300, refresh_token: rt, scope: 'openid email profile' } } }] } };
    }),
    3,
    plant('embed-jwt', 'coral-referer-embed-poll-jwt-expired', 'note', "A poll embedded through its token URL (`/embed/<JWT>/poll`) is the Referer of a stream request; the token had expired two days before the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400, jti: true, claims: { iss: `https://polls.${NG}`, poll: rng.int(100, 999) } });
      const r = req(rng, '/embed/stream?storyURL=https%3A%2F%2Fwww.northgate.example%2Fopinion');
      r.f.req.referer = `https://polls.${NG}/embed/${token}/poll`;
      return { value: token, jwt: facts, event: { co: [r] } };
    }),
    3,
    plant('id-token', 'coral-end-session-id-token-hint-expired', 'note', "Coral logs the end-session redirect of a reader who signed out, with an `id_token_hint` that had expired an hour before the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200, alg: 'RS256', kid: rng.hex(20), claims: { iss: `https://sso.${NG}`, aud: 'coral', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { co: [{ msg: 'redirecting to end_session_endpoint', f: { url: `https://sso.${NG}/realms/readers/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fwww.northgate.example%2F` } }] } };
    }),
    3,
    plant('negative', 'coral-request-trace-id', 'none', 'A request\'s trace id (`traceID`, 32 hex): an identifier, no credential.', ({ rng }) => {
      const tr = rng.hex(32);
      return { value: tr, event: { co: [req(rng, '/api/graphql?operationName=StreamQuery', { trace: tr })] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'coral' }, filler, render, steps });
}

// =====================================================================================================================
// Kautaha ʻOtu Motu (Tongan; Nukuʻalofa: TOT, UTC+13)
// =====================================================================================================================

const OM = 'otumotu.example';

// ---------------------------------------------------------------------------------------------------------------------
// blueiris-2027-09-21.txt: the log file of Blue Iris 5 on the zoo and aquarium's camera server (Windows, local time, no
// zone): one entry a line, tab-separated: a severity digit, `M/D/YYYY h:mm:ss.mmm AM/PM`, the object (a camera, `Web
// server`, `Alert`, `Action`) and the message. From memory (not fetched); the column layout and wording likely differ.

function blueIrisLog(rng) {
  const stamp = (t) => {
    const l = local(t, TOT);
    const h = Number(l.slice(11, 13));
    return `${Number(l.slice(5, 7))}/${Number(l.slice(8, 10))}/${l.slice(0, 4)} ${h % 12 === 0 ? 12 : h % 12}:${l.slice(14, 19)}.${l.slice(20, 23)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.bi.map(([sev, obj, msg]) => `${sev}\t${stamp(e.t)}\t${obj}\t${msg}`);
  const cams = ['Ika01', 'Ika02', 'Manu01', 'Manu03', 'Fonu02', 'Hūʻanga'];
  const filler = (rng) =>
    rng.pick([
      () => ({ bi: [[0, rng.pick(cams), rng.pick(['MOTION_A', 'MOTION_AB', 'Triggered', 'Re-triggered'])]] }),
      () => ({ bi: [[0, rng.pick(cams), `Alert: ${rng.pick(['fonu', 'ika', 'lulu', 'puaka'])} (${rng.int(60, 98)}%)`]] }),
      () => ({ bi: [[1, rng.pick(cams), 'Signal: restored']] }),
      () => ({ bi: [[0, 'Web server', `${lan(rng, '192.168')}: Login: kaungāue (tauhi manu)`]] }),
      () => ({ bi: [[0, 'Clips', `New: ${rng.pick(cams)}.${20270921}_${rng.int(100000, 235959)}.bvr`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'blueiris-onvif-serial', 'none', "A camera's serial number as ONVIF reports it: an identifier, no credential.", ({ rng }) => {
      const sn = `SN${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)}`;
      return { value: sn, event: { bi: [[0, 'Fonu02', `ONVIF: HIKVISION DS-2CD2387G2 serial ${sn}`]] } };
    }),
    3,
    plant('api-key-name', 'blueiris-action-web-request-ki', 'error', `${WHY.apiKey('ki')} (Tongan for "key"). A camera's alert action calls the keepers' alert service with the key in the query; Blue Iris writes the request that failed.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { bi: [[2, 'Ika02', `Action: Web request https://fakatokanga.${OM}/api/fakatokanga?ki=${k}&kamela=Ika02 failed: 401 Unauthorized`]] } };
    }),
    3,
    plant('webhook', 'blueiris-action-pushcut-notification-url', 'error', WHY.webhook("A Pushcut notification webhook (`api.pushcut.io/<secret>/notifications/<name>`) a camera's alert action triggers; Blue Iris writes the URL of the action"), ({ rng }) => {
      const sec = rng.b64url(22);
      return { value: sec, event: { bi: [[2, 'Manu03', `Action: Web request https://api.pushcut.io/${sec}/notifications/Fakatokanga%20Manu failed: timeout`]] } };
    }),
    3,
    plant('session-id', 'blueiris-web-server-json-api-session', 'error', WHY.session("Blue Iris's own web server writes requests of its JSON API clients with the `session=` it issued at login"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { bi: [[0, 'Web server', `${lan(rng, '192.168')}: /image/Ika01?session=${s}&q=60&w=640: 200`]] } };
    }),
    3,
    plant('encoded', 'blueiris-action-base64-json-fakamatala', 'error', "An alert action sends its details as base64 JSON in the query (`fakamatala=<base64>`, \"description\"); the JSON holds the alert service's key (`ki`).", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ kamela: 'Fonu02', ki: rng.alnum(32), fakamatala: 'Kuo hū ha taha ki he vai' }));
      return { value: blob, event: { bi: [[2, 'Fonu02', `Action: Web request https://fakatokanga.${OM}/api/v2/ngaue?fakamatala=${blob} failed: 502 Bad Gateway`]] } };
    }),
    3,
    plant('replay', 'blueiris-web-server-tikite-once', 'note', WHY.ticketFirst('A one-time ticket (`tikite`, Tongan for "ticket") for the public turtle live view, issued by the zoo\'s website; Blue Iris\'s web server writes the request. The ticket is'), ({ rng }) => {
      const tk = rng.alnum(24);
      return { value: tk, event: { bi: [[0, 'Web server', `203.0.113.${rng.int(2, 254)}: /mjpg/Fonu02/video.mjpg?tikite=${tk}: 200`]] } };
    }),
    3,
    plant('path-secret', 'blueiris-action-share-link', 'error', WHY.pathSecret('A share link (`/s/<token>`) the clip uploader action creates for the vet, written when the action reports it'), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { bi: [[0, 'Action', `Manu01: Run program: upload_clip.exe: Kuo lava. https://faile.${OM}/s/${tok}`]] } };
    }),
    3,
    plant('negative', 'blueiris-alert-db-ref', 'none', "An alert's database reference (`@<9 digits>`): an identifier, no credential.", ({ rng }) => {
      const ref = `@${rng.int(100000000, 999999999)}`;
      return { value: ref, event: { bi: [[0, 'Alert', `Manu01: ${ref} saved (lulu 91%)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'bi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// collectd.log: collectd 5.12's logfile plugin (`Timestamp true`, `LogLevel info`) on the aquarium's sensor gateway:
// `[yyyy-mm-dd HH:MM:SS] [<level>] <message>` (local time, no zone), curl_json's and write_http's curl errors with their
// URL, the exec plugin's `exec_read_one: error = …` lines of a program's stderr, the lua plugin's messages.
// https://collectd.org/documentation/manpages/collectd.conf.5.shtml (from memory, not fetched).

function collectdLog(rng) {
  const render = (e) => e.cd.map(([lvl, msg]) => `[${ymdHmsAt(e.t, TOT)}] [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ cd: [['info', `onewire plugin: sensor 28-${rng.hex(12)} temperature ${(rng.int(2400, 2800) / 100).toFixed(2)}`]] }),
      () => ({ cd: [['warning', `write_http plugin: curl_easy_perform failed with status 28: Operation timed out after 5000 milliseconds with 0 bytes received`]] }),
      () => ({ cd: [['info', 'uc_update: Value too old: name = ika-gw/exec-vai/gauge-ph; value time = ' + (Math.floor(DAY0 / 1000) + rng.int(0, 9000)) + '.000; last cache update = ' + (Math.floor(DAY0 / 1000) + rng.int(0, 9000)) + '.000;']] }),
      () => ({ cd: [['info', `lua plugin: vai_sensors.lua: tanaki ${rng.int(1, 12)}: pH ${(rng.int(790, 830) / 100).toFixed(2)} (sai)`]] }),
    ])();
  const steps = [
    plant('negative', 'collectd-onewire-sensor-id', 'none', 'A 1-Wire sensor\'s ROM id (`28-<12 hex>`), written when the plugin finds it: an identifier, no credential.', ({ rng }) => {
      const id = `28-${rng.hex(12)}`;
      return { value: id, event: { cd: [['info', 'plugin_load: plugin "onewire" successfully loaded.'], ['info', `onewire plugin: found sensor ${id} (tanaki 7)`]] } };
    }),
    4,
    plant('api-key-name', 'collectd-curl-json-url-ki-api', 'error', `${WHY.apiKey('ki_api')} ("API key" in Tongan). The curl_json plugin polls the tank controller's cloud API with the key in its URL and writes the URL when the request fails.`, ({ rng }) => {
      const k = rng.alnum(36);
      return { value: k, event: { cd: [['error', `curl_json plugin: curl_easy_perform failed with status 22: The requested URL returned error: 403 (https://vai.${OM}/api/v1/tanaki?ki_api=${k}&format=json)`]] } };
    }),
    4,
    plant('framework-dump', 'collectd-lua-inspect-config-table', 'error', "The sensor script prints its configuration with Lua's `inspect()` (`{ lea_fakapulipuli = \"…\", … }`): the controller account's password (`lea_fakapulipuli`, \"secret word\") in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { cd: [['info', `lua plugin: vai_sensors.lua: config = { hingoa = "ika-gw", lea_fakapulipuli = "${pw}", tanaki = { 1, 2, 3, 7 }, url = "https://vai.${OM}/api/v1" }`]] } };
    }),
    4,
    plant('negative', 'collectd-curl-json-cursor', 'none', 'A paging cursor (`cursor=<base64>`) in a polled URL: a position in a list, no credential.', ({ rng }) => {
      const c = b64Of(`offset:${rng.int(1000, 99999)}`);
      return { value: c, event: { cd: [['warning', `curl_json plugin: JSON parse error: premature EOF (https://vai.${OM}/api/v1/fakamatala?cursor=${c})`]] } };
    }),
    4,
    plant('refresh-token', 'collectd-exec-stderr-refresh-token', 'error', `${WHY.refresh} The exec plugin copies the upload script's stderr into the log, and the script prints the refresh token it failed to use.`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { cd: [['error', `exec plugin: exec_read_one: error = ʻOku hala: token endpoint said invalid_grant for refresh_token ${rt}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'ika-gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ufdbguardd.log: ufdbGuard 1.35, the URL filter the hostel's guest network runs behind Squid with TLS interception, at
// `logall on` (every verdict): `yyyy-mm-dd HH:MM:SS [<pid>] <PASS|BLOCK> <user> <client ip> <acl> <category> <url>
// <method>` (local time, no zone). From memory (not fetched); the field order likely differs in detail.

function ufdbguardLog(rng) {
  const render = (e) => [`${ymdHmsAt(e.t, TOT)} [${e.pid ?? 2871}] ${(e.act ?? 'PASS').padEnd(5)} -  ${e.cip ?? `192.168.20.${rng.int(20, 200)}`}  kau_talifaki  ${e.cat ?? 'none'}  ${e.url}  ${e.method ?? 'GET'}`];
  const sites = ['https://www.facebook.com/', 'https://www.google.com/search?q=ferry+vavau', 'https://matangitonga.example/news', 'https://www.airnewzealand.example/manage-booking', 'https://www.instagram.com/'];
  const filler = (rng) => rng.pick([() => ({ url: rng.pick(sites) }), () => ({ url: rng.pick(sites) }), () => ({ act: 'BLOCK', cat: rng.pick(['ads', 'malware', 'gambling']), url: `https://${rng.pick(['adclick', 'track', 'bet'])}.${rng.pick(['example', 'example.net'])}/${rng.hex(8)}` })])();
  const steps = [
    3,
    plant('oauth-code', 'ufdbguard-google-callback-code', 'warning', `${WHY.code} The hostel's booking site signs guests in with Google; the filter writes the callback URL of a guest's browser.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(69)}`;
      const enc = encodeURIComponent(code);
      return { value: enc, event: { url: `https://nofo.${OM}/auth/google/callback?state=${rng.hex(32)}&code=${enc}&scope=email+profile+openid&authuser=0&prompt=none`, } };
    }),
    3,
    plant('negative', 'ufdbguard-youtube-video-id', 'none', "A YouTube video id (`v=`): names a public video, no credential.", ({ rng }) => {
      const v = rng.b64url(11);
      return { value: v, event: { url: `https://www.youtube.com/watch?v=${v}&t=42s` } };
    }),
    3,
    plant('replay', 'ufdbguard-captive-portal-tikite-once', 'note', WHY.ticketFirst('A one-time Wi-Fi voucher (`tikite`, "ticket") a guest receives at reception and the captive portal redeems; the filter writes the redemption URL with the guest\'s address. The ticket is'), ({ rng, t }) => {
      const tk = rng.alnum(12).toUpperCase();
      firstUse.wifi = t;
      return { value: tk, event: { cip: '192.168.20.57', url: `https://wifi.${OM}/hu?tikite=${tk}&aho=3`} };
    }, { ref: 'wifi' }),
    3,
    plant('replay', 'ufdbguard-captive-portal-tikite-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('wifi').value, why: `${WHY.replay('tikite', gap('wifi', t))} A second guest's device (another address) redeemed the same voucher, the filter passed it, and the same device's browsing on the guest network that follows shows the portal let it on: the voucher was not spent.` }], event: { cip: '192.168.20.143', url: `https://wifi.${OM}/hu?tikite=${refs.get('wifi').value}&aho=3`} }), { replayOf: 'wifi', after: 97 }),
    { raw: { cip: '192.168.20.143', url: 'https://www.instagram.com/' }, after: 4 },
    3,
    plant('session-id', 'ufdbguard-booking-engine-sessid', 'error', WHY.session('A hotel booking engine keeps its session in the URL (`SESSID=`); the filter writes the whole URL'), ({ rng }) => {
      const s = rng.lowerNum(26);
      return { value: s, event: { url: `https://booking.islandstays.example/reserve/step3.php?SESSID=${s}&room=dorm-6` } };
    }),
    3,
    plant('api-key-name', 'ufdbguard-app-api-ki', 'error', `${WHY.apiKey('ki')} The hostel's kiosk app calls its backend with the key in the query; with interception on, the filter writes it.`, ({ rng }) => {
      const k = rng.hex(40);
      return { value: k, event: { url: `https://api.${OM}/v1/mohenga?ki=${k}&fale=halavai` } };
    }),
    3,
    plant('encoded', 'ufdbguard-relay-base64url-json-access-token', 'error', "A travel app hands a session to its web view with a `relay` parameter of base64url JSON, which holds a live access token (`at`).", ({ rng }) => {
      const r = b64urlOf(JSON.stringify({ at: rng.b64url(40), uid: rng.int(100000, 999999), ret: '/trips' }));
      return { value: r, event: { url: `https://m.tripplanner.example/handoff?relay=${r}`, } };
    }),
    3,
    plant('negative', 'ufdbguard-gclid-click-id', 'none', 'An ad click id (`gclid=`): a tracking identifier, no credential.', ({ rng }) => {
      const g = `Cj0KCQjw${rng.b64url(80)}`;
      return { value: g, event: { url: `https://www.tongaholiday.example/tours?gclid=${g}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// munin-node.log: munin-node 2.0 on the golf course's pump house: Net::Server's `yyyy/mm/dd-HH:MM:SS [<pid>] <message>`
// (local time, no zone), a plugin's stderr as `Error output from <plugin>:` followed by one line a stderr line with a
// leading tab. From memory (not fetched).

function muninLog(rng) {
  const render = (e) => { const l = local(e.t, TOT); const s = `${l.slice(0, 4)}/${l.slice(5, 7)}/${l.slice(8, 10)}-${l.slice(11, 19)}`; return e.mn.map((m) => `${s} [${e.pid}] ${m}`); };
  const plugins = ['vai_pamu', 'kolofu_zones', 'cpu', 'df', 'sensors_temp'];
  const filler = (rng) =>
    rng.pick([
      () => ({ pid: rng.int(2000, 9000), mn: [`CONNECT TCP Peer: "[10.13.0.2]:${rng.int(40000, 60000)}" Local: "[10.13.0.9]:4949"`] }),
      () => ({ pid: rng.int(2000, 9000), mn: [`Service '${rng.pick(plugins)}' timed out.`] }),
      () => ({ pid: rng.int(2000, 9000), mn: [`Error output from ${rng.pick(plugins)}:`, `\tʻOku hala: pump ${rng.int(1, 4)} returned no reading`] }),
    ])();
  const steps = [
    3,
    plant('api-key-name', 'munin-plugin-stderr-curl-url-ki-ngaue', 'error', `${WHY.apiKey('ki_ngaue')} ("work key"). A plugin's curl error prints the irrigation controller's cloud URL with the key, and munin-node copies the plugin's stderr into its log.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { pid: rng.int(2000, 9000), mn: ['Error output from kolofu_zones:', `\tcurl: (22) The requested URL returned error: 503 https://vai.${OM}/kolofu/api/zones?ki_ngaue=${k}`] } };
    }),
    3,
    plant('negative', 'munin-curl-verbose-etag', 'none', "An `ETag` response header in a plugin's curl -v output: a hash of the content, no credential.", ({ rng }) => {
      const et = rng.hex(32);
      return { value: et, event: { pid: rng.int(2000, 9000), mn: ['Error output from vai_pamu:', '\t< HTTP/1.1 304 Not Modified', `\t< ETag: "${et}"`] } };
    }),
    3,
    plant('header-dump', 'munin-curl-verbose-authorization-basic', 'error', "A plugin runs `curl -v` against the pump controller's web interface; its stderr (`> Authorization: Basic <base64>`) reaches munin-node's log: the controller's user and password, base64 only.", ({ rng }) => {
      const b = b64Of(`pamu:${rng.alnum(14)}`);
      return { value: b, event: { pid: rng.int(2000, 9000), mn: ['Error output from vai_pamu:', '\t* Connected to 10.13.0.40 (10.13.0.40) port 80', '\t> GET /cgi-bin/status.cgi HTTP/1.1', '\t> Host: 10.13.0.40', `\t> Authorization: Basic ${b}`, '\t< HTTP/1.1 500 Internal Server Error'] } };
    }),
    3,
    plant('session-id', 'munin-curl-verbose-location-session', 'error', WHY.session("The pump controller's web interface redirects to a URL with its session (`Location: /main.cgi?session=<hex>`), which a plugin's curl -v output shows"), ({ rng }) => {
      const s = rng.hex(24);
      return { value: s, event: { pid: rng.int(2000, 9000), mn: ['Error output from vai_pamu:', '\t< HTTP/1.1 302 Found', `\t< Location: /main.cgi?session=${s}`] } };
    }),
    3,
    plant('negative', 'munin-curl-verbose-request-id', 'none', "An `X-Request-Id` response header: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { pid: rng.int(2000, 9000), mn: ['Error output from kolofu_zones:', '\t< HTTP/1.1 429 Too Many Requests', `\t< X-Request-Id: ${id}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'pamu' }, filler: (r) => ({ ...filler(r) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fider.log: the hostel's guest feedback board on Fider (docker logs): `<LEVEL> [<RFC 3339 UTC>] [<tag>] [<context id>]
// <message>`, the web tag's `GET <url> started` / `finished with <status> in <n>ms` lines, OAuth, e-mail and webhook
// messages. From memory (not fetched); the layout and the wording likely differ.

function fiderLog(rng) {
  const render = (e) => e.fd.map(([lvl, tag, msg]) => `${lvl} [${iso(e.t).slice(0, 19)}Z] [${tag}] [${e.ctx}] ${msg}`);
  const F = `https://fale.${OM}`;
  const filler = (rng) =>
    rng.pick([
      () => { const p = rng.pick(['/', '/posts/12/mohenga-momoko', '/api/v1/posts?view=trending', '/posts/31/vai-mafana']); return { fd: [['INFO', 'WEB', `GET ${F}${p} started`], ['INFO', 'WEB', `GET ${F}${p} finished with 200 in ${rng.int(3, 90)}ms`]] }; },
      () => ({ fd: [['INFO', 'BGW', `Task 'SendNewCommentNotification' finished in ${rng.int(20, 400)}ms`]] }),
      () => ({ fd: [['INFO', 'WEB', `POST ${F}/api/v1/posts/${rng.int(1, 60)}/votes finished with 200 in ${rng.int(3, 50)}ms`]] }),
    ])();
  const withCtx = (f) => (rng) => ({ ...f(rng), ctx: rng.alnum(32) });
  const steps = [
    3,
    plant('oauth-code', 'fider-custom-oauth-callback-code', 'warning', `${WHY.code} Fider's custom OAuth provider callback (\`/oauth/_<provider>/callback\`) is written with its query when the request starts.`, ({ rng }) => {
      const code = rng.b64url(43);
      const u = `${F}/oauth/_tongaid/callback?code=${code}&state=${rng.b64url(43)}`;
      return { value: code, event: { fd: [['INFO', 'WEB', `GET ${u} started`]] } };
    }),
    3,
    plant('negative', 'fider-asset-hash', 'none', 'A content hash in a bundled asset\'s name: no credential.', ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { fd: [['INFO', 'WEB', `GET ${F}/assets/js/main.${h}.js finished with 200 in 1ms`]] } };
    }),
    3,
    plant('id-token', 'fider-oauth-profile-error-token-response', 'error', "Fider's OAuth error writes the token endpoint's raw answer, an `id_token` (RS256, live) included, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${OM}`, aud: 'fider', sub: rng.uuid(), email: 'kau.talifaki@mailbox.example' } });
      return { value: token, jwt: facts, event: { fd: [['ERROR', 'WEB', `failed to get OAuth profile: json: cannot unmarshal string into Go struct field: response {"access_token":"${rng.b64url(40)}","expires_in":3600,"id_token":"${token}","token_type":"Bearer"}`]] } };
    }),
    3,
    plant('path-secret', 'fider-signin-verify-key', 'error', WHY.pathSecret("Fider's e-mail sign-in link (`/signin/verify?k=<key>`), written with the request"), ({ rng }) => {
      const k = rng.alnum(64);
      return { value: k, event: { fd: [['INFO', 'WEB', `GET ${F}/signin/verify?k=${k} finished with 307 in 12ms`]] } };
    }),
    3,
    plant('webhook', 'fider-webhook-pipedream-endpoint', 'error', WHY.webhook('A Pipedream HTTP source (`https://eo<id>.m.pipedream.net`) that a Fider webhook triggers for every new post; the failure writes the URL'), ({ rng }) => {
      const id = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14);
      return { value: id, event: { fd: [['ERROR', 'BGW', `Webhook 'Fakahoko foʻou' (type new_post) failed: Post "https://eo${id}.m.pipedream.net": context deadline exceeded`]] } };
    }),
    3,
    plant('embed-jwt', 'fider-request-embed-jwt-short-no-jti', 'warning', "A tour-booking widget's embed URL (`/embed/<JWT>`) opened on the feedback board's host by mistake; Fider writes the request (a JWT valid 120 s without a jti, live)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://nofo.${OM}`, widget: 'tour-booking', fale: 'halavai' } });
      return { value: token, jwt: facts, event: { fd: [['WARN', 'WEB', `GET ${F}/embed/${token} finished with 404 in 2ms`]] } };
    }),
    3,
    plant('path-secret', 'fider-invite-verify-key', 'error', WHY.pathSecret("Fider's invitation link (`/invite/verify?k=<key>`), which signs the invited staff member in"), ({ rng }) => {
      const k = rng.alnum(64);
      return { value: k, event: { fd: [['INFO', 'WEB', `GET ${F}/invite/verify?k=${k} finished with 307 in 9ms`]] } };
    }),
    3,
    plant('implicit-fragment', 'fider-ignored-redirect-fragment', 'error', "Fider refuses a sign-in `redirect` to another host and writes it, the implicit-flow fragment (`#access_token=…`) of the hostel's app included", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { fd: [['WARN', 'WEB', `ignoring redirect to other host: https://app.${OM}/#access_token=${at}&expires_in=3600&token_type=Bearer`]] } };
    }),
    3,
    plant('negative', 'fider-task-uuid', 'none', "A background task's UUID: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { fd: [['INFO', 'BGW', `Task 'SendSignInEmail' (${id}) finished in 311ms`]] } };
    }),
    3,
  ];
  const b = buildLog;
  return b(rng, { start: DAY0 + 5 * HOUR, site: { host: 'fider' }, filler: withCtx(filler), render: (e) => render({ ...e, ctx: e.ctx ?? rng.alnum(32) }), steps });
}

// =====================================================================================================================
// Ragsak (Ilocano; Laoag: PHT, UTC+8)
// =====================================================================================================================

const RG = 'ragsak.example';

// ---------------------------------------------------------------------------------------------------------------------
// server.log: Lyrion Music Server 9 (formerly Logitech Media Server) at the rink: `[yy-mm-dd HH:MM:SS.ffff]
// <package::function> (<line>) <message>` (local time, no zone); debug dumps on the following lines without a prefix.
// From memory (not fetched).

function lyrionLog(rng) {
  const render = (e) => { const l = local(e.t, PHT); const s = `[${l.slice(2, 10)} ${l.slice(11, 19)}.${l.slice(20, 23)}${rng.int(0, 9)}]`; return e.ly.flatMap(([fn, line, msg, more = []]) => [`${s} ${fn} (${line}) ${msg}`, ...more]); };
  const mac = () => `00:04:20:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ly: [['Slim::Player::Squeezebox2::statHandler', 1810, `${rng.pick(['Pista', 'Kape', 'Pagrenta'])}: STMs - track started`]] }),
      () => ({ ly: [['Slim::Player::Source::_readNextChunk', 495, 'end of file or error on socket, song pos: ' + rng.int(100000, 9999999)]] }),
      () => ({ ly: [['Slim::Networking::Slimproto::slimproto_close', 225, `connection closed`]] }),
      () => ({ ly: [['Slim::Utils::Scanner::Local::rescan', 120, `Naballigi: ${rng.int(1, 40)} baro a kanta`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'lyrion-player-mac', 'none', "A player's MAC address, Lyrion's id for it: no credential.", () => {
      const m = mac();
      return { value: m, event: { ly: [['Slim::Networking::Slimproto::_hello_handler', 1006, `Squeezebox Radio (${m}) connected from 192.168.8.${rng.int(20, 90)}`]] } };
    }),
    3,
    plant('api-key-name', 'lyrion-protocols-http-open-tulbek', 'error', `${WHY.apiKey('tulbek')} (Ilocano for "key"). The licensed rink music stream takes the key in its URL; the player's failure to open it writes the URL.`, ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { ly: [['Slim::Player::Song::open', 442, `Napaay: couldn't open https://stream.rinkmusic.example/live/ragsak.mp3?tulbek=${k}: 403 Forbidden`]] } };
    }),
    3,
    plant('header-dump', 'lyrion-async-http-request-dump-bearer', 'error', "The rink's playlist plugin logs the request it sends at debug, one header a line after the log line (`Authorization: Bearer <token>`): the playlist service's access token.", ({ rng }) => {
      const tok = rng.b64url(48);
      return { value: tok, event: { ly: [['Slim::Networking::Async::HTTP::_send_request', 211, 'Sending request:', ['GET /v1/playlists/skating-night HTTP/1.1', 'Host: playlists.ragsak.example', `Authorization: Bearer ${tok}`, 'User-Agent: LyrionMusicServer/9.0.2', '']]] } };
    }),
    3,
    plant('session-id', 'lyrion-protocols-http-sesyon', 'error', WHY.session('A radio partner\'s stream carries its listener session in the URL (`sesyon=`, "session"); the player\'s error writes it'), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { ly: [['Slim::Player::Protocols::HTTP::canDirectStreamSong', 310, `Agur-uray: redirect to https://radyo.${RG}/aac/ilocos?sesyon=${s} not followed`]] } };
    }),
    3,
    plant('refresh-token', 'lyrion-plugin-data-dump-token-hash', 'error', `${WHY.refresh} The playlist plugin dumps the token answer as a Perl hash (Data::Dump), one key a line; the refresh token is on its own line.`, ({ rng }) => {
      const rt = rng.b64url(54);
      return { value: rt, event: { ly: [['Plugins::RagsakPlaylist::API::_gotToken', 88, 'token answer:', ['{', `  access_token  => "${rng.b64url(40)}",`, '  expires_in    => 3600,', `  refresh_token => "${rt}",`, '  token_type    => "Bearer",', '}']]] } };
    }),
    3,
    plant('framework-dump', 'lyrion-plugin-prefs-dump-kontrasenias', 'error', "The plugin dumps its preferences as a Perl hash on one line (`{ kontrasenias => \"…\", … }`): the playlist account's password (`kontrasenias`) in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ly: [['Plugins::RagsakPlaylist::Settings::handler', 54, `prefs: { kontrasenias => "${pw}", user => "pista-dj", volume_limit => 85 }`]] } };
    }),
    3,
    plant('negative', 'lyrion-artwork-coverid', 'none', "Lyrion's artwork id (`coverid`, 8 hex): an identifier, no credential.", ({ rng }) => {
      const c = rng.hex(8);
      return { value: c, event: { ly: [['Slim::Web::Graphics::artworkRequest', 129, `Artwork for coverid ${c} not found, using fallback`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'rink' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mpd.log: Music Player Daemon 0.23 in the rink's café at `log_level "verbose"`: `Mon DD HH:MM : <domain>: <message>`
// (local time to the minute, no zone), clients' commands as `client: [<n>] process command "<command>"`.
// https://mpd.readthedocs.io/en/stable/user.html (from memory, not fetched).

function mpdLog(rng) {
  const render = (e) => { const l = local(e.t, PHT); const s = `${MONTHS[Number(l.slice(5, 7)) - 1]} ${l.slice(8, 10)} ${l.slice(11, 16)} :`; return e.mp.map((m) => `${s} ${m}`); };
  const filler = (rng) =>
    rng.pick([
      () => ({ mp: [`client: [${rng.int(1, 30)}] opened from 192.168.8.${rng.int(20, 90)}:${rng.int(40000, 60000)}`] }),
      () => ({ mp: [`client: [${rng.int(1, 30)}] process command "${rng.pick(['status', 'currentsong', 'idle player mixer', 'playlistinfo'])}"`] }),
      () => ({ mp: [`player: played "Kape/${rng.pick(['Manang Biday', 'Pamulinawen', 'Dungdunguen Kanto'])}.flac"`] }),
      () => ({ mp: [`client: [${rng.int(1, 30)}] closed`] }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'mpd-verbose-process-command-password', 'error', "At `verbose`, MPD writes every command a client sends, the `password` command with its argument: the café's MPD password in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { mp: [`client: [${rng.int(31, 40)}] process command "password \\"${pw}\\""`, `client: [${rng.int(31, 40)}] command returned 0`] } };
    }),
    3,
    plant('negative', 'mpd-stream-cache-buster', 'none', 'A cache buster (`_=<milliseconds>`) in a stream URL: a time, no credential.', ({ rng, t }) => {
      const cb = String(t - rng.int(1000, 9000));
      return { value: cb, event: { mp: [`playlist: added https://radyo.${RG}/now.m3u?_=${cb}`] } };
    }),
    3,
    plant('api-key-name', 'mpd-curl-added-api-tulbek', 'error', `${WHY.apiKey('api_tulbek')} A stream added by the café's tablet carries the key in its URL; MPD's curl input writes it when the stream fails.`, ({ rng }) => {
      const k = rng.hex(32);
      return { value: k, event: { mp: [`exception: Failed to open "https://stream.rinkmusic.example/cafe.aac?api_tulbek=${k}": got HTTP status 401`] } };
    }),
    3,
    plant('encoded', 'mpd-sticker-json-escaped-url', 'error', "The tablet app stores a bookmark as a sticker whose value is JSON in an MPD quoted argument, so the URL's slashes, escaped by JSON (`\\/`), have their backslashes doubled by MPD's quoting and again by the log's (`https:\\\\\\\\/\\\\\\\\/…`); the URL holds the stream's `sekreto`.", ({ rng }) => {
      const s = rng.alnum(30);
      return { value: s, event: { mp: [`client: [${rng.int(31, 40)}] process command "sticker set song \\"Kape/Pamulinawen.flac\\" bookmark \\"{\\\\\\"url\\\\\\":\\\\\\"https:\\\\\\\\/\\\\\\\\/stream.rinkmusic.example\\\\\\\\/cafe.aac?sekreto=${s}\\\\\\"}\\""`] } };
    }),
    3,
    plant('negative', 'mpd-update-musicbrainz-id', 'none', 'A MusicBrainz recording id (a UUID) the database update writes: a public identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { mp: [`update: added Pista/Skating Night/07 Dayta Bannuar.flac (musicbrainz_trackid ${id})`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'cafe' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ms_error.log: MapServer 8.2's `MS_ERRORFILE` with `CONFIG "MS_ERRORFILE"` and `DEBUG 2` in the seed bank's collecting-
// mission map: `[Www Mmm DD HH:MM:SS YYYY].<microseconds> <function>(): <message>` (local time, no zone).
// https://mapserver.org/optimization/debugging.html (from memory, not fetched).

function mapserverLog(rng) {
  const render = (e) => { const s = `[${ctime(e.t, PHT)}].${rng.int(100000, 999999)}`; return e.ms.map((m) => `${s} ${m}`); };
  const filler = (rng) =>
    rng.pick([
      () => ({ ms: [`CGI Request ${rng.int(1, 900)} on process ${rng.int(2000, 9000)}`, `msDrawMap(): Layer ${rng.int(0, 5)} (${rng.pick(['probinsia', 'bin_i_sites', 'karayan', 'dalan'])}), ${(rng.int(1, 900) / 1000).toFixed(3)}s`, `msDrawMap() total time: ${(rng.int(10, 900) / 1000).toFixed(3)}s`, `mapserv request processing time (msLoadMap not incl.): ${(rng.int(10, 999) / 1000).toFixed(3)}s`] }),
      () => ({ ms: [`msWMSLoadGetMapParams(): WMS server error. Invalid layer(s) given in the LAYERS parameter. A layer might be disabled for this request. Check wms/ows_enable_request settings.`] }),
    ])();
  const steps = [
    3,
    plant('negative', 'mapserver-postgis-masked-password', 'none', 'MapServer hides the password of a PostGIS connection in its error (`password=*****`): a mask, no credential.', ({ rng }) => {
      const v = `host=db.${RG} dbname=bin_i user=mapserv password=*****`;
      return { value: v, event: { ms: [`msPostGISLayerOpen(): Query error. Database connection failed (connection to server at "10.8.0.${rng.int(2, 20)}", port 5432 failed: timeout expired) with connect string '${v}'`] } };
    }),
    3,
    plant('api-key-name', 'mapserver-http-request-error-api-tulbek', 'error', `${WHY.apiKey('api_tulbek')} A cascaded WMS layer takes a satellite imagery provider's key in its CONNECTION URL; MapServer's HTTP error writes the request URL.`, ({ rng }) => {
      const k = rng.alnum(40);
      return { value: k, event: { ms: [`msHTTPExecuteRequests(): HTTP request error. HTTP: request failed with curl error code 22 (The requested URL returned error: 403) for https://imagery.sat.example/wms?api_tulbek=${k}&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=sentinel2&CRS=EPSG:4326&BBOX=17.9,120.4,18.4,120.9&WIDTH=512&HEIGHT=512&FORMAT=image/png`] } };
    }),
    3,
    plant('path-secret', 'mapserver-ogr-open-share-link', 'error', WHY.pathSecret('A collecting mission\'s sites layer read from a file share link (`/s/<token>/download`); the OGR open error writes the connection'), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { ms: [`msOGRFileOpen(): OGR error. Open failed for OGR connection in layer \`misyon_2027'. File not found or unsupported format. (/vsicurl/https://files.${RG}/s/${tok}/download/misyon_2027.geojson)`] } };
    }),
    3,
    plant('framework-dump', 'mapserver-ogr-pg-connection-string', 'error', "A layer read through OGR's PostgreSQL driver keeps its connection string in CONNECTION (`PG:… password=<password>`); the OGR error writes it unmasked, unlike the PostGIS driver's.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { ms: [`msOGRFileOpen(): OGR error. Open failed for OGR connection in layer \`bukel_inventory'. PG:host=db.${RG} dbname=bin_i user=ogr_read password=${pw}`] } };
    }),
    3,
    plant('encoded', 'mapserver-service-exception-numeric-entity', 'error', "A remote WMS's ServiceException quoted in MapServer's error is XML, so the request URL's `&` is written as the numeric entity `&#38;` before `api_tulbek=`.", ({ rng }) => {
      const k = rng.alnum(36);
      return { value: k, event: { ms: [`msWMSGetFeatureInfo(): WMS server error. <ServiceExceptionReport><ServiceException code="InvalidKey">Key rejected for https://soils.agri.example/ows?SERVICE=WMS&#38;REQUEST=GetFeatureInfo&#38;api_tulbek=${k}</ServiceException></ServiceExceptionReport>`] } };
    }),
    3,
    plant('negative', 'mapserver-ol-salt-cache-buster', 'none', "OpenLayers' `_olSalt` cache buster in a GetMap query MapServer writes at DEBUG: a random number, no credential.", ({ rng }) => {
      const s = `0.${rng.int(1000000000, 9999999999)}${rng.int(100000, 999999)}`;
      return { value: s, event: { ms: [`msWMSLoadGetMapParams(): WMS request: SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=bin_i_sites&_olSalt=${s}&WIDTH=256&HEIGHT=256`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'map' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// php-errors.log: files/_log/php-errors.log of GLPI 10.0, the plumbing contractor's service desk: Monolog's
// `[yyyy-mm-dd HH:MM:SS] glpiphplog.<LEVEL>: <message>` (local time, no zone), PHP warnings as `  *** PHP Warning (2):
// … in <file> at line <n>` with a `  Backtrace :` block, plugins' debug lines through Toolbox::logDebug.
// https://glpi-install.readthedocs.io/en/latest/ (from memory, not fetched).

function glpiLog(rng) {
  const render = (e) => { const s = `[${ymdHmsAt(e.t, PHT)}]`; return e.gl.flatMap(([lvl, msg, more = []]) => [`${s} glpiphplog.${lvl}: ${msg}`, ...more]); };
  const G = `https://serbisio.${RG}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ gl: [['WARNING', `  *** PHP Warning (2): Undefined array key "${rng.pick(['users_id_tech', 'itilcategories_id', 'locations_id'])}" in /var/www/glpi/src/CommonITILObject.php at line ${rng.int(1000, 9000)}`, ['  Backtrace :', `  ./src/Ticket.php:${rng.int(100, 6000)}              CommonITILObject->prepareInputForUpdate()`, `  ./front/ticket.form.php:${rng.int(50, 200)}           CommonDBTM->update()`]]] }),
      () => ({ gl: [['NOTICE', `  *** PHP User Notice (1024): Mailgate: ${rng.int(1, 9)} baro a tiket manipud iti email in /var/www/glpi/src/MailCollector.php at line ${rng.int(600, 900)}`]] }),
      () => ({ gl: [['DEBUG', `ragsakdispatch: tubero ${rng.pick(['Ramon', 'Lito', 'Andoy', 'Jun'])} na-assign iti Ticket#${rng.int(10000, 99999)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'glpi-csrf-token', 'none', "GLPI's CSRF token (`_glpi_csrf_token`) in a plugin's form dump: bound to one session and form, no credential.", ({ rng }) => {
      const c = rng.hex(64);
      return { value: c, event: { gl: [['DEBUG', `ragsakdispatch: form input {"tickets_id":"${rng.int(10000, 99999)}","tubero":"Lito","_glpi_csrf_token":"${c}"}`]] } };
    }),
    3,
    plant('oauth-code', 'glpi-oauthimap-callback-url-code', 'warning', `${WHY.code} The oauthimap plugin's callback fails on the mail collector's account and the warning names the URL it was called with.`, ({ rng }) => {
      const code = `M.C${rng.int(100, 999)}_BAY.2.U.${rng.uuid()}`;
      return { value: code, event: { gl: [['WARNING', `  *** PHP Warning (2): Undefined array key "access_token" in /var/www/glpi/plugins/oauthimap/src/Provider/Azure.php at line 71 (${G}/plugins/oauthimap/front/authorization.callback.php?code=${code}&state=${rng.hex(32)})`, ['  Backtrace :', '  ./plugins/oauthimap/front/authorization.callback.php:58  PluginOauthimapApplication->handleCallback()']]] } };
    }),
    3,
    plant('api-key-name', 'glpi-api-init-session-user-token', 'error', `${WHY.apiKey('user_token')} The dispatch plugin opens GLPI API sessions with the technician's personal API token in the query (\`initSession?user_token=…\`), which the API accepts there, and logs the URL.`, ({ rng }) => {
      const k = rng.alnum(40);
      return { value: k, event: { gl: [['DEBUG', `ragsakdispatch: Napaay ti initSession ${G}/apirest.php/initSession?user_token=${k}: 401`]] } };
    }),
    3,
    plant('session-id', 'glpi-api-session-token-query', 'error', WHY.session("The plumbers' mobile app calls GLPI's REST API with `session_token` in the query (the API takes it there as well as in a header); the plugin's warning writes the URL"), ({ rng }) => {
      const s = rng.lowerNum(26);
      return { value: s, event: { gl: [['WARNING', `  *** PHP User Warning (512): ragsakdispatch: awan ti Ticket#${rng.int(10000, 99999)} for ${G}/apirest.php/Ticket/${rng.int(10000, 99999)}?session_token=${s}&expand_dropdowns=true in /var/www/glpi/plugins/ragsakdispatch/inc/api.class.php at line 143`]] } };
    }),
    3,
    plant('webhook', 'glpi-notification-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`…/channelsbyname/<channel>/message?zapikey=<key>`) the dispatch plugin posts new emergency jobs to; its error writes the URL"), ({ rng }) => {
      const k = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: k, event: { gl: [['ERROR', `ragsakdispatch: Napaay ti panangipatulod iti Cliq: POST https://cliq.zoho.com/api/v2/channelsbyname/tubero/message?zapikey=${k} -> 400`]] } };
    }),
    3,
    plant('path-secret', 'glpi-lost-password-forget-token', 'error', WHY.pathSecret("GLPI's password reset link (`lostpassword.php?password_forget_token=<40 hex>`), written by a notification warning"), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { gl: [['WARNING', `  *** PHP Warning (2): mail(): Failed to connect to mailserver at "localhost" port 25 while sending ${G}/front/lostpassword.php?password_forget_token=${tok} in /var/www/glpi/src/GLPIMailer.php at line 212`]] } };
    }),
    3,
    plant('header-dump', 'glpi-api-request-headers-session-token', 'error', "The dispatch plugin logs the headers of its API calls as JSON (`\"Session-Token\":\"…\"`, `\"App-Token\":\"…\"`): the session of the technician account, usable until it is killed.", ({ rng }) => {
      const s = rng.lowerNum(26);
      return { value: s, event: { gl: [['DEBUG', `ragsakdispatch: API request headers {"Content-Type":"application/json","Session-Token":"${s}","App-Token":"${rng.alnum(40)}"}`]] } };
    }),
    3,
    plant('negative', 'glpi-item-uuid', 'none', "A computer asset's `uuid` field: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { gl: [['NOTICE', `  *** PHP User Notice (1024): Inventory: asset uuid ${id} already linked to Computer#${rng.int(100, 999)} in /var/www/glpi/src/Inventory/Asset/MainAsset.php at line 812`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'glpi' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout70');
writePart(join(here, 'heldout70'), {
  'update_daemon.log': ttrssLog(rng),
  'rejectlog': eximRejectlog(rng),
  'xwiki.log': xwikiLog(rng),
  'proof-renderer.log': weasyprintLog(rng),
  'coral.log': coralLog(rng),
  'blueiris-2027-09-21.txt': blueIrisLog(rng),
  'collectd.log': collectdLog(rng),
  'ufdbguardd.log': ufdbguardLog(rng),
  'munin-node.log': muninLog(rng),
  'fider.log': fiderLog(rng),
  'server.log': lyrionLog(rng),
  'mpd.log': mpdLog(rng),
  'ms_error.log': mapserverLog(rng),
  'php-errors.log': glpiLog(rng),
});
