import rule from '../../../rules/ws-token-in-url.js';
import { ruleTester, runRuleTests, typedFixtureDir, typedRuleTester } from '../../support/rule-tester.js';

runRuleTests(ruleTester, 'ws-token-in-url', rule, {
  valid: [
    `new WebSocket('wss://api.example.com/ws');`,
    `const token = localStorage.getItem('token');
new WebSocket('wss://api.example.com/ws', ['bearer', token]);`,
    `import { io } from 'socket.io-client';
declare const token: string;
io('https://chat.example.com', { auth: { token } });`,
    `import { Socket } from 'phoenix';
declare const userToken: string;
new Socket('/socket', { authToken: userToken });`,
    `declare const nextPageToken: string;
new WebSocket(\`wss://api.example.com/feed?pageToken=\${nextPageToken}\`);`,
    `declare const room: string;
new EventSource(\`/events?room=\${encodeURIComponent(room)}\`);`,
  ],
  invalid: [
    {
      code: `const token = localStorage.getItem('token');
new WebSocket(\`wss://api.example.com/ws?token=\${token}\`);`,
      errors: [{ messageId: 'tokenInSocketUrl', line: 2, column: 15, endLine: 2, endColumn: 56 }],
    },
    {
      code: `import { io } from 'socket.io-client';
const token = localStorage.getItem('token');
export const socket = io('https://chat.example.com', { query: { token } });`,
      errors: [
        {
          messageId: 'tokenInSocketUrl',
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useAuthOption',
              output: `import { io } from 'socket.io-client';
const token = localStorage.getItem('token');
export const socket = io('https://chat.example.com', { auth: { token } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Socket } from 'phoenix';
declare const userToken: string;
export const socket = new Socket('/socket', { params: { token: userToken } });`,
      errors: [
        {
          messageId: 'tokenInSocketUrl',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useAuthTokenOption',
              output: `import { Socket } from 'phoenix';
declare const userToken: string;
export const socket = new Socket('/socket', { authToken: userToken });`,
            },
          ],
        },
      ],
    },
  ],
});

runRuleTests(typedRuleTester, 'ws-token-in-url (type-checked, across files)', rule, {
  valid: [
    {
      code: `import { currentCredentials } from './session-store';
export const length = currentCredentials().length;
new WebSocket('wss://api.example.com/ws');`,
      filename: `${typedFixtureDir}file.ts`,
    },
  ],
  invalid: [
    {
      // Neither the parameter nor the imported name says "token": only the checker, following the import into
      // session-store.ts, sees localStorage.getItem('access_token').
      code: `import { currentCredentials } from './session-store';
const c = currentCredentials();
new WebSocket(\`wss://api.example.com/ws?c=\${c}\`);`,
      filename: `${typedFixtureDir}file.ts`,
      errors: [{ messageId: 'tokenInSocketUrl', line: 3, column: 15, endLine: 3, endColumn: 48 }],
    },
  ],
});
