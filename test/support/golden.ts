import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Compares text with a golden file (test/golden/). A test never writes the file it reads: a missing golden fails,
 * like a changed one. To accept new output, run `npm run test:update-golden` (it sets `UPDATE_GOLDEN=1` for the
 * tests that have goldens), then review the diff before committing: that diff is what the golden is for.
 */
export function expectGolden(actual: string, golden: URL): void {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(golden, actual);
    return;
  }
  const path = fileURLToPath(golden);
  if (!existsSync(golden)) {
    throw new Error(`golden file ${path} is missing: run \`npm run test:update-golden\`, review it and commit it.`);
  }
  expect(actual, `output differs from ${path} (accept it with \`npm run test:update-golden\` and review the diff)`).toBe(
    readFileSync(golden, 'utf8'),
  );
}
