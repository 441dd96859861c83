import type { ByteRange } from '../files/shard.js';
import { openGzipStream, readFileChunks } from './open-log.js';
import { createRedactedCopy } from './redact-copy.js';
import { scanStream, type DetectionOptions, type SegmentResult } from './scan-stream.js';

/** One unit of work for a worker: a whole file or a line-aligned byte range of one. Plain data (posted to workers). */
export interface SegmentTask {
  readonly path: string;
  readonly gzip: boolean;
  readonly range: ByteRange | undefined;
  readonly sniffBinary: boolean;
  readonly w3cFields: readonly string[] | undefined;
  readonly detection: DetectionOptions;
  /** Where to write the scrubbed copy (whole files only). */
  readonly redactTo: string | undefined;
}

export type ProgressCallback = (bytes: number, findings: number) => void;

export async function scanSegmentTask(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult> {
  const stream = task.gzip ? openGzipStream(task.path) : undefined;
  const chunks = stream ?? readFileChunks(task.path, task.range);
  const redact = task.redactTo === undefined ? undefined : await createRedactedCopy(task.redactTo, task.gzip);
  try {
    const result = await scanStream(chunks, {
      path: task.path,
      detection: task.detection,
      w3cFields: task.w3cFields,
      sniffBinary: task.sniffBinary,
      redact,
      onProgress,
    });
    if (result.binary) await redact?.abort();
    else await redact?.close();
    return result;
  } catch (error) {
    await redact?.abort();
    throw error;
  } finally {
    stream?.destroy();
  }
}
