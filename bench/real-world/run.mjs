// npm run bench:real-world — `urlleak code` on real public repositories pinned at commits, compared with a committed
// triage of every finding (TP / acceptable / FP, one line of reason each). Prints, per repository and overall, the
// findings by verdict, the precision of error+warning findings, NEW untriaged findings and LOST true positives.
//
// Nothing is downloaded here and no code of theirs is committed: each repository must already be a bare git mirror
// (the session tool `fetch github:<owner>/<name>`, or `git clone --bare`) under the mirrors directory, as
// `<owner>+<name>/repo`, `<owner>+<name>` or `<owner>+<name>.git`. The pinned commit's source files (and tsconfig,
// package.json) under the scanned subdirectories, plus the root's, are written to a work directory and scanned there
// (git-ignored files are not in a commit, so no .gitignore is written).
//
// A bench, not a test: the exit code is 0 whatever the numbers, 2 only on a usage error (a bad option, an unreadable
// repos.json or triage.json). See bench/real-world/README.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BIN,
  byPlace,
  findMirror,
  hasCommit,
  matchLabels,
  pool,
  readFlags,
  ROOT,
  runUrlleak,
  short,
  validateRepos as checkRepos,
  validateTriage as checkTriage,
  writeTree,
} from './helpers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Written at the tree's root when repos.json gives a "tsconfig" (its own cannot be read without node_modules). */
const BENCH_TSCONFIG = 'urlleak-bench.tsconfig.json';

const USAGE = `usage: node bench/real-world/run.mjs [options]
  --mirrors <dir>          where the bare git mirrors are (default: $URLLEAK_MIRRORS or /work/.mirror)
  --work <dir>             where pinned trees are written and kept between runs (default: bench/.work/real-world)
  --repos <file>           repositories and commits (default: bench/real-world/repos.json)
  --triage <file>          labels (default: bench/real-world/triage.json)
  --only <name,...>        only these repositories (owner/name or name)
  --write-untriaged <file> also write the untriaged findings as triage entries to fill in (verdict and reason empty)
  --list                   print every finding with its verdict, not only the new and lost ones
  --markdown               print the summary as a Markdown table too
  --fresh                  write the pinned trees again even if present
  --jobs <n>               scans run at once (default 1, so that each repository's seconds are its own; 2 saves ~10%)`;

