import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout32 showed the engine missing (its first, unseen score was taken before these were written). */

describe('a query parameter verified as a token, whatever its name', () => {
  it('`socket.request._query.access` kept in a variable and handed to jwt.verify (App-chat): an error', () => {
    const code = [
      "const jwt = require('jsonwebtoken');",
      'module.exports = (io) => {',
      "  io.on('connection', (socket) => {",
      '    const token = socket.request._query.access;',
      '    jwt.verify(token, process.env.SECRET, (err, decoded) => {',
      '      if (err) socket.disconnect();',
      '    });',
      '  });',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket/socket.js', [
      { rule: 'query-token-accepted', ...at(code, 'socket.request._query.access'), level: 'error' },
    ]);
  });

  it('`handshake.query[Token.auth]` under a name kept in a constant (card-game); a page number read so is none', () => {
    const code = [
      "import jsonWebToken from 'jsonwebtoken';",
      "const Token = { auth: 'authorization' } as const;",
      'export function attach(io: any) {',
      "  io.on('connection', (socket: any) => {",
      '    const verified = jsonWebToken.verify(socket.handshake.query[Token.auth], process.env.JWT_SECRET as string);',
      "    const page = socket.handshake.query['page'];",
      '    socket.emit(page, verified);',
      '  });',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'socket/index.ts', [
      { rule: 'query-token-accepted', ...at(code, 'socket.handshake.query[Token.auth]'), level: 'error' },
    ]);
  });
});

describe("crossws' peer (Nitro's and Nuxt's defineWebSocketHandler)", () => {
  it('`peer.request.url` parsed with URL, or cut with a regular expression: the token parameter is read from the query', () => {
    const code = [
      'export default defineWebSocketHandler({',
      '  async open(peer) {',
      "    const token = new URL(peer.request.url, 'http://localhost').searchParams.get('token');",
      '    await verifyToken(token);',
      '  },',
      '  async message(peer, message) {',
      "    const url = peer.request?.url || '';",
      '    const tokenMatch = url.match(/[?&]token=([^&]+)/);',
      '    await verifyToken(tokenMatch?.[1]);',
      '    const room = url.match(/room=([^&]+)/)?.[1];',
      '    peer.publish(room, message.text());',
      '  },',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/routes/_ws.ts', [
      {
        rule: 'query-token-accepted',
        ...at(code, 'new URL(peer.request.url'),
        level: 'warning',
      },
      { rule: 'query-token-accepted', ...at(code, 'tokenMatch?.[1]'), level: 'warning' },
    ]);
  });
});

describe("hapi-auth-bearer-token's options in a module of their own", () => {
  it('`module.exports = { allowQueryToken: true, validate }`, named by a strategy in another file: reported at the option', () => {
    const code = [
      'module.exports = {',
      '  allowQueryToken: true,',
      '  validate: async (req, token) => ({ isValid: token === process.env.API_KEY, credentials: { token } }),',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/auth/bearerDefault.js', [
      { rule: 'query-token-accepted', ...at(code, 'allowQueryToken: true'), level: 'warning' },
    ]);
    expectBothDoors(code.replace('true', 'false'), 'src/auth/bearerDefault.js', []);
  });
});
