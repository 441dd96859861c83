/** How much of a file's start is sniffed, and what share of NUL bytes there makes it binary. */
export const BINARY_SNIFF_BYTES = 64 * 1024;
const MAX_NUL_RATIO = 0.1;

/**
 * Text logs may hold a stray NUL (a crashed writer, a padded rotation) and are still scanned; a file whose first
 * 64 KiB are more than a tenth NUL bytes is an image, an archive or a database, not a log.
 */
export function looksBinary(start: Buffer): boolean {
  const sample = start.subarray(0, BINARY_SNIFF_BYTES);
  if (sample.length === 0) return false;
  let nuls = 0;
  for (let index = sample.indexOf(0); index !== -1; index = sample.indexOf(0, index + 1)) nuls += 1;
  return nuls / sample.length > MAX_NUL_RATIO;
}
