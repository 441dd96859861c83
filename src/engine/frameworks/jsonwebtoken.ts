import type { LibraryModel } from './model.js';

/** jsonwebtoken: `jwt.sign()` gives a token; `jwt.verify()` bounds its age with `maxAge`. */
export const jsonwebtoken: LibraryModel = {
  name: 'jsonwebtoken',
  modules: ['jsonwebtoken'],
  callSources: [
    {
      description: 'jwt.sign()',
      modules: ['jsonwebtoken'],
      paths: ['sign'],
      // https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback
      issues: { payloadArg: 0, optionsArg: 2, lifetimeOption: 'expiresIn', jtiOption: 'jwtid' },
    },
  ],
  jwtVerifiers: [{ modules: ['jsonwebtoken'], paths: ['verify', 'default.verify'], optionsArg: 2, maxAgeOption: 'maxAge' }],
};
