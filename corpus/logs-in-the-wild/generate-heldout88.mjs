// Writes corpus/logs-in-the-wild/heldout88/: an eighty-eighth held-out part, in formats no other part uses (an Apache
// Struts 6 webapp's log4j2 file with ParametersInterceptor at DEBUG, a ServiceNow "Outbound HTTP Requests" list exported
// as CSV, a duplicity 2 `--log-file`, a CircleCI job's step output, Postmark webhook payloads kept as JSON lines, a
// Fat-Free Framework `Log` file, a Ballerina service's logfmt log with its HTTP trace log, a qBittorrent-nox 5
// `qbittorrent.log`, a Bottle app on wsgiref, `docker logs -t` of Apache httpd with mod_auth_openidc at debug,
// offlineimap's `-d imap -l` log, a Kitura server with HeliumLogger, Zotero 7's debug output, a Poly VVX phone's app
// log), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout88.mjs     rewrites heldout88/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Trinity Bight Fishermen's Co-operative of Trinity Bay (Newfoundland), with a fish plant, a
// whale-watching and ferry tour business and its office IT (English, five logs); the Kooperatîfa Hingivvanên Zaxoyê, a
// beekeepers' cooperative of Zakho (Duhok, Kurdistan Region of Iraq) with a honey shop, a courier integration, a hive
// scale dashboard, a members' portal and an archive of dengbêj recordings (Northern Kurdish, Kurmanji in the Hawar Latin
// alphabet, five logs); the Kooperatiba han Banig ha Basey, a banig (tikog mat) weavers' cooperative of Basey (Samar)
// with a pump-boat ferry to Tacloban, an office and a local-history archive of Eastern Visayas (Waray, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import {
  DAYS,
  digits,
  HOUR,
  iso,
  local,
  lowerNum,
  MIN,
  MONTHS,
  msPart,
  pad,
  replayClock,
  upperNum,
  ymdHmsAt,
} from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'ballerina'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Newfoundland in July (NDT, UTC-2:30), Kurdistan Region (UTC+3 all year), the Philippines (PHT, UTC+8). */
const NDT = -150;
const AST = 180;
const PHT = 480;
const DAY_NL = Date.UTC(2027, 6, 14, 0, 0, 0);
const DAY_KU = Date.UTC(2027, 8, 14, 0, 0, 0);
const DAY_WR = Date.UTC(2027, 9, 20, 0, 0, 0);

