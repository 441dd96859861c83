import type { LibraryModel } from './model.js';

const KOA_MODULES = ['koa', '@koa/router', 'koa-router'];

/** Koa: its request and context (`ctx` is the request where Koa is imported), and its session middleware. */
export const koa: LibraryModel = {
  name: 'Koa',
  modules: [...KOA_MODULES, 'koa-session', 'koa-generic-session'],
  requestObjects: [
    {
      framework: 'Koa',
      modules: KOA_MODULES,
      types: ['ContextDelegatedRequest', 'Request', 'BaseRequest', 'Context', 'ParameterizedContext'],
      urlMembers: ['url', 'originalUrl', 'href', 'querystring', 'search'],
      queryMembers: ['query'],
      requestMembers: ['request', 'req'],
      pathMember: 'path',
    },
  ],
  // `ctx` is Koa's context where Koa is imported, and in a middleware shaped `(ctx, next)` in a file that is not.
  contextualRequestNames: [{ names: new Set(['ctx', 'context']), modules: KOA_MODULES, beforeParameter: 'next' }],
  cookieAuthModules: ['koa-session', 'koa-generic-session'],
};
