import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

/**
 * File names that are not valid UTF-8. Linux allows any bytes in a name but `/` and NUL; Node turns such a name into a
 * string with U+FFFD, which opens nothing ("No such file or directory"). urlleak reads them by their raw bytes:
 * - a walk lists directories as bytes, and names a non-UTF-8 entry by its escaped form, remembering the bytes behind
 *   it: each invalid byte becomes a private-use character (U+E000 + byte, which no real name holds and no path library
 *   rewrites), shown to people as `\xHH` (`caf\xE9.log`) by `showEscapedBytes`;
 * - a file so named is scanned through an alias: a symlink with a plain name, in a private temporary directory, to the
 *   raw bytes; every other part of urlleak opens the alias like any path and shows the escaped name (`displayPath`);
 * - a name given on the command line is recovered from `/proc/self/cmdline`, where Node's `process.argv` lost it.
 */
const rawByEscaped = new Map<string, Buffer>();
const shownByAlias = new Map<string, string>();
let aliasDirectory: string | undefined;

/** Whether `name` is valid UTF-8 (it survives decoding and encoding again). */
export function isUtf8(name: Buffer): boolean {
  return Buffer.from(name.toString('utf8'), 'utf8').equals(name);
}

const ESCAPED_BYTE_BASE = 0xe000;
const ESCAPED_BYTE = /[\uE080-\uE0FF]/g;

/** A name's valid UTF-8 as text and every other byte (always ≥ 0x80) as the private-use character U+E000 + byte. */
export function escapeRawName(name: Buffer): string {
  let escaped = '';
  for (let index = 0; index < name.length;) {
    const length = utf8SequenceLength(name, index);
    escaped += length === 0 ? String.fromCharCode(ESCAPED_BYTE_BASE + (name[index] ?? 0)) : name.toString('utf8', index, index + length);
    index += Math.max(1, length);
  }
  return escaped;
}

/** An escaped path as people read it: each escaped byte as `\xHH`. */
export function showEscapedBytes(path: string): string {
  return path.replace(ESCAPED_BYTE, (char) => `\\x${(char.charCodeAt(0) - ESCAPED_BYTE_BASE).toString(16).toUpperCase()}`);
}

/** The length of the valid UTF-8 sequence at `index`, 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Buffer, index: number): number {
  const lead = bytes[index] ?? 0;
  const length =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1) return length;
  const sequence = bytes.subarray(index, index + length);
  return sequence.length === length && isUtf8(sequence) ? length : 0;
}

/** Records that the escaped absolute path `escaped` stands for the raw bytes `raw`. */
export function rememberRawPath(escaped: string, raw: Buffer): void {
  rawByEscaped.set(escaped, raw);
}

/** The raw bytes behind a path that has an escaped name in it, or undefined for an ordinary path. */
export function rawPathOf(path: string): Buffer | undefined {
  for (let prefix = path; ;) {
    const raw = rawByEscaped.get(prefix);
    if (raw) return Buffer.concat([raw, Buffer.from(path.slice(prefix.length), 'utf8')]);
    const cut = prefix.lastIndexOf(sep);
    if (cut <= 0) return undefined;
    prefix = prefix.slice(0, cut);
  }
}

/** A plain path that opens the file behind the escaped path `escaped` (raw bytes remembered before). */
export function aliasFor(escaped: string, raw: Buffer): string {
  aliasDirectory ??= createAliasDirectory();
  const alias = join(aliasDirectory, `${shownByAlias.size}-${escaped.slice(escaped.lastIndexOf(sep) + 1).replace(/[^\w.-]/g, '_')}`);
  symlinkSync(raw, alias);
  shownByAlias.set(alias, escaped);
  return alias;
}

function createAliasDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-names-'));
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** The escaped path an alias stands for; any other path as it is. */
export function unaliased(path: string): string {
  return shownByAlias.get(path) ?? path;
}

/**
 * The raw bytes of a command-line argument that `process.argv` shows with U+FFFD, read from `/proc/self/cmdline`
 * (Linux, the one system whose names can be other than UTF-8); undefined elsewhere or when it cannot be told apart.
 */
export function rawArgument(argument: string): Buffer | undefined {
  if (!argument.includes('\uFFFD')) return undefined;
  let commandLine: Buffer;
  try {
    commandLine = readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
  const matches = splitOnNul(commandLine).filter((raw) => !isUtf8(raw) && raw.toString('utf8') === argument);
  return matches.length >= 1 && matches.every((raw) => raw.equals(matches[0] as Buffer)) ? matches[0] : undefined;
}

function splitOnNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0, start);
    parts.push(bytes.subarray(start, end === -1 ? bytes.length : end));
    start = end === -1 ? bytes.length : end + 1;
  }
  return parts;
}
