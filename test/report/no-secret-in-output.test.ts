import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { formatters } from '../../src/report/formatters.js';
import { protectSecret } from '../../src/secrets/protect.js';
import { makeJwt } from '../helpers/make-jwt.js';

const secrets = [
  makeJwt({ sub: 'user-1', iat: 1_791_792_900, exp: 1_794_384_900 }),
  `ghp_${'Zq8Lw2Xc5Vb7Nm1As4Df6Gh9Jk0'}Po3Iu`,
  'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f',
];

/** Findings as a detector builds them: the secret only through protectSecret, the message from the redacted form. */
function findingFor(raw: string, index: number): Finding {
  const secret = protectSecret(raw);
  const location = { path: 'logs/access.log', line: index + 1, column: 20, endLine: index + 1, endColumn: 20 + raw.length };
  return {
    ruleId: 'log-url-token',
    level: 'error',
    message: `Credential in query parameter "token" of the request line: ${secret.redacted} (fingerprint ${secret.fingerprint}).`,
    location,
    secret,
    flow: [{ location, message: `value ${secret.redacted}` }],
    related: [{ location: { ...location, line: 1 }, message: 'first use' }],
    properties: { parameter: 'token', fingerprint: secret.fingerprint },
  };
}

describe('no formatter re-leaks a secret', () => {
  const findings = secrets.map(findingFor);
  const report = { result: { findings, errors: [], notices: [], filesScanned: 1 }, areas: ['logs'] as const, cwd: '/repo', color: false };

  it.each(Object.entries(formatters))('%s output shows fingerprints, never the secrets', (_name, format) => {
    const output = format(report);
    for (const raw of secrets) {
      expect(output).not.toContain(raw);
      expect(output).not.toContain(raw.slice(raw.length / 2));
      expect(output).toContain(protectSecret(raw).fingerprint);
    }
  });
});
