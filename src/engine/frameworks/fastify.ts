import { PINO_LEVELS } from './loggers/pino.js';
import type { LibraryModel } from './model.js';
import { levelsOf, loggerSink, middlewareSink, PATH_ONLY } from './rows.js';

const FASTIFY_SERIALIZER = "set logger: { serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0] }) } }";

/** Fastify: its request, its built-in (pino) logger and that logger's request logging, and its cookie and session plugins. */
export const fastify: LibraryModel = {
  name: 'Fastify',
  modules: [
    'fastify',
    '@nestjs/platform-fastify',
    '@fastify/cookie',
    '@fastify/session',
    '@fastify/secure-session',
    'fastify-cookie',
    'fastify-session',
  ],
  requestObjects: [
    {
      framework: 'Fastify',
      modules: ['fastify'],
      types: ['FastifyRequest'],
      urlMembers: ['url', 'originalUrl'],
      queryMembers: ['query'],
      requestMembers: ['raw'],
      pathMember: 'split',
    },
  ],
  loggerSinks: [
    loggerSink({
      id: 'fastify-log',
      api: 'fastify.log',
      modules: ['fastify'],
      paths: levelsOf(['().log.**', 'fastify().log.**', 'default().log.**'], PINO_LEVELS),
      safeAlternative: `${PATH_ONLY}, or give Fastify's logger serializers that drop the query`,
    }),
  ],
  middlewareSinks: [
    middlewareSink({
      id: 'fastify-logger',
      api: 'Fastify logger',
      check: 'fastify-logger',
      modules: ['fastify'],
      paths: ['', 'fastify', 'default'],
      safeAlternative: FASTIFY_SERIALIZER,
    }),
    // NestJS on Fastify: the adapter takes Fastify's server options, its logger among them
    // (https://docs.nestjs.com/techniques/performance).
    middlewareSink({
      id: 'nestjs-fastify-adapter-logger',
      api: "NestJS FastifyAdapter's Fastify logger",
      check: 'fastify-logger',
      modules: ['@nestjs/platform-fastify'],
      paths: ['FastifyAdapter'],
      safeAlternative: FASTIFY_SERIALIZER,
    }),
  ],
  cookieAuthModules: ['@fastify/cookie', '@fastify/session', '@fastify/secure-session', 'fastify-cookie', 'fastify-session'],
};
