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
    // The defaults of an extended instance go with every request it makes (https://github.com/sindresorhus/got/blob/main/documentation/10-instances.md).
    requestSink({
      id: 'got-instance-defaults',
      api: 'got.extend()',
      modules: ['got'],
      paths: ['extend', 'extend().extend'],
      url: { arg: 0, prop: 'prefixUrl' },
      queryOptions: [{ prop: 'searchParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option of the instance)`,
    }),
  ],
};
