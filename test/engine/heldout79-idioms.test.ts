import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms of bench/real-recall's heldout79 that its first scan missed. */
describe('heldout79 idioms', () => {
  // talentos's sourcing adapters: Node's one client of two modules (`url.startsWith('https') ? https : http`) in the
  // file's fetch helper, called with a URL that carries an API key.
  it("a key in the URL a helper hands to `https` or `http` as the URL's scheme picks; not a URL without one", () => {
    const code = [
      "const https = require('https');",
      "const http = require('http');",
      'function fetchUrl(url) {',
      '  return new Promise((resolve, reject) => {',
      "    const lib = url.startsWith('https') ? https : http;",
      "    lib.get(url, { timeout: 8000 }, (res) => resolve(res)).on('error', reject);",
      '  });',
      '}',
      'async function searchGoogle(q) {',
      '  const apiKey = process.env.GOOGLE_SEARCH_API_KEY;',
      '  return fetchUrl(`https://www.googleapis.com/customsearch/v1?key=${apiKey}&q=${encodeURIComponent(q)}`);',
      '}',
      'async function rateLimit() {',
      "  return fetchUrl('https://api.github.com/rate_limit');",
      '}',
      'module.exports = { searchGoogle, rateLimit };',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/routes/sourcing.js', [
      { rule: 'token-in-request-url', ...at(code, '`https://www.googleapis.com'), level: 'error' },
    ]);
  });
});
