import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * Precision of the server rules (issue #12): shapes of real code that were reported although nothing was worth fixing
 * (bench/real-world), next to the look-alikes that must stay reported.
 */
function findings(code: string, rule: string, fileName = 'server.ts'): Finding[] {
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  return analyzeSourceFile(sourceFile, {}).filter((finding) => finding.ruleId === rule);
}

/** `[line, column, level]` of each finding, columns 1-based. */
function where(found: readonly Finding[]): [number, number, string][] {
  return found.map((finding) => [finding.location.line, finding.location.column, finding.level]);
}

function columnOf(code: string, line: number, text: string): number {
  return (code.split('\n')[line - 1] ?? '').indexOf(text) + 1;
}

describe('ws-insecure-scheme: local destinations', () => {
  it.each([
    '0.0.0.0',
    '[::]',
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    'localhost.',
    'app.localhost',
    'host.docker.internal',
  ])('a test client connecting to ws://%s:<port> crosses no network', (host) => {
    const code = `import { io as ioc } from 'socket.io-client';\nconst port = Number(process.env.PORT);\nexport const client = ioc('ws://${host}:' + port, { reconnection: false });\n`;
    expect(findings(code, 'ws-insecure-scheme')).toEqual([]);
  });

  it.each(['0.0.0.0.nip.io', 'localhost.evil.example', 'docker.internal', 'host.docker.internal.evil.example', '10.0.0.1', '[::2]'])(
    'ws://%s is still a remote host',
    (host) => {
      const code = `export const socket = new WebSocket('ws://${host}:8080/feed');\n`;
      expect(where(findings(code, 'ws-insecure-scheme'))).toEqual([[1, columnOf(code, 1, "'ws://"), 'warning']]);
    },
  );

  it("a helper's host parameter is what its callers pass: loopback from every caller is no finding (ddz_demo shape)", () => {
    const helper = [
      'export class GameClientNet {',
      '  static startClient(ip: string, port: number) {',
      "    return new WebSocket('ws://' + ip + ':' + port);",
      '  }',
      '}',
    ];
    const loopback = [...helper, "GameClientNet.startClient('127.0.0.1', 10001);", ''].join('\n');
    expect(findings(loopback, 'ws-insecure-scheme')).toEqual([]);
    const remote = [
      ...helper,
      "GameClientNet.startClient('127.0.0.1', 10001);",
      "GameClientNet.startClient('game.example.com', 10001);",
      '',
    ].join('\n');
    expect(where(findings(remote, 'ws-insecure-scheme'))).toEqual([[3, columnOf(remote, 3, "'ws://"), 'warning']]);
    // No caller in sight (an exported helper): the host is known only at run time, and the URL is still plain ws.
    const alone = [...helper, ''].join('\n');
    expect(where(findings(alone, 'ws-insecure-scheme'))).toEqual([[3, columnOf(alone, 3, "'ws://"), 'warning']]);
  });
});

describe('ws-insecure-scheme: a scheme chosen at run time between wss and ws', () => {
  it('a CLI helper connecting to its own server over wss when TLS is configured, ws otherwise (uptime-kuma shape)', () => {
    const code = `const { io } = require('socket.io-client');
const isSSL = process.env.SSL_KEY && process.env.SSL_CERT;
const hostname = process.env.HOST;
const port = Number(process.env.PORT) || 3001;
function getLocalWebSocketURL() {
  const protocol = isSSL ? 'wss' : 'ws';
  const host = hostname || 'localhost';
  return \`\${protocol}://\${host}:\${port}\`;
}
const localWebSocketURL = getLocalWebSocketURL();
const socket = io(localWebSocketURL, { reconnection: false, timeout: 5000 });
module.exports = { socket };
`;
    expect(findings(code, 'ws-insecure-scheme', 'reset-password.js')).toEqual([]);
  });

  it.each([
    "new WebSocket((isTls ? 'wss' : 'ws') + '://' + host + '/live')",
    'new WebSocket(`${secure ? "wss" : "ws"}://${host}/live`)',
    "new WebSocket(isTls ? 'wss://' + host + '/live' : 'ws://' + host + '/live')",
    "new WebSocket((location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host)",
    "new WebSocket((isTls ? 'wss' : 'ws') + '://feed.example.com/live')",
  ])('%s', (expression) => {
    const code = `declare const isTls: boolean;\ndeclare const secure: boolean;\ndeclare const host: string;\nexport const socket = ${expression};\n`;
    expect(findings(code, 'ws-insecure-scheme')).toEqual([]);
  });

  it('still reports (at the URL argument) the ws branch to another host than the wss one, or when no branch is wss', () => {
    const code = `declare const prod: boolean;
declare const host: string;
export const a = new WebSocket(prod ? 'wss://api.example.com/live' : 'ws://staging.example.com/live');
export const b = new WebSocket((prod ? 'ws' : 'http') + '://' + host + '/live');
`;
    expect(where(findings(code, 'ws-insecure-scheme'))).toEqual([
      [3, columnOf(code, 3, 'prod ?'), 'warning'],
      [4, columnOf(code, 4, '(prod ?'), 'warning'],
    ]);
  });
});

describe('ws-missing-origin-check: only ambient (cookie) credentials make a missing Origin check worth fixing', () => {
  const collaboration = (imports: string) => `${imports}import type http from 'node:http';
import WebSocket from 'ws';
import { Server } from '@hocuspocus/server';
import AuthenticationExtension from './AuthenticationExtension';

export default function init(server: http.Server) {
  const wss = new WebSocket.Server({
    noServer: true,
    maxPayload: 1024 * 1024,
  });
  const hocuspocus = Server.configure({ extensions: [new AuthenticationExtension()] });
  server.on('upgrade', (req, socket, head) => {
    if (req.url?.startsWith('/collaboration')) {
      wss.handleUpgrade(req, socket, head, (client) => hocuspocus.handleConnection(client, req));
    }
  });
}
`;

  it('a socket authenticated by a token in its first message (outline/hocuspocus shape) is a note that says so', () => {
    const code = collaboration('');
    const found = findings(code, 'ws-missing-origin-check');
    expect(where(found)).toEqual([[7, columnOf(code, 7, 'new WebSocket.Server'), 'note']]);
    expect(found[0]?.message).toContain('No cookie or session authentication was seen in this file');
    expect(found[0]?.message).toContain('matters only if the handshake carries cookies');
  });

  it('the same socket in a file that reads the session cookie is an error', () => {
    const code = `${collaboration("import cookieParser from 'cookie-parser';\n")}export const parse = cookieParser();\n`;
    const found = findings(code, 'ws-missing-origin-check');
    expect(where(found)).toEqual([[8, columnOf(code, 8, 'new WebSocket.Server'), 'error']]);
    expect(found[0]?.message).toContain('(it uses cookie-parser)');
  });

  it('a library building the ws server from its users’ options (fastify-websocket shape) is a note', () => {
    const code = `'use strict'
const WebSocket = require('ws')

function fastifyWebsocket (fastify, opts, next) {
  const wssOptions = Object.assign({ noServer: true }, opts.options)
  const websocketListenServer = wssOptions.server || fastify.server
  delete wssOptions.server
  const wss = new WebSocket.Server(wssOptions)
  fastify.decorate('websocketServer', wss)
  websocketListenServer.on('upgrade', (rawRequest, socket, head) => {
    wss.handleUpgrade(rawRequest, socket, head, (ws) => wss.emit('connection', ws, rawRequest))
  })
  next()
}
module.exports = fastifyWebsocket
`;
    expect(where(findings(code, 'ws-missing-origin-check', 'index.js'))).toEqual([[8, columnOf(code, 8, 'new WebSocket.Server'), 'note']]);
  });

  it('socket.io allowing any Origin with credentials: true stays an error (the cookies are asked for)', () => {
    const code = "import { Server } from 'socket.io';\nexport const io = new Server(3000, { cors: { origin: '*', credentials: true } });\n";
    expect(where(findings(code, 'ws-missing-origin-check')).map(([, , level]) => level)).toEqual(['error']);
  });

  // heldout61 (helpfli-backend, curevirtual-2): the callback asks a helper shared with Express's CORS.
  const corsCallback = (decide: string) =>
    [
      "import { Server } from 'socket.io';",
      "import cookieParser from 'cookie-parser';",
      "const allowed = ['https://app.example.com'];",
      'const isAllowedOrigin = (origin) => !origin || allowed.includes(origin);',
      'export const io = new Server(3000, {',
      `  cors: { origin: (origin, callback) => { ${decide} }, credentials: true },`,
      '});',
      '',
    ].join('\n');

  it('a CORS callback that hands the origin to a helper is an allow-list: the server is reported for its WebSocket transport', () => {
    const code = corsCallback("if (isAllowedOrigin(origin)) callback(null, true); else callback(new Error('blocked'));");
    const found = findings(code, 'ws-missing-origin-check');
    expect(where(found)).toEqual([[5, columnOf(code, 5, 'new Server'), 'error']]);
    expect(found[0]?.message).toContain('the WebSocket transport ignores CORS');
  });

  it('a CORS callback that passes the origin only to its own callback reflects any origin', () => {
    const code = corsCallback('callback(null, origin);');
    expect(where(findings(code, 'ws-missing-origin-check'))).toEqual([[6, columnOf(code, 6, 'origin:'), 'error']]);
  });
});

describe('log-middleware-url: a Fastify logger whose level never writes the request lines', () => {
  const fastify = (logger: string, preamble = '') =>
    `import Fastify from 'fastify';\nimport split from 'split2';\n${preamble}const logStream = split(JSON.parse);\nexport const app = Fastify({\n  logger: ${logger},\n});\n`;

  it.each(['warn', 'error', 'fatal', 'silent'])(
    "level '%s' is above info, where Fastify writes its incoming-request lines (fastify-websocket test shape)",
    (level) => {
      expect(findings(fastify(`{\n    stream: logStream,\n    level: '${level}'\n  }`), 'log-middleware-url')).toEqual([]);
    },
  );

  it('a level constant, or branches that are all above info, are read through', () => {
    const constant = fastify('{ stream: logStream, level: LEVEL }', "const LEVEL = 'error';\n");
    const branches = fastify("{ stream: logStream, level: quiet ? 'silent' : 'warn' }", 'declare const quiet: boolean;\n');
    expect(findings(constant, 'log-middleware-url')).toEqual([]);
    expect(findings(branches, 'log-middleware-url')).toEqual([]);
  });

  it.each([
    "{ stream: logStream, level: 'info' }",
    "{ stream: logStream, level: 'debug' }",
    "{ stream: logStream, level: process.env.LOG_LEVEL ?? 'warn' }",
    "{ stream: logStream, level: verbose ? 'info' : 'warn' }",
    '{ stream: logStream }',
  ])('still reported at the logger option: %s', (logger) => {
    const code = fastify(logger, 'declare const verbose: boolean;\n');
    expect(where(findings(code, 'log-middleware-url'))).toEqual([[6, columnOf(code, 6, 'logger:'), 'warning']]);
  });
});

describe('query-token-accepted: one finding per handler and parameter name, at the strongest evidence', () => {
  it('a presence test one line above the read is the same read (outline authentication shape): one error, at the read', () => {
    const code = `import type { Context } from 'koa';
import jwt from 'jsonwebtoken';

export function parseAuthentication(ctx: Context) {
  if (ctx.request.headers.authorization) {
    return { token: ctx.request.headers.authorization.replace('Bearer ', ''), transport: 'header' };
  } else if (ctx.request.query?.token) {
    return {
      token: String(ctx.request.query.token),
      transport: 'query',
    };
  }
  return undefined;
}

export function authenticate(ctx: Context) {
  const auth = parseAuthentication(ctx);
  return auth ? jwt.verify(auth.token, 'fake-signing-key') : undefined;
}
`;
    const found = findings(code, 'query-token-accepted');
    expect(where(found)).toEqual([[9, columnOf(code, 9, 'ctx.request.query.token'), 'error']]);
  });

  it('between warnings, the read whose value is used, not the test', () => {
    const code = `import express from 'express';
const app = express();
app.get('/feed', (req, res) => {
  if (!req.query.access_token) return res.status(401).end();
  res.json({ user: lookUp(String(req.query.access_token)) });
});
declare function lookUp(token: string): string;
`;
    expect(where(findings(code, 'query-token-accepted'))).toEqual([[5, columnOf(code, 5, 'req.query.access_token'), 'warning']]);
  });

  it('other names, and the same name in another handler, are findings of their own', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => {
  res.json({ a: String(req.query.token), b: String(req.query.api_key) });
});
app.get('/b', (req, res) => {
  res.json({ a: String(req.query.token) });
});
`;
    expect(where(findings(code, 'query-token-accepted'))).toEqual([
      [4, columnOf(code, 4, 'req.query.token'), 'warning'],
      [4, columnOf(code, 4, 'req.query.api_key'), 'warning'],
      [7, columnOf(code, 7, 'req.query.token'), 'warning'],
    ]);
  });
});
