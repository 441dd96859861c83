import type { SinkRow } from './sinks.js';

/**
 * Request-logging middleware (log-middleware-url): calls whose configuration decides whether every request's full
 * URL is logged. `check` names the judge in server/server-checks.ts (check-morgan.ts, check-logging-options.ts); `safeAlternative` is the redacting setup.
 */

const middleware = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'log-middleware-url', ...row });

const PINO_SERIALIZER =
  "a serializers.req that keeps only the method and the path (url: req.url.split('?')[0]), plus redact: ['req.headers.authorization', 'req.headers.cookie']";

export const middlewareSinkRows: readonly SinkRow[] = [
  middleware({
    id: 'morgan',
    api: 'morgan',
    check: 'morgan',
    modules: ['morgan'],
    paths: ['', 'default'],
    safeAlternative: "redefine the url token to drop the query (morgan.token('url', (req) => req.path)) and use a format without :referrer",
  }),
  middleware({
    id: 'pino-http',
    api: 'pino-http',
    check: 'pino-options',
    modules: ['pino-http', 'express-pino-logger', 'koa-pino-logger'],
    paths: ['', 'pinoHttp', 'default', 'logger'],
    safeAlternative: `give it ${PINO_SERIALIZER}`,
  }),
  middleware({
    id: 'nestjs-pino',
    api: 'nestjs-pino LoggerModule',
    check: 'nestjs-pino',
    modules: ['nestjs-pino'],
    paths: ['LoggerModule.forRoot', 'LoggerModule.forRootAsync'],
    safeAlternative: `set pinoHttp to options with ${PINO_SERIALIZER}`,
  }),
  middleware({
    id: 'hapi-pino',
    api: 'hapi-pino',
    check: 'hapi-pino',
    modules: ['@hapi/hapi', 'hapi', '?'],
    paths: ['**.register'],
    safeAlternative: `give the plugin options ${PINO_SERIALIZER}`,
  }),
  middleware({
    id: 'fastify-logger',
    api: 'Fastify logger',
    check: 'fastify-logger',
    modules: ['fastify'],
    paths: ['', 'fastify', 'default'],
    safeAlternative: "set logger: { serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0] }) } }",
  }),
  middleware({
    id: 'express-winston',
    api: 'express-winston',
    check: 'express-winston',
    modules: ['express-winston'],
    paths: ['logger', 'errorLogger'],
    safeAlternative:
      "set requestWhitelist: ['method', 'path'] (no url, originalUrl, query or headers) and msg: 'HTTP {{req.method}} {{req.path}}'",
  }),
  middleware({
    id: 'koa-logger',
    api: 'koa-logger',
    check: 'koa-logger',
    modules: ['koa-logger'],
    paths: ['', 'default'],
    safeAlternative: 'pass a transporter that drops the query from the line, or log ctx.path yourself',
  }),
];
