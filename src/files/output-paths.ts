import { constants, existsSync, mkdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { redactSecretsInPath } from '../report/safe-text.js';

/**
 * The one place that decides where urlleak may write. Outputs are a report (`--output`), a baseline
 * (`--write-baseline`) and scrubbed copies of logs (`--redact-to DIR`). The rules, checked before any input is read:
 * - no output resolves (after realpath, or as the same inode) to an input: a copy never replaces the log it scrubs;
 * - no two outputs resolve to one file (standard input's copy and a file named `stdin.log`, say);
 * - a copy never lands outside the `--redact-to` directory through a symlink inside it;
 * - an output's directory must exist as a directory (or be creatable, for copies) and be writable.
 * The `--redact-to` directory inside a walked input directory is left out of the walk (collect-files.ts), so one run's
 * copies are never the next run's inputs.
 */
export class OutputPathError extends Error {}

export interface PlannedOutputs {
  /** Absolute paths. */
  readonly report?: string | undefined;
  readonly baseline?: string | undefined;
  readonly redactTo?: string | undefined;
}

/** `DIR/<display path>` with secret-shaped segments renamed; a path outside the working directory keeps its absolute layout. */
export function copyPathFor(redactTo: string, shownPath: string): string {
  const withinDirectory = isAbsolute(shownPath) ? shownPath.replace(/^([A-Za-z]:)?[\\/]+/, '') : shownPath;
  return join(redactTo, redactSecretsInPath(withinDirectory));
}

/** Standard input's copy: plain or gzip, which is known only once its first bytes are read (both names are reserved). */
export function stdinCopyPath(redactTo: string, gzip: boolean): string {
  return join(redactTo, gzip ? 'stdin.log.gz' : 'stdin.log');
}

export interface RunInputs {
  /** Every file the run reads: absolute paths, `-` for standard input. */
  readonly inputs: readonly string[];
  /** The logs among them, each of which gets a copy under `--redact-to`. */
  readonly copied: readonly string[];
}

/**
 * Throws an `OutputPathError` naming the output and the reason when a planned output breaks a rule above.
 * `shownPath` gives the display path, which a copy mirrors.
 */
export async function checkOutputPaths(
  outputs: PlannedOutputs,
  { inputs, copied }: RunInputs,
  shownPath: (path: string) => string,
): Promise<void> {
  const inputIdentities = new Map<string, string>();
  for (const input of inputs) if (input !== '-') for (const key of identityKeys(input)) inputIdentities.set(key, input);
  const claimed = new Map<string, string>();
  /** Reserves `path` for the output `label` describes. */
  const claim = (path: string, label: string): void => {
    const keys = identityKeys(path);
    const input = keys.map((key) => inputIdentities.get(key)).find((found) => found !== undefined);
    if (input !== undefined) throw new OutputPathError(`${label} would overwrite the input ${shownPath(input)}; choose another path.`);
    const earlier = keys.map((key) => claimed.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined)
      throw new OutputPathError(`${label} and ${earlier} would be the same file; rename the input or choose another path.`);
    for (const key of keys) claimed.set(key, label);
  };

  for (const [path, what] of [
    [outputs.report, 'the report'],
    [outputs.baseline, 'the baseline'],
  ] as const) {
    if (path === undefined) continue;
    claim(path, `${what} ${shownPath(path)}`);
    await checkWritableFile(path, shownPath);
  }
  if (outputs.redactTo === undefined) return;

  const root = prepareCopyRoot(outputs.redactTo, shownPath);
  const redactTo = outputs.redactTo;
  const copies = copied.flatMap((input) =>
    input === '-'
      ? [false, true].map((gzip) => ({ path: stdinCopyPath(redactTo, gzip), of: 'standard input' }))
      : [{ path: copyPathFor(redactTo, shownPath(input)), of: shownPath(input) }],
  );
  const directories = new Set<string>();
  for (const copy of copies) {
    claim(copy.path, `the scrubbed copy of ${copy.of} (${shownPath(copy.path)})`);
    directories.add(dirname(copy.path));
  }
  for (const directory of directories) prepareCopyDirectory(directory, root, shownPath);
  for (const copy of copies) await checkWritableFile(copy.path, shownPath);
}

/** An input directory inside the `--redact-to` directory would be walked into its own copies. */
export function checkInputDirectory(directory: string, redactTo: string, shownPath: (path: string) => string): void {
  if (relativeInside(directory, redactTo) === undefined) return;
  throw new OutputPathError(
    `--redact-to ${shownPath(redactTo)} contains the input directory ${shownPath(directory)}: its copies would be scanned as inputs; choose a directory outside it.`,
  );
}

/** Real path and inode of a path, or of the nearest existing ancestor joined with the rest: what it will be once written. */
function identityKeys(path: string): string[] {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const rest = relative(existing, absolute);
  let real: string;
  try {
    real = join(realpathSync(existing), rest);
  } catch {
    real = absolute;
  }
  const keys = [`path:${real}`];
  const info = rest === '' ? statOrUndefined(absolute) : undefined;
  if (info?.isFile()) keys.push(`inode:${info.dev}:${info.ino}`);
  return keys;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The `--redact-to` directory, created if missing; its real path, which every copy must stay inside. */
function prepareCopyRoot(redactTo: string, shownPath: (path: string) => string): string {
  const shown = `--redact-to ${shownPath(redactTo)}`;
  const info = statOrUndefined(redactTo);
  if (info && !info.isDirectory()) throw new OutputPathError(`${shown}: exists and is not a directory.`);
  try {
    mkdirSync(redactTo, { recursive: true });
    return realpathSync(redactTo);
  } catch (error) {
    throw new OutputPathError(`${shown}: cannot create the directory (${describeWriteError(error)}).`);
  }
}

/** Creates a copy's directory and checks it is inside the copy root after symlinks are followed. */
function prepareCopyDirectory(directory: string, root: string, shownPath: (path: string) => string): void {
  const shown = shownPath(directory);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new OutputPathError(`cannot create the copy directory ${shown}: ${describeWriteError(error)}.`);
  }
  const real = realpathSync(directory);
  if (real !== root && !real.startsWith(root + sep)) {
    throw new OutputPathError(
      `the copy directory ${shown} leads outside the --redact-to directory (through a symlink to ${real}); remove the link or choose another directory.`,
    );
  }
}

/** The output's directory exists and is writable, and the output itself is not a directory. */
async function checkWritableFile(output: string, shownPath: (path: string) => string): Promise<void> {
  const directory = dirname(output);
  const info = statOrUndefined(directory);
  if (!info) throw new OutputPathError(`cannot write ${shownPath(output)}: the directory ${shownPath(directory)} does not exist.`);
  if (!info.isDirectory()) throw new OutputPathError(`cannot write ${shownPath(output)}: ${shownPath(directory)} is not a directory.`);
  try {
    await access(directory, constants.W_OK);
  } catch {
    throw new OutputPathError(`cannot write ${shownPath(output)}: permission denied on the directory ${shownPath(directory)}.`);
  }
  const existing = statOrUndefined(output);
  if (existing?.isDirectory()) throw new OutputPathError(`cannot write ${shownPath(output)}: it is a directory.`);
}

/** A write failure in words that name the cause, not the errno. */
export function describeWriteError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way where a directory is needed';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'EISDIR') return 'it is a directory';
  return message;
}

/** The `--redact-to` directory as a path relative to a walked directory, when it lies inside it (to leave out of the walk). */
export function relativeInside(directory: string, walked: string): string | undefined {
  const realDirectory = realOrResolved(directory);
  const realWalked = realOrResolved(walked);
  const inside = relative(realWalked, realDirectory);
  if (inside === '') return '.';
  return leavesDirectory(inside) ? undefined : inside.split(sep).join('/');
}

/**
 * Whether a path from `relative()` leads out of its base: `..` or `../…`, or another drive. Not a name that merely
 * starts with two dots (`..copies` is inside).
 */
export function leavesDirectory(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath);
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
