import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/catalog/rule.js';
import type { Finding } from '../../src/findings/finding.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import type { GroupSummary } from '../../src/logs/findings/finding-group.js';
import { endpointAt } from '../../src/logs/findings/request-endpoint.js';
import { generateCorpus } from './corpus/generate-corpus.js';
import { makeJwt } from '../support/make-jwt.js';
import { scanFiles, writeCorpus, type WrittenCorpus } from './scan-corpus.js';

const groupOf = (finding: Finding) => finding.properties?.['group'] as GroupSummary;
const levelRank: Record<Level, number> = { note: 0, warning: 1, error: 2 };

/** Per file and rule: occurrences summed, and the highest level. */
function totals(findings: readonly Finding[], occurrencesOf: (finding: Finding) => number): Map<string, [number, Level]> {
  const byRule = new Map<string, [number, Level]>();
  for (const finding of findings) {
    const key = `${finding.location.path} ${finding.ruleId}`;
    const [count, level] = byRule.get(key) ?? [0, 'note'];
    byRule.set(key, [count + occurrencesOf(finding), levelRank[finding.level] > levelRank[level] ? finding.level : level]);
  }
  return byRule;
}

describe('grouped findings on the planted-secret corpus (every supported format)', () => {
  const corpus = generateCorpus({ seed: 11, linesPerFormat: 300 });
  let written: WrittenCorpus;
  let eachSecret: ScanResult;
  let grouped: ScanResult;

  beforeAll(async () => {
    written = await writeCorpus(corpus);
    const files = written.files.map((file) => file.path);
    eachSecret = await scanFiles(files);
    grouped = await scanFiles(files, { grouped: true });
  });

  afterAll(() => rmSync(written.directory, { recursive: true, force: true }));

  it('counts every occurrence the per-secret report counts, per file and rule, at the same highest level', () => {
    const perSecret = totals(eachSecret.findings, (finding) => Number(finding.properties?.['occurrences'] ?? 1));
    expect(totals(grouped.findings, (finding) => groupOf(finding).occurrences)).toEqual(perSecret);
    expect(grouped.findings.length).toBeLessThan(eachSecret.findings.length);
  });

  it('counts each distinct secret of a file and rule, and samples only secrets the per-secret report has', () => {
    const described = new Set(eachSecret.findings.map((finding) => `${finding.location.path} ${finding.secret?.fingerprint ?? ''}`));
    for (const finding of grouped.findings.filter((each) => each.ruleId !== 'log-token-replay')) {
      const group = groupOf(finding);
      const perSecret = eachSecret.findings.filter(
        (each) => each.location.path === finding.location.path && each.ruleId === finding.ruleId,
      ).length;
      expect(group.distinctSecrets).toBeGreaterThan(0);
      expect(group.distinctSecrets).toBeLessThanOrEqual(perSecret);
      expect(group.distinctApproximate).toBe(false);
      for (const sample of group.samples) expect(described).toContain(`${finding.location.path} ${sample.fingerprint}`);
    }
  });

  it('gives the same groups when files are split into segments scanned on worker threads', async () => {
    const { scanLogs: compiledScanLogs } = await import('../../dist/src/logs/scan-logs.js');
    const threaded = await compiledScanLogs({
      files: written.files.map((file) => file.path),
      stdin: Readable.from([]),
      displayPath: (path: string) => path,
      workers: 2,
      splitBytes: 16 * 1024,
    });
    expect(threaded.findings).toEqual(grouped.findings);
  });
});

