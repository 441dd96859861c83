// Writes corpus/logs-in-the-wild/heldout113/: a hundred-and-thirteenth held-out part, in formats no other part uses (a
// Lumen 10 daily log, `spamassassin -D` debug output, Mailspring's mailsync log, libzypp's zypper.log, a WinSW service
// wrapper log, Thruster's JSON request log, an AppSignal Ruby agent log, a sing-box log, Gupshup WhatsApp inbound events
// kept as JSON lines, a Kivy app's log file, a Restlet access log, KOReader's crash.log, an iodine server's request log,
// Geary's debug output with `--log-conversations`), with credentials planted in realistic places and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files.
//
//   node corpus/logs-in-the-wild/generate-heldout113.mjs     rewrites heldout113/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Repair Café of Hebden Bridge (West Yorkshire), with a bookings API, a mail
// server, the volunteers' mail client, a parts kiosk and a parts bot on a Windows box (English, five logs); Te
// Taʻatiraʻa Poe Rava nō Tahaʻa, a black-pearl farmers' association on Tahaʻa (Leeward Islands), with a pearl shop on
// Rails, its office proxy, a WhatsApp line and a point-of-sale app at the farm (Tahitian in the Académie tahitienne's
// spelling, with ʻeta and tārava where the apps show text, plain ASCII in routes, parameter, cookie and key names, five
// logs); Ya Mfeni ya ʼUada, a maguey and ixtle cooperative with a balneario near Ixmiquilpan (Valle del Mezquital,
// Hidalgo), with a shop API, e-readers in its reading room, a booking service and a mail client (Hñähñu in the
// Mezquital's practical orthography, four logs). Standard names (OAuth's, vendors') stay as their specifications write
// them.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Faraday v2.14.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** Three times the ordinary lines the steps ask for between planted ones. */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 3 : s)) });
const { firstUse, gap } = replayClock();

/** West Yorkshire in November (GMT, UTC+0), Tahaʻa (TAHT, UTC−10 all year), Hidalgo (CST, UTC−6 all year since 2022). */
const GMT = 0;
const TAHT = -600;
const CST = -360;
const DAY_EN = Date.UTC(2027, 10, 8, 0, 0, 0);
/** Midnight of 15 November in Tahaʻa (10:00 UTC). */
const DAY_TY = Date.UTC(2027, 10, 15, 10, 0, 0);
const DAY_OT = Date.UTC(2027, 10, 29, 0, 0, 0);

