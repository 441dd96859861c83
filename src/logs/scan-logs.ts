import { availableParallelism } from 'node:os';
import type { ByteRange } from '../files/shard.js';
import type { ScanError, ScanNotice, ScanResult } from '../findings/scan-result.js';
import { copyPathFor, stdinCopyPath } from '../files/output-paths.js';
import { trackPendingOutput } from '../files/write-atomic.js';
import { describeIoError } from './io/describe-io-error.js';
import { describeBudgetNotice } from './findings/describe-secret.js';
import { createDetailBudget, DEFAULT_DETAIL_BUDGET } from './findings/detail-budget.js';
import { DEFAULT_JWT_POLICY, type JwtPolicy } from './findings/jwt-policy.js';
import { SegmentMerger } from './parallel/merge-segments.js';
import { openSequential } from './io/open-log.js';
import { planFile, type FilePlan } from './parallel/plan-segments.js';
import { scanWithRedaction, type ProgressCallback, type SegmentTask } from './parallel/scan-segment.js';
import { DEFAULT_DETECTION_OPTIONS, type DetectionOptions, type SegmentResult } from './scan-stream.js';
import { createSegmentRunner, type SegmentRunner } from './parallel/worker-pool.js';

export interface ScanLogsOptions {
  /** Absolute paths; `-` is standard input. */
  readonly files: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly displayPath: (path: string) => string;
  /** Report every occurrence, not one finding per distinct secret per file (implies `grouped: false`). */
  readonly allOccurrences?: boolean | undefined;
  /**
   * One finding per file, rule, endpoint and place in the line, summing up its secrets (default); false: one finding
   * per distinct secret per file (the CLI's `--each-secret`).
   */
  readonly grouped?: boolean | undefined;
  /** Parameter names to treat as credentials besides the shared table (the config's `sensitiveNames`). */
  readonly extraSecretNames?: readonly string[] | undefined;
  /** Write scrubbed copies under this directory, mirroring the inputs' display paths. */
  readonly redactTo?: string | undefined;
  readonly jwtPolicy?: Partial<JwtPolicy> | undefined;
  readonly onProgress?: ProgressCallback | undefined;
  /** Scanning threads (default: one per core, `availableParallelism()`; at least one), workers beside this one. */
  readonly workers?: number | undefined;
  /** From `--shard`: files this run reads only in part (src/files/shard.ts). */
  readonly ranges?: ReadonlyMap<string, ByteRange> | undefined;
  /**
   * The largest segment of a plain file split into line-aligned ranges scanned in parallel (default 64 MiB); files
   * larger than it are split, in segments that shrink toward the end (plan-segments.ts), with one thread as with many.
   */
  readonly splitBytes?: number | undefined;
  /**
   * Findings described in full per run, across files and threads (default `DEFAULT_DETAIL_BUDGET`); past it, secrets
   * are still found, counted and redacted, but summed up in one finding per file and rule, with a notice.
   */
  readonly detailBudget?: number | undefined;
}

const DEFAULT_SPLIT_BYTES = 64 * 1024 * 1024;
/** Files planned and read at once; the runner bounds the CPU work, this bounds open files and pending results. */
const FILES_IN_FLIGHT = 4;
const STDIN_PATH = '<stdin>';

type FileOutcome =
  /** `readError`: the input ended early; what was read is reported with the error. */
  | {
      readonly kind: 'scanned';
      readonly result: SegmentResult;
      readonly readError?: string | undefined;
      readonly leadingNulBytes?: number | undefined;
    }
  | { readonly kind: 'binary' }
  | { readonly kind: 'failed'; readonly message: string };

/** The CLI's entry to the log scanner: every input streamed, in parallel where it can be, merged in input order. */
export async function scanLogs(options: ScanLogsOptions): Promise<ScanResult> {
  const detection: DetectionOptions = {
    ...DEFAULT_DETECTION_OPTIONS,
    allOccurrences: options.allOccurrences ?? false,
    grouped: options.allOccurrences !== true && options.grouped !== false,
    extraSecretNames: options.extraSecretNames ?? [],
    jwtPolicy: { ...DEFAULT_JWT_POLICY, ...options.jwtPolicy },
    detailBudget: createDetailBudget(options.detailBudget ?? DEFAULT_DETAIL_BUDGET),
  };
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const runner = createSegmentRunner(threads);
  try {
    const collector = new ResultCollector(detection);
    await mapInOrder(
      options.files,
      FILES_IN_FLIGHT,
      (file) => scanInput(file, options, detection, runner),
      (file, outcome) => collector.add(file, outcome),
    );
    return collector.result();
  } finally {
    await runner.close();
  }
}

/**
 * A plain file larger than the split size is scanned in segments whatever the number of threads, so that the report
 * is the same on any machine: past the cap on groups, which endpoints keep a group of their own depends on where
 * segments start (group-findings.ts). Not while writing a redacted copy, which is written in one pass.
 */
