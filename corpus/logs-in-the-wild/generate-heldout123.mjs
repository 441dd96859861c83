// Writes corpus/logs-in-the-wild/heldout123/: a hundred-and-twenty-third held-out part, in formats no other part uses
// (a BorgBackup 1.2 nightly run under a cron wrapper with `set -x`, Errbit notices exported with mongoexport, a
// Textpattern `txp_log` table dumped with `mysql -B`, a Teedy server log, a `git push` to a Piku server, a LazyLibrarian
// log, DAViCal's syslog lines, a Gitolite 3 monthly log, a MailerLite campaign's click activity as JSON lines, a Netflix
// Conductor server log, a Harness CI step log as the log service keeps it, darktable's `-d lua` output, CyberPanel's
// `error-logs.txt`, SiYuan's kernel log), with credentials planted in the places issue #14 lists and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files.
//
//   node corpus/logs-in-the-wild/generate-heldout123.mjs     rewrites heldout123/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Slad Valley Makerspace of Stroud (Gloucestershire), with a wiki backed up by Borg, a members'
// Rails app watched by Errbit, a Textpattern website, a Teedy document store and a sign-up app on Piku (English, five
// logs); the Ižoran muzei of Vistino (Kingisepp district, Leningrad oblast), an Ingrian village museum with a library
// kept by LazyLibrarian, a DAViCal calendar, a dictionary repository on Gitolite, a newsletter on MailerLite and a
// ticketing workflow on Conductor (Ingrian in its Latin orthography where the apps show text, five logs); the Kasum ёх
// reindeer-herders' and crafts cooperative of Kazym (Beloyarsky district, Khanty-Mansi okrug), with a shop built on
// Harness CI, photographs of beadwork exported from darktable, a CyberPanel server and notes in SiYuan (Kazym Khanty in
// Cyrillic, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { ALNUM, B64, DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Java-http-client/21.0.9', 'Go-http-client/2.0', 'git/2.52.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();
/** More ordinary lines between the planted ones: each count of filler entries in a steps list, tripled. */
const grow = (steps) => steps.map((s) => (typeof s === 'number' ? s * 3 : s));

/** Stroud in November (GMT, UTC+0), Vistino (MSK, UTC+3 all year), Kazym (YEKT, UTC+5 all year). */
const GMT = 0;
const MSK = 180;
const YEKT = 300;
const DAY_EN = Date.UTC(2027, 10, 8, 0, 0, 0);
const DAY_IZ = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_KH = Date.UTC(2027, 10, 22, 0, 0, 0);

const SV = 'sladvalleymakers.example';
const IZ = 'izoranmuzei.example';
const KH = 'kasumjoh.example';

/** Python logging's and log4j's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** A Nextcloud public share token: 15 letters and digits. */
const ncShare = (rng) => rng.chars(ALNUM, 15);
/** `Mon, 08 Nov 2027 02:00:03` (borg's `Time (start)`). */
const borgTime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${DAYS[d.getUTCDay()]}, ${ymdHmsAt(t, offset)}`;
};

// =====================================================================================================================
// Slad Valley Makerspace (English; Stroud, Gloucestershire: GMT, UTC+0 in November)
// =====================================================================================================================

// ---------------------------------------------------------------------------------------------------------------------
// borg-nightly.log: the wiki server's nightly backup, `/etc/cron.d/borg` running `/usr/local/sbin/borg-nightly` (a bash
// script under `set -x`) with stdout and stderr appended to this file: bash's `+ ` trace lines, then `borg create
// --debug --stats` of BorgBackup 1.2 (its debug lines, `Remote:` lines of `borg serve`, the `--stats` block), then the
// script's report upload and chat message. No time on the lines but the script's own `date` banner.
// From memory (not fetched): borg's debug lines (`using builtin fallback logging configuration`, `SSH command line:`,
// `security: …`, `Creating archive at …`), its `--stats` block; bash's xtrace format.

