import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { at, engine, expectBothDoors, places, type Place } from '../support/both-doors.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * Idioms of real frameworks and clients (issue #13), each with a safe variant: the engine on one file, and the ESLint
 * door on the same text, which must agree on rule, line and column.
 */

describe('realtime clients that build the URL (partysocket, MQTT.js, websocket)', () => {
  it("PartySocket's query option becomes the query string: a token there leaks, a room does not", () => {
    const code = [
      "import PartySocket from 'partysocket';",
      "export const leak = (token: string) => new PartySocket({ host: 'x.partykit.dev', room: 'r', query: { token } });",
      "export const safe = (room: string) => new PartySocket({ host: 'x.partykit.dev', room, query: { room } });",
      '',
    ].join('\n');
    expectBothDoors(code, 'party.ts', [{ rule: 'ws-token-in-url', ...at(code, 'query: { token }'), level: 'error' }]);
  });

  it("RxJS's webSocket() and WebSocketSubject take the URL or a config's url, as a field the constructor fills (Angular)", () => {
    const code = [
      "import { WebSocketSubject, type WebSocketSubjectConfig } from 'rxjs/webSocket';",
      "import { webSocket } from 'rxjs';",
      'export class WsService {',
      '  private config: WebSocketSubjectConfig<unknown>;',
      '  constructor() {',
      "    this.config = { url: 'ws://172.20.4.195:3030/' };",
      '  }',
      '  connect() {',
      '    return new WebSocketSubject(this.config);',
      '  }',
      '  feed(token: string) {',
      '    return webSocket(`wss://feed.example.com/ws?access_token=${token}`);',
      '  }',
      '  safe(token: string) {',
      "    return webSocket({ url: 'wss://feed.example.com/ws', protocol: ['bearer', token] });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'ws.service.ts', [
      { rule: 'ws-insecure-scheme', ...at(code, "url: 'ws://"), level: 'warning' },
      { rule: 'ws-token-in-url', ...at(code, '`wss://feed'), level: 'error' },
    ]);
  });

  it("reconnecting-websocket.js's ReconnectingWebSocket global, loaded by a script tag: its URL as WebSocket's", () => {
    const code = [
      'var app = {};',
      'app.open = function () {',
      '  app.socket = new ReconnectingWebSocket("ws://" + document.domain + ":" + (parseInt(window.location.port) + 100));',
      "  app.feed = new ReconnectingWebSocket('wss://feed.example.com/ws?sessionKey=' + app.sessionKey);",
      "  app.safe = new ReconnectingWebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'main.js', [
      { rule: 'ws-insecure-scheme', ...at(code, '"ws://" + document'), level: 'warning' },
      { rule: 'ws-token-in-url', ...at(code, "'wss://feed"), level: 'error' },
    ]);
  });

  it("axios request interceptors: what they write into config.params or config.url, or into defaults.params, is every request's query; headers are not", () => {
    const code = [
      "import axios, { type InternalAxiosRequestConfig } from 'axios';",
      "const api = axios.create({ baseURL: 'https://api.themoviedb.org/3' });",
      'api.interceptors.request.use((config) => {',
      '  config.params = { ...config.params, api_key: process.env.TMDB_API_KEY };',
      '  return config;',
      '});',
      'function signed(config: InternalAxiosRequestConfig) {',
      "  config.url += `${config.url?.includes('?') ? '&' : '?'}access_token=${localStorage.getItem('token')}`;",
      '  return config;',
      '}',
      'axios.interceptors.request.use(signed);',
      "axios.defaults.params = { token: sessionStorage.getItem('token') };",
      'api.interceptors.request.use((config) => {',
      "  config.headers.Authorization = `Bearer ${localStorage.getItem('token')}`;",
      "  config.params = { ...config.params, lang: 'en' };",
      '  return config;',
      '});',
      '',
    ].join('\n');
    const leak = (needle: string): Place => ({ rule: 'token-in-request-url', ...at(code, needle), level: 'error' });
    expectBothDoors(code, 'api.ts', [leak('{ ...config.params, api_key'), leak('`${config.url?'), leak('{ token: session')]);
  });

  it("follow-redirects' http and https: the calls of Node's own modules, a key in the URL leaks; in a header, not", () => {
    const code = [
      "import { https } from 'follow-redirects';",
      "import followRedirects from 'follow-redirects';",
      'export function quote(symbol: string, apiKey: string) {',
      '  https.get(`https://finnhub.io/api/v1/quote?symbol=${symbol}&token=${apiKey}`, () => undefined);',
      '  followRedirects.https.request(`https://finnhub.io/api/v1/quote?symbol=${symbol}&token=${apiKey}`);',
      "  https.get(`https://finnhub.io/api/v1/quote?symbol=${symbol}`, { headers: { 'X-Finnhub-Token': apiKey } });",
      '}',
      '',
    ].join('\n');
    const leak = (needle: string): Place => ({ rule: 'token-in-request-url', ...at(code, needle), level: 'error' });
    expectBothDoors(code, 'quote.ts', [
      leak('`https://finnhub.io/api/v1/quote?symbol=${symbol}&token=${apiKey}`, ()'),
      leak('`https://finnhub.io/api/v1/quote?symbol=${symbol}&token=${apiKey}`);'),
    ]);
  });

  it('a library object a function of the file is handed (`handle(https, url)`) is that library inside it', () => {
    const code = [
      "import https from 'node:https';",
      "import http from 'node:http';",
      'function handle(requestor: typeof https, url: string) {',
      '  return requestor.request(url, {});',
      '}',
      'export const secure = (apiKey: string) => handle(https, `https://api.example.com/v1/quote?token=${apiKey}`);',
      'export const plain = (page: number) => handle(http as unknown as typeof https, `http://api.example.com/v1/list?page=${page}`);',
      '',
    ].join('\n');
    // Reported where the caller writes `?token=` around the key it passes (docs/risk-model.md).
    expectBothDoors(code, 'handle.ts', [
      { rule: 'token-in-request-url', ...at(code, '`https://api.example.com/v1/quote'), level: 'error' },
    ]);
  });

  it('mqtt.connect(url): a token in the URL leaks; the password option does not', () => {
    const code = [
      "import mqtt from 'mqtt';",
      'export const leak = (token: string) => mqtt.connect(`wss://broker.example.com/mqtt?token=${token}`);',
      "export const safe = (token: string) => mqtt.connect('wss://broker.example.com/mqtt', { username: 'u', password: token });",
      '',
    ].join('\n');
    expectBothDoors(code, 'mqtt.ts', [{ rule: 'ws-token-in-url', ...at(code, '`wss://broker'), level: 'error' }]);
  });

  it("the websocket package's client.connect(url)", () => {
    const code = [
      "import { client as WebSocketClient } from 'websocket';",
      'const client = new WebSocketClient();',
      'client.connect(`wss://api.example.com/ws?token=${process.env.API_TOKEN}`);',
      "client.connect('wss://api.example.com/ws', undefined, undefined, { Authorization: `Bearer ${process.env.API_TOKEN}` });",
      '',
    ].join('\n');
    expectBothDoors(code, 'client.ts', [{ rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' }]);
  });

  it("SignalR's accessTokenFactory is appended to the URL by the client: a warning that says so, not the error of a written token", () => {
    const code = [
      "import { HubConnectionBuilder } from '@microsoft/signalr';",
      'export const written = (token: string) => new HubConnectionBuilder().withUrl(`/hubs/chat?access_token=${token}`).build();',
      "export const factory = (token: string) => new HubConnectionBuilder().withUrl('/hubs/chat', { accessTokenFactory: () => token }).build();",
      '',
    ].join('\n');
    const findings = engine(code, 'hub.ts');
    expect(findings.map((finding) => finding.level)).toEqual(['error', 'warning']);
    expect(findings[1]?.message).toContain('appended to the URL by the client itself: keep that token short-lived (minutes)');
  });

  it("a package's build output imported by its path (signalr/dist/browser/signalr.js) is the package; a public subpath is not", () => {
    const code = [
      "import * as signalR from '@microsoft/signalr/dist/browser/signalr.js';",
      "import { HubConnectionBuilder } from '@microsoft/signalr/testing';",
      'export const hub = (base: string, apiKey: string) =>',
      '  new signalR.HubConnectionBuilder().withUrl(`${base}/signalr/messages?access_token=${encodeURIComponent(apiKey)}`).build();',
      'export const other = (base: string, apiKey: string) =>',
      '  new HubConnectionBuilder().withUrl(`${base}/signalr/messages?access_token=${apiKey}`).build();',
      "export const safe = (base: string, apiKey: string) => new signalR.HubConnectionBuilder().withUrl(`${base}/signalr/messages`, { headers: { 'X-Api-Key': apiKey } }).build();",
      '',
    ].join('\n');
    expectBothDoors(code, 'hub.ts', [
      { rule: 'ws-token-in-url', ...at(code, '`${base}/signalr/messages?access_token=${encodeURIComponent'), level: 'error' },
    ]);
  });
});

describe('loggers reached through any chain', () => {
  it("a Fastify plugin's scope.log and other `<anything>.log.<level>` calls log the URL; Math.log and the path do not", () => {
    const code = [
      "import type { FastifyInstance } from 'fastify';",
      'export default async function routes(scope: FastifyInstance) {',
      "  scope.addHook('onRequest', async (req) => {",
      '    scope.log.info(`incoming ${req.url}`);',
      '    scope.log.info(`incoming ${req.routeOptions.url}`);',
      '    Math.log(req.url.length);',
      '  });',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'plugin.ts', [{ rule: 'log-raw-url', ...at(code, 'req.url}'), level: 'warning' }]);
  });
});

describe("loggers an Elysia app decorates its handlers' context with", () => {
  it("`.decorate('name', value)` and `.decorate({ name })`: what a later handler destructures is that logger; another chain's name is not", () => {
    const code = [
      "import { Elysia } from 'elysia';",
      "import log4js from 'log4js';",
      "const access = log4js.getLogger('access');",
      "const audit = log4js.getLogger('audit');",
      'export const plugin = new Elysia()',
      "  .decorate('loggers', { access, audit: audit })",
      '  .onRequest(({ loggers: { access }, request }) => {',
      '    access.info(`${request.url} ${request.method}`);',
      '  })',
      '  .onAfterHandle(({ loggers: { audit: trail }, request }) => {',
      '    trail.info(request.url);',
      '  });',
      'export const other = new Elysia().onRequest(({ loggers: { access }, request }) => access.info(request.url));',
      '',
    ].join('\n');
    expectBothDoors(code, 'logger.ts', [
      { rule: 'log-raw-url', ...at(code, 'request.url} ${'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'request.url);'), level: 'warning' },
    ]);
  });
});

describe('child loggers', () => {
  it("a child of a logger known by name logs what it is given (server.logger.child('response').info)", () => {
    const code = [
      'export function onResponse(server: any, req: { url: string; method: string; routerPath: string }) {',
      "  server.logger.child('response').info(`${req.method} ${req.url}`);",
      "  server.logger.child('response').info(`${req.method} ${req.routerPath}`);",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'hooks.ts', [{ rule: 'log-raw-url', ...at(code, 'req.url}'), level: 'warning' }]);
  });

  it("Hapi's request.log and a plugin's server.log hand their data to the logging plugins; the path is safe", () => {
    const code = [
      "import Hapi from '@hapi/hapi';",
      'const server = Hapi.server({ port: 3000 });',
      "server.route({ method: 'GET', path: '/feed', handler: (request, h) => {",
      "  request.log(['feed'], request.url.href);",
      "  request.log(['feed'], request.url.pathname);",
      "  return h.response('ok');",
      '} });',
      'export const plugin = { name: "audit", register: async (server: Hapi.Server) => {',
      "  server.ext('onRequest', (request, h) => { server.log(['audit'], `${request.method} ${request.url}`); return h.continue; });",
      '} };',
      '',
    ].join('\n');
    expectBothDoors(code, 'feed.ts', [
      { rule: 'log-raw-url', ...at(code, 'request.url.href'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'request.url}'), level: 'warning' },
    ]);
  });
});

describe('query reads of NestJS and Express', () => {
  it("NestJS @Query('token') and @Query() query.access_token are query reads; @Query('page') is not", () => {
    const code = [
      "import { Controller, Get, Query } from '@nestjs/common';",
      "@Controller('stream')",
      'export class StreamController {',
      '  @Get()',
      "  open(@Query('token') token: string) {",
      '    return token.length;',
      '  }',
      "  @Get('all')",
      '  all(@Query() query: { access_token: string }, @Query() filters: { page: string }) {',
      '    return query.access_token + filters.page;',
      '  }',
      "  @Get('safe')",
      "  safe(@Query('page') page: string, @Query('cursor') cursor: string) {",
      '    return page + cursor;',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'stream.controller.ts', [
      { rule: 'query-token-accepted', ...at(code, "@Query('token')"), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'query.access_token'), level: 'warning' },
    ]);
  });

  it("Express's req.param('token') reads the query too; req.param('id') is no credential", () => {
    const code = [
      "const express = require('express');",
      'const app = express();',
      "app.get('/events/:id', (req, res) => {",
      "  const token = req.param('token');",
      "  res.end(req.param('id') + token.length);",
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'events.js', [{ rule: 'query-token-accepted', ...at(code, "req.param('token')"), level: 'warning' }]);
  });
});

