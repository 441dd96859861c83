import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Area } from '../catalog/rule.js';
import { classifyFile, CODE_GLOBS, LOG_GLOBS } from '../files/file-kind.js';
import { collectFiles, displayPath, type CollectedFile } from '../files/collect-files.js';
import { gitignoreToGlobs } from '../files/ignore-file.js';
import { compareFindings, isAtLeast, type Finding } from '../findings/finding.js';
import { mergeScanResults, type ScanError, type ScanResult } from '../findings/scan-result.js';
import { ProgressLine } from '../logs/progress.js';
import { scanLogs } from '../logs/scan-logs.js';
import { formatters, isFormatName } from '../report/formatters.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { HELP } from './help.js';
import { readPackageVersion } from './version.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal: decides colour unless --color/--no-color say otherwise. */
  readonly stdoutIsTty: boolean;
  /** Whether stderr is a terminal: the log scanner draws a progress line there only then. */
  readonly stderrIsTty?: boolean;
}

export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
}

/** The whole CLI, minus the process: arguments and streams in, an exit code out. */
export async function run(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return print(io, HELP);
    if (parsed.kind === 'version') return print(io, `${readPackageVersion()}\n`);
    return await runCommand(parsed.options, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`urlleak: ${error.message}\nRun "urlleak --help" for usage.\n`);
    return { exitCode: 2 };
  }
}

function print(io: CliIo, text: string): CliOutcome {
  io.stdout(text);
  return { exitCode: 0 };
}

async function runCommand(options: CliOptions, io: CliIo): Promise<CliOutcome> {
  if (!isFormatName(options.format)) throw new UsageError(`--format ${options.format} is not available yet.`);
  const scanned = await scanInputs(options, io);
  const result = prepareForOutput(scanned, options, io.cwd);
  const text = formatters[options.format]({ result, areas: areasOf(options.command), cwd: io.cwd, color: options.color ?? (io.stdoutIsTty && !options.output) });
  const writeError = await deliver(text, options.output, io);
  return { exitCode: exitCodeFor(result, options, writeError) };
}

async function scanInputs(options: CliOptions, io: CliIo): Promise<ScanResult> {
  const { code, logs, errors } = await partitionInputs(options, io.cwd);
  const results: ScanResult[] = [{ findings: [], errors, notices: [], filesScanned: 0 }];
  if (code.length > 0 || options.command === 'code') {
    // Loaded on demand: the TypeScript compiler costs a second and ~80 MB that a log scan does not need.
    const { analyzeCode } = await import('../engine/analyze-code.js');
    results.push(analyzeCode({ cwd: io.cwd, files: code, project: options.project }));
  }
  if (logs.length > 0) results.push(await scanLogInputs(logs, options, io));
  return mergeScanResults(results);
}

async function scanLogInputs(files: readonly string[], options: CliOptions, io: CliIo): Promise<ScanResult> {
  const progress = io.stderrIsTty ? new ProgressLine(io.stderr) : undefined;
  try {
    return await scanLogs({
      files,
      stdin: io.stdin,
      displayPath: (path) => displayPath(io.cwd, path),
      allOccurrences: options.allOccurrences,
      redactTo: options.redactTo === undefined ? undefined : resolve(io.cwd, options.redactTo),
      onProgress: progress ? (bytes, findings) => progress.add(bytes, findings) : undefined,
    });
  } finally {
    progress?.finish();
  }
}

interface PartitionedInputs {
  readonly code: string[];
  readonly logs: string[];
  readonly errors: ScanError[];
}

async function partitionInputs(options: CliOptions, cwd: string): Promise<PartitionedInputs> {
  const ignore = options.ignore.flatMap(gitignoreToGlobs);
  const paths = options.paths.filter((path) => path !== '-');
  const stdin = paths.length < options.paths.length ? ['-'] : [];
  const collect = (include: readonly string[], respectGitignore: boolean) =>
    collectFiles(paths, { cwd, include, ignore, respectGitignore });

  if (options.command === 'code') {
    const found = await collect(CODE_GLOBS, true);
    return { code: found.files.map((file) => file.path), logs: [], errors: found.errors };
  }
  if (options.command === 'logs') {
    const found = await collect(LOG_GLOBS, false);
    return { code: [], logs: [...stdin, ...found.files.map((file) => file.path)], errors: found.errors };
  }
  const [codeFound, logFound] = await Promise.all([collect(CODE_GLOBS, true), collect(LOG_GLOBS, false)]);
  return routeByKind([...codeFound.files, ...logFound.files], stdin, cwd, uniqueErrors([...codeFound.errors, ...logFound.errors]));
}

/** `scan`: a walked file goes where its name says; a named file that neither claims is scanned as text (a log). */
function routeByKind(files: readonly CollectedFile[], stdin: string[], cwd: string, errors: ScanError[]): PartitionedInputs {
  const code = new Set<string>();
  const logs = new Set<string>(stdin);
  for (const file of files) {
    const kind = classifyFile(displayPath(cwd, file.path));
    if (kind === 'code') code.add(file.path);
    else if (kind === 'log' || file.explicit) logs.add(file.path);
  }
  return { code: [...code], logs: [...logs], errors };
}

function uniqueErrors(errors: readonly ScanError[]): ScanError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.path}\0${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Display paths, a stable order, and `--quiet`. */
function prepareForOutput(result: ScanResult, options: CliOptions, cwd: string): ScanResult {
  const relativeFinding = (finding: Finding): Finding => ({ ...finding, location: { ...finding.location, path: displayPath(cwd, finding.location.path) } });
  const findings = result.findings
    .filter((finding) => !options.quiet || finding.level === 'error')
    .map(relativeFinding)
    .sort(compareFindings);
  const relative = <T extends { path: string }>(item: T): T => ({ ...item, path: item.path === '-' ? '<stdin>' : displayPath(cwd, item.path) });
  return { ...result, findings, errors: result.errors.map(relative), notices: result.notices.map(relative) };
}

async function deliver(text: string, output: string | undefined, io: CliIo): Promise<boolean> {
  if (output === undefined) {
    io.stdout(text);
    return false;
  }
  try {
    await writeFile(output, text);
    return false;
  } catch (error) {
    io.stderr(`urlleak: cannot write ${output}: ${(error as Error).message}\n`);
    return true;
  }
}

function exitCodeFor(result: ScanResult, options: CliOptions, writeFailed: boolean): 0 | 1 | 2 {
  if (writeFailed || result.errors.length > 0) return 2;
  const failing = result.findings.some((finding) => isAtLeast(finding.level, options.failLevel));
  const warnings = result.findings.filter((finding) => finding.level === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}

function areasOf(command: CliOptions['command']): Area[] {
  if (command === 'code') return ['code'];
  if (command === 'logs') return ['logs'];
  return ['code', 'logs'];
}

