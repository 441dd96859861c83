import { EarlierLines } from '../io/earlier-lines.js';
import { lastStartingAtOrBefore } from '../detect/find-sorted.js';
import { listJsonFields, type JsonField } from '../detect/json-fields.js';
import {
  parseCompactShortYearTime,
  parseShortYearTime,
  parseUlsTime,
  parseTimestamp,
  parseYearlessTime,
  TIME_IN_TEXT,
} from './parse-timestamp.js';

/** A part of a line that a format names: shown in messages as where the secret was. */
export interface LineRegion {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** What a line's format tells: its time (seconds since the epoch) and named regions. All optional. */
export interface LineContext {
  readonly format: string | undefined;
  readonly timestamp: number | undefined;
  /**
   * The line has no time of its own and `timestamp` is that of its entry's first line (formats.ts `lineTimeReader`): good for
   * whether a token was live, not for telling two requests apart.
   */
  readonly timeOfEarlierLine?: true;
  readonly regions: readonly LineRegion[];
}

/** Per-file state: W3C logs (CloudFront, IIS) name their columns in a `#Fields:` header that applies to later lines. */
export interface FormatState {
  w3cFields: readonly string[] | undefined;
  /**
   * When the file was last modified (seconds since the epoch): syslog times without a year are placed at or before it
   * (`parseYearlessTime`). Unknown (standard input, a pipe): the time of reading, as such input is being written now.
   */
  readonly modifiedAt?: number | undefined;
}

interface PatternFormat {
  readonly id: string;
  /** Named groups: `time` and any of `REGION_LABELS`' keys. Compiled with `d` for group spans. */
  readonly pattern: RegExp;
  /**
   * For a pattern not anchored at the line's start whose end can only fail by running out of what it reads to the
   * end of the line (quotes): its beginning. The pattern (sticky) is tried only where the beginning first matches,
   * since a later start has less of the line left and would fail too. Searched whole, a line of many beginnings and
   * no quote cost the square of its length.
   */
  readonly firstAt?: RegExp;
  /**
   * How the `time` group is read, when not by `parseTimestamp`: a syslog, klog or logcat time has no year and takes
   * the file's; Spark's has two digits of one.
   */
  readonly readTime?: (text: string, state: FormatState) => number | undefined;
}

function readYearlessTime(text: string, state: FormatState): number | undefined {
  return parseYearlessTime(text, state.modifiedAt ?? Date.now() / 1000);
}

/** `Dec 10, 05:01:36 PM` (the Netlify CLI's function log): a yearless time on a 12-hour clock. */
function readYearless12HourTime(text: string, state: FormatState): number | undefined {
  const match = /^([A-Z][a-z]{2} \d{1,2}), (\d{2}):(\d{2}:\d{2}) ([AP])M$/.exec(text);
  if (!match) return undefined;
  const [, date = '', hour = '', rest = '', meridiem] = match;
  const hourOfDay = (Number(hour) % 12) + (meridiem === 'P' ? 12 : 0);
  return readYearlessTime(`${date} ${String(hourOfDay).padStart(2, '0')}:${rest}`, state);
}

/**
 * Line formats recognized by shape, most specific first. `combined` also covers Apache/nginx `common` and
 * ingress-nginx (which appends fields after the referer and user agent). The rows after `haproxy` (whose lines come
 * inside a syslog frame) are anchored at the line's start: a line's time is its frame's, not one in its message.
 */
const PATTERN_FORMATS: readonly PatternFormat[] = [
  { id: 'combined', pattern: /^\S+ \S+ \S+ \[(?<time>[^\]]{10,40})\] "(?<request>[^"]*)" \d{3} \S+(?: "(?<referer>[^"]*)")?/d },
  { id: 'aws-alb', pattern: /^(?:https?|h2|wss?|grpcs?) (?<time>\d{4}-\d{2}-\d{2}T\S+) (?:\S+ ){10}"(?<request>[^"]*)"/d },
  { id: 'envoy', pattern: /^\[(?<time>\d{4}-\d{2}-\d{2}T[^\]]{8,40})\] "(?<request>[^"]*)"/d },
  {
    id: 'haproxy',
    pattern: /\d{1,3}(?:\.\d{1,3}){3}:\d+ \[(?<time>\d{2}\/\w{3}\/\d{4}:[\d:.]+)\] [^"]*"(?<request>[^"]*)"/dy,
    firstAt: /\d{1,3}(?:\.\d{1,3}){3}:\d+ \[\d{2}\/\w{3}\/\d{4}:[\d:.]+\] /,
  },
  // RFC 5424 (`<34>1 2026-10-14T07:56:09.003Z host app …`), also behind a drain's octet count (Heroku: `262 <158>1 …`).
  // A frame without a time (`-`) is left to the rows below: the message may carry one.
  // Cisco Meraki writes the frame's time as epoch seconds with nanoseconds (`<134>1 1797407485.954449819 MX85 urls …`,
  // https://documentation.meraki.com/General_Administration/Monitoring_and_Reporting/Syslog_Event_Types_and_Log_Samples).
  { id: 'syslog', pattern: /^(?:\d{1,5} )?<\d{1,3}>\d{1,2} (?<time>\d{4}-\d{2}-\d{2}T\S+|\d{10}\.\d{1,9}) /d },
  // RFC 3164 (`Oct 14 07:56:09 host app[1]: …`, optionally after a `<34>` priority): no year.
  {
    id: 'syslog',
    pattern: /^(?:<\d{1,3}>)?(?<time>[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?:\.\d+)?) /d,
    readTime: readYearlessTime,
  },
  // The Netlify CLI's function log (`netlify logs:function`): `Dec 10, 05:01:36 PM: <request id> INFO   …`, no year.
  {
    id: 'netlify-functions',
    pattern: /^(?<time>[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2}:\d{2} [AP]M): /d,
    readTime: readYearless12HourTime,
  },
  // Django's development server: `[14/Oct/2026 07:56:09] "GET /path HTTP/1.1" 200 123`.
  { id: 'django', pattern: /^\[(?<time>\d{2}\/[A-Z][a-z]{2}\/\d{4} \d{2}:\d{2}:\d{2})\] "(?<request>[^"]*)"/d },
  // Squid's native access log: epoch seconds with milliseconds, elapsed, client, result/status (`TCP_MISS/200`),
  // bytes, method, URL.
  { id: 'squid', pattern: /^(?<time>\d{9,10}\.\d{3}) +\d+ \S+ [A-Z_]+\/\d{3} \d+ \S+ (?<url>\S+)/d },
  // JMeter's CSV results (JTL): `timeStamp` first, in epoch milliseconds, then `elapsed`
  // (https://jmeter.apache.org/usermanual/listeners.html#csvlogformat).
  { id: 'jmeter-jtl', pattern: /^(?<time>\d{13}),\d+,/d },
  // Epoch seconds with a fraction first, as other lines write them (CloudFront real-time logs, Squid's custom
  // formats); without the fraction, a number starting a line is as often a count or an id.
  { id: 'epoch-text', pattern: /^(?<time>\d{10}\.\d{3,6})\s/d },
  // Mosquitto's log with its default `log_timestamp`: epoch seconds, a colon, the message
  // (`1812460658: New client connected from …`, https://mosquitto.org/man/mosquitto-conf-5.html).
  { id: 'mosquitto', pattern: /^(?<time>\d{10}): (?=[A-Z])/d },
  // Nagios Core's log (nagios.log, Icinga 1's too): epoch seconds in brackets, then the event in capitals
  // (`[1797548647] SERVICE ALERT: host;service;WARNING;…`, https://www.nagios.org/ncpa/help/2.2/nagios.html).
  { id: 'nagios', pattern: /^\[(?<time>\d{10})\] [A-Z]/d },
  // ChromeDriver's (and msedgedriver's) `--verbose` log: epoch seconds with milliseconds in brackets, then the level
  // in brackets (`[1797829205.964][DEBUG]: …`, https://developer.chrome.com/docs/chromedriver/logging).
  { id: 'chromedriver', pattern: /^\[(?<time>\d{10}\.\d{3})\]\[(?:ALL|DEBUG|INFO|WARNING|SEVERE|FINE|FINER|FINEST)\]/d },
  // hapi's good-console: `YYMMDD/HHmmss.SSS` in UTC, a comma, then the event's tags in brackets
  // (`261221/070118.526, [response,auth] …`).
  { id: 'good-console', pattern: /^(?<time>\d{6}\/\d{6}\.\d{3}), \[/d, readTime: parseCompactShortYearTime },
  // The Linux audit log (auditd, `ausearch --raw`): `type=SYSCALL msg=audit(1796140994.123:456): …`, epoch seconds
  // with milliseconds, then the event's serial (https://access.redhat.com/articles/4409591).
  { id: 'auditd', pattern: /^(?:node=\S+ )?type=[A-Z_]+ msg=audit\((?<time>\d{10}\.\d{3}):\d+\): /d },
  // W3C columns without (or not matching) a `#Fields:` header: `date` and `time` tab-separated first.
  { id: 'w3c', pattern: /^(?<time>\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2})\t/d },
  // Kubernetes' klog (and glog): a level letter, `MMDD hh:mm:ss.uuuuuu`, the thread id, `file:line]`. No year.
  {
    id: 'klog',
    pattern: /^[IWEF](?<time>\d{4} \d{2}:\d{2}:\d{2}\.\d{6}) +\d+ [^\s:\]]+:\d+\] /d,
    readTime: readYearlessTime,
  },
  // Android's logcat (`threadtime`, the default, and `time`): `MM-dd HH:mm:ss.SSS`, then pid and tid and a priority
  // letter, or the letter and the tag. No year.
  {
    id: 'logcat',
    pattern: /^(?<time>\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) +(?:\d{1,10} +\d{1,10} [VDIWEFA] |[VDIWEFA]\/)/d,
    readTime: readYearlessTime,
  },
  // Spark's and Hadoop's log4j layout `%d{yy/MM/dd HH:mm:ss} %p`: a two-digit year, then the level.
  {
    id: 'log4j-short-year',
    pattern: /^(?<time>\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) (?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL) /d,
    readTime: parseShortYearTime,
  },
  // SharePoint's ULS trace log: `MM/dd/yyyy HH:mm:ss.ff`, then a tab and the process (month first, whatever the
  // server's locale: https://learn.microsoft.com/en-us/sharepoint/administration/configure-diagnostic-logging).
  { id: 'sharepoint-uls', pattern: /^(?<time>\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\.\d{2}) *\t/d, readTime: parseUlsTime },
  // ArcSight's Common Event Format without a syslog frame (Imperva's SIEM files): the event's `start` (or receipt
  // time, `rt`) in epoch milliseconds among the extension's keys (CEF v25, "Date Formats").
  { id: 'cef', pattern: /^CEF:\d+\|(?:[^|]*\|){6}(?:.*? )??(?:start|rt)=(?<time>\d{13})(?!\d)/d },
  // A Buildkite job's raw log: each line's time, epoch milliseconds, in an ANSI application program command before it
  // (`ESC _bk;t=… BEL`, https://github.com/buildkite/terminal-to-html/issues/101).
  // eslint-disable-next-line no-control-regex -- the escape and the bell are the format's own delimiters.
  { id: 'buildkite', pattern: /^\x1b_bk;t=(?<time>\d{13})\x07/d },
  // Anything else: the first time of a known shape (parse-timestamp.ts) anywhere in the line, as application logs
  // put a logger's prefix, a bracket or a level before it (`[I 2026-07-14 18:00:17.244 ServerApp]`).
  { id: 'timestamped-text', pattern: new RegExp(`(?<time>${TIME_IN_TEXT})`, 'd') },
];

