import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Middleware that accepts the credential from the URL query because of its options, or by default. */
describe('authentication middleware reading the query', () => {
  it("socketio-jwt's authorize({ handshake: true }) takes ?token=; without handshake it authenticates by message", () => {
    const code = [
      "const socketioJwt = require('socketio-jwt');",
      'module.exports = (io, secret) => {',
      '  io.use(socketioJwt.authorize({ secret, handshake: true }));',
      "  io.of('/chat').on('connection', socketioJwt.authorize({ secret, timeout: 15000 }));",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'sockets.js', [{ rule: 'query-token-accepted', ...at(code, 'handshake: true'), level: 'warning' }]);
  });

  it("@elysiajs/bearer's bearer() reads ?access_token= as well as the header", () => {
    const code = [
      "import { Elysia } from 'elysia';",
      "import { bearer } from '@elysiajs/bearer';",
      "export const auth = new Elysia({ name: 'auth' }).use(bearer()).derive(({ bearer: token }) => ({ token }));",
      '',
    ].join('\n');
    expectBothDoors(code, 'auth.ts', [{ rule: 'query-token-accepted', ...at(code, 'bearer())'), level: 'warning' }]);
  });

  it("passport-http-bearer's strategy reads ?access_token= as well as the header, whatever the file calls it", () => {
    const code = [
      "var passport = require('passport');",
      "var JwtBearerStrategy = require('passport-http-bearer');",
      "var { Strategy: LocalStrategy } = require('passport-local');",
      'passport.use(new JwtBearerStrategy(function (token, done) { done(null, token); }));',
      'passport.use(new LocalStrategy(function (user, password, done) { done(null, user); }));',
      '',
    ].join('\n');
    expectBothDoors(code, 'server.js', [{ rule: 'query-token-accepted', ...at(code, 'new JwtBearerStrategy'), level: 'warning' }]);
  });
});
