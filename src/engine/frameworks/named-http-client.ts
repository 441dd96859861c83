import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink } from './rows.js';

/**
 * Names that mean "the application's HTTP client" when the analysis cannot see its definition: the axios instance
 * (or fetch wrapper) most projects keep in a module of their own (`import api from '../services/api'`,
 * `import http from '../utils/http'`) and reach from components and stores, which ESLint lints one file at a time,
 * and `this.$axios`/`this.$http` of Vue plugins. Not `client` (a Redis or database client's `get(key)`) nor `request`
 * (Express's incoming request, whose `get(name)` reads a header).
 */
export const HTTP_CLIENT_NAMES = ['api', 'http', 'axios', 'apiClient', 'httpClient', 'axiosInstance', '$axios', '$http', '$api'];

/**
 * HTTP clients known only by their name, called with the URL first as axios and its look-alikes are (`api.get(url,
 * config)`, `this.$http.post(url, body)`): imports and parameters the analysis cannot resolve, and a page's globals
 * that another script tag defines (undeclared in the file). A client it resolves is judged by its own library's rows.
 */
export const namedHttpClient: LibraryModel = {
  name: 'HTTP clients known by name (api, http, this.$axios)',
  modules: ['?', 'global'],
  urlSinks: [
    requestSink({
      id: 'named-http-client',
      api: 'an HTTP client',
      modules: ['?', 'global'],
      paths: HTTP_CLIENT_NAMES.flatMap((name) => HTTP_METHODS.flatMap((method) => [`${name}.${method}`, `this.${name}.${method}`])),
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
