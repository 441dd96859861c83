import type { LibraryModel } from './model.js';

/**
 * hapi-auth-bearer-token (https://github.com/johnbrett/hapi-auth-bearer-token): the `bearer-access-token` scheme
 * reads the token from the Authorization header, and also from `?access_token=` (or the parameter `accessTokenName`
 * names) when registered with `allowQueryToken: true`.
 */
export const hapiAuthBearerToken: LibraryModel = {
  name: 'hapi-auth-bearer-token',
  modules: ['hapi-auth-bearer-token'],
  queryTokenSchemes: [
    { scheme: 'bearer-access-token', enabledBy: 'allowQueryToken', parameterOption: 'accessTokenName', defaultParameter: 'access_token' },
  ],
};
