import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressesIn,
  isSameRequest,
  lineShapeBefore,
  requestIdIn,
  requestPhaseOf,
  type RequestKey,
} from '../../src/logs/findings/same-request.js';
import { scanLogs } from '../../src/logs/scan-logs.js';
import { runCli } from '../support/run-cli.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * A single-use ticket written twice by one request (API Gateway's query map and endpoint URI, Rails' `Started` and
 * `Parameters`) is one use; the same ticket in another request is a replay. Real line shapes, scanned by the CLI.
 */
const T0 = Date.UTC(2026, 1, 10, 11, 0, 35) / 1000;
const TICKET = makeJwt({ sub: 'usr_1', iat: T0 - 5, exp: T0 + 55, jti: 'tkt-7f3a' });
const OTHER_TICKET = makeJwt({ sub: 'usr_2', iat: T0 - 5, exp: T0 + 55, jti: 'tkt-9c1d' });
const REQUEST_1 = 'dc43c744-fc65-4f16-afb7-f2b1baaf8d81';
const REQUEST_2 = '896849f8-5040-4d94-a3db-dc2a67d5f426';
const apiGateway = (time: string, request: string, text: string) => `2026-02-10T11:00:${time}+00:00 b7c1e0f2a93d48e6 (${request}) ${text}`;
const oneRequest = (time: string, request: string, ticket: string) => [
  apiGateway(time, request, `Method request query string: {ticket=${ticket}, page=1}`),
  apiGateway(time, request, 'Method request headers: {Accept=application/json}'),
  apiGateway(time, request, `Endpoint request URI: https://orders.internal.example.com/orders?ticket=${ticket}&page=1`),
  apiGateway(time, request, `Sending request to https://orders.internal.example.com/orders?ticket=${ticket}&page=1`),
];
/** tower-http's TraceLayer (axum): a request's events inside its span, which prints the URI; `on_failure` after a 502. */
const towerHttp = (ticket: string, seconds: number) => [
  `2026-11-17T13:07:${seconds}.580339Z  INFO request{method=GET uri=/api/live?stream_ticket=${ticket} version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=4487 ms status=502`,
  `2026-11-17T13:07:${seconds}.580978Z ERROR request{method=GET uri=/api/live?stream_ticket=${ticket} version=HTTP/1.1}: tower_http::trace::on_failure: response failed classification=Status code: 502 Bad Gateway latency=4487 ms`,
];
/** The same events through tracing-subscriber's JSON formatter: the span's URI in each line, one request per pair. */
const towerJson = (ticket: string, seconds: number) => [
  `{"timestamp":"2026-11-17T13:07:${seconds}.780339Z","level":"DEBUG","fields":{"message":"started processing request"},"target":"tower_http::trace::on_request","span":{"method":"GET","uri":"/live/audio?stream_ticket=${ticket}","name":"request"}}`,
  `{"timestamp":"2026-11-17T13:07:${seconds}.816196Z","level":"INFO","fields":{"message":"finished processing request","status":101},"target":"tower_http::trace::on_response","span":{"method":"GET","uri":"/live/audio?stream_ticket=${ticket}","name":"request"}}`,
];
/** A CI job's `curl -v`: the command echoed, then the request curl sends. */
const curlVerbose = (ticket: string, seconds: number) => [
  `2026-12-04T12:02:${seconds}.8051836Z + curl -v -f -o rates.csv 'https://extranet.example/dl?download_ticket=${ticket}'`,
  `2026-12-04T12:02:${seconds}.8220616Z *   Trying 203.0.113.9:443...`,
  `2026-12-04T12:02:${seconds}.8220716Z > GET /dl?download_ticket=${ticket} HTTP/2`,
];
/** A Squid-style proxy access log: a request denied with 407 (proxy authentication), then sent again with credentials. */
const squid = (ticket: string, seconds: number, client: string, result: string) =>
  `${T0 + seconds}.844 852 ${client} ${result} 13829 GET https://crm.example/auth/callback?ticket=${ticket} "CORP\\kmoore" DIRECT/crm.example text/html`;
/** The combined format of a server behind Windows authentication: a 401 challenge, then the same request authenticated. */
const combined = (ticket: string, time: string, client: string, status: number) =>
  `${client} - - [10/Feb/2026:11:${time} +0000] "GET /reports/open?ticket=${ticket} HTTP/1.1" ${status} 1293 "-" "Mozilla/5.0"`;
