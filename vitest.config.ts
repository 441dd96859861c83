import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest keeps one core for itself by default, which on CI's two cores runs the files one at a time (268 s);
    // its main process is idle while forks work, so every core runs a file (~190 s there).
    maxWorkers: availableParallelism(),
  },
});
