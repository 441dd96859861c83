import picomatch from 'picomatch';

/** Which engine a file goes to. */
export type FileKind = 'code' | 'log';

export const CODE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'] as const;

export const CODE_GLOBS: readonly string[] = [`**/*.{${CODE_EXTENSIONS.join(',')}}`];
export const CODE_EXCLUDE_GLOBS: readonly string[] = ['**/*.d.ts', '**/*.d.mts', '**/*.d.cts', '**/*.min.js'];

/** Where logs live by convention: rotated (`access.log.1`), compressed, JSON lines, Apache's `access_log`, `logs/`. */
export const LOG_GLOBS: readonly string[] = [
  '**/*.log',
  '**/*.log.*',
  '**/*.gz',
  '**/*.jsonl',
  '**/*.ndjson',
  '**/access_log*',
  '**/error_log*',
  '**/logs/**/*',
  '**/log/**/*',
];

const isCodePath = picomatch(CODE_GLOBS as string[], { dot: true, ignore: CODE_EXCLUDE_GLOBS as string[] });
const isLogPath = picomatch(LOG_GLOBS as string[], { dot: true });

/** The engine for a path, by name alone; undefined when neither claims it. Log conventions win (`logs/app.js.gz`). */
export function classifyFile(relativePath: string): FileKind | undefined {
  const path = relativePath.replaceAll('\\', '/');
  if (isLogPath(path)) return 'log';
  if (isCodePath(path)) return 'code';
  return undefined;
}
