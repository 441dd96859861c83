import type { LibraryModel } from './model.js';

/**
 * SvelteKit: the request event its route handlers take (`load(event)`, `GET(event)`, `handle({ event })`), whose
 * `url` is the URL the page was requested with, query and all (https://svelte.dev/docs/kit/@sveltejs-kit#RequestEvent).
 * Named `event` in files that import the kit or their route's generated `./$types`. The destructured `{ url }` of a
 * route file (`SVELTEKIT_ROUTE_FILE`) is read in evaluate-declaration.ts.
 */
export const sveltekit: LibraryModel = {
  name: 'SvelteKit',
  modules: ['@sveltejs/kit', './$types'],
  contextualRequestNames: [{ names: new Set(['event']), modules: ['@sveltejs/kit', './$types'] }],
};

/**
 * The kit's types of a handler and of its event: a function declared as one (`export const get: RequestHandler =
 * async ({ url }) => …`, SvelteKit before 1.0 routed any `src/routes/**.ts` endpoint so) takes the request event,
 * whatever its file is named.
 */
export const SVELTEKIT_HANDLER_TYPES: ReadonlySet<string> = new Set([
  'RequestHandler',
  'RequestEvent',
  'ServerLoad',
  'ServerLoadEvent',
  'PageServerLoad',
  'PageServerLoadEvent',
  'LayoutServerLoad',
  'LayoutServerLoadEvent',
  'Load',
  'LoadEvent',
  'PageLoad',
  'LayoutLoad',
  'Handle',
]);

/** Route files whose handlers run on the server: `+server`, `+page.server`, `+layout.server`, universal `+page`/`+layout`, and the server hooks. */
export const SVELTEKIT_ROUTE_FILE = /(?:^|[\\/])(?:\+(?:server|page\.server|layout\.server|page|layout)|hooks\.server)\.[cm]?[jt]s$/;
