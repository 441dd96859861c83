import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

const MODULES = ['jquery'];

/**
 * jQuery's Ajax: `$.ajax(url | { url, data })`, `$.get(url, data)`, `$.getJSON`, `$.post`, `$.getScript`, `$.load`.
 * For GET requests `data` becomes the query string, so a record there is the URL's. `$`/`jQuery` are also globals on
 * pages that load jQuery with a script tag.
 */
export const jquery: LibraryModel = {
  name: 'jQuery',
  modules: [...MODULES, 'global'],
  urlSinks: [
    requestSink({
      id: 'jquery-ajax',
      api: 'jQuery.ajax()',
      modules: [...MODULES, 'global'],
      paths: ['ajax', '$.ajax', 'jQuery.ajax'],
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'data' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option, or beforeSend setting it)`,
    }),
    requestSink({
      id: 'jquery-get',
      api: 'jQuery.get()',
      modules: [...MODULES, 'global'],
      paths: ['get', 'getJSON', 'getScript', '$.get', '$.getJSON', '$.getScript', 'jQuery.get', 'jQuery.getJSON', 'jQuery.getScript'],
      url: { arg: 0, prop: 'url' },
      queryArgs: [1],
      safeAlternative: `${AUTHORIZATION_HEADER} ($.ajax with the headers option)`,
    }),
  ],
};
