import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { scanLogs, type ScanLogsOptions } from '../../src/logs/scan-logs.js';
import type { CorpusLog } from './corpus/generate-corpus.js';

export interface WrittenCorpus {
  readonly directory: string;
  readonly files: { readonly path: string; readonly log: CorpusLog }[];
}

/** Writes each corpus log to a temporary directory (every third one gzipped, under a name that does not say so). */
export async function writeCorpus(logs: readonly CorpusLog[]): Promise<WrittenCorpus> {
  const directory = await mkdtemp(join(tmpdir(), 'urlleak-corpus-'));
  const files = await Promise.all(
    logs.map(async (log, index) => {
      const gzip = index % 3 === 2;
      const path = join(directory, gzip ? `${log.format}.log.1` : `${log.format}.log`);
      await writeFile(path, gzip ? gzipSync(log.content) : log.content);
      return { path, log };
    }),
  );
  return { directory, files };
}

export function scanFiles(files: readonly string[], options: Partial<ScanLogsOptions> = {}): Promise<ScanResult> {
  return scanLogs({ files, stdin: Readable.from([]), displayPath: (path) => path, workers: 0, grouped: false, ...options });
}

export function findingsIn(result: ScanResult, path: string): Finding[] {
  return result.findings.filter((finding) => finding.location.path === path);
}
