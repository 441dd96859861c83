import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, REDACT } from '../rows.js';

const BUNYAN_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** bunyan. */
export const bunyan: LibraryModel = {
  name: 'bunyan',
  modules: ['bunyan'],
  loggerSinks: [
    loggerSink({
      id: 'bunyan',
      api: 'bunyan',
      modules: ['bunyan'],
      paths: levelsOf(['createLogger().**', '().**'], BUNYAN_LEVELS),
      safeAlternative: REDACT,
    }),
  ],
};
