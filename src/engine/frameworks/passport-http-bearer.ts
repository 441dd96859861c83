import type { LibraryModel } from './model.js';

/**
 * passport-http-bearer: its strategy reads the token from `?access_token=` (and the body's `access_token`) besides the
 * Authorization header, as RFC 6750 §2.3 allows, whatever its options
 * (https://github.com/jaredhanson/passport-http-bearer/blob/master/lib/strategy.js): query-token-accepted at
 * `new BearerStrategy(…)`. The module is the strategy, and `Strategy` names it too.
 */
export const passportHttpBearer: LibraryModel = {
  name: 'passport-http-bearer',
  modules: ['passport-http-bearer'],
  queryTokenOptions: [
    {
      modules: ['passport-http-bearer'],
      paths: ['', 'default', 'Strategy', 'default.Strategy'],
      defaultParameter: 'access_token',
    },
  ],
};
