import { describe, expect, it } from 'vitest';
import { createQueryRedactor } from '../../src/redact/redact-query.js';
import { redactUrl } from '../../src/redact/index.js';

/** A parsed query is judged as the same parameters are in their URL: with their names and the URL's path. */
const TOKEN = 'd8f7a6s5d4f3g2h1j0k9l8m7';
const CODE = '4/0AbCdEfGhIjKlMnOpQrStUvWxYz';
const redactQuery = createQueryRedactor();

describe('createQueryRedactor', () => {
  it('redacts the values redactUrl redacts in the URL, keeps the others', () => {
    const query = { room: '7', access_token: TOKEN, sort: 'name' };
    expect(redactQuery(query, `/ws?room=7&access_token=${TOKEN}&sort=name`)).toEqual({
      room: '7',
      access_token: '[REDACTED]',
      sort: 'name',
    });
    expect(query.access_token).toBe(TOKEN);
  });

  it('judges a value with the URL’s path, as the scanner does: an OAuth code on its callback, not elsewhere', () => {
    expect(redactUrl(`/oauth/callback?code=${CODE}`)).toBe('/oauth/callback?code=[REDACTED]');
    expect(redactUrl(`/promo?code=${CODE}`)).toBe(`/promo?code=${CODE}`);
    expect(redactQuery({ code: CODE }, `/oauth/callback?code=${CODE}`)).toEqual({ code: '[REDACTED]' });
    expect(redactQuery({ code: CODE }, '/promo')).toEqual({ code: CODE });
  });

  it('reads arrays (repeated names), nested objects as `qs` parses them (user[password]) and Sentry’s pairs', () => {
    expect(redactQuery({ token: [TOKEN, 'x'], page: '2' })).toEqual({ token: ['[REDACTED]', 'x'], page: '2' });
    expect(redactQuery({ user: { name: 'ada', password: 'hunter2!x' } })).toEqual({ user: { name: 'ada', password: '[REDACTED]' } });
    expect(
      redactQuery([
        ['api_key', TOKEN],
        ['page', '2'],
      ]),
    ).toEqual([
      ['api_key', '[REDACTED]'],
      ['page', '2'],
    ]);
  });

  it('a nested URL keeps all but its secret, decoded as it was parsed', () => {
    const next = `https://y.example/cb?token=${TOKEN}&a=1`;
    expect(redactQuery({ redirect_uri: next, b: '2' })).toEqual({ redirect_uri: 'https://y.example/cb?token=[REDACTED]&a=1', b: '2' });
  });

  it('a query string is redacted as written, with or without its `?`', () => {
    expect(redactQuery(`code=${CODE}&state=xyz`, 'https://app.example.com/oauth/callback')).toBe('code=[REDACTED]&state=xyz');
    expect(redactQuery(`?token=${TOKEN}&page=2`)).toBe('?token=[REDACTED]&page=2');
  });

  it('returns a query without secrets, and anything else, as it is', () => {
    const query = { page: '2', sort: 'name' };
    expect(redactQuery(query, '/items')).toBe(query);
    expect(redactQuery(undefined)).toBeUndefined();
    expect(redactQuery(42)).toBe(42);
  });

  it('takes the replacement and sensitiveNames options', () => {
    const redact = createQueryRedactor({ replacement: (name, value) => `<${name}:${value.length}>`, sensitiveNames: ['x-tenant-ref'] });
    expect(redact({ token: TOKEN, 'x-tenant-ref': 'Zq81mXv0Lr55' })).toEqual({ token: '<token:24>', 'x-tenant-ref': '<x-tenant-ref:12>' });
  });
});
