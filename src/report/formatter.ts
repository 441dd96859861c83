import type { Area } from '../catalog/rule.js';
import type { ScanResult } from '../findings/scan-result.js';

/** Everything a formatter needs: findings with display paths, the areas that ran, and whether color is wanted. */
export interface Report {
  readonly result: ScanResult;
  readonly areas: readonly Area[];
  readonly cwd: string;
  readonly color: boolean;
  /** Where a formatter says something went only partly well (a GitHub limit hit); the CLI prints it to stderr. */
  readonly warn?: (message: string) => void;
  /** The terminal's width when the report goes to one: stylish wraps long messages to it. Undefined: no wrapping. */
  readonly columns?: number | undefined;
}

/**
 * A report as a sequence of chunks, in order (a file's block, a batch of findings): a report of millions of findings
 * is never one string. Join them for a string (`[...format(report)].join('')`); write them one by one for a file.
 */
export type Formatter = (report: Report) => Iterable<string>;
