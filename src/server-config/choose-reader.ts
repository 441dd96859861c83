import { basename, extname } from 'node:path';

/** Which reader a configuration file goes to. */
export type ConfigReader = 'nginx' | 'apache' | 'haproxy' | 'caddy' | 'yaml' | 'traefik-toml';

const APACHE_WORDS = /^[ \t]*(?:LogFormat|CustomLog|TransferLog|GlobalLog)[ \t]/im;
const HAPROXY_WORDS = /^[ \t]*(?:frontend|backend|listen|defaults)\b/m;
const NGINX_WORDS = /(?:^|[\s;{}])(?:log_format|access_log|include|map|server|http|location)[\s{]/;

/**
 * The reader for a file of CONFIG_GLOBS, by its name and, for the names several servers use (`.conf`, `.cfg`), by the
 * words it holds. Undefined when it is no server's: a supervisord `.conf`, a `setup.cfg`.
 */
export function chooseReader(path: string, source: string): ConfigReader | undefined {
  const name = basename(path).toLowerCase();
  const extension = extname(name);
  if (name === 'caddyfile' || name.startsWith('caddyfile.') || extension === '.caddyfile') return 'caddy';
  // JSON is YAML: an Envoy bootstrap written as JSON reads the same.
  if (extension === '.yaml' || extension === '.yml' || extension === '.json') return 'yaml';
  if (extension === '.toml') return 'traefik-toml';
  if (name === 'haproxy.cfg' || (extension === '.cfg' && HAPROXY_WORDS.test(source))) return 'haproxy';
  if (extension === '.cfg') return undefined;
  if (APACHE_WORDS.test(source)) return 'apache';
  if (NGINX_WORDS.test(source) && source.includes(';')) return 'nginx';
  return undefined;
}
