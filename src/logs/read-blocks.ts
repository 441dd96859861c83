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

export async function* readBlocks(chunks: AsyncIterable<Buffer | string>, limits = DEFAULT_BLOCK_LIMITS): AsyncGenerator<Block> {
  let carry: Buffer = Buffer.alloc(0);
  let carryOffset = 0;
  let carryLineOffset = 0;
  for await (const chunk of chunks) {
    const data = carry.length === 0 ? toBuffer(chunk) : Buffer.concat([carry, toBuffer(chunk)]);
    const lastNewline = data.lastIndexOf(NEWLINE);
    if (lastNewline >= 0) {
      yield { bytes: data.subarray(0, lastNewline + 1), streamOffset: carryOffset, lineOffset: carryLineOffset, commit: lastNewline + 1 };
      carryOffset += lastNewline + 1;
      carryLineOffset = 0;
      carry = data.subarray(lastNewline + 1);
    } else {
      carry = data;
    }
    while (carry.length > limits.maxLineBytes) {
      const commit = limits.maxLineBytes - limits.overlapBytes;
      yield { bytes: carry.subarray(0, limits.maxLineBytes), streamOffset: carryOffset, lineOffset: carryLineOffset, commit };
      carry = Buffer.from(carry.subarray(commit));
      carryOffset += commit;
      carryLineOffset += commit;
    }
  }
  if (carry.length > 0) yield { bytes: carry, streamOffset: carryOffset, lineOffset: carryLineOffset, commit: carry.length };
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
