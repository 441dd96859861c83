import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';

/** ws-missing-origin-check's findings for one server file, analyzed alone. */
function originFindings(code: string): Finding[] {
  const sourceFile = ts.createSourceFile('server.ts', code, ts.ScriptTarget.Latest, true);
  return analyzeSourceFile(sourceFile, {}).filter((finding) => finding.ruleId === 'ws-missing-origin-check');
}

const server = "import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: 8080 });\n";

/** The same server with a `connection` (or other event) handler whose body is `body`. */
const withHandler = (body: string, event = 'connection', helpers = '') =>
  `import { WebSocketServer } from 'ws';\n${helpers}export const wss = new WebSocketServer({ port: 8080 });\nwss.on('${event}', (ws, req) => {\n${body}\n});\n`;

describe('ws-missing-origin-check: what says the server authenticates by cookie or session', () => {
  it.each([
    'express-session',
    'cookie-session',
    'cookie-parser',
    'cookie',
    'koa-session',
    'koa-generic-session',
    '@fastify/cookie',
    '@fastify/session',
    '@fastify/secure-session',
    'fastify-cookie',
    'fastify-session',
    'iron-session',
    'next-auth',
  ])('an import of %s makes the missing check an error, named in the message', (module) => {
    const findings = originFindings(`import auth from '${module}';\nvoid auth;\n${server}`);
    expect(findings.map((finding) => finding.level)).toEqual(['error']);
    expect(findings[0]?.message).toContain(`(it uses ${module})`);
  });

  it.each(['req.session', 'req.cookies', 'req.signedCookies', 'req.headers.cookie'])(
    'a read of %s makes it an error too, quoted in the message',
    (read) => {
      const code = `${server}export function user(req: any) {\n  return ${read};\n}\n`;
      const findings = originFindings(code);
      expect(findings.map((finding) => finding.level)).toEqual(['error']);
      expect(findings[0]?.message).toContain(`(it reads \`${read}\`)`);
    },
  );

  it('passport is cookie authentication through passport.session(), not by its import (passport-jwt sends no cookie)', () => {
    const jwt = `import passport from 'passport';\nexport const guard = passport.authenticate('jwt', { session: false });\n${server}`;
    expect(originFindings(jwt).map((finding) => finding.level)).toEqual(['note']);
    const sessions = `import passport from 'passport';\nexport const sessions = passport.session();\n${server}`;
    expect(originFindings(sessions).map((finding) => finding.level)).toEqual(['error']);
  });

  it.each(['./session', '../middleware/sessionMiddleware.js', './config/express-session-config', './user_session'])(
    "the project's own session module %s (express-session configured once) makes it an error",
    (module) => {
      const findings = originFindings(`const session = require('${module}');\nvoid session;\n${server}`);
      expect(findings.map((finding) => finding.level)).toEqual(['error']);
      expect(findings[0]?.message).toContain(`(it uses ${module})`);
    },
  );

  it('a session middleware imported by its name from a project module of another name makes it an error (NightOwl)', () => {
    const findings = originFindings(`import { sessionMiddleware, wrap } from './middlewares';\nvoid wrap(sessionMiddleware);\n${server}`);
    expect(findings.map((finding) => finding.level)).toEqual(['error']);
    expect(findings[0]?.message).toContain('(it uses sessionMiddleware)');
    const storage = `import { sessionStorageKey, wrap } from './middlewares';\nvoid wrap(sessionStorageKey);\n${server}`;
    expect(originFindings(storage).map((finding) => finding.level)).toEqual(['note']);
  });

  it("a module named for the browser's sessionStorage, or a package named session-like, is no session module", () => {
    for (const module of ['./sessionStorage', './possession', 'session-file-store-helper'])
      expect(
        originFindings(`import x from '${module}';\nvoid x;\n${server}`).map((finding) => finding.level),
        module,
      ).toEqual(['note']);
  });

  it('other imports and reads leave it a note', () => {
    const code = `import express from 'express';\nimport cookies from 'cookies-next';\nvoid cookies;\n${server}export const user = (req: any) => req.user ?? req.headers.authorization ?? express;\n`;
    expect(originFindings(code).map((finding) => finding.level)).toEqual(['note']);
  });
});

