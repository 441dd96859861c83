import type { LibraryModel } from './model.js';

/**
 * @elysiajs/bearer reads the token from `?access_token=` (or the name in `extract.query`) besides the Authorization
 * header, whatever its options (https://elysiajs.com/plugins/bearer): query-token-accepted at `bearer()`.
 */
export const elysiaBearer: LibraryModel = {
  name: '@elysiajs/bearer',
  modules: ['@elysiajs/bearer'],
  queryTokenOptions: [
    {
      modules: ['@elysiajs/bearer'],
      paths: ['bearer', 'default'],
      parameterOption: ['extract', 'query'],
      defaultParameter: 'access_token',
    },
  ],
};
