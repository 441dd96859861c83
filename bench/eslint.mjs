// npm run bench:eslint — what the urlleak ESLint plugin costs, measured in one run on a shared, noisy machine (each
// section states its load average and alternates the configurations it compares).
//
// 1. Import: `import('urlleak/eslint-plugin')` beyond ESLint's own import, in fresh processes (target ≤ 300 ms).
// 2. Editor loop: one ESLint instance per configuration, `lintText` of the same file again and again with a one-line
//    edit each time (so that no cache keyed by text hides the work), CPU time per lint. Two real files: a ~300-line
//    excerpt of Vite's HMR client (node_modules/vite, a token in its socket URL: urlleak reports it) and a ~300-line
//    file of ESLint's own that the text pre-filter rules out. Targets: urlleak's preset adds ≤ 5 ms of CPU per lint
//    of the first (median), ~0 to the second.
// 3. Untyped code base: a real ~100k-line JavaScript code base that every install has offline (eslint's own lib/,
//    copied out of node_modules so no ignore rule hides it; override with BENCH_ESLINT_TARGET=/path/to/any/js/checkout),
//    linted with @eslint/js recommended + urlleak recommended. Target: urlleak's share of the lint ≤ 5 %.
// 4. Typed: this repository's own TypeScript (src/, rules/) with typescript-eslint's recommendedTypeChecked as the
//    baseline, then with urlleak's recommended-type-checked added; the engine must build no program of its own there.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import urlleak from '../dist/rules/index.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const pluginPath = fileURLToPath(new URL('../dist/rules/index.js', import.meta.url));
/** Rounds of alternating configurations (BENCH_ESLINT_ROUNDS); BENCH_ESLINT_ONLY=import,editor,untyped,typed picks sections. */
const ROUNDS = Number(process.env.BENCH_ESLINT_ROUNDS ?? 5);
const sections = new Set((process.env.BENCH_ESLINT_ONLY ?? 'import,editor,untyped,typed').split(','));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => `load ${loadavg()[0].toFixed(1)}`;

/**
 * Import cost in fresh processes, ESLint first (an editor has it loaded already): how long the plugin's import takes
 * beyond it, and whether it loaded TypeScript (it should not: the engine loads it on the first lint that needs it).
 */
function importCost(runs = Number(process.env.BENCH_ESLINT_IMPORTS ?? 7)) {
  const script = `
    const started = performance.now(); await import('eslint'); const eslintMs = performance.now() - started;
    const before = performance.now(); await import(${JSON.stringify(pluginPath)}); const pluginMs = performance.now() - before;
    const { createRequire } = await import('node:module');
    const cache = createRequire(${JSON.stringify(pluginPath)}).cache;
    const typescript = Object.keys(cache).some((file) => /[\\/]typescript[\\/]lib[\\/]typescript\.js$/.test(file));
    console.log(JSON.stringify({ eslintMs, pluginMs, typescript }));`;
  const samples = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' })),
  );
  return {
    eslintMs: median(samples.map((sample) => sample.eslintMs)),
    pluginMs: median(samples.map((sample) => sample.pluginMs)),
    pluginRuns: samples.map((sample) => sample.pluginMs),
    loadsTypeScript: samples.some((sample) => sample.typescript),
  };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The ~300 lines of Vite's HMR client around its socket, from `const overlayId` up to `const sheetsMap`. */
function viteSocketExcerpt() {
  const lines = readFileSync(join(repoRoot, 'node_modules/vite/dist/client/client.mjs'), 'utf8').split('\n');
  const from = lines.findIndex((line) => line.startsWith('const overlayId'));
  const to = lines.findIndex((line) => line.startsWith('const sheetsMap'));
  if (from < 0 || to < from) throw new Error('the Vite client changed: pick another excerpt');
  return lines.slice(from, to).join('\n');
}

const EDITS = Number(process.env.BENCH_ESLINT_EDITS ?? 30);

