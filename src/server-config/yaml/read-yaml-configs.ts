import { parseAllDocuments, type Document } from 'yaml';
import type { AccessLogLeak } from '../access-log-leak.js';
import { createPositionIndex } from '../text-position.js';
import { envoyAccessLogLeaks } from './envoy.js';
import { kubernetesAccessLogLeaks } from './kubernetes.js';
import { byPosition } from './leak-at.js';
import { traefikYamlLeaks } from './traefik.js';
import type { YamlDocument } from './yaml-nodes.js';

/** The leaks of a YAML file, and why parts of it were not read (documents with syntax errors). */
export interface YamlReadResult {
  readonly leaks: AccessLogLeak[];
  readonly problems: string[];
}

/** A reader of one kind of configuration, and whether a file can hold it at all (its lower-cased text, unparsed). */
interface YamlReader {
  readonly mayHold: (lowerText: string) => boolean;
  readonly read: (yaml: YamlDocument) => AccessLogLeak[];
}

const READERS: readonly YamlReader[] = [
  // Every writing logger is named or typed with one of these (envoy.access_loggers.*, envoy.file_access_log, v2's
  // envoy.config.accesslog.v2.FileAccessLog).
  {
    mayHold: (text) => text.includes('access_loggers') || text.includes('file_access_log') || text.includes('fileaccesslog'),
    read: envoyAccessLogLeaks,
  },
  {
    mayHold: (text) => text.includes('accesslog') || (text.includes('access') && text.includes('traefik')),
    read: traefikYamlLeaks,
  },
  {
    // ingress-nginx keys and its controller's settings, and the server files a ConfigMap or a HelmChartConfig may hold.
    mayHold: (text) =>
      text.includes('log-format') ||
      text.includes('ingress-nginx') ||
      text.includes('nginx-configuration') ||
      text.includes('snippet') ||
      ((text.includes('configmap') || text.includes('helmchartconfig')) && text.includes('log')),
    read: kubernetesAccessLogLeaks,
  },
];

/** The access-log leaks of a YAML file: Envoy, Traefik, ingress-nginx. Never throws; documents that do not parse are skipped. */
export function yamlAccessLogLeaks(source: string): AccessLogLeak[] {
  return readYamlAccessLogs(source).leaks;
}

/** {@link yamlAccessLogLeaks}, with a problem for each document skipped. */
export function readYamlAccessLogs(written: string): YamlReadResult {
  const source = withoutTemplateActions(written);
  const lowerText = source.toLowerCase();
  const readers = READERS.filter((reader) => reader.mayHold(lowerText));
  if (readers.length === 0) return { leaks: [], problems: [] };
  const positionOf = createPositionIndex(source);
  const file = { text: source, positionOf };
  const leaks: AccessLogLeak[] = [];
  const problems: string[] = [];
  parsedDocuments(source).forEach((document, index) => {
    const problem = problemOf(document, index, positionOf);
    if (problem !== undefined) return void problems.push(problem);
    const yaml: YamlDocument = { document, text: source, positionOf, file, fileOffset: (offset) => offset };
    try {
      for (const reader of readers) leaks.push(...reader.read(yaml));
    } catch (error) {
      // A reader's bug must not stop the scan of other files: the document is reported as not read.
      problems.push(`YAML document ${index + 1} was not read: ${error instanceof Error ? error.name : 'error'}.`);
    }
  });
  return { leaks: distinct(leaks).sort(byPosition), problems };
}

/**
 * A Helm chart's templates (`templates/configmap.yaml`) are Go templates over YAML: `{{ … }}` actions make the text
 * fail to parse, and the chart's own nginx.conf went unread. Each action is blanked to the same length, line breaks
 * kept, so positions stay exact: an action that ends its line (`{{- if .Values.x }}`, `labels: {{- include … }}`,
 * a template comment over several lines) becomes blanks, one followed by more text (`server_name {{ .Values.host }};`)
 * a run of `x`, a scalar where one was.
 */
const TEMPLATE_ACTION = /\{\{[\s\S]*?\}\}/g;

function withoutTemplateActions(source: string): string {
  if (!source.includes('{{')) return source;
  return source.replace(TEMPLATE_ACTION, (action, offset: number) => {
    const after = source.slice(offset + action.length, source.indexOf('\n', offset + action.length) >>> 0);
    const filler = after.trim() === '' ? ' ' : 'x';
    return action.replace(/[^\n]/g, filler);
  });
}

function parsedDocuments(source: string): Document.Parsed[] {
  // Lenient: duplicate keys and the like are common in hand-written files and do not hide what is configured.
  const documents = parseAllDocuments(source, { prettyErrors: false, uniqueKeys: false, strict: false });
  return Array.isArray(documents) ? documents : [];
}

/** Why a document is skipped, without quoting it (a file may hold secrets elsewhere). */
function problemOf(document: Document.Parsed, index: number, positionOf: YamlDocument['positionOf']): string | undefined {
  const [error] = document.errors;
  if (!error) return undefined;
  const { line, column } = positionOf(error.pos[0]);
  return `YAML document ${index + 1} was not read: ${error.code} at line ${line}, column ${column}.`;
}

/** Two readers may reach the same place (an Envoy logger inside a Helm values file): one leak per place and part. */
function distinct(leaks: readonly AccessLogLeak[]): AccessLogLeak[] {
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    const key = `${leak.line}:${leak.column}:${leak.part}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
