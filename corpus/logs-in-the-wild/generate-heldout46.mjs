// Writes corpus/logs-in-the-wild/heldout46/: a forty-sixth held-out part, in formats no other part uses (a Datadog Agent
// 7 agent.log, a Splunk heavy forwarder's splunkd.log with scripted inputs and alert actions, a spark-submit driver
// console with `--verbose` and `spark.logConf`, a Kafka Streams application's log4j log with its config dumps, an Apache
// Flink JobManager log in application mode, CUPS' error_log at `LogLevel debug` with a custom backend, Kamailio through
// syslog, an OBS Studio log file, a Crashlytics BigQuery export as NDJSON, a Windows Installer verbose log, a New Relic
// Java agent log with `audit_mode`, Grafana Alloy's logfmt output through the journal, `wsk activation poll` of Apache
// OpenWhisk actions, an Airbyte sync job's log), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout46.mjs     rewrites heldout46/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Fareline, a Manchester company that runs fare-card analytics and the ticket app for bus and tram
// operators (English, five logs: observability agents and data pipelines); Sur Sangam (ਸੁਰ ਸੰਗਮ, "meeting of melodies"),
// a Jalandhar music streaming and live-event (mela) ticketing company with a box office, a SIP call line, a streaming
// studio, an Android app and a Windows box-office app (Punjabi messages in Gurmukhi where the app shows them, routes,
// parameter and property names transliterated to Latin letters, English code names, five logs); Gopaldhara Dudh Sahakari
// Mandali (ગોપાલધારા દૂધ સહકારી મંડળી), a milk producers' cooperative near Anand with collection centres, a member app
// and serverless actions (Gujarati messages in Gujarati script where the app shows them, routes and names
// transliterated, English code names, four logs). Standard names (OAuth's, vendors') stay as their specifications write
// them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 8, 14, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Manchester in September (BST, UTC+1), Jalandhar and Anand (IST, UTC+5:30). */
const BST = 60;
const IST = 330;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

// =====================================================================================================================
// Fareline (English; Manchester: BST, UTC+1; servers in UTC where said)
// =====================================================================================================================

const FL = 'fareline.example';

// ---------------------------------------------------------------------------------------------------------------------
// agent.log: /var/log/datadog/agent.log of a Datadog Agent 7.58 at `log_level: debug` on a monitoring host (UTC):
// `yyyy-mm-dd HH:MM:SS UTC | CORE | <LEVEL> | (<file>:<line> in <func>) | <message>`; Python checks' messages go through
// `datadog_agent.go … in LogMessage` with `<check>:<instance>:<id> | (<file.py>:<line>) | <text>`; the forwarder's
// success line with the API key scrubbed to its last five characters.
// https://docs.datadoghq.com/agent/troubleshooting/debug_mode/ and https://docs.datadoghq.com/agent/basic_agent_usage/
// (the second read through search); the line layout from memory.

function datadogAgentLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)} UTC`;
  const render = (e) => e.dd.map(([lvl, where, msg]) => `${stamp(e.t)} | CORE | ${lvl} | (${where}) | ${msg}`);
  const PY = 'pkg/collector/python/datadog_agent.go:132 in LogMessage';
  const inst = (check, name) => `${check}:${name}:${rng.hex(16)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ dd: [['INFO', 'pkg/collector/worker/check_logger.go:40 in CheckStarted', `check:${rng.pick(['cpu', 'memory', 'disk', 'network', 'http_check', 'postgres'])} | Running check...`]] }),
      () => ({ dd: [['INFO', 'pkg/collector/worker/check_logger.go:59 in CheckFinished', `check:${rng.pick(['cpu', 'io', 'load', 'uptime', 'ntp'])} | Done running check`]] }),
      () => ({ dd: [['DEBUG', 'pkg/aggregator/demultiplexer.go:553 in flushToSerializer', `Flushing ${rng.int(40, 900)} series to the forwarder`]] }),
      () => ({ dd: [['DEBUG', 'comp/forwarder/defaultforwarder/transaction/transaction.go:401 in internalProcess', `Transaction to https://7-58-2-app.agent.datadoghq.eu/api/v2/series returned status ${rng.pick([202, 202, 202, 408])}`]] }),
      () => ({ dd: [['INFO', 'pkg/logs/tailers/file/tailer.go:281 in StartFromBeginning', `Tailing /var/log/fareline/${rng.pick(['gates', 'taps', 'ticket-api'])}.log`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'datadog-forwarder-scrubbed-api-key', 'none', "The Agent's forwarder writes the intake URL with its own API key scrubbed to the last five characters (`api_key=*************************<5>`): the Agent's redaction, no credential.", ({ rng }) => {
      const v = `***************************${rng.hex(5)}`;
      return { value: v, event: { dd: [['INFO', 'comp/forwarder/defaultforwarder/transaction/transaction.go:433 in internalProcess', `Successfully posted payload to "https://7-58-2-app.agent.datadoghq.eu/api/v1/check_run?api_key=${v}", the agent will only log transaction success every 500 transactions`]] } };
    }),
    4,
    plant('api-key-name', 'datadog-http-check-url-auth-key', 'error', `${WHY.apiKey('auth_key')} The gate status endpoint is monitored with the key in the http_check instance's \`url\`, and the check's warning writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { dd: [['WARN', PY, `${inst('http_check', 'gate_status')} | (http_check.py:329) | Connection error for https://gates.${FL}/v2/status?auth_key=${key}&depot=queens-road: HTTPSConnectionPool(host='gates.${FL}', port=443): Read timed out. (read timeout=10)`]] } };
    }),
    4,
    plant('header-dump', 'datadog-custom-check-debug-headers-dict-bearer-jwt', 'error', "A custom check (`fareline_gates`) logs the headers of its request as a Python dict at debug (`headers={'Authorization': 'Bearer <JWT>', …}`): the gate API's service token, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(30, 600), jti: true, claims: { iss: `https://auth.${FL}`, sub: 'svc-datadog-gates', aud: 'gates-api', scope: 'gates:read' } });
      return { value: token, jwt: facts, event: { dd: [['DEBUG', PY, `${inst('fareline_gates', 'default')} | (fareline_gates.py:48) | GET https://api.${FL}/v1/gates/health headers={'Accept': 'application/json', 'Authorization': 'Bearer ${token}', 'User-Agent': 'datadog-agent/7.58.2'}`]] } };
    }),
    4,
    plant('session-id', 'datadog-http-check-url-jsessionid', 'error', WHY.session("The legacy fares portal is monitored with a URL copied from a browser's address bar, `;jsessionid=` included; the http_check's error writes it"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { dd: [['WARN', PY, `${inst('http_check', 'fares_portal')} | (http_check.py:402) | Incorrect HTTP return code for url https://portal.${FL}/fares/status.jsp;jsessionid=${sid}. Expected 1xx or 2xx or 3xx, got 500.`]] } };
    }),
    4,
    plant('negative', 'datadog-http-check-instance-id', 'none', "The check instance's id (`http_check:<name>:<16 hex>`), the Agent's hash of the instance configuration: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { dd: [['INFO', 'pkg/collector/scheduler.go:222 in Schedule', `Scheduling check http_check:tram_stops:${id} with an interval of 15s`]] } };
    }),
    4,
    plant('embed-jwt', 'datadog-http-check-embed-dashboard-jwt-no-exp', 'error', "The public fares dashboard is monitored through its embed URL (`/embed/<JWT>`), a token without `exp`; the http_check's content-match warning writes the URL at a UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 20, 86400 * 90), claims: { iss: `https://dash.${FL}`, dashboard: 'fares-today', operator: 'metrolink', theme: 'light' } });
      return { value: token, jwt: facts, event: { dd: [['WARN', PY, `${inst('http_check', 'fares_embed')} | (http_check.py:371) | Content "Fares today" not found in response from https://dash.${FL}/embed/${token}.`]] } };
    }),
    4,
    plant('refresh-token', 'datadog-custom-check-debug-token-response-dict', 'error', `${WHY.refresh} The custom check renews its API token and logs the token endpoint's answer as a Python dict at debug, \`refresh_token\` included.`, ({ rng }) => {
      const rt = `flrt.${rng.b64url(54)}`;
      return { value: rt, event: { dd: [['DEBUG', PY, `${inst('fareline_gates', 'default')} | (fareline_gates.py:31) | token refreshed: {'access_token': 'redacted-by-check', 'token_type': 'Bearer', 'expires_in': 900, 'refresh_token': '${rt}'}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'mon-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// splunkd.log: $SPLUNK_HOME/var/log/splunk/splunkd.log of a Splunk Enterprise 9.3 heavy forwarder (local time, BST):
// `MM-DD-YYYY HH:MM:SS.mmm +0100 <LEVEL, 5 wide> <Component> [<pid> <thread>] - <message>`; a scripted input's stderr as
// ExecProcessor's `message from "<command>" <line>`; an alert action's stderr as sendmodalert's `action=<name> STDERR -`.
// https://docs.splunk.com/Documentation/Splunk/latest/Troubleshooting/WhatSplunklogsaboutitself (from memory, not
// fetched); the ExecProcessor and sendmodalert wording from memory.

function splunkdLog(rng) {
  const stamp = (t) => { const l = local(t, BST); return `${l.slice(5, 7)}-${l.slice(8, 10)}-${l.slice(0, 4)} ${l.slice(11, 23)} +0100`; };
  const render = (e) => e.sp.map(([lvl, comp, thread, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} ${comp} [${thread}] - ${msg}`);
  const EXEC = '3102 ExecProcessor';
  const script = '"/opt/splunk/bin/python3.9 /opt/splunk/etc/apps/TA-fareline-gates/bin/gate_taps.py"';
  const filler = (rng) =>
    rng.pick([
      () => ({ sp: [['INFO', 'TailReader', `${rng.int(2000, 2400)} tailreader0`, `Batch input finished reading file='/var/log/fareline/gates-${rng.int(1, 9)}.log'`]] }),
      () => ({ sp: [['INFO', 'AutoLoadBalancedConnectionStrategy', `${rng.int(2500, 2600)} TcpOutEloopThread`, `Connected to idx=10.20.${rng.int(1, 4)}.${rng.int(10, 40)}:9997:0, pset=0, reuse=0. using ACK.`]] }),
      () => ({ sp: [['INFO', 'ExecProcessor', EXEC, `message from ${script} INFO fetched ${rng.int(100, 4000)} taps since cursor ${rng.int(100000, 999999)}`]] }),
      () => ({ sp: [['WARN', 'TcpOutputProc', `${rng.int(2500, 2600)} indexerPipe`, `The TCP output processor has paused the data flow. Forwarding to host_dest=10.20.1.${rng.int(10, 40)} inside output group default-autolb-group from host_src=hf-01 has been blocked for blocked_seconds=${rng.int(10, 60)}.`]] }),
      () => ({ sp: [['INFO', 'Metrics', `${rng.int(2600, 2700)} MetricsProcessor`, `group=thruput, name=thruput, instantaneous_kbps=${(rng.int(100, 9000) / 100).toFixed(3)}, average_kbps=${(rng.int(100, 9000) / 100).toFixed(3)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'splunkd-scheduler-search-sid', 'none', "A scheduled search's id (`sid=scheduler__<user>__<app>__RMD5<16 hex>_at_<epoch>_<n>`): the name says `sid`, but it is a search job id, no session.", ({ rng }) => {
      const sid = `scheduler__ops__search__RMD5${rng.hex(16)}_at_${Math.floor(DAY0 / 1000) + rng.int(30000, 40000)}_${rng.int(100, 999)}`;
      return { value: sid, event: { sp: [['INFO', 'SavedSplunker', `${rng.int(2700, 2800)} SavedSplunker`, `savedsearch_id="ops;search;Gate taps stalled", search_type="scheduled", user="ops", app="search", savedsearch_name="Gate taps stalled", priority=default, status=success, digest_mode=1, durable_cursor=0, scheduled_time=${Math.floor(DAY0 / 1000) + 33000}, window_time=0, dispatch_time=${Math.floor(DAY0 / 1000) + 33002}, run_time=1.204, result_count=1, alert_actions="gchat_notify", sid=${sid}, suppressed=0, thread_id="AlertNotifierWorker-0"`]] } };
    }),
    3,
    plant('webhook', 'splunkd-sendmodalert-stderr-google-chat-webhook', 'error', WHY.webhook("A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<token>`) a custom alert action posts to; the action's stderr, which sendmodalert copies into splunkd.log, writes the URL when the post fails (the token is the secret part)"), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { sp: [['ERROR', 'sendmodalert', `${rng.int(12000, 13000)} AlertNotifierWorker-0`, `action=gchat_notify STDERR -  Failed to post to https://chat.googleapis.com/v1/spaces/AAQA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}: HTTP Error 503: Service Unavailable`]] } };
    }),
    3,
    plant('api-key-name', 'splunkd-execprocessor-requests-httperror-partner-key', 'error', `${WHY.apiKey('partner_key')} The gate vendor's API takes it in the query; the scripted input's traceback (\`requests.exceptions.HTTPError: … for url: …\`) reaches splunkd.log through ExecProcessor.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { sp: [['ERROR', 'ExecProcessor', EXEC, `message from ${script} requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://partner.gatesys.example/api/v3/taps?since=${Math.floor(DAY0 / 1000)}&partner_key=${key}`]] } };
    }),
    3,
    plant('encoded', 'splunkd-execprocessor-relay-base64url-json-key', 'error', "The scripted input logs the SSO hand-off it could not complete with its `relay` parameter: base64url JSON whose `k` is the reporting API key of the service account.", ({ rng }) => {
      const relay = b64urlOf(JSON.stringify({ u: 'svc-splunk', k: rng.alnum(36), dest: '/reports/taps', ts: Math.floor(DAY0 / 1000) }));
      return { value: relay, event: { sp: [['ERROR', 'ExecProcessor', EXEC, `message from ${script} WARNING:gate_taps:SSO hand-off failed (302 to /login), relay=${relay}`]] } };
    }),
    3,
    plant('framework-dump', 'splunkd-execprocessor-requests-kwargs-auth-tuple', 'error', "The scripted input logs the keyword arguments it passes to `requests` at DEBUG, a Python dict whose `auth` tuple holds the export account's password.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { sp: [['ERROR', 'ExecProcessor', EXEC, `message from ${script} DEBUG:gate_taps:request kwargs {'url': 'https://fares-db.${FL}/export/taps.csv', 'auth': ('svc_splunk', '${pw}'), 'timeout': 30, 'verify': True}`]] } };
    }),
    3,
    plant('negative', 'splunkd-hec-token-name', 'none', "HEC's error names the token by its configured name (`token name=…`), not by its value: no credential.", () => ({ value: 'fareline_gate_events', event: { sp: [['ERROR', 'HttpInputDataHandler', `${rng.int(2800, 2900)} HttpDedicatedIoThread-0`, 'Failed processing http input, token name=fareline_gate_events, channel=n/a, source_IP=10.20.7.14, reply=6, events_processed=0, http_input_body_size=1532, parsing_err="Invalid data format"']] } })),
    3,
    plant('session-id', 'splunkd-execprocessor-requests-cookiejar-repr', 'error', WHY.session("The scripted input prints its `requests` session's cookie jar (`<RequestsCookieJar[<Cookie FARELINE_SID=… for portal…/>]>`) after logging in to the fares portal"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { sp: [['ERROR', 'ExecProcessor', EXEC, `message from ${script} DEBUG:gate_taps:cookies <RequestsCookieJar[<Cookie FARELINE_SID=${sid} for portal.${FL}/>]>`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'hf-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// spark-fare-rollup.log: the console of `spark-submit --verbose --conf spark.logConf=true … fare_rollup.py` (Spark 3.5 on
// YARN, client mode, UTC) as a scheduler saves it: spark-submit's `Parsed arguments:` block (no time), `Main class:` and
// `Arguments:` one per line, then log4j2's default `yy/MM/dd HH:mm:ss LEVEL Logger: message`, SparkContext's `Spark
// configuration:` dump (one `key=value` a line, values of keys matching `spark.redaction.regex` shown as
// `*********(redacted)`), `Added file … at … with timestamp …`.
// https://spark.apache.org/docs/latest/configuration.html (spark.logConf, spark.redaction.regex; from memory, not
// fetched); https://spark.apache.org/docs/latest/submitting-applications.html (from memory).

function sparkLog(rng) {
  const stamp = (t) => { const l = local(t, 0); return `${l.slice(2, 4)}/${l.slice(5, 7)}/${l.slice(8, 10)} ${l.slice(11, 19)}`; };
  const render = (e) => e.sk.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0]} ${x[1]}: ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ sk: [['INFO', 'TaskSetManager', `Finished task ${rng.int(0, 199)}.0 in stage ${rng.int(1, 9)}.0 (TID ${rng.int(10, 900)}) in ${rng.int(200, 9000)} ms on ip-10-30-${rng.int(1, 9)}-${rng.int(10, 200)}.eu-west-2.compute.internal (executor ${rng.int(1, 8)}) (${rng.int(1, 200)}/200)`]] }),
      () => ({ sk: [['INFO', 'DAGScheduler', `ResultStage ${rng.int(1, 9)} (parquet at NativeMethodAccessorImpl.java:0) finished in ${(rng.int(10, 900) / 10).toFixed(3)} s`]] }),
      () => ({ sk: [['INFO', 'BlockManagerInfo', `Added broadcast_${rng.int(1, 40)}_piece0 in memory on ip-10-30-${rng.int(1, 9)}-${rng.int(10, 200)}.eu-west-2.compute.internal:${rng.int(30000, 45000)} (size: ${rng.int(5, 90)}.${rng.int(0, 9)} KiB, free: 2004.${rng.int(0, 9)} MiB)`]] }),
      () => ({ sk: [['WARN', 'YarnSchedulerBackend$YarnSchedulerEndpoint', `Requesting driver to remove executor ${rng.int(1, 12)} for reason Container from a bad node: container_${digits(rng, 13)}_0042_01_0000${rng.int(10, 99)}`]] }),
      () => ({ sk: [['INFO', 'FileSourceStrategy', `Pushed Filters: IsNotNull(tap_ts),GreaterThanOrEqual(tap_ts,2027-09-13 00:00:00.0)`]] }),
    ])();
  const steps = [
    plant('framework-dump', 'spark-submit-verbose-childargs-db-password', 'error', "`spark-submit --verbose` prints the application's arguments as parsed (`childArgs [… --db-password <value> …]`) and again one a line under `Arguments:`; spark-submit redacts `--conf` values by key name, never the application's own arguments, so the warehouse password is written twice before the first timestamped line.", ({ rng }) => {
      const pw = rng.alnum(20);
      const args = ['--date', '2027-09-13', '--db-user', 'etl_fares', '--db-password', pw, '--out', 's3a://fareline-lake/rollups/'];
      return { value: pw, event: { sk: ['Using properties file: /opt/spark/conf/spark-defaults.conf', 'Adding default property: spark.master=yarn', 'Adding default property: spark.submit.deployMode=client', 'Parsed arguments:', '  master                  yarn', '  deployMode              client', '  executorMemory          6g', '  executorCores           2', '  totalExecutorCores      null', '  propertiesFile          /opt/spark/conf/spark-defaults.conf', '  driverMemory            4g', '  primaryResource         file:/opt/jobs/fare_rollup.py', '  name                    fare-rollup', `  childArgs               [${args.join(' ')}]`, '  jars                    null', '  packages                org.postgresql:postgresql:42.7.4', '  verbose                 true', '', 'Main class:', 'org.apache.spark.deploy.PythonRunner', 'Arguments:', 'file:/opt/jobs/fare_rollup.py', 'null', ...args, ''] } };
    }, { after: 0 }),
    { raw: { sk: [['INFO', 'SparkContext', 'Running Spark version 3.5.3'], ['INFO', 'ResourceUtils', '=============================================================='], ['INFO', 'ResourceUtils', 'No custom resources configured for spark.driver.'], ['INFO', 'SparkContext', 'Submitted application: fare-rollup']] } },
    plant('api-key-name', 'spark-logconf-custom-conf-url-developer-key', 'error', `${WHY.apiKey('developer_key')} It sits in a job-specific \`--conf spark.fareline.gtfs.url=…\`, whose name matches none of \`spark.redaction.regex\`'s words, so \`spark.logConf\` writes it in SparkContext's configuration dump (one property a line, no time on the continuation lines).`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { sk: [['INFO', 'SparkContext', 'Spark configuration:'], 'spark.app.name=fare-rollup', 'spark.app.submitTime=' + (DAY0 + 7 * HOUR + rng.int(1000, 9000)), 'spark.driver.memory=4g', 'spark.executor.cores=2', `spark.fareline.gtfs.url=https://gtfs.transitdata.example/v1/feeds/tfgm?developer_key=${key}`, 'spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.WebIdentityTokenCredentialsProvider', 'spark.master=yarn', 'spark.sql.shuffle.partitions=200', 'spark.submit.deployMode=client'] } };
    }),
    plant('negative', 'spark-logconf-redacted-s3a-secret', 'none', "Spark's own redaction in the same kind of dump: `spark.hadoop.fs.s3a.secret.key=*********(redacted)` (the key matches `spark.redaction.regex`): no credential.", () => ({ value: '*********(redacted)', event: { sk: ['spark.hadoop.fs.s3a.endpoint=s3.eu-west-2.amazonaws.com', 'spark.hadoop.fs.s3a.secret.key=*********(redacted)', 'spark.yarn.queue=etl'] } }), { after: 0 }),
    plant('encoded', 'spark-logconf-executorenv-base64-service-account-json', 'error', "A Google service account key passed to the executors as base64 (`spark.executorEnv.GCS_KEY_B64=…`): the name matches none of the redaction words and the value is base64, so the dump writes it; decoded, it is a JSON key with `private_key`.", ({ rng }) => {
      const sa = b64Of(JSON.stringify({ type: 'service_account', project_id: 'fareline-bq', private_key_id: rng.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${rng.b64url(64)}\n-----END PRIVATE KEY-----\n`, client_email: 'spark-export@fareline-bq.iam.gserviceaccount.com' }));
      return { value: sa, event: { sk: [`spark.executorEnv.GCS_KEY_B64=${sa}`, 'spark.executorEnv.PYSPARK_PYTHON=/opt/conda/bin/python'] } };
    }, { after: 0 }),
    plant('webhook', 'spark-logconf-twist-integration-url', 'error', WHY.webhook("A Twist incoming integration (`twist.com/api/v3/integration_incoming/post_data?install_id=…&install_token=<token>`) the job posts its summary to, set as `spark.fareline.notify.url` and written by the configuration dump (the token is the secret part)"), ({ rng }) => {
      const tok = `${digits(rng, 6)}_${rng.hex(32)}`;
      return { value: tok, event: { sk: [`spark.fareline.notify.url=https://twist.com/api/v3/integration_incoming/post_data?install_id=${digits(rng, 6)}&install_token=${tok}`, 'spark.yarn.tags=etl,fares'] } };
    }, { after: 0 }),
    3,
    plant('negative', 'spark-yarn-application-id', 'none', "YARN's application id (`application_<cluster start>_<n>`): an identifier, no credential.", ({ rng }) => {
      const id = `application_${digits(rng, 13)}_0042`;
      return { value: id, event: { sk: [['INFO', 'Client', `Submitting application ${id} to ResourceManager`]] } };
    }),
    4,
    plant('path-secret', 'spark-added-file-share-link', 'error', "The job pulls the operators' stop list from a share link (`share.fareline.example/s/<token>/…`) with `--files`, and SparkContext writes `Added file <url> at <url> with timestamp …`: the link is the credential until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(26);
      const url = `https://share.${FL}/s/${tok}/stops-2027-09.csv`;
      return { value: tok, event: { sk: [['INFO', 'SparkContext', `Added file ${url} at ${url} with timestamp ${DAY0 + 7 * HOUR + rng.int(10000, 90000)}`], ['INFO', 'Utils', `Fetching ${url} to /tmp/spark-${rng.uuid()}/userFiles-${rng.uuid()}/fetchFileTemp${digits(rng, 19)}.tmp`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'spark' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fare-aggregator.log: a Kafka Streams 3.8 application (`fare-aggregator`) with Kafka's log4j pattern `[%d] %p %m (%c)%n`
// (local time, BST, no zone): the `StreamsConfig values:` and `KafkaAvroSerializerConfig values:` dumps (one
// `\t<key> = <value>` a line, PASSWORD-typed values as `[hidden]`), StreamThread state transitions, the application's
// processors.
// https://cwiki.apache.org/confluence/display/KAFKA/KIP-85%3A+Dynamic+JAAS+configuration+for+Kafka+clients (read
// through search: `sasl.jaas.config` is of type PASSWORD "to prevent credentials from being logged"); the dump layout
// and StreamThread messages from memory.

function kafkaStreamsLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.ks.map((x) => (typeof x === 'string' ? x : `[${stamp(e.t)}] ${x[0]} ${x[1]} (${x[2]})`));
  const app = `fare-aggregator-${rng.uuid()}`;
  const th = () => `${app}-StreamThread-${rng.int(1, 4)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ks: [['INFO', `stream-thread [${th()}] Processed ${rng.int(100, 9000)} total records, ran ${rng.int(1, 90)} punctuators, and committed ${rng.int(1, 40)} total tasks since the last update`, 'org.apache.kafka.streams.processor.internals.StreamThread']] }),
      () => ({ ks: [['INFO', `[Consumer clientId=${th()}-consumer, groupId=fare-aggregator] Committing offsets: {taps-${rng.int(0, 11)}=OffsetAndMetadata{offset=${rng.int(100000, 999999)}, leaderEpoch=${rng.int(1, 9)}, metadata=''}}`, 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator']] }),
      () => ({ ks: [['INFO', `fare cap applied card=${upperNum(rng, 4)}…${digits(rng, 4)} operator=${rng.pick(['metrolink', 'bee-network', 'stagecoach'])} capped_at=${rng.pick(['6.90', '5.60', '2.00'])}`, 'com.fareline.streams.FareCapProcessor']] }),
      () => ({ ks: [['WARN', `stream-task [0_${rng.int(0, 11)}] Skipping record due to null key or value. topic=[taps] partition=[${rng.int(0, 11)}] offset=[${rng.int(100000, 999999)}]`, 'org.apache.kafka.streams.kstream.internals.KStreamKTableJoinProcessor']] }),
    ])();
  const SC = 'org.apache.kafka.streams.StreamsConfig';
  const steps = [
    plant('negative', 'kafka-streams-config-sasl-jaas-hidden', 'none', "Kafka's config dump prints PASSWORD-typed values as `[hidden]` (`sasl.jaas.config = [hidden]`): the client's own masking, no credential.", () => ({ value: 'sasl.jaas.config = [hidden]', event: { ks: [['INFO', 'StreamsConfig values: ', SC], '\tacceptable.recovery.lag = 10000', '\tapplication.id = fare-aggregator', '\tbootstrap.servers = [b-1.fares-msk.internal:9096, b-2.fares-msk.internal:9096]', '\tcommit.interval.ms = 30000', '\tdefault.deserialization.exception.handler = class org.apache.kafka.streams.errors.LogAndContinueExceptionHandler', '\tnum.stream.threads = 4', '\tprocessing.guarantee = exactly_once_v2', '\treplication.factor = 3', '\tsasl.jaas.config = [hidden]', '\tsasl.mechanism = SCRAM-SHA-512', '\tsecurity.protocol = SASL_SSL', '\tstate.dir = /var/lib/kafka-streams', ''] } }), { after: 0 }),
    plant('framework-dump', 'kafka-streams-avro-serializer-config-registry-url-userinfo', 'error', "The Avro serde takes its Schema Registry credentials from the URL (`basic.auth.credentials.source = URL`), so `schema.registry.url = [https://<user>:<password>@…]` is written in clear by the serializer's config dump, one property a line (only PASSWORD-typed keys are hidden).", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { ks: [['INFO', 'KafkaAvroSerializerConfig values: ', 'io.confluent.kafka.serializers.KafkaAvroSerializerConfig'], '\tauto.register.schemas = false', '\tbasic.auth.credentials.source = URL', '\tkey.subject.name.strategy = class io.confluent.kafka.serializers.subject.TopicNameStrategy', `\tschema.registry.url = [https://sr_fares:${pw}@schema-registry.fares.internal:8081]`, '\tuse.latest.version = true', ''] } };
    }),
    3,
    plant('header-dump', 'kafka-streams-enricher-java-map-headers-bearer', 'error', "The card enricher logs a failed lookup with its request headers as a Java `Map.toString()` (`headers={Content-Type=…, Authorization=Bearer <token>}`): the card service's opaque service token.", ({ rng }) => {
      const tok = `fl_svc_${rng.alnum(40)}`;
      return { value: tok, event: { ks: [['WARN', `Enrichment call failed: POST https://cards.fares.internal/v1/lookup headers={Content-Type=application/json, Authorization=Bearer ${tok}, X-Request-Id=${rng.uuid()}} status=503`, 'com.fareline.streams.CardEnricher']] } };
    }),
    3,
    plant('replay', 'kafka-streams-validator-qr-ticket-once', 'note', WHY.ticketFirst("A single-use QR ticket of the app redeemed at a tram stop's validator; the validation processor logs the ticket, the validator and the stop. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(24);
      firstUse.qr = t;
      return { value: tk, event: { ks: [['INFO', `qr ticket redeemed ticket=${tk} validator=PIC-07 stop=Piccadilly partition=3 offset=${rng.int(100000, 999999)}`, 'com.fareline.streams.ValidateProcessor']] } };
    }, { ref: 'qr' }),
    2,
    plant('replay', 'kafka-streams-validator-qr-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('qr').value, why: `${WHY.replay('ticket', gap('qr', t))} Another validator at another stop redeemed the same single-use ticket and the processor accepted it again: the state store did not mark it spent.` }], event: { ks: [['INFO', `qr ticket redeemed ticket=${refs.get('qr').value} validator=DNG-02 stop=Deansgate-Castlefield partition=7 offset=${rng.int(100000, 999999)}`, 'com.fareline.streams.ValidateProcessor']] } }), { replayOf: 'qr', after: 74 }),
    3,
    plant('negative', 'kafka-streams-record-traceparent', 'none', "A W3C `traceparent` header the processor logs with a late record: a trace id, no credential.", ({ rng }) => {
      const tp = `00-${rng.hex(32)}-${rng.hex(16)}-01`;
      return { value: tp, event: { ks: [['WARN', `late tap dropped (grace 5m) card=${upperNum(rng, 4)}…${digits(rng, 4)} headers=[traceparent=${tp}]`, 'com.fareline.streams.TapWindowProcessor']] } };
    }),
    3,
    plant('path-secret', 'kafka-streams-debug-record-value-verify-email-link', 'error', "The account-events processor logs records at DEBUG; a `verification_sent` event carries the e-mail verification link (`/verify-email/<token>`), valid until used.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ks: [['DEBUG', `Processed record key=acct-${digits(rng, 7)} value={"event":"verification_sent","email":"r.okafor@example.net","link":"https://account.${FL}/verify-email/${tok}","ttl_h":48}`, 'com.fareline.streams.AccountEventsProcessor']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 30 * MIN, site: { host: 'ks' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flink-jobmanager.log: an Apache Flink 1.20 JobManager in application mode (`standalone-job`), log4j2's
// `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level %-60logger{60} %X{} - %msg%n` (local time, BST): EnvironmentInformation's
// `Program Arguments:` one a line, GlobalConfiguration's `Loading configuration property: <key>, <value>` with sensitive
// values as `******`, ExecutionGraph's state switches with their stack traces.
// https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/advanced/logging/ (from memory, not fetched).

function flinkLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.fl.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0].padEnd(5)} ${x[1].padEnd(60)} [] - ${x[2]}`));
  const EI = 'org.apache.flink.runtime.util.EnvironmentInformation';
  const EG = 'org.apache.flink.runtime.executiongraph.ExecutionGraph';
  const filler = (rng) =>
    rng.pick([
      () => ({ fl: [['INFO', 'org.apache.flink.runtime.checkpoint.CheckpointCoordinator', `Completed checkpoint ${rng.int(100, 999)} for job ${rng.hex(32)} (${rng.int(100000, 9000000)} bytes, checkpointDuration=${rng.int(100, 3000)} ms, finalizationTime=${rng.int(1, 30)} ms).`]] }),
      () => ({ fl: [['INFO', 'org.apache.flink.runtime.checkpoint.CheckpointCoordinator', `Triggering checkpoint ${rng.int(100, 999)} (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ ${DAY0 + rng.int(0, 86400000)} for job ${rng.hex(32)}.`]] }),
      () => ({ fl: [['INFO', 'org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager', `Matching resource requirements against available resources.`]] }),
      () => ({ fl: [['INFO', EG, `Window(TumblingEventTimeWindows(60000), EventTimeTrigger, FareAgg) (${rng.int(1, 4)}/4) (${rng.hex(32)}_${rng.hex(32)}_${rng.int(0, 3)}_0) switched from DEPLOYING to INITIALIZING.`]] }),
    ])();
  const steps = [
    plant('negative', 'flink-global-configuration-masked-secret', 'none', "Flink's GlobalConfiguration masks sensitive keys when it logs them (`Loading configuration property: s3.secret-key, ******`): no credential.", () => ({ value: 's3.secret-key, ******', event: { fl: [['INFO', 'org.apache.flink.configuration.GlobalConfiguration', 'Loading configuration property: jobmanager.rpc.address, flink-jobmanager'], ['INFO', 'org.apache.flink.configuration.GlobalConfiguration', 'Loading configuration property: s3.secret-key, ******'], ['INFO', 'org.apache.flink.configuration.GlobalConfiguration', 'Loading configuration property: state.checkpoints.dir, s3://fareline-flink/checkpoints']] } }), { after: 0 }),
    plant('api-key-name', 'flink-environment-program-arguments-feed-key', 'error', `${WHY.apiKey('feedKey')} The job reads the operators' live feed from a URL given as a program argument; in application mode EnvironmentInformation writes the arguments at start-up, one a line, the URL on its own line.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { fl: [['INFO', EI, ' Program Arguments:'], ['INFO', EI, '    --job-classname'], ['INFO', EI, '    com.fareline.flink.FareAggregationJob'], ['INFO', EI, '    --feed-url'], ['INFO', EI, `    https://feeds.busopsdata.example/siri-vm?operator=tfgm&feedKey=${key}`]] } };
    }, { after: 0 }),
    plant('encoded', 'flink-environment-program-arguments-creds-b64', 'error', "The next program arguments pass the warehouse login as base64 (`--creds-b64 <base64 of user:password>`), written on its own line by EnvironmentInformation.", ({ rng }) => {
      const b = b64Of(`etl_fares:${rng.alnum(18)}`);
      return { value: b, event: { fl: [['INFO', EI, '    --creds-b64'], ['INFO', EI, `    ${b}`], ['INFO', EI, ' Classpath: /opt/flink/lib/flink-cep-1.20.0.jar:/opt/flink/lib/flink-connector-files-1.20.0.jar:/opt/flink/usrlib/fare-aggregation-2.4.1.jar']] } };
    }, { after: 0 }),
    4,
    plant('negative', 'flink-job-id', 'none', "Flink's JobID (32 hex digits): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { fl: [['INFO', 'org.apache.flink.runtime.jobmaster.JobMaster', `Initializing job 'fare-aggregation' (${id}).`]] } };
    }),
    4,
    plant('refresh-token', 'flink-custom-source-warn-token-refresh-json', 'error', `${WHY.refresh} The feed source logs the token endpoint's JSON answer when the new access token fails its first call.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { fl: [['WARN', 'com.fareline.flink.source.SiriFeedSource', `Token refresh returned {"access_token":"${rng.b64url(40)}","refresh_token":"${rt}","token_type":"bearer","expires_in":3600} but the feed answered 401; retrying in 30 s`]] } };
    }),
    4,
    plant('header-dump', 'flink-execution-graph-failure-cause-headers-basic', 'error', "A task fails and ExecutionGraph writes the cause with its stack trace; the enrichment client's exception message includes the request headers as a Java map of lists (`{Authorization=[Basic <base64>], …}`), the card service's login.", ({ rng }) => {
      const b = b64Of(`flink-enrich:${rng.alnum(20)}`);
      return { value: b, event: { fl: [['INFO', EG, `AsyncWaitOperator -> Sink: taps-enriched (2/4) (${rng.hex(32)}_${rng.hex(32)}_1_0) switched from RUNNING to FAILED on flink-taskmanager-2.flink:6122-${rng.hex(6)} @ 10.30.2.17 (dataPort=41235).`], `java.io.IOException: HTTP 401 from https://cards.fares.internal/v1/lookup, request headers: {Authorization=[Basic ${b}], Accept=[application/json]}`, '\tat com.fareline.flink.enrich.CardLookup.asyncInvoke(CardLookup.java:88) ~[fare-aggregation-2.4.1.jar:?]', '\tat org.apache.flink.streaming.api.operators.async.AsyncWaitOperator.processElement(AsyncWaitOperator.java:234) ~[flink-dist-1.20.0.jar:1.20.0]', '\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]'] } };
    }),
    4,
    plant('webhook', 'flink-alert-sink-flock-webhook', 'error', WHY.webhook("A Flock incoming webhook (`api.flock.com/hooks/sendMessage/<uuid>`) the fare-spike alert sink posts to; the sink's warning writes the URL"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { fl: [['WARN', 'com.fareline.flink.sink.AlertSink', `Alert post failed (HTTP 429) to https://api.flock.com/hooks/sendMessage/${id}; dropping alert fare_spike operator=metrolink`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'flink' }, filler, render, steps });
}

// =====================================================================================================================
// Sur Sangam (Punjabi; Jalandhar: IST, UTC+5:30)
// =====================================================================================================================

const SS = 'sursangam.example';

// ---------------------------------------------------------------------------------------------------------------------
// error_log: /var/log/cups/error_log of the box office's CUPS 2.4 at `LogLevel debug` (IST): `<L> [DD/Mon/YYYY:HH:MM:SS
// +0530] [Job <n>] <message>` (and `[Client <n>]`), the filter chain's `argv[…]=`/`envp[…]=` lines, a custom backend's
// `DEBUG:` stderr lines (shown without the prefix) while it fetches receipts from the ticketing API and prints them.
// https://man7.org/linux/man-pages/man5/cupsd-logs.5.html (read through search: the three logs and the access_log
// format); the error_log line and the job's debug messages from memory.

function cupsErrorLog(rng) {
  const stamp = (t) => { const d = new Date(t + IST * MIN); return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(d.getTime()).slice(11, 19)} +0530`; };
  let job = 117;
  const render = (e) => e.cu.map(([l, msg]) => `${l} [${stamp(e.t)}] ${msg}`);
  const J = () => `[Job ${job}]`;
  const filler = (rng) =>
    rng.pick([
      () => { job += 1; return { cu: [['I', `[Job ${job}] Queued on "BoxOffice_TM_T88" by "boxoffice".`], ['D', `[Job ${job}] time-at-creation=${Math.floor(DAY0 / 1000) + rng.int(10000, 50000)}`]] }; },
      () => ({ cu: [['D', `${J()} PID ${rng.int(3000, 9000)} (/usr/lib/cups/filter/rastertoepson) exited with no errors.`], ['I', `${J()} Job completed.`]] }),
      () => ({ cu: [['D', `[Client ${rng.int(2, 90)}] POST / HTTP/1.1`], ['D', `[Client ${rng.int(2, 90)}] Returning IPP successful-ok for Get-Jobs (ipp://localhost/printers/BoxOffice_TM_T88) from localhost.`]] }),
      () => ({ cu: [['D', `${J()} ਟਿਕਟ ਛਾਪੀ ਗਈ (ticket printed) seat=${rng.pick(['A', 'B', 'C', 'D'])}-${rng.int(1, 40)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'cups-argv-options-job-uuid', 'none', "The job's options as the filters get them (`argv[5]=\"… job-uuid=urn:uuid:<uuid> …\"`): CUPS' job identifier, no credential.", ({ rng }) => {
      job += 1;
      const id = rng.uuid();
      return { value: id, event: { cu: [['D', `[Job ${job}] argv[0]="BoxOffice_TM_T88"`], ['D', `[Job ${job}] argv[1]="${job}"`], ['D', `[Job ${job}] argv[2]="boxoffice"`], ['D', `[Job ${job}] argv[3]="raseed-${digits(rng, 6)}"`], ['D', `[Job ${job}] argv[4]="1"`], ['D', `[Job ${job}] argv[5]="finishings=3 number-up=1 job-uuid=urn:uuid:${id} job-originating-host-name=localhost date-time-at-creation= date-time-at-processing= time-at-creation=${Math.floor(DAY0 / 1000) + 30000} time-at-processing=${Math.floor(DAY0 / 1000) + 30001}"`]] } };
    }),
    3,
    plant('path-secret', 'cups-backend-debug-raseed-link', 'error', "The `sursangam` backend logs the receipt link it fetches before printing (`/raseed/<token>/pdf`): the link opens the buyer's receipt and its QR ticket to anyone, until it expires.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { cu: [['D', `${J()} Fetching raseed https://${SS}/raseed/${tok}/pdf`], ['D', `${J()} Read 48213 bytes`]] } };
    }),
    3,
    plant('api-key-name', 'cups-backend-debug-post-chabi', 'error', `${WHY.apiKey('chabi')} ("key") The backend reports each printed ticket to the print API with the key in the query, and its debug line writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cu: [['D', `${J()} POST https://print-api.${SS}/v1/chhapai?chabi=${key}&counter=jalandhar-2`]] } };
    }),
    3,
    plant('header-dump', 'cups-backend-debug-authorization-bearer-jwt', 'error', "The backend dumps its request headers at debug (`Authorization: Bearer <JWT>`): the box office's token for the ticketing API, on a line with its +0530 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://auth.${SS}`, sub: 'boxoffice-jalandhar-2', aud: 'tickets-api', role: 'counter' } });
      return { value: token, jwt: facts, event: { cu: [['D', `${J()} Request header: Authorization: Bearer ${token}`], ['D', `${J()} Request header: Accept: application/pdf`]] } };
    }),
    3,
    plant('negative', 'cups-envp-device-uri-sanitized', 'none', "CUPS writes the backend's `DEVICE_URI` with the user information replaced (`sursangam://****@…`): the scheduler's sanitizing, no credential.", () => ({ value: 'sursangam://****@print-api', event: { cu: [['D', `${J()} envp[6]="DEVICE_URI=sursangam://****@print-api.${SS}/counter/jalandhar-2"`], ['D', `${J()} envp[7]="PRINTER=BoxOffice_TM_T88"`]] } })),
    3,
    plant('embed-jwt', 'cups-argv-title-embed-seat-map-expired', 'note', "A seat map printed from the browser carries its page address as the job title (`argv[3]=\"https://…/embed/mela-naksha/<JWT>\"`); the embed token, with a jti, had expired two days before the print: an expired credential part", ({ rng, t }) => {
      job += 1;
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(3600, 7200), jti: true, claims: { iss: `https://${SS}`, mela: 'jalandhar-virsa-2027', view: 'seat-map' } });
      return { value: token, jwt: facts, event: { cu: [['I', `[Job ${job}] Queued on "BoxOffice_Laser" by "boxoffice".`], ['D', `[Job ${job}] argv[3]="https://${SS}/embed/mela-naksha/${token}"`]] } };
    }),
    3,
    plant('session-id', 'cups-backend-debug-cookie-sur-dakhla', 'error', WHY.session("The backend logs the cookie it got from the counter login (`sur_dakhla`, \"entry\"), reused for the next print"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { cu: [['D', `${J()} Cookie: sur_dakhla=${sid}; Path=/; HttpOnly`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'boxoffice' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kamailio.log: Kamailio 5.8 on the call line's SIP edge through rsyslog (`/var/log/kamailio.log`, traditional syslog
// time, IST, no year): `<Mon DD HH:MM:SS> <host> /usr/sbin/kamailio[<pid>]: <LEVEL>: <script>: <xlog message>` and
// modules' `<LEVEL>: <module> [<file>:<line>]: <function>(): <message>`.
// https://www.kamailio.org/wikidocs/cookbooks/5.8.x/core/ (log_prefix, log_facility; from memory, not fetched);
// https://kamailio.org/docs/modules/5.8.x/modules/http_client.html (from memory).

function kamailioLog(rng) {
  const stamp = (t) => { const d = new Date(t + IST * MIN); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`; };
  const render = (e) => e.km.map(([pid, msg]) => `${stamp(e.t)} sip-edge-1 /usr/sbin/kamailio[${pid}]: ${msg}`);
  const pid = () => rng.int(2201, 2216);
  const callId = () => `${rng.alnum(22)}@${lan(rng, '10.60')}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ km: [[pid(), `INFO: <script>: INVITE sip:${rng.pick(['1800', '1801', 'mela-line'])}@${SS} from sip:${digits(rng, 10)}@${SS} ci=${callId()}`]] }),
      () => ({ km: [[pid(), `INFO: <script>: ਕਾਲ ਜੁੜ ਗਈ (call connected) agent=${rng.int(1001, 1012)} queue=tikat`]] }),
      () => ({ km: [[pid(), `NOTICE: <script>: REGISTER sip:${rng.int(1001, 1012)}@${SS} expires=600 src=${lan(rng, '10.60')}:${rng.int(20000, 60000)} ua=Zoiper rv2.10.20`]] }),
      () => ({ km: [[pid(), `WARNING: <core> [core/tcp_main.c:1417]: find_listening_sock_info(): binding to source address ${lan(rng, '10.60')}:5060 failed: Address already in use [98]`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'kamailio-digest-response-hash', 'none', "A failed digest authentication logged with the `response` hash: an MD5 over one challenge's nonce, useless for another request, no credential.", ({ rng }) => {
      const r = rng.hex(32);
      return { value: r, event: { km: [[pid(), `NOTICE: <script>: auth failed for 1007@${SS} realm=${SS} nonce=${rng.b64url(24)} response=${r} src=${publicIp(rng)}:5060`]] } };
    }),
    3,
    plant('api-key-name', 'kamailio-xlog-and-http-client-error-chabi', 'error', `${WHY.apiKey('chabi')} The routing script looks up the caller on the ticketing API with the key in the query; the script's xlog writes the URL and http_client's error writes it again.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://api.${SS}/v1/sip/darshak?chabi=${key}&from=${digits(rng, 10)}`;
      const p = pid();
      return { value: key, event: { km: [[p, `INFO: <script>: http_client_query ${url}`], [p, `ERROR: http_client [functions.c:289]: curL_request_url(): failed to perform curl (28) (url: ${url})`]] } };
    }),
    3,
    plant('session-id', 'kamailio-xlog-webrtc-x-sur-dakhla-header', 'error', WHY.session("The web app's WebRTC client sends the web session in a custom SIP header (`X-Sur-Dakhla`, \"entry\"), and the script's xlog writes it for each REGISTER"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { km: [[pid(), `INFO: <script>: webrtc REGISTER aor=sip:darshak-${digits(rng, 6)}@${SS} X-Sur-Dakhla=${sid} src=${publicIp(rng)}:${rng.int(20000, 60000)} transport=WSS`]] } };
    }),
    3,
    plant('replay', 'kamailio-ruri-parchi-dial-in-once', 'note', WHY.ticketFirst('A one-time dial-in code for a mela\'s live audio in the Request-URI\'s user part (`sip:parchi-<code>@…`, "slip"); the script logs the call with its source. The code is'), ({ rng, t }) => {
      const tk = rng.alnum(20);
      firstUse.parchi = t;
      return { value: tk, event: { km: [[pid(), `INFO: <script>: mela dial-in R-URI=sip:parchi-${tk}@${SS} src=203.0.113.58:5060 ua=Linphone/5.2.5 ci=${callId()}`], [pid(), `INFO: <script>: ਪਰਚੀ ਮਨਜ਼ੂਰ (slip accepted) room=virsa-live`]] } };
    }, { ref: 'parchi' }),
    2,
    plant('replay', 'kamailio-ruri-parchi-dial-in-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('parchi').value, why: `${WHY.replay('parchi', gap('parchi', t))} Another caller (another address, another user agent) dialled the same one-time code and the script let it in again: the ticketing API did not spend it.` }], event: { km: [[pid(), `INFO: <script>: mela dial-in R-URI=sip:parchi-${refs.get('parchi').value}@${SS} src=198.51.100.131:5060 ua=Zoiper rv2.10.20 ci=${callId()}`], [pid(), `INFO: <script>: ਪਰਚੀ ਮਨਜ਼ੂਰ (slip accepted) room=virsa-live`]] } }), { replayOf: 'parchi', after: 141 }),
    3,
    plant('webhook', 'kamailio-xlog-lark-bot-webhook', 'error', WHY.webhook("A Lark custom bot webhook (`open.larksuite.com/open-apis/bot/v2/hook/<uuid>`) the script notifies of missed calls; its warning writes the URL"), ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { km: [[pid(), `WARNING: <script>: missed-call alert failed url=https://open.larksuite.com/open-apis/bot/v2/hook/${id} code=500 queue=tikat`]] } };
    }),
    3,
    plant('negative', 'kamailio-call-id', 'none', "A SIP Call-ID (`ci=<random>@<host>`): an identifier of one call, no credential.", ({ rng }) => {
      const ci = `${rng.alnum(22)}@10.60.4.19`;
      return { value: ci, event: { km: [[pid(), `INFO: <script>: BYE ci=${ci} duration=${rng.int(20, 900)}s`]] } };
    }),
    3,
    plant('encoded', 'kamailio-xlog-x-sur-auth-base64-json', 'error', "The kiosk softphones send `X-Sur-Auth`, base64 JSON holding the shop's API key (`{\"chabi\":…}`), and the script's xlog writes the header raw.", ({ rng }) => {
      const v = b64Of(JSON.stringify({ dukaan: 'nakodar-road', chabi: rng.alnum(32), v: 2 }));
      return { value: v, event: { km: [[pid(), `INFO: <script>: kiosk INVITE sip:1800@${SS} X-Sur-Auth=${v} src=${lan(rng, '10.61')}:5060`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'sip' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2027-09-14 19-02-11.txt: an OBS Studio 31 log file (`%APPDATA%\obs-studio\logs\`) of the streaming studio's PC: each
// line `HH:MM:SS.mmm: <message>` (local time, no date, no zone), the RTMP output's `Connecting to RTMP URL …`, browser
// sources' console messages as `[obs-browser: '<source>'] <Level>: <message> (source: <url>:<line>)`.
// https://obsproject.com/kb/obs-studio-log-files (from memory, not fetched); obs-browser's console line from memory.

function obsLog(rng) {
  const stamp = (t) => `${local(t, IST).slice(11, 23)}`;
  const render = (e) => e.ob.map((m) => `${stamp(e.t)}: ${m}`);
  const header = ['19:02:11.402: CPU Name: AMD Ryzen 7 7700 8-Core Processor', '19:02:11.402: CPU Speed: 3800MHz', '19:02:11.403: Physical Cores: 8, Logical Cores: 16', '19:02:11.403: Physical Memory: 31861MB Total, 21020MB Free', '19:02:11.403: Windows Version: 11.0 Build 26100 (release: 24H2; revision: 4061; 64-bit)', '19:02:11.410: OBS 31.1.2 (64-bit, windows)', '19:02:11.410: ---------------------------------', '19:02:12.921: Loaded scenes:', "19:02:12.921: - scene 'Mela Stage':", "19:02:12.921:     - source: 'Camera A' (dshow_input)", "19:02:12.921:     - source: 'Darshak Chat' (browser_source)", "19:02:12.921:     - source: 'Mela Alerts' (browser_source)", '19:02:12.921: ------------------------------------------------'];
  const filler = (rng) =>
    rng.pick([
      () => ({ ob: [`Output 'adv_stream': Number of skipped frames due to encoding lag: ${rng.int(0, 40)}/${rng.int(9000, 90000)} (0.${rng.int(0, 9)}%)`] }),
      () => ({ ob: [`[obs-browser: 'Darshak Chat'] Info: ਨਵਾਂ ਸੁਨੇਹਾ (new message) from ${rng.pick(['gurpreet_k', 'harjot.s', 'simran_b', 'navdeep77'])} (source: https://widgets.${SS}/chat/overlay.js:${rng.int(40, 200)})`] }),
      () => ({ ob: [`User switched to scene '${rng.pick(['Mela Stage', 'Interval', 'Backstage'])}'`] }),
      () => ({ ob: [`[rtmp stream: 'adv_stream'] Interface: Realtek Gaming 2.5GbE Family Controller (ethernet, 2500 mbps)`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'obs-browser-cache-buster', 'none', "A browser source's script with a cache buster (`overlay.js?v=<8 hex>`): an asset version, no credential.", ({ rng }) => {
      const v = rng.hex(8);
      return { value: `overlay.js?v=${v}`, event: { ob: [`[obs-browser: 'Darshak Chat'] Warning: Slow network is detected. Fallback font will be used while loading (source: https://widgets.${SS}/chat/overlay.js?v=${v}:1)`] } };
    }),
    2,
    plant('path-secret', 'obs-rtmp-connecting-url-stream-key-path', 'error', "The custom RTMP server was entered with the stream key as the last path segment (the key field left empty), so OBS's `Connecting to RTMP URL …` writes it: the key lets anyone broadcast on the mela's channel until it is reset.", ({ rng }) => {
      const key = `live_${rng.alnum(30)}`;
      return { value: key, event: { ob: ['==== Streaming Start ===============================================', `[rtmp stream: 'adv_stream'] Connecting to RTMP URL rtmp://ingest.${SS}/live/${key}...`, "[rtmp stream: 'adv_stream'] Connection to rtmp://ingest." + SS + ' successful'] } };
    }),
    3,
    plant('api-key-name', 'obs-browser-console-source-url-chabi', 'error', `${WHY.apiKey('chabi')} The chat overlay's script is loaded with the widget key in its query, and the browser source's console error writes the script URL as its \`source\`.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { ob: [`[obs-browser: 'Darshak Chat'] Error: Uncaught TypeError: Cannot read properties of undefined (reading 'naam') (source: https://widgets.${SS}/chat/bundle.js?chabi=${key}:88)`] } };
    }),
    3,
    plant('oauth-code', 'obs-browser-console-callback-source-code', 'warning', `${WHY.code} A studio dock signs the presenter in with OAuth; the callback page's console error writes the page address (\`callback?code=…&state=…\`) as its \`source\`.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { ob: [`[obs-browser: 'Studio Dock'] Error: Uncaught (in promise) Error: popup closed (source: https://studio.${SS}/auth/callback?code=${code}&state=${rng.hex(32)}:1)`] } };
    }),
    3,
    plant('implicit-fragment', 'obs-browser-console-info-hash-access-token', 'error', "The studio dock's script logs the address it lands on after an implicit sign-in, fragment included (`#access_token=…`); obs-browser writes the console message.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { ob: [`[obs-browser: 'Studio Dock'] Info: landed on https://studio.${SS}/#access_token=${at}&token_type=Bearer&expires_in=3600 (source: https://studio.${SS}/static/dock.js:12)`] } };
    }),
    3,
    plant('negative', 'obs-youtube-broadcast-id', 'none', "A YouTube broadcast's video id: public once the stream is live, no credential.", ({ rng }) => {
      const id = rng.b64url(11);
      return { value: id, event: { ob: [`[YouTube Actions] Broadcast ${id} transitioned to 'live'`] } };
    }),
    3,
    plant('encoded', 'obs-browser-console-source-url-percent-encoded-json-chabi', 'error', "The alerts widget takes its settings as percent-encoded JSON in the query (`config=%7B%22chabi%22%3A%22…%22…`), the widget key included; the browser source's console error writes the address as its `source`.", ({ rng }) => {
      const key = rng.alnum(28);
      const cfg = encodeURIComponent(JSON.stringify({ chabi: key, theme: 'phulkari', sound: true }));
      return { value: key, event: { ob: [`[obs-browser: 'Mela Alerts'] Error: Failed to load resource: the server responded with a status of 404 () (source: https://alerts.${SS}/widget?config=${cfg}:0)`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 32 * MIN, site: { host: 'studio' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// crashlytics_com_sursangam_app_ANDROID.json: rows of the Crashlytics BigQuery export table of the Android app, extracted
// as newline-delimited JSON (`bq extract --destination_format NEWLINE_DELIMITED_JSON`): one event a line, BigQuery's
// timestamp text (`yyyy-mm-dd HH:MM:SS.ffffff UTC`), the columns `platform`, `bundle_identifier`, `event_id`,
// `is_fatal`, `issue_id`, `event_timestamp`, `device`, `operating_system`, `application`, `installation_uuid`,
// `custom_keys`, `logs`, `breadcrumbs`, `exceptions`.
// https://firebase.google.com/docs/crashlytics/bigquery-dataset-schema (read through search: tables, rows, columns);
// the column list and nesting from memory.

function crashlyticsJson(rng) {
  const ts = (t) => `${iso(t).slice(0, 10)} ${iso(t).slice(11, 23)}${digits(rng, 3)} UTC`;
  const render = (e) => [JSON.stringify(e.row)];
  const base = (t, over = {}) => {
    const fatal = over.is_fatal ?? rng.pick([true, false]);
    return {
      platform: 'ANDROID', bundle_identifier: 'com.sursangam.app', event_id: rng.hex(32), is_fatal: fatal, error_type: fatal ? 'FATAL' : 'NON_FATAL', issue_id: rng.hex(32), variant_id: rng.hex(32), event_timestamp: ts(t), received_timestamp: ts(t + rng.int(2000, 90000)),
      device: { ...rng.pick([{ manufacturer: 'samsung', model: 'SM-A156E' }, { manufacturer: 'Xiaomi', model: '23129RN51X' }, { manufacturer: 'vivo', model: 'V2336' }, { manufacturer: 'OnePlus', model: 'CPH2613' }]), architecture: 'arm64-v8a' },
      operating_system: { display_version: rng.pick(['14', '15', '13']), name: 'Android', modification_state: 'UNMODIFIED', type: 'ANDROID', device_type: 'MOBILE' },
      application: { build_version: '5120', display_version: '5.12.0' }, installation_uuid: rng.hex(32), crashlytics_sdk_version: '19.4.0', app_orientation: 'PORTRAIT', device_orientation: 'PORTRAIT', process_state: 'FOREGROUND',
      custom_keys: [{ key: 'screen', value: rng.pick(['GeetPlayer', 'MelaTickets', 'Home']) }], logs: [], breadcrumbs: [],
      exceptions: [{ type: over.exType ?? 'java.lang.IllegalStateException', exception_message: over.exMsg ?? 'ਗੀਤ ਲੋਡ ਨਹੀਂ ਹੋਇਆ (song did not load)', nested: false, title: 'PlayerViewModel.kt', subtitle: 'com.sursangam.app.player.PlayerViewModel.onError', blamed: true, frames: [{ line: rng.int(20, 400), file: 'PlayerViewModel.kt', symbol: 'com.sursangam.app.player.PlayerViewModel.onError', library: 'com.sursangam.app', owner: 'DEVELOPER', blamed: true }] }],
      ...over.extra,
    };
  };
  const filler = (rng, t) => ({ row: base(t) });
  const steps = [
    2,
    plant('negative', 'crashlytics-installation-uuid', 'none', "Crashlytics' `installation_uuid` (32 hex digits): an identifier of the app installation, no credential.", ({ t }) => {
      const row = base(t);
      return { value: row.installation_uuid, event: { row } };
    }),
    2,
    plant('oauth-code', 'crashlytics-breadcrumb-deep-link-code', 'warning', `${WHY.code} The app's analytics event for an opened deep link carries the URL as a parameter, and Crashlytics keeps it as a breadcrumb of the crash (\`sursangam://auth/callback?code=…&state=…\`).`, ({ rng, t }) => {
      const code = rng.b64url(43);
      const row = base(t, { is_fatal: true, exType: 'java.lang.NullPointerException', exMsg: 'Attempt to invoke virtual method on a null object reference' });
      row.breadcrumbs = [{ timestamp: ts(t - 4000), name: 'deep_link_opened', params: [{ key: 'url', value: `sursangam://auth/callback?code=${code}&state=${rng.hex(24)}` }, { key: 'source', value: 'chrome_custom_tab' }] }];
      return { value: code, event: { row } };
    }),
    2,
    plant('id-token', 'crashlytics-log-id-token-rejected', 'error', "A `Crashlytics.log()` message keeps the Google ID token the sign-in screen rejected (`id_token=<JWT>`); the log entry's UTC timestamp is the time of logging", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'jaspreet.kaur.music@gmail.com', email_verified: true } });
      const row = base(t, { is_fatal: false, exType: 'com.sursangam.app.auth.SignInException', exMsg: 'ਦਾਖ਼ਲਾ ਅਸਫਲ (sign-in failed): audience mismatch' });
      row.logs = [{ timestamp: ts(t - 1200), message: `SignInRepository: server rejected id_token=${token}` }];
      return { value: token, jwt: facts, event: { row } };
    }),
    2,
    plant('refresh-token', 'crashlytics-custom-key-refresh-token', 'error', `${WHY.refresh} A developer set it as a Crashlytics custom key (\`last_refresh_token\`) to chase a sign-out bug, so every later crash of the installation carries it.`, ({ rng, t }) => {
      const rt = `ssrt_${rng.b64url(56)}`;
      const row = base(t, { is_fatal: true });
      row.custom_keys.push({ key: 'last_refresh_token', value: rt });
      return { value: rt, event: { row } };
    }),
    2,
    plant('implicit-fragment', 'crashlytics-exception-message-webview-fragment', 'error', "A WebView client throws on an unexpected redirect and its exception message holds the address, fragment included (`#access_token=…`), which Crashlytics exports in `exception_message`.", ({ rng, t }) => {
      const at = rng.b64url(52);
      const row = base(t, { is_fatal: false, exType: 'com.sursangam.app.web.UnexpectedRedirectException', exMsg: `unexpected redirect https://${SS}/app/login-done#access_token=${at}&token_type=Bearer&expires_in=3600` });
      return { value: at, event: { row } };
    }),
    2,
    plant('negative', 'crashlytics-issue-id', 'none', "Crashlytics' `issue_id` (32 hex digits), the crash cluster: an identifier, no credential.", ({ t }) => {
      const row = base(t);
      return { value: row.issue_id, event: { row } };
    }),
    2,
    plant('session-id', 'crashlytics-custom-key-dakhla-cookie', 'error', WHY.session("The app copies its web session cookie into a custom key (`dakhla_cookie`, \"entry\") for its WebView, and the crash row keeps it"), ({ rng, t }) => {
      const sid = rng.b64url(43);
      const row = base(t, { is_fatal: true });
      row.custom_keys.push({ key: 'dakhla_cookie', value: `sur_dakhla=${sid}` });
      return { value: sid, event: { row } };
    }),
    2,
    plant('embed-jwt', 'crashlytics-breadcrumb-screen-view-embed-url-jwt', 'error', "A `screen_view` breadcrumb keeps the live-stream embed the player opened (`/embed/mela-live/<JWT>`, 1 h, with a jti), live at the crash's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), jti: true, claims: { iss: `https://${SS}`, mela: 'virsa-live', viewer: digits(rng, 8) } });
      const row = base(t, { is_fatal: true, exType: 'androidx.media3.common.PlaybackException', exMsg: 'Source error' });
      row.breadcrumbs = [{ timestamp: ts(t - 9000), name: 'screen_view', params: [{ key: 'firebase_screen', value: 'MelaLive' }, { key: 'embed_url', value: `https://${SS}/embed/mela-live/${token}` }] }];
      return { value: token, jwt: facts, event: { row } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'app' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// SurSangamCounter_install.log: `msiexec /i SurSangamCounter-3.4.0.msi /qn /l*v …` of the box office's Windows app, one
// install session: the `=== Verbose logging started … ===` banner, `MSI (c)`/`MSI (s) (<pid>:<tid>) [HH:MM:SS:mmm]:`
// lines (time only), `Command Line:`, `PROPERTY CHANGE:`, `Action start …`/`Action ended …`, a custom action's output,
// the final `Property(S):` list, `MsiHiddenProperties` values as `**********`.
// https://learn.microsoft.com/windows/win32/msi/msihiddenproperties and https://learn.microsoft.com/windows/win32/msi/
// preventing-confidential-information-from-being-written-into-the-log-file (read through search); the log lines from
// memory.

function msiLog(rng) {
  const hm = (t) => local(t, IST).slice(11, 19);
  const hmsm = (t) => `${hm(t)}:${msPart(t)}`;
  const render = (e) => e.ms(e.t);
  const C = 'MSI (c) (4C:18)';
  const S = 'MSI (s) (A0:B4)';
  const steps = [
    plant('api-key-name', 'msi-command-line-license-chabi', 'error', `${WHY.apiKey('LICENSE_CHABI')} It is a public property given on the command line, so the client and the service write it in \`Command Line:\` and \`PROPERTY CHANGE:\` lines and in the final property list (MsiHiddenProperties does not hide what the command line sets).`, ({ rng, t }) => {
      const key = rng.alnum(32);
      const invite = rng.b64url(32);
      const pw = rng.alnum(16);
      const hook = `${digits(rng, 19)}/${rng.b64url(68)}`;
      const basic = b64Of(`counter-setup:${rng.alnum(18)}`);
      const prod = `{${rng.uuid().toUpperCase()}}`;
      const enroll = `https://${SS}/counter/sadda/${invite}`;
      const cmd = `LICENSE_CHABI=${key} DUKAAN=jalandhar-2`;
      const at = (dt) => hmsm(t + dt);
      const lines = (t0) => [
        `=== Verbose logging started: 14-09-2027  ${hm(t0)}  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\Windows\\system32\\msiexec.exe ===`,
        `${C} [${at(12)}]: Resetting cached policy values`,
        `${C} [${at(12)}]: Machine policy value 'Debug' is 0`,
        `${C} [${at(15)}]: ******* RunEngine:`,
        `           ******* Product: C:\\Users\\boxoffice\\Downloads\\SurSangamCounter-3.4.0.msi`,
        '           ******* Action: ',
        `           ******* CommandLine: **********`,
        `${C} [${at(40)}]: Command Line: ${cmd} CURRENTDIRECTORY=C:\\Users\\boxoffice\\Downloads CLIENTUILEVEL=3 CLIENTPROCESSID=4684`,
        `${C} [${at(41)}]: PROPERTY CHANGE: Adding LICENSE_CHABI property. Its value is '${key}'.`,
        `${C} [${at(90)}]: Product Code passed to Engine.Initialize:           '${prod}'`,
        `${C} [${at(120)}]: Note: 1: 2205 2:  3: Error `,
        `${S} [${at(900)}]: Running installation inside multi-package transaction C:\\Users\\boxoffice\\Downloads\\SurSangamCounter-3.4.0.msi`,
        `${S} [${at(960)}]: Command Line: ${cmd} CURRENTDIRECTORY=C:\\Users\\boxoffice\\Downloads CLIENTUILEVEL=3 CLIENTPROCESSID=4684 `,
        `${S} [${at(1100)}]: Machine policy value 'DisableUserInstalls' is 0`,
        `Action start ${hm(t + 1400)}: INSTALL.`,
        `Action start ${hm(t + 1500)}: CostInitialize.`,
        `Action ended ${hm(t + 1700)}: CostInitialize. Return value 1.`,
        `Action start ${hm(t + 1800)}: CA_FetchEnrollment.`,
        `${S} [${at(1850)}]: Invoking remote custom action. DLL: C:\\Windows\\Installer\\MSI${upperNum(rng, 4)}.tmp, Entrypoint: FetchEnrollment`,
        `${S} [${at(1990)}]: PROPERTY CHANGE: Adding ENROLL_URL property. Its value is '${enroll}'.`,
        `Action ended ${hm(t + 2000)}: CA_FetchEnrollment. Return value 1.`,
        `Action start ${hm(t + 2100)}: CA_ReadCounterSecret.`,
        `${S} [${at(2150)}]: Invoking remote custom action. DLL: C:\\Windows\\Installer\\MSI${upperNum(rng, 4)}.tmp, Entrypoint: ReadCounterSecret`,
        `${S} [${at(2210)}]: PROPERTY CHANGE: Adding PAASVARD property. Its value is '${pw}'.`,
        `${S} [${at(2215)}]: PROPERTY CHANGE: Adding SERVICE_PAASVARD property. Its value is '**********'.`,
        `Action ended ${hm(t + 2300)}: CA_ReadCounterSecret. Return value 1.`,
        `Action start ${hm(t + 2400)}: CA_RegisterCounter.`,
        `CA_RegisterCounter: POST https://api.${SS}/v1/counter/register`,
        `CA_RegisterCounter: Authorization: Basic ${basic}`,
        'CA_RegisterCounter: 201 ਕਾਊਂਟਰ ਰਜਿਸਟਰ ਹੋ ਗਿਆ (counter registered)',
        `Action ended ${hm(t + 3900)}: CA_RegisterCounter. Return value 1.`,
        `Action start ${hm(t + 4000)}: CA_CrashHook.`,
        `CA_CrashHook: crash reports will be posted to https://discord.com/api/webhooks/${hook}`,
        `Action ended ${hm(t + 4100)}: CA_CrashHook. Return value 1.`,
        `Action start ${hm(t + 4200)}: InstallFiles.`,
        `InstallFiles: File: SurSangamCounter.exe,  Directory: C:\\Program Files\\Sur Sangam\\Counter\\,  Size: ${rng.int(4000000, 9000000)}`,
        `Action ended ${hm(t + 21000)}: InstallFiles. Return value 1.`,
        `Action ended ${hm(t + 26000)}: INSTALL. Return value 1.`,
        `Property(S): UpgradeCode = {${rng.uuid().toUpperCase()}}`,
        `Property(S): ProductCode = ${prod}`,
        `Property(S): LICENSE_CHABI = ${key}`,
        `Property(S): ENROLL_URL = ${enroll}`,
        'Property(S): DUKAAN = jalandhar-2',
        `Property(S): PAASVARD = ${pw}`,
        'Property(S): SERVICE_PAASVARD = **********',
        'Property(S): MsiHiddenProperties = SERVICE_PAASVARD',
        'Property(S): ProductName = Sur Sangam Counter',
        'Property(S): ProductVersion = 3.4.0',
        `${S} [${at(26500)}]: Product: Sur Sangam Counter -- Installation completed successfully.`,
        `${S} [${at(26500)}]: Windows Installer installed the product. Product Name: Sur Sangam Counter. Product Version: 3.4.0. Product Language: 1033. Manufacturer: Sur Sangam. Installation success or error status: 0.`,
        `=== Verbose logging stopped: 14-09-2027  ${hm(t + 27000)} ===`,
      ];
      return {
        event: { ms: lines },
        marks: [
          { value: key },
          { value: invite, category: 'path-secret', kind: 'msi-custom-action-enroll-url-sadda-invite', expect: 'error', why: "The counter enrolment invitation (`/counter/sadda/<token>`, \"invitation\") a custom action fetches into `ENROLL_URL`: written in its `PROPERTY CHANGE:` line and in the final property list; whoever opens it enrols a counter until it is used." },
          { value: pw, category: 'framework-dump', kind: 'msi-property-change-and-property-list-paasvard', expect: 'error', why: "A custom action sets `PAASVARD` (\"password\", the counter account's) as a property; it is not in `MsiHiddenProperties`, so the installer's `PROPERTY CHANGE:` line and its final `Property(S):` list write it." },
          { value: '**********', needle: "SERVICE_PAASVARD property. Its value is '**********'", category: 'negative', kind: 'msi-hidden-property-masked', expect: 'none', why: 'A property listed in `MsiHiddenProperties` is written as `**********`: the installer\'s masking, no credential.' },
          { value: basic, category: 'header-dump', kind: 'msi-custom-action-output-authorization-basic', expect: 'error', why: "The registration custom action writes its request to the install log, the `Authorization: Basic <base64>` line included: the setup account's login." },
          { value: hook, category: 'webhook', kind: 'msi-custom-action-output-discord-webhook', expect: 'error', why: WHY.webhook('A Discord webhook (`discord.com/api/webhooks/<id>/<token>`) the counter app posts crash reports to, written by a custom action into the install log') },
          { value: prod, category: 'negative', kind: 'msi-product-code', expect: 'none', why: "The package's ProductCode (a GUID): the product's identifier, no credential." },
        ],
      };
    }, { after: 0 }),
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 12 * MIN, site: { host: 'counter' }, filler: () => ({}), render, steps });
}

// =====================================================================================================================
// Gopaldhara Dudh Sahakari Mandali (Gujarati; Anand: IST, UTC+5:30)
// =====================================================================================================================

const GD = 'gopaldhara.example';

// ---------------------------------------------------------------------------------------------------------------------
// newrelic_agent.log: the New Relic Java agent 8.x log of the member portal (Spring Boot on Tomcat) with `audit_mode:
// true`: `yyyy-MM-ddTHH:mm:ss,SSS+0530 [<pid> <thread id>] com.newrelic <LEVEL>: <message>`; audit lines with the JSON the
// agent sends (`error_data`: `[<time>, <transaction>, <message>, <class>, {"userAttributes":…,"agentAttributes":…,
// "intrinsics":…}]`), request parameters captured (`attributes.include: request.parameters.*`).
// https://docs.newrelic.com/docs/apm/agents/java-agent/configuration/java-agent-configuration-config-file/ (audit_mode,
// attributes; from memory, not fetched); the line prefix and payload layout from memory.

function newRelicLog(rng) {
  const stamp = (t) => `${local(t, IST).slice(0, 19)},${msPart(t)}+0530`;
  const render = (e) => e.nr.map(([th, lvl, msg]) => `${stamp(e.t)} [4127 ${th}] com.newrelic ${lvl}: ${msg}`);
  const audit = (t, txn, msg, cls, agentAttributes, userAttributes = {}) => `AUDIT: Sent JSON([${JSON.stringify(`${rng.hex(16)}`)},[[${Math.floor(t / 1000) * 1000},${JSON.stringify(txn)},${JSON.stringify(msg)},${JSON.stringify(cls)},${JSON.stringify({ userAttributes, agentAttributes, intrinsics: { 'error.expected': false, traceId: rng.hex(32), guid: rng.hex(16), priority: (rng.int(100000, 1999999) / 1000000).toFixed(6), sampled: false } })}]]]) to collector-004.eu01.nr-data.net:443, method error_data`;
  const filler = (rng) =>
    rng.pick([
      () => ({ nr: [[rng.int(30, 60), 'INFO', `Harvest: sent ${rng.int(10, 900)} analytic events, ${rng.int(0, 20)} errors, ${rng.int(100, 3000)} metrics`]] }),
      () => ({ nr: [[rng.int(30, 60), 'FINE', `Transaction WebTransaction/SpringController/${rng.pick(['DudhJamaController/list', 'ChukavaniController/summary', 'KendraController/status'])} finished in ${rng.int(3, 900)} ms`]] }),
      () => ({ nr: [[1, 'INFO', `Reporting to: https://one.eu.newrelic.com/redirect/entity/${rng.alnum(24)}`]] }),
      () => ({ nr: [[rng.int(30, 60), 'FINER', `Sampled ${rng.int(1, 10)} of ${rng.int(10, 90)} transactions (adaptive sampling target 10)`]] }),
    ])();
  const err = (t, uri, attrs, user = {}) => audit(t, `WebTransaction/SpringController/${uri}`, 'ભૂલ: વિનંતી નિષ્ફળ (request failed)', 'org.springframework.web.server.ResponseStatusException', attrs, user);
  const steps = [
    { raw: { nr: [[1, 'INFO', 'New Relic Agent: Loading configuration file "/opt/newrelic/newrelic.yml"'], [1, 'INFO', 'Using default collector host: collector.eu.newrelic.com'], [1, 'INFO', 'New Relic Agent v8.17.0 has started'], [1, 'WARN', 'audit_mode is enabled: every payload sent to New Relic is written to this log']] }, after: 0 },
    2,
    plant('negative', 'newrelic-entity-guid', 'none', "The application's entity GUID (base64 of `<account>|APM|APPLICATION|<id>`): an identifier that decodes to numbers, no credential.", ({ rng }) => {
      const g = b64Of(`${digits(rng, 7)}|APM|APPLICATION|${digits(rng, 9)}`).replace(/=+$/, '');
      return { value: g, event: { nr: [[1, 'INFO', `Agent 4127@sabhasad-portal-7c9 connected to collector.eu.newrelic.com:443, entity.guid=${g}`]] } };
    }),
    3,
    plant('path-secret', 'newrelic-audit-error-data-request-uri-sabhasad-khatri', 'error', "The member confirmation link (`/sabhasad/khatri/<token>`, \"member\"/\"confirmation\") failed, and the error payload the agent sends writes `request.uri`, path included; audit mode writes the payload.", ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { nr: [[rng.int(30, 60), 'INFO', err(t, 'SabhasadController/khatri', { 'request.uri': `/sabhasad/khatri/${tok}`, 'request.method': 'GET', 'http.statusCode': 410, 'response.status': '410' })]] } };
    }),
    3,
    plant('refresh-token', 'newrelic-audit-error-data-request-parameters-refresh-token', 'error', `${WHY.refresh} The agent captures request parameters (\`request.parameters.*\`), so a failed POST to \`/oauth/token\` sends \`request.parameters.refresh_token\` in the error payload; audit mode writes it.`, ({ rng, t }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { nr: [[rng.int(30, 60), 'INFO', err(t, 'TokenController/token', { 'request.uri': '/oauth/token', 'request.method': 'POST', 'request.parameters.grant_type': 'refresh_token', 'request.parameters.refresh_token': rt, 'request.parameters.client_id': 'sabhasad-android', 'http.statusCode': 400 })]] } };
    }),
    3,
    plant('id-token', 'newrelic-audit-error-data-request-parameters-id-token', 'error', "A failed sign-in posts `id_token` as a form parameter, captured as `request.parameters.id_token` in the error payload audit mode writes, at a +0530 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 600), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${GD}/realms/sabhasad`, aud: 'sabhasad-portal', sub: rng.uuid(), preferred_username: `sabhasad-${digits(rng, 5)}`, nonce: rng.b64url(16) } });
      return { value: token, jwt: facts, event: { nr: [[rng.int(30, 60), 'INFO', err(t, 'PraveshController/oidc', { 'request.uri': '/pravesh/oidc', 'request.method': 'POST', 'request.parameters.id_token': token, 'request.parameters.state': rng.b64url(22), 'http.statusCode': 401 })]] } };
    }),
    3,
    plant('api-key-name', 'newrelic-audit-error-data-request-headers-referer-chavi', 'error', `${WHY.apiKey('chavi')} ("key") The collection-centre dashboard links to the portal from a page whose URL carries the key; the agent's \`request.headers.referer\` attribute keeps the whole referring URL in the error payload.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, event: { nr: [[rng.int(30, 60), 'INFO', err(t, 'KendraController/status', { 'request.uri': '/kendra/status', 'request.method': 'GET', 'request.headers.referer': `https://kendra.${GD}/dashboard?kendra=bakrol-3&chavi=${key}`, 'http.statusCode': 502 })]] } };
    }),
    3,
    plant('negative', 'newrelic-trace-id', 'none', "A distributed trace id the agent logs at FINE: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { nr: [[rng.int(30, 60), 'FINE', `Accepted inbound distributed trace payload traceId=${id} parent.type=Mobile`]] } };
    }),
    3,
    plant('session-id', 'newrelic-audit-error-data-user-attribute-session', 'error', WHY.session("The portal adds the member's session id as a custom attribute (`sabhasadSession`), so it travels in the error payload's `userAttributes`, which audit mode writes"), ({ rng, t }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { nr: [[rng.int(30, 60), 'INFO', err(t, 'ChukavaniController/summary', { 'request.uri': '/chukavani/saransh', 'request.method': 'GET', 'http.statusCode': 500 }, { sabhasadSession: sid, kendra: 'bakrol-3' })]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'portal' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alloy.log: `journalctl -u alloy -o cat` of Grafana Alloy 1.5 on the collection-centre gateway: Alloy's logfmt lines
// (`ts=<RFC 3339 nanoseconds, Z> level=<l> msg="…" <key>=<value> …`, values with spaces or quotes quoted and escaped),
// `prometheus.scrape` failures with the target URL, `loki.process` parse failures and `loki.echo` entries, `remote.http`
// polling errors.
// https://grafana.com/docs/alloy/latest/reference/config-blocks/logging/ (format "logfmt"; from memory, not fetched).

function alloyLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const render = (e) => e.al.map((kv) => `ts=${ts(e.t)} ${kv}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ al: [`level=info msg="finished node evaluation" controller_path=/ controller_id="" trace_id=${rng.hex(32)} node_id=prometheus.scrape.kendra duration=${rng.int(100, 900)}.${rng.int(100, 999)}µs`] }),
      () => ({ al: [`level=info msg="Done replaying WAL" component_path=/ component_id=prometheus.remote_write.mimir subcomponent=rw remote_name=${rng.hex(6)} url=https://mimir.${GD}/api/v1/push duration=${rng.int(1, 9)}.${rng.int(100, 999)}s`] }),
      () => ({ al: [`level=debug msg="tailer running" component_path=/ component_id=loki.source.file.milk_scales path=/var/log/scales/kendra-${rng.int(1, 9)}.log`] }),
      () => ({ al: [`level=warn msg="error sending batch, will retry" component_path=/ component_id=loki.write.default component=client host=loki.${GD} status=-1 tenant="" error="Post \\"https://loki.${GD}/loki/api/v1/push\\": context deadline exceeded"`] }),
    ])();
  const steps = [
    3,
    plant('negative', 'alloy-cluster-node-ulid', 'none', "An Alloy cluster peer's ULID: an identifier, no credential.", ({ rng }) => {
      const id = `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
      return { value: id, event: { al: [`level=info msg="peer joined" service=cluster peer=alloy-kendra-2 id=${id} addr=10.70.1.12:12345`] } };
    }),
    3,
    plant('api-key-name', 'alloy-prometheus-scrape-failed-target-api-chavi', 'error', `${WHY.apiKey('api_chavi')} The milk analyser's exporter takes it in the query, and the scrape target's URL is written by \`prometheus.scrape\` when a scrape fails.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { al: [`level=warn msg="Scrape failed" component_path=/ component_id=prometheus.scrape.kendra scrape_pool=prometheus.scrape.kendra target=${q(`http://10.70.3.12:8080/metrics?api_chavi=${key}&kendra=bakrol-3`)} err="server returned HTTP status 503 Service Unavailable"`] } };
    }),
    3,
    plant('embed-jwt', 'alloy-loki-process-parse-failure-embed-ahevaal-120s', 'warning', "`loki.process` fails to parse a proxy access line and writes the line: it requests a member's statement embed (`/ahevaal/embed/<JWT>`, \"report\"), a 120 s token without a jti, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://${GD}`, sabhasad: digits(rng, 5), ahevaal: 'masik-chukavani' } });
      return { value: token, jwt: facts, event: { al: [`level=warn msg="failed to parse line with regex stage" component_path=/ component_id=loki.process.proxy stage=regex line=${q(`10.70.2.44 - - [${clf(t - 1000, IST)}] "GET /ahevaal/embed/${token} HTTP/2.0" 200 18231 "-" "Mozilla/5.0 (Linux; Android 15)"`)}`] } };
    }),
    3,
    plant('encoded', 'alloy-loki-echo-logfmt-escaped-json-escaped-url', 'error', "`loki.echo` writes an app's JSON log line inside a logfmt string: the URL's `/` are JSON-escaped (`\\/`) and logfmt escapes the backslashes again (`\\\\/`), around a payment link's `chavi=`.", ({ rng }) => {
      const key = rng.alnum(30);
      const jsonLine = JSON.stringify({ level: 'info', msg: 'ચુકવણી લિંક મોકલી (payment link sent)', link: `https://${GD}/chukavani?sabhasad=${digits(rng, 5)}&chavi=${key}` }).replace(/\//g, '\\/');
      return { value: key, event: { al: [`level=info msg="log entry" component_path=/ component_id=loki.echo.debug receiver=loki.echo.debug entry=${q(jsonLine)} labels="{job=\\"chukavani\\", kendra=\\"bakrol-3\\"}"`] } };
    }),
    3,
    plant('framework-dump', 'alloy-loki-echo-express-body-dump-sanket-shabd', 'error', "`loki.echo` writes the member app's request log line, whose body dump holds the sign-in password (`sanket_shabd`, \"password\").", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { al: [`level=info msg="log entry" component_path=/ component_id=loki.echo.debug receiver=loki.echo.debug entry=${q(`POST /sabhasad/pravesh 401 body={"mobile":"98${digits(rng, 8)}","sanket_shabd":"${pw}"}`)} labels="{job=\\"sabhasad-api\\"}"`] } };
    }),
    3,
    plant('negative', 'alloy-trace-id', 'none', "An `otelcol` trace id Alloy writes while exporting: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { al: [`level=debug msg="dropping span" component_path=/ component_id=otelcol.processor.tail_sampling.default trace_id=${id} policy=errors-only`] } };
    }),
    3,
    plant('path-secret', 'alloy-remote-http-poll-failed-shared-config-link', 'error', "`remote.http` polls the gateway's configuration from a shared link (`/alloy/shared/<token>/…`) and writes the URL when a poll fails: whoever has the link reads the configuration, secrets included, until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { al: [`level=error msg="failed to poll" component_path=/ component_id=remote.http.kendra_cfg url=https://config.${GD}/alloy/shared/${tok}/kendra.alloy err="Get \\"https://config.${GD}/alloy/shared/${tok}/kendra.alloy\\": dial tcp: lookup config.${GD}: no such host"`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wsk-activation-poll.log: `wsk activation poll` of the cooperative's Apache OpenWhisk namespace saved by `tee`: each
// activation as `Activation: '<action>' (<activation id>)` followed by its logs as a JSON array of strings, one a line
// (`"<RFC 3339 nanoseconds, Z> stdout: <message>"`), Node.js actions printing with console.log (util.inspect objects).
// https://github.com/apache/openwhisk/blob/master/docs/cli.md (from memory, not fetched); the poll layout from memory.

function openWhiskLog(rng) {
  const ts = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => [`Activation: '${e.action}' (${e.id ?? rng.hex(32)})`, '[', ...e.logs.map(([s, m], i) => `    ${JSON.stringify(`${ts(e.t + i * 3)} ${s}: ${m}`)}${i < e.logs.length - 1 ? ',' : ''}`), ']', ''];
  const filler = (rng) =>
    rng.pick([
      () => ({ action: 'dudh-jama', logs: [['stdout', `દૂધ જમા થયું (milk deposited) kendra=bakrol-${rng.int(1, 6)} litre=${(rng.int(20, 300) / 10).toFixed(1)} fat=${(rng.int(35, 75) / 10).toFixed(1)}`]] }),
      () => ({ action: 'chukavani-saransh', logs: [['stdout', `summary built for ${rng.int(100, 900)} sabhasad in ${rng.int(40, 900)} ms`], ['stdout', 'done']] }),
      () => ({ action: 'kendra-heartbeat', logs: [['stdout', `kendra bakrol-${rng.int(1, 6)} ok scale=${rng.pick(['online', 'online', 'offline'])}`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'openwhisk-activation-id', 'none', "An OpenWhisk activation id (32 hex digits): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { action: 'kendra-heartbeat', id, logs: [['stdout', 'kendra bakrol-2 ok scale=online']] } };
    }),
    2,
    plant('oauth-code', 'openwhisk-web-action-params-ow-query-code', 'warning', `${WHY.code} The OAuth callback is a web action, and it logs its params with console.log, \`__ow_query\` (the raw query) included.`, ({ rng }) => {
      const code = rng.b64url(36);
      return { value: code, event: { action: 'pravesh-callback', logs: [['stdout', `params { __ow_method: 'get', __ow_query: 'code=${code}&state=${rng.b64url(22)}&session_state=${rng.uuid()}', __ow_path: '' }`], ['stdout', 'redirecting to /app']] } };
    }),
    2,
    plant('id-token', 'openwhisk-action-verifying-id-token', 'error', "The sign-in action logs the ID token it verifies, at the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 300), alg: 'RS256', kid: rng.hex(16), jti: true, claims: { iss: `https://login.${GD}/realms/sabhasad`, aud: 'sabhasad-app', sub: rng.uuid(), preferred_username: `sabhasad-${digits(rng, 5)}` } });
      return { value: token, jwt: facts, event: { action: 'pravesh-verify', logs: [['stdout', `verifying id_token ${token}`], ['stdout', 'સભાસદ ચકાસાયા (member verified)']] } };
    }),
    2,
    plant('implicit-fragment', 'openwhisk-action-stderr-location-fragment', 'error', "An action that follows the identity provider's redirects logs an unexpected `Location`, fragment included (`#access_token=…`), on stderr.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { action: 'pravesh-legacy', logs: [['stderr', `unexpected redirect Location: https://${GD}/app/#access_token=${at}&token_type=Bearer&expires_in=900`]] } };
    }),
    2,
    plant('negative', 'openwhisk-ow-headers-x-request-id', 'none', "The platform's `x-request-id` in a web action's `__ow_headers`: a request id, no credential.", ({ rng }) => {
      const id = rng.alnum(32);
      return { value: id, event: { action: 'kendra-status', logs: [['stdout', `headers { 'x-request-id': '${id}', 'x-forwarded-proto': 'https', accept: 'application/json' }`]] } };
    }),
    2,
    plant('id-token', 'openwhisk-action-logout-id-token-hint-expired', 'note', "The logout action logs the end-session URL it redirects to, `id_token_hint` included; the token had expired an hour before the line's UTC time (no jti): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${GD}/realms/sabhasad`, aud: 'sabhasad-app', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { action: 'nikal', logs: [['stdout', `redirect https://login.${GD}/realms/sabhasad/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${GD}%2F`]] } };
    }),
    2,
    plant('replay', 'openwhisk-action-ek-vakhat-kod-once', 'note', WHY.ticketFirst('A one-time code (`ek_vakhat_kod`, "one-time code") a collection centre\'s tablet redeems to open the day\'s ledger; the action logs it with the tablet. The code is'), ({ rng }) => {
      const kod = rng.alnum(24);
      return { value: kod, event: { action: 'khatavahi-kholo', logs: [['stdout', `ek_vakhat_kod=${kod} redeemed by tablet kendra-bakrol-3-t1`], ['stdout', 'ખાતાવહી ખોલી (ledger opened)']] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'ow' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// airbyte-sync-1873.log: the log of an Airbyte 0.63 sync job as downloaded from the connection's job history (UTC, no
// zone): `yyyy-mm-dd HH:MM:SS platform > <message>`, `… source > <message>`, `… destination > <message>` (the
// connectors' log messages), the connector configuration with its secrets masked, the failure summary.
// https://docs.airbyte.com/operator-guides/browsing-output-logs (from memory, not fetched).

function airbyteLog(rng) {
  const render = (e) => e.ab.map(([who, msg]) => `${ymdHmsAt(e.t, 0)} ${who} > ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ab: [['source', `INFO Syncing stream: sangrah ... read ${rng.int(100, 9000)} records`]] }),
      () => ({ ab: [['destination', `INFO Flushing ${rng.int(100, 9000)} records to stream gopaldhara.sangrah (${rng.int(1, 90)} MB)`]] }),
      () => ({ ab: [['platform', `Records read: ${rng.int(1000, 90000)} (${rng.int(1, 90)} MB)`]] }),
      () => ({ ab: [['source', `INFO Reading stream sabhasad, slice {"start": "2027-09-${pad(rng.int(1, 13))}"}`]] }),
    ])();
  const steps = [
    { raw: { ab: [['platform', 'Docker volume job log path: /tmp/workspace/1873/0/logs.log'], ['platform', 'Executing worker wrapper. Airbyte version: 0.63.8'], ['platform', 'Using default value for environment variable SIDECAR_KUBE_CPU_LIMIT: \'2.0\'']] }, after: 0 },
    plant('negative', 'airbyte-masked-source-config', 'none', "Airbyte writes the source configuration with its secrets masked (`\"api_chavi\":\"**********\"`): the platform's masking, no credential.", () => ({ value: '"api_chavi":"**********"', event: { ab: [['platform', 'Source config: {"api_chavi":"**********","base_url":"https://api.dudhkendra.example","start_date":"2027-09-01"}']] } })),
    2,
    plant('oauth-code', 'airbyte-platform-complete-oauth-query-params-map', 'warning', `${WHY.code} The platform completes the connector's OAuth flow and logs the callback's query parameters as a Java map (\`{code=…, state=…}\`).`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { ab: [['platform', `Completing OAuth flow for source definition ${rng.uuid()} with queryParams {code=${code}, state=${rng.b64url(20)}, scope=sheets.readonly}`]] } };
    }),
    2,
    plant('negative', 'airbyte-connection-id', 'none', "The connection's id (a uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ab: [['platform', `Starting sync for connection ${id}, job 1873, attempt 0`]] } };
    }),
    2,
    plant('api-key-name', 'airbyte-source-request-url-api-chavi-and-failure-summary', 'error', `${WHY.apiKey('api_chavi')} The low-code source puts it in the query; its backoff message writes the request URL, and the platform's failure summary repeats the message.`, ({ rng }) => {
      const key = rng.alnum(36);
      const url = `https://api.dudhkendra.example/v2/sangrah?page=3&api_chavi=${key}`;
      return { value: key, event: { ab: [['source', `WARN Backing off _send(...) for 5.0s (airbyte_cdk.sources.streams.http.exceptions.DefaultBackoffException: Request URL: ${url}, Response Code: 500, Response Text: ભૂલ)`], ['source', 'ERROR Max retry limit reached in 10s.'], ['platform', `Failure reason: Request URL: ${url}, Response Code: 500, Response Text: ભૂલ`]] } };
    }),
    2,
    plant('implicit-fragment', 'airbyte-source-redirect-location-fragment', 'error', "A custom source that signs in to the old collection portal logs the redirect it did not expect, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ab: [['source', `WARN portal sign-in redirected to https://juna.${GD}/portal/#access_token=${at}&expires_in=1800; falling back to CSV export`]] } };
    }),
    2,
    plant('path-secret', 'airbyte-destination-share-link', 'error', "The destination uploads the monthly payment statement and logs the share link it created (`/patrak/share/<token>`, \"statement\"): the link opens the statement until it expires.", ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { ab: [['destination', `INFO Uploaded chukavani-2027-08.csv, share link https://files.${GD}/patrak/share/${tok}`]] } };
    }),
    2,
    plant('refresh-token', 'airbyte-source-debug-token-response', 'error', `${WHY.refresh} The custom source logs the token endpoint's JSON answer at DEBUG; the platform masks the secrets of the configuration, not what a connector prints.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { ab: [['source', `DEBUG token response {"access_token": "${rng.b64url(40)}", "expires_in": 1800, "refresh_token": "${rt}", "token_type": "Bearer"}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'airbyte' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout46');
writePart(join(here, 'heldout46'), {
  'agent.log': datadogAgentLog(rng),
  'splunkd.log': splunkdLog(rng),
  'spark-fare-rollup.log': sparkLog(rng),
  'fare-aggregator.log': kafkaStreamsLog(rng),
  'flink-jobmanager.log': flinkLog(rng),
  'error_log': cupsErrorLog(rng),
  'kamailio.log': kamailioLog(rng),
  '2027-09-14 19-02-11.txt': obsLog(rng),
  'crashlytics_com_sursangam_app_ANDROID.json': crashlyticsJson(rng),
  'SurSangamCounter_install.log': msiLog(rng),
  'newrelic_agent.log': newRelicLog(rng),
  'alloy.log': alloyLog(rng),
  'wsk-activation-poll.log': openWhiskLog(rng),
  'airbyte-sync-1873.log': airbyteLog(rng),
});
