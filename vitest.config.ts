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
    // A worker runs its files in one module graph, as a long-lived editor or CLI process runs the engine: TypeScript and
    // the engine are imported once per worker, not once per file. Measured on this 2-core machine: 380 s -> 220 s for the
    // whole suite (imports 158 s -> 25 s summed over files). Spies, stubbed globals and environment variables are
    // restored after each test; test/architecture/architecture.test.ts keeps out what nothing restores (vi.mock, chdir).
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
  },
});
