import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

/** axios: its calls, its instances' calls, and the defaults an instance is created with. */
export const axios: LibraryModel = {
  name: 'axios',
  modules: ['axios'],
  urlSinks: [
    requestSink({
      id: 'axios',
      api: 'axios',
      modules: ['axios'],
      // The form helpers (axios 1.x) take the URL first like the methods they wrap.
      paths: ['', ...withInstances('create', ['request', 'getUri', ...HTTP_METHODS, 'postForm', 'putForm', 'patchForm'])],
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
    requestSink({
      id: 'axios-instance-defaults',
      api: 'axios.create()',
      modules: ['axios'],
      paths: ['create'],
      url: { arg: 0, prop: 'baseURL' },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option of the instance)`,
    }),
  ],
};
