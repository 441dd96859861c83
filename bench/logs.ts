/**
 * `npm run bench:logs`: the log scanner against ripgrep on the same file in the same run, reported as ratios
 * (machines are shared and noisy; absolute numbers are not comparable across runs).
 *
 *   node dist/bench/logs.js [--size-mb 512] [--runs 5] [--keep]
 *
 * Generates a mixed log (every supported format, 0.5% of lines with a secret, 10% with look-alikes) in a temporary
 * directory, warms the page cache, then times `rg -c` with the scanner's own prefilter as the regex and `urlleak logs`
 * in alternating pairs, each under /usr/bin/time for wall time and peak RSS; the ratio reported is the median of the
 * pairs' ratios.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, openSync, readFileSync, statSync, writeSync, closeSync, rmSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefilterSources } from '../src/logs/detect/prefilter.js';
import { generateCorpus } from '../test/logs/corpus/generate-corpus.js';

interface Measurement {
  readonly seconds: number;
  /** User + system CPU time: on a shared machine, what the work cost whatever else was running. */
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
}

const TARGET_THROUGHPUT_RATIO = 0.5;
const TARGET_RSS_MB = 150;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
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

function generateMixedLog(path: string, targetBytes: number): number {
  const corpus = generateCorpus({ seed: 1, linesPerFormat: 3000, secretRate: 0.005, negativeRate: 0.1 });
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

function timed(command: string, args: readonly string[], okStatuses: readonly number[]): Measurement {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!okStatuses.includes(result.status ?? -1)) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds = NaN, kilobytes = NaN, user = NaN, system = NaN] = last.split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, maxRssMb: kilobytes / 1024 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function summarize(label: string, results: readonly Measurement[]): Measurement {
  const summary = {
    seconds: median(results.map((result) => result.seconds)),
    cpuSeconds: median(results.map((result) => result.cpuSeconds)),
    maxRssMb: Math.max(...results.map((result) => result.maxRssMb)),
  };
  console.log(
    `${label.padEnd(8)} ${results.map((result) => `${result.seconds.toFixed(2)}s`).join(' ')}  median ${summary.seconds.toFixed(2)}s wall, ${summary.cpuSeconds.toFixed(2)}s CPU, peak RSS ${summary.maxRssMb.toFixed(0)} MB`,
  );
  return summary;
}

/**
 * Runs the two commands in alternation, a pair per round, so that both see the same machine: on a shared machine the
 * load changes from one second to the next, and runs of one tool after all runs of the other compare two moments.
 */
function measurePairs(
  runs: number,
  reference: () => Measurement,
  subject: () => Measurement,
): { reference: Measurement[]; subject: Measurement[] } {
  const pairs = Array.from({ length: runs }, () => ({ reference: reference(), subject: subject() }));
  return { reference: pairs.map((pair) => pair.reference), subject: pairs.map((pair) => pair.subject) };
}

/** The scanner's prefilter without its lookbehind (ripgrep's default engine has none): the same lines match. */
function ripgrepPattern(): string {
  const { paramNameEndings, literals, userinfo } = prefilterSources();
  return `(?:${paramNameEndings})(?:=|%3[Dd])|${literals}|${userinfo}`;
}