describe('noServer WebSocket servers handed requests by an exported function', () => {
  const project = useTempProjects('noserver');
  const server = [
    "import { WebSocketServer } from 'ws';",
    "import type { IncomingMessage } from 'node:http';",
    "import type { Duplex } from 'node:stream';",
    'const wss = new WebSocketServer({ noServer: true });',
    'export function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {',
    '  CHECK',
    "  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));",
    '}',
    '',
  ].join('\n');
  const analyze = (files: Record<string, string>) => {
    const directory = project(files);
    const paths = Object.keys(files).map((name) => join(directory, name));
    const program = ts.createProgram(paths, {
      noEmit: true,
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    return analyzeProgram(program, paths).filter((finding) => finding.ruleId === 'ws-missing-origin-check');
  };

  it('is reported at the server when the function accepts any Origin', () => {
    const findings = analyze({ 'server.ts': server.replace('CHECK', '') });
    expect(findings.map((finding) => finding.location.line)).toEqual([4]);
  });

  it('is not reported when that function checks the Origin before handing over', () => {
    const check = "if (req.headers.origin !== 'https://app.example.com') return socket.destroy();";
    expect(analyze({ 'server.ts': server.replace('CHECK', check) })).toEqual([]);
  });

  it('is not reported when an HTTP upgrade listener in another file checks the Origin before calling it', () => {
    const listener = [
      "import { createServer } from 'node:http';",
      "import { handleUpgrade } from './server.js';",
      "createServer().on('upgrade', (req, socket, head) => {",
      "  if (req.headers.origin !== 'https://app.example.com') return socket.destroy();",
      '  handleUpgrade(req, socket, head);',
      '});',
      '',
    ].join('\n');
    expect(analyze({ 'server.ts': server.replace('CHECK', ''), 'http.ts': listener })).toEqual([]);
  });
});

describe('loggers and request logging found in real projects', () => {
  it('a logger variable named …Logger is a logger, even assigned after its declaration', () => {
    const code = [
      "import { createLogger } from 'winston';",
      "import type { Request } from 'express';",
      'let requestLogger: any;',
      'requestLogger = createLogger({});',
      'export function log(req: Request) {',
      '  requestLogger.http(`${req.method} ${req.url}`);',
      '  requestLogger.http(`${req.method} ${req.path}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'logger.ts', [{ rule: 'log-raw-url', ...at(code, 'req.url}'), level: 'warning' }]);
  });

  it('log4js connectLogger: its default format and a format with :url log the URL; a format without it does not', () => {
    const code = [
      "import log4js from 'log4js';",
      "import express from 'express';",
      'const app = express();',
      "const logger = log4js.getLogger('http');",
      'app.use(log4js.connectLogger(logger));',
      "app.use(log4js.connectLogger(logger, { format: ':status :method :url' }));",
      "app.use(log4js.connectLogger(logger, { format: ':status :method :response-time ms' }));",
      '',
    ].join('\n');
    expectBothDoors(code, 'express.ts', [
      { rule: 'log-middleware-url', ...at(code, 'log4js.connectLogger(logger)'), level: 'warning' },
      { rule: 'log-middleware-url', ...at(code, "{ format: ':status :method :url' }"), level: 'warning' },
    ]);
  });
});

describe('morgan formats defined by name', () => {
  it("morgan('myFormat') after morgan.format('myFormat', '… :url …') logs the URL; a named format without :url does not", () => {
    const code = [
      "import morgan from 'morgan';",
      "morgan.format('myFormat', '[:date[clf]] \":method :url\" :status - :response-time ms');",
      "morgan.format('quiet', ':method :status :response-time ms');",
      "export const myFormat = morgan('myFormat');",
      "export const quiet = morgan('quiet');",
      '',
    ].join('\n');
    expectBothDoors(code, 'morgan.ts', [{ rule: 'log-middleware-url', ...at(code, "'myFormat');"), level: 'warning' }]);
  });
});

describe('log4js configured in place', () => {
  it('a logger of configure(config).getLogger(), behind a static wrapper, logs the URL it is given', () => {
    const code = [
      "import { configure } from 'log4js';",
      "import type { Request } from 'express';",
      "const logger = configure({ appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } }).getLogger();",
      'export default class LoggerService {',
      '  static info(message: string) {',
      '    logger.info(message);',
      '  }',
      '}',
      'export function use(req: Request) {',
      '  LoggerService.info(JSON.stringify({ method: req.method, url: req.url }));',
      '  LoggerService.info(JSON.stringify({ method: req.method, path: req.path }));',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'logger.service.ts', [{ rule: 'log-raw-url', ...at(code, 'message);'), level: 'warning' }]);
  });
});

describe('servers that accept credentials from the URL or any Origin', () => {
  it("a handler's context object that holds the request (pixl-server's args) holds its query too; an options object does not", () => {
    const code = [
      'module.exports = {',
      '  loadSession: function (args, callback) {',
      "    var sessionId = args.cookies['session_id'] || args.request.headers['x-session-id'] || args.query.session_id;",
      "    var apiKey = args.request.headers['x-api-key'] || args.params.api_key || args.query.api_key;",
      '    callback(null, sessionId || apiKey);',
      '  },',
      '  page: function (args, callback) {',
      '    callback(null, args.request.headers.host, args.query.page);',
      '  },',
      '  search: function (options, callback) {',
      '    callback(null, options.query.token);',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'api.js', [
      { rule: 'query-token-accepted', ...at(code, 'args.query.session_id'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'args.query.api_key'), level: 'warning' },
    ]);
  });

  it('a query value written into the Cookie or Authorization header is a credential accepted from the URL, whatever its name', () => {
    const code = [
      'export const sessionFromQuery = (socket, next) => {',
      '  const req = socket.request;',
      '  if (!req.headers.cookie) req.headers.cookie = socket.handshake.query.cookie;',
      "  if (!req.headers.authorization) req.headers['authorization'] = socket.handshake.query.auth;",
      "  req.headers['x-room'] = socket.handshake.query.room;",
      '  next();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.ts', [
      { rule: 'query-token-accepted', ...at(code, 'socket.handshake.query.cookie'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'socket.handshake.query.auth'), level: 'warning' },
    ]);
  });

  it("passport-jwt's ExtractJwt.fromUrlQueryParameter accepts the JWT from the query, whatever the name", () => {
    const code = [
      "import { ExtractJwt, Strategy } from 'passport-jwt';",
      'export const strategy = new Strategy(',
      "  { secretOrKey: 'k', jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), ExtractJwt.fromUrlQueryParameter('t')]) },",
      '  (payload: unknown, done: (error: null, user: unknown) => void) => done(null, payload),',
      ');',
      '',
    ].join('\n');
    expect(places(code, 'auth.ts')).toEqual([
      { rule: 'query-token-accepted', ...at(code, "ExtractJwt.fromUrlQueryParameter('t')"), level: 'warning' },
    ]);
  });

  it('a socket.io server without allowRequest accepts any Origin, CORS or not (the WebSocket transport ignores it): a note, an error with cookie sessions', () => {
    const plain = [
      "import { Server } from 'socket.io';",
      "export const io = new Server(3000, { cors: { origin: ['https://app.example.com'] } });",
      "export const checked = new Server(3001, { allowRequest: (req, done) => done(null, req.headers.origin === 'https://app.example.com') });",
      '',
    ].join('\n');
    expect(places(plain, 'io.ts')).toEqual([{ rule: 'ws-missing-origin-check', ...at(plain, 'new Server(3000'), level: 'note' }]);
    const withSession = `import session from 'express-session';\n${plain}`;
    expect(places(withSession, 'io.ts').map((place) => place.level)).toEqual(['error']);
    const upgradeChecked = [
      "import { createServer } from 'node:http';",
      "import { Server } from 'socket.io';",
      'const http = createServer();',
      'export const io = new Server(http);',
      "const [engineUpgrade] = http.listeners('upgrade');",
      "http.removeAllListeners('upgrade');",
      "http.on('upgrade', (req, socket, head) => {",
      "  if (req.headers.origin !== 'https://app.example.com') return socket.destroy();",
      '  engineUpgrade?.(req, socket, head);',
      '});',
      '',
    ].join('\n');
    expect(places(upgradeChecked, 'io.ts')).toEqual([]);
  });

  it('a NestJS gateway is a socket.io server: checked by allowRequest or by handleConnection reading the Origin', () => {
    const gateway = (body: string) =>
      [
        "import { WebSocketGateway } from '@nestjs/websockets';",
        "import cookieParser from 'cookie-parser';",
        "@WebSocketGateway({ cors: { origin: 'https://app.example.com' } })",
        'export class EventsGateway {',
        `  handleConnection(client: { handshake: { headers: Record<string, string> }; disconnect(): void }) { ${body} }`,
        '}',
        '',
      ].join('\n');
    const open = gateway('void cookieParser;');
    expect(places(open, 'events.gateway.ts')).toEqual([
      { rule: 'ws-missing-origin-check', ...at(open, 'WebSocketGateway({'), level: 'error' },
    ]);
    expect(
      places(gateway("if (client.handshake.headers.origin !== 'https://app.example.com') client.disconnect();"), 'events.gateway.ts'),
    ).toEqual([]);
  });

  it("VueUse's useWebSocket(url) is a WebSocket client", () => {
    const code = [
      "import { useWebSocket } from '@vueuse/core';",
      'export const connect = (token: string) => useWebSocket(`wss://api.example.com/socket?api_key=${token}`);',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.ts', [{ rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' }]);
  });
});

