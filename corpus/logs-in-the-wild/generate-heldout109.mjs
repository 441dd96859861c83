// Writes corpus/logs-in-the-wild/heldout109/: a hundred-and-ninth held-out part, in formats no other part uses (a
// Spinnaker Orca service log, a Detox 20 JSON log of an Android e2e run, a Cherokee web server's combined access log, a
// JDownloader 2 log, Claws Mail's `--debug` output, osTicket's `ost_syslog` table dumped with `mysql -B`, a MantisBT
// log file, a Grandstream GXP2170 phone's syslog, `minikube logs`, the Yaak API client's log, a Sakai LMS
// `catalina.out`, a 3CX phone system's service log, DirectAdmin's `error.log`, a LogRocket session's events exported
// as JSON lines), with credentials planted in places heldout89 and heldout90 do not list and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout109.mjs     rewrites heldout109/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Harbourside Documentary Collective of Bristol, a film co-operative with a screening site, a
// screenings app, a deploy pipeline, an office mail client and a download machine for rushes (English, five logs); the
// ГӀалгӀай гӀалаш ("Ingush towers") tourism cooperative of Dzheyrakh (Ingushetia), with a support desk, a bug tracker
// for its booking app, office phones, a developer's cluster and API client (Ingush in Cyrillic with the palochka `Ӏ`
// where the apps show text, romanized in routes, parameter, cookie and key names, five logs); Qırımtatar Medeniyet
// Merkezi, a Crimean Tatar cultural centre of Medgidia (Mecidiye, Dobruja, Romania) with an online school, a phone
// system, web hosting and a dictionary app (Crimean Tatar in its Latin alphabet, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'okhttp/5.3.2', 'Go-http-client/2.0', 'python-requests/2.32.5', 'yaak/2025.10.1'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Bristol in December (GMT, UTC+0), Ingushetia (MSK, UTC+3 all year), Dobruja in December (EET, UTC+2). */
const GMT = 0;
const MSK = 180;
const EET = 120;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_IN = Date.UTC(2027, 11, 14, 0, 0, 0);
const DAY_CT = Date.UTC(2027, 11, 15, 0, 0, 0);

/** `hh:mm:ss.mmm` of `t` at `offset`. */
const msAt = (t, offset) => local(t, offset).slice(20, 23);
/** A file's events are rendered by the step that made them: `out` holds the lines. */
const render = (e) => e.out;
/** A MAC address of a vendor's prefix. */
const mac = (rng, oui) => `${oui}${rng.hex(6)}`.toUpperCase();
/** A Google-style refresh token, an Entra code or token, a 64-hex GitLab code. */
const googleRefresh = (rng) => `1//03${rng.b64url(99)}`;
const entra = (rng, n) => `${rng.pick(['0', '1'])}.A${rng.b64url(n)}`;

// =====================================================================================================================
// Harbourside Documentary Collective (English; Bristol: GMT, UTC+0 in December)
// =====================================================================================================================

const HS = 'harbourside.example';

// ---------------------------------------------------------------------------------------------------------------------
// orca.log: Spinnaker's Orca (the orchestration service) deploying the screening site, in the Spring Boot layout
// Spinnaker's services log with: `yyyy-MM-dd HH:mm:ss.SSS  LEVEL PID --- [thread] logger : [user] message`, local time
// (GMT) without zone. From memory (not fetched): the layout, the `[user]` MDC field, the task class names
// (`CreateWebhookTask`, `MonitorWebhookTask`, `RunTaskHandler`) and the `Execution`/`Stage` ids as ULIDs.

