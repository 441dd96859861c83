import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { matchesApi } from '../../src/engine/resolve/library-resolution.js';
import { parseUrl, type UrlPart } from '../../src/engine/judge/url-parts.js';

const node = ts.factory.createStringLiteral('');
const textPart = (text: string): UrlPart => ({ kind: 'text', text, node });
const dynamic: UrlPart = { kind: 'dynamic', value: { kind: 'opaque', node } };

function paramsOf(parts: readonly UrlPart[], inQuery = false) {
  return parseUrl(parts, inQuery).params.map((param) => [
    param.name,
    param.value.map((part) => (part.kind === 'text' ? part.text : '<dynamic>')).join(''),
  ]);
}

describe('parseUrl', () => {
  it('splits path, query and fragment parameters across literal and dynamic parts', () => {
    expect(
      paramsOf([textPart('wss://h/ws?room='), dynamic, textPart('&tok'), textPart('en='), dynamic, textPart('#access_token='), dynamic]),
    ).toEqual([
      ['room', '<dynamic>'],
      ['token', '<dynamic>'],
      ['access_token', '<dynamic>'],
    ]);
    expect(parseUrl([textPart('https://h/'), dynamic, textPart('/x')]).pathValues).toHaveLength(1);
  });

  it('reads an option value as a query string of its own', () => {
    expect(paramsOf([textPart('token='), dynamic, textPart('&v=2')], true)).toEqual([
      ['token', '<dynamic>'],
      ['v', '2'],
    ]);
  });
});

describe('matchesApi', () => {
  it('matches module and path, with ** for any run of segments', () => {
    const row = { modules: ['@microsoft/signalr'], paths: ['HubConnectionBuilder().**.withUrl'] };
    expect(matchesApi({ module: '@microsoft/signalr', path: ['HubConnectionBuilder()', 'withUrl'] }, row)).toBe(true);
    expect(matchesApi({ module: '@microsoft/signalr', path: ['HubConnectionBuilder()', 'configureLogging()', 'withUrl'] }, row)).toBe(true);
    expect(matchesApi({ module: '@microsoft/signalr', path: ['HubConnection()', 'withUrl'] }, row)).toBe(false);
    expect(matchesApi({ module: 'signalr', path: ['HubConnectionBuilder()', 'withUrl'] }, row)).toBe(false);
    expect(matchesApi({ module: 'socket.io-client', path: [] }, { modules: ['socket.io-client'], paths: [''] })).toBe(true);
  });
});