/**
 * Editor loop: each configuration has its own ESLint instance, kept across lints as an editor keeps it. Every round
 * lints the file EDITS times per configuration, the configurations taking turns lint by lint, each lint with a
 * different trailing comment (an edit). Per round, a configuration's median CPU per lint; reported, the median
 * over rounds of the difference to the baseline of the same round.
 */
async function editorLoop(work, file, configs) {
  const filePath = join(work, file.name);
  writeFileSync(filePath, file.text);
  const linters = Object.fromEntries(
    Object.entries(configs).map(([name, config]) => [name, new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig: config })]),
  );
  const findings = {};
  let edit = 0;
  const lintOnce = async (name) => {
    const text = `${file.text}\n// edit ${edit++}\n`;
    const started = cpuMs();
    const [result] = await linters[name].lintText(text, { filePath });
    findings[name] = result.messages.filter((message) => message.ruleId?.startsWith('urlleak/')).length;
    return cpuMs() - started;
  };
  for (const name of Object.keys(linters)) for (let i = 0; i < 5; i++) await lintOnce(name); // warm-up: JIT, TypeScript's first load
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const samples = Object.fromEntries(Object.keys(linters).map((name) => [name, []]));
    for (let i = 0; i < EDITS; i++) for (const name of Object.keys(linters)) samples[name].push(await lintOnce(name));
    rounds.push(Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)])));
  }
  // Linted again unchanged (on focus, on save): no edit, so caches keyed by text may serve.
  const unchanged = Object.fromEntries(Object.keys(linters).map((name) => [name, []]));
  for (let i = 0; i < EDITS; i++) {
    for (const name of Object.keys(linters)) {
      const started = cpuMs();
      await linters[name].lintText(file.text, { filePath });
      unchanged[name].push(cpuMs() - started);
    }
  }
  const unchangedMs = Object.fromEntries(Object.entries(unchanged).map(([name, list]) => [name, median(list)]));
  return { rounds, unchangedMs, findings, lines: file.text.split('\n').length };
}

async function editor() {
  const work = mkdtempSync(join(tmpdir(), 'urlleak-bench-editor-'));
  const base = [js.configs.recommended];
  const { plugins, rules, languageOptions } = urlleak.configs.recommended;
  const configs = {
    espree: base,
    'typescript-eslint parser': [...base, { languageOptions }],
    'urlleak recommended': [...base, urlleak.configs.recommended],
    'urlleak rules, espree': [...base, { plugins, rules }],
  };
  const files = [
    { name: 'vite-client-excerpt.mjs', text: viteSocketExcerpt(), label: 'with findings' },
    {
      name: 'suppressions-service.cjs',
      text: readFileSync(join(repoRoot, 'node_modules/eslint/lib/services/suppressions-service.js'), 'utf8'),
      label: 'ruled out by the pre-filter',
    },
  ];
  const results = [];
  for (const file of files) results.push({ file, ...(await editorLoop(work, file, configs)) });
  rmSync(work, { recursive: true, force: true });
  return results;
}

function printEditor(results) {
  const added = (rounds, name, baseline) => median(rounds.map((round) => round[name] - round[baseline]));
  for (const { file, rounds, unchangedMs, findings, lines } of results) {
    console.log(
      `editor loop: ${file.name}, ${lines} lines, ${file.label} (${findings['urlleak recommended']} urlleak findings); ${load()}`,
    );
    for (const name of Object.keys(rounds[0])) {
      console.log(`  ${name.padEnd(26)} median CPU per lint ${median(rounds.map((round) => round[name])).toFixed(2)} ms`);
    }
    const byRules = added(rounds, 'urlleak recommended', 'typescript-eslint parser');
    console.log(
      `  urlleak's rules add ${byRules.toFixed(2)} ms per lint under the preset's parser (rounds: ${rounds.map((round) => (round['urlleak recommended'] - round['typescript-eslint parser']).toFixed(2)).join(', ')}; target ≤ 5 ms) ${byRules <= 5 ? 'OK' : 'OVER TARGET'}`,
    );
    console.log(`  the preset adds ${added(rounds, 'urlleak recommended', 'espree').toFixed(2)} ms over bare espree (its parser included)`);
    console.log(`  the rules alone under espree add ${added(rounds, 'urlleak rules, espree', 'espree').toFixed(2)} ms`);
    console.log(
      `  linted again unchanged: urlleak's rules add ${(unchangedMs['urlleak recommended'] - unchangedMs['typescript-eslint parser']).toFixed(2)} ms (${EDITS} lints each, median)`,
    );
  }
}

