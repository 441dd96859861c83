import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import morgan from 'morgan';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import winston from 'winston';
import { afterEach, describe, expect, it } from 'vitest';
import { pinoSerializers, redactUrlsFormat, safeCombined, useRedactingMorganTokens } from '../../src/redact/index.js';
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

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Serves one request through the middleware and returns what it logged, once it logged something. */
async function logsOfRequest(middleware: Middleware, lines: string[]): Promise<string[]> {
  const server = createServer((req, res) => middleware(req, res, () => res.end('ok')));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // eslint-disable-next-line urlleak/token-in-request-url -- the planted token the loggers must not write
  const response = await fetch(`http://127.0.0.1:${port}${PATH}`, {
    headers: { referer: REFERER, authorization: `Bearer ${JWT}`, cookie: `sid=${TOKEN}` },
  });
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
