import { describe, expect, it } from 'vitest';
import { describeLine, updateW3cFields, type FormatState } from '../../src/logs/formats/formats.js';
import { parseTimestamp, parseYearlessTime } from '../../src/logs/formats/parse-timestamp.js';
import { logWriters } from './corpus/log-writers.js';
import { Random } from './corpus/random.js';

const TIME = new Date(Date.UTC(2026, 9, 12, 8, 15, 2));
const request = {
  time: TIME,
  method: 'GET',
  url: '/ws?token=abc',
  host: 'api.example.com',
  referer: 'https://app.example.com/page?ref=1',
  status: 200,
  clientIp: '198.51.100.7',
  authorization: undefined,
};

describe('describeLine', () => {
  it.each(logWriters.map((writer) => [writer.id, writer] as const))('reads the time and URL regions of %s lines', (_id, writer) => {
    const state: FormatState = { w3cFields: undefined };
    for (const header of writer.header) if (header.startsWith('#Fields:')) updateW3cFields(header, state);
    const line = writer.write(request, new Random(1), 'plain');
    const context = describeLine(line, state);
    // To the second: HAProxy's accept date adds milliseconds of its own.
    expect(context.timestamp === undefined ? undefined : Math.floor(context.timestamp)).toBe(
      writer.hasTimestamp ? TIME.getTime() / 1000 : undefined,
    );
    const urlRegion = context.regions.find((region) => line.slice(region.start, region.end).includes('token=abc'));
    if (writer.id !== 'app-text' && writer.id !== 'untimed-text') expect(urlRegion?.label).toMatch(/request|URL|query|JSON field/);
    if (writer.hasReferer) {
      const referer = context.regions.find((region) => line.slice(region.start, region.end).includes('ref=1'));
      expect(referer?.label).toMatch(/Referer/);
    }
  });

  it.each([
    [
      'nginx error log',
      '2026/10/12 08:15:02 [error] 31#31: *7 upstream timed out, client: 203.0.113.7, request: "GET /ws?token=x HTTP/1.1"',
      1791792902,
    ],
    [
      'Apache error log',
      '[Mon Oct 12 08:15:02.655123 2026] [proxy:error] [pid 12] [client 203.0.113.7:5000] AH01114: referer: https://x/?token=y',
      1791792902.655,
    ],
    ['log4j', '2026-10-12 08:15:02,655 INFO  [http-nio-8080-exec-1] c.e.Filter - GET /ws?token=x', 1791792902.655],
  ])('reads the time of %s lines', (_name, line, expected) => {
    expect(describeLine(line, { w3cFields: undefined }).timestamp).toBe(expected);
  });

  /** A file last modified on October 20th, 2026: syslog lines without a year are from before it. */
  const syslogState: FormatState = { w3cFields: undefined, modifiedAt: Date.UTC(2026, 9, 20) / 1000 };

  it.each([
    ['W3C without a header (tab-separated)', '2026-10-14\t07:56:09\tLHR62-C2\t2390\t203.0.113.7\tGET\t/ws\ttoken=x', 'w3c', 1791964569],
    ['journald JSON', '{"__REALTIME_TIMESTAMP":"1791964569003000","MESSAGE":"GET /ws?token=x"}', 'json', 1791964569.003],
    ['Monolog JSON', '{"message":"GET /ws?token=x","datetime":"2026-10-14T09:56:09.003456+02:00"}', 'json', 1791964569.003],
    [
      'Monolog 1 JSON',
      '{"message":"x","datetime":{"date":"2026-10-14 07:56:09.003456","timezone_type":3,"timezone":"UTC"}}',
      'json',
      1791964569.003,
    ],
    ['JSON whose first time field is no time', '{"time":"12ms","ts":1791964569.25,"url":"/ws?token=x"}', 'json', 1791964569.25],
    [
      'Squid',
      '1791964569.450    120 203.0.113.7 TCP_MISS/200 12 GET http://x.example/ws?token=x - HIER_DIRECT/1.2.3.4 -',
      'squid',
      1791964569.45,
    ],
    ['epoch seconds first', '1791964569.450\t203.0.113.7\t0.001\t200\t/ws?token=x', 'epoch-text', 1791964569.45],
    ['Nagios Core', '[1791964569] SERVICE ALERT: sso01;Logout;WARNING;SOFT;1;WARNING - https://x.example/ws?token=x', 'nagios', 1791964569],
    ['Mosquitto', "1791964569: New client connected from 10.40.7.31:37949 as c12 (p2, c1, k60, u'x').", 'mosquitto', 1791964569],
    [
      'ChromeDriver --verbose',
      '[1791964569.450][DEBUG]: DevTools HTTP Request: http://localhost:9222/json/version?token=x',
      'chromedriver',
      1791964569.45,
    ],
    [
      "hapi's good-console",
      '261014/075609.450, [response,api] http://0.0.0.0:3000: get /ws?token=x {} 200 (5ms)',
      'good-console',
      1791964569.45,
    ],
    ['Django runserver', '[14/Oct/2026 07:56:09] "GET /ws?token=x HTTP/1.1" 200 12', 'django', 1791964569],
    ['syslog RFC 3164', 'Oct 14 07:56:09 web1 app[1]: GET /ws?token=x', 'syslog', 1791964569],
    ['syslog RFC 3164, a priority, a one-digit day', '<134>Oct  4 07:56:09 web1 app[1]: GET /ws?token=x', 'syslog', 1791100569],
    ['syslog RFC 5424', '<34>1 2026-10-14T07:56:09.003Z web1 app 1 ID47 - GET /ws?token=x', 'syslog', 1791964569.003],
    [
      'a Heroku drain',
      '262 <158>1 2026-10-14T07:56:09.003456+00:00 host heroku router - at=info path="/ws?token=x"',
      'syslog',
      1791964569.003,
    ],
    [
      'RFC 5424 without a time, the message with one',
      '<34>1 - web1 app - - - 2026-10-14T07:56:09Z GET /ws?token=x',
      'timestamped-text',
      1791964569,
    ],
    ['ISO 8601 with an hours-only offset', '2026-10-14 09:56:09+02 LOG: GET /ws?token=x', 'timestamped-text', 1791964569],
    [
      'a syslog frame around a time in the message',
      'Oct 14 07:56:09 web1 app: job of 2025-01-01T00:00:00Z done ?token=x',
      'syslog',
      1791964569,
    ],
  ])('reads the time of %s lines', (_name, line, format, expected) => {
    expect(describeLine(line, syslogState)).toMatchObject({ format, timestamp: expected });
  });

  /** 2026-07-14T10:20:13Z, in a file last modified on July 20th, 2026 (klog has no year). */
  const T = Date.UTC(2026, 6, 14, 10, 20, 13) / 1000;
  const julyState: FormatState = { w3cFields: undefined, modifiedAt: Date.UTC(2026, 6, 20) / 1000 };

  it.each([
    [
      "Tomcat's catalina.out (JULI OneLineFormatter)",
      '14-Jul-2026 10:20:13.123 INFO [http-nio-8080-exec-1] org.apache.catalina.filters.RequestDumperFilter.doLog http-nio-8080-exec-1        queryString=ticket=ST-1-abc',
      'timestamped-text',
      T + 0.123,
    ],
    ['php-fpm', '[14-Jul-2026 10:20:13] WARNING: [pool www] child 12 said into stderr: "GET /ws?token=x"', 'timestamped-text', T],
    [
      "PHP's error log",
      '[14-Jul-2026 10:20:13 UTC] PHP Warning:  file_get_contents(https://api.example.com/v1/rates?api_key=x): Failed to open stream',
      'timestamped-text',
      T,
    ],
    ["log4j's DATE", '14 Jul 2026 10:20:13,123 INFO  [http-nio-8080-exec-1] c.e.Filter - GET /ws?token=x', 'timestamped-text', T + 0.123],
    ['RFC 1123 (morgan :date[web])', '[Tue, 14 Jul 2026 10:20:13 GMT] "GET /ws?token=x HTTP/1.1" 200', 'timestamped-text', T],
    ['Go log', '2026/07/14 10:20:13 proxy: GET https://upstream.internal/ws?token=x', 'timestamped-text', T],
    [
      "Unreal Engine's log (milliseconds after a colon)",
      "[2026.07.14-10.20.13:558][295]LogHttp: Verbose: URL='https://api.example/ws?token=x'",
      'timestamped-text',
      T + 0.558,
    ],
    ['Python logging', '2026-07-14 12:20:13,123 - app - INFO - GET /ws?token=x', 'timestamped-text', T + 7200.123],
    ['gunicorn (zone after a space)', '[2026-07-14 12:20:13 +0200] [7] [DEBUG] GET /ws?token=x', 'timestamped-text', T],
    [
      "Serilog's file sink (zone with a colon after a space)",
      '2026-07-14 12:20:13.123 +02:00 [INF] HTTP GET /ws?token=x responded 101 in 3.2 ms',
      'timestamped-text',
      T + 0.123,
    ],
    ['PostgreSQL (zone name)', '2026-07-14 10:20:13.123 UTC [1234] LOG:  statement: SELECT 1 -- ?token=x', 'timestamped-text', T + 0.123],
    ['Jupyter (tornado)', '[I 2026-07-14 10:20:13.244 ServerApp] 302 GET /?token=x (@127.0.0.1) 0.71ms', 'timestamped-text', T + 0.244],
    [
      "Rails' development log (time at the end)",
      'Started GET "/cable?ticket=x" for 127.0.0.1 at 2026-07-14 12:20:13 +0200',
      'timestamped-text',
      T,
    ],
    ['date(1)', 'Tue Jul 14 10:20:13 UTC 2026 curl https://x.example/ws?token=x', 'timestamped-text', T],
    [
      "JavaScript's Date#toString",
      'Tue Jul 14 2026 12:20:13 GMT+0200 (Central European Summer Time) GET /ws?token=x',
      'timestamped-text',
      T,
    ],
    [
      'klog (kube-apiserver)',
      'I0714 10:20:13.123456      12 httplog.go:132] "HTTP" verb="GET" URI="/api/v1/pods?token=x" latency="1.2ms"',
      'klog',
      T + 0.123,
    ],
    [
      "Android's logcat (threadtime)",
      '07-14 10:20:13.811  1702  2395 D OkHttp  : --> GET https://api.example.com/v1/feed?access_token=x',
      'logcat',
      T + 0.811,
    ],
    [
      "Android's logcat (time)",
      '07-14 10:20:13.811 D/OkHttp( 1702): --> GET https://api.example.com/v1/feed?access_token=x',
      'logcat',
      T + 0.811,
    ],
    [
      "Spark's log4j layout (two-digit year)",
      '26/07/14 10:20:13 INFO S3AFileSystem: GET https://bucket.s3.amazonaws.com/part-0?X-Amz-Security-Token=x',
      'log4j-short-year',
      T,
    ],
    [
      "Kong's file-log (started_at; not a service's created_at, not a retry's balancer_start)",
      '{"request":{"uri":"/rest/v1/readings?apikey=x","tls":{"version":"TLSv1.3","cipher":"TLS_AES_256_GCM_SHA384"}},"tries":[{"balancer_start":1784024000000}],"service":{"created_at":1700000000,"updated_at":1700000000},"started_at":1784024413123}',
      'json',
      T + 0.123,
    ],
    [
      'Azure Application Gateway (timeStamp)',
      '{"timeStamp":"2026-07-14T10:20:13+00:00","operationName":"ApplicationGatewayAccess","properties":{"requestUri":"/signin-oidc?id_token=x","timeTaken":0.012}}',
      'json',
      T,
    ],
    [
      'Azure Application Gateway (timeStamp inside properties)',
      '{"resourceId":"/SUBSCRIPTIONS/X/APPLICATIONGATEWAYS/AGW","category":"ApplicationGatewayAccessLog","properties":{"timeStamp":"2026-07-14T10:20:13+00:00","requestUri":"/signin-oidc?id_token=x"}}',
      'json',
      T,
    ],
    [
      'ASP.NET Core JSON console (Timestamp)',
      '{"Timestamp":"2026-07-14T10:20:13.000Z","Message":"Request starting HTTP/1.1 GET /ws?token=x"}',
      'json',
      T,
    ],
    [
      "Serilog's compact JSON (@t)",
      '{"@t":"2026-07-14T10:20:13.1234567Z","@mt":"HTTP {RequestPath}","RequestPath":"/ws?token=x"}',
      'json',
      T + 0.123,
    ],
    [
      "Kubernetes' audit log (requestReceivedTimestamp)",
      '{"kind":"Event","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/default/pods?watch=true&token=x","requestReceivedTimestamp":"2026-07-14T10:20:13.000000Z","stageTimestamp":"2026-07-14T10:20:14.000000Z"}',
      'json',
      T,
    ],
    [
      'CloudTrail (eventTime)',
      '{"eventVersion":"1.09","eventTime":"2026-07-14T10:20:13Z","requestParameters":{"url":"/ws?token=x"}}',
      'json',
      T,
    ],
    ['MongoDB (t.$date)', '{"t":{"$date":"2026-07-14T10:20:13.000+00:00"},"s":"I","msg":"GET /ws?token=x"}', 'json', T],
    [
      "a collection mongoexport wrote (Extended JSON's created_at.$date: Errbit's notices)",
      '{"_id":{"$oid":"372bfc47f3821933313ff8dc"},"request":{"url":"/ws?token=x"},"created_at":{"$date":"2026-07-14T10:20:13.000Z"}}',
      'json',
      T,
    ],
    [
      "Wrike's comment (createdDate)",
      '{"id":"IEAABCM7ZD661RMCKCT","text":"see /ws?token=x","updatedDate":"2026-07-15T00:00:00Z","createdDate":"2026-07-14T10:20:13Z"}',
      'json',
      T,
    ],
    [
      "a help desk's exported conversation (created_at, after no time of its own)",
      '{"id":77001378498,"ticket_id":8210,"body_text":"see /ws?token=x","created_at":"2026-07-14T10:20:13Z","updated_at":"2026-07-15T00:00:00Z"}',
      'json',
      T,
    ],
    [
      "Zoho Desk's thread read from its API (createdTime)",
      '{"id":"837251805910698253","channel":"EMAIL","createdTime":"2026-07-14T10:20:13.123Z","plainText":"see /ws?token=x"}',
      'json',
      T + 0.123,
    ],
    [
      "Pushbullet's push (created, epoch seconds with a fraction; not the later modified)",
      '{"active":true,"iden":"eg30yqkn0CYl8UDqaXdZWd","created":1784024413.123,"modified":1784024414.5,"url":"https://x.example/ws?token=x"}',
      'json',
      T + 0.123,
    ],
    [
      "FastSpring's webhook events (events[].created, epoch milliseconds)",
      '{"events":[{"id":"QSOAWr2PLX36BWsG_0Hqeg","type":"order.completed","created":1784024413123,"data":{"url":"https://x.example/ws?token=x"}}]}',
      'json',
      T + 0.123,
    ],
    [
      "Raygun's exported crash report (OccurredOn)",
      '{"OccurredOn":"2026-07-14T10:20:13.123Z","Details":{"Request":{"Url":"https://x.example/ws?token=x"}}}',
      'json',
      T + 0.123,
    ],
    [
      "Postmark's Click webhook payload (ReceivedAt)",
      '{"RecordType":"Click","Metadata":{},"ReceivedAt":"2026-07-14T10:20:13.1230000Z","OriginalLink":"https://x.example/embed/eyJx"}',
      'json',
      T + 0.123,
    ],
    [
      "nginx's JSON log_format (time_iso8601; request_time is a duration)",
      '{"request_time":"0.012","time_iso8601":"2026-07-14T10:20:13+00:00","request_uri":"/ws?token=x"}',
      'json',
      T,
    ],
  ])('reads the time of %s lines', (_name, line, format, expected) => {
    expect(describeLine(line, julyState)).toMatchObject({ format, timestamp: expected });
  });

  it.each([
    ['a nested created_at only', '{"service":{"created_at":1784024413},"url":"/ws?token=x"}'],
    ['a time-named field that holds no time', '{"time":"12ms","url":"/ws?token=x"}'],
    ['a continuation of a multi-line dump', 'Host: api.partner.example?token=x'],
  ])('leaves %s without a time', (_name, line) => {
    expect(describeLine(line, julyState).timestamp).toBeUndefined();
  });

  it('names the URL of a Squid line and the request of a Django line', () => {
    const squid = '1791964569.450    120 203.0.113.7 TCP_MISS/200 12 GET http://x.example/ws?token=abc - HIER_DIRECT/1.2.3.4 -';
    const django = '[14/Oct/2026 07:56:09] "GET /ws?token=abc HTTP/1.1" 200 12';
    for (const [line, label] of [
      [squid, 'request URL'],
      [django, 'request line'],
    ] as const) {
      const region = describeLine(line, syslogState).regions.find((candidate) =>
        line.slice(candidate.start, candidate.end).includes('token=abc'),
      );
      expect(region?.label).toBe(label);
    }
  });

  it.each([
    ['a syslog time', (size: number) => `Oct 14 07:56:09${' 1'.repeat(size)}`],
    ['a Django bracket and no closing quote', (size: number) => `[14/Oct/2026 07:56:09] "${'a'.repeat(size)}`],
    ['a Squid start and short fields', (size: number) => `1791964569.450 ${'1 '.repeat(size)}`],
    ['RFC 5424 frames', (size: number) => `<34>1 2026-10-14T${'<34>1 '.repeat(size)}`],
    ['dates without seconds', (size: number) => '2026-10-14 07:56:'.repeat(size)],
    ['Java dates without seconds', (size: number) => '14-Jul-2026 10:20:'.repeat(size)],
    ['ctime without a year', (size: number) => 'Tue Jul 14 10:20:13 '.repeat(size)],
    ['times with long fractions and no end', (size: number) => `2026-07-14 10:20:13.${'1'.repeat(size)}`],
    // A quarter as many: each is a field of its own, listed and read, heavier than a regex step.
    ['JSON time keys holding no time', (size: number) => `{${'"timestamp":"no",'.repeat(size / 4)}"x":1}`],
  ])('reads a long line of near-misses (%s) in linear time', (_name, make) => {
    const cost = (size: number) => {
      const line = make(size);
      const started = performance.now();
      describeLine(line, syslogState);
      return performance.now() - started;
    };
    cost(1000);
    expect(cost(200_000)).toBeLessThan(500);
  });

  it('leaves a line of no known format with no time and no regions', () => {
    expect(describeLine('something happened ?token=abc', { w3cFields: undefined })).toEqual({
      format: undefined,
      timestamp: undefined,
      regions: [],
    });
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['12/Oct/2026:08:15:02 +0000', 1791792902],
    ['12/Oct/2026:01:15:02 -0700', 1791792902],
    ['12/Oct/2026:08:15:02.655', 1791792902.655],
    ['2026-10-12T08:15:02.000Z', 1791792902],
    ['2026-10-12T10:15:02+02:00', 1791792902],
    ['2026-10-12 08:15:02', 1791792902],
    ['2026/10/12 08:15:02', 1791792902],
    ['2026-10-12 08:15:02,655', 1791792902.655],
    ['Mon Oct 12 08:15:02.655123 2026', 1791792902.655],
    ['Mon Oct  2 08:15:02 2026', 1790928902],
    ['1791792902', 1791792902],
    ['1791792902000', 1791792902],
    ['1791792902000000000', 1791792902],
    ['31/Foo/2026:08:15:02 +0000', undefined],
    ['yesterday', undefined],
    ['14/Oct/2026 07:56:09', 1791964569],
    ['2026-10-14\t07:56:09', 1791964569],
    ['2026-10-14T09:56:09+02', 1791964569],
    ['2026-10-14T09:56:09+0200', 1791964569],
    ['2026-10-14T00:56:09.5-07:00', 1791964569.5],
    ['2026-10-14T07:56:09.003456789Z', 1791964569.003],
    ['2026-12-31T23:59:60Z', 1798761599],
    ['2026-02-30T07:56:09Z', undefined],
    ['2026-10-14T24:56:09Z', undefined],
    ['1791964569003000', 1791964569.003],
    // A JSON field filled from nginx's or gunicorn's bracketed access-log time.
    ['[12/Oct/2026:08:15:02 +0000]', 1791792902],
    ['2026.10.12 08:15:02.655', 1791792902.655],
    ['2026:10:12-08:15:02', 1791792902],
    // toLocaleString('en-US') (wrangler tail): a 12-hour clock.
    ['10/12/2026, 8:15:02 AM', 1791792902],
    ['10/12/2026, 8:15:02 PM', 1791792902 + 12 * 3600],
    ['10/12/2026, 12:15:02 AM', 1791792902 - 8 * 3600],
    ['10/12/2026, 13:15:02 PM', undefined],
    // WEBrick's access log: a zone of hours only after a space (Ruby's `%z` where the zone has no minutes).
    ['12/Oct/2026:05:15:02 -03', 1791792902],
    // Day first in numbers (3proxy's `%d-%m-%Y`, dotted dates).
    ['12-10-2026 10:15:02 +0200', 1791792902],
    ['12.10.2026 08:15:02', 1791792902],
    ['31-02-2026 08:15:02', undefined],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });
});