async function main(): Promise<void> {
  const sizeMb = option('--size-mb', 512);
  const runs = option('--runs', 5);
  ensureRipgrep();
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-bench-'));
  const log = join(directory, 'mixed.log');
  try {
    const bytes = generateMixedLog(log, sizeMb * 1024 * 1024);
    console.log(`generated ${(bytes / 1e6).toFixed(0)} MB mixed log at ${log}`);
    const candidates = Number(spawnSync('rg', ['-c', '-e', ripgrepPattern(), log], { encoding: 'utf8' }).stdout.trim());
    const lines = Number(spawnSync('wc', ['-l', log], { encoding: 'utf8' }).stdout.trim().split(' ')[0]);
    console.log(`${lines} lines, ${((100 * candidates) / lines).toFixed(1)}% hit the prefilter and are parsed`);
    await warmCache(log);
    const pattern = ripgrepPattern();
    const loadAverage = loadavg()[0]?.toFixed(1) ?? '?';
    const bin = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));
    const report = join(directory, 'report.json');
    const pairs = measurePairs(
      runs,
      () => timed('rg', ['-c', '-e', pattern, log], [0]),
      () => timed(process.execPath, [bin, 'logs', '--format', 'json', '-o', report, log], [0, 1]),
    );
    const rg = summarize('ripgrep', pairs.reference);
    const urlleak = summarize('urlleak', pairs.subject);
    const ratios = pairs.reference.map((reference, index) => reference.seconds / (pairs.subject[index]?.seconds ?? NaN));
    const { summary } = JSON.parse(readFileSync(report, 'utf8')) as { summary: { findings: number } };
    console.log(`urlleak reported ${summary.findings} findings (the report is held in memory: RSS grows with findings, not input)`);
    const size = statSync(log).size / 1e6;
    const ratio = median(ratios);
    console.log(`\nthroughput: urlleak ${(size / urlleak.seconds).toFixed(0)} MB/s, ripgrep ${(size / rg.seconds).toFixed(0)} MB/s`);
    console.log(`ratio urlleak/ripgrep throughput per round: ${ratios.map((value) => value.toFixed(2)).join(' ')}`);
    console.log(
      `median ratio: ${ratio.toFixed(2)} (target ≥ ${TARGET_THROUGHPUT_RATIO}) ${ratio >= TARGET_THROUGHPUT_RATIO ? 'PASS' : 'MISS'}`,
    );
    console.log(
      `CPU per byte: ripgrep/urlleak = ${(rg.cpuSeconds / urlleak.cpuSeconds).toFixed(2)} (urlleak uses ${(urlleak.cpuSeconds / urlleak.seconds).toFixed(1)} cores; load average at start ${loadAverage})`,
    );
    console.log(
      `peak RSS: ${urlleak.maxRssMb.toFixed(0)} MB = ${(urlleak.maxRssMb / TARGET_RSS_MB).toFixed(2)} × the ${TARGET_RSS_MB} MB budget ${urlleak.maxRssMb <= TARGET_RSS_MB ? 'PASS' : 'MISS'}`,
    );
    reportThreadScaling(runs, bin, report, log);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(directory, { recursive: true, force: true });
  }
}

const TARGET_TWO_THREAD_SPEEDUP = 1.8;

/**
 * Issue #15: one thread against two, in alternating pairs on the same file. The file is split into segments read by
 * workers that share nothing but the findings they send back, so the work per byte does not grow with threads; what
 * limits the speedup is the main thread's merge and the machine's other load (this one is shared).
 */
function reportThreadScaling(runs: number, bin: string, report: string, log: string): void {
  const scan = (threads: number) => () =>
    timed(process.execPath, [bin, 'logs', '--threads', String(threads), '--format', 'json', '-o', report, log], [0, 1]);
  console.log('\nthread scaling (the same file):');
  const pairs = measurePairs(runs, scan(1), scan(2));
  summarize('1 thread', pairs.reference);
  summarize('2 thread', pairs.subject);
  const speedups = pairs.reference.map((one, index) => one.seconds / (pairs.subject[index]?.seconds ?? NaN));
  const speedup = median(speedups);
  console.log(`speedup per round: ${speedups.map((value) => value.toFixed(2)).join(' ')}`);
  console.log(
    `median 1 -> 2 thread speedup: ${speedup.toFixed(2)}× (target ≥ ${TARGET_TWO_THREAD_SPEEDUP}) ${speedup >= TARGET_TWO_THREAD_SPEEDUP ? 'PASS' : 'MISS'} (load average ${loadavg()[0]?.toFixed(1) ?? '?'})`,
  );
}

await main();
