import { isMap, isPair, isScalar, visit, type Node, type YAMLMap } from 'yaml';
import { classifyParamName } from '../../secrets/param-names.js';
import { shownName, type AccessLogLeak, type RecordedPart } from '../access-log-leak.js';
import { leakAt, type LeakReport } from './leak-at.js';
import {
  entryOf,
  keySpanOf,
  mapAt,
  normalizeKey,
  resolveNode,
  scalarText,
  scalarValuesOf,
  spanOf,
  textAt,
  valueOf,
  type Span,
  type YamlDocument,
} from './yaml-nodes.js';

// Envoy's access loggers and command operators, from the Envoy docs: "Access logging"
// (https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage) and "Substitution
// Formatter" (docs/root/configuration/advanced/substitution_formatter.rst in envoyproxy/envoy).

/** Loggers that write Envoy's format strings to a file or stream, by the message type in `typed_config`'s `@type`. */
const WRITING_LOGGER_TYPES = new Set([
  'envoy.extensions.access_loggers.file.v3.FileAccessLog',
  'envoy.extensions.access_loggers.stream.v3.StdoutAccessLog',
  'envoy.extensions.access_loggers.stream.v3.StderrAccessLog',
  'envoy.config.accesslog.v2.FileAccessLog',
]);

/** The same loggers by extension name, for entries without `typed_config` (v2's `config:`). */
const WRITING_LOGGER_NAMES = new Set([
  'envoy.access_loggers.file',
  'envoy.access_loggers.stdout',
  'envoy.access_loggers.stderr',
  'envoy.file_access_log',
]);

/** Wrappers of a typed configuration given as a plain structure. */
const TYPED_STRUCTS = new Set(['udpa.type.v1.TypedStruct', 'xds.type.v3.TypedStruct']);

/** Envoy's default format (used when a logger sets none) logs the request line with this operator. */
const DEFAULT_PATH_OPERATOR = '%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%';

/** Request headers that hold the path with its query string (`x-envoy-original-path` is the path before a rewrite). */
const QUERY_HEADERS = new Set([':path', 'x-envoy-original-path']);

/** A command operator, its arguments, and its optional `:LENGTH` truncation. Operator names are upper case. */
const OPERATOR = /%([A-Z][A-Z0-9_]*)(?:\(([^)]*)\))?(?::\d+)?%/g;

/** What one recorded operator is, in the leak's words. */
interface RecordingOperator {
  readonly part: RecordedPart;
  /** What the operator holds, for the leak's `what`. */
  readonly meaning: string;
  readonly fix: string;
}

const PATH_WITH_QUERY = 'the path with its query string';
const REFERER = 'the Referer header';

type OperatorRule = (args: string, operator: string) => RecordingOperator | undefined;

/** Which operators record the query or the Referer, by name: the table a reviewer extends. */
const OPERATOR_RULES: Readonly<Record<string, OperatorRule>> = {
  REQ: recordedHeader,
  REQUEST_HEADER: recordedHeader,
  PATH: recordedPath,
  CEL: recordedCelAttribute,
  QUERY_PARAM: recordedQueryParameter,
};

/** `%REQ(X?Y)%` records header X, or Y when X is absent. */
function recordedHeader(args: string, operator: string): RecordingOperator | undefined {
  const headers = args.split('?').map((header) => header.trim().toLowerCase());
  if (headers.some((header) => QUERY_HEADERS.has(header))) {
    return { part: 'query', meaning: PATH_WITH_QUERY, fix: `Log %REQ_WITHOUT_QUERY(${args})% or %PATH(NQ)% instead.` };
  }
  if (headers.includes('referer')) return { part: 'referer', meaning: REFERER, fix: `Remove ${operator} from the format.` };
  return undefined;
}

/** `%PATH(X:Y)%` keeps the query unless X is `NQ`; X defaults to `WQ` ("with query"). */
function recordedPath(args: string): RecordingOperator | undefined {
  const [mode = '', source] = args.split(':');
  if (mode.trim().toUpperCase() === 'NQ') return undefined;
  return { part: 'query', meaning: PATH_WITH_QUERY, fix: `Log %PATH(NQ${source === undefined ? '' : `:${source.trim()}`})% instead.` };
}

