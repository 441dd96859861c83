// Writes corpus/logs-in-the-wild/heldout116/: a hundred-and-sixteenth held-out part, in formats no other part uses (a
// Dependabot version-update job's log as GitHub Actions downloads it, Flagger's load tester log, a FreeIPA server's
// Apache error_log, `git annex --debug` output, ActiveCampaign webhook bodies kept as received, a Phoenix app on Bandit
// logging at debug, a Giraffe (F#) API's ASP.NET Core console output, a Meltano pipeline run, a Freshservice tickets and
// conversations export, `snyk test -d` in a CI job, Sentry-protocol events as Bugsink stores them, a Keel log, a
// strongSwan charon log, a NetBox RQ worker's output), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout116.mjs     rewrites heldout116/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Swaledale Fibre, a community benefit society of Reeth (North Yorkshire) running the dale's
// broadband, a member portal, a FreeIPA domain for its volunteers and an oral-history archive (English, five logs); the
// Оҥдой кийис ле јорык кооперативы (Ongudai felt and trekking co-operative, Altai Republic) with a booking site, a
// trek-scheduling API, a bookings pipeline, an IT help desk and a CI job (Southern Altai in Cyrillic with ј ӧ ӱ ҥ in
// text, an ASCII romanization in routes, parameter, cookie and key names, five logs); the Яр-Сале ты ӈэсы артель
// (a reindeer herders' artel of Yar-Sale, Yamal) with a venison and fish shop, a small Kubernetes cluster, VPN links to
// the camps and an inventory of camp gear (Tundra Nenets in Cyrillic with ӈ and ʼ in text, romanized in names, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dalvik/2.1.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** North Yorkshire in December (GMT, UTC+0), the Altai Republic (UTC+7 all year), Yamal (UTC+5 all year). */
const GMT = 0;
const ALT = 420;
const YAM = 300;
const DAY_EN = Date.UTC(2027, 11, 7, 0, 0, 0);
const DAY_AL = Date.UTC(2027, 11, 14, 0, 0, 0);
const DAY_NE = Date.UTC(2027, 11, 21, 0, 0, 0);

/** `+07:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** Every event of this part holds its rendered lines in `x`. */
const render = (e) => e.x;
/** A Python or Ruby string quoted the way repr/inspect quote it here (no quotes inside). */
const q = (s) => `'${s}'`;
const u = (rng) => rng.uuid();

// =====================================================================================================================
// Swaledale Fibre (English; Reeth, North Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const SF = 'swaledalefibre.example';

// ---------------------------------------------------------------------------------------------------------------------
// dependabot-npm-portal.log: the log of a Dependabot version-update job for the member portal's npm packages, as GitHub
// Actions downloads it: every line `<ISO 8601 UTC with 7 digits> `, then the container's name (`updater | ` or
// `proxy | `), then Go's `2006/01/02 15:04:05` (the proxy: `[<request no.>] <METHOD> <url>` and `[<no.>] <status> <url>`;
// the updater: `<LEVEL> <job_<id>> <message>`). From memory (Dependabot job logs seen in GitHub's UI; not fetched): the
// two prefixes, `Starting job processing`, `Checking if … needs updating`, `Latest version is …`, and that the proxy
// writes each request's URL on its request and response lines; the error messages' wording is the helper's.

