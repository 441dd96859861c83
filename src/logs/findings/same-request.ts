/**
 * Two log lines of one request are one use of a single-use token, never a replay: API Gateway's execution log
 * writes the query map and the endpoint URI of a request, Rails its `Started` and `Parameters` lines, ASP.NET Core
 * `Request starting` and `Request finished`, Spring's request filter a line before and after, Tomcat's request dumper
 * its parameters and its query string (issue #12).
 */
export interface RequestMark {
  readonly line: number;
  /** Seconds since the epoch, when the line's format has a time. */
  readonly loggedAt: number | undefined;
  /** The first bracketed UUID in the line: API Gateway's and Rails' request ids (`(dc43c744-…)`, `[dc43c744-…]`). */
  readonly requestId: string | undefined;
  /** The line's format (formats.ts), when recognized. */
  readonly format: string | undefined;
  /** Which line of a framework's pair (`REQUEST_PHASES`) this is, as `<framework>:<index>`. */
  readonly phase: string | undefined;
}

/**
 * Access-log formats write one line per request: two of their lines are two requests, however close and whatever
 * ids they share (an ALB line carries its certificate's ARN).
 */
export const ONE_LINE_PER_REQUEST = new Set(['combined', 'aws-alb', 'envoy', 'haproxy', 'w3c', 'json', 'django', 'squid']);

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
    framework: 'spring',
    lines: [/Before request \[/, /After request \[/],
    source:
      'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/web/filter/CommonsRequestLoggingFilter.html',
  },
];

/** Bounds on a pair of one request: this many lines apart at most… */
export const SAME_REQUEST_LINES = 200;
/** …and this many seconds, when both lines have a time. */
export const SAME_REQUEST_SECONDS = 60;

/** In brackets: a UUID elsewhere in a line is as often a constant (an ALB's certificate ARN) as a request's id. */
const REQUEST_ID = /[([]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[)\]]/i;

export function requestIdIn(line: string): string | undefined {
  return REQUEST_ID.exec(line)?.[1]?.toLowerCase();
}

export function requestPhaseOf(line: string): string | undefined {
  for (const { framework, lines } of REQUEST_PHASES) {
    const index = lines.findIndex((pattern) => pattern.test(line));
    if (index !== -1) return `${framework}:${index}`;
  }
  return undefined;
}

/**
 * Whether two uses belong to one request: never in an access log; the same request id when both lines have one;
 * otherwise a framework's pair of lines, in order and close together. Anything else is two requests.
 */
export function isSameRequest(first: RequestMark, later: RequestMark): boolean {
  if (ONE_LINE_PER_REQUEST.has(first.format ?? '') || ONE_LINE_PER_REQUEST.has(later.format ?? '')) return false;
  if (first.requestId !== undefined && later.requestId !== undefined) return first.requestId === later.requestId;
  return isLaterPhase(first.phase, later.phase) && areClose(first, later);
}

function isLaterPhase(first: string | undefined, later: string | undefined): boolean {
  if (first === undefined || later === undefined) return false;
  const [framework, index] = first.split(':');
  const [laterFramework, laterIndex] = later.split(':');
  return framework === laterFramework && Number(laterIndex) > Number(index);
}

function areClose(first: RequestMark, later: RequestMark): boolean {
  if (Math.abs(later.line - first.line) > SAME_REQUEST_LINES) return false;
  return first.loggedAt === undefined || later.loggedAt === undefined || Math.abs(later.loggedAt - first.loggedAt) <= SAME_REQUEST_SECONDS;
}
