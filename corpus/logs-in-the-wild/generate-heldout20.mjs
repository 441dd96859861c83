// Writes corpus/logs-in-the-wild/heldout20/: a twentieth held-out part, in formats no other part uses (the Google Cloud
// CLI's `--log-http` output, `GH_DEBUG=api` of the GitHub CLI, Claude Desktop's `mcp.log`, Vaultwarden's log, a Bun
// worker under `BUN_CONFIG_VERBOSE_FETCH=curl`, Joomla's `everything.php`, tinyproxy's log, the Azure CLI's `--debug`
// output, `GIT_TRACE_CURL`, a Create React App dev server with http-proxy-middleware at `logLevel: 'debug'`, CouchDB's
// log, Neo4j's query.log, `kubectl -v=8`/`-v=9`, LangChain's `set_debug(True)` console output), with credentials
// planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come
// from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout20.mjs     rewrites heldout20/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that
// no planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tallybird, a US invoicing service for small businesses (English, five logs); Pivoine & Cie, a florist
// in Lyon with a Joomla shop, a React back office and an office proxy (French, five logs); Okamochi, a food delivery
// service in Tokyo (Japanese, four logs: its messages, data and chat in Japanese, its code and parameter names mostly
// English, as Japanese teams write them).
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, iso, lowerNum, MONTHS, pad, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const MIN = 60 * 1000;
const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 16, 0, 0, 0);

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** Python's json.dumps with its default separators (`, ` and `: `). */
const pyJson = (v) =>
  Array.isArray(v) ? `[${v.map(pyJson).join(', ')}]` : v && typeof v === 'object' ? `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}` : JSON.stringify(v);
const pretty = (v) => JSON.stringify(v, null, 2);
const httpDate = (ms) => new Date(ms).toUTCString();
/** A time of day with microseconds: the milliseconds of `ms`, then three random digits. */
const hmsMicro = (rng, ms) => `${iso(ms).slice(11, 23)}${digits(rng, 3)}`;

// Tallybird (English).
const TB_APP = 'app.tallybird.example';
const TB_API = 'api.tallybird.example';
const TB_ID = 'id.tallybird.example';
const TB_REPORTS = 'reports.tallybird.example';
const TB_PROJECT = 'tallybird-prod';
const TB_PROJECT_NO = '482913374001';
const invoiceNo = (rng) => `INV-${rng.int(20000, 29999)}`;
const tbAccount = (rng) => `acct_${rng.int(10000, 99999)}`;

// Pivoine & Cie (French).
const PV_WWW = 'www.pivoine-cie.example';
const PV_API = 'api.recette.pivoine-cie.example';
const commande = (rng) => `PV-${rng.int(100000, 199999)}`;

// Okamochi (Japanese).
const OK_WEB = 'okamochi.example';
const OK_DRIVER = 'driver.okamochi.example';
const SHOPS = ['渋谷宇田川店', '新宿三丁目店', '中目黒店', '池袋西口店', '吉祥寺店', '三軒茶屋店'];
const shopId = (rng) => `shop-${pad(rng.int(1, 640), 4)}`;
const orderId = (rng) => `ord-20261216-${pad(rng.int(1, 9999), 4)}`;

// ---------------------------------------------------------------------------------------------------------------------
// gcloud-log-http.txt: a Tallybird engineer's terminal, saved, while working on the production project with the Google
// Cloud CLI (gcloud 552.0.0 on macOS) and the global flag `--log-http`: each command line, then for each API call the
// blocks gcloud writes to stderr (`==== request start ====`, `uri:`, `method:`, the request headers as Python bytes
// reprs with `b'authorization': --- Token Redacted ---`, the body, `---- response start ----`, `status:`, the response
// headers and body, `total round trip time`), then the command's own output. No time on any line but the response's
// `Date` header.
// https://cloud.google.com/sdk/gcloud/reference (GCLOUD WIDE FLAGS: --log-http), https://cloud.google.com/sdk/docs/scripting-gcloud

