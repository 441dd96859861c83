import type { LibraryModel } from './model.js';

/** Where h3's helpers come from: the package, Nuxt's and Nitro's auto-imports (`#imports`), or no import at all. */
const H3_MODULES = ['h3', '#imports', 'nitropack', 'nitropack/runtime', 'global'];

/**
 * h3, the server of Nitro and Nuxt: an event handler's `event` (an `H3Event`) is the request; `getQuery(event)` and
 * `getRequestURL(event)` read the query and the whole URL (https://h3.dev/utils/request). Nuxt and Nitro import the
 * helpers for the project, so a server route imports nothing. (`event.path` keeps the query too, but members are
 * shared by every framework's request, and `req.path` is Express's path without it: not listed.)
 */
export const h3: LibraryModel = {
  name: 'h3 (Nitro, Nuxt server routes)',
  modules: H3_MODULES,
  requestObjects: [
    {
      framework: 'h3',
      modules: ['h3', '#imports', 'nitropack'],
      types: [],
      eventTypes: ['H3Event'],
      urlMembers: [],
      queryMembers: [],
      requestMembers: ['node'],
      pathMember: 'split',
    },
  ],
  contextualRequestNames: [
    { names: new Set(['event']), modules: ['h3'], callbackOf: ['defineEventHandler', 'eventHandler', 'defineCachedEventHandler'] },
  ],
  queryParsers: [
    { modules: H3_MODULES, paths: ['getQuery'], gives: 'query', reads: 'request' },
    { modules: H3_MODULES, paths: ['getRequestURL'], gives: 'request-url', reads: 'request' },
  ],
};