describe('parseYearlessTime', () => {
  const at = (year: number, month: number, day: number, hour = 0, minute = 0) => Date.UTC(year, month - 1, day, hour, minute) / 1000;

  it.each([
    ['a line of the same year', 'Oct 14 07:56:09', at(2026, 10, 20), at(2026, 10, 14, 7, 56) + 9],
    ['December in a file modified on January 1st: the year before', 'Dec 31 23:59:50', at(2027, 1, 1, 0, 5), at(2026, 12, 31, 23, 59) + 50],
    ['January 1st in a file modified that night', 'Jan  1 00:00:30', at(2027, 1, 1, 0, 5), at(2027, 1, 1) + 30],
    // Syslog writes local time: east of UTC, the last lines read as UTC come after the modification time.
    ['a line hours after the modification (local time east of UTC)', 'Oct 20 09:30:00', at(2026, 10, 20, 0), at(2026, 10, 20, 9, 30)],
    [
      'January 1st written east of UTC in a file modified on December 31st (UTC)',
      'Jan  1 01:00:00',
      at(2026, 12, 31, 20),
      at(2027, 1, 1, 1),
    ],
    ['a line two days after the modification: the year before', 'Oct 22 07:56:09', at(2026, 10, 20), at(2025, 10, 22, 7, 56) + 9],
    ['February 29th: the last leap year', 'Feb 29 12:00:00', at(2027, 6, 1), at(2024, 2, 29, 12)],
    ['milliseconds', 'Oct 14 07:56:09.250', at(2026, 10, 20), at(2026, 10, 14, 7, 56) + 9.25],
    ['no syslog time', '14 Oct 07:56:09', at(2026, 10, 20), undefined],
    ['a day that no month has', 'Oct 32 07:56:09', at(2026, 10, 20), undefined],
  ])('%s', (_name, text, modifiedAt, expected) => {
    expect(parseYearlessTime(text, modifiedAt)).toBe(expected);
  });
});
