import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Shapes of heldout64's repositories (bench/real-recall), restated in a few lines each. */
describe('a query parameter of an ambiguous name the handler refuses the request without', () => {
  // readsync's Express API: a userscript sends the user's API key as `?user_key=`, the handlers turn a request away
  // without it (401), directly or through a status constant.
  const middleware = (status: string) =>
    [
      "const express = require('express');",
      'const HTTP_UNAUTHORIZED = 401;',
      'const app = express();',
      '',
      'const validateApiKey = async (req, res, next) => {',
      '  const user_key = req.body?.user_key || req.query?.user_key;',
      '  if (!user_key) {',
      `    return res.status(${status}).json({ error: 'key required' });`,
      '  }',
      '  next();',
      '};',
      '',
      "app.post('/api/v1/novels/auto-update', async (req, res) => {",
      '  const { user_key } = req.query;',
      "  if (user_key !== 'demo-key') {",
      `    return res.status(${status}).json({ error: 'invalid key' });`,
      '  }',
      '  res.json({ ok: true });',
      '});',
      '',
      'module.exports = { validateApiKey };',
      '',
    ].join('\n');

  it('a key kept in a variable and required for access (401 or 403) is accepted from the query', () => {
    for (const status of ['401', 'HTTP_UNAUTHORIZED', '403']) {
      const code = middleware(status);
      expectBothDoors(code, 'server.js', [
        { rule: 'query-token-accepted', ...at(code, 'req.query?.user_key'), level: 'warning' },
        { rule: 'query-token-accepted', ...at(code, 'user_key } = req.query'), level: 'warning' },
      ]);
    }
  });

  it('refused for another reason (400, 404), the parameter is no credential by its use', () => {
    expectBothDoors(middleware('400'), 'server.js', []);
    expectBothDoors(middleware('404'), 'server.js', []);
  });
});
