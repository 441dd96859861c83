import { NEST_LEVELS } from '../nestjs.js';
import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';
import { PINO_LEVELS } from './pino.js';
import { WINSTON_LEVELS } from './winston.js';

/** Names that mean "the application's logger" when the analysis cannot see its definition (an import without types). */
export const LOGGER_NAMES = ['logger', 'log', 'Log', 'LOG', 'Logger', 'LOGGER', '_logger', 'appLogger'];

/**
 * Longer names of loggers (`requestLogger`, `auditLogger`, `http_logger`), and the logger services NestJS and Angular
 * code injects (`loggerService`, `logService`, `appLoggerService`, `loggingService`): read as `logger` when matching by
 * name. Not `blogService`: a service's `Log` starts a word.
 */
export const LOGGER_NAME_SUFFIX = /(?:[a-z0-9]Logger|_logger|^log(?:ger|ging)?Service|[a-z0-9]Log(?:ger|ging)?Service)$/;

/**
 * `logger` and every name LOGGER_NAME_SUFFIX reads as `logger`, called or not (a factory's `getLogger()`), as
 * regular-expression text (for the text pre-filter).
 */
export const LOGGER_NAME_TEXT = String.raw`(?:logger|log(?:ger|ging)?Service|[\w$]*(?:[a-z0-9](?:Logger|Log(?:ger|ging)?Service)|_logger)(?:\(\s*\))?)`;

/**
 * The name matched against the `logger` of the tables: `requestLogger`, `this.loggerService` read as `logger`, and
 * what a project's logger factory returns (`getLogger().info(…)`, `createRequestLogger().warn(…)`, `useLogger()`).
 */
export function asLoggerName(name: string): string {
  return LOGGER_NAME_SUFFIX.test(name) || LOGGER_FACTORY_CALL.test(name) ? 'logger' : name;
}

/** A call (the tables' `name()`) of a function named for the logger it gets, creates or uses. */
const LOGGER_FACTORY_CALL = /^(?:get|create|use|make)\w*Logger\(\)$/;

/** Levels of loggers known only by their name (`logger`, `this.logger`, `req.log`): the union of common ones. */
export const ANY_LEVELS: readonly string[] = [...new Set([...PINO_LEVELS, ...WINSTON_LEVELS, ...NEST_LEVELS, 'critical', 'notice'])];

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
      // Called by its bare name, a project's helper (`import { log } from './log'; log(…)`): only where it is imported.
      // Bound (`const warn = log.warn.bind(log)`), as console's methods are.
      paths: [
        ...levelsOf(
          LOGGER_NAMES.flatMap((name) => [`**.${name}`, `**.${name}.child()`]),
          ANY_LEVELS,
        ).flatMap((path) => [path, `${path}.bind()`]),
        ...LOGGER_NAMES,
      ],
      safeAlternative: PATH_ONLY,
    }),
  ],
};
