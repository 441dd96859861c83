import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL,
  explainAssessment,
  TRANSPORT_ID,
  assessJwt,
  assessNamedValue,
  assessProviderToken,
  assessWrittenValue,
  vendorUrlKeyOf,
  isClientEnvName,
  isTicketName,
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
    expect(levelOfKind('library-url-token')).toBe('warning');
    expect(levelOfKind('browser-key')).toBe('note');
    expect(levelOfKind('ticket')).toBe('note');
    expect(levelOfKind('transport-id')).toBe('note');
    for (const kind of ['public', 'example', 'placeholder', 'not-a-credential'] as const) expect(levelOfKind(kind)).toBeUndefined();
  });
});

describe('a written value judged by itself', () => {
  it('recognizes documentation examples, whole or marked by a word', () => {
    expect(assessWrittenValue('AKIAIOSFODNN7EXAMPLE')?.kind).toBe('example');
    expect(assessWrittenValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')?.kind).toBe('example');
    expect(assessWrittenValue('sk_test_4eC39HqLyjWDarjtT1zdp7dc')?.kind).toBe('example');
    expect(assessWrittenValue('sk_test_BQokikJOvBiI2HlWgH4olfQ2')?.kind).toBe('example');
    expect(assessWrittenValue('AKIAEXAMPLEEXAMPLE12')?.kind).toBe('example');
    expect(assessWrittenValue('your_api_key')?.kind).toBe('placeholder');
    expect(assessWrittenValue('replace-me-with-token')?.kind).toBe('example');
    // In constant case and ending in a secret word, it reads first as a template's name nobody filled in.
    expect(assessWrittenValue('REPLACE_ME_WITH_TOKEN')?.kind).toBe('placeholder');
  });

  it('recognizes placeholders, masks, truncations and redaction remnants', () => {
    for (const value of ['{{token}}', '${TOKEN}', '<token>', '[REDACTED]', '[FILTERED]', 'REDACTED', 'xxx', '***'])
      expect(assessWrittenValue(value)?.kind, value).toBe('placeholder');
    for (const value of ['sk_live_****', '****abcd', 'ghp_xxxxxxxxxxxxxxxx', 'eyJhbGciOi...', 'abc…', 'AKIAXXXXXXXXXXXXXXXX'])
      expect(assessWrittenValue(value)?.kind, value).toBe('placeholder');
  });

  it('recognizes a JWT with a segment a redactor replaced, and only a JWT', () => {
    const [header, payload, signature] = makeJwt({ sub: 'u', iat: 1_760_000_000 }).split('.');
    for (const value of [`${header}.REDACTED.${signature}`, `${header}.${payload}.[FILTERED]`, `${header}.${payload}.REDACTED`])
      expect(assessWrittenValue(value)?.reason, value).toBe('a JWT a redactor masked');
    expect(assessWrittenValue(`${header}.${payload}.${signature}`)).toBeUndefined();
    expect(assessWrittenValue(`${header}.REDACTED.${signature}.extra`)).toBeUndefined();
    expect(assessWrittenValue(`abc.REDACTED.${signature}`)).toBeUndefined();
  });

  it('recognizes flags, and says nothing of a random value', () => {
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
    expect(assessNamedValue('one_time_token', entry('one_time_token'), 'q1M9RO2Hdp3GJJY9SojkZtSFWXGSf097').kind).toBe('ticket');
    expect(assessNamedValue('wsTicketToken', entry('wsTicketToken'), 'q1M9RO2Hdp3GJJY9SojkZtSFWXGSf097').kind).toBe('ticket');
    expect(assessNamedValue('x-algolia-api-key', entry('x-algolia-api-key'), 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6').kind).toBe('public');
    expect(assessNamedValue('access_token', entry('access_token'), 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f').kind).toBe('credential');
    expect(assessNamedValue('auth', entry('auth'), 'required').kind).toBe('not-a-credential');
    expect(assessNamedValue('token', entry('token')).kind).toBe('credential');
  });

  it("a session id of 12 digits or fewer names a connection (a firewall's sessionid=52534165), not a session's secret", () => {
    expect(assessNamedValue('sessionid', entry('sessionid'), '52534165').kind).toBe('not-a-credential');
    expect(assessNamedValue('session_id', entry('session_id'), '123456789012').kind).toBe('not-a-credential');
    expect(assessNamedValue('session_id', entry('session_id'), '1234567890123456789').kind).toBe('credential');
    expect(assessNamedValue('sessionid', entry('sessionid'), '8a7f6e5d4c3b2a1908f7e6d5c4b3a291').kind).toBe('credential');
    expect(assessNamedValue('otp', entry('otp'), '52534165').kind).toBe('ticket');
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

describe('what a finding says of each kind (its reason, and what must hold)', () => {
  const explain = (assessment: Parameters<typeof explainAssessment>[0] | undefined) =>
    assessment ? explainAssessment(assessment) : undefined;
  const now = 1_760_000_000;
  const jwt = (payload: Record<string, unknown>) => {
    const token = makeJwt(payload);
    const decoded = decodeJwt(token);
    if (!decoded) throw new Error('not a JWT');
    return assessJwt(token, jwtFacts(decoded), POLICY);
  };
  const provider = (value: string) => {
    const shape = matchProviderToken(value);
    if (!shape) throw new Error('no shape');
    return assessProviderToken(value, shape);
  };

  it('written values', () => {
    expect(explain(assessWrittenValue('AKIAIOSFODNN7EXAMPLE'))).toBe("AWS's example access key id (a documentation example)");
    expect(explain(assessWrittenValue('{{token}}'))).toBe('a placeholder');
    expect(explain(assessWrittenValue('sk_live_****'))).toBe('a masked or truncated value');
    expect(explain(assessWrittenValue('dummy-token-123'))).toBe('a made-up example value');
    expect(explain(assessWrittenValue('required'))).toBe('a flag, not a credential');
    expect(explain(CREDENTIAL)).toBe('a credential');
    expect(explain(TRANSPORT_ID)).toBe("Engine.IO's transport session id, which names a connection, not a user: not a user credential");
  });

  it('provider tokens', () => {
    expect(explain(provider('pk_live_51HqLyjWDarjtT1zdp7dcXYZab'))).toBe('a Stripe publishable key (public by design)');
    expect(explain(provider(`ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`))).toBe('a GitHub token');
    expect(explain(provider(`ghp_${'0'.repeat(36)}`))).toBe('a masked GitHub token');
    expect(explain(provider(`AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`))).toBe(
      'a Google API key, made to be sent from browsers in the URL: public when restricted to referrers or APIs; check its restrictions',
    );
  });

  it('JWTs', () => {
    expect(explain(jwt({ sub: '1234567890', name: 'John Doe', iat: 1_516_239_022 }))).toBe(
      "jwt.io's sample claims (a documentation example)",
    );
    expect(explain(jwt({ role: 'anon', iat: now }))).toBe(
      'a Supabase anon key (row-level security decides what it may read), public by design',
    );
    expect(explain(jwt({ sub: 'u', iat: now, exp: now + 60, jti: 'j' }))).toBe(
      'a short-lived single-use ticket: acceptable when the server consumes it once and checks its expiry',
    );
    expect(explain(jwt({ sub: 'u', iat: now, exp: now + 60 }))).toBe(
      'a short-lived token: reusable until it expires; make it single-use (a jti the server consumes once)',
    );
    const [header, payload] = makeJwt({ sub: 'u', iat: now }).split('.');
    const redacted = `${header}.${payload}.REDACTED`;
    const decoded = decodeJwt(redacted);
    expect(decoded && explain(assessJwt(redacted, jwtFacts(decoded), POLICY))).toBe('a JWT a redactor masked');
  });

  it('names', () => {
    expect(explain(assessNamedValue('sentry_key', entry('token'), 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6'))).toBe(
      'a Sentry DSN public key, public by design',
    );
    expect(explain(assessNamedValue('otp', entry('otp'), '493021'))).toBe(
      'a one-time code (single-use by its name): acceptable when the server consumes it once and checks its expiry',
    );
    expect(explain(assessNamedValue('ticket', entry('ticket')))).toBe(
      'a ticket (single-use by its name): acceptable when the server consumes it once and checks its expiry',
    );
  });
});

describe('edges the mutants found', () => {
  const now = 1_760_000_000;
  it("the exact jwt.io token is an example by value; jwt.io's subject with another name is not", () => {
    const sample =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    const decoded = decodeJwt(sample);
    expect(decoded && assessJwt(sample, jwtFacts(decoded), POLICY)).toEqual({
      kind: 'example',
      reason: "jwt.io's sample token (a documentation example)",
    });
    expect(kindOfJwt(makeJwt({ sub: '1234567890', name: 'Ana Lima', iat: now }))).toBe('credential');
    expect(kindOfJwt(makeJwt({ sub: 'someone-else', name: 'John Doe', iat: now }))).toBe('credential');
  });

  it('a short-lived token without jti is short-lived when no ticket name is given', () => {
    const token = makeJwt({ sub: 'u', iat: now, exp: now + 60 });
    const decoded = decodeJwt(token);
    expect(decoded && assessJwt(token, jwtFacts(decoded), POLICY).kind).toBe('short-lived');
  });

  it('masks: a run of x between separators, eight x at the end, lower or upper case', () => {
    expect(assessWrittenValue('sk_live_xxxxxx_end')?.kind).toBe('placeholder');
    expect(assessWrittenValue('abcXXXXXXXX')?.kind).toBe('placeholder');
    expect(assessWrittenValue('abcxxxxxxxx')?.kind).toBe('placeholder');
    expect(assessWrittenValue('abcxxxxxxx')).toBeUndefined();
    expect(assessWrittenValue('sk_live_xxxxx_end')).toBeUndefined();
  });

  it('a masked provider body: two distinct characters at most, after the last separator or the first four', () => {
    expect(kindOfProvider(`ghp_${'01'.repeat(18)}`)).toBe('placeholder');
    expect(kindOfProvider(`ghp_${'012'.repeat(12)}`)).toBe('credential');
    expect(kindOfProvider('AKIAAAAAAAAAAAAAAAAA')).toBe('placeholder');
    expect(kindOfProvider('sk_live_0000000000000000')).toBe('placeholder');
    expect(kindOfProvider('xoxb-1-00000000')).toBe('credential');
    expect(kindOfProvider('xoxb-1-000000000')).toBe('placeholder');
  });
});

describe('vendor hosts and ticket names', () => {
  it('a host that takes its key only in the URL, or a subdomain of one, is a vendor URL key with its advice', () => {
    const telegram = vendorUrlKeyOf('api.telegram.org');
    expect(telegram && explainAssessment(telegram.assessment)).toBe(
      'a key for the Telegram Bot API (bot token in the path), which takes it only in the URL: restrict the key (referrers, APIs, IPs) and redact it from egress logs',
    );
    expect(vendorUrlKeyOf('eu.iframe.ly')?.assessment.kind).toBe('vendor-url-key');
    expect(vendorUrlKeyOf('api.weixin.qq.com')?.assessment.kind).toBe('vendor-url-key');
    expect([...(vendorUrlKeyOf('api.openweathermap.org')?.keyParams ?? [])]).toEqual(['appid']);
    expect([...(vendorUrlKeyOf('api.ipstack.com')?.keyParams ?? [])]).toEqual(['accesskey']);
    expect([...(vendorUrlKeyOf('api.rawg.io')?.keyParams ?? [])]).toEqual(['key']);
    expect([...(vendorUrlKeyOf('api.themoviedb.org')?.keyParams ?? [])]).toEqual(['apikey']);
    expect(vendorUrlKeyOf('api.example.com')).toBeUndefined();
    expect(vendorUrlKeyOf('telegram.org')).toBeUndefined();
  });

  it('names that make or hold a single-use ticket, whatever their case and separators', () => {
    for (const name of ['getTransferToken', 'createTicket', 'ws_ticket', 'oneTimeToken', 'one-time-code', 'singleUseToken', 'handoffToken'])
      expect(isTicketName(name), name).toBe(true);
    for (const name of ['accessToken', 'transfer', 'getSessionToken', 'token']) expect(isTicketName(name), name).toBe(false);
  });
});
