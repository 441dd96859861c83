import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import type { ReportingDescriptor } from 'sarif';
import { ruleCatalog } from '../catalog/catalog.js';
import { displayPath } from '../files/collect-files.js';
import { safeText } from './safe-text.js';
import { buildCatalogRule } from './sarif/build-rules.js';
import { buildLog, buildRun, type InputProblem } from './sarif/build-log.js';
import { checkUploadSize, enforceGithubLimits } from './sarif/limits.js';
import type { ReportableFinding } from './sarif/reportable.js';
import { readToolInfo } from './sarif/tool-info.js';

/** The plugin namespace urlleak's ESLint rules are reported under (`urlleak/ws-token-in-url`). */
const PLUGIN_PREFIX = 'urlleak/';
const ESLINT_CATEGORY = 'urlleak/eslint/';

type RulesMeta = ESLint.LintResultData['rulesMeta'];

/**
 * An ESLint formatter (`eslint -f ./node_modules/urlleak/dist/src/report/eslint-sarif.js`: `-f <name>` loads only a
 * package named `eslint-formatter-<name>`, see docs/eslint.md) writing the same SARIF
 * as `urlleak --format sarif`: full metadata for urlleak rules, plain metadata for other rules, repository-relative
 * URIs, fingerprints, no file contents. Messages silenced by eslint-disable comments are left out, since code
 * scanning ignores `suppressions` and would show them as open alerts; `--no-inline-config` brings them back.
 */
export default function formatEslintSarif(results: readonly ESLint.LintResult[], context?: Partial<ESLint.LintResultData>): string {
  const cwd = context?.cwd ?? process.cwd();
  const findings = results.flatMap((result) => result.messages.flatMap((message) => findingOf(message, displayPath(cwd, result.filePath))));
  const problems = results.flatMap((result) => result.messages.flatMap((message) => problemOf(message, displayPath(cwd, result.filePath))));
  const run = buildRun({
    driver: {
      name: 'ESLint',
      version: eslintVersion(),
      semanticVersion: eslintVersion(),
      informationUri: 'https://eslint.org',
      rules: rulesFor(findings, context?.rulesMeta ?? {}),
    },
    category: ESLINT_CATEGORY,
    cwd,
    findings,
    problems,
  });
  // A formatter has no stderr of its own; ESLint prints the output, so warnings go to the process's stderr.
  const warn = (message: string) => process.stderr.write(`urlleak eslint-sarif: warning: ${message}\n`);
  const text = `${JSON.stringify(enforceGithubLimits(buildLog([run]), warn), null, 2)}\n`;
  checkUploadSize(text, warn);
  return text;
}

function findingOf(message: Linter.LintMessage, path: string): ReportableFinding[] {
  if (message.ruleId === null) return [];
  return [
    {
      ruleId: message.ruleId,
      level: message.severity === 2 ? 'error' : 'warning',
      message: message.message,
      location: {
        path,
        line: Math.max(message.line, 1),
        column: Math.max(message.column, 1),
        ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
        ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
      },
    },
  ];
}

/**
 * A message without a rule is ESLint itself failing on the file (a parse error): a notification, not an alert. Parser
 * messages quote the source (`Unexpected token eyJhbGci…`), so they go through safe-text like every input error.
 */
function problemOf(message: Linter.LintMessage, path: string): InputProblem[] {
  if (message.ruleId !== null) return [];
  return [{ path, message: safeText(`${message.message} (${message.line}:${message.column})`), level: message.fatal ? 'error' : 'note' }];
}

/**
 * Every urlleak rule an ESLint run can report, with the catalog's full metadata, then the other rules the results
 * used, plainly. Log rules (area `logs`) are left out: no ESLint rule reports them, and a rule listed in a run tells
 * code scanning the run checked for it.
 */
function rulesFor(findings: readonly ReportableFinding[], rulesMeta: RulesMeta): ReportingDescriptor[] {
  const tool = readToolInfo();
  const urlleakRules = ruleCatalog
    .filter((rule) => rule.area === 'code')
    .map((rule) => buildCatalogRule(rule, tool, `${PLUGIN_PREFIX}${rule.id}`));
  const known = new Set(urlleakRules.map((rule) => rule.id));
  const others = [...new Set(findings.map((finding) => finding.ruleId))].filter((id) => !known.has(id)).sort();
  return [...urlleakRules, ...others.map((id) => plainRule(id, rulesMeta[id]))];
}

function plainRule(id: string, meta: RulesMeta[string] | undefined): ReportingDescriptor {
  const description = meta?.docs?.description;
  const url = meta?.docs?.url;
  return {
    id,
    ...(description ? { shortDescription: { text: description } } : {}),
    ...(url ? { helpUri: url } : {}),
  };
}

let cachedVersion: string | undefined;

function eslintVersion(): string {
  cachedVersion ??= (createRequire(import.meta.url)('eslint/package.json') as { version: string }).version;
  return cachedVersion;
}