describe('query reads destructured in a handler parameter', () => {
  it('({ query: { token } }: Request) reads the token from the query; ({ query: { page } }) does not', () => {
    const code = [
      "import type { Request, Response } from 'express';",
      'export function stream({ query: { token } }: Request, res: Response) {',
      '  res.json({ ok: Boolean(token) });',
      '}',
      'export function list({ query: { page } }: Request, res: Response) {',
      '  res.json({ page });',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'stream.ts', [{ rule: 'query-token-accepted', ...at(code, 'token }'), level: 'warning' }]);
  });

  it('const { query: { token } } = request in a Fastify-shaped hook reads it too; { query: { page } } does not', () => {
    const code = [
      'const { HOOK_TOKEN } = process.env;',
      'export default async (request, reply) => {',
      '  const {',
      '    query: { token, page },',
      '  } = request;',
      '  if (token !== HOOK_TOKEN) reply.badRequest();',
      '  return page;',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'validate-request.js', [{ rule: 'query-token-accepted', ...at(code, 'token, page'), level: 'warning' }]);
  });
});

describe('logger aliases the candidate filter offers', () => {
  it('destructured methods of a logger and aliases of aliases are loggers', () => {
    const code = [
      "import pino from 'pino';",
      "import type { Request } from 'express';",
      'const logger = pino();',
      'const { warn } = console;',
      'const { info: logInfo } = logger;',
      'const debug = logger.debug.bind(logger);',
      'export function handle(req: Request) {',
      '  warn(`slow ${req.url}`);',
      '  logInfo(`in ${req.originalUrl}`);',
      '  debug(`at ${req.path}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'aliases.ts', [
      { rule: 'log-raw-url', ...at(code, 'req.url}'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'req.originalUrl}'), level: 'warning' },
    ]);
  });
});

