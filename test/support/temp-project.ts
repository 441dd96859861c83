import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Real files for a test: `project({ 'src/a.ts': '…' })` writes them under a fresh temporary directory and returns
 * it; every directory made is removed after each test of the file that calls this at its top level.
 */
export function useTempProjects(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  return (files) => {
    const directory = mkdtempSync(join(tmpdir(), `urlleak-${prefix}-`));
    made.push(directory);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(directory, name)), { recursive: true });
      writeFileSync(join(directory, name), text);
    }
    return directory;
  };
}
