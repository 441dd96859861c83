// Writes corpus/logs-in-the-wild/heldout122/: a held-out part in formats no other part uses (an IHP app's development
// server log (WAI's logStdoutDev), Bitwarden desktop's electron-log file, DavMail's log4j log, `spack -d install` output,
// Thanos' logfmt, OpenObserve's stdout with actix-web's access lines, StarRocks' `fe.audit.log`, soju's `-debug` log, a
// Conan 2 CI job's output, Milvus' zap log, Vespa's `vespa.log`, coturn's turnserver log, YugabyteDB's YSQL
// (PostgreSQL) log, Weaviate's logrus JSON lines), with credentials planted where those programs write them and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout122.mjs     rewrites heldout122/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys through build-log.mjs' `jwt`. The log builder (labels, repeat lines, the check that no planted value
// is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: Parrett Tide Watch, a citizen-science group of Bridgwater (Somerset) with tide gauges, a web app,
// a small compute cluster and a metrics stack (English, five logs); Pyssyjoen savukala, a smoked-fish and tourism
// co-operative of Pyssyjoki (Børselv, Porsanger) that works in Kven (five logs); the Luuditsan küläseura, a village
// society of Luuditsa (Lužicy, Ingria) with a museum archive, a video-call relay and a guest register, that works in
// Votic (four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, goJson, HOUR, local, lowerNum, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Go-http-client/2.0', 'okhttp/5.3.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildPlain = logBuilder(baseRequest);
/** Ordinary lines between planted ones come three times as many as a step's number says (a day's log, not a sample). */
const buildLog = (rng, spec) => buildPlain(rng, { ...spec, steps: spec.steps.map((step) => (typeof step === 'number' ? step * 3 : step)) });
const { firstUse, gap } = replayClock();

/** Somerset in December (GMT), Finnmark (CET, UTC+1), Ingria (MSK, UTC+3 all year). */
const GMT = 0;
const CET = 60;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_KV = Date.UTC(2027, 11, 14, 0, 0, 0);
const DAY_VO = Date.UTC(2027, 11, 15, 0, 0, 0);

const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;

/**
 * A planted step whose `make(rng, t, refs)` returns `{ v, out, n?, jwt? }`: the value, the lines (each may be a
 * function of the line's time), the needle when it differs from the value, the JWT's facts.
 */
const P = (category, kind, expect, why, make, options) =>
  plant(
    category,
    kind,
    expect,
    why,
    ({ rng, t, refs }) => {
      const r = make(rng, t, refs);
      if (r.marks) return { marks: r.marks, event: { out: r.out } };
      return { value: r.v, needle: r.n, jwt: r.jwt, event: { out: r.out } };
    },
    options,
  );
const N = (kind, why, make, options) => P('negative', kind, 'none', why, make, options);
const render = (e) => e.out.map((line) => (typeof line === 'function' ? line(e.t) : line));
const raw = (out, after) => ({ raw: { out }, ...(after !== undefined ? { after } : {}) });

// =====================================================================================================================
// Parrett Tide Watch (English; Bridgwater, Somerset: GMT)
// =====================================================================================================================

const PT = 'parretttidewatch.example';

// ---------------------------------------------------------------------------------------------------------------------
// ihp-tidewatch-dev.log: the volunteers' web app (IHP, Haskell) run with `devenv up` on the group's small server, its
// terminal captured with `tee`. IHP's development server logs each request with WAI's `logStdoutDev`: the method and path
// (no query), `  Params: [...]` (Haskell's `show` of the query and form parameters as a list of pairs), `  Request
// Body: …` for a JSON body, `  Accept: …`, `  Status: <code> <message> <seconds>s`; the app's own `putStrLn` lines in
// between. No time on the lines.
// From memory (WAI's RequestLogger `logStdoutDev` layout; not fetched).