/** Bun under `BUN_CONFIG_VERBOSE_FETCH=curl`: the request as a curl command, then as sent; no times. */
const bunVerboseFetch = (ticket: string) => [
  `[fetch] $ curl --http1.1 "https://api.example/exports/claim?export_ticket=${ticket}" -X POST \\`,
  '[fetch]   -H "Content-Length: 0"',
  `[fetch] > HTTP/1.1 POST https://api.example/exports/claim?export_ticket=${ticket}`,
  '[fetch] > Connection: keep-alive',
];
/** http-proxy-middleware at debug level under a dev server: the path rewrite, then the forward; no times. */
const proxyMiddleware = (ticket: string) => [
  `[HPM] Rewriting path from "/api/live?ticket=${ticket}" to "/live?ticket=${ticket}"`,
  `[HPM] GET /api/live?ticket=${ticket} ~> https://backend.example`,
];
/** `tcpdump -tttt -A`: the packet's header line, then its payload's request line. */
const tcpdump = (ticket: string, seconds: number, client: string) => [
  `2026-12-04 20:00:${seconds}.072365 IP ${client}.47029 > 10.20.0.9.8080: Flags [P.], seq 2159:2496, ack 8954, win 472, length 337: HTTP: GET /ws/live?ticket=${ticket} HTTP/1.1`,
  'E..u..@.@.....',
  `GET /ws/live?ticket=${ticket} HTTP/1.1`,
  'Host: app.example:8080',
];
/** The npm http-server: the request line, then an error line for the same request. */
const httpServer = (ticket: string, seconds: number) => [
  `[2026-12-04T19:02:${seconds}.356Z]  "GET /live?ticket=${ticket}" "Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0"`,
  `[2026-12-04T19:02:${seconds}.357Z]  "GET /live?ticket=${ticket}" Error (404): "Not found"`,
];
/** Playwright's `DEBUG=pw:api`: a redirect's location header, then the request that follows it (one use of the code). */
const playwrightRedirect = (ticket: string, seconds: number) => [
  `2026-12-14T17:40:${seconds}.651Z pw:api   location: https://app.example/callback?state=9f0f5868&ticket=${ticket}`,
  `2026-12-14T17:40:${seconds}.654Z pw:api \u2192 GET https://app.example/callback?state=9f0f5868&ticket=${ticket}`,
];
/** IIS Failed Request Tracing: the root element names the URL, the request's start event writes it again as RequestURL. */
const freb = (ticket: string) => [
  `<failedRequest url="https://marina.example:443/pass/download?one_time_pass_ticket=${ticket}"`,
  ...['siteId="2"', 'appPoolId="marina"', 'processId="5216"', 'verb="GET"', 'authenticationType="anonymous"'].map(
    (attribute) => `               ${attribute}`,
  ),
  ...['failureReason="TIME_TAKEN"', 'statusCode="200"', 'triggerStatusCode="200"', 'timeTaken="8663"'].map(
    (attribute) => `               ${attribute}`,
  ),
  '               >',
  ' <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
  '  <System>',
  '   <Provider Name="WWW Server" Guid="{3A2A4E84-4C21-4981-AE10-3FDA0D9B0F83}"/>',
  '   <EventID>0</EventID>',
  '   <Version>1</Version>',
  '   <Level>4</Level>',
  '   <Opcode>1</Opcode>',
  '   <TimeCreated SystemTime="2026-02-10T11:00:35.5440000Z"/>',
  '   <Execution ProcessID="5216" ThreadID="8642"/>',
  '   <Computer>MARINA-WEB01</Computer>',
  '  </System>',
  '  <EventData>',
  '   <Data Name="ContextId">{80000A4C-0001-FB00-B63F-84710C7967BB}</Data>',
  '   <Data Name="SiteId">2</Data>',
  '   <Data Name="ConnId">1610613428</Data>',
  `   <Data Name="RequestURL">https://marina.example:443/pass/download?one_time_pass_ticket=${ticket}</Data>`,
  '   <Data Name="RequestVerb">GET</Data>',
  '  </EventData>',
  ' </Event>',
  '</failedRequest>',
];
/** Hono's logger() in a container's CRI log: `<--` as the request comes in, `-->` with its status as it goes out. */
const honoLogger = (ticket: string, seconds: number) => [
  `2026-12-07T12:03:${seconds}.643828493Z stdout F   <-- GET /v1/bilhete/abrir/${ticket}`,
  `2026-12-07T12:03:${seconds}.713828493Z stdout F   --> GET /v1/bilhete/abrir/${ticket} 200 70ms`,
];
/** GeoServer's LoggingFilter: the request with its user agent and referer as it comes in, then with the time it took. */
const geoserver = (ticket: string, seconds: number, client: string) => [
  `14 Sep 09:03:${seconds} INFO [geoserver.filters] - ${client} "GET /geoserver/ows?service=WFS&request=GetFeature&ticket=${ticket}" "Mozilla/5.0 (X11; Linux x86_64)" "" `,
  `14 Sep 09:03:${seconds} INFO [geoserver.filters] - ${client} "GET /geoserver/ows?service=WFS&request=GetFeature&ticket=${ticket}" took 500ms`,
];
/** Hunchentoot's message log line about a request, then its access line (two fields before the time, no ident). */
const hunchentoot = (ticket: string, seconds: number, client: string) => [
  `[2027-11-23 10:01:${seconds} [WARNING]] sign-in failed (invalid_grant) /keru/link?ticket=${ticket}`,
  `${client} - [2027-11-23 10:01:${seconds}] "GET /keru/link?ticket=${ticket} HTTP/1.1" 302 6227 "-" "Mozilla/5.0 (X11; Linux x86_64)"`,
];
const rails = (ticket: string, seconds: number) => [
  `I, [2026-02-10T11:00:${seconds}.101010 #4821]  INFO -- : Started GET "/cable?ticket=${ticket}" for 203.0.113.9 at 2026-02-10 11:00:${seconds} +0000`,
  `I, [2026-02-10T11:00:${seconds}.102020 #4821]  INFO -- : Processing by CableController#show as HTML`,
  `I, [2026-02-10T11:00:${seconds}.102030 #4821]  INFO -- :   Parameters: {"ticket"=>"${ticket}"}`,
];

/**
 * Tomcat's RequestDumperFilter in catalina.out (JULI's OneLineFormatter): one line per attribute of a request, all in
 * the same millisecond, the thread named by the formatter and again by the filter; the ticket is on the parameter
 * and the query string lines.
 */
