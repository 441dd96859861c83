import type ts from 'typescript';
import { text, union, type Value } from './value.js';

/**
 * `receiver.replace(pattern, replacement)` when the pattern is written in the receiver's known text: the text
 * around it with the replacement in its place (`':method :url'.replace(':url', req.originalUrl)`). `all` replaces
 * every occurrence (`replaceAll`, a global regex), otherwise the first literal one. Undefined when no literal part
 * of the receiver holds the pattern: where it is then is unknown.
 */
export function splicePattern(receiver: Value, pattern: string, replacement: Value, all: boolean): Value | undefined {
  if (pattern === '') return undefined;
  if (receiver.kind === 'literal') return receiver.text.includes(pattern) ? spliceLiteral(receiver, pattern, replacement, all) : undefined;
  if (receiver.kind === 'union') {
    const options = receiver.options.map((option) => splicePattern(option, pattern, replacement, all) ?? option);
    return options.some((option, index) => option !== receiver.options[index]) ? union(options) : undefined;
  }
  if (receiver.kind !== 'text') return undefined;
  let done = false;
  const parts = receiver.parts.map((part) => {
    if (done || part.kind !== 'literal' || !part.text.includes(pattern)) return part;
    done = !all;
    return spliceLiteral(part, pattern, replacement, all);
  });
  return parts.some((part, index) => part !== receiver.parts[index]) ? text(parts) : undefined;
}

function spliceLiteral(literal: Extract<Value, { kind: 'literal' }>, pattern: string, replacement: Value, all: boolean): Value {
  const at = literal.text.indexOf(pattern);
  const pieces = all ? literal.text.split(pattern) : [literal.text.slice(0, at), literal.text.slice(at + pattern.length)];
  return text(
    pieces
      .flatMap((piece, index) => (index === 0 ? [piece] : [replacement, piece]))
      .map((piece) => (typeof piece === 'string' ? literalOf(piece, literal.node) : piece)),
  );
}

function literalOf(value: string, node: ts.Node): Value {
  return { kind: 'literal', text: value, node };
}

const DIRECTIVE = /%[sdifjoOc%]/g;

/**
 * `util.format('%s %s', a, b)`: each directive takes the next argument (`%d`, `%i`, `%f` a number, `%c` nothing,
 * `%%` a percent sign); arguments left over follow, each after a space, as Node's `util.format` writes them.
 */
export function formatText(format: string, formatNode: ts.Node, args: readonly Value[]): Value {
  const parts: Value[] = [];
  let next = 0;
  let last = 0;
  for (const match of format.matchAll(DIRECTIVE)) {
    parts.push(literalOf(format.slice(last, match.index), formatNode));
    last = match.index + match[0].length;
    const directive = match[0];
    if (directive === '%%') {
      parts.push(literalOf('%', formatNode));
      continue;
    }
    const argument = args[next];
    if (!argument) {
      parts.push(literalOf(directive, formatNode));
      continue;
    }
    next += 1;
    if (directive === '%c') continue;
    parts.push(NUMERIC_DIRECTIVES.has(directive) ? { kind: 'opaque', node: formatNode, numeric: true } : argument);
  }
  parts.push(literalOf(format.slice(last), formatNode));
  for (const argument of args.slice(next)) parts.push(literalOf(' ', formatNode), argument);
  return text(parts);
}

const NUMERIC_DIRECTIVES = new Set(['%d', '%i', '%f']);

/**
 * A URL's `search` (`new URL(url).search`): its known text from the first `?` written in a literal part on. Undefined
 * when no literal part writes one: where the query starts is then unknown.
 */
export function queryOfText(value: Value): Value | undefined {
  if (value.kind === 'literal') {
    const at = value.text.indexOf('?');
    return at === -1 ? undefined : literalOf(value.text.slice(at), value.node);
  }
  if (value.kind !== 'text') return undefined;
  const parts = flatParts(value);
  const at = parts.findIndex((part) => part.kind === 'literal' && part.text.includes('?'));
  const first = parts[at];
  return first === undefined ? undefined : text([queryOfText(first) ?? first, ...parts.slice(at + 1)]);
}

function flatParts(value: Value): Value[] {
  return value.kind === 'text' ? value.parts.flatMap(flatParts) : [value];
}
