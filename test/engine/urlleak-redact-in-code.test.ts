import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';
import { urlleakRedactExports } from '../../src/engine/frameworks/loggers/urlleak-redact.js';
import * as redact from '../../src/redact/index.js';

/**
 * Code set up with urlleak's own runtime redaction (`urlleak/redact`, docs/redact.md) is not reported for what it
 * redacts; the same code without it is. Each case holds both variants.
 */
function reported(code: string): string[] {
  const findings = analyzeSourceFile(ts.createSourceFile('server.js', code, ts.ScriptTarget.Latest, true));
  return findings.map((finding) => `${finding.ruleId} ${finding.location.line}`);
}

describe('code using urlleak/redact', () => {
  it('knows urlleak/redact by the names the package exports (the engine’s table follows src/redact/index.ts)', () => {
    const names = Object.values(urlleakRedactExports).flat();
    expect(names.filter((name) => !(name in redact))).toEqual([]);
  });

  it('morgan: useRedactingMorganTokens redacts :url in every format; combined still logs the Referer, safeCombined does not', () => {
    const code = [
      "import express from 'express';",
      "import morgan from 'morgan';",
      "import { safeCombined, useRedactingMorganTokens } from 'urlleak/redact';",
      'const app = express();',
      'useRedactingMorganTokens(morgan);',
      'app.use(morgan(safeCombined));',
      "app.use(morgan(':method :url :status :referrer-redacted'));",
      "app.use(morgan('common'));",
      "app.use(morgan('combined'));",
    ].join('\n');
    expect(reported(code)).toEqual(['log-middleware-url 9']);
    const message = analyzeSourceFile(ts.createSourceFile('server.js', code, ts.ScriptTarget.Latest, true))[0]?.message;
    expect(message).toMatch(/writes the Referer header/);
    expect(message).not.toMatch(/query string and/);
    // Without the tokens registered, safeCombined's :url is morgan's own, query string included.
    expect(reported(code.replace('useRedactingMorganTokens(morgan);', ''))).toEqual([
      'log-middleware-url 6',
      'log-middleware-url 7',
      'log-middleware-url 8',
      'log-middleware-url 9',
    ]);
  });

  it('morgan: the url token replaced by morganUrlToken()', () => {
    const code = [
      "import morgan from 'morgan';",
      "import { morganUrlToken } from 'urlleak/redact';",
      "morgan.token('url', morganUrlToken());",
      "export const log = morgan('tiny');",
    ].join('\n');
    expect(reported(code)).toEqual([]);
    expect(reported(code.replace("morgan.token('url', morganUrlToken());", ''))).toEqual(['log-middleware-url 4']);
  });

  it('pino, pino-http and Fastify with urlleak serializers: the request object logged as { req } is redacted', () => {
    const code = [
      "import pino from 'pino';",
      "import pinoHttp from 'pino-http';",
      "import Fastify from 'fastify';",
      "import { fastifySerializers, pinoSerializers } from 'urlleak/redact';",
      'const logger = pino({ serializers: pinoSerializers() });',
      'const audit = logger.child({ module: "audit" });',
      'export const middleware = pinoHttp({ serializers: pinoSerializers() });',
      'export const app = Fastify({ logger: { serializers: fastifySerializers() } });',
      'export function handle(req) {',
      "  logger.info({ req }, 'request');",
      "  audit.info({ req, user: 'u1' }, 'audited');",
      "  logger.info({ req, url: req.url }, 'both');",
      '}',
    ].join('\n');
    // The serializer sees `req`; `url: req.url` bypasses it.
    expect(reported(code)).toEqual(['log-raw-url 12']);
    const without = code.replaceAll('pinoSerializers()', '{}').replace('fastifySerializers()', '{}');
    expect(reported(without)).toEqual([
      'log-middleware-url 7',
      'log-middleware-url 8',
      'log-raw-url 10',
      'log-raw-url 11',
      'log-raw-url 12',
    ]);
  });

  it('winston with redactUrlsFormat(): every string of every entry is redacted', () => {
    const code = [
      "import winston from 'winston';",
      "import { redactUrlsFormat } from 'urlleak/redact';",
      'const logger = winston.createLogger({ format: winston.format.combine(redactUrlsFormat(), winston.format.json()) });',
      'export function handle(req) {',
      '  logger.info(`GET ${req.url}`);',
      '}',
    ].join('\n');
    expect(reported(code)).toEqual([]);
    expect(reported(code.replace('redactUrlsFormat(), ', ''))).toEqual(['log-raw-url 5']);
  });

  it('express-winston with expressWinstonOptions() spread in: its request filter, whitelist and message redact the URL', () => {
    const code = [
      "import expressWinston from 'express-winston';",
      "import winston from 'winston';",
      "import { expressWinstonOptions } from 'urlleak/redact';",
      'export const logging = expressWinston.logger({ transports: [new winston.transports.Console()], ...expressWinstonOptions() });',
    ].join('\n');
    expect(reported(code)).toEqual([]);
    expect(reported(code.replace(', ...expressWinstonOptions()', ''))).toEqual(['log-middleware-url 4']);
  });

  it('a URL passed through redactUrl is not the raw URL', () => {
    const code = [
      "import { redactUrl } from 'urlleak/redact';",
      'export function handle(req) {',
      '  console.log(`GET ${redactUrl(req.url)}`);',
      '}',
    ].join('\n');
    expect(reported(code)).toEqual([]);
    expect(reported(code.replace('redactUrl(req.url)', 'req.url'))).toEqual(['log-raw-url 3']);
  });
});

describe('suggestions that use urlleak/redact', () => {
  const root = mkdtempSync(join(tmpdir(), 'urlleak-redact-suggest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The file in a project whose package.json lists these dependencies, analyzed; its suggestions applied one by one. */
  function suggestionsIn(dependencies: Record<string, string>, code: string, name = 'src/server.cjs'): Record<string, string> {
    const project = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', dependencies }));
    mkdirSync(join(project, 'src'));
    const [finding] = analyzeSourceFile(ts.createSourceFile(join(project, name), code, ts.ScriptTarget.Latest, true)) as Finding[];
    return Object.fromEntries((finding?.suggestions ?? []).map((suggestion) => [suggestion.id, apply(code, suggestion.edits)]));
  }

  function apply(code: string, edits: readonly { start: number; end: number; text: string }[]): string {
    return [...edits]
      .sort((a, b) => b.start - a.start)
      .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
  }

  const commonJs = [
    "'use strict';",
    "const http = require('node:http');",
    'http.createServer((req, res) => {',
    '  console.log(req.url);',
    '  res.end();',
    '});',
  ].join('\n');

  it('offers redactUrl, required in CommonJS, where package.json lists urlleak', () => {
    const offered = suggestionsIn({ urlleak: '^0.1.0' }, commonJs);
    expect(Object.keys(offered)).toEqual(['redactLoggedUrl', 'logPathWithoutQuery']);
    expect(offered['redactLoggedUrl']).toBe(
      commonJs
        .replace("require('node:http');", "require('node:http');\nconst { redactUrl } = require('urlleak/redact');")
        .replace('console.log(req.url)', 'console.log(redactUrl(req.url))'),
    );
  });

  it('offers only what needs nothing where urlleak is not a dependency', () => {
    expect(Object.keys(suggestionsIn({ express: '^5.0.0' }, commonJs))).toEqual(['logPathWithoutQuery']);
  });
});
