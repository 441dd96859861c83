/** Chunks of at least this many characters (the last may be shorter): few writes, no huge string. */
const CHUNK_CHARACTERS = 64 * 1024;

/** Small chunks (a line, a finding) joined into chunks of about 64 KiB: one write each instead of one per line. */
export function* coalesceChunks(chunks: Iterable<string>, size: number = CHUNK_CHARACTERS): Generator<string, void, undefined> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length < size) continue;
    yield pending.join('');
    pending = [];
    length = 0;
  }
  if (length > 0) yield pending.join('');
}
