import type { LibraryModel } from './model.js';
import { levelsOf, loggerSink, PATH_ONLY } from './rows.js';

export const NEST_LEVELS = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'];

/**
 * NestJS: its Logger, `context.switchToHttp().getRequest()`, and `@Query()` parameters. Its request is Express's or Fastify's; its pino
 * module (nestjs-pino) is in loggers/pino.ts.
 */
export const nestjs: LibraryModel = {
  name: 'NestJS',
  modules: ['@nestjs/common'],
  loggerSinks: [
    loggerSink({
      id: 'nestjs-logger',
      api: 'NestJS Logger',
      modules: ['@nestjs/common'],
      paths: levelsOf(['Logger', 'Logger()'], NEST_LEVELS),
      safeAlternative: PATH_ONLY,
    }),
  ],
  requestGetterMethods: ['getRequest'],
  queryDecorators: [{ modules: ['@nestjs/common'], paths: ['Query'] }],
};
