import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SegmentResult } from './scan-stream.js';
import { scanSegmentTask, type ProgressCallback, type SegmentTask } from './scan-segment.js';

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly bytes: number; readonly findings: number }
  | { readonly kind: 'done'; readonly result: SegmentResult }
  | { readonly kind: 'failed'; readonly message: string };

/** What the pool posts to a worker. */
export interface WorkerTask {
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

/** Runs segment tasks on worker threads, or in this thread when workers are off or the compiled worker is absent. */
export interface SegmentRunner {
  run(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult>;
  close(): Promise<void>;
}

/** A failure a worker reported for its segment (already described for the user). */
export class SegmentError extends Error {}

const WORKER_SCRIPT = new URL('./scan-worker.js', import.meta.url);
/**
 * A worker's short-lived garbage (block strings, line slices) needs little nursery; V8's default young generation
 * would add tens of MB of RSS per worker against the 150 MB budget.
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * `threads` scanners: this thread plus `threads - 1` workers (this thread would otherwise idle while waiting, and
 * every worker costs an isolate's memory).
 */
export function createSegmentRunner(threads: number): SegmentRunner {
  // The TypeScript sources (as run by the test runner) have no compiled worker script: scan in-process there.
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_SCRIPT))) return inProcessRunner();
  return new WorkerPool(threads - 1);
}

function inProcessRunner(): SegmentRunner {
  return { run: (task, onProgress) => scanSegmentTask(task, onProgress), close: async () => undefined };
}

interface Job {
  readonly task: SegmentTask;
  readonly onProgress: ProgressCallback | undefined;
  readonly resolve: (result: SegmentResult) => void;
  readonly reject: (error: Error) => void;
}

class WorkerPool implements SegmentRunner {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly all = new Set<Worker>();
  private inProcessBusy = false;

  constructor(private readonly size: number) {}

  run(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((worker) => worker.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (!this.inProcessBusy) {
        this.runInProcess(this.queue.shift());
        continue;
      }
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift();
      if (job) this.start(worker, job);
    }
  }

  private runInProcess(job: Job | undefined): void {
    if (!job) return;
    this.inProcessBusy = true;
    scanSegmentTask(job.task, job.onProgress)
      .then(job.resolve, job.reject)
      .finally(() => {
        this.inProcessBusy = false;
        this.dispatch();
      });
  }

  private spawn(): Worker | undefined {
    if (this.all.size >= this.size) return undefined;
    const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    this.all.add(worker);
    return worker;
  }

  private start(worker: Worker, job: Job): void {
    const finish = (settle: () => void, keepWorker: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      settle();
      if (keepWorker) this.idle.push(worker);
      else this.all.delete(worker);
      this.dispatch();
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.kind === 'progress') job.onProgress?.(message.bytes, message.findings);
      else if (message.kind === 'done') finish(() => job.resolve(message.result), true);
      else finish(() => job.reject(new SegmentError(message.message)), true);
    };
    const onError = (error: Error) => finish(() => job.reject(error), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ task: job.task, reportProgress: job.onProgress !== undefined } satisfies WorkerTask);
  }
}
