import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

/**
 * Every log format whose lines carry a time, read by the real CLI: a JWT that expires between two lines, logged on
 * both. `liveWhenLogged` is true on the first and false on the second only when each line's own time was read (an
 * unread time gives null on both).
 */
const FIRST = Date.UTC(2026, 9, 14, 7, 56, 9) / 1000;
const SECOND = FIRST + 60;
const JWT = makeJwt({ sub: 'line-times', iat: FIRST - 3600, exp: FIRST + 30 });
/** When the files were last written: after both lines, in the same year. */
const MODIFIED = new Date(Date.UTC(2026, 9, 20));
const BIN = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-line-times-'));
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function writeLog(name: string, lines: readonly string[], modified = MODIFIED): void {
  writeFileSync(join(cwd, name), `${lines.join('\n')}\n`);
  utimesSync(join(cwd, name), modified, modified);
}

interface Report {
  readonly findings: {
    readonly location: { readonly path: string; readonly line: number };
    readonly properties: { readonly jwt?: { readonly liveWhenLogged: boolean | null } };
  }[];
}

const liveness = (report: Report, path: string) =>
  report.findings
    .filter((finding) => finding.location.path === path)
    .sort((a, b) => a.location.line - b.location.line)
    .map((finding) => finding.properties.jwt?.liveWhenLogged);

/** `liveWhenLogged` of the JWT on each line of a log written with `lines`. */
async function livenessByLine(name: string, lines: readonly string[], modified?: Date): Promise<(boolean | null | undefined)[]> {
  writeLog(name, lines, modified);
  const outcome = await runCli(['logs', name, '--all-occurrences', '--format', 'json'], cwd);
  expect(outcome.stderr).toBe('');
  return liveness(JSON.parse(outcome.stdout) as Report, name);
}

