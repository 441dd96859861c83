import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ByteRange } from '../files/shard.js';

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Large reads: the scanner works per block, and fewer, bigger blocks keep the per-block overhead small. */
export const READ_CHUNK_BYTES = 128 * 1024;

/** gzip is recognised by its magic bytes, not its name: rotated logs are often `access.log.2.gz` or have no suffix. */
export async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return startsLikeGzip(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * A gzip log's decompressed bytes. `pipeline` (not `pipe`) so that a read error on the file, or broken gzip data,
 * reaches whoever consumes the stream instead of leaving it hanging.
 */
export function openGzipStream(path: string): Readable {
  return pipeline(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), createGunzip({ chunkSize: 256 * 1024 }), () => undefined);
}

const EVENT_LOOP_YIELD_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of a plain file (or a range of it) in chunks read into two reused buffers: no allocation per chunk, so
 * no garbage for the collector. A chunk is valid until the one after next is requested. Reads are synchronous: from
 * the page cache a read is a copy, and skipping the thread-pool round trip per chunk made reading 3.6× faster
 * (measured, 128 KiB chunks); a scan lane has nothing else to do while it waits.
 * Synchronous reads never leave the microtask queue, though: every few MiB the loop yields to the event loop, or the
 * main thread (itself a scan lane) would not hear a worker finish and hand it the next segment until its own segment
 * was done: the worker idled and two cores scanned a 280 MB log in 1.52 s against 1.76 s on one (1.17–1.35 s now).
 */
export async function* readFileChunks(path: string, range?: ByteRange): AsyncGenerator<Buffer> {
  const descriptor = openSync(path, 'r');
  try {
    const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)] as const;
    const end = range?.end ?? Number.POSITIVE_INFINITY;
    let sinceYield = 0;
    for (let position = range?.start ?? 0, turn = 0; position < end; turn ^= 1) {
      const buffer = turn === 0 ? buffers[0] : buffers[1];
      const bytesRead = readSync(descriptor, buffer, 0, Math.min(READ_CHUNK_BYTES, end - position), position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
      sinceYield += bytesRead;
      if (sinceYield >= EVENT_LOOP_YIELD_BYTES) {
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Input that can be read only once, in order (standard input, a FIFO, `<(zcat …)`), decompressed when its first bytes
 * are gzip's magic (`zcat`-less `urlleak logs - < access.log.gz`).
 */
export async function openSequential(stdin: AsyncIterable<Buffer | string>): Promise<{ readonly chunks: AsyncIterable<Buffer | string>; readonly gzip: boolean }> {
  const iterator = stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return { chunks: Readable.from([]), gzip: false };
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  async function* all(): AsyncGenerator<Buffer | string> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const gzip = startsLikeGzip(head);
  return gzip ? { chunks: pipeline(Readable.from(all()), createGunzip({ chunkSize: 256 * 1024 }), () => undefined), gzip } : { chunks: all(), gzip };
}

/**
 * The first bytes of a file (as stored, not decompressed) and its size, from one open; nothing is read from a pipe or
 * device (`regular: false`), which can be read only once. Synchronous, like the reads: a directory of a thousand small
 * logs spent more time in the thread pool round trips of open, stat, read and close than in scanning.
 */
export function readHead(path: string, bytes: number): { readonly head: Buffer; readonly size: number; readonly regular: boolean } {
  // Not even opened: opening a FIFO waits for its writer, and closing it again would cut the writer off.
  if (!statSync(path).isFile()) return { head: Buffer.alloc(0), size: 0, regular: false };
  const descriptor = openSync(path, 'r');
  try {
    const { size } = fstatSync(descriptor);
    const head = Buffer.allocUnsafe(Math.min(bytes, size));
    return { head: head.subarray(0, readSync(descriptor, head, 0, head.length, 0)), size, regular: true };
  } finally {
    closeSync(descriptor);
  }
}

export function startsLikeGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
