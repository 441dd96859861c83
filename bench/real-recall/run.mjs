// npm run bench:real-recall -- dev|heldout|heldout2 — recall of `urlleak code` on real public repositories pinned at commits,
// against cases labeled by reading the code before urlleak ever ran on them (labels.json). Prints recall per rule
// (a positive is found when a finding of its rule lies within ±2 lines of the label, or of one of its `alsoAt`
// places, in that file), the missed cases, and the labeled negatives urlleak reports (false positives).
//
// The trees are written and scanned the way bench/real-world does it (shared helpers in bench/real-world/helpers.mjs):
// nothing is downloaded, each repository must already be a bare mirror (session tool `fetch github:<owner>/<name>`,
// or `git clone --bare`), and no code of theirs is committed here. Each scan runs `urlleak code <paths> -f json` from
// the repository root or from the package folder a user would lint (repos.json "scans"), with that folder's tsconfig.
//
// A bench, not a test: the exit code is 0 whatever the numbers, 2 only on a usage error. See bench/real-recall/README.md.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE,
  defaultWork,
  fraction,
  isCodeFile,
  pinName,
  pinnedMirrors,
  pinnedTree,
  pool,
  printNotMeasured,
  printTable,
  readBenchOptions,
  readJson,
  requireBuild,
  runUrlleak,
  selectRepos,
  short,
  treeNote,
  usageErrorOf,
  validateRepos,
  writeTree,
} from '../real-world/helpers.mjs';
import { PART_NAME } from '../corpus-bench.mjs';
import { lintScan } from './eslint-door.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ts = createRequire(import.meta.url)('typescript');

const RULES = [
  'ws-token-in-url',
  'token-in-request-url',
  'log-raw-url',
  'log-middleware-url',
  'ws-missing-origin-check',
  'ws-insecure-scheme',
  'query-token-accepted',
];
/** A finding of the label's rule at most this many lines away (in the label's file) finds the label. */
const SLACK = 2;
/**
 * Written into the trees: what bench/real-world writes, plus Vue and Svelte components (labeled cases live in
 * them; `urlleak code` does not read those today, they are there so that the day it does, the trees need no change)
 * and shared tsconfig bases named otherwise (`_tsconfig.base.json`) that a package's tsconfig extends.
 */
const KEEP =
  /(\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$)|(^|\/)([^/]*tsconfig[^/]*\.json|jsconfig\.json|package\.json|\.urlleakignore)$/;
/** Written in a scan's folder and passed with --project when the repository's own tsconfig cannot serve (see below). */
const BENCH_TSCONFIG = 'urlleak-recall.tsconfig.json';
/** urlleak's own options when it finds no tsconfig (src/engine/ast/create-program.ts), as tsconfig JSON. */
const { DEFAULT_COMPILER_OPTIONS_JSON: DEFAULT_COMPILER_OPTIONS } = await import('../../dist/src/engine/ast/create-program.js');
/** TypeScript's "no inputs" diagnostics, which urlleak tolerates (it brings its own roots). */
const ROOTS_OF_OUR_OWN = new Set([18002, 18003]);

const USAGE = `usage: node bench/real-recall/run.mjs <dev|heldout|heldoutN> [options]   (the parts of repos.json)
  --mirrors <dir>   where the bare git mirrors are (default: $URLLEAK_MIRRORS or /work/.mirror)
  --work <dir>      where pinned trees are written and kept between runs (default: ${defaultWork('real-recall')})
  --only <name,...> only these repositories of the part (owner/name or name)
  --repos <file>    repositories, commits, parts and scans (default: bench/real-recall/repos.json)
  --labels <file>   labeled cases (default: bench/real-recall/labels.json)
  --plan            write the trees and print each scan's folder and tsconfig choice, without running urlleak
  --write <file>    also write every case with its outcome as JSON
  --fresh           write the pinned trees again even if present
  --jobs <n>        scans run at once (default 1)
  --door <cli|eslint>  run \`urlleak code\` (default) or ESLint with the preset docs/eslint.md gives (single-file recall)`;

