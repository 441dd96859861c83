import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, requestSink } from './rows.js';

/** Node's own HTTP modules: the server's `IncomingMessage` and the client's `http.get`/`http.request`. */
export const nodeHttp: LibraryModel = {
  name: 'node:http (http, https, http2)',
  modules: ['http', 'https', 'http2', 'follow-redirects'],
  requestObjects: [
    {
      framework: 'node:http',
      modules: ['http', 'https', 'http2'],
      types: ['IncomingMessage'],
      urlMembers: ['url'],
      queryMembers: [],
      requestMembers: [],
      pathMember: 'split',
    },
  ],
  urlSinks: [
    requestSink({
      id: 'node-http',
      api: 'http(s).request()',
      modules: ['http', 'https', 'http2'],
      paths: ['get', 'request'],
      url: { arg: 0, prop: 'path' },
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
    // follow-redirects (https://github.com/follow-redirects/follow-redirects): drop-in `http` and `https` that follow
    // redirects, as axios and many proxies use; the same calls, and each redirect is requested with the URL's query.
    requestSink({
      id: 'follow-redirects',
      api: 'follow-redirects http(s).request()',
      modules: ['follow-redirects'],
      paths: [
        'http.get',
        'http.request',
        'https.get',
        'https.request',
        'default.http.get',
        'default.http.request',
        'default.https.get',
        'default.https.request',
      ],
      url: { arg: 0, prop: 'path' },
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
