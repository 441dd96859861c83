// npm's prepare script: builds dist/. npm runs it after `npm ci` and `npm install` in this repository, and when it
// installs urlleak from git, as pre-commit 4.6.2+ does (globally) for the hooks in .pre-commit-hooks.yaml. In that last
// case npm before 12 runs it in a fresh clone without having installed the devDependencies, because the global flag
// leaks into its own install step (npm/cli#8440): the compiler is then installed here first, from the lock file.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = 'node_modules/typescript/bin/tsc';

function run(command, args) {
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (error || status !== 0) process.exit(status ?? 1);
}

if (!existsSync(new URL(`../${tsc}`, import.meta.url))) {
  run('npm', ['ci', '--global=false', `--prefix=${root}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
