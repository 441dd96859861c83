import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

/** bunyan's list, as the row has always had (loglevel itself has no `fatal`). */
const LOGLEVEL_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** loglevel. */
export const loglevel: LibraryModel = {
  name: 'loglevel',
  modules: ['loglevel'],
  loggerSinks: [
    loggerSink({
      id: 'loglevel',
      api: 'loglevel',
      modules: ['loglevel'],
      paths: levelsOf(['', 'getLogger().**'], LOGLEVEL_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