const REGION_LABELS: readonly (readonly [group: string, label: string])[] = [
  ['request', 'request line'],
  ['url', 'request URL'],
  ['referer', 'Referer'],
];

/** W3C extended log columns (CloudFront, IIS, Azure App Service) that hold a URL part, and how to name them. */
const W3C_REGION_LABELS: Readonly<Record<string, string>> = {
  'cs-uri-stem': 'URL path (cs-uri-stem)',
  'cs-uri-query': 'query string (cs-uri-query)',
  'cs(Referer)': 'Referer (cs(Referer))',
  'cs(Cookie)': 'Cookie (cs(Cookie))',
};

/**
 * A header's own column, client to server or back (`cs(x-api-key)`, `sc(Location)`): IIS custom fields, ASP.NET Core's
 * W3CLogger. The header's name is the group.
 */
export const W3C_HEADER_COLUMN = /^(?:cs|sc)\(([^()]+)\)$/;

/** JSON log fields by role, per source: pino/bunyan/winston, GCP load balancer, Cloudflare Logpush, Traefik, Caddy. */
const JSON_FIELD_ROLES: Readonly<Record<string, 'request URL' | 'Referer'>> = {
  'req.url': 'request URL',
  'req.originalUrl': 'request URL',
  url: 'request URL',
  'httpRequest.requestUrl': 'request URL',
  ClientRequestURI: 'request URL',
  RequestPath: 'request URL',
  'request.uri': 'request URL',
  'httpRequest.referer': 'Referer',
  'req.headers.referer': 'Referer',
  ClientRequestReferer: 'Referer',
  request_Referer: 'Referer',
  'request.headers.Referer.0': 'Referer',
};

