import type { LibraryModel } from './model.js';

/** Hapi: its request object. Its pino plugin (hapi-pino) is in loggers/pino.ts. */
export const hapi: LibraryModel = {
  name: 'Hapi',
  modules: ['@hapi/hapi', 'hapi'],
  requestObjects: [
    {
      framework: 'Hapi',
      modules: ['@hapi/hapi', 'hapi'],
      types: ['Request'],
      urlMembers: ['url'],
      queryMembers: ['query'],
      requestMembers: ['raw'],
      pathMember: 'pathname',
    },
  ],
};
