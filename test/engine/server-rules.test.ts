import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { EngineSettings } from '../../src/engine/engine-options.js';
import { analyzeVirtualFile } from '../support/virtual-program.js';
import type { Finding, Suggestion } from '../../src/findings/finding.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';

function analyze(code: string, settings?: EngineSettings, fileName = 'server.ts'): Finding[] {
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  return analyzeSourceFile(sourceFile, settings ? { settings } : {});
}

function only(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === rule);
}

function apply(code: string, suggestion: Suggestion): string {
  return [...suggestion.edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
}

/** A program over one virtual file with @types/node, so that the checker knows `IncomingMessage`. */
function analyseTyped(code: string): Finding[] {
  const root = resolve(import.meta.dirname, '../..');
  const fileName = join(root, 'fixtures/code/typed-virtual.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  };
  expect(dirname(fileName)).toContain('fixtures');
  return analyzeVirtualFile(fileName, code, options);
}

describe('log-raw-url', () => {
  it('reports at the request URL inside the log call, with the flow from source to logger', () => {
    const code =
      "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => { console.log('url', req.originalUrl); res.end(); });\n";
    const [finding] = only(analyze(code), 'log-raw-url');
    const column = (code.split('\n')[2] ?? '').indexOf('req.originalUrl') + 1;
    expect(finding?.location).toMatchObject({ line: 3, column, endColumn: column + 'req.originalUrl'.length });
    expect(finding?.level).toBe('warning');
    expect(finding?.message).toContain('`req.originalUrl` is the raw request URL');
    expect(finding?.flow?.at(-1)?.message).toBe('reaches console');
  });

  it('suggests the path: req.path in Express, the text before ? elsewhere, url.pathname for Hapi; the rewrite is clean', () => {
    const cases = [
      ["import express from 'express';\nexpress().use((req, res) => console.log(req.url));\n", 'req.path'],
      ["import { createServer } from 'node:http';\ncreateServer((req, res) => console.log(req.url));\n", "(req.url ?? '').split('?')[0]"],
      [
        "import Hapi from '@hapi/hapi';\nexport const handler = (request: Hapi.Request) => console.log(request.url);\n",
        'request.url.pathname',
      ],
    ] as const;
    for (const [code, replacement] of cases) {
      const [finding] = only(analyze(code), 'log-raw-url');
      const suggestion = finding?.suggestions?.find((candidate) => candidate.id === 'logPathWithoutQuery');
      expect(suggestion?.edits[0]?.text).toBe(replacement);
      if (suggestion) expect(only(analyze(apply(code, suggestion)), 'log-raw-url')).toEqual([]);
    }
  });

  it('keeps the plain request in a ws connection handler of an Express app (no req.path there)', () => {
    const code =
      "import express from 'express';\nimport { WebSocketServer } from 'ws';\nexpress();\nnew WebSocketServer({ port: 1, verifyClient: (i) => i.origin === 'https://a.example' }).on('connection', (ws, req) => console.log(req.url));\n";
    const [finding] = only(analyze(code), 'log-raw-url');
    expect(finding?.suggestions?.[0]?.edits[0]?.text).toBe("(req.url ?? '').split('?')[0]");
  });

  it('recognizes loggers named in extraLoggerNames only when configured', () => {
    const code =
      "import { auditLog } from './audit';\nexport const handle = (req: unknown) => { auditLog.record(req.url); auditLog(req.originalUrl); };\n";
    expect(only(analyze(code), 'log-raw-url')).toEqual([]);
    const columns = ['req.url', 'req.originalUrl'].map((source) => (code.split('\n')[1] ?? '').indexOf(source) + 1);
    expect(only(analyze(code, { extraLoggerNames: ['auditLog'] }), 'log-raw-url').map((finding) => finding.location.column)).toEqual(
      columns,
    );
  });

  it('with types, confirms requests by type: a typed IncomingMessage under any name, not a DTO named req', () => {
    const code = [
      "import type { IncomingMessage } from 'node:http';",
      'export function onMessage(message: IncomingMessage): void { console.log(message.url); }',
      'export function show(req: { url: string; id: number }): void { console.log(req.url); }',
      '',
    ].join('\n');
    expect(only(analyseTyped(code), 'log-raw-url').map((finding) => finding.location.line)).toEqual([2]);
    expect(only(analyze(code), 'log-raw-url').map((finding) => finding.location.line)).toEqual([3]);
  });
});

describe('AWS Lambda events', () => {
  it('with types, recognizes API Gateway events by their type under any name, and not the Lambda context', () => {
    const code = [
      'interface APIGatewayProxyEventV2 { rawPath: string; rawQueryString: string; queryStringParameters?: Record<string, string> }',
      'interface Context { functionName: string; awsRequestId: string }',
      'export async function handle(evt: APIGatewayProxyEventV2, context: Context): Promise<void> {',
      '  console.log(evt.rawQueryString, evt.rawPath);',
      '  console.log(context);',
      '}',
      '',
    ].join('\n');
    expect(only(analyseTyped(code), 'log-raw-url').map((finding) => finding.location.line)).toEqual([4]);
  });
});

describe('log-middleware-url', () => {
  it('offers redactUrlToken for predefined morgan formats, and the rewritten code is clean', () => {
    for (const format of ['combined', 'tiny']) {
      const code = `import express from 'express';\nimport morgan from 'morgan';\nconst app = express();\napp.use(morgan('${format}'));\n`;
      const [finding] = only(analyze(code), 'log-middleware-url');
      const suggestion = finding?.suggestions?.find((candidate) => candidate.id === 'redactUrlToken');
      expect(suggestion).toBeDefined();
      if (!suggestion) continue;
      const fixed = apply(code, suggestion);
      expect(fixed).toContain(
        "morgan.token('url', (req: { originalUrl?: string; url?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0]);\napp.use(morgan(",
      );
      expect(fixed.includes(':referrer')).toBe(false);
      expect(analyze(fixed)).toEqual([]);
    }
  });

  it('still reports a url token redefined to log originalUrl, or masking a parameter that is no credential', () => {
    for (const redefined of ['req.originalUrl', "req.originalUrl.replace(/([?&]page=)[^&]*/, '$1*')"]) {
      const code = `import express from 'express';\nimport morgan from 'morgan';\nconst app = express();\nmorgan.token('url', (req: { originalUrl: string }) => ${redefined});\napp.use(morgan('dev'));\n`;
      expect(
        only(analyze(code), 'log-middleware-url').map((finding) => finding.location.line),
        redefined,
      ).toEqual([5]);
    }
  });

  it('writes the token function without a type annotation in JavaScript files', () => {
    const code = "const morgan = require('morgan');\nmodule.exports = morgan('dev');\n";
    const [finding] = only(analyze(code, undefined, 'app.js'), 'log-middleware-url');
    expect(finding?.suggestions?.[0]?.edits[0]?.text).toBe(
      "morgan.token('url', (req) => (req.originalUrl ?? req.url ?? '').split('?')[0]);\n",
    );
  });
});

describe('ws-missing-origin-check', () => {
  const server = "import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: 8080 });\n";

  it('notes a server without an Origin check, and errs when the file authenticates by cookie or session', () => {
    expect(only(analyze(server), 'ws-missing-origin-check').map((finding) => finding.level)).toEqual(['note']);
    const withSession = `import session from 'express-session';\n${server}`;
    const [finding] = only(analyze(withSession), 'ws-missing-origin-check');
    expect(finding?.level).toBe('error');
    expect(finding?.message).toContain('it uses express-session');
  });
});

describe('ws-insecure-scheme', () => {
  it('suggests wss:// on the literal that holds the scheme, and the rewrite is clean', () => {
    const code = "const host = 'feed.example.com';\nexport const socket = new WebSocket('ws:' + '//' + host + '/live');\n";
    const [finding] = only(analyze(code), 'ws-insecure-scheme');
    const suggestion = finding?.suggestions?.find((candidate) => candidate.id === 'useSecureScheme');
    expect(suggestion).toBeDefined();
    if (suggestion) expect(analyze(apply(code, suggestion))).toEqual([]);
  });

  it('accepts the hosts of settings.allowedHosts, exact or by *. suffix', () => {
    const code = "export const a = new WebSocket('ws://gateway.internal:8080');\nexport const b = new WebSocket('ws://mesh.svc');\n";
    expect(only(analyze(code), 'ws-insecure-scheme')).toHaveLength(2);
    expect(only(analyze(code, { allowedHosts: ['*.internal', 'mesh.svc'] }), 'ws-insecure-scheme')).toEqual([]);
  });

  it('names only scheme and host: never the user-info or query of the URL', () => {
    const code = "export const s = new WebSocket('ws://admin:hunter2-fake@feed.example.com/live?key=fake-key-123');\n";
    const [finding] = only(analyze(code), 'ws-insecure-scheme');
    expect(finding?.message).toContain('ws://feed.example.com');
    expect(finding?.message).not.toMatch(/hunter2|fake-key/);
  });
});

describe('query-token-accepted', () => {
  const handler = (body: string, extra = '') =>
    `import express from 'express';\nimport jwt from 'jsonwebtoken';\n${extra}const app = express();\napp.get('/x', (req, res) => {\n  const token = String(req.query.token);\n${body}\n});\n`;

  it('warns by default and explains the single-use ticket', () => {
    const [finding] = only(analyze(handler('  res.json({ ok: token.length > 0 });')), 'query-token-accepted');
    expect(finding?.level).toBe('warning');
    expect(finding?.message).toContain('single-use, short-lived tickets');
  });

  it('errs when the token is verified as a long-lived JWT, not with maxAge or a jti check', () => {
    const level = (code: string) => only(analyze(code), 'query-token-accepted').map((finding) => finding.level);
    expect(level(handler("  res.json(jwt.verify(token, 'fake-key'));"))).toEqual(['error']);
    expect(level(handler("  res.json(jwt.verify(token, 'fake-key', { maxAge: '60s' }));"))).toEqual(['warning']);
    expect(level(handler("  const claims = jwt.verify(token, 'fake-key') as { jti: string };\n  res.json(claims.jti);"))).toEqual([
      'warning',
    ]);
  });

  it('errs when the same handler logs the request URL, even with log-raw-url disabled', () => {
    const code = handler("  console.log('auth via', req.url);\n  res.end();");
    const findings = analyzeSourceFile(ts.createSourceFile('server.ts', code, ts.ScriptTarget.Latest, true), {
      rules: new Set(['query-token-accepted']),
    });
    expect(findings.map((finding) => [finding.ruleId, finding.level])).toEqual([['query-token-accepted', 'error']]);
    expect(findings[0]?.message).toContain('also logs the request URL, which writes the credential to your own logs');
    const logColumn = (code.split('\n')[5] ?? '').indexOf('req.url') + 1;
    expect(findings[0]?.related).toEqual([
      {
        location: { path: 'server.ts', line: 6, column: logColumn, endLine: 6, endColumn: logColumn + 'req.url'.length },
        message: 'the request URL is logged here',
      },
    ]);
  });

  it('keeps its fingerprint when lines above move: where the URL is logged is a related location, not message text', () => {
    const code = handler("  console.log('auth via', req.url);\n  res.end();");
    const shifted = code.replace('const app', '// a comment\n\nconst app');
    const [before, after] = [code, shifted].map((text) => only(analyze(text), 'query-token-accepted')[0]);
    expect(after?.location.line).toBe((before?.location.line ?? 0) + 2);
    expect(after?.related?.[0]?.location.line).toBe((before?.related?.[0]?.location.line ?? 0) + 2);
    expect(after?.message).toBe(before?.message);
    expect(before && findingFingerprint(before)).toBe(after && findingFingerprint(after));
  });
});

describe('query-token-accepted across files', () => {
  it('errs when a helper in another file verifies the token as a long-lived JWT (program), warns when that file is not seen', async () => {
    const { createProgram } = await import('../../src/engine/ast/create-program.js');
    const dir = resolve(import.meta.dirname, '../../fixtures/code/server/cross-file/ticket');
    const files = [join(dir, 'auth.ts'), join(dir, 'routes.ts')];
    const { program } = createProgram({ cwd: dir, files, project: resolve(dir, '../../../tsconfig.json') });
    if (!program) throw new Error('no program');
    const routes = program.getSourceFile(files[1] ?? '');
    if (!routes) throw new Error('no routes.ts');
    const typed = only(analyzeSourceFile(routes, { program, checker: program.getTypeChecker() }), 'query-token-accepted');
    expect(typed.map((finding) => finding.level)).toEqual(['error']);
    expect(typed[0]?.message).toContain('long-lived JWT');
    const alone = only(analyze(routes.text, undefined, files[1]), 'query-token-accepted');
    expect(alone.map((finding) => finding.level)).toEqual(['warning']);
  });
});
