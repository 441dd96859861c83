// Writes corpus/logs-in-the-wild/heldout129/: a hundred-and-twenty-ninth held-out part, in formats no other part uses (a
// Martini (Go) shop's stdout with its `[martini] Started`/`Completed` lines, a cron job's MinIO Client (`mc --debug`)
// output under `set -x`, a CrushFTP 10 server log, Rambox's electron-log `main.log`, a Bugfender device-log export as
// JSON lines, a Serv-U 15 file server log, a Cambium cnPilot access point's syslog, a Robyn (Python) app's logging
// output, Mouseflow recordings read from its REST API as JSON lines, Tixati's event log, a Masonite 4 app's log, a
// Goyave (Go) API's access and error logs, a Fanvil IP phone's syslog, a Gotham (Rust) service's env_logger output),
// with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json.
// The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout129.mjs    rewrites heldout129/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Wrenfield Allotments and Food Hub of Whitby (North Yorkshire), with a veg-box shop, its
// backups, a file drop for growers, the volunteers' desktops and a delivery app (English, five logs); the Jaki-ed
// weavers' and fishers' co-operative of Majuro (Marshall Islands), with a file server, the shop's Wi-Fi, an online shop
// of mats and fish, its analytics and a seed box of training videos (Marshallese, five logs); Ñuu Kafe, a coffee
// co-operative of the Mixteca Alta near Tlaxiaco (Oaxaca), with a members' site, an API, the office phones and a
// roasting service (Mixtec, Tu'un Savi, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them. Every log's layout below is from memory (no vendor source or documentation was read for this part).
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'okhttp/5.3.2', 'Go-http-client/2.0', 'python-httpx/0.28.1', 'Fanvil X4U 2.12.1'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Whitby in January (GMT, UTC+0), Majuro (MHT, UTC+12), Oaxaca (CST, UTC-6, no summer time since 2022). */
const GMT = 0;
const MHT = 720;
const CST = -360;
const DAY_EN = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_MH = Date.UTC(2028, 0, 24, 0, 0, 0);
const DAY_MX = Date.UTC(2028, 1, 7, 0, 0, 0);

