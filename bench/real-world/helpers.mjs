// Shared by the benches that run urlleak on public repositories pinned at commits (bench/real-world/run.mjs,
// bench/real-recall/run.mjs, bench/real-world-config/run.mjs): bare mirrors looked up on disk, the pinned commit's
// files written into a work tree, one `urlleak <command> -f json` run in it, and the triage labels matched to its
// findings. Nothing here downloads anything.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/urlleak.js');
/** Files written into the work tree: what `urlleak code` reads, and what decides how it reads it. */
export const CODE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
export const KEEP = /(\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$)|(^|\/)(tsconfig[^/]*\.json|jsconfig\.json|package\.json|\.urlleakignore)$/;

/** The bare git directory of a mirror, or undefined. */
export function findMirror(mirrors, repo) {
  const flat = repo.replace('/', '+');
  for (const candidate of [join(mirrors, flat, 'repo'), join(mirrors, flat), join(mirrors, `${flat}.git`), join(mirrors, `${repo}.git`)]) {
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
    if (CODE.test(path) && !/\.d\.[mc]?ts$|\.min\.js$/.test(path)) code++;
  }
  return { written, code, absent };
}

/** One `urlleak code` run: `args` after the binary, `cwd` its working directory; resolves with the JSON report. */
export function runUrlleak(args, cwd) {
  const start = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - start) / 1000;
      try {
        resolvePromise({ seconds, status, report: JSON.parse(Buffer.concat(out).toString()) });
      } catch {
        resolvePromise({
          seconds,
          failure: `urlleak exited ${status} without a JSON report: ${Buffer.concat(err).toString().trim().slice(0, 500)}`,
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
 * `booleans` (flag → option key, set true), and anything else offered to `positional` (true when it took the argument).
 * `-h`/`--help` prints `usage` and exits 0; a mistake calls `fail` with the message.
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
    else if (!positional(flag)) fail(`unknown argument ${arg}`);
  }
  if (!/^[1-9]\d*$/.test(options.jobs)) fail('--jobs needs a positive integer');
  options.jobs = Number(options.jobs);
  return options;
}

/** A label's verdict, as written in a triage.json. */
export const VERDICTS = ['TP', 'acceptable', 'FP'];

/** A repos.json of the real-world benches: `{ repo, commit, paths }` entries (more keys are the bench's own). */
export function validateRepos(repos, fail) {
  if (!Array.isArray(repos) || repos.length === 0) fail('repos.json must be a non-empty array');
  for (const repo of repos) {
    if (typeof repo?.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo.repo)) fail(`repos.json: bad "repo" in ${JSON.stringify(repo)}`);
    if (typeof repo.commit !== 'string' || !/^[0-9a-f]{40}$/.test(repo.commit)) fail(`repos.json: ${repo.repo} needs a 40-hex "commit"`);
    if (!Array.isArray(repo.paths) || repo.paths.length === 0)
      fail(`repos.json: ${repo.repo} needs "paths" (subdirectories to scan, "." for all)`);
  }
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

/** Findings in reading order: path, line, rule. */
export const byPlace = (a, b) =>
  a.location.path.localeCompare(b.location.path) || a.location.line - b.location.line || a.ruleId.localeCompare(b.ruleId);

/** One line of at most `length` characters. */
export function short(text, length = 110) {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
