import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import expressWinston from 'express-winston';
import { fastify, type FastifyInstance } from 'fastify';
import morgan from 'morgan';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import winston from 'winston';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expressWinstonOptions,
  expressWinstonRequestFilter,
  fastifySerializers,
  pinoSerializers,
  redactUrlsFormat,
  safeCombined,
  useRedactingMorganTokens,
} from '../../src/redact/index.js';
import { makeJwt } from '../support/make-jwt.js';
import { findingsIn } from './scan-lines.js';

/**
 * Each integration with the real library: a request (or a log call) carrying a planted token is logged into memory,
 * and the log scanner (in process) reads the lines. The default setup's lines are found, the redacting setup's are not.
 */
const JWT = makeJwt({ sub: 'user-1', iat: 1_790_000_000, exp: 1_790_000_000 + 30 * 86_400 });
const TOKEN = 'd8f7a6s5d4f3g2h1j0k9l8m7';
const PATH = `/ws?room=7&access_token=${JWT}`;
const REFERER = `https://app.example.com/inbox?api_key=${TOKEN}`;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const HEADERS = { referer: REFERER, authorization: `Bearer ${JWT}`, cookie: `sid=${TOKEN}` };

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Serves one request through the middleware and returns what it logged, once it logged something. */
async function logsOfRequest(middleware: Middleware, lines: string[], path = PATH): Promise<string[]> {
  const server = createServer((req, res) => middleware(req, res, () => res.end('ok')));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // eslint-disable-next-line urlleak/token-in-request-url -- the planted token the loggers must not write
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: HEADERS });
  await response.text();
  for (let waited = 0; lines.length === 0 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  return lines.flatMap((chunk) => chunk.split('\n').filter((line) => line !== ''));
}

function collector(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
}

describe('morgan', () => {
  it('combined logs the token of the URL and of the Referer', async () => {
    const lines: string[] = [];
    // eslint-disable-next-line urlleak/log-middleware-url -- the leaking default, for comparison
    const logged = await logsOfRequest(morgan('combined', { stream: collector(lines) }), lines);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(JWT);
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(2);
  });

  it('safeCombined, with the redacting tokens, logs the same line without them', async () => {
    // Tokens are registered on morgan itself (its API has no other way), for every later request of this file.
    useRedactingMorganTokens(morgan);
    const lines: string[] = [];
    // eslint-disable-next-line urlleak/log-middleware-url -- the rule knows these tokens as urlleak/redact's, not by this file's relative import
    const logged = await logsOfRequest(morgan(safeCombined, { stream: collector(lines) }), lines);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^127\.0\.0\.1 - - \[[^\]]+\] "GET \/ws\?room=7&access_token=\[REDACTED\] HTTP\/1\.1" 200 - "https:\/\/app\.example\.com\/inbox\?api_key=\[REDACTED\]" "[^"]*"$/,
    );
    expect(await findingsIn(logged)).toEqual([]);
  });

  it('with the tokens, combined redacts the URL but still logs the Referer: hence safeCombined', async () => {
    const lines: string[] = [];
    // eslint-disable-next-line urlleak/log-middleware-url -- the leaking default, for comparison
    const logged = await logsOfRequest(morgan('combined', { stream: collector(lines) }), lines);
    expect(logged[0]).toContain('access_token=[REDACTED]');
    expect(await findingsIn(logged)).toHaveLength(1);
  });
});

describe('pino-http', () => {
  it('by default logs the URL with its token', async () => {
    const lines: string[] = [];
    // eslint-disable-next-line urlleak/log-middleware-url -- the leaking default, for comparison
    const logged = await logsOfRequest(pinoHttp({ logger: pino(collector(lines)) }) as Middleware, lines);
    expect(logged.join('\n')).toContain(JWT);
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(1);
  });

  it('with pinoSerializers() logs method, redacted URL and headers, and nothing the scanner finds', async () => {
    const lines: string[] = [];
    const logged = await logsOfRequest(pinoHttp({ logger: pino(collector(lines)), serializers: pinoSerializers() }) as Middleware, lines);
    const req = (JSON.parse(logged[0] ?? '{}') as { req: Record<string, unknown> }).req;
    expect(req).toMatchObject({ method: 'GET', url: '/ws?room=7&access_token=[REDACTED]' });
    expect(req['headers']).toMatchObject({
      authorization: '[REDACTED]',
      cookie: '[REDACTED]',
      referer: 'https://app.example.com/inbox?api_key=[REDACTED]',
    });
    expect(req).not.toHaveProperty('query');
    expect(await findingsIn(logged)).toEqual([]);
  });

  it('plain pino: serializers.req takes the IncomingMessage itself', async () => {
    const lines: string[] = [];
    const logger = pino({ serializers: pinoSerializers() }, collector(lines));
    const logged = await logsOfRequest((req, _res, next) => {
      logger.info({ req }, 'request');
      next();
    }, lines);
    expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({ req: { method: 'GET', url: '/ws?room=7&access_token=[REDACTED]' } });
    expect(await findingsIn(logged)).toEqual([]);
  });
});

