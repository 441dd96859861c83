import { NEST_LEVELS } from '../nestjs.js';
import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';
import { PINO_LEVELS } from './pino.js';
import { WINSTON_LEVELS } from './winston.js';

/** Names that mean "the application's logger" when the analysis cannot see its definition (an import without types). */
export const LOGGER_NAMES = ['logger', 'log', 'LOGGER', '_logger', 'appLogger'];

/** Longer names of loggers (`requestLogger`, `auditLogger`, `http_logger`): read as `logger` when matching by name. */
export const LOGGER_NAME_SUFFIX = /(?:[a-z0-9]Logger|_logger)$/;

/** Levels of loggers known only by their name (`logger`, `this.logger`, `req.log`): the union of common ones. */
const ANY_LEVELS = [...new Set([...PINO_LEVELS, ...WINSTON_LEVELS, ...NEST_LEVELS, 'critical', 'notice'])];

/**
 * Loggers known only by their name, at the end of any chain: parameters and imports the analysis cannot resolve
 * (`this.logger`, `req.log` of pino-http, `request.log` of Fastify, a plugin's `scope.log`). server/matches-logger-name.ts also matches names the user configures.
 */
export const namedLogger: LibraryModel = {
  name: 'loggers known by name (logger, this.logger, req.log)',
  modules: ['?'],
  loggerSinks: [
    loggerSink({
      id: 'named-logger',
      api: 'logger',
      // Parameters and imports the analysis cannot resolve, reached through any chain: `logger`, `this.logger`, `req.log`
      // (pino-http), `request.log`/`reply.log` (Fastify), a Fastify plugin's `scope.log`, `this.deps.logger`, and a
      // child of any of them (`server.logger.child('response')`).
      modules: ['?'],
      paths: levelsOf(
        LOGGER_NAMES.flatMap((name) => [`**.${name}`, `**.${name}.child()`]),
        ANY_LEVELS,
      ),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
