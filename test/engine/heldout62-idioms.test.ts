import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Shapes of heldout62's repositories (bench/real-recall), restated in a few lines each. */
describe('a query parameter of an ambiguous name returned under a credential property', () => {
  // ChoreBoard-Api's Fastify auth plugin: EventSource cannot send headers, so its route takes `?session=`.
  const code = (property: string) =>
    [
      "import type { FastifyRequest } from 'fastify';",
      '',
      'export function readSessionToken(req: FastifyRequest) {',
      '  const query = req.query as Record<string, string | undefined> | undefined;',
      "  if (query?.session && req.url.startsWith('/api/events')) {",
      `    return { ${property}: query.session, transport: 'bearer' };`,
      '  }',
      '  return null;',
      '}',
      '',
    ].join('\n');

  it('`return { token: query.session }` accepts a session token from the query; `{ name: query.session }` does not say so', () => {
    const kept = code('token');
    expectBothDoors(kept, 'src/auth/plugin.ts', [{ rule: 'query-token-accepted', ...at(kept, 'query.session,'), level: 'warning' }]);
    expectBothDoors(code('name'), 'src/auth/plugin.ts', []);
  });
});
