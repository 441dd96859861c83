import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, middlewareSink, PATH_ONLY } from '../rows.js';

const LOG4JS_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'];

/** log4js: its loggers, and its Express request logging (`connectLogger`, judged by check-logging-options.ts). */
export const log4js: LibraryModel = {
  name: 'log4js',
  modules: ['log4js'],
  loggerSinks: [
    loggerSink({
      id: 'log4js',
      api: 'log4js',
      modules: ['log4js'],
      // `configure(config)` returns the log4js object again: `configure(config).getLogger()`.
      paths: levelsOf(['getLogger().**', 'configure().getLogger().**'], LOG4JS_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
  middlewareSinks: [
    middlewareSink({
      id: 'log4js-connect',
      api: 'log4js connectLogger()',
      check: 'log4js-connect',
      modules: ['log4js'],
      paths: ['connectLogger', 'default.connectLogger'],
      safeAlternative: "give it a format without :url (':method :status :response-time ms'), or a format function that logs req.path",
    }),
  ],
};
