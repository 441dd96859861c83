import type { LibraryModel } from '../model.js';
import { levelsOf, loggerSink, PATH_ONLY } from '../rows.js';

/** Also the methods that print their label (`console.timeEnd(`${ctx.method} ${ctx.url}`)`: `GET /x?token=…: 3ms`). */
const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'timeEnd', 'timeLog', 'group'];

/** The platform's console, its methods bound or called through `.call`. */
export const consoleLogger: LibraryModel = {
  name: 'console',
  modules: ['global'],
  loggerSinks: [
    loggerSink({
      id: 'console',
      api: 'console',
      modules: ['global'],
      paths: levelsOf(['console'], CONSOLE_LEVELS).flatMap((path) => [path, `${path}.bind()`, `${path}.call`]),
      safeAlternative: PATH_ONLY,
    }),
  ],
};
