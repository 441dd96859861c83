import type { LibraryModel } from '../model.js';
import { middlewareSink } from '../rows.js';

/** koa-logger: Koa's request-logging middleware. */
export const koaLogger: LibraryModel = {
  name: 'koa-logger',
  modules: ['koa-logger'],
  middlewareSinks: [
    middlewareSink({
      id: 'koa-logger',
      api: 'koa-logger',
      check: 'koa-logger',
      modules: ['koa-logger'],
      paths: ['', 'default'],
      safeAlternative: 'pass a transporter that drops the query from the line, or log ctx.path yourself',
    }),
  ],
};
