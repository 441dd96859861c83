// Writes corpus/logs-in-the-wild/heldout93/: a ninety-third held-out part, in formats no other part uses (a nodemon
// console captured with tee, a Fossil SCM CGI error log, Mercurial's `hg --debug pull` and `hg config --debug` in a
// terminal, runit's svlogd log with `-tt` stamps, YouTrack issue comments read from its REST API, a Gluu oxAuth log, a
// Revel (Go) application log, a Resin 4 server log, a Civetweb access log of an embedded device, monday.com activity
// logs read from its GraphQL API, LiveChat archives read from its Agent Chat API, a Kallithea log, a Sumo Logic search
// export as CSV, a Deluge 2 daemon log), with credentials planted in realistic places and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout93.mjs     rewrites heldout93/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Lune Valley Makerspace of Lancaster (Lancashire), with its booking app, a Fossil wiki, the
// door controller's firmware in Mercurial, the door daemon and a YouTrack project for the website (English, five logs);
// the «Бөрйән балы» умартасылар кооперативы, a beekeepers' cooperative of Burzyan (Bashkortostan) with its office in Өфө,
// with a single sign-on server on Gluu, a honey shop on Revel, an order service on Resin, hive scales behind a Civetweb
// device and a monday.com board (Bashkir in its Cyrillic orthography with ә ө ү ҡ ғ ҙ ҫ һ ң where the apps show text,
// romanized without diacritics in routes, parameter, cookie and key names, five logs); the Koperasi Tenun Endek Sari
// Mertha of Sidemen (Karangasem, Bali), a weavers' cooperative with a shop chat on LiveChat, a Kallithea code host, a
// shop whose logs go to Sumo Logic and an archive of gamelan recordings seeded with Deluge (Balinese in the Latin
// script, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java-http-client/21.0.5'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Lancashire in January (GMT, UTC+0), Bashkortostan (UTC+5 all year), Bali (WITA, UTC+8 all year). */
const GMT = 0;
const UFA = 300;
const WITA = 480;
const DAY_EN = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_BA = Date.UTC(2028, 0, 24, 0, 0, 0);
const DAY_BAN = Date.UTC(2028, 1, 7, 0, 0, 0);