function borgLog(rng) {
  const REPO = `ssh://u${digits(rng, 6)}@u${digits(rng, 6)}.your-storagebox.de:23/./wiki`;
  const render = (e) => e.L;
  const FILES = ['pages', 'media', 'attic', 'meta', 'conf'];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`Remote: Verified integrity of /home/wiki/index.${rng.int(1200, 1900)}`] }),
      () => ({
        L: [`A /srv/wiki/data/${rng.pick(FILES)}/${rng.pick(['lathe', 'laser', 'induction', 'rota', 'bylaws'])}_${rng.int(1, 40)}.txt`],
      }),
      () => ({ L: [`M /srv/wiki/data/${rng.pick(FILES)}/start.txt`] }),
      () => ({ L: [`Remote: Cleaned up ${rng.int(0, 9)} uncommitted segment files (== everything after segment ${rng.int(900, 1900)}).`] }),
    ])();
  const repoId = rng.hex(64);
  const steps = [
    {
      raw: {
        L: [
          '+ exec',
          `++ date -u '+%Y-%m-%dT%H:%M:%SZ'`,
          `+ echo '=== borg-nightly ${iso(DAY_EN + 2 * HOUR).slice(0, 19)}Z ==='`,
          `=== borg-nightly ${iso(DAY_EN + 2 * HOUR).slice(0, 19)}Z ===`,
          `+ export BORG_REPO=${REPO}`,
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'borg-xtrace-export-borg-passphrase',
      'error',
      "The script reads the repository's passphrase from a file and exports it as `BORG_PASSPHRASE`; under `set -x` bash traces the assignment with the value, so the key that decrypts every archive of the wiki is in the log.",
      ({ rng }) => {
        const pw = rng.b64url(32);
        return { value: pw, event: { L: ['++ cat /root/.config/borg/passphrase', `+ export BORG_PASSPHRASE=${pw}`] } };
      },
      { after: 0 },
    ),
    plant(
      'path-secret',
      'borg-xtrace-curl-nextcloud-share-exclude-list',
      'error',
      WHY.pathSecret(
        "The exclude list is fetched from a Nextcloud public share (`/s/<15 characters>/download`) that the committee edits; bash traces the curl with the share's token",
      ),
      ({ rng }) => {
        const tok = ncShare(rng);
        return { value: tok, event: { L: [`+ curl -fsS -o /etc/borg/exclude.txt https://cloud.${SV}/s/${tok}/download`] } };
      },
    ),
    {
      raw: {
        L: [
          `+ borg create --debug --stats --list --filter=AM --exclude-from /etc/borg/exclude.txt '::wiki-{now:%Y-%m-%dT%H:%M}' /srv/wiki`,
          'using builtin fallback logging configuration',
          '35 self tests completed in 0.09 seconds',
          `SSH command line: ['ssh', '-i', '/root/.ssh/borg_ed25519', '${REPO.slice(6, REPO.indexOf(':23'))}', '-p', '23', 'borg', 'serve', '--debug']`,
          'Remote: using builtin fallback logging configuration',
          'Remote: 33 self tests completed in 0.08 seconds',
          'Remote: Initialized logging system for JSON-based protocol',
          "Remote: Resolving repository path b'./wiki'",
          "Remote: Resolved repository path to '/home/wiki'",
          'TAM-verified manifest',
          `security: read previous location '${REPO}'`,
          'security: repository checks ok, allowing access',
        ],
      },
    },
    plant(
      'negative',
      'borg-cache-path-repository-id',
      'none',
      "borg names its local cache directory after the repository's id (64 hex digits, public in the repository's `config`): an identifier, no credential.",
      ({ rng }) => ({
        value: repoId,
        event: { L: [`Verified integrity of /root/.cache/borg/${repoId}/chunks`, 'Reading files cache ...'] },
      }),
    ),
    5,
    plant(
      'negative',
      'borg-stats-archive-fingerprint',
      'none',
      "The `--stats` block's `Archive fingerprint` is the archive's id (a hash of its metadata): no credential.",
      ({ rng, t }) => {
        const fp = rng.hex(64);
        return {
          value: fp,
          event: {
            L: [
              '------------------------------------------------------------------------------',
              `Repository: ${REPO}`,
              `Archive name: wiki-${iso(DAY_EN + 2 * HOUR).slice(0, 16)}`,
              `Archive fingerprint: ${fp}`,
              `Time (start): ${borgTime(DAY_EN + 2 * HOUR + 4000, GMT)}`,
              `Time (end):   ${borgTime(t, GMT)}`,
              `Duration: ${Math.round((t - DAY_EN - 2 * HOUR) / 1000)} seconds`,
              `Number of files: ${rng.int(4000, 9000)}`,
              `Utilization of max. archive size: 0%`,
              '------------------------------------------------------------------------------',
              '                       Original size      Compressed size    Deduplicated size',
              `This archive:                1.84 GB              1.21 GB              ${rng.int(2, 40)}.${rng.int(10, 99)} MB`,
              `All archives:              128.07 GB             83.55 GB              3.02 GB`,
              '------------------------------------------------------------------------------',
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'borg-curl-verbose-webdav-authorization-basic',
      'error',
      "The script uploads `borg info`'s report to the makerspace's WebDAV folder with `curl -v`, whose request headers on stderr include `> Authorization: Basic …` (base64 of the backup user's name and password).",
      ({ rng }) => {
        const basic = b64Of(`borgreport:${rng.alnum(20)}`);
        return {
          value: basic,
          event: {
            L: [
              `+ curl -v -T /tmp/borg-report.txt --netrc-file /root/.netrc https://dav.${SV}/reports/borg/`,
              `*   Trying ${'203.0.113.'}${rng.int(2, 250)}:443...`,
              `* Connected to dav.${SV} port 443`,
              '* using HTTP/2',
              `> PUT /reports/borg/borg-report.txt HTTP/2`,
              `> Host: dav.${SV}`,
              `> Authorization: Basic ${basic}`,
              '> User-Agent: curl/8.19.0',
              '> Accept: */*',
              `> Content-Length: ${rng.int(700, 1400)}`,
              '>',
              '< HTTP/2 201',
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'borg-xtrace-curl-monitor-api-key',
      'error',
      `${WHY.apiKey('api_key')} The script tells the makerspace's monitoring page the backup finished, and bash traces the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: { L: [`+ curl -fsS 'https://status.${SV}/api/backup-report?api_key=${key}&host=wiki&result=ok'`, '{"ok":true}'] },
        };
      },
    ),
    plant(
      'webhook',
      'borg-xtrace-google-chat-webhook-token',
      'error',
      WHY.webhook(
        "A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`; the token is the webhook's secret) posting to the trustees' space",
      ),
      ({ rng }) => {
        const space = `AAAA${rng.alnum(7)}`;
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            L: [
              `+ curl -fsS -X POST -H 'Content-Type: application/json; charset=UTF-8' 'https://chat.googleapis.com/v1/spaces/${space}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' -d '{"text":"Wiki backup OK (borg)"}'`,
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'borg' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// errbit-notices.jsonl: the `notices` collection of the makerspace's Errbit (a self-hosted Airbrake-compatible error
// catcher), exported with `mongoexport --collection=notices` (relaxed extended JSON, one document a line): `_id`,
// `message`, `error_class`, `request` (`url`, `component`, `action`, `params`, `session`, `cgi-data`), `notifier`,
// `server_environment`, `user_attributes`, `framework`, `err_id`, `created_at`. The members' app is a Rails app with the
// airbrake gem, whose filter replaces `password` with `[FILTERED]`.
// From memory (not fetched): Errbit's Notice fields and the airbrake gem's payload.

function errbitLog(rng) {
  const APP = `members.${SV}`;
  const oid = (rng) => rng.hex(24);
  const notice = (rng, t, { cls, msg, url, component, action, params = {}, session = {}, cgi = {} }) => ({
    _id: { $oid: oid(rng) },
    message: `${cls}: ${msg}`,
    error_class: cls,
    request: {
      url,
      component,
      action,
      params: { controller: component, action, ...params },
      session,
      'cgi-data': {
        REQUEST_METHOD: 'GET',
        SERVER_NAME: APP,
        HTTP_USER_AGENT: rng.pick(BROWSERS),
        REMOTE_ADDR: `198.51.100.${rng.int(2, 250)}`,
        ...cgi,
      },
    },
    notifier: { name: 'airbrake-ruby', version: '6.2.2', url: 'https://github.com/airbrake/airbrake-ruby' },
    server_environment: { 'environment-name': 'production', hostname: 'members-1' },
    user_attributes: {},
    framework: 'Rails: 8.0.3',
    err_id: { $oid: oid(rng) },
    created_at: { $date: iso(t) },
  });
  const render = (e) => [JSON.stringify(e.n)];
  const filler = (rng, t) =>
    rng.pick([
      (id = rng.int(300, 900)) => ({
        n: notice(rng, t, {
          cls: 'ActiveRecord::RecordNotFound',
          msg: `Couldn't find Induction with 'id'=${id}`,
          url: `https://${APP}/inductions/${id}`,
          component: 'inductions',
          action: 'show',
        }),
      }),
      () => ({
        n: notice(rng, t, {
          cls: 'Net::ReadTimeout',
          msg: 'Net::ReadTimeout with #<TCPSocket:(closed)>',
          url: `https://${APP}/tools/laser/bookings`,
          component: 'bookings',
          action: 'create',
        }),
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'errbit-request-url-gitlab-callback-code',
      'warning',
      `${WHY.code} Members sign in with the makerspace's GitLab; the callback failed (a state mismatch) and the notice keeps the request's URL with GitLab's code (64 hex digits) beside its state.`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: {
            n: notice(rng, t, {
              cls: 'OmniAuth::Strategies::OAuth2::CallbackError',
              msg: 'csrf_detected | CSRF detected',
              url: `https://${APP}/auth/gitlab/callback?code=${code}&state=${rng.hex(48)}`,
              component: 'omniauth_callbacks',
              action: 'gitlab',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'errbit-params-authenticity-token',
      'none',
      "Rails' `authenticity_token` form field (a masked CSRF token) in a notice's params: it protects one form of one session and opens nothing by itself.",
      ({ rng, t }) => {
        const at = rng.b64url(86);
        return {
          value: at,
          event: {
            n: notice(rng, t, {
              cls: 'ActiveRecord::RecordInvalid',
              msg: 'Validation failed: Slot is already taken',
              url: `https://${APP}/tools/lathe/bookings`,
              component: 'bookings',
              action: 'create',
              params: { authenticity_token: at, booking: { slot: '2027-11-09T18:00', tool_id: '4' } },
              cgi: { REQUEST_METHOD: 'POST' },
            }),
          },
        };
      },
    ),
    plant(
      'id-token',
      'errbit-params-microsoft-form-post-id-token',
      'error',
      "Staff sign in with Microsoft Entra ID, which posts the `id_token` back (`response_mode=form_post`); the callback raised and the notice keeps the POST's params with the ID token, live for an hour",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: {
            aud: rng.uuid(),
            iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`,
            oid: rng.uuid(),
            preferred_username: 'treasurer@sladvalleymakers.example',
            nonce: rng.hex(32),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            n: notice(rng, t, {
              cls: 'NoMethodError',
              msg: "undefined method 'downcase' for nil",
              url: `https://${APP}/auth/entra/callback`,
              component: 'omniauth_callbacks',
              action: 'entra',
              params: { id_token: token, state: rng.hex(32), session_state: rng.uuid() },
              cgi: { REQUEST_METHOD: 'POST' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'errbit-cgi-data-http-cookie-rails-session',
      'error',
      WHY.session(
        "The Rails app's encrypted cookie-store session (`_sladvalley_session=<data>--<iv>--<tag>`) in the notice's `cgi-data` `HTTP_COOKIE`, which the notifier sends unfiltered",
      ),
      ({ rng, t }) => {
        const s = `${rng.b64url(180)}--${rng.b64url(16)}--${rng.b64url(22)}`;
        return {
          value: s,
          event: {
            n: notice(rng, t, {
              cls: 'ActionView::Template::Error',
              msg: "undefined method 'name' for nil",
              url: `https://${APP}/members/dashboard`,
              component: 'members',
              action: 'dashboard',
              cgi: { HTTP_COOKIE: `_sladvalley_session=${s}; cookie_consent=1` },
            }),
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'errbit-params-doorkeeper-refresh-token',
      'error',
      `${WHY.refresh} The door-entry app renews its token at the members' app (Doorkeeper, \`POST /oauth/token\`); the request raised and its params, not filtered, hold the refresh token.`,
      ({ rng, t }) => {
        const rt = rng.b64url(43);
        return {
          value: rt,
          event: {
            n: notice(rng, t, {
              cls: 'ActiveRecord::ConnectionTimeoutError',
              msg: 'could not obtain a connection from the pool within 5.000 seconds',
              url: `https://${APP}/oauth/token`,
              component: 'doorkeeper/tokens',
              action: 'create',
              params: { grant_type: 'refresh_token', refresh_token: rt, client_id: rng.b64url(43) },
              cgi: { REQUEST_METHOD: 'POST' },
            }),
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'errbit-cgi-data-http-authorization-bearer',
      'error',
      "The door-entry controller's API call failed and the notice's `cgi-data` holds its `HTTP_AUTHORIZATION` header (`Bearer` and a Doorkeeper access token, valid two hours).",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            n: notice(rng, t, {
              cls: 'Pundit::NotAuthorizedError',
              msg: 'not allowed to open? this Door',
              url: `https://${APP}/api/v1/doors/workshop/open`,
              component: 'api/v1/doors',
              action: 'open',
              cgi: { REQUEST_METHOD: 'POST', HTTP_AUTHORIZATION: `Bearer ${at}`, HTTP_USER_AGENT: 'DoorPi/2.4' },
            }),
          },
        };
      },
    ),
    plant(
      'negative',
      'errbit-params-password-filtered',
      'none',
      "The airbrake gem's filter replaced the sign-in form's `password` with `[FILTERED]`: a redaction, no credential.",
      ({ rng, t }) => ({
        value: '"password":"[FILTERED]"',
        event: {
          n: notice(rng, t, {
            cls: 'Rack::Timeout::RequestTimeoutException',
            msg: 'Request waited 1ms, then ran for longer than 15000ms',
            url: `https://${APP}/users/sign_in`,
            component: 'devise/sessions',
            action: 'create',
            params: { user: { email: 'j.perrin@sladvalleymakers.example', password: '[FILTERED]' } },
            cgi: { REQUEST_METHOD: 'POST' },
          }),
        },
      }),
    ),
    plant(
      'embed-jwt',
      'errbit-request-url-embed-expired',
      'note',
      "The tool-booking calendar embedded on the makerspace's website (`/embed/<JWT>`) raised when a visitor opened an old copy of the page; the notice's URL holds the embed token, which had expired a day before the notice",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 8 * 86400 + rng.int(600, 7200),
          claims: { iss: `https://${APP}`, resource: { calendar: 'tools' }, params: { week: '2027-W44' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            n: notice(rng, t, {
              cls: 'JWT::ExpiredSignature',
              msg: 'Signature has expired',
              url: `https://${APP}/embed/${token}`,
              component: 'embeds',
              action: 'show',
            }),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'errbit' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// txp_log.tsv: the website's Textpattern 4.9 visitor log (`txp_log`, logging "all hits"), dumped with `mysql -B -e
// "SELECT time, host, page, refer, status, method, ip FROM txp_log ORDER BY time"`: tab-separated with a header line,
// times in the server's zone (GMT), `host` the reverse DNS name or the address, `refer` without its scheme (Textpattern
// strips `http://` and `https://`), an unknown host or referrer left empty.
// From memory (not fetched): the `txp_log` columns and the stripped scheme of `refer`.

function txpLog(rng) {
  const HOSTS = ['host-92-4-17-8.as13285.net', 'cpc91234-stro7-2-0-cust12.16-2.cable.virginm.net', '', 'crawl-66-249-66-1.googlebot.com'];
  const render = (e) => [[ymdHmsAt(e.t, GMT), e.rdns ?? rng.pick(HOSTS), e.page, e.refer ?? '', e.status, e.method, e.ip].join('\t')];
  const PAGES = ['/', '/articles/open-evening', '/articles/laser-induction', '/join', '/tools', '/tools/lathe', '/events', '/rss/'];
  const REFS = ['www.google.com/', '', 'duckduckgo.com/', 'stroudnewsandjournal.example/whats-on', ''];
  const filler = (rng) => ({ page: rng.pick(PAGES), refer: rng.pick(REFS), status: rng.pick([200, 200, 200, 304, 404]) });
  const steps = [
    { raw: { L: null }, after: 0 },
    3,
    plant(
      'negative',
      'txp-page-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a page reached from the makerspace's Facebook post: a tracking id, no credential.",
      ({ rng }) => {
        const f = `IwY2xjawK${rng.b64url(56)}_aem_${rng.b64url(22)}`;
        return { value: f, event: { page: `/articles/open-evening?fbclid=${f}`, refer: 'm.facebook.com/', status: 200 } };
      },
    ),
    2,
    plant(
      'session-id',
      'txp-page-phpsessid-trans-sid',
      'error',
      WHY.session(
        "The shop plugin's PHP session id in the URL (`PHPSESSID=<26 characters>`, PHP's `use_trans_sid` for visitors without cookies), written in `page`",
      ),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return { value: sid, event: { page: `/shop/basket?PHPSESSID=${sid}`, refer: `${SV}/shop/`, status: 200 } };
      },
    ),
    2,
    plant(
      'path-secret',
      'txp-refer-discourse-invite-link',
      'error',
      WHY.pathSecret(
        "A visitor came to the website from the members' forum's invite page (Discourse `/invites/<token>`, a link that makes whoever opens it a member), and Textpattern writes it in `refer`",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: { page: '/join', refer: `forum.${SV}/invites/${tok}`, status: 200 } };
      },
    ),
    3,
    plant(
      'replay',
      'txp-page-file-download-ticket-first',
      'note',
      WHY.ticketFirst(
        "The members-only laser cutter manual is served by a file download with a single-use `ticket` that the members' app issues; Textpattern logs the hit (200). The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(27);
        firstUse.ticket = t;
        return {
          value: tk,
          event: {
            ip: '198.51.100.23',
            rdns: 'host-198-51-100-23.as13285.net',
            page: `/file_download/14/laser-manual.pdf?ticket=${tk}`,
            refer: `members.${SV}/tools/laser`,
            status: 200,
          },
        };
      },
      { ref: 'ticket' },
    ),
    2,
    plant(
      'replay',
      'txp-page-file-download-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another address, with no referrer, downloaded the manual with the same ticket and got it again (200).`,
          },
        ],
        event: {
          ip: '203.0.113.187',
          rdns: '',
          page: `/file_download/14/laser-manual.pdf?ticket=${refs.get('ticket').value}`,
          refer: '',
          status: 200,
        },
      }),
      { replayOf: 'ticket', after: 241 },
    ),
    2,
    plant(
      'api-key-name',
      'txp-page-json-api-key',
      'error',
      `${WHY.apiKey('api_key')} The events feed of the website (a JSON plugin) is polled by the town's what's-on site with its key in the query; Textpattern logs the whole \`page\`.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { page: `/api/events.json?api_key=${key}&from=2027-11-08`, refer: '', status: 200 } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'txp-refer-booking-embed-30d-jti',
      'error',
      "The website's tool page is opened from the booking calendar embedded in a partner's site, so `refer` is the embed page with its token (`/embed/<JWT>`): 30 days, with a jti",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { iss: `https://members.${SV}`, resource: { calendar: 'tools' }, partner: 'stroud-library' },
        });
        return { value: token, jwt: facts, event: { page: '/tools/laser', refer: `members.${SV}/embed/${token}`, status: 200 } };
      },
    ),
    plant(
      'negative',
      'txp-page-mailchimp-eid',
      'none',
      "Mailchimp's `mc_eid` (a 10-hex-digit subscriber hash for analytics) on a page reached from the newsletter: an id, no credential.",
      ({ rng }) => {
        const eid = rng.hex(10);
        return { value: eid, event: { page: `/events?utm_source=newsletter&mc_cid=${rng.hex(10)}&mc_eid=${eid}`, refer: '', status: 200 } };
      },
    ),
    3,
  ];
  // The header line of `mysql -B`, then one hit a line.
  const log = buildLog(rng, {
    start: DAY_EN + 7 * HOUR,
    site: { host: SV },
    filler,
    render: (e) => (e.L === null ? ['time\thost\tpage\trefer\tstatus\tmethod\tip'] : render(e)),
    steps: grow(steps),
  });
  return log;
}

// ---------------------------------------------------------------------------------------------------------------------
// teedy.log: the document store (Teedy 1.11, Java, Jetty) with its log4j file appender, `%d{yyyy-MM-dd HH:mm:ss,SSS}
// %-5p %c{1} - %m%n` in GMT: its async listeners (files, webhooks, inbox), the request filter at DEBUG.
// From memory (not fetched): Teedy's class names (`WebhookAsyncListener`, `InboxService`, `TokenBasedSecurityFilter`),
// its `auth_token` cookie, its share links (`/#/share/<document>/<share>`); the log4j pattern is the helper's.

function teedyLog(rng) {
  const render = (e) => e.L.map(([lvl, cls, msg]) => `${commaMs(e.t, GMT)} ${lvl.padEnd(5)} ${cls} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'FileProcessingAsyncListener', `Processing file ${rng.uuid()} (application/pdf, ${rng.int(40, 4000)} KB)`]] }),
      () => ({ L: [['INFO', 'IndexingService', `Indexed document ${rng.uuid()} in ${rng.int(20, 900)} ms`]] }),
      () => ({
        L: [['DEBUG', 'RequestContextFilter', `GET /api/document/list?limit=10&offset=${rng.int(0, 8) * 10}&sort_column=3&asc=false 200`]],
      }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ['INFO', 'AppContext', 'Teedy 1.11 starting'],
          ['INFO', 'ConfigUtil', 'Using data directory /data'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'framework-dump',
      'teedy-inbox-config-tostring-password',
      'error',
      "The inbox scanner (documents mailed to the makerspace's archive address are filed automatically) writes its configuration at start with the object's `toString()`, IMAP password included.",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            L: [
              [
                'INFO',
                'InboxService',
                `Inbox scanning enabled: InboxConfig{hostname=imap.${SV}, port=993, starttls=false, username=archive@${SV}, password=${pw}, folder=INBOX, tag=post-scan, deleteImported=true}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'teedy-file-sha256',
      'none',
      'The SHA-256 of a stored file (64 hex digits), written when a scan is filed: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { L: [['INFO', 'FileUtil', `File ${rng.uuid()} stored (1.2 MB), sha256=${h}`]] } };
      },
    ),
    plant(
      'path-secret',
      'teedy-email-share-link',
      'error',
      WHY.pathSecret(
        "A document shared with the insurer: Teedy's share link (`/#/share/<document>/<share id>`) opens the document without an account, and the mail step writes the link it sends",
      ),
      ({ rng }) => {
        const share = rng.uuid();
        return {
          value: share,
          event: {
            L: [
              [
                'INFO',
                'EmailUtil',
                `Sending email 'Document shared with you' to claims@insurer.example with link https://docs.${SV}/#/share/${rng.uuid()}/${share}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'teedy-webhook-mattermost-incoming',
      'error',
      WHY.webhook(
        "A Mattermost incoming webhook (`/hooks/<26 characters>`) registered as Teedy's webhook for new documents; the listener writes where it posts",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: { L: [['INFO', 'WebhookAsyncListener', `Sending webhook DOCUMENT_CREATED to https://chat.${SV}/hooks/${id}`]] },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'teedy-debug-cookie-auth-token',
      'error',
      WHY.session(
        "Teedy's `auth_token` cookie (a UUID naming the user's session in its database), written by the security filter at DEBUG with the request's cookies",
      ),
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: { L: [['DEBUG', 'TokenBasedSecurityFilter', `Cookies: [auth_token=${tok}, teedy_lang=en]; user=treasurer`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'teedy-thumbnail-error-apikey',
      'error',
      `${WHY.apiKey('apikey')} A thumbnail service for office documents fails and the exception quotes the URL it called.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            L: [
              [
                'ERROR',
                'FileProcessingAsyncListener',
                `Unable to generate thumbnail: java.io.IOException: Server returned HTTP response code: 503 for URL: https://render.${SV}/v1/thumbnail?apikey=${key}&format=webp`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'teedy-password-reset-key-masked',
      'none',
      'A password reset logged with its key masked by the app (`key=****…` and the last four characters): a mask, no credential.',
      ({ rng }) => {
        const m = `********-****-****-****-********${rng.hex(4)}`;
        return { value: m, event: { L: [['INFO', 'UserResource', `Password reset requested for user j.perrin, key=${m}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'teedy' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// piku-signup-deploy.log: a volunteer's terminal, saved with `script`: `git push piku main` to the makerspace's Piku
// server (the remote's output prefixed `remote: `, Piku's `-----> ` steps, pip's output), then `ssh piku@… config
// signup` printing the app's ENV one variable a line, then the release worker's output.
// From memory (not fetched): Piku's step messages (`-----> Deploying app …`, `-----> Python app detected.`, `-----> Running
// pip for …`, `-----> Spawning …`), its `config` command.

function pikuLog(rng) {
  const render = (e) => e.L;
  const PKGS = [
    'Flask-3.1.2',
    'gunicorn-23.0.0',
    'SQLAlchemy-2.0.44',
    'psycopg-3.2.10',
    'WTForms-3.2.1',
    'itsdangerous-2.2.0',
    'Jinja2-3.1.6',
  ];
  const filler = (rng) => ({
    L: [`remote:   Requirement already satisfied: ${rng.pick(PKGS).replace('-', '==')} in ./env/lib/python3.12/site-packages`],
  });
  const old = rng.hex(7);
  const neu = rng.hex(7);
  const steps = [
    {
      raw: {
        L: [
          `$ git push piku main`,
          'Enumerating objects: 9, done.',
          'Counting objects: 100% (9/9), done.',
          'Writing objects: 100% (5/5), 1.21 KiB | 1.21 MiB/s, done.',
          'Total 5 (delta 3), reused 0 (delta 0), pack-reused 0',
          "remote: -----> Deploying app 'signup'",
          'remote: -----> Python app detected.',
          "remote: -----> Running pip for 'signup'",
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'piku-pip-index-url-masked',
      'none',
      'pip prints its extra index with the password replaced by `****` (`https://__token__:****@…`): a mask, no credential.',
      () => ({
        value: `__token__:****@pypi.${SV}`,
        event: { L: [`remote:   Looking in indexes: https://pypi.org/simple, https://__token__:****@pypi.${SV}/simple`] },
      }),
    ),
    4,
    {
      raw: {
        L: ["remote: -----> Spawning uwsgi workers for 'signup'", "remote: -----> Releasing 'signup'"],
      },
    },
    plant(
      'webhook',
      'piku-release-rocketchat-webhook',
      'error',
      WHY.webhook('A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the release script posts the deploy note to, and prints'),
      ({ rng }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            L: [`remote:   release: posting deploy note to https://chat.${SV}/hooks/${id}/${tok}`, 'remote:   release: {"success":true}'],
          },
        };
      },
    ),
    {
      raw: {
        L: [
          `To piku.${SV}:signup`,
          `   ${old}..${neu}  main -> main`,
          `$ ssh piku@piku.${SV} config signup`,
          'FLASK_ENV=production',
          'PORT=8083',
        ],
      },
    },
    plant(
      'framework-dump',
      'piku-config-database-url-password',
      'error',
      "Piku's `config` command prints the app's ENV file, and `DATABASE_URL` holds the database user's password in its userinfo.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return { value: pw, event: { L: [`DATABASE_URL=postgresql://signup:${pw}@db.${SV}:5432/signup`] } };
      },
    ),
    plant(
      'encoded',
      'piku-config-base64-oauth-client-json',
      'error',
      'An ENV variable holding a base64 JSON (the Google Workspace client the sign-up app uses to create accounts); decoded, it holds `client_secret`.',
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({
            web: {
              client_id: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
              client_secret: `GOCSPX-${rng.b64url(28)}`,
              redirect_uris: [`https://signup.${SV}/oauth2callback`],
            },
          }),
        );
        return { value: b, event: { L: [`GOOGLE_CLIENT_JSON_B64=${b}`] } };
      },
    ),
    plant(
      'api-key-name',
      'piku-config-mailgun-api-key',
      'error',
      `${WHY.apiKey('MAILGUN_API_KEY')} Printed by Piku's \`config\`.`,
      ({ rng }) => {
        const key = `${rng.hex(32)}-${rng.hex(8)}-${rng.hex(8)}`;
        return { value: key, event: { L: [`MAILGUN_API_KEY=${key}`, `MAILGUN_DOMAIN=mg.${SV}`] } };
      },
    ),
    plant(
      'refresh-token',
      'piku-config-xero-refresh-token',
      'error',
      `${WHY.refresh} The sign-up app records membership payments in Xero with a stored refresh token (\`XERO_REFRESH_TOKEN\`), printed by Piku's \`config\`.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return { value: rt, event: { L: [`XERO_REFRESH_TOKEN=${rt}`, `XERO_TENANT_ID=${rng.uuid()}`] } };
      },
    ),
    plant(
      'negative',
      'piku-git-push-short-shas',
      'none',
      'The short commit ids of a second push (`<old>..<new>  main -> main`): no credential.',
      ({ rng }) => {
        const a = rng.hex(7);
        const b = rng.hex(7);
        return {
          value: `${a}..${b}`,
          event: {
            L: [
              '$ git push piku main',
              'Writing objects: 100% (3/3), 402 bytes | 402.00 KiB/s, done.',
              `To piku.${SV}:signup`,
              `   ${a}..${b}  main -> main`,
            ],
          },
        };
      },
      { after: 300 },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 19 * HOUR, site: { host: 'piku' }, filler, render, steps: grow(steps) });
}

// =====================================================================================================================
// Ižoran muzei, Vistino (Ingrian; Leningrad oblast: MSK, UTC+3 all year)
// =====================================================================================================================

/** syslog's `Nov 15 10:00:00` (day padded with a space) at `offset` minutes from UTC. */
const syslogTime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, offset).slice(11, 19)}`;
};

// ---------------------------------------------------------------------------------------------------------------------
// lazylibrarian.log: the museum library's LazyLibrarian, which looks for Ingrian and Finnic books on a Newznab indexer,
// a private tracker and the museum's own catalogue feed: `<dd-Mon-yyyy HH:MM:SS> - <LEVEL padded> :: <THREAD> :
// <file>:<function>:<line> : <message>` in local time (MSK). The search URL is written when it is sent and again in the
// error that follows (one repeat).
// From memory (not fetched): the line layout, the thread names (`SEARCHALLBOOKS`, `POSTPROCESS`, `WEBSERVER`) and the
// function names.

function lazyLibrarianLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + MSK * MIN);
    return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${local(t, MSK).slice(11, 19)}`;
  };
  const render = (e) => e.L.map(([lvl, th, where, msg]) => `${stamp(e.t)} - ${lvl.padEnd(8)}:: ${th} : ${where} : ${msg}`);
  const AUTHORS = ['Vassili Jevsejev', 'Olga Konkova', 'Natalia Kuznetsova', 'Mehmet Muslimov', 'Lauri Kettunen'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [['INFO', 'SEARCHALLBOOKS', 'searchbook.py:search_book:212', `Searching for ${rng.int(1, 6)} books by ${rng.pick(AUTHORS)}`]],
      }),
      () => ({
        L: [
          ['DEBUG', 'SEARCHALLBOOKS', 'providers.py:iterate_over_znab_sites:604', `Found 0 results at IndexerFi for ${rng.pick(AUTHORS)}`],
        ],
      }),
      () => ({ L: [['INFO', 'POSTPROCESS', 'postprocess.py:process_dir:388', 'No books found in download folder']] }),
    ])();
  const steps = [
    { raw: { L: [['INFO', 'MAIN', 'LazyLibrarian.py:main:298', 'Starting LazyLibrarian on port 5299, Python 3.12.8']] }, after: 0 },
    2,
    plant(
      'api-key-name',
      'lazylibrarian-newznab-url-apikey-and-error',
      'error',
      `${WHY.apiKey('apikey')} The Newznab search URL is written at DEBUG when it is sent and again in the error that follows.`,
      ({ rng }) => {
        const key = rng.hex(32);
        const url = `https://indexer.finnicbooks.example/api?t=book&apikey=${key}&author=Konkova&title=Izoran%20keel&cat=7020`;
        return {
          value: key,
          event: {
            L: [
              ['DEBUG', 'SEARCHALLBOOKS', 'providers.py:newznab_plus:733', `[NewzNabPlus] Searching IndexerFi: ${url}`],
              [
                'WARNING',
                'SEARCHALLBOOKS',
                'providers.py:newznab_plus:761',
                `Error reading data from IndexerFi ${url}: HTTP Error 503: Service Unavailable`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'lazylibrarian-torrent-info-hash',
      'none',
      "A torrent's info hash (40 hex digits) when the client takes the download: the content's identifier, no credential.",
      ({ rng }) => {
        const h = rng.hex(40).toUpperCase();
        return {
          value: h,
          event: { L: [['INFO', 'SEARCHALLBOOKS', 'downloadmethods.py:tor_dl_method:361', `Torrent added to qBittorrent, hash ${h}`]] },
        };
      },
    ),
    plant(
      'path-secret',
      'lazylibrarian-tracker-download-passkey-path',
      'error',
      WHY.pathSecret(
        "A private tracker's download URL with the museum's passkey in its path (`/download/<id>/<32 hex>/…torrent`), written when the book is grabbed",
      ),
      ({ rng }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: {
            L: [
              [
                'DEBUG',
                'SEARCHALLBOOKS',
                'downloadmethods.py:tor_dl_method:322',
                `Fetching https://tracker.kirjasto-fi.example/download/${rng.int(10000, 99999)}/${pk}/Izoran_keel_opastus.torrent`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'lazylibrarian-rss-provider-avvain',
      'error',
      `${WHY.apiKey('avvain')} (avvain, "key" in Ingrian) The museum's own catalogue feed, added as an RSS provider; LazyLibrarian writes the feed URL it reads.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            L: [
              ['DEBUG', 'SEARCHALLBOOKS', 'providers.py:rss:1022', `[RSS] Reading https://kirjat.${IZ}/rss/uuvvet?avvain=${key}&keel=izh`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'lazylibrarian-fetch-cookies-sessia',
      'error',
      WHY.session(
        'The catalogue\'s session cookie (`sessia`, Ingrian for "session"), printed as the Python dict of cookies LazyLibrarian sends when it fetches a book',
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            L: [
              [
                'DEBUG',
                'WEBSERVER',
                'common.py:fetch_url:118',
                `GET https://kirjat.${IZ}/lataa/412 cookies={'sessia': '${sid}', 'keel': 'izh'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'lazylibrarian-percent-encoded-salaus-in-url-param',
      'error',
      "A notifier's call to the museum's site with the address of a cloud folder passed, percent-encoded, in `url=`; decoded, that address holds `salaus=` (Ingrian for \"secret\") with the folder's secret.",
      ({ rng }) => {
        const s = rng.alnum(30);
        const inner = encodeURIComponent(`https://pilvi.${IZ}/kansio?salaus=${s}&nimi=kirjat`);
        return {
          value: s,
          event: {
            L: [
              [
                'INFO',
                'POSTPROCESS',
                'notifiers/custom_notify.py:notify:77',
                `Kirja lisätty kokoelmaa: POST https://kirjat.${IZ}/tuo?url=${inner}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'lazylibrarian-bookid-md5',
      'none',
      "LazyLibrarian's BookID for a book without an ISBN (an MD5 of author and title, 32 hex digits): an id, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: { L: [['INFO', 'POSTPROCESS', 'postprocess.py:process_book:912', `Processed BookID ${id} (Izoran keel: opastus)`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IZ + 6 * HOUR, site: { host: 'lazylibrarian' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// davical-syslog.log: the museum's DAViCal 1.1 (CalDAV server, PHP) writing to syslog with request logging and some
// debug switches on (`$c->dbg['request']`, `$c->dbg['config']`): `<Mmm dd HH:MM:SS> kalenteri davical: <LOG|DBG>:
// <component>:<message>` in local time (MSK). A request is written when it arrives and again with its response status
// (one repeat).
// From memory (not fetched): DAViCal's `LOG:`/`DBG:` prefixes, the request and response lines; the rest of the
// message text is the helper's.

function davicalLog(rng) {
  const render = (e) => e.L.map(([lvl, comp, msg]) => `${syslogTime(e.t, MSK)} kalenteri davical: ${lvl}: ${comp}:${msg}`);
  const CALS = ['tapahtumat', 'kokoukset', 'vierailut'];
  const filler = (rng, t, site) => {
    const ip = `192.0.2.${rng.int(2, 250)}`;
    const path = `/caldav.php/${rng.pick(['olga', 'muzei', 'vassili'])}/${rng.pick(CALS)}/`;
    return rng.pick([
      () => ({
        L: [
          ['LOG', 'caldav', `request:${ip}:REPORT ${path}`],
          ['LOG', 'caldav', `response:207:REPORT ${path}`],
        ],
      }),
      () => ({
        L: [
          ['LOG', 'caldav', `request:${ip}:PROPFIND ${path}`],
          ['LOG', 'caldav', `response:207:PROPFIND ${path}`],
        ],
      }),
    ])();
  };
  const steps = [
    3,
    plant(
      'header-dump',
      'davical-dbg-request-authorization-basic',
      'error',
      "With request debugging on, DAViCal writes each request header, `Authorization: Basic …` (base64 of a user's name and password) among them.",
      ({ rng }) => {
        const basic = b64Of(`olga:${rng.alnum(16)}`);
        return {
          value: basic,
          event: {
            L: [
              ['DBG', 'request', 'Host: kalenteri.izoranmuzei.example'],
              ['DBG', 'request', 'User-Agent: DAVx5/4.5.3-ose (2027/10/02; dav4jvm; okhttp/4.12.0) Android/15'],
              ['DBG', 'request', `Authorization: Basic ${basic}`],
              ['DBG', 'request', 'Depth: 1'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'davical-response-etag',
      'none',
      "An event's ETag (an MD5 of its iCalendar text, 32 hex digits) in a PUT's response: a version marker, no credential.",
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: { L: [['LOG', 'caldav', `response:201:PUT /caldav.php/muzei/tapahtumat/${rng.uuid()}.ics ETag: "${etag}"`]] },
        };
      },
    ),
    plant(
      'api-key-name',
      'davical-request-response-export-avvain',
      'error',
      `${WHY.apiKey('avvain')} (avvain, "key" in Ingrian) The museum's website reads the events calendar through a small export script in front of DAViCal, keyed in the query; the request line and its response line both write it.`,
      ({ rng }) => {
        const key = rng.hex(40);
        const path = `/vienti.php/muzei/tapahtumat.ics?avvain=${key}&muoto=ics`;
        return {
          value: key,
          event: {
            L: [
              ['LOG', 'caldav', `request:203.0.113.40:GET ${path}`],
              ['LOG', 'caldav', `response:200:GET ${path}`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'davical-dbg-request-cookie-sid',
      'error',
      WHY.session("The administration pages' session cookie (`sid=<session number>;<hash>`), written among the request headers"),
      ({ rng }) => {
        const sid = `${rng.int(100, 999)};${rng.hex(32)}`;
        return { value: sid, event: { L: [['DBG', 'request', `Cookie: sid=${sid}; keel=izh`]] } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'davical-dbg-config-ldap-passwd',
      'error',
      "With `$c->dbg['config']`, DAViCal writes its configuration array one element a line; the LDAP driver's bind password is `authenticate_hook[config][passwd]`.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            L: [
              ['DBG', 'config', 'authenticate_hook[call]=LDAP_check'],
              ['DBG', 'config', `authenticate_hook[config][host]=ldap://ldap.${IZ}`],
              ['DBG', 'config', `authenticate_hook[config][bindDN]=cn=davical,ou=palvelut,dc=izoranmuzei,dc=example`],
              ['DBG', 'config', `authenticate_hook[config][passwd]=${pw}`],
              ['DBG', 'config', 'authenticate_hook[config][baseDNUsers]=ou=ihmiset,dc=izoranmuzei,dc=example'],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'davical-dbg-put-body-attach-share-link',
      'error',
      WHY.pathSecret(
        "A village festival event carries the programme as an `ATTACH` to the museum's file server's share link (`/jako/<token>/…`, jako, \"share\"), and DAViCal's debug output writes the PUT's body",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            L: [
              [
                'DBG',
                'PUT',
                `body: BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nBEGIN:VEVENT\\r\\nUID:${rng.uuid()}\\r\\nSUMMARY:Kylän pyhä — Jaanipäivä\\r\\nATTACH:https://faili.${IZ}/jako/${tok}/ohjelma.pdf\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'davical-event-uid',
      'none',
      "An event's UID (a UUID its client made) in the response line of a PUT: an identifier, no credential.",
      ({ rng }) => {
        const uid = rng.uuid().toUpperCase();
        return { value: uid, event: { L: [['LOG', 'caldav', `response:201:PUT /caldav.php/olga/kokoukset/${uid}.ics`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IZ + 8 * HOUR, site: { host: 'davical' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// gitolite-2027-11.log: the dictionary project's Gitolite 3 monthly log (`~/.gitolite/logs/gitolite-%y-%m.log`,
// `LOG_TEMPLATE`): tab-separated, `<yyyy-mm-dd.HH:MM:SS>\t<pid>\t…` in local time (MSK): `ssh\tARGV=<user>\tSOC=<ssh
// original command>\tFROM=<address>`, the access checks `pre_git`, `update` with the ref and the old and new SHAs,
// `warn` and `die` messages, `END`. A custom command (`julkaise`, "publish") takes a URL as its argument.
// From memory (not fetched): the field order of each line type.

function gitoliteLog(rng) {
  const stamp = (t) => `${local(t, MSK).slice(0, 10)}.${local(t, MSK).slice(11, 19)}`;
  const render = (e) => {
    const pid = rng.int(20000, 60000);
    return e.L.map((fields, i) => [stamp(e.t + i * 40), pid, ...fields].join('\t'));
  };
  const USERS = ['olga', 'vassili', 'natalia', 'ivan'];
  const filler = (rng) => {
    const u = rng.pick(USERS);
    return rng.pick([
      () => ({
        L: [
          ['ssh', `ARGV=${u}`, "SOC=git-upload-pack 'sanakirja'", `FROM=192.0.2.${rng.int(2, 250)}`],
          ['', 'pre_git', 'sanakirja', u, 'R', 'any', 'refs/.*'],
          ['END'],
        ],
      }),
      () => ({
        L: [
          ['ssh', `ARGV=${u}`, "SOC=git-receive-pack 'sanakirja'", `FROM=192.0.2.${rng.int(2, 250)}`],
          ['', 'pre_git', 'sanakirja', u, 'W', 'any', 'refs/.*'],
          ['', 'update', 'sanakirja', u, 'W', 'refs/heads/master', rng.hex(40), rng.hex(40), 'refs/.*'],
          ['END'],
        ],
      }),
    ])();
  };
  const steps = [
    3,
    plant(
      'api-key-name',
      'gitolite-soc-julkaise-command-avvain',
      'error',
      `${WHY.apiKey('avvain')} (avvain, "key" in Ingrian) A maintainer runs the custom \`julkaise\` ("publish") command with the dictionary site's import URL as its argument, key included; Gitolite logs the SSH original command.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [['ssh', 'ARGV=olga', `SOC=julkaise sanakirja https://sanakirja.${IZ}/api/tuo?avvain=${key}`, 'FROM=192.0.2.77'], ['END']],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gitolite-update-old-new-sha',
      'none',
      'An `update` line with the old and new commit SHAs of a push (40 hex digits each): no credential.',
      ({ rng }) => {
        const n = rng.hex(40);
        return {
          value: n,
          event: {
            L: [
              ['ssh', 'ARGV=natalia', "SOC=git-receive-pack 'sanakirja'", 'FROM=192.0.2.140'],
              ['', 'update', 'sanakirja', 'natalia', 'W', 'refs/heads/master', rng.hex(40), n, 'refs/.*'],
              ['END'],
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'gitolite-warn-post-git-webhook',
      'error',
      WHY.webhook(
        "The POST_GIT trigger posts to the dictionary build server's webhook (`/hooks/<id>/<token>`); when it fails the trigger warns with the URL, and Gitolite logs the warning",
      ),
      ({ rng }) => {
        const tok = rng.b64url(40);
        return { value: tok, event: { L: [['', 'warn', `webhook https://rakennus.${IZ}/hooks/sanakirja/${tok} vastasi 502`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'gitolite-die-julkaise-share-link',
      'error',
      WHY.pathSecret(
        "The `julkaise` command dies when the share link (`/jako/<token>/…`) of the dictionary's audio files on the museum's file server cannot be fetched, and Gitolite logs the `die` message with it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            L: [
              ['ssh', 'ARGV=vassili', 'SOC=julkaise sanakirja-aanet', 'FROM=192.0.2.31'],
              ['', 'die', `julkaise: ei saatu https://faili.${IZ}/jako/${tok}/aanet.zip (404)`],
              ['END'],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'gitolite-warn-new-key-fingerprint',
      'none',
      "The `ssh-authkeys` trigger's note on a new public key, with its SHA256 fingerprint: a fingerprint of a public key, no credential.",
      ({ rng }) => {
        const fp = `SHA256:${rng.b64url(43).replace(/[-_]/g, 'x')}`;
        return { value: fp, event: { L: [['', 'warn', `ssh-authkeys: keydir/ivan.pub: ${fp} (ED25519)`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IZ + 9 * HOUR, site: { host: 'gitolite' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailerlite-clicks.jsonl: the click activity of the museum's November newsletter ("Muzein uuvvet"), read from
// MailerLite's API and kept one event a line: `id`, `type` (`click`), `campaign_id`, `subscriber` (`id`, `email`),
// `link` (`id`, `url`: the link as the subscriber's own copy of the mail had it, merge fields filled in), `ip`,
// `created_at` (UTC, `yyyy-mm-dd hh:mm:ss`). Personal links (a member's ticket, a magic sign-in link) are per
// subscriber.
// From memory (not fetched): the field names are the helper's reading of MailerLite's activity reports.

function mailerliteLog(rng) {
  const CAMPAIGN = digits(rng, 18);
  const render = (e) => [
    JSON.stringify({
      id: digits(rng, 18),
      type: 'click',
      campaign_id: CAMPAIGN,
      subscriber: {
        id: digits(rng, 18),
        email: e.email ?? `${rng.pick(['olga.k', 'ivan.s', 'marja', 'pekka.h', 'anna.l'])}${rng.int(1, 99)}@mail.example`,
      },
      link: { id: digits(rng, 18), url: e.url },
      ip: e.ip,
      created_at: ymdHmsAt(e.t, 0),
    }),
  ];
  const LINKS = [
    `https://${IZ}/tapahtumat/jaanipaiva`,
    `https://${IZ}/kirjat`,
    `https://${IZ}/`,
    'https://www.facebook.com/izoranmuzei.example',
  ];
  const filler = (rng) => ({ url: rng.pick(LINKS) });
  const steps = [
    3,
    plant(
      'path-secret',
      'mailerlite-personal-ticket-link-piletti-path',
      'error',
      WHY.pathSecret(
        'A member\'s personal link to their festival pass (`/piletti/<token>`, piletti, "ticket": a season pass, not single-use), filled in per subscriber and kept in the click report',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { url: `https://${IZ}/piletti/${tok}` } };
      },
    ),
    2,
    plant(
      'negative',
      'mailerlite-image-content-hash',
      'none',
      "A link to an image by its content hash (40 hex digits) on the newsletter's CDN: an address, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { url: `https://storage.mlcdn.com/account_image/${digits(rng, 6)}/${h}.jpg` } };
      },
    ),
    plant(
      'implicit-fragment',
      'mailerlite-magic-link-fragment-access-token',
      'error',
      "The member area's magic sign-in link, made per subscriber with the token in its fragment (`#access_token=…`); the fragment never reaches the museum's server, but the mail's link and so the click report keep it.",
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: { url: `https://jasenet.${IZ}/#access_token=${at}&token_type=bearer&expires_in=604800&type=magiclink` },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'mailerlite-recording-embed-30d-jti',
      'error',
      'The recording of the museum\'s singing evening, sent as a personal embed page (`/upotus/<JWT>`, upotus, "embed"), 30 days with a jti',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://${IZ}`, resource: { video: 'laulunilta-2027' } },
        });
        return { value: token, jwt: facts, event: { url: `https://${IZ}/upotus/${token}` } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mailerlite-calendar-subscribe-avvain',
      'error',
      `${WHY.apiKey('avvain')} (avvain, "key" in Ingrian) The members' calendar subscription link, filled in per subscriber.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return { value: key, event: { url: `https://kalenteri.${IZ}/vienti.php/muzei/tapahtumat.ics?avvain=${key}` } };
      },
    ),
    2,
    plant(
      'id-token',
      'mailerlite-registration-link-id-token-expired',
      'note',
      "The link to finish a new member's registration carries an `id_token` from the museum's sign-in service; the subscriber clicked it about three hours after it was issued, two hours after it had expired",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 1800),
          claims: { iss: `https://tunnus.${IZ}`, aud: 'jasenet', sub: rng.uuid(), email: 'anna.l12@mail.example' },
        });
        return { value: token, jwt: facts, event: { url: `https://jasenet.${IZ}/rekisterointi/jatka?id_token=${token}` } };
      },
    ),
    plant(
      'encoded',
      'mailerlite-redirect-base64-url-avvain',
      'error',
      "A link through the museum's own redirect (`/mene?u=<base64>`) that the newsletter template wraps around partner links; decoded, the address is the library partner's catalogue with `avvain=` and its key.",
      ({ rng }) => {
        const b = b64urlOf(`https://kirjasto.kingisepp.example/katalogi?avvain=${rng.alnum(32)}&kokoelma=izh`);
        return { value: b, event: { url: `https://${IZ}/mene?u=${b}` } };
      },
    ),
    2,
    plant(
      'negative',
      'mailerlite-youtube-video-id',
      'none',
      "A link to the singing evening's trailer on YouTube (`watch?v=<11 characters>`): a public video id, no credential.",
      ({ rng }) => {
        const v = rng.b64url(11);
        return { value: v, event: { url: `https://www.youtube.com/watch?v=${v}&utm_source=mailerlite` } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_IZ + 10 * HOUR, site: { host: 'mailerlite' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// conductor-server.log: the museum's Netflix Conductor OSS 3 server (Spring Boot 3) running the ticket and membership
// workflows, Spring Boot's console format in local time with zone: `<ISO 8601 ms +03:00> <LEVEL> <pid> --- [<app>]
// [<thread>] <logger, shortened and padded> : <message>`; the HTTP task's input as the `Input` object's `toString()`
// at DEBUG, workflow inputs as Java maps.
// From memory (not fetched): Conductor's class names (`WorkflowExecutor`, `HttpTask`), the messages are the helper's.

function conductorLog(rng) {
  const render = (e) =>
    e.L.map(
      ([lvl, thread, logger, msg]) =>
        `${local(e.t, MSK).slice(0, 23)}+03:00 ${lvl.padStart(5)} 1 --- [conductor-server] [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`,
    );
  const WE = 'c.n.c.core.execution.WorkflowExecutor';
  const HT = 'c.n.conductor.tasks.http.HttpTask';
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'sweeper-thread-2', 'c.n.c.c.reconciliation.WorkflowSweeper', `Sweeping workflow ${rng.uuid()}`]] }),
      () => ({ L: [['INFO', `nio-8080-exec-${rng.int(1, 9)}`, WE, `Workflow uutiskirje_tilaus started with id ${rng.uuid()}`]] }),
      () => ({ L: [['DEBUG', 'system-task-worker-1', HT, `HTTP task ${rng.uuid()} completed with status 200`]] }),
    ])();
  const steps = [
    {
      raw: { L: [['INFO', 'main', 'c.n.conductor.Conductor', 'Started Conductor in 14.812 seconds (process running for 16.2)']] },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'conductor-workflow-input-code-state',
      'warning',
      `${WHY.code} The members' sign-in workflow is started with the callback's query as its input, and the executor writes the input map.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            L: [
              [
                'INFO',
                'nio-8080-exec-4',
                WE,
                `Starting workflow jasen_kirjautuminen v2, input={code=${code}, state=${rng.hex(32)}, paluu=/jasenet}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'conductor-workflow-id-uuid',
      'none',
      'A workflow instance id (a UUID Conductor makes) in a completion line: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { L: [['INFO', 'sweeper-thread-1', WE, `Workflow ${id} (jasen_kirjautuminen) COMPLETED in 812 ms`]] } };
      },
    ),
    plant(
      'header-dump',
      'conductor-http-task-input-tostring-authorization',
      'error',
      "The HTTP task's input printed at DEBUG with `toString()`, its `headers` map holding `Authorization=Bearer …` for the museum's member register API.",
      ({ rng }) => {
        const at = rng.b64url(64);
        return {
          value: at,
          event: {
            L: [
              [
                'DEBUG',
                'system-task-worker-3',
                HT,
                `Input{uri='https://rekisteri.${IZ}/api/jasenet/412', method='GET', headers={Authorization=Bearer ${at}, Accept=application/json}, body=null, accept='application/json', contentType='application/json', connectionTimeOut=3000, readTimeOut=3000}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'conductor-http-task-failed-body-refresh-token',
      'error',
      `${WHY.refresh} The token-renewal task of the newsletter sync failed and the error writes its request body (a Java map) with the refresh token.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            L: [
              [
                'ERROR',
                'system-task-worker-2',
                HT,
                `Failed to invoke HTTP task: 400 Bad Request, uri=https://tunnus.${IZ}/oauth/token, body={grant_type=refresh_token, refresh_token=${rt}, client_id=uutiskirje}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'conductor-piletin-tarkastus-piletti-first',
      'note',
      WHY.ticketFirst(
        'A single-use festival entry ticket (`piletti`, Ingrian for "ticket") checked by the `piletin_tarkastus` workflow started by the gate scanner at the church gate; the workflow accepts it ("Piletti tarkastettu, voip männä sisää"). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.piletti = t;
        return {
          value: tk,
          event: {
            L: [
              [
                'INFO',
                'nio-8080-exec-2',
                WE,
                `Starting workflow piletin_tarkastus v1, input={piletti=${tk}, portti=kirkko, laite=skanneri-1}`,
              ],
              ['INFO', 'system-task-worker-1', 'c.n.c.c.execution.tasks.Inline', 'Piletti tarkastettu, voip männä sisää (portti kirkko)'],
            ],
          },
        };
      },
      { ref: 'piletti' },
    ),
    2,
    plant(
      'replay',
      'conductor-piletin-tarkastus-piletti-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('piletti').value,
            why: `${WHY.replay('piletti', gap('piletti', t))} The scanner at the shore gate started the check with the same ticket and the workflow accepted it again.`,
          },
        ],
        event: {
          L: [
            [
              'INFO',
              'nio-8080-exec-7',
              WE,
              `Starting workflow piletin_tarkastus v1, input={piletti=${refs.get('piletti').value}, portti=ranta, laite=skanneri-3}`,
            ],
            ['INFO', 'system-task-worker-2', 'c.n.c.c.execution.tasks.Inline', 'Piletti tarkastettu, voip männä sisää (portti ranta)'],
          ],
        },
      }),
      { replayOf: 'piletti', after: 138 },
    ),
    2,
    plant(
      'implicit-fragment',
      'conductor-workflow-input-return-url-fragment',
      'error',
      "The members' app starts its `jasen_paivitys` workflow with the whole address it came back to, the sign-in service's `#access_token=…` included, and the executor writes the input map.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              [
                'INFO',
                'nio-8080-exec-9',
                WE,
                `Starting workflow jasen_paivitys v3, input={paluuosoite=https://jasenet.${IZ}/#access_token=${at}&token_type=Bearer&expires_in=3600, keel=izh}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'conductor-http-task-if-none-match-etag',
      'none',
      "An `If-None-Match` ETag (a hash of the cached response) in an HTTP task's headers: a version marker, no credential.",
      ({ rng }) => {
        const etag = rng.hex(40);
        return {
          value: etag,
          event: {
            L: [
              [
                'DEBUG',
                'system-task-worker-1',
                HT,
                `Input{uri='https://${IZ}/api/tapahtumat', method='GET', headers={If-None-Match="${etag}"}, body=null, accept='application/json', contentType='application/json', connectionTimeOut=3000, readTimeOut=3000}`,
              ],
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_IZ + 11 * HOUR, site: { host: 'conductor' }, filler, render, steps: grow(steps) });
}

// =====================================================================================================================
// Kasum ёх, Kazym (Kazym Khanty; Beloyarsky district, Khanty-Mansi okrug: YEKT, UTC+5 all year)
// =====================================================================================================================

// ---------------------------------------------------------------------------------------------------------------------
// harness-shop-deploy.log: one step's log of the cooperative's shop pipeline on Harness CI, as the log service keeps it
// and the UI downloads it: one JSON object a line, `level`, `pos` (the line's number), `out` (the text with its newline),
// `time` (UTC), `args`. The step's script runs under `set -x`; secrets Harness knows are masked as `**************`.
// From memory (not fetched): the line object (the drone/lite-engine log line that Harness CI inherited), the masking.

function harnessLog(rng) {
  let pos = 0;
  const render = (e) =>
    e.L.map((text, i) => JSON.stringify({ level: 'info', pos: pos++, out: `${text}\n`, time: iso(e.t + i * 7), args: null }));
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`added ${rng.int(1, 40)} packages, and audited ${rng.int(300, 900)} packages in ${rng.int(2, 19)}s`] }),
      () => ({
        L: [
          `  dist/assets/index-${rng.b64url(8)}.js   ${rng.int(40, 400)}.${rng.int(10, 99)} kB │ gzip: ${rng.int(10, 90)}.${rng.int(10, 99)} kB`,
        ],
      }),
      () => ({ L: ['+ sleep 2'] }),
    ])();
  const steps = [
    { raw: { L: ['+ npm ci', ''] }, after: 0 },
    2,
    plant(
      'negative',
      'harness-masked-secret',
      'none',
      'A secret Harness knows (`<+secrets.getValue("kasum_npm_token")>`) masked in the step\'s output as `**************`: a mask, no credential.',
      () => ({
        value: "npm config set //npm.kasumjoh.example/:_authToken '**************'",
        event: { L: ["+ npm config set //npm.kasumjoh.example/:_authToken '**************'"] },
      }),
    ),
    2,
    plant(
      'framework-dump',
      'harness-env-database-url-composed',
      'error',
      'A debugging `env | sort` in the step prints the environment; the database URL the script composed from a secret is not a value Harness masks, so the password in its userinfo is there.',
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            L: [
              '+ env',
              '+ sort',
              'CI=true',
              'DRONE_BUILD_NUMBER=231',
              `DATABASE_URL=postgres://laphka:${pw}@db.${KH}:5432/laphka`,
              'HARNESS_STAGE_ID=deploy',
              'NODE_ENV=production',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'harness-xtrace-and-curl-verbose-klyushch',
      'error',
      `${WHY.apiKey('klyushch')} (клющ, "key", Kazym Khanty's form of the Russian loan) The step checks the shop's API after deploying: bash traces the curl with the URL and curl's \`-v\` writes it again in its request line.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            L: [
              `+ curl -sv 'https://api.${KH}/v1/tovar?klyushch=${key}&lang=kca'`,
              `*   Trying 203.0.113.${rng.int(2, 250)}:443...`,
              `> GET /v1/tovar?klyushch=${key}&lang=kca HTTP/2`,
              `> Host: api.${KH}`,
              '< HTTP/2 200',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'harness-curl-verbose-authorization-bearer',
      'error',
      "The deploy's smoke test reads a token from a file the previous step wrote (so Harness does not know it to mask) and `curl -v` prints `> Authorization: Bearer …`.",
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            L: [
              '+ curl -sv -H "Authorization: Bearer $(cat /harness/.deploy-token)" https://admin.kasumjoh.example/api/health',
              '> GET /api/health HTTP/2',
              `> Authorization: Bearer ${at}`,
              '< HTTP/2 200',
              '{"status":"ok"}',
            ],
          },
        };
      },
    ),
    1,
    plant(
      'id-token',
      'harness-oidc-id-token-printed',
      'error',
      "The step prints the OIDC ID token Harness gives it for the cloud's workload identity federation (a debugging echo), live for 10 minutes",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          claims: {
            iss: `https://app.harness.io/ng/api/oidc/account/${rng.b64url(22)}`,
            sub: `account/${rng.b64url(22)}:org/kasum:project/laphka`,
            aud: 'sts.cloud.example',
          },
        });
        return { value: token, jwt: facts, event: { L: ['+ echo "OIDC: $PLUGIN_OIDC_TOKEN_ID"', `OIDC: ${token}`] } };
      },
    ),
    2,
    plant(
      'replay',
      'harness-xtrace-font-download-pilet-once',
      'note',
      WHY.ticketFirst(
        'The shop\'s fonts with Khanty letters (ӑ ӛ ԓ ӈ) come from a type foundry with a single-use download ticket (`pilet`, пилет, "ticket"), fetched once under `set -x`. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(26);
        return { value: tk, event: { L: [`+ curl -fsSL -o /tmp/fonts.zip 'https://fonts.foundry.example/dl?pilet=${tk}&f=noto-khanty'`] } };
      },
    ),
    plant(
      'negative',
      'harness-image-digest',
      'none',
      "The pushed image's digest (`sha256:<64 hex>`): a content hash, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { L: [`latest: digest: sha256:${d} size: 2417`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KH + 5 * HOUR, site: { host: 'harness' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// darktable-export.log: darktable 5.2 started with `-d lua` from a terminal and its output saved; a line starts with the
// seconds since start (`%11.4f`), Lua's `dt.print_log` lines with `LUA `; the cooperative's export script
// (`kasum_export.lua`) sends photographs of beadwork to the shop's storage and a photo service, and dumps its state with
// `dt.debug.dump`.
// From memory (not fetched): the seconds prefix and `LUA ` marker; `dt.debug.dump`'s `name (type): value` lines.

function darktableLog(rng) {
  const T0 = DAY_KH + 13 * HOUR;
  const render = (e) => e.L.map((text, i) => `${((e.t - T0) / 1000 + i * 0.0021).toFixed(4).padStart(11)} ${text}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          `[dev_process_export] pixel pipeline processing took ${rng.int(0, 3)}.${rng.int(100, 999)} secs (${rng.int(1, 9)}.${rng.int(100, 999)} CPU)`,
        ],
      }),
      () => ({ L: [`LUA [kasum_export] ӧхәԓ_${rng.int(100, 400)}.jpg: ok`] }),
      () => ({ L: [`[export_job] exported to \`/home/anna/Pictures/kasum/DSC_${rng.int(1000, 9999)}.jpg'`] }),
    ])();
  const steps = [
    { raw: { L: ['darktable 5.2.1', 'LUA [kasum_export] loaded, version 0.9'] }, after: 0 },
    2,
    plant(
      'negative',
      'darktable-exif-image-unique-id',
      'none',
      'The EXIF `ImageUniqueID` of a photograph (32 hex digits, written by the camera): an id, no credential.',
      ({ rng }) => {
        const u = rng.hex(32).toUpperCase();
        return { value: u, event: { L: [`[exif] DSC_4417.NEF: ImageUniqueID ${u}`] } };
      },
    ),
    plant(
      'path-secret',
      'darktable-lua-seafile-upload-link',
      'error',
      WHY.pathSecret(
        "The export script uploads to the shop's Seafile through an upload link (`/u/d/<token>/`, anyone with it can add files) and logs where it sends",
      ),
      ({ rng }) => {
        const tok = rng.hex(20);
        return { value: tok, event: { L: [`LUA [kasum_export] upload -> https://faili.${KH}/u/d/${tok}/ (ӧхәԓ_212.jpg)`] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'darktable-lua-pasted-return-url-fragment',
      'error',
      'Authorising the photo service, the script asks the user to paste the address the browser came back to and logs it; its fragment holds `access_token`.',
      ({ rng }) => {
        const at = rng.b64url(51);
        return {
          value: at,
          event: {
            L: [
              `LUA [kasum_export] return URL: https://kasumjoh.example/dt-callback#access_token=${at}&token_type=bearer&expires_in=86400&state=${rng.hex(8)}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'darktable-lua-debug-dump-refresh-token',
      'error',
      `${WHY.refresh} The script dumps its saved state with \`dt.debug.dump\`, the photo service's refresh token among the fields.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            L: [
              'LUA toplevel (table): table: 0x5603c2a81e40',
              '  service (string): "photos.kasum"',
              `  refresh_token (string): "${rt}"`,
              `  expires (number): ${Math.floor(DAY_KH / 1000) + 86400}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'darktable-lua-form-body-percent-encoded-parol',
      'error',
      'The script logs the form body it posts to the shop\'s old gallery (`login=…&parol=…`, пароԓ, "password"); the password is percent-encoded there (`%2B`, `%2F`, `%3D`).',
      ({ rng }) => {
        const raw = `${rng.chars(B64, 10)}+${rng.chars(B64, 8)}/${rng.chars(B64, 6)}=`;
        const enc = encodeURIComponent(raw);
        return { value: enc, event: { L: [`LUA [kasum_export] POST https://galereya.${KH}/vhod body=login=anna&parol=${enc}`] } };
      },
    ),
    plant(
      'negative',
      'darktable-lua-file-sha1',
      'none',
      "The export script's SHA-1 of the file it sent (40 hex digits), to skip duplicates: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { L: [`LUA [kasum_export] sha1 ${h} already uploaded`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: T0 + 3000, site: { host: 'darktable' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// cyberpanel-error-logs.txt: CyberPanel 2.4's `/home/cyberpanel/error-logs.txt` on the cooperative's server: `[<mm.dd.yyyy_
// HH-MM-SS>] <message>` in local time (YEKT), messages of the panel's jobs (backups, SSL, the LiteSpeed Cache crawler of
// the shop's WordPress, notifications), Python exceptions as one line.
// From memory (not fetched): the time format and the messages.

function cyberpanelLog(rng) {
  const stamp = (t) => {
    const l = local(t, YEKT);
    return `[${l.slice(5, 7)}.${l.slice(8, 10)}.${l.slice(0, 4)}_${l.slice(11, 13)}-${l.slice(14, 16)}-${l.slice(17, 19)}]`;
  };
  const render = (e) => e.L.map((m) => `${stamp(e.t)} ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`Running backup job for ${KH}, ${rng.int(200, 900)} MB`] }),
      () => ({ L: [`SSL for shop.${KH} is valid for ${rng.int(20, 80)} more days.`] }),
      () => ({ L: [`[IO] Disk usage on / is ${rng.int(40, 70)}%`] }),
    ])();
  const steps = [
    2,
    plant(
      'webhook',
      'cyberpanel-teams-webhook-failed',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>/…`) that the backup notification posts to; the panel logs the failure with the URL',
      ),
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          needle: `IncomingWebhook/${id}`,
          event: {
            L: [
              `Failed to send backup notification to https://kasumjoh.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(40)}: 400`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cyberpanel-ssl-certificate-serial',
      'none',
      "A certificate's serial number (hex) when the panel renews it: public in the certificate, no credential.",
      ({ rng }) => {
        const s = rng.hex(36).toUpperCase();
        return { value: s, event: { L: [`SSL issued for shop.${KH}, serial ${s}`] } };
      },
    ),
    plant(
      'api-key-name',
      'cyberpanel-requests-error-url-klyushch',
      'error',
      `${WHY.apiKey('klyushch')} (клющ, "key") A cron job of the shop sends order SMS through the cooperative's gateway; requests' \`ConnectionError\` quotes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              `HTTPSConnectionPool(host='sms.${KH}', port=443): Max retries exceeded with url: /v1/yasang?klyushch=${key}&to=%2B79${digits(rng, 9)} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a1c2d5e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'cyberpanel-crawler-error-callback-code',
      'warning',
      `${WHY.code} The LiteSpeed Cache crawler warms pages from the access log, a VK ID sign-in callback among them, and the panel logs the failed fetch with its URL.`,
      ({ rng }) => {
        const code = rng.b64url(22);
        return {
          value: code,
          event: {
            L: [
              `[LSCache crawler] 403 for https://shop.${KH}/wp-json/kasum/v1/vk-callback?code=${code}&state=${rng.hex(16)}&device_id=${rng.uuid()}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'cyberpanel-crawler-embed-120s',
      'warning',
      "The crawler also fetched an embed page of the shop's reindeer-sledge booking calendar (`/embed/<JWT>`, 120 s, no jti), still live when the line was written",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 30),
          claims: { iss: `https://shop.${KH}`, resource: { calendar: 'ӧхәԓ' } },
        });
        return { value: token, jwt: facts, event: { L: [`[LSCache crawler] 500 for https://shop.${KH}/embed/${token}`] } };
      },
    ),
    2,
    plant(
      'negative',
      'cyberpanel-crawler-wpnonce',
      'none',
      "A WordPress nonce (`_wpnonce`, 10 hex digits: a CSRF check tied to one user's session and action) in a URL the crawler was refused: no credential by itself.",
      ({ rng }) => {
        const n = rng.hex(10);
        return {
          value: n,
          event: { L: [`[LSCache crawler] 403 for https://shop.${KH}/wp-admin/admin-ajax.php?action=kasum_cart&_wpnonce=${n}`] },
        };
      },
    ),
    1,
    plant(
      'encoded',
      'cyberpanel-base64-smtp-auth-plain',
      'error',
      "The panel's mail test logs the SMTP conversation, `AUTH PLAIN` with base64 of `\\0user\\0password`.",
      ({ rng }) => {
        const b = b64Of(`\0shop@${KH}\0${rng.alnum(18)}`);
        return {
          value: b,
          event: { L: [`[mailTest] send: 'AUTH PLAIN ${b}\\r\\n'`, "[mailTest] reply: b'235 2.7.0 Authentication successful'"] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KH + 7 * HOUR, site: { host: 'cyberpanel' }, filler, render, steps: grow(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// siyuan-kernel.log: SiYuan 3's kernel log on the cooperative's office laptop (`<workspace>/temp/siyuan.log`): `<level
// letter> <yyyy/mm/dd HH:MM:SS> <file>.go:<line>: <message>` in local time (YEKT); sync, publishing and widget messages,
// Go values printed with `%+v`.
// From memory (not fetched): the level letters and layout; the messages are the helper's.

function siyuanLog(rng) {
  const render = (e) =>
    e.L.map(
      ([lvl, where, msg]) =>
        `${lvl} ${local(e.t, YEKT).slice(0, 10).replace(/-/g, '/')} ${local(e.t, YEKT).slice(11, 19)} ${where}: ${msg}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        L: [
          [
            'I',
            `sync.go:${rng.int(100, 900)}`,
            `synced data repo [device=kasum-office, upload=${rng.int(0, 40)}, download=${rng.int(0, 12)}, cost=${rng.int(1, 9)}.${rng.int(10, 99)}s]`,
          ],
        ],
      }),
      () => ({ L: [['I', 'index.go:211', `indexed blocks [${rng.int(10, 900)}]`]] }),
      () => ({ L: [['D', 'serve.go:388', `kernel is alive [pid=${rng.int(1000, 9000)}]`]] }),
      () => ({ L: [['I', 'filetree.go:412', `saved doc [Вуща ԓӑңхатаԓән! — хот ${rng.int(1, 12)}]`]] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ['I', 'working.go:132', 'kernel is booting:'],
          ['I', 'working.go:133', '    * ver [3.3.2]'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'siyuan-block-id',
      'none',
      'A SiYuan block id (`<yyyymmddHHMMSS>-<7 letters and digits>`): an identifier, no credential.',
      ({ rng }) => {
        const id = `20271121${pad(rng.int(8, 22))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}-${lowerNum(rng, 7)}`;
        return { value: id, event: { L: [['I', 'block.go:77', `block [${id}] moved to Вўԓы / ӧхәԓ`]] } };
      },
    ),
    plant(
      'oauth-code',
      'siyuan-deep-link-oauth-code',
      'warning',
      `${WHY.code} The publishing plugin signs in through the browser and returns through SiYuan's own URL scheme; the kernel logs the deep link it received.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            L: [['I', 'handle.go:64', `received deep link [siyuan://plugins/kasum-publish/oauth?code=${code}&state=${rng.hex(16)}]`]],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'siyuan-go-struct-oauth2-token',
      'error',
      `${WHY.refresh} The plugin's Go helper prints its \`oauth2.Token\` with \`%+v\` when the publishing API answers 401, the refresh token among the fields.`,
      ({ rng, t }) => {
        const rt = rng.b64url(60);
        return {
          value: rt,
          event: {
            L: [
              [
                'E',
                'publish.go:218',
                `publish failed [401]: token=&{AccessToken:${rng.b64url(40)} TokenType:Bearer RefreshToken:${rt} Expiry:${local(t, YEKT).slice(0, 19).replace('T', ' ')}.000000000 +0500 +05 ExpiresIn:0 raw:<nil>}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'siyuan-request-url-id-token',
      'error',
      "The plugin fetches the member's profile with the ID token in the query, and the kernel logs the URL of the failed request; the ID token is live for an hour",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(20, 900),
          claims: { iss: `https://id.${KH}`, aud: 'siyuan-publish', sub: rng.uuid(), name: 'Анна' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [['W', 'publish.go:97', `request failed [GET https://id.${KH}/userinfo?id_token=${token}]: context deadline exceeded`]],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'siyuan-widget-iframe-src-fragment',
      'error',
      "A widget block embeds the shop's order board; the kernel logs the widget's `src` that failed to load, with the `#access_token=…` the shop had put there.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [['W', 'widget.go:51', `load widget failed [src=https://shop.${KH}/zakaz/board#access_token=${at}&token_type=Bearer]`]],
          },
        };
      },
    ),
    plant(
      'session-id',
      'siyuan-publish-cookie-sessiya',
      'error',
      WHY.session("The shop's session cookie (`sessiya`, the Khanty loan сессия) in the header map the plugin prints with `%+v`"),
      ({ rng }) => {
        const sid = rng.hex(48);
        return {
          value: sid,
          event: {
            L: [
              [
                'D',
                'publish.go:142',
                `headers: map[Accept:[application/json] Cookie:[sessiya=${sid}; lang=kca] User-Agent:[SiYuan/3.3.2]]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'siyuan-import-sync-conf-base64',
      'error',
      'Importing the sync settings from a colleague, the kernel logs the base64 it was given; decoded, it is the S3 configuration with its `secretAccessKey`.',
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({
            endpoint: `https://s3.${KH}`,
            accessKey: rng.alnum(20).toUpperCase(),
            secretAccessKey: rng.chars(B64, 40),
            bucket: 'siyuan',
            region: 'ru-ural-1',
          }),
        );
        return { value: b, event: { L: [['I', 'conf.go:640', `import sync conf [${b}]`]] } };
      },
    ),
    plant(
      'negative',
      'siyuan-snapshot-id',
      'none',
      "A data snapshot's id (40 hex digits) in the sync's message: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(40);
        return { value: id, event: { L: [['I', 'repository.go:1204', `created snapshot [${id}], files [${rng.int(200, 900)}]`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KH + 15 * HOUR, site: { host: 'siyuan' }, filler, render, steps: grow(steps) });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout123');
writePart(join(here, 'heldout123'), {
  'borg-nightly.log': borgLog(rng),
  'errbit-notices.jsonl': errbitLog(rng),
  'txp_log.tsv': txpLog(rng),
  'teedy.log': teedyLog(rng),
  'piku-signup-deploy.log': pikuLog(rng),
  'lazylibrarian.log': lazyLibrarianLog(rng),
  'davical-syslog.log': davicalLog(rng),
  'gitolite-2027-11.log': gitoliteLog(rng),
  'mailerlite-clicks.jsonl': mailerliteLog(rng),
  'conductor-server.log': conductorLog(rng),
  'harness-shop-deploy.log': harnessLog(rng),
  'darktable-export.log': darktableLog(rng),
  'cyberpanel-error-logs.txt': cyberpanelLog(rng),
  'siyuan-kernel.log': siyuanLog(rng),
});