/**
 * JSON fields that hold the event time, in order of preference: the first that reads as a time (ISO 8601, a shape of
 * parse-timestamp.ts, epoch seconds, milliseconds, microseconds or nanoseconds, as a number or a string) is the
 * line's. A key's case is not compared (`timestamp`, .NET's `Timestamp`, Azure's `timeStamp`), its container is: a
 * time nested elsewhere is some object's (Kong's `service.created_at`, a retry's `tries.0.balancer_start`), not the
 * line's.
 */
const JSON_TIME_PATHS: readonly string[] = [
  'time',
  'timestamp',
  '@timestamp',
  'ts',
  // Serilog's compact JSON (CLEF).
  '@t',
  'EdgeStartTimestamp',
  'StartUTC',
  // Envoy's and Istio's JSON access logs name %START_TIME% so (https://istio.io/latest/docs/tasks/observability/logs/access-log/).
  'start_time',
  // Kong's file-log and http-log plugins: epoch milliseconds (https://docs.konghq.com/hub/kong-inc/file-log/#log-format).
  'started_at',
  // CloudTrail, EventBridge, Azure Event Grid; Cloudflare Workers' trace events.
  'eventTime',
  'eventTimestamp',
  // Kubernetes' audit log (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/).
  'requestReceivedTimestamp',
  'stageTimestamp',
  'receiveTimestamp',
  // Monolog (PHP): an ISO string; Monolog 1 wrote PHP's DateTime object, `{"date":"2026-10-14 07:56:09.003456",…}`.
  'datetime',
  'datetime.date',
  // journald's JSON export (`journalctl -o json`): microseconds, as a string.
  '__REALTIME_TIMESTAMP',
  // nginx's variables in a JSON `log_format`: `$time_iso8601`, `$time_local`, `$msec`.
  'time_iso8601',
  'time_local',
  'msec',
  // API Gateway's access log variables, Akamai DataStream 2, Azure Log Analytics exports, python-json-logger.
  'requestTimeEpoch',
  'requestTime',
  'reqTimeSec',
  'TimeGenerated',
  'asctime',
  // MongoDB's structured log (`{"t":{"$date":"2026-…"}}`) and its audit log (`{"ts":{"$date":…}}`,
  // https://www.mongodb.com/docs/manual/reference/audit-message/); Azure Application Gateway's time inside `properties`.
  't.$date',
  'ts.$date',
  'properties.timeStamp',
  'date',
  // HAProxy's JSON and CBOR log-format: `%tr` (the request's date) named `request_date` by the documented JSON example
  // (https://docs.haproxy.org/3.2/configuration.html#8.2.6).
  'request_date',
  // Datadog's Logs Search API: each result's `attributes.timestamp` (https://docs.datadoghq.com/api/latest/logs/#search-logs).
  'attributes.timestamp',
  // Auth0's log events: `date` (the Management API's logs endpoint), inside `data` as a log stream posts them
  // (https://auth0.com/docs/customize/log-streams/custom-log-streams).
  'date',
  'data.date',
  // Okta's System Log events (https://developer.okta.com/docs/reference/api/system-log/#logevent-object), Activity Streams.
  'published',
  // Open Liberty's JSON logging (https://openliberty.io/docs/latest/reference/json-log-events-list.html).
  'ibm_datetime',
  // Sentry's events as its API returns them (https://docs.sentry.io/api/events/retrieve-an-event-for-a-project/).
  'dateCreated',
  // Postmark's webhook payloads (Delivery `DeliveredAt`, Click and Open `ReceivedAt`,
  // https://postmarkapp.com/developer/webhooks/webhooks-overview), as an app stores each one as a line.
  'ReceivedAt',
  'DeliveredAt',
  // OpenTelemetry's log records in OTLP/JSON (the collector's file exporter writes one export request per line):
  // nanoseconds, as a string (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding).
  'timeUnixNano',
  'resourceLogs.0.scopeLogs.0.logRecords.0.timeUnixNano',
  'resourceLogs.0.scopeLogs.0.logRecords.0.observedTimeUnixNano',
  // Google Analytics 4's BigQuery export (one event per row, as NDJSON): microseconds, as a string
  // (https://support.google.com/analytics/answer/7029846).
  'event_timestamp',
  // ProxySQL's JSON query events log: epoch microseconds beside its zoneless `starttime`
  // (https://proxysql.com/documentation/query-logging/).
  'starttime_timestamp_us',
  // osquery's results and snapshot logs: epoch seconds beside a zoneless `calendarTime`
  // (https://osquery.readthedocs.io/en/stable/deployment/logging/).
  'unixTime',
  // Mixpanel's raw event export: each event's epoch seconds inside its `properties`
  // (https://developer.mixpanel.com/reference/raw-event-export).
  'properties.time',
  // Percona Server's audit log in JSON (https://docs.percona.com/percona-server/8.0/audit-log-plugin.html).
  'audit_record.timestamp',
  // Amazon SES event publishing: the event's own time (a click, an open, a delivery, a bounce), else the mail's
  // (https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-firehose-contents.html).
  'click.timestamp',
  'open.timestamp',
  'delivery.timestamp',
  'bounce.timestamp',
  'complaint.timestamp',
  'mail.timestamp',
  // Records a SaaS API exports one per line, each at its creation: an error tracker's event (Raygun's `OccurredOn`,
  // Bugsnag's `received_at`), a help desk's thread or audit record (Help Scout's `createdAt`, Freshdesk's and Zendesk's
  // `created_at`, Airbrake's notices). Last: a line with a time of its own is read by it.
  'OccurredOn',
  'received_at',
  'createdAt',
  'created_at',
  // The same records under other names for their creation: Zoho Desk's threads (`createdTime`,
  // https://desk.zoho.com/DeskAPIDocument#Threads), Freshchat's messages (`created_time`), Microsoft Graph's
  // (`createdDateTime`), SurveyMonkey's responses (`date_created`), Acuity Scheduling's appointments
  // (`datetimeCreated`), Pushbullet's pushes and Stripe's events (`created`, epoch seconds), FastSpring's webhook
  // events (`events[].created`, epoch milliseconds).
  'createdTime',
  'created_time',
  'createdDateTime',
  'date_created',
  'datetimeCreated',
  'created',
  'events.0.created',
  // Wrike's comments and tasks (`createdDate`, https://developers.wrike.com/api/v4/comments/).
  'createdDate',
];

