import type { LibraryModel } from './model.js';
import { loggerSink, PATH_ONLY } from './rows.js';

const MODULES = ['@hapi/hapi', 'hapi'];

/**
 * Hapi: its request object, and its own logging API (https://hapi.dev/api/#-requestlogtags-data,
 * https://hapi.dev/api/#-serverlogtags-data): `request.log(tags, data)` and `server.log(tags, data)` hand the data to
 * the logging plugins (hapi-pino, @hapi/good), which write it. The request and a plugin's `server` are parameters.
 * Its pino plugin (hapi-pino) is in loggers/pino.ts.
 */
export const hapi: LibraryModel = {
  name: 'Hapi',
  modules: [...MODULES, '?'],
  requestObjects: [
    {
      framework: 'Hapi',
      modules: MODULES,
      types: ['Request'],
      urlMembers: ['url'],
      queryMembers: ['query'],
      requestMembers: ['raw'],
      pathMember: 'pathname',
    },
  ],
  loggerSinks: [
    loggerSink({
      id: 'hapi-log',
      api: 'Hapi request.log/server.log',
      modules: [...MODULES, '?'],
      paths: ['server().log', 'Server().log', 'request.log', 'server.log'],
      receiverTypes: ['Request', 'Server'],
      safeAlternative: PATH_ONLY,
    }),
  ],
};
