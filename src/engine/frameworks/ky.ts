import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

/** ky: its calls and its created or extended instances. */
export const ky: LibraryModel = {
  name: 'ky',
  modules: ['ky'],
  urlSinks: [
    requestSink({
      id: 'ky',
      api: 'ky',
      modules: ['ky'],
      paths: ['', ...withInstances('create', HTTP_METHODS), ...HTTP_METHODS.map((method) => `extend().${method}`)],
      url: { arg: 0 },
      queryOptions: [{ prop: 'searchParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
