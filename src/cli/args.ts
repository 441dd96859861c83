import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Level } from '../catalog/rule.js';
import type { Shard } from '../files/shard.js';

export type Command = 'code' | 'logs' | 'config' | 'scan' | 'merge';
const COMMANDS: readonly Command[] = ['code', 'logs', 'config', 'scan', 'merge'];
const FORMATS = ['stylish', 'json', 'sarif', 'html'] as const;
export type FormatChoice = (typeof FORMATS)[number];
const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

export interface CliOptions {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly format: FormatChoice;
  readonly output: string | undefined;
  readonly ignore: readonly string[];
  readonly quiet: boolean;
  readonly maxWarnings: number | undefined;
  readonly failLevel: Level;
  readonly project: string | undefined;
  readonly color: boolean | undefined;
  /** Hide findings whose fingerprints this baseline file lists. */
  readonly baseline: string | undefined;
  /** Record the fingerprints of this run's findings here. */
  readonly writeBaseline: string | undefined;
  readonly shard: Shard | undefined;
  /** Logs: report every occurrence of a secret, not only its first per file. */
  readonly allOccurrences: boolean;
  /** Logs: one finding per distinct secret per file, instead of one per group (file, rule, endpoint, place). */
  readonly eachSecret: boolean;
  /** Logs: write scrubbed copies of the inputs under this directory. */
  readonly redactTo: string | undefined;
  /** Logs: threads that scan (default: one per core). */
  readonly threads: number | undefined;
  /** Whether paths leading to no file are an input error (as in ESLint; `--no-error-on-unmatched-pattern`). */
  readonly errorOnUnmatchedPattern: boolean;
}

export type ParsedArgs = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'run'; readonly options: CliOptions };

/** A mistake on the command line: reported with a hint to `--help`, exit code 2. */
export class UsageError extends Error {}

const optionSpec = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  ignore: { type: 'string', multiple: true, default: [] as string[] },
  quiet: { type: 'boolean', short: 'q', default: false },
  'max-warnings': { type: 'string' },
  'fail-level': { type: 'string', default: 'error' },
  project: { type: 'string', short: 'p' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  shard: { type: 'string' },
  'all-occurrences': { type: 'boolean', default: false },
  'each-secret': { type: 'boolean', default: false },
  'redact-to': { type: 'string' },
  threads: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies ParseArgsConfig['options'];

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`No command given: use one of ${COMMANDS.join(', ')}.`);
  if (!isCommand(command)) throw new UsageError(`Unknown command "${command}": use one of ${COMMANDS.join(', ')}.`);
  if (command === 'merge' && paths.length === 0) throw new UsageError('merge needs the SARIF files to merge.');
  if (values['redact-to'] !== undefined && (command === 'code' || command === 'config'))
    throw new UsageError(
      `--redact-to writes redacted copies of logs: use it with "urlleak logs" or "urlleak scan", not "urlleak ${command}".`,
    );
  return {
    kind: 'run',
    options: {
      command,
      paths: paths.length > 0 ? paths : [command === 'logs' ? '-' : '.'],
      format: oneOf(values.format, FORMATS, '--format'),
      output: values.output,
      ignore: values.ignore,
      quiet: values.quiet,
      maxWarnings: values['max-warnings'] === undefined ? undefined : parseCount(values['max-warnings'], '--max-warnings'),
      failLevel: oneOf(values['fail-level'], LEVELS, '--fail-level'),
      project: values.project,
      color: values['no-color'] ? false : values.color,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      allOccurrences: values['all-occurrences'],
      eachSecret: values['each-secret'],
      redactTo: values['redact-to'],
      threads: values.threads === undefined ? undefined : parseThreads(values.threads),
      errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    },
  };
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(plainParseError((error as Error).message));
  }
}

/** Node's `Unknown option '--x'. To specify a positional argument starting with a '-', …` as `Unknown option --x.` */
function plainParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  return unknown ? `Unknown option ${unknown[1]}.` : message;
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

function oneOf<T extends string>(value: string, choices: readonly T[], flag: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid value "${value}" for ${flag}: use one of ${choices.join(', ')}.`);
}

function parseCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid value "${value}" for ${flag}: expected a whole number.`);
  return Number(value);
}

function parseThreads(value: string): number {
  const threads = parseCount(value, '--threads');
  if (threads < 1) throw new UsageError(`Invalid value "${value}" for --threads: expected 1 or more.`);
  return threads;
}

/** `K/N` with 1 ≤ K ≤ N, as in Playwright and Jest. */
function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`Invalid value "${value}" for --shard: expected K/N with 1 <= K <= N, e.g. 2/4.`);
  }
  return { index, count };
}
