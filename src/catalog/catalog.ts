import type { RuleMeta } from './rule.js';

type RuleEntry = Omit<RuleMeta, 'docPath'>;

/**
 * The rule catalog: the single source of truth for every urlleak rule. ESLint `meta`, SARIF `tool.driver.rules`,
 * presets, the README table and the doc checks all read this table.
 */
const entries = [
  {
    id: 'ws-token-in-url',
    title: 'Auth token in a WebSocket or EventSource URL',
    description: 'Disallow putting auth tokens in the URL of a WebSocket, EventSource or realtime-client connection.',
    cwe: ['CWE-598', 'CWE-532'],
    level: 'error',
    securitySeverity: 7.5,
    precision: 'high',
    tags: ['security', 'websocket', 'credentials'],
    area: 'code',
    reaches: 'the connection URL of',
  },
  {
    id: 'token-in-request-url',
    title: 'Auth token in an HTTP request or navigation URL',
    description: 'Disallow putting auth tokens in the URL of fetch, XHR, HTTP-client calls, redirects and navigations.',
    cwe: ['CWE-598'],
    level: 'error',
    securitySeverity: 7.0,
    precision: 'high',
    tags: ['security', 'http', 'credentials'],
    area: 'code',
    reaches: 'the request URL of',
  },
  {
    id: 'log-raw-url',
    title: 'Raw request URL written to a log',
    description: 'Disallow logging a request URL with its query string, which may carry credentials.',
    cwe: ['CWE-532'],
    level: 'warning',
    securitySeverity: 5.3,
    precision: 'medium',
    tags: ['security', 'logging'],
    area: 'code',
    reaches: 'the log written by',
  },
  {
    id: 'log-middleware-url',
    title: 'Logging middleware records full URLs',
    description: 'Disallow request-logging middleware configured to record full URLs with query strings.',
    cwe: ['CWE-532'],
    level: 'warning',
    securitySeverity: 5.3,
    precision: 'medium',
    tags: ['security', 'logging'],
    area: 'code',
    reaches: 'the access log of',
  },
  {
    id: 'ws-missing-origin-check',
    title: 'WebSocket server without an Origin check',
    description: 'Require WebSocket servers to check the Origin header to prevent cross-site WebSocket hijacking.',
    cwe: ['CWE-1385', 'CWE-346'],
    level: 'warning',
    securitySeverity: 6.5,
    precision: 'medium',
    tags: ['security', 'websocket', 'csrf'],
    area: 'code',
    reaches: 'the handshake of',
  },
  {
    id: 'ws-insecure-scheme',
    title: 'Unencrypted ws:// connection',
    description: 'Disallow unencrypted ws:// WebSocket URLs to hosts other than loopback.',
    cwe: ['CWE-319'],
    level: 'warning',
    securitySeverity: 5.9,
    precision: 'medium',
    tags: ['security', 'websocket', 'transport'],
    area: 'code',
    reaches: 'the connection URL of',
  },
  {
    id: 'query-token-accepted',
    title: 'Server accepts credentials from the URL query',
    description: 'Flag server code that reads auth credentials from the URL query string.',
    cwe: ['CWE-598'],
    level: 'warning',
    securitySeverity: 5.0,
    precision: 'medium',
    tags: ['security', 'websocket', 'credentials'],
    area: 'code',
    reaches: 'the query read by',
  },
  {
    id: 'log-url-token',
    title: 'Credential in a logged URL',
    description: 'Report credentials found in URL query parameters, fragments or user info recorded in logs.',
    cwe: ['CWE-598', 'CWE-532'],
    level: 'error',
    securitySeverity: 7.5,
    precision: 'high',
    tags: ['security', 'logs', 'credentials'],
    area: 'logs',
  },
  {
    id: 'log-jwt',
    title: 'JSON Web Token in a log',
    description: 'Report JSON Web Tokens recorded in logs, judged by lifetime and whether they were live when logged.',
    cwe: ['CWE-532'],
    level: 'error',
    securitySeverity: 7.5,
    precision: 'very-high',
    tags: ['security', 'logs', 'jwt'],
    area: 'logs',
  },
  {
    id: 'log-provider-token',
    title: 'Provider token in a log',
    description: 'Report API keys and tokens of known providers (GitHub, Slack, Stripe, AWS, Google, …) recorded in logs.',
    cwe: ['CWE-532', 'CWE-798'],
    level: 'error',
    securitySeverity: 8.0,
    precision: 'very-high',
    tags: ['security', 'logs', 'credentials'],
    area: 'logs',
  },
  {
    id: 'log-token-replay',
    title: 'Single-use token used more than once',
    description: 'Report single-use tokens or tickets (same jti or fingerprint) seen in more than one request.',
    cwe: ['CWE-294'],
    level: 'error',
    securitySeverity: 8.1,
    precision: 'high',
    tags: ['security', 'logs', 'replay'],
    area: 'logs',
  },
  {
    id: 'access-log-query',
    title: 'Access log records URL query strings',
    description: 'Report web-server and proxy access-log formats that record the URL query string, where tokens travel.',
    cwe: ['CWE-532', 'CWE-598'],
    level: 'warning',
    securitySeverity: 5.3,
    precision: 'high',
    tags: ['security', 'logging', 'configuration'],
    area: 'config',
  },
  {
    id: 'access-log-referer',
    title: 'Access log records the Referer header',
    description: 'Report web-server and proxy access-log formats that record the Referer header, the full URL of the previous page.',
    cwe: ['CWE-532', 'CWE-598'],
    level: 'note',
    securitySeverity: 3.7,
    precision: 'high',
    tags: ['security', 'logging', 'configuration'],
    area: 'config',
  },
] as const satisfies readonly RuleEntry[];

export type RuleId = (typeof entries)[number]['id'];

/** The rules the code engine reports (`area: 'code'`): the ids its sink tables and judges may name. */
export type CodeRuleId = Extract<(typeof entries)[number], { readonly area: 'code' }>['id'];

export const ruleCatalog: readonly RuleMeta[] = entries.map((entry) => ({ ...entry, docPath: `docs/rules/${entry.id}.md` }));

const byId = new Map<string, RuleMeta>(ruleCatalog.map((rule) => [rule.id, rule]));

export function getRule(id: RuleId): RuleMeta {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown rule id: ${id}`);
  return rule;
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}
