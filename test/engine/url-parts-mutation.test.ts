import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseUrl, spellOut, type UrlPart } from '../../src/engine/judge/url-parts.js';
import type { Prop, Value } from '../../src/engine/evaluate/value.js';

// Direct tests of url-parts.ts (issue #20, mutation testing): every alternative and part is checked whole, with the
// node each text part points at, since findings are located by those nodes.

const node = (label: string): ts.Node => ts.factory.createIdentifier(label);
const literal = (text: string, at = node(text)): Value => ({ kind: 'literal', text, node: at });
const opaque = (at: ts.Node): Value => ({ kind: 'opaque', node: at });
const text = (...parts: Value[]): Value => ({ kind: 'text', parts });
const union = (...options: Value[]): Value => ({ kind: 'union', options });
const record = (props: Record<string, Prop>, spreads: Value[] = [], query = true): Value => ({
  kind: 'object',
  props: new Map(Object.entries(props)),
  spreads,
  query,
});
const textPart = (partText: string, at: ts.Node): UrlPart => ({ kind: 'text', text: partText, node: at });
const dynamicPart = (value: Value): UrlPart => ({ kind: 'dynamic', value });

/** An alternative as a readable string: text as is, a dynamic part as `<label>` of its node. */
function show(parts: readonly UrlPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const at = 'node' in part.value ? part.value.node : undefined;
      return `<${at && ts.isIdentifier(at) ? at.text : part.value.kind}>`;
    })
    .join('|');
}

