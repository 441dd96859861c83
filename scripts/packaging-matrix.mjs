// npm run test:packaging [-- --tarball <file>] [-- --only <project,...>] [-- --keep] — urlleak as users install it:
// packs the tarball (or takes one), installs it into fresh projects (plain JS on ESLint 9 and 10, with
// typescript-eslint, with @typescript-eslint/parser only, with neither; TypeScript with typescript-eslint on TS 5.0,
// 5.9 and 6.0; CLI only on TS 6.0 and 5.0), and checks what a user would meet there: no npm warnings, one copy of
// TypeScript, typescript-eslint and ESLint, the one-line config linting .js and .ts files, the typed preset after
// typescript-eslint's recommendedTypeChecked exiting 1 with findings (never 2), a clear message when the presets'
// parser is missing (the rules alone still run), `npx urlleak code` without ESLint, the same findings on the lowest
// supported TypeScript, the GitHub Action's script on the installed bin, and pre-commit's install of the hooks from
// git (the committed HEAD). Prints sizes and results as a table, with the size of the same project without urlleak
// where it is measured. See docs/packaging.md.
//
// Not part of `npm test`: it installs from the npm registry and takes minutes. Exit code 1 when a check fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEMO = join(ROOT, 'fixtures/demo');
const ACTION_SCRIPT = join(ROOT, 'scripts/action-run.mjs');

/** Packages a project must hold once at most: two copies mean two programs, two parsers, or two rule sets. */
const SINGLETONS = ['typescript', 'typescript-eslint', '@typescript-eslint/parser', '@typescript-eslint/typescript-estree', 'eslint'];
const ESLINT_ONLY = ['eslint', 'typescript-eslint', '@typescript-eslint/parser'];

const JS_CLIENT = 'export function connect(token) {\n  return new WebSocket(`wss://chat.example.com/ws?token=${token}`);\n}\n';
const FLOATING =
  'async function save(): Promise<void> {\n  await Promise.resolve();\n}\n\nexport function handler(): void {\n  save();\n}\n';
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
};
const ONE_LINE_CONFIG = "import urlleak from 'urlleak/eslint-plugin';\n\nexport default [urlleak.configs.recommended];\n";
const RULES_ONLY_CONFIG =
  "import urlleak from 'urlleak/eslint-plugin';\n\nexport default [{ files: ['**/*.js'], plugins: { urlleak }, rules: { 'urlleak/ws-token-in-url': 'error' } }];\n";
const TYPED_CONFIG = `import tseslint from 'typescript-eslint';
import urlleak from 'urlleak/eslint-plugin';

export default [
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  urlleak.configs['recommended-type-checked'],
];
`;

/** What each project installs beside urlleak, and what is checked there. */
const SCENARIOS = [
  { name: 'js-eslint9', install: ['eslint@9', 'typescript-eslint@8'], checks: ['oneLineConfig'] },
  { name: 'js-eslint10', install: ['eslint@10', 'typescript-eslint@8'], checks: ['oneLineConfig'] },
  { name: 'js-eslint10-parser-only', install: ['eslint@10', '@typescript-eslint/parser@8'], checks: ['oneLineConfig'] },
  { name: 'js-eslint10-no-parser', install: ['eslint@10'], checks: ['missingParserMessage', 'rulesWithoutPreset'] },
  {
    name: 'ts5.0-eslint10',
    install: ['eslint@10', 'typescript@5.0', 'typescript-eslint@8'],
    checks: ['oneLineConfig', 'typedBeside', 'sameFindingsAsTypeScript6'],
  },
  { name: 'ts5.9-eslint10', install: ['eslint@10', 'typescript@5.9', 'typescript-eslint@8'], checks: ['oneLineConfig', 'typedBeside'] },
  { name: 'ts6.0-eslint9', install: ['eslint@9', 'typescript@6.0', 'typescript-eslint@8'], checks: ['oneLineConfig', 'typedBeside'] },
  { name: 'ts6.0-eslint10', install: ['eslint@10', 'typescript@6.0', 'typescript-eslint@8'], checks: ['oneLineConfig', 'typedBeside'] },
  { name: 'cli-only', install: [], checks: ['noEslint', 'cliCode', 'actionScript'] },
  { name: 'cli-only-ts5.0', install: ['typescript@5.0'], checks: ['noEslint', 'sameFindingsAsTypeScript6'] },
];

/** pre-commit 4.6.2's install of the hooks: `npm install -g` of the repository's committed HEAD, from git. */
const GIT_INSTALL = { name: 'pre-commit-install (git HEAD, -g)', key: 'pre-commit-install' };

