import { Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real CLI in-process, with captured streams and no stdin. */
export async function runCli(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const { exitCode } = await run(argv, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([]),
    stdoutIsTty: false,
  });
  return { exitCode, stdout, stderr };
}
