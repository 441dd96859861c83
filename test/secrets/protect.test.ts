import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { fingerprintOf, protectSecret, redact } from '../../src/secrets/protect.js';

describe('protectSecret', () => {
  const secret = 'ghp_k3Jd9sLq0ZxV7bNm2WcR8tYu1IoP4aSe6DfG';

  it('keeps at most four leading characters and the length', () => {
    expect(redact(secret)).toBe(`ghp_…[${secret.length} chars]`);
    expect(redact('short-secret')).toBe('sho…[12 chars]');
    expect(redact('abc123')).toBe('…[6 chars]');
  });

  it('never contains a long run of the secret', () => {
    const { redacted } = protectSecret(secret);
    for (let start = 0; start + 8 <= secret.length; start++) expect(redacted).not.toContain(secret.slice(start, start + 8));
  });

  it('fingerprints with an unsalted SHA-256 prefix, stable across calls', () => {
    const expected = createHash('sha256').update(secret).digest('hex').slice(0, 16);
    expect(fingerprintOf(secret)).toBe(expected);
    expect(protectSecret(secret)).toEqual({ redacted: redact(secret), fingerprint: expected, length: secret.length });
    expect(fingerprintOf(`${secret}x`)).not.toBe(expected);
  });

  it('gives the same fingerprints where crypto.hash is missing (Node before 20.12), non-ASCII secrets included', async () => {
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => {
      const { hash: _missing, ...withoutHash } = await importOriginal<typeof import('node:crypto')>();
      return { ...withoutHash, hash: undefined, default: { ...withoutHash, hash: undefined } };
    });
    try {
      const fallback = await import('../../src/secrets/protect.js');
      for (const raw of [secret, 'pässwörd-€-токен']) {
        expect(fallback.fingerprintOf(raw)).toBe(createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, 16));
        expect(fallback.fingerprintOf(raw)).toBe(fingerprintOf(raw));
      }
    } finally {
      vi.doUnmock('node:crypto');
      vi.resetModules();
    }
  });

  it('shows a prefix from 12 characters on, a quarter of the secret up to four', () => {
    expect(redact('abcdefghijk')).toBe('…[11 chars]');
    expect(redact('abcdefghijkl')).toBe('abc…[12 chars]');
    expect(redact('abcdefghijklmnop')).toBe('abcd…[16 chars]');
    expect(redact('abcdefghijklmno')).toBe('abc…[15 chars]');
    expect(redact('')).toBe('…[0 chars]');
  });
});