function ihpLog(rng) {
  const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const req = (method, path, params, status, extra = []) => [
    `${method} ${path}`,
    `  Params: [${params.map(([k, v]) => `("${k}","${v}")`).join(',')}]`,
    ...extra,
    `  Accept: ${accept}`,
    `  Status: ${status} 0.00${digits(rng, 4)}s`,
  ];
  const PAGES = ['/Gauges', '/Readings', '/Volunteers', '/Map', '/Tides/Today', '/Gauges/Combwich'];
  const filler = (rng) => ({ out: req('GET', rng.pick(PAGES), rng.int(0, 1) ? [] : [['page', String(rng.int(2, 9))]], '200 OK') });
  const steps = [
    raw(['Server started', 'IHP dev server running on http://localhost:8000/', 'Type checking and compiling...', 'Reloaded'], 0),
    3,
    P(
      'oauth-code',
      'ihp-params-oauth-callback-code',
      'warning',
      `${WHY.code} WAI's development logger shows the query of the callback in \`Params\` as Haskell pairs.`,
      (rng) => {
        const c = rng.b64url(32);
        return {
          v: c,
          out: req(
            'GET',
            '/OAuth/Callback',
            [
              ['code', c],
              ['state', rng.b64url(22)],
            ],
            '302 Found',
          ),
        };
      },
    ),
    2,
    P(
      'framework-dump',
      'ihp-params-login-password',
      'error',
      "A volunteer's sign-in form: the development logger prints every form field in `Params`, the `password` among them.",
      (rng) => {
        const pw = rng.alnum(14);
        return {
          v: pw,
          out: req(
            'POST',
            '/CreateSession',
            [
              ['email', 'sam.h@parretttidewatch.example'],
              ['password', pw],
            ],
            '302 Found',
          ),
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'ihp-params-gauge-key',
      'error',
      `${WHY.apiKey('gauge_key')} A tide gauge posts its reading with its key in the query; \`Params\` shows it.`,
      (rng) => {
        const k = rng.alnum(40);
        return {
          v: k,
          out: req(
            'POST',
            '/api/Readings',
            [
              ['gauge', 'combwich-2'],
              ['gauge_key', k],
              ['level_mm', String(rng.int(3000, 9800))],
            ],
            '201 Created',
          ),
        };
      },
    ),
    N(
      'ihp-params-pagination-cursor',
      "A readings page's `cursor` (base64 of the last row's time and id): a pagination cursor, no credential.",
      (rng) => {
        const c = Buffer.from(`2027-12-13T0${rng.int(1, 9)}:00:00Z|${rng.int(10000, 99999)}`).toString('base64url');
        return { v: c, out: req('GET', '/Readings', [['cursor', c]], '200 OK') };
      },
    ),
    2,
    P(
      'path-secret',
      'ihp-path-export-token',
      'error',
      WHY.pathSecret(
        "A monthly readings export sent to the Environment Agency contact as a link whose path holds the export's token (`/exports/<token>/…csv`)",
      ),
      (rng) => {
        const tok = rng.b64url(32);
        return { v: tok, out: req('GET', `/exports/${tok}/parrett-readings-2027-11.csv`, [], '200 OK') };
      },
    ),
    2,
    P(
      'refresh-token',
      'ihp-request-body-refresh-token',
      'error',
      `${WHY.refresh} The gauge companion app's JSON renewal body, which the development logger prints as \`Request Body\`.`,
      (rng) => {
        const r = rng.b64url(64);
        return {
          v: r,
          out: req('POST', '/api/Token', [], '200 OK', [
            `  Request Body: {"grant_type":"refresh_token","refresh_token":"${r}","client_id":"tidewatch-android"}`,
          ]),
        };
      },
    ),
    N('ihp-params-record-uuid', "IHP's record ids are UUIDs (`gaugeId`): a primary key in a URL, no credential.", (rng) => {
      const id = rng.uuid();
      return { v: id, out: req('GET', '/ShowGauge', [['gaugeId', id]], '200 OK') };
    }),
    2,
    P(
      'replay',
      'ihp-params-workshop-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use entry ticket for the gauge-building workshop (`ticket=`), scanned at the door and logged by the app with the scanner's address. The ticket is",
      ),
      (rng, t) => {
        const tk = rng.alnum(24);
        firstUse.ticket = t;
        return {
          v: tk,
          out: [...req('GET', '/Tickets/Redeem', [['ticket', tk]], '200 OK'), 'Ticket redeemed for workshop 14 by 203.0.113.41'],
        };
      },
      { ref: 'ticket' },
    ),
    1,
    P(
      'replay',
      'ihp-params-workshop-ticket-again',
      'replay',
      '',
      (rng, t, refs) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} A phone on another address presented the same ticket and the app let it in again.`,
          },
        ],
        out: [
          ...req('GET', '/Tickets/Redeem', [['ticket', refs.get('ticket').value]], '200 OK'),
          'Ticket redeemed for workshop 14 by 198.51.100.77',
        ],
      }),
      { replayOf: 'ticket', after: 141 },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'ihp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bitwarden-desktop-main.log: Bitwarden desktop 2027.x on the co-ordinator's laptop, electron-log's file
// `[yyyy-MM-dd HH:mm:ss.SSS] [level]  message` in local time without zone; an error's object printed by Node's
// util.inspect on further lines. The group's vault is self-hosted behind an authenticating proxy.
// From memory (electron-log's default file format; Bitwarden's messages invented in its style; not fetched).

function bitwardenLog(rng) {
  const ts = (t) => dotMs(t, GMT);
  const line = (lvl, msg) => (t) => `[${ts(t)}] [${lvl}]  ${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [line('info', `Syncing vault... ${rng.int(180, 260)} ciphers`)] }),
      () => ({ out: [line('info', 'Sync completed')] }),
      () => ({ out: [line('debug', `Window focus changed: ${rng.pick(['true', 'false'])}`)] }),
      () => ({ out: [line('info', 'Biometric unlock available: true')] }),
    ])();
  const V = `vault.${PT}`;
  const steps = [
    raw([line('info', 'Starting Bitwarden desktop 2027.11.1'), line('info', `Environment: { base: 'https://${V}' }`)], 0),
    2,
    N(
      'bitwarden-device-identifier',
      "The desktop app's `Device-Identifier` (a UUID it made at install): names the device, no credential.",
      (rng) => {
        const id = rng.uuid();
        return { v: id, out: [line('info', `Device identifier: ${id}`)] };
      },
    ),
    P(
      'path-secret',
      'bitwarden-send-link',
      'error',
      WHY.pathSecret(
        'A Bitwarden Send created for a volunteer, logged with its link (`/#/send/<access id>/<key>`: the key after the id decrypts the file)',
      ),
      (rng) => {
        const id = rng.b64url(22);
        const key = rng.b64url(22);
        return { v: key, n: `${id}/${key}`, out: [line('info', `Send created: https://${V}/#/send/${id}/${key}`)] };
      },
    ),
    2,
    N(
      'bitwarden-pkce-code-challenge',
      "The SSO login's `code_challenge` (PKCE S256, a hash of the verifier kept in memory): useless without the verifier.",
      (rng) => {
        const c = rng.b64url(43);
        return {
          v: c,
          out: [
            line(
              'info',
              `Opening SSO login: https://${V}/#/sso?clientId=desktop&redirectUri=bitwarden%3A%2F%2Fsso-callback&codeChallenge=${c}`,
            ),
          ],
        };
      },
    ),
    P(
      'oauth-code',
      'bitwarden-deep-link-sso-callback-code',
      'warning',
      `${WHY.code} The desktop app logs the deep link the browser hands back (\`bitwarden://sso-callback?code=…&state=…\`).`,
      (rng) => {
        const c = rng.hex(64).toUpperCase();
        return { v: c, out: [line('info', `Deep link received: bitwarden://sso-callback?code=${c}&state=${rng.b64url(32)}`)] };
      },
      { after: 24 },
    ),
    3,
    P(
      'header-dump',
      'bitwarden-inspect-proxy-authorization',
      'error',
      "A failed request's options printed by util.inspect carry the proxy's `Proxy-Authorization: Basic` (base64 of the co-ordinator's user and password).",
      (rng) => {
        const b = b64Of(`sam.h:${rng.alnum(16)}`);
        return {
          v: b,
          out: [
            line(
              'error',
              `FetchError: request to https://${V}/api/sync failed, reason: tunneling socket could not be established, statusCode=407`,
            ),
            '  options: {',
            "    method: 'GET',",
            `    headers: { 'Bitwarden-Client-Name': 'desktop', 'Bitwarden-Client-Version': '2027.11.1', 'Proxy-Authorization': 'Basic ${b}' },`,
            `    agent: { proxy: 'http://proxy.${PT}:3128' }`,
            '  }',
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'bitwarden-token-refresh-form-body',
      'error',
      `${WHY.refresh} The failed renewal's form body is logged with the error, the vault's opaque refresh token in it.`,
      (rng) => {
        const r = rng.hex(64).toUpperCase();
        return {
          v: r,
          out: [
            line('error', `Token refresh failed (400 invalid_grant) body=grant_type=refresh_token&client_id=desktop&refresh_token=${r}`),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'bitwarden-apikey-login-client-secret',
      'error',
      `${WHY.apiKey('client_secret')} The personal API key login (\`client_credentials\`) logged with its body when the server timed out.`,
      (rng) => {
        const s = rng.alnum(30);
        return {
          v: s,
          out: [
            line(
              'warn',
              `POST https://${V}/identity/connect/token timed out: grant_type=client_credentials&scope=api&client_id=user.${rng.uuid()}&client_secret=${s}&deviceType=8`,
            ),
          ],
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'bitwarden' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// davmail.log: DavMail 6 in server mode bridging the group's Microsoft 365 mailbox to Thunderbird, log4j's
// `%d{ISO8601} %-5p [%t] %c %x - %m%n` in local time (GMT), DEBUG for `davmail` and `httpclient.wire` while a sign-in
// problem was chased (wire lines `>> "…"`/`<< "…"`).
// From memory (DavMail's log4j pattern and O365 authenticators; the messages are close to but not copied from its source).

function davmailLog(rng) {
  const L = (lvl, thread, cat, msg) => (t) => `${commaMs(t, GMT)} ${lvl.padEnd(5)} [${thread}] ${cat}  - ${msg}`;
  const th = () => `ImapConnection-${rng.int(40000, 60000)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [L('DEBUG', th(), 'davmail', `> ${rng.int(1, 90)} UID FETCH ${rng.int(100, 900)}:* (FLAGS)`)] }),
      () => ({ out: [L('DEBUG', th(), 'davmail', `< * ${rng.int(100, 900)} FETCH (UID ${rng.int(900, 2000)} FLAGS (\\Seen))`)] }),
      () => ({ out: [L('INFO ', 'DavMailServer', 'davmail.connection', `Connection from /192.0.2.${rng.int(2, 60)} on port 1143`)] }),
    ])();
  const steps = [
    raw(
      [
        L('INFO ', 'main', 'davmail', 'Starting DavMail 6.3.0 in server mode'),
        L('INFO ', 'main', 'davmail', 'DavMail IMAP server listening on port 1143'),
      ],
      0,
    ),
    P(
      'framework-dump',
      'davmail-settings-properties-proxy-password',
      'error',
      "DavMail prints its settings at DEBUG as a Java `Properties.toString()` (`{key=value, …}`), and `davmail.proxyPassword` is the office proxy's password.",
      (rng) => {
        const pw = rng.alnum(15);
        return {
          v: pw,
          out: [
            L(
              'DEBUG',
              'main',
              'davmail.Settings',
              `Settings: {davmail.mode=O365Manual, davmail.imapPort=1143, davmail.enableProxy=true, davmail.proxyHost=proxy.${PT}, davmail.proxyUser=davmail, davmail.proxyPassword=${pw}, davmail.oauth.persistToken=true}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'oauth-code',
      'davmail-o365-manual-redirect-code',
      'warning',
      `${WHY.code} In O365Manual mode the user pastes the final address back into DavMail, which logs it and then logs the token request it makes with the same code.`,
      (rng) => {
        const c = `0.A${rng.alnum(8)}${rng.b64url(300)}`;
        return {
          v: c,
          out: [
            L(
              'DEBUG',
              'AWT-EventQueue-0',
              'davmail.exchange.auth.O365ManualAuthenticator',
              `Received redirect URL: https://login.microsoftonline.com/common/oauth2/nativeclient?code=${c}&session_state=${rng.uuid()}`,
            ),
            L(
              'DEBUG',
              'AWT-EventQueue-0',
              'httpclient.wire',
              `>> "grant_type=authorization_code&code=${c}&redirect_uri=https%3A%2F%2Flogin.microsoftonline.com%2Fcommon%2Foauth2%2Fnativeclient&client_id=facd6cff-a294-4415-b59f-c5b01937d7bd"`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'davmail-wire-set-cookie-estsauthpersistent',
      'error',
      WHY.session(
        "Entra ID's `ESTSAUTHPERSISTENT` sign-in cookie in a `Set-Cookie` the wire log prints: it signs the user in to Microsoft 365 again without a password",
      ),
      (rng) => {
        const c = `1.A${rng.b64url(380)}`;
        return {
          v: c,
          out: [
            L(
              'DEBUG',
              'AWT-EventQueue-0',
              'httpclient.wire',
              `<< "Set-Cookie: ESTSAUTHPERSISTENT=${c}; expires=Mon, 13-Mar-2028 10:14:02 GMT; path=/; secure; HttpOnly; SameSite=None[\\r][\\n]"`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'davmail-persist-refresh-token',
      'error',
      `${WHY.refresh} DavMail's \`persistToken\` writes the Microsoft refresh token into its settings, and the debug line of that write quotes it.`,
      (rng) => {
        const r = `0.A${rng.alnum(8)}${rng.b64url(520)}`;
        return {
          v: r,
          out: [
            L(
              'DEBUG',
              'AWT-EventQueue-0',
              'davmail.exchange.auth.O365Token',
              `Store refresh token for office@${PT}: davmail.oauth.office@${PT}.refreshToken=${r}`,
            ),
          ],
        };
      },
    ),
    N(
      'davmail-ews-changekey',
      "An EWS item's `ChangeKey` (base64 of a version stamp) in a SOAP fragment: it versions an item, no credential.",
      (rng) => {
        const ck = `CQAAABYAAA${rng.b64url(38).replace(/[-_]/g, 'k')}`;
        return { v: ck, out: [L('DEBUG', th(), 'httpclient.wire', `<< "<t:ItemId Id="AAMkAD${rng.alnum(40)}=" ChangeKey="${ck}"/>"`)] };
      },
    ),
    3,
    P(
      'header-dump',
      'davmail-wire-smtp-relay-basic',
      'error',
      "Outgoing reports go through the hosting company's SMTP relay API; the wire log prints the `Authorization: Basic` header (base64 of the relay user and password).",
      (rng) => {
        const b = b64Of(`tidewatch:${rng.alnum(20)}`);
        return { v: b, out: [L('DEBUG', th(), 'httpclient.wire', `>> "Authorization: Basic ${b}[\\r][\\n]"`)] };
      },
    ),
    N('davmail-wire-client-request-id', "Microsoft's `client-request-id` (a UUID the client makes for tracing): no credential.", (rng) => {
      const id = rng.uuid();
      return { v: id, out: [L('DEBUG', th(), 'httpclient.wire', `>> "client-request-id: ${id}[\\r][\\n]"`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'davmail' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// spack-install-tidemodel.log: `spack -d install tidemodel` on the group's compute node, output captured by the batch
// job: `==> [<yyyy-MM-dd-HH:mm:ss.ffffff>] <message>` at debug, Spack's `'/usr/bin/git' 'clone' …` echo of the commands it
// runs, `==> Fetching …`, `==> Installing …`. Local time (GMT) without zone.
// From memory (Spack's debug prefix with a timestamp and its quoted command echo; not fetched).

function spackLog(rng) {
  const stamp = (t) => `${local(t, GMT).slice(0, 10)}-${local(t, GMT).slice(11, 19)}.${local(t, GMT).slice(20, 23)}${digits(rng, 3)}`;
  const D = (msg) => (t) => `==> [${stamp(t)}] ${msg}`;
  const PK = ['netcdf-c', 'hdf5', 'zlib-ng', 'openmpi', 'py-numpy', 'py-xarray', 'gsl'];
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [D(`Reading config from file /opt/spack/etc/spack/defaults/${rng.pick(['packages', 'config', 'modules'])}.yaml`)] }),
      () => ({ out: [D(`${rng.pick(PK)}: Executing phase: '${rng.pick(['autoreconf', 'configure', 'build', 'install'])}'`)] }),
      () => ({ out: [D(`[BUILDCACHE] Reading ${rng.pick(PK)} spec.json from mirror`)] }),
    ])();
  const steps = [
    raw(
      [
        (t) => `==> [${stamp(t)}] Imported install from built-in commands`,
        D('Reading config from file /home/tidewatch/.spack/mirrors.yaml'),
      ],
      0,
    ),
    P(
      'path-secret',
      'spack-fetch-mirror-dl-token',
      'error',
      WHY.pathSecret("The group's private source mirror is a file host's link whose path holds a download token (`/dl/<token>/…`)"),
      (rng) => {
        const tok = rng.alnum(26);
        return { v: tok, out: [D(`Fetching https://files.${PT}/dl/${tok}/tidemodel-3.2.0.tar.gz`)] };
      },
    ),
    2,
    N('spack-checksum-sha256', "The tarball's SHA-256 checksum Spack verifies (`sha256 <64 hex>`): a hash, no credential.", (rng) => {
      const h = rng.hex(64);
      return { v: h, out: [D(`Checksum passed: sha256 ${h}`)] };
    }),
    2,
    P(
      'framework-dump',
      'spack-git-clone-oauth2-userinfo',
      'error',
      "Spack's debug echo of the git command it runs quotes the package's repository URL with a GitLab access token as `oauth2:<token>@`.",
      (rng) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return {
          v: tok,
          out: [
            D(
              `'/usr/bin/git' 'clone' '--quiet' '--depth' '1' 'https://oauth2:${tok}@gitlab.${PT}/models/tide-harmonics.git' '/tmp/tidewatch/spack-stage/spack-stage-tide-harmonics-1.4-${lowerNum(rng, 32)}/spack-src'`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'api-key-name',
      'spack-fetch-private-token',
      'error',
      `${WHY.apiKey('private_token')} A GitLab generic-package URL written into the package's recipe, fetched with its token in the query.`,
      (rng) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return {
          v: tok,
          out: [
            D(
              `Fetching https://gitlab.${PT}/api/v4/projects/17/packages/generic/gauge-calib/1.1/gauge-calib-1.1.tar.xz?private_token=${tok}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'encoded',
      'spack-percent-encoded-next-api-key',
      'error',
      "A failed fetch is redirected to the file host's sign-in page, and Spack quotes the address; the `next=` parameter holds the original URL percent-encoded, `api_key%3D…` in it.",
      (rng) => {
        const k = rng.alnum(32);
        return {
          v: k,
          out: [
            D(
              `FetchError: All fetchers failed for tide-tables-2027: https://files.${PT}/login?next=%2Fapi%2Ftables%2F2027.tar.gz%3Fapi_key%3D${k}`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'replay',
      'spack-fetch-one-time-ticket',
      'note',
      WHY.ticketFirst(
        "The Met Office's bathymetry archive is fetched with a single-use download ticket (`ticket=`) the batch script requested just before. It is",
      ),
      (rng) => {
        const tk = rng.hex(40);
        return { v: tk, out: [D(`Fetching https://data.${PT}/bathymetry/severn-2m.tar.gz?ticket=${tk}`)] };
      },
    ),
    N('spack-dag-hash', "Spack's DAG hash of the installed spec (32 base32 characters): identifies a build, no credential.", (rng) => {
      const h = rng.chars('abcdefghijklmnopqrstuvwxyz234567', 32);
      return { v: h, out: [(t) => `==> [${stamp(t)}] tidemodel: Successfully installed tidemodel-3.2.0-${h}`] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 22 * HOUR, site: { host: 'spack' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thanos.log: Thanos 0.37 (sidecar, rule, receive) in one journal export, go-kit logfmt: `ts=<RFC3339 UTC> caller=…
// level=… component=… msg=… err=…`.
// From memory (Thanos' logfmt layout; messages close to its own, not fetched).

function thanosLog(rng) {
  const L = (caller, level, rest) => (t) => `ts=${new Date(t).toISOString()} caller=${caller} level=${level} ${rest}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [L('shipper.go:334', 'info', `msg="upload new block" id=01J${upperNum(rng, 23)}`)] }),
      () => ({ out: [L('head.go:1361', 'info', `component=tsdb msg="Head GC completed" duration=${rng.int(2, 90)}.${digits(rng, 3)}ms`)] }),
      () => ({ out: [L('sidecar.go:412', 'info', 'msg="successfully loaded prometheus external labels"')] }),
    ])();
  const steps = [
    raw([L('main.go:77', 'info', 'msg="Starting Thanos" version=0.37.2')], 0),
    N(
      'thanos-redacted-userinfo',
      "Go's net/http writes the URL of a failed request with its password replaced by `xxxxx` (`URL.Redacted()`): a redaction, no credential.",
      (rng) => {
        const u = `receiver-${lowerNum(rng, 6)}`;
        return {
          v: `${u}:xxxxx`,
          out: [
            L(
              'handler.go:582',
              'warn',
              `component=receive msg="failed to forward" err="Post \\"https://${u}:xxxxx@receive.${PT}/api/v1/receive\\": dial tcp 10.4.0.9:443: connect: connection refused"`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'thanos-remote-write-err-api-key',
      'error',
      `${WHY.apiKey('api_key')} Go's error quotes the remote-write URL of the hosted backup, key in the query.`,
      (rng) => {
        const k = rng.hex(40);
        return {
          v: k,
          out: [
            L(
              'queue_manager.go:1671',
              'warn',
              `component=remote remote_name=backup msg="Failed to send batch, retrying" err="Post \\"https://metrics.hostedgraphs.example/api/v1/push?api_key=${k}\\": context deadline exceeded"`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'webhook',
      'thanos-rule-oncall-integration-url',
      'error',
      WHY.webhook(
        'Thanos Rule sends its alerts to a Grafana OnCall Alertmanager integration, whose URL holds the integration token (`/integrations/v1/alertmanager/<token>/`), and names it in its error',
      ),
      (rng) => {
        const tok = rng.alnum(25);
        return {
          v: tok,
          out: [
            L(
              'notifier.go:571',
              'error',
              `component=rules alertmanager=https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/alertmanager/${tok}/api/v2/alerts count=3 msg="Error sending alert" err="bad response status 502 Bad Gateway"`,
            ),
          ],
        };
      },
    ),
    3,
    P(
      'header-dump',
      'thanos-receive-go-map-authorization',
      'error',
      "A receive tenant's rejected write is logged with the request's headers as Go prints an `http.Header` (`map[Authorization:[Bearer …] …]`), the tenant's bearer token in it.",
      (rng) => {
        const b = rng.b64url(48);
        return {
          v: b,
          out: [
            L(
              'handler.go:604',
              'debug',
              `component=receive msg="tenant not allowed" tenant=gauges headers="map[Accept-Encoding:[gzip] Authorization:[Bearer ${b}] Content-Encoding:[snappy] Content-Type:[application/x-protobuf] User-Agent:[Prometheus/3.1.0] X-Prometheus-Remote-Write-Version:[0.1.0]]"`,
            ),
          ],
        };
      },
    ),
    P(
      'encoded',
      'thanos-slow-query-percent-encoded-auth-token',
      'error',
      "Query-frontend's slow-query line writes the request's parameters; a Grafana panel link passed as `from_link` is percent-encoded, and its `auth_token%3D…` is the kiosk dashboard's long-lived token.",
      (rng) => {
        const k = rng.alnum(40);
        return {
          v: k,
          out: [
            L(
              'roundtrip.go:301',
              'info',
              `component=query-frontend msg="slow query detected" time_taken=12.4s path=/api/v1/query_range param_query="max(tide_level_mm)" param_step=60 param_from_link=https%3A%2F%2Fgrafana.${PT}%2Fd%2Fkiosk%3Fkiosk%3D1%26auth_token%3D${k}`,
            ),
          ],
        };
      },
    ),
    N('thanos-block-ulid', "A TSDB block's ULID (`id=01…`, 26 characters): names a block, no credential.", (rng) => {
      const id = `01J${upperNum(rng, 23)}`;
      return {
        v: id,
        out: [L('compact.go:1213', 'info', `msg="compact blocks" count=4 mint=1765411200000 maxt=1765584000000 ulid=${id} duration=2.1s`)],
      };
    }),
    2,
    P(
      'path-secret',
      'thanos-sidecar-http-sd-token-path',
      'error',
      WHY.pathSecret(
        'The file-based service discovery is fetched from a private paste whose path holds its token (`/p/<token>/raw`); the error names the URL',
      ),
      (rng) => {
        const tok = rng.b64url(24);
        return {
          v: tok,
          out: [
            L(
              'httpsd.go:137',
              'error',
              `component=query discovery=http msg="Unable to refresh target groups" err="server returned HTTP status 404 Not Found" url=https://paste.${PT}/p/${tok}/raw`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR, site: { host: 'thanos' }, filler, render, steps });
}

// =====================================================================================================================
// Pyssyjoen savukala (Kven; Pyssyjoki/Børselv, Porsanger: CET, UTC+1 in December)
// =====================================================================================================================

const PS = 'pyssyjoensavukala.example';

// ---------------------------------------------------------------------------------------------------------------------
// openobserve.log: OpenObserve's stdout (the co-operative's log search, fronted by Dex for sign-in), tracing's
// `<ISO 8601 UTC>  <LEVEL> <target>: <message>`; actix-web's Logger lines `<ip> "<request line>" <status> <bytes>
// "<referer>" "<ua>" <seconds>`.
// From memory (actix-web's default Logger format; OpenObserve's own messages invented in its style).

function openobserveLog(rng) {
  const A =
    (e, line, status = 200, referer = '-') =>
    (t) =>
      `${new Date(t).toISOString()}  INFO actix_web::middleware::logger: ${e} "${line} HTTP/1.1" ${status} ${rng.int(80, 9000)} "${referer}" "${rng.pick(BROWSERS)}" 0.00${digits(rng, 4)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [A(publicIp(rng), `POST /api/savukala/kauppa/_json`)] }),
      () => ({ out: [A(publicIp(rng), `GET /web/logs?stream=kauppa&period=15m`)] }),
      () => ({
        out: [
          (t) =>
            `${new Date(t).toISOString()}  INFO openobserve::service::compact: [COMPACTOR] merge files for stream savukala/logs/kauppa done`,
        ],
      }),
    ])();
  const steps = [
    raw([(t) => `${new Date(t).toISOString()}  INFO openobserve: Starting OpenObserve v0.14.1`], 0),
    2,
    P(
      'oauth-code',
      'openobserve-dex-callback-code',
      'warning',
      `${WHY.code} The sign-in callback from Dex is written by actix-web's Logger and again by OpenObserve's own handler line.`,
      (rng) => {
        const c = lowerNum(rng, 25);
        const ip = publicIp(rng);
        return {
          v: c,
          out: [
            A(ip, `GET /config/redirect?code=${c}&state=${rng.b64url(22)}`, 302),
            (t) => `${new Date(t).toISOString()}  INFO openobserve::handler::http::auth::validator: Dex redirect received, code=${c}`,
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'openobserve-logout-id-token-hint-expired',
      'note',
      "Dex's logout is called with the session's `id_token_hint`, an ID token whose hour had already passed: expired when logged, a note.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + rng.int(2000, 6000),
          claims: { iss: `https://dex.${PS}/dex`, sub: rng.b64url(22), aud: 'openobserve', email: `kaisa@${PS}` },
        });
        return {
          v: token,
          jwt: facts,
          out: [A(publicIp(rng), `GET /dex/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Flogit.${PS}%2F`, 302)],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'openobserve-ingest-avain',
      'error',
      `${WHY.apiKey('avain')} The smokehouse thermometers post their readings to an ingestion route of the co-operative's own gateway, key in the query (\`avain\`, Kven for "key").`,
      (rng) => {
        const k = rng.alnum(36);
        return { v: k, out: [A('10.12.0.31', `POST /api/savukala/savustamo/_json?avain=${k}`)] };
      },
    ),
    2,
    P(
      'embed-jwt',
      'openobserve-referer-upotus-jwt',
      'error',
      'A dashboard embedded in the shop\'s staff page (`/upotus/<JWT>`, Kven `upotus`, "embedding") is the Referer of the panel\'s queries.',
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, jti: true, claims: { dashboard: 'savustamo', org: 'savukala' } });
        return {
          v: token,
          jwt: facts,
          out: [A(publicIp(rng), 'GET /api/savukala/_search?type=logs', 200, `https://kauppa.${PS}/upotus/${token}`)],
        };
      },
    ),
    N('openobserve-trace-id', 'A W3C trace id (32 hex) in a traces query: names a trace, no credential.', (rng) => {
      const id = rng.hex(32);
      return { v: id, out: [A(publicIp(rng), `GET /api/savukala/traces/latest?trace_id=${id}`)] };
    }),
    2,
    P(
      'replay',
      'openobserve-ws-kertalippu-first',
      'note',
      WHY.ticketFirst(
        'A single-use WebSocket ticket of the live log view (`kertalippu`, Kven for "one-time ticket") used by the smokehouse tablet. It is',
      ),
      (rng, t) => {
        const tk = rng.alnum(32);
        firstUse.kertalippu = t;
        return { v: tk, out: [A('10.12.0.40', `GET /api/savukala/ws/v2?kertalippu=${tk}`, 101)] };
      },
      { ref: 'kertalippu' },
    ),
    1,
    P(
      'replay',
      'openobserve-ws-kertalippu-again',
      'replay',
      '',
      (rng, t, refs) => ({
        marks: [
          {
            value: refs.get('kertalippu').value,
            why: `${WHY.replay('kertalippu', gap('kertalippu', t))} A public address upgraded with the same ticket and got 101 again.`,
          },
        ],
        out: [A('203.0.113.201', `GET /api/savukala/ws/v2?kertalippu=${refs.get('kertalippu').value}`, 101)],
      }),
      { replayOf: 'kertalippu', after: 212 },
    ),
    N('openobserve-search-cursor', "A search's `start_time` in microseconds and a paging `from`: numbers, no credential.", (rng) => {
      const v = `17656${digits(rng, 11)}`;
      return { v, out: [A(publicIp(rng), `GET /api/savukala/_search?start_time=${v}&from=100`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_KV + 8 * HOUR, site: { host: 'openobserve' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fe.audit.log: StarRocks 3.3's FE audit log of the shop's analytics database, `<yyyy-MM-dd HH:mm:ss,SSS> [query]
// |Client=…|User=…|…|Stmt=<statement>|Digest=…` in local time (CET) without zone; the shop's sync job writes through it.
// From memory (the `[query] |Key=value|…` layout; field set trimmed; not fetched).

function starrocksLog(rng) {
  const Q =
    (stmt, state = 'EOF', db = 'kauppa') =>
    (t) =>
      `${commaMs(t, CET)} [query] |Client=10.12.0.${rng.int(5, 30)}:${rng.int(30000, 60000)}|User=synkka|AuthorizedUser='synkka'@'%'|ResourceGroup=default_wg|Catalog=default_catalog|Db=${db}|State=${state}|ErrorCode=|Time=${rng.int(2, 900)}|ScanBytes=${rng.int(0, 90000)}|ScanRows=${rng.int(0, 900)}|ReturnRows=${rng.int(0, 50)}|CpuCostNs=${rng.int(10000, 9000000)}|MemCostBytes=${rng.int(1000, 900000)}|StmtId=${rng.int(100, 99999)}|QueryId=${rng.uuid()}|IsQuery=${stmt.startsWith('SELECT')}|feIp=10.12.0.2|Stmt=${stmt}|Digest=|PlanCpuCost=0|PlanMemCost=0`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [Q(`SELECT tuote, sum(kilot) FROM tilaukset WHERE paiva = '2027-12-${rng.int(1, 13)}' GROUP BY tuote`)] }),
      () => ({
        out: [Q(`INSERT INTO tilaukset VALUES (${rng.int(10000, 19999)}, 'savulohi', ${rng.int(1, 9)}.${rng.int(0, 9)}, '2027-12-14')`)],
      }),
    ])();
  const steps = [
    2,
    P(
      'session-id',
      'starrocks-insert-istunto',
      'error',
      WHY.session('The shop\'s session (`istunto`, Kven for "session") copied into the analytics table with its id, in the audited INSERT'),
      (rng) => {
        const s = rng.hex(48);
        return {
          v: s,
          out: [Q(`INSERT INTO istunnot (istunto_id, asiakas, alku) VALUES ('${s}', ${rng.int(100, 999)}, '2027-12-14 09:12:40')`)],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'starrocks-insert-jako-link',
      'error',
      WHY.pathSecret('A customer\'s recipe-card share link (`/jako/<token>`, Kven `jako`, "sharing") saved by the sync job'),
      (rng) => {
        const tok = rng.b64url(22);
        return { v: tok, out: [Q(`INSERT INTO jaot VALUES (${rng.int(1, 900)}, 'https://kauppa.${PS}/jako/${tok}', '2027-12-14')`)] };
      },
    ),
    N(
      'starrocks-select-md5-email',
      "A customer's e-mail address as an MD5 (`md5sum(...)` result compared in a WHERE): a pseudonym, no credential.",
      (rng) => {
        const h = rng.hex(32);
        return { v: h, out: [Q(`SELECT count(*) FROM asiakkaat WHERE sposti_md5 = '${h}'`)] };
      },
    ),
    2,
    P(
      'encoded',
      'starrocks-from-base64-salasana',
      'error',
      "A migration statement decodes a base64 blob (`from_base64('…')`); the blob is JSON holding the card terminal's `salasana` (Kven for \"password\").",
      (rng) => {
        const b = b64Of(JSON.stringify({ paate: 'kassa-1', kayttaja: 'kauppa', salasana: rng.alnum(16) }));
        return { v: b, out: [Q(`INSERT INTO asetukset SELECT 'maksupaate', from_base64('${b}')`)] };
      },
    ),
    2,
    P(
      'webhook',
      'starrocks-insert-slack-hook',
      'error',
      WHY.webhook(
        'A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<secret>`) stored as the alarm target (`halytys`, "alarm") of the smokehouse\'s temperature watch',
      ),
      (rng) => {
        const s = rng.alnum(24);
        const n = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${s}`;
        return {
          v: s,
          n,
          out: [Q(`UPDATE halytykset SET osoite = 'https://hooks.slack.com/services/${n}' WHERE nimi = 'savustamo-lampo'`)],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'starrocks-update-vipps-refresh',
      'error',
      `${WHY.refresh} The payment provider's refresh token copied into a settings table by the sync job.`,
      (rng) => {
        const r = rng.b64url(80);
        return { v: r, out: [Q(`UPDATE asetukset SET arvo = '${r}' WHERE avain = 'vipps_refresh_token'`)] };
      },
    ),
    N('starrocks-query-id', "A query's id (`QueryId=`, a UUID) quoted by a `KILL QUERY`: names a query, no credential.", (rng) => {
      const id = rng.uuid();
      return { v: id, n: `KILL QUERY '${id}'`, out: [Q(`KILL QUERY '${id}'`, 'OK')] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_KV + 6 * HOUR, site: { host: 'starrocks' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// soju.log: soju 0.9 (the co-operative's IRC bouncer) run with `-debug`, Go's log `yyyy/mm/dd hh:mm:ss` in local time
// (CET) then `upstream "<net>": received: <raw IRC>` / `sent: …` and `downstream "<addr>": …`; Web Push errors.
// From memory (soju's debug line wording; not fetched).

function sojuLog(rng) {
  const ts = (t) => local(t, CET).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  const L = (msg) => (t) => `${ts(t)} ${msg}`;
  /** IRCv3's `time` tag: the server's UTC time of the message, a few hundred milliseconds before soju writes it. */
  const tag = (t) => new Date(t - rng.int(40, 400)).toISOString();
  const R = (msg) => (t) => `${ts(t)} upstream "libera": received: @${msg.replace('TIME', tag(t))}`;
  const NICKS = ['kaisa', 'heikki', 'aili', 'matti', 'elna'];
  const filler = (rng) =>
    rng.pick([
      () => {
        const who = rng.pick(NICKS);
        const text = rng.pick(['Huomenta!', 'Savustamo on lämmin', 'Kiitos', 'Mie tulen kahdeksalta', 'Lohi on valmis']);
        return { out: [R(`time=TIME :${who}!~u@user/${who} PRIVMSG #savukala :${text}`)] };
      },
      () => ({ out: [L(`upstream "libera": sent: PONG :${rng.pick(['tungsten', 'zinc', 'iridium'])}.libera.chat`)] }),
    ])();
  const msg = (who, text) => R(`time=TIME :${who}!~u@user/${who} PRIVMSG #savukala :${text}`);
  const steps = [
    raw([L('server listening on "ircs://irc.pyssyjoensavukala.example:6697"')], 0),
    P(
      'encoded',
      'soju-sasl-authenticate-plain',
      'error',
      "soju's debug output writes the raw lines it sends upstream; SASL PLAIN's `AUTHENTICATE` is base64 of `\\0user\\0password`, the network password in it.",
      (rng) => {
        const b = b64Of(`savukala\u0000savukala\u0000${rng.alnum(18)}`);
        return {
          v: b,
          out: [
            L('upstream "libera": sent: AUTHENTICATE PLAIN'),
            L('upstream "libera": received: AUTHENTICATE +'),
            L(`upstream "libera": sent: AUTHENTICATE ${b}`),
          ],
        };
      },
    ),
    N('soju-ping-token', "A server's `PING` token (a random string to be echoed): a liveness nonce, no credential.", (rng) => {
      const p = rng.alnum(16);
      return { v: p, out: [L(`downstream "192.0.2.14:51822": sent: PING :${p}`)] };
    }),
    2,
    P(
      'implicit-fragment',
      'soju-privmsg-access-token-fragment',
      'error',
      "A member pastes the address bar of the shop's admin after sign-in into the channel; the raw PRIVMSG carries `#access_token=…`.",
      (rng) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            msg(
              'heikki',
              `Mie en pääse sisään, tässä osoite: https://hallinto.${PS}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'soju-privmsg-jako-link',
      'error',
      WHY.pathSecret('A recipe-card share link (`/jako/<token>`) posted in the channel'),
      (rng) => {
        const tok = rng.b64url(22);
        return { v: tok, out: [msg('aili', `Jako-linkki joulusilliin: https://kauppa.${PS}/jako/${tok}`)] };
      },
    ),
    2,
    P(
      'api-key-name',
      'soju-privmsg-avain-url',
      'error',
      `${WHY.apiKey('avain')} A smokehouse thermometer's status URL with its key, pasted into the channel.`,
      (rng) => {
        const k = rng.alnum(32);
        return { v: k, out: [msg('matti', `Lämpömittari ei vastaa: https://savustamo.${PS}/api/tila?mittari=2&avain=${k}`)] };
      },
    ),
    N('soju-msgid-tag', "A message's `msgid` tag (a random id the server gives each message): names a message, no credential.", (rng) => {
      const id = rng.alnum(26);
      return {
        v: id,
        out: [R(`msgid=${id};time=TIME :elna!~u@user/elna PRIVMSG #savukala :Kiitos kaikille!`)],
      };
    }),
    2,
    P(
      'webhook',
      'soju-webpush-endpoint-error',
      'error',
      WHY.webhook(
        "A member's Web Push subscription endpoint (Mozilla's `updates.push.services.mozilla.com/wpush/v2/<token>`) quoted in a failed delivery",
      ),
      (rng) => {
        const tok = `gAAAAA${rng.b64url(160)}`;
        return {
          v: tok,
          out: [
            L(
              `failed to send Web Push notification to "https://updates.push.services.mozilla.com/wpush/v2/${tok}": HTTP 413 Payload Too Large`,
            ),
          ],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KV + 7 * HOUR, site: { host: 'soju' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// conan-kassa-build.log: the till app's C++ build on the co-operative's CI, a shell job echoing its commands (`$ …`)
// then Conan 2's output (`======== … ========` sections, `<ref>: …` lines). No time on the lines.
// From memory (Conan 2's section banners and `Downloaded`/`Cache` lines; not fetched).

function conanLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          `${rng.pick(['zlib/1.3.1', 'fmt/11.0.2', 'sqlite3/3.46.1', 'openssl/3.3.2'])}: Already installed! (${rng.pick(['Cache', 'Downloaded'])})`,
        ],
      }),
      () => ({
        out: [
          `[${rng.int(1, 99)}%] Building CXX object src/CMakeFiles/kassa.dir/${rng.pick(['kuitti', 'tuote', 'maksu', 'varasto'])}.cpp.o`,
        ],
      }),
    ])();
  const steps = [
    raw(['$ conan --version', 'Conan version 2.9.2'], 0),
    P(
      'framework-dump',
      'conan-remote-login-password',
      'error',
      "The job's script runs `conan remote login` with the password on the command line (`-p`), and the shell echoes the command as typed after expansion.",
      (rng) => {
        const pw = rng.alnum(20);
        return {
          v: pw,
          out: [
            `$ conan remote login kainu ci-savukala -p ${pw}`,
            "Changed user of remote 'kainu' from 'None' (anonymous) to 'ci-savukala' (authenticated)",
          ],
        };
      },
    ),
    P(
      'api-key-name',
      'conan-config-install-avain',
      'error',
      `${WHY.apiKey('avain')} \`conan config install\` fetches the shared profiles from the co-operative's file server, key in the URL, and the shell echoes the command.`,
      (rng) => {
        const k = rng.alnum(32);
        return { v: k, out: [`$ conan config install "https://tiedostot.${PS}/conan/asetukset.zip?avain=${k}"`] };
      },
    ),
    raw([
      '$ conan install . --build=missing -s build_type=Release',
      '',
      '======== Computing dependency graph ========',
      'Graph root',
      '    conanfile.py (kassa/4.2.0): /builds/savukala/kassa/conanfile.py',
    ]),
    N('conan-recipe-revision', "A recipe revision (`#<32 hex>`, an MD5 of the recipe's files): names a version, no credential.", (rng) => {
      const h = rng.hex(32);
      return { v: h, out: ['Requirements', `    fmt/11.0.2#${h} - Cache`] };
    }),
    2,
    P(
      'path-secret',
      'conan-source-get-tiedostot-token',
      'error',
      WHY.pathSecret(
        "The till vendor's SDK is fetched in `source()` from a private share whose path holds its token (`/s/<token>/download`)",
      ),
      (rng) => {
        const tok = rng.alnum(15);
        return { v: tok, out: [`kassa-sdk/3.1: Downloading https://pilvi.${PS}/s/${tok}/download`] };
      },
    ),
    N('conan-package-id', "A binary package's id (40 hex, a hash of its settings and options): no credential.", (rng) => {
      const h = rng.hex(40);
      return { v: h, out: [`kassa-sdk/3.1: Package '${h}' created`] };
    }),
    3,
    P(
      'implicit-fragment',
      'conan-ctest-failure-fragment',
      'error',
      "A unit test of the till's sign-in runs after the build and prints the address the fake browser landed on, `#access_token=…` from the test identity server in it (a real token of the staging server).",
      (rng) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            '$ ctest --output-on-failure',
            `kirjautuminen_testi: FAILED expected https://kassa.${PS}/koti got https://kassa.${PS}/koti#access_token=${at}&token_type=Bearer&expires_in=3600`,
          ],
        };
      },
    ),
    P(
      'webhook',
      'conan-after-script-mattermost-hook',
      'error',
      WHY.webhook('A Mattermost incoming webhook (`/hooks/<26 characters>`) the job posts the build result to, echoed by the shell'),
      (rng) => {
        const h = lowerNum(rng, 26);
        return {
          v: h,
          out: [
            `$ curl -s -X POST -H 'Content-Type: application/json' -d '{"text":"Kassa 4.2.0 valmis"}' https://juttu.${PS}/hooks/${h}`,
            'ok',
          ],
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_KV + 10 * HOUR, site: { host: 'conan' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// milvus-proxy.log: Milvus 2.5's proxy log (the photo archive's image search), zap's console layout `[yyyy/MM/dd
// HH:mm:ss.SSS +01:00] [LEVEL] [file:line] ["message"] [key=value]…` in local time with its offset.
// From memory (Milvus' bracketed zap format; messages close to its own, not fetched).

function milvusLog(rng) {
  const ts = (t) => `${local(t, CET).slice(0, 10).replace(/-/g, '/')} ${local(t, CET).slice(11, 23)} ${zone(CET)}`;
  const L =
    (lvl, at, msg, kv = '') =>
    (t) =>
      `[${ts(t)}] [${lvl}] [${at}] ["${msg}"]${kv}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          L(
            'INFO',
            'proxy/impl.go:2870',
            'Search received',
            ` [traceID=${rng.hex(32)}] [role=proxy] [db=default] [collection=kuvat] [partitions="[]"] [nq=1]`,
          ),
        ],
      }),
      () => ({
        out: [
          L(
            'INFO',
            'proxy/impl.go:2981',
            'Search done',
            ` [traceID=${rng.hex(32)}] [role=proxy] [collection=kuvat] [nq=1] [latency=${rng.int(4, 90)}ms]`,
          ),
        ],
      }),
    ])();
  const steps = [
    2,
    P(
      'encoded',
      'milvus-metadata-authorization-base64',
      'error',
      "Milvus takes `user:password` base64-encoded in the gRPC `authorization` metadata; the proxy's debug line prints the metadata map with it.",
      (rng) => {
        const b = b64Of(`kuva-arkisto:${rng.alnum(18)}`);
        return {
          v: b,
          out: [
            L(
              'DEBUG',
              'proxy/authentication_interceptor.go:96',
              'auth metadata',
              ` [metadata="map[:authority:[milvus.${PS}:19530] authorization:[${b}] content-type:[application/grpc] user-agent:[grpc-python/1.66.2]]"]`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'milvus-rest-id-token-field',
      'error',
      "The archive's gateway forwards the user's ID token to Milvus' REST API as a field of the search body, and the proxy logs the body on a parse error.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: { iss: `https://tunnus.${PS}`, sub: rng.uuid(), aud: 'kuva-arkisto', name: 'Aili Niemi' },
        });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              'WARN',
              'httpserver/handler_v2.go:412',
              'parse search request failed',
              ` [body="{\\"collectionName\\":\\"kuvat\\",\\"data\\":[[0.12,0.4]],\\"id_token\\":\\"${token}\\"}"] [error="unknown field id_token"]`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'embed-jwt',
      'milvus-uri-upotus-jwt-expired',
      'note',
      "An embedded archive gallery (`/upotus/<JWT>`) whose JWT had expired a day before; the gateway passed the page's address as a partition tag and Milvus quotes it. Expired when logged, a note.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + rng.int(600, 5000),
          claims: { galleria: 'joulu-1958', org: 'savukala' },
        });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              'WARN',
              'proxy/task_search.go:318',
              'invalid partition name',
              ` [name="https://arkisto.${PS}/upotus/${token}"] [error="partition name can only contain numbers, letters and underscores"]`,
            ),
          ],
        };
      },
    ),
    N('milvus-trace-id', "A search's `traceID` (32 hex): names a trace, no credential.", (rng) => {
      const id = rng.hex(32);
      return {
        v: id,
        out: [
          L(
            'WARN',
            'proxy/impl.go:2901',
            'Search failed',
            ` [traceID=${id}] [role=proxy] [collection=kuvat] [error="collection not loaded"]`,
          ),
        ],
      };
    }),
    2,
    P(
      'session-id',
      'milvus-attu-cookie-istunto',
      'error',
      WHY.session(
        'The archive\'s web session (`arkisto_istunto`, "archive session") in a `Cookie` the REST handler prints with a rejected request',
      ),
      (rng) => {
        const s = rng.b64url(32);
        return {
          v: s,
          out: [
            L(
              'WARN',
              'httpserver/utils.go:88',
              'request rejected',
              ` [path=/v2/vectordb/entities/search] [cookie="arkisto_istunto=${s}; kieli=fkv"] [error="collection kuvat_vanhat not found"]`,
            ),
          ],
        };
      },
    ),
    P(
      'api-key-name',
      'milvus-embedding-function-api-key',
      'error',
      `${WHY.apiKey('api_key')} Milvus' text-embedding function calls the co-operative's language-model service; the error quotes its URL with the key.`,
      (rng) => {
        const k = rng.alnum(40);
        return {
          v: k,
          out: [
            L(
              'WARN',
              'function/text_embedding_function.go:142',
              'call embedding service failed',
              ` [url="https://malli.${PS}/v1/embeddings?api_key=${k}"] [error="503 Service Unavailable"]`,
            ),
          ],
        };
      },
    ),
    2,
    N('milvus-masked-token', "The proxy's config print shows the root password masked (`******`): a mask, no credential.", () => ({
      v: 'rootPassword:******',
      out: [
        L(
          'INFO',
          'paramtable/base_table.go:142',
          'init common config',
          ' [authorizationEnabled=true] [rootPassword:******] [superUsers=root]',
        ),
      ],
    })),
    2,
  ];
  return buildLog(rng, { start: DAY_KV + 12 * HOUR, site: { host: 'milvus' }, filler, render, steps });
}

// =====================================================================================================================
// Luuditsan küläseura (Votic; Luuditsa/Lužicy, Ingria: MSK, UTC+3 all year)
// =====================================================================================================================

const LU = 'luuditsa.example';

// ---------------------------------------------------------------------------------------------------------------------
// vespa.log: Vespa 8's `vespa.log` of the museum archive's search, tab-separated: `<epoch seconds.micro>\t<host>\t
// <pid>/<tid>\t<service>\t<component>\t<level>\t<message>`, a message's newlines escaped as `\n`.
// From memory (Vespa's log format with its seven tab-separated fields; component names close to its own).

function vespaLog(rng) {
  const HOST = `vespa-0.${LU}`;
  const pids = { container: rng.int(1000, 9000), searchnode: rng.int(1000, 9000), 'config-sentinel': rng.int(1000, 9000) };
  const L = (service, comp, lvl, msg) => (t) =>
    `${(t / 1000).toFixed(6)}\t${HOST}\t${pids[service]}/${rng.int(10, 300)}\t${service}\t${comp}\t${lvl}\t${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          L(
            'container',
            'Container.com.yahoo.search.handler.SearchHandler',
            'info',
            `Query 'select * from arhiva where userQuery()' took ${rng.int(3, 80)} ms`,
          ),
        ],
      }),
      () => ({ out: [L('searchnode', 'proton.searchlib.docstore.logdatastore', 'info', `Flushed ${rng.int(2, 90)} documents to disk`)] }),
      () => ({ out: [L('config-sentinel', 'sentinel.sentinel.service', 'info', 'container: running')] }),
    ])();
  const steps = [
    raw([L('config-sentinel', 'sentinel.sentinel.service', 'info', 'Starting service container')], 0),
    2,
    P(
      'embed-jwt',
      'vespa-request-uri-embed-jwt-120s',
      'warning',
      "The museum's kiosk embeds a gallery through `/upotuz/<JWT>` (a signed page address of 120 s, no jti), which the container quotes in a Java `HttpRequest{uri=…}` of a failed query.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 20), claims: { galeria: 'kalamehed', kiosk: 2 } });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              'container',
              'Container.com.yahoo.search.handler.SearchHandler',
              'warning',
              `Could not process HttpRequest{method=GET, uri=https://arhiva.${LU}/upotuz/${token}?hits=20}: Invalid query parameter 'hits'`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'id-token',
      'vespa-feed-error-id-token',
      'error',
      "A feed of visitors' notes from the guest register holds, by mistake, the ID token the register's sign-in returned; the document API's error quotes the field.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { lifetime: 3600, claims: { iss: `https://tunnuz.${LU}`, sub: rng.uuid(), aud: 'kirja' } });
        return {
          v: token,
          jwt: facts,
          out: [
            L(
              'container',
              'Container.com.yahoo.document.restapi.resource.DocumentV1ApiHandler',
              'warning',
              `Failed to put id:arhiva:kirja::${rng.int(100, 999)}: Field 'id_token' not found in document type 'kirja': "id_token":"${token}"`,
            ),
          ],
        };
      },
    ),
    N('vespa-document-id-hash', "A document's global id (`gid=0x…`, 24 hex digits): the hash of a document id, no credential.", (rng) => {
      const g = rng.hex(24);
      return {
        v: g,
        out: [
          L('searchnode', 'proton.server.feedhandler', 'debug', `Removed document gid=0x${g} from bucket 0x4000000000000${rng.hex(3)}`),
        ],
      };
    }),
    2,
    P(
      'implicit-fragment',
      'vespa-document-url-fragment',
      'error',
      "A scanned photo's `url` field was taken from the address bar of the archive's editor after sign-in, `#access_token=…` in it; the indexer's warning quotes it.",
      (rng) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            L(
              'container',
              'Container.ai.vespa.indexing.IndexingProcessor',
              'warning',
              `Field 'url' exceeds max length in id:arhiva:kuva::${rng.int(1000, 9999)}: https://toimittaja.${LU}/kuva/${rng.int(10, 99)}#access_token=${at}&token_type=Bearer&expires_in=3600`,
            ),
          ],
        };
      },
    ),
    2,
    P(
      'path-secret',
      'vespa-fetch-jako-path',
      'error',
      WHY.pathSecret(
        "A scanned-letters folder shared through the society's cloud (`/s/<token>`, 15 characters), fetched by the feed client and quoted in its timeout",
      ),
      (rng) => {
        const tok = rng.alnum(15);
        return {
          v: tok,
          out: [
            L(
              'container',
              'Container.ai.vespa.feed.client.impl.HttpFeedClient',
              'warning',
              `Timed out fetching https://pilvi.${LU}/s/${tok}/download?path=%2Fkirjad-1938`,
            ),
          ],
        };
      },
    ),
    P(
      'api-key-name',
      'vespa-query-votti',
      'error',
      `${WHY.apiKey('võtti')} The kiosk app calls the search with its key in the query (\`võtti\`, Votic for "key"), and a slow-query warning quotes the request.`,
      (rng) => {
        const k = rng.alnum(32);
        return {
          v: k,
          out: [
            L(
              'container',
              'Container.com.yahoo.search.handler.SearchHandler',
              'warning',
              `Slow query: /search/?yql=select%20*%20from%20kuva%20where%20userQuery()&query=kalamehed&v%C3%B5tti=${k} took 2412 ms`,
            ),
          ],
        };
      },
    ),
    N('vespa-trace-id', "A request's `traceId` (a UUID) in a debug line: names a request, no credential.", (rng) => {
      const id = rng.uuid();
      return {
        v: id,
        out: [
          L(
            'container',
            'Container.com.yahoo.jdisc.http.server.jetty.HttpRequestDispatch',
            'debug',
            `Request traceId=${id} completed in 14 ms`,
          ),
        ],
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_VO + 9 * HOUR, site: { host: 'vespa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// turnserver.log: coturn 4.6's log (the video-call relay of the society's choir rehearsals), `<seconds since start>:
// (<pid>): <LEVEL>: <message>`; with `--verbose` the session lines `session <id>: realm <…> user <…>: incoming packet …`.
// From memory (coturn's `%lu: (%d): %s: ` prefix and session wording; not fetched).

function coturnLog(rng) {
  let clock = 0;
  const pid = rng.int(1000, 1100);
  const L = (lvl, msg) => () => `${(clock += rng.int(1, 40))}: (${pid}): ${lvl}: ${msg}`;
  const sess = () => `0010000000000${digits(rng, 5)}`;
  const filler = (rng) => ({
    out: [
      L(
        'INFO',
        `session ${sess()}: realm <turn.${LU}> user <${1766000000 + rng.int(0, 90000)}:laulu>: incoming packet ${rng.pick(['BINDING', 'REFRESH', 'CREATE_PERMISSION', 'CHANNEL_BIND'])} processed, success`,
      ),
    ],
  });
  const steps = [
    raw([L('INFO', "Coturn Version Coturn-4.6.3 'Gorst'"), L('INFO', 'Listener address to use: 0.0.0.0')], 0),
    P(
      'framework-dump',
      'coturn-bad-config-static-auth-secret',
      'error',
      'coturn echoes a configuration line it cannot parse; the line is `static-auth-secret` with a stray quote, and the secret that derives every TURN password is in it.',
      (rng) => {
        const s = rng.hex(40);
        return { v: s, out: [L('ERROR', `Bad configuration format: static-auth-secret="${s}`)] };
      },
    ),
    2,
    P(
      'header-dump',
      'coturn-admin-https-authorization-basic',
      'error',
      "coturn's HTTPS admin page, at verbose level, logs the headers of a request; the browser's `Authorization: Basic` carries the admin user and password (base64).",
      (rng) => {
        const b = b64Of(`seura:${rng.alnum(14)}`);
        return { v: b, out: [L('DEBUG', `admin https: GET / Host: turn.${LU}:8443 Authorization: Basic ${b}`)] };
      },
    ),
    2,
    N(
      'coturn-rest-username-timestamp',
      'A TURN REST username (`<expiry timestamp>:<name>`): the public half; the password is an HMAC not logged.',
      (rng) => {
        const u = `${1766000000 + rng.int(90000, 99999)}:kuoro`;
        return { v: u, out: [L('INFO', `session ${sess()}: realm <turn.${LU}> user <${u}>: incoming packet ALLOCATE processed, success`)] };
      },
    ),
    3,
    P(
      'session-id',
      'coturn-admin-web-cookie',
      'error',
      WHY.session(
        'coturn\'s web admin keeps its session in a cookie (`seanssi`, Votic for "session"), and the HTTPS admin server logs the request headers at verbose level',
      ),
      (rng) => {
        const s = rng.hex(32);
        return { v: s, out: [L('DEBUG', `admin https: GET /ps?realm=turn.${LU} Cookie: seanssi=${s}`)] };
      },
    ),
    N('coturn-transaction-id', 'A STUN transaction id (96 bits as 24 hex digits): names one request, no credential.', (rng) => {
      const id = rng.hex(24);
      return {
        v: id,
        out: [L('DEBUG', `handle_udp_packet: tid=${id} method=BINDING from 203.0.113.${rng.int(2, 200)}:${rng.int(40000, 60000)}`)],
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_VO + 18 * HOUR, site: { host: 'coturn' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// postgresql-ysql.log: YugabyteDB 2024.2's YSQL log (PostgreSQL's backend) of the society's guest register, with
// `log_line_prefix = '%m [%p] '` (`yyyy-MM-dd HH:mm:ss.SSS MSK [pid] `) and `log_statement = 'mod'`; errors with their
// `STATEMENT:` line.
// From memory (PostgreSQL's log layout, which YSQL keeps).

function ysqlLog(rng) {
  const L = (msg) => (t) => `${dotMs(t, MSK)} MSK [${rng.int(20000, 40000)}] ${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [L(`LOG:  statement: INSERT INTO vieraad (nimi, tuli) VALUES ('vieraz ${rng.int(100, 999)}', now())`)] }),
      () => ({ out: [L(`LOG:  duration: ${rng.int(1, 90)}.${digits(rng, 3)} ms`)] }),
      () => ({ out: [L('LOG:  connection authorized: user=kirja database=kirja application_name=kirja-web')] }),
    ])();
  const steps = [
    2,
    P(
      'embed-jwt',
      'ysql-insert-embed-url-jwt-no-exp',
      'error',
      "The register's embeddable guest map (`/upotuz/<JWT>`, without `exp`) saved as a link in a page row.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, { claims: { kartta: 'vieraad-2027', kula: 'luuditsa' } });
        return {
          v: token,
          jwt: facts,
          out: [L(`LOG:  statement: UPDATE lehet SET upotuz = 'https://kirja.${LU}/upotuz/${token}' WHERE id = 4`)],
        };
      },
    ),
    2,
    P(
      'refresh-token',
      'ysql-update-refresh-token',
      'error',
      `${WHY.refresh} The register's calendar sync stores the provider's refresh token in plain text, and \`log_statement = 'mod'\` writes the UPDATE.`,
      (rng) => {
        const r = `1//0${rng.b64url(98)}`;
        return { v: r, out: [L(`LOG:  statement: UPDATE kalenteri SET refresh_token = '${r}' WHERE id = 1`)] };
      },
    ),
    2,
    P(
      'implicit-fragment',
      'ysql-error-statement-fragment',
      'error',
      "A too-long return address in a failed INSERT: the page's address after sign-in, `#access_token=…` in it, written in the error's `STATEMENT:` line.",
      (rng) => {
        const at = rng.b64url(43);
        return {
          v: at,
          out: [
            L('ERROR:  value too long for type character varying(200)'),
            L(
              `STATEMENT:  INSERT INTO kävüd (lehti) VALUES ('https://kirja.${LU}/kirjuta#access_token=${at}&token_type=Bearer&expires_in=3600')`,
            ),
          ],
        };
      },
    ),
    N(
      'ysql-scram-verifier',
      "A role's password as a SCRAM-SHA-256 verifier (`SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>`): a salted hash, no credential.",
      (rng) => {
        const v = `SCRAM-SHA-256$4096:${rng.b64url(22).replace(/[-_]/g, 'x')}==$${rng.alnum(43)}=:${rng.alnum(43)}=`;
        return { v, out: [L(`LOG:  statement: ALTER ROLE kirja PASSWORD '${v}'`)] };
      },
    ),
    2,
    P(
      'session-id',
      'ysql-delete-seanssi',
      'error',
      WHY.session(
        'A guest-register session id (`seanssi`, the helper\'s Votic for "session") in the DELETE of "sign out my other devices": the WHERE names the session that stays signed in',
      ),
      (rng) => {
        const s = rng.hex(40);
        return { v: s, out: [L(`LOG:  statement: DELETE FROM seanssid WHERE seanssi <> '${s}' AND kävüjä = 12`)] };
      },
    ),
    P(
      'webhook',
      'ysql-insert-discord-webhook',
      'error',
      WHY.webhook("A Discord webhook (`/api/webhooks/<id>/<token>`) stored for the society's news channel"),
      (rng) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          v: tok,
          n: `${id}/${tok}`,
          out: [
            L(`LOG:  statement: INSERT INTO viestid (kanava, osoite) VALUES ('uudised', 'https://discord.com/api/webhooks/${id}/${tok}')`),
          ],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'ysql-insert-salavõtti',
      'error',
      `${WHY.apiKey('api_võtti')} The SMS gateway's key stored in a settings row under \`api_võtti\` (Votic "key").`,
      (rng) => {
        const k = rng.hex(32);
        return { v: k, out: [L(`LOG:  statement: INSERT INTO säätöd (nimi, arvo) VALUES ('api_võtti', '${k}')`)] };
      },
    ),
    N('ysql-gen-random-uuid', "A visitor's row id (a UUID from `gen_random_uuid()`): a primary key, no credential.", (rng) => {
      const id = rng.uuid();
      return { v: id, out: [L(`LOG:  statement: UPDATE vieraad SET lähti = now() WHERE id = '${id}'`)] };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_VO + 11 * HOUR, site: { host: 'ysql' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// weaviate.jsonl: Weaviate 1.27 (the archive's semantic search), logrus JSON one a line: `action`, `level`, `msg`,
// `time` (RFC 3339 with the server's offset), further fields.
// From memory (Weaviate's JSON log fields `action`/`level`/`msg`/`time`; messages close to its own).

function weaviateLog(rng) {
  const J = (fields) => (t) => goJson({ ...fields, time: `${local(t, MSK).slice(0, 19)}+03:00` });
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          J({
            action: 'lsm_compaction',
            class: 'Kuva',
            index: 'kuva',
            level: 'debug',
            msg: 'compaction done',
            took: `${rng.int(2, 900)}ms`,
          }),
        ],
      }),
      () => ({ out: [J({ action: 'restapi_request', level: 'debug', method: 'POST', msg: 'received HTTP request', url: '/v1/graphql' })] }),
    ])();
  const steps = [
    raw([J({ action: 'startup', level: 'info', msg: 'Serving weaviate at http://[::]:8080' })], 0),
    P(
      'header-dump',
      'weaviate-module-headers-openai-key',
      'error',
      "A module's request failed and Weaviate logs the headers it forwarded, printed as a Go map; `X-Openai-Api-Key` is the society's OpenAI key.",
      (rng) => {
        const k = `sk-proj-${rng.b64url(100)}`;
        return {
          v: k,
          out: [
            J({
              action: 'text2vec_openai',
              level: 'error',
              msg: 'vectorize failed',
              headers: `map[Content-Type:[application/json] X-Openai-Api-Key:[${k}]]`,
              error: 'connection to: OpenAI API failed with status: 429',
            }),
          ],
        };
      },
    ),
    N('weaviate-masked-api-key', "The same header masked by the module's later log line (`sk-proj-****`): a mask, no credential.", () => ({
      v: 'sk-proj-****',
      out: [J({ action: 'text2vec_openai', level: 'info', msg: 'using api key sk-proj-****' })],
    })),
    2,
    P(
      'id-token',
      'weaviate-oidc-token-rejected',
      'error',
      "Weaviate's OIDC check rejects a token for its audience and logs the token it got: the archive editor's ID token, still valid.",
      (rng, t) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: { iss: `https://tunnuz.${LU}`, sub: rng.uuid(), aud: 'arhiva-toimittaja', email: `opettaja@${LU}` },
        });
        return {
          v: token,
          jwt: facts,
          out: [J({ action: 'oidc', level: 'warning', msg: 'token verification failed: oidc: expected audience "weaviate"', token })],
        };
      },
    ),
    2,
    P(
      'api-key-name',
      'weaviate-restapi-url-votti',
      'error',
      `${WHY.apiKey('votti')} The kiosk's import script reaches Weaviate through the society's gateway with its key in the query (\`votti\`, the developers' ASCII for Votic \`võtti\`, "key"), and the debug request line keeps the URL.`,
      (rng) => {
        const k = rng.alnum(32);
        return {
          v: k,
          out: [
            J({
              action: 'restapi_request',
              level: 'debug',
              method: 'GET',
              msg: 'received HTTP request',
              url: `/v1/objects?class=Kuva&limit=50&votti=${k}`,
            }),
          ],
        };
      },
    ),
    2,
    P(
      'session-id',
      'weaviate-unauthorized-cookie-seanssi',
      'error',
      WHY.session(
        "The archive editor's session cookie (`arhiva_seanssi`) in a request the gateway forwarded, logged with an authorization failure",
      ),
      (rng) => {
        const s = rng.b64url(32);
        return {
          v: s,
          out: [
            J({
              action: 'restapi_auth',
              level: 'warning',
              msg: 'unauthorized request',
              cookie: `arhiva_seanssi=${s}; keeli=vot`,
              url: '/v1/schema',
            }),
          ],
        };
      },
    ),
    N('weaviate-object-uuid', "An object's id (a UUID) in a batch error: names an object, no credential.", (rng) => {
      const id = rng.uuid();
      return {
        v: id,
        out: [J({ action: 'batch_objects', class: 'Kuva', id, level: 'warning', msg: 'object failed: property "vuosi" not found' })],
      };
    }),
    2,
    P(
      'encoded',
      'weaviate-graphql-escaped-query-salaisuz',
      'error',
      'A GraphQL query logged as a JSON string (escaped quotes, `\\u0026`) holds a return address whose `salaisuz` (the helper\'s Votic for "secret") is the archive\'s share secret.',
      (rng) => {
        const s = rng.alnum(28);
        return {
          v: s,
          out: [
            J({
              action: 'graphql_query',
              level: 'debug',
              msg: 'query',
              query: `{Get{Kuva(where:{path:["lähte"],operator:Equal,valueText:"https://arhiva.${LU}/jaga?kuva=17&salaisuz=${s}"}){nimi}}}`,
            }),
          ],
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VO + 14 * HOUR, site: { host: 'weaviate' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout122');
writePart(join(here, 'heldout122'), {
  'ihp-tidewatch-dev.log': ihpLog(rng),
  'bitwarden-desktop-main.log': bitwardenLog(rng),
  'davmail.log': davmailLog(rng),
  'spack-install-tidemodel.log': spackLog(rng),
  'thanos.log': thanosLog(rng),
  'openobserve.log': openobserveLog(rng),
  'fe.audit.log': starrocksLog(rng),
  'soju.log': sojuLog(rng),
  'conan-kassa-build.log': conanLog(rng),
  'milvus-proxy.log': milvusLog(rng),
  'vespa.log': vespaLog(rng),
  'turnserver.log': coturnLog(rng),
  'postgresql-ysql.log': ysqlLog(rng),
  'weaviate.jsonl': weaviateLog(rng),
});
