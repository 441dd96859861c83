// The ESLint door of bench:real-recall (`--door eslint`): each scan's folder linted by ESLint with the config the
// docs give a user, urlleak's one-line preset plus its components block (docs/eslint.md), every problem of an urlleak
// rule taken as a finding. Issue #13 holds this door to the CLI's recall on the single-file cases.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runJsonReport } from '../real-world/helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(ROOT, 'package.json'));
const ESLINT_BIN = join(dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
/** Written in a scan's folder, next to the bench's tsconfig. */
export const BENCH_ESLINT_CONFIG = 'urlleak-recall.eslint.config.mjs';
const RULE_PREFIX = 'urlleak/';

/** docs/eslint.md's config for a project with components: the preset, and the preset again with each component parser. */
function configSource() {
  return `import tseslint from ${JSON.stringify(import.meta.resolve('typescript-eslint'))};
import vueParser from ${JSON.stringify(import.meta.resolve('vue-eslint-parser'))};
import * as svelteParser from ${JSON.stringify(import.meta.resolve('svelte-eslint-parser'))};
import * as astroParser from ${JSON.stringify(import.meta.resolve('astro-eslint-parser'))};
import urlleak from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/rules/index.js')).href)};

const inComponents = (files, parser) => ({
  ...urlleak.configs.recommended,
  files,
  languageOptions: { parser, parserOptions: { parser: tseslint.parser } },
});

export default [
  urlleak.configs.recommended,
  inComponents(['**/*.vue'], vueParser),
  inComponents(['**/*.svelte'], svelteParser),
  inComponents(['**/*.astro'], astroParser),
];
`;
}

/**
 * One scan through ESLint from the scan's folder; `toRepo` makes a path repository-relative. Problems of other rules
 * and parse errors are counted apart (a file ESLint cannot parse is a file the door does not read).
 */
export async function lintScan(cwd, paths, toRepo) {
  writeFileSync(join(cwd, BENCH_ESLINT_CONFIG), configSource());
  const args = ['--config', BENCH_ESLINT_CONFIG, '--format', 'json', '--no-warn-ignored', '--no-error-on-unmatched-pattern', ...paths];
  const outcome = await runJsonReport(ESLINT_BIN, args, cwd, 'eslint');
  if (outcome.failure) return outcome;
  const findings = [];
  const errors = [];
  for (const result of outcome.json) {
    for (const message of result.messages) {
      if (message.fatal) errors.push(`${toRepo(result.filePath)}: ${message.message}`);
      else if (message.ruleId?.startsWith(RULE_PREFIX))
        findings.push({
          path: toRepo(result.filePath),
          line: message.line,
          rule: message.ruleId.slice(RULE_PREFIX.length),
          level: undefined,
          message: message.message,
        });
    }
  }
  return { seconds: outcome.seconds, findings, errors, scanned: outcome.json.length };
}