describe('spellOut', () => {
  it('spells a literal as one text part on its own node, and a function as its return value', () => {
    const at = node('url');
    expect(spellOut(literal('wss://h/ws', at))).toEqual([[textPart('wss://h/ws', at)]]);
    const [[part]] = spellOut({ kind: 'function', returns: literal('wss://h/ws', at) }) as [[UrlPart]];
    expect(part).toEqual(textPart('wss://h/ws', at));
    expect(part.kind === 'text' && part.node).toBe(at);
  });

  it('keeps unknown values, parameters and non-query objects as one dynamic part', () => {
    const token = opaque(node('token'));
    expect(spellOut(token)).toEqual([[dynamicPart(token)]]);
    const param: Value = { kind: 'param', owner: node('f'), index: 0, path: [], node: node('p') };
    expect(spellOut(param)).toEqual([[dynamicPart(param)]]);
    const options = record({ token: { value: token, node: node('tokenProp') } }, [], false);
    expect(spellOut(options)).toEqual([[dynamicPart(options)]]);
  });

  it('concatenates text parts in order while each has one spelling', () => {
    const token = opaque(node('token'));
    expect(spellOut(text(literal('wss://h/ws?token='), token, literal('&v=2'))).map(show)).toEqual(['wss://h/ws?token=|<token>|&v=2']);
  });

  it('multiplies the alternatives of a concatenation, in order', () => {
    const token = opaque(node('token'));
    const alternatives = spellOut(text(union(literal('wss://a/?t='), literal('wss://b/?k=')), token, union(literal('&x'), literal('&y'))));
    expect(alternatives.map(show)).toEqual([
      'wss://a/?t=|<token>|&x',
      'wss://a/?t=|<token>|&y',
      'wss://b/?k=|<token>|&x',
      'wss://b/?k=|<token>|&y',
    ]);
  });

  it('stops at eight alternatives, for unions and for products', () => {
    const digits = Array.from({ length: 10 }, (_, index) => literal(String(index)));
    expect(spellOut(union(...digits)).map(show)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    const three = (prefix: string) => union(literal(`${prefix}0`), literal(`${prefix}1`), literal(`${prefix}2`));
    expect(spellOut(text(three('a'), three('b'))).map(show)).toEqual([
      'a0|b0',
      'a0|b1',
      'a0|b2',
      'a1|b0',
      'a1|b1',
      'a1|b2',
      'a2|b0',
      'a2|b1',
    ]);
  });

  it('spells nothing when a part of a concatenation has no spelling (an empty union)', () => {
    expect(spellOut(text(literal('wss://h/?token='), union()))).toEqual([]);
  });

  it('renders a query record as name=value pairs joined by &, each name on its property node', () => {
    const roomProp = node('roomProp');
    const tokenProp = node('tokenProp');
    const token = opaque(node('token'));
    const [alternative, ...rest] = spellOut(
      record({ room: { value: literal('lobby'), node: roomProp }, token: { value: token, node: tokenProp } }),
    );
    expect(rest).toEqual([]);
    expect(alternative).toHaveLength(4);
    expect(show(alternative ?? [])).toBe('room=|lobby|&token=|<token>');
    expect(alternative?.[0]).toEqual(textPart('room=', roomProp));
    expect(alternative?.[2]).toEqual(textPart('&token=', tokenProp));
  });

  it('multiplies the alternatives of query values', () => {
    const alternatives = spellOut(record({ token: { value: union(opaque(node('a')), opaque(node('b'))), node: node('p') } }));
    expect(alternatives.map(show)).toEqual(['token=|<a>', 'token=|<b>']);
  });

  it('joins a spread record after the properties with & on the spread’s first name', () => {
    const inner = node('innerProp');
    const spread = record({ token: { value: opaque(node('token')), node: inner } }, [], false);
    const [alternative] = spellOut(record({ v: { value: literal('2'), node: node('v') } }, [spread]));
    expect(show(alternative ?? [])).toBe('v=|2|&|token=|<token>');
    expect(alternative?.[2]).toEqual(textPart('&', inner));
    expect(alternative?.[3]).toEqual(textPart('token=', inner));
  });

  it('joins an unknown spread with & on its own node, and without & when it comes first', () => {
    const spreadNode = node('rest');
    const rest = opaque(spreadNode);
    const [after] = spellOut(record({ v: { value: literal('2'), node: node('v') } }, [rest]));
    expect(show(after ?? [])).toBe('v=|2|&|<rest>');
    expect(after?.[2]).toEqual(textPart('&', spreadNode));

    expect(spellOut(record({}, [rest]))).toEqual([[dynamicPart(rest)]]);
    const other = opaque(node('other'));
    expect(spellOut(record({}, [rest, other])).map(show)).toEqual(['<rest>|&|<other>']);
  });

  it('joins a spread with no node and no text to start with without an & it could not place', () => {
    const noNode = text();
    const [alternative] = spellOut(record({ v: { value: literal('2'), node: node('v') } }, [noNode]));
    expect(show(alternative ?? [])).toBe('v=|2|<text>');
  });

  it('adds nothing, not even an &, for a spread of an empty record', () => {
    const [alternative, ...rest] = spellOut(record({ v: { value: literal('2'), node: node('v') } }, [record({}, [], false)]));
    expect(rest).toEqual([]);
    expect(show(alternative ?? [])).toBe('v=|2');
  });
});

/** A parsed URL as plain data: the path texts, path values, and each parameter's name, name node and value. */
function parsed(parts: readonly UrlPart[], inQuery = false) {
  const url = parseUrl(parts, inQuery);
  return {
    pathText: url.pathText.map((part) => (part.kind === 'text' ? part.text : '<dynamic>')),
    pathValues: url.pathValues.length,
    params: url.params.map((param) => ({
      name: param.name,
      dynamicName: param.dynamicName.length,
      value: show(param.value),
    })),
  };
}

describe('parseUrl', () => {
  const a = node('a');
  const b = node('b');
  const token = dynamicPart(opaque(node('token')));

  it('keeps the path apart: its text up to ? or #, and the values in it', () => {
    const id = dynamicPart(opaque(node('id')));
    expect(parsed([textPart('https://h/users/', a), id, textPart('/x?page=2', b)])).toEqual({
      pathText: ['https://h/users/', '/x'],
      pathValues: 1,
      params: [{ name: 'page', dynamicName: 0, value: '2' }],
    });
    expect(parsed([textPart('https://h/users', a)])).toEqual({ pathText: ['https://h/users'], pathValues: 0, params: [] });
    expect(parsed([textPart('https://h/cb#access_token=abc', a)])).toEqual({
      pathText: ['https://h/cb'],
      pathValues: 0,
      params: [{ name: 'access_token', dynamicName: 0, value: 'abc' }],
    });
  });

  it('starts a parameter at &, ? and # inside the query, and keeps = inside a value', () => {
    expect(parsed([textPart('/p?a=1&b=2?c=3#d=x=y', a)]).params).toEqual([
      { name: 'a', dynamicName: 0, value: '1' },
      { name: 'b', dynamicName: 0, value: '2' },
      { name: 'c', dynamicName: 0, value: '3' },
      { name: 'd', dynamicName: 0, value: 'x=y' },
    ]);
  });

  it('reads values across parts: a value that goes on in the next text part, and one ended by & there', () => {
    expect(parsed([textPart('/p?a=', a), textPart('12', b), textPart('34&b=', a), token]).params).toEqual([
      { name: 'a', dynamicName: 0, value: '12|34' },
      { name: 'b', dynamicName: 0, value: '<token>' },
    ]);
  });

  it('adds no empty text to a value that is only dynamic', () => {
    const [param] = parseUrl([textPart('/p?token=', a), token, textPart('&', b)]).params;
    expect(param?.value).toEqual([token]);
  });

  it('keeps a name without =, a dynamic name, and a value without a name, and drops empty pieces', () => {
    expect(parsed([textPart('/p?&&flag&=x&', a), token, textPart('=1&=&', b)]).params).toEqual([
      { name: 'flag', dynamicName: 0, value: '' },
      { name: '', dynamicName: 0, value: 'x' },
      { name: '', dynamicName: 1, value: '1' },
    ]);
  });

  it('keeps a parameter that is only a dynamic name', () => {
    expect(parsed([textPart('/p?', a), token, textPart('&a=1', b)]).params).toEqual([
      { name: '', dynamicName: 1, value: '' },
      { name: 'a', dynamicName: 0, value: '1' },
    ]);
    expect(parsed([textPart('/p?', a), token]).params).toEqual([{ name: '', dynamicName: 1, value: '' }]);
  });

  it('gives a name the node of the part where it starts', () => {
    const [param] = parseUrl([textPart('/p?to', a), textPart('ken=', b), token]).params;
    expect(param?.name).toBe('token');
    expect(param?.nameNode).toBe(a);
    expect(parseUrl([textPart('/p?', a), textPart('token=', b), token]).params[0]?.nameNode).toBe(b);
  });

  it('reads an option value from its first character as a query string', () => {
    expect(parsed([textPart('token=', a), token, textPart('&v=2', b)], true)).toEqual({
      pathText: [],
      pathValues: 0,
      params: [
        { name: 'token', dynamicName: 0, value: '<token>' },
        { name: 'v', dynamicName: 0, value: '2' },
      ],
    });
    expect(parsed([textPart('token=', a), token])).toEqual({ pathText: ['token='], pathValues: 1, params: [] });
  });
});
