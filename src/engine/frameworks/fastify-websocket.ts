import type { LibraryModel } from './model.js';
import { ALLOW_LIST, wsServerSink } from './rows.js';

/** The names Fastify's docs and apps give an instance received as a parameter (a plugin's `app`), on which a route is declared. */
const INSTANCES = ['fastify', 'app', 'server', 'instance', 'router', 'api'];

/**
 * @fastify/websocket: a route declared with `{ websocket: true }` (`app.get(path, { websocket: true }, handler)`, or
 * `app.route({ …, websocket: true })`) accepts the handshake on that path. Known by the option on an instance's
 * `get` or `route`, whatever file registers the plugin (https://github.com/fastify/fastify-websocket#usage).
 */
export const fastifyWebsocket: LibraryModel = {
  name: '@fastify/websocket',
  modules: ['?', 'fastify'],
  wsServerSinks: [
    wsServerSink({
      id: 'fastify-websocket-route',
      api: '@fastify/websocket route',
      check: 'fastify-websocket',
      modules: ['?', 'fastify'],
      paths: ['', 'fastify', 'default', 'FastifyInstance']
        .flatMap((factory) => [`${factory}().get`, `${factory}().route`])
        .concat(INSTANCES.flatMap((instance) => [`${instance}.get`, `${instance}.route`])),
      receiverTypes: ['FastifyInstance'],
      safeAlternative: `${ALLOW_LIST} in the route's preValidation hook (request.headers.origin), or in the plugin's options.verifyClient`,
    }),
  ],
};
