import type { LibraryModel } from './model.js';

/** jose: `new SignJWT(…).sign()` gives a token; `jwtVerify()` bounds its age with `maxTokenAge`. */
export const jose: LibraryModel = {
  name: 'jose',
  modules: ['jose'],
  callSources: [
    {
      description: 'a signed JWT',
      modules: ['jose'],
      paths: ['SignJWT().**.sign'],
      // https://github.com/panva/jose/blob/main/docs/jwt/sign/classes/SignJWT.md
      issues: { payloadArg: 0, lifetimeMethod: 'setExpirationTime', jtiMethod: 'setJti' },
    },
  ],
  jwtVerifiers: [{ modules: ['jose'], paths: ['jwtVerify'], optionsArg: 2, maxAgeOption: 'maxTokenAge' }],
};
