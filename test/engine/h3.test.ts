import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** h3 (Nitro, Nuxt server routes): the event handler's `event` is the request; its helpers read the URL and the query. */
describe('h3 event handlers', () => {
  it('logging getRequestURL(event) is log-raw-url, with auto-imported helpers; its pathname is not', () => {
    const code = [
      'export default defineEventHandler((event) => {',
      "  console.log('Request URL:', getRequestURL(event).href);",
      "  console.log('pathname', getRequestURL(event).pathname);",
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/middleware/log.ts', [
      { rule: 'log-raw-url', ...at(code, 'getRequestURL(event).href'), level: 'warning' },
    ]);
  });

  it('a credential read from getQuery(event) is query-token-accepted; a page number is not, nor getQuery of a message', () => {
    const code = [
      "import { defineEventHandler, getQuery } from 'h3';",
      'export default defineEventHandler(async (event) => {',
      '  const { token } = getQuery(event);',
      '  const page = getQuery(event).page;',
      '  return { token, page };',
      '});',
      'export function onMessage(message) {',
      '  return getQuery(message).token;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/api/feed.get.ts', [{ rule: 'query-token-accepted', ...at(code, 'token }'), level: 'warning' }]);
  });
});
