import { readdir, statSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ScanError } from '../findings/scan-result.js';
import { readIgnoreFile } from './ignore-file.js';
import { leavesDirectory, relativeInside } from './output-paths.js';
import { aliasFor, escapeRawName, isUtf8, rawArgument, rawPathOf, rememberRawPath, showEscapedBytes, unaliased } from './raw-names.js';
import { compareText } from '../compare-text.js';

export interface CollectOptions {
  readonly cwd: string;
  /** Patterns a directory is walked with. */
  readonly include: readonly string[];
  /** Patterns never walked into or returned (fast-glob syntax; see `gitignoreToGlobs`). */
  readonly ignore: readonly string[];
  /**
   * Whether the working directory's `.gitignore` applies. True for code; false for logs, which projects
   * routinely git-ignore and which are exactly what the log scanner is asked to read.
   */
  readonly respectGitignore: boolean;
  /** A directory never walked into: the `--redact-to` directory, whose copies must not become inputs. */
  readonly keepOut?: string | undefined;
}

export interface CollectedFile {
  /** Absolute path. */
  readonly path: string;
  /** Whether the user named this file itself (then it is scanned whatever its name). */
  readonly explicit: boolean;
}

export interface CollectResult {
  readonly files: CollectedFile[];
  readonly errors: ScanError[];
}

/** The error of a glob that matched nothing (`--no-error-on-unmatched-pattern` drops it). */
export const UNMATCHED = 'No files matching the pattern.';

/** Always skipped when walking: dependencies and VCS metadata are never the user's code or logs. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Expands the command line's paths: files are taken as named, directories walked with the include patterns, and
 * anything else that looks like a glob is matched. A path that matches nothing is an error, as in ESLint.
 */
export async function collectFiles(inputs: readonly string[], options: CollectOptions): Promise<CollectResult> {
  const gitignore = options.respectGitignore ? await readIgnoreFile(options.cwd, '.gitignore') : [];
  const ignore = [...ALWAYS_IGNORED, ...gitignore, ...(await readIgnoreFile(options.cwd, '.urlleakignore')), ...options.ignore];
  const files = new Map<string, CollectedFile>();
  const errors: ScanError[] = [];
  const add = (path: string, explicit: boolean): void => {
    if (!files.has(path)) files.set(path, { path, explicit });
  };

  const walkDirectory = async (directory: string): Promise<void> => {
    const keepOut = options.keepOut === undefined ? undefined : relativeInside(options.keepOut, directory);
    const rebased = rebaseIgnore(ignore, options.cwd, directory);
    const walkIgnore = keepOut === undefined ? rebased : [...rebased, `${keepOut}/**`];
    for (const path of await walk(directory, options.include, walkIgnore, errors, options.cwd)) add(path, false);
  };

  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    const kind = await pathKind(absolute);
    const raw = kind === undefined ? rawArgument(input) : undefined;
    if (kind === 'file') {
      add(absolute, true);
    } else if (kind === 'directory') {
      await walkDirectory(absolute);
    } else if (raw) {
      const path = rawArgumentPath(raw, options.cwd);
      if (path.directory) await walkDirectory(path.escaped);
      else add(path.escaped, true);
    } else if (GLOB_CHARS.test(input)) {
      const matched = await globOrError(input, options.cwd, ignore, errors);
      for (const path of matched) add(path, true);
    } else {
      errors.push({ path: displayPath(options.cwd, absolute), message: 'No such file or directory.' });
    }
  }
  return { files: [...files.values()].sort((a, b) => compareText(a.path, b.path)), errors };
}

/**
 * A command-line path whose name is not UTF-8 (raw-names.ts), remembered by its escaped name: a directory to walk
 * like any other, or a file opened through its alias.
 */
function rawArgumentPath(raw: Buffer, cwd: string): { readonly escaped: string; readonly directory: boolean } {
  const absoluteRaw = raw[0] === 0x2f ? raw : Buffer.concat([Buffer.from(`${cwd}${sep}`), raw]);
  const escaped = resolve(cwd, escapeRawName(raw));
  rememberRawPath(escaped, absoluteRaw);
  if (statSync(absoluteRaw, { throwIfNoEntry: false })?.isDirectory()) return { escaped, directory: true };
  return { escaped: aliasFor(escaped, absoluteRaw), directory: false };
}

