import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms of bench/real-recall's heldout81 that its first scan missed. */
describe('heldout81 idioms', () => {
  // linear-ai-sdr-backend's auth guard: the query string cut from `req.url` after the position of its `?`, kept in a
  // constant and checked first, then read with URLSearchParams.
  it('a token read from the query cut after a `?` whose position a constant holds; not a cut after another character', () => {
    const code = [
      "import type { FastifyRequest } from 'fastify';",
      'export function tokenFromQuery(req: FastifyRequest): string | null {',
      "  const url = req.url ?? '';",
      "  const idx = url.indexOf('?');",
      '  if (idx === -1) return null;',
      '  const params = new URLSearchParams(url.slice(idx + 1));',
      "  return params.get('token');",
      '}',
      'export function tokenFromHash(req: FastifyRequest): string | null {',
      "  const url = req.url ?? '';",
      "  const hash = url.indexOf('#');",
      '  const params = new URLSearchParams(url.slice(hash + 1));',
      "  return params.get('token');",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/modules/auth/auth.guard.ts', [
      { rule: 'query-token-accepted', ...at(code, "params.get('token');"), level: 'warning' },
    ]);
  });
});
