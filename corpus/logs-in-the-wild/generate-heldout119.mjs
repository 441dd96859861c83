// Writes corpus/logs-in-the-wild/heldout119/: a hundred-and-nineteenth held-out part, in formats no other part uses (a
// JHipster 8 (Spring Boot 3) application log with JHipster's LoggingAspect at DEBUG, dehydrated's output of a cron run
// with hooks traced by `set -x`, gPodder 3's log file, ELMAH's XML error records, an EAS Build (Expo) log as bunyan JSON
// lines, a MongooseIM 6 log in its logfmt layout, a Newsboat debug log, Nheko's spdlog log, ForgeRock AM 7's access
// audit log (`access.audit.json`), Trengo messages read from its API as JSON lines, a Phoenix app's log with
// Absinthe.Logger's lines, lego's output of a cron renewal with a renew hook, micromamba's verbose output, HappyFox
// ticket updates read from its API as JSON lines), with credentials planted in places heldout89 and heldout90 do not list
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout119.mjs     rewrites heldout119/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Teme Valley Community Cinema of Ludlow (Shropshire), with a booking site, its certificates, a
// projection-box PC that fetches trailers and podcasts, an old ASP.NET members' site and a mobile app (English, five
// logs); the Assyrian Cultural Association of Nohadra (ܟܢܘܫܝܐ ܬܘܪܬܢܝܐ ܐܬܘܪܝܐ ܕܢܘܗܕܪܐ, Duhok), with a chat server, a
// newsroom reading feeds, a Matrix client, a single sign-on and a listeners' WhatsApp inbox for its radio (Assyrian
// Neo-Aramaic in the Syriac script where the apps show text, romanized in routes, parameter, cookie and key names, five
// logs); Fedde Kosam Fuuta, a dairy co-operative of Podor (Senegal), with a collection API, its certificates, a data
// environment and a support desk (Pulaar, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dart/3.10 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Shropshire in December (GMT, UTC+0), Duhok (AST, UTC+3 all year), Senegal (GMT, UTC+0 all year). */
const GMT = 0;
const AST = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_AS = Date.UTC(2027, 11, 15, 0, 0, 0);
const DAY_FF = Date.UTC(2027, 11, 17, 0, 0, 0);

/** `+03:00`, `+00:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 with milliseconds at `offset` minutes, with its zone. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes, no zone. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** XML attribute text. */
const xa = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#xD;')
    .replace(/\n/g, '&#xA;');
/** Percent-encoding of everything but unreserved characters. */
const pct = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** A password a person picks, with characters a URL must escape. */
const humanPassword = (rng) =>
  `${rng.pick(['Ludlow', 'Teme', 'Reel', 'Kosam', 'Podor', 'Nohadra'])}${rng.pick(['@', '!', '#', '+', '/'])}${rng.alnum(7)}${rng.pick(['&', '%', '?', '='])}${digits(rng, 3)}`;
/** A Google authorization code (`4/0A…`). */
const googleCode = (rng) => `4/0A${rng.b64url(71)}`;

// =====================================================================================================================
// Teme Valley Community Cinema (English; Ludlow, Shropshire: GMT, UTC+0 in December)
// =====================================================================================================================

const TV = 'temevalleycinema.example';

// ---------------------------------------------------------------------------------------------------------------------
// tvcc-booking.log: the booking site, a JHipster 8 application (Spring Boot 3.4 on Tomcat) run with the `dev` profile's
// logging left on in production: Spring Boot's file layout `<ISO 8601 with zone>  <LEVEL> <pid> --- [<app>] [<thread,
// right-aligned 15>] <logger, abbreviated, 40> : <message>`, JHipster's LoggingAspect (`Enter: <method>() with
// argument[s] = [...]`, `Exit: <method>() with result = ...`, logged under the advised class's logger), Spring
// Security's `Securing GET …`, the DispatcherServlet's `GET "…", parameters={masked}` and CommonsRequestLoggingFilter's
// `Before request [...]`/`After request [...]`.
// From memory: the Boot 3.4 layout (application name in brackets), LoggingAspect's messages, FilterChainProxy's
// `Securing …` with the query string, RestClient's `… on GET request for "…": "…"` message.

