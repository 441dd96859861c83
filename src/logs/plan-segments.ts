import { open, stat } from 'node:fs/promises';
import { isGzipFile, readHead, type ByteRange } from './open-log.js';
import { BINARY_SNIFF_BYTES, looksBinary } from './looks-binary.js';

/** How one input file is scanned: whole (gzip, small, or copied with redaction) or as line-aligned byte ranges. */
export interface FilePlan {
  readonly path: string;
  readonly gzip: boolean;
  /** Known binary from its first bytes (plain files only; gzip is sniffed after decompression). */
  readonly binary: boolean;
  /** Undefined: the whole file as one segment. */
  readonly ranges: readonly ByteRange[] | undefined;
  /** The last W3C `#Fields:` header in the file's head, which later ranges need to read their columns. */
  readonly w3cFields: readonly string[] | undefined;
}

export async function planFile(path: string, splitBytes: number, allowSplit: boolean): Promise<FilePlan> {
  const gzip = await isGzipFile(path);
  if (gzip) return { path, gzip, binary: false, ranges: undefined, w3cFields: undefined };
  const head = await readHead(path, BINARY_SNIFF_BYTES);
  const binary = looksBinary(head);
  const { size } = await stat(path);
  const ranges = !binary && allowSplit && size > splitBytes ? await lineAlignedRanges(path, size, splitBytes) : undefined;
  return { path, gzip, binary, ranges, w3cFields: lastW3cFields(head) };
}

function lastW3cFields(head: Buffer): string[] | undefined {
  const text = head.toString('latin1');
  const index = text.lastIndexOf('#Fields:');
  if (index === -1 || (index > 0 && text[index - 1] !== '\n')) return undefined;
  const end = text.indexOf('\n', index);
  if (end === -1) return undefined;
  return text.slice(index + '#Fields:'.length, end).trim().split(/\s+/);
}

const BOUNDARY_PROBE_BYTES = 64 * 1024;

/** Ranges of about `splitBytes` each, every one starting just after a newline (or at the start of the file). */
async function lineAlignedRanges(path: string, size: number, splitBytes: number): Promise<ByteRange[]> {
  const handle = await open(path, 'r');
  try {
    const starts = [0];
    for (let target = splitBytes; target < size; ) {
      const start = await nextLineStart(handle, target, size);
      if (start >= size) break;
      starts.push(start);
      target = start + splitBytes;
    }
    return starts.map((start, index) => ({ start, end: starts[index + 1] ?? size }));
  } finally {
    await handle.close();
  }
}

async function nextLineStart(handle: Awaited<ReturnType<typeof open>>, from: number, size: number): Promise<number> {
  const probe = Buffer.alloc(BOUNDARY_PROBE_BYTES);
  for (let position = from; position < size; position += BOUNDARY_PROBE_BYTES) {
    const { bytesRead } = await handle.read(probe, 0, BOUNDARY_PROBE_BYTES, position);
    const newline = probe.subarray(0, bytesRead).indexOf(0x0a);
    if (newline !== -1) return position + newline + 1;
    if (bytesRead === 0) break;
  }
  return size;
}