describe('Vue reactivity', () => {
  it("a computed URL handed to VueUse's useWebSocket is that URL", () => {
    const code = [
      "import { computed } from 'vue';",
      "import { useWebSocket } from '@vueuse/core';",
      'export function useLive(auth: { token: string }) {',
      "  const url = computed(() => `wss://api.example.com/socket?${new URLSearchParams({ api_key: auth.token, device: 'web' })}`);",
      "  const safeUrl = computed(() => 'wss://api.example.com/socket');",
      '  useWebSocket(safeUrl);',
      '  return useWebSocket(url);',
      '}',
      '',
    ].join('\n');
    const call = at(code, 'useWebSocket(url)');
    expectBothDoors(code, 'live.ts', [
      { rule: 'ws-token-in-url', line: call.line, column: call.column + 'useWebSocket('.length, level: 'error' },
    ]);
  });
});

describe('require chains', () => {
  it("a name bound to something of a required module, or called at once: require('debug')('app'), require('websocket').client", () => {
    const code = [
      "const debug = require('debug')('app:http');",
      "const WebSocketClient = require('websocket').client;",
      'module.exports = function (req, res, next) {',
      "  debug('%s %s', req.method, req.url);",
      "  require('debug')('app:slow')('slow %s', req.originalUrl);",
      "  require('debug')('app:slow')('slow %s', req.path);",
      '  new WebSocketClient().connect(`wss://api.example.com/ws?token=${process.env.API_TOKEN}`);',
      '  next();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'middleware.js', [
      { rule: 'log-raw-url', ...at(code, 'req.url)'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'req.originalUrl)'), level: 'warning' },
      { rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' },
    ]);
  });
});

describe('Koa middleware in files that do not import Koa', () => {
  it('(ctx, next) is a Koa context; a ctx without next is not', () => {
    const code = [
      'export async function requestLogger(ctx, next) {',
      '  await next();',
      '  console.log(`${ctx.method} ${ctx.url}`);',
      '}',
      'export function render(ctx) {',
      '  console.log(ctx.url);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'logger.js', [{ rule: 'log-raw-url', ...at(code, 'ctx.url}'), level: 'warning' }]);
  });
});

