import type ts from 'typescript';
import { requestMember } from '../resolve/request-member.js';
import { union, type Value } from './value.js';
import { queryOfText } from './splice-text.js';

/** A URL's query, `new URL(url).search`, read from the text the URL was made of. */
const SEARCH = 'search';

/** What `value.key` is, when the value's shape is known; undefined when it is not. `at` is the read, for request data. */
export function pickProperty(value: Value, key: string, at?: ts.Node): Value | undefined {
  const fromRequest = requestMember(value, key, at);
  if (fromRequest) return fromRequest;
  if (value.kind === 'object') {
    const prop = value.props.get(key);
    if (prop) return prop.value;
    const fromSpreads = value.spreads.map((spread) => pickProperty(spread, key, at)).filter((picked) => picked !== undefined);
    return fromSpreads.length > 0 ? union(fromSpreads) : undefined;
  }
  if (value.kind === 'union') {
    const picked = value.options.map((option) => pickProperty(option, key, at)).filter((option) => option !== undefined);
    return picked.length > 0 ? union(picked) : undefined;
  }
  if (key === SEARCH && (value.kind === 'text' || value.kind === 'literal')) return queryOfText(value);
  // The parameter's name described the whole object (`auth`), not its properties (`auth.userId`).
  if (value.kind === 'param')
    return { kind: 'param', owner: value.owner, index: value.index, path: [...value.path, key], node: value.node };
  return undefined;
}
