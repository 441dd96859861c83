import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Area } from '../catalog/rule.js';
import type { UrlleakConfig } from '../config/config.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import type { EngineSettings } from '../engine/engine-options.js';
import { classifyFile, classifyFileOnDisk, CODE_GLOBS, CONFIG_GLOBS, LOG_WALK_GLOBS } from '../files/file-kind.js';
import { collectFiles, displayPath, UNMATCHED, type CollectedFile } from '../files/collect-files.js';
import { gitignoreToGlobs } from '../files/ignore-file.js';
import { checkInputDirectory, checkOutputPaths, describeWriteError, OutputPathError, type PlannedOutputs } from '../files/output-paths.js';
import { isInShard, planLogShard, type ByteRange, type LogInput, type Shard } from '../files/shard.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { compareFindings, isAtLeast, type Finding, type Location } from '../findings/finding.js';
import { withOccurrences } from '../findings/fingerprint.js';
import { mergeScanResults, type ScanError, type ScanResult } from '../findings/scan-result.js';
import { readsFromTheMiddle } from '../logs/io/open-log.js';
import { ProgressLine } from '../logs/io/progress.js';
import { packageVersion } from '../package-info.js';
import { formatters, isFormatName } from '../report/formatters.js';
import { redactSecretsInPath, safeText } from '../report/safe-text.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { BaselineError, readBaseline, withoutBaselined, writeBaseline } from './baseline.js';
import { HELP } from './help.js';
import { dropIgnoredFindings } from './ignore-comments.js';
import { mergeSarifFiles } from './run-merge.js';
import { decideColor, STDIN_HINT, type Environment } from './terminal.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal: decides color unless --color/--no-color or the environment say otherwise. */
  readonly stdoutIsTty: boolean;
  /** Whether stderr is a terminal: the log scanner draws a progress line there only then. */
  readonly stderrIsTty?: boolean;
  /** Whether stdin is a terminal (default: the stdin stream's own `isTTY`): reading logs from it prints a hint first. */
  readonly stdinIsTty?: boolean;
  /** NO_COLOR and FORCE_COLOR are read here (terminal.ts); default: the process's environment. */
  readonly env?: Environment;
  /** The terminal's width, which stylish wraps long messages to when stdout is a terminal (default: process.stdout.columns). */
  readonly columns?: number;
}

export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
}

/** The whole CLI, minus the process: arguments and streams in, an exit code out. */
export async function run(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return print(io, HELP);
    if (parsed.kind === 'version') return print(io, `${packageVersion}\n`);
    return await runCommand(parsed.options, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BaselineError || error instanceof OutputPathError) {
      io.stderr(`urlleak: ${safeText(error.message)}\n`);
      return { exitCode: 2 };
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`urlleak: ${safeText(error.message)}\nRun "urlleak --help" for usage.\n`);
    return { exitCode: 2 };
  }
}

function print(io: CliIo, text: string): CliOutcome {
  io.stdout(text);
  return { exitCode: 0 };
}

async function runCommand(options: CliOptions, io: CliIo): Promise<CliOutcome> {
  if (options.command === 'merge') return runMerge(options, io);
  if (!isFormatName(options.format)) throw new UsageError(`--format ${options.format} is not available yet.`);
  const { config, errors: configErrors } = await loadConfig(io.cwd);
  // Read before scanning: a log scan can take hours, a typo in the baseline path should not wait for it.
  const baseline = options.baseline === undefined ? undefined : await readBaseline(resolve(io.cwd, options.baseline));
  const outputs = plannedOutputs(options, io.cwd);
  const inputs = await selectInputs(options, io.cwd, config, outputs);
  if (inputs.logs.includes('-') && stdinIsTerminal(io)) io.stderr(STDIN_HINT);
  const scanned = await scanInputs({ ...inputs, errors: [...configErrors, ...inputs.errors] }, options, io, config);
  const result = await applyProjectChoices(prepareForOutput(scanned, io.cwd), options, io.cwd, baseline);
  const env = io.env ?? process.env;
  const color = decideColor({ flag: options.color, env, stdoutIsTty: io.stdoutIsTty, toFile: options.output !== undefined });
  const shown = options.quiet ? withErrorsOnly(result) : result;
  const report = {
    result: shown,
    areas: areasOf(options.command),
    cwd: io.cwd,
    color,
    warn: warnOn(io),
    columns: terminalColumns(io, options),
  };
  const text = isSilentlyQuiet(shown, options) ? [] : formatters[options.format](report);
  const writeError = deliver(text, options.output, io);
  const exitCode = exitCodeFor(result, options, writeError);
  if (exitCode === 1 && exitCodeFor(shown, options, writeError) === 0) io.stderr(HIDDEN_FAILURES);
  return { exitCode };
}

