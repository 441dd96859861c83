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
    expect(context.timestamp).toBe(writer.hasTimestamp ? TIME.getTime() / 1000 : undefined);
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
      1791792902,
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
    ['12/Oct/2026:08:15:02.655', 1791792902],
    ['2026-10-12T08:15:02.000Z', 1791792902],
    ['2026-10-12T10:15:02+02:00', 1791792902],
    ['2026-10-12 08:15:02', 1791792902],
    ['2026/10/12 08:15:02', 1791792902],
    ['2026-10-12 08:15:02,655', 1791792902.655],
    ['Mon Oct 12 08:15:02.655123 2026', 1791792902],
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
