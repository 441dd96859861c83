import { classifyParamName } from '../../secrets/param-names.js';
import { shownName, type AccessLogLeak, type RecordedPart, type ServerKind } from '../access-log-leak.js';
import { NGINX_COMBINED_RECORDS, NGINX_VARIABLES } from '../recorded-fields.js';
import { createPositionIndex, type Position } from '../text-position.js';
import { parseNginx, type NginxDirective, type NginxToken } from './tokenize-nginx.js';

/** What each user variable (`map`, `set`) holds of the request: the parts its values can carry. */
export type UserVariables = ReadonlyMap<string, ReadonlySet<RecordedPart>>;

export interface NginxOptions {
  /** Read only source[start, end): a snippet inside another file (a Kubernetes annotation) keeps exact positions. */
  readonly start?: number;
  readonly end?: number;
  readonly server?: ServerKind;
  /** Variables defined in the files this one is included with; this file's own are added. */
  readonly variables?: UserVariables;
}

const VARIABLE = /\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;

interface VariableUse {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function* variablesIn(source: string, start: number, end: number): Generator<VariableUse> {
  VARIABLE.lastIndex = 0;
  const text = source.slice(start, end);
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1] ?? match[2] ?? '';
    yield { name, start: start + match.index, end: start + match.index + match[0].length };
  }
}

/** What a variable records, from nginx's own table, `$arg_<credential>`, or a user variable's values. */
function partsOf(name: string, variables: UserVariables): { parts: ReadonlySet<RecordedPart>; meaning: string } {
  const known = NGINX_VARIABLES.get(name);
  if (known) return { parts: new Set([known.part]), meaning: known.meaning };
  if (name.startsWith('arg_') && classifyParamName(name.slice(4)) !== undefined) {
    return { parts: new Set(['query']), meaning: `the \`${name.slice(4)}\` query parameter` };
  }
  const user = variables.get(name);
  if (user && user.size > 0) return { parts: user, meaning: 'a variable set from the request URL' };
  return { parts: new Set(), meaning: '' };
}

const FIX: Record<RecordedPart, string> = {
  query: 'Log $uri (the path without its query) instead, or the result of `map $request_uri $loggable_uri { ~^(?<path>[^?]*) $path; }`.',
  referer: 'Drop $http_referer from the format, or log it through a map that strips its query.',
};

/**
 * The leaks of one nginx format: for each part, the first variable recording it in the given source ranges (the
 * format's strings). Exported for formats held elsewhere (ingress-nginx's `log-format-upstream` in a ConfigMap).
 */
export function nginxFormatLeaks(
  source: string,
  start: number,
  end: number,
  describe: string,
  server: ServerKind,
  variables: UserVariables = new Map(),
): AccessLogLeak[] {
  return formatLeaks({ source, position: createPositionIndex(source), server, variables }, [{ start, end }], describe);
}

/** What judging one file's directives needs: its text, its position index (built once), and the variables known. */
interface FileContext {
  readonly source: string;
  readonly position: (offset: number) => Position;
  readonly server: ServerKind;
  readonly variables: UserVariables;
}

function formatLeaks(file: FileContext, ranges: readonly { start: number; end: number }[], describe: string): AccessLogLeak[] {
  const { source, position, server, variables } = file;
  const found = new Map<RecordedPart, AccessLogLeak>();
  for (const range of ranges) {
    for (const use of variablesIn(source, range.start, range.end)) {
      const { parts, meaning } = partsOf(use.name, variables);
      for (const part of parts) {
        if (found.has(part)) continue;
        const { line, column } = position(use.start);
        const what = `${describe} records $${use.name} (${meaning})`;
        found.set(part, { part, server, line, column, endColumn: column + (use.end - use.start), what, fix: FIX[part] });
      }
    }
  }
  return [...found.values()];
}

/** `map $source $result { … }` and `set $result value;`: which parts each result can hold, through other variables too. */
export function userVariablesOf(
  directiveLists: readonly (readonly NginxDirective[])[],
  inherited: UserVariables = new Map(),
): UserVariables {
  const values = new Map<string, string[]>();
  // Only values naming variables can carry a part; a redirect map's tens of thousands of plain values are passed over.
  const add = (name: string, value: string) => {
    if (!value.includes('$')) return;
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  };
  for (const directives of directiveLists) {
    for (const directive of walk(directives)) {
      const [first, second] = directive.args;
      if (directive.name.text === 'map' && second && directive.children) {
        const result = second.text.replace(/^\$/, '');
        for (const entry of directive.children) {
          const value = entry.args.at(-1);
          if (value && !MAP_PARAMETERS.has(entry.name.text)) add(result, value.text);
        }
      } else if (directive.name.text === 'set' && first && second) {
        add(first.text.replace(/^\$/, ''), second.text);
      }
    }
  }
  const resolved = new Map<string, Set<RecordedPart>>([...inherited].map(([name, parts]) => [name, new Set(parts)]));
  // Variables may be defined from one another: iterate to a fixed point (each pass can only add parts).
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, texts] of values) {
      const parts = resolved.get(name) ?? new Set<RecordedPart>();
      const before = parts.size;
      for (const text of texts)
        for (const use of variablesIn(text, 0, text.length)) for (const part of partsOf(use.name, resolved).parts) parts.add(part);
      resolved.set(name, parts);
      if (parts.size !== before) changed = true;
    }
  }
  return resolved;
}

/** A map block's lines that are parameters, not source → value pairs. */
const MAP_PARAMETERS = new Set(['hostnames', 'volatile', 'include']);

function* walk(directives: readonly NginxDirective[]): Generator<NginxDirective> {
  for (const directive of directives) {
    yield directive;
    if (directive.children) yield* walk(directive.children);
  }
}