async function scanInput(file: string, options: ScanLogsOptions, detection: DetectionOptions, runner: SegmentRunner): Promise<FileOutcome> {
  try {
    if (file === '-') return await scanStdin(options, detection);
    const allowSplit = options.redactTo === undefined;
    const plan = await planFile(file, options.splitBytes ?? DEFAULT_SPLIT_BYTES, allowSplit, options.ranges?.get(file));
    if (plan.binary) return { kind: 'binary' };
    const running = tasksFor(plan, detection, redactPath(file, options)).map((task) => settle(runner.run(task, options.onProgress)));
    // Folded in order as they finish: only the segments that finished ahead of their turn wait in memory.
    const merger = new SegmentMerger(detection.allOccurrences, detection.replayCapacity, plan.linesBefore, detection.grouped);
    let readError: string | undefined;
    let leadingNulBytes: number | undefined;
    for (const outcome of running) {
      const segment = unwrap(await outcome);
      if (segment.binary) return { kind: 'binary' };
      merger.add(segment, true);
      readError ??= segment.readError;
      leadingNulBytes ??= segment.leadingNulBytes;
    }
    return { kind: 'scanned', result: merger.result(file), readError, leadingNulBytes };
  } catch (error) {
    return { kind: 'failed', message: describeIoError(error) };
  }
}

function tasksFor(plan: FilePlan, detection: DetectionOptions, redactTo: string | undefined): SegmentTask[] {
  const { path, gzip, sequential, modifiedAt } = plan;
  const base = { path, gzip, sequential, modifiedAt, detection, redactTo };
  // A whole file reads its own W3C headers from its first line.
  if (!plan.ranges) return [{ ...base, range: undefined, w3cFields: undefined, sniffBinary: plan.gzip || plan.sequential }];
  return plan.ranges.map(({ start, end, w3cFields }) => ({
    ...base,
    range: { start, end },
    w3cFields,
    sniffBinary: false,
    redactTo: undefined,
  }));
}

async function scanStdin(options: ScanLogsOptions, detection: DetectionOptions): Promise<FileOutcome> {
  const { chunks, gzip, byteOrder } = await openSequential(options.stdin as AsyncIterable<Buffer | string>);
  const redactTo =
    options.redactTo === undefined ? undefined : { path: trackedCopy(stdinCopyPath(options.redactTo, gzip)), gzip, byteOrder };
  const segment = await scanWithRedaction(chunks, redactTo, {
    path: STDIN_PATH,
    detection,
    sniffBinary: true,
    onProgress: options.onProgress,
  });
  return segment.binary
    ? { kind: 'binary' }
    : { kind: 'scanned', result: segment, readError: segment.readError, leadingNulBytes: segment.leadingNulBytes };
}

function redactPath(file: string, options: ScanLogsOptions): string | undefined {
  return options.redactTo === undefined ? undefined : trackedCopy(copyPathFor(options.redactTo, options.displayPath(file)));
}

/** A copy, possibly written by a worker, whose temporary file this thread removes if the process is stopped. */
function trackedCopy(path: string): string {
  trackPendingOutput(path);
  return path;
}

/** Folds each file's outcome into the run's result as its turn comes, so it is not held until the end. */
class ResultCollector {
  private readonly merger: SegmentMerger;
  private readonly errors: ScanError[] = [];
  private readonly notices: ScanNotice[] = [];
  private filesScanned = 0;
  private bytes = 0;
  private lines = 0;

  constructor(private readonly detection: DetectionOptions) {
    this.merger = new SegmentMerger(detection.allOccurrences, detection.replayCapacity, 0, detection.grouped);
  }

  add(path: string, outcome: FileOutcome): void {
    if (outcome.kind === 'failed') this.errors.push({ path, message: outcome.message });
    else if (outcome.kind === 'binary')
      this.notices.push({ path, message: 'Skipped: binary file (a binary signature or control bytes at its start), not a text log.' });
    else {
      this.filesScanned += 1;
      this.bytes += outcome.result.bytes;
      // Newlines: a last line without one is not counted (the lines a report quotes are numbered all the same).
      this.lines += outcome.result.newlines;
      this.merger.add(outcome.result, false);
      if (outcome.readError !== undefined)
        this.errors.push({ path, message: `${sentence(outcome.readError)} Findings are from the part read before it.` });
      if (outcome.leadingNulBytes) this.notices.push({ path, message: leadingNulsNotice(outcome.leadingNulBytes) });
    }
  }

  result(): ScanResult {
    const budgetNotice = describeBudgetNotice(this.merger.folded(), this.detection.allOccurrences);
    return {
      findings: this.merger.findings(),
      errors: this.errors,
      notices: budgetNotice ? [...this.notices, budgetNotice] : this.notices,
      filesScanned: this.filesScanned,
      logInputs: { bytes: this.bytes, lines: this.lines },
    };
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function leadingNulsNotice(bytes: number): string {
  return `Starts with ${bytes} NUL bytes (what logrotate's copytruncate leaves while a writer appends): scanned past them; columns on line 1 count them.`;
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** A promise that never rejects (so one awaited later raises no unhandled rejection meanwhile). */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value;
  throw settled.error;
}

/**
 * Maps with at most `limit` calls pending and hands each result to `consume` in input order as soon as its turn comes.
 * A lane starts an item only while it is fewer than `limit` × 4 ahead of the next to consume: a large first file
 * does not let thousands of small ones pile up finished results behind it.
 */
async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
  consume: (item: T, result: R) => void,
): Promise<void> {
  const finished = new Map<number, R>();
  const window = limit * 4;
  let next = 0;
  let turn = 0;
  let advanced: (() => void) | undefined;
  let turnMoved = new Promise<void>((resolve) => (advanced = resolve));
  const lane = async () => {
    for (let index = next++; index < items.length; index = next++) {
      while (index - turn >= window) await turnMoved;
      finished.set(index, await map(items[index] as T));
      while (finished.has(turn)) {
        const ready = finished.get(turn) as R;
        finished.delete(turn);
        consume(items[turn] as T, ready);
        turn += 1;
      }
      advanced?.();
      turnMoved = new Promise<void>((resolve) => (advanced = resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