const CAS_TICKET = 'ST-14863-5Nv8QuH8Ss9sl3seN5Ch-cas-prod-02';
const OTHER_CAS_TICKET = 'ST-14871-Qe2vT7xLm9Rk4sWc8Yh3-cas-prod-01';
const dumpedRequest = (time: string, thread: number, ticket: string) =>
  [
    ' START TIME        =14-Jul-2026 13:01:40',
    '         requestURI=/portal/login/cas',
    '             method=GET',
    `          parameter=ticket=${ticket}`,
    '           protocol=HTTP/1.1',
    `        queryString=ticket=${ticket}`,
    '         remoteAddr=192.0.2.169',
    ' ------------------=--------------------------------------------',
  ].map(
    (attribute) =>
      `14-Jul-2026 ${time} INFO [http-nio-8080-exec-${thread}] org.apache.catalina.filters.RequestDumperFilter.doLog http-nio-8080-exec-${thread}${attribute}`,
  );

const ASPNET_STARTING = '      Request starting HTTP/1.1 GET http://localhost:5000/hub?ticket=abc - - -';
const ASPNET_FINISHED = '      Request finished HTTP/1.1 GET http://localhost:5000/hub?ticket=abc - 101 - - 3.6120ms';

/** ASP.NET Core's request events as Serilog's compact JSON writes them: `RequestId` is in every event of the request. */
const clef = (time: string, phase: 'starting' | 'finished', requestId: string, ticket: string) =>
  JSON.stringify({
    '@t': `2026-02-10T11:00:${time}Z`,
    '@mt': `Request ${phase} {Protocol} {Method} {Scheme}://{Host}{Path}{QueryString}`,
    Protocol: 'HTTP/1.1',
    Method: 'GET',
    Scheme: 'https',
    Host: 'files.example.com',
    Path: '/download/report',
    QueryString: `?ticket=${ticket}`,
    RequestId: requestId,
    RequestPath: '/download/report',
    ConnectionId: requestId.split(':')[0],
  });
const clefRequest = (time: string, requestId: string) => [
  clef(`${time}1`, 'starting', requestId, TICKET),
  clef(`${time}9`, 'finished', requestId, TICKET),
];

