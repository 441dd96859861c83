import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SegmentResult } from '../scan-stream.js';
import { scanSegmentTask, type ProgressCallback, type SegmentTask } from './scan-segment.js';

/** What a worker posts back, naming the task it is about. */
export type WorkerMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly bytes: number; readonly findings: number }
  | { readonly id: number; readonly kind: 'done'; readonly result: SegmentResult }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** What the pool posts to a worker. */
export interface WorkerTask {
  readonly id: number;
  readonly task: SegmentTask;
  readonly reportProgress: boolean;
}

/** Progress crosses threads at most every few MiB: a message per block costs more than the block's scan. */
const PROGRESS_BATCH_BYTES = 16 * 1024 * 1024;

export function batchProgress(report: ProgressCallback): ProgressCallback {
  let bytes = 0;
  let findings = 0;
  return (moreBytes, moreFindings) => {
    bytes += moreBytes;
    findings += moreFindings;
    if (bytes < PROGRESS_BATCH_BYTES) return;
    report(bytes, findings);
    bytes = 0;
    findings = 0;
  };
}

/** Runs segment tasks on worker threads, or in this thread when the compiled worker is absent. */
export interface SegmentRunner {
  run(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult>;
  close(): Promise<void>;
}

/** A failure a worker reported for its segment (already described for the user). */
export class SegmentError extends Error {}

const WORKER_SCRIPT = new URL('./scan-worker.js', import.meta.url);

/**
 * A scanning worker's heap. Its garbage is short-lived (block strings, line slices), so a small young generation
 * serves it; V8's default would add tens of MB of RSS per worker. The old generation is capped far above anything a
 * segment keeps (bounded by design: findings past the detail budget are folded, replays and groups are capped), for
 * another reason: below 2 GB V8 grows the heap by a smaller factor after each full collection, so promoted garbage
 * is collected at ~1.3–2× the live size instead of ~4× (distinct-JWT log, one thread: 120 → 84 MB peak RSS).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 1024 } as const;

/**
 * `threads` workers scan; this thread only plans, merges and reports. Its heap cannot be bounded once started (V8
 * reads heap sizes when an isolate is created; `--max-semi-space-size` would need a re-exec, or `NODE_OPTIONS` set by
 * the caller), and scanning here took its default young generation (32 MB) and ~4× growth: one thread on the
 * distinct-JWT log peaked at 167 MB here, 99 MB on a worker. In-process only where there is no compiled worker.
 */
export function createSegmentRunner(threads: number): SegmentRunner {
  // The TypeScript sources (as run by the test runner) have no compiled worker script: scan in-process there.
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return inProcessRunner();
  return new WorkerPool(Math.max(1, threads));
}

/** One segment at a time: interleaving them at every read would only thrash caches and hold more buffers. */
function inProcessRunner(): SegmentRunner {
  let previous: Promise<unknown> = Promise.resolve();
  return {
    run: (task, onProgress) => {
      const result = previous.then(() => scanSegmentTask(task, onProgress));
      previous = result.catch(() => undefined);
      return result;
    },
    close: async () => undefined,
  };
}

interface Job {
  readonly id: number;
  readonly task: SegmentTask;
  readonly onProgress: ProgressCallback | undefined;
  readonly resolve: (result: SegmentResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Segments posted to a worker ahead of need: it finishes one and starts the next without waiting for this thread,
 * which hears messages only between its own blocks. Measured before this (one segment per worker at a time): with
 * 8 MiB segments the worker idled ~15 ms per segment and a 549 MB scan took 20 % longer than with 64 MiB ones.
 */
const SEGMENTS_IN_FLIGHT_PER_WORKER = 2;

/** A worker and the jobs posted to it, oldest first: it scans them one at a time, in that order. */
interface Lane {
  readonly worker: Worker;
  readonly jobs: Job[];
}

export class WorkerPool implements SegmentRunner {
  private readonly queue: Job[] = [];
  private readonly lanes: Lane[] = [];
  private closed = false;
  private nextId = 0;

  /** `size` workers running `script` (the scan worker; tests give a stand-in). */
  constructor(
    private readonly size: number,
    private readonly script: URL = WORKER_SCRIPT,
  ) {}

  run(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult> {
    if (this.closed) return Promise.reject(new SegmentError(STOPPED));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; segments not finished by a worker fail (a file that failed early may leave some behind). */
  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    for (const job of [...this.queue.splice(0), ...lanes.flatMap((lane) => lane.jobs.splice(0))]) job.reject(new SegmentError(STOPPED));
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      const lane = this.laneWithRoom();
      const job = lane && this.queue.shift();
      if (!lane || !job) return;
      lane.jobs.push(job);
      lane.worker.postMessage({ id: job.id, task: job.task, reportProgress: job.onProgress !== undefined } satisfies WorkerTask);
    }
  }

  /**
   * A new worker before a second segment for a busy one, while under the pool's size; else the least busy with room.
   * A segment is posted ahead only while another one stays queued: the last one goes to whichever lane frees first
   * (posted ahead, it could leave this thread idle for a whole segment at the end of the run).
   */
  private laneWithRoom(): Lane | undefined {
    const idlest = this.lanes.reduce<Lane | undefined>(
      (best, lane) => (best === undefined || lane.jobs.length < best.jobs.length ? lane : best),
      undefined,
    );
    if ((idlest === undefined || idlest.jobs.length > 0) && this.lanes.length < this.size) return this.spawn();
    if (idlest === undefined || idlest.jobs.length >= SEGMENTS_IN_FLIGHT_PER_WORKER) return undefined;
    return idlest.jobs.length === 0 || this.queue.length > 1 ? idlest : undefined;
  }

  private spawn(): Lane {
    const worker = new Worker(this.script, { resourceLimits: WORKER_RESOURCE_LIMITS });
    const lane: Lane = { worker, jobs: [] };
    this.lanes.push(lane);
    worker.on('message', (message: WorkerMessage) => {
      const index = lane.jobs.findIndex((job) => job.id === message.id);
      const job = lane.jobs[index];
      if (!job) return;
      if (message.kind === 'progress') {
        job.onProgress?.(message.bytes, message.findings);
        return;
      }
      lane.jobs.splice(index, 1);
      if (message.kind === 'done') job.resolve(message.result);
      else job.reject(new SegmentError(message.message));
      this.dispatch();
    });
    // A crashed worker fails the segment it was scanning; the ones posted after it go back to the queue.
    worker.on('error', (error: Error) => {
      const index = this.lanes.indexOf(lane);
      if (index !== -1) this.lanes.splice(index, 1);
      const [running, ...waiting] = lane.jobs.splice(0);
      running?.reject(error);
      this.queue.unshift(...waiting);
      this.dispatch();
    });
    return lane;
  }
}

const STOPPED = 'The scan stopped before this segment was read.';
