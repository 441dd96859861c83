import rule from '../../../rules/ws-missing-origin-check.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

runRuleTests(ruleTester, 'ws-missing-origin-check', rule, {
  valid: [
    `import { WebSocketServer } from 'ws';
const allowed = new Set(['https://app.example.com']);
export const wss = new WebSocketServer({ port: 8080, verifyClient: (info) => allowed.has(info.origin) });`,
    `import { Server } from 'socket.io';
export const io = new Server(3000, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
  ],
  invalid: [
    {
      code: `import { WebSocketServer } from 'ws';
export const wss = new WebSocketServer({ port: 8080 });`,
      errors: [{ messageId: 'missingOriginCheck', line: 2, column: 20, endLine: 2, endColumn: 55 }],
    },
    {
      code: `import { Server } from 'socket.io';
export const io = new Server(3000, { cors: { origin: true, credentials: true } });`,
      errors: [{ messageId: 'missingOriginCheck', line: 2 }],
    },
  ],
});
