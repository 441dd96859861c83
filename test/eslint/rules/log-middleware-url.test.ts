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
    // The url token redefined to mask the credential's parameter (Flood's): the rest of the query is kept on purpose.
    app(`morgan.token('url', (req: { url?: string }) => {
  const url = req.url ?? '';
  const u = new URL(url, 'http://localhost');
  if (!u.searchParams.has('token')) return url;
  u.searchParams.set('token', '[REDACTED]');
  return u.pathname + u.search;
});
app.use(morgan('dev'));`),
    app(`morgan.token('url', (req: { originalUrl: string }) => req.originalUrl.replace(/([?&]access_token=)[^&]*/, '$1***'));
app.use(morgan('tiny'));`),
    // urlleak/redact's tokens: the url token redacted, and safeCombined's Referer too.
    `import morgan from 'morgan';
import { safeCombined, useRedactingMorganTokens } from 'urlleak/redact';
useRedactingMorganTokens(morgan);
export const logging = [morgan(safeCombined), morgan('tiny')];`,
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
      // A file that imports urlleak/redact can use it: its suggestion comes first.
      code: `import morgan from 'morgan';
import { redactUrl } from 'urlleak/redact';
export const logging = morgan('combined');`,
      errors: [
        {
          messageId: 'middlewareLogsFullUrl',
          line: 3,
          column: 31,
          suggestions: [
            {
              messageId: 'useRedactingMorgan',
              output: `import morgan from 'morgan';
import { redactUrl } from 'urlleak/redact';
import { safeCombined, useRedactingMorganTokens } from 'urlleak/redact';
useRedactingMorganTokens(morgan);
export const logging = morgan(safeCombined);`,
            },
            {
              messageId: 'redactUrlToken',
              output: `import morgan from 'morgan';
import { redactUrl } from 'urlleak/redact';
morgan.token('url', (req: { originalUrl?: string; url?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0]);
export const logging = morgan(':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length] ":user-agent"');`,
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
