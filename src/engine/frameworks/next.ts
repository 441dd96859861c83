import type { LibraryModel } from './model.js';
import { NAVIGATE_SAFELY, requestSink } from './rows.js';

/** Next.js: `NextRequest`, `cookies()` from next/headers, and the session libraries of Next.js apps (iron-session, next-auth). */
export const next: LibraryModel = {
  name: 'Next.js',
  modules: ['next/server', 'next', 'next/headers', 'next/navigation', 'next/router', 'iron-session', 'next-auth'],
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
  // The router's navigation requests the page from the server (its RSC payload, or its getServerSideProps data under
  // /_next/data), query string and all, and keeps the URL in the history (https://nextjs.org/docs/app/api-reference/functions/use-router).
  urlSinks: [
    requestSink({
      id: 'next-router-navigation',
      api: 'useRouter().push()/replace()',
      modules: ['next/navigation', 'next/router'],
      paths: ['useRouter().push', 'useRouter().replace', 'useRouter().prefetch', 'push', 'replace', 'default.push', 'default.replace'],
      url: { arg: 0 },
      safeAlternative: NAVIGATE_SAFELY,
    }),
  ],
  cookieAuthModules: ['iron-session', 'next-auth'],
  callSources: [{ description: 'a cookie', modules: ['next/headers'], paths: ['cookies().get'], keyArg: 0 }],
};
