import { PINO_LEVELS } from './loggers/pino.js';
import type { LibraryModel } from './model.js';
import { levelsOf, loggerSink, middlewareSink, PATH_ONLY } from './rows.js';

/** Fastify: its request, its built-in (pino) logger and that logger's request logging, and its cookie and session plugins. */
export const fastify: LibraryModel = {
  name: 'Fastify',
  modules: ['fastify', '@fastify/cookie', '@fastify/session', '@fastify/secure-session', 'fastify-cookie', 'fastify-session'],
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
      safeAlternative: "set logger: { serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0] }) } }",
    }),
  ],
  cookieAuthModules: ['@fastify/cookie', '@fastify/session', '@fastify/secure-session', 'fastify-cookie', 'fastify-session'],
};
