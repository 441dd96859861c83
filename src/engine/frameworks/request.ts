import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

const MODULES = ['request', 'request-promise', 'request-promise-native', 'postman-request'];

/**
 * The deprecated `request` package and its promise wrappers: `request(url | { uri | url, qs })`, `request.get(…)`
 * (https://github.com/request/request#requestoptions-callback: `uri || url`).
 */
export const requestLibrary: LibraryModel = {
  name: 'request',
  modules: MODULES,
  urlSinks: [
    requestSink({
      id: 'request',
      api: 'request',
      modules: MODULES,
      paths: ['', ...withInstances('defaults', HTTP_METHODS)],
      url: { arg: 0, prop: ['uri', 'url'] },
      queryOptions: [{ prop: 'qs' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers or auth.bearer option)`,
    }),
  ],
};
