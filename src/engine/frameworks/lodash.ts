import type { LibraryModel } from './model.js';

/**
 * lodash and its per-method packages: `_.get(req, 'query.token')` reads a property at a path, which the engine
 * follows like `req.query.token`.
 */
export const lodash: LibraryModel = {
  name: 'lodash',
  modules: ['lodash', 'lodash-es', 'lodash/get', 'lodash.get', 'lodash-es/get'],
  propertyGetters: [
    { modules: ['lodash', 'lodash-es'], paths: ['get'] },
    { modules: ['lodash/get', 'lodash.get', 'lodash-es/get'], paths: [''] },
  ],
};
