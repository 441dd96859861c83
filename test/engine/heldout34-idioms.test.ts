import { describe, expect, it } from 'vitest';
import { at, eslintPlaces, expectBothDoors, places } from '../support/both-doors.js';

/** Idioms code heldout34 showed the engine missing (its first, unseen score was taken before these were written). */

describe("ngx-socket-io, Angular's socket.io wrapper", () => {
  it('the config of SocketIoModule.forRoot with a token in options.query, and a token written into its socket’s query', () => {
    const code = [
      "import { SocketIoConfig, SocketIoModule, Socket } from 'ngx-socket-io';",
      "const token = sessionStorage.getItem('token');",
      "const config: SocketIoConfig = { url: 'https://api.example.com', options: { query: { token } } };",
      'export const providers = [SocketIoModule.forRoot(config)];',
      'export class SocketService {',
      '  constructor(private socket: Socket) {}',
      '  updateToken(token: string) {',
      '    this.socket.ioSocket.io.opts.query = { token };',
      '    this.socket.connect();',
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/app.config.ts', [
      { rule: 'ws-token-in-url', ...at(code, 'query: { token }'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, '{ token };'), level: 'error' },
    ]);
  });

  it('options.auth (sent in the CONNECT packet) is none', () => {
    const code = [
      "import { SocketIoModule } from 'ngx-socket-io';",
      "const token = sessionStorage.getItem('token');",
      "export const providers = [SocketIoModule.forRoot({ url: 'https://api.example.com', options: { auth: { token } } })];",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/app.config.ts', []);
  });
});

describe("ofetch's $fetch, a global of Nuxt and Nitro server routes", () => {
  it('a key from the runtime config in the URL of $fetch: an error; in its headers, none', () => {
    const code = [
      'export default defineEventHandler((event) => {',
      '  const config = useRuntimeConfig();',
      '  const id = getRouterParam(event, "id");',
      '  const movie = $fetch(`${config.apiBaseUrl}?i=${id}&apikey=${config.apiKey}`);',
      '  const safe = $fetch(config.apiBaseUrl, { query: { i: id }, headers: { "X-Api-Key": config.apiKey } });',
      '  return Promise.all([movie, safe]);',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/api/movies/[id].js', [
      { rule: 'token-in-request-url', ...at(code, '`${config.apiBaseUrl}?i='), level: 'error' },
    ]);
  });
});

describe('console methods that print their label', () => {
  it('console.timeEnd with the request URL in its label (a Koa timing middleware): the URL is logged', () => {
    const code = [
      "const Koa = require('koa');",
      'const app = new Koa();',
      'app.use(async (ctx, next) => {',
      '  console.time(`${ctx.method} ${ctx.url}`);',
      '  await next();',
      '  console.timeEnd(`${ctx.method} ${ctx.url}`);',
      '});',
      '',
    ].join('\n');
    const [finding] = places(code, 'app.js');
    expect(finding).toMatchObject({ rule: 'log-raw-url', line: 6 });
    expect(eslintPlaces(code, 'app.js')).toMatchObject([{ rule: 'log-raw-url', line: 6 }]);
  });
});

describe("Elysia's ws() routes", () => {
  const route = (hooks: string[]) =>
    [
      "import { Elysia } from 'elysia';",
      'new Elysia()',
      "  .get('/health', () => 'ok')",
      "  .ws('/ws/:matchId', {",
      ...hooks,
      '    message(ws, message) {',
      '      const team = ws.data.cookie.auth.value;',
      '      ws.send(team);',
      '    },',
      '  })',
      '  .listen(3000);',
      '',
    ].join('\n');

  it('a route whose hooks never read the Origin accepts handshakes from any site: at its ws', () => {
    const code = route([]);
    expectBothDoors(code, 'src/index.ts', [{ rule: 'ws-missing-origin-check', ...at(code, "ws('/ws"), level: 'error' }]);
  });

  it('a beforeHandle that compares the Origin with an allow-list is the check', () => {
    const code = route([
      '    beforeHandle({ request, set }) {',
      "      if (request.headers.get('origin') !== 'https://app.example.com') return (set.status = 403);",
      '    },',
    ]);
    expectBothDoors(code, 'src/index.ts', []);
  });
});

describe('query reads', () => {
  it('passport-jwt’s ExtractJwt.fromUrlQueryParameter in a NestJS strategy with no request in sight (the ESLint door too)', () => {
    const code = [
      "import { PassportStrategy } from '@nestjs/passport';",
      "import { ExtractJwt, Strategy } from 'passport-jwt';",
      'export class JwtStrategy extends PassportStrategy(Strategy) {',
      '  constructor() {',
      "    super({ jwtFromRequest: ExtractJwt.fromUrlQueryParameter('token'), secretOrKey: process.env.SECRET });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/auth/jwt.strategy.ts', [
      { rule: 'query-token-accepted', ...at(code, "ExtractJwt.fromUrlQueryParameter('token')"), level: 'warning' },
    ]);
  });

  it('`delete req.query.token` takes the token out: no read', () => {
    const code = ['export function withoutToken(req) {', '  delete req.query.token;', '  return req;', '}', ''].join('\n');
    expectBothDoors(code, 'test/activate.test.js', []);
  });
});

describe('idioms code heldout35 showed missing', () => {
  it("a service extending ngx-socket-io's Socket, its options given to super(): the query string carries the token", () => {
    const code = [
      "import { Socket } from 'ngx-socket-io';",
      'export class SocketJwtService extends Socket {',
      '  constructor() {',
      "    const token = localStorage.getItem('token');",
      "    super({ url: 'https://api.example.com', options: { query: `token=${token}` } });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/socket-jwt.service.ts', [{ rule: 'ws-token-in-url', ...at(code, 'query: `token'), level: 'error' }]);
  });

  it('the request of a middleware shaped (context, next), whatever the context is called (LoopBack)', () => {
    const code = [
      "import { Middleware } from '@loopback/rest';",
      'export const log: Middleware = async (middlewareCtx, next) => {',
      '  const { request } = middlewareCtx;',
      "  console.log('Request: %s %s', request.method, request.originalUrl);",
      '  return next();',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middleware/log.middleware.ts', [
      { rule: 'log-raw-url', ...at(code, 'request.originalUrl'), level: 'warning' },
    ]);
  });
});