const usageError = usageErrorOf('real-recall', USAGE);
const DOORS = ['cli', 'eslint'];

/** The part to score, the one argument that is not an option. */
function takePart(flag, options) {
  if (!PART_NAME.test(flag) || options.part !== undefined) return false;
  options.part = flag;
  return true;
}

function parseArgs(argv) {
  const options = readBenchOptions(argv, {
    bench: 'real-recall',
    here: HERE,
    usage: USAGE,
    fail: usageError,
    defaults: { part: undefined, labels: join(HERE, 'labels.json'), write: undefined, plan: false, door: 'cli' },
    valued: { '--labels': 'labels', '--write': 'write', '--door': 'door' },
    booleans: { '--plan': 'plan' },
    positional: takePart,
  });
  if (!options.part) usageError('say which part to score: dev, heldout or heldoutN (a part of repos.json)');
  if (!DOORS.includes(options.door)) usageError(`--door is one of ${DOORS.join(', ')}`);
  return options;
}

const isRelativeInside = (path) => typeof path === 'string' && path !== '' && !isAbsolute(path) && !path.split('/').includes('..');

function validate(repos, cases) {
  const byName = new Map();
  validateRepos(repos, usageError, (entry) => {
    if (typeof entry.part !== 'string' || !PART_NAME.test(entry.part))
      usageError(`repos.json: ${entry.repo} needs "part": dev, heldout or heldoutN`);
    if (!Array.isArray(entry.scans) || entry.scans.length === 0) usageError(`repos.json: ${entry.repo} needs "scans"`);
    for (const scan of entry.scans) {
      if (!isRelativeInside(scan?.cwd) || !Array.isArray(scan.paths) || scan.paths.length === 0 || !scan.paths.every(isRelativeInside))
        usageError(`repos.json: ${entry.repo}: each scan needs a relative "cwd" and "paths"`);
    }
    if (byName.has(entry.repo)) usageError(`repos.json: ${entry.repo} is listed twice`);
    byName.set(entry.repo, entry);
  });
  if (!Array.isArray(cases) || cases.length === 0) usageError('labels.json must be a non-empty array');
  for (const label of cases) {
    const where = JSON.stringify(label);
    const entry = byName.get(label?.repo);
    if (!entry) usageError(`labels.json: repository not in repos.json: ${where}`);
    if (label.commit !== entry.commit) usageError(`labels.json: commit differs from repos.json (relabel when a pin moves): ${where}`);
    if (label.part !== entry.part) usageError(`labels.json: part differs from the repository's: ${where}`);
    if (!RULES.includes(label.rule)) usageError(`labels.json: unknown rule in ${where}`);
    if (label.expect !== 'positive' && label.expect !== 'negative')
      usageError(`labels.json: "expect" must be positive or negative in ${where}`);
    if (!isRelativeInside(label.path) || !Number.isInteger(label.line) || label.line < 1)
      usageError(`labels.json: bad path or line in ${where}`);
    if (typeof label.singleFile !== 'boolean') usageError(`labels.json: "singleFile" must be true or false in ${where}`);
    if (typeof label.reason !== 'string' || label.reason.trim() === '') usageError(`labels.json: a reason is required in ${where}`);
    if (label.level !== undefined && !['error', 'warning', 'note'].includes(label.level))
      usageError(`labels.json: bad "level" in ${where}`);
    for (const place of label.alsoAt ?? []) {
      if (!isRelativeInside(place?.path) || !Number.isInteger(place.line)) usageError(`labels.json: bad "alsoAt" in ${where}`);
    }
  }
}

function prepareTree(options, entry, gitDir) {
  const wanted = { commit: entry.commit, paths: ['.'], keep: KEEP.source };
  return pinnedTree(options, entry, wanted, (tree) => writeTree(gitDir, entry.commit, wanted.paths, tree, KEEP));
}

