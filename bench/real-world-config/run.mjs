// npm run bench:real-world-config — `urlleak config` on real public repositories pinned at commits, compared with a
// committed triage of every finding (TP / acceptable / FP, one line of reason each). Prints, per repository and
// overall, the findings by verdict, the precision of warning findings (access-log-query), the notes' apart, NEW
// untriaged findings and LOST true positives. The model is bench/real-world (the same for `urlleak code`), whose
// helpers find the mirrors, write the trees, run urlleak and match the labels.
//
// Nothing is downloaded here and no configuration of theirs is committed: each repository must already be a bare git
// mirror (the session tool `fetch github:<owner>/<name>`, or `git clone --bare`) under the mirrors directory. From the
// pinned commit, the configuration files under the scanned paths (CONFIG_GLOBS of src/files/file-kind.ts, the walk of
// `urlleak config`) are written to a work directory, with the files their nginx `include`s name (`proxy_params`,
// `h5bp/basic.conf`…) wherever these are in the repository; then `urlleak config <paths> -f json` runs there.
//
// A bench, not a test: the exit code is 0 whatever the numbers, 2 only on a usage error (a bad option, an unreadable
// repos.json or triage.json, urlleak not built). See bench/real-world-config/README.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import {
  BIN,
  byPlace,
  findMirror,
  git,
  hasCommit,
  matchLabels,
  pool,
  readFlags,
  ROOT,
  runUrlleak,
  short,
  validateRepos,
  validateTriage,
  writeTree,
} from '../real-world/helpers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Bumped when what is written into a tree changes, so that trees written before are written again. */
const TREE_VERSION = 1;

const USAGE = `usage: node bench/real-world-config/run.mjs [options]
  --mirrors <dir>          where the bare git mirrors are (default: $URLLEAK_MIRRORS or /work/.mirror)
  --work <dir>             where pinned trees are written and kept between runs (default: bench/.work/real-world-config)
  --repos <file>           repositories and commits (default: bench/real-world-config/repos.json)
  --triage <file>          labels (default: bench/real-world-config/triage.json)
  --only <name,...>        only these repositories (owner/name or name)
  --write-untriaged <file> also write the untriaged findings as triage entries to fill in (verdict and reason empty)
  --list                   print every finding with its verdict, not only the new and lost ones
  --markdown               print the summary as a Markdown table too
  --fresh                  write the pinned trees again even if present
  --jobs <n>               scans run at once (default 1)`;

