import { describe, expect, it } from 'vitest';
import {
  assessJwt,
  assessNamedValue,
  assessProviderToken,
  assessWrittenValue,
  isClientEnvName,
  isPublicKeyName,
  isTransportSessionId,
  levelOfKind,
} from '../../src/secrets/credential-risk.js';
import { decodeJwt, jwtFacts } from '../../src/secrets/jwt.js';
import { classifyParamName } from '../../src/secrets/param-names.js';
import { matchProviderToken } from '../../src/secrets/shapes.js';
import { makeJwt } from '../support/make-jwt.js';

/** The risk model on values a reviewer would call one way or the other; vendor examples from their documentation. */
const POLICY = { maxTicketLifetimeSeconds: 300 };
const kindOfJwt = (token: string, singleUseName = false) => {
  const decoded = decodeJwt(token);
  if (!decoded) throw new Error('not a JWT');
  return assessJwt(token, jwtFacts(decoded), POLICY, singleUseName).kind;
};
const kindOfProvider = (value: string) => {
  const shape = matchProviderToken(value);
  if (!shape) throw new Error(`no shape matches ${value.slice(0, 8)}`);
  return assessProviderToken(value, shape).kind;
};
const entry = (name: string) => {
  const found = classifyParamName(name);
  if (!found) throw new Error(`${name} is not a credential name`);
  return found;
};

describe('levels by kind', () => {
  it('error for a credential, warning for short-lived or vendor URL keys, note for browser keys, tickets and transport ids, none otherwise', () => {
    expect(levelOfKind('credential')).toBe('error');
    expect(levelOfKind('short-lived')).toBe('warning');
    expect(levelOfKind('vendor-url-key')).toBe('warning');
    expect(levelOfKind('browser-key')).toBe('note');
    expect(levelOfKind('ticket')).toBe('note');
    expect(levelOfKind('transport-id')).toBe('note');
    for (const kind of ['public', 'example', 'placeholder', 'not-a-credential'] as const) expect(levelOfKind(kind)).toBeUndefined();
  });
});

describe('a written value judged by itself', () => {
  it('recognises documentation examples, whole or marked by a word', () => {
    expect(assessWrittenValue('AKIAIOSFODNN7EXAMPLE')?.kind).toBe('example');
    expect(assessWrittenValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')?.kind).toBe('example');
    expect(assessWrittenValue('sk_test_4eC39HqLyjWDarjtT1zdp7dc')?.kind).toBe('example');
    expect(assessWrittenValue('AKIAEXAMPLEEXAMPLE12')?.kind).toBe('example');
    expect(assessWrittenValue('your_api_key')?.kind).toBe('placeholder');
    expect(assessWrittenValue('REPLACE_ME_WITH_TOKEN')?.kind).toBe('example');
  });

  it('recognises placeholders, masks, truncations and redaction remnants', () => {
    for (const value of ['{{token}}', '${TOKEN}', '<token>', '[REDACTED]', '[FILTERED]', 'REDACTED', 'xxx', '***'])
      expect(assessWrittenValue(value)?.kind, value).toBe('placeholder');
    for (const value of ['sk_live_****', '****abcd', 'ghp_xxxxxxxxxxxxxxxx', 'eyJhbGciOi...', 'abc…', 'AKIAXXXXXXXXXXXXXXXX'])
      expect(assessWrittenValue(value)?.kind, value).toBe('placeholder');
  });

  it('recognises flags, and says nothing of a random value', () => {
    for (const value of ['required', 'yes', '1', 'asc', 'disabled', 'off'])
      expect(assessWrittenValue(value)?.kind, value).toBe('not-a-credential');
    expect(assessWrittenValue('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f')).toBeUndefined();
    expect(assessWrittenValue('1234')).toBeUndefined();
  });
});

describe('provider tokens', () => {
  it('a secret key is a credential; a publishable one public; a vendor URL key a warning; a prefix over a mask a placeholder', () => {
    expect(kindOfProvider(`ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`)).toBe('credential');
    expect(kindOfProvider('pk_live_51HqLyjWDarjtT1zdp7dcXYZab')).toBe('public');
    expect(kindOfProvider('pk.eyJ1IjoibWFwYm94dXNlciIsImEiOiJjazEyMyJ9.Ab12Cd34Ef56Gh78Ij90Kl')).toBe('public');
    expect(kindOfProvider('sk.eyJ1IjoibWFwYm94dXNlciIsImEiOiJjazEyMyJ9.Ab12Cd34Ef56Gh78Ij90Kl')).toBe('credential');
    expect(kindOfProvider(`AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`)).toBe('browser-key');
    expect(kindOfProvider(`ghp_${'x'.repeat(36)}`)).toBe('placeholder');
    expect(kindOfProvider(`ghp_${'0'.repeat(36)}`)).toBe('placeholder');
  });
});

describe('JWTs', () => {
  const now = 1_760_000_000;
  it('long-lived or without exp: a credential', () => {
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now, exp: now + 86_400 }))).toBe('credential');
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now }))).toBe('credential');
  });

  it('short-lived with a jti, or under a ticket name: a ticket; short-lived otherwise: short-lived', () => {
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now, exp: now + 60, jti: 'j1' }))).toBe('ticket');
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now, exp: now + 60 }), true)).toBe('ticket');
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now, exp: now + 300 }))).toBe('short-lived');
    expect(kindOfJwt(makeJwt({ sub: 'u', iat: now, exp: now + 301, jti: 'j1' }))).toBe('credential');
  });

  it("Supabase's anon key is public; jwt.io's sample an example, whatever its signature; a redacted signature a placeholder", () => {
    expect(kindOfJwt(makeJwt({ iss: 'supabase', ref: 'abcdefgh', role: 'anon', iat: now, exp: now + 315_360_000 }))).toBe('public');
    expect(kindOfJwt(makeJwt({ iss: 'supabase', role: 'service_role', iat: now, exp: now + 315_360_000 }))).toBe('credential');
    expect(kindOfJwt(makeJwt({ sub: '1234567890', name: 'John Doe', iat: 1_516_239_022 }))).toBe('example');
    const [header, payload] = makeJwt({ sub: 'u', iat: now }).split('.');
    expect(kindOfJwt(`${header}.${payload}.REDACTED`)).toBe('placeholder');
  });
});