describe('winston', () => {
  const log = (format: winston.Logform.Format) => {
    const lines: string[] = [];
    const logger = winston.createLogger({ format, transports: [new winston.transports.Stream({ stream: collector(lines) })] });
    logger.info(`fetching https://api.example.com${PATH}`, { request: { url: PATH, referer: REFERER }, attempt: 2 });
    logger.warn('retrying', { urls: [REFERER, '/health'] });
    return lines.flatMap((chunk) => chunk.split('\n').filter((line) => line !== ''));
  };

  it('json() alone writes the tokens of the message and the meta', async () => {
    const logged = log(winston.format.json());
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(3);
  });

  it('redactUrlsFormat() rewrites them, leaves the rest and the caller’s objects alone', async () => {
    const meta = { request: { url: PATH }, attempt: 2 };
    const lines: string[] = [];
    const logger = winston.createLogger({
      format: winston.format.combine(redactUrlsFormat(), winston.format.json()),
      transports: [new winston.transports.Stream({ stream: collector(lines) })],
    });
    logger.info(`fetching https://api.example.com${PATH}`, meta);
    expect(meta.request.url).toBe(PATH);
    const logged = [...lines, ...log(winston.format.combine(redactUrlsFormat(), winston.format.json()))];
    expect(JSON.parse(logged[0] ?? '{}')).toEqual({
      level: 'info',
      message: 'fetching https://api.example.com/ws?room=7&access_token=[REDACTED]',
      request: { url: '/ws?room=7&access_token=[REDACTED]' },
      attempt: 2,
    });
    expect(await findingsIn(logged)).toEqual([]);
  });

  it('after a finalizing format, it rewrites the finished line', async () => {
    const logged = log(winston.format.combine(winston.format.simple(), redactUrlsFormat()));
    expect(logged[0]).toContain('access_token=[REDACTED]');
    expect(await findingsIn(logged)).toEqual([]);
  });
});

describe('Fastify', () => {
  /** Fastify's own request log lines (`incoming request`, `request completed`) for one request through `inject`. */
  async function logsOfInject(
    serializers: ReturnType<typeof fastifySerializers> | undefined,
    url = PATH,
    setUp: (app: FastifyInstance) => void = () => {},
  ): Promise<string[]> {
    const lines: string[] = [];
    const stream = collector(lines);
    // eslint-disable-next-line urlleak/log-middleware-url -- without serializers: the leaking default, for comparison
    const app = fastify({ logger: serializers ? { serializers, stream } : { stream } });
    app.get('/ws', async () => 'ok');
    setUp(app);
    await app.inject({ method: 'GET', url, headers: HEADERS });
    await app.close();
    return lines.flatMap((chunk) => chunk.split('\n').filter((line) => line !== ''));
  }

  it('by default logs the URL with its token', async () => {
    const logged = await logsOfInject(undefined);
    expect(logged.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['incoming request', 'request completed']);
    expect(logged[0]).toContain(JWT);
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(1);
  });

  it('with fastifySerializers() logs Fastify’s request fields, the URL redacted', async () => {
    const logged = await logsOfInject(fastifySerializers());
    expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({
      msg: 'incoming request',
      req: { method: 'GET', url: '/ws?room=7&access_token=[REDACTED]', host: 'localhost:80', remoteAddress: '127.0.0.1' },
    });
    expect(logged.join('\n')).not.toContain(JWT);
    expect(await findingsIn(logged)).toEqual([]);
  });

  it('Fastify’s default 404 handler writes the raw URL into its message, which no serializer sees', async () => {
    const logged = await logsOfInject(fastifySerializers(), `/missing?access_token=${JWT}`);
    expect(logged.map((line) => (JSON.parse(line) as { msg: string }).msg)).toContain(`Route GET:/missing?access_token=${JWT} not found`);
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(1);
  });

  it('with a not-found handler of its own, a 404 logs nothing the scanner finds', async () => {
    const logged = await logsOfInject(fastifySerializers(), `/missing?access_token=${JWT}`, (app) =>
      app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not Found' })),
    );
    expect(logged.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['incoming request', 'request completed']);
    expect(await findingsIn(logged)).toEqual([]);
  });
});

