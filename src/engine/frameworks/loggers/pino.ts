import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, middlewareSink, PATH_ONLY } from '../rows.js';

/** pino-noir: serializers that censor listed paths (`noir(['req.headers.authorization'])`), read by the pino-http check. */
export const PINO_NOIR_MODULE = 'pino-noir';

export const PINO_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

const PINO_SERIALIZER =
  "a serializers.req that keeps only the method and the path (url: req.url.split('?')[0]), plus redact: ['req.headers.authorization', 'req.headers.cookie']";

/**
 * hapi-pino, judged where its plugin descriptor is written (`{ plugin: hapiPino, options }`, hapi 16's
 * `{ register: hapiPino, options }`: server/find-plugin-descriptors.ts) rather than at `server.register`, which projects
 * call from arrays, loops and directory loaders the engine cannot follow. No call is its sink, so it is no row of the
 * sink table: the descriptor pass reports with it.
 */
export const HAPI_PINO = middlewareSink({
  id: 'hapi-pino',
  api: 'hapi-pino',
  modules: ['hapi-pino'],
  paths: [],
  safeAlternative: `give the plugin options ${PINO_SERIALIZER}`,
});

/**
 * pino: the logger, and its request logging for Node, Express and Koa (pino-http and its wrappers), NestJS
 * (nestjs-pino) and Hapi (hapi-pino). Fastify's built-in pino logger is in fastify.ts.
 */
export const pino: LibraryModel = {
  name: 'pino (pino, pino-http, nestjs-pino, hapi-pino)',
  modules: ['pino', 'pino-http', 'express-pino-logger', 'koa-pino-logger', 'nestjs-pino', 'hapi-pino'],
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
  ],
};
