/** How much of a file's start is sniffed: as much as git looks at to call a file binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;
/** Share of control bytes above which a start is not text: random or compressed data has ~10 %, text logs ~0. */
const MAX_CONTROL_RATIO = 0.05;

/** Signatures of common non-log files that can land in a log folder (images, archives, executables, documents). */
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, JAR, docx
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];

/**
 * A leading run of NUL bytes is not the file's content: it is the hole logrotate's `copytruncate` leaves while the
 * writer goes on appending at its old offset. What follows it is sniffed (a file of only NULs is text with no lines).
 */
export function leadingNulBytes(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length && bytes[index] === 0) index += 1;
  return index;
}

/**
 * Text logs may hold a stray NUL or control byte (a crashed writer, a padded rotation) and are still scanned; a
 * file that starts with a known binary signature, or whose first 8 KiB are more than 5 % control bytes other than
 * tab, newlines, form feed and ESC (ANSI colors), is an image, an archive or a database, not a log.
 */
export function looksBinary(start: Buffer): boolean {
  const textStart = leadingNulBytes(start);
  const sample = start.subarray(textStart, textStart + BINARY_SNIFF_BYTES);
  if (sample.length === 0) return false;
  if (MAGIC_NUMBERS.some((magic) => magic.every((byte, index) => sample[index] === byte))) return true;
  let controls = 0;
  // Indexed, through a table: a `for…of` over 64 KiB of each file was most of the cost of a directory of small logs.
  for (let index = 0; index < sample.length; index += 1) controls += BINARY_CONTROL[sample[index] ?? 0] ?? 0;
  return controls / sample.length > MAX_CONTROL_RATIO;
}

/** Control bytes other than tab, line feed, vertical tab, form feed, carriage return and ESC. */
const BINARY_CONTROL = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte) ? 1 : 0,
);
