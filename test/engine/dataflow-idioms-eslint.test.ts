import logRawUrl from '../../rules/log-raw-url.js';
import queryTokenAccepted from '../../rules/query-token-accepted.js';
import tokenInRequestUrl from '../../rules/token-in-request-url.js';
import wsTokenInUrl from '../../rules/ws-token-in-url.js';
import { ruleTester, runRuleTests } from '../support/rule-tester.js';

/**
 * The dataflow idioms of issue #13 through the ESLint door without types: the text pre-filter lets each file through,
 * and the rules report where the engine does. Their safe variants are in dataflow-idioms.test.ts, beside each leak.
 */

runRuleTests(ruleTester, 'ws-token-in-url', wsTokenInUrl, {
  valid: [],
  invalid: [
    {
      code: `export function connect(token: string) {
  const params: Record<string, string> = {};
  params['token'] = token;
  return new WebSocket(\`wss://api.example.com/ws?\${new URLSearchParams(params)}\`);
}`,
      errors: [{ messageId: 'tokenInSocketUrl', line: 4, column: 24, endLine: 4, endColumn: 81 }],
    },
    {
      code: `function addAuth(search: URLSearchParams) {
  search.set('token', localStorage.getItem('token') ?? '');
}
export function open() {
  const search = new URLSearchParams();
  addAuth(search);
  return new EventSource(\`/events?\${search}\`);
}`,
      errors: [{ messageId: 'tokenInSocketUrl', line: 7, column: 26, endLine: 7, endColumn: 45 }],
    },
    // A helper reached as a member (of an object, a namespace, or by a computed name only the checker reads): the
    // untyped door skips the checker for member names the file never declares, and must still find these.
    ...[
      'const auth = { addToken(search: URLSearchParams) {',
      'namespace auth { export function addToken(search: URLSearchParams) {',
      "const key = 'addToken';\nconst auth = { [key](search: URLSearchParams) {",
    ].map((helper) => ({
      code: `${helper}
  search.set('token', localStorage.getItem('token') ?? '');
} }
export function open() {
  const search = new URLSearchParams();
  auth.addToken(search);
  return new EventSource(\`/events?\${search}\`);
}`,
      errors: [{ messageId: 'tokenInSocketUrl' as const }],
    })),
    {
      code: `import { useEffect, useMemo } from 'react';
export function useLive(accessToken: string) {
  const url = useMemo(() => \`wss://api.example.com/ws?token=\${accessToken}\`, [accessToken]);
  useEffect(() => {
    const ws = new WebSocket(url);
    return () => ws.close();
  }, [url]);
}`,
      errors: [{ messageId: 'tokenInSocketUrl', line: 5, column: 30, endLine: 5, endColumn: 33 }],
    },
  ],
});

runRuleTests(ruleTester, 'token-in-request-url', tokenInRequestUrl, {
  valid: [],
  invalid: [
    {
      code: `export function poll(apiKey: string) {
  const query = { v: '2' };
  Object.assign(query, { api_key: apiKey });
  return fetch(\`https://api.example.com/poll?\${new URLSearchParams(query)}\`);
}`,
      errors: [{ messageId: 'tokenInRequestUrl', line: 4, column: 16, endLine: 4, endColumn: 76 }],
    },
  ],
});

runRuleTests(ruleTester, 'log-raw-url', logRawUrl, {
  valid: [],
  invalid: [
    {
      code: `import pino from 'pino';
const log = pino();
const warn = log.warn.bind(log);
export function onRequest(req: { url: string }) { warn(\`slow \${req.url}\`); }`,
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'logPathWithoutQuery',
              output: `import pino from 'pino';
const log = pino();
const warn = log.warn.bind(log);
export function onRequest(req: { url: string }) { warn(\`slow \${(req.url ?? '').split('?')[0]}\`); }`,
            },
          ],
        },
      ],
    },
    {
      code: `import util from 'node:util';
export function line(req: { method: string; originalUrl: string }) { console.log(util.format('%s %s', req.method, req.originalUrl)); }`,
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 2,
          column: 115,
          endLine: 2,
          endColumn: 130,
          suggestions: [
            {
              messageId: 'logPathWithoutQuery',
              output: `import util from 'node:util';
export function line(req: { method: string; originalUrl: string }) { console.log(util.format('%s %s', req.method, (req.originalUrl ?? '').split('?')[0])); }`,
            },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
express().use(({ method, originalUrl }, _res, next) => { console.log(method, originalUrl); next(); });`,
      errors: [{ messageId: 'rawUrlLogged', line: 2, column: 78, endLine: 2, endColumn: 89 }],
    },
  ],
});

runRuleTests(ruleTester, 'query-token-accepted', queryTokenAccepted, {
  valid: [],
  invalid: [
    {
      code: `import type { Request, Response } from 'express';
export function handler({ query }: Request, res: Response) { res.json({ ok: verify(String(query.token)) }); }
declare function verify(token: string): boolean;`,
      errors: [{ messageId: 'tokenReadFromQuery', line: 2, column: 91, endLine: 2, endColumn: 102 }],
    },
  ],
});
