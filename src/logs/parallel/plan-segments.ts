import { open } from 'node:fs/promises';
import type { ByteRange } from '../../files/shard.js';
import { countNewlines } from '../io/count-newlines.js';
import { readHead, startsLikeGzip } from '../io/open-log.js';
import { looksBinary } from '../io/looks-binary.js';
import { utf16ByteOrderOf } from '../io/text-encoding.js';
import { FIELDS_DIRECTIVE, parseW3cFields } from '../formats/formats.js';

/** A line-aligned byte range of a file, and the W3C `#Fields:` header in force where it starts. */
export interface PlannedRange extends ByteRange {
  /** The last `#Fields:` header before the range (W3C logs name their columns in it); undefined when none. */
  readonly w3cFields: readonly string[] | undefined;
}

/** How one input file is scanned: whole (gzip, small, or copied with redaction) or as line-aligned byte ranges. */
export interface FilePlan {
  readonly path: string;
  readonly gzip: boolean;
  /** A pipe or device (`<(zcat …)`, a FIFO): read once, in order, gzip or not by its first bytes. */
  readonly sequential: boolean;
  /** Known binary from its first bytes (plain files only; gzip and UTF-16 are sniffed once decoded). */
  readonly binary: boolean;
  /** Undefined: the whole file as one segment. */
  readonly ranges: readonly PlannedRange[] | undefined;
  /** The lines before the first range: a `--shard` range that starts inside the file counts from there. */
  readonly linesBefore: number;
  /** When the file was last modified (seconds since the epoch; not known for pipes): syslog lines have no year. */
  readonly modifiedAt?: number | undefined;
}

/**
 * `shardRange`, from `--shard` (src/files/shard.ts), is a raw byte range that owns the lines starting inside it; it
 * is widened to line boundaries here, so N shards read every line exactly once.
 * Only a file (or range) larger than `splitBytes` is split: a second thread costs a fixed ~0.3–0.4 s of CPU (its
 * isolate boots, loads the scanner and compiles it again, see README.md), which a smaller file does not repay: a
 * 24 MB log split in two took 0.5 s of CPU against 0.37 s whole, and longer on a loaded machine.
 */
export async function planFile(path: string, splitBytes: number, allowSplit: boolean, shardRange?: ByteRange): Promise<FilePlan> {
  const { head, size, regular, modifiedAt } = readHead(path, HEAD_BYTES);
  if (!regular) return { path, gzip: false, sequential: true, binary: false, ranges: undefined, linesBefore: 0 };
  const gzip = startsLikeGzip(head);
  // Read whole: gzip cannot be read from the middle, nor UTF-16 decoded without its mark; both are sniffed as text.
  if (gzip || utf16ByteOrderOf(head))
    return { path, gzip, sequential: false, binary: false, ranges: undefined, linesBefore: 0, modifiedAt };
  const binary = looksBinary(head);
  const window = shardRange ? await alignToLines(path, shardRange, size) : { start: 0, end: size };
  const split = !binary && allowSplit && window.end - window.start > splitBytes;
  const ranges = split ? await lineAlignedRanges(path, window, splitBytes) : shardRange ? [window] : undefined;
  const linesBefore = window.start > 0 ? await countNewlines(path, window.start) : 0;
  const planned = ranges && (await withW3cFields(path, ranges, head.includes(FIELDS_DIRECTIVE)));
  return { path, gzip, sequential: false, binary, ranges: planned, linesBefore, modifiedAt };
}

/** The lines that start inside `range`: from the first line start at or after `start` to the first at or after `end`. */
async function alignToLines(path: string, range: ByteRange, size: number): Promise<ByteRange> {
  const handle = await open(path, 'r');
  try {
    const lineStartFrom = (offset: number) => (offset <= 0 ? Promise.resolve(0) : nextLineStart(handle, offset - 1, size));
    return { start: await lineStartFrom(range.start), end: range.end >= size ? size : await lineStartFrom(range.end) };
  } finally {
    await handle.close();
  }
}

/** A file's start, read once: its gzip magic and binary sniff, and whether it is a W3C log. */
const HEAD_BYTES = 64 * 1024;

const FIELDS_LINE = `\n${FIELDS_DIRECTIVE}`;
const SEARCH_BLOCK_BYTES = 1024 * 1024;

/**
 * Each range with the W3C header in force where it starts, so a split file reads its columns as one reader would
 * (a log of several servers or restarts has several headers, not always alike). Searched backwards from each start
 * to the one before it, so the file is read at most once more, and only when its head is a W3C log's: a header
 * that appears only past the first 64 KiB of a log of another format is not looked for.
 */
