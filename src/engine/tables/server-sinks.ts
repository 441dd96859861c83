import { loggerSinkRows } from './logger-sinks.js';
import { middlewareSinkRows } from './middleware-sinks.js';
import type { SinkRow } from './sinks.js';
import { wsServerSinkRows } from './ws-server-sinks.js';

/** The server-side rules (issue 4), judged by server/server-checks.ts rather than by the URL-token judge. */
export type ServerRuleId = 'log-raw-url' | 'log-middleware-url' | 'ws-missing-origin-check' | 'ws-insecure-scheme' | 'query-token-accepted';

/** Which judge a server row uses (server/server-checks.ts). */
export type ServerCheckId =
  | 'logged-arguments'
  | 'insecure-scheme'
  | 'morgan'
  | 'pino-options'
  | 'nestjs-pino'
  | 'hapi-pino'
  | 'fastify-logger'
  | 'express-winston'
  | 'koa-logger'
  | 'ws-server'
  | 'socket-io-server'
  | 'express-ws'
  | 'uws-app';

export const serverSinkRows: readonly SinkRow[] = [...loggerSinkRows, ...middlewareSinkRows, ...wsServerSinkRows];

/**
 * ws-insecure-scheme looks at the same URL arguments as ws-token-in-url: every WebSocket/realtime client row, judged
 * for its scheme instead of its query.
 */
export function insecureSchemeRows(urlSinks: readonly SinkRow[]): SinkRow[] {
  return urlSinks.flatMap((row) =>
    row.rule === 'ws-token-in-url' && row.url && !row.id.includes('eventsource')
      ? [
          {
            id: `${row.id}-scheme`,
            rule: 'ws-insecure-scheme',
            check: 'insecure-scheme',
            api: row.api,
            modules: row.modules,
            paths: row.paths,
            url: row.url,
            safeAlternative: "use wss://, or the page's own scheme for same-origin sockets",
          },
        ]
      : [],
  );
}
