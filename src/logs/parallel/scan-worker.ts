import { parentPort } from 'node:worker_threads';
import { describeIoError } from '../io/describe-io-error.js';
import { scanSegmentTask } from './scan-segment.js';
import { batchProgress, type WorkerMessage, type WorkerTask } from './worker-pool.js';

/** Worker thread entry: scans the segments the pool posts, one at a time, and posts progress and results back. */
const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  // Segments arrive ahead of need and are scanned in order, one at a time.
  let previous = Promise.resolve();
  port.on('message', ({ id, task, reportProgress }: WorkerTask) => {
    const scan = () =>
      scanSegmentTask(
        task,
        reportProgress ? batchProgress((bytes, findings) => post({ id, kind: 'progress', bytes, findings })) : undefined,
      ).then(
        (result) => post({ id, kind: 'done', result }),
        (error: unknown) => post({ id, kind: 'failed', message: describeIoError(error) }),
      );
    previous = previous.then(scan);
  });
}