function usageError(message) {
  console.error(`bench:real-world: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    mirrors: process.env.URLLEAK_MIRRORS || '/work/.mirror',
    work: join(ROOT, 'bench/.work/real-world'),
    repos: join(HERE, 'repos.json'),
    triage: join(HERE, 'triage.json'),
    only: undefined,
    writeUntriaged: undefined,
    list: false,
    markdown: false,
    fresh: false,
    jobs: '1',
  };
  const valued = {
    '--jobs': 'jobs',
    '--mirrors': 'mirrors',
    '--work': 'work',
    '--repos': 'repos',
    '--triage': 'triage',
    '--only': 'only',
    '--write-untriaged': 'writeUntriaged',
  };
  readFlags(argv, options, {
    valued,
    booleans: { '--list': 'list', '--markdown': 'markdown', '--fresh': 'fresh' },
    usage: USAGE,
    fail: usageError,
  });
  return options;
}

function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    usageError(`cannot read ${what} ${path}: ${error.message}`);
  }
}

const validateRepos = (repos) => checkRepos(repos, usageError);
const validateTriage = (labels) => checkTriage(labels, usageError);

function prepareTree(options, entry, gitDir) {
  const tree = join(options.work, `${entry.repo.replace('/', '+')}@${entry.commit.slice(0, 12)}`);
  const marker = join(tree, '.urlleak-bench-tree.json');
  const wanted = { commit: entry.commit, paths: entry.paths, tsconfig: entry.tsconfig ?? null };
  if (!options.fresh && existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8'));
    if (JSON.stringify(previous.wanted) === JSON.stringify(wanted)) return { tree, reused: true, ...previous.counts };
  }
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const counts = writeTree(gitDir, entry.commit, entry.paths, tree);
  if (entry.tsconfig) writeFileSync(join(tree, BENCH_TSCONFIG), `${JSON.stringify(entry.tsconfig, null, 2)}\n`);
  writeFileSync(marker, JSON.stringify({ wanted, counts }));
  return { tree, reused: false, ...counts };
}

/** One `urlleak code` run in the pinned tree; its wall time is the repository's "seconds". */
function scan(entry, tree) {
  const project = entry.tsconfig ? ['--project', BENCH_TSCONFIG] : [];
  return runUrlleak(['code', ...entry.paths, ...project, ...(entry.args ?? []), '-f', 'json'], tree);
}

function emptyCounts() {
  return {
    findings: 0,
    error: 0,
    warning: 0,
    note: 0,
    TP: 0,
    acceptable: 0,
    FP: 0,
    untriaged: 0,
    ewTP: 0,
    ewAcceptable: 0,
    ewFP: 0,
    ewUntriaged: 0,
    lost: 0,
  };
}

function add(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key];
}

const precision = (counts) => (counts.ewTP + counts.ewFP === 0 ? '—' : (counts.ewTP / (counts.ewTP + counts.ewFP)).toFixed(2));

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = readJson(resolve(options.repos), 'repos');
  validateRepos(repos);
  const labels = existsSync(options.triage) ? readJson(resolve(options.triage), 'triage') : [];
  validateTriage(labels);
  const only = options.only?.split(',').map((name) => name.trim());
  const selected = only ? repos.filter((entry) => only.some((name) => entry.repo === name || entry.repo.endsWith(`/${name}`))) : repos;
  if (only && selected.length === 0) usageError(`--only matches no repository in ${options.repos}`);
  if (!existsSync(BIN) || !existsSync(join(ROOT, 'dist/src/index.js'))) usageError('urlleak is not built: run `npm run build` first');

  const started = performance.now();
  const total = emptyCounts();
  const rows = [];
  const missing = [];
  const untriagedStubs = [];
  /** FP findings of this run by the label's kind: what the risk model of issue #12 must remove. */
  const fpKinds = new Map();
  const ready = [];
  for (const entry of selected) {
    const gitDir = findMirror(options.mirrors, entry.repo);
    if (!gitDir) {
      missing.push(
        `${entry.repo}: no mirror under ${options.mirrors} (fetch github:${entry.repo}, or git clone --bare into ${join(options.mirrors, entry.repo.replace('/', '+'))}.git)`,
      );
      continue;
    }
    if (!hasCommit(gitDir, entry.commit)) {
      missing.push(
        `${entry.repo}: the mirror ${gitDir} lacks commit ${entry.commit} (fetch it again, or pin another commit and re-triage)`,
      );
      continue;
    }
    ready.push({ entry, prepared: prepareTree(options, entry, gitDir) });
  }
  const results = await pool(ready, options.jobs, ({ entry, prepared }) => scan(entry, prepared.tree));
  for (const [index, { entry, prepared }] of ready.entries()) {
    const result = results[index];
    console.log(
      `\n## ${entry.repo}@${entry.commit.slice(0, 12)}  [${entry.paths.join(' ')}]  ${result.seconds.toFixed(1)} s${prepared.reused ? '' : ` (tree written: ${prepared.written} files${prepared.absent ? `, ${prepared.absent} absent from the mirror` : ''})`}`,
    );
    if (result.failure) {
      console.log(`  SCAN FAILED: ${result.failure}`);
      missing.push(`${entry.repo}: scan failed`);
      continue;
    }
    const { report } = result;
    for (const error of report.errors ?? []) console.log(`  urlleak error: ${short(`${error.path}: ${error.message}`, 200)}`);
    const scanned = report.summary?.filesScanned ?? 0;
    // The tree holds the scanned subdirectories' code plus the root's files: fewer scanned than that is worth a look.
    if (scanned === 0 || scanned < prepared.code * 0.5)
      console.log(`  WARNING: urlleak scanned ${scanned} files of ${prepared.code} code files written`);
    const findings = [...report.findings].sort(byPlace);
    const repoLabels = labels.filter((label) => label.repo === entry.repo && label.commit === entry.commit);
    const stale = labels.filter((label) => label.repo === entry.repo && label.commit !== entry.commit).length;
    const { verdictOf, unmatched } = matchLabels(findings, repoLabels);
    const counts = emptyCounts();
    const fresh = [];
    for (const finding of findings) {
      counts.findings++;
      counts[finding.level] = (counts[finding.level] ?? 0) + 1;
      const verdict = verdictOf.get(finding)?.verdict;
      const errorOrWarning = finding.level === 'error' || finding.level === 'warning';
      if (verdict) {
        counts[verdict]++;
        if (verdict === 'FP') {
          const kind = verdictOf.get(finding).kind ?? 'unclassified';
          fpKinds.set(kind, [
            ...(fpKinds.get(kind) ?? []),
            `${entry.repo} ${finding.location.path}:${finding.location.line} (${finding.level})`,
          ]);
        }
        if (errorOrWarning) counts[verdict === 'TP' ? 'ewTP' : verdict === 'FP' ? 'ewFP' : 'ewAcceptable']++;
      } else {
        counts.untriaged++;
        if (errorOrWarning) counts.ewUntriaged++;
        fresh.push(finding);
      }
      if (options.list) {
        const label = verdictOf.get(finding);
        console.log(
          `  ${(verdict ?? 'NEW').padEnd(10)} ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(22)} ${finding.location.path}:${finding.location.line}${label ? `  — ${label.reason}` : ''}`,
        );
      }
    }
    const lost = unmatched.filter((label) => label.verdict === 'TP');
    counts.lost = lost.length;
    console.log(
      `  ${scanned} files scanned, ${counts.findings} findings (${counts.error} error, ${counts.warning} warning, ${counts.note} note): ` +
        `${counts.TP} TP, ${counts.acceptable} acceptable, ${counts.FP} FP, ${counts.untriaged} untriaged; ` +
        `precision (error+warning) ${precision(counts)}${stale ? `; ${stale} labels for another commit ignored` : ''}`,
    );
    if (fresh.length > 0) {
      console.log(`  NEW untriaged (${fresh.length}):`);
      for (const finding of fresh)
        console.log(
          `    ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(22)} ${finding.location.path}:${finding.location.line}  ${short(finding.message)}`,
        );
    }
    if (lost.length > 0) {
      console.log(`  LOST TPs (${lost.length}, labeled TP, no longer reported):`);
      for (const label of lost) console.log(`    ${label.rule.padEnd(22)} ${label.path}:${label.line}  — ${label.reason}`);
    }
    const gone = unmatched.length - lost.length;
    if (gone > 0) console.log(`  ${gone} acceptable/FP labels no longer reported (gone: fine if the engine improved)`);
    for (const finding of fresh) {
      untriagedStubs.push({
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
    }
    add(total, counts);
    rows.push({ repo: entry.repo, seconds: result.seconds, counts, scanned });
  }
  const seconds = (performance.now() - started) / 1000;
  const scanSeconds = rows.reduce((sum, row) => sum + row.seconds, 0);

  console.log('\n## Summary');
  const header = [
    'repository',
    'files',
    'findings',
    'err/warn/note',
    'TP',
    'acceptable',
    'FP',
    'untriaged',
    'precision (e+w)',
    'lost TPs',
    'seconds',
  ];
  const line = (row) => [
    row.repo,
    row.scanned,
    row.counts.findings,
    `${row.counts.error}/${row.counts.warning}/${row.counts.note}`,
    row.counts.TP,
    row.counts.acceptable,
    row.counts.FP,
    row.counts.untriaged,
    precision(row.counts),
    row.counts.lost,
    row.seconds.toFixed(1),
  ];
  const table = [
    ...rows.map(line),
    line({ repo: 'TOTAL', counts: total, seconds: scanSeconds, scanned: rows.reduce((sum, row) => sum + row.scanned, 0) }),
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => String(cells[column]).length)));
  const format = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  console.log(format(header));
  for (const cells of table) console.log(format(cells));
  console.log(
    `\nerror+warning findings: ${total.ewTP} TP, ${total.ewAcceptable} acceptable (counted apart), ${total.ewFP} FP, ${total.ewUntriaged} untriaged → precision ${precision(total)}`,
  );
  console.log(
    `NEW untriaged: ${total.untriaged}   LOST TPs: ${total.lost}   whole bench: ${seconds.toFixed(1)} s wall (${scanSeconds.toFixed(1)} s of scans, ${options.jobs} at a time)`,
  );
  if (fpKinds.size > 0) {
    console.log('\nFalse positives still reported, by kind:');
    for (const [kind, places] of [...fpKinds].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      console.log(`  ${String(places.length).padStart(3)}  ${kind.padEnd(22)} e.g. ${places[0]}`);
    }
  }
  if (options.markdown) {
    console.log(`\n| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
    for (const cells of table) console.log(`| ${cells.join(' | ')} |`);
  }
  if (missing.length > 0) {
    console.log(`\nNOT MEASURED (${missing.length} of ${selected.length}):`);
    for (const reason of missing) console.log(`  ${reason}`);
  }
  if (options.writeUntriaged) {
    writeFileSync(options.writeUntriaged, `${JSON.stringify(untriagedStubs, null, 2)}\n`);
    console.log(`\n${untriagedStubs.length} untriaged findings written to ${options.writeUntriaged}`);
  }
}

await main();
