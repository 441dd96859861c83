/**
 * Two log lines of one request are one use of a single-use token, never a replay: API Gateway's execution log
 * writes the query map and the endpoint URI of a request, Rails its `Started` and `Parameters` lines, ASP.NET Core
 * `Request starting` and `Request finished`, Spring's request filter a line before and after, Tomcat's request dumper
 * the request's URI, its parameters and its query string on lines of their own (issues #12, #14).
 */
export interface RequestMark {
  readonly line: number;
  /** Seconds since the epoch, when the line's format has a time. */
  readonly loggedAt: number | undefined;
  /** What in the line ties it to its request (`requestIdIn`): a request id, or the thread or connection serving it. */
  readonly requestId: RequestKey | undefined;
  /** The line's format (formats.ts), when recognized. */
  readonly format: string | undefined;
  /** Which line of a framework's pair (`REQUEST_PHASES`) this is, as `<framework>:<index>`. */
  readonly phase: string | undefined;
  /** The IPv4 addresses the line names (`addressesIn`): a client's, a server's, a proxy's. */
  readonly addresses: string | undefined;
  /** What the line writes before the token, digits aside (`lineShapeBefore`): which of a component's lines it is. */
  readonly shape: number | undefined;
  /** An access-log line answering with an authentication challenge (401 or 407: `challengedIn`). */
  readonly challenged?: boolean;
  /**
   * A line of a format urlleak does not know that is an access log's all the same: a request line in quotes and the
   * status answered (`ACCESS_REQUEST_LINE`), after a prefix (a process manager's) or in a layout of its own.
   */
  readonly accessLine?: boolean;
}

/**
 * A request id names one request: two lines with the same one are one request, with different ones two, whenever
 * they were written. A worker (a thread of a pool, a connection) serves one request after another: two of its lines
 * are one request only when both have a time and the times are at most `seconds` apart.
 */
export type RequestKey = KeyKind & { readonly value: string };

type KeyKind = { readonly kind: 'request' } | { readonly kind: 'worker'; readonly seconds: number };

/**
 * Access-log formats write one line per request: two of their lines are two requests, however close and whatever
 * ids they share (an ALB line carries its certificate's ARN).
 */
export const ONE_LINE_PER_REQUEST = new Set(['combined', 'aws-alb', 'envoy', 'haproxy', 'w3c', 'django', 'squid', 'jmeter-jtl']);

/**
 * A JSON line is an access log's (one per request) as often as a structured app log's, where one request id in two
 * events is one request (Serilog writes ASP.NET Core's `Request starting` and `Request finished` with one `RequestId`).
 * So for JSON lines a shared request id decides, and without one they are two requests, as in an access log.
 */
const JSON_FORMAT = new Set(['json']);

function isFormatOf(formats: ReadonlySet<string>, first: RequestMark, later: RequestMark): boolean {
  return formats.has(first.format ?? '') || formats.has(later.format ?? '');
}

/** A line an access log wrote, one per request: of a format known to be one, or shaped as one (`accessLine`). */
function isAccessLine(mark: RequestMark): boolean {
  return ONE_LINE_PER_REQUEST.has(mark.format ?? '') || mark.accessLine === true;
}

/**
 * Frameworks that log one request on several lines, each with the URL or its parameters: a later line of the list
 * after an earlier one is the same request. Matched anywhere in the line (after a logger's prefix).
 */