describe('groups of a log with a distinct JWT on every line', () => {
  let directory: string;
  beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'urlleak-groups-'))));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const hour = 1_796_378_400;
  const jwtAt = (index: number, lifetime: number) =>
    makeJwt({ sub: `u${index}`, jti: `j${index}`, iat: hour + index, exp: hour + index + lifetime });
  const stamp = (seconds: number) => {
    const date = new Date(seconds * 1000);
    const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const time = date.toISOString().slice(11, 19);
    return `${String(date.getUTCDate()).padStart(2, '0')}/${month}/${date.getUTCFullYear()}:${time} +0000`;
  };
  const line = (index: number, path: string, lifetime = 3600) =>
    `203.0.113.${index % 250} - - [${stamp(hour + index * 60)}] "GET ${path}?token=${jwtAt(index, lifetime)} HTTP/1.1" 101 0 "-" "curl/8"`;

  function write(name: string, lines: readonly string[]): string {
    const path = join(directory, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }

  it('sums 2,000 JWTs on one endpoint into one finding: exact counts, lifetime, live share, first and last line and time', async () => {
    const path = write(
      'ws.log',
      Array.from({ length: 2000 }, (_, index) => line(index, '/ws')),
    );
    const { findings } = await scanFiles([path], { grouped: true });
    expect(findings).toHaveLength(1);
    const [finding] = findings as [Finding];
    const group = groupOf(finding);
    expect(group).toMatchObject({
      endpoint: 'GET /ws',
      where: 'request line',
      parameter: 'token',
      occurrences: 2000,
      firstLine: 1,
      lastLine: 2000,
      firstTime: new Date(hour * 1000).toISOString().replace('.000Z', 'Z'),
      lastTime: new Date((hour + 1999 * 60) * 1000).toISOString().replace('.000Z', 'Z'),
      jwt: { occurrences: 2000, withJti: 2000, minLifetimeSeconds: 3600, maxLifetimeSeconds: 3600, algs: { hs256: 2000 } },
    });
    // Past 256 keys the distinct count is a HyperLogLog estimate, within 2 %.
    expect(group.distinctApproximate).toBe(true);
    expect(Math.abs(group.distinctSecrets - 2000)).toBeLessThan(40);
    // The line's time is 60 s per line after the JWT's iat + index: exp - time = 3600 - 59 × index, live while index ≤ 61.
    expect(group.jwt?.liveWhenLogged).toBe(62);
    expect(group.jwt?.expiredWhenLogged).toBe(1938);
    expect(group.timeline.bucketSeconds).toBe(3600);
    expect(group.timeline.buckets.reduce((sum, [, count]) => sum + count, 0)).toBe(2000);
    expect(group.samples).toHaveLength(3);
    expect(finding.message).toMatch(
      /^JWTs in parameter "token" of the request line on GET \/ws: about 2,0\d\d distinct JWTs \(an estimate\) in 2,000 occurrences/,
    );
    expect(finding.message).toContain('lifetime 1 hour');
    expect(finding.message).toContain('3.1% live when logged');
    expect(finding.message).toContain('first on line 1, last on line 2,000');
  });

  it('keeps endpoints apart, ids in paths as :id, and its identity whatever the counts', async () => {
    const lines = [line(1, '/ws'), line(2, '/users/88123/ws'), line(3, '/users/88124/ws'), line(4, '/api/v2/stream')];
    const first = await scanFiles([write('endpoints.log', lines)], { grouped: true });
    expect(first.findings.map((finding) => groupOf(finding).endpoint)).toEqual(['GET /ws', 'GET /users/:id/ws', 'GET /api/v2/stream']);
    const more = await scanFiles([write('endpoints.log', [...lines, line(5, '/users/1/ws')])], { grouped: true });
    expect(more.findings.map(findingFingerprint)).toEqual(first.findings.map(findingFingerprint));
  });

  it('stays bounded when every line has its own endpoint: at most 500 groups, the rest under "(other endpoints)"', async () => {
    const word = (index: number) =>
      [index % 26, Math.floor(index / 26) % 26, Math.floor(index / 676)].map((letter) => String.fromCharCode(97 + letter)).join('');
    const lines = Array.from({ length: 1200 }, (_, index) => line(index, `/stream/${word(index)}/ws`));
    const { findings } = await scanFiles([write('paths.log', lines)], { grouped: true });
    expect(findings.length).toBeLessThanOrEqual(501);
    const other = findings.find((finding) => groupOf(finding).endpoint === '(other endpoints)');
    expect(findings.reduce((sum, finding) => sum + groupOf(finding).occurrences, 0)).toBe(1200);
    expect(groupOf(other as Finding).occurrences).toBe(1200 - 500);
  });

  it('applies the 500-group cap to the whole file when it is split: the groups one reader makes', async () => {
    const word = (index: number) =>
      [index % 26, Math.floor(index / 26) % 26, Math.floor(index / 676)].map((letter) => String.fromCharCode(97 + letter)).join('');
    // Endpoints seen again later in the file keep their own group in every segment.
    const lines = Array.from({ length: 1200 }, (_, index) => line(index, `/stream/${word(index % 700)}/ws`));
    const path = write('paths-split.log', lines);
    const whole = await scanFiles([path], { grouped: true });
    const split = await scanFiles([path], { grouped: true, splitBytes: 16 * 1024 });
    expect(split.findings.length).toBeLessThanOrEqual(501);
    expect(split.findings).toEqual(whole.findings);
  });

  it('reports the same groups on one thread as on two for a file past the split size (64 MiB), past the cap too', async () => {
    const word = (index: number) =>
      [index % 26, Math.floor(index / 26) % 26, Math.floor(index / 676)].map((letter) => String.fromCharCode(97 + letter)).join('');
    const quiet = '203.0.113.9 - - [01/Dec/2026:10:00:00 +0000] "GET /static/app.js HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n';
    // The last segment meets 600 new endpoints, then the file's first one again: past its own cap.
    const path = join(directory, 'large.log');
    writeFileSync(
      path,
      [
        `${line(0, '/stream/first/ws')}\n`,
        quiet.repeat(Math.ceil((66 * 1024 * 1024) / quiet.length)),
        ...Array.from({ length: 600 }, (_, index) => `${line(index + 1, `/stream/${word(index)}/ws`)}\n`),
        `${line(601, '/stream/first/ws')}\n`,
      ].join(''),
    );
    const { scanLogs: compiledScanLogs } = await import('../../dist/src/logs/scan-logs.js');
    const scan = (workers: number) =>
      compiledScanLogs({ files: [path], stdin: Readable.from([]), displayPath: (file: string) => file, workers, grouped: true });
    const [one, two] = [await scan(1), await scan(2)];
    expect(one.findings.length).toBeGreaterThan(400);
    expect(one.findings).toEqual(two.findings);
  }, 60_000);

  it('reads each segment of a split W3C log with the #Fields header in force where the segment starts', async () => {
    const headers = [
      'date time cs-method cs-uri-stem cs-uri-query c-ip sc-status',
      'date time c-ip sc-status cs-method cs-uri-query cs-uri-stem',
    ];
    const row = (index: number, fields: string) => {
      const values: Record<string, string> = {
        date: '2026-12-01',
        time: `10:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}`,
        'cs-method': 'GET',
        'cs-uri-stem': '/ws',
        'cs-uri-query': `token=${jwtAt(index, 3600)}`,
        'c-ip': `203.0.113.${index % 250}`,
        'sc-status': '101',
      };
      return fields
        .split(' ')
        .map((field) => values[field])
        .join(' ');
    };
    const lines = [0, 1, 0].flatMap((header, block) => [
      `#Fields: ${headers[header] ?? ''}`,
      ...Array.from({ length: 300 }, (_, index) => row(block * 300 + index, headers[header] ?? '')),
    ]);
    const path = write('u_ex261201.log', lines);
    const whole = await scanFiles([path], { grouped: true });
    expect(whole.findings.map((finding) => groupOf(finding).where)).toEqual(['query string (cs-uri-query)']);
    const split = await scanFiles([path], { grouped: true, splitBytes: 16 * 1024 });
    expect(split.findings).toEqual(whole.findings);
  });

  it('grades a group by its occurrences: JWTs all expired when logged make a note, one live among them an error', async () => {
    const expired = Array.from({ length: 3 }, (_, index) => line(100 + index, '/ws', 60));
    const onlyExpired = await scanFiles([write('expired.log', expired)], { grouped: true });
    expect(onlyExpired.findings.map((finding) => [finding.level, groupOf(finding).levels])).toEqual([
      ['note', { error: 0, warning: 0, note: 3 }],
    ]);
    const withLive = await scanFiles([write('mixed.log', [...expired, line(0, '/ws')])], { grouped: true });
    expect(withLive.findings.map((finding) => [finding.level, groupOf(finding).levels])).toEqual([
      ['error', { error: 1, warning: 0, note: 3 }],
    ]);
  });

  it('groups replays of single-use tickets as log-token-replay, by endpoint', async () => {
    const ticket = makeJwt({ sub: 'u1', jti: 'once', iat: hour, exp: hour + 30 });
    const use = (minute: number) => `203.0.113.9 - - [${stamp(hour + minute * 60)}] "GET /ws?ticket=${ticket} HTTP/1.1" 101 0 "-" "curl/8"`;
    const { findings } = await scanFiles([write('replays.log', [use(0), use(1), use(2)])], { grouped: true });
    const replay = findings.find((finding) => finding.ruleId === 'log-token-replay');
    expect(replay).toBeDefined();
    expect(groupOf(replay as Finding)).toMatchObject({
      endpoint: 'GET /ws',
      parameter: 'ticket',
      occurrences: 2,
      distinctSecrets: 1,
      firstLine: 2,
    });
  });
});

