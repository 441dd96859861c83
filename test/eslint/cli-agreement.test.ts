import { Readable } from 'node:stream';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import urlleak from '../../rules/index.js';
import { run } from '../../src/cli/run.js';
import { EXTENSIONS, expectedFinding, writeLeakPerExtension } from './leak-per-extension.js';

const fixture = writeLeakPerExtension('urlleak-two-doors-');
afterAll(() => fixture.remove());

/** `urlleak code . --format json` in the folder, as the CLI's own tests call it. */
async function cliFindings(): Promise<string[]> {
  let stdout = '';
  await run(['code', '.', '--format', 'json'], {
    cwd: fixture.dir,
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    stdin: Readable.from([]),
    stdoutIsTty: false,
  });
  const report = JSON.parse(stdout) as { findings: { ruleId: string; location: { path: string; line: number; column: number } }[] };
  return report.findings.map(({ ruleId, location }) => `${location.path}:${location.line}:${location.column} ${ruleId}`).sort();
}

/** ESLint with the README's one line, `export default [urlleak.configs.recommended]`. */
async function eslintFindings(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: fixture.dir,
    overrideConfigFile: true,
    overrideConfig: [urlleak.configs.recommended] as Linter.Config[],
  });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) =>
          `${result.filePath.slice(fixture.dir.length + 1)}:${message.line}:${message.column} ${message.ruleId?.replace('urlleak/', '') ?? 'fatal'}`,
      ),
    )
    .sort();
}

describe('two doors, one engine: `urlleak code` and the one-line ESLint config', () => {
  it('report the same leaks at the same places in every code extension', async () => {
    const expected = EXTENSIONS.map((extension) => {
      const { file, line, column } = expectedFinding(extension);
      return `src/${file}:${line}:${column} ws-token-in-url`;
    }).sort();
    expect(await cliFindings()).toEqual(expected);
    expect(await eslintFindings()).toEqual(expected);
  });
});