/** `JSON_TIME_PATHS` by their last key, lowercased: each with its rank and the container it must sit in (or none). */
const JSON_TIME_KEYS: ReadonlyMap<string, readonly { readonly rank: number; readonly container: string | undefined }[]> = (() => {
  const keys = new Map<string, { rank: number; container: string | undefined }[]>();
  JSON_TIME_PATHS.forEach((path, rank) => {
    const dot = path.lastIndexOf('.');
    const key = path.slice(dot + 1).toLowerCase();
    keys.set(key, [...(keys.get(key) ?? []), { rank, container: dot === -1 ? undefined : path.slice(0, dot) }]);
  });
  return keys;
})();

/**
 * The time a line without its own was logged at: that of the nearest earlier line that has one (io/earlier-lines.ts),
 * up to 64 KiB back. Such a line continues an entry whose first line has it: a pretty-printed JSON object (Zipkin's
 * spans: `"timestamp": …` a dozen lines above a tag's URL), a table a tool prints under its log line (Locust's
 * statistics), a stack trace, a message's second line. A time is at a line's start: 512 bytes of each are read.
 */
export function lineTimeReader(state: FormatState): EarlierLines<number> {
  return new EarlierLines((line) => timeMemberLine(line) ?? describeLine(line, state).timestamp, 512);
}

