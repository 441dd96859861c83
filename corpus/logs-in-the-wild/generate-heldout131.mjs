// Writes corpus/logs-in-the-wild/heldout131/: a hundred-and-thirty-first held-out part, in formats no other part uses
// (the output of a Task (go-task) deploy, a MultiMC launcher log, the trace of a GoAhead embedded web server, a SmartGit
// log, Deskpro ticket messages, a Boa web server's error_log on an IP camera, an Erlang/OTP error log of a MochiWeb
// application, Rhythmbox's debug output, a TiddlyWiki server read through journalctl, Moosend link-click activity,
// LiveAgent ticket messages, a Zoiper softphone log, Omnisend events, Highlight.io errors), with credentials planted in
// realistic places and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout131.mjs     rewrites heldout131/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Harrowgate Hill Makerspace of Darlington (County Durham), with its members' site, a laser
// cutter, a Minecraft club for young members, its Git repositories and a help desk (English, five logs); the
// Manoominikewag wild rice harvesters' cooperative of northern Minnesota, with a camera at the rice landing, an order
// service, a language-lesson podcast, an Ojibwe dictionary wiki and a newsletter (Ojibwe in the double-vowel (Fiero)
// orthography where the apps show text, without the glottal-stop apostrophe in routes, parameter, cookie and key names,
// five logs); the Sanaugait (ᓴᓇᐅᒐᐃᑦ, "works of art") carvers' and printmakers' cooperative of Iqaluit (Nunavut), with a
// support desk, softphones, a shop's marketing events and its web shop's error tracking (Inuktitut in syllabics in text,
// in the roman orthography of the Inuit Cultural Institute in routes, parameter and key names, four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Wget/1.25.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Darlington in December (GMT, UTC+0), northern Minnesota in January (CST, UTC-6), Iqaluit in January (EST, UTC-5). */
const GMT = 0;
const CST = -360;
const EST = -300;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_OJ = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_IU = Date.UTC(2028, 0, 24, 0, 0, 0);

/** Every render here returns the event's prepared lines. */
const render = (e) => e.L;
/** `2027-12-13T18:02:11Z`. */
const isoZ = (t) => `${iso(t).slice(0, 19)}Z`;
/** A local `hh:mm:ss`. */
const hmsAt = (t, offset) => local(t, offset).slice(11, 19);
/** A Microsoft account token's body characters (letters, digits, `!`, `*`, `-`). */
const msChars = (rng, n) => rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*-', n);

// =====================================================================================================================
// Harrowgate Hill Makerspace (English; Darlington: GMT, UTC+0 in December)
// =====================================================================================================================

const HH = 'hhmakerspace.example';

// ---------------------------------------------------------------------------------------------------------------------
// task-deploy-members.log: the output of `task deploy` (Task, go-task v3) for the members' site, kept by the cron job
// that runs it: Task echoes each command as `task: [<task>] <command>` with its Go templates (`{{.VAR}}`) expanded but
// shell variables (`$VAR`) as written, then the command's own output; `task: Task "…" is up to date` for skipped tasks.
// No time on the lines. From memory (not fetched): the `task: [name] cmd` echo and the up-to-date message; the scripts'
// output is the makerspace's.

function taskLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`added ${rng.int(1, 40)} packages, and audited ${rng.int(600, 900)} packages in ${rng.int(2, 19)}s`] }),
      () => ({ L: [`  dist/assets/index-${rng.b64url(8)}.js   ${rng.int(90, 260)}.${rng.int(10, 99)} kB`] }),
      () => ({ L: [`sending incremental file list`, `assets/index-${rng.b64url(8)}.css`] }),
      () => ({ L: [`task: Task "deps" is up to date`] }),
      () => ({
        L: [
          `  ✓  ${rng.pick(['bookings', 'inductions', 'tools', 'rota'])}.spec.ts:${rng.int(5, 80)}:${rng.int(3, 9)} › loads (${rng.int(300, 2400)}ms)`,
        ],
      }),
    ])();
  const steps = [
    { raw: { L: ['task: [deps] npm ci', '', `added 812 packages, and audited 813 packages in 14s`] }, after: 0 },
    2,
    plant(
      'framework-dump',
      'task-printenv-database-url-password',
      'error',
      "A `check-env` task left in the Taskfile runs `printenv | sort` before the build, and the cron job's environment holds the members' database URL with its password (`postgres://members:<password>@…`).",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            L: [
              'task: [check-env] printenv | sort',
              'HOME=/home/deploy',
              'LANG=en_GB.UTF-8',
              `MEMBERS_DATABASE_URL=postgres://members:${pw}@db.${HH}:5432/members`,
              'NODE_ENV=production',
              'PATH=/usr/local/bin:/usr/bin:/bin',
              'SHELL=/bin/sh',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'task-sha256sum-release-archive',
      'none',
      "The package task prints the SHA-256 of the release archive (`sha256sum`): a file's hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { L: ['task: [package] sha256sum members-dist.tar.zst', `${h}  members-dist.tar.zst`] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'task-playwright-tohaveurl-received-access-token',
      'error',
      "The end-to-end task's Playwright test of the sign-in fails, and `toHaveURL`'s message prints the address the browser landed on: the identity provider's implicit return, `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            L: [
              'task: [e2e] npx playwright test --reporter=line',
              '  1) [chromium] › signin.spec.ts:12:5 › member signs in and sees the rota',
              '    Error: expect(page).toHaveURL(expected) failed',
              `    Expected: "https://members.${HH}/rota"`,
              `    Received: "https://members.${HH}/auth/return#access_token=${at}&token_type=Bearer&expires_in=3600"`,
              '    Timeout:  5000ms',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'task-set-x-curl-refresh-token-grant',
      'error',
      `${WHY.refresh} A smoke-test script run by the task under \`set -x\` renews the smoke account's tokens, and the shell traces the curl command with the refresh token expanded.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            L: [
              'task: [smoke] ./scripts/smoke-auth.sh',
              `+ curl -fsS -X POST https://id.${HH}/oauth/token -d grant_type=refresh_token -d client_id=members-smoke -d refresh_token=${rt}`,
              '+ jq -e .expires_in',
              '3600',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'task-echo-template-expanded-api-key',
      'error',
      `${WHY.apiKey('api_key')} The cache purge is written in the Taskfile with a Go template (\`{{.PURGE_KEY}}\`), which Task expands before it echoes the command.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: { L: [`task: [purge] curl -fsS -X POST "https://members.${HH}/admin/cache/purge?api_key=${key}"`, '{"purged":214}'] },
        };
      },
    ),
    plant(
      'path-secret',
      'task-ffsend-upload-share-link-with-key',
      'error',
      WHY.pathSecret(
        'The nightly backup is shared with the treasurer through a self-hosted Send instance (`ffsend upload`), which prints the download link with its decryption key after `#`',
      ),
      ({ rng }) => {
        const id = rng.hex(10);
        const k = rng.b64url(22);
        return {
          value: k,
          needle: `${id}/#${k}`,
          event: {
            L: [
              'task: [backup:share] ffsend upload --host https://send.' +
                HH +
                '/ --downloads 1 --expiry-time 1d /var/backups/members.sql.zst',
              `https://send.${HH}/download/${id}/#${k}`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'task-echo-shell-variable-unexpanded',
      'none',
      "The notify task's command as Task echoes it: the webhook is a shell variable (`$TEAMS_URL`), which Task does not expand, so the line holds only the variable's name.",
      () => ({
        value: '"$TEAMS_URL"',
        event: { L: [`task: [notify:failed] curl -fsS -H 'Content-Type: application/json' -d @notify.json "$TEAMS_URL"`] },
      }),
    ),
    plant(
      'webhook',
      'task-teams-incoming-webhook-templated',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>/…`) set as a Task variable, so the echoed command shows it whole',
      ),
      ({ rng }) => {
        const h = rng.hex(32);
        const url = `https://hhmakerspace.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${rng.uuid()}/V2${rng.b64url(43)}`;
        return {
          value: h,
          event: {
            L: [
              `task: [notify] curl -fsS -H 'Content-Type: application/json' -d '{"text":"Members site deployed (build ${rng.int(300, 400)})"}' ${url}`,
              '1',
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'task' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// MultiMC-0.log: the launcher of the Minecraft club's laptop (MultiMC 0.7, debug build of the club's fork), one run:
// `<seconds since start, %8.3f> <level letter> | <message>`, Qt's quoting of strings. The account's Microsoft sign-in in
// the embedded browser, the Xbox Live and Minecraft services steps, the club's modpack update, the game's launch.
// From memory (not fetched): the prefix; the sign-in messages are the fork's own, in MultiMC's style.

function multimcLog(rng) {
  const start = DAY_EN + 16 * HOUR;
  const stamp = (t) => ((t - start) / 1000).toFixed(3).padStart(9);
  const lines = (t, entries) => entries.map(([lv, msg]) => `${stamp(t)} ${lv} | ${msg}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: lines(t, [['D', `Download "https://resources.download.minecraft.net/${rng.hex(2)}/${rng.hex(40)}" is now finished`]]) }),
      () => ({ L: lines(t, [['D', `Checking for updates of instance "Club Survival 1.21"`]]) }),
      () => ({ L: lines(t, [['W', 'QSslSocket: cannot resolve SSL_set_alpn_protos']]) }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          `${stamp(start)} D | MultiMC 0.7.0-hhm, (c) 2013-2023 MultiMC Contributors`,
          `${stamp(start)} D | Version                    : 0.7.0-hhm`,
          `${stamp(start)} D | Work dir                   : "C:/Users/club/MultiMC"`,
        ],
      },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'multimc-msa-redirect-url-code',
      'warning',
      `${WHY.code} The fork's debug build writes the embedded browser's final address after the Microsoft sign-in, \`oauth20_desktop.srf?code=M.C5…\`, before it redeems the code.`,
      ({ rng, t }) => {
        const code = `M.C5${digits(rng, 2)}_BAY.2.U.${rng.uuid()}`;
        return {
          value: code,
          event: { L: lines(t, [['D', `MSA: redirect URL "https://login.live.com/oauth20_desktop.srf?code=${code}&lc=2057"`]]) },
        };
      },
    ),
    plant(
      'refresh-token',
      'multimc-msa-refresh-token-saved',
      'error',
      `${WHY.refresh} The launcher writes the Microsoft account's refresh token (\`M.C5…_BL2.0.U.-…\`) as it stores it in accounts.json, at debug level.`,
      ({ rng, t }) => {
        const rt = `M.C5${digits(rng, 2)}_BL2.0.U.-C${msChars(rng, 330)}`;
        return { value: rt, event: { L: lines(t, [['D', `MSA: refresh token "${rt}" saved for account "hhm-club-2"`]]) } };
      },
      { after: 2 },
    ),
    plant(
      'header-dump',
      'multimc-xsts-authorization-header',
      'error',
      'The Minecraft services login is posted with the Xbox identity header, and the debug build prints the request\'s headers as a list of pairs: `("Authorization", "XBL3.0 x=<user hash>;<XSTS token>")`, a bearer credential for the account.',
      ({ rng, t }) => {
        const head = b64urlOf(JSON.stringify({ enc: 'A128CBC+HS256', alg: 'RSA-OAEP', cty: 'JWT', zip: 'DEF', x5t: rng.b64url(27) }));
        const xsts = `${head}.${rng.b64url(342)}.${rng.b64url(22)}.${rng.b64url(1200)}.${rng.b64url(22)}`;
        return {
          value: xsts,
          event: {
            L: lines(t, [
              [
                'D',
                `Minecraft login headers: (("Content-Type", "application/json"), ("Accept", "application/json"), ("Authorization", "XBL3.0 x=${digits(rng, 19)};${xsts}"))`,
              ],
            ]),
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'multimc-minecraft-profile-uuid',
      'none',
      "The account's Minecraft profile id (a UUID without dashes) and player name, which are public (anyone can look them up): no credential.",
      ({ rng, t }) => {
        const id = rng.hex(32);
        return { value: id, event: { L: lines(t, [['D', `Minecraft profile: id ${id} name "HHM_Club_2"`]]) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'multimc-modpack-index-club-key',
      'error',
      `${WHY.apiKey('club_key')} The club's modpack server hands out its index only with the club's key in the query, and the launcher writes the URL it fetches.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { L: lines(t, [['D', `Modpack update: fetching "https://mc.${HH}/pack/index.json?club_key=${key}"`]]) },
        };
      },
    ),
    3,
    plant(
      'negative',
      'multimc-launch-script-access-token-placeholder',
      'none',
      'The launch script as MultiMC prints it, with the access token replaced by its placeholder `<ACCESS TOKEN>`: no credential.',
      ({ t }) => ({
        value: '<ACCESS TOKEN>',
        event: { L: lines(t, [['D', 'Launch script: userName HHM_Club_2, sessionId token:<ACCESS TOKEN>:<PROFILE ID>']]) },
      }),
    ),
    2,
  ];
  return buildLog(rng, { start, site: { host: 'multimc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// goahead-lasercutter.log: the laser cutter's controller, whose web interface is GoAhead 5 run with `--log
// stdout:4` while a fault was chased, stdout captured to a file: `goahead: <level>: <message>`, the start-up
// configuration block, at level 3 each request's head after a `<<< Request` line, and the firmware's own handler
// lines (`goahead: 2: laserd: …`). No time on the lines.
// From memory (a search found Appweb's trace documentation and GoAhead's sibling `trace.c`, not GoAhead's `http.c`):
// the `goahead: N:` prefix and the request block.

function goaheadLog(rng) {
  const head = (rng, method, url, extra = []) => [
    'goahead: 3: ',
    '<<< Request',
    `${method} ${url} HTTP/1.1`,
    `Host: laser.${HH}`,
    `User-Agent: ${rng.pick(BROWSERS)}`,
    'Accept: */*',
    ...extra,
    '',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ L: head(rng, 'GET', `/status.json?_=${Date.UTC(2027, 11, 13) + rng.int(1, 80000000)}`) }),
      () => ({ L: [`goahead: 2: laserd: tube ${rng.int(18, 24)}.${rng.int(0, 9)} C, water flow ${rng.int(2, 4)}.${rng.int(0, 9)} l/min`] }),
      () => ({ L: ['goahead: 2: laserd: extractor on'] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          'goahead: 2: Configuration for Embedthis GoAhead Community Edition',
          'goahead: 2: ---------------------------------------------',
          'goahead: 2: Version:            5.2.0',
          'goahead: 2: BuildType:          Debug',
          'goahead: 2: CPU:                arm',
          'goahead: 2: OS:                 linux',
          'goahead: 2: Host:               laser',
          'goahead: 2: Documents:          /opt/laserd/web',
          'goahead: 2: Configure:          me -d -q -platform linux-arm-debug -configure . -gen make',
          'goahead: 2: ---------------------------------------------',
          'goahead: 2: Started http://*:80',
        ],
      },
      after: 0,
    },
    2,
    plant(
      'header-dump',
      'goahead-request-head-authorization-basic',
      'error',
      "The controller's admin page is protected by basic authentication, and the level-3 trace writes the request's head with `Authorization: Basic <base64 of user:password>`.",
      ({ rng }) => {
        const b = b64Of(`admin:${rng.alnum(14)}`);
        return { value: b, event: { L: head(rng, 'GET', '/admin/settings.html', [`Authorization: Basic ${b}`]) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'goahead-status-poll-api-key-trace-and-handler',
      'error',
      `${WHY.apiKey('api_key')} The booking system polls the cutter's status with the key in the query; GoAhead's trace writes the request line and the firmware's handler writes the URL again.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `/action/status?api_key=${key}`;
        return { value: key, event: { L: [...head(rng, 'GET', url), `goahead: 2: laserd: status poll from booking GET ${url}`] } };
      },
    ),
    2,
    plant(
      'session-id',
      'goahead-request-head-session-cookie',
      'error',
      WHY.session(
        "GoAhead's own session cookie (`-goahead-session-=::webs.session::<32 hex>`) in the `Cookie` line of a traced request head",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            L: head(rng, 'POST', '/action/jobs', [
              `Cookie: -goahead-session-=::webs.session::${s}`,
              'Content-Type: multipart/form-data; boundary=----WebKitFormBoundary' + rng.alnum(16),
            ]),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'goahead-if-none-match-etag',
      'none',
      "A conditional request for the interface's script with its ETag (`If-None-Match`): a file's version, no credential.",
      ({ rng }) => {
        const etag = `"${rng.hex(8)}-${rng.hex(6)}-${rng.hex(12)}"`;
        return { value: etag, event: { L: head(rng, 'GET', '/js/app.js', [`If-None-Match: ${etag}`]) } };
      },
    ),
    plant(
      'replay',
      'goahead-start-job-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use start ticket the booking system issues for a member's slot (`ticket=`), sent once by the member's browser to start the job. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.laserTicket = t;
        return {
          value: tk,
          event: { L: [...head(rng, 'POST', `/action/start?ticket=${tk}`), 'goahead: 2: laserd: job started (bay 1), 203.0.113.37'] },
        };
      },
      { ref: 'laserTicket' },
    ),
    1,
    plant(
      'replay',
      'goahead-start-job-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('laserTicket').value,
            why: `${WHY.replay('ticket', gap('laserTicket', t))} A second browser, on another address, posted the same start ticket and the firmware started the job again.`,
          },
        ],
        event: {
          L: [
            ...head(rng, 'POST', `/action/start?ticket=${refs.get('laserTicket').value}`),
            'goahead: 2: laserd: job started (bay 1), 198.51.100.212',
          ],
        },
      }),
      { replayOf: 'laserTicket', after: 94 },
    ),
    2,
    plant(
      'path-secret',
      'goahead-shared-job-file-path-token',
      'error',
      WHY.pathSecret(
        "A job file shared from the booking system by a link whose path holds its token (`/jobs/shared/<token>/…svg`), fetched by the cutter's interface and traced",
      ),
      ({ rng }) => {
        const tok = rng.lowerNum(26);
        return { value: tok, event: { L: head(rng, 'GET', `/jobs/shared/${tok}/coaster-set-v3.svg`) } };
      },
    ),
    plant(
      'encoded',
      'goahead-login-redirect-percent-encoded-api-key',
      'error',
      "The login page's `redirect` parameter holds the page a member was sent from, percent-encoded, and inside it the booking system's `api_key`.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { L: head(rng, 'GET', `/login.html?redirect=%2Faction%2Fqueue%3Fbay%3D1%26api_key%3D${key}`) } };
      },
    ),
    plant(
      'negative',
      'goahead-firmware-sha256',
      'none',
      "The firmware's SHA-256 as the controller checks it at an update: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { L: [`goahead: 2: laserd: firmware image verified, sha256 ${h}`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'goahead' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// smartgit-log.txt: SmartGit 24.1's log of the volunteer who keeps the makerspace's repositories, at debug level:
// `<yyyy-MM-dd HH:mm:ss,SSS> [<thread>] <LEVEL> <logger> - <message>` in local time (GMT) without zone; a Java
// object's `toString()` in messages.
// From memory (not fetched): the layout, logger names and messages.

function smartgitLog(rng) {
  const at = (t) => `${ymdHmsAt(t, GMT)},${local(t, GMT).slice(20, 23)}`;
  const line = (t, thread, lv, logger, msg) => `${at(t)} [${thread}] ${lv.padEnd(5)} ${logger} - ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [line(t, 'Background', 'DEBUG', 'smartgit.git.command', `git fetch --prune origin (${rng.int(300, 4000)} ms)`)] }),
      () => ({
        L: [
          line(
            t,
            'AWT-EventQueue-0',
            'INFO',
            'smartgit.ui.Repository',
            `refresh of /home/sam/src/${rng.pick(['members', 'laserd', 'wiki'])} done`,
          ),
        ],
      }),
      () => ({ L: [line(t, 'Background', 'DEBUG', 'smartgit.fs.Watcher', `${rng.int(1, 40)} changed files`)] }),
    ])();
  const steps = [
    {
      raw: { L: [line(DAY_EN + 19 * HOUR, 'main', 'INFO', 'smartgit.Main', 'SmartGit 24.1.3 (build 24103), Java 21.0.5, Linux 6.8')] },
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'smartgit-remoteconfig-tostring-token-userinfo',
      'error',
      "A Java object's `toString()` (`RemoteConfig{…, url='https://<user>:<token>@…'}`) written at debug level when the repository is opened: the clone URL carries a Gitea access token as its password.",
      ({ rng, t }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            L: [
              line(
                t,
                'Background',
                'DEBUG',
                'smartgit.git.Remotes',
                `loaded RemoteConfig{name='origin', url='https://hhm-bot:${tok}@git.${HH}/hhm/members.git', fetch=[+refs/heads/*:refs/remotes/origin/*], pushDefault=true}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'smartgit-loopback-callback-gitlab-code',
      'warning',
      `${WHY.code} SmartGit signs in to the makerspace's GitLab through a loopback redirect and writes the request its little server received (\`GET /oauth?code=<64 hex>&state=…\`).`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: {
            L: [
              line(
                t,
                'OAuthCallback',
                'DEBUG',
                'smartgit.hosting.OAuthServer',
                `received GET /oauth?code=${code}&state=${rng.b64url(22)} from 127.0.0.1`,
              ),
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'smartgit-oauthtoken-tostring-masked-access-only',
      'error',
      `${WHY.refresh} The token's \`toString()\` masks the access token (\`***\`) but prints the GitLab refresh token (64 hex) beside it.`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            L: [
              line(
                t,
                'OAuthCallback',
                'DEBUG',
                'smartgit.hosting.GitLab',
                `stored OAuthToken{accessToken=***, refreshToken=${rt}, expiresAt=${isoZ(t + 2 * HOUR)}, host=gitlab.${HH}}`,
              ),
            ],
          },
        };
      },
      { after: 2 },
    ),
    2,
    plant(
      'negative',
      'smartgit-gpg-signing-key-id',
      'none',
      'The long id of the OpenPGP key commits are signed with (16 hex digits): it names a public key, no credential.',
      ({ rng, t }) => {
        const id = rng.hex(16).toUpperCase();
        return {
          value: id,
          event: {
            L: [line(t, 'Background', 'DEBUG', 'smartgit.git.command', `git -c user.signingkey=${id} commit -S -F /tmp/smartgit-msg.txt`)],
          },
        };
      },
    ),
    plant(
      'session-id',
      'smartgit-httpclient-cookie-tostring-jsessionid',
      'error',
      WHY.session(
        "The Jira integration's cookie store printed by Apache HttpClient's `BasicClientCookie.toString()` (`[name: JSESSIONID][value: …]`)",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: {
            L: [
              line(
                t,
                'Background',
                'DEBUG',
                'smartgit.issues.Jira',
                `cookies: [[version: 0][name: JSESSIONID][value: ${s}][domain: jira.${HH}][path: /][expiry: null]]`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'smartgit-cherry-pick-commit',
      'none',
      'A commit id (40 hex) in a cherry-pick: a hash, no credential.',
      ({ rng, t }) => {
        const c = rng.hex(40);
        return { value: c, event: { L: [line(t, 'Background', 'DEBUG', 'smartgit.git.command', `git cherry-pick ${c} (412 ms)`)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 19 * HOUR, site: { host: 'smartgit' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// deskpro-messages.jsonl: the help desk's ticket messages read from Deskpro's API (`/api/v2/tickets/{id}/messages`),
// one a line: `id`, `ticket`, `person`, `date_created` (ISO 8601, `+0000`), `is_agent_note`, `message` (HTML),
// `message_preview`, `ip_address`, `creation_system`.
// From memory (not fetched): the fields.

function deskproLog(rng) {
  let id = 48210;
  let ticket = 9311;
  const msg = (rng, t, { person, note = false, html, ip = publicIp(rng) }) => {
    id += rng.int(1, 9);
    return {
      L: [
        JSON.stringify({
          id,
          ticket,
          person,
          date_created: `${iso(t).slice(0, 19)}+0000`,
          is_agent_note: note ? 1 : 0,
          message: html,
          message_preview: html
            .replace(/<[^>]+>/g, ' ')
            .slice(0, 40)
            .trim(),
          ip_address: note ? null : ip,
          creation_system: note ? 'web.agent' : 'web.person.portal',
        }),
      ],
    };
  };
  const filler = (rng, t) => {
    ticket += rng.int(0, 2);
    return rng.pick([
      () =>
        msg(rng, t, {
          person: rng.int(300, 900),
          html: `<p>Hi, is the ${rng.pick(['lathe', 'laser', 'CNC router', 'sewing machine'])} induction running this ${rng.pick(['Tuesday', 'Thursday', 'Saturday'])}?</p>`,
        }),
      () => msg(rng, t, { person: 12, html: '<p>Thanks, that is booked for you now. See you at the space!</p><p>Jo (volunteer desk)</p>' }),
      () => msg(rng, t, { person: 14, note: true, html: '<p>Checked the rota, fine.</p>' }),
    ])();
  };
  const steps = [
    1,
    plant(
      'implicit-fragment',
      'deskpro-member-pastes-access-token-fragment',
      'error',
      "A member reports a blank page after signing in to the booking app and pastes the address she was left on: the implicit return's `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: msg(rng, t, {
            person: rng.int(300, 900),
            html: `<p>After I sign in I just get a white page. The address bar says https://book.${HH}/signed-in#access_token=${at}&amp;token_type=Bearer&amp;expires_in=3600 if that helps?</p>`,
          }),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'deskpro-member-pastes-id-token-query',
      'error',
      "A member pastes the sign-in return of the members' forum, which the identity provider answered with an `id_token` in the query, live at the message's time, `+0000`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 300),
          claims: { iss: `https://id.${HH}`, aud: 'forum', sub: rng.uuid(), email: 'member@mail.example', nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, {
            person: rng.int(300, 900),
            html: `<p>Forum login loops. Last URL: https://forum.${HH}/auth/oidc/return?id_token=${token}&amp;state=${rng.b64url(16)}</p>`,
          }),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'deskpro-member-pastes-curl-verbose-bearer',
      'error',
      "A member who scripts his tool bookings pastes `curl -v` output into his ticket, with the request's `> Authorization: Bearer …` (the site's personal token).",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: msg(rng, t, {
            person: rng.int(300, 900),
            html: `<p>The API gives me 403:</p><pre>&gt; GET /api/v1/bookings HTTP/2\n&gt; Host: book.${HH}\n&gt; Authorization: Bearer ${tok}\n&gt; Accept: application/json\n&lt; HTTP/2 403</pre>`,
          }),
        };
      },
    ),
    plant(
      'negative',
      'deskpro-agent-reply-docs-placeholder',
      'none',
      "The agent answers with the API documentation's example, whose token is the placeholder `<your-token>`: no credential.",
      ({ rng, t }) => ({
        value: '&lt;your-token&gt;',
        event: msg(rng, t, {
          person: 12,
          html: `<p>Tokens need the bookings scope, see https://book.${HH}/docs/api: <code>Authorization: Bearer &lt;your-token&gt;</code></p>`,
        }),
      }),
    ),
    2,
    plant(
      'embed-jwt',
      'deskpro-agent-note-embed-rota-jwt',
      'error',
      "An agent's note links the volunteer rota's embedded view, whose path carries a signed JWT (`/embed/rota/<JWT>`), thirty minutes with a jti, live at the note's time, `+0000`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: rng.int(20, 200),
          jti: true,
          claims: { resource: { dashboard: 4 }, params: { week: 50 } },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, {
            person: 14,
            note: true,
            html: `<p>Rota for this week: https://stats.${HH}/embed/rota/${token}#bordered=false</p>`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'deskpro-ticket-reference',
      'none',
      "Deskpro's ticket reference (`XXXX-0000-XXXX`) quoted by a member: an identifier, no credential.",
      ({ rng, t }) => {
        const ref = `${upperNum(rng, 4).replace(/[0-9]/g, 'K')}-${digits(rng, 4)}-${upperNum(rng, 4).replace(/[0-9]/g, 'Q')}`;
        return {
          value: ref,
          event: msg(rng, t, { person: rng.int(300, 900), html: `<p>Following up on ${ref}, still waiting for the refund.</p>` }),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'deskpro' }, filler, render, steps });
}

// =====================================================================================================================
// Manoominikewag wild rice harvesters' cooperative (Ojibwe; northern Minnesota: CST, UTC-6 in January)
// =====================================================================================================================

const MK = 'manoominikewag.example';

// ---------------------------------------------------------------------------------------------------------------------
// boa-error_log: the error_log of Boa 0.94.14rc21 on the camera at the rice landing (a cheap IP camera whose web
// interface is Boa with CGI programs): Boa's own lines `[<CLF time>] boa: …`, failed requests as `<client> - - [<CLF
// time>] request "<request line>" ("<path>"): <error>`, and, since Boa ties stderr to the error log, whatever the CGI
// programs print on stderr, unprefixed. Local time with its offset (-0600).
// From the source (Boa's `log.c` as kept in the YABWF fork, read through the search tool): `log_error_doc`'s layout and
// the stderr redirection; the start-up lines and the CGI programs' messages from memory.

function boaLog(rng) {
  const at = (t) => `[${clf(t, CST)}] `;
  const fail = (rng, t, req, path, err, ip = `192.168.1.${rng.int(20, 60)}`) => `${ip} - - ${at(t)}request "${req}" ("${path}"): ${err}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [fail(rng, t, 'GET /favicon.ico HTTP/1.1', '/var/www/favicon.ico', 'document open: No such file or directory')] }),
      () => ({ L: [`snapshot.cgi: ${rng.int(1, 9)} frame(s) encoded, ${rng.int(80, 240)} KB`] }),
      () => ({ L: [`motion.sh: zone ${rng.int(1, 4)} level ${rng.int(2, 30)} (threshold 40)`] }),
      () => ({
        L: [
          fail(
            rng,
            t,
            `GET /${rng.pick(['cgi-bin/luci', 'HNAP1/', 'boaform/admin/formLogin'])} HTTP/1.1`,
            '/var/www/cgi-bin',
            'document open: No such file or directory',
            publicIp(rng),
          ),
        ],
      }),
    ])();
  const steps = [
    {
      get raw() {
        const t = DAY_OJ + 11 * HOUR;
        return {
          L: [
            `${at(t)}boa: server version Boa/0.94.14rc21`,
            `${at(t)}boa: server built Mar  4 2022 at 10:21:44.`,
            `${at(t)}boa: starting server pid=412, port 80`,
          ],
        };
      },
      after: 0,
    },
    2,
    plant(
      'path-secret',
      'boa-request-error-maadaoonidiwin-share-path',
      'error',
      WHY.pathSecret(
        'A shared snapshot of the landing, whose link\'s path holds its token (`/maadaoonidiwin/<token>/…jpg`, maada\'oonidiwin, "sharing"); Boa writes the failed request line and the file path, the token in both',
      ),
      ({ rng, t }) => {
        const tok = rng.hex(24);
        return {
          value: tok,
          event: {
            L: [
              fail(
                rng,
                t,
                `GET /maadaoonidiwin/${tok}/manoomin-landing.jpg HTTP/1.1`,
                `/mnt/sd/maadaoonidiwin/${tok}/manoomin-landing.jpg`,
                'document open: No such file or directory',
                publicIp(rng),
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'boa-cgi-timeout-aabaabikaigan',
      'error',
      `${WHY.apiKey('aabaabikaigan')} (aabaabika'igan, "key") The cooperative's site fetches the landing's snapshot with the camera's key in the query; the CGI timed out and Boa wrote the request line.`,
      ({ rng, t }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: {
            L: [
              fail(
                rng,
                t,
                `GET /cgi-bin/snapshot.cgi?aabaabikaigan=${key}&res=hd HTTP/1.1`,
                '/var/www/cgi-bin/snapshot.cgi',
                'CGI timeout',
                '203.0.113.140',
              ),
            ],
          },
        };
      },
    ),
    plant(
      'session-id',
      'boa-cgi-stderr-login-biindigewin-cookie',
      'error',
      WHY.session(
        'The camera\'s login CGI prints the session cookie it sets (`biindigewin`, "entering", the developers\' name for a session) on stderr, which Boa writes to the error log',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: { L: [`login.cgi: Gii-biindige admin (192.168.1.${rng.int(20, 60)}), Set-Cookie: biindigewin=${s}; Path=/`] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'boa-cgi-onvif-ws-security-nonce',
      'none',
      "The ONVIF service's debug line with a WS-Security `Nonce` and `Created`: a per-message nonce for one digest, no credential.",
      ({ rng, t }) => {
        const n = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 22) + '==';
        return { value: n, event: { L: [`onvif.cgi: UsernameToken admin Nonce=${n} Created=${iso(t).slice(0, 19)}Z digest ok`] } };
      },
    ),
    plant(
      'encoded',
      'boa-cgi-stderr-config-base64-giimoojikidowin',
      'error',
      'The configuration CGI prints the settings it saves as one base64 string; decoded, they are a query string with the Wi-Fi password and the admin password (`giimoojikidowin`, "secret word").',
      ({ rng }) => {
        const cfg = b64Of(
          `ssid=manoomin-landing&wpa_psk=${rng.alnum(16)}&ntp=pool.ntp.org&tz=CST6CDT&giimoojikidowin=${rng.alnum(14)}&upnp=0`,
        );
        return { value: cfg, event: { L: [`config.cgi: saving cfg=${cfg}`, 'config.cgi: Miigwech, saved'] } };
      },
    ),
    2,
    plant(
      'webhook',
      'boa-cgi-stderr-ntfy-topic',
      'error',
      WHY.webhook(
        'The motion script posts an alert to an ntfy topic whose random name is all that guards it (`ntfy.sh/<topic>`: whoever knows it can read and post), and prints its curl command on stderr',
      ),
      ({ rng }) => {
        const topic = `manoomin-${rng.b64url(18)}`;
        return { value: topic, event: { L: [`motion.sh: curl -s -d "Awiya ayaa zaaga'iganing (zone 2)" https://ntfy.sh/${topic}`] } };
      },
    ),
    2,
    plant(
      'replay',
      'boa-cgi-live-mazinaigan-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket for the live view (`mazinaigan`, mazina\'igan, "paper, ticket"), which the live CGI prints with the client\'s address when it accepts it. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.mazinaigan = t;
        return { value: tk, event: { L: [`live.cgi: mazinaigan=${tk} onizhishin, stream opened for 203.0.113.88`] } };
      },
      { ref: 'mazinaigan' },
    ),
    1,
    plant(
      'replay',
      'boa-cgi-live-mazinaigan-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('mazinaigan').value,
            why: `${WHY.replay('mazinaigan', gap('mazinaigan', t))} Another address presented the same live-view ticket and the CGI opened the stream again.`,
          },
        ],
        event: { L: [`live.cgi: mazinaigan=${refs.get('mazinaigan').value} onizhishin, stream opened for 198.51.100.9`] },
      }),
      { replayOf: 'mazinaigan', after: 131 },
    ),
    1,
    plant(
      'negative',
      'boa-cgi-upgrade-image-md5',
      'none',
      "The upgrade CGI's MD5 of the firmware image it checked: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { L: [`upgrade.cgi: image md5 ${h} ok, flashing`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_OJ + 11 * HOUR, site: { host: 'boa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// manoomin-web-error.log: the Erlang/OTP 26 node of the cooperative's order service, a MochiWeb application made from
// MochiWeb's skeleton, with the legacy error_logger file handler: `=<TYPE> REPORT==== <d-Mon-yyyy::hh:mm:ss.micro> ===`
// in local time without zone, then the report: the skeleton's `"web request failed"` report (path, type, what,
// trace), info and warning reports of the application, and `** Generic server … terminating` with the server's state;
// terms printed by `~p` and broken across lines.
// From memory (not fetched): the report headers and the skeleton's report; the terms are the application's.

function erlangLog(rng) {
  const head = (type, t) => {
    const d = new Date(t + CST * MIN);
    return `=${type} REPORT==== ${d.getUTCDate()}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()}::${hmsAt(t, CST)}.${pad(rng.int(0, 999999), 6)} ===`;
  };
  const req = (rng, method, raw, headersLines) => [
    `           [{mochiweb_request,[#Port<0.${rng.int(2000, 9000)}>,[],'${method}',`,
    `                               ${JSON.stringify(raw)},`,
    `                               {1,1},`,
    ...headersLines.map((h) => `                               ${h}`),
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [head('INFO', t), `    application: manoomin_web`, `    started_at: 'manoomin@adaawe-1'`, ''] }),
      () => ({ L: [head('ERROR', t), '{mochiweb_socket_server,371,{acceptor_error,{error,closed}}}', ''] }),
      () => ({ L: [head('WARNING', t), `manoomin_stock: bag count ${rng.int(10, 90)} below reorder point`, ''] }),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'erlang-callback-info-and-skeleton-trace-code',
      'warning',
      `${WHY.code} The Square sign-in callback of the shop's admin: the application writes the raw path it received in an info report, and the skeleton's "web request failed" report prints the request record (\`mochiweb_request\`) in its trace, the same raw path again.`,
      ({ rng, t }) => {
        const code = `sq0cgp-${rng.b64url(22)}`;
        const raw = `/adaawe/square/callback?code=${code}&response_type=code&state=${rng.hex(16)}`;
        return {
          value: code,
          event: {
            L: [
              head('INFO', t),
              `manoomin_web: square callback ${JSON.stringify(raw)}`,
              '',
              head('ERROR', t + 3),
              '    "web request failed"',
              '    path: "adaawe/square/callback"',
              '    type: error',
              '    what: {badmatch,{error,{400,<<"{\\"type\\":\\"INVALID_REQUEST_ERROR\\"}">>}}}',
              '    trace: [{manoomin_web,square_callback,1,',
              ...req(rng, 'GET', raw, [`{2,{"host",{'Host',"adaawe.${MK}"},nil,{"user-agent",{'User-Agent',"Mozilla/5.0"},nil,nil}}}]}],`]),
              '                              [{file,"src/manoomin_web.erl"},{line,88}]}]',
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'erlang-skeleton-trace-headers-tree-cookie',
      'error',
      WHY.session(
        'The skeleton\'s report prints the request record with its headers as MochiWeb keeps them (a gb_tree of `{"cookie",{\'Cookie\',"biindigewin=…"}…}`), the session cookie in it',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          event: {
            L: [
              head('ERROR', t),
              '    "web request failed"',
              '    path: "adaawe/okaadenige"',
              '    type: error',
              '    what: function_clause',
              '    trace: [{manoomin_web,order,2,',
              ...req(rng, 'POST', '/adaawe/okaadenige', [
                `{3,{"host",{'Host',"adaawe.${MK}"},`,
                `    {"cookie",{'Cookie',"biindigewin=${s}"},nil,nil},`,
                `    {"user-agent",{'User-Agent',"Mozilla/5.0 (Android 15)"},nil,nil}}}]}],`,
              ]),
              '                              [{file,"src/manoomin_web.erl"},{line,121}]}]',
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'erlang-skeleton-what-csrf-token',
      'none',
      'A posted form as `mochiweb_util:parse_qs/1` returns it, in a `badmatch`: the `_csrf` field is a per-form anti-forgery token, no credential.',
      ({ rng, t }) => {
        const c = rng.b64url(32);
        return {
          value: c,
          event: {
            L: [
              head('ERROR', t),
              '    "web request failed"',
              '    path: "adaawe/okaadenige"',
              '    type: error',
              `    what: {badmatch,[{"_csrf","${c}"},{"manoomin","5"},{"zaaga'igan","Gaa-zagaskwaajimekaag"}]}`,
              '    trace: [{manoomin_web,order,2,[{file,"src/manoomin_web.erl"},{line,117}]}]',
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'erlang-warning-upstream-url-aabaabikaigan',
      'error',
      `${WHY.apiKey('aabaabikaigan')} (aabaabika'igan, "key") A warning report of the price sync quotes the URL it called at the tribal market board, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              head('WARNING', t),
              `manoomin_price: upstream 503 for "https://api.manoomin-board.example/v1/dibaakonigewin?aabaabikaigan=${key}"`,
              '',
            ],
          },
        };
      },
    ),
    2,
    plant('framework-dump', 'erlang-gen-server-terminating-state', 'error', '', ({ rng, t }) => {
      const pw = rng.alnum(20);
      const tok = rng.b64url(43);
      const rt = `EQAAE${rng.b64url(59)}`;
      return {
        marks: [
          {
            value: pw,
            why: 'A gen_server crashes and OTP prints its whole state (`** When Server state == #{…}`), the database map with `password => "…"` in it.',
          },
          {
            value: tok,
            category: 'webhook',
            kind: 'erlang-gen-server-state-google-chat-webhook',
            why: WHY.webhook(
              "The same state's Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<token>`, the token its secret)",
            ),
          },
          {
            value: rt,
            category: 'refresh-token',
            kind: 'erlang-gen-server-state-square-refresh-token',
            why: `${WHY.refresh} The same state's Square refresh token (\`EQAAE…\`), a binary in the map.`,
          },
        ],
        event: {
          L: [
            head('ERROR', t),
            '** Generic server manoomin_sync terminating ',
            '** Last message in was sync_orders',
            `** When Server state == #{db => #{database => "manoomin",host => "db.${MK}",`,
            `                                  password => "${pw}",user => "adaawe"},`,
            `                          gchat_webhook => <<"https://chat.googleapis.com/v1/spaces/AAAA${rng.alnum(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}">>,`,
            `                          last_sync => {{2028,1,10},{${rng.int(8, 11)},${rng.int(10, 59)},${rng.int(10, 59)}}},`,
            `                          square_refresh_token => <<"${rt}">>}`,
            '** Reason for termination ==',
            '** {{badmatch,{error,{401,<<"{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\"}]}">>}}},',
            '    [{manoomin_sync,handle_info,2,[{file,"src/manoomin_sync.erl"},{line,64}]}]}',
            '',
          ],
        },
      };
    }),
    2,
    plant(
      'negative',
      'erlang-info-square-idempotency-key',
      'none',
      'The `idempotency_key` (a UUID) the order service sends with a payment so that a retry is not charged twice: an identifier, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            L: [head('INFO', t), `manoomin_pay: retry payment #{amount => 4800,currency => <<"USD">>,idempotency_key => <<"${u}">>}`, ''],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_OJ + 13 * HOUR, site: { host: 'erlang' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rhythmbox-debug.log: Rhythmbox 3.4 on the language teacher's laptop, run as `rhythmbox -d` to chase a podcast that
// would not download, output redirected to a file: `(<hh:mm:ss>) [<thread>] [<function>] <file>:<line>: <message>`,
// local time without zone. The cooperative's Ojibwe lesson podcast (gikinoo'amaadiwin) has a private feed.
// From memory (not fetched): the prefix of `rb_debug` and the functions' names and messages.

function rhythmboxLog(rng) {
  const thread = `0x55${rng.hex(10)}`;
  const line = (t, fn, file, ln, msg) => `(${hmsAt(t, CST)}) [${thread}] [${fn}] ${file}:${ln}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          line(
            t,
            'rb_shell_player_sync_with_source',
            'rb-shell-player.c',
            2841,
            `playing source: ${thread}, active entry: ${rng.int(1, 300)}`,
          ),
        ],
      }),
      () => ({ L: [line(t, 'rhythmdb_commit_internal', 'rhythmdb.c', 1398, 'rhythmdb commit')] }),
      () => ({ L: [line(t, 'rb_podcast_manager_update_feeds_cb', 'rb-podcast-manager.c', 497, 'updating feeds')] }),
    ])();
  const feed = `https://dibaajimowin.${MK}`;
  const steps = [
    { raw: { L: [line(DAY_OJ + 19 * HOUR, 'main', 'main.c', 104, 'initializing Rhythmbox 3.4.8')] }, after: 0 },
    2,
    plant(
      'path-secret',
      'rhythmbox-podcast-parse-private-feed-path',
      'error',
      WHY.pathSecret(
        "The lesson podcast's private feed, whose path holds each listener's token (`/feed/<token>/gikinooamaadiwin.rss`), written when Rhythmbox loads it",
      ),
      ({ rng, t }) => {
        const tok = rng.lowerNum(32);
        return {
          value: tok,
          event: {
            L: [line(t, 'rb_podcast_parse_load_feed', 'rb-podcast-parse.c', 164, `loading feed ${feed}/feed/${tok}/gikinooamaadiwin.rss`)],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'rhythmbox-podcast-download-aabaabikaigan',
      'error',
      `${WHY.apiKey('aabaabikaigan')} (aabaabika'igan, "key") The episodes' enclosures carry the listener's key in their query, and the podcast manager writes the URL it downloads.`,
      ({ rng, t }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: {
            L: [
              line(
                t,
                'start_job',
                'rb-podcast-manager.c',
                951,
                `starting download of ${feed}/episodes/gikinooamaadiwin-14.mp3?aabaabikaigan=${key}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'rhythmbox-download-file-uri-escaped-query',
      'error',
      "The elders' recordings feed is downloaded with its key in the query, and Rhythmbox keeps the query in the local file's name; the file URI it writes escapes it (`%3Faabaabikaigan%3D…`).",
      ({ rng, t }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: {
            L: [
              line(
                t,
                'download_task_complete',
                'rb-podcast-manager.c',
                1166,
                `download of file:///home/waaseyaa/Podcasts/Gichi-aya'aag/dibaajimowin-3.ogg%3Faabaabikaigan%3D${key} complete`,
              ),
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'rhythmbox-podcast-episode-guid',
      'none',
      "An episode's `guid` from the feed (a UUID), which Rhythmbox uses to tell episodes apart: an identifier, no credential.",
      ({ rng, t }) => {
        const g = rng.uuid();
        return {
          value: g,
          event: {
            L: [line(t, 'rb_podcast_manager_add_post', 'rb-podcast-manager.c', 1421, `adding post guid ${g} (Ikidowinan: manoomin)`)],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'rhythmbox-audioscrobbler-session-key',
      'error',
      WHY.session(
        "The audioscrobbler plugin's session key for the teacher's Libre.fm account (32 hex), written when the service grants it; it signs every scrobble and call until it is revoked",
      ),
      ({ rng, t }) => {
        const sk = rng.hex(32);
        return {
          value: sk,
          event: {
            L: [
              line(
                t,
                'rb_audioscrobbler_account_got_session_key_cb',
                'rb-audioscrobbler-account.c',
                569,
                `granted session key "${sk}" for user "waaseyaa-gikinoo"`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rhythmbox-musicbrainz-recording-id',
      'none',
      'A MusicBrainz recording id (a UUID) of a powwow song the teacher imported: a public identifier, no credential.',
      ({ rng, t }) => {
        const m = rng.uuid();
        return { value: m, event: { L: [line(t, 'rhythmdb_entry_set_internal', 'rhythmdb.c', 3511, `setting musicbrainz-trackid ${m}`)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_OJ + 19 * HOUR, site: { host: 'rhythmbox' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tiddlywiki-journal.log: the cooperative's Ojibwe dictionary wiki (TiddlyWiki 5.3 on Node.js, `listen
// debug-level=debug`, a systemd service) read with `journalctl -u tiddlywiki -o short-iso`: `<ISO 8601 with offset>
// <host> node[<pid>]: <line>`; at debug level the server writes `Request path:` and `Request headers:` (JSON) for each
// request; the syncer's `Dispatching 'save' task:` lines.
// From memory (a search found TiddlyWiki's older `server.js` command module, not the lines): the debug lines.

function tiddlywikiLog(rng) {
  const at = (t) => `${local(t, CST).slice(0, 19)}-0600 ikidowinan node[812]: `;
  const reqLines = (rng, t, path, headers) => [
    `${at(t)}Request path: ${JSON.stringify(path)}`,
    `${at(t)}Request headers: ${JSON.stringify({ host: `ikidowinan.${MK}`, 'user-agent': rng.pick(BROWSERS), accept: '*/*', ...headers })}`,
  ];
  const WORDS = ['manoomin', 'zaaga-igan', 'nibi', 'jiimaan', 'bawa-iganaak', 'ishkode', 'mashkiki'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: reqLines(rng, t, `/recipes/default/tiddlers/${rng.pick(WORDS)}`, { 'x-requested-with': 'TiddlyWiki' }) }),
      () => ({ L: [`${at(t)}syncer-server-filesystem: Dispatching 'save' task: ${rng.pick(WORDS)}`] }),
      () => ({ L: reqLines(rng, t, '/status', { 'x-requested-with': 'TiddlyWiki' }) }),
    ])();
  const steps = [
    {
      raw: { L: [`${at(DAY_OJ + 15 * HOUR)}Serving on http://0.0.0.0:8080`, `${at(DAY_OJ + 15 * HOUR)}(press ctrl-C to exit)`] },
      after: 0,
    },
    2,
    plant(
      'header-dump',
      'tiddlywiki-request-headers-authorization-basic',
      'error',
      'The wiki\'s own basic authentication (`credentials=` users), and the debug level writes each request\'s headers, `"authorization":"Basic <base64 of user:password>"` among them.',
      ({ rng, t }) => {
        const b = b64Of(`ogimaakwe:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            L: reqLines(rng, t, '/recipes/default/tiddlers.json?filter=%5Ball%5Btiddlers%5D%5D', {
              authorization: `Basic ${b}`,
              'x-requested-with': 'TiddlyWiki',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'tiddlywiki-request-headers-biindigewin-cookie',
      'error',
      WHY.session(
        'The sign-in proxy in front of the wiki keeps its session in the `biindigewin` cookie ("entering"), which reaches the wiki and is written in the request\'s headers',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(40);
        return {
          value: s,
          event: {
            L: reqLines(rng, t, '/recipes/default/tiddlers/manoomin', { cookie: `biindigewin=${s}`, 'x-requested-with': 'TiddlyWiki' }),
          },
        };
      },
    ),
    plant(
      'negative',
      'tiddlywiki-request-headers-x-request-id',
      'none',
      "The proxy's `x-request-id` (a UUID) in the request's headers: a trace id, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: { L: reqLines(rng, t, '/recipes/default/tiddlers/nibi', { 'x-request-id': u, 'x-requested-with': 'TiddlyWiki' }) },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'tiddlywiki-request-path-export-aabaabikaigan',
      'error',
      `${WHY.apiKey('aabaabikaigan')} (aabaabika'igan, "key") The language program's app downloads the word list through a custom route with its key in the query, written in \`Request path:\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: { L: reqLines(rng, t, `/ikidowinan/export.json?aabaabikaigan=${key}`, { 'user-agent': 'okhttp/5.3.2' }) },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'tiddlywiki-request-headers-referer-embed-jwt',
      'warning',
      "The wiki is embedded in the cooperative's site with a signed link (`/embed/ikidowinan/<JWT>`), which reaches the wiki as the `referer` of its requests; a two-minute JWT without a jti, live at the journal line's time, `-0600`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { sub: 'gikinoo-app', wiki: 'ikidowinan', view: 'readonly' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: reqLines(rng, t, '/recipes/default/tiddlers/jiimaan', {
              referer: `https://${MK}/embed/ikidowinan/${token}`,
              'x-requested-with': 'TiddlyWiki',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tiddlywiki-canonical-uri-content-hash',
      'none',
      "A sound clip's tiddler saved with `_canonical_uri` pointing to a file named by its SHA-256: a content hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { L: [`${at(t)}syncer-server-filesystem: Dispatching 'save' task: manoomin (audio) _canonical_uri=/files/${h}.mp3`] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_OJ + 15 * HOUR, site: { host: 'tiddlywiki' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// moosend-activity.jsonl: the newsletter's link clicks read from Moosend's API (campaign activity, `LinkClicked`),
// one a line: `Timestamp` (UTC), `Event`, `CampaignID`, `CampaignName`, `MemberID`, `SubscriberEmail`, `Link`,
// `Country`, `UserAgent`.
// From memory (not fetched): the fields (Moosend's API writes PascalCase names).

function moosendLog(rng) {
  const camp = rng.uuid();
  const click = (rng, t, link, name = 'Manoomin dibaajimowin - Manidoo-giizisoons') => ({
    L: [
      JSON.stringify({
        Timestamp: isoZ(t),
        Event: 'LinkClicked',
        CampaignID: camp,
        CampaignName: name,
        MemberID: rng.uuid(),
        SubscriberEmail: `${rng.pick(['niigaan', 'waabigwan', 'makoons', 'binesi'])}${rng.int(1, 99)}@mail.example`,
        Link: link,
        Country: 'US',
        UserAgent: rng.pick(BROWSERS),
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => click(rng, t, `https://${MK}/adaawewigamig/manoomin?utm_source=moosend&utm_medium=email`),
      () => click(rng, t, `https://${MK}/dibaajimowin/2028-01`),
      () => click(rng, t, `https://www.facebook.com/manoominikewag`),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'moosend-click-giimoojikidowin-reset-link',
      'error',
      WHY.pathSecret(
        'A password reset link of the shop (`/giimoojikidowin/<token>`, "secret word") sent as a transactional mail through Moosend and clicked, so the click\'s `Link` keeps it',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: click(rng, t, `https://adaawewigamig.${MK}/giimoojikidowin/${tok}`, 'Giimoojikidowin (transactional)'),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'moosend-click-wholesale-aabaabikaigan',
      'error',
      `${WHY.apiKey('aabaabikaigan')} (aabaabika'igan, "key") The wholesale price list link sent to stores carries each store's key, and Moosend records the link as clicked.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: click(rng, t, `https://adaawewigamig.${MK}/wholesale/prices.pdf?aabaabikaigan=${key}`, 'Wholesale 2028'),
        };
      },
    ),
    plant(
      'negative',
      'moosend-click-youtube-video-id',
      'none',
      'A YouTube video (`watch?v=<11 characters>`) of the harvest linked from the newsletter: a public id, no credential.',
      ({ rng, t }) => {
        const v = rng.b64url(11);
        return { value: v, event: click(rng, t, `https://www.youtube.com/watch?v=${v}`) };
      },
    ),
    2,
    plant(
      'encoded',
      'moosend-click-redirect-base64url-feed-key',
      'error',
      "The newsletter's links go through the cooperative's redirector with the target in base64url (`/r?u=…`); decoded, the podcast link carries the subscriber's `aabaabikaigan`.",
      ({ rng, t }) => {
        const u = b64urlOf(`https://dibaajimowin.${MK}/feed/gikinooamaadiwin.rss?aabaabikaigan=${rng.alnum(24)}`);
        return { value: u, event: click(rng, t, `https://${MK}/r?u=${u}`) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'moosend-click-embed-jwt-no-exp',
      'error',
      "A link to the harvest map's embedded view, signed as a JWT in the path (`/embed/manoomin-map/<JWT>`) without `exp`, clicked from the newsletter",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 5 * 86400),
          claims: { map: 'manoomin-2028', member: rng.int(100, 900) },
        });
        return { value: token, jwt: facts, event: click(rng, t, `https://maps.${MK}/embed/manoomin-map/${token}`) };
      },
    ),
    plant(
      'negative',
      'moosend-click-utm-campaign-id',
      'none',
      "A link's `utm_id` (the campaign's id, 24 hex) added for the analytics: an identifier, no credential.",
      ({ rng, t }) => {
        const u = rng.hex(24);
        return { value: u, event: click(rng, t, `https://${MK}/adaawewigamig/bapakwaan?utm_source=moosend&utm_id=${u}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OJ + 17 * HOUR, site: { host: 'moosend' }, filler, render, steps });
}

// =====================================================================================================================
// Sanaugait carvers' and printmakers' cooperative (Inuktitut; Iqaluit: EST, UTC-5 in January)
// =====================================================================================================================

const SG = 'sanaugait.example';

// ---------------------------------------------------------------------------------------------------------------------
// liveagent-messages.jsonl: the support desk's ticket messages read from LiveAgent's API (`/api/v3/tickets/{id}/messages`,
// each message group flattened to one line with its ticket's `code`): `id`, `ticket_code`, `userid`, `user_full_name`,
// `type` (`M` customer message, `N` internal note, `R` reply), `datecreated` (ISO 8601 UTC), `message` (text).
// From memory (not fetched): the fields.

function liveagentLog(rng) {
  const msg = (
    rng,
    t,
    {
      type = 'M',
      who,
      text,
      code = `${upperNum(rng, 3).replace(/[0-9]/g, 'X')}-${upperNum(rng, 5).replace(/[0-9]/g, 'K')}-${digits(rng, 3)}`,
    },
  ) => ({
    L: [
      JSON.stringify({
        id: rng.hex(8),
        ticket_code: code,
        userid: rng.hex(8),
        user_full_name: who,
        type,
        datecreated: isoZ(t),
        message: text,
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () =>
        msg(rng, t, {
          who: 'Aalasi (ᓴᓇᐅᒐᐃᑦ)',
          type: 'R',
          text: 'ᐊᐃ! ᖁᔭᓐᓇᒦᒃ ᑎᑎᕋᕐᓂᕐᓄᑦ. Your order ships from Iqaluit on the next cargo flight.',
        }),
      () =>
        msg(rng, t, {
          who: rng.pick(['Linda Park', 'Tom Becker', 'Marie Tremblay']),
          text: `Hi, when will order #${rng.int(2100, 2900)} arrive in ${rng.pick(['Ottawa', 'Montréal', 'Winnipeg'])}?`,
        }),
      () => msg(rng, t, { who: 'Pauloosie (ᓴᓇᐅᒐᐃᑦ)', type: 'N', text: 'ᐅᓂᒃᑳᕆᓚᐅᕋᒃᑭᑦ, ᐊᑐᓂ ᐃᓱᓕᑦᑎᓚᐅᖅᑕᕋ.' }),
    ])();
  const steps = [
    1,
    plant(
      'id-token',
      'liveagent-customer-pastes-expired-id-token',
      'note',
      "A customer pastes the shop's sign-in address from a tab left open since the morning, an `id_token` in the query that had expired two hours before her message (UTC `datecreated`)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://isirniq.${SG}`, aud: 'niuvirvik', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, {
            who: 'Linda Park',
            text: `I can't get into my account, the page is https://niuvirvik.${SG}/isirniq/uterviga?id_token=${token}&state=${rng.b64url(12)} and nothing happens.`,
          }),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'liveagent-customer-pastes-access-token-fragment',
      'error',
      "A gallery buyer pastes the address her browser shows after signing in to the cooperative's collector portal: the implicit return's `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.alnum(48);
        return {
          value: at,
          event: msg(rng, t, {
            who: 'Marie Tremblay',
            text: `Le portail reste blanc après la connexion / the portal stays blank: https://katitsiviit.${SG}/#access_token=${at}&token_type=bearer&expires_in=7200`,
          }),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'liveagent-reply-avittuq-share-link',
      'error',
      WHY.pathSecret(
        'A reply shares the photographs of a carving with a buyer by a link whose path holds its token (`/avittuq/<token>/`, "shared out")',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: msg(rng, t, {
            who: 'Aalasi (ᓴᓇᐅᒐᐃᑦ)',
            type: 'R',
            text: `ᐊᐃ Tom! Photos of the serpentine bear: https://ajjiit.${SG}/avittuq/${tok}/ — ᖁᔭᓐᓇᒦᒃ!`,
          }),
        };
      },
    ),
    plant(
      'negative',
      'liveagent-canada-post-tracking-number',
      'none',
      'A Canada Post tracking number (16 digits) in a reply: it finds a parcel, it opens nothing.',
      ({ rng, t }) => {
        const n = digits(rng, 16);
        return {
          value: n,
          event: msg(rng, t, { who: 'Aalasi (ᓴᓇᐅᒐᐃᑦ)', type: 'R', text: `Your parcel left Iqaluit today, tracking ${n}. ᖁᔭᓐᓇᒦᒃ!` }),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'liveagent-internal-note-slack-workflow-trigger',
      'error',
      WHY.webhook(
        'An internal note keeps the Slack workflow trigger the shop calls when a parcel is lost (`hooks.slack.com/triggers/T…/<id>/<32 hex>`)',
      ),
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: msg(rng, t, {
            who: 'Pauloosie (ᓴᓇᐅᒐᐃᑦ)',
            type: 'N',
            text: `ᐊᓯᐅᔪᖅ ᐳᓚᕋᐅᑎ: post to https://hooks.slack.com/triggers/T0${upperNum(rng, 8)}/${digits(rng, 13)}/${h}`,
          }),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'liveagent-gallery-pastes-catalogue-matuiqsiut',
      'error',
      `${WHY.apiKey('matuiqsiut')} (ᒪᑐᐃᖅᓯᐅᑦ, "opener, key") A partner gallery pastes the catalogue feed it polls, its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: msg(rng, t, {
            who: 'Tom Becker',
            text: `Our feed returns 500 since Monday: https://api.${SG}/v1/sanaugait.json?matuiqsiut=${key}&lang=en`,
          }),
        };
      },
    ),
    1,
    plant(
      'negative',
      'liveagent-ticket-code',
      'none',
      'A LiveAgent ticket code (`XXX-XXXXX-000`) a customer quotes: an identifier, no credential.',
      ({ rng, t }) => {
        const c = `${upperNum(rng, 3).replace(/[0-9]/g, 'W')}-${upperNum(rng, 5).replace(/[0-9]/g, 'R')}-${digits(rng, 3)}`;
        return { value: c, event: msg(rng, t, { who: 'Linda Park', text: `Re: ${c} — still no reply about the refund, thanks.` }) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_IU + 14 * HOUR, site: { host: 'liveagent' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zoiper-log.txt: Zoiper 5's debug log on the office PC (Help > Debug log): `<yyyy-MM-dd HH:mm:ss.SSS> [<thread id>]
// <level> <module>: <message>` in local time (EST) without zone; the provisioning fetch with its HTTP request, the
// account settings it applies, SIP registration.
// From memory (not fetched): the layout and messages.

function zoiperLog(rng) {
  const at = (t) => `${ymdHmsAt(t, EST)}.${local(t, EST).slice(20, 23)}`;
  const line = (t, lv, mod, m) => `${at(t)} [${pad(rng.int(1000, 9999), 5)}] ${lv.padEnd(5)} ${mod}: ${m}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [line(t, 'INFO', 'sip', `REGISTER sip:pbx.${SG} 200 OK (expires 300)`)] }),
      () => ({ L: [line(t, 'DEBUG', 'audio', `device "Headset (Jabra Evolve2 40)" opened at 48000 Hz`)] }),
      () => ({ L: [line(t, 'INFO', 'ui', 'ᐅᖃᓘᑎ ᐊᑐᐃᓐᓇᐅᔪᖅ (ready)')] }),
    ])();
  const steps = [
    { raw: { L: [line(DAY_IU + 14 * HOUR, 'INFO', 'app', 'Zoiper5 v5.6.7 (Windows 11 x64) started')] }, after: 0 },
    1,
    plant(
      'replay',
      'zoiper-provisioning-otp-once',
      'note',
      WHY.ticketFirst(
        "The office's provisioning link carries a one-time code (`otp=`) the PBX accepts once to hand out the account; Zoiper writes the URL it fetches. The code is",
      ),
      ({ rng, t }) => {
        const otp = rng.alnum(10);
        return { value: otp, event: { L: [line(t, 'INFO', 'provision', `fetching https://pbx.${SG}/prov/start?ext=204&otp=${otp}`)] } };
      },
    ),
    plant(
      'path-secret',
      'zoiper-provisioning-redirect-path-token',
      'error',
      WHY.pathSecret(
        "The PBX answers with a redirect to the extension's configuration file under a per-phone token (`/prov/<token>/zoiper.xml`), which Zoiper follows and writes",
      ),
      ({ rng, t }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: { L: [line(t, 'DEBUG', 'provision', `302 Found, Location: https://pbx.${SG}/prov/${tok}/zoiper.xml`)] },
        };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'zoiper-provisioning-request-authorization-basic',
      'error',
      'The configuration file is behind basic authentication, and the debug log writes the request Zoiper sends, `Authorization: Basic <base64 of extension:password>`.',
      ({ rng, t }) => {
        const b = b64Of(`204:${rng.alnum(12)}`);
        return {
          value: b,
          event: {
            L: [
              line(
                t,
                'DEBUG',
                'http',
                `request headers: Host: pbx.${SG} | User-Agent: Zoiper5 v5.6.7 | Authorization: Basic ${b} | Accept: */*`,
              ),
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'framework-dump',
      'zoiper-account-settings-dump-password',
      'error',
      'Zoiper writes the SIP account it built from the configuration, field by field, the SIP password among them.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            L: [
              line(
                t,
                'DEBUG',
                'account',
                `applied account {name="204 Sanaugait", domain="pbx.${SG}", username="204", password="${pw}", transport=TLS, srtp=1, stun=0}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zoiper-sip-digest-response',
      'none',
      "A SIP `Authorization: Digest` header as Zoiper logs a REGISTER: its `response` is the MD5 digest of one request against the server's `nonce`, no credential.",
      ({ rng, t }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: {
            L: [
              line(
                t,
                'DEBUG',
                'sip',
                `Authorization: Digest username="204",realm="pbx.${SG}",nonce="${rng.b64url(24)}",uri="sip:pbx.${SG}",response="${r}",algorithm=MD5`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'zoiper-deep-link-provision-base64-json',
      'error',
      'A colleague opened a `zoiper://` provisioning deep link from a QR code; its `data` is base64 of a JSON account with the SIP password, and Zoiper writes the link it was started with.',
      ({ rng, t }) => {
        const d = b64Of(JSON.stringify({ host: `pbx.${SG}`, user: '207', password: rng.alnum(16), name: 'ᐱᓇᓱᐊᕐᕕᒃ 207' }));
        return { value: d, event: { L: [line(t, 'INFO', 'app', `started with zoiper://provision?data=${d}`)] } };
      },
    ),
    plant(
      'negative',
      'zoiper-sip-call-id',
      'none',
      'A SIP `Call-ID` (random, chosen by Zoiper for one call): it names a dialog, no credential.',
      ({ rng, t }) => {
        const c = rng.b64url(22);
        return { value: c, event: { L: [line(t, 'INFO', 'sip', `INVITE sip:1867@pbx.${SG} Call-ID: ${c} 180 Ringing`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IU + 14 * HOUR, site: { host: 'zoiper' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// omnisend-events.jsonl: the web shop's customer events read from Omnisend's API, one a line: `eventID`, `eventName`,
// `origin`, `contactID` (24 hex), `email`, `createdAt` (UTC), `properties` (page URL, link, product).
// From memory (not fetched): the fields.

function omnisendLog(rng) {
  const ev = (rng, t, name, properties) => ({
    L: [
      JSON.stringify({
        eventID: rng.uuid(),
        eventName: name,
        origin: 'api',
        contactID: rng.hex(24),
        email: `${rng.pick(['collector', 'gallery', 'buyer'])}${rng.int(1, 99)}@mail.example`,
        createdAt: isoZ(t),
        properties,
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () =>
        ev(rng, t, 'viewed product', { productID: `${rng.int(7000, 7999)}`, title: 'ᓇᓄᖅ (serpentine bear)', price: rng.int(400, 4000) }),
      () => ev(rng, t, 'clicked link', { link: `https://niuvirvik.${SG}/sanaugait/${rng.pick(['ukpik', 'nanuq', 'qilalugaq', 'tuktu'])}` }),
      () => ev(rng, t, 'viewed page', { pageUrl: `https://niuvirvik.${SG}/` }),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'omnisend-viewed-page-url-id-token',
      'error',
      "The shop's sign-in returns with an `id_token` in the query, and Omnisend's tracking script records the page's full address as `pageUrl`; an hour-long token, live at the event's UTC `createdAt`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 40),
          claims: { iss: `https://isirniq.${SG}`, aud: 'niuvirvik', sub: rng.uuid(), name: 'Collector' },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(rng, t, 'viewed page', { pageUrl: `https://niuvirvik.${SG}/isirniq/uterviga?id_token=${token}` }),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'omnisend-clicked-link-akiliurniq-invoice',
      'error',
      WHY.pathSecret(
        'An invoice link for a commissioned print (`/akiliurniq/<token>`, "paying"), sent by the shop\'s automation and clicked',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: ev(rng, t, 'clicked link', { link: `https://niuvirvik.${SG}/akiliurniq/${tok}` }) };
      },
    ),
    plant(
      'negative',
      'omnisend-product-variant-id',
      'none',
      "A product's variant id (14 digits) in a product event: an identifier, no credential.",
      ({ rng, t }) => {
        const v = digits(rng, 14);
        return {
          value: v,
          event: ev(rng, t, 'added product to cart', { productID: `${rng.int(7000, 7999)}`, variantID: v, title: 'ᐅᒃᐱᒃ print, 2027' }),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'omnisend-clicked-link-expired-embed-jwt',
      'note',
      "A link to the print-studio's embedded catalogue signed as a JWT (`/embed/sanaugait/<JWT>`), clicked two days after its `exp` (UTC `createdAt`)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 9 * 86400 + rng.int(60, 3600),
          claims: { catalogue: 'prints-2027', gallery: rng.int(10, 99) },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(rng, t, 'clicked link', { link: `https://katitsiviit.${SG}/embed/sanaugait/${token}` }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'omnisend-placed-order-shopify-gid',
      'none',
      "A placed order's id as the shop platform writes it (`gid://shopify/Order/<13 digits>`): an identifier, no credential.",
      ({ rng, t }) => {
        const g = `gid://shopify/Order/${digits(rng, 13)}`;
        return {
          value: g,
          event: ev(rng, t, 'placed order', {
            orderID: g,
            orderNumber: rng.int(2100, 2900),
            currency: 'CAD',
            totalPrice: rng.int(300, 3000),
          }),
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'omnisend-clicked-link-matuiqsiut',
      'error',
      `${WHY.apiKey('matuiqsiut')} (ᒪᑐᐃᖅᓯᐅᑦ, "key") The wholesale catalogue link mailed to galleries carries each gallery's key, and the click is recorded with it.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: ev(rng, t, 'clicked link', { link: `https://api.${SG}/v1/katalog.pdf?matuiqsiut=${key}` }) };
      },
    ),
    plant(
      'encoded',
      'omnisend-clicked-link-double-encoded-matuiqsiut',
      'error',
      "A tracked link whose target went through two redirectors and is percent-encoded twice (`%253F…matuiqsiut%253D…`); decoded, it is the catalogue feed with a gallery's key.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: ev(rng, t, 'clicked link', {
            link: `https://niuvirvik.${SG}/r?to=https%253A%252F%252Fapi.${SG}%252Fv1%252Fsanaugait.json%253Fmatuiqsiut%253D${key}`,
          }),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IU + 16 * HOUR, site: { host: 'omnisend' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// highlight-errors.jsonl: the web shop's errors in Highlight.io (its Python SDK on the FastAPI back end, its browser
// SDK in the shop's front end), exported one a line: `timestamp` (UTC), `type` (`BACKEND`/`FRONTEND`), `event` (the
// message), `url`, `source`, `stackTrace`, `payload`, `serviceName`, `environment`, `traceID`, `spanID`.
// From memory (not fetched): the fields.

function highlightLog(rng) {
  const err = (rng, t, { type = 'BACKEND', event, url, payload = null, source = 'niuvirvik-api' }) => ({
    L: [
      JSON.stringify({
        timestamp: `${iso(t)}`,
        type,
        event,
        url,
        source,
        stackTrace:
          type === 'BACKEND'
            ? `File "/app/niuvirvik/${rng.pick(['orders', 'auth', 'catalogue'])}.py", line ${rng.int(20, 300)}, in ${rng.pick(['handle', 'callback', 'refresh'])}`
            : `at renderCart (https://niuvirvik.${SG}/assets/index-${rng.b64url(8)}.js:1:${rng.int(1000, 90000)})`,
        payload,
        serviceName: type === 'BACKEND' ? 'niuvirvik-api' : 'niuvirvik-web',
        environment: 'production',
        traceID: rng.hex(32),
        spanID: rng.hex(16),
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () =>
        err(rng, t, {
          event: 'asyncpg.exceptions.ConnectionDoesNotExistError: connection was closed in the middle of operation',
          url: `https://api.${SG}/v1/sanaugait`,
        }),
      () =>
        err(rng, t, {
          type: 'FRONTEND',
          event: "TypeError: Cannot read properties of null (reading 'price')",
          url: `https://niuvirvik.${SG}/sanaugait/${rng.int(7000, 7999)}`,
          source: 'niuvirvik-web',
        }),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'highlight-backend-url-square-callback-code',
      'warning',
      `${WHY.code} The Square sign-in callback fails in the back end, and the error keeps the request's URL with its \`code=sq0cgp-…\`.`,
      ({ rng, t }) => {
        const code = `sq0cgp-${rng.b64url(22)}`;
        return {
          value: code,
          event: err(rng, t, {
            event: "KeyError: 'access_token'",
            url: `https://api.${SG}/oauth/square/callback?code=${code}&response_type=code&state=${rng.hex(20)}`,
          }),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'highlight-payload-python-repr-refresh-token',
      'error',
      `${WHY.refresh} The token renewal fails, and the SDK's payload is the Python repr of the body the back end posted (\`{'grant_type': 'refresh_token', 'refresh_token': 'EQAAE…'}\`).`,
      ({ rng, t }) => {
        const rt = `EQAAE${rng.b64url(59)}`;
        return {
          value: rt,
          event: err(rng, t, {
            event: "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://connect.squareup.com/oauth2/token'",
            url: `https://api.${SG}/internal/square/refresh`,
            payload: `{'client_id': 'sq0idp-${rng.b64url(22)}', 'grant_type': 'refresh_token', 'refresh_token': '${rt}'}`,
          }),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'highlight-frontend-url-access-token-fragment',
      'error',
      "A front-end error on the collector portal's return page, whose recorded `url` is the page's full address with the implicit return's `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.alnum(48);
        return {
          value: at,
          event: err(rng, t, {
            type: 'FRONTEND',
            event: "TypeError: Cannot read properties of undefined (reading 'tuniijaq')",
            url: `https://katitsiviit.${SG}/isirniq#access_token=${at}&token_type=bearer&expires_in=7200`,
            source: 'niuvirvik-web',
          }),
        };
      },
    ),
    plant(
      'negative',
      'highlight-payload-idempotency-key',
      'none',
      "The payment's `idempotency_key` (a UUID) in an error's payload: it keeps a retry from charging twice, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: err(rng, t, {
            event: 'square.core.api_error.ApiError: status_code: 409',
            url: `https://api.${SG}/v1/akiliurniq`,
            payload: `{'idempotency_key': '${u}', 'amount_money': {'amount': 180000, 'currency': 'CAD'}}`,
          }),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'highlight-payload-apple-id-token',
      'error',
      "The app's Sign in with Apple posts the `id_token` to the back end, the check fails, and the payload keeps it; a ten-minute token without a jti, live at the error's UTC timestamp",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: `ca.${SG.split('.')[0]}.niuvirvik`,
            sub: `00${digits(rng, 4)}.${rng.hex(32)}.${digits(rng, 4)}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: err(rng, t, {
            event: "jwt.exceptions.InvalidAudienceError: Audience doesn't match",
            url: `https://api.${SG}/v1/isirniq/apple`,
            payload: `{'id_token': '${token}'}`,
          }),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'highlight-frontend-failed-fetch-zapier-hook',
      'error',
      WHY.webhook(
        'The front end posts new commission requests straight to a Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook key>/`), and a failed fetch is reported with the URL',
      ),
      ({ rng, t }) => {
        const id = digits(rng, 8);
        const key = lowerNum(rng, 7);
        return {
          value: key,
          needle: `${id}/${key}/`,
          event: err(rng, t, {
            type: 'FRONTEND',
            event: `Failed to fetch: POST https://hooks.zapier.com/hooks/catch/${id}/${key}/`,
            url: `https://niuvirvik.${SG}/sanajjaut`,
            source: 'niuvirvik-web',
          }),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'highlight-backend-url-api-matuiqsiut',
      'error',
      `${WHY.apiKey('api_matuiqsiut')} (ᒪᑐᐃᖅᓯᐅᑦ, "key") A partner's catalogue request fails in the back end, and the error keeps its URL with the key.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: err(rng, t, {
            event: "ValueError: invalid literal for int() with base 10: 'ᐊᑕᐅᓯᖅ'",
            url: `https://api.${SG}/v1/sanaugait?api_matuiqsiut=${key}&qassiit=ᐊᑕᐅᓯᖅ`,
          }),
        };
      },
    ),
    plant(
      'framework-dump',
      'highlight-event-pydantic-settings-repr',
      'error',
      "A start-up error whose message is the repr of the app's pydantic `Settings` object, the database URL with its password (`postgresql://sanaugait:<password>@…`) in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: err(rng, t, {
            event: `RuntimeError: cannot start with Settings(database_url='postgresql://sanaugait:${pw}@db.${SG}:5432/niuvirvik', square_env='production', debug=False)`,
            url: null,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'highlight-trace-parent-lookup',
      'none',
      'A `traceparent` header value quoted in a timeout message (`00-<32 hex>-<16 hex>-01`): a trace id, no credential.',
      ({ rng, t }) => {
        const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
        return {
          value: tp,
          event: err(rng, t, { event: `httpx.ReadTimeout: upstream traceparent ${tp}`, url: `https://api.${SG}/v1/ajjiit` }),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_IU + 18 * HOUR, site: { host: 'highlight' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout131');
writePart(join(here, 'heldout131'), {
  'task-deploy-members.log': taskLog(rng),
  'MultiMC-0.log': multimcLog(rng),
  'goahead-lasercutter.log': goaheadLog(rng),
  'smartgit-log.txt': smartgitLog(rng),
  'deskpro-messages.jsonl': deskproLog(rng),
  'boa-error_log': boaLog(rng),
  'manoomin-web-error.log': erlangLog(rng),
  'rhythmbox-debug.log': rhythmboxLog(rng),
  'tiddlywiki-journal.log': tiddlywikiLog(rng),
  'moosend-activity.jsonl': moosendLog(rng),
  'liveagent-messages.jsonl': liveagentLog(rng),
  'zoiper-log.txt': zoiperLog(rng),
  'omnisend-events.jsonl': omnisendLog(rng),
  'highlight-errors.jsonl': highlightLog(rng),
});
