import type { AccessLogLeak, RecordedPart } from '../access-log-leak.js';
import { leakAt } from './leak-at.js';
import type { SourceText, Span } from './source-text.js';

// Traefik's access log, from its docs ("Access Logs": https://doc.traefik.io/traefik/observability/access-logs/) and
// code (pkg/types/logs.go, pkg/middlewares/accesslog in traefik/traefik): RequestPath is the request URI with its
// query (logger.go copies RawQuery into it); the common log format (CLF, the default) has a Referer column; the JSON
// format writes each kept field; `fields.names.<Field>` and `fields.defaultMode` keep or drop fields,
// `fields.headers.names.<Header>` and `fields.headers.defaultMode` keep, drop or redact headers.

/** Where a Traefik configuration came from: its fixes are written in that language. */
export type TraefikDialect = 'static' | 'toml' | 'flags' | 'helm';

/** One access-log option below `accessLog`, its path lower-cased (`fields.headers.names.referer`). */
export interface TraefikSetting {
  readonly path: string;
  readonly value: string;
  readonly span: Span;
}

/** An enabled Traefik access log: where it is turned on, and its options in the order given. */
export interface TraefikAccessLog {
  readonly dialect: TraefikDialect;
  readonly enabling: Span;
  readonly settings: readonly TraefikSetting[];
}

/** Traefik 3.6.18 added `fields.queryParameters`: its `defaultMode: drop` logs RequestPath without the query. */
const QUERY_PARAMETERS_SINCE = ' (Traefik 3.6.18 and later; before, drop RequestPath: no field holds the path without its query)';

const FIXES: Record<TraefikDialect, Record<RecordedPart, string>> = {
  static: {
    query: `Set accessLog.fields.queryParameters.defaultMode: drop${QUERY_PARAMETERS_SINCE}.`,
    referer: 'Set accessLog.fields.headers.names.Referer: drop.',
  },
  toml: {
    query: `Set defaultMode = "drop" under [accessLog.fields.queryParameters]${QUERY_PARAMETERS_SINCE}.`,
    referer: 'Set Referer = "drop" under [accessLog.fields.headers.names].',
  },
  flags: {
    query: `Add --accesslog.fields.queryparameters.defaultmode=drop${QUERY_PARAMETERS_SINCE}.`,
    referer: 'Set --accesslog.fields.headers.names.Referer=drop.',
  },
  helm: {
    query: `Set logs.access.fields.general.names.RequestPath: drop (the chart has no option for the query parameters; add --accesslog.fields.queryparameters.defaultmode=drop to additionalArguments on Traefik 3.6.18 and later).`,
    referer: 'Set logs.access.fields.headers.names.Referer: drop.',
  },
};

const HEADER_MODES = new Set(['keep', 'drop', 'redact']);

/** The leaks of one enabled access log: RequestPath unless dropped, the Referer header where kept. */
export function traefikAccessLogLeaks(source: SourceText, log: TraefikAccessLog): AccessLogLeak[] {
  const json = lastSetting(log, 'format')?.value.toLowerCase() === 'json';
  const format = json ? 'JSON format' : 'common log format';
  const leaks: AccessLogLeak[] = [];
  if (keepsRequestPath(log)) {
    const what = `Traefik access log (${format}) records RequestPath (the request URI with its query string)`;
    leaks.push(leakAt(source, log.enabling, { part: 'query', server: 'traefik', what, fix: FIXES[log.dialect].query }));
  }
  const referer = refererDecision(log);
  if (referer.mode === 'keep') {
    const what = `Traefik access log (${format}) records the Referer header`;
    leaks.push(leakAt(source, referer.span, { part: 'referer', server: 'traefik', what, fix: FIXES[log.dialect].referer }));
  }
  return leaks;
}

function lastSetting(log: TraefikAccessLog, path: string): TraefikSetting | undefined {
  return log.settings.findLast((setting) => setting.path === path);
}

/** Traefik keeps a field unless its own mode or the default mode says `drop` (other values fall back). */
function keepsRequestPath(log: TraefikAccessLog): boolean {
  if (lastSetting(log, 'fields.queryparameters.defaultmode')?.value.toLowerCase() === 'drop') return false;
  const defaultMode = lastSetting(log, 'fields.defaultmode')?.value.toLowerCase();
  const ownMode = lastSetting(log, 'fields.names.requestpath')?.value.toLowerCase();
  const keepByDefault = defaultMode !== 'drop';
  if (ownMode === 'keep') return true;
  if (ownMode === 'drop') return false;
  return keepByDefault;
}

/**
 * The Referer header's mode and the option that decided it (the enabling line when none did). Traefik ≥ 2.0 drops every
 * request header unless `fields.headers` keeps it (traefik/traefik#5034), in JSON and in the common log format, whose
 * Referer column then prints `"-"`.
 */
function refererDecision(log: TraefikAccessLog): { mode: string; span: Span } {
  const own = lastSetting(log, 'fields.headers.names.referer');
  if (own && HEADER_MODES.has(own.value.toLowerCase())) return { mode: own.value.toLowerCase(), span: own.span };
  const byDefault = lastSetting(log, 'fields.headers.defaultmode');
  if (byDefault && HEADER_MODES.has(byDefault.value.toLowerCase())) return { mode: byDefault.value.toLowerCase(), span: byDefault.span };
  return { mode: 'drop', span: log.enabling };
}