/**
 * The time on a line that holds only a time key and its value: pretty-printed JSON (`    "timestamp": 1803409200000891,`
 * in a Zipkin span, a `JSON.stringify(…, null, 2)`), YAML, journald's export format (`__REALTIME_TIMESTAMP=…`). Such
 * an entry is printed over many lines, its time on one of its own.
 */
export function timeMemberLine(line: string): number | undefined {
  const member = TIME_MEMBER.exec(line);
  if (!member || !JSON_TIME_KEYS.has((member[1] ?? '').toLowerCase())) return undefined;
  return parseTimestamp(member[2] ?? '');
}

const TIME_MEMBER = /^\s*"?([A-Za-z_@$][\w@$.]{0,39})"?\s*[:=]\s*"?([^",]{1,64}?)"?,?\s*$/;

/** Longer keys are no time key: a value's key is read back only this far. */
const LONGEST_TIME_KEY = Math.max(...JSON_TIME_PATHS.map((path) => path.length));

/** Where in the line an offset is: "request line", "Referer", `JSON field "req.url"`, or "log line". */
export function regionLabelAt(context: LineContext, index: number): string {
  return (
    lastStartingAtOrBefore(
      context.regions,
      index,
      (region) => region.start,
      (region) => index < region.end,
    )?.label ?? 'log line'
  );
}

