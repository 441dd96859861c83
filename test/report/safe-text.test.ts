import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, redactKnownSecrets, safePath, safeText } from '../../src/report/safe-text.js';
import { makeJwt } from '../support/make-jwt.js';

const JWT = makeJwt({ sub: 'user-1', exp: 1_999_999_999 });
const GITHUB_TOKEN = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

describe('safeText', () => {
  it('escapes ESC, line breaks, DEL, C1 controls and bidi overrides', () => {
    expect(escapeControlCharacters('a\u001b[2Jb\r\nc\u007f\u009b\u202ed')).toBe('a\\u001b[2Jb\\u000d\\u000ac\\u007f\\u009b\\u202ed');
    expect(safeText('alg \u001b]0;title\u0007 x')).not.toMatch(/[\u0000-\u001f]/);
  });

  it('redacts known secrets and random runs, keeping the words around them', () => {
    const text = safeText(`Invalid tsconfig: Cannot read file '/repo/${JWT}.json'; unknown option '${GITHUB_TOKEN}'; key q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f`);
    expect(text).not.toContain(JWT.split('.')[1]);
    expect(text).not.toContain(GITHUB_TOKEN.slice(4));
    expect(text).not.toContain('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f');
    expect(text).toMatch(/^Invalid tsconfig: Cannot read file '\/repo\/eyJh…\[\d+ chars\]\.json'; unknown option 'ghp_…\[40 chars\]'; key q9Vr…\[32 chars\]$/);
  });

  it('leaves its own output unchanged on a second pass (engine messages are wrapped in CLI messages)', () => {
    for (const text of [`GET /ws?token=${JWT} 101`, `?access_token=Zq8Xv2Lm9Np4Rt6Yw1Ks3Hd5Jf7Gb0Cx&session=abcdef0123456789abcdef`, `${GITHUB_TOKEN}\u001b[2J`]) {
      const once = safeText(text);
      expect(safeText(once)).toBe(once);
    }
  });

  it('does not take a secret hidden behind a redacted-looking prefix for a redacted form', () => {
    expect(redactKnownSecrets(`token=abcd…[26 chars]${GITHUB_TOKEN}`)).not.toContain(GITHUB_TOKEN.slice(4));
  });
});

describe('safePath', () => {
  it('redacts a secret in a file name and escapes controls, but keeps hashed and dated names', () => {
    expect(safePath(`logs/${JWT}.log`)).toMatch(/^logs\/eyJh…\[\d+ chars\]\.log$/);
    expect(safePath('evil\u001b[2J\n.log')).toBe('evil\\u001b[2J\\u000a.log');
    expect(safePath('dist/app-3f9a8c7e1b2d4f6a8c0e1b3d5f7a9c1e.js')).toBe('dist/app-3f9a8c7e1b2d4f6a8c0e1b3d5f7a9c1e.js');
  });
});
