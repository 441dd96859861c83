import { dirname, extname } from 'node:path';
import { ts } from './typescript.js';
import type { ScanError, ScanNotice } from '../../findings/scan-result.js';
import { safeText } from '../../report/safe-text.js';
import { componentKindOf } from '../sfc/component-kinds.js';
import type { UnreadScript } from '../sfc/find-script-parts.js';
import { parseComponent, readComponentScripts } from '../sfc/parse-component.js';
import { describeFailure } from './describe-failure.js';
import { generatedTsconfigs } from '../frameworks/generated-tsconfigs.js';
import { forgetSharedDeclarationFiles, shareDeclarationFiles } from './shared-declaration-files.js';

export interface CreateProgramOptions {
  readonly cwd: string;
  /** Absolute paths of the files to analyze. */
  readonly files: readonly string[];
  /** A tsconfig path given by the user; otherwise one is looked up from `cwd`. */
  readonly project?: string | undefined;
}

export interface CreatedProgram {
  readonly program: ts.Program | undefined;
  readonly errors: ScanError[];
  readonly notices: ScanNotice[];
}

/**
 * Without a tsconfig: every JS and TS file is a root, JS is parsed but not type-checked. Written as a tsconfig's
 * `compilerOptions`, so that what emulates "no tsconfig" elsewhere (bench/real-recall) writes these very options.
 */
export const DEFAULT_COMPILER_OPTIONS_JSON = {
  allowJs: true,
  checkJs: false,
  noEmit: true,
  jsx: 'preserve',
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  // A file without import, export, require or module.exports is a script, sharing its globals with the other scripts
  // of the page (`function Handler(url) {…}` in one `<script>`, `new Handler(…)` in the next). TypeScript 6 makes every
  // file a module by default.
  moduleDetection: 'auto',
  skipLibCheck: true,
  types: [],
  // The import aliases of a project whose bundler config gives them (Vue CLI's built-in `@` for `src`, Vite's and
  // webpack's `resolve.alias` as their templates write it; Nuxt's `~` and `@` for its root): `import SocketService
  // from '@/utils/websocket'` is the project's module, which its tsconfig would say if it had one.
  paths: { '@/*': ['./src/*', './*'], '~/*': ['./src/*', './*'] },
} as const;

let defaultOptions: ts.CompilerOptions | undefined;

/** The defaults, with `paths` read from `cwd` as they would be from a tsconfig there. */
function defaultCompilerOptions(cwd: string): ts.CompilerOptions {
  defaultOptions ??= ts.convertCompilerOptionsFromJson(DEFAULT_COMPILER_OPTIONS_JSON, '/').options;
  return { ...defaultOptions, pathsBasePath: cwd };
}

/**
 * What TypeScript reads as a script, by extension (declaration files end in one of them). Any other file named on
 * the command line is a notice, unless it is a component (`.vue`, `.svelte`, `.astro`: src/engine/sfc/).
 */
const SCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

/**
 * Builds the `ts.Program` the code engine analyses: compiler options from the project's tsconfig (given or
 * found), root files from the command line, so that imports across files resolve and the checker knows types.
 * A file TypeScript cannot parse or bind (nested thousands deep: its recursive descent runs out of stack) is left
 * out of the program and reported as an error; every other file is still analyzed. A component is in the program
 * as the source file of its script parts (parse-component.ts); a file urlleak cannot read is a notice.
 */
