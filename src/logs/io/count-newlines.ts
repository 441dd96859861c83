import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * The newlines in a file's first `end` bytes, read in fixed chunks: the line number a shard's byte range starts at
 * (`--shard` on a large log), so its findings point at the file's own lines, not the range's.
 */
export async function countNewlines(path: string, end: number): Promise<number> {
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let newlines = 0;
  try {
    for (let position = 0; position < end;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, end - position), position);
      if (bytesRead === 0) break;
      for (let index = buffer.indexOf(NEWLINE); index !== -1 && index < bytesRead; index = buffer.indexOf(NEWLINE, index + 1)) newlines++;
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return newlines;
}
