import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { GroupSummary } from '../../src/logs/findings/finding-group.js';
import type { Report } from '../../src/report/formatter.js';
import { formatHtml } from '../../src/report/html/format-html.js';
import { RAW_SECRETS, sampleResult } from '../support/sample-findings.js';
import { PLANTED_SECRETS, SAMPLE_START, sampleGroupedReport } from './html-sample-report.js';

function render(report: Report): string {
  return [...formatHtml(report)].join('');
}

function reportOf(findings: Finding[], areas: Report['areas'] = ['logs']): Report {
  return { result: { findings, errors: [], notices: [], filesScanned: 1 }, areas, cwd: '/project', color: false };
}

/** A secret and the parts of it that identify it on their own (a JWT's payload and signature, a token's middle). */
function secretParts(raw: string): string[] {
  const parts = raw.split('.').filter((part) => part.length >= 12);
  return [raw, raw.slice(4, 24), ...parts.slice(1)];
}

/** The text of the table row whose id is `id`, tags dropped. */
function rowText(text: string, id: string): string {
  const match = new RegExp(`<tr id="${id}">(.*?)</tr>`, 's').exec(text);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const emptyGroup: GroupSummary = {
  endpoint: 'GET /ws',
  where: 'request line',
  parameter: 'token',
  occurrences: 1,
  distinctSecrets: 1,
  distinctApproximate: false,
  firstLine: 1,
  lastLine: 1,
  firstTime: null,
  lastTime: null,
  levels: { error: 1, warning: 0, note: 0 },
  samples: [],
  jwt: null,
  timeline: { bucketSeconds: 3600, buckets: [] },
};

function grouped(group: Partial<GroupSummary>, finding: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'log-url-token',
    level: 'error',
    message: 'grouped',
    location: { path: 'logs/access.log', line: 1, column: 1 },
    properties: { group: { ...emptyGroup, ...group } },
    ...finding,
  };
}

