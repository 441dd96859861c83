import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink } from './rows.js';

/** superagent: its calls and `.query({ … })` on a request. */
export const superagent: LibraryModel = {
  name: 'superagent',
  modules: ['superagent'],
  urlSinks: [
    requestSink({
      id: 'superagent',
      api: 'superagent',
      modules: ['superagent'],
      paths: ['', 'del', ...HTTP_METHODS],
      url: { arg: 0 },
      safeAlternative: `${AUTHORIZATION_HEADER} (.set('Authorization', …))`,
    }),
    requestSink({
      id: 'superagent-query',
      api: 'superagent .query()',
      modules: ['superagent'],
      paths: ['**.query'],
      queryArgs: [0],
      safeAlternative: `${AUTHORIZATION_HEADER} (.set('Authorization', …))`,
    }),
  ],
};
