import type { LibraryModel, UrlSpec } from './model.js';
import { requestSink } from './rows.js';

/** Remix and React Router 7, whose `redirect(url, init)` the loaders and actions return. */
const REMIX_MODULES = ['@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime', 'react-router'];

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

const MODULES = ['?', 'express', 'http', 'fastify', 'koa', 'next'];

/** A method of the response, by the names handlers give it and by its type. */
const onResponse = (methods: readonly string[]) =>
  methods.flatMap((method) => [
    ...['res', 'response', 'reply', 'ctx'].map((name) => `${name}.${method}`),
    ...RESPONSE_TYPES.map((type) => `${type}().${method}`),
  ]);

const REDIRECT_INSTEAD = 'redirect with a short-lived single-use code and set the session in an HttpOnly cookie';

/** A response method that sends the browser to `url`, on a handler's response parameter (confirmed by type). */
const responseSink = (id: string, api: string, methods: readonly string[], url: UrlSpec) =>
  requestSink({
    id,
    api,
    modules: MODULES,
    paths: onResponse(methods),
    url,
    receiverTypes: RESPONSE_TYPES,
    safeAlternative: REDIRECT_INSTEAD,
  });

/**
 * Redirects of every server framework: the response is a handler's parameter (`res`, `reply`, `ctx`), known by its
 * name and, with a checker, confirmed by its type; the browser then requests the URL, with its query, from its
 * history. The redirect helpers of the Fetch-style frameworks take the URL as their own argument.
 */
export const serverRedirect: LibraryModel = {
  name: 'Server redirects (Express, node:http, Fastify, Koa, Next.js, SvelteKit, Remix, the Fetch API)',
  modules: [...MODULES, 'global', 'next/server', 'next/navigation', '@sveltejs/kit', ...REMIX_MODULES],
  urlSinks: [
    responseSink('server-redirect', 'res.redirect()', ['redirect'], { arg: 'last' }),
    // Express's `res.location(url)`, and a `Location` header set by hand on any framework's response.
    responseSink('location-header', 'res.location()', ['location'], { arg: 0 }),
    responseSink('location-header-set', "res.setHeader('Location')", ['setHeader', 'header', 'set', 'append'], {
      arg: 1,
      when: { arg: 0, is: 'Location' },
    }),
    responseSink('location-header-write-head', 'res.writeHead(302, { Location })', ['writeHead'], {
      arg: 'last',
      prop: ['Location', 'location'],
    }),
    requestSink({
      id: 'fetch-redirect',
      api: 'Response.redirect()',
      modules: ['global', 'next/server'],
      paths: ['Response.redirect', 'NextResponse.redirect'],
      url: { arg: 0 },
      safeAlternative: REDIRECT_INSTEAD,
    }),
    requestSink({
      id: 'redirect-helper',
      api: 'redirect()',
      modules: ['next/navigation', ...REMIX_MODULES],
      paths: ['redirect', 'permanentRedirect'],
      url: { arg: 0 },
      safeAlternative: REDIRECT_INSTEAD,
    }),
    // SvelteKit's `redirect(status, location)`.
    requestSink({
      id: 'sveltekit-redirect',
      api: 'redirect() of @sveltejs/kit',
      modules: ['@sveltejs/kit'],
      paths: ['redirect'],
      url: { arg: 'last' },
      safeAlternative: REDIRECT_INSTEAD,
    }),
  ],
};