/** `-10:00`, `+00:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const out = (...lines) => ({ out: lines });
const render = (e) => e.out;
const md5 = (text) => createHash('md5').update(text).digest('hex');

// =====================================================================================================================
// Calder Valley Repair Café (English; Hebden Bridge, West Yorkshire: GMT, UTC+0 in November)
// =====================================================================================================================

const CV = 'caldervalleyrepair.example';

// ---------------------------------------------------------------------------------------------------------------------
// lumen-2027-11-08.log: the bookings API on Lumen 10 with the `daily` channel (`storage/logs/lumen-<date>.log`): Monolog
// 3's LineFormatter, `[Y-m-d H:i:s] <env>.<LEVEL>: <message> <context JSON> <extra JSON>`, an exception's context as
// `{"exception":"[object] (Class(code: N): message at file:line)` followed by `[stacktrace]` and `#n` frames on lines of
// their own, closed by `"}`. From memory (not fetched): Monolog's layout, Laravel's exception context, Guzzle's
// `Client error: \`GET …\` resulted in a \`401 Unauthorized\` response` and Laravel 10's `(Connection: mysql, SQL: …)`.

function lumenLog(rng) {
  const L = (t, level, msg, ctx = '[]') => `[${ymdHmsAt(t, GMT)}] production.${level}: ${msg} ${ctx} []`;
  const trace = (frames) => ['[stacktrace]', ...frames.map((f, i) => `#${i} ${f}`), `#${frames.length} {main}`, '"} '];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          L(
            t,
            'INFO',
            'Booking created',
            JSON.stringify({
              booking: rng.int(4000, 4999),
              slot: `2027-11-13 ${pad(rng.int(10, 15))}:00`,
              item: rng.pick(['toaster', 'lamp', 'bike', 'jeans', 'radio', 'kettle']),
            }),
          ),
        ),
      () =>
        out(
          L(
            t,
            'INFO',
            'Fixer assigned',
            JSON.stringify({ booking: rng.int(4000, 4999), fixer: rng.pick(['Ruth', 'Dev', 'Ifor', 'Shaz', 'Gwen']) }),
          ),
        ),
      () => out(L(t, 'DEBUG', 'Slots cache miss', JSON.stringify({ key: `slots:2027-11-${rng.int(9, 30)}` }))),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'lumen-info-context-eventbrite-callback-url',
      'warning',
      `${WHY.code} The API logs the whole callback URL of Eventbrite's sign-in at INFO, in the context of "Eventbrite OAuth callback".`,
      ({ rng, t }) => {
        const code = upperNum(rng, 20);
        return {
          value: code,
          event: out(
            L(
              t,
              'INFO',
              'Eventbrite OAuth callback',
              JSON.stringify({
                url: `https://api.${CV}/oauth/eventbrite/callback?code=${code}&state=${rng.b64url(32)}`,
                ip: `203.0.113.${rng.int(2, 250)}`,
              }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'lumen-guzzle-client-exception-getaddress-api-key',
      'error',
      `${WHY.apiKey('api-key')} getAddress.io takes its key in the query; Guzzle's ClientException quotes the request line in its message, and Laravel writes the message twice (the log message and the exception's context).`,
      ({ rng, t }) => {
        const key = rng.alnum(22);
        const url = `https://api.getaddress.io/find/HX7%208AD?api-key=${key}&expand=true`;
        const msg = `Client error: \`GET ${url}\` resulted in a \`401 Unauthorized\` response:\n{"Message":"Invalid API key"}`;
        const [m1, m2] = msg.split('\n');
        return {
          value: key,
          event: out(
            `[${ymdHmsAt(t, GMT)}] production.ERROR: ${m1}`,
            `${m2} {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): Client error: \`GET ${url}\` resulted in a \`401 Unauthorized\` response:`,
            `{\\"Message\\":\\"Invalid API key\\"} at /var/www/api/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111)`,
            ...trace([
              '/var/www/api/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()',
              '/var/www/api/app/Services/Postcodes.php(34): GuzzleHttp\\Client->get()',
              '/var/www/api/app/Http/Controllers/AddressController.php(21): App\\Services\\Postcodes->lookup()',
            ]),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'lumen-context-gravatar-md5',
      'none',
      "A volunteer's avatar URL in a context: Gravatar's path is the MD5 of the e-mail address, public in every page that shows the picture; no credential.",
      ({ rng, t }) => {
        const h = md5(`${rng.alnum(8)}@${CV}`);
        return {
          value: h,
          event: out(
            L(
              t,
              'INFO',
              'Fixer profile updated',
              JSON.stringify({ fixer: 'Gwen', avatar: `https://www.gravatar.com/avatar/${h}?s=96&d=mp` }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'lumen-debug-context-xero-refresh-token',
      'error',
      `${WHY.refresh} The accounts sync logs Xero's token response at DEBUG after dropping the access token, the refresh token (64 hex) kept.`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: out(
            L(
              t,
              'DEBUG',
              'Xero token refreshed',
              JSON.stringify({
                tenant: rng.uuid(),
                token: { token_type: 'Bearer', expires_in: 1800, refresh_token: rt, scope: 'offline_access accounting.transactions' },
              }),
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'lumen-query-exception-sql-bindings-api-token',
      'error',
      "Laravel's QueryException writes the failed statement with its bindings filled in (`(Connection: mysql, SQL: insert into …)`): the new volunteer's `api_token` (Str::random(60)) is in it, twice on the line.",
      ({ rng, t }) => {
        const tok = rng.alnum(60);
        const email = `ruth.s@${CV}`;
        const stamp = ymdHmsAt(t, GMT);
        const sql = `insert into \`volunteers\` (\`name\`, \`email\`, \`api_token\`, \`updated_at\`, \`created_at\`) values (Ruth Sutcliffe, ${email}, ${tok}, ${stamp}, ${stamp})`;
        const m = `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${email}' for key 'volunteers.volunteers_email_unique' (Connection: mysql, SQL: ${sql})`;
        return {
          value: tok,
          event: out(
            `[${stamp}] production.ERROR: ${m} {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): ${m} at /var/www/api/vendor/illuminate/database/Connection.php:829)`,
            ...trace([
              '/var/www/api/vendor/illuminate/database/Connection.php(783): Illuminate\\Database\\Connection->runQueryCallback()',
              '/var/www/api/vendor/illuminate/database/Eloquent/Builder.php(1982): Illuminate\\Database\\Query\\Builder->insertGetId()',
              '/var/www/api/app/Http/Controllers/VolunteerController.php(48): Illuminate\\Database\\Eloquent\\Model->save()',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'lumen-warning-context-request-headers-bearer',
      'error',
      "A middleware logs `$request->headers->all()` when the booking widget's call is refused; Symfony's header bag keeps each value in an array, the widget's `authorization: Bearer …` among them.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: out(
            L(
              t,
              'WARNING',
              'Widget request refused',
              JSON.stringify({
                headers: {
                  host: [`api.${CV}`],
                  'user-agent': [BROWSERS[1]],
                  accept: ['application/json'],
                  authorization: [`Bearer ${tok}`],
                  origin: [`https://${CV}`],
                },
              }),
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'lumen-notice-context-laravel-session-cookie',
      'error',
      WHY.session(
        'The website\'s encrypted `laravel_session` cookie (base64 of `{"iv","value","mac","tag"}`), forwarded by the site to the API and written into a notice\'s context',
      ),
      ({ rng, t }) => {
        const c = b64Of(
          JSON.stringify({ iv: rng.bytes(16).toString('base64'), value: rng.bytes(96).toString('base64'), mac: rng.hex(64), tag: '' }),
        );
        return { value: c, event: out(L(t, 'NOTICE', 'Checkout without a booking', JSON.stringify({ cookie: `laravel_session=${c}` }))) };
      },
    ),
    2,
    plant(
      'negative',
      'lumen-context-idempotency-key',
      'none',
      "The payment call's `Idempotency-Key` (a UUID the API makes per booking so a retried charge is not taken twice): an identifier, no credential.",
      ({ rng, t }) => {
        const k = rng.uuid();
        return {
          value: k,
          event: out(
            L(t, 'INFO', 'SumUp checkout created', JSON.stringify({ booking: rng.int(4000, 4999), idempotency_key: k, amount: '5.00' })),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: `api.${CV}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// spamassassin-debug.log: `spamassassin -D -t` of SpamAssassin 4.0 run by hand on four messages from the help desk
// mailbox, stderr kept: `<Mon> <d> <hh:mm:ss.mmm> [<pid>] dbg: <facility>: <message>`, the URI plugin's `canonicalizing
// parsed uri:` for each URI of a body and `cleaned parsed uri,` when cleaning changed it. From memory (not fetched).

function spamassassinLog(rng) {
  let pid = rng.int(20000, 40000);
  const D = (t, msg) => {
    const d = new Date(t);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(t).slice(11, 23)} [${pid}] dbg: ${msg}`;
  };
  const start = (t) => {
    pid += rng.int(3, 40);
    return [
      D(t, 'logger: adding facilities: all'),
      D(t, 'logger: logging level is DBG'),
      D(t, 'generic: SpamAssassin version 4.0.1'),
      D(t, 'config: score set 3 chosen.'),
      D(t, 'message: ---- MIME PARSER START ----'),
    ];
  };
  const uri = (t, u) => D(t, `uri: canonicalizing parsed uri: ${u}`);
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          D(
            t,
            `rules: ran eval rule ${rng.pick(['HTML_MESSAGE', 'MIME_HTML_MOSTLY', 'DKIM_VALID', 'SPF_PASS', 'BAYES_00'])} ======> got hit (1)`,
          ),
        ),
      () =>
        out(
          D(
            t,
            `dns: providing a callback for id: ${rng.int(10000, 65000)}/${rng.pick(['zen.spamhaus.org', 'multi.uribl.com', 'bl.spamcop.net'])}`,
          ),
        ),
      () => out(D(t, `check: tagrun - tag ${rng.pick(['ASN', 'RELAYCOUNTRY', 'DKIMDOMAIN'])} is now ready`)),
      () =>
        out(
          D(
            t,
            `uri: canonicalizing parsed uri: https://${CV}/events/${rng.pick(['hebden-bridge', 'todmorden', 'mytholmroyd'])}-${rng.int(10, 30)}-november`,
          ),
        ),
    ])();
  const steps = [
    { raw: { out: start(DAY_EN + 8 * HOUR) }, after: 0 },
    2,
    plant(
      'path-secret',
      'spamassassin-uri-password-reset-link',
      'error',
      WHY.pathSecret(
        'The password reset mail of the bookings site (`/password/reset/<64 hex>`), scanned by hand; the URI plugin writes the link once when canonicalizing it and once more cleaned of its `&amp;`',
      ),
      ({ rng, t }) => {
        const tok = rng.hex(64);
        const u = `https://${CV}/password/reset/${tok}?email=ifor%40${CV}`;
        return { value: tok, event: out(uri(t, `${u}&amp;src=mail`), D(t, `uri: cleaned parsed uri, ${u}&src=mail`)) };
      },
    ),
    2,
    plant(
      'negative',
      'spamassassin-uri-mailchimp-unsubscribe-ids',
      'none',
      "A newsletter's unsubscribe link: Mailchimp's `u` (the account's 25-hex id), `id` (the list) and `e` (the subscriber) are in every copy of the newsletter and open nothing without the reader's click; no credential.",
      ({ rng, t }) => {
        const u = rng.hex(25);
        return {
          value: u,
          event: out(
            uri(t, `https://calderrepairers.us21.list-manage.com/unsubscribe?u=${u}&id=${rng.hex(10)}&e=${rng.hex(10)}&c=${rng.hex(10)}`),
          ),
        };
      },
    ),
    { raw: { out: start(DAY_EN + 8 * HOUR + 5 * MIN) }, after: 60 },
    2,
    plant(
      'webhook',
      'spamassassin-uri-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A volunteer's form notifier mails its own configuration, with the Zapier catch hook it posts to (`hooks.zapier.com/hooks/catch/<account>/<key>/`)",
      ),
      ({ rng, t }) => {
        const id = digits(rng, 8);
        const k = lowerNum(rng, 7);
        return { value: k, needle: `${id}/${k}`, event: out(uri(t, `https://hooks.zapier.com/hooks/catch/${id}/${k}/`)) };
      },
    ),
    plant(
      'api-key-name',
      'spamassassin-uri-courier-apikey',
      'error',
      `${WHY.apiKey('apikey')} A parts supplier's dispatch mail links its courier's tracking API with the supplier's key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: out(uri(t, `https://api.parcelhub.example/v2/status?consignment=PH${digits(rng, 10)}&apikey=${key}`)) };
      },
    ),
    2,
    { raw: { out: start(DAY_EN + 8 * HOUR + 9 * MIN) }, after: 60 },
    plant(
      'session-id',
      'spamassassin-uri-jsessionid-path-parameter',
      'error',
      WHY.session("A supplier's order page copied from a Java web shop, with `;jsessionid=<32 hex>` as a path parameter"),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, event: out(uri(t, `https://trade.lampspares.example/order/view.jsp;jsessionid=${s}?id=${digits(rng, 6)}`)) };
      },
    ),
    2,
    plant(
      'encoded',
      'spamassassin-uri-click-tracker-base64-magic-token',
      'error',
      'The events newsletter wraps each link in its click tracker, the destination base64url-encoded in `u=`; decoded, it is the sign-in link with a `magic_token` for the reader.',
      ({ rng, t }) => {
        const b = Buffer.from(`https://${CV}/login/magic?magic_token=${rng.alnum(40)}&next=/bookings`).toString('base64url');
        return { value: b, event: out(uri(t, `https://click.caldernews.example/r?u=${b}&l=${rng.int(1, 9)}`)) };
      },
    ),
    2,
    { raw: { out: start(DAY_EN + 8 * HOUR + 14 * MIN) }, after: 60 },
    plant(
      'implicit-fragment',
      'spamassassin-uri-pasted-rota-address-access-token',
      'error',
      'A volunteer mails the help desk the address the rota app left in the browser ("it just shows a blank page"): the identity service\'s implicit return, `#access_token=…`.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return { value: at, event: out(uri(t, `https://rota.${CV}/#access_token=${at}&token_type=bearer&expires_in=3600`)) };
      },
    ),
    2,
    plant(
      'negative',
      'spamassassin-uri-mailchimp-image-uuid',
      'none',
      "An image in the newsletter on Mailchimp's content server (`mcusercontent.com/<account>/images/<uuid>.jpg`): a file's public address, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, event: out(uri(t, `https://mcusercontent.com/${rng.hex(25)}/images/${u}.jpg`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'spamassassin' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailsync-help.log: Mailspring's C++ sync worker for the help desk account, spdlog's default pattern `[yyyy-mm-dd
// hh:mm:ss.mmm] [<logger>] [<level>] <message>` in local time, with verbose logging on (IMAP protocol lines, curl's
// debug lines). From memory (not fetched): the logger name, the account dump and the protocol lines' wording.

function mailsyncLog(rng) {
  const acct = rng.hex(8);
  const M = (t, lvl, msg) => `[${ymdHmsAt(t, GMT)}.${local(t, GMT).slice(20, 23)}] [${acct}] [${lvl}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(M(t, 'info', `Syncing folder INBOX (uidnext ${rng.int(4800, 4900)})`)),
      () => out(M(t, 'info', 'IDLE: no new mail')),
      () => out(M(t, 'debug', `IMAP S: * ${rng.int(1, 60)} EXISTS`)),
      () => out(M(t, 'info', `Synced ${rng.int(1, 12)} messages in [Gmail]/Sent Mail`)),
    ])();
  const steps = [
    { raw: { out: [M(DAY_EN + 7 * HOUR, 'info', 'Mailspring mailsync 1.16.0 starting (mode: sync)')] }, after: 0 },
    plant(
      'framework-dump',
      'mailsync-debug-account-json-imap-password',
      'error',
      'At startup the worker writes the account it was handed as JSON; for the old IMAP account of the café its `settings` hold `imap_password` and `smtp_password` in clear.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: out(
            M(
              t,
              'debug',
              `Account: ${JSON.stringify({ id: acct, emailAddress: `bookings@${CV}`, provider: 'imap', settings: { imap_host: `mail.${CV}`, imap_port: 993, imap_username: `bookings@${CV}`, imap_password: pw, imap_security: 'SSL / TLS', smtp_host: `mail.${CV}`, smtp_port: 465, smtp_username: `bookings@${CV}`, smtp_password: pw, smtp_security: 'SSL / TLS' } })}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'mailsync-imap-fetch-gmail-thread-id',
      'none',
      "Gmail's `X-GM-THRID` and `X-GM-MSGID` in an IMAP fetch response: 64-bit thread and message ids, no credential.",
      ({ rng, t }) => {
        const th = `17${digits(rng, 17)}`;
        return {
          value: th,
          event: out(
            M(
              t,
              'debug',
              `IMAP S: * ${rng.int(1, 60)} FETCH (UID ${rng.int(4800, 4900)} X-GM-THRID ${th} X-GM-MSGID 17${digits(rng, 17)} FLAGS (\\Seen))`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'mailsync-info-google-token-refresh-body',
      'error',
      `${WHY.refresh} The worker writes the body of its renewal at Google's token endpoint, a Google refresh token (\`1//0…\`) in it.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: out(
            M(
              t,
              'info',
              `Refreshing access token: POST https://oauth2.googleapis.com/token (grant_type=refresh_token&refresh_token=${rt})`,
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'encoded',
      'mailsync-imap-authenticate-xoauth2-base64',
      'error',
      "The IMAP protocol log writes the client's `AUTHENTICATE XOAUTH2` line: base64 of `user=…^Aauth=Bearer ya29.…^A^A`, a Google access token inside.",
      ({ rng, t }) => {
        const b = Buffer.from(`user=repaircafe.calder@gmail.com\x01auth=Bearer ya29.${rng.b64url(150)}\x01\x01`).toString('base64');
        return { value: b, event: out(M(t, 'debug', `IMAP C: 2 AUTHENTICATE XOAUTH2 ${b}`)) };
      },
    ),
    3,
    plant(
      'header-dump',
      'mailsync-curl-verbose-authorization-bearer',
      'error',
      "curl's verbose output of the calendar sync, one header a line: `> Authorization: Bearer ya29.…`, a live Google access token.",
      ({ rng, t }) => {
        const at = `ya29.${rng.b64url(150)}`;
        return {
          value: at,
          event: out(
            M(t, 'debug', '* Connected to www.googleapis.com (142.250.187.202) port 443'),
            M(t, 'debug', '> GET /calendar/v3/users/me/calendarList?maxResults=250 HTTP/2'),
            M(t, 'debug', '> Host: www.googleapis.com'),
            M(t, 'debug', `> Authorization: Bearer ${at}`),
            M(t, 'debug', '> Accept: */*'),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mailsync-google-oauth-client-id',
      'none',
      "The desktop app's Google OAuth client id (`<digits>-<32>.apps.googleusercontent.com`), shipped inside the app: public, no credential.",
      ({ rng, t }) => {
        const cid = `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`;
        return { value: cid, event: out(M(t, 'info', `OAuth client: ${cid}`)) };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'mailsync' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zypper.log: libzypp's log of a `zypper refresh` and `zypper install` on the openSUSE Leap 15.6 parts kiosk:
// `<yyyy-mm-dd hh:mm:ss> <level> <host>(<pid>) [<component>] <file>(<function>):<line> <message>` in local time, with
// ZYPP_MEDIA_CURL_DEBUG=1 (curl's headers in the log). From memory (not fetched); libzypp hides a URL's password when it
// prints a URL, not a token used as the user or in the path.

function zypperLog(rng) {
  const pid = rng.int(3000, 9000);
  const Z = (t, lvl, comp, where, msg) => `${ymdHmsAt(t, GMT)} <${lvl}> cvr-kiosk(${pid}) [${comp}] ${where} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          Z(
            t,
            1,
            'zypp::media',
            `MediaCurl.cc(doGetFileCopy):${rng.int(1000, 1100)}`,
            `url: https://download.opensuse.org/distribution/leap/15.6/repo/${rng.pick(['oss', 'non-oss'])}/repodata/repomd.xml`,
          ),
        ),
      () =>
        out(
          Z(
            t,
            1,
            'zypp',
            `RepoManager.cc(refreshMetadata):${rng.int(1200, 1300)}`,
            `Repository '${rng.pick(['repo-oss', 'repo-update', 'repo-non-oss'])}' is up to date.`,
          ),
        ),
      () =>
        out(
          Z(
            t,
            0,
            'zypp::solver',
            `SATResolver.cc(solving):${rng.int(700, 800)}`,
            `Install ${rng.pick(['python311-requests', 'cups-filters', 'labelprinter-brother'])}`,
          ),
        ),
    ])();
  const steps = [
    {
      raw: {
        out: [
          Z(DAY_EN + 11 * HOUR, 1, 'zypp', 'ZYppImpl.cc(ZYppImpl):75', 'Initializing keyring...'),
          Z(DAY_EN + 11 * HOUR, 1, 'zypp', 'ZConfig.cc(ZConfig):860', 'libzypp: 17.35.1'),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'path-secret',
      'zypper-cloudsmith-entitlement-token-path',
      'error',
      WHY.pathSecret(
        "The kiosk's own repository on Cloudsmith is reached through an entitlement token in the path (`dl.cloudsmith.io/<token>/…`); libzypp writes the URL before the download and again in the curl error",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(16);
        const u = `https://dl.cloudsmith.io/${tok}/calder-valley/kiosk/rpm/opensuse/15.6/x86_64/repodata/repomd.xml`;
        return {
          value: tok,
          event: out(
            Z(t, 1, 'zypp::media', 'MediaCurl.cc(doGetFileCopy):1045', `url: ${u}`),
            Z(
              t,
              3,
              'zypp::media',
              'MediaCurl.cc(evaluateCurlCode):912',
              `Download (curl) error for '${u}': Error code: HTTP response: 402 Error message: The requested URL returned error: 402`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'zypper-repomd-sha256-checksum',
      'none',
      'The SHA-256 libzypp checks a downloaded metadata file against: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(Z(t, 1, 'zypp::media', 'MediaSetAccess.cc(provideFile):184', `Checksum ok: sha256 ${h} repodata/primary.xml.zst`)),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'zypper-gemfury-token-as-url-user',
      'error',
      WHY.pathSecret(
        "Gemfury's repository URL carries the account's deploy token as the URL's user (`https://<token>@rpm.fury.io/<account>/`); libzypp hides a password, not a user",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: out(
            Z(t, 1, 'zypp::media', 'MediaCurl.cc(doGetFileCopy):1045', `url: https://${tok}@rpm.fury.io/calder-valley/repodata/repomd.xml`),
          ),
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'zypper-curl-debug-authorization-basic',
      'error',
      "With ZYPP_MEDIA_CURL_DEBUG=1 libzypp writes curl's request headers; the labels repository's credentials (from /etc/zypp/credentials.d) go out as `Authorization: Basic …`.",
      ({ rng, t }) => {
        const b = b64Of(`kiosk:${rng.alnum(18)}`);
        return {
          value: b,
          event: out(
            Z(t, 1, 'zypp::media', 'MediaCurl.cc(log_curl):157', '> GET /labels/15.6/repodata/repomd.xml HTTP/1.1'),
            Z(t, 1, 'zypp::media', 'MediaCurl.cc(log_curl):157', `> Host: packages.${CV}`),
            Z(t, 1, 'zypp::media', 'MediaCurl.cc(log_curl):157', `> Authorization: Basic ${b}`),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'zypper-gpg-key-id',
      'none',
      "The repository's signing key by id and fingerprint when libzypp imports it: a public key's fingerprint, no credential.",
      ({ rng, t }) => {
        const fp = rng.hex(40).toUpperCase();
        return {
          value: fp,
          event: out(
            Z(
              t,
              1,
              'zypp',
              'KeyRing.cc(importKey):412',
              `Key [${fp.slice(24)}] Calder Valley kiosk <kiosk@${CV}> fingerprint ${fp} imported`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'zypper' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// partsbot.wrapper.log: WinSW 2.12's own log of the parts bot (a Node script run as a Windows service): `<yyyy-mm-dd
// hh:mm:ss,mmm> <LEVEL> - <message>` in local time, `Starting <executable> <arguments>` as WinSW builds the command line
// from the XML configuration, the child's pid and exit code. From memory (not fetched).

function winswLog(rng) {
  const W = (t, lvl, msg) => `${ymdHmsAt(t, GMT)},${local(t, GMT).slice(20, 23)} ${lvl.padEnd(5)} - ${msg}`;
  const EXE = 'C:\\partsbot\\node.exe C:\\partsbot\\bot.js';
  let child = rng.int(2000, 9000);
  const cycle = (rng, t) => {
    child += rng.int(4, 400);
    return out(
      W(t, 'INFO', 'Stopping partsbot'),
      W(t, 'INFO', `Child process [${child} - ${EXE}] finished with 0`),
      W(t, 'INFO', 'Finished partsbot'),
    );
  };
  const filler = (rng, t) => rng.pick([() => out(W(t, 'INFO', 'Service partsbot is running')), () => cycle(rng, t)])();
  const steps = [
    { raw: { out: [W(DAY_EN + 6 * HOUR, 'INFO', "Starting the service with id 'partsbot'")] }, after: 0 },
    plant(
      'api-key-name',
      'winsw-starting-command-line-api-key',
      'error',
      `${WHY.apiKey('--api-key')} WinSW writes the command line it starts, the parts search API's key among the arguments of the XML configuration.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(W(t, 'INFO', `Starting ${EXE} --api-key ${key} --shop ${CV}`), W(t, 'INFO', `Started process ${child}`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'winsw-instance-id-argument',
      'none',
      "The bot's `--instance-id` (32 hex it draws at install to tell its copies apart in the parts channel): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.hex(32);
        child += 7;
        return {
          value: id,
          event: out(
            W(t, 'INFO', `Starting ${EXE} --config C:\\partsbot\\bot.json --instance-id ${id}`),
            W(t, 'INFO', `Started process ${child}`),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'winsw-starting-logic-apps-workflow-sig',
      'error',
      WHY.webhook(
        'The Teams workflow the bot reports to is a Logic Apps trigger URL whose `sig=` is the whole credential (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=…`), passed as `--notify`; WinSW writes it in the command line',
      ),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        child += 11;
        return {
          value: sig,
          event: out(
            W(
              t,
              'INFO',
              `Starting ${EXE} --config C:\\partsbot\\bot.json --notify "https://prod-${rng.int(10, 40)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}"`,
            ),
            W(t, 'INFO', `Started process ${child}`),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'winsw-service-sid',
      'none',
      "The virtual service account's SID (`S-1-5-80-…`, derived from the service name): an identifier, no credential.",
      ({ rng, t }) => {
        const sid = `S-1-5-80-${digits(rng, 10)}-${digits(rng, 10)}-${digits(rng, 9)}-${digits(rng, 10)}-${digits(rng, 10)}`;
        return { value: sid, event: out(W(t, 'INFO', `Service account: NT SERVICE\\partsbot (${sid})`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'winsw' }, filler, render, steps });
}

// =====================================================================================================================
// Te Taʻatiraʻa Poe Rava nō Tahaʻa (Tahitian; Tahaʻa: TAHT, UTC−10 all year)
// =====================================================================================================================

const PR = 'poerava-tahaa.example';

// ---------------------------------------------------------------------------------------------------------------------
// thruster.log: the pearl shop (Rails 8) behind Thruster 0.1, whose request log is Go slog's JSON: `time` (RFC 3339 with
// milliseconds, local offset), `level`, `msg` ("Request"), `path`, `status`, `dur`, `method`, `req_content_length`,
// `req_content_type`, `resp_content_length`, `resp_content_type`, `remote_addr`, `user_agent`, `cache`, `query`. From
// memory (not fetched): the field list, `query` apart from `path`.

function thrusterLog(rng) {
  const T = (t, e) =>
    JSON.stringify({
      time: `${local(t, TAHT).slice(0, 23)}${zone(TAHT)}`,
      level: 'INFO',
      msg: 'Request',
      path: e.path,
      status: e.status ?? 200,
      dur: rng.int(2, 180),
      method: e.method ?? 'GET',
      req_content_length: e.reqLen ?? 0,
      req_content_type: e.reqType ?? '',
      resp_content_length: rng.int(300, 40000),
      resp_content_type: e.type ?? 'text/html; charset=utf-8',
      remote_addr: e.ip ?? `203.0.113.${rng.int(2, 250)}`,
      user_agent: e.ua ?? rng.pick(BROWSERS),
      cache: e.cache ?? 'miss',
      query: e.query ?? '',
    });
  const filler = (rng, t) =>
    rng.pick([
      () => out(T(t, { path: rng.pick(['/', '/poe', '/poe/rava', '/poe/keshi', '/no-matou', '/hoʻo/ʻāfata'].map(encodeURI)) })),
      () => out(T(t, { path: `/poe/${rng.int(100, 999)}`, query: rng.pick(['', 'huru=menemene', 'huru=hopehope']) })),
      () => out(T(t, { path: '/up', ua: 'kamal-proxy', type: 'text/html' })),
    ])();
  const steps = [
    {
      raw: {
        out: [
          JSON.stringify({
            time: `${local(DAY_TY + 7 * HOUR, TAHT).slice(0, 23)}${zone(TAHT)}`,
            level: 'INFO',
            msg: 'Server started',
            http: ':80',
            https: ':443',
          }),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'thruster-query-microsoft-callback-code',
      'warning',
      `${WHY.code} Sign-in with a Microsoft account returns to \`/tomo/microsoft/callback\` (tomo, "enter"); Thruster writes the query apart from the path, the personal account's code (\`M.C5…\`) in it.`,
      ({ rng, t }) => {
        const code = `M.C5${rng.int(10, 99)}_BAY.2.U.${rng.uuid()}`;
        return {
          value: code,
          event: out(T(t, { path: '/tomo/microsoft/callback', status: 302, query: `code=${code}&state=${rng.b64url(32)}` })),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'thruster-path-tuhaa-wishlist-share',
      'error',
      WHY.pathSecret(
        'A wishlist shared by link (`/tuhaa/<token>`, tūhaʻa "share"): whoever has the link sees the list and the buyer\'s name and address',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: out(T(t, { path: `/tuhaa/${tok}` })) };
      },
    ),
    2,
    plant(
      'negative',
      'thruster-query-fbclid',
      'none',
      "A visitor from Facebook with `fbclid` (Facebook's click id, added to every outbound link): a tracking id, no credential.",
      ({ rng, t }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(60)}`;
        return { value: f, event: out(T(t, { path: '/poe/rava', query: `fbclid=${f}` })) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'thruster-query-taviri',
      'error',
      `${WHY.apiKey('taviri')} (tāviri, "key") A reseller's stock feed calls the shop's API with its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: out(
            T(t, {
              path: '/api/v1/poe',
              query: `taviri=${key}&format=json`,
              type: 'application/json; charset=utf-8',
              ua: 'python-requests/2.32.5',
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'thruster-path-fare-rata-hook-secret',
      'error',
      WHY.webhook(
        'The parcel service posts delivery events to the shop at `/hook/fare-rata/<40 hex>` (fare rata, "post office"), the secret in the path being the only check',
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: out(
            T(t, {
              path: `/hook/fare-rata/${s}`,
              method: 'POST',
              reqLen: rng.int(200, 900),
              reqType: 'application/json',
              type: 'application/json; charset=utf-8',
              ua: 'Apache-HttpClient/4.5.14 (Java/17.0.12)',
              ip: '198.51.100.61',
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'replay',
      'thruster-query-titeti-exhibition-first',
      'note',
      WHY.ticketFirst(
        'The pearl fair\'s entry is checked by scanning a QR code that opens `/faaite/tomo?titeti=…` (titeti, "ticket"; faʻaite, "show"); the gate tablet\'s scan is accepted (200). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.titeti = t;
        return { value: tk, event: out(T(t, { path: '/faaite/tomo', query: `titeti=${tk}`, ip: '203.0.113.40', ua: BROWSERS[4] })) };
      },
      { ref: 'titeti' },
    ),
    1,
    plant(
      'replay',
      'thruster-query-titeti-exhibition-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('titeti').value,
            why: `${WHY.replay('titeti', gap('titeti', t))} A phone on another address opens the same entry link and the shop accepts it again (200).`,
          },
        ],
        event: out(T(t, { path: '/faaite/tomo', query: `titeti=${refs.get('titeti').value}`, ip: '198.51.100.23', ua: BROWSERS[2] })),
      }),
      { replayOf: 'titeti', after: 171 },
    ),
    2,
    plant(
      'embed-jwt',
      'thruster-path-embed-poe-jwt-30d',
      'error',
      "A partner site embeds a pearl's card through `/embed/poe/<JWT>`, the JWT in the path (30 days, with a jti)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { sub: `poe-${rng.int(100, 999)}`, partner: 'bora-gallery' },
        });
        return { value: token, jwt: facts, event: out(T(t, { path: `/embed/poe/${token}` })) };
      },
    ),
    2,
    plant(
      'negative',
      'thruster-path-asset-digest',
      'none',
      "A stylesheet under its digest name (`application-<sha256>.css`), served from Thruster's cache: a file's hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: out(T(t, { path: `/assets/application-${h}.css`, type: 'text/css', cache: 'hit' })) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 7 * HOUR, site: { host: PR }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appsignal.log: the AppSignal Ruby gem's log in the shop's `log/` at `log_level: debug`: `[<yyyy-mm-ddThh:mm:ss>
// (process) #<pid>][<LEVEL>] <message>` in local time without zone, Ruby 3.3's `inspect` of hashes (`{:key=>value}`,
// `{"key"=>value}`). From memory (not fetched): the prefix; the config line and the sample lines are this app's debug
// statements in the gem's style.

function appsignalLog(rng) {
  const pid = rng.int(1000, 9000);
  const A = (t, lvl, msg) => `[${local(t, TAHT).slice(0, 19)} (process) #${pid}][${lvl}] ${msg}`;
  const env = (h) =>
    `{${Object.entries(h)
      .map(([k, v]) => `"${k}"=>"${v}"`)
      .join(', ')}}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(A(t, 'DEBUG', `Transmitting payload to https://push.appsignal.com/1/collect (${rng.int(2, 40)} transactions)`)),
      () => out(A(t, 'DEBUG', `Sampling transaction PoeController#${rng.pick(['index', 'show'])} (${rng.int(8, 200)} ms)`)),
      () => out(A(t, 'INFO', 'Probe minutely: gc, mri, sidekiq')),
    ])();
  const steps = [
    { raw: { out: [A(DAY_TY + 7 * HOUR, 'INFO', 'Starting AppSignal 4.1.3 (bin/rails, Ruby 3.3.6, x86_64-linux)')] }, after: 0 },
    plant(
      'framework-dump',
      'appsignal-debug-config-inspect-push-api-key',
      'error',
      'At debug the gem writes its merged configuration as a Ruby hash; `push_api_key` (a UUID) is the key the app sends its data with: a credential, though it looks like an id.',
      ({ rng, t }) => {
        const k = rng.uuid();
        return {
          value: k,
          event: out(
            A(
              t,
              'DEBUG',
              `Config: {:active=>true, :push_api_key=>"${k}", :name=>"poerava-shop", :environment=>"production", :log_level=>"debug", :enable_host_metrics=>true, :ignore_actions=>["UpController#show"]}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'appsignal-config-revision-sha',
      'none',
      "The deploy's `revision` (a git commit SHA-1) the gem reports with each sample: a commit id, no credential.",
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, event: out(A(t, 'INFO', `Deploy marker: {:revision=>"${sha}", :user=>"teva"}`)) };
      },
    ),
    2,
    plant(
      'id-token',
      'appsignal-sample-environment-request-uri-id-token',
      'error',
      "A sampled request's environment (`REQUEST_URI`) holds an `id_token` in the query of the Apple sign-in return, which the app routes as GET for the shop's mobile web view (10 minutes, live)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: `pf.${PR.split('.')[0]}.web`,
            sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            A(
              t,
              'DEBUG',
              `Sample Tomo::AppleController#callback environment: ${env({ REQUEST_METHOD: 'GET', REQUEST_URI: `/tomo/apple/callback?id_token=${token}&state=${rng.hex(16)}`, HTTP_USER_AGENT: BROWSERS[2] })}`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'session-id',
      'appsignal-sample-session-data-session-id',
      'error',
      WHY.session("A sample's `session_data` with Rails' `session_id` (32 hex) of the cookie store"),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: out(
            A(
              t,
              'DEBUG',
              `Sample AfataController#update session_data: {"session_id"=>"${s}", "afata_id"=>${rng.int(1000, 9999)}, "reo"=>"ty"}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'appsignal-sample-referer-embed-jwt-expired',
      'note',
      "A sample's `HTTP_REFERER` is a partner's embedded card (`/embed/poe/<JWT>`) whose JWT had expired a day before",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3 * 86400,
          age: 4 * 86400 + rng.int(600, 7200),
          jti: true,
          claims: { sub: `poe-${rng.int(100, 999)}`, partner: 'moana-boutique' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            A(
              t,
              'DEBUG',
              `Sample PoeController#show environment: ${env({ REQUEST_METHOD: 'GET', REQUEST_URI: `/poe/${rng.int(100, 999)}`, HTTP_REFERER: `https://${PR}/embed/poe/${token}` })}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'appsignal-sample-request-id',
      'none',
      "A sample's `HTTP_X_REQUEST_ID` (a UUID the proxy stamps on each request): a request id, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: out(
            A(
              t,
              'DEBUG',
              `Sample PoeController#index environment: ${env({ REQUEST_METHOD: 'GET', REQUEST_URI: '/poe', HTTP_X_REQUEST_ID: id })}`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 7 * HOUR, site: { host: 'appsignal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sing-box.log: sing-box 1.10 on the office PC: `<±hhmm> <yyyy-mm-dd hh:mm:ss> <LEVEL> [<connection id> <duration>]
// <component>: <message>` in local time, connection lines with their id, router and rule-set lines without. From memory
// (not fetched); the import of a remote profile through the `sing-box://import-remote-profile?url=…#name` link is written
// by the client app in the same log.

function singboxLog(rng) {
  const S = (t, lvl, msg, conn = true) =>
    `${zone(TAHT).replace(':', '')} ${ymdHmsAt(t, TAHT)} ${lvl} ${conn ? `[${rng.int(1000000000, 4294967295)} ${rng.int(0, 900)}ms] ` : ''}${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          S(
            t,
            'INFO',
            `inbound/tun[tun-in]: inbound connection to ${rng.pick(['www.tahiti-infos.com', 'fenua.pf', 'www.google.com', 'api.whatsapp.com', 'mail.google.com'])}:443`,
          ),
        ),
      () =>
        out(
          S(
            t,
            'INFO',
            `outbound/direct[direct]: outbound connection to ${rng.pick(['142.250.', '157.240.', '104.18.'])}${rng.int(1, 254)}.${rng.int(1, 254)}:443`,
          ),
        ),
      () => out(S(t, 'INFO', 'router: updated default interface eth0, index 2', false)),
    ])();
  const steps = [
    {
      raw: {
        out: [
          S(DAY_TY + 7 * HOUR, 'INFO', 'router: loaded geosite database: geosite.db', false),
          S(DAY_TY + 7 * HOUR, 'INFO', 'inbound/tun[tun-in]: started at tun0', false),
          S(DAY_TY + 7 * HOUR, 'INFO', 'sing-box started (0.31s)', false),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'encoded',
      'singbox-import-remote-profile-percent-encoded-url',
      'error',
      "The client imports the office profile through sing-box's deep link `sing-box://import-remote-profile?url=…#…`, the profile's address percent-encoded in `url=`; decoded, it is the panel's `/link/<token>` that serves the profile with the proxy passwords.",
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        const enc = encodeURIComponent(`https://panel.${PR}/link/${tok}?sing=1`);
        return {
          value: tok,
          needle: enc,
          event: out(S(t, 'INFO', `import remote profile: sing-box://import-remote-profile?url=${enc}#Fare%20ohipa`, false)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'singbox-connection-r2-account-host',
      'none',
      'A connection to Cloudflare R2 whose host name starts with the account id (32 hex): an id in a DNS name, no credential.',
      ({ rng, t }) => {
        const a = rng.hex(32);
        return { value: a, event: out(S(t, 'INFO', `inbound/tun[tun-in]: inbound connection to ${a}.r2.cloudflarestorage.com:443`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'singbox-rule-set-raw-github-token',
      'error',
      WHY.pathSecret(
        "A remote rule-set kept in a private GitHub repository is fetched from `raw.githubusercontent.com` with the `?token=` GitHub adds to a private file's raw link; the failed update quotes the URL",
      ),
      ({ rng, t }) => {
        const tok = `GHSAT0AAAAAAC${upperNum(rng, 38)}`;
        return {
          value: tok,
          event: out(
            S(
              t,
              'ERROR',
              `router: update rule-set[fare-ohipa]: fetch https://raw.githubusercontent.com/poerava-tahaa/fare-ohipa/main/rules.srs?token=${tok}: unexpected status: 404 Not Found`,
              false,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'singbox-rule-set-url-taviri',
      'error',
      `${WHY.apiKey('taviri')} The association's own rule-set of blocked sites comes from its panel with the panel's key in the query; the update error quotes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: out(
            S(
              t,
              'ERROR',
              `router: update rule-set[opani]: fetch https://panel.${PR}/api/ruleset/opani.srs?taviri=${key}: context deadline exceeded`,
              false,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'singbox-rule-set-etag',
      'none',
      "A rule-set's `ETag` as the router keeps it for the next update: a content hash, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(32);
        return { value: e, event: out(S(t, 'INFO', `router: updated rule-set geosite-category-ads (etag "${e}")`, false)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 7 * HOUR, site: { host: 'sing-box' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gupshup-inbound.jsonl: the shop's WhatsApp line on Gupshup, the inbound events its callback received, one a line as
// posted (format version 2): `app`, `timestamp` (ms), `version`, `type` (`message`, `message-event`), `payload` with
// `id`, `source`, `type`, `payload` (`text`), `sender` (`phone`, `name`, `country_code`, `dial_code`). From memory (not
// fetched).

function gupshupLog(rng) {
  const G = (t, payload, type = 'message') => JSON.stringify({ app: 'PoeRavaTahaa', timestamp: t, version: 2, type, payload });
  const PEOPLE = ['Teva', 'Hinatea', 'Moana', 'Tehani', 'Manarii', 'Vaitiare'];
  const msg = (rng, t, text) => {
    const phone = `6898${digits(rng, 7)}`;
    return G(t, {
      id: `ABEGk${rng.alnum(31)}`,
      source: phone,
      type: 'text',
      payload: { text },
      sender: { phone, name: rng.pick(PEOPLE), country_code: '689', dial_code: phone.slice(3) },
    });
  };
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          msg(
            rng,
            t,
            rng.pick([
              'ʻIa ora na! E hoʻo ānei ʻoutou i te poe keshi?',
              'Māuruuru roa!',
              'Ua fāriʻi au i te ʻāfata, māuruuru',
              'Ehia te moni nō te poe menemene?',
              'E tae mai au ānānahi i te fare hoʻo',
            ]),
          ),
        ),
      () =>
        out(
          G(
            t,
            {
              id: rng.uuid(),
              gsId: rng.uuid(),
              type: rng.pick(['delivered', 'read', 'sent']),
              destination: `6898${digits(rng, 7)}`,
              payload: { ts: Math.floor(t / 1000) },
            },
            'message-event',
          ),
        ),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'gupshup-text-pasted-signin-url-id-token-expired',
      'note',
      'A customer pastes the sign-in address that failed ("ʻAita e tomo nei", "it doesn\'t get in"); its `id_token` had expired two hours before the message\'s timestamp (ms, UTC)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://tomo.${PR}`, aud: 'fare-hoo', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(msg(rng, t, `ʻAita e tomo nei: https://${PR}/tomo/callback?id_token=${token}&state=${rng.b64url(22)}`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'gupshup-message-event-gsid',
      'none',
      "A delivery receipt's `id` and `gsId` (Gupshup's message ids, UUIDs): identifiers, no credential.",
      ({ rng, t }) => {
        const g = rng.uuid();
        return {
          value: g,
          event: out(
            G(
              t,
              { id: rng.uuid(), gsId: g, type: 'delivered', destination: `6898${digits(rng, 7)}`, payload: { ts: Math.floor(t / 1000) } },
              'message-event',
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'gupshup-text-pasted-address-access-token-fragment',
      'error',
      'A customer pastes the address the shop\'s page left after signing in ("E aha teie?", "what is this?"): the implicit return with `#access_token=…`.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(msg(rng, t, `E aha teie? https://${PR}/tomo#access_token=${at}&token_type=Bearer&expires_in=3600`)),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'gupshup-text-facebook-link-shim-tapao',
      'error',
      'A customer forwards the order link she got on Facebook, still wrapped in Facebook\'s link shim (`l.facebook.com/l.php?u=<percent-encoded URL>&h=…`); inside, the order page\'s `tapao` (tāpaʻo, "token").',
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        const enc = encodeURIComponent(`https://${PR}/titauraa/${rng.int(1000, 9999)}?tapao=${tok}`);
        return {
          value: tok,
          needle: enc,
          event: out(msg(rng, t, `Teie te tītauraʻa: https://l.facebook.com/l.php?u=${enc}&h=AT${rng.b64url(80)}`)),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gupshup-text-reseller-api-call-taviri-api',
      'error',
      `${WHY.apiKey('taviri_api')} A reseller in Papeete sends the call that fails for him ("ʻAita e haʻa nei", "it doesn't work"), key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, event: out(msg(rng, t, `ʻAita e haʻa nei: https://${PR}/api/v1/poe?taviri_api=${key}`)) };
      },
    ),
    2,
    plant(
      'negative',
      'gupshup-text-tracking-number',
      'none',
      "A customer's parcel number (`CP<9 digits>PF`, the post's tracking number): a reference, no credential.",
      ({ rng, t }) => {
        const n = `CP${digits(rng, 9)}PF`;
        return { value: n, event: out(msg(rng, t, `Tei hea tāʻu ʻāfata? ${n}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 8 * HOUR, site: { host: 'gupshup' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kivy_27-11-15_0.txt: the farm's point-of-sale app (Kivy 2.3 on a Raspberry Pi with a touch screen) in Kivy's log
// file: `[<LEVEL, padded to 7>] [<title, padded to 12>] <message>`, the title taken from the text before the first `:`
// of a message, no time on the lines; the app's own lines are Python `repr()`s of dicts and its titles are Tahitian.
// Kivy's start-up lines from memory (not fetched).

function kivyLog(rng) {
  const K = (lvl, title, msg) => `[${lvl.padEnd(7)}] [${title.padEnd(12)}] ${msg}`;
  const repr = (o) =>
    `{${Object.entries(o)
      .map(([k, v]) => `'${k}': ${typeof v === 'string' ? `'${v}'` : v}`)
      .join(', ')}}`;
  const filler = (rng) =>
    rng.pick([
      () => out(K('INFO', 'Hoʻo', `ʻĀfata ${rng.int(100, 999)}: ${rng.int(1, 6)} poe, ${rng.int(5, 90)}000 XPF`)),
      () => out(K('DEBUG', 'Pūtē', `Ua hāpono-hia te parau aufauraʻa ${rng.int(1000, 9999)}`)),
      () => out(K('DEBUG', 'Hoʻo', `Poe ${rng.pick(['menemene', 'hopehope', 'taʻaroa', 'keshi'])} ua māiti-hia`)),
    ])();
  const header = [
    K('INFO', 'Logger', 'Record log in /home/pi/.kivy/logs/kivy_27-11-15_0.txt'),
    K('INFO', 'Kivy', 'v2.3.1'),
    K('INFO', 'Kivy', 'Installed at "/home/pi/hoo/.venv/lib/python3.11/site-packages/kivy/__init__.py"'),
    K('INFO', 'Python', 'v3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]'),
    K('INFO', 'Python', 'Interpreter at "/home/pi/hoo/.venv/bin/python3"'),
    K('INFO', 'Logger', 'Purge log fired. Processing...'),
    K('INFO', 'Logger', 'Purge finished!'),
    K('INFO', 'Factory', '195 symbols loaded'),
    K('INFO', 'Image', 'Providers: img_tex, img_dds, img_sdl2, img_pil (img_ffpyplayer ignored)'),
    K('INFO', 'Window', 'Provider: sdl2'),
    K('INFO', 'GL', 'Using the "OpenGL ES 2" graphics system'),
    K('INFO', 'Base', 'Start application main loop'),
  ];
  const steps = [
    plant(
      'framework-dump',
      'kivy-debug-settings-repr-parau-huna',
      'error',
      'At start the app writes its settings as a Python dict; `parau_huna` ("hidden word", password) is the shop account\'s password in clear.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: out(
            K(
              'DEBUG',
              'Faʻanahoraʻa',
              repr({ fare_hoo: `https://${PR}`, ioa: 'tahaa-farm', parau_huna: pw, reo: 'ty', mōhini: 'epson-tm-m30' }),
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'kivy-info-localhost-redirect-code',
      'warning',
      `${WHY.code} Connecting the card terminal's account, the app catches the provider's return on a local port and writes the whole request line.`,
      ({ rng }) => {
        const code = rng.alnum(48);
        return {
          value: code,
          event: out(K('INFO', 'Tomo', `GET /callback?code=${code}&state=${rng.b64url(22)} HTTP/1.1 (127.0.0.1:8123)`)),
        };
      },
    ),
    1,
    plant(
      'id-token',
      'kivy-debug-id-token-repr',
      'error',
      'The app writes the `id_token` of its sign-in to the shop (1 hour, live)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://tomo.${PR}`, aud: 'hoo-pos', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: out(K('DEBUG', 'Tomo', repr({ id_token: token, token_type: 'Bearer' }))) };
      },
    ),
    plant(
      'refresh-token',
      'kivy-debug-refresh-token-repr',
      'error',
      `${WHY.refresh} The app writes the renewal part of the token response as a dict.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: out(K('DEBUG', 'Tomo', repr({ refresh_token: rt, expires_in: 3600 }))) };
      },
    ),
    2,
    plant(
      'negative',
      'kivy-debug-pkce-code-challenge',
      'none',
      'The PKCE `code_challenge` the app sends in its authorization request: a SHA-256 of the verifier, public by design; no credential.',
      ({ rng }) => {
        const c = rng.b64url(43);
        return { value: c, event: out(K('DEBUG', 'Tomo', `code_challenge=${c} code_challenge_method=S256`)) };
      },
    ),
    2,
    plant(
      'header-dump',
      'kivy-debug-urlrequest-headers-authorization',
      'error',
      "Before each call the app writes the headers it hands to `UrlRequest` as a dict, `Authorization: Bearer …` with the shop's access token.",
      ({ rng }) => {
        const at = rng.alnum(48);
        return { value: at, event: out(K('DEBUG', 'Hoʻo', repr({ 'Content-Type': 'application/json', Authorization: `Bearer ${at}` }))) };
      },
    ),
    2,
    plant(
      'session-id',
      'kivy-debug-urlrequest-headers-cookie-poe-tau',
      'error',
      WHY.session(
        'The stock screen calls the shop\'s web page with the `_poe_tau` cookie (tau, "period", the session), the headers written as a dict',
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return { value: s, event: out(K('DEBUG', 'Puʻe', repr({ Cookie: `_poe_tau=${s}`, Accept: 'text/html' }))) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'kivy-warning-urlrequest-failed-taviri-api',
      'error',
      `${WHY.apiKey('taviri_api')} A price lookup fails and the app writes the URL, key included.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: out(K('WARNING', 'Hape', `UrlRequest ua hape (503): https://${PR}/api/v1/moni?taviri_api=${key}`)) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'kivy-webview-page-finished-access-token-fragment',
      'error',
      "The app's web view writes each address it finishes loading; the card terminal's old sign-in returns with `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(K('INFO', 'WebView', `page finished: https://pos.${PR}/ho-i#access_token=${at}&token_type=bearer&expires_in=7200`)),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'kivy-warning-google-chat-webhook-token',
      'error',
      WHY.webhook(
        "The app tells the farm's Google Chat space of each sale (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`, the `token` being the webhook's secret); a failed post is written with its URL",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: out(
            K(
              'WARNING',
              'Poroʻi',
              `ʻAita i hāpono-hia: https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'kivy-info-checkout-id-uuid',
      'none',
      "A card payment's checkout id (a UUID from the terminal's API): an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: out(K('INFO', 'Aufauraʻa', `Ua ʻaufau-hia: checkout ${id}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TY + 9 * HOUR, site: { host: 'kivy' }, filler, render, steps, header });
}

// =====================================================================================================================
// Ya Mfeni ya ʼUada (Hñähñu; Ixmiquilpan, Hidalgo: CST, UTC−6 all year)
// =====================================================================================================================

const UA = 'uada-ixmiquilpan.example';

// ---------------------------------------------------------------------------------------------------------------------
// restlet-access.log: the shop API (Restlet 2.4 on its internal connector) with Restlet's LogService default format,
// tab-separated: date, time, c-ip, cs-username, s-ip, s-port, cs-method, cs-uri-stem, cs-uri-query, sc-status, sc-bytes,
// cs-bytes, time-taken, cs-host, cs(User-Agent), cs(Referer); `-` for empty, local time. From memory (not fetched).

function restletLog(rng) {
  const R = (t, e) =>
    [
      ymdHmsAt(t, CST).slice(0, 10),
      ymdHmsAt(t, CST).slice(11),
      e.ip ?? `198.51.100.${rng.int(2, 250)}`,
      '-',
      '10.0.0.12',
      '8182',
      e.method ?? 'GET',
      e.path,
      e.query || '-',
      e.status ?? 200,
      rng.int(200, 30000),
      e.method === 'POST' ? rng.int(100, 900) : 0,
      rng.int(2, 300),
      `https://tienda.${UA}`,
      e.ua ?? rng.pick(BROWSERS),
      e.referer ?? '-',
    ].join('\t');
  const filler = (rng, t) =>
    rng.pick([
      () => out(R(t, { path: rng.pick(['/tai', '/tai/ixtle', '/tai/ayate', '/tai/estropajo', '/dehe/pa']) })),
      () => out(R(t, { path: `/tai/${rng.int(100, 999)}`, query: rng.pick(['', 'hñäki=hñ', 'hñäki=es']) })),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'restlet-query-mercadolibre-callback-code',
      'warning',
      `${WHY.code} The shop's link to Mercado Libre returns to \`/nuti/mercadolibre\` (nut'i, "enter"); the access log writes the query with the \`TG-…\` code.`,
      ({ rng, t }) => {
        const code = `TG-${rng.hex(24)}-${digits(rng, 9)}`;
        return { value: code, event: out(R(t, { path: '/nuti/mercadolibre', query: `code=${code}&state=${rng.hex(16)}`, status: 302 })) };
      },
    ),
    2,
    plant(
      'path-secret',
      'restlet-path-uni-catalogue-link',
      'error',
      WHY.pathSecret('The wholesale catalogue shared with buyers by link (`/uni/<token>/catalogo.pdf`, uni "to give")'),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: out(R(t, { path: `/uni/${tok}/catalogo.pdf` })) };
      },
    ),
    2,
    plant(
      'negative',
      'restlet-query-csrf',
      'none',
      "A form post's `_csrf` field repeated in the query by the shop's old form: a CSRF token, tied to the visitor's own session, no credential.",
      ({ rng, t }) => {
        const c = rng.b64url(43);
        return { value: c, event: out(R(t, { method: 'POST', path: '/tai/ndunthi', query: `_csrf=${c}`, status: 303 })) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'restlet-path-incrustar-jwt-120s',
      'warning',
      "The balneario's availability widget on the tourism office's site loads `/incrustar/<JWT>` (incrustar, the developers' Spanish for \"embed\"), a JWT valid 120 s without a jti",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 40),
          claims: { sub: 'dehe-pa', site: 'turismo-ixmiquilpan' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(R(t, { path: `/incrustar/${token}`, referer: 'https://turismo.ixmiquilpan.example/balnearios' })),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'restlet-query-xoki',
      'error',
      `${WHY.apiKey('xoki')} (from xoki, "to open") A craft fair's ticket site pulls the stock with the cooperative's key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: out(R(t, { path: '/api/tai', query: `xoki=${key}`, ua: 'Java/21.0.5' })) };
      },
    ),
    2,
    plant(
      'encoded',
      'restlet-query-estado-base64-json-hnaxoki',
      'error',
      'The shop\'s old sign-in page hands its state along as base64url JSON in `estado=`; decoded, it holds the customer\'s `hñaxoki` ("opening word", password).',
      ({ rng, t }) => {
        const b = Buffer.from(JSON.stringify({ thuhu: 'marisela.m', hñaxoki: rng.alnum(12), ir_a: '/tai/ayate' })).toString('base64url');
        return { value: b, event: out(R(t, { path: '/nuti', query: `estado=${b}` })) };
      },
    ),
    2,
    plant(
      'replay',
      'restlet-query-boletu-first',
      'note',
      WHY.ticketFirst(
        'The balneario\'s gate scans a QR code that opens `/dehe/nuti?boletu=…` (boletu, a loan from Spanish boleto, "ticket"; dehe, "water"); the gate\'s scan is accepted (200). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(20);
        firstUse.boletu = t;
        return { value: tk, event: out(R(t, { path: '/dehe/nuti', query: `boletu=${tk}`, ip: '198.51.100.9', ua: 'okhttp/5.3.2' })) };
      },
      { ref: 'boletu' },
    ),
    1,
    plant(
      'replay',
      'restlet-query-boletu-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('boletu').value,
            why: `${WHY.replay('boletu', gap('boletu', t))} A second gate on another address lets the same ticket in (200).`,
          },
        ],
        event: out(R(t, { path: '/dehe/nuti', query: `boletu=${refs.get('boletu').value}`, ip: '203.0.113.77', ua: 'okhttp/5.3.2' })),
      }),
      { replayOf: 'boletu', after: 139 },
    ),
    2,
    plant(
      'negative',
      'restlet-path-image-sha1',
      'none',
      'A product photo under its SHA-1 name: a file hash, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: out(R(t, { path: `/tai/ntheme/${h}.jpg` })) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OT + 15 * HOUR, site: { host: UA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// koreader-crash.log: KOReader 2024.11 on the reading room's Kobo e-readers, `crash.log` at debug: `<mm/dd/yy-hh:mm:ss>
// <LEVEL, padded to 5> <message>` in local time, Lua tables as `dump()` writes them (`{ ["key"] = "value", }` over several
// lines). From memory (not fetched).

function koreaderLog(rng) {
  const Kd = (t) => {
    const s = local(t, CST);
    return `${s.slice(5, 7)}/${s.slice(8, 10)}/${s.slice(2, 4)}-${s.slice(11, 19)}`;
  };
  const L = (t, lvl, msg) => `${Kd(t)} ${lvl.padEnd(5)} ${msg}`;
  const dump = (o) => ['{', ...Object.entries(o).map(([k, v]) => `    ["${k}"] = ${typeof v === 'string' ? `"${v}"` : v},`), '}'];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          L(
            t,
            'INFO',
            `ReaderUI: opening /mnt/onboard/ya_ñofo/${rng.pick(['ra_mui_ya_ʼuada', 'ya_thogi_ma_hnini', 'hñäki_ne_ya_noya'])}.epub`,
          ),
        ),
      () => out(L(t, 'DEBUG', `ReaderView: page ${rng.int(1, 300)} rendered`)),
      () => out(L(t, 'INFO', 'NetworkMgr: wifi connected')),
    ])();
  const steps = [
    { raw: { out: [L(DAY_OT + 16 * HOUR, 'INFO', 'KOReader v2024.11 (kobo)')] }, after: 0 },
    plant(
      'framework-dump',
      'koreader-debug-opds-server-table-password',
      'error',
      "The OPDS catalogue's settings written as a Lua table at debug; its `password` (the reading room's catalogue account) in clear.",
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: out(
            L(t, 'DEBUG', 'OPDS server:'),
            ...dump({ title: "Ya ñ'ofo ya mfeni", url: `https://heti.${UA}/opds`, username: 'sala', password: pw }),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'koreader-debug-request-headers-authorization-basic',
      'error',
      'The catalogue request\'s headers as a Lua table: `Authorization = "Basic …"`, the same account\'s credentials in base64.',
      ({ rng, t }) => {
        const b = b64Of(`sala:${rng.alnum(14)}`);
        return {
          value: b,
          event: out(
            L(t, 'DEBUG', 'HTTP request headers:'),
            '{',
            `    ["Authorization"] = "Basic ${b}",`,
            '    ["User-Agent"] = "KOReader/2024.11",',
            '}',
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'koreader-partial-md5',
      'none',
      "KOReader's partial MD5 of a book (sampled bytes of the file), its id for progress sync: a file fingerprint, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: out(L(t, 'DEBUG', `DocSettings: partial_md5_checksum = ${h}`)) };
      },
    ),
    2,
    plant(
      'session-id',
      'koreader-debug-cookie-calibre-web-session',
      'error',
      WHY.session('The catalogue (Calibre-Web) answers with its Flask `session` cookie, which the plugin writes as it keeps it'),
      ({ rng, t }) => {
        const s = `.eJw${rng.b64url(90)}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return { value: s, event: out(L(t, 'DEBUG', `OPDS: set-cookie session=${s}; HttpOnly; Path=/`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'koreader-opds-download-heti-token-path',
      'error',
      WHY.pathSecret('A book lent for a week is downloaded from `/heti/<token>/…epub` (heti, "to read")'),
      ({ rng, t }) => {
        const tok = rng.hex(32);
        return { value: tok, event: out(L(t, 'INFO', `OPDS: downloading https://heti.${UA}/heti/${tok}/ra_ngu_ya_ʼuada.epub`)) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'koreader-debug-dropbox-refresh-token',
      'error',
      `${WHY.refresh} The Dropbox cloud storage renews its access and the debug line writes the form it posts.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(L(t, 'DEBUG', `DropBoxApi: POST https://api.dropbox.com/oauth2/token grant_type=refresh_token&refresh_token=${rt}`)),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'koreader-newsdownloader-feed-xoki-rss',
      'error',
      `${WHY.apiKey('xoki_rss')} The news downloader's feed of the cooperative's notices carries its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: out(L(t, 'INFO', `NewsDownloader: processing feed https://${UA}/ñofo/rss?xoki_rss=${key}`)) };
      },
    ),
    2,
    plant(
      'negative',
      'koreader-wifi-bssid',
      'none',
      "The access point's BSSID (a MAC address): a device address, no credential.",
      ({ rng, t }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2)).join(':');
        return { value: mac, event: out(L(t, 'DEBUG', `NetworkMgr: associated with bssid ${mac}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OT + 16 * HOUR, site: { host: 'koreader' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// iodine.log: the balneario's booking service (Ruby on iodine 0.7, started with `-v`), iodine's request lines:
// `<ip> - - [<RFC 1123 time, GMT>] "<METHOD> <path?query> <HTTP version>" <status> <bytes> <ms>ms`, start-up lines
// `INFO: …`. From memory (not fetched).

function iodineLog(rng) {
  const d = (t) => {
    const x = new Date(t);
    return `${DAYS[x.getUTCDay()]}, ${pad(x.getUTCDate())} ${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()} ${iso(t).slice(11, 19)} GMT`;
  };
  const I = (t, e) =>
    `${e.ip ?? `198.51.100.${rng.int(2, 250)}`} - - [${d(t)}] "${e.method ?? 'GET'} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status ?? 200} ${rng.int(100, 20000)} ${rng.int(1, 90)}ms`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(I(t, { path: rng.pick(['/', '/dehe', '/dehe/pa', '/ngu', '/bojä'].map(encodeURI)) })),
      () => out(I(t, { path: '/dehe/pa', query: `pa=2027-12-${pad(rng.int(1, 28))}` })),
    ])();
  const steps = [
    {
      raw: {
        out: [
          'INFO: Listening on port 3000',
          'INFO: Starting up Iodine:',
          ' * Iodine 0.7.58',
          ' * Ruby 3.3.6',
          ' * facil.io 0.7.6 (epoll)',
          ' * 4 Workers X 4 Threads per worker.',
          ' * Maximum 4064 open files / sockets per worker.',
          ' * Master (root) process: 812.',
        ],
      },
      after: 0,
    },
    2,
    plant(
      'id-token',
      'iodine-query-id-token-live',
      'error',
      "The booking page's sign-in returns to `/nuti/callback?id_token=…` (response_mode=query) and iodine writes the request line (15 minutes, live)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(2, 20),
          claims: { iss: `https://nuti.${UA}`, aud: 'dehe-booking', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: out(I(t, { path: '/nuti/callback', query: `id_token=${token}&state=${rng.hex(16)}`, status: 302 })),
        };
      },
    ),
    2,
    plant(
      'negative',
      'iodine-query-oidc-nonce',
      'none',
      'The sign-in start with its OIDC `nonce` (random, echoed in the ID token to stop replays): a per-request value, no credential.',
      ({ rng, t }) => {
        const n = rng.b64url(32);
        return { value: n, event: out(I(t, { path: '/nuti', query: `nonce=${n}&ir_a=%2Fdehe`, status: 302 })) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'iodine-query-refresh-token-get',
      'error',
      `${WHY.refresh} The kiosk's old client renews with a GET, the refresh token in the query.`,
      ({ rng, t }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: out(I(t, { path: '/api/token', query: `grant_type=refresh_token&refresh_token=${rt}`, ip: '203.0.113.14' })),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'iodine-path-mercadopago-hook-secret',
      'error',
      WHY.webhook(
        'Mercado Pago posts payment notices to `/ganchos/mercadopago/<32 hex>` (ganchos, the developers\' Spanish for "hooks"), the secret in the path being the only check',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: out(
            I(t, {
              method: 'POST',
              path: `/ganchos/mercadopago/${s}`,
              query: `data.id=${digits(rng, 11)}&type=payment`,
              ip: '203.0.113.201',
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'iodine-query-incrustar-jwt-no-exp',
      'error',
      "The rates widget on partners' pages loads `/incrustar?jwt=<JWT>`, a JWT without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 40 * 86400),
          claims: { sub: 'dehe-tarifas', partner: 'hotel-cardonal' },
        });
        return { value: token, jwt: facts, event: out(I(t, { path: '/incrustar', query: `jwt=${token}` })) };
      },
    ),
    2,
    plant(
      'session-id',
      'iodine-query-sesyo-kiosk',
      'error',
      WHY.session('The kiosk at the entrance keeps its session in the URL (`sesyo=`, a loan from Spanish sesión)'),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return { value: s, event: out(I(t, { path: '/dehe/pa', query: `sesyo=${s}`, ip: '203.0.113.14' })) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'iodine-query-xoki-api',
      'error',
      `${WHY.apiKey('xoki_api')} A tour operator's system checks availability with its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        return { value: key, event: out(I(t, { path: '/api/dehe/pa', query: `xoki_api=${key}&pa=2027-12-06` })) };
      },
    ),
    2,
    plant(
      'negative',
      'iodine-query-asset-build-hash',
      'none',
      "The booking page's script with its cache-busting `v=` (the build's hash): a version, no credential.",
      ({ rng, t }) => {
        const v = rng.hex(20);
        return { value: v, event: out(I(t, { path: '/assets/dehe.js', query: `v=${v}` })) };
      },
    ),
    2,
    plant(
      'replay',
      'iodine-query-boletu-pulque-tasting-first',
      'note',
      WHY.ticketFirst('A tasting ticket opens `/sei/nuti?boletu=…` (sei, "pulque") once, at the tasting\'s tablet. The ticket is'),
      ({ rng, t }) => {
        const tk = rng.alnum(20);
        return { value: tk, event: out(I(t, { path: '/sei/nuti', query: `boletu=${tk}`, ip: '198.51.100.30' })) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OT + 14 * HOUR, site: { host: UA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// geary-debug.log: Geary 46 run with `--debug --log-conversations` on the office PC, its stderr kept: GLib's default
// handler `<domain>-<LEVEL>: <hh:mm:ss.mmm>: <message>` (`geary-DEBUG`), the IMAP conversation lines `[imap] > …`/`[imap]
// < …`. From memory (not fetched): GLib's layout is its documented default, Geary's messages and the link line are this
// part's.

function gearyLog(rng) {
  const G = (t, msg, lvl = 'DEBUG') => `(geary:${4711}): geary-${lvl}: ${local(t, CST).slice(11, 23)}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(G(t, `[imap] < * ${rng.int(1, 400)} EXISTS`)),
      () => out(G(t, `[imap] > a${rng.int(100, 999)} IDLE`)),
      () => out(G(t, `Folder INBOX: ${rng.int(1, 9)} new messages`)),
    ])();
  const steps = [
    { raw: { out: [G(DAY_OT + 15 * HOUR, 'Geary 46.0 starting', 'MESSAGE')] }, after: 0 },
    plant(
      'encoded',
      'geary-imap-authenticate-plain-base64',
      'error',
      "With `--log-conversations` the IMAP dialogue is written as sent, and the cooperative's mail server takes `AUTHENTICATE PLAIN`: base64 of `\\0user\\0password`.",
      ({ rng, t }) => {
        const b = b64Of(`\0tienda@${UA}\0${rng.alnum(14)}`);
        return { value: b, event: out(G(t, `[imap] > a001 AUTHENTICATE PLAIN ${b}`)) };
      },
    ),
    2,
    plant(
      'negative',
      'geary-message-id',
      'none',
      "A message's `Message-ID` as Geary files it: an identifier, no credential.",
      ({ rng, t }) => {
        const m = `CA+${rng.b64url(40)}@mail.gmail.com`;
        return { value: m, event: out(G(t, `Saving message <${m}> to INBOX`)) };
      },
    ),
    2,
    plant(
      'path-secret',
      'geary-open-link-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A link clicked in a mail, a Nextcloud share (`/s/<15 characters>`) of the cooperative's invoices, which Geary writes as it hands it to the browser",
      ),
      ({ rng, t }) => {
        const tok = rng.chars('abcdefgijkmnopqrstwxyzABCDEFGHJKLMNPQRSTWXYZ23456789', 15);
        return { value: tok, event: out(G(t, `Opening link: https://nube.${UA}/s/${tok}`)) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'geary-open-link-access-token-fragment',
      'error',
      "A link in a supplier's mail was copied from his browser after signing in, `#access_token=…` included; Geary writes it as it opens it.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(G(t, `Opening link: https://portal.ixtleros.example/pedidos#access_token=${at}&token_type=Bearer&expires_in=3600`)),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'geary-open-link-sms-apikey',
      'error',
      `${WHY.apiKey('apikey')} A link in a mail from the SMS provider's dashboard calls its API with the account's key.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return { value: key, event: out(G(t, `Opening link: https://api.smsmasivos.example/v2/credits?apikey=${key}`)) };
      },
    ),
    2,
    plant(
      'negative',
      'geary-dkim-body-hash',
      'none',
      "A DKIM signature's `bh=` (the SHA-256 of the message body) from the headers Geary parses: a hash, no credential.",
      ({ rng, t }) => {
        const bh = rng.bytes(32).toString('base64');
        return { value: bh, event: out(G(t, `DKIM-Signature: v=1; a=rsa-sha256; d=${UA}; s=mail; bh=${bh}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OT + 15 * HOUR, site: { host: 'geary' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout113');
writePart(join(here, 'heldout113'), {
  'lumen-2027-11-08.log': lumenLog(rng),
  'spamassassin-debug.log': spamassassinLog(rng),
  'mailsync-help.log': mailsyncLog(rng),
  'zypper.log': zypperLog(rng),
  'partsbot.wrapper.log': winswLog(rng),
  'thruster.log': thrusterLog(rng),
  'appsignal.log': appsignalLog(rng),
  'sing-box.log': singboxLog(rng),
  'gupshup-inbound.jsonl': gupshupLog(rng),
  'kivy_27-11-15_0.txt': kivyLog(rng),
  'restlet-access.log': restletLog(rng),
  'koreader-crash.log': koreaderLog(rng),
  'iodine.log': iodineLog(rng),
  'geary-debug.log': gearyLog(rng),
});
