// Writes corpus/logs-in-the-wild/heldout108/: a hundred-and-eighth held-out part, in formats no other part uses (wget2's
// `--debug` output of a kiosk sync job, a Bitbucket Pipelines step log, HestiaCP's `system.log`, Ory Oathkeeper's JSON
// log, Tito webhook deliveries kept as JSON lines, an OpenResty error.log with a Lapis app's request lines, CrowdSec's
// `crowdsec.log` with AppSec blocks, Freshchat messages read from its API, a Snom D785 desk phone's syslog, a Codefresh
// build log, Mylar3's `mylar.log`, Acuity Scheduling appointments read from its API, SurveyMonkey responses read from its
// API, GlobalProtect's `PanGPS.log`), with credentials planted in places real apps leak them and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout108.mjs     rewrites heldout108/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Wolds Valley Makerspace of Louth (Lincolnshire), with door kiosks, a members' site, a hosting
// panel, an identity proxy and its open evenings sold on Tito (English, five logs); the Guendalisaa cooperative of
// Juchitán de Zaragoza (Oaxaca), weavers and totopo makers with a shop on Lapis, a server guarded by CrowdSec, a chat
// on Freshchat, a Snom phone at the counter and builds on Codefresh (Isthmus Zapotec, diidxazá, where the apps show text,
// five logs); the Kimeltuwe Mapudungun, a Mapudungun language school of Temuco (Araucanía) with a comics library on
// Mylar3, classes booked on Acuity, surveys on SurveyMonkey and GlobalProtect to the municipal network (Mapudungun in
// the Alfabeto Mapuche Unificado, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['wget2/2.2.0', 'curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Lincolnshire in November (GMT, UTC+0), Juchitán (CST, UTC-6 all year since 2022), Temuco in December (CLST, UTC-3). */
const GMT = 0;
const CST = -360;
const CLST = -180;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_ZA = Date.UTC(2027, 10, 29, 0, 0, 0);
const DAY_MA = Date.UTC(2027, 11, 13, 0, 0, 0);

/** `-06:00`, `+00:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 with milliseconds and the zone's offset. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 23)}${zone(offset)}`;
/** Every format here renders the lines its event carries. */
const render = (e) => e.out;
const out = (...lines) => ({ out: lines });
/** An ed25519 public key as OpenSSH writes it. */
const ed25519 = (rng) => {
  const name = Buffer.from('ssh-ed25519');
  const len = (n) => Buffer.from([0, 0, 0, n]);
  return `ssh-ed25519 ${Buffer.concat([len(name.length), name, len(32), rng.bytes(32)]).toString('base64')}`;
};

// =====================================================================================================================
// Wolds Valley Makerspace (English; Louth, Lincolnshire: GMT, UTC+0 in November)
// =====================================================================================================================

const WV = 'woldsmakers.example';

// ---------------------------------------------------------------------------------------------------------------------
// wget2-kiosk-sync.log: the door kiosk's nightly sync, `wget2 --debug` run by cron and its stderr appended to a file:
// each debug line starts with the local time as `HHMMSS.mmm`; `Adding URL:`, `# sending request:` with the request's
// lines, `# got header N bytes:` with the response's, `saving '…'`. The kiosk's clock is on GMT.
// From memory (not fetched): wget2's debug strings and its time prefix; the blocks of headers follow HTTP/1.1.

