// npm run bench:eslint — editor speed of the urlleak ESLint rules, as a share of the whole lint, measured in one run.
//
// Untyped: a real ~100k-line JavaScript code base that every install has offline (eslint's own lib/, copied out of
// node_modules so no ignore rule hides it; override with BENCH_ESLINT_TARGET=/path/to/any/js/checkout), linted with
// @eslint/js recommended + urlleak recommended. Typed: this repository's own TypeScript (src/, rules/) with
// typescript-eslint's recommendedTypeChecked as the baseline, then with urlleak's recommended-type-checked added.
// Targets: urlleak's share of the untyped lint ≤ 5 % (median of five alternating rounds; the first ones still warm up TypeScript); the typed preset's cost reported over the typed baseline.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import urlleak from '../dist/rules/index.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

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
 * Three rounds, each linting with @eslint/js recommended alone and then with urlleak's preset added; the share is
 * the median of the rounds (ESLint's per-rule time over the wall time of the same lint), and the wall ratio of the
 * two configurations is reported beside it as a cross-check that does not rely on ESLint's rule timing.
 */
/** Alternating rounds of @eslint/js alone and with urlleak; the median round is reported (BENCH_ESLINT_ROUNDS). */
const ROUNDS = Number(process.env.BENCH_ESLINT_ROUNDS ?? 5);

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
  const byShare = [...rounds].sort((a, b) => a.share - b.share);
  const median = byShare[Math.floor(ROUNDS / 2)];
  const lines = countLines(median.withRules.results);
  rmSync(work, { recursive: true, force: true });
  return {
    ...median.withRules,
    shares: rounds.map((r) => r.share),
    ratio: median.ratio,
    ratios: rounds.map((r) => r.ratio),
    lines,
    files: median.withRules.results.length,
    source,
  };
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
  const fastest = (list) => list.reduce((best, run) => (run.wallMs < best.wallMs ? run : best));
  const baseline = fastest(runs.baseline);
  return { baseline, withRules: fastest(runs.withRules), lines: countLines(baseline.results), files: baseline.results.length };
}

const percent = (share) => `${(share * 100).toFixed(2)} %`;
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

const t = await typed();
const cost = t.withRules.wallMs / t.baseline.wallMs;
console.log(`typed: ${t.files} files, ${t.lines} lines (this repository)`);
console.log(
  `  typescript-eslint recommendedTypeChecked ${t.baseline.wallMs.toFixed(0)} ms; + urlleak recommended-type-checked ${t.withRules.wallMs.toFixed(0)} ms (urlleak rules ${t.withRules.urlleakMs.toFixed(0)} ms)`,
);
console.log(
  `  typed preset cost over the typed baseline: ${cost.toFixed(3)}× (urlleak rules ${((t.withRules.urlleakMs / t.withRules.wallMs) * 100).toFixed(2)} % of that lint)`,
);
