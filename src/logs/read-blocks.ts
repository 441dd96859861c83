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

const EMPTY = Buffer.alloc(0);

/**
 * Chunks may be reused by the reader once the next one is requested: blocks are sub-arrays of the chunk (no copy)
 * and only the unfinished last line is copied out.
 */
export async function* readBlocks(chunks: AsyncIterable<Buffer | string>, limits = DEFAULT_BLOCK_LIMITS): AsyncGenerator<Block> {
  let carry: Buffer = EMPTY;
  let offset = 0;
  let lineOffset = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let position = 0;
    if (carry.length > 0) {
      const firstNewline = chunk.indexOf(NEWLINE);
      const taken = firstNewline === -1 ? chunk.length : firstNewline + 1;
      carry = Buffer.concat([carry, chunk.subarray(0, taken)]);
      position = taken;
      if (firstNewline !== -1) {
        yield { bytes: carry, streamOffset: offset, lineOffset, commit: carry.length };
        offset += carry.length;
        lineOffset = 0;
        carry = EMPTY;
      }
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (carry.length === 0 && lastNewline >= position) {
      const bytes = chunk.subarray(position, lastNewline + 1);
      yield { bytes, streamOffset: offset, lineOffset: 0, commit: bytes.length };
      offset += bytes.length;
      position = lastNewline + 1;
    }
    if (position < chunk.length) carry = carry.length === 0 ? Buffer.from(chunk.subarray(position)) : carry;
    while (carry.length > limits.maxLineBytes) {
      const commit = limits.maxLineBytes - limits.overlapBytes;
      yield { bytes: carry.subarray(0, limits.maxLineBytes), streamOffset: offset, lineOffset, commit };
      carry = Buffer.from(carry.subarray(commit));
      offset += commit;
      lineOffset += commit;
    }
  }
  if (carry.length > 0) yield { bytes: carry, streamOffset: offset, lineOffset, commit: carry.length };
}
