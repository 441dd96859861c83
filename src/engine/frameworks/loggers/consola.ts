import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

const CONSOLA_LEVELS = ['log', 'info', 'start', 'success', 'ready', 'warn', 'error', 'fail', 'fatal', 'debug', 'trace', 'box'];

/** consola. */
export const consola: LibraryModel = {
  name: 'consola',
  modules: ['consola'],
  loggerSinks: [
    loggerSink({
      id: 'consola',
      api: 'consola',
      modules: ['consola'],
      paths: levelsOf(['', 'consola', 'createConsola().**', 'consola.withTag().**', 'withTag().**'], CONSOLA_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
