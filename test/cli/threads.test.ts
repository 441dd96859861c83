import { describe, expect, it } from 'vitest';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** `--threads`: how many threads scan logs (default one per core); the findings never depend on it. */
describe('urlleak logs --threads', () => {
  const project = useTempProjects('threads');

  it.each([
    ['grouped (the default)', [], 6],
    ['--each-secret', ['--each-secret'], 6 * 50 * 3.5],
  ])('reports the same findings with one thread as with several, on files of every size: %s', async (_, flags, expected) => {
    const line = (index: number) =>
      `203.0.113.${index % 250} - - [12/Oct/2026:08:15:02 +0000] "GET /ws?token=${makeJwt({ sub: `u${index}`, iat: 1_760_000_000 })} HTTP/1.1" 101 0 "-" "curl/8"`;
    const files: Record<string, string> = {};
    for (let file = 0; file < 6; file += 1)
      files[`logs/app-${file}.log`] = `${Array.from({ length: 50 * (file + 1) }, (_, index) => line(file * 1000 + index)).join('\n')}\n`;
    const directory = project(files);
    const one = await runCli(['logs', 'logs', ...flags, '--format', 'json', '--threads', '1'], directory);
    const three = await runCli(['logs', 'logs', ...flags, '--format', 'json', '--threads', '3'], directory);
    const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: unknown[] }).findings;
    expect(one.exitCode).toBe(1);
    expect(findingsOf(one.stdout)).toHaveLength(expected);
    expect(findingsOf(three.stdout)).toEqual(findingsOf(one.stdout));
  });
});
