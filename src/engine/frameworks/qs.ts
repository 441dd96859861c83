import type { LibraryModel } from './model.js';

const MODULES = ['qs', 'querystring', 'query-string'];

/**
 * Query-string libraries: qs, node:querystring, query-string. `stringify` builds a query from a record, `parse` reads one.
 * The platform's URLSearchParams and node:url are in tables/propagators.ts and tables/request-sources.ts.
 */
export const qs: LibraryModel = {
  name: 'qs, querystring, query-string',
  modules: MODULES,
  queryBuilders: [{ modules: MODULES, paths: ['stringify'] }],
  queryParsers: [
    { modules: ['querystring', 'qs', 'query-string'], paths: ['parse', 'parseUrl'], gives: 'query' },
    // query-string's `extract(url)`: the query string of a URL (https://github.com/sindresorhus/query-string#extractstring).
    { modules: ['query-string'], paths: ['extract'], gives: 'query' },
  ],
};
