import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/urlleak.js', import.meta.url));

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a user would. */
export function runBin(args: readonly string[], options: SpawnSyncOptions = {}): BinResult {
  const result = spawnSync(process.execPath, [binPath, ...args], { cwd: repoRoot, encoding: 'utf8', ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
