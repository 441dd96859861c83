import type { RecordedPart } from './access-log-leak.js';

/**
 * What the access-log formats of each server record that can carry a credential: the URL's query string, or the
 * Referer header (the full URL of the previous page). One table per server, each with its source. Envoy's and
 * Traefik's live beside their readers (yaml/envoy.ts, yaml/traefik.ts).
 */
export interface RecordedField {
  readonly part: RecordedPart;
  /** How the finding names it: "(the request line, query included)". */
  readonly meaning: string;
}

/**
 * nginx variables. Source: https://nginx.org/en/docs/http/ngx_http_core_module.html#variables and
 * https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format (the predefined `combined` format).
 * `$arg_<name>` is one query parameter: recorded as a credential when its name is one (param-names.ts).
 */
export const NGINX_VARIABLES: ReadonlyMap<string, RecordedField> = new Map([
  ['request', { part: 'query', meaning: 'the request line, query included' }],
  ['request_uri', { part: 'query', meaning: 'the URI with its query' }],
  ['args', { part: 'query', meaning: 'the query string' }],
  ['query_string', { part: 'query', meaning: 'the query string' }],
  ['http_referer', { part: 'referer', meaning: 'the Referer header' }],
]);

/** nginx's predefined `combined` format, used by `access_log PATH;` and `access_log PATH combined;`. */
export const NGINX_COMBINED_RECORDS: readonly { readonly part: RecordedPart; readonly variable: string }[] = [
  { part: 'query', variable: '$request' },
  { part: 'referer', variable: '$http_referer' },
];

/**
 * Apache httpd mod_log_config format strings. Source: https://httpd.apache.org/docs/2.4/mod/mod_log_config.html#formats
 * (`%r` first line of the request, `%q` the query string prepended with `?`, `%{Foo}i` a request header).
 */
export const APACHE_DIRECTIVES: ReadonlyMap<string, RecordedField> = new Map([
  ['r', { part: 'query', meaning: 'the request line, query included' }],
  ['q', { part: 'query', meaning: 'the query string' }],
]);

/**
 * The nicknames Apache's stock httpd.conf (and Debian's apache2.conf) define, for a CustomLog naming one that the
 * scanned file does not define. Source: httpd-2.4 docs/conf/httpd.conf.in; Debian's apache2.conf (vhost_combined).
 */
export const APACHE_STOCK_FORMATS: ReadonlyMap<string, readonly RecordedPart[]> = new Map([
  ['common', ['query']],
  ['combined', ['query', 'referer']],
  ['combinedio', ['query', 'referer']],
  ['vhost_combined', ['query', 'referer']],
]);

/**
 * HAProxy log-format variables. Source: https://docs.haproxy.org/3.0/configuration.html#8.2.6 (`%r` http_request,
 * `%HU` the request URI, `%HQ` the query string; `%HP`/`%HPO` are the path without it) and #8.2.3 (the HTTP log
 * format of `option httplog` ends with `%{+Q}r`).
 */
export const HAPROXY_VARIABLES: ReadonlyMap<string, RecordedField> = new Map([
  ['r', { part: 'query', meaning: 'the request line, query included' }],
  ['HU', { part: 'query', meaning: 'the request URI, query included' }],
  ['HQ', { part: 'query', meaning: 'the query string' }],
]);
