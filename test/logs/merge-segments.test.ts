import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SegmentMerger } from '../../src/logs/parallel/merge-segments.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream, type SegmentResult } from '../../src/logs/scan-stream.js';
import { makeJwt } from '../support/make-jwt.js';

const ISSUED = Date.UTC(2026, 9, 12, 8) / 1000;

/** nginx lines, each with its own JWT in `?token=` (a group of many distinct secrets) and a single-use ticket. */
function accessLines(first: number, count: number): string {
  const lines: string[] = [];
  for (let index = first; index < first + count; index += 1) {
    const jwt = makeJwt({ sub: `user${index}`, iat: ISSUED, exp: ISSUED + 3600 });
    const ticket = makeJwt({ sub: `user${index}`, jti: `t${index}`, iat: ISSUED, exp: ISSUED + 60 });
    lines.push(
      `203.0.113.${index % 250} - - [12/Oct/2026:08:00:${String(index % 60).padStart(2, '0')} +0000] "GET /ws?token=${jwt} HTTP/1.1" 101 0 "-" "curl/8.5.0"`,
    );
    lines.push(
      `203.0.113.${index % 250} - - [12/Oct/2026:08:00:${String(index % 60).padStart(2, '0')} +0000] "GET /sse?ticket=${ticket} HTTP/1.1" 200 0 "-" "curl/8.5.0"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function segment(text: string, grouped: boolean): Promise<SegmentResult> {
  const detection = { ...DEFAULT_DETECTION_OPTIONS, grouped };
  return scanStream(Readable.from([Buffer.from(text)]), { path: 'access.log', detection, sniffBinary: false });
}

describe('SegmentMerger', () => {
  // The caller holds each segment's settled result until the whole file is merged: whatever the merge keeps of a
  // result is a copy, and the result's own lists are emptied, so held results cost nothing (memory bounded by design).
  it.each([
    ['grouped', true],
    ['each secret', false],
  ])('empties every list of a result it took over (%s)', async (_name, grouped) => {
    const results = [await segment(accessLines(0, 40), grouped), await segment(accessLines(40, 40), grouped)];
    expect(results.some((result) => result.groups.length + result.findings.length > 0)).toBe(true);
    expect(results.some((result) => result.firstUses.length > 0)).toBe(true);
    const merger = new SegmentMerger(false, 1000, 0, grouped);
    for (const result of results) merger.add(result, true);
    for (const result of results)
      expect(
        [result.findings, result.counts, result.replays, result.firstUses, result.folded, result.groups].map((list) => list.length),
      ).toEqual([0, 0, 0, 0, 0, 0]);
    const findings = merger.findings();
    expect(findings.length).toBeGreaterThan(0);
    // The merged report still counts the lines of both segments.
    const lastLines = findings.map((finding) =>
      Number(
        finding.properties?.['lastLine'] ??
          (finding.properties?.['group'] as { lastLine?: number } | undefined)?.lastLine ??
          finding.location.line,
      ),
    );
    expect(Math.max(...lastLines)).toBeGreaterThan(80);
  });
});
