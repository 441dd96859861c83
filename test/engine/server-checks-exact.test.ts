import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';

/**
 * Exact expectations where a corpus gate (≥ 0.95) would let a miss through: every predefined morgan format, one by
 * one, and the Origin check's name matching, case by case.
 */
function rulesIn(code: string): string[] {
  const sourceFile = ts.createSourceFile('server.ts', code, ts.ScriptTarget.Latest, true);
  return analyzeSourceFile(sourceFile, {}).map((finding) => finding.ruleId);
}

/** morgan's documented predefined formats (README "Predefined Formats"; `default` is the deprecated alias of combined): all log `:url`. */
const MORGAN_PREDEFINED_FORMATS = ['combined', 'common', 'dev', 'short', 'tiny', 'default'];

describe('log-middleware-url on morgan', () => {
  it.each(MORGAN_PREDEFINED_FORMATS)("flags morgan('%s'), which logs :url with its query string", (format) => {
    const code = `import express from 'express';\nimport morgan from 'morgan';\nconst app = express();\napp.use(morgan('${format}'));\n`;
    expect(rulesIn(code)).toEqual(['log-middleware-url']);
  });
});

describe('ws-missing-origin-check: what counts as reading the Origin', () => {
  const server = (handler: string) =>
    `import { WebSocketServer } from 'ws';\nexport const wss = new WebSocketServer({ port: 8080 });\nwss.on('connection', (ws, req) => {\n${handler}\n});\n`;

  it('req.originalUrl, req.headers.originalHost or a destructured originalUrl are not the Origin', () => {
    for (const handler of [
      '  console.log(req.originalUrl);',
      "  ws.send(req.headers['originalhost'] ?? '');",
      '  const { originalUrl } = req as { originalUrl?: string };\n  ws.send(originalUrl ?? "");',
    ]) {
      expect(rulesIn(server(handler)), handler).toContain('ws-missing-origin-check');
    }
  });

  it('req.headers.origin, its element access and a destructured origin are', () => {
    for (const handler of [
      "  if (req.headers.origin !== 'https://app.example') ws.close();",
      "  if (req.headers['origin'] !== 'https://app.example') ws.close();",
      "  const { origin } = req.headers;\n  if (origin !== 'https://app.example') ws.close();",
    ]) {
      expect(rulesIn(server(handler)), handler).not.toContain('ws-missing-origin-check');
    }
  });

  it.each([
    '  ws.send(originalPathOf(req));',
    '  ws.send(getOriginalUrl(req));',
    '  ws.send(ORIGINAL_HOST(req));',
    '  ws.send(req.originalHost());',
  ])('a call named original… is not an Origin check: %s', (handler) => {
    expect(rulesIn(server(handler))).toContain('ws-missing-origin-check');
  });

  it.each([
    '  if (!isAllowedOrigin(req.headers.origin)) ws.close();',
    '  if (!isAllowedOrigin(req)) ws.close();',
    '  if (!checkOrigin(req)) ws.close();',
    '  if (!verify_origin(req)) ws.close();',
    '  if (!originAllowed(req)) ws.close();',
    '  if (!policy.ORIGIN_ALLOWLIST(req)) ws.close();',
    '  if (!matchesAllowedOrigins(req)) ws.close();',
  ])('a call with "origin" as a word of its name is: %s', (handler) => {
    expect(rulesIn(server(handler))).not.toContain('ws-missing-origin-check');
  });
});