describe('the time of each line', () => {
  it('W3C (CloudFront, IIS) date and time columns, tab- or space-separated, without a #Fields: header', async () => {
    const cloudFront = (time: string) =>
      `2026-10-14\t${time}\tLHR62-C2\t2390\t203.0.113.7\tGET\td111.cloudfront.net\t/ws\t101\t-\tMozilla\ttoken=${JWT}`;
    expect(await livenessByLine('cloudfront.log', [cloudFront('07:56:09'), cloudFront('07:57:09')])).toEqual([true, false]);
    const iis = (time: string) => `2026-10-14 ${time} W3SVC1 10.0.0.1 GET /ws token=${JWT} 443 - 203.0.113.7 Mozilla - 101 0 0 15`;
    expect(await livenessByLine('u_ex261014.log', [iis('07:56:09'), iis('07:57:09')])).toEqual([true, false]);
  });

  it('journald JSON export: __REALTIME_TIMESTAMP in microseconds', async () => {
    const entry = (seconds: number) =>
      `{"__CURSOR":"s=7c3f;i=1","__REALTIME_TIMESTAMP":"${seconds * 1e6 + 3000}","_SYSTEMD_UNIT":"app.service","MESSAGE":"GET /ws?token=${JWT}"}`;
    expect(await livenessByLine('journal.json', [entry(FIRST), entry(SECOND)])).toEqual([true, false]);
  });

  it("OpenTelemetry's OTLP/JSON log records: timeUnixNano in nanoseconds, as a string, in an export request or alone", async () => {
    const nanos = (seconds: number) => `${BigInt(seconds) * 1_000_000_000n + 630_346_374n}`;
    const record = (seconds: number) =>
      `{"timeUnixNano":"${nanos(seconds)}","severityText":"WARN","body":{"stringValue":"GET /ws?token=${JWT}"}}`;
    const request = (seconds: number) =>
      `{"resourceLogs":[{"resource":{"attributes":[]},"scopeLogs":[{"logRecords":[${record(seconds)}]}]}]}`;
    expect(await livenessByLine('otel.jsonl', [request(FIRST), request(SECOND)])).toEqual([true, false]);
    expect(await livenessByLine('records.jsonl', [record(FIRST), record(SECOND)])).toEqual([true, false]);
  });

  it("Envoy's and Istio's JSON access logs: start_time (%START_TIME%), an ISO string", async () => {
    const entry = (seconds: number) =>
      `{"start_time":"${new Date(seconds * 1000).toISOString()}","method":"GET","path":"/ws?token=${JWT}","response_code":101}`;
    expect(await livenessByLine('envoy-access.json', [entry(FIRST), entry(SECOND)])).toEqual([true, false]);
  });

  it("Okta's System Log events: published, an ISO string", async () => {
    const event = (seconds: number) =>
      `{"actor":{"type":"User"},"eventType":"user.session.start","published":"${new Date(seconds * 1000).toISOString()}","debugContext":{"debugData":{"url":"/login/token/redirect?token=${JWT}"}}}`;
    expect(await livenessByLine('okta-system-log.json', [event(FIRST), event(SECOND)])).toEqual([true, false]);
  });

  it("Auth0's log events: date, at the top or inside a log stream's data", async () => {
    const streamed = (seconds: number) =>
      `{"log_id":"900016","data":{"date":"${new Date(seconds * 1000).toISOString()}","type":"slo","details":{"qs":{"id_token_hint":"${JWT}"}}}}`;
    expect(await livenessByLine('auth0-logstream.jsonl', [streamed(FIRST), streamed(SECOND)])).toEqual([true, false]);
    const listed = (seconds: number) =>
      `{"date":"${new Date(seconds * 1000).toISOString()}","type":"slo","details":{"id_token_hint":"${JWT}"}}`;
    expect(await livenessByLine('auth0-logs.json', [listed(FIRST), listed(SECOND)])).toEqual([true, false]);
  });

  it("Open Liberty's JSON logging (ibm_datetime) and Sentry's events from its API (dateCreated)", async () => {
    const liberty = (seconds: number) =>
      `{"type":"liberty_accesslog","host":"portal-1","ibm_uriPath":"/ws","ibm_queryString":"token=${JWT}","ibm_datetime":"${new Date(seconds * 1000).toISOString().replace('Z', '+0000')}"}`;
    expect(await livenessByLine('messages.log', [liberty(FIRST), liberty(SECOND)])).toEqual([true, false]);
    const sentry = (seconds: number) =>
      `{"id":"41821c6d","entries":[{"type":"request","data":{"url":"https://app.example/ws?token=${JWT}"}}],"dateCreated":"${new Date(seconds * 1000).toISOString()}"}`;
    expect(await livenessByLine('sentry-events.ndjson', [sentry(FIRST), sentry(SECOND)])).toEqual([true, false]);
  });

  it("HAProxy's JSON log-format (request_date) and Datadog's Logs Search API results (attributes.timestamp)", async () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const haproxyDate = (seconds: number) => {
      const time = new Date(seconds * 1000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${pad(time.getUTCDate())}/${months[time.getUTCMonth()]}/${time.getUTCFullYear()}:${time.toISOString().slice(11, 23)}`;
    };
    const haproxy = (seconds: number) =>
      `{"client_ip": "203.0.113.9", "request_date": "${haproxyDate(seconds)}", "status_code": 200, "http_request": "GET /ws?token=${JWT} HTTP/1.1"}`;
    expect(await livenessByLine('haproxy.json.log', [haproxy(FIRST), haproxy(SECOND)])).toEqual([true, false]);
    const datadog = (seconds: number) =>
      `{"attributes":{"attributes":{"http":{"url":"/ws?token=${JWT}"}},"service":"portal","timestamp":"${new Date(seconds * 1000).toISOString()}"},"id":"AQAAAZjq0B","type":"log"}`;
    expect(await livenessByLine('datadog.ndjson', [datadog(FIRST), datadog(SECOND)])).toEqual([true, false]);
  });

  it("SharePoint's ULS trace log: MM/dd/yyyy HH:mm:ss.ff, month first, then a tab", async () => {
    const uls = (seconds: number) => {
      const time = new Date(seconds * 1000).toISOString();
      const usDate = `${time.slice(5, 7)}/${time.slice(8, 10)}/${time.slice(0, 4)} ${time.slice(11, 19)}.79`;
      return `${usDate} \tw3wp.exe (0x1F30)                       \t0x48C6\tSharePoint Foundation         \tGeneral \tb9q4\tVerbose \tWOPI request: https://wopi.example/wopi/files/1?access_token=${JWT}`;
    };
    expect(await livenessByLine('WFE01-20261014-0700.log', [uls(FIRST), uls(SECOND)])).toEqual([true, false]);
  });

  it("Gin's and KrakenD's 2026/10/14 - 07:56:09, Mattermost's ' Z', MariaDB audit's 20261014 07:56:09, Meraki's epoch frame", async () => {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    const gin = (seconds: number) =>
      `[GIN] ${iso(seconds).slice(0, 10).replace(/-/g, '/')} - ${iso(seconds).slice(11, 19)} | 200 |  1.2ms | 203.0.113.7 | GET "/ws?token=${JWT}"`;
    expect(await livenessByLine('gin.log', [gin(FIRST), gin(SECOND)])).toEqual([true, false]);
    const mattermost = (seconds: number) =>
      `{"timestamp":"${iso(seconds).slice(0, 10)} ${iso(seconds).slice(11, 23)} Z","level":"debug","msg":"calling","url":"https://hooks.example/ws?token=${JWT}"}`;
    expect(await livenessByLine('mattermost.log', [mattermost(FIRST), mattermost(SECOND)])).toEqual([true, false]);
    const mariadb = (seconds: number) =>
      `${iso(seconds).slice(0, 10).replace(/-/g, '')} ${iso(seconds).slice(11, 19)},db-1,app,10.40.3.12,4779,880361,QUERY,shop,'select * from sessions where token = "${JWT}"',0`;
    expect(await livenessByLine('server_audit.log', [mariadb(FIRST), mariadb(SECOND)])).toEqual([true, false]);
    const meraki = (seconds: number) =>
      `<134>1 ${seconds}.954449819 MX85_HQ urls src=10.10.21.55:50101 request: GET http://app.example/ws?token=${JWT}`;
    expect(await livenessByLine('meraki.log', [meraki(FIRST), meraki(SECOND)])).toEqual([true, false]);
  });

  it("Sophos UTM's 2026:10:14-07:56:09, ClickHouse's 2026.10.14 07:56:09.558529 and svlogd's 2026-10-14_07:56:09.73828", async () => {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    const sophos = (seconds: number) =>
      `${iso(seconds).slice(0, 10).replace(/-/g, ':')}-${iso(seconds).slice(11, 19)} utm httpproxy[5232]: id="0001" severity="info" method="GET" url="https://app.example/ws?token=${JWT}"`;
    expect(await livenessByLine('http.log', [sophos(FIRST), sophos(SECOND)])).toEqual([true, false]);
    const clickhouse = (seconds: number) =>
      `${iso(seconds).slice(0, 10).replace(/-/g, '.')} ${iso(seconds).slice(11, 19)}.558529 [ 863 ] {} <Trace> ReadWriteBufferFromHTTP: Sending request to https://app.example/ws?token=${JWT}`;
    expect(await livenessByLine('clickhouse-server.log', [clickhouse(FIRST), clickhouse(SECOND)])).toEqual([true, false]);
    const svlogd = (seconds: number) =>
      `${iso(seconds).slice(0, 10)}_${iso(seconds).slice(11, 19)}.73828 door: GET https://app.example/ws?token=${JWT} -> 200`;
    expect(await livenessByLine('current', [svlogd(FIRST), svlogd(SECOND)])).toEqual([true, false]);
  });

  it("JMeter's JTL (epoch milliseconds first) and wrangler tail's toLocaleString('en-US') time", async () => {
    const jtl = (seconds: number) =>
      `${seconds * 1000 + 559},185,06 Contract widget,200,OK,Portal 1-4,text,true,,2320,378,20,20,https://app.example/ws?token=${JWT},174,0,23`;
    expect(await livenessByLine('results.jtl', [jtl(FIRST), jtl(SECOND)])).toEqual([true, false]);
    const wrangler = (seconds: number) => {
      const time = new Date(seconds * 1000);
      const hour = time.getUTCHours() % 12 || 12;
      const clock = `${hour}:${String(time.getUTCMinutes()).padStart(2, '0')}:${String(time.getUTCSeconds()).padStart(2, '0')} ${time.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      return `GET https://app.example/ws?token=${JWT} - Ok @ ${time.getUTCMonth() + 1}/${time.getUTCDate()}/${time.getUTCFullYear()}, ${clock}`;
    };
    expect(await livenessByLine('wrangler-tail.log', [wrangler(FIRST), wrangler(SECOND)])).toEqual([true, false]);
  });

  it("CEF without a syslog frame (Imperva's SIEM files): start= in epoch milliseconds among the extension's keys", async () => {
    const cef = (seconds: number) =>
      `CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| fileId=7010511505 src=198.51.100.164 request=app.example/ws qstr=token\\=${JWT} requestMethod=GET start=${seconds * 1000 + 914} end=${seconds * 1000 + 990}`;
    expect(await livenessByLine('1712544_2207.log', [cef(FIRST), cef(SECOND)])).toEqual([true, false]);
  });

  it('Monolog JSON: datetime, as an ISO string (Monolog 2, 3) or a PHP DateTime object (Monolog 1)', async () => {
    const monolog = (datetime: string) =>
      `{"message":"Matched route","context":{"uri":"/ws?token=${JWT}"},"level":200,"level_name":"INFO","channel":"request","datetime":${datetime},"extra":{}}`;
    expect(
      await livenessByLine('monolog.log', [monolog('"2026-10-14T09:56:09.003456+02:00"'), monolog('"2026-10-14T09:57:09.003456+02:00"')]),
    ).toEqual([true, false]);
    const object = (time: string) => `{"date":"2026-10-14 ${time}.003456","timezone_type":3,"timezone":"UTC"}`;
    expect(await livenessByLine('monolog1.log', [monolog(object('07:56:09')), monolog(object('07:57:09'))])).toEqual([true, false]);
  });

  it('the Linux audit log: msg=audit(<epoch seconds>.<millis>:<serial>), also behind a node= prefix', async () => {
    const record = (seconds: number, node = '') =>
      `${node}type=EXECVE msg=audit(${seconds}.123:4567): argc=3 a0="curl" a1="-H" a2="https://api.example.com/ws?token=${JWT}"`;
    expect(await livenessByLine('audit.log', [record(FIRST), record(SECOND, 'node=web-1 ')])).toEqual([true, false]);
  });

  it("Squid's native access log: epoch seconds with milliseconds first", async () => {
    const squid = (seconds: number) =>
      `${seconds}.450    120 203.0.113.7 TCP_MISS/101 0 GET http://api.example.com/ws?token=${JWT} - HIER_DIRECT/198.51.100.1 -`;
    expect(await livenessByLine('squid-access.log', [squid(FIRST), squid(SECOND)])).toEqual([true, false]);
  });

  it("Django's development server: [14/Oct/2026 07:56:09]", async () => {
    const django = (time: string) => `[14/Oct/2026 ${time}] "GET /ws?token=${JWT} HTTP/1.1" 101 0`;
    expect(await livenessByLine('runserver.log', [django('07:56:09'), django('07:57:09')])).toEqual([true, false]);
  });

  it("syslog RFC 3164 without a year, with or without a priority: the year is the file's", async () => {
    const syslog = (time: string) => `Oct 14 ${time} web1 app[812]: GET /ws?token=${JWT}`;
    expect(await livenessByLine('messages', [syslog('07:56:09'), `<134>${syslog('07:57:09')}`])).toEqual([true, false]);
  });

  it("the Netlify CLI's function log (`Oct 14, 07:56:09 AM:`): no year, a 12-hour clock", async () => {
    const netlify = (time: string) => `Oct 14, ${time}: 1567b852 INFO   GET https://x.netlify.app/.netlify/functions/ws?token=${JWT}`;
    expect(await livenessByLine('netlify-functions.log', [netlify('07:56:09 AM'), netlify('07:57:09 AM')])).toEqual([true, false]);
    expect(await livenessByLine('netlify-evening.log', [netlify('12:56:09 PM')])).toEqual([false]);
  });

  it('syslog RFC 5424, also behind a drain octet count', async () => {
    const line = (time: string) => `<134>1 2026-10-14T${time}.003Z web1 app 812 - [meta seq="1"] GET /ws?token=${JWT}`;
    expect(await livenessByLine('rfc5424.log', [line('07:56:09'), `262 ${line('07:57:09')}`])).toEqual([true, false]);
  });

  it('ISO 8601 with offsets: +02:00, -0700 and +02', async () => {
    const lines = [`2026-10-14T09:56:09+02:00 INFO GET /ws?token=${JWT}`, `2026-10-14T00:57:09-0700 INFO GET /ws?token=${JWT}`];
    expect(await livenessByLine('iso.log', lines)).toEqual([true, false]);
    const hourOffsets = [`2026-10-14 09:56:09+02 LOG: GET /ws?token=${JWT}`, `2026-10-14 09:57:09+02 LOG: GET /ws?token=${JWT}`];
    expect(await livenessByLine('iso-hour-offset.log', hourOffsets)).toEqual([true, false]);
    // An offset from GMT or UTC after the time: Java's SimpleDateFormat `z`, a .NET stack's `(UTC+0100)`.
    const named = [
      `2026-10-14 09:56:09 GMT+02:00 INFO GET /ws?token=${JWT}`,
      `[2026-10-14 08:57:09.332 (UTC+0100)] debug GET /ws?token=${JWT}`,
    ];
    expect(await livenessByLine('named-offsets.log', named)).toEqual([true, false]);
  });

  it('epoch seconds and milliseconds in JSON fields: ts, time, timestamp, @timestamp, date', async () => {
    const lines = [
      `{"level":"info","ts":${FIRST}.25,"msg":"handled request","request":{"uri":"/ws?token=${JWT}"}}`,
      `{"level":30,"time":${SECOND * 1000},"req":{"url":"/ws?token=${JWT}"}}`,
      `{"timestamp":"${SECOND}","url":"/ws?token=${JWT}"}`,
      `{"@timestamp":${SECOND * 1000},"url":"/ws?token=${JWT}"}`,
      `{"date":${FIRST},"url":"/ws?token=${JWT}"}`,
    ];
    expect(await livenessByLine('epochs.jsonl', lines)).toEqual([true, false, false, false, true]);
  });

  it('Heroku router lines (logfmt at=…): the leading time of the drain or syslog frame', async () => {
    const router = (time: string) =>
      `2026-10-14T${time}.003456+00:00 heroku[router]: at=info method=GET path="/ws?token=${JWT}" host=app.herokuapp.com fwd="203.0.113.7" dyno=web.1 connect=0ms service=2ms status=101 bytes=0`;
    expect(await livenessByLine('heroku.log', [router('07:56:09'), router('07:57:09')])).toEqual([true, false]);
  });

  it("Tomcat's catalina.out (JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS) and php-fpm's [dd-MMM-yyyy HH:mm:ss]", async () => {
    const catalina = (time: string) =>
      `14-Oct-2026 ${time}.123 INFO [http-nio-8080-exec-1] org.apache.catalina.filters.RequestDumperFilter.doLog http-nio-8080-exec-1             header=authorization=Bearer ${JWT}`;
    expect(await livenessByLine('catalina.out', [catalina('07:56:09'), catalina('07:57:09')])).toEqual([true, false]);
    const fpm = (time: string) => `[14-Oct-2026 ${time}] WARNING: [pool www] child 12 said into stderr: "GET /ws?token=${JWT}"`;
    expect(await livenessByLine('php-fpm.log', [fpm('07:56:09'), fpm('07:57:09')])).toEqual([true, false]);
  });

  it("Kong's file-log (started_at, epoch ms) and Azure Application Gateway's access log (timeStamp)", async () => {
    const kong = (seconds: number) =>
      `{"request":{"uri":"/rest/v1/readings?apikey=${JWT}","tls":{"version":"TLSv1.3"}},"service":{"created_at":${FIRST - 86400}},"started_at":${seconds * 1000 + 476}}`;
    expect(await livenessByLine('kong-file.log', [kong(FIRST), kong(SECOND)])).toEqual([true, false]);
    const gateway = (seconds: number) =>
      `{"timeStamp":"${new Date(seconds * 1000).toISOString().replace('.000Z', '+00:00')}","operationName":"ApplicationGatewayAccess","properties":{"requestUri":"/signin-oidc?id_token=${JWT}"}}`;
    expect(await livenessByLine('appgw-access.json', [gateway(FIRST), gateway(SECOND)])).toEqual([true, false]);
  });

  it("Kubernetes' klog without a year (the file's) and Apache's error log", async () => {
    const klog = (time: string) => `I1014 ${time}.123456      12 httplog.go:132] "HTTP" verb="GET" URI="/api/v1/pods?token=${JWT}"`;
    expect(await livenessByLine('kube-apiserver.log', [klog('07:56:09'), klog('07:57:09')])).toEqual([true, false]);
    const apache = (time: string) =>
      `[Wed Oct 14 ${time}.655123 2026] [proxy:error] [pid 12:tid 140] [client 203.0.113.7:51234] AH01114: referer: https://x.example/?token=${JWT}`;
    expect(await livenessByLine('error_log', [apache('07:56:09'), apache('07:57:09')])).toEqual([true, false]);
  });

  it("Android's logcat without a year (the file's) and Spark's two-digit year", async () => {
    const logcat = (time: string) =>
      `10-14 ${time}.811  1702  2395 D OkHttp  : --> GET https://api.example.com/v1/feed?access_token=${JWT}`;
    expect(await livenessByLine('logcat.txt', [logcat('07:56:09'), logcat('07:57:09')])).toEqual([true, false]);
    const spark = (time: string) => `26/10/14 ${time} INFO RestClient: GET https://api.example.com/v1/jobs?access_token=${JWT}`;
    expect(await livenessByLine('spark-driver.log', [spark('07:56:09'), spark('07:57:09')])).toEqual([true, false]);
  });

  it("Buildkite's raw job log: epoch milliseconds in the escape before each line", async () => {
    const line = (seconds: number) => `\x1b_bk;t=${seconds * 1000 + 589}\x07curl -si https://api.example/ws?token=${JWT}`;
    expect(await livenessByLine('buildkite-job.log', [line(FIRST), line(SECOND)])).toEqual([true, false]);
  });

  it("Google Analytics 4's BigQuery export as NDJSON: event_timestamp in microseconds, as a string", async () => {
    const event = (seconds: number) =>
      `{"event_date":"20261014","event_timestamp":"${seconds * 1e6 + 131125}","event_name":"page_view","event_params":[{"key":"page_location","value":{"string_value":"https://app.example/cb#id_token=${JWT}"}}]}`;
    expect(await livenessByLine('ga4-events.ndjson', [event(FIRST), event(SECOND)])).toEqual([true, false]);
  });

  it("osquery's results log (unixTime) and Mixpanel's raw export (the event's properties.time): epoch seconds", async () => {
    const osquery = (seconds: number) =>
      `{"name":"pack/it/shell_history","hostIdentifier":"app-01","calendarTime":"Wed Oct 14 07:56:09 2026 UTC","unixTime":${seconds},"columns":{"command":"curl https://portal.example/embed/${JWT}"},"action":"added"}`;
    expect(await livenessByLine('osqueryd.results.log', [osquery(FIRST), osquery(SECOND)])).toEqual([true, false]);
    const mixpanel = (seconds: number) =>
      `{"event":"$mp_web_page_view","properties":{"time":${seconds},"distinct_id":"u1","$current_url":"https://app.example/cb#access_token=${JWT}"}}`;
    expect(await livenessByLine('mixpanel-export.ndjson', [mixpanel(FIRST), mixpanel(SECOND)])).toEqual([true, false]);
  });

  it("Percona's JSON audit log and Amazon SES events: the record's timestamp, a click's own rather than its mail's", async () => {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    const percona = (seconds: number) =>
      `{"audit_record":{"name":"Query","record":"5042_2026-10-10T03:14:07","timestamp":"${iso(seconds).slice(0, 19)} UTC","command_class":"select","sqltext":"SELECT 1 FROM links WHERE url = 'https://portal.example/embed/${JWT}'"}}`;
    expect(await livenessByLine('audit.log', [percona(FIRST), percona(SECOND)])).toEqual([true, false]);
    const ses = (seconds: number) =>
      `{"eventType":"Click","mail":{"timestamp":"${iso(FIRST - 86_400)}","source":"Shop <mail@shop.example>"},"click":{"timestamp":"${iso(seconds)}","link":"https://app.example/report/${JWT}"}}`;
    expect(await livenessByLine('ses-events.json', [ses(FIRST), ses(SECOND)])).toEqual([true, false]);
  });

  it("a line without a time of its own takes its entry's: a message's second line, a pretty-printed span's tag", async () => {
    const continued = (time: string) => [`Oct 14 ${time} web1 app[812]: GET /ws failed`, `    retrying GET /ws?token=${JWT}`];
    expect(await livenessByLine('continued.log', [...continued('07:56:09'), ...continued('07:57:09')])).toEqual([true, false]);
    const span = (seconds: number) => [
      '  {',
      `    "timestamp": ${seconds * 1e6 + 891},`,
      '    "duration": 50148,',
      '    "tags": {',
      `      "http.url": "https://portal.example/embed/${JWT}"`,
      '    }',
      '  },',
    ];
    expect(await livenessByLine('zipkin-trace.json', ['[', ...span(FIRST), ...span(SECOND), ']'])).toEqual([true, false]);
    const record = (seconds: number) => [
      '__CURSOR=s=7c3f;i=1',
      `__REALTIME_TIMESTAMP=${seconds * 1e6 + 3000}`,
      `MESSAGE=GET /ws?token=${JWT}`,
      '',
    ];
    expect(await livenessByLine('journal.export', [...record(FIRST), ...record(SECOND)])).toEqual([true, false]);
  });

  it('keeps null where no earlier line has a time, or the last one is over 64 KiB back', async () => {
    expect(await livenessByLine('timeless.log', [`GET /ws?token=${JWT}`, `GET /ws?token=${JWT}`])).toEqual([null, null]);
    const filler = Array.from({ length: 700 }, (_, index) => `  frame ${index} ${'.'.repeat(90)}`);
    const lines = [`Oct 14 07:56:09 web1 app[812]: GET /ws?token=${JWT}`, ...filler, `    retrying GET /ws?token=${JWT}`];
    expect(await livenessByLine('far.log', lines)).toEqual([true, null]);
  });

  it('a time taken from an earlier line does not make two lines one request: a ticket used on both is replayed', async () => {
    const ticket = makeJwt({ sub: 'usr_1', iat: FIRST - 5, exp: FIRST + 55, jti: 'tkt-7f3a' });
    writeLog('batch.log', [
      `2026-10-14T07:56:09.250Z worker-3 replaying queued requests:`,
      `  GET https://api.example/ws?ticket=${ticket} from 198.51.100.7`,
      `  GET https://api.example/ws?ticket=${ticket} from 203.0.113.9`,
    ]);
    const outcome = await runCli(['logs', 'batch.log', '--format', 'json'], cwd);
    const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; location: { line: number } }[] };
    expect(report.findings.filter((finding) => finding.ruleId === 'log-token-replay').map((finding) => finding.location.line)).toEqual([3]);
  });
});