const request = (value: string): RequestKey => ({ kind: 'request', value });
const worker = (value: string, seconds: number): RequestKey => ({ kind: 'worker', value, seconds });

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-same-request-'));
  writeFileSync(join(cwd, 'one-request.log'), `${oneRequest('35.86', REQUEST_1, TICKET).join('\n')}\n`);
  writeFileSync(
    join(cwd, 'two-requests.log'),
    `${[...oneRequest('35.86', REQUEST_1, TICKET), ...oneRequest('36.02', REQUEST_2, TICKET)].join('\n')}\n`,
  );
  writeFileSync(
    join(cwd, 'two-tickets.log'),
    `${[...oneRequest('35.86', REQUEST_1, TICKET), ...oneRequest('36.02', REQUEST_2, OTHER_TICKET)].join('\n')}\n`,
  );
  writeFileSync(join(cwd, 'rails-once.log'), `${rails(TICKET, 35).join('\n')}\n`);
  writeFileSync(join(cwd, 'tower-once.log'), `${towerHttp(TICKET, 34).join('\n')}\n`);
  writeFileSync(join(cwd, 'tower-replayed.log'), `${[...towerHttp(TICKET, 34), ...towerHttp(TICKET, 58)].join('\n')}\n`);
  writeFileSync(join(cwd, 'catalina-once.out'), `${dumpedRequest('13:01:40.489', 4, CAS_TICKET).join('\n')}\n`);
  const twice = (time: string, thread: number) => [
    ...dumpedRequest('13:01:40.489', 4, CAS_TICKET),
    ...dumpedRequest(time, thread, CAS_TICKET),
  ];
  writeFileSync(join(cwd, 'catalina-other-thread.out'), `${twice('13:01:52.017', 7).join('\n')}\n`);
  writeFileSync(join(cwd, 'catalina-same-thread-later.out'), `${twice('13:02:30.250', 4).join('\n')}\n`);
  writeFileSync(join(cwd, 'clef-once.json'), `${clefRequest('35.8', '0HNFFS54VAJRD:00000005').join('\n')}\n`);
  writeFileSync(
    join(cwd, 'clef-replayed.json'),
    `${[...clefRequest('35.8', '0HNFFS54VAJRD:00000005'), ...clefRequest('51.2', '0HNFFS54VAJRE:00000001')].join('\n')}\n`,
  );
  writeFileSync(join(cwd, 'rails-replayed.log'), `${[...rails(TICKET, 35), ...rails(TICKET, 58)].join('\n')}\n`);
  writeFileSync(join(cwd, 'tower-once.json'), `${towerJson(TICKET, 34).join('\n')}\n`);
  writeFileSync(join(cwd, 'tower-replayed.json'), `${[...towerJson(TICKET, 34), ...towerJson(TICKET, 58)].join('\n')}\n`);
  writeFileSync(join(cwd, 'tcpdump-once.txt'), `${tcpdump(TICKET, 43, '10.20.1.23').join('\n')}\n`);
  writeFileSync(
    join(cwd, 'tcpdump-replayed.txt'),
    `${[...tcpdump(TICKET, 43, '10.20.1.23'), ...tcpdump(TICKET, 59, '10.20.4.77')].join('\n')}\n`,
  );
  writeFileSync(join(cwd, 'http-server-once.log'), `${httpServer(TICKET, 32).join('\n')}\n`);
  writeFileSync(join(cwd, 'hono-once.log'), `${honoLogger(TICKET, 35).join('\n')}\n`);
  writeFileSync(join(cwd, 'fr000042.xml'), `${freb('6KbiR5YjjPXpuv-RfX7snRRE').join('\n')}\n`);
  writeFileSync(join(cwd, 'playwright-once.log'), `${playwrightRedirect(TICKET, 21).join('\n')}\n`);
  writeFileSync(join(cwd, 'hono-replayed.log'), `${[...honoLogger(TICKET, 35), ...honoLogger(TICKET, 52)].join('\n')}\n`);
  writeFileSync(join(cwd, 'geoserver-once.log'), `${geoserver(TICKET, 33, '203.0.113.88').join('\n')}\n`);
  writeFileSync(join(cwd, 'hunchentoot-once.log'), `${hunchentoot(TICKET, 10, '203.0.113.123').join('\n')}\n`);
  writeFileSync(
    join(cwd, 'hunchentoot-replayed.log'),
    `${[...hunchentoot(TICKET, 10, '203.0.113.123'), hunchentoot(TICKET, 40, '198.51.100.7')[1]].join('\n')}\n`,
  );
  writeFileSync(
    join(cwd, 'geoserver-replayed.log'),
    `${[...geoserver(TICKET, 33, '203.0.113.88'), ...geoserver(TICKET, 41, '198.51.100.19')].join('\n')}\n`,
  );
  writeFileSync(join(cwd, 'bun-once.log'), `${bunVerboseFetch(TICKET).join('\n')}\n`);
  writeFileSync(join(cwd, 'bun-twice.log'), `${[...bunVerboseFetch(TICKET), ...bunVerboseFetch(TICKET)].join('\n')}\n`);
  writeFileSync(join(cwd, 'hpm-once.log'), `${proxyMiddleware(TICKET).join('\n')}\n`);
  writeFileSync(
    join(cwd, 'squid-challenged.log'),
    `${[
      squid(TICKET, 0, '10.40.1.99', 'TCP_DENIED/407'),
      squid(TICKET, 1, '10.40.1.99', 'TCP_MISS/200'),
      squid(TICKET, 9, '10.40.7.12', 'TCP_MISS/200'),
    ].join('\n')}\n`,
  );
  writeFileSync(
    join(cwd, 'combined-challenged.log'),
    `${[
      combined(TICKET, '00:40', '198.51.100.7', 401),
      combined(TICKET, '00:40', '198.51.100.7', 200),
      combined(TICKET, '01:20', '198.51.100.7', 200),
    ].join('\n')}\n`,
  );
  writeFileSync(join(cwd, 'curl-once.log'), `${curlVerbose(TICKET, 3).join('\n')}\n`);
  writeFileSync(join(cwd, 'curl-replayed.log'), `${[...curlVerbose(TICKET, 3), ...curlVerbose(TICKET, 41)].join('\n')}\n`);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function replayLines(file: string): Promise<number[]> {
  const outcome = await runCli(['logs', file, '--each-secret', '--format', 'json'], cwd);
  const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; location: { line: number } }[] };
  return report.findings.filter((finding) => finding.ruleId === 'log-token-replay').map((finding) => finding.location.line);
}

