import type { LibraryModel } from './model.js';

/**
 * Passport: not cookie authentication by its import alone. Its sessions run through `passport.session()` (a read of
 * `session`, which cookie-auth.ts counts as it counts `req.session`); token strategies such as passport-jwt
 * (`authenticate('jwt', { session: false })`) send no cookie.
 */
export const passport: LibraryModel = {
  name: 'Passport',
  modules: ['passport'],
};