function usageError(message) {
  console.error(`bench:real-world-config: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    mirrors: process.env.URLLEAK_MIRRORS || '/work/.mirror',
    work: join(ROOT, 'bench/.work/real-world-config'),
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
  const tree = join(options.work, `${entry.repo.replace('/', '+')}@${entry.commit.slice(0, 12)}`);
  const marker = join(tree, '.urlleak-bench-tree.json');
  const wanted = { version: TREE_VERSION, commit: entry.commit, paths: entry.paths };
  if (!options.fresh && existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8'));
    if (JSON.stringify(previous.wanted) === JSON.stringify(wanted)) return { tree, reused: true, ...previous.counts };
  }
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
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
  const counts = { configs: configs.length, included: written.size - configs.length, absent };
  writeFileSync(marker, JSON.stringify({ wanted, counts }));
  return { tree, reused: false, ...counts };
}

function emptyCounts() {
  return {
    findings: 0,
    warning: 0,
    note: 0,
    TP: 0,
    acceptable: 0,
    FP: 0,
    untriaged: 0,
    warningTP: 0,
    warningAcceptable: 0,
    warningFP: 0,
    warningUntriaged: 0,
    noteTP: 0,
    noteAcceptable: 0,
    noteFP: 0,
    noteUntriaged: 0,
    lost: 0,
  };
}

function add(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key];
}

const ratio = (tp, fp) => (tp + fp === 0 ? '—' : (tp / (tp + fp)).toFixed(2));
const precision = (counts) => ratio(counts.warningTP, counts.warningFP);
const notePrecision = (counts) => ratio(counts.noteTP, counts.noteFP);
const levelKey = (level) => (level === 'note' ? 'note' : 'warning');

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = readJson(resolve(options.repos), 'repos');
  validateRepos(repos, usageError);
  const labels = existsSync(options.triage) ? readJson(resolve(options.triage), 'triage') : [];
  validateTriage(labels, usageError);
  const only = options.only?.split(',').map((name) => name.trim());
  const selected = only ? repos.filter((entry) => only.some((name) => entry.repo === name || entry.repo.endsWith(`/${name}`))) : repos;
  if (only && selected.length === 0) usageError(`--only matches no repository in ${options.repos}`);
  const fileKinds = join(ROOT, 'dist/src/files/file-kind.js');
  if (!existsSync(BIN) || !existsSync(fileKinds)) usageError('urlleak is not built: run `npm run build` first');
  // The files `urlleak config` walks, from the build itself, so that the bench writes what the walk would read.
  const { CONFIG_GLOBS } = await import(pathToFileURL(fileKinds).href);
  const isConfig = picomatch([...CONFIG_GLOBS], { dot: true, nocase: true });

  const started = performance.now();
  const total = emptyCounts();
  const rows = [];
  const missing = [];
  const untriagedStubs = [];
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
    ready.push({ entry, prepared: prepareTree(options, entry, gitDir, isConfig) });
  }
  const results = await pool(ready, options.jobs, ({ entry, prepared }) =>
    runUrlleak(['config', ...entry.paths, ...(entry.args ?? []), '-f', 'json'], prepared.tree),
  );
  for (const [index, { entry, prepared }] of ready.entries()) {
    const result = results[index];
    console.log(
      `\n## ${entry.repo}@${entry.commit.slice(0, 12)}  [${entry.paths.join(' ')}]  ${result.seconds.toFixed(1)} s${prepared.reused ? '' : ` (tree written: ${prepared.configs} configuration files, ${prepared.included} more they include${prepared.absent ? `, ${prepared.absent} absent from the mirror` : ''})`}`,
    );
    if (result.failure) {
      console.log(`  SCAN FAILED: ${result.failure}`);
      missing.push(`${entry.repo}: scan failed`);
      continue;
    }
    const { report } = result;
    for (const error of report.errors ?? []) console.log(`  urlleak error: ${short(`${error.path}: ${error.message}`, 200)}`);
    for (const notice of report.notices ?? []) console.log(`  urlleak notice: ${short(`${notice.path}: ${notice.message}`, 200)}`);
    const scanned = report.summary?.filesScanned ?? 0;
    if (scanned < prepared.configs)
      console.log(`  WARNING: urlleak read ${scanned} files of ${prepared.configs} configuration files written`);
    const findings = [...report.findings].sort(byPlace);
    const repoLabels = labels.filter((label) => label.repo === entry.repo && label.commit === entry.commit);
    const stale = labels.filter((label) => label.repo === entry.repo && label.commit !== entry.commit).length;
    const { verdictOf, unmatched } = matchLabels(findings, repoLabels);
    const counts = emptyCounts();
    const fresh = [];
    for (const finding of findings) {
      const level = levelKey(finding.level);
      counts.findings++;
      counts[level]++;
      const label = verdictOf.get(finding);
      if (label) {
        counts[label.verdict]++;
        counts[`${level}${label.verdict === 'acceptable' ? 'Acceptable' : label.verdict}`]++;
        if (label.verdict === 'FP') {
          const kind = label.kind ?? 'unclassified';
          fpKinds.set(kind, [
            ...(fpKinds.get(kind) ?? []),
            `${entry.repo} ${finding.location.path}:${finding.location.line} (${finding.level})`,
          ]);
        }
      } else {
        counts.untriaged++;
        counts[`${level}Untriaged`]++;
        fresh.push(finding);
      }
      if (options.list)
        console.log(
          `  ${(label?.verdict ?? 'NEW').padEnd(10)} ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(18)} ${finding.location.path}:${finding.location.line}${label ? `  — ${label.reason}` : ''}`,
        );
    }
    const lost = unmatched.filter((label) => label.verdict === 'TP');
    counts.lost = lost.length;
    console.log(
      `  ${scanned} files read, ${counts.findings} findings (${counts.warning} warning, ${counts.note} note): ` +
        `${counts.TP} TP, ${counts.acceptable} acceptable, ${counts.FP} FP, ${counts.untriaged} untriaged; ` +
        `precision (warning) ${precision(counts)}${stale ? `; ${stale} labels for another commit ignored` : ''}`,
    );
    if (fresh.length > 0) {
      console.log(`  NEW untriaged (${fresh.length}):`);
      for (const finding of fresh)
        console.log(
          `    ${finding.level.padEnd(7)} ${finding.ruleId.padEnd(18)} ${finding.location.path}:${finding.location.line}  ${short(finding.message)}`,
        );
    }
    if (lost.length > 0) {
      console.log(`  LOST TPs (${lost.length}, labeled TP, no longer reported):`);
      for (const label of lost) console.log(`    ${label.rule.padEnd(18)} ${label.path}:${label.line}  — ${label.reason}`);
    }
    const gone = unmatched.length - lost.length;
    if (gone > 0) console.log(`  ${gone} acceptable/FP labels no longer reported (gone: fine if the engine improved)`);
    for (const finding of fresh)
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
    'warn/note',
    'TP',
    'acceptable',
    'FP',
    'untriaged',
    'precision (warning)',
    'precision (note)',
    'lost TPs',
    'seconds',
  ];
  const line = (row) => [
    row.repo,
    row.scanned,
    row.counts.findings,
    `${row.counts.warning}/${row.counts.note}`,
    row.counts.TP,
    row.counts.acceptable,
    row.counts.FP,
    row.counts.untriaged,
    precision(row.counts),
    notePrecision(row.counts),
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
    `\nwarning findings (access-log-query): ${total.warningTP} TP, ${total.warningAcceptable} acceptable (counted apart), ${total.warningFP} FP, ${total.warningUntriaged} untriaged → precision ${precision(total)}`,
  );
  console.log(
    `note findings (access-log-referer): ${total.noteTP} TP, ${total.noteAcceptable} acceptable (counted apart), ${total.noteFP} FP, ${total.noteUntriaged} untriaged → precision ${notePrecision(total)}`,
  );
  console.log(
    `NEW untriaged: ${total.untriaged}   LOST TPs: ${total.lost}   whole bench: ${seconds.toFixed(1)} s wall (${scanSeconds.toFixed(1)} s of scans, ${options.jobs} at a time)`,
  );
  if (fpKinds.size > 0) {
    console.log('\nFalse positives still reported, by kind:');
    for (const [kind, places] of [...fpKinds].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])))
      console.log(`  ${String(places.length).padStart(3)}  ${kind.padEnd(24)} e.g. ${places[0]}`);
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
