import type ts from 'typescript';

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
  /** Absent for credentials; request data otherwise, which is never a secret for the URL rules. */
  readonly label?: TaintLabel;
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
  | { readonly kind: 'function'; readonly returns: Value }
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
  switch (value.kind) {
    case 'opaque':
    case 'param':
      return value.taint && accept(value.taint) ? value.taint : undefined;
    case 'text':
      return firstTaint(value.parts, accept, seen);
    case 'union':
      return firstTaint(value.options, accept, seen);
    case 'function':
      return findTaint(value.returns, accept, seen);
    case 'object':
      return firstTaint([...[...value.props.values()].map((prop) => prop.value), ...value.spreads], accept, seen);
    case 'literal':
      return undefined;
  }
}

function firstTaint(values: readonly Value[], accept: (taint: Taint) => boolean, seen: Set<Value>): Taint | undefined {
  for (const value of values) {
    const taint = findTaint(value, accept, seen);
    if (taint) return taint;
  }
  return undefined;
}

/** Records that every secret inside `value` took one more hop. */
export function withStep(value: Value, step: Step): Value {
  switch (value.kind) {
    case 'opaque':
      return value.taint ? { ...value, taint: addStep(value.taint, step) } : value;
    case 'param':
      return value.taint ? { ...value, taint: addStep(value.taint, step) } : value;
    case 'text':
      return { ...value, parts: value.parts.map((part) => withStep(part, step)) };
    case 'union':
      return { ...value, options: value.options.map((option) => withStep(option, step)) };
    case 'function':
      return { ...value, returns: withStep(value.returns, step) };
    case 'object':
      return {
        ...value,
        props: new Map([...value.props].map(([name, prop]) => [name, { ...prop, value: withStep(prop.value, step) }])),
        spreads: value.spreads.map((spread) => withStep(spread, step)),
      };
    case 'literal':
      return value;
  }
}

function addStep(taint: Taint, step: Step): Taint {
  const last = taint.steps.at(-1) ?? taint.origin;
  if (last.node === step.node) return taint;
  return { ...taint, steps: [...taint.steps, step] };
}

/** Whether any part of the value is still a parameter of `owner` (its callers decide what it is). */
export function dependsOnParams(value: Value, owner: ts.Node, seen = new Set<Value>()): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  switch (value.kind) {
    case 'param':
      return value.owner === owner;
    case 'text':
      return value.parts.some((part) => dependsOnParams(part, owner, seen));
    case 'union':
      return value.options.some((option) => dependsOnParams(option, owner, seen));
    case 'function':
      return dependsOnParams(value.returns, owner, seen);
    case 'object':
      return [...value.props.values()].some((prop) => dependsOnParams(prop.value, owner, seen)) || value.spreads.some((spread) => dependsOnParams(spread, owner, seen));
    default:
      return false;
  }
}
