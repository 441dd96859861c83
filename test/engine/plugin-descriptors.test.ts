import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/**
 * log-middleware-url on hapi's plugin descriptors, judged where they are written (server/find-plugin-descriptors.ts):
 * projects register them from arrays and directory loaders, so the descriptor itself is the finding's place.
 */
describe('hapi-pino plugin descriptors', () => {
  it('a descriptor exported for a loader to register, with options that keep the URL, is reported where it is written', () => {
    const code = [
      "import * as pino from 'hapi-pino';",
      "const isDev = process.env['NODE_ENV'] === 'development';",
      'const pluginOpt = {',
      '  plugin: pino,',
      "  options: { level: isDev ? 'debug' : 'info', mergeHapiLogData: true },",
      '};',
      'export default pluginOpt;',
      '',
    ].join('\n');
    expectBothDoors(code, 'pino.plugin.ts', [{ rule: 'log-middleware-url', ...at(code, '{\n  plugin'), level: 'warning' }]);
  });

  it("hapi 16's { register: hapiPino } in an array, and a descriptor inside server.register([…]) with a parameter as server", () => {
    const code = [
      "const hapiPino = require('hapi-pino');",
      "const plugins = [{ register: hapiPino, options: { logEvents: ['response'] } }];",
      'module.exports.register = async (server) => {',
      "  await server.register([require('blipp'), { plugin: hapiPino }]);",
      '};',
      'module.exports.plugins = plugins;',
      '',
    ].join('\n');
    expectBothDoors(code, 'plugins.js', [
      { rule: 'log-middleware-url', ...at(code, '{ register'), level: 'warning' },
      { rule: 'log-middleware-url', ...at(code, '{ plugin'), level: 'warning' },
    ]);
  });

  it('a req serializer that keeps the path, a redacted URL, and another plugin descriptor are none', () => {
    const code = [
      "const hapiPino = require('hapi-pino');",
      "const inert = require('@hapi/inert');",
      'module.exports = [',
      '  { plugin: hapiPino, options: { serializers: { req: (req) => ({ method: req.method, path: req.path }) } } },',
      "  { plugin: hapiPino, options: { redact: ['req.url'] } },",
      '  { plugin: inert, options: {} },',
      '];',
      '',
    ].join('\n');
    expectBothDoors(code, 'plugins.js', []);
  });
});
