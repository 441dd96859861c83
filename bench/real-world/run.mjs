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
// The run itself (options, mirrors, trees, matching the labels, what is printed) is runTriageBench of helpers.mjs,
// shared with bench/real-world-config; this file holds what is the code bench's own.
//
// A bench, not a test: the exit code is 0 whatever the numbers, 2 only on a usage error (a bad option, an unreadable
// repos.json or triage.json). See bench/real-world/README.md.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fraction, pinnedTree, runTriageBench, runUrlleak, writeTree } from './helpers.mjs';

/** Written at the tree's root when repos.json gives a "tsconfig" (its own cannot be read without node_modules). */
const BENCH_TSCONFIG = 'urlleak-bench.tsconfig.json';

/** The pinned commit's code under the entry's paths, plus the root's files, and its "tsconfig" if it gives one. */
function prepareTree(options, entry, gitDir) {
  const wanted = { commit: entry.commit, paths: entry.paths, tsconfig: entry.tsconfig ?? null };
  return pinnedTree(options, entry, wanted, (tree) => {
    const counts = writeTree(gitDir, entry.commit, entry.paths, tree);
    if (entry.tsconfig) writeFileSync(join(tree, BENCH_TSCONFIG), `${JSON.stringify(entry.tsconfig, null, 2)}\n`);
    return counts;
  });
}

/** One `urlleak code` run in the pinned tree; its wall time is the repository's "seconds". */
function scan(entry, prepared) {
  const project = entry.tsconfig ? ['--project', BENCH_TSCONFIG] : [];
  return runUrlleak(['code', ...entry.paths, ...project, ...(entry.args ?? []), '-f', 'json'], prepared.tree);
}

/** How many files urlleak scanned; the tree holds the scanned subdirectories' code plus the root's: fewer is worth a look. */
function scanned(report, prepared) {
  const count = report.summary?.filesScanned ?? 0;
  if (count === 0 || count < prepared.code * 0.5)
    console.log(`  WARNING: urlleak scanned ${count} files of ${prepared.code} code files written`);
  return count;
}

/** By level, and the verdicts of error and warning findings apart (ewTP, ewFP…): their precision is the one that counts. */
const levelCounts = () => ({ error: 0, warning: 0, note: 0, ewTP: 0, ewAcceptable: 0, ewFP: 0, ewUntriaged: 0 });

function countLevel(counts, level, verdict) {
  counts[level] = (counts[level] ?? 0) + 1;
  if (level === 'error' || level === 'warning') counts[`ew${verdict}`]++;
}

const precision = (counts) => fraction(counts.ewTP, counts.ewTP + counts.ewFP);

await runTriageBench({
  name: 'real-world',
  here: dirname(fileURLToPath(import.meta.url)),
  jobsNote: ", so that each repository's seconds are its own; 2 saves ~10%",
  prepare: prepareTree,
  written: (prepared) => `${prepared.written} files`,
  scan,
  scanned,
  levelCounts,
  countLevel,
  ruleWidth: 22,
  kindWidth: 22,
  repoLine: (counts, scanned, stale) =>
    `  ${scanned} files scanned, ${counts.findings} findings (${counts.error} error, ${counts.warning} warning, ${counts.note} note): ` +
    `${counts.TP} TP, ${counts.acceptable} acceptable, ${counts.FP} FP, ${counts.untriaged} untriaged; ` +
    `precision (error+warning) ${precision(counts)}${stale ? `; ${stale} labels for another commit ignored` : ''}`,
  summary: {
    levels: ['err/warn/note', (counts) => `${counts.error}/${counts.warning}/${counts.note}`],
    precisions: { 'precision (e+w)': precision },
  },
  totals: (total) =>
    console.log(
      `\nerror+warning findings: ${total.ewTP} TP, ${total.ewAcceptable} acceptable (counted apart), ${total.ewFP} FP, ${total.ewUntriaged} untriaged → precision ${precision(total)}`,
    ),
});
