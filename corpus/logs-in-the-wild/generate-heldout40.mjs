// Writes corpus/logs-in-the-wild/heldout40/: a fortieth held-out part, in formats no other part uses (InfluxDB 1.11's
// log with its query log, Flux query log and HTTP access lines, a Tasmota gateway's serial console, a GoCD job's raw
// console.log, an R script's httr2 `verbosity = 2` output, a Trivy image report with secret findings, a Firebird 3 trace
// session, a Symfony Messenger worker's console under supervisord, supercronic's logrus lines under `docker logs`,
// `flutter logs` of an app printing through the logger package's PrettyPrinter, a GTK kiosk app with libsoup's
// SoupLogger, the MongoDB Enterprise audit log, CrowdStrike Falcon Data Replicator events, Frigate's container log and an
// Octopus Deploy raw task log), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout40.mjs     rewrites heldout40/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Chillmark, a cold-chain temperature monitoring service for pharmacies and clinics in Bristol
// (English, five logs); Brazda (Бразда, "furrow"), an agricultural cooperative with a farm-input shop and grain buy-back
// weighbridges in Novi Sad (Serbian messages in Cyrillic, routes and parameter names in Latin transliteration, English
// code names, five logs); Ksefet (כספת, "safe"), a self-storage company in Tel Aviv and Haifa (Hebrew messages in Hebrew
// script, transliterated routes and field names, English code names, four logs). Standard names (OAuth's, vendors')
// stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { ALNUM, digits, HOUR, iso, local, lowerNum, MIN, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/1.1', 'Dart/3.8 (dart:io)', 'Java/21.0.7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 6, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** Bristol, Novi Sad and Tel Aviv in July: UTC+1 (BST), UTC+2 (CEST), UTC+3 (IDT). */
const BST = 60;
const CEST = 120;
const IDT = 180;
/** `HH:mm:ss.SSS` at `offset` minutes. */
const hmsMsAt = (ms, offset) => local(ms, offset).slice(11, 23);
/** `HH:mm:ss` at `offset` minutes. */
const hmsAt = (ms, offset) => local(ms, offset).slice(11, 19);
/** RFC 3339 with the offset written out (`2027-07-21T06:00:00+02:00`), as Go's time.RFC3339 writes local time. */
const rfc3339 = (ms, offset) => `${local(ms, offset).slice(0, 19)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** An HTTP `Date` header value. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** Go's url.QueryEscape: unreserved characters kept, space as `+`, everything else percent-encoded. */
const goQueryEscape = (s) =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
/** A heap pointer as glibc's `%p` prints it (`0x55d7c2e4f600`). */
const ptr = (rng) => `0x55${rng.hex(9)}0`;
/** PHP session ids: 26 characters of [0-9a-v] (session.sid_bits_per_character = 5). */
const phpSid = (rng) => rng.chars('0123456789abcdefghijklmnopqrstuv', 26);

// =====================================================================================================================
// Chillmark (English; Bristol: BST, UTC+1, in July)
// =====================================================================================================================

const CM = 'chillmark.example';
const SITES = ['BS3-014', 'BS5-201', 'BA1-033', 'GL1-118', 'BS16-072', 'NP20-009', 'TA1-045', 'BS8-130'];
const site = (rng) => rng.pick(SITES);

// ---------------------------------------------------------------------------------------------------------------------
// influxd.log: InfluxDB OSS 1.11's stderr as the package's init script writes it to /var/log/influxdb/influxd.log:
// the zap logfmt lines (`ts=<UTC, µs>Z lvl=… msg="…" log_id=… service=…`), the query log (`msg="Executing query"` with
// the statement's String(), which writes `WITH PASSWORD [REDACTED]`), the Flux query log (`flux-log-enabled = true`:
// `msg="Executed Flux query"` with the script logfmt-quoted and its statistics), and the HTTP access log lines
// (`[httpd] <client, X-Forwarded-For first> - <user> [<local time +0100>] "<request line>" <status> <size> "<referer>"
// "<ua>" <Request-Id> <µs>`). A `p=` password in the query string is replaced with `[REDACTED]` and the query
// re-encoded in sorted order (url.Values.Encode) before the line is written; the user comes from `u=` or Basic auth.
// services/httpd/response_logger.go of influxdata/influxdb (buildLogLine, redactPassword, parseUsername; read), the
// access log examples in influxdata/influxdb#9749 and the docs repository's #2338 (read through search), the Flux query
// log line in influxdata/influxdb#10996 (read through search); influxql's statement String() from memory.

