import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout20 showed the engine missing (its first, unseen score was taken before these were written). */

describe("an entry written into the socket.io client's query", () => {
  it('`socket.io.opts.query.token = t` (or `[…]`), off an imported socket or a component’s `this.$socket` (kikoeru-quasar)', () => {
    const code = [
      "import { io } from 'socket.io-client';",
      "const socket = io('https://chat.example', { autoConnect: false });",
      'export function reconnectWith(token: string) {',
      '  socket.io.opts.query!.access_token = token;',
      "  socket.io.opts.query!['page'] = '2';",
      '  socket.open();',
      '}',
      'export default {',
      '  created(this: any) {',
      "    const token = localStorage.getItem('jwt-token') || '';",
      '    this.$socket.io.opts.query.auth_token = token;',
      '    this.$socket.open();',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/layouts/dashboard.ts', [
      { rule: 'ws-token-in-url', ...at(code, "token;\n  socket.io.opts.query!['page']"), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, 'token;\n    this.$socket.open()'), level: 'error' },
    ]);
  });
});

describe('the socket.io client a page loads with a script tag', () => {
  it('the global `io(url)` opens the socket with the URL’s query (stream-marathon-timer’s Streamlabs socket)', () => {
    const code = [
      'var labsSocket = null;',
      'const initLabs = (authToken) => {',
      "  labsSocket = io(`https://sockets.streamlabs.example?token=${authToken}`, { transports: ['websocket'] });",
      '};',
      'const initRoom = (room) => io(`https://sockets.example/rooms?name=${room}`);',
      '',
    ].join('\n');
    expectBothDoors(code, 'public/stream_labs.js', [
      { rule: 'ws-token-in-url', ...at(code, '`https://sockets.streamlabs'), level: 'error' },
    ]);
  });
});

describe('socketio-jwt-auth', () => {
  it('`authenticate()` takes the JWT from the handshake’s `?auth_token=` (kikoeru-express)', () => {
    const code = [
      "const socketIo = require('socket.io');",
      "const jwtAuth = require('socketio-jwt-auth');",
      'module.exports = (server, secret) => {',
      '  const io = socketIo(server);',
      '  io.use(jwtAuth.authenticate({ secret }, (payload, done) => done(null, payload)));',
      '  return io;',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.js', [
      { rule: 'ws-missing-origin-check', ...at(code, 'socketIo(server)'), level: 'note' },
      { rule: 'query-token-accepted', ...at(code, 'jwtAuth.authenticate('), level: 'warning' },
    ]);
  });
});

describe('a query value the server keeps or checks as a credential, whatever its name', () => {
  it('kept under a credential’s name as a fallback of a header, or compared with a secret the server holds; not a page, a signature or a ticket', () => {
    const code = [
      "import express from 'express';",
      'const app = express();',
      'app.use((req, res, next) => {',
      '  const eatToken = req.headers.eat || req.query.eat;',
      '  const page = req.query.page || 1;',
      '  const token = req.query.sort;',
      '  const wsTicket = req.query.t;',
      '  if (req.query.k !== process.env.GATEWAY_API_KEY) return res.sendStatus(401);',
      '  if (req.query.sig !== process.env.URL_SIGNATURE) return res.sendStatus(403);',
      '  res.locals.auth = { eatToken, page, wsTicket };',
      '  next();',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middleware.ts', [
      { rule: 'query-token-accepted', ...at(code, 'req.query.eat'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'req.query.k '), level: 'warning' },
    ]);
  });
});

describe('Hono: the query record falling back on the headers', () => {
  it('`c.req.query().key || c.req.header().key` kept as the authorization (wa-gateway)', () => {
    const code = [
      "import { createMiddleware } from 'hono/factory';",
      'export const keyMiddleware = createMiddleware(async (c, next) => {',
      '  const authorization = c.req.query().key || c.req.header().key;',
      '  const sort = c.req.query().sort || c.req.header().sort;',
      "  if (authorization !== process.env.KEY) return c.text('Unauthorized', 401);",
      '  await next();',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middlewares/key.middleware.ts', [
      { rule: 'query-token-accepted', ...at(code, 'c.req.query().key'), level: 'warning' },
    ]);
  });
});
