import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink } from './rows.js';

const MODULE = '@angular/common/http';
/** Angular 2–4's `Http` service (`@angular/http`, removed in Angular 8): the same methods, a `params`/`search` option. */
const LEGACY_MODULE = '@angular/http';
const SAFE_ALTERNATIVE = `${AUTHORIZATION_HEADER} (headers option, or an HttpInterceptor)`;

/**
 * Angular's HttpClient, and `HttpParams` (immutable: `new HttpParams().set('k', v).append('k2', v2)` and
 * `new HttpParams({ fromObject })` build the `params` option's query). An `HttpInterceptor` adds query parameters to
 * every request it passes on with `req.clone({ params })` or `req.clone({ setParams })`
 * (https://angular.dev/api/common/http/HttpRequest#clone).
 */
export const angularHttp: LibraryModel = {
  name: 'Angular HttpClient',
  modules: [MODULE, LEGACY_MODULE],
  // `HttpParams`, and the one a request holds (`req.params.append('apikey', key)` in an interceptor).
  queryBuilders: [{ modules: [MODULE], paths: ['HttpParams', 'HttpRequest().params'] }],
  urlSinks: [
    requestSink({
      id: 'angular-http-client',
      api: 'Angular HttpClient',
      modules: [MODULE],
      paths: [...HTTP_METHODS, 'jsonp', 'request'].map((method) => `HttpClient().${method}`),
      url: { arg: 0 },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: SAFE_ALTERNATIVE,
    }),
    requestSink({
      id: 'angular-http-request-clone',
      api: 'Angular HttpRequest.clone',
      modules: [MODULE],
      paths: ['HttpRequest().clone'],
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'params' }, { prop: 'setParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (req.clone({ setHeaders }))`,
    }),
    requestSink({
      id: 'angular-legacy-http',
      api: 'Angular Http',
      modules: [LEGACY_MODULE],
      paths: [...HTTP_METHODS, 'request'].map((method) => `Http().${method}`),
      url: { arg: 0 },
      queryOptions: [{ prop: 'params' }, { prop: 'search' }],
      safeAlternative: SAFE_ALTERNATIVE,
    }),
  ],
};
