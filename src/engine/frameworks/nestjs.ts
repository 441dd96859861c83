import type { LibraryModel } from './model.js';
import { ALLOW_LIST, levelsOf, loggerSink, PATH_ONLY, wsServerSink } from './rows.js';

export const NEST_LEVELS = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'];

/**
 * NestJS: its Logger, `context.switchToHttp().getRequest()`, and `@Query()` parameters. Its request is Express's or Fastify's; its pino
 * module (nestjs-pino) is in loggers/pino.ts.
 */
export const nestjs: LibraryModel = {
  name: 'NestJS',
  modules: ['@nestjs/common', '@nestjs/websockets', '@nestjs/jwt'],
  loggerSinks: [
    loggerSink({
      id: 'nestjs-logger',
      api: 'NestJS Logger',
      modules: ['@nestjs/common'],
      paths: levelsOf(['Logger', 'Logger()'], NEST_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
  // A gateway runs on socket.io unless an adapter says otherwise; its decorator takes socket.io's server options.
  wsServerSinks: [
    wsServerSink({
      id: 'nestjs-gateway',
      api: 'NestJS @WebSocketGateway',
      check: 'socket-io-server',
      modules: ['@nestjs/websockets'],
      paths: ['WebSocketGateway'],
      safeAlternative: `${ALLOW_LIST} in the gateway's allowRequest option, or in handleConnection before trusting the client`,
    }),
  ],
  requestGetterMethods: ['getRequest'],
  queryDecorators: [{ modules: ['@nestjs/common'], paths: ['Query'] }],
  // @nestjs/jwt's JwtService, injected or made with `new`, wraps jsonwebtoken: `verify(token, { secret, maxAge })`
  // (https://github.com/nestjs/jwt#api-spec).
  jwtVerifiers: [
    { modules: ['@nestjs/jwt'], paths: ['JwtService().verify', 'JwtService().verifyAsync'], optionsArg: 1, maxAgeOption: 'maxAge' },
  ],
};
