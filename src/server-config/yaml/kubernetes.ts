import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { AccessLogLeak, ServerKind } from '../access-log-leak.js';
import { analyzeNginx, nginxFormatLeaks } from '../nginx/nginx.js';
import { contentSpanOf, embeddedYamlDocuments } from './embedded-text.js';
import { envoyAccessLogLeaks } from './envoy.js';
import { tomlAccessLogLeaks, traefikHelmValuesLeaks, traefikYamlLeaks } from './traefik.js';
import type { SourceText, Span } from './source-text.js';
import { leakAt } from './leak-at.js';
import { entryOf, keySpanOf, mapAt, mapsOf, resolveNode, scalarText, textAt, valueOf, type YamlDocument } from './yaml-nodes.js';

// ingress-nginx's ConfigMap keys and annotations
// (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/, …/annotations/) and NGINX
// Inc's controller's (https://docs.nginx.com/nginx-ingress-controller/configuration/global-configuration/configmap-resource/,
// …/ingress-resources/advanced-configuration-with-annotations/).

/** Keys whose value is an nginx log format, anywhere (a ConfigMap's data, Helm's `controller.config`). */
const FORMAT_KEYS: ReadonlyMap<string, { readonly server: ServerKind; readonly describe: string }> = new Map([
  ['log-format-upstream', { server: 'ingress-nginx', describe: 'ingress-nginx `log-format-upstream`' }],
]);

/** NGINX Inc's format key: a common word, so read only in that controller's ConfigMap (see nginxIncConfigs). */
const NGINX_INC_FORMAT = { key: 'log-format', server: 'nginx', describe: 'NGINX Ingress Controller `log-format`' } as const;

/** Keys whose value is nginx configuration, anywhere (annotations of an Ingress or of a chart's values, ConfigMap data). */
const SNIPPET_KEYS: ReadonlyMap<string, ServerKind> = new Map([
  ['nginx.ingress.kubernetes.io/configuration-snippet', 'ingress-nginx'],
  ['nginx.ingress.kubernetes.io/server-snippet', 'ingress-nginx'],
  ['http-snippet', 'ingress-nginx'],
  ['server-snippet', 'ingress-nginx'],
  ['location-snippet', 'ingress-nginx'],
  ['nginx.org/location-snippets', 'nginx'],
  ['nginx.org/server-snippets', 'nginx'],
  ['http-snippets', 'nginx'],
  ['server-snippets', 'nginx'],
  ['location-snippets', 'nginx'],
]);

/** How a ConfigMap's file is read, by its name. */
const EMBEDDED_FILES: readonly { readonly name: RegExp; readonly read: (yaml: YamlDocument, value: unknown) => AccessLogLeak[] }[] = [
  { name: /\.(?:ya?ml|json)$/i, read: embeddedYamlLeaks },
  { name: /\.toml$/i, read: embeddedTomlLeaks },
  { name: /\.conf$|nginx/i, read: embeddedNginxLeaks },
];

/**
 * The leaks of ingress-nginx's and NGINX Inc's configuration (log formats, nginx snippets, the built-in format where
 * ingress-nginx's controller sets none), and of server configuration files held in a ConfigMap or a k3s
 * HelmChartConfig.
 */
export function kubernetesAccessLogLeaks(yaml: YamlDocument): AccessLogLeak[] {
  return [...ingressControllerLeaks(yaml), ...ingressDefaultFormatLeaks(yaml), ...embeddedFileLeaks(yaml)];
}

/**
 * What ingress-nginx's built-in format records (`log_format upstreaminfo '… "$request" … "$http_referer" …'`), the
 * format of every install whose controller sets no `log-format-upstream`. Source:
 * https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/
 */
const INGRESS_NGINX_DEFAULT_RECORDS = [
  {
    part: 'query',
    variable: '$request',
    fix: 'Set log-format-upstream to the same fields with $uri (the path without its query) in place of $request.',
  },
  { part: 'referer', variable: '$http_referer', fix: 'Set log-format-upstream to a format without $http_referer.' },
] as const;

/** Where ingress-nginx's controller is configured: the map of its settings, and the key a finding is reported at. */
interface ControllerSettings {
  readonly settings: YAMLMap | undefined;
  readonly at: Pair;
}

/**
 * The controller ConfigMap (`ingress-nginx-controller`, the manifests' `deploy.yaml`) or the chart's own values
 * (`controller.config`, told by the chart's `ingressClassResource` or `admissionWebhooks`), when it sets no
 * `log-format-upstream` and does not turn the access log off. A values file overriding a few settings says nothing of
 * the format: not judged.
 */
function ingressDefaultFormatLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const root = yaml.document.contents;
  if (!isMap(root)) return [];
  const controller = controllerConfigMap(root, yaml) ?? chartControllerConfig(root, yaml);
  if (!controller) return [];
  const { settings, at } = controller;
  if (settings && (entryOf(settings, 'log-format-upstream') !== undefined || accessLogDisabled(settings, yaml))) return [];
  const span = keySpanOf(at);
  if (!span) return [];
  return INGRESS_NGINX_DEFAULT_RECORDS.map(({ part, variable, fix }) =>
    leakAt(yaml.file, span, {
      part,
      server: 'ingress-nginx',
      what: `ingress-nginx sets no log-format-upstream, so its controller logs with the built-in format, which records ${variable}`,
      fix,
    }),
  );
}

function controllerConfigMap(root: YAMLMap, yaml: YamlDocument): ControllerSettings | undefined {
  if (textAt(root, 'kind', yaml.document) !== 'ConfigMap') return undefined;
  const metadata = mapAt(root, ['metadata'], yaml.document);
  const name = textAt(metadata, 'name', yaml.document) ?? '';
  const labels = mapAt(metadata, ['labels'], yaml.document);
  const labeled =
    textAt(labels, 'app.kubernetes.io/name', yaml.document) === 'ingress-nginx' &&
    textAt(labels, 'app.kubernetes.io/component', yaml.document) === 'controller';
  if (!labeled && !/^(?:ingress-nginx-controller|nginx-configuration)$/.test(name)) return undefined;
  const data = entryOf(root, 'data');
  const at = data ?? entryOf(root, 'metadata');
  if (!at) return undefined;
  const settings = data ? resolveNode(data.value, yaml.document) : undefined;
  return { settings: isMap(settings) ? settings : undefined, at };
}

function chartControllerConfig(root: YAMLMap, yaml: YamlDocument): ControllerSettings | undefined {
  const scope = isMap(valueOf(root, 'ingress-nginx', yaml.document)) ? mapAt(root, ['ingress-nginx'], yaml.document) : root;
  const controllerEntry = scope ? entryOf(scope, 'controller') : undefined;
  const controller = controllerEntry ? resolveNode(controllerEntry.value, yaml.document) : undefined;
  if (!controllerEntry || !isMap(controller)) return undefined;
  if (entryOf(controller, 'ingressclassresource') === undefined && entryOf(controller, 'admissionwebhooks') === undefined) return undefined;
  const config = entryOf(controller, 'config');
  const settings = config ? resolveNode(config.value, yaml.document) : undefined;
  return { settings: isMap(settings) ? settings : undefined, at: config ?? controllerEntry };
}

function ingressControllerLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const keyed = mapsOf(yaml.document).flatMap((map) => map.items.flatMap((pair) => keyedEntryLeaks(map, pair, yaml)));
  const nginxInc = nginxIncConfigs(yaml).flatMap((config) => nginxIncFormatLeaks(config, yaml));
  return [...keyed, ...nginxInc];
}

function keyedEntryLeaks(map: YAMLMap, pair: Pair, yaml: YamlDocument): AccessLogLeak[] {
  const key = scalarText(pair.key);
  const format = key === undefined ? undefined : FORMAT_KEYS.get(key);
  if (format) return accessLogDisabled(map, yaml) ? [] : formatLeaks(pair, format, yaml);
  const server = key === undefined ? undefined : SNIPPET_KEYS.get(key);
  return server ? snippetLeaks(pair, server, yaml) : [];
}

/** ingress-nginx's `disable-access-log: "true"` beside the format: nothing is logged. */
function accessLogDisabled(config: YAMLMap, yaml: YamlDocument): boolean {
  return textAt(config, 'disable-access-log', yaml.document)?.toLowerCase() === 'true';
}

function formatLeaks(pair: Pair, format: { readonly server: ServerKind; readonly describe: string }, yaml: YamlDocument): AccessLogLeak[] {
  const value = resolveNode(pair.value, yaml.document);
  const span = isScalar(value) ? contentSpanOf(value, yaml) : undefined;
  return span ? onLines(yaml.file, span, (text, start, end) => nginxFormatLeaks(text, start, end, format.describe, format.server)) : [];
}

function snippetLeaks(pair: Pair, server: ServerKind, yaml: YamlDocument): AccessLogLeak[] {
  const value = resolveNode(pair.value, yaml.document);
  const span = isScalar(value) && typeof value.value === 'string' ? contentSpanOf(value, yaml) : undefined;
  return span ? onLines(yaml.file, span, (text, start, end) => analyzeNginx(text, { start, end, server })) : [];
}

