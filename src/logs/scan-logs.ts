import type { ScanError, ScanResult } from '../findings/scan-result.js';
import { openLogStream } from './open-log.js';

export interface ScanLogsOptions {
  /** Absolute paths; `-` is standard input. */
  readonly files: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly displayPath: (path: string) => string;
}

/**
 * The CLI's entry to the log scanner. The detectors arrive with the log-scanner issue; until then every input is
 * streamed through (gzip included) so that unreadable and broken files are reported, and nothing is found.
 */
export async function scanLogs(options: ScanLogsOptions): Promise<ScanResult> {
  const errors: ScanError[] = [];
  let filesScanned = 0;
  for (const file of options.files) {
    try {
      const stream = file === '-' ? options.stdin : await openLogStream(file);
      for await (const chunk of stream) void chunk;
      filesScanned += 1;
    } catch (error) {
      errors.push({ path: file === '-' ? '<stdin>' : options.displayPath(file), message: describeIoError(error) });
    }
  }
  return { findings: [], errors, notices: [], filesScanned };
}

export function describeIoError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied.';
  if (code === 'ENOENT') return 'No such file or directory.';
  if (code === 'EISDIR') return 'Is a directory.';
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return `Broken gzip data: ${message}`;
  return message;
}
