// What the corpus benches share (bench:risk-logs, bench:logs-in-the-wild, bench:server-config): which parts to
// score, and urlleak's JSON report of one run. Build first: they run bin/urlleak.js.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** A corpus part's name: `dev`, `heldout`, `heldout2`, `heldout3`, … */
export const PART_NAME = /^(?:dev|heldout\d*)$/;

/** The part names among `names`, once each, in the order they were added: dev, heldout, heldout2, heldout3, … */
export function partsIn(names) {
  const rank = (name) => (name === 'dev' ? 0 : Number(name.slice('heldout'.length) || 1));
  return [...new Set(names)].filter((name) => PART_NAME.test(name)).sort((a, b) => rank(a) - rank(b));
}

/** `[part|all] [--json]` from the command line; an unknown part or option prints the usage and exits. */
export function readPartArgs(script, parts) {
  const args = process.argv.slice(2);
  const which = args.find((arg) => !arg.startsWith('-')) ?? 'dev';
  if (![...parts, 'all'].includes(which) || args.some((arg) => arg.startsWith('-') && arg !== '--json')) {
    console.error(`usage: node ${script} [${[...parts, 'all'].join('|')}] [--json]`);
    process.exit(0);
  }
  return { parts: which === 'all' ? parts : [which], asJson: args.includes('--json') };
}

/** `node bin/urlleak.js <args>` from the repository's root, and its JSON report, or why there is none. */
export function urlleakReport(args) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'urlleak.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  try {
    return { report: JSON.parse(run.stdout) };
  } catch {
    return { error: `urlleak exited ${run.status} without a JSON report: ${run.stderr.trim().split('\n')[0] ?? ''}` };
  }
}
