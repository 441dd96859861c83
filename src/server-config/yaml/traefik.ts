import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { AccessLogLeak } from '../access-log-leak.js';
import { createPositionIndex } from '../text-position.js';
import type { SourceText } from './source-text.js';
import { traefikAccessLogLeaks, type TraefikSetting } from './traefik-access-log.js';
import { accessLogOfFlags, looksLikeTraefikCommand } from './traefik-flags.js';
import {
  entryOf,
  keySpanOf,
  mapAt,
  mapsOf,
  resolveNode,
  scalarText,
  spanOf,
  textAt,
  valueOf,
  type Span,
  type YamlDocument,
} from './yaml-nodes.js';

/** Top-level keys of Traefik's static configuration besides `accessLog`: a file with one of them is Traefik's. */
const STATIC_ROOT_KEYS = new Set([
  'entrypoints',
  'providers',
  'api',
  'log',
  'certificatesresolvers',
  'ping',
  'metrics',
  'tracing',
  'serverstransport',
  'tcpserverstransport',
  'global',
  'experimental',
  'pilot',
  'hub',
  'spiffe',
  'ocsp',
  'core',
]);

/** The options of `accessLog`: a lone `accessLog` block made of these is Traefik's too. */
const ACCESS_LOG_OPTIONS = new Set(['filepath', 'format', 'filters', 'fields', 'bufferingsize', 'addinternals']);

/** Keys holding a container's command line: compose `command`, Kubernetes `command`/`args`, the chart's `additionalArguments`. */
const COMMAND_LINE_KEYS = ['command', 'args', 'additionalarguments'];

/** The Traefik access logs a YAML document turns on: static configuration, Helm chart values, command lines. */
export function traefikYamlLeaks(yaml: YamlDocument): AccessLogLeak[] {
  return [...staticConfigurationLeaks(yaml), ...helmValuesLeaks(yaml), ...commandLineLeaks(yaml)];
}

/** `accessLog:` at the top of traefik.yml: `{}`, empty, or a block of options turns it on; `false` does not. */
function staticConfigurationLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const root = yaml.document.contents;
  if (!isMap(root)) return [];
  const entry = root.items.find((pair) => scalarText(pair.key)?.toLowerCase() === 'accesslog');
  const enabling = entry && keySpanOf(entry);
  if (!entry || !enabling) return [];
  const value = resolveNode(entry.value, yaml.document);
  if (!isTraefikStatic(root, value)) return [];
  if (scalarText(value)?.toLowerCase() === 'false') return [];
  const settings = isMap(value) ? settingsOf(value, '', yaml) : [];
  return traefikAccessLogLeaks(yaml, { dialect: 'static', enabling, settings });
}

/** Traefik's when beside its other top-level keys, or when empty or made of its options only. */
function isTraefikStatic(root: YAMLMap, accessLog: Node | undefined): boolean {
  if (root.items.some((pair) => STATIC_ROOT_KEYS.has(scalarText(pair.key)?.toLowerCase() ?? ''))) return true;
  if (accessLog === undefined || (isScalar(accessLog) && accessLog.value === null)) return true;
  if (!isMap(accessLog)) return false;
  return accessLog.items.every((pair) => ACCESS_LOG_OPTIONS.has(scalarText(pair.key)?.toLowerCase() ?? ''));
}

/** The leaf options below `map`, each at its key, paths lower-cased and dotted. */
function settingsOf(map: YAMLMap, prefix: string, yaml: YamlDocument): TraefikSetting[] {
  return map.items.flatMap((pair) => {
    const key = scalarText(pair.key);
    const span = keySpanOf(pair);
    if (key === undefined || !span) return [];
    const path = `${prefix}${key.toLowerCase()}`;
    const value = resolveNode(pair.value, yaml.document);
    if (isMap(value)) return settingsOf(value, `${path}.`, yaml);
    const text = scalarText(value);
    return text === undefined ? [] : [{ path, value: text, span }];
  });
}

/**
 * The Traefik Helm chart's `logs.access` (at the top of values.yaml, or one level down in an umbrella chart's
 * `traefik:`), when `enabled: true`. The chart names the field options `fields.general`; the static configuration,
 * `fields`.
 */
function helmValuesLeaks(yaml: YamlDocument): AccessLogLeak[] {
  return /traefik/i.test(yaml.text) ? traefikHelmValuesLeaks(yaml) : [];
}

/** {@link helmValuesLeaks} for values known to be Traefik's (a HelmChartConfig named traefik). */
export function traefikHelmValuesLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const root = yaml.document.contents;
  if (!isMap(root)) return [];
  const candidates = [root, ...root.items.map((pair) => resolveNode(pair.value, yaml.document)).filter(isMap)];
  return candidates.flatMap((values) => helmAccessLogLeaks(values, yaml));
}

function helmAccessLogLeaks(values: YAMLMap, yaml: YamlDocument): AccessLogLeak[] {
  const access = mapAt(values, ['logs', 'access'], yaml.document);
  const enabledEntry = access && entryOf(access, 'enabled');
  const enabling = enabledEntry && keySpanOf(enabledEntry);
  if (!access || !enabling || textAt(access, 'enabled', yaml.document)?.toLowerCase() !== 'true') return [];
  const settings = settingsOf(access, '', yaml)
    .filter((setting) => setting.path === 'format' || setting.path.startsWith('fields.'))
    .map((setting) => ({ ...setting, path: setting.path.replace(/^fields\.general\./, 'fields.') }));
  return traefikAccessLogLeaks(yaml, { dialect: 'helm', enabling, settings });
}

