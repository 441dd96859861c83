import { Transform } from 'node:stream';

/**
 * A log written in UTF-16, known by its byte order mark. Windows writes them: Windows PowerShell's `>` and `Out-File`,
 * SQL Server's ERRORLOG, `wevtutil` exports, .NET's `Encoding.Unicode` writers. Read byte by byte they are half NULs,
 * so the scanner reads them as UTF-8 text instead (as ripgrep does with a BOM).
 */
export type Utf16ByteOrder = 'utf-16le' | 'utf-16be';

/** The byte order a stream's first bytes announce; undefined without a UTF-16 BOM (`FF FE 00 00` is UTF-32's). */
export function utf16ByteOrderOf(head: Uint8Array): Utf16ByteOrder | undefined {
  if (head[0] === 0xff && head[1] === 0xfe && !(head[2] === 0 && head[3] === 0)) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The length of a UTF-8 byte order mark at `at` (0 when none). A log written by Windows tools may start with one
 * (`Out-File -Encoding utf8` in Windows PowerShell, .NET's `Encoding.UTF8` writers), and logs concatenated from such
 * files hold one at the start of each.
 */
export function utf8MarkLength(bytes: Uint8Array, at: number): number {
  return bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf ? 3 : 0;
}

/** Bytes the byte order mark is told by: a stream's first chunks are gathered up to this before it is decided. */
const SNIFF_BYTES = 4;

/**
 * A stream's chunks as UTF-8 when it starts with a UTF-16 byte order mark (the mark itself dropped), unchanged
 * otherwise, and the byte order found. Reads as many chunks as it takes to see the first four bytes.
 */
export async function decodeUtf16(
  chunks: AsyncIterable<Buffer | string>,
): Promise<{ readonly chunks: AsyncIterable<Buffer | string>; readonly byteOrder: Utf16ByteOrder | undefined }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let ended = false;
  // A read that fails this early (a gzip broken in its first bytes) fails where the scanner reads, as it would have.
  let failure: { readonly error: unknown } | undefined;
  try {
    for (let length = 0; length < SNIFF_BYTES;) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      // Copied: a reader may reuse its buffer for the next chunk (open-log.ts `readFileChunks`).
      head.push(Buffer.from(next.value));
      length += next.value.length;
    }
  } catch (error) {
    failure = { error };
  }
  async function* rest(): AsyncGenerator<Buffer | string> {
    try {
      yield* head;
      if (failure) throw failure.error;
      if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A scan that stops early (a binary file) closes the input, as a loop over it would have.
      await iterator.return?.();
    }
  }
  const byteOrder = utf16ByteOrderOf(Buffer.concat(head));
  return { chunks: byteOrder === undefined ? rest() : toUtf8(rest(), byteOrder), byteOrder };
}

async function* toUtf8(chunks: AsyncIterable<Buffer | string>, byteOrder: Utf16ByteOrder): AsyncGenerator<Buffer> {
  // Streaming: a character split across chunks is held until its other half comes; the BOM is dropped.
  const decoder = new TextDecoder(byteOrder);
  for await (const chunk of chunks) {
    const text = decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, { stream: true });
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const last = decoder.decode();
  if (last.length > 0) yield Buffer.from(last, 'utf8');
}

/**
 * Turns the scanner's UTF-8 back into the input's UTF-16, byte order mark first, for the scrubbed copy of a UTF-16
 * log. A byte sequence that was not valid UTF-16 was read as U+FFFD and is copied as that.
 */
export function utf8ToUtf16(byteOrder: Utf16ByteOrder): Transform {
  // `ignoreBOM`: a U+FEFF in the text is content, copied as it came.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let markWritten = false;
  const encode = (text: string): Buffer => {
    const bytes = Buffer.from(markWritten ? text : `\uFEFF${text}`, 'utf16le');
    markWritten = true;
    return byteOrder === 'utf-16be' ? bytes.swap16() : bytes;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, encode(decoder.decode(chunk, { stream: true })));
    },
    flush(callback) {
      callback(null, encode(decoder.decode()));
    },
  });
}