/**
 * Why TypeScript (hence urlleak, which then analyzes nothing) cannot use this tsconfig, or undefined if it can. A base
 * that cannot be read (a generated `.svelte-kit/tsconfig.json`, a package not installed) is no problem: urlleak uses
 * the config's own options then, with the aliases a framework's generated base gives, as it does for a user.
 */
function tsconfigProblem(configPath) {
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) return ts.flattenDiagnosticMessageText(read.error.messageText, ' ');
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath), undefined, configPath);
  const fatal = parsed.errors.filter((diagnostic) => !ROOTS_OF_OUR_OWN.has(diagnostic.code));
  if (fatal.length > 0 && fatal.every((diagnostic) => UNREADABLE_BASE.has(diagnostic.code))) return undefined;
  return fatal.length > 0 ? fatal.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')).join('; ') : undefined;
}

/** "Cannot read file" and "File not found" of an `extends` (src/engine/ast/create-program.ts reads past them). */
const UNREADABLE_BASE = new Set([5083, 6053]);

/**
 * The tsconfig a user's `urlleak code` would get in `cwd` (the nearest `tsconfig.json` up to the repository root),
 * and what to pass for it. Two cases differ from a user's checkout and are bridged by a tsconfig of the bench's own:
 * no tsconfig in the repository (urlleak would walk past the tree into this repository's own tsconfig.json: the
 * bench gives urlleak's defaults instead), and a tsconfig that TypeScript cannot read without node_modules (an
 * `extends` naming a package, a generated file): its own compilerOptions without `extends`, else the defaults.
 */
function chooseTsconfig(tree, cwd) {
  let directory = cwd;
  let found;
  for (;;) {
    if (existsSync(join(directory, 'tsconfig.json'))) {
      found = join(directory, 'tsconfig.json');
      break;
    }
    if (directory === tree || !directory.startsWith(tree + sep)) break;
    directory = dirname(directory);
  }
  const write = (compilerOptions) => {
    writeFileSync(join(cwd, BENCH_TSCONFIG), `${JSON.stringify({ compilerOptions, files: [] }, null, 2)}\n`);
    return ['--project', BENCH_TSCONFIG];
  };
  if (!found) return { args: write(DEFAULT_COMPILER_OPTIONS), note: "no tsconfig in the repository: urlleak's defaults" };
  const shown = relative(tree, found).split(sep).join('/');
  const problem = tsconfigProblem(found);
  if (!problem) return { args: [], note: `tsconfig ${shown}` };
  const own = ts.readConfigFile(found, ts.sys.readFile).config?.compilerOptions;
  if (own && typeof own === 'object') {
    const args = write(own);
    if (!tsconfigProblem(join(cwd, BENCH_TSCONFIG)))
      return { args, note: `tsconfig ${shown} unreadable here (${short(problem, 90)}): its compilerOptions without extends` };
  }
  return { args: write(DEFAULT_COMPILER_OPTIONS), note: `tsconfig ${shown} unreadable here (${short(problem, 90)}): urlleak's defaults` };
}

function countCode(directory) {
  let count = 0;
  const walk = (dir) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isCodeFile(entry.name)) count++;
    }
  };
  walk(directory);
  return count;
}

/**
 * One scan: `urlleak code` from the scan's folder (or ESLint, `door`); findings come back with repository-relative
 * paths.
 */
