import { union, type Value } from './value.js';

/** What `value.key` is, when the value's shape is known; undefined when it is not. */
export function pickProperty(value: Value, key: string): Value | undefined {
  if (value.kind === 'object') {
    const prop = value.props.get(key);
    if (prop) return prop.value;
    const fromSpreads = value.spreads.map((spread) => pickProperty(spread, key)).filter((picked) => picked !== undefined);
    return fromSpreads.length > 0 ? union(fromSpreads) : undefined;
  }
  if (value.kind === 'union') {
    const picked = value.options.map((option) => pickProperty(option, key)).filter((option) => option !== undefined);
    return picked.length > 0 ? union(picked) : undefined;
  }
  // The parameter's name described the whole object (`auth`), not its properties (`auth.userId`).
  if (value.kind === 'param') return { kind: 'param', owner: value.owner, index: value.index, path: [...value.path, key], node: value.node };
  return undefined;
}
