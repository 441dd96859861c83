import { basename, extname } from 'node:path';
import picomatch from 'picomatch';
import { sniffLogFile } from './sniff-log.js';

/** Which engine a file goes to. */
export type FileKind = 'code' | 'log' | 'config';

export const CODE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'] as const;

/** Single-file components: the code engine reads their script parts (src/engine/sfc/component-kinds.ts). */
export const CODE_COMPONENT_EXTENSIONS = ['vue', 'svelte', 'astro'] as const;

export const CODE_GLOBS: readonly string[] = [`**/*.{${[...CODE_EXTENSIONS, ...CODE_COMPONENT_EXTENSIONS].join(',')}}`];
export const CODE_EXCLUDE_GLOBS: readonly string[] = ['**/*.d.ts', '**/*.d.mts', '**/*.d.cts', '**/*.min.js'];

/**
 * What a directory is walked with when it is read as logs: every file but analysis reports. `urlleak logs DIR` reads
 * every text file under a directory the user named, whatever its name (`access_log.0`, `app.3.gz`, a `.json` dump,
 * `messages`); the log reader skips binary files with a notice and decompresses gzip by its magic bytes. SARIF files
 * are reports, never logs (urlleak's own quote example tokens in their rule help): read only when named. `urlleak
 * scan` walks with it too and keeps what `classifyFile` or `classifyFileOnDisk` calls a log.
 */
export const LOG_WALK_GLOBS: readonly string[] = ['**/*', '!**/*.sarif'];

/**
 * How `urlleak scan` tells a log by its name, one convention a row. Code extensions are tried first and win
 * (`src/logs/scan-logs.ts`, `app/error_log.ts` are code); a file without an extension that no row claims is sniffed
 * (`sniff-log.ts`).
 */
export const LOG_NAME_CONVENTIONS: readonly { readonly glob: string; readonly examples: string }[] = [
  { glob: '**/*.log', examples: 'app.log' },
  { glob: '**/*.log.*', examples: 'access.log.1, error.log.2.gz, app.log.2026-10-14' },
  { glob: '**/*.log-*', examples: 'access.log-20261014 (logrotate dateext)' },
  // Rotations: logrotate and newsyslog number the old copies.
  { glob: '**/*.+([0-9])', examples: 'messages.1, access_log.0, syslog.7' },
  // gzip is read by its magic bytes, whatever it holds: rotated and archived logs.
  { glob: '**/*.gz', examples: 'app.3.gz, access.log.2.gz' },
  // Apache's names (`access_log`, `ssl_request_log`); `_log` must end the name or a part of it: `user_login.html` and
  // `audit_logger.py` are not logs.
  { glob: '**/*_log', examples: 'access_log, ssl_request_log' },
  { glob: '**/*_log[._-]*', examples: 'access_log.0, error_log-20261014' },
  { glob: '**/*.{jsonl,ndjson}', examples: 'events.jsonl' },
  // Whatever is kept in a log directory, `.json` dumps included; a `.json` elsewhere is data (package.json).
  { glob: '**/{log,logs}/**/*', examples: 'logs/app-2026-10-14.txt, log/requests.json' },
];

/**
 * Where web servers and proxies keep their configuration (`urlleak config`; `urlleak scan` routes them there): nginx
 * and Apache `.conf` and `.vhost` files and nginx's `sites-*` folders, HAProxy's `.cfg`, Caddyfiles, YAML and TOML
 * files (Envoy, Traefik, Kubernetes), and Envoy's JSON bootstrap. The reader of each file is chosen by its name and
 * first words (src/server-config/choose-reader.ts); a file none claims is read and passed over.
 */
export const CONFIG_GLOBS: readonly string[] = [
  '**/*.{conf,cfg,nginx,vhost,yaml,yml,toml,caddyfile}',
  // Envoy's bootstrap as JSON (`envoy.json`, `envoy-bootstrap.json`); other `.json` files are data, package-lock.json
  // among them.
  '**/*envoy*.json',
  '**/Caddyfile',
  '**/Caddyfile.*',
  '**/sites-{available,enabled}/*',
];

const isConfigPath = picomatch(CONFIG_GLOBS as string[], { dot: true, nocase: true });

const isCodePath = picomatch(CODE_GLOBS as string[], { dot: true, ignore: CODE_EXCLUDE_GLOBS as string[] });
const isLogName = picomatch(
  LOG_NAME_CONVENTIONS.map((convention) => convention.glob),
  { dot: true },
);

/**
 * The engine for a path, by its name alone; undefined when none claims it. Code extensions win: a source file in
 * `src/logs/` is code; then log names: anything compressed or rotated is a log (`logs/app.js.gz`, `nginx.conf.1`);
 * then configuration names.
 */
export function classifyFile(relativePath: string): FileKind | undefined {
  const path = relativePath.replaceAll('\\', '/');
  if (isCodePath(path)) return 'code';
  if (isLogName(path)) return 'log';
  if (isConfigPath(path)) return 'config';
  return undefined;
}

/**
 * The engine for a file on disk: by its name (`classifyFile`), and for a name without an extension that no
 * convention claims (`messages`, `current`, `syslog`), by its first lines (`sniffLogFile`). Dotfiles are not sniffed:
 * they are configuration (`.env`, `.npmrc`, a one-line `.prettierrc` that reads like a JSON log line).
 */
export async function classifyFileOnDisk(relativePath: string, absolutePath: string): Promise<FileKind | undefined> {
  const byName = classifyFile(relativePath);
  const name = basename(relativePath);
  if (byName !== undefined || extname(name) !== '' || name.startsWith('.')) return byName;
  return (await sniffLogFile(absolutePath)) ? 'log' : undefined;
}