function countLines(results) {
  return results.reduce((sum, result) => sum + readFileSync(result.filePath, 'utf8').split('\n').length, 0);
}

/** Lints with per-rule timing (ESLint's `stats`), returns wall time and the urlleak rules' summed time. */
async function lint(cwd, config, patterns) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
  const started = performance.now();
  const results = await eslint.lintFiles(patterns);
  const wallMs = performance.now() - started;
  let urlleakMs = 0;
  let rulesMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [ruleId, timing] of Object.entries(pass.rules ?? {})) {
        rulesMs += timing.total;
        if (ruleId.startsWith('urlleak/')) urlleakMs += timing.total;
      }
    }
  }
  const fatal = results.reduce((sum, result) => sum + result.fatalErrorCount, 0);
  const urlleakFindings = results.reduce((sum, result) => sum + result.messages.filter((m) => m.ruleId?.startsWith('urlleak/')).length, 0);
  return { results, wallMs, urlleakMs, rulesMs, fatal, urlleakFindings };
}

/**
 * Alternating rounds, each linting with @eslint/js recommended alone and then with urlleak's preset added; the share
 * is the median of the rounds (ESLint's per-rule time over the wall time of the same lint), and the wall ratio of the
 * two configurations is reported beside it as a cross-check that does not rely on ESLint's rule timing.
 */
async function untyped() {
  const source = process.env.BENCH_ESLINT_TARGET ?? join(repoRoot, 'node_modules', 'eslint', 'lib');
  const work = mkdtempSync(join(tmpdir(), 'urlleak-bench-eslint-'));
  cpSync(source, join(work, 'code'), { recursive: true });
  const base = [{ files: ['**/*.js'], ...js.configs.recommended, languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } }];
  const config = [...base, urlleak.configs.recommended];
  await lint(work, config, ['code/**/*.js']); // warm-up: module loading and JIT, not measured
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const baseline = await lint(work, base, ['code/**/*.js']);
    const withRules = await lint(work, config, ['code/**/*.js']);
    rounds.push({ baseline, withRules, share: withRules.urlleakMs / withRules.wallMs, ratio: withRules.wallMs / baseline.wallMs });
  }
  const middle = [...rounds].sort((a, b) => a.share - b.share)[Math.floor(ROUNDS / 2)];
  const lines = countLines(middle.withRules.results);
  rmSync(work, { recursive: true, force: true });
  return {
    ...middle.withRules,
    shares: rounds.map((r) => r.share),
    ratio: middle.ratio,
    ratios: rounds.map((r) => r.ratio),
    lines,
    files: middle.withRules.results.length,
    source,
  };
}

/**
 * A bench-only rule beside urlleak's: counts the files whose text typescript-eslint's program holds as ESLint lints
 * it, the condition for the engine to analyze that program's file with its checker (rules/analyze-linted-file.ts)
 * instead of parsing and binding the file again.
 */
function programSharing() {
  const counts = { files: 0, inProgram: 0 };
  const rule = {
    create: (context) => ({
      'Program:exit'() {
        const program = context.sourceCode.parserServices?.program;
        counts.files++;
        if (program?.getSourceFile(context.filename)?.text === context.sourceCode.text) counts.inProgram++;
      },
    }),
  };
  return { counts, config: { plugins: { bench: { rules: { 'shares-program': rule } } }, rules: { 'bench/shares-program': 'error' } } };
}