function orcaLog(rng) {
  const user = 'ellen@harbourside.example';
  const line = (t, level, thread, logger, msg) =>
    `${ymdHmsAt(t, GMT)}.${msAt(t, GMT)} ${level.padStart(5)} 1 --- [${thread.slice(-15).padStart(15)}] ${logger.slice(-40).padEnd(40)} : [${user}] ${msg}`;
  const ULID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const ulid = () => `01J${rng.chars(ULID, 23)}`;
  const exec = ulid();
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          line(
            t,
            'INFO',
            `handlers-${rng.int(1, 20)}`,
            'c.n.s.orca.q.handler.RunTaskHandler',
            `Task ${rng.pick(['monitorDeploy', 'waitForUpInstances', 'forceCacheRefresh', 'checkPreconditions'])} for Stage ${ulid()} of Execution ${exec} is RUNNING`,
          ),
        ],
      }),
      () => ({
        out: [
          line(
            t,
            'INFO',
            `QueueProcessor-${rng.int(1, 8)}`,
            'c.n.s.orca.q.audit.ExecutionTrackingMessageHandlerPostProcessor',
            `Received message RunTask(executionType=PIPELINE, executionId=${exec}, application=screenings, stageId=${ulid()})`,
          ),
        ],
      }),
      () => ({
        out: [
          line(
            t,
            'DEBUG',
            `handlers-${rng.int(1, 20)}`,
            'c.n.s.orca.clouddriver.tasks.servergroup.WaitForUpInstancesTask',
            `Instances up: ${rng.int(0, 3)}/3 for screenings-web-v0${rng.int(40, 49)}`,
          ),
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        out: [line(DAY_EN + 10 * HOUR, 'INFO', 'main', 'c.n.s.orca.Main', 'Started Main in 21.873 seconds (process running for 24.112)')],
      },
      after: 0,
    },
    {
      raw: {
        out: [
          line(DAY_EN + 10 * HOUR + 9000, 'INFO', 'main', 'c.n.s.orca.q.QueueProcessor', 'Starting queue processor with 8 handler threads'),
        ],
      },
    },
    plant(
      'negative',
      'orca-execution-ulid',
      'none',
      'The pipeline execution id Orca writes on every line of a run (a ULID, 26 characters of Crockford base32): an identifier, no credential.',
      ({ t }) => ({
        value: exec,
        needle: `Starting Execution ${exec}`,
        event: {
          out: [
            line(
              t,
              'INFO',
              'handlers-3',
              'c.n.s.orca.q.handler.StartExecutionHandler',
              `Starting Execution ${exec} (pipeline "deploy screenings-web", trigger: docker)`,
            ),
          ],
        },
      }),
    ),
    5,
    plant(
      'framework-dump',
      'orca-stage-context-java-map-db-password',
      'error',
      "A custom stage's DEBUG line prints its evaluated context, a Java `Map` in `toString()` form (`{key=value, …}`), and the SpEL expression `${#secret('screenings-db')}` has already been replaced by the database password.",
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            out: [
              line(
                t,
                'DEBUG',
                'handlers-7',
                'c.n.s.orca.pipeline.expressions.PipelineExpressionEvaluator',
                `Evaluated stage context for runMigrations: {account=prod, cluster=screenings-web, dbHost=db.${HS}, dbUser=screenings, dbPassword=${pw}, image=screenings-migrate:4.12.0}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'orca-monitor-webhook-status-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} A webhook stage polls the status page's deploy API with the key in the status URL, and MonitorWebhookTask writes the URL when the poll fails.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              line(
                t,
                'WARN',
                'handlers-12',
                'c.n.s.orca.webhook.tasks.MonitorWebhookTask',
                `Error getting webhook status from https://status.${HS}/api/v1/deploys/${rng.int(200, 400)}?apikey=${key} (retry 2/10): 503 Service Unavailable`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'negative',
      'orca-docker-trigger-image-digest',
      'none',
      "The docker trigger's image digest (`sha256:` and 64 hex digits): a content hash of a public image manifest, no credential.",
      ({ rng, t }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            out: [
              line(
                t,
                'INFO',
                'handlers-1',
                'c.n.s.orca.pipeline.util.ArtifactUtils',
                `Resolved expected artifact docker/image ghcr.io/harbourside/screenings-web@sha256:${d}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'orca-http-artifact-wetransfer-download',
      'error',
      WHY.pathSecret(
        'A WeTransfer download link (`/downloads/<transfer id>/<security hash>`) given as an HTTP artifact of the pipeline, which Orca writes when the fetch fails',
      ),
      ({ rng, t }) => {
        const id = `${rng.hex(32)}20271213${digits(rng, 6)}`;
        const h = rng.hex(6);
        return {
          value: `${id}/${h}`,
          event: {
            out: [
              line(
                t,
                'ERROR',
                'handlers-4',
                'c.n.s.orca.clouddriver.tasks.artifacts.FindArtifactFromExecutionTask',
                `Failed to fetch artifact http/file https://wetransfer.com/downloads/${id}/${h}: 410 Gone`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'refresh-token',
      'orca-plugin-java-tostring-dropbox-refresh',
      'error',
      `${WHY.refresh} A stage plugin that uploads the festival screener logs its configuration object through its generated \`toString()\`, refresh token included (\`refreshToken=…\`, Dropbox's offline token).`,
      ({ rng, t }) => {
        const rt = rng.alnum(64);
        return {
          value: rt,
          event: {
            out: [
              line(
                t,
                'INFO',
                'handlers-9',
                'o.harbourside.spinnaker.dropbox.DropboxUploadTask',
                `Uploading with DropboxUploadConfig{appKey=${lowerNum(rng, 15)}, folder=/Festivals/2028, refreshToken=${rt}, chunkSizeMb=8}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'orca-create-webhook-teams-incoming',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<user>`) set as a webhook stage's URL, which CreateWebhookTask writes before it posts",
      ),
      ({ rng, t }) => {
        const k = rng.hex(32);
        const u = rng.uuid();
        return {
          value: `${k}/${u}`,
          event: {
            out: [
              line(
                t,
                'INFO',
                'handlers-15',
                'c.n.s.orca.webhook.tasks.CreateWebhookTask',
                `Sending webhook POST https://harbourside.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${k}/${u} (statusUrlResolution=getMethod)`,
              ),
            ],
          },
        };
      },
    ),
    7,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'orca' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// detox_pid_4211.json.log: Detox 20 running the screenings app's e2e tests on an Android emulator in CI, its JSON log
// (one bunyan-style object a line: `name`, `hostname`, `pid`, `cat`, `level`, `msg`, `time` in UTC, `v`), with the
// `child-process` entries of the adb commands it runs (`am start -W -a android.intent.action.VIEW -d <url>` for
// `device.openURL`, `am instrument … -e <launch arg> <value>`). From memory (not fetched): the field set and the
// category names.

function detoxLog(rng) {
  const PKG = 'org.harbourside.screenings';
  const E = 'emulator-5554';
  const j = (t, cat, level, msg, extra = {}) =>
    JSON.stringify({ name: 'detox', hostname: 'ci-linux-07', pid: 4211, cat, level, msg, ...extra, time: iso(t), v: 0 });
  const TESTS = ['Screenings list shows this week', 'Booking a seat', 'Film page plays the trailer', 'Membership card renders'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: [j(t, 'lifecycle,jest-environment', 30, `${rng.pick(TESTS)} [OK]`)] }),
      () => ({ out: [j(t, 'ws-client,ws', 20, 'send', { data: { type: 'waitForIdle', messageId: rng.int(10, 400) } })] }),
      () => ({
        out: [
          j(
            t,
            'child-process,child-process-exec',
            20,
            `"/opt/android-sdk/platform-tools/adb" -s ${E} shell dumpsys window windows | grep mCurrentFocus`,
          ),
        ],
      }),
    ])();
  const steps = [
    { raw: { out: [j(DAY_EN + 7 * HOUR, 'lifecycle', 30, 'detox[4211] B jest --config e2e/jest.config.js')] }, after: 0 },
    plant(
      'framework-dump',
      'detox-resolved-config-build-store-password',
      'error',
      "Detox writes its resolved configuration at the start of a run; the app's build command in `.detoxrc.js` passes the upload keystore's password to Gradle (`-Pandroid.injected.signing.store.password=…`).",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              j(t, 'config', 20, 'resolved configuration', {
                data: {
                  configurationName: 'android.emu.release',
                  apps: {
                    default: {
                      type: 'android.apk',
                      binaryPath: 'android/app/build/outputs/apk/release/app-release.apk',
                      build: `cd android && ./gradlew assembleRelease assembleAndroidTest -DtestBuildType=release -Pandroid.injected.signing.store.file=upload.jks -Pandroid.injected.signing.store.password=${pw} -Pandroid.injected.signing.key.alias=upload`,
                    },
                  },
                  device: { type: 'android.emulator', device: { avdName: 'Pixel_7_API_35' } },
                },
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'detox-apksigner-certificate-sha256',
      'none',
      "`apksigner verify --print-certs` in a CI step prints the signing certificate's SHA-256 digest: a fingerprint of a public certificate, no credential.",
      ({ rng, t }) => {
        const d = rng.hex(64);
        return { value: d, event: { out: [j(t, 'child-process,child-process-exec', 20, `Signer #1 certificate SHA-256 digest: ${d}`)] } };
      },
    ),
    plant(
      'api-key-name',
      'detox-am-instrument-launch-arg-api-key',
      'error',
      `${WHY.apiKey('screeningsApiKey')} Detox passes launch arguments to the instrumentation as \`-e <name> <value>\` extras, and writes the \`am instrument\` command it runs.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            out: [
              j(
                t,
                'child-process,child-process-spawn',
                20,
                `"/opt/android-sdk/platform-tools/adb" -s ${E} shell am instrument -w -r -e detoxServer ws://localhost:8099 -e detoxSessionId ${rng.uuid()} -e screeningsApiKey ${key} -e debug false ${PKG}.test/androidx.test.runner.AndroidJUnitRunner`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'path-secret',
      'detox-openurl-magic-link-am-start',
      'error',
      WHY.pathSecret(
        "A passwordless sign-in link (`/magic/<token>`, an App Link) a test opens with `device.openURL`; Detox writes the call's arguments, and again the `am start … -d <url>` command that delivers it",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        const url = `https://${HS}/magic/${tok}`;
        return {
          value: tok,
          event: {
            out: [
              j(t, 'device', 30, 'openURL', { args: [{ url }] }),
              j(
                t + 4,
                'child-process,child-process-exec',
                20,
                `"/opt/android-sdk/platform-tools/adb" -s ${E} shell am start -W -a android.intent.action.VIEW -d "${url}" ${PKG}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'detox-openurl-scheme-id-token',
      'error',
      "The sign-in test opens the app's return address with an `id_token` the test fetched from the staging identity provider; `device.openURL`'s arguments are logged in a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 40),
          claims: {
            iss: `https://id.${HS}/`,
            aud: 'screenings-app',
            sub: rng.uuid(),
            email: 'e2e-member@harbourside.example',
            nonce: rng.b64url(16),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              j(t, 'device', 30, 'openURL', { args: [{ url: `harbourside://auth/return?id_token=${token}&state=${rng.b64url(16)}` }] }),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'implicit-fragment',
      'detox-launchapp-url-access-token-fragment',
      'error',
      "`device.launchApp({ newInstance: true, url })` starts the app from a deep link carrying the identity provider's implicit response (`#access_token=…`); Detox writes the launch parameters.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            out: [
              j(t, 'device', 30, 'launchApp', {
                args: [{ newInstance: true, url: `harbourside://auth/return#access_token=${at}&token_type=Bearer&expires_in=3600` }],
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'detox-bundle-md5',
      'none',
      "The JS bundle's MD5, as the release build's check writes it: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            out: [
              j(t, 'child-process,child-process-exec', 20, `${h}  android/app/build/generated/assets/react/release/index.android.bundle`),
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'detox' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cherokee-access.log: the screening site's Cherokee 1.2 web server (a `combined` logger), which also proxies the box
// office, a Tomcat app: `host - - [dd/Mon/yyyy:HH:MM:SS +0000] "METHOD target HTTP/1.1" status bytes "referer" "agent"`.
// From memory (Cherokee's logger options `combined`, `ncsa` and `custom` remembered, not fetched).

function cherokeeLog(rng) {
  const PAGES = ['/', '/screenings', '/films/the-tide-mill', '/films/severn-bore', '/about', '/membership', '/css/site.css', '/js/site.js'];
  const row = (e, path, status = 200, ref = '-', ip = e.ip, ua = e.ua) =>
    `${ip} - - [${clf(e.t, GMT)}] "${e.method} ${path} HTTP/1.1" ${status} ${e.bytes} "${ref}" "${ua}"`;
  const filler = (rng, t) => ({
    out: [
      row(
        { ...baseRequest(rng, t, {}), t },
        rng.pick(PAGES),
        rng.pick([200, 200, 200, 304]),
        rng.pick(['-', `https://${HS}/`, 'https://www.google.com/']),
      ),
    ],
  });
  const ev = (rng, t) => ({ ...baseRequest(rng, t, {}), t });
  const steps = [
    11,
    plant(
      'negative',
      'cherokee-fbclid',
      'none',
      "Facebook's click identifier (`fbclid`) on a shared film page: an advertising click id, no credential.",
      ({ rng, t }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}_aem_${rng.b64url(22)}`;
        return { value: f, event: { out: [row(ev(rng, t), `/films/severn-bore?fbclid=${f}`, 200, 'https://l.facebook.com/')] } };
      },
    ),
    7,
    plant(
      'oauth-code',
      'cherokee-microsoft-account-callback-code',
      'warning',
      `${WHY.code} Here a Microsoft account's code (\`M.C5…\`) in the request line of the members' area's sign-in callback.`,
      ({ rng, t }) => {
        const code = `M.C5${rng.int(10, 59)}_BAY.2.U.${rng.uuid()}`;
        return {
          value: code,
          event: {
            out: [
              row(
                { ...ev(rng, t), status: 302 },
                `/members/auth/microsoft/callback?code=${code}&state=${rng.b64url(32)}`,
                302,
                'https://login.live.com/',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'cherokee-proxied-tomcat-jsessionid-path',
      'error',
      WHY.session(
        'The box office, a Tomcat app behind Cherokee, rewrites its links with the session in the path (`;jsessionid=<32 hex>`) for a browser that refused cookies, and the request line carries it',
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            out: [
              row(ev(rng, t), `/boxoffice/seats.jsp;jsessionid=${sid}?screening=${rng.int(900, 999)}`, 200, `https://${HS}/boxoffice/`),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'path-secret',
      'cherokee-referer-vimeo-unlisted-hash',
      'error',
      WHY.pathSecret(
        'A private (unlisted) Vimeo review link (`vimeo.com/<id>/<10 hex>`): the hash after the video id is what lets anyone watch the unreleased cut; a juror clicked through to the site and the Referer keeps the link',
      ),
      ({ rng, t }) => {
        const h = rng.hex(10);
        const id = rng.int(890000000, 990000000);
        return { value: `${id}/${h}`, event: { out: [row(ev(rng, t), '/films/the-tide-mill', 200, `https://vimeo.com/${id}/${h}`)] } };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'cherokee-embed-screening-jwt-7d-jti',
      'error',
      "A partner cinema's page embeds the screening widget (`/embed/screening/<JWT>`), which requests its frame with the token in the path, logged with the server's offset (+0000)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: HS, partner: 'the-watershed-example', screenings: [rng.int(900, 999)] },
        });
        return {
          value: token,
          jwt: facts,
          event: { out: [row(ev(rng, t), `/embed/screening/${token}`, 200, 'https://cinema-partner.example/whats-on')] },
        };
      },
    ),
    7,
    plant(
      'api-key-name',
      'cherokee-partner-key-feed',
      'error',
      `${WHY.apiKey('partner_key')} A listings aggregator pulls the screenings feed with its key in the query.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              row(
                { ...ev(rng, t), ua: 'ListingsBot/3.2 (+https://listings.example/bot)' },
                `/api/screenings.json?from=2027-12-13&partner_key=${k}`,
                200,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'cherokee-ws-ticket-first',
      'note',
      WHY.ticketFirst(
        'The live Q&A chat opens a WebSocket with a single-use `ws_ticket` in the query (101), written in the request line. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.ws_ticket = t;
        return { value: tk, event: { out: [row({ ...ev(rng, t), ip: '203.0.113.77' }, `/qa/socket?ws_ticket=${tk}`, 101)] } };
      },
      { ref: 'ws_ticket' },
    ),
    3,
    plant(
      'replay',
      'cherokee-ws-ticket-again',
      'replay',
      '',
      ({ refs, rng, t }) => ({
        marks: [
          {
            value: refs.get('ws_ticket').value,
            why: `${WHY.replay('ws_ticket', gap('ws_ticket', t))} Another address with another browser opened the same Q&A socket with the ticket, and the server switched protocols again (101).`,
          },
        ],
        event: {
          out: [row({ ...ev(rng, t), ip: '198.51.100.23', ua: BROWSERS[3] }, `/qa/socket?ws_ticket=${refs.get('ws_ticket').value}`, 101)],
        },
      }),
      { replayOf: 'ws_ticket', after: 71 },
    ),
    5,
    plant(
      'negative',
      'cherokee-cache-buster-hash',
      'none',
      'A stylesheet requested with its content hash as a cache buster (`?v=<8 hex>`): a version, no credential.',
      ({ rng, t }) => {
        const v = rng.hex(8);
        return {
          value: v,
          needle: `site.css?v=${v}`,
          event: { out: [row(ev(rng, t), `/css/site.css?v=${v}`, 200, `https://${HS}/screenings`)] },
        };
      },
    ),
    5,
    plant(
      'replay',
      'cherokee-presskit-ticket-once',
      'note',
      WHY.ticketFirst(
        "A press kit downloaded through a single-use link from the press office's email (`/press/download?ticket=…`), written in the request line. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(24);
        return { value: tk, event: { out: [row(ev(rng, t), `/press/download?ticket=${tk}&file=tide-mill-presskit.zip`, 200)] } };
      },
    ),
    7,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: HS }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jdownloader-rushes.log: JDownloader 2 on the edit suite, fetching rushes and reference clips; its per-session log
// lines (`--ID:<thread>TS:<epoch ms>-<M/d/yy h:mm:ss a> - [<class(method)>] -> <message>`) with jd.http.Browser's
// request blocks (`----------------Request Information-------------`, `----------------Request-------------------------`,
// the request's headers, `----------------Response Information------------`) on further lines. From memory (not
// fetched): the prefix and the block rules.

function jdownloaderLog(rng) {
  const pre = (t, id, where, msg) => {
    const d = new Date(t + GMT * MIN);
    const h = d.getUTCHours() % 12 || 12;
    return `--ID:${id}TS:${t}-${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${h}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'} - [${where}] -> ${msg}`;
  };
  const block = (url, headers, status = 'HTTP/1.1 200 OK') => {
    const u = new URL(url);
    return [
      '----------------Request Information-------------',
      `URL: ${url}`,
      `Host: ${u.host}`,
      'Connection-Time: keep-Alive',
      '----------------Request-------------------------',
      `GET ${u.pathname}${u.search} HTTP/1.1`,
      `Host: ${u.host}`,
      'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Accept-Language: en-GB,en;q=0.9',
      ...headers,
      '',
      '----------------Response Information------------',
      status,
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          pre(
            t,
            rng.int(40, 90),
            'org.jdownloader.controlling.DownloadLinkAggregator(update)',
            `Download progress: ${rng.int(1, 99)}% (${rng.int(2, 90)} MiB/s)`,
          ),
        ],
      }),
      () => ({ out: [pre(t, rng.int(40, 90), 'jd.controlling.reconnect.ipcheck.IPController(validate)', 'IP check: no change')] }),
      () => ({
        out: [
          pre(
            t,
            rng.int(40, 90),
            'org.jdownloader.extensions.extraction.ExtractionController(run)',
            `Extracted A${rng.int(1, 9)}_C00${rng.int(1, 9)}.MXF`,
          ),
        ],
      }),
    ])();
  const steps = [
    5,
    plant(
      'implicit-fragment',
      'jdownloader-clipboard-crawl-access-token-fragment',
      'error',
      'The clipboard observer picked up an address an editor copied from the browser after signing in to a footage library, with the implicit response still in it (`#access_token=…`), and the link crawler writes what it crawls.',
      ({ rng, t }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            out: [
              pre(
                t,
                31,
                'jd.controlling.linkcrawler.LinkCrawler(crawl)',
                `Crawling: https://library.footage-archive.example/account#access_token=${at}&token_type=bearer&expires_in=7200`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'jdownloader-request-block-xfss-cookie',
      'error',
      WHY.session(
        "A file host built on XFileSharing, where the collective has a premium account: JDownloader's request block writes the `Cookie` header with the login cookie `xfss`",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 32);
        const url = `https://filehost-pro.example/${lowerNum(rng, 12)}`;
        return {
          value: s,
          event: {
            out: [
              pre(t, 52, 'jd.http.Browser(openRequestConnection)', 'Request:'),
              ...block(url, [`Cookie: lang=english; login=harbourside; xfss=${s}`]),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'jdownloader-hoster-md5',
      'none',
      'The MD5 a file host publishes for a file, which JDownloader checks after the download: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { out: [pre(t, 52, 'org.jdownloader.plugins.HashCheckPluginProgress(run)', `Hash check OK: MD5 ${h} A3_C007.MXF`)] },
        };
      },
    ),
    plant(
      'path-secret',
      'jdownloader-direct-link-dl-token-path',
      'error',
      WHY.pathSecret(
        'The direct download link the host hands a premium account (`/d/<token>/<file>`), written by the plugin before it connects',
      ),
      ({ rng, t }) => {
        const tok = lowerNum(rng, 56);
        return {
          value: tok,
          event: {
            out: [
              pre(
                t,
                52,
                'jd.plugins.hoster.XFileSharingProBasic(handlePremium)',
                `Final downloadlink: https://s${rng.int(10, 40)}.filehost-pro.example/d/${tok}/A3_C008.MXF`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'api-key-name',
      'jdownloader-realdebrid-auth-token-query',
      'error',
      `${WHY.apiKey('auth_token')} A debrid service's REST API takes the account's private token in the query, and JDownloader's request block writes the URL and request line (the token is the account's API token, not a session).`,
      ({ rng, t }) => {
        const k = upperNum(rng, 52);
        const url = `https://api.real-debrid.com/rest/1.0/unrestrict/link?auth_token=${k}`;
        return {
          value: k,
          needle: `URL: ${url}`,
          event: { out: [pre(t, 60, 'jd.http.Browser(openRequestConnection)', 'Request:'), `URL: ${url}`] },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'jdownloader-request-block-webdav-basic',
      'error',
      'The folder watch fetches a list of links from the office NAS over WebDAV, and the request block writes the `Authorization: Basic` header (base64 of the NAS user and password).',
      ({ rng, t }) => {
        const b = b64Of(`edit-suite:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            out: [
              pre(t, 64, 'jd.http.Browser(openRequestConnection)', 'Request:'),
              ...block('https://nas.harbourside.example/dav/jd/links.txt', [`Authorization: Basic ${b}`]),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'jdownloader-crawl-embed-player-expired',
      'note',
      "A reference clip's embedded player (`/embed/v/<JWT>`) pasted into the link grabber two days after its token expired; the line's `TS:` is epoch milliseconds",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + rng.int(3600, 20000),
          claims: { iss: 'https://player.newsreel-archive.example', sub: `clip-${rng.int(10000, 99999)}`, scope: 'play' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              pre(
                t,
                31,
                'jd.controlling.linkcrawler.LinkCrawler(crawl)',
                `Crawling: https://player.newsreel-archive.example/embed/v/${token}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'jdownloader-link-uuid',
      'none',
      "The link collector's numeric id of a link (13 digits, a creation time in milliseconds plus a counter): an identifier, no credential.",
      ({ rng, t }) => {
        const id = `1${digits(rng, 12)}`;
        return {
          value: id,
          event: {
            out: [
              pre(t, 31, 'org.jdownloader.gui.views.linkgrabber.LinkGrabberTable(moveToDownloadList)', `Moved link ${id} to download list`),
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'jd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// claws-mail-debug.log: Claws Mail 4.3 started with `--debug` on the office PC and its stderr kept in a file: debug
// lines `<source>.c:<line>:<message>`, without time. From memory (not fetched): the `file:line:` prefix, the source
// file names (`oauth2.c`, `smtp.c`, `imap.c`, `pop.c`, `session.c`) and the messages.

function clawsLog(rng) {
  const d = (file, msg) => `${file}:${rng.int(80, 1900)}:${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [d('imap.c', `IMAP> ${rng.int(10, 400)} UID FETCH ${rng.int(1000, 9000)}:* (UID FLAGS)`)] }),
      () => ({ out: [d('folder.c', `Scanning folder INBOX/Festivals ...`)] }),
      () => ({ out: [d('procmsg.c', `procmsg_msginfo_free: ${rng.int(1, 40)} messages`)] }),
      () => ({ out: [d('imap.c', 'IMAP< * OK [CAPABILITY IMAP4rev1 IDLE NAMESPACE] Gimap ready')] }),
    ])();
  const steps = [
    {
      raw: { out: ['main.c:1120:Starting Claws Mail version 4.3.1', 'prefs_account.c:5220:account 2: auth method OAuth2 (Google)'] },
      after: 0,
    },
    5,
    plant(
      'oauth-code',
      'claws-oauth2-token-request-body-code',
      'warning',
      "A Google authorization code (`4/0A…`) pasted into the account's OAuth2 page, which `oauth2.c` writes in the body of the token request it sends: single-use and short-lived, but exchangeable by whoever reads it first (the client id and secret ship with Claws Mail); issue #14 grades it a warning.",
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            out: [
              d(
                'oauth2.c',
                `Sending token request: grant_type=authorization_code&code=${code}&redirect_uri=http%3A%2F%2F127.0.0.1%3A8888&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'claws-oauth2-refresh-token-stored',
      'error',
      `${WHY.refresh} \`oauth2.c\` writes the Google refresh token (\`1//03…\`) it stores in the account's settings.`,
      ({ rng }) => {
        const rt = googleRefresh(rng);
        return { value: rt, event: { out: [d('oauth2.c', `OAuth2 refresh token obtained, stored for account 2: ${rt}`)] } };
      },
    ),
    5,
    plant(
      'negative',
      'claws-pop3-pass-masked',
      'none',
      'The POP3 password of the festival submissions mailbox as Claws Mail writes it, replaced by asterisks (`PASS ********`): a mask, no credential.',
      () => ({ value: 'PASS ********', event: { out: [d('pop.c', 'POP> PASS ********')] } }),
    ),
    7,
    plant(
      'encoded',
      'claws-smtp-auth-plain-base64',
      'error',
      "The office's relay account sends with `AUTH PLAIN`, whose argument is base64 of `\\0user\\0password`; the debug output writes the command as sent, with the password in it once decoded.",
      ({ rng }) => {
        const b = Buffer.from(`\0office@harbourside.example\0${rng.alnum(16)}`).toString('base64');
        return { value: b, event: { out: [d('smtp.c', `SMTP> AUTH PLAIN ${b}`)] } };
      },
    ),
    5,
    plant(
      'negative',
      'claws-message-id',
      'none',
      "A sent message's `Message-ID` (a random local part at the sender's host): an identifier, no credential.",
      ({ rng }) => {
        const m = `${ymdHmsAt(DAY_EN, 0).replace(/\D/g, '')}.${rng.hex(12)}@harbourside.example`;
        return { value: m, event: { out: [d('compose.c', `Message-ID: <${m}>`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'claws' }, filler, render, steps });
}

// =====================================================================================================================
// ГӀалгӀай гӀалаш, a tourism cooperative of Dzheyrakh (Ingush; Ingushetia: MSK, UTC+3 all year)
// =====================================================================================================================

const GH = 'ghalash.example';

// ---------------------------------------------------------------------------------------------------------------------
// ost_syslog.tsv: osTicket 1.18's system log, the `ost_syslog` table dumped with `mysql -B -e 'SELECT log_id,
// log_type, title, log, logger, ip_address, created FROM ost_syslog …'`: a header row, then tab-separated rows, tabs
// and newlines in values escaped by mysql as `\t` and `\n`; `created` as stored (the database in UTC). From memory
// (not fetched): the table's columns and titles such as `DB Error #1205`, `Invalid CSRF Token __CSRFToken__`.

function osticketLog(rng) {
  let id = 4180;
  const row = (t, type, title, log, ip = publicIp(rng), logger = '') =>
    `${id++}\t${type}\t${title}\t${log}\t${logger}\t${ip}\t${ymdHmsAt(t, 0)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          row(
            t,
            'Warning',
            'Failed agent login attempt (ali.y)',
            `Username: ali.y IP: ${publicIp(rng)} Time: ${ymdHmsAt(t, MSK)} Attempts: ${rng.int(1, 3)}`,
          ),
        ],
      }),
      () => ({ out: [row(t, 'Debug', 'Cron Job', 'Fetched 0 emails from support@ghalash.example', '127.0.0.1', 'SYSTEM')] }),
      () => ({
        out: [
          row(
            t,
            'Warning',
            'Mailer Error',
            `Unable to email via SMTP:mail.${GH}:587 [support@${GH}]\\n\\nConnection timed out`,
            '127.0.0.1',
            'SYSTEM',
          ),
        ],
      }),
    ])();
  const steps = [
    { raw: { out: ['log_id\tlog_type\ttitle\tlog\tlogger\tip_address\tcreated'] }, after: 0 },
    7,
    plant(
      'negative',
      'osticket-invalid-csrf-token',
      'none',
      "osTicket's form token (`__CSRFToken__`, 40 hex digits) quoted when a booking form was posted from a stale page: an anti-forgery field, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            out: [row(t, 'Warning', 'Invalid CSRF Token __CSRFToken__', `Invalid CSRF token [${c}] on https://support.${GH}/open.php`)],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'osticket-db-error-update-config-api-dogha',
      'error',
      `${WHY.apiKey('api_dogha')} (\`догӀа\`, "key"). A plugin saving its settings hit a lock timeout, and osTicket's \`DB Error\` entry quotes the failed query with the SMS gateway's key.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              row(
                t,
                'Error',
                'DB Error #1205',
                `[UPDATE \`ost_config\` SET \`value\`='${k}', \`updated\`=NOW() WHERE \`namespace\`='plugin.7.instance.2' AND \`key\`='sms_api_dogha']\\n\\nLock wait timeout exceeded; try restarting transaction<br /> <br /> ---- Backtrace ----<br /> #0 (root)/include/mysqli.php(206): db_query()`,
                '127.0.0.1',
                'SYSTEM',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'osticket-oauth2-plugin-id-token-audience',
      'error',
      "The agents' sign-in through the cooperative's identity provider fails in osTicket's OAuth2 plugin, whose error quotes the `id_token` it could not validate (another client's audience); `created` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: {
            iss: `https://id.${GH}/realms/ghalash`,
            aud: 'bron-app',
            azp: 'bron-app',
            sub: rng.uuid(),
            preferred_username: 'madina.e',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              row(t, 'Error', 'OAuth2 Authentication Error', `Unable to validate id_token ${token}: audience mismatch (expected osticket)`),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'osticket-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<key>/`) a plugin posts new tickets to; the entry of a failed post quotes the URL',
      ),
      ({ rng, t }) => {
        const a = digits(rng, 8);
        const k = lowerNum(rng, 7);
        return {
          value: `${a}/${k}`,
          event: {
            out: [
              row(
                t,
                'Warning',
                'Webhook Error',
                `POST https://hooks.zapier.com/hooks/catch/${a}/${k}/ failed: HTTP 503 (ticket #${digits(rng, 6)})`,
                '127.0.0.1',
                'SYSTEM',
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'osticket-base64-query-dogha',
      'error',
      'The booking site hands the support form its context as base64 (`open.php?d=…`); decoded, the JSON holds the tower tour\'s partner key under `dogha` (`догӀа`, "key"). An access-denied entry quotes the URL.',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ ghala: 'Вовнушки', bron: rng.int(3000, 3999), dogha: rng.alnum(28) }));
        return {
          value: b,
          event: {
            out: [
              row(t, 'Warning', 'Access Denied', `Access denied to https://support.${GH}/open.php?topicId=4&d=${b} (banned email domain)`),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'osticket-email-message-id',
      'none',
      "An incoming email's `Message-ID` quoted by a parse warning: an identifier, no credential.",
      ({ rng, t }) => {
        const m = `CAF${rng.b64url(38)}@mail.gmail.com`;
        return {
          value: m,
          event: {
            out: [
              row(
                t,
                'Warning',
                'Email Parse Error',
                `Message <${m}> has an unknown charset x-mac-cyrillic; decoded as windows-1251`,
                '127.0.0.1',
                'SYSTEM',
              ),
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_IN + 6 * HOUR, site: { host: 'osticket' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mantisbt.log: MantisBT 2.27 with `$g_log_level` on and `$g_log_destination = 'file:/var/log/mantisbt/mantisbt.log'`:
// `<date in complete_date_format, 'Y-m-d H:i T'> <level> <caller> <message>`, the server's zone written (MSK). From
// memory (not fetched): the level names, the caller part and the plugins' messages.

function mantisLog(rng) {
  const L = (t, level, caller, msg) => `${local(t, MSK).slice(0, 10)} ${local(t, MSK).slice(11, 16)} MSK ${level} ${caller} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          L(
            t,
            'database',
            'core/database_api.php:309 db_query()',
            `${rng.int(1, 9)}.${rng.int(100, 999)}ms SELECT * FROM mantis_bug_table WHERE id=${rng.int(300, 600)}`,
          ),
        ],
      }),
      () => ({
        out: [
          L(
            t,
            'email',
            'core/email_api.php:1250 email_send()',
            `Sending email to ${rng.pick(['ahmed', 'zalina', 'magomed', 'liza'])}@${GH} (bug ${rng.int(300, 600)})`,
          ),
        ],
      }),
      () => ({ out: [L(t, 'ajax', 'api/rest/index.php:82', `GET /api/rest/issues?project_id=3&page=${rng.int(1, 5)}`)] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'mantisbt-form-security-token',
      'none',
      "MantisBT's form security token (`bug_update_token`, a random string checked against the session) in a logged form post: an anti-forgery field, no credential.",
      ({ rng, t }) => {
        const v = rng.b64url(32);
        return {
          value: v,
          event: {
            out: [L(t, 'filter', 'bug_update.php:64', `POST bug_update.php bug_id=${rng.int(300, 600)}&bug_update_token=${v}&status=80`)],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'mantisbt-oidc-plugin-expired-id-token',
      'note',
      "The single sign-on plugin rejects an `id_token` that had expired two days before (a bookmarked return address replayed by a browser) and writes it; the line's time carries its zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + rng.int(3600, 30000),
          claims: { iss: `https://id.${GH}/realms/ghalash`, aud: 'mantisbt', sub: rng.uuid(), name: 'Зелимхан' },
        });
        return {
          value: token,
          jwt: facts,
          event: { out: [L(t, 'plugin', 'plugins/OpenIDConnect/pages/callback.php:58', `id_token rejected (expired): ${token}`)] },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'mantisbt-email-body-seafile-share',
      'error',
      WHY.pathSecret(
        'A Seafile share link (`/d/<20 hex>/`) to the screenshots of a bug, in the body of a notification email the `email` level writes',
      ),
      ({ rng, t }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: {
            out: [
              L(
                t,
                'email',
                'core/email_api.php:1262 email_send()',
                `Body: Скриншоташ: https://files.${GH}/d/${tok}/ — бронь ${rng.int(3000, 3999)} кнопка болх ца бо`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'session-id',
      'mantisbt-ajax-cookie-string-cookie',
      'error',
      WHY.session(
        "MantisBT's login cookie (`MANTIS_STRING_COOKIE`, 64 characters: the user's cookie string, valid until the user changes the password) in a debug line a plugin writes with the request's `Cookie` header",
      ),
      ({ rng, t }) => {
        const c = rng.b64url(64);
        return {
          value: c,
          event: {
            out: [
              L(
                t,
                'plugin',
                'plugins/GhalaBron/GhalaBron.php:211',
                `ajax request cookie: MANTIS_PROJECT_COOKIE=3; MANTIS_STRING_COOKIE=${c}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'mantisbt-sms-gateway-dogha-query',
      'error',
      `${WHY.apiKey('dogha')} (\`догӀа\`, "key"). The booking plugin texts the guide on duty through an SMS gateway and writes the URL it calls.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            out: [
              L(
                t,
                'plugin',
                'plugins/GhalaBron/core/sms.php:40',
                `GET https://sms.gateway-ru.example/send?login=ghalash&dogha=${k}&to=7928${digits(rng, 7)}&text=%D0%93%D3%80%D0%B0%D0%BB%D0%B0%D1%82`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'mantisbt-google-chat-webhook',
      'error',
      WHY.webhook(
        "A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`; the `token` is the webhook's secret) the plugin posts new bugs to; a failed post is logged with the URL",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            out: [
              L(
                t,
                'plugin',
                'plugins/GhalaBron/core/chat.php:27',
                `POST https://chat.googleapis.com/v1/spaces/AAQA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok} -> 429`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'mantisbt-json-encode-escaped-slashes-dogha',
      'error',
      'A bug note saved through the REST API is logged as PHP\'s `json_encode` writes it (slashes escaped as `\\/`, Cyrillic as `\\u…`); inside, a reporter pasted the export URL with its `dogha` (`догӀа`, "key").',
      ({ rng, t }) => {
        const k = rng.alnum(30);
        return {
          value: k,
          event: {
            out: [
              L(
                t,
                'ajax',
                'api/rest/restcore/issues_rest.php:330',
                `POST issue note: {"text":"\\u042d\\u043a\\u0441\\u043f\\u043e\\u0440\\u0442 https:\\/\\/bron.${GH}\\/api\\/v1\\/eksport?dogha=${k} \\u0431\\u043e\\u043b\\u0445 \\u0446\\u0430 \\u0431\\u043e","view_state":{"name":"private"}}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'mantisbt-source-integration-commit',
      'none',
      'A commit the Source Integration plugin links to a bug (40 hex digits): a public hash, no credential.',
      ({ rng, t }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: { out: [L(t, 'plugin', 'plugins/Source/Source.API.php:712', `Changeset ${c} attached to bug ${rng.int(300, 600)}`)] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_IN + 5 * HOUR, site: { host: 'mantis' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gxp2170-syslog.log: the office's Grandstream GXP2170 desk phones sending syslog to the cooperative's server, written
// by rsyslog: `Mon dd HH:MM:SS <phone address> <prefix> [<MAC>][<firmware>] <module>: <message>`, local time (MSK)
// without zone. From memory (not fetched): the phone's message prefix and modules (`prov`, `sip`, `actionurl`,
// `phonebook`).

function grandstreamLog(rng) {
  const phones = [`192.168.40.${rng.int(10, 40)}`, `192.168.40.${rng.int(41, 80)}`];
  const MACS = [mac(rng, '000B82'), mac(rng, 'C074AD')];
  const sys = (t, n, module, msg) => {
    const d = new Date(t + MSK * MIN);
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, MSK).slice(11, 19)} ${phones[n]} GS_LOG: [${MACS[n].toLowerCase()}][1.0.11.74] ${module}: ${msg}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: [sys(t, rng.int(0, 1), 'sip', `REGISTER sip:pbx.${GH} 200 OK expires=3600`)] }),
      () => ({ out: [sys(t, rng.int(0, 1), 'sip', `INVITE from sip:+7928${digits(rng, 7)}@pbx.${GH} line 1`)] }),
      () => ({ out: [sys(t, rng.int(0, 1), 'ui', 'Idle screen: ГӀалгӀай гӀалаш')] }),
    ])();
  const steps = [
    5,
    plant(
      'path-secret',
      'grandstream-prov-token-path-config',
      'error',
      WHY.pathSecret(
        'The provisioning server gives each phone a config path with a secret folder (`/p/<token>/cfg<mac>.xml`, the SIP password inside); the phone writes the URL it downloads',
      ),
      ({ rng, t }) => {
        const tok = lowerNum(rng, 24);
        return {
          value: tok,
          event: { out: [sys(t, 0, 'prov', `Downloading config file from https://prov.${GH}/p/${tok}/cfg${MACS[0].toLowerCase()}.xml`)] },
        };
      },
    ),
    plant(
      'header-dump',
      'grandstream-prov-http-authorization-basic',
      'error',
      "With debug on, the phone's provisioning client writes the request headers it sends, with `Authorization: Basic` (base64 of the provisioning user and password shared by every phone).",
      ({ rng, t }) => {
        const b = b64Of(`gxp:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            out: [
              sys(
                t,
                0,
                'prov',
                `HTTP request header: Host: prov.${GH}\\r\\nUser-Agent: Grandstream Model HW GXP2170 SW 1.0.11.74 DevId ${MACS[0].toLowerCase()}\\r\\nAuthorization: Basic ${b}\\r\\n`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'grandstream-firmware-md5',
      'none',
      'The MD5 of the firmware image the phone checks before it upgrades: a checksum, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        return { value: h, event: { out: [sys(t, 1, 'upgrade', `gxp2170fw.bin md5 ${h} verified`)] } };
      },
    ),
    5,
    plant(
      'api-key-name',
      'grandstream-phonebook-xml-dogha',
      'error',
      `${WHY.apiKey('dogha')} (\`догӀа\`, "key"). The phone downloads the guides' phonebook from the booking system with the key in the URL and writes it.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: { out: [sys(t, 1, 'phonebook', `Download phonebook from https://bron.${GH}/api/telefonash.xml?dogha=${k} result 200`)] },
        };
      },
    ),
    7,
    plant(
      'webhook',
      'grandstream-action-url-home-assistant-webhook',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<id>`, the id is its only secret) set as the phone's Action URL for incoming calls, which lights the office lamp; the phone writes each call it makes",
      ),
      ({ rng, t }) => {
        const w = `ghala-${rng.b64url(32)}`;
        return {
          value: w,
          event: {
            out: [sys(t, 1, 'actionurl', `Incoming call action: GET https://ha.${GH}/api/webhook/${w}?caller=+7928${digits(rng, 7)}`)],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'grandstream-sip-call-id',
      'none',
      "A SIP `Call-ID` (random hex at the phone's address): an identifier of one call, no credential.",
      ({ rng, t }) => {
        const c = `${rng.hex(8)}-${rng.hex(8)}`;
        return { value: c, event: { out: [sys(t, 0, 'sip', `BYE Call-ID: ${c}@${phones[0]} duration ${rng.int(20, 600)}s`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_IN + 7 * HOUR, site: { host: 'gxp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// minikube-logs.txt: `minikube logs --file=minikube-logs.txt` on the developer's laptop: sections under `==> … <==`
// headings: the audit table, `Last Start` with klog lines (`I1214 07:11:12.123456   12345 start.go:…] …`, the
// cluster config printed with Go's `%+v`), then `kubelet` lines from the node's journal. The VM's clock is UTC. From
// memory (not fetched): the section names, the `cluster config:` line and the kubelet prober's structured message.

function minikubeLog(rng) {
  const pid = rng.int(30000, 60000);
  const klog = (t, lvl, file, msg) =>
    `${lvl}${local(t, 0).slice(5, 7)}${local(t, 0).slice(8, 10)} ${local(t, 0).slice(11, 23)}${digits(rng, 3)}   ${pid} ${file}] ${msg}`;
  const kubelet = (t, lvl, file, msg) => {
    const d = new Date(t);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${iso(t).slice(11, 19)} minikube kubelet[2174]: ${lvl}${iso(t).slice(5, 7)}${iso(t).slice(8, 10)} ${iso(t).slice(11, 23)}${digits(rng, 3)}    2174 ${file}] ${msg}`;
  };
  let section = 'start';
  const filler = (rng, t) =>
    section === 'start'
      ? rng.pick([
          () => ({
            out: [
              klog(t, 'I', `cache.go:${rng.int(100, 160)}`, `/home/ali/.minikube/cache/images/amd64/registry.k8s.io/pause_3.10 exists`),
            ],
          }),
          () => ({ out: [klog(t, 'I', `ssh_runner.go:195`, `Run: sudo systemctl is-active --quiet service kubelet`)] }),
          () => ({ out: [klog(t, 'I', `out.go:${rng.int(340, 380)}`, 'Setting ErrFile to fd 2...')] }),
        ])()
      : rng.pick([
          () => ({
            out: [
              kubelet(
                t,
                'I',
                `kubelet.go:${rng.int(2400, 2500)}`,
                `"SyncLoop (PLEG): event for pod" pod="default/bron-api-7c9d8f6b5-${lowerNum(rng, 5)}" event={"Type":"ContainerStarted"}`,
              ),
            ],
          }),
          () => ({
            out: [
              kubelet(
                t,
                'I',
                'reconciler_common.go:245',
                `"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-${lowerNum(rng, 5)}\\""`,
              ),
            ],
          }),
        ])();
  const steps = [
    {
      raw: {
        out: [
          '',
          '==> Audit <==',
          '|---------|------------------------------|----------|------|---------|---------------------|---------------------|',
          '| Command |             Args             | Profile  | User | Version |     Start Time      |      End Time       |',
          '|---------|------------------------------|----------|------|---------|---------------------|---------------------|',
          '| start   | --driver=docker --cpus=4     | minikube | ali  | v1.37.0 | 14 Dec 27 06:59 MSK | 14 Dec 27 07:03 MSK |',
          '| addons  | enable ingress               | minikube | ali  | v1.37.0 | 14 Dec 27 07:04 MSK | 14 Dec 27 07:04 MSK |',
          '|---------|------------------------------|----------|------|---------|---------------------|---------------------|',
          '',
          '',
          '==> Last Start <==',
          'Log file created at: 2027/12/14 03:59:41',
          'Running on machine: ghala-dev',
          'Binary: Built with gc go1.24.6 for linux/amd64',
          'Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg',
        ],
      },
      after: 0,
    },
    5,
    plant(
      'framework-dump',
      'minikube-cluster-config-go-struct-docker-env',
      'error',
      'minikube writes the whole cluster config in Go\'s `%+v` (`{Name:minikube KeepContext:false …}`), and the `--docker-env` given to pull from the cooperative\'s registry holds its password (`GHALA_REGISTRY_QAJLE_DOSH`, къайле дош, "secret word").',
      ({ rng, t }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            out: [
              klog(
                t,
                'I',
                'profile.go:143',
                `Saving config to /home/ali/.minikube/profiles/minikube/config.json ... {Name:minikube KeepContext:false EmbedCerts:false MinikubeISO: KicBaseImage:gcr.io/k8s-minikube/kicbase:v0.0.48 Memory:7900 CPUs:4 DiskSize:20000 Driver:docker HyperkitVpnKitSock: DockerEnv:[GHALA_REGISTRY_USER=ali GHALA_REGISTRY_QAJLE_DOSH=${pw}] ContainerVolumeMounts:[] InsecureRegistry:[registry.${GH}] RegistryMirror:[] HostOnlyCIDR:192.168.59.1/24 KubernetesConfig:{KubernetesVersion:v1.34.0 ClusterName:minikube Namespace:default ContainerRuntime:docker} Nodes:[{Name: IP: Port:8443 KubernetesVersion:v1.34.0 ControlPlane:true Worker:true}] Addons:map[ingress:true] MountString: StaticIP: SSHAuthSock: SSHAgentPID:0}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'minikube-kicbase-image-digest',
      'none',
      'The kicbase image pinned by digest (`@sha256:` and 64 hex digits): a content hash of a public image, no credential.',
      ({ rng, t }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            out: [klog(t, 'I', 'image.go:81', `Checking for gcr.io/k8s-minikube/kicbase:v0.0.48@sha256:${d} in local docker daemon`)],
          },
        };
      },
    ),
    7,
    {
      raw: {
        get out() {
          section = 'kubelet';
          return ['', '', '==> kubelet <=='];
        },
      },
    },
    7,
    plant(
      'api-key-name',
      'minikube-kubelet-probe-failed-dogha',
      'error',
      `${WHY.apiKey('dogha')} (\`догӀа\`, "key"). The booking API's liveness probe checks the payment provider with the key in the probe's URL, and the kubelet writes the failed probe's output with the URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              kubelet(
                t,
                'I',
                'prober.go:107',
                `"Probe failed" probeType="Liveness" pod="default/bron-api-7c9d8f6b5-${lowerNum(rng, 5)}" podUID="${rng.uuid()}" containerName="api" probeResult="failure" output="Get \\"http://10.244.0.${rng.int(5, 40)}:8080/healthz/bron?dogha=${k}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'minikube-container-id',
      'none',
      "A container's id (64 hex digits) the kubelet names when it restarts one: an identifier, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(64);
        return { value: c, event: { out: [kubelet(t, 'I', 'scope.go:117', `"RemoveContainer" containerID="${c}"`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_IN + 4 * HOUR, site: { host: 'minikube' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// yaak.log: the Yaak API client (a Tauri app) on the same developer's laptop, its log as tauri-plugin-log writes it:
// `[yyyy-mm-dd][HH:MM:SS][<target>][<LEVEL>] <message>`, local time (MSK) without zone, Rust values in `{:?}`. From
// memory (not fetched): the layout, the targets and Yaak's model fields.

function yaakLog(rng) {
  const y = (t, target, level, msg) => `[${local(t, MSK).slice(0, 10)}][${local(t, MSK).slice(11, 19)}][${target}][${level}] ${msg}`;
  const rq = () => `rq_${rng.alnum(10)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [y(t, 'yaak_app::http_request', 'INFO', `Sending request to GET https://api.${GH}/v1/ghalash?page=${rng.int(1, 4)}`)],
      }),
      () => ({ out: [y(t, 'yaak_app::http_request', 'INFO', `Response ${rng.pick([200, 200, 404])} in ${rng.int(40, 900)}ms`)] }),
      () => ({
        out: [y(t, 'yaak_plugins::manager', 'DEBUG', `Plugin event: ${rng.pick(['template-render', 'http-request-actions', 'import'])}`)],
      }),
    ])();
  const steps = [
    { raw: { out: [y(DAY_IN + 9 * HOUR, 'yaak_app', 'INFO', 'Starting Yaak 2025.10.1')] }, after: 0 },
    5,
    plant(
      'negative',
      'yaak-request-model-id',
      'none',
      "Yaak's id of a saved request (`rq_` and 10 characters): a database key of the workspace, no credential.",
      ({ t }) => {
        const id = rq();
        return { value: id, event: { out: [y(t, 'yaak_models::queries', 'DEBUG', `Upserted http_request ${id} (Bron / тур хӀоттаде)`)] } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'yaak-http-request-debug-basic-password',
      'error',
      'The request Yaak sends is written with Rust\'s `{:?}` of its model, `authentication` included: the booking admin\'s basic-auth password in clear (`"password": String("…")`).',
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              y(
                t,
                'yaak_app::http_request',
                'DEBUG',
                `Sending HttpRequest { id: "${rq()}", workspace_id: "wk_${rng.alnum(10)}", folder_id: Some("fl_${rng.alnum(10)}"), method: "POST", url: "https://api.${GH}/v1/bron", authentication_type: Some("basic"), authentication: {"username": String("admin"), "password": String("${pw}")}, body_type: Some("application/json"), headers: [] }`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'yaak-headermap-debug-bearer',
      'error',
      'reqwest\'s `HeaderMap` of the sent request in `{:?}`, with the partner API\'s bearer token the workspace variable filled in (`"authorization": "Bearer …"`).',
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            out: [
              y(
                t,
                'yaak_app::http_request',
                'DEBUG',
                `Request headers: {"user-agent": "yaak", "accept": "*/*", "authorization": "Bearer ${tok}", "content-type": "application/json"}`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'oauth-code',
      'yaak-oauth2-callback-gitlab-code',
      'warning',
      `${WHY.code} Here a GitLab code (64 hex digits) caught by the OAuth 2.0 plugin's local redirect listener, which writes the callback URL.`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: {
            out: [
              y(
                t,
                'yaak_plugins::auth_oauth2',
                'INFO',
                `Received OAuth 2.0 callback: http://127.0.0.1:8765/callback?code=${code}&state=${rng.b64url(32)}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'yaak-oauth2-implicit-window-and-match',
      'error',
      "The OAuth 2.0 plugin's implicit grant: the auth window's navigation is written with the redirect address and its `#access_token=…`, and the plugin writes it again when it matches the redirect.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        const u = `https://bron.${GH}/oauth/return#access_token=${at}&token_type=Bearer&expires_in=1800&state=${rng.b64url(16)}`;
        return {
          value: at,
          event: {
            out: [
              y(t, 'yaak_app::window', 'DEBUG', `Auth window navigated to ${u}`),
              y(t + 3, 'yaak_plugins::auth_oauth2', 'INFO', `Implicit grant matched redirect URI: ${u}`),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'yaak-refresh-failed-debug-struct',
      'error',
      `${WHY.refresh} A failed refresh is written as a Rust error value in \`{:?}\`, which keeps the refresh token it sent (\`refresh_token: "…"\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            out: [
              y(
                t,
                'yaak_plugins::auth_oauth2',
                'WARN',
                `Token refresh failed: RefreshFailed { status: 400, token_url: "https://id.${GH}/realms/ghalash/protocol/openid-connect/token", refresh_token: "${rt}", body: "{\\"error\\":\\"invalid_grant\\"}" }`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'yaak-cookie-jar-debug-sessi',
      'error',
      WHY.session(
        'The workspace\'s cookie jar written in `{:?}` after a sign-in, with the booking site\'s session cookie `sessi_id` (сесси, "session")',
      ),
      ({ rng, t }) => {
        const s = rng.hex(48);
        return {
          value: s,
          event: {
            out: [
              y(
                t,
                'yaak_app::cookies',
                'DEBUG',
                `Stored cookie: Cookie { raw_cookie: "sessi_id=${s}; Path=/; HttpOnly; Secure", domain: Some("bron.${GH}"), expires: SessionEnd }`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'yaak-pkce-code-challenge',
      'none',
      'A PKCE `code_challenge` in the authorization URL the plugin opens (the SHA-256 of a verifier that never leaves the app): public by design, no credential.',
      ({ rng, t }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            out: [
              y(
                t,
                'yaak_plugins::auth_oauth2',
                'INFO',
                `Opening https://id.${GH}/realms/ghalash/protocol/openid-connect/auth?response_type=code&client_id=yaak&code_challenge=${c}&code_challenge_method=S256`,
              ),
            ],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_IN + 9 * HOUR, site: { host: 'yaak' }, filler, render, steps });
}

// =====================================================================================================================
// Qırımtatar Medeniyet Merkezi, Medgidia (Crimean Tatar; Dobruja, Romania: EET, UTC+2 in December)
// =====================================================================================================================

const QT = 'qtmm.example';

// ---------------------------------------------------------------------------------------------------------------------
// catalina.out: the centre's online school (`mektep`) on Sakai 23 under Tomcat 9, `catalina.out` with Sakai's log4j2
// pattern: `dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] logger.method message`, local time (EET) without zone, and Tomcat's
// RequestDumperFilter (enabled to chase a proxy problem) writing one request attribute or header a line. From memory
// (not fetched): Sakai's pattern, its logger names and messages; the RequestDumperFilter's `header=name=value` lines.

function sakaiLog(rng) {
  const S = (t, level, thread, logger, msg) =>
    `${pad(new Date(t + EET * MIN).getUTCDate())}-${MONTHS[new Date(t + EET * MIN).getUTCMonth()]}-${local(t, EET).slice(0, 4)} ${local(t, EET).slice(11, 23)} ${level.padEnd(5)} [${thread}] ${logger} ${msg}`;
  const exec = () => `http-nio-8080-exec-${rng.int(1, 40)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          S(
            t,
            'INFO',
            exec(),
            'org.sakaiproject.event.impl.BaseEventTrackingService.postEvent',
            `Event: content.read /content/group/${rng.uuid()}/ders-${rng.int(1, 20)}.pdf`,
          ),
        ],
      }),
      () => ({
        out: [S(t, 'INFO', 'Sakai Session Expiry', 'org.sakaiproject.tool.impl.SessionComponent.run', `Expired ${rng.int(0, 9)} sessions`)],
      }),
      () => ({ out: [S(t, 'WARN', exec(), 'org.sakaiproject.portal.charon.SkinnableCharonPortal.doGet', 'Site not found: ~anonymous')] }),
    ])();
  const steps = [
    5,
    plant(
      'oauth-code',
      'sakai-oidc-callback-entra-code-repeat',
      'warning',
      `${WHY.code} Here a Microsoft Entra code (\`1.A…\`/\`0.A…\`) on the school's sign-in callback, written by the request logging filter and again by the OIDC client when the token exchange fails.`,
      ({ rng, t }) => {
        const code = entra(rng, 180);
        const u = `/sakai-login-tool/container/oidc?code=${code}&state=${rng.b64url(24)}&session_state=${rng.uuid()}`;
        const th = exec();
        return {
          value: code,
          event: {
            out: [
              S(t, 'DEBUG', th, 'org.sakaiproject.util.RequestFilter.doFilter', `request: GET ${u}`),
              S(
                t + 412,
                'WARN',
                th,
                'org.sakaiproject.login.oidc.OidcLoginServlet.callback',
                `Token exchange failed for https://mektep.${QT}${u}: AADSTS54005: OAuth2 Authorization code was already redeemed`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'sakai-lti-oauth-nonce',
      'none',
      "An LTI 1.1 launch's `oauth_nonce` (a random string used once in the signature): a per-request nonce, no credential.",
      ({ rng, t }) => {
        const n = digits(rng, 18);
        return {
          value: n,
          event: {
            out: [
              S(
                t,
                'DEBUG',
                exec(),
                'org.sakaiproject.lti.impl.LTIServiceImpl.launch',
                `launch oauth_nonce=${n} oauth_timestamp=${Math.floor(t / 1000)} resource_link_id=luget-${rng.int(1, 9)}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'sakai-requestdumper-authorization-bearer',
      'error',
      "Tomcat's RequestDumperFilter writes every request header on its own line; the dictionary app calls the school's REST API with its bearer token (`header=authorization=Bearer …`).",
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        const th = exec();
        return {
          value: tok,
          event: {
            out: [
              S(
                t,
                'INFO',
                th,
                'org.apache.catalina.filters.RequestDumperFilter.doLog',
                `${th.padEnd(32)}header=authorization=Bearer ${tok}`,
              ),
            ],
          },
        };
      },
    ),
    plant(
      'session-id',
      'sakai-requestdumper-cookie-jsessionid',
      'error',
      WHY.session("Sakai's session cookie (`JSESSIONID=<uuid>.<server>`) in the `cookie` header the RequestDumperFilter writes"),
      ({ rng, t }) => {
        const s = `${rng.uuid()}.mektep1`;
        const th = exec();
        return {
          value: s,
          event: {
            out: [
              S(
                t,
                'INFO',
                th,
                'org.apache.catalina.filters.RequestDumperFilter.doLog',
                `${th.padEnd(32)}header=cookie=JSESSIONID=${s}; lang=crh`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'path-secret',
      'sakai-zoom-recording-share-link',
      'error',
      WHY.pathSecret(
        "A Zoom cloud recording's share link (`/rec/share/<token>`) a teacher put in a lesson; the link checker writes it when Zoom answers with a redirect to the passcode page",
      ),
      ({ rng, t }) => {
        const tok = `${rng.b64url(64)}.${rng.b64url(16)}`;
        return {
          value: tok,
          event: {
            out: [
              S(
                t,
                'WARN',
                'LinkValidator',
                'org.sakaiproject.content.tool.LinkValidator.check',
                `Link in "Ders 7: Qırımtatar edebiyatı" returned 302: https://us06web.zoom.us/rec/share/${tok}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'sakai-frame-blocked-embed-jwt-no-exp',
      'error',
      "A lesson embeds the dictionary's video player with a token in its path (`/embed/<JWT>`) and no `exp`; the portal writes the frame it refused under its frame policy",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 20 * 86400),
          claims: { iss: `https://luget.${QT}`, video: `soz-${rng.int(100, 999)}`, kurs: 'qirimtatar-tili-1' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              S(
                t,
                'WARN',
                exec(),
                'org.sakaiproject.portal.util.CSPFilter.check',
                `Blocked frame-src https://video.${QT}/embed/${token} in site qirimtatar-tili-1`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'sakai-base64-return-url-acqic',
      'error',
      'The dictionary app sends learners back with a base64 `returnUrl`; decoded, it is the app\'s address with its `acqic` (açqıç, "key"). The portal\'s warning quotes the parameter.',
      ({ rng, t }) => {
        const b = b64urlOf(`https://luget.${QT}/mektep/qaytuv?acqic=${rng.alnum(32)}&ders=7`);
        return {
          value: b,
          event: {
            out: [
              S(
                t,
                'WARN',
                exec(),
                'org.sakaiproject.portal.charon.handlers.DirectToolHandler.doGet',
                `Refusing returnUrl=${b}: host not allowed`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'sakai-exam-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilet`, "ticket") with which the proctoring page joins the exam room, written by the exam tool with the client\'s address ("Bilet qabul etildi", "ticket accepted"). The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(32);
        firstUse.bilet = t;
        return {
          value: b,
          event: {
            out: [
              S(
                t,
                'INFO',
                exec(),
                'org.qtmm.imtihan.ExamRoomEndpoint.onOpen',
                `Bilet qabul etildi: /imtihan/oda/12?bilet=${b} from 203.0.113.41 (talebe ${rng.int(100, 300)})`,
              ),
            ],
          },
        };
      },
      { ref: 'bilet' },
    ),
    3,
    plant(
      'replay',
      'sakai-exam-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address joined the exam room with the same ticket and the tool accepted it again.`,
          },
        ],
        event: {
          out: [
            S(
              t,
              'INFO',
              exec(),
              'org.qtmm.imtihan.ExamRoomEndpoint.onOpen',
              `Bilet qabul etildi: /imtihan/oda/12?bilet=${refs.get('bilet').value} from 198.51.100.88 (talebe 214)`,
            ),
          ],
        },
      }),
      { replayOf: 'bilet', after: 58 },
    ),
    5,
    plant(
      'negative',
      'sakai-site-uuid',
      'none',
      'A Sakai site id (a UUID) in a membership message: an identifier, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            out: [S(t, 'INFO', exec(), 'org.sakaiproject.site.impl.BaseSiteService.saveSiteMembership', `Site ${u}: 3 talebe qoşuldı`)],
          },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_CT + 6 * HOUR, site: { host: 'sakai' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 3CXPhoneSystem.log: the centre's 3CX phone system (v20 on Debian), its service log: `yyyy/MM/dd HH:mm:ss.fff|<thread,
// 4 hex>|<Level>|<message>`, local time (EET) without zone. From memory (not fetched): the separators, the levels and
// the messages (trunk, provisioning, CRM and Microsoft 365 lines).

function threecxLog(rng) {
  const X = (t, level, msg) =>
    `${local(t, EET).slice(0, 10).replace(/-/g, '/')} ${local(t, EET).slice(11, 23)}|${rng.hex(4).toUpperCase()}|${level}|${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          X(
            t,
            'Info',
            `Call(C:${rng.int(100, 900)}): Incoming call from +40${digits(rng, 9)} to <sip:10000@pbx.${QT}> (IVR "Hoş keldiñiz")`,
          ),
        ],
      }),
      () => ({ out: [X(t, 'Info', `Leg L:${rng.int(100, 900)}.1[Extn:${rng.int(100, 120)}] is terminated: Cause: BYE from PBX`)] }),
      () => ({ out: [X(t, 'Debug', `Registration of Extn:${rng.int(100, 120)} refreshed, expires in 120 s`)] }),
    ])();
  const steps = [
    5,
    plant(
      'framework-dump',
      'threecx-trunk-config-dump-auth-password',
      'error',
      "At debug level the service writes a SIP trunk's settings when it reloads them, with the trunk's `AuthPassword`.",
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            out: [
              X(
                t,
                'Debug',
                `Trunk reloaded: Gateway{Name=Telekom SIP, Host=sip.provider-ro.example, Port=5060, AuthID=40241${digits(rng, 6)}, AuthPassword=${pw}, OutboundProxy=, Channels=4}`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'threecx-masked-licence-key',
      'none',
      'The licence key as the service writes it, all but its last group masked (`XXXX-XXXX-XXXX-<4>`): a mask, no credential.',
      ({ rng, t }) => {
        const k = `XXXX-XXXX-XXXX-${upperNum(rng, 4)}`;
        return { value: k, event: { out: [X(t, 'Info', `License ${k} valid, edition SMB, 8 simultaneous calls`)] } };
      },
    ),
    5,
    plant(
      'path-secret',
      'threecx-provisioning-folder-url',
      'error',
      WHY.pathSecret(
        "3CX's provisioning folder is a random string in the URL (`/provisioning/<folder>/`), and the file there holds the extension's SIP credentials; the service writes the URL a phone fetched",
      ),
      ({ rng, t }) => {
        const f = lowerNum(rng, 16);
        return {
          value: f,
          event: {
            out: [
              X(
                t,
                'Info',
                `Provisioning: 192.168.7.${rng.int(20, 60)} downloaded https://pbx.${QT}:5001/provisioning/${f}/3cxprov_${mac(rng, '805EC0').toLowerCase()}.xml (Extn:104)`,
              ),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'api-key-name',
      'threecx-crm-lookup-acqic',
      'error',
      `${WHY.apiKey('acqic')} (açqıç, "key"). The CRM integration template looks callers up in the centre's member list with the key in the URL, and the service writes the lookup.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              X(
                t,
                'Info',
                `CRM: lookup by number +40${digits(rng, 9)}: GET https://uye.${QT}/api/azalar?telefon=%2B40${digits(rng, 9)}&acqic=${k} -> 200 (1 contact)`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'threecx-m365-sync-refresh-token',
      'error',
      `${WHY.refresh} The Microsoft 365 contact sync writes the Entra refresh token it sends when the refresh is refused.`,
      ({ rng, t }) => {
        const rt = entra(rng, 320);
        return {
          value: rt,
          event: { out: [X(t, 'Error', `M365 sync: token refresh failed (invalid_grant, AADSTS700082) refresh_token=${rt}`)] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'threecx-sip-call-id',
      'none',
      'A SIP `Call-ID` (random characters at a host): an identifier of one call, no credential.',
      ({ rng, t }) => {
        const c = rng.b64url(22);
        return { value: c, event: { out: [X(t, 'Debug', `Call(C:${rng.int(100, 900)}): Call-ID: ${c}@pbx.${QT} established`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_CT + 7 * HOUR, site: { host: '3cx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// directadmin-error.log: DirectAdmin 1.68's `/var/log/directadmin/error.log` on the centre's hosting server:
// `yyyy:mm:dd-hh:mm:ss: <message>`, local time (EET) without zone, the task queue's failed tasks quoted as DirectAdmin
// keeps them (URL-encoded `key=value&…`), hook scripts' output after `Output:`. From memory (not fetched): the time
// format, the messages.

function directadminLog(rng) {
  const D = (t, msg) => `${local(t, EET).slice(0, 10).replace(/-/g, ':')}-${local(t, EET).slice(11, 19)}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ out: [D(t, `Unable to resolve ${rng.pick(['mektep', 'luget', 'uye'])}.${QT} from 127.0.0.1 (timeout)`)] }),
      () => ({ out: [D(t, `Quota for user qtmm at ${rng.int(80, 95)}%`)] }),
      () => ({ out: [D(t, `Login failed for user admin from ${publicIp(rng)}: wrong password`)] }),
    ])();
  const steps = [
    5,
    plant(
      'negative',
      'directadmin-masked-passwd-task',
      'none',
      'A failed password change task as DirectAdmin quotes it, the new password masked (`passwd=********`): a mask, no credential.',
      ({ t }) => ({
        value: 'passwd=********&passwd2=********',
        event: {
          out: [
            D(
              t,
              'Task failed: action=password&type=email&user=qtmm&domain=qtmm.example&email=oca&passwd=********&passwd2=******** : mailbox locked',
            ),
          ],
        },
      }),
    ),
    5,
    plant(
      'webhook',
      'directadmin-hook-output-rocketchat-webhook',
      'error',
      WHY.webhook(
        'A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the backup hook script posts to; its output, with `set -x` on, is logged when the script exits non-zero',
      ),
      ({ rng, t }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: `${id}/${tok}`,
          event: {
            out: [
              D(
                t,
                `user_backup_post.sh exited with 7. Output: + curl -sS -X POST -H 'Content-Type: application/json' -d '{"text":"Yedek alınmadı: qtmm"}' https://chat.${QT}/hooks/${id}/${tok} curl: (7) Failed to connect to chat.${QT} port 443`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'directadmin-session-mismatch-cookie',
      'error',
      WHY.session(
        "DirectAdmin's login session cookie (`session=`) quoted in full when a request came from an address the session was not bound to",
      ),
      ({ rng, t }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: {
            out: [
              D(t, `Session IP mismatch for user qtmm: expected 203.0.113.64, got 198.51.100.31 (Cookie: session=${s}; skin=evolution)`),
            ],
          },
        };
      },
    ),
    7,
    plant(
      'encoded',
      'directadmin-task-percent-encoded-redirect-sir',
      'error',
      'A failed task to add a site redirect is quoted URL-encoded as the queue keeps it; the target (`https%3A%2F%2F…%3Fsir%3D…`) is the school\'s invitation page with its `sir` (sır, "secret").',
      ({ rng, t }) => {
        const s = rng.alnum(26);
        return {
          value: s,
          event: {
            out: [
              D(
                t,
                `Task failed: action=redirect&domain=${QT}&from=%2Fdavet&to=https%3A%2F%2Fmektep.${QT}%2Fqayd%3Fsir%3D${s}%26ders%3D1&type=301 : could not write .htaccess`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'directadmin-dns-sync-acqic',
      'error',
      `${WHY.apiKey('acqic')} (açqıç, "key"). The DNS sync to the secondary name server calls its API with the key in the URL, and the failure is logged with it.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: { out: [D(t, `DNS sync failed: GET https://ns2.${QT}:2222/api/zone/sync?domain=${QT}&acqic=${k} returned 500`)] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'directadmin-letsencrypt-cert-fingerprint',
      'none',
      "The SHA-256 fingerprint of the new Let's Encrypt certificate (colon-separated hex): a hash of a public certificate, no credential.",
      ({ rng, t }) => {
        const f = rng.hex(64).toUpperCase().match(/../g).join(':');
        return { value: f, event: { out: [D(t, `letsencrypt.sh: certificate for mektep.${QT} renewed, SHA256 Fingerprint=${f}`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_CT + 5 * HOUR, site: { host: 'da' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logrocket-session-events.jsonl: one session of the dictionary web app (`luget`) recorded by LogRocket and read back
// as JSON lines (`sessionId`, `appId`, `timestamp` in epoch ms, `type` of navigation, network request and response,
// console; `data`), with LogRocket's default capture of request headers and bodies. From memory (not fetched): the
// field names and event types.

function logrocketLog(rng) {
  const SID = `6-${rng.uuid()}`;
  const ev = (t, type, data) => JSON.stringify({ sessionId: SID, appId: 'qtmm/luget', timestamp: t, type, data });
  const WORDS = ['suv', 'taş', 'yol', 'ana', 'söz', 'yıldız', 'çeşme', 'bağça'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          ev(t, 'network.request', {
            method: 'GET',
            url: `https://luget.${QT}/api/soz?q=${encodeURIComponent(rng.pick(WORDS))}`,
            headers: { accept: 'application/json' },
          }),
        ],
      }),
      () => ({ out: [ev(t, 'network.response', { status: 200, url: `https://luget.${QT}/api/soz`, duration: rng.int(30, 400) })] }),
      () => ({ out: [ev(t, 'console', { level: 'log', args: [`Söz tapıldı: ${rng.pick(WORDS)}`] })] }),
    ])();
  const steps = [
    { raw: { out: [ev(DAY_CT + 15 * HOUR, 'navigation', { href: `https://luget.${QT}/` })] }, after: 0 },
    5,
    plant(
      'negative',
      'logrocket-sentry-public-key',
      'none',
      "The app's Sentry DSN key (`sentry_key`) in the URL of its error report: public by design, no credential.",
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            out: [
              ev(t, 'network.request', {
                method: 'POST',
                url: `https://o${digits(rng, 6)}.ingest.de.sentry.io/api/${digits(rng, 7)}/envelope/?sentry_key=${k}&sentry_version=7`,
                headers: { 'content-type': 'text/plain;charset=UTF-8' },
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'implicit-fragment',
      'logrocket-navigation-href-access-token',
      'error',
      "LogRocket records each navigation's full address, fragment included; the sign-in return leaves the implicit response in it (`#access_token=…`).",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            out: [
              ev(t, 'navigation', {
                href: `https://luget.${QT}/kiriş#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}`,
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'logrocket-network-request-url-id-token',
      'error',
      "The app posts the `id_token` it received to its own backend in the query of a request, and LogRocket's network capture keeps the URL; `timestamp` is epoch milliseconds",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              ev(t, 'network.request', {
                method: 'POST',
                url: `https://luget.${QT}/api/kiriş/google?id_token=${token}`,
                headers: { accept: 'application/json' },
              }),
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'logrocket-network-request-body-refresh',
      'error',
      `${WHY.refresh} LogRocket captures request bodies by default, and the app's token refresh posts it as JSON.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            out: [
              ev(t, 'network.request', {
                method: 'POST',
                url: `https://luget.${QT}/api/token/yañart`,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ refresh_token: rt, client: 'luget-web' }),
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'logrocket-request-headers-authorization-jwt',
      'error',
      "LogRocket keeps the request headers of the app's API calls, `Authorization: Bearer <JWT>` among them (no sanitizer was configured)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(10, 200),
          jti: true,
          claims: { iss: `https://luget.${QT}`, sub: `uye-${rng.int(1000, 9999)}`, scope: 'soz:yaz' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [
              ev(t, 'network.request', {
                method: 'PUT',
                url: `https://luget.${QT}/api/soz/${rng.int(1000, 9999)}`,
                headers: { accept: 'application/json', authorization: `Bearer ${token}` },
                body: '{"manası":"su, ab"}',
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'logrocket-request-url-acqic',
      'error',
      `${WHY.apiKey('acqic')} (açqıç, "key"). The app calls a text-to-speech service for the pronunciation of a word with the key in the URL, and LogRocket keeps the URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              ev(t, 'network.request', {
                method: 'GET',
                url: `https://ses.${QT}/v1/aytuv?til=crh&metin=%C3%A7e%C5%9Fme&acqic=${k}`,
                headers: { accept: 'audio/mpeg' },
              }),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'logrocket-percent-encoded-param-name-acqic',
      'error',
      'The key\'s parameter name is written in Crimean Tatar with its letters (`açqıç`, "key") and percent-encoded as UTF-8 (`a%C3%A7q%C4%B1%C3%A7=`) in the address of a shared word card LogRocket recorded.',
      ({ rng, t }) => {
        const k = rng.alnum(30);
        return {
          value: k,
          event: { out: [ev(t, 'navigation', { href: `https://luget.${QT}/kart/%C3%A7e%C5%9Fme?a%C3%A7q%C4%B1%C3%A7=${k}&til=crh` })] },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'logrocket-network-embed-jwt-120s',
      'warning',
      "The word card embeds the pronunciation player, which loads `/embed/<JWT>` (2 minutes, no `jti`); LogRocket keeps the request's URL with its epoch `timestamp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(2, 20), claims: { iss: `https://ses.${QT}`, soz: 'çeşme' } });
        return {
          value: token,
          jwt: facts,
          event: {
            out: [ev(t, 'network.request', { method: 'GET', url: `https://ses.${QT}/embed/${token}`, headers: { accept: 'text/html' } })],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'logrocket-session-url-id',
      'none',
      "LogRocket's own session link the app prints to the console for support (`app.logrocket.com/<org>/<app>/s/<id>`): a recording's id behind LogRocket's login, no credential.",
      ({ rng, t }) => {
        const id = `${rng.int(1, 9)}-${rng.uuid()}`;
        return {
          value: id,
          event: { out: [ev(t, 'console', { level: 'info', args: [`LogRocket seans: https://app.logrocket.com/qtmm/luget/s/${id}/0`] })] },
        };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY_CT + 15 * HOUR, site: { host: 'logrocket' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout109');
writePart(join(here, 'heldout109'), {
  'orca.log': orcaLog(rng),
  'detox_pid_4211.json.log': detoxLog(rng),
  'cherokee-access.log': cherokeeLog(rng),
  'jdownloader-rushes.log': jdownloaderLog(rng),
  'claws-mail-debug.log': clawsLog(rng),
  'ost_syslog.tsv': osticketLog(rng),
  'mantisbt.log': mantisLog(rng),
  'gxp2170-syslog.log': grandstreamLog(rng),
  'minikube-logs.txt': minikubeLog(rng),
  'yaak.log': yaakLog(rng),
  'catalina.out': sakaiLog(rng),
  '3CXPhoneSystem.log': threecxLog(rng),
  'directadmin-error.log': directadminLog(rng),
  'logrocket-session-events.jsonl': logrocketLog(rng),
});
