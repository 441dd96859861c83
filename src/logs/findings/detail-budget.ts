/**
 * How many findings a run describes in full. Each one costs memory all the way to the report (measured: ~0.4 KB
 * as built in its thread, ~1 KB as posted from a worker and merged, ~9 KB at the peak of a CLI run writing JSON,
 * where the report is built), so a log with a distinct token on every line grew until the process died with no
 * report (a 400 MB one at 4.2 GB). Past the budget, secrets are still found, counted and redacted, but folded
 * into one summary per file and rule (`FindingFolds`).
 *
 * The count is shared memory: a task posted to a worker carries the same counter, so every thread of a run draws
 * from one budget and the findings held anywhere never exceed it. Which secrets keep their detail past the budget
 * therefore depends on which thread met them first; the totals do not.
 */
export interface DetailBudget {
  readonly limit: number;
  /** `[0]`: findings described so far by every thread of the run (on a SharedArrayBuffer). */
  readonly used: Int32Array;
}

/**
 * A whole run stays under ~500 MB: on a 420 MB log with a distinct JWT per line (JSON report, main thread + one
 * worker), 50,000 peaked at 493 MiB RSS and 100,000 at 937 MiB (`npm run bench:budget`).
 */
export const DEFAULT_DETAIL_BUDGET = 50_000;

export function createDetailBudget(limit: number): DetailBudget {
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw new RangeError(`The detail budget must be a whole number of findings, not ${limit}.`);
  return { limit: Math.min(limit, MAX_LIMIT), used: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
}

/** Takes one finding's worth of detail; false once the budget is spent. */
export function takeDetail(budget: DetailBudget): boolean {
  // Checked before adding, so the shared count stops a few past the limit (one per thread) instead of overflowing.
  if (Atomics.load(budget.used, 0) >= budget.limit) return false;
  return Atomics.add(budget.used, 0, 1) < budget.limit;
}

/** An Int32 counter with room for every thread's last attempt. */
const MAX_LIMIT = 2 ** 31 - 1024;
