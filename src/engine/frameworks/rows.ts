import type { SinkRow } from './model.js';

/** Row builders and advice shared by several model files: each builder fills in the rule its rows belong to. */

/** A WebSocket, EventSource or realtime client's connection URL (ws-token-in-url). */
export const wsClientSink = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'ws-token-in-url', ...row });

/** An HTTP request, navigation or redirect URL (token-in-request-url). */
export const requestSink = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'token-in-request-url', ...row });

/** A logger or error reporter (log-raw-url): every argument is a sink, objects included (`log.info({ req })`). */
export const loggerSink = (row: Omit<SinkRow, 'rule' | 'check'>): SinkRow => ({ rule: 'log-raw-url', check: 'logged-arguments', ...row });

/**
 * Request-logging middleware (log-middleware-url): a call whose configuration decides whether every request's full URL
 * is logged. `check` names the judge in server/server-checks.ts (check-morgan.ts, check-logging-options.ts);
 * `safeAlternative` is the redacting setup.
 */
export const middlewareSink = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'log-middleware-url', ...row });

/**
 * A WebSocket server (ws-missing-origin-check): where it accepts handshakes, and where it could check the Origin first.
 * `check` names the judge in server/check-ws-server.ts.
 */
export const wsServerSink = (row: Omit<SinkRow, 'rule'>): SinkRow => ({ rule: 'ws-missing-origin-check', ...row });

export const HTTP_METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch'];

/** `members`, the factory's result called directly, and `members` on it: `get`, `create()`, `create().get`. */
export const withInstances = (factory: string, members: readonly string[]) => [
  ...members,
  `${factory}()`,
  ...members.map((member) => `${factory}().${member}`),
];

export const AUTHORIZATION_HEADER = 'send the token in an Authorization header';

/** A page opened with a token in its URL keeps it in history, server logs and the Referer it sends. */
export const NAVIGATE_SAFELY = 'navigate with a short-lived single-use code, or keep the session in an HttpOnly cookie';

/** GraphQL-over-WebSocket clients. */
export const CONNECTION_PARAMS = 'pass the token in connectionParams (sent in the ConnectionInit message)';

/** `logger.info`, `logger.child().info`: each level under each way to reach the logger. */
export const levelsOf = (roots: readonly string[], levels: readonly string[]): string[] =>
  roots.flatMap((root) => levels.map((level) => (root === '' ? level : `${root}.${level}`)));

export const PATH_ONLY =
  'log the path without the query (req.path, ctx.path, new URL(req.url, base).pathname) or an allow-list of parameters';
export const REDACT = `${PATH_ONLY}, or configure the logger to redact it`;

/** WebSocket servers. */
export const ALLOW_LIST = 'compare the Origin header with an explicit allow-list';
