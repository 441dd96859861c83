// npm run bench:real-world-config — `urlleak config` on real public repositories pinned at commits, compared with a
// committed triage of every finding (TP / acceptable / FP, one line of reason each). Prints, per repository and
// overall, the findings by verdict, the precision of warning findings (access-log-query), the notes' apart, NEW
// untriaged findings and LOST true positives. The model is bench/real-world (the same for `urlleak code`), whose
// runTriageBench (bench/real-world/helpers.mjs) reads the options, finds the mirrors, runs urlleak, matches the labels
// and prints; this file holds what is the configuration bench's own.
//
// Nothing is downloaded here and no configuration of theirs is committed: each repository must already be a bare git
// mirror (the session tool `fetch github:<owner>/<name>`, or `git clone --bare`) under the mirrors directory. From the
// pinned commit, the configuration files under the scanned paths (CONFIG_GLOBS of src/files/file-kind.ts, the walk of
// `urlleak config`) are written to a work directory, with the files their nginx `include`s name (`proxy_params`,
// `h5bp/basic.conf`…) wherever these are in the repository; then `urlleak config <paths> -f json` runs there.
//
// A bench, not a test: the exit code is 0 whatever the numbers, 2 only on a usage error (a bad option, an unreadable
// repos.json or triage.json, urlleak not built). See bench/real-world-config/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { fraction, git, pinnedTree, ROOT, runTriageBench, runUrlleak, short, writeTree } from '../real-world/helpers.mjs';

/** Bumped when what is written into a tree changes, so that trees written before are written again. */
const TREE_VERSION = 1;
const FILE_KINDS = join(ROOT, 'dist/src/files/file-kind.js');

