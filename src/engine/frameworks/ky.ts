import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink, withInstances } from './rows.js';

/** ky: its calls and its created or extended instances. */
export const ky: LibraryModel = {
  name: 'ky',
  modules: ['ky'],
  urlSinks: [
    requestSink({
      id: 'ky',
      api: 'ky',
      modules: ['ky'],
      paths: ['', ...withInstances('create', HTTP_METHODS), ...HTTP_METHODS.map((method) => `extend().${method}`)],
      url: { arg: 0 },
      queryOptions: [{ prop: 'searchParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
    // The defaults of a created or extended instance go with every request it makes (https://github.com/sindresorhus/ky#kycreatedefaultoptions).
    requestSink({
      id: 'ky-instance-defaults',
      api: 'ky.create()',
      modules: ['ky'],
      paths: ['create', 'extend', 'create().extend', 'extend().extend'],
      url: { arg: 0, prop: 'prefixUrl' },
      queryOptions: [{ prop: 'searchParams' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option of the instance)`,
    }),
  ],
};
