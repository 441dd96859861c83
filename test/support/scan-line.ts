import type { Finding } from '../../src/findings/finding.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';

/** One log line through the whole log scanner in process (prefilter included), as a file of that one line. */

/** An access-log line (Common Log Format) requesting `target`. */
export const accessLine = (target: string) =>
  `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET ${target} HTTP/1.1" 200 12 "-" "Mozilla/5.0"`;

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

export async function findingsOfLine(line: string): Promise<Finding[]> {
  const result = await scanStream(once(`${line}\n`), { path: 'app.log', detection: DEFAULT_DETECTION_OPTIONS, sniffBinary: false });
  return result.findings;
}

/** Rule, level and where each finding starts in the line (1-based column). */
export async function foundInLine(line: string): Promise<{ rule: string; level: string; column: number }[]> {
  return (await findingsOfLine(line)).map((finding) => ({ rule: finding.ruleId, level: finding.level, column: finding.location.column }));
}

/** The 1-based column of `value` in `line`. */
export const columnOf = (line: string, value: string) => line.indexOf(value) + 1;
