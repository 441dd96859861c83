import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

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

/** signale. */
export const signale: LibraryModel = {
  name: 'signale',
  modules: ['signale'],
  loggerSinks: [
    loggerSink({
      id: 'signale',
      api: 'signale',
      modules: ['signale'],
      paths: levelsOf(['', 'Signale().**'], SIGNALE_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
