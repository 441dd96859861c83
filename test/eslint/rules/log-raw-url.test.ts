import rule from '../../../rules/log-raw-url.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

const handler = (logged: string) => `import express from 'express';
const app = express();
app.get('/cb', (req, res) => {
  console.log(\`callback \${${logged}}\`);
  res.sendStatus(204);
});`;

const nodeServer = (logged: string) => `import pino from 'pino';
import { createServer } from 'node:http';
const log = pino();
createServer((req, res) => {
  log.info({ url: ${logged} }, 'request');
  res.end();
});`;

runRuleTests(ruleTester, 'log-raw-url', rule, {
  valid: [
    handler('req.path'),
    handler('new URL(req.url, "http://x").pathname'),
    handler("req.originalUrl.split('?')[0]"),
    `console.log('started on port', 8080);`,
  ],
  invalid: [
    {
      // A file that imports urlleak/redact can use redactUrl: that suggestion comes first, with its import.
      code: `import { redactHeaders } from 'urlleak/redact';\n${handler('req.originalUrl')}`,
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 5,
          column: 27,
          suggestions: [
            {
              messageId: 'redactLoggedUrl',
              output: `import { redactHeaders } from 'urlleak/redact';\n${handler('redactUrl(req.originalUrl)').replace(
                "import express from 'express';",
                "import express from 'express';\nimport { redactUrl } from 'urlleak/redact';",
              )}`,
            },
            { messageId: 'logPathWithoutQuery', output: `import { redactHeaders } from 'urlleak/redact';\n${handler('req.path')}` },
          ],
        },
      ],
    },
    {
      code: handler('req.originalUrl'),
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 42,
          suggestions: [{ messageId: 'logPathWithoutQuery', output: handler('req.path') }],
        },
      ],
    },
    {
      code: nodeServer('req.url'),
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 26,
          suggestions: [{ messageId: 'logPathWithoutQuery', output: nodeServer("(req.url ?? '').split('?')[0]") }],
        },
      ],
    },
    {
      code: `declare const auditLog: { write(message: string): void };
export function handle(req: { url: string }) {
  auditLog.write(req.url);
}`,
      options: [{ extraLoggerNames: ['auditLog'] }],
      errors: [
        {
          messageId: 'rawUrlLogged',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'logPathWithoutQuery',
              output: `declare const auditLog: { write(message: string): void };
export function handle(req: { url: string }) {
  auditLog.write((req.url ?? '').split('?')[0]);
}`,
            },
          ],
        },
      ],
    },
  ],
});