/**
 * `--quiet` hides warnings and notes from the report only: as in ESLint, the exit code is the unfiltered run's, so a
 * hidden warning still counts against `--max-warnings` and `--fail-level warning`.
 */
function withErrorsOnly(result: ScanResult): ScanResult {
  return { ...result, findings: result.findings.filter((finding) => finding.level === 'error') };
}

/** As ESLint's stylish: `--quiet` with no error left to show prints nothing (machine formats keep their document). */
function isSilentlyQuiet(shown: ScanResult, options: CliOptions): boolean {
  return options.quiet && options.format === 'stylish' && shown.findings.length === 0 && shown.errors.length === 0;
}

/** Said when the exit code is 1 for findings --quiet hid: a silent failure would leave the user guessing. */
const HIDDEN_FAILURES =
  'urlleak: findings hidden by --quiet make the exit code 1 (--fail-level or --max-warnings); run without --quiet to see them\n';

/** The width stylish wraps messages to: a terminal's, never a pipe's or a file's. */
function terminalColumns(io: CliIo, options: CliOptions): number | undefined {
  if (!io.stdoutIsTty || options.output !== undefined) return undefined;
  return io.columns ?? process.stdout.columns;
}

function stdinIsTerminal(io: CliIo): boolean {
  return io.stdinIsTty ?? (io.stdin as { readonly isTTY?: boolean }).isTTY === true;
}

/** Where this run will write, as absolute paths. */
function plannedOutputs(options: CliOptions, cwd: string): PlannedOutputs {
  const absolute = (path: string | undefined) => (path === undefined ? undefined : resolve(cwd, path));
  return { report: absolute(options.output), baseline: absolute(options.writeBaseline), redactTo: absolute(options.redactTo) };
}

type SelectedInputs = PartitionedInputs & { readonly ranges: ReadonlyMap<string, ByteRange> };

/**
 * The files this run reads, and the check that its outputs can never replace or feed them (output-paths.ts): done
 * before any input is read, so a refused run has touched nothing.
 */
async function selectInputs(options: CliOptions, cwd: string, config: UrlleakConfig, outputs: PlannedOutputs): Promise<SelectedInputs> {
  const shown = (path: string) => displayPath(cwd, path);
  if (outputs.redactTo !== undefined) {
    for (const path of options.paths)
      if (path !== '-' && (await isDirectory(resolve(cwd, path)))) checkInputDirectory(resolve(cwd, path), outputs.redactTo, shown);
  }
  const partitioned = withUnmatchedPatterns(await partitionInputs(options, cwd, config, outputs.redactTo), options);
  const selected = options.shard
    ? await selectShard(partitioned, options.shard, cwd)
    : { ...partitioned, ranges: new Map<string, ByteRange>() };
  if (outputs.redactTo !== undefined && selected.ranges.size > 0) {
    const [first] = selected.ranges.keys();
    throw new UsageError(
      `--redact-to cannot be combined with --shard for ${shown(first ?? '')}: the shard reads only part of it, and a copy must be whole. Run --redact-to without --shard.`,
    );
  }
  await checkOutputPaths(outputs, { inputs: [...selected.code, ...selected.config, ...selected.logs], copied: selected.logs }, shown);
  return selected;
}