/** The blobs of a commit (symbolic links left out: they name a file elsewhere, often outside the repository). */
function blobsOf(gitDir, commit) {
  const paths = [];
  for (const line of git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString().split('\0')) {
    const match = /^(\d+) blob [0-9a-f]+\t(.*)$/s.exec(line);
    if (match && match[1] !== '120000' && !/(^|\/)node_modules\//.test(match[2])) paths.push(match[2]);
  }
  return paths;
}

const under = (path, paths) => paths.includes('.') || paths.some((scope) => path === scope || path.startsWith(`${scope}/`));

/** nginx `include` arguments of a file (comments removed first); other servers' includes are not followed by urlleak. */
function nginxIncludes(text) {
  const uncommented = text.replace(/(^|[\s;{}])#[^\n]*/g, '$1');
  return [...uncommented.matchAll(/(?:^|[\s;{}])include\s+("[^"]+"|'[^']+'|[^\s;'"]+)\s*;/g)].map((match) =>
    match[1].replace(/^["']|["']$/g, ''),
  );
}

/**
 * The repository files a written file's nginx `include`s name, resolved as urlleak resolves them (against the
 * including file's folder, then against the folder of the first file of the chain) and kept only when they exist in
 * the commit; absolute paths (`/etc/nginx/conf.d/*.conf`) name the server's disk, not the repository.
 */
function includedFiles(text, path, root, blobs) {
  const found = [];
  for (const pattern of nginxIncludes(text)) {
    if (pattern.startsWith('/') || pattern.includes('$')) continue;
    for (const base of [posix.dirname(path), posix.dirname(root)]) {
      const full = posix.normalize(posix.join(base, pattern));
      if (full.startsWith('..')) continue;
      const matches = picomatch(full, { dot: true });
      const hits = blobs.filter((blob) => matches(blob));
      if (hits.length > 0) {
        found.push(...hits);
        break;
      }
    }
  }
  return found;
}

/**
 * Writes the configuration files of `entry.paths` at the pinned commit into the work tree, then the files their
 * nginx includes name (followed until none is new). Reused when written before with the same commit and paths.
 */
function prepareTree(options, entry, gitDir, isConfig) {
  const wanted = { version: TREE_VERSION, commit: entry.commit, paths: entry.paths };
  return pinnedTree(options, entry, wanted, (tree) => writeConfigs(gitDir, entry, tree, isConfig));
}

function writeConfigs(gitDir, entry, tree, isConfig) {
  const blobs = blobsOf(gitDir, entry.commit);
  const configs = blobs.filter((path) => under(path, entry.paths) && isConfig(path));
  const written = new Set();
  let absent = 0;
  /** Each file written, with the first file of its include chain (includes resolve against that file's folder too). */
  let batch = configs.map((path) => ({ path, root: path }));
  while (batch.length > 0) {
    const paths = new Set(batch.map((item) => item.path).filter((path) => !written.has(path)));
    if (paths.size === 0) break;
    absent += writeTree(gitDir, entry.commit, ['.'], tree, { test: (path) => paths.has(path) }).absent;
    for (const path of paths) written.add(path);
    const next = [];
    for (const { path, root } of batch) {
      const file = join(tree, path);
      if (!existsSync(file)) continue;
      for (const included of includedFiles(readFileSync(file, 'utf8'), path, root, blobs))
        if (!written.has(included)) next.push({ path: included, root });
    }
    batch = next;
  }
  return { configs: configs.length, included: written.size - configs.length, absent };
}

/** The files `urlleak config` walks, from the build itself, so that the bench writes what the walk would read. */
async function loadIsConfig() {
  const { CONFIG_GLOBS } = await import(pathToFileURL(FILE_KINDS).href);
  return picomatch([...CONFIG_GLOBS], { dot: true, nocase: true });
}

/** One `urlleak config` run in the pinned tree. */
function scan(entry, prepared) {
  return runUrlleak(['config', ...entry.paths, ...(entry.args ?? []), '-f', 'json'], prepared.tree);
}

/** How many files urlleak read, after its notices; fewer than the configuration files written is worth a look. */
function scanned(report, prepared) {
  for (const notice of report.notices ?? []) console.log(`  urlleak notice: ${short(`${notice.path}: ${notice.message}`, 200)}`);
  const count = report.summary?.filesScanned ?? 0;
  if (count < prepared.configs) console.log(`  WARNING: urlleak read ${count} files of ${prepared.configs} configuration files written`);
  return count;
}

/** Notes apart from the rest (warnings: access-log-query), each with their verdicts (warningTP, noteFP…). */
function levelCounts() {
  const counts = {};
  for (const level of ['warning', 'note']) for (const key of ['', 'TP', 'Acceptable', 'FP', 'Untriaged']) counts[`${level}${key}`] = 0;
  return counts;
}

const ratio = (tp, fp) => fraction(tp, tp + fp);
const precision = (counts) => ratio(counts.warningTP, counts.warningFP);
const notePrecision = (counts) => ratio(counts.noteTP, counts.noteFP);

function countLevel(counts, level, verdict) {
  const key = level === 'note' ? 'note' : 'warning';
  counts[key]++;
  counts[`${key}${verdict}`]++;
}

await runTriageBench({
  name: 'real-world-config',
  here: dirname(fileURLToPath(import.meta.url)),
  built: FILE_KINDS,
  setup: loadIsConfig,
  prepare: prepareTree,
  written: (prepared) => `${prepared.configs} configuration files, ${prepared.included} more they include`,
  scan,
  scanned,
  levelCounts,
  countLevel,
  ruleWidth: 18,
  kindWidth: 24,
  repoLine: (counts, scanned, stale) =>
    `  ${scanned} files read, ${counts.findings} findings (${counts.warning} warning, ${counts.note} note): ` +
    `${counts.TP} TP, ${counts.acceptable} acceptable, ${counts.FP} FP, ${counts.untriaged} untriaged; ` +
    `precision (warning) ${precision(counts)}${stale ? `; ${stale} labels for another commit ignored` : ''}`,
  summary: {
    levels: ['warn/note', (counts) => `${counts.warning}/${counts.note}`],
    precisions: { 'precision (warning)': precision, 'precision (note)': notePrecision },
  },
  totals(total) {
    console.log(
      `\nwarning findings (access-log-query): ${total.warningTP} TP, ${total.warningAcceptable} acceptable (counted apart), ${total.warningFP} FP, ${total.warningUntriaged} untriaged → precision ${precision(total)}`,
    );
    console.log(
      `note findings (access-log-referer): ${total.noteTP} TP, ${total.noteAcceptable} acceptable (counted apart), ${total.noteFP} FP, ${total.noteUntriaged} untriaged → precision ${notePrecision(total)}`,
    );
  },
});
