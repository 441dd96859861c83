import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../text-position.js';
import type { SourceText, Span } from './source-text.js';

export type { SourceText, Span } from './source-text.js';

/**
 * One parsed YAML document and what the readers need to place a leak in the file: the document may be the file's, or
 * one embedded in a block scalar of it (a ConfigMap's `envoy.yaml: |`).
 */
export interface YamlDocument {
  readonly document: Document.Parsed;
  /** The text the node ranges are offsets into: the file, or the embedded text. */
  readonly text: string;
  /** The line and column in the file of an offset into `text`. */
  readonly positionOf: (offset: number) => Position;
  /** The file itself, for readers that hand a range of it to another reader (nginx snippets). */
  readonly file: SourceText;
  /** The offset in `file` of an offset into `text`. */
  readonly fileOffset: (offset: number) => number;
}

/**
 * Compares keys the way Envoy's JSON mapping and Traefik's loader do: `typed_config` is `typedConfig`, `accessLog` is
 * `accesslog`.
 */
export function normalizeKey(key: string): string {
  return key.replace(/_/g, '').toLowerCase();
}

/** The node an alias points to, so `format: *common` reads the anchored value. */
export function resolveNode(node: unknown, document: Document.Parsed): Node | undefined {
  if (isAlias(node)) return node.resolve(document);
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

/** A scalar's value as text (numbers and booleans too), or undefined for collections and nulls. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The entry of `map` whose key, normalized, is `key` (already normalized). */
export function entryOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => {
    const text = scalarText(pair.key);
    return text !== undefined && normalizeKey(text) === key;
  });
}

/** The value under `key` in `map`, aliases resolved. */
export function valueOf(map: unknown, key: string, document: Document.Parsed): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = entryOf(map, key);
  return pair === undefined ? undefined : resolveNode(pair.value, document);
}

/** The map at `path` below `map` (each key normalized), or undefined where a step is missing or not a map. */
export function mapAt(map: unknown, path: readonly string[], document: Document.Parsed): YAMLMap | undefined {
  let node: unknown = map;
  for (const key of path) node = valueOf(node, key, document);
  return isMap(node) ? node : undefined;
}

/** The text of the scalar at `key` in `map`. */
export function textAt(map: unknown, key: string, document: Document.Parsed): string | undefined {
  return scalarText(valueOf(map, key, document));
}

/** Every map in the document, outermost first, in source order. */
export function mapsOf(document: Document.Parsed): YAMLMap[] {
  const maps: YAMLMap[] = [];
  visit(document, { Map: (_key, map) => void maps.push(map) });
  return maps;
}

/** Every scalar value (not key) below `node`, in source order: the fields of a JSON-like format dictionary. */
export function scalarValuesOf(node: Node): Node[] {
  const values: Node[] = [];
  visit(node, {
    Scalar: (key, scalar) => {
      if (key !== 'key') values.push(scalar);
    },
    Alias: (_key, alias) => void values.push(alias),
  });
  return values;
}

/** The source span of a node's value (without a trailing comment), or undefined for nodes built in memory. */
export function spanOf(node: unknown): Span | undefined {
  if (isPair(node)) return undefined;
  const range = (node as Node | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** The key's span of a map entry. */
export function keySpanOf(pair: Pair): Span | undefined {
  return spanOf(pair.key);
}