describe('express-winston', () => {
  const require = createRequire(import.meta.url);
  /** Express 5 ships no types and @types/express is not installed: the little these tests call. */
  interface ExpressApp extends Middleware {
    use(middleware: unknown): ExpressApp;
    get(path: string, handler: (req: unknown, res: { send(body: string): void }) => void): ExpressApp;
  }
  const express = require('express') as () => ExpressApp;

  /** A real Express app with express-winston writing JSON lines into `lines`, and a route for the request. */
  function appLogging(lines: string[], options: Partial<expressWinston.LoggerOptions>): ExpressApp {
    const app = express();
    app.use(
      // eslint-disable-next-line urlleak/log-middleware-url -- the leaking default for comparison, or the tested options spread in
      expressWinston.logger({
        transports: [new winston.transports.Stream({ stream: collector(lines) })],
        format: winston.format.json(),
        ...options,
      }),
    );
    app.get('/ws', (_req, res) => res.send('ok'));
    return app;
  }

  type Entry = { message: string; meta: { req: Record<string, unknown> } };

  it('by default logs the token in the message, url, originalUrl, query and headers', async () => {
    const lines: string[] = [];
    const logged = await logsOfRequest(appLogging(lines, {}), lines);
    const entry = JSON.parse(logged[0] ?? '{}') as Entry;
    expect(entry.message).toBe(`HTTP GET ${PATH}`);
    expect(entry.meta.req).toMatchObject({ url: PATH, originalUrl: PATH, query: { room: '7', access_token: JWT } });
    expect((await findingsIn(logged)).length).toBeGreaterThanOrEqual(4);
  });

  it('with expressWinstonOptions() logs the message, URL and headers redacted, and nothing the scanner finds', async () => {
    const lines: string[] = [];
    const logged = await logsOfRequest(appLogging(lines, expressWinstonOptions()), lines);
    expect(logged).toHaveLength(1);
    const entry = JSON.parse(logged[0] ?? '{}') as Entry;
    expect(entry.message).toBe('HTTP GET /ws?room=7&access_token=[REDACTED]');
    expect(entry.meta.req).toEqual({
      url: '/ws?room=7&access_token=[REDACTED]',
      method: 'GET',
      httpVersion: '1.1',
      headers: expect.objectContaining({
        authorization: '[REDACTED]',
        cookie: '[REDACTED]',
        referer: 'https://app.example.com/inbox?api_key=[REDACTED]',
      }) as unknown,
    });
    expect(logged[0]).not.toContain(JWT);
    expect(logged[0]).not.toContain(TOKEN);
    expect(await findingsIn(logged)).toEqual([]);
  });

  it('the filter with the default whitelist redacts the query’s values by name and keeps the others', async () => {
    const lines: string[] = [];
    const logged = await logsOfRequest(appLogging(lines, { requestFilter: expressWinstonRequestFilter() }), lines);
    const entry = JSON.parse(logged[0] ?? '{}') as Entry;
    expect(entry.meta.req).toMatchObject({
      url: '/ws?room=7&access_token=[REDACTED]',
      originalUrl: '/ws?room=7&access_token=[REDACTED]',
      query: { room: '7', access_token: '[REDACTED]' },
    });
    // The message is the template's, read from the request itself: the filter does not reach it.
    expect(entry.message).toBe(`HTTP GET ${PATH}`);
    expect(await findingsIn(logged)).toHaveLength(1);
  });

  it('errorLogger takes the same options; redactUrlsFormat() on its logger covers the error’s own message', async () => {
    const logErrors = (lines: string[], options: Partial<expressWinston.ErrorLoggerOptions>) => {
      const app = express();
      app.get('/ws', () => {
        throw new Error(`upstream https://api.example.com/v1/rooms?api_key=${TOKEN} answered 503`);
      });
      app.use(
        // eslint-disable-next-line urlleak/log-middleware-url -- the tested options are spread in
        expressWinston.errorLogger({
          transports: [new winston.transports.Stream({ stream: collector(lines) })],
          format: winston.format.json(),
          ...options,
        }),
      );
      return app;
    };
    const lines: string[] = [];
    const withOptions = await logsOfRequest(logErrors(lines, expressWinstonOptions()), lines);
    expect(JSON.parse(withOptions[0] ?? '{}')).toMatchObject({ message: 'HTTP GET /ws?room=7&access_token=[REDACTED]' });
    expect(withOptions[0]).not.toContain(JWT);
    // What is left is the error's: winston's exception info repeats its message (meta.message, meta.stack).
    expect((await findingsIn(withOptions)).length).toBeGreaterThanOrEqual(1);
    lines.length = 0;
    const format = winston.format.combine(redactUrlsFormat(), winston.format.json());
    const withFormat = await logsOfRequest(logErrors(lines, { ...expressWinstonOptions(), format }), lines);
    expect(withFormat[0]).toContain('api_key=[REDACTED]');
    expect(await findingsIn(withFormat)).toEqual([]);
  });

  it('a msg function’s result holding {{ is run as a template; expressWinstonMessage() escapes the braces', async () => {
    const lines: string[] = [];
    const naive = (req: { method: string; url: string }) => `HTTP ${req.method} ${req.url}`;
    const [evaluated] = await logsOfRequest(appLogging(lines, { msg: naive }), lines, '/ws?q={{7*7}}');
    expect((JSON.parse(evaluated ?? '{}') as Entry).message).toBe('HTTP GET /ws?q=49');
    lines.length = 0;
    const [escaped] = await logsOfRequest(appLogging(lines, expressWinstonOptions()), lines, '/ws?q={{7*7}}');
    expect((JSON.parse(escaped ?? '{}') as Entry).message).toBe('HTTP GET /ws?q=%7B%7B7*7%7D%7D');
  });
});
