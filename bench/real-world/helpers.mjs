// Shared by the benches that run urlleak on public repositories pinned at commits (bench/real-world/run.mjs,
// bench/real-recall/run.mjs, bench/real-world-config/run.mjs): their command lines and input files, bare mirrors
// looked up on disk, the pinned commit's files written into a work tree, one `urlleak <command> -f json` run in it,
// the triage labels matched to its findings, and the printing the benches have in common. Nothing here downloads
// anything.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/urlleak.js');
/** Files written into the work tree: what `urlleak code` reads, and what decides how it reads it. */
export const CODE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
export const KEEP = /(\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$)|(^|\/)(tsconfig[^/]*\.json|jsconfig\.json|package\.json|\.urlleakignore)$/;

/** A source file counted as code a scan should read: declaration files and minified bundles left out. */
export const isCodeFile = (path) => CODE.test(path) && !/\.d\.[mc]?ts$|\.min\.js$/.test(path);

/** The git directory of a mirror (bare, or the `.git` of a checkout the session's fetch left), or undefined. */
export function findMirror(mirrors, repo) {
  const flat = repo.replace('/', '+');
  const candidates = [
    join(mirrors, flat, 'repo'),
    join(mirrors, flat, 'repo', '.git'),
    join(mirrors, flat),
    join(mirrors, `${flat}.git`),
    join(mirrors, `${repo}.git`),
  ];
  for (const candidate of candidates) {
    if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate;
  }
  return undefined;
}

export function git(gitDir, args, input) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 1 << 30 });
}

