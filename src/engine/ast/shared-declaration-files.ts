import { posix } from 'node:path';
import { ts } from './typescript.js';

/**
 * Declaration files parsed once per process, for every program built in it. Each program otherwise parses and binds
 * TypeScript's library files and `@types` packages again (lib.dom.d.ts alone is 1.9 MB): half a second to a second
 * per program, paid again by the program rebuilt after a binding failure (create-program.ts) and by every program of
 * an API user or a test run. TypeScript's language service shares source files between programs the same way (its
 * DocumentRegistry): a bound declaration file is reused as it is, each checker keeping its own links.
 *
 * Only declaration files in TypeScript's library folder or under a `node_modules` folder are shared: files nobody
 * edits while a scan runs. Keyed by path and everything the parse depends on; bounded by their total text, the least
 * recently used dropped first, so a scan of many projects holds at most that much more than one program does.
 */
const MAX_SHARED_TEXT = 16 * 1024 * 1024;

const shared = new Map<string, ts.SourceFile>();
let sharedText = 0;

/** `host` with its `getSourceFile` answering from (and filling) the shared declaration files. */
export function shareDeclarationFiles(host: ts.CompilerHost, options: ts.CompilerOptions): ts.CompilerHost {
  const parse = host.getSourceFile.bind(host);
  const libraryFolder = host.getDefaultLibLocation?.() ?? posix.dirname(ts.getDefaultLibFilePath(options));
  host.getSourceFile = (fileName, languageVersionOrOptions, ...rest) => {
    if (!isSharable(fileName, libraryFolder)) return parse(fileName, languageVersionOrOptions, ...rest);
    const key = sharingKey(fileName, languageVersionOrOptions, options);
    const cached = shared.get(key);
    if (cached) {
      // Map order is the recency order: the entry moves to the end.
      shared.delete(key);
      shared.set(key, cached);
      return cached;
    }
    const sourceFile = parse(fileName, languageVersionOrOptions, ...rest);
    if (sourceFile) remember(key, sourceFile);
    return sourceFile;
  };
  return host;
}

/** After a failed binding, whose files may be half-bound: every program from now on parses them afresh. */
export function forgetSharedDeclarationFiles(): void {
  shared.clear();
  sharedText = 0;
}

function isSharable(fileName: string, libraryFolder: string): boolean {
  if (!fileName.endsWith('.d.ts') && !fileName.endsWith('.d.mts') && !fileName.endsWith('.d.cts')) return false;
  // TypeScript writes every path with forward slashes.
  return fileName.startsWith(`${libraryFolder}/`) || fileName.includes('/node_modules/');
}

/** The parse depends on the language version, the module format, JSDoc parsing and module detection. */
function sharingKey(
  fileName: string,
  languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions,
  options: ts.CompilerOptions,
): string {
  const parse = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
  return [fileName, parse.languageVersion, parse.impliedNodeFormat, parse.jsDocParsingMode, options.moduleDetection].join('\0');
}

function remember(key: string, sourceFile: ts.SourceFile): void {
  const size = sourceFile.text.length;
  if (size > MAX_SHARED_TEXT) return;
  for (const [oldKey, old] of shared) {
    if (sharedText + size <= MAX_SHARED_TEXT) break;
    shared.delete(oldKey);
    sharedText -= old.text.length;
  }
  shared.set(key, sourceFile);
  sharedText += size;
}
