import type { LibraryModel } from './model.js';

/** Express: its request object, and the cookie and session middleware of Express apps. */
export const express: LibraryModel = {
  name: 'Express',
  modules: ['express', 'express-session', 'cookie-session', 'cookie-parser', 'cookie'],
  requestObjects: [
    {
      framework: 'Express',
      modules: ['express'],
      types: ['Request'],
      urlMembers: ['url', 'originalUrl'],
      queryMembers: ['query'],
      requestMembers: [],
      pathMember: 'path',
    },
  ],
  cookieAuthModules: ['express-session', 'cookie-session', 'cookie-parser', 'cookie'],
};
