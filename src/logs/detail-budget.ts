/**
 * How many findings a run describes in full. Each one costs memory all the way to the report (~1 KB in the scan,
 * ~6.6 KB at the peak of a JSON run, measured), so a log with a distinct token on every line would otherwise grow
 * until the process dies with no report. Past the budget, secrets are still found, counted and redacted, but folded
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

/** About 450 MB at the peak of a run that reaches it (JSON report), measured on a log with a distinct JWT per line. */
export const DEFAULT_DETAIL_BUDGET = 50_000;

export function createDetailBudget(limit: number): DetailBudget {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`The detail budget must be a whole number of findings, not ${limit}.`);
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