function influxLog(rng) {
  const LOGID = `0${rng.chars(`${ALNUM}~`, 7)}000`;
  const ts = (ms) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
  const reqId = () => `${rng.hex(8)}-${rng.hex(4)}-11f2-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-0242ac1e000c`;
  const quote = (s) => (/[\s"=\\]/.test(s) ? JSON.stringify(s) : s);
  const render = (e) => {
    if (e.plain) return e.plain.map((m) => `ts=${ts(e.t)} lvl=info ${m}`);
    const out = [];
    if (e.stmt) out.push(`ts=${ts(e.t)} lvl=info msg="Executing query" log_id=${LOGID} service=query query=${quote(e.stmt)}`);
    if (e.flux) {
      const total = rng.int(3, 900);
      out.push(`ts=${ts(e.t + total)} lvl=info msg="Executed Flux query" log_id=${LOGID} service=httpd compiler_type=flux response_size=${rng.int(80, 2400)} query=${quote(e.flux)} stat_total_duration=${total}.${digits(rng, 3)}ms stat_compile_duration=${rng.int(1, 4)}.${digits(rng, 3)}ms stat_queue_duration=0.0${digits(rng, 2)}ms stat_plan_duration=0.${digits(rng, 3)}ms stat_requeue_duration=0.000ms stat_execute_duration=${rng.int(1, total)}.${digits(rng, 3)}ms stat_max_allocated=${rng.int(2, 90) * 1024} stat_concurrency=1`);
    }
    const host = e.xff ? `${e.xff},${e.proxy}` : e.ip;
    out.push(`[httpd] ${host} - ${e.user ?? '-'} [${clf(e.t, BST)}] "${e.method} ${e.uri} HTTP/1.1" ${e.status} ${e.size ?? 0} "${e.referer ?? '-'}" "${e.ua}" ${reqId()} ${e.us ?? rng.int(300, 9000)}`);
    return out;
  };
  const grafanaQuery = (rng) => {
    const s = site(rng);
    const stmt = rng.pick([
      `SELECT mean(temp_c) FROM coldchain.autogen.fridge WHERE site = '${s}' AND time > now() - 6h GROUP BY time(5m), probe fill(none)`,
      `SELECT last(temp_c) FROM coldchain.autogen.fridge WHERE site = '${s}' GROUP BY probe`,
      `SELECT max(temp_c) FROM coldchain.autogen.fridge WHERE time > now() - 24h GROUP BY site`,
      `SELECT count(door_open) FROM coldchain.autogen.door WHERE site = '${s}' AND time > now() - 24h`,
    ]);
    return { stmt, ip: '10.30.0.12', user: 'grafana', method: 'GET', uri: `/query?db=coldchain&epoch=ms&q=${goQueryEscape(stmt)}`, status: 200, size: rng.int(300, 9000), ua: 'Grafana/11.4.0' };
  };
  const filler = (rng) =>
    rng.pick([
      () => grafanaQuery(rng),
      () => grafanaQuery(rng),
      () => ({ ip: '10.30.0.21', user: 'telegraf', method: 'POST', uri: '/write?db=coldchain&precision=s&rp=autogen', status: 204, size: 0, ua: 'Telegraf/1.34.1 Go/1.24.2' }),
      () => ({ ip: '10.30.0.21', user: 'telegraf', method: 'POST', uri: '/write?db=telemetry&precision=s&rp=autogen', status: 204, size: 0, ua: 'Telegraf/1.34.1 Go/1.24.2' }),
      () => ({ ip: '10.30.0.14', method: 'GET', uri: '/ping', status: 204, size: 0, ua: 'KapacitorInfluxDBClient' }),
    ])();
  const steps = [
    { raw: { plain: [`msg="InfluxDB starting" log_id=${LOGID} version=1.11.8 branch=1.11 commit=2f9b1a7e3c`, `msg="Go runtime" log_id=${LOGID} version=go1.23.8 maxprocs=4`] }, after: 0 },
    { raw: { plain: [`msg="Using data dir" log_id=${LOGID} service=store path=/var/lib/influxdb/data`, `msg="Opened service" log_id=${LOGID} service=subscriber`, `msg="Starting HTTP service" log_id=${LOGID} service=httpd authentication=true`, `msg="opened HTTP access log" log_id=${LOGID} service=httpd path=stderr`, `msg="Listening on HTTP" log_id=${LOGID} service=httpd addr=[::]:8086 https=false`] }, after: 2 },
    3,
    plant('api-key-name', 'influxd-query-log-kapacitor-subscription-userinfo-password', 'error', "Kapacitor (re)creates its subscription at start-up with the URL InfluxDB will push every point to, its own user and password in the userinfo (`http://kapacitor:<password>@…`): the query log writes the statement whole (influxql redacts `WITH PASSWORD`, not a destination URL) and the access line repeats it percent-encoded in `q=`. A password in a URL's userinfo is labeled like a key.", ({ rng }) => {
      const pw = rng.alnum(24);
      const stmt = `CREATE SUBSCRIPTION "kapacitor-${rng.uuid()}" ON coldchain.autogen DESTINATIONS ANY 'http://kapacitor:${pw}@kapacitor.chillmark.internal:9092'`;
      return { value: pw, event: { stmt, ip: '10.30.0.14', user: 'kapacitor', method: 'POST', uri: `/query?db=&q=${goQueryEscape(stmt)}`, status: 200, size: 42, ua: 'KapacitorInfluxDBClient' } };
    }),
    4,
    plant('negative', 'influxd-query-log-create-user-password-redacted', 'none', "The influx CLI's `CREATE USER … WITH PASSWORD '…'` as the query log writes it: influxql's String() writes `[REDACTED]` in place of the password (and the access line's `q=` is sanitized the same way): no value.", () => ({ value: 'WITH PASSWORD [REDACTED]', event: { stmt: 'CREATE USER reports_ro WITH PASSWORD [REDACTED]', ip: '10.30.0.8', user: 'admin', method: 'POST', uri: `/query?chunked=true&db=&epoch=ns&q=CREATE+USER+reports_ro+WITH+PASSWORD+%5BREDACTED%5D`, status: 200, size: 36, ua: 'InfluxDBShell/1.11.8' } })),
    4,
    plant('webhook', 'influxd-flux-query-log-discord-send-webhook-token', 'error', WHY.webhook("A Discord webhook given to Flux's `discord.send()` as two arguments (`webhookToken: \"…\", webhookID: \"…\"`) in the fridge alert script; with `flux-log-enabled` the Flux query log writes the whole script on one logfmt line (newlines as `\\n`, quotes as `\\\"`). The token and the id are the webhook URL in two pieces"), ({ rng }) => {
      const tok = rng.b64url(68);
      const flux = `import "contrib/chobbs/discord"\n\nfrom(bucket: "coldchain/autogen")\n  |> range(start: -15m)\n  |> filter(fn: (r) => r._measurement == "fridge" and r._field == "temp_c")\n  |> max()\n  |> filter(fn: (r) => r._value > 8.0)\n  |> map(fn: (r) => ({r with sent: discord.send(webhookToken: "${tok}", webhookID: "${digits(rng, 19)}", username: "chillmark-alerts", content: "Fridge " + r.site + " / " + r.probe + " at " + string(v: r._value) + " C")}))`;
      return { value: tok, event: { flux, ip: '10.30.0.16', user: 'alerts', method: 'POST', uri: '/api/v2/query', status: 200, size: 128, ua: 'influxdb-client-python/1.48.0' } };
    }),
    4,
    plant('embed-jwt', 'influxd-access-referer-embed-fridges-jwt-120s', 'warning', "A pharmacy's fridge wallboard (`https://wall.chillmark.example/embed/fridges/<JWT>`) queries InfluxDB straight from the browser; InfluxDB's access line writes the page as the Referer, with the client's address from X-Forwarded-For and its local time with the offset: the embed JWT is valid 120 s without a jti (warning).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://portal.${CM}`, sub: 'wallboard', site: 'BS3-014', scope: 'fridges:read' } });
      const stmt = "SELECT last(temp_c) FROM coldchain.autogen.fridge WHERE site = 'BS3-014' GROUP BY probe";
      return { value: token, jwt: facts, event: { stmt, xff: '203.0.113.45', proxy: '10.30.0.5', user: 'wallboard', method: 'GET', uri: `/query?db=coldchain&epoch=ms&p=%5BREDACTED%5D&q=${goQueryEscape(stmt)}&u=wallboard`, status: 200, size: 611, referer: `https://wall.${CM}/embed/fridges/${token}`, ua: BROWSERS[0] } };
    }),
    4,
    plant('header-dump', 'influxd-flux-query-log-http-post-headers-bearer', 'error', "The hourly heartbeat script posts to Chillmark's own API with Flux's `http.post()`; the `headers` record it passes (`{Authorization: \"Bearer …\", …}`) is part of the script the Flux query log writes.", ({ rng }) => {
      const tok = `cmk_ops_${rng.alnum(40)}`;
      const flux = `import "http"\nimport "json"\n\nfrom(bucket: "coldchain/autogen")\n  |> range(start: -1h)\n  |> filter(fn: (r) => r._measurement == "fridge")\n  |> group()\n  |> distinct(column: "site")\n  |> count()\n  |> map(fn: (r) => ({r with status: http.post(url: "https://api.${CM}/v1/ops/heartbeat", headers: {Authorization: "Bearer ${tok}", "Content-Type": "application/json"}, data: json.encode(v: {sites: r._value}))}))`;
      return { value: tok, event: { flux, ip: '10.30.0.16', user: 'alerts', method: 'POST', uri: '/api/v2/query', status: 200, size: 96, ua: 'influxdb-client-python/1.48.0' } };
    }),
    4,
    plant('negative', 'influxd-access-p-redacted-ops-script', 'none', "A legacy ops script passes `u=` and `p=` in the query string; InfluxDB writes `p=%5BREDACTED%5D` (`[REDACTED]`) and re-encodes the query in sorted order: no value.", () => {
      const stmt = 'SHOW RETENTION POLICIES ON coldchain';
      return { value: 'p=%5BREDACTED%5D&q=SHOW+RETENTION', event: { stmt, ip: '10.30.0.8', user: 'ops', method: 'GET', uri: `/query?p=%5BREDACTED%5D&q=${goQueryEscape(stmt)}&u=ops`, status: 200, size: 212, ua: 'curl/8.5.0' } };
    }),
    4,
    plant('encoded', 'influxd-flux-query-log-sql-from-dsn-percent-encoded-password', 'error', "The weekly site report joins fridge data with the sites table through Flux's `sql.from()`; its `dataSourceName` carries the Postgres password percent-encoded in the DSN's userinfo (`postgresql://reports_ro:<%-encoded>@…`), one decoding away, on the Flux query log line.", ({ rng }) => {
      const raw = `${rng.alnum(7)}@${rng.alnum(4)}#${rng.alnum(5)}/${digits(rng, 2)}`;
      const enc = encodeURIComponent(raw);
      const flux = `import "sql"\n\nsites = sql.from(driverName: "postgres", dataSourceName: "postgresql://reports_ro:${enc}@pg-1.chillmark.internal:5432/chillmark?sslmode=require", query: "SELECT site_code AS site, pharmacy_name FROM sites WHERE active")\ntemps = from(bucket: "coldchain/autogen")\n  |> range(start: -7d)\n  |> filter(fn: (r) => r._measurement == "fridge" and r._field == "temp_c")\n  |> max()\n\njoin(tables: {s: sites, t: temps}, on: ["site"])`;
      return { value: enc, event: { flux, ip: '10.30.0.17', user: 'reports', method: 'POST', uri: '/api/v2/query', status: 200, size: 5120, ua: 'influxdb-client-go/2.14.0' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 58 * MIN, site: { host: 'influx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tasmota-fridge-gw-07.log: the serial console of a Tasmota 14 ESP32 gateway that reads a pharmacy's fridge probes
// (DS18B20), captured by the field engineer's laptop (`pio device monitor --filter time` off: the lines are Tasmota's
// own): `<HH:MM:SS.mmm> <TAG>: <message>` in local time without a date, `00:00:00.0xx` until NTP sets the clock; a
// command typed in the web console is echoed `CMD: <command>` and its answer published as `MQT: stat/<topic>/RESULT =
// {…}`; a rule's text comes back in `Rules`. Console and RESULT lines as in arendst/Tasmota issues #15654 and #18782
// (read through search); the boot lines and the WebQuery/WebSend syntax from the Tasmota documentation as remembered.

function tasmotaLog(rng) {
  const TOPIC = 'fridge-gw-07';
  const START = DAY0 + 9 * HOUR + 14 * MIN;
  const BOOT = START - 3300;
  const at = (ms) => hmsMsAt(ms, BST);
  const temp = (rng) => (3 + rng.int(0, 35) / 10).toFixed(1);
  const render = (e) => {
    if (e.boot) return e.boot;
    if (e.lines) {
      let ms = e.t;
      return e.lines.map((l, i) => `${at((ms += i ? rng.int(2, 40) : 0))} ${l}`);
    }
    const up = sec(e.t - BOOT);
    const time = local(e.t, BST).slice(0, 19);
    return [
      `${at(e.t)} MQT: tele/${TOPIC}/STATE = {"Time":"${time}","Uptime":"0T${pad(Math.floor(up / 3600))}:${pad(Math.floor(up / 60) % 60)}:${pad(up % 60)}","UptimeSec":${up},"Heap":${rng.int(126, 140)},"SleepMode":"Dynamic","Sleep":50,"LoadAvg":19,"MqttCount":1,"Wifi":{"AP":1,"SSId":"Chillmark-IoT","BSSId":"3C:A6:2F:11:8E:40","Channel":6,"Mode":"11n","RSSI":${rng.int(60, 72)},"Signal":-${rng.int(64, 70)},"LinkCount":1,"Downtime":"0T00:00:03"}}`,
      `${at(e.t + rng.int(4, 12))} MQT: tele/${TOPIC}/SENSOR = {"Time":"${time}","DS18B20-1":{"Id":"3C01B5566F2B","Temperature":${temp(rng)}},"DS18B20-2":{"Id":"3C01F096A1C4","Temperature":${temp(rng)}},"TempUnit":"C"}`,
    ];
  };
  const cmd = (text, result) => [`CMD: ${text}`, `MQT: stat/${TOPIC}/RESULT = ${result}`];
  const filler = () => ({});
  /** TelePeriod 10: STATE and SENSOR every ten seconds; a typed command lands between two of them. */
  const tele = (n, first = 10) => Array.from({ length: n }, (_, i) => ({ raw: { tele: true }, after: i === 0 ? first : 10 }));
  const boot = [
    '00:00:00.001 HDW: ESP32-D0WD-V3 v3.1',
    '00:00:00.046 UFS: FlashFS mounted with 292 kB free',
    '00:00:00.051 CFG: Loaded from File, Count 231',
    '00:00:00.058 QPC: Count 1',
    '00:00:00.066 BRY: Berry initialized, RAM used 3932 bytes',
    '00:00:00.078 Project tasmota - Fridge GW 07 Version 14.4.1(release-tasmota32)-3_1_1(2025-01-08T10:32:09)',
    '00:00:00.626 WIF: Connecting to AP1 Chillmark-IoT Channel 6 BSSId 3C:A6:2F:11:8E:40 in mode 11n as fridge-gw-07...',
    '00:00:01.816 WIF: Connected',
    '00:00:02.069 HTP: Web server active on fridge-gw-07 with IP address 10.40.7.107',
    '00:00:02.311 DS1: Sensors found 2',
  ];
  const steps = [
    { raw: { boot }, after: 0 },
    { raw: { lines: [`RTC: UTC ${iso(START).slice(0, 19)}, DST 2027-03-28T02:00:00, STD 2027-10-31T03:00:00`, 'RTC: Synced by NTP', 'MQT: Attempting connection...', 'MQT: Connected', `MQT: tele/${TOPIC}/LWT = Online (retained)`, `MQT: cmnd/${TOPIC}/POWER = `, `MQT: tele/${TOPIC}/INFO1 = {"Info1":{"Module":"ESP32-DevKit","Version":"14.4.1(release-tasmota32)","FallbackTopic":"cmnd/DVES_8E4A1C_fb/","GroupTopic":"cmnd/tasmotas/"}}`, `MQT: tele/${TOPIC}/INFO2 = {"Info2":{"WebServerMode":"Admin","Hostname":"fridge-gw-07","IPAddress":"10.40.7.107"}}`, `MQT: tele/${TOPIC}/INFO3 = {"Info3":{"RestartReason":"Software/System restart","BootCount":41}}`] }, after: 0 },
    ...tele(3, 7),
    plant('negative', 'tasmota-result-mqtt-fingerprint', 'none', "The broker certificate's SHA-1 fingerprint Tasmota pins (`MqttFingerprint1`, twenty hex bytes): a public digest of a certificate, no credential.", ({ rng }) => {
      const fp = Array.from({ length: 20 }, () => rng.hex(2).toUpperCase()).join(' ');
      return { value: fp, event: { lines: cmd('MqttFingerprint1', `{"MqttFingerprint1":"${fp}"}`) } };
    }, { after: 4 }),
    ...tele(2, 6),
    plant('webhook', 'tasmota-rule-webquery-signl4-team-secret', 'error', WHY.webhook("A SIGNL4 team webhook (`connect.signl4.com/webhook/<team secret>`: the secret in the path alerts the on-call engineers) in a rule the engineer types as one `Backlog`; Tasmota echoes the command and sends the rule's text back in `Rules` twice (after the definition and after `Rule1 1`): one command, three lines"), ({ rng }) => {
      const secret = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10);
      const rule = `ON DS18B20-1#Temperature>8 DO WebQuery https://connect.signl4.com/webhook/${secret} POST [Content-Type:application/json] {"Title":"Fridge GW 07 above 8 C","Site":"BS3-014","Value":"%value%"} ENDON`;
      const ruleJson = rule.replace(/"/g, '\\"');
      return { value: secret, event: { lines: [`CMD: Backlog Rule1 ${rule}; Rule1 1`, `MQT: stat/${TOPIC}/RESULT = {"Rule1":{"State":"OFF","Once":"OFF","StopOnError":"OFF","Length":${rule.length},"Free":${511 - rule.length},"Rules":"${ruleJson}"}}`, `MQT: stat/${TOPIC}/RESULT = {"Rule1":{"State":"ON","Once":"OFF","StopOnError":"OFF","Length":${rule.length},"Free":${511 - rule.length},"Rules":"${ruleJson}"}}`] } };
    }, { after: 3 }),
    ...tele(3, 7),
    plant('header-dump', 'tasmota-cmd-webquery-authorization-bearer', 'error', "The engineer tests the ingest endpoint by hand with `WebQuery <url> POST [Authorization:Bearer …|Content-Type:application/json] {…}`; Tasmota echoes the command, header and token included, on its `CMD:` line.", ({ rng }) => {
      const tok = `cmk_gw_${rng.alnum(40)}`;
      return { value: tok, event: { lines: cmd(`WebQuery https://ingest.${CM}/v1/readings/${TOPIC} POST [Authorization:Bearer ${tok}|Content-Type:application/json] {"test":true,"probe":"DS18B20-1"}`, '{"WebQuery":"Done"}') } };
    }, { after: 5 }),
    ...tele(2, 5),
    plant('api-key-name', 'tasmota-cmd-websend-brackets-user-password', 'error', "`WebSend [<host>,<user>:<password>] <uri>` sends Basic credentials to the host; the console echoes the command with the gateway's ingest password after the user. A password written beside its user is labeled like a key.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { lines: cmd(`WebSend [ingest.${CM},gw07:${pw}] /v1/ping?gw=${TOPIC}&fw=14.4.1`, '{"WebSend":"Done"}') } };
    }, { after: 2 }),
    ...tele(3, 8),
    plant('negative', 'tasmota-result-ota-url-build-hash', 'none', "The OTA URL of Chillmark's own firmware build, named by the commit it was built from (40 hex): a build identifier, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { lines: cmd(`OtaUrl http://ota.${CM}/fw/tasmota32-fridge-${h}.bin`, `{"OtaUrl":"http://ota.${CM}/fw/tasmota32-fridge-${h}.bin"}`) } };
    }, { after: 6 }),
    ...tele(2, 4),
    plant('encoded', 'tasmota-cmd-websend-base64-json-gateway-secret', 'error', "The legacy ingest endpoint takes a base64 JSON blob as `d=`; the engineer's `WebSend` carries `{\"gw\":…,\"secret\":\"…\"}` in base64 on the echoed command line, one decoding away from the gateway secret.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ gw: TOPIC, secret: rng.alnum(32), site: 'BS3-014' }));
      return { value: blob, event: { lines: cmd(`WebSend [legacy-ingest.${CM}] /ingest.php?d=${blob}`, '{"WebSend":"Done"}') } };
    }, { after: 3 }),
    ...tele(3, 7),
  ];
  return buildLog(rng, { start: START, site: { host: 'gw' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// console.log: the raw console log of a GoCD 25 job (`cruise-output/console.log`, downloaded from the job's artifacts),
// every line `<tag>|<HH:mm:ss.SSS> <text>` in the agent's local time (`##` notice, `pr` preparing, `!!` task start,
// `&1`/`&2` task stdout/stderr, `?0` task passed, `j0` job passed, `ar` upload, `ex` completed); a message ending in a
// line break leaves a line holding only its tag and time. The environment is dumped before the build (`[go] setting
// environment variable '<name>' to value '<value>'`, `********` for secure variables); the material's URL is written
// with the userinfo masked. TaggedStreamConsumer, ConsoleOutputTransmitter, DefaultGoPublisher, BuildWork, Builders,
// EnvironmentVariableContext, UrlArgument and GitMaterial in gocd/gocd (read).

function gocdLog(rng) {
  const START = DAY0 + 8 * HOUR + 31 * MIN;
  const REV = rng.hex(40);
  const JOB = 'chillmark-dash/412/build/1/test-and-package';
  const AGENT = 'gocd-agent-02';
  const WD = '/var/lib/go-agent/pipelines/chillmark-dash';
  const tag = (tg, ms) => `${tg}|${hmsMsAt(ms, BST)}`;
  let last = 0;
  const render = (e) => {
    if (e.out) {
      let ms = Math.max(e.t, last);
      const lines = e.out.map(([tg, text, wait]) => {
        ms += wait ?? rng.int(1, 400);
        return `${tag(tg, ms)} ${text}`;
      });
      last = ms;
      return lines;
    }
    last = Math.max(e.t, last) + 1;
    return [`${tag('&1', last)} ${e.text ?? `  ✓  ${rng.int(1, 38)} [chromium] › tests/${rng.pick(['fridges', 'sites', 'alerts', 'reports'])}.spec.ts:${rng.int(5, 90)}:${rng.int(3, 7)} › ${rng.pick(['lists the fridges of a site', 'shows a probe chart', 'acknowledges an excursion', 'exports a weekly PDF', 'filters by pharmacy'])} (${rng.int(400, 4800)}ms)`}`];
  };
  const filler = () => ({});
  const env = (name, value) => ['pr', `[go] setting environment variable '${name}' to value '${value}'`];
  const steps = [
    { raw: { out: [['##', `[go] Job Started: ${ymdHmsAt(START, BST)} BST`], ['pr', `[go] Start to prepare ${JOB} on ${AGENT} [${WD}]`], ['pr', '[go] Start to update materials.'], ['pr', '', 0]] }, after: 0 },
    plant('negative', 'gocd-material-url-userinfo-masked', 'none', "GoCD writes the Git material's URL with its userinfo masked (`gocd-bot:******@…`, UrlArgument.forDisplay): no value.", () => ({ value: 'gocd-bot:******@', event: { out: [['pr', `[go] Start updating files at revision ${REV} from https://gocd-bot:******@git.${CM}/web/dash.git`], ['pr', '[go] Done.'], ['pr', '', 0]] } }), { after: 1 }),
    { raw: { out: [env('GO_SERVER_URL', `https://gocd.${CM}/go/`), env('GO_TRIGGER_USER', 'changes'), env('GO_PIPELINE_NAME', 'chillmark-dash'), env('GO_PIPELINE_COUNTER', '412'), env('GO_PIPELINE_LABEL', '412'), env('GO_STAGE_NAME', 'build'), env('GO_STAGE_COUNTER', '1'), env('GO_JOB_NAME', 'test-and-package'), env('NODE_ENV', 'test'), env('PLAYWRIGHT_BASE_URL', `https://staging.${CM}`)] }, after: 2 },
    plant('api-key-name', 'gocd-env-dump-plain-variable-partner-key', 'error', `${WHY.apiKey('MEDSUPPLY_PARTNER_KEY')} The pipeline's variable was added as a plain one, not a secure one, so GoCD's environment dump writes its value (\`setting environment variable '…' to value '…'\`).`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { out: [env('MEDSUPPLY_PARTNER_KEY', key)] } };
    }, { after: 0 }),
    plant('negative', 'gocd-env-dump-secure-variable-masked', 'none', "A secure variable in the same dump: GoCD writes `********` for its value: no value.", () => ({ value: "'SENTRY_AUTH_TOKEN' to value '********'", event: { out: [env('SENTRY_AUTH_TOKEN', '********')] } }), { after: 0 }),
    plant('encoded', 'gocd-env-dump-docker-auth-config-base64', 'error', "`DOCKER_AUTH_CONFIG` set as a plain variable for the image push: GoCD's dump writes the JSON with `\"auth\":\"<base64 of user:token>\"`, one decoding away from the registry password.", ({ rng }) => {
      const auth = b64Of(`ci-push:${rng.alnum(36)}`);
      return { value: auth, event: { out: [env('DOCKER_AUTH_CONFIG', `{"auths":{"registry.${CM}":{"auth":"${auth}"}}}`)] } };
    }, { after: 0 }),
    { raw: { out: [env('GO_REVISION', REV), env('GO_TO_REVISION', REV), env('GO_FROM_REVISION', REV), ['pr', '', 0]] }, after: 0 },
    { raw: { out: [['##', `[go] Start to build ${JOB} on ${AGENT} [${WD}]`], ['!!', '[go] Task: npm ci'], ['&1', '', 8900], ['&1', 'added 1412 packages, and audited 1413 packages in 9s'], ['&1', ''], ['&1', '211 packages are looking for funding'], ['&1', '  run `npm fund` for details'], ['&1', ''], ['&1', 'found 0 vulnerabilities'], ['?0', '[go] Task status: passed (9874 ms)', 120], ['!!', '[go] Task: npx playwright test --reporter=line'], ['&1', ''], ['&1', 'Running 38 tests using 4 workers'], ['&1', '']] }, after: 2 },
    5,
    plant('path-secret', 'gocd-playwright-stdout-invite-link', 'error', WHY.pathSecret("A pharmacist invitation link (`/invite/<token>`) an end-to-end test prints with `console.log` while it creates the invite against staging; Playwright's line reporter writes the test's stdout under the test's title"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { out: [['&1', '[chromium] › tests/invite.spec.ts:21:3 › invitations › a pharmacist accepts an invite'], ['&1', `invite created for qa+pharmacist@${CM}: https://staging.${CM}/invite/${tok}`]] } };
    }),
    6,
    { raw: { out: [['&1', ''], ['&1', '  38 passed (1.4m)'], ['?0', '[go] Task status: passed (86412 ms)'], ['!!', '[go] Task: docker build -t registry.chillmark.example/dash:412 .'], ['&1', '#0 building with "default" instance using docker driver', 300], ['&1', '#8 DONE 41.2s', 41800], ['?0', '[go] Task status: passed (44120 ms)', 1900]] } },
    plant('webhook', 'gocd-task-line-caprover-triggerbuild-token', 'error', WHY.webhook("A CapRover app's build trigger (`/api/v2/user/apps/webhooks/triggerbuild?namespace=captain&token=<JWT>`: the token alone redeploys the app) written into the task's command, which GoCD prints as `[go] Task: …`; the token is a JWT without `exp`"), ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: 86400 * 200, claims: { data: { tokenVersion: rng.uuid(), appName: 'dash-staging', namespace: 'captain' } } });
      return { value: token, jwt: facts, event: { out: [['!!', `[go] Task: /bin/sh -c "curl -fsS -X POST 'https://captain.${CM}/api/v2/user/apps/webhooks/triggerbuild?namespace=captain&token=${token}'"`], ['&1', '{"status":100,"description":"Deploy is started"}'], ['?0', `[go] Task status: passed (${rng.int(300, 1400)} ms)`]] } };
    }),
    { raw: { out: [['j0', '[go] Current job status: passed'], ['ar', `[go] Start to upload ${JOB} on ${AGENT} [${WD}]`], ['ex', `[go] Job completed ${JOB} on ${AGENT} [${WD}]`]] } },
  ];
  return buildLog(rng, { start: START, site: { host: 'gocd' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// compliance-report.log: the output of a nightly R script (`Rscript compliance_report.R >> compliance-report.log
// 2>&1` from cron) that pulls yesterday's readings, checks them against InfluxDB, scrapes a supplier's recall notices,
// uploads the PDF to SharePoint through Microsoft Graph and posts to Slack, every request performed with httr2's
// `req_perform(verbosity = 2)`: `-> ` request line and headers (Authorization always `<REDACTED>`, other headers as
// set), `>> ` the request body, `<- ` response status and headers; the script's own `message()` lines carry the time.
// R/req-verbose.R, R/req-headers.R, R/headers.R and R/utils-redacted.R of r-lib/httr2 (read); libcurl's header lines
// for HTTP/2 from memory.

function httr2Log(rng) {
  const UA = 'httr2/1.1.2 r-curl/6.2.1 libcurl/8.5.0';
  const render = (e) => {
    if (e.msg) return [`[${ymdHmsAt(e.t, BST)}] ${e.msg}`];
    const h2 = e.h2 !== false;
    const out = [`-> ${e.method} ${e.path} ${h2 ? 'HTTP/2' : 'HTTP/1.1'}`, `-> Host: ${e.host}`, `-> User-Agent: ${UA}`, '-> Accept: */*', '-> Accept-Encoding: deflate, gzip, br, zstd'];
    for (const [k, v] of e.headers ?? []) out.push(`-> ${k}: ${v}`);
    if (e.body) out.push(`-> Content-Length: ${Buffer.byteLength(e.body)}`);
    out.push('-> ');
    if (e.body) out.push(`>> ${e.body}`);
    out.push(h2 ? `<- HTTP/2 ${e.status} ` : `<- HTTP/1.1 ${e.status} ${e.reason ?? 'OK'}`);
    out.push(`<- ${h2 ? 'date' : 'Date'}: ${httpDate(e.t)}`);
    for (const [k, v] of e.resp ?? [[h2 ? 'content-type' : 'Content-Type', 'application/json']]) out.push(`<- ${k}: ${v}`);
    out.push('<- ');
    if (e.after) out.push(`[${ymdHmsAt(e.t + 500, BST)}] ${e.after}`);
    return out;
  };
  const filler = (rng) => ({ msg: rng.pick([`site ${site(rng)}: ${rng.int(280, 290)} readings, 0 gaps`, `site ${site(rng)}: max ${(5 + rng.int(0, 30) / 10).toFixed(1)} C, within range`, `site ${site(rng)}: door opened ${rng.int(3, 40)} times`]) });
  const steps = [
    { raw: { msg: 'chillmark compliance report: start (R 4.4.2, httr2 1.1.2), report date 2027-07-20' }, after: 0 },
    plant('api-key-name', 'httr2-verbose-request-header-x-api-key', 'error', `${WHY.apiKey('X-Api-Key')} httr2 redacts \`Authorization\` by itself and other headers only when told (\`req_headers_redacted()\`); the script set its key with \`req_headers("X-Api-Key" = …)\`, so the verbose output writes it on its \`-> \` line.`, ({ rng }) => {
      const key = `cmk_live_${rng.alnum(36)}`;
      return { value: key, event: { method: 'GET', path: '/v2/readings/daily?date=2027-07-20&format=json', host: `api.${CM}`, headers: [['X-Api-Key', key]], status: 200, resp: [['content-type', 'application/json'], ['content-length', String(rng.int(200000, 900000))], ['x-request-id', rng.uuid()]], after: 'readings: 214 sites, 61342 rows' } };
    }),
    4,
    plant('api-key-name', 'httr2-verbose-request-line-influxdb-p-password', 'error', "The cross-check queries InfluxDB with `u=` and `p=` in the URL (InfluxDB 1.x's query-string authentication); InfluxDB's own access log redacts `p`, but the client's verbose output writes the request line as sent. A password in a query is labeled like a key.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { method: 'GET', path: `/query?db=coldchain&u=reports&p=${pw}&q=SELECT%20count%28temp_c%29%20FROM%20fridge%20WHERE%20time%20%3E%3D%20%272027-07-20T00%3A00%3A00Z%27%20GROUP%20BY%20site`, host: 'influx.chillmark.internal:8086', h2: false, status: 200, resp: [['Content-Type', 'application/json'], ['Request-Id', `${rng.hex(8)}-${rng.hex(4)}-11f2-8${rng.hex(3)}-0242ac1e000c`], ['X-Influxdb-Version', '1.11.8']], after: 'influx cross-check: 214 sites, counts match' } };
    }),
    4,
    plant('session-id', 'httr2-verbose-request-header-cookie-supplier-session', 'error', WHY.session("The supplier's recall-notice portal has no API; the script sends a logged-in session cookie copied into its environment (`req_headers(Cookie = …)`), and httr2 writes the `Cookie` header"), ({ rng }) => {
      const sid = rng.hex(64);
      return { value: sid, event: { method: 'GET', path: '/portal/recalls?since=2027-07-13&category=vaccines', host: 'trade.medsupply-partner.example', headers: [['Cookie', `medsupply_session=${sid}; cookie_consent=1`]], status: 200, resp: [['content-type', 'text/html; charset=utf-8'], ['cache-control', 'no-store']], after: 'recalls: 0 new notices affecting stocked lines' } };
    }),
    3,
    plant('refresh-token', 'httr2-verbose-request-body-graph-refresh-token', 'error', `${WHY.refresh} The SharePoint upload starts with a refresh grant to Microsoft's token endpoint; at verbosity 2 httr2 writes the form body on a \`>> \` line, the refresh token in it.`, ({ rng }) => {
      const rt = `1.AVEA${rng.b64url(320)}`;
      return { value: rt, event: { method: 'POST', path: '/9b1c7e5a-0d1f-4c55-9e2b-3f7c2a9d8e41/oauth2/v2.0/token', host: 'login.microsoftonline.com', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: `grant_type=refresh_token&client_id=${rng.uuid()}&refresh_token=${rt}&scope=https%3A%2F%2Fgraph.microsoft.com%2FSites.ReadWrite.All%20offline_access`, status: 200, resp: [['content-type', 'application/json; charset=utf-8'], ['x-ms-request-id', rng.uuid()], ['cache-control', 'no-store, no-cache']] } };
    }),
    1,
    plant('negative', 'httr2-verbose-authorization-redacted', 'none', "The upload to Graph with `req_auth_bearer_token()`: httr2 writes `Authorization: <REDACTED>` (the Authorization header is always redacted): no value.", ({ rng }) => ({ value: 'Authorization: <REDACTED>', event: { method: 'PUT', path: '/v1.0/sites/chillmark.sharepoint.com,3f1c2a9e-5b7d-4e61-8a3f-0c9d2e7b1a44/drive/root:/Compliance/2027/07/2027-07-20.pdf:/content', host: 'graph.microsoft.com', headers: [['Authorization', '<REDACTED>'], ['Content-Type', 'application/pdf']], status: 201, resp: [['content-type', 'application/json;odata.metadata=minimal'], ['request-id', rng.uuid()]], after: 'uploaded Compliance/2027/07/2027-07-20.pdf (412 KB)' } })),
    1,
    plant('negative', 'httr2-verbose-response-header-weak-etag', 'none', "The weak `etag` of the public status page's site list (a hash of the response body): a cache validator, no credential.", ({ rng }) => {
      const tag = `W/"${rng.hex(40)}"`;
      return { value: tag, event: { method: 'GET', path: '/api/v2/sites?status=active', host: `status.${CM}`, status: 200, resp: [['content-type', 'application/json'], ['etag', tag], ['cache-control', 'public, max-age=300']], after: 'status page: 214 active sites' } };
    }),
    1,
    plant('webhook', 'httr2-verbose-request-line-slack-path-host-apart', 'error', WHY.webhook("A Slack incoming webhook: HTTP/2's request line written by httr2 holds only the path (`-> POST /services/T…/B…/<secret> HTTP/2`), the host is on the next `-> Host:` line"), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { method: 'POST', path: `/services/T0${upperNum(rng, 8)}/B0${upperNum(rng, 8)}/${secret}`, host: 'hooks.slack.com', headers: [['Content-Type', 'application/json']], body: '{"text":"Compliance report 2027-07-20: 214 sites, 0 excursions, PDF in SharePoint"}', status: 200, resp: [['content-type', 'text/html'], ['x-slack-backend', 'r']], after: 'slack: posted' } };
    }),
    { raw: { msg: 'chillmark compliance report: done in 41 s' } },
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'r' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trivy-dash-api-2027.07.21-1.txt: `trivy image --scanners secret --format table --output …` of the dashboard API's
// image, run in the release pipeline (no terminal, so the dividers are 40 characters wide): the Report Summary table,
// then per file `<target> (secrets)`, `Total: n (…)`, each finding's severity, category and rule id, title, `<target>:<line>
// (added by '<layer's command, first 40 characters>')` and the code around it (two lines before, one after; every value a
// rule matched in the file is replaced by `*`, values no rule matches stay as they are); the secret renderer ends its
// lines with CRLF. pkg/report/table/secret.go and pkg/fanal/secret/scanner.go of aquasecurity/trivy (read); the summary
// table from the reporting documentation's sample (read through search).

function trivyLog(rng) {
  const W = 40;
  const dd = '═'.repeat(W);
  const sd = '─'.repeat(W);
  const render = (e) => {
    if (e.plain) return e.plain;
    const out = [`${e.target} (secrets)`, '='.repeat(`${e.target} (secrets)`.length), `Total: ${e.findings.length} (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: ${e.findings.filter((f) => f.sev === 'HIGH').length}, CRITICAL: ${e.findings.filter((f) => f.sev === 'CRITICAL').length})`, ''];
    for (const f of e.findings) {
      out.push(`${f.sev}: ${f.cat} (${f.rule})\r`, `${dd}\r`, `${f.title}\r`, `${sd}\r`, ` ${e.target}:${f.line} (added by '${e.layer.slice(0, 40)}')\r`, `${sd}\r`);
      const from = Math.max(1, f.line - 2);
      const to = Math.min(e.content.length, f.line + 1);
      for (let n = from; n <= to; n++) {
        const text = e.content[n - 1];
        out.push(n === f.line ? `${String(n).padStart(4)} [ ${text}\r` : `${String(n).padStart(4)}   ${text}\r`);
      }
      out.push(`${sd}\r`, '\r', '\r');
    }
    return out;
  };
  const filler = () => ({ plain: [] });
  const stars = (n) => '*'.repeat(n);
  const header = [
    '',
    'Report Summary',
    '',
    '┌────────────────────────────────────────────────────────┬────────┬─────────┐',
    '│                         Target                         │  Type  │ Secrets │',
    '├────────────────────────────────────────────────────────┼────────┼─────────┤',
    '│ registry.chillmark.example/dash-api:2027.07.21-1       │ debian │    -    │',
    '│ (debian 12.11)                                         │        │         │',
    '├────────────────────────────────────────────────────────┼────────┼─────────┤',
    '│ app/.env                                               │  text  │    2    │',
    '├────────────────────────────────────────────────────────┼────────┼─────────┤',
    '│ app/deploy/k8s/secret.yaml                             │  text  │    1    │',
    '├────────────────────────────────────────────────────────┼────────┼─────────┤',
    '│ app/tests/e2e/fixtures.ts                              │  text  │    1    │',
    '└────────────────────────────────────────────────────────┴────────┴─────────┘',
    'Legend:',
    "- '-': Not scanned",
    "- '0': Clean (no security findings detected)",
    '',
    '',
  ];
  const steps = [
    plant('api-key-name', 'trivy-context-line-influx-write-password', 'error', "`INFLUXDB_WRITE_PASSWORD=` in the image's `.env`: no Trivy rule matches a plain password, so the line is printed as it is in the code around both findings of the file (two lines before, one after): one line of the file, two lines of the report. A password is labeled like a key.", ({ rng }) => {
      const pw = rng.alnum(24);
      const env = ['NODE_ENV=production', 'PORT=8080', `GITHUB_TOKEN=${stars(40)}`, `INFLUXDB_WRITE_PASSWORD=${pw}`, `STRIPE_SECRET_KEY=${stars(32)}`, `XERO_REFRESH_TOKEN=${rng.hex(64)}`, `LOG_LEVEL=info`];
      const rt = env[5].split('=')[1];
      return {
        marks: [
          { value: pw },
          { value: `GITHUB_TOKEN=${stars(40)}`, category: 'negative', kind: 'trivy-cause-line-github-pat-masked', expect: 'none', why: "The line Trivy found, its GitHub token replaced by as many `*` as it had characters (in both findings' code): no value." },
          { value: rt, category: 'refresh-token', kind: 'trivy-context-line-xero-refresh-token', expect: 'error', why: `${WHY.refresh} Xero's refresh token (64 hex) sits on the line after the Stripe key Trivy found; no rule knows it, so the finding's code shows it in clear.` },
        ],
        event: { target: 'app/.env', layer: 'COPY . /app # buildkit', content: env, findings: [{ sev: 'CRITICAL', cat: 'GitHub', rule: 'github-pat', title: 'GitHub Personal Access Token', line: 3 }, { sev: 'CRITICAL', cat: 'Stripe', rule: 'stripe-secret-token', title: 'Stripe Secret Key', line: 5 }] },
      };
    }, { after: 0 }),
    plant('encoded', 'trivy-context-line-k8s-secret-data-base64', 'error', "A Kubernetes Secret manifest baked into the image: Trivy found the AWS access key id under `stringData`, and the line above it, a `data:` entry (`INFLUX_ADMIN_PASSWORD: <base64>`), is printed as it is, one decoding away from the password.", ({ rng }) => {
      const b64 = b64Of(`${rng.alnum(20)}${digits(rng, 4)}`);
      const key = `cmk_live_${rng.alnum(36)}`;
      const y = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: dash-api', '  namespace: prod', 'data:', `  INFLUX_ADMIN_PASSWORD: ${b64}`, 'stringData:', `  AWS_ACCESS_KEY_ID: ${stars(20)}`, `  CHILLMARK_INGEST_KEY: ${key}`, '  AWS_REGION: eu-west-2'];
      return {
        marks: [
          { value: b64 },
          { value: `AWS_ACCESS_KEY_ID: ${stars(20)}`, category: 'negative', kind: 'trivy-cause-line-aws-access-key-id-masked', expect: 'none', why: "The cause line of the finding, the access key id written as twenty `*`: no value." },
          { value: key, category: 'api-key-name', kind: 'trivy-context-line-k8s-stringdata-ingest-key', expect: 'error', why: `${WHY.apiKey('CHILLMARK_INGEST_KEY')} It is the line after the finding, under \`stringData\`, and Chillmark's own key format matches no Trivy rule.` },
        ],
        event: { target: 'app/deploy/k8s/secret.yaml', layer: 'COPY . /app # buildkit', content: y, findings: [{ sev: 'CRITICAL', cat: 'AWS', rule: 'aws-access-key-id', title: 'AWS Access Key ID', line: 9 }] },
      };
    }, { after: 0 }),
    plant('path-secret', 'trivy-context-line-e2e-fixture-invite-url', 'error', WHY.pathSecret("A staging invitation URL (`/invite/<token>`) kept in an end-to-end test fixture, on the line after a GitHub token Trivy found and masked: the context line is printed as it is"), ({ rng }) => {
      const tok = rng.b64url(32);
      const ts = ["import { test as base } from '@playwright/test';", '', 'export const STAGING = {', `  baseUrl: 'https://staging.${CM}',`, "  pharmacist: 'qa+pharmacist@chillmark.example',", '};', '', '// repo access for the fixtures loader', 'export const FIXTURES = {', "  repo: 'chillmark/e2e-fixtures',", `  token: '${stars(40)}',`, `  inviteUrl: 'https://staging.${CM}/invite/${tok}',`, '};'];
      return { value: tok, event: { target: 'app/tests/e2e/fixtures.ts', layer: 'COPY . /app # buildkit', content: ts, findings: [{ sev: 'CRITICAL', cat: 'GitHub', rule: 'github-pat', title: 'GitHub Personal Access Token', line: 11 }] } };
    }, { after: 0 }),
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 40 * MIN, site: { host: 'trivy' }, filler, render, steps, header });
}

// =====================================================================================================================
// Brazda (Serbian; Novi Sad: CEST, UTC+2)
// =====================================================================================================================

const BZ = 'brazda.example';

// ---------------------------------------------------------------------------------------------------------------------
// fbtrace-brazda.log: a user trace session of Firebird 3.0 on the cooperative's ERP database (`fbtracemgr -se
// service_mgr -start -name brazda_revizija -config brazda_trace.conf > fbtrace-brazda.log`, log_statement_finish,
// print_plan and print_perf on): `Trace session ID n started`, then each event as the trace plugin writes it:
// `<yyyy-mm-ddThh:mm:ss.ffff> (<pid>:<plugin address>) EXECUTE_STATEMENT_FINISH` in the server's local time without a
// zone, the attachment (`\t<database> (ATT_<n>, <user>:<role>, <charset>, <protocol>:<address>/<port>)` and `\t<process>:<pid>`),
// the transaction, `Statement <n>:` with its SQL and plan, the bound parameters (`param<n> = <type>, "<value>"`), `<n>
// records fetched`, the time and page counters, and the per-table counters. The Delphi two-tier programs at the
// weighbridges and warehouse kiosks connect straight to the database; the member portal (PHP) does too.
// src/utilities/ntrace/TracePluginImpl.cpp of FirebirdSQL/firebird (logRecord, register_connection,
// register_transaction, register_sql_statement, appendParams, appendGlobalCounts, appendTableCounts,
// log_event_dsql_execute; read); the plan line's placement and `fbtracemgr`'s first line from memory.

function firebirdLog(rng) {
  const DB = '/var/lib/firebird/data/brazda.fdb';
  const PLUGIN = `0x7f${rng.hex(9)}0`;
  const PID = 2187;
  let stmtNo = rng.int(40000, 48000);
  let traNo = rng.int(880000, 890000);
  const clients = {
    portal: { user: 'PORTAL', ip: '10.20.0.11', proc: '/usr/sbin/php-fpm8.2', pid: () => rng.int(21000, 21999), att: rng.int(91000, 91999), port: rng.int(49152, 65000) },
    vaga1: { user: 'OTKUP', ip: '10.20.1.21', proc: 'C:\\Program Files (x86)\\Brazda\\Otkup\\Otkup.exe', pid: () => 4120, att: rng.int(90000, 90999), port: rng.int(49152, 65000) },
    mag1: { user: 'MAGACIN', ip: '10.20.1.31', proc: 'C:\\Program Files (x86)\\Brazda\\Magacin\\Magacin.exe', pid: () => 6632, att: rng.int(92000, 92499), port: rng.int(49152, 65000) },
    mag2: { user: 'MAGACIN', ip: '10.20.1.44', proc: 'C:\\Program Files (x86)\\Brazda\\Magacin\\Magacin.exe', pid: () => 3308, att: rng.int(92500, 92999), port: rng.int(49152, 65000) },
  };
  const TABLE_HEAD = 'Table                             Natural     Index    Update    Insert    Delete   Backout     Purge   Expunge';
  const col = (n) => (n ? String(n).padStart(10) : ' '.repeat(10));
  const render = (e) => {
    if (e.plain) return e.plain;
    const c = clients[e.client];
    stmtNo += rng.int(1, 40);
    traNo += rng.int(1, 30);
    const ts = `${local(e.t, CEST).slice(0, 19)}.${digits(rng, 4)}`;
    const out = [`${ts} (${PID}:${PLUGIN}) EXECUTE_STATEMENT_FINISH`, `\t${DB} (ATT_${c.att}, ${c.user}:NONE, UTF8, TCPv4:${c.ip}/${c.port})`, `\t${c.proc}:${c.pid()}`, `\t\t(TRA_${traNo}, READ_COMMITTED | REC_VERSION | ${e.write ? 'WAIT | READ_WRITE' : 'NOWAIT | READ_ONLY'})`, '', `Statement ${stmtNo}:`, '-'.repeat(79), ...e.sql.split('\n')];
    if (e.plan) out.push('^'.repeat(79), e.plan);
    out.push('');
    if (e.params) out.push(...e.params.map(([type, value], i) => `param${i} = ${type}, "${value}"`), '');
    out.push(`${e.fetched ?? 0} records fetched`);
    const ms = rng.int(0, 14);
    out.push(`${String(ms).padStart(7)} ms${rng.int(0, 2) ? `, ${rng.int(1, 6)} read(s)` : ''}, ${rng.int(4, 40)} fetch(es)${e.write ? `, ${rng.int(1, 4)} mark(s)` : ''}`);
    if (e.tables) {
      out.push('', TABLE_HEAD, '*'.repeat(111));
      for (const [name, nat, idx, upd, ins] of e.tables) out.push(`${name.padEnd(31)}${col(nat)}${col(idx)}${col(upd)}${col(ins)}${col(0)}${col(0)}${col(0)}${col(0)}`);
    }
    out.push('');
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ client: 'vaga1', sql: 'SELECT CENA, VALUTA FROM CENOVNIK_OTKUPA WHERE KULTURA_ID = ? AND DATUM_OD <= ? ORDER BY DATUM_OD DESC ROWS 1', plan: 'PLAN SORT (CENOVNIK_OTKUPA INDEX (IDX_CENOVNIK_KULTURA))', params: [['integer', String(rng.int(1, 6))], ['date', '2027-07-21']], fetched: 1, tables: [['CENOVNIK_OTKUPA', 0, rng.int(1, 9), 0, 0]] }),
      () => ({ client: 'vaga1', write: true, sql: 'INSERT INTO MERENJA (VAGA_ID, KOOPERANT_ID, KULTURA_ID, BRUTO, TARA, VLAGA, VREME)\nVALUES (?, ?, ?, ?, ?, ?, ?)', params: [['smallint', '2'], ['integer', String(rng.int(1000, 4800))], ['integer', String(rng.int(1, 6))], ['integer', String(rng.int(14000, 32000))], ['integer', String(rng.int(8000, 12000))], ['numeric(5,2)', `${rng.int(11, 16)}.${digits(rng, 2)}`], ['timestamp', `2027-07-21T${hmsAt(DAY0 + rng.int(6, 9) * HOUR, CEST)}.0000`]], tables: [['MERENJA', 0, 0, 0, 1]] }),
      () => {
        const n = rng.int(20, 140);
        return { client: 'portal', sql: 'SELECT A.NAZIV, S.KOLICINA FROM STANJE S JOIN ARTIKLI A ON A.ID = S.ARTIKAL_ID WHERE S.MAGACIN_ID = ?', plan: 'PLAN JOIN (S INDEX (IDX_STANJE_MAGACIN), A INDEX (PK_ARTIKLI))', params: [['integer', String(rng.int(1, 3))]], fetched: n, tables: [['ARTIKLI', 0, n, 0, 0], ['STANJE', 0, n, 0, 0]] };
      },
      () => {
        const n = rng.int(3, 30);
        return { client: 'mag1', sql: 'SELECT N.ID, K.NAZIV, N.IZNOS FROM NARUDZBINE N JOIN KOOPERANTI K ON K.ID = N.KOOPERANT_ID WHERE N.DATUM = ?', plan: 'PLAN JOIN (N INDEX (IDX_NAR_DATUM), K INDEX (PK_KOOPERANTI))', params: [['date', '2027-07-21']], fetched: n, tables: [['KOOPERANTI', 0, n, 0, 0], ['NARUDZBINE', 0, n, 0, 0]] };
      },
    ])();
  const pickupSql = 'UPDATE NARUDZBINE SET PREUZETO = 1, PREUZETO_VREME = CURRENT_TIMESTAMP\nWHERE KOD_ZA_PREUZIMANJE = ?';
  const pickupPlan = 'PLAN (NARUDZBINE INDEX (IDX_NAR_KOD))';
  const steps = [
    { raw: { plain: ['Trace session ID 7 started', ''] }, after: 0 },
    3,
    plant('framework-dump', 'fbtrace-param-plaintext-password-login', 'error', "The weighbridge program's login compares the password in SQL (`… WHERE KORISNICKO_IME = ? AND SIFRA = ?`): the trace writes every bound parameter, the operator's password (`SIFRA`, \"password\") as `param1`.", ({ rng }) => {
      const pw = `${rng.pick(['Kukuruz', 'Suncokret', 'Psenica', 'Jecam'])}${digits(rng, 4)}${rng.pick(['!', '.', '#'])}`;
      return { value: pw, event: { client: 'vaga1', sql: 'SELECT ID, IME_PREZIME, ULOGA FROM KORISNICI WHERE KORISNICKO_IME = ? AND SIFRA = ?', plan: 'PLAN (KORISNICI INDEX (UNQ_KORISNICI_IME))', params: [['varchar(30)', 'vaga2.rumenka'], ['varchar(40)', pw]], fetched: 1, tables: [['KORISNICI', 0, 1, 0, 0]] } };
    }),
    3,
    plant('oauth-code', 'fbtrace-param-authorization-code-beside-state', 'warning', `${WHY.code} The member portal is the authorization server of the kiosk app and keeps its codes in a table: the trace writes the INSERT's parameters, the code as \`param0\` and the client's \`state\` as \`param1\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { client: 'portal', write: true, sql: 'INSERT INTO OAUTH_KODOVI (KOD, STANJE, KLIJENT, KORISNIK_ID, PREUSMERENJE, ISTICE)\nVALUES (?, ?, ?, ?, ?, ?)', params: [['varchar(64)', code], ['varchar(64)', rng.b64url(22)], ['varchar(40)', 'vaga-kiosk'], ['integer', String(rng.int(100, 900))], ['varchar(255)', 'http://127.0.0.1:8765/povratak'], ['timestamp', `2027-07-21T${hmsAt(DAY0 + 7 * HOUR, CEST)}.0000`]], tables: [['OAUTH_KODOVI', 0, 0, 0, 1]] } };
    }),
    3,
    plant('negative', 'fbtrace-param-bcrypt-password-hash', 'none', "A password change in the portal writes the bcrypt hash (`$2y$12$…`) as a parameter: a one-way hash, no credential.", ({ rng }) => {
      const h = `$2y$12$${rng.chars(`${ALNUM}./`, 53)}`;
      return { value: h, event: { client: 'portal', write: true, sql: 'UPDATE KORISNICI SET SIFRA_HASH = ?, SIFRA_PROMENJENA = CURRENT_TIMESTAMP WHERE ID = ?', plan: 'PLAN (KORISNICI INDEX (PK_KORISNICI))', params: [['varchar(60)', h], ['integer', String(rng.int(100, 900))]], tables: [['KORISNICI', 0, 1, 1, 0]] } };
    }),
    3,
    plant('replay', 'fbtrace-param-pickup-code-update', 'note', WHY.ticketFirst("A prepaid order's one-time pickup code (`KOD_ZA_PREUZIMANJE`, from the member's SMS) redeemed at warehouse kiosk 1 (TCPv4:10.20.1.31): the UPDATE changes one row (`Update 1` in the table counters). The code is"), ({ rng, t }) => {
      const code = upperNum(rng, 12);
      firstUse.kod = t;
      return { value: code, event: { client: 'mag1', write: true, sql: pickupSql, plan: pickupPlan, params: [['varchar(24)', code]], tables: [['NARUDZBINE', 0, 1, 1, 0]] } };
    }, { ref: 'kod' }),
    2,
    plant('replay', 'fbtrace-param-pickup-code-update', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('kod').value, why: `${WHY.replay('KOD_ZA_PREUZIMANJE', gap('kod', t))} Kiosk 2 (TCPv4:10.20.1.44, another attachment of Magacin.exe) ran the same UPDATE with the same code and it changed the row again (\`Update 1\`): the statement does not check \`PREUZETO\`, so the goods went out twice.` }], event: { client: 'mag2', write: true, sql: pickupSql, plan: pickupPlan, params: [['varchar(24)', refs.get('kod').value]], tables: [['NARUDZBINE', 0, 1, 1, 0]] } }), { replayOf: 'kod', after: 101 }),
    3,
    plant('session-id', 'fbtrace-param-php-session-lookup', 'error', WHY.session("The member portal keeps PHP sessions in Firebird (a custom session handler): every page view looks the session up by its id, which the trace writes as `param0`"), ({ rng }) => {
      const sid = phpSid(rng);
      return { value: sid, event: { client: 'portal', sql: 'SELECT KORISNIK_ID, PODACI, ISTICE FROM WEB_SESIJE WHERE SESIJA_ID = ?', plan: 'PLAN (WEB_SESIJE INDEX (PK_WEB_SESIJE))', params: [['varchar(40)', sid]], fetched: 1, tables: [['WEB_SESIJE', 0, 1, 0, 0]] } };
    }),
    3,
    plant('implicit-fragment', 'fbtrace-param-client-error-report-href-fragment', 'error', "The portal stores browser error reports in a table; the report of a member whose sign-in came back through the old hash-routed page carries its address, `#access_token=…` included, as `param1` of the INSERT.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { client: 'portal', write: true, sql: 'INSERT INTO KLIJENT_GRESKE (VREME, ADRESA, PORUKA, PREGLEDAC) VALUES (?, ?, ?, ?)', params: [['timestamp', `2027-07-21T${hmsAt(DAY0 + 8 * HOUR, CEST)}.0000`], ['varchar(2000)', `https://clanovi.${BZ}/#/prijava/povratak#access_token=${tok}&token_type=Bearer&expires_in=3600`], ['varchar(500)', "TypeError: Cannot read properties of null (reading 'kooperant')"], ['varchar(300)', BROWSERS[4]]], tables: [['KLIJENT_GRESKE', 0, 0, 0, 1]] } };
    }),
    3,
    plant('negative', 'fbtrace-param-delivery-photo-sha256', 'none', "The SHA-256 of a delivery photo the weighbridge stores beside its path (`SHA256`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { client: 'vaga1', write: true, sql: 'INSERT INTO SLIKE_ISPORUKE (MERENJE_ID, PUTANJA, SHA256) VALUES (?, ?, ?)', params: [['integer', String(rng.int(200000, 260000))], ['varchar(255)', `\\\\nas01\\vaga\\2027\\07\\21\\${rng.hex(8)}.jpg`], ['char(64)', h]], tables: [['SLIKE_ISPORUKE', 0, 0, 0, 1]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 40 * MIN, site: { host: 'fb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// messenger_worker.log: supervisord's stdout log of `php bin/console messenger:consume async -vv` (Symfony 7.3) for the
// shop and member portal: SymfonyStyle's start-up block, then Monolog's console handler through Symfony's
// ConsoleFormatter without colours (`<H:i:s> <LEVEL padded to 9> [<channel>] <message with {placeholders} replaced>
// <context dumped on one line by VarDumper's CliDumper, objects inside it cut to `Class^ {#n …}`>`): Messenger's
// `Received message`, `Message … handled by …`, `… was handled successfully (acknowledging to transport).` and its retry
// warning, HttpClient's `Request: "<METHOD> <url>"` and `Response: "<code> <url>"`, the handlers' own lines.
// src/Symfony/Bridge/Monolog/Formatter/ConsoleFormatter.php of symfony/symfony (read); Messenger's retry message in
// SendFailedMessageForRetryListener (read through search); HttpClient's log lines and the other Messenger messages from
// memory.

function messengerLog(rng) {
  let obj = rng.int(900, 1400);
  const line = (ms, level, channel, msg, ctx) => `${hmsAt(ms, CEST)} ${level.padEnd(9)} [${channel}] ${msg}${ctx ? ` ${ctx}` : ''}`;
  const cut = (cls) => `${cls}^ {#${obj++} …}`;
  const q = (s) => `"${s}"`;
  const handled = (ms, cls, handler) => [
    line(ms, 'INFO', 'messenger', `Received message ${cls}`, `["message" => ${cut(cls)}, "class" => ${q(cls)}]`),
    line(ms + 300, 'INFO', 'messenger', `Message ${cls} handled by ${handler}::__invoke`, `["message" => ${cut(cls)}, "class" => ${q(cls)}, "handler" => ${q(`${handler}::__invoke`)}]`),
    line(ms + 310, 'INFO', 'messenger', `${cls} was handled successfully (acknowledging to transport).`, `["message" => ${cut(cls)}, "class" => ${q(cls)}]`),
  ];
  const render = (e) => {
    if (e.plain) return e.plain;
    const cls = `App\\Message\\${e.msg}`;
    const handler = `App\\MessageHandler\\${e.msg}Handler`;
    const out = [line(e.t, 'INFO', 'messenger', `Received message ${cls}`, `["message" => ${cut(cls)}, "class" => ${q(cls)}]`)];
    let ms = e.t;
    for (const [level, channel, msg, ctx] of e.inner ?? []) out.push(line((ms += rng.int(20, 600)), level, channel, msg, ctx));
    if (e.error) {
      const err = `Handling "${cls}" failed: ${e.error}`;
      out.push(line(ms + 1200, 'WARNING', 'messenger', `Error thrown while handling message ${cls}. Sending for retry #1 using 1000 ms delay. Error: "${err}"`, `["message" => ${cut(cls)}, "class" => ${q(cls)}, "retryCount" => 1, "delay" => 1000, "error" => ${q(err)}, "exception" => ${cut('Symfony\\Component\\Messenger\\Exception\\HandlerFailedException')}]`));
      return out;
    }
    out.push(line(ms + 300, 'INFO', 'messenger', `Message ${cls} handled by ${handler}::__invoke`, `["message" => ${cut(cls)}, "class" => ${q(cls)}, "handler" => ${q(`${handler}::__invoke`)}]`));
    out.push(line(ms + 310, 'INFO', 'messenger', `${cls} was handled successfully (acknowledging to transport).`, `["message" => ${cut(cls)}, "class" => ${q(cls)}]`));
    return out;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ plain: handled(t, 'App\\Message\\ObracunOtkupa', 'App\\MessageHandler\\ObracunOtkupaHandler') }),
      () => ({ plain: handled(t, 'App\\Message\\AzurirajStanje', 'App\\MessageHandler\\AzurirajStanjeHandler') }),
      () => ({ msg: 'PosaljiPotvrduNarudzbine', inner: [['INFO', 'app', `Потврда поруџбине послата ["porudzbina" => "BR-2027-${digits(rng, 6)}", "kanal" => "email"]`]] }),
      () => ({ msg: 'GenerisiOtkupniList', inner: [['INFO', 'app', `Откупни лист генерисан ["merenje" => ${rng.int(200000, 260000)}, "kultura" => "${rng.pick(['kukuruz', 'psenica', 'suncokret', 'soja'])}", "neto_kg" => ${rng.int(6000, 21000)}]`]] }),
    ])();
  const steps = [
    { raw: { plain: ['', ' [OK] Consuming messages from transport "async".', '', ' // The worker will automatically exit once it has received a stop signal via the messenger:stop-workers command.', '', ' // Quit the worker with CONTROL-C.', ''] }, after: 0 },
    3,
    plant('api-key-name', 'messenger-http-client-request-response-apikljuc', 'error', `${WHY.apiKey('apikljuc')} The daily price import calls the commodity exchange's API with its key in the query ("API key"); HttpClient logs \`Request: "GET <url>"\` (the URL again in the context) and \`Response: "200 <url>"\`: one request, two lines.`, ({ rng }) => {
      const key = rng.alnum(32);
      const url = `https://api.produktna-berza.example/v1/cene?apikljuc=${key}&datum=2027-07-20&roba=kukuruz,psenica,suncokret,soja`;
      return { value: key, event: { msg: 'UvozCenaSaBerze', inner: [['INFO', 'http_client', `Request: "GET ${url}"`, `["method" => "GET", "url" => ${q(url)}]`], ['INFO', 'http_client', `Response: "200 ${url}"`], ['INFO', 'app', 'Увезено 4 цене са берзе ["datum" => "2027-07-20"]']] } };
    }),
    3,
    plant('negative', 'messenger-app-log-sef-request-id', 'none', "The e-invoicing system's `requestId` (a UUID the shop makes up for each sent invoice so a retry is not booked twice) in the handler's line: an idempotency id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { msg: 'PosaljiFakturuNaSef', inner: [['INFO', 'app', `Фактура послата на СЕФ ["faktura" => "RN-2027-${digits(rng, 5)}", "requestId" => "${id}", "salesInvoiceId" => ${rng.int(4000000, 4900000)}]`]] } };
    }),
    3,
    plant('path-secret', 'messenger-app-log-password-reset-link', 'error', WHY.pathSecret("A password reset link (`/sifra/nova/<token>`, \"new password\") the mail handler logs in its context after sending it (\"Послат линк за нову шифру\", \"new password link sent\")"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { msg: 'PosaljiLinkZaNovuSifru', inner: [['INFO', 'app', 'Послат линк за нову шифру', `["email" => "dragana.m@example-mail.example", "link" => "https://clanovi.${BZ}/sifra/nova/${tok}"]`]] } };
    }),
    3,
    plant('framework-dump', 'messenger-app-log-sms-request-array-lozinka', 'error', "The SMS handler logs the gateway's refusal with the request it sent as a nested array in the context: CliDumper writes `\"lozinka\" => \"…\"` (\"password\") on the line.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { msg: 'PosaljiSms', inner: [['ERROR', 'app', 'СМС није послат', `["zahtev" => ["korisnik" => "brazda", "lozinka" => "${pw}", "posiljalac" => "BRAZDA", "broj" => "+3816${digits(rng, 8)}", "tekst" => "Vasa porudzbina je spremna za preuzimanje"], "odgovor" => "ERR 401 neispravni pristupni podaci"]`]] } };
    }),
    3,
    plant('refresh-token', 'messenger-retry-warning-error-url-refresh-token', 'error', `${WHY.refresh} The bank statement import refreshes its token with a GET (the bank's old API); the request fails and Messenger's retry warning quotes HttpClient's exception, \`HTTP/2 400 returned for "<url>"\`, in the message and again in the context's \`error\`: one line.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { msg: 'UvozIzvodaBanke', error: `HTTP/2 400 returned for "https://api.banka-partner.example/oauth2/token?grant_type=refresh_token&refresh_token=${rt}&client_id=brazda-erp".` } };
    }),
    3,
    plant('negative', 'messenger-app-log-mail-message-id', 'none', "An e-mail's `Message-ID` (`<hex@brazda.example>`, made up by the mailer) in the handler's line: an identifier, no credential.", ({ rng }) => {
      const id = `${rng.hex(32)}@${BZ}`;
      return { value: id, event: { msg: 'PosaljiPotvrduNarudzbine', inner: [['INFO', 'app', `Потврда поруџбине послата ["porudzbina" => "BR-2027-${digits(rng, 6)}", "kanal" => "email", "messageId" => "<${id}>"]`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 2 * MIN, site: { host: 'worker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// brazda-cron.log: `docker logs brazda-cron` of a container running supercronic 0.2 over the cooperative's crontab:
// logrus' TextFormatter with FullTimestamp (`time="<RFC 3339 local>" level=… msg=… <fields sorted>`, values quoted with
// Go's %q when they hold anything outside `[A-Za-z0-9-._/@^+]`), `msg=starting` and `msg="job succeeded"` or an error for
// each run, and each line of the job's output as a message with `channel=stdout|stderr`; every line of a run carries
// `iteration`, `job.command` (the crontab's command as written, variables unexpanded), `job.position` and
// `job.schedule`. cron/cron.go and main.go of aptible/supercronic and its README's examples (read); logrus' quoting
// rule from memory.

function supercronicLog(rng) {
  const START = DAY0 + 3 * HOUR + 25 * MIN;
  const goQuote = (s) => JSON.stringify(s);
  const val = (s) => (/^[A-Za-z0-9\-._/@^+]+$/.test(s) ? s : goQuote(s));
  const render = (e) => {
    if (e.plain) return e.plain.map((m) => `time="${rfc3339(e.t, CEST)}" level=info msg=${val(m)}`);
    const f = `iteration=${e.iteration} job.command=${val(e.cmd)} job.position=${e.pos} job.schedule=${val(e.schedule)}`;
    let ms = e.t;
    const out = [`time="${rfc3339(ms, CEST)}" level=info msg=starting ${f}`];
    for (const [ch, text] of e.output ?? []) {
      ms += rng.int(300, 2500);
      out.push(`time="${rfc3339(ms, CEST)}" level=info msg=${val(text)} channel=${ch} ${f}`);
    }
    ms += rng.int(200, 1500);
    out.push(e.fail ? `time="${rfc3339(ms, CEST)}" level=error msg=${val(`error running command: exit status ${e.fail}`)} ${f}` : `time="${rfc3339(ms, CEST)}" level=info msg="job succeeded" ${f}`);
    return out;
  };
  const filler = () => ({ plain: [] });
  // The crontab: position, schedule, the minutes of the day it runs at (local time), its command and ordinary output.
  const JOBS = [
    { pos: 0, schedule: '0 */6 * * *', at: (m) => m % 360 === 0, cmd: 'php /app/bin/console messenger:stop-workers', output: () => [['stdout', ''], ['stdout', ' [OK] Signal successfully sent to stop any running workers.'], ['stdout', '']] },
    { pos: 1, schedule: '0 6 * * *', at: (m) => m === 360, cmd: 'curl -fsS -H "ApiKey: $SEF_API_KLJUC" "https://efaktura.mfin.gov.rs/api/publicApi/sales-invoice/changes?date=$(date -d yesterday +%F)"' },
    { pos: 2, schedule: '*/20 * * * *', at: (m) => m % 20 === 0, cmd: 'php /app/bin/console brazda:cene:osvezi-kes', output: (rng) => [['stdout', `Кеш цена освежен: ${rng.int(40, 90)} артикала`]] },
    { pos: 3, schedule: '10 6 * * *', at: (m) => m === 370 },
    { pos: 4, schedule: '20 6 * * *', at: (m) => m === 380 },
    { pos: 5, schedule: '5 * * * *', at: (m) => m % 60 === 5, cmd: 'php /app/bin/console brazda:narudzbine:istekle --dana=3', output: (rng) => [['stdout', `Поништено истеклих поруџбина: ${rng.int(0, 4)}`]] },
    { pos: 6, schedule: '*/30 * * * *', at: (m) => m % 30 === 0, cmd: '/app/bin/provera-prijave.sh', output: (rng) => [['stdout', `провера пријаве: OK (${rng.int(300, 1400)} ms)`]] },
    { pos: 7, schedule: '45 6 * * *', at: (m) => m === 405 },
    { pos: 8, schedule: '0 7 * * *', at: (m) => m === 420 },
    { pos: 9, schedule: '30 5 * * *', at: (m) => m === 330 },
    { pos: 10, schedule: '0 8 * * *', at: (m) => m === 480 },
  ];
  const PLANTED = {
    1: () => plant('negative', 'supercronic-job-command-unexpanded-variable', 'none', "The e-invoicing job's command names its key as `$SEF_API_KLJUC`; supercronic writes the command as the crontab has it, the variable unexpanded, on each line of the run: a reference, no value.", () => ({ value: '$SEF_API_KLJUC', event: { output: [['stdout', '[{"SalesInvoiceId":4411208,"NewInvoiceStatus":"Approved","Date":"2027-07-20T14:12:08"}]']] } })),
    3: () => plant('header-dump', 'supercronic-job-command-curl-authorization-bearer-jwt', 'error', "A daily report download whose crontab line carries an `Authorization: Bearer <JWT>` header; supercronic writes the command on the run's `starting` and `job succeeded` lines, each with its RFC 3339 time and offset: a service token without `exp` (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: 86400 * 90, claims: { iss: `https://erp.${BZ}`, sub: 'cron-izvestaji', scope: 'izvestaji:citanje' } });
      return { value: token, jwt: facts, event: { cmd: `curl -fsS -H "Authorization: Bearer ${token}" https://erp.${BZ}/api/izvestaji/dnevni -o /data/izvestaji/dnevni-$(date +%F).json` } };
    }),
    4: () => plant('session-id', 'supercronic-job-command-console-option-sesija', 'error', WHY.session("The old buy-back portal has no API: its import command takes a logged-in PHP session id as an option (`--sesija=`, \"session\") pasted into the crontab; the run fails (the portal answers 403) and supercronic writes the command on `starting`, on the command's error line and on the error"), ({ rng }) => {
      const sid = phpSid(rng);
      return { value: sid, event: { cmd: `php /app/bin/console brazda:stari-portal:uvoz --tabela=otkup --sesija=${sid}`, output: [['stdout', ''], ['stdout', ' [ERROR] Стари портал је вратио 403 (истекла сесија?)'], ['stdout', '']], fail: 1 } };
    }),
    6: () => plant('id-token', 'supercronic-stdout-login-check-id-token', 'error', "The synthetic sign-in check against the cooperative's Keycloak prints the ID token when its audience is not the expected one (a debugging branch of the script: \"неочекиван aud\", \"unexpected aud\"); supercronic writes the output line with its RFC 3339 time and offset: valid 15 min with a jti, live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: 0, jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://id.${BZ}/realms/brazda`, aud: 'account', sub: rng.uuid(), typ: 'ID', azp: 'clanovi-portal', preferred_username: 'provera.prijave', email: `provera@${BZ}` } });
      return { value: token, jwt: facts, event: { output: [['stdout', `провера пријаве: упозорење, неочекиван aud "account" у id_token=${token}`]] } };
    }),
    7: () => plant('path-secret', 'supercronic-stdout-magic-sign-in-link', 'error', WHY.pathSecret("A one-click sign-in link (`/prijava/link/<token>`) the payment reminder job prints for each member it mails (\"Послат подсетник\", \"reminder sent\"), on a `channel=stdout` line"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { cmd: 'php /app/bin/console brazda:podsetnik:uplate', output: [['stdout', `Послат подсетник: milan.j@example-mail.example → https://clanovi.${BZ}/prijava/link/${tok}`], ['stdout', 'Укупно подсетника: 1']] } };
    }),
    8: () => plant('encoded', 'supercronic-job-command-base64-config-api-key', 'error', "The invoice import writes its configuration from a base64 string in the crontab (`echo '<base64>' | base64 -d > /tmp/sef.json`); the JSON holds the e-invoicing API key (`apiKljuc`), one decoding away, on every line of the run.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ korisnik: 'brazda-zadruga', apiKljuc: rng.uuid(), okruzenje: 'produkcija' }));
      return { value: blob, event: { cmd: `echo '${blob}' | base64 -d > /tmp/sef.json && php /app/bin/console brazda:sef:uvoz --konfiguracija=/tmp/sef.json`, output: [['stdout', `Увезено улазних фактура: ${rng.int(4, 30)}`]] } };
    }),
    9: () => plant('negative', 'supercronic-stdout-backup-sha256', 'none', "The nightly backup job prints the SHA-256 of the dump it wrote: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { cmd: '/app/bin/bekap-baze.sh', output: [['stdout', `${h}  brazda-2027-07-21.sql.gz`], ['stdout', 'бекап послат на nas01: 1.8G']] } };
    }),
    10: () => plant('webhook', 'supercronic-job-command-concourse-webhook-token', 'error', WHY.webhook("A Concourse resource's check webhook (`…/resources/<resource>/check/webhook?webhook_token=<token>`: the token alone makes the pipeline fetch and build the export) at the end of the export job's crontab line, on its `starting` and `job succeeded` lines"), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { cmd: `/app/bin/izvoz-izvestaja.sh && curl -fsS -X POST "https://ci.${BZ}/api/v1/teams/brazda/pipelines/izvestaji/resources/dnevni-izvoz/check/webhook?webhook_token=${tok}"` } };
    }),
  };
  const steps = [{ raw: { plain: ['read crontab: /etc/crontabs/brazda'] }, after: 0 }];
  const iterations = {};
  let prev = 325; // 05:25 local
  for (let m = 326; m <= 485; m++) {
    for (const job of JOBS) {
      if (!job.at(m)) continue;
      const iteration = (iterations[job.pos] = (iterations[job.pos] ?? -1) + 1);
      const after = (m - prev) * 60;
      prev = m;
      const fixed = { iteration, pos: job.pos, schedule: job.schedule };
      // The check's debugging branch runs once (07:30); every other run of it prints its one OK line.
      const planted = PLANTED[job.pos] && (job.pos !== 6 || m === 450) ? PLANTED[job.pos]() : null;
      if (planted) {
        const make = planted.make;
        planted.make = (ctx) => {
          const made = make(ctx);
          return { ...made, event: { cmd: job.cmd, ...fixed, ...made.event } };
        };
        planted.after = after;
        steps.push(planted);
      } else steps.push({ raw: { cmd: job.cmd, ...fixed, output: job.output ? job.output(rng) : [] }, after });
    }
  }
  return buildLog(rng, { start: START, site: { host: 'cron' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// flutter-logs-brazda-android.txt: `flutter logs` of the members' Android app (Flutter 3.32) on a test phone: `Showing
// <device> logs:`, then each `print` the app makes as `I/flutter (<pid>): <line>`; the app logs through the logger
// package's PrettyPrinter (colours off, the default 120 columns, two stack frames): a box of `┌───…`, `│ #0   <frame>`,
// `├┄┄┄…`, `│ <emoji> <message line>` (a Map printed as indented JSON, the emoji on every line), `└───…`; no time on any
// line. lib/src/printers/pretty_printer.dart and lib/src/outputs/console_output.dart of SourceHorizon/logger (read);
// `flutter logs`' Android line prefix from memory.

function flutterLog(rng) {
  const PID = 21873;
  const L = 120;
  const EMOJI = { d: '🐛', i: '💡', w: '⚠️', e: '⛔' };
  const pre = (s) => `I/flutter (${PID}): ${s}`;
  const box = (level, frames, message) => {
    const msg = typeof message === 'string' ? message.split('\n') : JSON.stringify(message, null, 2).split('\n');
    return [`┌${'─'.repeat(L - 1)}`, ...frames.map((f, i) => `│ #${i}   ${f}`), `├${'┄'.repeat(L - 1)}`, ...msg.map((m) => `│ ${EMOJI[level]} ${m}`), `└${'─'.repeat(L - 1)}`].map(pre);
  };
  const render = (e) => (e.plain ? e.plain : box(e.level, e.frames, e.message));
  const filler = (rng) =>
    rng.pick([
      () => ({ level: 'i', frames: ['CeneEkran._ucitaj (package:brazda/ekrani/cene_ekran.dart:54:13)', '<asynchronous suspension>'], message: `Учитане цене: ${rng.int(4, 9)} култура` }),
      () => ({ level: 'd', frames: ['NarudzbineRepo.lista (package:brazda/repo/narudzbine_repo.dart:31:7)', '<asynchronous suspension>'], message: { broj: rng.int(0, 12), strana: 1, filter: 'aktivne' } }),
      () => ({ level: 'd', frames: ['MerenjaRepo.poslednja (package:brazda/repo/merenja_repo.dart:22:7)', '<asynchronous suspension>'], message: { merenja: rng.int(1, 6), kultura: rng.pick(['kukuruz', 'psenica', 'suncokret']), neto_kg: rng.int(6000, 21000) } }),
    ])();
  const steps = [
    { raw: { plain: ['Showing SM A556B logs:'] }, after: 0 },
    plant('negative', 'flutter-prettyprinter-firebase-installation-id', 'none', "The app's Firebase installation id (`fid`, 22 characters) in its start-up map: an identifier of the installation, no credential.", ({ rng }) => {
      const fid = `${rng.pick(['c', 'd', 'e', 'f'])}${rng.b64url(21)}`;
      return { value: fid, event: { level: 'i', frames: ['main (package:brazda/main.dart:41:10)', '<asynchronous suspension>'], message: { aplikacija: 'Brazda', verzija: '3.8.1+412', fid, jezik: 'sr_Cyrl_RS' } } };
    }, { after: 2 }),
    2,
    plant('oauth-code', 'flutter-prettyprinter-deep-link-query-map-code-state', 'warning', `${WHY.code} The app logs the query parameters of the sign-in deep link it received (\`brazda://prijava/povratak?code=…&state=…\`) as a Map; PrettyPrinter writes it as indented JSON, the Keycloak code on its own line with \`state\` on the next.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { level: 'd', frames: ['PrijavaServis._naDubokiLink (package:brazda/servisi/prijava_servis.dart:88:13)', 'StreamSubscription._runGuarded (dart:async/stream_impl.dart:434:13)'], message: { code, state: rng.b64url(22), session_state: rng.uuid(), iss: `https://id.${BZ}/realms/brazda` } } };
    }),
    2,
    plant('refresh-token', 'flutter-prettyprinter-saved-refresh-token-message', 'error', `${WHY.refresh} The token store logs the refresh token it saved ("Сачуван токен за освежавање", "refresh token saved") in its message line; the cooperative's API issues opaque ones.`, ({ rng }) => {
      const rt = `brt_${rng.b64url(48)}`;
      return { value: rt, event: { level: 'i', frames: ['TokenSkladiste.sacuvaj (package:brazda/servisi/token_skladiste.dart:27:12)', '<asynchronous suspension>'], message: `Сачуван токен за освежавање: ${rt}` } };
    }),
    2,
    plant('header-dump', 'flutter-prettyprinter-request-headers-map-bearer', 'error', "An interceptor logs the headers of a failed request as a Map; PrettyPrinter writes `\"Authorization\": \"Bearer …\"` on a line of its own.", ({ rng }) => {
      const tok = `bat_${rng.b64url(40)}`;
      return { value: tok, event: { level: 'w', frames: ['ApiKlijent._naGresku (package:brazda/api/api_klijent.dart:63:15)', 'InterceptorsWrapper.onError (package:dio/src/interceptor.dart:279:23)'], message: { 'Accept': 'application/json', 'Accept-Language': 'sr-Cyrl-RS', 'Authorization': `Bearer ${tok}`, 'X-Aplikacija': 'brazda-android/3.8.1' } } };
    }),
    2,
    plant('session-id', 'flutter-prettyprinter-response-headers-set-cookie', 'error', WHY.session("The same interceptor logs the response headers of the member portal's web view sign-in, Dio's map of lists: the `set-cookie` list holds `brazda_sesija=…` on a line of its own"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { level: 'w', frames: ['ApiKlijent._naOdgovor (package:brazda/api/api_klijent.dart:51:15)', 'InterceptorsWrapper.onResponse (package:dio/src/interceptor.dart:262:23)'], message: { 'content-type': ['text/html; charset=UTF-8'], 'set-cookie': [`brazda_sesija=${sid}; path=/; secure; httponly; samesite=lax`], 'x-request-id': [rng.hex(16)] } } };
    }),
    2,
    plant('implicit-fragment', 'flutter-prettyprinter-webview-navigation-fragment', 'error', "The app's web view for the partner bank's account linking logs each navigation; the last one lands on the cooperative's page with `#access_token=…` (an implicit grant) and the whole URL is the message.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { level: 'd', frames: ['PovezivanjeEkran._naNavigaciju (package:brazda/ekrani/povezivanje_ekran.dart:72:9)', 'NavigationDelegate.onNavigationRequest (package:webview_flutter/src/navigation_delegate.dart:118:24)'], message: `Веб-приказ: навигација на https://clanovi.${BZ}/povezi/banka#access_token=${tok}&token_type=bearer&expires_in=1800&state=${rng.hex(12)}` } };
    }),
    2,
    plant('negative', 'flutter-prettyprinter-crash-report-event-id', 'none', "The crash reporter's event id (32 hex) the app logs after sending a report: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { level: 'e', frames: ['IzvestajGresaka.posalji (package:brazda/servisi/izvestaj_gresaka.dart:19:5)', '<asynchronous suspension>'], message: `Извештај о грешци послат, eventId=${id}` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'app' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vaga-kiosk.log: stdout and stderr of the weighbridge kiosk (a GTK 3 program in Vala on Ubuntu 22.04, libsoup 2.4) started
// with `VAGA_HTTP_DEBUG=1`, which adds a SoupLogger at BODY level to its session: `> <METHOD> <path> HTTP/1.1`, `>
// Soup-Debug-Timestamp: <epoch>`, `> Soup-Debug: SoupSession 1 (0x…), SoupMessage n (0x…), SoupSocket n (0x…)`, the
// headers (`Authorization: Basic` shown as `[user:****]`), the body after an empty `> ` line, a line of two spaces after
// each request and each response, and `< HTTP/1.1 <status> <reason>` with the same two debug lines; GLib's default handler
// writes the program's own messages (`(vaga-kiosk:<pid>): Vaga-DEBUG: <HH:MM:SS.mmm>: <message>`, G_MESSAGES_DEBUG=Vaga).
// libsoup/soup-logger.c of libsoup 2.4 (print_request, print_response, soup_logger_print, soup_logger_print_basic_auth;
// read); GLib's handler format from memory.

function vagaLog(rng) {
  const PID = 1412;
  const SESSION = ptr(rng);
  let msgNo = 0;
  const sockets = new Map();
  const glog = (ms, m) => `(vaga-kiosk:${PID}): Vaga-DEBUG: ${hmsMsAt(ms, CEST)}: ${m}`;
  const render = (e) => {
    if (e.msg) return [glog(e.t, e.msg)];
    msgNo += 1;
    if (!sockets.has(e.host)) sockets.set(e.host, [sockets.size + 1, ptr(rng)]);
    const [sockNo, s] = sockets.get(e.host);
    const m = ptr(rng);
    const out = [];
    if (e.before) out.push(glog(e.t, e.before));
    out.push(`> ${e.method} ${e.path} HTTP/1.1`, `> Soup-Debug-Timestamp: ${sec(e.t)}`, `> Soup-Debug: SoupSession 1 (${SESSION}), SoupMessage ${msgNo} (${m}), SoupSocket ${sockNo} (${s})`, `> Host: ${e.host}`);
    for (const [k, v] of e.headers ?? []) out.push(`> ${k}: ${v}`);
    if (e.body) out.push(`> Content-Length: ${Buffer.byteLength(e.body)}`);
    out.push('> Accept-Encoding: gzip, deflate', '> Connection: Keep-Alive');
    if (e.body) out.push('> ', `> ${e.body}`);
    out.push('  ');
    const status = { 200: 'OK', 201: 'Created', 302: 'Found', 304: 'Not Modified', 401: 'Unauthorized' }[e.status];
    out.push(`< HTTP/1.1 ${e.status} ${status}`, `< Soup-Debug-Timestamp: ${sec(e.t + e.ms)}`, `< Soup-Debug: SoupMessage ${msgNo} (${m})`, `< Date: ${httpDate(e.t + e.ms)}`, '< Server: nginx');
    for (const [k, v] of e.resp ?? [['Content-Type', 'application/json']]) out.push(`< ${k}: ${v}`);
    if (e.respBody) out.push('< ', `< ${e.respBody}`);
    out.push('  ');
    if (e.after) out.push(glog(e.t + e.ms + 5, e.after));
    return out;
  };
  const scaleRead = (rng) => {
    const body = `{"vaga":2,"kg":${rng.int(9000, 32000)},"stabilno":${rng.pick(['true', 'false'])}}`;
    return { method: 'GET', path: '/api/tezina', host: '10.20.1.5', status: 200, ms: rng.int(20, 90), resp: [['Content-Type', 'application/json'], ['Content-Length', String(body.length)]], respBody: body };
  };
  const filler = (rng) => rng.pick([() => scaleRead(rng), () => scaleRead(rng), () => ({ msg: `Вага 2: ${rng.pick(['стабилно', 'нестабилно'])} ${rng.int(9000, 32000)} kg` })])();
  const API = `otkup.${BZ}`;
  const steps = [
    { raw: { msg: 'Вага киоск 2.6.0, вага 2 (Румента), HTTP дневник укључен' }, after: 0 },
    plant('path-secret', 'souplogger-request-line-device-activation-token', 'error', WHY.pathSecret("A kiosk's one-time activation link after a reinstall (`/api/v1/uredjaji/aktivacija/<token>`, \"devices/activation\"), on SoupLogger's request line"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'GET', path: `/api/v1/uredjaji/aktivacija/${tok}`, host: API, headers: [['Accept', 'application/json']], status: 200, ms: rng.int(60, 300), respBody: '{"uredjaj":"vaga2-rumenka","aktiviran":true}', after: 'уређај активиран' } };
    }, { after: 3 }),
    2,
    plant('framework-dump', 'souplogger-request-body-login-sifra', 'error', "The operator's login posts JSON; at BODY level SoupLogger writes the request body after an empty `> ` line, the password (`\"sifra\"`) in it.", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 2)}`;
      const sid = rng.b64url(43);
      return {
        marks: [
          { value: pw },
          { value: sid, category: 'session-id', kind: 'souplogger-response-set-cookie-session', expect: 'error', why: WHY.session("The login response's `Set-Cookie: vaga_sesija=…` (the operator's portal session), on a `< ` header line; the kiosk's session has no cookie jar, so the cookie is not sent back on later requests") },
        ],
        event: { method: 'POST', path: '/api/v1/prijava', host: API, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ korisnik: 'vaga2.rumenka', sifra: pw }), status: 200, ms: rng.int(80, 400), resp: [['Content-Type', 'application/json'], ['Set-Cookie', `vaga_sesija=${sid}; Path=/; Secure; HttpOnly; SameSite=Strict`]], respBody: '{"operater":"Вага 2 Руменка","uloga":"merac"}', after: 'оператер пријављен' },
      };
    }),
    3,
    plant('negative', 'souplogger-basic-auth-masked', 'none', "The label printer's status page is read with Basic authentication; SoupLogger decodes the header and writes `Authorization: Basic [user:****]`, the password replaced by `*`: no value.", ({ rng }) => ({ value: 'Basic [vaga2-stampac:**********]', event: { method: 'GET', path: '/status.xml', host: '10.20.1.6', headers: [['Authorization', 'Basic [vaga2-stampac:**********]']], status: 200, ms: rng.int(20, 80), resp: [['Content-Type', 'text/xml']], after: 'штампач: спреман' } })),
    3,
    plant('implicit-fragment', 'souplogger-response-location-fragment-access-token', 'error', "The scale vendor's cloud portal still signs kiosks in with an implicit grant: its 302 comes back with `Location: …#access_token=…`, which SoupLogger writes among the response headers (libsoup follows the redirect without the fragment).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { method: 'GET', path: `/oauth/authorize?response_type=token&client_id=vaga2-rumenka&redirect_uri=https%3A%2F%2Fvaga.${BZ}%2Fkiosk&state=${rng.hex(16)}`, host: 'cloud.vagatech-partner.example', status: 302, ms: rng.int(80, 300), resp: [['Location', `https://vaga.${BZ}/kiosk#access_token=${tok}&token_type=bearer&expires_in=28800`], ['Content-Length', '0']], after: 'облак произвођача ваге: пријава обновљена' } };
    }),
    3,
    plant('header-dump', 'souplogger-request-header-authorization-bearer', 'error', "The weighing upload authenticates with the kiosk's device token: SoupLogger writes `Authorization: Bearer …` as it is (it masks Basic credentials only).", ({ rng }) => {
      const tok = `vgt_${rng.b64url(44)}`;
      return { value: tok, event: { method: 'POST', path: '/api/v1/merenja', host: API, headers: [['Authorization', `Bearer ${tok}`], ['Content-Type', 'application/json']], body: JSON.stringify({ vaga: 2, kooperant: rng.int(1000, 4800), kultura: 'kukuruz', bruto: rng.int(20000, 32000), tara: rng.int(8000, 12000), vlaga: 14.2 }), status: 201, ms: rng.int(100, 500), respBody: `{"merenje":${rng.int(200000, 260000)}}`, after: 'мерење послато' } };
    }),
    3,
    plant('negative', 'souplogger-response-etag', 'none', "An `ETag` of the buy-back price list (a hash of the response): a cache validator, no credential.", ({ rng }) => {
      const tag = `"${rng.hex(32)}"`;
      return { value: tag, event: { method: 'GET', path: '/api/v1/cene/otkup', host: API, headers: [['If-None-Match', '"0000"']], status: 200, ms: rng.int(40, 200), resp: [['Content-Type', 'application/json'], ['ETag', tag]], respBody: '{"kukuruz":24.10,"psenica":22.70,"suncokret":56.30,"soja":58.90}' } };
    }),
    3,
    plant('replay', 'souplogger-request-line-receipt-one-time-key', 'note', WHY.ticketFirst("The buy-back receipt's PDF is fetched for printing with a one-time key (`jednokratni_kljuc`, \"one-time key\") in the query, on SoupLogger's request line. The key is"), ({ rng }) => {
      const k = rng.b64url(24);
      return { value: k, event: { method: 'GET', path: `/api/v1/otkup/priznanica/${rng.int(200000, 260000)}.pdf?jednokratni_kljuc=${k}`, host: API, headers: [['Accept', 'application/pdf']], status: 200, ms: rng.int(100, 600), resp: [['Content-Type', 'application/pdf'], ['Content-Length', String(rng.int(40000, 90000))]], after: 'признаница одштампана' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 12 * MIN, site: { host: 'kiosk' }, filler, render, steps });
}

// =====================================================================================================================
// Ksefet (Hebrew; Tel Aviv and Haifa: IDT, UTC+3)
// =====================================================================================================================

const KS = 'ksefet.example';
const UNITS = ['TLV-14B', 'TLV-22A', 'TLV-07C', 'HFA-03A', 'HFA-11D', 'HFA-19B', 'TLV-31E'];

// ---------------------------------------------------------------------------------------------------------------------
// auditLog.json: the MongoDB Enterprise 7.0 audit log of the storage app's replica set (`auditLog: { destination: file,
// format: JSON, path: /var/log/mongodb/auditLog.json, filter: { atype: "authCheck", "param.command": { $in: [insert,
// update, findAndModify, delete] } } }`, `auditAuthorizationSuccess: true`): one event a line, `atype`, `ts` (`$date`,
// UTC), `uuid`, `local`, `remote`, `users`, `roles`, `param` (`command`, `ns`, `args`: the command as received, its
// documents and filters included) and `result`. https://www.mongodb.com/docs/manual/reference/audit-message/ (the
// message fields, read through search); the layout of `args` in relaxed Extended JSON and the filter from memory.

function mongoAuditLog(rng) {
  const app = { ip: '10.8.0.31', user: 'ksefet-app', role: 'readWrite' };
  const idp = { ip: '10.8.0.35', user: 'ksefet-idp', role: 'readWrite' };
  const oid = () => ({ $oid: rng.hex(24) });
  const dateAt = (ms) => ({ $date: `${iso(ms).slice(0, 23)}+00:00` });
  const render = (e) => {
    const who = e.who ?? app;
    const args = { [e.command]: e.coll, ...e.args, lsid: { id: { $uuid: rng.uuid() } }, $clusterTime: { clusterTime: { $timestamp: { t: sec(e.t), i: rng.int(1, 40) } }, signature: { hash: { $binary: { base64: rng.bytes(20).toString('base64'), subType: '0' } }, keyId: { $numberLong: `7${digits(rng, 18)}` } } }, $db: 'ksefet' };
    const ev = { atype: 'authCheck', ts: dateAt(e.t), uuid: { $binary: e.uuid ?? rng.bytes(16).toString('base64'), $type: '04' }, local: { ip: '10.8.0.20', port: 27017 }, remote: { ip: who.ip, port: rng.int(40000, 60000) }, users: [{ user: who.user, db: 'admin' }], roles: [{ role: who.role, db: 'ksefet' }], param: { command: e.command, ns: `ksefet.${e.coll}`, args }, result: 0 };
    return [JSON.stringify(ev)];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ command: 'update', coll: 'yechidot', args: { ordered: true, updates: [{ q: { _id: rng.pick(UNITS) }, u: { $set: { 'chaishanim.lastSeen': dateAt(t), 'chaishanim.tempC': 24 + rng.int(0, 60) / 10 } } }] } }),
      () => {
        const y = rng.pick(UNITS);
        return { command: 'insert', coll: 'knisot_shaar', args: { ordered: true, documents: [{ _id: oid(), yechida: y, shaar: `${y.slice(0, 3)}-${rng.pick(['A', 'B'])}`, zman: dateAt(t), shita: rng.pick(['qr', 'kod', 'app']) }] } };
      },
      () => ({ command: 'update', coll: 'lakochot', args: { ordered: true, updates: [{ q: { _id: oid() }, u: { $set: { nikudot: rng.int(0, 400), 'haadafot.safa': 'he' } } }] } }),
      () => ({ command: 'delete', coll: 'sal_zmani', args: { ordered: true, deletes: [{ q: { nutzar: { $lt: dateAt(t - 86400000) } }, limit: 0 }] } }),
    ])();
  const steps = [
    2,
    plant('negative', 'mongo-audit-event-uuid', 'none', "The audit event's own `uuid` (a `$binary` of type 04, base64 of sixteen random bytes): an identifier of the record, no credential.", ({ rng }) => {
      const u = rng.bytes(16).toString('base64');
      return { value: u, event: { uuid: u, command: 'update', coll: 'yechidot', args: { ordered: true, updates: [{ q: { _id: 'TLV-22A' }, u: { $set: { matzav: 'panui' } } }] } } };
    }),
    3,
    plant('id-token', 'mongo-audit-insert-sign-in-record-google-id-token', 'error', "The app keeps a record of each sign-in, the Google ID token it verified included; the audit event of the insert carries the document, its `ts` in UTC: an RS256 token from `accounts.google.com` valid 1 h, live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'noa.levi@example-mail.example', email_verified: true, name: 'נועה לוי', locale: 'he' } });
      return { value: token, jwt: facts, event: { command: 'insert', coll: 'knisot', args: { ordered: true, documents: [{ _id: oid(), lakoach: oid(), sapak: 'google', id_token: token, ip: '198.51.100.23', zman: dateAt(t) }] } } };
    }),
    3,
    plant('oauth-code', 'mongo-audit-oidc-provider-authorization-code-upsert', 'warning', `${WHY.code} The company's own OpenID provider stores its authorization codes in MongoDB (node-oidc-provider's adapter: the code is the document's \`_id\` and its payload's \`jti\`); the audit event of the upsert writes it before the portal redeems it.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { who: idp, command: 'update', coll: 'authorization_code', args: { ordered: true, updates: [{ q: { _id: code }, u: { $set: { payload: { accountId: rng.hex(24), clientId: 'ksefet-portal', redirectUri: `https://portal.${KS}/knisa/chazara`, scope: 'openid profile email', nonce: rng.b64url(22), codeChallenge: rng.b64url(43), codeChallengeMethod: 'S256', kind: 'AuthorizationCode', jti: code, iat: sec(t), exp: sec(t) + 60 }, expiresAt: dateAt(t + 60000) } }, upsert: true }] } } };
    }),
    3,
    plant('path-secret', 'mongo-audit-insert-invitation-link', 'error', WHY.pathSecret("A family member's invitation to share a unit (`/hazmana/<token>`, \"invitation\"), stored with its link in the `hazmanot` collection; the audit event of the insert carries the document"), ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { command: 'insert', coll: 'hazmanot', args: { ordered: true, documents: [{ _id: oid(), yechida: 'TLV-14B', email: 'yossi.cohen@example-mail.example', token: tok, kishur: `https://app.${KS}/hazmana/${tok}`, tokef: dateAt(t + 7 * 86400000) }] } } };
    }),
    3,
    plant('replay', 'mongo-audit-find-and-modify-one-time-pass', 'note', WHY.ticketFirst("A one-time gate pass (`kartis_chad_paami`, \"one-time ticket\", a QR code a customer sends to a mover) consumed by the entrance gate's controller (10.8.1.41) with a findAndModify that sets `nutzal` (\"used\"). The pass is"), ({ rng, t }) => {
      const k = rng.b64url(24);
      firstUse.pass = t;
      return { value: k, event: { who: { ip: '10.8.1.41', user: 'shaar-tlv-a', role: 'shaarim' }, command: 'findAndModify', coll: 'kartisim', args: { query: { kartis_chad_paami: k }, update: { $set: { nutzal: true, nutzal_b: dateAt(t), shaar: 'TLV-A' } }, new: true } } };
    }, { ref: 'pass' }),
    2,
    plant('replay', 'mongo-audit-find-and-modify-one-time-pass', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pass').value, why: `${WHY.replay('kartis_chad_paami', gap('pass', t))} The lift gate's controller (10.8.1.57, its own user) sent the same findAndModify, and its query does not require \`nutzal: false\`: the pass opened a second gate.` }], event: { who: { ip: '10.8.1.57', user: 'shaar-tlv-maalit', role: 'shaarim' }, command: 'findAndModify', coll: 'kartisim', args: { query: { kartis_chad_paami: refs.get('pass').value }, update: { $set: { nutzal: true, nutzal_b: dateAt(t), shaar: 'TLV-MAALIT' } }, new: true } } }), { replayOf: 'pass', after: 84 }),
    3,
    plant('embed-jwt', 'mongo-audit-insert-share-embed-link-7d-jti', 'error', "A customer shares a live view of their unit's sensors with a link (`/embed/yechida/<JWT>`, \"unit\"), stored in `shitufim` (\"shares\"); the audit event's `ts` is in UTC: the JWT is valid 7 days with a jti (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 7 * 86400, age: rng.int(1, 5), jti: true, claims: { iss: `https://portal.${KS}`, yechida: 'HFA-11D', scope: 'chaishanim:read' } });
      return { value: token, jwt: facts, event: { command: 'insert', coll: 'shitufim', args: { ordered: true, documents: [{ _id: oid(), yechida: 'HFA-11D', kishur: `https://portal.${KS}/embed/yechida/${token}`, notzar: dateAt(t) }] } } };
    }),
    3,
    plant('id-token', 'mongo-audit-insert-sign-out-id-token-hint-expired', 'note', "The app logs each sign-out with the `id_token_hint` it sent to Google; this session had been idle, so the ID token had expired three hours before the audit event's `ts`: note.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'dana.mizrahi@example-mail.example' } });
      return { value: token, jwt: facts, event: { command: 'insert', coll: 'yetziot', args: { ordered: true, documents: [{ _id: oid(), lakoach: oid(), id_token_hint: token, post_logout_redirect_uri: `https://app.${KS}/`, zman: dateAt(t) }] } } };
    }),
    3,
    plant('negative', 'mongo-audit-update-argon2id-hash', 'none', "A password change stores an Argon2id hash (`$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>`) in `hash_sisma` (\"password hash\"): a one-way hash, no credential.", ({ rng }) => {
      const h = `$argon2id$v=19$m=65536,t=3,p=4$${rng.b64url(22).replace(/[-_]/g, 'A')}$${rng.b64url(43).replace(/[-_]/g, 'B')}`;
      return { value: h, event: { command: 'update', coll: 'mishtamshim', args: { ordered: true, updates: [{ q: { _id: { $oid: rng.hex(24) } }, u: { $set: { hash_sisma: h, shuna: { $date: `${iso(DAY0 + 9 * HOUR).slice(0, 23)}+00:00` } } } }] } } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 5 * MIN, site: { host: 'mongo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fdr-part-00017: one gunzipped file of CrowdStrike Falcon Data Replicator data (`data/<uuid>/part-00017.gz`) from the
// company's S3 bucket: one event a line, every value a string, `timestamp` in epoch milliseconds (UTC) and
// `ContextTimeStamp` in epoch seconds; ProcessRollup2 events (`CommandLine`, `ImageFileName`, parent, hashes, `aid`,
// `cid`, …) from office laptops, a Windows build agent and Linux servers, DnsRequest and NetworkConnectIP4 events
// between them. The events of elastic/integrations' crowdstrike fdr test data (read); the ProcessRollup2 field set from
// memory of public parsers.

function fdrLog(rng) {
  const CID = rng.hex(32);
  const hosts = {
    noa: { aid: rng.hex(32), aip: '198.51.100.23', platform: 'Win', user: 'S-1-5-21-3344122101-2288119031-1021450178-1107' },
    ops: { aid: rng.hex(32), aip: '198.51.100.23', platform: 'Win', user: 'S-1-5-21-3344122101-2288119031-1021450178-1133' },
    build: { aid: rng.hex(32), aip: '203.0.113.70', platform: 'Win', user: 'S-1-5-21-3344122101-2288119031-1021450178-1201' },
    deploy: { aid: rng.hex(32), aip: '203.0.113.71', platform: 'Lin' },
    backup: { aid: rng.hex(32), aip: '203.0.113.72', platform: 'Lin' },
  };
  const pid = () => digits(rng, 12);
  const render = (e) => {
    const h = hosts[e.host];
    const ts = e.t;
    if (e.dns) return [JSON.stringify({ ContextTimeStamp: (ts / 1000).toFixed(3), DomainName: e.dns, ConfigStateHash: String(rng.int(100000000, 4000000000)), ContextProcessId: pid(), RequestType: '1', aip: h.aip, event_platform: h.platform, event_simpleName: 'DnsRequest', name: 'DnsRequestV4', id: rng.uuid(), aid: h.aid, timestamp: String(ts), cid: CID })];
    const sha = e.sha ?? rng.hex(64);
    const ev = {
      CommandLine: e.cmd,
      ImageFileName: e.image,
      ParentBaseFileName: e.parent,
      ParentProcessId: pid(),
      RawProcessId: String(rng.int(1000, 60000)),
      SHA256HashData: sha,
      MD5HashData: rng.hex(32),
      TargetProcessId: pid(),
      ...(h.platform === 'Win' ? { UserSid: h.user, SessionId: '1', IntegrityLevel: '8192', TokenType: '1' } : { UID: e.uid ?? '1001', GID: e.uid ?? '1001', TargetProcessId: pid() }),
      ProcessStartTime: (ts / 1000 - 0.004).toFixed(3),
      ContextTimeStamp: (ts / 1000).toFixed(3),
      ConfigBuild: h.platform === 'Win' ? '1007.3.0019206.1' : '1007.8.0019206.1',
      ConfigStateHash: String(rng.int(100000000, 4000000000)),
      Entitlements: '15',
      EffectiveTransmissionClass: '2',
      aip: h.aip,
      event_platform: h.platform,
      event_simpleName: 'ProcessRollup2',
      name: h.platform === 'Win' ? 'ProcessRollup2V19' : 'ProcessRollup2LinV5',
      id: rng.uuid(),
      aid: h.aid,
      timestamp: String(ts),
      cid: CID,
    };
    return [JSON.stringify(ev)];
  };
  const W = '\\Device\\HarddiskVolume3';
  const filler = (rng) =>
    rng.pick([
      () => ({ host: rng.pick(['noa', 'ops']), dns: rng.pick([`app.${KS}`, 'outlook.office365.com', 'teams.microsoft.com', `portal.${KS}`, 'login.microsoftonline.com']) }),
      () => ({ host: rng.pick(['noa', 'ops']), cmd: '"C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE" /dde', image: `${W}\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE`, parent: 'explorer.exe' }),
      () => ({ host: 'build', cmd: `"C:\\Program Files\\Git\\cmd\\git.exe" -c core.quotepath=false fetch --prune origin +refs/heads/main:refs/remotes/origin/main`, image: `${W}\\Program Files\\Git\\cmd\\git.exe`, parent: 'Agent.Worker.exe' }),
      () => ({ host: 'build', cmd: `dotnet publish src\\Ksefet.Gate\\Ksefet.Gate.csproj -c Release -o out\\gate /p:Version=4.12.${rng.int(0, 3)}`, image: `${W}\\Program Files\\dotnet\\dotnet.exe`, parent: 'cmd.exe' }),
      () => ({ host: 'backup', cmd: `/usr/bin/rclone sync /srv/backup/mongo gdrive-archive:ksefet/mongo --max-age 26h --log-level INFO`, image: '/usr/bin/rclone', parent: 'bash', uid: '0' }),
    ])();
  const steps = [
    3,
    plant('negative', 'fdr-sha256-hash-data', 'none', "`SHA256HashData` of the storage manager desktop app's binary on an update check: a file hash, no credential.", ({ rng }) => {
      const sha = rng.hex(64);
      return { value: sha, event: { host: 'ops', sha, cmd: '"C:\\Program Files\\Ksefet\\Ksefet Manager\\KsefetManager.exe" --check-update --channel=stable', image: `${W}\\Program Files\\Ksefet\\Ksefet Manager\\KsefetManager.exe`, parent: 'svchost.exe' } };
    }),
    2,
    plant('oauth-code', 'fdr-command-line-private-use-scheme-redirect-code', 'warning', `${WHY.code} The desktop manager signs in through the system browser with a private-use URI scheme redirect (RFC 8252, \`il.ksefet.manager:/oauth2redirect?code=…&state=…\`); Windows starts the registered handler with the URL as its argument, so the EDR's process event has the code in \`CommandLine\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { host: 'ops', cmd: `"C:\\Program Files\\Ksefet\\Ksefet Manager\\KsefetManager.exe" "il.ksefet.manager:/oauth2redirect?code=${code}&state=${rng.b64url(22)}&iss=https%3A%2F%2Fid.${KS}"`, image: `${W}\\Program Files\\Ksefet\\Ksefet Manager\\KsefetManager.exe`, parent: 'msedge.exe' } };
    }),
    3,
    plant('path-secret', 'fdr-command-line-firefox-osint-url-reset-link', 'error', WHY.pathSecret("A password reset link (`/sisma/ipus/<token>`, \"password reset\") clicked in Outlook: Windows starts Firefox with `-osint -url \"<link>\"`, and the process event keeps the command line"), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { host: 'noa', cmd: `"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -osint -url "https://app.${KS}/sisma/ipus/${tok}"`, image: `${W}\\Program Files\\Mozilla Firefox\\firefox.exe`, parent: 'OUTLOOK.EXE' } };
    }),
    3,
    plant('api-key-name', 'fdr-command-line-octo-push-apikey', 'error', `${WHY.apiKey('--apiKey')} The build agent pushes the package to Octopus Deploy with the Octopus CLI, the key (\`API-…\`) passed as an argument, and the EDR records the argv.`, ({ rng }) => {
      const key = `API-${upperNum(rng, 26)}`;
      return { value: key, event: { host: 'build', cmd: `octo push --package=out\\Ksefet.Gate.4.12.0.nupkg --server=https://octopus.${KS} --apiKey=${key} --space=Default --overwrite-mode=IgnoreIfExists`, image: `${W}\\Tools\\Octo\\octo.exe`, parent: 'cmd.exe' } };
    }),
    3,
    plant('embed-jwt', 'fdr-command-line-headless-chrome-print-to-pdf-embed', 'error', "A scheduled task renders the occupancy dashboard's embed page (`/embed/tfusa/<JWT>`, \"occupancy\") to PDF with headless Chrome, the URL as an argument; the event's `timestamp` is epoch milliseconds: the JWT is valid 1 h with a jti (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 20), jti: true, claims: { iss: `https://dash.${KS}`, sub: 'report-runner', dashboard: 'tfusa', atarim: ['TLV', 'HFA'] } });
      return { value: token, jwt: facts, event: { host: 'ops', cmd: `"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --headless=new --disable-gpu --print-to-pdf=C:\\Reports\\tfusa-2027-07-21.pdf "https://dash.${KS}/embed/tfusa/${token}"`, image: `${W}\\Program Files\\Google\\Chrome\\Application\\chrome.exe`, parent: 'powershell.exe' } };
    }),
    3,
    plant('negative', 'fdr-command-line-keyvault-secret-name-only', 'none', "`az keyvault secret show … --name gate-jwt-signing-key --query id` prints the secret's identifier: the command names a secret, it holds no value.", () => ({ value: '--name gate-jwt-signing-key --query id', event: { host: 'deploy', cmd: '/usr/bin/python3 -Im azure.cli keyvault secret show --vault-name kv-ksefet-prod --name gate-jwt-signing-key --query id -o tsv', image: '/usr/bin/python3.12', parent: 'az', uid: '1002' } })),
    3,
    plant('id-token', 'fdr-command-line-vault-jwt-login-gitlab-id-token', 'error', "A deploy job logs in to Vault with the GitLab CI ID token (`vault write auth/jwt/login role=… jwt=<JWT>`); the Linux sensor keeps the argv, and the event's `timestamp` is epoch milliseconds: valid 1 h with a jti, live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 200), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://gitlab.${KS}`, aud: `https://vault.${KS}`, sub: 'project_path:ksefet/gate:ref_type:branch:ref:main', namespace_path: 'ksefet', project_path: 'ksefet/gate', pipeline_id: String(rng.int(40000, 90000)), job_id: String(rng.int(400000, 900000)), ref: 'main', ref_protected: 'true' } });
      return { value: token, jwt: facts, event: { host: 'deploy', cmd: `vault write -field=token auth/jwt/login role=gate-deploy jwt=${token}`, image: '/usr/bin/vault', parent: 'bash', uid: '999' } };
    }),
    3,
    plant('refresh-token', 'fdr-command-line-rclone-config-token-json', 'error', `${WHY.refresh} The backup server's Google Drive remote was (re)created with \`rclone config create … token '{…}'\`, the token JSON pasted from \`rclone authorize\`; the argv holds Google's \`1//0…\` refresh token (the access token beside it is short-lived; one label per line).`, ({ rng }) => {
      const rt = `1//0${rng.b64url(96)}`;
      return { value: rt, event: { host: 'backup', cmd: `/usr/bin/rclone config create gdrive-archive drive scope drive token {"access_token":"ya29.${rng.b64url(150)}","token_type":"Bearer","refresh_token":"${rt}","expiry":"2027-07-21T12:48:11.218733+03:00"}`, image: '/usr/bin/rclone', parent: 'bash', uid: '0' } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 50 * MIN, site: { host: 'fdr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// frigate-docker.log: `docker logs frigate` of Frigate 0.18 watching the Tel Aviv site's gates and corridors: s6's
// timestamp (`<yyyy-mm-dd HH:MM:SS.nnnnnnnnn>` in UTC) and two spaces before every line; the start-up scripts'
// `[INFO] …`; Frigate's Python logging (`[<local time>] <logger, 30> <LEVEL, 8>: <message>`, TZ=Asia/Jerusalem); the
// config validator's `print()` block (`Key     :`, `Value   :`, `Message :`); ffmpeg's stderr relayed by a LogPipe,
// which replaces `://user:password@` (a user of `[a-zA-Z0-9_-]`) and `user=…&password=…` before writing; go2rtc's
// zerolog lines; nginx's `main` access log (`$remote_addr - $remote_user [$time_local] "$request" $status
// $body_bytes_sent "$http_referer" "$http_user_agent" "$http_x_forwarded_for"`). frigate/log.py, frigate/__main__.py,
// frigate/app.py, frigate/util/builtin.py (clean_camera_user_pass), frigate/const.py, the nginx.conf and the
// S6_LOGGING_SCRIPT of blakeblackshear/frigate (read); container log excerpts in Frigate issues #6393, #6679 and home-
// assistant/core#132775 (read through search).

function frigateLog(rng) {
  const s6 = (ms) => `${iso(ms).slice(0, 23).replace('T', ' ')}${digits(rng, 6)}  `;
  const py = (ms, logger, level, msg) => `[${ymdHmsAt(ms, IDT)}] ${logger.padEnd(30)} ${level.padEnd(8)}: ${msg}`;
  const render = (e) => {
    let ms = e.t;
    return (e.lines ?? []).map((l) => {
      ms += rng.int(1, 400);
      if (typeof l === 'string') return `${s6(ms)}${l}`;
      if (l.nginx) return `${s6(ms)}${l.ip} - - [${clf(ms, IDT)}] "${l.req}" ${l.status} ${l.size} "${l.referer ?? '-'}" "${l.ua}" "${l.xff ?? '-'}"`;
      if (l.go2rtc) return `${s6(ms)}${hmsMsAt(ms, IDT)} ${l.go2rtc}`;
      return `${s6(ms)}${py(ms, l.logger, l.level, l.msg)}`;
    });
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ lines: [{ nginx: true, ip: '10.8.0.15', req: `GET /api/${rng.pick(['shaar_tlv_a', 'prozdor_b', 'maalit_tlv'])}/latest.webp?h=360&cache=${t + rng.int(-900, 0)} HTTP/1.1`, status: 200, size: rng.int(14000, 48000), referer: `https://portal.${KS}/matzlemot`, ua: BROWSERS[0], xff: '198.51.100.88' }] }),
      () => ({ lines: [{ nginx: true, ip: '10.8.0.15', req: 'GET /api/stats/history?keys=cpu_usages,gpu_usages HTTP/1.1', status: 200, size: rng.int(2000, 9000), referer: `https://nvr-tlv.${KS}/system`, ua: BROWSERS[1], xff: '198.51.100.12' }] }),
      () => ({ lines: [{ logger: 'frigate.record.maintainer', level: 'WARNING', msg: `Unable to keep up with recording segments in cache for ${rng.pick(['prozdor_b', 'prozdor_c'])}. Keeping the 5 most recent segments out of 6 and discarding the rest...` }] }),
    ])();
  const steps = [
    { raw: { lines: ['[INFO] Preparing Frigate...', '[INFO] Starting NGINX...', '[INFO] Preparing new go2rtc config...', '[INFO] Starting Frigate...'] }, after: 0 },
    plant('framework-dump', 'frigate-config-validation-value-mqtt-password-typo', 'error', "A typo in the MQTT section (`pasword:`) makes Frigate's config validation fail; its error block prints each error's key and the value it was given (`Value   : <the value>`), here the broker password, on a line of its own.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { lines: ['*************************************************************', '*************************************************************', '***    Your config file is not valid!                     ***', '***    Please check the docs at                           ***', '***    https://docs.frigate.video/configuration/          ***', '*************************************************************', '*************************************************************', '***    Config Validation Errors                           ***', '*************************************************************', '', 'Line #  : 6', 'Key     : mqtt -> pasword', `Value   : ${pw}`, 'Message : Extra inputs are not permitted', '', '*************************************************************', '***    End Config Validation Errors                       ***', '*************************************************************', 'Starting Frigate in safe mode.'] } };
    }, { after: 3 }),
    { raw: { lines: ['[INFO] Preparing Frigate...', '[INFO] Starting NGINX...', '[INFO] Preparing new go2rtc config...', '[INFO] Starting Frigate...', '[INFO] Starting go2rtc...', { go2rtc: 'INF go2rtc platform=linux/amd64 revision=a4885c2 version=1.9.9' }, { go2rtc: 'INF config path=/dev/shm/go2rtc.yaml' }, { go2rtc: 'INF [rtsp] listen addr=:8554' }, { go2rtc: 'INF [api] listen addr=:1984' }, { go2rtc: 'INF [webrtc] listen addr=:8555/tcp' }, { logger: 'frigate.util.config', level: 'INFO', msg: 'Checking if frigate config needs migration...' }, { logger: 'frigate.util.config', level: 'INFO', msg: 'frigate config does not need migration...' }] }, after: 180 },
    plant('api-key-name', 'frigate-app-reset-admin-password-banner', 'error', "`auth: reset_admin_password: true` makes Frigate set a new admin password at start-up and print it in a banner of `frigate.app` INFO lines (`***    Password: <32 hex>   ***`): the admin login of the NVR until it is changed. A password is labeled like a key.", ({ rng }) => {
      const pw = rng.hex(32);
      const a = (msg) => ({ logger: 'frigate.app', level: 'INFO', msg });
      return { value: pw, event: { lines: [a('Starting Frigate (0.18.0-5f2d1c3)'), a('Creating directory: /tmp/cache'), { logger: 'peewee_migrate.logs', level: 'INFO', msg: 'Starting migrations' }, { logger: 'peewee_migrate.logs', level: 'INFO', msg: 'There is nothing to migrate' }, a('********************************************************'), a('********************************************************'), a('***    Reset admin password set in the config.       ***'), a(`***    Password: ${pw}   ***`), a('********************************************************'), a('********************************************************')] } };
    }, { after: 2 }),
    { raw: { lines: [{ logger: 'frigate.app', level: 'INFO', msg: 'Recording process started: 412' }, { logger: 'frigate.app', level: 'INFO', msg: 'Review process started: 418' }, { logger: 'detector.coral', level: 'INFO', msg: 'Starting detection process: 431' }, { logger: 'frigate.detectors.plugins.edgetpu_tfl', level: 'INFO', msg: 'Attempting to load TPU as usb' }, { logger: 'frigate.detectors.plugins.edgetpu_tfl', level: 'INFO', msg: 'TPU found' }, { logger: 'frigate.app', level: 'INFO', msg: 'Output process started: 440' }, { logger: 'frigate.app', level: 'INFO', msg: 'Camera processor started for shaar_tlv_a: 452' }, { logger: 'frigate.app', level: 'INFO', msg: 'Camera processor started for prozdor_b: 455' }, { logger: 'frigate.app', level: 'INFO', msg: 'Camera processor started for maalit_tlv: 458' }, { logger: 'frigate.app', level: 'INFO', msg: 'Capture process started for shaar_tlv_a: 461' }] }, after: 1 },
    2,
    plant('negative', 'frigate-ffmpeg-error-rtsp-userinfo-masked', 'none', "ffmpeg's error for a corridor camera relayed by Frigate's LogPipe, which writes the URL's userinfo as `://*:*@`: no value.", () => ({ value: 'rtsp://*:*@10.8.1.23:554/cam/realmonitor?channel=1&subtype=0', event: { lines: [{ logger: 'ffmpeg.prozdor_b.detect', level: 'ERROR', msg: 'rtsp://*:*@10.8.1.23:554/cam/realmonitor?channel=1&subtype=0: Connection timed out' }, { logger: 'frigate.video', level: 'ERROR', msg: 'prozdor_b: Unable to read frames from ffmpeg process.' }, { logger: 'frigate.video', level: 'ERROR', msg: 'prozdor_b: ffmpeg process is not running. exiting capture thread...' }] } })),
    2,
    plant('api-key-name', 'frigate-ffmpeg-error-rtsp-dotted-user-unmasked', 'error', "The lift camera's RTSP URL uses an account with a dot in its name (`frigate.view`); Frigate's mask only matches a user of `[a-zA-Z0-9_-]` before the colon, so ffmpeg's timeout is relayed with the password in the URL. A password in a URL's userinfo is labeled like a key.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { lines: [{ logger: 'ffmpeg.maalit_tlv.record', level: 'ERROR', msg: `rtsp://frigate.view:${pw}@10.8.1.22:554/Streaming/Channels/101: Connection timed out` }, { logger: 'frigate.video', level: 'ERROR', msg: 'maalit_tlv: Unable to read frames from ffmpeg process.' }] } };
    }),
    2,
    plant('encoded', 'frigate-ffmpeg-error-hikvision-auth-base64', 'error', "A Hikvision gate camera's HTTP preview is read with its `auth=` parameter (base64 of `user:password`, the camera's own scheme); Frigate's mask knows `user=…&password=…` only, so ffmpeg's 401 is relayed with the value one decoding away from the password.", ({ rng }) => {
      const auth = b64Of(`admin:${rng.alnum(12)}`);
      return { value: auth, event: { lines: [{ logger: 'ffmpeg.shaar_tlv_a.detect', level: 'ERROR', msg: `[http @ ${ptr(rng)}] HTTP error 401 Unauthorized` }, { logger: 'ffmpeg.shaar_tlv_a.detect', level: 'ERROR', msg: `http://10.8.1.21/ISAPI/Streaming/channels/102/httpPreview?auth=${auth}: Server returned 401 Unauthorized (authorization failed)` }, { logger: 'frigate.video', level: 'ERROR', msg: 'shaar_tlv_a: Unable to read frames from ffmpeg process.' }] } };
    }),
    3,
    plant('embed-jwt', 'frigate-nginx-referer-embed-camera-jwt-expired', 'note', "A lobby screen keeps the portal's camera embed (`/embed/matzlema/<JWT>`, \"camera\") open for days; the page still polls Frigate's snapshots, and nginx's access line writes it as the Referer with `$time_local` and its offset: the JWT expired two days before the line (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 86400 + 2 * 86400 + rng.int(600, 7200), claims: { iss: `https://portal.${KS}`, matzlema: 'shaar_tlv_a', atar: 'TLV' } });
      return { value: token, jwt: facts, event: { lines: [{ nginx: true, ip: '10.8.0.15', req: `GET /api/shaar_tlv_a/latest.webp?h=480&cache=${t - rng.int(5, 400)} HTTP/1.1`, status: 200, size: rng.int(20000, 50000), referer: `https://portal.${KS}/embed/matzlema/${token}`, ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36', xff: '10.8.3.40' }] } };
    }),
    3,
    plant('negative', 'frigate-nginx-event-id-snapshot', 'none', "A Frigate event id (`<epoch seconds>.<µs>-<six characters>`) in a snapshot's path: an identifier of a detection, no credential.", ({ rng, t }) => {
      const id = `${sec(t) - rng.int(60, 900)}.${digits(rng, 6)}-${lowerNum(rng, 6)}`;
      return { value: id, event: { lines: [{ nginx: true, ip: '10.8.0.15', req: `GET /api/events/${id}/snapshot.jpg?bbox=1&timestamp=0 HTTP/1.1`, status: 200, size: rng.int(30000, 90000), referer: `https://nvr-tlv.${KS}/review`, ua: BROWSERS[0], xff: '198.51.100.12' }] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 30 * MIN, site: { host: 'nvr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ServerTasks-48213.log.txt: the raw log of an Octopus Deploy 2025.2 deployment of the gate service to Production, as the
// task page's "Raw" download gives it: the task header (`Task ID:`, `Related IDs:`, `Task status:`, times with the
// server's offset, `Server version:`), then one line a message, `<HH:mm:ss>   <Level, 9>|   <indentation><message>` for
// timed lines and twenty spaces before `|` for block headers (`== Success: … ==`) and a message's continuation lines;
// sensitive variables are written `********` wherever they appear. Raw task logs quoted in OctopusDeploy/Calamari#63 and
// OctopusDeploy/Issues#3018 and #2028 (read through search); the variable printing of OctopusPrintEvaluatedVariables
// and the header's later fields from memory.

function octopusLog(rng) {
  const lvl = (l) => l.padEnd(9);
  let last = 0;
  const render = (e) => {
    const out = [];
    let ms = Math.max(e.t, last);
    for (const item of e.items) {
      if (item.head !== undefined) {
        out.push(`${' '.repeat(20)}| ${' '.repeat(item.depth * 2)}${item.head}`);
        continue;
      }
      ms += item.wait ?? rng.int(40, 900);
      const [first, ...rest] = item.msg.split('\n');
      const pad2 = ' '.repeat(item.depth * 2 + 1);
      out.push(`${hmsAt(ms, IDT)}   ${lvl(item.level ?? 'Info')}|${pad2}${first}`);
      for (const r of rest) out.push(`${' '.repeat(20)}|${pad2}${r}`);
    }
    last = ms;
    return out;
  };
  const filler = () => ({ items: [] });
  const H = (depth, head) => ({ depth, head });
  const I = (depth, msg, level = 'Info', wait) => ({ depth, msg, level, wait });
  const DIR = 'C:\\Octopus\\Applications\\Production\\Ksefet.Gate\\4.12.0';
  const target = (m) => [I(2, `Uploading package Ksefet.Gate.4.12.0.nupkg (24.6 MB) to ${m}`, 'Verbose', rng.int(2000, 6000)), I(2, `${m}: Extracting package to: ${DIR}`, 'Verbose', rng.int(2000, 5000)), I(2, `${m}: Extracted ${rng.int(180, 200)} files`, 'Verbose'), I(2, `${m}: Performing variable substitution on ${DIR}\\appsettings.json`, 'Verbose'), I(2, `${m}: Stopping service KsefetGate`, 'Verbose'), I(2, `${m}: Starting service KsefetGate`, 'Verbose', rng.int(1500, 4000)), I(2, `${m}: Service KsefetGate is running`)];
  const header = ['Task ID:        ServerTasks-48213', 'Related IDs:    Deployments-6120, Channels-2, Releases-3301, Projects-18, Spaces-1, Environments-4', 'Task status:    Success', 'Task queued:    Wednesday, 21 July 2027 11:02:14 AM +03:00', 'Task started:   Wednesday, 21 July 2027 11:02:15 AM +03:00', 'Task completed: Wednesday, 21 July 2027 11:03:01 AM +03:00', 'Task duration:  46 seconds', 'Server version: 2025.2.9741+Branch.release-2025.2.Sha.6b1f4e2c9a7d', 'Server node:    octopus-ksefet-01', ''];
  const steps = [
    { raw: { items: [H(0, '== Success: Deploy Ksefet.Gate release 4.12.0 to Production =='), I(1, 'Deploying Ksefet.Gate release 4.12.0 to Production', 'Info', 0), I(1, 'Guided failure is not enabled for this task', 'Verbose', 20), H(0, ''), H(1, '== Success: Acquire packages =='), I(2, 'Acquiring packages'), I(2, 'Making a list of packages to download'), I(2, 'Package Ksefet.Gate version 4.12.0 found in the built-in repository')] }, after: 0 },
    plant('negative', 'octopus-package-hash-sha1', 'none', "The package's SHA-1 hash Octopus compares before uploading it to the targets: a file hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { items: [I(2, `Package Ksefet.Gate 4.12.0 hash: ${h}`, 'Verbose'), I(2, 'All packages have been acquired')] } };
    }, { after: 0 }),
    { raw: { items: [H(0, ''), H(1, '== Success: Step 1: Deploy gate service =='), I(2, 'Deploying package to gate-tlv-01, gate-tlv-02, gate-hfa-01')] }, after: 0 },
    plant('framework-dump', 'octopus-print-evaluated-variables-connection-string', 'error', "`OctopusPrintEvaluatedVariables` was left on for troubleshooting, scoped to the machine gate-tlv-01: Calamari prints every variable of the step there, one a line under a single timed line; the Mongo connection string was never marked sensitive, so its password is printed (the sensitive ones are `********`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return {
        marks: [
          { value: pw },
          { value: "[Ksefet.Gate.JwtSigningKey] = '********'", category: 'negative', kind: 'octopus-evaluated-variables-sensitive-masked', expect: 'none', why: "A sensitive variable in the same dump: Octopus writes `********` for its value wherever it would appear: no value." },
        ],
        event: { items: [...target('gate-tlv-01').slice(0, 2), I(2, 'gate-tlv-01: The following evaluated variables are available:', 'Warning'), I(2, ["[Octopus.Action.Name] = 'Deploy gate service'", "[Octopus.Environment.Name] = 'Production'", "[Octopus.Machine.Name] = 'gate-tlv-01'", "[Ksefet.Gate.Atar] = 'TLV'", `[Ksefet.Gate.MongoConnection] = 'mongodb+srv://gate-svc:${pw}@cluster0.ksefet.mongodb.net/ksefet?retryWrites=true&w=majority'`, "[Ksefet.Gate.JwtSigningKey] = '********'", "[Ksefet.Gate.MqttHost] = 'mqtt.ksefet.internal'", "[Ksefet.Gate.Safa] = 'he-IL'"].join('\n'), 'Warning', 30), ...target('gate-tlv-01').slice(2)] },
      };
    }, { after: 0 }),
    { raw: { items: [...target('gate-tlv-02'), ...target('gate-hfa-01')] }, after: 0 },
    { raw: { items: [H(0, ''), H(1, '== Success: Step 2: Smoke test =='), I(2, 'הפעלת בדיקות עשן מול gate-tlv-01'), I(2, 'GET https://gate-tlv-01.ksefet.internal/health: 200 (112 ms)')] }, after: 0 },
    plant('session-id', 'octopus-smoke-test-write-host-set-cookie', 'error', WHY.session("The smoke test signs in to the gate admin UI and prints the session cookie it got (\"עוגיית התחברות\", \"sign-in cookie\") with `Write-Host`, on an Info line"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { items: [I(2, `התחברות לממשק הניהול: 200, עוגיית התחברות ksefet_admin_sid=${sid}; path=/; secure; HttpOnly; SameSite=Lax`)] } };
    }, { after: 0 }),
    plant('implicit-fragment', 'octopus-smoke-test-verbose-location-custom-scheme-fragment', 'error', "The smoke test follows the gate tablets' sign-in (an implicit grant to a custom scheme) and writes the redirect with `Write-Verbose`: `ksefet-tablet://auth#access_token=…` on a Verbose line.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { items: [I(2, `Redirect: ksefet-tablet://auth#access_token=${tok}&token_type=Bearer&expires_in=43200&state=${rng.hex(16)}`, 'Verbose'), I(2, 'בדיקת טאבלט שער: עברה')] } };
    }, { after: 0 }),
    plant('path-secret', 'octopus-first-run-invitation-link', 'error', WHY.pathSecret("The first deployment to the new Haifa site creates the site manager's account and prints the invitation (\"הזמנה נשלחה\", \"invitation sent\") with its link (`/hazmana/<token>`)"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { items: [H(0, ''), H(1, '== Success: Step 3: Initialise new site =='), I(2, 'אתר חדש: HFA, יצירת חשבון מנהל אתר'), I(2, `הזמנה נשלחה ל-manager.hfa@${KS}: https://admin.${KS}/hazmana/${tok}`)] } };
    }, { after: 0 }),
    { raw: { items: [H(0, ''), H(1, '== Success: Apply retention policy =='), I(2, 'Applying retention policy on gate-tlv-01, gate-tlv-02, gate-hfa-01'), I(2, 'Keeping this deployment and the previous 2', 'Verbose')] }, after: 0 },
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 2 * MIN + 15000, site: { host: 'octopus' }, filler, render, steps, header });
}

// =====================================================================================================================

const rng = new Random('urlleak corpus/logs-in-the-wild heldout40');
writePart(join(here, 'heldout40'), {
  'influxd.log': influxLog(rng),
  'tasmota-fridge-gw-07.log': tasmotaLog(rng),
  'console.log': gocdLog(rng),
  'compliance-report.log': httr2Log(rng),
  'trivy-dash-api-2027.07.21-1.txt': trivyLog(rng),
  'fbtrace-brazda.log': firebirdLog(rng),
  'messenger_worker.log': messengerLog(rng),
  'brazda-cron.log': supercronicLog(rng),
  'flutter-logs-brazda-android.txt': flutterLog(rng),
  'vaga-kiosk.log': vagaLog(rng),
  'auditLog.json': mongoAuditLog(rng),
  'fdr-part-00017': fdrLog(rng),
  'frigate-docker.log': frigateLog(rng),
  'ServerTasks-48213.log.txt': octopusLog(rng),
});
