// Writes corpus/logs-in-the-wild/heldout133/: a hundred-and-thirty-third held-out part, in formats no other part uses
// (CommaFeed 4's Dropwizard console log with its request log and Apache HttpClient 5's header log, a Clojure app on
// http-kit logging with timbre, Atlantis' zap JSON log with Terraform output, a Rust service on rouille under journald,
// Gollum 5 on Puma with Rack's CommonLogger and `p` output, Memos' slog text log, a mORMot 2 server's TSynLog file, an
// Observium poller's debug output, an Elysia (Bun) app's console, a Spark Java API with slf4j-simple, a CppCMS site's
// booster log, an Aqueduct (Dart) app's printed LogRecords, Ubooquity's log with Jetty's debug and request log lines,
// OpenNMS' web.log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and
// its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout133.mjs     rewrites heldout133/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Tool Library of Hebden Bridge (West Yorkshire), a lending library of tools with
// a members' feed reader, a booking app, its infrastructure in Terraform, a loans service and a wiki of tool manuals
// (English, five logs); the Saru Ikarkar Uymam, an Ainu embroidery and crafts cooperative of Nibutani (Biratori,
// Hokkaido), with a notes board, an archive of recorded folktales (uwepeker), an office network, a shop and a workshop
// booking API (Ainu in katakana with the small kana of Ainu where the apps show text, in Latin letters in routes,
// parameter, cookie and key names, five logs); the Evenki language school and reindeer herders' community of Tura
// (Evenkia, Krasnoyarsk Krai), with the school's site, a herd tracker, an e-book library and a network monitor (Evenki in
// Cyrillic where the apps show text, romanized in routes, parameter and key names, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart, clf } from './build-log.mjs';
import { B64, digits, githubToken, HOUR, iso, local, lowerNum, MIN, pad, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dart/3.9 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildPlain = logBuilder(baseRequest);
/** Every count of ordinary lines between planted steps tripled: the logs read like a morning's traffic, not a list. */
const buildLog = (rng, spec) => buildPlain(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 3 : s)) });
const { firstUse, gap } = replayClock();

/** Yorkshire in December (GMT, UTC+0), Hokkaido (JST, UTC+9), Evenkia (KRAT, UTC+7 all year). */
const GMT = 0;
const JST = 540;
const KRAT = 420;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_AI = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_EV = Date.UTC(2028, 0, 10, 0, 0, 0);

/** `+09:00`, `+0900`. */
const zone = (offset, colon = true) =>
  `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
/** `yyyy-MM-dd HH:mm:ss,SSS` (logback's and log4j's ISO8601) at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset`. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** ISO 8601 with milliseconds and the offset: `2027-12-20T10:00:00.123+09:00`. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;
const rawStep = (event, after) => ({ raw: event, after });

// =====================================================================================================================
// Calder Valley Tool Library (English; Hebden Bridge, West Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const CV = 'cvtl.example';

// ---------------------------------------------------------------------------------------------------------------------
// commafeed.log: the members' feed reader, CommaFeed 4 (a Dropwizard app), its console as `docker logs` keeps it:
// Dropwizard's default layout `%-5p [%d{ISO8601,UTC}] %c: %m` for the application, the logback-access request log
// (`<ip> - - [<clf time>] "<request line>" <status> <bytes> "<Referer>" "<User-Agent>" <ms>`), and Apache HttpClient 5's
// `org.apache.hc.client5.http.headers` logger at DEBUG (`http-outgoing-N >> <header>`). From memory (not fetched).

