import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Outputs (reports, baselines, scrubbed copies) are written under a temporary name in their target directory and
 * renamed into place only when complete: an interrupted run (SIGINT, SIGTERM, a crash, a full disk) leaves the
 * previous file intact and no partial file under the final name.
 *
 * The temporary name depends only on the final path and the process id, which worker threads share: a copy written by
 * a worker is known to the main thread, which removes what is left when the process is told to stop.
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.urlleak-${process.pid}.tmp`);
}

const pending = new Set<string>();

/** Marks `path`'s temporary file as one to remove if the process stops before it is renamed into place. */
export function trackPendingOutput(path: string): void {
  pending.add(temporaryPathFor(path));
}

/** Renames a finished temporary file over `path`. */
export function commitOutput(path: string): void {
  renameSync(temporaryPathFor(path), path);
  pending.delete(temporaryPathFor(path));
}

/** Removes the temporary file of `path`; `path` itself is untouched. */
export function abortOutput(path: string): void {
  rmSync(temporaryPathFor(path), { force: true });
  pending.delete(temporaryPathFor(path));
}

/** Writes `chunks` to `path` atomically (a new file: 0666 less the umask). */
export function writeFileAtomic(path: string, chunks: Iterable<string>): void {
  trackPendingOutput(path);
  try {
    const descriptor = openSync(temporaryPathFor(path), 'w');
    try {
      for (const chunk of chunks) writeSync(descriptor, chunk);
    } finally {
      closeSync(descriptor);
    }
    commitOutput(path);
  } catch (error) {
    abortOutput(path);
    throw error;
  }
}

/**
 * The CLI's process only (a library caller keeps its own signal handling): on SIGINT or SIGTERM the temporary files
 * are removed, then the process dies of the same signal (exit status 128 + n, as shells expect).
 */
export function removePendingOutputsOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePendingOutputs();
      process.kill(process.pid, signal);
    });
  }
  process.once('exit', removePendingOutputs);
}

function removePendingOutputs(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}