describe('syslog years across New Year (the real binary, main thread and worker)', () => {
  // Written on the night of December 31st, 2026 to January 1st, 2027; the file last changed just after midnight.
  const LAST_OF_YEAR = Date.UTC(2026, 11, 31, 23, 59, 50) / 1000;
  const NEW_YEAR_JWT = makeJwt({ sub: 'new-year', iat: LAST_OF_YEAR - 3600, exp: LAST_OF_YEAR + 20 });
  const LINES = [
    `Dec 31 23:59:50 web1 app[812]: GET /ws?token=${NEW_YEAR_JWT}`,
    `Jan  1 00:00:30 web1 app[812]: GET /ws?token=${NEW_YEAR_JWT}`,
  ];
  const COPIES = ['messages', 'messages.1', 'syslog', 'syslog.1'];

  it("places December lines in the year before the file's modification, January lines in its year", () => {
    for (const name of COPIES) writeLog(name, LINES, new Date(Date.UTC(2027, 0, 1, 0, 5)));
    const result = spawnSync(process.execPath, [BIN, 'logs', ...COPIES, '--all-occurrences', '--format', 'json'], {
      cwd,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    // Read as 2027, the December line would be a year after the token expired.
    for (const name of COPIES) expect(liveness(report, name)).toEqual([true, false]);
  });
});
