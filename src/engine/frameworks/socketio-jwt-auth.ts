import type { LibraryModel } from './model.js';

/**
 * socketio-jwt-auth: `io.use(authenticate({ secret }, verify))` takes the JWT from the handshake's `?auth_token=`
 * (its clients connect with `io(url, { query: 'auth_token=' + jwt })`), whatever its options
 * (https://www.npmjs.com/package/socketio-jwt-auth): query-token-accepted.
 */
export const socketioJwtAuth: LibraryModel = {
  name: 'socketio-jwt-auth',
  modules: ['socketio-jwt-auth'],
  queryTokenOptions: [{ modules: ['socketio-jwt-auth'], paths: ['authenticate', 'default.authenticate'], defaultParameter: 'auth_token' }],
};