/** The same projects without urlleak: what urlleak adds is the difference. */
const REFERENCES = {
  'js-eslint9': ['eslint@9'],
  'js-eslint10': ['eslint@10'],
  'ts5.9-eslint10': ['eslint@10', 'typescript@5.9', 'typescript-eslint@8'],
  'ts6.0-eslint10': ['eslint@10', 'typescript@6.0', 'typescript-eslint@8'],
};

const { values: flags } = parseArgs({
  options: {
    tarball: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-references': { type: 'boolean', default: false },
  },
});
const work = mkdtempSync(join(tmpdir(), 'urlleak-packaging-'));
const tarball = flags.tarball ? resolve(flags.tarball) : pack(work);
const only = flags.only?.split(',');
const onTypeScript6 = unpackBesideCheckoutModules(tarball);

/**
 * The tarball npm publish would make, from a clean build of the working tree's sources in a staging folder: dist/ in
 * the repository may hold modules of files since removed, and other work may be rebuilding it.
 */
function pack(into) {
  const staging = join(into, 'staging');
  mkdirSync(staging);
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'bin', 'docs'])
    cpSync(join(ROOT, entry), join(staging, entry), { recursive: true });
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(staging, 'dist')],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  return join(into, packed.filename);
}

/**
 * The tarball's files unpacked beside the checkout's node_modules (TypeScript 6.0, the devDependency): the reference
 * that a project on another TypeScript must match, with no second registry install.
 */
function unpackBesideCheckoutModules(file) {
  const dir = join(work, 'reference-typescript6');
  mkdirSync(dir);
  execFileSync('tar', ['-xzf', file, '-C', dir]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'package/node_modules'), 'dir');
  return join(dir, 'package/bin/urlleak.js');
}

function sh(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A fresh project: package.json, the demo's sources and logs, a JS client, a file with a floating promise. */
function createProject(name) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `probe-${name}`, version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  cpSync(join(DEMO, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(DEMO, 'logs'), join(dir, 'logs'), { recursive: true });
  writeFileSync(join(dir, 'src/client.js'), JS_CLIENT);
  writeFileSync(join(dir, 'src/floating.ts'), FLOATING);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(dir, 'one-line.config.js'), ONE_LINE_CONFIG);
  writeFileSync(join(dir, 'typed.config.js'), TYPED_CONFIG);
  writeFileSync(join(dir, 'rules-only.config.js'), RULES_ONLY_CONFIG);
  return dir;
}