export function createProgram(options: CreateProgramOptions): CreatedProgram {
  const errors: ScanError[] = [];
  const configNotices: ScanNotice[] = [];
  const configPath = options.project ?? ts.findConfigFile(options.cwd, ts.sys.fileExists, 'tsconfig.json');
  const compilerOptions = configPath ? readCompilerOptions(configPath, errors, configNotices) : defaultCompilerOptions(options.cwd);
  if (!compilerOptions) return { program: undefined, errors, notices: configNotices };

  const roots = options.files.filter(isReadableKind);
  const programOptions: ts.CompilerOptions = {
    ...compilerOptions,
    allowJs: true,
    noEmit: true,
    skipLibCheck: true,
    // TypeScript's own switch (its transpiler and inferred projects set it) that lets a root such as `App.vue` in:
    // only when one is a component, since it also stops extensionless `/// <reference path>` from trying extensions.
    ...(roots.some((file) => componentKindOf(file) !== undefined) ? { allowNonTsExtensions: true } : {}),
  };
  const unreadScripts = new Map<string, readonly UnreadScript[]>();
  const { program, failed, fatal } = buildAnalysableProgram(roots, programOptions, unreadScripts);
  const unreadable = unreadableKindNotices(options.files);
  if (!program)
    return {
      program,
      errors: [...errors, { path: options.cwd, message: `The program could not be analyzed: ${fatal}.` }],
      notices: [...configNotices, ...unreadable],
    };
  const failures = [...failed].map(([path, message]) => ({ path, message: `${message}. The other files were analyzed.` }));
  const notices = [...configNotices, ...unreadable, ...syntaxNotices(program, roots), ...unreadScriptNotices(program, unreadScripts)];
  return { program, errors: [...errors, ...failures], notices };
}

function isReadableKind(file: string): boolean {
  return SCRIPT_EXTENSIONS.has(extname(file).toLowerCase()) || componentKindOf(file) !== undefined;
}

/** A file named on the command line that is neither a script nor a component is said so, never skipped silently. */
function unreadableKindNotices(files: readonly string[]): ScanNotice[] {
  return files
    .filter((file) => !isReadableKind(file))
    .map((path) => ({
      path,
      message: 'Not analyzed: urlleak code reads JavaScript and TypeScript files and the scripts of .vue, .svelte and .astro files.',
    }));
}

/** A component's `<script lang="coffee">`: the rest of the component is analyzed, that part is said to be skipped. */
function unreadScriptNotices(program: ts.Program, unread: ReadonlyMap<string, readonly UnreadScript[]>): ScanNotice[] {
  return [...unread].flatMap(([path, scripts]) => {
    const sourceFile = program.getSourceFile(path);
    if (!sourceFile) return [];
    return scripts.map((script) => ({
      path,
      message: `Not analyzed: the <script lang="${safeText(script.lang)}"> at line ${sourceFile.getLineAndCharacterOfPosition(script.start).line + 1}; urlleak reads JavaScript and TypeScript.`,
    }));
  });
}

interface AnalysableProgram {
  readonly program: ts.Program | undefined;
  /** Files left out of the program, with why. */
  readonly failed: ReadonlyMap<string, string>;
  /** Why there is no program at all. */
  readonly fatal?: string;
}

/**
 * The program without the files TypeScript throws on: those the parser fails on are left out as they fail; a
 * failure to bind (when the checker is created) is found file by file, alone, and the program built again without.
 */