/** A W3C `#Fields:` header names the columns of the lines after it. */
export function updateW3cFields(line: string, state: FormatState): void {
  state.w3cFields = parseW3cFields(line);
}

/** The column names of a `#Fields:` line. */
export function parseW3cFields(line: string): string[] {
  return line.slice(FIELDS_DIRECTIVE.length).trim().split(/\s+/);
}

export const FIELDS_DIRECTIVE = '#Fields:';

/** Reads what the line's format tells. A line of no known format gets an empty context and is still scanned. */
export function describeLine(line: string, state: FormatState): LineContext {
  if (line.startsWith('#')) return unknownLine();
  if (/^\s*\{/.test(line)) return describeJsonLine(line);
  if (state.w3cFields) {
    const w3c = describeW3cLine(line, state.w3cFields);
    if (w3c) return w3c;
  }
  return describePatternLine(line, state);
}

function unknownLine(): LineContext {
  return { format: undefined, timestamp: undefined, regions: [] };
}

function describePatternLine(line: string, state: FormatState): LineContext {
  for (const format of PATTERN_FORMATS) {
    const match = matchFormat(format, line);
    if (!match?.indices?.groups) continue;
    const regions: LineRegion[] = [];
    for (const [group, label] of REGION_LABELS) {
      const span = match.indices.groups[group];
      if (span) regions.push({ start: span[0], end: span[1], label });
    }
    const time = match.groups?.['time'] ?? '';
    return { format: format.id, timestamp: format.readTime ? format.readTime(time, state) : parseTimestamp(time), regions };
  }
  return unknownLine();
}

function matchFormat(format: PatternFormat, line: string): RegExpExecArray | null {
  if (format.firstAt === undefined) return format.pattern.exec(line);
  const first = format.firstAt.exec(line);
  if (!first) return null;
  format.pattern.lastIndex = first.index;
  return format.pattern.exec(line);
}

function describeW3cLine(line: string, fields: readonly string[]): LineContext | undefined {
  const columns = splitColumns(line, line.includes('\t') ? '\t' : ' ');
  if (columns.length !== fields.length) return undefined;
  const valueOf = (name: string) => {
    const column = columns[fields.indexOf(name)];
    return column ? line.slice(column.start, column.end) : undefined;
  };
  const date = valueOf('date');
  const time = valueOf('time');
  const regions = fields.flatMap((name, index) => {
    const label = W3C_REGION_LABELS[name] ?? (W3C_HEADER_COLUMN.test(name) ? `header (${name})` : undefined);
    const column = columns[index];
    return label && column ? [{ ...column, label }] : [];
  });
  const timestamp = date && time ? parseTimestamp(`${date}T${time}`) : undefined;
  return { format: 'w3c', timestamp, regions };
}

/**
 * A W3C line's columns. A value with spaces is quoted (the W3C draft's `<string>` fields: Tomcat's extended access
 * log quotes its Referer and User-Agent, https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html#Extended_Access_Log_Valve):
 * a column that starts with a quote runs to the quote that ends it (before a separator or the line's end), and its span
 * is what the quotes enclose. A quote never closed so is a column like the others.
 */
export function splitColumns(line: string, separator: string): { start: number; end: number }[] {
  const columns: { start: number; end: number }[] = [];
  // Past a quote no close follows, none does for a later one either: each byte is searched once.
  let unclosedFrom = line.length;
  for (let start = 0; ;) {
    const close = line[start] === '"' && start < unclosedFrom ? closingQuote(line, start, separator) : -1;
    if (line[start] === '"' && close === -1) unclosedFrom = Math.min(unclosedFrom, start);
    if (close !== -1) {
      columns.push({ start: start + 1, end: close });
      if (close + 1 >= line.length) return columns;
      start = close + 2;
      continue;
    }
    const end = line.indexOf(separator, start);
    columns.push({ start, end: end === -1 ? line.length : end });
    if (end === -1) return columns;
    start = end + 1;
  }
}

/** The quote that ends a quoted column opened at `open`: one followed by the separator or the line's end; -1 if none. */
function closingQuote(line: string, open: number, separator: string): number {
  for (let close = line.indexOf('"', open + 1); close !== -1; close = line.indexOf('"', close + 1))
    if (close + 1 === line.length || line[close + 1] === separator) return close;
  return -1;
}

function describeJsonLine(line: string): LineContext {
  const fields = listJsonFields(line);
  const regions = fields.filter((field) => field.isString).map((field) => new JsonFieldRegion(field));
  return { format: 'json', timestamp: jsonTimestamp(line, fields), regions };
}

/**
 * A string field as a region, labeled only when asked: a field's path is as long as its depth, and naming every
 * field of a deep line with many fields would cost depth × fields, while only a secret's region is ever named.
 */
class JsonFieldRegion implements LineRegion {
  readonly start: number;
  readonly end: number;

  constructor(private readonly field: JsonField) {
    this.start = field.start;
    this.end = field.end;
  }

  get label(): string {
    const { path } = this.field;
    const role = JSON_FIELD_ROLES[path];
    return role ? `${role} (JSON field "${path}")` : `JSON field "${path}"`;
  }
}

/** The time of the best-ranked time field that reads as one; of two with the same rank, the first in the line. */
function jsonTimestamp(line: string, fields: readonly JsonField[]): number | undefined {
  let best: { readonly rank: number; readonly timestamp: number } | undefined;
  for (const field of fields) {
    const rank = timeRankOf(line, field);
    if (rank === undefined || (best !== undefined && rank >= best.rank)) continue;
    const timestamp = parseTimestamp(line.slice(field.start, field.end));
    if (timestamp !== undefined) best = { rank, timestamp };
  }
  return best?.timestamp;
}

/** Where a field's path stands in `JSON_TIME_PATHS`, or undefined when it is not there. */
function timeRankOf(line: string, field: JsonField): number | undefined {
  const key = keyBefore(line, field);
  if (key === undefined) return undefined;
  for (const { rank, container } of JSON_TIME_KEYS.get(key.toLowerCase()) ?? []) {
    if (field.hasPath(container === undefined ? key : `${container}.${key}`)) return rank;
  }
  return key === EXTENDED_JSON_DATE ? wrappedTimeRank(field.path) : undefined;
}

/**
 * MongoDB's Extended JSON, as `mongoexport` writes a collection (Errbit's notices, an app's audit records), wraps a
 * date in an object: `"created_at":{"$date":"2027-11-08T09:04:30.157Z"}`. The wrapper's key and path rank it, unless
 * the table names the wrapped path itself (MongoDB's own log, `t.$date`).
 */
const EXTENDED_JSON_DATE = '$date';

function wrappedTimeRank(path: string): number | undefined {
  const keys = path.split('.').slice(0, -1);
  const key = keys.pop() ?? '';
  const container = keys.length === 0 ? undefined : keys.join('.');
  return JSON_TIME_KEYS.get(key.toLowerCase())?.find((entry) => entry.container === container)?.rank;
}

/**
 * The key written before a value (`"key": value`), read back from the value's start; undefined for an array's item
 * or a key longer than any time key. Bounded by `LONGEST_TIME_KEY`: every field of a line is asked.
 */
function keyBefore(line: string, field: JsonField): string | undefined {
  let index = (field.isString ? field.start - 1 : field.start) - 1;
  while (line[index] === ' ') index -= 1;
  if (line[index] !== ':') return undefined;
  index -= 1;
  while (line[index] === ' ') index -= 1;
  if (line[index] !== '"') return undefined;
  const end = index;
  for (let start = end - 1; start >= Math.max(0, end - LONGEST_TIME_KEY - 1); start -= 1) {
    if (line[start] === '"') return line.slice(start + 1, end);
  }
  return undefined;
}
