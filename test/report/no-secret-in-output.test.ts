import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/formatters.js';
import { RAW_SECRETS, sampleResult } from '../support/sample-findings.js';

/** The parts of a secret that are secret on their own: a JWT's signature and payload leak as much as the whole. */
function secretParts(raw: string): string[] {
  const parts = raw.split('.').filter((part) => part.length >= 12);
  return [raw, ...parts.slice(1)];
}

describe('every formatter in the registry', () => {
  it.each(Object.entries(formatters))('%s prints no raw secret', (_name, format) => {
    const warnings: string[] = [];
    const text = [
      ...format({
        result: sampleResult(),
        areas: ['code', 'logs'],
        cwd: '/project',
        color: true,
        warn: (message) => warnings.push(message),
      }),
    ].join('');
    expect(text.length).toBeGreaterThan(100);
    for (const secret of RAW_SECRETS.flatMap(secretParts)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    expect(warnings).toEqual([]);
  });
});
