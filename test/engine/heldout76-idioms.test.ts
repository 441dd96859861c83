import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms of bench/real-recall's heldout76 that its first scan missed. */
describe('heldout76 idioms', () => {
  // tmux-web's Bun server: a parameter of a name no table knows, kept in a variable named as a credential and compared
  // with the secret the server holds, lets the request in.
  it('a query value kept under a credential’s name and compared later with a secret the server holds; not one compared with a cursor', () => {
    const code = [
      'declare const config: { clientAuthToken?: string; lastPage: string };',
      'export function handle(req: Request): Response {',
      '  const url = new URL(req.url);',
      "  const clientAuthToken = url.searchParams.get('tw_auth') ?? undefined;",
      '  const isClientAuthorized = !!config.clientAuthToken && clientAuthToken === config.clientAuthToken;',
      "  const pageToken = url.searchParams.get('p') ?? undefined;",
      '  const samePage = pageToken === config.lastPage;',
      "  if (!isClientAuthorized) return new Response('Unauthorized', { status: 401 });",
      "  return new Response(samePage ? 'same' : 'other');",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/server/http.ts', [
      { rule: 'query-token-accepted', ...at(code, "url.searchParams.get('tw_auth')"), level: 'warning' },
    ]);
  });
});