async function typed() {
  const typedFiles = ['src/**/*.ts', 'rules/**/*.ts'];
  const base = tseslint.config({
    files: ['**/*.ts'],
    extends: tseslint.configs.recommendedTypeChecked,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: repoRoot } },
  });
  const withUrlleak = [
    ...base,
    {
      ...urlleak.configs['recommended-type-checked'],
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: repoRoot } },
    },
  ];
  await lint(repoRoot, base, typedFiles); // warm-up
  // Alternate the two configurations and keep each one's fastest run: the machine is shared and noisy.
  const runs = { baseline: [], withRules: [] };
  for (let round = 0; round < 3; round++) {
    runs.baseline.push(await lint(repoRoot, base, typedFiles));
    runs.withRules.push(await lint(repoRoot, withUrlleak, typedFiles));
  }
  const sharing = programSharing();
  await lint(repoRoot, [...withUrlleak, { files: ['**/*.ts'], ...sharing.config }], typedFiles);
  const fastest = (list) => list.reduce((best, run) => (run.wallMs < best.wallMs ? run : best));
  const baseline = fastest(runs.baseline);
  return {
    baseline,
    withRules: fastest(runs.withRules),
    sharing: sharing.counts,
    lines: countLines(baseline.results),
    files: baseline.results.length,
  };
}

const percent = (share) => `${(share * 100).toFixed(2)} %`;
if (sections.has('import')) {
  const imports = importCost();
  console.log(
    `import (${load()}): eslint ${imports.eslintMs.toFixed(0)} ms, then urlleak/eslint-plugin ${imports.pluginMs.toFixed(0)} ms beyond it (median of ${imports.pluginRuns.map((ms) => ms.toFixed(0)).join(', ')}; target ≤ 300 ms) ${imports.pluginMs <= 300 ? 'OK' : 'OVER TARGET'}; TypeScript loaded at import: ${imports.loadsTypeScript ? 'yes' : 'no'}`,
  );
}
if (sections.has('editor')) printEditor(await editor());
if (sections.has('untyped')) {
  const u = await untyped();
  const share = u.urlleakMs / u.wallMs;
  console.log(`untyped: ${u.files} files, ${u.lines} lines (${u.source})`);
  console.log(
    `  median round: whole lint ${u.wallMs.toFixed(0)} ms, all rules ${u.rulesMs.toFixed(0)} ms, urlleak rules ${u.urlleakMs.toFixed(0)} ms, ${u.fatal} parse errors, ${u.urlleakFindings} urlleak findings`,
  );
  console.log(
    `  urlleak share of the whole lint (median of ${u.shares.map(percent).join(', ')}): ${percent(share)} (target ≤ 5 %) ${share <= 0.05 ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(
    `  wall time with urlleak over @eslint/js alone: ${u.ratios.map((ratio) => `${ratio.toFixed(3)}×`).join(', ')} (noisier: two separate lints)`,
  );
}
if (sections.has('typed')) {
  const t = await typed();
  const cost = t.withRules.wallMs / t.baseline.wallMs;
  console.log(`typed: ${t.files} files, ${t.lines} lines (this repository; ${load()})`);
  console.log(
    `  typescript-eslint recommendedTypeChecked ${t.baseline.wallMs.toFixed(0)} ms; + urlleak recommended-type-checked ${t.withRules.wallMs.toFixed(0)} ms (urlleak rules ${t.withRules.urlleakMs.toFixed(0)} ms)`,
  );
  console.log(
    `  typed preset cost over the typed baseline: ${cost.toFixed(3)}× (urlleak rules ${((t.withRules.urlleakMs / t.withRules.wallMs) * 100).toFixed(2)} % of that lint)`,
  );
  console.log(
    `  files the engine reads from typescript-eslint's program (no parse or program of its own): ${t.sharing.inProgram} of ${t.sharing.files}`,
  );
  console.log(
    `  wall time added ${(t.withRules.wallMs - t.baseline.wallMs).toFixed(0)} ms, of which urlleak's rules by ESLint's timing ${t.withRules.urlleakMs.toFixed(0)} ms (${load()})`,
  );
}