async function runScan(tree, scan, door) {
  const cwd = scan.cwd === '.' ? tree : join(tree, scan.cwd);
  if (!existsSync(cwd)) return { scan, failure: `folder ${scan.cwd} is not in the tree` };
  const codeFiles = scan.paths.reduce((sum, path) => sum + countCode(join(cwd, path)), 0);
  const toRepo = (path) => {
    const absolute = isAbsolute(path) ? path : join(cwd, path);
    return relative(tree, absolute).split(sep).join('/');
  };
  if (door === 'eslint') {
    const linted = await lintScan(cwd, scan.paths, toRepo);
    return { scan, tsconfig: { note: 'ESLint, the preset of docs/eslint.md' }, codeFiles, ...linted };
  }
  const tsconfig = chooseTsconfig(tree, cwd);
  const result = await runUrlleak(['code', ...scan.paths, ...tsconfig.args, '-f', 'json'], cwd);
  if (result.failure) return { scan, tsconfig, codeFiles, seconds: result.seconds, failure: result.failure };
  const findings = (result.report.findings ?? []).map((finding) => ({
    path: toRepo(finding.location.path),
    line: finding.location.line,
    rule: finding.ruleId,
    level: finding.level,
    message: finding.message,
  }));
  const errors = (result.report.errors ?? []).map((error) => `${error.path ? toRepo(error.path) : ''}: ${error.message}`);
  return { scan, tsconfig, codeFiles, seconds: result.seconds, findings, errors, scanned: result.report.summary?.filesScanned ?? 0 };
}

/** The label's places: its own line and its `alsoAt` ones. */
const placesOf = (label) => [{ path: label.path, line: label.line }, ...(label.alsoAt ?? [])];

/** Distance from a finding to the nearest place of a label, or Infinity when in no labeled file or beyond SLACK. */
function distance(label, finding) {
  if (finding.rule !== label.rule) return Infinity;
  let best = Infinity;
  for (const place of placesOf(label)) {
    if (place.path !== finding.path) continue;
    const gap = Math.abs(place.line - finding.line);
    if (gap <= SLACK && gap < best) best = gap;
  }
  return best;
}

/** Positives and findings paired one to one, nearest first; then negatives against the findings left. */
function score(labels, findings) {
  const outcome = new Map();
  const used = new Set();
  const pairs = [];
  for (const label of labels.filter((item) => item.expect === 'positive')) {
    for (const finding of findings) {
      const gap = distance(label, finding);
      if (gap !== Infinity) pairs.push({ label, finding, gap });
    }
  }
  pairs.sort((a, b) => a.gap - b.gap || a.finding.line - b.finding.line);
  for (const { label, finding } of pairs) {
    if (outcome.has(label) || used.has(finding)) continue;
    outcome.set(label, { found: true, finding });
    used.add(finding);
  }
  for (const label of labels) {
    if (label.expect === 'positive') {
      if (!outcome.has(label)) outcome.set(label, { found: false });
      continue;
    }
    const finding = findings.find((candidate) => !used.has(candidate) && distance(label, candidate) !== Infinity);
    outcome.set(label, finding ? { flagged: true, finding } : { flagged: false });
  }
  const unlabeled = findings.filter((finding) => !used.has(finding)).length;
  return { outcome, unlabeled };
}

/** One line of the summary table: a rule's (or the total's) counts and recalls. */
function summaryRow(label, counts) {
  return [
    label,
    counts.positives,
    counts.found,
    fraction(counts.found, counts.positives),
    counts.single,
    counts.singleFound,
    fraction(counts.singleFound, counts.single),
    counts.negatives,
    counts.flagged,
  ];
}

/** Why urlleak cannot have seen a file: an extension `urlleak code` does not read. */
const unread = (path) =>
  (CODE.test(path) || COMPONENT.test(path)) && !/\.d\.[mc]?ts$/.test(path)
    ? ''
    : ` [${posix.extname(path) || 'no extension'}: not read by urlleak code]`;
