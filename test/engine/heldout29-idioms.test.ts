import { describe, expect, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** Idioms code heldout29 showed the engine missing (its first, unseen score was taken before these were written). */

const project = useTempProjects('urlleak-heldout29-');

describe("an instance of a require()d axios: its request interceptor's config", () => {
  it('`config.params.api_key = …` in `api.interceptors.request.use` after `const axios = require(…)` (tiktoc-ETL)', () => {
    const code = [
      "const axios = require('axios');",
      "const tmdbAPI = axios.create({ baseURL: 'https://api.example.com/3' });",
      'tmdbAPI.interceptors.request.use((config) => {',
      '  config.params = config.params || {};',
      '  config.params.api_key = process.env.API_SECRET;',
      '  return config;',
      '});',
      'module.exports = tmdbAPI;',
      '',
    ].join('\n');
    expectBothDoors(code, 'config/api.js', [{ rule: 'token-in-request-url', ...at(code, 'process.env.API_SECRET'), level: 'error' }]);
  });
});

describe("an ActionCable fork's createConsumer", () => {
  it('`ActionCable.createConsumer(url)` of action-cable-react-jwt, the token in the URL (sankana)', () => {
    const code = [
      "import ActionCable from 'action-cable-react-jwt';",
      'export const createSocket = ({ code, channel }) => {',
      '  const cable = ActionCable.createConsumer(`${__WS__}?token=${code}`);',
      '  return cable.subscriptions.create({ channel }, {});',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/utils/helpers.js', [{ rule: 'ws-token-in-url', ...at(code, '`${__WS__}'), level: 'error' }]);
  });
});

describe("a project's logger factory", () => {
  it('`getLogger().info(… req.originalUrl …)` is a logger call (ilc)', () => {
    const code = [
      "import { Request, Response, NextFunction } from 'express';",
      "import { getLogger } from '../../util/logger';",
      'export function validate(req: Request, res: Response, next: NextFunction) {',
      '  try {',
      '    next();',
      '  } catch (e) {',
      '    getLogger().info(`Validation error at ${req.method} ${req.originalUrl}`, e);',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/validate.ts', [{ rule: 'log-raw-url', ...at(code, 'req.originalUrl'), level: 'warning' }]);
  });
});

describe('a function written to be called with `new`', () => {
  it('`new Handler(SERVER)` where `function Handler(address) { this.ws = new WebSocket(address) }`, in another script (usage-monitor)', async () => {
    const cwd = project({
      'static/WebSocketHandler.js': [
        'function WebSocketHandler(serverAddress) {',
        '  this.ws = new WebSocket(serverAddress);',
        '}',
        '',
      ].join('\n'),
      'static/script.js': [
        'var SERVER_ADDRESS = "ws://45.55.193.149:8080/websocket";',
        'window.onload = function () {',
        '  var webSocket = new WebSocketHandler(SERVER_ADDRESS);',
        '};',
        '',
      ].join('\n'),
    });
    const run = await runCli(['code', 'static', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'ws-insecure-scheme static/WebSocketHandler.js:2',
    ]);
  });
});

describe('an API that takes its key only in the path', () => {
  it("Dark Sky's `/forecast/<key>/<lat>,<lon>`: warning, as for keys an API takes only in the URL (louisville-homepage)", () => {
    const code = [
      "const axios = require('axios');",
      "app.get('/api/weather', (req, res) => {",
      '  const api = process.env.API_KEY;',
      '  const url = `https://api.darksky.net/forecast/${api}/38.23,-85.72?exclude=minutely`;',
      '  axios.get(url).then((results) => res.json(results.data));',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'routes/api-routes.js', [{ rule: 'token-in-request-url', ...at(code, 'url).then'), level: 'warning' }]);
  });
});
