// Memory on the worst input for the report: a log where every line carries a different JWT, so every line is a new
// finding (issue #11: a 400 MB one died at 4.2 GB RSS after 61 s with no report). Generates the log in a temporary
// directory, runs the real CLI on it with a JSON report, and prints the peak RSS, the time, the exit code and what the
// report holds; the directory is removed afterwards.
//
//   npm run bench:budget [-- --size-mb 400] [-- --tickets]
//
// --tickets makes every fourth JWT a short-lived single-use ticket (exp - iat = 60 s), so replay tracking fills up
// too. The log is bench/distinct-jwt-log.mjs's, the one of bench:logs's distinct-jwt workload. Run `npm run build`
// first (the npm script does).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDistinctJwtLog } from './distinct-jwt-log.mjs';

const { values } = parseArgs({
  options: { 'size-mb': { type: 'string', default: '400' }, tickets: { type: 'boolean', default: false }, bin: { type: 'string' } },
});
const sizeBytes = Number(values['size-mb']) * 1024 * 1024;
const bin = values.bin ?? fileURLToPath(new URL('../bin/urlleak.js', import.meta.url));

const directory = mkdtempSync(join(tmpdir(), 'urlleak-budget-'));
try {
  const log = join(directory, 'access.log');
  const started = performance.now();
  const lines = await writeDistinctJwtLog(log, sizeBytes, { tickets: values.tickets });
  console.log(
    `generated ${(statSync(log).size / 1e6).toFixed(0)} MB, ${lines.toLocaleString('en-US')} lines, a distinct JWT on each (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const report = join(directory, 'report.json');
  const run = await measure(process.execPath, [bin, 'logs', log, '-f', 'json', '-o', report]);
  console.log(
    `urlleak logs: exit ${run.exitCode}, ${run.seconds.toFixed(1)} s wall, peak RSS ${(run.peakRssKb / 1024).toFixed(0)} MiB (${run.how})`,
  );
  if (run.stderr.trim()) console.log(`stderr: ${run.stderr.trim().slice(0, 2000)}`);
  describeReport(report);
} finally {
  rmSync(directory, { recursive: true, force: true });
}

/**
 * Peak RSS: the kernel's high-water mark (VmHWM) of the process, read every 50 ms while it runs (Linux), and GNU
 * time's maximum when it is installed; the larger of the two.
 */
function measure(command, args) {
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', command, ...args]) : spawn(command, args);
  let stderr = '';
  let polledKb = 0;
  child.stderr.on('data', (data) => (stderr += data));
  const poll = setInterval(() => {
    for (const pid of [child.pid, ...childrenOf(child.pid)]) polledKb = Math.max(polledKb, highWaterKb(pid));
  }, 50);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const status = /Exit status: (\d+)/.exec(stderr);
      const killed = /Command terminated by signal (\d+)/.exec(stderr);
      const own = gnuTime
        ? stderr
            .split('\n')
            .filter((line) => !line.startsWith('\t') && !line.startsWith('Command exited with'))
            .join('\n')
        : stderr;
      resolve({
        exitCode: killed ? `killed by signal ${killed[1]}` : signal ? `killed by ${signal}` : status ? Number(status[1]) : code,
        seconds,
        peakRssKb: Math.max(timed ? Number(timed[1]) : 0, polledKb),
        how: gnuTime ? 'VmHWM polled, /usr/bin/time -v' : 'VmHWM polled',
        stderr: own,
      });
    });
  });
}

function highWaterKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // Ended, or no /proc.
  }
}

/** The process GNU time runs (its only child). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function describeReport(path) {
  if (!existsSync(path)) {
    console.log('no report written');
    return;
  }
  const text = readFileSync(path, 'utf8');
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    console.log(`report is not valid JSON (${(text.length / 1e6).toFixed(0)} MB): ${error.message}`);
    return;
  }
  const summaries = report.findings.filter((finding) => finding.properties?.folded === true);
  const groups = report.findings.filter((finding) => finding.properties?.group !== undefined);
  const detailed = report.findings.length - summaries.length - groups.length;
  // A group (the default report) counts its occurrences in properties.group; a per-secret finding in properties.
  const occurrencesOf = (finding) => Number(finding.properties?.group?.occurrences ?? finding.properties?.occurrences ?? 1);
  const occurrences = report.findings.reduce((sum, finding) => sum + occurrencesOf(finding), 0);
  const size = `${(text.length / 1e6).toFixed(text.length < 1e6 ? 3 : 0)} MB`;
  console.log(
    `report: valid JSON, ${size}; ${groups.length} groups, ${detailed.toLocaleString('en-US')} detailed findings, ${summaries.length} summaries; occurrences counted in all: ${occurrences.toLocaleString('en-US')}`,
  );
  for (const group of groups) console.log(`  group ${group.ruleId} at line ${group.location.line}: ${group.message}`);
  for (const summary of summaries) console.log(`  summary ${summary.ruleId} at line ${summary.location.line}: ${summary.message}`);
  for (const notice of report.notices) console.log(`  notice: ${notice.message}`);
}
