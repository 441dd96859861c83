import type { ByteRange } from '../../files/shard.js';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { openGzipStream, openSequential, readFileChunks, READ_CHUNK_BYTES } from '../io/open-log.js';
import { createRedactedCopy } from '../io/redact-copy.js';
import { scanStream, type DetectionOptions, type ScanStreamOptions, type SegmentResult } from '../scan-stream.js';

/** One unit of work for a worker: a whole file or a line-aligned byte range of one. Plain data (posted to workers). */
export interface SegmentTask {
  readonly path: string;
  readonly gzip: boolean;
  /** A pipe or device: read once, in order, gzip or not by its first bytes (`gzip` is unknown beforehand). */
  readonly sequential: boolean;
  readonly range: ByteRange | undefined;
  readonly sniffBinary: boolean;
  readonly w3cFields: readonly string[] | undefined;
  /** The file's modification time, for syslog times without a year (formats.ts `FormatState`). */
  readonly modifiedAt?: number | undefined;
  readonly detection: DetectionOptions;
  /** Where to write the scrubbed copy (whole files only). */
  readonly redactTo: string | undefined;
}

export type ProgressCallback = (bytes: number, findings: number) => void;

export async function scanSegmentTask(task: SegmentTask, onProgress?: ProgressCallback): Promise<SegmentResult> {
  const { chunks, gzip, stream } = await openSegment(task);
  try {
    const { path, detection, w3cFields, modifiedAt, sniffBinary } = task;
    return await scanWithRedaction(chunks, task.redactTo === undefined ? undefined : { path: task.redactTo, gzip }, {
      path,
      detection,
      w3cFields,
      modifiedAt,
      sniffBinary,
      onProgress,
      segment: task.range,
    });
  } finally {
    stream?.destroy();
  }
}

/**
 * Scans a stream and, when asked, writes its scrubbed copy: kept when the scan succeeds, removed when the input
 * turns out binary or the scan fails.
 */
export async function scanWithRedaction(
  chunks: AsyncIterable<Buffer | string>,
  redactTo: { readonly path: string; readonly gzip: boolean } | undefined,
  options: Omit<ScanStreamOptions, 'redact'>,
): Promise<SegmentResult> {
  const redact = redactTo === undefined ? undefined : await createRedactedCopy(redactTo.path, redactTo.gzip);
  try {
    const result = await scanStream(chunks, { ...options, redact });
    // A copy of part of a log would pass for the whole: none is written when the input could not be read to its end.
    if (result.binary || result.readError !== undefined) await redact?.abort();
    else await redact?.close();
    return redact && result.readError !== undefined
      ? { ...result, readError: `${result.readError.replace(/\.?$/, '.')} No scrubbed copy was written.` }
      : result;
  } catch (error) {
    await redact?.abort();
    throw error;
  }
}

async function openSegment(
  task: SegmentTask,
): Promise<{ chunks: AsyncIterable<Buffer | string>; gzip: boolean; stream: Readable | undefined }> {
  if (task.sequential) {
    const stream = createReadStream(task.path, { highWaterMark: READ_CHUNK_BYTES });
    return { ...(await openSequential(stream)), stream };
  }
  const stream = task.gzip ? openGzipStream(task.path) : undefined;
  return { chunks: stream ?? readFileChunks(task.path, task.range), gzip: task.gzip, stream };
}
