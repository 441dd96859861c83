import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Block } from './read-blocks.js';

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

/**
 * A scrubbed copy of a log: every secret replaced by `[REDACTED:<fingerprint>]`, every other byte as it was, gzip
 * when the input was gzip. Writes honour back-pressure so memory stays bounded.
 */
export async function createRedactedCopy(outputPath: string, gzip: boolean): Promise<RedactSink> {
  await mkdir(dirname(outputPath), { recursive: true });
  const input = new PassThrough();
  const file = createWriteStream(outputPath);
  const done = gzip ? pipeline(input, createGzip(), file) : pipeline(input, file);
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
      await writeWithBackPressure(input, Buffer.concat(parts));
    },
    async close() {
      input.end();
      await done;
    },
    async abort() {
      input.destroy();
      await done.catch(() => undefined);
      await rm(outputPath, { force: true });
    },
  };
}

async function writeWithBackPressure(stream: Writable, bytes: Buffer): Promise<void> {
  if (bytes.length === 0 || stream.write(bytes)) return;
  await new Promise<void>((resolve, reject) => {
    stream.once('drain', resolve);
    stream.once('error', reject);
  });
}