function dependabotLog(rng) {
  const JOB = `job_${digits(rng, 9)}`;
  let n = 1;
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 4)}Z`;
  const go = (t) => ymdHmsAt(t, GMT).replace(/-/g, '/');
  let last = DAY_EN + 6 * HOUR;
  const up = (t, level, msg) => ((last = t), `${ts(t)} updater | ${go(t)} ${level} <${JOB}> ${msg}`);
  const px = (t, msg) => ((last = t), `${ts(t)} proxy | ${go(t)} ${msg}`);
  const PKGS = ['express', 'helmet', 'zod', 'pino', 'leaflet', '@turf/turf', 'date-fns', 'luxon', 'nodemailer', 'pg'];
  const filler = (rng, t) => {
    const p = rng.pick(PKGS);
    const id = pad(n++, 3);
    return rng.pick([
      () => ({
        x: [
          px(t, `[${id}] GET https://registry.npmjs.org:443/${p.replace('/', '%2f')}`),
          px(t + 90, `[${id}] 200 https://registry.npmjs.org:443/${p.replace('/', '%2f')}`),
        ],
      }),
      () => ({ x: [up(t, 'INFO', `Checking if ${p} ${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)} needs updating`)] }),
      () => ({ x: [up(t, 'INFO', `Latest version is ${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`)] }),
      () => ({ x: [up(t, 'INFO', `Requirements to unlock own`), up(t + 4, 'INFO', `Requirements update strategy bump_versions`)] }),
    ])();
  };
  const steps = [
    {
      raw: {
        get x() {
          const t = last;
          return [
            px(t, 'proxy starting, commit: ' + rng.hex(40)),
            px(t + 20, 'Listening (:1080)'),
            up(t + 900, 'INFO', 'Starting job processing'),
            up(
              t + 1400,
              'INFO',
              'Job definition: {"job":{"package-manager":"npm_and_yarn","allowed-updates":[{"dependency-type":"direct","update-type":"all"}],"source":{"provider":"github","repo":"swaledalefibre/member-portal","directory":"/","branch":null}}}',
            ),
          ];
        },
      },
      after: 0,
    },
    plant(
      'negative',
      'dependabot-base-commit-sha',
      'none',
      'The commit Dependabot bases its branch on (`Base commit SHA: <40 hex>`): a public commit id, no credential.',
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { x: [up(t, 'INFO', `Base commit SHA: ${sha}`)] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'dependabot-proxy-gitlab-npm-private-token',
      'error',
      `${WHY.apiKey('private_token')} The portal's \`.npmrc\` points the \`@dales\` scope at the GitLab package registry with GitLab's \`private_token\` query parameter, and Dependabot's proxy writes the URL on the request's line and again on its response line.`,
      ({ rng, t }) => {
        const key = `glpat-${rng.b64url(20)}`;
        const id = pad(n++, 3);
        const url = `https://git.${SF}:443/api/v4/projects/27/packages/npm/@dales%2fcoverage-map?private_token=${key}`;
        return { value: key, event: { x: [px(t, `[${id}] GET ${url}`), px(t + 240, `[${id}] 200 ${url}`)] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'dependabot-error-gemfury-npm-proxy-token-path',
      'error',
      WHY.pathSecret(
        'Gemfury serves a private npm registry at `npm-proxy.fury.io/<deploy token>/<account>/`: the token is a path segment, and the updater quotes the registry URL in its time-out error',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(20);
        return {
          value: tok,
          event: {
            x: [
              up(
                t,
                'ERROR',
                `Error during file fetching; aborting: Dependabot::PrivateSourceTimedOut: The following source timed out: https://npm-proxy.fury.io/${tok}/swaledalefibre/`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'dependabot-ruby-hash-error-detail-userinfo',
      'error',
      'The updater reports the handled error as a Ruby hash (`inspect`: `{:"error-type"=>…, :"error-detail"=>{:source=>…}}`), and the source it names is the Nexus npm group URL with the volunteer\'s user and password in it.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            x: [
              up(
                t,
                'ERROR',
                `Handled error whilst updating @dales/ui-kit: private_source_authentication_failure {:"error-type"=>"private_source_authentication_failure", :"error-detail"=>{:source=>"https://tim.ward:${pw}@nexus.${SF}/repository/npm-group/"}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'dependabot-git-extraheader-basic',
      'error',
      'A failed `git ls-remote` of a git dependency is written with its full command, and the command carries `-c http.extraheader="AUTHORIZATION: basic …"`: base64 of `x-access-token:<token>`, a credential for the repository host.',
      ({ rng, t }) => {
        const b = b64Of(`x-access-token:ghs_${rng.alnum(36)}`);
        return {
          value: b,
          event: {
            x: [
              up(
                t,
                'ERROR',
                `Error running git command: git -c http.extraheader="AUTHORIZATION: basic ${b}" ls-remote https://github.com/swaledalefibre/leaflet-wayleaves`,
              ),
              up(t + 3, 'ERROR', "fatal: could not read Username for 'https://github.com': terminal prompts disabled"),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'dependabot-npm-integrity-sha512',
      'none',
      "A package's `integrity` (`sha512-` and base64 of a SHA-512) that the updater writes while rewriting the lockfile: a checksum, no credential.",
      ({ rng, t }) => {
        const sri = `sha512-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}==`;
        return { value: sri, event: { x: [up(t, 'INFO', `Updated lockfile entry for helmet 8.1.0 (integrity ${sri})`)] } };
      },
    ),
    3,
    {
      raw: {
        get x() {
          const t = last + 2400;
          return [up(t, 'INFO', 'Finished job processing'), px(t + 100, `${n - 1} requests, 0 cached`)];
        },
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'dependabot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flagger-loadtester.jsonl: `kubectl logs deploy/flagger-loadtester -n flagger` during two canary releases of the member
// portal: zap's production JSON encoder, one object a line (`level`, `ts` as epoch seconds with a fraction, `caller`,
// `msg`, fields), with the load tester's `command starting`/`command finished` messages quoting each webhook's `cmd`
// (hey, curl and bash commands written in the Canary's `metadata.cmd`). From memory (not fetched): the field names
// follow zap's production config, the messages' wording and the caller paths are the helper's.

function flaggerLog(rng) {
  const line = (t, level, caller, msg, extra = {}) => JSON.stringify({ level, ts: Number((t / 1000).toFixed(6)), caller, msg, ...extra });
  const PORTAL = `http://member-portal-canary.portal:8080`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          line(t, 'info', 'loadtester/server.go:189', `command finished hey -z 1m -q 10 -c 2 ${PORTAL}/`, {
            canary: 'member-portal.portal',
            took: `${rng.int(60, 61)}.${digits(rng, 3)}s`,
          }),
        ],
      }),
      () => ({ x: [line(t, 'info', 'loadtester/task_runner.go:78', `task queued: hey -z 1m -q 10 -c 2 ${PORTAL}/`)] }),
      () => ({
        x: [
          line(t, 'info', 'loadtester/task_runner.go:102', 'stats', {
            requests: rng.int(800, 1200),
            avg_ms: rng.int(9, 80),
            p99_ms: rng.int(90, 400),
          }),
        ],
      }),
    ])();
  const cmdLine = (t, cmd) => [line(t, 'info', 'loadtester/bash.go:41', `command starting: ${cmd}`, { canary: 'member-portal.portal' })];
  const steps = [
    {
      raw: {
        x: [
          JSON.stringify({
            level: 'info',
            ts: DAY_EN / 1000 + 9 * 3600,
            caller: 'loadtester/main.go:52',
            msg: 'Starting load tester v0.36.0 API on :8080',
          }),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'session-id',
      'flagger-hey-cookie-header-session',
      'error',
      WHY.session(
        'The acceptance webhook\'s `hey` command sends a member\'s portal cookie (`-H "Cookie: sfp_session=<32 hex>"`) copied from a browser so the load reaches pages behind sign-in; the load tester writes the command as it starts it',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, event: { x: cmdLine(t, `hey -z 1m -q 5 -c 2 -H "Cookie: sfp_session=${s}" ${PORTAL}/account/usage`) } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'flagger-hey-query-apikey',
      'error',
      `${WHY.apiKey('apikey')} The coverage API's load test puts the key in the URL of its \`hey\` command.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return { value: k, event: { x: cmdLine(t, `hey -z 30s -q 20 -c 4 "${PORTAL}/api/v1/coverage?postcode=DL11+6&apikey=${k}"`) } };
      },
    ),
    2,
    plant(
      'negative',
      'flagger-image-digest',
      'none',
      "A smoke test prints the canary's image reference with its digest (`@sha256:<64 hex>`): a content address, no credential.",
      ({ rng, t }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            x: cmdLine(
              t,
              `bash -c 'test "$(kubectl -n portal get deploy member-portal -o jsonpath={..image})" = ghcr.io/swaledalefibre/member-portal@sha256:${d}'`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'flagger-curl-authorization-bearer',
      'error',
      'The pre-rollout check calls the billing system with `curl -H "Authorization: Bearer …"`: an opaque API bearer token of the billing account, long-lived, written with the command.',
      ({ rng, t }) => {
        const b = rng.alnum(48);
        return {
          value: b,
          event: { x: cmdLine(t, `curl -sf -H "Authorization: Bearer ${b}" https://billing.${SF}/api/health/portal-sync`) },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'flagger-curl-slack-incoming-webhook',
      'error',
      WHY.webhook(
        "A post-rollout bash hook tells the volunteers' Slack channel through an incoming webhook (`hooks.slack.com/services/T…/B…/<24>`), and the load tester writes the curl command",
      ),
      ({ rng, t }) => {
        const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        return {
          value: path,
          event: {
            x: cmdLine(
              t,
              `curl -s -X POST -H 'Content-type: application/json' --data '{"text":"member-portal promoted"}' https://hooks.slack.com/services/${path}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'flagger-traceparent-header',
      'none',
      'A W3C `traceparent` the smoke test sends so the request can be found in the traces (`00-<32 hex>-<16 hex>-01`): a trace id, no credential.',
      ({ rng, t }) => {
        const tid = rng.hex(32);
        return { value: tid, event: { x: cmdLine(t, `curl -sf -H "traceparent: 00-${tid}-${rng.hex(16)}-01" ${PORTAL}/healthz`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'flagger' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// error_log: the Apache error log of the FreeIPA server (`ipa.swaledalefibre.example`, httpd 2.4, mpm_event):
// `[<Www Mmm dd hh:mm:ss.uuuuuu yyyy>] [<module>:<level>] [pid <pid>:tid <tid>] [remote|client <ip:port>] <message>` in
// local time without zone; FreeIPA's framework writes one `ipa: INFO: [<server>] <principal>: <command>(<args as
// repr>): SUCCESS` line a command, with password parameters as `********`; a volunteer's sync plugin prints to stderr,
// which mod_wsgi writes as `[wsgi:error]` lines; a static directory on the same host gives `AH00128` lines with
// `, referer:`. From memory (not fetched): the line layout, the `ipa: INFO:` lines and their masking.

function freeipaLog(rng) {
  let last = DAY_EN + 7 * HOUR;
  const stamp = (t) => {
    const d = new Date(t);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(t).slice(11, 19)}.${digits(rng, 6)} ${d.getUTCFullYear()}`;
  };
  const pid = rng.int(2000, 9000);
  const w = (t, mod, msg, who = `remote 10.44.0.${rng.int(2, 60)}:${rng.int(30000, 65000)}`) => (
    (last = t),
    `[${stamp(t)}] [${mod}] [pid ${pid}:tid ${rng.int(139000000000000, 139999999999999)}] [${who}] ${msg}`
  );
  const REALM = 'SWALEDALEFIBRE.EXAMPLE';
  const USERS = ['ajackson', 'mharker', 'pcalvert', 'ewhitehead', 'gmetcalfe', 'tward'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          w(
            t,
            'wsgi:error',
            `ipa: INFO: [jsonserver_session] admin@${REALM}: user_show('${rng.pick(USERS)}', all=True, version='2.254'): SUCCESS`,
          ),
        ],
      }),
      () => ({
        x: [
          w(
            t,
            'wsgi:error',
            `ipa: INFO: [jsonserver_session] admin@${REALM}: group_add_member('volunteers', user=('${rng.pick(USERS)}',), version='2.254'): SUCCESS`,
          ),
        ],
      }),
      () => ({ x: [w(t, 'wsgi:error', `ipa: INFO: [jsonserver_kerb] host/portal.${SF}@${REALM}: ping(): SUCCESS`)] }),
      () => ({
        x: [
          w(
            t,
            'auth_gssapi:error',
            `GSS ERROR gss_accept_sec_context() failed: [An unsupported mechanism was requested (Unknown error)]`,
            `client 203.0.113.${rng.int(2, 254)}:${rng.int(30000, 65000)}`,
          ),
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        get x() {
          return [
            `[${stamp(last)}] [mpm_event:notice] [pid ${pid}:tid ${rng.int(139000000000000, 139999999999999)}] AH00489: Apache/2.4.62 (Red Hat Enterprise Linux) OpenSSL/3.2.2 mod_auth_gssapi/1.6.3 mod_wsgi/4.9.4 Python/3.12 configured -- resuming normal operations`,
          ];
        },
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'freeipa-passwd-masked',
      'none',
      'FreeIPA writes a password change with its password parameters masked (`password=********, current_password=********`): a mask, no credential.',
      ({ t }) => ({
        value: 'current_password=********',
        event: {
          x: [
            w(
              t,
              'wsgi:error',
              `ipa: INFO: [jsonserver_session] mharker@${REALM}: passwd('mharker', password=********, current_password=********, version='2.254'): SUCCESS`,
            ),
          ],
        },
      }),
    ),
    3,
    plant(
      'framework-dump',
      'freeipa-wsgi-stderr-python-dict-bind-password',
      'error',
      "A volunteer's sync plugin prints its settings to stderr as a Python dict, and mod_wsgi writes it as a `[wsgi:error]` line: `'bind_password': '…'` of the LDAP account the portal syncs with.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            x: [
              w(
                t,
                'wsgi:error',
                `portal_sync: settings {'portal_url': 'https://portal.${SF}/api/v1', 'bind_dn': 'uid=portal-sync,cn=sysaccounts,cn=etc,dc=swaledalefibre,dc=example', 'bind_password': '${pw}', 'interval': 300}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'freeipa-wsgi-requests-cookiejar-repr',
      'error',
      WHY.session(
        "The same plugin prints the requests session's cookie jar after signing in to the member portal (`<RequestsCookieJar[<Cookie sfp_session=… for portal…/>]>`, requests' repr)",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: { x: [w(t, 'wsgi:error', `portal_sync: logged in <RequestsCookieJar[<Cookie sfp_session=${s} for portal.${SF}/>]>`)] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'freeipa-ah00128-minutes-share-path-referer',
      'error',
      WHY.pathSecret(
        "The server also serves the board's shared minutes from a directory named by a random token (`/minutes/<token>/…pdf`); a link to a removed file gives an `AH00128: File does not exist` line with the path, and the page it came from as `referer`",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: {
            x: [
              w(
                t,
                'core:info',
                `AH00128: File does not exist: /var/www/shared/minutes/${tok}/agm-2027-11.pdf, referer: https://portal.${SF}/board`,
                `client 198.51.100.${rng.int(2, 254)}:${rng.int(30000, 65000)}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'freeipa-user-mod-ssh-public-key',
      'none',
      "A user's SSH public key added with `user_mod(…, ipasshpubkey=('ssh-ed25519 AAAAC3…',))`: a public key, no credential.",
      ({ rng, t }) => {
        const k = `AAAAC3NzaC1lZDI1NTE5AAAAI${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}`;
        return {
          value: k,
          event: {
            x: [
              w(
                t,
                'wsgi:error',
                `ipa: INFO: [jsonserver_session] admin@${REALM}: user_mod('gmetcalfe', ipasshpubkey=('ssh-ed25519 ${k} gmetcalfe@bracken',), version='2.254'): SUCCESS`,
              ),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'ipa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// git-annex-oralhistory.log: a volunteer's terminal output of `git annex addurl --debug` runs in the dale's oral-history
// archive, kept with `2>&1 | tee`: git-annex's debug lines `[<yyyy-mm-dd hh:mm:ss.uuuuuu>] (<module>) <message>` in local
// time without zone, the processes it runs as `process [<pid>] <call|read|chat>: <command> [<arguments as Haskell show
// of a list of strings>]`, and its own progress lines (`addurl <url> (to <file>) ok`). From memory (not fetched): the
// debug layout of git-annex 10.x, curl being run when `annex.web-options` is set, the `(recording state in git...)` line.

function gitAnnexLog(rng) {
  let last = DAY_EN + 13 * HOUR;
  let pid = rng.int(40000, 60000);
  const st = (t) => `[${ymdHmsAt(t, GMT)}.${iso(t).slice(20, 23)}${digits(rng, 3)}]`;
  const dbg = (t, mod, msg) => ((last = t), `${st(t)} (${mod}) ${msg}`);
  const curl = (t, args) => dbg(t, 'Utility.Process', `process [${pid++}] call: curl [${args.map((a) => JSON.stringify(a)).join(',')}]`);
  const UA = ['--user-agent', 'git-annex/10.20271101'];
  const TAPES = ['gunnerside-lead-mines', 'muker-show-1976', 'reeth-bridge-flood', 'arkengarthdale-school', 'swaledale-sheep-sales'];
  const filler = (rng, t) => {
    const tape = rng.pick(TAPES);
    return rng.pick([
      () => ({
        x: [
          dbg(
            t,
            'Utility.Process',
            `process [${pid++}] read: git ["--git-dir=.git","--work-tree=.","--literal-pathspecs","-c","annex.debug=true","symbolic-ref","-q","HEAD"]`,
          ),
        ],
      }),
      () => ({ x: [dbg(t, 'Utility.Process', `process [${pid - 1}] done ExitSuccess`)] }),
      () => ({
        x: [`addurl https://archive.org/download/${tape}/${tape}.mp3 (to tapes/${tape}.mp3) ok`],
      }),
      () => ({ x: [dbg(t, 'Annex.Branch', 'read remote.log'), dbg(t + 3, 'Annex.Branch', 'read uuid.log')] }),
    ])();
  };
  const steps = [
    {
      raw: {
        get x() {
          return [dbg(last, 'Utility.Process', `process [${pid++}] read: git ["config","--null","--list"]`)];
        },
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'git-annex-sha256e-key',
      'none',
      'A git-annex key (`SHA256E-s<size>--<64 hex>.<ext>`), the content address of a recording: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            x: [
              dbg(
                t,
                'Annex.Content',
                `moving tapes/keld-chapel-choir.flac to .git/annex/objects/Xq/3f/SHA256E-s${rng.int(20000000, 90000000)}--${h}.flac`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'git-annex-curl-download-link-path',
      'error',
      WHY.pathSecret(
        "A recording sent by the Richmond library through its file host's download link (`/d/<token>/…wav`) is added with `addurl`; git-annex runs curl and writes its arguments as a Haskell list",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            x: [
              curl(t, [
                '-C',
                '-',
                '--progress-bar',
                ...UA,
                '-o',
                '.git/annex/tmp/URL--https&c%%files.richmondlib.example%d-1',
                `https://files.richmondlib.example/d/${tok}/healaugh-farm-interview.wav`,
              ]),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'git-annex-curl-web-options-cookie',
      'error',
      WHY.session(
        "`annex.web-options` was set to `--cookie <name>=<value>` to fetch from the county record office's reading room, so every curl git-annex runs carries the signed-in session (`nyro_sid`)",
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            x: [
              curl(t, [
                '--cookie',
                `nyro_sid=${s}`,
                '-C',
                '-',
                '--progress-bar',
                ...UA,
                '-o',
                '.git/annex/tmp/URL--https&c%%archives.nyro.example%item%ZB-1140-2',
                'https://archives.nyro.example/item/ZB-1140/2/download',
              ]),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'git-annex-addurl-copied-url-access-token-fragment',
      'error',
      "A volunteer copied a recording's address from the browser after signing in to a sound archive, with the implicit grant's `#access_token=…` still on it; `addurl` prints the URL as given.",
      ({ rng, t }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            x: [
              `addurl https://sounds.dalesheritage.example/player/4471#access_token=${at}&token_type=bearer&expires_in=7200 (to tapes/thwaite-blacksmith.mp3) ok`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'git-annex-curl-single-use-ticket',
      'note',
      WHY.ticketFirst(
        "The county archive's export link for one recording carries a single-use download `ticket=` (its e-mail says it works once); git-annex runs curl with it once and the file is added. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        return {
          value: tk,
          event: {
            x: [
              curl(t, [
                '-C',
                '-',
                '--progress-bar',
                ...UA,
                '-o',
                '.git/annex/tmp/URL--https&c%%export.nyro.example%get-1',
                `https://export.nyro.example/get?ticket=${tk}`,
              ]),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'git-annex-repository-uuid',
      'none',
      "git-annex's repository UUID in `whereis` output (`<uuid> -- web`): names a repository, no credential.",
      ({ rng, t }) => {
        const id = u(rng);
        return {
          value: id,
          event: {
            x: [
              `whereis tapes/thwaite-blacksmith.mp3 (2 copies) `,
              `  	${id} -- archive-nas [nas]`,
              '  	00000000-0000-0000-0000-000000000001 -- web',
              'ok',
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'annex' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// activecampaign-hooks.log: the newsletter's ActiveCampaign webhooks (unsubscribe, click, open) as the portal's small
// PHP receiver keeps them: `error_log(file_get_contents('php://input'))`, so each line is PHP's `[dd-Mon-yyyy hh:mm:ss
// UTC] ` and the raw `application/x-www-form-urlencoded` body with bracketed keys (`contact[email]`, `link[url]`,
// `campaign[id]`) percent-encoded. From memory (not fetched): the payload's keys and `date_time` with the account's
// offset; PHP's error_log prefix is PHP's.

function activeCampaignLog(rng) {
  let last = DAY_EN + 8 * HOUR;
  const phpTime = (t) => {
    const d = new Date(t);
    return `[${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(t).slice(11, 19)} UTC]`;
  };
  const NAMES = [
    ['Ruth', 'Alderson'],
    ['Dennis', 'Harker'],
    ['Mary', 'Kearton'],
    ['Alan', 'Raw'],
    ['Jean', 'Cherry'],
    ['Neil', 'Clarkson'],
  ];
  const body = (t, type, extra) => {
    last = t;
    const [fn, ln] = rng.pick(NAMES);
    const p = new URLSearchParams({
      type,
      date_time: `${local(t, -360).slice(0, 19)}-06:00`,
      initiated_from: 'contact',
      initiated_by: 'contact',
      list: '0',
      'contact[id]': String(rng.int(1200, 4800)),
      'contact[email]': `${fn.toLowerCase()}.${ln.toLowerCase()}@dalesmail.example`,
      'contact[first_name]': fn,
      'contact[last_name]': ln,
      'contact[ip]': '0.0.0.0',
      'contact[tags]': rng.pick(['member', 'member, volunteer', 'member, gunnerside']),
      'campaign[id]': String(rng.int(40, 90)),
      'campaign[name]': 'December newsletter',
      ...extra,
    });
    return `${phpTime(t)} ${p.toString()}`;
  };
  const click = (t, url, name) => body(t, 'click', { 'link[id]': String(rng.int(300, 900)), 'link[url]': url, 'link[name]': name });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [body(t, 'open', {})] }),
      () => ({ x: [click(t, `https://www.${SF}/news/gunnerside-cabinet-live`, 'Gunnerside cabinet')] }),
      () => ({ x: [click(t, `https://www.${SF}/volunteer`, 'Volunteer')] }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'activecampaign-click-password-reset-link',
      'error',
      WHY.pathSecret(
        "A member's password reset e-mail went out through ActiveCampaign with click tracking on, so the webhook of the click holds the reset link (`/reset/<token>`) in `link[url]`",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return { value: tok, event: { x: [click(t, `https://portal.${SF}/reset/${tok}`, 'Choose a new password')] } };
      },
    ),
    2,
    plant(
      'negative',
      'activecampaign-click-vgo-ee',
      'none',
      "ActiveCampaign's site-tracking parameter `vgo_ee` appended to a tracked link: an encrypted contact identifier for analytics, no credential.",
      ({ rng, t }) => {
        const v = `${rng.b64url(40)}%3A${rng.b64url(20)}`;
        return { value: v.slice(0, 40), event: { x: [click(t, `https://www.${SF}/news/muker-upgrade?vgo_ee=${v}`, 'Muker upgrade')] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'activecampaign-click-embed-coverage-jwt',
      'error',
      'The newsletter links each member to an embedded coverage map signed for that member (`/embed/coverage/<JWT>`), and the click webhook keeps the link',
      ({ rng, t }) => {
        const j = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: 3 * 86400 + rng.int(0, 9000),
          claims: { resource: { address: rng.int(10000, 99999) }, params: {} },
        });
        return {
          value: j.token,
          jwt: j.facts,
          event: { x: [click(t, `https://maps.${SF}/embed/coverage/${j.token}#bordered=false`, 'See your line on the map')] },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'activecampaign-click-sign-in-link-id-token',
      'error',
      'The portal\'s "see your usage" link signs members straight in with an `id_token` from its identity provider in the query; the click webhook keeps it',
      ({ rng, t }) => {
        const j = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(600, 1800),
          claims: { iss: `https://id.${SF}/realms/members`, aud: 'portal', sub: u(rng), email_verified: true },
        });
        return {
          value: j.token,
          jwt: j.facts,
          event: { x: [click(t, `https://portal.${SF}/usage?id_token=${j.token}`, 'See your usage')] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'activecampaign-click-status-api-key',
      'error',
      `${WHY.apiKey('api_key')} A link to the fault-status widget was pasted into the newsletter from the admin page, with the widget's API key in its query.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: { x: [click(t, `https://status.${SF}/widget/faults?area=upper-swaledale&api_key=${k}`, 'Fault status')] },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'activecampaign-click-base64url-params-api-key',
      'error',
      'A link to the events calendar carries its settings as base64url of JSON in `p=`, and decoded they hold the calendar service\'s `"api_key"`.',
      ({ rng, t }) => {
        const p = b64urlOf(JSON.stringify({ cal: 'swaledale-fibre-events', view: 'month', api_key: rng.alnum(32) }));
        return { value: p, event: { x: [click(t, `https://events.${SF}/embed?p=${p}`, 'Events')] } };
      },
    ),
    2,
    plant(
      'negative',
      'activecampaign-click-fbclid',
      'none',
      'A Facebook click id (`fbclid=IwAR…`) on a link a member shared onwards: an advertising click identifier, no credential.',
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: { x: [click(t, `https://www.${SF}/news/christmas-opening?fbclid=${f}`, 'Christmas opening')] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'activecampaign' }, filler, render, steps });
}

// =====================================================================================================================
// Оҥдой кийис ле јорык кооперативы (Southern Altai; Ongudai, Altai Republic: UTC+7 all year)
// =====================================================================================================================

const OD = 'ondoy-kiyis.example';

// ---------------------------------------------------------------------------------------------------------------------
// ondoy-web.log: the booking site, a Phoenix 1.7 app served by Bandit 1.6, with Logger at `:debug` and its console
// format `$time $metadata[$level] $message` with `request_id` and `remote_ip` metadata, UTC clock without zone: Phoenix's
// `GET <path>` (no query), `Processing with …` with `Parameters: %{…}` (Elixir inspect of the params map, query and path
// parameters together) and `Pipelines:`, `Sent <status> in <n>ms`, a LiveView socket's `CONNECTED TO …` block, Bandit's
// own error lines, and the app's messages. From memory (not fetched): Phoenix's and Bandit's messages and the layout.

function phoenixLog(rng) {
  const t0 = (t) => iso(t).slice(11, 23);
  const rid = (rng) => `G${rng.b64url(19)}`;
  const meta = (r, ip) => `request_id=${r} remote_ip=${ip}`;
  const req = (
    rng,
    t,
    { method = 'GET', path, ctrl, params, status = 200, ip = `203.0.113.${rng.int(2, 254)}`, pipe = ':browser', extra = [] },
  ) => {
    const r = rid(rng);
    return [
      `${t0(t)} ${meta(r, ip)} [info] ${method} ${path}`,
      `${t0(t + 1)} ${meta(r, ip)} [debug] Processing with OndoyWeb.${ctrl}`,
      `  Parameters: ${params}`,
      `  Pipelines: [${pipe}]`,
      ...extra.map((m) => `${t0(t + 4)} ${meta(r, ip)} ${m}`),
      `${t0(t + rng.int(6, 40))} ${meta(r, ip)} [info] Sent ${status} in ${rng.int(3, 38)}ms`,
    ];
  };
  const PAGES = [
    ['/joryktor', 'JorykController.index/2'],
    ['/kiyis', 'KiyisController.index/2'],
    ['/joryktor/kara-kol', 'JorykController.show/2'],
    ['/joryktor/chuy-oozy', 'JorykController.show/2'],
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const [path, ctrl] = rng.pick(PAGES);
        const slug = path.split('/')[2];
        return { x: req(rng, t, { path, ctrl, params: slug ? `%{"slug" => "${slug}"}` : '%{}' }) };
      },
      () => ({ x: [`${t0(t)} remote_ip=198.51.100.${rng.int(2, 254)} [error] ** (Bandit.HTTPError) Header read timeout`] }),
      () => ({ x: [`${t0(t)} [info] Јорыкка бронь эдилди: #${rng.int(1400, 2600)}, ${rng.int(1, 6)} кижи, Кара-Кӧл`] }),
    ])();
  const live = (rng, t, ip, bilet) => {
    const csrf = rng.b64url(56);
    return [
      `${t0(t)} remote_ip=${ip} [info] CONNECTED TO Phoenix.LiveView.Socket in ${rng.int(20, 90)}µs`,
      '  Transport: :websocket',
      '  Serializer: Phoenix.Socket.V2.JSONSerializer',
      `  Parameters: %{"_csrf_token" => "${csrf}", "_live_referer" => "undefined", "_mount_attempts" => "0", "_mounts" => "0", "_track_static" => %{"0" => "https://${OD}/assets/app.css", "1" => "https://${OD}/assets/app.js"}, "bilet" => "${bilet}", "vsn" => "2.0.0"}`,
    ];
  };
  const steps = [
    {
      raw: {
        x: [
          `${t0(DAY_AL + 2 * HOUR)} [info] Running OndoyWeb.Endpoint with Bandit 1.6.7 at :::4000 (http)`,
          `${t0(DAY_AL + 2 * HOUR + 2)} [info] Access OndoyWeb.Endpoint at https://${OD}`,
        ],
      },
      after: 0,
    },
    2,
    plant(
      'oauth-code',
      'phoenix-parameters-google-callback-code',
      'warning',
      `${WHY.code} Phoenix writes the callback's path without its query, but at debug its \`Parameters:\` map holds the query's \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            x: req(rng, t, {
              path: '/kirer/google/callback',
              ctrl: 'KirerController.callback/2',
              params: `%{"authuser" => "0", "code" => "${code}", "prompt" => "none", "scope" => "email profile openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile", "state" => "${rng.b64url(32)}"}`,
              status: 302,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'phoenix-get-and-parameters-ulesh-link',
      'error',
      WHY.pathSecret(
        'A trek\'s photo album shared with its guests by a link (`/ulesh/<token>`, ӱлеш, "share"); Phoenix writes the path on the `GET` line and the token again in `Parameters:`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { x: req(rng, t, { path: `/ulesh/${tok}`, ctrl: 'UleshController.show/2', params: `%{"ulesh" => "${tok}"}` }) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'phoenix-parameters-form-csrf-token',
      'none',
      "Phoenix's `_csrf_token` in the parameters of the booking form's POST: an anti-forgery token bound to the browser's session, no credential of its own.",
      ({ rng, t }) => {
        const c = rng.b64url(56);
        return {
          value: c,
          event: {
            x: req(rng, t, {
              method: 'POST',
              path: '/bron',
              ctrl: 'BronController.create/2',
              params: `%{"_csrf_token" => "${c}", "bron" => %{"ayylchy" => "3", "joryk" => "kara-kol", "kun" => "2027-12-20"}}`,
              status: 302,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'phoenix-parameters-api-achkych',
      'error',
      `${WHY.apiKey('achkych')} (ачкыч, "key") The partner hostels' availability feed is read with the key in the query; \`Parameters:\` shows it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            x: req(rng, t, {
              path: '/api/joryktor/bosh',
              ctrl: 'Api.JorykController.free/2',
              params: `%{"achkych" => "${k}", "ay" => "2027-12"}`,
              pipe: ':api',
            }),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'phoenix-parameters-embed-joryktor-jwt',
      'error',
      "A partner hostel's site embeds the trek calendar (`/embed/joryktor?token=<JWT>`), and `Parameters:` holds the signed token",
      ({ rng, t }) => {
        const j = jwt(rng, t, { lifetime: 600, age: rng.int(30, 200), claims: { partner: 'kara-kol-hostel', scope: 'calendar' } });
        return {
          value: j.token,
          jwt: j.facts,
          event: { x: req(rng, t, { path: '/embed/joryktor', ctrl: 'EmbedController.calendar/2', params: `%{"token" => "${j.token}"}` }) },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'phoenix-debug-req-cookies-signed-session',
      'error',
      WHY.session(
        "The app logs `conn.req_cookies` while chasing a sign-out bug: Phoenix's cookie session `_ondoy_key` (`SFMyNTY.<term>.<signature>`, signed, not encrypted) is the whole session",
      ),
      ({ rng, t }) => {
        const c = `SFMyNTY.g3QAAAAC${rng.b64url(120)}.${rng.b64url(43)}`;
        return {
          value: c,
          event: {
            x: [`${t0(t)} ${meta(rid(rng), '203.0.113.88')} [debug] Чыгары: req_cookies %{"_ondoy_key" => "${c}", "tili" => "alt"}`],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'phoenix-liveview-connect-bilet-first',
      'note',
      WHY.ticketFirst(
        'The felt fair\'s gate page opens its LiveView with the visitor\'s single-use ticket as a connect parameter (`"bilet" => …`, билет, "ticket"); Phoenix writes the socket\'s parameters and the app admits the visitor. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return { value: tk, event: { x: [...live(rng, t, '10.7.0.21', tk), `${t0(t + 9)} [info] Билет кабыл алынды: эжик 1`] } };
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'phoenix-liveview-connect-bilet-again',
      'replay',
      '',
      ({ rng, refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} A phone on a public address opened the gate page with the ticket the fair's first gate had admitted, and the app admitted it again.`,
          },
        ],
        event: { x: [...live(rng, t, '198.51.100.203', refs.get('bilet').value), `${t0(t + 9)} [info] Билет кабыл алынды: эжик 1`] },
      }),
      { replayOf: 'bilet', after: 131 },
    ),
    2,
    plant(
      'encoded',
      'phoenix-parameters-base64-json-achkych',
      'error',
      'The tour agency\'s widget posts its booking as base64 of JSON in `data`; Phoenix writes `Parameters:` with the blob, and decoded it holds the agency\'s `"achkych"`.',
      ({ rng, t }) => {
        const d = b64Of(JSON.stringify({ agent: 'biy-tour', achkych: rng.alnum(32), joryk: 'chuy-oozy', ayylchy: 2 }));
        return {
          value: d,
          event: {
            x: req(rng, t, {
              method: 'POST',
              path: '/api/bron',
              ctrl: 'Api.BronController.create/2',
              params: `%{"data" => "${d}"}`,
              pipe: ':api',
              status: 201,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'phoenix-warning-oauth2-accesstoken-struct',
      'error',
      `${WHY.refresh} The calendar sync logs a failed Google call with the \`%OAuth2.AccessToken{…}\` struct (Elixir inspect), \`refresh_token: "1//0…"\` included.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            x: [
              `${t0(t)} [warning] Google Calendar: 401, токенди јаҥыртары: %OAuth2.AccessToken{access_token: "ya29.${rng.b64url(120)}", refresh_token: "${rt}", expires_at: ${Math.floor(t / 1000) - 60}, token_type: "Bearer", other_params: %{"scope" => "https://www.googleapis.com/auth/calendar"}}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'phoenix-parameters-yookassa-payment-id',
      'none',
      "YooKassa's payment id (`2d…-000f-5000-…`, a UUID-like object id) in the parameters of the payment return page: it names a payment, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        const id = `${h.slice(0, 8)}-000f-5000-${rng.pick(['8', '9', 'a', 'b'])}${h.slice(8, 11)}-${h.slice(11, 23)}`;
        return {
          value: id,
          event: { x: req(rng, t, { path: '/tolom/jandy', ctrl: 'TolomController.return/2', params: `%{"payment_id" => "${id}"}` }) },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AL + 2 * HOUR, site: { host: OD }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ondoy-api-console.log: the trek-scheduling API, a Giraffe 7 app (F#, ASP.NET Core 9) under systemd, its output as
// `journalctl -o cat` shows it: the console logger's `<level>: <category>[<event id>]` line and the message indented by
// six spaces (a multi-line message keeps the indent), the host's `Request starting …` and `Request finished …` lines
// (path and query in both), Giraffe's debug line `Giraffe returned Some for …`, HttpLogging's request block (headers
// not on its allow list as `[Redacted]`), and the app's messages printing F# records with `%A`. From memory (not
// fetched): the console layout and the two host messages are ASP.NET Core's; Giraffe's message wording and `%A`'s record
// layout are from memory.

function giraffeLog(rng) {
  const HOST = `api.${OD}`;
  const L = (level, cat, id, msg) => [`${level}: ${cat}[${id}]`, ...msg.split('\n').map((m) => `      ${m}`)];
  const hosting = (rng, method, target, status, ct = 'application/json;+charset=utf-8') => {
    const ms = `${rng.int(1, 90)}.${digits(rng, 4)}`;
    return [
      ...L('info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 1, `Request starting HTTP/1.1 ${method} http://${HOST}${target} - - -`),
      ...L(
        'dbug',
        'Giraffe.Middleware.GiraffeMiddleware',
        0,
        `Giraffe returned Some for HTTP/1.1 ${method} ${target.split('?')[0]} in ${ms} ms`,
      ),
      ...L(
        'info',
        'Microsoft.AspNetCore.Hosting.Diagnostics',
        2,
        `Request finished HTTP/1.1 ${method} http://${HOST}${target} - ${status} - ${ct} ${ms}ms`,
      ),
    ];
  };
  const ROUTES = ['/api/joryktor', '/api/joryktor/kara-kol/kunder', '/api/attar', '/api/jolchylar'];
  const filler = (rng) =>
    rng.pick([
      () => ({ x: hosting(rng, 'GET', rng.pick(ROUTES), 200) }),
      () => ({
        x: L(
          'info',
          'Ondoy.Api.Joryk',
          0,
          `Јорык #${rng.int(1400, 2600)}: ${rng.int(2, 8)} ат, јолчы ${rng.pick(['Айдар', 'Эркемен', 'Чейнеш', 'Сыгыр'])}`,
        ),
      }),
      () => ({ x: hosting(rng, 'GET', '/health', 200, 'text/plain') }),
    ])();
  const steps = [
    {
      raw: {
        x: [
          ...L('info', 'Microsoft.Hosting.Lifetime', 14, 'Now listening on: http://127.0.0.1:5080'),
          ...L('info', 'Microsoft.Hosting.Lifetime', 0, 'Application started. Press Ctrl+C to shut down.'),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'api-key-name',
      'giraffe-request-starting-finished-achkych-api',
      'error',
      `${WHY.apiKey('achkych_api')} (ачкыч, "key") The horse-hire partner polls the schedule with the key in its query; ASP.NET Core writes the target in \`Request starting\` and again in \`Request finished\`.`,
      ({ rng }) => {
        const k = rng.hex(40);
        return { value: k, event: { x: hosting(rng, 'GET', `/api/attar/bosh?kun=2027-12-16&achkych_api=${k}`, 200) } };
      },
    ),
    2,
    plant(
      'oauth-code',
      'giraffe-fsharp-record-gitlab-code',
      'warning',
      `${WHY.code} The guides sign in to the schedule with the co-operative's GitLab; an exchange that failed is logged with the callback's F# record (\`%A\`), \`Code = "…"\` on its own line.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            x: L(
              'warn',
              'Ondoy.Api.Kirer',
              0,
              `Кирерде јастыра: { Code = "${code}"\n  State = "${rng.b64url(22)}"\n  Error = Some "invalid_client" }`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'giraffe-httplogging-authorization-redacted',
      'none',
      'HttpLogging writes a header it was not told to show as `[Redacted]` (`Authorization: [Redacted]`): a redaction, no credential.',
      ({ rng }) => ({
        value: 'Authorization: [Redacted]',
        event: {
          x: L(
            'info',
            'Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware',
            1,
            `Request:\nProtocol: HTTP/1.1\nMethod: POST\nScheme: http\nPathBase: \nPath: /api/joryktor/kara-kol/bron\nAccept: application/json\nHost: ${HOST}\nUser-Agent: OndoyJolchy/2.1 (Android 14)\nAuthorization: [Redacted]\nContent-Type: application/json\nContent-Length: ${rng.int(60, 200)}`,
          ),
        },
      }),
    ),
    2,
    plant(
      'session-id',
      'giraffe-httplogging-cookie-seans',
      'error',
      WHY.session(
        'HttpLogging was told to show `Cookie` while a guide\'s sign-in was debugged, and writes the guides\' web session (`seans=<hex>`, сеанс, "session")',
      ),
      ({ rng }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: {
            x: L(
              'info',
              'Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware',
              1,
              `Request:\nProtocol: HTTP/1.1\nMethod: GET\nScheme: http\nPathBase: \nPath: /api/jolchy/men\nAccept: application/json\nHost: ${HOST}\nUser-Agent: ${BROWSERS[4]}\nCookie: seans=${s}; tili=alt`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'giraffe-fsharp-record-idtoken',
      'error',
      "The app logs the guide it signed in as an F# record, the identity provider's `IdToken` among its fields",
      ({ rng, t }) => {
        const j = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: { iss: `https://git.${OD}`, aud: rng.hex(64), sub: String(rng.int(10, 90)), preferred_username: 'chejnesh' },
        });
        return {
          value: j.token,
          jwt: j.facts,
          event: {
            x: L('dbug', 'Ondoy.Api.Kirer', 0, `Јолчы кирди: { Login = "chejnesh"\n  Groups = ["jolchylar"]\n  IdToken = "${j.token}" }`),
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'giraffe-bilet-stable-gate-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket for a horse ride (`bilet`, билет, "ticket") scanned at the stables; the app logs its acceptance with the scanner\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(16);
        firstUse.atbilet = t;
        return { value: tk, event: { x: L('info', 'Ondoy.Api.Bilet', 0, `Билет ${tk} кабыл алынды: ат-кажаа, 10.7.0.34`) } };
      },
      { ref: 'atbilet' },
    ),
    1,
    plant(
      'replay',
      'giraffe-bilet-stable-gate-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('atbilet').value,
            why: `${WHY.replay('bilet', gap('atbilet', t))} Another device, from a public address, presented the ride ticket the stables had taken, and the API accepted it again.`,
          },
        ],
        event: { x: L('info', 'Ondoy.Api.Bilet', 0, `Билет ${refs.get('atbilet').value} кабыл алынды: ат-кажаа, 203.0.113.177`) },
      }),
      { replayOf: 'atbilet', after: 212 },
    ),
    2,
    plant(
      'implicit-fragment',
      'giraffe-fsharp-record-client-error-url-fragment',
      'error',
      "The guides' web app reports its errors to the API, which logs the report as an F# record; its `Url` is the page's address with the identity provider's `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            x: L(
              'warn',
              'Ondoy.Api.Jastyra',
              0,
              `Браузерде јастыра: { Message = "TypeError: Cannot read properties of undefined (reading 'kunder')"\n  Url = "https://jolchy.${OD}/#access_token=${at}&token_type=Bearer&expires_in=7200"\n  Line = 1 }`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'giraffe-fsharp-record-refresh-token',
      'error',
      `${WHY.refresh} The mobile app's renewal failed on the API's side and the request is logged as an F# record with \`RefreshToken = "…"\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            x: L(
              'fail',
              'Ondoy.Api.Kirer',
              0,
              `Токенди јаҥыртып болбоды: { GrantType = "refresh_token"\n  RefreshToken = "${rt}"\n  ClientId = "ondoy-jolchy-android" }`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'giraffe-etag-schedule-hash',
      'none',
      'The schedule\'s weak ETag (`W/"<hex>"`), a hash of the response the API logs when it answers 304: no credential.',
      ({ rng }) => {
        const e = rng.hex(40);
        return { value: e, event: { x: L('dbug', 'Ondoy.Api.Joryk', 0, `304: ETag W/"${e}" ӧскӧрилбеген`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AL + 3 * HOUR, site: { host: HOST }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// meltano-run-bron.log: a nightly `meltano --log-level=debug run tap-bron target-postgres notify` of the bookings into
// the co-operative's warehouse, from cron: Meltano's structlog console lines `<ISO 8601 UTC with µs> [<level padded to 9>]
// <event>` with its key=value context (`cmd_type`, `name`, `run_id`, `stdio`, `string_id`) after a plugin's relayed line,
// the Singer SDK tap's own format inside (`<yyyy-mm-dd hh:mm:ss,mmm> | <LEVEL padded> | <name padded> | <message>`),
// Meltano's debug `Invoking:` and `Env:` (Python repr), a utility's shell trace. From memory (not fetched): the console
// renderer's layout, the relayed context keys, the debug messages and the SDK's format.

function meltanoLog(rng) {
  const RUN = u(rng);
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const lv = (l) => `[${l.padEnd(9)}]`;
  const m = (t, level, msg) => `${ts(t)} ${lv(level)} ${msg}`;
  const ctx = (name, type = 'elb', stdio = 'stderr') =>
    `cmd_type=${type} name=${name} run_id=${RUN} state_id=prod:tap-bron-to-target-postgres stdio=${stdio} string_id=${name}`;
  const sdk = (t, level, name, msg) => `${ymdHmsAt(t, 0)},${digits(rng, 3)} | ${level.padEnd(8)} | ${name.padEnd(20)} | ${msg}`;
  const tap = (t, level, msg) => m(t, 'info', `${sdk(t, level, 'tap-bron', msg)} ${ctx('tap-bron')}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          tap(
            t,
            'INFO',
            `METRIC: {"type": "counter", "metric": "record_count", "value": ${rng.int(20, 400)}, "tags": {"stream": "${rng.pick(['bron', 'ayylchylar', 'tolomdor'])}"}}`,
          ),
        ],
      }),
      () => ({
        x: [m(t, 'info', `${sdk(t, 'INFO', 'target-postgres', `Target sink for 'bron' is full. Draining...`)} ${ctx('target-postgres')}`)],
      }),
      () => ({ x: [tap(t, 'INFO', `HTTP request to https://bron.${OD}/api/v2/bron took ${rng.int(90, 1800)} ms`)] }),
    ])();
  const steps = [
    {
      raw: {
        x: [
          m(DAY_AL + 19 * HOUR, 'info', "Environment 'prod' is active"),
          m(DAY_AL + 19 * HOUR + 300, 'info', 'Performing incremental extraction'),
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'meltano-debug-env-python-dict-password',
      'error',
      "At `--log-level=debug` Meltano writes the environment it gives the extractor (`Env: {…}`, a Python dict), and the tap's settings from `.env` are in it: `'TAP_BRON_KIRER_SOS': '…'` (кирер сӧс, \"password\", literally \"entry word\") of the booking system's API user.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            x: [
              m(
                t,
                'debug',
                `Invoking: ['/project/.meltano/extractors/tap-bron/venv/bin/tap-bron', '--config', '/project/.meltano/run/tap-bron/tap.${rng.hex(32)}.config.json', '--state', '/project/.meltano/run/tap-bron/state.json']`,
              ),
              m(
                t + 2,
                'debug',
                `Env: {'MELTANO_PROJECT_ROOT': '/project', 'MELTANO_ENVIRONMENT': 'prod', 'MELTANO_EXTRACTOR_NAME': 'tap-bron', 'TAP_BRON_API_URL': 'https://bron.${OD}/api/v2', 'TAP_BRON_KIRER': 'meltano', 'TAP_BRON_KIRER_SOS': '${pw}', 'TAP_BRON_START_DATE': '2027-01-01T00:00:00Z', 'PATH': '/project/.meltano/extractors/tap-bron/venv/bin:/usr/local/bin:/usr/bin:/bin'}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'meltano-target-sqlalchemy-url-masked',
      'none',
      'target-postgres writes its connection URL with the password masked (`postgresql://meltano:***@…`): a mask, no credential.',
      ({ t }) => ({
        value: 'meltano:***@',
        event: {
          x: [
            m(
              t,
              'info',
              `${sdk(t, 'INFO', 'target-postgres', `Connecting to postgresql+psycopg://meltano:***@db.${OD}:5432/ombar`)} ${ctx('target-postgres')}`,
            ),
          ],
        },
      }),
    ),
    2,
    plant(
      'refresh-token',
      'meltano-tap-debug-oauth-request-body-dict',
      'error',
      `${WHY.refresh} The tap's authenticator logs the body of its token request as a Python dict while renewing (\`'grant_type': 'refresh_token', 'refresh_token': '…'\`), and Meltano relays the line.`,
      ({ rng, t }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          event: {
            x: [
              tap(
                t,
                'DEBUG',
                `OAuth request body: {'grant_type': 'refresh_token', 'refresh_token': '${rt}', 'client_id': 'meltano-ombar'}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'meltano-tap-next-page-percent-encoded-achkych',
      'error',
      'The booking API returns its next page as a percent-encoded path in `next=`, and the tap logs the request URL: decoded, it carries `&achkych=…` (ачкыч, "key"), the partner key the API copied into its links.',
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          needle: `%26achkych%3D${k}`,
          event: {
            x: [tap(t, 'DEBUG', `Request URL: https://bron.${OD}/api/v2/bron?page=3&next=%2Fapi%2Fv2%2Fbron%3Fpage%3D4%26achkych%3D${k}`)],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'meltano-state-bookmark-cursor',
      'none',
      "The STATE bookmark the tap emits at the end, with the API's pagination `cursor` (base64 of JSON with the last id): a cursor, no credential.",
      ({ rng, t }) => {
        const c = b64Of(JSON.stringify({ after: rng.int(10000, 99999), order: 'updated_at' }));
        return {
          value: c,
          event: {
            x: [
              tap(
                t,
                'INFO',
                `Emitting state: {"bookmarks": {"bron": {"replication_key": "updated_at", "replication_key_value": "2027-12-14T18:52:07+07:00", "cursor": "${c}"}}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'meltano-tap-export-link-path',
      'error',
      WHY.pathSecret(
        "The payment provider's monthly statement is fetched from an export link that holds its token in the path (`/exports/<token>/…csv`), and the tap logs the link",
      ),
      ({ rng, t }) => {
        const tok = rng.hex(48);
        return {
          value: tok,
          event: { x: [tap(t, 'INFO', `Downloading statement https://merchant.paykassa.example/exports/${tok}/ondoy-2027-12.csv`)] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'meltano-utility-set-x-google-chat-webhook',
      'error',
      WHY.webhook(
        "The `notify` utility posts the run's result to the office's Google Chat space through its incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`); the script runs under `set -x`, and Meltano relays the trace",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            x: [
              m(
                t,
                'info',
                `+ curl -s -X POST -H 'Content-Type: application/json' -d '{"text": "Ombar јаҥыртылды: ${rng.int(100, 900)} бронь"}' 'https://chat.googleapis.com/v1/spaces/AAAA${rng.alnum(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' ${ctx('notify', 'command')}`,
              ),
            ],
          },
        };
      },
      { after: 40 },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AL + 19 * HOUR, site: { host: 'meltano' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freshservice-tickets.jsonl: the co-operative's IT help desk on Freshservice, read back through its API v2 (`GET
// /api/v2/tickets/{id}` and `/api/v2/tickets/{id}/conversations`), one object a line: a ticket (`id`, `subject`,
// `description` (HTML), `description_text`, `requester_id`, `status`, `priority`, `source`, `category`, `created_at`,
// `updated_at`, `workspace_id`) or a conversation (`id`, `ticket_id`, `user_id`, `body`, `body_text`, `incoming`,
// `private`, `source`, `created_at`), times in UTC. From memory (not fetched): the fields.

function freshserviceLog(rng) {
  let tid = rng.int(310, 380);
  const ticket = (t, subject, text) => {
    tid += 1;
    return JSON.stringify({
      id: tid,
      workspace_id: 2,
      subject,
      description: `<div>${text.replace(/\n/g, '<br>')}</div>`,
      description_text: text,
      requester_id: rng.int(27000000000, 27999999999),
      status: 2,
      priority: rng.int(1, 3),
      source: 1,
      category: rng.pick(['Веб-сайт', 'Тӧлӧм', 'Ноутбук', 'Сеть']),
      created_at: iso(t).replace(/\.\d+Z$/, 'Z'),
      updated_at: iso(t).replace(/\.\d+Z$/, 'Z'),
    });
  };
  const conv = (t, text, incoming = true, priv = false) =>
    JSON.stringify({
      id: rng.int(27100000000, 27199999999),
      ticket_id: tid,
      user_id: rng.int(27000000000, 27999999999),
      body: `<div>${text.replace(/\n/g, '<br>')}</div>`,
      body_text: text,
      incoming,
      private: priv,
      source: incoming ? 0 : 2,
      created_at: iso(t).replace(/\.\d+Z$/, 'Z'),
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [ticket(t, 'Принтер иштебей јат', 'Эзен! Контордогы принтер иштебей јат, кагазты албай јат.')] }),
      () => ({ x: [conv(t, 'Быйан болзын, эмди иштеп јат.')] }),
      () => ({ x: [conv(t, 'Кӧрӱп јадыбыс, удабас јандырарыс.', false)] }),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'freshservice-ticket-pasted-vk-callback-code',
      'warning',
      `${WHY.code} A guide pasted the address the sign-in stopped at into a ticket: the VK ID callback with \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = rng.hex(18);
        return {
          value: code,
          event: {
            x: [
              ticket(
                t,
                'VK ажыра кирип болбой јадым',
                `Эзен! VK ажыра кирерде бу адрес ачылат, анаң неме јок:\nhttps://${OD}/kirer/vk/callback?code=${code}&state=${rng.b64url(24)}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'freshservice-conversation-pasted-id-token-expired',
      'note',
      "The same guide then pasted the sign-in page's address from the identity provider's error page, an `id_token` in its query; by the reply's `created_at` it had expired",
      ({ rng, t }) => {
        const j = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 40 * 60 + rng.int(0, 300),
          claims: { iss: 'https://id.vk.example', aud: rng.hex(16), sub: String(rng.int(1000000, 99999999)) },
        });
        return { value: j.token, jwt: j.facts, event: { x: [conv(t, `База бу адрес:\nhttps://${OD}/kirer/oidc?id_token=${j.token}`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'freshservice-ticket-laptop-serial',
      'none',
      "A laptop's serial number in a repair ticket: a hardware identifier, no credential.",
      ({ rng, t }) => {
        const s = `C02${upperNum(rng, 9)}`;
        return { value: s, event: { x: [ticket(t, 'Ноутбук јастыра', `Ноутбуктыҥ экраны ӧчӱп калат. Серийный номер: ${s}`)] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'freshservice-ticket-pasted-access-token-fragment',
      'error',
      "A volunteer pasted the partner portal's address from the browser after its implicit sign-in, `#access_token=vk1.a.…` still on it.",
      ({ rng, t }) => {
        const at = `vk1.a.${rng.b64url(150)}`;
        return {
          value: at,
          event: {
            x: [
              ticket(
                t,
                'Партнёр порталы',
                `Эзен, портал бош страница кӧргӱзет:\nhttps://partner.${OD}/#access_token=${at}&expires_in=86400&user_id=${rng.int(1000000, 99999999)}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'freshservice-reply-ulesh-link',
      'error',
      WHY.pathSecret('An agent\'s public reply gives a guest the link to a trek\'s photo album (`/ulesh/<token>`, ӱлеш, "share")'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { x: [conv(t, `Эзен! Сӱреттер мында: https://${OD}/ulesh/${tok}\nБыйан болзын!`, false)] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'freshservice-private-note-embed-jwt-short',
      'warning',
      "An agent's private note quotes the calendar embed a hostel uses (`/embed/joryktor?token=<JWT>`); the token was minted two minutes before, without a `jti`",
      ({ rng, t }) => {
        const j = jwt(rng, t, { lifetime: 120, age: rng.int(10, 60), claims: { partner: 'chemal-hostel', scope: 'calendar' } });
        return {
          value: j.token,
          jwt: j.facts,
          event: {
            x: [conv(t, `Хостелдиҥ сайтында календарь ачылбай јат, бу адрес: https://${OD}/embed/joryktor?token=${j.token}`, false, true)],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'freshservice-ticket-pasted-achkych',
      'error',
      `${WHY.apiKey('achkych')} (ачкыч, "key") A partner hostel pasted the availability feed's address, key included, into a ticket.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            x: [ticket(t, 'Бош јерлер кӧргӱзилбей јат', `Бу адрес 403 берет: https://${OD}/api/joryktor/bosh?ay=2028-01&achkych=${k}`)],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'freshservice-masked-office-product-key',
      'none',
      'An office licence key shown as the licence portal masks it (`XXXXX-XXXXX-XXXXX-XXXXX-<5>`): a mask, no credential.',
      ({ rng, t }) => {
        const k = `XXXXX-XXXXX-XXXXX-XXXXX-${upperNum(rng, 5)}`;
        return { value: k, event: { x: [conv(t, `Лицензия: ${k} (порталда кӧрӱнет)`, false, true)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AL + 4 * HOUR, site: { host: 'freshservice' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snyk-test-bron.log: `snyk test -d` in the booking service's CI job (a Python project), stderr kept with the job: the
// `debug` package's lines for a non-TTY (`<ISO 8601 UTC> <namespace> <message>`, printed objects on one line as JSON),
// then snyk's report. From memory (not fetched): the namespaces (`snyk`, `snyk-test`, `snyk:python`, `snyk-http`) and the
// messages are the helper's reconstruction.

function snykLog(rng) {
  const d = (t, ns, msg) => `${iso(t)} ${ns} ${msg}`;
  const ORG = u(rng);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          d(
            t,
            'snyk:python',
            `resolved ${rng.pick(['fastapi', 'sqlalchemy', 'httpx', 'pydantic', 'jinja2', 'babel'])}==${rng.int(0, 3)}.${rng.int(0, 40)}.${rng.int(0, 9)}`,
          ),
        ],
      }),
      () => ({ x: [d(t, 'snyk-test', `dep graph: ${rng.int(40, 90)} packages`)] }),
      () => ({ x: [d(t, 'snyk', `analytics: ${rng.int(1, 9)} events queued`)] }),
    ])();
  const steps = [
    {
      raw: {
        x: [d(DAY_AL + 5 * HOUR, 'snyk', 'Snyk CLI 1.1301.0'), d(DAY_AL + 5 * HOUR + 20, 'snyk', 'platform: linux x64, node v22.12.0')],
      },
      after: 0,
    },
    plant(
      'refresh-token',
      'snyk-debug-oauth-token-storage-json',
      'error',
      `${WHY.refresh} The CI image was authenticated with \`snyk auth\` (OAuth), and at debug snyk prints the stored token as JSON (\`INTERNAL_OAUTH_TOKEN_STORAGE\`), \`refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = `snyk_rt.${rng.b64url(43)}`;
        return {
          value: rt,
          event: {
            x: [
              d(
                t,
                'snyk',
                `config INTERNAL_OAUTH_TOKEN_STORAGE={"access_token":"snyk_uat.${rng.b64url(43)}","token_type":"bearer","refresh_token":"${rt}","expiry":"${iso(t + 3600000)}"}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'snyk-org-public-id',
      'none',
      "The organisation's public id (a UUID) that snyk resolves `--org` to: it names an organisation, no credential.",
      ({ t }) => ({ value: ORG, event: { x: [d(t, 'snyk', `org: ondoy-kiyis (${ORG})`)] } }),
    ),
    2,
    plant(
      'api-key-name',
      'snyk-python-pip-index-url-achkych',
      'error',
      `${WHY.apiKey('achkych')} (ачкыч, "key") The co-operative's package mirror takes a key in the index URL, and snyk's Python plugin prints the pip command it runs.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            x: [
              d(
                t,
                'snyk:python',
                `spawning: python3 -m pip install -r requirements.txt --index-url "https://pypi.${OD}/simple/?achkych=${k}"`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'snyk-http-request-authorization-token',
      'error',
      'snyk\'s HTTP debug prints the request it sends to the test API as JSON, `"authorization":"token <uuid>"` among the headers: the account\'s API token.',
      ({ rng, t }) => {
        const tok = u(rng);
        return {
          value: tok,
          event: {
            x: [
              d(
                t,
                'snyk-http',
                `request: {"method":"POST","url":"https://api.snyk.io/v1/test-dep-graph?org=ondoy-kiyis","headers":{"x-requested-with":"snyk-cli/1.1301.0","content-type":"application/json","authorization":"token ${tok}"}}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'snyk-request-id',
      'none',
      'The `snyk-request-id` the API answers with (a UUID): names one request, no credential.',
      ({ rng, t }) => {
        const id = u(rng);
        return { value: id, event: { x: [d(t, 'snyk-http', `response: 200 snyk-request-id=${id}`)] } };
      },
    ),
    1,
    {
      raw: {
        x: [
          '',
          'Testing /woodpecker/src/git.ondoy-kiyis.example/ondoy/bron...',
          '',
          'Organization:      ondoy-kiyis',
          'Package manager:   pip',
          'Target file:       requirements.txt',
          'Open source:       no',
          '',
          '✔ Tested 61 dependencies for known issues, no vulnerable paths found.',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_AL + 5 * HOUR, site: { host: 'snyk' }, filler, render, steps });
}

// =====================================================================================================================
// Яр-Сале ты ӈэсы артель (Tundra Nenets; Yar-Sale, Yamal: UTC+5 all year)
// =====================================================================================================================

const YS = 'yarsale-ty.example';

// ---------------------------------------------------------------------------------------------------------------------
// bugsink-events.jsonl: the artel's venison and fish shop (ASP.NET Core 9 with sentry-dotnet 5, `SendDefaultPii = true`)
// reports its errors to a self-hosted Bugsink; the events read back as Sentry's event JSON, one a line: `event_id`,
// `timestamp` (UTC), `platform`, `level`, `logger`, `server_name`, `release`, `environment`, `request` (`url` without
// query, `method`, `query_string`, `data`, `cookies`, `headers`, `env`), `exception.values`, `sdk`, `user`. From memory
// (not fetched): Sentry's event fields; that Bugsink keeps the event as sent is the helper's assumption.

function bugsinkLog(rng) {
  const ev = (
    t,
    {
      url,
      method = 'GET',
      qs = '',
      data,
      cookies,
      headers = {},
      type,
      value,
      logger = 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware',
    },
  ) =>
    JSON.stringify({
      event_id: rng.hex(32),
      timestamp: iso(t),
      platform: 'csharp',
      level: 'error',
      logger,
      server_name: 'ty-khalya-web-1',
      release: 'TyKhalya.Web@3.4.1',
      environment: 'production',
      request: {
        url: `https://${YS}${url}`,
        method,
        query_string: qs,
        ...(data !== undefined ? { data } : {}),
        ...(cookies ? { cookies } : {}),
        headers: { Host: YS, 'User-Agent': rng.pick(BROWSERS), Accept: 'text/html,application/xhtml+xml', ...headers },
        env: { REMOTE_ADDR: `198.51.100.${rng.int(2, 254)}` },
      },
      exception: { values: [{ type, value, module: 'TyKhalya.Web, Version=3.4.1.0, Culture=neutral, PublicKeyToken=null' }] },
      sdk: { name: 'sentry.dotnet.aspnetcore', version: '5.1.0', packages: [{ name: 'nuget:sentry.dotnet.aspnetcore', version: '5.1.0' }] },
      user: { ip_address: '{{auto}}' },
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        x: [
          ev(t, {
            url: `/halya/${rng.pick(['muksun', 'shchokur', 'nelma', 'pyzhyan'])}`,
            type: 'Npgsql.NpgsqlException',
            value: 'Exception while reading from stream',
          }),
        ],
      }),
      () => ({ x: [ev(t, { url: '/ty/ngamz', type: 'System.Threading.Tasks.TaskCanceledException', value: 'A task was canceled.' })] }),
    ])();
  const steps = [
    1,
    plant(
      'oauth-code',
      'bugsink-query-string-yandex-callback-code',
      'warning',
      `${WHY.code} The shop's Yandex ID callback crashed, and the event's \`query_string\` keeps \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = rng.alnum(16).toLowerCase();
        return {
          value: code,
          event: {
            x: [
              ev(t, {
                url: '/signin-yandex',
                qs: `code=${code}&state=${rng.b64url(40)}&cid=${rng.alnum(12)}`,
                type: 'System.Exception',
                value: 'An error was encountered while handling the remote login.',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'bugsink-data-form-post-id-token',
      'error',
      "A `form_post` sign-in (`/signin-oidc`) failed, and with `SendDefaultPii` the event's `data` keeps the posted form, `id_token` included",
      ({ rng, t }) => {
        const j = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: { iss: `https://id.${YS}`, aud: 'ty-khalya-web', sub: u(rng), nonce: rng.b64url(22) },
        });
        return {
          value: j.token,
          jwt: j.facts,
          event: {
            x: [
              ev(t, {
                url: '/signin-oidc',
                method: 'POST',
                data: { id_token: j.token, state: rng.b64url(60), session_state: `${u(rng)}.${rng.b64url(20)}` },
                type: 'Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectProtocolInvalidNonceException',
                value: 'IDX21323: RequireNonce is True.',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'bugsink-sentry-trace-header',
      'none',
      'The `sentry-trace` header (`<32 hex>-<16 hex>-1`) a browser request carried: a trace id, no credential.',
      ({ rng, t }) => {
        const tr = rng.hex(32);
        return {
          value: tr,
          event: {
            x: [
              ev(t, {
                url: '/korzina',
                headers: { 'sentry-trace': `${tr}-${rng.hex(16)}-1` },
                type: 'System.NullReferenceException',
                value: 'Object reference not set to an instance of an object.',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'bugsink-data-token-endpoint-refresh',
      'error',
      `${WHY.refresh} The shop's own token endpoint (OpenIddict, for the courier app) threw on a renewal, and the event's \`data\` holds the form with \`refresh_token\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          event: {
            x: [
              ev(t, {
                url: '/connect/token',
                method: 'POST',
                data: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'ty-khalya-kurier' },
                type: 'System.InvalidOperationException',
                value: 'The token entry cannot be found in the database.',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'bugsink-url-invoice-link-path',
      'error',
      WHY.pathSecret(
        'A wholesale buyer opened an invoice link whose path holds its token (`/nakladnaya/<token>`), the page crashed, and the event keeps its `url`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            x: [
              ev(t, {
                url: `/nakladnaya/${tok}`,
                type: 'System.IO.FileNotFoundException',
                value: 'Could not find file /srv/nakladnaya/2027-12-0412.pdf',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'bugsink-url-embed-ty-jwt-no-exp',
      'error',
      'The reindeer-meat price board embedded on the district\'s site (`/embed/ty/<JWT>`, ты, "reindeer") crashed; the event\'s `url` holds the JWT, signed without `exp`',
      ({ rng, t }) => {
        const j = jwt(rng, t, { age: rng.int(86400 * 20, 86400 * 60), claims: { site: 'yamal-rayon', board: 'ty-ngamz' } });
        return {
          value: j.token,
          jwt: j.facts,
          event: {
            x: [ev(t, { url: `/embed/ty/${j.token}`, type: 'System.FormatException', value: 'Input string was not in a correct format.' })],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'bugsink-cookies-sessiya',
      'error',
      WHY.session(
        "With `SendDefaultPii` the event's `cookies` keep the shop's session cookie (`sessiya`, from Russian сессия as the staff say it)",
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            x: [
              ev(t, {
                url: '/korzina/oformit',
                method: 'POST',
                cookies: `sessiya=${s}; yazyk=yrk`,
                type: 'System.InvalidOperationException',
                value: 'Sequence contains no elements',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'bugsink-query-string-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} (ключ, "key", a loan) The district's catering office reads the fish price list with its key in the query, and the event's \`query_string\` keeps it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            x: [
              ev(t, {
                url: '/api/halya/prais',
                qs: `format=xml&klyuch=${k}`,
                type: 'System.Xml.XmlException',
                value: "'\\u001F', hexadecimal value 0x1F, is an invalid character.",
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'bugsink-baggage-sentry-public-key',
      'none',
      "The `baggage` header's `sentry-public_key` (32 hex), the DSN's public key a browser SDK ships in every page: public by design.",
      ({ rng, t }) => {
        const pk = rng.hex(32);
        return {
          value: pk,
          event: {
            x: [
              ev(t, {
                url: '/halya',
                headers: {
                  baggage: `sentry-trace_id=${rng.hex(32)},sentry-environment=production,sentry-public_key=${pk},sentry-release=TyKhalya.Web%403.4.1`,
                },
                type: 'System.TimeoutException',
                value: 'The operation has timed out.',
              }),
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_NE + 3 * HOUR, site: { host: 'bugsink' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// keel.log: Keel 0.19 on the artel's k3s cluster, `kubectl logs deploy/keel -n keel`, with `--debug` left on: logrus's
// text format (`time="<RFC 3339 with offset>" level=<level> msg="<message>" <key>=<value>…`, values quoted when they
// hold spaces or quotes, Go maps as `map[k:v …]`) in the node's local time (+05:00). From memory (not fetched): the
// message texts (`trigger.poll.manager: …`, `provider.kubernetes: …`, `extension.notification…`) are reconstructed.

function keelLog(rng) {
  const tm = (t) => `${local(t, YAM).slice(0, 19)}${zone(YAM)}`;
  const q2 = (v) => (/[\s"=]/.test(v) ? JSON.stringify(v) : v);
  const lg = (t, level, msg, f = {}) =>
    `time="${tm(t)}" level=${level} msg=${JSON.stringify(msg)}${Object.entries(f)
      .map(([k, v]) => ` ${k}=${q2(String(v))}`)
      .join('')}`;
  const IMGS = ['ghcr.io/yarsale-ty/shop', 'ghcr.io/yarsale-ty/kurier-api', 'ghcr.io/yarsale-ty/prais-bot'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: [lg(t, 'debug', 'trigger.poll.manager: performing scan')] }),
      () => ({
        x: [
          lg(t, 'debug', 'trigger.poll.RepositoryWatcher: checking tags', {
            image: `${rng.pick(IMGS)}:3.${rng.int(1, 9)}.${rng.int(0, 9)}`,
            schedule: '@every 10m',
          }),
        ],
      }),
      () => ({ x: [lg(t, 'info', 'provider.kubernetes: no updates', { namespace: 'ty-khalya' })] }),
    ])();
  const steps = [
    {
      raw: {
        x: [
          lg(DAY_NE + 5 * HOUR, 'info', 'extension.credentialshelper: helper registered', { name: 'secrets' }),
          lg(DAY_NE + 5 * HOUR + 200, 'info', 'keel starting...', {
            arch: 'arm64',
            build_date: '2027-09-30T08:11:02Z',
            go_version: 'go1.24.2',
            os: 'linux',
            revision: rng.hex(7),
            version: '0.19.1',
          }),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'encoded',
      'keel-debug-registry-auth-base64',
      'error',
      "At debug Keel writes the registry credentials it took from the pull secret, and the `auth` field is base64 of `user:password` (the dockerconfigjson form) for the artel's registry.",
      ({ rng, t }) => {
        const a = b64Of(`yarsale-keel:${rng.alnum(24)}`);
        return {
          value: a,
          event: {
            x: [
              lg(t, 'debug', 'secrets.defaultGetter: secret looked up successfully', {
                namespace: 'ty-khalya',
                registry: 'registry.yarsale-ty.example',
                secret: 'regcred',
                auth: a,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'keel-new-image-digest',
      'none',
      'The digest of the new image Keel found (`sha256:<64 hex>`): a content address, no credential.',
      ({ rng, t }) => {
        const dg = rng.hex(64);
        return {
          value: dg,
          event: {
            x: [
              lg(t, 'info', 'trigger.poll.RepositoryWatcher: new digest found', {
                image: 'ghcr.io/yarsale-ty/shop:3.4.1',
                digest: `sha256:${dg}`,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'keel-debug-annotations-go-map-db-url',
      'error',
      "Keel prints the deployment's annotations as a Go map (`map[…]`) while it decides, and the team kept the shop's database URL in an annotation, password included.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            x: [
              lg(t, 'debug', 'provider.kubernetes: checking deployment', {
                name: 'shop',
                namespace: 'ty-khalya',
                annotations: `map[keel.sh/policy:minor keel.sh/trigger:poll keel.sh/pollSchedule:@every 10m yarsale-ty.example/db:postgres://shop:${pw}@pg.ty-khalya.svc:5432/shop]`,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'keel-webhook-native-klyuch-query',
      'error',
      `${WHY.apiKey('klyuch')} (ключ, "key", a loan) The CI calls Keel's native webhook with a key the artel's ingress checks in the query, and Keel writes the request's URI.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: {
            x: [
              lg(t, 'info', 'webhook trigger: received', {
                method: 'POST',
                uri: `/v1/webhooks/native?klyuch=${k}`,
                remote: '10.42.0.1:50342',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'keel-deployment-uid',
      'none',
      "The Kubernetes object's `uid` (a UUID) Keel names in its approval line: an object id, no credential.",
      ({ rng, t }) => {
        const id = u(rng);
        return {
          value: id,
          event: {
            x: [lg(t, 'info', 'provider.kubernetes: deployment updated', { name: 'shop', namespace: 'ty-khalya', uid: id, new: '3.4.2' })],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'keel-teams-workflow-webhook-sig',
      'error',
      WHY.webhook(
        'Keel\'s Teams notification goes to a Power Automate workflow URL, whose `sig=` is the only secret; the failed post is written with Go\'s `Post "<url>"` error',
      ),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            x: [
              lg(t, 'error', 'extension.notification.teams: failed to send notification', {
                error: `Post "https://prod-${rng.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
              }),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_NE + 5 * HOUR, site: { host: 'keel' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// charon.log: strongSwan 6's charon on the artel's gateway in Yar-Sale, a `filelog` with `time_format = %b %e %T`,
// `ike_name = yes`, default levels: `<Mmm dd hh:mm:ss> <thread>[<subsystem>] <<conn>|<unique id>> <message>` in local time
// without zone, for the satellite links of the herders' camps (ӈэсы, "camp"); the updown script's output is written as
// `updown: <line>` (it runs under `set -x` and curl runs with `-v` while a hook is debugged). From memory (not fetched):
// the filelog layout, the IKE and CHILD_SA messages, and the `updown:` prefix.

function strongswanLog(rng) {
  const st = (t) => {
    const d = new Date(t + YAM * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(d.getTime()).slice(11, 19)}`;
  };
  const c = (t, sub, conn, msg) => `${st(t)} ${pad(rng.int(1, 16))}[${sub}] ${conn ? `<${conn}> ` : ''}${msg}`;
  const CAMPS = ['ngesy-1', 'ngesy-2', 'ngesy-3', 'ngesy-5'];
  const filler = (rng, t) => {
    const n = rng.pick(CAMPS);
    const conn = `${n}|${rng.int(1, 40)}`;
    return rng.pick([
      () => ({
        x: [c(t, 'IKE', conn, `sending DPD request`), c(t + 2, 'ENC', conn, `generating INFORMATIONAL request ${rng.int(2, 90)} [ ]`)],
      }),
      () => ({
        x: [
          c(
            t,
            'NET',
            conn,
            `received packet: from 100.64.${rng.int(0, 255)}.${rng.int(1, 254)}[4500] to 203.0.113.9[4500] (${rng.int(60, 90)} bytes)`,
          ),
        ],
      }),
      () => ({ x: [c(t, 'IKE', conn, `retransmit 1 of request with message ID ${rng.int(2, 90)}`)] }),
    ])();
  };
  const upd = (t, conn, lines) => lines.map((l, i) => c(t + i, 'CHD', conn, `updown: ${l}`));
  const steps = [
    {
      raw: {
        x: [
          `${st(DAY_NE + 2 * HOUR)} 00[DMN] Starting IKE charon daemon (strongSwan 6.0.1, Linux 6.6.58, aarch64)`,
          `${st(DAY_NE + 2 * HOUR + 30)} 00[CFG] loaded 4 entries for attr plugin configuration`,
          `${st(DAY_NE + 2 * HOUR + 60)} 00[JOB] spawning 16 worker threads`,
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'strongswan-child-sa-spis',
      'none',
      "A CHILD_SA's SPIs (`c…_i c…_o`, 32-bit ids of the ESP associations): identifiers, no credential.",
      ({ rng, t }) => {
        const spi = `c${rng.hex(7)}_i c${rng.hex(7)}_o`;
        return {
          value: spi,
          event: {
            x: [c(t, 'IKE', 'ngesy-2|7', `CHILD_SA ngesy-2{12} established with SPIs ${spi} and TS 10.70.0.0/24 === 10.70.2.0/24`)],
          },
        };
      },
    ),
    1,
    plant(
      'webhook',
      'strongswan-updown-set-x-home-assistant-webhook',
      'error',
      WHY.webhook(
        "The updown script tells the office's Home Assistant that a camp came online through a webhook trigger (`/api/webhook/<webhook id>`), and `set -x` writes the curl command",
      ),
      ({ rng, t }) => {
        const id = `ngesy_${rng.b64url(40)}`;
        return {
          value: id,
          event: { x: upd(t, 'ngesy-2|7', [`+ curl -s -m 5 -X POST -d 'ngesy=ngesy-2&sostoyanie=up' https://ha.${YS}/api/webhook/${id}`]) },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'strongswan-updown-set-x-klyuch-query',
      'error',
      `${WHY.apiKey('klyuch')} (ключ, "key", a loan) The same script reports the link to the satellite operator's monitoring with the key in the query, and \`set -x\` writes it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            x: upd(t, 'ngesy-3|9', [
              `+ curl -s -m 5 'https://monitor.sputnik-sever.example/api/v1/push?ngesy=ngesy-3&sostoyanie=up&klyuch=${k}'`,
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'strongswan-updown-starlink-terminal-id',
      'none',
      "The script names the camp's satellite terminal by its id (`ut<8 hex>-<8 hex>-<8 hex>`): a device identifier, no credential.",
      ({ rng, t }) => {
        const ut = `ut${rng.hex(8)}-${rng.hex(8)}-${rng.hex(8)}`;
        return { value: ut, event: { x: upd(t, 'ngesy-5|11', [`ngesy-5 up via terminal ${ut}`]) } };
      },
    ),
    2,
    plant(
      'header-dump',
      'strongswan-updown-curl-v-authorization-bearer',
      'error',
      "While the hook was debugged curl ran with `-v`, and charon writes its stderr: `> Authorization: Bearer …`, the artel's long-lived Home Assistant access token (a JWT Home Assistant signs for ten years)",
      ({ rng, t }) => {
        const { token: j, facts } = jwt(rng, t, { lifetime: 3650 * 86400, age: 200 * 86400, claims: { iss: rng.hex(32) } });
        return {
          value: j,
          jwt: facts,
          event: {
            x: upd(t, 'ngesy-1|13', [
              `> POST /api/services/notify/ngesy HTTP/1.1`,
              `> Host: ha.${YS}`,
              `> User-Agent: curl/8.11.1`,
              `> Accept: */*`,
              `> Authorization: Bearer ${j}`,
              `> Content-Type: application/json`,
              `< HTTP/1.1 200 OK`,
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'strongswan-updown-base64-json-klyuch',
      'error',
      'The camp\'s status goes to the artel\'s own API as base64 of JSON in `d=`, and decoded it carries the `"klyuch"` of that API.',
      ({ rng, t }) => {
        const d = b64Of(JSON.stringify({ ngesy: 'ngesy-1', sostoyanie: 'down', klyuch: rng.alnum(32) }));
        return { value: d, event: { x: upd(t, 'ngesy-1|13', [`+ curl -s -m 5 'https://api.${YS}/ngesy/status?d=${d}'`]) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_NE + 2 * HOUR, site: { host: 'charon' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// netbox-rqworker.log: `manage.py rqworker high default low` of the artel's NetBox 4.2 (an inventory of camp gear:
// generators, satellite terminals, radios), as journald keeps it (`journalctl -o cat`): RQ's worker lines
// `<hh:mm:ss> <queue>: <function>(<arguments as Python repr>) (<job id>)`, `<hh:mm:ss> <queue>: Job OK (<job id>)`,
// `Result is kept for 500 seconds`, and NetBox's `netbox.webhooks` logger lines, which the admin sent to the console as
// `<LEVEL> <logger>: <message>`. From memory (not fetched): RQ's line layout, `extras.webhooks.send_webhook`'s keyword
// arguments and the logger's messages.

function netboxLog(rng) {
  const hm = (t) => local(t, YAM).slice(11, 19);
  const job = (t, args) => {
    const id = u(rng);
    return [
      `${hm(t)} default: extras.webhooks.send_webhook(${args}) (${id})`,
      `${hm(t + 400)} default: Job OK (${id})`,
      `${hm(t + 401)} Result is kept for 500 seconds`,
    ];
  };
  const wh = (level, msg) => `${level} netbox.webhooks: ${msg}`;
  const DEV = ['generator-ngesy-2', 'radio-ngesy-3', 'snegokhod-7', 'dish-ngesy-5', 'generator-ngesy-1'];
  const stamp = (t) => iso(t).replace('Z', '+00:00');
  const args = (rng, t, { rule = 'Chat: tekhnika', dev = rng.pick(DEV), data = '', snap = '', id = rng.int(40, 400) }) =>
    `event_rule=<EventRule: ${rule}>, model_name='device', event_type='object_updated', data={'id': ${id}, 'url': 'https://netbox.${YS}/api/dcim/devices/${id}/', 'display': '${dev}', 'name': '${dev}', 'status': {'value': 'active', 'label': 'Active'}${data}}, snapshots={'prechange': {'name': '${dev}'${snap}}, 'postchange': {'name': '${dev}'${snap}}}, timestamp='${stamp(t)}', username='nyadma', request_id=UUID('${u(rng)}')`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ x: job(t, args(rng, t, {})) }),
      () => ({ x: [wh('INFO', 'Request succeeded; response status 200')] }),
      () => ({ x: [`${hm(t)} Cleaning registries for queue: default`] }),
    ])();
  const steps = [
    {
      raw: {
        x: [
          `${hm(DAY_NE + 4 * HOUR)} Worker rq:worker:${rng.hex(32)} started with PID ${rng.int(100, 900)}, version 2.1.0`,
          `${hm(DAY_NE + 4 * HOUR)} Subscribing to channel rq:pubsub:${rng.hex(32)}`,
          `${hm(DAY_NE + 4 * HOUR)} *** Listening on high,default,low...`,
        ],
      },
      after: 0,
    },
    2,
    plant(
      'webhook',
      'netbox-sending-post-rocketchat-incoming-hook',
      'error',
      WHY.webhook(
        "NetBox posts gear changes to the artel's Rocket.Chat through an incoming-webhook integration (`/hooks/<integration id>/<token>`), and its webhooks logger writes the URL it posts to",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        const needle = `${rng.alnum(24)}/${tok}`;
        return {
          value: tok,
          needle,
          event: {
            x: [
              ...job(t, args(rng, t, {})),
              wh('INFO', `Sending POST request to https://chat.${YS}/hooks/${needle} (dcim.device object_updated)`),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'netbox-request-id-uuid',
      'none',
      "The `request_id=UUID('…')` NetBox passes to the job: ties the webhook to the change's request, no credential.",
      ({ rng, t }) => {
        const a = args(rng, t, { rule: 'Sklad', dev: 'snegokhod-7' });
        const id = a.match(/UUID\('([^']+)'\)/)[1];
        return { value: id, event: { x: job(t, a) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'netbox-sending-post-klyuch-query',
      'error',
      `${WHY.apiKey('klyuch')} (ключ, "key", a loan) The event rule posts to the artel's store-room app with its key in the URL's query, and the webhooks logger writes the URL.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: {
            x: [
              wh('INFO', `Sending POST request to https://sklad.${YS}/api/tekhnika?klyuch=${k} (dcim.device object_updated)`),
              wh('INFO', 'Request succeeded; response status 200'),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'netbox-debug-request-headers-authorization-token',
      'error',
      "At DEBUG the webhooks logger writes the headers it sends as a Python dict, and the event rule's additional headers hold `'Authorization': 'Token <40 hex>'` of the store-room app.",
      ({ rng, t }) => {
        const tk = rng.hex(40);
        return {
          value: tk,
          event: { x: [wh('DEBUG', `Request headers: {'Content-Type': 'application/json', 'Authorization': 'Token ${tk}'}`)] },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'netbox-job-repr-comments-access-token-fragment',
      'error',
      "A herder pasted the satellite operator's portal address into a terminal's comments, the implicit grant's `#access_token=…` still on it; RQ writes the job with the device's data as a Python repr.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            x: job(
              t,
              args(rng, t, {
                dev: 'dish-ngesy-5',
                data: `, 'comments': 'Сава. Портал: https://lk.sputnik-sever.example/#access_token=${at}&token_type=bearer&expires_in=3600'`,
              }),
            ),
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'netbox-job-repr-custom-field-parol',
      'error',
      'The generator\'s admin password was kept in a custom field (`parol`, пароль, "password", a loan), and RQ writes the job with the device\'s snapshots as a Python repr, the custom fields included.',
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            x: job(
              t,
              args(rng, t, { dev: 'generator-ngesy-2', snap: `, 'custom_fields': {'parol': '${pw}', 'motochasy': ${rng.int(100, 4000)}}` }),
            ),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'netbox-job-repr-custom-field-base64-config',
      'error',
      'A radio\'s configuration is kept in a custom field as base64 of JSON, and decoded it holds the radio\'s `"parol"`; RQ writes it with the job.',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ ssid: 'ngesy-3', kanal: 6, parol: rng.alnum(16) }));
        return {
          value: b,
          event: { x: job(t, args(rng, t, { dev: 'radio-ngesy-3', snap: `, 'custom_fields': {'config_b64': '${b}'}` })) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'netbox-debug-hook-signature',
      'none',
      "NetBox's `X-Hook-Signature` (an HMAC-SHA512 of one body under the webhook's secret): a per-message signature, no credential.",
      ({ rng, t }) => {
        const s = rng.hex(128);
        return {
          value: s,
          event: { x: [wh('DEBUG', `Request headers: {'Content-Type': 'application/json', 'X-Hook-Signature': '${s}'}`)] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_NE + 4 * HOUR, site: { host: 'netbox' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout116');
writePart(join(here, 'heldout116'), {
  'dependabot-npm-portal.log': dependabotLog(rng),
  'flagger-loadtester.jsonl': flaggerLog(rng),
  error_log: freeipaLog(rng),
  'git-annex-oralhistory.log': gitAnnexLog(rng),
  'activecampaign-hooks.log': activeCampaignLog(rng),
  'ondoy-web.log': phoenixLog(rng),
  'ondoy-api-console.log': giraffeLog(rng),
  'meltano-run-bron.log': meltanoLog(rng),
  'freshservice-tickets.jsonl': freshserviceLog(rng),
  'snyk-test-bron.log': snykLog(rng),
  'bugsink-events.jsonl': bugsinkLog(rng),
  'keel.log': keelLog(rng),
  'charon.log': strongswanLog(rng),
  'netbox-rqworker.log': netboxLog(rng),
});
