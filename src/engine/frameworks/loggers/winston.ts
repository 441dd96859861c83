import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, middlewareSink, REDACT } from '../rows.js';

export const WINSTON_LEVELS = ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'];

/** winston, and its Express request logging (express-winston). */
export const winston: LibraryModel = {
  name: 'winston (winston, express-winston)',
  modules: ['winston', 'express-winston'],
  loggerSinks: [
    loggerSink({
      id: 'winston',
      api: 'winston',
      modules: ['winston'],
      paths: levelsOf(['', 'createLogger().**', 'loggers.get().**'], WINSTON_LEVELS),
      safeAlternative: REDACT,
    }),
  ],
  middlewareSinks: [
    middlewareSink({
      id: 'express-winston',
      api: 'express-winston',
      check: 'express-winston',
      modules: ['express-winston'],
      paths: ['logger', 'errorLogger'],
      safeAlternative:
        "set requestWhitelist: ['method', 'path'] (no url, originalUrl, query or headers) and msg: 'HTTP {{req.method}} {{req.path}}'",
    }),
  ],
};
