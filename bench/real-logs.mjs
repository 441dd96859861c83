// A precision check on real logs nobody wrote for urlleak: every finding listed is either a true leak or a false
// positive to fix. Nothing of the logs is committed; fetch them first (the session tool, or `git clone --bare`):
//
//   fetch github:logpai/loghub      2,000-line samples of 16 systems' logs (Android, Apache, HDFS, OpenSSH, Windows, …)
//   fetch github:elastic/examples   a 10,000-line Apache access log of a public web site
//   node bench/real-logs.mjs <loghub git dir> "<examples git dir>:Common Data Formats/apache_logs/apache_logs"
//
// Each argument is a git directory, optionally followed by `:<path>` of one file in it; without a path, every `*.log`.
// Run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error('usage: node bench/real-logs.mjs <git directory>[:<path>] ...');
  process.exit(2);
}
const directory = mkdtempSync(join(tmpdir(), 'urlleak-real-logs-'));
try {
  let files = 0;
  for (const source of sources) {
    const [gitDir = '', path] = source.split(/:(.*)/s);
    const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30 });
    const paths = path
      ? [path]
      : git('ls-tree', '-r', '--name-only', 'HEAD')
          .toString()
          .split('\n')
          .filter((name) => name.endsWith('.log'));
    // Named *.log so that the directory walk takes each one, whatever it was called.
    for (const name of paths) writeFileSync(join(directory, `${files++}-${basename(name, '.log')}.log`), git('show', `HEAD:${name}`));
  }
  const bin = fileURLToPath(new URL('../bin/urlleak.js', import.meta.url));
  const result = spawnSync(process.execPath, [bin, 'logs', directory, '--each-secret', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const { findings } = JSON.parse(result.stdout);
  console.log(`${files} real logs scanned, ${findings.length} findings (exit ${result.status})`);
  for (const finding of findings)
    console.log(`  ${basename(finding.location.path)}:${finding.location.line} ${finding.ruleId} ${finding.message}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