export function hasCommit(gitDir, commit) {
  return spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`]).status === 0;
}

/**
 * The entries whose mirror holds the pinned commit (`found`: `{ entry, gitDir }`), and a line for each of the others
 * (`missing`), with how to remedy it unless `remedies` is false.
 */
export function pinnedMirrors(entries, mirrors, { remedies = true } = {}) {
  const found = [];
  const missing = [];
  for (const entry of entries) {
    const gitDir = findMirror(mirrors, entry.repo);
    if (!gitDir) {
      const clone = remedies ? `, or git clone --bare into ${join(mirrors, entry.repo.replace('/', '+'))}.git` : '';
      missing.push(`${entry.repo}: no mirror under ${mirrors} (fetch github:${entry.repo}${clone})`);
    } else if (!hasCommit(gitDir, entry.commit)) {
      const remedy = remedies ? ' (fetch it again, or pin another commit and re-triage)' : '';
      missing.push(`${entry.repo}: the mirror ${gitDir} lacks commit ${entry.commit}${remedy}`);
    } else found.push({ entry, gitDir });
  }
  return { found, missing };
}

/** `owner/name@commit` with the commit cut to 12 hex digits. */
export const pinName = (entry) => `${entry.repo}@${entry.commit.slice(0, 12)}`;

/**
 * The work tree of an entry's pinned commit under `options.work`: kept as it is when it was written before for the
 * same `wanted` (unless `options.fresh`), else emptied and filled by `write(tree)`, whose counts are kept beside it
 * and returned with the tree (`{ tree, reused, ...counts }`).
 */
export function pinnedTree(options, entry, wanted, write) {
  const tree = join(options.work, pinName(entry).replace('/', '+'));
  const marker = join(tree, '.urlleak-bench-tree.json');
  if (!options.fresh && existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8'));
    if (JSON.stringify(previous.wanted) === JSON.stringify(wanted)) return { tree, reused: true, ...previous.counts };
  }
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const counts = write(tree);
  writeFileSync(marker, JSON.stringify({ wanted, counts }));
  return { tree, reused: false, ...counts };
}

/** What a repository's heading says of its tree: nothing when reused, else what was written (`what`) and what lacked. */
export const treeNote = (prepared, what) =>
  prepared.reused ? '' : ` (tree written: ${what}${prepared.absent ? `, ${prepared.absent} absent from the mirror` : ''})`;

/**
 * Writes the pinned commit's relevant files under `paths` into `tree`. Blobs the mirror lacks (its largest files
 * may be absent) are skipped and counted; they are images and fonts, never the sources read here. `keep` chooses the
 * files by path (default: what `urlleak code` reads and the configuration that decides how it reads them).
 */
export function writeTree(gitDir, commit, paths, tree, keep = KEEP) {
  const scoped = paths.includes('.') ? [] : paths;
  // Configuration at the root (tsconfig, package.json, .gitignore) decides how the subdirectories are read.
  const listing = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...scoped]).toString();
  const rootListing = scoped.length > 0 ? git(gitDir, ['ls-tree', '-z', commit]).toString() : '';
  const entries = new Map();
  for (const line of `${listing}\0${rootListing}`.split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!match || match[1] === '120000' || !keep.test(match[3]) || /(^|\/)node_modules\//.test(match[3])) continue;
    entries.set(match[3], match[2]);
  }
  const list = [...entries];
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: list.map(([, oid]) => oid).join('\n') + '\n',
    maxBuffer: 2 ** 31,
  });
  const out = batch.stdout;
  let offset = 0;
  let written = 0;
  let code = 0;
  let absent = 0;
  for (const [path] of list) {
    const end = out.indexOf(10, offset);
    const header = out.subarray(offset, end).toString();
    offset = end + 1;
    const parts = header.split(' ');
    if (parts[1] === 'missing' || parts.length < 3) {
      absent++;
      continue;
    }
    const size = Number(parts[2]);
    const file = join(tree, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out.subarray(offset, offset + size));
    offset += size + 1;
    written++;
    if (isCodeFile(path)) code++;
  }
  return { written, code, absent };
}

/** One `urlleak code` run: `args` after the binary, `cwd` its working directory; resolves with the JSON report. */
export function runUrlleak(args, cwd) {
  return runJsonReport(BIN, args, cwd, 'urlleak').then(({ json, ...outcome }) =>
    json === undefined ? outcome : { ...outcome, report: json },
  );
}

/**
 * Runs the node script `bin` with `args` in `cwd` and parses what it prints as JSON: `{ seconds, status, json }`, or
 * `{ seconds, failure }` naming `tool` and its stderr when the output is no JSON.
 */
export function runJsonReport(bin, args, cwd, tool) {
  const start = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - start) / 1000;
      try {
        resolvePromise({ seconds, status, json: JSON.parse(Buffer.concat(out).toString()) });
      } catch {
        resolvePromise({
          seconds,
          failure: `${tool} exited ${status} without a JSON report: ${Buffer.concat(err).toString().trim().slice(0, 500)}`,
        });
      }
    });
  });
}

/** Runs `task` over `items`, at most `limit` at a time; results in the items' order. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The benches' command lines: `--name value` or `--name=value` for the `valued` flags (flag → option key), bare
 * `booleans` (flag → option key, set true), and anything else offered to `positional` with the options (true when it
 * took the argument). `-h`/`--help` prints `usage` and exits 0; a mistake calls `fail` with the message.
 */
export function readFlags(argv, options, { valued, booleans, positional = () => false, usage, fail }) {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') {
      console.log(usage);
      process.exit(0);
    } else if (flag in valued) {
      const value = inline ?? argv[++index];
      if (value === undefined || value === '') fail(`${flag} needs a value`);
      options[valued[flag]] = value;
    } else if (flag in booleans) options[booleans[flag]] = true;
    else if (!positional(flag, options)) fail(`unknown argument ${arg}`);
  }
  if (!/^[1-9]\d*$/.test(options.jobs)) fail('--jobs needs a positive integer');
  options.jobs = Number(options.jobs);
  return options;
}

/** A bench's usage error: `bench:<bench>: <message>` and the usage on stderr, exit code 2. */
export function usageErrorOf(bench, usage) {
  return (message) => {
    console.error(`bench:${bench}: ${message}\n${usage}`);
    process.exit(2);
  };
}

/**
 * Where the pinned trees go by default: outside this repository, so that TypeScript resolves a tree's imports as in a
 * checkout without `node_modules` (the libraries' names, no types), not from urlleak's own `node_modules` above it
 * (urlleak's versions of express, fastify, ws…, without the project's plugins: qwiz's `@fastify/websocket` handler
 * read as a plain route, ghostfolio's outgoing `fetch` input read as an incoming request).
 */
export const defaultWork = (bench) => join(tmpdir(), 'urlleak-bench', bench);

/**
 * The options every one of these benches takes (--mirrors, --work, --repos, --only, --fresh, --jobs; repos.json in
 * `here`, the trees in `defaultWork(bench)`), plus the bench's own: their `defaults`, `valued` and `booleans` flags
 * and `positional` arguments as readFlags reads them.
 */
export function readBenchOptions(argv, { bench, here, usage, fail, defaults = {}, valued = {}, booleans = {}, positional }) {
  const options = {
    mirrors: process.env.URLLEAK_MIRRORS || '/work/.mirror',
    work: defaultWork(bench),
    repos: join(here, 'repos.json'),
    only: undefined,
    fresh: false,
    jobs: '1',
    ...defaults,
  };
  return readFlags(argv, options, {
    valued: { '--mirrors': 'mirrors', '--work': 'work', '--repos': 'repos', '--only': 'only', '--jobs': 'jobs', ...valued },
    booleans: { '--fresh': 'fresh', ...booleans },
    positional,
    usage,
    fail,
  });
}

/** A JSON file the bench reads (`what` names it in the message); one that cannot be read or parsed calls `fail`. */
export function readJson(path, what, fail) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read ${what} ${path}: ${error.message}`);
  }
}

