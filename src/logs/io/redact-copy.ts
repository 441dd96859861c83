import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { displayPath } from '../../files/collect-files.js';
import { describeWriteError } from '../../files/output-paths.js';
import { abortOutput, commitOutput, temporaryPathFor } from '../../files/write-atomic.js';
import type { Block } from './read-blocks.js';
import { utf8ToUtf16, type Utf16ByteOrder } from './text-encoding.js';

/** A secret's bytes in the stream (absolute offsets) and what replaces them. */
export interface Redaction {
  readonly start: number;
  readonly end: number;
  readonly fingerprint: string;
}

/** Where the scanner sends each block's bytes with its secrets replaced. */
export interface RedactSink {
  /** Writes the stream up to offset `upTo`, replacing `redactions` (ascending, inside `block`). */
  write(block: Block, redactions: readonly Redaction[], upTo: number): Promise<void>;
  close(): Promise<void>;
  /** Removes a partial copy (binary input, read error). */
  abort(): Promise<void>;
}

export function redactionMarker(fingerprint: string): string {
  return `[REDACTED:${fingerprint}]`;
}

/** Where a scrubbed copy goes, and how its input was stored: gzip, UTF-16 (the scanner read both as plain UTF-8). */
export interface CopyTarget {
  readonly path: string;
  readonly gzip: boolean;
  readonly byteOrder?: Utf16ByteOrder | undefined;
}

/** A failure writing a copy: names the copy, so the input is not blamed for it. */
export class CopyWriteError extends Error {}

/**
 * A scrubbed copy of a log: every secret replaced by `[REDACTED:<fingerprint>]`, every other byte as it was, gzip
 * when the input was gzip, UTF-16 in the input's byte order when it was. Writes honor back-pressure so memory stays bounded. The copy is written under a temporary
 * name (created exclusively: a symlink planted there is not followed) and renamed into place when complete.
 */
export async function createRedactedCopy({ path: outputPath, gzip, byteOrder }: CopyTarget): Promise<RedactSink> {
  const failed = (error: unknown) =>
    new CopyWriteError(`cannot write the scrubbed copy ${displayPath(process.cwd(), outputPath)}: ${describeWriteError(error)}.`);
  await mkdir(dirname(outputPath), { recursive: true }).catch((error: unknown) => {
    throw failed(error);
  });
  const input = new PassThrough();
  const file = createWriteStream(temporaryPathFor(outputPath), { flags: 'wx' });
  const stages = [...(byteOrder ? [utf8ToUtf16(byteOrder)] : []), ...(gzip ? [createGzip()] : [])];
  const done = pipeline([input, ...stages, file]).catch((error: unknown) => {
    throw failed(error);
  });
  done.catch(() => undefined);
  let written = 0;
  return {
    async write(block, redactions, upTo) {
      const parts: Buffer[] = [];
      let cursor = Math.max(written, block.streamOffset);
      const slice = (from: number, to: number) => block.bytes.subarray(from - block.streamOffset, to - block.streamOffset);
      for (const redaction of redactions) {
        if (redaction.start < cursor) continue;
        parts.push(slice(cursor, redaction.start), Buffer.from(redactionMarker(redaction.fingerprint)));
        cursor = redaction.end;
      }
      if (upTo > cursor) parts.push(slice(cursor, upTo));
      written = Math.max(written, upTo, cursor);
      try {
        await writeWithBackPressure(input, Buffer.concat(parts));
      } catch (error) {
        await done; // the pipeline's own error names the cause
        throw error;
      }
    },
    async close() {
      input.end();
      await done;
      try {
        commitOutput(outputPath);
      } catch (error) {
        throw failed(error);
      }
    },
    async abort() {
      input.destroy();
      await done.catch(() => undefined);
      abortOutput(outputPath);
    },
  };
}

/**
 * Waits for `drain` when the stream's buffer is full. Both listeners are removed whichever fires: a listener left
 * behind on every wait piles up on a long copy (Node's MaxListenersExceededWarning after ten).
 */
async function writeWithBackPressure(stream: Writable, bytes: Buffer): Promise<void> {
  if (stream.destroyed) throw new CopyWriteError('the scrubbed copy stopped being written');
  if (bytes.length === 0 || stream.write(bytes)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('close', onClose);
      resolve();
    };
    // A pipeline that fails destroys the stream: `close` ends the wait; the pipeline's promise carries the error.
    const onClose = () => {
      stream.off('drain', onDrain);
      reject(new CopyWriteError('the scrubbed copy stopped being written'));
    };
    stream.once('drain', onDrain);
    stream.once('close', onClose);
  });
}