/** Single-file components, whose script blocks `urlleak code` reads since issue #13. */
const COMPONENT = /\.(?:vue|svelte|astro)$/;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = readJson(resolve(options.repos), 'repos', usageError);
  const cases = readJson(resolve(options.labels), 'labels', usageError);
  validate(repos, cases);
  const inPart = repos.filter((entry) => entry.part === options.part);
  const selected = selectRepos(inPart, options.only);
  if (selected.length === 0) usageError(`no repository of the ${options.part} part matches`);
  requireBuild(usageError);

  const started = performance.now();
  console.log(
    `# bench:real-recall — ${options.part}: ${selected.length} repositories, ${cases.filter((c) => selected.some((e) => e.repo === c.repo)).length} cases`,
  );
  const { found, missing } = pinnedMirrors(selected, options.mirrors, { remedies: false });
  const jobs = [];
  for (const { entry, gitDir } of found) {
    const prepared = prepareTree(options, entry, gitDir);
    for (const scan of entry.scans) jobs.push({ entry, prepared, scan });
  }
  if (options.plan) {
    for (const { entry, prepared, scan } of jobs) {
      const cwd = scan.cwd === '.' ? prepared.tree : join(prepared.tree, scan.cwd);
      const plan = existsSync(cwd) ? chooseTsconfig(prepared.tree, cwd) : { args: [], note: 'FOLDER NOT IN THE TREE' };
      const code = scan.paths.reduce((sum, path) => sum + countCode(join(cwd, path)), 0);
      console.log(`${entry.repo} [${scan.cwd}: ${scan.paths.join(' ')}] ${code} code files; ${plan.note} ${plan.args.join(' ')}`);
    }
    for (const reason of missing) console.log(`NOT MEASURED: ${reason}`);
    return;
  }
  const results = await pool(jobs, options.jobs, ({ prepared, scan }) => runScan(prepared.tree, scan, options.door));

  const tool = options.door === 'eslint' ? 'ESLint' : 'urlleak';
  /** Per case: { label, outcome }. */
  const scored = [];
  for (const entry of selected) {
    const runs = results.filter((_, index) => jobs[index].entry === entry);
    if (runs.length === 0) continue;
    const prepared = jobs.find((job) => job.entry === entry).prepared;
    const seconds = runs.reduce((sum, run) => sum + (run.seconds ?? 0), 0);
    console.log(`\n## ${pinName(entry)}  ${seconds.toFixed(1)} s${treeNote(prepared, `${prepared.written} files`)}`);
    const labels = cases.filter((label) => label.repo === entry.repo);
    const failed = runs.filter((run) => run.failure);
    for (const run of runs) {
      const head = `  scan ${run.scan.cwd === '.' ? '' : `${run.scan.cwd}: `}${run.scan.paths.join(' ')}`;
      if (run.failure) {
        console.log(`${head} — SCAN FAILED: ${short(run.failure, 300)}`);
        continue;
      }
      console.log(`${head} — ${run.scanned} files scanned, ${run.findings.length} findings, ${run.tsconfig.note}`);
      for (const error of run.errors.slice(0, 5)) console.log(`    ${tool} error: ${short(error, 200)}`);
      if (run.errors.length > 5) console.log(`    … ${run.errors.length - 5} more ${tool} errors`);
      if (run.scanned === 0 || run.scanned < run.codeFiles * 0.5)
        console.log(`    WARNING: ${tool} scanned ${run.scanned} of the ${run.codeFiles} code files under the scanned paths`);
    }
    if (failed.length === runs.length) {
      missing.push(`${entry.repo}: every scan failed`);
      continue;
    }
    const findings = runs.flatMap((run) => run.findings ?? []);
    const { outcome, unlabeled } = score(labels, findings);
    for (const label of labels) scored.push({ label, outcome: outcome.get(label) });
    const positives = labels.filter((label) => label.expect === 'positive');
    const negatives = labels.filter((label) => label.expect === 'negative');
    const found = positives.filter((label) => outcome.get(label).found).length;
    const flagged = negatives.filter((label) => outcome.get(label).flagged).length;
    console.log(
      `  positives found ${found}/${positives.length}; labeled negatives reported ${flagged}/${negatives.length}; ${unlabeled} other findings (not labeled, not scored)`,
    );
    for (const label of labels) {
      const result = outcome.get(label);
      if (label.expect === 'positive' && !result.found)
        console.log(`    MISSED  ${label.rule.padEnd(24)} ${label.path}:${label.line}${unread(label.path)}  — ${label.reason}`);
      if (label.expect === 'negative' && result.flagged)
        console.log(
          `    FP      ${label.rule.padEnd(24)} ${label.path}:${label.line}  (${result.finding.level} at :${result.finding.line})  — ${label.reason}`,
        );
    }
  }

  // Summary: recall per rule (all positives, and those whose evidence is in one file), false positives among negatives.
  console.log(`\n## Summary (${options.part}${options.door === 'eslint' ? ', ESLint door: hold it to the single-file columns' : ''})`);
  const header = ['rule', 'positives', 'found', 'recall', 'single-file', 'found', 'recall', 'negatives', 'reported (FP)'];
  const rows = [];
  const totals = { positives: 0, found: 0, single: 0, singleFound: 0, negatives: 0, flagged: 0 };
  for (const rule of RULES) {
    const ofRule = scored.filter(({ label }) => label.rule === rule);
    const positives = ofRule.filter(({ label }) => label.expect === 'positive');
    const single = positives.filter(({ label }) => label.singleFile);
    const negatives = ofRule.filter(({ label }) => label.expect === 'negative');
    const counts = {
      positives: positives.length,
      found: positives.filter(({ outcome }) => outcome.found).length,
      single: single.length,
      singleFound: single.filter(({ outcome }) => outcome.found).length,
      negatives: negatives.length,
      flagged: negatives.filter(({ outcome }) => outcome.flagged).length,
    };
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    rows.push(summaryRow(rule, counts));
  }
  rows.push(summaryRow('TOTAL', totals));
  printTable(header, rows);

  const missed = scored.filter(({ label, outcome }) => label.expect === 'positive' && !outcome.found);
  if (missed.length > 0) {
    console.log(`\nMissed (${missed.length}):`);
    for (const { label } of missed.sort((a, b) => RULES.indexOf(a.label.rule) - RULES.indexOf(b.label.rule)))
      console.log(`  ${label.rule.padEnd(24)} ${label.repo} ${label.path}:${label.line}${unread(label.path)}  — ${label.reason}`);
  }
  const fps = scored.filter(({ label, outcome }) => label.expect === 'negative' && outcome.flagged);
  if (fps.length > 0) {
    console.log(`\nFalse positives among labeled negatives (${fps.length}):`);
    for (const { label, outcome } of fps)
      console.log(
        `  ${label.rule.padEnd(24)} ${label.repo} ${label.path}:${label.line} (${outcome.finding.level}: ${short(outcome.finding.message, 100)})  — ${label.reason}`,
      );
  }
  // ESLint reports a rule's configured severity, not the finding's level.
  const levels = scored.filter(
    ({ label, outcome }) => options.door === 'cli' && label.level && outcome.found && outcome.finding.level !== label.level,
  );
  if (levels.length > 0) {
    console.log(`\nFound at another level than the label expects (${levels.length}):`);
    for (const { label, outcome } of levels)
      console.log(
        `  ${label.rule.padEnd(24)} ${label.repo} ${label.path}:${label.line}: ${outcome.finding.level}, expected ${label.level}`,
      );
  }
  printNotMeasured(missing, selected.length);
  console.log(`\nwhole bench: ${((performance.now() - started) / 1000).toFixed(1)} s wall`);
  if (options.write) {
    const rows = scored.map(({ label, outcome }) => ({
      ...label,
      outcome: label.expect === 'positive' ? (outcome.found ? 'found' : 'missed') : outcome.flagged ? 'false-positive' : 'quiet',
      ...(outcome.finding ? { finding: { line: outcome.finding.line, level: outcome.finding.level } } : {}),
    }));
    writeFileSync(resolve(options.write), `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`${rows.length} cases with their outcome written to ${options.write}`);
  }
}

await main();
