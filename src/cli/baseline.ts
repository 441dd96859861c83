import { readFile } from 'node:fs/promises';
import { describeWriteError } from '../files/output-paths.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { occurrenceFingerprints } from '../findings/fingerprint.js';
import type { Finding } from '../findings/finding.js';
import { describeJsonError } from '../config/describe-json-error.js';

/**
 * A baseline: the occurrence fingerprints of accepted findings (src/findings/fingerprint.ts). They ignore line
 * numbers, so a baselined finding stays hidden when code moves; each entry hides one finding, so a new leak
 * identical to a baselined one in the same file is still reported. Baselines written before occurrences were
 * counted list each identical group once, and that entry now hides the group's first finding only: the rest are
 * reported again (never fewer than before), and writing the baseline anew accepts them.
 */
interface BaselineFile {
  readonly version: typeof BASELINE_VERSION;
  readonly fingerprints: readonly string[];
}

const BASELINE_VERSION = 1;

export class BaselineError extends Error {}

export async function readBaseline(path: string): Promise<ReadonlySet<string>> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${path}: ${describeJsonError(error)}`);
  }
  const { version, fingerprints } = (document ?? {}) as Partial<Record<keyof BaselineFile, unknown>>;
  if (!Array.isArray(fingerprints) || !fingerprints.every((item) => typeof item === 'string')) {
    throw new BaselineError(`baseline ${path} has no "fingerprints" list; write one with --write-baseline.`);
  }
  if (version !== BASELINE_VERSION) {
    throw new BaselineError(
      `baseline ${path} has version ${JSON.stringify(version)}, which this urlleak cannot read (it reads version ${BASELINE_VERSION}); write it again with --write-baseline.`,
    );
  }
  return new Set(fingerprints);
}

/** Written whole or not at all: an interrupted run leaves the previous baseline in place. */
export async function writeBaseline(path: string, findings: readonly Finding[]): Promise<void> {
  const document: BaselineFile = { version: BASELINE_VERSION, fingerprints: [...new Set(occurrenceFingerprints(findings))].sort() };
  try {
    writeFileAtomic(path, [`${JSON.stringify(document, null, 2)}\n`]);
  } catch (error) {
    throw new BaselineError(`cannot write baseline ${path}: ${describeWriteError(error)}.`);
  }
}

export function withoutBaselined(findings: readonly Finding[], baseline: ReadonlySet<string>): Finding[] {
  const fingerprints = occurrenceFingerprints(findings);
  return findings.filter((_finding, index) => !baseline.has(fingerprints[index] ?? ''));
}
