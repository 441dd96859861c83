import rule from '../../../rules/log-middleware-url.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

const app = (setup: string) => `import express from 'express';
import morgan from 'morgan';
const app = express();
${setup}`;

runRuleTests(ruleTester, 'log-middleware-url', rule, {
  valid: [
    app(`app.use(morgan(':method :status :response-time ms'));`),
    // `common` has no :referrer, and the url token no longer carries the query.
    app(`morgan.token('url', (req: { path?: string }) => req.path ?? '');
app.use(morgan('common'));`),
  ],
  invalid: [
    {
      code: app(`app.use(morgan('combined'));`),
      errors: [
        {
          messageId: 'middlewareLogsFullUrl',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'redactUrlToken',
              output:
                app(`morgan.token('url', (req: { originalUrl?: string; url?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0]);
app.use(morgan(':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length] ":user-agent"'));`),
            },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
export const server = Fastify({ logger: true });`,
      errors: [{ messageId: 'middlewareLogsFullUrl', line: 2 }],
    },
  ],
});