function wget2Log(rng) {
  const stamp = (t) => `${local(t, GMT).slice(11, 19).replace(/:/g, '')}.${local(t, GMT).slice(20, 23)}`;
  const API = `members.${WV}`;
  const req = (t, { url, method = 'GET', host = API, headers = [], status = '200 OK', resp = [], save }) => {
    const u = new URL(url);
    return [
      `${stamp(t)} Adding URL: ${url}`,
      `${stamp(t)} host_ip ${rng.pick(['203.0.113.21', '203.0.113.22'])}`,
      `${stamp(t + 90)} # sending request:`,
      `${method} ${u.pathname}${u.search} HTTP/1.1`,
      `Host: ${host}`,
      'User-Agent: wget2/2.2.0',
      'Accept-Encoding: gzip, deflate, br, zstd',
      'Accept: */*',
      ...headers,
      '',
      `${stamp(t + 180)} # got header ${rng.int(300, 700)} bytes:`,
      `HTTP/1.1 ${status}`,
      `Date: ${new Date(t).toUTCString()}`,
      'Server: nginx',
      ...resp,
      '',
      ...(save ? [`${stamp(t + 260)} saving '${save}'`] : []),
    ];
  };
  const filler = (rng, t) => {
    const n = rng.int(1, 24);
    return {
      out: req(t, {
        url: `https://${API}/kiosk/slides/${pad(n)}.jpg`,
        status: rng.pick(['200 OK', '304 Not Modified']),
        resp: ['Content-Type: image/jpeg', `Last-Modified: ${new Date(t - rng.int(2, 30) * 86400000).toUTCString()}`],
        save: `/var/lib/kiosk/slides/${pad(n)}.jpg`,
      }),
    };
  };
  const steps = [
    { raw: out(`${stamp(DAY_EN + 2 * HOUR)} wget2 2.2.0 starting (debug), cwd /var/lib/kiosk`) },
    2,
    plant(
      'session-id',
      'wget2-debug-response-set-cookie-members-session',
      'error',
      WHY.session(
        "The sync logs in with `--post-file` and keeps the cookie; wget2's debug output writes the response's `Set-Cookie` with the members' site session (`wvm_session`, 40 hex)",
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            out: req(t, {
              url: `https://${API}/login`,
              method: 'POST',
              headers: ['Content-Type: application/x-www-form-urlencoded', `Content-Length: ${rng.int(50, 70)}`],
              status: '302 Found',
              resp: ['Location: /kiosk/', `Set-Cookie: wvm_session=${s}; path=/; secure; HttpOnly; SameSite=Lax`],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'wget2-debug-adding-url-and-request-line-api-key',
      'error',
      `${WHY.apiKey('api_key')} The door log export is fetched with the key in its query, and wget2's debug output writes the URL when it queues it and again in the request line it sends.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: req(t, {
              url: `https://${API}/v1/door-log.csv?since=${local(t - 86400000, GMT).slice(0, 10)}&api_key=${key}`,
              resp: ['Content-Type: text/csv; charset=utf-8', 'Transfer-Encoding: chunked'],
              save: '/var/lib/kiosk/door-log.csv',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'wget2-debug-response-etag',
      'none',
      "An `ETag` in a response header (an MD5 of the file with nginx's `-gzip` suffix): a cache validator, no credential.",
      ({ rng, t }) => {
        const tag = rng.hex(32);
        return {
          value: tag,
          event: {
            out: req(t, {
              url: `https://${API}/kiosk/inductions.json`,
              resp: ['Content-Type: application/json', `ETag: W/"${tag}-gzip"`],
              save: '/var/lib/kiosk/inductions.json',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'wget2-debug-request-authorization-bearer',
      'error',
      "The roster call sends the kiosk's personal API token (`--header \"Authorization: Bearer $TOKEN\"`): cron's command line holds only the variable, but wget2's debug output writes the request's headers with the token itself, long-lived.",
      ({ rng, t }) => {
        const tk = `wvm_${rng.alnum(40)}`;
        return {
          value: tk,
          event: {
            out: req(t, {
              url: `https://${API}/v1/rota/tonight`,
              headers: [`Authorization: Bearer ${tk}`],
              resp: ['Content-Type: application/json'],
              save: '/var/lib/kiosk/rota.json',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'wget2-debug-response-location-download-token',
      'error',
      WHY.pathSecret(
        "The script asks for the newest laser-cutter profiles with `--max-redirect=0` and reads the answer's `Location`, a private download path with its token (`/dl/<token>/…zip`), which wget2's debug output writes among the response headers",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: {
            out: req(t, {
              url: `https://${API}/v1/exports/laser-profiles/latest`,
              status: '302 Found',
              resp: ['Content-Length: 0', `Location: https://files.${WV}/dl/${tk}/laser-profiles-2027-11.zip`],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'replay',
      'wget2-debug-request-download-ticket-header',
      'note',
      WHY.ticketFirst(
        "A single-use download ticket for the laser cutter's controller firmware, sent in an `X-Download-Ticket` header the script got from the members' site and written by wget2's debug output in the request; the server answered 200 once. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: {
            out: req(t, {
              url: `https://${API}/v1/firmware/ruida-6445.bin`,
              headers: [`X-Download-Ticket: ${tk}`],
              resp: ['Content-Type: application/octet-stream', `Content-Length: ${rng.int(900000, 2000000)}`],
              save: '/var/lib/kiosk/fw/ruida-6445.bin',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'wget2-debug-response-cloudfront-id',
      'none',
      "CloudFront's `X-Amz-Cf-Id` on a response from the slides' CDN: a request id the CDN gives every answer, no credential.",
      ({ rng, t }) => {
        const id = `${rng.b64url(54)}==`;
        return {
          value: id,
          event: {
            out: req(t, {
              url: `https://cdn.${WV}/kiosk/open-evening.mp4`,
              host: `cdn.${WV}`,
              resp: ['Content-Type: video/mp4', 'X-Cache: Hit from cloudfront', `X-Amz-Cf-Id: ${id}`],
              save: '/var/lib/kiosk/open-evening.mp4',
            }),
          },
        };
      },
    ),
    1,
    { raw: out(`${stamp(DAY_EN + 2 * HOUR + 40 * MIN)} Downloaded: 31 files, 41M bytes, 1 redirects, 0 errors`) },
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: API, api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pipelines-members-site-418-deploy.txt: one step's log of Bitbucket Pipelines as the step's "Download raw log" gives
// it: the build setup's commands echoed with `+ ` (the clone with `$REPOSITORY_OAUTH_ACCESS_TOKEN`, the `git config`
// lines), then each script command echoed with `+ ` before its output. Pipelines replaces a Secured variable's value
// with its name (`$NAME`) in the log; repository variables not marked Secured print as they are. No time on the lines.
// From memory (not fetched): the setup commands and the masking; Playwright's `toHaveURL` message from memory.

function pipelinesLog(rng) {
  const BUILD = '/opt/atlassian/pipelines/agent/build';
  let phase = 'npm';
  const filler = (rng) => {
    if (phase === 'test')
      return out(
        `  ✓  ${rng.int(1, 60)} [chromium] › tests/${rng.pick(['rota', 'inductions', 'tools', 'membership'])}.spec.ts:${rng.int(5, 90)}:${rng.int(3, 9)} › ${rng.pick(['lists the tools', 'books a slot', 'shows the rota', 'renews a membership', 'opens the induction form'])} (${rng.int(300, 4000)}ms)`,
      );
    return out(
      rng.pick([
        `npm warn deprecated ${rng.pick(['inflight@1.0.6', 'glob@7.2.3', 'rimraf@3.0.2'])}: This module is not supported, and leaks memory.`,
        `added ${rng.int(300, 900)} packages, and audited ${rng.int(900, 1200)} packages in ${rng.int(8, 40)}s`,
        `vite v7.2.${rng.int(0, 6)} building for production...`,
        `dist/assets/index-${rng.b64url(8)}.js   ${rng.int(80, 400)}.${rng.int(10, 99)} kB │ gzip: ${rng.int(20, 120)}.${rng.int(10, 99)} kB`,
      ]),
    );
  };
  const sha = rng.hex(40);
  const steps = [
    {
      raw: out(
        '+ umask 000',
        `+ GIT_LFS_SKIP_SMUDGE=1 retry 6 git clone --branch="main" --depth 50 https://x-token-auth:$REPOSITORY_OAUTH_ACCESS_TOKEN@bitbucket.org/$BITBUCKET_REPO_FULL_NAME.git $BUILD_DIR`,
        `Cloning into '${BUILD}'...`,
        `+ git reset --hard ${sha}`,
        `HEAD is now at ${sha.slice(0, 7)} Rota page: show who holds the keys tonight`,
        '+ git config user.name bitbucket-pipelines',
        '+ git config user.email commits-noreply@bitbucket.org',
        '+ git config push.default current',
        '+ git config http.${BITBUCKET_GIT_HTTP_ORIGIN}.proxy http://localhost:29418/',
        '+ git remote set-url origin http://bitbucket.org/$BITBUCKET_REPO_FULL_NAME',
        '+ git reflog expire --expire=all --all',
        '+ echo ".bitbucket/pipelines/generated" >> .git/info/exclude',
        '+ chmod 777 $BUILD_DIR',
        '',
        'Images used:',
        `    build : docker.io/library/node@sha256:${rng.hex(64)}`,
        '+ npm ci',
      ),
      after: 0,
    },
    3,
    plant(
      'negative',
      'pipelines-secured-variable-shown-as-its-name',
      'none',
      "`cat .npmrc` shows the private registry's token line as Pipelines writes a Secured variable in its logs, by its name (`$NPM_TOKEN`): the value never reached the log.",
      () => ({
        value: '_authToken=$NPM_TOKEN',
        event: {
          out: ['+ cat .npmrc', '@woldsmakers:registry=https://npm.pkg.github.com/', '//npm.pkg.github.com/:_authToken=$NPM_TOKEN'],
        },
      }),
    ),
    plant(
      'framework-dump',
      'pipelines-printenv-unsecured-database-url',
      'error',
      "A debugging `printenv | grep DB` prints the members' database URL, a repository variable nobody marked Secured, so Pipelines prints it whole, password included.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            out: [
              '+ printenv | grep DB',
              `MEMBERS_DB_URL=postgres://members:${pw}@db.${WV}:5432/members?sslmode=require`,
              'MEMBERS_DB_POOL=5',
            ],
          },
        };
      },
    ),
    {
      raw: {
        get out() {
          phase = 'build';
          return ['+ npm run build', '', '> members-site@3.8.0 build', '> vite build', ''];
        },
      },
    },
    3,
    {
      raw: {
        get out() {
          phase = 'test';
          return ['+ npx playwright test --reporter=list', '', 'Running 58 tests using 2 workers', ''];
        },
      },
    },
    4,
    plant(
      'implicit-fragment',
      'pipelines-playwright-tohaveurl-received-fragment',
      'error',
      "A sign-in test fails, and Playwright's `toHaveURL` message prints the page's address as received, the identity provider's `#access_token=…` in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            out: [
              `  ✘  ${rng.int(30, 58)} [chromium] › tests/signin.spec.ts:14:5 › lands on the rota after sign-in (5.4s)`,
              '',
              '    Error: Timed out 5000ms waiting for expect(page).toHaveURL(expected)',
              '',
              `    Expected string: "https://members.${WV}/rota"`,
              `    Received string: "https://members.${WV}/#access_token=${at}&token_type=Bearer&expires_in=3600"`,
              '    Call log:',
              '      - expect.toHaveURL with timeout 5000ms',
              '      - waiting for navigation until "load"',
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pipelines-node-inspect-xero-token-set',
      'error',
      `${WHY.refresh} A smoke test of the accounts export prints the token set it renewed with Node's util.inspect, the refresh token on its own line.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            out: [
              '+ node scripts/smoke-accounts.mjs',
              'renewed accounting token:',
              '{',
              "  token_type: 'Bearer',",
              '  expires_in: 1800,',
              `  refresh_token: '${rt}',`,
              "  scope: 'offline_access accounting.transactions'",
              '}',
              'export ok: 214 invoices',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'pipelines-docker-push-digest',
      'none',
      "`docker push` ends with the pushed image's digest (`sha256:<64 hex>`): a content address, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            out: [
              '+ docker push registry.woldsmakers.example/members-site:3.8.0',
              'The push refers to repository [registry.woldsmakers.example/members-site]',
              `${rng.hex(12)}: Pushed`,
              `${rng.hex(12)}: Layer already exists`,
              `3.8.0: digest: sha256:${d} size: 1786`,
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'pipelines-echoed-curl-release-key',
      'error',
      `${WHY.apiKey('release_key')} The step tells the status page about the release with the key written into bitbucket-pipelines.yml, and Pipelines echoes the command.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [`+ curl -fsS -X POST "https://status.${WV}/api/releases?site=members&version=3.8.0&release_key=${key}"`, '{"ok":true}'],
          },
        };
      },
    ),
    plant(
      'webhook',
      'pipelines-echoed-curl-teams-incoming-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>/…`) written into the script to tell the trustees' channel; Pipelines echoes the curl command",
      ),
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          needle: `IncomingWebhook/${h}/`,
          event: {
            out: [
              `+ curl -fsS -H 'Content-Type: application/json' -d '{"text":"Members site 3.8.0 is live"}' https://woldsmakers.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${rng.uuid()}/V2${rng.b64url(44)}`,
              '1',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'pipelines' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hestia-system.log: HestiaCP 1.9's `/usr/local/hestia/log/system.log` on the makerspace's web server: one line per
// `v-*` command run through the panel or cron, `<yyyy-mm-dd> <hh:mm:ss> <command> '<arg>' '<arg>' …` in local time
// (GMT); Hestia writes `******` for a password argument its scripts mark hidden.
// From memory (not fetched): the line's layout and the hiding of passwords (`hide_password`).

function hestiaLog(rng) {
  const at = (t) => ymdHmsAt(t, GMT);
  const cron = (t, min, hour, cmd) => `${at(t)} v-add-cron-job 'admin' '${min}' '${hour}' '*' '*' '*' '${cmd}'`;
  const filler = (rng, t) =>
    out(
      rng.pick([
        () => `${at(t)} v-update-sys-rrd`,
        () => `${at(t)} v-update-user-stats 'admin'`,
        () => `${at(t)} v-update-web-domains-traff 'admin'`,
        () => `${at(t)} v-update-sys-queue 'daily'`,
        () => `${at(t)} v-add-letsencrypt-domain 'admin' '${rng.pick(['members', 'wiki', 'shop', 'files'])}.${WV}' '' 'yes'`,
        () => `${at(t)} v-restart-web ''`,
        () => `${at(t)} v-add-web-domain-alias 'admin' '${WV}' 'www.${WV}' 'yes'`,
      ])(),
    );
  const steps = [
    3,
    plant(
      'negative',
      'hestia-add-database-hidden-password',
      'none',
      '`v-add-database` with its password argument as Hestia writes it, `******`: a mask, no credential.',
      ({ t }) => ({
        value: "'wiki' '******'",
        event: out(`${at(t)} v-add-database 'admin' 'wiki' 'wiki' '******' 'mysql' 'localhost' 'utf8mb4'`),
      }),
    ),
    2,
    plant(
      'framework-dump',
      'hestia-cron-job-pgpassword',
      'error',
      'A nightly dump added as a cron job through the panel, the database password in the command (`PGPASSWORD=…`); Hestia hides passwords it knows as arguments, not one inside a cron command, and writes the whole command.',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            cron(
              t,
              '15',
              '3',
              `PGPASSWORD=${pw} pg_dump -h localhost -U members members | gzip > /home/admin/backup/members-$(date +\\%F).sql.gz`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'hestia-cron-job-cronitor-ping',
      'error',
      WHY.webhook(
        'A Cronitor telemetry URL (`cronitor.link/p/<API key>/<monitor>`) at the end of the backup job, the account key in its path',
      ),
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          needle: `/p/${k}/`,
          event: out(
            cron(
              t,
              '45',
              '3',
              `/home/admin/bin/offsite-backup.sh && curl -fsS -m 10 --retry 3 https://cronitor.link/p/${k}/offsite-backup > /dev/null`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'hestia-cron-job-google-calendar-private-ical',
      'error',
      "A cron job copies the workshop calendar for the website from Google Calendar's secret address (`/calendar/ical/<id>/private-<32 hex>/basic.ics`): whoever has the URL reads the whole calendar until the owner resets it.",
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          needle: `private-${k}`,
          event: out(
            cron(
              t,
              '*/30',
              '*',
              `wget -q -O /home/admin/web/${WV}/public_html/workshops.ics "https://calendar.google.com/calendar/ical/${lowerNum(rng, 26)}%40group.calendar.google.com/private-${k}/basic.ics"`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'hestia-add-user-ssh-public-key',
      'none',
      'An SSH public key (`ssh-ed25519 AAAAC3…`) added for a volunteer: a public key, no credential.',
      ({ rng, t }) => {
        const key = ed25519(rng);
        return { value: key.slice(12), event: out(`${at(t)} v-add-user-ssh-key 'admin' '${key} maggie@thinkpad'`) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'hestia-cron-job-booking-cron-key',
      'error',
      `${WHY.apiKey('cron_key')} The booking plugin's cron URL, added as a cron job, with its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            cron(t, '*/5', '*', `curl -s "https://${WV}/wp-content/plugins/tool-booking/cron.php?cron_key=${key}" > /dev/null 2>&1`),
          ),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'hestia' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// oathkeeper.log: Ory Oathkeeper 0.40 in front of the members' site and its API, `log.format: json`, with
// `log.leak_sensitive_values: true` set for a week while a cookie problem was chased: per request the middleware's
// `completed handling request` line with `http_request` (headers, host, method, path, query, remote, scheme) and
// `http_response`; a failed upstream adds the `An error occurred while handling a request` line with the same request.
// Nanosecond UTC times. From memory (not fetched): the fields of Ory's logrusx lines.

function oathkeeperLog(rng) {
  const ns = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const line = (t, fields, msg, level = 'info') =>
    JSON.stringify({
      audience: 'application',
      ...fields,
      level,
      msg,
      service_name: 'Ory Oathkeeper',
      service_version: 'v0.40.9',
      time: ns(t),
    });
  const request = (e, { method = 'GET', path, query = '', headers = {}, host = `members.${WV}`, ua }) => ({
    headers: { accept: '*/*', 'user-agent': ua ?? e.ua, 'x-forwarded-proto': 'https', ...headers },
    host,
    method,
    path,
    query,
    remote: `${e.ip}:${e.port}`,
    scheme: 'http',
  });
  const done = (e, t, r, status = 200) =>
    line(
      t,
      {
        http_request: r,
        http_response: {
          headers: { 'content-type': status === 101 ? '' : 'text/html; charset=utf-8' },
          size: status === 101 ? 0 : e.bytes,
          status,
          text_status: { 101: 'Switching Protocols', 200: 'OK', 302: 'Found', 502: 'Bad Gateway' }[status],
          took: e.ms * 1000000 + rng.int(0, 999999),
        },
      },
      'completed handling request',
    );
  const filler = (rng, t) => {
    const e = { ...baseRequest(rng, t, { host: WV }), ua: rng.pick(BROWSERS) };
    const path = rng.pick(['/', '/rota', '/tools', '/tools/laser', '/inductions', '/assets/app.css', '/events']);
    return out(done(e, t, request(e, { path }), 200));
  };
  const steps = [
    3,
    plant(
      'negative',
      'oathkeeper-request-header-csrf-token',
      'none',
      "The site's `x-csrf-token` header on a form post, leaked by the debugging setting: a CSRF token, bound to the form's session and useless without its cookie, no credential.",
      ({ rng, t }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  method: 'POST',
                  path: '/inductions/book',
                  headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': c },
                }),
                302,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'oathkeeper-error-and-completed-callback-code',
      'warning',
      `${WHY.code} The members' site was restarting when the sign-in came back: Oathkeeper writes the callback's query in its error line and again in the request's completed line.`,
      ({ rng, t }) => {
        const code = `ory_ac_${rng.b64url(43)}.${rng.b64url(43)}`;
        return {
          value: code,
          event: {
            mk: (e) => {
              const r = request(e, { path: '/auth/callback', query: `code=${code}&scope=openid+offline_access&state=${rng.b64url(24)}` });
              return [
                line(
                  t,
                  {
                    error: {
                      message: 'dial tcp 10.20.0.12:8080: connect: connection refused',
                      reason: '',
                      status: 'Bad Gateway',
                      status_code: 502,
                    },
                    http_request: r,
                  },
                  'An error occurred while handling a request',
                  'error',
                ),
                done(e, t + 2, r, 502),
              ];
            },
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'oathkeeper-request-header-kratos-session-cookie',
      'error',
      WHY.session(
        "With sensitive values leaked, a request's `cookie` header shows the identity server's session cookie (`ory_kratos_session`)",
      ),
      ({ rng, t }) => {
        const s = `MTc${rng.b64url(217)}`;
        return {
          value: s,
          event: {
            mk: (e) => [done(e, t, request(e, { path: '/rota/swap', headers: { cookie: `ory_kratos_session=${s}; wvm_theme=dark` } }))],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'oathkeeper-query-door-panel-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket for the door panel's WebSocket (`/ws/door-panel?ticket=…`), fetched by the kiosk in the workshop and switched to 101 for it. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.ticket = t;
        return {
          value: tk,
          event: {
            ip: '203.0.113.21',
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  path: '/ws/door-panel',
                  query: `ticket=${tk}`,
                  ua: 'WVKiosk/2.4 (Raspberry Pi OS)',
                  headers: { upgrade: 'websocket', connection: 'Upgrade' },
                }),
                101,
              ),
            ],
          },
        };
      },
      { ref: 'ticket' },
    ),
    1,
    plant(
      'replay',
      'oathkeeper-query-door-panel-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} A browser on a public address opened the door panel with the kiosk's ticket, and the upgrade was switched to 101 again.`,
          },
        ],
        event: {
          ip: '198.51.100.77',
          mk: (e) => [
            done(
              e,
              t,
              request(e, {
                path: '/ws/door-panel',
                query: `ticket=${refs.get('ticket').value}`,
                headers: { upgrade: 'websocket', connection: 'Upgrade' },
              }),
              101,
            ),
          ],
        },
      }),
      { replayOf: 'ticket', after: 131 },
    ),
    2,
    plant(
      'header-dump',
      'oathkeeper-request-header-authorization-bearer',
      'error',
      "The members' app calls the API with an opaque access token (`ory_at_…`), and the leaked `authorization` header is in the request's completed line; its lifetime is not in the token.",
      ({ rng, t }) => {
        const at = `ory_at_${rng.b64url(43)}.${rng.b64url(43)}`;
        return {
          value: at,
          event: {
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  host: `api.${WV}`,
                  path: '/v1/tools/bookings',
                  ua: 'WVMembers/5.1.0 (Android 16)',
                  headers: { authorization: `Bearer ${at}` },
                }),
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'oathkeeper-query-session-renew-refresh-token',
      'error',
      `${WHY.refresh} The members' app renews its session by GET with the refresh token in the query (\`ory_rt_…\`), written in the request's completed line.`,
      ({ rng, t }) => {
        const rt = `ory_rt_${rng.b64url(43)}.${rng.b64url(43)}`;
        return {
          value: rt,
          event: {
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  host: `api.${WV}`,
                  path: '/v1/session/renew',
                  query: `refresh_token=${rt}`,
                  ua: 'WVMembers/5.1.0 (iOS 26.1)',
                }),
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'oathkeeper-query-logout-id-token-hint',
      'error',
      "The sign-out redirects through the site with the ID token as `id_token_hint` in the query of the logout request, written in its completed line with the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(600, 2400),
          claims: {
            iss: `https://id.${WV}`,
            aud: ['members-site'],
            sub: rng.uuid(),
            sid: rng.uuid(),
            auth_time: Math.floor(t / 1000) - 3000,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  path: '/oauth2/sessions/logout',
                  query: `id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fmembers.${WV}%2F`,
                }),
                302,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'oathkeeper-request-header-idempotency-key',
      'none',
      'An `idempotency-key` header (a UUID the app makes per booking) on an API post: it deduplicates retries, no credential.',
      ({ rng, t }) => {
        const k = rng.uuid();
        return {
          value: k,
          event: {
            mk: (e) => [
              done(
                e,
                t,
                request(e, {
                  method: 'POST',
                  host: `api.${WV}`,
                  path: '/v1/tools/bookings',
                  ua: 'WVMembers/5.1.0 (Android 16)',
                  headers: { 'idempotency-key': k, 'content-type': 'application/json' },
                }),
              ),
            ],
          },
        };
      },
    ),
    2,
  ];
  const r = (e) => (e.mk ? e.mk(e) : e.out);
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: WV }, filler, render: r, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tito-webhooks.jsonl: the open evenings' Tito webhooks as the makerspace's receiver keeps them, one delivery a line:
// the time it arrived (UTC), Tito's `X-Webhook-Name`, where the receiver forwarded it, and the payload: a ticket with
// `slug`, `reference`, `unique_url`, the attendee, the release and the answers to the event's questions.
// From memory (not fetched): the payload's fields.

function titoLog(rng) {
  const FIRST = ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Jack', 'Ivy'];
  const LAST = ['Fieldsend', 'Cussons', 'Dunderdale', 'Espin', 'Smalley', 'Tuxworth', 'Brackenbury'];
  const RELEASES = ['Open evening', 'Open evening (under 16, with an adult)', 'Laser cutter taster', '3D printing taster'];
  const delivery = (rng, t, { name = 'ticket.completed', forward = `https://members.${WV}/hooks/tito`, answer, extra = {} } = {}) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const slug = `ti_${rng.alnum(22)}`;
    return JSON.stringify({
      received_at: iso(t),
      webhook: name,
      forwarded_to: forward,
      payload: {
        _type: 'ticket',
        id: rng.int(20000000, 29999999),
        slug,
        reference: `${upperNum(rng, 4)}-${rng.int(1, 3)}`,
        state_name: 'complete',
        name: `${first} ${last}`,
        first_name: first,
        last_name: last,
        email: `${first.toLowerCase()}.${last.toLowerCase()}@${rng.pick(['gmail.com', 'outlook.com', 'btinternet.com'])}`,
        release_title: rng.pick(RELEASES),
        price: rng.pick(['0.00', '5.00', '12.00']),
        test_mode: false,
        event: { slug: 'open-evenings-2027', title: 'Open evenings at the Makerspace' },
        answers: answer ? [{ question: { title: 'Anything we should know before you come?' }, response: answer }] : [],
        created_at: `${iso(t - rng.int(5, 90) * 1000).slice(0, 19)}.000Z`,
        ...extra,
      },
    });
  };
  const filler = (rng, t) =>
    out(
      delivery(rng, t, { answer: rng.pick([null, 'Step-free access please', 'Coming with my daughter (14)', 'Interested in the lathe']) }),
    );
  const steps = [
    2,
    plant(
      'path-secret',
      'tito-payload-ticket-unique-url',
      'error',
      "A ticket's `unique_url` (`ti.to/tickets/ti_…`, the ticket's `slug`), which lets whoever holds it see the ticket and change the attendee: the receiver drops `unique_url` before it keeps a delivery, but its `ticket.updated` path keeps the payload whole. It lives as long as the ticket.",
      ({ rng, t }) => {
        const s = `ti_${rng.alnum(22)}`;
        return {
          value: s,
          needle: `tickets/${s}`,
          event: out(delivery(rng, t, { name: 'ticket.updated', extra: { slug: s, unique_url: `https://ti.to/tickets/${s}` } })),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tito-payload-gravatar-hash',
      'none',
      "An attendee's `avatar_url` on Gravatar (`/avatar/<MD5 of the address>`): a hash of an e-mail address, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: out(delivery(rng, t, { extra: { avatar_url: `https://www.gravatar.com/avatar/${h}?d=mp&s=80` } })) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'tito-answer-pasted-members-address-fragment',
      'error',
      "An attendee answers the question with the address of the members' page she landed on after signing in, the implicit flow's `#access_token=…` pasted with it.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: out(
            delivery(rng, t, {
              answer: `I'm already a member, does this page count? https://members.${WV}/#access_token=${at}&token_type=bearer&expires_in=3600&state=${rng.b64url(16)}`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'tito-answer-pasted-signin-url-id-token-expired',
      'note',
      "An attendee pastes the sign-in address that failed for her, its `id_token` in the query; by the delivery's `received_at` (UTC) the token had expired",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(0, 1800),
          claims: { iss: `https://id.${WV}`, aud: 'members-site', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            delivery(rng, t, {
              answer: `The members login gave me an error on this page: https://members.${WV}/auth/done?id_token=${token}`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tito-payload-ticket-reference',
      'none',
      "A ticket's `reference` as Tito prints it on the ticket (four characters and the ticket's number), checked at the door against the list: a reference, no credential.",
      ({ rng, t }) => {
        const ref = `${upperNum(rng, 4)}-7`;
        return { value: `"reference":"${ref}"`, event: out(delivery(rng, t, { extra: { reference: ref } })) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'tito-receiver-forwarded-to-hook-key',
      'error',
      `${WHY.apiKey('hook_key')} The receiver writes where it forwarded the delivery, the members' site's hook with its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(delivery(rng, t, { name: 'registration.finished', forward: `https://members.${WV}/hooks/tito?hook_key=${key}` })),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'tito' }, filler, render, steps });
}

// =====================================================================================================================
// Guendalisaa cooperative of Juchitán de Zaragoza (Isthmus Zapotec, diidxazá; CST, UTC-6 all year)
// =====================================================================================================================

const GZ = 'guendalisaa.example';

// ---------------------------------------------------------------------------------------------------------------------
// nginx-error-guendaruti.log: the shop (guendaruti, "selling") is a Lapis 1.16 app on OpenResty; Lapis writes each
// request with ngx.log at notice level, `[<status>] <METHOD> <path?query> - <params as JSON>`, into nginx's error.log:
// `<yyyy/mm/dd hh:mm:ss> [<level>] <pid>#<tid>: *<conn> [lua] <file>:<line>: <function>(): <message>, client: …,
// server: …, request: "…", host: "…"` in local time (CST); a Lua error is written with its traceback over several lines;
// values the developers printed with the `inspect` library span several lines too.
// From memory (not fetched): Lapis' request line and nginx's error-log context.

function lapisLog(rng) {
  const ts = (t) => ymdHmsAt(t, CST).replace(/-/g, '/');
  const pid = rng.int(20, 40);
  const ctx = (e, req) => `, client: ${e.ip}, server: ${GZ}, request: "${req}", host: "${GZ}"`;
  const lapis = (e, t, { status = 200, method = 'GET', path, params = {}, conn }) =>
    `${ts(t)} [notice] ${pid}#${pid}: *${conn} [lua] logging.lua:52: request(): [${status}] ${method} ${path} - ${JSON.stringify(params)}${ctx(e, `${method} ${path} HTTP/1.1`)}`;
  let conn = rng.int(2000, 3000);
  const filler = (rng, t) => {
    const e = baseRequest(rng, t, { host: GZ });
    conn += rng.int(1, 9);
    return out(
      rng.pick([
        () => lapis(e, t, { path: '/guendaruti', conn }),
        () => {
          const n = rng.int(1, 60);
          return lapis(e, t, { path: `/guendaruti/lari/${n}`, params: { id: String(n) }, conn });
        },
        () => {
          const q = rng.pick(['huipil', 'enagua', 'gueta', 'totopo', 'bidaani']);
          return lapis(e, t, { path: `/guendaruti?ni_ruyubi=${q}`, params: { ni_ruyubi: q }, conn });
        },
      ])(),
    );
  };
  const steps = [
    plant(
      'framework-dump',
      'lapis-init-inspect-config-postgres-password',
      'error',
      "At start-up the app prints its configuration with the `inspect` library (a Lua table over several lines), the database's `password` in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            out: [
              `${ts(t)} [notice] 1#1: [lua] init.lua:14: main(): config: {`,
              '  _name = "production",',
              '  port = 8080,',
              '  postgres = {',
              '    database = "guendaruti",',
              '    host = "127.0.0.1",',
              `    password = "${pw}",`,
              '    user = "guendaruti"',
              '  },',
              '  session_name = "xquenda"',
              '}',
              `${ts(t + 40)} [notice] 1#1: start worker processes`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    4,
    plant(
      'negative',
      'lapis-request-params-csrf-token',
      'none',
      "The cart form's `csrf_token` in the params Lapis writes for a post (base64 of its JSON, a dot, its HMAC): a CSRF token bound to the session, no credential.",
      ({ rng, t }) => {
        const c = `${b64Of(JSON.stringify({ k: rng.b64url(16) })).replace(/=+$/, '')}.${rng.b64url(27)}`;
        conn += 3;
        return {
          value: c,
          event: {
            mk: (e) => [
              lapis(e, t, {
                status: 302,
                method: 'POST',
                path: '/guendaruti/canasta',
                params: { csrf_token: c, lari: '12', cantidad: '2' },
                conn,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'lapis-lua-error-and-request-line-mercadolibre-code',
      'warning',
      `${WHY.code} The return from Mercado Libre's sign-in (\`TG-…\` code) hits a Lua error: nginx writes the error with the request line in its context, and Lapis writes the request's 500 line with the same query.`,
      ({ rng, t }) => {
        const code = `TG-${rng.hex(24)}-${digits(rng, 9)}`;
        const path = `/biuu/mercadolibre?code=${code}&state=${rng.b64url(22)}`;
        conn += 5;
        return {
          value: code,
          event: {
            mk: (e) => [
              `${ts(t)} [error] ${pid}#${pid}: *${conn} lua entry thread aborted: runtime error: /srv/guendaruti/app/biuu.lua:63: attempt to index a nil value (field 'nickname')`,
              'stack traceback:',
              'coroutine 0:',
              "\t/srv/guendaruti/app/biuu.lua: in function 'handler'",
              `\t/usr/local/share/lua/5.1/lapis/application.lua:150: in function 'resolve'${ctx(e, `GET ${path} HTTP/1.1`)}`,
              lapis(e, t + 3, { status: 500, path, params: { code, state: path.split('state=')[1] }, conn }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'lapis-request-query-guichi-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket to a weaving workshop (`guichi`, from gui'chi', \"paper\", the word the developers use for a ticket), scanned at the door by the counter's tablet and written in Lapis' request line with a 200. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.guichi = t;
        conn += 2;
        return {
          value: tk,
          event: { ip: '203.0.113.140', mk: (e) => [lapis(e, t, { path: `/biuu-taller?guichi=${tk}`, params: { guichi: tk }, conn })] },
        };
      },
      { ref: 'guichi' },
    ),
    2,
    plant(
      'replay',
      'lapis-request-query-guichi-again',
      'replay',
      '',
      ({ refs, t }) => {
        conn += 4;
        return {
          marks: [
            {
              value: refs.get('guichi').value,
              why: `${WHY.replay('guichi', gap('guichi', t))} A phone on another address showed the same workshop ticket, and the shop let it in again (200).`,
            },
          ],
          event: {
            ip: '198.51.100.31',
            mk: (e) => [
              lapis(e, t, { path: `/biuu-taller?guichi=${refs.get('guichi').value}`, params: { guichi: refs.get('guichi').value }, conn }),
            ],
          },
        };
      },
      { replayOf: 'guichi', after: 204 },
    ),
    3,
    plant(
      'session-id',
      'lapis-inspect-cookies-xquenda-session',
      'error',
      WHY.session(
        "While chasing a cart bug a developer printed the request's cookies with `inspect`; the app's signed session cookie (`xquenda`, Isthmus Zapotec for one's own being, Lapis' base64 JSON with `--` and its HMAC) holds the signed-in buyer's id",
      ),
      ({ rng, t }) => {
        const s = `${b64Of(JSON.stringify({ user_id: rng.int(100, 4000), canasta: rng.int(1, 900) }))}%0A--${rng.hex(40)}`;
        conn += 2;
        return {
          value: s,
          event: {
            mk: (e) => [
              `${ts(t)} [notice] ${pid}#${pid}: *${conn} [lua] canasta.lua:31: handler(): cookies: {`,
              `  _ga = "GA1.1.${digits(rng, 10)}.${digits(rng, 10)}",`,
              `  xquenda = "${s}"`,
              `}${ctx(e, 'GET /guendaruti/canasta HTTP/1.1')}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'lapis-mercadopago-back-url-preference-id',
      'none',
      "Mercado Pago's return to the shop after a payment, with `preference_id` (the collector's number and a UUID) and the payment's numbers: identifiers of the order, no credential.",
      ({ rng, t }) => {
        const pref = `${digits(rng, 9)}-${rng.uuid()}`;
        const pay = digits(rng, 11);
        const path = `/guendaruti/pago?collection_id=${pay}&collection_status=approved&payment_id=${pay}&status=approved&preference_id=${pref}&site_id=MLM&processing_mode=aggregator`;
        conn += 2;
        return {
          value: pref,
          event: { mk: (e) => [lapis(e, t, { path, params: { payment_id: pay, preference_id: pref, status: 'approved' }, conn })] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_ZA + 13 * HOUR, site: { host: GZ }, filler, render: (e) => (e.mk ? e.mk(e) : e.out), steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// crowdsec.log: CrowdSec 1.6 on the shop's server, logrus text lines `time="<RFC 3339, -06:00>" level=… msg="…"` with
// fields: scenarios' overflows (`Ip … performed '…' (N events over …s) at …`), decisions (`(<machine>/crowdsec) … by ip …
// : 4h ban on Ip …`), `Signal push`, the AppSec component's blocks with the request's `uri`, a notification plugin's error
// quoting the URL it posted to (Go's `Post "<url>": …`).
// From memory (not fetched): the messages and the AppSec line's fields.

function crowdsecLog(rng) {
  const ts = (t) => `${local(t, CST).slice(0, 19)}${zone(CST)}`;
  const L = (t, level, msg, fields = '') => `time="${ts(t)}" level=${level} msg="${msg.replace(/"/g, '\\"')}"${fields}`;
  const appsec = (t, ip, rule, uri) =>
    L(
      t,
      'info',
      `AppSec block: ${rule} from ${ip} (127.0.0.1)`,
      ` module=acquisition.appsec name=appsec_guendaruti source=${ip} uri="${uri.replace(/"/g, '\\"')}"`,
    );
  const filler = (rng, t) => {
    const ip = publicIp(rng);
    return rng.pick([
      () => {
        const sc = rng.pick([
          'crowdsecurity/http-probing',
          'crowdsecurity/http-crawl-non_statics',
          'crowdsecurity/ssh-bf',
          'crowdsecurity/http-sensitive-files',
        ]);
        return out(
          L(
            t,
            'info',
            `Ip ${ip} performed '${sc}' (${rng.int(6, 40)} events over ${rng.int(1, 30)}.${rng.int(100, 999)}s) at ${iso(t).slice(0, 10)} ${iso(t).slice(11, 23)}${digits(rng, 6)} +0000 UTC`,
          ),
          L(
            t + 2,
            'info',
            `(guendaruti-vps/crowdsec) ${sc} by ip ${ip} (${rng.pick(['US/14061', 'CN/4134', 'NL/14061', 'DE/24940'])}) : 4h ban on Ip ${ip}`,
          ),
        );
      },
      () => out(L(t, 'info', `Signal push: ${rng.int(1, 6)} signals to push`)),
      () =>
        out(
          appsec(
            t,
            ip,
            rng.pick(['crowdsecurity/vpatch-env-access', 'crowdsecurity/vpatch-git-config', 'crowdsecurity/generic-wordlist']),
            rng.pick(['/.env', '/.git/config', '/wp-login.php', '/phpinfo.php']),
          ),
        ),
    ])();
  };
  const steps = [
    {
      raw: out(
        L(DAY_ZA + 6 * HOUR, 'info', 'Crowdsec v1.6.11-debian-pragmatic-amd64-0d1f3e24'),
        L(DAY_ZA + 6 * HOUR, 'info', 'Loading prometheus collectors'),
        L(DAY_ZA + 6 * HOUR, 'info', 'Loaded 4 scenarios'),
        L(DAY_ZA + 6 * HOUR, 'info', 'Starting processing data'),
      ),
      after: 0,
    },
    3,
    plant(
      'negative',
      'crowdsec-appsec-uri-list-cursor',
      'none',
      'A blocked request to the shop\'s list with a cursor (`pagina=`, base64 of `{"despues":…}`), a false positive of a SQL-injection rule: a cursor, no credential.',
      ({ rng, t }) => {
        const c = b64urlOf(JSON.stringify({ despues: rng.int(1000, 9999), orden: 'fecha' }));
        return { value: c, event: out(appsec(t, publicIp(rng), 'crowdsecurity/generic-sqli', `/guendaruti/lari?pagina=${c}`)) };
      },
    ),
    3,
    plant(
      'api-key-name',
      'crowdsec-appsec-uri-yave-api',
      'error',
      `${WHY.apiKey('yave_api')} (\`yave\`, the Spanish \`llave\` "key" as the cooperative's developers write it in Zapotec spelling.) A false positive of a rule blocks the stock sync of a partner shop, and CrowdSec writes the request's \`uri\`, the key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(appsec(t, publicIp(rng), 'crowdsecurity/generic-sqli', `/api/lari?cambio_desde=2027-11-28T00:00:00&yave_api=${key}`)),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'crowdsec-appsec-uri-bidii-share-link',
      'error',
      WHY.pathSecret(
        'A share link of the pattern archive (`/bidii/<token>/…pdf`, bidii, "gave"), blocked by a rule on an odd user agent and written in the block\'s `uri`',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: out(appsec(t, publicIp(rng), 'crowdsecurity/experimental-no-user-agent', `/bidii/${tk}/lari-huipil-naxiña.pdf`)),
        };
      },
    ),
    3,
    plant(
      'encoded',
      'crowdsec-appsec-uri-percent-encoded-return-yave',
      'error',
      "An open-redirect rule blocks a sign-in whose `regresar` parameter is a percent-encoded address with `%3Fyave%3D…`: decoded, the partner shop's key.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const enc = encodeURIComponent(`https://socios.${GZ}/inventario?yave=${key}`);
        return {
          value: key,
          needle: `yave%3D${key}`,
          event: out(appsec(t, publicIp(rng), 'crowdsecurity/generic-open-redirect', `/biuu?regresar=${enc}`)),
        };
      },
    ),
    3,
    plant(
      'webhook',
      'crowdsec-notification-error-rocketchat-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the http notification plugin posts to; the chat server was down, and Go's error quotes the URL",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            L(
              t,
              'error',
              `Post "https://chat.${GZ}/hooks/${id}/${tok}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
              ' plugin=http_rocketchat',
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'crowdsec-hub-upgrade-sha256',
      'none',
      "A hub item's upgrade with the content's SHA-256 (`sha256:<64 hex>`): a checksum of a public collection, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(L(t, 'info', `crowdsecurity/appsec-virtual-patching: upgraded to v${rng.int(2, 9)}.${rng.int(0, 40)} (sha256:${h})`)),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_ZA + 6 * HOUR, site: { host: 'crowdsec' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freshchat-messages.jsonl: the cooperative's chat on Freshchat, messages read from the API (`/v2/conversations/{id}/
// messages`) oldest first, one a line: `id`, `created_time` (UTC), `actor_type`, `actor_id`, `conversation_id`,
// `message_type`, `message_source`, `message_parts` with `text.content`. Customers and staff write Isthmus Zapotec and
// Spanish mixed, as speakers of Juchitán write chats.
// From memory (not fetched): the message fields.

function freshchatLog(rng) {
  const STAFF = [rng.uuid(), rng.uuid()];
  const APP = rng.uuid();
  const convs = Array.from({ length: 5 }, () => rng.uuid());
  const msg = (rng, t, { user = true, text }) =>
    JSON.stringify({
      id: rng.uuid(),
      created_time: iso(t),
      actor_type: user ? 'user' : 'agent',
      actor_id: user ? rng.uuid() : rng.pick(STAFF),
      conversation_id: rng.pick(convs),
      app_id: APP,
      message_type: 'normal',
      message_source: user ? rng.pick(['web', 'whatsapp']) : 'web',
      message_parts: [{ text: { content: text } }],
    });
  const filler = (rng, t) =>
    out(
      msg(
        rng,
        t,
        rng.pick([
          { text: "Padiuxi! ¿Nuu huipil naxiñá' talla M?" },
          { user: false, text: "Padiuxi. Nuu chupa. Xquixe pe' lii." },
          { text: "¿Nuu totopo? Racaladxe' gaayu' paquete." },
          { user: false, text: "Nuu. Gaayu' paquete totopo, 150 pesos." },
          { text: "Xquixe pe' lii 🙏" },
          { user: false, text: "Ma bidii orden stiu'. Mañana nuu guía." },
        ]),
      ),
    );
  const steps = [
    2,
    plant(
      'embed-jwt',
      'freshchat-agent-embed-tracking-jwt',
      'error',
      "An agent sends a customer the order's tracking page on the shop (`/embed/guendaruti/<JWT>`), a thirty-day token with a jti, in the message's text, its `created_time` in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(10, 200),
          jti: true,
          claims: { iss: `https://${GZ}`, orden: rng.int(1000, 1999), vista: 'rastreo' },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            msg(rng, t, {
              user: false,
              text: `Padiuxi! Lu link ri' zuuyu\' paraa nuu paquete stiu\': https://${GZ}/embed/guendaruti/${token}`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'freshchat-estafeta-guia-number',
      'none',
      "An agent gives a parcel's Estafeta waybill number (22 digits), which anyone tracks on the carrier's public page: a tracking number, no credential.",
      ({ rng, t }) => {
        const g = digits(rng, 22);
        return { value: g, event: out(msg(rng, t, { user: false, text: `Guía Estafeta: ${g}. Ma bireeni Juchitán.` })) };
      },
    ),
    2,
    plant(
      'id-token',
      'freshchat-customer-pasted-url-id-token',
      'error',
      "A customer pastes the address the sign-in left her on, with the shop's `id_token` in the query, live at the message's UTC `created_time`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://biuu.${GZ}`, aud: 'guendaruti-web', sub: String(rng.int(100, 4000)), email_verified: true },
        });
        return {
          value: token,
          jwt: facts,
          event: out(msg(rng, t, { text: `Cadi nuu canasta stinne\' 😞 lu pantalla ri': https://${GZ}/biuu/listo?id_token=${token}` })),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'freshchat-customer-base64url-datos-yave',
      'error',
      'A customer pastes a partner link whose `datos` parameter is base64url of JSON; decoded, it holds the order and the partner\'s `yave` ("key").',
      ({ rng, t }) => {
        const d = b64urlOf(JSON.stringify({ orden: rng.int(1000, 1999), socio: 'tienda-ixtepec', yave: rng.alnum(32) }));
        return { value: d, event: out(msg(rng, t, { text: `Bidii tienda Ixtepec link ri': https://socios.${GZ}/pedido?datos=${d}` })) };
      },
    ),
    2,
    plant(
      'negative',
      'freshchat-customer-fbclid',
      'none',
      "A customer pastes the shop's link from Facebook with its `fbclid` (a click id Facebook appends): a tracking id, no credential.",
      ({ rng, t }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}_aem_${rng.b64url(22)}`;
        return { value: f, event: out(msg(rng, t, { text: `¿Nuu lari ri'? https://${GZ}/guendaruti/lari/17?fbclid=${f}` })) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'freshchat-agent-orders-export-yave',
      'error',
      `${WHY.apiKey('yave')} An agent passes a colleague the orders export of the shop's API, its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            msg(rng, t, { user: false, text: `Lu Excel ri' nuu guirá orden: https://api.${GZ}/v1/ordenes.csv?dxi=2027-11-28&yave=${key}` }),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_ZA + 15 * HOUR, site: { host: 'freshchat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snom-d785-mostrador.log: the counter's Snom D785 desk phone, its syslog as the office's rsyslog writes it: `<Mmm dd
// hh:mm:ss> <phone's address> [<LEVEL>] <module>: <message>` in local time (CST) without zone, the firmware's modules
// (`PHN`, `PRV` provisioning, `SIP`, `HTTP`, `ACT` action URLs, `TBOOK` the XML phone book); SIP messages at debug level.
// The function keys and idle text are the cooperative's, in Isthmus Zapotec.
// From memory (not fetched): the module names and messages; the Action URL and provisioning settings are Snom's.

function snomLog(rng) {
  const PH = '10.20.0.31';
  const ts = (t) => {
    const s = local(t, CST);
    return `${MONTHS[Number(s.slice(5, 7)) - 1]} ${String(Number(s.slice(8, 10))).padStart(2, ' ')} ${s.slice(11, 19)}`;
  };
  const L = (t, level, mod, text) => `${ts(t)} ${PH} [${level}] ${mod}: ${text}`;
  const filler = (rng, t) =>
    out(
      rng.pick([
        () => L(t, 'INFO', 'PHN', `Incoming call from sip:${digits(rng, 10)}@pbx.${GZ} on line 1`),
        () => L(t, 'INFO', 'PHN', `Call ended, duration ${rng.int(5, 600)}s`),
        () => L(t, 'NOTICE', 'SIP', `Registration of 101@pbx.${GZ} refreshed, expires 3600`),
        () => L(t, 'INFO', 'PHN', `Function key P${rng.int(1, 8)} "${rng.pick(['Guendaruti', "Dxiiña'", 'Yoo lari', 'Gueta'])}" pressed`),
        () => L(t, 'INFO', 'PHN', 'Idle text: "Guendalisaa - Padiuxi"'),
      ])(),
    );
  const steps = [
    {
      raw: out(
        L(DAY_ZA + 7 * HOUR, 'NOTICE', 'PHN', 'snomD785 firmware 10.1.198.10 booting'),
        L(DAY_ZA + 7 * HOUR + 900, 'NOTICE', 'PHN', `DHCP: got ${PH}, gateway 10.20.0.1`),
      ),
      after: 0,
    },
    plant(
      'path-secret',
      'snom-provisioning-setting-url-path-token',
      'error',
      "The phone's setting URL, from the provisioning server, with a per-site token in its path (`/snom/<32 hex>/{mac}.xml`): whoever has it downloads the phone's settings, SIP password included, until the token is changed.",
      ({ rng, t }) => {
        const tk = rng.hex(32);
        return {
          value: tk,
          event: out(
            L(t, 'NOTICE', 'PRV', `Setting URL: https://prov.${GZ}/snom/${tk}/{mac}.xml`),
            L(t + 400, 'NOTICE', 'PRV', 'Settings loaded (212 settings)'),
          ),
        };
      },
      { after: 3 },
    ),
    2,
    plant(
      'negative',
      'snom-sip-register-digest-response',
      'none',
      "A SIP REGISTER's `Authorization: Digest …` header at debug level, `response=` an MD5 over that request's nonce: a proof for one request, no credential.",
      ({ rng, t }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: out(
            L(
              t,
              'DEBUG',
              'SIP',
              `Authorization: Digest username="101",realm="pbx.${GZ}",nonce="${rng.hex(8)}${rng.hex(16)}",uri="sip:pbx.${GZ}",response="${r}",algorithm=MD5`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'snom-tbook-xml-phonebook-url-yave-api',
      'error',
      `${WHY.apiKey('yave_api')} The phone loads the customers' XML phone book from the shop's API, its key in the query, and writes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            L(t, 'INFO', 'TBOOK', `loading https://api.${GZ}/v1/directorio.xml?yave_api=${key}`),
            L(t + 300, 'INFO', 'TBOOK', `${rng.int(80, 300)} entries`),
          ),
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'snom-http-debug-authorization-basic',
      'error',
      "The HTTP client's debug lines write the request for the staff list with its `Authorization: Basic` header (base64 of user and password).",
      ({ rng, t }) => {
        const b = b64Of(`mostrador:${rng.alnum(16)}`);
        return {
          value: b,
          event: out(
            L(t, 'DEBUG', 'HTTP', `GET /xml/dxiina.xml HTTP/1.1`),
            L(t, 'DEBUG', 'HTTP', `Host: intranet.${GZ}`),
            L(t, 'DEBUG', 'HTTP', `Authorization: Basic ${b}`),
            L(t + 200, 'DEBUG', 'HTTP', 'HTTP/1.1 200 OK'),
          ),
        };
      },
    ),
    3,
    plant(
      'webhook',
      'snom-action-url-home-assistant-webhook',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<id>`) set as the phone's incoming-call Action URL, which lights the workshop's lamp; the phone writes each call to it",
      ),
      ({ rng, t }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: out(L(t, 'INFO', 'ACT', `Action URL incoming: http://10.20.0.5:8123/api/webhook/${id}?numero=${digits(rng, 10)}`)),
        };
      },
    ),
    2,
    plant(
      'negative',
      'snom-sip-invite-branch',
      'none',
      "A SIP `Via` header's `branch` (`z9hG4bK` and random characters): a transaction id, no credential.",
      ({ rng, t }) => {
        const br = `z9hG4bK-${rng.alnum(24)}`;
        return { value: br, event: out(L(t, 'DEBUG', 'SIP', `Via: SIP/2.0/TLS ${PH}:5061;branch=${br};rport`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_ZA + 7 * HOUR, site: { host: 'snom' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// codefresh-build-guendaruti.log: a Codefresh build of the shop, its log as the build page downloads it: each step's
// `Running freestyle step: <name>`, `Pulling image …`, `Executing command: …` for each command, the output, and
// `Successfully ran freestyle step: <name>`; Codefresh writes an encrypted variable's value as `****`. No time.
// From memory (not fetched): the step messages and the masking.

function codefreshLog(rng) {
  const build = rng.hex(24);
  const filler = (rng) =>
    out(
      rng.pick([
        `added ${rng.int(200, 700)} packages in ${rng.int(6, 30)}s`,
        `busted: ${rng.int(40, 140)} successes / 0 failures / 0 errors / 0 pending : ${rng.int(1, 9)}.${rng.int(100, 999)} seconds`,
        `#${rng.int(3, 14)} [${rng.int(2, 6)}/9] RUN luarocks install lapis 1.16.0`,
        `#${rng.int(3, 14)} DONE ${rng.int(0, 40)}.${rng.int(1, 9)}s`,
      ]),
    );
  const steps = [
    {
      raw: out(
        `Build URL: https://g.codefresh.io/build/${build}`,
        'Running freestyle step: Cloning main repository...',
        'Pulling image quay.io/codefresh/cf-git-cloner:10.2.0',
        "Cloning into 'guendaruti'...",
        `Switched to a new branch 'main'`,
        'Successfully ran freestyle step: Cloning main repository...',
        'Running freestyle step: pruebas',
        'Pulling image openresty/openresty:1.27.1.2-alpine-fat',
        'Executing command: busted spec/',
      ),
      after: 0,
    },
    2,
    plant(
      'negative',
      'codefresh-encrypted-variable-masked',
      'none',
      'An encrypted variable as Codefresh writes it in the echoed command, `****`: the value never reached the log.',
      () => ({ value: 'MP_ACCESS_TOKEN=****', event: out('Executing command: echo "MP_ACCESS_TOKEN=****" >> .env.test') }),
    ),
    plant(
      'refresh-token',
      'codefresh-python-repr-mercadolibre-token-response',
      'error',
      `${WHY.refresh} A test helper renews the shop's Mercado Libre token and prints the response as a Python dict, the \`refresh_token\` (\`TG-…\`) in it.`,
      ({ rng }) => {
        const rt = `TG-${rng.hex(24)}-${digits(rng, 9)}`;
        return {
          value: rt,
          event: out(
            'Executing command: python3 scripts/renovar_ml.py',
            `{'access_token': 'APP_USR-${digits(rng, 16)}-${digits(rng, 6)}-${rng.hex(32)}-${digits(rng, 9)}', 'token_type': 'Bearer', 'expires_in': 21600, 'scope': 'offline_access read write', 'user_id': ${digits(rng, 9)}, 'refresh_token': '${rt}'}`,
          ),
        };
      },
    ),
    2,
    {
      raw: out(
        'Successfully ran freestyle step: pruebas',
        'Running freestyle step: despliegue',
        'Pulling image bitnami/kubectl:1.34',
        'Executing command: docker compose -f deploy/compose.yml config',
      ),
    },
    plant(
      'framework-dump',
      'codefresh-docker-compose-config-postgres-password',
      'error',
      "`docker compose config` prints the resolved compose file, the variables filled in, the database's `POSTGRES_PASSWORD` among them (a plain variable of the pipeline, not an encrypted one).",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: out(
            'name: guendaruti',
            'services:',
            '  db:',
            '    environment:',
            '      POSTGRES_DB: guendaruti',
            `      POSTGRES_PASSWORD: ${pw}`,
            '      POSTGRES_USER: guendaruti',
            '    image: postgres:17-alpine',
          ),
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'codefresh-kubectl-config-view-raw-oidc-refresh-token',
      'error',
      `${WHY.refresh} \`kubectl config view --raw\` prints the cluster user's OIDC auth-provider settings, \`refresh-token\` on its own line.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(
            'Executing command: kubectl config view --raw --minify',
            'users:',
            '- name: despliegue',
            '  user:',
            '    auth-provider:',
            '      config:',
            '        client-id: kubernetes',
            `        idp-issuer-url: https://biuu.${GZ}/realms/guendalisaa`,
            `        refresh-token: ${rt}`,
            '      name: oidc',
          ),
        };
      },
    ),
    plant(
      'header-dump',
      'codefresh-httpie-print-request-headers-bearer',
      'error',
      "HTTPie's `--print=Hh` writes the request's headers, the deploy API's bearer token among them (opaque, long-lived).",
      ({ rng }) => {
        const tk = rng.alnum(48);
        return {
          value: tk,
          event: out(
            `Executing command: http --print=Hh POST https://api.${GZ}/v1/despliegue version=2.4.0`,
            'POST /v1/despliegue HTTP/1.1',
            'Accept: application/json, */*;q=0.5',
            `Authorization: Bearer ${tk}`,
            `Host: api.${GZ}`,
            'User-Agent: HTTPie/3.2.4',
            '',
            'HTTP/1.1 202 Accepted',
          ),
        };
      },
    ),
    plant(
      'negative',
      'codefresh-image-digest',
      'none',
      "The pushed image's digest (`sha256:<64 hex>`) in Codefresh's push summary: a content address, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: out(`Image pushed: r.cfcr.io/guendalisaa/guendaruti:2.4.0@sha256:${d}`) };
      },
    ),
    plant(
      'webhook',
      'codefresh-echoed-curl-google-chat-webhook',
      'error',
      WHY.webhook(
        "A Google Chat space's incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`), the `token` its secret, in an echoed curl telling the cooperative the shop was deployed",
      ),
      ({ rng }) => {
        const tok = `${rng.b64url(43)}%3D`;
        return {
          value: tok,
          event: out(
            `Executing command: curl -s -X POST 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' -H 'Content-Type: application/json' -d '{"text":"Guendaruti 2.4.0 ma nuu"}'`,
            'Successfully ran freestyle step: despliegue',
          ),
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_ZA + 10 * HOUR, site: { host: 'codefresh' }, filler, render, steps });
}

// =====================================================================================================================
// Kimeltuwe Mapudungun of Temuco (Mapudungun in the Alfabeto Mapuche Unificado; CLST, UTC-3 in December)
// =====================================================================================================================

const KM = 'kimeltuwe.example';

// ---------------------------------------------------------------------------------------------------------------------
// mylar.log: Mylar3 0.8, the school's library of comics (Mapuche comics and translations into Mapudungun), its log in
// the Headphones/SickBeard family's layout: `<dd-Mmm-yyyy hh:mm:ss> - <LEVEL, padded to 7> :: <module.function.line> :
// <thread> : <message>` in local time (CLST) without zone; messages tagged `[SEARCH]`, `[RSS]`, `[SAB]`, `[DDL]`.
// From memory (not fetched): the layout and the messages.

function mylarLog(rng) {
  const ts = (t) => {
    const s = local(t, CLST);
    return `${s.slice(8, 10)}-${MONTHS[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11, 19)}`;
  };
  const L = (t, level, where, thread, text) =>
    `${ts(t)} - ${level.padEnd(7)} :: mylar.${where}.${rng.int(100, 2400)} : ${thread} : ${text}`;
  const TITLES = ['Pewma', 'Wenufoye', 'Lef Trewa', 'Kallfü Malen', 'Ñi Pu Lamngen', 'Mari Mari Kimün'];
  const filler = (rng, t) =>
    out(
      rng.pick([
        () =>
          L(
            t,
            'INFO',
            'search.search_init',
            'SEARCH-QUEUE',
            `[SEARCH] Searching for ${rng.pick(TITLES)} #${pad(rng.int(1, 12), 3)} (2027) - no results on ${rng.pick(['NZBgeek', 'DDL(GetComics)'])}`,
          ),
        () =>
          L(
            t,
            'INFO',
            'weeklypull.pullit',
            'WEEKLY',
            `[WEEKLY-PULL] ${rng.int(80, 400)} issues on this week's pull-list, ${rng.int(0, 3)} watched`,
          ),
        () =>
          L(t, 'INFO', 'updater.dbUpdate', 'DBUPDATE', `[UPDATER] Updating ${rng.pick(TITLES)} (${rng.int(2019, 2027)}) from ComicVine`),
        () =>
          L(
            t,
            'DEBUG',
            'webserve.index',
            `CP Server Thread-${rng.int(3, 12)}`,
            `[WEB] GET /comicDetails?ComicID=${rng.int(140000, 160000)}`,
          ),
      ])(),
    );
  const steps = [
    {
      raw: out(
        L(DAY_MA + 8 * HOUR, 'INFO', 'main', 'MAIN', 'Mylar is starting on http://0.0.0.0:8090/mylar/'),
        L(DAY_MA + 8 * HOUR + 600, 'INFO', 'main', 'MAIN', 'Config loaded (config.ini)'),
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'mylar-python-repr-qbittorrent-settings',
      'error',
      "At start-up, at debug level, Mylar prints the torrent client's settings as a Python dict, the qBittorrent `password` in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: out(
            L(
              t,
              'DEBUG',
              'torrent.clients.qbittorrent.__init__',
              'MAIN',
              `[QBITTORRENT] settings: {'host': 'http://10.30.0.9:8080', 'username': 'mylar', 'password': '${pw}', 'label': 'chillka', 'folder': '/comics/incoming', 'startonload': True}`,
            ),
          ),
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'negative',
      'mylar-search-url-apikey-redacted',
      'none',
      'The indexer search URL as Mylar writes it in its `[SEARCH]` line, the key replaced by `[REDACTED]`: a redaction, no credential.',
      ({ rng, t }) => {
        const q = `Pewma%20${pad(rng.int(1, 12), 3)}%20${rng.int(100, 999)}`;
        return {
          value: `q=${q}&apikey=[REDACTED]`,
          event: out(
            L(
              t,
              'INFO',
              'search.NZB_SEARCH',
              'SEARCH-QUEUE',
              `[SEARCH] search url: https://api.nzbgeek.info/api?t=search&q=${q}&apikey=[REDACTED]&o=json`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mylar-provider-error-get-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} The indexer refuses a download (429) and Mylar's error line quotes the whole \`t=get\` URL, unlike its redacted search line.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: out(
            L(
              t,
              'WARNING',
              'search.searcher',
              'SEARCH-QUEUE',
              `[PROVIDER-ERROR] 429 Client Error: Too Many Requests for url: https://api.nzbgeek.info/api?t=get&id=${rng.hex(32)}&apikey=${key}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'mylar-sab-addurl-percent-encoded-apikey',
      'error',
      "Mylar hands the NZB link to SABnzbd as `name=`, percent-encoded; decoded, the indexer's `apikey`.",
      ({ rng, t }) => {
        const key = rng.hex(32);
        const enc = encodeURIComponent(`https://api.nzbgeek.info/api?t=get&id=${rng.hex(32)}&apikey=${key}`);
        return {
          value: key,
          needle: `%26apikey%3D${key}`,
          event: out(
            L(
              t,
              'INFO',
              'sabnzbd.sender',
              'SEARCH-QUEUE',
              `[SAB] Sending to SABnzbd: mode=addurl&name=${enc}&nzbname=Wenufoye.004.2027&cat=chillka&priority=-100`,
            ),
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'mylar-comicvine-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} ComicVine's API key (40 hex) in the volume URL Mylar writes when it refreshes a series.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: out(
            L(
              t,
              'DEBUG',
              'cv.pulldetails',
              'DBUPDATE',
              `[CV] Fetching https://comicvine.gamespot.com/api/volume/4050-${rng.int(140000, 160000)}/?api_key=${key}&format=xml&field_list=name,count_of_issues,issues,start_year`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mylar-search-result-nzb-guid',
      'none',
      "An NZB's `guid` (32 hex) in a search result: the indexer's id of the post, no credential.",
      ({ rng, t }) => {
        const g = rng.hex(32);
        return {
          value: g,
          event: out(
            L(t, 'INFO', 'search.NZB_SEARCH', 'SEARCH-QUEUE', `[SEARCH] Found Lef Trewa #002 (2027) [${rng.int(30, 90)} MB] guid: ${g}`),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'mylar-rss-feed-base64-passkey',
      'error',
      "A private tracker's RSS address as Mylar writes it when it polls, its `r=` parameter base64 of `uid=…&passkey=…`: decoded, the tracker's passkey.",
      ({ rng, t }) => {
        const b = b64Of(`uid=${rng.int(10000, 99999)}&passkey=${rng.hex(32)}&cat=comics`);
        return {
          value: b,
          event: out(
            L(t, 'INFO', 'rsscheck.torrents', 'RSSFEEDS', `[RSS] Fetching feed https://tracker.chillka-pu.example/rss.php?r=${b}`),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'mylar-ddl-download-wulun-token',
      'error',
      WHY.pathSecret(
        'A share link of the school\'s own file server (`/wulun/<token>/…cbz`, wülün, "to give") from which Mylar\'s DDL fetches a translated issue',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: out(
            L(
              t,
              'INFO',
              'getcomics.downloadit',
              'DDL-QUEUE',
              `[DDL] Downloading from https://chillka.${KM}/wulun/${tk}/Pewma-007-mapudungun.cbz`,
            ),
          ),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 8 * HOUR, site: { host: 'mylar' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// acuity-appointments.jsonl: class bookings on Acuity Scheduling read from its API (`/api/v1/appointments`), the
// fields the school's export keeps, one a line: `id`, names, `datetime` and `datetimeCreated` (with the calendar's
// offset, -0300), `type`, `calendar`, `duration`, `price`, `paid`, `location`, `notes`, `forms` with their values.
// From memory (not fetched): the fields.

function acuityLog(rng) {
  const at = (t) => `${local(t, CLST).slice(0, 19)}-0300`;
  const NAMES = [
    ['Ayelen', 'Huenchullan'],
    ['Millaray', 'Painemal'],
    ['Rayen', 'Catrileo'],
    ['Nahuel', 'Ñancupil'],
    ['Amaru', 'Colipi'],
    ['Antü', 'Lienlaf'],
  ];
  const TYPES = ['Mapudungun kimeltun - kiñe', 'Mapudungun kimeltun - epu', 'Nütram kimeltun', 'Chillka wirin'];
  const appt = (rng, t, { notes = '', location = 'Kimeltuwe, Temuco', form = [] } = {}) => {
    const [first, last] = rng.pick(NAMES);
    const when = t + rng.int(2, 10) * 86400000;
    return JSON.stringify({
      id: rng.int(1300000000, 1399999999),
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase().replace('ü', 'u')}.${last.toLowerCase().replace('ñ', 'n')}@${rng.pick(['gmail.com', 'hotmail.com', 'ufrontera.cl'])}`,
      datetime: at(when - (when % 3600000)),
      datetimeCreated: at(t),
      type: rng.pick(TYPES),
      calendar: rng.pick(['Lamngen Rosa', 'Peñi Juan']),
      duration: '60',
      price: '8000.00',
      paid: rng.pick(['yes', 'no']),
      location,
      timezone: 'America/Santiago',
      notes,
      forms: [
        {
          id: 2211,
          name: 'Kimeltun',
          values: [{ fieldID: 11871, name: 'Chem kimimi? (nivel)', value: rng.pick(['Kiñe', 'Epu', 'Küla']) }, ...form],
        },
      ],
    });
  };
  const filler = (rng, t) => out(appt(rng, t, { notes: rng.pick(['', '', 'Chaltu may!', 'Pewkayal, llegaré 5 min tarde']) }));
  const steps = [
    2,
    plant(
      'path-secret',
      'acuity-notes-sharepoint-anyone-link',
      'error',
      'A teacher\'s note on a booking with the class\'s reading as a SharePoint "anyone with the link" address (`/:b:/g/personal/…/<token>`): whoever has the URL opens the file until the link is removed.',
      ({ rng, t }) => {
        const tk = `E${rng.b64url(45)}`;
        return {
          value: tk,
          event: out(
            appt(rng, t, {
              notes: `Mari mari! Tüfa ta chillka kimeltun: https://kimeltuwe-my.sharepoint.com/:b:/g/personal/rosa_${KM.replace('.', '_')}/${tk}?e=${rng.alnum(6)}`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'acuity-location-nextcloud-talk-room',
      'none',
      "An online class's location, a Nextcloud Talk room (`/call/<8 characters>`): the room's token names a conversation and lets guests knock, no credential.",
      ({ rng, t }) => {
        const room = lowerNum(rng, 8);
        return { value: `/call/${room}`, event: out(appt(rng, t, { location: `https://nube.${KM}/call/${room}` })) };
      },
    ),
    2,
    plant(
      'oauth-code',
      'acuity-notes-pasted-microsoft-callback-code',
      'warning',
      `${WHY.code} A learner whose sign-in to the school's site failed pastes the address into her booking's notes: Microsoft's code (\`M.C5…\`) beside its state.`,
      ({ rng, t }) => {
        const code = `M.C5${digits(rng, 2)}_BAY.2.U.${rng.uuid()}`;
        return {
          value: code,
          event: out(
            appt(rng, t, { notes: `Ngelay ñi konün, tüfa ta: https://${KM}/konun/microsoft?code=${code}&state=${rng.b64url(22)}` }),
          ),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'acuity-notes-pasted-access-token-fragment',
      'error',
      "Another learner pastes the address the school's app left him on, the implicit flow's `#access_token=…` in it.",
      ({ rng, t }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: out(appt(rng, t, { notes: `Feley? https://app.${KM}/#access_token=${at2}&token_type=Bearer&expires_in=3599` })),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'acuity-hidden-form-field-prefilled-refresh-token',
      'error',
      `${WHY.refresh} The school's app sends learners to Acuity with a hidden intake field prefilled (\`field:11872=\`) to link the booking to their account, and it fills it with the account's refresh token, which the booking keeps.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return { value: rt, event: out(appt(rng, t, { form: [{ fieldID: 11872, name: 'Kimeltuwe kuenta', value: rt }] })) };
      },
    ),
    2,
    plant(
      'negative',
      'acuity-form-chilean-rut',
      'none',
      "A learner's RUT (Chile's national id number with its check digit) in an intake field for the receipt: an identifier, no credential.",
      ({ rng, t }) => {
        const rut = `${rng.int(10, 25)}.${digits(rng, 3)}.${digits(rng, 3)}-${rng.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`;
        return { value: rut, event: out(appt(rng, t, { form: [{ fieldID: 11873, name: 'RUT (boleta)', value: rut }] })) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'acuity-notes-teacher-embed-progress-jwt',
      'error',
      'A teacher adds the learner\'s progress card (`/embed/kimun/<JWT>`, kimün, "knowledge") to a booking\'s notes, a token without `exp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { iss: `https://app.${KM}`, sub: String(rng.int(100, 900)), view: 'kimun' } });
        return { value: token, jwt: facts, event: out(appt(rng, t, { notes: `Kimün card: https://app.${KM}/embed/kimun/${token}` })) };
      },
    ),
    2,
    plant(
      'id-token',
      'acuity-form-pasted-id-token',
      'error',
      "A learner pastes into the intake field for the school's account what the app showed her, a sign-in address with `id_token` in the query, live at the booking's `datetimeCreated`, which carries its -0300 offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          claims: { iss: `https://konun.${KM}`, aud: 'kimeltuwe-app', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            appt(rng, t, {
              form: [{ fieldID: 11874, name: 'Kimeltuwe kuenta (link)', value: `https://app.${KM}/konun/feley?id_token=${token}` }],
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'acuity-notes-pasted-double-encoded-ellkan',
      'error',
      'A learner pastes a redirect address whose `next` parameter was percent-encoded twice (`%253F…%2526ellkan%253D…`); decoded, the school app\'s `ellkan` ("hidden", the developers\' word for a secret key).',
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const twice = encodeURIComponent(encodeURIComponent(`https://app.${KM}/chillka?kiñe=1&ellkan=${key}`));
        return {
          value: key,
          needle: `ellkan%253D${key}`,
          event: out(appt(rng, t, { notes: `Ka tüfa: https://${KM}/konun?next=${twice}` })),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 9 * HOUR, site: { host: 'acuity' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// surveymonkey-responses.jsonl: the end-of-term survey's responses read from SurveyMonkey's API
// (`/v3/surveys/{id}/responses/bulk`), the fields the school's export keeps, one a line: `id`, `collector_id`,
// `survey_id`, `response_status`, `date_created` (UTC, `+00:00`), `ip_address`, `custom_variables` (which the school's app
// sets on the survey link), `total_time`, `pages` with the answers.
// From memory (not fetched): the fields.

function surveyMonkeyLog(rng) {
  const Q = { kume: '251887430', wirin: '251887431' };
  const resp = (rng, t, { vars = {}, text = null } = {}) =>
    JSON.stringify({
      id: digits(rng, 11),
      collector_id: '458812077',
      survey_id: '512094415',
      response_status: 'completed',
      date_created: `${iso(t - rng.int(60, 600) * 1000).slice(0, 19)}+00:00`,
      date_modified: `${iso(t).slice(0, 19)}+00:00`,
      ip_address: publicIp(rng),
      custom_variables: { kurso: rng.pick(['kiñe', 'epu', 'küla']), ...vars },
      total_time: rng.int(60, 900),
      pages: [
        {
          id: '61130518',
          questions: [
            { id: Q.kume, answers: [{ choice_id: String(rng.int(2098000000, 2098000004)) }] },
            ...(text ? [{ id: Q.wirin, answers: [{ text }] }] : []),
          ],
        },
      ],
    });
  const filler = (rng, t) =>
    out(
      resp(rng, t, {
        text: rng.pick([
          null,
          'Küme kimeltun, chaltu may!',
          'Fentren nütram, feley',
          'Más clases de nütram por favor',
          'Kümelen, pewkayal',
        ]),
      }),
    );
  const steps = [
    2,
    plant(
      'session-id',
      'surveymonkey-custom-variable-konun-session',
      'error',
      WHY.session(
        "The school's app puts the learner's session id into the survey link as a custom variable (`konun`, from konün, \"to enter\", the app's name for its sign-in session), and every response keeps it",
      ),
      ({ rng, t }) => {
        const s = rng.b64url(43);
        return { value: s, event: out(resp(rng, t, { vars: { konun: s } })) };
      },
    ),
    2,
    plant(
      'negative',
      'surveymonkey-custom-variable-email-sha256',
      'none',
      "A custom variable with the SHA-256 of the learner's e-mail address, which the app sets to join responses to accounts: a hash of an address, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: out(resp(rng, t, { vars: { email_sha256: h } })) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'surveymonkey-custom-variable-embed-url-short-jwt',
      'warning',
      "The app passes the learner's certificate card as a custom variable (`chillka`, \"document\"), an `/embed/chillka/<JWT>` address whose token lives two minutes without a jti, and the response keeps it; the line's time is the response's `date_modified`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { iss: `https://app.${KM}`, sub: String(rng.int(100, 900)), view: 'chillka' },
        });
        return { value: token, jwt: facts, event: out(resp(rng, t, { vars: { chillka: `https://app.${KM}/embed/chillka/${token}` } })) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'surveymonkey-answer-pasted-access-token-fragment',
      'error',
      "A learner answers the open question by pasting the app's address she had to use, the implicit flow's `#access_token=…` with it.",
      ({ rng, t }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: out(
            resp(rng, t, {
              text: `Ngelay app mew, tüfa ta link: https://app.${KM}/#access_token=${at2}&token_type=Bearer&expires_in=3599`,
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'surveymonkey-custom-variable-base64-return-ellkan',
      'error',
      'The app passes its return address as a custom variable in base64 (`wiñoal`, "to return"); decoded, the address carries the app\'s `ellkan` ("hidden", its name for a secret key).',
      ({ rng, t }) => {
        const b = b64Of(`https://app.${KM}/wiñoal?kurso=epu&ellkan=${rng.alnum(32)}`);
        return { value: b, event: out(resp(rng, t, { vars: { wiñoal: b } })) };
      },
    ),
    2,
    plant(
      'negative',
      'surveymonkey-answer-public-collector-link',
      'none',
      "A learner pastes the survey's public web link (`surveymonkey.com/r/<code>`) she shared with her family: the collector's public address, no credential.",
      ({ rng, t }) => {
        const c = upperNum(rng, 7);
        return { value: `/r/${c}`, event: out(resp(rng, t, { text: `Ñi lamngen ka wirintukuay: https://www.surveymonkey.com/r/${c}` })) };
      },
    ),
    2,
    plant(
      'oauth-code',
      'surveymonkey-answer-pasted-google-callback-code',
      'warning',
      `${WHY.code} A learner pastes the address of a failed Google sign-in into the open question, \`code\` and \`state\` in it.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          event: out(
            resp(rng, t, { text: `Weda konün: https://app.${KM}/konun/google?state=${rng.b64url(22)}&code=${code}&scope=email+openid` }),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'surveymonkey-answer-pasted-embed-expired-jwt',
      'note',
      "A learner pastes her progress card's address (`/embed/kimun/<JWT>`) into the open question, a one-hour token that had expired before the response's `date_modified`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + rng.int(0, 40000),
          claims: { iss: `https://app.${KM}`, sub: String(rng.int(100, 900)), view: 'kimun' },
        });
        return { value: token, jwt: facts, event: out(resp(rng, t, { text: `Tüfa ta ñi kimün: https://app.${KM}/embed/kimun/${token}` })) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 14 * HOUR, site: { host: 'surveymonkey' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// PanGPS.log: GlobalProtect 6.3's service log on the school's office PC, which reaches the municipality's network:
// `(P<pid>-T<tid>)<Level>(<source line>): <mm/dd/yy hh:mm:ss:mmm> <message>` in local time (CLST) without zone; the
// portal's config and the gateway's login written at debug level.
// From memory (not fetched): the prefix, the messages and the portal-config fields.

function globalProtectLog(rng) {
  const pid = rng.int(3000, 9000);
  const ts = (t) => {
    const s = local(t, CLST);
    return `${s.slice(5, 7)}/${s.slice(8, 10)}/${s.slice(2, 4)} ${s.slice(11, 19)}:${s.slice(20, 23)}`;
  };
  const L = (t, level, text) =>
    `(P${pid}-T${rng.pick([4412, 5120, 7788])})${level.padEnd(5)}(${String(rng.int(20, 3000)).padStart(4)}): ${ts(t)} ${text}`;
  const PORTAL = 'vpn.temuco-municipio.example';
  const filler = (rng, t) =>
    out(
      rng.pick([
        () => L(t, 'Debug', 'NetworkDiscover: network is reachable'),
        () => L(t, 'Info', `Connected to gateway ${PORTAL}, tunnel is up`),
        () => L(t, 'Debug', `Send hip report: not needed, last check ${rng.int(10, 59)} min ago`),
        () => L(t, 'Debug', `Tunnel keep-alive, rx ${rng.int(1000, 90000)} tx ${rng.int(1000, 90000)}`),
      ])(),
    );
  const steps = [
    {
      raw: out(
        L(DAY_MA + 7 * HOUR, 'Info', 'GlobalProtect service 6.3.2-560 started'),
        L(DAY_MA + 7 * HOUR + 300, 'Debug', `Portal address: ${PORTAL}`),
      ),
      after: 0,
    },
    plant(
      'negative',
      'globalprotect-portal-config-userauthcookie-empty',
      'none',
      'The first portal config of the day, before the sign-in, with `<portal-userauthcookie>empty</portal-userauthcookie>`, the placeholder the portal writes when it issues no cookie: no credential.',
      ({ t }) => ({
        value: '<portal-userauthcookie>empty</portal-userauthcookie>',
        event: out(
          L(
            t,
            'Debug',
            `portal config received: <policy><portal-name>GP-Portal</portal-name><portal-userauthcookie>empty</portal-userauthcookie><portal-prelogonuserauthcookie>empty</portal-prelogonuserauthcookie><version>6.3.2</version></policy>`,
          ),
        ),
      }),
      { after: 2 },
    ),
    1,
    plant(
      'header-dump',
      'globalprotect-saml-response-headers-prelogin-cookie',
      'error',
      "After the SAML sign-in the service writes the embedded browser's response headers, `prelogin-cookie` among them, the value the portal then takes instead of a password.",
      ({ rng, t }) => {
        const c = rng.b64url(64);
        return {
          value: c,
          event: out(
            L(
              t,
              'Debug',
              `SAML response headers: saml-auth-status: 1; saml-username: lonko.kimeltuwe; prelogin-cookie: ${c}; saml-slo: no`,
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'globalprotect-portal-config-userauthcookie',
      'error',
      WHY.session(
        "The portal config after the sign-in carries `<portal-userauthcookie>`, which logs the user in to the portal again without a password until it expires (days, by the portal's setting); the service writes the config at debug level",
      ),
      ({ rng, t }) => {
        const c = rng.bytes(96).toString('base64');
        return {
          value: c,
          event: out(
            L(
              t,
              'Debug',
              `portal config received: <policy><portal-name>GP-Portal</portal-name><portal-userauthcookie>${c}</portal-userauthcookie><version>6.3.2</version></policy>`,
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'globalprotect-gateway-getconfig-authcookie',
      'error',
      WHY.session(
        "The gateway's `getconfig.esp` request written with its form, `authcookie=<32 hex>` in it, the gateway's session of the tunnel",
      ),
      ({ rng, t }) => {
        const c = rng.hex(32);
        return {
          value: c,
          event: out(
            L(
              t,
              'Debug',
              `Send to gateway https://${PORTAL}/ssl-vpn/getconfig.esp: user=lonko.kimeltuwe&portal=GP-Portal&authcookie=${c}&preferred-ip=&client-type=1&os-version=Microsoft+Windows+11+Pro&app-version=6.3.2-560&protocol-version=p1&enc-algo=aes-256-gcm`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'globalprotect-pre-connect-script-nentun-token',
      'error',
      WHY.pathSecret(
        'The pre-connect script set by the school downloads the municipal CA bundle from a share path (`/nentun/<token>/…pem`, nentun, "to take out"), and the service writes the command it runs',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: out(
            L(
              t,
              'Info',
              `Execute pre-vpn-connect script: curl.exe -s -o C:\\ProgramData\\Kimeltuwe\\ca.pem https://chillka.${KM}/nentun/${tk}/municipio-ca.pem`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'globalprotect-hip-report-md5',
      'none',
      "The HIP report's MD5 the service compares before sending it again: a checksum of the host's state, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: out(L(t, 'Debug', `HIP report md5 ${h} unchanged, skip sending`)) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'globalprotect-post-connect-script-ellkan',
      'error',
      `${WHY.apiKey('ellkan')} (ellkan, "hidden", the developers' word for a secret key.) The post-connect script tells the school's intranet the office is connected, with the key in the query, and the service writes the command.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: out(
            L(t, 'Info', `Execute post-vpn-connect script: curl.exe -s "https://intranet.${KM}/api/konun?ruka=temuco&ellkan=${key}"`),
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'globalprotect-portal-welcome-page-ellkan-api',
      'error',
      `${WHY.apiKey('ellkan_api')} The portal's welcome page, a page of the school's intranet, is opened with its key in the query, and the service writes its address.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, event: out(L(t, 'Debug', `Open welcome page https://intranet.${KM}/mari-mari?ellkan_api=${key}`)) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 7 * HOUR, site: { host: 'globalprotect' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout108');
writePart(join(here, 'heldout108'), {
  'wget2-kiosk-sync.log': wget2Log(rng),
  'pipelines-members-site-418-deploy.txt': pipelinesLog(rng),
  'hestia-system.log': hestiaLog(rng),
  'oathkeeper.log': oathkeeperLog(rng),
  'tito-webhooks.jsonl': titoLog(rng),
  'nginx-error-guendaruti.log': lapisLog(rng),
  'crowdsec.log': crowdsecLog(rng),
  'freshchat-messages.jsonl': freshchatLog(rng),
  'snom-d785-mostrador.log': snomLog(rng),
  'codefresh-build-guendaruti.log': codefreshLog(rng),
  'mylar.log': mylarLog(rng),
  'acuity-appointments.jsonl': acuityLog(rng),
  'surveymonkey-responses.jsonl': surveyMonkeyLog(rng),
  'PanGPS.log': globalProtectLog(rng),
});
