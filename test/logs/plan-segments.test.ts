import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFile } from '../../src/logs/parallel/plan-segments.js';

/** Lines of varying length, so that no range boundary falls on a line end by chance. */
const LINES = Array.from({ length: 4000 }, (_unused, index) => `GET /items/${index}?page=${'x'.repeat(index % 37)} HTTP/1.1\n`);
const CONTENT = LINES.join('');
const SPLIT_BYTES = 16 * 1024;

let directory: string;
let log: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'urlleak-plan-'));
  log = join(directory, 'access.log');
  await writeFile(log, CONTENT);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('planFile', () => {
  it('scans a file no larger than the split size whole: a second thread would cost more than it saves', async () => {
    const small = join(directory, 'small.log');
    await writeFile(small, CONTENT.slice(0, CONTENT.lastIndexOf('\n', SPLIT_BYTES - 1) + 1));
    expect((await planFile(small, SPLIT_BYTES, true)).ranges).toBeUndefined();
  });

  it('cuts a larger file into line-aligned ranges that cover it once, none larger than the split size', async () => {
    const { ranges } = await planFile(log, SPLIT_BYTES, true);
    expect(ranges).toBeDefined();
    const list = ranges ?? [];
    expect(list.length).toBeGreaterThan(CONTENT.length / SPLIT_BYTES);
    expect(list[0]?.start).toBe(0);
    expect(list.at(-1)?.end).toBe(CONTENT.length);
    const bytes = await readFile(log);
    for (const [index, range] of list.entries()) {
      expect(range.end - range.start).toBeLessThanOrEqual(SPLIT_BYTES + 1024);
      if (index > 0) expect(range.start).toBe(list[index - 1]?.end);
      if (range.start > 0) expect(bytes[range.start - 1]).toBe(0x0a);
    }
    // Reassembled, the ranges are the file: every line read exactly once.
    expect(Buffer.concat(list.map((range) => bytes.subarray(range.start, range.end))).equals(bytes)).toBe(true);
  });

  it('shrinks the ranges toward the end of the file, so both lanes finish together', async () => {
    const list = (await planFile(log, SPLIT_BYTES, true)).ranges ?? [];
    const sizes = list.map((range) => range.end - range.start);
    expect(sizes[0]).toBeGreaterThan(2 * (sizes.at(-2) ?? Number.POSITIVE_INFINITY));
  });

  it('does not split when asked not to (a scrubbed copy is written by one reader)', async () => {
    expect((await planFile(log, SPLIT_BYTES, false)).ranges).toBeUndefined();
  });

  it('gives each range of a W3C log the last #Fields header before it, as one reader from the start would have', async () => {
    const headers = ['date time cs-uri-stem cs-uri-query', 'date time cs-uri-query cs-uri-stem', 'time cs-uri-query'];
    // Headers at irregular intervals, the first on the file's first line; some fall inside ranges, some far back.
    const w3c = LINES.map((line, index) =>
      index % 577 === 0 || index % 1301 === 7 ? `#Fields: ${headers[index % 3] ?? ''}\n` : line,
    ).join('');
    const path = join(directory, 'u_ex.log');
    await writeFile(path, w3c);
    const lastHeaderBefore = (offset: number) => {
      const at = w3c.lastIndexOf('#Fields: ', offset - 1);
      return at === -1 ? undefined : w3c.slice(at + '#Fields: '.length, w3c.indexOf('\n', at)).split(' ');
    };
    const ranges = (await planFile(path, SPLIT_BYTES, true)).ranges ?? [];
    expect(ranges.length).toBeGreaterThan(4);
    for (const range of ranges) expect(range.w3cFields).toEqual(range.start === 0 ? undefined : lastHeaderBefore(range.start));
    expect(new Set(ranges.map((range) => range.w3cFields?.join(' '))).size).toBeGreaterThan(2);
  });

  it('keeps a --shard range within a small file as one range, widened to whole lines', async () => {
    const plan = await planFile(log, CONTENT.length, true, { start: 10, end: 2000 });
    const start = CONTENT.indexOf('\n', 9) + 1;
    const end = CONTENT.indexOf('\n', 1999) + 1;
    expect(plan.ranges).toEqual([{ start, end, w3cFields: undefined }]);
    expect(plan.linesBefore).toBe(1);
  });
});
