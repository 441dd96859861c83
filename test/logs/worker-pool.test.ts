import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_OPTIONS } from '../../src/logs/scan-stream.js';
import type { SegmentTask } from '../../src/logs/parallel/scan-segment.js';
import { WORKER_RESOURCE_LIMITS, WorkerPool } from '../../src/logs/parallel/worker-pool.js';

/**
 * A stand-in for the scan worker that speaks its protocol: it answers each task in order, after a pause, and crashes
 * (an uncaught exception, as a worker out of memory would) on a path containing "crash". A path containing "limits"
 * is answered with the worker's heap limits as its path.
 */
const STAND_IN = `
import { parentPort, resourceLimits } from 'node:worker_threads';
let previous = Promise.resolve();
parentPort.on('message', ({ id, task }) => {
  previous = previous.then(() => new Promise((resolve) => setTimeout(resolve, 40))).then(() => {
    if (task.path.includes('crash')) throw new Error('worker crashed on ' + task.path);
    const path = task.path.includes('limits') ? JSON.stringify(resourceLimits) : task.path;
    parentPort.postMessage({ id, kind: 'done', result: { path, binary: false, bytes: 0, newlines: 0, findings: [], replays: [], firstUses: [] } });
  });
});
`;

let directory: string;
let standIn: URL;

const task = (path: string): SegmentTask => ({
  path,
  gzip: false,
  sequential: false,
  range: undefined,
  sniffBinary: false,
  w3cFields: undefined,
  detection: DEFAULT_DETECTION_OPTIONS,
  redactTo: undefined,
});

/** Each run's outcome: the path it resolved with, or the error message it failed with. */
const outcomes = (runs: readonly Promise<{ path: string }>[]) =>
  Promise.all(
    runs.map((run) =>
      run.then(
        (result) => result.path,
        (error: Error) => error.message,
      ),
    ),
  );

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'urlleak-pool-'));
  standIn = pathToFileURL(join(directory, 'stand-in.mjs'));
  await writeFile(standIn, STAND_IN);
  for (const name of ['a.log', 'b.log', 'c.log']) await writeFile(join(directory, name), 'GET / HTTP/1.1\n'.repeat(20_000));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('WorkerPool', () => {
  it('fails only the segment a crashed worker was scanning; the one posted after it still runs', async () => {
    const pool = new WorkerPool(1, standIn);
    try {
      // a.log on the worker with crash.log posted behind it; c.log posted behind crash.log, then b.log queued.
      const paths = ['a.log', 'crash.log', 'c.log', 'b.log'].map((name) => join(directory, name));
      expect(await outcomes(paths.map((path) => pool.run(task(path))))).toEqual([
        paths[0],
        `worker crashed on ${paths[1]}`,
        paths[2],
        paths[3],
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails what it has not finished when closed, and starts nothing afterwards', async () => {
    const pool = new WorkerPool(1, standIn);
    const settled = outcomes([1, 2, 3, 4, 5].map((index) => pool.run(task(join(directory, index === 1 ? 'a.log' : 'b.log')))));
    await pool.close();
    const stopped = 'The scan stopped before this segment was read.';
    expect(await settled).toEqual([stopped, stopped, stopped, stopped, stopped]);
    expect(await outcomes([pool.run(task(join(directory, 'a.log')))])).toEqual([stopped]);
  });

  it('scans on workers only, each with a bounded heap: this thread, whose heap cannot be bounded once started, scans none', async () => {
    const pool = new WorkerPool(1, standIn);
    try {
      const first = pool.run(task(join(directory, 'limits.log')));
      expect(JSON.parse((await first).path)).toMatchObject(WORKER_RESOURCE_LIMITS);
    } finally {
      await pool.close();
    }
  });
});
