import { describe, expect, it } from 'vitest';
import { at, expectBothDoors, places } from '../support/both-doors.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

const project = useTempProjects('heldout23');

/** Idioms code heldout23 showed the engine missing (its first, unseen score was taken before these were written). */

describe('a fetch wrapper that passes its arguments on with a rest parameter', () => {
  it('`fetch(...args)` in `(...args) => …` sends the URL the wrapper’s callers give it (go-base-client-instance)', () => {
    const code = [
      'const fetchWithTimeout = (...args: [string, RequestInit?]) =>',
      '  new Promise((resolve) => {',
      '    fetch(...args).then(resolve);',
      '  });',
      'export function profile(session: { token: string }) {',
      "  return fetchWithTimeout(`https://api.example.com/user/profile?token=${session.token}`, { method: 'GET' });",
      '}',
      "export const health = () => fetchWithTimeout('https://api.example.com/health?page=1');",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/api/base.ts', [
      { rule: 'token-in-request-url', ...at(code, '`https://api.example.com/user'), level: 'error' },
    ]);
  });

  it('a caller that writes `?token=` around a token it knows by its name only is where the finding goes', () => {
    const code = [
      'function base(method: string, { url }: { url: string }) {',
      '  return fetch(`https://api.example.com/${url}`, { method });',
      '}',
      "const GET = (url: string) => base('GET', { url });",
      'export const getProfile = (token: string) => GET(`user/profile?token=${token}`);',
      'export const getGame = (token: string, id: string) => GET(`game/${id}?token=${token}`);',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/api/profile.ts', [
      { rule: 'token-in-request-url', ...at(code, '`user/profile'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`game/'), level: 'error' },
    ]);
  });

  it('arguments before the spread keep their own places', () => {
    const code = [
      'function send(url: string, ...rest: unknown[]) {',
      '  return fetch(url, ...(rest as [RequestInit]));',
      '}',
      "export const ping = (apiKey: string) => send('https://api.example.com/ping?page=2', { headers: { 'x-api-key': apiKey } });",
      '',
    ].join('\n');
    expect(places(code, 'send.ts')).toEqual([]);
  });
});

describe('a request URL with its origin cut off', () => {
  it('`request.url.slice(origin.length)` keeps the path and query (RLTM-Back’s Elysia hooks)', () => {
    const code = [
      "import { Elysia } from 'elysia';",
      'export const app = new Elysia().onRequest(({ request, server }) => {',
      "  const origin: string = server?.url?.origin ?? '';",
      '  const path = request.url.slice(origin.length);',
      '  console.info(`${request.method} ${path}`);',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/extensions/app.ts', [{ rule: 'log-raw-url', ...at(code, '`${request.method}'), level: 'warning' }]);
  });
});

describe("Astro's endpoint context", () => {
  it('`ctx.request.url` of an APIRoute, and of the route a wrapper returns, is the incoming URL (asleepace.com)', () => {
    const code = [
      "import type { APIRoute } from 'astro';",
      'export function endpoint(route: APIRoute): APIRoute {',
      '  return async (ctx) => {',
      '    try {',
      '      return await route(ctx);',
      '    } catch (e) {',
      '      console.error(`[api] error ${ctx.request.url}:`, e);',
      "      return new Response('failed', { status: 500 });",
      '    }',
      '  };',
      '}',
      'export const GET: APIRoute = async (context) => {',
      '  console.log(`at ${context.url.pathname}`);',
      "  return new Response('ok');",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/pages/api/index.ts', [{ rule: 'log-raw-url', ...at(code, 'ctx.request.url'), level: 'warning' }]);
  });
});

describe('a logging middleware a project module hands on', () => {
  it("`const { morgan } = require('./middleware/logger')`, where that module exports the morgan it required (iamAssignment3)", async () => {
    const cwd = project({
      'middleware/logger.js': ["const morgan = require('morgan');", 'module.exports = {', '  morgan,', '};', ''].join('\n'),
      'index.js': [
        "const express = require('express');",
        "const { morgan } = require('./middleware/logger');",
        'const app = express();',
        "app.use(morgan(':date --> :method :url :status'));",
        "app.get('/feed', (req, res) => res.send(req.query.page));",
        '',
      ].join('\n'),
    });
    const run = await runCli(['code', '.', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`)).toEqual([
      'log-middleware-url index.js:4',
    ]);
  });
});
