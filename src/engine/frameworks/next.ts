import type { LibraryModel } from './model.js';

/** Next.js: `NextRequest`, `cookies()` from next/headers, and the session libraries of Next.js apps (iron-session, next-auth). */
export const next: LibraryModel = {
  name: 'Next.js',
  modules: ['next/server', 'next', 'next/headers', 'iron-session', 'next-auth'],
  requestObjects: [
    {
      framework: 'Next.js',
      modules: ['next/server', 'next'],
      types: ['NextRequest'],
      urlMembers: ['url', 'nextUrl'],
      queryMembers: [],
      requestMembers: [],
      pathMember: 'split',
    },
  ],
  cookieAuthModules: ['iron-session', 'next-auth'],
  callSources: [{ description: 'a cookie', modules: ['next/headers'], paths: ['cookies().get'], keyArg: 0 }],
};
