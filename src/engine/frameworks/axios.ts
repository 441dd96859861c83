import type { LibraryModel, SinkRow } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

/**
 * axios: its calls, its instances' calls, and the defaults an instance is created with; imported, and as the page's
 * global `axios` of a script tag (axios' README installs it from a CDN: `<script src="…/axios.min.js">`), which Vue 2
 * and jQuery-era pages call without any import.
 */
export const axios: LibraryModel = {
  name: 'axios',
  modules: ['axios', 'global'],
  urlSinks: withPageGlobal([
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
    // What a request interceptor writes into the config it receives, or into an instance's defaults, goes into every
    // request's URL: `config.params = { ...config.params, api_key }`, `config.url += '?token=' + t`.
    requestSink({
      id: 'axios-interceptor-params',
      api: 'an axios request interceptor',
      modules: ['axios'],
      paths: instanceMembers(['interceptors.request.use().config.params', 'defaults.params']),
      assignment: 'query',
      safeAlternative: `${AUTHORIZATION_HEADER} (config.headers in the interceptor)`,
    }),
    requestSink({
      id: 'axios-interceptor-url',
      api: 'an axios request interceptor',
      modules: ['axios'],
      paths: instanceMembers(['interceptors.request.use().config.url']),
      assignment: 'url',
      safeAlternative: `${AUTHORIZATION_HEADER} (config.headers in the interceptor)`,
    }),
    // @nuxtjs/axios' helper on the `$axios` of a plugin's context (library-resolution.ts `interceptedConfigRef`): no import.
    requestSink({
      id: 'nuxt-axios-on-request-params',
      api: 'an @nuxtjs/axios onRequest interceptor',
      modules: ['?'],
      paths: ['$axios.onRequest().config.params'],
      assignment: 'query',
      safeAlternative: `${AUTHORIZATION_HEADER} (config.headers in the interceptor, or $axios.setToken)`,
    }),
    requestSink({
      id: 'nuxt-axios-on-request-url',
      api: 'an @nuxtjs/axios onRequest interceptor',
      modules: ['?'],
      paths: ['$axios.onRequest().config.url'],
      assignment: 'url',
      safeAlternative: `${AUTHORIZATION_HEADER} (config.headers in the interceptor, or $axios.setToken)`,
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
  ]),
};

/** Each row of the axios module again for the undeclared global `axios` (`axios.get` where the module's row says `get`). */
function withPageGlobal(rows: readonly SinkRow[]): SinkRow[] {
  return rows.flatMap((row) => {
    if (!row.modules.includes('axios')) return [row];
    const paths = row.paths.map((path) => (path === '' ? 'axios' : `axios.${path}`));
    return [row, { ...row, id: `${row.id}-global`, modules: ['global'], paths }];
  });
}

/** Members of axios itself and of its instances (`axios.create()`). */
function instanceMembers(members: readonly string[]): string[] {
  return [...members, ...members.map((member) => `create().${member}`)];
}
