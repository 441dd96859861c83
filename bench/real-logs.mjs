// A precision check on real logs nobody wrote for urlleak: every finding listed is either a true leak or a false
// positive to fix. Nothing of the logs is committed; fetch them first:
//
//   fetch github:logpai/loghub       (the session tool; or `git clone --bare https://github.com/logpai/loghub`)
//   node bench/real-logs.mjs <its git directory>      (after `npm run build`)
//
// loghub holds 2,000-line samples of 16 systems' logs (Android, Apache, HDFS, OpenSSH, OpenStack, Windows, …).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const gitDir = process.argv[2];
if (!gitDir) {
  console.error('usage: node bench/real-logs.mjs <git directory of logpai/loghub>');
  process.exit(2);
}
const directory = mkdtempSync(join(tmpdir(), 'urlleak-real-logs-'));
try {
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30 });
  const logs = git('ls-tree', '-r', '--name-only', 'HEAD').toString().split('\n').filter((path) => path.endsWith('.log'));
  for (const path of logs) writeFileSync(join(directory, basename(path)), git('show', `HEAD:${path}`));
  const bin = fileURLToPath(new URL('../bin/urlleak.js', import.meta.url));
  const result = spawnSync(process.execPath, [bin, 'logs', directory, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const { findings } = JSON.parse(result.stdout);
  console.log(`${logs.length} real logs scanned, ${findings.length} findings (exit ${result.status})`);
  for (const finding of findings) console.log(`  ${basename(finding.location.path)}:${finding.location.line} ${finding.ruleId} ${finding.message}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
