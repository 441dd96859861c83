import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

/** got: its calls, streams and extended instances. */
export const got: LibraryModel = {
  name: 'got',
  modules: ['got'],
  urlSinks: [
    requestSink({
      id: 'got',
      api: 'got',
      modules: ['got'],
      paths: ['', 'stream', ...withInstances('extend', ['stream', ...HTTP_METHODS])],
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'searchParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
