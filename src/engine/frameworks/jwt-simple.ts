import type { LibraryModel } from './model.js';

/**
 * jwt-simple: `jwt.encode(payload, secret)` gives a token (its lifetime is the payload's own `exp`);
 * `jwt.decode(token, secret)` verifies the signature and `exp`, with no option that bounds the token's age
 * (https://github.com/hokaccha/node-jwt-simple#usage).
 */
export const jwtSimple: LibraryModel = {
  name: 'jwt-simple',
  modules: ['jwt-simple'],
  callSources: [{ description: 'jwt.encode()', modules: ['jwt-simple'], paths: ['encode'], issues: { payloadArg: 0 } }],
  jwtVerifiers: [{ modules: ['jwt-simple'], paths: ['decode'] }],
};