/** `-02:30`, `+03:00`, `+08:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** PHP's `date('r')` and RFC 2822 mail dates: `Tue, 14 Sep 2027 10:20:30 +0300`. */
const rfc2822 = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(d.getTime()).slice(11, 19)} ${zone(offset).replace(':', '')}`;
};

// =====================================================================================================================
// Trinity Bight Fishermen's Co-operative (English; Trinity Bay, Newfoundland: NDT, UTC-2:30 in July)
// =====================================================================================================================

const TB = 'trinitybight.example';

// ---------------------------------------------------------------------------------------------------------------------
// fishplant-orders.log: the fish plant's order and lot system, an Apache Struts 6.3 webapp on Tomcat 10 (log4j2
// PatternLayout `%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%t] %c{1.} - %m%n`, the JVM's zone America/St_Johns),
// ParametersInterceptor and the result classes at DEBUG.
// ParametersInterceptor's `Setting params <name> => [ <value> ] …` is from its source, read through the search tool
// (`LOG.debug("Setting params {}", getParameterLogMap(parameters))`); the other messages and the layout from memory.

function strutsLog(rng) {
  const PI = 'c.o.x.i.ParametersInterceptor';
  const params = (o) =>
    `Setting params ${Object.entries(o)
      .map(([k, v]) => `${k} => [ ${v} ]`)
      .join(' ')}`;
  const render = (e, rng) => {
    const th = e.th ?? `http-nio-8080-exec-${rng.int(1, 16)}`;
    return e.st.map(([lvl, cat, msg]) => `${local(e.t, NDT).slice(0, 23)}${zone(NDT)} ${lvl.padEnd(5)} [${th}] ${cat} - ${msg}`);
  };
  const SPECIES = ['cod', 'snow crab', 'capelin', 'turbot', 'lumpfish roe'];
  const BUYERS = ['Harbour Grace Seafoods', 'Clarenville Fish Market', 'Bonavista Co-op Store', "St. John's Fish Exchange"];
  const filler = (rng) =>
    rng.pick([
      () => ({
        st: [
          ['DEBUG', PI, params({ lot: `TB-27-${digits(rng, 4)}`, species: rng.pick(SPECIES), kg: rng.int(40, 2400) })],
          ['INFO', 'c.t.o.a.OrderAction', `Order ${digits(rng, 5)} saved for ${rng.pick(BUYERS)}`],
        ],
      }),
      () => ({
        st: [
          [
            'DEBUG',
            'o.a.s.r.ServletDispatcherResult',
            `Forwarding to location: /WEB-INF/jsp/${rng.pick(['orders/list', 'lots/view', 'prices/today'])}.jsp`,
          ],
        ],
      }),
      () => ({
        st: [
          [
            'INFO',
            'c.t.o.s.DockPriceFeed',
            `Dock prices refreshed: ${rng.int(6, 14)} species, ${rng.pick(SPECIES)} ${rng.int(150, 900) / 100} $/lb`,
          ],
        ],
      }),
      () => ({ st: [['WARN', 'c.t.o.s.ColdStore', `Freezer ${rng.int(1, 4)} at -${rng.int(16, 19)} °C, above the -20 °C set point`]] }),
    ])();
  const steps = [
    {
      raw: {
        th: 'main',
        st: [
          ['INFO', 'o.a.s.d.Dispatcher', 'Initializing Struts 6.3.0.2 (tb-orders 5.2.1)'],
          ['INFO', 'c.t.o.s.DockPriceFeed', 'Dock price feed started (every 15 min)'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'struts-token-interceptor-token',
      'none',
      "Struts' double-submit `token` (TokenInterceptor's 32 base-36 capitals) among a form's parameters: it stops one form being posted twice and opens nothing.",
      ({ rng }) => {
        const tok = upperNum(rng, 32);
        return {
          value: tok,
          event: {
            st: [
              ['DEBUG', PI, params({ 'struts.token.name': 'token', token: tok, 'order.id': digits(rng, 5), 'order.kg': rng.int(40, 900) })],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'struts-parameters-form-post-id-token',
      'error',
      "The crew portal's identity provider answers with `response_mode=form_post`, and ParametersInterceptor's DEBUG line writes the posted `id_token` beside its `state`, on a line with the JVM's offset, -02:30",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          alg: 'RS256',
          kid: rng.hex(10),
          claims: {
            iss: `https://id.${TB}/realms/crew`,
            aud: 'tb-orders',
            sub: rng.uuid(),
            nonce: rng.hex(16),
            preferred_username: 'freezer.lead',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { st: [['DEBUG', PI, params({ state: rng.b64url(22), id_token: token, session_state: rng.uuid() })]] },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'struts-parameters-login-password',
      'error',
      'ParametersInterceptor writes every parameter of a request at DEBUG; the plant login form posts its `password`, which sits in the `password => [ … ]` entry.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return { value: pw, event: { st: [['DEBUG', PI, params({ username: 'night.shift', password: pw, remember: 'false' })]] } };
      },
    ),
    5,
    plant(
      'replay',
      'struts-parameters-otp-once',
      'note',
      WHY.ticketFirst(
        "A one-time sign-in code (`otp`) from the plant's e-mailed second factor, posted once and written among the request's parameters. The code is",
      ),
      ({ rng }) => {
        const otp = `${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
        return { value: otp, event: { st: [['DEBUG', PI, params({ otp, trustDevice: 'false' })]] } };
      },
    ),
    5,
    plant(
      'refresh-token',
      'struts-java-record-tostring-refresh-token',
      'error',
      `${WHY.refresh} The fish market connector logs the refresh request it failed to send, a Java record whose \`toString()\` prints \`refreshToken=…\`.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            st: [
              [
                'WARN',
                'c.t.o.m.MarketClient',
                `Token refresh failed (HTTP 503), retrying in 30 s: RefreshRequest[clientId=tb-orders, refreshToken=${rt}, scope=orders.read prices.read]`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'struts-certificate-mail-link',
      'error',
      WHY.pathSecret(
        "A catch certificate's download link (`/certificates/<token>/catch-certificate.pdf`), which the mailer writes when it sends the certificate to a buyer",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            st: [
              [
                'INFO',
                'c.t.o.m.CertificateMailer',
                `Catch certificate for lot TB-27-${digits(rng, 4)} sent to orders@harbourgrace.example: https://orders.${TB}/certificates/${tok}/catch-certificate.pdf`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'struts-redirect-url-jsessionid',
      'error',
      WHY.session(
        "A handheld scanner's browser refuses cookies, so Tomcat rewrites the session into the URL (`;jsessionid=`), and ServletRedirectResult's DEBUG line writes the redirect",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            st: [
              [
                'DEBUG',
                'o.a.s.r.ServletRedirectResult',
                `Redirecting to finalLocation: /orders/scan.action;jsessionid=${sid}?lot=TB-27-${digits(rng, 4)}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'struts-certificate-sha256',
      'none',
      'The SHA-256 of a stored catch certificate: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            st: [['INFO', 'c.t.o.c.CertificateStore', `Stored catch-certificate.pdf for lot TB-27-${digits(rng, 4)} (sha256 ${h})`]],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NL + 11 * HOUR, site: { host: 'orders' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// outbound_http_requests.csv: the co-operative's ServiceNow instance, System Logs > Outbound HTTP Requests
// (sys_outbound_http_log) exported as CSV, with outbound logging at "All" for a few REST messages (request headers,
// query and bodies logged); `Created` in the exporting user's zone (America/St_Johns), no offset.
// The logged fields per level are from ServiceNow's "Configure outbound logging" page, read through the search tool; the
// column titles, the CSV layout and the header masking from memory.

function serviceNowCsv(rng) {
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const render = (e) => {
    const o = e.sn;
    return [[ymdHmsAt(e.t, NDT), o.m, o.h, o.p, o.q ?? '', o.s, o.d, o.rh ?? '', o.rb ?? '', o.sb ?? '', o.src].map(q).join(',')];
  };
  const JSONH = '{"Accept":"application/json"}';
  const filler = (rng) =>
    rng.pick([
      () => ({
        sn: {
          m: 'GET',
          h: 'api.fishprices.example',
          p: '/v1/prices',
          q: `port=${rng.pick(['BON', 'CLV', 'HGR'])}&species=${rng.pick(['cod', 'crab', 'capelin'])}`,
          s: 200,
          d: rng.int(80, 900),
          rh: JSONH,
          src: 'sys_rest_message',
        },
      }),
      () => ({
        sn: {
          m: 'POST',
          h: 'trinitybight.atlassian.net',
          p: '/rest/api/3/issue',
          s: 201,
          d: rng.int(200, 1400),
          rh: '{"Content-Type":"application/json","Accept":"application/json"}',
          rb: JSON.stringify({
            fields: { project: { key: 'OPS' }, summary: `Freezer ${rng.int(1, 4)} alarm at the plant`, issuetype: { name: 'Incident' } },
          }),
          src: 'incident',
        },
      }),
      () => ({
        sn: {
          m: 'GET',
          h: 'api.marineweather.example',
          p: '/v2/marine',
          q: `station=${rng.pick(['bonavista', 'trinity', 'catalina'])}&hours=24`,
          s: rng.pick([200, 200, 200, 504]),
          d: rng.int(100, 3000),
          rh: JSONH,
          src: 'sys_rest_message',
        },
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'servicenow-masked-authorization-header',
      'none',
      'A request\'s headers as the log keeps them when sensitive fields are masked (`"Authorization":"Bearer ********"`): no credential.',
      ({ rng }) => ({
        value: 'Bearer ********',
        event: {
          sn: {
            m: 'GET',
            h: 'graph.microsoft.com',
            p: `/v1.0/users/${rng.uuid()}/calendar/events`,
            s: 200,
            d: rng.int(100, 700),
            rh: '{"Authorization":"Bearer ********","Accept":"application/json"}',
            src: 'sys_rest_message',
          },
        },
      }),
    ),
    5,
    plant(
      'oauth-code',
      'servicenow-oauth-token-request-body-code',
      'warning',
      `${WHY.code} An OAuth profile's token request is logged at "All" with its request body, the code in it; the identity provider refused the redirect URI, so the code was never redeemed.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            sn: {
              m: 'POST',
              h: 'login.fishmarket.example',
              p: '/oauth2/token',
              s: 400,
              d: rng.int(60, 300),
              rh: '{"Content-Type":"application/x-www-form-urlencoded"}',
              rb: `grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2Ftrinitybight.service-now.com%2Foauth_redirect.do&client_id=servicenow-tb`,
              sb: '{"error":"invalid_request","error_description":"redirect_uri does not match the registered value"}',
              src: 'oauth_entity',
            },
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'servicenow-jira-issue-body-pasted-fragment',
      'error',
      "A deckhand pasted the address the crew app landed on into an incident (`#access_token=…`); the Jira integration's request body carries the incident's description and the log keeps it.",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            sn: {
              m: 'POST',
              h: 'trinitybight.atlassian.net',
              p: '/rest/api/3/issue',
              s: 201,
              d: rng.int(300, 1200),
              rh: '{"Content-Type":"application/json","Accept":"application/json"}',
              rb: JSON.stringify({
                fields: {
                  project: { key: 'OPS' },
                  summary: 'Crew app blank after sign-in',
                  description: `It just sits on https://crew.${TB}/#access_token=${at}&token_type=Bearer&expires_in=3600 and never shows the roster.`,
                  issuetype: { name: 'Incident' },
                },
              }),
              src: 'incident',
            },
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'servicenow-attachment-import-share-link-path',
      'error',
      WHY.pathSecret("A buyer's file share link (`/s/<token>/download`) the attachment import fetches; the log's Path column keeps it"),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            sn: {
              m: 'GET',
              h: 'files.fishmarket.example',
              p: `/s/${tok}/download`,
              s: 200,
              d: rng.int(300, 4000),
              rh: JSONH,
              src: 'sys_attachment',
            },
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'servicenow-lark-bot-hook-path',
      'error',
      WHY.webhook(
        "A Lark custom bot webhook (`open.larksuite.com/open-apis/bot/v2/hook/<id>`) the export desk's group is told through; the Path column keeps the hook's id",
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            sn: {
              m: 'POST',
              h: 'open.larksuite.com',
              p: `/open-apis/bot/v2/hook/${id}`,
              s: 200,
              d: rng.int(200, 900),
              rh: '{"Content-Type":"application/json"}',
              rb: JSON.stringify({
                msg_type: 'text',
                content: { text: `INC00${digits(rng, 5)}: snow crab container delayed at Port Union` },
              }),
              sb: '{"code":0,"msg":"success"}',
              src: 'sys_rest_message',
            },
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'servicenow-request-headers-basic',
      'error',
      'The quota service is called with HTTP Basic, and the log at "All" keeps the request headers as JSON (`"Authorization":"Basic <base64>"`): the integration user\'s login.',
      ({ rng }) => {
        const b = b64Of(`tb-quota:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            sn: {
              m: 'GET',
              h: 'api.quota-registry.example',
              p: '/v1/landings',
              q: `licence=NL-${digits(rng, 6)}&season=2027`,
              s: 200,
              d: rng.int(100, 900),
              rh: `{"Authorization":"Basic ${b}","Accept":"application/json"}`,
              src: 'sys_rest_message',
            },
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'servicenow-token-refresh-request-body',
      'error',
      `${WHY.refresh} The OAuth profile's refresh request body (\`grant_type=refresh_token&refresh_token=…\`), kept by the log at "All"; the call timed out, so the token is still good.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            sn: {
              m: 'POST',
              h: 'login.fishmarket.example',
              p: '/oauth2/token',
              s: 503,
              d: rng.int(5000, 10000),
              rh: '{"Content-Type":"application/x-www-form-urlencoded"}',
              rb: `grant_type=refresh_token&refresh_token=${rt}&client_id=servicenow-tb`,
              sb: 'upstream connect error or disconnect/reset before headers',
              src: 'oauth_entity',
            },
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'servicenow-sys-id-in-path',
      'none',
      "A record's `sys_id` (32 hex digits) in the path of an instance-to-instance table call: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            sn: {
              m: 'GET',
              h: 'trinitybight-dev.service-now.com',
              p: `/api/now/table/incident/${id}`,
              s: 200,
              d: rng.int(80, 400),
              rh: JSONH,
              src: 'sys_rest_message',
            },
          },
        };
      },
    ),
    4,
  ];
  const header = [
    '"Created","HTTP method","Hostname","Path","Request query","HTTP response status","Total call time","Request headers","Request body","Response body","Source table"',
  ];
  return buildLog(rng, { start: DAY_NL + 12 * HOUR, site: { host: 'servicenow' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// duplicity-nightly.log: the office NAS's backups, duplicity 2.2 run at `-v9` with `--log-file`: the machine-readable
// stanzas (`<KEYWORD> <code>`, the text on lines starting with `. `, a blank line), no time. Three runs: the nightly
// incremental to Backblaze B2, an off-site copy to the co-op's Nextcloud over WebDAV, a verify against a USB disk.
// The stanza layout is from duplicity's README-LOG, read through the search tool; the messages (the `Args:` banner, the
// WebDAV backend's `request with headers:` line) from memory.

function duplicityLog(rng) {
  let davPassword;
  const render = (e) => e.dp.flatMap(([kw, lines]) => [kw, ...lines.map((l) => `. ${l}`), '']);
  const banner = (args) => [
    'INFO 1',
    [
      '================================================================================',
      'duplicity 2.2.4 (February 2025)',
      `Args: /usr/bin/duplicity ${args}`,
      'Linux nas-trinity 6.1.0-37-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.140-1 (2025-05-22) x86_64',
      '/usr/bin/python3 3.11.2 (main, Apr 28 2025, 14:11:48) [GCC 12.2.0]',
      '================================================================================',
    ],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ dp: [['NOTICE 1', ['Local and Remote metadata are synchronized, no sync needed.']]] }),
      () => ({
        dp: [
          [
            'DEBUG 1',
            [
              `Selecting /srv/office/${rng.pick(['ledgers', 'quota', 'payroll', 'tours'])}/${rng.pick(['2027-06', '2027-07', 'archive'])}.ods`,
            ],
          ],
        ],
      }),
      () => ({ dp: [['INFO 1', [`Processed volume ${rng.int(1, 30)}`]]] }),
      () => ({ dp: [['DEBUG 1', ['AsyncScheduler: running task synchronously (asynchronicity disabled)']]] }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'duplicity-args-banner-b2-application-key',
      'error',
      "duplicity writes its command line at the start of a run (`Args:`); the nightly job names its Backblaze B2 target with the application key in the URL's user info (`b2://<keyID>:<applicationKey>@bucket/…`).",
      ({ rng }) => {
        const keyId = `005${rng.hex(22)}`;
        const appKey = `K005${rng.alnum(27)}`;
        return {
          value: appKey,
          event: {
            dp: [
              banner(
                `incremental --log-file /var/log/duplicity/nightly.log -v9 --full-if-older-than 1M /srv/office b2://${keyId}:${appKey}@tb-office-backup/nas`,
              ),
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'duplicity-archive-dir-hash',
      'none',
      "duplicity's archive directory is named by the MD5 of the backend URL: a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { dp: [['INFO 1', [`Using archive dir: /root/.cache/duplicity/${h}`]]] } };
      },
      { after: 0 },
    ),
    6,
    plant(
      'encoded',
      'duplicity-args-webdav-percent-encoded-password',
      'error',
      "The off-site run's `Args:` line names its WebDAV target with the password in the user info, percent-encoded because it holds `@`, `/` and `+` (`webdavs://tbcoop:<%-encoded>@…`).",
      ({ rng }) => {
        davPassword = `${rng.alnum(6)}@${rng.alnum(5)}/${rng.alnum(4)}+${rng.alnum(5)}`;
        const enc = encodeURIComponent(davPassword);
        return {
          value: enc,
          event: {
            dp: [
              banner(
                `full --log-file /var/log/duplicity/nightly.log -v9 /srv/office webdavs://tbcoop:${enc}@cloud.${TB}/remote.php/dav/files/tbcoop/offsite`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'duplicity-webdav-request-with-headers-basic',
      'error',
      "duplicity's WebDAV backend writes each request with its headers at `-v9`, the `Authorization: Basic <base64>` of the co-op's Nextcloud login among them.",
      ({ rng }) => {
        const b = b64Of(`tbcoop:${davPassword}`);
        return {
          value: b,
          event: {
            dp: [
              [
                'INFO 1',
                [
                  `WebDAV PUT /remote.php/dav/files/tbcoop/offsite/duplicity-full.20270714T093412Z.vol${rng.int(1, 9)}.difftar.gpg request with headers: {'Connection': 'keep-alive', 'Authorization': 'Basic ${b}'}`,
                ],
              ],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'duplicity-args-encrypt-key-fingerprint',
      'none',
      "A verify run against the USB disk, its `Args:` naming the GnuPG key by its fingerprint (`--encrypt-key <40 hex>`): a public key's fingerprint, no credential.",
      ({ rng }) => {
        const fpr = rng.hex(40).toUpperCase();
        return {
          value: fpr,
          event: {
            dp: [
              banner(`verify --log-file /var/log/duplicity/nightly.log -v9 --encrypt-key ${fpr} file:///mnt/usb-office/nas /srv/office`),
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NL + 8 * HOUR, site: { host: 'nas' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// circleci-deploy-staging.txt: the step output of the tours site's `deploy-staging` job on CircleCI, copied from the job
// page: each step's `#!/bin/bash -eo pipefail` and command, the deploy script under `set -x`, Playwright's line
// reporter. CircleCI masks project and context variables as `********`; values a step fetches at run time are not masked.
// From memory (not fetched).

function circleciLog(rng) {
  const render = (e) => e.ci;
  const SH = '#!/bin/bash -eo pipefail';
  // The job's steps run in order: ordinary lines are Playwright's progress while the tests run, then the deploy
  // script's own lines once the deploy step has started.
  let phase = 'test';
  let done = 0;
  const filler = (rng) =>
    phase === 'test'
      ? {
          ci: [
            `[${++done}/24] [chromium] › ${rng.pick(['bookings', 'whales', 'ferry', 'gift-cards'])}.spec.ts:${rng.int(5, 80)}:5 › ${rng.pick(['lists departures', 'books two seats', 'shows the sold-out banner', 'pays with a gift card', 'cancels a booking'])}`,
          ],
        }
      : rng.pick([
          () => ({
            ci: [
              `+ kubectl apply -f k8s/staging/${rng.pick(['deployment', 'service', 'ingress', 'configmap'])}.yaml -n staging`,
              `${rng.pick(['deployment.apps/tours', 'service/tours', 'ingress.networking.k8s.io/tours', 'configmap/tours'])} configured`,
            ],
          }),
          () => ({ ci: ['+ kubectl rollout status deployment/tours -n staging', 'deployment "tours" successfully rolled out'] }),
          () => {
            const app = rng.pick(['tours', 'ferry-api', 'gift-cards']);
            return { ci: [`+ echo 'waiting for ${app} pods'`, `waiting for ${app} pods`] };
          },
          () => ({ ci: [`+ sleep ${rng.int(2, 10)}`] }),
        ])();
  const steps = [
    {
      raw: {
        ci: [
          'Build-agent version 1.0.312345-abcdef01 (2027-07-12T18:02:11+0000)',
          'System information:',
          ' Server Version: 27.5.1',
          ' Kernel Version: 6.8.0-1031-aws',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'circleci-checkout-commit-sha',
      'none',
      'The commit the checkout step resets to (40 hex digits): a revision id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: {
            ci: [
              'Checking out code',
              `+ git reset --hard ${sha}`,
              `HEAD is now at ${sha.slice(0, 7)} Merge pull request #${rng.int(100, 400)} from trinitybight/ferry-times`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    {
      raw: {
        ci: [
          SH,
          'npm ci',
          '',
          'added 712 packages, and audited 713 packages in 21s',
          '',
          'found 0 vulnerabilities',
          SH,
          'npm run build',
          '',
          '> tours@3.4.0 build',
          '> vite build',
          '',
          '✓ 618 modules transformed.',
          `dist/assets/index-${rng.b64url(8)}.js   241.37 kB │ gzip: 78.12 kB`,
          SH,
          'npx playwright test --reporter=line --retries=1',
          '',
          'Running 24 tests using 2 workers',
        ],
      },
    },
    9,
    plant(
      'implicit-fragment',
      'circleci-playwright-received-url-fragment',
      'error',
      "An end-to-end test of the crew sign-in fails, and Playwright's error prints the page's address, the identity provider's `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ci: [
              '  1) [chromium] › login.spec.ts:18:3 › crew sign-in lands on the roster ───────────────────────',
              '',
              '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)',
              '',
              '    Expected pattern: /\\/roster$/',
              `    Received string:  "https://crew-staging.${TB}/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}"`,
              '',
              '    Retry #1 ───────────────────────────────────────────────────────────────────────────',
            ],
          },
        };
      },
    ),
    14,
    plant(
      'negative',
      'circleci-masked-env-export',
      'none',
      'A project variable as CircleCI prints it, masked (`SENTRY_AUTH_TOKEN=********`): no credential.',
      () => {
        phase = 'deploy';
        return {
          value: 'SENTRY_AUTH_TOKEN=********',
          event: {
            ci: [
              '  1 flaky',
              `    [chromium] › login.spec.ts:18:3 › crew sign-in lands on the roster`,
              '  23 passed (1.4m)',
              SH,
              './scripts/deploy.sh staging',
              '+ set -o pipefail',
              '+ export SENTRY_AUTH_TOKEN=********',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'circleci-xtrace-curl-api-key-from-vault',
      'error',
      `${WHY.apiKey('api_key')} The deploy script reads the tide service's key from Vault while it runs, so CircleCI's masking (project and context variables only) misses it, and \`set -x\` prints the curl line with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ci: [
              '++ vault kv get -field=api_key secret/tides',
              `+ curl -fsS 'https://api.${TB}/v1/tides?station=bonavista&days=3&api_key=${key}'`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'circleci-xtrace-kubectl-base64-database-url',
      'error',
      'The script base64-encodes the database URL before it creates a Kubernetes secret; CircleCI masks the variable as written but not its base64, and `set -x` prints the encoded value (a PostgreSQL URL with its password).',
      ({ rng }) => {
        const b = b64Of(`postgres://tours:${rng.alnum(20)}@db.staging.${TB}:5432/tours?sslmode=require`);
        return {
          value: b,
          event: {
            ci: [
              '++ printf %s ********',
              '++ base64 -w0',
              `+ kubectl create secret generic tours-db -n staging --from-literal=DATABASE_URL_B64=${b}`,
              'secret/tours-db created',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'circleci-xtrace-curl-cookie-session',
      'error',
      WHY.session(
        'The smoke test signs in and reuses the admin session (`tb_session=`) it got back; the cookie is made at run time, so it is not masked, and `set -x` prints the curl line',
      ),
      ({ rng }) => {
        const s = rng.b64url(40);
        return {
          value: s,
          event: {
            ci: [
              '++ jq -r .session /tmp/login.json',
              `+ curl -fsS -b tb_session=${s} https://staging.tours.${TB}/admin/health`,
              '{"status":"ok","db":"ok"}',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'circleci-xtrace-cli-api-key-option',
      'error',
      `${WHY.apiKey('--api-key')} The ferry schedule is pushed with the co-op's own CLI, which takes the key as an option; the key comes from Vault at run time, and \`set -x\` prints the command.`,
      ({ rng }) => {
        const key = `tbk_${rng.alnum(36)}`;
        return {
          value: key,
          event: {
            ci: [
              '++ vault kv get -field=key secret/ferry-schedule',
              `+ npx @trinitybight/schedule-push --env staging --api-key ${key} --file schedules/summer-2027.json`,
              `Pushed ${rng.int(20, 60)} departures to staging`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'circleci-xtrace-curl-webex-incoming-webhook',
      'error',
      WHY.webhook(
        'A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) that tells the crew space about deploys; the URL comes from Vault at run time and `set -x` prints the curl line',
      ),
      ({ rng }) => {
        const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
        return {
          value: id,
          event: {
            ci: [
              '++ vault kv get -field=url secret/webex-deploys',
              `+ curl -fsS -X POST -H 'Content-Type: application/json' -d '{"markdown":"tours 3.4.0 deployed to **staging**"}' https://webexapis.com/v1/webhooks/incoming/${id}`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_NL + 13 * HOUR, site: { host: 'circleci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// postmark-webhooks.jsonl: what the tours site's webhook endpoint stores, one Postmark webhook payload a line (Delivery,
// Open, Click, and inbound messages), with Postmark's UTC times (`ReceivedAt`, `DeliveredAt`).
// The Click fields (RecordType, ClickLocation, OriginalLink, ReceivedAt, Tag, Recipient, MessageStream…) are from the
// postmark.js client's types and Postmark's click webhook page, read through the search tool; the rest from memory.

function postmarkLog(rng) {
  const render = (e) => [JSON.stringify(e.pm)];
  const stamp = (rng, t) => `${iso(t).slice(0, 19)}.${digits(rng, 7)}Z`;
  const RCPT = ['m.foley@example.net', 'kbutt@example.com', 'reid.family@example.org', 'j.ryan@example.net', 'tours@example.com'];
  const TAGS = ['booking-confirmation', 'tour-reminder', 'invoice', 'weekly-landings'];
  const click = (rng, t, link, tag, ua = rng.pick(BROWSERS)) => ({
    RecordType: 'Click',
    MessageStream: 'outbound',
    Metadata: {},
    Recipient: rng.pick(RCPT),
    MessageID: rng.uuid(),
    ReceivedAt: stamp(rng, t),
    Platform: 'Desktop',
    ClickLocation: 'HTML',
    OriginalLink: link,
    Tag: tag,
    UserAgent: ua,
    Geo: {
      CountryISOCode: 'CA',
      Country: 'Canada',
      RegionISOCode: 'NL',
      Region: 'Newfoundland and Labrador',
      City: rng.pick(["St. John's", 'Clarenville', 'Gander']),
    },
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        pm: {
          RecordType: 'Delivery',
          ServerID: 4471022,
          MessageStream: 'outbound',
          MessageID: rng.uuid(),
          Recipient: rng.pick(RCPT),
          Tag: rng.pick(TAGS),
          DeliveredAt: stamp(rng, t),
          Details: `smtp;250 2.0.0 OK  ${digits(rng, 10)} ${lowerNum(rng, 12)} - gsmtp`,
          Metadata: {},
        },
      }),
      () => ({
        pm: {
          RecordType: 'Open',
          MessageStream: 'outbound',
          FirstOpen: true,
          Client: { Name: 'Gmail', Company: 'Google', Family: 'Gmail' },
          OS: { Name: 'Unknown', Company: 'Unknown', Family: 'Unknown' },
          Platform: 'WebMail',
          UserAgent: 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
          ReadSeconds: rng.int(2, 90),
          MessageID: rng.uuid(),
          ReceivedAt: stamp(rng, t),
          Tag: rng.pick(TAGS),
          Recipient: rng.pick(RCPT),
          Metadata: {},
        },
      }),
      () => ({ pm: click(rng, t, `https://tours.${TB}/whales/${rng.pick(['puffins', 'icebergs', 'humpbacks'])}`, 'tour-reminder') }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'postmark-delivery-message-id',
      'none',
      "A Delivery event's `MessageID` (a uuid Postmark gives each message): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            pm: {
              RecordType: 'Delivery',
              ServerID: 4471022,
              MessageStream: 'outbound',
              MessageID: id,
              Recipient: rng.pick(RCPT),
              Tag: 'booking-confirmation',
              DeliveredAt: stamp(rng, t),
              Details: `smtp;250 2.0.0 OK  ${digits(rng, 10)} ${lowerNum(rng, 12)} - gsmtp`,
              Metadata: { booking: `TB-${upperNum(rng, 6)}` },
            },
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'postmark-click-original-link-reset',
      'error',
      WHY.pathSecret(
        'A password reset link (`/account/reset/<token>`) a customer clicked; link tracking sends the whole `OriginalLink` in the Click webhook, which the site stores',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { pm: click(rng, t, `https://book.${TB}/account/reset/${tok}`, 'password-reset') } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'postmark-click-embed-landings-expired',
      'note',
      "A skipper opened the weekly landings report from an old e-mail: the Click webhook's `OriginalLink` holds the embedded report's `/embed/landings/<JWT>`, three days past its `exp` by the event's `ReceivedAt`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + 3600 + rng.int(60, 5000),
          jti: true,
          claims: { iss: `https://reports.${TB}`, resource: { dashboard: 12 }, params: { vessel: 'Ocean Breeze' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { pm: click(rng, t, `https://reports.${TB}/embed/landings/${token}`, 'weekly-landings') },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'postmark-click-link-jsessionid',
      'error',
      WHY.session(
        'The order system put its session into the invoice link it e-mailed (`invoice.action;jsessionid=…`), and the Click webhook stores the link',
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: { pm: click(rng, t, `https://orders.${TB}/invoice.action;jsessionid=${sid}?id=${digits(rng, 5)}`, 'invoice') },
        };
      },
    ),
    5,
    plant(
      'negative',
      'postmark-click-campaign-ref',
      'none',
      'A click on a tour page with a campaign reference (`ref=<hex>&utm_source=postmark`): a tracking id, no credential.',
      ({ rng, t }) => {
        const ref = rng.hex(12);
        return {
          value: `ref=${ref}`,
          event: { pm: click(rng, t, `https://tours.${TB}/icebergs?ref=${ref}&utm_source=postmark&utm_medium=email`, 'tour-reminder') },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'postmark-inbound-quoted-manage-link',
      'error',
      WHY.pathSecret(
        "A customer's reply comes back through Postmark's inbound webhook; its `TextBody` quotes the confirmation mail, with the booking's manage link (`/booking/manage/<token>`)",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(28);
        const booking = `TB-${upperNum(rng, 6)}`;
        return {
          value: tok,
          event: {
            pm: {
              FromName: 'Maureen Foley',
              MessageStream: 'inbound',
              From: 'm.foley@example.net',
              To: `bookings@${TB}`,
              Subject: `Re: Your whale watching booking ${booking}`,
              MessageID: rng.uuid(),
              Date: rfc2822(t - rng.int(20, 90) * 1000, NDT),
              TextBody: `Hi, can we move this to Saturday morning?\n\nThanks, Maureen\n\n> Your booking ${booking}: 2 adults, Thursday 10:00\n> Manage your booking: https://book.${TB}/booking/manage/${tok}\n> See you at the wharf in Trinity!`,
              StrippedTextReply: 'Hi, can we move this to Saturday morning?\n\nThanks, Maureen',
              Attachments: [],
            },
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_NL + 14 * HOUR, site: { host: 'postmark' }, filler, render, steps });
}

// =====================================================================================================================
// Kooperatîfa Hingivvanên Zaxoyê (Kurmanji; Zakho, Duhok Governorate: UTC+3 all year)
// =====================================================================================================================

const HZ = 'hingivzaxo.example';

// ---------------------------------------------------------------------------------------------------------------------
// firotgeh.log: the honey shop, a PHP app on the Fat-Free Framework 3.8, written with `new Log('firotgeh.log')`: each
// line of a message gets `date('r')` (`Tue, 14 Sep 2027 10:20:30 +0300`) and the client's address in brackets, and is
// trimmed.
// Log::write is from F3's source (lib/log.php), read through the search tool; the shop's messages are the helper's.

function f3Log(rng) {
  const render = (e) => e.f3.split('\n').map((line) => `${rfc2822(e.t, AST)} [${e.ip}] ${line.trim()}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        f3: `Daxwaza kirînê #${digits(rng, 5)} hat tomarkirin: ${rng.int(1, 6)} × hingivê ${rng.pick(['çiyê', 'berû', 'gulan'])} (${rng.pick(['250 g', '500 g', '1 kg'])})`,
      }),
      () => ({ f3: `Têketin serkeftî: bikarhêner=${rng.pick(['rojda.h', 'dilovan', 'berivan.z', 'azad.m'])}` }),
      () => ({ f3: `Rûpel nehat dîtin (404): /${rng.pick(['hingiv/gezo-500', 'reçete/kulîçe', 'derbarê-me/kewar'])}` }),
      () => ({
        f3: `Kargo: barkirina #${digits(rng, 6)} ji Zaxoyê ber bi ${rng.pick(['Duhokê', 'Hewlêrê', 'Amedê', 'Silêmaniyê'])} ve hat şandin`,
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'f3-csrf-token',
      'none',
      "Fat-Free's `CSRF` value (a hash and a `uniqid`) quoted in a rejected form's warning: an anti-forgery token, no credential.",
      ({ rng }) => {
        const c = `${lowerNum(rng, 13)}.${rng.hex(13)}`;
        return { value: c, event: { f3: `Forma daxwazê hat red kirin: nîşana CSRF ne rast e (csrf=${c})` } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'f3-embed-kewar-no-exp',
      'error',
      "The hive-weight panel embedded on the shop's story page (`/embed/kewar/<JWT>`), signed without `exp`, in the shop's log line with its zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 20, 86400 * 90),
          claims: { iss: `https://kewar.${HZ}`, resource: { dashboard: 3 }, params: { gund: 'Batîfa' } },
        });
        return { value: token, jwt: facts, event: { f3: `Panela kewaran hat barkirin: https://${HZ}/embed/kewar/${token}` } };
      },
    ),
    5,
    plant(
      'replay',
      'f3-download-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket (`bilet`, "ticket") for a bought recipe booklet, written by the shop when the PDF is fetched. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.bilet = t;
        return { value: b, event: { ip: '203.0.113.77', f3: `Daxistin: bilet=${b} pel=pirtûka-reçeteyên-hingivî.pdf (200)` } };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'f3-download-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address downloaded the booklet with the same ticket and the shop served it again (200).`,
          },
        ],
        event: { ip: '198.51.100.203', f3: `Daxistin: bilet=${refs.get('bilet').value} pel=pirtûka-reçeteyên-hingivî.pdf (200)` },
      }),
      { replayOf: 'bilet', after: 133 },
    ),
    5,
    plant(
      'id-token',
      'f3-expired-id-token-refused',
      'note',
      'The members\' sign-in refuses an `id_token` whose time has passed (`dema wî derbas bûye`, "its time is over") and the error quotes it, forty-odd minutes after its `exp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 40 * 60 + rng.int(10, 600),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://sso.${HZ}/realms/endam`, aud: 'firotgeh', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: { f3: `Çewtî: id_token hat red kirin, dema wî derbas bûye (Expired token): ${token}` } };
      },
    ),
    5,
    plant(
      'path-secret',
      'f3-multiline-mail-error-login-link',
      'error',
      WHY.pathSecret(
        'A sign-in link (`/teketin/<token>`, from `têketin`, "sign-in") in a mail the shop could not send; the error\'s lines (recipient, subject, link) each get the log\'s prefix',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            f3: `E-name nehat şandin: SMTP 421\nJi bo: r.ahmed@example.net\nBabet: Girêdana têketinê\nGirêdan: https://${HZ}/teketin/${tok}`,
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'f3-var-export-courier-refresh-request',
      'error',
      `${WHY.refresh} The courier integration logs the request of a failed token renewal with \`var_export()\`, one line per entry, the refresh token on its own line.`,
      ({ rng }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          event: {
            f3: `Nûkirina tokenê ya kargoyê bi ser neket (HTTP 503). Daxwaz:\narray (\n  'grant_type' => 'refresh_token',\n  'refresh_token' => '${rt}',\n  'client_id' => 'firotgeh',\n)`,
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'f3-image-content-hash',
      'none',
      "A product photo's file name with its content hash: a cache key, no credential.",
      ({ rng }) => {
        const h = rng.hex(10);
        return { value: `hingiv-gezo.${h}.webp`, event: { f3: `Wêne hat çêkirin: /ui/img/hingiv-gezo.${h}.webp (640×640)` } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KU + 7 * HOUR, site: { host: 'firotgeh' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// navgin.log: the cooperative's integration service (`navgîn`, "intermediary") between the shop, the courier and the
// portal, a Ballerina 2201.10 program with `bal run 2> navgin.log`: the log module's logfmt lines (`time=<RFC 3339 with
// +03:00> level=… module=… message="…" key=value…`) and the HTTP trace log (`-Dballerina.http.traceLogConsole=true`):
// `[yyyy-MM-dd HH:mm:ss,SSS] TRACE {http.tracelog.downstream|upstream} - [id: 0x…, …] INBOUND|OUTBOUND: …` followed by
// the request line and headers, in local time without a zone.
// The logfmt layout is from Ballerina's log module README and the trace layout from a gist of a gateway's trace log,
// both read through the search tool; the trace's OUTBOUND wording from memory.

function ballerinaLog(rng) {
  const attr = ([k, v]) => ` ${k}=${typeof v === 'number' ? v : JSON.stringify(v)}`;
  const lf = (t, lvl, msg, attrs = {}) =>
    `time=${local(t, AST).slice(0, 23)}${zone(AST)} level=${lvl} module=hingivzaxo/navgin message=${JSON.stringify(msg)}${Object.entries(attrs).map(attr).join('')}`;
  const tr = (t, [dir, conn, head, lines]) => [
    `[${ymdHmsAt(t, AST)},${msPart(t)}] TRACE {http.tracelog.${dir}} - [id: 0x${conn.id}, correlatedSource: ${conn.src}, host:${conn.host} - remote:${conn.remote}] ${head}`,
    ...lines,
  ];
  const render = (e) => e.bl.flatMap((x) => (x.tr ? tr(e.t, x.tr) : [lf(e.t, ...x.lf)]));
  const IN = 'INBOUND: DefaultHttpRequest(decodeResult: success, version: HTTP/1.1)';
  const OUT = 'OUTBOUND: DefaultHttpRequest(decodeResult: success, version: HTTP/1.1)';
  const down = (rng, ip) => ({ id: rng.hex(8), src: 'n/a', host: '/172.19.0.5:9090', remote: `/${ip}:${rng.int(30000, 65000)}` });
  const up = (rng) => ({
    id: rng.hex(8),
    src: `0x${rng.hex(8)}`,
    host: `/172.19.0.5:${rng.int(30000, 65000)}`,
    remote: 'api.kargo.example/198.51.100.7:443',
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ bl: [{ lf: ['INFO', 'Daxwaz hat wergirtin', { daxwaz: `HZ-${digits(rng, 5)}`, kilogram: rng.int(1, 12) }] }] }),
      () => ({
        bl: [
          {
            tr: [
              'downstream',
              down(rng, publicIp(rng)),
              IN,
              ['GET /v1/daxwaz?rews=amade HTTP/1.1', `Host: navgin.${HZ}`, 'User-Agent: GuzzleHttp/7', 'Accept: application/json'],
            ],
          },
        ],
      }),
      () => ({
        bl: [
          {
            lf: [
              'INFO',
              'Barkirin hat tomarkirin',
              { barkirin: `KRG-${digits(rng, 7)}`, bajar: rng.pick(['Duhok', 'Hewlêr', 'Silêmanî']) },
            ],
          },
        ],
      }),
      () => ({ bl: [{ lf: ['DEBUG', 'Lîsteya bihayan hat nûkirin', { hejmar: rng.int(8, 30) }] }] }),
    ])();
  const steps = [
    {
      raw: { bl: [{ lf: ['INFO', 'Navgîn dest pê kir', { port: 9090, guhertoya: '2.4.0' }] }] },
      after: 0,
    },
    3,
    plant(
      'negative',
      'ballerina-logfmt-trace-id',
      'none',
      'An OpenTelemetry `traceId` (32 hex digits) and `spanId` the service adds to a log line: tracing ids, no credential.',
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: { bl: [{ lf: ['INFO', 'Kargo hat şandin', { barkirin: `KRG-${digits(rng, 7)}`, traceId: id, spanId: rng.hex(16) }] }] },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'ballerina-trace-outbound-authorization-basic',
      'error',
      'The HTTP trace log writes each outgoing request with its headers; the courier is called with HTTP Basic (`Authorization: Basic <base64>`), on a trace line of its own.',
      ({ rng }) => {
        const b = b64Of(`hingivzaxo:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            bl: [
              {
                tr: [
                  'upstream',
                  up(rng),
                  OUT,
                  [
                    'POST /v1/barkirin HTTP/1.1',
                    'Host: api.kargo.example',
                    `Authorization: Basic ${b}`,
                    'content-type: application/json',
                    'content-length: 212',
                  ],
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'ballerina-logfmt-debug-id-token',
      'error',
      'The portal sign-in handler logs the `id_token` it received as a logfmt attribute at DEBUG, on a line with its +03:00 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          jti: true,
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://sso.${HZ}/realms/endam`, aud: 'navgin', sub: rng.uuid(), preferred_username: 'hejar.s' },
        });
        return {
          value: token,
          jwt: facts,
          event: { bl: [{ lf: ['DEBUG', 'id_token hat wergirtin', { bikarhener: 'hejar.s', id_token: token }] }] },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'ballerina-trace-inbound-cookie-danisin',
      'error',
      WHY.session(
        'The portal\'s session cookie (`danisin`, from `danişîn`, "session") in the headers of an incoming request, written by the HTTP trace log',
      ),
      ({ rng }) => {
        const s = rng.b64url(32);
        const ip = publicIp(rng);
        return {
          value: s,
          event: {
            bl: [
              {
                tr: [
                  'downstream',
                  down(rng, ip),
                  IN,
                  ['GET /v1/endam/min HTTP/1.1', `Host: navgin.${HZ}`, `Cookie: danisin=${s}; ziman=kmr`, 'Accept: application/json'],
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'ballerina-logfmt-error-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that copies orders to the accountant's sheet; the error line carries its URL",
      ),
      ({ rng }) => {
        const acct = digits(rng, 8);
        const hook = lowerNum(rng, 7);
        return {
          value: hook,
          needle: `catch/${acct}/${hook}/`,
          event: {
            bl: [
              {
                lf: [
                  'ERROR',
                  'Agahdarî ji Zapier re nehat şandin',
                  { url: `https://hooks.zapier.com/hooks/catch/${acct}/${hook}/`, error: 'Read timed out', daxwaz: `HZ-${digits(rng, 5)}` },
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'ballerina-trace-outbound-query-kilita-api',
      'error',
      `${WHY.apiKey('kilita_api')} ("the API's key") The courier's tracking API takes its key in the query; the trace log writes the outgoing request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            bl: [
              {
                tr: [
                  'upstream',
                  up(rng),
                  OUT,
                  [`GET /v2/barkirin?bajar=duhok&kilita_api=${key} HTTP/1.1`, 'Host: api.kargo.example', 'accept: application/json'],
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'ballerina-logfmt-percent-encoded-callback-nepeni',
      'error',
      'The payment return URL the gateway echoes back, logged percent-encoded in a logfmt attribute; inside it the shop\'s `nepenî` ("secret") (`%3Fnepeni%3D…`).',
      ({ rng }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          event: {
            bl: [
              {
                lf: [
                  'WARN',
                  'Vegera dayînê nehat piştrastkirin',
                  { callback: `https%3A%2F%2F${HZ}%2Fdayin%2Fvegere%3Fnepeni%3D${s}%26daxwaz%3DHZ-${digits(rng, 5)}`, rews: 'pending' },
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'ballerina-logfmt-tracking-number',
      'none',
      "A parcel's tracking number (`hejmaraSopandine`) in a delivery line: an identifier, no credential.",
      ({ rng }) => {
        const n = `ZX${digits(rng, 10)}IQ`;
        return { value: n, event: { bl: [{ lf: ['INFO', 'Barkirin hat radestkirin', { hejmaraSopandine: n, bajar: 'Duhok' }] }] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KU + 9 * HOUR, site: { host: 'navgin' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// qbittorrent.log: the seedbox of the dengbêj recordings archive (Arşîva Dengbêjan), qBittorrent-nox 5.0 in a container
// with its file log on: `(N|I|W|C) <yyyy-MM-ddTHH:mm:ss> - <message>` in local time (Asia/Baghdad), qBittorrent's own
// English messages.
// The line layout and the RSS messages are from qBittorrent issues read through the search tool; the start-up lines,
// the WebUI temporary password and `Running external program` messages from memory.

function qbittorrentLog(rng) {
  const render = (e) => e.qb.map(([l, m]) => `(${l}) ${local(e.t, AST).slice(0, 19)} - ${m}`);
  const ALBUMS = [
    'Dengbêj Kawîs Axa - Lawikên Serhedê',
    'Dengbêj Reso - Stranên Botan',
    'Meryem Xan - Tomarên 1960',
    'Dengbêjên Zaxoyê - Şevbêrk 2026',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        qb: [
          [
            'N',
            `RSS feed at 'https://tracker.dengbej.example/rss/public/${rng.pick(['nu', 'populer'])}' is successfully downloaded. Starting to parse it.`,
          ],
        ],
      }),
      () => ({ qb: [['N', `RSS feed at 'https://tracker.dengbej.example/rss/public/nu' updated. Added ${rng.int(0, 4)} new articles.`]] }),
      () => ({ qb: [['N', `Added new torrent. Torrent: "${rng.pick(ALBUMS)}"`]] }),
      () => ({ qb: [['N', `Torrent download finished. Torrent: "${rng.pick(ALBUMS)}"`]] }),
      () => ({ qb: [['I', `Detected external IP. IP: "${publicIp(rng)}"`]] }),
    ])();
  const steps = [
    {
      raw: {
        qb: [
          ['N', 'qBittorrent v5.0.4 started. Process ID: 37'],
          ['N', 'Using config directory: /config/qBittorrent'],
          ['I', 'Trying to listen on the following list of IP addresses: "0.0.0.0:6881,[::]:6881"'],
          ['I', 'Peer ID: "-qB5040-"'],
          ['I', 'HTTP User-Agent: "qBittorrent/5.0.4"'],
          ['I', 'DHT support: ON'],
          ['N', 'WebUI: Now listening on IP: *, port: 8080'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'qbittorrent-webui-temporary-password',
      'error',
      'With no WebUI password set, qBittorrent prints a temporary one for the session at start-up (`A temporary password is provided for this session: …`), and the file log keeps it: whoever reads it can drive the seedbox.',
      ({ rng }) => {
        const pw = rng.alnum(9);
        return {
          value: pw,
          event: {
            qb: [
              ['I', 'The WebUI administrator username is: admin'],
              ['I', `The WebUI administrator password was not set. A temporary password is provided for this session: ${pw}`],
              ['I', 'You should set your own password in program preferences.'],
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'api-key-name',
      'qbittorrent-rss-download-failed-passkey',
      'error',
      `${WHY.apiKey('passkey')} The private tracker's RSS feed carries the archive's passkey in its URL; qBittorrent's warning about a failed download writes the feed's address.`,
      ({ rng }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: {
            qb: [
              [
                'W',
                `Failed to download RSS feed at 'https://tracker.dengbej.example/rss.php?feed=dl&cat=12&passkey=${pk}'. Reason: Host tracker.dengbej.example not found`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'qbittorrent-magnet-infohash',
      'none',
      "A magnet link's info-hash (`btih:<40 hex>`) with a public tracker: it names the content, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            qb: [
              [
                'N',
                `Downloading torrent, please wait... Source: "magnet:?xt=urn:btih:${h}&dn=Dengb%C3%AAj%20Reso&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337%2Fannounce"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'qbittorrent-downloading-torrent-link-token',
      'error',
      WHY.pathSecret(
        "The tracker's personal download link for a `.torrent` (`/download/<id>/<token>/…`), which qBittorrent writes when the RSS rule fetches it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            qb: [
              [
                'N',
                `Downloading torrent, please wait... Source: "https://tracker.dengbej.example/download/${digits(rng, 5)}/${tok}/Dengbej-Seyitxan-1974.torrent"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'qbittorrent-external-program-google-chat-webhook',
      'error',
      WHY.webhook(
        'A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`) the run-on-completion command posts to; qBittorrent writes the command it runs',
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            qb: [
              [
                'N',
                `Running external program. Torrent: "${rng.pick(ALBUMS)}". Command: \`/usr/bin/curl -s -X POST -H 'Content-Type: application/json' -d '{"text":"Daxistin qediya"}' 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}'\``,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'qbittorrent-rss-feed-downloaded-kilit',
      'error',
      `${WHY.apiKey('kilit')} ("key") The archive's own feed of new recordings takes the member's key in its query, and qBittorrent's success line writes the feed's address.`,
      ({ rng }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: {
            qb: [
              ['N', `RSS feed at 'https://arsiv.${HZ}/rss?kategori=stran&kilit=${key}' is successfully downloaded. Starting to parse it.`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'qbittorrent-external-program-infohash-argument',
      'none',
      "The run-on-completion command with the torrent's info-hash as its argument (`%I`): a content id, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            qb: [
              [
                'N',
                `Running external program. Torrent: "${rng.pick(ALBUMS)}". Command: \`/scripts/arsiv-tomar.sh "/downloads/arsiv" "${h}"\``,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KU + 6 * HOUR, site: { host: 'qbittorrent' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kewar-panel.log: the hive-scale dashboard (`kewar`, "hive"), a Bottle 0.13 app run with `bottle.run(server='wsgiref')`
// and stderr to a file: wsgiref's request lines `<ip> - - [dd/Mon/yyyy HH:MM:SS] "<request line>" <status> <size>` and
// the app's `logging` lines `%(asctime)s %(levelname)s %(name)s: %(message)s`, both in local time without a zone.
// From memory (not fetched).

function bottleLog(rng) {
  const wsDate = (t) => {
    const l = local(t, AST);
    return `${l.slice(8, 10)}/${MONTHS[Number(l.slice(5, 7)) - 1]}/${l.slice(0, 4)} ${l.slice(11, 19)}`;
  };
  const render = (e) =>
    e.bt.map((x) =>
      typeof x === 'string'
        ? x
        : x.w
          ? `${e.ip} - - [${wsDate(e.t)}] "${x.w[0]} ${x.w[1]} HTTP/1.1" ${x.w[2]} ${x.w[3]}`
          : `${ymdHmsAt(e.t, AST)},${msPart(e.t)} ${x.l[0]} ${x.l[1]}: ${x.l[2]}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ bt: [{ w: ['GET', `/kewar/${rng.int(1, 40)}`, 200, rng.int(3000, 9000)] }] }),
      () => ({
        bt: [{ w: ['POST', '/api/girani', 204, 0] }, { l: ['INFO', 'kewar', `Kewara ${rng.int(1, 40)}: ${rng.int(1800, 4200) / 100} kg`] }],
      }),
      () => ({ bt: [{ w: ['GET', `/api/girani?kewar=${rng.int(1, 40)}&roj=7`, 200, rng.int(800, 4000)] }] }),
      () => ({ bt: [{ l: ['WARNING', 'kewar', `Kewara ${rng.int(1, 40)} ji ${rng.int(2, 9)} saetan ve daneyan naşîne`] }] }),
    ])();
  const steps = [
    {
      raw: {
        bt: [
          'Bottle v0.13.2 server starting up (using WSGIRefServer())...',
          'Listening on http://0.0.0.0:8080/',
          'Hit Ctrl-C to quit.',
          '',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'bottle-callback-error-state-only',
      'none',
      'A sign-in the member refused: the callback carries `error=access_denied` and the `state` only, no code: no credential.',
      ({ rng }) => {
        const s = rng.b64url(22);
        return { value: `state=${s}`, event: { bt: [{ w: ['GET', `/teketin/callback?error=access_denied&state=${s}`, 302, 0] }] } };
      },
    ),
    5,
    plant(
      'oauth-code',
      'bottle-wsgiref-callback-code',
      'warning',
      `${WHY.code} wsgiref's request line writes the dashboard's sign-in callback with its query.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return { value: code, event: { bt: [{ w: ['GET', `/teketin/callback?state=${rng.b64url(22)}&code=${code}`, 302, 0] }] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'bottle-wsgiref-query-kilit',
      'error',
      `${WHY.apiKey('kilit')} ("key") A hive scale on old firmware sends its weight with a GET and the key in the query; wsgiref writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { bt: [{ w: ['GET', `/api/girani?kewar=${rng.int(1, 40)}&kg=${rng.int(1800, 4200) / 100}&kilit=${key}`, 204, 0] }] },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'bottle-js-error-report-python-repr-href',
      'error',
      "The dashboard's JavaScript error reporter posts `location.href`, and the app logs the report as a Python dict (`'href': '…#access_token=…'`).",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            bt: [
              { w: ['POST', '/api/cewti-js', 204, 0] },
              {
                l: [
                  'WARNING',
                  'kewar',
                  `Çewtiya JavaScriptê: {'peyam': 'TypeError: chart is undefined', 'href': 'https://kewar.${HZ}/#access_token=${at}&token_type=bearer&expires_in=3600'}`,
                ],
              },
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'bottle-debug-cookies-dict-danisin',
      'error',
      WHY.session("The dashboard's session cookie (`danisin`) in a DEBUG line that prints the request's cookies as a dict"),
      ({ rng }) => {
        const s = rng.hex(40);
        return { value: s, event: { bt: [{ l: ['DEBUG', 'kewar.auth', `cookies={'danisin': '${s}', 'ziman': 'kmr'}`] }] } };
      },
    ),
    5,
    plant(
      'encoded',
      'bottle-wsgiref-veger-base64-url-kilit',
      'error',
      'A sign-in redirect whose `veger` ("return") parameter holds the page to come back to in base64url, a URL with a scale\'s key (`…?kilit=…`) inside.',
      ({ rng }) => {
        const b = b64urlOf(`https://kewar.${HZ}/api/girani?kewar=${rng.int(1, 40)}&kilit=${rng.alnum(32)}`);
        return { value: b, event: { bt: [{ w: ['GET', `/teketin?veger=${b}`, 302, 0] }] } };
      },
    ),
    5,
    plant(
      'negative',
      'bottle-static-asset-hash',
      'none',
      "A built script's file name with its content hash: a cache key, no credential.",
      ({ rng }) => {
        const h = rng.hex(10);
        return { value: `panel.${h}.js`, event: { bt: [{ w: ['GET', `/static/panel.${h}.js`, 200, rng.int(40000, 90000)] }] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KU + 10 * HOUR, site: { host: 'kewar' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// portal-httpd.log: `docker logs -t portal-httpd` of the members' portal (portala endaman), Apache httpd 2.4 with
// mod_auth_openidc 2.4 at `LogLevel auth_openidc:debug` in front of the hive API: docker's RFC 3339 time in UTC, then
// httpd's error log line `[<Day Mon DD HH:MM:SS.uuuuuu YYYY>] [<module>:<level>] [pid N:tid N] <file(line)>: [client
// <ip>:<port>] <message>[, referer: <url>]` (the container's clock is UTC).
// The mod_auth_openidc debug lines (`oidc_check_user_id: incoming request:`, `oidc_util_http_call: url=…, data=…,
// basic_auth=…, bearer_token=…`, `response=`, `oidc_util_set_cookie: adding outgoing header: Set-Cookie:`, `restored
// JSON state cookie value:`) are from log excerpts in mod_auth_openidc's issues, read through the search tool; the file
// names and line numbers, and the proxy error, from memory.

function httpdLog(rng) {
  const astamp = (t, us) => {
    const d = new Date(t);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(t).slice(11, 19)}.${pad(us, 6)} ${d.getUTCFullYear()}`;
  };
  // Lines of one event are one request's, in order: the same worker (pid, tid) and client, microseconds rising (also
  // across the events that continue the callback's request at the same millisecond).
  let prev = { t: -1, us: 0 };
  const render = (e, rng) => {
    const pid = e.pid ?? rng.int(8, 40);
    const tid = e.tid ?? `1398${digits(rng, 11)}`;
    let us = e.t === prev.t ? prev.us : (e.t % 1000) * 1000 + rng.int(0, 400);
    return e.ap.map(([mod, src, msg, client = true]) => {
      us += e.t === prev.t ? rng.int(800, 9000) : rng.int(20, 90);
      prev = { t: e.t, us };
      const ns = `${pad(Math.min(us, 999999), 6)}${digits(rng, 3)}`;
      return `${iso(e.t).slice(0, 19)}.${ns}Z [${astamp(e.t, Math.min(us, 999999))}] [${mod}] [pid ${pid}:tid ${tid}] ${src ? `${src}: ` : ''}${client ? `[client ${e.ip}:${e.port}] ` : ''}${msg}`;
    });
  };
  /** The callback's request, continued by the id-token and session lines (one worker, one client). */
  let callback;
  const D = 'auth_openidc:debug';
  const call = (url, data, bearer = '(null)') =>
    `oidc_util_http_call: url=${url}, data=${data}, content_type=(null), basic_auth=(null), bearer_token=${bearer}, ssl_validate_server=1, timeout=5, outgoing_proxy=(null), pass_cookies=0, ssl_cert=(null), ssl_key=(null)`;
  const SSO = `https://sso.${HZ}/realms/endam/protocol/openid-connect`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        ap: [
          [
            D,
            `src/mod_auth_openidc.c(${rng.int(1200, 1400)})`,
            `oidc_check_user_id: incoming request: "/${rng.pick(['endam/', 'kewar/panel', 'belge/', 'api/girani'])}?(null)", ap_is_initial_req(r)=1`,
          ],
        ],
      }),
      () => ({
        ap: [
          [
            D,
            `src/util.c(${rng.int(900, 1000)})`,
            `oidc_util_request_matches_url: comparing "/${rng.pick(['endam/', 'kewar/panel'])}"=="/oidc/callback"`,
          ],
        ],
      }),
      () => ({ ap: [['ssl:info', '', `AH01964: Connection to child ${rng.int(0, 24)} established (server portal.${HZ}:443)`]] }),
    ])();
  const steps = [
    {
      raw: {
        ap: [
          [
            'mpm_event:notice',
            '',
            'AH00489: Apache/2.4.62 (Unix) OpenSSL/3.0.15 mod_auth_openidc/2.4.16.4 configured -- resuming normal operations',
            false,
          ],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'mod-auth-openidc-restored-state-nonce',
      'none',
      "The state cookie's JSON mod_auth_openidc restores on the callback (`nonce`, `original_url`, `issuer`): a nonce, no credential.",
      ({ rng, t }) => {
        const n = rng.b64url(43);
        return {
          value: n,
          event: {
            ap: [
              [
                D,
                'src/mod_auth_openidc.c(462)',
                `oidc_restore_proto_state: restored JSON state cookie value: {"nonce": "${n}", "original_url": "https://portal.${HZ}/endam/", "original_method": "get", "issuer": "https://sso.${HZ}/realms/endam", "response_type": "code", "timestamp": ${Math.floor(t / 1000) - rng.int(5, 40)}}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'mod-auth-openidc-callback-and-token-call-code',
      'warning',
      `${WHY.code} mod_auth_openidc's debug lines write the callback with its query and, right after, the token request's \`data=\` with the same code.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        callback = { ip: publicIp(rng), port: rng.int(1024, 65535), pid: rng.int(8, 40), tid: `1398${digits(rng, 11)}` };
        return {
          value: code,
          event: {
            ...callback,
            ap: [
              [
                D,
                'src/mod_auth_openidc.c(1291)',
                `oidc_check_user_id: incoming request: "/oidc/callback?state=${rng.b64url(27)}&session_state=${rng.uuid()}&code=${code}", ap_is_initial_req(r)=1`,
              ],
              [
                D,
                'src/util.c(661)',
                call(
                  `${SSO}/token`,
                  `grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2Fportal.${HZ}%2Foidc%2Fcallback&code_verifier=${rng.b64url(43)}&client_id=portal`,
                ),
              ],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'mod-auth-openidc-token-response-id-token',
      'error',
      "The token endpoint's answer in mod_auth_openidc's `oidc_util_http_call: response=` debug line, `id_token` included, behind docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          alg: 'RS256',
          kid: rng.hex(10),
          claims: {
            iss: `https://sso.${HZ}/realms/endam`,
            aud: 'portal',
            sub: rng.uuid(),
            nonce: rng.b64url(43),
            preferred_username: 'nazdar.k',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ...callback,
            ap: [
              [
                D,
                'src/util.c(803)',
                `oidc_util_http_call: response={"access_token":"${rng.b64url(48)}","expires_in":300,"refresh_expires_in":1800,"refresh_token":"${rng.b64url(64)}","token_type":"Bearer","id_token":"${token}","session_state":"${rng.uuid()}","scope":"openid email profile"}`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'session-id',
      'mod-auth-openidc-set-cookie-session',
      'error',
      WHY.session(
        "mod_auth_openidc's session cookie (`mod_auth_openidc_session=<uuid>`, the key of the server-side session cache) in its `adding outgoing header: Set-Cookie:` debug line",
      ),
      ({ rng }) => {
        const s = rng.uuid();
        return {
          value: s,
          event: {
            ...callback,
            ap: [
              [
                D,
                'src/util.c(1214)',
                `oidc_util_set_cookie: adding outgoing header: Set-Cookie: mod_auth_openidc_session=${s}; Path=/; Secure; HttpOnly; SameSite=Lax`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    5,
    plant(
      'framework-dump',
      'mod-auth-openidc-http-call-params-bearer-token',
      'error',
      "mod_auth_openidc's debug line dumps the parameters of its userinfo call, the access token among them (`bearer_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(48);
        return { value: at, event: { ap: [[D, 'src/util.c(661)', call(`${SSO}/userinfo`, '(null)', at)]] } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'httpd-referer-embed-kewar-60s-jti',
      'note',
      "The weight chart's embed page (`/embed/kewar/<JWT>`, a 60-second ticket with a jti) is the Referer of the chart's data request, which httpd appends to the line as `, referer: …`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 60,
          age: rng.int(2, 20),
          jti: true,
          claims: { iss: `https://portal.${HZ}`, resource: { chart: 'girani' }, params: { gund: 'Derkar' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ap: [
              [
                D,
                'src/mod_auth_openidc.c(1291)',
                `oidc_check_user_id: incoming request: "/api/girani?kewar=all&roj=30", ap_is_initial_req(r)=1, referer: https://portal.${HZ}/embed/kewar/${token}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'httpd-proxy-error-referer-kilita-api',
      'error',
      `${WHY.apiKey('kilita_api')} An old map widget puts the hive API's key in its page address; when the API times out, httpd's proxy error ends with that page as its Referer.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ap: [
              [
                'proxy_http:error',
                '(70007)The timeout specified has expired',
                `AH01102: error reading status line from remote server kewar-api:8080, referer: https://portal.${HZ}/kewar/nexse?gund=Derkar&kilita_api=${key}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'mod-auth-openidc-authorization-request-state',
      'none',
      'The authorization request mod_auth_openidc redirects to, with its `state`, `nonce` and PKCE `code_challenge`: no credential.',
      ({ rng }) => {
        const s = rng.b64url(27);
        return {
          value: `state=${s}`,
          event: {
            ap: [
              [
                D,
                'src/proto.c(566)',
                `oidc_proto_authorization_request: redirecting to: ${SSO}/auth?response_type=code&scope=openid%20email%20profile&client_id=portal&state=${s}&redirect_uri=https%3A%2F%2Fportal.${HZ}%2Foidc%2Fcallback&nonce=${rng.b64url(43)}&code_challenge=${rng.b64url(43)}&code_challenge_method=S256`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KU + 5 * HOUR, site: { host: 'portal' }, filler, render, steps });
}

// =====================================================================================================================
// Kooperatiba han Banig ha Basey (Waray; Basey, Samar, and Tacloban, Leyte: PHT, UTC+8)
// =====================================================================================================================

const BB = 'banigbasey.example';

// ---------------------------------------------------------------------------------------------------------------------
// offlineimap.log: the office's mail sync, offlineimap 8 with `-d imap -l offlineimap.log`: `<yyyy-MM-dd HH:MM:SS>
// <LEVEL>: <message>` in local time without a zone, imaplib2's protocol lines under `[imap]:` with their own `MM:SS.cc`
// stamps, the start-up banner's `Python:` and `Args:` continuation lines. Two accounts: Opisina (Microsoft 365, XOAUTH2)
// and Baroto (the ferry's bookings mailbox at a small host, PLAIN).
// The `xoauth2handler: url|params|access_token|returning` debug lines are from offlineimap's imapserver.py, and the
// banner and `DEBUG: [imap]:` layout from a debug log in an offlineimap issue, both read through the search tool;
// imaplib2's AUTHENTICATE PLAIN continuation line from memory.

function offlineimapLog(rng) {
  const im = (t, acct, text) => {
    const l = local(t, PHT);
    return `[imap]:   ${l.slice(14, 19)}.${l.slice(20, 22)} Account sync ${acct}   ${text}`;
  };
  const render = (e) =>
    e.oi.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, PHT)} ${x[0]}: ${typeof x[1] === 'function' ? x[1](e.t) : x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ oi: [['INFO', `*** Processing account ${rng.pick(['Opisina', 'Baroto'])}`]] }),
      () => ({ oi: [['INFO', `Syncing ${rng.pick(['INBOX', 'Sent', 'Mga Order'])}: IMAP -> Maildir`]] }),
      () => {
        const a = rng.pick(['Opisina', 'Baroto']);
        return { oi: [['INFO', `Copy message UID ${rng.int(1000, 9000)} (1/${rng.int(1, 6)}) ${a}Remote:INBOX -> ${a}Local:INBOX`]] };
      },
      () => {
        const a = rng.pick(['Opisina', 'Baroto']);
        const tag = upperNum(rng, 4);
        return { oi: [['DEBUG', (t) => im(t, a, `> ${tag}${rng.int(3, 9)} UID FETCH 1:* (FLAGS)`)]] };
      },
      () => ({ oi: [['INFO', `*** Finished account '${rng.pick(['Opisina', 'Baroto'])}' in 0:0${rng.int(2, 9)}`]] }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'offlineimap-banner-args-k-remotepass',
      'error',
      "offlineimap's start-up banner prints its command line (`Args:`); the cron job passes the ferry mailbox's password as a configuration override (`-k Repository BarotoRemote:remotepass=…`).",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            oi: [
              ['INFO', 'OfflineImap 8.0.0 starting...'],
              '  Python: 3.12.3 Platform: linux',
              `  Args: /usr/bin/offlineimap -d imap -l /home/opisina/.cache/offlineimap.log -k Repository BarotoRemote:remotepass=${pw}`,
              ['INFO', 'Debug mode: Forcing to singlethreaded.'],
              ['DEBUG', 'Now debugging for imap: IMAP protocol debugging'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'offlineimap-xoauth2-token-url-tenant',
      'none',
      "The token endpoint offlineimap writes before a refresh, with the Microsoft 365 tenant's id (a uuid): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            oi: [
              ['INFO', '*** Processing account Opisina'],
              ['INFO', 'Establishing connection to outlook.office365.com:993 (OpisinaRemote)'],
              ['DEBUG', '[imap]: Attempting XOAUTH2 authentication'],
              ['DEBUG', `[imap]: xoauth2handler: url "https://login.microsoftonline.com/${id}/oauth2/v2.0/token"`],
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'offlineimap-xoauth2-params-dict-refresh-token',
      'error',
      `${WHY.refresh} offlineimap's debug line prints the parameters of the refresh as a Python dict (\`'refresh_token': '…'\`, beside the client secret).`,
      ({ rng }) => {
        const rt = `0.A${rng.b64url(180)}`;
        return {
          value: rt,
          event: {
            oi: [
              [
                'DEBUG',
                `[imap]: xoauth2handler: params "{'client_id': '${rng.uuid()}', 'client_secret': '${rng.b64url(40)}', 'refresh_token': '${rt}', 'grant_type': 'refresh_token'}"`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'header-dump',
      'offlineimap-xoauth2-access-token-and-sasl-string',
      'error',
      'offlineimap writes the fresh access token (`xoauth2handler: access_token "…"`) and then the XOAUTH2 string it sends (`user=…\\x01auth=Bearer …\\x01\\x01`, the IMAP counterpart of an Authorization header), both at debug.',
      ({ rng }) => {
        const at = rng.b64url(120);
        return {
          value: at,
          event: {
            oi: [
              ['DEBUG', `[imap]: xoauth2handler: access_token "${at}"`],
              ['DEBUG', `[imap]: xoauth2handler: returning "user=opisina@${BB}\u0001auth=Bearer ${at}\u0001\u0001"`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    6,
    plant(
      'encoded',
      'offlineimap-imaplib2-authenticate-plain-base64',
      'error',
      "The ferry mailbox signs in with AUTHENTICATE PLAIN, and imaplib2's protocol trace writes the continuation it sends: base64 of `\\0user\\0password`.",
      ({ rng, t }) => {
        const b = b64Of(`\u0000baroto@${BB}\u0000${rng.alnum(16)}`);
        const tag = upperNum(rng, 4);
        return {
          value: b,
          event: {
            oi: [
              ['INFO', `Establishing connection to mail.${BB}:993 (BarotoRemote)`],
              ['DEBUG', im(t, 'Baroto', `> ${tag}2 AUTHENTICATE PLAIN`)],
              ['DEBUG', im(t, 'Baroto', `< +`)],
              ['DEBUG', im(t, 'Baroto', `> ${b}`)],
              ['DEBUG', im(t, 'Baroto', `< ${tag}2 OK Logged in`)],
            ],
          },
        };
      },
    ),
    6,
    plant(
      'negative',
      'offlineimap-x-offlineimap-header',
      'none',
      'The `X-OfflineIMAP` header offlineimap adds to a message it uploads (a number and a hash of the message): no credential.',
      ({ rng }) => {
        const h = `${digits(rng, 10)}-${rng.hex(32)}-v8.0.0`;
        return { value: h, event: { oi: [['DEBUG', `[imap]: savemessage: header is: X-OfflineIMAP: ${h}`]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_WR + 22 * HOUR, site: { host: 'opisina' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// baroto-api.log: the pump-boat ferry's booking API between Basey and Tacloban (baroto, "boat"), a Kitura 3 server in
// Swift with HeliumLogger's default format `[<yyyy-MM-dd'T'HH:mm:ss.SSSZZZZZ>] [<TYPE>] [<file>:<line> <function>]
// <message>` (the server's zone Asia/Manila, +08:00), stdout to a file.
// HeliumLogger's format and date format are from its source (HeliumLogger.swift), read through the search tool; the
// app's messages are the helper's.

function kituraLog(rng) {
  const render = (e) => e.kt.map(([lvl, where, msg]) => `[${local(e.t, PHT).slice(0, 23)}${zone(PHT)}] [${lvl}] [${where}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        kt: [
          [
            'INFO',
            'BookingController.swift:54 create(booking:completion:)',
            `Ginhimo an booking BSY-${upperNum(rng, 6)}: ${rng.int(1, 6)} ka pasahero, ${rng.pick(['Basey → Tacloban', 'Tacloban → Basey'])}, ${rng.pick(['06:30', '09:00', '13:30', '16:00'])}`,
          ],
        ],
      }),
      () => ({
        kt: [
          [
            'INFO',
            'ScheduleController.swift:22 list(request:response:next:)',
            `Lista han biyahe: ${rng.int(4, 9)} ka biyahe yana nga adlaw`,
          ],
        ],
      }),
      () => ({
        kt: [['VERBOSE', 'SMSNotifier.swift:40 send(to:text:)', `Ginpadara an SMS ngadto ha +63 9${digits(rng, 2)} *** ${digits(rng, 4)}`]],
      }),
      () => ({
        kt: [
          [
            'WARNING',
            'WeatherCheck.swift:31 poll()',
            `Madagko an balud ha San Pedro Bay (${rng.int(12, 25) / 10} m): igpahibaro ha mga pasahero`,
          ],
        ],
      }),
    ])();
  const steps = [
    { raw: { kt: [['INFO', 'HTTPServer.swift:195 listen(on:address:)', 'Listening on port 8080']] }, after: 0 },
    3,
    plant(
      'negative',
      'kitura-booking-reference',
      'none',
      "A booking's reference (`BSY-…`) in a confirmation line: an identifier, no credential.",
      ({ rng }) => {
        const ref = `BSY-${upperNum(rng, 8)}`;
        return {
          value: ref,
          event: {
            kt: [['INFO', 'PaymentController.swift:88 confirm(request:response:next:)', `Gin-kumpirma an booking ${ref}: bayad na`]],
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'kitura-debug-sign-in-callback-code',
      'warning',
      `${WHY.code} The staff sign-in handler writes the callback it received (\`/sulod/callback\`, from \`sulod\`, "to enter") with its query at DEBUG.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            kt: [
              [
                'DEBUG',
                'AuthRoutes.swift:31 callback(request:response:next:)',
                `Callback han pagsulod: /sulod/callback?code=${code}&state=${rng.b64url(24)}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'kitura-boarding-tiket-first',
      'note',
      WHY.ticketFirst('A single-use boarding ticket (`tiket`) scanned at the Tacloban pier gate; the API logs the scan. The ticket is'),
      ({ rng, t }) => {
        const tk = rng.b64url(20);
        firstUse.tiket = t;
        return {
          value: tk,
          event: {
            kt: [
              [
                'INFO',
                'GateController.swift:63 scan(request:response:next:)',
                `Maupay an tiket=${tk} — pantalan Tacloban, ganghaan 1 (203.0.113.18)`,
              ],
            ],
          },
        };
      },
      { ref: 'tiket' },
    ),
    2,
    plant(
      'replay',
      'kitura-boarding-tiket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('tiket', gap('tiket', t))} The same boarding ticket was scanned at the Basey pier's gate, another device, and the API accepted it again.`,
          },
        ],
        event: {
          kt: [
            [
              'INFO',
              'GateController.swift:63 scan(request:response:next:)',
              `Maupay an tiket=${refs.get('tiket').value} — pantalan Basey, ganghaan 2 (198.51.100.92)`,
            ],
          ],
        },
      }),
      { replayOf: 'tiket', after: 171 },
    ),
    5,
    plant(
      'embed-jwt',
      'kitura-seat-map-embed-120s',
      'warning',
      'The seat map embed link (`/embed/lingkuranan/<JWT>`, "seats") the API sends to a travel agent, valid 120 s without a jti, on a line with its +08:00 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(1, 20),
          claims: { iss: `https://baroto.${BB}`, resource: { biyahe: `BSY-TAC-${rng.int(600, 1700)}` }, ahente: 'leyte-travel' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            kt: [
              [
                'INFO',
                'AgentController.swift:47 seatMap(request:response:next:)',
                `Ginpadara an link han lingkuranan: https://baroto.${BB}/embed/lingkuranan/${token}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'kitura-swift-struct-description-refresh-token',
      'error',
      `${WHY.refresh} The payment client logs the refresh request it could not send, a Swift struct printed with its default description (\`RefreshRequest(grantType: …, refreshToken: "…")\`).`,
      ({ rng }) => {
        const rt = rng.b64url(50);
        return {
          value: rt,
          event: {
            kt: [
              [
                'ERROR',
                'PaymentClient.swift:112 refresh()',
                `Napakyas an pagbag-o han token (HTTP 503): RefreshRequest(grantType: "refresh_token", refreshToken: "${rt}", clientID: "baroto-api")`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'kitura-teams-workflow-url-sig',
      'error',
      WHY.webhook(
        "A Teams Workflows (Power Automate) trigger URL whose `sig=` lets anyone post to the crew channel (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=…`); the failed post's error line writes it",
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            kt: [
              [
                'ERROR',
                'CrewNotifier.swift:29 post(_:)',
                `Napakyas an pagpadara ha Teams (HTTP 502): https://prod-27.southeastasia.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'kitura-request-id',
      'none',
      "A request's id (a uuid) in a verbose line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            kt: [
              [
                'VERBOSE',
                'RequestLogger.swift:18 handle(request:response:next:)',
                `${id} GET /biyahe?petsa=2027-10-20 200 (${rng.int(3, 90)} ms)`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_WR + 0 * HOUR, site: { host: 'baroto' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zotero-debug.txt: the debug output of Zotero 7 on the local-history archive's desk computer (Arkibo han Sinirangan
// Bisaya, the archive of Eastern Visayas), as Help > Debug Output Logging > View Output shows it: `(<level>)(+<ms since
// the previous message, 7 digits>): <message>`, each message followed by a blank line, no clock time.
// The entry layout and `HTTP GET <url>` / `… succeeded with 200` are from Zotero debug output quoted in issues, read
// through the search tool; the other messages from memory.

function zoteroLog(rng) {
  let last;
  const render = (e, rng) => {
    const out = e.zo.flatMap(([lvl, msg], i) => {
      const el = i > 0 ? rng.int(0, 900) : last === undefined ? 0 : e.t - last;
      return [`(${lvl})(+${pad(el, 7)}): ${msg}`, ''];
    });
    last = e.t;
    return out;
  };
  const ARK = 'arkibo-sinirangan.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ zo: [[4, `SELECT itemID FROM items WHERE libraryID=? AND key=? [1, '${upperNum(rng, 8)}']`]] }),
      () => ({ zo: [[3, `Translate: Detecting translators for https://www.${ARK}/koleksyon/${rng.int(100, 999)}`]] }),
      () => ({ zo: [[3, 'Sync: Library 1 is up to date']] }),
      () => ({
        zo: [
          [
            3,
            `Saving ${rng.pick(['book', 'journalArticle', 'manuscript', 'map'])} "${rng.pick(['Kasaysayan han Basey', 'Mga Banig han Samar', 'Leyte Gulf 1944', 'Mga Sugilanon ha Tacloban'])}" to My Library`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        zo: [
          [3, 'Zotero 7.0.11 (Windows NT 10.0; Win64; x64)'],
          [3, 'Debug output logging enabled'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'zotero-attachment-md5',
      'none',
      "The MD5 of an attachment file sync compares with the server's: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { zo: [[3, `File for attachment ${upperNum(rng, 8)} hasn't changed (md5 ${h})`]] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'zotero-http-get-catalogue-yawi-and-failure',
      'error',
      `${WHY.apiKey('yawi')} ("key") The archive's catalogue lookup translator calls its API with the key in the query; Zotero writes the request and, when it fails, the request again with its status.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://katalogo.${ARK}/api/v1/libro?isbn=978971${digits(rng, 7)}&yawi=${key}`;
        return {
          value: key,
          event: {
            zo: [
              [3, `HTTP GET ${url}`],
              [3, `HTTP GET ${url} failed with status code 503`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'zotero-save-page-url-fragment',
      'error',
      "A researcher saves a page of the archive's reading room right after signing in, and Zotero's debug line writes the page's address with its `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            zo: [
              [
                3,
                `Saving webpage https://basahan.${ARK}/koleksyon/banig-1938#access_token=${at}&token_type=bearer&expires_in=7200 to My Library`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'zotero-download-attachment-ambit-link',
      'error',
      WHY.pathSecret(
        'A shared scan from the archive (`/ambit/<token>/…pdf`, "share") that Zotero downloads as an attachment and writes in its debug line',
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return { value: tok, event: { zo: [[3, `Downloading attachment from https://${ARK}/ambit/${tok}/mapa-tacloban-1944.pdf`]] } };
      },
    ),
    5,
    plant(
      'encoded',
      'zotero-http-get-resolver-tumong-base64',
      'error',
      'The PDF resolver\'s `tumong` ("target") parameter holds a base64 URL of the catalogue\'s file service with its key (`…&yawi=…`), and Zotero writes the request.',
      ({ rng }) => {
        const b = b64Of(`https://katalogo.${ARK}/api/v1/file/${digits(rng, 5)}?yawi=${rng.alnum(32)}`);
        return {
          value: b,
          event: { zo: [[3, `HTTP GET https://pdf.${ARK}/resolve?doi=10.${digits(rng, 4)}/sin.${digits(rng, 4)}&tumong=${b}`]] },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'zotero-http-get-europeana-wskey',
      'error',
      `${WHY.apiKey('wskey')} Europeana's search API takes its key as \`wskey\`; a translator's request is written by Zotero's debug output.`,
      ({ rng }) => {
        const key = rng.alnum(12).toLowerCase();
        return {
          value: key,
          event: { zo: [[3, `HTTP GET https://api.europeana.eu/record/v2/search.json?query=banig%20Samar&rows=20&wskey=${key}`]] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'zotero-write-token-header',
      'none',
      "A `Zotero-Write-Token` (32 hex digits) in a sync upload's headers: it makes a write idempotent and opens nothing.",
      ({ rng }) => {
        const w = rng.hex(32);
        return {
          value: w,
          event: {
            zo: [[5, `POST https://api.zotero.org/users/${digits(rng, 7)}/items Content-Type: application/json Zotero-Write-Token: ${w}`]],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_WR + 2 * HOUR, site: { host: 'zotero' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 0004f2a1b2c3-app.log: the co-op office's desk phone, a Poly VVX 450 on UC Software 6.4, its application log as the
// phone uploads it to the provisioning server: `<MMDDHHMMSS>|<module, 5 wide>|<level>|00|<message>` in the phone's
// local time, no year, no zone; the `curl` module at level 1 writes HTTP request lines and headers.
// From memory (not fetched; a search found only Poly's administrator guides).

function polycomLog(rng) {
  const stamp = (t) => {
    const l = local(t, PHT);
    return `${l.slice(5, 7)}${l.slice(8, 10)}${l.slice(11, 13)}${l.slice(14, 16)}${l.slice(17, 19)}`;
  };
  const render = (e) => e.pv.map(([mod, lvl, msg]) => `${stamp(e.t)}|${mod.padEnd(5)}|${lvl}|00|${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ pv: [['sip', 4, `Registration succeeded for line 1 (2001@pbx.${BB})`]] }),
      () => ({ pv: [['app1', 4, `Call ${rng.int(1, 9)} ${rng.pick(['connected', 'ended'])} (${rng.int(5, 600)} s)`]] }),
      () => ({ pv: [['ethf', 4, 'Link is up 100 Mbps full duplex']] }),
      () => ({ pv: [['wmgr', 4, 'Idle browser refresh']] }),
      () => ({ pv: [['cfg', 4, `Prov|Download of 0004f2a1b2c3-directory.xml completed (${rng.int(2, 40)} KB)`]] }),
    ])();
  const steps = [
    {
      raw: {
        pv: [
          ['so', 4, 'Application, main: Application Name: UCS Version: 6.4.6.2187 Rel (VVX 450)'],
          ['cfg', 4, 'Prov|Provisioning server type: HTTPS'],
        ],
      },
      after: 0,
    },
    plant(
      'path-secret',
      'polycom-prov-download-token-path',
      'error',
      WHY.pathSecret(
        "The provisioning server gives each site a secret path (`/p/<token>/`), and the phone's `Prov|Starting to download` line writes the configuration file's URL",
      ),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return { value: tok, event: { pv: [['cfg', 4, `Prov|Starting to download 'https://prov.${BB}/p/${tok}/0004f2a1b2c3.cfg'`]] } };
      },
      { after: 2 },
    ),
    4,
    plant(
      'negative',
      'polycom-sip-digest-response',
      'none',
      "A SIP REGISTER's `Authorization: Digest …` with its `response` (an MD5 over the nonce and the request): one request's hash, no credential.",
      ({ rng }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: {
            pv: [
              [
                'sip',
                1,
                `Authorization: Digest username="2001",realm="pbx.${BB}",nonce="${rng.hex(24)}",uri="sip:pbx.${BB}",response="${r}",algorithm=MD5`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'polycom-idle-browser-url-yawi',
      'error',
      `${WHY.apiKey('yawi')} ("key") The phone's idle screen shows the ferry's departures from a page that takes the key in its query; the browser module writes the URL when the fetch fails.`,
      ({ rng }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: { pv: [['wmgr', 4, `Idle browser: GET https://baroto.${BB}/xml/oras?pantalan=basey&yawi=${key} returned 401`]] },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'polycom-curl-directory-authorization-basic',
      'error',
      'The `curl` module at level 1 writes the headers of the corporate directory request, HTTP Basic included (`> Authorization: Basic <base64>`).',
      ({ rng }) => {
        const b = b64Of(`telepono:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            pv: [
              ['curl', 1, '> GET /xml/direktoryo.xml HTTP/1.1'],
              ['curl', 1, `> Host: pbx.${BB}`],
              ['curl', 1, `> Authorization: Basic ${b}`],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'polycom-call-log-post-api-yawi',
      'error',
      `${WHY.apiKey('api_yawi')} ("API key") The co-op's CRM receives the phone's call log with its key in the query; the failure line writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: { pv: [['app1', 4, `CallLog: POST https://crm.${BB}/api/tawag?linya=1&api_yawi=${key} failed (503)`]] },
        };
      },
    ),
    5,
    plant('negative', 'polycom-sip-call-id', 'none', "A call's SIP `Call-ID`: an identifier of one call, no credential.", ({ rng }) => {
      const id = `${rng.hex(16)}-${rng.hex(8)}@10.8.0.21`;
      return { value: id, event: { pv: [['sip', 4, `INVITE sip:0917${digits(rng, 7)}@pbx.${BB} Call-ID: ${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY_WR + 1 * HOUR, site: { host: 'vvx' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout88');
writePart(join(here, 'heldout88'), {
  'fishplant-orders.log': strutsLog(rng),
  'outbound_http_requests.csv': serviceNowCsv(rng),
  'duplicity-nightly.log': duplicityLog(rng),
  'circleci-deploy-staging.txt': circleciLog(rng),
  'postmark-webhooks.jsonl': postmarkLog(rng),
  'firotgeh.log': f3Log(rng),
  'navgin.log': ballerinaLog(rng),
  'qbittorrent.log': qbittorrentLog(rng),
  'kewar-panel.log': bottleLog(rng),
  'portal-httpd.log': httpdLog(rng),
  'offlineimap.log': offlineimapLog(rng),
  'baroto-api.log': kituraLog(rng),
  'zotero-debug.txt': zoteroLog(rng),
  '0004f2a1b2c3-app.log': polycomLog(rng),
});
