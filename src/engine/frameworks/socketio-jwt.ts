import type { LibraryModel } from './model.js';

/**
 * socketio-jwt: `authorize({ secret, handshake: true })` reads the JWT from the handshake's `?token=` before the
 * connection (https://github.com/auth0-community/socketio-jwt#usage): query-token-accepted.
 */
export const socketioJwt: LibraryModel = {
  name: 'socketio-jwt',
  modules: ['socketio-jwt'],
  queryTokenOptions: [
    { modules: ['socketio-jwt'], paths: ['authorize', 'default.authorize'], enabledBy: 'handshake', defaultParameter: 'token' },
  ],
};
