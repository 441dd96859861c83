import type { LibraryModel } from '../model.js';
import { loggerSink, PATH_ONLY } from '../rows.js';

/** fancy-log (gulp's logger). */
export const fancyLog: LibraryModel = {
  name: 'fancy-log',
  modules: ['fancy-log'],
  loggerSinks: [
    loggerSink({
      id: 'fancy-log',
      api: 'fancy-log',
      modules: ['fancy-log'],
      paths: ['', 'info', 'warn', 'error', 'dir'],
      safeAlternative: PATH_ONLY,
    }),
  ],
};
