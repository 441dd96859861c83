import type { LibraryModel } from '../model.js';
import { loggerSink, PATH_ONLY } from '../rows.js';

/** debug: the function `createDebug('app')` returns, and its extensions. */
export const debug: LibraryModel = {
  name: 'debug',
  modules: ['debug'],
  loggerSinks: [
    loggerSink({
      id: 'debug',
      api: 'debug()',
      modules: ['debug'],
      paths: ['()', '().extend().**', 'default()'],
      safeAlternative: PATH_ONLY,
    }),
  ],
};