/**
 * Ignore patterns are written relative to the working directory (`.gitignore`'s `/lib`, `--ignore dist/**`), and a
 * walk matches them relative to the directory it walks. Walking `src/`, the pattern of `/actions` must not hide
 * `src/actions/`, and that of `/src/generated` must hide `generated/`: anchored patterns are re-based on the walked
 * directory, dropped where they name another part of the tree. Patterns for any depth (a leading `**`) apply everywhere.
 */
export function rebaseIgnore(patterns: readonly string[], cwd: string, directory: string): string[] {
  const relativePath = relative(cwd, directory);
  if (relativePath === '') return [...patterns];
  const outside = leavesDirectory(relativePath);
  const within = relativePath.split(sep).join('/');
  return patterns.flatMap((pattern) => {
    if (pattern.startsWith('**/')) return [pattern];
    if (outside || !pattern.startsWith(`${within}/`)) return [];
    return [pattern.slice(within.length + 1)];
  });
}

async function pathKind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'directory';
    return 'file';
  } catch {
    return undefined;
  }
}

/** fast-glob (tens of CommonJS modules) is loaded only when a directory or glob is given: most log runs name files. */
async function loadFastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

/**
 * A directory's files matching `include`. A subdirectory that cannot be read (permission denied) is an error of the
 * run, not a silent gap: fast-glob would skip it, so its directory reads are watched.
 */
async function walk(
  directory: string,
  include: readonly string[],
  ignore: readonly string[],
  errors: ScanError[],
  cwd: string,
): Promise<string[]> {
  const fg = await loadFastGlob();
  const watchedReaddir = (
    path: string,
    _options: { withFileTypes: true },
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void,
  ) =>
    readdir(rawPathOf(path) ?? path, { withFileTypes: true, encoding: 'buffer' }, (error, entries) => {
      if (error) errors.push({ path: displayPath(cwd, path), message: `Cannot read the directory: ${describeDirectoryError(error)}.` });
      callback(
        error,
        (entries ?? []).map((entry) => namedEntry(entry, path)),
      );
    });
  const found = await fg([...include], {
    cwd: directory,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: [...ignore],
    fs: { readdir: watchedReaddir as unknown as typeof readdir },
  });
  return found.map((path) => {
    const raw = rawPathOf(path);
    return raw ? aliasFor(path, raw) : path;
  });
}

/** A directory entry read as bytes, named as fast-glob expects: its UTF-8 name, or its escaped one (remembered). */
function namedEntry(entry: Dirent<Buffer>, directory: string): Dirent {
  const raw = entry.name;
  if (isUtf8(raw)) return Object.assign(entry, { name: raw.toString('utf8') }) as unknown as Dirent;
  const escaped = escapeRawName(raw);
  rememberRawPath(join(directory, escaped), Buffer.concat([rawPathOf(directory) ?? Buffer.from(directory), Buffer.from(sep), raw]));
  return Object.assign(entry, { name: escaped }) as unknown as Dirent;
}

function describeDirectoryError(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.code ?? error.message;
}

async function globOrError(pattern: string, cwd: string, ignore: readonly string[], errors: ScanError[]): Promise<string[]> {
  const fg = await loadFastGlob();
  try {
    const matched = await fg(isAbsolute(pattern) ? fg.convertPathToPattern(pattern) : pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      ignore: [...ignore],
    });
    if (matched.length === 0) errors.push({ path: pattern, message: UNMATCHED });
    return matched;
  } catch (error) {
    errors.push({ path: pattern, message: `Invalid glob pattern: ${(error as Error).message}` });
    return [];
  }
}

/** Paths as users see them in output: relative to the working directory, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const named = showEscapedBytes(unaliased(path));
  const relativePath = relative(cwd, named);
  const shown = relativePath === '' || leavesDirectory(relativePath) ? named : relativePath;
  return sep === '\\' ? shown.replaceAll('\\', '/') : shown;
}