export const REQUEST_PHASES: readonly { readonly framework: string; readonly lines: readonly RegExp[]; readonly source: string }[] = [
  {
    framework: 'api-gateway',
    lines: [/ Method request (?:path|query string): /, / Endpoint request URI: /, / Sending request to /],
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  {
    framework: 'rails',
    lines: [/ Started [A-Z]+ "/, / Parameters: \{/],
    source: 'https://guides.rubyonrails.org/debugging_rails_applications.html#the-logger',
  },
  {
    framework: 'aspnetcore',
    lines: [/Request starting HTTP\/[\d.]+ [A-Z]+ /, /Request finished HTTP\/[\d.]+ [A-Z]+ /],
    source: 'https://learn.microsoft.com/aspnet/core/fundamentals/logging/#log-category',
  },
  {
    // One attribute per line, in alphabetical order: the parsed parameters before the raw query string.
    framework: 'tomcat-request-dumper',
    lines: [/^\S+ +parameter=/, /^\S+ +queryString=/],
    source: 'https://tomcat.apache.org/tomcat-10.1-doc/config/filter.html#Request_Dumper_Filter',
  },
  {
    // tower-http's TraceLayer (Rust: axum, tonic) writes a request's events inside its span, which prints the URI:
    // `request{method=GET uri=/x?k=v …}: tower_http::trace::on_response: …`, then `on_failure` for an error status.
    framework: 'tower-http',
    lines: [/tower_http::trace::on_request\b/, /tower_http::trace::on_response\b/, /tower_http::trace::on_failure\b/],
    source: 'https://docs.rs/tower-http/latest/tower_http/trace/index.html',
  },
  {
    // A CI job echoes a `curl -v` command (`+ curl …`, `$ curl …`), then curl writes the request it sends (`> GET /x HTTP/2`).
    framework: 'curl-verbose',
    lines: [/(?:^|[\s+$>] ?)curl\s.*https?:\/\//, /> [A-Z]{3,7} \/\S* HTTP\/[\d.]+\s*$/],
    source: 'https://curl.se/docs/manpage.html#-v',
  },
  {
    // `tcpdump -A`: a packet's header line names the request (`… length 337: HTTP: GET /x HTTP/1.1`), then its payload
    // starts with the request line itself.
    framework: 'tcpdump',
    lines: [/ > \S+: Flags \[[^\]]{1,8}\].{0,200} length \d+: HTTP: [A-Z]{3,7} \S+ HTTP\//, /^\.{0,64}[A-Z]{3,7} \/\S* HTTP\/[\d.]+\s*$/],
    source: 'https://www.tcpdump.org/manpages/tcpdump.1.html',
  },
  {
    // http-server (npm): the request line with its user agent, then an error line for the same request.
    framework: 'http-server',
    lines: [/^\[[^\]]{10,40}\] +"[A-Z]{3,7} \S+" "/, /^\[[^\]]{10,40}\] +"[A-Z]{3,7} \S+" Error \(\d{3}\)/],
    source: 'https://github.com/http-party/http-server#readme',
  },
  {
    // The request loggers of Hono (`logger()`) and koa-logger: `<-- GET /x` as a request comes in, `--> GET /x 200 12ms`
    // as it goes out.
    framework: 'arrow-logger',
    lines: [/<-- [A-Z]{3,7} \//, /--> [A-Z]{3,7} \/\S* \S+ \d/],
    source: 'https://hono.dev/docs/middleware/builtin/logger',
  },
  {
    // Playwright's API request log (`DEBUG=pw:api`): a redirect's `location:` header, then the request that follows it
    // (`→ GET …`; the arrow is matched as any short run, since lines are read one byte per character).
    framework: 'playwright-api',
    lines: [/pw:api +location: /, /pw:api +\S{1,3} [A-Z]{3,7} https?:\/\//],
    source: 'https://playwright.dev/docs/debug#verbose-api-logs',
  },
  {
    // IIS Failed Request Tracing: a trace file's root element names the request's URL, then its GENERAL_REQUEST_START
    // event writes it again as `RequestURL`.
    framework: 'iis-freb',
    lines: [/<failedRequest url="/, /<Data Name="RequestURL">/],
    source:
      'https://learn.microsoft.com/en-us/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis',
  },
  {
    // GeoServer's request logging (`org.geoserver.filters.LoggingFilter`): the client, the request line with its query,
    // user agent and referer as a request comes in, then the same client and request line with the time it took.
    framework: 'geoserver',
    lines: [/ "[A-Z]{3,7} \/\S*" "/, / "[A-Z]{3,7} \/\S*" took \d+ms\s*$/],
    source: 'https://github.com/geoserver/geoserver/blob/main/src/main/src/main/java/org/geoserver/filters/LoggingFilter.java',
  },
  {
    framework: 'spring',
    lines: [/Before request \[/, /After request \[/],
    source:
      'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/web/filter/CommonsRequestLoggingFilter.html',
  },
];

/**
 * What ties a line to its request, by preference: the first row that matches anywhere in the line gives its key.
 * Patterns have bounded repetitions: each costs a bounded number of steps where it is tried.
 */
export const REQUEST_KEYS: readonly { readonly key: KeyKind; readonly pattern: RegExp; readonly source: string }[] = [
  {
    // API Gateway's `(dc43c744-…)`, Rails' tagged `[dc43c744-…]`. In brackets: a UUID elsewhere in a line is as often a
    // constant (an ALB's certificate ARN) as a request's id.
    key: { kind: 'request' },
    pattern: /[([]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[)\]]/i,
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  {
    // ClickHouse's server log: the query's id in braces after the thread's number, `[ 863 ] {32629c98-…} <Trace>`; every
    // line a query writes (the statement, the HTTP buffer that fetches a `url()`) carries it
    // (https://clickhouse.com/docs/operations/server-configuration-parameters/settings#logger).
    key: { kind: 'request' },
    pattern: /\] \{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\} </,
    source: 'https://clickhouse.com/docs/operations/system-tables/text_log',
  },
  {
    // OpenStack's services (oslo.context): `[req-38101a0b-2096-447d-96ea-a692162415ae <user> <project> - - -]`.
    key: { kind: 'request' },
    pattern: /\[(req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[\] ]/i,
    source: 'https://docs.openstack.org/oslo.log/latest/admin/log_format.html',
  },
  {
    // AWS Lambda's runtimes write the invocation's request id between tabs: Node.js `<time>\t<id>\tINFO\t…`, Python
    // `[INFO]\t<time>\t<id>\t…`.
    key: { kind: 'request' },
    pattern: /\t([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\t/i,
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html',
  },
  {
    // Bitbucket Data Center's access log writes each request twice, as it comes in (`i@`) and as it goes out (`o@`),
    // with one request id: `i@1X2Y3Zx900x1414x2`.
    key: { kind: 'request' },
    pattern: / \| [io]@([0-9A-Z]{4,16}x\d{1,6}x\d{1,9}x\d{1,6}) \| /,
    source: 'https://confluence.atlassian.com/bitbucketserverkb/understanding-bitbucket-server-s-access-logs-779171698.html',
  },
  {
    // logfmt's request id: Heroku's router, and the apps behind it that log `X-Request-ID`.
    key: { kind: 'request' },
    pattern: /\brequest_id=([\w-]{8,64})(?![\w-])/,
    source: 'https://devcenter.heroku.com/articles/http-request-id',
  },
  {
    // Check Point's Log Exporter: a connection's log is sent again, updated, under the same `loguid` (its URL Filtering
    // record first, then the session's totals).
    key: { kind: 'request' },
    pattern: /\bloguid:"(\{0x[0-9a-f]{1,8},0x[0-9a-f]{1,8},0x[0-9a-f]{1,8},0x[0-9a-f]{1,8}\})"/,
    source:
      'https://sc1.checkpoint.com/documents/R81/WebAdminGuides/EN/CP_R81_LoggingAndMonitoring_AdminGuide/Topics-LMG/Log-Exporter-Appendix.htm',
  },
  {
    // Chrome's net-export (NetLog) events: every event of one URL request carries its source, `"source":{"id":219,…`
    // (the request's `url` at its start, its HTTP/2 `:path` header when sent).
    key: { kind: 'request' },
    pattern: /"source":\{"id":(\d{1,12}),"start_time":"\d{1,20}","type":1\}/,
    source: 'https://www.chromium.org/developers/design-documents/network-stack/netlog/',
  },
  {
    // A structured log's request id field: ASP.NET Core's `"RequestId":"0HN7…:00000005"` (the connection's id and the
    // request's number on it, in every event of the request's scope, Serilog's included), pino's and Fastify's `reqId`.
    key: { kind: 'request' },
    pattern: /"(?:RequestId|requestId|request_id|reqId|req_id)": ?"([\w:.-]{8,80})"/,
    source: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/logging/#log-scopes',
  },
  {
    // A pool's thread as Java loggers bracket it: Tomcat's `[http-nio-8080-exec-4]` (JULI's OneLineFormatter), Spring
    // Boot's right-aligned `[nio-8080-exec-1]`, Jetty's `[qtp1234-45]`, `[pool-1-thread-3]`, Undertow's `[XNIO-1 task-1]`.
    // Pool threads are numbered: `[main]`, a level or an application's name is no request's. A thread takes the next
    // request as soon as it is done, so only lines within a second are one request: Tomcat's RequestDumperFilter
    // writes all of a request's lines in the same millisecond.
    key: { kind: 'worker', seconds: 1 },
    pattern: /\[ *([A-Za-z][\w.-]{0,40}(?: [\w.-]{1,20})?-\d{1,6})\]/,
    source: 'https://tomcat.apache.org/tomcat-10.1-doc/logging.html#Using_java.util.logging_(default)',
  },
  {
    // nginx's error log: the worker process and the connection's number (`31#31: *7`). One connection is one client,
    // so its lines of a minute are one use, like a framework's pair.
    key: { kind: 'worker', seconds: 60 },
    pattern: /\b(\d{1,10}#\d{1,10}: \*\d{1,20}) /,
    source: 'https://nginx.org/en/docs/ngx_core_module.html#error_log',
  },
  {
    // Drupal's syslog line, `base_url|timestamp|type|ip|request_uri|referer|uid|link|message`: one request writes an
    // entry per message (an exception and the notice that follows it), each with the client's address and the second.
    key: { kind: 'worker', seconds: 1 },
    pattern: /\|\d{9,11}\|[\w -]{1,64}\|([\d.:a-fA-F]{3,45})\|https?:\/\//,
    source: 'https://www.drupal.org/docs/8/core/modules/syslog/overview',
  },
  {
    // Apache's error log: the client's address and port, one connection (`[client 203.0.113.7:51234]`).
    key: { kind: 'worker', seconds: 60 },
    pattern: /\[client ([\d.:a-fA-F]{3,45}:\d{1,5})\]/,
    source: 'https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat',
  },
];

/** Bounds on a pair of one request: this many lines apart at most… */
export const SAME_REQUEST_LINES = 200;
/** …and this many seconds, when both lines have a time. */
export const SAME_REQUEST_SECONDS = 60;

/** What in a line ties it to its request (`REQUEST_KEYS`), or undefined. */
export function requestIdIn(line: string): RequestKey | undefined {
  for (const { key, pattern } of REQUEST_KEYS) {
    const value = pattern.exec(line)?.[1];
    // Request ids are compared without case: API Gateway writes them in either.
    if (value !== undefined) return { ...key, value: key.kind === 'request' ? value.toLowerCase() : value };
  }
  return undefined;
}

/**
 * What `isOneExchange` compares, read only where it can decide: an access log's lines and JSON lines are told apart
 * before it, so their marks skip the work (every line of a log of single-use tickets is remembered).
 */
export function exchangeMarkOf(
  line: string,
  tokenStart: number,
  format: string | undefined,
): Pick<RequestMark, 'addresses' | 'shape' | 'challenged' | 'accessLine'> {
  if (ONE_LINE_PER_REQUEST.has(format ?? '')) return { addresses: addressesIn(line), shape: undefined, challenged: challengedIn(line) };
  if (JSON_FORMAT.has(format ?? '')) return { addresses: undefined, shape: undefined };
  if (ACCESS_REQUEST_LINE.test(line))
    return { addresses: addressesIn(line), shape: undefined, challenged: challengedIn(line), accessLine: true };
  return { addresses: addressesIn(line), shape: lineShapeBefore(line, tokenStart) };
}

/** A request line in quotes, then the status it was answered with: what every access-log layout writes. */
const ACCESS_REQUEST_LINE = /"[A-Z]{3,7} \S{1,4096} HTTP\/[\d.]{1,3}" \d{3} /;

/**
 * An access-log line whose answer is an authentication challenge: a proxy's `407` (Squid's and Cisco's
 * `TCP_DENIED/407`), a server's `401` after the request line (combined) or with IIS's sub-status and Win32 status
 * (W3C). The client sends the same request again with its credentials (RFC 9110 §11.6.1, §11.7.1), as browsers do on
 * every NTLM or Negotiate handshake: the challenged line and the retry are one use of a token in the URL.
 */
function challengedIn(line: string): boolean {
  return AUTH_CHALLENGE.test(line);
}

const AUTH_CHALLENGE = /[A-Z_]\/407 |HTTP\/[\d.]+" 40[17] | 401 \d{1,3} \d{1,10} /;

/** The line's IPv4 addresses, sorted, without repeats; undefined for none. */
export function addressesIn(line: string): string | undefined {
  const found = line.match(IPV4_ADDRESS);
  return found ? [...new Set(found)].sort().join(' ') : undefined;
}

const IPV4_ADDRESS = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])/g;

export function requestPhaseOf(line: string): string | undefined {
  for (const { framework, lines } of REQUEST_PHASES) {
    const index = lines.findIndex((pattern) => pattern.test(line));
    if (index !== -1) return `${framework}:${index}`;
  }
  return undefined;
}

/**
 * Whether two uses belong to one request: never in an access log; the same request id when both lines have one; never
 * in JSON lines without one; the same worker at (nearly) the same time; otherwise a framework's pair of lines, in order
 * and close together. Anything else is two requests.
 */
export function isSameRequest(first: RequestMark, later: RequestMark): boolean {
  if (isAccessLine(first) || isAccessLine(later))
    return (
      isRetryAfterChallenge(first, later) ||
      isAppLineThenItsAccessLine(first, later) ||
      // An app writing its access line and its own line of the request at once (log4js' `connectLogger`): an access
      // line by its shape only, as a log of an access log's own format has one line per request.
      (!isFormatOf(ONE_LINE_PER_REQUEST, first, later) && isAccessLine(first) !== isAccessLine(later) && isSameInstant(first, later))
    );
  if (first.requestId?.kind === 'request' && later.requestId?.kind === 'request') return first.requestId.value === later.requestId.value;
  // A framework's own pair of lines tells, in JSON too (tracing-subscriber's JSON of tower-http's events).
  if (isLaterPhase(first.phase, later.phase) && areClose(first, later, SAME_REQUEST_SECONDS)) return true;
  if (isFormatOf(JSON_FORMAT, first, later)) return false;
  return isSameInstant(first, later) || isSameWorkerAtOnce(first, later) || isOneExchange(first, later);
}

/**
 * A request answered with an authentication challenge (`challengedIn`), then sent again by the same client (the same
 * addresses in the line) a few lines and at most `CHALLENGE_RETRY_SECONDS` later.
 */
function isRetryAfterChallenge(first: RequestMark, later: RequestMark): boolean {
  if (first.challenged !== true || first.addresses === undefined || first.addresses !== later.addresses) return false;
  if (later.line <= first.line || later.line - first.line > ONE_EXCHANGE_LINES) return false;
  return (
    first.loggedAt === undefined || later.loggedAt === undefined || Math.abs(later.loggedAt - first.loggedAt) <= CHALLENGE_RETRY_SECONDS
  );
}

const CHALLENGE_RETRY_SECONDS = 5;

/**
 * An app's own line about a request (its parameters dumped by Dancer's or a Flask view's debug logging), then the
 * access-log line its server writes when it answers, in one stream: the access line comes after, a few lines on. Their
 * times, when both have one, are within `APP_THEN_ACCESS_SECONDS` once a time-zone offset (a multiple of 15 minutes)
 * is allowed for: app loggers often write local time without a zone, access logs with one. A second request would be
 * another access line, which stays a replay.
 */
function isAppLineThenItsAccessLine(first: RequestMark, later: RequestMark): boolean {
  if (isAccessLine(first) || !isAccessLine(later)) return false;
  if (later.line <= first.line || later.line - first.line > ONE_EXCHANGE_LINES) return false;
  if (first.loggedAt === undefined || later.loggedAt === undefined) return true;
  const elapsed = later.loggedAt - first.loggedAt;
  const offsetApart = elapsed - Math.round(elapsed / ZONE_STEP_SECONDS) * ZONE_STEP_SECONDS;
  return Math.abs(elapsed) <= MAX_ZONE_OFFSET_SECONDS && Math.abs(offsetApart) <= APP_THEN_ACCESS_SECONDS;
}

const APP_THEN_ACCESS_SECONDS = 2;
const ZONE_STEP_SECONDS = 15 * 60;
const MAX_ZONE_OFFSET_SECONDS = 14 * 3600;

/** How many lines apart a debug log writes one exchange's lines (a request and its answer, a proxy's rewrite and its forward). */
export const ONE_EXCHANGE_LINES = 20;

/**
 * Two different lines of a debug or app log a few lines apart, with the same addresses and no time that sets them
 * apart (none on a line, or less than a second between them): one exchange written in steps, as a client's verbose
 * output writes a request as a command and then as sent (Bun's `BUN_CONFIG_VERBOSE_FETCH=curl`), a dev proxy its
 * rewrite and its forward (http-proxy-middleware), an MCP server the message it got and the answer it sent. The same
 * line written again (Rails' `Started GET` twice) is a second request, and other addresses are another client's.
 */
function isOneExchange(first: RequestMark, later: RequestMark): boolean {
  if (Math.abs(later.line - first.line) > ONE_EXCHANGE_LINES || first.addresses !== later.addresses) return false;
  if (first.shape === undefined || later.shape === undefined || first.shape === later.shape) return false;
  return first.loggedAt === undefined || later.loggedAt === undefined || Math.abs(later.loggedAt - first.loggedAt) < 1;
}

/**
 * A hash of what a line writes before the URL or word holding the token at `start`, digits left out (times, ports,
 * ids), over at most 160 characters: two lines of one kind (two `Started GET "…` lines, two `opening EventSource …`
 * lines to other hosts) share it, a request and its answer do not. A hash, so that a remembered first use holds a
 * number rather than text.
 */
export function lineShapeBefore(line: string, start: number): number {
  let wordStart = start;
  while (wordStart > 0 && !WORD_BOUNDARY.has(line.charCodeAt(wordStart - 1))) wordStart -= 1;
  let hash = 0x811c9dc5;
  for (let index = Math.max(0, wordStart - SHAPE_CHARACTERS); index < wordStart; index += 1) {
    const code = line.charCodeAt(index);
    if (code >= 48 && code <= 57) continue;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** Space, tab and quotes: where a URL or a word written in a line begins. */
const WORD_BOUNDARY = new Set([' ', '\t', '"', "'", '`'].map((character) => character.charCodeAt(0)));

const SHAPE_CHARACTERS = 160;

/**
 * Two lines of an app's log stamped with the same instant, to the millisecond or finer, close together: an app writes
 * its access line and its own lines of one request at once (log4js' `connectLogger` and the route's logger), while a
 * second request is sent after the first one's answer. Times to the second tell this only for one client (Drupal's
 * syslog line, `REQUEST_KEYS`).
 */
function isSameInstant(first: RequestMark, later: RequestMark): boolean {
  const at = first.loggedAt;
  return at !== undefined && !Number.isInteger(at) && later.loggedAt === at && areClose(first, later, 0);
}

/** Without a time on both lines a worker tells nothing: a pool's thread serves many requests in a log's stretch. */
function isSameWorkerAtOnce(first: RequestMark, later: RequestMark): boolean {
  const worker = first.requestId;
  if (worker?.kind !== 'worker' || later.requestId?.kind !== 'worker' || later.requestId.value !== worker.value) return false;
  return first.loggedAt !== undefined && later.loggedAt !== undefined && areClose(first, later, worker.seconds);
}

function isLaterPhase(first: string | undefined, later: string | undefined): boolean {
  if (first === undefined || later === undefined) return false;
  const [framework, index] = first.split(':');
  const [laterFramework, laterIndex] = later.split(':');
  return framework === laterFramework && Number(laterIndex) > Number(index);
}

function areClose(first: RequestMark, later: RequestMark, seconds: number): boolean {
  if (Math.abs(later.line - first.line) > SAME_REQUEST_LINES) return false;
  return first.loggedAt === undefined || later.loggedAt === undefined || Math.abs(later.loggedAt - first.loggedAt) <= seconds;
}