/** Go's log package: `2028/01/10 09:14:02`. */
const goTime = (t, offset) => ymdHmsAt(t, offset).replace(/-/g, '/');
/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS`. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** electron-log's `[yyyy-MM-dd HH:mm:ss.SSS]`. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** syslog's `Jan 10 09:14:02`. */
const sysTime = (t, offset) => {
  const d = new Date(t + offset * 60000);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`;
};
/** `MM/dd/yyyy HH:mm:ss.SSS` (CrushFTP) and `MM/dd/yyyy HH:mm:ss` (Tixati). */
const usTime = (t, offset) => {
  const l = local(t, offset);
  return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)} ${l.slice(11, 23)}`;
};

/** A planted step whose maker returns `{ v, n?, jwt?, out }`; `out` are the rendered lines. */
const P = (category, kind, expect, why, fn, options) =>
  plant(
    category,
    kind,
    expect,
    why,
    ({ rng, t, refs }) => {
      const r = fn(rng, t, refs);
      if (r.marks) return { marks: r.marks, event: { out: r.out } };
      return { value: r.v, needle: r.n, jwt: r.jwt, event: { out: r.out } };
    },
    options,
  );
const N = (kind, why, fn) => P('negative', kind, 'none', why, fn);
const render = (e) => e.out;
/** A log of `steps`; each run of ordinary lines is tripled (and one more) so that planted lines sit among many. */
const log = (rng, start, filler, steps) =>
  buildLog(rng, {
    start,
    site: { host: 'h129' },
    filler: (r, t) => ({ out: filler(r, t) }),
    render,
    steps: [...steps.map((s) => (typeof s === 'number' ? s * 3 + 1 : s)), 6],
  });

// =====================================================================================================================
// Wrenfield Allotments and Food Hub (English; Whitby: GMT)
// =====================================================================================================================

const WF = 'wrenfield.example';

// ---------------------------------------------------------------------------------------------------------------------
// martini-vegbox.log: the veg-box shop, a Go app on Martini (martini.Classic), stdout kept by supervisord. Martini's
// logger writes `[martini] Started GET /path for ip:port` and `[martini] Completed 200 OK in 1.2ms` without a time; the
// app's own lines go through Go's `log` package (`2028/01/10 09:14:02 …`), with structs printed by `%+v`. From memory.

function martiniLog(rng) {
  const PATHS = ['/', '/boxes', '/boxes/small', '/boxes/family', '/growers', '/static/css/site.css', '/static/img/leeks.jpg', '/basket'];
  const req = (rng, method, path, status, text = 'OK') => [
    `[martini] Started ${method} ${path} for ${publicIp(rng)}:${rng.int(1024, 65535)}`,
    `[martini] Completed ${status} ${text} in ${rng.int(1, 90)}.${rng.int(100, 999)}ms`,
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => req(rng, 'GET', rng.pick(PATHS), 200),
      () => req(rng, 'GET', `/static/js/app.${rng.hex(8)}.js`, 304, 'Not Modified'),
      () => [`${goTime(t, GMT)} basket: ${rng.int(1, 6)} boxes reserved for collection on ${rng.pick(['Tuesday', 'Friday'])}`],
    ])();
  const steps = [
    { raw: { out: [`${goTime(DAY_EN + 8 * HOUR, GMT)} vegbox 1.9.3 starting`, '[martini] listening on :3000 (development)'] }, after: 0 },
    P(
      'framework-dump',
      'martini-config-struct-plus-v-db-password',
      'error',
      'At start the app prints its configuration struct with `%+v`; the Postgres password read from the environment is a field of it (`DBPassword:…`).',
      (rng, t) => {
        const pw = rng.alnum(20);
        return {
          v: pw,
          out: [
            `${goTime(t, GMT)} config: {Addr::3000 Env:production DBHost:db.${WF} DBUser:vegbox DBPassword:${pw} DBName:vegbox SMTPHost:smtp.${WF} CollectionDays:[Tue Fri] Debug:true}`,
          ],
        };
      },
      { after: 1 },
    ),
    4,
    P(
      'oauth-code',
      'martini-started-line-google-callback-code',
      'warning',
      `${WHY.code} Martini's logger writes the callback's query in its \`Started\` line; the app's own line quotes the URL it could not finish, so the request is written twice.`,
      (rng, t) => {
        const code = `4/0A${rng.b64url(71)}`;
        const url = `/auth/google/callback?state=${rng.b64url(24)}&code=${code}&scope=email+openid&authuser=0&prompt=none`;
        return {
          v: code,
          out: [
            `[martini] Started GET ${url} for ${publicIp(rng)}:${rng.int(1024, 65535)}`,
            `${goTime(t, GMT)} auth: exchange failed for ${url}: oauth2: "invalid_grant" "Bad Request"`,
            `[martini] Completed 502 Bad Gateway in ${rng.int(300, 900)}.${rng.int(100, 999)}ms`,
          ],
        };
      },
    ),
    3,
    P(
      'id-token',
      'martini-started-line-id-token-query',
      'error',
      "The grower's portal posts Google's ID token back in the query (`/growers/signin?id_token=…`) and Martini's `Started` line writes it; it lives an hour and was live at the line's time",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: 'plot14@wrenfield.example',
          },
        });
        return { v: token, jwt: facts, out: req(rng, 'GET', `/growers/signin?id_token=${token}`, 302, 'Found') };
      },
    ),
    3,
    N(
      'martini-static-asset-content-hash',
      'A static file name with its build hash (`app.<8 hex>.js`), fetched with 304: a cache buster, no credential.',
      (rng) => {
        const h = rng.hex(8);
        return { v: h, out: req(rng, 'GET', `/static/js/basket.${h}.js`, 304, 'Not Modified') };
      },
    ),
    P(
      'session-id',
      'martini-cookie-struct-plus-v',
      'error',
      WHY.session("A debugging line prints the request's session cookie as Go's `%+v` of an `http.Cookie` (`{Name:wf_session Value:…}`)"),
      (rng, t) => {
        const s = rng.b64url(43);
        return {
          v: s,
          out: [
            `${goTime(t, GMT)} basket: no basket for cookie &{Name:wf_session Value:${s} Quoted:false Path: Domain: Expires:0001-01-01 00:00:00 +0000 UTC RawExpires: MaxAge:0 Secure:false HttpOnly:false SameSite:0 Partitioned:false Raw: Unparsed:[]}`,
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'martini-started-line-stock-api-key',
      'error',
      `${WHY.apiKey('api_key')} The wholesale market's stock feed is polled with the key in the query, and Martini's \`Started\` line writes the proxied call.`,
      (rng) => {
        const k = rng.alnum(40);
        return { v: k, out: req(rng, 'GET', `/admin/stock/sync?api_key=${k}&market=scarborough`, 200) };
      },
    ),
    3,
    P(
      'webhook',
      'martini-error-quotes-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/…`) quoted by Go's `net/http` error when the order alert times out",
      ),
      (rng, t) => {
        const p = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        return {
          v: p,
          out: [
            `${goTime(t, GMT)} notify: Post "https://hooks.slack.com/services/${p}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'martini-started-line-percent-encoded-next-token',
      'error',
      "The sign-in page keeps where to go next in `next=`, percent-encoded; that URL holds the password-reset link's `token=`, and Martini's `Started` line writes it encoded.",
      (rng) => {
        const tk = rng.b64url(32);
        return { v: tk, out: req(rng, 'GET', `/login?next=%2Faccount%2Freset%3Ftoken%3D${tk}%26plot%3D14`, 200) };
      },
    ),
    2,
    N(
      'martini-order-reference-uuid',
      'An order reference (a UUID) in the confirmation page path: an identifier, no credential.',
      (rng, t) => {
        const u = rng.uuid();
        return { v: u, out: [...req(rng, 'GET', `/orders/${u}/confirmation`, 200), `${goTime(t, GMT)} order placed (2 boxes)`] };
      },
    ),
    2,
  ];
  return log(rng, DAY_EN + 8 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// mc-backup.log: the nightly backup of the shop's database to the hub's MinIO, a shell script under `set -x` run by cron
// with its output appended; `mc --debug` writes each request and response as `mc: <DEBUG>` blocks (the signature
// redacted), `mc alias list` prints the alias's keys. From memory.

function mcLog(rng) {
  const S3 = `s3.${WF}`;
  const AK = upperNum(rng, 20);
  const debugBlock = (rng, t, path) => [
    `mc: <DEBUG> GET ${path} HTTP/1.1`,
    `Host: ${S3}`,
    'User-Agent: MinIO (linux; amd64) minio-go/v7.0.95 mc/RELEASE.2027-11-20T10-12-33Z',
    `Authorization: AWS4-HMAC-SHA256 Credential=${AK}/${iso(t).slice(0, 10).replace(/-/g, '')}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=**REDACTED**`,
    'X-Amz-Content-Sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    `X-Amz-Date: ${iso(t).slice(0, 19).replace(/[-:]/g, '')}Z`,
    '',
    'mc: <DEBUG> HTTP/1.1 200 OK',
    `Content-Length: ${rng.int(200, 4000)}`,
    'Content-Type: application/xml',
    `X-Amz-Request-Id: ${rng.hex(16).toUpperCase()}`,
    '',
    `mc: <DEBUG> Response Time:  ${rng.int(2, 80)}.${rng.int(100, 999)}ms`,
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => [
        `\`/var/backups/vegbox-${iso(t).slice(0, 10)}.sql.gz\` -> \`hub/vegbox-backups/${iso(t).slice(0, 10)}/vegbox.sql.gz\``,
        `Total: ${rng.int(2, 40)}.${rng.int(10, 99)} MiB, Transferred: ${rng.int(2, 40)}.${rng.int(10, 99)} MiB, Speed: ${rng.int(5, 90)}.${rng.int(10, 99)} MiB/s`,
      ],
    ])();
  const steps = [
    { raw: { out: ['+ set -euo pipefail', `+ date -u +%F`, iso(DAY_EN + 2 * HOUR).slice(0, 10)] }, after: 0 },
    P(
      'encoded',
      'mc-set-x-mc-host-env-percent-encoded-secret',
      'error',
      'The script gives mc its alias through `MC_HOST_hub=https://<access key>:<secret key>@host`; the secret key holds `/` and `+`, so it is percent-encoded in the URL, and `set -x` prints the export.',
      (rng) => {
        const raw = `${rng.alnum(12)}/${rng.alnum(14)}+${rng.alnum(12)}`;
        const enc = encodeURIComponent(raw);
        return { v: raw, n: enc, out: [`+ export MC_HOST_hub=https://${AK}:${enc}@${S3}`] };
      },
    ),
    1,
    P(
      'framework-dump',
      'mc-alias-list-secret-key',
      'error',
      '`mc alias list hub`, added to the script while debugging, prints the alias with its `SecretKey` in clear.',
      (rng) => {
        const sk = rng.alnum(40);
        return {
          v: sk,
          out: [
            '+ mc alias list hub',
            'hub',
            `  URL       : https://${S3}`,
            `  AccessKey : ${AK}`,
            `  SecretKey : ${sk}`,
            '  API       : s3v4',
            '  Path      : auto',
            '',
          ],
        };
      },
    ),
    N(
      'mc-debug-signature-redacted',
      "mc's `--debug` prints a request's SigV4 `Authorization` with `Signature=**REDACTED**`: the access key id beside a masked signature, no credential.",
      (rng, t) => {
        const block = debugBlock(rng, t, '/vegbox-backups/?object-lock=');
        return { v: block[3].slice(15), out: ['+ mc --debug stat hub/vegbox-backups', ...block] };
      },
    ),
    3,
    P(
      'path-secret',
      'mc-share-download-presigned-seven-days',
      'error',
      WHY.pathSecret(
        "`mc share download --expire 168h` prints a presigned URL for the treasurer (`X-Amz-Expires=604800`, seven days: an error by the risk model's rule for signed URLs); its `X-Amz-Signature`",
      ),
      (rng, t) => {
        const sig = rng.hex(64);
        const date = iso(t).slice(0, 19).replace(/[-:]/g, '');
        return {
          v: sig,
          out: [
            '+ mc share download --expire 168h hub/vegbox-backups/accounts-2027.xlsx',
            `URL: https://${S3}/vegbox-backups/accounts-2027.xlsx`,
            'Expire: 7 days 0 hours 0 minutes 0 seconds',
            `Share: https://${S3}/vegbox-backups/accounts-2027.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${AK}%2F${date.slice(0, 8)}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=${date}Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`,
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'mc-admin-config-notify-webhook-auth-token',
      'error',
      `${WHY.apiKey('auth_token')} \`mc admin config get hub notify_webhook\` prints the bucket notification target with the token MinIO sends to it.`,
      (rng) => {
        const k = rng.alnum(36);
        return {
          v: k,
          out: [
            '+ mc admin config get hub notify_webhook',
            `notify_webhook:backups endpoint=https://hooks.${WF}/minio/events auth_token=${k} queue_limit=0 queue_dir= client_cert= client_key=`,
          ],
        };
      },
    ),
    N('mc-stat-etag', '`mc stat` of the uploaded dump prints its ETag (an MD5 of the object): a checksum, no credential.', (rng, t) => {
      const e = rng.hex(32);
      return {
        v: e,
        out: [
          `+ mc stat hub/vegbox-backups/${iso(t).slice(0, 10)}/vegbox.sql.gz`,
          `Name      : vegbox.sql.gz`,
          `Size      : ${rng.int(2, 40)} MiB`,
          `ETag      : ${e}`,
          'Type      : file',
        ],
      };
    }),
    1,
  ];
  return log(rng, DAY_EN + 2 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// CrushFTP.log: the growers' file drop on CrushFTP 10. Each line `TYPE|MM/dd/yyyy HH:mm:ss.SSS|[PROTO:session:user:ip]
// READ: *…*` or `WROTE: *…*`; with debug raised, each request header is written on a line of its own. From memory.

function crushLog(rng) {
  const tag = (rng, user = 'anonymous') => `[HTTPS:${rng.int(10, 99)}_${digits(rng, 5)}:${user}:${publicIp(rng)}]`;
  const line = (t, type, who, text) => `${type}|${usTime(t, GMT)}|${who} ${text}`;
  const filler = (rng, t) => {
    const who = tag(rng, rng.pick(['anonymous', 'plot07', 'plot22', 'hubdesk']));
    return rng.pick([
      () => [
        line(t, 'GET', who, `READ: *GET /WebInterface/function/?command=getXMLListing&path=%2F&random=0.${digits(rng, 16)} HTTP/1.1*`),
        line(t + 4, 'GET', who, 'WROTE: *HTTP/1.1 200 OK*'),
      ],
      () => [line(t, 'POST', who, `READ: *POST /WebInterface/function/ HTTP/1.1*`), line(t + 3, 'POST', who, 'WROTE: *HTTP/1.1 200 OK*')],
      () => [line(t, 'SERVER', '', `Server Memory Stats: Max=4096MB, Free=${rng.int(900, 3000)}MB`).replace('| ', '|')],
    ])();
  };
  const steps = [
    { raw: { out: [line(DAY_EN + 7 * HOUR, 'SERVER', '', 'CrushFTP 10.8.2 started.').replace('| ', '|')] }, after: 0 },
    3,
    P(
      'session-id',
      'crushftp-debug-header-crushauth-cookie',
      'error',
      WHY.session(
        'With debug on, CrushFTP writes each request header of a listing request on its own line, the `CrushAuth` session cookie among them',
      ),
      (rng, t) => {
        const s = `${digits(rng, 13)}_${rng.alnum(30)}`;
        const who = tag(rng, 'plot07');
        return {
          v: s,
          out: [
            line(t, 'POST', who, 'READ: *POST /WebInterface/function/ HTTP/1.1*'),
            line(t, 'POST', who, `READ: *Host: files.${WF}*`),
            line(t, 'POST', who, `READ: *Cookie: CrushAuth=${s}; currentAuth=${s.slice(-4)}*`),
            line(t + 3, 'POST', who, 'WROTE: *HTTP/1.1 200 OK*'),
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'crushftp-debug-header-authorization-basic',
      'error',
      "The greenhouse sensor's uploader sends `Authorization: Basic` (base64 of user and password) with every PUT, and CrushFTP's debug output writes the header.",
      (rng, t) => {
        const b = b64Of(`greenhouse:${rng.alnum(16)}`);
        const who = tag(rng, 'greenhouse');
        return {
          v: b,
          out: [
            line(t, 'PUT', who, `READ: *PUT /sensors/${iso(t).slice(0, 10)}/temps.csv HTTP/1.1*`),
            line(t, 'PUT', who, `READ: *Authorization: Basic ${b}*`),
            line(t + 40, 'PUT', who, 'WROTE: *HTTP/1.1 201 Created*'),
          ],
        };
      },
    ),
    3,
    N(
      'crushftp-random-cache-buster',
      "The web interface's `random=0.<digits>` cache buster on a listing: `Math.random()`, no credential.",
      (rng, t) => {
        const r = `0.${digits(rng, 17)}`;
        return {
          v: r,
          out: [
            line(
              t,
              'GET',
              tag(rng, 'plot22'),
              `READ: *GET /WebInterface/function/?command=getXMLListing&path=%2Fseed-swap%2F&random=${r} HTTP/1.1*`,
            ),
          ],
        };
      },
    ),
    P(
      'path-secret',
      'crushftp-share-link-temp-user-pass',
      'error',
      WHY.pathSecret(
        'A CrushFTP share link opens a temporary account whose name and password ride in the query (`?u=…&p=…`); the grower opened it and CrushFTP wrote the request line, the password',
      ),
      (rng, t) => {
        const p = rng.alnum(12);
        return {
          v: p,
          out: [
            line(t, 'GET', tag(rng), `READ: *GET /?u=${rng.alnum(10)}&p=${p}&path=/ HTTP/1.1*`),
            line(t + 5, 'GET', tag(rng), 'WROTE: *HTTP/1.1 302 Found*'),
          ],
        };
      },
    ),
    2,
    P(
      'oauth-code',
      'crushftp-sso-oidc-callback-code',
      'warning',
      `${WHY.code} The hub's staff sign in to CrushFTP through Microsoft Entra ID, and the callback's request line is written with the code.`,
      (rng, t) => {
        const code = `0.A${rng.b64url(20)}.${rng.b64url(120)}`;
        return {
          v: code,
          out: [line(t, 'GET', tag(rng), `READ: *GET /SSO_OIDC/?code=${code}&state=${rng.hex(32)}&session_state=${rng.uuid()} HTTP/1.1*`)],
        };
      },
    ),
    2,
    N(
      'crushftp-upload-md5',
      'The MD5 CrushFTP writes after an upload (`MD5:<32 hex>`): a checksum of the file, no credential.',
      (rng, t) => {
        const m = rng.hex(32);
        return { v: m, out: [line(t, 'STOR', tag(rng, 'plot22'), `Upload complete: /seed-swap/tomato-list.pdf (412KB) MD5:${m}`)] };
      },
    ),
    2,
  ];
  return log(rng, DAY_EN + 7 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// rambox-main.log: Rambox 2 on the hub desk's PC, electron-log's `main.log`: `[yyyy-MM-dd HH:mm:ss.SSS] [level]  text`,
// objects printed by util.inspect over several lines. From memory.

function ramboxLog(rng) {
  const L = (t, level, text) => `[${dotMs(t, GMT)}] [${level}]${level.length === 4 ? ' ' : ''} ${text}`;
  const SERVICES = ['WhatsApp', 'Gmail', 'Slack', 'Outlook', 'Trello'];
  const filler = (rng, t) =>
    rng.pick([
      () => [L(t, 'info', `[service] ${rng.pick(SERVICES)} (${rng.hex(8)}) did-finish-load`)],
      () => [L(t, 'info', `[notifications] ${rng.int(1, 9)} unread in ${rng.pick(SERVICES)}`)],
      () => [L(t, 'debug', `[updater] checking for update (channel: latest)`)],
    ])();
  const steps = [
    { raw: { out: [L(DAY_EN + 9 * HOUR, 'info', 'Rambox 2.4.1 starting (win32 x64)')] }, after: 0 },
    2,
    P(
      'framework-dump',
      'rambox-settings-object-proxy-password',
      'error',
      "At start Rambox prints its settings object (util.inspect); the hub's proxy settings hold the proxy's password (`proxyPassword: '…'`).",
      (rng, t) => {
        const pw = rng.alnum(14);
        return {
          v: pw,
          out: [
            L(t, 'debug', '[config] loaded {'),
            "  locale: 'en-GB',",
            '  auto_launch: true,',
            '  proxy: true,',
            `  proxyHost: 'proxy.${WF}',`,
            "  proxyPort: '3128',",
            "  proxyLogin: 'hubdesk',",
            `  proxyPassword: '${pw}',`,
            "  spellcheck: 'en-GB'",
            '}',
          ],
        };
      },
    ),
    3,
    P(
      'implicit-fragment',
      'rambox-webview-did-navigate-access-token-fragment',
      'error',
      "A custom service (the council's allotment portal) signs in with the implicit flow; Rambox logs each webview navigation, and the landing URL carries `#access_token=…`.",
      (rng, t) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            L(
              t,
              'info',
              `[service] Allotments (${rng.hex(8)}) did-navigate https://allotments.scarborough-council.example/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'rambox-webview-did-navigate-id-token-fragment',
      'error',
      "The same portal's sign-out page returns with `#id_token=…` and Rambox's navigation line writes it; ten minutes of life, live at the line's UTC time",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          claims: { iss: 'https://login.scarborough-council.example', aud: 'allotments-portal', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              t,
              'info',
              `[service] Allotments (${rng.hex(8)}) did-navigate https://allotments.scarborough-council.example/signed-in#id_token=${token}&state=${rng.hex(16)}`,
            ),
          ],
        };
      },
    ),
    2,
    N(
      'rambox-service-id',
      "Rambox's own id of a service in its navigation lines (8 hex digits): an internal identifier, no credential.",
      (rng, t) => {
        const id = rng.hex(8);
        return { v: id, out: [L(t, 'info', `[service] Gmail (${id}) did-finish-load`)] };
      },
    ),
    P(
      'embed-jwt',
      'rambox-webview-embed-jwt-short-no-jti',
      'warning',
      "The hub's Metabase dashboard added as a custom service opens `/embed/dashboard/<JWT>`; the token lives two minutes, without a jti",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: 20, claims: { resource: { dashboard: rng.int(2, 30) }, params: {} } });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              t,
              'info',
              `[service] Dashboard (${rng.hex(8)}) did-navigate https://stats.${WF}/embed/dashboard/${token}#bordered=false&titled=true`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'rambox-account-object-refresh-token',
      'error',
      `${WHY.refresh} Rambox prints its account object after a failed sync (util.inspect), the refresh token of the desk's sign-in in it.`,
      (rng, t) => {
        const r = rng.b64url(54);
        return {
          v: r,
          out: [
            L(t, 'error', '[sync] could not sync services: Error: 401 Unauthorized'),
            L(t + 2, 'debug', '[sync] account {'),
            "  email: 'desk@wrenfield.example',",
            `  accessToken: null,`,
            `  refreshToken: '${r}',`,
            `  expiresAt: ${t - 60000}`,
            '}',
          ],
        };
      },
    ),
    2,
    N('rambox-updater-sha512', "electron-updater's `sha512` of the downloaded installer (base64): a checksum, no credential.", (rng, t) => {
      const h = rng.bytes(64).toString('base64');
      return { v: h, out: [L(t, 'info', `[updater] Update for version 2.4.2 is available (downloaded, sha512: ${h})`)] };
    }),
    1,
  ];
  return log(rng, DAY_EN + 9 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// bugfender-delivery.jsonl: the delivery drivers' Android app logs to Bugfender; the logs read from Bugfender's API, one
// JSON object a line (`time`, `device`, `level`, `tag`, `text`). OkHttp's HttpLoggingInterceptor at HEADERS/BODY level
// writes requests into them. From memory.

function bugfenderLog(rng) {
  const DEV = [rng.hex(16), rng.hex(16)];
  const J = (t, tag, text, level = 'D') =>
    JSON.stringify({ time: iso(t), deviceId: DEV[t % 2], deviceName: 'Pixel 7a', appVersion: '3.2.0', level, tag, method: 'log', text });
  const filler = (rng, t) =>
    rng.pick([
      () => [J(t, 'Route', `stop ${rng.int(1, 30)} of 30 delivered`, 'I')],
      () => [J(t, 'okhttp.OkHttpClient', `<-- 200 https://api.${WF}/v2/routes/today (${rng.int(40, 600)}ms)`)],
      () => [J(t, 'Location', `fix accuracy ${rng.int(3, 40)} m`)],
    ])();
  const steps = [
    3,
    P(
      'header-dump',
      'bugfender-okhttp-authorization-bearer',
      'error',
      "OkHttp's logging interceptor at HEADERS level writes a request's `Authorization: Bearer` (an opaque access token of the delivery API) into a log line Bugfender uploads.",
      (rng, t) => {
        const at = rng.alnum(40);
        return {
          v: at,
          out: [
            J(t, 'okhttp.OkHttpClient', `--> GET https://api.${WF}/v2/routes/today`),
            J(t + 1, 'okhttp.OkHttpClient', `Authorization: Bearer ${at}`),
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'bugfender-okhttp-body-refresh-token',
      'error',
      `${WHY.refresh} OkHttp's interceptor at BODY level writes the form the app posts to renew its session.`,
      (rng, t) => {
        const r = rng.b64url(48);
        return {
          v: r,
          out: [
            J(t, 'okhttp.OkHttpClient', `--> POST https://api.${WF}/oauth/token`),
            J(t + 1, 'okhttp.OkHttpClient', `grant_type=refresh_token&refresh_token=${r}&client_id=driver-app`),
          ],
        };
      },
    ),
    2,
    N(
      'bugfender-okhttp-etag',
      "An `ETag` response header (a quoted hash) in OkHttp's output: a cache validator, no credential.",
      (rng, t) => {
        const e = rng.hex(40);
        return { v: e, out: [J(t, 'okhttp.OkHttpClient', `ETag: W/"${e}"`)] };
      },
    ),
    P(
      'session-id',
      'bugfender-okhttp-set-cookie-session',
      'error',
      WHY.session("The driver's web view shares the API's `Set-Cookie: wf_session=…`, and OkHttp's interceptor writes the response header"),
      (rng, t) => {
        const s = rng.b64url(43);
        return { v: s, out: [J(t, 'okhttp.OkHttpClient', `Set-Cookie: wf_session=${s}; Path=/; HttpOnly; Secure; SameSite=Lax`)] };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'bugfender-deeplink-access-token-fragment',
      'error',
      "The app receives its sign-in through an app link (`https://app.wrenfield.example/driver/signed-in#access_token=…`) and logs the intent's data URI.",
      (rng, t) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            J(
              t,
              'MainActivity',
              `onNewIntent data=https://app.${WF}/driver/signed-in#access_token=${at}&token_type=bearer&expires_in=7200`,
              'I',
            ),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'bugfender-maps-apikey-query',
      'error',
      `${WHY.apiKey('apikey')} The route optimiser's geocoding call sends it in the query, and OkHttp's \`-->\` line writes the URL.`,
      (rng, t) => {
        const k = rng.hex(32);
        return {
          v: k,
          out: [
            J(
              t,
              'okhttp.OkHttpClient',
              `--> GET https://geocode.routeplanner.example/v1/search?q=YO21+${rng.int(1, 4)}${upperNum(rng, 2)}&apikey=${k}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'bugfender-base64-qr-payload-password',
      'error',
      "The depot's Wi-Fi is joined from a QR code; the app logs the scanned payload base64-encoded, and decoded it reads `WIFI:T:WPA;S:…;P:<password>;;`.",
      (rng, t) => {
        const b = b64Of(`WIFI:T:WPA;S:Wrenfield-Depot;P:${rng.alnum(16)};;`);
        return { v: b, out: [J(t, 'Scanner', `qr payload (base64) ${b}`)] };
      },
    ),
    N(
      'bugfender-firebase-installation-id',
      "The app's Firebase installation id in the driver's diagnostics line: an identifier of the install, no credential.",
      (rng, t) => {
        const d = rng.hex(20);
        return { v: d, out: [J(t, 'Diagnostics', `firebase installation id ${d}`, 'I')] };
      },
    ),
    2,
  ];
  return log(rng, DAY_EN + 6 * HOUR, filler, steps);
}

// =====================================================================================================================
// Jaki-ed co-operative of Majuro (Marshallese; MHT, UTC+12)
// =====================================================================================================================

const JK = 'jakied-majuro.example';

// ---------------------------------------------------------------------------------------------------------------------
// serv-u-jakied.log: Serv-U 15 file server of the co-operative (photos of mats for buyers, training videos): `[nn] Day
// ddMonyy HH:mm:ss - (session) text`, with the HTTP web client's request lines. From memory.

function servuLog(rng) {
  const d = (t) => {
    const l = new Date(t + MHT * 60000);
    return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][l.getUTCDay()]} ${pad(l.getUTCDate())}${MONTHS[l.getUTCMonth()]}${String(l.getUTCFullYear()).slice(2)} ${iso(l.getTime()).slice(11, 19)}`;
  };
  const L = (t, nn, sid, text) => `[${nn}] ${d(t)} - (${pad(sid, 6)}) ${text}`;
  let sid = 2000;
  const filler = (rng, t) => {
    const s = ++sid;
    return rng.pick([
      () => [
        L(t, '01', s, `Connected to ${publicIp(rng)} (Local address 10.20.0.5, port 443)`),
        L(t + 1, '05', s, `GET /Web%20Client/ListDirectory?Path=/jaki/${rng.int(1, 60)} HTTP/1.1`),
      ],
      () => [L(t, '02', s, `Closed session`)],
    ])();
  };
  const steps = [
    3,
    P(
      'path-secret',
      'servu-file-share-link-path',
      'error',
      WHY.pathSecret(
        'A Serv-U file share a buyer in Honolulu opens (`/Share/<id>/<token>`, photos of new mats); the web client request line',
      ),
      (rng, t) => {
        const tk = rng.alnum(24);
        return {
          v: tk,
          out: [
            L(t, '05', ++sid, `GET /Share/${digits(rng, 6)}/${tk}/jaki-ed-2028.zip HTTP/1.1`),
            L(t + 2, '06', sid, 'Sent file "D:\\Jaki\\2028\\jaki-ed-2028.zip" (41,220,118 bytes)'),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'servu-event-http-post-kii',
      'error',
      `${WHY.apiKey('kii')} A Serv-U event posts each upload to the shop's API with the key under \`kii\` (the Marshallese loan for "key"), and the event log writes the URL.`,
      (rng, t) => {
        const k = rng.alnum(32);
        return {
          v: k,
          out: [
            L(
              t,
              '04',
              ++sid,
              `Event: FILE_UPLOAD "Kōnnaan kāāl: jaki ekāāl" HTTP POST https://mon-wia.${JK}/api/wia?kii=${k} returned 200`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'replay',
      'servu-tiket-video-first',
      'note',
      WHY.ticketFirst("A single-use ticket for a training video (`tiket`), opened from the weaving school's tablet; the request line"),
      (rng, t) => {
        const tk = rng.hex(32);
        firstUse.tiket = t;
        return {
          v: tk,
          out: [
            L(t, '01', ++sid, 'Connected to 203.0.113.77 (Local address 10.20.0.5, port 443)'),
            L(t + 1, '05', sid, `GET /Web%20Client/Video?tiket=${tk}&file=ekkatak-jaki-3.mp4 HTTP/1.1`),
          ],
        };
      },
      { ref: 'tiket' },
    ),
    1,
    P(
      'replay',
      'servu-tiket-video-again',
      'replay',
      '',
      (rng, t, refs) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('tiket', gap('tiket', t))} A phone on another address opened the same video ticket and Serv-U sent the file again.`,
          },
        ],
        out: [
          L(t, '01', ++sid, 'Connected to 198.51.100.203 (Local address 10.20.0.5, port 443)'),
          L(t + 1, '05', sid, `GET /Web%20Client/Video?tiket=${refs.get('tiket').value}&file=ekkatak-jaki-3.mp4 HTTP/1.1`),
          L(t + 2, '06', sid, 'Sent file "D:\\Ekkatak\\ekkatak-jaki-3.mp4" (210,334,009 bytes)'),
        ],
      }),
      { replayOf: 'tiket', after: 141 },
    ),
    2,
    P(
      'encoded',
      'servu-login-base64-naan-delon',
      'error',
      'The shop\'s uploader signs in to the web client with a GET whose `naan_delon` ("word of entering", the password) is base64; decoded it is the password.',
      (rng, t) => {
        const b = b64Of(rng.alnum(14));
        return {
          v: b,
          out: [L(t, '05', ++sid, `GET /?Command=Login&user=monwia&naan_delon=${encodeURIComponent(b)} HTTP/1.1`)],
          n: encodeURIComponent(b),
        };
      },
    ),
    N(
      'servu-csrf-token',
      "Serv-U's web client's `CSRFToken` on a listing request: a per-session anti-forgery value, no credential.",
      (rng, t) => {
        const c = rng.hex(32);
        return { v: c, out: [L(t, '05', ++sid, `POST /?Command=ChangeDir&CSRFToken=${c} HTTP/1.1`)] };
      },
    ),
    2,
    N('servu-file-crc', 'The CRC32 Serv-U writes after an upload: a checksum, no credential.', (rng, t) => {
      const c = rng.hex(8).toUpperCase();
      return {
        v: c,
        out: [L(t, '06', ++sid, `Received file "D:\\Jaki\\2028\\jaki-${rng.int(100, 999)}.jpg" (2,411,903 bytes) CRC32 ${c}`)],
      };
    }),
    1,
  ];
  return log(rng, DAY_MH + 1 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// cnpilot-messages.log: the shop's Cambium cnPilot e410 with its guest Wi-Fi through an external captive portal; BSD
// syslog forwarded to the office PC (`Jan 24 09:14:02 host prog[pid]: text`). From memory.

function cnpilotLog(rng) {
  const L = (t, prog, text) => `${sysTime(t, MHT)} cnPilot-e410-Monwia ${prog}: ${text}`;
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join('-');
  const filler = (rng, t) =>
    rng.pick([
      () => [L(t, 'hostapd[812]', `wlan0: STA ${mac(rng).toLowerCase().replace(/-/g, ':')} IEEE 802.11: associated`)],
      () => [L(t, 'dhcpd[901]', `DHCPACK on 10.30.${rng.int(0, 3)}.${rng.int(2, 250)} to ${mac(rng).toLowerCase().replace(/-/g, ':')}`)],
    ])();
  const steps = [
    3,
    P(
      'api-key-name',
      'cnpilot-hotspot-login-ga-pass',
      'error',
      `${WHY.apiKey('ga_pass')} The external portal sends the guest back to the AP's login CGI with the guest account's password in the query; the hotspot daemon and the web server each write the URL.`,
      (rng, t) => {
        const p = rng.alnum(16);
        const url = `/cgi-bin/hotspot_login.cgi?ga_ssid=Jaki-ed%20Guest&ga_user=kwajalein22&ga_pass=${p}&ga_orig_url=http%3A%2F%2Fmon-wia.${JK}%2F`;
        return {
          v: p,
          out: [
            L(t, 'hotspotd[1040]', `redirect from portal: ${url}`),
            L(t + 1, 'lighttpd[700]', `10.30.1.${rng.int(2, 250)} "GET ${url} HTTP/1.1" 302`),
          ],
        };
      },
    ),
    2,
    N(
      'cnpilot-ga-qv-client-blob',
      "The AP's `ga_Qv` on its redirect to the portal: an encoded blob of the client's MAC, AP and SSID for the portal, no credential.",
      (rng, t) => {
        const q = rng.b64url(64);
        return {
          v: q,
          out: [
            L(
              t,
              'hotspotd[1040]',
              `redirect to https://portal.${JK}/?ga_ssid=Jaki-ed%20Guest&ga_ap_mac=${mac(rng)}&ga_cmac=${mac(rng)}&ga_Qv=${q}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'cnpilot-config-backup-upload-path-token',
      'error',
      WHY.pathSecret(
        'The nightly configuration backup is uploaded to a per-device upload URL with a token in its path (`/upload/<token>/…`); the config daemon writes the URL',
      ),
      (rng, t) => {
        const tk = rng.b64url(32);
        return { v: tk, out: [L(t, 'configd[640]', `backup uploaded to https://files.${JK}/upload/${tk}/cnpilot-e410.cfg (HTTP 201)`)] };
      },
    ),
    2,
    P(
      'webhook',
      'cnpilot-alarm-mattermost-webhook',
      'error',
      WHY.webhook(
        'A Mattermost incoming webhook (`/hooks/<26 characters>`) the AP posts alarms to ("Bōd: ejjeḷọk internet", "error: no internet"); the notifier writes the URL when the post fails',
      ),
      (rng, t) => {
        const h = rng.lowerNum(26);
        return {
          v: h,
          out: [L(t, 'notifyd[1102]', `post to https://chat.${JK}/hooks/${h} failed: timeout ("Bōd: ejjeḷọk internet ilo Mōn Wia")`)],
        };
      },
    ),
    N(
      'cnpilot-wpa-psk-masked',
      "The AP's configuration summary masks the guest network's passphrase (`wpa_passphrase=********`): a mask, no credential.",
      (rng, t) => ({
        v: 'wpa_passphrase=********',
        out: [L(t, 'configd[640]', `wlan 2 ssid="Jaki-ed Ofiij" security=wpa2-psk wpa_passphrase=******** vlan=${rng.int(10, 40)}`)],
      }),
    ),
    2,
  ];
  return log(rng, DAY_MH + 8 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// robyn-monwia.log: the online shop (mōn wia, "store") on Robyn, a Python framework with a Rust runtime; Python logging
// `%(asctime)s %(levelname)s %(name)s: %(message)s`, objects printed with repr(). From memory.

function robynLog(rng) {
  const L = (t, level, name, text) => `${commaMs(t, MHT)} ${level} ${name}: ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => [
        L(
          t,
          'INFO',
          'robyn.logger',
          `${rng.pick(['GET', 'GET', 'POST'])} ${rng.pick(['/', '/jaki', '/ek', '/wia', '/static/app.css'])} 200`,
        ),
      ],
      () => [L(t, 'INFO', 'monwia.wia', `Kōnnaan: oota #${rng.int(2000, 2999)} emōj kōḷḷā (paid)`)],
    ])();
  const steps = [
    { raw: { out: [L(DAY_MH + 9 * HOUR, 'INFO', 'robyn.logger', 'Starting server at http://0.0.0.0:8080')] }, after: 0 },
    P(
      'framework-dump',
      'robyn-settings-dict-repr-naan-delon',
      'error',
      'At start the shop logs its settings dict with repr(); the mail account\'s password sits under `naan_in_delon` ("word of entering").',
      (rng, t) => {
        const pw = rng.alnum(18);
        return {
          v: pw,
          out: [
            L(
              t,
              'DEBUG',
              'monwia.settings',
              `{'jikin': 'Majuro', 'smtp_host': 'mail.${JK}', 'smtp_user': 'monwia', 'naan_in_delon': '${pw}', 'debug': True}`,
            ),
          ],
        };
      },
      { after: 1 },
    ),
    3,
    P(
      'oauth-code',
      'robyn-request-repr-query-params-code',
      'warning',
      `${WHY.code} A debug line prints Robyn's request object with repr(), its \`query_params\` holding the Facebook Login callback's code.`,
      (rng, t) => {
        const code = `AQ${rng.b64url(200)}`;
        return {
          v: code,
          out: [
            L(
              t,
              'DEBUG',
              'monwia.delon',
              `Request(method='GET', url=Url(scheme='https', host='mon-wia.${JK}', path='/delon/facebook'), query_params=QueryParams({'code': ['${code}'], 'state': ['${rng.hex(24)}']}), ip_addr='${publicIp(rng)}')`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'robyn-headers-repr-cookie-ien',
      'error',
      WHY.session('The request\'s headers printed as a dict; the shop\'s session cookie is `ien` ("time", the time of a visit)'),
      (rng, t) => {
        const s = rng.hex(48);
        return {
          v: s,
          out: [
            L(
              t,
              'WARNING',
              'monwia.wia',
              `kōḷḷā ekar bōd (payment failed), headers={'host': 'mon-wia.${JK}', 'cookie': 'ien=${s}; kajin=mh', 'user-agent': 'Mozilla/5.0'}`,
            ),
          ],
        };
      },
    ),
    2,
    N('robyn-csrf-field', 'A `csrf_token` field in a logged form (a per-form anti-forgery value): no credential.', (rng, t) => {
      const c = rng.hex(40);
      return { v: c, out: [L(t, 'DEBUG', 'monwia.wia', `form={'csrf_token': '${c}', 'jaki': '14', 'oran': '2'}`)] };
    }),
    P(
      'refresh-token',
      'robyn-token-response-repr',
      'error',
      `${WHY.refresh} The courier's token response, printed with repr() after a parse error.`,
      (rng, t) => {
        const r = rng.b64url(64);
        return {
          v: r,
          out: [
            L(t, 'ERROR', 'monwia.wa', `KeyError('expires_in') in {'access_token': None, 'refresh_token': '${r}', 'token_type': 'bearer'}`),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'robyn-error-quotes-embed-url-30d-jti',
      'error',
      "The shop's page for a buyer embeds a report through `/embed/<JWT>` and the fetch error quotes the URL; the token lives 30 days with a jti",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          claims: { sub: `buyer-${rng.int(10, 99)}`, resource: 'wia-2028' },
        });
        return {
          v: token,
          jwt: facts,
          out: [L(t, 'ERROR', 'monwia.report', `httpx.ConnectTimeout while fetching https://report.${JK}/embed/${token}`)],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'robyn-dict-kii-api',
      'error',
      `${WHY.apiKey('kii_api')} The payment gateway's client config printed as a dict after a 401.`,
      (rng, t) => {
        const k = `mh_${rng.alnum(32)}`;
        return {
          v: k,
          out: [
            L(
              t,
              'ERROR',
              'monwia.kolla',
              `401 from gateway, config={'url': 'https://pay.bank-mi.example/v1', 'kii_api': '${k}', 'jikin': 'MAJ'}`,
            ),
          ],
        };
      },
    ),
    2,
    N('robyn-order-uuid', 'An order id (a UUID) in the confirmation message: an identifier, no credential.', (rng, t) => {
      const u = rng.uuid();
      return { v: u, out: [L(t, 'INFO', 'monwia.wia', `Kōnnaan eo ekar jilkinḷọk ñan ri-wia (oota ${u})`)] };
    }),
    1,
  ];
  return log(rng, DAY_MH + 9 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// mouseflow-recordings.jsonl: the shop's recordings read from Mouseflow's REST API (`/websites/{id}/recordings`), one
// recording a line (`id`, `created`, `entryUrl`, `pageviews` with each page's `url`). From memory.

function mouseflowLog(rng) {
  const S = `https://mon-wia.${JK}`;
  const rec = (rng, t, urls) =>
    JSON.stringify({
      id: rng.hex(32),
      created: iso(t),
      country: rng.pick(['mh', 'us', 'fm']),
      device: rng.pick(['Mobile', 'Desktop']),
      duration: rng.int(20, 900),
      entryUrl: urls[0],
      pageviews: urls.map((url, i) => ({ id: rng.hex(32), url, startTime: iso(t + i * 30000) })),
    });
  const filler = (rng, t) => [rec(rng, t, [`${S}/`, `${S}/jaki/${rng.int(1, 60)}`, `${S}/wia`].slice(0, rng.int(1, 3)))];
  const steps = [
    2,
    P(
      'implicit-fragment',
      'mouseflow-pageview-url-access-token-fragment',
      'error',
      "Mouseflow's script records `location.href` with its fragment; a buyer's sign-in through the implicit flow lands on `#access_token=…`.",
      (rng, t) => {
        const at = rng.b64url(43);
        return { v: at, out: [rec(rng, t, [`${S}/`, `${S}/delon/callback#access_token=${at}&token_type=Bearer&expires_in=3600`])] };
      },
    ),
    2,
    P(
      'id-token',
      'mouseflow-pageview-url-id-token-expired',
      'note',
      "A recording's page URL with `#id_token=…`; the recording was read a day later, and the token had expired before the page view's time",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + rng.int(600, 3000),
          claims: { iss: `https://id.${JK}`, aud: 'mon-wia', sub: rng.uuid() },
        });
        return { v: token, jwt: facts, out: [rec(rng, t, [`${S}/delon/callback#id_token=${token}&state=${rng.hex(16)}`])] };
      },
    ),
    2,
    P(
      'path-secret',
      'mouseflow-entry-url-lale-share',
      'error',
      WHY.pathSecret('A buyer opened a private catalogue link (`/lale/<token>`, lale: "look"); the recording\'s entry URL'),
      (rng, t) => {
        const tk = rng.b64url(22);
        return { v: tk, out: [rec(rng, t, [`${S}/lale/${tk}`, `${S}/jaki/12`])] };
      },
    ),
    N('mouseflow-utm-and-fbclid', "Facebook's `fbclid` on a recording's entry URL: a click id, no credential.", (rng, t) => {
      const f = `IwAR${rng.b64url(56)}`;
      return { v: f, out: [rec(rng, t, [`${S}/jaki?utm_source=facebook&fbclid=${f}`])] };
    }),
    2,
    P(
      'session-id',
      'mouseflow-url-jsessionid-path-parameter',
      'error',
      WHY.session(
        "The courier-tracking page the shop links to rewrites URLs with `;jsessionid=…` when cookies are off; a recording's page URL keeps it",
      ),
      (rng, t) => {
        const s = rng.hex(32).toUpperCase();
        return { v: s, out: [rec(rng, t, [`${S}/wia/2290`, `https://track.wa-majuro.example/lale;jsessionid=${s}?oota=2290`])] };
      },
    ),
    2,
    P(
      'api-key-name',
      'mouseflow-url-kii-query',
      'error',
      `${WHY.apiKey('kii')} The shop's staff page for stock calls itself with the key in the query, and Mouseflow records the URL.`,
      (rng, t) => {
        const k = rng.alnum(32);
        return { v: k, out: [rec(rng, t, [`${S}/jerbal/ek?kii=${k}&raan=${iso(t).slice(0, 10)}`])] };
      },
    ),
    2,
    P(
      'encoded',
      'mouseflow-url-double-encoded-return-token',
      'error',
      'A page URL whose `return=` holds, percent-encoded twice, a confirmation link with `token=`.',
      (rng, t) => {
        const tk = rng.b64url(32);
        return { v: tk, out: [rec(rng, t, [`${S}/kolla/done?return=%252Fwia%252Fconfirm%253Ftoken%253D${tk}`])] };
      },
    ),
    N('mouseflow-recording-id', "Mouseflow's own recording id (32 hex digits) in a line: an identifier, no credential.", (rng, t) => {
      const line = rec(rng, t, [`${S}/ek`]);
      return { v: JSON.parse(line).id, out: [line] };
    }),
    1,
  ];
  return log(rng, DAY_MH + 10 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// tixati-events.log: Tixati on the school's PC, seeding training videos from a small private tracker of Pacific schools;
// its event log saved to a file (`[MM/dd/yyyy HH:mm:ss] text`). From memory.

function tixatiLog(rng) {
  const L = (t, text) => `[${usTime(t, MHT).slice(0, 19)}] ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => [L(t, `ekkatak-jaki-${rng.int(1, 9)}: peer ${publicIp(rng)}:${rng.int(1024, 65535)} connected`)],
      () => [L(t, `ekkatak-jaki-${rng.int(1, 9)}: uploaded ${rng.int(1, 900)} MB, ratio 3.${rng.int(10, 99)}`)],
    ])();
  const steps = [
    3,
    P(
      'api-key-name',
      'tixati-tracker-announce-passkey',
      'error',
      `${WHY.apiKey('passkey')} A private tracker's announce URL; Tixati's event line writes it when the announce fails.`,
      (rng, t) => {
        const k = rng.hex(32);
        return {
          v: k,
          out: [L(t, `ekkatak-jaki-3: tracker https://tracker.pacific-schools.example/announce?passkey=${k} error: connection timed out`)],
        };
      },
    ),
    3,
    N('tixati-info-hash', "A torrent's info-hash (40 hex digits) in Tixati's added line: public, no credential.", (rng, t) => {
      const h = rng.hex(40).toUpperCase();
      return { v: h, out: [L(t, `added transfer ekkatak-jaki-4 (info-hash ${h})`)] };
    }),
    P(
      'path-secret',
      'tixati-torrent-download-token-path',
      'error',
      WHY.pathSecret("The .torrent file fetched from the tracker's personal download link (`/dl/<token>/…torrent`); Tixati writes the URL"),
      (rng, t) => {
        const tk = rng.hex(40);
        return { v: tk, out: [L(t, `downloading torrent from https://tracker.pacific-schools.example/dl/${tk}/ekkatak-jaki-4.torrent`)] };
      },
    ),
    3,
    N('tixati-peer-id', "Tixati's own peer id (`-TX…`) in a line: an identifier of the client, no credential.", (rng, t) => {
      const p = `-TX3310-${rng.alnum(12)}`;
      return { v: p, out: [L(t, `local peer id ${p}`)] };
    }),
    2,
  ];
  return log(rng, DAY_MH + 11 * HOUR, filler, steps);
}

// =====================================================================================================================
// Ñuu Kafe, coffee co-operative of the Mixteca Alta (Mixtec, Tu'un Savi; CST, UTC-6)
// =====================================================================================================================

const NK = 'nuukafe.example';

// ---------------------------------------------------------------------------------------------------------------------
// masonite.log: the members' site on Masonite 4 (Python), its file log (`[yyyy-MM-dd HH:mm:ss] LEVEL: message`), the
// exception handler's traceback summaries and request dumps. From memory.

function masoniteLog(rng) {
  const L = (t, level, text) => `[${ymdHmsAt(t, CST)}] ${level}: ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => [L(t, 'INFO', `Tutu ${rng.int(100, 999)} ni ka'vi (receipt read)`)],
      () => [L(t, 'INFO', `GET /xuun/${rng.int(1, 90)} 200`)],
    ])();
  const steps = [
    2,
    P(
      'framework-dump',
      'masonite-exception-env-dump-db-password',
      'error',
      "Masonite's exception handler, left in debug, writes the environment with the request; `DB_PASSWORD` is in it.",
      (rng, t) => {
        const pw = rng.alnum(20);
        return {
          v: pw,
          out: [
            L(t, 'ERROR', "OperationalError: (2003) Can't connect to MySQL server"),
            `  env: {'APP_ENV': 'production', 'DB_HOST': 'db.${NK}', 'DB_USERNAME': 'nuukafe', 'DB_PASSWORD': '${pw}', 'APP_DEBUG': 'True'}`,
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'masonite-request-headers-authorization-bearer',
      'error',
      "The exception handler's request dump lists the headers, the mobile app's `Authorization: Bearer` (an opaque access token) among them.",
      (rng, t) => {
        const at = rng.alnum(48);
        return {
          v: at,
          out: [
            L(t, 'ERROR', "ValueError: invalid literal for int() with base 10: 'kuu'"),
            `  headers: {'Host': 've-e.${NK}', 'Authorization': 'Bearer ${at}', 'Accept': 'application/json'}`,
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'masonite-request-cookie-session',
      'error',
      WHY.session("Masonite's session cookie (`SESSID`) in the request dump's `Cookie` header"),
      (rng, t) => {
        const s = rng.hex(40);
        return { v: s, out: [L(t, 'WARNING', `Tu'un ña kuu ka'vi (form invalid) cookie=SESSID=${s}; tu_un=mxb`)] };
      },
    ),
    2,
    N('masonite-csrf-token-field', "Masonite's `__token` CSRF field in a form dump: an anti-forgery value, no credential.", (rng, t) => {
      const c = rng.alnum(40);
      return { v: c, out: [L(t, 'DEBUG', `input: {'__token': '${c}', 'kilo': '46', 'ñuu': 'Yucuhiti'}`)] };
    }),
    P(
      'webhook',
      'masonite-error-quotes-discord-webhook',
      'error',
      WHY.webhook(
        "A Discord webhook (`discord.com/api/webhooks/<id>/<token>`) the site posts new members to; requests' `HTTPError` quotes it",
      ),
      (rng, t) => {
        const id = `1${digits(rng, 18)}`;
        const tk = rng.b64url(68);
        return {
          v: tk,
          n: `${id}/${tk}`,
          out: [L(t, 'ERROR', `HTTPError: 429 Client Error: Too Many Requests for url: https://discord.com/api/webhooks/${id}/${tk}`)],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'masonite-embed-jwt-expired',
      'note',
      "A member's page embeds the price board through `/embed/<JWT>` and the renderer's warning quotes it; the token had expired an hour before the line",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 7200 + rng.int(60, 900),
          claims: { resource: { dashboard: 3 }, params: { nuu: 'tlaxiaco' } },
        });
        return { v: token, jwt: facts, out: [L(t, 'WARNING', `embed expired: https://tutu.${NK}/embed/${token}`)] };
      },
    ),
    2,
    P(
      'refresh-token',
      'masonite-oauth-response-dict-refresh-token',
      'error',
      `${WHY.refresh} The bank's token response, logged as a dict when the site could not store it.`,
      (rng, t) => {
        const r = rng.b64url(60);
        return {
          v: r,
          out: [L(t, 'ERROR', `Ña kuu chu'un (could not save): {'access_token': None, 'refresh_token': '${r}', 'scope': 'accounts'}`)],
        };
      },
    ),
    1,
    P(
      'api-key-name',
      'masonite-url-yave-query',
      'error',
      `${WHY.apiKey('yave')} The site calls the co-operative's weighing service with the key under \`yave\` ("key", the loan Mixtec speakers use), and the error quotes the URL.`,
      (rng, t) => {
        const k = rng.alnum(32);
        return { v: k, out: [L(t, 'ERROR', `ConnectionError: https://kilo.${NK}/pesa?yave=${k}&nuu=Yucuhiti`)] };
      },
    ),
    N(
      'masonite-password-masked',
      "The user model's repr masks the password hash (`password='********'`): a mask, no credential.",
      (rng, t) => ({ v: "password='********'", out: [L(t, 'DEBUG', `User(id=${rng.int(1, 400)}, name='Nicolasa', password='********')`)] }),
    ),
    1,
  ];
  return log(rng, DAY_MX + 14 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// goyave-api.log: the co-operative's API on Goyave (Go), stdout: its access logger in Combined Log Format and the error
// logger (Go's `log`: `2028/02/07 08:14:02 …`). From memory.

function goyaveLog(rng) {
  const A = (rng, t, method, path, status, ref = '-') =>
    `${publicIp(rng)} - - [${clf(t, CST)}] "${method} ${path} HTTP/1.1" ${status} ${rng.int(80, 9000)} "${ref}" "${rng.pick(BROWSERS)}"`;
  const E = (t, text) => `${goTime(t, CST)} ${text}`;
  const filler = (rng, t) => [A(rng, t, 'GET', rng.pick(['/kafe', '/kafe/yavi', '/xuun', '/ve-e']), 200)];
  const steps = [
    2,
    P(
      'oauth-code',
      'goyave-access-and-error-callback-code',
      'warning',
      `${WHY.code} The access logger writes the callback's request line, and the error logger quotes the URL when the exchange fails.`,
      (rng, t) => {
        const code = rng.b64url(40);
        const url = `/kivi/callback?code=${code}&state=${rng.hex(20)}`;
        return { v: code, out: [E(t, `oauth2: cannot fetch token for ${url}: 401 Unauthorized`), A(rng, t, 'GET', url, 500)] };
      },
    ),
    2,
    P(
      'replay',
      'goyave-tutu-first',
      'note',
      WHY.ticketFirst('A single-use pickup slip for roasted coffee (`tutu`, "paper"), scanned at the warehouse; the access line of its'),
      (rng, t) => {
        const tk = rng.alnum(24);
        firstUse.tutu = t;
        return { v: tk, out: [`203.0.113.40 - - [${clf(t, CST)}] "POST /kafe/tutu?tutu=${tk} HTTP/1.1" 200 61 "-" "okhttp/5.3.2"`] };
      },
      { ref: 'tutu' },
    ),
    1,
    P(
      'replay',
      'goyave-tutu-again',
      'replay',
      '',
      (rng, t, refs) => ({
        marks: [
          {
            value: refs.get('tutu').value,
            why: `${WHY.replay('tutu', gap('tutu', t))} Another address posted the same pickup slip and the API accepted it again (200).`,
          },
        ],
        out: [`198.51.100.87 - - [${clf(t, CST)}] "POST /kafe/tutu?tutu=${refs.get('tutu').value} HTTP/1.1" 200 61 "-" "okhttp/5.3.2"`],
      }),
      { replayOf: 'tutu', after: 212 },
    ),
    2,
    P(
      'embed-jwt',
      'goyave-referer-embed-jwt-no-exp',
      'error',
      'A request whose `Referer` is a price board embedded through `/embed/<JWT>`; the token has no `exp`',
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { claims: { resource: { dashboard: 5 }, params: {} } });
        return { v: token, jwt: facts, out: [A(rng, t, 'GET', '/kafe/yavi', 200, `https://tutu.${NK}/embed/${token}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'goyave-access-yave-api',
      'error',
      `${WHY.apiKey('yave_api')} The roasting service calls the API with its key in the query; the access line.`,
      (rng, t) => {
        const k = rng.hex(40);
        return { v: k, out: [A(rng, t, 'GET', `/kafe/yavi?yave_api=${k}`, 200)] };
      },
    ),
    N('goyave-request-id', 'A request id (UUID) the error logger writes: an identifier, no credential.', (rng, t) => {
      const u = rng.uuid();
      return { v: u, out: [E(t, `request ${u}: validation failed: kilo must be numeric`)] };
    }),
    2,
    P(
      'path-secret',
      'goyave-redirect-location-path-token',
      'error',
      WHY.pathSecret(
        "The API redirects a member to their statement through a download link with a token in its path, and the error logger writes the redirect's `Location`",
      ),
      (rng, t) => {
        const tk = rng.b64url(30);
        return { v: tk, out: [E(t, `redirect: Location: https://tutu.${NK}/nuu/${tk}/xuun-2027.pdf`)] };
      },
    ),
    2,
    P(
      'encoded',
      'goyave-base64-state-yave',
      'error',
      'A `state=` parameter holding base64 of JSON in which the app put its `yave`; the access line of the return.',
      (rng, t) => {
        const b = b64urlOf(JSON.stringify({ ve_e: '/kafe', yave: rng.alnum(32) }));
        return { v: b, out: [A(rng, t, 'GET', `/kafe/return?state=${b}`, 302)] };
      },
    ),
    N('goyave-static-image-content-hash', 'An image path with its content hash: a cache key, no credential.', (rng, t) => {
      const h = rng.hex(16);
      return { v: h, out: [A(rng, t, 'GET', `/static/kafe.${h}.webp`, 304)] };
    }),
    1,
  ];
  return log(rng, DAY_MX + 15 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// fanvil-syslog.log: the office's Fanvil X4U phone, syslog to the office server: `<pri>Mon dd HH:mm:ss model [module]
// text`. From memory.

function fanvilLog(rng) {
  const L = (t, mod, text, pri = 134) => `<${pri}>${sysTime(t, CST)} X4U [${mod}] ${text}`;
  const filler = (rng, t) =>
    rng.pick([
      () => [L(t, 'sip', `REGISTER 200 OK line 1 expires 3600`)],
      () => [L(t, 'call', `outgoing call to ${digits(rng, 10)} duration ${rng.int(4, 600)}s`)],
    ])();
  const steps = [
    2,
    P(
      'path-secret',
      'fanvil-autoprovision-url-token-path',
      'error',
      WHY.pathSecret(
        'The phone fetches its configuration from a provisioning URL with a per-device token in its path; the provisioning module writes it',
      ),
      (rng, t) => {
        const tk = rng.hex(32);
        return { v: tk, out: [L(t, 'auto_provision', `download https://prov.${NK}/p/${tk}/0c383e${rng.hex(6)}.cfg`)] };
      },
    ),
    2,
    P(
      'header-dump',
      'fanvil-http-debug-authorization-basic',
      'error',
      'With HTTP debug on, the provisioning module writes the request header it sends, `Authorization: Basic` (base64 of user and password).',
      (rng, t) => {
        const b = b64Of(`telefono:${rng.alnum(14)}`);
        return { v: b, out: [L(t, 'http', `>> Authorization: Basic ${b}`, 135)] };
      },
    ),
    2,
    N('fanvil-sip-call-id', "A SIP `Call-ID` in the phone's log: an identifier of one call, no credential.", (rng, t) => {
      const c = `${rng.hex(32)}@10.40.0.21`;
      return { v: c, out: [L(t, 'sip', `INVITE Call-ID: ${c}`)] };
    }),
    P(
      'webhook',
      'fanvil-action-url-webhook-path-secret',
      'error',
      WHY.webhook(
        "An Action URL the phone calls on a missed call: a webhook of the co-operative's automation with its secret in the path (`/webhook/<secret>`)",
      ),
      (rng, t) => {
        const s = rng.b64url(32);
        return { v: s, out: [L(t, 'action_url', `missed call -> GET https://n8n.${NK}/webhook/${s}?ka_an=${digits(rng, 10)}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'fanvil-phonebook-url-yave',
      'error',
      `${WHY.apiKey('yave')} The remote phonebook is fetched with the key under \`yave\`, and the module writes the URL.`,
      (rng, t) => {
        const k = rng.alnum(28);
        return { v: k, out: [L(t, 'phonebook', `fetch https://ve-e.${NK}/tutu-nuu.xml?yave=${k} (${rng.int(20, 90)} entries)`)] };
      },
    ),
    N('fanvil-firmware-md5', "The firmware image's MD5 the phone checks before upgrading: a checksum, no credential.", (rng, t) => {
      const m = rng.hex(32);
      return { v: m, out: [L(t, 'upgrade', `firmware md5 ${m} ok`)] };
    }),
    1,
  ];
  return log(rng, DAY_MX + 8 * HOUR, filler, steps);
}

// ---------------------------------------------------------------------------------------------------------------------
// gotham-tueste.log: the roasting service (tueste, a Spanish loan the members use) on Gotham (Rust), env_logger's
// `[2028-02-07T08:14:02Z LEVEL target] text`, structs printed with `{:?}`. From memory.

function gothamLog(rng) {
  const L = (t, level, target, text) => `[${iso(t).slice(0, 19)}Z ${level.padEnd(5)} ${target}] ${text}`;
  const filler = (rng, t) => [
    L(
      t,
      'INFO',
      'gotham::middleware::logger',
      `${publicIp(rng)} - - "GET /tueste/${rng.int(1, 40)} HTTP/1.1" 200 ${rng.int(80, 4000)} - ${rng.int(1, 30)}.${rng.int(100, 999)}ms`,
    ),
  ];
  const steps = [
    2,
    P(
      'refresh-token',
      'gotham-debug-token-response-struct',
      'error',
      `${WHY.refresh} The service prints the bank's token response with \`{:?}\` (a Rust struct).`,
      (rng, t) => {
        const r = rng.b64url(56);
        return {
          v: r,
          out: [
            L(
              t,
              'DEBUG',
              'tueste::xuun',
              `TokenResponse { access_token: "${rng.b64url(40)}", refresh_token: Some("${r}"), expires_in: Some(3600) }`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'header-dump',
      'gotham-headermap-authorization-jwt',
      'error',
      "A `{:?}` of the request's `HeaderMap` after a failed check, `authorization: Bearer <JWT>` in it: 15 minutes, a jti, live",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 900, jti: true, claims: { sub: rng.uuid(), scope: 'tueste' } });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              t,
              'WARN',
              'tueste::auth',
              `scope mismatch, headers: {"host": "tueste.${NK}", "authorization": "Bearer ${token}", "accept": "*/*"}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'gotham-location-header-fragment',
      'error',
      "The service answers a sign-in with a redirect whose `Location` carries `#access_token=…`, and a debug line prints the response's headers.",
      (rng, t) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            L(
              t,
              'DEBUG',
              'tueste::kivi',
              `response 302 {"location": "https://tueste.${NK}/#access_token=${at}&token_type=bearer", "cache-control": "no-store"}`,
            ),
          ],
        };
      },
    ),
    N('gotham-batch-uuid', 'A roast batch id (UUID) in the `{:?}` of a batch: an identifier, no credential.', (rng, t) => {
      const u = rng.uuid();
      return { v: u, out: [L(t, 'INFO', 'tueste::batch', `Batch { id: ${u}, kilo: ${rng.int(20, 80)}, nuu: "Yucuhiti" }`)] };
    }),
    2,
    P(
      'id-token',
      'gotham-debug-claims-raw-id-token',
      'error',
      "A `{:?}` of the sign-in callback's form with the raw `id_token`; an hour of life, live at the line's time",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3600, claims: { iss: `https://kivi.${NK}`, aud: 'tueste', sub: rng.uuid() } });
        return {
          v: token,
          jwt: facts,
          out: [L(t, 'DEBUG', 'tueste::kivi', `CallbackForm { id_token: "${token}", state: "${rng.hex(16)}" }`)],
        };
      },
    ),
    2,
    P(
      'webhook',
      'gotham-error-telegram-bot-url',
      'error',
      WHY.webhook(
        "The Telegram bot URL (`api.telegram.org/bot<token>/sendMessage`) reqwest's error quotes when an alert to the roasters fails",
      ),
      (rng, t) => {
        const tk = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
        return {
          v: tk,
          out: [
            L(
              t,
              'ERROR',
              'tueste::alerta',
              `reqwest::Error { kind: Request, url: "https://api.telegram.org/bot${tk}/sendMessage", source: TimedOut }`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'replay',
      'gotham-one-time-ticket-first',
      'note',
      WHY.ticketFirst("A one-time WebSocket ticket (`ws_ticket`) for the roaster's live temperature view, in the logged request line"),
      (rng, t) => {
        const tk = rng.alnum(32);
        return {
          v: tk,
          out: [
            L(t, 'INFO', 'gotham::middleware::logger', `${publicIp(rng)} - - "GET /tueste/vivo?ws_ticket=${tk} HTTP/1.1" 101 0 - 0.412ms`),
          ],
        };
      },
    ),
    N(
      'gotham-public-key-fingerprint',
      "The service logs the SHA-256 fingerprint of the signing key's public half: a fingerprint, no credential.",
      (rng, t) => {
        const f = rng.bytes(32).toString('base64').replace(/=+$/, '');
        return { v: f, out: [L(t, 'INFO', 'tueste', `loaded jwks, key SHA256:${f}`)] };
      },
    ),
    1,
  ];
  return log(rng, DAY_MX + 9 * HOUR, filler, steps);
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout129');
writePart(join(here, 'heldout129'), {
  'martini-vegbox.log': martiniLog(rng),
  'mc-backup.log': mcLog(rng),
  'CrushFTP.log': crushLog(rng),
  'rambox-main.log': ramboxLog(rng),
  'bugfender-delivery.jsonl': bugfenderLog(rng),
  'serv-u-jakied.log': servuLog(rng),
  'cnpilot-messages.log': cnpilotLog(rng),
  'robyn-monwia.log': robynLog(rng),
  'mouseflow-recordings.jsonl': mouseflowLog(rng),
  'tixati-events.log': tixatiLog(rng),
  'masonite.log': masoniteLog(rng),
  'goyave-api.log': goyaveLog(rng),
  'fanvil-syslog.log': fanvilLog(rng),
  'gotham-tueste.log': gothamLog(rng),
});