/**
 * As in ESLint: paths that lead to no file to scan are an input error (exit 2), "No files to scan." when nothing at
 * all was found; `--no-error-on-unmatched-pattern` drops both.
 */
function withUnmatchedPatterns(inputs: PartitionedInputs, options: CliOptions): PartitionedInputs {
  if (!options.errorOnUnmatchedPattern) return { ...inputs, errors: inputs.errors.filter((error) => error.message !== UNMATCHED) };
  if (inputs.code.length + inputs.config.length + inputs.logs.length > 0 || inputs.errors.length > 0) return inputs;
  return { ...inputs, errors: [{ path: options.paths.join(' '), message: 'No files to scan.' }] };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function scanInputs(inputs: SelectedInputs, options: CliOptions, io: CliIo, config: UrlleakConfig): Promise<ScanResult> {
  const { code, logs, errors, ranges } = inputs;
  const results: ScanResult[] = [{ findings: [], errors, notices: [], filesScanned: 0 }];
  if (code.length > 0 || options.command === 'code') {
    // Loaded on demand: the TypeScript compiler costs a second and ~80 MB that a log scan does not need.
    const { analyzeCode } = await import('../engine/analyze-code.js');
    results.push(analyzeCode({ cwd: io.cwd, files: code, project: options.project, settings: engineSettingsOf(config) }));
  }
  if (inputs.config.length > 0) {
    const { scanServerConfigs } = await import('../server-config/scan-server-config.js');
    results.push(await scanServerConfigs(inputs.config));
  }
  if (logs.length > 0) results.push(await scanLogInputs(logs, options, io, ranges, config));
  return mergeScanResults(results);
}

async function scanLogInputs(
  files: readonly string[],
  options: CliOptions,
  io: CliIo,
  ranges: ReadonlyMap<string, ByteRange>,
  config: UrlleakConfig,
): Promise<ScanResult> {
  const { scanLogs } = await import('../logs/scan-logs.js');
  const progress = io.stderrIsTty ? new ProgressLine(io.stderr) : undefined;
  try {
    return await scanLogs({
      ranges,
      files,
      stdin: io.stdin,
      displayPath: (path) => displayPath(io.cwd, path),
      allOccurrences: options.allOccurrences,
      grouped: !options.eachSecret && !options.allOccurrences,
      extraSecretNames: config.sensitiveNames,
      redactTo: options.redactTo === undefined ? undefined : resolve(io.cwd, options.redactTo),
      workers: options.threads,
      onProgress: progress ? (bytes, findings) => progress.add(bytes, findings) : undefined,
    });
  } finally {
    progress?.finish();
  }
}

/** The config file's knowledge, in the code engine's terms (the ESLint rules take the same as rule options). */
function engineSettingsOf(config: UrlleakConfig): EngineSettings {
  return { extraSecretNames: config.sensitiveNames, allowedHosts: config.allowedHosts };
}

interface PartitionedInputs {
  readonly code: string[];
  readonly config: string[];
  readonly logs: string[];
  readonly errors: ScanError[];
}

async function partitionInputs(
  options: CliOptions,
  cwd: string,
  config: UrlleakConfig,
  keepOut: string | undefined,
): Promise<PartitionedInputs> {
  const ignore = [...options.ignore, ...config.ignorePaths].flatMap(gitignoreToGlobs);
  const paths = options.paths.filter((path) => path !== '-');
  const stdin = paths.length < options.paths.length ? ['-'] : [];
  const collect = (include: readonly string[], respectGitignore: boolean) =>
    collectFiles(paths, { cwd, include, ignore, respectGitignore, keepOut });

  if (options.command === 'code') {
    const found = await collect(CODE_GLOBS, true);
    return { code: found.files.map((file) => file.path), config: [], logs: [], errors: found.errors };
  }
  if (options.command === 'config') {
    const found = await collect(CONFIG_GLOBS, true);
    return { code: [], config: found.files.map((file) => file.path), logs: [], errors: found.errors };
  }
  if (options.command === 'logs') {
    const found = await collect(LOG_WALK_GLOBS, false);
    return { code: [], config: [], logs: [...stdin, ...found.files.map((file) => file.path)], errors: found.errors };
  }
  const [codeFound, configFound, everyFound] = await Promise.all([
    collect(CODE_GLOBS, true),
    collect(CONFIG_GLOBS, true),
    collect(LOG_WALK_GLOBS, false),
  ]);
  const errors = uniqueErrors([...codeFound.errors, ...configFound.errors, ...everyFound.errors]);
  return routeByKind([...codeFound.files, ...configFound.files], everyFound.files, stdin, cwd, errors);
}

/**
 * `scan`: code and configuration from the walks that honor `.gitignore`, logs from the walk of every file, where the
 * name (or, for a name without an extension, the first lines) says so; a named file that none claims is scanned as
 * text (a log).
 */
async function routeByKind(
  sourceFiles: readonly CollectedFile[],
  everyFile: readonly CollectedFile[],
  stdin: string[],
  cwd: string,
  errors: ScanError[],
): Promise<PartitionedInputs> {
  const code = new Set<string>();
  const config = new Set<string>();
  const logs = new Set<string>(stdin);
  for (const file of sourceFiles) {
    const kind = classifyFile(displayPath(cwd, file.path));
    if (kind === 'code') code.add(file.path);
    if (kind === 'config') config.add(file.path);
  }
  for (const file of everyFile) {
    const kind = await classifyFileOnDisk(displayPath(cwd, file.path), file.path);
    if (kind === 'log' || (kind === undefined && file.explicit)) logs.add(file.path);
  }
  return { code: [...code], config: [...config], logs: [...logs], errors };
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

/** `--shard K/N`: code files and small logs by path hash, large plain logs by byte range. */
async function selectShard(inputs: PartitionedInputs, shard: Shard, cwd: string): Promise<SelectedInputs> {
  if (inputs.logs.includes('-')) throw new UsageError('--shard cannot split standard input: name the log files.');
  const code = inputs.code.filter((path) => isInShard(displayPath(cwd, path), shard));
  const config = inputs.config.filter((path) => isInShard(displayPath(cwd, path), shard));
  const logInputs = await Promise.all(inputs.logs.map((path) => describeLogInput(path, cwd)));
  const { files, ranges } = planLogShard(logInputs, shard);
  return { ...inputs, code, config, logs: files, ranges };
}

/** An unreadable log is treated as small and whole: its shard's scanner reports the error. */
async function describeLogInput(path: string, cwd: string): Promise<LogInput> {
  const key = displayPath(cwd, path);
  try {
    return { path, key, size: (await stat(path)).size, splittable: await readsFromTheMiddle(path) };
  } catch {
    return { path, key, size: 0, splittable: false };
  }
}

/** Display paths and a stable order. */
function prepareForOutput(result: ScanResult, cwd: string): ScanResult {
  const findings = result.findings.map((finding) => withDisplayPaths(finding, cwd)).sort(compareFindings);
  const relative = <T extends { path: string }>(item: T): T => ({
    ...item,
    path: item.path === '-' ? '<stdin>' : displayPath(cwd, item.path),
  });
  return { ...result, findings, errors: result.errors.map(relative), notices: result.notices.map(relative) };
}

/** In-source ignore comments, then the baseline (written before it hides anything); `--quiet` hides later, from the report only. */
async function applyProjectChoices(
  result: ScanResult,
  options: CliOptions,
  cwd: string,
  baseline: ReadonlySet<string> | undefined,
): Promise<ScanResult> {
  // Ignore comments are read from the files themselves, so before their names are redacted.
  // Occurrences are fixed before a baseline or --quiet hides any: the one left of two identical leaks keeps its identity.
  const redactPath = redactingPaths();
  let findings = withOccurrences((await dropIgnoredFindings(result.findings, cwd)).map((finding) => mapLocations(finding, redactPath)));
  const withPathRedacted = <T extends { path: string }>(item: T): T => ({ ...item, path: redactPath(item.path) });
  const problems = { errors: result.errors.map(withPathRedacted), notices: result.notices.map(withPathRedacted) };
  if (options.writeBaseline !== undefined) await writeBaseline(resolve(cwd, options.writeBaseline), findings);
  if (baseline) findings = withoutBaselined(findings, baseline);
  return { ...result, ...problems, findings };
}

async function runMerge(options: CliOptions, io: CliIo): Promise<CliOutcome> {
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  await checkOutputPaths({ report: output }, { inputs: options.paths.map((path) => resolve(io.cwd, path)), copied: [] }, (path) =>
    displayPath(io.cwd, path),
  );
  const { text, errors } = await mergeSarifFiles(options.paths, io.cwd, warnOn(io));
  for (const error of errors) io.stderr(`urlleak: ${safeText(`cannot merge ${error}`)}\n`);
  if (text === undefined) return { exitCode: 2 };
  return { exitCode: deliver([text], options.output, io) ? 2 : 0 };
}

function warnOn(io: CliIo): (message: string) => void {
  return (message) => io.stderr(`urlleak: warning: ${safeText(message)}\n`);
}

/**
 * A file or directory named after a secret (a token as a log's name) is shown as `REDACTED-<fingerprint>`, in every
 * format, as its `--redact-to` copy is named (output-paths.ts): output never carries the secret, and the report's
 * name for a file is its copy's name. Each path is redacted once: a run's findings share a few paths.
 */
function redactingPaths(): (path: string) => string {
  const redacted = new Map<string, string>();
  return (path) => {
    let shown = redacted.get(path);
    if (shown === undefined) {
      shown = redactSecretsInPath(path);
      redacted.set(path, shown);
    }
    return shown;
  };
}

/** Every location a finding carries (its own, flow steps, related) as the user sees paths: relative to cwd. */
function withDisplayPaths(finding: Finding, cwd: string): Finding {
  return mapLocations(finding, (path) => displayPath(cwd, path));
}

function mapLocations(finding: Finding, mapPath: (path: string) => string): Finding {
  const place = <T extends { location: Location }>(step: T): T => ({
    ...step,
    location: { ...step.location, path: mapPath(step.location.path) },
  });
  return {
    ...place(finding),
    ...(finding.flow ? { flow: finding.flow.map(place) } : {}),
    ...(finding.related ? { related: finding.related.map(place) } : {}),
  };
}

/** The report to stdout, or to `--output` atomically (never half a report under the final name). True on failure. */
function deliver(chunks: Iterable<string>, output: string | undefined, io: CliIo): boolean {
  if (output === undefined) {
    for (const chunk of chunks) io.stdout(chunk);
    return false;
  }
  try {
    writeFileAtomic(resolve(io.cwd, output), chunks);
    return false;
  } catch (error) {
    io.stderr(`urlleak: ${safeText(`cannot write ${output}: ${describeWriteError(error)}`)}\n`);
    return true;
  }
}

/** Exit 2 on any input or write error; 0 when a baseline was recorded (it accepts this run's findings); else 1 on findings. */
function exitCodeFor(result: ScanResult, options: CliOptions, writeFailed: boolean): 0 | 1 | 2 {
  if (writeFailed || result.errors.length > 0) return 2;
  if (options.writeBaseline !== undefined) return 0;
  const failing = result.findings.some((finding) => isAtLeast(finding.level, options.failLevel));
  const warnings = result.findings.filter((finding) => finding.level === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}

function areasOf(command: CliOptions['command']): Area[] {
  if (command === 'code') return ['code'];
  if (command === 'logs') return ['logs'];
  if (command === 'config') return ['config'];
  return ['code', 'logs', 'config'];
}