function buildAnalysableProgram(
  roots: readonly string[],
  options: ts.CompilerOptions,
  unreadScripts: Map<string, readonly UnreadScript[]>,
): AnalysableProgram {
  const failed = new Map<string, string>();
  const first = buildProgram(roots, options, failed, unreadScripts);
  if (bindingError(() => first) === undefined) return { program: first, failed };
  // Declaration files are many and large (TypeScript's library, @types): checked alone only when no source is the cause.
  const [sources, declarations] = partition(first.getSourceFiles(), (file) => !file.isDeclarationFile);
  if (!recordFailingAlone(sources, options, failed)) recordFailingAlone(declarations, options, failed);
  // The failed binding left its files half-bound: parse everything again, without the files that failed alone.
  forgetSharedDeclarationFiles();
  const second = buildProgram(roots, options, failed, unreadScripts);
  const error = bindingError(() => second);
  return error === undefined ? { program: second, failed } : { program: undefined, failed, fatal: describeFailure(error) };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Records in `failed` each of `files` that fails to bind alone; whether any did. */
function recordFailingAlone(files: readonly ts.SourceFile[], options: ts.CompilerOptions, failed: Map<string, string>): boolean {
  let any = false;
  for (const file of files) {
    const error = bindingError(() => isolatedProgram(file.fileName, options));
    if (error === undefined) continue;
    failed.set(file.fileName, `Could not be analyzed: ${describeFailure(error)}`);
    any = true;
  }
  return any;
}

/**
 * A program over `roots` whose host leaves out (and records in `failed`) every file the parser throws on, and reads
 * components as their script parts (recording in `unreadScripts` the parts it cannot read).
 */
function buildProgram(
  roots: readonly string[],
  options: ts.CompilerOptions,
  failed: Map<string, string>,
  unreadScripts: Map<string, readonly UnreadScript[]>,
): ts.Program {
  const host = shareDeclarationFiles(ts.createCompilerHost(options), options);
  const parse = parserWithComponents(host, unreadScripts);
  host.getSourceFile = (fileName, ...rest) => {
    if (failed.has(fileName)) return undefined;
    try {
      return parse(fileName, ...rest);
    } catch (error) {
      failed.set(fileName, `Could not be parsed: ${describeFailure(error)}`);
      return undefined;
    }
  };
  return ts.createProgram({ rootNames: [...roots], options, host });
}

/** The host's parse, but a component is read as the source file of its script parts (parse-component.ts). */
function parserWithComponents(
  host: ts.CompilerHost,
  unreadScripts: Map<string, readonly UnreadScript[]>,
): ts.CompilerHost['getSourceFile'] {
  const parse = host.getSourceFile.bind(host);
  return (fileName, languageVersionOrOptions, ...rest) => {
    const kind = componentKindOf(fileName);
    if (kind === undefined) return parse(fileName, languageVersionOrOptions, ...rest);
    const text = host.readFile(fileName);
    if (text === undefined) return undefined;
    const component = readComponentScripts(text, kind);
    if (component.scripts.unread.length > 0) unreadScripts.set(fileName, component.scripts.unread);
    return parseComponent(fileName, component, languageVersionOrOptions);
  };
}

/** Creating the checker binds every file of the program; binding recurses as deep as the code nests. */
function bindingError(programOf: () => ts.Program): unknown {
  try {
    programOf().getTypeChecker();
    return undefined;
  } catch (error) {
    return error ?? new Error('binding failed');
  }
}

/** `fileName` alone, parsed afresh, imports unresolved: binding it shows whether this file is one that fails. */
function isolatedProgram(fileName: string, options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options);
  const parse = parserWithComponents(host, new Map());
  host.getSourceFile = (name, ...rest) => (name === fileName ? parse(name, ...rest) : undefined);
  host.resolveModuleNameLiterals = (literals) => literals.map(() => ({ resolvedModule: undefined }));
  return ts.createProgram({ rootNames: [fileName], options: { ...options, noLib: true, noResolve: true, types: [] }, host });
}

function readCompilerOptions(configPath: string, errors: ScanError[], notices: ScanNotice[]): ts.CompilerOptions | undefined {
  if (!ts.sys.fileExists(configPath)) {
    errors.push({ path: configPath, message: 'tsconfig not found.' });
    return undefined;
  }
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) {
    errors.push({ path: configPath, message: `Invalid tsconfig: ${flatten(read.error)}` });
    return undefined;
  }
  const config = read.config as Record<string, unknown>;
  let parsed = parseConfig(config, configPath);
  if (parsed.errors.length > 0 && parsed.errors.every((diagnostic) => UNREADABLE_BASE.has(diagnostic.code))) {
    notices.push({ path: configPath, message: unreadableBaseNotice(parsed.errors) });
    parsed = parseConfig(withGeneratedAliases(withoutExtends(config), config['extends']), configPath);
  }
  if (parsed.errors.length > 0) {
    errors.push({ path: configPath, message: `Invalid tsconfig: ${parsed.errors.map(flatten).join('; ')}` });
    return undefined;
  }
  return optionsOfSolution(parsed, errors, notices) ?? parsed.options;
}

