// Writes corpus/logs-in-the-wild/heldout91/: a ninety-first held-out part, in formats no other part uses (Radarr's
// trace log, a Jekyll 4 `--verbose --trace` build, Honeybadger notices read from its API, a transmission-daemon 4 log
// with curl's verbose output, Intercom conversation parts, a Pleroma (Elixir) console log, a Yaws access log, a
// PowerShell transcript of Scoop, a Poetry `-vvv` install, ClickUp task comments, a Wails desktop app's log, Contentful
// webhook call details, Loggly events of a PHP API, a Codemagic Flutter build log), with credentials planted where apps
// leak them and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout91.mjs     rewrites heldout91/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calderbrook Community Cinema of Todmorden (West Yorkshire), with a film library kept by
// Radarr and Transmission, a Jekyll website, a Rails booking app watched by Honeybadger and a members' inbox on Intercom
// (English, five logs); the Ślōnskŏ Ksiyngarnia i Wydŏwnictwo "Gŏdka" of Bytōm, a Silesian-language publisher and
// bookshop with a Pleroma instance, an Erlang (Yaws) audiobook shop, office PCs kept with Scoop, a Python dictionary
// package built with Poetry and a ClickUp board (Silesian in the Steuer-based ślabikŏrzowy szrajbōnek, five logs); the
// Kawtal Remɓe Foonye Labe, a fonio growers' cooperative of Labé (Fouta Djallon, Guinea), with a Wails warehouse app, a
// Contentful site, a PHP market API sending its logs to Loggly and a Flutter app built on Codemagic (Pular of Guinea in
// the Latin alphabet with ɓ ɗ ŋ ɲ ƴ, four logs). Standard names (OAuth's, vendors') stay as their specifications write
// them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, githubToken, HOUR, iso, local, lowerNum, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dart/3.10 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Todmorden in November (GMT, UTC+0), Bytom in November (CET, UTC+1), Labé (GMT, UTC+0 all year). */
const GMT = 0;
const CET = 60;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_SZ = Date.UTC(2027, 10, 29, 0, 0, 0);
const DAY_FF = Date.UTC(2027, 11, 13, 0, 0, 0);

