import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink } from './rows.js';

/** Angular's HttpClient. */
export const angularHttp: LibraryModel = {
  name: 'Angular HttpClient',
  modules: ['@angular/common/http'],
  urlSinks: [
    requestSink({
      id: 'angular-http-client',
      api: 'Angular HttpClient',
      modules: ['@angular/common/http'],
      paths: [...HTTP_METHODS, 'jsonp'].map((method) => `HttpClient().${method}`),
      url: { arg: 0 },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option, or an HttpInterceptor)`,
    }),
  ],
};
