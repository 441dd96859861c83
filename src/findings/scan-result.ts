import type { Finding } from './finding.js';

/** A problem with the input (unreadable file, broken gzip, bad tsconfig): reported, and the exit code becomes 2. */
export interface ScanError {
  readonly path: string;
  readonly message: string;
}

/** Something the user should know that is not a failure (a skipped binary file, a syntax error parsed around). */
export interface ScanNotice {
  readonly path: string;
  readonly message: string;
}

/** What one engine run over a set of inputs produced. */
export interface ScanResult {
  readonly findings: Finding[];
  readonly errors: ScanError[];
  readonly notices: ScanNotice[];
  readonly filesScanned: number;
  /** What the log scanner read (the HTML report's summary); absent for code and configuration. */
  readonly logInputs?: LogInputs | undefined;
}

export interface LogInputs {
  readonly bytes: number;
  readonly lines: number;
}

export function emptyScanResult(): ScanResult {
  return { findings: [], errors: [], notices: [], filesScanned: 0 };
}

export function mergeScanResults(results: readonly ScanResult[]): ScanResult {
  return {
    findings: results.flatMap((result) => result.findings),
    errors: results.flatMap((result) => result.errors),
    notices: results.flatMap((result) => result.notices),
    filesScanned: results.reduce((sum, result) => sum + result.filesScanned, 0),
    ...mergeLogInputs(results),
  };
}

function mergeLogInputs(results: readonly ScanResult[]): { logInputs?: LogInputs } {
  const inputs = results.flatMap((result) => (result.logInputs ? [result.logInputs] : []));
  if (inputs.length === 0) return {};
  return {
    logInputs: {
      bytes: inputs.reduce((sum, input) => sum + input.bytes, 0),
      lines: inputs.reduce((sum, input) => sum + input.lines, 0),
    },
  };
}