function jhipsterLog(rng) {
  const PID = rng.int(1200, 9800);
  let exec = 1;
  const render = (e) =>
    e.jh.map(([lvl, logger, msg]) => {
      const thread = (e.main ? 'main' : `http-nio-8080-exec-${exec}`).slice(-15).padStart(15);
      return `${iso(e.t).slice(0, 23)}Z ${lvl.padStart(5)} ${PID} --- [tvcc] [${thread}] ${logger.padEnd(40)} : ${msg}`;
    });
  const next = () => {
    exec = (exec % 10) + 1;
  };
  const FILMS = ['Aftersun', 'Paddington in Peru', 'The Quiet Girl', 'Perfect Days', 'Past Lives', 'Wallace & Gromit'];
  const filler = (rng, t) => {
    next();
    const day = iso(t).slice(0, 10);
    return rng.pick([
      () => ({
        jh: [
          ['DEBUG', 'o.s.web.servlet.DispatcherServlet', `GET "/api/screenings?day=${day}", parameters={masked}`],
          ['DEBUG', 'c.t.booking.service.ScreeningService', `Enter: findAllByDay() with argument[s] = [${day}]`],
          [
            'DEBUG',
            'c.t.booking.service.ScreeningService',
            `Exit: findAllByDay() with result = [ScreeningDTO{id=${rng.int(300, 340)}, film='${rng.pick(FILMS)}', startsAt=${day}T19:30:00Z, seatsLeft=${rng.int(0, 80)}}]`,
          ],
          ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'Completed 200 OK'],
        ],
      }),
      () => ({
        jh: [
          ['DEBUG', 'o.s.web.servlet.DispatcherServlet', `GET "/api/films/${rng.int(10, 90)}", parameters={masked}`],
          ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'Completed 200 OK'],
        ],
      }),
      () => ({ jh: [['INFO', 'c.t.booking.service.MailService', `Sent email to User 'member${rng.int(100, 999)}'`]] }),
    ])();
  };
  const steps = [
    {
      raw: {
        main: true,
        jh: [
          ['INFO', 'com.tvcc.booking.TvccBookingApp', 'Starting TvccBookingApp v2.4.0 using Java 21.0.9 with PID ' + PID],
          ['INFO', 'com.tvcc.booking.TvccBookingApp', 'The following 2 profiles are active: "prod", "api-docs"'],
          ['INFO', 'o.s.b.w.embedded.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path '/'"],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'jhipster-spring-security-securing-google-callback',
      'warning',
      `${WHY.code} Google returns members to Spring Security's \`/login/oauth2/code/google\`; FilterChainProxy's DEBUG line \`Securing GET …\` writes the request with its query, the code beside Spring's state.`,
      ({ rng }) => {
        next();
        const code = googleCode(rng);
        return {
          value: code,
          event: {
            jh: [
              [
                'DEBUG',
                'o.s.security.web.FilterChainProxy',
                `Securing GET /login/oauth2/code/google?state=${rng.b64url(43)}%3D&code=${code}&scope=email+profile+openid+https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'jhipster-logging-aspect-one-tap-credential',
      'error',
      "The members' page offers Google One Tap; its service method takes the credential (a Google ID token) and JHipster's LoggingAspect writes every argument at DEBUG, on a line stamped in UTC",
      ({ rng, t }) => {
        next();
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 40),
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
            nbf: Math.floor(t / 1000) - 60,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            jh: [
              ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'POST "/api/account/one-tap", parameters={masked}'],
              ['DEBUG', 'c.t.booking.service.GoogleOneTapService', `Enter: verify() with argument[s] = [${token}]`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'jhipster-logging-aspect-change-password-arguments',
      'error',
      "A member changes their password; `UserService.changePassword(currentClearTextPassword, newPassword)` is advised by JHipster's LoggingAspect, which writes both arguments in clear at DEBUG.",
      ({ rng }) => {
        next();
        const pw = humanPassword(rng);
        return {
          value: pw,
          event: {
            jh: [
              ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'POST "/api/account/change-password", parameters={masked}'],
              ['DEBUG', 'c.t.booking.service.UserService', `Enter: changePassword() with argument[s] = [${rng.alnum(10)}, ${pw}]`],
              ['DEBUG', 'c.t.booking.service.UserService', 'Changed password for User: member417'],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'jhipster-exit-film-tmdb-poster-path',
      'none',
      "A film's DTO printed by the aspect holds TMDB's poster path (`/<27 characters>.jpg`), the public name of an image on TMDB's image server: no credential.",
      ({ rng }) => {
        next();
        const pi = `/${rng.alnum(27)}.jpg`;
        return {
          value: pi,
          event: {
            jh: [
              [
                'DEBUG',
                'c.t.booking.service.FilmService',
                `Exit: findOne() with result = Optional[FilmDTO{id=${rng.int(10, 90)}, title='The Quiet Girl', runtimeMinutes=95, certificate='12A', tmdbId=${rng.int(400, 990000)}, posterPath='${pi}'}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'jhipster-logging-aspect-exit-record-refresh-token',
      'error',
      `${WHY.refresh} The distributor's booking API client renews its tokens, and the aspect's \`Exit:\` line prints the result, a Java record whose toString writes every component.`,
      ({ rng }) => {
        next();
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            jh: [
              [
                'DEBUG',
                'c.t.b.client.ReelHubDistributorClient',
                `Exit: refreshTokens() with result = TokenResponse[accessToken=${rng.b64url(48)}, refreshToken=${rt}, tokenType=Bearer, expiresIn=3600]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'jhipster-request-logging-filter-jsessionid',
      'error',
      WHY.session(
        "Tomcat's `JSESSIONID` (32 hex digits) of a signed-in member, in the `cookie` header CommonsRequestLoggingFilter writes before and after the request (the second line is a repeat)",
      ),
      ({ rng, t }) => {
        next();
        const sid = rng.hex(32).toUpperCase();
        const ip = publicIp(rng);
        const req = `GET /api/account, client=${ip}, session=${sid}, headers=[host:"book.${TV}", accept:"application/json", cookie:"JSESSIONID=${sid}; XSRF-TOKEN=${rng.uuid()}", user-agent:"${rng.pick(BROWSERS)}"]`;
        return {
          value: sid,
          event: {
            jh: [
              ['DEBUG', 'o.s.w.f.CommonsRequestLoggingFilter', `Before request [${req}]`],
              ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'GET "/api/account", parameters={}'],
              ['DEBUG', 'o.s.web.servlet.DispatcherServlet', 'Completed 200 OK'],
              ['DEBUG', 'o.s.w.f.CommonsRequestLoggingFilter', `After request [${req}]`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jhipster-restclient-429-message-api-key',
      'error',
      `${WHY.apiKey('api_key')} The poster service calls TMDB with the key in the query, TMDB answers 429, and Spring's RestClient exception message quotes the whole request URL.`,
      ({ rng }) => {
        next();
        const key = rng.hex(32);
        const film = rng.int(400, 990000);
        return {
          value: key,
          event: {
            jh: [
              [
                'WARN',
                'c.t.booking.service.FilmMetadataService',
                `Could not fetch posters for film ${film}: 429 Too Many Requests on GET request for "https://api.themoviedb.org/3/movie/${film}/images?api_key=${key}&include_image_language=en,null": "{"success":false,"status_code":25,"status_message":"Your request count (#) is over the allowed limit of (40)."}"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jhipster-exit-account-gravatar-md5',
      'none',
      "The account DTO's `imageUrl` is a Gravatar address, the MD5 of the member's e-mail address (32 hex digits): a public avatar's name, no credential.",
      ({ rng }) => {
        next();
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            jh: [
              [
                'DEBUG',
                'c.t.booking.web.rest.AccountResource',
                `Exit: getAccount() with result = AdminUserDTO{login='member${rng.int(100, 999)}', firstName='Ellen', lastName='Morris', email='ellen.morris@${TV}', imageUrl='https://www.gravatar.com/avatar/${h}?s=80&d=identicon', activated=true, langKey='en', authorities=[ROLE_USER]}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'book' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dehydrated-cron.log: dehydrated's output of its weekly cron run (`dehydrated --cron --hook /etc/dehydrated/hook.sh`,
// stdout and stderr appended), a date line the cron wrapper prints, dehydrated's `# INFO:` and ` + ` lines, and the
// hook's commands traced by `set -x` (`+ …`) with their output. No time on the lines but the wrapper's.
// From memory: dehydrated's messages (`Processing … with alternative names: …`, ` + Responding to challenge for …`,
// ` + Challenge is valid!`), the hook arguments (`deploy_challenge <domain> <token> <TXT value>`), curl's `-v` lines.

function dehydratedLog(rng) {
  const render = (e) => e.dh;
  const DOMAINS = [TV, `www.${TV}`, `book.${TV}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ dh: [`+ dig +short TXT _acme-challenge.${rng.pick(DOMAINS)} @ns1.desec.io`] }),
      () => ({ dh: ['+ sleep 10'] }),
      () => ({ dh: [` + Responding to challenge for ${rng.pick(DOMAINS)} authorization...`, ' + Challenge is valid!'] }),
    ])();
  const steps = [
    {
      raw: {
        dh: [
          `=== ${DAYS[new Date(DAY_EN).getUTCDay()]} ${MONTHS[11]} 13 03:17:01 GMT 2027 ===`,
          '# INFO: Using main config file /etc/dehydrated/config',
          '# INFO: Using additional config file /etc/dehydrated/conf.d/desec.sh',
          `Processing ${TV} with alternative names: www.${TV} book.${TV}`,
          ' + Checking domain name(s) of existing cert... unchanged.',
          ' + Checking expire date of existing cert...',
          ' + Valid till Jan  9 03:16:40 2028 GMT (Less than 30 days). Renewing!',
          ' + Signing domains...',
          ' + Generating private key...',
          ' + Generating signing request...',
          ' + Requesting new certificate order from CA...',
          ' + Received 3 authorizations URLs from the CA',
          ' + Handling authorization for ' + TV,
          ' + Handling authorization for www.' + TV,
          ' + Handling authorization for book.' + TV,
          ' + 3 pending challenge(s)',
          ' + Deploying challenge tokens...',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'dehydrated-hook-deploy-challenge-token',
      'none',
      "The hook is called as `deploy_challenge <domain> <token> <TXT value>` and `set -x` writes the call: an ACME challenge token and the TXT record's value, published in DNS and worthless once validated; no credential.",
      ({ rng }) => {
        const tok = rng.b64url(43);
        return { value: tok, event: { dh: [`+ deploy_challenge ${TV} ${tok} ${rng.b64url(43)}`] } };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'dehydrated-hook-curl-verbose-desec-token',
      'error',
      "The hook reads deSEC's API token from a curl config file (`-K`), so the traced command holds none, but `curl -v` writes the header it sends, `Authorization: Token …`, into the cron output.",
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            dh: [
              `+ curl -sS -v -K /etc/dehydrated/desec.curlrc -X PATCH https://desec.io/api/v1/domains/${TV}/rrsets/ --data @/tmp/rrset.json`,
              '* Connected to desec.io (203.0.113.71) port 443',
              `> PATCH /api/v1/domains/${TV}/rrsets/ HTTP/2`,
              '> Host: desec.io',
              '> User-Agent: curl/7.88.1',
              '> Accept: */*',
              `> Authorization: Token ${tok}`,
              '> Content-Type: application/json',
              '>',
              '< HTTP/2 200',
            ],
          },
        };
      },
    ),
    3,
    {
      raw: {
        dh: [
          ' + Cleaning challenge tokens...',
          ' + Requesting certificate...',
          ' + Checking certificate...',
          ' + Done!',
          ' + Creating fullchain.pem...',
        ],
      },
    },
    plant(
      'negative',
      'dehydrated-hook-openssl-fingerprint',
      'none',
      "The deploy hook prints the new certificate's SHA-256 fingerprint (`openssl x509 -fingerprint`): a hash of a public certificate, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64).toUpperCase().match(/../g).join(':');
        return {
          value: fp,
          event: {
            dh: [`+ openssl x509 -in /etc/dehydrated/certs/${TV}/cert.pem -noout -fingerprint -sha256`, `sha256 Fingerprint=${fp}`],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'encoded',
      'dehydrated-hook-synology-login-percent-encoded-passwd',
      'error',
      "The deploy hook logs in to the office NAS's web API to import the certificate, with the account's password in the query (`passwd=`), percent-encoded by the script; `set -x` writes the expanded URL.",
      ({ rng }) => {
        const pw = humanPassword(rng);
        const enc = pct(pw);
        return {
          value: enc,
          event: {
            dh: [
              `+ curl -fsS 'https://nas.${TV}:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=login&account=certbot&passwd=${enc}&format=sid'`,
              `{"data":{"sid":"${rng.b64url(22)}"},"success":true}`,
            ],
          },
        };
      },
      { after: 2 },
    ),
    plant(
      'path-secret',
      'dehydrated-hook-nextcloud-share-download',
      'error',
      WHY.pathSecret(
        "The deploy hook puts the new chain on a Nextcloud file-drop share through its public WebDAV path, the share's 15-character token in the path (`/public.php/dav/files/<token>/`), and `set -x` writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            dh: [`+ curl -fsS -T /etc/dehydrated/certs/${TV}/fullchain.pem https://cloud.${TV}/public.php/dav/files/${tok}/fullchain.pem`],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'api-key-name',
      'dehydrated-hook-kiosk-reload-key',
      'error',
      `${WHY.apiKey('reload_key')} The deploy hook asks the kiosk's admin endpoint to reload its certificate, the key in the query of the traced curl.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { dh: [`+ curl -fsS 'https://kiosk.${TV}:8443/admin/reload-tls?reload_key=${key}'`, '{"reloaded":true}'] },
        };
      },
      { after: 1 },
    ),
    plant(
      'webhook',
      'dehydrated-hook-rocketchat-incoming-webhook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<integration id>/<48-character token>`) the deploy hook posts to, to tell the volunteers' channel the certificate was renewed; `set -x` writes the URL",
      ),
      ({ rng }) => {
        const hid = rng.chars('23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz', 17);
        const tok = rng.alnum(48);
        const id = `${hid}/${tok}`;
        return {
          value: tok,
          needle: id,
          event: {
            dh: [
              `+ curl -fsS -H 'Content-Type: application/json' -d '{"text":"Certificate for ${TV} renewed (valid till 13 Mar 2028)"}' https://chat.${TV}/hooks/${id}`,
              'ok',
            ],
          },
        };
      },
      { after: 1 },
    ),
    { raw: { dh: [' + Done!', '# INFO: Running automatic cleanup'] }, after: 1 },
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR + 17 * MIN, site: { host: 'dehydrated' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gpodder.log: gPodder 3.11 on the projection-box PC (`~/gPodder/Logs/gpodder.log`), Python logging as gPodder sets it
// up: `<created, seconds since the epoch with six decimals> [<logger>] <LEVEL>: <message>`.
// From memory (a search found gPodder's `gpodder/log.py` header but not its format string): the layout and the
// loggers' names and messages; the `command_on_download` extension's line.

function gpodderLog(rng) {
  const render = (e) => e.gp.map(([lg, lvl, msg], i) => `${((e.t + i * 7) / 1000).toFixed(6)} [${lg}] ${lvl}: ${msg}`);
  const PODS = [
    'https://feeds.bbci.co.uk/kermode_mayo/rss',
    'https://www.bfi.org.uk/podcasts/feed.xml',
    'https://feeds.acast.com/public/shows/little-white-lies',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ gp: [['gpodder.model', 'DEBUG', `Updating ${rng.pick(PODS)}`]] }),
      () => ({ gp: [['gpodder.download', 'INFO', `Downloading episode ${rng.int(100, 480)}.mp3 (${rng.int(20, 90)} MB)`]] }),
      () => ({ gp: [['gpodder.dbsqlite', 'DEBUG', 'Commit.']] }),
    ])();
  const steps = [
    {
      raw: {
        gp: [
          ['gpodder.gtkui.main', 'INFO', 'Starting gPodder 3.11.4'],
          ['gpodder.core', 'DEBUG', 'Loading config'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'path-secret',
      'gpodder-update-private-trailer-feed',
      'error',
      WHY.pathSecret(
        "The film distributor's private trailer feed, whose path holds the cinema's feed token (`/private/<token>/trailers.xml`), written when gPodder updates it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { gp: [['gpodder.model', 'DEBUG', `Updating https://feeds.reelhub.example/private/${tok}/trailers.xml`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gpodder-podcast-guid',
      'none',
      "A feed's `podcast:guid` (a UUIDv5 of the feed URL, as Podcasting 2.0 defines it): a public identifier, no credential.",
      ({ rng }) => {
        const g = rng.uuid().replace(/^(.{14})4/, '$15');
        return {
          value: g,
          event: { gp: [['gpodder.feedcore', 'DEBUG', `podcast:guid ${g} for https://www.bfi.org.uk/podcasts/feed.xml`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gpodder-fetch-patreon-rss-auth',
      'error',
      `${WHY.apiKey('auth')} The projectionist's Patreon podcast feed: Patreon puts the member's feed key in the query, and gPodder's feed fetcher writes the URL.`,
      ({ rng }) => {
        const key = rng.b64url(32);
        return {
          value: key,
          event: { gp: [['gpodder.feedcore', 'DEBUG', `Fetching https://www.patreon.com/rss/cinematalk?auth=${key}&show=871245`]] },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'gpodder-download-error-userinfo-percent-encoded',
      'error',
      "The film society's member feed is subscribed with its login in the URL (`https://user:password@…`), the password percent-encoded as a URL needs; a failed download writes the URL whole.",
      ({ rng }) => {
        const enc = pct(humanPassword(rng));
        return {
          value: enc,
          event: {
            gp: [
              [
                'gpodder.download',
                'ERROR',
                `Download failed: HTTP Error 503: Service Unavailable (https://tvcc%40${TV}:${enc}@members.filmsociety.example/audio/intro-${rng.int(10, 60)}.mp3)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'gpodder-command-on-download-zapier-hook',
      'error',
      WHY.webhook(
        "gPodder's `command_on_download` extension runs a curl that posts each new trailer to a Zapier catch hook (`/hooks/catch/<account>/<hook>/`), and the extension logs the command",
      ),
      ({ rng }) => {
        const acct = digits(rng, 8);
        const hook = lowerNum(rng, 7);
        return {
          value: hook,
          needle: `${acct}/${hook}`,
          event: {
            gp: [
              [
                'gpodder.extensions.command_on_download',
                'INFO',
                `Running: curl -s -X POST https://hooks.zapier.com/hooks/catch/${acct}/${hook}/ -d title="New trailer" -d file=/home/projection/gPodder/Downloads/ReelHub/trailer-${rng.int(100, 999)}.mp4`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gpodder-download-resume-etag',
      'none',
      'The `ETag` a server returned for an episode, which gPodder keeps to resume a download: a content hash, no credential.',
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: { gp: [['gpodder.download', 'DEBUG', `Resuming download, ETag "${etag}", ${rng.int(2, 40)} MB already on disk`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'gpodder' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// elmah-errors.xml: the old members' site (ASP.NET Web Forms 4.8 on IIS) keeps ELMAH's XmlFileErrorLog; the
// `App_Data/errors/*.xml` files of one day concatenated, one `<error>` element a line (ELMAH writes each file
// without indentation): the attributes (`errorId`, `application`, `host`, `type`, `message`, `source`, `detail`,
// `time` in UTC, `statusCode`), then `<serverVariables>`, `<queryString>`, `<form>` and `<cookies>`, each an `<item
// name="…"><value string="…" /></item>` list.
// From memory (not fetched): the element and attribute names, the item layout, the one-line files.

function elmahLog(rng) {
  const items = (name, o) =>
    Object.keys(o).length
      ? `<${name}>${Object.entries(o)
          .map(([k, v]) => `<item name="${xa(k)}"><value string="${xa(v)}" /></item>`)
          .join('')}</${name}>`
      : '';
  const render = (e) => {
    const r = e.el;
    const host = `members.${TV}`;
    const cookieText = Object.entries(r.cookies ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const sv = {
      ALL_RAW: r.raw ?? `Host: ${host}\r\nUser-Agent: ${r.ua ?? e.ua}\r\n`,
      AUTH_TYPE: '',
      HTTP_HOST: host,
      ...(cookieText ? { HTTP_COOKIE: cookieText } : {}),
      ...(r.referer ? { HTTP_REFERER: r.referer } : {}),
      HTTP_USER_AGENT: r.ua ?? e.ua,
      PATH_INFO: r.path,
      QUERY_STRING: r.query ?? '',
      REMOTE_ADDR: e.ip,
      REQUEST_METHOD: r.method ?? 'GET',
      URL: r.path,
    };
    const q = Object.fromEntries(new URLSearchParams(r.query ?? ''));
    return [
      `<?xml version="1.0" encoding="utf-8"?><error errorId="${rng.uuid()}" application="/LM/W3SVC/2/ROOT" host="TVCC-WEB01" type="${r.type}" message="${xa(r.msg)}" source="${r.source ?? 'App_Web_members'}" detail="${xa(`${r.type}: ${r.msg}\r\n   at ${r.at}`)}" time="${iso(e.t).slice(0, 23)}0000Z" statusCode="${r.status ?? 500}">${items('serverVariables', sv)}${items('queryString', q)}${items('form', r.form ?? {})}${items('cookies', r.cookies ?? {})}</error>`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        el: {
          type: 'System.Web.HttpException',
          msg: `The file '/films/${rng.pick(['archive', 'season', 'club'])}-${rng.int(2009, 2019)}.aspx' does not exist.`,
          source: 'System.Web',
          status: 404,
          path: `/films/archive-${rng.int(2009, 2019)}.aspx`,
          at: 'System.Web.UI.Util.CheckVirtualFileExists(VirtualPath virtualPath)',
        },
      }),
      () => ({
        el: {
          type: 'System.Data.SqlClient.SqlException',
          msg: 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.',
          source: '.Net SqlClient Data Provider',
          path: '/members/history.aspx',
          query: `year=${rng.int(2015, 2027)}`,
          at: 'System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
        },
      }),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'elmah-querystring-microsoft-account-code',
      'warning',
      `${WHY.code} The external sign-in callback throws, and ELMAH keeps the request's \`QUERY_STRING\` and its \`<queryString>\` items: a Microsoft account code (\`M.C5…\`) beside its state.`,
      ({ rng }) => {
        const code = `M.C5${rng.int(10, 59)}_BL2.2.U.${rng.uuid()}`;
        return {
          value: code,
          event: {
            el: {
              type: 'System.NullReferenceException',
              msg: 'Object reference not set to an instance of an object.',
              path: '/Account/ExternalLoginCallback.aspx',
              query: `code=${code}&state=${rng.b64url(43)}`,
              referer: 'https://login.live.com/',
              at: 'TVCC.Members.Account.ExternalLoginCallback.Page_Load(Object sender, EventArgs e)',
            },
          },
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'elmah-form-webforms-password-field',
      'error',
      "The sign-in page fails while posting, and ELMAH keeps the whole `<form>`, the Web Forms text box `ctl00$MainContent$txtPassword` in clear with the member's password.",
      ({ rng }) => {
        const pw = humanPassword(rng);
        return {
          value: pw,
          event: {
            el: {
              type: 'System.InvalidOperationException',
              msg: 'The ConnectionString property has not been initialized.',
              method: 'POST',
              path: '/Account/Login.aspx',
              form: {
                __EVENTTARGET: '',
                ctl00$MainContent$txtEmail: `j.pryce@${TV}`,
                ctl00$MainContent$txtPassword: pw,
                ctl00$MainContent$btnLogin: 'Sign in',
              },
              at: 'TVCC.Members.Account.Login.btnLogin_Click(Object sender, EventArgs e)',
            },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'elmah-form-event-validation',
      'none',
      "ASP.NET's `__EVENTVALIDATION` field (base64 of the postback values the page allows, MAC-protected): a page-state blob, no credential.",
      ({ rng }) => {
        const ev = rng.bytes(96).toString('base64');
        return {
          value: ev,
          event: {
            el: {
              type: 'System.Web.HttpException',
              msg: 'Maximum request length exceeded.',
              source: 'System.Web',
              method: 'POST',
              path: '/members/photo.aspx',
              form: { __VIEWSTATEGENERATOR: rng.hex(8).toUpperCase(), __EVENTVALIDATION: ev },
              at: 'System.Web.HttpRequest.GetEntireRawContent()',
            },
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'elmah-cookies-aspxauth',
      'error',
      WHY.session(
        "The Forms Authentication ticket (`.ASPXAUTH`, an encrypted ticket in upper-case hex) in ELMAH's `HTTP_COOKIE` and `<cookies>` of a failing page",
      ),
      ({ rng }) => {
        const ticket = rng.hex(320).toUpperCase();
        return {
          value: ticket,
          event: {
            el: {
              type: 'System.FormatException',
              msg: 'Input string was not in a correct format.',
              path: '/members/renew.aspx',
              query: 'plan=family',
              cookies: { 'ASP.NET_SessionId': lowerNum(rng, 24), '.ASPXAUTH': ticket },
              at: 'TVCC.Members.Renew.Page_Load(Object sender, EventArgs e)',
            },
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'elmah-all-raw-authorization-basic',
      'error',
      "The box-office kiosk polls the members' check-in service with Basic authentication; when it fails, ELMAH's `ALL_RAW` server variable keeps the raw request headers, `Authorization: Basic …` included.",
      ({ rng }) => {
        const b = b64Of(`kiosk:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            el: {
              type: 'System.ArgumentException',
              msg: 'An item with the same key has already been added.',
              source: 'mscorlib',
              path: '/api/checkin.ashx',
              query: `screening=${rng.int(300, 340)}`,
              ua: 'TVCC-Kiosk/1.8 (Windows NT 10.0)',
              raw: `Authorization: Basic ${b}\r\nHost: members.${TV}\r\nUser-Agent: TVCC-Kiosk/1.8 (Windows NT 10.0)\r\n`,
              at: 'System.Collections.Generic.Dictionary`2.Insert(TKey key, TValue value, Boolean add)',
            },
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'elmah-form-owin-refresh-token',
      'error',
      `${WHY.refresh} The mobile app renews its session at the site's OWIN token endpoint; the endpoint throws and ELMAH keeps the posted form, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(43);
        return {
          value: rt,
          event: {
            el: {
              type: 'System.Data.Entity.Core.EntityException',
              msg: 'The underlying provider failed on Open.',
              source: 'EntityFramework',
              method: 'POST',
              path: '/token',
              ua: 'okhttp/4.12.0',
              form: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'tvcc-app' },
              at: 'TVCC.Members.Providers.RefreshTokenProvider.ReceiveAsync(AuthenticationTokenReceiveContext context)',
            },
          },
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'elmah-referer-embed-listings-120s',
      'warning',
      "The listings widget embedded on the town's what's-on site (`/embed/listings/<JWT>`) loads a page that fails, and ELMAH's `HTTP_REFERER` keeps the embed address; its `time` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { iss: `https://members.${TV}`, resource: { widget: 'listings' }, site: 'ludlow-whats-on' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            el: {
              type: 'System.Web.HttpException',
              msg: 'A potentially dangerous Request.Path value was detected from the client (:).',
              source: 'System.Web',
              status: 400,
              path: '/embed/poster:large',
              referer: `https://members.${TV}/embed/listings/${token}`,
              at: 'System.Web.HttpRequest.ValidateInputIfRequiredByConfig()',
            },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'elmah-cookie-arraffinity',
      'none',
      "Azure App Service's `ARRAffinity` cookie (64 hex digits) names the instance that served the client, for sticky load balancing: no credential.",
      ({ rng }) => {
        const a = rng.hex(64);
        return {
          value: a,
          event: {
            el: {
              type: 'System.Threading.ThreadAbortException',
              msg: 'Thread was being aborted.',
              source: 'mscorlib',
              path: '/films/default.aspx',
              cookies: { ARRAffinity: a, ARRAffinitySameSite: a.split('').reverse().join('') },
              at: 'System.Web.HttpResponse.End()',
            },
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'members' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// eas-build-android-production.log: an EAS Build (Expo) Android build's log as its page downloads it, bunyan JSON
// lines: `name`, `hostname`, `pid`, `level`, `logId`, `phase`, `source`, `msg`, `time` (UTC), `v`; the npm hooks'
// scripts run under `set -x`.
// From memory (not fetched): the field names, the phase names (`PRE_INSTALL_HOOK`, `INSTALL_DEPENDENCIES`,
// `RUN_GRADLEW`, `ON_BUILD_SUCCESS_HOOK`…) and the messages.

function easLog(rng) {
  const HOST = `ip-10-4-${rng.int(1, 250)}-${rng.int(1, 250)}`;
  const PID = rng.int(400, 3000);
  let phase = 'SPIN_UP_BUILDER';
  const render = (e) =>
    e.ea.map((msg, i) =>
      JSON.stringify({
        name: 'eas',
        hostname: HOST,
        pid: PID,
        level: 30,
        logId: rng.uuid(),
        phase,
        source: msg.startsWith('+ ') ? 'stderr' : 'stdout',
        msg,
        time: iso(e.t + i * 11),
        v: 0,
      }),
    );
  const at = (p) => {
    phase = p;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        ea: [
          `> Task :app:${rng.pick(['mergeReleaseResources', 'compileReleaseKotlin', 'bundleReleaseJsAndAssets', 'lintVitalAnalyzeRelease'])}`,
        ],
      }),
      () => ({ ea: [`added ${rng.int(1, 30)} packages in ${rng.int(1, 9)}s`] }),
    ])();
  const steps = [
    { raw: { ea: ['Build ID: ' + rng.uuid(), 'Project: @tvcc/tvcc-app', 'Platform: android', 'Profile: production'] }, after: 0 },
    plant(
      'negative',
      'eas-keystore-certificate-fingerprint',
      'none',
      "EAS prints the SHA-256 fingerprint of the upload keystore's certificate it will sign with: the hash of a public certificate, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64).toUpperCase().match(/../g).join(':');
        return { value: fp, event: { ea: ['Using Keystore from EAS credentials (upload key)', `Keystore SHA-256 fingerprint: ${fp}`] } };
      },
      { after: 2 },
    ),
    {
      raw: {
        get ea() {
          at('PRE_INSTALL_HOOK');
          return [
            'Script "eas-build-pre-install" is present in package.json, running it...',
            '> tvcc-app@2.4.0 eas-build-pre-install',
            '> bash ./scripts/eas-pre-install.sh',
          ];
        },
      },
    },
    plant(
      'encoded',
      'eas-pre-install-base64-keystore-properties',
      'error',
      "The pre-install hook writes `keystore.properties` from a base64 variable, and `set -x` writes the command with the variable expanded; decoded, it holds the keystore's and key's passwords.",
      ({ rng }) => {
        const b = b64Of(
          `storePassword=${rng.alnum(20)}\nkeyPassword=${rng.alnum(20)}\nkeyAlias=tvcc-release\nstoreFile=tvcc-release.jks\n`,
        );
        return { value: b, event: { ea: [`+ echo ${b}`, '+ base64 --decode'] } };
      },
      { after: 1 },
    ),
    plant(
      'api-key-name',
      'eas-pre-install-font-licence-key',
      'error',
      `${WHY.apiKey('licence_key')} The hook downloads the licensed brand fonts with the key in the query, and \`set -x\` writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ea: [`+ curl -fsSL -o assets/fonts/brand.zip 'https://kits.typefoundry.example/v1/kits/tvcc-app.zip?licence_key=${key}'`],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'implicit-fragment',
      'eas-pre-install-jest-received-deep-link-fragment',
      'error',
      "The hook runs the app's tests, one of which signs in against the staging identity server; its failure prints the deep link the app received (`tvcc://auth/callback#access_token=…`), the implicit grant's token in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ea: [
              ' FAIL  src/auth/__tests__/staging-signin.test.ts',
              '  ● staging sign-in › returns to the app',
              '    expect(received).toMatch(expected)',
              '    Expected pattern: /^tvcc:\\/\\/auth\\/callback\\?code=/',
              `    Received string:  "tvcc://auth/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}"`,
            ],
          },
        };
      },
      { after: 9 },
    ),
    {
      raw: {
        get ea() {
          at('RUN_GRADLEW');
          return ["Running 'gradlew :app:bundleRelease' in /home/expo/workingdir/build/android"];
        },
      },
      after: 30,
    },
    5,
    {
      raw: {
        get ea() {
          at('ON_BUILD_SUCCESS_HOOK');
          return ['BUILD SUCCESSFUL in 6m 41s', 'Script "eas-build-on-success" is present in package.json, running it...'];
        },
      },
    },
    plant(
      'path-secret',
      'eas-on-success-upload-link',
      'error',
      WHY.pathSecret(
        "The success hook puts the bundle on the cinema's file server through an upload link whose path holds its token (`/u/<token>/`), and `set -x` writes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            ea: [`+ curl -fsS -T android/app/build/outputs/bundle/release/app-release.aab https://files.${TV}/u/${tok}/tvcc-2.4.0.aab`],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'webhook',
      'eas-on-success-teams-workflow-sig',
      'error',
      WHY.webhook(
        'A Teams Workflows trigger (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=…`, the signature being the secret) the success hook posts the build card to; `set -x` writes the URL',
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            ea: [
              `+ curl -fsS -H 'Content-Type: application/json' -d @/tmp/card.json 'https://prod-${pad(rng.int(1, 40))}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'eas-app-config-project-id',
      'none',
      'The EAS project id from `app.json` (`extra.eas.projectId`, a UUID) the build prints: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { ea: [`Build finished for EAS project ${id} (@tvcc/tvcc-app), uploading application archive...`] } };
      },
      { after: 2 },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'eas' }, filler, render, steps });
}

// =====================================================================================================================
// Assyrian Cultural Association of Nohadra (Assyrian Neo-Aramaic; Duhok: AST, UTC+3 all year)
// =====================================================================================================================

const KN = 'knushya-nohadra.example';
const THANKS = 'ܬܘܕܝ ܣܓܝ';

// ---------------------------------------------------------------------------------------------------------------------
// mongooseim.log: the association's chat server, MongooseIM 6, its file handler in MongooseIM's logfmt layout:
// `when=<ISO 8601 with zone> level=<level> what=<event> pid=<Erlang pid> at=<module:function:line> <key=value …>`,
// Erlang terms printed as Erlang writes them (maps `#{k => v}`, binaries `<<"…">>`, tuples).
// The `what=` structured logging is from MongooseIM's developer guide on logging (read through search); the `when=`,
// `pid=` and `at=` fields, the events' names and the packets' printing from memory.

function mongooseLog(rng) {
  const render = (e) => [
    `when=${local(e.t, AST).slice(0, 19)}.${pad(rng.int(0, 999999), 6)}${zone(AST)} level=${e.mi.lvl} what=${e.mi.what} pid=<0.${rng.int(400, 9000)}.0> at=${e.mi.at} ${e.mi.kv}`,
  ];
  const USERS = ['shamiram', 'ninos', 'atorina', 'ashur', 'sargon', 'nahrin'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        mi: {
          lvl: 'info',
          what: 'c2s_auth_success',
          at: 'mongoose_c2s:handle_auth_success:541',
          kv: `user=${rng.pick(USERS)}@${KN} c2s_ip=${publicIp(rng)} c2s_port=${rng.int(20000, 60000)} sasl_mech=SCRAM-SHA-256`,
        },
      }),
      () => ({
        mi: {
          lvl: 'info',
          what: 'mam_archive_message',
          at: 'mod_mam_pm:archive_message:284',
          kv: `archive_id=${rng.int(10, 90)} message_id=${digits(rng, 16)}`,
        },
      }),
      () => ({
        mi: {
          lvl: 'notice',
          what: 'user_session_closed',
          at: 'mongoose_c2s:terminate:317',
          kv: `user=${rng.pick(USERS)}@${KN} reason=normal`,
        },
      }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'mongooseim-rdbms-connect-failed-opts-map',
      'error',
      "The RDBMS pool's connection fails at start-up, and the warning prints the pool's options as an Erlang map, the database `password` included.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            mi: {
              lvl: 'warning',
              what: 'rdbms_connection_failed',
              at: 'mongoose_rdbms:connect:612',
              kv: `pool=default reason=econnrefused opts=#{database => "mongooseim",host => "db.${KN}",password => "${pw}",port => 5432,tls => #{required => true},username => "mim"}`,
            },
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'mongooseim-sasl-scram-challenge',
      'none',
      'The SCRAM server-first message the server sends (base64 of `r=<nonces>,s=<salt>,i=4096`), printed with the outgoing packet: a per-login nonce and a public salt, no credential.',
      ({ rng }) => {
        const ch = b64Of(`r=${rng.b64url(24)}${rng.b64url(24)},s=${rng.bytes(16).toString('base64')},i=4096`);
        return {
          value: ch,
          event: {
            mi: {
              lvl: 'debug',
              what: 'c2s_element_out',
              at: 'mongoose_c2s:send_element:1021',
              kv: `user=undefined exml_packet=<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>${ch}</challenge>`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'mongooseim-graphql-request-headers-authorization',
      'error',
      "The admin GraphQL API is called by the association's provisioning script with Basic authentication, and its debug line prints the request's headers as an Erlang map, `authorization` included.",
      ({ rng }) => {
        const b = b64Of(`admin:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            mi: {
              lvl: 'debug',
              what: 'graphql_request',
              at: 'mongoose_graphql_handler:from_json:98',
              kv: `endpoint=admin headers=#{<<"authorization">> => <<"Basic ${b}">>,<<"content-type">> => <<"application/json">>,<<"host">> => <<"xmpp.${KN}:5551">>,<<"user-agent">> => <<"python-requests/2.32.5">>}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'mongooseim-c2s-element-in-body-access-token-fragment',
      'error',
      "At debug level the server prints every stanza it receives: a volunteer pastes in the group chat the address the radio's web player returned to after sign-in, `#access_token=…` in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            mi: {
              lvl: 'debug',
              what: 'c2s_element_in',
              at: 'mongoose_c2s:handle_c2s_packet:388',
              kv: `user=ninos@${KN} exml_packet=<message to='radio@muc.${KN}' type='groupchat' id='${rng.uuid()}'><body>ܫܠܡܐ، ܗܕܐ ܠܐ ܦܬܚܐ: https://radio.${KN}/#access_token=${at}&amp;token_type=Bearer&amp;expires_in=3600</body></message>`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'mongooseim-event-pusher-http-home-assistant-webhook',
      'error',
      WHY.webhook(
        "The event pusher posts new messages to a Home Assistant webhook (`/api/webhook/<webhook id>`, 64 hex digits) whose automation shows them on the radio's studio screen; a failed post is logged with its URL",
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: {
            mi: {
              lvl: 'warning',
              what: 'event_pusher_http_request_failed',
              at: 'mod_event_pusher_http:make_req:118',
              kv: `host_type=${KN} url="https://ha.${KN}/api/webhook/${id}" reason={closed,<<"connection closed">>}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mongooseim-custom-module-sms-qlida',
      'error',
      `${WHY.apiKey('qlida')} (ܩܠܝܕܐ, "key"). The association's own module sends offline members an SMS through its gateway, and the failure prints the request URL inside an Erlang tuple.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            mi: {
              lvl: 'error',
              what: 'sms_send_failed',
              at: 'mod_kn_sms:send:77',
              kv: `user=atorina@${KN} reason={failed_connect,"https://sms.${KN}/v1/shadar?qlida=${key}&l=%2B964750${digits(rng, 7)}"}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'mongooseim-stream-id',
      'none',
      'The id the server gives an XML stream (32 hex digits), written when a stream opens: it names the connection, no credential.',
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            mi: {
              lvl: 'info',
              what: 'c2s_stream_opened',
              at: 'mongoose_c2s:stream_start:205',
              kv: `stream_id=${sid} lang=syr c2s_ip=${publicIp(rng)}`,
            },
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AS + 6 * HOUR, site: { host: 'xmpp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// newsboat.log: the newsroom's Newsboat 2.38 run with `-d newsboat.log -l 6`: `[<yyyy-mm-dd hh:mm:ss>] <LEVEL>:
// <Class::method>: <message>` in the PC's local time, without zone. The newsroom moved from Tiny Tiny RSS to FreshRSS
// that day, so the log holds runs on both.
// From memory (a search for Newsboat's logger found nothing): the layout and the methods' names.

function newsboatLog(rng) {
  const render = (e) => e.nb.map(([lvl, msg]) => `[${ymdHmsAt(e.t, AST)}] ${lvl}: ${msg}`);
  const FEEDS = ['https://www.ishtartv.com/feed', 'https://news.assyrianpolicy.example/rss', `https://${KN}/khabre/feed.xml`];
  const filler = (rng) =>
    rng.pick([
      () => ({ nb: [['DEBUG', `Reloader::reload: starting reload of ${rng.pick(FEEDS)}`]] }),
      () => ({ nb: [['DEBUG', `Cache::externalize_rssfeed: externalizing ${rng.int(3, 40)} items`]] }),
      () => ({ nb: [['INFO', `View::set_status: ܟܬܒ̈ܐ ܚܕ̈ܬܐ: ${rng.int(1, 20)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        nb: [
          ['INFO', 'Controller::run: Newsboat 2.38.0 starting'],
          ['DEBUG', 'ConfigParser::parse_file: reading /home/khabre/.newsboat/config'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'newsboat-config-parser-ttrss-password',
      'error',
      "Newsboat's debug log writes each configuration line it evaluates, and the newsroom's config holds `ttrss-password` in clear.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return { value: pw, event: { nb: [['DEBUG', `ConfigParser::parse_line: evaluating line 14: ttrss-password "${pw}"`]] } };
      },
      { after: 0 },
    ),
    1,
    plant(
      'session-id',
      'newsboat-ttrss-run-op-sid',
      'error',
      WHY.session("Tiny Tiny RSS's API session id (`sid`, a PHP session id), written in each request Newsboat's TT-RSS backend logs"),
      ({ rng }) => {
        const sid = lowerNum(rng, 26);
        return {
          value: sid,
          event: {
            nb: [['DEBUG', `TtRssApi::run_op: op=getHeadlines args={"feed_id":"-4","limit":"200","show_content":"1","sid":"${sid}"}`]],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'newsboat-reload-private-school-feed',
      'error',
      WHY.pathSecret(
        "The language school's private feed of lessons and recordings, whose path holds its token (`/feeds/private/<token>.atom`), written when Newsboat reloads it",
      ),
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: { nb: [['DEBUG', `Reloader::reload: starting reload of https://madrashta.${KN}/feeds/private/${tok}.atom`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'newsboat-etag',
      'none',
      'The `ETag` a feed server returned, which Newsboat keeps for conditional requests: a hash of the content, no credential.',
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: { nb: [['DEBUG', `RssParser::parse_url: got etag = W/"${etag}" lastmodified = ${rng.int(1, 28)} Dec 2027`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'newsboat-reload-feed-qlida',
      'error',
      `${WHY.apiKey('qlida')} (ܩܠܝܕܐ, "key"). The association's own CMS serves its members-only book news (\`ktave\`) with the reader's key in the query, and Newsboat writes the URL when it reloads it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { nb: [['DEBUG', `Reloader::reload: starting reload of https://${KN}/ktave/feed.xml?qlida=${key}`]] } };
      },
    ),
    2,
    plant(
      'encoded',
      'newsboat-rss2json-percent-encoded-raza',
      'error',
      'A members\' feed read through a JSON conversion service, the feed\'s URL percent-encoded in `rss_url`, its secret (`raza`, ܐܪܙܐ, "secret") escaped with it (`%3Fraza%3D…`).',
      ({ rng }) => {
        const s = rng.alnum(28);
        return {
          value: s,
          needle: `%3Fraza%3D${s}`,
          event: {
            nb: [
              [
                'DEBUG',
                `utils::retrieve_url: retrieving https://api.rss2json.example/v1/api.json?rss_url=https%3A%2F%2F${KN}%2Fmembers%2Fkhabre.xml%3Fraza%3D${s}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    {
      raw: {
        nb: [
          ['INFO', 'Controller::run: Newsboat 2.38.0 starting'],
          ['DEBUG', 'FreshRssApi::authenticate: logging in as khabre'],
        ],
      },
      after: 600,
    },
    plant(
      'header-dump',
      'newsboat-freshrss-googlelogin-auth-header',
      'error',
      "Newsboat's FreshRSS backend (the Google Reader API) logs the headers it adds to each request, `Authorization: GoogleLogin auth=<user>/<40 hex>` included.",
      ({ rng }) => {
        const auth = rng.hex(40);
        return {
          value: auth,
          event: { nb: [['DEBUG', `FreshRssApi::add_custom_headers: adding header: Authorization: GoogleLogin auth=khabre/${auth}`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'newsboat-item-guid-sha256',
      'none',
      "An item's guid, which this feed sets to the SHA-256 of the article's URL: an identifier, no credential.",
      ({ rng }) => {
        const g = rng.hex(64);
        return { value: g, event: { nb: [['DEBUG', `Cache::update_rssitem_unlocked: updating item guid = ${g}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AS + 7 * HOUR, site: { host: 'newsboat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nheko.log: the editor's Nheko 0.12 (Matrix client) log, spdlog's layout as Nheko sets it: `[<yyyy-mm-dd
// hh:mm:ss.mmm>] [<logger>] [<level>] <message>` in local time without zone, loggers `net`, `ui`, `db`, `crypto`.
// From memory (not fetched): the layout, the loggers and the messages.

function nhekoLog(rng) {
  const render = (e) => e.nh.map(([lg, lvl, msg], i) => `[${dotMs(e.t + i * 4, AST)}] [${lg}] [${lvl}] ${msg}`);
  const HS = `matrix.${KN}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ nh: [['net', 'debug', `sync: next_batch s${rng.int(100000, 999999)}_${rng.int(1000, 9999)}_${rng.int(10, 99)}`]] }),
      () => ({ nh: [['db', 'debug', `saved ${rng.int(1, 20)} events for !${rng.alnum(18)}:${HS}`]] }),
      () => ({ nh: [['ui', 'info', `room list updated (${rng.int(10, 40)} rooms)`]] }),
    ])();
  const steps = [
    {
      raw: {
        nh: [
          ['ui', 'info', 'nheko version: 0.12.1'],
          ['ui', 'info', `homeserver: https://${HS}`],
        ],
      },
      after: 0,
    },
    plant(
      'replay',
      'nheko-sso-callback-login-token-once',
      'note',
      WHY.ticketFirst(
        "Synapse's `loginToken` (m.login.token), returned to Nheko's local SSO listener after the editor signs in and exchanged at once for a session. The token is",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            nh: [
              ['ui', 'info', `SSO: received callback http://localhost:${rng.int(30000, 60000)}/?loginToken=${tok}`],
              ['net', 'info', 'login successful'],
            ],
          },
        };
      },
      { after: 4 },
    ),
    2,
    plant(
      'negative',
      'nheko-crypto-device-ed25519-key',
      'none',
      "The device's Ed25519 identity key (43 base64 characters), which Nheko prints after uploading it: a public key, no credential.",
      ({ rng }) => {
        const k = rng.bytes(32).toString('base64').replace(/=$/, '');
        return { value: k, event: { nh: [['crypto', 'info', `uploaded device keys, ed25519: ${k}`]] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'nheko-net-refresh-token-debug',
      'error',
      `${WHY.refresh} The homeserver issues refresh tokens (\`syr_…\`, MSC2918); Nheko's \`net\` logger writes the one it sends when renewing.`,
      ({ rng }) => {
        const rt = `syr_${b64urlOf('ninos').replace(/=/g, '')}_${rng.alnum(20)}_${rng.alnum(6)}`;
        return { value: rt, event: { nh: [['net', 'debug', `refreshing access token with refresh_token=${rt}`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'nheko-widget-url-scalar-token',
      'error',
      `${WHY.apiKey('scalar_token')} The integration manager's token: Nheko logs the URL of the room's widget (the radio's Jitsi studio) it opens, the token in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            nh: [
              [
                'ui',
                'info',
                `opening widget: https://dimension.${KN}/widgets/jitsi?confId=studio-ktava&displayName=$matrix_display_name&scalar_token=${key}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'nheko-media-download-access-token-query',
      'error',
      WHY.session('A Matrix access token (`syt_…`) in the query of a media URL (`?access_token=`), written by a failed download'),
      ({ rng }) => {
        const tok = `syt_${b64urlOf('ninos').replace(/=/g, '')}_${rng.alnum(20)}_${rng.alnum(6)}`;
        return {
          value: tok,
          event: {
            nh: [
              [
                'net',
                'warning',
                `failed to download https://${HS}/_matrix/media/v3/download/${HS}/${rng.alnum(24)}?allow_redirect=true&access_token=${tok}: 502`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'nheko-sent-event-id',
      'none',
      "A sent message's event id (`$` and 43 base64url characters, the hash of the event): an identifier, no credential.",
      ({ rng }) => {
        const id = `$${rng.b64url(43)}`;
        return { value: id, event: { nh: [['net', 'debug', `event sent: ${id} (ܚܒܪܐ ܚܕܬܐ)`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AS + 9 * HOUR, site: { host: 'nheko' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// access.audit.json: ForgeRock AM 7.4's access audit topic (JSON handler, one event a line): `_id`, `timestamp` (UTC, ms),
// `eventName` (`AM-ACCESS-ATTEMPT`/`AM-ACCESS-OUTCOME`), `transactionId`, `userId`, `trackingIds`, `client`, `server`,
// `http.request` (`secure`, `method`, `path`, `queryParameters` as arrays, `headers`, `cookies`), `request`,
// `response`, `component`, `realm`.
// From AM's "Audit logging reference" (read through search: `_id`, `timestamp` in UTC, `eventName`, `transactionId`);
// the `http` object's layout and the `response` fields from memory.

function amLog(rng) {
  const render = (e) =>
    e.am.names.map((name, i) => {
      const tx = e.am.tx;
      const ev = {
        _id: `${rng.uuid()}-${rng.int(1000, 99999)}`,
        timestamp: iso(e.t + i * (e.am.ms ?? 15)),
        eventName: name,
        transactionId: tx,
        userId: e.am.user ?? undefined,
        trackingIds: e.am.tracking,
        client: { ip: e.am.ip ?? e.ip, port: e.port },
        server: { ip: '10.20.0.11', port: 8443 },
        http: {
          request: {
            secure: true,
            method: e.am.method ?? 'GET',
            path: `https://sso.${KN}/am/${e.am.path}`,
            queryParameters: Object.fromEntries(Object.entries(e.am.q ?? {}).map(([k, v]) => [k, [v]])),
            headers: { accept: ['*/*'], host: [`sso.${KN}`], 'user-agent': [e.am.ua ?? e.ua], ...(e.am.headers ?? {}) },
            ...(e.am.cookies ? { cookies: e.am.cookies } : {}),
          },
        },
        request: { protocol: e.am.protocol ?? 'OAuth', operation: e.am.method ?? 'GET' },
        ...(name.endsWith('OUTCOME')
          ? {
              response: {
                status: e.am.status ?? 'SUCCESSFUL',
                statusCode: '',
                elapsedTime: rng.int(4, 90),
                elapsedTimeUnits: 'MILLISECONDS',
              },
            }
          : {}),
        component: e.am.component ?? 'OAuth',
        realm: '/',
      };
      return JSON.stringify(ev);
    });
  const txId = (rng) => `${rng.uuid()}-${rng.int(100, 99999)}`;
  const user = (u) => `id=${u},ou=user,o=kn,ou=services,ou=am-config`;
  const filler = (rng) => ({
    am: {
      names: ['AM-ACCESS-OUTCOME'],
      tx: txId(rng),
      path: 'json/realms/root/sessions',
      q: { _action: 'getSessionInfo' },
      component: 'Session',
      protocol: 'CREST',
      method: 'POST',
      ua: 'Mozilla/5.0',
    },
  });
  const steps = [
    1,
    plant(
      'negative',
      'am-authorize-pkce-code-challenge',
      'none',
      "An authorization request's `code_challenge` (PKCE, the base64url SHA-256 of a verifier the app keeps): a hash that opens nothing, no credential.",
      ({ rng }) => {
        const cc = rng.b64url(43);
        return {
          value: cc,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              path: 'oauth2/authorize',
              q: {
                client_id: 'radio-web',
                response_type: 'code',
                scope: 'openid profile',
                redirect_uri: `https://radio.${KN}/maalta/callback`,
                code_challenge: cc,
                code_challenge_method: 'S256',
                state: rng.hex(16),
              },
              status: 'SUCCESSFUL',
            },
          },
        };
      },
    ),
    1,
    plant(
      'id-token',
      'am-end-session-id-token-hint',
      'error',
      "The radio's web app signs a listener out through `/oauth2/connect/endSession?id_token_hint=<ID token>`; AM's access audit writes the query parameters in both the attempt and the outcome events (the second is a repeat), in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(300, 2400),
          alg: 'RS256',
          kid: rng.b64url(27),
          claims: {
            iss: `https://sso.${KN}/am/oauth2`,
            aud: 'radio-web',
            sub: rng.uuid(),
            tokenName: 'id_token',
            auth_time: Math.floor(t / 1000) - 2500,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            am: {
              names: ['AM-ACCESS-ATTEMPT', 'AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              path: 'oauth2/connect/endSession',
              q: { id_token_hint: token, post_logout_redirect_uri: `https://radio.${KN}/` },
            },
          },
        };
      },
    ),
    1,
    plant(
      'oauth-code',
      'am-access-token-query-authorization-code',
      'warning',
      `${WHY.code} The studio's old playout client redeems its code by putting the token request's parameters in the query of \`/oauth2/access_token\`, which AM's audit keeps in \`queryParameters\`.`,
      ({ rng }) => {
        const code = rng.b64url(27);
        return {
          value: code,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              method: 'POST',
              path: 'oauth2/access_token',
              ua: 'KnPlayout/3.1 (Windows)',
              q: { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:7421/callback', state: rng.hex(16) },
            },
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'am-access-token-query-refresh-token',
      'error',
      `${WHY.refresh} The same playout client renews its access token with \`grant_type=refresh_token\` in the query, and AM's audit writes the refresh token.`,
      ({ rng }) => {
        const rt = rng.b64url(27);
        return {
          value: rt,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              method: 'POST',
              path: 'oauth2/access_token',
              ua: 'KnPlayout/3.1 (Windows)',
              q: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'kn-playout' },
            },
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'am-cookies-app-mawtva',
      'error',
      WHY.session(
        "The radio site's own session cookie (`mawtva`, ܡܘܬܒܐ, \"session\", an express-session id signed as `s:<id>.<signature>`), sent to AM on the shared domain and kept in the event's `cookies` (AM's default blacklist drops its own cookie, not this one)",
      ),
      ({ rng }) => {
        const id = rng.b64url(32);
        return {
          value: id,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              path: 'oauth2/authorize',
              q: {
                client_id: 'radio-web',
                response_type: 'code',
                scope: 'openid',
                redirect_uri: `https://radio.${KN}/maalta/callback`,
                state: rng.hex(16),
              },
              cookies: { mawtva: `s%3A${id}.${rng.b64url(43)}`, amlbcookie: '01' },
            },
          },
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'am-header-referer-embed-radio-1d-jti',
      'error',
      "The radio's player embedded on a parish site (`/embed/radio/<JWT>`) sends listeners to sign in, and AM's event keeps the `referer` header, the embed address with its token, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 20000),
          jti: true,
          claims: { iss: `https://radio.${KN}`, resource: { player: 'live' }, parish: 'mar-gewargis' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              path: 'oauth2/authorize',
              q: {
                client_id: 'radio-web',
                response_type: 'code',
                scope: 'openid',
                redirect_uri: `https://radio.${KN}/maalta/callback`,
                state: rng.hex(16),
              },
              headers: { referer: [`https://radio.${KN}/embed/radio/${token}`] },
            },
          },
        };
      },
    ),
    1,
    plant(
      'replay',
      'am-authenticate-pitqa-first',
      'note',
      WHY.ticketFirst(
        'A single-use sign-in ticket (`pitqa`, ܦܬܩܐ, "ticket") mailed to a member for the book fair\'s volunteer page, passed to the authentication tree in the query and accepted. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.pitqa = t;
        return {
          value: tk,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx: txId(rng),
              method: 'POST',
              path: 'json/realms/root/authenticate',
              ip: '203.0.113.38',
              component: 'Authentication',
              protocol: 'CREST',
              q: { authIndexType: 'service', authIndexValue: 'pitqa-ktava', pitqa: tk },
            },
          },
        };
      },
      { ref: 'pitqa' },
    ),
    1,
    plant(
      'replay',
      'am-authenticate-pitqa-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('pitqa').value,
            why: `${WHY.replay('pitqa', gap('pitqa', t))} Another address posted the same ticket to the same tree and AM let it in again (SUCCESSFUL).`,
          },
        ],
        event: {
          am: {
            names: ['AM-ACCESS-OUTCOME'],
            tx: txId(rng),
            method: 'POST',
            path: 'json/realms/root/authenticate',
            ip: '198.51.100.203',
            component: 'Authentication',
            protocol: 'CREST',
            q: { authIndexType: 'service', authIndexValue: 'pitqa-ktava', pitqa: refs.get('pitqa').value },
          },
        },
      }),
      { replayOf: 'pitqa', after: 212 },
    ),
    1,
    plant(
      'negative',
      'am-transaction-id',
      'none',
      'An event whose `transactionId` (a UUID with a counter, as AM writes it) is the only value of note: it ties the events of one request together, no credential.',
      ({ rng }) => {
        const tx = txId(rng);
        return {
          value: tx,
          event: {
            am: {
              names: ['AM-ACCESS-OUTCOME'],
              tx,
              path: 'json/health/live',
              q: {},
              component: 'CREST',
              protocol: 'CREST',
              ua: 'kube-probe/1.31',
            },
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AS + 8 * HOUR, site: { host: 'sso' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trengo-messages.jsonl: the radio's listeners' WhatsApp inbox on Trengo, messages read from Trengo's REST API
// (`/api/v2/tickets/{id}/messages`) with the ticket's id added, one a line: `id`, `ticket_id`, `type` (INBOUND,
// OUTBOUND, NOTE), `message`, `contact`, `user`, `channel`, `created_at` (Laravel's ISO 8601 in UTC with microseconds).
// From memory (not fetched): the field names and `created_at`'s form.

function trengoLog(rng) {
  let mid = rng.int(810000000, 820000000);
  const render = (e) => {
    mid += rng.int(3, 60);
    const m = e.tr;
    return [
      JSON.stringify({
        id: mid,
        ticket_id: m.ticket,
        type: m.type,
        message: m.text,
        contact: m.type === 'INBOUND' ? { id: m.ticket * 3 + 11, name: m.from, phone: `+964750${digits(rng, 7)}` } : null,
        user: m.type === 'INBOUND' ? null : { id: 4120, first_name: 'Shamiram', last_name: 'Odisho' },
        channel: { id: 9011, type: 'WA_BUSINESS', title: 'ܪܕܝܘ ܢܘܗܕܪܐ' },
        created_at: `${iso(e.t).slice(0, 19)}.${pad(rng.int(0, 999999), 6)}Z`,
      }),
    ];
  };
  const NAMES = ['Ninos Yousif', 'Atorina Benjamin', 'Sargon Khoshaba', 'Nahrin Daniel'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        tr: {
          ticket: rng.int(51000, 51090),
          type: 'INBOUND',
          from: rng.pick(NAMES),
          text: `ܫܠܡܐ! ܒܥܝܐ ܝܘܢ ܙܡܪܬܐ ܕ${rng.pick(['ܐܝܘܐܢ ܐܓܐܣܝ', 'ܠܝܢܕܐ ܓܝܘܪܓܝܣ', 'ܐܫܘܪ ܒܝܬ ܣܪܟܝܣ'])} ܒܪܕܝܘ`,
        },
      }),
      () => ({ tr: { ticket: rng.int(51000, 51090), type: 'OUTBOUND', text: `${THANKS}! ܒܫܥܬܐ ${rng.int(5, 9)} ܕܪܡܫܐ` } }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'trengo-inbound-pasted-access-token-fragment',
      'error',
      "A listener pastes into WhatsApp the address the radio's web player left after sign-in, with the identity provider's `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            tr: {
              ticket: 51093,
              type: 'INBOUND',
              from: 'Nahrin Daniel',
              text: `ܠܐ ܦܬܚܐ ܪܕܝܘ: https://radio.${KN}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(12)}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'trengo-note-masked-qlida',
      'none',
      "An agent's note with a stream key masked as the panel shows it (bullets and its last four characters): nothing left to use.",
      ({ rng }) => {
        const m = `••••••••••••••••${rng.hex(4)}`;
        return { value: m, event: { tr: { ticket: 51093, type: 'NOTE', text: `ܩܠܝܕܐ ܕܐܝܣܟܐܣܬ: ${m} — ܠܐ ܫܚܠܦܢ` } } };
      },
    ),
    2,
    plant(
      'id-token',
      'trengo-inbound-callback-id-token-query',
      'error',
      "A listener copies the sign-in page's address after an error, the radio's callback with the ID token in its query (`/maalta/callback?id_token=…`, maalta from ܡܥܠܬܐ, \"entrance\"), live at the message's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 600),
          alg: 'RS256',
          kid: rng.b64url(27),
          claims: { iss: `https://sso.${KN}/am/oauth2`, aud: 'radio-web', sub: rng.uuid(), tokenName: 'id_token' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            tr: {
              ticket: 51102,
              type: 'INBOUND',
              from: 'Sargon Khoshaba',
              text: `ܦܘܕܐ ܒܡܥܠܬܐ 😕 https://radio.${KN}/maalta/callback?id_token=${token}&state=${rng.hex(16)}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'trengo-outbound-recording-share-link',
      'error',
      WHY.pathSecret(
        'An agent sends a family the recording of a memorial programme through the archive\'s share link (`/shawtaputa/<token>`, from ܫܘܬܦܘܬܐ, "sharing")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: {
            tr: { ticket: 51107, type: 'OUTBOUND', text: `ܗܐ ܪܫܡܬܐ ܕܬܘܟܪܢܐ: https://arkhiyon.${KN}/shawtaputa/${tok} — ${THANKS}` },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'trengo-note-expired-embed-player',
      'note',
      "An agent's note with the player embed address a parish sent (`/embed/radio/<JWT>`), a token that had expired hours before the note's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7200,
          age: rng.int(20000, 40000),
          claims: { iss: `https://radio.${KN}`, resource: { player: 'live' }, parish: 'mar-odisho' },
        });
        return {
          value: token,
          jwt: facts,
          event: { tr: { ticket: 51111, type: 'NOTE', text: `ܥܕܬܐ ܫܕܪܬ ܗܕܐ: https://radio.${KN}/embed/radio/${token}` } },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'trengo-outbound-stream-url-qlida',
      'error',
      `${WHY.apiKey('qlida')} (ܩܠܝܕܐ, "key"). A volunteer agent sends a listener abroad the stream address with the listener key Icecast's authentication checks.`,
      ({ rng }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: { tr: { ticket: 51115, type: 'OUTBOUND', text: `ܫܡܘܥ ܗܪܟܐ: https://stream.${KN}/live.mp3?qlida=${key}` } },
        };
      },
    ),
    2,
    plant(
      'negative',
      'trengo-inbound-wamid',
      'none',
      'A listener quotes the WhatsApp message id (`wamid.` and base64) the app shows in a report: an identifier, no credential.',
      ({ rng }) => {
        const w = `wamid.${rng.bytes(34).toString('base64')}`;
        return { value: w, event: { tr: { ticket: 51120, type: 'INBOUND', from: 'Atorina Benjamin', text: `ܚܒܪܐ ܠܐ ܡܛܐ: ${w}` } } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AS + 10 * HOUR, site: { host: 'trengo' }, filler, render, steps });
}

// =====================================================================================================================
// Fedde Kosam Fuuta (Pulaar; Podor, Senegal: GMT, UTC+0 all year)
// =====================================================================================================================

const FK = 'feddekosam.example';

// ---------------------------------------------------------------------------------------------------------------------
// fedde-api.log: the milk collection API (Phoenix 1.7 with Absinthe 1.7), Elixir's Logger console format
// `$time $metadata[$level] $message`, `request_id=…` as metadata (no date); Phoenix's `[info] POST /…`, `[debug]
// Processing with …` with `Parameters:` and `Pipelines:` on further lines, `[info] Sent 200 in …ms`; Absinthe.Logger's
// `[debug] ABSINTHE schema=… variables=…` with the document between `---` rules; Ecto's `[debug] QUERY OK …`.
// From memory (not fetched): the Phoenix and Absinthe messages, Absinthe's default variable filter (`token`,
// `password`).

function phoenixLog(rng) {
  const render = (e) => {
    const rid = `F${rng.b64url(19)}`;
    return e.px.flatMap(([lvl, msg], i) => `${local(e.t + i * 3, 0).slice(11, 23)} request_id=${rid} [${lvl}] ${msg}`.split('\n'));
  };
  const ex = (o) =>
    `%{${Object.entries(o)
      .map(([k, v]) => `"${k}" => ${typeof v === 'string' ? `"${v}"` : v}`)
      .join(', ')}}`;
  const filler = (rng) =>
    rng.pick([
      () => {
        const c = rng.int(1, 40);
        return {
          px: [
            ['info', `GET /api/wuro/${c}/kosam`],
            ['debug', `Processing with FeddeWeb.KosamController.index/2\n  Parameters: ${ex({ wuro_id: String(c) })}\n  Pipelines: [:api]`],
            ['info', `Sent 200 in ${rng.int(2, 40)}ms`],
          ],
        };
      },
      () => {
        const l = rng.int(4, 60);
        return {
          px: [
            ['info', 'POST /api/kosam'],
            [
              'debug',
              `Processing with FeddeWeb.KosamController.create/2\n  Parameters: ${ex({ litre: String(l), wuro_id: String(rng.int(1, 40)) })}\n  Pipelines: [:api]`,
            ],
            ['info', `Kosam jaɓaama: ${l} l`],
            ['info', 'Sent 201 in ' + rng.int(3, 30) + 'ms'],
          ],
        };
      },
    ])();
  const steps = [
    2,
    plant(
      'framework-dump',
      'phoenix-absinthe-variables-konngol-suudaangol',
      'error',
      "The collectors' app signs in with a GraphQL mutation whose password variable has a Pulaar name (`konngolSuudaangol`, \"hidden word\"); neither Phoenix's parameter filter (`password`) nor Absinthe's (`token`, `password`) matches it, so Phoenix's `Parameters:` and Absinthe's `variables=` both print it (the second is a repeat).",
      ({ rng }) => {
        const pw = rng.alnum(12);
        const tel = `+22177${digits(rng, 7)}`;
        const doc =
          'mutation Naatde($telefon: String!, $konngolSuudaangol: String!) { naatde(telefon: $telefon, konngolSuudaangol: $konngolSuudaangol) { maande } }';
        return {
          value: pw,
          event: {
            px: [
              ['info', 'POST /api/graphql'],
              [
                'debug',
                `Processing with Absinthe.Plug\n  Parameters: %{"query" => "${doc}", "variables" => ${ex({ konngolSuudaangol: pw, telefon: tel })}}\n  Pipelines: [:api]`,
              ],
              ['debug', `ABSINTHE schema=FeddeWeb.Schema variables=${ex({ konngolSuudaangol: pw, telefon: tel })}\n---\n${doc}\n---`],
              ['info', 'Sent 200 in 41ms'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'phoenix-parameters-password-filtered',
      'none',
      "The office's admin sign-in form: Phoenix's parameter filter replaced the field named `password` with `[FILTERED]`; nothing is left.",
      ({ rng }) => ({
        value: '[FILTERED]',
        needle: '"password" => "[FILTERED]"',
        event: {
          px: [
            ['info', 'POST /jiiloowo/naatde'],
            [
              'debug',
              `Processing with FeddeWeb.AdminSessionController.create/2\n  Parameters: %{"email" => "biro@${FK}", "password" => "[FILTERED]"}\n  Pipelines: [:browser]`,
            ],
            ['info', `Sent 302 in ${rng.int(40, 90)}ms`],
          ],
        },
      }),
    ),
    2,
    plant(
      'oauth-code',
      'phoenix-ueberauth-google-callback-parameters-code',
      'warning',
      `${WHY.code} The office signs in with Google through Ueberauth; Phoenix's \`Parameters:\` of the callback writes the code beside its state.`,
      ({ rng }) => {
        const code = googleCode(rng);
        return {
          value: code,
          event: {
            px: [
              ['info', 'GET /auth/google/callback'],
              [
                'debug',
                `Processing with FeddeWeb.AuthController.callback/2\n  Parameters: ${ex({ authuser: '0', code, prompt: 'none', provider: 'google', scope: 'email profile openid https://www.googleapis.com/auth/userinfo.email', state: rng.b64url(24) })}\n  Pipelines: [:browser]`,
              ],
              ['info', 'Sent 302 in 212ms'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'phoenix-parameters-refresh-token',
      'error',
      `${WHY.refresh} The collectors' app renews its session at \`/api/maande/hesditin\` (maande, "sign, token"; hesɗitin, "renew"); the default filter covers only \`password\`, so \`Parameters:\` writes the refresh token.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            px: [
              ['info', 'POST /api/maande/hesditin'],
              [
                'debug',
                `Processing with FeddeWeb.MaandeController.refresh/2\n  Parameters: ${ex({ refresh_token: rt })}\n  Pipelines: [:api]`,
              ],
              ['info', 'Sent 200 in 9ms'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'phoenix-inspect-conn-req-cookies-session',
      'error',
      WHY.session(
        'The office\'s signed Phoenix session cookie (`_fedde_key`, `SFMyNTY.` and its payload and signature), in a `%Plug.Conn{}` a developer logged with `inspect` while chasing a sign-in bug ("naatde ena woodi juumre": "there is an error in signing in")',
      ),
      ({ rng }) => {
        const c = `SFMyNTY.${b64urlOf(`\u0083t\u0000\u0000\u0000\u0002m\u0000\u0000\u0000\u000b_csrf_token${rng.alnum(24)}user_token${rng.alnum(32)}`)}.${rng.b64url(43)}`;
        return {
          value: c,
          event: {
            px: [
              [
                'warning',
                `naatde ena woodi juumre: %Plug.Conn{host: "jiiloowo.${FK}", method: "GET", path_info: ["jiiloowo", "kosam"], port: 443, remote_ip: {${publicIp(rng).split('.').join(', ')}}, req_cookies: %{"_fedde_key" => "${c}"}, request_path: "/jiiloowo/kosam", scheme: :https, status: nil, ...}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'phoenix-req-error-sms-udditirgal',
      'error',
      `${WHY.apiKey('udditirgal')} (Pulaar, "key", literally "what opens"). The SMS that tells herders their milk was weighed goes through a gateway, and Req's error is logged with the request's URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            px: [
              [
                'error',
                `SMS woorti: GET https://sms.${FK}/v1/yoltu?udditirgal=${key}&to=%2B22177${digits(rng, 7)}&text=Kosam+jaɓaama failed: %Req.TransportError{reason: :timeout}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'phoenix-parameters-tiket-first',
      'note',
      WHY.ticketFirst(
        'A single-use voucher (`tiket`) for cattle feed, posted by the shop\'s phone and accepted ("Tiket jaɓaama"). The voucher is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.tiket = t;
        return {
          value: tk,
          event: {
            px: [
              ['info', 'POST /api/ngure/tiket'],
              [
                'debug',
                `Processing with FeddeWeb.TiketController.check/2\n  Parameters: ${ex({ bitik: 'podor-1', tiket: tk })}\n  Pipelines: [:api]`,
              ],
              ['info', 'Tiket jaɓaama (bitik podor-1)'],
              ['info', 'Sent 200 in 7ms'],
            ],
          },
        };
      },
      { ref: 'tiket' },
    ),
    2,
    plant(
      'replay',
      'phoenix-parameters-tiket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('tiket', gap('tiket', t))} The shop in Ndioum, another phone on another network, posted the same voucher and the API accepted it again.`,
          },
        ],
        event: {
          ip: '198.51.100.77',
          px: [
            ['info', 'POST /api/ngure/tiket'],
            [
              'debug',
              `Processing with FeddeWeb.TiketController.check/2\n  Parameters: ${ex({ bitik: 'ndioum-2', tiket: refs.get('tiket').value })}\n  Pipelines: [:api]`,
            ],
            ['info', 'Tiket jaɓaama (bitik ndioum-2)'],
            ['info', 'Sent 200 in 6ms'],
          ],
        },
      }),
      { replayOf: 'tiket', after: 143 },
    ),
    2,
    plant(
      'negative',
      'phoenix-ecto-query-receipt-sha256',
      'none',
      "Ecto's debug line of a query whose parameter is a weighing receipt's SHA-256 (the receipt's fingerprint, checked for duplicates): a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            px: [
              [
                'debug',
                `QUERY OK source="kosam_receipts" db=0.8ms idle=${rng.int(100, 900)}.2ms\nSELECT k0."id" FROM "kosam_receipts" AS k0 WHERE (k0."sha256" = $1) ["${h}"]`,
              ],
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_FF + 7 * HOUR, site: { host: 'api', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lego-renew.log: lego 4.x's output of the weekly cron renewal (`lego --dns duckdns … renew --renew-hook
// /etc/lego/hook.sh`), Go's log layout `<yyyy/mm/dd hh:mm:ss> [<LEVEL>] [<domain>] <message>` in local time (UTC), the
// renew hook's commands traced by `set -x`.
// From memory (not fetched): lego's messages, the DuckDNS provider's error text.

function legoLog(rng) {
  const D = 'kosam-podor.duckdns.org';
  const goTime = (t) => ymdHmsAt(t, 0).replace(/-/g, '/');
  const render = (e) => e.lg.map((l) => (l.startsWith('[') ? `${goTime(e.t)} ${l}` : l));
  const filler = (rng) =>
    rng.pick([
      () => ({ lg: [`[INFO] [${rng.pick([FK, D])}] acme: Checking DNS record propagation. [nameservers=1.1.1.1:53]`] }),
      () => ({ lg: [`[INFO] Wait for propagation [timeout: 2m0s, interval: 2s]`] }),
    ])();
  const steps = [
    {
      raw: {
        lg: [
          `[INFO] [${FK}] acme: Trying renewal with ${rng.int(600, 719)} hours remaining`,
          `[INFO] [${FK}, ${D}] acme: Obtaining bundled SAN certificate`,
          `[INFO] [${FK}] AuthURL: https://acme-v02.api.letsencrypt.org/acme/authz/${digits(rng, 10)}/${digits(rng, 12)}`,
          `[INFO] [${FK}] acme: Preparing to solve DNS-01`,
        ],
      },
      after: 0,
    },
    plant(
      'api-key-name',
      'lego-duckdns-error-get-url-token',
      'error',
      `${WHY.apiKey('token')} DuckDNS takes the account token in the query of \`/update\`; lego's provider returns Go's \`*url.Error\` (\`Get "<url>": …\`) and lego logs it, the URL whole.`,
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: {
            lg: [
              `[WARN] [${D}] acme: cleaning up failed: duckdns: Get "https://www.duckdns.org/update?clear=true&domains=kosam-podor&token=${tok}&txt=": dial tcp 203.0.113.19:443: i/o timeout`,
            ],
          },
        };
      },
      { after: 4 },
    ),
    2,
    {
      raw: {
        lg: [
          `[INFO] [${FK}] The server validated our request`,
          `[INFO] [${FK}, ${D}] acme: Validations succeeded; requesting certificates`,
          `[INFO] [${FK}] Server responded with a certificate.`,
        ],
      },
    },
    plant(
      'negative',
      'lego-hook-openssl-serial',
      'none',
      "The renew hook prints the new certificate's serial number (`openssl x509 -serial`): public in the certificate, no credential.",
      ({ rng }) => {
        const s = rng.hex(36).toUpperCase();
        return {
          value: s,
          event: { lg: ['+ openssl x509 -in /etc/lego/certificates/feddekosam.example.crt -noout -serial', `serial=${s}`] },
        };
      },
      { after: 1 },
    ),
    plant(
      'encoded',
      'lego-hook-nas-upload-percent-encoded-sirru',
      'error',
      'The renew hook uploads the certificate to the office NAS with a secret in the query (`sirru`, "secret"), a base64 value whose `+`, `/` and `=` the script percent-encodes; `set -x` writes the URL.',
      ({ rng }) => {
        const raw = rng.bytes(30).toString('base64');
        const enc = pct(raw);
        return {
          value: enc,
          event: { lg: [`+ curl -fsS -F cert=@/etc/lego/certificates/${FK}.crt 'https://nas.${FK}/api/sertifika?sirru=${enc}'`] },
        };
      },
      { after: 1 },
    ),
    plant(
      'path-secret',
      'lego-hook-lollin-upload-link',
      'error',
      WHY.pathSecret(
        'The hook also puts the chain on the office\'s share service for the collection tablets, through an upload link whose path holds its token (`/lollin/<token>/`, lollinde, "to spread")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { lg: [`+ curl -fsS -T /etc/lego/certificates/${FK}.issuer.crt https://files.${FK}/lollin/${tok}/`] } };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'lego-hook-sha256sum',
      'none',
      '`sha256sum` of the certificate file the hook copied: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { lg: [`+ sha256sum /etc/lego/certificates/${FK}.crt`, `${h}  /etc/lego/certificates/${FK}.crt`] } };
      },
      { after: 1 },
    ),
    plant(
      'webhook',
      'lego-hook-uptime-kuma-push',
      'error',
      WHY.webhook('An Uptime Kuma push monitor (`/api/push/<token>`) the hook calls when the renewal worked; `set -x` writes the URL'),
      ({ rng }) => {
        const tok = rng.alnum(10);
        return {
          value: tok,
          event: { lg: [`+ curl -fsS 'https://status.${FK}/api/push/${tok}?status=up&msg=Sertifika%20hesditinaama&ping='`, '{"ok":true}'] },
        };
      },
      { after: 1 },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_FF + 2 * HOUR + 30 * MIN, site: { host: 'lego' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// micromamba-kosam.log: the analyst's `micromamba create -f environment.yml -vvv` and `micromamba config list` (stdout
// and stderr to a file), libmamba's `<level, padded to 8> libmamba <message>` lines, libcurl's verbose lines at trace
// level, then pip's output of the environment's pip step.
// From memory (not fetched): libmamba's messages, its masking of channel tokens (`/t/*****/`), the config listing.

function micromambaLog(rng) {
  const render = (e) => e.mm.map(([lvl, msg]) => (lvl ? `${lvl.padEnd(8)} libmamba ${msg}` : msg));
  const PKGS = ['numpy-2.3.4', 'pandas-2.3.3', 'scipy-1.16.2', 'matplotlib-base-3.10.7', 'statsmodels-0.14.5', 'geopandas-1.1.1'];
  const filler = (rng) =>
    rng.pick([
      () => ({ mm: [['debug', `Adding package to solver: ${rng.pick(PKGS)}-py312h${rng.hex(7)}_0`]] }),
      () => ({ mm: [['info', `Download finished, tarball available at '/home/aissata/micromamba/pkgs/${rng.pick(PKGS)}.conda'`]] }),
    ])();
  const steps = [
    {
      raw: {
        mm: [
          ['info', 'Reading environment file: environment.yml'],
          ['info', 'Parsing MatchSpec python=3.12'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'micromamba-channel-token-masked',
      'none',
      'libmamba shows the private channel with its token masked (`/t/*****/`): nothing left to use.',
      () => ({
        value: '*****',
        needle: `/t/*****/fedde/noarch`,
        event: { mm: [['info', `Channels: https://conda.${FK}/t/*****/fedde/noarch, conda-forge`]] },
      }),
    ),
    plant(
      'path-secret',
      'micromamba-repodata-conda-token-path',
      'error',
      WHY.pathSecret(
        "An Anaconda Server channel token in the path (`/t/<token>/`), which libmamba's debug line of the repodata it looks up writes unmasked",
      ),
      ({ rng }) => {
        const tok = `fk-${rng.uuid()}`;
        return {
          value: tok,
          event: { mm: [['debug', `Searching index cache file for repo 'https://conda.${FK}/t/${tok}/fedde/linux-64/repodata.json'`]] },
        };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'micromamba-trace-curl-authorization-bearer',
      'error',
      "At trace level libmamba passes libcurl's verbose output through, and the request to the private prefix channel shows its `Authorization: Bearer …` header.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            mm: [
              ['trace', '> GET /fedde-private/noarch/repodata.json.zst HTTP/2'],
              ['trace', '> Host: repo.prefix.dev'],
              ['trace', `> Authorization: Bearer ${tok}`],
              ['trace', '> User-Agent: mamba/2.3.2 libcurl/8.16.0 OpenSSL/3.5.4 zlib/1.3.1 zstd/1.5.7'],
              ['trace', '< HTTP/2 200'],
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'negative',
      'micromamba-validate-package-sha256',
      'none',
      'The SHA-256 of a package from repodata, checked after download: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { mm: [['debug', `Validating sha256 of 'geopandas-1.1.1-pyhd8ed1ab_0.conda': ${h}`]] } };
      },
    ),
    3,
    {
      raw: {
        mm: [
          ['', 'Installing pip packages: kosam-analytics==0.9.2'],
          ['', 'Using Python 3.12.12 environment at: /home/aissata/micromamba/envs/kosam'],
        ],
      },
    },
    plant(
      'api-key-name',
      'micromamba-pip-looking-in-indexes-udditirgal',
      'error',
      `${WHY.apiKey('udditirgal')} (Pulaar, "key"). The environment's pip step installs from the co-operative's index with the key in the query; pip masks passwords in URLs, not query parameters, and prints \`Looking in indexes:\`.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { mm: [['', `Looking in indexes: https://pypi.org/simple, https://pkgs.${FK}/simple/?udditirgal=${key}`]] },
        };
      },
      { after: 1 },
    ),
    2,
    {
      raw: {
        mm: [
          ['', 'Successfully installed kosam-analytics-0.9.2'],
          ['', '$ micromamba config list'],
          ['', 'channels:'],
          ['', `  - https://conda.${FK}/t/*****/fedde`],
          ['', '  - conda-forge'],
        ],
      },
      after: 20,
    },
    plant(
      'encoded',
      'micromamba-config-list-proxy-percent-encoded-password',
      'error',
      "`micromamba config list` prints `proxy_servers` as configured: the office proxy's URL with the analyst's password percent-encoded in its user-info.",
      ({ rng }) => {
        const enc = pct(humanPassword(rng));
        return {
          value: enc,
          event: {
            mm: [
              ['', 'proxy_servers:'],
              ['', `  https: http://aissata:${enc}@proxy.${FK}:3128`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    { raw: { mm: [['', 'ssl_verify: true']] }, after: 0 },
  ];
  return buildLog(rng, { start: DAY_FF + 11 * HOUR, site: { host: 'micromamba' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// happyfox-updates.jsonl: the co-operative's support desk on HappyFox, ticket updates read from its API (`/api/1.1/json/
// ticket/<id>/`'s `updates`) with the ticket's id added, one a line: `ticket_id`, `display_id`, `timestamp` (UTC),
// `by` (`type`, `name`), `message` (`text`), `private_note`, `status_change`.
// From memory (not fetched): the field names and the time's form.

function happyfoxLog(rng) {
  const render = (e) => {
    const u = e.hf;
    return [
      JSON.stringify({
        ticket_id: u.ticket,
        display_id: `#FK${pad(u.ticket, 5)}`,
        timestamp: `${iso(e.t).slice(0, 19)}Z`,
        by: { type: u.staff ? 'staff' : 'contact', name: u.staff ? 'Aïssata Sow' : u.from },
        message: u.note ? null : { text: u.text },
        private_note: u.note ? { text: u.text } : null,
        status_change: null,
      }),
    ];
  };
  const NAMES = ['Demba Kane', 'Mariama Ba', 'Hamady Sy', 'Coumba Ndiaye'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        hf: {
          ticket: rng.int(200, 260),
          from: rng.pick(NAMES),
          text: `Jam waali. Kosam am hannde ${rng.int(4, 40)} l, njoɓdi nden haɗi yettaade.`,
        },
      }),
      () => ({ hf: { ticket: rng.int(200, 260), staff: true, text: 'A jaraama, min njiytii, min ndaarat ɗum.' } }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'happyfox-contact-pasted-naatde-fragment',
      'error',
      'A collector pastes the address the web app left after signing in (`/naatde`, "enter"), the identity provider\'s `#access_token=…` in its fragment.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            hf: {
              ticket: 262,
              from: 'Hamady Sy',
              text: `Mi naataani: https://kosam.${FK}/naatde#access_token=${at}&token_type=Bearer&expires_in=3600`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'happyfox-wave-transaction-id',
      'none',
      'A member quotes the id of a Wave mobile-money transfer (`T_` and 16 characters): a transaction reference, no credential.',
      ({ rng }) => {
        const w = `T_${upperNum(rng, 16)}`;
        return { value: w, event: { hf: { ticket: 263, from: 'Mariama Ba', text: `Njoɓdi Wave: ${w} — mi yettaaki ɗum.` } } };
      },
    ),
    2,
    plant(
      'id-token',
      'happyfox-private-note-python-repr-id-token',
      'error',
      "A staff member's private note pastes the app's server error, a Python dict printed with repr holding the `id_token` the phone sent, live at the note's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            hf: {
              ticket: 262,
              staff: true,
              note: true,
              text: `Juumre sarwiis: ValueError('Token used too early') payload={'id_token': '${token}', 'client': 'kosam-android', 'version': '1.8.2'}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'happyfox-staff-statement-lollin-link',
      'error',
      WHY.pathSecret(
        "A staff member sends a herder his payment statement through the share link of the office's file service (`/lollin/<token>/…pdf`)",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            hf: {
              ticket: 265,
              staff: true,
              text: `A jaraama. Ɗo njoɓdi maa lewru desaambar: https://files.${FK}/lollin/${tok}/njobdi-desaambar.pdf`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'happyfox-private-note-embed-no-exp',
      'error',
      "A private note gives a colleague the address of the milk dashboard embedded on the co-operative's public site (`/embed/kosam/<JWT>`), a token without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://kosam.${FK}`, resource: { dashboard: 'kosam' }, params: { wuro: 'all' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { hf: { ticket: 266, staff: true, note: true, text: `Tabalo kosam e lowre: https://kosam.${FK}/embed/kosam/${token}` } },
        };
      },
    ),
    2,
    plant(
      'negative',
      'happyfox-masked-card',
      'none',
      "A staff reply with the member's card as the payment page shows it (`**** **** **** 4821`): masked, no credential.",
      ({ rng }) => {
        const last = digits(rng, 4);
        return {
          value: `**** **** **** ${last}`,
          event: { hf: { ticket: 263, staff: true, text: `Karte maa **** **** **** ${last} njoɓdi ndii rewaani.` } },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_FF + 9 * HOUR, site: { host: 'happyfox' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout119');
writePart(join(here, 'heldout119'), {
  'tvcc-booking.log': jhipsterLog(rng),
  'dehydrated-cron.log': dehydratedLog(rng),
  'gpodder.log': gpodderLog(rng),
  'elmah-errors.xml': elmahLog(rng),
  'eas-build-android-production.log': easLog(rng),
  'mongooseim.log': mongooseLog(rng),
  'newsboat.log': newsboatLog(rng),
  'nheko.log': nhekoLog(rng),
  'access.audit.json': amLog(rng),
  'trengo-messages.jsonl': trengoLog(rng),
  'fedde-api.log': phoenixLog(rng),
  'lego-renew.log': legoLog(rng),
  'micromamba-kosam.log': micromambaLog(rng),
  'happyfox-updates.jsonl': happyfoxLog(rng),
});
