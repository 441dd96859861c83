// Writes corpus/logs-in-the-wild/heldout127/: a hundred-and-twenty-seventh held-out part, in formats no other part uses
// (an Apache CloudStack management-server.log, a Snakemake workflow log, a Review Board server log, Groove helpdesk
// messages read from its API as JSON lines, a benchmark script's wrk runs under `set -x`, a Hanko auth server's
// request log, NativeScript CLI's `ns run android` output, a Label Studio server log, an Indy TIdLogFile of a Delphi
// till, a Storj `uplink` backup script's output, Re:amaze conversation messages as JSON lines, a SurrealDB server's
// debug output, a CommCare HQ device-log export, a CCProxy web log), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout127.mjs     rewrites heldout127/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Severn Gorge Community Cloud of Ironbridge (Shropshire), a small hosting co-operative for
// charities, with its CloudStack cloud, a river-level workflow, a code review server, a helpdesk and a benchmark script
// (English, five logs); the Udruga «Jeiăn» of Žejane (Jeiăn) and Šušnjevica in Istria, a village association with a
// cheese and tourism shop, a visitors' app, an archive of recordings of the language being annotated, a till and backups
// (Istro-Romanian where the apps show text, in the Latin orthography with č š ž å ę ľ ń, without diacritics in routes,
// parameter, cookie and key names; five logs); the Qafar Gaala Kooperatiif, a camel-milk and salt co-operative of
// Asayita and Semera (Afar Region) with a support inbox, a herd registry database, field workers' phones and an office
// proxy (Qafar af in its Latin orthography, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dalvik/2.1.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Shropshire in December (GMT, UTC+0), Istria (CET, UTC+1), the Afar Region (EAT, UTC+3 all year). */
const GMT = 0;
const CET = 60;
const EAT = 180;
const DAY_EN = Date.UTC(2027, 11, 7, 0, 0, 0);
const DAY_IR = Date.UTC(2027, 11, 14, 0, 0, 0);
const DAY_AA = Date.UTC(2027, 11, 21, 0, 0, 0);

/** Python logging's and log4j's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** Every log here renders the lines its events carry. */
const render = (e) => e.l;
const utcZ = (t) => `${iso(t).slice(0, 19)}Z`;
const pct = (s) => encodeURIComponent(s);

// =====================================================================================================================
// Severn Gorge Community Cloud (English; Ironbridge, Shropshire: GMT, UTC+0 in December)
// =====================================================================================================================

const SG = 'severngorge.example';

// ---------------------------------------------------------------------------------------------------------------------
// management-server.log: Apache CloudStack 4.20's management server, log4j2 with CloudStack's pattern
// `%d{ISO8601} %-5p [%c{1.}] (%t:%x) (logid:%X{logcontextid}) %m%n` in local time (GMT) without zone. ApiServlet's
// `===START===` and `===END===` lines both write an API call's query string (the request written twice: repeats), the
// async job manager writes a job's `AsyncJobVO {…}` with its `cmdInfo` JSON.
// From memory (not fetched): the pattern, the ApiServlet and AsyncJobVO lines, the logger names.

