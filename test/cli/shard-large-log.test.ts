import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPLIT_LOG_BYTES } from '../../src/files/shard.js';
import { runCli } from '../support/run-cli.js';

/**
 * `--shard K/N` on a plain log over the split size (256 MiB): each shard reads one byte range of the same file. A real
 * file of that size is generated (ordinary traffic, three leaks: at the start, across the middle and at the end) and
 * scanned by the real CLI once per shard; together the shards must report each leak exactly once, on its own line.
 */
const SHARDS = 3;
const traffic = (n: number) =>
  `198.51.100.${n % 250} - - [12/Oct/2026:08:15:02 +0000] "GET /assets/app.${n % 97}.js HTTP/1.1" 200 5120 "-" "Mozilla/5.0"\n`;
const leak = (token: string) =>
  `203.0.113.7 - - [12/Oct/2026:08:15:03 +0000] "GET /ws?access_token=${token} HTTP/1.1" 101 0 "-" "curl/8"\n`;
const TOKENS = ['q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f', 'Zt3LkR7yHnQ4dE6fq9Vr2cW1sXo0pB8m', 'B8mZt3LkR7yHnQ4dq9Vr2cW1sXo0pE6f'];

let cwd: string;
const leakLines: number[] = [];

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-shard-large-'));
  const block = Array.from({ length: 4096 }, (_, n) => traffic(n)).join('');
  const blockLines = 4096;
  const blocks = Math.ceil((SPLIT_LOG_BYTES + 1) / Buffer.byteLength(block));
  const fd = openSync(join(cwd, 'access.log'), 'w');
  let line = 0;
  const write = (text: string, lines: number) => {
    writeSync(fd, text);
    line += lines;
  };
  const plant = (token: string) => {
    write(leak(token), 1);
    leakLines.push(line);
  };
  try {
    plant(TOKENS[0] ?? '');
    for (let index = 0; index < blocks; index++) {
      // One leak near the middle, where a shard boundary of 2 or 3 shards is likely not to fall on a line start.
      if (index === Math.floor(blocks / 2)) plant(TOKENS[1] ?? '');
      write(block, blockLines);
    }
    plant(TOKENS[2] ?? '');
  } finally {
    closeSync(fd);
  }
}, 120_000);

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

interface JsonReport {
  readonly findings: readonly { readonly ruleId: string; readonly location: { readonly line: number } }[];
  readonly summary: { readonly filesScanned: number };
}

describe('--shard on a plain log over 256 MiB', () => {
  it('splits it by byte range: every leak reported by exactly one shard, at its own line', async () => {
    const reports: JsonReport[] = [];
    for (let shard = 1; shard <= SHARDS; shard++) {
      const outcome = await runCli(['logs', 'access.log', '--shard', `${shard}/${SHARDS}`, '--format', 'json'], cwd);
      expect(outcome.stderr).toBe('');
      reports.push(JSON.parse(outcome.stdout) as JsonReport);
    }
    const lines = reports.flatMap((report) => report.findings.map((finding) => finding.location.line));
    expect(lines.sort((a, b) => a - b)).toEqual(leakLines);
    expect(reports.flatMap((report) => report.findings.map((finding) => finding.ruleId))).toEqual(Array(3).fill('log-url-token'));
    // The first and last leaks are in the first and last shards: the file really was split, not given whole to one.
    expect(reports[0]?.findings.map((finding) => finding.location.line)).toEqual([leakLines[0]]);
    expect(reports[SHARDS - 1]?.findings.map((finding) => finding.location.line)).toEqual([leakLines[2]]);
  }, 180_000);
});