function commafeedLog(rng) {
  const render = (e) => (typeof e.o === 'function' ? e.o(e) : e.o);
  const app = (t, lvl, logger, msg) => `${lvl.padEnd(5)} [${commaMs(t, GMT)}] ${logger}: ${msg}`;
  const req = (e, line, status, referer = '-') =>
    `${e.ip} - - [${clf(e.t, GMT)}] "${line} HTTP/1.1" ${status} ${status === 304 ? 0 : e.bytes} "${referer}" "${e.ua}" ${e.ms}`;
  const FEEDS = [
    'https://www.hebdenbridge.example/news/feed',
    'https://blog.repaircafe.example/rss.xml',
    'https://www.calderdale.example/council/news.atom',
    'https://woodworking.example/feed/',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        o: [app(t, 'INFO', 'com.commafeed.backend.feed.FeedRefreshEngine', `refreshed ${rng.int(1, 9)} feeds in ${rng.int(200, 3000)} ms`)],
      }),
      () => ({
        o: [app(t, 'DEBUG', 'com.commafeed.backend.feed.FeedRefreshUpdater', `${rng.int(0, 6)} new entries for feed ${rng.pick(FEEDS)}`)],
      }),
      () => ({
        o: [
          `${`203.0.113.${rng.int(2, 250)}`} - - [${clf(t, GMT)}] "GET /rest/category/entries?id=all&readType=unread&order=desc&offset=0&limit=50 HTTP/1.1" 200 ${rng.int(2000, 40000)} "https://feeds.${CV}/" "${rng.pick(BROWSERS)}" ${rng.int(8, 120)}`,
        ],
      }),
    ])();
  const steps = [
    rawStep(
      {
        o: [
          app(
            DAY_EN + 7 * HOUR,
            'INFO',
            'org.eclipse.jetty.server.Server',
            'jetty-10.0.24; built: 2024-08-26T17:58:21.070Z; git: d5e3b71b7b8b4bd0c8c0f2b4f1b6f4b2b9b2b6f5; jvm 21.0.5+11-LTS',
          ),
          app(DAY_EN + 7 * HOUR, 'INFO', 'io.dropwizard.core.server.ServerFactory', 'Starting CommaFeed'),
          app(DAY_EN + 7 * HOUR, 'INFO', 'org.eclipse.jetty.server.Server', 'Started Server@5b3f3ba0{STARTING}[10.0.24,sto=30000] @9731ms'),
        ],
      },
      0,
    ),
    3,
    plant(
      'header-dump',
      'httpclient5-header-log-authorization-basic',
      'error',
      "A member subscribed to the Repair Café's members-only feed with a user name and password; HttpClient 5's header logger, left at DEBUG, writes the request's `Authorization: Basic` header (base64 of `user:password`).",
      ({ rng, t }) => {
        const basic = b64Of(`cvtl:${rng.alnum(16)}`);
        return {
          value: basic,
          event: {
            o: [
              app(t, 'DEBUG', 'org.apache.hc.client5.http.headers', `http-outgoing-7 >> GET /members/feed.xml HTTP/1.1`),
              app(t, 'DEBUG', 'org.apache.hc.client5.http.headers', `http-outgoing-7 >> Authorization: Basic ${basic}`),
              app(
                t,
                'DEBUG',
                'org.apache.hc.client5.http.headers',
                'http-outgoing-7 >> User-Agent: CommaFeed/4.6.0 (https://github.com/Athou/commafeed)',
              ),
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'httpclient5-header-log-etag',
      'none',
      "The feed server's `ETag` in HttpClient 5's response headers: a hash of the feed's content, no credential.",
      ({ rng, t }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            o: [
              app(t, 'DEBUG', 'org.apache.hc.client5.http.headers', 'http-outgoing-7 << HTTP/1.1 200 OK'),
              app(t, 'DEBUG', 'org.apache.hc.client5.http.headers', `http-outgoing-7 << ETag: "${etag}"`),
            ],
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'path-secret',
      'commafeed-refresh-error-pinboard-secret-feed',
      'error',
      WHY.pathSecret(
        "A Pinboard private feed (`feeds.pinboard.in/rss/secret:<20 hex>/u:<user>/private/`) that a member subscribed to; the refresh worker's warning quotes the feed's URL with the secret in its path",
      ).replace('until it is used or expires (hours to days)', 'until the owner resets it'),
      ({ rng, t }) => {
        const s = rng.hex(20);
        return {
          value: s,
          event: {
            o: [
              app(
                t,
                'WARN',
                'com.commafeed.backend.feed.FeedRefreshWorker',
                `unable to refresh feed https://feeds.pinboard.in/rss/secret:${s}/u:cvtl_tools/private/ : com.commafeed.backend.HttpGetter$HttpResponseException: HTTP error 503`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'commafeed-request-log-entriesasfeed-apikey',
      'error',
      `${WHY.apiKey('apiKey')} CommaFeed serves a user's entries as a feed to other readers with the user's API key in the query (\`/rest/category/entriesAsFeed?id=all&apiKey=…\`); the request log writes the request line.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            ua: 'NetNewsWire (RSS Reader; https://netnewswire.com/)',
            o: (e) => {
              return [req(e, `GET /rest/category/entriesAsFeed?id=all&apiKey=${key}`, 200)];
            },
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'commafeed-refresh-error-rss-bridge-encoded-url',
      'error',
      "A feed made through an RSS-Bridge instance, whose `url=` parameter is the percent-encoded address of the source page with its `access_token=`; the refresh worker's error quotes it, the token readable once decoded.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        const inner = encodeURIComponent(`https://graph.makerspace-events.example/v2/events?venue=hebden&access_token=${tok}`);
        return {
          value: tok,
          event: {
            o: [
              app(
                t,
                'WARN',
                'com.commafeed.backend.feed.FeedRefreshWorker',
                `unable to refresh feed https://bridge.${CV}/?action=display&bridge=JsonFeedBridge&format=Atom&url=${inner} : java.net.SocketTimeoutException: Read timed out`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'commafeed-subscription-tostring-urlhash',
      'none',
      "A subscription's `toString()` with its feed's `urlHash`, the SHA-1 of the feed's normalized URL that CommaFeed stores to find duplicates: no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            o: [
              app(
                t,
                'DEBUG',
                'com.commafeed.backend.service.FeedSubscriptionService',
                `subscribed FeedSubscription{id=${rng.int(300, 900)}, title=Calder Woodturners, feed=Feed{id=${rng.int(100, 400)}, url=https://calderwoodturners.example/feed, urlHash=${h}}, user=${rng.int(2, 60)}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'commafeed-request-log-referer-jsessionid',
      'error',
      WHY.session(
        "A page address rewritten with Jetty's session id (`;jsessionid=node0…`, the servlet container's fallback when cookies are refused) sent back as the `Referer` of the next request, which the request log writes",
      ),
      ({ rng }) => {
        const sid = `node0${lowerNum(rng, 26)}${rng.int(1, 9)}`;
        return {
          value: sid,
          event: {
            o: (e) => {
              return [req(e, 'GET /rest/user/settings', 200, `https://feeds.${CV}/;jsessionid=${sid}`)];
            },
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'feeds' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// toolbook.log: the booking app (Clojure, Ring on http-kit) logging with timbre's default layout,
// `<yy-MM-dd HH:mm:ss> <host> <LEVEL> [<ns>:<line>] - <message>` (UTC), the app's own request line middleware, and maps
// and ex-info data printed as Clojure prints them (`{:key "value", …}`, string-keyed maps `{"k" "v"}`). From memory.

function toolbookLog(rng) {
  const render = (e) => (typeof e.o === 'function' ? e.o(e) : e.o);
  const tl = (t, lvl, ns, msg) => `${ymdHmsAt(t, GMT).slice(2)} toolbook-1 ${lvl} [${ns}] - ${msg}`;
  const TOOLS_ = ['mitre-saw', 'tile-cutter', 'pressure-washer', 'sds-drill', 'wallpaper-steamer', 'hedge-trimmer', 'carpet-cleaner'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [tl(t, 'INFO', 'toolbook.http:31', `GET /tools/${rng.pick(TOOLS_)} 200 ${rng.int(3, 90)}ms`)] }),
      () => ({
        o: [tl(t, 'INFO', 'toolbook.loans:54', `loan ${rng.int(4000, 9000)} returned {:tool "${rng.pick(TOOLS_)}", :late false}`)],
      }),
      () => ({ o: [tl(t, 'DEBUG', 'toolbook.db:19', `query took ${rng.int(1, 40)}ms`)] }),
    ])();
  const steps = [
    rawStep({ o: [tl(DAY_EN + 8 * HOUR, 'INFO', 'toolbook.main:22', 'http-kit listening on 0.0.0.0:8080')] }, 0),
    3,
    plant(
      'oauth-code',
      'timbre-google-callback-code-and-params-map',
      'warning',
      `${WHY.code} Google sign-in returns to \`/auth/google/callback\`; the request line middleware writes the query, and a DEBUG line of the same request prints the params map with the code again.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(71)}`;
        const state = rng.b64url(32);
        return {
          value: code,
          event: {
            o: [
              tl(t, 'INFO', 'toolbook.http:31', `GET /auth/google/callback?state=${state}&code=${code}&scope=email+openid 302 212ms`),
              tl(t, 'DEBUG', 'toolbook.auth:58', `callback params {:state "${state}", :code "${code}", :scope "email openid"}`),
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'timbre-token-response-map-refresh-token',
      'error',
      `${WHY.refresh} The app prints Google's token response as a Clojure map at DEBUG, with \`:refresh_token "1//0…"\`.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            o: [
              tl(
                t,
                'DEBUG',
                'toolbook.auth:71',
                `token response {:access_token "ya29.${rng.b64url(150)}", :expires_in 3599, :refresh_token "${rt}", :scope "openid https://www.googleapis.com/auth/userinfo.email", :token_type "Bearer"}`,
              ),
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'negative',
      'timbre-form-params-anti-forgery-token',
      'none',
      "ring-anti-forgery's `__anti-forgery-token` in a booking form's params: a CSRF token tied to the session, which opens nothing by itself.",
      ({ rng, t }) => {
        const csrf = rng.chars(B64, 86) + '==';
        return {
          value: csrf,
          event: {
            o: [
              tl(
                t,
                'DEBUG',
                'toolbook.bookings:40',
                `form {"tool" "tile-cutter", "from" "2027-12-18", "to" "2027-12-20", "__anti-forgery-token" "${csrf}"}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'timbre-request-map-ring-session-cookie',
      'error',
      WHY.session(
        "The request map printed by a debugging middleware, its `:headers` with the `cookie` header and Ring's memory-store session key (`ring-session=<uuid>`)",
      ),
      ({ rng, t }) => {
        const s = rng.uuid();
        return {
          value: s,
          event: {
            o: (e) => {
              return [
                tl(
                  t,
                  'DEBUG',
                  'toolbook.http:29',
                  `request {:remote-addr "${e.ip}", :headers {"host" "book.${CV}", "accept" "text/html", "cookie" "ring-session=${s}"}, :server-port 8080, :uri "/loans", :scheme :http, :request-method :get}`,
                ),
              ];
            },
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'timbre-ex-info-signup-params-password',
      'error',
      "A failed sign-up logs the `ex-info` with its data map, which holds the form's params, the new member's `password` among them.",
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            o: [
              tl(
                t,
                'ERROR',
                'toolbook.members:112',
                `clojure.lang.ExceptionInfo: member signup failed {:cause :smtp-timeout, :params {"email" "${rng.pick(['ruth', 'dev', 'sam'])}.${lowerNum(rng, 4)}@mail.example", "name" "Ruth", "password" "${pw}"}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'timbre-google-chat-webhook-ex-data',
      'error',
      WHY.webhook(
        'A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`, the `token` being its secret) in the data of a failed overdue-loan notification',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            o: [
              tl(
                t,
                'WARN',
                'toolbook.notify:40',
                `chat post failed {:url "https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}", :status 503}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'timbre-member-gravatar-hash',
      'none',
      "A member's Gravatar hash (the MD5 of the e-mail address) in a printed member map: an avatar's address, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { o: [tl(t, 'INFO', 'toolbook.members:77', `member joined {:id ${rng.int(900, 1200)}, :name "Ruth", :gravatar "${h}"}`)] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'book' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// atlantis.log: Atlantis (Terraform pull request automation) for the library's infrastructure repository, its zap JSON
// log, one object a line: `level`, `ts` (ISO 8601 UTC), `caller`, `msg`, `json` (`repo`, `pull`); the Terraform output
// it relays on errors and at debug inside `msg`. From memory (not fetched): the `json` field and the callers.

function atlantisLog(rng) {
  const render = (e) => e.o;
  const z = (t, level, caller, msg, pull = '14') => JSON.stringify({ level, ts: iso(t), caller, msg, json: { repo: 'cvtl/infra', pull } });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [z(t, 'info', 'events/events_controller.go:317', 'handling GitHub pull request event')] }),
      () => ({
        o: [z(t, 'info', 'events/command_runner.go:154', `Running plan for project default in dir ${rng.pick(['dns', 'vps', 'storage'])}`)],
      }),
      () => ({
        o: [z(t, 'debug', 'locking/locking.go:74', `Acquired lock with id "cvtl/infra/${rng.pick(['dns', 'vps', 'storage'])}/default"`)],
      }),
    ])();
  const plan = (t, lines) => z(t, 'debug', 'runtime/plan_step_runner.go:215', `plan output:\n${lines.join('\n')}`);
  const steps = [
    rawStep({ o: [z(DAY_EN + 10 * HOUR, 'info', 'server/server.go:1083', 'Atlantis started - listening on port 4141', '')] }, 0),
    2,
    plant(
      'framework-dump',
      'atlantis-git-clone-error-token-userinfo',
      'error',
      "A failed clone's error quotes the git command line, and the clone URL carries the bot's GitHub token as its password (`https://cvtl-atlantis:ghp_…@github.com/…`).",
      ({ rng, t }) => {
        const tok = githubToken('ghp_', rng.alnum(30));
        return {
          value: tok,
          event: {
            o: [
              z(
                t,
                'error',
                'events/working_dir.go:262',
                `running git clone --depth=1 --branch feature/backups --single-branch https://cvtl-atlantis:${tok}@github.com/cvtl/infra.git /home/atlantis/.atlantis/repos/cvtl/infra/14/default: Cloning into '/home/atlantis/.atlantis/repos/cvtl/infra/14/default'...\nfatal: unable to access 'https://github.com/cvtl/infra.git/': Could not resolve host: github.com\n: exit status 128`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'atlantis-plan-http-data-source-nextcloud-share',
      'error',
      WHY.pathSecret(
        'A Nextcloud public share (`/s/<15 characters>/download`) read by a Terraform `http` data source, whose `id` is its URL; the plan output writes `Read complete after 0s [id=…]`',
      ).replace('until it is used or expires (hours to days)', 'until the share is removed'),
      ({ rng, t }) => {
        const s = rng.alnum(15);
        return {
          value: s,
          event: {
            o: [
              plan(t, [
                'data.http.members_csv: Reading...',
                `data.http.members_csv: Read complete after 0s [id=https://cloud.${CV}/s/${s}/download]`,
              ]),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'atlantis-plan-teams-incoming-webhook',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/IncomingWebhook/<32 hex>/<uuid>`) written as a plain variable of the alerting module, so the plan shows it',
      ),
      ({ rng, t }) => {
        const h = rng.hex(32);
        const u = rng.uuid();
        return {
          value: `${h}/${u}`,
          event: {
            o: [
              plan(t, [
                '  # uptimerobot_alert_contact.teams will be created',
                '  + resource "uptimerobot_alert_contact" "teams" {',
                '      + friendly_name = "Volunteers on Teams"',
                `      + value         = "https://cvtl.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${u}"`,
                '    }',
              ]),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'atlantis-plan-sensitive-value',
      'none',
      'Terraform prints a variable declared `sensitive` as `(sensitive value)`: a mask, no credential.',
      ({ t }) => ({
        value: 'smtp_password = (sensitive value)',
        event: { o: [plan(t, ['  + resource "random_password" "smtp" {', '      + smtp_password = (sensitive value)', '    }'])] },
      }),
    ),
    plant(
      'api-key-name',
      'atlantis-plan-http-data-source-api-key',
      'error',
      `${WHY.apiKey('api_key')} A Terraform \`http\` data source reads the loans service's tool list with the key in its URL; the plan output writes the data source's \`id\`, its URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              plan(t, [
                'data.http.tool_count: Reading...',
                `data.http.tool_count: Read complete after 1s [id=https://loans.${CV}/api/tools.json?api_key=${key}]`,
              ]),
            ],
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'encoded',
      'atlantis-plan-user-data-base64-password',
      'error',
      "The backup server's cloud-init given as `user_data_base64`, which the plan shows as is: decoded, it sets the `backup` user's password (`chpasswd`).",
      ({ rng, t }) => {
        const cfg = `#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: backup\n      password: ${rng.alnum(20)}\n      type: text\nruncmd:\n  - systemctl enable --now restic-backup.timer\n`;
        const b = b64Of(cfg);
        return {
          value: b,
          event: { o: [plan(t, ['  + resource "aws_instance" "backup" {', `      + user_data_base64 = "${b}"`, '    }'])] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'atlantis-head-commit-sha',
      'none',
      "The pull request's head commit (40 hex digits of a Git SHA-1): no credential.",
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { o: [z(t, 'info', 'events/vcs/github_client.go:402', `Updating GitHub Check status for ${sha} to success`)] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'atlantis' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// loans-journal.log: the loans service (Rust, rouille) under systemd, as `journalctl -u loans -o short-iso` prints it:
// `<yyyy-mm-ddThh:mm:ss+0000> <host> loans[<pid>]: <message>`; rouille::log's request line (`<method> <url> - <elapsed>
// - <status>`) and the app's `{:?}` output of its structs (Rust's Debug: `Name { field: "value", … }`). From memory.

function loansLog(rng) {
  const render = (e) => e.o;
  const j = (t, msg) => `${local(t, GMT).slice(0, 19)}+0000 shed loans[812]: ${msg}`;
  const el = (rng) => `${rng.int(0, 30)}.${digits(rng, 6)}ms`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [j(t, `GET /tools/${rng.int(1, 420)} - ${el(rng)} - 200`)] }),
      () => ({ o: [j(t, `GET /static/app.css - ${el(rng)} - 304`)] }),
      () => ({
        o: [
          j(
            t,
            `Loan { id: ${rng.int(4000, 9000)}, tool: ${rng.int(1, 420)}, member: ${rng.int(2, 700)}, due: "2027-12-${pad(rng.int(14, 31))}" }`,
          ),
        ],
      }),
    ])();
  const steps = [
    rawStep({ o: [j(DAY_EN + 9 * HOUR, 'listening on 127.0.0.1:8000')] }, 0),
    2,
    plant(
      'api-key-name',
      'rouille-log-request-line-api-key',
      'error',
      `${WHY.apiKey('api_key')} The CSV export of the tool list is fetched by the volunteers' spreadsheet with the key in the query; rouille::log writes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { o: [j(t, `GET /api/tools.csv?api_key=${key} - ${el(rng)} - 200`)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'rouille-debug-session-struct',
      'error',
      WHY.session("The app's `{:?}` of its `Session` struct after a sign-in, with the session id the cookie carries"),
      ({ rng, t }) => {
        const s = rng.alnum(64);
        return {
          value: s,
          event: {
            o: [
              j(
                t,
                `Session { id: "${s}", member: ${rng.int(2, 700)}, expires: SystemTime { tv_sec: ${sec(t) + 30 * 86400}, tv_nsec: 0 } }`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rouille-debug-upload-sha256',
      'none',
      "The `{:?}` of a photo upload with its SHA-256 (the file's checksum, used as its name in storage): no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { o: [j(t, `Upload { name: "mitre-saw-blade.jpg", bytes: ${rng.int(80000, 900000)}, sha256: "${h}" }`)] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'rouille-debug-request-headers-bearer',
      'error',
      'A debugging `{:?}` of the request\'s headers as a vector of pairs, `("Authorization", "Bearer …")` among them: the volunteers\' app\'s long-lived API token.',
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            o: [
              j(
                t,
                `headers: [("Host", "loans.${CV}"), ("User-Agent", "okhttp/5.3.2"), ("Authorization", "Bearer ${tok}"), ("Accept", "application/json")]`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'rouille-debug-client-error-page-fragment',
      'error',
      "The front end posts its JavaScript errors to `/client-errors` with the page's full address, and the service prints the struct with `{:?}`: the address holds Google's `#access_token=ya29.…` from the implicit sign-in of the calendar picker.",
      ({ rng, t }) => {
        const at = `ya29.a0${rng.b64url(160)}`;
        return {
          value: at,
          event: {
            o: [
              j(
                t,
                `ClientError { page: "https://loans.${CV}/calendar#access_token=${at}&token_type=Bearer&expires_in=3599&scope=https://www.googleapis.com/auth/calendar.readonly", message: "TypeError: can't access property \\"items\\", data is undefined", line: 212 }`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'rouille-debug-redirect-embed-120s',
      'warning',
      "The shop window screen's availability board is an embed page with a JWT in its path (`/embed/<JWT>`, 120 s); the app prints the redirect it answers with `{:?}`, on a journal line stamped `+0000`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(1, 10),
          claims: { iss: `https://loans.${CV}`, view: 'availability', screen: 'window' },
        });
        return { value: token, jwt: facts, event: { o: [j(t, `Redirect { to: "https://loans.${CV}/embed/${token}", status: 303 }`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'rouille-debug-nfc-tag-uid',
      'none',
      "The UID of the NFC tag stuck on a tool (7 bytes in hex, written by the tag's maker and read by anyone): an identifier, no credential.",
      ({ rng, t }) => {
        const uid = `04${rng.hex(12).toUpperCase()}`;
        return { value: uid, event: { o: [j(t, `NfcScan { tag: "${uid}", tool: ${rng.int(1, 420)}, desk: "front" }`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'loans' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gollum.log: the wiki of tool manuals, Gollum 5 with omnigollum (OmniAuth) on Puma, its stdout: Puma's boot lines,
// Rack::CommonLogger's `<ip> - <user> [<dd/Mon/yyyy:hh:mm:ss +0000>] "<method> <path> HTTP/1.1" <status> <bytes|-> <secs>`,
// a macro's error lines, and `p` output (Ruby 3.3's inspect). From memory (not fetched).

function gollumLog(rng) {
  const render = (e) => (typeof e.o === 'function' ? e.o(e) : e.o);
  const cl = (e, line, status, bytes) =>
    `${e.ip} - - [${clf(e.t, GMT)}] "${line} HTTP/1.1" ${status} ${bytes ?? e.bytes} ${(e.ms / 1000).toFixed(4)}`;
  const PAGES = ['Home', 'Tools/Mitre-saw', 'Tools/Tile-cutter', 'Safety/Ear-defenders', 'Volunteers/Rota', 'Tools/Pressure-washer'];
  const filler = (rng) =>
    rng.pick([
      () => ({ o: (e) => [cl(e, `GET /${rng.pick(PAGES)}`, 200)] }),
      () => ({ o: (e) => [cl(e, 'GET /gollum/search?q=sander', 200)] }),
    ])();
  const steps = [
    rawStep(
      {
        o: [
          'Puma starting in single mode...',
          '* Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
          '*  Min threads: 0',
          '*  Max threads: 5',
          '*  Environment: production',
          '*          PID: 1',
          '* Listening on http://0.0.0.0:4567',
          'Use Ctrl-C to stop',
        ],
      },
      0,
    ),
    2,
    plant(
      'oauth-code',
      'commonlogger-omnigollum-github-callback-code',
      'warning',
      `${WHY.code} omnigollum's GitHub callback (\`/__omnigollum__/auth/github/callback?code=<20 hex>&state=…\`) in Rack::CommonLogger's request line.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: { o: (e) => [cl(e, `GET /__omnigollum__/auth/github/callback?code=${code}&state=${rng.hex(48)}`, 302, '-')] },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'gollum-p-cookies-rack-session',
      'error',
      WHY.session(
        "A debugging `p request.cookies` prints the cookie hash (Ruby's inspect), with `rack.session`, Rack's signed cookie session (`BAh7…--<HMAC>`), which holds the signed-in member",
      ),
      ({ rng }) => {
        const s = `BAh7CEkiD3Nlc3Npb25faWQGOgZFVG${rng.chars(B64, 120)}--${rng.hex(40)}`;
        return { value: s, event: { o: [`{"rack.session"=>"${s}", "_ga"=>"GA1.1.${digits(rng, 10)}.${digits(rng, 10)}"}`] } };
      },
    ),
    2,
    plant(
      'negative',
      'commonlogger-asset-fingerprint',
      'none',
      "A stylesheet's fingerprinted file name (a digest of its content, 64 hex digits): no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { o: (e) => [cl(e, `GET /gollum/assets/gollum-${h}.css`, 200)] } };
      },
    ),
    2,
    plant(
      'encoded',
      'commonlogger-search-query-percent-encoded-token',
      'error',
      "A volunteer pasted a link into the wiki's search box; the search's `q=` holds the percent-encoded address of the supplier's portal with `token%3D…`, the token readable once decoded.",
      ({ rng }) => {
        const tok = rng.alnum(36);
        const q = encodeURIComponent(`https://portal.toolhire-supplies.example/orders?account=cvtl&token=${tok}`);
        return { value: tok, event: { o: (e) => [cl(e, `GET /gollum/search?q=${q}`, 200)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'gollum-macro-error-uri-inspect-share-link',
      'error',
      WHY.pathSecret(
        "A page's include macro fails on a Nextcloud public share, and the error prints the `URI::HTTPS` object (Ruby's inspect), with the share's token in its path (`/index.php/s/<15 characters>/download`)",
      ).replace('until it is used or expires (hours to days)', 'until the share is removed'),
      ({ rng }) => {
        const s = rng.alnum(15);
        return {
          value: s,
          event: {
            o: [`Macro error (Include): OpenURI::HTTPError 404 Not Found for #<URI::HTTPS https://cloud.${CV}/index.php/s/${s}/download>`],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gollum-macro-error-uri-inspect-api-key',
      'error',
      `${WHY.apiKey('api_key')} The availability macro on the tool pages reads the loans service with the key in the URL; the error prints the URI object.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              `Macro error (Availability): OpenURI::HTTPError 401 Unauthorized for #<URI::HTTPS https://loans.${CV}/api/tools/57.json?api_key=${key}>`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'commonlogger-page-revision-sha',
      'none',
      'A page viewed at a past revision (`/<page>/<40 hex>`, the Git commit): no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { o: (e) => [cl(e, `GET /Tools/Mitre-saw/${sha}`, 200)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'wiki' }, filler, render, steps });
}

// =====================================================================================================================
// Saru Ikarkar Uymam (Ainu; Nibutani, Biratori, Hokkaido: JST, UTC+9)
// =====================================================================================================================

const SI = 'ikarkar.example';

// ---------------------------------------------------------------------------------------------------------------------
// memos.log: the cooperative's notes board, Memos (Go), its log/slog text handler: `time=<RFC 3339 with ms and offset>
// level=<LEVEL> msg=<quoted> key=value…`, the request lines with `method`, `uri`, `status`, `latency`, and values printed
// with `%+v` (Go's struct syntax, `&{Field:value …}`). From memory (not fetched): the attribute names.

function memosLog(rng) {
  const render = (e) => e.o;
  const q = (v) => (/[\s"=]/.test(v) || v === '' ? JSON.stringify(v) : v);
  const sl = (t, level, msg, attrs = {}) =>
    `time=${isoAt(t, JST)} level=${level} msg=${q(msg)}${Object.entries(attrs)
      .map(([k, v]) => ` ${k}=${q(String(v))}`)
      .join('')}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        o: [
          sl(t, 'INFO', 'request', {
            method: 'GET',
            uri: `/api/v1/memos?pageSize=${rng.pick([10, 20])}`,
            status: 200,
            latency: `${rng.int(2, 40)}ms`,
          }),
        ],
      }),
      () => ({
        o: [
          sl(t, 'INFO', 'request', {
            method: 'POST',
            uri: '/memos.api.v1.MemoService/ListMemos',
            status: 200,
            latency: `${rng.int(2, 40)}ms`,
          }),
        ],
      }),
      () => ({
        o: [
          sl(t, 'DEBUG', 'memo created', {
            creator: `users/${rng.int(1, 9)}`,
            content: rng.pick(['イカㇻカㇻ ウイマㇺ 12月22日', 'アットゥㇱ 3 ピㇼカ', 'ウエペケㇾ カンピソㇱ 2']),
          }),
        ],
      }),
    ])();
  const steps = [
    rawStep({ o: [sl(DAY_AI + 1 * HOUR, 'INFO', 'Memos started', { version: '0.25.3', mode: 'prod', port: 5230 })] }, 0),
    2,
    plant(
      'oauth-code',
      'memos-slog-sso-callback-code',
      'warning',
      `${WHY.code} Memos' SSO sign-in with Google returns to \`/auth/callback?code=…&state=…\`, and the request line's \`uri\` attribute writes the query.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          event: {
            o: [
              sl(t, 'INFO', 'request', {
                method: 'GET',
                uri: `/auth/callback?state=auth.signin.Google-1-${rng.int(1000, 9999)}&code=${code}&scope=email+openid+profile`,
                status: 200,
                latency: '3ms',
              }),
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'memos-slog-oauth2-token-plus-v',
      'error',
      `${WHY.refresh} A debug line prints golang.org/x/oauth2's \`Token\` with \`%+v\` (\`&{AccessToken:… TokenType:Bearer RefreshToken:1//0… Expiry:…}\`).`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            o: [
              sl(t, 'DEBUG', 'exchanged token', {
                idp: 'Google',
                token: `&{AccessToken:ya29.a0${rng.b64url(150)} TokenType:Bearer RefreshToken:${rt} Expiry:${ymdHmsAt(t + HOUR, JST)}.${digits(rng, 9)} +0900 JST ExpiresIn:3599 raw:map[] expiryDelta:0}`,
              }),
            ],
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'negative',
      'memos-slog-memo-name-uid',
      'none',
      "A memo's resource name (`memos/<uid>`, a 22-character short UUID): an identifier, no credential.",
      ({ rng, t }) => {
        const uid = rng.alnum(22);
        return { value: uid, event: { o: [sl(t, 'INFO', 'memo updated', { name: `memos/${uid}`, visibility: 'PROTECTED' })] } };
      },
    ),
    2,
    plant(
      'webhook',
      'memos-slog-webhook-post-url-error',
      'error',
      WHY.webhook(
        'A Mattermost incoming webhook (`/hooks/<26 characters>`) set as the board\'s webhook; the dispatch fails and Go\'s `url.Error` quotes the URL (`Post "https://…/hooks/…": …`)',
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 26);
        return {
          value: h,
          event: {
            o: [
              sl(t, 'WARN', 'failed to dispatch webhook', {
                webhook: 'webhooks/2',
                err: `Post "https://chat.${SI}/hooks/${h}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'memos-slog-request-uri-api-kaki',
      'error',
      `${WHY.apiKey('api_kaki')} The shop's stock script (\`kaki\`, カキ, "key", a loan from Japanese) calls the board with its key in the query, which Memos does not read (401); the request line's \`uri\` writes it anyway.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            o: [
              sl(t, 'INFO', 'request', {
                method: 'GET',
                uri: `/api/v1/memos?filter=tag%3D%3D%22uymam%22&api_kaki=${key}`,
                status: 401,
                latency: '1ms',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'memos-slog-memo-content-fragment',
      'error',
      "A member pasted into a memo the address her browser showed after signing in to the craft-fair portal, `#access_token=…` included; the debug line writes the memo's content.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            o: [
              sl(t, 'DEBUG', 'memo created', {
                creator: 'users/4',
                content: `ポㇿ ウイマㇺ アフン: https://fair.craftsnet.example/exhibitor#access_token=${at}&token_type=bearer&expires_in=7200`,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'memos-slog-resource-sha256',
      'none',
      "An attachment's SHA-256 as Memos logs it on upload: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { o: [sl(t, 'INFO', 'resource created', { filename: 'ikarkar-mon-12.jpg', size: rng.int(90000, 900000), sha256: h })] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AI + 1 * HOUR, site: { host: 'memos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// uwepekersrv.log: the archive of recorded folktales (uwepeker), a Free Pascal server on mORMot 2, its TSynLog file: the
// header (executable, host, `TSynLog <version>`), then `<yyyymmdd hhnnsszz> <level> <message>` in local time (JST), the
// level as mORMot writes it (`info`, `debug`, `trace`, `warn`, `srvr`, `clnt`, `http`), objects as JSON. From memory
// (not fetched): the column widths and the `srvr` line.

function mormotLog(rng) {
  const render = (e) => e.o;
  const sl = (t, lvl, msg) => {
    const l = local(t, JST);
    return `${l.slice(0, 10).replace(/-/g, '')} ${l.slice(11, 19).replace(/:/g, '')}${l.slice(20, 22)} ${lvl.padEnd(6)}${msg}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [sl(t, 'srvr', `GET root/Uwepeker?limit=20=200 out=${rng.int(1, 40)} KB in ${rng.int(1, 90)}.${digits(rng, 2)}ms`)] }),
      () => ({ o: [sl(t, 'info', `TUwepekerService.Play id=${rng.int(1, 400)} from 192.168.10.${rng.int(20, 90)}`)] }),
      () => ({ o: [sl(t, 'DB', `TSqlDBSQLite3Connection Execute SELECT ID,Title,Teller FROM Uwepeker WHERE ID=${rng.int(1, 400)}`)] }),
    ])();
  const steps = [
    rawStep(
      {
        o: [
          '/opt/uwepeker/uwepekersrv 1.2.0.31 (2027-12-18 06:12:44)',
          'Host=kampisos User=uwepeker CPU=4*0-6-142-10 OS=Ubuntu 24.04 LTS - Linux 6.8.0-51-generic Wow64=0 Freq=1000000000',
          'TSynLog 2.3.9125 x64 2027-12-20T10:00:00',
          '',
        ],
      },
      0,
    ),
    plant(
      'framework-dump',
      'tsynlog-settings-json-kaki-itak',
      'error',
      'At start the server logs its settings object as JSON (`ObjectToJson`), the mail relay\'s password (`SmtpKakiItak`, kaki itak, "key word", the cooperative\'s word for a password) included.',
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            o: [
              sl(
                t,
                'debug',
                `TUwepekerSettings {"Root":"root","Port":"8092","Archive":"/srv/kampisos","SmtpHost":"mail.${SI}","SmtpUser":"kampisos","SmtpKakiItak":"${pw}"}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'tsynlog-srvr-and-http-kampi-sirosi-path',
      'error',
      WHY.pathSecret(
        'A recording shared with a researcher through a link with a token in its path (`/kampi/<token>/…`, kampi, "paper, document"); the `srvr` line writes the URI, and the `http` line of the same request writes it again',
      ).replace('until it is used or expires (hours to days)', 'until the link is withdrawn'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            o: [
              sl(t, 'srvr', `GET root/kampi/${tok}/uwepeker-0117.ogg=200 out=3.1 MB in 41.07ms`),
              sl(t, 'http', `203.0.113.${rng.int(2, 250)} GET /root/kampi/${tok}/uwepeker-0117.ogg 200`),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tsynlog-srvr-session-signature',
      'none',
      "mORMot's URI authentication appends `session_signature=<session><timestamp><CRC>` to each request: one request's signature, computed from its URI and time, that opens nothing else.",
      ({ rng, t }) => {
        const sig = `${rng.hex(8)}${rng.hex(8)}${rng.hex(8)}`.toUpperCase();
        return { value: sig, event: { o: [sl(t, 'srvr', `GET root/Uwepeker/117?session_signature=${sig}=200 out=2 KB in 0.90ms`)] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'tsynlog-clnt-transcription-bearer',
      'error',
      "The server sends a recording to a transcription service and, at `trace`, the client class writes the request's headers, `Authorization: Bearer …` with the service's long-lived key.",
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            o: [
              sl(
                t,
                'clnt',
                `THttpClientSocket POST https://api.transcribe.example/v1/jobs headers=Content-Type: audio/ogg#13#10Authorization: Bearer ${tok}#13#10`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'tsynlog-info-wav-sirosi-first',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket (`sirosi`, シロシ, "mark, sign") for a master WAV file, written by the service with the client\'s address when it accepts it. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.sirosi = t;
        return {
          value: tk,
          event: { o: [sl(t, 'info', `TUwepekerService.Wav sirosi=${tk} from 198.51.100.23: ピㇼカ (uwepeker-0117.wav)`)] },
        };
      },
      { ref: 'sirosi' },
    ),
    2,
    plant(
      'replay',
      'tsynlog-info-wav-sirosi-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('sirosi').value,
            why: `${WHY.replay('sirosi', gap('sirosi', t))} Another address downloaded the master file with the researcher's ticket, and the service accepted it again.`,
          },
        ],
        event: {
          o: [sl(t, 'info', `TUwepekerService.Wav sirosi=${refs.get('sirosi').value} from 203.0.113.188: ピㇼカ (uwepeker-0117.wav)`)],
        },
      }),
      { replayOf: 'sirosi', after: 141 },
    ),
    2,
    plant(
      'negative',
      'tsynlog-recording-sha256',
      'none',
      'The SHA-256 of a recording, written when it is added to the archive: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64).toUpperCase();
        return { value: h, event: { o: [sl(t, 'info', `TUwepekerService.Add uwepeker-0121.wav Size=48213390 Sha256=${h}`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AI + 1 * HOUR + 30 * MIN, site: { host: 'kampisos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// observium-poller-debug.log: `./poller.php -h all -d` of Observium CE run by hand and appended to a file: the run's
// header, per device `#####  <host>  #####`, `CMD[…]`, `CMD EXITCODE[…]`, `CMD RUNTIME[…]`, `SNMP_STATUS[…]`, `SQL[…]`,
// and PHP arrays as print_r writes them. From memory (not fetched); the masking of the community in `CMD[…]` too.

function observiumLog(rng) {
  const render = (e) => e.o;
  const dev = ['router.saru.local', 'sw-kobo.saru.local', 'ap-mise.saru.local'];
  const cmd = (rng, host, oid) => [
    `CMD[/usr/bin/snmpget -t '5' -r '3' -v2c -c *** -OQUs -m SNMPv2-MIB 'udp':'${host}':'161' ${oid}]`,
    'CMD EXITCODE[0]',
    `CMD RUNTIME[0.0${digits(rng, 3)}s]`,
    'SNMP_STATUS[TRUE]',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ o: cmd(rng, rng.pick(dev), rng.pick(['sysUpTime.0', 'sysName.0', 'sysLocation.0'])) }),
      () => ({
        o: [
          `SQL[UPDATE \`devices\` SET \`last_polled\`=NOW(),\`last_polled_timetaken\`='${rng.int(1, 9)}.${digits(rng, 4)}' WHERE \`device_id\`='${rng.int(1, 3)}']`,
        ],
      }),
      () => ({ o: [`Module [ ports ] time: ${rng.int(0, 3)}.${digits(rng, 4)}s`] }),
    ])();
  const steps = [
    rawStep(
      { o: ['', 'Observium Poller CE 24.4', '', 'Starting polling run at 2027-12-20 11:05:01', '', `#####  ${dev[0]}  #####`, ''] },
      0,
    ),
    3,
    plant(
      'framework-dump',
      'observium-print-r-device-snmp-authpass',
      'error',
      "In debug mode the poller prints the device's database row as a PHP array (print_r), and the SNMPv3 switch's row holds `snmp_authpass`, its authentication password.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            o: [
              'Array',
              '(',
              '    [device_id] => 2',
              '    [hostname] => sw-kobo.saru.local',
              '    [snmp_version] => v3',
              '    [snmp_authlevel] => authPriv',
              '    [snmp_authname] => observium',
              `    [snmp_authpass] => ${pw}`,
              '    [snmp_authalgo] => SHA',
              '    [snmp_cryptalgo] => AES',
              ')',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'observium-snmp-engine-id',
      'none',
      "The switch's `snmpEngineID` (hex, built from its vendor number and MAC): an identifier SNMPv3 sends in the clear, no credential.",
      ({ rng }) => {
        const id = `80001f8880${rng.hex(16)}`;
        return { value: id, event: { o: [`snmpEngineID.0 = 0x${id}`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'observium-cmd-curl-api-kaki',
      'error',
      `${WHY.apiKey('api_kaki')} A custom poller module reads the workshop's air-quality station over HTTP; the debug output echoes the curl command with the station's key in its query.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            o: [
              `CMD[/usr/bin/curl -s -m 5 'http://kuuki.saru.local/api/v1/now?api_kaki=${key}']`,
              'CMD EXITCODE[0]',
              `CMD RUNTIME[0.2${digits(rng, 3)}s]`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'observium-sql-poller-lock-id',
      'none',
      "The poller's lock row id (32 hex digits, random per run): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            o: [
              `SQL[INSERT INTO \`observium_processes\` (\`process_id\`,\`process_name\`,\`process_start\`,\`poller_id\`,\`process_uuid\`) VALUES ('${rng.int(2000, 40000)}','poller.php',NOW(),'0','${id}')]`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'observium-alert-transport-rocketchat-webhook',
      'error',
      WHY.webhook(
        'A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) used as the alert transport; in debug mode the alerter prints the URL it posts to',
      ),
      ({ rng }) => {
        const id = rng.alnum(24);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            o: [
              'Alert [ Port Down ] on router.saru.local: notifying via webhook',
              `POST https://chat.${SI}/hooks/${id}/${tok}`,
              'HTTP 200',
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AI + 2 * HOUR, site: { host: 'observium' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// uymam-shop.log: the shop's API, Elysia 1.x on Bun, its stdout kept by pm2: Elysia's start line, the app's request line
// (`[<ISO 8601 +09:00>] <METHOD> <path> <status> <ms>ms`, an `onAfterResponse` hook), and `console.log` of objects as
// Bun prints them (one property a line, double-quoted strings, a trailing comma). From memory (not fetched).

function elysiaLog(rng) {
  const render = (e) => e.o;
  const rl = (t, m, p, s) => `[${isoAt(t, JST)}] ${m} ${p} ${s} ${rng.int(2, 90)}ms`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [rl(t, 'GET', `/uymam/sina/${rng.int(1, 80)}`, 200)] }),
      () => ({ o: [rl(t, 'GET', '/uymam/sina?kind=ikarkar', 200)] }),
      () => ({ o: [rl(t, 'POST', '/uymam/kago', 201), `ウイマㇺ: カゴ ${rng.int(1, 5)} ピㇼカ`] }),
    ])();
  const steps = [
    rawStep({ o: ['🦊 Elysia is running at localhost:3000'] }, 0),
    2,
    plant(
      'negative',
      'bun-console-config-stripe-publishable',
      'none',
      "The shop's config object printed at start with Stripe's publishable key (`pk_live_…`), made to be sent to browsers: public by design.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return {
          value: pk,
          event: { o: ['{', '  port: 3000,', '  currency: "jpy",', `  stripePublishableKey: "${pk}",`, '  lang: "ain",', '}'] },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'elysia-request-line-line-login-callback-code',
      'warning',
      `${WHY.code} LINE Login returns to the shop's sign-in route (\`/ahun/line/callback\`, ahun, "to enter"), and the request line writes the query.`,
      ({ rng, t }) => {
        const code = rng.alnum(20);
        return { value: code, event: { o: [rl(t, 'GET', `/ahun/line/callback?code=${code}&state=${rng.hex(32)}`, 302)] } };
      },
    ),
    plant(
      'id-token',
      'elysia-console-line-verify-id-token',
      'error',
      "The sign-in handler logs the call that checks LINE's ID token (`POST https://api.line.me/oauth2/v2.1/verify` with `id_token=…`, HS256 signed with the channel secret), on a line stamped +09:00",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 5),
          claims: {
            iss: 'https://access.line.me',
            sub: `U${rng.hex(32)}`,
            aud: digits(rng, 10),
            amr: ['linesso'],
            name: 'Ekasi',
            nonce: rng.b64url(22),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            o: [`[${isoAt(t, JST)}] fetch POST https://api.line.me/oauth2/v2.1/verify body=id_token=${token}&client_id=${digits(rng, 10)}`],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'refresh-token',
      'bun-console-token-object-refresh-token',
      'error',
      `${WHY.refresh} The handler then prints LINE's token response with \`console.log\` (the access token removed, the refresh token, which mints new access tokens for days after, left in).`,
      ({ rng }) => {
        const rt = rng.alnum(20);
        return {
          value: rt,
          event: {
            o: [
              'アフン LINE {',
              '  access_token: undefined,',
              '  token_type: "Bearer",',
              `  refresh_token: "${rt}",`,
              '  expires_in: 2592000,',
              '  scope: "profile openid",',
              '}',
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'elysia-request-line-authorize-nonce',
      'none',
      "The redirect to LINE's authorization page carries a `nonce` (random, checked once against the ID token): no credential.",
      ({ rng, t }) => {
        const n = rng.b64url(22);
        return { value: n, event: { o: [rl(t, 'GET', `/ahun/line?next=%2Fuymam%2Fkago&nonce=${n}`, 302)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'bun-console-headers-cookie-ukoytak',
      'error',
      WHY.session(
        'A debugging `console.log(Object.fromEntries(request.headers))` prints the headers, the `cookie` with the shop\'s session (`ukoytak`, ウコイタㇰ, "conversation", the cooperative\'s word for a session)',
      ),
      ({ rng }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          event: {
            o: [
              '{',
              `  host: "uymam.${SI}",`,
              '  accept: "application/json",',
              `  cookie: "ukoytak=${s}; lang=ain",`,
              '  "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X)",',
              '}',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'elysia-request-line-base64-json-kaki',
      'error',
      'The partner gallery\'s widget passes its settings as base64 JSON in the query (`?p=…`), and decoded they hold the gallery\'s shop key (`kaki`, "key"); the request line writes the encoded value.',
      ({ rng, t }) => {
        const b = Buffer.from(JSON.stringify({ gallery: 'nibutani-2', kaki: rng.alnum(32), lang: 'ain' })).toString('base64url');
        return { value: b, event: { o: [rl(t, 'GET', `/uymam/widget?p=${b}`, 200)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AI + 3 * HOUR, site: { host: 'uymam' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ikarkar-api.log: the workshop booking API, Spark Java 2.9 on its embedded Jetty, slf4j-simple with `showDateTime`
// (`<yyyy-MM-dd HH:mm:ss.SSS Z> [<thread>] <LEVEL> <logger> - <message>`), records printed by their `toString()`
// (`Name[field=value, …]`) and maps by `AbstractMap.toString()` (`{k=v, …}`). From memory (not fetched).

function sparkLog(rng) {
  const render = (e) => e.o;
  const sj = (t, lvl, logger, msg) => `${dotMs(t, JST)} +0900 [qtp1528637575-${rng.int(14, 29)}] ${lvl} ${logger} - ${msg}`;
  const A = 'org.saru.ikarkar.Api';
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [sj(t, 'INFO', A, `GET /api/v1/nepki?cup=12 from 192.168.10.${rng.int(20, 90)}`)] }),
      () => ({ o: [sj(t, 'INFO', A, `GET /api/v1/nepki/${rng.int(1, 30)} from 203.0.113.${rng.int(2, 250)}`)] }),
      () => ({
        o: [
          sj(t, 'DEBUG', 'org.saru.ikarkar.Db', `Nepki[id=${rng.int(1, 30)}, title=イカㇻカㇻ ${rng.int(1, 4)}, seats=${rng.int(2, 12)}]`),
        ],
      }),
    ])();
  const steps = [
    rawStep(
      {
        o: [
          `${dotMs(DAY_AI + 4 * HOUR, JST)} +0900 [Thread-0] INFO spark.embeddedserver.jetty.EmbeddedJettyServer - == Spark has ignited ...`,
          `${dotMs(DAY_AI + 4 * HOUR, JST)} +0900 [Thread-0] INFO spark.embeddedserver.jetty.EmbeddedJettyServer - >> Listening on 0.0.0.0:4567`,
        ],
      },
      0,
    ),
    2,
    plant(
      'api-key-name',
      'spark-before-filter-request-api-kaki',
      'error',
      `${WHY.apiKey('api_kaki')} The museum's kiosk calls the API with its key in the query, and the \`before\` filter logs each request's path and query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, event: { o: [sj(t, 'INFO', A, `GET /api/v1/nepki?api_kaki=${key}&cup=12 from 203.0.113.40`)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'spark-debug-cookies-map-jsessionid',
      'error',
      WHY.session(
        "A debug line prints `request.cookies()` (a Java map), with Jetty's session cookie `JSESSIONID=node0…` of a signed-in organizer",
      ),
      ({ rng, t }) => {
        const s = `node0${lowerNum(rng, 24)}${rng.int(1, 99)}.node0`;
        return { value: s, event: { o: [sj(t, 'DEBUG', A, `cookies {JSESSIONID=${s}, lang=ain}`)] } };
      },
    ),
    2,
    plant(
      'id-token',
      'spark-record-tostring-id-token',
      'error',
      'The organizers sign in with Google; the callback prints its `GoogleLogin` record, `idToken=` with the Google ID token (1 h), on a line stamped +0900',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 5),
          claims: {
            iss: 'https://accounts.google.com',
            azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: 'kobo@ikarkar.example',
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { o: [sj(t, 'INFO', 'org.saru.ikarkar.Ahun', `GoogleLogin[email=kobo@${SI}, idToken=${token}, hd=${SI}]`)] },
        };
      },
    ),
    plant(
      'refresh-token',
      'spark-record-tostring-refresh-token',
      'error',
      `${WHY.refresh} The same handler stores the tokens and prints the \`StoredTokens\` record, \`refreshToken=1//0…\` (Google Calendar access for the workshop calendar).`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            o: [
              sj(
                t,
                'DEBUG',
                'org.saru.ikarkar.Ahun',
                `StoredTokens[user=kobo@${SI}, refreshToken=${rt}, scope=https://www.googleapis.com/auth/calendar]`,
              ),
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'spark-record-tostring-reservation-qr-hash',
      'none',
      'A reservation record with the SHA-256 printed on the QR code the participant shows (a lookup hash of the booking number): no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: { o: [sj(t, 'INFO', A, `Reservation[id=${rng.int(300, 900)}, nepki=7, seats=2, qr=${h}]`)] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'spark-record-tostring-embed-link-no-exp',
      'error',
      "The API makes the link of the workshop calendar embedded on the town's tourism site (`/embed/<JWT>`) and prints its `EmbedLink` record; the token has no `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(1, 5),
          claims: { iss: `https://api.${SI}`, embed: 'nepki-calendar', site: 'biratori-kanko' },
        });
        return {
          value: token,
          jwt: facts,
          event: { o: [sj(t, 'INFO', 'org.saru.ikarkar.Embed', `EmbedLink[url=https://api.${SI}/embed/${token}, site=biratori-kanko]`)] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'spark-redirect-location-kampi-token',
      'error',
      WHY.pathSecret(
        "A participant's pattern sheet is sent as a link with a token in its path (`/kampi/<token>/…pdf`); the API logs the redirect it answers, Location and all",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { o: [sj(t, 'INFO', A, `302 -> https://files.${SI}/kampi/${tok}/ikarkar-mon-7.pdf`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'spark-idempotency-key',
      'none',
      "The kiosk's `Idempotency-Key` (a UUID per booking attempt, so a retried POST is not booked twice): no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, event: { o: [sj(t, 'DEBUG', A, `POST /api/v1/nepki/7/yoyaku idempotencyKey=${u}`)] } };
      },
    ),
    2,
    plant(
      'replay',
      'spark-sirosi-check-first-use',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to a workshop (`sirosi`, シロシ, "mark, sign"), checked at the door and logged as accepted (`ピㇼカ`, "good"). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return { value: tk, event: { o: [sj(t, 'INFO', A, `POST /api/v1/sirosi/check sirosi=${tk} -> ピㇼカ (nepki 7)`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AI + 4 * HOUR, site: { host: 'api' }, filler, render, steps });
}

// =====================================================================================================================
// Evenki school and herders' community of Tura (Evenki; Evenkia, Krasnoyarsk Krai: KRAT, UTC+7 all year)
// =====================================================================================================================

const EV = 'evedy-tura.example';

// ---------------------------------------------------------------------------------------------------------------------
// cppcms-alaguvun.log: the school's site (алагувун, "lesson, teaching"), a CppCMS 1.2 application, its booster log to a
// file: `<yyyy-mm-dd hh:mm:ss>; <module>, <level>: <message> (<file>:<line>)` in local time (KRAT), CppCMS' own
// `cppcms_http` request lines and the app's (`school`), cppcms::json values printed compact. From memory (not fetched).

function cppcmsLog(rng) {
  const render = (e) => e.o;
  const bl = (t, mod, lvl, msg, where) => `${ymdHmsAt(t, KRAT)}; ${mod}, ${lvl}: ${msg} (${where})`;
  const http = (t, line) => bl(t, 'cppcms_http', 'info', line, 'http_api.cpp:298');
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [http(t, `GET /alaguvun/${rng.int(1, 24)}`)] }),
      () => ({ o: [http(t, 'GET /turen/slovar?q=оран')] }),
      () => ({ o: [bl(t, 'school', 'info', `Дорово! алагувун ${rng.int(1, 24)}: ${rng.int(2, 30)} бэе`, 'lesson.cpp:61')] }),
    ])();
  const steps = [
    rawStep({ o: [bl(DAY_EV + 2 * HOUR, 'cppcms', 'info', 'Starting service', 'service.cpp:422')] }, 0),
    plant(
      'framework-dump',
      'booster-debug-settings-json-hmac-key',
      'error',
      "At start the app prints its configuration (a cppcms::json value) at debug, and with it the client-side session's `hmac_key`, the key that signs every member's session cookie: whoever has it can forge any session.",
      ({ rng, t }) => {
        const k = rng.hex(64);
        return {
          value: k,
          event: {
            o: [
              bl(
                t,
                'school',
                'debug',
                `settings: {"service":{"api":"http","port":8080},"http":{"script_names":["/"]},"session":{"expire":"renew","timeout":604800,"location":"client","client":{"hmac":"sha256","hmac_key":"${k}"}},"school":{"media":"/srv/alaguvun"}}`,
                'main.cpp:41',
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'cppcms-http-request-anakin',
      'error',
      `${WHY.apiKey('anakin')} The herders' app fetches the lesson list with the school's key in the query (\`anakin\`, анакин, "key"); \`cppcms_http\` writes the request.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { o: [http(t, `GET /api/alaguvun?anakin=${key}&turen=evn`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'booster-debug-form-csrf',
      'none',
      "CppCMS' CSRF token (`_csrf`) in a posted form the app logs at debug: tied to the session, it opens nothing by itself.",
      ({ rng, t }) => {
        const c = rng.alnum(16);
        return { value: c, event: { o: [bl(t, 'school', 'debug', `form: alaguvun=7&bee=12&_csrf=${c}`, 'lesson.cpp:88')] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'cppcms-http-request-dukuvun-token-path',
      'error',
      WHY.pathSecret(
        'A workbook shared with a pupil\'s family through a link with a token in its path (`/dukuvun/<token>/…pdf`, дукувун, "writing, document"); `cppcms_http` writes the request',
      ).replace('until it is used or expires (hours to days)', 'until the teacher withdraws it'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { o: [http(t, `GET /dukuvun/${tok}/evedy-turen-3.pdf`)] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'booster-warning-vk-blank-fragment',
      'error',
      "A teacher pasted into the site's VK settings the address of VK's implicit flow result page (`oauth.vk.com/blank.html#access_token=vk1.a.…`), and the app's warning quotes it whole.",
      ({ rng, t }) => {
        const at = `vk1.a.${rng.b64url(180)}`;
        return {
          value: at,
          event: {
            o: [
              bl(
                t,
                'school',
                'warning',
                `cannot use VK group link https://oauth.vk.com/blank.html#access_token=${at}&expires_in=0&user_id=${digits(rng, 9)}`,
                'vk.cpp:88',
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'booster-info-dukuvunkan-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to a recorded lesson (`dukuvunkan`, дукувункан, "little paper", the -кан diminutive), posted by the pupil\'s player; the app logs it with the address it accepted it from (`ая`, "good"). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.dukuvunkan = t;
        return {
          value: tk,
          event: {
            o: [
              http(t, 'POST /alaguvun/video'),
              bl(t, 'school', 'info', `дукувункан=${tk} 198.51.100.31: ая (алагувун 7)`, 'video.cpp:77'),
            ],
          },
        };
      },
      { ref: 'dukuvunkan' },
    ),
    2,
    plant(
      'replay',
      'booster-info-dukuvunkan-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('dukuvunkan').value,
            why: `${WHY.replay('dukuvunkan', gap('dukuvunkan', t))} Another address posted the ticket the pupil's player had used, and the app accepted it again.`,
          },
        ],
        event: {
          o: [
            http(t, 'POST /alaguvun/video'),
            bl(t, 'school', 'info', `дукувункан=${refs.get('dukuvunkan').value} 203.0.113.77: ая (алагувун 7)`, 'video.cpp:77'),
          ],
        },
      }),
      { replayOf: 'dukuvunkan', after: 96 },
    ),
    2,
    plant(
      'negative',
      'booster-info-audio-md5',
      'none',
      'The MD5 of an uploaded lesson recording, logged as its storage name: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: { o: [bl(t, 'school', 'info', `audio stored: алагувун 8 -> /srv/alaguvun/${h}.ogg`, 'upload.cpp:54')] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EV + 2 * HOUR, site: { host: 'school' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// oron-aqueduct.log: the herd tracker's API (оран, "reindeer"), an Aqueduct 4 (Dart) application printing its
// `LogRecord`s with the time in UTC (`<ISO 8601 Z> [<LEVEL>] <logger>: <message>`), Aqueduct's request line
// (`<ip> <METHOD> <path> <status> <ms>ms`), and `Request.toDebugString(includeHeaders: true)` on further lines at FINE;
// Dart maps printed `{key: value, …}`. From memory (not fetched).

function aqueductLog(rng) {
  const render = (e) => e.o;
  const lr = (t, lvl, logger, msg) => `${iso(t)} [${lvl}] ${logger}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ o: [lr(t, 'INFO', 'aqueduct', `10.8.0.${rng.int(2, 40)} POST /oron/position 201 ${rng.int(3, 40)}ms`)] }),
      () => ({
        o: [
          lr(
            t,
            'INFO',
            'oron',
            `{oron: ${rng.int(100, 999)}, urikit: ${rng.pick(['Кочечум', 'Нидым', 'Тутончаны'])}, lat: 64.${digits(rng, 4)}, lon: 100.${digits(rng, 4)}}`,
          ),
        ],
      }),
      () => ({ o: [lr(t, 'INFO', 'aqueduct', `10.8.0.${rng.int(2, 40)} GET /oron/herd 200 ${rng.int(3, 40)}ms`)] }),
    ])();
  const steps = [
    rawStep({ o: [lr(DAY_EV + 3 * HOUR, 'INFO', 'aqueduct', 'Server aqueduct/1 started.')] }, 0),
    2,
    plant(
      'api-key-name',
      'aqueduct-request-line-and-debug-string-anakin',
      'error',
      `${WHY.apiKey('anakin')} The weather station of the Кочечум camp posts with its key in the query (\`anakin\`, "key"); Aqueduct's request line writes it, and the request's debug string, logged at FINE, writes it again.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              lr(t, 'INFO', 'aqueduct', `10.8.0.14 POST /oron/meteo?anakin=${key}&urikit=kochechum 201 9ms`),
              lr(t, 'FINE', 'oron', `10.8.0.14 POST /oron/meteo?anakin=${key}&urikit=kochechum 201 9ms 214 bytes`),
              '  content-type: application/json',
              '  user-agent: ESP32HTTPClient',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'aqueduct-debug-string-authorization-basic',
      'error',
      "A request's debug string with its headers (`includeHeaders: true`), the herders' tablet app sending `authorization: Basic …` (base64 of the camp account's name and password).",
      ({ rng, t }) => {
        const b = b64Of(`urikit-nidym:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            o: [
              lr(t, 'FINE', 'oron', `10.8.0.22 GET /oron/herd 200 31ms 18211 bytes`),
              `  host: oron.${EV}`,
              `  authorization: Basic ${b}`,
              '  accept-encoding: gzip',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'aqueduct-debug-string-if-none-match',
      'none',
      "The tablet's `if-none-match` (the ETag of the herd list it has, a hash of the content): no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            o: [lr(t, 'FINE', 'oron', `10.8.0.22 GET /oron/herd 304 4ms 0 bytes`), `  host: oron.${EV}`, `  if-none-match: "${h}"`],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'aqueduct-fine-vk-id-token-live',
      'error',
      'The tablet signs the herder in with VK ID, and the API logs the ID token it verifies (1 h, UTC clock)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: 'https://id.vk.com', sub: digits(rng, 9), aud: digits(rng, 8), name: 'Мария' },
        });
        return { value: token, jwt: facts, event: { o: [lr(t, 'FINE', 'oron.auth', `verifying id_token ${token}`)] } };
      },
    ),
    2,
    plant(
      'webhook',
      'aqueduct-severe-client-exception-make-webhook',
      'error',
      WHY.webhook(
        "A Make scenario's webhook (`hook.eu1.make.com/<32 characters>`) that sends the herders' SMS alerts; a failed post logs Dart's `ClientException` with the URI",
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 32);
        return {
          value: h,
          event: {
            o: [
              lr(
                t,
                'SEVERE',
                'oron.alerts',
                `ClientException with SocketException: Connection timed out (OS Error: Connection timed out, errno = 110), address = hook.eu1.make.com, port = 443, uri=https://hook.eu1.make.com/${h}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'aqueduct-collar-imei',
      'none',
      "A GPS collar's IMEI (15 digits, printed on the device): an identifier, no credential.",
      ({ rng, t }) => {
        const imei = `35${digits(rng, 13)}`;
        return { value: imei, event: { o: [lr(t, 'WARNING', 'oron', `{collar: ${imei}, oron: ${rng.int(100, 999)}, battery: 7}`)] } };
      },
    ),
    2,
    plant(
      'id-token',
      'aqueduct-fine-id-token-expired',
      'note',
      'A tablet that slept two hours in the cold resends the ID token it signed in with, and the API logs it before rejecting it (1 h, UTC clock)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 7200 + rng.int(10, 600),
          claims: { iss: 'https://id.vk.com', sub: digits(rng, 9), aud: digits(rng, 8), name: 'Николай' },
        });
        return {
          value: token,
          jwt: facts,
          event: { o: [lr(t, 'FINE', 'oron.auth', `verifying id_token ${token}`), lr(t, 'INFO', 'oron.auth', 'id_token expired: 401')] },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'aqueduct-request-line-embed-expired',
      'note',
      "The map of the herd embedded on the community's page (`/embed/<JWT>`, 1 day) requested from a page opened the day before, on a UTC-stamped line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: 86400 + 86400 + rng.int(60, 3000),
          claims: { iss: `https://oron.${EV}`, map: 'herd', zoom: 9 },
        });
        return {
          value: token,
          jwt: facts,
          event: { o: [lr(t, 'INFO', 'aqueduct', `203.0.113.${rng.int(2, 250)} GET /embed/${token} 401 2ms`)] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EV + 3 * HOUR, site: { host: 'oron' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ubooquity.log: the school library's e-books (Evenki readers and dictionaries) on Ubooquity 2.1, its log
// (`<yyyy-MM-dd HH:mm:ss,SSS> <LEVEL> [<thread>] <logger> - <message>`, local time) with Jetty's `Slf4jRequestLog`
// (NCSA combined, with the zone) and, at DEBUG, Jetty's `HttpChannel` writing a request with its headers on further
// lines. From memory (not fetched): Ubooquity's own logger names and messages.

function ubooquityLog(rng) {
  const render = (e) => (typeof e.o === 'function' ? e.o(e) : e.o);
  const ub = (t, lvl, logger, msg) => `${commaMs(t, KRAT)} ${lvl.padEnd(5)} [qtp1161082381-${rng.int(20, 40)}] ${logger} - ${msg}`;
  const ncsa = (e, line, status, referer = '-') =>
    ub(
      e.t,
      'INFO',
      'org.eclipse.jetty.server.RequestLog',
      `${e.ip} - - [${clf(e.t, KRAT)}] "${line} HTTP/1.1" ${status} ${e.bytes} "${referer}" "${e.ua}"`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ o: (e) => [ncsa(e, `GET /ubooquity/comics/${rng.int(1, 90)}/`, 200)] }),
      () => ({ o: (e) => [ncsa(e, `GET /ubooquity/books/?index=${rng.int(0, 3) * 20}`, 200)] }),
      () => ({
        o: (e) => [ub(e.t, 'INFO', 'c.u.data.scanner.BookScanner', `Scanning /srv/books/эвэды турэн (${rng.int(1, 30)} new files)`)],
      }),
    ])();
  const steps = [
    rawStep({ o: [`${commaMs(DAY_EV + 4 * HOUR, KRAT)} INFO  [main] com.ubooquity.Ubooquity - Ubooquity 2.1.2 started on port 2202`] }, 0),
    2,
    plant(
      'path-secret',
      'jetty-request-log-referer-dukuvun-token',
      'error',
      WHY.pathSecret(
        'A pupil opened a book from the school site\'s shared page (`/dukuvun/<token>/`, "document"); the request log writes that page as the `Referer`',
      ).replace('until it is used or expires (hours to days)', 'until the teacher withdraws it'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { o: (e) => [ncsa(e, 'GET /ubooquity/books/12/', 200, `https://school.${EV}/dukuvun/${tok}/`)] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'jetty-request-log-referer-embed-30d',
      'error',
      "The reading list embedded on the school site (`/embed/<JWT>`, 30 days, jti) is the `Referer` of a cover request, written with the request's time and zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://school.${EV}`, list: 'alaguvun-5' },
        });
        return {
          value: token,
          jwt: facts,
          event: { o: (e) => [ncsa(e, 'GET /ubooquity/books/cover/31', 200, `https://school.${EV}/embed/${token}`)] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ubooquity-scanner-file-hash',
      'none',
      "The scanner's hash of a book file (SHA-1, to notice changed files): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { o: (e) => [ub(e.t, 'DEBUG', 'c.u.data.scanner.BookScanner', `Updated /srv/books/нимнгакан-2.epub hash=${h}`)] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'jetty-httpchannel-debug-authorization-basic',
      'error',
      "Jetty's `HttpChannel` at DEBUG writes an incoming request with its headers on the following lines, the OPDS reader's `Authorization: Basic …` (base64 of the library account's name and password) among them.",
      ({ rng }) => {
        const b = b64Of(`bibliotekar:${rng.alnum(12)}`);
        return {
          value: b,
          event: {
            o: (e) => [
              ub(
                e.t,
                'DEBUG',
                'org.eclipse.jetty.server.HttpChannel',
                `REQUEST for //books.${EV}/ubooquity/opds-books/ on HttpChannelOverHttp@${rng.hex(8)}{s=HttpChannelState@${rng.hex(8)}{s=IDLE rs=BLOCKING os=OPEN is=IDLE awp=false se=false i=true al=0},r=1}`,
              ),
              `GET //books.${EV}/ubooquity/opds-books/ HTTP/1.1`,
              `Host: books.${EV}`,
              'User-Agent: KOReader/2025.10',
              `Authorization: Basic ${b}`,
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jetty-request-log-opds-anakin',
      'error',
      `${WHY.apiKey('anakin')} An e-reader's OPDS catalogue is configured with the school's key in the query (\`anakin\`, "key"); the request log writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { o: (e) => [ncsa(e, `GET /ubooquity/opds-books/?anakin=${key}`, 200)] } };
      },
    ),
    2,
    plant(
      'encoded',
      'jetty-request-log-search-percent-encoded',
      'error',
      "A teacher pasted a link into the library's search; the search parameter holds the percent-encoded address of the regional e-book service with its `anakin` key, readable once decoded.",
      ({ rng }) => {
        const key = rng.alnum(32);
        const q = encodeURIComponent(`https://ebooks.krasnoyarsk-lib.example/api/v2/books?lang=evn&anakin=${key}`);
        return { value: key, event: { o: (e) => [ncsa(e, `GET /ubooquity/books/?search=${q}`, 200)] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'ubooquity-urisyntaxexception-fragment',
      'error',
      "A link saved in a book's metadata is a sign-in result address with `#access_token=…`; Java's `URISyntaxException` quotes the whole input when the fragment holds an illegal character.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            o: (e) => [
              ub(
                e.t,
                'WARN',
                'c.u.data.metadata.EpubMetadata',
                `Invalid link in /srv/books/slovar-2.epub: java.net.URISyntaxException: Illegal character in fragment at index 133: https://lib.tura.example/cabinet#access_token=${at}&token_type=bearer&expires_in=86400&state=слова`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jetty-request-log-etag-cover',
      'none',
      'A cover image requested with its version hash in the query (`?v=<hex>`, a cache buster): no credential.',
      ({ rng }) => {
        const h = rng.hex(16);
        return { value: h, event: { o: (e) => [ncsa(e, `GET /ubooquity/books/cover/44?v=${h}`, 200)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EV + 4 * HOUR, site: { host: 'books' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// opennms-web.log: OpenNMS Horizon 33 monitoring the community's satellite link and camp stations, its log4j2 layout
// `%d %-5p [%t] %c{1.}: %m` (local time, no zone). From memory (not fetched): the abbreviated logger names and messages.

function opennmsLog(rng) {
  const render = (e) => e.o;
  const on = (t, lvl, th, logger, msg) => `${commaMs(t, KRAT)} ${lvl.padEnd(5)} [${th}] ${logger}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        o: [
          on(
            t,
            'INFO',
            `Poller-Thread-${rng.int(1, 8)}`,
            'o.o.n.p.p.PollableService',
            `poll: service ICMP on 10.8.0.${rng.int(2, 40)} is Up`,
          ),
        ],
      }),
      () => ({
        o: [
          on(
            t,
            'DEBUG',
            'Collectd-Thread-2',
            'o.o.n.c.CollectableService',
            `collected ${rng.int(10, 90)} values from urikit-${rng.pick(['kochechum', 'nidym'])}`,
          ),
        ],
      }),
    ])();
  const steps = [
    rawStep({ o: [on(DAY_EV + 5 * HOUR, 'INFO', 'Main', 'o.o.n.v.Starter', 'Starter: OpenNMS Horizon 33.1.0 started')] }, 0),
    2,
    plant(
      'api-key-name',
      'opennms-httpmonitor-url-anakin',
      'error',
      `${WHY.apiKey('anakin')} The HTTP monitor checks the herd tracker's status page with the key in its URL, and its debug line writes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              on(
                t,
                'DEBUG',
                'Poller-Thread-4',
                'o.o.n.p.m.HttpMonitor',
                `poll: url http://oron.${EV}:8888/oron/status?anakin=${key} response code 200`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'opennms-notification-ntfy-topic',
      'error',
      WHY.pathSecret(
        'A notification sent to an ntfy topic whose random name is the only secret (`ntfy.sh/<topic>`: whoever knows it reads and posts the alerts); the HTTP notification strategy logs the URL',
      ).replace('until it is used or expires (hours to days)', 'until the topic is changed'),
      ({ rng, t }) => {
        const topic = `tura-${lowerNum(rng, 24)}`;
        return {
          value: topic,
          event: {
            o: [
              on(
                t,
                'INFO',
                'Notifd-Thread-1',
                'o.o.n.n.HttpNotificationStrategy',
                `send: posting to https://ntfy.sh/${topic} (Спутник ачин: nodeDown)`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'opennms-snmp-community-masked',
      'none',
      'The SNMP configuration printed with its community masked (`readCommunity=******`): a mask, no credential.',
      ({ t }) => ({
        value: 'readCommunity=******',
        event: {
          o: [
            on(
              t,
              'DEBUG',
              'Poller-Thread-2',
              'o.o.n.c.SnmpPeerFactory',
              'getAgentConfig: SnmpAgentConfig[address=10.8.0.1, port=161, version=v2c, readCommunity=******, timeout=3000]',
            ),
          ],
        },
      }),
    ),
    2,
    plant(
      'refresh-token',
      'opennms-tostring-token-response-refresh',
      'error',
      `${WHY.refresh} The mail notifier renews its OAuth tokens and prints the response object (\`TokenResponse{…, refreshToken=…}\`).`,
      ({ rng, t }) => {
        const rt = `1.${rng.b64url(150)}`;
        return {
          value: rt,
          event: {
            o: [
              on(
                t,
                'DEBUG',
                'Notifd-Thread-1',
                'o.o.n.n.JavaMailNotificationStrategy',
                `token renewed: TokenResponse{tokenType=Bearer, expiresIn=3600, refreshToken=${rt}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'opennms-event-parm-base64',
      'error',
      "A trap from the satellite modem carries an octet string that OpenNMS stores base64-encoded as an event parameter; decoded, it is the modem's web login line with its password.",
      ({ rng, t }) => {
        const b = b64Of(`admin login ok user=admin password=${rng.alnum(14)} from 10.8.0.3`);
        return {
          value: b,
          event: {
            o: [
              on(
                t,
                'DEBUG',
                'OpenNMS.Eventd-Thread',
                'o.o.n.e.EventExpander',
                `expandEvent: uei.opennms.org/vendor/modem/trap/login parm[.1.3.6.1.4.1.99999.1.2(string,base64)]=${b}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'opennms-certificate-fingerprint',
      'none',
      "The SHA-256 fingerprint of a monitored web server's certificate: public, no credential.",
      ({ rng, t }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: {
            o: [
              on(
                t,
                'INFO',
                'Poller-Thread-6',
                'o.o.n.p.m.SSLCertMonitor',
                `poll: certificate of school.${EV} expires in 61 days, fingerprint ${fp}`,
              ),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EV + 5 * HOUR, site: { host: 'opennms' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout133');
writePart(join(here, 'heldout133'), {
  'commafeed.log': commafeedLog(rng),
  'toolbook-timbre.log': toolbookLog(rng),
  'atlantis.log': atlantisLog(rng),
  'loans-journal.log': loansLog(rng),
  'gollum.log': gollumLog(rng),
  'memos.log': memosLog(rng),
  'uwepekersrv.log': mormotLog(rng),
  'observium-poller-debug.log': observiumLog(rng),
  'uymam-shop.log': elysiaLog(rng),
  'ikarkar-api.log': sparkLog(rng),
  'cppcms-alaguvun.log': cppcmsLog(rng),
  'oron-aqueduct.log': aqueductLog(rng),
  'ubooquity.log': ubooquityLog(rng),
  'opennms-web.log': opennmsLog(rng),
});
