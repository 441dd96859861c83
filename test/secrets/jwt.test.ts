import { describe, expect, it } from 'vitest';
import { createJwtRegex } from '../../src/secrets/shapes.js';
import { continuesLikeJwt, decodeJwt, JwtContinuation, jwtFacts } from '../../src/secrets/jwt.js';
import { Random } from '../logs/corpus/random.js';
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

describe('continuesLikeJwt', () => {
  it('holds wherever the JWT pattern matches (a necessary condition), and fails for one-segment cursors', () => {
    const random = new Random(21);
    let matches = 0;
    for (let round = 0; round < 3000; round += 1) {
      const segment = () => `eyJ${random.string('ab_-9Z', random.int(5, 11))}`;
      const text = Array.from({ length: random.int(2, 6) }, () =>
        random.chance(0.6) ? segment() : random.pick(['.', 'x', ' ', '%2E']),
      ).join('.');
      const bytes = Buffer.from(text, 'latin1');
      for (const match of text.matchAll(createJwtRegex())) {
        matches += 1;
        expect({ text, at: match.index, holds: continuesLikeJwt(bytes, match.index + 3) }).toEqual({ text, at: match.index, holds: true });
      }
    }
    expect(matches).toBeGreaterThan(100);
    const token = makeJwt({ sub: 'u1' });
    expect(continuesLikeJwt(Buffer.from(`?t=${token}&x=1`), 6)).toBe(true);
    expect(continuesLikeJwt(Buffer.from('?cursor=eyJvZmZzZXQiOjU3OH0&x=1'), 11)).toBe(false);
    expect(continuesLikeJwt(Buffer.from('eyJabc.eyJabcdefgh.x'), 3)).toBe(false);
  });
});

describe("JwtContinuation (the prefilter's remembered runs)", () => {
  it('answers as continuesLikeJwt at every position, asked in ascending order or not, across buffers', () => {
    const random = new Random(23);
    const check = new JwtContinuation();
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: random.int(1, 30) }, () => random.pick(['eyJ', '.eyJ', 'abcdefgh', '.', '-', ' ', 'x'])).join('');
      const bytes = Buffer.from(text, 'latin1');
      const positions = Array.from({ length: bytes.length + 1 }, (_, index) => index);
      if (random.chance(0.3)) positions.sort(() => random.int(-1, 1));
      for (const at of positions)
        expect({ text, at, holds: check.check(bytes, at) }).toEqual({ text, at, holds: continuesLikeJwt(bytes, at) });
    }
  });

  it('reads a run of eyJ once, not once per eyJ in it', () => {
    const check = new JwtContinuation();
    const timeRun = (length: number) => {
      const bytes = Buffer.from(`${'eyJ'.repeat(length / 3)}.eyJ`);
      const started = performance.now();
      for (let at = 3; at < bytes.length; at += 3) check.check(bytes, at);
      return performance.now() - started;
    };
    timeRun(30_000);
    // Read again from every eyJ, 300,000 bytes cost ~15,000,000,000 byte reads: seconds, not milliseconds.
    expect(timeRun(300_000)).toBeLessThan(1000);
  });
});