/** CEL attributes: `request.path` is the path with its query, `request.url_path` the path without it. */
function recordedCelAttribute(args: string, operator: string): RecordingOperator | undefined {
  const attribute = args.trim();
  if (attribute === 'request.path') return { part: 'query', meaning: PATH_WITH_QUERY, fix: 'Log %CEL(request.url_path)% instead.' };
  if (attribute === 'request.referer' || /^request\.headers\[\s*["']referer["']\s*\]$/i.test(attribute)) {
    return { part: 'referer', meaning: REFERER, fix: `Remove ${operator} from the format.` };
  }
  return undefined;
}

/** `%QUERY_PARAM(X)%` records one query parameter: a leak when its name is a credential's (as nginx's `$arg_<name>`). */
function recordedQueryParameter(args: string, operator: string): RecordingOperator | undefined {
  const name = args.trim();
  if (classifyParamName(name) === undefined) return undefined;
  return { part: 'query', meaning: `the \`${name}\` query parameter`, fix: `Remove ${operator} from the format.` };
}

/**
 * The leaks of every file, stdout or stderr access logger in one YAML (or JSON) document that logs HTTP requests: the
 * HTTP connection manager's and the router's (`upstream_log`), not a listener's or a TCP proxy's.
 */
export function envoyAccessLogLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const leaks: AccessLogLeak[] = [];
  visit(yaml.document, {
    Map: (_key, entry, path) => {
      const logger = writingLogger(entry, yaml);
      if (logger && !logsConnectionsOnly(path)) leaks.push(...loggerLeaks(logger, yaml));
    },
  });
  return leaks;
}

/**
 * A logger of a listener (`listeners[].access_log`) or of a TCP or UDP proxy writes one line per connection, with no
 * HTTP request: its path operators print `-` (envoyproxy/envoy#32925). Found by the map that holds the `access_log`
 * list; a logger whose owner is none of these (a partial file, a patch) is taken as an HTTP one.
 */
function logsConnectionsOnly(path: readonly unknown[]): boolean {
  for (let index = path.length - 1; index > 0; index -= 1) {
    const step = path[index];
    if (!isPair(step)) continue;
    const key = normalizeKey(scalarText(step.key) ?? '');
    if (key === 'upstreamlog') return false;
    if (key !== 'accesslog') continue;
    const owner = path[index - 1];
    return isMap(owner) && isConnectionLevelOwner(owner);
  }
  return false;
}

function isConnectionLevelOwner(owner: YAMLMap): boolean {
  const type = scalarText(entryOf(owner, '@type')?.value) ?? '';
  if (/HttpConnectionManager/i.test(type)) return false;
  if (/TcpProxy|UdpProxy/i.test(type)) return true;
  const keys = new Set(owner.items.map((item) => normalizeKey(scalarText(item.key) ?? '')));
  return keys.has('filterchains') || keys.has('listenerfilters') || keys.has('defaultfilterchain');
}

/** An access logger entry that writes a format string: its label, its settings, and where it is declared. */
interface WritingLogger {
  readonly label: string;
  readonly settings: YAMLMap | undefined;
  readonly declaration: Span | undefined;
}

function writingLogger(entry: YAMLMap, yaml: YamlDocument): WritingLogger | undefined {
  const name = textAt(entry, 'name', yaml.document);
  const typedConfig = mapAt(entry, ['typedconfig'], yaml.document);
  const typeEntry = typedConfig ? entryOf(typedConfig, '@type') : undefined;
  const typeUrl = scalarText(typeEntry?.value);
  if (typeUrl !== undefined && typedConfig && typeEntry) {
    const { messageType, settings } = unwrapTypedStruct(messageTypeOf(typeUrl), typedConfig, yaml);
    if (!WRITING_LOGGER_TYPES.has(messageType)) return undefined;
    const label = shownName(name ?? messageType.slice(messageType.lastIndexOf('.') + 1));
    return { label, settings, declaration: keySpanOf(typeEntry) };
  }
  if (name === undefined || !WRITING_LOGGER_NAMES.has(name)) return undefined;
  const nameEntry = entryOf(entry, 'name');
  const settings = typedConfig ?? mapAt(entry, ['config'], yaml.document);
  return { label: shownName(name), settings, declaration: nameEntry ? keySpanOf(nameEntry) : spanOf(entry) };
}

function messageTypeOf(typeUrl: string): string {
  return typeUrl.slice(typeUrl.lastIndexOf('/') + 1);
}

/** A `TypedStruct` (Istio's EnvoyFilters use it) names the message in `type_url` and holds its fields in `value`. */
function unwrapTypedStruct(
  messageType: string,
  typedConfig: YAMLMap,
  yaml: YamlDocument,
): { messageType: string; settings: YAMLMap | undefined } {
  if (!TYPED_STRUCTS.has(messageType)) return { messageType, settings: typedConfig };
  const typeUrl = textAt(typedConfig, 'typeurl', yaml.document) ?? '';
  return { messageType: messageTypeOf(typeUrl), settings: mapAt(typedConfig, ['value'], yaml.document) };
}

function loggerLeaks(logger: WritingLogger, yaml: YamlDocument): AccessLogLeak[] {
  const { settings } = logger;
  if (settings && textAt(settings, 'path', yaml.document) === '/dev/null') return [];
  const format = settings ? formatOf(settings, yaml) : { kind: 'default' as const };
  switch (format.kind) {
    case 'text':
      return firstPerPart(operatorsIn(format.node, yaml)).map((found) => operatorLeak(found, found.span, logger, yaml));
    case 'dictionary':
      return firstPerPart(dictionaryOperators(format.node, yaml)).map((found) => operatorLeak(found, found.valueSpan, logger, yaml));
    case 'opaque':
      return [];
    case 'default':
      return defaultFormatLeak(logger, yaml);
  }
}

type Format = { readonly kind: 'text' | 'dictionary'; readonly node: Node } | { readonly kind: 'opaque' | 'default' };

/**
 * The format a logger's settings declare: a format string (`log_format.text_format_source.inline_string`,
 * `log_format.text_format`, the legacy `format`), a format dictionary (`log_format.json_format`, the legacy
 * `json_format`/`typed_json_format`), one we cannot read (a file, base64 bytes), or none (Envoy's default).
 */
function formatOf(settings: YAMLMap, yaml: YamlDocument): Format {
  const { document } = yaml;
  const logFormat = mapAt(settings, ['logformat'], document);
  const owner = logFormat ?? settings;
  const source = mapAt(owner, ['textformatsource'], document);
  const text = source
    ? valueOf(source, 'inlinestring', document)
    : (valueOf(owner, 'textformat', document) ?? valueOf(settings, 'format', document));
  if (text && isScalar(text)) return { kind: 'text', node: text };
  if (source) return { kind: 'opaque' };
  const dictionary = valueOf(owner, 'jsonformat', document) ?? valueOf(settings, 'typedjsonformat', document);
  if (dictionary && isMap(dictionary)) return { kind: 'dictionary', node: dictionary };
  return logFormat ? { kind: 'opaque' } : { kind: 'default' };
}

/** A recording operator found in the source. */
interface FoundOperator extends RecordingOperator {
  readonly operator: string;
  readonly span: Span;
}

/** The recording operators in a scalar, found in its source text so each one's position is exact. */
function operatorsIn(node: Node, yaml: YamlDocument): FoundOperator[] {
  const span = spanOf(node);
  if (!span) return [];
  const raw = yaml.text.slice(span.start, span.end);
  const found: FoundOperator[] = [];
  for (const match of raw.matchAll(OPERATOR)) {
    const [operator, name = '', args = ''] = match;
    const recording = OPERATOR_RULES[name]?.(args, operator);
    const start = span.start + match.index;
    if (recording) found.push({ ...recording, operator, span: { start, end: start + operator.length } });
  }
  return found;
}

/** The recording operators in a format dictionary's values (nested ones too), each with the value that holds it. */
function dictionaryOperators(dictionary: Node, yaml: YamlDocument): (FoundOperator & { readonly valueSpan: Span })[] {
  return scalarValuesOf(dictionary).flatMap((value) => {
    const valueSpan = spanOf(value);
    const target = resolveNode(value, yaml.document);
    if (!valueSpan || !target) return [];
    return operatorsIn(target, yaml).map((found) => ({ ...found, valueSpan }));
  });
}

/** One leak per recorded part, at its first operator: the format is fixed in one place. */
function firstPerPart<T extends { readonly part: RecordedPart }>(found: readonly T[]): T[] {
  return found.filter((item, index) => found.findIndex((other) => other.part === item.part) === index);
}

function operatorLeak(found: FoundOperator, span: Span, logger: WritingLogger, yaml: YamlDocument): AccessLogLeak {
  const what = `Envoy access log \`${logger.label}\` format records ${found.operator} (${found.meaning})`;
  return leakAt(yaml, span, envoyReport(found.part, what, found.fix));
}

/** A logger without a format uses Envoy's default one, which records the path with its query. */
function defaultFormatLeak(logger: WritingLogger, yaml: YamlDocument): AccessLogLeak[] {
  if (!logger.declaration) return [];
  const what = `Envoy access log \`${logger.label}\` sets no format, and Envoy's default format records ${DEFAULT_PATH_OPERATOR} (${PATH_WITH_QUERY})`;
  const fix =
    'Set log_format.text_format_source.inline_string to a format that logs %REQ_WITHOUT_QUERY(X-ENVOY-ORIGINAL-PATH?:PATH)% or %PATH(NQ)% instead.';
  return [leakAt(yaml, logger.declaration, envoyReport('query', what, fix))];
}

function envoyReport(part: RecordedPart, what: string, fix: string): LeakReport {
  return { part, server: 'envoy', what, fix };
}