/**
 * `--accesslog` flags in a container's command line: a compose service's `command`, a Kubernetes container's
 * `command`/`args`, the chart's `additionalArguments`. The container must be Traefik's: its image, or its other flags.
 */
function commandLineLeaks(yaml: YamlDocument): AccessLogLeak[] {
  return mapsOf(yaml.document).flatMap((container) => {
    const argumentNodes = COMMAND_LINE_KEYS.flatMap((key) => argumentsOf(valueOf(container, key, yaml.document), yaml));
    if (argumentNodes.length === 0) return [];
    const texts = argumentNodes.map((node) => scalarText(node) ?? '');
    if (!texts.some((text) => /--accesslog/i.test(text)) || !isTraefikContainer(container, texts, yaml)) return [];
    const spans = argumentNodes.map(spanOf).filter((span): span is Span => span !== undefined);
    const log = accessLogOfFlags(yaml.text, spans);
    return log ? traefikAccessLogLeaks(yaml, log) : [];
  });
}

/** A command line's scalars: the items of a list, or one string holding the whole line. */
function argumentsOf(node: Node | undefined, yaml: YamlDocument): Node[] {
  if (isScalar(node)) return [node];
  if (!isSeq(node)) return [];
  return node.items.map((item) => resolveNode(item, yaml.document)).filter((item): item is Node => isScalar(item));
}

function isTraefikContainer(container: YAMLMap, texts: readonly string[], yaml: YamlDocument): boolean {
  if (/traefik/i.test(textAt(container, 'image', yaml.document) ?? '')) return true;
  return entryOf(container, 'additionalarguments') !== undefined || looksLikeTraefikCommand(texts);
}

/** A TOML key line: a bare, quoted or dotted key, `=`, and the rest. */
const TOML_KEY_LINE = /^((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=\s*(.*)$/;
const TOML_TABLE_LINE = /^(\[\[?)\s*([^\][]+?)\s*\]\]?\s*(?:#.*)?$/;

/**
 * The Traefik access log a traefik.toml turns on: the `[accessLog]` table (or any `[accessLog.…]` table, which
 * implies it), its options and those of `[accessLog.fields.names]` and `[accessLog.fields.headers.names]`.
 * Line-based: Traefik's files keep one option a line; inline tables are not read.
 */
export function traefikTomlLeaks(source: string): AccessLogLeak[] {
  if (!/accesslog/i.test(source)) return [];
  const text: SourceText = { text: source, positionOf: createPositionIndex(source) };
  return tomlAccessLogLeaks(text, 0, source.length);
}

/** {@link traefikTomlLeaks} over the lines in text[start, end): a traefik.toml held in a Kubernetes ConfigMap. */
export function tomlAccessLogLeaks(source: SourceText, start: number, end: number): AccessLogLeak[] {
  let table: string[] = [];
  let enabling: Span | undefined;
  let openString: string | undefined;
  const settings: TraefikSetting[] = [];
  for (const line of linesOf(source.text, start, end)) {
    if (openString !== undefined) {
      if (line.text.includes(openString)) openString = undefined;
      continue;
    }
    const trimmed = line.text.trim();
    const indent = line.text.length - line.text.trimStart().length;
    const tableMatch = TOML_TABLE_LINE.exec(trimmed);
    if (tableMatch) {
      table = tableMatch[1] === '[' ? keySegments(tableMatch[2] ?? '') : [];
      if (table[0] === 'accesslog')
        enabling ??= { start: line.start + indent, end: line.start + indent + trimmed.replace(/\s*#.*$/, '').length };
      continue;
    }
    const keyMatch = TOML_KEY_LINE.exec(trimmed);
    if (!keyMatch) continue;
    const [, key = '', rest = ''] = keyMatch;
    openString = unclosedMultilineString(rest);
    const path = [...table, ...keySegments(key)];
    if (path[0] !== 'accesslog' || path.length < 2) continue;
    const span = { start: line.start + indent, end: line.start + indent + key.length };
    enabling ??= span;
    settings.push({ path: path.slice(1).join('.'), value: tomlValue(rest), span });
  }
  return enabling ? traefikAccessLogLeaks(source, { dialect: 'toml', enabling, settings }) : [];
}

function* linesOf(text: string, start: number, end: number): Generator<{ text: string; start: number }> {
  for (let lineStart = start; lineStart < end;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    yield { text: text.slice(lineStart, lineEnd).replace(/\r$/, ''), start: lineStart };
    lineStart = lineEnd + 1;
  }
}

/** `fields.headers."User-Agent"` → `['fields', 'headers', 'user-agent']`. */
function keySegments(key: string): string[] {
  return [...key.matchAll(/"([^"]*)"|'([^']*)'|([^."'\s]+)/g)].map((match) => (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase());
}

/** A value's text: a string's content, or a bare word (`true`, `100`), without a trailing comment. */
function tomlValue(rest: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(rest);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  return rest.replace(/\s*#.*$/, '').trim();
}

/** The delimiter of a multi-line string opened and not closed on this line, whose next lines are not options. */
function unclosedMultilineString(rest: string): string | undefined {
  for (const delimiter of ['"""', "'''"]) {
    if (rest.startsWith(delimiter) && !rest.slice(3).includes(delimiter)) return delimiter;
  }
  return undefined;
}
