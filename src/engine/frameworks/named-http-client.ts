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
    namedClientSink(
      'named-http-client',
      ['?'],
      HTTP_CLIENT_NAMES.flatMap((name) => [name, `this.${name}`]),
    ),
    // An undeclared `axios` is the axios of a script tag, matched by axios' own rows (frameworks/axios.ts).
    namedClientSink(
      'named-http-client-global',
      ['global'],
      HTTP_CLIENT_NAMES.filter((name) => name !== 'axios'),
    ),
  ],
};

function namedClientSink(id: string, modules: readonly string[], clients: readonly string[]) {
  return requestSink({
    id,
    api: 'an HTTP client',
    modules,
    paths: clients.flatMap((client) => HTTP_METHODS.map((method) => `${client}.${method}`)),
    url: { arg: 0, prop: 'url' },
    queryOptions: [{ prop: 'params' }],
    safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
  });
}
