import { createHash } from 'node:crypto';

/** `--shard K/N`: this process is shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Bytes `[start, end)` of one large log file that one shard scans. A range owns the lines that START inside it:
 * the scanner skips the partial line at `start` (unless `start` is 0 or the byte before it is a newline) and reads
 * past `end` to finish the last line it owns. So N ranges cover every line exactly once.
 */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** A log file larger than this is split across all shards by byte range rather than given to one of them. */
export const SPLIT_LOG_BYTES = 256 * 1024 * 1024;

/** Which shard (1-based) owns a path. The key is the display path, so every machine with the same checkout agrees. */
export function shardOfKey(key: string, count: number): number {
  const hash = createHash('sha256').update(key).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

export function isInShard(key: string, shard: Shard): boolean {
  return shardOfKey(key, shard.count) === shard.index;
}

/** Shard `index`'s share of a file of `size` bytes; the N shares tile `[0, size)`. */
export function byteRangeOfShard(size: number, shard: Shard): ByteRange {
  const boundary = (index: number) => Math.floor((size * index) / shard.count);
  return { start: boundary(shard.index - 1), end: boundary(shard.index) };
}

export interface LogInput {
  readonly path: string;
  /** The key shards agree on (the display path). */
  readonly key: string;
  readonly size: number;
  /** Whether the file can be read from the middle: plain text can, gzip cannot. */
  readonly splittable: boolean;
}

export interface LogShardPlan {
  readonly files: string[];
  /** Files this shard reads only in part; a file not listed here is read whole. */
  readonly ranges: ReadonlyMap<string, ByteRange>;
}

/** Small or compressed logs go whole to the shard their path hashes to; large plain logs are split across all. */
export function planLogShard(inputs: readonly LogInput[], shard: Shard, splitBytes: number = SPLIT_LOG_BYTES): LogShardPlan {
  const files: string[] = [];
  const ranges = new Map<string, ByteRange>();
  for (const input of inputs) {
    if (input.splittable && input.size > splitBytes) {
      const range = byteRangeOfShard(input.size, shard);
      if (range.end === range.start) continue;
      files.push(input.path);
      ranges.set(input.path, range);
    } else if (isInShard(input.key, shard)) {
      files.push(input.path);
    }
  }
  return { files, ranges };
}
