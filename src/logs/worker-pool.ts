import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SegmentResult } from './scan-stream.js';
import { scanSegmentTask, type ProgressCallback, type SegmentTask } from './scan-segment.js';

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly bytes: number; readonly findings: number }
  | { readonly kind: 'done'; readonly result: SegmentResult }
  | { readonly kind: 'failed'; readonly message: string };

/** Runs segment tasks on worker threads, or in this thread when workers are off or the compiled worker is absent. */
export interface SegmentRunner {
  run(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult>;
  close(): Promise<void>;
}

/** A failure a worker reported for its segment (already described for the user). */
export class SegmentError extends Error {}

const WORKER_SCRIPT = new URL('./scan-worker.js', import.meta.url);

export function createSegmentRunner(threads: number): SegmentRunner {
  // The TypeScript sources (as run by the test runner) have no compiled worker script: scan in-process there.
  if (threads <= 0 || !existsSync(fileURLToPath(WORKER_SCRIPT))) return inProcessRunner();
  return new WorkerPool(threads);
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
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift();
      if (job) this.start(worker, job);
    }
  }

  private spawn(): Worker | undefined {
    if (this.all.size >= this.size) return undefined;
    const worker = new Worker(WORKER_SCRIPT);
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
    worker.postMessage(job.task);
  }
}
