import { readFile, writeFile } from 'node:fs/promises';
import { findingFingerprint } from '../findings/fingerprint.js';
import type { Finding } from '../findings/finding.js';

/**
 * A baseline: the `urlleak/v1` fingerprints of accepted findings. Fingerprints ignore line numbers, so a baselined
 * finding stays hidden when code moves, and reappears when the secret or the file changes.
 */
interface BaselineFile {
  readonly version: 1;
  readonly fingerprints: readonly string[];
}

export class BaselineError extends Error {}

export async function readBaseline(path: string): Promise<ReadonlySet<string>> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const fingerprints = (document as Partial<BaselineFile> | null)?.fingerprints;
  if (!Array.isArray(fingerprints) || !fingerprints.every((item) => typeof item === 'string')) {
    throw new BaselineError(`baseline ${path} has no "fingerprints" list; write one with --write-baseline.`);
  }
  return new Set(fingerprints);
}

export async function writeBaseline(path: string, findings: readonly Finding[]): Promise<void> {
  const document: BaselineFile = { version: 1, fingerprints: [...new Set(findings.map(findingFingerprint))].sort() };
  try {
    await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    throw new BaselineError(`cannot write baseline ${path}: ${(error as Error).message}`);
  }
}

export function withoutBaselined(findings: readonly Finding[], baseline: ReadonlySet<string>): Finding[] {
  return findings.filter((finding) => !baseline.has(findingFingerprint(finding)));
}
