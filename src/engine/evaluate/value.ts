import type ts from 'typescript';
import type { IssuedToken } from './issued-token.js';
import type { SecretKind } from '../../secrets/param-names.js';

/** One hop of a secret on its way to a sink (an assignment, a call argument, a return). */
export interface Step {
  readonly node: ts.Node;
  readonly message: string;
}

/**
 * Request data the server rules follow (tables/request-sources.ts): a request object, its raw URL or query string,
 * its parsed query, its headers, or the browser page's own URL.
 */
export type TaintLabel = 'request' | 'request-url' | 'query' | 'headers' | 'page-url';

/** Why a value is a secret (or, with a label, request data): where it came from, and the hops it took since. */
export interface Taint {
  readonly origin: Step;
  /** From the origin outwards, in the order the secret travelled. */
  readonly steps: readonly Step[];
  /** Set when only a name says secret (`sessionId`): weaker evidence, which some positions do not accept. */
  readonly byName?: SecretKind;
  /** Absent for credentials; request data otherwise, which is never a secret for the URL rules. */
  readonly label?: TaintLabel;
  /** A JWT whose issuing call is written out: its lifetime and `jti`, which the risk model grades (a ticket). */
  readonly issued?: IssuedToken;
}

export interface Prop {
  readonly value: Value;
  /** The property in the source (`query: {...}`), for locations and suggestions. */
  readonly node: ts.Node;
}

/**
 * What the engine knows about an expression's value: enough string structure to find `?token=` in a URL built
 * from pieces, enough object structure to read options, and which parts are secrets. Values are context-free:
 * a function's own parameters stay `param` placeholders until a call site substitutes its arguments.
 */
export type Value =
  | { readonly kind: 'literal'; readonly text: string; readonly node: ts.Node; readonly numeric?: boolean }
  | { readonly kind: 'text'; readonly parts: readonly Value[] }
  | {
      readonly kind: 'object';
      readonly props: ReadonlyMap<string, Prop>;
      /** Spread sources whose shape is unknown. */
      readonly spreads: readonly Value[];
      /** `URLSearchParams` and query records: in text they render as `name=value&…`. */
      readonly query?: boolean;
    }
  /** `node`: the function's own text (its declaration or expression), when known. */
  | { readonly kind: 'function'; readonly returns: Value; readonly node?: ts.SignatureDeclaration }
  | { readonly kind: 'union'; readonly options: readonly Value[] }
  | { readonly kind: 'opaque'; readonly node: ts.Node; readonly taint?: Taint; readonly numeric?: boolean }
  | {
      readonly kind: 'param';
      readonly owner: ts.Node;
      readonly index: number;
      /** Property path inside a destructured parameter (`function f({ token })` → `['token']`). */
      readonly path: readonly string[];
      readonly node: ts.Node;
      /** Set when the parameter's own name says secret (`function connect(token)`). */
      readonly taint?: Taint;
    };

export function opaque(node: ts.Node, taint?: Taint): Value {
  return taint ? { kind: 'opaque', node, taint } : { kind: 'opaque', node };
}

export function union(options: readonly Value[]): Value {
  const flat = options.flatMap((option) => (option.kind === 'union' ? option.options : [option]));
  if (flat.length === 1 && flat[0]) return flat[0];
  return { kind: 'union', options: flat };
}

export function text(parts: readonly Value[]): Value {
  return { kind: 'text', parts };
}

/** The values directly inside a value (parts, options, return value, properties and spreads). */
export function childrenOf(value: Value): readonly Value[] {
  switch (value.kind) {
    case 'text':
      return value.parts;
    case 'union':
      return value.options;
    case 'function':
      return [value.returns];
    case 'object':
      return [...[...value.props.values()].map((prop) => prop.value), ...value.spreads];
    default:
      return [];
  }
}

/** The same structure with every child replaced by `map(child)`. */
export function mapChildren(value: Value, map: (child: Value) => Value): Value {
  switch (value.kind) {
    case 'text':
      return { ...value, parts: value.parts.map(map) };
    case 'union':
      return union(value.options.map(map));
    case 'function':
      return { ...value, returns: map(value.returns) };
    case 'object':
      return {
        ...value,
        props: new Map([...value.props].map(([name, prop]) => [name, { ...prop, value: map(prop.value) }])),
        spreads: value.spreads.map(map),
      };
    default:
      return value;
  }
}

/** The first secret inside a value, searched depth-first: the value "carries" a secret anywhere in it. */
export function secretOf(value: Value): Taint | undefined {
  return findTaint(value, isSecretTaint);
}

function isSecretTaint(taint: Taint): boolean {
  return taint.label === undefined;
}

/** The first taint inside a value (objects included) that `accept` takes, searched depth-first. */
export function findTaint(value: Value, accept: (taint: Taint) => boolean, seen = new Set<Value>()): Taint | undefined {
  if (seen.has(value)) return undefined;
  seen.add(value);
  if (value.kind === 'opaque' || value.kind === 'param') return value.taint && accept(value.taint) ? value.taint : undefined;
  for (const child of childrenOf(value)) {
    const taint = findTaint(child, accept, seen);
    if (taint) return taint;
  }
  return undefined;
}

/** Records that every secret inside `value` took one more hop. */
export function withStep(value: Value, step: Step): Value {
  if (value.kind === 'opaque' || value.kind === 'param') return value.taint ? { ...value, taint: addStep(value.taint, step) } : value;
  return mapChildren(value, (child) => withStep(child, step));
}

function addStep(taint: Taint, step: Step): Taint {
  const last = taint.steps.at(-1) ?? taint.origin;
  if (last.node === step.node) return taint;
  return { ...taint, steps: [...taint.steps, step] };
}

/**
 * `Object.assign(target, a, b)` and `{ ...target, ...a, ...b }`: later properties win; a source whose shape is unknown
 * stays a spread (its properties may be anything, secrets included).
 */
export function merged(target: Value, sources: readonly Value[]): Value {
  let result: Extract<Value, { kind: 'object' }> =
    target.kind === 'object' ? target : { kind: 'object', props: new Map(), spreads: target.kind === 'literal' ? [] : [target] };
  for (const source of sources) {
    if (source.kind === 'object')
      result = { ...result, props: new Map([...result.props, ...source.props]), spreads: [...result.spreads, ...source.spreads] };
    else if (source.kind !== 'literal') result = { ...result, spreads: [...result.spreads, source] };
  }
  return result;
}

/** A record as a query string (`name=value&…` in text); a value of unknown shape (a parameter) is its only source. */
export function asQueryRecord(value: Value): Value {
  return value.kind === 'object' ? { ...value, query: true } : { kind: 'object', props: new Map(), spreads: [value], query: true };
}

/**
 * An object whose spreads a call site filled in with objects (`{ ...options, proxy: false }` where `options` was a
 * parameter): their properties become its own, below the ones it writes itself, as if the object had been evaluated
 * with that argument in place; the options readers see one object.
 */
export function withObjectSpreadsMerged(value: Value): Value {
  if (value.kind !== 'object' || !value.spreads.some((spread) => spread.kind === 'object')) return value;
  const objects = value.spreads.filter((spread): spread is Extract<Value, { kind: 'object' }> => spread.kind === 'object');
  return {
    ...value,
    props: new Map([...objects.flatMap((object) => [...object.props]), ...value.props]),
    spreads: [...value.spreads.filter((spread) => spread.kind !== 'object'), ...objects.flatMap((object) => object.spreads)],
  };
}
