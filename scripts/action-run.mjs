// The GitHub Action's scan step (action.yml), runnable anywhere: runs urlleak with the action's inputs, writes SARIF,
// gives its runs the `category` input, prints a summary, and exits with the job's status: 0 (nothing at or above
// fail-level), 1 (findings at or above it), 2 (urlleak could not scan, or an input is invalid).
//
//   INPUT_PATHS='src logs' INPUT_SCAN=scan INPUT_FAIL_LEVEL=error INPUT_SARIF_FILE=urlleak.sarif node scripts/action-run.mjs
//
// Inputs come as the action passes them (INPUT_*, see action.yml); URLLEAK_BIN names the urlleak bin to run (default:
// this checkout's bin/urlleak.js). Outputs go to $GITHUB_OUTPUT (exit-code, status, sarif-file, findings) and a
// summary to $GITHUB_STEP_SUMMARY when they are set. Test: test/packaging/action.test.ts.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const SCANS = ['code', 'logs', 'config', 'scan'];
const FAIL_LEVELS = ['error', 'warning', 'note', 'none'];
const LEVELS = ['error', 'warning', 'note'];

const env = process.env;
const input = (name, fallback) => env[`INPUT_${name}`]?.trim() || fallback;

/** An input GitHub would have passed on: an annotation on the run, exit 2. */
function refuse(message) {
  process.stdout.write(`::error title=urlleak::${message}\n`);
  writeOutputs({ 'exit-code': '2', status: '2' });
  process.exit(2);
}

function writeOutputs(outputs) {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(outputs)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
  );
}

/** `urlleak/code/` becomes `urlleak/code/<category>/`: two analyses of one repository (two folders) keep their alerts apart. */
function applyCategory(sarif, category) {
  for (const run of sarif.runs ?? [])
    run.automationDetails = { ...run.automationDetails, id: `${run.automationDetails?.id ?? 'urlleak/'}${category}/` };
}

function countByLevel(sarif) {
  const counts = Object.fromEntries(LEVELS.map((level) => [level, 0]));
  for (const run of sarif.runs ?? []) for (const result of run.results ?? []) counts[result.level ?? 'warning'] += 1;
  return counts;
}

/** The job's status from urlleak's exit code: 2 always fails; 1 fails unless fail-level is none. */
function statusOf(exitCode, failLevel) {
  if (exitCode === 0 || exitCode === 1) return failLevel === 'none' ? 0 : exitCode;
  return 2;
}

const scan = input('SCAN', 'scan');
const failLevel = input('FAIL_LEVEL', 'error');
const sarifFile = resolve(input('SARIF_FILE', 'urlleak.sarif'));
const category = input('CATEGORY', '').replace(/^\/+|\/+$/g, '');
const paths = input('PATHS', '.').split(/\s+/);
const bin = env.URLLEAK_BIN || fileURLToPath(new URL('../bin/urlleak.js', import.meta.url));

if (!SCANS.includes(scan)) refuse(`input "scan" must be one of ${SCANS.join(', ')}.`);
if (!FAIL_LEVELS.includes(failLevel)) refuse(`input "fail-level" must be one of ${FAIL_LEVELS.join(', ')}.`);
if (Number(process.versions.node.split('.')[0]) < 20)
  refuse(`urlleak needs Node.js 20 or later; this is ${process.version}. Run actions/setup-node first.`);

// fail-level none still scans at the default level: only the status ignores findings.
const levelArgs = failLevel === 'none' ? [] : ['--fail-level', failLevel];
const args = [bin, scan, ...paths, '--format', 'sarif', '--output', sarifFile, ...levelArgs];
const { status: exitCode, error } = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
if (error) refuse(`could not run urlleak: ${error.message}`);

const written = existsSync(sarifFile);
let counts = Object.fromEntries(LEVELS.map((level) => [level, 0]));
if (written) {
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  if (category) {
    applyCategory(sarif, category);
    writeFileSync(sarifFile, JSON.stringify(sarif));
  }
  counts = countByLevel(sarif);
}

const status = statusOf(exitCode, failLevel);
const total = LEVELS.reduce((sum, level) => sum + counts[level], 0);
const summary = `${total} finding(s): ${LEVELS.map((level) => `${counts[level]} ${level}`).join(', ')}`;
process.stdout.write(`urlleak ${scan} ${paths.join(' ')}: ${summary}; exit code ${exitCode}${written ? `; SARIF in ${sarifFile}` : ''}\n`);
if (status === 1)
  process.stdout.write(`::error title=urlleak::${summary} (fail-level ${failLevel}); see the SARIF report or code scanning alerts.\n`);
if (status === 2)
  process.stdout.write(`::error title=urlleak::urlleak could not complete the scan (exit code ${exitCode}); its messages are above.\n`);
writeOutputs({ 'exit-code': String(exitCode), status: String(status), 'sarif-file': written ? sarifFile : '', findings: String(total) });
if (env.GITHUB_STEP_SUMMARY)
  appendFileSync(
    env.GITHUB_STEP_SUMMARY,
    `### urlleak ${scan}\n\n${summary}; fail-level ${failLevel}: ${['passed', 'failed', 'error'][status]}.\n`,
  );
process.exitCode = status;
