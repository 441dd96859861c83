/**
 * Cuts a byte stream into blocks that end at line boundaries, so the scanner never holds more than about two
 * chunks. A line longer than `maxLineBytes` (a 100 MB line with no newline) is cut into overlapping windows: each
 * window repeats the last `overlapBytes` of the previous one, and secrets shorter than the overlap that start
 * before a window's `commit` are always seen whole in that window.
 */
export interface Block {
  readonly bytes: Buffer;
  /** Offset of `bytes[0]` in the (decompressed) stream. */
  readonly streamOffset: number;
  /** Bytes of the current line before `bytes[0]`: non-zero for the second and later windows of a long line. */
  readonly lineOffset: number;
  /** Detections whose context starts at or after this index belong to the next window. */
  readonly commit: number;
}

export interface BlockLimits {
  readonly maxLineBytes: number;
  readonly overlapBytes: number;
}

export const DEFAULT_BLOCK_LIMITS: BlockLimits = { maxLineBytes: 1024 * 1024, overlapBytes: 64 * 1024 };

const NEWLINE = 0x0a;

/**
 * Chunks may be reused by the reader once the next one is requested: blocks are sub-arrays of the chunk (no copy)
 * and only the unfinished last line is copied out.
 *
 * Every byte is copied a bounded number of times, whatever the chunk sizes: an unfinished line is kept as the list
 * of its pieces and joined once (appending each chunk to one buffer copied the whole line again per chunk: a long
 * line read in 1-byte chunks cost the square of its length), and a long line's windows are views of one buffer, only
 * the last remainder copied (copying the rest of the line after every window cost the square of a large chunk).
 */
export async function* readBlocks(chunks: AsyncIterable<Buffer | string>, limits = DEFAULT_BLOCK_LIMITS): AsyncGenerator<Block> {
  const commit = limits.maxLineBytes - limits.overlapBytes;
  if (!(limits.overlapBytes >= 0 && commit > 0))
    throw new RangeError(`A window overlap must be smaller than the window (${limits.overlapBytes} ≥ ${limits.maxLineBytes}).`);
  const carry = new UnfinishedLine();
  let offset = 0;
  let lineOffset = 0;
  for await (const raw of chunks) {
    for (const chunk of slices(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw, limits.maxLineBytes)) {
      let position = 0;
      if (carry.length > 0) {
        const firstNewline = chunk.indexOf(NEWLINE);
        position = firstNewline === -1 ? chunk.length : firstNewline + 1;
        carry.add(chunk.subarray(0, position));
        if (firstNewline !== -1) {
          const bytes = carry.take();
          yield { bytes, streamOffset: offset, lineOffset, commit: bytes.length };
          offset += bytes.length;
          lineOffset = 0;
        }
      }
      const lastNewline = chunk.lastIndexOf(NEWLINE);
      if (carry.length === 0 && lastNewline >= position) {
        const bytes = chunk.subarray(position, lastNewline + 1);
        yield { bytes, streamOffset: offset, lineOffset: 0, commit: bytes.length };
        offset += bytes.length;
        position = lastNewline + 1;
      }
      if (carry.length === 0) carry.add(chunk.subarray(position));
      if (carry.length <= limits.maxLineBytes) continue;
      const line = carry.take();
      let start = 0;
      for (; line.length - start > limits.maxLineBytes; start += commit) {
        yield { bytes: line.subarray(start, start + limits.maxLineBytes), streamOffset: offset, lineOffset, commit };
        offset += commit;
        lineOffset += commit;
      }
      carry.add(line.subarray(start));
    }
  }
  if (carry.length > 0) {
    const bytes = carry.take();
    yield { bytes, streamOffset: offset, lineOffset, commit: bytes.length };
  }
}

/**
 * A chunk in pieces of at most `size` bytes (views, no copy). A long line inside one large chunk (a caller passing a
 * whole file as one buffer) is then windowed like any other, instead of reaching detection whole: the regular
 * expressions' backtracking stack overflows on runs of millions of token characters.
 */
function* slices(chunk: Buffer, size: number): Generator<Buffer> {
  if (chunk.length <= size) yield chunk;
  else for (let start = 0; start < chunk.length; start += size) yield chunk.subarray(start, start + size);
}

/** The bytes of a line not ended yet, as copies of the pieces read so far. */
class UnfinishedLine {
  private pieces: Buffer[] = [];
  length = 0;

  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pieces.push(Buffer.from(bytes));
    this.length += bytes.length;
  }

  /** The line so far, joined, and forgotten here. */
  take(): Buffer {
    const joined = this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces, this.length);
    this.pieces = [];
    this.length = 0;
    return joined;
  }
}
