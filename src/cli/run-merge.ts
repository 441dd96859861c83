import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Log } from 'sarif';
import { checkUploadSize, enforceGithubLimits, type Warn } from '../report/sarif/limits.js';
import { mergeSarifLogs } from '../report/sarif/merge.js';
import { describeJsonError } from '../config/describe-json-error.js';

export interface MergeOutcome {
  /** The merged document; undefined when an input could not be used. */
  readonly text: string | undefined;
  readonly errors: readonly string[];
}

/**
 * `urlleak merge a.sarif b.sarif …`. Any unreadable input fails the whole merge: uploading a partial merge would
 * tell code scanning that the missing shard's alerts were fixed, and close them.
 */
export async function mergeSarifFiles(paths: readonly string[], cwd: string, warn: Warn): Promise<MergeOutcome> {
  const loaded = await Promise.all(paths.map((path) => readSarif(resolve(cwd, path), path)));
  const errors = loaded.flatMap((entry) => (typeof entry === 'string' ? [entry] : []));
  if (errors.length > 0) return { text: undefined, errors };
  const merged = enforceGithubLimits(mergeSarifLogs(loaded as Log[]), warn);
  const text = `${JSON.stringify(merged, null, 2)}\n`;
  checkUploadSize(text, warn);
  return { text, errors: [] };
}

/** The log, or why it cannot be merged. */
async function readSarif(path: string, shown: string): Promise<Log | string> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return `${shown}: ${describeJsonError(error)}`;
  }
  const log = document as Partial<Log> | null;
  if (log?.version !== '2.1.0' || !Array.isArray(log.runs)) return `${shown}: not a SARIF 2.1.0 log (no "version": "2.1.0" with "runs").`;
  return log as Log;
}
