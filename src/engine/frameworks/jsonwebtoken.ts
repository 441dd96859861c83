import type { LibraryModel } from './model.js';

/** jsonwebtoken: `jwt.sign()` gives a token; `jwt.verify()` bounds its age with `maxAge`. */
export const jsonwebtoken: LibraryModel = {
  name: 'jsonwebtoken',
  modules: ['jsonwebtoken'],
  callSources: [{ description: 'jwt.sign()', modules: ['jsonwebtoken'], paths: ['sign'] }],
  jwtVerifiers: [{ modules: ['jsonwebtoken'], paths: ['verify', 'default.verify'], optionsArg: 2, maxAgeOption: 'maxAge' }],
};
