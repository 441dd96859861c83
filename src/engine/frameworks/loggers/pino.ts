import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, middlewareSink, PATH_ONLY } from '../rows.js';

export const PINO_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

const PINO_SERIALIZER =
  "a serializers.req that keeps only the method and the path (url: req.url.split('?')[0]), plus redact: ['req.headers.authorization', 'req.headers.cookie']";

/**
 * pino: the logger, and its request logging for Node, Express and Koa (pino-http and its wrappers), NestJS
 * (nestjs-pino) and Hapi (hapi-pino). Fastify's built-in pino logger is in fastify.ts.
 */
export const pino: LibraryModel = {
  name: 'pino (pino, pino-http, nestjs-pino, hapi-pino)',
  modules: ['pino', 'pino-http', 'express-pino-logger', 'koa-pino-logger', 'nestjs-pino', '@hapi/hapi', 'hapi', '?'],
  loggerSinks: [
    loggerSink({
      id: 'pino',
      api: 'pino',
      modules: ['pino'],
      paths: levelsOf(['().**', 'pino().**', 'default().**'], PINO_LEVELS),
      safeAlternative: `${PATH_ONLY}, or set pino's redact option`,
    }),
  ],
  middlewareSinks: [
    middlewareSink({
      id: 'pino-http',
      api: 'pino-http',
      check: 'pino-options',
      modules: ['pino-http', 'express-pino-logger', 'koa-pino-logger'],
      paths: ['', 'pinoHttp', 'default', 'logger'],
      safeAlternative: `give it ${PINO_SERIALIZER}`,
    }),
    middlewareSink({
      id: 'nestjs-pino',
      api: 'nestjs-pino LoggerModule',
      check: 'nestjs-pino',
      modules: ['nestjs-pino'],
      paths: ['LoggerModule.forRoot', 'LoggerModule.forRootAsync'],
      safeAlternative: `set pinoHttp to options with ${PINO_SERIALIZER}`,
    }),
    middlewareSink({
      id: 'hapi-pino',
      api: 'hapi-pino',
      check: 'hapi-pino',
      // `server.register({ plugin: hapiPino, options })`: the server is Hapi's, or a parameter.
      modules: ['@hapi/hapi', 'hapi', '?'],
      paths: ['**.register'],
      safeAlternative: `give the plugin options ${PINO_SERIALIZER}`,
    }),
  ],
};
