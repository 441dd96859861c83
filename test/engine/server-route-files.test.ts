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

/** SvelteKit: a route file's handler destructures `url` from its request event, the URL the page was requested with. */
describe('SvelteKit route handlers', () => {
  it('a +server.js GET({ url }) reading a key from url.searchParams; logging its pathname is none', () => {
    const code = [
      'export async function GET({ url }) {',
      "  const key = url.searchParams.get('api_key');",
      "  console.log('GET', url.pathname);",
      '  return new Response(key);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/routes/api/+server.js', [
      { rule: 'query-token-accepted', ...at(code, "url.searchParams.get('api_key')"), level: 'warning' },
    ]);
  });

  it('a +page.server.ts load({ url }) logging url.href', () => {
    const code = "export async function load({ url }) {\n  console.info('load', url.href);\n  return {};\n}\n";
    expectBothDoors(code, 'src/routes/account/+page.server.ts', [{ rule: 'log-raw-url', ...at(code, 'url.href'), level: 'warning' }]);
  });

  it('the same function outside a route file takes an ordinary url', () => {
    const code = "export function describe({ url }) {\n  console.log('fetching', url.href);\n}\n";
    expectBothDoors(code, 'src/lib/describe.js', []);
  });
});