/** The `include` directives of a parsed configuration, in order. */
export function includesOf(directives: readonly NginxDirective[]): NginxDirective[] {
  return [...walk(directives)].filter((directive) => directive.name.text === 'include');
}

/**
 * What an `include` brought in: the top-level directives of each file it named, as read; undefined when it named none
 * that could be read (an absolute path of another machine), so what it holds is unknown.
 */
export type IncludedDirectives = (include: NginxDirective) => readonly { readonly directives: readonly NginxDirective[] }[] | undefined;

/**
 * nginx's default access log: a main configuration's `http` block with no `access_log` of its own logs every request
 * of each server that sets none either with `access_log logs/access.log combined` (ngx_http_log_module: "Default:
 * access_log logs/access.log combined;"). Reported at `http`, with what the predefined `combined` records, unless
 * every server it holds, or includes, sets its own at its level (one set in a `location` leaves the others on the
 * default). Not judged where an include could not be read, nor in snippets without an `http` block.
 */
export function implicitAccessLogLeaks(
  source: string,
  directives: readonly NginxDirective[],
  included: IncludedDirectives,
): AccessLogLeak[] {
  const file: FileContext = { source, position: createPositionIndex(source), server: 'nginx', variables: new Map() };
  return directives.flatMap((http) => {
    if (http.name.text !== 'http' || !http.children) return [];
    const level = expandIncludes(http.children, included);
    if (level === undefined || level.some((directive) => directive.name.text === 'access_log')) return [];
    const servers = level
      .filter((directive) => directive.name.text === 'server')
      .map((server) => expandIncludes(server.children ?? [], included));
    if (servers.some((server) => server === undefined)) return [];
    if (servers.length > 0 && servers.every((server) => server?.some((directive) => directive.name.text === 'access_log'))) return [];
    return NGINX_COMBINED_RECORDS.map(({ part, variable }) => ({
      ...combinedLeak(file, http.name, part, variable),
      what: `nginx http block sets no access_log, so nginx logs with its default, access_log logs/access.log combined, which records ${variable}`,
    }));
  });
}

/** Includes nest (`nginx.conf` → `conf.d/*.conf` → `snippets/…`), and may loop: a bound on the depth followed. */
const MAX_INCLUDE_DEPTH = 8;

/**
 * A block's directives with its includes replaced by what they brought in, nested includes too; undefined when one
 * could not be read.
 */
function expandIncludes(directives: readonly NginxDirective[], included: IncludedDirectives, depth = 0): NginxDirective[] | undefined {
  const expanded: NginxDirective[] = [];
  for (const directive of directives) {
    if (directive.name.text !== 'include') {
      expanded.push(directive);
      continue;
    }
    const files = depth < MAX_INCLUDE_DEPTH ? included(directive) : [];
    if (files === undefined) return undefined;
    for (const file of files) {
      const inner = expandIncludes(file.directives, included, depth + 1);
      if (inner === undefined) return undefined;
      expanded.push(...inner);
    }
  }
  return expanded;
}

/**
 * The leaks of an nginx configuration: each `log_format` recording the query or the Referer, and each `access_log`
 * that uses the predefined `combined` format (naming no format, or naming it). Blocks of the `stream` module log no
 * HTTP request and are skipped.
 */
export function analyzeNginx(source: string, options: NginxOptions = {}): AccessLogLeak[] {
  const server = options.server ?? 'nginx';
  const directives = parseNginx(source, options.start, options.end);
  const variables = userVariablesOf([directives], options.variables);
  return analyzeDirectives(source, directives, server, variables);
}

/** The leaks of directives already parsed (the dispatcher parses once to follow includes). */
export function analyzeDirectives(
  source: string,
  directives: readonly NginxDirective[],
  server: ServerKind,
  variables: UserVariables,
): AccessLogLeak[] {
  const file: FileContext = { source, position: createPositionIndex(source), server, variables };
  const leaks: AccessLogLeak[] = [];
  const visit = (list: readonly NginxDirective[]) => {
    for (const directive of list) {
      if (directive.name.text === 'stream') continue;
      if (directive.name.text === 'log_format') leaks.push(...logFormatLeaks(file, directive));
      if (directive.name.text === 'access_log') leaks.push(...accessLogLeaks(file, directive));
      if (directive.children) visit(directive.children);
    }
  };
  visit(directives);
  return leaks;
}

function logFormatLeaks(file: FileContext, directive: NginxDirective): AccessLogLeak[] {
  const [name, ...rest] = directive.args;
  if (!name) return [];
  const strings = rest.filter((arg) => !arg.text.startsWith('escape='));
  return formatLeaks(file, strings, `nginx log_format \`${shownName(name.text)}\``);
}

function accessLogLeaks(file: FileContext, directive: NginxDirective): AccessLogLeak[] {
  const [path, format] = directive.args;
  if (!path || path.text === 'off') return [];
  if (format && format.text !== 'combined') return [];
  return NGINX_COMBINED_RECORDS.map(({ part, variable }) => combinedLeak(file, directive.name, part, variable));
}

function combinedLeak(file: FileContext, at: NginxToken, part: RecordedPart, variable: string): AccessLogLeak {
  const { line, column } = file.position(at.start);
  return {
    part,
    server: file.server,
    line,
    column,
    endColumn: column + (at.end - at.start),
    what: `nginx access_log uses the predefined \`combined\` format, which records ${variable}`,
    fix:
      part === 'query'
        ? 'Define a log_format that logs $uri (or a map result without the query) and name it here.'
        : 'Name a log_format without $http_referer here.',
  };
}
