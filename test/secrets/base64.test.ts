import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeHexText } from '../../src/secrets/base64.js';

/** Base64 decoding with Node's Buffer, and without it as in a browser (a real process whose Buffer is deleted). */
const built = fileURLToPath(new URL('../../dist/src/secrets/base64.js', import.meta.url));
const samples = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiLDqXTDqSJ9', 'YWRtaW46UzNjcjN0LXBhc3M=', 'YWRtaW46UzNjcjN0LXBhc3M', '-_8', 'x'];

describe('decodeBase64', () => {
  it('reads both alphabets, with or without padding, as UTF-8 or one character per byte', () => {
    expect(decodeBase64('eyJhbGciOiJIUzI1NiJ9', 'utf8')).toBe('{"alg":"HS256"}');
    expect(decodeBase64('eyJzdWIiOiLDqXTDqSJ9', 'utf8')).toBe('{"sub":"été"}');
    expect(decodeBase64('YWRtaW46UzNjcjN0LXBhc3M', 'latin1')).toBe('admin:S3cr3t-pass');
  });

  it('decodes the same without Buffer, through atob and TextDecoder', () => {
    const script = `delete globalThis.Buffer; const { decodeBase64 } = await import(${JSON.stringify(built)}); console.log(JSON.stringify(${JSON.stringify(samples)}.flatMap((s) => [decodeBase64(s, 'utf8'), decodeBase64(s, 'latin1')])));`;
    const withoutBuffer = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as string[];
    expect(withoutBuffer).toEqual(samples.flatMap((sample) => [decodeBase64(sample, 'utf8'), decodeBase64(sample, 'latin1')]));
  });
});

describe('decodeHexText', () => {
  it('reads pairs of hex digits in either case as UTF-8, dropping a trailing odd digit', () => {
    expect(decodeHexText(Buffer.from('{"kle":"été"}').toString('hex'))).toBe('{"kle":"été"}');
    expect(decodeHexText('7B2261223A317D')).toBe('{"a":1}');
    expect(decodeHexText('7b2261223a317d0')).toBe('{"a":1}');
  });
});
