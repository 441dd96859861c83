import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

describe('query records merged with the body', () => {
  it('a token read from a record merged from the query and the body is accepted from the query; one the record writes itself is not', () => {
    const code = [
      'export class ApiBase {',
      '  async open(ctx, next) {',
      '    const input = Object.assign({}, ctx.query, ctx.request.body);',
      '    const spread = { ...ctx.query, apiKey: ctx.get("x-api-key") };',
      '    await this.checkProjectToken(input.token);',
      '    await this.checkProjectToken(spread.apiKey);',
      '    return next();',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'base.js', [{ rule: 'query-token-accepted', ...at(code, 'input.token'), level: 'warning' }]);
  });
});

describe('lodash property paths', () => {
  it("_.get(req, 'query.token') reads the credential from the query, verified as a long-lived JWT; the body's and a page number are not", () => {
    const code = [
      "import _ from 'lodash';",
      "import getPath from 'lodash/get';",
      "import jwt from 'jsonwebtoken';",
      'export function requireUser(secret) {',
      '  return (req, res, next) => {',
      "    const session = _.get(req, 'query.token') || getPath(req, ['body', 'token']);",
      "    const page = getPath(req, 'query.page');",
      '    req.user = jwt.verify(session, secret);',
      '    req.page = page;',
      '    next();',
      '  };',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'auth.js', [{ rule: 'query-token-accepted', ...at(code, '_.get('), level: 'error' }]);
  });

  it("a path getter's request URL is logged like req.originalUrl", () => {
    const code = [
      "const get = require('lodash.get');",
      'module.exports = function audit(req, res, next) {',
      "  console.info('request', get(req, 'originalUrl'), get(req, 'path'));",
      '  next();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'audit.js', [{ rule: 'log-raw-url', ...at(code, "get(req, 'originalUrl')"), level: 'warning' }]);
  });
});

describe('auth schemes that read the query', () => {
  it('hapi-auth-bearer-token registered with allowQueryToken: true accepts ?access_token= (or the parameter it names); without it, the header only', () => {
    const code = [
      "import Bearer from 'hapi-auth-bearer-token';",
      'export async function register(server, keys) {',
      '  await server.register(Bearer);',
      '  const check = async (_r, key) => ({ isValid: keys.has(key), credentials: {} });',
      "  server.auth.strategy('api', 'bearer-access-token', { allowQueryToken: true, validate: check });",
      "  server.auth.strategy('feed', 'bearer-access-token', { accessTokenName: 'key', allowQueryToken: true, validate: check });",
      "  server.auth.strategy('admin', 'bearer-access-token', { allowQueryToken: false, validate: check });",
      "  server.auth.strategy('web', 'cookie', { allowQueryToken: true, validate: check });",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'auth.js', [
      { rule: 'query-token-accepted', ...at(code, 'allowQueryToken: true, validate'), level: 'warning' },
      {
        rule: 'query-token-accepted',
        ...at(code, "allowQueryToken: true, validate: check });\n  server.auth.strategy('admin"),
        level: 'warning',
      },
    ]);
  });
});