describe('replays and the lines of one request', () => {
  it('API Gateway: the lines of one request id are one use; the same ticket under another request id is a replay', async () => {
    expect(await replayLines('one-request.log')).toEqual([]);
    expect(await replayLines('two-requests.log')).toEqual([5]);
    expect(await replayLines('two-tickets.log')).toEqual([]);
  });

  it('Rails: Started and Parameters of one request are one use; the same ticket 23 seconds later is a replay', async () => {
    expect(await replayLines('rails-once.log')).toEqual([]);
    expect(await replayLines('rails-replayed.log')).toEqual([4]);
  });

  it("tower-http's span lines (on_response, then on_failure) of one request are one use; the ticket 24 seconds later is a replay", async () => {
    expect(await replayLines('tower-once.log')).toEqual([]);
    expect(await replayLines('tower-replayed.log')).toEqual([3]);
  });

  it("tower-http's events in tracing-subscriber's JSON (on_request, on_response) are one use; a later on_request is a replay", async () => {
    expect(await replayLines('tower-once.json')).toEqual([]);
    expect(await replayLines('tower-replayed.json')).toEqual([3]);
  });

  it("a CI job's curl -v: the echoed command and the request line curl sends are one use; the command run again is a replay", async () => {
    expect(await replayLines('curl-once.log')).toEqual([]);
    expect(await replayLines('curl-replayed.log')).toEqual([4]);
  });

  it("tcpdump -A's header line and its payload's request line are one use; the ticket in another packet later is a replay", async () => {
    expect(await replayLines('tcpdump-once.txt')).toEqual([]);
    expect(await replayLines('tcpdump-replayed.txt')).toEqual([5]);
  });

  it("http-server's request line and its error line are one use", async () => {
    expect(await replayLines('http-server-once.log')).toEqual([]);
  });

  it("a debug log's different lines of one exchange, close and without a time between them, are one use; the same line again is a replay", async () => {
    expect(await replayLines('bun-once.log')).toEqual([]);
    expect(await replayLines('hpm-once.log')).toEqual([]);
    expect(await replayLines('bun-twice.log')).toEqual([5]);
  });

  it("Playwright's API log: a redirect's location header and the request following it are one use", async () => {
    expect(await replayLines('playwright-once.log')).toEqual([]);
  });

  it("IIS Failed Request Tracing: the trace's url and its RequestURL event are one use (without the phase, a replay)", async () => {
    expect(await replayLines('fr000042.xml')).toEqual([]);
  });

  it("Hono's logger (<-- in, --> out) writes one use of a ticket link twice; the link opened again later is a replay", async () => {
    expect(await replayLines('hono-once.log')).toEqual([]);
    expect(await replayLines('hono-replayed.log')).toEqual([3]);
  });

  it('an app line about a request, then its access line in a layout urlleak does not know, are one use; another access line is a replay', async () => {
    expect(await replayLines('hunchentoot-once.log')).toEqual([]);
    expect(await replayLines('hunchentoot-replayed.log')).toEqual([3]);
  });

  it("GeoServer's request logging writes one use twice (as it comes in, and with the time it took); another client's use is a replay", async () => {
    expect(await replayLines('geoserver-once.log')).toEqual([]);
    expect(await replayLines('geoserver-replayed.log')).toEqual([3]);
  });

  it("ASP.NET Core in Serilog's compact JSON: Request starting and finished of one RequestId are one use; the ticket under another connection's request is a replay", async () => {
    expect(await replayLines('clef-once.json')).toEqual([]);
    expect(await replayLines('clef-replayed.json')).toEqual([3]);
  });

  it('an access line answered with an authentication challenge (407, 401) and the same client sending it again are one use; another client, or the same one later, is a replay', async () => {
    expect(await replayLines('squid-challenged.log')).toEqual([3]);
    expect(await replayLines('combined-challenged.log')).toEqual([3]);
  });

  it("Tomcat's request dumper: a request's lines on one thread in one millisecond are one use; the ticket on another thread, or on the same thread later, is a replay", async () => {
    expect(await replayLines('catalina-once.out')).toEqual([]);
    expect(await replayLines('catalina-other-thread.out')).toEqual([12]);
    expect(await replayLines('catalina-same-thread-later.out')).toEqual([12]);
  });
});

describe('one request or a replay, whether the file is scanned whole or in segments', () => {
  const LOG = [
    ...dumpedRequest('13:01:40.489', 4, CAS_TICKET),
    ...dumpedRequest('13:01:52.017', 7, CAS_TICKET),
    ...dumpedRequest('13:02:03.310', 2, OTHER_CAS_TICKET),
    ...dumpedRequest('13:02:43.902', 2, OTHER_CAS_TICKET),
  ];

  async function replays(splitBytes: number): Promise<string[]> {
    const path = join(cwd, 'catalina-segments.out');
    writeFileSync(path, `${LOG.join('\n')}\n`);
    const result = await scanLogs({
      files: [path],
      stdin: Readable.from([]),
      displayPath: (file) => file,
      workers: 0,
      splitBytes,
      grouped: false,
    });
    return result.findings
      .filter((finding) => finding.ruleId === 'log-token-replay')
      .map((finding) => `${finding.location.line} after ${String(finding.related?.[0]?.location.line)}`);
  }

  it("reports the reuse on another thread and on the same thread 40 seconds later, never a request's second line", async () => {
    const whole = await replays(1 << 20);
    expect(whole).toEqual(['12 after 4', '28 after 20']);
    // Segments of a few lines cut through requests: a request's two lines may fall in two segments.
    for (const splitBytes of [300, 700, 1500]) expect(await replays(splitBytes)).toEqual(whole);
  });
});

