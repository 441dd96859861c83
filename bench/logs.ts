/**
 * `npm run bench:logs`: the log scanner against ripgrep on the same file in the same run, reported as ratios
 * (machines are shared and noisy; absolute numbers are not comparable across runs). Issue #15's workloads:
 *
 * - `sparse`: a mixed log in every supported format, 0.5% of lines with a secret and 10% with look-alikes, like real
 *   access logs (~430 MB);
 * - `dense`: the same mix with ~10% of lines carrying a secret (~500 MB);
 * - `distinct-jwt`: an nginx access log with a different JWT in `?token=` on every line (bench/distinct-jwt-log.mjs,
 *   shared with bench:budget), at 400 MB and 2 GB.
 *
 *   node dist/bench/logs.js [--workload sparse|dense|distinct-jwt|all] [--size-mb 430[,2048]] [--runs 5]
 *     [--threads N] [--timeout-s 600] [--scaling sparse|dense|distinct-jwt|all|none] [--scaling-runs 5] [--keep]
 *
 * Each workload's log is generated in a temporary directory (deleted after its rounds, unless `--keep`), read once to
 * warm the page cache, then `rg -c` with the scanner's own prefilter as the regex and `urlleak logs` are timed in
 * alternating pairs, each under /usr/bin/time for wall time, CPU time and peak RSS; the ratio reported is the median
 * of the pairs' ratios. A scan past `--timeout-s` is killed and reported as a timeout (its rounds stop there).
 * `--threads` is passed to `urlleak logs`. `--scaling` names the workloads on which 1 and 2 threads are compared, in
 * alternating pairs too.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, openSync, readFileSync, statSync, writeSync, closeSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefilterSources } from '../src/logs/detect/prefilter.js';
import { generateCorpus } from '../test/logs/corpus/generate-corpus.js';
import type * as DistinctJwtLog from './distinct-jwt-log.mjs';

type WorkloadName = 'sparse' | 'dense' | 'distinct-jwt';

interface Workload {
  readonly name: WorkloadName;
  readonly description: string;
  /** Issue #15's sizes, one run of the workload each. */
  readonly defaultSizesMb: readonly number[];
  readonly targetRatio: number;
  readonly generate: (path: string, bytes: number) => Promise<number>;
}

const WORKLOADS: readonly Workload[] = [
  {
    name: 'sparse',
    description: 'mixed formats, 0.5% of lines with a secret',
    defaultSizesMb: [430],
    targetRatio: 1.0,
    generate: (path, bytes) => Promise.resolve(writeMixedLog(path, bytes, 0.005)),
  },
  {
    name: 'dense',
    description: 'mixed formats, ~10% of lines with a secret',
    defaultSizesMb: [500],
    targetRatio: 0.5,
    generate: (path, bytes) => Promise.resolve(writeMixedLog(path, bytes, 0.1)),
  },
  {
    name: 'distinct-jwt',
    description: 'nginx, a distinct JWT (own jti, iat, exp) on every line',
    defaultSizesMb: [400, 2048],
    targetRatio: 0.25,
    generate: async (path, bytes) => {
      // Not compiled with the bench (plain JS, shared with bench:budget): loaded from the sources beside dist/.
      const url = new URL('../../bench/distinct-jwt-log.mjs', import.meta.url);
      const { writeDistinctJwtLog } = (await import(url.href)) as typeof DistinctJwtLog;
      await writeDistinctJwtLog(path, bytes);
      return statSync(path).size;
    },
  },
];

const TARGET_RSS_MB = 150;
const TARGET_TWO_THREAD_SPEEDUP = 1.8;

interface Measurement {
  readonly seconds: number;
  /** User + system CPU time: on a shared machine, what the work cost whatever else was running. */
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  /** Killed at `--timeout-s`, or ended by a signal (out of memory): no figures to compare. */
  readonly failure?: string | undefined;
}

interface Options {
  readonly workloads: readonly Workload[];
  readonly sizesMb: readonly number[] | undefined;
  readonly runs: number;
  readonly threads: number | undefined;
  readonly timeoutSeconds: number;
  readonly scaling: ReadonlySet<WorkloadName>;
  readonly scalingRuns: number;
  readonly keep: boolean;
}

