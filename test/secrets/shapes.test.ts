import { describe, expect, it } from 'vitest';
import {
  classifySecretValue,
  findProviderTokens,
  isPlaceholderValue,
  looksHighEntropy,
  matchProviderToken,
  providerTokenShapes,
} from '../../src/secrets/shapes.js';
import { Random } from '../logs/corpus/random.js';
import { samplePattern } from '../logs/corpus/sample-pattern.js';
import { makeJwt } from '../support/make-jwt.js';

// Fake values shaped like each provider's format (never real credentials).
const fakeTokens = {
  'github-pat': `ghp_${'A1b2C3d4E5'.repeat(3)}f6G7h8`,
  'slack-token': 'xoxb-1234567890-abcdefghijkl',
  'stripe-secret-key': `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  'google-api-key': `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6q'}`,
  'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
  'npm-token': `npm_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`,
} as const;

describe('provider token shapes', () => {
  it.each(Object.entries(fakeTokens))('finds a %s inside a line', (id, token) => {
    const found = findProviderTokens(`GET /hook?x=1&k=${token} HTTP/1.1`);
    expect(found.map((match) => [match.shape.id, match.value])).toEqual([[id, token]]);
  });

  it('finds a sample of every shape in the table, in a line and as a whole value (the literal gate hides none)', () => {
    const random = new Random(11);
    for (const shape of providerTokenShapes) {
      const sample = samplePattern(shape.pattern, random);
      const found = findProviderTokens(`GET /x?a=1 "${sample}" eyJ`).map((match) => [match.shape.id, match.value]);
      expect({ shape: shape.id, found, whole: matchProviderToken(sample)?.id }).toEqual({
        shape: shape.id,
        found: [[shape.id, sample]],
        whole: shape.id,
      });
    }
  });

  it('does not match a token glued into a longer word', () => {
    expect(findProviderTokens(`xAKIAIOSFODNN7EXAMPLEy`)).toEqual([]);
  });
});

describe('value shapes', () => {
  it.each(['', 'null', 'REDACTED', '[FILTERED]', '***', 'xxxxxxxx', '<token>', '${TOKEN}', '{{token}}', 'your_token_here'])(
    '%j is a placeholder',
    (value) => expect(isPlaceholderValue(value)).toBe(true),
  );

  it('tells random tokens from words and ids', () => {
    expect(looksHighEntropy('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f')).toBe(true);
    expect(looksHighEntropy('general-chat-room-name-for-team')).toBe(false);
    expect(looksHighEntropy('12345')).toBe(false);
  });

  it('classifies whole values', () => {
    expect(classifySecretValue(makeJwt({ sub: 'x' }))).toBe('jwt');
    expect(classifySecretValue(fakeTokens['github-pat'])).toBe('provider-token');
    expect(classifySecretValue('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f')).toBe('high-entropy');
    expect(classifySecretValue('REDACTED')).toBeUndefined();
    expect(classifySecretValue('general')).toBeUndefined();
  });
});

describe('the OpenAI shape, tried at the first start of a run only', () => {
  /** The shape as published, searched at every start: the oracle. */
  const oracle = /(?<![A-Za-z0-9_])(?:sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_])/g;

  it('finds exactly what the published pattern finds', () => {
    const random = new Random(31);
    const pieces = ['sk-', 'sk-proj-', '-sk-', 'xsk-', 'T3BlbkFJ', 'a'.repeat(10), 'b'.repeat(21), '-', '_', ' ', '=', '.'];
    let found = 0;
    for (let sample = 0; sample < 6000; sample += 1) {
      const text = Array.from({ length: random.int(1, 16) }, () => random.pick(pieces)).join('');
      const expected = Array.from(text.matchAll(oracle), (match) => [match.index, match[0]]);
      found += expected.length;
      const actual = findProviderTokens(text)
        .filter((match) => match.shape.id === 'openai-api-key')
        .map((match) => [match.index, match.value]);
      expect({ text, actual }).toEqual({ text, actual: expected });
    }
    expect(found).toBeGreaterThan(50);
  });

  it('reads a run of sk- once, not once per sk- in it', () => {
    findProviderTokens('sk-'.repeat(10_000));
    const started = performance.now();
    findProviderTokens('sk-'.repeat(100_000));
    // Searched at every start, 300,000 bytes cost ~15,000,000,000 steps: tens of seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
