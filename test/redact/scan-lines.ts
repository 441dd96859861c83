import type { Finding } from '../../src/findings/finding.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Every finding `urlleak logs` makes in these lines (each occurrence), scanned in process as one log. */
export async function findingsIn(lines: readonly string[]): Promise<Finding[]> {
  const detection = { ...DEFAULT_DETECTION_OPTIONS, allOccurrences: true };
  const result = await scanStream(once(`${lines.join('\n')}\n`), { path: 'access.log', detection, sniffBinary: false });
  return result.findings;
}

/** An nginx `combined` line for a request to `url` with a Referer. */
export function accessLine(url: string, referer = '-'): string {
  return `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET ${url} HTTP/1.1" 200 512 "${referer}" "curl/8.5.0"`;
}