function cloudstackLog(rng) {
  const ctx = () => `ctx-${rng.hex(8)}`;
  const lid = () => `(logid:${rng.hex(8)})`;
  const head = (t, level, logger, thread) => `${commaMs(t, GMT)} ${level.padEnd(5)} [${logger}] (${thread}:${ctx()}) ${lid()}`;
  const api = (rng, t, ip, q) => {
    const th = `qtp${rng.int(100000000, 999999999)}-${rng.int(10, 60)}`;
    return [
      `${head(t, 'DEBUG', 'c.c.a.ApiServlet', th)} ===START===  ${ip} -- GET  ${q}`,
      `${head(t + rng.int(20, 300), 'DEBUG', 'c.c.a.ApiServlet', th)} ===END===  ${ip} -- GET  ${q}`,
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        l: [
          `${head(t, 'DEBUG', 'c.c.c.ClusterManagerImpl', 'Cluster-Heartbeat-1')} Management server heartbeat takes ${rng.int(3, 40)} ms`,
        ],
      }),
      () => ({
        l: [
          `${head(t, 'DEBUG', 'c.c.a.m.AgentManagerImpl', `AgentManager-Handler-${rng.int(1, 20)}`)} Ping from Routing host ${rng.int(1, 6)}(kvm0${rng.int(1, 6)})`,
        ],
      }),
      () => ({ l: [`${head(t, 'DEBUG', 'c.c.s.StatsCollector', 'StatsCollector-1')} HostStatsCollector is running...`] }),
      () => ({ l: [`${head(t, 'INFO', 'c.c.h.HighAvailabilityManagerImpl', 'HA-Worker-2')} checking health of usage server`] }),
    ])();
  const steps = [
    3,
    plant(
      'api-key-name',
      'cloudstack-apiservlet-query-apikey',
      'error',
      `${WHY.apiKey('apiKey')} A charity's backup script calls the API with a signed GET, and ApiServlet writes the query string with the key.`,
      ({ rng, t }) => {
        const key = rng.b64url(86);
        return {
          value: key,
          event: {
            l: api(
              rng,
              t,
              publicIp(rng),
              `command=listVirtualMachines&listall=true&response=json&apiKey=${key}&signature=${pct(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 27) + '=')}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cloudstack-template-md5-checksum',
      'none',
      "A template's MD5 `checksum` (32 hex digits) in the download listener's line: it only checks the image's integrity, no credential.",
      ({ rng, t }) => {
        const md5 = rng.hex(32);
        return {
          value: md5,
          event: {
            l: [
              `${head(t, 'INFO', 'c.c.s.d.DownloadListener', 'Timer-1')} Template debian-12-genericcloud download completed on store 2: size=2147483648, checksum=${md5}, status=DOWNLOADED`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'cloudstack-apiservlet-ui-sessionkey',
      'error',
      WHY.session(
        "The web UI sends its session key in every call's query (`sessionkey=`), and ApiServlet writes it in the START and END lines",
      ),
      ({ rng, t }) => {
        const sk = rng.b64url(27);
        return { value: sk, event: { l: api(rng, t, '10.12.0.31', `command=listZones&response=json&sessionkey=${sk}&_=${t}`) } };
      },
    ),
    3,
    plant(
      'encoded',
      'cloudstack-asyncjobvo-cmdinfo-userdata-base64',
      'error',
      "A VM deployed from the UI with cloud-init user data: the async job manager writes the job's `AsyncJobVO` with its `cmdInfo`, the `userdata` base64 holding `chpasswd` with the VM's password.",
      ({ rng, t }) => {
        const ud = b64Of(
          `#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: debian\n      password: ${rng.alnum(20)}\n      type: text\nssh_pwauth: true\n`,
        );
        const info = JSON.stringify({
          zoneid: rng.uuid(),
          templateid: rng.uuid(),
          serviceofferingid: rng.uuid(),
          name: 'tenants-db-02',
          userdata: ud,
          httpmethod: 'POST',
          response: 'json',
          ctxUserId: '2',
          ctxAccountId: '2',
          ctxStartEventId: String(rng.int(9000, 9999)),
        });
        return {
          value: ud,
          event: {
            l: [
              `${head(t, 'DEBUG', 'o.a.c.f.j.i.AsyncJobManagerImpl', `qtp${rng.int(100000000, 999999999)}-${rng.int(10, 60)}`)} submit async job-${rng.int(3000, 3999)}, details: AsyncJobVO {id:${rng.int(3000, 3999)}, userId: 2, accountId: 2, instanceType: VirtualMachine, instanceId: ${rng.int(40, 90)}, cmd: org.apache.cloudstack.api.command.user.vm.DeployVMCmd, cmdInfo: ${info}, cmdVersion: 0, status: IN_PROGRESS, processStatus: 0, resultCode: 0, result: null, initMsid: 345049${digits(rng, 6)}, completeMsid: null, lastUpdated: null, lastPolled: null, created: null, removed: null}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'cloudstack-webhook-delivery-rocketchat',
      'error',
      WHY.webhook(
        "CloudStack's webhook dispatcher fails to deliver an event and names the Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the operators registered",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            l: [
              `${head(t, 'WARN', 'o.a.c.m.w.WebhookDeliveryThread', 'Webhook-Job-Executor-3')} Failed to deliver webhook event VM.STOP for Webhook [id: 3, name: ops-chat] to https://chat.${SG}/hooks/${id}/${tok}: HTTP 502 Bad Gateway`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cloudstack-ssh-keypair-fingerprint',
      'none',
      "A registered SSH key pair's MD5 fingerprint (colon-separated hex) of a public key: no credential.",
      ({ rng, t }) => {
        const fp = Array.from({ length: 16 }, () => rng.hex(2)).join(':');
        return {
          value: fp,
          event: {
            l: [
              `${head(t, 'INFO', 'c.c.s.ManagementServerImpl', `qtp${rng.int(100000000, 999999999)}-${rng.int(10, 60)}`)} Registered SSH keypair ops-laptop for account 2 with fingerprint ${fp}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'cloudstack-download-failed-nextcloud-share',
      'error',
      WHY.pathSecret(
        'A template registered from a Nextcloud public share (`/s/<15 characters>/download`) fails to download, and the line quotes the URL',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            l: [
              `${head(t, 'ERROR', 'c.c.s.d.DownloadListener', 'Timer-1')} Template charity-wp-appliance failed to download from https://files.${SG}/s/${tok}/download: Server returned HTTP response code: 403`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'cloudstack' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2027-12-07T060002.418330.snakemake.log: Snakemake 8's log of one run under `--printshellcmds`: the DAG lines, the job
// stats table, per job a `[<ctime>]` stamp, `rule <name>:` with its output, jobid, reason and resources, the shell
// command, `Finished job N.` and the progress line; the Snakefile's `onstart` prints the config as a Python dict.
// From memory (not fetched).

function snakemakeLog(rng) {
  const ct = (t) => {
    const d = new Date(t);
    return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso(t).slice(11, 19)} ${d.getUTCFullYear()}]`;
  };
  let job = 0;
  const block = (t, rule, out, shell) => {
    job += 1;
    return [
      ct(t),
      `rule ${rule}:`,
      `    output: ${out}`,
      `    jobid: ${job}`,
      `    reason: Missing output files: ${out}`,
      '    resources: tmpdir=/tmp',
      '',
      shell,
      ct(t + 4000),
      `Finished job ${job}.`,
      `${job} of 12 steps (${Math.round((job * 100) / 12)}%) done`,
    ];
  };
  const STN = ['buildwas', 'ironbridge', 'jackfield', 'coalport', 'bridgnorth'];
  const filler = (rng, t) => {
    const s = rng.pick(STN);
    return { l: block(t, 'plot_levels', `plots/${s}.png`, `python scripts/plot.py data/clean/${s}.parquet plots/${s}.png`) };
  };
  const steps = [
    {
      raw: {
        l: [
          'Assuming unrestricted shared filesystem usage.',
          'host: sgcc-hpc01',
          'Building DAG of jobs...',
          'Using shell: /usr/bin/bash',
          'Provided cores: 8',
          'Rules claiming more threads will be scaled down.',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'snakemake-onstart-print-config-dict',
      'error',
      "The Snakefile's `onstart` handler prints the workflow's config as a Python dict, and with it the database URL's password (`postgresql://river:<password>@…`).",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            l: [
              `{'db_url': 'postgresql://river:${pw}@db.${SG}:5432/levels', 'stations': ['buildwas', 'ironbridge', 'jackfield', 'coalport', 'bridgnorth'], 'window_days': 30, 'plots': True}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    {
      raw: {
        l: [
          'Job stats:',
          'job              count',
          '-------------  -------',
          'all                  1',
          'fetch_gauges         1',
          'fetch_levels         1',
          'fetch_rain           1',
          'notify               1',
          'plot_levels          5',
          'upload_report        1',
          'vendor_tools         1',
          'total               12',
          '',
          'Select jobs to execute...',
          '',
        ],
      },
      after: 1,
    },
    plant(
      'replay',
      'snakemake-shell-export-ticket-first',
      'note',
      WHY.ticketFirst(
        "A one-time export ticket (`ticket=`) from the gauge network's portal, fetched by a `wget` the rule prints. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(32);
        return {
          value: tk,
          event: {
            l: block(
              t,
              'fetch_gauges',
              'data/raw/gauges.zip',
              `wget -q -O data/raw/gauges.zip "https://portal.gaugenet.example/export/gauges.zip?ticket=${tk}"`,
            ),
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'snakemake-shell-curl-apikey',
      'error',
      `${WHY.apiKey('apikey')} The rain rule's curl, printed by \`--printshellcmds\`, carries it in the query.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: {
            l: block(
              t,
              'fetch_rain',
              'data/raw/rain.json',
              `curl -fsS -o data/raw/rain.json "https://api.rainfall.example/v2/observations?area=SJ60&apikey=${k}"`,
            ),
          },
        };
      },
    ),
    plant(
      'path-secret',
      'snakemake-shell-share-download',
      'error',
      WHY.pathSecret(
        "The levels are fetched from a partner's file share through a link whose path holds its token (`/share/<token>/levels.csv`)",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            l: block(
              t,
              'fetch_levels',
              'data/raw/levels.csv',
              `curl -fsSL -o data/raw/levels.csv https://data.riverstrust.example/share/${tok}/levels.csv`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'snakemake-conda-env-hash',
      'none',
      "Snakemake's conda environment directory is named by a hash of the environment file (`.snakemake/conda/<hash>_`): no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: { l: [ct(t), `Activating conda environment: .snakemake/conda/${h}_`] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'snakemake-shell-curl-microsoft-refresh',
      'error',
      `${WHY.refresh} The upload rule renews its OneDrive access with curl, and the printed command holds a Microsoft refresh token (\`0.A…\`).`,
      ({ rng, t }) => {
        const rt = `0.A${rng.b64url(260)}`;
        return {
          value: rt,
          event: {
            l: block(
              t,
              'upload_report',
              'logs/upload.done',
              `curl -fsS -d client_id=${rng.uuid()} -d grant_type=refresh_token -d refresh_token=${rt} https://login.microsoftonline.com/consumers/oauth2/v2.0/token > .token.json && python scripts/upload.py && touch logs/upload.done`,
            ),
          },
        };
      },
    ),
    plant(
      'webhook',
      'snakemake-shell-teams-incoming-webhook',
      'error',
      WHY.webhook(
        "The last rule posts a summary to a Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<guid>`), printed with the rule's shell",
      ),
      ({ rng, t }) => {
        const h = rng.hex(32);
        const g = rng.uuid();
        return {
          value: h,
          needle: `${h}/${g}`,
          event: {
            l: block(
              t,
              'notify',
              'logs/notify.done',
              `curl -fsS -H 'Content-Type: application/json' -d @logs/summary.json https://sgcc.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${g} && touch logs/notify.done`,
            ),
          },
        };
      },
    ),
    plant(
      'negative',
      'snakemake-shell-git-checkout-commit',
      'none',
      "A rule pins the flood tools' repository to a commit (`git checkout <40 hex>`), printed with its shell: no credential.",
      ({ rng, t }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            l: block(
              t,
              'vendor_tools',
              'vendor/flood-tools/.pinned',
              `git -C vendor/flood-tools checkout -q ${c} && touch vendor/flood-tools/.pinned`,
            ),
          },
        };
      },
    ),
    {
      raw: {
        l: [
          '',
          'localrule all:',
          '    input: plots/buildwas.png, plots/ironbridge.png, plots/jackfield.png, plots/coalport.png, plots/bridgnorth.png, logs/upload.done, logs/notify.done, vendor/flood-tools/.pinned',
          '    jobid: 0',
          '    reason: Input files updated by another job: logs/notify.done, vendor/flood-tools/.pinned',
          '    resources: tmpdir=/tmp',
          '',
          'Finished job 0.',
          '12 of 12 steps (100%) done',
          'Complete log: .snakemake/log/2027-12-07T060002.418330.snakemake.log',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'snakemake' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// reviewboard.log: Review Board 7's log, `%(asctime)s - %(levelname)s - %(request_info)s - %(message)s`, the request info
// being `<ip> - <user> - <path>` (or `- - -` outside a request), local time without zone. From memory (not fetched).

function reviewboardLog(rng) {
  const USERS = ['megan', 'tom.h', 'priya', 'dai'];
  const ln = (t, level, rng, path, msg) =>
    `${commaMs(t, GMT)} - ${level} - 10.12.0.${rng.int(20, 90)} - ${rng.pick(USERS)} - ${path} - ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [ln(t, 'INFO', rng, `/r/${rng.int(100, 400)}/`, 'Publishing review request')] }),
      () => ({ l: [ln(t, 'INFO', rng, `/api/review-requests/${rng.int(100, 400)}/diffs/`, `Parsed diff with ${rng.int(1, 30)} files`)] }),
      () => ({
        l: [`${commaMs(t, GMT)} - INFO - - - - - Sent e-mail for review request #${rng.int(100, 400)} to ${rng.int(1, 5)} recipients`],
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'reviewboard-gitlab-callback-code-in-error',
      'warning',
      `${WHY.code} Linking a GitLab account fails, and the error quotes the callback URL with GitLab's code (64 hex) and state.`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: {
            l: [
              ln(
                t,
                'ERROR',
                rng,
                '/admin/hosting-accounts/authorize/gitlab/',
                `Unable to complete authorization for https://reviews.${SG}/admin/hosting-accounts/authorize/gitlab/?code=${code}&state=${rng.b64url(32)}: invalid_grant`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'reviewboard-commit-sha',
      'none',
      'A posted review request names the commit it reviews (40 hex digits): no credential.',
      ({ rng, t }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            l: [
              ln(
                t,
                'INFO',
                rng,
                '/api/review-requests/',
                `Created review request #${rng.int(400, 450)} for commit ${c} on repository portal`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'reviewboard-gitlab-private-token-query',
      'error',
      `${WHY.apiKey('private_token')} The GitLab hosting service fetches a file with a personal access token (\`glpat-…\`) in the query, and the failure quotes the URL.`,
      ({ rng, t }) => {
        const k = `glpat-${rng.b64url(20)}`;
        return {
          value: k,
          event: {
            l: [
              ln(
                t,
                'WARNING',
                rng,
                `/r/${rng.int(100, 400)}/diff/`,
                `Unable to fetch https://git.${SG}/api/v4/projects/12/repository/files/portal%2Fsettings.py/raw?ref=${rng.hex(40)}&private_token=${k}: HTTP Error 404: Not Found`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'reviewboard-smtp-settings-dict',
      'error',
      'A debugging line left in a mail extension prints the SMTP settings as a Python dict, `mail_host_password` included.',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            l: [
              `${commaMs(t, GMT)} - DEBUG - - - - - Mail settings: {'mail_server': 'smtp.${SG}', 'mail_port': 587, 'mail_host_user': 'reviews@${SG}', 'mail_host_password': '${pw}', 'mail_use_tls': True, 'mail_default_from': 'noreply@${SG}'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'reviewboard-webhook-dispatch-zulip-api-key',
      'error',
      WHY.webhook(
        "A Review Board WebHook to Zulip's incoming webhook integration (`/api/v1/external/reviewboard?api_key=<bot's key>&stream=…`) fails, and the error names the URL with the bot's key",
      ),
      ({ rng, t }) => {
        const id = rng.alnum(32);
        return {
          value: id,
          event: {
            l: [
              `${commaMs(t, GMT)} - ERROR - - - - - Error when dispatching webhook to https://sgcc.zulipchat.com/api/v1/external/reviewboard?api_key=${id}&stream=reviews: HTTP Error 502: Bad Gateway`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'reviewboard-querydict-csrfmiddlewaretoken',
      'none',
      "An invalid form's `QueryDict` with Django's `csrfmiddlewaretoken`: an anti-forgery value tied to the form, no credential.",
      ({ rng, t }) => {
        const c = rng.alnum(64);
        return {
          value: c,
          event: {
            l: [
              ln(
                t,
                'WARNING',
                rng,
                '/account/preferences/',
                `Invalid form data: <QueryDict: {'csrfmiddlewaretoken': ['${c}'], 'timezone': ['Europe/London'], 'syntax_highlighting': ['on']}>`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'reviewboard-request-meta-rbsessionid',
      'error',
      WHY.session("An exception's report prints the request's META as a dict, `HTTP_COOKIE` with Review Board's `rbsessionid`"),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          event: {
            l: [
              ln(
                t,
                'ERROR',
                rng,
                '/dashboard/',
                `Exception rendering dashboard column 'ci_status'; META={'HTTP_HOST': 'reviews.${SG}', 'HTTP_COOKIE': 'rbsessionid=${s}; csrftoken=${rng.alnum(32)}', 'REMOTE_ADDR': '10.12.0.44', 'REQUEST_METHOD': 'GET'}`,
              ),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'reviewboard' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// groove-messages.jsonl: Groove helpdesk messages read from its API (`/v1/tickets/{number}/messages`) with the ticket's
// number added, one a line: `ticket_number`, `created_at` (UTC), `updated_at`, `note`, `body` (HTML), `plain_text_body`,
// `links` (author, recipient, ticket). From memory (not fetched).

function grooveLog(rng) {
  const msg = (rng, t, number, body, note = false, who = `client${rng.int(10, 99)}@charity.example`) => ({
    l: [
      JSON.stringify({
        ticket_number: number,
        created_at: utcZ(t),
        updated_at: utcZ(t),
        note,
        body: `<p>${body}</p>`,
        plain_text_body: body,
        links: {
          author: { href: `https://api.groovehq.com/v1/${note ? 'agents' : 'customers'}/${who}` },
          ticket: { href: `https://api.groovehq.com/v1/tickets/${number}` },
        },
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => msg(rng, t, rng.int(2000, 2100), 'Hi, our WordPress site is slow since this morning. Can you have a look?'),
      () => msg(rng, t, rng.int(2000, 2100), 'Thanks, that fixed it!'),
      () =>
        msg(rng, t, rng.int(2000, 2100), 'Restarted the VM and cleared the cache; please try again.', true, 'megan@severngorge.example'),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'groove-customer-pastes-signin-url-id-token-expired',
      'note',
      "A customer pastes the address her browser showed after a failed sign-in, with an `id_token` in the query, which had expired two hours before the message's `created_at` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 7200 + rng.int(60, 600),
          claims: { iss: `https://id.${SG}`, aud: 'portal', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(
            rng,
            t,
            2101,
            `I cannot get into the portal, it stops at https://portal.${SG}/signin/callback?id_token=${token}&state=${rng.b64url(22)} with an error.`,
          ),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'groove-agent-note-access-token-fragment',
      'error',
      "An agent's internal note reproduces the bug with the address of the return page, its `#access_token=…` included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: msg(
            rng,
            t,
            2101,
            `Reproduced: lands on https://portal.${SG}/#access_token=${at}&token_type=Bearer&expires_in=3600 and then a blank page.`,
            true,
            `tom.h@${SG}`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'groove-customer-order-number',
      'none',
      'A customer quotes an invoice number (`SGCC-INV-…`): a reference, no credential.',
      ({ rng, t }) => {
        const inv = `SGCC-INV-${digits(rng, 6)}`;
        return { value: inv, event: msg(rng, t, 2102, `Could you resend invoice ${inv}? Our treasurer lost it.`) };
      },
    ),
    2,
    plant(
      'path-secret',
      'groove-customer-share-link',
      'error',
      WHY.pathSecret('A customer sends the logs a volunteer asked for through a share link of her own file host (`/s/<token>`)'),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: msg(rng, t, 2103, `Here are the logs you asked for: https://cloud.foodbank-telford.example/s/${tok}`) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'groove-note-embed-jwt-path',
      'error',
      "An agent's note gives a colleague a dashboard embed (`/embed/<JWT>`), a thirty-day token with a jti, live at the note's `created_at` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(60, 3000),
          jti: true,
          claims: { resource: { dashboard: 7 }, params: { tenant: 'foodbank-telford' } },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, 2104, `Their usage graph: https://stats.${SG}/embed/dashboard/${token}#bordered=false`, true, `priya@${SG}`),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'groove-proofpoint-urldefense-v2-reset-token',
      'error',
      "A customer forwards a password-reset mail rewritten by Proofpoint's URL Defense (v2: `-3A` for `:`, `-3F` for `?`, `-3D` for `=`, `_` for `/`); decoded, the reset link carries its `token`.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: msg(
            rng,
            t,
            2105,
            `The reset link in your mail does not work: https://urldefense.proofpoint.com/v2/url?u=https-3A__portal.${SG}_password-5Freset-3Ftoken-3D${tok}&amp;d=DwMFaQ&amp;c=${rng.b64url(22)}&amp;r=${rng.b64url(43)}&amp;m=${rng.b64url(43)}&amp;s=${rng.b64url(43)}&amp;e=`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'groove-masked-iban',
      'none',
      'A customer quotes the account the direct debit comes from, masked by his bank (`GB** **** **** **** 12 34`): no credential.',
      ({ rng, t }) => {
        const m = `GB** **** **** **** ${digits(rng, 2)} ${digits(rng, 2)}`;
        return { value: m, event: msg(rng, t, 2106, `The direct debit from ${m} was taken twice this month.`) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'groove' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wrk-portal-bench.log: a benchmark script run with `bash -x`, its stderr and stdout appended to one file: the traced
// commands (`+ …`) and wrk 4.2's report of each run (`Running 30s test @ <url>`, threads and connections, the latency
// table, requests and transfer per second). No time on the lines. wrk's report from memory (not fetched).

function wrkLog(rng) {
  const report = (rng, url) => [
    `Running 30s test @ ${url}`,
    '  4 threads and 64 connections',
    '  Thread Stats   Avg      Stdev     Max   +/- Stdev',
    `    Latency    ${rng.int(40, 190)}.${rng.int(10, 99)}ms   ${rng.int(10, 60)}.${rng.int(10, 99)}ms ${rng.int(300, 900)}.00ms   ${rng.int(60, 90)}.${rng.int(10, 99)}%`,
    `    Req/Sec   ${rng.int(90, 300)}.${rng.int(10, 99)}     ${rng.int(10, 60)}.${rng.int(10, 99)}   ${rng.int(300, 400)}.00     ${rng.int(60, 80)}.${rng.int(10, 99)}%`,
    `  ${rng.int(9000, 30000)} requests in 30.0${rng.int(1, 9)}s, ${rng.int(10, 90)}.${rng.int(10, 99)}MB read`,
    `Requests/sec:    ${rng.int(300, 1000)}.${rng.int(10, 99)}`,
    `Transfer/sec:      ${rng.int(1, 4)}.${rng.int(10, 99)}MB`,
  ];
  const filler = (rng) => {
    const u = `https://portal.${SG}/${rng.pick(['', 'about', 'status', 'pricing'])}`;
    return { l: [`+ wrk -t4 -c64 -d30s ${u}`, ...report(rng, u)] };
  };
  const steps = [
    { raw: { l: ['+ set -euo pipefail', '+ cd /srv/bench'] }, after: 0 },
    plant(
      'negative',
      'wrk-git-commit-trace',
      'none',
      'The script records the commit under test (`+ COMMIT=<40 hex>`): no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: { l: ['++ git -C /srv/portal rev-parse HEAD', `+ COMMIT=${c}`] } };
      },
    ),
    plant(
      'framework-dump',
      'wrk-cat-bench-env',
      'error',
      'The script `cat`s its environment file before the runs, and prints the database URL of the test tenant with its password.',
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            l: [
              '+ cat bench.env',
              'BENCH_HOST=portal.severngorge.example',
              `BENCH_DB=postgres://bench:${pw}@db.${SG}:5432/portal_bench`,
              'BENCH_DURATION=30s',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'wrk-trace-authorization-bearer',
      'error',
      "wrk's `-H` with the API's bearer token (opaque), written out by the shell's trace.",
      ({ rng }) => {
        const tk = `sgcc_${rng.alnum(40)}`;
        const u = `https://api.${SG}/v1/tenants`;
        return { value: tk, event: { l: [`+ wrk -t4 -c64 -d30s -H 'Authorization: Bearer ${tk}' ${u}`, ...report(rng, u)] } };
      },
    ),
    1,
    plant(
      'api-key-name',
      'wrk-running-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The status endpoint is benchmarked with the key in its query; wrk's \`Running 30s test @\` line repeats the URL, and the script passes it through \`$URL\` so the trace does not.`,
      ({ rng }) => {
        const k = rng.hex(32);
        const u = `https://api.${SG}/v1/status?api_key=${k}`;
        return { value: k, event: { l: ['+ wrk -t4 -c64 -d30s "$URL"', ...report(rng, u)] } };
      },
    ),
    1,
    plant(
      'refresh-token',
      'wrk-trace-export-refresh-body',
      'error',
      `${WHY.refresh} The token-endpoint run builds its POST body in a variable, and the trace writes the assignment with the refresh token.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { l: [`+ export 'WRK_BODY=grant_type=refresh_token&client_id=bench&refresh_token=${rt}'`] } };
      },
    ),
    plant(
      'negative',
      'wrk-x-request-id-header',
      'none',
      'A fixed `X-Request-Id` (a UUID) the script sends so the runs can be found in the proxy logs: no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        const u = `https://api.${SG}/oauth/token`;
        return { value: id, event: { l: [`+ wrk -t4 -c64 -d30s -s post-body.lua -H 'X-Request-Id: ${id}' ${u}`, ...report(rng, u)] } };
      },
    ),
    1,
    plant(
      'encoded',
      'wrk-url-state-base64-json-api-key',
      'error',
      "A run against the sign-in redirect passes a `state` that is base64 of JSON, and inside it the partner's `api_key`; the trace and wrk's `Running` line both write the URL.",
      ({ rng }) => {
        const st = b64Of(JSON.stringify({ return: '/dashboard', partner: 'telford', api_key: rng.hex(32) }));
        const u = `https://portal.${SG}/signin?state=${st}`;
        return { value: st, event: { l: [`+ wrk -t4 -c64 -d30s '${u}'`, ...report(rng, u)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 20 * HOUR, site: { host: 'wrk' }, filler, render, steps });
}

// =====================================================================================================================
// Udruga «Jeiăn» (Istro-Romanian; Žejane and Šušnjevica, Istria: CET, UTC+1 in December)
// =====================================================================================================================

const IR = 'jeian.example';

// ---------------------------------------------------------------------------------------------------------------------
// hanko.log: `docker logs` of a Hanko 1.x backend behind the shop (dućan), Echo's request logger as JSON, one a line:
// `time` (RFC 3339 with nanoseconds, +01:00), `id`, `remote_ip`, `host`, `method`, `uri`, `user_agent`, `status`,
// `error`, `latency`, `latency_human`, `bytes_in`, `bytes_out`. From memory (Echo's default logger format; not fetched).

function hankoLog(rng) {
  const tm = (t) => `${local(t, CET).slice(0, 23)}${digits(rng, 6)}+01:00`;
  const req = (rng, t, { method = 'GET', uri, status = 200, error = '', id = '' }) => {
    const lat = rng.int(300000, 90000000);
    return {
      l: [
        JSON.stringify({
          time: tm(t),
          id,
          remote_ip: publicIp(rng),
          host: `login.${IR}`,
          method,
          uri,
          user_agent: rng.pick(BROWSERS),
          status,
          error,
          latency: lat,
          latency_human: `${(lat / 1e6).toFixed(6)}ms`,
          bytes_in: method === 'POST' ? rng.int(40, 900) : 0,
          bytes_out: rng.int(20, 3000),
        }),
      ],
    };
  };
  const filler = (rng, t) =>
    req(
      rng,
      t,
      rng.pick([
        { uri: '/.well-known/config' },
        { uri: '/.well-known/jwks.json' },
        { method: 'POST', uri: '/webauthn/login/initialize' },
        { method: 'POST', uri: '/webauthn/login/finalize' },
        { uri: '/me' },
        { method: 'POST', uri: '/passcode/login/initialize' },
      ]),
    );
  const steps = [
    3,
    plant(
      'encoded',
      'hanko-thirdparty-auth-redirect-to-percent-encoded-tajna',
      'error',
      'The shop starts a Google sign-in with `redirect_to` set to the basket page it came from, percent-encoded in the query, and that address holds the basket\'s `tajna` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: req(rng, t, {
            uri: `/thirdparty/auth?provider=google&redirect_to=${pct(`https://ducan.${IR}/kosarica?tajna=${s}`)}`,
            status: 307,
          }),
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'hanko-thirdparty-callback-google-code',
      'warning',
      `${WHY.code} Google returns to Hanko's \`/thirdparty/callback\` with its \`4/0A…\` code, and the request logger writes the URI.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: req(rng, t, {
            uri: `/thirdparty/callback?state=${rng.b64url(43)}&code=${code}&scope=email+profile+openid+https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=none`,
            status: 307,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'hanko-callback-error-state-only',
      'none',
      'A sign-in the visitor cancelled returns only `error=access_denied` and the `state` (an anti-forgery value of the request): no credential.',
      ({ rng, t }) => {
        const st = rng.b64url(43);
        return { value: st, event: req(rng, t, { uri: `/thirdparty/callback?error=access_denied&state=${st}`, status: 307 }) };
      },
    ),
    2,
    plant(
      'id-token',
      'hanko-thirdparty-callback-id-token-query',
      'error',
      "A second provider, set up with `response_type=id_token` and `response_mode=query`, returns its ID token in the callback's query; Hanko rejects it for want of a code, and the logger writes the URI with the token, live at the line's time (+01:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: {
            iss: `https://sso.turizam-istra.example`,
            aud: 'hanko-jeian',
            sub: rng.uuid(),
            email: `gost${rng.int(10, 99)}@mail.example`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: req(rng, t, {
            uri: `/thirdparty/callback?id_token=${token}&state=${rng.b64url(43)}`,
            status: 400,
            error: 'code=400, message=missing code',
          }),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'hanko-redirect-to-not-allowed-dilit-link',
      'error',
      WHY.pathSecret(
        'A visitor signs in from a shared gift basket (`/dilit/<token>`, "share"); the address is not among the allowed redirects, and the error and the URI both hold it',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(24);
        const u = `https://ducan.${IR}/dilit/${tok}`;
        return {
          value: tok,
          event: req(rng, t, {
            uri: `/thirdparty/auth?provider=google&redirect_to=${pct(u)}`,
            status: 400,
            error: `code=400, message=redirect to '${u}' not allowed`,
          }),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'hanko-redirect-to-vede-embed-jwt',
      'error',
      'The shop\'s embedded order view (`/vede/<JWT>`, "see") is passed as `redirect_to`, percent-encoded, with a one-day token with a jti, live at the line\'s time (+01:00)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(60, 3000),
          jti: true,
          claims: { narudzba: rng.int(1000, 1999), sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: req(rng, t, {
            uri: `/thirdparty/auth?provider=google&redirect_to=${pct(`https://ducan.${IR}/vede/${token}`)}`,
            status: 307,
          }),
        };
      },
    ),
    2,
    plant('negative', 'hanko-request-id-uuid', 'none', 'The request id the proxy sets (`id`, a UUID): no credential.', ({ rng, t }) => {
      const id = rng.uuid();
      return {
        value: id,
        event: req(rng, t, {
          method: 'POST',
          uri: '/passcode/login/finalize',
          id,
          status: 401,
          error: 'code=401, message=passcode invalid',
        }),
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_IR + 8 * HOUR, site: { host: 'hanko' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ns-run-android.log: NativeScript 8's CLI, `ns run android` of the visitors' app, its output saved with `tee`: the CLI's
// progress lines and the app's console as `CONSOLE LOG:`/`CONSOLE WARN:`/`CONSOLE ERROR:`, objects printed on several
// lines as JSON. No time on the lines. From memory (not fetched).

function nativescriptLog(rng) {
  const obj = (label, o) => `CONSOLE LOG: ${label} ${JSON.stringify(o, null, 2)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [`CONSOLE LOG: ${rng.int(2, 30)} cåse ši ${rng.int(2, 9)} fešte`] }),
      () => ({
        l: [
          'Restarting application on device emulator-5554...',
          'Successfully synced application org.jeian.turist on device emulator-5554.',
        ],
      }),
      () => ({
        l: [
          `File change detected. Starting incremental webpack compilation...`,
          `webpack compiled successfully in ${rng.int(300, 2000)} ms`,
        ],
      }),
      () => ({ l: [`CONSOLE WARN: Slika ${rng.int(1, 40)}.jpg: HTTP 404`] }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          'Searching for devices...',
          'Preparing project...',
          'Project successfully prepared (android)',
          'Building project...',
          'Gradle build...',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'nativescript-gradle-signing-sha1',
      'none',
      "Gradle's debug keystore certificate fingerprint (`SHA1: <20 colon-separated bytes>`), printed by the build: the fingerprint of a public certificate, no credential.",
      ({ rng }) => {
        const fp = Array.from({ length: 20 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: {
            l: ['Variant: debug', 'Config: debug', 'Store: /home/marija/.android/debug.keystore', 'Alias: AndroidDebugKey', `SHA1: ${fp}`],
          },
        };
      },
    ),
    {
      raw: {
        l: [
          'Project successfully built.',
          'Installing on device emulator-5554...',
          "Successfully installed on device with identifier 'emulator-5554'.",
          'Successfully synced application org.jeian.turist on device emulator-5554.',
          'CONSOLE LOG: Bur venit în Jeiăn!',
        ],
      },
    },
    2,
    plant(
      'framework-dump',
      'nativescript-app-settings-dump-lozinka',
      'error',
      'The app prints its settings at start, a multi-line object whose `lozinka` ("password") is the shared account for the guesthouse calendar.',
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            l: [
              obj('Postavke:', {
                jezik: 'vlaski',
                kalendar: `https://kalendar.${IR}/dav/`,
                korisnik: 'casa-ana',
                lozinka: pw,
                offline: true,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'nativescript-fetch-url-kljuc-api',
      'error',
      `${WHY.apiKey('kljuc_api')} ("the API's key") The app logs the address it fetches the events from, the key in its query.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return { value: k, event: { l: [`CONSOLE LOG: GET https://api.${IR}/v1/feste?sat=jeian&kljuc_api=${k}`] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'nativescript-http-request-headers-object',
      'error',
      "The app prints the options of an `Http.request` before sending it, `headers.Authorization` with the opaque bearer token of the shop's API.",
      ({ rng }) => {
        const tk = rng.b64url(48);
        return {
          value: tk,
          event: {
            l: [
              obj('Http.request', {
                url: `https://api.${IR}/v1/narudzbe`,
                method: 'GET',
                headers: { Accept: 'application/json', Authorization: `Bearer ${tk}` },
                timeout: 10000,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'nativescript-handleopenurl-deep-link-fragment',
      'error',
      'The app returns from the browser sign-in through its own scheme, and `handleOpenURL` logs the deep link, the `#access_token=…` of the implicit grant in it.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            l: [`CONSOLE LOG: handleOpenURL jeian://prijava#access_token=${at}&token_type=bearer&expires_in=3600&state=${rng.alnum(16)}`],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'nativescript-device-uuid',
      'none',
      "The device's id NativeScript reports (`Device.uuid`, 16 hex digits on Android): no credential.",
      ({ rng }) => {
        const id = rng.hex(16);
        return { value: id, event: { l: [`CONSOLE LOG: Uredjaj: ${id} (Android 15, sdk 35)`] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'nativescript-auth-state-refresh-token',
      'error',
      `${WHY.refresh} The sign-in library's state is printed as an object after a renewal, \`refreshToken\` in it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            l: [obj('Sesija je nova:', { userId: rng.uuid(), expiresIn: 3600, refreshToken: rt, scope: 'openid profile narudzbe' })],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IR + 11 * HOUR, site: { host: 'nativescript' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// label-studio.log: Label Studio 1.x (Django) annotating recordings of Istro-Romanian speakers:
// `[<asctime>] [<logger>::<function>::<line>] [<LEVEL>] <message>`, local time (CET) without zone, `django.server`'s
// request lines in quotes. From memory (not fetched).

function labelStudioLog(rng) {
  const at = (t) => `[${commaMs(t, CET)}]`;
  const srv = (rng, t, m, path, status = 200) =>
    `${at(t)} [django.server::log_message::213] [INFO] "${m} ${path} HTTP/1.1" ${status} ${rng.int(100, 90000)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [srv(rng, t, 'GET', `/api/projects/3/next?inclusion=${rng.int(1, 9)}`)] }),
      () => ({ l: [srv(rng, t, 'POST', `/api/tasks/${rng.int(100, 900)}/annotations/`, 201)] }),
      () => ({ l: [srv(rng, t, 'GET', `/api/tasks/${rng.int(100, 900)}/`)] }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'labelstudio-invite-link-signup-token',
      'error',
      WHY.pathSecret("The organisation's invite link (`/user/signup/?token=…`) for a new transcriber, written by the request line"),
      ({ rng, t }) => {
        const tok = rng.hex(32);
        return { value: tok, event: { l: [srv(rng, t, 'GET', `/user/signup/?token=${tok}`)] } };
      },
    ),
    2,
    plant(
      'encoded',
      'labelstudio-presign-fileuri-base64-tajna',
      'error',
      "Label Studio's proxy for a task's audio (`/tasks/<id>/presign/?fileuri=`) takes the file's address in base64; decoded, it is the archive's link with its `tajna` (\"secret\").",
      ({ rng, t }) => {
        const f = b64Of(`https://arhiv.${IR}/snimke/zejane-${rng.int(10, 99)}.wav?tajna=${rng.alnum(32)}`);
        return { value: f, event: { l: [srv(rng, t, 'GET', `/tasks/${rng.int(100, 900)}/presign/?fileuri=${f}`, 303)] } };
      },
    ),
    2,
    plant(
      'negative',
      'labelstudio-upload-file-prefix',
      'none',
      'Label Studio names an uploaded file with a random 8-hex prefix (`/data/upload/3/<prefix>-…`): no credential.',
      ({ rng, t }) => {
        const p = rng.hex(8);
        return { value: `${p}-susnjevica`, event: { l: [srv(rng, t, 'GET', `/data/upload/3/${p}-susnjevica-07.wav`)] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'labelstudio-ml-backend-url-kljuc',
      'error',
      `${WHY.apiKey('kljuc')} ("key") The speech recognition backend is connected with its key in the URL, and the failed health check quotes it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            l: [
              `${at(t)} [ml.api_connector::_request::180] [ERROR] Error in ML backend request: HTTPConnectionPool(host='asr.${IR}', port=9090): Max retries exceeded with url: /health?kljuc=${k} (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'labelstudio-export-headers-dict-token',
      'error',
      "A script's export fails, and the server's error prints the request headers as a Python dict, `Authorization: Token <40 hex>` (Label Studio's API token) in it.",
      ({ rng, t }) => {
        const tk = rng.hex(40);
        return {
          value: tk,
          event: {
            l: [
              `${at(t)} [core.utils.common::custom_exception_handler::95] [ERROR] Export failed for project 3, headers={'Host': 'ls.${IR}', 'User-Agent': 'python-requests/2.32.5', 'Authorization': 'Token ${tk}', 'Accept': '*/*'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'labelstudio-meta-http-cookie-sessionid',
      'error',
      WHY.session("A server error report prints the request's META, `HTTP_COOKIE` with Django's `sessionid`"),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          event: {
            l: [
              `${at(t)} [core.utils.common::custom_exception_handler::95] [ERROR] 500 on /api/projects/3/export, META={'HTTP_COOKIE': 'sessionid=${s}', 'REMOTE_ADDR': '10.0.5.12', 'REQUEST_METHOD': 'GET'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'labelstudio-import-file-md5',
      'none',
      'An imported transcription file named by its MD5 in the import log (32 hex digits): a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            l: [`${at(t)} [data_import.functions::async_import_background::78] [INFO] Imported 24 tasks from ${h}.json into project 3`],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_IR + 9 * HOUR, site: { host: 'label-studio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// blagajna-http.log: the till (blagajna) of the shop, a Delphi 12 app whose Indy TIdHTTP writes through a TIdLogFile:
// `Stat Connected.`, `Sent <dd.mm.yyyy hh:nn:ss>: <request>` and `Recv <…>: <response>` with CR LF written as `<EOL>`,
// `Stat Disconnected.`; local time (CET) without zone. From memory (not fetched).

function indyLog(rng) {
  const d = (t) => {
    const s = local(t, CET);
    return `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)} ${s.slice(11, 19)}`;
  };
  const HOSTS = `api.${IR}`;
  const ex = (t, sent, recv) => [
    'Stat Connected.',
    `Sent ${d(t)}: ${sent.join('<EOL>')}<EOL><EOL>`,
    `Recv ${d(t + 300)}: ${recv.join('<EOL>')}`,
    'Stat Disconnected.',
  ];
  const UA = 'Mozilla/3.0 (compatible; Indy Library)';
  const filler = (rng, t) => ({
    l: ex(
      t,
      [`GET /v1/tecaj HTTP/1.1`, `Host: ${HOSTS}`, 'Accept: application/json', `User-Agent: ${UA}`],
      [
        'HTTP/1.1 200 OK',
        'Content-Type: application/json',
        `Content-Length: ${rng.int(40, 200)}`,
        '',
        `{"EUR":1,"azurirano":"${ymdHmsAt(t, CET)}"}`,
      ],
    ),
  });
  const steps = [
    2,
    plant(
      'header-dump',
      'indy-sent-authorization-basic',
      'error',
      "Indy's log of the till's request writes the headers it sent, `Authorization: Basic` with the till's user and password in base64.",
      ({ rng, t }) => {
        const b = b64Of(`blagajna1:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            l: ex(
              t,
              [
                'GET /v1/roba?sklad=zejane HTTP/1.1',
                `Host: ${HOSTS}`,
                'Accept: application/json',
                `Authorization: Basic ${b}`,
                `User-Agent: ${UA}`,
              ],
              ['HTTP/1.1 200 OK', 'Content-Type: application/json', `Content-Length: ${rng.int(400, 9000)}`],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'indy-recv-set-cookie-sesija',
      'error',
      WHY.session('The shop server answers the till\'s login with `Set-Cookie: SESIJA=…` ("session"), written in the `Recv` line'),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            l: ex(
              t,
              [
                'POST /v1/prijava HTTP/1.1',
                `Host: ${HOSTS}`,
                'Content-Type: application/x-www-form-urlencoded',
                'Content-Length: 41',
                `User-Agent: ${UA}`,
              ],
              ['HTTP/1.1 204 No Content', `Set-Cookie: SESIJA=${s}; Path=/; HttpOnly; Secure`, 'Content-Length: 0'],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'indy-fiscal-zki',
      'none',
      "The receipt's ZKI (zaštitni kod izdavatelja, 32 hex digits) the till sends to the fiscalisation service: a code printed on every receipt to check it, no credential.",
      ({ rng, t }) => {
        const zki = rng.hex(32);
        return {
          value: zki,
          event: {
            l: ex(
              t,
              [
                'POST /v1/fiskal HTTP/1.1',
                `Host: ${HOSTS}`,
                'Content-Type: application/json',
                `User-Agent: ${UA}`,
                '',
                `{"racun":"${rng.int(100, 999)}/ZEJ1/1","iznos":"18.50","zki":"${zki}"}`,
              ],
              ['HTTP/1.1 201 Created', 'Content-Type: application/json', '', `{"jir":"${rng.uuid()}"}`],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'indy-sent-query-kljuc',
      'error',
      `${WHY.apiKey('kljuc')} ("key") The till asks the cheese maker's stock service with the key in the query of the request line.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            l: ex(
              t,
              [`GET /zaliha?proizvod=branza-kozja&kljuc=${k} HTTP/1.1`, 'Host: sir-susnjevica.example', `User-Agent: ${UA}`],
              ['HTTP/1.1 200 OK', 'Content-Type: text/plain', '', '14'],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'indy-recv-location-dilit',
      'error',
      WHY.pathSecret(
        'Creating a gift voucher answers `201` with a `Location` of its share page (`/dilit/<token>`), written in the `Recv` line',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(24);
        return {
          value: tok,
          event: {
            l: ex(
              t,
              [
                'POST /v1/poklon HTTP/1.1',
                `Host: ${HOSTS}`,
                'Content-Type: application/json',
                `User-Agent: ${UA}`,
                '',
                '{"iznos":"30.00"}',
              ],
              ['HTTP/1.1 201 Created', `Location: https://ducan.${IR}/dilit/${tok}`, 'Content-Length: 0'],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'indy-sent-body-refresh-token',
      'error',
      `${WHY.refresh} The till renews its access with a form POST, and Indy writes the body after the headers.`,
      ({ rng, t }) => {
        const rt = rng.b64url(72);
        return {
          value: rt,
          event: {
            l: ex(
              t,
              [
                'POST /oauth/token HTTP/1.1',
                `Host: login.${IR}`,
                'Content-Type: application/x-www-form-urlencoded',
                `User-Agent: ${UA}`,
                '',
                `grant_type=refresh_token&client_id=blagajna&refresh_token=${rt}`,
              ],
              ['HTTP/1.1 400 Bad Request', 'Content-Type: application/json', '', '{"error":"invalid_grant"}'],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'indy-recv-location-access-token-fragment',
      'error',
      "The card terminal vendor's sign-in answers with a redirect whose `Location` carries `#access_token=…` (implicit grant); Indy writes it in the `Recv` line.",
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: {
            l: ex(
              t,
              [
                'GET /authorize?response_type=token&client_id=zej-blagajna&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2F HTTP/1.1',
                'Host: auth.terminal-vendor.example',
                `User-Agent: ${UA}`,
              ],
              [
                'HTTP/1.1 302 Found',
                `Location: http://127.0.0.1:8765/#access_token=${a}&token_type=Bearer&expires_in=7200`,
                'Content-Length: 0',
              ],
            ),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'indy-recv-etag',
      'none',
      "A response's `ETag` (a quoted hash of the price list): a cache validator, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(32);
        return {
          value: e,
          event: {
            l: ex(
              t,
              ['GET /v1/cjenik HTTP/1.1', `Host: ${HOSTS}`, `User-Agent: ${UA}`],
              ['HTTP/1.1 200 OK', `ETag: "${e}"`, 'Content-Type: application/json'],
            ),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_IR + 7 * HOUR, site: { host: 'indy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kopija-snimke.log: the nightly backup of the recordings (snimke) to Storj, a bash script under `set -x` appending its
// output: `uplink cp` progress, `uplink share --url` with its restriction table, serialized access, gateway credentials
// and browser URL. No time on the lines. From memory (not fetched).

function storjLog(rng) {
  const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
  const filler = (rng) => {
    const f = `zejane-${rng.int(10, 99)}.wav`;
    const mb = `${rng.int(10, 90)}.${rng.int(10, 99)}`;
    return {
      l: [
        `+ uplink cp snimke/${f} sj://arhiv/snimke/2027-12/${f}`,
        `upload snimke/${f} to sj://arhiv/snimke/2027-12/${f}`,
        `${mb} MiB / ${mb} MiB [====================] 100.00% ${rng.int(2, 9)}.${rng.int(10, 99)} MiB/s`,
      ],
    };
  };
  const steps = [
    { raw: { l: ['+ set -euo pipefail', '+ cd /srv/arhiv'] }, after: 0 },
    plant(
      'negative',
      'storj-sha256sum-archive',
      'none',
      "The script's `sha256sum` of the month's archive: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { l: ['+ sha256sum snimke-2027-12.tar', `${h}  snimke-2027-12.tar`] } };
      },
    ),
    4,
    plant(
      'negative',
      'storj-satellite-node-id',
      'none',
      "The satellite's node id (`<base58>@eu1.storj.io:7777`), which every client of the satellite knows: a public address, no credential.",
      ({ rng }) => {
        const id = `12${rng.chars(B58, 48)}`;
        return {
          value: id,
          event: {
            l: [
              '+ uplink share --readonly --not-after=+720h --url --register sj://arhiv/snimke/2027-12/',
              `Sharing access to satellite ${id}@eu1.storj.io:7777`,
            ],
          },
        };
      },
    ),
    {
      category: 'encoded',
      kind: 'storj-uplink-share-serialized-access',
      expect: 'error',
      why: '',
      make: ({ rng }) => {
        const grant = `1${rng.chars(B58, 340)}`;
        const akid = `j${rng.chars(B32, 27)}`;
        const sk = `j${rng.chars(B32, 52)}`;
        return {
          marks: [
            {
              value: grant,
              why: '`uplink share` prints the serialized access grant (base58 of the API key, the path restrictions and the encryption key): whoever has it reads the shared recordings until it expires (thirty days).',
            },
            {
              category: 'path-secret',
              kind: 'storj-linkshare-access-key-id',
              value: akid,
              why: WHY.pathSecret(
                "`--register` registers the grant with Storj's gateway, and its access key id is both printed as `Access Key ID` and the first segment of the public link (`link.storjshare.io/s/<access key id>/…`); the table and the URL line hold it",
              ),
            },
            {
              category: 'api-key-name',
              kind: 'storj-gateway-secret-key',
              value: sk,
              why: `${WHY.apiKey('Secret Key')} The gateway's S3 secret key for the registered access, printed beside its key id.`,
            },
          ],
          event: {
            l: [
              '=========== ACCESS RESTRICTIONS ==========================================================',
              'Download  : Allowed',
              'Upload    : Disallowed',
              'Lists     : Allowed',
              'Deletes   : Disallowed',
              'NotBefore : No restriction',
              'NotAfter  : 2028-01-13 03:10:44',
              'Paths     : sj://arhiv/snimke/2027-12/ (entire prefix)',
              '=========== SERIALIZED ACCESS WITH THE ABOVE RESTRICTIONS TO SHARE WITH OTHERS ===========',
              `Access    : ${grant}`,
              '========== GATEWAY CREDENTIALS ===========================================================',
              `Access Key ID: ${akid}`,
              `Secret Key   : ${sk}`,
              'Endpoint     : https://gateway.storjshare.io',
              'Public Access:  true',
              '=========== BROWSER URL ==================================================================',
              "REMINDER  : Object key must end in '/' when trying to share a prefix",
              `URL       : https://link.storjshare.io/s/${akid}/arhiv/snimke/2027-12/`,
            ],
          },
        };
      },
    },
    plant(
      'webhook',
      'storj-ntfy-topic-post',
      'error',
      WHY.webhook(
        'The script tells the archivist the backup is done through an ntfy topic whose name is its only secret (`ntfy.sh/<topic>`), and the trace writes the curl',
      ),
      ({ rng }) => {
        const topic = `jeian-kopija-${rng.alnum(20)}`;
        return {
          value: topic,
          event: { l: [`+ curl -fsS -o /dev/null -d 'Copija de snimke je gata (2027-12)' https://ntfy.sh/${topic}`, '+ exit 0'] },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_IR + 2 * HOUR, site: { host: 'storj' }, filler, render, steps });
}

// =====================================================================================================================
// Qafar Gaala Kooperatiif (Afar; Asayita and Semera, Afar Region: EAT, UTC+3 all year)
// =====================================================================================================================

const QG = 'qafargaala.example';

// ---------------------------------------------------------------------------------------------------------------------
// reamaze-messages.jsonl: Re:amaze conversation messages read from its API (`/api/v1/messages`), one a line: `body`,
// `created_at` (UTC), `visibility` (0 public, 1 internal note), `origin_id`, `user` (name, email), `conversation` (slug,
// subject, category). From memory (not fetched).

function reamazeLog(rng) {
  const msg = (rng, t, slug, body, { note = false, user } = {}) => ({
    l: [
      JSON.stringify({
        body,
        created_at: `${iso(t).slice(0, 23)}Z`,
        visibility: note ? 1 : 0,
        origin_id: null,
        user: user ?? {
          name: rng.pick(['Cali Macammad', 'Fatuma Cabdu', 'Yaasin Acmad']),
          email: `macmiil${rng.int(10, 99)}@mail.example`,
        },
        conversation: { slug, subject: 'Gaala caano', category: { name: 'Dukaan', slug: 'dukaan' } },
      }),
    ],
  });
  const AG = { name: 'Kadiija Cali', email: `kadiija@${QG}` };
  const slug = () => `gaala-caano-${rng.int(100, 999)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => msg(rng, t, slug(), 'Assalaamu calaykum. Gaala caano dalab.'),
      () => msg(rng, t, slug(), 'Nagay. Dalab meqe.', { user: AG }),
      () => msg(rng, t, slug(), 'Kaxxa meqe!'),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'reamaze-customer-pastes-callback-code',
      'warning',
      `${WHY.code} A customer pastes the shop's sign-in callback address with its code and state into a message.`,
      ({ rng, t }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: msg(rng, t, slug(), `Dukaan ma culta: https://dukaan.${QG}/auth/callback?code=${code}&state=${rng.b64url(22)}`),
        };
      },
    ),
    2,
    plant(
      'negative',
      'reamaze-telebirr-transaction-reference',
      'none',
      'A customer quotes the telebirr transaction number (10 capitals and digits) of his payment: a reference, no credential.',
      ({ rng, t }) => {
        const ref = upperNum(rng, 10);
        return { value: ref, event: msg(rng, t, slug(), `telebirr: ${ref}`) };
      },
    ),
    2,
    plant(
      'id-token',
      'reamaze-agent-note-id-token-query',
      'error',
      "An agent's internal note reproduces a sign-in error with the address the identity provider returned to, an `id_token` in its query, an hour's token live at the note's `created_at` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(20, 300),
          claims: { iss: `https://id.${QG}`, aud: 'dukaan-web', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, slug(), `Culma: https://dukaan.${QG}/auth/oidc?id_token=${token}&state=${rng.b64url(22)}`, {
            note: true,
            user: AG,
          }),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'reamaze-customer-access-token-fragment',
      'error',
      'A customer pastes the page her phone landed on after signing in, `#access_token=…` in its fragment.',
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: msg(rng, t, slug(), `Dukaan: https://dukaan.${QG}/#access_token=${a}&token_type=Bearer&expires_in=3600`),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'reamaze-note-embed-jwt-short-no-jti',
      'warning',
      "An agent's note links the order tracking embed (`/embed/<JWT>`), a five-minute token without a jti, live at the note's `created_at` (UTC): short-lived but reusable until it expires",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(10, 60),
          claims: { order: rng.int(5000, 5999), sub: 'dukaan' },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, slug(), `Dalab: https://dukaan.${QG}/embed/${token}`, { note: true, user: AG }),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'reamaze-agent-reply-invoice-link',
      'error',
      WHY.pathSecret('An agent sends a customer the link to her invoice (`/faktuura/<token>`, a private link)'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: msg(rng, t, slug(), `Nagay. Faktuura: https://dukaan.${QG}/faktuura/${tok}`, { user: AG }) };
      },
    ),
    2,
    plant(
      'negative',
      'reamaze-masked-phone',
      'none',
      "A customer's phone number as the shop's confirmation mail masks it (`+251 9** *** <3 digits>`): a mask, no credential.",
      ({ rng, t }) => {
        const m = `+251 9** *** ${digits(rng, 3)}`;
        return { value: m, event: msg(rng, t, slug(), `Telefoon: ${m}`) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AA + 6 * HOUR, site: { host: 'reamaze' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// surreal.log: a SurrealDB 2.x server of the herd registry (gaala diiwaan) at `--log debug`, tracing's format:
// `<RFC 3339 UTC> <LEVEL> <target>: <message>`, the HTTP layer's spans with their fields, `Executing:` lines with the
// statement. From memory (not fetched).

function surrealLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const exe = (t, q) => `${ts(t)} DEBUG surrealdb_core::kvs::ds: Executing: ${q}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ l: [exe(t, `SELECT * FROM gaala WHERE baaxo = 'asayita' LIMIT ${rng.int(10, 50)};`)] }),
      () => ({ l: [exe(t, `UPDATE gaala:${lowerNum(rng, 20)} SET caano_litir = ${rng.int(2, 9)}.${rng.int(0, 9)};`)] }),
      () => ({
        l: [
          `${ts(t)}  INFO surreal::net::tracer: finished processing request otel.kind="server" http.request.method="POST" url.path="/sql" http.response.status_code=200 http.latency.ms=${rng.int(1, 90)}`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          `${ts(DAY_AA + 4 * HOUR)}  INFO surreal::env: Running 2.1.4 for linux on x86_64`,
          `${ts(DAY_AA + 4 * HOUR)}  INFO surreal::dbs: ✅🔒 Authentication is enabled 🔒✅`,
          `${ts(DAY_AA + 4 * HOUR)}  INFO surrealdb::net: Started web server on 0.0.0.0:8000`,
        ],
      },
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'surreal-executing-define-user-password',
      'error',
      "The setup script defines the application's database user, and the `Executing:` line writes the statement with its `PASSWORD`.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return { value: pw, event: { l: [exe(t, `DEFINE USER IF NOT EXISTS diiwaan ON DATABASE PASSWORD '${pw}' ROLES EDITOR;`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'surreal-define-access-public-key',
      'none',
      "`DEFINE ACCESS … WITH JWT ALGORITHM RS256 KEY '<public key>'`: the identity provider's public key, which verifies tokens and signs nothing.",
      ({ rng, t }) => {
        const pk = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 300)}IDAQAB`;
        return {
          value: pk.slice(40, 100),
          event: {
            l: [
              exe(
                t,
                `DEFINE ACCESS IF NOT EXISTS dukaan ON DATABASE TYPE RECORD WITH JWT ALGORITHM RS256 KEY '-----BEGIN PUBLIC KEY-----\\n${pk}\\n-----END PUBLIC KEY-----' DURATION FOR SESSION 12h;`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'surreal-request-span-authorization-bearer-jwt',
      'error',
      "The HTTP layer's span of a `/sql` request records its headers, `Authorization: Bearer <JWT>` (a SurrealDB record-access token, twelve hours, no jti) among them, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 12 * 3600,
          age: rng.int(60, 3000),
          claims: { iss: 'SurrealDB', NS: 'qafar', DB: 'diiwaan', AC: 'dukaan', ID: `macmiil:${lowerNum(rng, 20)}` },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [
              `${ts(t)} DEBUG request{otel.kind="server" http.request.method="POST" url.path="/sql" http.request.header.authorization="Bearer ${token}" http.request.header.surreal_ns="qafar" http.request.header.surreal_db="diiwaan"}: surreal::net::tracer: started processing request`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'surreal-executing-http-get-miftaac',
      'error',
      `${WHY.apiKey('miftaac')} ("key", from Arabic) A stored function fetches the market prices with \`http::get\`, and the statement holds the key in its URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: {
            l: [
              exe(
                t,
                `LET $qiimo = http::get('https://suuq.${QG}/api/qiimo?baaxo=semera&miftaac=${k}'); UPSERT suuq:semera SET qiimo = $qiimo;`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'surreal-executing-update-refresh-token',
      'error',
      `${WHY.refresh} The shop stores a customer's token after sign-in, and the \`Executing:\` line writes the \`UPDATE\` with it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(80);
        return {
          value: rt,
          event: { l: [exe(t, `UPDATE macmiil:${lowerNum(rng, 20)} SET refresh_token = '${rt}', updated = time::now();`)] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'surreal-record-id',
      'none',
      'A record id SurrealDB generated (`gaala:<20 letters and digits>`): a key of the table, no credential.',
      ({ rng, t }) => {
        const id = lowerNum(rng, 20);
        return { value: id, event: { l: [exe(t, `CREATE gaala:${id} SET migaq = 'Bakaaro', baaxo = 'asayita', dalte = d'2027-11-02';`)] } };
      },
    ),
    2,
    plant(
      'id-token',
      'surreal-executing-fn-login-id-token',
      'error',
      "The sign-in function is called with the identity provider's ID token as a literal, and `Executing:` writes it, an hour's token live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 60),
          claims: { iss: `https://id.${QG}`, aud: 'diiwaan', sub: rng.uuid(), phone_number_verified: true },
        });
        return { value: token, jwt: facts, event: { l: [exe(t, `RETURN fn::culma('${token}');`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AA + 5 * HOUR, site: { host: 'surrealdb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// commcare-device-logs.csv: the device logs of the field workers' CommCare phones exported from CommCare HQ's Device Log
// report as CSV: `Log Date` (UTC), `Log Type`, `Username`, `Device ID`, `App Version`, `Message`. From memory (not fetched).

function commcareLog(rng) {
  const PH = { cali: `358${digits(rng, 12)}`, fatuma: `358${digits(rng, 12)}`, yaasin: `358${digits(rng, 12)}` };
  const csv = (v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const row = (t, type, user, msg) => ({
    l: [[`${iso(t).slice(0, 23)}Z`, type, `${user}@qafar-gaala.commcarehq.org`, PH[user], '2.56.1 (build 61842)', msg].map(csv).join(',')],
  });
  const W = ['cali', 'fatuma', 'yaasin'];
  const filler = (rng, t) =>
    rng.pick([
      () => row(t, 'form-submission', rng.pick(W), `Form submitted: Gaala caano (${rng.int(2, 9)} litir)`),
      () => row(t, 'sync', rng.pick(W), `Sync successful, ${rng.int(0, 40)} cases`),
      () => row(t, 'user', rng.pick(W), 'Login: offline'),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'commcare-lookup-request-miftaac',
      'error',
      `${WHY.apiKey('miftaac')} ("key") A form's lookup of a herd's vaccinations fails, and the app logs the URL it requested, key in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: row(
            t,
            'warning-network',
            'fatuma',
            `Request failed (HTTP 503): https://diiwaan.${QG}/api/dawa?gaala=${lowerNum(rng, 20)}&miftaac=${k}`,
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'commcare-form-instance-id',
      'none',
      "A submitted form's `instanceID` (`uuid:<UUID>`): an identifier, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return { value: u, event: row(t, 'form-submission', 'cali', `Form uuid:${u} sent to server, response 201`) };
      },
    ),
    2,
    plant(
      'replay',
      'commcare-vet-visit-tikeeti-first',
      'note',
      WHY.ticketFirst(
        "A one-time ticket for the veterinary visit booking (`tikeeti`), opened by a field worker's phone and accepted (200). The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(24);
        firstUse.tikeeti = t;
        return { value: tk, event: row(t, 'webview', 'cali', `Opened https://diiwaan.${QG}/baytari/ayro?tikeeti=${tk} (HTTP 200)`) };
      },
      { ref: 'tikeeti' },
    ),
    2,
    plant(
      'replay',
      'commcare-vet-visit-tikeeti-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tikeeti').value,
            why: `${WHY.replay('tikeeti', gap('tikeeti', t))} Another field worker's phone opened the same ticket and the registry accepted it again (200).`,
          },
        ],
        event: row(t, 'webview', 'yaasin', `Opened https://diiwaan.${QG}/baytari/ayro?tikeeti=${refs.get('tikeeti').value} (HTTP 200)`),
      }),
      { replayOf: 'tikeeti', after: 241 },
    ),
    2,
    plant(
      'session-id',
      'commcare-webview-cookie-sessionid',
      'error',
      WHY.session("The app's web view logs the cookie it sends to CommCare HQ's web reports, Django's `sessionid`"),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          event: row(t, 'webview', 'fatuma', `Cookie for www.commcarehq.org: sessionid=${s}; csrftoken=${rng.alnum(32)}`),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'commcare-webview-embed-jwt-dashboard',
      'error',
      "The app's web view opens the herd dashboard embed (`/embed/<JWT>`), an eight-hour token without a jti, live at the row's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 8 * 3600,
          age: rng.int(60, 3000),
          claims: { resource: { dashboard: 4 }, params: { baaxo: 'asayita' } },
        });
        return { value: token, jwt: facts, event: row(t, 'webview', 'yaasin', `Opened https://tableau.${QG}/embed/${token} (HTTP 200)`) };
      },
    ),
    2,
    plant(
      'webhook',
      'commcare-form-forwarding-webhook-path',
      'error',
      WHY.webhook(
        'A repeater of the project forwards the forms to an automation webhook (`hook.eu2.make.com/<32 characters>`), and a phone logs the address it was told to notify',
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 32);
        return { value: h, event: row(t, 'warning-network', 'cali', `Notify failed: https://hook.eu2.make.com/${h} (timeout)`) };
      },
    ),
    2,
    plant(
      'negative',
      'commcare-case-id',
      'none',
      'A case id (a UUID) of a herd in a sync line: an identifier, no credential.',
      ({ rng, t }) => {
        const c = rng.uuid();
        return { value: c, event: row(t, 'case', 'yaasin', `Case ${c} updated: gaala ${rng.int(2, 30)}`) };
      },
    ),
    1,
  ];
  return buildLog(rng, {
    start: DAY_AA + 5 * HOUR,
    site: { host: 'commcare' },
    filler,
    render,
    steps,
    header: ['Log Date,Log Type,Username,Device ID,App Version,Message'],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// CCProxy.log: the office's CCProxy 8 web log: `<yyyy-mm-dd hh:mm:ss> <client ip> <user> <method> <url>`, local time
// (EAT) without zone. CCProxy does not open TLS, so only plain `http://` addresses are written in full; HTTPS shows as
// `CONNECT host:443`. From memory (not fetched).

function ccproxyLog(rng) {
  const ln = (t, ip, user, m, url) => ({ l: [`${ymdHmsAt(t, EAT)} ${ip} ${user} ${m} ${url}`] });
  const PCS = [
    ['192.168.10.21', 'kadiija'],
    ['192.168.10.22', 'cali'],
    ['192.168.10.35', 'casan'],
  ];
  const filler = (rng, t) => {
    const [ip, u] = rng.pick(PCS);
    return rng.pick([
      () => ln(t, ip, u, 'CONNECT', `${rng.pick(['www.google.com', 'mail.google.com', 'web.whatsapp.com', 'www.ethiotelecom.et'])}:443`),
      () => ln(t, ip, u, 'GET', `http://suuq.${QG}/qiimo?baaxo=${rng.pick(['semera', 'asayita', 'dubti'])}`),
    ])();
  };
  const steps = [
    3,
    plant(
      'session-id',
      'ccproxy-url-jsessionid',
      'error',
      WHY.session(
        "The co-operative's old accounting web app puts its Java session id in the URL (`;jsessionid=`), and the proxy writes the whole plain-HTTP address",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: ln(t, '192.168.10.21', 'kadiija', 'GET', `http://cisaab.${QG}:8080/cisaab/faktuura.do;jsessionid=${s}?ayro=2027-12-21`),
        };
      },
    ),
    2,
    plant(
      'negative',
      'ccproxy-css-cache-buster',
      'none',
      'A stylesheet fetched with a cache-busting hash (`?v=<hex>`): no credential.',
      ({ rng, t }) => {
        const v = rng.hex(20);
        return { value: v, event: ln(t, '192.168.10.22', 'cali', 'GET', `http://suuq.${QG}/static/suuq.css?v=${v}`) };
      },
    ),
    2,
    plant(
      'oauth-code',
      'ccproxy-plain-http-callback-code',
      'warning',
      `${WHY.code} A sign-in to the livestock market's plain-HTTP site returns through the proxy, which writes the callback with its code and state.`,
      ({ rng, t }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: ln(t, '192.168.10.35', 'casan', 'GET', `http://suuq.${QG}/culma/callback?code=${code}&state=${rng.alnum(16)}`),
        };
      },
    ),
    2,
    plant(
      'replay',
      'ccproxy-tikeeti-first',
      'note',
      WHY.ticketFirst(
        "A one-time download ticket for the monthly milk report (`tikeeti`), fetched over plain HTTP by the accountant's PC. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(24);
        firstUse.tikeeticc = t;
        return { value: tk, event: ln(t, '192.168.10.21', 'kadiija', 'GET', `http://cisaab.${QG}:8080/cisaab/ribort.do?tikeeti=${tk}`) };
      },
      { ref: 'tikeeticc' },
    ),
    2,
    plant(
      'replay',
      'ccproxy-tikeeti-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tikeeticc').value,
            why: `${WHY.replay('tikeeti', gap('tikeeticc', t))} Another office PC, behind the same proxy, fetched the report with the same ticket.`,
          },
        ],
        event: ln(t, '192.168.10.35', 'casan', 'GET', `http://cisaab.${QG}:8080/cisaab/ribort.do?tikeeti=${refs.get('tikeeticc').value}`),
      }),
      { replayOf: 'tikeeticc', after: 318 },
    ),
    2,
    plant(
      'api-key-name',
      'ccproxy-url-miftaac',
      'error',
      `${WHY.apiKey('miftaac')} ("key") A desktop tool polls the market prices over plain HTTP with the key in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, event: ln(t, '192.168.10.22', 'cali', 'GET', `http://suuq.${QG}/api/qiimo.json?baaxo=dubti&miftaac=${k}`) };
      },
    ),
    2,
    plant('negative', 'ccproxy-fbclid', 'none', "An ad click's `fbclid` on a news site: a tracking id, no credential.", ({ rng, t }) => {
      const f = `IwAR${rng.b64url(56)}`;
      return { value: f, event: ln(t, '192.168.10.35', 'casan', 'GET', `http://www.afar-news.example/2027/12/gaala-suuq?fbclid=${f}`) };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_AA + 5 * HOUR, site: { host: 'ccproxy' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout127');
writePart(join(here, 'heldout127'), {
  'management-server.log': cloudstackLog(rng),
  '2027-12-07T060002.418330.snakemake.log': snakemakeLog(rng),
  'reviewboard.log': reviewboardLog(rng),
  'groove-messages.jsonl': grooveLog(rng),
  'wrk-portal-bench.log': wrkLog(rng),
  'hanko.log': hankoLog(rng),
  'ns-run-android.log': nativescriptLog(rng),
  'label-studio.log': labelStudioLog(rng),
  'blagajna-http.log': indyLog(rng),
  'kopija-snimke.log': storjLog(rng),
  'reamaze-messages.jsonl': reamazeLog(rng),
  'surreal.log': surrealLog(rng),
  'commcare-device-logs.csv': commcareLog(rng),
  'CCProxy.log': ccproxyLog(rng),
});
