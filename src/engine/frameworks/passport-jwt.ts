import type { LibraryModel } from './model.js';

/**
 * passport-jwt: `ExtractJwt.fromUrlQueryParameter('token')` makes the server accept its JWT from the URL query
 * (query-token-accepted), whatever the parameter is called.
 */
export const passportJwt: LibraryModel = {
  name: 'passport-jwt',
  modules: ['passport-jwt'],
  queryTokenExtractors: [
    { modules: ['passport-jwt'], paths: ['ExtractJwt.fromUrlQueryParameter', 'default.ExtractJwt.fromUrlQueryParameter'] },
  ],
};
