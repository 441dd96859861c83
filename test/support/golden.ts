import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares text with a golden file. `UPDATE_GOLDEN=1` (or a missing file) rewrites it: review the diff before
 * committing, that diff is what the golden is for.
 */
export function expectGolden(actual: string, golden: URL): void {
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden)) writeFileSync(golden, actual);
  expect(actual).toBe(readFileSync(golden, 'utf8'));
}