/** The entries `only` names (--only: owner/name or name, comma-separated); all of them without it. */
export function selectRepos(entries, only) {
  if (only === undefined) return entries;
  const names = only.split(',').map((name) => name.trim());
  return entries.filter((entry) => names.some((name) => entry.repo === name || entry.repo.endsWith(`/${name}`)));
}

/** Calls `fail` unless urlleak is built: its binary and `built` (a file of dist/, the entry point by default). */
export function requireBuild(fail, built = join(ROOT, 'dist/src/index.js')) {
  if (!existsSync(BIN) || !existsSync(built)) fail('urlleak is not built: run `npm run build` first');
}

/** A label's verdict, as written in a triage.json. */
export const VERDICTS = ['TP', 'acceptable', 'FP'];

/**
 * A repos.json of the real-world benches: `{ repo, commit, paths }` entries (more keys are the bench's own). A bench
 * whose entries say otherwise than `paths` checks the rest of each entry with its own `validateEntry(entry, fail)`.
 */
export function validateRepos(repos, fail, validateEntry = validatePaths) {
  if (!Array.isArray(repos) || repos.length === 0) fail('repos.json must be a non-empty array');
  for (const repo of repos) {
    if (typeof repo?.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo.repo)) fail(`repos.json: bad "repo" in ${JSON.stringify(repo)}`);
    if (typeof repo.commit !== 'string' || !/^[0-9a-f]{40}$/.test(repo.commit)) fail(`repos.json: ${repo.repo} needs a 40-hex "commit"`);
    validateEntry(repo, fail);
  }
}

function validatePaths(repo, fail) {
  if (!Array.isArray(repo.paths) || repo.paths.length === 0)
    fail(`repos.json: ${repo.repo} needs "paths" (subdirectories to scan, "." for all)`);
}

/** A triage.json: `{ repo, commit, path, rule, verdict, reason, kind? }` entries. */
export function validateTriage(labels, fail) {
  if (!Array.isArray(labels)) fail('triage.json must be an array');
  for (const label of labels) {
    if (!VERDICTS.includes(label?.verdict)) fail(`triage.json: verdict must be one of ${VERDICTS.join(', ')} in ${JSON.stringify(label)}`);
    for (const key of ['repo', 'commit', 'path', 'rule'])
      if (typeof label[key] !== 'string') fail(`triage.json: "${key}" missing in ${JSON.stringify(label)}`);
    if (typeof label.reason !== 'string' || label.reason.trim() === '')
      fail(`triage.json: a reason is required in ${JSON.stringify(label)}`);
    if (label.kind !== undefined && typeof label.kind !== 'string')
      fail(`triage.json: "kind" must be a string in ${JSON.stringify(label)}`);
  }
}

/**
 * Each finding gets at most one label, each label serves at most one finding: same fingerprint at the same place
 * first, then the same fingerprint and rule anywhere, then the same (path, rule, line). Returns the label of each
 * matched finding and the labels left over.
 */
export function matchLabels(findings, labels) {
  const free = new Set(labels);
  const verdictOf = new Map();
  const passes = [
    (finding, label) =>
      label.fingerprint === finding.fingerprint && label.path === finding.location.path && label.line === finding.location.line,
    (finding, label) => label.fingerprint !== undefined && label.fingerprint === finding.fingerprint && label.rule === finding.ruleId,
    (finding, label) => label.path === finding.location.path && label.rule === finding.ruleId && label.line === finding.location.line,
  ];
  for (const same of passes) {
    for (const finding of findings) {
      if (verdictOf.has(finding)) continue;
      const label = [...free].find((candidate) => same(finding, candidate));
      if (!label) continue;
      free.delete(label);
      verdictOf.set(finding, label);
    }
  }
  return { verdictOf, unmatched: [...free] };
}

