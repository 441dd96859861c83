import { describe, expect, it } from 'vitest';
import { describeLine, updateW3cFields, type FormatState } from '../../src/logs/formats/formats.js';
import { parseTimestamp } from '../../src/logs/formats/parse-timestamp.js';
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
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });
});
