import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanLogs } from '../../src/logs/scan-logs.js';
import { fingerprintOf } from '../../src/secrets/protect.js';

/**
 * A file larger than the split size is scanned in parallel segments, but a scrubbed copy is one file written in
 * order: with --redact-to the file must be read whole, and its copy must hold every line.
 */
const SPLIT_BYTES = 4096;
const tokenOf = (index: number) => `tok${String(index).padStart(4, '0')}Vr2cW1sXo0pB8mZt3LkR7yHn`;
const lineOf = (index: number) =>
  index % 10 === 0
    ? `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?room=${index}&access_token=${tokenOf(index)} HTTP/1.1" 101 0 "-" "curl/8"`
    : `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /page/${index}?lang=en HTTP/1.1" 200 512 "-" "curl/8"`;
const LINES = Array.from({ length: 600 }, (_unused, index) => lineOf(index));

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-redact-large-'));
  writeFileSync(join(cwd, 'big.log'), `${LINES.join('\n')}\n`);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('--redact-to on a file larger than the split size', () => {
  it('writes a complete scrubbed copy: every line, every secret replaced by its fingerprint', async () => {
    const path = join(cwd, 'big.log');
    expect(statSync(path).size).toBeGreaterThan(SPLIT_BYTES * 10);
    const redactTo = join(cwd, 'scrubbed');
    const result = await scanLogs({
      files: [path],
      stdin: Readable.from([]),
      displayPath: () => 'big.log',
      redactTo,
      splitBytes: SPLIT_BYTES,
      grouped: false,
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toHaveLength(60);
    const copy = join(redactTo, 'big.log');
    expect(existsSync(copy)).toBe(true);
    const expected = LINES.map((line, index) =>
      index % 10 === 0 ? line.replace(tokenOf(index), `[REDACTED:${fingerprintOf(tokenOf(index))}]`) : line,
    );
    expect(readFileSync(copy, 'utf8')).toBe(`${expected.join('\n')}\n`);
  });
});