// The triage benches (bench/real-world for `urlleak code`, bench/real-world-config for `urlleak config`): each
// finding compared with a committed triage.json (TP / acceptable / FP), a section per repository and a summary.

/**
 * Runs a triage bench from its command line. What is the bench's own, in `bench`:
 * - `name` (bench/<name>/run.mjs), `here` (its folder: repos.json, triage.json), `jobsNote` (the usage's --jobs tail);
 * - `built`: the file of dist/ it needs, besides bin/urlleak.js (default: the entry point);
 * - `setup()`: what it loads from the build (optional; awaited), handed to `prepare`;
 * - `prepare(options, entry, gitDir, setup)`: the pinned tree, from pinnedTree; `written(prepared)`: what the heading
 *   says of a tree written anew;
 * - `scan(entry, prepared)`: the urlleak run (runUrlleak);
 * - `scanned(report, prepared)`: how many files urlleak read, after printing what the bench checks of the report;
 * - `levelCounts()`: its counts by level (all 0), kept beside findings, TP, acceptable, FP, untriaged and lost;
 *   `countLevel(counts, level, verdict)` counts a finding in them, with `verdict` TP, FP, Acceptable or Untriaged;
 * - `ruleWidth`, `kindWidth`: how wide a rule and an FP kind are printed;
 * - `repoLine(counts, scanned, stale)`: a repository's line of counts; `summary`: the summary's `levels` and
 *   `precisions` columns (see triageSummary); `totals(total)`: prints the lines under the summary table.
 */
export async function runTriageBench(bench) {
  const usage = triageUsage(bench.name, bench.jobsNote);
  const fail = usageErrorOf(bench.name, usage);
  const options = readTriageOptions(process.argv.slice(2), { bench: bench.name, here: bench.here, usage, fail });
  const { labels, selected } = readTriageInputs(options, fail);
  requireBuild(fail, bench.built);
  const setup = await bench.setup?.();
  const emptyCounts = () => ({ findings: 0, TP: 0, acceptable: 0, FP: 0, untriaged: 0, lost: 0, ...bench.levelCounts() });

  const started = performance.now();
  const total = emptyCounts();
  const rows = [];
  const untriagedStubs = [];
  /** FP findings of this run by the label's kind: what the risk model of issue #12 must remove. */
  const fpKinds = new Map();
  const { found, missing } = pinnedMirrors(selected, options.mirrors);
  const ready = found.map(({ entry, gitDir }) => ({ entry, prepared: bench.prepare(options, entry, gitDir, setup) }));
  const results = await pool(ready, options.jobs, ({ entry, prepared }) => bench.scan(entry, prepared));
  for (const [index, { entry, prepared }] of ready.entries()) {
    const result = results[index];
    console.log(
      `\n## ${pinName(entry)}  [${entry.paths.join(' ')}]  ${result.seconds.toFixed(1)} s${treeNote(prepared, bench.written(prepared))}`,
    );
    const report = scanReport(result, entry, missing);
    if (!report) continue;
    const scanned = bench.scanned(report, prepared);
    const { findings, stale, verdictOf, unmatched } = judgeFindings(report, labels, entry);
    const counts = emptyCounts();
    const fresh = [];
    for (const finding of findings) {
      const label = verdictOf.get(finding);
      counts.findings++;
      if (label) {
        counts[label.verdict]++;
        if (label.verdict === 'FP') addFalsePositive(fpKinds, label, entry, finding);
      } else {
        counts.untriaged++;
        fresh.push(finding);
      }
      bench.countLevel(counts, finding.level, verdictKey(label));
      if (options.list) listFinding(finding, label, bench.ruleWidth);
    }
    const lost = unmatched.filter((label) => label.verdict === 'TP');
    counts.lost = lost.length;
    console.log(bench.repoLine(counts, scanned, stale));
    printNewAndLost(fresh, lost, unmatched, bench.ruleWidth);
    untriagedStubs.push(...fresh.map((finding) => untriagedStub(entry, finding)));
    addCounts(total, counts);
    rows.push({ repo: entry.repo, seconds: result.seconds, counts, scanned });
  }
  const seconds = (performance.now() - started) / 1000;

  console.log('\n## Summary');
  const { header, table } = triageSummary(rows, total, bench.summary);
  printTable(header, table);
  bench.totals(total);
  const scanSeconds = rows.reduce((sum, row) => sum + row.seconds, 0);
  console.log(
    `NEW untriaged: ${total.untriaged}   LOST TPs: ${total.lost}   whole bench: ${seconds.toFixed(1)} s wall (${scanSeconds.toFixed(1)} s of scans, ${options.jobs} at a time)`,
  );
  printFalsePositiveKinds(fpKinds, bench.kindWidth);
  if (options.markdown) printMarkdownTable(header, table);
  printNotMeasured(missing, selected.length);
  if (options.writeUntriaged) {
    writeFileSync(options.writeUntriaged, `${JSON.stringify(untriagedStubs, null, 2)}\n`);
    console.log(`\n${untriagedStubs.length} untriaged findings written to ${options.writeUntriaged}`);
  }
}