describe('named values', () => {
  it('a ticket or one-time code name makes a ticket; a public name public; other names a credential', () => {
    expect(assessNamedValue('ticket', entry('ticket'), 'tkt_9f8e7d6c5b4a39281706f5e4').kind).toBe('ticket');
    expect(assessNamedValue('otp', entry('otp'), '493021').kind).toBe('ticket');
    expect(assessNamedValue('x-algolia-api-key', entry('x-algolia-api-key'), 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6').kind).toBe('public');
    expect(assessNamedValue('access_token', entry('access_token'), 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f').kind).toBe('credential');
    expect(assessNamedValue('auth', entry('auth'), 'required').kind).toBe('not-a-credential');
    expect(assessNamedValue('token', entry('token')).kind).toBe('credential');
  });

  it("Engine.IO's sid is a transport id beside EIO= or under /socket.io/?, a session id elsewhere", () => {
    expect(isTransportSessionId('sid', new Set(['eio', 'transport']), undefined)).toBe(true);
    expect(isTransportSessionId('sid', new Set(), 'GET /socket.io/?transport=polling&sid=abc')).toBe(true);
    expect(isTransportSessionId('sid', new Set(), 'GET /engine.io?sid=abc')).toBe(true);
    expect(isTransportSessionId('sid', new Set(), 'GET /login?sid=abc')).toBe(false);
    expect(isTransportSessionId('session', new Set(['eio']), undefined)).toBe(false);
  });

  it('client-bundled environment variables and public-key names', () => {
    expect(isClientEnvName('NEXT_PUBLIC_SUPABASE_ANON_KEY')).toBe(true);
    expect(isClientEnvName('VITE_MAPBOX_TOKEN')).toBe(true);
    expect(isClientEnvName('SUPABASE_SERVICE_ROLE_KEY')).toBe(false);
    for (const name of ['supabaseAnonKey', 'SUPABASE_ANON_KEY', 'publishableKey', 'stripePublicKey', 'recaptchaSiteKey'])
      expect(isPublicKeyName(name), name).toBe(true);
    for (const name of ['apiKey', 'secretKey', 'privateKey', 'accessToken']) expect(isPublicKeyName(name), name).toBe(false);
  });
});
