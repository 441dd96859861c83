import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms of bench/real-recall's heldout80 that its first scan missed. */
describe('heldout80 idioms', () => {
  // AggieMarket's Elysia chat socket: the `open` handler reads the token from the upgrade's request, `ws.data.request`,
  // through a cast to the app's own type of the context.
  it("a token read from an Elysia ws handler's upgrade request (`ws.data.request.url`); not from a message's own URL", () => {
    const code = [
      "import { Elysia } from 'elysia';",
      'type WsData = { request: Request; userId?: number };',
      "export const routes = new Elysia().ws('/ws/chat', {",
      '  async open(ws) {',
      '    const url = new URL((ws.data as WsData).request.url);',
      "    const token = url.searchParams.get('token');",
      "    if (!token) ws.close(4001, 'No token');",
      '  },',
      '  message(ws, raw) {',
      '    const link = new URL(String(raw));',
      "    ws.send(link.searchParams.get('token') ?? '');",
      '  },',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/src/routes/ws.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, "ws('/ws/chat'"), level: 'note' },
      { rule: 'query-token-accepted', ...at(code, "url.searchParams.get('token')"), level: 'warning' },
    ]);
  });
});
