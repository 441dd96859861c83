import { readdir, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ScanError } from '../findings/scan-result.js';
import { readIgnoreFile } from './ignore-file.js';
import { relativeInside } from './output-paths.js';
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

  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    const kind = await pathKind(absolute);
    if (kind === 'file') {
      add(absolute, true);
    } else if (kind === 'directory') {
      const keepOut = options.keepOut === undefined ? undefined : relativeInside(options.keepOut, absolute);
      const walkIgnore = keepOut === undefined ? ignore : [...ignore, `${keepOut}/**`];
      for (const path of await walk(absolute, options.include, walkIgnore, errors, options.cwd)) add(path, false);
    } else if (GLOB_CHARS.test(input)) {
      const matched = await globOrError(input, options.cwd, ignore, errors);
      for (const path of matched) add(path, true);
    } else {
      errors.push({ path: displayPath(options.cwd, absolute), message: 'No such file or directory.' });
    }
  }
  return { files: [...files.values()].sort((a, b) => compareText(a.path, b.path)), errors };
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
async function walk(directory: string, include: readonly string[], ignore: readonly string[], errors: ScanError[], cwd: string): Promise<string[]> {
  const fg = await loadFastGlob();
  const watchedReaddir = (path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdir(path, options, (error, entries) => {
      if (error) errors.push({ path: displayPath(cwd, path), message: `Cannot read the directory: ${describeDirectoryError(error)}.` });
      callback(error, entries);
    });
  return fg([...include], {
    cwd: directory,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: [...ignore],
    fs: { readdir: watchedReaddir as unknown as typeof readdir },
  });
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
    if (matched.length === 0) errors.push({ path: pattern, message: 'No files matching the pattern.' });
    return matched;
  } catch (error) {
    errors.push({ path: pattern, message: `Invalid glob pattern: ${(error as Error).message}` });
    return [];
  }
}

/** Paths as users see them in output: relative to the working directory, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const relativePath = relative(cwd, path);
  const shown = relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath;
  return shown.replaceAll('\\', '/');
}
