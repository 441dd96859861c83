import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

/** pino's list, as the row has always had (tslog's own levels are silly, trace, debug, info, warn, error, fatal). */
const TSLOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** tslog. */
export const tslog: LibraryModel = {
  name: 'tslog',
  modules: ['tslog'],
  loggerSinks: [
    loggerSink({
      id: 'tslog',
      api: 'tslog',
      modules: ['tslog'],
      paths: levelsOf(['Logger().**'], TSLOG_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
