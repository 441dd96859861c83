import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout21 showed the engine missing (its first, unseen score was taken before these were written). */

describe("SvelteKit's request event, not destructured", () => {
  it('`event.url.searchParams.get(…)` in a route handler reads the page’s query (logistics-customer-app)', () => {
    const code = [
      "import { error } from '@sveltejs/kit';",
      'export const load = async (event) => {',
      "  if (!event.url.searchParams.get('token')) throw error(500, 'Token not found.');",
      "  const tokenURL = event.url.searchParams.get('token');",
      "  return { tokenURL, page: event.url.searchParams.get('page') };",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/routes/auth/signup/+page.server.ts', [
      { rule: 'query-token-accepted', ...at(code, "event.url.searchParams.get('token');"), level: 'warning' },
    ]);
  });

  it('in a route file typed by its generated `./$types`', () => {
    const code = [
      "import type { RequestHandler } from './$types';",
      "export const GET: RequestHandler = async (event) => new Response(event.url.searchParams.get('api_key'));",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/routes/api/+server.ts', [
      { rule: 'query-token-accepted', ...at(code, 'event.url.searchParams'), level: 'warning' },
    ]);
  });
});
