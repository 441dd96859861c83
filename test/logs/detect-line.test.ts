import { describe, expect, it } from 'vitest';
import { detectLineSecrets, ParamNameCache, type LineSecret } from '../../src/logs/detect/detect-line.js';
import { createParamNameClassifier } from '../../src/secrets/param-names.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * `detectLineSecrets` on single lines: which secrets a line holds, of which kind, at which span. The cases come from
 * mutants that survived the log suites (docs/mutation-testing.md): each asserts a decision of the detector that a
 * scan's findings only show indirectly.
 */
const ALL = { jwts: true, providers: true, userinfo: true };
const names = new ParamNameCache(createParamNameClassifier());
const detect = (line: string) => detectLineSecrets(line, ALL, names);
const summary = (found: readonly LineSecret[]) => found.map((secret) => ({ kind: secret.kind, value: secret.value }));
const spanOf = (line: string, secret: LineSecret | undefined) => (secret ? line.slice(secret.start, secret.end) : undefined);

const JWT = makeJwt({ sub: 'user-1', iat: 1_760_000_000, exp: 1_760_086_400 });
const GITHUB = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`;

describe('detectLineSecrets', () => {
  it('returns the secrets in line order, whatever kind was found first', () => {
    // A provider token before a JWT (shapes are searched JWTs first), and a parameter secret before both.
    const line = `GET /cb?password=hunter2x&next=/home ${GITHUB} ${JWT}`;
    expect(summary(detect(line))).toEqual([
      { kind: 'url-param', value: 'hunter2x' },
      { kind: 'provider-token', value: GITHUB },
      { kind: 'jwt', value: JWT },
    ]);
    const shapesOnly = `${GITHUB} then ${JWT}`;
    expect(summary(detect(shapesOnly)).map((secret) => secret.kind)).toEqual(['provider-token', 'jwt']);
  });

  it('reports a JWT in a sensitive parameter once, as a JWT anchored at the parameter name', () => {
    const line = `GET /ws?token=${JWT} HTTP/1.1`;
    const [secret, ...rest] = detect(line);
    expect(rest).toEqual([]);
    expect(secret?.kind).toBe('jwt');
    expect(secret?.param?.name).toBe('token');
    expect(secret?.anchor).toBe(line.indexOf('?token=')); // the separator before the name
    expect(spanOf(line, secret)).toBe(JWT);
  });

  it('anchors a secret outside any parameter at its own start', () => {
    const line = `Authorization failed for ${JWT}`;
    const [secret] = detect(line);
    expect(secret?.anchor).toBe(line.indexOf(JWT));
    expect(secret?.param).toBeUndefined();
  });

  it('takes the password of scheme://user:password@host, exactly its span', () => {
    const line = 'connecting to redis://app:s3cr3tPass@cache.internal:6379/0';
    const [secret, ...rest] = detect(line);
    expect(rest).toEqual([]);
    expect(secret?.kind).toBe('url-userinfo');
    expect(spanOf(line, secret)).toBe('s3cr3tPass');
  });

  it('does not read a password where a placeholder word, a port or quoted JSON is', () => {
    for (const word of ['password', 'passwd', 'pass', 'pwd']) expect(detect(`db=postgres://app:${word}@db.internal/app`)).toEqual([]);
    expect(detect('GET https://example.com:443@evil.example/ HTTP/1.1')).toEqual([]);
    // A colon in one JSON string and an @ in the next are not user info: the quote ends it.
    expect(detect('{"u":"http://a:b","c":"d@host.example"}')).toEqual([]);
    expect(summary(detect('amqp://app:12345abc@mq.internal'))).toEqual([{ kind: 'url-userinfo', value: '12345abc' }]);
  });

  it('applies the shortest length per kind: any password, a four-digit one-time code, eight characters otherwise', () => {
    expect(summary(detect('GET /login?password=abc'))).toEqual([{ kind: 'url-param', value: 'abc' }]);
    expect(summary(detect('GET /verify?otp=1234'))).toEqual([{ kind: 'url-param', value: '1234' }]);
    expect(detect('GET /verify?otp=123')).toEqual([]);
    expect(summary(detect('GET /ws?token=abcd1234'))).toEqual([{ kind: 'url-param', value: 'abcd1234' }]);
    expect(detect('GET /ws?token=abcd123')).toEqual([]);
  });

  it('needs a secret-shaped value under an ambiguous name, unless a signed-URL companion names the scheme', () => {
    expect(detect('GET /search?key=asc12345')).toEqual([]);
    expect(summary(detect('GET /maps?key=q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f'))).toEqual([
      { kind: 'url-param', value: 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f' },
    ]);
    expect(detect('GET /img?sig=abc12345')).toEqual([]);
    const sas = 'GET /blob.txt?sv=2022-11-02&se=2026-10-12&sig=abc12345 HTTP/1.1';
    expect(summary(detect(sas))).toEqual([{ kind: 'url-param', value: 'abc12345' }]);
    expect(detect(sas)[0]?.signedUrl?.label).toBe('Azure SAS URL');
  });
});