describe('HTTP clients of older and browser code', () => {
  it("jQuery's $.ajax, $.get with a data record, and the request package's qs", () => {
    const code = [
      "$.ajax({ url: '/api/v2/properties?secret=' + localStorage.getItem('apisecrethash'), method: 'GET' });",
      "$.get('/status.json', { token: localStorage.getItem('token') });",
      "$.get('/status.json', { page: 2 });",
      "const request = require('request');",
      "module.exports = (apiToken) => request.get({ url: 'https://api.pushover.net/1/receipts/x.json', qs: { token: apiToken } });",
      '',
    ].join('\n');
    expect(places(code, 'client.js').map(({ rule, line }) => `${rule}:${line}`)).toEqual([
      'token-in-request-url:1',
      'token-in-request-url:2',
      'token-in-request-url:5',
    ]);
  });

  it("the request package reads its URL from uri as well as url (request-promise's examples use uri)", () => {
    const code = [
      "const request = require('request-promise');",
      'module.exports = async (address) => {',
      '  const response = await request({',
      '    uri: `https://api.example.com/geocode/${encodeURIComponent(address)}.json?access_token=${process.env.GEO_API_KEY}`,',
      '    json: true,',
      '  });',
      "  return request({ uri: 'https://api.example.com/status', qs: { page: 2 } });",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'location.js', [{ rule: 'token-in-request-url', ...at(code, 'uri: `https'), level: 'error' }]);
  });

  it("Angular's HttpParams chains, fromObject, a field's params written by a method, and an interceptor's clone", () => {
    const code = [
      "import { HttpClient, HttpParams, HttpRequest, HttpHandler } from '@angular/common/http';",
      'export class Api {',
      '  private httpOptions = { params: undefined as HttpParams | undefined };',
      '  constructor(private http: HttpClient) {}',
      '  chained() {',
      "    const params = new HttpParams().set('page', '2').append('access_token', localStorage.getItem('token') ?? '');",
      "    return this.http.get('/api/items', { params });",
      '  }',
      '  fromObject() {',
      "    return this.http.get('/api/items', { params: new HttpParams({ fromObject: { token: localStorage.getItem('token') ?? '' } }) });",
      '  }',
      '  fieldWrite() {',
      "    this.httpOptions.params = new HttpParams().append('access_token', localStorage.getItem('token') ?? '');",
      '  }',
      '  send() {',
      "    return this.http.get('/api/items', this.httpOptions);",
      '  }',
      '  safe() {',
      "    return this.http.get('/api/items', { params: new HttpParams().set('page', '2') });",
      '  }',
      '}',
      'export class KeyInterceptor {',
      '  intercept(request: HttpRequest<unknown>, next: HttpHandler) {',
      "    return next.handle(request.clone({ setParams: { apikey: localStorage.getItem('apiKey') ?? '' } }));",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'api.service.ts', [
      { rule: 'token-in-request-url', ...at(code, 'params })'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'params: new HttpParams({'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'this.httpOptions);'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'setParams'), level: 'error' },
    ]);
  });

  it('options a helper passes on to HttpClient are judged as each caller writes them, at the caller', () => {
    const code = [
      "import { HttpClient, HttpParams } from '@angular/common/http';",
      'export class UnsecuredHttp {',
      '  constructor(private http: HttpClient) {}',
      '  post(uri: string, body: unknown, options: object) {',
      '    return this.http.post(uri, body, options);',
      '  }',
      '}',
      'export class Tokens {',
      '  constructor(private unsecured: UnsecuredHttp) {}',
      '  refresh() {',
      "    const options = { params: new HttpParams().append('refresh_token', localStorage.getItem('refresh_token') ?? '') };",
      "    return this.unsecured.post('/oauth/token', null, options);",
      '  }',
      '  page() {',
      "    return this.unsecured.post('/items', null, { params: new HttpParams().append('page', '2') });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'tokens.service.ts', [{ rule: 'token-in-request-url', ...at(code, 'options);\n  }\n  page'), level: 'error' }]);
  });

  it("Angular 2-4's Http service (@angular/http) takes the URL first", () => {
    const code = [
      "import { Http } from '@angular/http';",
      'export class Announcements {',
      '  constructor(private http: Http) {}',
      '  list() {',
      "    return this.http.get('/announcements?token=' + localStorage.getItem('token'));",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'announcements.service.ts', [{ rule: 'token-in-request-url', ...at(code, "'/announcements"), level: 'error' }]);
  });

  it("axios's form helpers take the URL first", () => {
    const code = [
      "import axios from 'axios';",
      'export const upload = (token: string, form: FormData) => axios.postForm(`/server/files/upload?token=${token}`, form);',
      '',
    ].join('\n');
    expectBothDoors(code, 'upload.ts', [{ rule: 'token-in-request-url', ...at(code, '`/server'), level: 'error' }]);
  });
});

describe('download links', () => {
  it("an anchor made by document.createElement('a') requests its href when clicked: a token there leaks, a file id does not", () => {
    const code = [
      'export function downloadBackup(token: string, id: string) {',
      "  const a = document.createElement('a');",
      "  a.style.display = 'none';",
      '  a.href = `/api/backups/${id}/download?token=${token}`;',
      '  document.body.appendChild(a);',
      '  a.click();',
      "  const plain = document.createElement('a');",
      '  plain.href = `/api/backups/${id}/download`;',
      '  plain.click();',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'download.ts', [{ rule: 'token-in-request-url', ...at(code, '`/api/backups/${id}/download?'), level: 'error' }]);
  });
});

describe('injected logger services', () => {
  it('this.loggerService and this.logService log what they are given; this.blogService is no logger', () => {
    const code = [
      "import { Controller, Get, Req } from '@nestjs/common';",
      "import type { Request } from 'express';",
      "import { AppLoggerService, LogService, BlogService } from './services';",
      '@Controller()',
      'export class AppController {',
      '  constructor(private readonly loggerService: AppLoggerService, private readonly logService: LogService, private readonly blogService: BlogService) {}',
      '  @Get()',
      '  get(@Req() req: Request) {',
      '    this.loggerService.info(`GET ${req.originalUrl}`);',
      '    this.logService.warn(`GET ${req.url}`);',
      '    this.blogService.error(`GET ${req.url}`);',
      "    return 'ok';",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'app.controller.ts', [
      { rule: 'log-raw-url', ...at(code, 'req.originalUrl}'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'req.url}'), level: 'warning' },
    ]);
  });

  it("a NestMiddleware's use() logging through the Logger in its class field: the original URL leaks, the path does not", () => {
    const code = [
      "import { Injectable, Logger, NestMiddleware } from '@nestjs/common';",
      "import type { NextFunction, Request, Response } from 'express';",
      '@Injectable()',
      'export class RequestLogMiddleware implements NestMiddleware {',
      '  private readonly logger = new Logger(RequestLogMiddleware.name);',
      '  use(req: Request, res: Response, next: NextFunction) {',
      "    res.on('finish', () => this.logger.log(`${req.method} ${req.originalUrl} ${res.statusCode}`));",
      '    this.logger.debug(`${req.method} ${req.path}`);',
      '    next();',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'request-log.middleware.ts', [{ rule: 'log-raw-url', ...at(code, 'req.originalUrl}'), level: 'warning' }]);
  });
});

describe("a project's own logging helpers", () => {
  it('a log helper imported from a project module and called by its bare name logs its arguments; a local function that is no logger, nothing', () => {
    const code = [
      "import { log } from '../utils/log';",
      "import type { Request, Response } from 'express';",
      'function logger(text: string) {',
      '  return text.length;',
      '}',
      'export function handler(req: Request, res: Response) {',
      '  log(`request ${req.originalUrl}`);',
      '  log(`request ${req.path}`);',
      '  logger(req.url);',
      "  res.send('ok');",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'handler.ts', [{ rule: 'log-raw-url', ...at(code, 'req.originalUrl}'), level: 'warning' }]);
  });

  it("a project's `Logger` class called statically (`Logger.info('…', { url: req.url })`) logs its arguments; its path, nothing", () => {
    const code = [
      "import { Logger } from '../utils';",
      "import type { NextFunction, Request, Response } from 'express';",
      'const requestLogger = (req: Request, res: Response, next: NextFunction): void => {',
      "  Logger.info('Incoming Request', { body: req.body, url: req.url, method: req.method });",
      "  Logger.debug('Route', { path: req.path });",
      '  next();',
      '};',
      'export default requestLogger;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middlewares/requestLogger.ts', [{ rule: 'log-raw-url', ...at(code, 'req.url,'), level: 'warning' }]);
  });

  it('a method bound off a required project logger (const warn = log.warn.bind(log)) logs its arguments', () => {
    const code = [
      "const log = require('./log');",
      'const warn = log.warn.bind(log);',
      'const size = log.size;',
      'module.exports = function handler(req, res) {',
      "  warn('bad request ' + req.url);",
      '  size(req.url);',
      '  res.end();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'handler.js', [{ rule: 'log-raw-url', ...at(code, 'req.url);'), level: 'warning' }]);
  });
});

describe('redirects of every framework: the browser requests the Location with its query', () => {
  it('a Location header set by hand (node:http writeHead, setHeader, Express res.location, Koa ctx.set) carries the token; other headers do not', () => {
    const code = [
      "const http = require('http');",
      'http.createServer((req, res) => {',
      '  getTokens(req, (err, tokens) => {',
      "    var url = 'https://www.googleapis.com/userinfo/v2/me?access_token=' + tokens.access_token;",
      "    res.writeHead(302, { 'Location': url });",
      "    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Next': url });",
      "    res.setHeader('location', '/app?token=' + tokens.id_token);",
      "    res.setHeader('X-Token-Url', '/app?token=' + tokens.id_token);",
      '    res.end();',
      '  });',
      '});',
      'function expressCallback(req, res, jwt) {',
      '  res.location(`/welcome?jwt=${jwt}`).sendStatus(302);',
      '}',
      'async function koaCallback(ctx, next, accessToken) {',
      "  ctx.set('Location', `/done#access_token=${accessToken}`);",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'oauth.js', [
      { rule: 'token-in-request-url', ...at(code, "'Location': url"), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, "'/app?token=' + tokens.id_token);\n    res.setHeader('X"), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/welcome?jwt'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/done#access_token'), level: 'error' },
    ]);
  });

  it('the redirect helpers of Next.js, SvelteKit, Remix and the Fetch API take the URL as an argument', () => {
    const code = [
      "import { NextResponse } from 'next/server';",
      "import { redirect } from 'next/navigation';",
      'export async function GET(request: Request, session: { accessToken: string }) {',
      '  if (!session) redirect(`/login?token=${session.accessToken}`);',
      '  return NextResponse.redirect(new URL(`/app?access_token=${session.accessToken}`, request.url));',
      '}',
      'export function worker(apiKey: string) {',
      '  return Response.redirect(`https://app.example.com/?api_key=${apiKey}`, 302);',
      '}',
      "export const safe = () => Response.redirect('https://app.example.com/login', 302);",
      '',
    ].join('\n');
    expectBothDoors(code, 'route.ts', [
      { rule: 'token-in-request-url', ...at(code, '`/login?token'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'new URL(`/app'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`https://app.example.com/?api_key'), level: 'error' },
    ]);
    const svelte = [
      "import { redirect } from '@sveltejs/kit';",
      'export const load = async ({ locals }: { locals: { jwt: string } }) => {',
      '  redirect(303, `/dashboard?jwt=${locals.jwt}`);',
      '};',
      '',
    ].join('\n');
    expectBothDoors(svelte, '+page.server.ts', [{ rule: 'token-in-request-url', ...at(svelte, '`/dashboard?jwt'), level: 'error' }]);
  });
});

describe('Vue socket plugins', () => {
  it("vue-socket.io's options.query and vue-native-websocket's $connect(url) put the token in the handshake URL", () => {
    const code = [
      "import Vue from 'vue';",
      "import VueSocketIO from 'vue-socket.io';",
      "const token = localStorage.getItem('token');",
      "Vue.use(new VueSocketIO({ connection: 'https://api.example.com', options: { query: { token } } }));",
      "Vue.use(new VueSocketIO({ connection: 'https://api.example.com', options: { query: { room: 'lobby' } } }));",
      'const vm = new Vue();',
      'export function connect(jwt: string) {',
      "  vm.$connect('wss://chat.example.com/ws?token=' + jwt);",
      "  vm.$connect('wss://chat.example.com/ws');",
      '}',
      'export default {',
      '  methods: { open(jwt: string) { this.$connect(`wss://chat.example.com/ws?access_token=${jwt}`); } },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.ts', [
      { rule: 'ws-token-in-url', ...at(code, 'query: { token }'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, "'wss://chat.example.com/ws?token='"), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, '`wss://chat.example.com/ws?access_token'), level: 'error' },
    ]);
  });
});

describe('WebSocket upgrades of Fetch-style servers (Deno, Bun, Cloudflare Workers, Hono)', () => {
  it('Deno.upgradeWebSocket and new WebSocketPair() accept the handshake where they are called: an Origin read before them is the check', () => {
    const code = [
      'Deno.serve((req: Request) => {',
      "  if (req.headers.get('upgrade') !== 'websocket') return new Response('no websocket', { status: 400 });",
      '  const { socket, response } = Deno.upgradeWebSocket(req);',
      '  socket.onmessage = (event) => socket.send(event.data);',
      '  return response;',
      '});',
      'export const checked = (req: Request) => {',
      "  if (req.headers.get('origin') !== 'https://app.example.com') return new Response('forbidden', { status: 403 });",
      '  return Deno.upgradeWebSocket(req).response;',
      '};',
      'export class Room {',
      '  async fetch(request: Request): Promise<Response> {',
      '    const [client, server] = Object.values(new WebSocketPair());',
      '    server.accept();',
      '    return new Response(null, { status: 101, webSocket: client });',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'server.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, 'Deno.upgradeWebSocket(req);'), level: 'note' },
      { rule: 'ws-missing-origin-check', ...at(code, 'new WebSocketPair()'), level: 'note' },
    ]);
  });

  it("Bun.serve with a websocket handler upgrades in its fetch; Hono's upgradeWebSocket in a route, unless a middleware beside it reads the Origin", () => {
    const code = [
      "import { Hono } from 'hono';",
      "import { createBunWebSocket } from 'hono/bun';",
      'const { upgradeWebSocket, websocket } = createBunWebSocket();',
      'const app = new Hono();',
      "app.get('/ws', upgradeWebSocket(() => ({ onMessage: (event, ws) => ws.send(String(event.data)) })));",
      'const sameSite = async (c, next) => {',
      "  if (c.req.header('origin') !== 'https://app.example.com') return c.text('forbidden', 403);",
      '  await next();',
      '};',
      "app.get('/checked', sameSite, upgradeWebSocket(() => ({})));",
      'Bun.serve({',
      '  fetch(req, server) {',
      '    if (server.upgrade(req)) return;',
      '    return app.fetch(req);',
      '  },',
      '  websocket,',
      '});',
      'Bun.serve({ fetch: (req) => new Response(new URL(req.url).pathname) });',
      '',
    ].join('\n');
    expectBothDoors(code, 'index.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, 'upgradeWebSocket(() => ({ onMessage'), level: 'note' },
      { rule: 'ws-missing-origin-check', ...at(code, 'Bun.serve({\n  fetch'), level: 'note' },
    ]);
  });
});

describe('socket.io 2 origins', () => {
  it("socket.io 2's io.origins([…]) is checked on every handshake; '*:*' allows any", () => {
    const code = [
      "const io = require('socket.io')(require('http').createServer());",
      "io.origins(['https://app.example.com:443']);",
      "const open = require('socket.io')(4000);",
      "open.origins('*:*');",
      '',
    ].join('\n');
    expectBothDoors(code, 'app.js', [{ rule: 'ws-missing-origin-check', ...at(code, "require('socket.io')(4000)"), level: 'note' }]);
  });
});

describe('@fastify/websocket routes', () => {
  it('a route with { websocket: true } accepts any Origin unless a hook or its handler reads it; plain routes are no server', () => {
    const code = [
      "import Fastify from 'fastify';",
      "import websocket from '@fastify/websocket';",
      "import session from '@fastify/session';",
      'const app = Fastify();',
      'app.register(session, { secret: process.env.SESSION_SECRET });',
      'app.register(websocket);',
      "app.get('/ws', { websocket: true, preHandler: [app.authenticate] }, (socket, req) => {",
      "  socket.on('message', (data) => socket.send(data));",
      '});',
      "const allowed = new Set(['https://app.example']);",
      'function sameSite(request, reply, done) {',
      '  if (!allowed.has(request.headers.origin)) return reply.code(403).send();',
      '  done();',
      '}',
      "app.get('/feed', { websocket: true, preValidation: sameSite }, (socket) => socket.send('hi'));",
      "app.route({ method: 'GET', url: '/live', websocket: true, handler: (req, reply) => reply.send(), wsHandler: (socket) => socket.send('x') });",
      "app.get('/health', { logLevel: 'warn' }, async () => ({ ok: true }));",
      '',
    ].join('\n');
    expectBothDoors(code, 'server.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, "app.get('/ws'"), level: 'error' },
      { rule: 'ws-missing-origin-check', ...at(code, 'app.route('), level: 'error' },
    ]);
    const plugin = [
      "import type { FastifyInstance } from 'fastify';",
      'export async function wsRoutes(app: FastifyInstance) {',
      "  app.get('/ws', { websocket: true }, (socket) => socket.send('hello'));",
      "  app.get('/users', async () => []);",
      '}',
      '',
    ].join('\n');
    expectBothDoors(plugin, 'ws.routes.ts', [{ rule: 'ws-missing-origin-check', ...at(plugin, "app.get('/ws'"), level: 'note' }]);
  });
});

describe("Next.js's router", () => {
  it('push and replace of useRouter (next/navigation, next/router) and the Router singleton request the URL with its query', () => {
    const code = [
      "'use client';",
      "import { useRouter } from 'next/navigation';",
      "import Router from 'next/router';",
      'export function Login({ login }: { login: () => Promise<string> }) {',
      '  const { push } = useRouter();',
      '  const router = useRouter();',
      '  const done = async () => {',
      '    const token = await login();',
      '    push(`/api/auth/user/login?token=${token}`);',
      '    router.replace(`/welcome?jwt=${token}`);',
      '    Router.push(`/home?access_token=${token}`);',
      "    router.push('/dashboard');",
      '  };',
      '  return done;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'FormLogin.tsx', [
      { rule: 'token-in-request-url', ...at(code, '`/api/auth/user/login'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/welcome?jwt'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/home?access_token'), level: 'error' },
    ]);
  });
});

describe('the request a Fetch-style handler destructures from its context', () => {
  it("a Cloudflare Pages Function's onRequest({ request }) prints the URL with its query; its pathname is safe", () => {
    const code = [
      'export const onRequest = ({ request, env }, cf) => {',
      '  const url = new URL(request.url);',
      "  url.host = env.CHAT_SERVER || 'localhost';",
      '  console.log(url);',
      '  console.log(new URL(request.url).pathname);',
      '  return fetch(new Request(url, request), cf);',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'functions/chat.js', [{ rule: 'log-raw-url', ...at(code, 'url);\n  console.log(new'), level: 'warning' }]);
  });
});

describe('HTTP client instances created with defaults', () => {
  it('got.extend and ky.create defaults: searchParams go with every request the instance makes; headers do not', () => {
    const code = [
      "import got from 'got';",
      "import ky from 'ky';",
      'export class Transit {',
      '  constructor(private readonly config: { apiToken: string; apiURL: string }) {}',
      '  private client = got.extend({',
      '    prefixUrl: this.config.apiURL,',
      "    responseType: 'json',",
      '    searchParams: { key: this.config.apiToken },',
      '  });',
      '  private safe = got.extend({ prefixUrl: this.config.apiURL, headers: { authorization: `Bearer ${this.config.apiToken}` } });',
      '}',
      'export const weather = (apiKey: string) => ky.create({ prefixUrl: "https://api.example.com", searchParams: { appid: apiKey } });',
      'export const paged = (base: typeof ky) => base.extend({ searchParams: { page: 1 } });',
      '',
    ].join('\n');
    expectBothDoors(code, 'transit.ts', [
      { rule: 'token-in-request-url', ...at(code, 'searchParams: { key'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'searchParams: { appid'), level: 'error' },
    ]);
  });
});

describe('a verifyClient required by destructuring from another file of the program', () => {
  const project = useTempProjects('verify-client');
  const analyze = (check: string) => {
    const files = {
      'services/verify-client.js': [
        "const whitelist = ['https://app.example.com'];",
        `function verifyClient(client) { return ${check}; }`,
        'module.exports = { verifyClient };',
        '',
      ].join('\n'),
      'loaders/server.loader.js': [
        "const ws = require('ws');",
        "const { verifyClient } = require('../services/verify-client');",
        'module.exports = () => new ws.Server({ port: Number(process.env.PORT), verifyClient });',
        '',
      ].join('\n'),
    };
    const directory = project(files);
    const paths = Object.keys(files).map((name) => join(directory, name));
    const program = ts.createProgram(paths, { noEmit: true, allowJs: true, checkJs: false, module: ts.ModuleKind.CommonJS });
    return analyzeProgram(program, paths).map((finding) => `${finding.ruleId} ${finding.location.line}`);
  };

  it('is read through the shorthand property: an allow-list of origins checks, a function that never reads it does not', () => {
    expect(analyze('whitelist.includes(client.origin)')).toEqual([]);
    expect(analyze('client.secure')).toEqual(['ws-missing-origin-check 3']);
  });
});

describe('a verifyClient the analysis cannot read', () => {
  it('a ws server given a verifyClient from another module is left alone; one written inline that never reads the Origin, or none, is reported', () => {
    const code = [
      "const ws = require('ws');",
      "const { verifyClient } = require('../services/verify-client');",
      'module.exports.checked = () => new ws.Server({ port: Number(process.env.PORT), verifyClient });',
      'module.exports.open = () => new ws.Server({ port: 8081, verifyClient: (info, done) => done(true) });',
      'module.exports.bare = () => new ws.Server({ port: 8082 });',
      '',
    ].join('\n');
    expectBothDoors(code, 'server.loader.js', [
      { rule: 'ws-missing-origin-check', ...at(code, 'new ws.Server({ port: 8081'), level: 'note' },
      { rule: 'ws-missing-origin-check', ...at(code, 'new ws.Server({ port: 8082'), level: 'note' },
    ]);
  });
});

describe('sanitizers known by their name', () => {
  it('a URL or token passed through redactUrl, maskToken or stripQuery is clean, whatever the function does; the raw one leaks', () => {
    const code = [
      'export function handler(req, res) {',
      '  console.log(redactUrl(req.url));',
      '  console.log(`GET ${stripQuery(req.originalUrl)}`);',
      '  console.log(req.url);',
      '}',
      'export function open(token: string) {',
      '  fetch(`/api/items?token=${maskToken(token)}`);',
      '  fetch(`/api/items?token=${token}`);',
      '}',
      "function redactUrl(raw) { const url = new URL(raw, 'http://x'); url.searchParams.set('token', '***'); return url.toString(); }",
      'declare function stripQuery(url: string): string;',
      'declare function maskToken(token: string): string;',
      '',
    ].join('\n');
    expectBothDoors(code, 'handler.ts', [
      { rule: 'log-raw-url', ...at(code, 'req.url);\n}'), level: 'warning' },
      { rule: 'token-in-request-url', ...at(code, '`/api/items?token=${token}'), level: 'error' },
    ]);
  });
});

describe('APIs that take their key only in the URL', () => {
  it("OpenWeather's appid in an axios instance's default params (baseURL names the host) or a call's params is its key, a warning; a Facebook appid is none", () => {
    const code = [
      "const axios = require('axios');",
      'const instance = axios.create({',
      "  baseURL: 'https://api.openweathermap.org/data/2.5',",
      '  params: {',
      '    APPID: process.env.APPID,',
      "    units: 'metric',",
      '  },',
      '});',
      "const weather = (q, appId) => axios.get('https://api.openweathermap.org/data/2.5/weather', { params: { q, appid: appId } });",
      "const login = (appId) => axios.get('https://graph.facebook.com/v19.0/oauth/access_token', { params: { appid: appId } });",
      'module.exports = { instance, weather, login };',
      '',
    ].join('\n');
    expectBothDoors(code, 'axios.js', [
      { rule: 'token-in-request-url', ...at(code, 'params: {\n    APPID'), level: 'warning' },
      { rule: 'token-in-request-url', ...at(code, 'params: { q, appid'), level: 'warning' },
    ]);
  });
});

describe('helpers exported in an object of shorthand properties', () => {
  const project = useTempProjects('shorthand-helpers');
  it("a token URL passed to a helper exported as `export default { getRequest }` reaches the helper's axios call", () => {
    const files = {
      'utils/networkRequest.js': [
        "import axios from 'axios';",
        'const getRequest = async function (url) {',
        '  return axios.get(url);',
        '};',
        'const postRequest = async (url, body) => axios.post(url, body);',
        'export default { postRequest, getRequest };',
        '',
      ].join('\n'),
      'utils/verifyFacebookToken.js': [
        "import networkRequest from './networkRequest';",
        'export default (accessToken) => {',
        '  const url = `https://graph.facebook.com/me?fields=id,email&access_token=${accessToken}`;',
        '  return networkRequest.getRequest(url);',
        '};',
        'export const profile = (id) => networkRequest.getRequest(`https://graph.facebook.com/${id}/picture`);',
        '',
      ].join('\n'),
    };
    const directory = project(files);
    const paths = Object.keys(files).map((name) => join(directory, name));
    const program = ts.createProgram(paths, {
      noEmit: true,
      allowJs: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    });
    // The caller writes `access_token=` around its token (known by its parameter's name only), so the finding is
    // where it passes the URL to the helper.
    const findings = analyzeProgram(program, paths).map(
      (finding) =>
        `${finding.ruleId} ${finding.location.path.split('/').slice(-2).join('/')} ${/\((\w+)\)/.exec(finding.message)?.[1] ?? ''}`,
    );
    expect(findings).toEqual(['token-in-request-url utils/verifyFacebookToken.js accessToken']);
  });
});

describe("a request chain's query for an API that takes its key only in the URL", () => {
  it("superagent's .query() after request.get(url) is graded by that URL's host: Mapbox's access_token a warning, another API's an error", () => {
    const code = [
      "const request = require('superagent');",
      'const credentials = { access_token: process.env.MAPBOX_ACCESS_TOKEN };',
      "const styles = () => request.get('https://api.mapbox.com/styles/v1/me').set('Accept', 'application/json').query(credentials);",
      "const other = () => request.get('https://api.example.com/v1/items').query(credentials);",
      'module.exports = { styles, other };',
      '',
    ].join('\n');
    expectBothDoors(code, 'mapbox.js', [
      { rule: 'token-in-request-url', ...at(code, 'credentials);\nconst other'), level: 'warning' },
      { rule: 'token-in-request-url', ...at(code, 'credentials);\nmodule'), level: 'error' },
    ]);
  });
});