function gcloudLog(rng) {
  const UA = (cmd) => `google-cloud-sdk gcloud/552.0.0 command/gcloud.${cmd} invocation-id/${rng.hex(32)} environment/None environment-version/None interactive/True from-script/False python/3.12.8 term/xterm-256color (Macintosh; Intel Mac OS X 25.1.0)`;
  const exchange = (c, t, rng) => {
    const body = c.body ?? '';
    const reqH = [["b'accept'", "b'application/json'"], ["b'accept-encoding'", "b'gzip, deflate'"], ["b'authorization'", '--- Token Redacted ---'], ["b'content-length'", `b'${Buffer.byteLength(body)}'`]];
    if (body) reqH.push(["b'content-type'", "b'application/json'"]);
    reqH.push(["b'user-agent'", `b'${UA(c.cmd)}'`]);
    const resH = [['Alt-Svc', 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000'], ['Cache-Control', 'private'], ['Content-Encoding', 'gzip'], ['Content-Type', 'application/json; charset=UTF-8'], ['Date', httpDate(t)], ['Server', 'ESF'], ['Transfer-Encoding', 'chunked'], ['Vary', 'Origin, X-Origin, Referer'], ['X-Content-Type-Options', 'nosniff'], ['X-Frame-Options', 'SAMEORIGIN'], ['X-XSS-Protection', '0']];
    return [
      '=======================', '==== request start ====', `uri: ${c.uri}`, `method: ${c.method ?? 'GET'}`, '== headers start ==',
      ...reqH.map(([k, v]) => `${k}: ${v}`), '== headers end ==', '== body start ==', body, '== body end ==', '==== request end ====',
      '---- response start ----', `status: ${c.status ?? 200}`, '-- headers start --', ...resH.map(([k, v]) => `${k}: ${v}`), '-- headers end --',
      '-- body start --', ...c.res.split('\n'), '', '-- body end --', `total round trip time (request+response): ${(rng.int(90, 900) / 1000).toFixed(3)} secs`,
      '---- response end ----', '----------------------',
    ];
  };
  const render = (e, rng) => [`$ ${e.cmdline}`, ...e.calls.flatMap((c) => exchange(c, e.t, rng)), ...(e.out ?? [])];
  const RUN = `https://us-central1-run.googleapis.com/apis/serving.knative.dev/v1/namespaces/${TB_PROJECT}/services`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        cmdline: 'gcloud run services list --region us-central1 --log-http',
        calls: [{ cmd: 'run.services.list', uri: `${RUN}?alt=json`, res: pretty({ apiVersion: 'v1', kind: 'ServiceList', metadata: { resourceVersion: `${rng.int(100000, 999999)}` }, items: [] }).replace('"items": []', `"items": [\n    {\n      "metadata": {\n        "name": "api",\n        "namespace": "${TB_PROJECT_NO}",\n        "generation": ${rng.int(40, 60)}\n      }\n    },\n    {\n      "metadata": {\n        "name": "web",\n        "namespace": "${TB_PROJECT_NO}",\n        "generation": ${rng.int(100, 140)}\n      }\n    }\n  ]`) }],
        out: ['   SERVICE  REGION       URL                                          LAST DEPLOYED BY           LAST DEPLOYED AT', `✔  api      us-central1  https://api-${rng.lowerNum(10)}-uc.a.run.app  maya@tallybird.example     2026-12-15T22:14:08.112Z`, `✔  web      us-central1  https://web-${rng.lowerNum(10)}-uc.a.run.app  deploy@${TB_PROJECT}.iam.gserviceaccount.com  2026-12-16T01:02:44.918Z`],
      }),
      () => ({
        cmdline: `gcloud scheduler jobs list --location us-central1 --log-http`,
        calls: [{ cmd: 'scheduler.jobs.list', uri: `https://cloudscheduler.googleapis.com/v1/projects/${TB_PROJECT}/locations/us-central1/jobs?alt=json&pageSize=500`, res: pretty({ jobs: [{ name: `projects/${TB_PROJECT}/locations/us-central1/jobs/dunning-reminders`, schedule: '0 14 * * 1-5', timeZone: 'America/Los_Angeles', state: 'ENABLED' }] }) }],
        out: ['ID                 LOCATION     SCHEDULE (TZ)                       TARGET_TYPE  STATE', 'dunning-reminders  us-central1  0 14 * * 1-5 (America/Los_Angeles)  HTTP         ENABLED'],
      }),
      () => ({
        cmdline: 'gcloud config configurations list --log-http',
        calls: [],
        out: ['NAME     IS_ACTIVE  ACCOUNT                 PROJECT         COMPUTE_DEFAULT_ZONE  COMPUTE_DEFAULT_REGION', `default  True       maya@tallybird.example  ${TB_PROJECT}  us-central1-a         us-central1`],
      }),
    ])();
  const steps = [
    { raw: { cmdline: 'gcloud config set project tallybird-prod', calls: [], out: ['Updated property [core/project].'] }, after: 0 },
    1,
    plant('framework-dump', 'gcloud-log-http-knative-service-body-env-stripe-key', 'error', "`gcloud run services update --update-env-vars STRIPE_SECRET_KEY=… --async`: the Knative Service gcloud PUTs is written whole in the request's `== body start ==` block, the new env var's `value` in it, and again in the response's pretty JSON.", ({ rng }) => {
      const key = `sk_live_51${rng.alnum(22)}${rng.alnum(72)}`;
      const tpl = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'api', namespace: TB_PROJECT_NO, annotations: { 'run.googleapis.com/ingress': 'all' } }, spec: { template: { metadata: { annotations: { 'autoscaling.knative.dev/maxScale': '20' } }, spec: { containerConcurrency: 80, containers: [{ image: 'us-docker.pkg.dev/tallybird-prod/app/api:2026.12.15-3', env: [{ name: 'NODE_ENV', value: 'production' }, { name: 'LOG_LEVEL', value: 'info' }, { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { key: 'latest', name: 'database-url' } } }, { name: 'STRIPE_SECRET_KEY', value: key }] }] } }, traffic: [{ latestRevision: true, percent: 100 }] } };
      const res = pretty({ ...tpl, metadata: { ...tpl.metadata, generation: 43, uid: rng.uuid() } });
      return { value: key, event: { cmdline: 'gcloud run services update api --region us-central1 --update-env-vars STRIPE_SECRET_KEY=$(pbpaste) --async --log-http', calls: [{ cmd: 'run.services.update', uri: `${RUN}/api?alt=json`, method: 'PUT', body: pyJson(tpl), res }], out: ['Deploying...', 'Service [api] revision [api-00043-vex] is being deployed in the background.'] } };
    }),
    1,
    plant('negative', 'gcloud-log-http-iam-policy-etag', 'none', "An IAM policy's `etag` (`BwY…`, base64 of eight bytes) in `getIamPolicy`'s response: a concurrency check, no credential.", ({ rng }) => {
      const etag = `BwY${rng.b64url(8).replace(/[-_]/g, 'Q')}=`;
      return { value: etag, event: { cmdline: 'gcloud projects get-iam-policy tallybird-prod --format=json --log-http > iam-before.json', calls: [{ cmd: 'projects.get_iam_policy', uri: `https://cloudresourcemanager.googleapis.com/v1/projects/${TB_PROJECT}:getIamPolicy?alt=json`, method: 'POST', body: pyJson({ options: { requestedPolicyVersion: 3 } }), res: pretty({ version: 1, etag, bindings: [{ role: 'roles/run.admin', members: ['group:eng@tallybird.example'] }, { role: 'roles/secretmanager.secretAccessor', members: [`serviceAccount:api@${TB_PROJECT}.iam.gserviceaccount.com`] }] }) }] } };
    }),
    1,
    plant('encoded', 'gcloud-log-http-secret-manager-payload-base64-json', 'error', "`gcloud secrets versions access latest` (its output redirected to a file): Secret Manager's response holds the secret as `payload.data`, base64 of a JSON object with QuickBooks' `client_secret`: one decoding from the credential.", ({ rng }) => {
      const data = b64Of(JSON.stringify({ client_id: `AB${rng.alnum(48)}`, client_secret: rng.alnum(40), environment: 'production' }));
      return { value: data, event: { cmdline: 'gcloud secrets versions access latest --secret=quickbooks-oauth --log-http > /tmp/qb.json', calls: [{ cmd: 'secrets.versions.access', uri: `https://secretmanager.googleapis.com/v1/projects/${TB_PROJECT}/secrets/quickbooks-oauth/versions/latest:access?alt=json`, res: pretty({ name: `projects/${TB_PROJECT_NO}/secrets/quickbooks-oauth/versions/6`, payload: { data, dataCrc32c: `${rng.int(1000000000, 4294967295)}` } }) }] } };
    }),
    1,
    plant('webhook', 'gcloud-log-http-scheduler-vercel-deploy-hook', 'error', WHY.webhook('A Vercel deploy hook (`/v1/integrations/deploy/prj_<project>/<hook id>`) a Cloud Scheduler job is created to call every night: the job in the request body and in the response'), ({ rng }) => {
      const hook = rng.alnum(10);
      const uri = `https://api.vercel.com/v1/integrations/deploy/prj_${rng.alnum(28)}/${hook}`;
      const job = { httpTarget: { httpMethod: 'POST', uri }, name: `projects/${TB_PROJECT}/locations/us-central1/jobs/marketing-nightly-deploy`, schedule: '0 6 * * *', timeZone: 'America/Los_Angeles' };
      return { value: hook, event: { cmdline: `gcloud scheduler jobs create http marketing-nightly-deploy --location us-central1 --schedule "0 6 * * *" --time-zone America/Los_Angeles --http-method POST --uri "${uri.replace(hook, '$HOOK')}" --format=none --log-http`, calls: [{ cmd: 'scheduler.jobs.create.http', uri: `https://cloudscheduler.googleapis.com/v1/projects/${TB_PROJECT}/locations/us-central1/jobs?alt=json`, method: 'POST', body: pyJson(job), res: pretty({ ...job, userUpdateTime: '2026-12-16T18:41:07Z', state: 'ENABLED', retryConfig: { maxRetryDuration: '0s', minBackoffDuration: '5s', maxBackoffDuration: '3600s', maxDoublings: 5 }, attemptDeadline: '180s' }) }] } };
    }),
    1,
    plant('api-key-name', 'gcloud-log-http-api-keys-keystring-aiza', 'error', WHY.apiKey('keyString') + " A Google Maps key read with `gcloud services api-keys get-key-string`: the API Keys API answers `{\"keyString\": \"AIza…\"}`, and gcloud prints it again.", ({ rng }) => {
      const key = `AIzaSy${rng.b64url(33)}`;
      const id = rng.uuid();
      return { value: key, event: { cmdline: `gcloud services api-keys get-key-string projects/${TB_PROJECT_NO}/locations/global/keys/${id} --log-http`, calls: [{ cmd: 'services.api_keys.get_key_string', uri: `https://apikeys.googleapis.com/v2/projects/${TB_PROJECT_NO}/locations/global/keys/${id}/keyString?alt=json`, res: pretty({ keyString: key }) }], out: [`keyString: ${key}`] } };
    }),
    1,
    plant('implicit-fragment', 'gcloud-log-http-logging-entry-href-access_token', 'error', "`gcloud logging read` of the client errors the web app reports: Cloud Logging's `entries:list` response holds an entry whose `jsonPayload.href` is the page's address with the implicit grant's `#access_token=<token>&token_type=bearer` (the old QuickBooks connect pop-up).", ({ rng }) => {
      const tok = rng.b64url(48);
      const entry = (href, msg) => ({ insertId: rng.lowerNum(14), jsonPayload: { event: 'client_error', href, message: msg, release: 'web@2026.12.15-2' }, logName: `projects/${TB_PROJECT}/logs/run.googleapis.com%2Fstdout`, receiveTimestamp: '2026-12-16T18:50:12.481912664Z', resource: { type: 'cloud_run_revision', labels: { service_name: 'web', location: 'us-central1' } }, severity: 'ERROR', timestamp: '2026-12-16T18:50:12.402Z' });
      const res = pretty({ entries: [entry(`https://${TB_APP}/connect/quickbooks/done#access_token=${tok}&token_type=bearer&expires_in=3600&state=${rng.hex(16)}`, "TypeError: Cannot read properties of null (reading 'postMessage')"), entry(`https://${TB_APP}/invoices/${invoiceNo(rng)}`, 'ChunkLoadError: Loading chunk 812 failed.')], nextPageToken: rng.b64url(40) });
      return { value: tok, event: { cmdline: `gcloud logging read 'resource.type="cloud_run_revision" AND jsonPayload.event="client_error"' --limit 2 --format=json --log-http > client-errors.json`, calls: [{ cmd: 'logging.read', uri: 'https://logging.googleapis.com/v2/entries:list?alt=json', method: 'POST', body: pyJson({ filter: 'resource.type="cloud_run_revision" AND jsonPayload.event="client_error"', orderBy: 'timestamp desc', pageSize: 2, resourceNames: [`projects/${TB_PROJECT}`] }), res }] } };
    }),
    1,
    plant('negative', 'gcloud-log-http-revision-image-digest', 'none', 'A revision\'s `imageDigest` (`…@sha256:<64 hex>`) in the response of `gcloud run revisions describe`: a content hash, no credential.', ({ rng }) => {
      const d = `sha256:${rng.hex(64)}`;
      return { value: d, event: { cmdline: "gcloud run revisions describe api-00042-qud --region us-central1 --format='value(status.conditions[0].status)' --log-http", calls: [{ cmd: 'run.revisions.describe', uri: `https://us-central1-run.googleapis.com/apis/serving.knative.dev/v1/namespaces/${TB_PROJECT}/revisions/api-00042-qud?alt=json`, res: pretty({ apiVersion: 'serving.knative.dev/v1', kind: 'Revision', metadata: { name: 'api-00042-qud', namespace: TB_PROJECT_NO }, status: { imageDigest: `us-docker.pkg.dev/tallybird-prod/app/api@${d}`, conditions: [{ type: 'Ready', status: 'True' }] } }) }], out: ['True'] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR + 30 * MIN, site: { host: TB_APP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gh-debug.log: the GitHub CLI (gh 2.83) run by a Tallybird engineer with `GH_DEBUG=api` and stderr appended to a file.
// go-gh wires henvic/httpretty into its transport (`Time: true`, colours off): `* Request at <Go time.Time>`,
// `* Request to <URL>`, `> ` request line and headers (sorted; `Authorization` sanitized to `token ████████████████████`),
// the JSON body indented, `< ` status and headers, the response body indented (text and JSON only), `* Request took`.
// https://cli.github.com/manual/gh_help_environment, https://github.com/cli/go-gh/blob/trunk/pkg/api/http_client.go,
// https://github.com/henvic/httpretty/blob/main/printer.go

function ghDebugLog(rng) {
  const goTime = (ms, mono) => `${iso(ms - 8 * HOUR).slice(0, 10)} ${iso(ms - 8 * HOUR).slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 5)}${rng.int(1, 9)} -0800 PST m=+${mono}`;
  const reqHeaders = (body) => [
    ['Accept', 'application/vnd.github.merge-info-preview+json, application/vnd.github.nebula-preview'], ['Authorization', 'token ████████████████████'],
    ...(body ? [['Content-Type', 'application/json; charset=utf-8']] : []), ['Time-Zone', 'America/Los_Angeles'], ['User-Agent', 'GitHub CLI 2.83.1'],
  ];
  const STATUS = { 200: 'OK', 201: 'Created', 204: 'No Content', 404: 'Not Found' };
  const call = (c, t, rng) => {
    const host = c.host ?? 'api.github.com';
    const u = new URL(`https://${host}${c.path}`);
    const resH = [['Access-Control-Allow-Origin', '*'], ['Cache-Control', 'private, max-age=60, s-maxage=60'], ['Content-Type', 'application/json; charset=utf-8'], ['Date', httpDate(t)], ['Server', 'github.com'], ['Strict-Transport-Security', 'max-age=31536000; includeSubdomains; preload'], ['X-Accepted-Oauth-Scopes', c.scopes ?? 'repo'], ['X-Github-Api-Version-Selected', '2022-11-28'], ['X-Github-Request-Id', `${rng.hex(4).toUpperCase()}:${rng.hex(6).toUpperCase()}:${rng.hex(7).toUpperCase()}:${rng.hex(7).toUpperCase()}:${rng.hex(8).toUpperCase()}`], ['X-Oauth-Scopes', 'admin:repo_hook, gist, read:org, repo, workflow'], ['X-Ratelimit-Limit', '5000'], ['X-Ratelimit-Remaining', `${rng.int(4200, 4990)}`], ['X-Ratelimit-Resource', c.path === '/graphql' ? 'graphql' : 'core']];
    const status = c.status ?? 200;
    return [
      `* Request at ${goTime(t, c.mono)}`, `* Request to ${u.href}`, `> ${c.method ?? 'GET'} ${u.pathname}${u.search} HTTP/1.1`, `> Host: ${host}`,
      ...reqHeaders(c.body).map(([k, v]) => `> ${k}: ${v}`), '',
      ...(c.body ? [...pretty(c.body).split('\n'), ''] : []),
      `< HTTP/2.0 ${status} ${STATUS[status]}`, ...resH.map(([k, v]) => `< ${k}: ${v}`), '',
      ...(c.res ? [...pretty(c.res).split('\n'), ''] : []),
      `* Request took ${rng.int(90, 700)}.${digits(rng, 6)}ms`,
    ];
  };
  const render = (e, rng) => {
    let mono = rng.int(30, 60) / 1000;
    return e.calls.flatMap((c, i) => {
      mono += i ? rng.int(200, 700) / 1000 : 0;
      return call({ ...c, mono: `${mono.toFixed(3)}${digits(rng, 5)}${rng.int(1, 9)}` }, e.t + i * 400, rng);
    });
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ calls: [{ path: `/repos/tallybird/web/actions/runs?per_page=${rng.pick([10, 20])}&exclude_pull_requests=true`, res: { total_count: rng.int(4000, 6000), workflow_runs: [{ id: rng.int(19000000000, 19999999999), name: 'ci', head_branch: 'main', status: 'completed', conclusion: rng.pick(['success', 'success', 'failure']), run_number: rng.int(5000, 6000) }] } }] }),
      () => ({ calls: [{ path: '/graphql', method: 'POST', body: { query: 'query PullRequestList($owner:String!,$repo:String!,$limit:Int!){repository(owner:$owner,name:$repo){pullRequests(states:[OPEN],first:$limit){nodes{number,title,headRefName}}}}', variables: { limit: 30, owner: 'tallybird', repo: 'web' } }, res: { data: { repository: { pullRequests: { nodes: [{ number: rng.int(2000, 2400), title: rng.pick(['Dunning: pause reminders on disputed invoices', 'Bump stripe to 19.2.0', 'QuickBooks sync: retry on 429']), headRefName: `feat/${rng.lowerNum(8)}` }] } } } } }] }),
      () => ({ calls: [{ path: '/repos/tallybird/web/releases/latest', res: { tag_name: `v2026.12.${rng.int(10, 15)}`, name: 'Web release', draft: false, prerelease: false } }] }),
    ])();
  const steps = [
    2,
    plant('webhook', 'gh-debug-hooks-config-url-slack-workflow-trigger', 'error', WHY.webhook("`gh api repos/tallybird/web/hooks`: the response body lists a repository webhook whose `config.url` is a Slack Workflow Builder trigger (`https://hooks.slack.com/triggers/<team>/<id>/<secret>`); GitHub hides the hook's `secret`, not its URL"), ({ rng }) => {
      const secret = rng.hex(32);
      const hooks = [
        { type: 'Repository', id: rng.int(480000000, 499999999), name: 'web', active: true, events: ['deployment_status', 'release'], config: { content_type: 'json', insecure_ssl: '0', url: `https://hooks.slack.com/triggers/T0${upperNum(rng, 9)}/${digits(rng, 13)}/${secret}` }, updated_at: '2026-10-02T17:21:40Z', created_at: '2025-03-11T20:02:13Z' },
        { type: 'Repository', id: rng.int(480000000, 499999999), name: 'web', active: true, events: ['push', 'pull_request'], config: { content_type: 'json', insecure_ssl: '0', secret: '********', url: `https://ci.tallybird.example/github/events` }, updated_at: '2026-06-19T15:44:02Z', created_at: '2024-08-01T18:30:55Z' },
      ];
      return {
        marks: [
          { value: secret },
          { value: '"secret": "********"', category: 'negative', kind: 'gh-debug-hooks-config-secret-masked', expect: 'none', why: "GitHub's API writes a webhook's `secret` as `********`: no value." },
        ],
        event: { calls: [{ path: '/repos/tallybird/web/hooks?per_page=100', scopes: 'admin:repo_hook, read:repo_hook, repo, write:repo_hook', res: hooks }] },
      };
    }),
    2,
    plant('framework-dump', 'gh-debug-variable-set-body-sentry-auth-token', 'error', "`gh variable set SENTRY_AUTH_TOKEN --body …` (a variable, not a secret: GitHub keeps it in plain text): the request body printed as indented JSON holds the Sentry organization token under `value`.", ({ rng }) => {
      const tok = `sntrys_${b64Of(JSON.stringify({ iat: Math.floor(DAY0 / 1000) - 86400 * 40, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'tallybird' })).replace(/=+$/, '')}_${rng.b64url(43).replace(/[-_]/g, 'x')}`;
      return { value: tok, event: { calls: [{ path: '/repos/tallybird/web/actions/variables', method: 'POST', body: { name: 'SENTRY_AUTH_TOKEN', value: tok }, status: 201, res: null }] } };
    }),
    2,
    plant('path-secret', 'gh-debug-graphql-create-issue-body-magic-link', 'error', WHY.pathSecret("`gh issue create` in the support repository: the GraphQL `createIssue` mutation's variables carry the issue body, where support pasted the customer's sign-in magic link (`/auth/magic/<token>`)"), ({ rng }) => {
      const token = rng.b64url(43);
      const repoId = `R_kgDO${rng.b64url(6)}`;
      return {
        value: token,
        event: {
          calls: [
            { path: '/graphql', method: 'POST', body: { query: 'query RepositoryInfo($owner:String!$name:String!){repository(owner: $owner, name: $name){id,hasIssuesEnabled,viewerPermission}}', variables: { name: 'support', owner: 'tallybird' } }, res: { data: { repository: { id: repoId, hasIssuesEnabled: true, viewerPermission: 'WRITE' } } } },
            { path: '/graphql', method: 'POST', body: { query: 'mutation IssueCreate($input:CreateIssueInput!){createIssue(input: $input){issue{id,url}}}', variables: { input: { body: `Customer (${tbAccount(rng)}) says the sign-in link from this morning answers "link expired". Link they forwarded: https://${TB_APP}/auth/magic/${token}\n\nCan someone check the TTL change from #2231?`, repositoryId: repoId, title: 'Magic link reported expired right after sending' } } }, res: { data: { createIssue: { issue: { id: `I_kwDO${rng.b64url(10)}`, url: `https://github.com/tallybird/support/issues/${rng.int(800, 900)}` } } } } },
          ],
        },
      };
    }),
    2,
    plant('encoded', 'gh-debug-contents-api-base64-env-file', 'error', "`gh api repos/tallybird/infra/contents/deploy/.env.production`: the contents API answers with the file as base64 (`\"content\"`, a line break every 60 characters, JSON-escaped), a `.env` with the live Stripe key and database password: one decoding from the credentials.", ({ rng }) => {
      const env = `STRIPE_SECRET_KEY=sk_live_51${rng.alnum(94)}\nDATABASE_URL=postgres://tallybird:${rng.alnum(24)}@10.40.0.12:5432/tallybird\nLOG_LEVEL=info\n`;
      const content = `${b64Of(env).match(/.{1,60}/g).join('\n')}\n`;
      return { value: JSON.stringify(content).slice(1, -1), event: { calls: [{ path: '/repos/tallybird/infra/contents/deploy/.env.production', res: { name: '.env.production', path: 'deploy/.env.production', sha: rng.hex(40), size: env.length, type: 'file', encoding: 'base64', content } }] } };
    }),
    2,
    plant('negative', 'gh-debug-secret-set-encrypted-value', 'none', "`gh secret set`: the request body's `encrypted_value` is the secret sealed with the repository's public key (libsodium sealed box, base64): only GitHub can open it, no credential in the log.", ({ rng }) => {
      const sealed = rng.bytes(48 + 32).toString('base64');
      const keyId = digits(rng, 20);
      return { value: sealed, event: { calls: [{ path: '/repos/tallybird/web/actions/secrets/public-key', res: { key_id: keyId, key: rng.bytes(32).toString('base64') } }, { path: '/repos/tallybird/web/actions/secrets/QUICKBOOKS_WEBHOOK_VERIFIER', method: 'PUT', body: { encrypted_value: sealed, key_id: keyId }, status: 204, res: null }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR + 10 * MIN, site: { host: 'api.github.com' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mcp.log: Claude Desktop's MCP log on a Tallybird support engineer's Mac (~/Library/Logs/Claude/mcp.log), two servers:
// the reference `fetch` server and an internal `tallybird-api` server with an `http_request` tool. Each line is
// `<ISO time, ms, Z> [<level>] [<server>] <message>`: `Message from client: <JSON-RPC>` and `Message from server:
// <JSON-RPC>` one line each, the servers' start and stderr lines.
// https://modelcontextprotocol.io/docs/tools/debugging, https://github.com/modelcontextprotocol/servers/tree/main/src/fetch

function mcpLog(rng) {
  let id = 0;
  const line = (ms, level, server, msg) => `${iso(ms)} [${level}] [${server}] ${msg}`;
  const render = (e, rng) => {
    if (e.lines) return e.lines.map(([dt, level, server, msg]) => line(e.t + dt, level, server, msg));
    const n = ++id + 2;
    const server = e.server ?? 'fetch';
    const name = server === 'fetch' ? 'fetch' : 'http_request';
    const client = { method: 'tools/call', params: { name, arguments: e.args }, jsonrpc: '2.0', id: n };
    const result = { content: [{ type: 'text', text: e.reply }], isError: e.isError ?? false };
    // The Python SDK (fetch) writes `jsonrpc` first, the TypeScript SDK (tallybird-api) `result` first.
    const reply = server === 'fetch' ? { jsonrpc: '2.0', id: n, result } : { result, jsonrpc: '2.0', id: n };
    return [line(e.t, 'info', server, `Message from client: ${JSON.stringify(client)}`), line(e.t + rng.int(250, 690), 'info', server, `Message from server: ${JSON.stringify(reply)}`)];
  };
  const page = (url, md) => `Contents of ${url}:\n${md}`;
  const filler = (rng) =>
    rng.pick([
      () => {
        const url = rng.pick(['https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0', 'https://docs.stripe.com/billing/subscriptions/webhooks', `https://${TB_APP}/help/articles/late-fees`]);
        return { args: { url, max_length: 5000 }, reply: page(url, `# ${rng.pick(['OAuth 2.0', 'Using webhooks with subscriptions', 'Late fees'])}\n\n${rng.pick(['Set up your app to receive events.', 'Tokens expire after one hour.', 'Late fees are added on the first day after the due date.'])}` ) };
      },
      () => ({ server: 'tallybird-api', args: { method: 'GET', path: `/v1/accounts/${tbAccount(rng)}/invoices?status=${rng.pick(['overdue', 'open', 'paid'])}&limit=5` }, reply: JSON.stringify({ data: [{ id: invoiceNo(rng), amount_due: rng.int(5000, 90000), currency: 'usd', status: 'open' }], has_more: false }) }),
      () => ({ lines: [[0, 'info', rng.pick(['fetch', 'tallybird-api']), `Message from client: {"method":"ping","jsonrpc":"2.0","id":${rng.int(1000, 9000)}}`]] }),
    ])();
  const init = (server, version, info) => [
    [0, 'info', server, 'Initializing server...'],
    [40, 'info', server, 'Server started and connected successfully'],
    [52, 'info', server, `Message from client: {"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"claude-ai","version":"0.1.0"}},"jsonrpc":"2.0","id":0}`],
    [900, 'info', server, `Message from server: {"jsonrpc":"2.0","id":0,"result":{"protocolVersion":"2025-11-25","capabilities":{"experimental":{},"tools":{"listChanged":false}},"serverInfo":{"name":"${info}","version":"${version}"}}}`],
    [905, 'info', server, 'Message from client: {"method":"notifications/initialized","jsonrpc":"2.0"}'],
    [910, 'info', server, 'Message from client: {"method":"tools/list","params":{},"jsonrpc":"2.0","id":1}'],
  ];
  const steps = [
    { raw: { lines: [...init('fetch', '1.23.0', 'mcp-fetch'), [1300, 'info', 'fetch', 'Message from server: {"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"fetch","description":"Fetches a URL from the internet and optionally extracts its contents as markdown.","inputSchema":{"type":"object","properties":{"url":{"type":"string","format":"uri"},"max_length":{"type":"integer","default":5000},"start_index":{"type":"integer","default":0},"raw":{"type":"boolean","default":false}},"required":["url"]}}]}}']] }, after: 0 },
    { raw: { lines: [...init('tallybird-api', '0.9.2', 'tallybird-api'), [1100, 'info', 'tallybird-api', 'Message from server: {"result":{"tools":[{"name":"http_request","description":"Call the Tallybird API as the support user","inputSchema":{"type":"object","properties":{"method":{"type":"string"},"path":{"type":"string"},"headers":{"type":"object"},"body":{"type":"string"}},"required":["method","path"]}}]},"jsonrpc":"2.0","id":1}'], [1400, 'info', 'tallybird-api', 'tallybird-api MCP server running on stdio (base https://api.tallybird.example)']] }, after: 2 },
    4,
    plant('oauth-code', 'mcp-fetch-xero-callback-code', 'warning', `${WHY.code} A customer's failed Xero connection: the support engineer gives Claude the callback URL to look at, and the fetch tool's \`tools/call\` arguments (\`/integrations/xero/callback?code=…&scope=…&state=…\`) and its error reply keep it.`, ({ rng }) => {
      const code = rng.b64url(43);
      const url = `https://${TB_APP}/integrations/xero/callback?code=${code}&scope=openid%20profile%20email%20accounting.transactions%20offline_access&state=${rng.b64url(22)}`;
      return { value: code, event: { args: { url }, reply: `Failed to fetch ${url} - status code 400`, isError: true } };
    }),
    4,
    plant('implicit-fragment', 'mcp-fetch-url-fragment-access_token-jwt', 'error', "The QuickBooks connect pop-up's final address, fragment included (`/oauth/popup-done#access_token=<JWT>&token_type=Bearer&expires_in=900`), handed to the fetch tool; the reply's `Contents of <url>` repeats it. The line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 900, age: 140, jti: true, alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://${TB_ID}`, sub: `usr_${rng.alnum(14)}`, aud: 'tallybird-web', client_id: 'quickbooks-popup', scope: 'invoices:read invoices:write' } });
      const url = `https://${TB_APP}/oauth/popup-done#access_token=${token.token}&token_type=Bearer&expires_in=900&state=${rng.b64url(16)}`;
      return { value: token.token, jwt: token.facts, event: { args: { url, max_length: 2000 }, reply: page(url, '# Connecting…\n\nYou can close this window.') } };
    }),
    4,
    plant('negative', 'mcp-fetch-authorize-request-code_challenge', 'none', 'An authorization request handed to the fetch tool (`/oidc/v1/authorize?response_type=code&client_id=…&state=…&nonce=…&code_challenge=…`): state, nonce and a PKCE challenge, no credential.', ({ rng }) => {
      const ch = rng.b64url(43);
      const url = `https://${TB_ID}/oidc/v1/authorize?response_type=code&client_id=${digits(rng, 18)}&redirect_uri=https%3A%2F%2F${TB_APP}%2Fauth%2Fcallback&scope=openid%20email&state=${rng.b64url(22)}&nonce=${rng.b64url(22)}&code_challenge=${ch}&code_challenge_method=S256`;
      return { value: ch, event: { args: { url }, reply: page(url, '# Sign in to Tallybird\n\nEmail\n\nContinue') } };
    }),
    4,
    plant('path-secret', 'mcp-fetch-magic-link-path', 'error', WHY.pathSecret('A customer\'s sign-in magic link (`/auth/magic/<token>`) given to the fetch tool to see why it fails: the `tools/call` arguments and the reply'), ({ rng }) => {
      const token = rng.b64url(43);
      const url = `https://${TB_APP}/auth/magic/${token}`;
      return { value: token, event: { args: { url }, reply: page(url, '# This link has expired\n\nRequest a new sign-in link.') } };
    }),
    4,
    plant('header-dump', 'mcp-http-request-headers-authorization-bearer-jwt', 'error', "A `tools/call` of the internal server's `http_request` tool with its `headers` argument: `{\"Authorization\":\"Bearer <JWT>\"}` (the support user's API token, pasted into the chat), with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1700, jti: true, alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://${TB_ID}`, sub: `usr_${rng.alnum(14)}`, aud: 'tallybird-api', scope: 'support:read', 'urn:tallybird:role': 'support' } });
      return { value: token.token, jwt: token.facts, event: { server: 'tallybird-api', args: { method: 'GET', path: `/v1/accounts/${tbAccount(rng)}/payments?limit=3`, headers: { Authorization: `Bearer ${token.token}` } }, reply: JSON.stringify({ data: [{ id: `py_${rng.alnum(14)}`, amount: rng.int(1000, 50000), status: 'failed', failure_code: 'card_declined' }], has_more: false }) } };
    }),
    4,
    plant('id-token', 'mcp-fetch-end_session-id_token_hint-expired', 'note', "A sign-out URL from the engineer's browser history given to the fetch tool (`/oidc/v1/end_session?id_token_hint=<ID token>&…`): the ID token expired three hours before the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4 * 3600 + rng.int(60, 600), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://${TB_ID}`, sub: `usr_${rng.alnum(14)}`, aud: [digits(rng, 18)], azp: digits(rng, 18), sid: `V1_${digits(rng, 18)}` } });
      const url = `https://${TB_ID}/oidc/v1/end_session?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${TB_APP}%2Fsigned-out`;
      return { value: token.token, jwt: token.facts, event: { args: { url }, reply: `Failed to fetch ${url} - status code 400`, isError: true } };
    }),
    4,
    plant('negative', 'mcp-http-request-reply-x-request-id', 'none', "The internal API's reply text ends with its `x-request-id` (a uuid): a request id, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { server: 'tallybird-api', args: { method: 'POST', path: `/v1/invoices/${invoiceNo(rng)}/resend`, body: '{"channel":"email"}' }, reply: `{"status":"queued"}\nx-request-id: ${v}` } };
    }),
    4,
    plant('embed-jwt', 'mcp-fetch-embed-dashboard-jwt-no-exp', 'error', 'A customer-facing dashboard embedded from the reports server (`/embed/dashboard/<JWT>#bordered=false`), handed to the fetch tool: a JWT without `exp`, in the arguments and the reply, with the line\'s time', ({ rng, t }) => {
      const token = jwt(rng, t, { age: 52 * 86400, claims: { resource: { dashboard: rng.int(10, 40) }, params: { account_id: tbAccount(rng) } } });
      const url = `https://${TB_REPORTS}/embed/dashboard/${token.token}#bordered=false&titled=true`;
      return { value: token.token, jwt: token.facts, event: { args: { url, max_length: 3000 }, reply: page(url, '# Cash flow\n\nOutstanding: $12,480.00') } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR + 5 * MIN, site: { host: TB_APP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vaultwarden.log: Tallybird's password manager, Vaultwarden 1.35 with SSO against the company's identity provider,
// `LOG_FILE` set and `LOG_LEVEL=info,vaultwarden::sso=debug`: `[<local time, ms>][<target>][<LEVEL>] <message>`. Rocket's
// request line keeps the whole URI (`[request][INFO] GET /path?query`); its response line writes the route, whose
// dynamic parts and query are shown as their names (`(websockets_hub) GET /notifications/hub?<data..> => 101 …`).
// https://github.com/dani-garcia/vaultwarden/wiki/Logging, https://github.com/dani-garcia/vaultwarden/issues/7526,
// https://github.com/dani-garcia/vaultwarden/wiki/Enabling-SSO-support-using-OpenId-Connect

function vaultwardenLog(rng) {
  const VW = 'vault.tallybird.example';
  const stamp = (ms) => `${iso(ms - 8 * HOUR).slice(0, 10)} ${iso(ms - 8 * HOUR).slice(11, 23)}`;
  const render = (e) => {
    if (e.lines) return e.lines.map(([dt, target, level, msg]) => `[${stamp(e.t + dt)}][${target}][${level}] ${msg}`);
    const out = [`[${stamp(e.t)}][request][INFO] ${e.method} ${target(e)}`, ...(e.mid ?? []).map(([target_, level, msg]) => `[${stamp(e.t + 1)}][${target_}][${level}] ${msg}`)];
    out.push(`[${stamp(e.t + (e.ms ?? 1))}][response][INFO] (${e.route}) ${e.method} ${e.pattern ?? e.path} => ${e.result ?? '200 OK'}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/sync', query: 'excludeDomains=true', route: 'sync', pattern: '/api/sync?<data..>', ms: rng.int(8, 40) }),
      () => ({ path: '/api/config', route: 'config' }),
      () => ({ path: '/api/accounts/revision-date', route: 'revision_date' }),
      () => ({ path: '/alive', route: 'alive' }),
      () => ({ path: `/icons/${rng.pick(['www.intuit.com', 'stripe.com', 'github.com', 'console.cloud.google.com', 'xero.com'])}/icon.png`, route: 'icon_external', pattern: '/icons/<domain>/icon.png' }),
      () => ({ path: '/api/devices/knowndevice', route: 'get_known_device', pattern: '/api/devices/knowndevice' }),
    ])();
  const ORG = rng.uuid();
  const steps = [
    { raw: { lines: [[0, 'start', 'INFO', 'Rocket has launched from http://0.0.0.0:80']] }, after: 0 },
    9,
    plant('oauth-code', 'vaultwarden-request-oidc-signin-code', 'warning', `${WHY.code} Vaultwarden's SSO callback: Rocket's \`[request]\` line writes \`/identity/connect/oidc-signin?code=…&state=…\` whole (the \`[response]\` line only the route).`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { path: '/identity/connect/oidc-signin', query: `code=${code}&state=${rng.b64url(32)}`, route: 'oidcsignin', pattern: '/identity/connect/oidc-signin?<data..>', result: '307 Temporary Redirect', ms: 180 } };
    }),
    { raw: { lines: [[0, 'request', 'INFO', 'POST /identity/connect/token']] }, after: 1 },
    plant('refresh-token', 'vaultwarden-sso-debug-oidcauthenticateduser-refresh_token', 'error', `${WHY.refresh} With \`vaultwarden::sso=debug\`, Vaultwarden logs the SSO user with Rust's derived Debug (\`OIDCAuthenticatedUser { refresh_token: Some("…"), access_token: "…", … }\`): the identity provider's refresh token in plain text.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { lines: [[0, 'vaultwarden::sso', 'DEBUG', `Authenticated user OIDCAuthenticatedUser { refresh_token: Some("${rt}"), access_token: "${rng.b64url(64)}", expires_in: Some(43199s), identifier: OIDCIdentifier("https://${TB_ID}/${digits(rng, 18)}"), email: "dana.ruiz@tallybird.example", email_verified: Some(true), user_name: Some("Dana Ruiz") }`], [90, 'vaultwarden::api::identity', 'INFO', `User dana.ruiz@tallybird.example logged in successfully. IP: ${publicIp(rng)}`], [91, 'response', 'INFO', '(login) POST /identity/connect/token => 200 OK']] } };
    }, { after: 1 }),
    8,
    plant('api-key-name', 'vaultwarden-request-notifications-hub-access_token-jwt', 'error', "The web vault opens its WebSocket with the user's access token in the query (`/notifications/hub?access_token=<JWT>`): Rocket's `[request]` line keeps it, the `[response]` line writes `?<data..>`. Vaultwarden's login JWT, with the line's time", ({ rng, t }) => {
      const age = 900;
      const token = jwt(rng, t, { lifetime: 7200, age, alg: 'RS256', typ: 'JWT', claims: { nbf: Math.floor(t / 1000) - age, iss: `https://${VW}|login`, sub: rng.uuid(), premium: true, name: 'Dana Ruiz', email: 'dana.ruiz@tallybird.example', email_verified: true, orgowner: [], orgadmin: [ORG], orguser: [], orgmanager: [], sstamp: rng.uuid(), device: rng.uuid(), devicetype: 'ChromeBrowser', scope: ['api', 'offline_access'], amr: ['Application'] } });
      return { value: token.token, jwt: token.facts, event: { path: '/notifications/hub', query: `access_token=${token.token}`, route: 'websockets_hub', pattern: '/notifications/hub?<data..>', result: '101 Switching Protocols', mid: [['vaultwarden::api::notifications', 'INFO', `Accepting Rocket WS connection from ${publicIp(rng)}`]] } };
    }),
    8,
    plant('negative', 'vaultwarden-policies-token-undefined-placeholders', 'none', 'The web vault asks for an organization\'s policies before it has read the invitation (`?token=undefined&email=undefined&organizationUserId=undefined`): JavaScript\'s `undefined` written as text, no value.', () => ({ value: 'token=undefined&email=undefined&organizationUserId=undefined', event: { path: '/api/organizations/undefined/policies/token', query: 'token=undefined&email=undefined&organizationUserId=undefined', route: 'list_policies_token', pattern: '/api/organizations/<org_id>/policies/token?<token>' } })),
    2,
    plant('path-secret', 'vaultwarden-request-policies-token-invite-jwt', 'error', "An invited member opens the organization invitation: the web vault calls `/api/organizations/<org>/policies/token?token=<invite JWT>&email=…`, which Rocket's `[request]` line keeps; the invitation token, valid five days, with the line's time", ({ rng, t }) => {
      const age = 20 * 3600 + rng.int(60, 3000);
      const member = rng.uuid();
      const token = jwt(rng, t, { lifetime: 432000, age, alg: 'RS256', typ: 'JWT', claims: { nbf: Math.floor(t / 1000) - age, iss: `https://${VW}|invite`, sub: rng.uuid(), email: 'lee.okafor@tallybird.example', org_id: ORG, member_id: member, org_name: 'Tallybird', invited_by_email: 'dana.ruiz@tallybird.example' } });
      return { value: token.token, jwt: token.facts, event: { path: `/api/organizations/${ORG}/policies/token`, query: `token=${token.token}&email=lee.okafor%40tallybird.example&organizationUserId=${member}`, route: 'list_policies_token', pattern: '/api/organizations/<org_id>/policies/token?<token>' } };
    }),
    8,
    plant('negative', 'vaultwarden-attachment-id-path', 'none', "A cipher's attachment metadata (`/api/ciphers/<uuid>/attachment/<attachment id>`): the attachment id is random, but only names the file; its download needs the user's token and its key. No credential.", ({ rng }) => {
      const att = rng.lowerNum(20);
      return { value: att, event: { path: `/api/ciphers/${rng.uuid()}/attachment/${att}`, route: 'get_attachment', pattern: '/api/ciphers/<cipher_id>/attachment/<attachment_id>' } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR + 20 * MIN, site: { host: VW }, filler: (rng) => ({ method: 'GET', ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sync-worker.log: Tallybird's accounting sync worker, a Bun 1.3 program started with `BUN_CONFIG_VERBOSE_FETCH=curl`
// while a QuickBooks problem was debugged, stdout and stderr appended to one file: the worker's own lines
// (`<ISO time> <LEVEL> [<module>] …`), and for each fetch Bun's `[fetch] $ curl …` command (one `-H` a line, `--data-raw`
// last), `[fetch] > ` request line and headers, `[fetch] < ` status and headers, none of them timed.
// https://bun.com/docs/api/fetch#debugging, https://bun.com/docs/runtime/env

function bunWorkerLog(rng) {
  const UA = 'Bun/1.3.4';
  const app = (ms, level, mod, msg) => `${iso(ms)} ${level.padEnd(5)} [${mod}] ${msg}`;
  const fetchLines = (f) => {
    const u = new URL(f.url);
    const method = f.method ?? 'GET';
    const headers = [...(f.headers ?? []), ['Connection', 'keep-alive'], ['User-Agent', UA], ['Accept', '*/*'], ['Host', u.host], ['Accept-Encoding', 'gzip, deflate, br, zstd']];
    const curl = [`[fetch] $ curl --http1.1 "${f.url}"${method === 'GET' ? '' : ` -X ${method}`} \\`, ...headers.map(([k, v], i) => `  -H "${k}: ${v}"${i < headers.length - 1 || f.body ? ' \\' : ''}`), ...(f.body ? [`  --data-raw "${f.body.replace(/"/g, '\\"')}"`] : [])];
    const reqH = [...(f.headers ?? []), ['Connection', 'keep-alive'], ['User-Agent', UA], ['Accept', '*/*'], ['Host', u.host], ['Accept-Encoding', 'gzip, deflate, br, zstd'], ...(f.body ? [['Content-Length', String(Buffer.byteLength(f.body))]] : [])];
    const STATUS = { 200: 'OK', 201: 'Created', 400: 'Bad Request', 401: 'Unauthorized' };
    return [...curl, `[fetch] > HTTP/1.1 ${method} ${f.url}`, ...reqH.map(([k, v]) => `[fetch] > ${k}: ${v}`), '', `[fetch] < ${f.status ?? 200} ${STATUS[f.status ?? 200]}`, ...(f.resH ?? [['Content-Type', 'application/json']]).map(([k, v]) => `[fetch] < ${k}: ${v}`), ''];
  };
  const render = (e) => [...(e.before ?? []).map(([dt, l, m, s]) => app(e.t + dt, l, m, s)), ...(e.fetch ? fetchLines(e.fetch) : []), ...(e.after ?? []).map(([dt, l, m, s]) => app(e.t + dt, l, m, s))];
  const STRIPE = `sk_live_51${rng.alnum(22)}${rng.alnum(75)}`;
  const stripeH = () => [['authorization', `Bearer ${STRIPE}`], ['stripe-version', '2025-11-17.clover']];
  const filler = (rng) =>
    rng.pick([
      () => ({ before: [[0, 'INFO', 'sync', `account ${tbAccount(rng)}: ${rng.int(0, 12)} invoices to push, ${rng.int(0, 5)} payments to pull`]] }),
      () => ({ before: [[0, 'DEBUG', 'queue', `leased job ${rng.uuid()} (quickbooks.push_invoice), attempt ${rng.int(1, 3)}`]] }),
      () => ({ fetch: { url: `https://${TB_API}/internal/accounts/${tbAccount(rng)}/sync-state`, headers: [['x-worker-id', `sync-${rng.int(1, 4)}`]] }, after: [[rng.int(20, 90), 'DEBUG', 'sync', 'sync state loaded']] }),
    ])();
  const steps = [
    { raw: { before: [[0, 'INFO', 'main', 'sync-worker 2026.12.15-1 starting (bun 1.3.4, BUN_CONFIG_VERBOSE_FETCH=curl)'], [3, 'INFO', 'queue', 'connected to redis://10.40.0.21:6379/3']] }, after: 0 },
    2,
    plant('header-dump', 'bun-verbose-fetch-authorization-bearer-stripe-live-key', 'error', "A Stripe call: the worker's `authorization: Bearer sk_live_…` header in Bun's `curl` line (`-H`) and again in the `[fetch] >` lines of the same request.", ({ rng }) => {
      const rid = `req_${rng.alnum(14)}`;
      return {
        marks: [
          { value: STRIPE },
          { value: rid, category: 'negative', kind: 'bun-verbose-fetch-stripe-request-id', expect: 'none', why: "Stripe's `Request-Id: req_…` response header: a request id, no credential." },
        ],
        event: { before: [[0, 'INFO', 'stripe', 'listing open invoices for reconciliation']], fetch: { url: 'https://api.stripe.com/v1/invoices?limit=20&status=open', headers: stripeH(), resH: [['Content-Type', 'application/json'], ['Request-Id', rid], ['Stripe-Version', '2025-11-17.clover']] } },
      };
    }),
    2,
    plant('header-dump', 'bun-verbose-fetch-x-shopify-access-token', 'error', "A merchant's Shopify store: the Admin API token `x-shopify-access-token: shpat_…` in the `curl` line and the `[fetch] >` lines.", ({ rng }) => {
      const tok = `shpat_${rng.hex(32)}`;
      const pageInfo = b64urlOf(JSON.stringify({ direction: 'next', last_id: rng.int(5000000000000, 5999999999999), last_value: '2026-12-15 21:14:02.118921' }));
      return {
        marks: [
          { value: tok },
          { value: pageInfo, category: 'negative', kind: 'bun-verbose-fetch-shopify-link-page_info', expect: 'none', why: "Shopify's `page_info` cursor (base64 JSON of the last order read) in the response's `Link` header: a position in a list, no credential." },
        ],
        event: { before: [[0, 'INFO', 'shopify', `pulling orders for ${tbAccount(rng)} (tallybird-demo-goods.myshopify.com)`]], fetch: { url: 'https://tallybird-demo-goods.myshopify.com/admin/api/2026-10/orders.json?status=any&limit=50&updated_at_min=2026-12-15T00:00:00Z', headers: [['x-shopify-access-token', tok]], resH: [['Content-Type', 'application/json; charset=utf-8'], ['Link', `<https://tallybird-demo-goods.myshopify.com/admin/api/2026-10/orders.json?limit=50&page_info=${pageInfo}>; rel="next"`], ['X-Shopify-Shop-Api-Call-Limit', `${rng.int(1, 20)}/40`]] } },
      };
    }),
    2,
    plant('refresh-token', 'bun-verbose-fetch-data-raw-intuit-refresh_token', 'error', `${WHY.refresh} The QuickBooks token renewal: Bun's \`curl\` line ends with \`--data-raw "grant_type=refresh_token&refresh_token=AB11…"\` (Intuit's refresh token lives 100 days).`, ({ rng }) => {
      const rt = `AB11${rng.int(700000000, 799999999)}${rng.alnum(38)}`;
      const basic = b64Of(`AB${rng.alnum(48)}:${rng.alnum(40)}`);
      return {
        marks: [
          { value: rt },
          { value: basic, category: 'encoded', kind: 'bun-verbose-fetch-authorization-basic-client-secret', expect: 'error', why: "The same token request authenticates the app with `authorization: Basic <base64 of client_id:client_secret>` (curl line and `[fetch] >` line): one decoding from the QuickBooks client secret." },
        ],
        event: { before: [[0, 'INFO', 'quickbooks', `refreshing access token realm=${digits(rng, 19)}`]], fetch: { url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', method: 'POST', headers: [['authorization', `Basic ${basic}`], ['content-type', 'application/x-www-form-urlencoded'], ['accept', 'application/json']], body: `grant_type=refresh_token&refresh_token=${rt}`, status: 400, resH: [['Content-Type', 'application/json'], ['intuit_tid', `1-${rng.hex(8)}-${rng.hex(24)}`]] }, after: [[310, 'ERROR', 'quickbooks', 'token refresh failed: 400 invalid_grant (the refresh token was rotated by another worker?)']] },
      };
    }),
    2,
    plant('replay', 'bun-verbose-fetch-export_ticket-logged-twice', 'note', WHY.ticketFirst("An opaque `export_ticket` the worker redeems to pick up a bulk export (`/internal/exports/claim?export_ticket=…`); Bun writes the URL in the `curl` line and the `[fetch] >` request line of the one request (a `sameRequestAs` line: no replay)"), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { before: [[0, 'INFO', 'export', `claiming export for ${tbAccount(rng)}`]], fetch: { url: `https://${TB_API}/internal/exports/claim?export_ticket=${tk}`, method: 'POST', headers: [['x-worker-id', 'sync-2']], status: 200 } } };
    }),
    2,
    plant('id-token', 'bun-app-line-end_session-id_token_hint', 'error', "The worker ends the identity provider session of a user whose access was revoked: its own line names the logout URL (`end_session?id_token_hint=<ID token>&…`), which Bun's `curl` and `[fetch] >` lines repeat; the ID token, with the worker line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 200, jti: true, alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://${TB_ID}`, sub: `usr_${rng.alnum(14)}`, aud: 'tallybird-web', sid: rng.uuid(), auth_time: Math.floor(t / 1000) - 260 } });
      const url = `https://${TB_ID}/oidc/v1/end_session?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${TB_APP}%2Fsigned-out`;
      return { value: token.token, jwt: token.facts, event: { before: [[0, 'WARN', 'access', `user access revoked by account owner, ending IdP session: ${url}`]], fetch: { url, status: 200, resH: [['Content-Type', 'text/html; charset=utf-8']] } } };
    }),
    2,
    plant('embed-jwt', 'bun-app-line-embed-question-jwt-expired', 'note', "The statement renderer reports a 401 from the reports server for an embedded chart (`/embed/question/<JWT>`): the worker reused yesterday's embed token, which expired a day before the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 86400 + 600 + rng.int(60, 2000), claims: { resource: { question: rng.int(100, 400) }, params: { account_id: tbAccount(rng) } } });
      return { value: token.token, jwt: token.facts, event: { before: [[0, 'WARN', 'pdf', `embed returned 401, statement rendered without chart: https://${TB_REPORTS}/embed/question/${token.token}#bordered=false`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR + 2 * MIN, site: { host: TB_API }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// everything.php: Pivoine & Cie's Joomla 6 shop (HikaShop, a Google sign-in plugin for customers, a Microsoft Entra
// single sign-on plugin for the staff, the shop's own plugins) with "Log Almost Everything" on: Joomla's formatted text
// logger writes `administrator/logs/everything.php`, a PHP guard and `#Date`, `#Software`, `#Fields` header, then one
// tab-separated entry a line (`<ISO time, +00:00>\t<PRIORITY> <client ip>\t<category>\t<message>`). Messages in French
// where the site's language file translates them, the extensions' own in the words their authors chose.
// https://docs.joomla.org/Help5.x:Site_Global_Configuration (Logging: Log Almost Everything),
// https://manual.joomla.org/docs/general-concepts/logging/

function joomlaLog(rng) {
  const OFFICE = '203.0.113.80';
  const START = DAY0 + 6 * HOUR + 2000;
  let factureNo;
  const header = ['#', "#<?php die('Forbidden.'); ?>", `#Date: ${iso(START).slice(0, 10)} ${iso(START).slice(11, 19)} UTC`, '#Software: Joomla! 6.0.4 Stable [ Kuimarisha ] 10-November-2026 16:00 UTC', '', '#Fields: datetime\tpriority clientip\tcategory\tmessage'];
  const render = (e) => e.lines.map(([dt, pri, cat, msg, ip]) => `${iso(e.t + dt * 1000).slice(0, 19)}+00:00\t${pri} ${ip ?? e.ip}\t${cat}\t${msg}`);
  const secs = (rng) => `${rng.int(0, 2)},${pad(rng.int(1, 99))}`;
  const SITES = [
    [1, 'Joomla! Core', 'https://update.joomla.org/core/sts/extension_sts.xml'],
    [2, 'Accredited Joomla! Translations', 'https://update.joomla.org/language/translationlist_6.xml'],
    [5, 'HikaShop', 'https://www.hikashop.com/component/updateme/updatexml/component-hikashop/level-Business/file-extension.xml'],
    [7, 'Joomla! Update Component', 'https://update.joomla.org/core/extensions/com_joomlaupdate.xml'],
  ];
  const filler = (rng) =>
    rng.pick([
      () => {
        const [n, name, url] = rng.pick(SITES);
        return { lines: [[0, 'INFO', 'updater', `Chargement des informations depuis le site de mise à jour n°${n} nommé « ${name} » avec l'URL ${url} en ${secs(rng)} secondes`, OFFICE]] };
      },
      () => ({ lines: [[0, 'INFO', 'com_hikashop', `Commande ${commande(rng)} : statut modifié de « en attente » à « confirmée » (paiement ${rng.pick(['Stripe', 'PayPal', 'virement'])})`]] }),
      () => ({ lines: [[0, 'WARNING', 'deprecated', rng.pick(['Joomla\\CMS\\Factory::getDbo() is deprecated, will be removed in 7.0. Use the database service in the DI container.', "Joomla\\CMS\\Application\\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.", 'HTMLHelper::_(\'behavior.formvalidator\') is deprecated. Use the web asset manager.'])]] }),
      () => {
        const [n, name] = rng.pick([[2, 'Nettoyage des sessions'], [3, 'Relance des paniers abandonnés'], [4, 'Vérification des mises à jour']]);
        return { lines: [[0, 'INFO', 'scheduler', `Tâche n°${n} « ${name} » exécutée, code de sortie 0, durée ${secs(rng)} s`, '127.0.0.1']] };
      },
      () => ({ lines: [[0, 'INFO', 'pivoine.requete', `GET /${rng.pick(['bouquets', 'plantes-vertes', 'abonnements', 'deuil', 'mariage'])}/${rng.pick(['pivoines-roses', 'renoncules-blanches', 'bouquet-du-marche', 'ficus-lyrata', 'orchidee-phalaenopsis'])} 200`]] }),
    ])();
  const steps = [
    { raw: { lines: [[0, 'INFO', 'scheduler', 'Tâche n°4 « Vérification des mises à jour » démarrée', '127.0.0.1']] }, after: 0 },
    7,
    plant('api-key-name', 'joomla-updater-update-site-url-dlid', 'error', WHY.apiKey('dlid') + " An extension's paid update stream carries the subscriber's download ID as `dlid=` (Joomla appends the update site's extra query to its URL); the updater's line about loading the update site writes the URL whole.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [[0, 'INFO', 'updater', `Chargement des informations depuis le site de mise à jour n°9 nommé « Akeeba Backup Professional » avec l'URL https://cdn.akeeba.com/updates/pkgakeebabackuppro.xml?dlid=${rng.int(10000, 99999)}:${key} en ${secs(rng)} secondes`, OFFICE]] } };
    }),
    7,
    plant('oauth-code', 'joomla-socialconnect-google-callback-code', 'warning', `${WHY.code} The customers' Google sign-in plugin logs the return it received at debug level: \`state=…&code=4%2F0A…&scope=…&authuser=0&prompt=consent\` (Google's code, its slash percent-encoded).`, ({ rng }) => {
      const code = `4%2F0A${rng.b64url(71)}`;
      return { value: code, event: { lines: [[0, 'DEBUG', 'plg_system_socialconnect', `Retour du fournisseur Google : /index.php?option=com_ajax&plugin=socialconnect&format=raw&provider=google&state=${rng.hex(32)}&code=${code}&scope=email+profile+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.profile&authuser=0&prompt=consent`]] } };
    }),
    7,
    plant('negative', 'joomla-logout-form-token-as-parameter-name', 'none', "Joomla's CSRF form token, used as a parameter name with the value 1 (`&<32 hex>=1`) on a sign-out link, and a base64 `return` URL (`index.php?Itemid=101`): a CSRF token, no credential.", ({ rng }) => {
      const v = `${rng.hex(32)}=1`;
      return { value: v, event: { lines: [[0, 'INFO', 'pivoine.requete', `GET /index.php?option=com_users&task=user.logout&${v}&return=${b64Of('index.php?Itemid=101')} 303`]] } };
    }),
    7,
    plant('path-secret', 'joomla-brevo-reset-link-confirm-token', 'error', WHY.pathSecret("The transactional e-mail plugin logs the password reset e-mail it queued, link included (`/mot-de-passe-oublie?layout=confirm&token=<token>`, Joomla's reset token)"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { lines: [[0, 'INFO', 'plg_system_brevo', `Courriel transactionnel « Réinitialisation du mot de passe » mis en file pour c.lefevre@laposte.example (modèle 14) : lien https://${PV_WWW}/mot-de-passe-oublie?layout=confirm&token=${token}`]] } };
    }),
    7,
    plant('webhook', 'joomla-hikashop-make-webhook-url', 'error', WHY.webhook("The shop's order plugin posts each order to a Make scenario (`https://hook.eu2.make.com/<32 characters>`); its warning about a failed delivery writes the URL"), ({ rng }) => {
      const hook = lowerNum(rng, 32);
      return { value: hook, event: { lines: [[0, 'WARNING', 'plg_hikashop_make', `Échec de l'envoi de la commande ${commande(rng)} vers le webhook https://hook.eu2.make.com/${hook} : HTTP 410 (scénario désactivé ?)`]] } };
    }),
    7,
    plant('replay', 'joomla-invoice-download-ticket_facture', 'note', WHY.ticketFirst("An opaque `ticket_facture` in the invoice link a customer receives by e-mail (`/factures/telecharger?ticket_facture=…`, one download per link)"), ({ rng, t }) => {
      firstUse.facture = t;
      const tk = rng.b64url(32);
      factureNo = `FA-2026-0${rng.int(4000, 4999)}`;
      return { value: tk, event: { ip: '198.51.100.213', lines: [[0, 'INFO', 'pivoine.requete', `GET /factures/telecharger?ticket_facture=${tk}&facture=${factureNo} 200`]] } };
    }, { ref: 'facture' }),
    2,
    plant('replay', 'joomla-invoice-download-ticket_facture', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('facture').value, why: `${WHY.replay('ticket_facture', gap('facture', t))} The \`clientip\` column shows the two clients.` }], event: { ip: '203.0.113.161', lines: [[0, 'INFO', 'pivoine.requete', `GET /factures/telecharger?ticket_facture=${refs.get('facture').value}&facture=${factureNo} 200`]] } }), { replayOf: 'facture', after: 95 }),
    7,
    plant('id-token', 'joomla-entra-sso-logout-id_token_hint', 'error', "The staff single sign-on plugin logs where it sends an administrator who signs out: Microsoft Entra's logout endpoint with `id_token_hint=<ID token>`, live (75 minutes, no jti) at the entry's time", ({ rng, t }) => {
      const tid = rng.uuid();
      const token = jwt(rng, t, { lifetime: 4500, age: 1800, alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: `https://login.microsoftonline.com/${tid}/v2.0`, nbf: Math.floor(t / 1000) - 1800, aio: rng.b64url(60), name: 'Camille Morel', oid: rng.uuid(), preferred_username: 'c.morel@pivoine-cie.example', rh: `1.${rng.b64url(40)}.`, sid: rng.uuid(), sub: rng.b64url(43), tid, uti: rng.b64url(22), ver: '2.0' } });
      return { value: token.token, jwt: token.facts, event: { ip: OFFICE, lines: [[0, 'INFO', 'plg_system_entrasso', `Déconnexion de l'administrateur « c.morel » : redirection vers https://login.microsoftonline.com/${tid}/oauth2/v2.0/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${PV_WWW}%2Fadministrator%2F`]] } };
    }),
    7,
    plant('implicit-fragment', 'joomla-js-error-report-href-access_token', 'error', "The shop's JavaScript error reporter logs the page a customer was on: the old gift-card partner still returns with the implicit grant, so `href` ends with `#access_token=<JWT>&token_type=Bearer`. Timed by the entry", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 12, jti: true, alg: 'HS256', claims: { iss: 'https://auth.cartes-cadeaux.example', sub: `cc_${rng.alnum(12)}`, aud: 'pivoine-cie', scope: 'giftcard:redeem' } });
      return { value: token.token, jwt: token.facts, event: { lines: [[0, 'ERROR', 'pivoine.js', `TypeError: window.opener is null — href=https://${PV_WWW}/carte-cadeau/retour#access_token=${token.token}&token_type=Bearer&expires_in=3600 — Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X)`]] } };
    }),
    7,
    plant('embed-jwt', 'joomla-module-embed-dashboard-jwt-120s', 'warning', 'The back office sales module logs the dashboard URL it built for an administrator (`/embed/dashboard/<JWT>#bordered=true`): a JWT valid 120 s without jti, live at the entry\'s time', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 2, claims: { resource: { dashboard: 3 }, params: { boutique: 'lyon-croix-rousse' } } });
      return { value: token.token, jwt: token.facts, event: { ip: OFFICE, lines: [[0, 'INFO', 'mod_pivoine_statistiques', `Tableau de bord des ventes intégré pour « c.morel » : https://stats.pivoine-cie.example/embed/dashboard/${token.token}#bordered=true&titled=false`]] } };
    }),
    7,
    plant('negative', 'joomla-404-fbclid', 'none', "Facebook's `fbclid` click id on a product page that no longer exists: a tracking id, no credential.", ({ rng }) => {
      const v = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}_aem_${rng.b64url(22)}`;
      return { value: v, event: { lines: [[0, 'INFO', 'pivoine.requete', `GET /bouquets/pivoines-sarah-bernhardt?fbclid=${v} 404`]] } };
    }),
    7,
  ];
  return buildLog(rng, { start: START, site: { host: PV_WWW }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// tinyproxy.log: the forward proxy of Pivoine & Cie's shop and workshop (tinyproxy 1.11 on a small Debian box,
// `LogLevel Info`, `FilterDefaultDeny No` with a few filtered domains): `<LEVEL padded to 9> <Mon DD HH:MM:SS.mmm>
// [<pid>]: <message>` in the box's local time (Europe/Paris), no year. Plain HTTP requests are written with their URL
// (`Request (file descriptor N): GET http://host/path?query HTTP/1.1`), HTTPS only as `CONNECT host:443`; the client
// address is on the `Connect (file descriptor N)` line before.
// https://tinyproxy.github.io/, https://github.com/tinyproxy/tinyproxy/blob/master/src/reqs.c

function tinyproxyLog(rng) {
  const PID = 812;
  const stamp = (ms) => {
    const d = new Date(ms + HOUR);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 23)}`;
  };
  const L = (ms, level, msg) => `${level.padEnd(9)} ${stamp(ms)} [${PID}]: ${msg}`;
  let colis;
  const MACHINES = ['192.168.10.23', '192.168.10.31', '192.168.10.42', '192.168.10.57', '192.168.10.64'];
  const render = (e, rng) => {
    const fd = rng.int(4, 14);
    const client = e.client ?? rng.pick(MACHINES);
    const out = [L(e.t, 'CONNECT', `Connect (file descriptor ${fd}): ${client}`), L(e.t + 1, 'CONNECT', `Request (file descriptor ${fd}): ${e.req}`)];
    const host = e.req.startsWith('CONNECT ') ? e.req.split(' ')[1].split(':')[0] : new URL(e.req.split(' ')[1]).hostname;
    if (e.refused) return [...out, L(e.t + 2, 'NOTICE', `Proxying refused on filtered domain "${host}"`)];
    const port = e.req.startsWith('CONNECT ') ? 443 : 80;
    const dt = rng.int(8, 60);
    return [
      ...out,
      L(e.t + 1, 'INFO', `No upstream proxy for ${host}`),
      L(e.t + 2, 'INFO', `opensock: opening connection to ${host}:${port}`),
      L(e.t + 2 + dt, 'INFO', `opensock: getaddrinfo returned for ${host}:${port}`),
      L(e.t + 12 + dt, 'CONNECT', `Established connection to host "${host}" using file descriptor ${fd + 1}.`),
      ...(port === 80 ? [] : [L(e.t + 13 + dt, 'INFO', 'Not sending client headers to remote machine')]),
      L(e.t + 13 + dt + rng.int(40, 600), 'INFO', `Closed connection between local client (fd:${fd}) and remote client (fd:${fd + 1})`),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ req: `CONNECT ${rng.pick(['www.pivoine-cie.example', 'outlook.office365.com', 'www.hikashop.com', 'fonts.gstatic.com', 'www.laposte.example', 'login.microsoftonline.com', 'api.brevo.com', 'www.rungisinternational.example'])}:443 HTTP/1.1` }),
      () => ({ req: `GET http://${rng.pick(['detectportal.firefox.com/canonical.html', 'connectivitycheck.gstatic.com/generate_204', 'www.msftconnecttest.com/connecttest.txt'])} HTTP/1.1` }),
      () => ({ req: `CONNECT ${rng.pick(['www.tiktok.com', 'www.netflix.com'])}:443 HTTP/1.1`, refused: true }),
      () => ({ req: `GET http://extranet.grossiste-fleurs.example/catalogue/arrivages.php?semaine=${rng.int(49, 51)}&categorie=${rng.pick(['roses', 'pivoines', 'feuillages'])} HTTP/1.1` }),
    ])();
  const steps = [
    4,
    plant('negative', 'tinyproxy-ocsp-get-request-base64', 'none', "A browser's OCSP check by GET (`http://ocsp.digicert.com/MFEwTzBN…`, base64 of a DER OCSP request, `/`, `+` and `=` percent-encoded): a certificate status query, no credential.", ({ rng }) => {
      const v = `MFEwTzBNMEswSTAJBgUrDgMCGgUABBT${rng.b64url(44).replace(/-/g, '%2B').replace(/_/g, '%2F')}%3D`;
      return { value: v, event: { req: `GET http://ocsp.digicert.com/${v} HTTP/1.1` } };
    }),
    4,
    plant('session-id', 'tinyproxy-request-phpsessid-query', 'error', WHY.session("The wholesaler's old extranet, in plain HTTP, carries the PHP session in the URL (`?ref=…&PHPSESSID=<id>`, `session.use_trans_sid`): the proxy's `Request` line"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { req: `GET http://extranet.grossiste-fleurs.example/catalogue/fiche.php?ref=RO-${rng.int(1000, 9999)}&PHPSESSID=${sid} HTTP/1.1`, client: '192.168.10.31' } };
    }),
    4,
    plant('api-key-name', 'tinyproxy-request-capteurs-cle', 'error', WHY.apiKey('cle') + " The cold room's sensor gateway polls its vendor's API in plain HTTP with the key under the French name `cle=` (clé): the `Request` line.", ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { req: `GET http://api.capteurs-froid.example/v2/releves?chambre=2&depuis=${rng.int(1765860000, 1765890000)}&cle=${key} HTTP/1.1`, client: '192.168.10.90' } };
    }),
    4,
    plant('webhook', 'tinyproxy-request-ifttt-maker-key', 'error', WHY.webhook('The same gateway raises its temperature alert through an IFTTT Webhooks applet (`POST http://maker.ifttt.com/trigger/<event>/with/key/<key>`): the key in the path'), ({ rng }) => {
      const key = rng.b64url(22);
      return { value: key, event: { req: `POST http://maker.ifttt.com/trigger/chambre_froide_alerte/with/key/${key} HTTP/1.1`, client: '192.168.10.90' } };
    }),
    4,
    plant('replay', 'tinyproxy-request-jeton_retrait', 'note', WHY.ticketFirst("An opaque `jeton_retrait` in a courier's pickup confirmation link, opened at the counter (`GET http://retrait.coursiers-lyonnais.example/bon/valider?jeton_retrait=…`, one confirmation per parcel)"), ({ rng, t }) => {
      firstUse.retrait = t;
      const tk = rng.b64url(24);
      colis = `CL${digits(rng, 9)}`;
      return { value: tk, event: { req: `GET http://retrait.coursiers-lyonnais.example/bon/valider?jeton_retrait=${tk}&colis=${colis} HTTP/1.1`, client: '192.168.10.31' } };
    }, { ref: 'retrait' }),
    1,
    plant('replay', 'tinyproxy-request-jeton_retrait', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('retrait').value, why: `${WHY.replay('jeton_retrait', gap('retrait', t))} The \`Connect (file descriptor …)\` line before each request shows the two machines (the counter, then the workshop).` }], event: { req: `GET http://retrait.coursiers-lyonnais.example/bon/valider?jeton_retrait=${refs.get('retrait').value}&colis=${colis} HTTP/1.1`, client: '192.168.10.57' } }), { replayOf: 'retrait', after: 52 }),
    4,
    plant('path-secret', 'tinyproxy-request-motdepasse-reinitialiser-path', 'error', WHY.pathSecret("The wholesaler's extranet password reset link, opened in plain HTTP (`/motdepasse/reinitialiser/<token>`): the `Request` line"), ({ rng }) => {
      const token = rng.hex(40);
      return { value: token, event: { req: `GET http://extranet.grossiste-fleurs.example/motdepasse/reinitialiser/${token} HTTP/1.1`, client: '192.168.10.23' } };
    }),
    4,
    plant('refresh-token', 'tinyproxy-request-caisse-refresh_token-get', 'error', `${WHY.refresh} The till's vendor still renews tokens with a GET in plain HTTP (\`/oauth/token?grant_type=refresh_token&refresh_token=…\`): the \`Request\` line.`, ({ rng }) => {
      const rt = `rt.${rng.hex(48)}`;
      return { value: rt, event: { req: `GET http://api.caisse-connectee.example/oauth/token?grant_type=refresh_token&refresh_token=${rt}&client_id=pivoine-caisse-1 HTTP/1.1`, client: '192.168.10.64' } };
    }),
    4,
    plant('negative', 'tinyproxy-authrootstl-cache-buster', 'none', "Windows fetching its root certificate list (`authrootstl.cab?<16 hex>`): a cache buster, no credential.", ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { req: `GET http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab?${v} HTTP/1.1`, client: '192.168.10.42' } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 40 * MIN, site: { host: 'proxy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// az-debug.txt: the stderr of Azure CLI commands (az 2.80 on Ubuntu 24.04) run with `--debug` by Pivoine & Cie's
// freelance administrator, appended to one file: knack's `cli.knack.cli: Command arguments: [...]` (the argv as a
// Python list), command loading, then for each call the SDK policy's `cli.azure.cli.core.sdk.policies: Request URL:`,
// `Request method:`, `Request headers:` (one a line, `'Authorization': '*****'`), `Request body:`, urllib3's line,
// `Response status:`, `Response headers:`, `Response content:`; no time on any line.
// https://learn.microsoft.com/en-us/cli/azure/use-azure-cli-successfully-troubleshooting

function azDebugLog(rng) {
  const SUB = rng.uuid();
  const RG = `/subscriptions/${SUB}/resourceGroups/rg-boutique-prod`;
  const P = 'cli.azure.cli.core.sdk.policies';
  const UA = 'AZURECLI/2.80.0 (DEB) azsdk-python-core/1.35.0 Python/3.12.10 (Linux-6.8.0-88-generic-x86_64-with-glibc2.39)';
  const addr = () => `0x7f${rng.hex(10)}`;
  const render = (e, rng) => {
    const words = e.argv;
    const cmdName = e.name;
    const params = words.filter((w) => w.startsWith('--')).join(' ');
    const out = [
      `cli.knack.cli: Command arguments: [${words.map((w) => `'${w}'`).join(', ')}]`,
      'cli.knack.cli: __init__ debug log:', 'Enable color in terminal.', 'cli.knack.cli: Event: Cli.PreExecute []',
      `cli.knack.cli: Event: CommandParser.OnGlobalArgumentsCreate [<function CLILogging.on_global_arguments at ${addr()}>, <function OutputProducer.on_global_arguments at ${addr()}>, <function CLIQuery.on_global_arguments at ${addr()}>]`,
      'cli.knack.cli: Event: CommandInvoker.OnPreCommandTableCreate []',
      `cli.azure.cli.core: Modules found from index for '${words[0]}': ['azure.cli.command_modules.${e.module}']`,
      `cli.azure.cli.core: Loaded ${rng.int(10, 40)} groups, ${rng.int(60, 200)} commands.`,
      'cli.azure.cli.core: Found a match in the command table.', `cli.azure.cli.core: Raw command  : ${cmdName}`, `cli.azure.cli.core: Command table: ${cmdName}`,
      `cli.azure.cli.core.azlogging: metadata file logging enabled - writing logs to '/home/julien/.azure/commands/${iso(e.t + HOUR).slice(0, 10)}.${iso(e.t + HOUR).slice(11, 19).replace(/:/g, '-')}.${cmdName.replace(/ /g, '_')}.${rng.int(20000, 60000)}.log'.`,
      `az_command_data_logger: command args: ${cmdName} ${words.slice(cmdName.split(' ').length).map((w) => (w.startsWith('--') ? w : '{}')).join(' ')}`,
      ...(e.warn ? [e.warn] : []),
    ];
    for (const c of e.calls) {
      const u = new URL(c.url);
      const body = c.body ?? null;
      out.push(
        `${P}: Request URL: '${c.url}'`, `${P}: Request method: '${c.method ?? 'GET'}'`, `${P}: Request headers:`,
        ...(body ? [`${P}:     'Content-Type': 'application/json'`, `${P}:     'Content-Length': '${Buffer.byteLength(body)}'`] : []),
        `${P}:     'Accept': 'application/json'`, `${P}:     'x-ms-client-request-id': '${c.clientRequestId ?? rng.uuid()}'`,
        ...(c.extraHeaders ?? []).map(([k, v]) => `${P}:     '${k}': '${v}'`),
        `${P}:     'CommandName': '${cmdName}'`, `${P}:     'ParameterSetName': '${params}'`, `${P}:     'User-Agent': '${UA}'`,
        ...(c.noAuth ? [] : [`${P}:     'Authorization': '*****'`]),
        `${P}: Request body:`, body ? `${P}: ${body}` : `${P}: This request has no body`,
        ...(c.first ? [`urllib3.connectionpool: Starting new HTTPS connection (1): ${u.host}:443`] : []),
        `urllib3.connectionpool: https://${u.host}:443 "${c.method ?? 'GET'} ${u.pathname}${u.search} HTTP/1.1" ${c.status ?? 200} ${c.len ?? 'None'}`,
        `${P}: Response status: ${c.status ?? 200}`, `${P}: Response headers:`,
        `${P}:     'Cache-Control': 'no-cache'`, `${P}:     'Content-Type': 'application/json; charset=utf-8'`, `${P}:     'Content-Encoding': 'gzip'`, `${P}:     'Expires': '-1'`,
        `${P}:     'x-ms-request-id': '${rng.uuid()}'`, `${P}:     'x-ms-correlation-request-id': '${rng.uuid()}'`,
        `${P}:     'x-ms-routing-request-id': 'FRANCECENTRAL:${iso(e.t).replace(/[-:]/g, '').slice(0, 15)}Z:${rng.uuid()}'`, `${P}:     'Date': '${httpDate(e.t)}'`,
        `${P}: Response content:`, `${P}: ${c.res}`,
      );
    }
    out.push(`cli.knack.cli: Event: CommandInvoker.OnTransformResult [<function _resource_group_transform at ${addr()}>, <function _x509_from_base64_to_hex_transform at ${addr()}>]`, 'cli.knack.cli: Event: Cli.SuccessfulExecute []', 'az_command_data_logger: exit code: 0', (() => { const init = rng.int(250, 700); const invoke = rng.int(600, 4800); return `cli.__main__: Command ran in ${((init + invoke) / 1000).toFixed(3)} seconds (init: ${(init / 1000).toFixed(3)}, invoke: ${(invoke / 1000).toFixed(3)})`; })());
    return out;
  };
  const ARM = 'https://management.azure.com';
  const filler = (rng) =>
    rng.pick([
      () => ({ argv: ['webapp', 'list', '--resource-group', 'rg-boutique-prod', '--query', '[].{nom:name, etat:state}', '--debug'], name: 'webapp list', module: 'appservice', calls: [{ first: true, url: `${ARM}${RG}/providers/Microsoft.Web/sites?api-version=2024-04-01`, res: JSON.stringify({ value: [{ id: `${RG}/providers/Microsoft.Web/sites/app-boutique-prod`, name: 'app-boutique-prod', location: 'France Central', properties: { state: 'Running', defaultHostName: 'app-boutique-prod.azurewebsites.net' } }] }) }] }),
      () => ({ argv: ['group', 'show', '--name', 'rg-boutique-prod', '--debug'], name: 'group show', module: 'resource', calls: [{ first: true, url: `${ARM}${RG}?api-version=2024-11-01`, res: JSON.stringify({ id: RG, name: 'rg-boutique-prod', type: 'Microsoft.Resources/resourceGroups', location: 'francecentral', tags: { projet: 'boutique', environnement: 'production' }, properties: { provisioningState: 'Succeeded' } }) }] }),
    ])();
  const SITE = `${RG}/providers/Microsoft.Web/sites/app-boutique-prod`;
  const FUNC = `${RG}/providers/Microsoft.Web/sites/func-boutique-prod`;
  const steps = [
    1,
    plant('framework-dump', 'az-debug-appsettings-put-body-motdepasse_smtp', 'error', "`az webapp config appsettings set --settings @reglages-smtp.json`: the SDK policy writes the request body, every app setting of the site with its value (`\"MOTDEPASSE_SMTP\": \"…\"`), and the response content repeats them.", ({ rng }) => {
      const pw = `${rng.alnum(12)}-${rng.alnum(8)}!`;
      const props = { WEBSITE_TIME_ZONE: 'Romance Standard Time', SMTP_HOTE: 'smtp-relay.brevo.com', SMTP_UTILISATEUR: 'boutique@pivoine-cie.example', MOTDEPASSE_SMTP: pw, JOOMLA_ENV: 'production' };
      return { value: pw, event: { argv: ['webapp', 'config', 'appsettings', 'set', '--name', 'app-boutique-prod', '--resource-group', 'rg-boutique-prod', '--settings', '@reglages-smtp.json', '--debug'], name: 'webapp config appsettings set', module: 'appservice', calls: [{ first: true, url: `${ARM}${SITE}/config/appsettings?api-version=2024-04-01`, method: 'PUT', body: pyJson({ properties: props, kind: 'app' }), res: JSON.stringify({ id: `${SITE}/config/appsettings`, name: 'appsettings', type: 'Microsoft.Web/sites/config', location: 'France Central', properties: props }) }] } };
    }),
    1,
    plant('negative', 'az-debug-x-ms-client-request-id', 'none', "The CLI's `x-ms-client-request-id` request header (a uuid per call): a request id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { argv: ['webapp', 'show', '--name', 'app-boutique-prod', '--resource-group', 'rg-boutique-prod', '--query', 'state', '--debug'], name: 'webapp show', module: 'appservice', calls: [{ first: true, url: `${ARM}${SITE}?api-version=2024-04-01`, clientRequestId: id, res: JSON.stringify({ id: SITE, name: 'app-boutique-prod', properties: { state: 'Running', httpsOnly: true } }) }] } };
    }),
    1,
    plant('api-key-name', 'az-debug-functionapp-listkeys-masterkey', 'error', WHY.apiKey('masterKey') + " `az functionapp keys list`: the response content of `host/default/listkeys` holds the function app's master key (and its default function key).", ({ rng }) => {
      const key = `${rng.b64url(54).replace(/[-_]/g, 'A')}==`;
      return { value: key, event: { argv: ['functionapp', 'keys', 'list', '--name', 'func-boutique-prod', '--resource-group', 'rg-boutique-prod', '--debug'], name: 'functionapp keys list', module: 'appservice', calls: [{ first: true, url: `${ARM}${FUNC}/host/default/listkeys?api-version=2024-04-01`, method: 'POST', res: JSON.stringify({ masterKey: key, functionKeys: { default: `${rng.b64url(54).replace(/[-_]/g, 'B')}==` }, systemKeys: {} }) }] } };
    }),
    1,
    plant('header-dump', 'az-debug-rest-headers-x-functions-key', 'error', "`az rest --headers x-functions-key=…` to call a function by hand: the function key is in knack's `Command arguments` list and again in the SDK policy's request header line `'x-functions-key': '…'` (no Authorization: `az rest` sends none to a URL outside ARM).", ({ rng }) => {
      const key = `${rng.b64url(54).replace(/[-_]/g, 'C')}==`;
      const url = 'https://func-boutique-prod.azurewebsites.net/api/relance_paniers';
      return { value: key, event: { argv: ['rest', '--method', 'post', '--uri', url, '--headers', `x-functions-key=${key}`, '--body', '{"jours": 2}', '--debug'], name: 'rest', module: 'util', warn: "cli.azure.cli.command_modules.util.custom: Can't derive appropriate Azure AD resource from --url to acquire an access token. If access token is required, use --resource to specify the resource", calls: [{ first: true, url, method: 'POST', body: '{"jours": 2}', noAuth: true, extraHeaders: [['x-functions-key', key]], status: 202, len: 0, res: '' }] } };
    }),
    1,
    plant('webhook', 'az-debug-action-group-pagerduty-integration-url', 'error', WHY.webhook("A PagerDuty integration URL (`https://events.pagerduty.com/integration/<key>/enqueue`) added to an action group: knack's `Command arguments`, the request body's `webhookReceivers` and the response content"), ({ rng }) => {
      const key = rng.hex(32);
      const uri = `https://events.pagerduty.com/integration/${key}/enqueue`;
      const ag = { location: 'Global', properties: { groupShortName: 'astreinte', enabled: true, emailReceivers: [], smsReceivers: [], webhookReceivers: [{ name: 'pagerduty', serviceUri: uri, useCommonAlertSchema: true }] } };
      return { value: key, event: { argv: ['monitor', 'action-group', 'create', '--name', 'ag-astreinte', '--resource-group', 'rg-boutique-prod', '--short-name', 'astreinte', '--action', 'webhook', 'pagerduty', uri, 'usecommonalertschema', '--debug'], name: 'monitor action-group create', module: 'monitor', calls: [{ first: true, url: `${ARM}${RG}/providers/microsoft.insights/actionGroups/ag-astreinte?api-version=2024-10-01-preview`, method: 'PUT', body: pyJson(ag), status: 201, res: JSON.stringify({ id: `${RG}/providers/microsoft.insights/actionGroups/ag-astreinte`, type: 'Microsoft.Insights/ActionGroups', name: 'ag-astreinte', ...ag }) }] } };
    }),
    1,
    plant('implicit-fragment', 'az-debug-app-insights-query-pageview-url-access_token', 'error', "`az monitor app-insights query` on the shop's page views: the response content's rows hold the browser SDK's page `url`, fragment included, where the gift-card partner's implicit grant left `#access_token=<token>&token_type=Bearer`.", ({ rng }) => {
      const tok = rng.b64url(40);
      const appId = rng.uuid();
      const q = "pageViews | where timestamp > ago(2h) | where url has 'carte-cadeau' | project timestamp, url | take 3";
      return { value: tok, event: { argv: ['monitor', 'app-insights', 'query', '--app', appId, '--analytics-query', q, '--debug'], name: 'monitor app-insights query', module: 'application-insights', calls: [{ first: true, url: `https://api.applicationinsights.io/v1/apps/${appId}/query`, method: 'POST', body: pyJson({ query: q, timespan: null }), res: JSON.stringify({ tables: [{ name: 'PrimaryResult', columns: [{ name: 'timestamp', type: 'datetime' }, { name: 'url', type: 'string' }], rows: [['2026-12-16T09:41:12.118Z', `https://${PV_WWW}/carte-cadeau/retour#access_token=${tok}&token_type=Bearer&expires_in=3600`], ['2026-12-16T09:40:02.954Z', `https://${PV_WWW}/carte-cadeau`]] }] }) }] } };
    }),
    1,
    plant('negative', 'az-debug-appsettings-keyvault-reference', 'none', "An app setting that is a Key Vault reference (`@Microsoft.KeyVault(SecretUri=https://kv-boutique.vault.azure.net/secrets/stripe-cle-secrete/)`): the name of a secret, not its value.", ({ rng }) => {
      const ref = `@Microsoft.KeyVault(SecretUri=https://kv-boutique.vault.azure.net/secrets/stripe-cle-secrete/${rng.hex(32)})`;
      return { value: ref, event: { argv: ['functionapp', 'config', 'appsettings', 'list', '--name', 'func-boutique-prod', '--resource-group', 'rg-boutique-prod', '--debug'], name: 'functionapp config appsettings list', module: 'appservice', calls: [{ first: true, url: `${ARM}${FUNC}/config/appsettings/list?api-version=2024-04-01`, method: 'POST', res: JSON.stringify({ id: `${FUNC}/config/appsettings`, name: 'appsettings', properties: { FUNCTIONS_WORKER_RUNTIME: 'python', FUNCTIONS_EXTENSION_VERSION: '~4', STRIPE_CLE_SECRETE: ref } }) }] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR + 10 * MIN, site: { host: 'management.azure.com' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// git-trace-curl.txt: a Pivoine & Cie developer's terminal while debugging access to the shop's Git server (Gitea behind
// Cloudflare Access, the service token sent through `http.extraHeader`) and to the web agency's GitLab (a project
// token through `http.extraHeader`), with `GIT_TRACE_CURL=1` (git 2.47, curl 8.11): each command line, then git's
// trace lines (`<HH:MM:SS.uuuuuu> http.c:<n> <padded> == Info:`, `=> Send header:`, `<= Recv header:`, `=> Send data:`),
// then the command's output. Git writes `<redacted>` for Authorization and cookies it sends; received headers and other
// request headers are written as they are.
// https://git-scm.com/docs/git#Documentation/git.txt-codeGITTRACECURLcode, https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpextraHeader,
// https://developers.cloudflare.com/cloudflare-one/identity/service-tokens/

function gitTraceLog(rng) {
  const T = (ms, n, text) => `${hmsMicro(rng, ms + HOUR)} ${`http.c:${n}`.padEnd(24)}${text}`;
  const render = (e, rng) => {
    if (e.shell) return e.shell;
    let ms = e.t;
    const out = [`$ ${e.cmdline}`];
    const info = (text) => out.push(T(ms++, 915, `== Info: ${text}`));
    const u0 = new URL(e.requests[0].url);
    info(`Couldn't find host ${u0.host} in the .netrc file; using defaults`);
    info(`Host ${u0.host}:443 was resolved.`);
    info('IPv6: (none)');
    info(`IPv4: ${e.ip}`);
    info(`  Trying ${e.ip}:443...`);
    ms += rng.int(8, 30);
    info(`Connected to ${u0.host} (${e.ip}) port 443`);
    info(`ALPN: curl offers ${e.h2 ? 'h2,' : ''}http/1.1`);
    info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
    ms += rng.int(10, 40);
    info('SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / x25519 / id-ecPublicKey');
    info(`ALPN: server accepted ${e.h2 ? 'h2' : 'http/1.1'}`);
    e.requests.forEach((r, i) => {
      const u = new URL(r.url);
      const headers = [['Host', u.host], ['User-Agent', 'git/2.47.1'], ['Accept', '*/*'], ['Accept-Encoding', 'deflate, gzip, br, zstd'], ...(r.extra ?? []), ['Pragma', 'no-cache'], ['Git-Protocol', 'version=2'], ...(r.body ? [['Content-Type', 'application/x-git-upload-pack-request'], ['Accept', 'application/x-git-upload-pack-result'], ['Content-Length', String(r.body.length)]] : [])];
      if (e.h2) {
        info(`[HTTP/2] [${2 * i + 1}] OPENED stream for ${r.url}`);
        info(`[HTTP/2] [${2 * i + 1}] [:method: ${r.method ?? 'GET'}]`);
        info(`[HTTP/2] [${2 * i + 1}] [:scheme: https]`);
        info(`[HTTP/2] [${2 * i + 1}] [:authority: ${u.host}]`);
        info(`[HTTP/2] [${2 * i + 1}] [:path: ${u.pathname}${u.search}]`);
        for (const [k, v] of headers.slice(1)) info(`[HTTP/2] [${2 * i + 1}] [${k.toLowerCase()}: ${/^(authorization|cookie)$/i.test(k) ? '<redacted>' : v}]`);
      }
      const lines = [`${r.method ?? 'GET'} ${u.pathname}${u.search} ${e.h2 ? 'HTTP/2' : 'HTTP/1.1'}`, ...headers.map(([k, v]) => `${k}: ${/^(authorization|cookie)$/i.test(k) ? `${v.split(' ')[0]} <redacted>` : v}`), ''];
      const size = lines.reduce((s, l) => s + l.length + 2, 0);
      out.push(T(ms++, 721, `=> Send header, ${pad(size, 10)} bytes (0x${size.toString(16).padStart(8, '0')})`));
      for (const l of lines) out.push(T(ms++, 733, `=> Send header: ${l}`.trimEnd()));
      if (r.body) {
        out.push(T(ms++, 721, `=> Send data, ${pad(r.body.length, 10)} bytes (0x${r.body.length.toString(16).padStart(8, '0')})`));
        out.push(T(ms++, 733, `=> Send data: ${r.body.replace(/\n/g, '.')}`));
      }
      info('Request completely sent off');
      ms += rng.int(30, 120);
      const resH = [e.h2 ? `HTTP/2 ${r.status ?? 200}` : `HTTP/1.1 ${r.status ?? 200} ${r.status === 401 ? 'Unauthorized' : 'OK'}`, `date: ${httpDate(ms)}`, `content-type: application/x-git-upload-pack-${r.body ? 'result' : 'advertisement'}`, ...(r.resH ?? []), 'cache-control: no-cache, max-age=0, must-revalidate', ''];
      const rsize = resH.reduce((s, l) => s + l.length + 2, 0);
      out.push(T(ms++, 721, `<= Recv header, ${pad(rsize, 10)} bytes (0x${rsize.toString(16).padStart(8, '0')})`));
      for (const l of resH) out.push(T(ms++, 733, `<= Recv header: ${l}`.trimEnd()));
      if (r.data) {
        out.push(T(ms++, 721, `<= Recv data, ${pad(r.data.length, 10)} bytes (0x${r.data.length.toString(16).padStart(8, '0')})`));
        out.push(T(ms++, 733, `<= Recv data: ${r.data.replace(/\n/g, '.')}`));
      }
    });
    info(`Connection #0 to host ${u0.host} left intact`);
    return [...out, ...(e.output ?? [])];
  };
  const GITEA = 'git.pivoine-cie.example';
  const filler = (rng) => ({ shell: [`$ git status --short`, ...Array.from({ length: rng.int(1, 3) }, () => ` M ${rng.pick(['templates/pivoine/css/boutique.css', 'templates/pivoine/index.php', 'plugins/system/pivoinejournal/pivoinejournal.php', 'modules/mod_pivoine_statistiques/tmpl/default.php'])}`)] });
  const adv = (refs) => `000eversion 2\n0015agent=git/gitea\n0013ls-refs=unborn\n0020fetch=shallow wait-for-done\n0012server-option\n0017object-format=sha1\n0000${refs ?? ''}`;
  const steps = [
    { raw: { shell: ['$ git remote -v', `origin\thttps://${GITEA}/pivoine/boutique-joomla.git (fetch)`, `origin\thttps://${GITEA}/pivoine/boutique-joomla.git (push)`] }, after: 0 },
    1,
    plant('header-dump', 'git-trace-curl-cf-access-client-secret', 'error', "The Cloudflare Access service token's secret sent through `http.extraHeader`: git redacts only Authorization and cookies, so curl's HTTP/2 header info line (`[cf-access-client-secret: …]`) and `=> Send header: CF-Access-Client-Secret: …` keep it.", ({ rng }) => {
      const secret = rng.hex(64);
      const sid = rng.hex(16);
      const csrf = rng.b64url(27);
      return {
        marks: [
          { value: secret },
          { value: sid, category: 'session-id', kind: 'git-trace-curl-recv-set-cookie-i_like_gitea', expect: 'error', why: WHY.session("Gitea answers the git request with its session cookie (`set-cookie: i_like_gitea=<id>`); git's trace redacts the cookies it sends, not the ones it receives: the `<= Recv header` line") },
          { value: csrf, category: 'negative', kind: 'git-trace-curl-recv-set-cookie-gitea-_csrf', expect: 'none', why: "Gitea's `_csrf` cookie in the same response: a CSRF token, no credential." },
        ],
        event: { cmdline: 'GIT_TRACE_CURL=1 git ls-remote origin', ip: '198.51.100.17', h2: true, requests: [{ url: `https://${GITEA}/pivoine/boutique-joomla.git/info/refs?service=git-upload-pack`, extra: [['CF-Access-Client-Id', `${rng.hex(32)}.access`], ['CF-Access-Client-Secret', secret]], resH: [`set-cookie: i_like_gitea=${sid}; Path=/; HttpOnly; SameSite=Lax`, `set-cookie: _csrf=${csrf}; Path=/; Max-Age=86400; HttpOnly; Secure; SameSite=Lax`, 'x-frame-options: SAMEORIGIN'], data: adv() }], output: [`${rng.hex(40)}\tHEAD`, `${rng.hex(40)}\trefs/heads/main`, `${rng.hex(40)}\trefs/heads/refonte-panier`] },
      };
    }),
    1,
    plant('header-dump', 'git-trace-curl-private-token-glpat', 'error', "The web agency's GitLab project token sent as `PRIVATE-TOKEN: glpat-…` through `http.extraHeader` (HTTP/1.1, so only the `=> Send header` line): git redacts Authorization, not this header.", ({ rng }) => {
      const tok = `glpat-${rng.b64url(20)}`;
      return { value: tok, event: { cmdline: 'GIT_TRACE_CURL=1 git ls-remote https://gitlab.atelier-web.example/clients/pivoine/theme-pivoine.git', ip: '203.0.113.121', h2: false, requests: [{ url: 'https://gitlab.atelier-web.example/clients/pivoine/theme-pivoine.git/info/refs?service=git-upload-pack', extra: [['PRIVATE-TOKEN', tok]], resH: ['x-gitlab-meta: {"correlation_id":"' + rng.hex(26).toUpperCase() + '","version":"1"}', 'x-request-id: ' + rng.hex(26).toUpperCase()], data: adv() }], output: [`${rng.hex(40)}\tHEAD`, `${rng.hex(40)}\trefs/heads/main`] } };
    }),
    1,
    plant('negative', 'git-trace-curl-send-data-want-sha', 'none', 'A fetch\'s `want <40 hex>` in `=> Send data` (the commit the client asks for): a commit id, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      const body = `0011command=fetch0014agent=git/2.47.1\n0016object-format=sha10001000dthin-pack000fno-progress000dofs-delta0032want ${sha}\n0009done\n0000`;
      return { value: `want ${sha}`, event: { cmdline: 'GIT_TRACE_CURL=1 git fetch https://github.com/joomla/joomla-cms.git 6.0-dev', ip: '140.82.121.4', h2: true, requests: [{ url: 'https://github.com/joomla/joomla-cms.git/git-upload-pack', method: 'POST', body, extra: [['Authorization', 'Basic Og==']], data: '0008NAK\n' }], output: ['From https://github.com/joomla/joomla-cms', ' * branch                  6.0-dev    -> FETCH_HEAD'] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 5 * MIN, site: { host: GITEA }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// npm-start.log: the terminal of `npm start` of Pivoine & Cie's back office (Create React App 5, react-scripts start)
// with `src/setupProxy.js` sending `/api` to the acceptance API through http-proxy-middleware 2 with
// `pathRewrite: {'^/api': ''}` and `logLevel: 'debug'`: npm's script banner, `[HPM] Proxy created`, CRA's messages,
// then for each proxied request `[HPM] Rewriting path from "<url>" to "<url>"` and `[HPM] <METHOD> <url> ~> <target>`;
// no time on any line.
// https://create-react-app.dev/docs/proxying-api-requests-in-development/, https://github.com/chimurai/http-proxy-middleware/tree/v2.0.6

function hpmLog(rng) {
  const TARGET = `https://${PV_API}`;
  const render = (e) => {
    if (e.text) return e.text;
    const url = target(e);
    const lines = [`[HPM] Rewriting path from "${url}" to "${url.replace(/^\/api/, '')}"`, `[HPM] ${e.method} ${url} ~> ${TARGET}`];
    if (e.error) lines.push(`[HPM] Error occurred while trying to proxy request ${url.replace(/^\/api/, '')} from localhost:3000 to ${TARGET} (${e.error}) (https://nodejs.org/api/errors.html#errors_common_system_errors)`);
    return lines;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/commandes', query: `page=${rng.int(1, 6)}&statut=${rng.pick(['a-preparer', 'expediee', 'livree'])}` }),
      () => ({ method: 'GET', path: `/api/commandes/${commande(rng)}` }),
      () => ({ method: 'PATCH', path: `/api/commandes/${commande(rng)}/statut` }),
      () => ({ method: 'GET', path: '/api/tournees', query: `date=2026-12-${rng.int(16, 24)}&zone=${rng.pick(['lyon-1', 'lyon-4', 'villeurbanne', 'caluire'])}` }),
      () => ({ method: 'GET', path: '/api/stocks/alertes', error: rng.pick([null, null, 'ECONNRESET']) }),
    ])();
  const steps = [
    { raw: { text: ['', '> pivoine-backoffice@3.4.0 start', '> react-scripts start', '', `[HPM] Proxy created: /api  -> ${TARGET}`, '[HPM] Proxy rewrite rule created: "^/api" ~> ""', 'Starting the development server...', '', 'Compiled successfully!', '', 'You can now view pivoine-backoffice in the browser.', '', '  Local:            http://localhost:3000', '  On Your Network:  http://192.168.10.42:3000', '', 'Note that the development build is not optimized.', 'To create a production build, use npm run build.', '', 'webpack compiled successfully'] }, after: 0 },
    3,
    plant('oauth-code', 'hpm-proxied-auth-rappel-ory-code', 'warning', `${WHY.code} The back office's sign-in callback goes through the dev proxy (\`/api/auth/rappel?code=ory_ac_…&scope=openid+offline&state=…\`, Ory Hydra's code): the \`Rewriting path\` line and the \`GET\` line.`, ({ rng }) => {
      const code = `ory_ac_${rng.b64url(43)}.${rng.b64url(43)}`;
      return { value: code, event: { method: 'GET', path: '/api/auth/rappel', query: `code=${code}&scope=openid+offline&state=${rng.b64url(24)}` } };
    }),
    3,
    plant('negative', 'hpm-proxied-curseur-base64-json', 'none', 'A pagination cursor `curseur=` (base64 of `{"id":…,"tri":"date"}`): a position in a list, no credential.', ({ rng }) => {
      const v = b64urlOf(JSON.stringify({ id: rng.int(10000, 99999), tri: 'date', sens: 'desc' }));
      return { value: v, event: { method: 'GET', path: '/api/produits', query: `curseur=${v}&limite=50` } };
    }),
    3,
    plant('negative', 'hpm-proxied-cache-buster-underscore', 'none', 'jQuery\'s cache buster `_=<epoch ms>` on a legacy widget\'s request: a timestamp, no credential.', ({ rng }) => {
      const v = `${1797400000000 + rng.int(0, 99999999)}`;
      return { value: `_=${v}`, event: { method: 'GET', path: '/api/meteo/lyon', query: `_=${v}` } };
    }),
    3,
    plant('api-key-name', 'hpm-proxied-tarifs-jeton', 'error', WHY.apiKey('jeton') + " The delivery price screen still passes the carrier API key from the front end, under the French name `jeton=`: both HPM lines.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { method: 'GET', path: '/api/livraisons/tarifs', query: `cp=69004&poids=2.5&jeton=${key}` } };
    }),
    3,
    plant('session-id', 'hpm-proxied-jsessionid-path-parameter', 'error', WHY.session("The Java order API rewrites its URLs with the session id (`/api/panier/recalculer;jsessionid=<id>`): both HPM lines"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { method: 'POST', path: `/api/panier/recalculer;jsessionid=${sid}`, query: 'devise=EUR' } };
    }),
    3,
    plant('path-secret', 'hpm-proxied-invitations-accepter-path', 'error', WHY.pathSecret('A new florist accepts her back-office invitation (`/api/invitations/accepter/<token>`): both HPM lines'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { method: 'POST', path: `/api/invitations/accepter/${token}` } };
    }),
    3,
    plant('encoded', 'hpm-proxied-redirection-vers-percent-encoded-url', 'error', 'A redirect parameter `vers=` holds a whole customer-account URL percent-encoded (`https%3A%2F%2F…%3Fjeton%3D<token>`): one decoding from the order tracking token, on both HPM lines.', ({ rng }) => {
      const tok = rng.alnum(40);
      const v = encodeURIComponent(`https://${PV_WWW}/mon-compte/commandes?jeton=${tok}`);
      return { value: tok, event: { method: 'GET', path: '/api/redirection', query: `vers=${v}` } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'localhost:3000' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// couchdb.log: the CouchDB 3.4 node behind Okamochi's driver app (PouchDB on the phones syncs with it, the API uses
// show and update functions), `[log] writer = file`: one line a request, `[<level>] <UTC time, µs> <node> <Erlang
// pid> <request id> <Host> <peer> <user> <METHOD> <path and query> <status> ok <ms>` (`undefined` when no one is
// signed in), and the node's own lines.
// https://docs.couchdb.org/en/stable/config/logging.html, https://docs.couchdb.org/en/stable/ddocs/ddocs.html#update-functions

function couchLog(rng) {
  const NODE = 'couchdb@10.20.5.11';
  let pickupOrder;
  const stamp = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
  const pid = (rng) => `<0.${rng.int(10000, 99999)}.${rng.int(0, 9)}>`;
  const render = (e, rng) => {
    if (e.raw) return [`[${e.level ?? 'notice'}] ${stamp(e.t, rng)} ${NODE} ${pid(rng)} -------- ${e.raw}`];
    return [`[notice] ${stamp(e.t, rng)} ${NODE} ${pid(rng)} ${rng.hex(10)} db.okamochi.internal:5984 ${e.peer ?? `10.20.3.${rng.int(10, 30)}`} ${e.user ?? 'okamochi_api'} ${e.method} ${target(e)} ${e.status ?? 200} ok ${e.ms}`];
  };
  const DRIVERS = ['driver_1187', 'driver_2093', 'driver_0412', 'driver_3320'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/okamochi_orders/${orderId(rng)}` }),
      () => ({ path: '/okamochi_orders/_changes', query: 'timeout=25000&style=all_docs&feed=longpoll&heartbeat=10000&since=now&filter=driver%2Fmine', user: rng.pick(DRIVERS), peer: publicIp(rng), ms: rng.int(10000, 25000) }),
      () => ({ method: 'POST', path: '/okamochi_orders/_bulk_docs', status: 201, user: rng.pick(DRIVERS), peer: publicIp(rng) }),
      () => ({ path: '/_up', user: 'undefined', peer: '10.20.0.2', ms: rng.int(0, 2) }),
      () => ({ path: '/okamochi_menus/_all_docs', query: `include_docs=true&startkey=%22${shopId(rng)}%22&limit=20` }),
      () => ({ path: '/_session', user: rng.pick(DRIVERS), peer: publicIp(rng) }),
    ])();
  const steps = [
    { raw: { raw: 'Apache CouchDB has started on http://0.0.0.0:5984/' }, after: 0 },
    9,
    plant('negative', 'couchdb-changes-since-update-seq', 'none', 'A PouchDB replication reading changes `since=<update sequence>` (`<n>-g1AAAA…`, an encoded position in the database): a checkpoint, no credential.', ({ rng }) => {
      const seq = `${rng.int(400000, 499999)}-g1AAAA${rng.b64url(120).replace(/[-_]/g, 'x')}`;
      return { value: seq, event: { path: '/okamochi_orders/_changes', query: `style=all_docs&filter=driver%2Fmine&since=${seq}&limit=100`, user: 'driver_0412', peer: publicIp(rng) } };
    }),
    9,
    plant('path-secret', 'couchdb-view-by_reset_token-key', 'error', WHY.pathSecret("The API looks a password reset token up in a view (`/_view/by_reset_token?key=%22<token>%22`): the request line keeps the token, between percent-encoded quotes"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: '/okamochi_users/_design/auth/_view/by_reset_token', query: `key=%22${token}%22&include_docs=true&limit=1` } };
    }),
    9,
    plant('replay', 'couchdb-update-handler-uketori_ticket', 'note', WHY.ticketFirst("An opaque `uketori_ticket` (受け取り, pickup) a driver's app redeems when it collects an order from a restaurant (`_update/pickup/<order>?uketori_ticket=…`, one pickup per order)"), ({ rng, t }) => {
      firstUse.uketori = t;
      const tk = rng.b64url(24);
      pickupOrder = orderId(rng);
      return { value: tk, event: { method: 'PUT', path: `/okamochi_orders/_design/driver/_update/pickup/${pickupOrder}`, query: `uketori_ticket=${tk}`, status: 201, user: 'driver_1187', peer: '198.51.100.77' } };
    }, { ref: 'uketori' }),
    3,
    plant('replay', 'couchdb-update-handler-uketori_ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('uketori').value, why: `${WHY.replay('uketori_ticket', gap('uketori', t))} The peer and user fields show the two clients (another driver's phone).` }], event: { method: 'PUT', path: `/okamochi_orders/_design/driver/_update/pickup/${pickupOrder}`, query: `uketori_ticket=${refs.get('uketori').value}`, status: 201, user: 'driver_2093', peer: '203.0.113.190' } }), { replayOf: 'uketori', after: 71 }),
    9,
    plant('api-key-name', 'couchdb-show-function-apikey', 'error', WHY.apiKey('apikey') + ' A restaurant\'s till reads its menu through a show function that checks `req.query.apikey`: the request line (`_show/menu/<shop>?apikey=<key>`).', ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { path: `/okamochi_menus/_design/partner/_show/menu/${shopId(rng)}`, query: `apikey=${key}&format=json`, user: 'undefined', peer: publicIp(rng) } };
    }),
    9,
    plant('negative', 'couchdb-document-rev', 'none', 'A document read at a revision (`?rev=<n>-<32 hex>`): a revision hash, no credential.', ({ rng }) => {
      const rev = `${rng.int(2, 30)}-${rng.hex(32)}`;
      return { value: rev, event: { path: `/okamochi_menus/${shopId(rng)}`, query: `rev=${rev}`, user: 'okamochi_api' } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR + 10 * MIN, site: { host: 'db.okamochi.internal' }, filler: (rng) => ({ method: 'GET', ms: rng.int(1, 40), ...filler(rng) }), render: (e, rng) => render({ method: 'GET', ms: rng.int(1, 40), ...e }, rng), steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// query.log: Neo4j 5.26's query log of Okamochi's recommendation and account graph (`db.logs.query.enabled=INFO`,
// threshold 0, parameters logged, the API setting transaction metadata): `<time, ms, +0000> INFO  id:<n> - <ms> ms:
// <bytes> B - bolt-session\tbolt\t<driver>\t\tclient/<addr>\tserver/<addr>>\t<database> - <user> - <query> -
// <parameters as a Cypher map> - runtime=<runtime> - <metadata>`.
// https://neo4j.com/docs/operations-manual/current/monitoring/logging/#query-log, https://neo4j.com/developer/kb/an-explanation-of-entries-in-query-log/

function neo4jLog(rng) {
  const cy = (v) =>
    Array.isArray(v) ? `[${v.map(cy).join(', ')}]` : v && typeof v === 'object' ? `{${Object.entries(v).map(([k, x]) => `${k}: ${cy(x)}`).join(', ')}}` : typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v);
  let qid = rng.int(480000, 490000);
  const render = (e, rng) => {
    const meta = e.meta ?? { app: 'okamochi-api', traceId: rng.hex(32) };
    return [`${iso(e.t).slice(0, 10)} ${iso(e.t).slice(11, 23)}+0000 INFO  id:${qid++} - ${e.ms} ms: ${rng.int(1, 40) * 64} B - bolt-session\tbolt\tneo4j-javascript/5.28.1\t\tclient/10.20.4.${rng.int(10, 40)}:${rng.int(40000, 60000)}\tserver/10.20.9.3:7687>\tneo4j - okamochi_api - ${e.cypher} - ${cy(e.params ?? {})} - runtime=${e.runtime ?? 'pipelined'} - ${cy(meta)}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cypher: 'MATCH (u:User {id: $userId})-[:ORDERED]->(o:Order)-[:FROM]->(s:Shop) RETURN s.id, count(o) AS n ORDER BY n DESC LIMIT 10', params: { userId: `usr_${lowerNum(rng, 12)}` } }),
      () => ({ cypher: 'MATCH (s:Shop {id: $shopId}) SET s.open = $open, s.updatedAt = datetime()', params: { shopId: shopId(rng), open: rng.pick([true, false]) } }),
      () => ({ cypher: 'MATCH (s:Shop) WHERE point.distance(s.location, point({latitude: $lat, longitude: $lng})) < $radius RETURN s.id, s.name', params: { lat: Number((35.6 + rng.int(0, 999) / 10000).toFixed(4)), lng: Number((139.6 + rng.int(0, 999) / 10000).toFixed(4)), radius: rng.pick([800, 1500, 3000]) }, runtime: 'slotted' }),
      () => ({ cypher: 'MERGE (r:Review {orderId: $orderId}) SET r.stars = $stars, r.comment = $comment', params: { orderId: orderId(rng), stars: rng.int(3, 5), comment: rng.pick(['とても美味しかったです', '配達が早くて助かりました', '少し冷めていました', '量が多くて満足']) } }),
    ])();
  const steps = [
    7,
    plant('session-id', 'neo4j-params-session-sid', 'error', WHY.session("The API stores a signed-in user's session in the graph (`MERGE (s:Session {sid: $sid})`): the query log's parameter map keeps `sid: 'okm_s_…'`"), ({ rng }) => {
      const sid = `okm_s_${rng.b64url(43)}`;
      return { value: sid, event: { cypher: 'MATCH (u:User {id: $userId}) MERGE (s:Session {sid: $sid})-[:OF]->(u) SET s.createdAt = datetime(), s.device = $device', params: { userId: `usr_${lowerNum(rng, 12)}`, sid, device: 'iPhone17,3 / okamochi 4.12.0' } } };
    }),
    7,
    plant('id-token', 'neo4j-params-line-idtoken-hint', 'error', "A LINE Login sign-in keeps the ID token on the session for the later logout (`SET s.idTokenHint = $idToken`): the parameter map holds LINE's ID token (HS256, one hour), with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 30, alg: 'HS256', claims: { iss: 'https://access.line.me', sub: `U${rng.hex(32)}`, aud: digits(rng, 10), amr: ['linesso'], name: '佐藤 美咲', picture: `https://profile.line-scdn.net/0h${rng.b64url(40)}`, nonce: rng.b64url(16) } });
      return { value: token.token, jwt: token.facts, event: { cypher: 'MATCH (s:Session {key: $sessionKey}) SET s.idTokenHint = $idToken, s.provider = "line"', params: { sessionKey: rng.uuid(), idToken: token.token } } };
    }),
    7,
    plant('negative', 'neo4j-params-cursor-base64-json', 'none', 'A feed query paged by `cursor` (base64 of `{"offset":…,"seed":…}`): a position in a list, no credential.', ({ rng }) => {
      const v = b64urlOf(JSON.stringify({ offset: rng.int(20, 200), seed: rng.int(1000, 9999) }));
      return { value: v, event: { cypher: 'MATCH (u:User {id: $userId})-[:LIKES]->(:Dish)<-[:SERVES]-(s:Shop) RETURN s.id SKIP $skip LIMIT $limit', params: { userId: `usr_${lowerNum(rng, 12)}`, cursor: v, skip: 40, limit: 20 } } };
    }),
    7,
    plant('refresh-token', 'neo4j-params-line-refresh-token', 'error', `${WHY.refresh} The API keeps the user's LINE refresh token on the user node (\`SET u.lineRefreshToken = $refreshToken\`): the parameter map in the query log.`, ({ rng }) => {
      const rt = rng.alnum(20);
      return { value: rt, event: { cypher: 'MATCH (u:User {id: $userId}) SET u.lineRefreshToken = $refreshToken, u.lineTokenUpdatedAt = datetime()', params: { userId: `usr_${lowerNum(rng, 12)}`, refreshToken: rt } } };
    }),
    7,
    plant('webhook', 'neo4j-params-lark-bot-webhook', 'error', WHY.webhook("A shop's order notifications go to a Lark group bot (`https://open.larksuite.com/open-apis/bot/v2/hook/<uuid>`); the shop settings update writes the URL in the parameter map"), ({ rng }) => {
      const hook = rng.uuid();
      return { value: hook, event: { cypher: 'MATCH (s:Shop {id: $shopId}) SET s.notifyWebhook = $webhook, s.notifyLang = $lang', params: { shopId: shopId(rng), webhook: `https://open.larksuite.com/open-apis/bot/v2/hook/${hook}`, lang: 'ja' } } };
    }),
    7,
    plant('framework-dump', 'neo4j-params-partner-props-smaregi-secret', 'error', "A restaurant partner created from the admin screen with `CREATE (p:Partner $props)`: the whole properties map is a parameter, the till's Smaregi API secret (`apiSecret`) in it.", ({ rng }) => {
      const secret = rng.hex(48);
      return { value: secret, event: { cypher: 'CREATE (p:Partner $props) WITH p MATCH (s:Shop {id: $shopId}) MERGE (p)-[:RUNS]->(s)', params: { props: { name: 'まんぷく食堂', posVendor: 'smaregi', contractId: `smaregi-${digits(rng, 6)}`, apiSecret: secret, contactEmail: 'tenchou@manpuku.example' }, shopId: shopId(rng) } } };
    }),
    7,
    plant('negative', 'neo4j-metadata-traceid', 'none', "The transaction metadata's `traceId` (32 hex) the API attaches to each query: a trace id, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { cypher: 'MATCH (o:Order {id: $orderId})-[:DELIVERED_BY]->(d:Driver) RETURN d.id, d.rating', params: { orderId: orderId(rng) }, meta: { app: 'okamochi-api', traceId: v, route: 'GET /v2/orders/:id/driver' } } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR + 30 * MIN, site: { host: 'neo4j' }, filler: (rng) => ({ ms: rng.int(1, 60), ...filler(rng) }), render: (e, rng) => render({ ms: rng.int(1, 60), ...e }, rng), steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kubectl-debug.log: an Okamochi SRE's `kubectl … -v=8` (and once `-v=9`) runs against the production cluster
// (kubectl 1.29), stderr and stdout teed into one file: klog's `I<MMDD> <HH:MM:SS.uuuuuu> <pid> <file>:<line>] …` in the
// workstation's local time (Asia/Tokyo), no year: `round_trippers.go` writes the request line, the request headers
// (`Authorization: Bearer <masked>`), the status and the response headers, `request.go` the bodies (cut at 1024
// characters at -v=8, at 10240 at -v=9), -v=9 adds a curl command; then the command's output.
// https://kubernetes.io/docs/reference/kubectl/quick-reference/#kubectl-output-verbosity-and-debugging,
// https://github.com/kubernetes/client-go/blob/release-1.29/transport/round_trippers.go

function kubectlLog(rng) {
  const API = 'https://k8s-api.okamochi.internal:6443';
  const UA = 'kubectl/v1.29.12 (darwin/arm64) kubernetes/9f2c6b1';
  // klog's time in microseconds, from a clock that only moves forward within a command.
  let clock = 0;
  const klog = (ms, pid, file, msg) => {
    clock = Math.max(clock + rng.int(3, 90), ms * 1000 + rng.int(0, 999));
    const d = new Date(Math.floor(clock / 1000) + 9 * HOUR);
    return `I${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 23)}${pad(clock % 1000, 3)} ${String(pid).padStart(7)} ${file}] ${msg}`;
  };
  const cut = (body, v) => (v >= 9 || body.length <= 1024 ? body : `${body.slice(0, 1024)} [truncated ${body.length - 1024} chars]`);
  const render = (e, rng) => {
    const pid = rng.int(20000, 90000);
    let ms = e.t;
    const out = [klog(ms, pid, 'loader.go:395', 'Config loaded from file:  /Users/sre-kobayashi/.kube/config')];
    for (const c of e.calls) {
      ms += rng.int(2, 30);
      const reqH = [['Accept', c.accept ?? 'application/json'], ...(c.body ? [['Content-Type', c.ctype ?? 'application/json']] : []), ...(c.extra ?? []), ['User-Agent', UA], ['Authorization', 'Bearer <masked>']];
      if (c.body) out.push(klog(ms, pid, 'request.go:1212', `Request Body: ${cut(c.body, e.v)}`));
      out.push(klog(ms, pid, 'round_trippers.go:463', `${c.method ?? 'GET'} ${API}${c.path}`));
      if (e.v >= 9) out.push(klog(ms, pid, 'round_trippers.go:466', `curl -v -X${c.method ?? 'GET'} ${reqH.map(([k, v]) => `-H "${k}: ${v}"`).join(' ')} '${API}${c.path}'`));
      out.push(klog(ms, pid, 'round_trippers.go:469', 'Request Headers:'), ...reqH.map(([k, v]) => klog(ms, pid, 'round_trippers.go:473', `    ${k}: ${v}`)));
      const took = rng.int(4, 60);
      ms += took;
      const status = c.status ?? '200 OK';
      out.push(klog(ms, pid, 'round_trippers.go:574', `Response Status: ${status} in ${took} milliseconds`), klog(ms, pid, 'round_trippers.go:577', 'Response Headers:'));
      const resH = status.startsWith('101') ? [['Connection', 'Upgrade'], ['Upgrade', 'SPDY/3.1'], ['X-Stream-Protocol-Version', 'v4.channel.k8s.io'], ['Date', httpDate(ms)]] : [['Audit-Id', c.auditId ?? rng.uuid()], ['Cache-Control', 'no-cache, private'], ['Content-Type', 'application/json'], ['X-Kubernetes-Pf-Flowschema-Uid', 'b2f8e6c1-4e1a-4c7e-9d55-1f0a7d3c9e21'], ['X-Kubernetes-Pf-Prioritylevel-Uid', '5a9d0c3e-8b7f-4f2a-a1d6-7c4e2b9f0e83'], ['Date', httpDate(ms)]];
      out.push(...resH.map(([k, v]) => klog(ms, pid, 'round_trippers.go:580', `    ${k}: ${v}`)));
      if (c.res) out.push(klog(ms, pid, 'request.go:1212', `Response Body: ${cut(c.res, e.v)}`));
    }
    return [...out, ...(e.output ?? [])];
  };
  const meta = (kind, name, ns, extra = {}) => ({ name, namespace: ns, uid: rng.uuid(), resourceVersion: `${rng.int(80000000, 89999999)}`, creationTimestamp: '2026-09-02T06:11:48Z', ...extra });
  const filler = (rng) =>
    rng.pick([
      () => {
        const pods = ['okamochi-api-7c9f8d6b5-x2lqp', 'okamochi-api-7c9f8d6b5-m8w4z', 'dispatch-6b8d9c7f4-q9r2t'].map((n) => ({ metadata: { name: n }, status: { phase: 'Running' } }));
        return { v: 8, calls: [{ path: '/api/v1/namespaces/okamochi/pods?limit=500', accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json', res: JSON.stringify({ kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: `${rng.int(80000000, 89999999)}` }, columnDefinitions: [{ name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.' }], rows: pods.map((p) => ({ cells: [p.metadata.name, '1/1', 'Running', 0, '3d'] })) }) }], output: ['NAME                           READY   STATUS    RESTARTS   AGE', ...pods.map((p) => `${p.metadata.name.padEnd(31)}1/1     Running   0          3d`)] };
      },
      () => ({ v: 8, calls: [{ path: '/apis/apps/v1/namespaces/okamochi/deployments/dispatch', res: JSON.stringify({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta('Deployment', 'dispatch', 'okamochi', { generation: rng.int(100, 200) }), spec: { replicas: 3 }, status: { readyReplicas: 3, updatedReplicas: 3 } }) }], output: [`deployment "dispatch" successfully rolled out`] }),
    ])();
  const steps = [
    2,
    plant('encoded', 'kubectl-v9-secret-data-base64-channel-access-token', 'error', "`kubectl get secret line-bot-credentials -o yaml -v=9`: the Secret's `data` is base64 of the LINE bot's long-lived channel access token (one decoding), in `request.go`'s `Response Body:` line and again in the YAML printed after it.", ({ rng }) => {
      const token = `${rng.b64url(120).replace(/[-_]/g, '+')}${rng.b64url(50).replace(/[-_]/g, '/')}=`;
      const data = b64Of(token);
      const channelId = b64Of(digits(rng, 10));
      const body = JSON.stringify({ kind: 'Secret', apiVersion: 'v1', metadata: meta('Secret', 'line-bot-credentials', 'line-bot', { annotations: { 'okamochi.example/owner': 'line-bot' } }), data: { CHANNEL_ACCESS_TOKEN: data, CHANNEL_ID: channelId }, type: 'Opaque' });
      return {
        marks: [
          { value: data },
          { value: '-H "Authorization: Bearer <masked>"', category: 'negative', kind: 'kubectl-v9-curl-authorization-masked', expect: 'none', why: "kubectl's curl line at -v=9 writes the bearer token as `<masked>`: no value." },
        ],
        event: { v: 9, calls: [{ path: '/api/v1/namespaces/line-bot/secrets/line-bot-credentials' }].map((c) => ({ ...c, res: body })), output: ['apiVersion: v1', 'data:', `  CHANNEL_ACCESS_TOKEN: ${data}`, `  CHANNEL_ID: ${channelId}`, 'kind: Secret', 'metadata:', '  name: line-bot-credentials', '  namespace: line-bot', 'type: Opaque'] },
      };
    }),
    2,
    plant('framework-dump', 'kubectl-apply-patch-body-database-url-password', 'error', "`kubectl apply -f okamochi-api-config.yaml -v=8`: the PATCH body `request.go` writes holds the ConfigMap's new `DATABASE_URL` (`postgres://okamochi_app:<password>@…`), twice (the data and the last-applied annotation), and the response body repeats it.", ({ rng }) => {
      const pw = rng.alnum(28);
      const url = `postgres://okamochi_app:${pw}@pg-primary.db.svc:5432/okamochi?sslmode=require`;
      const data = { DATABASE_URL: url, NOTIFY_MESSAGE: '新しい注文があります', TZ: 'Asia/Tokyo' };
      const last = JSON.stringify({ apiVersion: 'v1', data, kind: 'ConfigMap', metadata: { annotations: {}, name: 'okamochi-api-config', namespace: 'okamochi' } });
      const patch = JSON.stringify({ data: { DATABASE_URL: url }, metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `${last}\n` } } });
      return { value: pw, event: { v: 8, calls: [{ path: '/api/v1/namespaces/okamochi/configmaps/okamochi-api-config', res: JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: meta('ConfigMap', 'okamochi-api-config', 'okamochi'), data: { NOTIFY_MESSAGE: '新しい注文があります', TZ: 'Asia/Tokyo' } }) }, { path: '/api/v1/namespaces/okamochi/configmaps/okamochi-api-config?fieldManager=kubectl-client-side-apply&fieldValidation=Strict', method: 'PATCH', body: patch, ctype: 'application/strategic-merge-patch+json', res: JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: meta('ConfigMap', 'okamochi-api-config', 'okamochi'), data }) }], output: ['configmap/okamochi-api-config configured'] } };
    }),
    2,
    plant('negative', 'kubectl-response-audit-id', 'none', "The API server's `Audit-Id` response header (a uuid per request): an audit id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { v: 8, calls: [{ path: '/apis/apps/v1/namespaces/okamochi/deployments/okamochi-api', auditId: id, res: JSON.stringify({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta('Deployment', 'okamochi-api', 'okamochi', { generation: rng.int(300, 400) }), spec: { replicas: 6 }, status: { readyReplicas: 6 } }) }], output: ['deployment "okamochi-api" successfully rolled out'] } };
    }),
    2,
    plant('webhook', 'kubectl-create-configmap-body-google-apps-script-exec-url', 'error', WHY.webhook("A Google Apps Script web app that appends the daily sales to a sheet (`https://script.google.com/macros/s/<deployment id>/exec`), put in a ConfigMap with `kubectl create configmap --from-literal`: the POST body and the response body"), ({ rng }) => {
      const dep = `AKfycb${rng.b64url(66)}`;
      const data = { SHEETS_WEBHOOK: `https://script.google.com/macros/s/${dep}/exec`, SHEETS_NAME: '日次売上' };
      return { value: dep, event: { v: 8, calls: [{ path: '/api/v1/namespaces/ops/configmaps?fieldManager=kubectl-create&fieldValidation=Strict', method: 'POST', body: JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'notify-settings', namespace: 'ops', creationTimestamp: null }, data }), status: '201 Created', res: JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: meta('ConfigMap', 'notify-settings', 'ops'), data }) }], output: ['configmap/notify-settings created'] } };
    }),
    2,
    plant('header-dump', 'kubectl-exec-query-command-authorization-bearer', 'error', "`kubectl exec deploy/okamochi-api -- curl -s -H 'Authorization: Bearer …' …`: kubectl sends the command as `command=` query parameters of the exec request, so the `round_trippers.go` request line holds the header (`command=Authorization%3A+Bearer+<token>`); kubectl masks its own Authorization header, not this one.", ({ rng }) => {
      const tok = rng.b64url(40);
      const pod = 'okamochi-api-7c9f8d6b5-x2lqp';
      const q = ['curl', '-s', '-H', `Authorization: Bearer ${tok}`, 'http://localhost:8080/internal/debug/queues'].map((c) => `command=${encodeURIComponent(c).replace(/%20/g, '+')}`).join('&');
      return { value: tok, event: { v: 8, calls: [{ path: '/apis/apps/v1/namespaces/okamochi/deployments/okamochi-api', res: JSON.stringify({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta('Deployment', 'okamochi-api', 'okamochi'), spec: { selector: { matchLabels: { app: 'okamochi-api' } } } }) }, { path: `/api/v1/namespaces/okamochi/pods?labelSelector=app%3Dokamochi-api&limit=500`, res: JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: pod } }] }) }, { path: `/api/v1/namespaces/okamochi/pods/${pod}/exec?${q}&container=api&stderr=true&stdout=true`, method: 'POST', accept: '*/*', extra: [['X-Stream-Protocol-Version', 'v4.channel.k8s.io'], ['X-Stream-Protocol-Version', 'v3.channel.k8s.io']], status: '101 Switching Protocols' }], output: ['{"queues":{"dispatch":3,"notify":0,"receipts":12},"oldest_seconds":41}'] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'k8s-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// langchain-debug.log: Okamochi's support chatbot (LangChain 0.3, a tool-calling AgentExecutor on ChatOpenAI) run on a
// developer's machine with `set_debug(True)`, output redirected to a file: the console callback handler's lines with
// their ANSI colours (`[chain/start] [chain:AgentExecutor] Entering Chain run with input:`, `[llm/start]`, `[tool/start]`,
// `[tool/end]`, `[chain/end]`), the inputs and outputs as JSON indented two spaces without ASCII escaping, tool inputs and
// outputs in quotes; no time on any line. The customers write in Japanese.
// https://python.langchain.com/docs/how_to/debugging/, https://github.com/langchain-ai/langchain/blob/master/libs/core/langchain_core/tracers/stdout.py

function langchainLog(rng) {
  const G = (t) => `\u001b[32;1m\u001b[1;3m${t}\u001b[0m`;
  const B = (t) => `\u001b[1m${t}\u001b[0m`;
  const Y = (t) => `\u001b[33;1m\u001b[1;3m${t}\u001b[0m`;
  const AE = 'chain:AgentExecutor';
  const LLM = `${AE} > llm:ChatOpenAI`;
  const SYSTEM = 'System: あなたはフードデリバリー「おかもち」のサポート担当です。丁寧な日本語で、簡潔に答えてください。必要ならツールを使ってください。';
  let spent = 0;
  const secs = (rng) => {
    const ms = rng.int(600, 4800);
    spent += ms;
    return `${(ms / 1000).toFixed(2)}s`;
  };
  const llmStart = (human, scratch) => [`${G('[llm/start]')} ${B(`[${LLM}] Entering LLM run with input:`)}`, ...pretty({ prompts: [`${SYSTEM}\nHuman: ${human}${scratch ? `\n${scratch}` : ''}`] }).split('\n')];
  const llmEnd = (rng, text, call) => [`${Y('[llm/end]')} ${B(`[${LLM}] [${secs(rng)}] Exiting LLM run with output:`)}`, ...pretty({ generations: [[{ text, generation_info: { finish_reason: call ? 'tool_calls' : 'stop', model_name: 'gpt-4.1-mini-2025-04-14' }, type: 'ChatGeneration' }]], llm_output: { token_usage: { completion_tokens: rng.int(20, 200), prompt_tokens: rng.int(400, 1800) }, model_name: 'gpt-4.1-mini-2025-04-14' }, run: null, type: 'LLMResult' }).split('\n')];
  const render = (e, rng) => {
    const input = { input: e.human, ...(e.extra ?? {}) };
    spent = 0;
    const out = [`${G('[chain/start]')} ${B(`[${AE}] Entering Chain run with input:`)}`, ...pretty(input).split('\n'), ...llmStart(e.human)];
    let scratch = '';
    for (const tool of e.tools ?? []) {
      out.push(...llmEnd(rng, '', true));
      out.push(`${G('[tool/start]')} ${B(`[${AE} > tool:${tool.name}] Entering Tool run with input:`)}`, `"${tool.input}"`);
      const toolMs = rng.int(80, 900);
      spent += toolMs;
      out.push(`${Y('[tool/end]')} ${B(`[${AE} > tool:${tool.name}] [${toolMs}ms] Exiting Tool run with output:`)}`, `"${tool.output}"`);
      scratch += `${scratch ? '\n' : ''}AI: \nTool: ${tool.output}`;
      out.push(...llmStart(e.human, scratch));
    }
    out.push(...llmEnd(rng, e.answer, false));
    out.push(`${Y('[chain/end]')} ${B(`[${AE}] [${((spent + rng.int(20, 90)) / 1000).toFixed(2)}s] Exiting Chain run with output:`)}`, ...pretty({ output: e.answer }).split('\n'));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ human: '注文した料理が届くまであと何分くらいですか？', tools: [{ name: 'get_order_status', input: `{'order_id': '${orderId(rng)}'}`, output: `{'status': 'delivering', 'eta_minutes': ${rng.int(5, 25)}}` }], answer: `現在配達中です。あと${rng.int(5, 25)}分ほどでお届けの予定です。` }),
      () => ({ human: `${rng.pick(SHOPS)}は今日何時まで営業していますか？`, tools: [{ name: 'get_shop_hours', input: `{'shop_id': '${shopId(rng)}'}`, output: "{'open': '11:00', 'close': '22:00', 'last_order': '21:30'}" }], answer: '本日は22時まで営業しております（ラストオーダーは21時30分です）。' }),
      () => ({ human: '領収書を発行できますか？', answer: 'はい、アプリの「注文履歴」から各注文の領収書をPDFで発行できます。' }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'langchain-human-input-line-login-callback-code', 'warning', `${WHY.code} A customer stuck at LINE Login pastes the address she is stuck on (\`/auth/line/callback?code=<LINE code>&state=…\`): the chain input, both LLM prompts and the page tool's input keep it.`, ({ rng }) => {
      const code = rng.alnum(20);
      const url = `https://${OK_WEB}/auth/line/callback?code=${code}&state=${rng.uuid()}`;
      return { value: code, event: { human: `LINEでログインしようとすると、この画面で止まってしまいます。${url}`, tools: [{ name: 'fetch_page', input: `{'url': '${url}'}`, output: 'HTTP 400 — invalid_grant: 認可コードの有効期限が切れています' }], answer: 'ご不便をおかけしております。ログイン画面をいったん閉じて、もう一度「LINEでログイン」からお試しください。' } };
    }),
    2,
    plant('framework-dump', 'langchain-chain-input-user_context-line_access_token', 'error', "The app passes its whole user context into the chain input (`\"user_context\": {\"line_user_id\": …, \"line_access_token\": \"…\"}`): `[chain/start]` prints it, the customer's LINE access token on its own line.", ({ rng }) => {
      const tok = rng.b64url(128);
      const sess = rng.uuid();
      return {
        marks: [
          { value: tok },
          { value: sess, category: 'negative', kind: 'langchain-chain-input-chat-session_id', expect: 'none', why: "The chat's `session_id` (a uuid the bot uses to keep the conversation's history): a conversation id, no sign-in session." },
        ],
        event: { human: 'クーポンが使えません。', extra: { session_id: sess, user_context: { line_user_id: `U${rng.hex(32)}`, line_access_token: tok, locale: 'ja-JP', tier: 'gold' } }, tools: [{ name: 'check_coupon', input: "{'code': 'WINTER500'}", output: "{'valid': False, 'reason': 'minimum_order', 'minimum_yen': 1500}" }], answer: 'このクーポンは1,500円以上のご注文でご利用いただけます。' },
      };
    }),
    2,
    plant('implicit-fragment', 'langchain-tool-output-driver-last_url-access_token', 'error', "The driver support tool returns the driver app's last address, a hash-routed page with the token the app got by the implicit grant (`#/home?access_token=<token>&expires_in=3600`): the tool's output line and the next LLM prompt.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { human: '配達員アプリが「オフライン」のまま切り替わりません。配達員IDは drv_1187 です。', tools: [{ name: 'get_driver_status', input: "{'driver_id': 'drv_1187'}", output: `{'driver_id': 'drv_1187', 'app_version': '4.12.0', 'status': 'offline', 'last_url': 'https://${OK_DRIVER}/#/home?access_token=${tok}&expires_in=3600'}` }], answer: 'アプリを最新版（4.13.0）に更新してから、もう一度ログインしてください。' } };
    }),
    2,
    plant('path-secret', 'langchain-tool-output-password-reset-link', 'error', WHY.pathSecret('The account tool answers with the password reset link it e-mailed (`/account/password/reset/<token>`): the tool output line and the next LLM prompt'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { human: 'パスワードを忘れました。登録メールは misaki.sato@mail.example です。', tools: [{ name: 'send_password_reset', input: "{'email': 'misaki.sato@mail.example'}", output: `再設定メールを送信しました（リンク: https://${OK_WEB}/account/password/reset/${token} 、有効期限24時間）` }], answer: 'パスワード再設定用のメールをお送りしました。24時間以内にリンクを開いてください。' } };
    }),
    2,
    plant('api-key-name', 'langchain-tool-output-hotpepper-key', 'error', WHY.apiKey('key') + ' The restaurant search tool reports the URL it called, Recruit\'s HotPepper Gourmet API with the key in the query: the tool output line and the next LLM prompt.', ({ rng }) => {
      const key = rng.hex(16);
      return { value: key, event: { human: '渋谷で夜遅くまでやっているラーメン屋を教えてください。', tools: [{ name: 'search_restaurants', input: "{'keyword': '渋谷 ラーメン', 'late_night': True}", output: `GET https://webservice.recruit.co.jp/hotpepper/gourmet/v1/?key=${key}&keyword=%E6%B8%8B%E8%B0%B7+%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3&midnight_meal=1&format=json -> 200, 3件` }], answer: '渋谷で深夜まで営業しているラーメン店は3件見つかりました。' } };
    }),
    2,
    plant('negative', 'langchain-chain-input-line_access_token-redacted', 'none', 'After the fix, the user context reaches the chain with `"line_access_token": "[REDACTED]"`: no value.', () => ({ value: '"line_access_token": "[REDACTED]"', event: { human: '配達先の住所を変更したいです。', extra: { session_id: rng.uuid(), user_context: { line_user_id: `U${rng.hex(32)}`, line_access_token: '[REDACTED]', locale: 'ja-JP', tier: 'regular' } }, answer: '配達先の変更は、調理開始前であればアプリの「注文詳細」から可能です。' } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: OK_WEB }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout20');
writePart(join(here, 'heldout20'), {
  'gcloud-log-http.txt': gcloudLog(rng),
  'gh-debug.log': ghDebugLog(rng),
  'mcp.log': mcpLog(rng),
  'vaultwarden.log': vaultwardenLog(rng),
  'sync-worker.log': bunWorkerLog(rng),
  'everything.php': joomlaLog(rng),
  'tinyproxy.log': tinyproxyLog(rng),
  'az-debug.txt': azDebugLog(rng),
  'git-trace-curl.txt': gitTraceLog(rng),
  'npm-start.log': hpmLog(rng),
  'couchdb.log': couchLog(rng),
  'query.log': neo4jLog(rng),
  'kubectl-debug.log': kubectlLog(rng),
  'langchain-debug.log': langchainLog(rng),
});
