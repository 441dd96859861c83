import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout36 showed the engine missing (its first, unseen score was taken before these were written). */

describe('the Telegram Bot API: the token is the path segment after /bot', () => {
  it('whatever the variable holding it is named, through axios required as its README writes it (.default)', () => {
    const code = [
      "const axios = require('axios').default;",
      'exports.send = (text) => {',
      '  const url = `https://api.telegram.org/bot${process.env.TELEGRAM_BOT}/sendMessage?text=${text}`;',
      '  return axios.get(url);',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'services/telegram.js', [{ rule: 'token-in-request-url', ...at(code, 'url);'), level: 'warning' }]);
  });

  it('a value elsewhere in the path, or after /bot on another host, is none', () => {
    const code = [
      "const axios = require('axios');",
      'exports.send = (chat) => axios.get(`https://api.telegram.org/file/${chat}/x`);',
      'exports.other = (bot) => axios.get(`https://api.example.com/bot${bot}/status`);',
      '',
    ].join('\n');
    expectBothDoors(code, 'services/telegram.js', []);
  });
});

describe("sloppy-mode JavaScript's implicit globals", () => {
  it('a URL assigned to an undeclared name at the top of the module reaches the request that reads it', () => {
    const code = [
      "const axios = require('axios');",
      'req = `https://api.example.com/v1/send?api_key=${process.env.API_KEY}`;',
      'module.exports = async (text) => axios.post(req, { text });',
      '',
    ].join('\n');
    expectBothDoors(code, 'sendMessage.js', [{ rule: 'token-in-request-url', ...at(code, 'req, {'), level: 'error' }]);
  });
});

describe('a morgan format function defined apart from the call', () => {
  it("morgan's documented format function, kept in a constant: its tokens.url writes the URL", () => {
    const code = [
      "const morgan = require('morgan');",
      "const app = require('express')();",
      'const format = (tokens, req, res) => [tokens.method(req, res), tokens.url(req, res), tokens.status(req, res)].join(" ");',
      'app.use(morgan(format));',
      '',
    ].join('\n');
    expectBothDoors(code, 'server.js', [{ rule: 'log-middleware-url', ...at(code, 'format));'), level: 'warning' }]);
  });

  it('one that writes the path only is none', () => {
    const code = [
      "const morgan = require('morgan');",
      "const app = require('express')();",
      'const format = (tokens, req, res) => [tokens.method(req, res), req.path, tokens.status(req, res)].join(" ");',
      'app.use(morgan(format));',
      '',
    ].join('\n');
    expectBothDoors(code, 'server.js', []);
  });
});

describe('JWT verifiers of jwt-simple and @nestjs/jwt', () => {
  it("jwt-simple's decode (no option bounds the age) of a query token: an error", () => {
    const code = [
      "const jwt = require('jwt-simple');",
      'const verifyClient = (info, done) => {',
      '  const url = new URL(info.req.url, info.origin);',
      "  const token = url.searchParams.get('auth');",
      '  done(jwt.decode(token, process.env.JWT_SECRET).sub);',
      '};',
      "new (require('ws').Server)({ port: 8080, verifyClient });",
      '',
    ].join('\n');
    expectBothDoors(code, 'verify.js', [{ rule: 'query-token-accepted', ...at(code, "url.searchParams.get('auth')"), level: 'error' }]);
  });

  it('@nestjs/jwt: JwtService.verify without maxAge is an error, with maxAge a warning', () => {
    const code = [
      "import { JwtService } from '@nestjs/jwt';",
      'export class Gateway {',
      '  constructor(private readonly jwtService: JwtService) {}',
      '  user(client: any) {',
      '    const token = client.handshake.query.token;',
      '    return this.jwtService.verify(token, { secret: process.env.SECRET });',
      '  }',
      '  bounded(socket: any) {',
      '    const token = socket.handshake.query.token;',
      "    return this.jwtService.verify(token, { secret: process.env.SECRET, maxAge: '60s' });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/socket/socket.gateway.ts', [
      { rule: 'query-token-accepted', ...at(code, 'client.handshake.query.token'), level: 'error' },
      { rule: 'query-token-accepted', ...at(code, 'socket.handshake.query.token'), level: 'warning' },
    ]);
  });
});
