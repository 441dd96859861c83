import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout38 showed the engine missing (its first, unseen score was taken before these were written). */

describe('terminal colors around a logged URL', () => {
  it("chalk's styles (chained too) and picocolors' return the text they color: the URL is logged", () => {
    const code = [
      "const chalk = require('chalk');",
      "const pc = require('picocolors');",
      'function onProxyError(proxy) {',
      '  return function (err, req, res) {',
      "    console.log(chalk.red('Proxy error:') + ' Could not proxy request ' + chalk.cyan(req.url) + ' to ' + proxy);",
      '    console.error(pc.yellow(`retrying ${req.originalUrl}`));',
      '  };',
      '}',
      'module.exports = onProxyError;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/client.js', [
      { rule: 'log-raw-url', ...at(code, 'req.url'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'req.originalUrl'), level: 'warning' },
    ]);
  });

  it('a colored path without the query is none', () => {
    const code = [
      "const chalk = require('chalk');",
      'module.exports = (req, res, next) => {',
      '  console.log(chalk.cyan(req.path));',
      '  next();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/log.js', []);
  });
});

describe("Koa's context in a route file that neither imports Koa nor declares its router", () => {
  it('a ctx that writes its response is Koa’s: its query logged is the request’s', () => {
    const code = [
      "router.get('/', async (ctx) => {",
      '  console.log(ctx.query);',
      '  ctx.response.body = ctx.query;',
      '});',
      'module.exports = router;',
      '',
    ].join('\n');
    expectBothDoors(code, 'routes/TestRouter.js', [{ rule: 'log-raw-url', ...at(code, 'ctx.query'), level: 'warning' }]);
  });
});