function install(dir, packages) {
  const started = Date.now();
  const result = sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', ...packages], dir);
  const warnings = result.stderr.split('\n').filter((line) => /^npm warn/i.test(line));
  if (result.status !== 0) throw new Error(`npm install failed in ${dir}:\n${result.stderr}`);
  return { warnings: withoutTarballOnly(warnings), seconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * npm 11.19+ lists the `prepare` script of a package installed from a file or git (never from the registry:
 * @npmcli/arborist's install-scripts.js) as not yet covered by allowScripts. urlleak's prepare builds it when it is
 * installed from git (pre-commit); installed from the registry, as users do, it is not listed. The tarball here is a
 * file: that advisory alone, about urlleak's prepare alone, is not a warning a user meets.
 */
function withoutTarballOnly(warnings) {
  const advisory = warnings.filter((line) => line.startsWith('npm warn install-scripts'));
  const packages = advisory.filter((line) => /^npm warn install-scripts {3}\S+@/.test(line));
  const onlyOurPrepare = packages.length === 1 && /^npm warn install-scripts {3}urlleak@[^ ]+ \(prepare: [^;]+\)$/.test(packages[0]);
  return onlyOurPrepare ? warnings.filter((line) => !advisory.includes(line)) : warnings;
}

function sizeOf(dir) {
  return Number(execFileSync('du', ['-sk', join(dir, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
}

/** Every installed copy of a package, wherever npm put it. */
function copiesOf(dir, name) {
  const found = [];
  const walk = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const scoped = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
      for (const pkg of scoped) {
        const path = join(modules, pkg);
        if (pkg === name && existsSync(join(path, 'package.json')))
          found.push(`${pkg}@${JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).version}`);
        walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return found;
}

const eslint = (dir, config, files) => sh('node', ['node_modules/eslint/bin/eslint.js', '-c', config, ...files], dir);
const ruleHits = (output, rule) => output.split('\n').filter((line) => line.includes(rule)).length;

/** `urlleak code --format json`'s findings as sorted `rule path:line:column` lines; it must exit 1 (findings). */
function codeFindings(result, what) {
  if (result.status !== 1) throw new Error(`${what}: exit ${result.status}\n${result.stderr}`);
  return JSON.parse(result.stdout)
    .findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.line}:${f.location.column}`)
    .sort();
}

/** Each check returns a one-line description of what it saw; it throws when that is not what users must see. */
const CHECKS = {
  oneLineConfig(dir) {
    const result = eslint(dir, 'one-line.config.js', ['src/client.js', 'src/chat-client.ts']);
    const hits = ruleHits(result.stdout, 'urlleak/ws-token-in-url');
    if (result.status !== 1 || hits < 2)
      throw new Error(`one-line config: exit ${result.status}, ${hits} ws-token-in-url\n${result.stdout}${result.stderr}`);
    return `one-line config: exit 1, ws-token-in-url in .js and .ts`;
  },
  typedBeside(dir) {
    const result = eslint(dir, 'typed.config.js', ['src']);
    const ours = ruleHits(result.stdout, 'urlleak/');
    const theirs = ruleHits(result.stdout, '@typescript-eslint/no-floating-promises');
    if (result.status !== 1 || ours === 0 || theirs === 0) {
      throw new Error(
        `typed preset beside recommendedTypeChecked: exit ${result.status}, ${ours} urlleak, ${theirs} no-floating-promises\n${result.stdout}${result.stderr}`,
      );
    }
    return `typed preset after recommendedTypeChecked: exit 1, ${ours} urlleak + no-floating-promises`;
  },
  missingParserMessage(dir) {
    const result = eslint(dir, 'one-line.config.js', ['src/client.js']);
    const output = result.stdout + result.stderr;
    if (result.status !== 2 || !output.includes('npm install --save-dev typescript-eslint'))
      throw new Error(`missing parser: exit ${result.status}\n${output}`);
    return 'without typescript-eslint: exit 2 with the install hint';
  },
  rulesWithoutPreset(dir) {
    const result = eslint(dir, 'rules-only.config.js', ['src/client.js']);
    if (result.status !== 1 || ruleHits(result.stdout, 'urlleak/ws-token-in-url') !== 1)
      throw new Error(`rules without a preset: exit ${result.status}\n${result.stdout}${result.stderr}`);
    return 'the rules alone on espree: exit 1, ws-token-in-url';
  },
  noEslint(dir) {
    const present = ESLINT_ONLY.filter((name) => existsSync(join(dir, 'node_modules', name)));
    if (present.length > 0) throw new Error(`installed without being asked for: ${present.join(', ')}`);
    return 'no ESLint or typescript-eslint installed';
  },
  cliCode(dir) {
    const findings = codeFindings(sh('npx', ['--no', 'urlleak', 'code', 'src', '--format', 'json'], dir), 'npx urlleak code');
    return `npx urlleak code: exit 1, ${findings.length} findings`;
  },
  sameFindingsAsTypeScript6(dir) {
    const actual = codeFindings(sh('npx', ['--no', 'urlleak', 'code', 'src', '--format', 'json'], dir), 'npx urlleak code');
    const expected = codeFindings(sh('node', [onTypeScript6, 'code', 'src', '--format', 'json'], dir), 'urlleak on TypeScript 6.0');
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      throw new Error(`findings differ from TypeScript 6.0's:\n${actual.join('\n')}\nvs\n${expected.join('\n')}`);
    return `npx urlleak code: exit 1, ${actual.length} findings, the same as on TypeScript 6.0`;
  },
  actionScript(dir) {
    const sarif = join(dir, 'action.sarif');
    const env = {
      URLLEAK_BIN: join(dir, 'node_modules/urlleak/bin/urlleak.js'),
      INPUT_PATHS: 'src logs',
      INPUT_SCAN: 'scan',
      INPUT_FAIL_LEVEL: 'error',
      INPUT_SARIF_FILE: sarif,
      GITHUB_OUTPUT: join(dir, 'github-output'),
    };
    const result = sh('node', [ACTION_SCRIPT], dir, env);
    const runs = existsSync(sarif) ? JSON.parse(readFileSync(sarif, 'utf8')).runs.length : 0;
    if (result.status !== 1 || runs !== 3)
      throw new Error(`action script: exit ${result.status}, ${runs} SARIF runs\n${result.stdout}${result.stderr}`);
    return 'action script: exit 1, SARIF with code, logs and config runs';
  },
};

function runScenario(scenario) {
  const dir = createProject(scenario.name);
  const installed = install(dir, [...scenario.install, tarball]);
  const copies = Object.fromEntries(SINGLETONS.map((name) => [name, copiesOf(dir, name)]));
  const duplicates = Object.entries(copies)
    .filter(([, found]) => found.length > 1)
    .map(([name, found]) => `${name}: ${found.join(', ')}`);
  const listed = sh('npm', ['ls', '--all'], dir);
  const outcome = { name: scenario.name, kb: sizeOf(dir), seconds: installed.seconds, copies, passed: [], failed: [] };
  const problem = (text) => outcome.failed.push(text);
  for (const warning of installed.warnings) problem(`npm: ${warning}`);
  for (const duplicate of duplicates) problem(`duplicate ${duplicate}`);
  if (listed.status !== 0) problem(`npm ls: ${listed.stderr.split('\n').find((line) => line.trim()) ?? `exit ${listed.status}`}`);
  for (const check of scenario.checks) {
    try {
      outcome.passed.push(CHECKS[check](dir));
    } catch (error) {
      problem(error.message);
    }
  }
  return outcome;
}

/** As pre-commit installs a hook repository (pre_commit/languages/node.py): a global install from git, prepare run. */
function runGitInstall() {
  const dir = join(work, GIT_INSTALL.key);
  const prefix = join(dir, 'prefix');
  mkdirSync(prefix, { recursive: true });
  const started = Date.now();
  const result = sh('npm', ['install', '--allow-git=root', '--install-links', '-g', '--no-audit', '--no-fund', `git+file://${ROOT}`], dir, {
    NPM_CONFIG_PREFIX: prefix,
  });
  const outcome = { name: GIT_INSTALL.name, kb: 0, seconds: Math.round((Date.now() - started) / 1000), copies: {}, passed: [], failed: [] };
  if (result.status !== 0) {
    outcome.failed.push(`npm install -g from git: exit ${result.status}\n${result.stderr.split('\n').slice(-8).join('\n')}`);
    return outcome;
  }
  outcome.kb = Number(execFileSync('du', ['-sk', join(prefix, 'lib/node_modules')], { encoding: 'utf8' }).split('\t')[0]);
  outcome.copies = Object.fromEntries(SINGLETONS.map((name) => [name, copiesOf(join(prefix, 'lib'), name)]));
  for (const [command, file, rule] of [
    ['code', 'src/chat-client.ts', 'ws-token-in-url'],
    ['logs', 'logs/access.log', 'log-jwt'],
  ]) {
    const hook = sh(join(prefix, 'bin/urlleak'), [command, file], DEMO);
    if (hook.status === 1 && hook.stdout.includes(rule)) outcome.passed.push(`hook urlleak ${command} ${file}: exit 1, ${rule}`);
    else outcome.failed.push(`hook urlleak ${command} ${file}: exit ${hook.status}\n${hook.stdout}${hook.stderr}`);
  }
  return outcome;
}

function referenceSize(name, packages) {
  const dir = join(work, `reference-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `reference-${name}`, version: '1.0.0', private: true, type: 'module' }));
  install(dir, packages);
  return sizeOf(dir);
}

const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const versions = (copies, name) => (copies[name] ?? []).map((copy) => copy.slice(copy.lastIndexOf('@') + 1)).join(' + ') || '–';

process.stdout.write(`tarball: ${tarball}\nprojects: ${work}\n\n`);
const outcomes = [];
for (const scenario of SCENARIOS.filter((s) => !only || only.includes(s.name))) {
  process.stderr.write(`${scenario.name}…\n`);
  outcomes.push(runScenario(scenario));
}
if (!only || only.includes(GIT_INSTALL.key)) {
  process.stderr.write(`${GIT_INSTALL.key}…\n`);
  outcomes.push(runGitInstall());
}
const references = flags['no-references']
  ? {}
  : Object.fromEntries(
      Object.entries(REFERENCES)
        .filter(([name]) => !only || only.includes(name))
        .map(([name, packages]) => [name, referenceSize(name, packages)]),
    );

process.stdout.write(
  '| project | node_modules | without urlleak | typescript | typescript-eslint | eslint | install | result |\n|---|---|---|---|---|---|---|---|\n',
);
for (const o of outcomes) {
  const reference = references[o.name] === undefined ? '' : mb(references[o.name]);
  const result = o.failed.length === 0 ? 'pass' : `**FAIL** (${o.failed.length})`;
  process.stdout.write(
    `| ${o.name} | ${mb(o.kb)} | ${reference} | ${versions(o.copies, 'typescript')} | ${versions(o.copies, 'typescript-eslint')} | ${versions(o.copies, 'eslint')} | ${o.seconds} s | ${result} |\n`,
  );
}
for (const o of outcomes) {
  process.stdout.write(
    `\n${o.name}\n${o.passed.map((line) => `  ok   ${line}\n`).join('')}${o.failed.map((line) => `  FAIL ${line.replaceAll('\n', '\n       ')}\n`).join('')}`,
  );
}
if (!flags.keep) rmSync(work, { recursive: true, force: true });
process.exitCode = outcomes.some((o) => o.failed.length > 0) ? 1 : 0;