/** The config parsed, with the diagnostics that stop the analysis (not those about its own roots). */
function parseConfig(config: Record<string, unknown>, configPath: string): ts.ParsedCommandLine {
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath), undefined, configPath);
  return { ...parsed, errors: parsed.errors.filter((diagnostic) => !ROOTS_OF_OUR_OWN.has(diagnostic.code)) };
}

/**
 * "Cannot read file" (5083) and "File not found" (6053) of an `extends`: a base the framework generates
 * (`.nuxt/tsconfig.json` before `nuxt prepare`, `.svelte-kit/tsconfig.json` before `svelte-kit sync`) or a package not
 * installed (`@tsconfig/node20`). The config's own options still describe the sources: they are used, with a notice,
 * rather than analyzing nothing.
 */
const UNREADABLE_BASE = new Set([5083, 6053]);

function withoutExtends(config: Record<string, unknown>): Record<string, unknown> {
  const { extends: _base, ...own } = config;
  return own;
}

/**
 * The aliases a missing base the framework generates would give (`$lib` of `.svelte-kit/tsconfig.json`), under the
 * config's own `paths`, which win.
 */
function withGeneratedAliases(config: Record<string, unknown>, base: unknown): Record<string, unknown> {
  const generated = generatedTsconfigs.find((row) => typeof base === 'string' && row.base.test(base));
  if (!generated) return config;
  const options = (config['compilerOptions'] ?? {}) as Record<string, unknown>;
  const own = (options['paths'] ?? {}) as Record<string, unknown>;
  return { ...config, compilerOptions: { ...options, paths: { ...generated.paths, ...own } } };
}

function unreadableBaseNotice(diagnostics: readonly ts.Diagnostic[]): string {
  return (
    `${diagnostics.map(flatten).join('; ')} The tsconfig's own compilerOptions were used without the base it extends ` +
    "(generate it first, e.g. 'nuxt prepare' or 'svelte-kit sync', or install the package that holds it)."
  );
}

/**
 * "The 'files' list in config file is empty" (18002) and "No inputs were found" (18003) only say that the config's
 * own roots are empty, as in a solution-style tsconfig (`"files": []` and `references`, Vite's template): we bring our
 * own roots, the files named on the command line.
 */
const ROOTS_OF_OUR_OWN = new Set([18002, 18003]);

/**
 * A solution-style tsconfig has no files and no real options of its own; its first referenced project (Vite's
 * `tsconfig.app.json`, with the `paths` aliases and `jsx` the sources use) gives the options, over the solution's.
 */
function optionsOfSolution(parsed: ts.ParsedCommandLine, errors: ScanError[], notices: ScanNotice[]): ts.CompilerOptions | undefined {
  if (parsed.fileNames.length > 0 || !parsed.projectReferences?.length) return undefined;
  for (const reference of parsed.projectReferences) {
    const referenced = readCompilerOptions(ts.resolveProjectReferencePath(reference), errors, notices);
    if (referenced) return { ...parsed.options, ...referenced };
  }
  return undefined;
}

function syntaxNotices(program: ts.Program, files: readonly string[]): ScanNotice[] {
  return files.flatMap((file) => {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) return [];
    const [first, ...rest] = program.getSyntacticDiagnostics(sourceFile);
    if (!first) return [];
    const where = first.start === undefined ? '' : ` at line ${sourceFile.getLineAndCharacterOfPosition(first.start).line + 1}`;
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return [{ path: file, message: `Syntax error${where}: ${flatten(first)}${more}; analyzed as far as the parser recovered.` }];
  });
}

/** Diagnostics echo the input (a tsconfig value, a file name): secrets redacted, control characters escaped. */
function flatten(diagnostic: ts.Diagnostic): string {
  return safeText(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
}
