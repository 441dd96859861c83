import type { LibraryModel, QueryOptionSpec, SinkRow } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

/**
 * `data` is appended to the URL for GET and HEAD, the default `type` (`method` is its alias since 1.9), and is the
 * body otherwise. https://api.jquery.com/jQuery.ajax/ (settings `data`, `type`, `method`)
 */
const DATA_OF_A_GET: QueryOptionSpec = {
  prop: 'data',
  onlyForMethods: { options: ['type', 'method'], methods: ['GET', 'HEAD'], default: 'GET' },
};

const HEADERS = `${AUTHORIZATION_HEADER} ($.ajax with the headers option, or beforeSend calling xhr.setRequestHeader)`;

/** A jQuery call's paths, once as `import $ from 'jquery'` reaches it and once as the page's `$`/`jQuery` does. */
interface JqueryApi extends Omit<SinkRow, 'rule' | 'modules' | 'paths'> {
  /** Paths from the jQuery function itself: `ajax` is `$.ajax`, `().load` is `$(selector).load`. */
  readonly members: readonly string[];
}

/**
 * Two rows: the imported module (`import $ from 'jquery'`: `$.ajax` is `ajax`) and the page's globals `$` and `jQuery`,
 * also as the `$` parameter of the plugin wrapper `(function ($) { … })(jQuery)`. Bare names stay out of the global
 * row, where `get(url)` would be any undeclared function.
 */
function jquerySinks({ members, id, ...row }: JqueryApi): SinkRow[] {
  const fromRoot = (root: string) => members.map((member) => `${root}${member.startsWith('()') ? '' : '.'}${member}`);
  return [
    requestSink({ ...row, id: `${id}-module`, modules: ['jquery'], paths: members }),
    requestSink({ ...row, id, modules: ['global', '?'], paths: [...fromRoot('$'), ...fromRoot('jQuery')] }),
  ];
}

/**
 * jQuery's Ajax API (https://api.jquery.com/category/ajax/): each call sends its URL, query included, to the server.
 * A token belongs in a header (`headers` or `beforeSend`); a GET's `data` record is the URL's query.
 */
export const jquery: LibraryModel = {
  name: 'jQuery',
  modules: ['jquery', 'global', '?'],
  urlSinks: [
    // https://api.jquery.com/jQuery.ajax/ — jQuery.ajax(url [, settings]) and jQuery.ajax([settings]) with settings.url.
    ...jquerySinks({
      id: 'jquery-ajax',
      api: 'jQuery.ajax()',
      members: ['ajax'],
      url: { arg: 0, prop: 'url' },
      queryOptions: [DATA_OF_A_GET],
      safeAlternative: HEADERS,
    }),
    // https://api.jquery.com/jQuery.get/, https://api.jquery.com/jQuery.getJSON/, https://api.jquery.com/jQuery.getScript/
    // — GET requests: (url [, data] [, success]); data, a record or a string, is appended to the URL.
    ...jquerySinks({
      id: 'jquery-get',
      api: 'jQuery.get()',
      members: ['get', 'getJSON', 'getScript'],
      url: { arg: 0, prop: 'url' },
      queryArgs: [1],
      safeAlternative: HEADERS,
    }),
    // https://api.jquery.com/jQuery.post/ — jQuery.post(url [, data]): data is the body, the URL is still requested.
    ...jquerySinks({
      id: 'jquery-post',
      api: 'jQuery.post()',
      members: ['post'],
      url: { arg: 0, prop: 'url' },
      safeAlternative: `${HEADERS}, or the token in the posted data`,
    }),
    // https://api.jquery.com/load/ — $(selector).load(url [, data] [, complete]) fetches url into the elements (POST when
    // data is an object). `$(el).find('.x').load(url)` too.
    ...jquerySinks({
      id: 'jquery-load',
      api: 'jQuery .load()',
      members: ['().load', '().**.load'],
      url: { arg: 0 },
      safeAlternative: `${HEADERS}, then insert the response`,
    }),
  ],
};
