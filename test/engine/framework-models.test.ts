import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { frameworks } from '../../src/engine/frameworks/index.js';

/**
 * What each framework model (src/engine/frameworks/) knows, as the findings show it: the members that are a request's
 * URL or query, where the request hides, the session middleware that makes cookies the credential, the library's own
 * modules. Mutants of the model files showed that the corpus tests pinned little of it (docs/mutation-testing.md).
 */
const findings = (code: string) =>
  analyzeSourceFile(ts.createSourceFile('/virtual/server.ts', code, ts.ScriptTarget.Latest, true)).map(
    (finding) => `${finding.ruleId}:${finding.level}:${finding.location.line}`,
  );

describe('Koa', () => {
  it.each(['url', 'originalUrl', 'href', 'querystring', 'search'])('ctx.%s is the request URL: logging it is log-raw-url', (member) => {
    expect(findings(`import Koa from 'koa';\nconst app = new Koa();\napp.use(async (ctx) => { console.log(ctx.${member}); });\n`)).toEqual([
      'log-raw-url:warning:3',
    ]);
  });

  it('ctx.request and ctx.req reach the request too; ctx.path is the path alone', () => {
    const log = (expression: string) =>
      findings(
        `import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/x', (ctx) => { console.log(${expression}); });\n`,
      );
    expect(log('ctx.request.url')).toEqual(['log-raw-url:warning:3']);
    expect(log('ctx.req.url')).toEqual(['log-raw-url:warning:3']);
    expect(log('ctx.path')).toEqual([]);
  });

  it('with koa-session the app authenticates by cookie: a WebSocket server without an Origin check is an error', () => {
    const server = (session: string) =>
      findings(
        `import Koa from 'koa';\n${session}import { WebSocketServer } from 'ws';\nconst app = new Koa();\nexport const wss = new WebSocketServer({ port: 8080 });\n`,
      );
    expect(server("import session from 'koa-session';\n")).toEqual(['ws-missing-origin-check:error:5']);
    expect(server("import session from 'koa-generic-session';\n")).toEqual(['ws-missing-origin-check:error:5']);
    expect(server('')).toEqual(['ws-missing-origin-check:note:4']);
  });
});

describe('Express', () => {
  it.each(['url', 'originalUrl'])('req.%s is the request URL; req.path is not', (member) => {
    const log = (expression: string) =>
      findings(
        `import express from 'express';\nconst app = express();\napp.get('/x', (req, res) => { console.log(${expression}); res.end(); });\n`,
      );
    expect(log(`req.${member}`)).toEqual(['log-raw-url:warning:3']);
    expect(log('req.path')).toEqual([]);
  });

  it.each(['express-session', 'cookie-session', 'cookie-parser', 'cookie'])(
    '%s makes cookies the credential of an Express app',
    (module) => {
      expect(
        findings(
          `import express from 'express';\nimport session from '${module}';\nimport { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: 8080 });\n`,
        ),
      ).toEqual(['ws-missing-origin-check:error:4']);
    },
  );
});

describe('ws', () => {
  it.each(['ws', 'isomorphic-ws'])("%s's client and server are recognized by their module", (module) => {
    expect(
      findings(
        `import WebSocket, { WebSocketServer } from '${module}';\ndeclare const accessToken: string;\nnew WebSocket(\`wss://x/ws?token=\${accessToken}\`);\nexport const wss = new WebSocketServer({ port: 1 });\n`,
      ),
    ).toEqual(['ws-token-in-url:error:3', 'ws-missing-origin-check:note:4']);
  });

  it('the upgrade request in verifyClient (info.req) is a request: logging its URL is log-raw-url', () => {
    expect(
      findings(
        `import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: 1, verifyClient: (info) => { console.log(info.req.url); return info.origin === 'https://app.example.com'; } });\n`,
      ),
    ).toEqual(['log-raw-url:warning:2']);
  });
});

describe('axios', () => {
  it('axios.create({ baseURL }) with a token in it is a request URL finding', () => {
    expect(
      findings(
        `import axios from 'axios';\ndeclare const apiKey: string;\nexport const client = axios.create({ baseURL: \`https://api.example.com/?api_key=\${apiKey}\` });\n`,
      ),
    ).toEqual(['token-in-request-url:error:3']);
  });
});

describe('every model', () => {
  /** The module lists of a model's rows, wherever they sit (sinks, request objects, sources, cookie auth). */
  function rowModules(value: unknown): string[] {
    if (Array.isArray(value)) return value.flatMap(rowModules);
    if (value === null || typeof value !== 'object' || value instanceof Set) return [];
    return Object.entries(value).flatMap(([key, child]) =>
      (key === 'modules' || key === 'cookieAuthModules') && Array.isArray(child) ? (child as string[]) : rowModules(child),
    );
  }

  it.each(frameworks.map((model) => [model.name, model] as const))(
    '%s names the modules its rows match (its own list covers them)',
    (_name, model) => {
      const { modules, ...rows } = model;
      expect(modules.length).toBeGreaterThan(0);
      const outside = rowModules(rows).filter((module) => module !== 'global' && module !== '?' && !modules.includes(module));
      expect(outside).toEqual([]);
    },
  );
});