describe('requestIdIn', () => {
  it("takes a bracketed UUID (API Gateway's, Rails'), not one inside an ARN", () => {
    expect(requestIdIn(`2026-02-10T11:00:35Z b7c1 (${REQUEST_1.toUpperCase()}) Endpoint request URI: x`)).toEqual(request(REQUEST_1));
    expect(requestIdIn(`I, [2026-02-10T11:00:35 #1] INFO -- : [${REQUEST_2}] Started GET "/"`)).toEqual(request(REQUEST_2));
    expect(requestIdIn(`"arn:aws:acm:eu-west-1:123456789012:certificate/${REQUEST_1}" "-"`)).toBeUndefined();
  });

  it("takes OpenStack's req- id", () => {
    const nova = `2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-${REQUEST_1} 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] 10.11.10.1 "GET /v2/servers/detail?token=x HTTP/1.1" status: 200`;
    expect(requestIdIn(nova)).toEqual(request(`req-${REQUEST_1}`));
  });

  it("takes AWS Lambda's request id between tabs", () => {
    const lambda = `2026-02-10T11:00:35.101Z\t${REQUEST_1}\tINFO\tGET /ws?ticket=x`;
    expect(requestIdIn(lambda)).toEqual(request(REQUEST_1));
    expect(requestIdIn(`[INFO]\t2026-02-10T11:00:35.101Z\t${REQUEST_2}\tticket accepted: /ws?ticket=x`)).toEqual(request(REQUEST_2));
  });

  it("takes Check Point's loguid, under which an updated log of one connection is sent again", () => {
    const line = (loguid: string) =>
      `<134>1 2027-03-16T07:00:52Z gw-01 CheckPoint 26144 - [action:"Accept"; loguid:"${loguid}"; resource:"https://app.example/cb?code=x&state=y"]`;
    expect(requestIdIn(line('{0xc3c469b1,0x78,0x830159be,0xd7112e1e}'))).toEqual(request('{0xc3c469b1,0x78,0x830159be,0xd7112e1e}'));
    expect(requestIdIn(line('{0xc3c469b2,0x78,0x830159be,0xd7112e1e}'))).not.toEqual(
      requestIdIn(line('{0xc3c469b1,0x78,0x830159be,0xd7112e1e}')),
    );
  });

  it("takes a Chrome net-export event's URL request source id (the request's start and its sent :path header)", () => {
    const event = (id: number, type: number, params: string) =>
      `{"params":${params},"phase":1,"source":{"id":${id},"start_time":"3975371","type":1},"time":"3975372","type":${type}},`;
    const start = event(219, 188, '{"method":"GET","url":"https://app.example/auth/callback?code=x&state=y"}');
    const sent = event(219, 215, '{"headers":[":method: GET",":path: /auth/callback?code=x&state=y"]}');
    expect(requestIdIn(start)).toEqual(request('219'));
    expect(requestIdIn(sent)).toEqual(requestIdIn(start));
    expect(requestIdIn(event(220, 188, '{"url":"https://app.example/"}'))).not.toEqual(requestIdIn(start));
  });

  it("takes Bitbucket's request id after i@ and o@ (its access log's two lines of a request)", () => {
    const line = (phase: string) =>
      `192.0.2.199 | https | ${phase}@L5FJY2Hx900x1414x2 | - | 2026-12-15 15:00:31,814 | "GET /render?render_ticket=x HTTP/1.1" | "" "Mozilla/5.0" | 200 | 0 | 0 | - | 88 | - |`;
    expect(requestIdIn(line('i'))).toEqual(request('l5fjy2hx900x1414x2'));
    expect(requestIdIn(line('o'))).toEqual(requestIdIn(line('i')));
    expect(requestIdIn(line('i').replace('x1414x2', 'x1415x2'))).not.toEqual(requestIdIn(line('o')));
  });

  it("takes ClickHouse's query id in braces after the thread; an empty pair of braces is none", () => {
    const line = (text: string) => `2026.12.02 07:05:31.558529 [ 863 ] {${REQUEST_1}} <Trace> ${text}`;
    expect(requestIdIn(line('ReadWriteBufferFromHTTP: Sending request to https://x.example/dl?fetch_ticket=x'))).toEqual(
      request(REQUEST_1),
    );
    expect(requestIdIn('2026.12.02 07:04:22.536773 [ 710 ] {} <Trace> DynamicQueryHandler: Request URI: /?x=1')).toBeUndefined();
  });

  it("takes logfmt's request_id (Heroku's router)", () => {
    const router = `2026-02-10T11:00:35.003456+00:00 heroku[router]: at=info method=GET path="/ws?ticket=x" request_id=${REQUEST_1} fwd="203.0.113.7"`;
    expect(requestIdIn(router)).toEqual(request(REQUEST_1));
  });

  it("takes a structured log's request id field (ASP.NET Core's RequestId, pino's reqId), not a short counter", () => {
    expect(requestIdIn('{"@t":"2026-02-10T11:00:35Z","QueryString":"?ticket=x","RequestId":"0HNFFS54VAJRD:00000005"}')).toEqual(
      request('0hnffs54vajrd:00000005'),
    );
    expect(requestIdIn(`{"level":30,"time":1770721235000,"reqId": "${REQUEST_1}","req":{"url":"/ws?ticket=x"}}`)).toEqual(
      request(REQUEST_1),
    );
    expect(requestIdIn('{"level":30,"reqId":"req-1","req":{"url":"/ws?ticket=x"}}')).toBeUndefined();
  });

  it('otherwise the pool thread or the connection that served the line, with how close in time its lines of one request are', () => {
    expect(requestIdIn(dumpedRequest('13:01:40.489', 4, CAS_TICKET)[3] ?? '')).toEqual(worker('http-nio-8080-exec-4', 1));
    const spring =
      '2026-02-10T11:00:35.101+00:00 DEBUG 1 --- [reports-api] [nio-8080-exec-1] o.s.w.f.CommonsRequestLoggingFilter : Before request [GET /ws?ticket=x]';
    expect(requestIdIn(spring)).toEqual(worker('nio-8080-exec-1', 1));
    expect(requestIdIn('2026-02-10 11:00:35.101 INFO  [XNIO-1 task-3] c.e.Filter - GET /ws?ticket=x')).toEqual(worker('XNIO-1 task-3', 1));
    const nginx = '2026/02/10 11:00:35 [error] 31#31: *7 upstream timed out, client: 203.0.113.7, request: "GET /ws?ticket=x HTTP/1.1"';
    expect(requestIdIn(nginx)).toEqual(worker('31#31: *7', 60));
    const apache =
      '[Tue Feb 10 11:00:35.655123 2026] [proxy:error] [pid 12:tid 140] [client 203.0.113.7:51234] AH01114: referer: https://x/?ticket=y';
    expect(requestIdIn(apache)).toEqual(worker('203.0.113.7:51234', 60));
    expect(requestIdIn('2026-02-10 11:00:35.101 INFO [main] o.a.c.Catalina : GET /ws?ticket=x [INFO]')).toBeUndefined();
    const drupal = (type: string) =>
      `Dec  2 12:01:21 web02 drupal: https://www.example.org|1796212881|${type}|203.0.113.134|https://www.example.org/openid-connect/generic?code=x||0||Could not retrieve tokens.`;
    expect(requestIdIn(drupal('openid_connect'))).toEqual(worker('203.0.113.134', 1));
    expect(requestIdIn(drupal('page not found'))).toEqual(worker('203.0.113.134', 1));
  });
});

