// Writes corpus/logs-in-the-wild/heldout118/: a hundred-and-eighteenth held-out part, in formats no other part uses (a
// darkhttpd access log, FreeScout's Laravel log, SoapUI's HTTP log, a Katalon Studio console log, sbt's ScalaTest
// output, a dufs log, Cloudreve's console, Filestash's log, Mayan EDMS's Celery and gunicorn output, Leantime's PHP
// error log, a Leptos server's tracing output, an Apache error log of Chevereto, Step CI's CLI output, a Peplink
// router's event log), with credentials planted in realistic places and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout118.mjs     rewrites heldout118/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Wimmera Harriers, an athletics club of Horsham (Victoria, Australia), with a static club
// site, a support mailbox, the timing vendor's API under test, browser tests of its entries site and the entries
// service's own tests (English, five logs); the hazelnut growers' cooperative Jgiri Tkhiri ("good hazelnut") of Zugdidi
// (Samegrelo, Georgia), with a file server, a cloud drive, a web file manager, a document archive and a project board
// (Mingrelian in the Georgian script where the apps show text, romanized in routes, parameter and key names, five logs);
// the Griko cultural association To Spiti tu Griku of Calimera (Grecìa Salentina, Lecce) with a festival app, a photo
// archive, API tests and the festival's router (Griko in its Italian-based Latin orthography, four logs). Standard names
// (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Apache-HttpClient/4.5.14 (Java/21.0.5)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Horsham in November (AEDT, UTC+11), Zugdidi (GET, UTC+4 all year), Calimera in December (CET, UTC+1). */
const AEDT = 660;
const GET = 240;
const CET = 60;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0) - AEDT * 60000;
const DAY_MG = Date.UTC(2027, 10, 29, 0, 0, 0) - GET * 60000;
const DAY_GR = Date.UTC(2027, 11, 13, 0, 0, 0) - CET * 60000;

/** `+04:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const out = (...lines) => ({ out: lines });
const render = (e) => e.out;
/** Three times the ordinary lines between the planted ones. */
const more = (steps) => steps.map((step) => (typeof step === 'number' ? step * 3 : step));
/** Java's `Date.toString()`: `Mon Nov 15 09:12:03 AEDT 2027`. */
const javaDate = (t, offset, abbr) => {
  const d = new Date(t + offset * 60000);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)} ${abbr} ${d.getUTCFullYear()}`;
};
/** PHP's error_log stamp `29-Nov-2027 06:12:03 UTC`. */
const phpStamp = (t) => {
  const d = new Date(t);
  return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(t).slice(11, 19)} UTC`;
};

// =====================================================================================================================
// Wimmera Harriers (English; Horsham, Victoria: AEDT, UTC+11 in November)
// =====================================================================================================================

const WH = 'wimmeraharriers.example';

// ---------------------------------------------------------------------------------------------------------------------
// darkhttpd-access.log: darkhttpd 1.16 serving the club's static site (`darkhttpd /srv/www --log …`): one line a
// request, `ip - - [clf date] "METHOD url HTTP/1.1" status bytes "referer" "user-agent"`, the URL as the client sent it.
// Layout from memory of darkhttpd's `log_connection()` (a combined-log line); not checked against its source.

function darkhttpdLog(rng) {
  const line = (e) =>
    `${e.ip} - - [${clf(e.t, AEDT)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.status === 304 ? 0 : e.bytes} "${e.referer}" "${e.ua}"`;
  const PAGES = [
    '/',
    '/fixtures.html',
    '/results/2027-xc-round4.html',
    '/join.html',
    '/css/site.css',
    '/js/live.js',
    '/img/logo.svg',
    '/coaching.html',
  ];
  const filler = (rng) => ({ path: rng.pick(PAGES), status: rng.pick([200, 200, 200, 304]), referer: rng.pick(['-', `https://${WH}/`]) });
  const steps = [
    4,
    plant(
      'oauth-code',
      'darkhttpd-request-line-strava-callback-code',
      'warning',
      `${WHY.code} Strava sends the member back to the club's static callback page (\`/strava/connected.html?state=…&code=<40 hex>&scope=…\`), whose script posts the code to the club's worker; darkhttpd writes the request line with it.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            path: '/strava/connected.html',
            query: `state=${rng.hex(16)}&code=${code}&scope=read,activity:read`,
            referer: 'https://www.strava.com/',
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'darkhttpd-stylesheet-cache-hash',
      'none',
      "The site generator's cache-busting query on the stylesheet (`?v=<10 hex>`, a digest of the file): no credential.",
      ({ rng }) => {
        const v = rng.hex(10);
        return { value: v, event: { path: '/css/site.css', query: `v=${v}`, referer: `https://${WH}/fixtures.html` } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'darkhttpd-referer-results-widget-api-key',
      'error',
      `${WHY.apiKey('api_key')} The timing vendor's results widget page, opened with the club's key in its address, loads the club's logo; darkhttpd writes that page as the Referer.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { path: '/img/logo.svg', referer: `https://widgets.racetimer.example/results/wimmera?api_key=${key}&event=xc-r4` },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'darkhttpd-unlisted-committee-folder',
      'error',
      WHY.pathSecret(
        "The committee's minutes sit in an unlisted folder named by 32 random hex digits (`/committee/<hex>/minutes-2027-11.pdf`); the folder name is the only thing guarding them, and the request line writes it",
      ),
      ({ rng }) => {
        const dir = rng.hex(32);
        return { value: dir, event: { path: `/committee/${dir}/minutes-2027-11.pdf`, bytes: rng.int(80000, 300000) } };
      },
    ),
    2,
    plant(
      'replay',
      'darkhttpd-live-timing-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use live-timing ticket (`ticket=`), mailed to a parent to watch the relay's split times, opened on the parent's phone; the static page hands it to the timing socket. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.ticket = t;
        return { value: tk, event: { ip: '203.0.113.88', path: '/live/relay.html', query: `ticket=${tk}`, ua: BROWSERS[2] } };
      },
      { ref: 'ticket' },
    ),
    2,
    plant(
      'negative',
      'darkhttpd-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a link to the fixtures page shared on the club's page: a tracking id, no credential.",
      ({ rng }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(60)}_aem_${rng.b64url(22)}`;
        return { value: f, event: { path: '/fixtures.html', query: `fbclid=${f}`, referer: 'https://m.facebook.com/' } };
      },
    ),
    1,
    plant(
      'replay',
      'darkhttpd-live-timing-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} The ticket was forwarded: another address, on a desktop browser, opened the live page with it and got it (200).`,
          },
        ],
        event: { ip: '198.51.100.23', path: '/live/relay.html', query: `ticket=${refs.get('ticket').value}`, ua: BROWSERS[0] },
      }),
      { replayOf: 'ticket', after: 47 },
    ),
    2,
    plant(
      'encoded',
      'darkhttpd-outbound-redirect-percent-encoded-access-token',
      'error',
      "The club site's outbound link page (`/go.html?to=`) carries the entries site's payment link percent-encoded, and the link holds the member's `access_token`; the request line keeps the encoding.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          needle: `access_token%3D${at}`,
          event: { path: '/go.html', query: `to=https%3A%2F%2Fentries.${WH}%2Fpay%3Fentry%3D${digits(rng, 5)}%26access_token%3D${at}` },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: WH }, filler, render: (e) => [line(e)], steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log of the club's FreeScout 1.8 mailbox: Laravel's Monolog lines, `[yyyy-mm-dd hh:mm:ss] production.LEVEL:
// message {context} []`, an exception followed by `[stacktrace]` and `#n` frames, a `print_r` left by a module's
// developer written across several lines. Layout from memory (Laravel's default single-file channel).