/** A triage bench's usage; `jobsNote` says more of --jobs after its default. */
const triageUsage = (name, jobsNote = '') => `usage: node bench/${name}/run.mjs [options]
  --mirrors <dir>          where the bare git mirrors are (default: $URLLEAK_MIRRORS or /work/.mirror)
  --work <dir>             where pinned trees are written and kept between runs (default: ${defaultWork(name)})
  --repos <file>           repositories and commits (default: bench/${name}/repos.json)
  --triage <file>          labels (default: bench/${name}/triage.json)
  --only <name,...>        only these repositories (owner/name or name)
  --write-untriaged <file> also write the untriaged findings as triage entries to fill in (verdict and reason empty)
  --list                   print every finding with its verdict, not only the new and lost ones
  --markdown               print the summary as a Markdown table too
  --fresh                  write the pinned trees again even if present
  --jobs <n>               scans run at once (default 1${jobsNote})`;

/** A triage bench's options (see triageUsage): the common ones, --triage, --write-untriaged, --list, --markdown. */
function readTriageOptions(argv, { bench, here, usage, fail }) {
  return readBenchOptions(argv, {
    bench,
    here,
    usage,
    fail,
    defaults: { triage: join(here, 'triage.json'), writeUntriaged: undefined, list: false, markdown: false },
    valued: { '--triage': 'triage', '--write-untriaged': 'writeUntriaged' },
    booleans: { '--list': 'list', '--markdown': 'markdown' },
  });
}

/**
 * A triage bench's inputs: its repos.json and triage.json (none is no labels) read and checked, and the entries --only
 * selects (none is a usage error).
 */
function readTriageInputs(options, fail) {
  const repos = readJson(resolve(options.repos), 'repos', fail);
  validateRepos(repos, fail);
  const labels = existsSync(options.triage) ? readJson(resolve(options.triage), 'triage', fail) : [];
  validateTriage(labels, fail);
  const selected = selectRepos(repos, options.only);
  if (options.only && selected.length === 0) fail(`--only matches no repository in ${options.repos}`);
  return { labels, selected };
}

/**
 * The JSON report of one repository's scan, its urlleak errors printed; undefined when the scan failed (said, and
 * added to `missing`).
 */
function scanReport(result, entry, missing) {
  if (result.failure) {
    console.log(`  SCAN FAILED: ${result.failure}`);
    missing.push(`${entry.repo}: scan failed`);
    return undefined;
  }
  for (const error of result.report.errors ?? []) console.log(`  urlleak error: ${short(`${error.path}: ${error.message}`, 200)}`);
  return result.report;
}

/**
 * One repository's findings (in reading order) judged by the labels of its pinned commit (see matchLabels); `stale`
 * counts its labels for another commit, which are ignored.
 */
function judgeFindings(report, labels, entry) {
  const findings = [...report.findings].sort(byPlace);
  const pinned = labels.filter((label) => label.repo === entry.repo && label.commit === entry.commit);
  const stale = labels.filter((label) => label.repo === entry.repo && label.commit !== entry.commit).length;
  return { findings, stale, ...matchLabels(findings, pinned) };
}

/** The tail of a count's name for a finding with this label: TP, FP, Acceptable, or Untriaged when it has none. */
const verdictKey = (label) => (label === undefined ? 'Untriaged' : label.verdict === 'acceptable' ? 'Acceptable' : label.verdict);

/** A finding as --list prints it: its label's verdict (NEW when none), level, rule (`ruleWidth` wide), place, reason. */
function listFinding(finding, label, ruleWidth) {
  console.log(
    `  ${(label?.verdict ?? 'NEW').padEnd(10)} ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(ruleWidth)} ${finding.location.path}:${finding.location.line}${label ? `  — ${label.reason}` : ''}`,
  );
}

