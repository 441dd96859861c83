import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** gzip is recognised by its magic bytes, not its name: rotated logs are often `access.log.2.gz` or have no suffix. */
export async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/** A stream of the log's decompressed bytes. */
export async function openLogStream(path: string): Promise<Readable> {
  const gzip = await isGzipFile(path);
  const raw = createReadStream(path);
  if (!gzip) return raw;
  const gunzip = createGunzip();
  // pipe() does not forward read errors; the consumer only listens to the last stream.
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}
