import rule from '../../../rules/query-token-accepted.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

const route = (read: string) => `import express from 'express';
const app = express();
app.get('/ws-ticket', (req, res) => {
  const token = ${read};
  res.json({ ok: Boolean(token) });
});`;

runRuleTests(ruleTester, 'query-token-accepted', rule, {
  valid: [route('req.headers.authorization'), route('req.query.page'), route("req.cookies?.['session']")],
  invalid: [
    {
      code: route('req.query.token'),
      errors: [{ messageId: 'tokenReadFromQuery', line: 4, column: 17, endLine: 4, endColumn: 32 }],
    },
    {
      code: `import { Server } from 'socket.io';
const io = new Server(3000);
io.use((socket, next) => {
  const jwt = socket.handshake.query.jwt;
  next(jwt ? undefined : new Error('unauthorized'));
});`,
      errors: [{ messageId: 'tokenReadFromQuery', line: 4 }],
    },
  ],
});