/** Counts a finding labeled FP under its label's kind in `kinds`. */
function addFalsePositive(kinds, label, entry, finding) {
  const kind = label.kind ?? 'unclassified';
  kinds.set(kind, [...(kinds.get(kind) ?? []), `${entry.repo} ${finding.location.path}:${finding.location.line} (${finding.level})`]);
}

/** The false positives by kind, most first, each with its first place; `width` pads the kind. */
function printFalsePositiveKinds(kinds, width) {
  if (kinds.size === 0) return;
  console.log('\nFalse positives still reported, by kind:');
  for (const [kind, places] of [...kinds].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])))
    console.log(`  ${String(places.length).padStart(3)}  ${kind.padEnd(width)} e.g. ${places[0]}`);
}

/**
 * A repository's NEW untriaged findings (`fresh`), its LOST true positives (`lost`: TP labels no finding matched) and
 * how many of the other `unmatched` labels are gone; `ruleWidth` pads the rule.
 */
function printNewAndLost(fresh, lost, unmatched, ruleWidth) {
  if (fresh.length > 0) {
    console.log(`  NEW untriaged (${fresh.length}):`);
    for (const finding of fresh)
      console.log(
        `    ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(ruleWidth)} ${finding.location.path}:${finding.location.line}  ${short(finding.message)}`,
      );
  }
  if (lost.length > 0) {
    console.log(`  LOST TPs (${lost.length}, labeled TP, no longer reported):`);
    for (const label of lost) console.log(`    ${label.rule.padEnd(ruleWidth)} ${label.path}:${label.line}  — ${label.reason}`);
  }
  const gone = unmatched.length - lost.length;
  if (gone > 0) console.log(`  ${gone} acceptable/FP labels no longer reported (gone: fine if the engine improved)`);
}

/** A triage entry to fill in (verdict and reason empty) for an untriaged finding. */
const untriagedStub = (entry, finding) => ({
  repo: entry.repo,
  commit: entry.commit,
  path: finding.location.path,
  line: finding.location.line,
  rule: finding.ruleId,
  level: finding.level,
  fingerprint: finding.fingerprint,
  verdict: '',
  reason: '',
  message: finding.message,
});

/** Adds each count of `counts` to `total`'s (the keys are `total`'s). */
function addCounts(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key];
}

/**
 * A triage bench's summary: its `header` and its `table`, a row per repository (`{ repo, scanned, counts, seconds }`)
 * then the total's. The columns: files, findings, the findings by level (`levels`: the title, and the cell of a row's
 * counts), the verdicts, the `precisions` (title → the cell of a row's counts), the lost TPs and the seconds.
 */
function triageSummary(rows, total, { levels: [levelsTitle, levelsCell], precisions }) {
  const header = ['repository', 'files', 'findings', levelsTitle, 'TP', 'acceptable', 'FP', 'untriaged', ...Object.keys(precisions)];
  const line = ({ repo, scanned, counts, seconds }) => [
    repo,
    scanned,
    counts.findings,
    levelsCell(counts),
    counts.TP,
    counts.acceptable,
    counts.FP,
    counts.untriaged,
    ...Object.values(precisions).map((precision) => precision(counts)),
    counts.lost,
    seconds.toFixed(1),
  ];
  const sum = (key) => rows.reduce((all, row) => all + row[key], 0);
  const table = [...rows.map(line), line({ repo: 'TOTAL', counts: total, seconds: sum('seconds'), scanned: sum('scanned') })];
  return { header: [...header, 'lost TPs', 'seconds'], table };
}

/** The same table in Markdown, after a blank line. */
function printMarkdownTable(header, rows) {
  console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
}

// Printing shared by all three benches.

/** `part / whole` with two decimals, or — when `whole` is 0. */
export const fraction = (part, whole) => (whole === 0 ? '—' : (part / whole).toFixed(2));

/** A table in padded columns: the header, then each row. */
export function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => String(cells[column]).length)));
  const format = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  console.log(format(header));
  for (const cells of rows) console.log(format(cells));
}

/** Why the repositories in `missing` were not measured, of `count` selected; nothing when none is missing. */
export function printNotMeasured(missing, count) {
  if (missing.length === 0) return;
  console.log(`\nNOT MEASURED (${missing.length} of ${count}):`);
  for (const reason of missing) console.log(`  ${reason}`);
}

/** Findings in reading order: path, line, rule. */
export const byPlace = (a, b) =>
  a.location.path.localeCompare(b.location.path) || a.location.line - b.location.line || a.ruleId.localeCompare(b.ruleId);

/** One line of at most `length` characters. */
export function short(text, length = 110) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
