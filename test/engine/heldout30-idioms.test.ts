import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout30 showed the engine missing (its first, unseen score was taken before these were written). */

describe('a Cloudflare Pages Function', () => {
  it("`console.log(context.request.url)` in `onRequest(context)`: the context's request, not destructured (cf-workers)", () => {
    const code = [
      'export async function onRequest(context) {',
      "  if (context.request.method === 'GET') {",
      '    console.log(context.request.url);',
      '  }',
      "  return new Response('ok');",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'functions/upload/file.js', [{ rule: 'log-raw-url', ...at(code, 'context.request.url)'), level: 'warning' }]);
  });

  it("another function of that name is no handler: its parameter's `request` is whatever it is", () => {
    const code = ['function audit(entry) {', '  console.log(entry.request.url);', '}', 'export default audit;', ''].join('\n');
    expectBothDoors(code, 'src/audit.js', []);
  });
});

describe('an API Gateway event read by a handler of any name', () => {
  it('`event?.queryStringParameters?.token` in a Lambda authorizer exported as `authfunc` (serverless-auth)', () => {
    const code = [
      'module.exports.authfunc = async (event) => {',
      '  let response = { isAuthorized: false };',
      "  if (event?.queryStringParameters?.token === '123') response = { isAuthorized: true };",
      '  return response;',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'auth.js', [
      { rule: 'query-token-accepted', ...at(code, 'event?.queryStringParameters?.token'), level: 'warning' },
    ]);
  });

  it('an `event` that reads none of its members is no request (a DOM event)', () => {
    const code = ['export function onSearch(event) {', "  if (event.detail.token === '123') return true;", '  return false;', '}', ''].join(
      '\n',
    );
    expectBothDoors(code, 'src/search.js', []);
  });
});