interface Row {
  readonly workload: string;
  readonly sizeMb: number;
  readonly rgMbPerSecond: number;
  readonly urlleakMbPerSecond: number | undefined;
  readonly ratio: number | undefined;
  readonly targetRatio: number;
  readonly peakRssMb: number;
  readonly cores: number | undefined;
  readonly load: string;
  readonly rounds: number;
  readonly failure: string | undefined;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function numberOption(name: string, fallback: number): number {
  const value = option(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} expects a number, not "${value}".`);
  return parsed;
}

function workloadsNamed(value: string, allowNone: boolean): Workload[] {
  if (value === 'all') return [...WORKLOADS];
  if (allowNone && value === 'none') return [];
  return value.split(',').map((name) => {
    const workload = WORKLOADS.find((candidate) => candidate.name === name);
    if (!workload) throw new Error(`Unknown workload "${name}": expected ${WORKLOADS.map((w) => w.name).join(', ')} or all.`);
    return workload;
  });
}

function parseOptions(): Options {
  const sizes = option('--size-mb');
  const threads = option('--threads');
  const runs = numberOption('--runs', 5);
  return {
    workloads: workloadsNamed(option('--workload') ?? 'all', false),
    sizesMb: sizes === undefined ? undefined : sizes.split(',').map(Number),
    runs,
    threads: threads === undefined ? undefined : Number(threads),
    timeoutSeconds: numberOption('--timeout-s', 600),
    scaling: new Set(workloadsNamed(option('--scaling') ?? 'sparse', true).map((workload) => workload.name)),
    scalingRuns: numberOption('--scaling-runs', runs),
    keep: process.argv.includes('--keep'),
  };
}

function ensureRipgrep(): void {
  if (spawnSync('rg', ['--version']).status === 0) return;
  console.log('ripgrep not found: installing Debian package "ripgrep" with apt-get');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => spawnSync(asRoot[0] ?? args[0] ?? '', asRoot.length > 0 ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update']);
  const installed = run(['apt-get', 'install', '-y', 'ripgrep']);
  if (installed.status !== 0 || spawnSync('rg', ['--version']).status !== 0) throw new Error('Could not install ripgrep.');
}

/** The test corpus's logs (every format) repeated up to `targetBytes`: secrets recur, as in a real service's log. */
function writeMixedLog(path: string, targetBytes: number, secretRate: number): number {
  const corpus = generateCorpus({ seed: 1, linesPerFormat: 3000, secretRate, negativeRate: 0.1 });
  const block = Buffer.from(corpus.map((log) => log.content).join(''));
  const descriptor = openSync(path, 'w');
  let written = 0;
  try {
    while (written < targetBytes) written += writeSync(descriptor, block);
  } finally {
    closeSync(descriptor);
  }
  return written;
}

async function warmCache(path: string): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 })) void chunk;
}

/**
 * `command` under GNU time, and under `timeout` when a limit is given: killed at the limit, its figures are still
 * GNU time's (the rusage of a waited-for process includes its children's). `--foreground`: without it `timeout` kills
 * its whole process group, itself included, before it waits, and the killed command's peak RSS is lost.
 */
function timed(command: string, args: readonly string[], okStatuses: readonly number[], timeoutSeconds = 0): Measurement {
  const limit = timeoutSeconds > 0 ? ['timeout', '--foreground', '--signal=KILL', String(timeoutSeconds)] : [];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...limit, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds = NaN, kilobytes = NaN, user = NaN, system = NaN] = last.split(' ').map(Number);
  const measurement = { seconds, cpuSeconds: user + system, maxRssMb: kilobytes / 1024 };
  const status = result.status ?? -1;
  if (okStatuses.includes(status)) return measurement;
  // timeout's own status when it killed the command; GNU time says "Command terminated by signal 9" then.
  if (limit.length > 0 && (status === 124 || status === 137 || /signal 9/.test(result.stderr)))
    return {
      ...measurement,
      failure: seconds >= timeoutSeconds - 1 ? `timed out at ${timeoutSeconds} s` : 'killed (signal 9: out of memory?)',
    };
  const signal = /terminated by signal \d+/.exec(result.stderr)?.[0];
  return { ...measurement, failure: signal ?? `exited ${status}: ${result.stderr.trim().split('\n').at(-2)?.slice(0, 200) ?? ''}` };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (Number.isInteger(middle)) return ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return sorted[Math.floor(middle)] ?? NaN;
}

function summarize(label: string, results: readonly Measurement[]): Measurement {
  const ok = results.filter((result) => result.failure === undefined);
  const summary = {
    seconds: median(ok.map((result) => result.seconds)),
    cpuSeconds: median(ok.map((result) => result.cpuSeconds)),
    maxRssMb: Math.max(...results.map((result) => result.maxRssMb)),
    failure: results.find((result) => result.failure !== undefined)?.failure,
  };
  const rounds = results.map((result) => (result.failure ? result.failure : `${result.seconds.toFixed(2)}s`)).join(' ');
  console.log(
    `  ${label.padEnd(9)} ${rounds}  median ${summary.seconds.toFixed(2)}s wall, ${summary.cpuSeconds.toFixed(2)}s CPU, peak RSS ${summary.maxRssMb.toFixed(0)} MB`,
  );
  return summary;
}

/**
 * Runs the two commands in alternation, a pair per round, so that both see the same machine: on a shared machine the
 * load changes from one second to the next, and runs of one tool after all runs of the other compare two moments.
 * A subject that fails (timeout, killed) ends the rounds: its next ones would fail the same way, as slowly.
 */
function measurePairs(
  runs: number,
  reference: () => Measurement,
  subject: () => Measurement,
): { reference: Measurement[]; subject: Measurement[] } {
  const pairs: { reference: Measurement; subject: Measurement }[] = [];
  for (let round = 0; round < runs; round += 1) {
    const pair = { reference: reference(), subject: subject() };
    pairs.push(pair);
    if (pair.reference.failure !== undefined || pair.subject.failure !== undefined) break;
  }
  return { reference: pairs.map((pair) => pair.reference), subject: pairs.map((pair) => pair.subject) };
}

/** The scanner's prefilter without its lookbehind (ripgrep's default engine has none): the same lines match. */
function ripgrepPattern(): string {
  const { paramNameEndings, literals, userinfo } = prefilterSources();
  return `(?:${paramNameEndings})(?:=|%3[Dd])|${literals}|${userinfo}`;
}

function load(): string {
  return loadavg()[0]?.toFixed(1) ?? '?';
}

const BIN = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));

function scanArgs(log: string, report: string, threads: number | undefined): string[] {
  return [BIN, 'logs', ...(threads === undefined ? [] : ['--threads', String(threads)]), '--format', 'json', '-o', report, log];
}

/** The report's count of findings, whatever else its shape (the grouped report is on its way). */
function findingsIn(report: string): string {
  if (!existsSync(report)) return 'no report';
  try {
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as { summary?: { findings?: number }; findings?: unknown[] };
    return `${parsed.summary?.findings ?? parsed.findings?.length ?? '?'} findings`;
  } catch (error) {
    return `report unreadable (${(error as Error).message.slice(0, 80)})`;
  }
}

async function runWorkload(workload: Workload, sizeMb: number, directory: string, options: Options): Promise<Row> {
  const log = join(directory, `${workload.name}-${sizeMb}.log`);
  const report = join(directory, 'report.json');
  try {
    const started = performance.now();
    const bytes = await workload.generate(log, sizeMb * 1024 * 1024);
    const pattern = ripgrepPattern();
    const candidates = Number(spawnSync('rg', ['-c', '-e', pattern, log], { encoding: 'utf8' }).stdout.trim());
    const lines = Number(spawnSync('wc', ['-l', log], { encoding: 'utf8' }).stdout.trim().split(' ')[0]);
    console.log(
      `\n${workload.name}, ${(bytes / 1e6).toFixed(0)} MB (${workload.description}): ${lines} lines, ${((100 * candidates) / lines).toFixed(1)}% hit the prefilter and are parsed (generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    await warmCache(log);
    const loadBefore = load();
    const pairs = measurePairs(
      options.runs,
      () => timed('rg', ['-c', '-e', pattern, log], [0]),
      () => timed(process.execPath, scanArgs(log, report, options.threads), [0, 1], options.timeoutSeconds),
    );
    const loadText = `${loadBefore}–${load()}`;
    const rg = summarize('ripgrep', pairs.reference);
    const urlleak = summarize('urlleak', pairs.subject);
    const ratios = pairs.reference.flatMap((reference, index) => {
      const subject = pairs.subject[index];
      return subject && subject.failure === undefined ? [reference.seconds / subject.seconds] : [];
    });
    console.log(`  ${findingsIn(report)}; ratio per round: ${ratios.map((value) => value.toFixed(2)).join(' ')}; load ${loadText}`);
    const size = bytes / 1e6;
    const failed = urlleak.failure !== undefined;
    if (!failed && options.scaling.has(workload.name)) reportThreadScaling(options.scalingRuns, log, report);
    return {
      workload: workload.name,
      sizeMb: size,
      rgMbPerSecond: size / rg.seconds,
      urlleakMbPerSecond: failed ? undefined : size / urlleak.seconds,
      ratio: failed ? undefined : median(ratios),
      targetRatio: workload.targetRatio,
      peakRssMb: urlleak.maxRssMb,
      cores: failed ? undefined : urlleak.cpuSeconds / urlleak.seconds,
      load: loadText,
      rounds: pairs.subject.length,
      failure: urlleak.failure,
    };
  } finally {
    if (!options.keep) rmSync(log, { force: true });
  }
}

/**
 * Issue #15: one thread against two, in alternating pairs on the same file (src/logs/parallel/README.md says what
 * limits the speedup).
 */
function reportThreadScaling(runs: number, log: string, report: string): void {
  const scan = (threads: number) => () => timed(process.execPath, scanArgs(log, report, threads), [0, 1]);
  console.log('  thread scaling (the same file):');
  const loadBefore = load();
  const pairs = measurePairs(runs, scan(1), scan(2));
  const one = summarize('1 thread', pairs.reference);
  const two = summarize('2 threads', pairs.subject);
  const speedups = pairs.reference.map((first, index) => first.seconds / (pairs.subject[index]?.seconds ?? NaN));
  const speedup = median(speedups);
  console.log(`  speedup per round: ${speedups.map((value) => value.toFixed(2)).join(' ')}`);
  console.log(
    `  median 1 -> 2 thread speedup: ${speedup.toFixed(2)}× (target ≥ ${TARGET_TWO_THREAD_SPEEDUP}) ${verdict(speedup >= TARGET_TWO_THREAD_SPEEDUP)}; load ${loadBefore}–${load()}`,
  );
  // Two cores run the two-thread scan's CPU time in half its sum at best; one thread takes at most its CPU time when
  // nothing else runs (less: V8's helper threads compile and collect beside it). Whatever the load, no better than this.
  const oneIdle = Math.min(one.seconds, one.cpuSeconds);
  console.log(
    `  CPU ${one.cpuSeconds.toFixed(2)} s -> ${two.cpuSeconds.toFixed(2)} s (+${(100 * (two.cpuSeconds / one.cpuSeconds - 1)).toFixed(0)}%): on 2 idle cores the speedup is at most 2 × ${oneIdle.toFixed(2)} / ${two.cpuSeconds.toFixed(2)} = ${((2 * oneIdle) / two.cpuSeconds).toFixed(2)}×`,
  );
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function printTable(rows: readonly Row[], options: Options): void {
  console.log(
    `\n| workload | size | rg | urlleak | ratio (median of ${options.runs}) | peak RSS | cores used | load (1 min) |\n|---|---|---|---|---|---|---|---|`,
  );
  for (const row of rows) {
    const throughput = row.urlleakMbPerSecond === undefined ? row.failure : `${row.urlleakMbPerSecond.toFixed(0)} MB/s`;
    const ratio =
      row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}× (target ≥ ${row.targetRatio}) ${verdict(row.ratio >= row.targetRatio)}`;
    const rss = `${row.peakRssMb.toFixed(0)} MB ${verdict(row.peakRssMb <= TARGET_RSS_MB && row.failure === undefined)}`;
    console.log(
      `| ${row.workload} | ${row.sizeMb.toFixed(0)} MB | ${row.rgMbPerSecond.toFixed(0)} MB/s | ${throughput} | ${ratio} | ${rss} | ${row.cores?.toFixed(1) ?? '—'} | ${row.load} |`,
    );
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  ensureRipgrep();
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-bench-'));
  const rows: Row[] = [];
  console.log(
    `urlleak logs${options.threads === undefined ? '' : ` --threads ${options.threads}`} against rg -c, ${options.runs} alternating rounds, timeout ${options.timeoutSeconds} s; free space in ${tmpdir()}: ${freeSpace()}`,
  );
  try {
    for (const workload of options.workloads)
      for (const sizeMb of options.sizesMb ?? workload.defaultSizesMb) rows.push(await runWorkload(workload, sizeMb, directory, options));
  } finally {
    if (!options.keep) rmSync(directory, { recursive: true, force: true });
    else console.log(`kept ${directory}`);
  }
  printTable(rows, options);
}

function freeSpace(): string {
  return spawnSync('df', ['-h', '--output=avail', tmpdir()], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1)?.trim() ?? '?';
}

await main();