/** A planted event: its lines (`out`) and its value. */
const ev = (value, out, extra = {}) => ({ value, event: { out }, ...extra });
/** A render that writes an event's lines as they are. */
const asIs = (e) => e.out;
/** A Nextcloud share token: 15 characters without look-alike letters. */
const NC = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ncToken = (rng) => rng.chars(NC, 15);
/** A PHP session id (session.sid_bits_per_character 5: 26 characters of 0-9a-v). */
const phpSid = (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
/** A Keycloak authorization code: three UUIDs joined by dots. */
const kcCode = (rng) => `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;

// =====================================================================================================================
// Calderbrook Community Cinema (English; Todmorden, West Yorkshire: GMT)
// =====================================================================================================================

const CB = 'calderbrookcinema.example';

// ---------------------------------------------------------------------------------------------------------------------
// radarr.trace.txt: Radarr 5 at log level Trace, NLog's `yyyy-MM-dd HH:mm:ss.f|Level|Logger|Message` in local time,
// HttpClient's `Req: [GET] <url>` and `Res: HTTP/1.1 [GET] <url>: 200.OK (<ms> ms)` pair for each request (the
// request's URL written twice: the repeats). Radarr cleanses `apikey=` to `(removed)`; a private tracker's `rsskey` and
// a key in the feed's path are not in what the cleanser names here. From memory (not fetched).

function radarrLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, GMT)}.${local(t, GMT).slice(20, 21)}`;
  const render = (e) => e.out.map(([lvl, lg, msg], i) => `${stamp(e.t + i * 100)}|${lvl}|${lg}|${msg}`);
  const FILMS = [
    'Nosferatu.1922',
    'Metropolis.1927',
    'The.General.1926',
    'Sherlock.Jr.1924',
    'Safety.Last.1923',
    'Battleship.Potemkin.1925',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['Info', 'RssSyncService', 'Starting RSS Sync']] }),
      () => ({ out: [['Debug', 'Parser', `Parsing string '${rng.pick(FILMS)}.1080p.BluRay.x264-${upperNum(rng, 5)}'`]] }),
      () => ({ out: [['Info', 'DownloadDecisionMaker', `Processing ${rng.int(20, 100)} releases`]] }),
      () => ({ out: [['Info', 'RssSyncService', `RSS Sync Completed. Reports found: ${rng.int(20, 100)}, Reports grabbed: 0`]] }),
      () => ({ out: [['Trace', 'DiskScanService', `Scanning '/films/${rng.pick(FILMS).replace(/\./g, ' ')}'`]] }),
    ])();
  const reqRes = (url, ms) => [
    ['Trace', 'HttpClient', `Req: [GET] ${url}`],
    ['Trace', 'HttpClient', `Res: HTTP/1.1 [GET] ${url}: 200.OK (${ms} ms)`],
  ];
  const steps = [
    { raw: { out: [['Info', 'Bootstrap', 'Starting Radarr - /opt/Radarr/Radarr - Version 5.14.0.9383']] }, after: 0 },
    3,
    plant(
      'path-secret',
      'radarr-req-res-private-feed-path-key',
      'error',
      WHY.pathSecret(
        "A silent-film tracker's personal RSS feed carries the member's feed key in its path (`/rss/<key>/films`); Radarr's HttpClient writes the URL in its `Req:` line",
      ),
      ({ rng }) => {
        const k = rng.hex(40);
        return ev(k, reqRes(`https://feeds.silentreels.example/rss/${k}/films?cat=2`, rng.int(200, 900)));
      },
    ),
    2,
    plant(
      'api-key-name',
      'radarr-req-res-tracker-rsskey',
      'error',
      `${WHY.apiKey('rsskey')} A private tracker's RSS search, written by HttpClient's \`Req:\` line.`,
      ({ rng }) => {
        const k = rng.hex(32);
        return ev(k, reqRes(`https://archive-reels.example/rss.php?cat=5&rsskey=${k}&search=Metropolis+1927`, rng.int(200, 900)));
      },
    ),
    2,
    plant(
      'negative',
      'radarr-newznab-apikey-removed',
      'none',
      "Radarr's log cleanser has already replaced the indexer's `apikey` with `(removed)`; the `t=movie&imdbid=tt…` beside it is a film's public IMDb id.",
      ({ rng }) => {
        const imdb = `tt${digits(rng, 7)}`;
        return ev(imdb, [
          [
            'Trace',
            'HttpClient',
            `Req: [GET] https://nzb.picturehouse.example/api?t=movie&cat=2000&extended=1&apikey=(removed)&offset=0&limit=100&imdbid=${imdb}`,
          ],
        ]);
      },
    ),
    2,
    plant(
      'refresh-token',
      'radarr-trakt-refresh-query',
      'error',
      `${WHY.refresh} Radarr renews its Trakt list import through Servarr's proxy with the refresh token in the query (\`refresh=\`), and the request fails with a timeout.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return ev(rt, [
          ['Trace', 'HttpClient', `Req: [GET] https://radarr.servarr.com/v1/trakt/refresh?refresh=${rt}`],
          ['Warn', 'ImportListSyncService', 'Unable to refresh token for Trakt list "Members\' picks", will retry'],
          [
            'Warn',
            'HttpClient',
            'System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
          ],
        ]);
      },
    ),
    3,
    plant(
      'webhook',
      'radarr-slack-notification-error',
      'error',
      WHY.webhook(
        'A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24>`) set as a Radarr connection; the failed post names the URL in its error',
      ),
      ({ rng }) => {
        const s = rng.alnum(24);
        return ev(s, [
          [
            'Error',
            'Slack',
            `Unable to post payload to https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${s}: HTTP request failed: [404:NotFound]`,
          ],
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'radarr-transmission-info-hash',
      'none',
      "A torrent's info hash (40 hex) Radarr reports after handing a release to Transmission: it names public content, no credential.",
      ({ rng }) => {
        const h = rng.hex(40).toUpperCase();
        return ev(h, [
          [
            'Info',
            'DownloadService',
            `Report sent to Transmission from indexer Silent Reels. Nosferatu.1922.1080p.BluRay.x264 (hash ${h})`,
          ],
        ]);
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'radarr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jekyll-build.log: `bundle exec jekyll build --verbose --trace` of Jekyll 4.4 on Ruby 3.4, run by cron: the
// right-aligned topics (`Configuration file:`, `Reading:`, `Rendering:`, `Writing:`), Liquid warnings and the site's
// own plugin (`_plugins/showtimes.rb`) writing through Jekyll.logger with its topic `Showtimes:`. No time on the lines.
// From memory (not fetched).

function jekyllLog(rng) {
  const topic = (name, msg) => `${name.padStart(18)} ${msg}`;
  const POSTS = [
    '2027-11-10-nosferatu-with-live-organ',
    '2027-11-12-volunteer-evening',
    '2027-11-14-kids-club-shorts',
    '2027-11-18-metropolis-restored',
  ];
  const filler = (rng) => {
    const p = rng.pick(POSTS);
    return rng.pick([
      () => ({
        out: [
          topic('Rendering:', `_posts/${p}.md`),
          topic('Pre-Render Hooks:', `_posts/${p}.md`),
          topic('Rendering Markup:', `_posts/${p}.md`),
        ],
      }),
      () => ({ out: [topic('Rendering Layout:', `_posts/${p}.md`)] }),
      () => ({ out: [topic('Writing:', `/srv/cinema/_site/${p.slice(0, 10).replace(/-/g, '/')}/${p.slice(11)}.html`)] }),
    ])();
  };
  const steps = [
    {
      raw: {
        out: [
          topic('Configuration file:', '/srv/cinema/_config.yml'),
          topic('Source:', '/srv/cinema'),
          topic('Destination:', '/srv/cinema/_site'),
          topic('Incremental build:', 'disabled. Enable with --incremental'),
          topic('Generating...', ''),
          topic('Reading:', '_posts/2027-11-10-nosferatu-with-live-organ.md'),
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'jekyll-plugin-ruby-inspect-settings',
      'error',
      'The site\'s showtimes plugin logs its settings at debug level with Ruby\'s `inspect` (`{"key" => "value"}`), the box office password read from the environment among them.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return ev(pw, [
          topic(
            'Showtimes:',
            `settings {"calendar" => "programme@${CB}", "boxoffice_user" => "jekyll", "boxoffice_password" => "${pw}", "days" => 14}`,
          ),
        ]);
      },
    ),
    plant(
      'path-secret',
      'jekyll-google-calendar-private-ical',
      'error',
      WHY.pathSecret(
        "A Google Calendar's secret iCal address (`/calendar/ical/<id>/private-<32 hex>/basic.ics`) that the plugin reads the programme from; its `private-…` part gives read access to every event",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return ev(s, [
          topic(
            'Showtimes:',
            `reading https://calendar.google.com/calendar/ical/${lowerNum(rng, 26)}%40group.calendar.google.com/private-${s}/basic.ics`,
          ),
        ]);
      },
    ),
    2,
    plant(
      'embed-jwt',
      'jekyll-plugin-boxoffice-embed-no-exp',
      'error',
      "The plugin writes the box office's seat-picker embed it puts on each screening page, `/embed/<JWT>`, a token signed without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { org: 'calderbrook', screen: 1, role: 'embed' } });
        return {
          value: token,
          jwt: facts,
          event: { out: [topic('Showtimes:', `embedding https://boxoffice.tickettrail.example/embed/${token}?theme=dark`)] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jekyll-youtube-trailer-id',
      'none',
      'A YouTube video id (11 characters) of a trailer in a Liquid warning: a public id, no credential.',
      ({ rng }) => {
        const id = rng.b64url(11);
        return ev(id, [
          `    Liquid Warning: Liquid syntax error (line 7): Expected end_of_string but found id in "{{ trailer youtube=${id} }}" in _includes/trailer.html`,
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'jekyll-liquid-exception-listings-key',
      'error',
      `${WHY.apiKey('listings_key')} A Liquid exception of the listings include quotes the URL it failed to fetch (\`--trace\`).`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return ev(k, [
          `  Liquid Exception: 401 Unauthorized fetching https://api.filmlistings.example/v2/venues/calderbrook/screenings?listings_key=${k}&days=14 in _includes/listings.html`,
          "/srv/cinema/_plugins/showtimes.rb:42:in 'Showtimes::Fetch#get': 401 Unauthorized (Showtimes::FetchError)",
        ]);
      },
    ),
    plant(
      'encoded',
      'jekyll-warning-percent-encoded-return-token',
      'error',
      "A Liquid warning quotes a members' sign-in link whose `return_to` is percent-encoded; decoded, the return address carries the member page's `token=`.",
      ({ rng }) => {
        const tk = rng.alnum(40);
        return ev(tk, [
          `    Liquid Warning: Liquid syntax error (line 3): Unexpected character & in "https://members.${CB}/login?return_to=https%3A%2F%2Fmembers.${CB}%2Fcard%3Ftoken%3D${tk}&lang=en" in _includes/member-link.html`,
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'jekyll-fingerprinted-asset',
      'none',
      'A fingerprinted stylesheet (`main-<32 hex>.css`, the digest of its content) being written: a cache key, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return ev(h, [topic('Writing:', `/srv/cinema/_site/assets/main-${h}.css`)]);
      },
    ),
    1,
    {
      raw: {
        out: [
          topic('Jekyll Feed:', 'Generating feed for posts'),
          topic('', `done in ${rng.int(2, 9)}.${digits(rng, 3)} seconds.`),
          ' Auto-regeneration: disabled. Use --watch to enable.',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR, site: { host: 'jekyll' }, filler, render: asIs, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// honeybadger-notices.jsonl: Honeybadger notices of the booking app (Rails 8, honeybadger-ruby) read back from
// Honeybadger's API (`/v2/projects/{id}/faults/{id}/notices`), one a line: `id`, `created_at` (UTC), `message`,
// `environment_name`, `request` (`url`, `component`, `action`, `params`, `session`, `context`, `user`),
// `web_environment` (CGI variables), `backtrace`. honeybadger-ruby filters `password` and `HTTP_AUTHORIZATION` by
// default. From memory (not fetched).

function honeybadgerLog(rng) {
  const render = (e) => [JSON.stringify(e.hb)];
  const notice = (rng, t, { cls, msg, url, action, params = {}, session = {}, context = {}, env = {} }) => ({
    hb: {
      id: rng.uuid(),
      created_at: iso(t),
      environment_name: 'production',
      message: `${cls}: ${msg}`,
      request: { url, component: action.split('#')[0], action: action.split('#')[1], params, session, context, user: null },
      web_environment: {
        REQUEST_METHOD: 'GET',
        HTTP_HOST: `book.${CB}`,
        HTTP_USER_AGENT: rng.pick(BROWSERS),
        REMOTE_ADDR: `203.0.113.${rng.int(2, 254)}`,
        ...env,
      },
      backtrace: [{ number: String(rng.int(10, 200)), file: '[PROJECT_ROOT]/app/controllers/bookings_controller.rb', method: 'show' }],
    },
  });
  const filler = (rng, t) => {
    const id = rng.int(1000, 9999);
    return notice(rng, t, {
      cls: 'ActiveRecord::RecordNotFound',
      msg: `Couldn't find Screening with 'id'=${id}`,
      url: `https://book.${CB}/screenings/${id}`,
      action: 'ScreeningsController#show',
      params: { controller: 'screenings', action: 'show', id: String(id) },
    });
  };
  const steps = [
    1,
    plant('oauth-code', 'honeybadger-callback-params-code', 'warning', WHY.code, ({ rng, t }) => {
      const c = kcCode(rng);
      const st = rng.b64url(32);
      return {
        value: c,
        event: notice(rng, t, {
          cls: 'OmniAuth::Strategies::OAuth2::CallbackError',
          msg: 'invalid_grant | Code not valid',
          url: `https://book.${CB}/auth/openid_connect/callback?state=${st}&session_state=${rng.uuid()}&code=${c}`,
          action: 'SessionsController#create',
          params: { state: st, code: c, provider: 'openid_connect' },
        }),
      };
    }),
    1,
    plant(
      'id-token',
      'honeybadger-form-post-id-token',
      'error',
      "Sign in with Apple answers with `response_mode=form_post`; the callback fails and the notice's `params` hold the posted `id_token`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          claims: {
            iss: 'https://appleid.apple.com',
            aud: `uk.example.calderbrook.web`,
            sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: notice(rng, t, {
            cls: 'OmniAuth::Strategies::OAuth2::CallbackError',
            msg: 'csrf_detected | CSRF detected',
            url: `https://book.${CB}/auth/apple/callback`,
            action: 'SessionsController#create',
            params: { state: rng.b64url(32), id_token: token, provider: 'apple' },
            env: { REQUEST_METHOD: 'POST' },
          }),
        };
      },
    ),
    1,
    plant(
      'negative',
      'honeybadger-authenticity-token',
      'none',
      "Rails' `authenticity_token` in a form's params: a CSRF field bound to the session, no credential on its own.",
      ({ rng, t }) => {
        const a = rng.b64url(86);
        return {
          value: a,
          event: notice(rng, t, {
            cls: 'ActiveRecord::RecordInvalid',
            msg: 'Validation failed: Seats must be less than or equal to 6',
            url: `https://book.${CB}/bookings`,
            action: 'BookingsController#create',
            params: { authenticity_token: a, booking: { screening_id: String(rng.int(1000, 9999)), seats: '8' }, password: '[FILTERED]' },
            env: { REQUEST_METHOD: 'POST' },
          }),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'honeybadger-web-environment-cookie',
      'error',
      WHY.session(
        "The raw `HTTP_COOKIE` in the notice's CGI data holds the Rails encrypted session cookie `_calderbrook_session`, which honeybadger-ruby does not filter by default",
      ),
      ({ rng, t }) => {
        const c = `${rng.b64url(120).replace(/[-_]/g, 'A')}--${rng.alnum(22)}--${rng.alnum(22)}%3D%3D`;
        return {
          value: c,
          event: notice(rng, t, {
            cls: 'ActionView::Template::Error',
            msg: "undefined method 'seat_map' for nil",
            url: `https://book.${CB}/screenings/${rng.int(1000, 9999)}/seats`,
            action: 'SeatsController#index',
            env: { HTTP_COOKIE: `cookie_consent=yes; _calderbrook_session=${c}` },
          }),
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'honeybadger-context-refresh-token',
      'error',
      `${WHY.refresh} The app sets Honeybadger's context with the member's Keycloak tokens before renewing them, and the renewal fails.`,
      ({ rng, t }) => {
        const r = `${rng.b64url(36)}.${rng.b64url(180)}.${rng.b64url(43)}`;
        return {
          value: r,
          event: notice(rng, t, {
            cls: 'OAuth2::Error',
            msg: 'invalid_grant: Session not active',
            url: `https://book.${CB}/account`,
            action: 'AccountsController#show',
            context: { member_id: rng.int(100, 2999), refresh_token: r },
          }),
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'honeybadger-message-struct-inspect',
      'error',
      'The mailer\'s error message embeds Ruby\'s `inspect` of its SMTP settings struct (`#<struct … password="…">`), and Honeybadger keeps the message whole.',
      ({ rng, t }) => {
        const pw = rng.alnum(24);
        const n = notice(rng, t, {
          cls: 'Net::SMTPAuthenticationError',
          msg: `535 5.7.8 Authentication failed with #<struct Mailer::Settings address="smtp.${CB}", port=587, user_name="boxoffice@${CB}", password="${pw}", authentication=:login>`,
          url: `https://book.${CB}/bookings/${rng.int(10000, 99999)}/confirm`,
          action: 'BookingsController#confirm',
        });
        return { value: pw, event: n };
      },
    ),
    1,
    plant(
      'negative',
      'honeybadger-context-stripe-publishable-key',
      'none',
      "Stripe's publishable key (`pk_live_…`) in the checkout context: public by design, the browser's half.",
      ({ rng, t }) => {
        const pk = `pk_live_${rng.alnum(99)}`;
        return {
          value: pk,
          event: notice(rng, t, {
            cls: 'Stripe::InvalidRequestError',
            msg: 'No such price',
            url: `https://book.${CB}/checkout`,
            action: 'CheckoutsController#new',
            context: { stripe_publishable_key: pk, basket: rng.int(100, 999) },
          }),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'honeybadger' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// transmission-daemon.log: transmission-daemon 4.0 run in the foreground (`-f --log-level=debug`) with stderr to a file
// and `TR_CURL_VERBOSE=1`, so libcurl's verbose output is mixed in: Transmission's
// `[yyyy-mm-dd hh:mm:ss.mmm] <lvl> <torrent or module>: <message> (<file>.cc:<line>)` in local time, curl's `* …`, `> …`
// and `< …` lines. From memory (not fetched).

function transmissionLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, GMT)}.${local(t, GMT).slice(20, 23)}`;
  const render = (e) => e.out.map((l) => (Array.isArray(l) ? `[${stamp(e.t)}] ${l[0]} ${l[1]} (${l[2]})` : l));
  const NAMES = ['Nosferatu.1922.1080p.BluRay.x264', 'Metropolis.1927.Restored.mkv', 'The.Kid.1921.720p', 'Safety.Last.1923.DVDRip'];
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['dbg', `${rng.pick(NAMES)}: Got ${rng.int(10, 80)} peers from tracker`, `announcer.cc:${rng.int(900, 1100)}`]] }),
      () => ({ out: [['inf', `${rng.pick(NAMES)}: Verified ${rng.int(1, 900)} pieces`, 'verify.cc:98']] }),
      () => ({ out: [['dbg', `Port Forwarding: State changed from "Not forwarded" to "Forwarded"`, 'port-forwarding.cc:140']] }),
    ])();
  const steps = [
    {
      raw: {
        out: [
          ['inf', 'Transmission 4.0.6 (38c164933e) started', 'daemon.cc:745'],
          ['inf', 'RPC Server: Serving RPC and Web requests on 127.0.0.1:9091/transmission/', 'rpc-server.cc:816'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'header-dump',
      'transmission-curl-verbose-blocklist-basic',
      'error',
      'The blocklist URL in settings.json carries a user and password; libcurl turns them into `Authorization: Basic …` and `TR_CURL_VERBOSE` prints the header it sends (base64 of `user:password`).',
      ({ rng }) => {
        const b = b64Of(`calderbrook:${rng.alnum(16)}`);
        return ev(b, [
          ['inf', 'Blocklist: Updating from https://lists.filterhub.example/blocklist.p2p.gz', 'session.cc:1985'],
          '* Connected to lists.filterhub.example (198.51.100.23) port 443',
          '> GET /blocklist.p2p.gz HTTP/1.1',
          '> Host: lists.filterhub.example',
          `> Authorization: Basic ${b}`,
          '> User-Agent: Transmission/4.0.6',
          '> Accept: */*',
          '>',
          '< HTTP/1.1 200 OK',
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'transmission-announce-passkey',
      'error',
      `${WHY.apiKey('passkey')} A private tracker's announce URL, written by the announcer at debug level.`,
      ({ rng }) => {
        const k = rng.hex(32);
        return ev(k, [
          [
            'dbg',
            `Metropolis.1927.Restored.mkv: Announcing to https://archive-reels.example/announce.php?passkey=${k}`,
            'announcer.cc:1024',
          ],
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'transmission-info-hash',
      'none',
      "A torrent's info hash as Transmission names a new torrent: public, the same for everyone sharing the film.",
      ({ rng }) => {
        const h = rng.hex(40);
        return ev(h, [['inf', `Added torrent ${h} (Sherlock.Jr.1924.1080p)`, 'torrent.cc:763']]);
      },
    ),
    2,
    plant(
      'path-secret',
      'transmission-announce-path-key',
      'error',
      WHY.pathSecret(
        "A tracker that puts each member's key in the announce path (`/tracker/<key>/announce`), written in a failed announce",
      ),
      ({ rng }) => {
        const k = rng.hex(32);
        return ev(k, [
          [
            'wrn',
            `Nosferatu.1922.1080p.BluRay.x264: Announce error: Could not connect to tracker (https://silentreels.example/tracker/${k}/announce)`,
            'announcer.cc:1180',
          ],
        ]);
      },
    ),
    2,
    plant(
      'encoded',
      'transmission-magnet-tr-percent-encoded-passkey',
      'error',
      "A magnet link added over RPC, logged whole: its `tr=` tracker is percent-encoded and, decoded, carries the member's `passkey`.",
      ({ rng }) => {
        const k = rng.hex(32);
        return ev(k, [
          [
            'dbg',
            `RPC: Adding magnet:?xt=urn:btih:${rng.hex(40)}&dn=The.Kid.1921.720p&tr=https%3A%2F%2Fcinetrack.example%2Fannounce%3Fpasskey%3D${k}`,
            'rpcimpl.cc:1710',
          ],
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'transmission-peer-id',
      'none',
      "A peer's id (`-TR4060-` and 12 random characters), sent in the clear to every tracker and peer: no credential.",
      ({ rng }) => {
        const p = `-TR4060-${lowerNum(rng, 12)}`;
        return ev(p, [
          ['trc', `Metropolis.1927.Restored.mkv: 198.51.100.${rng.int(2, 254)}:51413 handshake: peer id ${p}`, 'handshake.cc:412'],
        ]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'transmission' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// intercom-conversation-parts.jsonl: the members' inbox read from Intercom's REST API (`GET /conversations/{id}`, its
// `conversation_parts`), one part a line with the conversation's id added: `type`, `id`, `part_type`, `body` (HTML),
// `created_at` and `updated_at` (Unix seconds, UTC), `author`, `attachments`, `redacted`. From memory (not fetched).

function intercomLog(rng) {
  const render = (e) => [JSON.stringify(e.ic)];
  let n = 0;
  const part = (rng, t, body, who = 'user') => ({
    ic: {
      conversation_id: String(1000 + (n % 9)),
      type: 'conversation_part',
      id: String(20000000 + ++n * rng.int(2, 9)),
      part_type: 'comment',
      body,
      created_at: Math.floor(t / 1000),
      updated_at: Math.floor(t / 1000),
      author:
        who === 'user'
          ? { type: 'user', id: rng.hex(24), name: rng.pick(['Maggie Crossley', 'Tom Sutcliffe', 'Priya Shah', 'Alan Greenwood']) }
          : { type: 'admin', id: String(rng.int(5000000, 5999999)), name: 'Jo (box office)' },
      attachments: [],
      redacted: false,
    },
  });
  const filler = (rng, t) =>
    part(
      rng,
      t,
      rng.pick([
        '<p>Is there a hearing loop in screen 2?</p>',
        '<p>Thanks, see you Saturday!</p>',
        '<p>Can I bring a pushchair to the kids club?</p>',
        '<p>Yes, the loop is on for every screening.</p>',
      ]),
      rng.pick(['user', 'admin']),
    );
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'intercom-pasted-url-access-token-fragment',
      'error',
      "A member pastes the address the sign-in left in her browser's bar, the identity provider's `#access_token=…` included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: part(
            rng,
            t,
            `<p>The members page is blank after I log in, the address is <a href="https://members.${CB}/#access_token=${at}&amp;token_type=Bearer&amp;expires_in=3600">https://members.${CB}/#access_token=${at}&amp;token_type=Bearer&amp;expires_in=3600</a></p>`,
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'intercom-pasted-id-token-expired',
      'note',
      'A member pastes a sign-in link holding an `id_token` hours after it was issued',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600,
          claims: { iss: `https://id.${CB}/realms/members`, aud: 'members-web', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: part(rng, t, `<p>Got an error page this morning: https://members.${CB}/signed-in?id_token=${token}</p>`),
        };
      },
    ),
    1,
    plant(
      'negative',
      'intercom-booking-reference',
      'none',
      'A booking reference (`CBC-` and six letters and digits) a member quotes: it finds a booking at the desk, no credential.',
      ({ rng, t }) => {
        const r = `CBC-${upperNum(rng, 6)}`;
        return { value: r, event: part(rng, t, `<p>My booking is ${r}, can I change it to the 8pm showing?</p>`) };
      },
    ),
    1,
    plant(
      'path-secret',
      'intercom-admin-vimeo-private-review-link',
      'error',
      WHY.pathSecret(
        'A volunteer shares the private Vimeo link of the festival trailer (`vimeo.com/<id>/<10 hex>`); the hash in its path is what opens an unlisted video',
      ),
      ({ rng, t }) => {
        const h = rng.hex(10);
        return {
          value: h,
          event: part(rng, t, `<p>Here is the trailer before it goes public: https://vimeo.com/${digits(rng, 9)}/${h}</p>`, 'admin'),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'intercom-admin-seat-picker-embed',
      'error',
      'A volunteer sends a member the box office seat picker as `/embed/<JWT>`, a token valid 30 days with a jti',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          claims: { org: 'calderbrook', member: rng.int(100, 2999) },
        });
        return {
          value: token,
          jwt: facts,
          event: part(rng, t, `<p>You can pick your seats here: https://boxoffice.tickettrail.example/embed/${token}</p>`, 'admin'),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'intercom-pasted-copy-as-curl-cookie',
      'error',
      WHY.session(
        "A member pastes the browser's \"Copy as cURL\" of a failing request, its `-H 'cookie: _calderbrook_session=…'` included",
      ),
      ({ rng, t }) => {
        const c = `${rng.b64url(96)}--${rng.alnum(22)}--${rng.alnum(22)}%3D%3D`;
        return {
          value: c,
          event: part(rng, t, `<p>curl 'https://book.${CB}/account' -H 'accept: text/html' -H 'cookie: _calderbrook_session=${c}'</p>`),
        };
      },
    ),
    1,
    plant(
      'negative',
      'intercom-masked-voucher',
      'none',
      'A gift voucher as the box office writes it back, all but its last group masked (`XXXX-XXXX-…`): a mask, no credential.',
      ({ rng, t }) => {
        const v = `XXXX-XXXX-${upperNum(rng, 4)}`;
        return { value: v, event: part(rng, t, `<p>Your voucher ${v} has £15.00 left on it.</p>`, 'admin') };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'intercom' }, filler, render, steps });
}

// =====================================================================================================================
// Ślōnskŏ Ksiyngarnia i Wydŏwnictwo "Gŏdka" (Silesian; Bytōm: CET, UTC+1)
// =====================================================================================================================

const GD = 'godka.example';

// ---------------------------------------------------------------------------------------------------------------------
// pleroma.log: the publisher's Pleroma 2.7 instance (Elixir, Phoenix) under systemd, its console backend's
// `$time $metadata[$level] $message` with `request_id=`, Phoenix's `GET /path` / `Sent 200 in …ms` and, at debug,
// `Processing with …` / `  Parameters: %{…}` / `  Pipelines: […]` (Elixir inspect). Local time without date or zone.
// From memory (not fetched).

function pleromaLog(rng) {
  const render = (e) => {
    const rid = `F${rng.b64url(19)}`;
    return e.out.flatMap(([lvl, msg], i) => {
      const [first, ...rest] = msg.split('\n');
      return [`${local(e.t + i * 4, CET).slice(11, 23)} ${e.boot ? '' : `request_id=${rid} `}[${lvl}] ${first}`, ...rest];
    });
  };
  const flake = (rng) => rng.alnum(18);
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          ['info', 'GET /api/v1/timelines/public'],
          ['info', `Sent 200 in ${rng.int(5, 90)}ms`],
        ],
      }),
      () => ({
        out: [
          ['info', `GET /api/v1/statuses/${flake(rng)}`],
          ['info', `Sent 200 in ${rng.int(3, 40)}ms`],
        ],
      }),
      () => ({
        out: [
          ['info', 'POST /inbox'],
          ['info', `Sent 200 in ${rng.int(3, 40)}ms`],
        ],
      }),
    ])();
  const processing = (action, params, pipe = ':browser') => [
    'debug',
    `Processing with ${action}\n  Parameters: ${params}\n  Pipelines: [${pipe}]`,
  ];
  const steps = [
    {
      raw: {
        boot: true,
        out: [
          ['info', 'Running Pleroma.Web.Endpoint with cowboy 2.12.0 at 127.0.0.1:4000 (http)'],
          ['info', 'Access Pleroma.Web.Endpoint at https://spolecznosc.godka.example'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'pleroma-mailer-keyword-list-inspect',
      'error',
      "A debug line the instance's admins added prints the mailer's configuration as an Elixir keyword list (`inspect`), the SMTP password in it.",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return ev(pw, [
          [
            'debug',
            `Mailer config: [adapter: Swoosh.Adapters.SMTP, relay: "poczta.${GD}", username: "spolecznosc@${GD}", password: "${pw}", port: 587, ssl: false, tls: :always]`,
          ],
        ]);
      },
    ),
    2,
    plant('oauth-code', 'pleroma-ueberauth-callback-parameters-code', 'warning', WHY.code, ({ rng }) => {
      const c = kcCode(rng);
      return ev(c, [
        ['info', 'GET /oauth/keycloak/callback'],
        processing(
          'Pleroma.Web.OAuth.OAuthController.callback/2',
          `%{"code" => "${c}", "provider" => "keycloak", "session_state" => "${rng.uuid()}", "state" => "${rng.b64url(43)}"}`,
          ':oauth',
        ),
        ['info', `Sent 302 in ${rng.int(40, 300)}ms`],
      ]);
    }),
    2,
    plant(
      'negative',
      'pleroma-media-blurhash',
      'none',
      "An attachment's blurhash (a compact image placeholder) in a status's parameters: derived from the picture, no credential.",
      ({ rng }) => {
        const bh = `L${rng.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~', 27)}`;
        return ev(bh, [
          ['info', 'POST /api/v1/statuses'],
          processing(
            'Pleroma.Web.MastodonAPI.StatusController.create/2',
            `%{"blurhash" => "${bh}", "status" => "Nowy ślabikŏrz już je we ksiyngarni!", "visibility" => "public"}`,
            ':authenticated_api',
          ),
          ['info', 'Sent 200 in 84ms'],
        ]);
      },
    ),
    2,
    plant(
      'refresh-token',
      'pleroma-oauth-token-parameters-refresh',
      'error',
      `${WHY.refresh} A phone app renews its Pleroma token, and Phoenix's \`Parameters:\` keep \`refresh_token\` (only \`client_secret\` is filtered).`,
      ({ rng }) => {
        const r = rng.b64url(43);
        return ev(r, [
          ['info', 'POST /oauth/token'],
          processing(
            'Pleroma.Web.OAuth.OAuthController.token_exchange/2',
            `%{"client_id" => "${rng.b64url(43)}", "client_secret" => "[FILTERED]", "grant_type" => "refresh_token", "refresh_token" => "${r}"}`,
            ':oauth',
          ),
          ['info', 'Sent 200 in 31ms'],
        ]);
      },
    ),
    2,
    plant(
      'replay',
      'pleroma-registration-invite-first',
      'note',
      WHY.ticketFirst('A one-time invite to the instance (`/registration/<token>`), opened by the invited author. The invite is'),
      ({ rng }) => {
        const tk = rng.b64url(43);
        return ev(tk, [
          ['info', `GET /registration/${tk}`],
          ['info', 'Sent 200 in 12ms'],
        ]);
      },
    ),
    2,
    plant(
      'session-id',
      'pleroma-debug-req-headers-tuples',
      'error',
      WHY.session(
        "A debug line prints `conn.req_headers` as Elixir inspects it (a list of tuples), the `cookie` header with Pleroma's signed session cookie `__Host-pleroma_key` (`SFMyNTY.…`) in it",
      ),
      ({ rng }) => {
        const s = `SFMyNTY.${rng.b64url(120)}.${rng.b64url(43)}`;
        return ev(s, [
          [
            'debug',
            `req_headers: [{"host", "spolecznosc.${GD}"}, {"accept", "text/html"}, {"cookie", "__Host-pleroma_key=${s}"}, {"x-forwarded-for", "198.51.100.${rng.int(2, 254)}"}]`,
          ],
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'pleroma-reverse-proxy-error-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key"). Pleroma's media proxy fails to fetch a radio's now-playing picture and its warning quotes the URL.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return ev(k, [['warning', `Pleroma.ReverseProxy: request to https://radio.${GD}/teroz.png?klucz=${k} failed: :timeout`]]);
      },
    ),
    1,
    plant(
      'negative',
      'pleroma-status-flake-id',
      'none',
      "A status's FlakeId (18 base62 characters) in a request path: an id, no credential.",
      ({ rng }) => {
        const f = flake(rng);
        return ev(f, [
          ['info', `GET /api/v1/statuses/${f}/context`],
          ['info', 'Sent 200 in 22ms'],
        ]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SZ + 8 * HOUR, site: { host: 'pleroma' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ksiyngarnia.godka.example.access: the audiobook shop on Yaws 2.1 (Erlang), its access log `<host>.access` in the
// combined layout (`ip - user [dd/Mon/yyyy:hh:mm:ss +0100] "request" status bytes "referer" "user agent"`), local time
// with its offset. From memory (not fetched).

function yawsLog(rng) {
  const H = `ksiyngarnia.${GD}`;
  const render = (e) => [
    `${e.ip} - - [${clf(e.t, CET)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ];
  const BOOKS = ['slabikorz', 'bery-i-bojki', 'ksiynzyczek', 'godki-ze-szachty', 'poezyje'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/ksiōnżki/${rng.pick(BOOKS)}`.replace('ō', '%C5%8D').replace('ż', '%C5%BC') }),
      () => ({ path: '/css/szrajbonek.css', referer: `https://${H}/` }),
      () => ({ path: `/sluchowiska/${rng.pick(BOOKS)}/probka.mp3`, status: 206 }),
      () => ({ path: '/' }),
    ])();
  const steps = [
    3,
    plant(
      'api-key-name',
      'yaws-request-katalog-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key"), sent by a partner bookshop's catalogue import in the request line.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return { value: k, event: { path: '/api/katalog.json', query: `klucz=${k}&zmiany_od=2027-11-01`, ua: 'python-requests/2.32.5' } };
      },
    ),
    2,
    plant(
      'negative',
      'yaws-cover-image-sha1',
      'none',
      'A book cover named by the SHA-1 of its file: a content hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { path: `/okladki/${h}.jpg`, referer: `https://${H}/` } };
      },
    ),
    2,
    plant(
      'oauth-code',
      'yaws-referer-keycloak-callback-code',
      'warning',
      `${WHY.code} It is in the Referer of the page the sign-in callback redirected to.`,
      ({ rng }) => {
        const c = kcCode(rng);
        return {
          value: c,
          event: {
            path: '/mojo-polka',
            referer: `https://${H}/wlyz/callback?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${c}`,
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'yaws-request-podziel-audiobook',
      'error',
      WHY.pathSecret('A download link of a bought audiobook (`/podziel/<token>/…`, "share"), opened by the buyer'),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return { value: tk, event: { path: `/podziel/${tk}/Godki-ze-szachty.m4b`, status: 200, bytes: rng.int(90000000, 200000000) } };
      },
    ),
    2,
    plant(
      'replay',
      'yaws-request-bilet-first',
      'note',
      WHY.ticketFirst('A single-use ticket (`bilet`, "ticket") to a streamed author reading, redeemed by the buyer. The ticket is'),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return { value: tk, event: { ip: '203.0.113.87', path: '/czytanie/wlyz', query: `bilet=${tk}` } };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'yaws-request-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address, in another country, opened the reading with the same ticket and Yaws answered 200.`,
          },
        ],
        event: { ip: '198.51.100.201', path: '/czytanie/wlyz', query: `bilet=${refs.get('bilet').value}`, ua: BROWSERS[3] },
      }),
      { replayOf: 'bilet', after: 212 },
    ),
    2,
    plant(
      'session-id',
      'yaws-request-sesyjo-query',
      'error',
      WHY.session('The old audio player keeps the session in its query (`sesyjo`, "session", 32 hex)'),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: { path: '/sluchej', query: `sesyjo=${s}&ksiōnżka=bery-i-bojki`.replace('ō', '%C5%8D').replace('ż', '%C5%BC') },
        };
      },
    ),
    2,
    plant(
      'negative',
      'yaws-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a link shared in a post: a tracking id, no credential.",
      ({ rng }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: { path: '/ksiōnżki/slabikorz'.replace('ō', '%C5%8D').replace('ż', '%C5%BC'), query: `fbclid=${f}` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SZ + 9 * HOUR, site: { host: 'yaws' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PowerShell_transcript.BIURO-03.20271129.txt: `Start-Transcript` of PowerShell 7 on an office PC, the transcript's
// header between rules of asterisks, each prompt and command (`PS C:\Users\hanka> scoop …`), Scoop's output
// (`Installing '…' (…) [64bit] from '…' bucket`, `Downloading … (… MB)...`, `Checking hash of … ok.`, `Linking …`,
// `'…' (…) was installed successfully!`), `scoop config` printed as PowerShell formats an object (`name : value`). No
// time on the lines. From memory (not fetched).

function scoopLog(rng) {
  const P = 'PS C:\\Users\\hanka>';
  const APPS = [
    ['7zip', '24.09'],
    ['notepadplusplus', '8.7.1'],
    ['libreoffice', '25.8.2'],
    ['inkscape', '1.4.2'],
  ];
  const filler = (rng) => {
    const [a, v] = rng.pick(APPS);
    return rng.pick([
      () => ({
        out: [
          `${P} scoop update ${a}`,
          `${a}: ${v} (latest version)`,
          `Latest versions for all apps are installed! For more information try 'scoop status'`,
        ],
      }),
      () => ({ out: [`${P} scoop status`, 'Scoop is up to date.', 'Everything is ok!'] }),
      () => ({ out: [`${P} scoop cache show ${a}`, '', 'Total: 1 file, 1.4 MB'] }),
    ])();
  };
  const install = (rng, app, ver, url, mb) => [
    `${P} scoop install godka/${app}`,
    `Installing '${app}' (${ver}) [64bit] from 'godka' bucket`,
    `Downloading ${url} (${mb} MB)...`,
    `Checking hash of ${app}-${ver}-setup.exe ... ok.`,
    `Linking ~\\scoop\\apps\\${app}\\current => ~\\scoop\\apps\\${app}\\${ver}`,
    `'${app}' (${ver}) was installed successfully!`,
  ];
  const steps = [
    {
      raw: {
        out: [
          '**********************',
          'PowerShell transcript start',
          'Start time: 20271129100112',
          'Username: BIURO-03\\hanka',
          'RunAs User: BIURO-03\\hanka',
          'Configuration Name: ',
          'Machine: BIURO-03 (Microsoft Windows NT 10.0.26100.0)',
          'Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll',
          `Process ID: ${rng.int(2000, 19000)}`,
          'PSVersion: 7.5.4',
          'PSEdition: Core',
          '**********************',
          'Transcript started, output file is C:\\Users\\hanka\\Documents\\PowerShell_transcript.BIURO-03.20271129.txt',
        ],
      },
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'scoop-config-gh-token',
      'error',
      '`scoop config` prints the whole configuration, and with it the GitHub token Scoop uses for its bucket checks (`gh_token`, a `ghp_` token with its checksum).',
      ({ rng }) => {
        const g = githubToken('ghp_', rng.alnum(30));
        return ev(g, [
          `${P} scoop config`,
          '',
          `last_update   : 2027-11-29T09:58:41.5512873+01:00`,
          `gh_token      : ${g}`,
          'use_lessmsi   : True',
          'aria2-enabled : False',
          '',
        ]);
      },
    ),
    plant(
      'header-dump',
      'scoop-config-private-hosts-authorization',
      'error',
      "`scoop config private_hosts` prints the headers Scoop adds for the publisher's own file server, a bearer token in `Authorization`.",
      ({ rng }) => {
        const b = rng.b64url(48);
        return ev(b, [
          `${P} scoop config private_hosts`,
          '',
          'match               headers',
          '-----               -------',
          `pliki.${GD} Authorization: Bearer ${b}`,
          '',
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'scoop-hash-mismatch-expected',
      'none',
      'A hash check that failed prints the expected and actual SHA-256 of a download: checksums, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return ev(h, [
          `${P} scoop install extras/inkscape`,
          "Installing 'inkscape' (1.4.2) [64bit] from 'extras' bucket",
          'Downloading https://media.inkscape.org/dl/resources/file/inkscape-1.4.2_2025-05-13_f4327f4-x64.7z (112.4 MB)...',
          'Checking hash of inkscape-1.4.2_2025-05-13_f4327f4-x64.7z ... ERROR Hash check failed!',
          'App:         extras/inkscape',
          'URL:         https://media.inkscape.org/dl/resources/file/inkscape-1.4.2_2025-05-13_f4327f4-x64.7z',
          'First bytes: 37 7A BC AF 27 1C 00 04',
          `Expected:    ${h}`,
          `Actual:      ${rng.hex(64)}`,
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'scoop-downloading-url-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key"), in the download URL of the publisher's own manifest, which Scoop prints.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return ev(
          k,
          install(rng, 'szrajbonek', '1.4.2', `https://aktualizacje.${GD}/szrajbonek/1.4.2/szrajbonek-1.4.2-setup.exe?klucz=${k}`, '12.4'),
        );
      },
    ),
    2,
    plant(
      'path-secret',
      'scoop-downloading-nextcloud-share',
      'error',
      WHY.pathSecret('A Nextcloud public share (`/s/<15 characters>/download`) a manifest downloads its fonts from'),
      ({ rng }) => {
        const s = ncToken(rng);
        return ev(s, install(rng, 'fonty-godka', '2.0', `https://pliki.${GD}/s/${s}/download?path=%2F&files=fonty-godka-2.0.zip`, '3.1'));
      },
    ),
    2,
    plant(
      'negative',
      'scoop-uninstall-msi-product-code',
      'none',
      "An MSI product code (a GUID) Scoop's uninstaller passes to msiexec: it names the product, no credential.",
      ({ rng }) => {
        const g = `{${rng.uuid().toUpperCase()}}`;
        return ev(g, [
          `${P} scoop uninstall godka/czytnik`,
          "Uninstalling 'czytnik' (3.2.0).",
          `Running uninstaller: msiexec.exe /x ${g} /qn`,
          "'czytnik' was uninstalled.",
        ]);
      },
    ),
    1,
    {
      raw: {
        out: [
          `${P} Stop-Transcript`,
          '**********************',
          'PowerShell transcript end',
          'End time: 20271129102455',
          '**********************',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_SZ + 10 * HOUR, site: { host: 'scoop' }, filler, render: asIs, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// poetry-install-vvv.log: `poetry install -vvv` of Poetry 2.2 for the dictionary package, output saved with `tee`:
// Poetry's messages, `[urllib3:urllib3.connectionpool] …` debug lines (each request's path and query), and the
// developer's `sitecustomize.py` having set `http.client.HTTPConnection.debuglevel = 1`, which prints `send: b'…'` with
// the request's headers. `poetry config --list` run first. No time on the lines. From memory (not fetched).

function poetryLog(rng) {
  const IDX = `pypi.${GD}`;
  const PKGS = ['szrajbonek-tokenizer', 'gramatyka', 'slownik-core', 'regex', 'pyyaml'];
  const filler = (rng) => {
    const p = rng.pick(PKGS);
    return rng.pick([
      () => ({ out: [`[urllib3:urllib3.connectionpool] https://${IDX}:443 "GET /simple/${p}/ HTTP/1.1" 200 ${rng.int(400, 9000)}`] }),
      () => ({ out: [`Source (godka): ${rng.int(1, 9)} packages found for ${p} *`] }),
      () => ({ out: [`  - Installing ${p} (${rng.int(0, 6)}.${rng.int(0, 20)}.${rng.int(0, 9)})`] }),
    ])();
  };
  const steps = [
    plant(
      'framework-dump',
      'poetry-config-list-repository-url-password',
      'error',
      "`poetry config --list` prints the private repository's URL as it was configured, with a user and password in it.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return ev(pw, [
          '$ poetry config --list',
          'cache-dir = "/home/hanka/.cache/pypoetry"',
          'installer.max-workers = null',
          'keyring.enabled = true',
          `repositories.godka.url = "https://hanka:${pw}@${IDX}/simple/"`,
          'virtualenvs.create = true',
          'virtualenvs.in-project = null',
        ]);
      },
      { after: 0 },
    ),
    {
      raw: {
        out: [
          '$ poetry install -vvv 2>&1 | tee poetry-install-vvv.log',
          'Loading configuration file /home/hanka/.config/pypoetry/config.toml',
        ],
      },
    },
    plant(
      'negative',
      'poetry-virtualenv-name-hash',
      'none',
      "The hash in Poetry's virtualenv name (8 characters of a digest of the project's path): an id, no credential.",
      ({ rng }) => {
        const h = rng.b64url(8);
        return ev(h, [`Creating virtualenv slownik-godka-${h}-py3.12 in /home/hanka/.cache/pypoetry/virtualenvs`]);
      },
    ),
    'Installing dependencies from lock file',
    2,
    plant(
      'header-dump',
      'poetry-http-client-debug-send-basic',
      'error',
      "`http.client`'s debug output (`send: b'…'`) writes the request's headers, `Authorization: Basic` (base64 of the user and password) among them.",
      ({ rng }) => {
        const b = b64Of(`hanka:${rng.alnum(20)}`);
        return ev(b, [
          `send: b'GET /simple/slownik-core/ HTTP/1.1\\r\\nHost: ${IDX}\\r\\nUser-Agent: poetry/2.2.1\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: application/vnd.pypi.simple.v1+json\\r\\nConnection: keep-alive\\r\\nAuthorization: Basic ${b}\\r\\n\\r\\n'`,
          "reply: 'HTTP/1.1 200 OK\\r\\n'",
          'header: Content-Type: application/vnd.pypi.simple.v1+json',
        ]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'poetry-urllib3-wheel-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key"): the index hands out wheel links signed with a download key, and urllib3's debug line writes the path with its query.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return ev(k, [
          `[urllib3:urllib3.connectionpool] https://${IDX}:443 "GET /pliki/slownik_core-0.9.1-py3-none-any.whl?klucz=${k} HTTP/1.1" 200 ${rng.int(100000, 900000)}`,
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'poetry-lock-sha256',
      'none',
      "A distribution's `sha256:` from the lock file, which Poetry checks after the download: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return ev(h, [`Checking hash for slownik_core-0.9.1-py3-none-any.whl: sha256:${h}`]);
      },
    ),
    2,
  ].map((s) => (typeof s === 'string' ? { raw: { out: [s] } } : s));
  return buildLog(rng, { start: DAY_SZ + 13 * HOUR, site: { host: 'poetry' }, filler, render: asIs, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// clickup-task-comments.jsonl: comments of the publisher's ClickUp list read from ClickUp's API v2
// (`GET /task/{task_id}/comment`), one a line with the task's id added: `id`, `comment` (the parts), `comment_text`,
// `user`, `assignee`, `reactions`, `date` (Unix milliseconds, UTC, as a string), `reply_count`. From memory (not fetched).

function clickupLog(rng) {
  const render = (e) => [JSON.stringify(e.cu)];
  const PEOPLE = [
    ['Hanka Kubiczek', 'HK'],
    ['Zeflik Nowak', 'ZN'],
    ['Ewa Bugla', 'EB'],
  ];
  const comment = (rng, t, text) => {
    const [name, ini] = rng.pick(PEOPLE);
    return {
      cu: {
        task_id: `86c${lowerNum(rng, 6)}`,
        id: `9012${digits(rng, 10)}`,
        comment: [{ text }],
        comment_text: text,
        user: { id: rng.int(80000000, 89999999), username: name, initials: ini, color: `#${rng.hex(6)}`, profilePicture: null },
        assignee: null,
        reactions: [],
        date: String(t),
        reply_count: 0,
      },
    };
  };
  const filler = (rng, t) =>
    comment(
      rng,
      t,
      rng.pick([
        'Korekta rozdziŏłu 3 skōńczōnŏ.',
        'Ôkładka gotowŏ, dejcie znać, eli pasuje.',
        'Drukŏrnia pytŏ ô nakłŏd — 500 abo 800?',
        'Wszyjsko fajnie, dziynki!',
      ]),
    );
  const steps = [
    1,
    plant(
      'implicit-fragment',
      'clickup-comment-url-access-token-fragment',
      'error',
      'An editor pastes the address the shop\'s admin panel ended on after sign-in, the `#access_token=…` in it ("niy idzie" — it does not work).',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: comment(
            rng,
            t,
            `Panel niy idzie, ôstŏwŏ mi ino biŏłŏ strōna: https://panel.${GD}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
          ),
        };
      },
    ),
    1,
    plant(
      'id-token',
      'clickup-comment-id-token-query',
      'error',
      'A link with an `id_token` in its query pasted into a comment about a sign-in error',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: { iss: `https://wlyz.${GD}/realms/godka`, aud: 'panel', sub: rng.uuid(), name: 'Ewa Bugla' },
        });
        return {
          value: token,
          jwt: facts,
          event: comment(rng, t, `Błōnd przi logowaniu, tukej link: https://panel.${GD}/zalogowany?id_token=${token}`),
        };
      },
    ),
    1,
    plant(
      'negative',
      'clickup-comment-isbn',
      'none',
      'An ISBN-13 of a new book in a comment: a public number, no credential.',
      ({ rng, t }) => {
        const isbn = `978-83-${digits(rng, 5)}-${digits(rng, 2)}-${digits(rng, 1)}`;
        return { value: isbn, event: comment(rng, t, `Numer ISBN do „Godek ze szachty”: ${isbn}`) };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'clickup-comment-embed-expired',
      'note',
      'A preview of the audiobook player pasted as `/embed/<JWT>`, opened a day later',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 26 * 3600, claims: { ksiazka: 'godki-ze-szachty', rola: 'podglad' } });
        return { value: token, jwt: facts, event: comment(rng, t, `Podglōnd ôdtwŏrzŏcza: https://ksiyngarnia.${GD}/embed/${token}`) };
      },
    ),
    1,
    plant(
      'webhook',
      'clickup-comment-mattermost-hook',
      'error',
      WHY.webhook('A Mattermost incoming webhook (`/hooks/<26 characters>`) pasted to set up notifications from the printer'),
      ({ rng, t }) => {
        const h = lowerNum(rng, 26);
        return { value: h, event: comment(rng, t, `Hook do kanału „drukŏrnia”: https://czat.${GD}/hooks/${h}`) };
      },
    ),
    1,
    plant(
      'path-secret',
      'clickup-comment-google-docs-link-shared',
      'error',
      WHY.pathSecret(
        'A Google Docs manuscript shared with "anyone with the link" (`/document/d/<44 characters>/edit`): its id is the credential',
      ),
      ({ rng, t }) => {
        const id = `1${rng.b64url(43)}`;
        return { value: id, event: comment(rng, t, `Rynkopis dlŏ korekty: https://docs.google.com/document/d/${id}/edit?usp=sharing`) };
      },
    ),
    1,
    plant(
      'encoded',
      'clickup-comment-base64-dane-tajymnica',
      'error',
      'A link to the printer\'s order form whose `dane` ("data") is base64 of JSON; decoded, it carries the order\'s `tajymnica` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(32);
        const b = Buffer.from(JSON.stringify({ zamowiynie: rng.int(1000, 9999), tajymnica: s })).toString('base64url');
        return { value: b, event: comment(rng, t, `Formularz drukŏrni: https://drukarnia.example/zamowiynie?dane=${b}`) };
      },
    ),
    1,
    plant(
      'negative',
      'clickup-comment-commit-sha',
      'none',
      "A commit's SHA-1 in a comment about the shop's code: an id, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(40);
        return { value: c, event: comment(rng, t, `Poprawka w kōdzie: ${c}`) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_SZ + 14 * HOUR, site: { host: 'clickup' }, filler, render, steps });
}

// =====================================================================================================================
// Kawtal Remɓe Foonye Labe (Pular; Labé, Guinea: GMT, UTC+0 all year)
// =====================================================================================================================

const KW = 'kawtal.example';

// ---------------------------------------------------------------------------------------------------------------------
// kawtal-magasin.log: the warehouse's desktop app (Wails v2, Go), its file logger's `<LEVEL> | <message>` (Wails'
// `logger.NewFileLogger`), the app's own debug lines printing Go values with `%+v` and `%v`, Go's `url.Error`
// (`Get "<url>": …`). No time on the lines. From memory (not fetched).

function wailsLog(rng) {
  const render = (e) => e.out.map(([lvl, msg]) => `${lvl} | ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['INF', `Sooynde ${rng.int(100, 999)} danndaama (${rng.int(5, 90)} saakuuji foonye)`]] }),
      () => ({ out: [['DEB', `[AssetHandler] Loading file '/assets/index-${rng.b64url(8)}.js'`]] }),
      () => ({ out: [['INF', 'Jokkondiral e sarworde moƴƴii']] }),
    ])();
  const steps = [
    {
      raw: {
        out: [
          ['INF', 'Wails v2.10.1'],
          ['INF', 'Fuɗɗii: Kawtal Magasin 1.3.0'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'wails-auth-url-pkce-challenge',
      'none',
      'The app logs the sign-in URL it opens in the browser: `code_challenge` (PKCE, S256) and the public `client_id` are no credential.',
      ({ rng }) => {
        const ch = rng.b64url(43);
        return ev(ch, [
          [
            'INF',
            `Udditde wanngorde: https://accounts.google.com/o/oauth2/v2/auth?client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com&redirect_uri=kawtal%3A%2F%2Fnaatgol&response_type=code&code_challenge=${ch}&code_challenge_method=S256&state=${rng.b64url(22)}`,
          ],
        ]);
      },
    ),
    1,
    plant(
      'oauth-code',
      'wails-deep-link-code',
      'warning',
      `${WHY.code} The browser hands it back through the app's own scheme (\`kawtal://naatgol?…\`), which the app logs.`,
      ({ rng }) => {
        const c = `4/0A${rng.b64url(70)}`;
        return ev(c, [['INF', `Deep link heɓaama: kawtal://naatgol?state=${rng.b64url(22)}&code=${c}&scope=email%20openid`]]);
      },
    ),
    plant(
      'refresh-token',
      'wails-go-percent-v-oauth2-token',
      'error',
      `${WHY.refresh} The app prints the \`*oauth2.Token\` it got with Go's \`%+v\`: access and refresh token side by side.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return ev(rt, [
          [
            'DEB',
            `tokene: &{AccessToken:ya29.${rng.b64url(150)} TokenType:Bearer RefreshToken:${rt} Expiry:2027-12-13 10:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${digits(rng, 6)} +0000 UTC ExpiresIn:3599 raw:map[] expiryDelta:0s}`,
          ],
        ]);
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'wails-webview-navigated-fragment',
      'error',
      "The app's webview logs each navigation; the cooperative's web portal returns with `#access_token=…` in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return ev(at, [['DEB', `webview yahii: https://portail.${KW}/fonngo#access_token=${at}&token_type=Bearer&expires_in=3600`]]);
      },
    ),
    2,
    plant(
      'api-key-name',
      'wails-go-url-error-coktirgal-api',
      'error',
      `${WHY.apiKey('coktirgal_api')} ("key" of the API). Go's \`url.Error\` quotes the whole URL when the market server cannot be reached.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return ev(k, [
          ['ERR', `Juumre: Get "https://api.${KW}/v1/coodgu?coktirgal_api=${k}&yeeyirde=labe": dial tcp: lookup api.${KW}: no such host`],
        ]);
      },
    ),
    2,
    plant(
      'session-id',
      'wails-go-cookie-slice',
      'error',
      WHY.session(
        'The app prints the cookies of its HTTP client\'s jar with `%v` (`[jokkere=…; Path=/; HttpOnly; Secure]`, "session", 64 hex)',
      ),
      ({ rng }) => {
        const s = rng.hex(64);
        return ev(s, [['DEB', `kukiije: [jokkere=${s}; Path=/; Domain=api.${KW}; HttpOnly; Secure; SameSite=Lax]`]]);
      },
    ),
    2,
    plant(
      'webhook',
      'wails-go-config-google-chat-webhook',
      'error',
      WHY.webhook(
        "A Google Chat space's webhook (`chat.googleapis.com/v1/spaces/<id>/messages?key=…&token=…`) in the settings struct the app prints with `%+v`; the `token` is the secret",
      ),
      ({ rng }) => {
        const tk = rng.b64url(43);
        return ev(tk, [
          [
            'DEB',
            `teelte: {Sarworde:https://api.${KW} Yeeyirde:labe Webhook:https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tk} Haala:pu}`,
          ],
        ]);
      },
    ),
    2,
    plant(
      'negative',
      'wails-price-list-sha256',
      'none',
      'The SHA-256 of a downloaded price list the app checks: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return ev(h, [['INF', `Limre coggu aawdi: sha256 ${h}`]]);
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_FF + 7 * HOUR, site: { host: 'wails' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// contentful-webhook-calls.jsonl: Contentful webhook call details read from the Content Management API
// (`/spaces/{space}/webhooks/{webhook}/calls/{call}`), one a line: `sys` (type `WebhookCallDetails`, `id`, `createdAt`),
// `request` (`url`, `method`, `headers`, `body`), `response` (`url`, `statusCode`, `headers`, `body`), `statusCode`,
// `errors`, `eventType`, `requestAt`, `responseAt` (UTC). From memory (not fetched).

function contentfulLog(rng) {
  const render = (e) => [JSON.stringify(e.cf)];
  const call = (rng, t, { url, headers = {}, body = '{}', status = 200, resBody = '' }) => ({
    cf: {
      sys: {
        type: 'WebhookCallDetails',
        id: rng.b64url(22),
        space: { sys: { type: 'Link', linkType: 'Space', id: lowerNum(rng, 12) } },
        createdAt: iso(t),
      },
      request: {
        url,
        method: 'POST',
        headers: {
          'X-Contentful-Topic': 'ContentManagement.Entry.publish',
          'X-Contentful-Webhook-Name': 'Sarworde',
          'Content-Type': 'application/vnd.contentful.management.v1+json',
          ...headers,
        },
        body,
      },
      response: { url, statusCode: status, headers: { 'content-type': 'application/json' }, body: resBody },
      statusCode: status,
      errors: [],
      eventType: 'publish',
      requestAt: iso(t),
      responseAt: iso(t + rng.int(80, 900)),
    },
  });
  const entry = (rng) =>
    JSON.stringify({
      sys: { id: rng.b64url(22), type: 'Entry', contentType: { sys: { id: 'kabaaru' } } },
      fields: { tiitoonde: { ff: 'Foonye keso ngam yeeyirde Labe' } },
    });
  const filler = (rng, t) => call(rng, t, { url: `https://www.${KW}/api/revalidate`, body: entry(rng) });
  const steps = [
    1,
    plant(
      'webhook',
      'contentful-request-url-netlify-build-hook',
      'error',
      WHY.webhook("A Netlify build hook (`api.netlify.com/build_hooks/<24 hex>`) as the webhook's URL; the call details keep it"),
      ({ rng, t }) => {
        const h = rng.hex(24);
        return { value: h, event: call(rng, t, { url: `https://api.netlify.com/build_hooks/${h}`, body: entry(rng) }) };
      },
    ),
    1,
    plant(
      'negative',
      'contentful-request-signature',
      'none',
      "Contentful's request signature (`x-contentful-signature`, an HMAC of this request): a per-request proof, no credential.",
      ({ rng, t }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: call(rng, t, {
            url: `https://www.${KW}/api/revalidate`,
            headers: { 'x-contentful-signature': s, 'x-contentful-timestamp': String(t) },
            body: entry(rng),
          }),
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'contentful-request-headers-basic',
      'error',
      "The webhook's custom headers, shown in the call details, hold `Authorization: Basic` (base64 of the site's user and password).",
      ({ rng, t }) => {
        const b = b64Of(`contentful:${rng.alnum(20)}`);
        return {
          value: b,
          event: call(rng, t, { url: `https://dow.${KW}/api/fetch-kabaaru`, headers: { Authorization: `Basic ${b}` }, body: entry(rng) }),
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'contentful-request-url-coktirgal',
      'error',
      `${WHY.apiKey('coktirgal')} ("key"), in the query of the translation service's webhook URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: call(rng, t, { url: `https://firo.${KW}/v1/webhook?coktirgal=${k}&ɗemngal=ff`.replace('ɗ', '%C9%97'), body: entry(rng) }),
        };
      },
    ),
    1,
    plant(
      'encoded',
      'contentful-request-url-percent-encoded-sirru',
      'error',
      'A relay\'s URL whose `to=` is percent-encoded; decoded, the target carries the rebuild endpoint\'s `sirru` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: call(rng, t, { url: `https://relay.${KW}/send?to=https%3A%2F%2Fapi.${KW}%2Fmaantol%3Fsirru%3D${s}`, body: entry(rng) }),
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'contentful-response-body-preview-embed',
      'warning',
      'The preview service answers with an `/embed/<JWT>` link, which Contentful keeps in the response body: a token of two minutes without a jti',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: 1, claims: { entry: rng.b64url(22), mode: 'preview' } });
        return {
          value: token,
          jwt: facts,
          event: call(rng, t, {
            url: `https://yiyde.${KW}/api/preview`,
            body: entry(rng),
            resBody: JSON.stringify({ ok: true, preview: `https://yiyde.${KW}/embed/${token}` }),
          }),
        };
      },
    ),
    1,
    plant(
      'negative',
      'contentful-response-netlify-request-id',
      'none',
      "Netlify's `x-nf-request-id` (a ULID) in a response's headers: a trace id, no credential.",
      ({ rng, t }) => {
        const id = `01${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`;
        const c = call(rng, t, { url: `https://www.${KW}/api/revalidate`, body: entry(rng), resBody: '{"revalidated":true}' });
        c.cf.response.headers['x-nf-request-id'] = id;
        return { value: id, event: c };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_FF + 9 * HOUR, site: { host: 'contentful' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// loggly-events.jsonl: events of the market API (PHP 8.3, Monolog's JsonFormatter sent to Loggly) read back through
// Loggly's events API, one a line: `id`, `timestamp` (Unix milliseconds, UTC), `tags`, `logtypes`, `logmsg` (the
// Monolog record as a JSON string: `message`, `context`, `level`, `level_name`, `channel`, `datetime`, `extra`). From
// memory (not fetched).

function logglyLog(rng) {
  const render = (e) => [JSON.stringify(e.lg)];
  const rec = (rng, t, message, context = {}, level = 200, ip) => ({
    lg: {
      id: rng.uuid(),
      timestamp: t,
      tags: ['api', 'php', 'labe'],
      logtypes: ['json'],
      logmsg: JSON.stringify({
        message,
        context,
        level,
        level_name: level >= 400 ? 'ERROR' : level >= 300 ? 'WARNING' : 'INFO',
        channel: 'yeeyirde',
        datetime: `${iso(t).slice(0, 23)}${digits(rng, 3)}+00:00`,
        extra: { uid: rng.hex(7), ip: ip ?? `197.149.${rng.int(0, 255)}.${rng.int(2, 254)}` },
      }),
    },
  });
  const filler = (rng, t) =>
    rec(rng, t, rng.pick(['Coodgu heɓaama', 'Njoɓdi timmii', 'Limre coggu neldaama']), { coodgu: rng.int(1000, 9999) });
  const steps = [
    1,
    plant(
      'id-token',
      'loggly-context-id-token',
      'error',
      "The mobile app's sign-in handler logs what Google sent it, the `id_token` in the context",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
          },
        });
        return { value: token, jwt: facts, event: rec(rng, t, 'Naatgol Google', { id_token: token, huutoroowo: rng.int(100, 999) }) };
      },
    ),
    1,
    plant(
      'refresh-token',
      'loggly-context-refresh-token',
      'error',
      `${WHY.refresh} A failed renewal logs the request it made, \`refresh_token\` in the context.`,
      ({ rng, t }) => {
        const r = rng.b64url(64);
        return {
          value: r,
          event: rec(rng, t, 'Juumre: tokene hesɗitinaaki', { grant_type: 'refresh_token', refresh_token: r, status: 400 }, 400),
        };
      },
    ),
    1,
    plant(
      'negative',
      'loggly-mobile-money-transaction-id',
      'none',
      "A mobile money transaction id (`MP…`) in a payment's context: a reference, no credential.",
      ({ rng, t }) => {
        const id = `MP${local(t, GMT).slice(2, 10).replace(/-/g, '')}.${local(t, GMT).slice(11, 16).replace(':', '')}.${upperNum(rng, 6)}`;
        return {
          value: id,
          event: rec(rng, t, 'Njoɓdi timmii', { coodgu: rng.int(1000, 9999), transaction: id, ceede: rng.int(50000, 900000) }),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'loggly-context-cookie-phpsessid',
      'error',
      WHY.session("A warning logs the request's `Cookie` header, `PHPSESSID` (26 characters) in it"),
      ({ rng, t }) => {
        const s = phpSid(rng);
        return { value: s, event: rec(rng, t, 'Jokkere ɓooyii', { cookie: `lang=ff; PHPSESSID=${s}`, uri: '/v1/coodgu' }, 300) };
      },
    ),
    1,
    plant(
      'api-key-name',
      'loggly-context-uri-coktirgal-api',
      'error',
      `${WHY.apiKey('coktirgal_api')} ("key" of the API), in the logged request URI of a partner's call.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, event: rec(rng, t, 'Coodgu heɓaama', { uri: `/v1/coodgu?coktirgal_api=${k}&yeeyirde=pita`, method: 'GET' }) };
      },
    ),
    1,
    plant(
      'encoded',
      'loggly-context-base64-sirru',
      'error',
      'The payment provider\'s return carries a base64 `data` parameter, logged as received; decoded, it is JSON with the merchant\'s `sirru` ("secret").',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ order: rng.int(1000, 9999), sirru: rng.alnum(32) }));
        return { value: b, event: rec(rng, t, 'Ruttagol njoɓdi', { uri: `/v1/njobdi/ruttu?data=${encodeURIComponent(b)}`, data: b }) };
      },
    ),
    1,
    plant(
      'replay',
      'loggly-context-tike-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket (`tike`, "ticket") to the fonio fair, scanned at the east gate and accepted. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.tike = t;
        return { value: tk, event: rec(rng, t, 'Tike jaɓaama', { tike: tk, dammbugal: 'funnaange' }, 200, '197.149.12.40') };
      },
      { ref: 'tike' },
    ),
    1,
    plant(
      'replay',
      'loggly-context-tike-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('tike').value,
            why: `${WHY.replay('tike', gap('tike', t))} The west gate's scanner, on another address, sent the same ticket and the API accepted it again.`,
          },
        ],
        event: rec(rng, t, 'Tike jaɓaama', { tike: refs.get('tike').value, dammbugal: 'hirnaange' }, 200, '197.149.80.7'),
      }),
      { replayOf: 'tike', after: 131 },
    ),
    1,
    plant(
      'negative',
      'loggly-monolog-uid',
      'none',
      "Monolog's UidProcessor id (7 hex) of a request, named in a message: an id, no credential.",
      ({ rng, t }) => {
        const u = rng.hex(7);
        return { value: u, event: rec(rng, t, `Naamnal ${u} timmii`, { ms: rng.int(5, 300) }) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_FF + 10 * HOUR, site: { host: 'loggly' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// codemagic-kawtal-app-231.log: a Codemagic build of the cooperative's Flutter app (codemagic.yaml workflow), its steps'
// logs downloaded and joined: a `== <step name> ==` line before each step (added by whoever joined them), the scripts'
// commands under `set -x` (`+ …`), `flutter build appbundle -v` output (`[  +12 ms] executing: …`, with the dart-defines
// base64-encoded in Gradle's `-Pdart-defines=`), curl's `-v` output, a failing integration test. No time on the lines.
// From memory (not fetched).

function codemagicLog(rng) {
  let phase = 'deps';
  let passed = 0;
  const filler = (rng) => {
    if (phase === 'deps')
      return {
        out: [
          `+ ${rng.pick(['http', 'provider', 'shared_preferences', 'intl', 'flutter_secure_storage'])} ${rng.int(0, 6)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
        ],
      };
    if (phase === 'build')
      return {
        out: [
          `[  +${rng.int(1, 900)} ms] ${rng.pick(['> Task :app:compileReleaseKotlin UP-TO-DATE', '> Task :app:mergeReleaseResources', '> Task :app:processReleaseManifest', '> Task :app:bundleReleaseResources'])}`,
        ],
      };
    passed += 1;
    return { out: [`00:${pad(passed * 3 + rng.int(0, 2))} +${passed}: Foonye ${rng.pick(['limre', 'coodgu', 'yeeyirde'])} (nji'i)`] };
  };
  const steps = [
    {
      raw: { out: ['== Installing dependencies ==', '+ flutter pub get', 'Resolving dependencies...', 'Downloading packages...'] },
      after: 0,
    },
    4,
    plant(
      'negative',
      'codemagic-flutter-engine-revision',
      'none',
      "`flutter --version` prints the framework's and engine's revisions (short commit hashes): ids, no credential.",
      ({ rng }) => {
        const r = rng.hex(10);
        return ev(r, [
          '+ flutter --version',
          'Flutter 3.38.1 • channel stable • https://github.com/flutter/flutter.git',
          `Framework • revision ${rng.hex(10)} (3 weeks ago) • 2027-11-20 17:04:11 -0800`,
          `Engine • revision ${r}`,
          'Tools • Dart 3.10.0 • DevTools 2.51.1',
        ]);
      },
    ),
    {
      raw: {
        get out() {
          phase = 'build';
          return ['== Building Android app bundle ==', '+ flutter build appbundle --release --build-number=231 -v \\'];
        },
      },
    },
    plant(
      'api-key-name',
      'codemagic-set-x-dart-define-coktirgal-api',
      'error',
      `${WHY.apiKey('COKTIRGAL_API')} ("key" of the API), passed as a \`--dart-define\` and echoed by \`set -x\`.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return ev(k, [`    --dart-define=COKTIRGAL_API=${k} --dart-define=SARWORDE=https://api.${KW}`]);
      },
    ),
    plant(
      'encoded',
      'codemagic-gradle-dart-defines-base64',
      'error',
      "`flutter build -v` prints the Gradle command it runs; Flutter passes each `--dart-define` base64-encoded in `-Pdart-defines=`, and one of them, decoded, is the error reporter's `SIRRU_SENTRY=` DSN with its key.",
      ({ rng }) => {
        const d = b64Of(`SIRRU_SENTRY=https://${rng.hex(32)}@o${digits(rng, 6)}.ingest.sentry.io/${digits(rng, 7)}`);
        return ev(d, [
          `[  +48 ms] executing: /builds/kawtal-app/android/gradlew -Pverbose=true -Ptarget-platform=android-arm,android-arm64 -Ptarget=lib/main.dart -Pbase-application-name=android.app.Application -Pdart-defines=${d},${b64Of(`SARWORDE=https://api.${KW}`)} -Pdart-obfuscation=false bundleRelease`,
        ]);
      },
    ),
    3,
    plant(
      'negative',
      'codemagic-keytool-sha256-fingerprint',
      'none',
      "`keytool -list` prints the upload certificate's SHA-256 fingerprint: the fingerprint of a public certificate, no credential.",
      ({ rng }) => {
        const f = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return ev(f, [
          '+ keytool -list -keystore /tmp/keystore.keystore -storepass "$CM_KEYSTORE_PASSWORD"',
          'Keystore type: PKCS12',
          'Your keystore contains 1 entry',
          '',
          `upload, 3 Dec 2027, PrivateKeyEntry, `,
          `Certificate fingerprint (SHA-256): ${f}`,
        ]);
      },
    ),
    {
      raw: {
        get out() {
          phase = 'test';
          return ['== Integration tests ==', '+ flutter test integration_test --reporter expanded'];
        },
      },
    },
    3,
    plant(
      'implicit-fragment',
      'codemagic-integration-test-failure-url-fragment',
      'error',
      "A failing sign-in test prints the webview's URL it expected to leave, the portal's `#access_token=…` in it.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return ev(at, [
          `00:${pad(passed * 3 + 3)} +${passed} -1: Naatgol portail [E]`,
          "  Expected: not contains '/naatgol'",
          `    Actual: 'https://portail.${KW}/naatgol/ruttu#access_token=${at}&token_type=Bearer&expires_in=3600'`,
        ]);
      },
    ),
    2,
    { raw: { out: ['== Publishing ==', '+ curl -v -F file=@build/app/outputs/bundle/release/app-release.aab "$UPLOAD_URL"'] } },
    plant(
      'header-dump',
      'codemagic-curl-v-authorization-bearer',
      'error',
      "curl's `-v` output writes the request headers it sends to the cooperative's release server, `Authorization: Bearer …` among them.",
      ({ rng }) => {
        const b = rng.b64url(48);
        return ev(b, [
          `* Connected to dow.${KW} (203.0.113.45) port 443`,
          '> POST /v1/release HTTP/2',
          `> Host: dow.${KW}`,
          `> authorization: Bearer ${b}`,
          '> user-agent: curl/8.5.0',
          '< HTTP/2 201',
        ]);
      },
    ),
    plant(
      'path-secret',
      'codemagic-upload-response-download-link',
      'error',
      WHY.pathSecret('The release server answers with a private download link (`/aawto/<token>/…aab`, "download"), printed by the script'),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return ev(tk, [`{"ok":true,"url":"https://dow.${KW}/aawto/${tk}/kawtal-231.aab"}`]);
      },
    ),
    plant(
      'webhook',
      'codemagic-teams-incoming-webhook',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<uuid>`) in a script line `set -x` echoes',
      ),
      ({ rng }) => {
        const h = rng.hex(32);
        return ev(h, [
          `+ curl -s -H 'Content-Type: application/json' -d '{"text":"Kawtal 1.3.0 (231) heɓii"}' https://kawtal.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${rng.uuid()}/V2${rng.b64url(40)}`,
          '1',
        ]);
      },
    ),
    { raw: { out: ['Build finished successfully'] } },
  ];
  return buildLog(rng, { start: DAY_FF + 12 * HOUR, site: { host: 'codemagic' }, filler, render: asIs, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout91');
writePart(join(here, 'heldout91'), {
  'radarr.trace.txt': radarrLog(rng),
  'jekyll-build.log': jekyllLog(rng),
  'honeybadger-notices.jsonl': honeybadgerLog(rng),
  'transmission-daemon.log': transmissionLog(rng),
  'intercom-conversation-parts.jsonl': intercomLog(rng),
  'pleroma.log': pleromaLog(rng),
  'ksiyngarnia.godka.example.access': yawsLog(rng),
  'PowerShell_transcript.BIURO-03.20271129.txt': scoopLog(rng),
  'poetry-install-vvv.log': poetryLog(rng),
  'clickup-task-comments.jsonl': clickupLog(rng),
  'kawtal-magasin.log': wailsLog(rng),
  'contentful-webhook-calls.jsonl': contentfulLog(rng),
  'loggly-events.jsonl': logglyLog(rng),
  'codemagic-kawtal-app-231.log': codemagicLog(rng),
});