/** `yyyy-MM-dd HH:mm:ss,SSS` and `.SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;

// =====================================================================================================================
// Lune Valley Makerspace (English; Lancaster: GMT, UTC+0 in January)
// =====================================================================================================================

const LM = 'lunemakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// nodemon-booking-dev.log: the booking app (Express 5) run by a volunteer with `npm run dev 2>&1 | tee …`: npm's script
// banner, nodemon 3's `[nodemon] …` lines, morgan's `dev` format (`GET /path 200 12.345 ms - 1234`), and what the app
// prints with console.log/console.error, which Node formats with util.inspect (objects over several lines past 72
// characters, strings in single quotes, an AxiosError with its `config`). No time on the lines.
// From memory (nodemon's banner, morgan's dev format, util.inspect's layout, AxiosError's printed fields).

function nodemonLog(rng) {
  const render = (e) => e.out;
  const PATHS = ['/bookings?week=2', '/tools', '/tools/laser-cutter', '/css/site.css', '/js/calendar.js', '/inductions', '/me'];
  const filler = (rng) => {
    const p = rng.pick(PATHS);
    const st = p.startsWith('/css') || p.startsWith('/js') ? 304 : 200;
    return { out: [`GET ${p} ${st} ${rng.int(1, 90)}.${digits(rng, 3)} ms - ${st === 304 ? '-' : rng.int(300, 9000)}`] };
  };
  const steps = [
    {
      raw: {
        out: [
          '',
          '> lune-booking@0.9.0 dev',
          '> nodemon server.js',
          '',
          '[nodemon] 3.1.9',
          '[nodemon] to restart at any time, enter `rs`',
          '[nodemon] watching path(s): *.*',
          '[nodemon] watching extensions: js,mjs,cjs,json',
          '[nodemon] starting `node server.js`',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'nodemon-console-log-config-db-password',
      'error',
      "A `console.log(config)` left in server.js prints the app's configuration at every start, util.inspect's layout, the database's `password: '…'` included.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              '{',
              '  port: 3000,',
              "  baseUrl: 'http://localhost:3000',",
              '  db: {',
              `    host: 'db.${LM}',`,
              "    user: 'booking',",
              `    password: '${pw}',`,
              "    database: 'booking'",
              '  },',
              `  mail: { host: 'smtp.${LM}', port: 587 }`,
              '}',
              'Booking server on http://localhost:3000',
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'oauth-code',
      'nodemon-morgan-github-callback-code',
      'warning',
      `${WHY.code} morgan's \`dev\` line of the GitHub sign-in's return (\`/auth/github/callback?code=<20 hex>&state=…\`), answered with a redirect.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            out: [`GET /auth/github/callback?code=${code}&state=${rng.hex(24)} 302 ${rng.int(150, 400)}.${digits(rng, 3)} ms - 62`],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'nodemon-passport-verify-refresh-token',
      'error',
      `${WHY.refresh} The Google strategy's verify callback logs what it got (\`console.log('google verify', { refreshToken, … })\`), a Google refresh token ("1//0…") on its own line of the printed object.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            out: [
              'google verify {',
              `  refreshToken: '${rt}',`,
              `  profileId: '1${digits(rng, 20)}',`,
              "  scope: 'openid email profile https://www.googleapis.com/auth/calendar.events'",
              '}',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'nodemon-inspect-body-csrf-field',
      'none',
      'The body of a booking form printed while debugging: its `_csrf` field is a per-form anti-forgery token, no credential.',
      ({ rng }) => {
        const c = rng.b64url(36);
        return {
          value: c,
          event: {
            out: [
              `booking body: { _csrf: '${c}', tool: 'laser-cutter', slot: '2028-01-12T18:00' }`,
              `POST /bookings 302 ${rng.int(10, 60)}.${digits(rng, 3)} ms - 56`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'nodemon-inspect-req-cookies-connect-sid',
      'error',
      WHY.session(
        "The volunteer prints `req.cookies` to chase a sign-out bug; cookie-parser without a secret leaves express-session's signed cookie as sent (`connect.sid`, `s:<id>.<signature>`)",
      ),
      ({ rng }) => {
        const sid = `s:${rng.b64url(32)}.${rng.b64url(43)}`;
        return { value: sid, event: { out: [`cookies: { 'connect.sid': '${sid}', theme: 'dark' }`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'nodemon-fetch-error-message-api-key',
      'error',
      `${WHY.apiKey('api_key')} node-fetch's FetchError message quotes the whole request URL (\`request to … failed, reason: …\`) when the members' API cannot be reached.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              `FetchError: request to https://members.${LM}/api/v1/inductions?member=${rng.int(100, 400)}&api_key=${key} failed, reason: getaddrinfo ENOTFOUND members.${LM}`,
              '    at ClientRequest.<anonymous> (/home/tom/lune-booking/node_modules/node-fetch/lib/index.js:1505:11)',
              '    at ClientRequest.emit (node:events:518:28)',
              "  type: 'system',",
              "  errno: 'ENOTFOUND',",
              "  code: 'ENOTFOUND'",
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'nodemon-axios-error-config-authorization',
      'error',
      "`console.error(err)` of an AxiosError prints its `config`, the request's headers among them (`Authorization: 'Bearer …'`, the door controller's API token).",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            out: [
              'AxiosError: Request failed with status code 503',
              '    at settle (/home/tom/lune-booking/node_modules/axios/dist/node/axios.cjs:2031:12)',
              "  code: 'ERR_BAD_RESPONSE',",
              '  config: {',
              "    method: 'post',",
              `    url: 'https://door.${LM}/api/grants',`,
              '    headers: Object [AxiosHeaders] {',
              "      Accept: 'application/json, text/plain, */*',",
              "      'Content-Type': 'application/json',",
              `      Authorization: 'Bearer ${tok}',`,
              "      'User-Agent': 'axios/1.13.2'",
              '    },',
              `    data: '{"member":${rng.int(100, 400)},"tool":"laser-cutter"}'`,
              '  },',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'nodemon-stripe-signature-verified',
      'none',
      "The app logs the `v1` signature of a Stripe webhook it verified: an HMAC over that one event's timestamp and body, no credential.",
      ({ rng, t }) => {
        const v1 = rng.hex(64);
        return {
          value: v1,
          event: {
            out: [
              `stripe event ok: t=${Math.floor(t / 1000)},v1=${v1}`,
              `POST /webhooks/stripe 200 ${rng.int(3, 30)}.${digits(rng, 3)} ms - 2`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'localhost' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fossil-errorlog.txt: the error log of the makerspace's Fossil repository and wiki served as CGI (`errorlog:` in the
// CGI script): per entry a dashed rule with the UTC time, the warning or panic, then the CGI environment one
// `NAME=value` a line, sorted by name. From memory (not fetched): the rule's wording and the list of variables.

function fossilLog(rng) {
  const render = (e) => [
    `------------- ${ymdHmsAt(e.t, 0)} UTC ------------`,
    e.msg,
    ...Object.entries({
      HTTP_ACCEPT: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      HTTP_ACCEPT_ENCODING: 'gzip, deflate, br',
      ...e.env,
      HTTP_HOST: `fossil.${LM}`,
      HTTP_USER_AGENT: e.ua,
      REMOTE_ADDR: e.ip,
      REQUEST_METHOD: e.method,
      SCRIPT_NAME: '/cgi-bin/lune',
    })
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`),
  ];
  const PAGES = ['/wiki/Laser_cutter', '/wiki/Inductions', '/timeline', '/tktview/3f2a9c', '/doc/trunk/README.md', '/forum'];
  const filler = (rng) =>
    rng.pick([
      () => {
        const p = rng.pick(PAGES);
        return {
          msg: `warning: SECURITY: authorization fails on ${p.slice(1)}`,
          env: { PATH_INFO: p, QUERY_STRING: '', REQUEST_URI: `/cgi-bin/lune${p}` },
        };
      },
      () => ({
        msg: 'warning: cannot open /srv/fossil/lune.fossil-journal (Permission denied)',
        env: { PATH_INFO: '/timeline', QUERY_STRING: `n=${rng.int(20, 200)}`, REQUEST_URI: `/cgi-bin/lune/timeline?n=${rng.int(20, 200)}` },
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'fossil-info-artifact-hash',
      'none',
      "A Fossil artifact's SHA3-256 hash in `/info/<hash>` (a check-in's name, the same for everyone who clones the repository): no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            msg: 'warning: SECURITY: authorization fails on info',
            env: { PATH_INFO: `/info/${h}`, QUERY_STRING: '', REQUEST_URI: `/cgi-bin/lune/info/${h}` },
          },
          needle: `PATH_INFO=/info/${h}`,
        };
      },
    ),
    2,
    plant(
      'session-id',
      'fossil-http-cookie-login-cookie',
      'error',
      WHY.session(
        "Fossil's login cookie (`fossil-<project code prefix>=<hash>/<project code>/<user>`) in the `HTTP_COOKIE` the error log copies from the CGI environment",
      ),
      ({ rng }) => {
        const h = rng.hex(40).toUpperCase();
        const pc = rng.hex(40);
        return {
          value: h,
          event: {
            msg: 'panic: database is locked',
            env: {
              HTTP_COOKIE: `fossil-${pc.slice(0, 16)}=${h}%2F${pc}%2Fpriya; fossil_display_settings=${b64urlOf('{"tl":"c","sbs":1}')}`,
              PATH_INFO: '/wikiedit',
              QUERY_STRING: 'name=Laser_cutter',
              REQUEST_URI: '/cgi-bin/lune/wikiedit?name=Laser_cutter',
            },
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'fossil-query-string-and-request-uri-apikey',
      'error',
      `${WHY.apiKey('apikey')} The door log's extension page (\`/ext/doorlog\`) takes the key in its query; Fossil's error log writes it in \`QUERY_STRING\` and again in \`REQUEST_URI\`.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ip: '198.51.100.23',
            method: 'GET',
            ua: 'python-requests/2.32.5',
            msg: 'panic: ext/doorlog: unable to open database file',
            env: {
              PATH_INFO: '/ext/doorlog',
              QUERY_STRING: `apikey=${key}&n=50`,
              REQUEST_URI: `/cgi-bin/lune/ext/doorlog?apikey=${key}&n=50`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'fossil-http-referer-magic-login-link',
      'error',
      WHY.pathSecret(
        "The members' portal's e-mailed sign-in link (`/login/magic/<token>`), from which the member followed a link to the wiki: it is the `HTTP_REFERER` of the failing request",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            msg: 'warning: SECURITY: authorization fails on wiki',
            env: {
              HTTP_REFERER: `https://members.${LM}/login/magic/${tok}`,
              PATH_INFO: '/wiki/Members_area',
              QUERY_STRING: '',
              REQUEST_URI: '/cgi-bin/lune/wiki/Members_area',
            },
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'fossil-http-referer-percent-encoded-sso-token',
      'error',
      "The single sign-on page's address as the `HTTP_REFERER`: its `next=` parameter carries the return URL percent-encoded, and inside it `sso_token%3D…`, the token that signs the member in on return.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            msg: 'warning: SECURITY: authorization fails on login',
            env: {
              HTTP_REFERER: `https://members.${LM}/sso/return?next=https%3A%2F%2Ffossil.${LM}%2Fcgi-bin%2Flune%2Flogin%3Fsso_token%3D${tok}%26g%3D%252Fwiki`,
              PATH_INFO: '/login',
              QUERY_STRING: 'g=%2Fwiki',
              REQUEST_URI: '/cgi-bin/lune/login?g=%2Fwiki',
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'fossil-anonymous-login-captcha-seed',
      'none',
      "Fossil's anonymous login form posts its captcha seed (`cs=`, a number shown to everyone) beside the captcha's answer: no credential.",
      ({ rng }) => {
        const cs = `${rng.int(1, 4)}${digits(rng, 9)}`;
        return {
          value: cs,
          event: {
            msg: 'warning: SECURITY: authorization fails on login',
            env: {
              PATH_INFO: '/login',
              QUERY_STRING: `anon=1&g=%2Fforum&cs=${cs}`,
              REQUEST_URI: `/cgi-bin/lune/login?anon=1&g=%2Fforum&cs=${cs}`,
            },
          },
          needle: `QUERY_STRING=anon=1&g=%2Fforum&cs=${cs}`,
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'fossil' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hg-door-firmware.txt: a terminal capture (`script`) of a volunteer pulling the door controller's firmware with
// `hg --debug pull` and then, to find why a hook misbehaves, `hg config --debug`, which prints every setting as
// `<file>:<line>: <section>.<name>=<value>`. `--debug` writes `using auth.<group>.* for authentication` and
// `http auth: user …, password <as many * as characters>`. From memory (not fetched): Mercurial's debug messages.

function hgLog(rng) {
  const render = (e) => e.out;
  const REPO = `https://hg.${LM}/door-firmware`;
  const HOME = '/home/tom';
  const RC = `${HOME}/src/door-firmware/.hg/hgrc`;
  let phase = 'pull';
  const SETTINGS = [
    ['/etc/mercurial/hgrc.d/mergetools.rc', 'merge-tools.vimdiff.args=$local $other $base -c \'redraw | echomsg "hg merge conflict"\''],
    ['/etc/mercurial/hgrc.d/mergetools.rc', 'merge-tools.meld.gui=True'],
    [`${HOME}/.hgrc`, 'ui.editor=vim'],
    [`${HOME}/.hgrc`, 'extensions.rebase='],
    [`${HOME}/.hgrc`, 'extensions.histedit='],
    [`${HOME}/.hgrc`, 'diff.git=True'],
    [`${HOME}/.hgrc`, 'alias.lg=log -G -l 12'],
  ];
  let next = 0;
  const filler = (rng) => {
    if (phase === 'config') {
      const [f, kv] = SETTINGS[next++ % SETTINGS.length];
      return { out: [`${f}:${next + (f.startsWith('/etc') ? 0 : 14)}: ${kv}`] };
    }
    return rng.pick([
      () => ({ out: [`adding door/${rng.pick(['reader.py', 'relay.py', 'daypass.py', 'config.py'])} revisions`] }),
      () => ({ out: [`bundle2-input-part: total payload size ${rng.int(900, 9000)}`] }),
      () => ({ out: [`add changeset ${rng.hex(12)}`] }),
    ])();
  };
  const steps = [
    {
      raw: {
        out: [
          'Script started on 2028-01-10 20:14:02+00:00 [TERM="xterm-256color" TTY="/dev/pts/1" COLUMNS="120" LINES="40"]',
          'tom@bench:~/src/door-firmware$ hg --debug pull',
          `pulling from ${REPO}`,
          'using auth.lune.* for authentication',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'hg-debug-http-auth-password-masked',
      'none',
      "Mercurial's debug line about HTTP authentication writes the password as asterisks, one per character: a mask, no credential.",
      () => ({
        value: '*'.repeat(14),
        needle: `password ${'*'.repeat(14)}`,
        event: { out: [`http auth: user tom, password ${'*'.repeat(14)}`] },
      }),
      { after: 0 },
    ),
    {
      raw: {
        out: [
          'sending capabilities command',
          'query 1; heads',
          'sending batch command',
          'searching for changes',
          'all local changesets known remotely',
          'sending getbundle command',
          'bundle2-input-bundle: 1 params with-transaction',
          'bundle2-input-part: "changegroup" (params: 1 mandatory 1 advisory) supported',
          'adding changesets',
        ],
      },
      after: 1,
    },
    4,
    {
      raw: {
        get out() {
          phase = 'config';
          return [
            'adding manifests',
            'adding file changes',
            'added 3 changesets with 5 changes to 3 files',
            'running hook changegroup.notify: sh -c "$HG_HOOK_NOTIFY"',
            "(run 'hg update' to get a working copy)",
            'tom@bench:~/src/door-firmware$ hg config --debug',
            `${HOME}/.hgrc:1: ui.username=Tom Barrow <tom@${LM}>`,
          ];
        },
      },
    },
    2,
    plant(
      'framework-dump',
      'hg-config-debug-auth-password',
      'error',
      "`hg config --debug` prints every setting with the file and line it comes from, the `[auth]` section's `auth.lune.password` in clear (the debug pull above masked it).",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            out: [
              `${HOME}/.hgrc:8: auth.lune.prefix=hg.${LM}`,
              `${HOME}/.hgrc:9: auth.lune.username=tom`,
              `${HOME}/.hgrc:10: auth.lune.password=${pw}`,
              `${HOME}/.hgrc:11: auth.lune.schemes=https`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'hg-config-hostsecurity-fingerprint',
      'none',
      "The server certificate's pinned SHA-256 fingerprint (`hostsecurity.<host>:fingerprints=sha256:…`): a hash of a public certificate, no credential.",
      ({ rng }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return { value: fp, event: { out: [`${HOME}/.hgrc:14: hostsecurity.hg.${LM}:fingerprints=sha256:${fp}`] } };
      },
    ),
    2,
    plant(
      'webhook',
      'hg-config-debug-hook-slack-workflow-trigger',
      'error',
      WHY.webhook(
        "A Slack Workflow Builder trigger (`hooks.slack.com/triggers/<team>/<id>/<secret>`) in the repository's `changegroup.notify` hook, printed by `hg config --debug`",
      ),
      ({ rng }) => {
        const team = `T0${upperNum(rng, 9)}`;
        const id = digits(rng, 13);
        const sec = rng.hex(32);
        return {
          value: sec,
          needle: `${team}/${id}/${sec}`,
          event: {
            out: [
              `${RC}:2: hooks.changegroup.notify=curl -fsS -X POST -H 'Content-type: application/json' --data '{"repo":"door-firmware"}' https://hooks.slack.com/triggers/${team}/${id}/${sec}`,
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'hg-config-debug-hook-build-key',
      'error',
      `${WHY.apiKey('build_key')} The repository's \`changegroup.ci\` hook starts the firmware build with the CI's key in the query; \`hg config --debug\` prints it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { out: [`${RC}:3: hooks.changegroup.ci=curl -fsS "https://ci.${LM}/hook/hg?repo=door-firmware&build_key=${key}"`] },
        };
      },
    ),
    2,
    {
      raw: {
        out: [
          `${RC}:5: paths.default=${REPO}`,
          'tom@bench:~/src/door-firmware$ exit',
          '',
          'Script done on 2028-01-10 20:16:40+00:00 [COMMAND_EXIT_CODE="0"]',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 20 * HOUR, site: { host: 'hg' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// svlogd-doord-current.log: runit's svlogd writing the door daemon's (`doord`, Python, on a Raspberry Pi with Void
// Linux) output to /var/log/doord/current with `-tt`: each line prefixed with its UTC time as
// `yyyy-mm-dd_hh:mm:ss.xxxxx` (five digits of the second). The daemon's own messages from memory; svlogd's `-tt` stamp
// from memory (not fetched).

function svlogdLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 10)}_${iso(t).slice(11, 19)}.${iso(t).slice(20, 23)}${digits(rng, 2)}`;
  const render = (e) => e.d.map((m, i) => `${stamp(e.t + i * 140)} ${m}`);
  const uid = (rng) => `04${rng.hex(12).toUpperCase()}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ d: [`door front: badge ${uid(rng)} member ${rng.int(100, 400)}: granted`] }),
      () => ({ d: [`door back: badge ${uid(rng)} member ${rng.int(100, 400)}: granted`] }),
      () => ({ d: [`door front: badge ${uid(rng)}: unknown, denied`] }),
      () => ({ d: [`mqtt: published lune/door/front/state closed`] }),
    ])();
  const steps = [
    { raw: { d: ['doord 1.8.2 starting', 'readers: front=/dev/ttyAMA0 back=/dev/ttyUSB0'] }, after: 0 },
    plant(
      'encoded',
      'svlogd-doord-config-base64-json',
      'error',
      "The daemon prints its configuration as it got it from the environment (`DOORD_CONFIG`, base64 of a JSON object); decoded, it holds the MQTT broker's password and the members' API key.",
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({
            mqtt: { host: `mqtt.${LM}`, user: 'doord', password: rng.alnum(18) },
            members: { url: `https://members.${LM}/api/door`, api_key: rng.alnum(32) },
          }),
        );
        return { value: b, event: { d: [`config (DOORD_CONFIG): ${b}`] } };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'svlogd-doord-members-list-sha256',
      'none',
      'The daemon names the members list it loaded by its SHA-256, to tell a stale copy: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { d: [`members: loaded 212 badges from /var/lib/doord/members.json (sha256 ${h})`] } };
      },
    ),
    plant(
      'negative',
      'svlogd-doord-mqtt-client-id',
      'none',
      "The MQTT client id the daemon makes from the Pi's serial number: it names the connection, no credential.",
      ({ rng }) => {
        const id = `doord-${rng.hex(8)}`;
        return { value: id, event: { d: [`mqtt: connected to mqtt.${LM}:8883 as ${id} (session present 0)`] } };
      },
    ),
    4,
    plant(
      'id-token',
      'svlogd-doord-members-check-id-token',
      'error',
      "A member opens the door from the makerspace app, which hands the daemon its OpenID Connect `id_token`; the daemon checks it with the members' API by putting it in the query and writes the URL before the call and again with the answer, each line stamped in UTC by `svlogd -tt`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(30, 200),
          claims: { iss: `https://members.${LM}`, aud: 'door-app', sub: String(rng.int(100, 400)), email_verified: true },
        });
        const url = `https://members.${LM}/api/door/check?door=front&id_token=${token}`;
        return {
          value: token,
          jwt: facts,
          event: { d: [`members: GET ${url}`, `members: ${url} -> 200 (${rng.int(80, 300)} ms)`, 'door front: app member: granted'] },
        };
      },
    ),
    3,
    plant(
      'replay',
      'svlogd-doord-daypass-ticket-first',
      'note',
      WHY.ticketFirst(
        "A visitor's day-pass QR code (`ticket=`), scanned at the front door and accepted by the members' API. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.daypass = t;
        return { value: tk, event: { d: [`door front: daypass ticket=${tk} -> 200 granted`] } };
      },
      { ref: 'daypass' },
    ),
    2,
    plant(
      'replay',
      'svlogd-doord-daypass-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('daypass').value,
            why: `${WHY.replay('ticket', gap('daypass', t))} The back door's reader scanned the same day pass and the API let it in again.`,
          },
        ],
        event: { d: [`door back: daypass ticket=${refs.get('daypass').value} -> 200 granted`] },
      }),
      { replayOf: 'daypass', after: 131 },
    ),
    2,
    plant(
      'webhook',
      'svlogd-doord-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier "Catch Hook" URL (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the daemon posts forced-door alarms to, written with the answer',
      ),
      ({ rng }) => {
        const acct = digits(rng, 8);
        const hook = lowerNum(rng, 7);
        return {
          value: hook,
          needle: `${acct}/${hook}/`,
          event: { d: ['door back: forced open!', `alarm: POST https://hooks.zapier.com/hooks/catch/${acct}/${hook}/ -> 200`] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: 'door' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// youtrack-web-comments.jsonl: the website project's issue comments read from YouTrack's REST API
// (`/api/issues/{id}/comments?fields=id,text,created,author(login,fullName),issue(idReadable)`), one a line, oldest
// first; `created` in milliseconds since the epoch (UTC). From memory (not fetched): the field names.

function youtrackLog(rng) {
  let n = 300;
  const render = (e) => [
    JSON.stringify({
      $type: 'IssueComment',
      id: `4-${n++}`,
      issue: { idReadable: e.yt.issue, $type: 'Issue' },
      text: e.yt.text,
      created: e.t,
      author: { login: e.yt.who[0], fullName: e.yt.who[1], $type: 'User' },
    }),
  ];
  const WHO = [
    ['tom.b', 'Tom Barrow'],
    ['priya', 'Priya Shah'],
    ['gwen.h', 'Gwen Hartley'],
  ];
  const TEXTS = [
    'Looks fine on my phone now.',
    'Moved to next sprint.',
    'Can we get the induction dates on the home page too?',
    'Deployed to staging.',
    'Fixed in the last push, please check.',
  ];
  const filler = (rng) => ({ yt: { issue: `WEB-${rng.int(30, 60)}`, who: rng.pick(WHO), text: rng.pick(TEXTS) } });
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'youtrack-comment-members-portal-access-token-fragment',
      'error',
      "A volunteer reports a blank page after signing in and pastes the address the browser showed, the members' portal's `#access_token=…` of the implicit flow included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            yt: {
              issue: 'WEB-47',
              who: WHO[2],
              text: `After login I land here and get a blank page: https://members.${LM}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'youtrack-comment-discord-callback-code',
      'warning',
      `${WHY.code} A member pastes the Discord sign-in's return address that ended on an error page (\`/auth/discord/callback?code=…&state=…\`).`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: {
            yt: {
              issue: 'WEB-49',
              who: WHO[1],
              text: `Discord login says "invalid state" at https://members.${LM}/auth/discord/callback?code=${code}&state=${rng.b64url(22)}`,
            },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'youtrack-comment-stripe-publishable-key',
      'none',
      "Stripe's publishable key (`pk_live_…`) quoted for the donation form: it is sent to every browser by design, no credential.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return {
          value: pk,
          event: {
            yt: { issue: 'WEB-52', who: WHO[0], text: `The donation form uses ${pk}, that's the public one so it can go in the template.` },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'youtrack-comment-seafile-share-link',
      'error',
      WHY.pathSecret(
        "A Seafile share link (`/f/<20 hex>/`) to the makerspace library's folder of photos for the website, pasted into a comment",
      ),
      ({ rng }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: { yt: { issue: 'WEB-53', who: WHO[1], text: `New photos of the laser room: https://files.${LM}/f/${tok}/` } },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'youtrack-comment-grafana-embed-expired',
      'note',
      "The shop-floor screen's energy dashboard link (`/embed/<JWT>`, a signed embed) pasted into a comment a day after it expired, the comment's time in UTC milliseconds",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + rng.int(600, 7200),
          claims: { iss: `https://dash.${LM}`, resource: { dashboard: 3 }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            yt: {
              issue: 'WEB-55',
              who: WHO[0],
              text: `The screen shows "token expired" for https://dash.${LM}/embed/${token} since yesterday.`,
            },
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'youtrack-comment-curl-apikey',
      'error',
      `${WHY.apiKey('apiKey')} A volunteer gives the curl command that reproduces a 500 of the inductions API, with the website's key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            yt: { issue: 'WEB-56', who: WHO[2], text: `curl 'https://members.${LM}/api/v1/inductions?tool=lathe&apiKey=${key}' gives 500` },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'youtrack-comment-commit-sha',
      'none',
      'A commit named by its full SHA-1 in a comment: public in the repository, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { yt: { issue: 'WEB-47', who: WHO[0], text: `Fixed in ${sha}, the redirect now strips the fragment.` } },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'youtrack' }, filler, render, steps });
}

// =====================================================================================================================
// «Бөрйән балы» умартасылар кооперативы (Bashkir; Burzyan and Өфө: UTC+5 all year)
// =====================================================================================================================

const BB = 'burjanbaly.example';

// ---------------------------------------------------------------------------------------------------------------------
// oxauth.log: Gluu Server 4's oxAuth log (log4j2): `<yyyy-MM-dd HH:mm:ss,SSS> <LEVEL> [<thread>] [<logger>]
// (<File>.java:<line>) - <message>` in the server's local time without zone, at DEBUG. The authorize and token
// endpoints' `Attempting to request …` lines are from memory of oxAuth's source (not fetched); the person
// authentication script's lines (Jython, `print`) are the cooperative's own, in Bashkir.

function gluuLog(rng) {
  const render = (e) =>
    e.gl.map(
      ([lvl, cls, msg], i) =>
        `${commaMs(e.t + i * 4, UFA)} ${lvl.padEnd(5)} [qtp${e.qtp}-${e.th}] [${cls}] (${cls.split('.').at(-1)}.java:${e.ln ?? rng.int(60, 400)}) - ${msg}`,
    );
  const AZ = 'org.gluu.oxauth.authorize.ws.rs.AuthorizeRestWebServiceImpl';
  const TK = 'org.gluu.oxauth.token.ws.rs.TokenRestWebServiceImpl';
  const SC = 'org.gluu.oxauth.service.external.ExternalAuthenticationService';
  const CLIENT = `1201.${rng.uuid()}`;
  const base = () => ({ qtp: 1971489295, th: rng.int(12, 60) });
  const filler = (rng) => ({
    ...base(),
    gl: rng.pick([
      () => [['DEBUG', 'org.gluu.oxauth.service.SessionIdService', `Session ${rng.uuid()} expired, removing`]],
      () => [['INFO ', SC, `(PythonScript) Бөрйән. Ҡулланыусы тикшерелә: ${rng.pick(['gulnaz', 'rustam', 'aygul', 'ilnur'])}`]],
      () => [
        [
          'DEBUG',
          'org.gluu.oxauth.model.common.AbstractAuthorizationGrant',
          `Saved token: ${rng.pick(['access_token', 'id_token'])} (scope openid profile)`,
        ],
      ],
      () => [['INFO ', 'org.gluu.oxauth.service.CleanerTimer', `Start clean up, batchSize: 100`]],
    ])(),
  });
  const steps = [
    {
      raw: { ...base(), gl: [['INFO ', 'org.gluu.oxauth.service.AppInitializer', 'Starting oxAuth application, version 4.5.6.Final']] },
      after: 0,
    },
    2,
    plant(
      'negative',
      'gluu-authorize-nonce-and-session-state',
      'none',
      "The authorize request's `nonce` (the client's random value, echoed in the ID token to bind it to this one request): no credential.",
      ({ rng }) => {
        const nonce = rng.b64url(32);
        return {
          value: nonce,
          event: {
            ...base(),
            gl: [
              [
                'DEBUG',
                AZ,
                `Attempting to request authorization: responseType = code, clientId = ${CLIENT}, scope = openid profile email, redirectUri = https://kibet.${BB}/ineu/callback, nonce = ${nonce}, state = ${rng.b64url(22)}, request = null, isSecure = true, sessionId = null`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'session-id',
      'gluu-cookie-session-id',
      'error',
      WHY.session(
        "oxAuth's `session_id` cookie (a UUID naming the user's server-side session) as the debug line writes it when it reads the cookie",
      ),
      ({ rng }) => {
        const s = rng.uuid();
        return {
          value: s,
          event: { ...base(), gl: [['DEBUG', 'org.gluu.oxauth.service.CookieService', `Found session_id cookie: '${s}'`]] },
        };
      },
    ),
    plant(
      'oauth-code',
      'gluu-authorize-redirect-code',
      'warning',
      `${WHY.code} oxAuth's authorization codes are UUIDs; the debug line writes the redirect back to the honey shop (\`/ineu/callback\`, from инеү, "to enter") with it.`,
      ({ rng }) => {
        const code = rng.uuid();
        return {
          value: code,
          event: {
            ...base(),
            gl: [
              [
                'DEBUG',
                AZ,
                `Redirecting to: https://kibet.${BB}/ineu/callback?code=${code}&scope=openid+profile+email&state=${rng.b64url(22)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'gluu-session-state-hash',
      'none',
      "OpenID Connect Session Management's `session_state` (a SHA-256 over the client, origin and browser state, then a salt): it lets the page notice a sign-out and grants nothing.",
      ({ rng }) => {
        const ss = `${rng.hex(64)}.${rng.uuid()}`;
        return {
          value: ss,
          event: { ...base(), gl: [['DEBUG', 'org.gluu.oxauth.service.SessionIdService', `Calculated session_state: ${ss}`]] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'gluu-token-request-headers-map-authorization-basic',
      'error',
      "A debug line of the token endpoint writes the request's headers as a Java `Map.toString()` (`{name=[value], …}`), the client's `authorization=[Basic <base64 of client_id:client_secret>]` included.",
      ({ rng }) => {
        const b = b64Of(`${encodeURIComponent(CLIENT)}:${rng.alnum(24)}`);
        return {
          value: b,
          event: {
            ...base(),
            gl: [
              [
                'DEBUG',
                'org.gluu.oxauth.auth.AuthenticationFilter',
                `Request headers: {host=[sso.${BB}], authorization=[Basic ${b}], content-type=[application/x-www-form-urlencoded], user-agent=[Go-http-client/2.0]}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'gluu-token-request-refresh-token',
      'error',
      `${WHY.refresh} oxAuth's token endpoint writes the parameters of each request at DEBUG (\`Attempting to request access token: grantType = refresh_token, …, refreshToken = <UUID>, …\`).`,
      ({ rng }) => {
        const rt = rng.uuid();
        return {
          value: rt,
          event: {
            ...base(),
            gl: [
              [
                'DEBUG',
                TK,
                `Attempting to request access token: grantType = refresh_token, code = null, redirectUri = null, username = null, refreshToken = ${rt}, clientId = ${CLIENT}, ExtraParams = {}, isSecure = true, codeVerifier = null`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'gluu-script-client-tostring-secret',
      'error',
      'The cooperative\'s authentication script prints the client it resolved (`print "Клиент: %s" % client`), and the client entry\'s `toString()` lists every attribute, its `clientSecret` in clear.',
      ({ rng }) => {
        const sec = rng.alnum(24);
        return {
          value: sec,
          event: {
            ...base(),
            gl: [
              [
                'INFO ',
                SC,
                `(PythonScript) Бөрйән. Клиент: Client{dn='inum=${CLIENT},ou=clients,o=gluu', clientId='${CLIENT}', clientSecret='${sec}', clientName='Бал кибете', redirectUris=[https://kibet.${BB}/ineu/callback], applicationType=WEB, subjectType=PAIRWISE}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BA + 5 * HOUR, site: { host: 'sso' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// revel-kibet.log: the honey shop (Revel 1.1, Go) writing its app log to a file: `<LEVEL padded to 5> <yyyy/mm/dd
// hh:mm:ss> <file>:<line>: <message padded> <key=value …>` in local time without zone; the request log's `Request Stats`
// lines with `ip=`, `path=`, `method=`, `start=`, `status=`, `duration_seconds=`; a recovered panic's message with the
// request printed with `%+v`. From memory (not fetched): the layout of Revel's log handler and its request log.

function revelLog(rng) {
  const ts = (t) => local(t, UFA).slice(0, 19).replace(/-/g, '/').replace('T', ' ');
  const render = (e) => e.rv.map(([lvl, src, msg, kv]) => `${lvl.padEnd(5)} ${ts(e.t)} ${src}: ${msg.padEnd(40)} ${kv}`);
  const stats = (e, path, status, method = 'GET') => [
    'INFO',
    'requestlog.go:38',
    'Request Stats',
    `ip=${e.ip} path=${path} method=${method} start=${ts(e.t)} status=${status} duration_seconds=0.00${rng.int(100, 9999)} section=requestlog`,
  ];
  const PAGES = ['/', '/kibet', '/kibet/bal/3', '/kibet/bal/7', '/public/css/kibet.css', '/karzin', '/byz-turanda'];
  const filler = (rng, t) => {
    const e = { ip: publicIp(rng), t };
    return rng.pick([
      () => ({ rv: [stats(e, rng.pick(PAGES), 200)] }),
      () => ({
        rv: [
          ['INFO', 'kibet.go:57', 'Заказ ҡабул ителде', `zakaz=${rng.int(2000, 2400)} module=app`],
          stats(e, '/karzin/rasla', 200, 'POST'),
        ],
      }),
    ])();
  };
  const steps = [
    { raw: { rv: [['INFO', 'server.go:68', 'Listening on :9000', 'module=revel section=server']] }, after: 0 },
    plant(
      'framework-dump',
      'revel-mysql-config-percent-plus-v',
      'error',
      "At start the shop prints the database configuration with `%+v` (go-sql-driver's `mysql.Config`, a struct pointer): every field by name, the password `Passwd:` in clear.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            rv: [
              [
                'INFO',
                'app/init.go:41',
                'Мәғлүмәт базаһына тоташыу',
                `config="&{User:kibet Passwd:${pw} Net:tcp Addr:db.${BB}:3306 DBName:kibet Params:map[charset:utf8mb4] Collation:utf8mb4_general_ci Loc:Asia/Yekaterinburg ParseTime:true}" module=app`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'path-secret',
      'revel-request-stats-bulesheu-link',
      'error',
      WHY.pathSecret(
        'A gift basket\'s private share link (`/bulesheu/<token>/qarau`, from бүлешеү, "to share", and ҡарау, "to look") in the request log\'s `path=`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { rv: [stats({ ip: '203.0.113.77', t }, `/bulesheu/${tok}/qarau`, 200)] } };
      },
    ),
    3,
    plant(
      'negative',
      'revel-robokassa-signature-value',
      'none',
      "The payment return's `SignatureValue` (an MD5 over the sum, the order and the shop's password, valid for this one payment) the app logs after checking it: no credential.",
      ({ rng }) => {
        const sig = rng.hex(32).toUpperCase();
        return {
          value: sig,
          event: { rv: [['INFO', 'tuleu.go:88', 'Түләү уңышлы үтте', `zakaz=${rng.int(2000, 2400)} SignatureValue=${sig} module=app`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'revel-url-error-api-asqys',
      'error',
      `${WHY.apiKey('api_asqys')} ("API key", from асҡыс, "key") Sending hive weights to the cooperative's public page fails, and Go's \`*url.Error\` quotes the request's URL in the \`err=\` value.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            rv: [
              [
                'EROR',
                'umarta.go:91',
                'Ауырлыҡты ебәреү хатаһы',
                `err="Post \\"https://api.${BB}/v1/umarta/auyrlyq?api_asqys=${key}\\": context deadline exceeded" module=app`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'revel-panic-request-header-revel-session',
      'error',
      WHY.session(
        "A recovered panic prints the request with `%+v`, its `Header:map[…]` with `Cookie:[REVEL_SESSION=<signature>-<data>]`, the shop's signed session cookie",
      ),
      ({ rng }) => {
        const sig = rng.hex(40);
        return {
          value: sig,
          event: {
            rv: [
              [
                'EROR',
                'panic.go:37',
                'Caught panic: runtime error: invalid memory address or nil pointer dereference',
                'module=revel section=panic',
              ],
              [
                'EROR',
                'panic.go:38',
                'Request',
                `req="&{Method:GET URL:/karzin Proto:HTTP/1.1 Header:map[Accept-Language:[ba-RU,ba;q=0.9,ru;q=0.8] Cookie:[REVEL_SESSION=${sig}-%00_ID%3A${rng.hex(16)}%00%00_TS%3A${Math.floor(DAY_BA / 1000) + 86400}%00%00user%3A${rng.int(100, 900)}%00; REVEL_FLASH=]] Host:kibet.${BB} RemoteAddr:203.0.113.${rng.int(2, 254)}:${rng.int(1024, 65535)}}" module=revel section=panic`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'revel-courier-widget-base64-p-asqys',
      'error',
      'The shop logs the courier tracking widget\'s URL it built; its `p=` parameter is base64 of a JSON object whose `asqys` ("key") is the cooperative\'s courier API key.',
      ({ rng }) => {
        const p = b64Of(JSON.stringify({ kibet: 'burjan', zakaz: rng.int(2000, 2400), asqys: rng.alnum(32) }));
        return {
          value: p,
          event: { rv: [['INFO', 'ebareu.go:64', 'Ебәреү виджеты', `url=https://track.posylka.example/widget?p=${p} module=app`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'revel-form-csrf-token',
      'none',
      "The basket form's `csrf_token` (Revel's CSRF filter, a per-session anti-forgery value) printed with the form while debugging: no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: { rv: [['DBUG', 'karzin.go:112', 'Форма', `form="map[csrf_token:[${c}] bal:[7] hany:[2]]" module=app`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BA + 4 * HOUR, site: { host: 'kibet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// resin-jvm-app-0.log: Resin 4's server log of the order service (a Java app): `[yy-MM-dd HH:mm:ss.SSS] {<thread>}
// <message>` in local time without zone, a stack trace's lines without prefix; Apache HttpClient's wire and header logs
// (`http-outgoing-N >> …`) routed through java.util.logging into the same file. From memory (not fetched): Resin's
// default line layout and thread names.

function resinLog(rng) {
  const ts = (t) => `${local(t, UFA).slice(2, 10)} ${local(t, UFA).slice(11, 23)}`;
  const render = (e) =>
    e.rs.flatMap((m, i) => {
      const [first, ...rest] = m.split('\n');
      return [`[${ts(e.t + i * 3)}] {${e.th}} ${first}`, ...rest];
    });
  const th = (rng) => `resin-port-8080-${rng.int(20, 60)}`;
  const filler = (rng) => ({
    th: th(rng),
    rs: [
      rng.pick([
        `OrderService: заказ ${rng.int(2000, 2400)} төҙөлдө`,
        `InventoryService: бал запасы яңыртылды (${rng.int(40, 400)} кг)`,
        `http-outgoing-${rng.int(0, 9)} << HTTP/1.1 200 OK`,
      ]),
    ],
  });
  const steps = [
    {
      raw: {
        th: 'main',
        rs: ['Resin Professional 4.0.66 (built Mon, 20 Nov 2023 09:41:10 PST)', 'WebApp[production/webapp/default/ROOT] active'],
      },
      after: 0,
    },
    plant(
      'negative',
      'resin-ssl-certificate-fingerprint',
      'none',
      'The server certificate Resin loads, named by its SHA-256 fingerprint: a hash of a public certificate, no credential.',
      ({ rng }) => {
        const fp = rng.hex(64).toUpperCase();
        return { value: fp, event: { th: 'main', rs: [`OpenSSL: loaded certificate CN=zakaz.${BB}, SHA-256 ${fp}`] } };
      },
      { after: 1 },
    ),
    3,
    plant(
      'header-dump',
      'resin-httpclient-header-log-authorization',
      'error',
      "Apache HttpClient's header log at DEBUG writes each request header it sends (`http-outgoing-N >> Authorization: Bearer …`), the marketplace API's token among them.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            th: th(rng),
            rs: [
              'http-outgoing-4 >> POST /api/v3/orders/sync HTTP/1.1',
              `http-outgoing-4 >> Authorization: Bearer ${tok}`,
              'http-outgoing-4 >> Content-Type: application/json; charset=UTF-8',
              'http-outgoing-4 >> Host: api.marketplace.example',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'resin-token-response-tostring',
      'error',
      `${WHY.refresh} The marketplace client logs the token response it received through its generated \`toString()\` (\`TokenResponse{…, refreshToken='…', …}\`), the access token masked by the class, the refresh token not.`,
      ({ rng }) => {
        const rt = rng.alnum(64);
        return {
          value: rt,
          event: {
            th: th(rng),
            rs: [
              `MarketplaceAuth: яңы токен алынды: TokenResponse{accessToken='****', tokenType='Bearer', expiresIn=86400, refreshToken='${rt}', scope='orders stock'}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'resin-filenotfound-rocketchat-hook',
      'error',
      WHY.webhook(
        'A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the order service posts new orders to; when the channel was archived, `HttpURLConnection` threw `FileNotFoundException` with the URL as its message',
      ),
      ({ rng }) => {
        const h = `${rng.alnum(17)}/${rng.alnum(48)}`;
        return {
          value: h,
          event: {
            th: th(rng),
            rs: [
              `OrderNotifier: хәбәр ебәрелмәне\njava.io.FileNotFoundException: https://chat.${BB}/hooks/${h}\n\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2044)\n\tat ba.burjan.zakaz.OrderNotifier.send(OrderNotifier.java:58)`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'resin-ioexception-url-base64-auth',
      'error',
      "The warehouse export's URL takes `auth=` as base64 of `login:серһүҙ` (password), and `HttpURLConnection`'s `IOException` quotes the URL on a 401.",
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(`burjan-sklad:${rng.alnum(16)}`));
        return {
          value: b,
          event: {
            th: th(rng),
            rs: [
              `StockExport: java.io.IOException: Server returned HTTP response code: 401 for URL: https://sklad.${BB}/export/stock.csv?auth=${b}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'resin-b3-trace-id',
      'none',
      "A request's trace id (`X-B3-TraceId`, 32 hex) in an error line: it correlates spans, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return { value: id, event: { th: th(rng), rs: [`OrderController: 500 for POST /zakaz (X-B3-TraceId: ${id})`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BA + 6 * HOUR, site: { host: 'zakaz' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// civetweb-umarta-access.log: the access log of the hive monitor's web server (Civetweb 1.16 embedded in the
// cooperative's gateway at the apiary): `<ip> - <user> [<dd/Mon/yyyy:hh:mm:ss +0500>] "<METHOD> <uri> HTTP/<v>" <status>
// <bytes> "<referer>" "<user agent>"`. From memory of Civetweb's `log_access()` (not fetched).

function civetwebLog(rng) {
  const render = (e) => [
    `${e.ip} - - [${clf(e.t, UFA)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ];
  const SCALE = 'ESP32HTTPClient';
  const filler = (rng) =>
    rng.pick([
      () => ({
        method: 'POST',
        path: '/api/auyrlyq',
        query: `umarta=${rng.int(1, 24)}&kg=${rng.int(25, 60)}.${rng.int(0, 9)}`,
        ua: SCALE,
        ip: '10.42.0.17',
        bytes: 2,
      }),
      () => ({ path: rng.pick(['/', '/umarta/3', '/umarta/11', '/diagramma', '/static/umarta.css']) }),
      () => ({ path: '/api/umarta.json', referer: `https://umarta.${BB}/` }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'civetweb-static-content-hash',
      'none',
      "A script's file name with its build's content hash (`app.<hash>.js`): the same for every visitor, no credential.",
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, event: { path: `/static/app.${h}.js`, referer: `https://umarta.${BB}/` } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'civetweb-scale-post-asqys',
      'error',
      `${WHY.apiKey('asqys')} (асҡыс, "key") A new hive scale sends its weight with the gateway's key in the query, which the request line keeps.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            method: 'POST',
            path: '/api/auyrlyq',
            query: `umarta=${rng.int(1, 24)}&kg=${rng.int(25, 60)}.${rng.int(0, 9)}&asqys=${key}`,
            ua: SCALE,
            ip: '10.42.0.23',
            bytes: 2,
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'civetweb-embed-umarta-120s',
      'warning',
      "The hive chart embedded in the cooperative's news page (`/embed/<JWT>`, two minutes, no jti), loaded by a browser; the request line is stamped `+0500`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://umarta.${BB}`, resource: { umarta: 3 }, params: { kon: 7 } },
        });
        return { value: token, jwt: facts, event: { path: `/embed/${token}`, referer: `https://${BB}/yanylyqtar/qyshqy-umartalar` } };
      },
    ),
    2,
    plant(
      'id-token',
      'civetweb-referer-ineu-callback-id-token',
      'error',
      "The monitor's page signs the beekeeper in with Gluu (`response_mode=query`), and the next request's Referer is the callback with the `id_token` in its query (one hour, live), on a line stamped `+0500`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: {
            iss: `https://sso.${BB}`,
            aud: `1201.${rng.uuid()}`,
            sub: rng.uuid(),
            nonce: rng.b64url(16),
            name: 'Гөлназ Ишмөхәмәтова',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { path: '/api/umarta.json', referer: `https://umarta.${BB}/ineu/callback?id_token=${token}&state=${rng.b64url(22)}` },
        };
      },
    ),
    3,
    plant(
      'replay',
      'civetweb-websocket-bilet-once',
      'note',
      WHY.ticketFirst(
        'The live weight view opens its WebSocket with a single-use ticket (`bilet`, билет, "ticket") in the query, switched once (101). The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(24);
        return { value: tk, event: { path: '/ws', query: `bilet=${tk}`, status: 101, bytes: 0 } };
      },
    ),
    2,
    plant(
      'negative',
      'civetweb-firmware-sha256-query',
      'none',
      "A scale fetches its firmware image named with the image's SHA-256 in the query (`sha256=`), a checksum published with the release: no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            path: '/ota/umarta-scale-2.4.1.bin',
            query: `sha256=${h}`,
            ua: SCALE,
            ip: '10.42.0.31',
            bytes: rng.int(800000, 1200000),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BA + 3 * HOUR, site: { host: `umarta.${BB}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// monday-activity-logs.jsonl: the cooperative's orders board's activity logs read from monday.com's GraphQL API
// (`boards { activity_logs { id event data entity account_id user_id created_at } }`), one a line, oldest first; `data`
// is a JSON string, `created_at` a 17-digit count of 100-nanosecond units since the epoch (UTC). From memory (not
// fetched): the event names and the shape of `data`.

function mondayLog(rng) {
  const BOARD = 1800000000 + rng.int(1000000, 9999999);
  const ACCT = 24000000 + rng.int(100000, 999999);
  const USERS = [61000000 + rng.int(100000, 999999), 61000000 + rng.int(100000, 999999), 61000000 + rng.int(100000, 999999)];
  const render = (e, r) => [
    JSON.stringify({
      id: r.uuid(),
      event: e.mo.event,
      data: JSON.stringify({ board_id: BOARD, pulse_id: e.mo.pulse, pulse_name: e.mo.name, ...e.mo.data }),
      entity: 'pulse',
      account_id: String(ACCT),
      user_id: String(e.mo.user),
      created_at: `${e.t}0000`,
    }),
  ];
  const NAMES = ['Заказ 2071: йүкә балы, 3 кг', 'Заказ 2075: ҡырағай умарта балы', 'Заказ 2080: бал + балауыҙ', 'Өфөгә ебәреү, шәмбе'];
  const STATUS = ['Яңы', 'Эшләнә', 'Ебәрелде', 'Тапшырылды'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        mo: {
          event: 'update_column_value',
          pulse: 1800100000 + rng.int(0, 99999),
          name: rng.pick(NAMES),
          user: rng.pick(USERS),
          data: { column_id: 'status', value: { label: { text: rng.pick(STATUS) } } },
        },
      }),
      () => ({
        mo: {
          event: 'create_update',
          pulse: 1800100000 + rng.int(0, 99999),
          name: rng.pick(NAMES),
          user: rng.pick(USERS),
          data: { text_body: rng.pick(['Ебәрелде, рәхмәт!', 'Хужа шылтыратты, шәмбегә күсерәбеҙ.', 'Түләү алынды.']) },
        },
      }),
    ])();
  const update = (rng, text, user = USERS[0]) => ({
    mo: { event: 'create_update', pulse: 1800100000 + rng.int(0, 99999), name: rng.pick(NAMES), user, data: { text_body: text } },
  });
  const steps = [
    2,
    plant(
      'path-secret',
      'monday-update-yandex-disk-public-link',
      'error',
      WHY.pathSecret(
        'A Yandex Disk public link (`disk.yandex.ru/d/<id>`) to the photos of a customer\'s order, posted in an update ("Һылтанма" is "link")',
      ),
      ({ rng }) => {
        const id = rng.b64url(14);
        return { value: id, event: update(rng, `Фотолар өсөн һылтанма: https://disk.yandex.ru/d/${id}`, USERS[1]) };
      },
    ),
    2,
    plant(
      'negative',
      'monday-update-masked-serhuz',
      'none',
      'An update gives the courier account\'s login with the password masked (`серһүҙ: ********`, "password"): a mask, no credential; the login is a name.',
      ({ rng }) => ({
        value: '********',
        needle: 'серһүҙ: ********',
        event: update(rng, 'Курьер кабинеты: логин burjan.sklad, серһүҙ: ******** (Рөстәмдән һорағыҙ)', USERS[2]),
      }),
    ),
    2,
    plant(
      'negative',
      'monday-update-post-tracking-number',
      'none',
      'A Russian Post tracking number (ШПИ, 14 digits) in an update: it names a parcel anyone can look up, no credential.',
      ({ rng }) => {
        const n = `45${digits(rng, 12)}`;
        return { value: n, event: update(rng, `Почта аша ебәрелде, трек-номер ${n}`, USERS[2]) };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'monday-update-vk-implicit-access-token',
      'error',
      "A staff member pastes where VK's sign-in left the browser when connecting the cooperative's community to the shop (`oauth.vk.com/blank.html#access_token=vk1.a.…`), the implicit flow's token in the fragment.",
      ({ rng }) => {
        const at = `vk1.a.${rng.b64url(180)}`;
        return {
          value: at,
          event: update(
            rng,
            `ВК бәйләнмәне, ошо биттә ҡалды: https://oauth.vk.com/blank.html#access_token=${at}&expires_in=86400&user_id=${digits(rng, 9)}`,
            USERS[0],
          ),
        };
      },
    ),
    3,
    plant(
      'webhook',
      'monday-column-make-webhook',
      'error',
      WHY.webhook(
        'A Make (Integromat) custom webhook (`hook.eu2.make.com/<32 characters>`) written into the board\'s text column "Вебхук" so the courier scenario can be found again',
      ),
      ({ rng }) => {
        const h = lowerNum(rng, 32);
        return {
          value: h,
          event: {
            mo: {
              event: 'update_column_value',
              pulse: 1800100000 + rng.int(0, 99999),
              name: 'Курьер сценарийы',
              user: USERS[1],
              data: { column_id: 'text4', column_title: 'Вебхук', value: { value: `https://hook.eu2.make.com/${h}` } },
            },
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'monday-update-api-asqysy',
      'error',
      `${WHY.apiKey('API асҡысы')} ("API key" in Bashkir, written as the label of the value) An update hands the shop's API key to the new volunteer.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: update(rng, `Кибеттең API асҡысы: ${key} (беҙҙән башҡа бер кемгә лә бирмәгеҙ)`, USERS[0]) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BA + 7 * HOUR, site: { host: 'monday' }, filler, render, steps });
}

// =====================================================================================================================
// Koperasi Tenun Endek Sari Mertha (Balinese; Sidemen, Karangasem: WITA, UTC+8 all year)
// =====================================================================================================================

const SM = 'endeksarimertha.example';

// ---------------------------------------------------------------------------------------------------------------------
// livechat-archives.jsonl: the shop chat's events read from LiveChat's Agent Chat API (`list_archives`, v3.5), one
// message event a line with its chat and thread ids: `chat_id`, `thread_id`, `event` (`id`, `created_at` in UTC with
// microseconds, `type`, `text`, `author_id`, `visibility`). From memory (not fetched): the field names.

function livechatLog(rng) {
  const chat = upperNum(rng, 10);
  const thread = upperNum(rng, 10);
  let n = 1;
  const AGENT = `dayu@${SM}`;
  const render = (e, r) => [
    JSON.stringify({
      chat_id: e.lc.chat ?? chat,
      thread_id: e.lc.thread ?? thread,
      event: {
        id: `${e.lc.thread ?? thread}_${n++}`,
        created_at: `${iso(e.t).slice(0, 23)}000Z`,
        type: 'message',
        text: e.lc.text,
        author_id: e.lc.agent ? AGENT : (e.lc.customer ?? r.uuid()),
        visibility: 'all',
      },
    }),
  ];
  const CUST = rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({
        lc: {
          agent: true,
          text: rng.pick([
            'Om Swastyastu, wenten sane prasida tiang bantu?',
            'Suksma sampun ngantosang.',
            'Pesenan sampun katampi, jagi kakirim benjang.',
            'Ampura, kamben endek punika sampun telas.',
          ]),
        },
      }),
      () => ({
        lc: {
          customer: CUST,
          text: rng.pick([
            'Om Swastyastu, tiang jagi mesen kamben endek.',
            'Suksma pisan!',
            'Ongkos kirim ke Denpasar akuda?',
            'Napi wenten warna barak?',
          ]),
        },
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'livechat-customer-pasted-google-callback-code',
      'warning',
      `${WHY.code} A customer whose Google sign-in to the shop failed pastes the return address (\`/macelep/google/callback?state=…&code=4/0A…\`, macelep, "to enter"): "tautan puniki nenten prasida" ("this link does not work").`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            lc: {
              customer: CUST,
              text: `Tautan puniki nenten prasida: https://${SM}/macelep/google/callback?state=${rng.b64url(22)}&code=${code}&scope=email%20profile%20openid&authuser=0&prompt=none`,
            },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'livechat-agent-order-and-transaction-id',
      'none',
      "The agent quotes Midtrans' `transaction_id` (a UUID naming the payment, shown on the customer's receipt) to look it up: no credential.",
      ({ rng }) => {
        const tx = rng.uuid();
        return {
          value: tx,
          event: {
            lc: { agent: true, text: `Pembayaran pesenan ESM-20${rng.int(400, 499)} sampun kacingak, transaction_id ${tx}. Suksma!` },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'livechat-agent-pesen-tracking-link',
      'error',
      WHY.pathSecret(
        'The agent sends the customer\'s private order page (`/pesen/<token>/cingak`, pesen "order", cingak "look"), which opens the order, the address and the invoice without signing in',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { lc: { agent: true, text: `Pesenan ragane prasida kacingak iriki: https://${SM}/pesen/${tok}/cingak` } },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'livechat-customer-pasted-id-token-expired',
      'note',
      "Another customer pastes a sign-in address with an `id_token` in its query that had expired three hours before the message's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://akun.${SM}`, aud: 'toko', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            lc: {
              chat: upperNum(rng, 10),
              thread: upperNum(rng, 10),
              customer: rng.uuid(),
              text: `Ampura, tiang nenten prasida macelep: https://${SM}/macelep/selesai?id_token=${token}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'livechat-customer-pasted-facebook-fragment',
      'error',
      "A customer pastes the address Facebook Login's implicit flow returned to (`#access_token=EAA…&data_access_expiration_time=…`), the user access token in the fragment.",
      ({ rng, t }) => {
        const at = `EAA${rng.alnum(180)}`;
        return {
          value: at,
          event: {
            lc: {
              customer: CUST,
              text: `Sampun login Facebook nanging halamanne puyung: https://${SM}/macelep/facebook#access_token=${at}&data_access_expiration_time=${Math.floor(t / 1000) + 7776000}&expires_in=5183`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'livechat-agent-embed-katalog-30d-jti',
      'error',
      "The agent sends the embedded catalogue of the season's endek (`/embed/katalog/<JWT>`), valid thirty days with a jti, on a message dated in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://${SM}`, resource: { katalog: 'kasa-2028' }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: { lc: { agent: true, text: `Niki katalog endek anyar: https://${SM}/embed/katalog/${token}` } },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'livechat-agent-ngedum-photo-link',
      'error',
      WHY.pathSecret('A private share of the full-size photos of the cloth (`/ngedum/<token>`, ngedum "to share out") the agent sends'),
      ({ rng }) => {
        const tok = rng.hex(24);
        return { value: tok, event: { lc: { agent: true, text: `Foto kamben sane ageng: https://foto.${SM}/ngedum/${tok}` } } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'livechat-agent-reseller-kunci-api',
      'error',
      `${WHY.apiKey('kunci_api')} (kunci, "key") The agent gives a reseller the stock API's address with the reseller's key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            lc: {
              chat: upperNum(rng, 10),
              thread: upperNum(rng, 10),
              agent: true,
              text: `Stok prasida kacingak ring https://api.${SM}/v1/kain?kunci_api=${key}`,
            },
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'livechat-customer-jnt-waybill',
      'none',
      'A J&T Express waybill number (resi) a customer quotes to ask about delivery: public parcel tracking, no credential.',
      ({ rng }) => {
        const resi = `JX${digits(rng, 10)}`;
        return { value: resi, event: { lc: { customer: CUST, text: `Resi ${resi} durung rauh, napi sampun kakirim?` } } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BAN + 1 * HOUR, site: { host: 'livechat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kallithea.log: the cooperative's Kallithea 0.7 (Python, gearbox/waitress) with `%(asctime)s.%(msecs)03d
// %(levelname)-5.5s [%(name)s] %(message)s` and `datefmt = %Y-%m-%d %H:%M:%S` in local time without zone (the
// production.ini template's formatter), at DEBUG for `kallithea` and `urllib3`; the request wrapper's `IP … Request to …
// time: …s` lines, urllib3's `"<METHOD> <path> HTTP/1.1" <status> <length>`, a local extension's lines (in Balinese).
// From memory (not fetched).

function kallitheaLog(rng) {
  const render = (e) => e.kl.map(([lvl, name, msg], i) => `${dotMs(e.t + i * 5, WITA)} ${lvl.padEnd(5)} [${name}] ${msg}`);
  const W = 'kallithea.lib.middleware.wrapper';
  const REPOS = ['toko-endek', 'katalog', 'pos-kasir'];
  const filler = (rng) => {
    const ip = publicIp(rng);
    const r = rng.pick(REPOS);
    return {
      kl: rng.pick([
        () => [['INFO', W, `IP: ${ip} Request to /${r}/changelog time: ${(rng.int(20, 900) / 1000).toFixed(3)}s`]],
        () => [['INFO', W, `IP: ${ip} Request to /${r}/files/tip/ time: ${(rng.int(20, 900) / 1000).toFixed(3)}s`]],
        () => [
          [
            'DEBUG',
            'kallithea.lib.auth',
            `Checking permissions for user: <AuthUser('id:${rng.int(2, 9)}[${rng.pick(['dayu', 'komang', 'ketut'])}]')>`,
          ],
        ],
      ])(),
    };
  };
  const steps = [
    {
      raw: {
        kl: [
          ['INFO', 'kallithea.config.middleware', 'Kallithea 0.7.0 ring /srv/kallithea'],
          ['INFO', 'waitress', 'Serving on http://127.0.0.1:5000'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'kallithea-settings-repr-sqlalchemy-url',
      'error',
      'A local patch logs the settings it read at start as a Python dict (repr), the database URL with its password (`postgresql://kallithea:<password>@…`) among them.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            kl: [
              [
                'DEBUG',
                'kallithea.config.app_cfg',
                `settings: {'sqlalchemy.url': 'postgresql://kallithea:${pw}@db.${SM}/kallithea', 'index_dir': '/srv/kallithea/data/index', 'lang': 'id', 'use_celery': False}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'api-key-name',
      'kallithea-feed-request-api-key',
      'error',
      `${WHY.apiKey('api_key')} Kallithea lets an Atom feed be read with a user's API key (40 hex) in the query; the request wrapper writes the path with its query.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            kl: [
              ['INFO', W, `IP: 203.0.113.${rng.int(2, 254)} Request to /toko-endek/feed/atom?api_key=${key} time: 0.${rng.int(100, 900)}s`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kallithea-changeset-raw-id',
      'none',
      "A changeset's full hash (`raw_id`, 40 hex) in a debug line: it names a commit, no credential.",
      ({ rng }) => {
        const id = rng.hex(40);
        return { value: id, event: { kl: [['DEBUG', 'kallithea.model.scm', `Changeset toko-endek:${id} (raw_id) kacingak`]] } };
      },
    ),
    2,
    plant(
      'session-id',
      'kallithea-environ-http-cookie-beaker',
      'error',
      WHY.session(
        "A debug line of the local extension prints the request's `HTTP_COOKIE` (repr), with Kallithea's Beaker session cookie `kallithea=<id>`",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return { value: s, event: { kl: [['DEBUG', 'kallithea.lib.base', `HTTP_COOKIE: 'kallithea=${s}; basa=ban'`]] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'kallithea-git-push-headers-dict-authorization',
      'error',
      "The extension logs the headers of a git push over HTTP as a Python dict, with git's `Authorization: Basic <base64 of user:password>`.",
      ({ rng }) => {
        const b = b64Of(`komang:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            kl: [
              [
                'DEBUG',
                'kallithea.lib.base',
                `git push headers: {'Authorization': 'Basic ${b}', 'User-Agent': 'git/2.47.1', 'Git-Protocol': 'version=2'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'kallithea-urllib3-power-automate-workflow',
      'error',
      WHY.webhook(
        "A Power Automate workflow trigger (`/workflows/<id>/triggers/manual/paths/invoke?…&sig=…`) the push hook calls to tell the cooperative's Teams channel; urllib3's DEBUG line writes the request's path and query, the `sig` included",
      ),
      ({ rng }) => {
        const id = rng.hex(32);
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            kl: [
              ['INFO', 'kallithea.extensions', 'Ngirim pabesen ka Teams: toko-endek (3 changeset)'],
              [
                'DEBUG',
                'urllib3.connectionpool',
                `https://prod-12.southeastasia.logic.azure.com:443 "POST /workflows/${id}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} HTTP/1.1" 202 0`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'kallithea-backup-token-dict-refresh-token',
      'error',
      `${WHY.refresh} The backup extension logs the renewed Google Drive token as requests-oauthlib returns it (a dict repr), with its \`refresh_token\` ("1//0…").`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            kl: [
              [
                'DEBUG',
                'kallithea.extensions.cadangan',
                `token sampun kaanyarang: {'expires_in': 3599, 'refresh_token': '${rt}', 'scope': ['https://www.googleapis.com/auth/drive.file'], 'token_type': 'Bearer', 'expires_at': ${(t / 1000 + 3599).toFixed(6)}}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kallithea-login-form-csrf-token',
      'none',
      "Kallithea's login form field `_session_csrf_secret_token`, logged with the form: an anti-forgery token, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            kl: [
              [
                'DEBUG',
                'kallithea.controllers.login',
                `form: {'username': 'ketut', '_session_csrf_secret_token': '${c}', 'remember': 'True'}`,
              ],
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BAN + 2 * HOUR, site: { host: 'kode' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sumo-search-export.csv: a Sumo Logic log search's messages exported as CSV from the Messages tab, oldest first:
// `"_messagetime","_sourcecategory","_sourcehost","_raw"`, every field quoted, quotes inside doubled, `_messagetime` as
// `MM/dd/yyyy HH:mm:ss.SSS +0800` in the user's zone; `_raw` the shop's nginx lines (combined format, `+0800`) and its
// Node app's pino JSON lines. From memory (not fetched): the export's columns and time format.

function sumoLog(rng) {
  const mt = (t) => {
    const l = local(t, WITA);
    return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(0, 4)} ${l.slice(11, 23)} +0800`;
  };
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const nginx = (e) =>
    `${e.ip} - - [${clf(e.t, WITA)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/2.0" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
  const render = (e) => [
    [
      mt(e.t),
      e.pino ? 'endek/toko/app' : 'endek/toko/nginx',
      e.pino ? 'toko-1' : 'lb-1',
      e.pino ? JSON.stringify({ level: 30, time: e.t, pid: 2817, hostname: 'toko-1', ...e.pino }) : nginx(e),
    ]
      .map(q)
      .join(','),
  ];
  const PAGES = ['/', '/kain/endek-cepuk', '/kain/endek-mastuli', '/keranjang', '/tentang', '/assets/toko.css'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: rng.pick(PAGES) }),
      () => ({ pino: { msg: 'Pesenan sampun katampi', pesen: `ESM-20${rng.int(400, 499)}` } }),
      () => ({ method: 'POST', path: '/keranjang', status: 303, bytes: 0 }),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'sumo-nginx-mawali-id-token',
      'error',
      'The shop\'s sign-in returns with the `id_token` in the query (`/macelep/mawali?id_token=…`, mawali "to return"); nginx writes the request line, Sumo keeps it in `_raw` beside a `_messagetime` with its zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://akun.${SM}`, aud: 'toko', sub: rng.uuid(), nonce: rng.hex(16), locale: 'ban' },
        });
        return {
          value: token,
          jwt: facts,
          event: { path: '/macelep/mawali', query: `id_token=${token}&state=${rng.b64url(22)}`, status: 302, bytes: 0 },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'sumo-pino-midtrans-request-headers-basic',
      'error',
      "The app logs the request it sends to Midtrans' charge API with its headers, Midtrans' `Authorization: Basic <base64 of server key and colon>`; Sumo's CSV doubles the JSON's quotes.",
      ({ rng }) => {
        const b = b64Of(`Mid-server-${rng.b64url(24)}:`);
        return {
          value: b,
          event: {
            pino: {
              msg: 'Ngirim tagihan ka Midtrans',
              req: {
                method: 'POST',
                url: 'https://api.midtrans.com/v2/charge',
                headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Basic ${b}` },
              },
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sumo-pino-midtrans-signature-key',
      'none',
      "Midtrans' payment notification's `signature_key` (SHA-512 over the order, status, amount and server key, for this one notification) the app logs after checking it: no credential.",
      ({ rng }) => {
        const sig = rng.hex(128);
        return {
          value: sig,
          event: {
            pino: {
              msg: 'Notifikasi mayah kacek',
              order_id: `ESM-20${rng.int(400, 499)}`,
              transaction_status: 'settlement',
              signature_key: sig,
            },
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'sumo-nginx-karcis-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the weaving workshop (`karcis`, "ticket"), checked by the door tablet and accepted (200). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.karcis = t;
        return {
          value: tk,
          event: { path: '/karcis/cek', query: `karcis=${tk}`, ip: '203.0.113.18', ua: 'KarcisScanner/2.0 (Android 14)', bytes: 41 },
        };
      },
      { ref: 'karcis' },
    ),
    1,
    plant(
      'replay',
      'sumo-nginx-karcis-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('karcis').value,
            why: `${WHY.replay('karcis', gap('karcis', t))} A phone on another address checked the same workshop ticket and the shop accepted it again (200).`,
          },
        ],
        event: {
          path: '/karcis/cek',
          query: `karcis=${refs.get('karcis').value}`,
          ip: '198.51.100.92',
          ua: 'KarcisScanner/2.0 (Android 12)',
          bytes: 41,
        },
      }),
      { replayOf: 'karcis', after: 217 },
    ),
    2,
    plant(
      'encoded',
      'sumo-nginx-percent-encoded-rahasia',
      'error',
      "The payment page's return address goes through the shop's redirector percent-encoded (`redirect=https%3A%2F%2F…%3Frahasia%3D…`), and `rahasia` (\"secret\") is the order page's secret.",
      ({ rng }) => {
        const v = rng.b64url(32);
        return {
          value: v,
          event: {
            path: '/mayah/mawali',
            query: `redirect=https%3A%2F%2F${SM}%2Fpesen%2Fkonfirmasi%3Frahasia%3D${v}`,
            status: 302,
            bytes: 0,
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'sumo-pino-client-error-page-fragment',
      'error',
      "The shop's browser error reporter posts the page's full address, and the app logs it: the address still held `#access_token=…` after a sign-in.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            pino: {
              msg: 'Kaiwangan ring klien',
              err: "TypeError: Cannot read properties of undefined (reading 'nama')",
              page: `https://${SM}/akun#access_token=${at}&token_type=Bearer&expires_in=3600`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'sumo-nginx-referer-embed-no-exp',
      'error',
      "The sales chart embedded in the cooperative's blog (`/embed/penjualan/<JWT>`) without `exp`, as the Referer of the chart's data request on a line stamped `+0800`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 20 * 86400),
          claims: { iss: `https://${SM}`, resource: { grafik: 'penjualan' }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: { path: '/api/penjualan.json', query: 'sasih=2', referer: `https://${SM}/embed/penjualan/${token}` },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'sumo-pino-shopee-refresh-token',
      'error',
      `${WHY.refresh} The app logs the renewed Shopee Open Platform tokens ("token sampun kaanyarang", "the token has been renewed"), the \`refresh_token\` with them.`,
      ({ rng }) => {
        const rt = rng.alnum(32).toLowerCase();
        return {
          value: rt,
          event: { pino: { msg: 'Token Shopee sampun kaanyarang', shop_id: Number(digits(rng, 9)), expire_in: 14400, refresh_token: rt } },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'sumo-nginx-base64-state-kunci',
      'error',
      'The payment return\'s `state` is base64 of a JSON object the shop built, and its `kunci` ("key") is the courier booking key the page needs next.',
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(JSON.stringify({ pesen: `ESM-20${rng.int(400, 499)}`, kunci: rng.alnum(32) })));
        return { value: b, event: { path: '/mayah/selesai', query: `order_id=ESM-20${rng.int(400, 499)}&state=${b}` } };
      },
    ),
    2,
    plant(
      'negative',
      'sumo-nginx-cf-ray',
      'none',
      "A request's Cloudflare `cf_ray` id passed to the error page (`?ray=…`): it names one request for support, no credential.",
      ({ rng }) => {
        const ray = `${rng.hex(16)}-DPS`;
        return { value: ray, event: { path: '/kaiwangan', query: `ray=${ray}`, status: 502, bytes: 1203 } };
      },
    ),
    1,
  ];
  return buildLog(rng, {
    start: DAY_BAN + 3 * HOUR,
    site: { host: SM },
    filler,
    render,
    steps,
    header: ['"_messagetime","_sourcecategory","_sourcehost","_raw"'],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// deluged.log: Deluge 2.1's daemon log (`deluged -L info -l …`, some modules at debug): `<HH:MM:SS>.<mmm>
// [<LEVEL padded to 8>][<logger padded>:<line padded to 4>] <message>`, time only; the core's `Attempting to add URL …`
// and its failure, libtorrent's tracker alerts, the YaRSS2 and Execute plugins' lines. From memory (not fetched).

function delugeLog(rng) {
  const render = (e) =>
    e.dl.map(
      ([lvl, name, ln, msg], i) =>
        `${local(e.t + i * 7, WITA).slice(11, 23)} [${lvl.padEnd(8)}][${name.padEnd(32)}:${String(ln).padEnd(4)}] ${msg}`,
    );
  const TM = 'deluge.core.torrentmanager';
  const TITLES = [
    'Gambelan Semar Pagulingan Teges 1972',
    'Gong Kebyar Sebatu 1988',
    'Genggong Batuan',
    'Gender Wayang Sukawati',
    'Joged Bumbung Negara',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ dl: [['INFO', TM, 1090, `Torrent ${rng.pick(TITLES)} from user "localclient" added`]] }),
      () => ({ dl: [['INFO', 'deluge.core.torrent', 1417, `Torrent ${rng.pick(TITLES)} sampun puput kaunduh`]] }),
      () => ({ dl: [['DEBUG', 'deluge.core.alertmanager', 123, 'Alert: tracker_announce']] }),
    ])();
  const steps = [
    {
      raw: {
        dl: [
          ['INFO', 'deluge.core.daemon', 95, 'Deluge daemon 2.1.1'],
          ['INFO', 'deluge.core.rpcserver', 458, 'Starting DelugeRPC server :58846'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'deluge-torrent-added-info-hash',
      'none',
      "A torrent's info hash (SHA-1 of its info dictionary, 40 hex): it names the content, published with every magnet link, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { dl: [['DEBUG', TM, 1086, `Torrent ${h} added to session (Gambelan Angklung Sidemen 1979)`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'deluge-add-url-ngedum-link-and-failure',
      'error',
      WHY.pathSecret(
        "The archive's per-member download link (`/ngedum/<token>/…torrent`), which the core writes when it starts fetching it and again when the fetch fails",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        const url = `https://arsip.${SM}/ngedum/${tok}/gambelan-gong-luang-singapadu.torrent`;
        return {
          value: tok,
          event: {
            dl: [
              ['INFO', 'deluge.core.core', 546, `Attempting to add URL ${url}`],
              ['ERROR', 'deluge.core.core', 521, `Failed to add torrent from URL ${url}: 410 Gone`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'deluge-yarss2-rss-passkey',
      'error',
      `${WHY.apiKey('passkey')} The YaRSS2 plugin fetches the private tracker's RSS feed with the cooperative's passkey in the query and writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            dl: [
              [
                'INFO',
                'yarss2.rssfeed_handling',
                84,
                `Fetching RSS Feed: 'Arsip gambelan' with Cookie: '' and URL: https://tracker.${SM}/rss.php?feed=dl&cat=7&passkey=${key}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'deluge-yarss2-cookie-dict-pass',
      'error',
      WHY.session(
        "YaRSS2's debug line prints the cookies it sends to the tracker as a Python dict, the tracker's login cookie `pass` (a hash that signs the member in) with the `uid`",
      ),
      ({ rng }) => {
        const p = rng.hex(32);
        return { value: p, event: { dl: [['DEBUG', 'yarss2.lib.http', 52, `Cookies: {'uid': '${rng.int(100, 999)}', 'pass': '${p}'}`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'deluge-tracker-error-announce-passkey-path',
      'error',
      WHY.pathSecret(
        "The private tracker's announce URL with the member's passkey as a path segment (`/<passkey>/announce`), in the tracker error alert; it is the credential until the passkey is reset",
      ),
      ({ rng }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: {
            dl: [
              ['WARNING', TM, 1426, `Tracker error: https://tracker.${SM}/${pk}/announce: unregistered torrent (Gong Kebyar Sebatu 1988)`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'deluge-magnet-base32-btih',
      'none',
      'A magnet link the YaRSS2 plugin adds, its `xt=urn:btih:` in base32 (the info hash): public, no credential.',
      ({ rng }) => {
        const h = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
        return {
          value: h,
          event: { dl: [['INFO', 'yarss2.torrent_handling', 118, `Adding torrent: magnet:?xt=urn:btih:${h}&dn=Genggong+Batuan+1991`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'deluge-execute-stderr-kunci',
      'error',
      `${WHY.apiKey('kunci')} (kunci, "key") The Execute plugin runs the catalogue script when a download completes; the script's error output, which the plugin writes, quotes its request with the archive's key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            dl: [
              [
                'WARNING',
                'deluge.plugins.execute.core',
                143,
                `Execute command failed: /srv/arsip/bin/katalog.sh: stderr: POST https://arsip.${SM}/api/katalog?kunci=${key} -> 403 Forbidden`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_BAN + 12 * HOUR, site: { host: 'arsip' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout93');
writePart(join(here, 'heldout93'), {
  'nodemon-booking-dev.log': nodemonLog(rng),
  'fossil-errorlog.txt': fossilLog(rng),
  'hg-door-firmware.txt': hgLog(rng),
  'svlogd-doord-current.log': svlogdLog(rng),
  'youtrack-web-comments.jsonl': youtrackLog(rng),
  'oxauth.log': gluuLog(rng),
  'revel-kibet.log': revelLog(rng),
  'resin-jvm-app-0.log': resinLog(rng),
  'civetweb-umarta-access.log': civetwebLog(rng),
  'monday-activity-logs.jsonl': mondayLog(rng),
  'livechat-archives.jsonl': livechatLog(rng),
  'kallithea.log': kallitheaLog(rng),
  'sumo-search-export.csv': sumoLog(rng),
  'deluged.log': delugeLog(rng),
});
