import rule from '../../../rules/ws-insecure-scheme.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

runRuleTests(ruleTester, 'ws-insecure-scheme', rule, {
  valid: [
    `export const feed = new WebSocket('wss://realtime.example.com/feed');`,
    `export const dev = new WebSocket('ws://localhost:8080/feed');`,
    `export const dev = new WebSocket('ws://app.localhost/feed');`,
    `const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
export const same = new WebSocket(\`\${scheme}//\${location.host}/feed\`);`,
    {
      code: `export const lab = new WebSocket('ws://devbox.internal/feed');`,
      options: [{ allowedHosts: ['devbox.internal'] }],
    },
  ],
  invalid: [
    {
      code: `export const feed = new WebSocket('ws://realtime.example.com/feed');`,
      errors: [
        {
          messageId: 'insecureSocketScheme',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 67,
          suggestions: [{ messageId: 'useSecureScheme', output: `export const feed = new WebSocket('wss://realtime.example.com/feed');` }],
        },
      ],
    },
    {
      code: `declare const host: string;
export const feed = new WebSocket('ws:' + '//' + host + '/feed');`,
      errors: [
        {
          messageId: 'insecureSocketScheme',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useSecureScheme',
              output: `declare const host: string;
export const feed = new WebSocket('wss:' + '//' + host + '/feed');`,
            },
          ],
        },
      ],
    },
  ],
});
