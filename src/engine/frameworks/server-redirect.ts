import type { LibraryModel } from './model.js';
import { requestSink } from './rows.js';

/** Response objects of Express, Node, Fastify, Koa and Next.js, by type name. */
const RESPONSE_TYPES = [
  'Response',
  'ServerResponse',
  'FastifyReply',
  'Context',
  'ParameterizedContext',
  'ExtendableContext',
  'NextApiResponse',
];

/**
 * Redirects of every server framework in one row: the response is a handler's parameter (`res`, `reply`, `ctx`), known
 * by its name and, with a checker, confirmed by its type.
 */
export const serverRedirect: LibraryModel = {
  name: 'Server redirects (Express, node:http, Fastify, Koa, Next.js)',
  modules: ['?', 'express', 'http', 'fastify', 'koa', 'next'],
  urlSinks: [
    requestSink({
      id: 'server-redirect',
      api: 'res.redirect()',
      modules: ['?', 'express', 'http', 'fastify', 'koa', 'next'],
      paths: ['res.redirect', 'response.redirect', 'reply.redirect', 'ctx.redirect', ...RESPONSE_TYPES.map((type) => `${type}().redirect`)],
      url: { arg: 'last' },
      receiverTypes: RESPONSE_TYPES,
      safeAlternative: 'redirect with a short-lived single-use code and set the session in an HttpOnly cookie',
    }),
  ],
};
