import type { LibraryModel } from './model.js';

/** Where Astro's endpoint and middleware types come from. */
const ASTRO_MODULES = ['astro', 'astro:middleware'];

/**
 * Astro: the context an endpoint (`GET(context)`, an `APIRoute`) or a middleware (`onRequest(context, next)`) takes,
 * whose `request` is the incoming request and `url` its URL, query and all
 * (https://docs.astro.build/en/reference/api-reference/#the-context-object). Named `context` or `ctx` in files that
 * import Astro's types.
 */
export const astro: LibraryModel = {
  name: 'Astro',
  modules: ASTRO_MODULES,
  contextualRequestNames: [{ names: new Set(['context', 'ctx']), modules: ASTRO_MODULES }],
};
