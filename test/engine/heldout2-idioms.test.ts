import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { at, expectBothDoors } from '../support/both-doors.js';
import { useTempProjects } from '../support/temp-project.js';

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

describe("requests typed by the project's own interface", () => {
  const project = useTempProjects('request-shape');
  const code = [
    'interface UpgradeRequest {',
    '  query?: { token?: string };',
    '  headers?: Record<string, string>;',
    '  principal?: string;',
    '}',
    'interface SearchRequest {',
    '  query: { token: string; text: string };',
    '}',
    'export function authorize(req: UpgradeRequest, verify: (jwt: string) => string): void {',
    '  let credential = req.headers?.authorization;',
    '  if (req.query && req.query.token) {',
    '    credential = req.query.token;',
    '  }',
    "  req.principal = verify(credential ?? '');",
    '}',
    'export function nextPage(req: SearchRequest): string {',
    '  return req.query.token;',
    '}',
    '',
  ].join('\n');

  it('with a checker, a req typed by a project interface with headers and a query is a request; one with a query alone is not', () => {
    const directory = project({ 'authorize.ts': code });
    const path = join(directory, 'authorize.ts');
    const program = ts.createProgram([path], { noEmit: true, strict: true });
    const found = analyzeProgram(program, [path]).map((finding) => ({
      rule: finding.ruleId,
      line: finding.location.line,
      column: finding.location.column,
    }));
    expect(found).toEqual([{ rule: 'query-token-accepted', ...at(code, 'req.query.token;') }]);
  });

  it('by name alone, its query token is reported where it is used, not where `if (q && q.token)` tests it', () => {
    const authorize = code.slice(code.indexOf('export function authorize'), code.indexOf('export function nextPage'));
    expectBothDoors(authorize, 'authorize.ts', [{ rule: 'query-token-accepted', ...at(authorize, 'req.query.token;'), level: 'warning' }]);
  });
});

describe('morgan formats chosen outside the code', () => {
  it('a format from configuration logs the URL like every predefined one; a custom format without :url does not', () => {
    const code = [
      "const morgan = require('morgan');",
      "const config = require('./config');",
      'module.exports = function logging(app) {',
      '  app.use(morgan(config.www.logFormat, { stream: process.stdout }));',
      "  app.use(morgan(':method :status :response-time ms'));",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'logging.js', [{ rule: 'log-middleware-url', ...at(code, 'config.www.logFormat'), level: 'warning' }]);
  });
});

describe('Primus servers', () => {
  const server = (authorize: string) =>
    [
      "import Primus from 'primus';",
      "import cookie from 'cookie';",
      'export function start(httpServer, sessions) {',
      "  const primus = new Primus(httpServer, { transformer: 'websockets' });",
      '  AUTHORIZE',
      "  primus.on('connection', (spark) => spark.write('hello'));",
      '  return primus;',
      '}',
      'function bySession(sessions) {',
      '  return (req, done) => done(sessions.has(cookie.parse(req.headers.cookie ?? "").sid) ? null : new Error("denied"));',
      '}',
      'function sameSite(sessions) {',
      "  return (req, done) => done(req.headers.origin === 'https://app.example.com' ? null : new Error('origin'));",
      '}',
      '',
    ]
      .join('\n')
      .replace('AUTHORIZE', authorize);

  it('authorized by a session cookie without an Origin check, it accepts cross-site connections: an error at the server', () => {
    const code = server('primus.authorize(bySession(sessions));');
    expectBothDoors(code, 'realtime.js', [{ rule: 'ws-missing-origin-check', ...at(code, 'new Primus'), level: 'error' }]);
  });

  it('an authorize function that reads the Origin, made by a factory, is the check', () => {
    expectBothDoors(server('primus.authorize(sameSite(sessions));'), 'realtime.js', []);
  });
});

describe('state objects written by other functions', () => {
  it('a property that login sets and logout clears may hold the token wherever it is read: the socket URL carries it', () => {
    const code = [
      'const state = {',
      "  token: '',",
      "  room: 'lobby',",
      '};',
      'function onLogin(session) {',
      '  state.token = session.accessToken;',
      '}',
      'function onLogout() {',
      "  state.token = '';",
      "  state.room = 'lobby';",
      '}',
      'function joinRoom() {',
      '  return new WebSocket(`wss://${location.host}/live?token=${state.token}&room=${state.room}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'live.js', [{ rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' }]);
  });

  it('a property written where the object is declared is the value written last', () => {
    const code = [
      'function joinRoom(session) {',
      '  const state = { token: session.accessToken };',
      "  state.token = 'anonymous';",
      '  return new WebSocket(`wss://${location.host}/live?token=${state.token}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'live.js', []);
  });
});
