import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../findings/finding.js';
import type { ScanResult } from '../findings/scan-result.js';
import { accessLogFinding, type AccessLogLeak } from './access-log-leak.js';
import { analyzeApache } from './apache/apache.js';
import { analyzeCaddyfile } from './caddy/caddyfile.js';
import { chooseReader, type ConfigReader } from './choose-reader.js';
import { analyzeHaproxy } from './haproxy/haproxy.js';
import { analyzeDirectives, implicitAccessLogLeaks, includesOf, userVariablesOf, type UserVariables } from './nginx/nginx.js';
import { parseNginx, type NginxDirective } from './nginx/tokenize-nginx.js';
import { yamlAccessLogLeaks } from './yaml/read-yaml-configs.js';
import { traefikTomlLeaks } from './yaml/traefik.js';

/** Server configurations are small: a larger file is generated data (an OpenAPI document), passed over with a notice. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

const READERS: Record<Exclude<ConfigReader, 'nginx'>, (source: string) => AccessLogLeak[]> = {
  apache: analyzeApache,
  haproxy: analyzeHaproxy,
  caddy: analyzeCaddyfile,
  yaml: yamlAccessLogLeaks,
  'traefik-toml': traefikTomlLeaks,
};

interface NginxFile {
  readonly source: string;
  readonly directives: readonly NginxDirective[];
  /** The files each `include` directive of this file named, as read. */
  readonly includes: ReadonlyMap<NginxDirective, readonly string[]>;
}

/**
 * `urlleak config`: the access-log configuration of the servers and proxies in front of the app. Input files are only
 * read. nginx files are read with the files they `include` (relative to the including file, then to the first file
 * of the chain, as nginx resolves them against its configuration prefix), so a `map` defined in one file is known
 * where a `log_format` of another uses it; an include that cannot be read is passed over (`/etc/nginx/mime.types`).
 */
export async function scanServerConfigs(files: readonly string[]): Promise<ScanResult> {
  const result = { findings: [] as Finding[], errors: [], notices: [] } satisfies Omit<ScanResult, 'filesScanned'>;
  let filesScanned = 0;
  const nginx = new Map<string, NginxFile>();
  for (const path of files) {
    const source = await readConfig(path, result);
    if (source === undefined) continue;
    filesScanned += 1;
    const reader = chooseReader(path, source);
    if (reader === 'nginx') await readNginxTree(path, source, nginx);
    else if (reader) result.findings.push(...READERS[reader](source).map((leak) => accessLogFinding(path, leak)));
  }
  const includes = new Map([...nginx.values()].flatMap((file) => [...file.includes]));
  const included = (include: NginxDirective) => {
    const paths = includes.get(include) ?? [];
    return paths.length === 0 ? undefined : paths.flatMap((path) => nginx.get(path) ?? []);
  };
  const variablesOf = variablesByConfiguration(nginx);
  for (const [path, file] of nginx) {
    const leaks = [
      ...analyzeDirectives(file.source, file.directives, 'nginx', variablesOf(path)),
      ...implicitAccessLogLeaks(file.source, file.directives, included),
    ];
    result.findings.push(...leaks.map((leak) => accessLogFinding(path, leak)));
  }
  return { ...result, findings: uniqueFindings(result.findings), filesScanned };
}

/**
 * The `map` and `set` variables each nginx file sees: those of the files it is included with (one configuration:
 * the files joined by includes, whichever was named first), not those of another configuration scanned in the same
 * run (staging's `$log_uri` is not production's).
 */
function variablesByConfiguration(nginx: ReadonlyMap<string, NginxFile>): (path: string) => UserVariables {
  const parent = new Map<string, string>();
  const find = (path: string): string => {
    let root = path;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(path, root);
    return root;
  };
  for (const [path, file] of nginx)
    for (const targets of file.includes.values()) for (const target of targets) if (nginx.has(target)) parent.set(find(target), find(path));
  const members = new Map<string, NginxFile[]>();
  for (const [path, file] of nginx) {
    const root = find(path);
    const list = members.get(root);
    if (list) list.push(file);
    else members.set(root, [file]);
  }
  const variables = new Map([...members].map(([root, files]) => [root, userVariablesOf(files.map((file) => file.directives))]));
  return (path) => variables.get(find(path)) ?? new Map();
}

async function readConfig(path: string, result: Pick<ScanResult, 'errors' | 'notices'>): Promise<string | undefined> {
  try {
    if ((await stat(path)).size > MAX_CONFIG_BYTES) {
      result.notices.push({ path, message: `skipped: larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB, not a server configuration` });
      return undefined;
    }
    // A byte-order mark becomes a blank: readers see the first directive, and offsets stay those of the file.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, ' ');
  } catch (error) {
    result.errors.push({ path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return undefined;
  }
}

async function readNginxTree(path: string, source: string, into: Map<string, NginxFile>, root = path): Promise<void> {
  if (into.has(path)) return;
  const directives = parseNginx(source);
  const includes = new Map<NginxDirective, string[]>();
  into.set(path, { source, directives, includes });
  for (const include of includesOf(directives)) {
    const paths = (await Promise.all(include.args.map((arg) => resolveInclude(arg.text, dirname(path), dirname(root))))).flat();
    includes.set(include, paths);
    for (const included of paths) {
      if (into.has(included)) continue;
      const text = await readFile(included, 'utf8').catch(() => undefined);
      if (text !== undefined && text.length <= MAX_CONFIG_BYTES) await readNginxTree(included, text, into, root);
    }
  }
}

/** The files an nginx `include` names: a path or a glob in its last part (`conf.d/*.conf`), from either base. */
async function resolveInclude(pattern: string, from: string, rootDirectory: string): Promise<string[]> {
  for (const base of isAbsolute(pattern) ? [''] : [from, rootDirectory]) {
    const full = resolve(base, pattern);
    const directory = dirname(full);
    const matches = picomatch(full.slice(directory.length + 1));
    const names = await readdir(directory).catch(() => [] as string[]);
    const found = names
      .filter((name) => matches(name))
      .sort()
      .map((name) => join(directory, name));
    if (found.length > 0) return found;
  }
  return [];
}

/** A file scanned on its own and again through an include is reported once. */
function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.location.path}\0${finding.location.line}\0${finding.location.column}\0${finding.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
