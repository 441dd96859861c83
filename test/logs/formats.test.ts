import { describe, expect, it } from 'vitest';
import { describeLine, updateW3cFields, type FormatState } from '../../src/logs/formats.js';
import { parseTimestamp } from '../../src/logs/parse-timestamp.js';
import { logWriters } from './corpus/log-writers.js';
import { Random } from './corpus/random.js';

const TIME = new Date(Date.UTC(2026, 9, 12, 8, 15, 2));
const request = { time: TIME, method: 'GET', url: '/ws?token=abc', host: 'api.example.com', referer: 'https://app.example.com/page?ref=1', status: 200, clientIp: '198.51.100.7', authorization: undefined };

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

  it('leaves a line of no known format with no time and no regions', () => {
    expect(describeLine('something happened ?token=abc', { w3cFields: undefined })).toEqual({ format: undefined, timestamp: undefined, regions: [] });
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
    ['1791792902', 1791792902],
    ['1791792902000', 1791792902],
    ['1791792902000000000', 1791792902],
    ['31/Foo/2026:08:15:02 +0000', undefined],
    ['yesterday', undefined],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });
});
