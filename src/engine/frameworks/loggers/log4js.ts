import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

const LOG4JS_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'];

/** log4js. */
export const log4js: LibraryModel = {
  name: 'log4js',
  modules: ['log4js'],
  loggerSinks: [
    loggerSink({
      id: 'log4js',
      api: 'log4js',
      modules: ['log4js'],
      paths: levelsOf(['getLogger().**'], LOG4JS_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
