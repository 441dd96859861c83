import { describe, expect, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';

/** Idioms code heldout40 showed the engine missing (its first, unseen score was taken before these were written). */

describe("query-string's extract", () => {
  it('`parse(extract(request.url)).token` reads the token from the query of the handshake URL', () => {
    const code = [
      "import { extract, parse } from 'query-string';",
      "import { IoAdapter } from '@nestjs/platform-socket.io';",
      'export class AuthenticatedWsIoAdapter extends IoAdapter {',
      '  createIOServer(port: number, options?: any): any {',
      '    options.allowRequest = async (request, allow) => {',
      '      const token = parse(extract(request.url)).token;',
      '      await verify(token as string);',
      '      return allow(null, true);',
      '    };',
      '    return super.createIOServer(port, options);',
      '  }',
      '}',
      'declare function verify(token: string): Promise<void>;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/adapters/ws.ts', [{ rule: 'query-token-accepted', ...at(code, 'parse(extract'), level: 'warning' }]);
  });
});

describe("TypeScript's CommonJS import, `import x = require('m')`", () => {
  it('binds the module: express-pino-logger without a serializer logs every URL, express-ws serves every Origin', () => {
    const code = [
      "import express = require('express');",
      "import session = require('express-session');",
      "import pino = require('pino');",
      "import expressPinoLogger = require('express-pino-logger');",
      "import expressWs = require('express-ws');",
      'const app = expressWs(express()).app;',
      'const logger = pino();',
      'app.use(expressPinoLogger({ logger }));',
      "app.use(session({ secret: 'keyboard cat' }));",
      "app.ws('/connect', (ws) => ws.send('hi'));",
      '',
    ].join('\n');
    expectBothDoors(code, 'server/src/server.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, 'expressWs(express())'), level: 'error' },
      { rule: 'log-middleware-url', ...at(code, '{ logger }'), level: 'warning' },
    ]);
  });
});

describe('a SvelteKit handler typed with the kit’s types, in any file', () => {
  it('`export const get: RequestHandler = async ({ url }) => …` (routes before SvelteKit 1.0) reads the request URL', () => {
    const code = [
      "import type { RequestHandler } from '@sveltejs/kit';",
      'export const get: RequestHandler = async ({ url }) => {',
      '  const { searchParams } = url;',
      "  const apiKey = searchParams.get('apiKey');",
      '  const key = await apiKeyService.getByKey(apiKey);',
      '  return { body: { valid: !!key } };',
      '};',
      'declare const apiKeyService: { getByKey(key: string | null): Promise<unknown> };',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/routes/openai/completion.ts', [
      { rule: 'query-token-accepted', ...at(code, "searchParams.get('apiKey')"), level: 'warning' },
    ]);
  });

  it('an untyped `({ url })` outside a route file is no request', () => {
    const code = "export const get = async ({ url }) => fetch(url.searchParams.get('token'));\n";
    expectBothDoors(code, 'src/lib/util.ts', []);
  });
});

const project = useTempProjects('heldout40');

describe("fetch's own input type", () => {
  it('a parameter typed `RequestInfo | URL` is an outgoing URL the function appends a query to, not an incoming request', async () => {
    const code = [
      'const request = async (input: RequestInfo | URL, params?: Record<string, string>) => {',
      '  if (params) input += `?${new URLSearchParams(params).toString()}`;',
      '  return fetch(input);',
      '};',
      "export const completion = (apiKey: string) => request('/openai/completion', { apiKey });",
      '',
    ].join('\n');
    const cwd = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, lib: ['es2022', 'dom'] } }),
      'src/http.ts': code,
    });
    const run = await runCli(['code', 'src', '-f', 'json'], cwd);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { line: number } }[] };
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.location.line}`)).toEqual(['token-in-request-url:3']);
  });
});
