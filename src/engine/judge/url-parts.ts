import type ts from 'typescript';
import type { Value } from '../evaluate/value.js';

/** A piece of a URL: known text, or a value the engine only partly knows. */
export type UrlPart =
  { readonly kind: 'text'; readonly text: string; readonly node: ts.Node } | { readonly kind: 'dynamic'; readonly value: Value };

/** Strings built along different branches are judged one by one, up to this many. */
const MAX_ALTERNATIVES = 8;

/** Every way the value can be spelled out, as a sequence of parts (union → alternatives, text → concatenation). */
export function spellOut(value: Value): UrlPart[][] {
  switch (value.kind) {
    case 'literal':
      return [[{ kind: 'text', text: value.text, node: value.node }]];
    case 'text':
      return spellOutText(value.parts);
    case 'union':
      return value.options.flatMap(spellOut).slice(0, MAX_ALTERNATIVES);
    case 'function':
      return spellOut(value.returns);
    case 'object':
      return value.query ? spellOutQuery(value) : [[{ kind: 'dynamic', value }]];
    default:
      return [[{ kind: 'dynamic', value }]];
  }
}

/** Concatenation: one pass while every part has a single spelling, the product of alternatives otherwise. */
function spellOutText(parts: readonly Value[]): UrlPart[][] {
  const spelled = parts.map(spellOut);
  if (spelled.every((alternatives) => alternatives.length === 1)) return [spelled.flatMap((alternatives) => alternatives[0] ?? [])];
  return spelled.reduce<UrlPart[][]>((prefixes, alternatives) => product(prefixes, alternatives), [[]]);
}

function product(prefixes: UrlPart[][], suffixes: UrlPart[][]): UrlPart[][] {
  const combined: UrlPart[][] = [];
  for (const prefix of prefixes) {
    for (const suffix of suffixes) {
      if (combined.length >= MAX_ALTERNATIVES) return combined;
      combined.push([...prefix, ...suffix]);
    }
  }
  return combined;
}

/** `URLSearchParams` / query records render as `name=value&name=value`; records spread into them likewise. */
function spellOutQuery(value: Extract<Value, { kind: 'object' }>): UrlPart[][] {
  let alternatives: UrlPart[][] = [[]];
  let first = true;
  const separator = (node: ts.Node, name: string): UrlPart => ({ kind: 'text', text: `${first ? '' : '&'}${name}=`, node });
  for (const [name, prop] of value.props) {
    alternatives = product(product(alternatives, [[separator(prop.node, name)]]), spellOut(prop.value));
    first = false;
  }
  for (const spread of value.spreads) {
    const spelled: UrlPart[][] =
      spread.kind === 'object' ? spellOutQuery({ ...spread, query: true }) : [[{ kind: 'dynamic', value: spread }]];
    const joined = first ? spelled : spelled.map((parts) => withSeparator(parts, spread));
    alternatives = product(alternatives, joined);
    first = false;
  }
  return alternatives;
}

function withSeparator(parts: UrlPart[], spread: Value): UrlPart[] {
  const [first] = parts;
  const node = first?.kind === 'text' ? first.node : 'node' in spread ? spread.node : undefined;
  return node ? [{ kind: 'text', text: '&', node }, ...parts] : parts;
}

/** A query (or fragment) parameter found in a spelled-out URL. */
export interface UrlParam {
  /** Literal name text; empty when the name itself is dynamic. */
  readonly name: string;
  readonly nameNode: ts.Node | undefined;
  readonly dynamicName: readonly Value[];
  readonly value: readonly UrlPart[];
}

export interface ParsedUrl {
  /** Dynamic parts before the query: a secret there is in the path. */
  readonly pathValues: readonly Value[];
  /** For each of `pathValues`, the path's literal text before it (dynamic parts left out). */
  readonly textBeforePathValues: readonly string[];
  readonly pathText: readonly UrlPart[];
  readonly params: readonly UrlParam[];
}

/**
 * Splits spelled-out parts into path and parameters. `?`, `&` and `#` start a parameter (fragment parameters such
 * as `#access_token=` included); `=` separates name and value. Starting in the query (`inQuery`) is for option
 * values that are query strings on their own (`query: 'token=' + t`).
 */
export function parseUrl(parts: readonly UrlPart[], inQuery = false): ParsedUrl {
  const pathValues: Value[] = [];
  const textBeforePathValues: string[] = [];
  const pathText: UrlPart[] = [];
  const params: UrlParam[] = [];
  let state: 'path' | 'name' | 'value' = inQuery ? 'name' : 'path';
  let current = { name: '', nameNode: undefined as ts.Node | undefined, dynamicName: [] as Value[], value: [] as UrlPart[] };
  const finish = () => {
    if (state !== 'path' && (current.name !== '' || current.dynamicName.length > 0 || current.value.length > 0)) params.push(current);
    current = { name: '', nameNode: undefined, dynamicName: [], value: [] };
  };
  for (const part of parts) {
    if (part.kind === 'dynamic') {
      if (state === 'path') {
        pathValues.push(part.value);
        textBeforePathValues.push(pathText.map((text) => (text.kind === 'text' ? text.text : '')).join(''));
      } else if (state === 'name') current.dynamicName.push(part.value);
      else current.value.push(part);
      continue;
    }
    let valueStart = 0;
    for (let index = 0; index < part.text.length; index++) {
      const char = part.text[index];
      if (state === 'path') {
        if (char === '?' || char === '#') {
          pathText.push({ ...part, text: part.text.slice(0, index) });
          state = 'name';
        }
        continue;
      }
      if (char === '&' || char === '?' || char === '#') {
        if (state === 'value') pushText(current.value, part, valueStart, index);
        finish();
        state = 'name';
      } else if (state === 'name' && char === '=') {
        state = 'value';
        valueStart = index + 1;
      } else if (state === 'name') {
        current.name += char;
        current.nameNode ??= part.node;
      }
    }
    if (state === 'path') pathText.push(part);
    if (state === 'value') pushText(current.value, part, valueStart, part.text.length);
  }
  finish();
  return { pathValues, textBeforePathValues, pathText, params };
}

function pushText(target: UrlPart[], part: Extract<UrlPart, { kind: 'text' }>, start: number, end: number): void {
  if (end > start) target.push({ kind: 'text', text: part.text.slice(start, end), node: part.node });
}
