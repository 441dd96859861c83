import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.js';
import { normalizeSarif } from '../support/normalize-sarif.js';
import { runCli } from '../support/run-cli.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

const repoRoot = new URL('../../', import.meta.url);

/**
 * `urlleak scan fixtures/demo --format sarif`, the demo `npm start` runs. As the engines find more, this golden
 * changes: regenerate with `npm run test:update-golden` and review the diff.
 */
describe('SARIF of the demo project', () => {
  it('is valid and matches the golden file', async () => {
    const cwd = new URL('fixtures/demo/', repoRoot).pathname;
    const outcome = await runCli(['scan', '.', '--format', 'sarif'], cwd);
    expect(outcome.exitCode).not.toBe(2);
    const log = JSON.parse(outcome.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expectGolden(
      `${JSON.stringify(normalizeSarif(log, pathToFileURL(cwd).href), null, 2)}\n`,
      new URL('test/golden/demo-scan.sarif', repoRoot),
    );
  });
});