describe('the HTML report', () => {
  const sample = render(sampleGroupedReport({ groups: 300 }));

  it('is one self-contained page: no script, nothing fetched, a policy that forbids any request', () => {
    expect(sample.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(sample).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`);
    expect(sample).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    expect(sample.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the outline of the issue: summary, over time, where, token lifetimes, replays, code, configuration', () => {
    const headings = [...sample.matchAll(/<h2 id="([a-z]+)-heading">/g)].map((match) => match[1]);
    expect(headings).toEqual(['summary', 'time', 'where', 'lifetimes', 'code', 'config', 'problems']);
    expect(sample).toContain('<h3 id="replays">');
    expect(sample).toContain('<h3 id="algs">');
  });

  it('gives every chart a title, a description and a table of its numbers', () => {
    const charts = [...sample.matchAll(/<svg class="(?:chart|share-bar)"[^>]*aria-labelledby="([\w-]+)-title \1-desc"/g)];
    expect(charts.length).toBe(4); // timeline, lifetimes, live/expired, replays
    expect(sample.match(/<details class="chart-table">/g)?.length).toBe(charts.length);
  });

  it('puts the worst endpoint first: by level, then occurrences', () => {
    const report = reportOf([
      grouped({ endpoint: 'GET /busy-warning', occurrences: 9000, levels: { error: 0, warning: 5, note: 0 } }, { level: 'warning' }),
      grouped({ endpoint: 'GET /ws', occurrences: 40 }),
      grouped({ endpoint: 'GET /events', occurrences: 41 }),
    ]);
    const text = render(report);
    expect(text).toMatch(/Worst endpoint:<\/strong> <code>GET \/events<\/code>/);
    expect(rowText(text, 'place-1')).toContain('GET /events');
    expect(rowText(text, 'place-2')).toContain('GET /ws');
    expect(rowText(text, 'place-3')).toContain('GET /busy-warning');
  });

  it('sums one endpoint across files (rotated logs) and says the distinct count is then an upper bound', () => {
    const text = render(
      reportOf([
        grouped({ occurrences: 10, distinctSecrets: 4 }),
        grouped({ occurrences: 5, distinctSecrets: 2 }, { location: { path: 'logs/access.log.1', line: 1, column: 1 } }),
      ]),
    );
    expect(rowText(text, 'place-1')).toMatch(/ 15 ≤ 6 2 /);
    expect(text).toContain('15</strong> occurrences of up to 6 distinct tokens');
  });

  it('escapes markup from findings and redacts what safeText finds in messages and paths', () => {
    expect(sample).toContain('reaches WebSocket &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sample).toContain('console &amp; &quot;friends&quot;');
    expect(sample).not.toContain('<script>');
  });

  it('contains no planted secret, whole or in identifying parts', () => {
    for (const text of [sample, render({ ...reportOf(sampleResult().findings, ['code', 'logs']), result: sampleResult() })]) {
      for (const part of [...PLANTED_SECRETS, ...RAW_SECRETS].flatMap(secretParts)) expect(text).not.toContain(part);
    }
  });

  it('renders a finding without a group (--each-secret, code, configuration) as one occurrence', () => {
    const text = render({ ...reportOf(sampleResult().findings, ['code', 'logs']), result: sampleResult() });
    expect(rowText(text, 'count-log-jwt')).toMatch(/log-jwt JSON Web Token in a log 1 1 1 1 0 0/);
    expect(rowText(text, 'count-ws-token-in-url')).toMatch(/ 1 1 – 1 0 0/);
    expect(text).toContain('<h3>Auth token in a WebSocket or EventSource URL');
    expect(text).toContain('Flow: 3 steps');
  });

  it('merges timelines onto the widest bucket: hours into a day', () => {
    const day = Math.floor(SAMPLE_START / 86_400) * 86_400;
    const text = render(
      reportOf([
        grouped({
          firstTime: '2026-10-01T00:10:00Z',
          lastTime: '2026-10-01T05:00:00Z',
          timeline: {
            bucketSeconds: 3600,
            buckets: [
              [day, 3],
              [day + 5 * 3600, 4],
            ],
          },
        }),
        grouped({
          endpoint: 'GET /sse',
          firstTime: '2026-10-01T00:10:00Z',
          lastTime: '2026-10-02T05:00:00Z',
          timeline: {
            bucketSeconds: 86_400,
            buckets: [
              [day, 10],
              [day + 86_400, 1],
            ],
          },
        }),
      ]),
    );
    expect(text).toContain('Leaked-credential occurrences per day, by rule');
    expect([...text.matchAll(/<g class="bar" data-total="(\d+)">/g)].map((match) => Number(match[1]))).toEqual([17, 1]);
  });

  it('draws JWT lifetimes on a log scale, from the shortest to the longest seen, gaps included; alg none on top', () => {
    const jwt = {
      occurrences: 10,
      liveWhenLogged: 6,
      expiredWhenLogged: 3,
      liveUnknown: 1,
      withoutExp: 0,
      withJti: 2,
      algs: { rs256: 9, none: 1 },
      lifetimes: [
        [512, 4],
        [4096, 6],
      ] as [number, number][],
      medianLifetimeSeconds: 4096,
      minLifetimeSeconds: 300,
      maxLifetimeSeconds: 3600,
    };
    const text = render(reportOf([grouped({ jwt }, { ruleId: 'log-jwt' })]));
    const lifetimes = /<svg class="chart"[^>]*aria-labelledby="lifetimes-chart-title[\s\S]*?<\/svg>/.exec(text)?.[0] ?? '';
    expect([...lifetimes.matchAll(/data-total="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([4, 0, 0, 6]);
    expect(text).toContain('6 (60 %) still valid when logged');
    expect(text.indexOf('<tr id="alg-none">')).toBeLessThan(text.indexOf('<tr id="alg-rs256">'));
  });

  it('stays under 2 MB with 10,000 groups: tables are bounded, what they leave out is counted', () => {
    const started = performance.now();
    const large = render(sampleGroupedReport({ groups: 10_000 }));
    const milliseconds = performance.now() - started;
    expect(Buffer.byteLength(large)).toBeLessThan(2 * 1024 * 1024);
    expect(large).toMatch(/… and [\d,]+ more rows \([\d,]+ occurrences\), left out to keep the report small/);
    expect(milliseconds).toBeLessThan(10_000);
  });
});
