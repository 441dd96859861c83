import type { ByteRange } from '../../files/shard.js';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { openGzipStream, openSequential, readFileChunks, READ_CHUNK_BYTES } from '../io/open-log.js';
import { createRedactedCopy, type CopyTarget } from '../io/redact-copy.js';
import { decodeUtf16, type Utf16ByteOrder } from '../io/text-encoding.js';
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
  const { chunks, gzip, byteOrder, stream } = await openSegment(task);
  try {
    const { path, detection, w3cFields, modifiedAt } = task;
    return await scanWithRedaction(chunks, task.redactTo === undefined ? undefined : { path: task.redactTo, gzip, byteOrder }, {
      path,
      detection,
      w3cFields,
      modifiedAt,
      // The plan sniffed a UTF-16 file's raw bytes, which are half NULs: its text is sniffed instead.
      sniffBinary: task.sniffBinary || byteOrder !== undefined,
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
  redactTo: CopyTarget | undefined,
  options: Omit<ScanStreamOptions, 'redact'>,
): Promise<SegmentResult> {
  const redact = redactTo === undefined ? undefined : await createRedactedCopy(redactTo);
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

interface OpenedSegment {
  readonly chunks: AsyncIterable<Buffer | string>;
  readonly gzip: boolean;
  /** A whole input that starts with a UTF-16 byte order mark, read as UTF-8 (`chunks` are). */
  readonly byteOrder: Utf16ByteOrder | undefined;
  readonly stream: Readable | undefined;
}

/** A segment's bytes as the scanner reads them: decompressed, and a whole input's UTF-16 decoded. */
async function openSegment(task: SegmentTask): Promise<OpenedSegment> {
  if (task.sequential) {
    const stream = createReadStream(task.path, { highWaterMark: READ_CHUNK_BYTES });
    return { ...(await openSequential(stream)), stream };
  }
  const stream = task.gzip ? openGzipStream(task.path) : undefined;
  const chunks = stream ?? readFileChunks(task.path, task.range);
  // A range starts mid-file, past any mark; the plan never splits a UTF-16 file (plan-segments.ts).
  const decoded = task.range === undefined ? await decodeUtf16(chunks) : { chunks, byteOrder: undefined };
  return { ...decoded, gzip: task.gzip, stream };
}
