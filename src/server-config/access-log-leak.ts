import type { Finding } from '../findings/finding.js';
import { looksHighEntropy } from '../secrets/shapes.js';

/** The servers and proxies whose access-log configuration urlleak reads. */
export type ServerKind = 'nginx' | 'ingress-nginx' | 'apache' | 'haproxy' | 'envoy' | 'caddy' | 'traefik';

/** What an access-log format records that can carry a credential: the URL's query string, or the Referer header. */
export type RecordedPart = 'query' | 'referer';

/**
 * One place in a server's configuration where its access log records a part of the request that carries
 * credentials: a format's variable (`$request`), or a directive that turns on a default format (`access_log PATH;`).
 * Lines and columns are 1-based, the end column exclusive, in the file the reader was given.
 */
export interface AccessLogLeak {
  readonly part: RecordedPart;
  readonly server: ServerKind;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  /** What records it, in the server's words: "log_format main records $request (the request line, query included)". */
  readonly what: string;
  /** The redacting replacement, in the server's own configuration language. */
  readonly fix: string;
}

/**
 * A name written in the configuration (a log format's, a logger's), as a finding may quote it: findings never carry a
 * secret, and a name is the user's text. One that is no short identifier, or reads as a generated value, is not shown.
 */
export function shownName(name: string): string {
  return /^[\w.:/@-]{1,64}$/.test(name) && !looksHighEntropy(name) ? name : '(name not shown)';
}

const RULE_OF_PART = { query: 'access-log-query', referer: 'access-log-referer' } as const;

const CONSEQUENCE: Record<RecordedPart, string> = {
  query: 'every token sent in a URL query string is written to the access log',
  referer: 'the full URL of the previous page, tokens in its query included, is written to the access log',
};

/** The finding every door reports for a leak found in the file at `path`. */
export function accessLogFinding(path: string, leak: AccessLogLeak): Finding {
  const ruleId = RULE_OF_PART[leak.part];
  return {
    ruleId,
    level: leak.part === 'query' ? 'warning' : 'note',
    message: `${leak.what}: ${CONSEQUENCE[leak.part]}. ${leak.fix}`,
    location: { path, line: leak.line, column: leak.column, endLine: leak.line, endColumn: leak.endColumn },
    properties: { server: leak.server, recorded: leak.part },
  };
}
