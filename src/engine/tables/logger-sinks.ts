import type { SinkRow } from './sinks.js';

/**
 * Loggers and error reporters (log-raw-url): every argument is a sink, objects included (`log.info({ req })`).
 * Paths follow tables/sinks.ts; `**` covers `.child({…})` chains. CodeQL's Logging.qll models the same libraries.
 */

const logger = (row: Omit<SinkRow, 'rule' | 'check'>): SinkRow => ({ rule: 'log-raw-url', check: 'logged-arguments', ...row });

/** `logger.info`, `logger.child().info`: each level under each way to reach the logger. */
const levelsOf = (roots: readonly string[], levels: readonly string[]): string[] =>
  roots.flatMap((root) => levels.map((level) => (root === '' ? level : `${root}.${level}`)));

const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'];
const PINO_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
const WINSTON_LEVELS = ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'];
const BUNYAN_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const LOG4JS_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'];
const NPMLOG_LEVELS = ['silly', 'verbose', 'info', 'timing', 'http', 'notice', 'warn', 'error', 'log'];
const CONSOLA_LEVELS = ['log', 'info', 'start', 'success', 'ready', 'warn', 'error', 'fail', 'fatal', 'debug', 'trace', 'box'];
const SIGNALE_LEVELS = [
  'log',
  'success',
  'error',
  'warn',
  'info',
  'debug',
  'note',
  'pending',
  'fatal',
  'complete',
  'start',
  'star',
  'watch',
  'await',
];
const NEST_LEVELS = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'];
/** Levels of loggers known only by their name (`logger`, `this.logger`, `req.log`): the union of common ones. */
const ANY_LEVELS = [...new Set([...PINO_LEVELS, ...WINSTON_LEVELS, ...NEST_LEVELS, 'critical', 'notice'])];

const PATH_ONLY = 'log the path without the query (req.path, ctx.path, new URL(req.url, base).pathname) or an allow-list of parameters';
const REDACT = `${PATH_ONLY}, or configure the logger to redact it`;

/** Names that mean "the application's logger" when the analysis cannot see its definition (an import without types). */
export const LOGGER_NAMES = ['logger', 'log', 'LOGGER', '_logger', 'appLogger'];

export const loggerSinkRows: readonly SinkRow[] = [
  logger({
    id: 'console',
    api: 'console',
    modules: ['global'],
    paths: levelsOf(['console'], CONSOLE_LEVELS).flatMap((path) => [path, `${path}.bind()`, `${path}.call`]),
    safeAlternative: PATH_ONLY,
  }),
  logger({
    id: 'pino',
    api: 'pino',
    modules: ['pino'],
    paths: levelsOf(['().**', 'pino().**', 'default().**'], PINO_LEVELS),
    safeAlternative: `${PATH_ONLY}, or set pino's redact option`,
  }),
  logger({
    id: 'fastify-log',
    api: 'fastify.log',
    modules: ['fastify'],
    paths: levelsOf(['().log.**', 'fastify().log.**', 'default().log.**'], PINO_LEVELS),
    safeAlternative: `${PATH_ONLY}, or give Fastify's logger serializers that drop the query`,
  }),
  logger({
    id: 'winston',
    api: 'winston',
    modules: ['winston'],
    paths: levelsOf(['', 'createLogger().**', 'loggers.get().**'], WINSTON_LEVELS),
    safeAlternative: REDACT,
  }),
  logger({
    id: 'bunyan',
    api: 'bunyan',
    modules: ['bunyan'],
    paths: levelsOf(['createLogger().**', '().**'], BUNYAN_LEVELS),
    safeAlternative: REDACT,
  }),
  logger({
    id: 'log4js',
    api: 'log4js',
    modules: ['log4js'],
    paths: levelsOf(['getLogger().**'], LOG4JS_LEVELS),
    safeAlternative: PATH_ONLY,
  }),
  logger({
    id: 'loglevel',
    api: 'loglevel',
    modules: ['loglevel'],
    paths: levelsOf(['', 'getLogger().**'], BUNYAN_LEVELS),
    safeAlternative: PATH_ONLY,
  }),
  logger({ id: 'npmlog', api: 'npmlog', modules: ['npmlog'], paths: levelsOf([''], NPMLOG_LEVELS), safeAlternative: PATH_ONLY }),
  logger({
    id: 'fancy-log',
    api: 'fancy-log',
    modules: ['fancy-log'],
    paths: ['', 'info', 'warn', 'error', 'dir'],
    safeAlternative: PATH_ONLY,
  }),
  logger({ id: 'debug', api: 'debug()', modules: ['debug'], paths: ['()', '().extend().**', 'default()'], safeAlternative: PATH_ONLY }),
  logger({
    id: 'consola',
    api: 'consola',
    modules: ['consola'],
    paths: levelsOf(['', 'consola', 'createConsola().**', 'consola.withTag().**', 'withTag().**'], CONSOLA_LEVELS),
    safeAlternative: PATH_ONLY,
  }),
  logger({
    id: 'signale',
    api: 'signale',
    modules: ['signale'],
    paths: levelsOf(['', 'Signale().**'], SIGNALE_LEVELS),
    safeAlternative: PATH_ONLY,
  }),
  logger({ id: 'tslog', api: 'tslog', modules: ['tslog'], paths: levelsOf(['Logger().**'], PINO_LEVELS), safeAlternative: PATH_ONLY }),
  logger({
    id: 'nestjs-logger',
    api: 'NestJS Logger',
    modules: ['@nestjs/common'],
    paths: levelsOf(['Logger', 'Logger()'], NEST_LEVELS),
    safeAlternative: PATH_ONLY,
  }),
  logger({
    id: 'sentry',
    api: 'Sentry',
    modules: [
      '@sentry/node',
      '@sentry/browser',
      '@sentry/nextjs',
      '@sentry/react',
      '@sentry/vue',
      '@sentry/nestjs',
      '@sentry/remix',
      '@sentry/sveltekit',
      '@sentry/bun',
      '@sentry/core',
    ],
    paths: ['captureMessage', 'captureException', 'addBreadcrumb'],
    safeAlternative: `${PATH_ONLY}; Sentry sends it to a third party`,
  }),
  logger({
    id: 'named-logger',
    api: 'logger',
    // Parameters and imports the analysis cannot resolve: `this.logger`, `req.log` (pino-http), `request.log` (Fastify).
    modules: ['?'],
    paths: levelsOf(
      [
        ...LOGGER_NAMES,
        ...LOGGER_NAMES.map((name) => `this.${name}`),
        'req.log',
        'request.log',
        'reply.log',
        'ctx.log',
        'fastify.log',
        'app.log',
        'server.log',
      ],
      ANY_LEVELS,
    ),
    safeAlternative: PATH_ONLY,
  }),
];