async function withW3cFields(path: string, ranges: readonly ByteRange[], w3c: boolean): Promise<PlannedRange[]> {
  if (!w3c) return ranges.map((range) => ({ ...range, w3cFields: undefined }));
  const handle = await open(path, 'r');
  try {
    const planned: PlannedRange[] = [];
    let fields: readonly string[] | undefined;
    let searchedTo = 0;
    for (const range of ranges) {
      fields = (await lastFieldsBefore(handle, searchedTo, range.start)) ?? fields;
      searchedTo = range.start;
      planned.push({ ...range, w3cFields: fields });
    }
    return planned;
  } finally {
    await handle.close();
  }
}

type FileHandle = Awaited<ReturnType<typeof open>>;

/**
 * The last header line starting at or after `from` and before `to` (both line starts), read backwards block by
 * block. A line starts after a newline, or at the file's first byte.
 */
async function lastFieldsBefore(handle: FileHandle, from: number, to: number): Promise<string[] | undefined> {
  const block = Buffer.alloc(SEARCH_BLOCK_BYTES + FIELDS_LINE.length);
  // From the newline that ends the line before `from`, so a header starting at `from` is found.
  const first = Math.max(0, from - 1);
  for (let end = to; end > first; end -= SEARCH_BLOCK_BYTES) {
    const start = Math.max(first, end - SEARCH_BLOCK_BYTES);
    // Overlapping the next block by a marker's length, so a marker across the boundary is found.
    const { bytesRead } = await handle.read(block, 0, Math.min(end + FIELDS_LINE.length, to) - start, start);
    const read = block.subarray(0, bytesRead);
    const index = read.lastIndexOf(FIELDS_LINE);
    if (index !== -1) return await fieldsOfLineAt(handle, start + index + 1);
    if (start === 0 && read.toString('latin1', 0, FIELDS_DIRECTIVE.length) === FIELDS_DIRECTIVE) return await fieldsOfLineAt(handle, 0);
  }
  return undefined;
}

/** The column names of the `#Fields:` line starting at `offset`. */
async function fieldsOfLineAt(handle: FileHandle, offset: number): Promise<string[]> {
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, offset);
  const line = buffer.subarray(0, bytesRead);
  const end = line.indexOf(NEWLINE);
  return parseW3cFields(line.toString('latin1', 0, end === -1 ? line.length : end));
}

const NEWLINE = 0x0a;

const BOUNDARY_PROBE_BYTES = 64 * 1024;

/**
 * Segments shrink as the file is used up (guided self-scheduling): a quarter of what is left, between a quarter of
 * `splitBytes` and `splitBytes`. Large ones while much is left keep the per-segment work low (each segment describes
 * again every secret it meets); small ones at the end keep both lanes busy to the last byte, where equal 64 MiB
 * segments left one lane idle for up to a whole segment.
 */
function segmentBytes(remaining: number, splitBytes: number): number {
  return Math.min(splitBytes, Math.max(smallestSegment(splitBytes), Math.ceil(remaining / 4)));
}

function smallestSegment(splitBytes: number): number {
  return Math.max(1, Math.floor(splitBytes / 4));
}

/** Line-aligned ranges covering `window` (sizes from `segmentBytes`), every one starting just after a newline. */
async function lineAlignedRanges(path: string, window: ByteRange, splitBytes: number): Promise<ByteRange[]> {
  const handle = await open(path, 'r');
  try {
    const starts = [window.start];
    for (let target = window.start + segmentBytes(window.end - window.start, splitBytes); target < window.end;) {
      const start = await nextLineStart(handle, target, window.end);
      if (start >= window.end) break;
      starts.push(start);
      target = start + segmentBytes(window.end - start, splitBytes);
    }
    return starts.map((start, index) => ({ start, end: starts[index + 1] ?? window.end }));
  } finally {
    await handle.close();
  }
}

async function nextLineStart(handle: FileHandle, from: number, size: number): Promise<number> {
  const probe = Buffer.alloc(BOUNDARY_PROBE_BYTES);
  for (let position = from; position < size; position += BOUNDARY_PROBE_BYTES) {
    const { bytesRead } = await handle.read(probe, 0, BOUNDARY_PROBE_BYTES, position);
    const newline = probe.subarray(0, bytesRead).indexOf(0x0a);
    if (newline !== -1) return position + newline + 1;
    if (bytesRead === 0) break;
  }
  return size;
}
