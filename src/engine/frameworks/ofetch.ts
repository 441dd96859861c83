import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

/**
 * ofetch, the `$fetch` of Nuxt and Nitro: a global in their server routes and pages (no import), or imported from
 * `ofetch` (`ofetch`, `$fetch`, instances of `ofetch.create()`). Its `query` and `params` options are appended to the
 * URL (https://github.com/unjs/ofetch#%EF%B8%8F-adding-query-search-params, https://nuxt.com/docs/api/utils/dollarfetch).
 */
export const ofetch: LibraryModel = {
  name: 'ofetch ($fetch)',
  modules: ['ofetch', '#imports', 'global'],
  urlSinks: [
    requestSink({
      id: 'ofetch',
      api: '$fetch()',
      modules: ['ofetch', '#imports', 'global'],
      paths: ['$fetch', '$fetch.raw', 'ofetch', 'ofetch.raw', 'ofetch.create()', '$fetch.create()'],
      url: { arg: 0 },
      queryOptions: [{ prop: 'query' }, { prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
