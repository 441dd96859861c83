import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, redactKnownSecrets, redactSecretsInPath, safePath, safeText } from '../../src/report/safe-text.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';

const JWT = makeJwt({ sub: 'user-1', exp: 1_999_999_999 });
const GITHUB_TOKEN = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

describe('safeText', () => {
  it('escapes ESC, line breaks, DEL, C1 controls and bidi overrides', () => {
    expect(escapeControlCharacters('a\u001b[2Jb\r\nc\u007f\u009b\u202ed')).toBe('a\\u001b[2Jb\\u000d\\u000ac\\u007f\\u009b\\u202ed');
    // eslint-disable-next-line no-control-regex -- the assertion is that no control character is left
    expect(safeText('alg \u001b]0;title\u0007 x')).not.toMatch(/[\u0000-\u001f]/);
  });

  it('redacts known secrets and random runs, keeping the words around them', () => {
    const text = safeText(
      `Invalid tsconfig: Cannot read file '/repo/${JWT}.json'; unknown option '${GITHUB_TOKEN}'; key q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f`,
    );
    expect(text).not.toContain(JWT.split('.')[1]);
    expect(text).not.toContain(GITHUB_TOKEN.slice(4));
    expect(text).not.toContain('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f');
    expect(text).toMatch(
      /^Invalid tsconfig: Cannot read file '\/repo\/eyJh…\[\d+ chars\]\.json'; unknown option 'ghp_…\[40 chars\]'; key q9Vr…\[32 chars\]$/,
    );
  });

  it('leaves its own output unchanged on a second pass (engine messages are wrapped in CLI messages)', () => {
    for (const text of [
      `GET /ws?token=${JWT} 101`,
      `?access_token=Zq8Xv2Lm9Np4Rt6Yw1Ks3Hd5Jf7Gb0Cx&session=abcdef0123456789abcdef`,
      `${GITHUB_TOKEN}\u001b[2J`,
    ]) {
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

describe('safeText: where a redaction starts and stops', () => {
  it('redacts a secret that opens the text, and two secrets side by side each in its own form', () => {
    expect(redactKnownSecrets(GITHUB_TOKEN)).toBe('ghp_…[40 chars]');
    expect(safeText(`a ${GITHUB_TOKEN} b ${JWT} c`)).toBe(`a ghp_…[40 chars] b eyJh…[${JWT.length} chars] c`);
  });

  it('redacts the password in a URL and keeps the user and host', () => {
    expect(safeText('https://alice:S3cr3tPassw0rd@example.com/x')).toBe('https://alice:S3c…[14 chars]@example.com/x');
  });

  it('redacts a random run of 24 token characters or more, not of 23, and never a dated one', () => {
    expect(safeText('key q9Vr2cW1sXo0pB8mZt3LkR7')).toBe('key q9Vr2cW1sXo0pB8mZt3LkR7');
    expect(safeText('key q9Vr2cW1sXo0pB8mZt3LkR7y')).toBe('key q9Vr…[24 chars]');
    expect(safeText('key x+y=z~_-Q9vR2cW1sXo0pB8mZt3LkR7yH.')).toBe('key x+y=z~_-…[29 chars].');
    expect(safeText('key x+yz~_-Q9vR2cW1sXo0pB8mZt3LkR7yH==.')).toBe('key x+yz…[34 chars].');
    expect(safeText('backup-2026-12-04-q9Vr2cW1sXo0pB8mZt3L')).toBe('backup-2026-12-04-q9Vr2cW1sXo0pB8mZt3L');
    // Not dates (a digit short in the year or the day): redacted like any random run.
    expect(safeText('backup-6-12-04-q9Vr2cW1sXo0pB8mZt3Lk')).toBe('back…[36 chars]');
    expect(safeText('backup-2026-12-4-q9Vr2cW1sXo0pB8mZt3LkR')).toBe('back…[39 chars]');
    // Every run in the text, not only the first.
    expect(safeText('a q9Vr2cW1sXo0pB8mZt3LkR7yH b Zx8Lm2Np4Rt6Yw1Ks3Hd5Jf7Gb0Cq c')).toBe('a q9Vr…[25 chars] b Zx8L…[29 chars] c');
    // Known secrets only in paths: the random run stays.
    expect(safePath('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f.log')).toBe('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f.log');
  });

  it('leaves a redacted form alone, and only the form: a secret after it is still redacted', () => {
    expect(redactKnownSecrets('token=abcd…[26 chars]')).toBe('token=abcd…[26 chars]');
    expect(redactKnownSecrets(`token=abcd…[26 chars] ${GITHUB_TOKEN}`)).toBe('token=abcd…[26 chars] ghp_…[40 chars]');
  });

  it('escapes each control character as a four-digit \\u escape, and leaves printable text alone', () => {
    expect(escapeControlCharacters('\u0000\u0009\u001f \u007f\u0080\u009f\u00a0\u202a\u202e\u202f\u2066\u2069\u206a~')).toBe(
      '\\u0000\\u0009\\u001f \\u007f\\u0080\\u009f\u00a0\\u202a\\u202e\u202f\\u2066\\u2069\u206a~',
    );
  });
});

describe('redactSecretsInPath', () => {
  it('renames a JWT or provider token in any segment to REDACTED-<fingerprint>, keeping the rest of the name', () => {
    expect(redactSecretsInPath(`${GITHUB_TOKEN}.log`)).toBe(`REDACTED-${fingerprintOf(GITHUB_TOKEN)}.log`);
    expect(redactSecretsInPath(`${JWT}/a.log`)).toBe(`REDACTED-${fingerprintOf(JWT)}/a.log`);
    expect(redactSecretsInPath(`logs/${JWT}`)).toBe(`logs/REDACTED-${fingerprintOf(JWT)}`);
  });

  it('finds a JWT glued to a word by - or _, once', () => {
    expect(redactSecretsInPath(`logs/session-${JWT}.log`)).toBe(`logs/session-REDACTED-${fingerprintOf(JWT)}.log`);
    expect(redactSecretsInPath(`x_${JWT}`)).toBe(`x_REDACTED-${fingerprintOf(JWT)}`);
  });

  it('redacts a glued JWT and a later token in one name, in order', () => {
    const renamed = redactSecretsInPath(`session-${JWT}_token=${GITHUB_TOKEN}.log`);
    expect(renamed).toMatch(/^session-REDACTED-[0-9a-f]{16}=REDACTED-[0-9a-f]{16}\.log$/);
    expect(renamed).toContain(`=REDACTED-${fingerprintOf(GITHUB_TOKEN)}.log`);
  });

  it('gives two different secrets two names, and leaves JWT-shaped text that is not a JWT', () => {
    const other = makeJwt({ sub: 'user-2', exp: 1_999_999_999 });
    expect(redactSecretsInPath(`${JWT}.log`)).not.toBe(redactSecretsInPath(`${other}.log`));
    const notJwt = 'eyJhbGciOiJIUzI1NiJ9.eyJub3QganNvbg.abcdefghijkl.log';
    expect(redactSecretsInPath(`session-${notJwt}`)).toBe(`session-${notJwt}`);
    expect(redactSecretsInPath('dist/app-3f9a8c7e1b2d4f6a8c0e1b3d5f7a9c1e.js')).toBe('dist/app-3f9a8c7e1b2d4f6a8c0e1b3d5f7a9c1e.js');
  });
});
