import rule from '../../../rules/token-in-request-url.js';
import { ruleTester, runRuleTests } from '../../support/rule-tester.js';

runRuleTests(ruleTester, 'token-in-request-url', rule, {
  valid: [
    `declare const accessToken: string;
fetch('/api/items', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
    `declare const cursor: string;
fetch(\`/api/items?cursor=\${cursor}\`);`,
    `import axios from 'axios';
declare const page: number;
axios.get('/api/items', { params: { page } });`,
  ],
  invalid: [
    {
      code: `declare const accessToken: string;
export async function load() { return fetch(\`/api/items?access_token=\${accessToken}\`); }`,
      errors: [{ messageId: 'tokenInRequestUrl', line: 2, column: 45, endLine: 2, endColumn: 85 }],
    },
    {
      code: `import axios from 'axios';
declare function getAccessToken(): string;
axios.get('/api/items', { params: { access_token: getAccessToken() } });`,
      errors: [{ messageId: 'tokenInRequestUrl', line: 3 }],
    },
    {
      code: `declare const jwt: string;
window.location.href = '/dashboard?jwt=' + jwt;`,
      errors: [{ messageId: 'tokenInRequestUrl', line: 2 }],
    },
  ],
});
