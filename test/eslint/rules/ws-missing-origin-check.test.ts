import rule from '../../../rules/ws-missing-origin-check.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

runRuleTests(ruleTester, 'ws-missing-origin-check', rule, {
  valid: [
    `import { WebSocketServer } from 'ws';
const allowed = new Set(['https://app.example.com']);
export const wss = new WebSocketServer({ port: 8080, verifyClient: (info) => allowed.has(info.origin) });`,
    `import { Server } from 'socket.io';
export const io = new Server(3000, {
  cors: { origin: ['https://app.example.com'], credentials: true },
  allowRequest: (req, done) => done(null, req.headers.origin === 'https://app.example.com'),
});`,
    `import { WebSocketServer } from 'ws';
declare function isAllowedOrigin(origin: string | undefined): boolean;
export const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => {
  if (!isAllowedOrigin(req.headers.origin)) ws.close();
});`,
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
    {
      // CORS protects long-polling only: the WebSocket transport accepts any Origin without allowRequest.
      code: `import { Server } from 'socket.io';
export const io = new Server(3000, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
      errors: [{ messageId: 'missingOriginCheck', line: 2, column: 19 }],
    },
    {
      // originalPathOf reads the request's URL, not its Origin: "origin" is not a word of its name.
      code: `import { WebSocketServer } from 'ws';
declare function originalPathOf(req: unknown): string;
export const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => {
  ws.send(originalPathOf(req));
});`,
      errors: [{ messageId: 'missingOriginCheck', line: 3, column: 20, endLine: 3, endColumn: 55 }],
    },
  ],
});
