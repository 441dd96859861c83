import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/**
 * Idioms code heldout59 showed the engine missing (its first, unseen score was taken before these were written).
 */

describe('a scheme chosen by comparing `location.protocol` with a scheme written without its colon', () => {
  const socketOn = (condition: string) =>
    [
      'export function open() {',
      `  const protocol = ${condition} ? 'wss' : 'ws'`,
      '  const url = `${protocol}://${location.hostname}/ws`',
      '  return new WebSocket(url)',
      '}',
      '',
    ].join('\n');

  it("`location.protocol === 'https'` never holds (the property ends in a colon): the socket is always ws://", () => {
    const code = socketOn("location.protocol === 'https'");
    expectBothDoors(code, 'src/services/websocket.service.ts', [{ rule: 'ws-insecure-scheme', ...at(code, 'url)'), level: 'warning' }]);
  });

  it("`=== 'https:'`, `!== 'http:'` and `startsWith('https')` are the page's own scheme: nothing to report", () => {
    for (const condition of [
      "location.protocol === 'https:'",
      "window.location.protocol !== 'http:'",
      "location.protocol.startsWith('https')",
    ])
      expectBothDoors(socketOn(condition), 'src/services/websocket.service.ts', []);
  });
});
