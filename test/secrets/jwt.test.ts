import { describe, expect, it } from 'vitest';
import { createJwtRegex } from '../../src/secrets/shapes.js';
import { decodeJwt, jwtFacts } from '../../src/secrets/jwt.js';
import { makeJwt } from '../support/make-jwt.js';

describe('decodeJwt', () => {
  it('decodes header and payload without verifying', () => {
    const token = makeJwt({ sub: 'u1', iat: 1_700_000_000, exp: 1_700_000_300, jti: 'a-1' });
    expect(decodeJwt(token)?.payload).toMatchObject({ sub: 'u1', jti: 'a-1' });
  });

  it('rejects look-alikes: wrong part count, non-JSON, arrays, headers without alg', () => {
    const payload = Buffer.from('{"sub":"x"}').toString('base64url');
    const encode = (value: string) => Buffer.from(value).toString('base64url');
    expect(decodeJwt(`${encode('{"alg":"HS256"}')}.${payload}`)).toBeUndefined();
    expect(decodeJwt(`${encode('not json')}.${payload}.sig`)).toBeUndefined();
    expect(decodeJwt(`${encode('[1,2]')}.${payload}.sig`)).toBeUndefined();
    expect(decodeJwt(`${encode('{"typ":"JWT"}')}.${payload}.sig`)).toBeUndefined();
    expect(decodeJwt(`${encode('{"alg":"none"}')}.${payload}.`)?.header['alg']).toBe('none');
  });

  it('derives lifetime and jti facts from the claims', () => {
    const facts = jwtFacts(decodeJwt(makeJwt({ iat: 100, exp: 400, jti: 7 }))!);
    expect(facts).toMatchObject({ alg: 'HS256', iat: 100, exp: 400, lifetimeSeconds: 300, hasJti: true, jti: '7' });
    expect(jwtFacts(decodeJwt(makeJwt({ sub: 'x' }))!)).toMatchObject({ exp: undefined, lifetimeSeconds: undefined, hasJti: false });
  });

  it('finds JWTs inside text with the shared regex', () => {
    const token = makeJwt({ sub: 'u2' });
    const line = `GET /ws?token=${token}&room=1 HTTP/1.1`;
    expect(line.match(createJwtRegex())).toEqual([token]);
  });
});
