import { dirname } from 'node:path';
import ts from 'typescript';
import type { ScanError, ScanNotice } from '../findings/scan-result.js';

export interface CreateProgramOptions {
  readonly cwd: string;
  /** Absolute paths of the files to analyse. */
  readonly files: readonly string[];
  /** A tsconfig path given by the user; otherwise one is looked up from `cwd`. */
  readonly project?: string | undefined;
}

export interface CreatedProgram {
  readonly program: ts.Program | undefined;
  readonly errors: ScanError[];
  readonly notices: ScanNotice[];
}

/** Without a tsconfig: every JS and TS file is a root, JS is parsed but not type-checked. */
const DEFAULT_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  noEmit: true,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  types: [],
};

/**
 * Builds the `ts.Program` the code engine analyses: compiler options from the project's tsconfig (given or
 * found), root files from the command line, so that imports across files resolve and the checker knows types.
 */
export function createProgram(options: CreateProgramOptions): CreatedProgram {
  const errors: ScanError[] = [];
  const configPath = options.project ?? ts.findConfigFile(options.cwd, ts.sys.fileExists, 'tsconfig.json');
  const compilerOptions = configPath ? readCompilerOptions(configPath, errors) : DEFAULT_OPTIONS;
  if (!compilerOptions) return { program: undefined, errors, notices: [] };

  const program = ts.createProgram({
    rootNames: [...options.files],
    options: { ...compilerOptions, allowJs: true, noEmit: true, skipLibCheck: true },
  });
  return { program, errors, notices: syntaxNotices(program, options.files) };
}

function readCompilerOptions(configPath: string, errors: ScanError[]): ts.CompilerOptions | undefined {
  if (!ts.sys.fileExists(configPath)) {
    errors.push({ path: configPath, message: 'tsconfig not found.' });
    return undefined;
  }
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) {
    errors.push({ path: configPath, message: `Invalid tsconfig: ${flatten(read.error)}` });
    return undefined;
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath), undefined, configPath);
  // "No inputs were found" (18003) only means the config's own include list is empty; we bring our own roots.
  const fatal = parsed.errors.filter((diagnostic) => diagnostic.code !== 18003);
  if (fatal.length > 0) {
    errors.push({ path: configPath, message: `Invalid tsconfig: ${fatal.map(flatten).join('; ')}` });
    return undefined;
  }
  return parsed.options;
}

function syntaxNotices(program: ts.Program, files: readonly string[]): ScanNotice[] {
  return files.flatMap((file) => {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) return [];
    const [first, ...rest] = program.getSyntacticDiagnostics(sourceFile);
    if (!first) return [];
    const where = first.start === undefined ? '' : ` at line ${sourceFile.getLineAndCharacterOfPosition(first.start).line + 1}`;
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return [{ path: file, message: `Syntax error${where}: ${flatten(first)}${more}; analysed as far as the parser recovered.` }];
  });
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}