describe('isSameRequest', () => {
  const at = (line: number, loggedAt?: number, requestId?: string | RequestKey, format?: string, phase?: string) => ({
    line,
    loggedAt,
    requestId: typeof requestId === 'string' ? request(requestId) : requestId,
    format,
    phase,
    addresses: undefined,
    shape: undefined,
  });
  it('request ids decide when both lines have one', () => {
    expect(isSameRequest(at(1, T0, REQUEST_1), at(900, T0 + 600, REQUEST_1))).toBe(true);
    expect(isSameRequest(at(1, T0, REQUEST_1), at(2, T0, REQUEST_2))).toBe(false);
  });

  it("otherwise a framework's pair of lines, in order, within 200 lines and 60 seconds", () => {
    const starting = (line: number, loggedAt?: number) => at(line, loggedAt, undefined, undefined, requestPhaseOf(ASPNET_STARTING));
    const finished = (line: number, loggedAt?: number) => at(line, loggedAt, undefined, undefined, requestPhaseOf(ASPNET_FINISHED));
    expect(isSameRequest(starting(1, T0), finished(201, T0 + 60))).toBe(true);
    expect(isSameRequest(starting(1), finished(3))).toBe(true);
    expect(isSameRequest(starting(1, T0), finished(202, T0))).toBe(false);
    expect(isSameRequest(starting(1, T0), finished(2, T0 + 61))).toBe(false);
    expect(isSameRequest(finished(1), starting(2))).toBe(false);
    expect(isSameRequest(starting(1), starting(2))).toBe(false);
    expect(isSameRequest(at(1, T0), at(2, T0))).toBe(false);
  });

  it('one request id alone does not decide: the pair of lines does; without times, lines close enough are one request', () => {
    const phase = (line: string) => requestPhaseOf(line);
    expect(
      isSameRequest(
        at(1, T0, REQUEST_1, undefined, phase(ASPNET_STARTING)),
        at(2, undefined, undefined, undefined, phase(ASPNET_FINISHED)),
      ),
    ).toBe(true);
    expect(
      isSameRequest(
        at(1, undefined, undefined, undefined, phase(ASPNET_STARTING)),
        at(2, T0, REQUEST_2, undefined, phase(ASPNET_FINISHED)),
      ),
    ).toBe(true);
    expect(isSameRequest(at(1, T0, undefined, undefined, phase(ASPNET_STARTING)), at(2))).toBe(false);
    expect(isSameRequest(at(1), at(2, T0, undefined, undefined, phase(ASPNET_FINISHED)))).toBe(false);
    const railsStarted = phase(' Started GET "/cable?ticket=x" for 203.0.113.9');
    expect(railsStarted).toBe('rails:0');
    expect(isSameRequest(at(1, T0, undefined, undefined, railsStarted), at(2, T0, undefined, undefined, phase(ASPNET_FINISHED)))).toBe(
      false,
    );
  });

  it("an app's line, then its access-log line a few lines on, within two seconds or a time zone's offset of it, is one request", () => {
    expect(isSameRequest(at(1, T0), at(3, T0 + 1, undefined, 'combined'))).toBe(true);
    expect(isSameRequest(at(1, T0), at(3, T0 - 3600, undefined, 'combined'))).toBe(true);
    expect(isSameRequest(at(1, T0 + 19_800), at(3, T0, undefined, 'combined'))).toBe(true);
    expect(isSameRequest(at(1), at(3, T0, undefined, 'combined'))).toBe(true);
    expect(isSameRequest(at(1, T0), at(3, T0 + 5, undefined, 'combined'))).toBe(false);
    expect(isSameRequest(at(1, T0), at(30, T0, undefined, 'combined'))).toBe(false);
    expect(isSameRequest(at(1, T0, undefined, 'combined'), at(3, T0))).toBe(false);
    expect(isSameRequest(at(1, T0, undefined, 'combined'), at(3, T0, undefined, 'combined'))).toBe(false);
  });

  it('one thread within a second, one connection within a minute: both lines need a time', () => {
    const thread = worker('http-nio-8080-exec-4', 1);
    expect(isSameRequest(at(1, T0, thread), at(4, T0, thread))).toBe(true);
    expect(isSameRequest(at(1, T0, thread), at(4, T0 + 1, thread))).toBe(true);
    expect(isSameRequest(at(1, T0, thread), at(4, T0 + 1.5, thread))).toBe(false);
    expect(isSameRequest(at(1, T0, thread), at(4, T0, worker('http-nio-8080-exec-7', 1)))).toBe(false);
    expect(isSameRequest(at(1, undefined, thread), at(4, undefined, thread))).toBe(false);
    expect(isSameRequest(at(1, T0, thread), at(202, T0, thread))).toBe(false);
    const connection = worker('31#31: *7', 60);
    expect(isSameRequest(at(1, T0, connection), at(2, T0 + 59, connection))).toBe(true);
    expect(isSameRequest(at(1, T0, connection), at(2, T0 + 61, connection))).toBe(false);
    expect(isSameRequest(at(1, T0, thread, 'combined'), at(2, T0, thread, 'combined'))).toBe(false);
  });

  it('two lines of an access log are two requests, however close, whatever ids they share', () => {
    expect(isSameRequest(at(1, T0, REQUEST_1, 'combined'), at(2, T0, REQUEST_1))).toBe(false);
    expect(isSameRequest(at(1, T0, REQUEST_1, 'w3c'), at(2, T0, REQUEST_1, 'w3c'))).toBe(false);
    expect(isSameRequest(at(1, T0, undefined, 'combined'), at(2, T0))).toBe(false);
    expect(isSameRequest(at(1, T0), at(2, T0, undefined, 'json'))).toBe(false);
    expect(isSameRequest(at(1, T0, REQUEST_1, 'aws-alb'), at(2, T0, REQUEST_1, 'aws-alb'))).toBe(false);
    expect(isSameRequest(at(1, T0, undefined, 'django'), at(2, T0, undefined, 'squid'))).toBe(false);
  });

  it("an app's lines stamped with one instant to the millisecond are one request; one second, an access log or JSON lines are not", () => {
    const instant = T0 + 0.184;
    expect(isSameRequest(at(4, instant), at(5, instant))).toBe(true);
    expect(isSameRequest(at(4, instant), at(5, instant + 0.001))).toBe(false);
    expect(isSameRequest(at(4, T0), at(5, T0))).toBe(false);
    expect(isSameRequest(at(1, instant), at(202, instant))).toBe(false);
    expect(isSameRequest(at(4, instant, undefined, 'combined'), at(5, instant))).toBe(false);
    expect(isSameRequest(at(4, instant, undefined, 'json'), at(5, instant, undefined, 'json'))).toBe(false);
  });

  it('two different lines with the same addresses, within 20 lines and a second (or without times), are one exchange', () => {
    const line = (number: number, text: string, loggedAt?: number) => ({
      ...at(number, loggedAt),
      addresses: addressesIn(text),
      shape: lineShapeBefore(text, text.indexOf('TICKET')),
    });
    const command = '[fetch] $ curl "https://api.example/claim?export_ticket=TICKET"';
    const sent = '[fetch] > HTTP/1.1 POST https://api.example/claim?export_ticket=TICKET';
    expect(isSameRequest(line(1, command), line(3, sent))).toBe(true);
    expect(isSameRequest(line(1, command), line(22, sent))).toBe(false);
    expect(isSameRequest(line(1, command), line(5, command))).toBe(false);
    expect(isSameRequest(line(1, command, T0 + 0.452), line(2, sent, T0 + 0.713))).toBe(true);
    expect(isSameRequest(line(1, command, T0), line(2, sent, T0 + 1))).toBe(false);
    const started = (client: string) => `Started GET "/cable?ticket=TICKET" for ${client} at 2026-12-04`;
    expect(addressesIn(started('203.0.113.9'))).toBe('203.0.113.9');
    const opening = (host: string) => `opening EventSource https://${host}/search?ticket=TICKET (attempt 1)`;
    expect(isSameRequest(line(1, opening('app.example.net')), line(12, opening('api.example.com')))).toBe(false);
    expect(isSameRequest(line(1, started('203.0.113.9')), line(2, `Parameters: {"ticket"=>"TICKET"} from 198.51.100.4`))).toBe(false);
  });

  it('two JSON lines are one request when they share a request id, and two without one', () => {
    expect(isSameRequest(at(1, T0, REQUEST_1, 'json'), at(2, T0, REQUEST_1, 'json'))).toBe(true);
    expect(isSameRequest(at(1, T0, REQUEST_1, 'json'), at(2, T0, REQUEST_2, 'json'))).toBe(false);
    expect(isSameRequest(at(1, T0, undefined, 'json'), at(2, T0, undefined, 'json'))).toBe(false);
  });
});