/** NGINX Inc's ConfigMap (`kind: ConfigMap` named like nginx-config) and its chart's `controller.config.entries`. */
function nginxIncConfigs(yaml: YamlDocument): YAMLMap[] {
  const root = yaml.document.contents;
  if (!isMap(root)) return [];
  const entries = mapAt(root, ['controller', 'config', 'entries'], yaml.document);
  const isNginxConfigMap =
    textAt(root, 'kind', yaml.document) === 'ConfigMap' &&
    /nginx/i.test(textAt(mapAt(root, ['metadata'], yaml.document), 'name', yaml.document) ?? '');
  const data = isNginxConfigMap ? mapAt(root, ['data'], yaml.document) : undefined;
  return [entries, data].filter((map): map is YAMLMap => map !== undefined);
}

function nginxIncFormatLeaks(config: YAMLMap, yaml: YamlDocument): AccessLogLeak[] {
  const pair = config.items.find((item) => scalarText(item.key) === NGINX_INC_FORMAT.key);
  return pair ? formatLeaks(pair, NGINX_INC_FORMAT, yaml) : [];
}

/** Server configuration files in a ConfigMap's data, and the Helm values of a k3s/RKE2 HelmChartConfig. */
function embeddedFileLeaks(yaml: YamlDocument): AccessLogLeak[] {
  const root = yaml.document.contents;
  if (!isMap(root) || yaml.text !== yaml.file.text) return [];
  const kind = textAt(root, 'kind', yaml.document);
  if (kind === 'HelmChartConfig') return helmChartConfigLeaks(root, yaml);
  const data = kind === 'ConfigMap' ? mapAt(root, ['data'], yaml.document) : undefined;
  return (data?.items ?? []).flatMap((pair) => {
    const name = scalarText(pair.key) ?? '';
    const reader = EMBEDDED_FILES.find((file) => file.name.test(name));
    return reader ? reader.read(yaml, resolveNode(pair.value, yaml.document)) : [];
  });
}

/** k3s and RKE2 configure their bundled Traefik or ingress-nginx with Helm values in `spec.valuesContent`. */
function helmChartConfigLeaks(root: YAMLMap, yaml: YamlDocument): AccessLogLeak[] {
  const values = valueOf(mapAt(root, ['spec'], yaml.document), 'valuescontent', yaml.document);
  const chart = textAt(mapAt(root, ['metadata'], yaml.document), 'name', yaml.document) ?? '';
  const readTraefik = /traefik/i.test(chart) ? traefikHelmValuesLeaks : traefikYamlLeaks;
  return embeddedYamlDocuments(yaml, values).flatMap((embedded) => [...readTraefik(embedded), ...ingressControllerLeaks(embedded)]);
}

function embeddedYamlLeaks(yaml: YamlDocument, value: unknown): AccessLogLeak[] {
  return embeddedYamlDocuments(yaml, value).flatMap((embedded) => [
    ...envoyAccessLogLeaks(embedded),
    ...traefikYamlLeaks(embedded),
    ...ingressControllerLeaks(embedded),
  ]);
}

function embeddedTomlLeaks(yaml: YamlDocument, value: unknown): AccessLogLeak[] {
  const span = isScalar(value) && typeof value.value === 'string' ? contentSpanOf(value, yaml) : undefined;
  return span ? tomlAccessLogLeaks(yaml.file, span.start, span.end) : [];
}

/** An nginx.conf (or a conf.d file): read when it holds nginx blocks, so other programs' .conf files are left alone. */
function embeddedNginxLeaks(yaml: YamlDocument, value: unknown): AccessLogLeak[] {
  if (!isScalar(value) || typeof value.value !== 'string' || !/\b(?:http|server|location)\b[^;{}]*\{|\blog_format\b/.test(value.value))
    return [];
  const span = contentSpanOf(value, yaml);
  return span ? onLines(yaml.file, span, (text, start, end) => analyzeNginx(text, { start, end, server: 'nginx' })) : [];
}

/**
 * Runs an nginx reader on the lines of `span` only. The nginx readers index positions over the text they are given; a
 * slice that starts at a line start keeps every column, so only lines shift, and a manifest holding many formats is
 * read in linear time.
 */
function onLines(file: SourceText, span: Span, read: (text: string, start: number, end: number) => AccessLogLeak[]): AccessLogLeak[] {
  const lineStart = file.text.lastIndexOf('\n', span.start - 1) + 1;
  const linesBefore = file.positionOf(lineStart).line - 1;
  const leaks = read(file.text.slice(lineStart, span.end), span.start - lineStart, span.end - lineStart);
  return leaks.map((leak) => ({ ...leak, line: leak.line + linesBefore }));
}
