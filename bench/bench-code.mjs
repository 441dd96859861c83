// npm run bench:code — time `urlleak code` against `tsc --noEmit` on the same generated ≥ 100k-line program, in the
// same run, alternating, and report the ratio of medians. Needs `npm run build` first (imports nothing from src/).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram } from './generate-program.mjs';
import { addServerCode } from './generate-server-code.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = Number(process.env.BENCH_FILES ?? 230);
const TARGET_RATIO = 1.3;

const generated = generateProgram(join(ROOT, 'bench/.work/code-program'), FILES);
const server = addServerCode(generated.dir, generated.files);
const program = {
  ...generated,
  files: generated.files + server.files,
  lines: generated.lines + server.lines,
  leaks: generated.leaks + server.leaks,
};
console.log(`program: ${program.files} files (${server.files} server files), ${program.lines} lines in ${program.dir}`);

const project = join(program.dir, 'tsconfig.json');
const commands = {
  tsc: [join(ROOT, 'node_modules/typescript/lib/tsc.js'), '--noEmit', '-p', project],
  urlleak: [
    join(ROOT, 'bin/urlleak.js'),
    'code',
    'src',
    '--project',
    project,
    '--format',
    'json',
    '--output',
    join(program.dir, 'report.json'),
  ],
};

function time(name) {
  const start = performance.now();
  const child = spawnSync(process.execPath, commands[name], { cwd: program.dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  const expected = name === 'tsc' ? [0] : [0, 1];
  if (!expected.includes(child.status ?? -1))
    throw new Error(`${name} exited ${child.status}: ${child.stderr}${child.stdout.slice(0, 2000)}`);
  return seconds;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = { tsc: [], urlleak: [] };
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 === 0 ? ['tsc', 'urlleak'] : ['urlleak', 'tsc']) samples[name].push(time(name));
}
const ratio = median(samples.urlleak) / median(samples.tsc);
console.log(`tsc --noEmit: median ${median(samples.tsc).toFixed(2)} s  (${samples.tsc.map((s) => s.toFixed(2)).join(', ')})`);
console.log(`urlleak code: median ${median(samples.urlleak).toFixed(2)} s  (${samples.urlleak.map((s) => s.toFixed(2)).join(', ')})`);
console.log(`ratio urlleak/tsc: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`);
const report = JSON.parse(readFileSync(join(program.dir, 'report.json'), 'utf8'));
console.log(`findings: ${report.findings.length} (the generator planted ${program.leaks})`);
process.exitCode = ratio <= TARGET_RATIO && report.findings.length === program.leaks ? 0 : 1;
