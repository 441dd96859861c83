import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suites `npm run test:mutation` (Stryker, stryker.config.json) runs against mutants: those that exercise the
 * mutated modules (CLI options, baselines, fingerprints, redaction, output paths, SARIF building). Stryker narrows them
 * further to the tests that import a mutated file and, per mutant, to the tests that reach it.
 *
 * `MUTATION_TESTS` (comma-separated globs) narrows the suites for one run, e.g. for a module whose table mutants are
 * static (each runs every test in scope): `MUTATION_TESTS=test/secrets/param-names.test.ts npx stryker run --mutate
 * src/secrets/param-names.ts`.
 */
/**
 * `MUTATION_SKIP` (a regex source) leaves out tests by name: "follows a flow across files with the program
 * typescript-eslint builds" counts one finding more inside Stryker's sandbox (its program reaches the sandbox's copy
 * of the project beside the original), so a run that mutates the engine skips it.
 */
const skip = process.env.MUTATION_SKIP;

const only = process.env.MUTATION_TESTS?.split(',')
  .map((glob) => glob.trim())
  .filter((glob) => glob !== '');

export default defineConfig({
  test: {
    ...base.test,
    exclude: [
      // Its scan of fixtures/demo differs inside Stryker's sandbox (not investigated); SARIF fingerprints are covered by sarif-format.
      'test/cli/demo-golden.test.ts',
      // These spawn bin/urlleak.js, which runs the build in dist/, never the mutated sources: they cannot kill a mutant
      // and only cost time (every static mutant would run them).
      'test/cli/bin.test.ts',
      'test/cli/output-safety.test.ts',
    ],
    ...(skip ? { testNamePattern: new RegExp(`^(?!.*(?:${skip}))`) } : {}),
    include: only?.length
      ? only
      : [
          'test/cli/**/*.test.ts',
          'test/secrets/**/*.test.ts',
          'test/files/output-paths.test.ts',
          'test/files/write-atomic.test.ts',
          'test/report/sarif-*.test.ts',
          'test/report/safe-text.test.ts',
          'test/report/occurrence-fingerprints.test.ts',
          'test/report/no-secret-in-output.test.ts',
          'test/logs/cli-logs.test.ts',
          'test/logs/single-use-jwt.test.ts',
          'test/logs/redact-large-file.test.ts',
        ],
  },
});