describe('endpointAt: the request path a secret was sent to, as a template', () => {
  it.each([
    ['"GET /ws?token=SECRET HTTP/1.1"', 'GET /ws'],
    ['"POST https://api.example.com/v1/items/123/events?access_token=SECRET HTTP/2"', 'POST /v1/items/:id/events'],
    ['{"url":"/socket.io/?EIO=4&transport=websocket&token=SECRET"}', '/socket.io/'],
    ['GET /reset/3f2a9c1e-0000-4000-8000-123456789abc/confirm?code=SECRET', 'GET /reset/:id/confirm'],
    ['"GET /bot123456:AAH4xyzQ/sendMessage?chat_id=SECRET HTTP/1.1"', 'GET /:id/sendMessage'],
    ['"GET /magic/qTkWzPbRmXvLcNdHaJe/login?next=SECRET HTTP/1.1"', 'GET /magic/:id/login'],
    ['"GET /api/getUserProfileSettings?token=SECRET HTTP/1.1"', 'GET /api/getUserProfileSettings'],
    ['"GET /s/qwhfkzmxnbvplrtyuiasdgjkcvb/get?token=SECRET HTTP/1.1"', 'GET /s/:id/get'],
    ['Authorization: Bearer SECRET', undefined],
    ['token=SECRET in free text', undefined],
  ])('%s → %s', (line, expected) => {
    expect(endpointAt(line, line.indexOf('SECRET'))).toBe(expected);
  });

  it('reads a line anew when its URL or the method before it differs from the line read last', () => {
    const lines = [
      '"GET /ws?t=SECRET',
      '"POST /ws?t=SECRET',
      '"POST /ws?t=SECRET',
      '"POST /ws/1234?t=SECRET',
      'GET /ws?t=SECRET',
      'x=/ws?t=SECRET',
    ];
    const endpoints = lines.map((line) => endpointAt(line, line.indexOf('SECRET')));
    expect(endpoints).toEqual(['GET /ws', 'POST /ws', 'POST /ws', 'POST /ws/:id', 'GET /ws', undefined]);
  });
});