describe('requestPhaseOf', () => {
  it('names the line of each framework pair, and nothing for other lines', () => {
    expect(requestPhaseOf(ASPNET_STARTING)).toBe('aspnetcore:0');
    expect(requestPhaseOf(ASPNET_FINISHED)).toBe('aspnetcore:1');
    expect(
      requestPhaseOf(
        '2026-02-10 11:00:35.101 DEBUG 1 --- [nio-8080-exec-1] o.s.w.f.CommonsRequestLoggingFilter : After request [GET /ws?ticket=x]',
      ),
    ).toBe('spring:1');
    expect(requestPhaseOf('GET /ws?ticket=abc HTTP/1.1 200 12')).toBeUndefined();
    // A request line alone is what tcpdump -A prints as a packet's payload, after the header line naming it.
    expect(requestPhaseOf('GET /ws?ticket=abc HTTP/1.1')).toBe('tcpdump:1');
    expect(requestPhaseOf('2026-02-10T11:00:35Z b7c1 Endpoint request URI: https://x/y?ticket=abc')).toBe('api-gateway:1');
    expect(requestPhaseOf('2026-02-10T11:00:35Z b7c1 Method request query string: {ticket=abc}')).toBe('api-gateway:0');
    expect(requestPhaseOf('2026-02-10T11:00:35Z b7c1 Sending request to https://x/y?ticket=abc')).toBe('api-gateway:2');
    expect(requestPhaseOf('http-nio-8080-exec-5          parameter=ticket=ST-1-abc')).toBe('tomcat-request-dumper:0');
    expect(requestPhaseOf('http-nio-8080-exec-5        queryString=ticket=ST-1-abc')).toBe('tomcat-request-dumper:1');
  });
});