function freescoutLog(rng) {
  const stamp = (t) => `[${ymdHmsAt(t, AEDT)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(`${stamp(t)} production.INFO: Fetching emails: support@${WH} {"mailbox_id":1} []`),
      () => out(`${stamp(t)} production.INFO: Fetched: ${rng.int(0, 4)} {"mailbox":"support@${WH}"} []`),
      () =>
        out(
          `${stamp(t)} production.ERROR: Webklex\\PHPIMAP\\Exceptions\\ConnectionFailedException: connection setup failed in /var/www/html/vendor/webklex/php-imap/src/Client.php:${rng.int(380, 420)}`,
          '[stacktrace]',
          '#0 /var/www/html/app/Console/Commands/FetchEmails.php(178): Webklex\\PHPIMAP\\Client->connect()',
          '#1 {main}',
        ),
    ])();
  const steps = [
    3,
    plant(
      'framework-dump',
      'freescout-print-r-imap-config-password',
      'error',
      "A debugging `\\Log::debug(print_r($config, true))` left in a custom module prints the mailbox's IMAP settings as PHP's `print_r` array, the mailbox password among them.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            `${stamp(t)} production.DEBUG: Array`,
            '(',
            `    [host] => mail.${WH}`,
            '    [port] => 993',
            '    [encryption] => ssl',
            '    [validate_cert] => 1',
            `    [username] => support@${WH}`,
            `    [password] => ${pw}`,
            '    [protocol] => imap',
            ')',
            '  [] []',
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'freescout-message-id',
      'none',
      "A fetched email's `Message-ID` (`<hex@host>`): names a message, opens nothing.",
      ({ rng, t }) => {
        const mid = `${rng.hex(32)}@mail.gmail.example`;
        return {
          value: mid,
          event: out(`${stamp(t)} production.INFO: Message already exists {"message_id":"<${mid}>","mailbox_id":1} []`),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'freescout-guzzle-error-teams-incoming-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<uuid>`) the notifications module posts to; Guzzle's exception message quotes the whole URL",
      ),
      ({ rng, t }) => {
        const h = rng.hex(32);
        const url = `https://wimmeraharriers.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${rng.uuid()}`;
        return {
          value: h,
          event: out(
            `${stamp(t)} production.ERROR: Client error: \`POST ${url}\` resulted in a \`400 Bad Request\` response:`,
            'Bad payload received by generic incoming webhook.',
            ' {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 400))"} []',
          ),
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'freescout-context-microsoft-refresh-token',
      'error',
      `${WHY.refresh} The Microsoft 365 mailbox's token renewal fails, and the module logs the stored token set as the error's context; Microsoft's refresh token (\`0.A…\`) is in it.`,
      ({ rng, t }) => {
        const rt = `0.AUoA${rng.b64url(120)}.${rng.b64url(40)}-${rng.b64url(180)}`;
        return {
          value: rt,
          event: out(
            `${stamp(t)} production.ERROR: Could not refresh OAuth token for mailbox 1 {"error":"invalid_grant","tokens":{"token_type":"Bearer","expires_on":${Math.floor(t / 1000) - 60},"refresh_token":"${rt}"}} []`,
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'freescout-context-request-cookie-session',
      'error',
      WHY.session(
        "Laravel's encrypted session cookie (`freescout_session=eyJpdiI6…`, base64 of the JSON with `iv`, `value`, `mac`) in the request headers a module logs with a 419 it could not explain",
      ),
      ({ rng, t }) => {
        const c = b64Of(
          JSON.stringify({ iv: rng.bytes(16).toString('base64'), value: rng.bytes(48).toString('base64'), mac: rng.hex(64), tag: '' }),
        );
        return {
          value: c,
          event: out(
            `${stamp(t)} production.WARNING: Token mismatch on /conversation/ajax {"headers":{"host":["help.${WH}"],"cookie":["XSRF-TOKEN=${rng.b64url(40)}; freescout_session=${c}"],"x-requested-with":["XMLHttpRequest"]}} []`,
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'freescout-api-unauthorized-query-api-key',
      'error',
      `${WHY.apiKey('api_key')} The club's results robot calls FreeScout's API with the key in the query string (the API & Webhooks module accepts \`?api_key=\`), and a 401 is logged with the request's full URL.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(
            `${stamp(t)} production.WARNING: API: invalid key for GET https://help.${WH}/api/conversations?mailboxId=1&status=active&api_key=${k} [] []`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'freescout-csrf-token-field',
      'none',
      "Laravel's CSRF form field `_token` in a logged form post: a per-session anti-forgery value, no credential (the risk model's CSRF fields).",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: out(
            `${stamp(t)} production.INFO: Reply form posted {"_token":"${tok}","conversation_id":${rng.int(900, 1400)},"status":"2"} []`,
          ),
        };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'freescout-exception-unparsable-uri-fragment',
      'error',
      "The member portal link a customer mailed is turned into a link preview; Guzzle throws on the address and the exception's message quotes it, with the identity provider's `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            `${stamp(t)} production.ERROR: Unable to parse URI: https://members.${WH}:443:/portal#access_token=${at}&token_type=Bearer&expires_in=3600 {"exception":"[object] (InvalidArgumentException(code: 0))"} []`,
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'help' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// soapui-http.log: SoapUI 5.7's HTTP log of the club's tests against the timing vendor's REST API, Apache HttpClient's
// wire lines behind SoapUI's prefix: `Mon Nov 15 10:12:03 AEDT 2027:DEBUG:>> "GET … HTTP/1.1[\r][\n]"`, `<<` for what
// came back. Layout from memory (SoapUI's "http log" tab saved to a file).

function soapuiLog(rng) {
  const P = (t) => `${javaDate(t, AEDT, 'AEDT')}:DEBUG:`;
  const w = (t, dir, text) => `${P(t)}${dir} "${text}"`;
  const H = 'api.racetimer.example';
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          w(t, '>>', `GET /v3/events/${rng.int(1000, 9999)}/results HTTP/1.1[\\r][\\n]`),
          w(t, '>>', `Host: ${H}[\\r][\\n]`),
          w(t, '>>', 'Accept-Encoding: gzip,deflate[\\r][\\n]'),
          w(t, '<<', 'HTTP/1.1 200 OK[\\r][\\n]'),
          w(t, '<<', 'Content-Type: application/json[\\r][\\n]'),
        ),
      () => out(`${P(t)}Attempt 1 to execute request`, `${P(t)}Sending request: GET /v3/clubs/wimmera HTTP/1.1`),
      () => out(`${P(t)}Receiving response: HTTP/1.1 200 OK`, `${P(t)}Connection can be kept alive indefinitely`),
    ])();
  const steps = [
    2,
    plant(
      'header-dump',
      'soapui-wire-authorization-basic',
      'error',
      "The wire log writes each request header as sent: `Authorization: Basic` with the club's API user and password in base64.",
      ({ rng, t }) => {
        const b = b64Of(`wimmera-club:${rng.alnum(18)}`);
        return {
          value: b,
          event: out(
            w(t, '>>', `GET /v3/clubs/wimmera/members?page=1 HTTP/1.1[\\r][\\n]`),
            w(t, '>>', `Host: ${H}[\\r][\\n]`),
            w(t, '>>', `Authorization: Basic ${b}[\\r][\\n]`),
            w(t, '>>', 'User-Agent: Apache-HttpClient/4.5.14 (Java/21.0.5)[\\r][\\n]'),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'soapui-response-request-id',
      'none',
      "The API's `X-Request-Id` (a UUID) in a response header: a trace id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, event: out(w(t, '<<', 'HTTP/1.1 200 OK[\\r][\\n]'), w(t, '<<', `X-Request-Id: ${id}[\\r][\\n]`)) };
      },
    ),
    plant(
      'refresh-token',
      'soapui-wire-body-refresh-token',
      'error',
      `${WHY.refresh} The test case's token step posts \`grant_type=refresh_token\`, and the wire log writes the form body.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(
            w(t, '>>', 'POST /oauth/token HTTP/1.1[\\r][\\n]'),
            w(t, '>>', 'Content-Type: application/x-www-form-urlencoded[\\r][\\n]'),
            w(t, '>>', `grant_type=refresh_token&refresh_token=${rt}&client_id=wimmera-soapui`),
          ),
        };
      },
    ),
    plant(
      'id-token',
      'soapui-wire-response-id-token',
      'error',
      "The token endpoint's answer, read back by the wire log (`<<`), holds an `id_token` for the club's API user",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 1,
          claims: { iss: `https://${H}`, aud: 'wimmera-soapui', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            w(t, '<<', 'HTTP/1.1 200 OK[\\r][\\n]'),
            w(t, '<<', `{"token_type":"Bearer","expires_in":3600,"id_token":"${token}"}`),
          ),
        };
      },
      { after: 0.3 },
    ),
    3,
    plant(
      'session-id',
      'soapui-wire-set-cookie-jsessionid',
      'error',
      WHY.session("The vendor's admin console answers with `Set-Cookie: JSESSIONID=<32 hex>`, and the wire log writes the response header"),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: out(
            w(t, '<<', 'HTTP/1.1 302 Found[\\r][\\n]'),
            w(t, '<<', `Set-Cookie: JSESSIONID=${s}; Path=/console; Secure; HttpOnly[\\r][\\n]`),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'soapui-wire-request-line-apikey',
      'error',
      `${WHY.apiKey('apiKey')} The legacy results endpoint takes the key in the query, and the wire log writes the request line.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: out(w(t, '>>', `GET /v2/results.json?event=xc-r4&apiKey=${k} HTTP/1.1[\\r][\\n]`), w(t, '>>', `Host: ${H}[\\r][\\n]`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'soapui-wsse-nonce',
      'none',
      "The WS-Security `Nonce` SoapUI adds to a SOAP call of the vendor's old entry service: fresh per message, used once to stop replays; no credential.",
      ({ rng, t }) => {
        const n = rng.bytes(16).toString('base64');
        return {
          value: n,
          event: out(
            w(
              t,
              '>>',
              `<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${n}</wsse:Nonce>`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: H, api: true }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// katalon-console0.log: a Katalon Studio 10 run of the entries site's browser tests, `yyyy-MM-dd HH:mm:ss.SSS LEVEL
// logger - message`, the built-in keywords' messages (`Navigating to '…'`, `Navigate to '…' successfully`, `Current url
// is '…'`), a Groovy `println` of the execution profile's variables. Layout from memory.

function katalonLog(rng) {
  const ts = (t) => `${ymdHmsAt(t, AEDT)}.${local(t, AEDT).slice(20, 23)}`;
  const L = (t, lvl, lg, msg) => `${ts(t)} ${lvl.padEnd(5)} ${lg.padEnd(40)} - ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          L(
            t,
            'INFO',
            'c.k.k.c.webui.keyword.builtin.ClickKeyword',
            `Object: 'Object Repository/Entries/btn_${rng.pick(['Next', 'Save', 'AddEvent'])}' is clicked on`,
          ),
        ),
      () =>
        out(
          L(
            t,
            'INFO',
            'c.k.k.c.w.k.b.SetTextKeyword',
            `Text '${rng.pick(['Mia', 'Oscar', 'Harper'])}' is set on object 'Object Repository/Entries/input_FirstName'`,
          ),
        ),
      () => out(L(t, 'DEBUG', 'testcase.Entries', `${rng.int(3, 30)}: verifyElementPresent(findTestObject("Entries/lbl_Total"), 10)`)),
    ])();
  const steps = [
    {
      raw: out(
        L(DAY_EN + 11 * HOUR, 'INFO', 'c.k.katalon.core.main.TestSuiteExecutor', 'START Test Suites/Entries'),
        L(DAY_EN + 11 * HOUR, 'INFO', 'c.k.katalon.core.main.TestSuiteExecutor', 'hostName = ci-runner-02'),
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'katalon-println-groovy-map-profile-password',
      'error',
      "A test's `println GlobalVariable.metaClass.properties…` collects the execution profile into a Groovy map and prints it (`[baseUrl:…, adminPassword:…]`): the entries site's admin password is in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: out(
            L(
              t,
              'INFO',
              'c.k.k.core.logging.KeywordLogger',
              `[baseUrl:https://entries.${WH}, adminUser:registrar, adminPassword:${pw}, timeout:20]`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'katalon-recaptcha-site-key',
      'none',
      "The sign-up form's reCAPTCHA site key (`6L…`, 40 characters), read from the page's `data-sitekey`: public by design, no credential.",
      ({ rng, t }) => {
        const k = `6L${rng.b64url(38)}`;
        return {
          value: k,
          event: out(
            L(
              t,
              'INFO',
              'c.k.k.c.w.k.b.GetAttributeKeyword',
              `Attribute 'data-sitekey' of object 'Object Repository/Entries/div_Captcha' is: '${k}'`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'katalon-navigate-password-reset-link',
      'error',
      WHY.pathSecret(
        'The reset-password test opens the link the test mailbox received (`/account/reset/<token>`), and `navigateToUrl` writes it before and after navigating',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        const url = `https://entries.${WH}/account/reset/${tok}`;
        return {
          value: tok,
          event: out(
            L(t, 'INFO', 'c.k.k.c.w.k.b.NavigateToUrlKeyword', `Navigating to '${url}'`),
            L(t + 400, 'INFO', 'c.k.k.c.w.k.b.NavigateToUrlKeyword', `Navigate to '${url}' successfully`),
          ),
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'katalon-get-url-access-token-fragment',
      'error',
      "`WebUI.getUrl()` after the single sign-on returns the browser's address, which the identity provider's implicit flow ends with `#access_token=…`; the keyword logs it.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            L(
              t,
              'INFO',
              'c.k.k.c.w.k.b.GetUrlKeyword',
              `Current url is 'https://entries.${WH}/signed-in#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(12)}'`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'katalon-navigate-embed-results-jwt-30d',
      'error',
      'The results board the club embeds in partner sites (`/embed/results/<JWT>`), opened by a test',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3, 9) * 86400,
          jti: true,
          claims: { iss: `https://entries.${WH}`, board: 'xc-2027' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            L(
              t,
              'INFO',
              'c.k.k.c.w.k.b.VerifyUrlKeyword',
              `Verify url 'https://entries.${WH}/embed/results/${token}' failed: page title is 'Session expired'`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'katalon-test-suite-report-uuid',
      'none',
      "The run's report folder, named by a time stamp and the execution's UUID: an id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: out(
            L(t, 'INFO', 'c.k.katalon.core.main.TestSuiteExecutor', `Report folder: /builds/entries/Reports/20271115_110902/Entries/${id}`),
          ),
        };
      },
    ),
    plant(
      'webhook',
      'katalon-listener-google-chat-webhook',
      'error',
      WHY.webhook(
        "A test listener posts the run's result to the volunteers' Google Chat space through its incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`; the `token` is the secret) and logs the URL it posted to",
      ),
      ({ rng, t }) => {
        const tok = `${rng.b64url(43)}`;
        return {
          value: tok,
          needle: `token=${tok}`,
          event: out(
            L(
              t,
              'INFO',
              'Listeners.ChatNotify',
              `POST https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok} -> 200`,
            ),
          ),
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'katalon' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// sbt-test-entries.log: `sbt test` of the entries service (Scala 3, ScalaTest 3.2), `[info]` lines, a suite's name, `-
// should …` and `*** FAILED ***` with the failure message and the file:line, Scala's own `toString` of a `Map` and of
// Pekko HTTP's `HttpRequest`. Layout from memory.

function sbtLog(rng) {
  const SPECS = ['EntryFeeSpec', 'AgeGroupSpec', 'RelayTeamSpec', 'BibNumberSpec'];
  const filler = (rng) =>
    out(
      `[info] - should ${rng.pick(['price a junior entry', 'reject a duplicate bib', 'split a relay into legs', 'place a masters athlete in M45'])}`,
    );
  const steps = [
    {
      raw: out(
        '[info] welcome to sbt 1.10.7 (Eclipse Adoptium Java 21.0.5)',
        '[info] loading project definition from /home/runner/work/entries/entries/project',
        '[info] compiling 42 Scala sources to /home/runner/work/entries/entries/target/scala-3.3.4/classes ...',
        `[info] ${SPECS[0]}:`,
      ),
      after: 0,
    },
    3,
    plant(
      'negative',
      'sbt-dynver-version-commit',
      'none',
      "sbt-dynver's version, the last tag plus commits and the commit's short hash (`0.9.2+4-<8 hex>`): no credential.",
      ({ rng }) => {
        const h = rng.hex(8);
        return { value: h, event: out(`[info] entries 0.9.2+4-${h}-SNAPSHOT: testing with 12 parallel forks`) };
      },
    ),
    { raw: out('[info] StravaClientSpec:') },
    plant(
      'refresh-token',
      'sbt-scala-map-tostring-refresh-token',
      'error',
      `${WHY.refresh} A failed assertion prints the token request's form as Scala's \`Map(… -> …)\`, the refresh token of the club's Strava account among the entries.`,
      ({ rng }) => {
        const rt = rng.hex(40);
        return {
          value: rt,
          event: out(
            '[info] - should renew the club account token *** FAILED ***',
            `[info]   Map(grant_type -> refresh_token, refresh_token -> ${rt}, client_id -> ${digits(rng, 6)}) did not contain key "client_secret" (StravaClientSpec.scala:58)`,
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'sbt-pekko-httprequest-tostring-bearer',
      'error',
      "Pekko HTTP's `HttpRequest` printed by a failing test (`HttpRequest(HttpMethod(POST),…,List(Authorization: Bearer …),…)`): its header list holds the service account's bearer token.",
      ({ rng }) => {
        const b = rng.b64url(48);
        return {
          value: b,
          event: out(
            '[info] - should post a result to the timing API *** FAILED ***',
            `[info]   HttpRequest(HttpMethod(POST),https://api.racetimer.example/v3/events/4/results,List(Authorization: Bearer ${b}, Accept: application/json),HttpEntity.Strict(application/json,212 bytes total),HttpProtocol(HTTP/1.1)) was not sent (ResultsPushSpec.scala:91)`,
          ),
        };
      },
    ),
    { raw: out('[info] LiveLinkSpec:') },
    plant(
      'encoded',
      'sbt-base64url-state-invite-token',
      'error',
      "A link test's expected/actual pair: the `state` parameter is base64url of the JSON the invitation page carries, and decoded it holds the member's `invite_token`.",
      ({ rng }) => {
        const s = b64urlOf(JSON.stringify({ return: '/join/welcome', invite_token: rng.alnum(32) }));
        return {
          value: s,
          event: out(
            `[info] - should keep the state through sign-in *** FAILED ***`,
            `[info]   "...in?state=[${s}]" did not equal "...in?state=[]" (LiveLinkSpec.scala:33)`,
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'sbt-integration-expired-id-token',
      'note',
      'An integration test against staging logs the `id_token` its request was refused with; the token had expired an hour before the run',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 7200 + rng.int(60, 600),
          claims: { iss: `https://id.${WH}`, aud: 'entries', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            `[info] - should accept a member's sign-in *** FAILED ***`,
            `[info]   401 Unauthorized at ${iso(t).slice(0, 19)}Z for id_token=${token} (SignInIT.scala:27)`,
          ),
        };
      },
    ),
    plant(
      'api-key-name',
      'sbt-assertion-uri-entries-key',
      'error',
      `${WHY.apiKey('entries_key')} A URI assertion fails and ScalaTest prints both URIs, the service's key in the actual one.`,
      ({ rng }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: out(
            `[info] - should build the export URI *** FAILED ***`,
            `[info]   "https://entries.${WH}/export.csv?event=4&entries_key=${k}" did not start with "https://entries.${WH}/api/" (ExportSpec.scala:19)`,
          ),
        };
      },
    ),
    plant(
      'negative',
      'sbt-masked-secret-tostring',
      'none',
      'The config class overrides `toString` to mask its secret (`Secret(****)`): a mask, no credential.',
      () => ({
        value: 'Secret(****)',
        needle: 'clientSecret = Secret(****)',
        event: out('[info]   StravaConfig(clientId = 48213, clientSecret = Secret(****)) (StravaClientSpec.scala:22)'),
      }),
    ),
    1,
    {
      raw: out(
        '[info] Run completed in 14 seconds, 311 milliseconds.',
        '[info] Tests: succeeded 57, failed 5, canceled 0, ignored 1, pending 0',
        '[info] *** 5 TESTS FAILED ***',
        '[error] Failed tests:',
      ),
    },
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'ci' }, filler, render, steps: more(steps) });
}

// =====================================================================================================================
// Jgiri Tkhiri hazelnut cooperative (Mingrelian; Zugdidi, Samegrelo: GET, UTC+4 all year)
// =====================================================================================================================

const JT = 'jgiritkhiri.example';

// ---------------------------------------------------------------------------------------------------------------------
// dufs.log: dufs 0.43 serving the cooperative's documents (`dufs /srv/charalepi --log-format …` default), a line a
// request: `2027-11-29T10:12:03+04:00 INFO - 192.0.2.5 "GET /path?query" 200`. Layout from memory of dufs' README.

function dufsLog(rng) {
  const L = (e) =>
    `${local(e.t, GET).slice(0, 19)}${zone(GET)} INFO - ${e.ip} "${e.method} ${e.path}${e.query ? `?${e.query}` : ''}" ${e.status}`;
  const DOCS = [
    '/charalepi/',
    '/charalepi/tkhiri-2027.xlsx',
    '/charalepi/khelshekruleba.pdf',
    '/fasi/',
    '/suratepi/okhori-1.jpg',
    '/?q=tkhiri',
  ];
  const filler = (rng) => ({ path: rng.pick(DOCS), status: rng.pick([200, 200, 304, 404]) });
  const steps = [
    3,
    plant(
      'api-key-name',
      'dufs-request-line-kiliti',
      'error',
      `${WHY.apiKey('kiliti')} The price board's upload script sends its key as \`kiliti\` (კილიტი, "key") in the query, and dufs writes the whole request.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { method: 'PUT', path: '/fasi/tkhirish-fasi.csv', query: `kiliti=${k}`, status: 201 } };
      },
    ),
    2,
    plant(
      'negative',
      'dufs-sha256-file-name',
      'none',
      'A backup archive named by its SHA-256 (64 hex digits): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { path: `/arkivi/${h}.tar.zst` } };
      },
    ),
    2,
    plant(
      'replay',
      'dufs-bileti-first',
      'note',
      WHY.ticketFirst(
        "A one-time download ticket (`bileti`, ბილეთი) for the harvest contract, sent to a buyer and opened from the buyer's office. The ticket is",
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.bileti = t;
        return { value: b, event: { ip: '203.0.113.140', path: '/charalepi/kontrakti-2027.pdf', query: `bileti=${b}` } };
      },
      { ref: 'bileti' },
    ),
    2,
    plant(
      'replay',
      'dufs-bileti-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bileti').value,
            why: `${WHY.replay('bileti', gap('bileti', t))} A second address downloaded the contract with the same ticket and dufs served it (200).`,
          },
        ],
        event: { ip: '198.51.100.77', path: '/charalepi/kontrakti-2027.pdf', query: `bileti=${refs.get('bileti').value}` },
      }),
      { replayOf: 'bileti', after: 212 },
    ),
    2,
    plant(
      'path-secret',
      'dufs-linki-token-path',
      'error',
      WHY.pathSecret(
        'The cooperative\'s share folders are named by a random token under `/linki/` (ლინკი, "link"); a grower\'s download writes it',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { path: `/linki/${tok}/tkhiri-2027.pdf` } };
      },
    ),
    2,
    plant(
      'encoded',
      'dufs-percent-encoded-paroli',
      'error',
      'A zip download of a folder whose link came percent-encoded from a chat app: the path\'s query holds `paroli=` (პაროლი, "password") written `paroli%3D…`, the folder\'s password.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          needle: `paroli%3D${pw}`,
          event: { path: '/charalepi/2027/', query: `zip&next=%2Fcharalepi%2F2027%2F%3Fparoli%3D${pw}` },
        };
      },
    ),
    2,
    plant(
      'negative',
      'dufs-search-query-hex',
      'none',
      'A search for a lot number on the file list (`?q=` and a 12-digit lot code): a search term, no credential.',
      ({ rng }) => {
        const q = digits(rng, 12);
        return { value: q, event: { path: '/charalepi/', query: `q=${q}` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MG + 9 * HOUR, site: { host: JT }, filler, render: (e) => [L(e)], steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudreve.log: Cloudreve 3.8's console (`docker logs`), its own `[Info]    2027-11-29 10:12:03 …` lines and gin's
// request lines (`[GIN] 2027/11/29 - 10:12:03 | 200 |  1.2ms |  192.0.2.5 | GET  "/api/v3/…"`). The first start's
// `Admin password:` line is as Cloudreve's documentation describes it; the rest from memory.

function cloudreveLog(rng) {
  const gin = (t, e) =>
    `[GIN] ${local(t, GET).slice(0, 10).replace(/-/g, '/')} - ${local(t, GET).slice(11, 19)} | ${e.status ?? 200} | ${String(e.ms ?? rng.int(1, 90)).padStart(5)}.${digits(rng, 3)}ms | ${String(e.ip ?? publicIp(rng)).padStart(15)} | ${(e.m ?? 'GET').padEnd(8)} "${e.uri}"`;
  const app = (t, lvl, msg) => `${`[${lvl}]`.padEnd(10)}${ymdHmsAt(t, GET)} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(gin(t, { uri: '/api/v3/directory%2F' })),
      () => out(gin(t, { uri: `/api/v3/file/thumb/${rng.alnum(5)}` })),
      () => out(gin(t, { uri: '/api/v3/user/storage' })),
      () => out(app(t, 'Info', `Crontab job "garbage_collect" complete.`)),
    ])();
  const steps = [
    {
      raw: out(
        app(DAY_MG + 8 * HOUR, 'Info', 'Initializing database connection...'),
        app(DAY_MG + 8 * HOUR, 'Info', 'Start initializing database schema...'),
        app(DAY_MG + 8 * HOUR, 'Info', 'Creating default administrator account...'),
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'cloudreve-first-start-admin-password',
      'error',
      "Cloudreve writes the generated administrator's password in its console at first start (`Admin password: …`), and `docker logs` keeps it; nobody changed it after.",
      ({ rng, t }) => {
        const pw = rng.alnum(8);
        return {
          value: pw,
          needle: `Admin password: ${pw}`,
          event: out(app(t, 'Info', 'Admin user name: admin@cloudreve.org'), app(t, 'Info', `Admin password: ${pw}`)),
        };
      },
      { after: 0.2 },
    ),
    3,
    plant(
      'oauth-code',
      'cloudreve-gin-onedrive-callback-code',
      'warning',
      `${WHY.code} The OneDrive storage policy's authorization returns to Cloudreve's callback (\`/api/v3/callback/onedrive/auth?code=M.C5…&state=…\`), and gin writes the URI.`,
      ({ rng, t }) => {
        const code = `M.C5${digits(rng, 2)}_BL2.2.U.${rng.uuid()}`;
        return { value: code, event: out(gin(t, { uri: `/api/v3/callback/onedrive/auth?code=${code}&state=${rng.int(1, 9)}` })) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'cloudreve-warning-onedrive-refresh-token',
      'error',
      `${WHY.refresh} The policy's token renewal fails, and Cloudreve's warning quotes the form it posted, Microsoft's refresh token (\`M.C5…\`) in it.`,
      ({ rng, t }) => {
        const rt = `M.C5${digits(rng, 2)}_BAY.0.U.-${rng.b64url(250)}`;
        return {
          value: rt,
          event: out(
            app(
              t,
              'Warning',
              `Failed to refresh credential for policy "OneDrive tkhiri": POST https://login.microsoftonline.com/common/oauth2/v2.0/token (grant_type=refresh_token&refresh_token=${rt}): invalid_grant`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'cloudreve-gin-file-hash-id',
      'none',
      "Cloudreve's hashids for a file (`/api/v3/file/preview/<short id>`): a public object id, no credential.",
      ({ rng, t }) => {
        const id = rng.alnum(6);
        return { value: id, needle: `/preview/${id}`, event: out(gin(t, { uri: `/api/v3/file/preview/${id}` })) };
      },
    ),
    2,
    plant(
      'path-secret',
      'cloudreve-gin-download-session-path',
      'error',
      WHY.pathSecret(
        "A download session's key in Cloudreve's download path (`/api/v3/file/download/<key>`), which serves the file to whoever has it",
      ),
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, event: out(gin(t, { uri: `/api/v3/file/download/${k}` })) };
      },
    ),
    2,
    plant(
      'negative',
      'cloudreve-gin-static-chunk-hash',
      'none',
      "The web app's hashed script bundle (`/static/js/main.<8 hex>.chunk.js`): a content hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(8);
        return { value: h, needle: `main.${h}.chunk`, event: out(gin(t, { uri: `/static/js/main.${h}.chunk.js` })) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MG + 8 * HOUR, site: { host: 'cloudreve' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// filestash.log: Filestash's stdout, `2027/11/29 10:12:03 HTTP 200 GET   12.3ms /api/…` for requests and `2027/11/29
// 10:12:03 [ERROR] …` / `[DEBUG] …` for its messages. Layout from memory.

function filestashLog(rng) {
  const d = (t) => `${local(t, GET).slice(0, 10).replace(/-/g, '/')} ${local(t, GET).slice(11, 19)}`;
  const http = (t, status, m, uri) => `${d(t)} HTTP ${status} ${m.padEnd(6)} ${(rng.int(1, 900) / 10).toFixed(1).padStart(6)}ms ${uri}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(http(t, 200, 'GET', `/api/files/ls?path=${encodeURIComponent(rng.pick(['/charalepi/', '/fasi/', '/suratepi/']))}`)),
      () => out(http(t, 200, 'GET', '/api/session')),
      () => out(http(t, 200, 'GET', '/api/config')),
    ])();
  const steps = [
    3,
    plant(
      'session-id',
      'filestash-debug-go-cookie-auth',
      'error',
      WHY.session(
        "A debug line of a plugin prints the request's session cookie with Go's `%+v` (`&{Name:auth Value:… Path:/ …}`), Filestash's encrypted session",
      ),
      ({ rng, t }) => {
        const v = rng.b64url(172);
        return {
          value: v,
          event: out(
            `${d(t)} [DEBUG] plg_authorisation_tkhiri: cookie &{Name:auth Value:${v} Quoted:false Path:/ Domain: Expires:0001-01-01 00:00:00 +0000 UTC RawExpires: MaxAge:0 Secure:true HttpOnly:true SameSite:3 Partitioned:false Raw: Unparsed:[]}`,
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'filestash-http-api-key-query',
      'error',
      `${WHY.apiKey('key')} Filestash's API takes its key as \`key=\` in the query; the cooperative's price script calls it, and the request line is logged.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return { value: k, event: out(http(t, 200, 'GET', `/api/files/cat?path=%2Ffasi%2Ftkhiri.csv&key=${k}`)) };
      },
    ),
    2,
    plant(
      'negative',
      'filestash-etag-hash',
      'none',
      'A thumbnail fetched with its content hash in the query (`&etag=<hex>`), for caching: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(24);
        return { value: h, event: out(http(t, 200, 'GET', `/api/files/cat?path=%2Fsuratepi%2Fokhori-2.jpg&thumbnail=true&etag=${h}`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'filestash-error-nextcloud-share-url',
      'error',
      WHY.pathSecret(
        "A Nextcloud share (`/s/<15 characters>/download`) the cooperative mounted as a URL backend; Go's `url.Error` quotes it when the fetch times out",
      ),
      ({ rng, t }) => {
        const s = rng.alnum(15);
        return {
          value: s,
          needle: `/s/${s}/download`,
          event: out(`${d(t)} [ERROR] Get "https://nc.samegrelo-agro.example/s/${s}/download": dial tcp 203.0.113.41:443: i/o timeout`),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'filestash-double-encoded-tokeni',
      'error',
      'A remote file opened through Filestash\'s URL backend: its `path` holds the remote address percent-encoded twice (`%253F`), and the address carries `tokeni=` (ტოკენი, "token") for the buyers\' portal.',
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          needle: `tokeni%253D${tok}`,
          event: out(
            http(t, 500, 'GET', `/api/files/cat?path=%2Fhttps%253A%252F%252Fbuyers.${JT}%252Fekspordi.xlsx%253Ftokeni%253D${tok}`),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'filestash-build-commit',
      'none',
      "Filestash's start line with the build's commit hash (40 hex digits): a version, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: out(`${d(t)} [INFO] Filestash v0.6 build ${h} ჯგირი რე`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MG + 10 * HOUR, site: { host: 'filestash' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// mayan.log: `docker logs` of Mayan EDMS 4.8, where supervisord runs gunicorn and the Celery workers: Celery's
// `[2027-11-29 10:12:03,123: INFO/MainProcess] …` and, at DEBUG, `TaskPool: Apply … (args:(…) kwargs:{})` with the
// task's arguments as Python repr; gunicorn's access lines (`ip - - [clf] "GET … HTTP/1.0" 200 … "ref" "ua"`); Mayan's
// own Python logging lines. Layout from memory.

function mayanLog(rng) {
  const cel = (t, lvl, proc, msg) => `[${ymdHmsAt(t, GET)},${local(t, GET).slice(20, 23)}: ${lvl}/${proc}] ${msg}`;
  const acc = (e) =>
    `${e.ip} - - [${clf(e.t, GET)}] "${e.m ?? 'GET'} ${e.uri} HTTP/1.0" ${e.status ?? 200} ${e.bytes} "${e.referer}" "${e.ua}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        uri: rng.pick([
          '/documents/documents/',
          '/api/v4/documents/?page=2',
          '/static/appearance/css/base.css',
          '/search/results/?q=tkhiri',
        ]),
      }),
      () => out(cel(t, 'INFO', 'MainProcess', `Task mayan.apps.sources.tasks.task_check_interval_source[${rng.uuid()}] received`)),
      () =>
        out(
          cel(
            t,
            'INFO',
            `ForkPoolWorker-${rng.int(1, 4)}`,
            `Task mayan.apps.ocr.tasks.task_document_version_ocr_process[${rng.uuid()}] succeeded in ${rng.int(1, 40)}.${digits(rng, 3)}s: None`,
          ),
        ),
    ])();
  const steps = [
    2,
    plant(
      'framework-dump',
      'mayan-celery-debug-args-imap-password',
      'error',
      "Celery at DEBUG writes each task's arguments as Python repr; the IMAP email source's check carries the source's settings, its `password` among them.",
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: out(
            cel(
              t,
              'DEBUG',
              'MainProcess',
              `TaskPool: Apply <function fast_trace_task at 0x7f3a${rng.hex(8)}> (args:('mayan.apps.sources.tasks.task_check_interval_source', '${rng.uuid()}', {'lang': 'py', 'task': 'mayan.apps.sources.tasks.task_check_interval_source'}, '{"source_id": 2, "backend_data": {"host": "imap.${JT}", "port": 993, "ssl": true, "username": "charalepi@${JT}", "password": "${pw}", "mailbox": "INBOX"}}', 'application/json', 'utf-8') kwargs:{})`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'mayan-python-dict-repr-refresh-token',
      'error',
      `${WHY.refresh} The cooperative's Google Drive source logs its renewed credentials as a Python dict repr (\`{'refresh_token': '1//09…'}\`).`,
      ({ rng, t }) => {
        const rt = `1//09${rng.b64url(99)}`;
        return {
          value: rt,
          event: out(
            cel(
              t,
              'WARNING',
              'ForkPoolWorker-2',
              `tkhiri_gdrive: credentials {'token': None, 'refresh_token': '${rt}', 'token_uri': 'https://oauth2.googleapis.com/token', 'scopes': ['https://www.googleapis.com/auth/drive.readonly']}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mayan-document-checksum',
      'none',
      "Mayan's SHA-256 checksum of an uploaded file (`checksum=…`): a digest, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(cel(t, 'INFO', 'ForkPoolWorker-1', `mayan.apps.documents: file 'tkhiri-fasi-2027-11.pdf' stored, checksum=${h}`)),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'mayan-gunicorn-embed-jwt-no-exp',
      'error',
      "The price sheet the cooperative embeds in its site (`/embed/fasi/<JWT>`), a token without `exp` served by a small app beside Mayan, in gunicorn's access line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { iss: `https://charalepi.${JT}`, doc: rng.int(100, 900), perm: 'view' } });
        return { value: token, jwt: facts, event: { uri: `/embed/fasi/${token}`, referer: `https://${JT}/fasi` } };
      },
    ),
    2,
    plant(
      'webhook',
      'mayan-urllib3-error-rocketchat-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) a workflow's HTTP action posts to when a contract arrives; urllib3's `Max retries exceeded with url:` quotes the path",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            cel(
              t,
              'ERROR',
              'ForkPoolWorker-3',
              `mayan.apps.document_states.workflow_actions: HTTPSConnectionPool(host='chat.${JT}', port=443): Max retries exceeded with url: /hooks/${id}/${tok} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a${rng.hex(8)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mayan-gunicorn-referer-kiliti',
      'error',
      `${WHY.apiKey('kiliti')} The price board page opened with the board's key in its address (\`?kiliti=\`, კილიტი) fetches a document thumbnail from Mayan; gunicorn writes that page as the Referer.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { uri: '/api/v4/documents/41/files/41/pages/1/image/', referer: `https://fasi.${JT}/dapa?kiliti=${k}` } };
      },
    ),
    2,
    plant(
      'id-token',
      'mayan-oidc-token-response-dict',
      'error',
      "The OIDC sign-in backend logs the identity provider's token answer as a dict at WARNING when the user is missing a group, `id_token` included",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2,
          claims: { iss: `https://sso.${JT}/realms/tkhiri`, aud: 'mayan', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            `[${ymdHmsAt(t, GET)} +0400] [${rng.int(20, 90)}] [WARNING] mozilla_django_oidc.auth: user has no group 'charalepi'; token response {'token_type': 'Bearer', 'expires_in': 300, 'id_token': '${token}'}`,
          ),
        };
      },
    ),
    plant(
      'negative',
      'mayan-celery-task-uuid',
      'none',
      "A Celery task's id (a UUID) in its `received` line: a job id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: out(cel(t, 'INFO', 'MainProcess', `Task mayan.apps.document_states.tasks.task_launch_all_workflows[${id}] received`)),
        };
      },
    ),
    2,
  ];
  const r = (e) => (e.out ? e.out : [acc(e)]);
  return buildLog(rng, { start: DAY_MG + 11 * HOUR, site: { host: JT }, filler, render: r, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// leantime-php-error.log: PHP-FPM's error log of the cooperative's Leantime 3 board, `[29-Nov-2027 06:12:03 UTC] PHP
// Warning:  … in /var/www/html/… on line N` and `error_log()` messages of the cooperative's plugin (one line each, a
// `print_r` on several). Layout from PHP's error log format (from memory).

function leantimeLog(rng) {
  const P = (t) => `[${phpStamp(t)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          `${P(t)} PHP Deprecated:  strftime(): Function strftime() is deprecated in /var/www/html/app/Core/Support/Format.php on line ${rng.int(40, 300)}`,
        ),
      () =>
        out(
          `${P(t)} PHP Warning:  Undefined array key "tkhiri_lot" in /var/www/html/app/Plugins/Tkhiri/Controllers/Lots.php on line ${rng.int(20, 120)}`,
        ),
      () => out(`${P(t)} tkhiri: ახალი ჭარალი #${rng.int(100, 900)} ჯგირი რე`),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'leantime-warning-oidc-callback-uri-code',
      'warning',
      `${WHY.code} Leantime's OIDC callback fails on the cooperative's Keycloak, and the PHP warning's message quotes the request URI with the code and state.`,
      ({ rng, t }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: out(
            `${P(t)} PHP Warning:  OIDC login failed for /oidc/callback?state=${rng.hex(32)}&session_state=${rng.uuid()}&code=${code} in /var/www/html/app/Domain/Oidc/Services/Oidc.php on line 161`,
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'leantime-file-get-contents-url-kiliti',
      'error',
      `${WHY.apiKey('kiliti')} The cooperative's plugin reads hazelnut prices from its price board with \`file_get_contents()\`, the key as \`kiliti\` (კილიტი) in the URL; PHP's warning quotes it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            `${P(t)} PHP Warning:  file_get_contents(https://fasi.${JT}/api/tkhiri?tsana=2027&kiliti=${k}): Failed to open stream: HTTP request failed! HTTP/1.1 401 Unauthorized`,
            ` in /var/www/html/app/Plugins/Tkhiri/Services/Fasi.php on line 48`,
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'leantime-print-r-getallheaders-api-key',
      'error',
      "The plugin's developer `error_log(print_r(getallheaders(), true))` to see why a call failed: the headers as PHP's `print_r` array, Leantime's `X-Api-Key` (`lt_…`) among them.",
      ({ rng, t }) => {
        const k = `lt_tkhiri_${rng.alnum(32)}`;
        return {
          value: k,
          event: out(
            `${P(t)} Array`,
            '(',
            `    [Host] => board.${JT}`,
            `    [X-Api-Key] => ${k}`,
            '    [Content-Type] => application/json',
            '    [User-Agent] => python-requests/2.32.5',
            ')',
            '',
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'leantime-gravatar-md5',
      'none',
      "A profile picture's Gravatar URL (`/avatar/<md5 of the email>`): a hash of an address, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: out(
            `${P(t)} PHP Warning:  getimagesize(https://www.gravatar.com/avatar/${h}?d=404&s=80): Failed to open stream: HTTP request failed! HTTP/1.1 404 Not Found in /var/www/html/app/Domain/Users/Services/Users.php on line 512`,
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'leantime-print-r-cookie-sesia',
      'error',
      WHY.session(
        '`print_r($_COOKIE)` in the plugin\'s debug message: the board\'s PHP session id (26 characters) under the cookie the cooperative renamed `sesia` (სესია, "session")',
      ),
      ({ rng, t }) => {
        const s = rng.lowerNum(26);
        return { value: s, event: out(`${P(t)} tkhiri cookies: Array`, '(', `    [sesia] => ${s}`, '    [theme] => dark', ')', '') };
      },
    ),
    2,
    plant(
      'path-secret',
      'leantime-reset-link-in-mail-error',
      'error',
      WHY.pathSecret('A password reset link (`/auth/resetPw/<hash>`) in the error PHPMailer left when the mail server refused the message'),
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(
            `${P(t)} PHP Warning:  Mailer: could not send "პაროლიშ ახალი კილიტი" (https://board.${JT}/auth/resetPw/${h}) to grower17@${JT}: SMTP Error: data not accepted. in /var/www/html/app/Core/Mailer.php on line 260`,
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'leantime-discord-integration-error',
      'error',
      WHY.webhook("A Discord webhook Leantime's project integration posts updates to; the curl error of the integration quotes the URL"),
      ({ rng, t }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            `${P(t)} PHP Warning:  Discord notification failed: cURL error 28: Operation timed out after 5001 milliseconds (https://discord.com/api/webhooks/${id}/${tok}) in /var/www/html/app/Domain/Notifications/Services/Messengers.php on line 131`,
          ),
        };
      },
    ),
    plant(
      'negative',
      'leantime-csrf-form-token',
      'none',
      "Leantime's form anti-forgery field logged with a rejected post: a CSRF value, no credential.",
      ({ rng, t }) => {
        const v = rng.hex(40);
        return {
          value: v,
          event: out(
            `${P(t)} PHP Warning:  Form token mismatch (formToken=${v}) on /tickets/newTicket in /var/www/html/app/Core/Controller.php on line 88`,
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MG + 12 * HOUR, site: { host: 'leantime' }, filler, render, steps: more(steps) });
}

// =====================================================================================================================
// To Spiti tu Griku (Griko; Calimera, Lecce: CET, UTC+1 in December)
// =====================================================================================================================

const SG = 'spitigriku.example';

// ---------------------------------------------------------------------------------------------------------------------
// leptos-server.log: the festival app (Leptos 0.7 on axum) run under systemd, tracing-subscriber's default format without
// colours: `2027-12-13T09:12:03.123456Z  INFO request{method=GET uri=/… version=HTTP/1.1}: tower_http::trace::on_response:
// finished processing request latency=3 ms status=200`, tower-http's `DefaultMakeSpan` (with headers on the API routes),
// the app's own events. Layout from memory of tracing-subscriber's and tower-http's output.

function leptosLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const span = (e) => `request{method=${e.m ?? 'GET'} uri=${e.uri} version=HTTP/1.1${e.h ? ` headers=${e.h}` : ''}}`;
  const done = (t, e) =>
    `${ts(t)}  INFO ${span(e)}: tower_http::trace::on_response: finished processing request latency=${rng.int(1, 80)} ms status=${e.status ?? 200}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(done(t, { uri: rng.pick(['/', '/tragudia', '/festa/2027', '/pkg/spiti.wasm', '/pkg/spiti.js', '/chor%C3%B2']) })),
      () => out(`${ts(t)}  INFO spiti::festa: kalimèra! ${rng.int(20, 400)} bigliettu pulimmena simera`),
    ])();
  const steps = [
    {
      raw: out(`${ts(DAY_GR + 8 * HOUR)}  INFO spiti: listening on http://0.0.0.0:3000`),
      after: 0,
    },
    plant(
      'framework-dump',
      'leptos-debug-rust-struct-db-password',
      'error',
      "The server prints its configuration at start with Rust's `{:?}` (`Conf { … }`), and the derived `Debug` writes the database URL with its password.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            `${ts(t)} DEBUG spiti: conf = Conf { site_addr: 0.0.0.0:3000, db_url: "postgres://spiti:${pw}@db.${SG}:5432/festa", mail_from: "festa@${SG}", pool_size: 8 }`,
          ),
        };
      },
      { after: 0.01 },
    ),
    3,
    plant(
      'api-key-name',
      'leptos-span-uri-kleidi',
      'error',
      `${WHY.apiKey('kleidì')} The radio partner's player calls the songs API with the association's key as \`kleidì\` ("key" in Griko; percent-encoded, \`kleid%C3%AC\`) in the query, and the request span writes the URI.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, event: out(done(t, { uri: `/api/tragudia?festa=2027&kleid%C3%AC=${k}` })) };
      },
    ),
    2,
    plant(
      'header-dump',
      'leptos-span-headers-authorization',
      'error',
      "The API routes' span includes the request headers (`DefaultMakeSpan::include_headers(true)`, the `HeaderMap`'s `Debug`), and the ticket scanner sends `authorization: Bearer …`; the handler's warning and the response line both carry the span.",
      ({ rng, t }) => {
        const b = rng.b64url(48);
        const e = {
          m: 'POST',
          uri: '/api/bigliettu/skanna',
          status: 409,
          h: `{"host": "festa.${SG}", "authorization": "Bearer ${b}", "content-type": "application/json", "user-agent": "okhttp/5.3.2"}`,
        };
        return { value: b, event: out(`${ts(t)}  WARN ${span(e)}: spiti::bigliettu: to bigliettu en ene kalò`, done(t + 4, e)) };
      },
    ),
    2,
    plant(
      'negative',
      'leptos-wasm-hashed-asset',
      'none',
      "cargo-leptos' hashed bundle name (`spiti.<hash>.wasm`): a content hash, no credential.",
      ({ rng, t }) => {
        const h = rng.lowerNum(16);
        return { value: h, event: out(done(t, { uri: `/pkg/spiti.${h}.wasm` })) };
      },
    ),
    2,
    plant(
      'replay',
      'leptos-bigliettu-first-only',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket (`bigliettu`, "ticket" in Griko) in the festival gate\'s check URL, used once and not seen again. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        return { value: b, event: out(done(t, { uri: `/festa/embènni?bigliettu=${b}` })) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'leptos-span-embed-jwt-120s',
      'warning',
      "The programme the association embeds in the town's site (`/embed/programma/<JWT>`), in the request span of its response line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 30),
          claims: { iss: `https://festa.${SG}`, view: 'programma' },
        });
        return { value: token, jwt: facts, event: out(done(t, { uri: `/embed/programma/${token}` })) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'leptos-debug-redirect-location-fragment',
      'error',
      "The app logs the `Location` it answers the volunteers' sign-in with, the identity provider's `#access_token=…` relayed to the page",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            `${ts(t)} DEBUG spiti::auth: redirect → "https://festa.${SG}/volontari#access_token=${at}&token_type=Bearer&expires_in=3600"`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'leptos-csrf-state-nonce',
      'none',
      "The sign-in request's OpenID `nonce` in the debug line that builds the authorization URL: a one-time value binding the answer, no credential.",
      ({ rng, t }) => {
        const n = rng.b64url(32);
        return { value: n, event: out(`${ts(t)} DEBUG spiti::auth: authorize nonce=${n} scope="openid email"`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GR + 8 * HOUR, site: { host: SG }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// apache-error-fotografie.log: the Apache 2.4 error log of the photo archive (Chevereto 4 on php:8.2-apache), `[Mon Dec 13
// 10:12:03.123456 2027] [php:warn] [pid 123:tid 456] [client 192.0.2.5:51234] PHP Warning: …, referer: …`; Apache
// escapes the newlines of a message (`\n`), so an `error_log(print_r(…, true))` stays on one line. The container keeps
// the image's UTC clock, and Apache writes its time without a zone. Layout from memory.

function cheveretoLog(rng) {
  const st = (t) => {
    const d = new Date(t);
    return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 19)}.${digits(rng, 6)} ${d.getUTCFullYear()}]`;
  };
  const E = (t, lvl, msg, ref) =>
    `${st(t)} [${lvl}] [pid ${rng.int(20, 400)}] [client ${publicIp(rng)}:${rng.int(1024, 65535)}] ${msg}${ref ? `, referer: ${ref}` : ''}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          E(
            t,
            'php:warn',
            `PHP Warning:  exif_read_data(${rng.hex(8)}.jpg): Illegal IFD size in /var/www/html/app/src/Image/Image.php on line ${rng.int(200, 400)}`,
            `https://fotografie.${SG}/upload`,
          ),
        ),
      () =>
        out(`${st(t)} [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.26 configured -- resuming normal operations`),
      () => out(E(t, 'php:notice', 'PHP Notice:  Chevereto: album "Festa 2027" kamomeno', `https://fotografie.${SG}/`)),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'chevereto-print-r-get-github-code',
      'warning',
      `${WHY.code} A debugging \`error_log(print_r($_GET, true))\` in the GitHub login provider writes the callback's query, code and state, on one line with Apache's \`\\n\`.`,
      ({ rng, t }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: out(E(t, 'php:notice', `Array\\n(\\n    [code] => ${code}\\n    [state] => ${rng.hex(32)}\\n)\\n`, 'https://github.com/')),
        };
      },
    ),
    2,
    plant(
      'negative',
      'chevereto-image-public-id',
      'none',
      "Chevereto's public id of an image (`/image/<short id>`) in a warning's referer: a public page address, no credential.",
      ({ rng, t }) => {
        const id = rng.alnum(5);
        return {
          value: id,
          needle: `/image/${id}`,
          event: out(
            E(
              t,
              'php:warn',
              'PHP Warning:  Undefined array key "likes" in /var/www/html/app/src/Legacy/Classes/Image.php on line 1012',
              `https://fotografie.${SG}/image/${id}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'chevereto-print-r-post-id-token',
      'error',
      "The association's single sign-on answers with `response_mode=form_post`, and the same debugging line writes `$_POST`, the `id_token` in it",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: 3,
          claims: { iss: `https://sso.${SG}`, aud: 'fotografie', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            E(t, 'php:notice', `Array\\n(\\n    [id_token] => ${token}\\n    [state] => ${rng.hex(16)}\\n)\\n`, `https://sso.${SG}/`),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'chevereto-referer-embed-jwt-expired',
      'note',
      "An old festival slideshow embedded in a partner's page (`/embed/festa/<JWT>`) asks for an image; the warning's referer is that page, its token expired hours before",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 6 * 3600 + rng.int(60, 900),
          claims: { iss: `https://fotografie.${SG}`, album: 'festa-2026' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            E(
              t,
              'php:warn',
              'PHP Warning:  Album not found in /var/www/html/app/src/Legacy/Classes/Album.php on line 77',
              `https://merizo.${SG}/embed/festa/${token}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'chevereto-file-get-contents-merizo-token',
      'error',
      WHY.pathSecret(
        'An import from the association\'s share server (`/merìzo/<token>/…`, merìzo, "I share") fails, and PHP\'s warning quotes the URL',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: out(
            E(
              t,
              'php:warn',
              `PHP Warning:  file_get_contents(https://merizo.${SG}/mer%C3%ACzo/${tok}/fotografie-festa.zip): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in /var/www/html/app/src/Legacy/Classes/Import.php on line 302`,
              `https://fotografie.${SG}/dashboard/bulk`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'chevereto-print-r-cookie-phpsessid',
      'error',
      WHY.session("`print_r($_COOKIE)` on the same debugging line: the archive's PHP session id (`PHPSESSID`, 26 characters)"),
      ({ rng, t }) => {
        const s = rng.lowerNum(26);
        return {
          value: s,
          event: out(
            E(t, 'php:notice', `Array\\n(\\n    [PHPSESSID] => ${s}\\n    [cookie_law] => 1\\n)\\n`, `https://fotografie.${SG}/dashboard`),
          ),
        };
      },
    ),
    plant(
      'negative',
      'chevereto-upload-md5',
      'none',
      'The MD5 of an uploaded photo in a duplicate warning: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: out(
            E(t, 'php:notice', `PHP Notice:  Duplicate upload md5=${h} (i fotografìa ene già ettù)`, `https://fotografie.${SG}/upload`),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GR + 9 * HOUR, site: { host: SG }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// stepci-festa.log: Step CI's CLI output of the association's API workflow (`stepci run workflow.yml`), `PASS`/`FAIL`
// per test, a failed step's request and response printed below it, the summary. Layout from memory.

function stepciLog(rng) {
  const filler = (rng) =>
    out(
      ` ✔ ${rng.pick(['tragudia', 'programma', 'chorò', 'fotografie'])} · ${rng.pick(['status', 'jsonpath $.len', 'headers.Content-Type'])} (${rng.int(20, 400)}ms)`,
    );
  const steps = [
    { raw: out('', ' PASS  tragudia', ''), after: 0 },
    6,
    plant(
      'api-key-name',
      'stepci-request-url-kleidi',
      'error',
      `${WHY.apiKey('kleidi')} A failed step prints its request; the partners' API takes the association's key as \`kleidi\` ("key", written without the accent) in the query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            ' FAIL  programma',
            '',
            '  ✕ programma › status (expected 200, got 403)',
            `    Request: GET https://api.${SG}/programma?festa=2027&kleidi=${k}`,
          ),
        };
      },
    ),
    plant(
      'header-dump',
      'stepci-request-headers-authorization',
      'error',
      "The failed step's request headers, printed one a line, with the volunteer account's `Authorization: Bearer`.",
      ({ rng }) => {
        const b = rng.b64url(48);
        return { value: b, event: out('    Headers:', '      Content-Type: application/json', `      Authorization: Bearer ${b}`) };
      },
    ),
    plant(
      'negative',
      'stepci-response-etag',
      'none',
      'An `ETag` printed with a response (a quoted hex digest): a cache validator, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: out('    Response: 403 Forbidden', `      ETag: "${h}"`) };
      },
    ),
    { raw: out('', ' PASS  fotografie', '') },
    5,
    { raw: out('', ' FAIL  volontari', '') },
    plant(
      'implicit-fragment',
      'stepci-response-location-fragment',
      'error',
      "A sign-in step checks the redirect: the response's `Location` printed by the failed check ends with `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            '  ✕ embènni › headers.Location',
            `    Received: "https://festa.${SG}/volontari#access_token=${at}&token_type=Bearer&expires_in=3600"`,
          ),
        };
      },
    ),
    plant(
      'encoded',
      'stepci-base64-state-loo-krifo',
      'error',
      'A failed check prints the sign-up URL whose `stato` ("state", the app\'s name) is base64 of a JSON holding the volunteer\'s `lòo_krifò` ("secret word", the password).',
      ({ rng }) => {
        const s = b64Of(JSON.stringify({ nòma: 'volontario', lòo_krifò: rng.alnum(14) }));
        return { value: s, event: out('  ✕ grafo › jsonpath $.stato', `    Received: "https://festa.${SG}/grafo?stato=${s}"`) };
      },
    ),
    plant(
      'negative',
      'stepci-captured-placeholder',
      'none',
      "The workflow's template left unexpanded in a printed request (`{{ captures.token }}`): a placeholder, no credential.",
      () => ({
        value: '{{ captures.token }}',
        event: out(
          '  ✕ lista › status (expected 200, got 401)',
          '    Request: GET https://api.' + SG + '/volontari?token={{ captures.token }}',
        ),
      }),
    ),
    plant(
      'webhook',
      'stepci-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the workflow calls to tell the volunteers the test run failed; Step CI prints the step's request",
      ),
      ({ rng }) => {
        const a = digits(rng, 8);
        const h = rng.lowerNum(7);
        return {
          value: h,
          needle: `${a}/${h}/`,
          event: out('  ✕ notifica › status (expected 200, got 410)', `    Request: POST https://hooks.zapier.com/hooks/catch/${a}/${h}/`),
        };
      },
    ),
    {
      raw: out(
        '',
        'Tests: 2 failed, 5 passed, 7 total',
        'Steps: 5 failed, 19 passed, 24 total',
        'Time:  3.812s, estimated 4s',
        '',
        'Workflow failed :(',
      ),
    },
  ];
  return buildLog(rng, { start: DAY_GR + 10 * HOUR, site: { host: 'stepci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// peplink-eventlog.txt: a Peplink MAX BR1 Pro 5G's event log at the festival, downloaded from its web admin, `Dec 13
// 10:12:03 <category>: <message>`. Layout from memory.

function peplinkLog(rng) {
  const d = (t) => {
    const x = new Date(t + CET * 60000);
    return `${MONTHS[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2)} ${iso(x.getTime()).slice(11, 19)}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => out(`${d(t)} WAN: Cellular (${rng.pick(['TIM', 'Vodafone IT', 'Iliad'])}) signal ${rng.int(-105, -70)} dBm`),
      () =>
        out(
          `${d(t)} DHCP: lease 192.168.50.${rng.int(10, 200)} to ${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`,
        ),
      () => out(`${d(t)} Hotspot: user volontario${rng.int(1, 30)} logged in`),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'peplink-ddns-custom-url-kleidi',
      'error',
      `${WHY.apiKey('kleidi')} The router's custom dynamic DNS update URL (the association's DNS host) takes the key as \`kleidi\`, and the event log writes the URL of each failed update.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            `${d(t)} DDNS: update failed (https://dns.${SG}/nic/update?hostname=festa-router.${SG}&myip=203.0.113.9&kleidi=${k}): HTTP 401`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'peplink-device-serial',
      'none',
      "The router's serial number (`1111-2222-3333` style, in capitals and digits), written when it registered with InControl: an id, no credential.",
      ({ rng, t }) => {
        const s = `${upperNum(rng, 4)}-${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
        return { value: s, event: out(`${d(t)} System: InControl connected (S/N ${s})`) };
      },
    ),
    2,
    plant(
      'session-id',
      'peplink-admin-session-cookie',
      'error',
      WHY.session(
        "The web admin's session (`bauth=<hex>`), written by the router when it logs a rejected request from an address outside the admin's allowed network",
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: out(`${d(t)} Admin: denied request from 198.51.100.200 (cookie bauth=${s}) to /cgi-bin/MANGA/admin.cgi`),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'peplink-config-backup-upload-path',
      'error',
      WHY.pathSecret(
        "The scheduled configuration backup is uploaded to a per-device upload path (`/carica/<token>/`, the association's file drop); the failed upload's line writes it",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: out(`${d(t)} System: config backup upload to https://merizo.${SG}/carica/${tok}/br1-festa.conf failed (timeout)`),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'peplink-web-block-base64-url-loo-krifo',
      'error',
      'The content filter logs a blocked address whose `r=` is base64 of the original URL, which holds `loo_krifo=` ("secret word") of the festival\'s Wi-Fi voucher page.',
      ({ rng, t }) => {
        const r = b64Of(`https://wifi.${SG}/entra?voucher=festa&loo_krifo=${rng.alnum(12)}`);
        return { value: r, event: out(`${d(t)} Web Blocking: blocked tracker.adnet.example/c?r=${r} from 192.168.50.${rng.int(10, 200)}`) };
      },
    ),
    plant(
      'negative',
      'peplink-wifi-psk-masked',
      'none',
      'The Wi-Fi profile change logged with its pre-shared key masked (`********`): a mask, no credential.',
      ({ t }) => ({ value: 'psk=********', event: out(`${d(t)} WLAN: SSID "Festa Griko" changed (WPA2, psk=********)`) }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GR + 14 * HOUR, site: { host: 'peplink' }, filler, render, steps: more(steps) });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout118');
writePart(join(here, 'heldout118'), {
  'darkhttpd-access.log': darkhttpdLog(rng),
  'freescout-laravel.log': freescoutLog(rng),
  'soapui-http.log': soapuiLog(rng),
  'katalon-console0.log': katalonLog(rng),
  'sbt-test-entries.log': sbtLog(rng),
  'dufs.log': dufsLog(rng),
  'cloudreve.log': cloudreveLog(rng),
  'filestash.log': filestashLog(rng),
  'mayan.log': mayanLog(rng),
  'leantime-php-error.log': leantimeLog(rng),
  'leptos-server.log': leptosLog(rng),
  'apache-error-fotografie.log': cheveretoLog(rng),
  'stepci-festa.log': stepciLog(rng),
  'peplink-eventlog.txt': peplinkLog(rng),
});
