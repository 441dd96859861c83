import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

const NPMLOG_LEVELS = ['silly', 'verbose', 'info', 'timing', 'http', 'notice', 'warn', 'error', 'log'];

/** npmlog. */
export const npmlog: LibraryModel = {
  name: 'npmlog',
  modules: ['npmlog'],
  loggerSinks: [
    loggerSink({ id: 'npmlog', api: 'npmlog', modules: ['npmlog'], paths: levelsOf([''], NPMLOG_LEVELS), safeAlternative: PATH_ONLY }),
  ],
};
