import { frameworks } from '../frameworks/index.js';
import type { SinkRow } from '../frameworks/model.js';

/** The server-side rules' sink rows, assembled from the framework models (frameworks/index.ts). */
export type { ServerCheckId, ServerRuleId } from '../frameworks/model.js';

/**
 * Loggers and error reporters (log-raw-url): every argument is a sink, objects included (`log.info({ req })`); `**`
 * covers `.child({…})` chains. CodeQL's Logging.qll models the same libraries.
 */
export const loggerSinkRows: readonly SinkRow[] = frameworks.flatMap((model) => model.loggerSinks ?? []);

/** Request-logging middleware (log-middleware-url): calls whose configuration decides whether every request's full URL is logged. */
export const middlewareSinkRows: readonly SinkRow[] = frameworks.flatMap((model) => model.middlewareSinks ?? []);

/** WebSocket servers (ws-missing-origin-check): where a server accepts handshakes, and where it could check the Origin first. */
export const wsServerSinkRows: readonly SinkRow[] = frameworks.flatMap((model) => model.wsServerSinks ?? []);

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
            ...(row.upgradesHttp === true ? { upgradesHttp: true } : {}),
            safeAlternative: "use wss://, or the page's own scheme for same-origin sockets",
          },
        ]
      : [],
  );
}