describe('ws-missing-origin-check: what counts as an Origin check', () => {
  it.each([
    'isAllowedOrigin(req.headers.host)',
    'checkOrigin(req)',
    'verify_origin(req)',
    'originAllowed(req)',
    'ORIGIN_ALLOWLIST(req)',
    'allowedOrigins(req)',
    'CHECK_ORIGINS(req)',
    'origin(req)',
    'Origins(req)',
    'policy.validateOrigin(req)',
  ])('a call of %s in the connection handler is one', (call) => {
    const helpers = call.startsWith('policy.')
      ? 'declare const policy: { validateOrigin(req: unknown): boolean };\n'
      : `declare function ${call.replace(/\(.*$/, '')}(req: unknown): boolean;\n`;
    expect(originFindings(withHandler(`  if (!${call}) ws.close();`, 'connection', helpers))).toEqual([]);
  });

  it.each([
    'originalPathOf(req)',
    'getOriginalUrl(req)',
    'ORIGINAL_HOST(req)',
    'originate(req)',
    'ORIGINATOR(req)',
    'Originals(req)',
    'logUrl(req)',
  ])('a call of %s is not: the word is longer than "origin", or absent', (call) => {
    const helpers = `declare function ${call.replace(/\(.*$/, '')}(req: unknown): string;\n`;
    expect(originFindings(withHandler(`  ws.send(${call});`, 'connection', helpers))).toHaveLength(1);
  });

  it.each(['connection', 'headers'])('a read of the Origin in a %s handler is one', (event) => {
    expect(originFindings(withHandler("  if (req.headers.origin !== 'https://app.example.com') ws.close();", event))).toEqual([]);
  });

  it('an HTTP upgrade handler that hands requests to a noServer server must read the Origin first', () => {
    const upgrade = (check: string) =>
      `import { createServer } from 'node:http';\nimport { WebSocketServer } from 'ws';\nconst wss = new WebSocketServer({ noServer: true });\nexport const http = createServer();\nhttp.on('upgrade', (req, socket, head) => {\n${check}  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));\n});\n`;
    expect(originFindings(upgrade("  if (req.headers.origin !== 'https://app.example.com') return socket.destroy();\n"))).toEqual([]);
    expect(originFindings(upgrade(''))).toHaveLength(1);
  });

  it("a message's `{ origin }`, read by a helper the handler calls, is no check; ws' `info` or the headers' is", () => {
    const helpers = 'function translate(message: { origin: string }) {\n  const { origin } = message;\n  return origin;\n}\n';
    expect(
      originFindings(withHandler("  ws.on('message', (data) => translate(JSON.parse(String(data))));", 'connection', helpers)),
    ).toHaveLength(1);
    const fromHeaders =
      'function allowed(req: { headers: { origin?: string } }) {\n  const { origin } = req.headers;\n  return origin === "https://app.example.com";\n}\n';
    expect(originFindings(withHandler('  if (!allowed(req)) ws.close();', 'connection', fromHeaders))).toEqual([]);
  });

  it('a read of the Origin that a log call only records is no check; one that decides is', () => {
    const upgrade = (check: string) =>
      `import { createServer } from 'node:http';\nimport { WebSocketServer } from 'ws';\nimport { debug } from './debug';\nconst wss = new WebSocketServer({ noServer: true });\nexport const http = createServer();\nhttp.on('upgrade', (req, socket, head) => {\n${check}  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));\n});\n`;
    expect(originFindings(upgrade("  debug('ws', 'upgrade', { url: req.url, headers: { origin: req.headers.origin } });\n"))).toHaveLength(
      1,
    );
    expect(originFindings(upgrade('  console.log(`upgrade from ${req.headers.origin}`);\n'))).toHaveLength(1);
    expect(
      originFindings(
        upgrade("  console.log('origin', req.headers.origin);\n  if (!allowed.has(req.headers.origin)) return socket.destroy();\n"),
      ),
    ).toEqual([]);
  });

  it.each(['message', 'listening', 'close'])('a read of the Origin in a %s handler is not: the handshake is over', (event) => {
    expect(originFindings(withHandler("  if (req.headers.origin !== 'https://app.example.com') ws.close();", event))).toHaveLength(1);
  });
});
