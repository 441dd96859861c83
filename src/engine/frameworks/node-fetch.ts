import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

const MODULES = ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici'];

/** fetch() from a package: node-fetch, cross-fetch, isomorphic-fetch, undici (the global fetch is in browser.ts). */
export const nodeFetch: LibraryModel = {
  name: 'fetch libraries (node-fetch, cross-fetch, isomorphic-fetch, undici)',
  modules: MODULES,
  urlSinks: [
    requestSink({
      id: 'fetch-library',
      api: 'fetch()',
      modules: MODULES,
      paths: ['', 'fetch', 'request', 'Request'],
      url: { arg: 0 },
      safeAlternative: AUTHORIZATION_HEADER,
    }),
  ],
};
