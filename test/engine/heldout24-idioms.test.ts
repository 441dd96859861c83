import { describe, expect, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** Idioms code heldout24 showed the engine missing (its first, unseen score was taken before these were written). */

const project = useTempProjects('heldout24');

describe("log4js' connectLogger with a format function", () => {
  it('the texts it hands log4js’ own formatter are the format: :url there logs the query (brando-node)', () => {
    const code = [
      "import log4js from 'log4js';",
      "const logger = log4js.getLogger('Express');",
      'export const withUrl = log4js.connectLogger(logger, {',
      "  level: 'info',",
      '  format: (req, res, format) => format(`":method :url HTTP/:http-version" :status ":referrer"`),',
      '});',
      "export const withPath = log4js.connectLogger(logger, { format: (req, res, format) => format(':method :status') });",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middlewares/log.ts', [{ rule: 'log-middleware-url', ...at(code, '{\n  level'), level: 'warning' }]);
  });
});

describe('a library a project module re-exports under a path alias', () => {
  it('`import log4js from "$logger"` where that module ends `export default log4js` is log4js', async () => {
    const cwd = project({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'commonjs',
          moduleResolution: 'node',
          esModuleInterop: true,
          baseUrl: './',
          paths: { $logger: ['./src/logger'] },
        },
        include: ['src'],
      }),
      'src/logger/index.ts': [
        "import log4js from 'log4js';",
        "export const expressLogger = log4js.getLogger('Express');",
        'export default log4js;',
        '',
      ].join('\n'),
      'src/middlewares/log.ts': [
        "import log4js, { expressLogger } from '$logger';",
        "export const logRequests = log4js.connectLogger(expressLogger, { format: ':method :url :status' });",
        '',
      ].join('\n'),
    });
    const run = await runCli(['code', '.', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'log-middleware-url src/middlewares/log.ts:2',
    ]);
  });
});
